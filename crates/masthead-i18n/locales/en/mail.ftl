# Notification emails (crates/masthead-core/src/notify/compose.rs) and the
# pages their links open (crates/masthead-web/src/routes/mail.rs).
# Mails are plain text: quotes and line breaks are kept as written.
# $site is the site's title, $article an article's title, $author a
# commenter's name, $date a date and time already written in the language.

## A held comment, to moderators (one message, or an item of the digest)

mail-held-subject = [{ $site }] Held for moderation: “{ $article }” by { $author }
mail-held-intro = Comment { $id } on “{ $article }” by { $author } is waiting for moderation.
mail-held-written = Written on { $date }.
mail-held-reason = Why it was held: { $reason }
mail-held-approve = Approve: { $url }
mail-held-spam = Spam: { $url }
mail-held-trash = Trash: { $url }
mail-held-links-note = { $count ->
    [one] Each link asks you to confirm; it works for { $count } day.
   *[other] Each link asks you to confirm; it works for { $count } days.
}
mail-held-article = Article: { $url }
mail-held-queue = Moderation queue: { $url }
mail-digest-subject = { $count ->
    [one] [{ $site }] { $count } comment held for moderation
   *[other] [{ $site }] { $count } comments held for moderation
}

## Why a comment was held, as the moderator is told. Several reasons are
## joined with "; ".

mail-reason-default = held for review
mail-reason-hold-all = every comment is held for moderation
mail-reason-links = { $count ->
    [one] contains { $count } link (the limit is { $limit })
   *[other] contains { $count } links (the limit is { $limit })
}
mail-reason-moderation-word = contains the moderation word “{ $word }”
mail-reason-disallowed-word = contains the disallowed word “{ $word }”
mail-reason-first-comments = first comments from this name and email address (approved so far: { $approved } of { $needed })
mail-reason-honeypot = the hidden anti-spam field was filled in
mail-reason-no-token = sent without the comment form's token
mail-reason-edited-after-approval = edited by its author after a moderator approved it
mail-reason-deleted-by-author = deleted by its author
mail-reason-reported = { $count ->
    [one] reported by { $count } reader ({ $kinds })
   *[other] reported by { $count } readers ({ $kinds })
}
mail-report-spam = spam
mail-report-abusive = abusive
mail-report-off-topic = off topic
mail-report-misinformation = misinformation
mail-report-other = other reason

## The double opt-in request

mail-confirm-subject = [{ $site }] Please confirm your email address
mail-confirm-intro = Someone (we hope you) asked to be told by email of new comments in a discussion at { $site }.
mail-confirm-action = To confirm, open this link and press the button:
mail-confirm-ignore = If it was not you, ignore this message: nothing more will be sent unless the link is followed.

## A new comment, to the discussion's followers

mail-reply-subject = [{ $site }] New comment on “{ $article }” by { $author }
mail-reply-intro = { $author } wrote on “{ $article }” on { $date }:
mail-reply-read = Read it and reply: { $url }
mail-reply-stop = Stop these messages for this article: { $url }

## A held comment is published, to its author

mail-approved-subject = [{ $site }] Your comment on “{ $article }” is published
mail-approved-intro = Your comment on “{ $article }” was approved and is now published:

## The footer of commenters' mail (the List-Unsubscribe header carries the
## same link)

mail-never-again = Never mail me again: { $url }

## The moderators' webhook: the Slack-style "text" field (the other JSON
## fields keep their names and values)

mail-webhook-text = Comment { $id } on “{ $article }” by { $author } is held for moderation ({ $reason }). Approve: { $url }

## The pages the links open (/mail/confirm, /mail/unsubscribe, /mail/moderate)

mail-page-moderate-title = Moderate a comment
mail-page-approve-question = Approve comment { $id } by { $author }?
mail-page-spam-question = Mark comment { $id } by { $author } as spam?
mail-page-trash-question = Move comment { $id } by { $author } to the trash?
mail-button-approve = Approve
mail-button-spam = Mark as spam
mail-button-trash = Move to trash
mail-page-done-title = Done
mail-page-approved = Comment { $id } was approved.
mail-page-spammed = Comment { $id } was marked as spam.
mail-page-trashed = Comment { $id } was moved to the trash.
mail-page-no-longer-held = Comment { $id } is no longer held ({ $status }): this link does nothing.
mail-status-pending = it is waiting for moderation
mail-status-approved = it is published
mail-status-spam = it is marked as spam
mail-status-trash = it is in the trash
mail-page-comment-gone = Comment { $id } no longer exists.
mail-page-confirm-title = Confirm your address
mail-page-confirm-question = Send follow-up comments to { $email }?
mail-button-confirm = Confirm
mail-page-confirmed-title = Address confirmed
mail-page-confirmed = You will be told of new comments on the discussions you follow.
mail-page-nothing-to-confirm = This address has nothing to confirm (it unsubscribed since).
mail-page-unsubscribe-title = Unsubscribe
mail-page-unsubscribe-discussion = Stop mail about this discussion to { $email }?
mail-page-unsubscribe-all = Stop all mail from this site to { $email }?
mail-button-unsubscribe = Unsubscribe
mail-page-unsubscribed-title = Unsubscribed
mail-page-unsubscribed = No more of this mail will be sent to { $email }.
mail-link-invalid = This link is not valid. Please use the link from the message as it was sent.
mail-link-expired = This link has expired.

mail-reason-filter = The spam filter rates it { $score } likely spam.
mail-reason-no-proof = No proof of work came with it (the reader's browser may have JavaScript off).
mail-reason-sanction-ban = Its author is banned.
mail-reason-sanction-suspend = Its author is suspended.
mail-reason-sanction-shadow = Its author is shadow-banned: only they see it.
mail-reason-sanction-premoderate = Its author is always pre-moderated.
mail-reason-recent-rejections = { $rejected } of the author’s last { $count } decided comments were rejected.
mail-reason-hook = The newsroom’s classifier said { $verdict }: { $reason }.
mail-reason-hook-unanswered = The newsroom’s classifier did not answer in time.
mail-chat-text = Comment { $id } on “{ $article }” by { $author } waits for a moderator: { $reason }
mail-chat-approve = Approve
mail-chat-spam = Spam
notice-ack-subject = [{ $site }] Your notice { $id } was received
notice-ack-body = We received your notice { $id } about comment { $comment } ({ $category }). We will look at it and tell you what we decided.
notice-decided-subject = [{ $site }] Decision on your notice { $id }
notice-decided-removed = We looked at your notice { $id } about comment { $comment }: we removed the comment.
notice-decided-kept = We looked at your notice { $id } about comment { $comment }: we found no reason to remove it, and it stays.
statement-subject = [{ $site }] Your comment { $comment } was removed
statement-body = Your comment { $comment } was removed. Statement of reasons { $id }: { $facts } Ground: illegal content under the law ({ $category }). A person decided; no automated means were used. You can appeal within six months: { $url }
statement-subject-restricted = [{ $site }] Your comment { $comment } was hidden
statement-body-terms = { $decision } Statement of reasons { $id }: { $facts } Ground: the site’s terms for comments. { $automated } You can appeal within six months: { $url }
appeal-decided-subject = [{ $site }] Your appeal { $id } was reviewed
appeal-decided-upheld = Another member of staff reviewed your appeal { $id } about comment { $comment }: the decision stands.
appeal-decided-reversed = Another member of staff reviewed your appeal { $id } about comment { $comment }: the decision was reversed and your comment is published again.
notice-chat = Notice { $id }: comment { $comment } was reported as illegal content ({ $category }).
notice-chat-review = Decide

## The wire desk tells staff of a withdrawn story
wire-withdrawn-subject = Withdrawn by { $source }: { $headline }
wire-withdrawn-line = { $source } withdrew “{ $headline }”: masthead has taken it down.
wire-withdrawn-review = Open the wire desk
