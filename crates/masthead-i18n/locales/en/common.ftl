# Shared by pages, mails and the admin.

comments-count = { $count ->
    [0] No comments
    [one] { $count } comment
   *[other] { $count } comments
}

# The frame of every reader page (templates/base.html).
feed-posts = Feed
feed-comments = Comments Feed
skip-to-content = Skip to content
search-landmark = Site
search-label = Search articles
search-placeholder = Search
search-button = Search
footer-published-with = Published with masthead
footer-privacy = Privacy

# The description of a site that has not written its own (site.description).
site-default-description = News and comment
