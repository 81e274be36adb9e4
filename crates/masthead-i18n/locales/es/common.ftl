comments-count = { $count ->
    [0] Sin comentarios
    [one] { $count } comentario
    [many] { $count } comentarios
   *[other] { $count } comentarios
}

feed-posts = Feed
feed-comments = Feed de comentarios
skip-to-content = Saltar al contenido
search-landmark = Sitio
search-label = Buscar artículos
search-placeholder = Buscar
search-button = Buscar
footer-published-with = Publicado con masthead
footer-privacy = Privacidad

site-default-description = Noticias y comentarios
