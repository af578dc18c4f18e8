# Interfaz de dragoman, español.

## Ayuda
cli-about = Traduce declaraciones en Markdown mediante catálogos PO de gettext
help-usage = Uso:
help-commands = Órdenes
help-options = Opciones
help-arguments = Argumentos
help-help = Muestra la ayuda
help-version = Muestra la versión
cmd-init = Empieza un proyecto: un dragoman.toml comentado y las carpetas de declaraciones y catálogos
cmd-add-lang = Añade un idioma: lo incluye en dragoman.toml (conservando comentarios y formato) y crea sus catálogos
cmd-extract = Extrae los segmentos de las declaraciones a plantillas (locales/templates/*.pot)
cmd-sync = Extrae y actualiza los catálogos de cada idioma: añade los segmentos nuevos, marca como desactualizados los que cambiaron (con su texto anterior) y conserva como obsoletos los eliminados
cmd-diff = Muestra qué cambió en el original de cada traducción desactualizada: diferencias por palabras, tipo de cambio y traducción
cmd-fmt = Reescribe los archivos PO y FTL en su formato canónico; el contenido nunca cambia
cmd-convert = Convierte catálogos entre PO y Fluent (FTL) conservando todos los estados
cmd-check = Revisa las traducciones: Markdown, enlaces, código, números, puntuación, controles bidi y reglas del persa, el árabe y el español
cmd-impact = Lo que costaría traducir un cambio pendiente del original, por idioma. No escribe nada
cmd-import = Importa traducciones hechas a mano de las declaraciones a los catálogos de un idioma
cmd-status = Informa de la cobertura por idioma y declaración (segmentos y palabras)
cmd-build = Genera el Markdown y el HTML traducidos en la carpeta de salida
cmd-completions = Imprime un guion de autocompletado para el intérprete (bash, zsh, fish, powershell, elvish)
cmd-man = Imprime la página de manual, o escribe todas (una por orden) con --out

## Errores
error = error
err-no-config = no se encontró { $file } en { $dir } ni en ninguna carpeta superior; crea uno con `dragoman init` o indica un proyecto con --project CARPETA
err-unknown-lang = el idioma `{ $lang }` no está en este proyecto (idiomas: { $known })
err-did-you-mean = ¿quisiste decir `{ $suggestion }`?
err-add-it = añádelo con `dragoman add-lang { $lang }`

## status
status-language = Idioma
status-statement = Declaración
status-translated = Traducidos
status-stale = Desactualizados
status-untranslated = Sin traducir
status-obsolete = Obsoletos
status-words = Palabras
status-coverage = Cobertura
status-total = total
status-below = cobertura por debajo del { $min } %: { $langs }

## sync
sync-report = { $lang }: { $unchanged } sin cambios, { $new } nuevos, { $stale } desactualizados, { $carried } actualizados automáticamente, { $obsolete } obsoletos
sync-revived = { $count } recuperados
sync-moved = { $count } movidos
sync-reused = { $count } reutilizados
sync-written = { $count ->
    [one] 1 catálogo escrito
   *[other] { $count } catálogos escritos
}
sync-would-write = { $count ->
    [one] se escribiría 1 catálogo
   *[other] se escribirían { $count } catálogos
}
