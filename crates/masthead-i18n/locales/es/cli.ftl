# Lo que la línea de órdenes dice a las personas.

## Artículos
cli-article-added = artículo { $id } añadido: { $path }
cli-article-slug-taken = ya existe un artículo con el slug «{ $slug }»
cli-demo-loaded = artículo de demostración cargado: { $path }
cli-demo-skipped = la base de datos ya tiene artículos; no se ha cargado el contenido de demostración

## Comentarios
cli-comments-approve = { $count ->
    [one] { $count } comentario aprobado: { $ids }
    [many] { $count } de comentarios aprobados: { $ids }
   *[other] { $count } comentarios aprobados: { $ids }
}
cli-comments-unapprove = { $count ->
    [one] { $count } comentario rechazado: { $ids }
    [many] { $count } de comentarios rechazados: { $ids }
   *[other] { $count } comentarios rechazados: { $ids }
}
cli-comments-spam = { $count ->
    [one] { $count } comentario marcado como spam: { $ids }
    [many] { $count } de comentarios marcados como spam: { $ids }
   *[other] { $count } comentarios marcados como spam: { $ids }
}
cli-comments-not-spam = { $count ->
    [one] { $count } comentario marcado como no spam: { $ids }
    [many] { $count } de comentarios marcados como no spam: { $ids }
   *[other] { $count } comentarios marcados como no spam: { $ids }
}
cli-comments-trash = { $count ->
    [one] { $count } comentario movido a la papelera: { $ids }
    [many] { $count } de comentarios movidos a la papelera: { $ids }
   *[other] { $count } comentarios movidos a la papelera: { $ids }
}
cli-comments-restore = { $count ->
    [one] { $count } comentario restaurado: { $ids }
    [many] { $count } de comentarios restaurados: { $ids }
   *[other] { $count } comentarios restaurados: { $ids }
}
cli-comments-delete = { $count ->
    [one] { $count } comentario borrado: { $ids }
    [many] { $count } de comentarios borrados: { $ids }
   *[other] { $count } comentarios borrados: { $ids }
}
cli-comments-trust = { $count ->
    [one] { $count } comentario aprobado y su autor pasa a ser de confianza: { $ids }
    [many] { $count } de comentarios aprobados y sus autores pasan a ser de confianza: { $ids }
   *[other] { $count } comentarios aprobados y sus autores pasan a ser de confianza: { $ids }
}
cli-comments-pick = { $count ->
    [one] { $count } comentario añadido a la selección de la redacción: { $ids }
    [many] { $count } de comentarios añadidos a la selección de la redacción: { $ids }
   *[other] { $count } comentarios añadidos a la selección de la redacción: { $ids }
}
cli-comments-unpick = { $count ->
    [one] { $count } comentario quitado de la selección de la redacción: { $ids }
    [many] { $count } de comentarios quitados de la selección de la redacción: { $ids }
   *[other] { $count } comentarios quitados de la selección de la redacción: { $ids }
}
cli-comments-none = no hay comentarios
cli-comments-nothing-moderated = todavía no se ha moderado nada
cli-column-status = estado
cli-column-date = fecha
cli-column-author = autor
cli-column-email = correo
cli-column-why-held = motivo de retención
cli-column-text = texto
cli-status-pending = pendiente
cli-status-approved = aprobado
cli-status-spam = es spam
cli-status-trash = papelera

## Ajustes
cli-settings-unknown = ajuste desconocido «{ $key }» (existentes: { $known })
cli-settings-unknown-language = idioma desconocido «{ $value }» (disponibles: { $list })

## Usuarios
cli-password-prompt = Contraseña:
cli-password-repeat = Repita la contraseña:
cli-password-unreadable = no se puede leer la contraseña
cli-password-differ = las dos contraseñas no coinciden; no se ha cambiado nada
cli-user-exists = ya existe un usuario llamado «{ $name }»
cli-user-missing = no hay ningún usuario llamado «{ $name }»
cli-user-added = { $role ->
    [admin] administrador { $name } añadido
    [editor] editor { $name } añadido
   *[moderator] moderador { $name } añadido
}
cli-password-changed = contraseña de { $name } cambiada
cli-app-password-note = contraseña de aplicación «{ $label }» para { $name }: úsela con la autenticación HTTP Basic ({ $name }:contraseña); no se volverá a mostrar
cli-no-random = el sistema no ha proporcionado números aleatorios
cli-users-none = no hay usuarios
cli-role-admin = administrador
cli-role-editor = editor
cli-role-moderator = moderador

## Privacidad
cli-privacy-not-email = «{ $email }» no es una dirección de correo electrónico
cli-privacy-deleted = { $count ->
    [one] { $count } comentario de { $email } borrado
    [many] { $count } de comentarios de { $email } borrados
   *[other] { $count } comentarios de { $email } borrados
}
cli-privacy-anonymised = { $count ->
    [one] { $count } comentario de { $email } anonimizado
    [many] { $count } de comentarios de { $email } anonimizados
   *[other] { $count } comentarios de { $email } anonimizados
}

## Importar y exportar
cli-import-dry-run = prueba de { $file }: no se ha guardado nada. Se importaría:
cli-imported = { $file } importado:
cli-import-failed = { $file }: { $error }; no se ha importado nada
cli-import-failed-at = { $file }, en { $place }: { $error }; no se ha importado nada
cli-import-failed-plain = la importación ha fallado; no se ha importado nada
cli-import-commit-failed = no se ha podido confirmar la importación
cli-place = línea { $line }, columna { $column }
cli-place-byte = el byte { $offset }
cli-import-no-version = aviso: { $file } no tiene <wp:wxr_version>; se ha leído como una exportación de WordPress porque usa el espacio de nombres de exportación de WordPress
cli-import-unmatched = conversaciones sin artículo correspondiente (use --map-prefix FROM=TO):
cli-import-unmatched-thread = { $count ->
    [one] { $link } ({ $count } comentario)
    [many] { $link } ({ $count } de comentarios)
   *[other] { $link } ({ $count } comentarios)
}
cli-summary-articles = artículos: { $articles } nuevos, páginas: { $pages } nuevas, ya importados: { $already }
cli-summary-comments = comentarios: { $total } nuevos ({ $by_status }), de ellos { $pingbacks } pingbacks/trackbacks; ya importados: { $already }
cli-summary-none = ninguno
cli-summary-status = { $status ->
    [approved] { $count } aprobados
    [pending] { $count } pendientes
    [spam] { $count } de spam
   *[trash] { $count } en la papelera
}
cli-summary-more = autores: { $authors }, categorías y etiquetas: { $terms }, adjuntos: { $attachments } ({ $photos } usados como fotos de artículo), direcciones antiguas redirigidas: { $redirects }
cli-summary-threads = conversaciones de páginas externas: { $threads } nuevas
cli-summary-skipped-nothing = omitidos: nada
cli-summary-skipped = omitidos:
cli-exported = { $count ->
    [one] { $count } artículo o página exportado a { $file }
    [many] { $count } de artículos y páginas exportados a { $file }
   *[other] { $count } artículos y páginas exportados a { $file }
}
cli-site-flag = --site espera la dirección del sitio, como https://blog.example.org, no «{ $value }»
cli-map-prefix-flag = --map-prefix espera FROM=TO, no «{ $value }»
cli-article-not-found = ningún artículo tiene el slug «{ $slug }»
cli-article-closed = los comentarios de «{ $slug }» están cerrados
cli-article-opened = los comentarios de «{ $slug }» están abiertos
cli-sanction-ban = bloqueo aplicado a { $target }
cli-sanction-suspend = suspensión aplicada a { $target }
cli-sanction-premoderate = todo comentario nuevo de { $target } queda retenido para un moderador
cli-sanction-shadow = los comentarios nuevos de { $target } van a spam y solo los ve su autor
cli-sanction-until = (hasta el { $date })
cli-sanction-lifted = levantada el { $date }
cli-sanction-cleared = sanción a { $target } levantada
cli-sanction-none = no hay ninguna sanción vigente sobre { $target }
cli-sanctions-none = no hay sanciones
cli-column-kind = sanción
cli-column-target = afecta a
cli-column-until = hasta
cli-column-set-by = impuesta por
cli-column-reason = motivo
cli-commenter-names = nombres
cli-commenter-reports = denuncias
cli-commenter-first-seen = visto por primera vez
cli-commenter-last-seen = visto por última vez
cli-commenter-trusted = de confianza
cli-commenter-sanction = sanción vigente
cli-yes = sí
cli-no = no
cli-user-may-not-moderate = la cuenta «{ $name }» no puede moderar comentarios
cli-live-on = la cobertura en directo de «{ $slug }» está activada
cli-live-off = la cobertura en directo de «{ $slug }» está desactivada
cli-live-entry-added = actualización { $id } añadida: { $path }

## masthead wire
cli-wire-added = fuente de agencia «{ $name }» añadida: { $url }
cli-wire-name-taken = ya hay una fuente de agencia llamada «{ $name }»
cli-wire-none = aún no hay fuentes de agencia: añada una con masthead wire add URL --name NAME
cli-wire-never-polled = aún no consultada
cli-wire-last-error = falló la última consulta: { $error }
cli-wire-last-polled = última consulta el { $at }
cli-wire-every = cada { $minutes } min
cli-wire-missing = no hay ninguna fuente de agencia llamada «{ $name }»
cli-wire-removed = fuente de agencia «{ $name }» eliminada (sus artículos se conservan)
cli-wire-busy = otro proceso está consultando las fuentes de agencia y no terminó en 10 minutos
cli-wire-some-failed = no se pudieron consultar algunas fuentes
cli-wire-poll-failed = { $name }: no consultada: { $error }
cli-wire-not-modified = { $name }: nada nuevo (304 Not Modified)
cli-wire-polled = { $name }: { $published } publicadas, { $drafts } borradores nuevos, { $updated } actualizadas, { $withdrawn } retiradas, { $unchanged } sin cambios
cli-wire-refused = no aceptada: { $why }
cli-article-corrected = la corrección está bajo el titular de «{ $slug }»
