# Courriels de notification et pages ouvertes par leurs liens.

## Un commentaire retenu, aux modérateurs

mail-held-subject = [{ $site }] En attente de modération : « { $article } », par { $author }
mail-held-intro = Le commentaire { $id } de { $author } sur « { $article } » attend une modération.
mail-held-written = Écrit le { $date }.
mail-held-reason = Motif de la mise en attente : { $reason }
mail-held-approve = Approuver : { $url }
mail-held-spam = Marquer comme indésirable : { $url }
mail-held-trash = Mettre à la corbeille : { $url }
mail-held-links-note = { $count ->
    [one] Chaque lien vous demande de confirmer ; il reste valable { $count } jour.
    [many] Chaque lien vous demande de confirmer ; il reste valable { $count } jours.
   *[other] Chaque lien vous demande de confirmer ; il reste valable { $count } jours.
}
mail-held-article = Article : { $url }
mail-held-queue = File de modération : { $url }
mail-digest-subject = { $count ->
    [one] [{ $site }] { $count } commentaire en attente de modération
    [many] [{ $site }] { $count } commentaires en attente de modération
   *[other] [{ $site }] { $count } commentaires en attente de modération
}

## Motifs de mise en attente

mail-reason-default = mis en attente pour relecture
mail-reason-hold-all = tous les commentaires sont soumis à modération
mail-reason-links = { $count ->
    [one] contient { $count } lien (la limite est de { $limit })
    [many] contient { $count } liens (la limite est de { $limit })
   *[other] contient { $count } liens (la limite est de { $limit })
}
mail-reason-moderation-word = contient le mot soumis à modération « { $word } »
mail-reason-disallowed-word = contient le mot interdit « { $word } »
mail-reason-first-comments = premiers commentaires avec ce nom et cette adresse électronique (approuvés jusqu’ici : { $approved } sur { $needed })
mail-reason-honeypot = le champ anti-spam caché a été rempli
mail-reason-no-token = envoyé sans le jeton du formulaire de commentaire
mail-reason-edited-after-approval = modifié par son auteur après l’approbation d’un modérateur
mail-reason-deleted-by-author = supprimé par son auteur
mail-reason-reported = { $count ->
    [one] signalé par { $count } lecteur ({ $kinds })
    [many] signalé par { $count } lecteurs ({ $kinds })
   *[other] signalé par { $count } lecteurs ({ $kinds })
}
mail-report-spam = spam ou publicité
mail-report-abusive = propos injurieux
mail-report-off-topic = hors sujet
mail-report-misinformation = désinformation
mail-report-other = autre motif

## Demande de confirmation (double opt-in)

mail-confirm-subject = [{ $site }] Merci de confirmer votre adresse électronique
mail-confirm-intro = Quelqu’un (vous, nous l’espérons) a demandé à être prévenu par courriel des nouveaux commentaires d’une discussion sur { $site }.
mail-confirm-action = Pour confirmer, ouvrez ce lien et appuyez sur le bouton :
mail-confirm-ignore = Si ce n’était pas vous, ignorez ce message : rien d’autre ne vous sera envoyé tant que le lien n’est pas suivi.

## Nouveau commentaire, aux abonnés de la discussion

mail-reply-subject = [{ $site }] Nouveau commentaire de { $author } sur « { $article } »
mail-reply-intro = { $author } a écrit sur « { $article } » le { $date } :
mail-reply-read = Lire et répondre : { $url }
mail-reply-stop = Ne plus recevoir ces messages pour cet article : { $url }

## Commentaire publié, à son auteur

mail-approved-subject = [{ $site }] Votre commentaire sur « { $article } » est publié
mail-approved-intro = Votre commentaire sur « { $article } » a été approuvé et il est maintenant publié :

## Pied des messages aux commentateurs

mail-never-again = Ne plus jamais m’écrire : { $url }

## Webhook des modérateurs (champ « text »)

mail-webhook-text = Le commentaire { $id } de { $author } sur « { $article } » est en attente de modération ({ $reason }). Approuver : { $url }

## Pages des liens

mail-page-moderate-title = Modérer un commentaire
mail-page-approve-question = Approuver le commentaire { $id } de { $author } ?
mail-page-spam-question = Marquer le commentaire { $id } de { $author } comme indésirable ?
mail-page-trash-question = Mettre le commentaire { $id } de { $author } à la corbeille ?
mail-button-approve = Approuver
mail-button-spam = Marquer comme indésirable
mail-button-trash = Mettre à la corbeille
mail-page-done-title = C’est fait
mail-page-approved = Le commentaire { $id } a été approuvé.
mail-page-spammed = Le commentaire { $id } a été marqué comme indésirable.
mail-page-trashed = Le commentaire { $id } a été mis à la corbeille.
mail-page-no-longer-held = Le commentaire { $id } n’est plus en attente ({ $status }) : ce lien n’a plus d’effet.
mail-status-pending = il attend une modération
mail-status-approved = il est publié
mail-status-spam = il est marqué comme indésirable
mail-status-trash = il est dans la corbeille
mail-page-comment-gone = Le commentaire { $id } n’existe plus.
mail-page-confirm-title = Confirmez votre adresse
mail-page-confirm-question = Envoyer les nouveaux commentaires à { $email } ?
mail-button-confirm = Confirmer
mail-page-confirmed-title = Adresse confirmée
mail-page-confirmed = Vous serez prévenu des nouveaux commentaires dans les discussions que vous suivez.
mail-page-nothing-to-confirm = Cette adresse n’a rien à confirmer (elle s’est désabonnée depuis).
mail-page-unsubscribe-title = Se désabonner
mail-page-unsubscribe-discussion = Ne plus envoyer de messages sur cette discussion à { $email } ?
mail-page-unsubscribe-all = Ne plus envoyer aucun message de ce site à { $email } ?
mail-button-unsubscribe = Se désabonner
mail-page-unsubscribed-title = Désabonnement effectué
mail-page-unsubscribed = Ces messages ne seront plus envoyés à { $email }.
mail-link-invalid = Ce lien n’est pas valide. Veuillez utiliser le lien du message tel qu’il a été envoyé.
mail-link-expired = Ce lien a expiré.

mail-reason-filter = Le filtre anti-spam l’estime spam à { $score }.
mail-reason-no-proof = Aucune preuve de travail ne l’accompagnait (JavaScript peut-être désactivé chez le lecteur).
mail-reason-sanction-ban = Son auteur est banni.
mail-reason-sanction-suspend = Son auteur est suspendu.
mail-reason-sanction-shadow = Son auteur est banni en mode furtif : lui seul le voit.
mail-reason-sanction-premoderate = Son auteur est toujours soumis à la modération a priori.
mail-reason-recent-rejections = { $count ->
    [one] { $rejected } refus sur le dernier commentaire modéré de son auteur.
    [many] { $rejected } refus sur les { $count } derniers commentaires modérés de son auteur.
   *[other] { $rejected } refus sur les { $count } derniers commentaires modérés de son auteur.
}
mail-reason-hook = Le classifieur de la rédaction a répondu { $verdict } : { $reason }.
mail-reason-hook-unanswered = Le classifieur de la rédaction n’a pas répondu à temps.
mail-chat-text = Le commentaire { $id } de { $author } sur « { $article } » attend un modérateur : { $reason }
mail-chat-approve = Approuver
mail-chat-spam = Indésirable
notice-ack-subject = [{ $site }] Votre notification { $id } a bien été reçue
notice-ack-body = Nous avons bien reçu votre notification { $id } concernant le commentaire { $comment } ({ $category }). Nous allons l’examiner et vous informerons de notre décision.
notice-decided-subject = [{ $site }] Décision concernant votre notification { $id }
notice-decided-removed = Nous avons examiné votre notification { $id } concernant le commentaire { $comment } : nous avons retiré le commentaire.
notice-decided-kept = Nous avons examiné votre notification { $id } concernant le commentaire { $comment } : nous n’avons trouvé aucune raison de le retirer, et il reste en ligne.
statement-subject = [{ $site }] Votre commentaire { $comment } a été retiré
statement-body = Votre commentaire { $comment } a été retiré. Exposé des motifs { $id } : { $facts } Fondement : contenu illicite au regard du droit applicable ({ $category }). La décision a été prise par une personne ; aucun moyen automatisé n’a été utilisé. Vous pouvez introduire une réclamation dans un délai de six mois : { $url }
statement-subject-restricted = [{ $site }] Votre commentaire { $comment } a été masqué
statement-body-terms = { $decision } Exposé des motifs { $id } : { $facts } Fondement : les conditions générales du site applicables aux commentaires. { $automated } Vous pouvez introduire une réclamation dans un délai de six mois : { $url }
appeal-decided-subject = [{ $site }] Votre réclamation { $id } a été examinée
appeal-decided-upheld = Un autre membre de la rédaction a examiné votre réclamation { $id } concernant le commentaire { $comment } : la décision est maintenue.
appeal-decided-reversed = Un autre membre de la rédaction a examiné votre réclamation { $id } concernant le commentaire { $comment } : la décision a été annulée et votre commentaire est de nouveau publié.
notice-chat = Notification { $id } : le commentaire { $comment } a été signalé comme contenu illicite ({ $category }).
notice-chat-review = Décider

## Le desk des dépêches signale à la rédaction un article retiré
wire-withdrawn-subject = Retrait par { $source } : { $headline }
wire-withdrawn-line = { $source } a retiré « { $headline } » : masthead a retiré l’article du site.
wire-withdrawn-review = Ouvrir le desk des dépêches
