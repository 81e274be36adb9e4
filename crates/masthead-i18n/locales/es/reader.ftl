## La portada

home-page-title = Página { $page }
latest-articles = Últimos artículos
no-articles = Todavía no se ha publicado ningún artículo.
more-articles = Más artículos
older-articles = ← Artículos anteriores
newer-articles = Artículos más recientes →

## El artículo

byline = Por { $byline }
contributors-line = Con la colaboración de { $names }.
list-pair = { $first } y { $last }
list-more = { $first }, { $rest }
article-source = Fuente del artículo: { $source }
article-comments-feed = { $site } » Feed de comentarios de «{ $title }»
preview-banner = Vista previa: así se verá el artículo. No está guardado ni publicado; cierre esta pestaña para volver al editor.
thread-source = La conversación sobre { $link }, publicado en otro sitio.

## La conversación

comments-title = { $count ->
    [one] Un comentario en «{ $title }»
    [many] { $count } comentarios en «{ $title }»
   *[other] { $count } comentarios en «{ $title }»
}
comments-navigation = Navegación de comentarios
older-comments = Comentarios anteriores
newer-comments = Comentarios más recientes
comment-orders = Orden de los comentarios
comment-order-oldest = Más antiguos
comment-order-newest = Más recientes
comment-order-best = Más recomendados
comment-order-picks = Selección de la redacción
comment-order-all = Todos los comentarios por páginas
editors-picks = Selección de la redacción
editors-pick = Destacado por la redacción
staff-badge = Redacción
comment-edited = (editado)
# Una respuesta publicada en otro sitio (una Webmention): { $site } es el nombre de host de ese sitio.
comment-replied-on = respondió en { $site }
# «Me gusta», republicaciones y menciones de otros sitios, bajo el artículo.
reactions-title = En la web
reaction-like = A { $name } le ha gustado este artículo
reaction-repost = { $name } ha compartido este artículo
reaction-mention = { $name } ha mencionado este artículo
comment-awaiting-moderation = Su comentario está pendiente de moderación.
reply = Responder
reply-to-label = Responder a { $name }
recommend = Recomendar
recommend-label = Recomendar el comentario de { $name } ({ $count } hasta ahora)
report = Denunciar
report-label = Denunciar el comentario de { $name }
edit = Editar
edit-label = Editar su comentario
comments-closed = Los comentarios están cerrados.

## El formulario de comentarios

leave-a-reply = Deje una respuesta
leave-a-reply-to = Deje una respuesta a { $name }
cancel-reply = Cancelar la respuesta
form-refused-label = Error:
form-refused-fields = El comentario no se ha publicado. Corrija los campos señalados abajo.
email-notes = La dirección de correo electrónico no se publicará.
required-fields-note = Los campos obligatorios están marcados con { $star }
form-comment = Comentario
form-name = Nombre
form-email = Correo electrónico
form-website = Web
form-remember = Guardar mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.
form-subscribe = Recibir por correo electrónico los nuevos comentarios.
allowed-tags = Se pueden usar estas etiquetas y atributos { $html }:
html-abbr-title = lenguaje de marcado de hipertexto
post-comment = Publicar el comentario
honeypot-label = Deje este campo vacío

## El comentario propio: editar, borrar, denunciar

edit-comment-title = Editar su comentario
edit-comment-intro = En «{ $article }». Puede cambiarlo o borrarlo hasta el { $until }.
save-changes = Guardar los cambios
delete-comment = Borrar este comentario
report-comment-title = Denunciar un comentario
report-comment-intro = De { $author }, en «{ $article }»:
report-why = ¿Por qué deberían revisarlo los moderadores?
report-reason-spam = Spam o publicidad
report-reason-abusive = Ofensivo, de odio o acosador
report-reason-off-topic = Fuera de tema
report-reason-misinformation = Falso o engañoso
report-reason-other = Otro motivo
report-details = Algo que los moderadores deban saber (opcional)
send-report = Enviar la denuncia
report-sent-title = Gracias
report-sent = La denuncia se ha enviado a los moderadores.
comment-deleted-title = Comentario borrado
comment-deleted = El comentario se ha retirado.
back-to-discussion = Volver a la conversación

## Búsqueda

search-title = Búsqueda
search-results-for = Resultados de búsqueda de «{ $query }»
search-results-for-page = Resultados de búsqueda de «{ $query }» – página { $page }
search-again = Buscar de nuevo
search-help = Deben aparecer todas las palabras. Use «comillas» para una frase, { $or } entre palabras para una u otra, y { $minus } delante de una palabra para excluirla.
search-no-match = Ningún artículo coincide con la búsqueda.
search-past-end = { $count ->
    [one] No hay más resultados: hay { $count } resultado en total.
    [many] No hay más resultados: hay { $count } de resultados en total.
   *[other] No hay más resultados: hay { $count } resultados en total.
}
search-one-result = 1 resultado
search-range = Resultados { $first }–{ $last } de { $total }
search-range-floor = Resultados { $first }–{ $last } de más de { $total }
search-windowed = Se muestran los mejores entre los { $window } artículos coincidentes más recientes: añada palabras para acotar la búsqueda.
more-results = Más resultados
older-results = Más resultados →
newer-results = ← Resultados anteriores
search-bad-page = El número de página debe ser 1 o mayor.


## Privacidad

privacy-title = Privacidad
privacy-kept-heading = Qué guardamos cuando se comenta
privacy-kept = El nombre, la dirección de correo electrónico y la web (si se indica), el comentario y cuándo se escribió, la dirección del ordenador desde el que se escribió (dirección IP) y el nombre del navegador (agente de usuario). Los usamos para mostrar el comentario, para reconocer a quien vuelve a comentar y para combatir el spam y los abusos.
privacy-email = { $never }: ni en la página, ni en los feeds, ni en las interfaces de datos del sitio. La pequeña imagen junto a un comentario se dibuja a partir de un código calculado con el correo electrónico y un secreto que solo conoce este sitio; no permite recuperar la dirección, y no se consulta a ningún otro servicio.
privacy-email-never = La dirección de correo electrónico nunca se publica
privacy-ip-days = { $days ->
    [one] Las direcciones IP se guardan { $days } día y después se borran automáticamente.
    [many] Las direcciones IP se guardan { $days } de días y después se borran automáticamente.
   *[other] Las direcciones IP se guardan { $days } días y después se borran automáticamente.
}
privacy-ip-kept = Las direcciones IP se guardan mientras se conserve el comentario.
privacy-cookies-heading = Cookies y almacenamiento del navegador
privacy-cookie-pending = { $cookie }: qué comentarios suyos esperan moderación, para que usted (y solo usted) pueda verlos. 30 días.
privacy-cookie-authored = { $minutes ->
    [one] { $cookie }: qué comentarios acaba de escribir, para que pueda editarlos o borrarlos durante { $minutes } minuto.
    [many] { $cookie }: qué comentarios acaba de escribir, para que pueda editarlos o borrarlos durante { $minutes } de minutos.
   *[other] { $cookie }: qué comentarios acaba de escribir, para que pueda editarlos o borrarlos durante { $minutes } minutos.
}
privacy-cookie-reader = { $cookie }: un número aleatorio que permite recomendar o denunciar cada comentario una sola vez. También se guarda, sin mostrarse nunca, con los comentarios que escribe, para que sus denuncias cuenten más en cuanto uno de ellos se apruebe. Un año.
privacy-cookie-commenter = { $cookie }: el nombre, el correo electrónico y la web, solo si se marca «Guardar mi nombre, correo electrónico y web en este navegador». Un año; desmarque la casilla al comentar la próxima vez para eliminarla.
privacy-embed-storage = En otros sitios que muestran los comentarios de este, la misma información se guarda en el almacenamiento de ese sitio en el navegador, en lugar de en cookies.
privacy-rights-heading = Sus derechos
privacy-rights = Puede pedir una copia de todo lo que este sitio guarda sobre su dirección de correo electrónico, o que se borre (sus comentarios se mostrarán entonces como «Anónimo», o se eliminarán). Escriba a la redacción del sitio; puede hacer cualquiera de las dos cosas en unos pocos clics.

## Feeds (RSS y Atom)

feed-site-comments = Comentarios de { $site }
feed-article-comments = Comentarios en: { $title }
feed-comment-on = Comentario en { $title } de { $author }
feed-comment-by = Por: { $author }
comments-closed-on = Los comentarios se cerraron el { $date }.
notice-link = Notificar contenido ilícito (Reglamento de Servicios Digitales de la UE)
notice-title = Notificar contenido ilícito
notice-intro = En virtud del Reglamento de Servicios Digitales de la UE, puede comunicarnos contenidos que considere ilícitos. Explique el motivo con la mayor precisión posible; lo examinaremos y tomaremos una decisión.
notice-category = ¿Qué tipo de contenido ilícito es?
notice-category-illegal-or-harmful-speech = Discurso de odio ilícito o incitación al odio o a la violencia
notice-category-violence = Violencia o amenazas
notice-category-protection-of-minors = Daño a menores
notice-category-data-protection-and-privacy-violations = Vulneración de la privacidad o de los datos personales
notice-category-intellectual-property-infringements = Infracción de la propiedad intelectual
notice-category-scams-and-fraud = Estafa o fraude
notice-category-non-consensual-behaviour = Contenido difundido sin consentimiento
notice-category-risk-for-public-security = Riesgo para la seguridad pública
notice-category-other = Otro contenido ilícito
notice-ground-terms = las condiciones generales del sitio
notice-explanation = ¿Por qué es ilícito? (de 20 a 5000 caracteres)
notice-name = Su nombre (opcional)
notice-email = Su dirección de correo electrónico (opcional: para el acuse de recibo y nuestra decisión)
notice-good-faith = Confirmo de buena fe que la información de esta notificación es precisa y completa.
notice-send = Enviar la notificación
notice-sent-title = Notificación recibida
notice-sent = Gracias. Su notificación tiene el número { $id }; la examinaremos y tomaremos una decisión.
notice-error-category = Elija qué tipo de contenido ilícito es.
notice-error-explanation = Explique el motivo en un texto de 20 a 5000 caracteres.
notice-error-name = Indique un nombre de 200 caracteres como máximo.
notice-error-email = Indique una dirección de correo electrónico válida, o ninguna.
notice-error-good-faith = Confirme que presenta esta notificación de buena fe.
notice-error-decided = Esto ya se ha decidido.
notice-error-same-staff = Una reclamación la revisa una persona de la redacción distinta de la que decidió.
notice-error-link = Este enlace no es válido.
notice-error-appeal = Explique su reclamación en un texto de 10 a 5000 caracteres.
notice-facts = La notificación { $id } señalaba el comentario en la categoría «{ $category }»; un moderador lo consideró ilícito.
statement-title = Exposición de motivos
statement-decision = Decisión
statement-decision-removed = El comentario se ha retirado.
statement-decision-restricted = El comentario se ha ocultado a los lectores.
statement-facts-staff = Un moderador consideró que el comentario infringe las normas del sitio para los comentarios.
statement-facts-reports = Los lectores denunciaron el comentario; se ocultó automáticamente hasta que lo revise un moderador.
statement-facts = Hechos y circunstancias
statement-ground = Fundamento
statement-ground-law = Contenido ilícito según la ley: { $category }
statement-automated = Medios automatizados
statement-automated-yes = En esta decisión se utilizaron medios automatizados.
statement-automated-no = No se utilizaron medios automatizados: decidió una persona.
statement-redress = Vías de recurso
statement-redress-text = Puede presentar una reclamación a continuación en un plazo de seis meses; otra persona de la redacción revisará la decisión. También puede acudir a un órgano de resolución extrajudicial de litigios o a los tribunales.
appeal-label = ¿Por qué debería revisarse la decisión?
appeal-send = Enviar la reclamación
appeal-sent = Hemos recibido su reclamación; otra persona de la redacción la revisará.
appeal-waiting = Su reclamación está pendiente de revisión.
appeal-outcome-upheld = Su reclamación se ha revisado: la decisión se mantiene.
appeal-outcome-reversed = Su reclamación se ha revisado: la decisión se ha revocado y su comentario vuelve a estar publicado.
live-new-comments = { $count ->
    [one] { $count } comentario nuevo — mostrarlo
    [many] { $count } de comentarios nuevos — mostrarlos
   *[other] { $count } comentarios nuevos — mostrarlos
}
live-reload = La conversación ha avanzado — recargue la página para verla
live-badge = En directo
live-updates = Actualizaciones en directo
live-new-updates = { $count ->
    [one] { $count } actualización nueva — mostrarla
    [many] { $count } de actualizaciones nuevas — mostrarlas
   *[other] { $count } actualizaciones nuevas — mostrarlas
}
feed-live-update = Actualización sobre «{ $title }»

## El historial de una noticia republicada (la mesa de agencias)
article-updated = Actualizado
article-correction = Corrección:
article-withdrawn-title = Esta noticia se ha retirado
article-withdrawn-body = El proveedor de la noticia la retiró el { $date } y ya no se publica aquí.
