# Ablehnungen und Fehlerseiten: das Kommentarformular, die `message`s der
# REST-API, die Einbettung (ihre Wörter und die Meldungen ihrer API).

## Die Felder des Kommentarformulars (WordPress’ Wortlaut, Sie-Form)

error-required-fields = Bitte füllen Sie die erforderlichen Felder aus.
error-invalid-email = Bitte geben Sie eine gültige E-Mail-Adresse ein.
error-comment-required = Bitte geben Sie einen Kommentar ein.
error-name-too-long = Ihr Name ist zu lang.
error-email-too-long = Ihre E-Mail-Adresse ist zu lang.
error-url-too-long = Ihre Website-Adresse ist zu lang.
error-comment-too-long = Ihr Kommentar ist zu lang.
error-bad-url = Bitte geben Sie eine Website-Adresse ein, die mit http:// oder https:// beginnt.

## Ablehnungen eines Kommentars

error-article-not-found = Dieser Artikel wurde leider nicht gefunden.
error-comments-closed = Die Kommentare für diesen Inhalt sind leider geschlossen.
error-parent-not-approved = Antworten auf nicht freigegebene Kommentare sind leider nicht erlaubt.
error-comment-not-found = Es gibt keinen Kommentar mit der Nummer { $id }.
error-check-form = Bitte prüfen Sie das Formular.
error-duplicate = Doppelter Kommentar entdeckt. Es sieht so aus, als hätten Sie das schon einmal gesagt!
error-invalid-token = Das Formular konnte nicht überprüft werden. Bitte laden Sie die Seite neu und senden Sie Ihren Kommentar erneut.
error-expired-token = Dieses Formular ist abgelaufen. Bitte prüfen Sie Ihren Kommentar und senden Sie ihn erneut.
error-too-fast = Das ging schneller, als man einen Kommentar schreiben kann. Bitte warten Sie einen Moment und senden Sie ihn erneut.
error-flood = Sie schreiben Kommentare zu schnell. Bitte etwas langsamer.
error-label = Fehler:
error-fix-fields = Ihr Kommentar wurde nicht veröffentlicht. Bitte korrigieren Sie die unten markierten Felder.
error-not-posted = Ihr Kommentar wurde nicht veröffentlicht.

## Bearbeiten, Empfehlen oder Melden

error-no-such-comment = Diesen Kommentar gibt es nicht.
error-not-yours = Sie können nur Ihre eigenen Kommentare ändern.
error-edit-window-closed = { $count ->
    [one] Kommentare können { $count } Minute lang nach dem Absenden bearbeitet werden; dieser kann nicht mehr geändert werden.
   *[other] Kommentare können { $count } Minuten lang nach dem Absenden bearbeitet werden; dieser kann nicht mehr geändert werden.
}
error-too-many-edits = { $count ->
    [one] Ein Kommentar kann { $count } Mal bearbeitet werden; dieser kann nicht mehr geändert werden.
   *[other] Ein Kommentar kann { $count } Mal bearbeitet werden; dieser kann nicht mehr geändert werden.
}
error-check-comment = Bitte prüfen Sie den Kommentar.
error-not-approved = Nur freigegebene Kommentare können empfohlen oder gemeldet werden.
error-unknown-reason = Bitte wählen Sie aus der Liste, warum Sie diesen Kommentar melden.
error-report-too-long = { $count ->
    [one] Die Erläuterung darf höchstens { $count } Zeichen lang sein.
   *[other] Die Erläuterung darf höchstens { $count } Zeichen lang sein.
}

## Moderation

error-select-comments = Wählen Sie mindestens einen Kommentar aus.
error-moderation-not-found = Es gibt keinen Kommentar mit der Nummer { $ids }; nichts wurde geändert.

## Seiten außerhalb von masthead (die Einbettung)

error-origin-not-allowed = Seiten von { $origin } dürfen keine Kommentare dieser Website einbetten.
error-foreign-form = Dieses Formular wurde von einer anderen Website gesendet, daher wurde nichts geändert. Um zu kommentieren, zu empfehlen oder zu melden, nutzen Sie das Formular auf der Seite dieser Website.
error-page-url-invalid = Die Adresse der Seite ist keine gültige http(s)-Adresse.
error-page-url-too-long = { $count ->
    [one] Die Adresse der Seite ist länger als { $count } Zeichen.
   *[other] Die Adresse der Seite ist länger als { $count } Zeichen.
}
error-page-url-credentials = Die Adresse der Seite darf keinen Benutzernamen und kein Passwort enthalten.
error-thread-url-missing = Nennen Sie die Seite, um die es geht: /thread?url=ADRESSE

## Speicherung, wie Menschen sie sehen

error-conflict = Dieser Name ist bereits vergeben.
error-unstorable = Der Text darf keine NUL-Zeichen enthalten.
error-server = Der Server konnte diese Anfrage nicht ausführen. Bitte versuchen Sie es gleich noch einmal.

## Fehlerseiten

error-title-page-not-found = Seite nicht gefunden
error-no-page = Unter dieser Adresse gibt es keine Seite.
error-no-page-hint = Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben, oder der Link ist falsch geschrieben.
error-front-page = Zur Startseite
error-front-page-latest = { $link } mit den neuesten Artikeln.
error-title-not-found = Nicht gefunden
error-title-refused = Diese Anfrage konnte nicht bearbeitet werden
error-title-server = Etwas ist schiefgelaufen
error-title-too-many = Zu viele Anfragen
error-too-many-wait = { $count ->
    [one] Bitte warten Sie { $count } Sekunde und versuchen Sie es erneut.
   *[other] Bitte warten Sie { $count } Sekunden und versuchen Sie es erneut.
}
error-bad-request = Die Anfrage konnte nicht verstanden werden.
error-too-large = Die Anfrage ist größer, als diese Adresse annimmt.
error-form-too-large = Das Formular ist größer, als diese Seite annimmt (insgesamt { $count } MB).
error-form-type = Formulare müssen als application/x-www-form-urlencoded gesendet werden.
error-form-field-repeated = Das Formularfeld „{ $name }“ wurde mehrmals gesendet.
error-form-not-number = Das Formularfeld „{ $name }“ muss eine positive ganze Zahl sein.
error-form-field-not-utf8 = Das Formularfeld „{ $name }“ ist kein gültiges UTF-8.
error-form-not-utf8 = Das Formular enthält Text, der kein gültiges UTF-8 ist.
error-form-nul = Das Formular enthält ein NUL-Zeichen.
error-form-part-unnamed = Ein Teil des Formulars hat keinen Namen.
error-form-unreadable = Das Formular konnte nicht gelesen werden.
error-bad-order = Die Kommentare können nicht in dieser Reihenfolge angezeigt werden.
error-bad-comment-page = Die Kommentarseite muss eine Seitenzahl sein.

## Die API der Einbettung

error-param-url-required = Die Adresse der Seite ist erforderlich.
error-param-page = Die Seite muss eine Zahl ab 1 sein.
error-param-per-page = Die Zahl der Kommentare pro Seite muss zwischen 1 und 100 liegen.
error-param-comment-id = Das ist keine Kommentarnummer.
error-param-counts-none = Nennen Sie mindestens eine Seitenadresse.
error-param-counts-many = { $count ->
    [one] Nennen Sie höchstens { $count } Seitenadresse.
   *[other] Nennen Sie höchstens { $count } Seitenadressen.
}
error-no-thread = Zu dieser Seite gibt es noch keine Diskussion.
error-no-discussion-page = Diese Seite der Diskussion gibt es nicht.
error-embed-server = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.
error-not-json = Senden Sie den Inhalt als application/json.
error-bad-json = Der Inhalt entspricht nicht dem, was diese Adresse erwartet.
error-invalid-reader = Dieses Leser-Token stammt nicht von dieser Website.
error-rate-limited = Zu viele Anfragen von Ihrer Adresse. Bitte warten Sie einen Moment.

## Die Wörter der Einbettung

error-embed-load-failed = Die Kommentare konnten nicht geladen werden.
error-embed-send-failed = Der Kommentar konnte nicht gesendet werden. Bitte versuchen Sie es erneut.
error-embed-recommended = Empfohlen
error-embed-retry = Das hat nicht geklappt. Bitte versuchen Sie es erneut.
error-embed-failed = Das hat nicht geklappt.
error-embed-report-question = Warum sollte sich die Moderation das ansehen?
error-embed-reason-spam = Spam oder Werbung
error-embed-reason-abusive = Beleidigend, hasserfüllt oder belästigend
error-embed-reason-off-topic = Themenfremd
error-embed-reason-misinformation = Falsch oder irreführend
error-embed-reason-other = Etwas anderes
error-embed-send-report = Meldung senden
error-embed-report-thanks = Danke: Die Moderation wird es sich ansehen.
error-embed-report-failed = Die Meldung wurde nicht gesendet.
error-embed-edit-label = Ihren Kommentar bearbeiten
error-embed-save = Änderungen speichern
error-embed-delete = Löschen
error-embed-delete-confirm = Ihren Kommentar löschen?
error-embed-more = Weitere Kommentare laden

## Die Meldungen der REST-API (WordPress’ Wortlaut)

error-rest-internal = Der Server konnte diese Anfrage nicht ausführen.
error-rest-invalid-comment-id = Ungültige Kommentar-ID.
error-rest-invalid-post-id = Ungültige Beitrags-ID.
error-rest-no-post = Sie sind leider nicht berechtigt, diesen Kommentar ohne Beitrag zu erstellen.
error-rest-no-route = Es wurde keine Route gefunden, die mit der URL und der Request-Methode übereinstimmt.
error-rest-invalid-param = Ungültige(r) Parameter: { $params }
error-rest-forbidden-param = Abfrageparameter nicht erlaubt: { $params }
error-rest-content-invalid = Ungültiger Kommentarinhalt.
error-rest-author-required = Zum Erstellen eines Kommentars sind ein gültiger Name und eine gültige E-Mail-Adresse erforderlich.
error-rest-invalid-email = Ungültige E-Mail-Adresse.
error-rest-too-long = Ein Kommentarfeld überschreitet die maximal erlaubte Länge.
error-rest-no-search-term = Sie müssen einen Suchbegriff angeben, um nach Relevanz zu sortieren.
error-rest-page-too-large = Die angeforderte Seitenzahl ist größer als die Anzahl der verfügbaren Seiten.
error-rest-bad-password = Das angegebene Passwort ist kein gültiges Anwendungspasswort.
error-rest-invalid-json = Ungültiger JSON-Inhalt übergeben.
error-rest-already-trashed = Der Kommentar wurde bereits in den Papierkorb verschoben.
error-rest-forbidden-context = Sie sind leider nicht berechtigt, Beiträge dieses Inhaltstyps zu bearbeiten.
error-rest-cannot-read = Sie sind leider nicht berechtigt, diesen Kommentar zu lesen.
error-rest-cannot-create = Sie sind leider nicht berechtigt, als dieser Benutzer Beiträge zu erstellen.
error-rest-cannot-edit = Sie sind leider nicht berechtigt, diesen Beitrag zu bearbeiten.
error-rest-cannot-edit-comment = Sie sind leider nicht berechtigt, diesen Kommentar zu bearbeiten.
error-rest-cannot-delete-comment = Sie sind leider nicht berechtigt, diesen Kommentar zu löschen.
error-rest-content-type = Senden Sie den Kommentar als application/json oder application/x-www-form-urlencoded.
error-rest-login-required = Sie müssen angemeldet sein, um zu kommentieren.
error-rest-comment-exists = Ein bestehender Kommentar kann nicht erstellt werden.
error-rest-forbidden = Sie sind leider nicht berechtigt, dies zu tun.
error-rest-comment-type = Ein Kommentar dieses Typs kann nicht erstellt werden.
error-rest-create-failed = Das Erstellen des Kommentars ist fehlgeschlagen.
error-banned = Sie können auf dieser Website nicht mehr kommentieren.
error-suspended = Sie können auf dieser Website bis { $date } nicht kommentieren.
error-sanction-target = „{ $target }“ ist keine E-Mail-Adresse, keine IP-Adresse, kein CIDR-Bereich und keine @Domain.
error-sanction-kind = Unbekannte Maßnahme „{ $kind }“ (erwartet: ban, suspend, shadow oder premoderate).
error-sanction-reason = { $max ->
    [one] Der Grund darf höchstens { $max } Zeichen lang sein.
   *[other] Der Grund darf höchstens { $max } Zeichen lang sein.
}
error-sanction-days = { $max ->
    [one] Eine vorübergehende Sperre dauert 1 bis { $max } Tag.
   *[other] Eine vorübergehende Sperre dauert 1 bis { $max } Tage.
}
error-outside-desk = Kommentar { $ids } liegt außerhalb Ihrer Ressorts; nichts wurde geändert.
error-hook-refused = Dieser Kommentar wurde nicht angenommen: { $reason }
error-live-since = Die Position im Live-Stream muss eine Änderungsnummer sein.
error-live-full = Dieser Server bedient bereits so viele Live-Leser, wie er kann; die Seite versucht es gleich noch einmal.
live-error-not-found = Diesen Artikel gibt es nicht.
live-error-empty = Ein Update braucht etwas Text.
live-error-too-long = Ein Update darf höchstens 64 KiB groß sein.

## Die Korrektur einer Redakteurin
correction-error-note = Eine Korrektur braucht einen Hinweis von 1 bis { $max } Zeichen.

## Webmention (die JSON-Fehler des Endpunkts)

error-webmention-disabled = Diese Website nimmt keine Webmentions an.
error-webmention-missing = Sowohl source als auch target sind erforderlich.
error-webmention-not-http = { $name } muss eine http://- oder https://-Adresse sein.
error-webmention-too-long = { $name } ist länger als 2048 Zeichen.
error-webmention-same = Quelle und Ziel sind dieselbe Seite.
error-webmention-not-ours = Das Ziel ist kein Artikel dieser Website.
error-webmention-blocked = Diese Website nimmt keine Webmentions von der Domain der Quelle an.
error-webmention-federated = Die Quelle ist ein Beitrag, der aus dem Fediverse kam; sein Autor ändert ihn dort.

## ActivityPub (die Inbox, WebFinger, NodeInfo); andere Server lesen diese Meldungen
error-activitypub-disabled = ActivityPub ist auf dieser Website nicht aktiviert.
error-activitypub-unknown = Ein solches Konto oder einen solchen Artikel gibt es hier nicht.
error-activitypub-blocked = Diese Website nimmt keine Aktivitäten von dieser Instanz an.
error-activitypub-signature = Die HTTP-Signatur der Anfrage wurde nicht akzeptiert: { $why }
error-activitypub-key = Der Schlüssel, mit dem die Anfrage signiert wurde, konnte nicht abgerufen werden: { $why }
error-activitypub-actor = Der Akteur der Aktivität hat sie nicht signiert oder besitzt nicht, was sie ändert.
error-activitypub-malformed = Dies ist keine ActivityPub-Aktivität, die masthead lesen kann: { $why }
error-activitypub-refused = Die Antwort wurde nicht angenommen: { $why }
error-activitypub-type = Aktivitäten müssen als application/activity+json gesendet werden.
error-webfinger-resource = Nennen Sie das gesuchte Konto: ?resource=acct:NAME@HOST.
