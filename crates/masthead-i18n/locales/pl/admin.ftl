# Panel redakcji.

## Ramy
admin-nav-label = Redakcja
admin-nav-dashboard = Kokpit
admin-nav-articles = Artykuły
admin-nav-comments = Komentarze
admin-nav-settings = Ustawienia
admin-nav-privacy = Prywatność
admin-nav-federation = Federacja
admin-sign-out = Wyloguj się
admin-error-label = Błąd:
admin-fix-fields = Niczego nie zapisano. Popraw pola oznaczone poniżej.
admin-view = Zobacz
admin-cancel = Anuluj
admin-newer = Nowsze
admin-older = Starsze
admin-page-of = Strona { $page } z { $pages }

## Logowanie
admin-login-title = Logowanie
admin-login-heading = Logowanie do { $site }
admin-login-name = Nazwa użytkownika
admin-login-password = Hasło
admin-login-submit = Zaloguj się
admin-login-too-many = Zbyt wiele prób logowania. Odczekaj minutę i spróbuj ponownie.
admin-login-expired = Ten formularz logowania wygasł lub nie pochodzi z tej witryny. Spróbuj ponownie.
admin-login-wrong = Nieprawidłowa nazwa użytkownika lub hasło.
admin-csrf-expired = Ten formularz wygasł lub nie pochodzi z tej witryny. Wróć, odśwież stronę i spróbuj ponownie.
admin-role-refused = Twoja rola ({ $role }) nie pozwala na to działanie.
admin-role-admin = administrator
admin-role-editor = redaktor
admin-role-moderator = moderator

## Kokpit
admin-dashboard-title = Kokpit
admin-dashboard-articles = { $count ->
    [one] { $n } opublikowany artykuł
    [few] { $n } opublikowane artykuły
    [many] { $n } opublikowanych artykułów
   *[other] { $n } opublikowanego artykułu
}
admin-dashboard-pending = oczekujące
admin-dashboard-approved = zatwierdzone
admin-dashboard-spam = oznaczone jako spam
admin-dashboard-trash = w koszu
admin-chart-heading = Komentarze dziennie
admin-chart-title = { $days ->
    [one] Komentarze dziennie, ostatni dzień: łącznie { $total }
    [few] Komentarze dziennie, ostatnie { $days } dni: łącznie { $total }
    [many] Komentarze dziennie, ostatnie { $days } dni: łącznie { $total }
   *[other] Komentarze dziennie, ostatnie { $days } dnia: łącznie { $total }
}
admin-chart-bar = { $count ->
    [one] { $count } komentarz, { $date }
    [few] { $count } komentarze, { $date }
    [many] { $count } komentarzy, { $date }
   *[other] { $count } komentarza, { $date }
}
admin-chart-max = najwyżej { $max } dziennie
admin-dashboard-latest = Najnowsze komentarze oczekujące
admin-dashboard-nothing-pending = Nic nie czeka na moderację.
admin-comment-on = { $author } pod artykułem { $article }:
admin-moderate = Moderuj

## Kolejka moderacji
admin-comments-title = Komentarze
admin-status-pending = Oczekujące
admin-status-approved = Zatwierdzone
admin-status-spam = Spam
admin-status-trash = Kosz
admin-queue-by-status = Komentarze według stanu
admin-queue-picks = Wybór redakcji
admin-queue-all = Wszystkie
admin-queue-search = Szukaj
admin-queue-article-id = Numer artykułu
admin-queue-filter = Filtruj
admin-queue-shortcuts = Klawiatura: { $a } zatwierdza, { $s } oznacza jako spam, { $t } przenosi do kosza, { $j }/{ $k } następny/poprzedni, { $x } zaznacza, { $help } pokazuje wszystkie klawisze.
admin-queue-with-selected = Zaznaczone:
admin-action-approve = Zatwierdź
admin-action-unapprove = Cofnij zatwierdzenie
admin-action-mark-spam = Oznacz jako spam
admin-action-move-trash = Przenieś do kosza
admin-action-restore = Przywróć
admin-action-pick = Wybór redakcji
admin-action-unpick = Usuń z wyboru redakcji
admin-action-delete = Usuń trwale
admin-action-trust = Zatwierdź i zaufaj autorowi
admin-action-spam = Spam
admin-action-trash = Do kosza
admin-action-edit = Edytuj
admin-queue-apply = Zastosuj
admin-queue-empty = Brak komentarzy.
admin-queue-select = Zaznacz komentarz { $id }
admin-row-pending = oczekuje
admin-row-approved = zatwierdzony
admin-row-spam = to spam
admin-row-trash = w koszu
admin-queue-on = pod artykułem { $article }
admin-queue-held-because = Wstrzymany, ponieważ: { $reason }
admin-queue-reported = { $count ->
    [one] Zgłoszony przez { $count } czytelnika
    [few] Zgłoszony przez { $count } czytelników
    [many] Zgłoszony przez { $count } czytelników
   *[other] Zgłoszony przez { $count } czytelnika
}
admin-queue-edited = { $count ->
    [one] Edytowany przez autora ({ $count } wcześniejsza wersja)
    [few] Edytowany przez autora ({ $count } wcześniejsze wersje)
    [many] Edytowany przez autora ({ $count } wcześniejszych wersji)
   *[other] Edytowany przez autora ({ $count } wcześniejszej wersji)
}
admin-queue-replaced = Zastąpiony { $date }:
admin-queue-reply = Odpowiedz jako redakcja
admin-queue-reply-label = Twoja odpowiedź (publikowana od razu)
admin-queue-reply-label-approves = Twoja odpowiedź (publikowana od razu; zatwierdza ten komentarz)
admin-queue-publish-reply = Opublikuj odpowiedź
admin-queue-bad-ids = Numery komentarzy muszą być liczbami.
admin-queue-one-reply = Odpowiadaj na jeden komentarz naraz.
admin-queue-bad-article = numer artykułu musi być liczbą

## Edycja komentarza
admin-edit-title = Edycja komentarza { $id }
admin-edit-name = Imię i nazwisko
admin-edit-website = Witryna
admin-edit-comment = Komentarz
admin-edit-save = Zapisz komentarz

## Artykuły
admin-articles-title = Artykuły
admin-articles-new = Napisz artykuł
admin-articles-empty = Nie ma jeszcze artykułów.
admin-articles-headline = Tytuł
admin-articles-state = Stan
admin-articles-date = Data
admin-articles-comments = Komentarze
admin-articles-page = (strona)
admin-articles-thread-of = (dyskusja strony { $page })
admin-articles-thread-of-closed = (dyskusja strony { $page }, zamknięta)
admin-articles-pending = { $count ->
    [one] ({ $count } oczekuje)
    [few] ({ $count } oczekują)
    [many] ({ $count } oczekuje)
   *[other] ({ $count } oczekuje)
}
admin-state-draft = Szkic
admin-state-scheduled = Zaplanowany
admin-state-published = Opublikowany

## Edytor artykułu
admin-editor-edit = Edycja artykułu
admin-editor-new = Napisz artykuł
admin-editor-view = Zobacz artykuł
admin-editor-headline = Tytuł
admin-editor-standfirst = Lead
admin-editor-byline = Podpis autora
admin-editor-body = Tekst (Markdown)
admin-editor-photo = Zdjęcie
admin-editor-remove-photo = Usuń to zdjęcie
admin-editor-photo-replace = Zastąp plikiem (JPEG, PNG lub WebP, do 20 MB)
admin-editor-photo-upload = Wyślij plik (JPEG, PNG lub WebP, do 20 MB)
admin-editor-photo-alt = Opis dla czytników ekranu
admin-editor-photo-caption = Podpis zdjęcia
admin-editor-photo-credit = Źródło zdjęcia (agencja)
admin-editor-contributors = Współautorzy, po jednym w wierszu
admin-editor-source-name = Źródło artykułu
admin-editor-source-url = Adres URL źródła
admin-editor-slug = Uproszczona nazwa (adres: /articles/nazwa)
admin-editor-slug-placeholder = tworzona z tytułu
admin-editor-slug-note = Po zmianie stary adres nadal działa.
admin-editor-publish-at = Czas publikacji ({ $timezone }; puste — teraz, w przyszłości — zaplanowanie)
admin-editor-comments-open = Czytelnicy mogą komentować
admin-editor-update = Aktualizuj
admin-editor-save-draft = Zapisz szkic
admin-editor-preview = Podgląd
admin-editor-publish-changes = Opublikuj zmiany
admin-editor-publish = Opublikuj
admin-editor-unpublish = Wycofaj publikację
admin-editor-saved = Zapisano.
admin-editor-published = Opublikowano: artykuł jest w witrynie.
admin-editor-scheduled = Zaplanowano: artykuł ukaże się w czasie publikacji.
admin-editor-unpublished = Wycofano: artykuł znów jest szkicem i zniknął z witryny.
admin-editor-slug-taken = Inny artykuł ma już uproszczoną nazwę „{ $slug }”. Wybierz inną.
admin-editor-unknown-action = Nieznane działanie edytora.
admin-editor-bad-photo-token = Odwołanie do zachowanego zdjęcia jest nieprawidłowe.

## Ustawienia
admin-settings-title = Ustawienia
admin-settings-saved = Zapisano ustawienia.
admin-settings-allowed-html = Dozwolony HTML w komentarzach
admin-settings-allowed-html-change = (zmiana poleceniem { $command })
admin-settings-save = Zapisz ustawienia
admin-settings-unknown-language = Nieznany język „{ $value }”. Do wyboru: { $list }.
admin-setting-site-title = Tytuł witryny
admin-setting-site-description = Opis witryny
admin-setting-site-language = Język witryny
admin-setting-site-url = Adres publiczny (https://news.example.com)
admin-setting-articles-per-page = Artykułów na stronie
admin-setting-comments-thread-depth = Głębokość odpowiedzi
admin-setting-comments-page-comments = Komentarzy najwyższego poziomu na stronie (0: wszystkie na jednej)
admin-setting-comments-default-page = Strona pokazywana najpierw: newest (najnowsza) lub oldest (najstarsza)
admin-setting-comments-trust-after = Liczba zatwierdzonych komentarzy (to samo imię i adres e-mail), po której komentarze nie czekają na moderację (0: nie wstrzymuj nikogo nowego)
admin-setting-comments-hold-all = Wstrzymuj każdy komentarz do moderacji
admin-setting-comments-max-links = Wstrzymuj komentarze z taką liczbą odnośników (0: nigdy)
admin-setting-comments-moderation-words = Słowa do moderacji (wstrzymanie), po jednym w wierszu
admin-setting-comments-disallowed-words = Słowa niedozwolone (spam), po jednym w wierszu
admin-setting-comments-flood-seconds = Sekundy między komentarzami z jednego adresu
admin-setting-comments-min-fill-seconds = Najmniej sekund między wczytaniem a wysłaniem formularza
admin-setting-comments-close-after-days = Zamykaj komentarze pod artykułami starszymi niż tyle dni (0: nigdy)
admin-setting-comments-rest-anonymous = Zezwalaj na anonimowe komentarze przez REST API
admin-setting-federation-enabled = Uczestnicz w otwartej sieci: Webmentions z innych witryn oraz witryna jako konto ActivityPub, które Mastodon i inne serwisy obserwują i na które odpowiadają
admin-setting-federation-username = Nazwa konta witryny w Fediwersum (acct:NAME@host)
admin-setting-federation-staff-authors = Każdy autor z redakcji jest też kontem w Fediwersum (jego nazwa użytkownika na hoście witryny): jego artykuły wychodzą od niego, a konto witryny je podbija
admin-setting-federation-blocked-domains = Domeny, których strony i serwery są odrzucane, łącznie z subdomenami
admin-setting-comments-edit-minutes = Minuty, przez które można edytować własny komentarz (0: nigdy)
admin-setting-comments-report-threshold = Zgłoszenia, po których komentarz wraca do kolejki (każda sieć liczy się raz; zgłoszenie nowego czytelnika liczy się w połowie)
admin-setting-comments-avatars = Pokazuj identikony przy komentarzach
admin-setting-privacy-ip-retention-days = Dni przechowywania adresów IP komentujących (0: bezterminowo)
admin-setting-site-logo-url = Logo wydawcy dla wyszukiwarek (adres lub /ścieżka; puste: logo masthead)
admin-setting-site-robots = robots.txt ({ "{base}" } oznacza adres publiczny)
admin-setting-mail-from = Nadawca powiadomień (Nazwa <adres>)
admin-setting-notify-moderator-emails = Adresy e-mail moderatorów, rozdzielone spacjami
admin-setting-notify-moderator-mode = Poczta do moderatorów: each (jedna wiadomość na wstrzymany komentarz) lub digest (zestawienie co godzinę)
admin-setting-notify-webhooks = Adresy webhooków dla wstrzymanych komentarzy, rozdzielone spacjami
admin-setting-notify-max-per-hour = Najwięcej wiadomości do jednego adresu w ciągu godziny
admin-setting-site-utc-offset-minutes = Przesunięcie w minutach na wschód od UTC dla pokazywanych dat i godzin (ujemne: na zachód)
admin-setting-comments-require-previously-approved = Wstrzymuj komentarze nowych osób, dopóki jeden z ich komentarzy nie zostanie zatwierdzony (dawny przełącznik liczby zatwierdzonych komentarzy)
admin-setting-comments-form-max-age-hours = Liczba godzin, przez które wyświetlony formularz komentarza pozostaje ważny
admin-setting-embed-allowed-origins = Witryny, których strony mogą osadzać dyskusje (źródła takie jak https://blog.example.org, rozdzielone spacjami)
admin-setting-notify-webhook-secret = Klucz podpisujący webhooki (pusty: klucz wyprowadzony z sekretu witryny)

## Prywatność
admin-privacy-title = Prywatność
admin-privacy-heading = Dane osobowe
admin-privacy-intro = Wszystko, co masthead przechowuje o osobie komentującej, można znaleźć po jej adresie e-mail: wyeksportować dla niej lub usunąć.
admin-privacy-email = Adres e-mail
admin-privacy-export = Eksportuj dane osobowe (JSON)
admin-privacy-erase = Usuń dane osobowe
admin-privacy-anonymize = Zachowaj komentarze jako „Anonim”, bez adresu e-mail, witryny, adresu IP i przeglądarki
admin-privacy-delete = Usuń komentarze (odpowiedzi na nie zostają)
admin-privacy-confirm = Rozumiem, że tego nie można cofnąć
admin-privacy-retention = { $count ->
    [0] Adresy IP są przechowywane bezterminowo (ustawienie { $key }).
    [one] Adresy IP są przechowywane przez { $count } dzień, a potem usuwane automatycznie (ustawienie { $key }).
    [few] Adresy IP są przechowywane przez { $count } dni, a potem usuwane automatycznie (ustawienie { $key }).
    [many] Adresy IP są przechowywane przez { $count } dni, a potem usuwane automatycznie (ustawienie { $key }).
   *[other] Adresy IP są przechowywane przez { $count } dnia, a potem usuwane automatycznie (ustawienie { $key }).
}
admin-privacy-need-email = Podaj adres e-mail osoby komentującej.
admin-privacy-need-confirm = Aby usunąć, zaznacz „Rozumiem, że tego nie można cofnąć”.
admin-privacy-unknown-erasure = Nieznany sposób usuwania.
admin-privacy-unknown-action = Nieznane działanie.
admin-privacy-deleted = { $count ->
    [one] Usunięto { $count } komentarz autorstwa { $email }.
    [few] Usunięto { $count } komentarze autorstwa { $email }.
    [many] Usunięto { $count } komentarzy autorstwa { $email }.
   *[other] Usunięto { $count } komentarza autorstwa { $email }.
}
admin-privacy-anonymised = { $count ->
    [one] Zanonimizowano { $count } komentarz autorstwa { $email }.
    [few] Zanonimizowano { $count } komentarze autorstwa { $email }.
    [many] Zanonimizowano { $count } komentarzy autorstwa { $email }.
   *[other] Zanonimizowano { $count } komentarza autorstwa { $email }.
}

## Powody wstrzymania
admin-reason-hold-all = każdy komentarz jest wstrzymywany do moderacji
admin-reason-first-comments = pierwsze komentarze z tym imieniem i adresem e-mail (dotąd zatwierdzone: { $approved } z { $needed })
admin-reason-honeypot = wypełniono ukryte pole-pułapkę
admin-reason-no-token = wysłany bez tokenu formularza
admin-reason-edited-after-approval = edytowany po zatwierdzeniu przez moderatora
admin-reason-deleted-by-author = Usunięty przez autora
admin-reason-moderation-word = zawiera słowo do moderacji „{ $word }”
admin-reason-disallowed-word = zawiera niedozwolone słowo „{ $word }”
admin-reason-links = zawiera odnośniki: { $count } (limit { $limit })
admin-reason-reported = { $count ->
    [one] Zgłoszony przez { $count } czytelnika ({ $kinds })
    [few] Zgłoszony przez { $count } czytelników ({ $kinds })
    [many] Zgłoszony przez { $count } czytelników ({ $kinds })
   *[other] Zgłoszony przez { $count } czytelnika ({ $kinds })
}

## Article editor: refused fields and photos
admin-editor-headline-missing = Podaj tytuł artykułu.
admin-editor-headline-too-long = Tytuł może mieć najwyżej { $limit } znaków.
admin-editor-slug-invalid = Użyj od 1 do 200 małych liter, cyfr i pojedynczych łączników, bez łącznika na początku i na końcu.
admin-editor-field-too-long = Pole „{ $field }” może mieć najwyżej { $limit } znaków.
admin-editor-body-too-large = Tekst może mieć najwyżej { $limit } kB.
admin-editor-contributors-invalid = Podaj najwyżej { $count } współautorów, każdego w nazwie do { $limit } znaków.
admin-editor-source-url-invalid = Adres źródła musi zaczynać się od http:// lub https://.
admin-editor-source-name-missing = Podaj nazwę źródła, do którego prowadzi odnośnik.
admin-editor-publish-at-invalid = Podaj datę i godzinę w postaci RRRR-MM-DD GG:MM albo zostaw pole puste, aby opublikować teraz.
admin-photo-too-large = Zdjęcie może mieć najwyżej { $limit } MB.
admin-photo-not-an-image = Plik nie jest obrazem JPEG, PNG ani WebP.
admin-photo-too-many-pixels = Zdjęcie ma za dużo pikseli: najwyżej { $side } na bok i { $megapixels } megapikseli łącznie.
admin-photo-unreadable = Nie udało się odczytać zdjęcia: { $reason }

## Settings: refused values
admin-settings-bad-value = { $key } musi być { $expected }, a nie „{ $value }”.
admin-settings-unknown-key = Nieznane ustawienie „{ $key }” (dostępne: { $known }).
admin-expected-number = liczbą od { $min } do { $max }
admin-expected-bool = wartością „true” lub „false”
admin-expected-username = ciągiem od 1 do 30 znaków spośród a-z, 0-9 i _
admin-expected-domains = listą nazw domen rozdzielonych spacjami, np. spam.example
admin-expected-minutes-between = liczbą minut od { $min } do { $max }
admin-expected-seconds = liczbą sekund od { $min } do { $max }
admin-expected-hours = liczbą godzin od { $min } do { $max }
admin-expected-days-never = liczbą dni od { $min } (nigdy) do { $max }
admin-expected-days-forever = liczbą dni od { $min } (bezterminowo) do { $max }
admin-expected-trust-after = liczbą od { $min } (nie wstrzymuj nikogo nowego) do { $max }
admin-expected-comments-per-page = liczbą od { $min } (wszystkie na jednej stronie) do { $max }
admin-expected-edit-minutes = liczbą minut od { $min } (bez edycji) do { $max }
admin-expected-http-address = adresem zaczynającym się od http:// lub https://
admin-expected-address-or-path = adresem zaczynającym się od http:// lub https:// albo ścieżką, np. /media/logo.png
admin-expected-newest-oldest = wartością „newest” (najnowsze) lub „oldest” (najstarsze)
admin-expected-each-digest = wartością „each” (pojedynczo) lub „digest” (zestawienie)
admin-expected-origins = listą źródeł rozdzielonych spacjami, np. https://blog.example.org
admin-expected-sender = adresem e-mail, np. news@example.org lub Redakcja <news@example.org>
admin-expected-emails = listą adresów e-mail rozdzielonych spacjami
admin-expected-urls = listą adresów http:// lub https:// rozdzielonych spacjami
admin-expected-language = jednym z kodów { $list }
admin-allowlist-unsafe-tag = „{ $tag }” nie jest znacznikiem, na który można zezwolić w komentarzach (dozwolone: { $list }).
admin-allowlist-unsafe-attribute = Na atrybut „{ $attribute }” w <{ $tag }> nie można zezwolić w komentarzach (dozwolone: { $list }).
admin-allowlist-syntax = Nie można odczytać dozwolonych znaczników w pobliżu „{ $near }”: zapisz je np. tak: a[href,title] b i.

## Comment queue: refused requests
admin-queue-unknown-status = Nieznany status komentarza „{ $status }”.
admin-queue-unknown-action = Nieznana czynność moderacji „{ $action }”.

## The spam filter: its score and what weighed most, in the queue
admin-reason-filter = filtr antyspamowy: spam z prawdopodobieństwem { $score }
filter-towards-spam = { $clue } → spam
filter-towards-ham = { $clue } → nie spam
filter-clue-word = słowo „{ $value }”
filter-clue-phrase = słowa „{ $value }”
filter-clue-domain = odnośnik do { $value }
# $count: 3 stands for 3 or more.
filter-clue-links = odnośniki: { $count }
filter-clue-shouting = wielkie litery
filter-clue-punctuation = „!!” lub „??”
filter-clue-website = podana strona internetowa
filter-clue-name-digits = cyfry w nazwie
filter-clue-approved = wcześniej zatwierdzone komentarze: { $count }
filter-clue-spammed = wcześniejsze komentarze oznaczone jako spam: { $count }
filter-clue-trashed = wcześniejsze komentarze w koszu: { $count }
admin-queue-sort-filter = ocena filtra
admin-setting-moderation-filter = Filtr antyspamowy (off, advise lub auto)
admin-setting-moderation-filter-ham-to-spam = Największy odsetek komentarzy niebędących spamem, które filtr może uznać za spam
admin-setting-moderation-filter-spam-shown = Największy odsetek spamu, który filtr może opublikować
admin-expected-filter = off, advise lub auto
admin-expected-rate = procent od 0,0001% do 50%, np. 0.1%
admin-queue-sort = Sortuj według
admin-queue-sort-newest = najnowsze
admin-setting-moderation-proof-of-work = Żądaj dowodu pracy, gdy filtr nie jest pewien (off lub when_unsure)
admin-expected-proof-of-work = off lub when_unsure
admin-reason-no-proof = filtr skłaniał się ku publikacji, ale nie nadszedł dowód pracy (wyłączony JavaScript?)
admin-setting-moderation-flood-per-minute = Komentarze na minutę oznaczające zalew: wtedy każdy komentarz nowej osoby wymaga dowodu pracy (0: nigdy)
admin-reason-sanction-ban = autor jest zablokowany
admin-reason-sanction-suspend = autor jest zawieszony
admin-reason-sanction-shadow = autor jest zablokowany po cichu: komentarz widzi tylko on
admin-reason-sanction-premoderate = komentarze autora zawsze wymagają moderacji wstępnej
admin-reason-recent-rejections = { $count ->
    [one] odrzucono { $rejected } z { $count } ostatniego rozpatrzonego komentarza autora
    [few] odrzucono { $rejected } z { $count } ostatnich rozpatrzonych komentarzy autora
    [many] odrzucono { $rejected } z { $count } ostatnich rozpatrzonych komentarzy autora
   *[other] odrzucono { $rejected } z { $count } ostatniego rozpatrzonego komentarza autora
}
admin-setting-comments-recent-history = Liczba ostatnich komentarzy autora, z których liczony jest odsetek odrzuceń (0: wyłączone)
admin-setting-comments-recent-rejection-rate = Odsetek odrzuceń (%) wśród tych komentarzy, po którym autor wraca do moderacji wstępnej
admin-nav-commenters = Komentujący
admin-action-ban = Zablokuj autora
admin-commenters-title = Komentujący
admin-commenters-heading = Komentujący
admin-commenters-show = Pokaż
admin-commenters-names = Używane imiona
admin-commenters-reports = Zgłoszenia czytelników
admin-commenters-first-seen = Pierwsza aktywność
admin-commenters-last-seen = Ostatnia aktywność
admin-commenters-trusted = Zaufanie redakcji
admin-commenters-in-force = Obowiązująca sankcja
admin-commenters-comments = Komentarze tej osoby w kolejce
admin-commenters-sanction = Sankcja
admin-commenters-target = E-mail, adres IP, zakres CIDR lub @domena
admin-commenters-reason = Powód
admin-commenters-days = Dni (wymagane przy zawieszeniu; w przeciwnym razie do uchylenia)
admin-commenters-history = Sankcje wobec tej osoby
admin-commenters-active = Obowiązujące sankcje
admin-commenters-none = Brak sankcji.
admin-commenters-kind = Sankcja
admin-commenters-set = Nałożona
admin-commenters-until = Do
admin-commenters-state = Stan
admin-commenters-lifted-by = uchylona przez { $name }
admin-commenters-ended = wygasła
admin-sanction-ban = Zablokuj
admin-sanction-suspend = Zawieś
admin-sanction-premoderate = Zawsze moderuj wstępnie
admin-sanction-shadow = Zablokuj po cichu
admin-sanction-clear = Uchyl
admin-yes = tak
admin-no = nie
admin-editor-sections = Działy (identyfikatory kategorii, oddzielone przecinkami)
admin-editor-sections-invalid = Nazwy działów mogą zawierać litery, cyfry, łączniki i podkreślenia; oddziel je przecinkami.
admin-keys-heading = Skróty klawiszowe
admin-keys-next = następny komentarz
admin-keys-previous = poprzedni komentarz
admin-keys-approve = zatwierdź
admin-keys-spam = oznacz jako spam
admin-keys-trash = przenieś do kosza
admin-keys-unapprove = cofnij zatwierdzenie (z powrotem do kolejki)
admin-keys-pick = wybór redakcji (zatwierdza komentarz)
admin-keys-reply = odpowiedz
admin-keys-ban = zablokuj autora (naciśnij dwa razy)
admin-keys-select = zaznacz do działania zbiorczego
admin-keys-help = pokaż lub ukryj tę listę
admin-keys-failed = Nie wykonano: odśwież stronę i spróbuj ponownie.
admin-keys-ban-again = Naciśnij ponownie B, aby zablokować autora tego komentarza.
admin-keys-done-approve = Zatwierdzono komentarz { $ids }.
admin-keys-done-unapprove = Komentarz { $ids } wrócił do kolejki.
admin-keys-done-spam = Oznaczono komentarz { $ids } jako spam.
admin-keys-done-trash = Przeniesiono komentarz { $ids } do kosza.
admin-keys-done-pick = Dodano komentarz { $ids } do wyboru redakcji.
admin-keys-done-ban = Zablokowano autora komentarza { $ids }; komentarz trafił do spamu.
admin-reason-hook = klasyfikator redakcji odpowiedział { $verdict }: { $reason }
admin-reason-hook-unanswered = klasyfikator redakcji nie odpowiedział na czas
admin-setting-moderation-hook-url = Własny klasyfikator redakcji, pytany o każdy komentarz przed jego zapisaniem (adres; puste: brak)
admin-setting-moderation-hook-timeout-ms = Liczba milisekund, jaką klasyfikator ma na odpowiedź, zanim komentarz zostanie wstrzymany
admin-expected-hook-url = jednym adresem zaczynającym się od http:// lub https:// albo pustą wartością
admin-queue-sort-oldest = najstarsze
admin-queue-sort-reported = najczęściej zgłaszane
admin-queue-sort-article = artykuł
admin-queue-reason = Powód wstrzymania
admin-queue-reason-any = dowolny powód
admin-queue-reason-first-comments = pierwsze komentarze
admin-queue-reason-links = odnośniki
admin-queue-reason-moderation-word = słowo do moderacji
admin-queue-reason-no-form-token = brak tokenu formularza
admin-queue-reason-hold-all = wstrzymywanie każdego komentarza
admin-queue-reason-reported = zgłoszenia czytelników
admin-queue-reason-filter = filtr antyspamowy
admin-queue-reason-no-proof = brak dowodu pracy
admin-queue-reason-recent-rejections = niedawne odrzucenia
admin-queue-reason-sanctioned = autor objęty sankcją
admin-queue-reason-hook = klasyfikator redakcji
admin-queue-section = Dział
admin-setting-notify-chat-webhooks = Webhooki czatów (Slack, Mattermost, Matrix) powiadamiane o każdym wstrzymanym komentarzu, z linkami do zatwierdzenia lub oznaczenia jako spam (adresy rozdzielone spacjami)
admin-queue-reason-hook-unanswered = klasyfikator nie odpowiedział
admin-nav-notices = Zgłoszenia
admin-notices-title = Zgłoszenia i skargi
admin-notices-intro = Zgłoszenia nielegalnych treści od czytelników (unijny akt o usługach cyfrowych) i skargi na usunięcia. Po usunięciu autor komentarza otrzymuje uzasadnienie; skargę rozpatruje inna osoba niż ta, która podjęła decyzję.
admin-notices-open = Otwarte zgłoszenia
admin-notices-none = Brak otwartych zgłoszeń.
admin-notices-number = Zgłoszenie { $id }
admin-notices-by = zgłaszający: { $name }
admin-notices-anonymous = anonimowy czytelnik
admin-notices-comment = komentarz { $id }
admin-notices-remove = Usuń jako nielegalny
admin-notices-keep = Pozostaw
admin-notices-appeals = Skargi
admin-notices-no-appeals = Brak skarg oczekujących na rozpatrzenie.
admin-notices-statement = Uzasadnienie { $id }
admin-notices-decided-by = decyzję podjął(a): { $name }
admin-notices-uphold = Utrzymaj decyzję
admin-notices-reverse = Uchyl ją i opublikuj komentarz

# The editor's live desk (issue 29).
admin-live-title = Relacja na żywo
admin-live-never = Ten artykuł nie był jeszcze relacjonowany na żywo.
admin-live-since = Na żywo od { $time }: otwarte strony dostają każdą aktualizację od razu.
admin-live-ended = Relacja na żywo zakończyła się { $time }.
admin-live-start = Rozpocznij relację na żywo
admin-live-end = Zakończ relację na żywo
admin-live-entry = Nowa aktualizacja (HTML lub Markdown)
admin-live-post = Opublikuj aktualizację
admin-live-recent = Najnowsze aktualizacje
admin-live-switched-on = Relacja na żywo jest włączona: artykuł pokazuje oznaczenie „Na żywo” i aktualizacje.
admin-live-switched-off = Relacja na żywo została zakończona.
admin-live-posted = Opublikowano aktualizację: otwarte strony już ją wyświetlają.
admin-live-bad-switch = Relację na żywo można tylko włączyć lub wyłączyć.

## The wire desk's sources (checked alike from the CLI and the admin)
wire-source-bad-name = { $max ->
    [one] Nazwa źródła musi mieć od 1 do { $max } znaku i mieścić się w jednym wierszu.
    [few] Nazwa źródła musi mieć od 1 do { $max } znaków i mieścić się w jednym wierszu.
    [many] Nazwa źródła musi mieć od 1 do { $max } znaków i mieścić się w jednym wierszu.
   *[other] Nazwa źródła musi mieć od 1 do { $max } znaku i mieścić się w jednym wierszu.
}
wire-source-bad-url = „{ $url }” nie jest adresem http ani https.
wire-source-bad-credit = { $max ->
    [one] Podpis agencji może mieć najwyżej { $max } znak i musi mieścić się w jednym wierszu.
    [few] Podpis agencji może mieć najwyżej { $max } znaki i musi mieścić się w jednym wierszu.
    [many] Podpis agencji może mieć najwyżej { $max } znaków i musi mieścić się w jednym wierszu.
   *[other] Podpis agencji może mieć najwyżej { $max } znaku i musi mieścić się w jednym wierszu.
}
wire-source-bad-every = { $max ->
    [one] Odstęp między pobraniami wynosi od 1 do { $max } minuty.
    [few] Odstęp między pobraniami wynosi od 1 do { $max } minut.
    [many] Odstęp między pobraniami wynosi od 1 do { $max } minut.
   *[other] Odstęp między pobraniami wynosi od 1 do { $max } minuty.
}
## The wire desk page
admin-nav-wire = Desk depesz
admin-wire-title = Desk depesz
admin-wire-stories = Depesze
admin-wire-intro = Depesze agencji, od ostatnio zmienionej. Depesza nadesłana przez kilka źródeł jest wymieniona raz, pod źródłem, z którego dotarła najpierw.
admin-wire-filter-source = Źródło
admin-wire-filter-any-source = Wszystkie źródła
admin-wire-filter-state = Stan
admin-wire-filter-any-state = Dowolny stan
admin-wire-filter = Filtruj
admin-wire-empty = Brak depesz na desku.
admin-wire-state-new = nowa
admin-wire-state-published = opublikowana
admin-wire-state-dismissed = odrzucona
admin-wire-state-withdrawn = wycofana
admin-wire-from = z { $source }
admin-wire-also-from = także z { $source }
admin-wire-received = otrzymano { $time }
admin-wire-updated = zaktualizowano { $time }
admin-wire-version = wersja { $version }
admin-wire-publish = Opublikuj
admin-wire-edit = Edytuj
admin-wire-preview = Podgląd
admin-wire-dismiss = Odrzuć
admin-wire-sources = Źródła depesz
admin-wire-no-sources = Brak źródeł depesz: dodaj źródło poniżej.
admin-wire-source-name = Nazwa
admin-wire-source-url = Adres
admin-wire-source-publish = Nowe depesze
admin-wire-source-every = Pobierane co
admin-wire-source-polled = Ostatnio pobrano
admin-wire-source-error = Ostatni błąd
admin-wire-source-actions = Działania
admin-wire-publish-draft = czekają na desku
admin-wire-publish-now = są od razu publikowane
admin-wire-every = { $minutes ->
    [one] { $minutes } minutę
    [few] { $minutes } minuty
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}
admin-wire-never-polled = jeszcze nie
admin-wire-poll-now = Pobierz teraz
admin-wire-remove = Usuń
admin-wire-add = Dodaj źródło depesz
admin-wire-add-name = Nazwa
admin-wire-add-url = Adres kanału
admin-wire-add-credit = Podpis (puste: nazwa źródła)
admin-wire-add-every = Pobieraj co (minuty)
admin-wire-add-publish = Nowe depesze
admin-wire-add-submit = Dodaj źródło
admin-wire-done-published = Depesza została opublikowana.
admin-wire-done-scheduled = Depesza zostanie opublikowana po upływie embarga.
admin-wire-done-dismissed = Depesza została odrzucona: jej późniejsze wersje się nie ukażą.
admin-wire-done-polled = Źródło zostanie pobrane w ciągu 15 sekund.
admin-wire-done-added = Dodano źródło: zostanie pobrane w ciągu 15 sekund.
admin-wire-done-removed = Usunięto źródło. Jego artykuły pozostają.
admin-wire-name-taken = Źródło o nazwie „{ $name }” już istnieje.
admin-wire-bad-publish = Nowe depesze albo czekają na desku, albo są od razu publikowane.
admin-wire-not-new = Z desku można opublikować tylko nową depeszę.
admin-wire-cannot-publish = Tej depeszy nie można opublikować: jej artykuł zniknął lub został wycofany.
admin-wire-cannot-dismiss = Odrzucić można tylko nową lub wycofaną depeszę.
admin-editor-versions = Wcześniejsze wersje
admin-editor-version-wire-update = zastąpiona aktualizacją agencji
admin-editor-version-edited = zastąpiona przez zmianę redakcyjną

## The federation page (/admin/federation)
admin-federation-title = Federacja
admin-federation-account = Konto witryny w Fediwersum: { $account }
admin-federation-off = Federacja jest wyłączona (federation.enabled): nie są przyjmowane żadne wzmianki Webmention i nikt nie może obserwować witryny.
admin-federation-followers = { $count ->
    [one] { $count } obserwujący
    [few] { $count } obserwujących
    [many] { $count } obserwujących
   *[other] { $count } obserwującego
}
admin-federation-none = Na razie brak.
admin-federation-handle = Konto
admin-federation-since = Obserwuje od
admin-federation-deliveries = Najnowsze doręczenia
admin-federation-activity = Aktywność
admin-federation-inbox = Skrzynka odbiorcza
admin-federation-state = Stan
admin-federation-answer = Odpowiedź
admin-federation-tries = Próby
admin-federation-when = Kiedy
admin-federation-problems = Wzmianki i wpisy, które nie zostały przyjęte
admin-federation-source = Źródło
admin-federation-target = Cel
admin-federation-via = Przez
