comments-count = { $count ->
    [0] Keine Kommentare
    [one] { $count } Kommentar
   *[other] { $count } Kommentare
}

feed-posts = Feed
feed-comments = Kommentar-Feed
skip-to-content = Zum Inhalt springen
search-landmark = Website
search-label = Artikel durchsuchen
search-placeholder = Suchen
search-button = Suchen
footer-published-with = Veröffentlicht mit masthead
footer-privacy = Datenschutz

site-default-description = Nachrichten und Kommentare
