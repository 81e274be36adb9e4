# Refus et pages d’erreur : le formulaire de commentaire, les `message` de
# l’API REST, l’intégration (ses mots et les messages de son API).

## Les champs du formulaire de commentaire (les mots de WordPress)

error-required-fields = Veuillez remplir les champs obligatoires.
error-invalid-email = Veuillez saisir une adresse e-mail valide.
error-comment-required = Veuillez saisir votre commentaire.
error-name-too-long = Votre nom est trop long.
error-email-too-long = Votre adresse e-mail est trop longue.
error-url-too-long = L’adresse de votre site web est trop longue.
error-comment-too-long = Votre commentaire est trop long.
error-bad-url = Veuillez saisir une adresse de site web qui commence par http:// ou https://.

## Refus d’un commentaire

error-article-not-found = Désolé, cet article est introuvable.
error-comments-closed = Désolé, les commentaires sont fermés pour cet élément.
error-parent-not-approved = Désolé, les réponses aux commentaires non approuvés ne sont pas autorisées.
error-comment-not-found = Il n’existe aucun commentaire portant le numéro { $id }.
error-check-form = Veuillez vérifier le formulaire.
error-duplicate = Commentaire en double détecté ; il semblerait que vous l’ayez déjà dit !
error-invalid-token = Le formulaire n’a pas pu être vérifié. Veuillez recharger la page et publier à nouveau votre commentaire.
error-expired-token = Ce formulaire a expiré. Veuillez relire votre commentaire et le publier à nouveau.
error-too-fast = C’était plus rapide que le temps d’écrire un commentaire. Veuillez patienter un instant avant de le publier à nouveau.
error-flood = Vous publiez des commentaires trop rapidement. Ralentissez.
error-label = Erreur :
error-fix-fields = Votre commentaire n’a pas été publié. Veuillez corriger les champs signalés ci-dessous.
error-not-posted = Votre commentaire n’a pas été publié.

## Modifier, recommander ou signaler un commentaire

error-no-such-comment = Ce commentaire n’existe pas.
error-not-yours = Vous ne pouvez modifier que vos propres commentaires.
error-edit-window-closed = { $count ->
    [one] Un commentaire peut être modifié pendant { $count } minute après sa publication ; celui-ci ne peut plus l’être.
    [many] Un commentaire peut être modifié pendant { $count } de minutes après sa publication ; celui-ci ne peut plus l’être.
   *[other] Un commentaire peut être modifié pendant { $count } minutes après sa publication ; celui-ci ne peut plus l’être.
}
error-too-many-edits = { $count ->
    [one] Un commentaire peut être modifié { $count } fois ; celui-ci ne peut plus l’être.
    [many] Un commentaire peut être modifié { $count } fois ; celui-ci ne peut plus l’être.
   *[other] Un commentaire peut être modifié { $count } fois ; celui-ci ne peut plus l’être.
}
error-check-comment = Veuillez vérifier le commentaire.
error-not-approved = Seuls les commentaires approuvés peuvent être recommandés ou signalés.
error-unknown-reason = Veuillez choisir dans la liste la raison de votre signalement.
error-report-too-long = { $count ->
    [one] L’explication ne peut pas dépasser { $count } caractère.
    [many] L’explication ne peut pas dépasser { $count } de caractères.
   *[other] L’explication ne peut pas dépasser { $count } caractères.
}

## Modération

error-select-comments = Sélectionnez au moins un commentaire.
error-moderation-not-found = Il n’existe aucun commentaire portant le numéro { $ids } ; rien n’a été modifié.

## Pages hors de masthead (l’intégration)

error-origin-not-allowed = Les pages de { $origin } ne peuvent pas intégrer les commentaires de ce site.
error-foreign-form = Ce formulaire a été envoyé depuis un autre site web ; rien n’a donc été fait. Pour commenter, recommander ou signaler, utilisez le formulaire sur la page de ce site.
error-page-url-invalid = L’adresse de la page n’est pas une URL http(s) valide.
error-page-url-too-long = { $count ->
    [one] L’adresse de la page dépasse { $count } caractère.
    [many] L’adresse de la page dépasse { $count } de caractères.
   *[other] L’adresse de la page dépasse { $count } caractères.
}
error-page-url-credentials = L’adresse de la page ne peut pas contenir de nom d’utilisateur ni de mot de passe.
error-thread-url-missing = Indiquez la page à commenter : /thread?url=ADRESSE

## Le stockage, vu par les personnes

error-conflict = Ce nom est déjà pris.
error-unstorable = Le texte ne peut pas contenir de caractère NUL.
error-server = Le serveur n’a pas pu traiter cette demande. Veuillez réessayer dans un instant.

## Pages d’erreur

error-title-page-not-found = Page introuvable
error-no-page = Il n’y a aucune page à cette adresse.
error-no-page-hint = Il n’y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien est peut-être mal saisi.
error-front-page = Aller à la page d’accueil
error-front-page-latest = { $link } pour lire les derniers articles.
error-title-not-found = Introuvable
error-title-refused = Cette demande n’a pas pu être traitée
error-title-server = Une erreur est survenue
error-title-too-many = Trop de demandes
error-too-many-wait = { $count ->
    [one] Veuillez patienter { $count } seconde et réessayer.
    [many] Veuillez patienter { $count } de secondes et réessayer.
   *[other] Veuillez patienter { $count } secondes et réessayer.
}
error-bad-request = La demande n’a pas pu être comprise.
error-too-large = La demande dépasse la taille acceptée à cette adresse.
error-form-too-large = Le formulaire dépasse la taille acceptée par cette page ({ $count } Mo au total).
error-form-type = Les formulaires doivent être envoyés au format application/x-www-form-urlencoded.
error-form-field-repeated = Le champ « { $name } » a été envoyé plusieurs fois.
error-form-not-number = Le champ « { $name } » doit être un nombre entier positif.
error-form-field-not-utf8 = Le champ « { $name } » n’est pas en UTF-8 valide.
error-form-not-utf8 = Le formulaire contient du texte qui n’est pas en UTF-8 valide.
error-form-nul = Le formulaire contient un caractère NUL.
error-form-part-unnamed = Une partie du formulaire n’a pas de nom.
error-form-unreadable = Le formulaire n’a pas pu être lu.
error-bad-order = Les commentaires ne peuvent pas être affichés dans cet ordre.
error-bad-comment-page = La page de commentaires doit être un numéro de page.

## L’API de l’intégration

error-param-url-required = L’adresse de la page est obligatoire.
error-param-page = La page doit être un nombre à partir de 1.
error-param-per-page = Le nombre de commentaires par page doit être compris entre 1 et 100.
error-param-comment-id = Ce n’est pas un numéro de commentaire.
error-param-counts-none = Indiquez au moins une adresse de page.
error-param-counts-many = { $count ->
    [one] Indiquez au plus { $count } adresse de page.
    [many] Indiquez au plus { $count } d’adresses de pages.
   *[other] Indiquez au plus { $count } adresses de pages.
}
error-no-thread = Cette page n’a pas encore de discussion.
error-no-discussion-page = La discussion n’a pas de telle page.
error-embed-server = Une erreur est survenue de notre côté. Veuillez réessayer.
error-not-json = Envoyez le corps de la demande au format application/json.
error-bad-json = Le corps de la demande ne correspond pas à ce que cette adresse attend.
error-invalid-reader = Ce jeton de lecteur n’a pas été délivré par ce site.
error-rate-limited = Trop de demandes depuis votre adresse. Veuillez patienter un instant.

## Les mots de l’intégration

error-embed-load-failed = Les commentaires n’ont pas pu être chargés.
error-embed-send-failed = Le commentaire n’a pas pu être envoyé. Veuillez réessayer.
error-embed-recommended = Recommandé
error-embed-retry = Cela n’a pas fonctionné. Veuillez réessayer.
error-embed-failed = Cela n’a pas fonctionné.
error-embed-report-question = Pourquoi les modérateurs devraient-ils l’examiner ?
error-embed-reason-spam = Spam ou publicité
error-embed-reason-abusive = Injurieux, haineux ou harcelant
error-embed-reason-off-topic = Hors sujet
error-embed-reason-misinformation = Faux ou trompeur
error-embed-reason-other = Autre chose
error-embed-send-report = Envoyer le signalement
error-embed-report-thanks = Merci : les modérateurs vont l’examiner.
error-embed-report-failed = Le signalement n’a pas été envoyé.
error-embed-edit-label = Modifier votre commentaire
error-embed-save = Enregistrer les modifications
error-embed-delete = Supprimer
error-embed-delete-confirm = Supprimer votre commentaire ?
error-embed-more = Afficher plus de commentaires

## Les messages de l’API REST (les mots de WordPress)

error-rest-internal = Le serveur n’a pas pu traiter cette demande.
error-rest-invalid-comment-id = ID de commentaire non valide.
error-rest-invalid-post-id = ID d’article non valide.
error-rest-no-post = Désolé, vous n’avez pas l’autorisation de créer ce commentaire sans article.
error-rest-no-route = Aucune route correspondant à l’URL et à la méthode de la requête n’a été trouvée.
error-rest-invalid-param = Paramètre(s) non valide(s) : { $params }
error-rest-forbidden-param = Paramètre de requête non autorisé : { $params }
error-rest-content-invalid = Contenu de commentaire non valide.
error-rest-author-required = La création d’un commentaire nécessite un nom et une adresse e-mail d’auteur valides.
error-rest-invalid-email = Adresse e-mail non valide.
error-rest-too-long = Un champ du commentaire dépasse la longueur maximale autorisée.
error-rest-no-search-term = Vous devez définir un terme de recherche pour trier par pertinence.
error-rest-page-too-large = Le numéro de page demandé est supérieur au nombre de pages disponibles.
error-rest-bad-password = Le mot de passe fourni n’est pas un mot de passe d’application valide.
error-rest-invalid-json = Corps JSON transmis non valide.
error-rest-already-trashed = Le commentaire a déjà été mis à la corbeille.
error-rest-forbidden-context = Désolé, vous n’avez pas l’autorisation de modifier les publications de ce type.
error-rest-cannot-read = Désolé, vous n’avez pas l’autorisation de lire ce commentaire.
error-rest-cannot-create = Désolé, vous n’avez pas l’autorisation de créer des publications avec cet utilisateur.
error-rest-cannot-edit = Désolé, vous n’avez pas l’autorisation de modifier cette publication.
error-rest-cannot-edit-comment = Désolé, vous n’avez pas l’autorisation de modifier ce commentaire.
error-rest-cannot-delete-comment = Désolé, vous n’avez pas l’autorisation de supprimer ce commentaire.
error-rest-content-type = Envoyez le commentaire au format application/json ou application/x-www-form-urlencoded.
error-rest-login-required = Désolé, vous devez être connecté pour commenter.
error-rest-comment-exists = Impossible de créer un commentaire existant.
error-rest-forbidden = Désolé, vous n’avez pas l’autorisation de faire cela.
error-rest-comment-type = Impossible de créer un commentaire de ce type.
error-rest-create-failed = La création du commentaire a échoué.
error-banned = Vous ne pouvez plus commenter sur ce site.
error-suspended = Vous ne pouvez pas commenter sur ce site avant le { $date }.
error-sanction-target = « { $target } » n’est ni une adresse e-mail, ni une adresse IP, ni une plage CIDR, ni un @domaine.
error-sanction-kind = Sanction inconnue « { $kind } » (attendu : ban, suspend, shadow ou premoderate).
error-sanction-reason = { $max ->
    [one] Le motif ne peut pas dépasser { $max } caractère.
    [many] Le motif ne peut pas dépasser { $max } de caractères.
   *[other] Le motif ne peut pas dépasser { $max } caractères.
}
error-sanction-days = { $max ->
    [one] Une suspension dure de 1 à { $max } jour.
    [many] Une suspension dure de 1 à { $max } de jours.
   *[other] Une suspension dure de 1 à { $max } jours.
}
error-outside-desk = Le commentaire { $ids } est hors de vos rubriques ; rien n’a été modifié.
error-hook-refused = Ce commentaire n’a pas été accepté : { $reason }
error-live-since = La position du flux en direct doit être un numéro de modification.
error-live-full = Ce serveur accueille déjà autant de lecteurs en direct qu’il le peut ; la page réessaiera dans un instant.
live-error-not-found = Cet article n’existe pas.
live-error-empty = Une mise à jour doit contenir du texte.
live-error-too-long = Une mise à jour ne peut pas dépasser 64 Kio.

## Le rectificatif d’un rédacteur
correction-error-note = Un rectificatif doit comporter une note de 1 à { $max } caractères.

## Webmention (les erreurs JSON du point de terminaison)

error-webmention-disabled = Ce site n’accepte pas les Webmentions.
error-webmention-missing = Les paramètres source et target sont tous deux obligatoires.
error-webmention-not-http = { $name } doit être une adresse http:// ou https://.
error-webmention-too-long = { $name } dépasse 2048 caractères.
error-webmention-same = La source et la cible sont la même page.
error-webmention-not-ours = La cible n’est pas un article de ce site.
error-webmention-blocked = Ce site n’accepte pas les Webmentions venant du domaine de la source.
error-webmention-federated = La source est une publication venue du Fédivers ; son auteur la modifie là-bas.

## ActivityPub (la boîte de réception, WebFinger, NodeInfo) ; d’autres serveurs lisent ces messages
error-activitypub-disabled = ActivityPub n’est pas activé sur ce site.
error-activitypub-unknown = Ce compte ou cet article n’existe pas ici.
error-activitypub-blocked = Ce site n’accepte pas les activités venant de cette instance.
error-activitypub-signature = La signature HTTP de la demande n’a pas été acceptée : { $why }
error-activitypub-key = La clé ayant signé la demande n’a pas pu être récupérée : { $why }
error-activitypub-actor = L’acteur de l’activité ne l’a pas signée, ou ne possède pas ce qu’elle modifie.
error-activitypub-malformed = Ce n’est pas une activité ActivityPub que masthead peut lire : { $why }
error-activitypub-refused = La réponse n’a pas été acceptée : { $why }
error-activitypub-type = Les activités doivent être envoyées en application/activity+json.
error-webfinger-resource = Indiquez le compte à rechercher : ?resource=acct:NAME@HOST.
