# Interfaz de dragoman, español.

## Ayuda
cli-about = Traduce declaraciones en Markdown mediante catálogos PO de gettext
help-usage = Uso:
help-commands = Órdenes
help-options = Opciones
help-arguments = Argumentos
help-default = por omisión
help-values = valores posibles
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

severity-error = error
severity-warning = aviso
severity-info = nota
check-summary = { $errors ->
        [one] 1 error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] 1 aviso
       *[other] { $warnings } avisos
    }, { $infos ->
        [one] 1 nota
       *[other] { $infos } notas
    }
check-fixed = { $count ->
        [one] 1 traducción corregida
       *[other] { $count } traducciones corregidas
    }

## Mensajes de `dragoman check`
check-nfc = la traducción no está en Unicode NFC (caracteres compuestos); `check --fix` la normaliza
check-bidi-override = el control bidi U+{ $code } puede reordenar el texto sin que se vea (Trojan Source); quítalo (`check --fix`)
check-bidi-unbalanced = los controles bidi de incrustación o aislamiento no están equilibrados: el texto que los sigue puede mostrarse en otro orden
check-bidi-control = no hacen falta controles bidi explícitos: las páginas generadas ya aíslan los tramos de izquierda a derecha
check-md-emphasis = el énfasis no coincide: el original tiene { $strong } **negrita**, { $emphasis } _cursiva_, { $strike } ~~tachado~~; la traducción, { $tr_strong }, { $tr_emphasis }, { $tr_strike }
check-md-link = los destinos de los enlaces no coinciden: faltan { $missing }, sobran { $extra }; conserva cada [texto](url) del original con la misma URL
check-md-image = las imágenes no coinciden con el original: conserva ![alt](src) con el mismo src y traduce solo el texto alternativo
check-md-code = el código en línea debe quedar exactamente como en el original; falta o cambió: { $missing }
check-md-footnote = las referencias a notas no coinciden: original { $source }, traducción { $translation }
check-md-hard-break = el original tiene { $source } salto(s) de línea forzado(s), la traducción { $translation }
check-md-html = el HTML `{ $html }` no está en el original; la página lo muestra como texto, nunca como marcado
check-md-html-direction = el HTML `{ $html }` no hace falta: la página ya aísla el texto de izquierda a derecha (C++, URL, código)
check-md-broken-delimiter = `{ $delimiter }` no forma énfasis y se verá tal cual (sin espacios justo dentro de las marcas: `**palabra**`, no `** palabra **`)
check-md-broken-delimiter-zwnj = `{ $delimiter }` no forma énfasis y se verá tal cual (`__` junto a un ZWNJ no cierra: usa `**`)
check-md-unmatched-backtick = una ` sin pareja se verá tal cual: el código en línea necesita una comilla invertida de cierre
check-md-list-marker = la traducción empieza con una marca de lista o de título que el original no tiene; las marcas de Markdown van fuera del segmento (y en ASCII: `1.`, no `۱.`)
check-md-rlm-marker = un RLM delante de `-` o `#` impide que Markdown vea una lista o un título
check-url = la URL { $url } falta o ha cambiado
check-email = la dirección de correo { $email } falta o ha cambiado
check-bidi-mark-in-token = una marca bidi dentro de una URL, un destino de enlace o código lo cambia (el enlace se rompe); ponla fuera
check-number = la traducción tiene { $extra }, que el original no tiene (números del original: { $source }); los números se comparan por su valor en cualquier sistema de dígitos
check-whitespace-edges = los espacios al principio o al final no coinciden con el original
check-double-space = dos espacios seguidos
check-untranslated = la traducción es igual al original; tradúcela, o añade los términos a `[check] glossary` en dragoman.toml
check-repeated-word = «{ $word }» dos veces seguidas
check-brackets = { $open }…{ $close } desequilibrados
check-end-punctuation = el original termina con { $source ->
        [none] ningún signo
       *[other] «{ $source }»
    }, la traducción con { $translation ->
        [none] ningún signo
       *[other] «{ $translation }»
    }
check-fa-arabic-letters = «{ $word }» usa ي/ك/ى árabes; el persa escribe ی y ک (`check --fix` las sustituye)
check-fa-tatweel = el tatweel (ـ) alarga las letras; quítalo
check-fa-zwnj-verb = «می { $word }»: une el prefijo verbal con un ZWNJ (می‌{ $word })
check-fa-zwnj-plural = «{ $word } { $suffix }»: une el plural con un ZWNJ ({ $word }‌{ $suffix })
check-fa-arabic-digits = dígitos arábigo-índicos (٠–٩) en texto persa: usa los dígitos persas ۰–۹
check-fa-mixed-digits = dígitos ASCII y persas mezclados en un segmento: elige un sistema
check-ar-persian-digits = dígitos persas (۰–۹) en texto árabe: usa ٠–٩ o dígitos ASCII
check-ar-mixed-digits = dígitos ASCII y arábigo-índicos mezclados en un segmento: elige un sistema
check-ar-persian-letters = «{ $word }» usa ی/ک persas; el árabe escribe ي y ك
check-latin-punctuation = «{ $mark }» latino en texto { $script ->
        [fa] persa
       *[ar] árabe
    }: usa «{ $want }»
check-es-pair = las { $kind ->
        [question] preguntas
       *[exclamation] exclamaciones
    } en español se abren con { $open } y se cierran con { $close }: falta uno de los dos
check-es-quote-period = en español el punto va después de las comillas de cierre: «…».
check-es-number-format = «{ $number }»: el separador decimal en { $lang } es «{ $want }»

## Descripción de las opciones (arg-ORDEN-ID, o arg-ID para todas las órdenes)
arg-project = Carpeta del proyecto (por omisión: la más cercana con dragoman.toml, de aquí hacia arriba)
arg-quiet = Imprime menos
arg-verbose = Imprime más, en stderr: el proyecto usado, si la respuesta vino de la caché, cuánto tardó la orden
arg-ui_lang = Idioma de los mensajes de dragoman: en, es, fa (por omisión: DRAGOMAN_UI_LANG, LC_ALL, LC_MESSAGES o LANG)
arg-langs = Solo este idioma (repetible)
arg-format = Formato de salida
arg-color = Color: auto (en una terminal, salvo que NO_COLOR esté definida), always, never
arg-init-dir = Carpeta del nuevo proyecto
arg-init-source = Idioma de las declaraciones
arg-init-langs = Un idioma al que traducir (repetible; más adelante, con add-lang)
arg-init-statements = Carpeta de las declaraciones en Markdown (por omisión: la detectada, si no `statements`)
arg-init-force = Reemplaza un dragoman.toml existente
arg-add-lang-lang = La etiqueta BCP 47 del idioma (`fa`, `pt-BR`)
arg-sync-threshold = Similitud mínima (0–1) para que un segmento cambiado conserve su traducción (por omisión: `fuzzy_threshold` de dragoman.toml, 0.6)
arg-sync-dry_run = Informa de lo que cambiaría, sin escribir nada
arg-diff-statements = Solo estas declaraciones (rutas como `statements/x.md`, o `x.md`)
arg-fmt-check = No cambia nada; lista los archivos que cambiarían y sale con 1 si hay alguno
arg-fmt-paths = Archivos o carpetas (por omisión: la carpeta de catálogos del proyecto)
arg-convert-to = Formato de destino
arg-check-format = Formato de salida (github: anotaciones del flujo de trabajo)
arg-check-deny = También falla (sale con 1) con avisos
arg-check-fix = Aplica antes las correcciones seguras (letras árabes → persas, controles bidi sueltos, NFC)
arg-impact-base = Compara las declaraciones de esta revisión de git con el árbol de trabajo
arg-import-lang = El idioma de las traducciones
arg-import-from = Carpeta de declaraciones traducidas que refleja la de declaraciones (`DIR/x.md` traduce `statements/x.md`)
arg-import-overwrite = Reemplaza las traducciones existentes
arg-import-files = La declaración y su traducción: ORIGINAL.md TRADUCIDO.md
arg-status-min = Sale con 1 si algún idioma seleccionado está por debajo de esta cobertura (porcentaje)
arg-build-out = Carpeta de salida (por omisión: `output` de dragoman.toml, normalmente build/)
arg-man-out = Carpeta para las páginas (`man -l DIR/dragoman.1` para leer una)
