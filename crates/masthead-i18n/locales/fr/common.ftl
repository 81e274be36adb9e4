comments-count = { $count ->
    [0] Aucun commentaire
    [one] { $count } commentaire
    [many] { $count } de commentaires
   *[other] { $count } commentaires
}

feed-posts = Flux
feed-comments = Flux des commentaires
skip-to-content = Aller au contenu
search-landmark = Site
search-label = Rechercher des articles
search-placeholder = Rechercher
search-button = Rechercher
footer-published-with = Publié avec masthead
footer-privacy = Confidentialité

site-default-description = Actualités et commentaires
