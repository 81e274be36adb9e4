# Refusals and error pages: the comment form, the REST API's `message`s,
# the embed (its words and its API's messages). REST and embed `code`s are
# never translated; only what a person reads is.

## The comment form's fields (WordPress's wording)

error-required-fields = Please fill the required fields.
error-invalid-email = Please enter a valid email address.
error-comment-required = Please type your comment text.
error-name-too-long = Your name is too long.
error-email-too-long = Your email address is too long.
error-url-too-long = Your URL is too long.
error-comment-too-long = Your comment is too long.
error-bad-url = Please enter a website address that starts with http:// or https://.

## Refusals of a comment

error-article-not-found = Sorry, that article was not found.
error-comments-closed = Sorry, comments are closed for this item.
error-parent-not-approved = Sorry, replies to unapproved comments are not allowed.
# $id: a comment's number.
error-comment-not-found = There is no comment with id { $id }.
error-check-form = Please check the form.
error-duplicate = Duplicate comment detected; it looks as though you’ve already said that!
error-invalid-token = The form could not be verified. Please reload the page and post your comment again.
error-expired-token = This form has expired. Please check your comment and post it again.
error-too-fast = That was quicker than anyone can write a comment. Please wait a moment and post again.
error-flood = You are posting comments too quickly. Slow down.
# Above the form ("Error: …"), then the message.
error-label = Error:
error-fix-fields = Your comment was not posted. Please correct the fields marked below.
error-not-posted = Your comment was not posted.

## A reader's edit, recommend or report

error-no-such-comment = There is no such comment.
error-not-yours = You can only change your own comments.
error-edit-window-closed = { $count ->
    [one] Comments can be edited for { $count } minute after they are posted; this one can no longer be changed.
   *[other] Comments can be edited for { $count } minutes after they are posted; this one can no longer be changed.
}
error-too-many-edits = { $count ->
    [one] A comment can be edited { $count } time; this one can no longer be changed.
   *[other] A comment can be edited { $count } times; this one can no longer be changed.
}
error-check-comment = Please check the comment.
error-not-approved = Only approved comments can be recommended or reported.
error-unknown-reason = Please choose why you report this comment from the list.
error-report-too-long = { $count ->
    [one] The explanation may be at most { $count } character long.
   *[other] The explanation may be at most { $count } characters long.
}

## Moderation (admin, REST)

error-select-comments = Select at least one comment.
# $ids: comma-separated comment numbers.
error-moderation-not-found = There is no comment with id { $ids }; nothing was changed.

## Pages outside masthead (the embed)

# $origin: a site's address, such as https://blog.example.org
error-origin-not-allowed = Pages of { $origin } may not embed comments from this site.
error-foreign-form = This form was sent from another website, so nothing was done. To comment, recommend or report, use the form on this site's own page.
error-page-url-invalid = The page address is not a valid http(s) URL.
error-page-url-too-long = { $count ->
    [one] The page address is longer than { $count } character.
   *[other] The page address is longer than { $count } characters.
}
error-page-url-credentials = The page address may not carry a user name or password.
error-thread-url-missing = Name the page to discuss: /thread?url=ADDRESS

## Storage, as a person sees it

error-conflict = That name is already taken.
error-unstorable = The text may not contain NUL characters.
error-server = The server could not complete this request. Please try again in a moment.

## Error pages

error-title-page-not-found = Page not found
error-no-page = There is no page at this address.
error-no-page-hint = There is no page at this address. It may have moved, or the link may be mistyped.
error-front-page = Go to the front page
# $link: the link "Go to the front page".
error-front-page-latest = { $link } for the latest articles.
error-title-not-found = Not found
error-title-refused = This request could not be handled
error-title-server = Something went wrong
error-title-too-many = Too many requests
error-too-many-wait = { $count ->
    [one] Please wait { $count } second and try again.
   *[other] Please wait { $count } seconds and try again.
}
error-bad-request = The request could not be understood.
error-too-large = The request is larger than this address accepts.
# $count: megabytes.
error-form-too-large = The form is larger than this page accepts ({ $count } MB in all).
error-form-type = Forms must be sent as application/x-www-form-urlencoded.
# $name: a form field's name, such as comment_parent.
error-form-field-repeated = The form field “{ $name }” was sent more than once.
error-form-not-number = The form field “{ $name }” must be a positive whole number.
error-form-field-not-utf8 = The form field “{ $name }” is not valid UTF-8.
error-form-not-utf8 = The form contains text that is not valid UTF-8.
error-form-nul = The form contains a NUL character.
error-form-part-unnamed = A form part has no name.
error-form-unreadable = The form could not be read.
error-bad-order = Comments cannot be shown in this order.
error-bad-comment-page = The comment page must be a page number.

## The embed's API

error-param-url-required = The page's address is required.
error-param-page = The page must be a number from 1.
error-param-per-page = The number of comments per page must be from 1 to 100.
error-param-comment-id = That is not a comment’s number.
error-param-counts-none = Name at least one page address.
error-param-counts-many = { $count ->
    [one] Name at most { $count } page address.
   *[other] Name at most { $count } page addresses.
}
error-no-thread = There is no discussion of that page yet.
error-no-discussion-page = The discussion has no such page.
error-embed-server = Something went wrong on our side. Please try again.
error-not-json = Send the body as application/json.
error-bad-json = The body is not what this endpoint takes.
error-invalid-reader = The reader token is not one this site gave out.
error-rate-limited = Too many requests from your address. Please wait a moment.

## The embed's words (the script shows these)

error-embed-load-failed = The comments could not be loaded.
error-embed-send-failed = The comment could not be sent. Please try again.
error-embed-recommended = Recommended
error-embed-retry = That did not work. Please try again.
error-embed-failed = That did not work.
error-embed-report-question = Why should the moderators look at it?
error-embed-reason-spam = Spam or advertising
error-embed-reason-abusive = Abusive, hateful or harassing
error-embed-reason-off-topic = Off topic
error-embed-reason-misinformation = False or misleading
error-embed-reason-other = Something else
error-embed-send-report = Send report
error-embed-report-thanks = Thank you: the moderators will look at it.
error-embed-report-failed = The report was not sent.
error-embed-edit-label = Edit your comment
error-embed-save = Save changes
error-embed-delete = Delete
error-embed-delete-confirm = Delete your comment?
error-embed-more = Load more comments

## The REST API's messages (WordPress's wording; codes stay as they are)

error-rest-internal = The server could not complete this request.
error-rest-invalid-comment-id = Invalid comment ID.
error-rest-invalid-post-id = Invalid post ID.
error-rest-no-post = Sorry, you are not allowed to create this comment without a post.
error-rest-no-route = No route was found matching the URL and request method.
# $params: parameter names, such as author_email.
error-rest-invalid-param = Invalid parameter(s): { $params }
error-rest-forbidden-param = Query parameter not permitted: { $params }
error-rest-content-invalid = Invalid comment content.
error-rest-author-required = Creating a comment requires valid author name and email values.
error-rest-invalid-email = Invalid email address.
error-rest-too-long = Comment field exceeds maximum length allowed.
error-rest-no-search-term = You need to define a search term to order by relevance.
error-rest-page-too-large = The page number requested is larger than the number of pages available.
error-rest-bad-password = The provided password is an invalid application password.
error-rest-invalid-json = Invalid JSON body passed.
error-rest-already-trashed = The comment has already been trashed.
error-rest-forbidden-context = Sorry, you are not allowed to edit posts in this post type.
error-rest-cannot-read = Sorry, you are not allowed to read this comment.
error-rest-cannot-create = Sorry, you are not allowed to create posts as this user.
error-rest-cannot-edit = Sorry, you are not allowed to edit this post.
error-rest-cannot-edit-comment = Sorry, you are not allowed to edit this comment.
error-rest-cannot-delete-comment = Sorry, you are not allowed to delete this comment.
error-rest-content-type = Send the comment as application/json or application/x-www-form-urlencoded.
error-rest-login-required = Sorry, you must be logged in to comment.
error-rest-comment-exists = Cannot create existing comment.
error-rest-forbidden = Sorry, you are not allowed to do that.
error-rest-comment-type = Cannot create a comment with that type.
error-rest-create-failed = Creating comment failed.
error-banned = You can no longer comment on this site.
error-suspended = You cannot comment on this site until { $date }.
error-sanction-target = “{ $target }” is not an email address, an IP address, a CIDR range or an @domain.
error-sanction-kind = Unknown sanction “{ $kind }” (expected ban, suspend, shadow or premoderate).
error-sanction-reason = The reason may be at most { $max } characters long.
error-sanction-days = A suspension lasts from 1 to { $max } days.
error-outside-desk = Comment { $ids } is outside your sections; nothing was changed.
error-hook-refused = This comment was not accepted: { $reason }
error-live-since = The live stream’s position must be a change number.
error-live-full = This server holds as many live readers as it can; the page will try again shortly.
live-error-not-found = There is no such article.
live-error-empty = An update needs some words.
live-error-too-long = An update may be at most 64 KiB.

## An editor's correction note
correction-error-note = A correction needs a note of 1 to { $max } characters.

## Webmention (the endpoint's JSON errors)

error-webmention-disabled = This site does not take Webmentions.
error-webmention-missing = Both source and target are required.
error-webmention-not-http = { $name } must be an http:// or https:// address.
error-webmention-too-long = { $name } is longer than 2048 characters.
error-webmention-same = The source and the target are the same page.
error-webmention-not-ours = The target is not an article on this site.
error-webmention-blocked = This site does not take Webmentions from the source's domain.
error-webmention-federated = The source is a post that came from the Fediverse; its author changes it there.

## ActivityPub (the inbox, WebFinger, NodeInfo); other servers read these
error-activitypub-disabled = ActivityPub is not enabled on this site.
error-activitypub-unknown = There is no such account or article here.
error-activitypub-blocked = This site does not take activities from that instance.
error-activitypub-signature = The request's HTTP signature was not accepted: { $why }
error-activitypub-key = The key that signed the request could not be fetched: { $why }
error-activitypub-actor = The activity's actor did not sign it, or does not own what it changes.
error-activitypub-malformed = This is not an ActivityPub activity masthead can read: { $why }
error-activitypub-refused = The reply was not accepted: { $why }
error-activitypub-type = Activities must be sent as application/activity+json.
error-webfinger-resource = Name the account to look up: ?resource=acct:NAME@HOST.
