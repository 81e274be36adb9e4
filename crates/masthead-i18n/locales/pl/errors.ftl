# Odmowy i strony błędów: formularz komentarza, komunikaty (`message`)
# REST API, osadzenie (jego słowa i komunikaty jego API).

## Pola formularza komentarza (słowa WordPressa)

error-required-fields = Proszę wypełnić wymagane pola.
error-invalid-email = Proszę podać poprawny adres e-mail.
error-comment-required = Proszę wpisać treść komentarza.
error-name-too-long = Podane imię jest za długie.
error-email-too-long = Podany adres e-mail jest za długi.
error-url-too-long = Podany adres witryny jest za długi.
error-comment-too-long = Komentarz jest za długi.
error-bad-url = Proszę podać adres witryny zaczynający się od http:// lub https://.

## Odmowy przyjęcia komentarza

error-article-not-found = Niestety nie znaleziono tego artykułu.
error-comments-closed = Niestety komentarze do tego wpisu są wyłączone.
error-parent-not-approved = Niestety odpowiadanie na niezatwierdzone komentarze jest niedozwolone.
error-comment-not-found = Nie ma komentarza o numerze { $id }.
error-check-form = Proszę sprawdzić formularz.
error-duplicate = Wykryto zduplikowany komentarz. Wygląda na to, że to zostało już napisane!
error-invalid-token = Nie udało się zweryfikować formularza. Proszę odświeżyć stronę i wysłać komentarz ponownie.
error-expired-token = Ten formularz wygasł. Proszę sprawdzić komentarz i wysłać go ponownie.
error-too-fast = To było szybciej, niż da się napisać komentarz. Proszę chwilę poczekać i wysłać go ponownie.
error-flood = Komentarze są publikowane zbyt szybko. Proszę zwolnić.
error-label = Błąd:
error-fix-fields = Komentarz nie został opublikowany. Proszę poprawić pola oznaczone poniżej.
error-not-posted = Komentarz nie został opublikowany.

## Edycja, polecanie lub zgłaszanie komentarza

error-no-such-comment = Nie ma takiego komentarza.
error-not-yours = Można zmieniać tylko własne komentarze.
error-edit-window-closed = { $count ->
    [one] Komentarze można edytować przez { $count } minutę po opublikowaniu; tego nie można już zmienić.
    [few] Komentarze można edytować przez { $count } minuty po opublikowaniu; tego nie można już zmienić.
    [many] Komentarze można edytować przez { $count } minut po opublikowaniu; tego nie można już zmienić.
   *[other] Komentarze można edytować przez { $count } minuty po opublikowaniu; tego nie można już zmienić.
}
error-too-many-edits = { $count ->
    [one] Komentarz można edytować { $count } raz; tego nie można już zmienić.
    [few] Komentarz można edytować { $count } razy; tego nie można już zmienić.
    [many] Komentarz można edytować { $count } razy; tego nie można już zmienić.
   *[other] Komentarz można edytować { $count } razy; tego nie można już zmienić.
}
error-check-comment = Proszę sprawdzić komentarz.
error-not-approved = Polecać i zgłaszać można tylko zatwierdzone komentarze.
error-unknown-reason = Proszę wybrać z listy powód zgłoszenia komentarza.
error-report-too-long = { $count ->
    [one] Wyjaśnienie może mieć najwyżej { $count } znak.
    [few] Wyjaśnienie może mieć najwyżej { $count } znaki.
    [many] Wyjaśnienie może mieć najwyżej { $count } znaków.
   *[other] Wyjaśnienie może mieć najwyżej { $count } znaku.
}

## Moderacja

error-select-comments = Proszę zaznaczyć co najmniej jeden komentarz.
error-moderation-not-found = Nie ma komentarza o numerze { $ids }; nic nie zostało zmienione.

## Strony poza masthead (osadzenie)

error-origin-not-allowed = Strony z { $origin } nie mogą osadzać komentarzy z tej witryny.
error-foreign-form = Ten formularz został wysłany z innej witryny, więc nic nie zostało zmienione. Aby skomentować, polecić lub zgłosić, użyj formularza na stronie tej witryny.
error-page-url-invalid = Adres strony nie jest poprawnym adresem http(s).
error-page-url-too-long = { $count ->
    [one] Adres strony jest dłuższy niż { $count } znak.
    [few] Adres strony jest dłuższy niż { $count } znaki.
    [many] Adres strony jest dłuższy niż { $count } znaków.
   *[other] Adres strony jest dłuższy niż { $count } znaku.
}
error-page-url-credentials = Adres strony nie może zawierać nazwy użytkownika ani hasła.
error-thread-url-missing = Proszę wskazać omawianą stronę: /thread?url=ADRES

## Zapis danych, z perspektywy czytelnika

error-conflict = Ta nazwa jest już zajęta.
error-unstorable = Tekst nie może zawierać znaków NUL.
error-server = Serwer nie mógł zrealizować tego żądania. Proszę spróbować ponownie za chwilę.

## Strony błędów

error-title-page-not-found = Nie znaleziono strony
error-no-page = Pod tym adresem nie ma żadnej strony.
error-no-page-hint = Pod tym adresem nie ma żadnej strony. Mogła zostać przeniesiona albo w odnośniku jest literówka.
error-front-page = Przejdź do strony głównej
error-front-page-latest = { $link }, aby zobaczyć najnowsze artykuły.
error-title-not-found = Nie znaleziono
error-title-refused = Nie udało się obsłużyć tego żądania
error-title-server = Coś poszło nie tak
error-title-too-many = Zbyt wiele żądań
error-too-many-wait = { $count ->
    [one] Proszę odczekać { $count } sekundę i spróbować ponownie.
    [few] Proszę odczekać { $count } sekundy i spróbować ponownie.
    [many] Proszę odczekać { $count } sekund i spróbować ponownie.
   *[other] Proszę odczekać { $count } sekundy i spróbować ponownie.
}
error-bad-request = Nie udało się zrozumieć żądania.
error-too-large = Żądanie jest większe, niż przyjmuje ten adres.
error-form-too-large = Formularz jest większy, niż przyjmuje ta strona (łącznie { $count } MB).
error-form-type = Formularze muszą być wysyłane jako application/x-www-form-urlencoded.
error-form-field-repeated = Pole formularza „{ $name }” zostało wysłane więcej niż raz.
error-form-not-number = Pole formularza „{ $name }” musi być dodatnią liczbą całkowitą.
error-form-field-not-utf8 = Pole formularza „{ $name }” nie jest poprawnym tekstem UTF-8.
error-form-not-utf8 = Formularz zawiera tekst, który nie jest poprawnym UTF-8.
error-form-nul = Formularz zawiera znak NUL.
error-form-part-unnamed = Część formularza nie ma nazwy.
error-form-unreadable = Nie udało się odczytać formularza.
error-bad-order = Komentarzy nie można wyświetlić w tej kolejności.
error-bad-comment-page = Strona komentarzy musi być numerem strony.

## API osadzenia

error-param-url-required = Adres strony jest wymagany.
error-param-page = Strona musi być liczbą od 1.
error-param-per-page = Liczba komentarzy na stronę musi wynosić od 1 do 100.
error-param-comment-id = To nie jest numer komentarza.
error-param-counts-none = Proszę podać co najmniej jeden adres strony.
error-param-counts-many = { $count ->
    [one] Proszę podać najwyżej { $count } adres strony.
    [few] Proszę podać najwyżej { $count } adresy stron.
    [many] Proszę podać najwyżej { $count } adresów stron.
   *[other] Proszę podać najwyżej { $count } adresu strony.
}
error-no-thread = Ta strona nie ma jeszcze dyskusji.
error-no-discussion-page = Dyskusja nie ma takiej strony.
error-embed-server = Coś poszło nie tak po naszej stronie. Proszę spróbować ponownie.
error-not-json = Treść żądania należy wysłać jako application/json.
error-bad-json = Treść żądania nie jest tym, czego oczekuje ten adres.
error-invalid-reader = Ten token czytelnika nie został wydany przez tę witrynę.
error-rate-limited = Zbyt wiele żądań z tego adresu. Proszę chwilę poczekać.

## Słowa osadzenia

error-embed-load-failed = Nie udało się wczytać komentarzy.
error-embed-send-failed = Nie udało się wysłać komentarza. Proszę spróbować ponownie.
error-embed-recommended = Polecono
error-embed-retry = Nie udało się. Proszę spróbować ponownie.
error-embed-failed = Nie udało się.
error-embed-report-question = Dlaczego moderatorzy powinni się temu przyjrzeć?
error-embed-reason-spam = Spam lub reklama
error-embed-reason-abusive = Obraźliwy, nienawistny lub nękający
error-embed-reason-off-topic = Nie na temat
error-embed-reason-misinformation = Fałszywy lub wprowadzający w błąd
error-embed-reason-other = Coś innego
error-embed-send-report = Wyślij zgłoszenie
error-embed-report-thanks = Dziękujemy: moderatorzy się temu przyjrzą.
error-embed-report-failed = Nie udało się wysłać zgłoszenia.
error-embed-edit-label = Edycja komentarza
error-embed-save = Zapisz zmiany
error-embed-delete = Usuń
error-embed-delete-confirm = Usunąć komentarz?
error-embed-more = Wczytaj więcej komentarzy

## Komunikaty REST API (słowa WordPressa)

error-rest-internal = Serwer nie mógł zrealizować tego żądania.
error-rest-invalid-comment-id = Nieprawidłowy identyfikator komentarza.
error-rest-invalid-post-id = Nieprawidłowy identyfikator wpisu.
error-rest-no-post = Niestety nie można utworzyć tego komentarza bez wpisu.
error-rest-no-route = Nie znaleziono ścieżki pasującej do adresu URL i metody żądania.
error-rest-invalid-param = Nieprawidłowe parametry: { $params }
error-rest-forbidden-param = Niedozwolony parametr zapytania: { $params }
error-rest-content-invalid = Nieprawidłowa treść komentarza.
error-rest-author-required = Utworzenie komentarza wymaga poprawnego imienia autora i adresu e-mail.
error-rest-invalid-email = Nieprawidłowy adres e-mail.
error-rest-too-long = Pole komentarza przekracza maksymalną dozwoloną długość.
error-rest-no-search-term = Aby sortować według trafności, należy podać wyszukiwaną frazę.
error-rest-page-too-large = Żądany numer strony jest większy niż liczba dostępnych stron.
error-rest-bad-password = Podane hasło nie jest prawidłowym hasłem aplikacji.
error-rest-invalid-json = Przesłano nieprawidłową treść JSON.
error-rest-already-trashed = Komentarz został już przeniesiony do kosza.
error-rest-forbidden-context = Niestety brak uprawnień do edycji wpisów tego typu.
error-rest-cannot-read = Niestety brak uprawnień do odczytu tego komentarza.
error-rest-cannot-create = Niestety ten użytkownik nie ma uprawnień do tworzenia wpisów.
error-rest-cannot-edit = Niestety brak uprawnień do edycji tego wpisu.
error-rest-cannot-edit-comment = Niestety brak uprawnień do edycji tego komentarza.
error-rest-cannot-delete-comment = Niestety brak uprawnień do usunięcia tego komentarza.
error-rest-content-type = Komentarz należy wysłać jako application/json lub application/x-www-form-urlencoded.
error-rest-login-required = Niestety, aby komentować, trzeba być zalogowanym.
error-rest-comment-exists = Nie można utworzyć istniejącego komentarza.
error-rest-forbidden = Niestety brak uprawnień do wykonania tej czynności.
error-rest-comment-type = Nie można utworzyć komentarza tego typu.
error-rest-create-failed = Nie udało się utworzyć komentarza.
error-banned = Nie można już komentować w tej witrynie.
error-suspended = Nie można komentować w tej witrynie do { $date }.
error-sanction-target = „{ $target }” nie jest adresem e-mail, adresem IP, zakresem CIDR ani @domeną.
error-sanction-kind = Nieznana sankcja „{ $kind }” (oczekiwano: ban, suspend, shadow lub premoderate).
error-sanction-reason = { $max ->
    [one] Powód może mieć najwyżej { $max } znak.
    [few] Powód może mieć najwyżej { $max } znaki.
    [many] Powód może mieć najwyżej { $max } znaków.
   *[other] Powód może mieć najwyżej { $max } znaku.
}
error-sanction-days = { $max ->
    [one] Zawieszenie trwa od 1 do { $max } dnia.
    [few] Zawieszenie trwa od 1 do { $max } dni.
    [many] Zawieszenie trwa od 1 do { $max } dni.
   *[other] Zawieszenie trwa od 1 do { $max } dnia.
}
error-outside-desk = Komentarz { $ids } jest poza Twoimi działami; nic nie zostało zmienione.
error-hook-refused = Ten komentarz nie został przyjęty: { $reason }
error-live-since = Pozycja strumienia na żywo musi być numerem zmiany.
error-live-full = Ten serwer obsługuje już tylu czytelników na żywo, ilu może; strona spróbuje ponownie za chwilę.
live-error-not-found = Nie ma takiego artykułu.
live-error-empty = Aktualizacja musi zawierać jakiś tekst.
live-error-too-long = Aktualizacja może mieć najwyżej 64 KiB.

## Sprostowanie redaktora
correction-error-note = { $max ->
    [one] Sprostowanie musi mieć notę od 1 do { $max } znaku.
    [few] Sprostowanie musi mieć notę od 1 do { $max } znaków.
    [many] Sprostowanie musi mieć notę od 1 do { $max } znaków.
   *[other] Sprostowanie musi mieć notę od 1 do { $max } znaku.
}

## Webmention (błędy JSON punktu końcowego)

error-webmention-disabled = Ta witryna nie przyjmuje wzmianek Webmention.
error-webmention-missing = Wymagane są oba parametry: source i target.
error-webmention-not-http = { $name } musi być adresem http:// lub https://.
error-webmention-too-long = { $name } ma więcej niż 2048 znaków.
error-webmention-same = Źródło i cel to ta sama strona.
error-webmention-not-ours = Cel nie jest artykułem w tej witrynie.
error-webmention-blocked = Ta witryna nie przyjmuje wzmianek Webmention z domeny źródła.
error-webmention-federated = Źródło to wpis, który pochodzi z Fediwersum; jego autor zmienia go tam.

## ActivityPub (skrzynka odbiorcza, WebFinger, NodeInfo); te komunikaty czytają inne serwery
error-activitypub-disabled = ActivityPub nie jest włączony w tej witrynie.
error-activitypub-unknown = Nie ma tu takiego konta ani artykułu.
error-activitypub-blocked = Ta witryna nie przyjmuje aktywności z tej instancji.
error-activitypub-signature = Podpis HTTP żądania nie został zaakceptowany: { $why }
error-activitypub-key = Nie udało się pobrać klucza, którym podpisano żądanie: { $why }
error-activitypub-actor = Aktor aktywności jej nie podpisał lub nie jest właścicielem tego, co ona zmienia.
error-activitypub-malformed = To nie jest aktywność ActivityPub, którą masthead potrafi odczytać: { $why }
error-activitypub-refused = Odpowiedź nie została przyjęta: { $why }
error-activitypub-type = Aktywności muszą być wysyłane jako application/activity+json.
error-webfinger-resource = Proszę wskazać szukane konto: ?resource=acct:NAME@HOST.
