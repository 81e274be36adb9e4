# Correos de aviso y páginas que abren sus enlaces.

## Un comentario retenido, a los moderadores

mail-held-subject = [{ $site }] Pendiente de moderación: «{ $article }», de { $author }
mail-held-intro = El comentario { $id } de { $author } en «{ $article }» está pendiente de moderación.
mail-held-written = Escrito el { $date }.
mail-held-reason = Motivo de la retención: { $reason }
mail-held-approve = Aprobar: { $url }
mail-held-spam = Marcar como spam: { $url }
mail-held-trash = Enviar a la papelera: { $url }
mail-held-links-note = { $count ->
    [one] Cada enlace pide una confirmación y es válido durante { $count } día.
    [many] Cada enlace pide una confirmación y es válido durante { $count } días.
   *[other] Cada enlace pide una confirmación y es válido durante { $count } días.
}
mail-held-article = Artículo: { $url }
mail-held-queue = Cola de moderación: { $url }
mail-digest-subject = { $count ->
    [one] [{ $site }] { $count } comentario pendiente de moderación
    [many] [{ $site }] { $count } comentarios pendientes de moderación
   *[other] [{ $site }] { $count } comentarios pendientes de moderación
}

## Motivos de la retención

mail-reason-default = retenido para revisión
mail-reason-hold-all = todos los comentarios se moderan antes de publicarse
mail-reason-links = { $count ->
    [one] contiene { $count } enlace (el límite es { $limit })
    [many] contiene { $count } enlaces (el límite es { $limit })
   *[other] contiene { $count } enlaces (el límite es { $limit })
}
mail-reason-moderation-word = contiene la palabra sujeta a moderación «{ $word }»
mail-reason-disallowed-word = contiene la palabra prohibida «{ $word }»
mail-reason-first-comments = primeros comentarios con este nombre y esta dirección de correo (aprobados hasta ahora: { $approved } de { $needed })
mail-reason-honeypot = se rellenó el campo oculto contra el spam
mail-reason-no-token = enviado sin el token del formulario de comentarios
mail-reason-edited-after-approval = editado por su autor después de que un moderador lo aprobara
mail-reason-deleted-by-author = eliminado por su autor
mail-reason-reported = { $count ->
    [one] denunciado por { $count } lector ({ $kinds })
    [many] denunciado por { $count } lectores ({ $kinds })
   *[other] denunciado por { $count } lectores ({ $kinds })
}
mail-report-spam = spam o publicidad
mail-report-abusive = ofensivo
mail-report-off-topic = fuera de tema
mail-report-misinformation = desinformación
mail-report-other = otro motivo

## La solicitud de confirmación (doble opt-in)

mail-confirm-subject = [{ $site }] Confirme su dirección de correo electrónico
mail-confirm-intro = Alguien (esperamos que haya sido usted) pidió recibir por correo los nuevos comentarios de una conversación en { $site }.
mail-confirm-action = Para confirmarlo, abra este enlace y pulse el botón:
mail-confirm-ignore = Si no fue usted, ignore este mensaje: no se enviará nada más a menos que se siga el enlace.

## Un comentario nuevo, a quienes siguen la conversación

mail-reply-subject = [{ $site }] Nuevo comentario de { $author } en «{ $article }»
mail-reply-intro = { $author } escribió en «{ $article }» el { $date }:
mail-reply-read = Leer y responder: { $url }
mail-reply-stop = Dejar de recibir estos mensajes sobre este artículo: { $url }

## Un comentario retenido ya está publicado, a su autor

mail-approved-subject = [{ $site }] Su comentario en «{ $article }» ya está publicado
mail-approved-intro = Su comentario en «{ $article }» fue aprobado y ya está publicado:

## Pie de los correos a quienes comentan

mail-never-again = No volver a escribirme nunca: { $url }

## Webhook de moderación (campo «text»)

mail-webhook-text = El comentario { $id } de { $author } en «{ $article }» está pendiente de moderación ({ $reason }). Aprobar: { $url }

## Las páginas de los enlaces

mail-page-moderate-title = Moderar un comentario
mail-page-approve-question = ¿Aprobar el comentario { $id } de { $author }?
mail-page-spam-question = ¿Marcar como spam el comentario { $id } de { $author }?
mail-page-trash-question = ¿Enviar a la papelera el comentario { $id } de { $author }?
mail-button-approve = Aprobar
mail-button-spam = Marcar como spam
mail-button-trash = Enviar a la papelera
mail-page-done-title = Hecho
mail-page-approved = El comentario { $id } fue aprobado.
mail-page-spammed = El comentario { $id } fue marcado como spam.
mail-page-trashed = El comentario { $id } se envió a la papelera.
mail-page-no-longer-held = El comentario { $id } ya no está retenido ({ $status }): este enlace ya no hace nada.
mail-status-pending = está pendiente de moderación
mail-status-approved = está publicado
mail-status-spam = está marcado como spam
mail-status-trash = está en la papelera
mail-page-comment-gone = El comentario { $id } ya no existe.
mail-page-confirm-title = Confirmar la dirección
mail-page-confirm-question = ¿Enviar los nuevos comentarios a { $email }?
mail-button-confirm = Confirmar
mail-page-confirmed-title = Dirección confirmada
mail-page-confirmed = Recibirá aviso de los nuevos comentarios en las conversaciones que sigue.
mail-page-nothing-to-confirm = Esta dirección no tiene nada que confirmar (se dio de baja después).
mail-page-unsubscribe-title = Darse de baja
mail-page-unsubscribe-discussion = ¿Dejar de enviar correos sobre esta conversación a { $email }?
mail-page-unsubscribe-all = ¿Dejar de enviar cualquier correo de este sitio a { $email }?
mail-button-unsubscribe = Darse de baja
mail-page-unsubscribed-title = Baja confirmada
mail-page-unsubscribed = No se enviarán más correos de este tipo a { $email }.
mail-link-invalid = Este enlace no es válido. Use el enlace del mensaje tal como se envió.
mail-link-expired = Este enlace ha caducado.

mail-reason-filter = El filtro antispam lo considera spam en un { $score }.
mail-reason-no-proof = No llegó ninguna prueba de trabajo (quizá el navegador tiene JavaScript desactivado).
mail-reason-sanction-ban = Su autor está bloqueado.
mail-reason-sanction-suspend = Su autor está suspendido.
mail-reason-sanction-shadow = Su autor está bloqueado en la sombra: solo lo ve quien lo escribió.
mail-reason-sanction-premoderate = Su autor pasa siempre por moderación previa.
mail-reason-recent-rejections = { $count ->
    [one] Rechazados: { $rejected } de { $count } comentario moderado reciente de su autor.
    [many] Rechazados: { $rejected } de los últimos { $count } de comentarios moderados de su autor.
   *[other] Rechazados: { $rejected } de los últimos { $count } comentarios moderados de su autor.
}
mail-reason-hook = El clasificador de la redacción respondió { $verdict }: { $reason }.
mail-reason-hook-unanswered = El clasificador de la redacción no respondió a tiempo.
mail-chat-text = El comentario { $id } de { $author } en «{ $article }» espera a un moderador: { $reason }
mail-chat-approve = Aprobar
mail-chat-spam = Marcar como spam
notice-ack-subject = [{ $site }] Hemos recibido su notificación { $id }
notice-ack-body = Hemos recibido su notificación { $id } sobre el comentario { $comment } ({ $category }). La examinaremos y le comunicaremos nuestra decisión.
notice-decided-subject = [{ $site }] Decisión sobre su notificación { $id }
notice-decided-removed = Hemos examinado su notificación { $id } sobre el comentario { $comment }: hemos retirado el comentario.
notice-decided-kept = Hemos examinado su notificación { $id } sobre el comentario { $comment }: no hemos encontrado motivos para retirarlo, y sigue publicado.
statement-subject = [{ $site }] Se ha retirado su comentario { $comment }
statement-body = Se ha retirado su comentario { $comment }. Exposición de motivos { $id }: { $facts } Fundamento: contenido ilícito según la ley ({ $category }). La decisión la tomó una persona; no se utilizaron medios automatizados. Puede presentar una reclamación en un plazo de seis meses: { $url }
statement-subject-restricted = [{ $site }] Se ha ocultado su comentario { $comment }
statement-body-terms = { $decision } Exposición de motivos { $id }: { $facts } Fundamento: las condiciones generales del sitio para los comentarios. { $automated } Puede presentar una reclamación en un plazo de seis meses: { $url }
appeal-decided-subject = [{ $site }] Se ha revisado su reclamación { $id }
appeal-decided-upheld = Otra persona de la redacción ha revisado su reclamación { $id } sobre el comentario { $comment }: la decisión se mantiene.
appeal-decided-reversed = Otra persona de la redacción ha revisado su reclamación { $id } sobre el comentario { $comment }: la decisión se ha revocado y su comentario vuelve a estar publicado.
notice-chat = Notificación { $id }: el comentario { $comment } fue denunciado como contenido ilícito ({ $category }).
notice-chat-review = Decidir

## La mesa de agencias avisa a la redacción de una noticia retirada
wire-withdrawn-subject = Retirada por { $source }: { $headline }
wire-withdrawn-line = { $source } ha retirado «{ $headline }»: masthead la ha quitado del sitio.
wire-withdrawn-review = Abrir la mesa de agencias
