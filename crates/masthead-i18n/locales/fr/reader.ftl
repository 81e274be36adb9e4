## La page d’accueil

home-page-title = Page { $page }
latest-articles = Derniers articles
no-articles = Aucun article n’a encore été publié.
more-articles = Plus d’articles
older-articles = ← Articles plus anciens
newer-articles = Articles plus récents →

## L’article

byline = Par { $byline }
contributors-line = Avec la contribution de { $names }.
list-pair = { $first } et { $last }
list-more = { $first }, { $rest }
article-source = Source de l’article : { $source }
article-comments-feed = { $site } » Flux des commentaires de « { $title } »
preview-banner = Aperçu : voici comment l’article s’affichera. Il n’est ni enregistré ni publié ; fermez cet onglet pour revenir à l’éditeur.
thread-source = La discussion sur { $link }, publié ailleurs.

## La discussion

comments-title = { $count ->
    [one] Un commentaire sur « { $title } »
    [many] { $count } de commentaires sur « { $title } »
   *[other] { $count } commentaires sur « { $title } »
}
comments-navigation = Navigation des commentaires
older-comments = Commentaires plus anciens
newer-comments = Commentaires plus récents
comment-orders = Ordre des commentaires
comment-order-oldest = Les plus anciens
comment-order-newest = Les plus récents
comment-order-best = Les plus recommandés
comment-order-picks = Sélection de la rédaction
comment-order-all = Tous les commentaires, page par page
editors-picks = Sélection de la rédaction
editors-pick = Choix de la rédaction
staff-badge = Rédaction
comment-edited = (modifié)
# Une réponse publiée sur un autre site (une Webmention) : { $site } est le nom d’hôte de ce site.
comment-replied-on = réponse publiée sur { $site }
# Les « j’aime », partages et mentions venus d’autres sites, sous l’article.
reactions-title = Ailleurs sur le web
reaction-like = { $name } a aimé cet article
reaction-repost = { $name } a partagé cet article
reaction-mention = { $name } a mentionné cet article
comment-awaiting-moderation = Votre commentaire est en attente de modération.
reply = Répondre
reply-to-label = Répondre à { $name }
recommend = Recommander
recommend-label = Recommander le commentaire de { $name } ({ $count } jusqu’ici)
report = Signaler
report-label = Signaler le commentaire de { $name }
edit = Modifier
edit-label = Modifier votre commentaire
comments-closed = Les commentaires sont fermés.

## Le formulaire de commentaire

leave-a-reply = Laisser un commentaire
leave-a-reply-to = Répondre à { $name }
cancel-reply = Annuler la réponse
form-refused-label = Erreur :
form-refused-fields = Votre commentaire n’a pas été publié. Veuillez corriger les champs signalés ci-dessous.
email-notes = Votre adresse e-mail ne sera pas publiée.
required-fields-note = Les champs obligatoires sont indiqués avec { $star }
form-comment = Commentaire
form-name = Nom
form-email = E-mail
form-website = Site web
form-remember = Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
form-subscribe = Me prévenir par e-mail des nouveaux commentaires.
allowed-tags = Vous pouvez utiliser ces balises et attributs { $html } :
html-abbr-title = langage de balisage hypertexte
post-comment = Publier le commentaire
honeypot-label = Laissez ce champ vide

## Votre commentaire : modifier, supprimer, signaler

edit-comment-title = Modifier votre commentaire
edit-comment-intro = Sur « { $article } ». Vous pouvez le modifier ou le supprimer jusqu’au { $until }.
save-changes = Enregistrer les modifications
delete-comment = Supprimer ce commentaire
report-comment-title = Signaler un commentaire
report-comment-intro = De { $author }, sur « { $article } » :
report-why = Pourquoi les modérateurs devraient-ils l’examiner ?
report-reason-spam = Spam ou publicité
report-reason-abusive = Injurieux, haineux ou harcelant
report-reason-off-topic = Hors sujet
report-reason-misinformation = Faux ou trompeur
report-reason-other = Autre chose
report-details = Précisions utiles aux modérateurs (facultatif)
send-report = Envoyer le signalement
report-sent-title = Merci
report-sent = Votre signalement a été transmis aux modérateurs.
comment-deleted-title = Commentaire supprimé
comment-deleted = Votre commentaire a été retiré.
back-to-discussion = Retour à la discussion

## Recherche

search-title = Recherche
search-results-for = Résultats de recherche pour « { $query } »
search-results-for-page = Résultats de recherche pour « { $query } » – page { $page }
search-again = Nouvelle recherche
search-help = Tous les mots doivent correspondre. Mettez une expression « entre guillemets », { $or } entre deux mots pour l’un ou l’autre, et { $minus } devant un mot pour l’exclure.
search-no-match = Aucun article ne correspond à votre recherche.
search-past-end = { $count ->
    [one] Pas d’autres résultats : il y a { $count } résultat en tout.
    [many] Pas d’autres résultats : il y a { $count } de résultats en tout.
   *[other] Pas d’autres résultats : il y a { $count } résultats en tout.
}
search-one-result = 1 résultat
search-range = Résultats { $first } à { $last } sur { $total }
search-range-floor = Résultats { $first } à { $last } sur plus de { $total }
search-windowed = Les meilleurs résultats parmi les { $window } articles correspondants les plus récents sont affichés : ajoutez des mots pour affiner la recherche.
more-results = Plus de résultats
older-results = Plus de résultats →
newer-results = ← Résultats précédents
search-bad-page = Le numéro de page doit être supérieur ou égal à 1.


## Confidentialité

privacy-title = Confidentialité
privacy-kept-heading = Ce que nous conservons quand vous commentez
privacy-kept = Votre nom, votre adresse e-mail et votre site web (si vous en indiquez un), votre commentaire et sa date, l’adresse de l’ordinateur depuis lequel vous l’avez écrit (adresse IP) et le nom de votre navigateur (agent utilisateur). Nous nous en servons pour afficher votre commentaire, pour vous reconnaître lors de vos prochaines visites et pour lutter contre le spam et les abus.
privacy-email = { $never } : ni sur la page, ni dans les flux, ni dans les interfaces de données du site. La petite image à côté d’un commentaire est tirée d’un code calculé à partir de votre e-mail avec un secret que seul ce site connaît ; on ne peut pas en retrouver votre adresse, et aucun autre service n’est interrogé.
privacy-email-never = Votre adresse e-mail n’est jamais publiée
privacy-ip-days = { $days ->
    [one] Les adresses IP sont conservées { $days } jour, puis supprimées automatiquement.
    [many] Les adresses IP sont conservées { $days } de jours, puis supprimées automatiquement.
   *[other] Les adresses IP sont conservées { $days } jours, puis supprimées automatiquement.
}
privacy-ip-kept = Les adresses IP sont conservées aussi longtemps que votre commentaire.
privacy-cookies-heading = Cookies et stockage du navigateur
privacy-cookie-pending = { $cookie } : ceux de vos commentaires qui attendent la modération, pour que vous (et vous seul) puissiez les voir. 30 jours.
privacy-cookie-authored = { $minutes ->
    [one] { $cookie } : les commentaires que vous venez d’écrire, pour que vous puissiez les modifier ou les supprimer pendant { $minutes } minute.
    [many] { $cookie } : les commentaires que vous venez d’écrire, pour que vous puissiez les modifier ou les supprimer pendant { $minutes } de minutes.
   *[other] { $cookie } : les commentaires que vous venez d’écrire, pour que vous puissiez les modifier ou les supprimer pendant { $minutes } minutes.
}
privacy-cookie-reader = { $cookie } : un nombre aléatoire qui vous permet de recommander ou de signaler chaque commentaire une seule fois. Il est aussi conservé, jamais affiché, avec les commentaires que vous écrivez, pour que vos signalements comptent davantage dès que l’un d’eux est approuvé. Un an.
privacy-cookie-commenter = { $cookie } : votre nom, votre e-mail et votre site web, seulement si vous cochez « Enregistrer mon nom, mon e-mail et mon site dans le navigateur ». Un an ; décochez la case lors de votre prochain commentaire pour le supprimer.
privacy-embed-storage = Sur les autres sites qui affichent les commentaires de ce site, les mêmes informations sont conservées dans le stockage de ce site dans votre navigateur, au lieu de cookies.
privacy-rights-heading = Vos droits
privacy-rights = Vous pouvez demander une copie de tout ce que ce site conserve au sujet de votre adresse e-mail, ou son effacement (vos commentaires sont alors affichés sous le nom « Anonyme », ou supprimés). Écrivez à la rédaction du site ; elle peut faire l’un ou l’autre en quelques clics.

## Flux (RSS et Atom)

feed-site-comments = Commentaires de { $site }
feed-article-comments = Commentaires sur : { $title }
feed-comment-on = Commentaire sur { $title } par { $author }
feed-comment-by = Par : { $author }
comments-closed-on = Les commentaires sont fermés depuis le { $date }.
notice-link = Signaler un contenu illicite (règlement européen sur les services numériques)
notice-title = Signaler un contenu illicite
notice-intro = En vertu du règlement européen sur les services numériques, vous pouvez nous signaler un contenu que vous estimez illicite. Expliquez-nous pourquoi aussi précisément que possible ; nous l’examinerons et prendrons une décision.
notice-category = De quel type de contenu illicite s’agit-il ?
notice-category-illegal-or-harmful-speech = Discours de haine illicite ou provocation à la haine ou à la violence
notice-category-violence = Violence ou menaces
notice-category-protection-of-minors = Atteinte aux mineurs
notice-category-data-protection-and-privacy-violations = Atteinte à la vie privée ou aux données personnelles
notice-category-intellectual-property-infringements = Atteinte à la propriété intellectuelle
notice-category-scams-and-fraud = Arnaque ou fraude
notice-category-non-consensual-behaviour = Contenu diffusé sans consentement
notice-category-risk-for-public-security = Risque pour la sécurité publique
notice-category-other = Autre contenu illicite
notice-ground-terms = les conditions générales du site
notice-explanation = Pourquoi ce contenu est-il illicite ? (20 à 5 000 caractères)
notice-name = Votre nom (facultatif)
notice-email = Votre adresse e-mail (facultatif : pour l’accusé de réception et notre décision)
notice-good-faith = Je confirme de bonne foi que les informations contenues dans cette notification sont exactes et complètes.
notice-send = Envoyer la notification
notice-sent-title = Notification reçue
notice-sent = Merci. Votre notification porte le numéro { $id } ; nous l’examinerons et prendrons une décision.
notice-error-category = Veuillez choisir le type de contenu illicite.
notice-error-explanation = Veuillez expliquer pourquoi en 20 à 5 000 caractères.
notice-error-name = Veuillez indiquer un nom de 200 caractères au plus.
notice-error-email = Veuillez indiquer une adresse e-mail valide, ou aucune.
notice-error-good-faith = Veuillez confirmer que vous soumettez cette notification de bonne foi.
notice-error-decided = Une décision a déjà été prise.
notice-error-same-staff = Une réclamation est examinée par un autre membre de la rédaction que celui qui a pris la décision.
notice-error-link = Ce lien n’est pas valide.
notice-error-appeal = Veuillez motiver votre réclamation en 10 à 5 000 caractères.
notice-facts = La notification { $id } signalait le commentaire dans la catégorie « { $category } » ; un modérateur l’a jugé illicite.
statement-title = Exposé des motifs
statement-decision = Décision
statement-decision-removed = Le commentaire a été retiré.
statement-decision-restricted = Le commentaire a été masqué aux lecteurs.
statement-facts-staff = Un modérateur a jugé que le commentaire enfreignait les règles du site relatives aux commentaires.
statement-facts-reports = Des lecteurs ont signalé le commentaire ; il a été masqué automatiquement en attendant qu’un modérateur l’examine.
statement-facts = Faits et circonstances
statement-ground = Fondement de la décision
statement-ground-law = Contenu illicite au regard du droit applicable : { $category }
statement-automated = Moyens automatisés
statement-automated-yes = Des moyens automatisés ont été utilisés pour prendre cette décision.
statement-automated-no = Aucun moyen automatisé n’a été utilisé : la décision a été prise par une personne.
statement-redress = Voies de recours
statement-redress-text = Vous pouvez introduire une réclamation ci-dessous dans un délai de six mois ; un autre membre de la rédaction réexaminera la décision. Vous pouvez également vous adresser à un organe de règlement extrajudiciaire des litiges ou saisir la justice.
appeal-label = Pourquoi la décision devrait-elle être réexaminée ?
appeal-send = Envoyer la réclamation
appeal-sent = Votre réclamation a bien été reçue ; un autre membre de la rédaction l’examinera.
appeal-waiting = Votre réclamation est en attente d’examen.
appeal-outcome-upheld = Votre réclamation a été examinée : la décision est maintenue.
appeal-outcome-reversed = Votre réclamation a été examinée : la décision a été annulée et votre commentaire est de nouveau publié.
live-new-comments = { $count ->
    [one] { $count } nouveau commentaire — l’afficher
    [many] { $count } de nouveaux commentaires — les afficher
   *[other] { $count } nouveaux commentaires — les afficher
}
live-reload = La discussion a évolué — rechargez la page pour la voir
live-badge = En direct
live-updates = Suivi en direct
live-new-updates = { $count ->
    [one] { $count } nouvelle mise à jour — l’afficher
    [many] { $count } de nouvelles mises à jour — les afficher
   *[other] { $count } nouvelles mises à jour — les afficher
}
feed-live-update = Mise à jour du direct « { $title } »

## L’historique d’un article republié (le desk des dépêches)
article-updated = Mis à jour
article-correction = Rectificatif :
article-withdrawn-title = Cet article a été retiré
article-withdrawn-body = Son fournisseur l’a retiré le { $date }, et il n’est plus publié ici.
