## Strona główna

home-page-title = Strona { $page }
latest-articles = Najnowsze artykuły
no-articles = Nie opublikowano jeszcze żadnych artykułów.
more-articles = Więcej artykułów
older-articles = ← Starsze artykuły
newer-articles = Nowsze artykuły →

## Artykuł

byline = Autor: { $byline }
contributors-line = Współpraca: { $names }.
list-pair = { $first } i { $last }
list-more = { $first }, { $rest }
article-source = Źródło artykułu: { $source }
article-comments-feed = { $site } » Kanał komentarzy do „{ $title }”
preview-banner = Podgląd: tak będzie wyglądał artykuł. Nie został zapisany ani opublikowany; zamknij tę kartę, aby wrócić do edytora.
thread-source = Dyskusja o { $link }, opublikowanym gdzie indziej.

## Dyskusja

comments-title = { $count ->
    [one] Jeden komentarz do „{ $title }”
    [few] { $count } komentarze do „{ $title }”
    [many] { $count } komentarzy do „{ $title }”
   *[other] { $count } komentarza do „{ $title }”
}
comments-navigation = Nawigacja komentarzy
older-comments = Starsze komentarze
newer-comments = Nowsze komentarze
comment-orders = Kolejność komentarzy
comment-order-oldest = Od najstarszych
comment-order-newest = Od najnowszych
comment-order-best = Najczęściej polecane
comment-order-picks = Wybór redakcji
comment-order-all = Wszystkie komentarze według stron
editors-picks = Wybór redakcji
editors-pick = Wybór redakcji
staff-badge = Redakcja
comment-edited = (edytowany)
# Odpowiedź opublikowana w innej witrynie (Webmention): { $site } to nazwa hosta tej witryny.
comment-replied-on = odpowiedź w witrynie { $site }
# Polubienia, udostępnienia i wzmianki z innych witryn, pod artykułem.
reactions-title = W sieci
reaction-like = { $name } lubi ten artykuł
reaction-repost = { $name } udostępnia ten artykuł
reaction-mention = { $name } wspomina o tym artykule
comment-awaiting-moderation = Komentarz oczekuje na moderację.
reply = Odpowiedz
reply-to-label = Odpowiedz użytkownikowi { $name }
recommend = Poleć
recommend-label = Poleć komentarz użytkownika { $name } (dotąd: { $count })
report = Zgłoś
report-label = Zgłoś komentarz użytkownika { $name }
edit = Edytuj
edit-label = Edytuj swój komentarz
comments-closed = Komentarze są wyłączone.

## Formularz komentarza

leave-a-reply = Dodaj komentarz
leave-a-reply-to = Odpowiedz użytkownikowi { $name }
cancel-reply = Anuluj odpowiedź
form-refused-label = Błąd:
form-refused-fields = Komentarz nie został opublikowany. Popraw pola oznaczone poniżej.
email-notes = Adres e-mail nie zostanie opublikowany.
required-fields-note = Wymagane pola są oznaczone { $star }
form-comment = Komentarz
form-name = Imię i nazwisko
form-email = E-mail
form-website = Witryna internetowa
form-remember = Zapamiętaj moje dane w tej przeglądarce podczas pisania kolejnych komentarzy.
form-subscribe = Powiadamiaj mnie e-mailem o nowych komentarzach.
allowed-tags = Można używać następujących znaczników i atrybutów { $html }:
html-abbr-title = hipertekstowy język znaczników
post-comment = Opublikuj komentarz
honeypot-label = Pozostaw to pole puste

## Własny komentarz: edycja, usunięcie, zgłoszenie

edit-comment-title = Edycja komentarza
edit-comment-intro = Do „{ $article }”. Można go zmienić lub usunąć do { $until }.
save-changes = Zapisz zmiany
delete-comment = Usuń ten komentarz
report-comment-title = Zgłoś komentarz
report-comment-intro = Autor: { $author }, do „{ $article }”:
report-why = Dlaczego moderatorzy powinni się mu przyjrzeć?
report-reason-spam = Spam lub reklama
report-reason-abusive = Obraźliwy, nienawistny lub nękający
report-reason-off-topic = Nie na temat
report-reason-misinformation = Fałszywy lub wprowadzający w błąd
report-reason-other = Coś innego
report-details = Co jeszcze powinni wiedzieć moderatorzy (opcjonalnie)
send-report = Wyślij zgłoszenie
report-sent-title = Dziękujemy
report-sent = Zgłoszenie zostało przekazane moderatorom.
comment-deleted-title = Komentarz usunięty
comment-deleted = Komentarz został usunięty.
back-to-discussion = Wróć do dyskusji

## Wyszukiwanie

search-title = Wyszukiwanie
search-results-for = Wyniki wyszukiwania dla „{ $query }”
search-results-for-page = Wyniki wyszukiwania dla „{ $query }” – strona { $page }
search-again = Wyszukaj ponownie
search-help = Muszą pasować wszystkie słowa. Frazę należy ująć w „cudzysłów”, { $or } między słowami oznacza jedno albo drugie, a { $minus } przed słowem je wyklucza.
search-no-match = Żaden artykuł nie pasuje do wyszukiwania.
search-past-end = { $count ->
    [one] Nie ma więcej wyników: łącznie jest { $count } wynik.
    [few] Nie ma więcej wyników: łącznie są { $count } wyniki.
    [many] Nie ma więcej wyników: łącznie jest { $count } wyników.
   *[other] Nie ma więcej wyników: łącznie jest { $count } wyniku.
}
search-one-result = 1 wynik
search-range = Wyniki { $first }–{ $last } z { $total }
search-range-floor = Wyniki { $first }–{ $last } z ponad { $total }
search-windowed = Pokazano najlepsze spośród { $window } najnowszych pasujących artykułów: dodaj słowa, aby zawęzić wyszukiwanie.
more-results = Więcej wyników
older-results = Więcej wyników →
newer-results = ← Poprzednie wyniki
search-bad-page = Numer strony musi wynosić co najmniej 1.


## Prywatność

privacy-title = Prywatność
privacy-kept-heading = Co przechowujemy po dodaniu komentarza
privacy-kept = Imię i nazwisko, adres e-mail i witrynę (jeśli zostanie podana), treść komentarza i czas jego napisania, adres komputera, z którego go wysłano (adres IP), oraz nazwę przeglądarki (user agent). Używamy ich, aby wyświetlić komentarz, rozpoznać powracających komentujących oraz walczyć ze spamem i nadużyciami.
privacy-email = { $never } – ani na stronie, ani w kanałach, ani w interfejsach danych witryny. Mały obrazek obok komentarza powstaje z kodu obliczonego z adresu e-mail i sekretu znanego tylko tej witrynie; nie da się z niego odtworzyć adresu i nie pyta się o niego żadnej innej usługi.
privacy-email-never = Adres e-mail nigdy nie jest publikowany
privacy-ip-days = { $days ->
    [one] Adresy IP są przechowywane przez { $days } dzień, a potem automatycznie usuwane.
    [few] Adresy IP są przechowywane przez { $days } dni, a potem automatycznie usuwane.
    [many] Adresy IP są przechowywane przez { $days } dni, a potem automatycznie usuwane.
   *[other] Adresy IP są przechowywane przez { $days } dnia, a potem automatycznie usuwane.
}
privacy-ip-kept = Adresy IP są przechowywane tak długo jak komentarz.
privacy-cookies-heading = Ciasteczka i pamięć przeglądarki
privacy-cookie-pending = { $cookie }: które komentarze oczekują na moderację, aby ich autor (i tylko on) mógł je zobaczyć. 30 dni.
privacy-cookie-authored = { $minutes ->
    [one] { $cookie }: które komentarze zostały właśnie napisane, aby można je było edytować lub usunąć przez { $minutes } minutę.
    [few] { $cookie }: które komentarze zostały właśnie napisane, aby można je było edytować lub usunąć przez { $minutes } minuty.
    [many] { $cookie }: które komentarze zostały właśnie napisane, aby można je było edytować lub usunąć przez { $minutes } minut.
   *[other] { $cookie }: które komentarze zostały właśnie napisane, aby można je było edytować lub usunąć przez { $minutes } minuty.
}
privacy-cookie-reader = { $cookie }: losowa liczba, dzięki której każdy komentarz można polecić lub zgłosić tylko raz. Jest też przechowywana, nigdy niepokazywana, razem z Twoimi komentarzami, aby Twoje zgłoszenia liczyły się bardziej, gdy któryś z nich zostanie zatwierdzony. Jeden rok.
privacy-cookie-commenter = { $cookie }: imię i nazwisko, e-mail i witryna, tylko po zaznaczeniu pola „Zapamiętaj moje dane w tej przeglądarce”. Jeden rok; aby je usunąć, wystarczy odznaczyć to pole przy następnym komentarzu.
privacy-embed-storage = Na innych witrynach, które pokazują komentarze tej witryny, te same informacje są przechowywane w pamięci przeglądarki przypisanej do tamtej witryny zamiast w ciasteczkach.
privacy-rights-heading = Prawa użytkownika
privacy-rights = Można poprosić o kopię wszystkiego, co ta witryna przechowuje o danym adresie e-mail, albo o usunięcie tych danych (komentarze będą wtedy podpisane „Anonim” albo usunięte). Wystarczy napisać do redakcji witryny; każdą z tych rzeczy może zrobić kilkoma kliknięciami.

## Kanały (RSS i Atom)

feed-site-comments = Komentarze w witrynie { $site }
feed-article-comments = Komentarze do: { $title }
feed-comment-on = Komentarz do { $title }, autor: { $author }
feed-comment-by = Autor: { $author }
comments-closed-on = Komentarze zostały wyłączone { $date }.
notice-link = Zgłoś nielegalne treści (unijny akt o usługach cyfrowych)
notice-title = Zgłoszenie nielegalnych treści
notice-intro = Na podstawie unijnego aktu o usługach cyfrowych można powiadomić nas o treściach uznawanych za nielegalne. Prosimy jak najdokładniej wyjaśnić dlaczego; rozpatrzymy zgłoszenie i podejmiemy decyzję.
notice-category = Jakiego rodzaju są to nielegalne treści?
notice-category-illegal-or-harmful-speech = Nielegalna mowa nienawiści lub nawoływanie do nienawiści albo przemocy
notice-category-violence = Przemoc lub groźby
notice-category-protection-of-minors = Zagrożenie dla małoletnich
notice-category-data-protection-and-privacy-violations = Naruszenie prywatności lub ochrony danych osobowych
notice-category-intellectual-property-infringements = Naruszenie własności intelektualnej
notice-category-scams-and-fraud = Oszustwo lub wyłudzenie
notice-category-non-consensual-behaviour = Treści udostępnione bez zgody
notice-category-risk-for-public-security = Zagrożenie dla bezpieczeństwa publicznego
notice-category-other = Inne nielegalne treści
notice-ground-terms = regulamin witryny
notice-explanation = Dlaczego te treści są nielegalne? (od 20 do 5000 znaków)
notice-name = Imię i nazwisko (opcjonalnie)
notice-email = Adres e-mail (opcjonalnie: do potwierdzenia otrzymania zgłoszenia i przekazania decyzji)
notice-good-faith = Potwierdzam w dobrej wierze, że informacje zawarte w tym zgłoszeniu są dokładne i kompletne.
notice-send = Wyślij zgłoszenie
notice-sent-title = Zgłoszenie przyjęte
notice-sent = Dziękujemy. Zgłoszenie otrzymało numer { $id }; rozpatrzymy je i podejmiemy decyzję.
notice-error-category = Należy wybrać rodzaj nielegalnych treści.
notice-error-explanation = Należy wyjaśnić powód w tekście o długości od 20 do 5000 znaków.
notice-error-name = Imię i nazwisko może mieć najwyżej 200 znaków.
notice-error-email = Należy podać prawidłowy adres e-mail albo nie podawać żadnego.
notice-error-good-faith = Należy potwierdzić, że zgłoszenie jest dokonywane w dobrej wierze.
notice-error-decided = Decyzja w tej sprawie została już podjęta.
notice-error-same-staff = Skargę rozpatruje inna osoba z redakcji niż ta, która podjęła decyzję.
notice-error-link = Ten link jest nieprawidłowy.
notice-error-appeal = Należy uzasadnić skargę w tekście o długości od 10 do 5000 znaków.
notice-facts = W zgłoszeniu { $id } wskazano komentarz w kategorii „{ $category }”; moderator uznał go za nielegalny.
statement-title = Uzasadnienie
statement-decision = Decyzja
statement-decision-removed = Komentarz został usunięty.
statement-decision-restricted = Komentarz został ukryty przed czytelnikami.
statement-facts-staff = Moderator uznał, że komentarz narusza zasady witryny dotyczące komentarzy.
statement-facts-reports = Czytelnicy zgłosili komentarz; został automatycznie ukryty do czasu, aż sprawdzi go moderator.
statement-facts = Fakty i okoliczności
statement-ground = Podstawa decyzji
statement-ground-law = Treść nielegalna w świetle prawa: { $category }
statement-automated = Zautomatyzowane środki
statement-automated-yes = Przy podejmowaniu tej decyzji wykorzystano zautomatyzowane środki.
statement-automated-no = Nie wykorzystano zautomatyzowanych środków: decyzję podjął człowiek.
statement-redress = Środki odwoławcze
statement-redress-text = W ciągu sześciu miesięcy można wnieść skargę poniżej; decyzję ponownie rozpatrzy inna osoba z redakcji. Można też zwrócić się do organu pozasądowego rozstrzygania sporów lub do sądu.
appeal-label = Dlaczego decyzja powinna zostać ponownie rozpatrzona?
appeal-send = Wyślij skargę
appeal-sent = Skarga została przyjęta; rozpatrzy ją inna osoba z redakcji.
appeal-waiting = Skarga czeka na rozpatrzenie.
appeal-outcome-upheld = Skarga została rozpatrzona: decyzja zostaje utrzymana.
appeal-outcome-reversed = Skarga została rozpatrzona: decyzję uchylono, a komentarz jest ponownie opublikowany.
live-new-comments = { $count ->
    [one] { $count } nowy komentarz — pokaż go
    [few] { $count } nowe komentarze — pokaż je
    [many] { $count } nowych komentarzy — pokaż je
   *[other] { $count } nowego komentarza — pokaż je
}
live-reload = Dyskusja potoczyła się dalej — odśwież stronę, aby ją zobaczyć
live-badge = Na żywo
live-updates = Relacja na żywo
live-new-updates = { $count ->
    [one] { $count } nowa aktualizacja — pokaż ją
    [few] { $count } nowe aktualizacje — pokaż je
    [many] { $count } nowych aktualizacji — pokaż je
   *[other] { $count } nowej aktualizacji — pokaż je
}
feed-live-update = Aktualizacja relacji „{ $title }”

## Historia ponownie opublikowanego materiału (desk depesz)
article-updated = Zaktualizowano
article-correction = Sprostowanie:
article-withdrawn-title = Ten materiał został wycofany
article-withdrawn-body = Dostawca wycofał go { $date } i nie jest już tu publikowany.
