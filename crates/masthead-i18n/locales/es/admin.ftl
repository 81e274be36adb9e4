# La administración de la redacción.

## Marco
admin-nav-label = Redacción
admin-nav-dashboard = Escritorio
admin-nav-articles = Artículos
admin-nav-comments = Comentarios
admin-nav-settings = Ajustes
admin-nav-privacy = Privacidad
admin-nav-federation = Federación
admin-sign-out = Cerrar sesión
admin-error-label = Error:
admin-fix-fields = No se ha guardado nada. Corrija los campos marcados abajo.
admin-view = Ver
admin-cancel = Cancelar
admin-newer = Más recientes
admin-older = Más antiguos
admin-page-of = Página { $page } de { $pages }

## Acceso
admin-login-title = Acceder
admin-login-heading = Acceder a { $site }
admin-login-name = Nombre de usuario
admin-login-password = Contraseña
admin-login-submit = Acceder
admin-login-too-many = Demasiados intentos de acceso. Espere un minuto y vuelva a intentarlo.
admin-login-expired = Este formulario de acceso ha caducado o no procede de este sitio. Vuelva a intentarlo.
admin-login-wrong = Nombre de usuario o contraseña incorrectos.
admin-csrf-expired = Este formulario ha caducado o no procede de este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
admin-role-refused = Su rol ({ $role }) no permite hacer esto.
admin-role-admin = administrador
admin-role-editor = editor
admin-role-moderator = moderador

## Escritorio
admin-dashboard-title = Escritorio
admin-dashboard-articles = { $count ->
    [one] { $n } artículo publicado
    [many] { $n } de artículos publicados
   *[other] { $n } artículos publicados
}
admin-dashboard-pending = pendientes
admin-dashboard-approved = aprobados
admin-dashboard-spam = spam
admin-dashboard-trash = en la papelera
admin-chart-heading = Comentarios por día
admin-chart-title = { $days ->
    [one] Comentarios por día, último día: { $total } en total
    [many] Comentarios por día, últimos { $days } días: { $total } en total
   *[other] Comentarios por día, últimos { $days } días: { $total } en total
}
admin-chart-bar = { $count ->
    [one] { $count } comentario el { $date }
    [many] { $count } de comentarios el { $date }
   *[other] { $count } comentarios el { $date }
}
admin-chart-max = máximo { $max } al día
admin-dashboard-latest = Últimos comentarios pendientes
admin-dashboard-nothing-pending = No hay nada pendiente de moderación.
admin-comment-on = { $author } en { $article }:
admin-moderate = Moderar

## Cola de moderación
admin-comments-title = Comentarios
admin-status-pending = Pendientes
admin-status-approved = Aprobados
admin-status-spam = Spam
admin-status-trash = Papelera
admin-queue-by-status = Comentarios por estado
admin-queue-picks = Selección de la redacción
admin-queue-all = Todos
admin-queue-search = Buscar
admin-queue-article-id = Número de artículo
admin-queue-filter = Filtrar
admin-queue-shortcuts = Teclado: { $a } para aprobar, { $s } spam, { $t } papelera, { $j }/{ $k } siguiente/anterior, { $x } marcar, { $help } todas las teclas.
admin-queue-with-selected = Con los seleccionados:
admin-action-approve = Aprobar
admin-action-unapprove = Rechazar
admin-action-mark-spam = Marcar como spam
admin-action-move-trash = Mover a la papelera
admin-action-restore = Restaurar
admin-action-pick = Selección de la redacción
admin-action-unpick = Quitar de la selección
admin-action-delete = Borrar permanentemente
admin-action-trust = Aprobar y confiar en este autor
admin-action-spam = Spam
admin-action-trash = Papelera
admin-action-edit = Editar
admin-queue-apply = Aplicar
admin-queue-empty = No hay comentarios aquí.
admin-queue-select = Seleccionar el comentario { $id }
admin-row-pending = pendiente
admin-row-approved = aprobado
admin-row-spam = es spam
admin-row-trash = en la papelera
admin-queue-on = en { $article }
admin-queue-held-because = Retenido por este motivo: { $reason }
admin-queue-reported = { $count ->
    [one] Denunciado por { $count } lector
    [many] Denunciado por { $count } de lectores
   *[other] Denunciado por { $count } lectores
}
admin-queue-edited = { $count ->
    [one] Editado por su autor ({ $count } versión anterior)
    [many] Editado por su autor ({ $count } de versiones anteriores)
   *[other] Editado por su autor ({ $count } versiones anteriores)
}
admin-queue-replaced = Sustituido el { $date }:
admin-queue-reply = Responder como redacción
admin-queue-reply-label = Su respuesta (se publica en el acto)
admin-queue-reply-label-approves = Su respuesta (se publica en el acto; aprueba este comentario)
admin-queue-publish-reply = Publicar respuesta
admin-queue-bad-ids = Los números de comentario deben ser números.
admin-queue-one-reply = Responda a un solo comentario cada vez.
admin-queue-bad-article = el número de artículo debe ser un número

## Editar comentario
admin-edit-title = Editar el comentario { $id }
admin-edit-name = Nombre
admin-edit-website = Sitio web
admin-edit-comment = Comentario
admin-edit-save = Guardar comentario

## Artículos
admin-articles-title = Artículos
admin-articles-new = Escribir un artículo
admin-articles-empty = Todavía no hay artículos.
admin-articles-headline = Titular
admin-articles-state = Estado
admin-articles-date = Fecha
admin-articles-comments = Comentarios
admin-articles-page = (página)
admin-articles-thread-of = (conversación de { $page })
admin-articles-thread-of-closed = (conversación de { $page }, cerrada)
admin-articles-pending = { $count ->
    [one] ({ $count } pendiente)
    [many] ({ $count } pendientes)
   *[other] ({ $count } pendientes)
}
admin-state-draft = Borrador
admin-state-scheduled = Programado
admin-state-published = Publicado

## Editor de artículos
admin-editor-edit = Editar artículo
admin-editor-new = Escribir un artículo
admin-editor-view = Ver el artículo
admin-editor-headline = Titular
admin-editor-standfirst = Entradilla
admin-editor-byline = Firma
admin-editor-body = Texto (Markdown)
admin-editor-photo = Foto
admin-editor-remove-photo = Quitar esta foto
admin-editor-photo-replace = Sustituir por (JPEG, PNG o WebP, hasta 20 MB)
admin-editor-photo-upload = Subir (JPEG, PNG o WebP, hasta 20 MB)
admin-editor-photo-alt = Descripción para lectores de pantalla
admin-editor-photo-caption = Pie de foto
admin-editor-photo-credit = Crédito (agencia)
admin-editor-contributors = Colaboradores, uno por línea
admin-editor-source-name = Fuente del artículo
admin-editor-source-url = URL de la fuente
admin-editor-slug = Slug, la dirección: /articles/slug
admin-editor-slug-placeholder = formado a partir del titular
admin-editor-slug-note = Si lo cambia, la dirección anterior sigue funcionando.
admin-editor-publish-at = Hora de publicación ({ $timezone }; vacía para ahora, futura para programar)
admin-editor-comments-open = Los lectores pueden comentar
admin-editor-update = Actualizar
admin-editor-save-draft = Guardar borrador
admin-editor-preview = Vista previa
admin-editor-publish-changes = Publicar los cambios
admin-editor-publish = Publicar
admin-editor-unpublish = Despublicar
admin-editor-saved = Guardado.
admin-editor-published = Publicado: el artículo está en el sitio.
admin-editor-scheduled = Programado: el artículo aparecerá a su hora de publicación.
admin-editor-unpublished = Despublicado: el artículo vuelve a ser un borrador y ya no está en el sitio.
admin-editor-slug-taken = Otro artículo ya tiene el slug «{ $slug }». Elija otro.
admin-editor-unknown-action = Acción del editor desconocida.
admin-editor-bad-photo-token = La referencia de la foto conservada no es válida.

## Ajustes
admin-settings-title = Ajustes
admin-settings-saved = Ajustes guardados.
admin-settings-allowed-html = HTML permitido en los comentarios
admin-settings-allowed-html-change = (se cambia con { $command })
admin-settings-save = Guardar ajustes
admin-settings-unknown-language = Idioma desconocido «{ $value }». Elija uno de estos: { $list }.
admin-setting-site-title = Título del sitio
admin-setting-site-description = Descripción del sitio
admin-setting-site-language = Idioma del sitio
admin-setting-site-url = Dirección pública (https://news.example.com)
admin-setting-articles-per-page = Artículos por página
admin-setting-comments-thread-depth = Profundidad de las respuestas
admin-setting-comments-page-comments = Comentarios de primer nivel por página (0: todos en una página)
admin-setting-comments-default-page = Página que se muestra primero: newest (la más reciente) u oldest (la más antigua)
admin-setting-comments-trust-after = Comentarios aprobados que necesita quien comenta (mismo nombre y correo) para que sus comentarios no pasen por moderación (0: no retener a nadie nuevo)
admin-setting-comments-hold-all = Retener todos los comentarios para moderación
admin-setting-comments-max-links = Retener los comentarios con este número de enlaces (0: nunca)
admin-setting-comments-moderation-words = Palabras de moderación (se retienen), una por línea
admin-setting-comments-disallowed-words = Palabras no permitidas (spam), una por línea
admin-setting-comments-flood-seconds = Segundos entre comentarios de una misma dirección
admin-setting-comments-min-fill-seconds = Segundos mínimos entre cargar y enviar el formulario
admin-setting-comments-close-after-days = Cerrar los comentarios de artículos con más días que estos (0: nunca)
admin-setting-comments-rest-anonymous = Permitir comentarios anónimos a través de la API REST
admin-setting-federation-enabled = Participar en la web abierta: Webmentions de otros sitios y el sitio como una cuenta de ActivityPub que Mastodon y otros siguen y a la que responden
admin-setting-federation-username = Nombre de la cuenta del sitio en el Fediverso (acct:NAME@host)
admin-setting-federation-staff-authors = Cada autor de la redacción es también una cuenta del Fediverso (su nombre de usuario en el host del sitio): sus artículos vienen de él, y la cuenta del sitio los comparte
admin-setting-federation-blocked-domains = Dominios cuyas páginas y servidores se rechazan, incluidos los subdominios
admin-setting-comments-edit-minutes = Minutos durante los que se puede editar el propio comentario (0: nunca)
admin-setting-comments-report-threshold = Denuncias que devuelven un comentario a la cola (cada red cuenta una vez; la de un lector nuevo cuenta la mitad)
admin-setting-comments-avatars = Mostrar identicones junto a los comentarios
admin-setting-privacy-ip-retention-days = Días que se conservan las direcciones IP de quienes comentan (0: para siempre)
admin-setting-site-logo-url = Logotipo del editor para los buscadores (dirección o /ruta; vacío: el de masthead)
admin-setting-site-robots = robots.txt ({ "{base}" } representa la dirección pública)
admin-setting-mail-from = Remitente de las notificaciones (Nombre <dirección>)
admin-setting-notify-moderator-emails = Direcciones de correo de los moderadores, separadas por espacios
admin-setting-notify-moderator-mode = Correo a los moderadores: each (uno por comentario retenido) o digest (resumen cada hora)
admin-setting-notify-webhooks = Direcciones de webhooks para comentarios retenidos, separadas por espacios
admin-setting-notify-max-per-hour = Máximo de mensajes a una misma dirección por hora
admin-setting-site-utc-offset-minutes = Minutos al este de UTC para las fechas y horas mostradas (negativo: al oeste)
admin-setting-comments-require-previously-approved = Retener los comentarios de quien comenta por primera vez hasta que se apruebe uno suyo (el antiguo interruptor del número de comentarios aprobados)
admin-setting-comments-form-max-age-hours = Horas que un formulario de comentarios sigue siendo válido después de mostrarse
admin-setting-embed-allowed-origins = Sitios cuyas páginas pueden insertar los debates (orígenes como https://blog.example.org, separados por espacios)
admin-setting-notify-webhook-secret = Clave que firma los webhooks (vacía: una derivada del secreto del sitio)

## Privacidad
admin-privacy-title = Privacidad
admin-privacy-heading = Datos personales
admin-privacy-intro = Todo lo que masthead guarda sobre una persona que comenta se encuentra por su dirección de correo: expórtelo para ella o bórrelo.
admin-privacy-email = Dirección de correo electrónico
admin-privacy-export = Exportar los datos personales (JSON)
admin-privacy-erase = Borrar los datos personales
admin-privacy-anonymize = Conservar los comentarios como «Anónimo», sin correo, sitio web, dirección IP ni navegador
admin-privacy-delete = Borrar los comentarios (las respuestas se mantienen)
admin-privacy-confirm = Entiendo que esto no se puede deshacer
admin-privacy-retention = { $count ->
    [0] Las direcciones IP se conservan para siempre (ajuste { $key }).
    [one] Las direcciones IP se conservan { $count } día y después se borran solas (ajuste { $key }).
    [many] Las direcciones IP se conservan { $count } de días y después se borran solas (ajuste { $key }).
   *[other] Las direcciones IP se conservan { $count } días y después se borran solas (ajuste { $key }).
}
admin-privacy-need-email = Introduzca la dirección de correo de la persona que comentó.
admin-privacy-need-confirm = Marque «Entiendo que esto no se puede deshacer» para borrar.
admin-privacy-unknown-erasure = Forma de borrado desconocida.
admin-privacy-unknown-action = Acción desconocida.
admin-privacy-deleted = { $count ->
    [one] { $count } comentario de { $email } borrado.
    [many] { $count } de comentarios de { $email } borrados.
   *[other] { $count } comentarios de { $email } borrados.
}
admin-privacy-anonymised = { $count ->
    [one] { $count } comentario de { $email } anonimizado.
    [many] { $count } de comentarios de { $email } anonimizados.
   *[other] { $count } comentarios de { $email } anonimizados.
}

## Motivos de retención
admin-reason-hold-all = todos los comentarios se retienen para moderación
admin-reason-first-comments = primeros comentarios con este nombre y este correo (aprobados hasta ahora: { $approved } de { $needed })
admin-reason-honeypot = se rellenó el campo trampa oculto
admin-reason-no-token = enviado sin el token del formulario
admin-reason-edited-after-approval = editado después de que un moderador lo aprobara
admin-reason-deleted-by-author = Eliminado por su autor
admin-reason-moderation-word = contiene la palabra de moderación «{ $word }»
admin-reason-disallowed-word = contiene la palabra no permitida «{ $word }»
admin-reason-links = contiene { $count } enlaces (límite { $limit })
admin-reason-reported = { $count ->
    [one] Denunciado por { $count } lector ({ $kinds })
    [many] Denunciado por { $count } de lectores ({ $kinds })
   *[other] Denunciado por { $count } lectores ({ $kinds })
}

## Article editor: refused fields and photos
admin-editor-headline-missing = Escriba un titular para el artículo.
admin-editor-headline-too-long = El titular supera los { $limit } caracteres.
admin-editor-slug-invalid = Use de 1 a 200 letras minúsculas, cifras y guiones sueltos, sin guion al principio ni al final.
admin-editor-field-too-long = El campo «{ $field }» supera los { $limit } caracteres.
admin-editor-body-too-large = El texto supera los { $limit } kB.
admin-editor-contributors-invalid = Indique como máximo { $count } colaboradores, de hasta { $limit } caracteres cada uno.
admin-editor-source-url-invalid = La dirección de la fuente debe empezar por http:// o https://.
admin-editor-source-name-missing = Indique el nombre de la fuente a la que apunta el enlace.
admin-editor-publish-at-invalid = Escriba la fecha y la hora como AAAA-MM-DD HH:MM, o deje el campo vacío para publicar ahora.
admin-photo-too-large = La foto supera los { $limit } MB.
admin-photo-not-an-image = El archivo no es una imagen JPEG, PNG o WebP.
admin-photo-too-many-pixels = La foto tiene demasiados píxeles: como máximo { $side } por lado y { $megapixels } megapíxeles.
admin-photo-unreadable = No se pudo leer la foto: { $reason }

## Settings: refused values
admin-settings-bad-value = { $key } debe ser { $expected }, no «{ $value }».
admin-settings-unknown-key = Ajuste desconocido «{ $key }» (ajustes existentes: { $known }).
admin-expected-number = un número del { $min } al { $max }
admin-expected-bool = «true» o «false»
admin-expected-username = de 1 a 30 caracteres entre a-z, 0-9 y _
admin-expected-domains = nombres de dominio separados por espacios, como spam.example
admin-expected-minutes-between = un número de minutos entre { $min } y { $max }
admin-expected-seconds = un número de segundos del { $min } al { $max }
admin-expected-hours = un número de horas del { $min } al { $max }
admin-expected-days-never = un número de días del { $min } (nunca) al { $max }
admin-expected-days-forever = un número de días del { $min } (para siempre) al { $max }
admin-expected-trust-after = un número del { $min } (no retener a nadie nuevo) al { $max }
admin-expected-comments-per-page = un número del { $min } (todos en una página) al { $max }
admin-expected-edit-minutes = un número de minutos del { $min } (sin edición) al { $max }
admin-expected-http-address = una dirección con http:// o https://
admin-expected-address-or-path = una dirección con http:// o https:// o una ruta como /media/logo.png
admin-expected-newest-oldest = «newest» (los más recientes) u «oldest» (los más antiguos)
admin-expected-each-digest = «each» (uno a uno) o «digest» (resumen)
admin-expected-origins = orígenes separados por espacios, como https://blog.example.org
admin-expected-sender = una dirección de correo como news@example.org o Redacción <news@example.org>
admin-expected-emails = direcciones de correo separadas por espacios
admin-expected-urls = direcciones con http:// o https:// separadas por espacios
admin-expected-language = uno de los códigos { $list }
admin-allowlist-unsafe-tag = «{ $tag }» no es una etiqueta que se pueda permitir en los comentarios (posibles: { $list }).
admin-allowlist-unsafe-attribute = El atributo «{ $attribute }» de <{ $tag }> no se puede permitir en los comentarios (posibles: { $list }).
admin-allowlist-syntax = No se pueden leer las etiquetas permitidas cerca de «{ $near }»: escríbalas así: a[href,title] b i.

## Comment queue: refused requests
admin-queue-unknown-status = Estado de comentario desconocido «{ $status }».
admin-queue-unknown-action = Acción de moderación desconocida «{ $action }».

## The spam filter: its score and what weighed most, in the queue
admin-reason-filter = filtro antispam: { $score } probablemente spam
filter-towards-spam = { $clue } → spam
filter-towards-ham = { $clue } → no es spam
filter-clue-word = la palabra «{ $value }»
filter-clue-phrase = las palabras «{ $value }»
filter-clue-domain = un enlace a { $value }
# $count: 3 stands for 3 or more.
filter-clue-links = enlaces: { $count }
filter-clue-shouting = mayúsculas
filter-clue-punctuation = «!!» o «??»
filter-clue-website = indica un sitio web
filter-clue-name-digits = cifras en el nombre
filter-clue-approved = comentarios aprobados antes: { $count }
filter-clue-spammed = comentarios marcados como spam antes: { $count }
filter-clue-trashed = comentarios enviados a la papelera antes: { $count }
admin-queue-sort-filter = puntuación del filtro
admin-setting-moderation-filter = Filtro antispam (off, advise o auto)
admin-setting-moderation-filter-ham-to-spam = Proporción máxima de comentarios legítimos enviados a spam
admin-setting-moderation-filter-spam-shown = Proporción máxima de spam que el filtro puede publicar
admin-expected-filter = off, advise o auto
admin-expected-rate = un porcentaje del 0,0001 % al 50 %, como 0.1%
admin-queue-sort = Ordenar por
admin-queue-sort-newest = más recientes
admin-setting-moderation-proof-of-work = Pedir una prueba de trabajo cuando el filtro duda (off o when_unsure)
admin-expected-proof-of-work = off o when_unsure
admin-reason-no-proof = el filtro se inclinaba por publicarlo pero no llegó prueba de trabajo (¿JavaScript desactivado?)
admin-setting-moderation-flood-per-minute = Comentarios por minuto que forman una avalancha: entonces cada comentario de alguien nuevo necesita una prueba de trabajo (0: nunca)
admin-reason-sanction-ban = su autor está bloqueado
admin-reason-sanction-suspend = su autor está suspendido
admin-reason-sanction-shadow = su autor está bloqueado en la sombra: solo lo ve quien lo escribió
admin-reason-sanction-premoderate = su autor pasa siempre por moderación previa
admin-reason-recent-rejections = { $count ->
    [one] rechazados: { $rejected } de { $count } comentario moderado reciente de su autor
    [many] rechazados: { $rejected } de los últimos { $count } de comentarios moderados de su autor
   *[other] rechazados: { $rejected } de los últimos { $count } comentarios moderados de su autor
}
admin-setting-comments-recent-history = Comentarios recientes de un autor sobre los que se calcula la tasa de rechazo (0: desactivado)
admin-setting-comments-recent-rejection-rate = Tasa de rechazo (%) en esos comentarios a partir de la cual un autor vuelve a la moderación previa
admin-nav-commenters = Comentaristas
admin-action-ban = Bloquear al autor
admin-commenters-title = Comentaristas
admin-commenters-heading = Comentaristas
admin-commenters-show = Mostrar
admin-commenters-names = Nombres usados
admin-commenters-reports = Denuncias de los lectores
admin-commenters-first-seen = Visto por primera vez
admin-commenters-last-seen = Visto por última vez
admin-commenters-trusted = De confianza para la redacción
admin-commenters-in-force = Sanción vigente
admin-commenters-comments = Sus comentarios en la cola
admin-commenters-sanction = Sanción
admin-commenters-target = Correo, dirección IP, rango CIDR o @dominio
admin-commenters-reason = Motivo
admin-commenters-days = Días (obligatorios para una suspensión; si no, hasta que se levante)
admin-commenters-history = Sanciones a este comentarista
admin-commenters-active = Sanciones vigentes
admin-commenters-none = No hay sanciones.
admin-commenters-kind = Sanción
admin-commenters-set = Impuesta
admin-commenters-until = Hasta
admin-commenters-state = Estado
admin-commenters-lifted-by = levantada por { $name }
admin-commenters-ended = finalizada
admin-sanction-ban = Bloquear
admin-sanction-suspend = Suspender
admin-sanction-premoderate = Moderar siempre antes de publicar
admin-sanction-shadow = Bloquear en la sombra
admin-sanction-clear = Levantar
admin-yes = sí
admin-no = no
admin-editor-sections = Secciones (slugs de categoría, separados por comas)
admin-editor-sections-invalid = Nombre las secciones con letras, cifras, guiones y guiones bajos, separadas por comas.
admin-keys-heading = Atajos de teclado
admin-keys-next = comentario siguiente
admin-keys-previous = comentario anterior
admin-keys-approve = aprobar
admin-keys-spam = marcar como spam
admin-keys-trash = mover a la papelera
admin-keys-unapprove = rechazar (vuelve a la cola)
admin-keys-pick = selección de la redacción (lo aprueba)
admin-keys-reply = responder
admin-keys-ban = bloquear al autor (pulse dos veces)
admin-keys-select = marcar para una acción en bloque
admin-keys-help = mostrar u ocultar esta lista
admin-keys-failed = No se ha hecho: recargue la página e inténtelo de nuevo.
admin-keys-ban-again = Pulse B otra vez para bloquear al autor de este comentario.
admin-keys-done-approve = Comentario { $ids } aprobado.
admin-keys-done-unapprove = El comentario { $ids } ha vuelto a la cola.
admin-keys-done-spam = Comentario { $ids } marcado como spam.
admin-keys-done-trash = Comentario { $ids } movido a la papelera.
admin-keys-done-pick = Comentario { $ids } añadido a la selección de la redacción.
admin-keys-done-ban = Se ha bloqueado al autor del comentario { $ids }; el comentario está en spam.
admin-reason-hook = el clasificador de la redacción respondió { $verdict }: { $reason }
admin-reason-hook-unanswered = el clasificador de la redacción no respondió a tiempo
admin-setting-moderation-hook-url = Clasificador propio de la redacción, consultado sobre cada comentario antes de guardarlo (una dirección; vacío: ninguno)
admin-setting-moderation-hook-timeout-ms = Milisegundos que puede tardar el clasificador antes de que el comentario quede retenido
admin-expected-hook-url = una dirección con http:// o https://, o nada
admin-queue-sort-oldest = más antiguos
admin-queue-sort-reported = más denunciados
admin-queue-sort-article = artículo
admin-queue-reason = Retenido por
admin-queue-reason-any = cualquier motivo
admin-queue-reason-first-comments = primeros comentarios
admin-queue-reason-links = enlaces
admin-queue-reason-moderation-word = una palabra de moderación
admin-queue-reason-no-form-token = sin token del formulario
admin-queue-reason-hold-all = todos los comentarios retenidos
admin-queue-reason-reported = denuncias de los lectores
admin-queue-reason-filter = filtro antispam
admin-queue-reason-no-proof = sin prueba de trabajo
admin-queue-reason-recent-rejections = rechazos recientes
admin-queue-reason-sanctioned = autor sancionado
admin-queue-reason-hook = el clasificador de la redacción
admin-queue-section = Sección
admin-setting-notify-chat-webhooks = Webhooks de chat (Slack, Mattermost, Matrix) avisados de cada comentario retenido, con enlaces para aprobar o marcar como spam (direcciones separadas por espacios)
admin-queue-reason-hook-unanswered = el clasificador no respondió
admin-nav-notices = Notificaciones
admin-notices-title = Notificaciones y reclamaciones
admin-notices-intro = Notificaciones de contenido ilícito de los lectores (Reglamento de Servicios Digitales de la UE) y reclamaciones contra retiradas. Al retirar un comentario se envía a su autor una exposición de motivos; una reclamación la revisa una persona distinta de la que decidió.
admin-notices-open = Notificaciones pendientes
admin-notices-none = No hay notificaciones pendientes.
admin-notices-number = Notificación { $id }
admin-notices-by = de { $name }
admin-notices-anonymous = un lector anónimo
admin-notices-comment = comentario { $id }
admin-notices-remove = Retirar por ilícito
admin-notices-keep = Mantener
admin-notices-appeals = Reclamaciones
admin-notices-no-appeals = No hay reclamaciones pendientes.
admin-notices-statement = Exposición de motivos { $id }
admin-notices-decided-by = decidió { $name }
admin-notices-uphold = Confirmar la decisión
admin-notices-reverse = Revocarla y publicar el comentario

# The editor's live desk (issue 29).
admin-live-title = Cobertura en directo
admin-live-never = Este artículo no ha tenido cobertura en directo.
admin-live-since = En directo desde el { $time }: las páginas abiertas reciben cada actualización al instante.
admin-live-ended = La cobertura en directo terminó el { $time }.
admin-live-start = Iniciar la cobertura en directo
admin-live-end = Terminar la cobertura en directo
admin-live-entry = Nueva actualización (HTML o Markdown)
admin-live-post = Publicar la actualización
admin-live-recent = Últimas actualizaciones
admin-live-switched-on = La cobertura en directo está activada: el artículo muestra «En directo» y sus actualizaciones.
admin-live-switched-off = La cobertura en directo ha terminado.
admin-live-posted = Actualización publicada: las páginas abiertas ya la muestran.
admin-live-bad-switch = La cobertura en directo solo se puede activar o desactivar.

## The wire desk's sources (checked alike from the CLI and the admin)
wire-source-bad-name = Una fuente necesita un nombre de 1 a { $max } caracteres, en una sola línea.
wire-source-bad-url = «{ $url }» no es una dirección http o https.
wire-source-bad-credit = El crédito puede tener como máximo { $max } caracteres, en una sola línea.
wire-source-bad-every = El intervalo va de 1 a { $max } minutos.
## The wire desk page
admin-nav-wire = Mesa de agencias
admin-wire-title = Mesa de agencias
admin-wire-stories = Noticias
admin-wire-intro = Noticias de las agencias, con el cambio más reciente primero. Una noticia enviada por varias fuentes aparece una sola vez, bajo la primera que llegó.
admin-wire-filter-source = Fuente
admin-wire-filter-any-source = Todas las fuentes
admin-wire-filter-state = Estado
admin-wire-filter-any-state = Cualquier estado
admin-wire-filter = Filtrar
admin-wire-empty = No hay noticias en la mesa.
admin-wire-state-new = nueva
admin-wire-state-published = publicada
admin-wire-state-dismissed = descartada
admin-wire-state-withdrawn = retirada
admin-wire-from = de { $source }
admin-wire-also-from = también de { $source }
admin-wire-received = recibida el { $time }
admin-wire-updated = actualizada el { $time }
admin-wire-version = versión { $version }
admin-wire-publish = Publicar
admin-wire-edit = Editar
admin-wire-preview = Vista previa
admin-wire-dismiss = Descartar
admin-wire-sources = Fuentes de agencia
admin-wire-no-sources = Aún no hay fuentes de agencia: añada una abajo.
admin-wire-source-name = Nombre
admin-wire-source-url = Dirección
admin-wire-source-publish = Noticias nuevas
admin-wire-source-every = Consultada cada
admin-wire-source-polled = Última consulta
admin-wire-source-error = Último error
admin-wire-source-actions = Acciones
admin-wire-publish-draft = esperan en la mesa
admin-wire-publish-now = se publican al instante
admin-wire-every = { $minutes ->
    [one] { $minutes } minuto
    [many] { $minutes } de minutos
   *[other] { $minutes } minutos
}
admin-wire-never-polled = aún no
admin-wire-poll-now = Consultar ahora
admin-wire-remove = Eliminar
admin-wire-add = Añadir una fuente de agencia
admin-wire-add-name = Nombre
admin-wire-add-url = Dirección del feed
admin-wire-add-credit = Crédito (vacío: el nombre de la fuente)
admin-wire-add-every = Consultar cada (minutos)
admin-wire-add-publish = Noticias nuevas
admin-wire-add-submit = Añadir fuente
admin-wire-done-published = La noticia está publicada.
admin-wire-done-scheduled = La noticia se publicará cuando se levante su embargo.
admin-wire-done-dismissed = La noticia está descartada: sus versiones posteriores no se publicarán.
admin-wire-done-polled = La fuente se consultará en menos de 15 segundos.
admin-wire-done-added = Fuente añadida: se consultará en menos de 15 segundos.
admin-wire-done-removed = Fuente eliminada. Sus artículos se conservan.
admin-wire-name-taken = Ya hay una fuente llamada «{ $name }».
admin-wire-bad-publish = Las noticias nuevas o esperan en la mesa o se publican al instante.
admin-wire-not-new = Solo se puede publicar desde la mesa una noticia nueva.
admin-wire-cannot-publish = Esta noticia no se puede publicar: su artículo ya no existe o fue retirado.
admin-wire-cannot-dismiss = Solo se puede descartar una noticia nueva o retirada.
admin-editor-versions = Versiones anteriores
admin-editor-version-wire-update = sustituida por la actualización de la agencia
admin-editor-version-edited = sustituida al guardar una edición

## The federation page (/admin/federation)
admin-federation-title = Federación
admin-federation-account = La cuenta del sitio en el Fediverso: { $account }
admin-federation-off = La federación está desactivada (federation.enabled): no se aceptan Webmentions y nadie puede seguir el sitio.
admin-federation-followers = { $count ->
    [one] { $count } seguidor
    [many] { $count } de seguidores
   *[other] { $count } seguidores
}
admin-federation-none = Nada todavía.
admin-federation-handle = Cuenta
admin-federation-since = Sigue desde
admin-federation-deliveries = Últimos envíos
admin-federation-activity = Actividad
admin-federation-inbox = Bandeja de entrada
admin-federation-state = Estado
admin-federation-answer = Respuesta
admin-federation-tries = Intentos
admin-federation-when = Cuándo
admin-federation-problems = Menciones y publicaciones que no prosperaron
admin-federation-source = Origen
admin-federation-target = Destino
admin-federation-via = Vía
