# Ce que la ligne de commande dit aux personnes.

## Articles
cli-article-added = article { $id } ajouté : { $path }
cli-article-slug-taken = un article avec l’identifiant « { $slug } » existe déjà
cli-demo-loaded = article de démonstration chargé : { $path }
cli-demo-skipped = la base de données contient déjà des articles ; contenu de démonstration non chargé

## Commentaires
cli-comments-approve = { $count ->
    [one] { $count } commentaire approuvé : { $ids }
    [many] { $count } de commentaires approuvés : { $ids }
   *[other] { $count } commentaires approuvés : { $ids }
}
cli-comments-unapprove = { $count ->
    [one] { $count } commentaire désapprouvé : { $ids }
    [many] { $count } de commentaires désapprouvés : { $ids }
   *[other] { $count } commentaires désapprouvés : { $ids }
}
cli-comments-spam = { $count ->
    [one] { $count } commentaire marqué comme indésirable : { $ids }
    [many] { $count } de commentaires marqués comme indésirables : { $ids }
   *[other] { $count } commentaires marqués comme indésirables : { $ids }
}
cli-comments-not-spam = { $count ->
    [one] { $count } commentaire marqué comme non indésirable : { $ids }
    [many] { $count } de commentaires marqués comme non indésirables : { $ids }
   *[other] { $count } commentaires marqués comme non indésirables : { $ids }
}
cli-comments-trash = { $count ->
    [one] { $count } commentaire mis à la corbeille : { $ids }
    [many] { $count } de commentaires mis à la corbeille : { $ids }
   *[other] { $count } commentaires mis à la corbeille : { $ids }
}
cli-comments-restore = { $count ->
    [one] { $count } commentaire restauré : { $ids }
    [many] { $count } de commentaires restaurés : { $ids }
   *[other] { $count } commentaires restaurés : { $ids }
}
cli-comments-delete = { $count ->
    [one] { $count } commentaire supprimé : { $ids }
    [many] { $count } de commentaires supprimés : { $ids }
   *[other] { $count } commentaires supprimés : { $ids }
}
cli-comments-trust = { $count ->
    [one] { $count } commentaire approuvé, son auteur est désormais de confiance : { $ids }
    [many] { $count } de commentaires approuvés, leurs auteurs sont désormais de confiance : { $ids }
   *[other] { $count } commentaires approuvés, leurs auteurs sont désormais de confiance : { $ids }
}
cli-comments-pick = { $count ->
    [one] { $count } commentaire ajouté aux choix de la rédaction : { $ids }
    [many] { $count } de commentaires ajoutés aux choix de la rédaction : { $ids }
   *[other] { $count } commentaires ajoutés aux choix de la rédaction : { $ids }
}
cli-comments-unpick = { $count ->
    [one] { $count } commentaire retiré des choix de la rédaction : { $ids }
    [many] { $count } de commentaires retirés des choix de la rédaction : { $ids }
   *[other] { $count } commentaires retirés des choix de la rédaction : { $ids }
}
cli-comments-none = aucun commentaire
cli-comments-nothing-moderated = rien n’a encore été modéré
cli-column-status = état
cli-column-date = date
cli-column-author = auteur
cli-column-email = e-mail
cli-column-why-held = motif de retenue
cli-column-text = texte
cli-status-pending = en attente
cli-status-approved = approuvé
cli-status-spam = indésirable
cli-status-trash = corbeille

## Réglages
cli-settings-unknown = réglage inconnu « { $key } » (réglages existants : { $known })
cli-settings-unknown-language = langue inconnue « { $value } » (disponibles : { $list })

## Utilisateurs
cli-password-prompt = Mot de passe :
cli-password-repeat = Répétez le mot de passe :
cli-password-unreadable = impossible de lire le mot de passe
cli-password-differ = les deux mots de passe diffèrent ; rien n’a été modifié
cli-user-exists = un utilisateur nommé « { $name } » existe déjà
cli-user-missing = aucun utilisateur ne s’appelle « { $name } »
cli-user-added = { $role ->
    [admin] administrateur { $name } ajouté
    [editor] éditeur { $name } ajouté
   *[moderator] modérateur { $name } ajouté
}
cli-password-changed = mot de passe de { $name } modifié
cli-app-password-note = mot de passe d’application « { $label } » pour { $name } : utilisez-le avec l’authentification HTTP Basic ({ $name }:mot de passe) ; il ne sera plus affiché
cli-no-random = le système n’a fourni aucun nombre aléatoire
cli-users-none = aucun utilisateur
cli-role-admin = administrateur
cli-role-editor = éditeur
cli-role-moderator = modérateur

## Confidentialité
cli-privacy-not-email = « { $email } » n’est pas une adresse e-mail
cli-privacy-deleted = { $count ->
    [one] { $count } commentaire de { $email } supprimé
    [many] { $count } de commentaires de { $email } supprimés
   *[other] { $count } commentaires de { $email } supprimés
}
cli-privacy-anonymised = { $count ->
    [one] { $count } commentaire de { $email } anonymisé
    [many] { $count } de commentaires de { $email } anonymisés
   *[other] { $count } commentaires de { $email } anonymisés
}

## Import et export
cli-import-dry-run = essai à blanc de { $file } : rien n’a été enregistré. L’import comprendrait :
cli-imported = { $file } importé :
cli-import-failed = { $file } : { $error } ; rien n’a été importé
cli-import-failed-at = { $file }, { $place } : { $error } ; rien n’a été importé
cli-import-failed-plain = l’import a échoué ; rien n’a été importé
cli-import-commit-failed = impossible de valider l’import
cli-place = ligne { $line }, colonne { $column }
cli-place-byte = octet { $offset }
cli-import-no-version = attention : { $file } n’a pas de <wp:wxr_version> ; il a été lu comme un export WordPress car il utilise l’espace de noms d’export de WordPress
cli-import-unmatched = discussions rattachées à aucun article (utilisez --map-prefix FROM=TO) :
cli-import-unmatched-thread = { $count ->
    [one] { $link } ({ $count } commentaire)
    [many] { $link } ({ $count } de commentaires)
   *[other] { $link } ({ $count } commentaires)
}
cli-summary-articles = articles : { $articles } nouveaux, pages : { $pages } nouvelles, déjà importés : { $already }
cli-summary-comments = commentaires : { $total } nouveaux ({ $by_status }), dont { $pingbacks } pingbacks/trackbacks ; déjà importés : { $already }
cli-summary-none = aucun
cli-summary-status = { $status ->
    [approved] { $count } approuvés
    [pending] { $count } en attente
    [spam] { $count } indésirables
   *[trash] { $count } à la corbeille
}
cli-summary-more = auteurs : { $authors }, catégories et étiquettes : { $terms }, fichiers joints : { $attachments } (dont { $photos } utilisés comme photos d’article), anciennes adresses redirigées : { $redirects }
cli-summary-threads = discussions pour des pages extérieures : { $threads } nouvelles
cli-summary-skipped-nothing = ignorés : aucun
cli-summary-skipped = ignorés :
cli-exported = { $count ->
    [one] { $count } article ou page exporté vers { $file }
    [many] { $count } d’articles et de pages exportés vers { $file }
   *[other] { $count } articles et pages exportés vers { $file }
}
cli-site-flag = --site attend l’adresse du site, comme https://blog.example.org, et non « { $value } »
cli-map-prefix-flag = --map-prefix attend FROM=TO, et non « { $value } »
cli-article-not-found = aucun article n’a le slug « { $slug } »
cli-article-closed = les commentaires de « { $slug } » sont fermés
cli-article-opened = les commentaires de « { $slug } » sont ouverts
cli-sanction-ban = bannissement de { $target }
cli-sanction-suspend = suspension de { $target }
cli-sanction-premoderate = chaque nouveau commentaire de { $target } est retenu pour un modérateur
cli-sanction-shadow = les nouveaux commentaires de { $target } vont dans les indésirables, visibles de leur seul auteur
cli-sanction-until = (jusqu’au { $date })
cli-sanction-lifted = levée le { $date }
cli-sanction-cleared = sanction visant { $target } levée
cli-sanction-none = aucune sanction en vigueur visant { $target }
cli-sanctions-none = aucune sanction
cli-column-kind = type
cli-column-target = cible
cli-column-until = jusqu’au
cli-column-set-by = prononcée par
cli-column-reason = motif
cli-commenter-names = noms
cli-commenter-reports = signalements
cli-commenter-first-seen = première apparition
cli-commenter-last-seen = dernière apparition
cli-commenter-trusted = de confiance
cli-commenter-sanction = sanction en vigueur
cli-yes = oui
cli-no = non
cli-user-may-not-moderate = le compte « { $name } » ne peut pas modérer les commentaires
cli-live-on = le suivi en direct de « { $slug } » est activé
cli-live-off = le suivi en direct de « { $slug } » est désactivé
cli-live-entry-added = mise à jour { $id } ajoutée : { $path }

## masthead wire
cli-wire-added = source de dépêches « { $name } » ajoutée : { $url }
cli-wire-name-taken = une source de dépêches s’appelle déjà « { $name } »
cli-wire-none = aucune source de dépêches pour l’instant : ajoutez-en une avec masthead wire add URL --name NAME
cli-wire-never-polled = pas encore interrogée
cli-wire-last-error = échec de la dernière interrogation : { $error }
cli-wire-last-polled = dernière interrogation le { $at }
cli-wire-every = toutes les { $minutes } min
cli-wire-missing = aucune source de dépêches ne s’appelle « { $name } »
cli-wire-removed = source de dépêches « { $name } » supprimée (ses articles restent)
cli-wire-busy = un autre processus interroge les sources de dépêches et n’a pas terminé en 10 minutes
cli-wire-some-failed = certaines sources n’ont pas pu être interrogées
cli-wire-poll-failed = { $name } : non interrogée : { $error }
cli-wire-not-modified = { $name } : rien de nouveau (304 Not Modified)
cli-wire-polled = { $name } : { $published } publiées, { $drafts } nouveaux brouillons, { $updated } mises à jour, { $withdrawn } retirées, { $unchanged } inchangées
cli-wire-refused = non retenue : { $why }
cli-article-corrected = le rectificatif figure sous le titre de « { $slug } »
