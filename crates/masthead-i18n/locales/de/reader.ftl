## Die Startseite

home-page-title = Seite { $page }
latest-articles = Neueste Artikel
no-articles = Es wurden noch keine Artikel veröffentlicht.
more-articles = Weitere Artikel
older-articles = ← Ältere Artikel
newer-articles = Neuere Artikel →

## Der Artikel

byline = Von { $byline }
contributors-line = Mitarbeit: { $names }.
list-pair = { $first } und { $last }
list-more = { $first }, { $rest }
article-source = Quelle des Artikels: { $source }
article-comments-feed = { $site } » Kommentar-Feed zu „{ $title }“
preview-banner = Vorschau: So wird der Artikel aussehen. Er ist weder gespeichert noch veröffentlicht; schließen Sie diesen Tab, um zum Editor zurückzukehren.
thread-source = Die Diskussion zu { $link }, anderswo veröffentlicht.

## Die Diskussion

comments-title = { $count ->
    [one] Ein Kommentar zu „{ $title }“
   *[other] { $count } Kommentare zu „{ $title }“
}
comments-navigation = Kommentar-Navigation
older-comments = Ältere Kommentare
newer-comments = Neuere Kommentare
comment-orders = Reihenfolge der Kommentare
comment-order-oldest = Älteste zuerst
comment-order-newest = Neueste zuerst
comment-order-best = Meistempfohlen
comment-order-picks = Empfehlungen der Redaktion
comment-order-all = Alle Kommentare seitenweise
editors-picks = Empfehlungen der Redaktion
editors-pick = Empfehlung der Redaktion
staff-badge = Redaktion
comment-edited = (bearbeitet)
# Eine Antwort auf einer anderen Website (eine Webmention): { $site } ist der Hostname dieser Website.
comment-replied-on = auf { $site } geantwortet
# Likes, Reposts und Erwähnungen von anderen Websites, unter dem Artikel.
reactions-title = Aus dem Netz
reaction-like = { $name } gefällt dieser Artikel
reaction-repost = { $name } hat diesen Artikel geteilt
reaction-mention = { $name } hat diesen Artikel erwähnt
comment-awaiting-moderation = Ihr Kommentar muss noch freigegeben werden.
reply = Antworten
reply-to-label = { $name } antworten
recommend = Empfehlen
recommend-label = Den Kommentar von { $name } empfehlen (bisher { $count })
report = Melden
report-label = Den Kommentar von { $name } melden
edit = Bearbeiten
edit-label = Ihren Kommentar bearbeiten
comments-closed = Die Kommentarfunktion ist geschlossen.

## Das Kommentarformular

leave-a-reply = Schreiben Sie einen Kommentar
leave-a-reply-to = Antworten Sie { $name }
cancel-reply = Antworten abbrechen
form-refused-label = Fehler:
form-refused-fields = Ihr Kommentar wurde nicht veröffentlicht. Bitte korrigieren Sie die unten markierten Felder.
email-notes = Ihre E-Mail-Adresse wird nicht veröffentlicht.
required-fields-note = Erforderliche Felder sind mit { $star } markiert
form-comment = Kommentar
form-name = Name
form-email = E-Mail
form-website = Website
form-remember = Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.
form-subscribe = Per E-Mail über weitere Kommentare benachrichtigen.
allowed-tags = Sie können folgende { $html }-Tags und -Attribute verwenden:
html-abbr-title = Hypertext-Auszeichnungssprache
post-comment = Kommentar abschicken
honeypot-label = Dieses Feld bitte leer lassen

## Der eigene Kommentar: bearbeiten, löschen, melden

edit-comment-title = Ihren Kommentar bearbeiten
edit-comment-intro = Zu „{ $article }“. Sie können ihn bis { $until } ändern oder löschen.
save-changes = Änderungen speichern
delete-comment = Diesen Kommentar löschen
report-comment-title = Einen Kommentar melden
report-comment-intro = Von { $author }, zu „{ $article }“:
report-why = Warum sollte sich die Moderation den Kommentar ansehen?
report-reason-spam = Spam oder Werbung
report-reason-abusive = Beleidigend, hasserfüllt oder belästigend
report-reason-off-topic = Nicht zum Thema
report-reason-misinformation = Falsch oder irreführend
report-reason-other = Etwas anderes
report-details = Was die Moderation noch wissen sollte (optional)
send-report = Meldung senden
report-sent-title = Vielen Dank
report-sent = Ihre Meldung wurde an die Moderation weitergeleitet.
comment-deleted-title = Kommentar gelöscht
comment-deleted = Ihr Kommentar wurde entfernt.
back-to-discussion = Zurück zur Diskussion

## Suche

search-title = Suche
search-results-for = Suchergebnisse für „{ $query }“
search-results-for-page = Suchergebnisse für „{ $query }“ – Seite { $page }
search-again = Erneut suchen
search-help = Alle Wörter müssen vorkommen. Setzen Sie eine Wortgruppe in „Anführungszeichen“, { $or } zwischen Wörter für das eine oder das andere und { $minus } vor ein Wort, um es auszuschließen.
search-no-match = Keine Artikel entsprechen Ihrer Suche.
search-past-end = { $count ->
    [one] Keine weiteren Ergebnisse: Es gibt insgesamt { $count } Ergebnis.
   *[other] Keine weiteren Ergebnisse: Es gibt insgesamt { $count } Ergebnisse.
}
search-one-result = 1 Ergebnis
search-range = Ergebnisse { $first }–{ $last } von { $total }
search-range-floor = Ergebnisse { $first }–{ $last } von mehr als { $total }
search-windowed = Die besten Treffer unter den { $window } neuesten passenden Artikeln werden angezeigt: Fügen Sie Wörter hinzu, um die Suche einzugrenzen.
more-results = Weitere Ergebnisse
older-results = Weitere Ergebnisse →
newer-results = ← Vorherige Ergebnisse
search-bad-page = Die Seitenzahl muss 1 oder größer sein.


## Datenschutz

privacy-title = Datenschutz
privacy-kept-heading = Was wir speichern, wenn Sie kommentieren
privacy-kept = Ihren Namen, Ihre E-Mail-Adresse und Website (falls angegeben), Ihren Kommentar und wann Sie ihn geschrieben haben, die Adresse des Computers, von dem aus Sie ihn geschrieben haben (IP-Adresse), und den Namen Ihres Browsers (User-Agent). Wir verwenden diese Angaben, um Ihren Kommentar anzuzeigen, Sie als wiederkehrenden Kommentator zu erkennen und Spam und Missbrauch zu bekämpfen.
privacy-email = { $never } – nicht auf der Seite, nicht in Feeds, nicht in den Datenschnittstellen der Website. Das kleine Bild neben einem Kommentar wird aus einem Code erzeugt, der aus Ihrer E-Mail-Adresse und einem nur dieser Website bekannten Geheimnis berechnet wird; daraus lässt sich Ihre Adresse nicht zurückgewinnen, und kein anderer Dienst wird danach gefragt.
privacy-email-never = Ihre E-Mail-Adresse wird nie veröffentlicht
privacy-ip-days = { $days ->
    [one] IP-Adressen werden { $days } Tag lang gespeichert und dann automatisch gelöscht.
   *[other] IP-Adressen werden { $days } Tage lang gespeichert und dann automatisch gelöscht.
}
privacy-ip-kept = IP-Adressen werden so lange gespeichert wie Ihr Kommentar.
privacy-cookies-heading = Cookies und Browserspeicher
privacy-cookie-pending = { $cookie }: welche Ihrer Kommentare auf Freigabe warten, damit Sie (und nur Sie) sie sehen können. 30 Tage.
privacy-cookie-authored = { $minutes ->
    [one] { $cookie }: welche Kommentare Sie gerade geschrieben haben, damit Sie sie { $minutes } Minute lang bearbeiten oder löschen können.
   *[other] { $cookie }: welche Kommentare Sie gerade geschrieben haben, damit Sie sie { $minutes } Minuten lang bearbeiten oder löschen können.
}
privacy-cookie-reader = { $cookie }: eine Zufallszahl, mit der Sie jeden Kommentar einmal empfehlen oder melden können. Sie wird auch, nie angezeigt, mit Ihren Kommentaren gespeichert, damit Ihre Meldungen mehr zählen, sobald einer davon freigegeben ist. Ein Jahr.
privacy-cookie-commenter = { $cookie }: Ihr Name, Ihre E-Mail-Adresse und Website, nur wenn Sie „Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern“ ankreuzen. Ein Jahr; entfernen Sie beim nächsten Kommentar das Häkchen, um ihn zu löschen.
privacy-embed-storage = Auf anderen Websites, die die Kommentare dieser Website zeigen, werden dieselben Angaben statt in Cookies im Speicher jener Website in Ihrem Browser abgelegt.
privacy-rights-heading = Ihre Rechte
privacy-rights = Sie können eine Kopie von allem verlangen, was diese Website zu Ihrer E-Mail-Adresse speichert, oder dessen Löschung (Ihre Kommentare erscheinen dann als „Anonym“ oder werden gelöscht). Schreiben Sie der Redaktion der Website; sie kann beides mit wenigen Klicks erledigen.

## Feeds (RSS und Atom)

feed-site-comments = Kommentare zu { $site }
feed-article-comments = Kommentare zu: { $title }
feed-comment-on = Kommentar zu { $title } von { $author }
feed-comment-by = Von: { $author }
comments-closed-on = Die Kommentarfunktion wurde am { $date } geschlossen.
notice-link = Rechtswidrige Inhalte melden (Gesetz über digitale Dienste der EU)
notice-title = Rechtswidrige Inhalte melden
notice-intro = Nach dem Gesetz über digitale Dienste der EU können Sie uns Inhalte melden, die Sie für rechtswidrig halten. Bitte begründen Sie so genau wie möglich, warum; wir prüfen die Meldung und entscheiden.
notice-category = Um welche Art rechtswidriger Inhalte handelt es sich?
notice-category-illegal-or-harmful-speech = Rechtswidrige Hassrede oder Aufstachelung zu Hass oder Gewalt
notice-category-violence = Gewalt oder Drohungen
notice-category-protection-of-minors = Gefährdung von Minderjährigen
notice-category-data-protection-and-privacy-violations = Verletzung der Privatsphäre oder des Datenschutzes
notice-category-intellectual-property-infringements = Verletzung geistigen Eigentums
notice-category-scams-and-fraud = Betrug oder Betrugsmasche
notice-category-non-consensual-behaviour = Ohne Einwilligung geteilte Inhalte
notice-category-risk-for-public-security = Gefahr für die öffentliche Sicherheit
notice-category-other = Sonstige rechtswidrige Inhalte
notice-ground-terms = die Nutzungsbedingungen der Website
notice-explanation = Warum ist der Inhalt rechtswidrig? (20 bis 5000 Zeichen)
notice-name = Ihr Name (optional)
notice-email = Ihre E-Mail-Adresse (optional: für die Eingangsbestätigung und unsere Entscheidung)
notice-good-faith = Ich bestätige in gutem Glauben, dass die Angaben in dieser Meldung richtig und vollständig sind.
notice-send = Meldung absenden
notice-sent-title = Meldung eingegangen
notice-sent = Vielen Dank. Ihre Meldung hat die Nummer { $id }; wir prüfen sie und entscheiden.
notice-error-category = Bitte wählen Sie, um welche Art rechtswidriger Inhalte es sich handelt.
notice-error-explanation = Bitte begründen Sie Ihre Meldung in 20 bis 5000 Zeichen.
notice-error-name = Bitte geben Sie einen Namen mit höchstens 200 Zeichen an.
notice-error-email = Bitte geben Sie eine gültige E-Mail-Adresse an oder keine.
notice-error-good-faith = Bitte bestätigen Sie, dass Sie diese Meldung in gutem Glauben abgeben.
notice-error-decided = Darüber wurde bereits entschieden.
notice-error-same-staff = Eine Beschwerde prüft eine andere Person aus der Redaktion als die, die entschieden hat.
notice-error-link = Dieser Link ist ungültig.
notice-error-appeal = Bitte begründen Sie Ihre Beschwerde in 10 bis 5000 Zeichen.
notice-facts = Die Meldung { $id } ordnete den Kommentar der Kategorie „{ $category }“ zu; die Moderation hat ihn als rechtswidrig eingestuft.
statement-title = Begründung
statement-decision = Entscheidung
statement-decision-removed = Der Kommentar wurde entfernt.
statement-decision-restricted = Der Kommentar wurde für Leser ausgeblendet.
statement-facts-staff = Die Moderation hat festgestellt, dass der Kommentar gegen die Kommentarregeln der Website verstößt.
statement-facts-reports = Leser haben den Kommentar gemeldet; er wurde automatisch ausgeblendet, bis die Moderation ihn prüft.
statement-facts = Tatsachen und Umstände
statement-ground = Grundlage der Entscheidung
statement-ground-law = Nach geltendem Recht rechtswidriger Inhalt: { $category }
statement-automated = Automatisierte Mittel
statement-automated-yes = Bei dieser Entscheidung wurden automatisierte Mittel verwendet.
statement-automated-no = Es wurden keine automatisierten Mittel verwendet: Ein Mensch hat entschieden.
statement-redress = Rechtsbehelfe
statement-redress-text = Sie können unten innerhalb von sechs Monaten Beschwerde einlegen; eine andere Person aus der Redaktion prüft dann die Entscheidung. Sie können sich auch an eine außergerichtliche Streitbeilegungsstelle oder an die Gerichte wenden.
appeal-label = Warum sollte die Entscheidung überprüft werden?
appeal-send = Beschwerde einlegen
appeal-sent = Ihre Beschwerde ist eingegangen; eine andere Person aus der Redaktion wird sie prüfen.
appeal-waiting = Ihre Beschwerde wartet auf Prüfung.
appeal-outcome-upheld = Ihre Beschwerde wurde geprüft: Die Entscheidung bleibt bestehen.
appeal-outcome-reversed = Ihre Beschwerde wurde geprüft: Die Entscheidung wurde aufgehoben, und Ihr Kommentar ist wieder veröffentlicht.
live-new-comments = { $count ->
    [one] { $count } neuer Kommentar – anzeigen
   *[other] { $count } neue Kommentare – anzeigen
}
live-reload = Die Diskussion ist weitergegangen – laden Sie die Seite neu, um sie zu sehen
live-badge = Live
live-updates = Live-Updates
live-new-updates = { $count ->
    [one] { $count } neues Update – anzeigen
   *[other] { $count } neue Updates – anzeigen
}
feed-live-update = Update zu „{ $title }“

## Die Geschichte eines neu veröffentlichten Beitrags (Agenturdesk)
article-updated = Aktualisiert
article-correction = Korrektur:
article-withdrawn-title = Dieser Beitrag wurde zurückgezogen
article-withdrawn-body = Der Anbieter des Beitrags hat ihn am { $date } zurückgezogen; hier ist er nicht mehr veröffentlicht.
