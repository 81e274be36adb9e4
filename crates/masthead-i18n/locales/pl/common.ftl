comments-count = { $count ->
    [0] Brak komentarzy
    [one] { $count } komentarz
    [few] { $count } komentarze
    [many] { $count } komentarzy
   *[other] { $count } komentarza
}

feed-posts = Kanał RSS
feed-comments = Kanał komentarzy
skip-to-content = Przejdź do treści
search-landmark = Witryna
search-label = Szukaj artykułów
search-placeholder = Szukaj
search-button = Szukaj
footer-published-with = Opublikowano za pomocą masthead
footer-privacy = Prywatność

site-default-description = Wiadomości i komentarze
