# The newsroom admin (templates/admin/, crates/masthead-web/src/admin/).

## Frame (admin/base.html)
admin-nav-label = Newsroom
admin-nav-dashboard = Dashboard
admin-nav-articles = Articles
admin-nav-comments = Comments
admin-nav-settings = Settings
admin-nav-privacy = Privacy
admin-nav-federation = Federation
admin-sign-out = Sign out
admin-error-label = Error:
admin-fix-fields = Nothing was saved. Please correct the fields marked below.
admin-view = View
admin-cancel = Cancel
admin-newer = Newer
admin-older = Older
admin-page-of = Page { $page } of { $pages }

## Sign-in
admin-login-title = Sign in
# $site: the site's title.
admin-login-heading = Sign in to { $site }
admin-login-name = User name
admin-login-password = Password
admin-login-submit = Sign in
admin-login-too-many = Too many sign-in attempts. Please wait a minute and try again.
admin-login-expired = This sign-in form has expired or did not come from this site. Please try again.
admin-login-wrong = Wrong user name or password.
admin-csrf-expired = This form has expired or did not come from this site. Go back, reload the page and try again.
# $role: one of the admin-role-* names.
admin-role-refused = Your role ({ $role }) may not do this.
admin-role-admin = admin
admin-role-editor = editor
admin-role-moderator = moderator

## Dashboard
admin-dashboard-title = Dashboard
# $n: the number, in bold (markup); $count: the same number, for the plural.
admin-dashboard-articles = { $count ->
    [one] { $n } published article
   *[other] { $n } published articles
}
admin-dashboard-pending = pending
admin-dashboard-approved = approved
admin-dashboard-spam = spam
admin-dashboard-trash = in the trash
admin-chart-heading = Comments per day
admin-chart-title = { $days ->
    [one] Comments per day, last { $days } day: { $total } in all
   *[other] Comments per day, last { $days } days: { $total } in all
}
# $date: the day, written out by the language's calendar.
admin-chart-bar = { $count ->
    [one] { $count } comment on { $date }
   *[other] { $count } comments on { $date }
}
admin-chart-max = max { $max } a day
admin-dashboard-latest = Latest pending comments
admin-dashboard-nothing-pending = Nothing is waiting for moderation.
# $author: the commenter's name (bold); $article: a link to the article.
admin-comment-on = { $author } on { $article }:
admin-moderate = Moderate

## Comments queue
admin-comments-title = Comments
admin-status-pending = Pending
admin-status-approved = Approved
admin-status-spam = Spam
admin-status-trash = Trash
admin-queue-by-status = Comments by status
admin-queue-picks = Editors’ picks
admin-queue-all = All
admin-queue-search = Search
admin-queue-article-id = Article id
admin-queue-filter = Filter
# $a … $x: the keys, as <kbd> markup.
admin-queue-shortcuts = Keyboard: { $a } approve, { $s } spam, { $t } trash, { $j }/{ $k } next/previous, { $x } select, { $help } all keys.
admin-queue-with-selected = With selected:
admin-action-approve = Approve
admin-action-unapprove = Unapprove
admin-action-mark-spam = Mark as spam
admin-action-move-trash = Move to trash
admin-action-restore = Restore
admin-action-pick = Editors’ pick
admin-action-unpick = Not a pick
admin-action-delete = Delete forever
admin-action-trust = Approve and trust this author
admin-action-spam = Spam
admin-action-trash = Trash
admin-action-edit = Edit
admin-queue-apply = Apply
admin-queue-empty = No comments here.
admin-queue-select = Select comment { $id }
# A row's status, in lower case beside the date.
admin-row-pending = pending
admin-row-approved = approved
admin-row-spam = spam
admin-row-trash = trash
# $article: a link to the article.
admin-queue-on = on { $article }
admin-queue-held-because = Held because: { $reason }
admin-queue-reported = { $count ->
    [one] Reported by { $count } reader
   *[other] Reported by { $count } readers
}
admin-queue-edited = { $count ->
    [one] Edited by its author ({ $count } earlier version)
   *[other] Edited by its author ({ $count } earlier versions)
}
admin-queue-replaced = Replaced { $date }:
admin-queue-reply = Reply as staff
admin-queue-reply-label = Your reply (published at once)
admin-queue-reply-label-approves = Your reply (published at once; approves this comment)
admin-queue-publish-reply = Publish reply
admin-queue-bad-ids = Comment ids must be numbers.
admin-queue-one-reply = Reply to one comment at a time.
admin-queue-bad-article = article must be a number

## Comment editor
admin-edit-title = Edit comment { $id }
admin-edit-name = Name
admin-edit-website = Website
admin-edit-comment = Comment
admin-edit-save = Save comment

## Articles
admin-articles-title = Articles
admin-articles-new = Write an article
admin-articles-empty = No articles yet.
admin-articles-headline = Headline
admin-articles-state = State
admin-articles-date = Date
admin-articles-comments = Comments
admin-articles-page = (page)
# $page: a link to the outside page whose thread this is.
admin-articles-thread-of = (thread of { $page })
admin-articles-thread-of-closed = (thread of { $page }, closed)
admin-articles-pending = { $count ->
    [one] ({ $count } pending)
   *[other] ({ $count } pending)
}
admin-state-draft = Draft
admin-state-scheduled = Scheduled
admin-state-published = Published

## Article editor
admin-editor-edit = Edit article
admin-editor-new = Write an article
admin-editor-view = View the article
admin-editor-headline = Headline
admin-editor-standfirst = Standfirst
admin-editor-byline = Byline
admin-editor-body = Text (Markdown)
admin-editor-photo = Photo
admin-editor-remove-photo = Remove this photo
admin-editor-photo-replace = Replace with (JPEG, PNG or WebP, up to 20 MB)
admin-editor-photo-upload = Upload (JPEG, PNG or WebP, up to 20 MB)
admin-editor-photo-alt = Description for screen readers
admin-editor-photo-caption = Caption
admin-editor-photo-credit = Credit (agency)
admin-editor-contributors = Contributors, one per line
admin-editor-source-name = Article source
admin-editor-source-url = Source URL
admin-editor-slug = Slug (the address: /articles/slug)
admin-editor-slug-placeholder = made from the headline
admin-editor-slug-note = Changing it keeps the old address working.
# $timezone: "UTC+01:00".
admin-editor-publish-at = Publication time ({ $timezone }; empty for now, future to schedule)
admin-editor-comments-open = Readers may comment
admin-editor-update = Update
admin-editor-save-draft = Save draft
admin-editor-preview = Preview
admin-editor-publish-changes = Publish changes
admin-editor-publish = Publish
admin-editor-unpublish = Unpublish
admin-editor-saved = Saved.
admin-editor-published = Published: the article is on the site.
admin-editor-scheduled = Scheduled: the article appears at its publication time.
admin-editor-unpublished = Unpublished: the article is a draft again and off the site.
admin-editor-slug-taken = Another article already has the slug “{ $slug }”. Choose another.
admin-editor-unknown-action = Unknown editor action.
admin-editor-bad-photo-token = The kept photo reference is not valid.

## Settings
admin-settings-title = Settings
admin-settings-saved = Settings saved.
admin-settings-allowed-html = Allowed HTML in comments
# $command: the command, as <code> markup.
admin-settings-allowed-html-change = (change with { $command })
admin-settings-save = Save settings
# $value: what was sent; $list: the languages, "English (en), Français (fr)…".
admin-settings-unknown-language = Unknown language “{ $value }”. Choose one of: { $list }.
admin-setting-site-title = Site title
admin-setting-site-description = Site description
admin-setting-site-language = Site language
admin-setting-site-url = Public address (https://news.example.com)
admin-setting-articles-per-page = Articles per page
admin-setting-comments-thread-depth = Reply depth
admin-setting-comments-page-comments = Top-level comments per page (0: all on one page)
admin-setting-comments-default-page = Page shown first: newest or oldest
admin-setting-comments-trust-after = Approved comments a commenter needs (same name and email) before their comments skip moderation (0: hold no newcomer)
admin-setting-comments-hold-all = Hold every comment for moderation
admin-setting-comments-max-links = Hold comments with this many links (0: never)
admin-setting-comments-moderation-words = Moderation words (hold), one per line
admin-setting-comments-disallowed-words = Disallowed words (spam), one per line
admin-setting-comments-flood-seconds = Seconds between comments from one address
admin-setting-comments-min-fill-seconds = Least seconds between loading and posting the form
admin-setting-comments-close-after-days = Close comments on articles older than this many days (0: never)
admin-setting-comments-rest-anonymous = Allow anonymous comments through the REST API
admin-setting-federation-enabled = Take part in the open web: Webmentions from other sites, and the site as an ActivityPub account that Mastodon and others follow and reply to
admin-setting-federation-username = The site's account name on the Fediverse (acct:NAME@host)
admin-setting-federation-staff-authors = Each staff author is a Fediverse account too (their user name at the site's host): their articles come from them, and the site's account boosts them
admin-setting-federation-blocked-domains = Domains whose pages and servers are refused, subdomains included
admin-setting-comments-edit-minutes = Minutes commenters may edit their own comment (0: never)
admin-setting-comments-report-threshold = Reports that send a comment back to the queue (each network counts once; a new reader's report counts half)
admin-setting-comments-avatars = Show identicons beside comments
admin-setting-privacy-ip-retention-days = Days commenters' IP addresses are kept (0: for ever)
admin-setting-site-logo-url = Publisher logo for search engines (address or /path; empty: masthead's)
# {base} is typed as is in robots.txt: not a Fluent variable.
admin-setting-site-robots = robots.txt ({ "{base}" } stands for the public address)
admin-setting-mail-from = Notifications are sent from (Name <address>)
admin-setting-notify-moderator-emails = Moderators' email addresses, separated by spaces
admin-setting-notify-moderator-mode = Moderators' mail: each (one per held comment) or digest (hourly)
admin-setting-notify-webhooks = Webhook addresses for held comments, separated by spaces
admin-setting-notify-max-per-hour = Most messages to one address in an hour
# Settings set with `masthead settings` only: their description in the settings reference.
admin-setting-site-utc-offset-minutes = Minutes east of UTC for dates and times shown (negative: west)
admin-setting-comments-require-previously-approved = Hold a newcomer's comments until one of theirs is approved (the older switch for the approved-comments count)
admin-setting-comments-form-max-age-hours = Hours a comment form stays valid after it is served
admin-setting-embed-allowed-origins = Sites whose pages may embed discussions (origins such as https://blog.example.org, separated by spaces)
admin-setting-notify-webhook-secret = Key that signs webhooks (empty: one derived from the site secret)

## Privacy
admin-privacy-title = Privacy
admin-privacy-heading = Personal data
admin-privacy-intro = Everything masthead stores about a commenter is found by their email address: export it for them, or erase it.
admin-privacy-email = Email address
admin-privacy-export = Export personal data (JSON)
admin-privacy-erase = Erase personal data
admin-privacy-anonymize = Keep the comments as “Anonymous”, with no email, website, IP address or browser
admin-privacy-delete = Delete the comments (replies to them stay)
admin-privacy-confirm = I understand this cannot be undone
# $key: the setting's name, as <code> markup; $count: days (0: kept for ever).
admin-privacy-retention = { $count ->
    [0] IP addresses are kept for ever (setting { $key }).
    [one] IP addresses are kept { $count } day, then cleared automatically (setting { $key }).
   *[other] IP addresses are kept { $count } days, then cleared automatically (setting { $key }).
}
admin-privacy-need-email = Please enter the commenter's email address.
admin-privacy-need-confirm = Tick “I understand this cannot be undone” to erase.
admin-privacy-unknown-erasure = Unknown way to erase.
admin-privacy-unknown-action = Unknown action.
admin-privacy-deleted = { $count ->
    [one] { $count } comment by { $email } deleted.
   *[other] { $count } comments by { $email } deleted.
}
admin-privacy-anonymised = { $count ->
    [one] { $count } comment by { $email } anonymised.
   *[other] { $count } comments by { $email } anonymised.
}

## Why a comment was held (stored by the moderation rules, told here)
admin-reason-hold-all = every comment is held for moderation
admin-reason-first-comments = first comments from this name and email (approved so far: { $approved } of { $needed })
admin-reason-honeypot = the hidden honeypot field was filled in
admin-reason-no-token = posted without the form's token
admin-reason-edited-after-approval = edited after a moderator approved it
admin-reason-deleted-by-author = Deleted by its author
admin-reason-moderation-word = contains moderation word “{ $word }”
admin-reason-disallowed-word = contains disallowed word “{ $word }”
admin-reason-links = contains { $count } links (limit { $limit })
# $kinds: the readers' reasons, as the report form names them.
admin-reason-reported = { $count ->
    [one] Reported by { $count } reader ({ $kinds })
   *[other] Reported by { $count } readers ({ $kinds })
}

## Article editor: refused fields and photos
admin-editor-headline-missing = Please give the article a headline.
# $limit: the most characters a headline may have.
admin-editor-headline-too-long = The headline is longer than { $limit } characters.
admin-editor-slug-invalid = Use 1 to 200 lowercase letters, digits and single hyphens, not at the start or end.
# $field: the field's label on the form (admin-editor-standfirst, …); $limit: characters.
admin-editor-field-too-long = “{ $field }” is longer than { $limit } characters.
# $limit: kilobytes.
admin-editor-body-too-large = The text is longer than { $limit } kB.
# $count: the most contributors; $limit: the most characters of one name.
admin-editor-contributors-invalid = Name at most { $count } contributors of up to { $limit } characters.
admin-editor-source-url-invalid = The source URL must start with http:// or https://.
admin-editor-source-name-missing = Name the source the link points to.
admin-editor-publish-at-invalid = Give the date and time as YYYY-MM-DD HH:MM, or leave it empty for now.
# $limit: megabytes.
admin-photo-too-large = The photo is larger than { $limit } MB.
admin-photo-not-an-image = The file is not a JPEG, PNG or WebP image.
# $side: pixels; $megapixels: millions of pixels.
admin-photo-too-many-pixels = The photo has too many pixels: the most is { $side } a side and { $megapixels } megapixels.
# $reason: the image decoder's words, in English.
admin-photo-unreadable = The photo could not be read: { $reason }

## Settings: refused values
# $key: the setting (articles.per_page); $expected: one of the admin-expected-* phrases; $value: as sent.
admin-settings-bad-value = { $key } must be { $expected }, not “{ $value }”.
# $known: the setting keys, comma-separated.
admin-settings-unknown-key = Unknown setting “{ $key }” (known: { $known }).
# What a setting takes, as "must be …" continues. $min, $max: the bounds.
admin-expected-number = a number from { $min } to { $max }
admin-expected-bool = true or false
admin-expected-username = 1 to 30 of a-z, 0-9 and _
admin-expected-domains = domain names such as spam.example, space-separated
admin-expected-minutes-between = minutes between { $min } and { $max }
admin-expected-seconds = seconds from { $min } to { $max }
admin-expected-hours = hours from { $min } to { $max }
admin-expected-days-never = days from { $min } (never) to { $max }
admin-expected-days-forever = days from { $min } (for ever) to { $max }
admin-expected-trust-after = a number from { $min } (hold no newcomer) to { $max }
admin-expected-comments-per-page = a number from { $min } (all on one page) to { $max }
admin-expected-edit-minutes = minutes from { $min } (no editing) to { $max }
admin-expected-http-address = an http:// or https:// address
admin-expected-address-or-path = an http:// or https:// address or a path such as /media/logo.png
admin-expected-newest-oldest = newest or oldest
admin-expected-each-digest = each or digest
admin-expected-origins = space-separated origins such as https://blog.example.org
admin-expected-sender = an email address such as news@example.org or Newsroom <news@example.org>
admin-expected-emails = space-separated email addresses
admin-expected-urls = space-separated http:// or https:// URLs
# $list: the language codes, "en, fr, de, es, pl, ar".
admin-expected-language = one of { $list }
# $tag: the tag asked for; $list: the tags comments may allow.
admin-allowlist-unsafe-tag = “{ $tag }” is not a tag comments may allow (allowed: { $list }).
# $attribute on <$tag>; $list: the attributes comments may allow.
admin-allowlist-unsafe-attribute = The attribute “{ $attribute }” on <{ $tag }> is not one comments may allow (allowed: { $list }).
# $near: the piece that could not be read.
admin-allowlist-syntax = Cannot read the allowed tags near “{ $near }”: write them like a[href,title] b i.

## Comment queue: refused requests
# $status: as sent.
admin-queue-unknown-status = Unknown comment status “{ $status }”.
# $action: as sent.
admin-queue-unknown-action = Unknown moderation action “{ $action }”.

## The spam filter: its score and what weighed most, in the queue
admin-reason-filter = spam filter: { $score } likely spam
filter-towards-spam = { $clue } → spam
filter-towards-ham = { $clue } → not spam
filter-clue-word = the word “{ $value }”
filter-clue-phrase = the words “{ $value }”
filter-clue-domain = a link to { $value }
# $count: 3 stands for 3 or more.
filter-clue-links = links: { $count }
filter-clue-shouting = capital letters
filter-clue-punctuation = “!!” or “??”
filter-clue-website = a website given
filter-clue-name-digits = digits in the name
filter-clue-approved = earlier approved comments: { $count }
filter-clue-spammed = earlier comments marked spam: { $count }
filter-clue-trashed = earlier comments trashed: { $count }
admin-queue-sort-filter = filter score
admin-setting-moderation-filter = Spam filter (off, advise or auto)
admin-setting-moderation-filter-ham-to-spam = Highest share of ham the filter may send to spam
admin-setting-moderation-filter-spam-shown = Highest share of spam the filter may publish
admin-expected-filter = off, advise or auto
admin-expected-rate = a percentage from 0.0001% to 50%, such as 0.1%
admin-queue-sort = Sort by
admin-queue-sort-newest = newest
admin-setting-moderation-proof-of-work = Ask for a proof of work when the filter is unsure (off or when_unsure)
admin-expected-proof-of-work = off or when_unsure
admin-reason-no-proof = the filter leaned towards publishing but no proof of work came (JavaScript off?)
admin-setting-moderation-flood-per-minute = Comments a minute that make a flood: then every newcomer's comment needs a proof of work (0: never)
admin-reason-sanction-ban = its author is banned
admin-reason-sanction-suspend = its author is suspended
admin-reason-sanction-shadow = its author is shadow-banned: only they see it
admin-reason-sanction-premoderate = its author is always pre-moderated
admin-reason-recent-rejections = { $rejected } of the author’s last { $count } decided comments were rejected
admin-setting-comments-recent-history = Recent comments of an author the rejection rate is counted over (0: off)
admin-setting-comments-recent-rejection-rate = Rejection rate (%) over those that sends an author back to pre-moderation
admin-nav-commenters = Commenters
admin-action-ban = Ban author
admin-commenters-title = Commenters
admin-commenters-heading = Commenters
admin-commenters-show = Show
admin-commenters-names = Names used
admin-commenters-reports = Readers’ reports
admin-commenters-first-seen = First seen
admin-commenters-last-seen = Last seen
admin-commenters-trusted = Trusted by staff
admin-commenters-in-force = Sanction in force
admin-commenters-comments = Their comments in the queue
admin-commenters-sanction = Sanction
admin-commenters-target = Email, IP address, CIDR range or @domain
admin-commenters-reason = Reason
admin-commenters-days = Days (a suspension needs them; otherwise until lifted)
admin-commenters-history = Sanctions on this commenter
admin-commenters-active = Sanctions in force
admin-commenters-none = No sanctions.
admin-commenters-kind = Sanction
admin-commenters-set = Set
admin-commenters-until = Until
admin-commenters-state = State
admin-commenters-lifted-by = lifted by { $name }
admin-commenters-ended = ended
admin-sanction-ban = Ban
admin-sanction-suspend = Suspend
admin-sanction-premoderate = Always pre-moderate
admin-sanction-shadow = Shadow-ban
admin-sanction-clear = Lift
admin-yes = yes
admin-no = no
admin-editor-sections = Sections (category slugs, comma-separated)
admin-editor-sections-invalid = Name sections with letters, digits, hyphens and underscores, separated by commas.
admin-keys-heading = Keys
admin-keys-next = next comment
admin-keys-previous = previous comment
admin-keys-approve = approve
admin-keys-spam = spam
admin-keys-trash = trash
admin-keys-unapprove = unapprove (back to the queue)
admin-keys-pick = editors’ pick (approves)
admin-keys-reply = reply
admin-keys-ban = ban the author (press twice)
admin-keys-select = select for a bulk action
admin-keys-help = show or hide this list
admin-keys-failed = Not done: reload the page and try again.
admin-keys-ban-again = Press B again to ban this comment’s author.
admin-keys-done-approve = Approved comment { $ids }.
admin-keys-done-unapprove = Comment { $ids } is back in the queue.
admin-keys-done-spam = Comment { $ids } marked as spam.
admin-keys-done-trash = Comment { $ids } moved to the trash.
admin-keys-done-pick = Comment { $ids } picked.
admin-keys-done-ban = Banned the author of comment { $ids }; the comment is in spam.
admin-reason-hook = the newsroom’s classifier said { $verdict }: { $reason }
admin-reason-hook-unanswered = the newsroom’s classifier did not answer in time
admin-setting-moderation-hook-url = The newsroom’s own classifier, asked about each comment before it is stored (a URL; empty: none)
admin-setting-moderation-hook-timeout-ms = Milliseconds the classifier may take before the comment is held
admin-expected-hook-url = one http:// or https:// URL, or nothing
admin-queue-sort-oldest = oldest
admin-queue-sort-reported = most reported
admin-queue-sort-article = article
admin-queue-reason = Held because
admin-queue-reason-any = any reason
admin-queue-reason-first-comments = first comments
admin-queue-reason-links = links
admin-queue-reason-moderation-word = a moderation word
admin-queue-reason-no-form-token = no form token
admin-queue-reason-hold-all = every comment held
admin-queue-reason-reported = readers’ reports
admin-queue-reason-filter = spam filter
admin-queue-reason-no-proof = no proof of work
admin-queue-reason-recent-rejections = recent rejections
admin-queue-reason-sanctioned = sanctioned author
admin-queue-reason-hook = the newsroom’s classifier
admin-queue-section = Section
admin-setting-notify-chat-webhooks = Chat webhooks (Slack, Mattermost, Matrix) told of each held comment, with approve and spam links (space-separated URLs)
admin-queue-reason-hook-unanswered = the classifier did not answer
admin-nav-notices = Notices
admin-notices-title = Notices and appeals
admin-notices-intro = Notices of illegal content from readers (EU Digital Services Act) and appeals against removals. A removal sends its author a statement of reasons; an appeal is reviewed by someone other than who decided.
admin-notices-open = Open notices
admin-notices-none = No open notices.
admin-notices-number = Notice { $id }
admin-notices-by = from { $name }
admin-notices-anonymous = an anonymous reader
admin-notices-comment = comment { $id }
admin-notices-remove = Remove as illegal
admin-notices-keep = Keep
admin-notices-appeals = Appeals
admin-notices-no-appeals = No appeals waiting.
admin-notices-statement = Statement { $id }
admin-notices-decided-by = decided by { $name }
admin-notices-uphold = Uphold the decision
admin-notices-reverse = Reverse it and publish the comment

# The editor's live desk (issue 29).
admin-live-title = Live coverage
admin-live-never = This story has not been covered live.
admin-live-since = Live since { $time }: open pages get each update at once.
admin-live-ended = Live coverage ended { $time }.
admin-live-start = Start live coverage
admin-live-end = End live coverage
admin-live-entry = New update (HTML or Markdown)
admin-live-post = Post update
admin-live-recent = Latest updates
admin-live-switched-on = Live coverage is on: the story shows “Live” and its updates.
admin-live-switched-off = Live coverage has ended.
admin-live-posted = Update posted: open pages have it now.
admin-live-bad-switch = Live coverage is switched with on or off.

## The wire desk's sources (checked alike from the CLI and the admin)
wire-source-bad-name = A source needs a name of 1 to { $max } characters, on one line.
wire-source-bad-url = “{ $url }” is not an http or https address.
wire-source-bad-credit = The credit may be at most { $max } characters, on one line.
wire-source-bad-every = The interval is 1 to { $max } minutes.

## The wire desk page
admin-nav-wire = Wire desk
admin-wire-title = Wire desk
admin-wire-stories = Stories
admin-wire-intro = Stories from the agencies, the latest change first. A story that several sources sent is listed once, under the first to arrive.
admin-wire-filter-source = Source
admin-wire-filter-any-source = All sources
admin-wire-filter-state = State
admin-wire-filter-any-state = Any state
admin-wire-filter = Filter
admin-wire-empty = No stories on the desk.
admin-wire-state-new = new
admin-wire-state-published = published
admin-wire-state-dismissed = dismissed
admin-wire-state-withdrawn = withdrawn
# $source: a wire source's name.
admin-wire-from = from { $source }
admin-wire-also-from = also from { $source }
# $time: a date and time.
admin-wire-received = received { $time }
admin-wire-updated = updated { $time }
# $version: the agency's version number of the story.
admin-wire-version = version { $version }
admin-wire-publish = Publish
admin-wire-edit = Edit
admin-wire-preview = Preview
admin-wire-dismiss = Dismiss
admin-wire-sources = Sources
admin-wire-no-sources = No sources yet: add one below.
admin-wire-source-name = Name
admin-wire-source-url = Address
admin-wire-source-publish = New stories
admin-wire-source-every = Polled every
admin-wire-source-polled = Last polled
admin-wire-source-error = Last error
admin-wire-source-actions = Actions
admin-wire-publish-draft = wait on the desk
admin-wire-publish-now = are published at once
admin-wire-every = { $minutes } min
admin-wire-never-polled = not yet
admin-wire-poll-now = Poll now
admin-wire-remove = Remove
admin-wire-add = Add a source
admin-wire-add-name = Name
admin-wire-add-url = Feed address
admin-wire-add-credit = Credit (empty: the source’s name)
admin-wire-add-every = Poll every (minutes)
admin-wire-add-publish = New stories
admin-wire-add-submit = Add source
admin-wire-done-published = The story is published.
admin-wire-done-scheduled = The story will be published when its embargo lifts.
admin-wire-done-dismissed = The story is dismissed: later versions of it will not run.
admin-wire-done-polled = The source will be polled within 15 seconds.
admin-wire-done-added = Source added: it will be polled within 15 seconds.
admin-wire-done-removed = Source removed. Its articles stay.
# $name: the name typed for the new source.
admin-wire-name-taken = A source is already called “{ $name }”.
admin-wire-bad-publish = New stories either wait on the desk or are published at once.
admin-wire-not-new = Only a new story can be published from the desk.
admin-wire-cannot-publish = This story cannot be published: its article is gone or was withdrawn.
admin-wire-cannot-dismiss = Only a new or withdrawn story can be dismissed.
admin-editor-versions = Earlier versions
admin-editor-version-wire-update = replaced by the agency’s update
admin-editor-version-edited = replaced by an editor’s save

## The federation page (/admin/federation)
admin-federation-title = Federation
admin-federation-account = The site's account on the Fediverse: { $account }
admin-federation-off = Federation is off (federation.enabled): no Webmentions are taken and no one can follow the site.
admin-federation-followers = { $count ->
    [one] { $count } follower
   *[other] { $count } followers
}
admin-federation-none = None yet.
admin-federation-handle = Account
admin-federation-since = Following since
admin-federation-deliveries = Latest deliveries
admin-federation-activity = Activity
admin-federation-inbox = Inbox
admin-federation-state = State
admin-federation-answer = Answer
admin-federation-tries = Tries
admin-federation-when = When
admin-federation-problems = Mentions and posts that did not stand
admin-federation-source = Source
admin-federation-target = Target
admin-federation-via = Via
