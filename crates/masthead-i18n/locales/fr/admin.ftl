# L’administration de la rédaction.

## Cadre
admin-nav-label = Rédaction
admin-nav-dashboard = Tableau de bord
admin-nav-articles = Articles
admin-nav-comments = Commentaires
admin-nav-settings = Réglages
admin-nav-privacy = Confidentialité
admin-nav-federation = Fédération
admin-sign-out = Se déconnecter
admin-error-label = Erreur :
admin-fix-fields = Rien n’a été enregistré. Veuillez corriger les champs signalés ci-dessous.
admin-view = Voir
admin-cancel = Annuler
admin-newer = Plus récents
admin-older = Plus anciens
admin-page-of = Page { $page } sur { $pages }

## Connexion
admin-login-title = Connexion
admin-login-heading = Connexion à { $site }
admin-login-name = Identifiant
admin-login-password = Mot de passe
admin-login-submit = Se connecter
admin-login-too-many = Trop de tentatives de connexion. Veuillez patienter une minute puis réessayer.
admin-login-expired = Ce formulaire de connexion a expiré ou ne provient pas de ce site. Veuillez réessayer.
admin-login-wrong = Identifiant ou mot de passe incorrect.
admin-csrf-expired = Ce formulaire a expiré ou ne provient pas de ce site. Revenez en arrière, rechargez la page et réessayez.
admin-role-refused = Votre rôle ({ $role }) ne permet pas cette action.
admin-role-admin = administrateur
admin-role-editor = éditeur
admin-role-moderator = modérateur

## Tableau de bord
admin-dashboard-title = Tableau de bord
admin-dashboard-articles = { $count ->
    [one] { $n } article publié
    [many] { $n } d’articles publiés
   *[other] { $n } articles publiés
}
admin-dashboard-pending = en attente
admin-dashboard-approved = approuvés
admin-dashboard-spam = indésirables
admin-dashboard-trash = dans la corbeille
admin-chart-heading = Commentaires par jour
admin-chart-title = { $days ->
    [one] Commentaires par jour, sur le dernier jour : { $total } au total
    [many] Commentaires par jour, sur les { $days } derniers jours : { $total } au total
   *[other] Commentaires par jour, sur les { $days } derniers jours : { $total } au total
}
admin-chart-bar = { $count ->
    [one] { $count } commentaire le { $date }
    [many] { $count } de commentaires le { $date }
   *[other] { $count } commentaires le { $date }
}
admin-chart-max = { $max } par jour au plus
admin-dashboard-latest = Derniers commentaires en attente
admin-dashboard-nothing-pending = Aucun commentaire n’attend de modération.
admin-comment-on = { $author } sur { $article } :
admin-moderate = Modérer

## File de modération
admin-comments-title = Commentaires
admin-status-pending = En attente
admin-status-approved = Approuvés
admin-status-spam = Indésirables
admin-status-trash = Corbeille
admin-queue-by-status = Commentaires par état
admin-queue-picks = Choix de la rédaction
admin-queue-all = Tous
admin-queue-search = Rechercher
admin-queue-article-id = Numéro d’article
admin-queue-filter = Filtrer
admin-queue-shortcuts = Clavier : { $a } pour approuver, { $s } indésirable, { $t } corbeille, { $j }/{ $k } suivant/précédent, { $x } cocher, { $help } tous les raccourcis.
admin-queue-with-selected = Pour la sélection :
admin-action-approve = Approuver
admin-action-unapprove = Désapprouver
admin-action-mark-spam = Marquer comme indésirable
admin-action-move-trash = Déplacer dans la corbeille
admin-action-restore = Restaurer
admin-action-pick = Choix de la rédaction
admin-action-unpick = Retirer des choix
admin-action-delete = Supprimer définitivement
admin-action-trust = Approuver et faire confiance à cet auteur
admin-action-spam = Indésirable
admin-action-trash = Corbeille
admin-action-edit = Modifier
admin-queue-apply = Appliquer
admin-queue-empty = Aucun commentaire ici.
admin-queue-select = Sélectionner le commentaire { $id }
admin-row-pending = en attente
admin-row-approved = approuvé
admin-row-spam = indésirable
admin-row-trash = à la corbeille
admin-queue-on = sur { $article }
admin-queue-held-because = Retenu pour la raison suivante : { $reason }
admin-queue-reported = { $count ->
    [one] Signalé par { $count } lecteur
    [many] Signalé par { $count } de lecteurs
   *[other] Signalé par { $count } lecteurs
}
admin-queue-edited = { $count ->
    [one] Modifié par son auteur ({ $count } version antérieure)
    [many] Modifié par son auteur ({ $count } de versions antérieures)
   *[other] Modifié par son auteur ({ $count } versions antérieures)
}
admin-queue-replaced = Remplacé le { $date } :
admin-queue-reply = Répondre au nom de la rédaction
admin-queue-reply-label = Votre réponse (publiée immédiatement)
admin-queue-reply-label-approves = Votre réponse (publiée immédiatement ; approuve ce commentaire)
admin-queue-publish-reply = Publier la réponse
admin-queue-bad-ids = Les numéros de commentaire doivent être des nombres.
admin-queue-one-reply = Répondez à un seul commentaire à la fois.
admin-queue-bad-article = le numéro d’article doit être un nombre

## Modifier un commentaire
admin-edit-title = Modifier le commentaire { $id }
admin-edit-name = Nom
admin-edit-website = Site web
admin-edit-comment = Commentaire
admin-edit-save = Enregistrer le commentaire

## Articles
admin-articles-title = Articles
admin-articles-new = Écrire un article
admin-articles-empty = Aucun article pour l’instant.
admin-articles-headline = Titre
admin-articles-state = État
admin-articles-date = Date
admin-articles-comments = Commentaires
admin-articles-page = (page)
admin-articles-thread-of = (discussion de { $page })
admin-articles-thread-of-closed = (discussion de { $page }, fermée)
admin-articles-pending = { $count ->
    [one] ({ $count } en attente)
    [many] ({ $count } en attente)
   *[other] ({ $count } en attente)
}
admin-state-draft = Brouillon
admin-state-scheduled = Programmé
admin-state-published = Publié

## Éditeur d’article
admin-editor-edit = Modifier l’article
admin-editor-new = Écrire un article
admin-editor-view = Voir l’article
admin-editor-headline = Titre
admin-editor-standfirst = Chapeau
admin-editor-byline = Signature
admin-editor-body = Texte (Markdown)
admin-editor-photo = Photo
admin-editor-remove-photo = Retirer cette photo
admin-editor-photo-replace = Remplacer par (JPEG, PNG ou WebP, 20 Mo au plus)
admin-editor-photo-upload = Téléverser (JPEG, PNG ou WebP, 20 Mo au plus)
admin-editor-photo-alt = Description pour les lecteurs d’écran
admin-editor-photo-caption = Légende
admin-editor-photo-credit = Crédit (agence)
admin-editor-contributors = Contributeurs, un par ligne
admin-editor-source-name = Source de l’article
admin-editor-source-url = URL de la source
admin-editor-slug = Identifiant (l’adresse : /articles/identifiant)
admin-editor-slug-placeholder = tiré du titre
admin-editor-slug-note = L’ancienne adresse continue de fonctionner si vous le changez.
admin-editor-publish-at = Date de publication ({ $timezone } ; vide pour maintenant, future pour programmer)
admin-editor-comments-open = Les lecteurs peuvent commenter
admin-editor-update = Mettre à jour
admin-editor-save-draft = Enregistrer le brouillon
admin-editor-preview = Prévisualiser
admin-editor-publish-changes = Publier les modifications
admin-editor-publish = Publier
admin-editor-unpublish = Dépublier
admin-editor-saved = Enregistré.
admin-editor-published = Publié : l’article est en ligne.
admin-editor-scheduled = Programmé : l’article paraîtra à sa date de publication.
admin-editor-unpublished = Dépublié : l’article est de nouveau un brouillon et n’est plus en ligne.
admin-editor-slug-taken = Un autre article utilise déjà l’identifiant « { $slug } ». Choisissez-en un autre.
admin-editor-unknown-action = Action de l’éditeur inconnue.
admin-editor-bad-photo-token = La référence de la photo conservée n’est pas valide.

## Réglages
admin-settings-title = Réglages
admin-settings-saved = Réglages enregistrés.
admin-settings-allowed-html = HTML autorisé dans les commentaires
admin-settings-allowed-html-change = (modifiable avec { $command })
admin-settings-save = Enregistrer les réglages
admin-settings-unknown-language = Langue inconnue « { $value } ». Choisissez parmi : { $list }.
admin-setting-site-title = Titre du site
admin-setting-site-description = Description du site
admin-setting-site-language = Langue du site
admin-setting-site-url = Adresse publique (https://news.example.com)
admin-setting-articles-per-page = Articles par page
admin-setting-comments-thread-depth = Profondeur des réponses
admin-setting-comments-page-comments = Commentaires de premier niveau par page (0 : tous sur une page)
admin-setting-comments-default-page = Page affichée en premier : newest (la plus récente) ou oldest (la plus ancienne)
admin-setting-comments-trust-after = Commentaires approuvés qu’il faut à un commentateur (même nom et même adresse e-mail) pour ne plus passer par la modération (0 : ne retenir aucun nouveau venu)
admin-setting-comments-hold-all = Retenir tous les commentaires pour modération
admin-setting-comments-max-links = Retenir les commentaires contenant autant de liens (0 : jamais)
admin-setting-comments-moderation-words = Mots à modérer (retenus), un par ligne
admin-setting-comments-disallowed-words = Mots interdits (indésirables), un par ligne
admin-setting-comments-flood-seconds = Secondes entre deux commentaires d’une même adresse
admin-setting-comments-min-fill-seconds = Secondes minimales entre l’affichage et l’envoi du formulaire
admin-setting-comments-close-after-days = Fermer les commentaires des articles publiés depuis plus de jours que ceci (0 : jamais)
admin-setting-comments-rest-anonymous = Autoriser les commentaires anonymes par l’API REST
admin-setting-federation-enabled = Participer au web ouvert : Webmentions venues d’autres sites, et le site en tant que compte ActivityPub que Mastodon et d’autres suivent et auquel ils répondent
admin-setting-federation-username = Nom du compte du site sur le Fédivers (acct:NAME@host)
admin-setting-federation-staff-authors = Chaque auteur de la rédaction est aussi un compte du Fediverse (son nom d’utilisateur sur l’hôte du site) : ses articles viennent de lui, et le compte du site les partage
admin-setting-federation-blocked-domains = Domaines dont les pages et les serveurs sont refusés, sous-domaines compris
admin-setting-comments-edit-minutes = Minutes pendant lesquelles un commentateur peut modifier son commentaire (0 : jamais)
admin-setting-comments-report-threshold = Signalements qui renvoient un commentaire en modération (chaque réseau compte une fois ; celui d’un nouveau lecteur compte pour moitié)
admin-setting-comments-avatars = Afficher des identicônes à côté des commentaires
admin-setting-privacy-ip-retention-days = Jours de conservation des adresses IP des commentateurs (0 : indéfiniment)
admin-setting-site-logo-url = Logo de l’éditeur pour les moteurs de recherche (adresse ou /chemin ; vide : celui de masthead)
admin-setting-site-robots = robots.txt ({ "{base}" } représente l’adresse publique)
admin-setting-mail-from = Expéditeur des notifications (Nom <adresse>)
admin-setting-notify-moderator-emails = Adresses e-mail des modérateurs, séparées par des espaces
admin-setting-notify-moderator-mode = Courriels aux modérateurs : each (un par commentaire retenu) ou digest (résumé horaire)
admin-setting-notify-webhooks = Adresses de webhooks pour les commentaires retenus, séparées par des espaces
admin-setting-notify-max-per-hour = Nombre maximal de messages à une même adresse par heure
admin-setting-site-utc-offset-minutes = Minutes d’avance sur UTC pour les dates et heures affichées (négatif : de retard)
admin-setting-comments-require-previously-approved = Retenir les commentaires d’un nouveau venu jusqu’à ce qu’un des siens soit approuvé (ancien interrupteur du nombre de commentaires approuvés)
admin-setting-comments-form-max-age-hours = Heures pendant lesquelles un formulaire de commentaire reste valable après son affichage
admin-setting-embed-allowed-origins = Sites dont les pages peuvent intégrer les discussions (origines comme https://blog.example.org, séparées par des espaces)
admin-setting-notify-webhook-secret = Clé qui signe les webhooks (vide : une clé dérivée du secret du site)

## Confidentialité
admin-privacy-title = Confidentialité
admin-privacy-heading = Données personnelles
admin-privacy-intro = Tout ce que masthead conserve sur un commentateur se retrouve par son adresse e-mail : exportez-le pour lui ou effacez-le.
admin-privacy-email = Adresse e-mail
admin-privacy-export = Exporter les données personnelles (JSON)
admin-privacy-erase = Effacer les données personnelles
admin-privacy-anonymize = Conserver les commentaires sous le nom « Anonyme », sans e-mail, site web, adresse IP ni navigateur
admin-privacy-delete = Supprimer les commentaires (les réponses restent)
admin-privacy-confirm = Je comprends que cette opération est irréversible
admin-privacy-retention = { $count ->
    [0] Les adresses IP sont conservées indéfiniment (réglage { $key }).
    [one] Les adresses IP sont conservées { $count } jour, puis effacées automatiquement (réglage { $key }).
    [many] Les adresses IP sont conservées { $count } de jours, puis effacées automatiquement (réglage { $key }).
   *[other] Les adresses IP sont conservées { $count } jours, puis effacées automatiquement (réglage { $key }).
}
admin-privacy-need-email = Veuillez saisir l’adresse e-mail du commentateur.
admin-privacy-need-confirm = Cochez « Je comprends que cette opération est irréversible » pour effacer.
admin-privacy-unknown-erasure = Mode d’effacement inconnu.
admin-privacy-unknown-action = Action inconnue.
admin-privacy-deleted = { $count ->
    [one] { $count } commentaire de { $email } supprimé.
    [many] { $count } de commentaires de { $email } supprimés.
   *[other] { $count } commentaires de { $email } supprimés.
}
admin-privacy-anonymised = { $count ->
    [one] { $count } commentaire de { $email } anonymisé.
    [many] { $count } de commentaires de { $email } anonymisés.
   *[other] { $count } commentaires de { $email } anonymisés.
}

## Motifs de retenue
admin-reason-hold-all = tous les commentaires sont retenus pour modération
admin-reason-first-comments = premiers commentaires sous ce nom et cette adresse e-mail (approuvés jusqu’ici : { $approved } sur { $needed })
admin-reason-honeypot = le champ piège caché a été rempli
admin-reason-no-token = envoyé sans le jeton du formulaire
admin-reason-edited-after-approval = modifié après l’approbation d’un modérateur
admin-reason-deleted-by-author = Supprimé par son auteur
admin-reason-moderation-word = contient le mot à modérer « { $word } »
admin-reason-disallowed-word = contient le mot interdit « { $word } »
admin-reason-links = contient { $count } liens (limite : { $limit })
admin-reason-reported = { $count ->
    [one] Signalé par { $count } lecteur ({ $kinds })
    [many] Signalé par { $count } de lecteurs ({ $kinds })
   *[other] Signalé par { $count } lecteurs ({ $kinds })
}

## Article editor: refused fields and photos
admin-editor-headline-missing = Veuillez donner un titre à l’article.
admin-editor-headline-too-long = Le titre dépasse { $limit } caractères.
admin-editor-slug-invalid = Utilisez de 1 à 200 lettres minuscules, chiffres et traits d’union simples, sans trait d’union au début ni à la fin.
admin-editor-field-too-long = Le champ « { $field } » dépasse { $limit } caractères.
admin-editor-body-too-large = Le texte dépasse { $limit } ko.
admin-editor-contributors-invalid = Indiquez au plus { $count } contributeurs, de { $limit } caractères au plus chacun.
admin-editor-source-url-invalid = L’adresse de la source doit commencer par http:// ou https://.
admin-editor-source-name-missing = Indiquez le nom de la source vers laquelle pointe le lien.
admin-editor-publish-at-invalid = Indiquez la date et l’heure sous la forme AAAA-MM-JJ HH:MM, ou laissez le champ vide pour maintenant.
admin-photo-too-large = La photo dépasse { $limit } Mo.
admin-photo-not-an-image = Le fichier n’est pas une image JPEG, PNG ou WebP.
admin-photo-too-many-pixels = La photo compte trop de pixels : { $side } au plus par côté et { $megapixels } mégapixels au total.
admin-photo-unreadable = Impossible de lire la photo : { $reason }

## Settings: refused values
admin-settings-bad-value = { $key } doit être { $expected }, et non « { $value } ».
admin-settings-unknown-key = Réglage inconnu « { $key } » (réglages existants : { $known }).
admin-expected-number = un nombre de { $min } à { $max }
admin-expected-bool = « true » ou « false »
admin-expected-username = de 1 à 30 caractères parmi a-z, 0-9 et _
admin-expected-domains = des noms de domaine séparés par des espaces, tels que spam.example
admin-expected-minutes-between = un nombre de minutes entre { $min } et { $max }
admin-expected-seconds = un nombre de secondes de { $min } à { $max }
admin-expected-hours = un nombre d’heures de { $min } à { $max }
admin-expected-days-never = un nombre de jours de { $min } (jamais) à { $max }
admin-expected-days-forever = un nombre de jours de { $min } (pour toujours) à { $max }
admin-expected-trust-after = un nombre de { $min } (ne retenir aucun nouveau venu) à { $max }
admin-expected-comments-per-page = un nombre de { $min } (tous sur une page) à { $max }
admin-expected-edit-minutes = un nombre de minutes de { $min } (aucune modification) à { $max }
admin-expected-http-address = une adresse en http:// ou https://
admin-expected-address-or-path = une adresse en http:// ou https:// ou un chemin tel que /media/logo.png
admin-expected-newest-oldest = « newest » (les plus récents) ou « oldest » (les plus anciens)
admin-expected-each-digest = « each » (un par un) ou « digest » (résumé)
admin-expected-origins = des origines séparées par des espaces, telles que https://blog.example.org
admin-expected-sender = une adresse e-mail telle que news@example.org ou Rédaction <news@example.org>
admin-expected-emails = des adresses e-mail séparées par des espaces
admin-expected-urls = des adresses en http:// ou https:// séparées par des espaces
admin-expected-language = l’un des codes { $list }
admin-allowlist-unsafe-tag = « { $tag } » n’est pas une balise que les commentaires peuvent utiliser (balises possibles : { $list }).
admin-allowlist-unsafe-attribute = L’attribut « { $attribute } » de <{ $tag }> n’est pas permis dans les commentaires (attributs possibles : { $list }).
admin-allowlist-syntax = Impossible de lire les balises permises près de « { $near } » : écrivez-les ainsi : a[href,title] b i.

## Comment queue: refused requests
admin-queue-unknown-status = Statut de commentaire inconnu « { $status } ».
admin-queue-unknown-action = Action de modération inconnue « { $action } ».

## The spam filter: its score and what weighed most, in the queue
admin-reason-filter = filtre anti-spam : spam probable à { $score }
filter-towards-spam = { $clue } → spam
filter-towards-ham = { $clue } → pas du spam
filter-clue-word = le mot « { $value } »
filter-clue-phrase = les mots « { $value } »
filter-clue-domain = un lien vers { $value }
# $count: 3 stands for 3 or more.
filter-clue-links = liens : { $count }
filter-clue-shouting = des majuscules
filter-clue-punctuation = « !! » ou « ?? »
filter-clue-website = un site web indiqué
filter-clue-name-digits = des chiffres dans le nom
filter-clue-approved = commentaires approuvés auparavant : { $count }
filter-clue-spammed = commentaires marqués comme spam auparavant : { $count }
filter-clue-trashed = commentaires mis à la corbeille auparavant : { $count }
admin-queue-sort-filter = score du filtre
admin-setting-moderation-filter = Filtre anti-spam (off, advise ou auto)
admin-setting-moderation-filter-ham-to-spam = Part maximale de commentaires légitimes envoyés en spam
admin-setting-moderation-filter-spam-shown = Part maximale de spam publié par le filtre
admin-expected-filter = off, advise ou auto
admin-expected-rate = un pourcentage de 0,0001 % à 50 %, par exemple 0.1%
admin-queue-sort = Trier par
admin-queue-sort-newest = plus récents
admin-setting-moderation-proof-of-work = Demander une preuve de travail quand le filtre hésite (off ou when_unsure)
admin-expected-proof-of-work = off ou when_unsure
admin-reason-no-proof = le filtre penchait pour la publication mais aucune preuve de travail n’est arrivée (JavaScript désactivé ?)
admin-setting-moderation-flood-per-minute = Commentaires par minute qui font une déferlante : chaque commentaire d’un nouveau venu demande alors une preuve de travail (0 : jamais)
admin-reason-sanction-ban = son auteur est banni
admin-reason-sanction-suspend = son auteur est suspendu
admin-reason-sanction-shadow = son auteur est banni en mode furtif : lui seul le voit
admin-reason-sanction-premoderate = son auteur est toujours soumis à la modération a priori
admin-reason-recent-rejections = { $count ->
    [one] { $rejected } refus sur le dernier commentaire modéré de son auteur
    [many] { $rejected } refus sur les { $count } derniers commentaires modérés de son auteur
   *[other] { $rejected } refus sur les { $count } derniers commentaires modérés de son auteur
}
admin-setting-comments-recent-history = Derniers commentaires d’un auteur sur lesquels le taux de refus est calculé (0 : désactivé)
admin-setting-comments-recent-rejection-rate = Taux de refus (%) sur ces commentaires qui renvoie un auteur en modération a priori
admin-nav-commenters = Commentateurs
admin-action-ban = Bannir l’auteur
admin-commenters-title = Commentateurs
admin-commenters-heading = Commentateurs
admin-commenters-show = Afficher
admin-commenters-names = Noms utilisés
admin-commenters-reports = Signalements des lecteurs
admin-commenters-first-seen = Première apparition
admin-commenters-last-seen = Dernière apparition
admin-commenters-trusted = Jugé de confiance par la rédaction
admin-commenters-in-force = Sanction en vigueur
admin-commenters-comments = Ses commentaires dans la file
admin-commenters-sanction = Sanctionner
admin-commenters-target = E-mail, adresse IP, plage CIDR ou @domaine
admin-commenters-reason = Motif
admin-commenters-days = Jours (obligatoire pour une suspension ; sinon jusqu’à la levée)
admin-commenters-history = Sanctions visant ce commentateur
admin-commenters-active = Sanctions en vigueur
admin-commenters-none = Aucune sanction.
admin-commenters-kind = Type de sanction
admin-commenters-set = Prononcée
admin-commenters-until = Jusqu’au
admin-commenters-state = État
admin-commenters-lifted-by = levée par { $name }
admin-commenters-ended = terminée
admin-sanction-ban = Bannir
admin-sanction-suspend = Suspendre
admin-sanction-premoderate = Toujours modérer a priori
admin-sanction-shadow = Bannir en mode furtif
admin-sanction-clear = Lever la sanction
admin-yes = oui
admin-no = non
admin-editor-sections = Rubriques (identifiants de catégorie, séparés par des virgules)
admin-editor-sections-invalid = Nommez les rubriques avec des lettres, des chiffres, des tirets et des tirets bas, séparées par des virgules.
admin-keys-heading = Raccourcis clavier
admin-keys-next = commentaire suivant
admin-keys-previous = commentaire précédent
admin-keys-approve = approuver
admin-keys-spam = marquer comme indésirable
admin-keys-trash = déplacer dans la corbeille
admin-keys-unapprove = désapprouver (remettre dans la file)
admin-keys-pick = choix de la rédaction (approuve le commentaire)
admin-keys-reply = répondre
admin-keys-ban = bannir l’auteur (appuyer deux fois)
admin-keys-select = cocher pour une action groupée
admin-keys-help = afficher ou masquer cette liste
admin-keys-failed = Action non effectuée : rechargez la page et réessayez.
admin-keys-ban-again = Appuyez de nouveau sur B pour bannir l’auteur de ce commentaire.
admin-keys-done-approve = Commentaire { $ids } approuvé.
admin-keys-done-unapprove = Le commentaire { $ids } est de retour dans la file.
admin-keys-done-spam = Commentaire { $ids } marqué comme indésirable.
admin-keys-done-trash = Commentaire { $ids } déplacé dans la corbeille.
admin-keys-done-pick = Commentaire { $ids } ajouté aux choix de la rédaction.
admin-keys-done-ban = L’auteur du commentaire { $ids } a été banni ; le commentaire est marqué comme indésirable.
admin-reason-hook = le classifieur de la rédaction a répondu { $verdict } : { $reason }
admin-reason-hook-unanswered = le classifieur de la rédaction n’a pas répondu à temps
admin-setting-moderation-hook-url = Classifieur propre à la rédaction, consulté sur chaque commentaire avant son enregistrement (une adresse ; vide : aucun)
admin-setting-moderation-hook-timeout-ms = Millisecondes laissées au classifieur avant que le commentaire soit retenu
admin-expected-hook-url = une adresse en http:// ou https://, ou rien
admin-queue-sort-oldest = plus anciens
admin-queue-sort-reported = plus signalés
admin-queue-sort-article = article commenté
admin-queue-reason = Retenu pour
admin-queue-reason-any = tout motif
admin-queue-reason-first-comments = premiers commentaires
admin-queue-reason-links = liens
admin-queue-reason-moderation-word = un mot à modérer
admin-queue-reason-no-form-token = sans jeton du formulaire
admin-queue-reason-hold-all = tous les commentaires retenus
admin-queue-reason-reported = signalements des lecteurs
admin-queue-reason-filter = filtre anti-spam
admin-queue-reason-no-proof = sans preuve de travail
admin-queue-reason-recent-rejections = refus récents
admin-queue-reason-sanctioned = auteur sanctionné
admin-queue-reason-hook = le classifieur de la rédaction
admin-queue-section = Rubrique
admin-setting-notify-chat-webhooks = Webhooks de messagerie (Slack, Mattermost, Matrix) prévenus de chaque commentaire retenu, avec des liens pour approuver ou marquer comme indésirable (adresses séparées par des espaces)
admin-queue-reason-hook-unanswered = le classifieur n’a pas répondu
admin-nav-notices = Notifications
admin-notices-title = Notifications et réclamations
admin-notices-intro = Notifications de contenus illicites envoyées par les lecteurs (règlement européen sur les services numériques) et réclamations contre les retraits. Un retrait envoie à l’auteur du commentaire un exposé des motifs ; une réclamation est examinée par une autre personne que celle qui a décidé.
admin-notices-open = Notifications en attente
admin-notices-none = Aucune notification en attente.
admin-notices-number = Notification { $id }
admin-notices-by = par { $name }
admin-notices-anonymous = un lecteur anonyme
admin-notices-comment = commentaire { $id }
admin-notices-remove = Retirer comme illicite
admin-notices-keep = Conserver
admin-notices-appeals = Réclamations
admin-notices-no-appeals = Aucune réclamation en attente.
admin-notices-statement = Exposé des motifs { $id }
admin-notices-decided-by = décision prise par { $name }
admin-notices-uphold = Maintenir la décision
admin-notices-reverse = L’annuler et republier le commentaire

# The editor's live desk (issue 29).
admin-live-title = Suivi en direct
admin-live-never = Cet article n’a pas encore été suivi en direct.
admin-live-since = En direct depuis le { $time } : les pages ouvertes reçoivent chaque mise à jour aussitôt.
admin-live-ended = Suivi en direct terminé le { $time }.
admin-live-start = Lancer le suivi en direct
admin-live-end = Terminer le suivi en direct
admin-live-entry = Nouvelle mise à jour (HTML ou Markdown)
admin-live-post = Publier la mise à jour
admin-live-recent = Dernières mises à jour
admin-live-switched-on = Le suivi en direct est activé : l’article affiche « En direct » et ses mises à jour.
admin-live-switched-off = Le suivi en direct est terminé.
admin-live-posted = Mise à jour publiée : les pages ouvertes l’affichent déjà.
admin-live-bad-switch = Le suivi en direct ne peut être qu’activé ou désactivé.

## The wire desk's sources (checked alike from the CLI and the admin)
wire-source-bad-name = Une source doit avoir un nom de 1 à { $max } caractères, sur une seule ligne.
wire-source-bad-url = « { $url } » n’est pas une adresse http ou https.
wire-source-bad-credit = Le crédit ne peut pas dépasser { $max } caractères, sur une seule ligne.
wire-source-bad-every = L’intervalle va de 1 à { $max } minutes.
## The wire desk page
admin-nav-wire = Desk des dépêches
admin-wire-title = Desk des dépêches
admin-wire-stories = Dépêches
admin-wire-intro = Les dépêches des agences, la dernière modification en premier. Une dépêche envoyée par plusieurs sources n’apparaît qu’une fois, sous la première arrivée.
admin-wire-filter-source = Source de dépêches
admin-wire-filter-any-source = Toutes les sources
admin-wire-filter-state = État
admin-wire-filter-any-state = Tous les états
admin-wire-filter = Filtrer
admin-wire-empty = Aucune dépêche sur le desk.
admin-wire-state-new = nouvelle
admin-wire-state-published = publiée
admin-wire-state-dismissed = écartée
admin-wire-state-withdrawn = retirée
admin-wire-from = de { $source }
admin-wire-also-from = aussi de { $source }
admin-wire-received = reçue le { $time }
admin-wire-updated = mise à jour le { $time }
admin-wire-version = version n° { $version }
admin-wire-publish = Publier
admin-wire-edit = Modifier
admin-wire-preview = Prévisualiser
admin-wire-dismiss = Écarter
admin-wire-sources = Sources de dépêches
admin-wire-no-sources = Aucune source de dépêches pour l’instant : ajoutez-en une ci-dessous.
admin-wire-source-name = Nom
admin-wire-source-url = Adresse
admin-wire-source-publish = Nouvelles dépêches
admin-wire-source-every = Interrogée toutes les
admin-wire-source-polled = Dernière interrogation
admin-wire-source-error = Dernière erreur
admin-wire-source-actions = Opérations
admin-wire-publish-draft = attendent sur le desk
admin-wire-publish-now = sont publiées aussitôt
admin-wire-every = { $minutes ->
    [one] { $minutes } minute
    [many] { $minutes } de minutes
   *[other] { $minutes } minutes
}
admin-wire-never-polled = pas encore
admin-wire-poll-now = Interroger maintenant
admin-wire-remove = Supprimer
admin-wire-add = Ajouter une source de dépêches
admin-wire-add-name = Nom
admin-wire-add-url = Adresse du flux
admin-wire-add-credit = Crédit (vide : le nom de la source)
admin-wire-add-every = Interroger toutes les (minutes)
admin-wire-add-publish = Nouvelles dépêches
admin-wire-add-submit = Ajouter la source
admin-wire-done-published = La dépêche est publiée.
admin-wire-done-scheduled = La dépêche sera publiée à la levée de son embargo.
admin-wire-done-dismissed = La dépêche est écartée : ses versions ultérieures ne paraîtront pas.
admin-wire-done-polled = La source sera interrogée dans les 15 secondes.
admin-wire-done-added = Source ajoutée : elle sera interrogée dans les 15 secondes.
admin-wire-done-removed = Source supprimée. Ses articles restent.
admin-wire-name-taken = Une source s’appelle déjà « { $name } ».
admin-wire-bad-publish = Les nouvelles dépêches attendent sur le desk ou sont publiées aussitôt.
admin-wire-not-new = Seule une nouvelle dépêche peut être publiée depuis le desk.
admin-wire-cannot-publish = Impossible de publier cette dépêche : son article a disparu ou a été retiré.
admin-wire-cannot-dismiss = Seule une dépêche nouvelle ou retirée peut être écartée.
admin-editor-versions = Versions antérieures
admin-editor-version-wire-update = remplacée par la mise à jour de l’agence
admin-editor-version-edited = remplacée par une modification de la rédaction

## The federation page (/admin/federation)
admin-federation-title = Fédération
admin-federation-account = Le compte du site sur le Fédivers : { $account }
admin-federation-off = La fédération est désactivée (federation.enabled) : aucune Webmention n’est acceptée et personne ne peut suivre le site.
admin-federation-followers = { $count ->
    [one] { $count } abonné
    [many] { $count } d’abonnés
   *[other] { $count } abonnés
}
admin-federation-none = Rien pour l’instant.
admin-federation-handle = Compte
admin-federation-since = Abonné depuis
admin-federation-deliveries = Derniers envois
admin-federation-activity = Activité
admin-federation-inbox = Boîte de réception
admin-federation-state = État
admin-federation-answer = Réponse
admin-federation-tries = Tentatives
admin-federation-when = Quand
admin-federation-problems = Mentions et publications non retenues
admin-federation-source = Source
admin-federation-target = Cible
admin-federation-via = Via
