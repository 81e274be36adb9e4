# Was die Kommandozeile Menschen mitteilt.

## Artikel
cli-article-added = Artikel { $id } hinzugefügt: { $path }
cli-article-slug-taken = es gibt bereits einen Artikel mit der Titelform „{ $slug }“
cli-demo-loaded = Demo-Artikel geladen: { $path }
cli-demo-skipped = die Datenbank enthält bereits Artikel; Demo-Inhalte nicht geladen

## Kommentare
cli-comments-approve = { $count ->
    [one] { $count } Kommentar genehmigt: { $ids }
   *[other] { $count } Kommentare genehmigt: { $ids }
}
cli-comments-unapprove = { $count ->
    [one] Genehmigung von { $count } Kommentar zurückgenommen: { $ids }
   *[other] Genehmigung von { $count } Kommentaren zurückgenommen: { $ids }
}
cli-comments-spam = { $count ->
    [one] { $count } Kommentar als Spam markiert: { $ids }
   *[other] { $count } Kommentare als Spam markiert: { $ids }
}
cli-comments-not-spam = { $count ->
    [one] { $count } Kommentar als kein Spam markiert: { $ids }
   *[other] { $count } Kommentare als kein Spam markiert: { $ids }
}
cli-comments-trash = { $count ->
    [one] { $count } Kommentar in den Papierkorb gelegt: { $ids }
   *[other] { $count } Kommentare in den Papierkorb gelegt: { $ids }
}
cli-comments-restore = { $count ->
    [one] { $count } Kommentar wiederhergestellt: { $ids }
   *[other] { $count } Kommentare wiederhergestellt: { $ids }
}
cli-comments-delete = { $count ->
    [one] { $count } Kommentar gelöscht: { $ids }
   *[other] { $count } Kommentare gelöscht: { $ids }
}
cli-comments-trust = { $count ->
    [one] { $count } Kommentar genehmigt, seinem Verfasser wird nun vertraut: { $ids }
   *[other] { $count } Kommentare genehmigt, ihren Verfassern wird nun vertraut: { $ids }
}
cli-comments-pick = { $count ->
    [one] { $count } Kommentar als Empfehlung der Redaktion markiert: { $ids }
   *[other] { $count } Kommentare als Empfehlung der Redaktion markiert: { $ids }
}
cli-comments-unpick = { $count ->
    [one] { $count } Kommentar ist keine Empfehlung der Redaktion mehr: { $ids }
   *[other] { $count } Kommentare sind keine Empfehlung der Redaktion mehr: { $ids }
}
cli-comments-none = keine Kommentare
cli-comments-nothing-moderated = noch nichts moderiert
cli-column-status = Status
cli-column-date = Datum
cli-column-author = Verfasser
cli-column-email = E-Mail
cli-column-why-held = Grund der Zurückhaltung
cli-column-text = Text
cli-status-pending = ausstehend
cli-status-approved = genehmigt
cli-status-spam = Spam
cli-status-trash = Papierkorb

## Einstellungen
cli-settings-unknown = unbekannte Einstellung „{ $key }“ (bekannt: { $known })
cli-settings-unknown-language = unbekannte Sprache „{ $value }“ (verfügbar: { $list })

## Benutzer
cli-password-prompt = Passwort:
cli-password-repeat = Passwort wiederholen:
cli-password-unreadable = das Passwort kann nicht gelesen werden
cli-password-differ = die beiden Passwörter unterscheiden sich; nichts wurde geändert
cli-user-exists = es gibt bereits einen Benutzer namens „{ $name }“
cli-user-missing = es gibt keinen Benutzer namens „{ $name }“
cli-user-added = { $role ->
    [admin] Administrator { $name } hinzugefügt
    [editor] Redakteur { $name } hinzugefügt
   *[moderator] Moderator { $name } hinzugefügt
}
cli-password-changed = Passwort von { $name } geändert
cli-app-password-note = Anwendungspasswort „{ $label }“ für { $name }: mit HTTP-Basic-Authentifizierung verwenden ({ $name }:Passwort); es wird nicht noch einmal angezeigt
cli-no-random = das System hat keine Zufallszahlen geliefert
cli-users-none = keine Benutzer
cli-role-admin = Administrator
cli-role-editor = Redakteur
cli-role-moderator = Moderator

## Datenschutz
cli-privacy-not-email = „{ $email }“ ist keine E-Mail-Adresse
cli-privacy-deleted = { $count ->
    [one] { $count } Kommentar von { $email } gelöscht
   *[other] { $count } Kommentare von { $email } gelöscht
}
cli-privacy-anonymised = { $count ->
    [one] { $count } Kommentar von { $email } anonymisiert
   *[other] { $count } Kommentare von { $email } anonymisiert
}

## Import und Export
cli-import-dry-run = Probelauf von { $file }: nichts wurde gespeichert. Importiert würden:
cli-imported = { $file } importiert:
cli-import-failed = { $file }: { $error }; nichts wurde importiert
cli-import-failed-at = { $file }, { $place }: { $error }; nichts wurde importiert
cli-import-failed-plain = der Import ist fehlgeschlagen; nichts wurde importiert
cli-import-commit-failed = der Import konnte nicht abgeschlossen werden
cli-place = Zeile { $line }, Spalte { $column }
cli-place-byte = Byte { $offset }
cli-import-no-version = Warnung: { $file } hat kein <wp:wxr_version>; die Datei wurde als WordPress-Export gelesen, weil sie den Namensraum des WordPress-Exports verwendet
cli-import-unmatched = Diskussionen ohne passenden Artikel (--map-prefix FROM=TO verwenden):
cli-import-unmatched-thread = { $count ->
    [one] { $link } ({ $count } Kommentar)
   *[other] { $link } ({ $count } Kommentare)
}
cli-summary-articles = Artikel: { $articles } neu, Seiten: { $pages } neu, bereits importiert: { $already }
cli-summary-comments = Kommentare: { $total } neu ({ $by_status }), davon { $pingbacks } Pingbacks/Trackbacks; bereits importiert: { $already }
cli-summary-none = keine
cli-summary-status = { $status ->
    [approved] { $count } genehmigt
    [pending] { $count } ausstehend
    [spam] { $count } Spam
   *[trash] { $count } im Papierkorb
}
cli-summary-more = Autoren: { $authors }, Kategorien und Schlagwörter: { $terms }, Anhänge: { $attachments } ({ $photos } als Artikelfotos verwendet), umgeleitete alte Adressen: { $redirects }
cli-summary-threads = Diskussionen für externe Seiten: { $threads } neu
cli-summary-skipped-nothing = übersprungen: nichts
cli-summary-skipped = übersprungen:
cli-exported = { $count ->
    [one] { $count } Artikel bzw. Seite nach { $file } exportiert
   *[other] { $count } Artikel und Seiten nach { $file } exportiert
}
cli-site-flag = --site erwartet die Adresse der Website, etwa https://blog.example.org, nicht „{ $value }“
cli-map-prefix-flag = --map-prefix erwartet FROM=TO, nicht „{ $value }“
cli-article-not-found = kein Artikel hat den Slug „{ $slug }“
cli-article-closed = Kommentare zu „{ $slug }“ sind geschlossen
cli-article-opened = Kommentare zu „{ $slug }“ sind offen
cli-sanction-ban = { $target } gesperrt
cli-sanction-suspend = { $target } vorübergehend gesperrt
cli-sanction-premoderate = jeder neue Kommentar von { $target } wird für die Moderation zurückgehalten
cli-sanction-shadow = neue Kommentare von { $target } landen im Spam und sind nur für die Person selbst sichtbar
cli-sanction-until = (bis { $date })
cli-sanction-lifted = aufgehoben am { $date }
cli-sanction-cleared = Maßnahme gegen { $target } aufgehoben
cli-sanction-none = keine geltende Maßnahme gegen { $target }
cli-sanctions-none = keine Maßnahmen
cli-column-kind = Maßnahme
cli-column-target = Ziel
cli-column-until = bis
cli-column-set-by = verhängt von
cli-column-reason = Grund
cli-commenter-names = Namen
cli-commenter-reports = Meldungen
cli-commenter-first-seen = erstmals aktiv
cli-commenter-last-seen = zuletzt aktiv
cli-commenter-trusted = vertrauenswürdig
cli-commenter-sanction = geltende Maßnahme
cli-yes = ja
cli-no = nein
cli-user-may-not-moderate = das Konto „{ $name }“ darf keine Kommentare moderieren
cli-live-on = Live-Berichterstattung zu „{ $slug }“ ist eingeschaltet
cli-live-off = Live-Berichterstattung zu „{ $slug }“ ist ausgeschaltet
cli-live-entry-added = Update { $id } hinzugefügt: { $path }

## masthead wire
cli-wire-added = Agenturquelle „{ $name }“ hinzugefügt: { $url }
cli-wire-name-taken = es gibt bereits eine Agenturquelle namens „{ $name }“
cli-wire-none = noch keine Agenturquellen: mit masthead wire add URL --name NAME eine hinzufügen
cli-wire-never-polled = noch nicht abgerufen
cli-wire-last-error = letzter Abruf fehlgeschlagen: { $error }
cli-wire-last-polled = zuletzt abgerufen am { $at }
cli-wire-every = alle { $minutes } Min.
cli-wire-missing = keine Agenturquelle heißt „{ $name }“
cli-wire-removed = Agenturquelle „{ $name }“ entfernt (ihre Artikel bleiben erhalten)
cli-wire-busy = ein anderer Prozess ruft gerade die Agenturquellen ab und ist innerhalb von 10 Minuten nicht fertig geworden
cli-wire-some-failed = einige Quellen konnten nicht abgerufen werden
cli-wire-poll-failed = { $name }: nicht abgerufen: { $error }
cli-wire-not-modified = { $name }: nichts Neues (304 Not Modified)
cli-wire-polled = { $name }: { $published } veröffentlicht, { $drafts } neu als Entwurf, { $updated } aktualisiert, { $withdrawn } zurückgezogen, { $unchanged } unverändert
cli-wire-refused = nicht übernommen: { $why }
cli-article-corrected = die Korrektur steht unter der Überschrift von „{ $slug }“
