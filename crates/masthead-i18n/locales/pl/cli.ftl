# Co wiersz poleceń mówi ludziom.

## Artykuły
cli-article-added = dodano artykuł { $id }: { $path }
cli-article-slug-taken = artykuł o uproszczonej nazwie „{ $slug }” już istnieje
cli-demo-loaded = wczytano artykuł demonstracyjny: { $path }
cli-demo-skipped = baza danych ma już artykuły; nie wczytano treści demonstracyjnych

## Komentarze
cli-comments-approve = { $count ->
    [one] zatwierdzono { $count } komentarz: { $ids }
    [few] zatwierdzono { $count } komentarze: { $ids }
    [many] zatwierdzono { $count } komentarzy: { $ids }
   *[other] zatwierdzono { $count } komentarza: { $ids }
}
cli-comments-unapprove = { $count ->
    [one] cofnięto zatwierdzenie { $count } komentarza: { $ids }
    [few] cofnięto zatwierdzenie { $count } komentarzy: { $ids }
    [many] cofnięto zatwierdzenie { $count } komentarzy: { $ids }
   *[other] cofnięto zatwierdzenie { $count } komentarza: { $ids }
}
cli-comments-spam = { $count ->
    [one] oznaczono jako spam { $count } komentarz: { $ids }
    [few] oznaczono jako spam { $count } komentarze: { $ids }
    [many] oznaczono jako spam { $count } komentarzy: { $ids }
   *[other] oznaczono jako spam { $count } komentarza: { $ids }
}
cli-comments-not-spam = { $count ->
    [one] oznaczono jako niebędący spamem { $count } komentarz: { $ids }
    [few] oznaczono jako niebędące spamem { $count } komentarze: { $ids }
    [many] oznaczono jako niebędące spamem { $count } komentarzy: { $ids }
   *[other] oznaczono jako niebędące spamem { $count } komentarza: { $ids }
}
cli-comments-trash = { $count ->
    [one] przeniesiono do kosza { $count } komentarz: { $ids }
    [few] przeniesiono do kosza { $count } komentarze: { $ids }
    [many] przeniesiono do kosza { $count } komentarzy: { $ids }
   *[other] przeniesiono do kosza { $count } komentarza: { $ids }
}
cli-comments-restore = { $count ->
    [one] przywrócono { $count } komentarz: { $ids }
    [few] przywrócono { $count } komentarze: { $ids }
    [many] przywrócono { $count } komentarzy: { $ids }
   *[other] przywrócono { $count } komentarza: { $ids }
}
cli-comments-delete = { $count ->
    [one] usunięto { $count } komentarz: { $ids }
    [few] usunięto { $count } komentarze: { $ids }
    [many] usunięto { $count } komentarzy: { $ids }
   *[other] usunięto { $count } komentarza: { $ids }
}
cli-comments-trust = { $count ->
    [one] zatwierdzono { $count } komentarz i zaufano jego autorowi: { $ids }
    [few] zatwierdzono { $count } komentarze i zaufano ich autorom: { $ids }
    [many] zatwierdzono { $count } komentarzy i zaufano ich autorom: { $ids }
   *[other] zatwierdzono { $count } komentarza i zaufano ich autorom: { $ids }
}
cli-comments-pick = { $count ->
    [one] dodano do wyboru redakcji { $count } komentarz: { $ids }
    [few] dodano do wyboru redakcji { $count } komentarze: { $ids }
    [many] dodano do wyboru redakcji { $count } komentarzy: { $ids }
   *[other] dodano do wyboru redakcji { $count } komentarza: { $ids }
}
cli-comments-unpick = { $count ->
    [one] usunięto z wyboru redakcji { $count } komentarz: { $ids }
    [few] usunięto z wyboru redakcji { $count } komentarze: { $ids }
    [many] usunięto z wyboru redakcji { $count } komentarzy: { $ids }
   *[other] usunięto z wyboru redakcji { $count } komentarza: { $ids }
}
cli-comments-none = brak komentarzy
cli-comments-nothing-moderated = jeszcze niczego nie moderowano
cli-column-status = stan
cli-column-date = data
cli-column-author = autor
cli-column-email = e-mail
cli-column-why-held = powód wstrzymania
cli-column-text = tekst
cli-status-pending = oczekuje
cli-status-approved = zatwierdzony
cli-status-spam = to spam
cli-status-trash = w koszu

## Ustawienia
cli-settings-unknown = nieznane ustawienie „{ $key }” (znane: { $known })
cli-settings-unknown-language = nieznany język „{ $value }” (dostępne: { $list })

## Użytkownicy
cli-password-prompt = Hasło:
cli-password-repeat = Powtórz hasło:
cli-password-unreadable = nie można odczytać hasła
cli-password-differ = hasła się różnią; niczego nie zmieniono
cli-user-exists = użytkownik o nazwie „{ $name }” już istnieje
cli-user-missing = nie ma użytkownika o nazwie „{ $name }”
cli-user-added = { $role ->
    [admin] dodano administratora { $name }
    [editor] dodano redaktora { $name }
   *[moderator] dodano moderatora { $name }
}
cli-password-changed = zmieniono hasło użytkownika { $name }
cli-app-password-note = hasło aplikacji „{ $label }” dla { $name }: używaj go z uwierzytelnianiem HTTP Basic ({ $name }:hasło); nie zostanie pokazane ponownie
cli-no-random = system nie dostarczył liczb losowych
cli-users-none = brak użytkowników
cli-role-admin = administrator
cli-role-editor = redaktor
cli-role-moderator = moderator

## Prywatność
cli-privacy-not-email = „{ $email }” nie jest adresem e-mail
cli-privacy-deleted = { $count ->
    [one] usunięto { $count } komentarz autorstwa { $email }
    [few] usunięto { $count } komentarze autorstwa { $email }
    [many] usunięto { $count } komentarzy autorstwa { $email }
   *[other] usunięto { $count } komentarza autorstwa { $email }
}
cli-privacy-anonymised = { $count ->
    [one] zanonimizowano { $count } komentarz autorstwa { $email }
    [few] zanonimizowano { $count } komentarze autorstwa { $email }
    [many] zanonimizowano { $count } komentarzy autorstwa { $email }
   *[other] zanonimizowano { $count } komentarza autorstwa { $email }
}

## Import i eksport
cli-import-dry-run = próba importu { $file }: niczego nie zapisano. Zaimportowano by:
cli-imported = zaimportowano { $file }:
cli-import-failed = { $file }: { $error }; niczego nie zaimportowano
cli-import-failed-at = { $file }, { $place }: { $error }; niczego nie zaimportowano
cli-import-failed-plain = import się nie powiódł; niczego nie zaimportowano
cli-import-commit-failed = nie udało się zatwierdzić importu
cli-place = wiersz { $line }, kolumna { $column }
cli-place-byte = bajt { $offset }
cli-import-no-version = ostrzeżenie: { $file } nie ma <wp:wxr_version>; odczytano go jako eksport WordPressa, bo używa przestrzeni nazw eksportu WordPressa
cli-import-unmatched = dyskusje bez pasującego artykułu (użyj --map-prefix FROM=TO):
cli-import-unmatched-thread = { $count ->
    [one] { $link } ({ $count } komentarz)
    [few] { $link } ({ $count } komentarze)
    [many] { $link } ({ $count } komentarzy)
   *[other] { $link } ({ $count } komentarza)
}
cli-summary-articles = artykuły: nowe { $articles }, strony: nowe { $pages }, zaimportowane wcześniej: { $already }
cli-summary-comments = komentarze: nowe { $total } ({ $by_status }), w tym { $pingbacks } pingbacków/trackbacków; zaimportowane wcześniej: { $already }
cli-summary-none = brak
cli-summary-status = { $status ->
    [approved] zatwierdzone: { $count }
    [pending] oczekujące: { $count }
    [spam] spam: { $count }
   *[trash] w koszu: { $count }
}
cli-summary-more = autorzy: { $authors }, kategorie i tagi: { $terms }, załączniki: { $attachments } (jako zdjęcia artykułów: { $photos }), przekierowane stare adresy: { $redirects }
cli-summary-threads = dyskusje stron zewnętrznych: nowe { $threads }
cli-summary-skipped-nothing = pominięto: nic
cli-summary-skipped = pominięto:
cli-exported = { $count ->
    [one] wyeksportowano { $count } artykuł lub stronę do { $file }
    [few] wyeksportowano { $count } artykuły i strony do { $file }
    [many] wyeksportowano { $count } artykułów i stron do { $file }
   *[other] wyeksportowano { $count } artykułu i strony do { $file }
}
cli-site-flag = --site przyjmuje adres witryny, np. https://blog.example.org, a nie „{ $value }”
cli-map-prefix-flag = --map-prefix przyjmuje FROM=TO, a nie „{ $value }”
cli-article-not-found = żaden artykuł nie ma sluga „{ $slug }”
cli-article-closed = komentarze do „{ $slug }” są zamknięte
cli-article-opened = komentarze do „{ $slug }” są otwarte
cli-sanction-ban = zablokowano { $target }
cli-sanction-suspend = zawieszono { $target }
cli-sanction-premoderate = każdy nowy komentarz od { $target } jest wstrzymywany do decyzji moderatora
cli-sanction-shadow = nowe komentarze od { $target } trafiają do spamu i widzi je tylko ich autor
cli-sanction-until = (do { $date })
cli-sanction-lifted = uchylono { $date }
cli-sanction-cleared = uchylono sankcję wobec { $target }
cli-sanction-none = brak obowiązującej sankcji wobec { $target }
cli-sanctions-none = brak sankcji
cli-column-kind = sankcja
cli-column-target = wobec
cli-column-until = do
cli-column-set-by = nałożona przez
cli-column-reason = powód
cli-commenter-names = imiona
cli-commenter-reports = zgłoszenia
cli-commenter-first-seen = pierwsza aktywność
cli-commenter-last-seen = ostatnia aktywność
cli-commenter-trusted = zaufany
cli-commenter-sanction = obowiązująca sankcja
cli-yes = tak
cli-no = nie
cli-user-may-not-moderate = konto „{ $name }” nie może moderować komentarzy
cli-live-on = relacja na żywo w artykule „{ $slug }” jest włączona
cli-live-off = relacja na żywo w artykule „{ $slug }” jest wyłączona
cli-live-entry-added = dodano aktualizację { $id }: { $path }

## masthead wire
cli-wire-added = dodano źródło depesz „{ $name }”: { $url }
cli-wire-name-taken = źródło depesz o nazwie „{ $name }” już istnieje
cli-wire-none = brak źródeł depesz: dodaj źródło poleceniem masthead wire add URL --name NAME
cli-wire-never-polled = jeszcze nie pobrano
cli-wire-last-error = ostatnie pobieranie nie powiodło się: { $error }
cli-wire-last-polled = ostatnio pobrano { $at }
cli-wire-every = co { $minutes } min
cli-wire-missing = żadne źródło depesz nie nazywa się „{ $name }”
cli-wire-removed = usunięto źródło depesz „{ $name }” (jego artykuły pozostają)
cli-wire-busy = inny proces pobiera depesze ze źródeł i nie skończył w ciągu 10 minut
cli-wire-some-failed = nie udało się pobrać depesz z niektórych źródeł
cli-wire-poll-failed = { $name }: nie pobrano: { $error }
cli-wire-not-modified = { $name }: nic nowego (304 Not Modified)
cli-wire-polled = { $name }: opublikowane: { $published }, nowe szkice: { $drafts }, zaktualizowane: { $updated }, wycofane: { $withdrawn }, bez zmian: { $unchanged }
cli-wire-refused = nie przyjęto: { $why }
cli-article-corrected = sprostowanie jest pod tytułem „{ $slug }”
