# Rechazos y páginas de error: el formulario de comentarios, los `message`
# de la API REST, la inserción (sus palabras y los mensajes de su API).

## Los campos del formulario de comentarios (las palabras de WordPress)

error-required-fields = Por favor, rellena los campos obligatorios.
error-invalid-email = Por favor, introduce una dirección de correo electrónico válida.
error-comment-required = Por favor, escribe el texto de tu comentario.
error-name-too-long = Tu nombre es demasiado largo.
error-email-too-long = Tu dirección de correo electrónico es demasiado larga.
error-url-too-long = La dirección de tu web es demasiado larga.
error-comment-too-long = Tu comentario es demasiado largo.
error-bad-url = Por favor, introduce una dirección web que empiece por http:// o https://.

## Rechazos de un comentario

error-article-not-found = Lo sentimos, no se ha encontrado ese artículo.
error-comments-closed = Lo siento, los comentarios están cerrados para este elemento.
error-parent-not-approved = Lo siento, no se permiten respuestas a comentarios no aprobados.
error-comment-not-found = No existe ningún comentario con el número { $id }.
error-check-form = Por favor, revisa el formulario.
error-duplicate = Se ha detectado un comentario duplicado. ¡Parece que ya has dicho eso!
error-invalid-token = No se ha podido verificar el formulario. Por favor, recarga la página y vuelve a enviar tu comentario.
error-expired-token = Este formulario ha caducado. Por favor, revisa tu comentario y vuelve a enviarlo.
error-too-fast = Ha sido más rápido de lo que nadie tarda en escribir un comentario. Por favor, espera un momento y vuelve a enviarlo.
error-flood = Estás publicando comentarios demasiado rápido. Tómatelo con calma.
error-label = Error:
error-fix-fields = Tu comentario no se ha publicado. Por favor, corrige los campos señalados abajo.
error-not-posted = Tu comentario no se ha publicado.

## Editar, recomendar o denunciar un comentario

error-no-such-comment = Ese comentario no existe.
error-not-yours = Solo puedes cambiar tus propios comentarios.
error-edit-window-closed = { $count ->
    [one] Los comentarios se pueden editar durante { $count } minuto después de publicarse; este ya no se puede cambiar.
    [many] Los comentarios se pueden editar durante { $count } de minutos después de publicarse; este ya no se puede cambiar.
   *[other] Los comentarios se pueden editar durante { $count } minutos después de publicarse; este ya no se puede cambiar.
}
error-too-many-edits = { $count ->
    [one] Un comentario se puede editar { $count } vez; este ya no se puede cambiar.
    [many] Un comentario se puede editar { $count } de veces; este ya no se puede cambiar.
   *[other] Un comentario se puede editar { $count } veces; este ya no se puede cambiar.
}
error-check-comment = Por favor, revisa el comentario.
error-not-approved = Solo se pueden recomendar o denunciar comentarios aprobados.
error-unknown-reason = Por favor, elige de la lista el motivo de la denuncia.
error-report-too-long = { $count ->
    [one] La explicación puede tener como máximo { $count } carácter.
    [many] La explicación puede tener como máximo { $count } de caracteres.
   *[other] La explicación puede tener como máximo { $count } caracteres.
}

## Moderación

error-select-comments = Selecciona al menos un comentario.
error-moderation-not-found = No existe ningún comentario con el número { $ids }; no se ha cambiado nada.

## Páginas fuera de masthead (la inserción)

error-origin-not-allowed = Las páginas de { $origin } no pueden insertar comentarios de este sitio.
error-foreign-form = Este formulario se envió desde otro sitio web, así que no se ha hecho nada. Para comentar, recomendar o denunciar, use el formulario de la propia página de este sitio.
error-page-url-invalid = La dirección de la página no es una URL http(s) válida.
error-page-url-too-long = { $count ->
    [one] La dirección de la página tiene más de { $count } carácter.
    [many] La dirección de la página tiene más de { $count } de caracteres.
   *[other] La dirección de la página tiene más de { $count } caracteres.
}
error-page-url-credentials = La dirección de la página no puede llevar nombre de usuario ni contraseña.
error-thread-url-missing = Indica la página que se comenta: /thread?url=DIRECCIÓN

## El almacenamiento, visto por las personas

error-conflict = Ese nombre ya está en uso.
error-unstorable = El texto no puede contener caracteres NUL.
error-server = El servidor no ha podido completar esta petición. Por favor, inténtalo de nuevo en un momento.

## Páginas de error

error-title-page-not-found = Página no encontrada
error-no-page = No hay ninguna página en esta dirección.
error-no-page-hint = No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace esté mal escrito.
error-front-page = Ir a la portada
error-front-page-latest = { $link } para ver los últimos artículos.
error-title-not-found = No encontrado
error-title-refused = No se ha podido atender esta petición
error-title-server = Algo ha salido mal
error-title-too-many = Demasiadas peticiones
error-too-many-wait = { $count ->
    [one] Por favor, espera { $count } segundo y vuelve a intentarlo.
    [many] Por favor, espera { $count } de segundos y vuelve a intentarlo.
   *[other] Por favor, espera { $count } segundos y vuelve a intentarlo.
}
error-bad-request = No se ha podido entender la petición.
error-too-large = La petición es más grande de lo que admite esta dirección.
error-form-too-large = El formulario es más grande de lo que admite esta página ({ $count } MB en total).
error-form-type = Los formularios deben enviarse como application/x-www-form-urlencoded.
error-form-field-repeated = El campo «{ $name }» se ha enviado más de una vez.
error-form-not-number = El campo «{ $name }» debe ser un número entero positivo.
error-form-field-not-utf8 = El campo «{ $name }» no es UTF-8 válido.
error-form-not-utf8 = El formulario contiene texto que no es UTF-8 válido.
error-form-nul = El formulario contiene un carácter NUL.
error-form-part-unnamed = Una parte del formulario no tiene nombre.
error-form-unreadable = No se ha podido leer el formulario.
error-bad-order = Los comentarios no se pueden mostrar en este orden.
error-bad-comment-page = La página de comentarios debe ser un número de página.

## La API de la inserción

error-param-url-required = La dirección de la página es obligatoria.
error-param-page = La página debe ser un número a partir de 1.
error-param-per-page = El número de comentarios por página debe estar entre 1 y 100.
error-param-comment-id = Eso no es un número de comentario.
error-param-counts-none = Indica al menos una dirección de página.
error-param-counts-many = { $count ->
    [one] Indica como máximo { $count } dirección de página.
    [many] Indica como máximo { $count } de direcciones de página.
   *[other] Indica como máximo { $count } direcciones de página.
}
error-no-thread = Todavía no hay ninguna conversación sobre esa página.
error-no-discussion-page = La conversación no tiene esa página.
error-embed-server = Algo ha salido mal por nuestra parte. Por favor, inténtalo de nuevo.
error-not-json = Envía el cuerpo como application/json.
error-bad-json = El cuerpo no es lo que espera esta dirección.
error-invalid-reader = Este sitio no ha emitido ese identificador de lector.
error-rate-limited = Demasiadas peticiones desde tu dirección. Por favor, espera un momento.

## Las palabras de la inserción

error-embed-load-failed = No se han podido cargar los comentarios.
error-embed-send-failed = No se ha podido enviar el comentario. Por favor, inténtalo de nuevo.
error-embed-recommended = Recomendado
error-embed-retry = No ha funcionado. Por favor, inténtalo de nuevo.
error-embed-failed = No ha funcionado.
error-embed-report-question = ¿Por qué deberían revisarlo los moderadores?
error-embed-reason-spam = Spam o publicidad
error-embed-reason-abusive = Ofensivo, de odio o acosador
error-embed-reason-off-topic = Fuera de tema
error-embed-reason-misinformation = Falso o engañoso
error-embed-reason-other = Otro motivo
error-embed-send-report = Enviar denuncia
error-embed-report-thanks = Gracias: los moderadores lo revisarán.
error-embed-report-failed = No se ha enviado la denuncia.
error-embed-edit-label = Edita tu comentario
error-embed-save = Guardar cambios
error-embed-delete = Borrar
error-embed-delete-confirm = ¿Borrar tu comentario?
error-embed-more = Cargar más comentarios

## Los mensajes de la API REST (las palabras de WordPress)

error-rest-internal = El servidor no ha podido completar esta petición.
error-rest-invalid-comment-id = ID de comentario no válido.
error-rest-invalid-post-id = ID de entrada no válido.
error-rest-no-post = Lo siento, no tienes permisos para crear este comentario sin una entrada.
error-rest-no-route = No se ha encontrado ninguna ruta que coincida con la URL y el método de la petición.
error-rest-invalid-param = Parámetro(s) no válido(s): { $params }
error-rest-forbidden-param = Parámetro de consulta no permitido: { $params }
error-rest-content-invalid = Contenido del comentario no válido.
error-rest-author-required = Crear un comentario requiere un nombre de autor y un correo electrónico válidos.
error-rest-invalid-email = Dirección de correo electrónico no válida.
error-rest-too-long = Un campo del comentario supera la longitud máxima permitida.
error-rest-no-search-term = Tienes que definir un término de búsqueda para ordenar por relevancia.
error-rest-page-too-large = El número de página solicitado es mayor que el número de páginas disponibles.
error-rest-bad-password = La contraseña proporcionada no es una contraseña de aplicación válida.
error-rest-invalid-json = Se ha enviado un cuerpo JSON no válido.
error-rest-already-trashed = El comentario ya se ha movido a la papelera.
error-rest-forbidden-context = Lo siento, no tienes permisos para editar entradas de este tipo de contenido.
error-rest-cannot-read = Lo siento, no tienes permisos para leer este comentario.
error-rest-cannot-create = Lo siento, no tienes permisos para crear entradas como este usuario.
error-rest-cannot-edit = Lo siento, no tienes permisos para editar esta entrada.
error-rest-cannot-edit-comment = Lo siento, no tienes permisos para editar este comentario.
error-rest-cannot-delete-comment = Lo siento, no tienes permisos para borrar este comentario.
error-rest-content-type = Envía el comentario como application/json o application/x-www-form-urlencoded.
error-rest-login-required = Lo siento, debes iniciar sesión para comentar.
error-rest-comment-exists = No se puede crear un comentario que ya existe.
error-rest-forbidden = Lo siento, no tienes permisos para hacer eso.
error-rest-comment-type = No se puede crear un comentario de ese tipo.
error-rest-create-failed = Ha fallado la creación del comentario.
error-banned = Ya no puedes comentar en este sitio.
error-suspended = No puedes comentar en este sitio hasta el { $date }.
error-sanction-target = «{ $target }» no es una dirección de correo electrónico, una dirección IP, un rango CIDR ni un @dominio.
error-sanction-kind = Sanción desconocida «{ $kind }» (se esperaba ban, suspend, shadow o premoderate).
error-sanction-reason = { $max ->
    [one] El motivo puede tener como máximo { $max } carácter.
    [many] El motivo puede tener como máximo { $max } de caracteres.
   *[other] El motivo puede tener como máximo { $max } caracteres.
}
error-sanction-days = { $max ->
    [one] Una suspensión dura de 1 a { $max } día.
    [many] Una suspensión dura de 1 a { $max } de días.
   *[other] Una suspensión dura de 1 a { $max } días.
}
error-outside-desk = El comentario { $ids } está fuera de sus secciones; no se ha cambiado nada.
error-hook-refused = Este comentario no se ha aceptado: { $reason }
error-live-since = La posición de la transmisión en directo debe ser un número de cambio.
error-live-full = Este servidor ya atiende a tantos lectores en directo como puede; la página volverá a intentarlo en breve.
live-error-not-found = Ese artículo no existe.
live-error-empty = Una actualización necesita algo de texto.
live-error-too-long = Una actualización puede tener como máximo 64 KiB.

## La corrección de un editor
correction-error-note = Una corrección necesita una nota de 1 a { $max } caracteres.

## Webmention (los errores JSON del punto de conexión)

error-webmention-disabled = Este sitio no acepta Webmentions.
error-webmention-missing = Se requieren tanto source como target.
error-webmention-not-http = { $name } debe ser una dirección http:// o https://.
error-webmention-too-long = { $name } supera los 2048 caracteres.
error-webmention-same = El origen y el destino son la misma página.
error-webmention-not-ours = El destino no es un artículo de este sitio.
error-webmention-blocked = Este sitio no acepta Webmentions del dominio del origen.
error-webmention-federated = El origen es una publicación que llegó del Fediverso; su autor la modifica allí.

## ActivityPub (la bandeja de entrada, WebFinger, NodeInfo); otros servidores leen estos mensajes
error-activitypub-disabled = ActivityPub no está activado en este sitio.
error-activitypub-unknown = Aquí no existe esa cuenta ni ese artículo.
error-activitypub-blocked = Este sitio no acepta actividades de esa instancia.
error-activitypub-signature = No se ha aceptado la firma HTTP de la petición: { $why }
error-activitypub-key = No se ha podido obtener la clave que firmó la petición: { $why }
error-activitypub-actor = El actor de la actividad no la firmó o no es propietario de lo que modifica.
error-activitypub-malformed = Esto no es una actividad de ActivityPub que masthead pueda leer: { $why }
error-activitypub-refused = No se ha aceptado la respuesta: { $why }
error-activitypub-type = Las actividades deben enviarse como application/activity+json.
error-webfinger-resource = Indica la cuenta que se busca: ?resource=acct:NAME@HOST.
