# What the CLI tells people (crates/masthead/src/). Lines start in lower
# case, as command-line tools write them; --help and log lines stay English.

## Articles
cli-article-added = added article { $id }: { $path }
cli-article-slug-taken = an article with the slug “{ $slug }” already exists
cli-demo-loaded = loaded the demo article: { $path }
cli-demo-skipped = the database already has articles; demo content not loaded

## Comments
# $ids: the comments' ids, comma-separated.
cli-comments-approve = { $count ->
    [one] approved { $count } comment: { $ids }
   *[other] approved { $count } comments: { $ids }
}
cli-comments-unapprove = { $count ->
    [one] unapproved { $count } comment: { $ids }
   *[other] unapproved { $count } comments: { $ids }
}
cli-comments-spam = { $count ->
    [one] marked as spam { $count } comment: { $ids }
   *[other] marked as spam { $count } comments: { $ids }
}
cli-comments-not-spam = { $count ->
    [one] marked as not spam { $count } comment: { $ids }
   *[other] marked as not spam { $count } comments: { $ids }
}
cli-comments-trash = { $count ->
    [one] trashed { $count } comment: { $ids }
   *[other] trashed { $count } comments: { $ids }
}
cli-comments-restore = { $count ->
    [one] restored { $count } comment: { $ids }
   *[other] restored { $count } comments: { $ids }
}
cli-comments-delete = { $count ->
    [one] deleted { $count } comment: { $ids }
   *[other] deleted { $count } comments: { $ids }
}
cli-comments-trust = { $count ->
    [one] approved and trusted the authors of { $count } comment: { $ids }
   *[other] approved and trusted the authors of { $count } comments: { $ids }
}
cli-comments-pick = { $count ->
    [one] picked { $count } comment: { $ids }
   *[other] picked { $count } comments: { $ids }
}
cli-comments-unpick = { $count ->
    [one] unpicked { $count } comment: { $ids }
   *[other] unpicked { $count } comments: { $ids }
}
cli-comments-none = no comments
cli-comments-nothing-moderated = nothing moderated yet
# The comment list's column headings.
cli-column-status = status
cli-column-date = date
cli-column-author = author
cli-column-email = email
cli-column-why-held = why held
cli-column-text = text
cli-status-pending = pending
cli-status-approved = approved
cli-status-spam = spam
cli-status-trash = trash

## Settings
# $known: the setting keys, comma-separated.
cli-settings-unknown = unknown setting “{ $key }” (known: { $known })
# $list: the language codes, "en, fr, de, es, pl, ar".
cli-settings-unknown-language = unknown language “{ $value }” (available: { $list })

## Users
cli-password-prompt = Password:
cli-password-repeat = Repeat the password:
cli-password-unreadable = cannot read the password
cli-password-differ = the two passwords differ; nothing was changed
cli-user-exists = a user named “{ $name }” already exists
cli-user-missing = there is no user named “{ $name }”
cli-user-added = { $role ->
    [admin] added admin { $name }
    [editor] added editor { $name }
   *[moderator] added moderator { $name }
}
cli-password-changed = changed the password of { $name }
cli-app-password-note = application password “{ $label }” for { $name }: use it with HTTP Basic auth ({ $name }:password); it is not shown again
cli-no-random = the system gave no random numbers
cli-users-none = no users
cli-role-admin = admin
cli-role-editor = editor
cli-role-moderator = moderator

## Privacy
cli-privacy-not-email = “{ $email }” is not an email address
cli-privacy-deleted = { $count ->
    [one] { $count } comment by { $email } deleted
   *[other] { $count } comments by { $email } deleted
}
cli-privacy-anonymised = { $count ->
    [one] { $count } comment by { $email } anonymised
   *[other] { $count } comments by { $email } anonymised
}

## Import and export
cli-import-dry-run = dry run of { $file }: nothing was stored. It would import:
cli-imported = imported { $file }:
# $error: what went wrong, as the reader of the file said it.
cli-import-failed = { $file }: { $error }; nothing was imported
cli-import-failed-at = { $file } at { $place }: { $error }; nothing was imported
cli-import-failed-plain = the import failed; nothing was imported
cli-import-commit-failed = could not commit the import
cli-place = line { $line }, column { $column }
cli-place-byte = byte { $offset }
cli-import-no-version = warning: { $file } has no <wp:wxr_version>; it was read as a WordPress export because it uses the WordPress export namespace
cli-import-unmatched = threads matched to no article (use --map-prefix FROM=TO):
cli-import-unmatched-thread = { $count ->
    [one] { $link } ({ $count } comment)
   *[other] { $link } ({ $count } comments)
}
cli-summary-articles = articles: { $articles } new, pages: { $pages } new, already imported: { $already }
# $by_status: "30 approved, 3 pending" (cli-summary-status, joined).
cli-summary-comments = comments: { $total } new ({ $by_status }), of which { $pingbacks } pingbacks/trackbacks; already imported: { $already }
cli-summary-none = none
cli-summary-status = { $status ->
    [approved] { $count } approved
    [pending] { $count } pending
    [spam] { $count } spam
   *[trash] { $count } trash
}
cli-summary-more = authors: { $authors }, categories and tags: { $terms }, attachments: { $attachments } ({ $photos } used as article photos), old addresses redirected: { $redirects }
cli-summary-threads = threads for outside pages: { $threads } new
cli-summary-skipped-nothing = skipped: nothing
cli-summary-skipped = skipped:
cli-exported = { $count ->
    [one] exported { $count } article or page to { $file }
   *[other] exported { $count } articles and pages to { $file }
}
cli-site-flag = --site takes the site's address, such as https://blog.example.org, not “{ $value }”
cli-map-prefix-flag = --map-prefix takes FROM=TO, not “{ $value }”
cli-article-not-found = no article has the slug “{ $slug }”
cli-article-closed = comments on “{ $slug }” are closed
cli-article-opened = comments on “{ $slug }” are open
cli-sanction-ban = banned { $target }
cli-sanction-suspend = suspended { $target }
cli-sanction-premoderate = every new comment from { $target } is held for a moderator
cli-sanction-shadow = new comments from { $target } go to spam, seen only by their author
cli-sanction-until = (until { $date })
cli-sanction-lifted = lifted { $date }
cli-sanction-cleared = lifted the sanction on { $target }
cli-sanction-none = no sanction in force on { $target }
cli-sanctions-none = no sanctions
cli-column-kind = sanction
cli-column-target = on
cli-column-until = until
cli-column-set-by = set by
cli-column-reason = reason
cli-commenter-names = names
cli-commenter-reports = reports
cli-commenter-first-seen = first seen
cli-commenter-last-seen = last seen
cli-commenter-trusted = trusted
cli-commenter-sanction = sanction in force
cli-yes = yes
cli-no = no
cli-user-may-not-moderate = the account “{ $name }” may not moderate comments
cli-live-on = live coverage of “{ $slug }” is on
cli-live-off = live coverage of “{ $slug }” is off
cli-live-entry-added = update { $id } added: { $path }

## masthead wire
cli-wire-added = added wire source “{ $name }”: { $url }
cli-wire-name-taken = a wire source is already called “{ $name }”
cli-wire-none = no wire sources yet: add one with masthead wire add URL --name NAME
cli-wire-never-polled = not polled yet
cli-wire-last-error = last poll failed: { $error }
cli-wire-last-polled = last polled { $at }
cli-wire-every = every { $minutes } min
cli-wire-missing = no wire source is called “{ $name }”
cli-wire-removed = removed wire source “{ $name }” (its articles stay)
cli-wire-busy = another process is polling the wire sources and did not finish within 10 minutes
cli-wire-some-failed = some sources could not be polled
cli-wire-poll-failed = { $name }: not polled: { $error }
cli-wire-not-modified = { $name }: nothing new (304 Not Modified)
cli-wire-polled = { $name }: { $published } published, { $drafts } new drafts, { $updated } updated, { $withdrawn } withdrawn, { $unchanged } unchanged
cli-wire-refused = not taken: { $why }
cli-article-corrected = the correction is under the headline of “{ $slug }”
