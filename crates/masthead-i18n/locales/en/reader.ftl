# What readers see: the home page, articles and their discussions, the
# comment form, search, notices, the privacy page and the feeds.
# Variables named $link, $star, $html, $cookie, $or, $minus, $article, $name
# in messages used through Tr::html are markup put in by the code.

## The home page

home-page-title = Page { $page }
latest-articles = Latest articles
no-articles = No articles have been published yet.
more-articles = More articles
older-articles = ← Older articles
newer-articles = Newer articles →

## The article

byline = By { $byline }
# One name, or the names joined by list-pair / list-more.
contributors-line = { $names } contributed to this report.
list-pair = { $first } and { $last }
list-more = { $first }, { $rest }
article-source = Article source: { $source }
article-comments-feed = { $site } » { $title } Comments Feed
preview-banner = Preview: this is how the article will look. It is not saved or published; close this tab to go back to the editor.
# A thread about a page on another site; $link is its address, linked.
thread-source = The discussion of { $link }, published elsewhere.

## The discussion

comments-title = { $count ->
    [one] One comment on “{ $title }”
   *[other] { $count } comments on “{ $title }”
}
comments-navigation = Comments navigation
older-comments = Older comments
newer-comments = Newer comments
comment-orders = Order of comments
comment-order-oldest = Oldest
comment-order-newest = Newest
comment-order-best = Most recommended
comment-order-picks = Editors’ picks
comment-order-all = All comments by page
editors-picks = Editors’ picks
editors-pick = Editors’ pick
staff-badge = Staff
comment-edited = (edited)
# A reply posted on another site (a Webmention): { $site } is that site's host.
comment-replied-on = replied on { $site }
# Likes, reposts and mentions from other sites, under the article.
reactions-title = Around the web
reaction-like = { $name } liked this
reaction-repost = { $name } reposted this
reaction-mention = { $name } mentioned this
comment-awaiting-moderation = Your comment is awaiting moderation.
reply = Reply
reply-to-label = Reply to { $name }
recommend = Recommend
recommend-label = Recommend the comment by { $name } ({ $count } so far)
report = Report
report-label = Report the comment by { $name }
edit = Edit
edit-label = Edit your comment
comments-closed = Comments are closed.

## The comment form

leave-a-reply = Leave a Reply
# $name: the person replied to, in markup the page's script relies on.
leave-a-reply-to = Leave a Reply to { $name }
cancel-reply = Cancel reply
form-refused-label = Error:
form-refused-fields = Your comment was not posted. Please correct the fields marked below.
email-notes = Your email address will not be published.
required-fields-note = Required fields are marked { $star }
form-comment = Comment
form-name = Name
form-email = Email
form-website = Website
form-remember = Save my name, email, and website in this browser for the next time I comment.
form-subscribe = Notify me of follow-up comments by email.
# $html: "HTML" as an abbreviation; the tag list follows, untranslated.
allowed-tags = You may use these { $html } tags and attributes:
html-abbr-title = HyperText Markup Language
post-comment = Post Comment
# A trap for robots, hidden from people and screen readers.
honeypot-label = Leave this field empty

## A reader's own comment: edit, delete, report

edit-comment-title = Edit your comment
edit-comment-intro = On “{ $article }”. You can change or delete it until { $until }.
save-changes = Save changes
delete-comment = Delete this comment
report-comment-title = Report a comment
report-comment-intro = By { $author }, on “{ $article }”:
report-why = Why should the moderators look at it?
report-reason-spam = Spam or advertising
report-reason-abusive = Abusive, hateful or harassing
report-reason-off-topic = Off topic
report-reason-misinformation = False or misleading
report-reason-other = Something else
report-details = Anything the moderators should know (optional)
send-report = Send report
report-sent-title = Thank you
report-sent = Your report has been sent to the moderators.
comment-deleted-title = Comment deleted
comment-deleted = Your comment has been taken down.
back-to-discussion = Back to the discussion

## Search

search-title = Search
search-results-for = Search results for “{ $query }”
search-results-for-page = Search results for “{ $query }” – page { $page }
search-again = Search again
# $or and $minus are the search syntax itself, shown as code.
search-help = All words must match. Use “quotes” for a phrase, { $or } between words for either, and { $minus } before a word to leave it out.
search-no-match = No articles match your search.
search-past-end = { $count ->
    [one] No more results: there is { $count } result in all.
   *[other] No more results: there are { $count } results in all.
}
search-one-result = 1 result
search-range = Results { $first }–{ $last } of { $total }
search-range-floor = Results { $first }–{ $last } of more than { $total }
search-windowed = The best of the { $window } newest matching articles are listed: add words to narrow the search.
more-results = More results
older-results = More results →
newer-results = ← Previous results
search-bad-page = The page number must be 1 or more.


## The privacy page

privacy-title = Privacy
privacy-kept-heading = What we keep when you comment
privacy-kept = Your name, email address and website (if you give one), your comment and when you wrote it, the address of the computer you wrote it from (IP address) and the name of your browser (user agent). We use them to show your comment, to recognise you as a returning commenter, and to fight spam and abuse.
privacy-email = { $never } — not on the page, not in feeds, not in the site's data interfaces. The small picture beside a comment is drawn from a code computed from your email with a secret only this site knows; it cannot be turned back into your address, and no other service is asked for it.
privacy-email-never = Your email address is never published
privacy-ip-days = { $days ->
    [one] IP addresses are kept for { $days } day and then deleted automatically.
   *[other] IP addresses are kept for { $days } days and then deleted automatically.
}
privacy-ip-kept = IP addresses are kept for as long as your comment is.
privacy-cookies-heading = Cookies and browser storage
privacy-cookie-pending = { $cookie }: which of your comments await moderation, so that you (and only you) can see them. 30 days.
privacy-cookie-authored = { $minutes ->
    [one] { $cookie }: which comments you just wrote, so that you can edit or delete them for { $minutes } minute.
   *[other] { $cookie }: which comments you just wrote, so that you can edit or delete them for { $minutes } minutes.
}
privacy-cookie-reader = { $cookie }: a random number that lets you recommend or report each comment once. It is also kept, never shown, with the comments you write, so that your reports count for more once one of them is approved. One year.
privacy-cookie-commenter = { $cookie }: your name, email and website, only if you tick “Save my name, email, and website in this browser”. One year; untick the box when you next comment to remove it.
privacy-embed-storage = On other sites that show this site's comments, the same information is kept in that site's storage in your browser instead of cookies.
privacy-rights-heading = Your rights
privacy-rights = You can ask for a copy of everything this site holds about your email address, or for it to be erased (your comments are then shown as “Anonymous”, or deleted). Write to the site's editors; they can do either in a few clicks.

## Feeds (RSS and Atom)

feed-site-comments = Comments for { $site }
feed-article-comments = Comments on: { $title }
feed-comment-on = Comment on { $title } by { $author }
feed-comment-by = By: { $author }
comments-closed-on = Comments closed on { $date }.
notice-link = Report illegal content (EU Digital Services Act)
notice-title = Report illegal content
notice-intro = Under the EU Digital Services Act you can tell us about content you believe is illegal. Please say why as precisely as you can; we will look at it and decide.
notice-category = What kind of illegal content is it?
notice-category-illegal-or-harmful-speech = Illegal hate speech or incitement
notice-category-violence = Violence or threats
notice-category-protection-of-minors = Harm to minors
notice-category-data-protection-and-privacy-violations = A privacy or personal data violation
notice-category-intellectual-property-infringements = An intellectual property infringement
notice-category-scams-and-fraud = A scam or fraud
notice-category-non-consensual-behaviour = Content shared without consent
notice-category-risk-for-public-security = A risk to public security
notice-category-other = Other illegal content
notice-ground-terms = the site’s terms
notice-explanation = Why is it illegal? (20 to 5000 characters)
notice-name = Your name (optional)
notice-email = Your email address (optional: for the acknowledgement and our decision)
notice-good-faith = I confirm in good faith that the information in this notice is accurate and complete.
notice-send = Send notice
notice-sent-title = Notice received
notice-sent = Thank you. Your notice has number { $id }; we will look at it and decide.
notice-error-category = Please choose what kind of illegal content it is.
notice-error-explanation = Please explain why in 20 to 5000 characters.
notice-error-name = Please give a name of at most 200 characters.
notice-error-email = Please give a valid email address, or none.
notice-error-good-faith = Please confirm that you make this notice in good faith.
notice-error-decided = This has been decided already.
notice-error-same-staff = An appeal is reviewed by another staff member than the one who decided.
notice-error-link = This link is not valid.
notice-error-appeal = Please explain your appeal in 10 to 5000 characters.
notice-facts = Notice { $id } reported the comment as { $category }; a moderator found it illegal.
statement-title = Statement of reasons
statement-decision = Decision
statement-decision-removed = The comment was removed.
statement-decision-restricted = The comment was hidden from readers.
statement-facts-staff = A moderator found that the comment breaks the site’s rules for comments.
statement-facts-reports = Readers reported the comment; it was hidden automatically until a moderator reviews it.
statement-facts = Facts and circumstances
statement-ground = Ground
statement-ground-law = Illegal content under the law: { $category }
statement-automated = Automated means
statement-automated-yes = Automated means were used in this decision.
statement-automated-no = No automated means were used: a person decided.
statement-redress = How to appeal
statement-redress-text = You can appeal below within six months; another member of staff will review the decision. You may also turn to an out-of-court dispute settlement body or to the courts.
appeal-label = Why should the decision be reviewed?
appeal-send = Send appeal
appeal-sent = Your appeal has been received; another member of staff will review it.
appeal-waiting = Your appeal is waiting for review.
appeal-outcome-upheld = Your appeal was reviewed: the decision stands.
appeal-outcome-reversed = Your appeal was reviewed: the decision was reversed and your comment is published again.
live-new-comments = { $count ->
    [one] { $count } new comment — show it
   *[other] { $count } new comments — show them
}
live-reload = The discussion has moved on — reload the page to see it
live-badge = Live
live-updates = Live updates
live-new-updates = { $count ->
    [one] { $count } new update — show it
   *[other] { $count } new updates — show them
}
feed-live-update = Update on “{ $title }”

## A re-published story's history (the wire desk)
article-updated = Updated
article-correction = Correction:
article-withdrawn-title = This story has been withdrawn
article-withdrawn-body = Its supplier withdrew it on { $date }, and it is no longer published here.
