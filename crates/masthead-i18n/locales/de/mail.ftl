# Benachrichtigungs-E-Mails und die Seiten, die ihre Links öffnen.

## Ein zurückgehaltener Kommentar, an die Moderation

mail-held-subject = [{ $site }] Wartet auf Freigabe: „{ $article }“, von { $author }
mail-held-intro = Der Kommentar { $id } von { $author } zu „{ $article }“ wartet auf Freigabe.
mail-held-written = Geschrieben am { $date }.
mail-held-reason = Grund für das Zurückhalten: { $reason }
mail-held-approve = Freigeben: { $url }
mail-held-spam = Als Spam markieren: { $url }
mail-held-trash = In den Papierkorb: { $url }
mail-held-links-note = { $count ->
    [one] Jeder Link fragt noch einmal nach; er gilt { $count } Tag.
   *[other] Jeder Link fragt noch einmal nach; er gilt { $count } Tage.
}
mail-held-article = Artikel: { $url }
mail-held-queue = Moderationswarteschlange: { $url }
mail-digest-subject = { $count ->
    [one] [{ $site }] { $count } Kommentar wartet auf Freigabe
   *[other] [{ $site }] { $count } Kommentare warten auf Freigabe
}

## Gründe für das Zurückhalten

mail-reason-default = zur Prüfung zurückgehalten
mail-reason-hold-all = alle Kommentare werden vor der Veröffentlichung geprüft
mail-reason-links = { $count ->
    [one] enthält { $count } Link (erlaubt sind { $limit })
   *[other] enthält { $count } Links (erlaubt sind { $limit })
}
mail-reason-moderation-word = enthält das Prüfwort „{ $word }“
mail-reason-disallowed-word = enthält das gesperrte Wort „{ $word }“
mail-reason-first-comments = erste Kommentare mit diesem Namen und dieser E-Mail-Adresse (bisher freigegeben: { $approved } von { $needed })
mail-reason-honeypot = das versteckte Schutzfeld gegen Spam wurde ausgefüllt
mail-reason-no-token = ohne das Token des Kommentarformulars gesendet
mail-reason-edited-after-approval = nach der Freigabe durch die Moderation von der Person bearbeitet, die ihn geschrieben hat
mail-reason-deleted-by-author = von der Person gelöscht, die ihn geschrieben hat
mail-reason-reported = { $count ->
    [one] von { $count } Person gemeldet ({ $kinds })
   *[other] von { $count } Personen gemeldet ({ $kinds })
}
mail-report-spam = Spam oder Werbung
mail-report-abusive = beleidigend
mail-report-off-topic = nicht zum Thema
mail-report-misinformation = Falschinformation
mail-report-other = anderer Grund

## Die Bitte um Bestätigung (Double-Opt-in)

mail-confirm-subject = [{ $site }] Bitte bestätigen Sie Ihre E-Mail-Adresse
mail-confirm-intro = Jemand (hoffentlich Sie) möchte per E-Mail über neue Kommentare in einer Diskussion auf { $site } informiert werden.
mail-confirm-action = Zum Bestätigen öffnen Sie diesen Link und klicken Sie auf die Schaltfläche:
mail-confirm-ignore = Falls Sie das nicht waren, ignorieren Sie diese Nachricht: Ohne Klick auf den Link erhalten Sie nichts weiter.

## Ein neuer Kommentar, an die Folgenden der Diskussion

mail-reply-subject = [{ $site }] Neuer Kommentar von { $author } zu „{ $article }“
mail-reply-intro = { $author } schrieb am { $date } zu „{ $article }“:
mail-reply-read = Lesen und antworten: { $url }
mail-reply-stop = Keine solchen Nachrichten mehr zu diesem Artikel: { $url }

## Ein zurückgehaltener Kommentar ist veröffentlicht, an seine Verfasser

mail-approved-subject = [{ $site }] Ihr Kommentar zu „{ $article }“ ist veröffentlicht
mail-approved-intro = Ihr Kommentar zu „{ $article }“ wurde freigegeben und ist jetzt veröffentlicht:

## Fußzeile der Nachrichten an Kommentierende

mail-never-again = Keine E-Mails mehr an mich: { $url }

## Webhook der Moderation (Feld „text“)

mail-webhook-text = Der Kommentar { $id } von { $author } zu „{ $article }“ wartet auf Freigabe ({ $reason }). Freigeben: { $url }

## Die Seiten der Links

mail-page-moderate-title = Kommentar moderieren
mail-page-approve-question = Kommentar { $id } von { $author } freigeben?
mail-page-spam-question = Kommentar { $id } von { $author } als Spam markieren?
mail-page-trash-question = Kommentar { $id } von { $author } in den Papierkorb verschieben?
mail-button-approve = Freigeben
mail-button-spam = Als Spam markieren
mail-button-trash = In den Papierkorb
mail-page-done-title = Erledigt
mail-page-approved = Der Kommentar { $id } wurde freigegeben.
mail-page-spammed = Der Kommentar { $id } wurde als Spam markiert.
mail-page-trashed = Der Kommentar { $id } wurde in den Papierkorb verschoben.
mail-page-no-longer-held = Der Kommentar { $id } wartet nicht mehr auf Freigabe ({ $status }): Dieser Link bewirkt nichts mehr.
mail-status-pending = er wartet auf Prüfung
mail-status-approved = er ist veröffentlicht
mail-status-spam = er ist als Spam markiert
mail-status-trash = er liegt im Papierkorb
mail-page-comment-gone = Den Kommentar { $id } gibt es nicht mehr.
mail-page-confirm-title = Adresse bestätigen
mail-page-confirm-question = Neue Kommentare an { $email } senden?
mail-button-confirm = Bestätigen
mail-page-confirmed-title = Adresse bestätigt
mail-page-confirmed = Sie werden über neue Kommentare in den Diskussionen informiert, denen Sie folgen.
mail-page-nothing-to-confirm = Für diese Adresse gibt es nichts zu bestätigen (sie wurde inzwischen abgemeldet).
mail-page-unsubscribe-title = Abmelden
mail-page-unsubscribe-discussion = Keine E-Mails mehr zu dieser Diskussion an { $email } senden?
mail-page-unsubscribe-all = Keine E-Mails dieser Website mehr an { $email } senden?
mail-button-unsubscribe = Abmelden
mail-page-unsubscribed-title = Abgemeldet
mail-page-unsubscribed = An { $email } werden keine solchen E-Mails mehr gesendet.
mail-link-invalid = Dieser Link ist ungültig. Bitte verwenden Sie den Link so, wie er in der Nachricht steht.
mail-link-expired = Dieser Link ist abgelaufen.

mail-reason-filter = Der Spamfilter hält ihn zu { $score } für Spam.
mail-reason-no-proof = Es kam kein Arbeitsnachweis mit (vielleicht ist JavaScript im Browser aus).
mail-reason-sanction-ban = Wer ihn geschrieben hat, ist gesperrt.
mail-reason-sanction-suspend = Wer ihn geschrieben hat, ist vorübergehend gesperrt.
mail-reason-sanction-shadow = Wer ihn geschrieben hat, ist unsichtbar gesperrt: Nur diese Person sieht ihn.
mail-reason-sanction-premoderate = Wer ihn geschrieben hat, wird immer vorab moderiert.
mail-reason-recent-rejections = { $count ->
    [one] Abgelehnt: { $rejected } von { $count } zuletzt moderierten Kommentar dieser Person.
   *[other] Abgelehnt: { $rejected } von { $count } zuletzt moderierten Kommentaren dieser Person.
}
mail-reason-hook = Der Klassifikator der Redaktion meldete { $verdict }: { $reason }.
mail-reason-hook-unanswered = Der Klassifikator der Redaktion hat nicht rechtzeitig geantwortet.
mail-chat-text = Der Kommentar { $id } von { $author } zu „{ $article }“ wartet auf die Moderation: { $reason }
mail-chat-approve = Freigeben
mail-chat-spam = Als Spam markieren
notice-ack-subject = [{ $site }] Ihre Meldung { $id } ist eingegangen
notice-ack-body = Wir haben Ihre Meldung { $id } zum Kommentar { $comment } ({ $category }) erhalten. Wir prüfen sie und teilen Ihnen unsere Entscheidung mit.
notice-decided-subject = [{ $site }] Entscheidung über Ihre Meldung { $id }
notice-decided-removed = Wir haben Ihre Meldung { $id } zum Kommentar { $comment } geprüft: Wir haben den Kommentar entfernt.
notice-decided-kept = Wir haben Ihre Meldung { $id } zum Kommentar { $comment } geprüft: Wir sehen keinen Grund, ihn zu entfernen, und er bleibt online.
statement-subject = [{ $site }] Ihr Kommentar { $comment } wurde entfernt
statement-body = Ihr Kommentar { $comment } wurde entfernt. Begründung { $id }: { $facts } Grundlage: nach geltendem Recht rechtswidriger Inhalt ({ $category }). Ein Mensch hat entschieden; es wurden keine automatisierten Mittel verwendet. Sie können innerhalb von sechs Monaten Beschwerde einlegen: { $url }
statement-subject-restricted = [{ $site }] Ihr Kommentar { $comment } wurde ausgeblendet
statement-body-terms = { $decision } Begründung { $id }: { $facts } Grundlage: die Nutzungsbedingungen der Website für Kommentare. { $automated } Sie können innerhalb von sechs Monaten Beschwerde einlegen: { $url }
appeal-decided-subject = [{ $site }] Ihre Beschwerde { $id } wurde geprüft
appeal-decided-upheld = Eine andere Person aus der Redaktion hat Ihre Beschwerde { $id } zum Kommentar { $comment } geprüft: Die Entscheidung bleibt bestehen.
appeal-decided-reversed = Eine andere Person aus der Redaktion hat Ihre Beschwerde { $id } zum Kommentar { $comment } geprüft: Die Entscheidung wurde aufgehoben, und Ihr Kommentar ist wieder veröffentlicht.
notice-chat = Meldung { $id }: Kommentar { $comment } wurde als rechtswidriger Inhalt gemeldet ({ $category }).
notice-chat-review = Entscheiden

## Der Agenturdesk meldet der Redaktion einen zurückgezogenen Beitrag
wire-withdrawn-subject = Zurückgezogen von { $source }: { $headline }
wire-withdrawn-line = { $source } hat „{ $headline }“ zurückgezogen: masthead hat den Beitrag von der Website genommen.
wire-withdrawn-review = Agenturdesk öffnen
