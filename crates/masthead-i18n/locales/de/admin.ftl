# Die Redaktionsverwaltung.

## Rahmen
admin-nav-label = Redaktion
admin-nav-dashboard = Übersicht
admin-nav-articles = Artikel
admin-nav-comments = Kommentare
admin-nav-settings = Einstellungen
admin-nav-privacy = Datenschutz
admin-nav-federation = Föderation
admin-sign-out = Abmelden
admin-error-label = Fehler:
admin-fix-fields = Es wurde nichts gespeichert. Bitte korrigieren Sie die unten markierten Felder.
admin-view = Ansehen
admin-cancel = Abbrechen
admin-newer = Neuere
admin-older = Ältere
admin-page-of = Seite { $page } von { $pages }

## Anmeldung
admin-login-title = Anmelden
admin-login-heading = Bei { $site } anmelden
admin-login-name = Benutzername
admin-login-password = Passwort
admin-login-submit = Anmelden
admin-login-too-many = Zu viele Anmeldeversuche. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.
admin-login-expired = Dieses Anmeldeformular ist abgelaufen oder stammt nicht von dieser Website. Bitte versuchen Sie es erneut.
admin-login-wrong = Benutzername oder Passwort ist falsch.
admin-csrf-expired = Dieses Formular ist abgelaufen oder stammt nicht von dieser Website. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
admin-role-refused = Ihre Rolle ({ $role }) darf das nicht.
admin-role-admin = Administrator
admin-role-editor = Redakteur
admin-role-moderator = Moderator

## Übersicht
admin-dashboard-title = Übersicht
admin-dashboard-articles = { $count ->
    [one] { $n } veröffentlichter Artikel
   *[other] { $n } veröffentlichte Artikel
}
admin-dashboard-pending = ausstehend
admin-dashboard-approved = genehmigt
admin-dashboard-spam = Spam
admin-dashboard-trash = im Papierkorb
admin-chart-heading = Kommentare pro Tag
admin-chart-title = { $days ->
    [one] Kommentare pro Tag, letzter Tag: insgesamt { $total }
   *[other] Kommentare pro Tag, letzte { $days } Tage: insgesamt { $total }
}
admin-chart-bar = { $count ->
    [one] { $count } Kommentar am { $date }
   *[other] { $count } Kommentare am { $date }
}
admin-chart-max = höchstens { $max } am Tag
admin-dashboard-latest = Neueste ausstehende Kommentare
admin-dashboard-nothing-pending = Nichts wartet auf Moderation.
admin-comment-on = { $author } zu { $article }:
admin-moderate = Moderieren

## Moderationswarteschlange
admin-comments-title = Kommentare
admin-status-pending = Ausstehend
admin-status-approved = Genehmigt
admin-status-spam = Spam
admin-status-trash = Papierkorb
admin-queue-by-status = Kommentare nach Status
admin-queue-picks = Empfehlungen der Redaktion
admin-queue-all = Alle
admin-queue-search = Suchen
admin-queue-article-id = Artikelnummer
admin-queue-filter = Filtern
admin-queue-shortcuts = Tastatur: { $a } genehmigen, { $s } Spam, { $t } Papierkorb, { $j }/{ $k } nächster/vorheriger, { $x } markieren, { $help } alle Tasten.
admin-queue-with-selected = Mit Auswahl:
admin-action-approve = Genehmigen
admin-action-unapprove = Nicht genehmigen
admin-action-mark-spam = Als Spam markieren
admin-action-move-trash = In den Papierkorb legen
admin-action-restore = Wiederherstellen
admin-action-pick = Empfehlung der Redaktion
admin-action-unpick = Keine Empfehlung
admin-action-delete = Endgültig löschen
admin-action-trust = Genehmigen und dieser Person vertrauen
admin-action-spam = Spam
admin-action-trash = Papierkorb
admin-action-edit = Bearbeiten
admin-queue-apply = Übernehmen
admin-queue-empty = Hier sind keine Kommentare.
admin-queue-select = Kommentar { $id } auswählen
admin-row-pending = ausstehend
admin-row-approved = genehmigt
admin-row-spam = Spam
admin-row-trash = im Papierkorb
admin-queue-on = zu { $article }
admin-queue-held-because = Zurückgehalten, weil: { $reason }
admin-queue-reported = { $count ->
    [one] Von { $count } Leser gemeldet
   *[other] Von { $count } Lesern gemeldet
}
admin-queue-edited = { $count ->
    [one] Von der Person selbst bearbeitet ({ $count } frühere Fassung)
   *[other] Von der Person selbst bearbeitet ({ $count } frühere Fassungen)
}
admin-queue-replaced = Ersetzt am { $date }:
admin-queue-reply = Als Redaktion antworten
admin-queue-reply-label = Ihre Antwort (sofort veröffentlicht)
admin-queue-reply-label-approves = Ihre Antwort (sofort veröffentlicht; genehmigt diesen Kommentar)
admin-queue-publish-reply = Antwort veröffentlichen
admin-queue-bad-ids = Kommentarnummern müssen Zahlen sein.
admin-queue-one-reply = Bitte jeweils nur auf einen Kommentar antworten.
admin-queue-bad-article = die Artikelnummer muss eine Zahl sein

## Kommentar bearbeiten
admin-edit-title = Kommentar { $id } bearbeiten
admin-edit-name = Name
admin-edit-website = Website
admin-edit-comment = Kommentar
admin-edit-save = Kommentar speichern

## Artikel
admin-articles-title = Artikel
admin-articles-new = Artikel schreiben
admin-articles-empty = Noch keine Artikel.
admin-articles-headline = Überschrift
admin-articles-state = Status
admin-articles-date = Datum
admin-articles-comments = Kommentare
admin-articles-page = (Seite)
admin-articles-thread-of = (Diskussion zu { $page })
admin-articles-thread-of-closed = (Diskussion zu { $page }, geschlossen)
admin-articles-pending = { $count ->
    [one] ({ $count } ausstehend)
   *[other] ({ $count } ausstehend)
}
admin-state-draft = Entwurf
admin-state-scheduled = Geplant
admin-state-published = Veröffentlicht

## Artikeleditor
admin-editor-edit = Artikel bearbeiten
admin-editor-new = Artikel schreiben
admin-editor-view = Artikel ansehen
admin-editor-headline = Überschrift
admin-editor-standfirst = Vorspann
admin-editor-byline = Autorenzeile
admin-editor-body = Text (Markdown)
admin-editor-photo = Foto
admin-editor-remove-photo = Dieses Foto entfernen
admin-editor-photo-replace = Ersetzen durch (JPEG, PNG oder WebP, bis 20 MB)
admin-editor-photo-upload = Hochladen (JPEG, PNG oder WebP, bis 20 MB)
admin-editor-photo-alt = Beschreibung für Screenreader
admin-editor-photo-caption = Bildunterschrift
admin-editor-photo-credit = Bildnachweis (Agentur)
admin-editor-contributors = Mitwirkende, eine Person pro Zeile
admin-editor-source-name = Quelle des Artikels
admin-editor-source-url = Quell-URL
admin-editor-slug = Titelform (die Adresse: /articles/titelform)
admin-editor-slug-placeholder = aus der Überschrift gebildet
admin-editor-slug-note = Die alte Adresse funktioniert nach einer Änderung weiter.
admin-editor-publish-at = Veröffentlichungszeit ({ $timezone }; leer für sofort, in der Zukunft zum Planen)
admin-editor-comments-open = Leser dürfen kommentieren
admin-editor-update = Aktualisieren
admin-editor-save-draft = Entwurf speichern
admin-editor-preview = Vorschau
admin-editor-publish-changes = Änderungen veröffentlichen
admin-editor-publish = Veröffentlichen
admin-editor-unpublish = Veröffentlichung zurückziehen
admin-editor-saved = Gespeichert.
admin-editor-published = Veröffentlicht: Der Artikel ist auf der Website.
admin-editor-scheduled = Geplant: Der Artikel erscheint zu seiner Veröffentlichungszeit.
admin-editor-unpublished = Zurückgezogen: Der Artikel ist wieder ein Entwurf und nicht mehr auf der Website.
admin-editor-slug-taken = Ein anderer Artikel hat bereits die Titelform „{ $slug }“. Bitte wählen Sie eine andere.
admin-editor-unknown-action = Unbekannte Aktion des Editors.
admin-editor-bad-photo-token = Der Verweis auf das behaltene Foto ist ungültig.

## Einstellungen
admin-settings-title = Einstellungen
admin-settings-saved = Einstellungen gespeichert.
admin-settings-allowed-html = Erlaubtes HTML in Kommentaren
admin-settings-allowed-html-change = (zu ändern mit { $command })
admin-settings-save = Einstellungen speichern
admin-settings-unknown-language = Unbekannte Sprache „{ $value }“. Zur Auswahl stehen: { $list }.
admin-setting-site-title = Titel der Website
admin-setting-site-description = Beschreibung der Website
admin-setting-site-language = Sprache der Website
admin-setting-site-url = Öffentliche Adresse (https://news.example.com)
admin-setting-articles-per-page = Artikel pro Seite
admin-setting-comments-thread-depth = Antworttiefe
admin-setting-comments-page-comments = Kommentare der obersten Ebene pro Seite (0: alle auf einer Seite)
admin-setting-comments-default-page = Zuerst gezeigte Seite: newest (neueste) oder oldest (älteste)
admin-setting-comments-trust-after = Freigegebene Kommentare, die jemand (gleicher Name, gleiche E-Mail-Adresse) braucht, bevor Kommentare ohne Prüfung erscheinen (0: niemanden zurückhalten)
admin-setting-comments-hold-all = Jeden Kommentar zur Moderation zurückhalten
admin-setting-comments-max-links = Kommentare mit so vielen Links zurückhalten (0: nie)
admin-setting-comments-moderation-words = Moderationswörter (zurückhalten), eines pro Zeile
admin-setting-comments-disallowed-words = Unerlaubte Wörter (Spam), eines pro Zeile
admin-setting-comments-flood-seconds = Sekunden zwischen Kommentaren von derselben Adresse
admin-setting-comments-min-fill-seconds = Mindestsekunden zwischen Laden und Absenden des Formulars
admin-setting-comments-close-after-days = Kommentare bei Artikeln schließen, die älter als so viele Tage sind (0: nie)
admin-setting-comments-rest-anonymous = Anonyme Kommentare über die REST-API erlauben
admin-setting-federation-enabled = Am offenen Web teilnehmen: Webmentions von anderen Websites und die Website als ActivityPub-Konto, dem Mastodon und andere folgen und auf das sie antworten
admin-setting-federation-username = Kontoname der Website im Fediverse (acct:NAME@host)
admin-setting-federation-staff-authors = Jede Autorin und jeder Autor der Redaktion ist auch ein Fediverse-Konto (der Benutzername am Host der Website): ihre Artikel kommen von ihnen, und das Konto der Website teilt sie
admin-setting-federation-blocked-domains = Domains, deren Seiten und Server abgewiesen werden, einschließlich Subdomains
admin-setting-comments-edit-minutes = Minuten, in denen Kommentierende ihren Kommentar bearbeiten dürfen (0: nie)
admin-setting-comments-report-threshold = Meldungen, die einen Kommentar zurück in die Warteschlange schicken (jedes Netz zählt einmal; die Meldung eines neuen Lesers zählt halb)
admin-setting-comments-avatars = Identicons neben Kommentaren zeigen
admin-setting-privacy-ip-retention-days = Tage, die IP-Adressen von Kommentierenden gespeichert bleiben (0: für immer)
admin-setting-site-logo-url = Logo des Herausgebers für Suchmaschinen (Adresse oder /Pfad; leer: das von masthead)
admin-setting-site-robots = robots.txt ({ "{base}" } steht für die öffentliche Adresse)
admin-setting-mail-from = Absender der Benachrichtigungen (Name <Adresse>)
admin-setting-notify-moderator-emails = E-Mail-Adressen der Moderatoren, durch Leerzeichen getrennt
admin-setting-notify-moderator-mode = Mails an Moderatoren: each (eine pro zurückgehaltenem Kommentar) oder digest (stündlich gesammelt)
admin-setting-notify-webhooks = Webhook-Adressen für zurückgehaltene Kommentare, durch Leerzeichen getrennt
admin-setting-notify-max-per-hour = Höchstzahl an Nachrichten an eine Adresse pro Stunde
admin-setting-site-utc-offset-minutes = Minuten östlich von UTC für angezeigte Daten und Uhrzeiten (negativ: westlich)
admin-setting-comments-require-previously-approved = Kommentare neuer Personen zurückhalten, bis einer ihrer Kommentare freigegeben ist (der frühere Schalter für die Zahl freigegebener Kommentare)
admin-setting-comments-form-max-age-hours = Stunden, die ein Kommentarformular nach dem Ausliefern gültig bleibt
admin-setting-embed-allowed-origins = Websites, deren Seiten Diskussionen einbetten dürfen (Origins wie https://blog.example.org, durch Leerzeichen getrennt)
admin-setting-notify-webhook-secret = Schlüssel, mit dem Webhooks signiert werden (leer: ein aus dem Geheimnis der Website abgeleiteter)

## Datenschutz
admin-privacy-title = Datenschutz
admin-privacy-heading = Personenbezogene Daten
admin-privacy-intro = Alles, was masthead über eine kommentierende Person speichert, lässt sich über ihre E-Mail-Adresse finden: Exportieren Sie es für sie, oder löschen Sie es.
admin-privacy-email = E-Mail-Adresse
admin-privacy-export = Personenbezogene Daten exportieren (JSON)
admin-privacy-erase = Personenbezogene Daten löschen
admin-privacy-anonymize = Kommentare als „Anonym“ behalten, ohne E-Mail, Website, IP-Adresse oder Browser
admin-privacy-delete = Kommentare löschen (Antworten darauf bleiben)
admin-privacy-confirm = Mir ist bewusst, dass dies nicht rückgängig gemacht werden kann
admin-privacy-retention = { $count ->
    [0] IP-Adressen werden für immer gespeichert (Einstellung { $key }).
    [one] IP-Adressen werden { $count } Tag gespeichert und dann automatisch gelöscht (Einstellung { $key }).
   *[other] IP-Adressen werden { $count } Tage gespeichert und dann automatisch gelöscht (Einstellung { $key }).
}
admin-privacy-need-email = Bitte geben Sie die E-Mail-Adresse der kommentierenden Person ein.
admin-privacy-need-confirm = Zum Löschen „Mir ist bewusst, dass dies nicht rückgängig gemacht werden kann“ ankreuzen.
admin-privacy-unknown-erasure = Unbekannte Art des Löschens.
admin-privacy-unknown-action = Unbekannte Aktion.
admin-privacy-deleted = { $count ->
    [one] { $count } Kommentar von { $email } gelöscht.
   *[other] { $count } Kommentare von { $email } gelöscht.
}
admin-privacy-anonymised = { $count ->
    [one] { $count } Kommentar von { $email } anonymisiert.
   *[other] { $count } Kommentare von { $email } anonymisiert.
}

## Gründe der Zurückhaltung
admin-reason-hold-all = jeder Kommentar wird zur Moderation zurückgehalten
admin-reason-first-comments = erste Kommentare mit diesem Namen und dieser E-Mail-Adresse (bisher freigegeben: { $approved } von { $needed })
admin-reason-honeypot = das versteckte Honeypot-Feld wurde ausgefüllt
admin-reason-no-token = ohne das Token des Formulars gesendet
admin-reason-edited-after-approval = nach der Freigabe durch die Moderation bearbeitet
admin-reason-deleted-by-author = Von der Person gelöscht, die ihn geschrieben hat
admin-reason-moderation-word = enthält das Moderationswort „{ $word }“
admin-reason-disallowed-word = enthält das unerlaubte Wort „{ $word }“
admin-reason-links = enthält { $count } Links (Grenze { $limit })
admin-reason-reported = { $count ->
    [one] Von { $count } Leser gemeldet ({ $kinds })
   *[other] Von { $count } Lesern gemeldet ({ $kinds })
}

## Article editor: refused fields and photos
admin-editor-headline-missing = Bitte geben Sie dem Artikel eine Überschrift.
admin-editor-headline-too-long = Die Überschrift ist länger als { $limit } Zeichen.
admin-editor-slug-invalid = Verwenden Sie 1 bis 200 Kleinbuchstaben, Ziffern und einzelne Bindestriche, nicht am Anfang oder Ende.
admin-editor-field-too-long = Das Feld „{ $field }“ ist länger als { $limit } Zeichen.
admin-editor-body-too-large = Der Text ist größer als { $limit } kB.
admin-editor-contributors-invalid = Nennen Sie höchstens { $count } Mitwirkende mit je bis zu { $limit } Zeichen.
admin-editor-source-url-invalid = Die Adresse der Quelle muss mit http:// oder https:// beginnen.
admin-editor-source-name-missing = Nennen Sie die Quelle, auf die der Link verweist.
admin-editor-publish-at-invalid = Geben Sie Datum und Uhrzeit als JJJJ-MM-TT HH:MM an oder lassen Sie das Feld für sofort leer.
admin-photo-too-large = Das Foto ist größer als { $limit } MB.
admin-photo-not-an-image = Die Datei ist kein JPEG-, PNG- oder WebP-Bild.
admin-photo-too-many-pixels = Das Foto hat zu viele Pixel: höchstens { $side } je Seite und { $megapixels } Megapixel.
admin-photo-unreadable = Das Foto konnte nicht gelesen werden: { $reason }

## Settings: refused values
admin-settings-bad-value = { $key } muss { $expected } sein, nicht „{ $value }“.
admin-settings-unknown-key = Unbekannte Einstellung „{ $key }“ (vorhanden: { $known }).
admin-expected-number = eine Zahl von { $min } bis { $max }
admin-expected-bool = „true“ oder „false“
admin-expected-username = 1 bis 30 Zeichen aus a-z, 0-9 und _
admin-expected-domains = durch Leerzeichen getrennte Domainnamen wie spam.example
admin-expected-minutes-between = eine Minutenzahl zwischen { $min } und { $max }
admin-expected-seconds = eine Sekundenzahl von { $min } bis { $max }
admin-expected-hours = eine Stundenzahl von { $min } bis { $max }
admin-expected-days-never = eine Anzahl Tage von { $min } (nie) bis { $max }
admin-expected-days-forever = eine Anzahl Tage von { $min } (für immer) bis { $max }
admin-expected-trust-after = eine Zahl von { $min } (niemanden zurückhalten) bis { $max }
admin-expected-comments-per-page = eine Zahl von { $min } (alle auf einer Seite) bis { $max }
admin-expected-edit-minutes = eine Minutenzahl von { $min } (keine Bearbeitung) bis { $max }
admin-expected-http-address = eine Adresse mit http:// oder https://
admin-expected-address-or-path = eine Adresse mit http:// oder https:// oder ein Pfad wie /media/logo.png
admin-expected-newest-oldest = „newest“ (neueste) oder „oldest“ (älteste)
admin-expected-each-digest = „each“ (einzeln) oder „digest“ (Zusammenfassung)
admin-expected-origins = durch Leerzeichen getrennte Ursprünge wie https://blog.example.org
admin-expected-sender = eine E-Mail-Adresse wie news@example.org oder Redaktion <news@example.org>
admin-expected-emails = durch Leerzeichen getrennte E-Mail-Adressen
admin-expected-urls = durch Leerzeichen getrennte Adressen mit http:// oder https://
admin-expected-language = einer der Codes { $list }
admin-allowlist-unsafe-tag = „{ $tag }“ ist kein Tag, das in Kommentaren erlaubt werden kann (möglich: { $list }).
admin-allowlist-unsafe-attribute = Das Attribut „{ $attribute }“ an <{ $tag }> kann in Kommentaren nicht erlaubt werden (möglich: { $list }).
admin-allowlist-syntax = Die erlaubten Tags sind bei „{ $near }“ nicht lesbar: Schreiben Sie sie wie a[href,title] b i.

## Comment queue: refused requests
admin-queue-unknown-status = Unbekannter Kommentarstatus „{ $status }“.
admin-queue-unknown-action = Unbekannte Moderationsaktion „{ $action }“.

## The spam filter: its score and what weighed most, in the queue
admin-reason-filter = Spamfilter: zu { $score } wahrscheinlich Spam
filter-towards-spam = { $clue } → Spam
filter-towards-ham = { $clue } → kein Spam
filter-clue-word = das Wort „{ $value }“
filter-clue-phrase = die Wörter „{ $value }“
filter-clue-domain = ein Link zu { $value }
# $count: 3 stands for 3 or more.
filter-clue-links = Links: { $count }
filter-clue-shouting = Großbuchstaben
filter-clue-punctuation = „!!“ oder „??“
filter-clue-website = eine Website angegeben
filter-clue-name-digits = Ziffern im Namen
filter-clue-approved = früher freigegebene Kommentare: { $count }
filter-clue-spammed = früher als Spam markierte Kommentare: { $count }
filter-clue-trashed = früher gelöschte Kommentare: { $count }
admin-queue-sort-filter = Filterwert
admin-setting-moderation-filter = Spamfilter (off, advise oder auto)
admin-setting-moderation-filter-ham-to-spam = Höchster Anteil legitimer Kommentare, die der Filter als Spam einordnen darf
admin-setting-moderation-filter-spam-shown = Höchster Anteil Spam, den der Filter veröffentlichen darf
admin-expected-filter = off, advise oder auto
admin-expected-rate = ein Prozentsatz von 0,0001 % bis 50 %, etwa 0.1%
admin-queue-sort = Sortieren nach
admin-queue-sort-newest = neueste
admin-setting-moderation-proof-of-work = Einen Arbeitsnachweis verlangen, wenn der Filter unsicher ist (off oder when_unsure)
admin-expected-proof-of-work = off oder when_unsure
admin-reason-no-proof = der Filter neigte zur Freigabe, aber es kam kein Arbeitsnachweis (JavaScript aus?)
admin-setting-moderation-flood-per-minute = Kommentare pro Minute, ab denen eine Flut herrscht: dann braucht jeder Kommentar eines neuen Autors einen Arbeitsnachweis (0: nie)
admin-reason-sanction-ban = wer ihn geschrieben hat, ist gesperrt
admin-reason-sanction-suspend = wer ihn geschrieben hat, ist vorübergehend gesperrt
admin-reason-sanction-shadow = wer ihn geschrieben hat, ist unsichtbar gesperrt: nur diese Person sieht ihn
admin-reason-sanction-premoderate = wer ihn geschrieben hat, wird immer vorab moderiert
admin-reason-recent-rejections = { $count ->
    [one] abgelehnt: { $rejected } von { $count } zuletzt moderierten Kommentar dieser Person
   *[other] abgelehnt: { $rejected } von { $count } zuletzt moderierten Kommentaren dieser Person
}
admin-setting-comments-recent-history = Letzte Kommentare einer Person, über die die Ablehnungsquote berechnet wird (0: aus)
admin-setting-comments-recent-rejection-rate = Ablehnungsquote (%) unter diesen Kommentaren, ab der eine Person wieder vorab moderiert wird
admin-nav-commenters = Kommentierende
admin-action-ban = Person sperren
admin-commenters-title = Kommentierende
admin-commenters-heading = Kommentierende
admin-commenters-show = Anzeigen
admin-commenters-names = Verwendete Namen
admin-commenters-reports = Meldungen von Lesern
admin-commenters-first-seen = Erstmals aktiv
admin-commenters-last-seen = Zuletzt aktiv
admin-commenters-trusted = Von der Redaktion als vertrauenswürdig eingestuft
admin-commenters-in-force = Geltende Maßnahme
admin-commenters-comments = Kommentare dieser Person in der Warteschlange
admin-commenters-sanction = Maßnahme
admin-commenters-target = E-Mail, IP-Adresse, CIDR-Bereich oder @Domain
admin-commenters-reason = Grund
admin-commenters-days = Tage (für eine vorübergehende Sperre nötig; sonst bis zur Aufhebung)
admin-commenters-history = Maßnahmen gegen diese Person
admin-commenters-active = Geltende Maßnahmen
admin-commenters-none = Keine Maßnahmen.
admin-commenters-kind = Maßnahme
admin-commenters-set = Verhängt
admin-commenters-until = Bis
admin-commenters-state = Status
admin-commenters-lifted-by = aufgehoben von { $name }
admin-commenters-ended = abgelaufen
admin-sanction-ban = Sperren
admin-sanction-suspend = Vorübergehend sperren
admin-sanction-premoderate = Immer vorab moderieren
admin-sanction-shadow = Unsichtbar sperren
admin-sanction-clear = Aufheben
admin-yes = ja
admin-no = nein
admin-editor-sections = Ressorts (Kategorie-Kürzel, durch Kommas getrennt)
admin-editor-sections-invalid = Benennen Sie Ressorts mit Buchstaben, Ziffern, Binde- und Unterstrichen, durch Kommas getrennt.
admin-keys-heading = Tastenkürzel
admin-keys-next = nächster Kommentar
admin-keys-previous = vorheriger Kommentar
admin-keys-approve = genehmigen
admin-keys-spam = als Spam markieren
admin-keys-trash = in den Papierkorb legen
admin-keys-unapprove = nicht genehmigen (zurück in die Warteschlange)
admin-keys-pick = Empfehlung der Redaktion (genehmigt den Kommentar)
admin-keys-reply = antworten
admin-keys-ban = Person sperren (zweimal drücken)
admin-keys-select = für eine Sammelaktion markieren
admin-keys-help = diese Liste ein- oder ausblenden
admin-keys-failed = Nicht ausgeführt: Bitte laden Sie die Seite neu und versuchen Sie es erneut.
admin-keys-ban-again = Drücken Sie noch einmal B, um die Person zu sperren, die diesen Kommentar geschrieben hat.
admin-keys-done-approve = Kommentar { $ids } genehmigt.
admin-keys-done-unapprove = Kommentar { $ids } ist wieder in der Warteschlange.
admin-keys-done-spam = Kommentar { $ids } als Spam markiert.
admin-keys-done-trash = Kommentar { $ids } in den Papierkorb gelegt.
admin-keys-done-pick = Kommentar { $ids } ist jetzt eine Empfehlung der Redaktion.
admin-keys-done-ban = Die Person, die Kommentar { $ids } geschrieben hat, ist gesperrt; der Kommentar liegt im Spam.
admin-reason-hook = der Klassifikator der Redaktion meldete { $verdict }: { $reason }
admin-reason-hook-unanswered = der Klassifikator der Redaktion hat nicht rechtzeitig geantwortet
admin-setting-moderation-hook-url = Eigener Klassifikator der Redaktion, der vor dem Speichern zu jedem Kommentar befragt wird (eine Adresse; leer: keiner)
admin-setting-moderation-hook-timeout-ms = Millisekunden, die der Klassifikator brauchen darf, bevor der Kommentar zurückgehalten wird
admin-expected-hook-url = eine Adresse mit http:// oder https:// oder nichts
admin-queue-sort-oldest = älteste
admin-queue-sort-reported = meistgemeldete
admin-queue-sort-article = Artikel
admin-queue-reason = Zurückgehalten wegen
admin-queue-reason-any = beliebiger Grund
admin-queue-reason-first-comments = erste Kommentare
admin-queue-reason-links = Links
admin-queue-reason-moderation-word = ein Moderationswort
admin-queue-reason-no-form-token = kein Token des Formulars
admin-queue-reason-hold-all = jeder Kommentar zurückgehalten
admin-queue-reason-reported = Meldungen von Lesern
admin-queue-reason-filter = Spamfilter
admin-queue-reason-no-proof = kein Arbeitsnachweis
admin-queue-reason-recent-rejections = jüngste Ablehnungen
admin-queue-reason-sanctioned = geltende Maßnahme
admin-queue-reason-hook = der Klassifikator der Redaktion
admin-queue-section = Ressort
admin-setting-notify-chat-webhooks = Chat-Webhooks (Slack, Mattermost, Matrix), die von jedem zurückgehaltenen Kommentar erfahren, mit Links zum Freigeben und als Spam Markieren (Adressen durch Leerzeichen getrennt)
admin-queue-reason-hook-unanswered = der Klassifikator hat nicht geantwortet
admin-nav-notices = Meldungen
admin-notices-title = Meldungen und Beschwerden
admin-notices-intro = Meldungen rechtswidriger Inhalte von Lesern (Gesetz über digitale Dienste der EU) und Beschwerden gegen Entfernungen. Wer einen entfernten Kommentar geschrieben hat, erhält eine Begründung; eine Beschwerde prüft jemand anderes als die Person, die entschieden hat.
admin-notices-open = Offene Meldungen
admin-notices-none = Keine offenen Meldungen.
admin-notices-number = Meldung { $id }
admin-notices-by = meldende Person: { $name }
admin-notices-anonymous = anonym
admin-notices-comment = Kommentar { $id }
admin-notices-remove = Als rechtswidrig entfernen
admin-notices-keep = Behalten
admin-notices-appeals = Beschwerden
admin-notices-no-appeals = Keine offenen Beschwerden.
admin-notices-statement = Begründung { $id }
admin-notices-decided-by = entschieden von { $name }
admin-notices-uphold = Entscheidung bestätigen
admin-notices-reverse = Aufheben und Kommentar wieder veröffentlichen

# The editor's live desk (issue 29).
admin-live-title = Live-Berichterstattung
admin-live-never = Über diesen Artikel wurde noch nicht live berichtet.
admin-live-since = Live seit { $time }: Geöffnete Seiten erhalten jedes Update sofort.
admin-live-ended = Live-Berichterstattung beendet am { $time }.
admin-live-start = Live-Berichterstattung starten
admin-live-end = Live-Berichterstattung beenden
admin-live-entry = Neues Update (HTML oder Markdown)
admin-live-post = Update veröffentlichen
admin-live-recent = Neueste Updates
admin-live-switched-on = Die Live-Berichterstattung ist eingeschaltet: Der Artikel zeigt „Live“ und seine Updates.
admin-live-switched-off = Die Live-Berichterstattung ist beendet.
admin-live-posted = Update veröffentlicht: Geöffnete Seiten zeigen es bereits.
admin-live-bad-switch = Die Live-Berichterstattung lässt sich nur ein- oder ausschalten.

## The wire desk's sources (checked alike from the CLI and the admin)
wire-source-bad-name = Eine Quelle braucht einen Namen mit 1 bis { $max } Zeichen in einer einzigen Zeile.
wire-source-bad-url = „{ $url }“ ist keine http- oder https-Adresse.
wire-source-bad-credit = Die Quellenangabe darf höchstens { $max } Zeichen lang sein, in einer einzigen Zeile.
wire-source-bad-every = Das Intervall beträgt 1 bis { $max } Minuten.
## The wire desk page
admin-nav-wire = Agenturdesk
admin-wire-title = Agenturdesk
admin-wire-stories = Meldungen
admin-wire-intro = Meldungen der Agenturen, die jüngste Änderung zuerst. Eine Meldung, die mehrere Quellen geschickt haben, steht nur einmal da, unter der Quelle, von der sie zuerst kam.
admin-wire-filter-source = Quelle
admin-wire-filter-any-source = Alle Quellen
admin-wire-filter-state = Status
admin-wire-filter-any-state = Jeder Status
admin-wire-filter = Filtern
admin-wire-empty = Keine Meldungen auf dem Desk.
admin-wire-state-new = neu
admin-wire-state-published = veröffentlicht
admin-wire-state-dismissed = verworfen
admin-wire-state-withdrawn = zurückgezogen
admin-wire-from = von { $source }
admin-wire-also-from = auch von { $source }
admin-wire-received = eingegangen am { $time }
admin-wire-updated = aktualisiert am { $time }
admin-wire-version = Fassung { $version }
admin-wire-publish = Veröffentlichen
admin-wire-edit = Bearbeiten
admin-wire-preview = Vorschau
admin-wire-dismiss = Verwerfen
admin-wire-sources = Agenturquellen
admin-wire-no-sources = Noch keine Agenturquellen: Fügen Sie unten eine hinzu.
admin-wire-source-name = Bezeichnung
admin-wire-source-url = Adresse
admin-wire-source-publish = Neue Meldungen
admin-wire-source-every = Abgerufen alle
admin-wire-source-polled = Zuletzt abgerufen
admin-wire-source-error = Letzter Fehler
admin-wire-source-actions = Aktionen
admin-wire-publish-draft = warten auf dem Desk
admin-wire-publish-now = werden sofort veröffentlicht
admin-wire-every = { $minutes } Min.
admin-wire-never-polled = noch nicht
admin-wire-poll-now = Jetzt abrufen
admin-wire-remove = Entfernen
admin-wire-add = Agenturquelle hinzufügen
admin-wire-add-name = Bezeichnung
admin-wire-add-url = Feed-Adresse
admin-wire-add-credit = Quellenangabe (leer: der Name der Quelle)
admin-wire-add-every = Abrufen alle (Minuten)
admin-wire-add-publish = Neue Meldungen
admin-wire-add-submit = Quelle hinzufügen
admin-wire-done-published = Die Meldung ist veröffentlicht.
admin-wire-done-scheduled = Die Meldung wird veröffentlicht, sobald ihre Sperrfrist endet.
admin-wire-done-dismissed = Die Meldung ist verworfen: Spätere Fassungen davon erscheinen nicht.
admin-wire-done-polled = Die Quelle wird innerhalb von 15 Sekunden abgerufen.
admin-wire-done-added = Quelle hinzugefügt: Sie wird innerhalb von 15 Sekunden abgerufen.
admin-wire-done-removed = Quelle entfernt. Ihre Artikel bleiben erhalten.
admin-wire-name-taken = Es gibt bereits eine Quelle namens „{ $name }“.
admin-wire-bad-publish = Neue Meldungen warten entweder auf dem Desk oder werden sofort veröffentlicht.
admin-wire-not-new = Nur eine neue Meldung kann vom Desk aus veröffentlicht werden.
admin-wire-cannot-publish = Diese Meldung kann nicht veröffentlicht werden: Ihr Artikel ist gelöscht oder wurde zurückgezogen.
admin-wire-cannot-dismiss = Nur eine neue oder zurückgezogene Meldung kann verworfen werden.
admin-editor-versions = Frühere Fassungen
admin-editor-version-wire-update = ersetzt durch die Aktualisierung der Agentur
admin-editor-version-edited = ersetzt durch eine Bearbeitung in der Redaktion

## The federation page (/admin/federation)
admin-federation-title = Föderation
admin-federation-account = Das Konto der Website im Fediverse: { $account }
admin-federation-off = Die Föderation ist ausgeschaltet (federation.enabled): Es werden keine Webmentions angenommen und niemand kann der Website folgen.
admin-federation-followers = { $count ->
    [one] { $count } Follower
   *[other] { $count } Follower
}
admin-federation-none = Noch nichts.
admin-federation-handle = Konto
admin-federation-since = Folgt seit
admin-federation-deliveries = Neueste Zustellungen
admin-federation-activity = Aktivität
admin-federation-inbox = Posteingang
admin-federation-state = Status
admin-federation-answer = Antwort
admin-federation-tries = Versuche
admin-federation-when = Wann
admin-federation-problems = Erwähnungen und Beiträge, die keinen Bestand hatten
admin-federation-source = Quelle
admin-federation-target = Ziel
admin-federation-via = Über
