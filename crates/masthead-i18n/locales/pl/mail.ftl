# Powiadomienia e-mail i strony otwierane przez ich linki.

## Wstrzymany komentarz, do moderatorów

mail-held-subject = [{ $site }] Czeka na moderację: „{ $article }”, autor: { $author }
mail-held-intro = Komentarz { $id } do „{ $article }” (autor: { $author }) czeka na moderację.
mail-held-written = Napisano: { $date }.
mail-held-reason = Powód wstrzymania: { $reason }
mail-held-approve = Zatwierdź: { $url }
mail-held-spam = Oznacz jako spam: { $url }
mail-held-trash = Przenieś do kosza: { $url }
mail-held-links-note = { $count ->
    [one] Każdy link prosi o potwierdzenie i działa przez { $count } dzień.
    [few] Każdy link prosi o potwierdzenie i działa przez { $count } dni.
    [many] Każdy link prosi o potwierdzenie i działa przez { $count } dni.
   *[other] Każdy link prosi o potwierdzenie i działa przez { $count } dnia.
}
mail-held-article = Artykuł: { $url }
mail-held-queue = Kolejka moderacji: { $url }
mail-digest-subject = { $count ->
    [one] [{ $site }] { $count } komentarz czeka na moderację
    [few] [{ $site }] { $count } komentarze czekają na moderację
    [many] [{ $site }] { $count } komentarzy czeka na moderację
   *[other] [{ $site }] { $count } komentarza czeka na moderację
}

## Powody wstrzymania

mail-reason-default = wstrzymany do sprawdzenia
mail-reason-hold-all = wszystkie komentarze czekają na moderację
mail-reason-links = { $count ->
    [one] zawiera { $count } link (limit: { $limit })
    [few] zawiera { $count } linki (limit: { $limit })
    [many] zawiera { $count } linków (limit: { $limit })
   *[other] zawiera { $count } linku (limit: { $limit })
}
mail-reason-moderation-word = zawiera słowo wymagające moderacji „{ $word }”
mail-reason-disallowed-word = zawiera niedozwolone słowo „{ $word }”
mail-reason-first-comments = pierwsze komentarze z tym imieniem i adresem e-mail (dotąd zatwierdzone: { $approved } z { $needed })
mail-reason-honeypot = wypełniono ukryte pole chroniące przed spamem
mail-reason-no-token = wysłano bez tokenu formularza komentarza
mail-reason-edited-after-approval = edytowany przez autora po zatwierdzeniu przez moderatora
mail-reason-deleted-by-author = usunięty przez autora
mail-reason-reported = { $count ->
    [one] zgłoszony przez { $count } osobę ({ $kinds })
    [few] zgłoszony przez { $count } osoby ({ $kinds })
    [many] zgłoszony przez { $count } osób ({ $kinds })
   *[other] zgłoszony przez { $count } osoby ({ $kinds })
}
mail-report-spam = spam lub reklama
mail-report-abusive = obraźliwy
mail-report-off-topic = nie na temat
mail-report-misinformation = dezinformacja
mail-report-other = inny powód

## Prośba o potwierdzenie adresu (double opt-in)

mail-confirm-subject = [{ $site }] Prosimy o potwierdzenie adresu e-mail
mail-confirm-intro = Ktoś (mamy nadzieję, że Ty) poprosił o powiadomienia e-mail o nowych komentarzach w dyskusji w serwisie { $site }.
mail-confirm-action = Aby potwierdzić, należy otworzyć ten link i nacisnąć przycisk:
mail-confirm-ignore = Jeśli to pomyłka, wystarczy zignorować tę wiadomość: nic więcej nie zostanie wysłane, dopóki link nie zostanie otwarty.

## Nowy komentarz, do obserwujących dyskusję

mail-reply-subject = [{ $site }] Nowy komentarz do „{ $article }”, autor: { $author }
mail-reply-intro = { $author } napisał(a) { $date } pod „{ $article }”:
mail-reply-read = Przeczytaj i odpowiedz: { $url }
mail-reply-stop = Wyłącz te powiadomienia dla tego artykułu: { $url }

## Wstrzymany komentarz został opublikowany, do autora

mail-approved-subject = [{ $site }] Komentarz do „{ $article }” został opublikowany
mail-approved-intro = Komentarz do „{ $article }” został zatwierdzony i jest już opublikowany:

## Stopka wiadomości do komentujących

mail-never-again = Nie wysyłaj mi więcej wiadomości: { $url }

## Webhook moderacji (pole „text”)

mail-webhook-text = Komentarz { $id } do „{ $article }” (autor: { $author }) czeka na moderację ({ $reason }). Zatwierdź: { $url }

## Strony linków

mail-page-moderate-title = Moderacja komentarza
mail-page-approve-question = Zatwierdzić komentarz { $id } (autor: { $author })?
mail-page-spam-question = Oznaczyć komentarz { $id } (autor: { $author }) jako spam?
mail-page-trash-question = Przenieść komentarz { $id } (autor: { $author }) do kosza?
mail-button-approve = Zatwierdź
mail-button-spam = Oznacz jako spam
mail-button-trash = Przenieś do kosza
mail-page-done-title = Gotowe
mail-page-approved = Komentarz { $id } został zatwierdzony.
mail-page-spammed = Komentarz { $id } został oznaczony jako spam.
mail-page-trashed = Komentarz { $id } został przeniesiony do kosza.
mail-page-no-longer-held = Komentarz { $id } nie czeka już na moderację ({ $status }): ten link nic nie zmieni.
mail-status-pending = czeka na moderację
mail-status-approved = jest opublikowany
mail-status-spam = jest oznaczony jako spam
mail-status-trash = jest w koszu
mail-page-comment-gone = Komentarz { $id } już nie istnieje.
mail-page-confirm-title = Potwierdzenie adresu
mail-page-confirm-question = Wysyłać nowe komentarze na adres { $email }?
mail-button-confirm = Potwierdź
mail-page-confirmed-title = Adres potwierdzony
mail-page-confirmed = Powiadomienia o nowych komentarzach w obserwowanych dyskusjach będą wysyłane.
mail-page-nothing-to-confirm = Ten adres nie ma nic do potwierdzenia (w międzyczasie wypisano go z powiadomień).
mail-page-unsubscribe-title = Wypisz się
mail-page-unsubscribe-discussion = Przestać wysyłać wiadomości o tej dyskusji na adres { $email }?
mail-page-unsubscribe-all = Przestać wysyłać wszelkie wiadomości z tej witryny na adres { $email }?
mail-button-unsubscribe = Wypisz się
mail-page-unsubscribed-title = Wypisano
mail-page-unsubscribed = Na adres { $email } nie będą już wysyłane takie wiadomości.
mail-link-invalid = Ten link jest nieprawidłowy. Prosimy użyć linku dokładnie w takiej postaci, w jakiej został wysłany.
mail-link-expired = Ten link wygasł.

mail-reason-filter = Filtr antyspamowy ocenia go jako spam z prawdopodobieństwem { $score }.
mail-reason-no-proof = Nie nadszedł dowód pracy (przeglądarka czytelnika może mieć wyłączony JavaScript).
mail-reason-sanction-ban = Autor jest zablokowany.
mail-reason-sanction-suspend = Autor jest zawieszony.
mail-reason-sanction-shadow = Autor jest zablokowany po cichu: komentarz widzi tylko on.
mail-reason-sanction-premoderate = Komentarze autora zawsze wymagają moderacji wstępnej.
mail-reason-recent-rejections = { $count ->
    [one] Odrzucono { $rejected } z { $count } ostatniego rozpatrzonego komentarza autora.
    [few] Odrzucono { $rejected } z { $count } ostatnich rozpatrzonych komentarzy autora.
    [many] Odrzucono { $rejected } z { $count } ostatnich rozpatrzonych komentarzy autora.
   *[other] Odrzucono { $rejected } z { $count } ostatniego rozpatrzonego komentarza autora.
}
mail-reason-hook = Klasyfikator redakcji odpowiedział { $verdict }: { $reason }.
mail-reason-hook-unanswered = Klasyfikator redakcji nie odpowiedział na czas.
mail-chat-text = Komentarz { $id } do „{ $article }” (autor: { $author }) czeka na moderatora: { $reason }
mail-chat-approve = Zatwierdź
mail-chat-spam = Oznacz jako spam
notice-ack-subject = [{ $site }] Zgłoszenie { $id } zostało przyjęte
notice-ack-body = Otrzymaliśmy zgłoszenie { $id } dotyczące komentarza { $comment } ({ $category }). Rozpatrzymy je i poinformujemy o podjętej decyzji.
notice-decided-subject = [{ $site }] Decyzja w sprawie zgłoszenia { $id }
notice-decided-removed = Rozpatrzyliśmy zgłoszenie { $id } dotyczące komentarza { $comment }: komentarz został usunięty.
notice-decided-kept = Rozpatrzyliśmy zgłoszenie { $id } dotyczące komentarza { $comment }: nie znaleźliśmy powodu, by go usunąć, więc pozostaje opublikowany.
statement-subject = [{ $site }] Komentarz { $comment } został usunięty
statement-body = Komentarz { $comment } został usunięty. Uzasadnienie { $id }: { $facts } Podstawa: treść nielegalna w świetle prawa ({ $category }). Decyzję podjął człowiek; nie wykorzystano zautomatyzowanych środków. W ciągu sześciu miesięcy można wnieść skargę: { $url }
statement-subject-restricted = [{ $site }] Komentarz { $comment } został ukryty
statement-body-terms = { $decision } Uzasadnienie { $id }: { $facts } Podstawa: regulamin witryny dotyczący komentarzy. { $automated } W ciągu sześciu miesięcy można wnieść skargę: { $url }
appeal-decided-subject = [{ $site }] Skarga { $id } została rozpatrzona
appeal-decided-upheld = Inna osoba z redakcji rozpatrzyła skargę { $id } dotyczącą komentarza { $comment }: decyzja zostaje utrzymana.
appeal-decided-reversed = Inna osoba z redakcji rozpatrzyła skargę { $id } dotyczącą komentarza { $comment }: decyzję uchylono, a komentarz jest ponownie opublikowany.
notice-chat = Zgłoszenie { $id }: komentarz { $comment } zgłoszono jako nielegalną treść ({ $category }).
notice-chat-review = Zdecyduj

## Desk depesz informuje redakcję o wycofanym materiale
wire-withdrawn-subject = Wycofane przez { $source }: { $headline }
wire-withdrawn-line = Źródło { $source } wycofało „{ $headline }”: masthead zdjął ten materiał z witryny.
wire-withdrawn-review = Otwórz desk depesz
