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
cmd-migrate = Mover los catálogos a la otra disposición y/o formato, sin perder ninguna traducción; dragoman.toml se ajusta
cmd-check = Revisa las traducciones: Markdown, enlaces, código, números, puntuación, controles bidi y reglas del persa, el árabe y el español
cmd-impact = Lo que costaría traducir un cambio pendiente del original, por idioma. No escribe nada
cmd-import = Importa traducciones hechas a mano de las declaraciones a los catálogos de un idioma
cmd-status = Informa de la cobertura por idioma y declaración (segmentos y palabras)
cmd-suggest = Traducciones de textos parecidos del resto del proyecto para las entradas sin traducir (la memoria de traducción). No escribe nada
cmd-build = Genera el Markdown y el HTML traducidos en la carpeta de salida
cmd-bundle = Escribe las declaraciones de cada idioma en un archivo HTML sin conexión y un libro EPUB (build/bundles/<idioma>.html, .epub) para lectores sin red
cmd-serve = El banco de trabajo del traductor en el navegador: entradas con diferencias, comprobaciones y sugerencias, guardadas con seguridad; una vista previa de la página
cmd-completions = Imprime un guion de autocompletado para el intérprete (bash, zsh, fish, powershell, elvish)
cmd-man = Imprime la página de manual, o escribe todas (una por orden) con --out

## Errores
error = error
prefixed = { $prefix }: { $text }
sep-list = {", "}
sep-clause = {"; "}
err-no-config = no se encontró { $file } en { $dir } ni en ninguna carpeta superior; crea uno con `dragoman init` o indica un proyecto con --project CARPETA
err-unknown-lang-typo = el idioma `{ $lang }` no está en este proyecto (idiomas: { $known }); ¿quisiste decir `{ $suggestion }`?
err-unknown-lang-add = el idioma `{ $lang }` no está en este proyecto (idiomas: { $known }); añádelo con `dragoman add-lang { $tag }`

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
status-complete = completas
status-more = declaraciones más (`dragoman status` las lista todas)
status-below = cobertura por debajo del { $min } %: { $langs }

## sync
sync-report = { $lang }: { $unchanged } sin cambios, { $new } nuevos, { $stale } desactualizados, { $carried } actualizados automáticamente, { $obsolete } obsoletos
sync-revived = { $count } recuperados
sync-moved = { $count } movidos
sync-reused = { $count } reutilizados
sync-split = { $count } en párrafos divididos
sync-merged = { $count } párrafos unidos
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
check-stale-heading = ── { $count } hallazgo(s) en entradas desactualizadas (su original cambió; esperan a un traductor: `--state translated` las omite) ──
check-fixed = { $count ->
        [one] 1 traducción corregida
       *[other] { $count } traducciones corregidas
    }
check-source-label = original

## Mensajes de `dragoman check`
check-nfc = la traducción no está en Unicode NFC (caracteres compuestos); `check --fix` la normaliza
check-bidi-override = el control bidi U+{ $code } puede reordenar el texto sin que se vea (Trojan Source); quítalo (`check --fix`)
check-bidi-unbalanced = los controles bidi de incrustación o aislamiento no están equilibrados: el texto que los sigue puede mostrarse en otro orden
check-bidi-control = no hacen falta controles bidi explícitos: las páginas generadas ya aíslan los tramos de izquierda a derecha
check-md-emphasis = el énfasis no coincide: el original tiene { $strong } **negrita**, { $emphasis } _cursiva_, { $strike } ~~tachado~~; la traducción, { $tr_strong }, { $tr_emphasis }, { $tr_strike }
check-md-link = los destinos de los enlaces no coinciden: faltan { $missing }, sobran { $extra }; conserva cada [texto](url) del original con la misma URL
check-link-target = el enlace relativo { $target } no apunta a ningún archivo junto a las declaraciones; usa el destino del original o añade el archivo
check-plural-forms = una entrada plural con { $forms } formas donde la cabecera dice nplurals={ $nplurals } (msgfmt -c rechaza el archivo)
check-stray-backslash = { $text } en el texto parece un resto de un escape (un \n escrito, una barra doble); el original no lo tiene: quítelo
check-rtl-mirrored = { $mirrored } es { $name } escrito al revés: escriba { $name } en orden lógico (la página lo muestra bien)
check-source-link-target = la declaración enlaza a { $target }, que no existe; añade el archivo o corrige el enlace
check-md-image = las imágenes no coinciden con el original: conserva ![alt](src) con el mismo src y traduce solo el texto alternativo
check-md-code = el código en línea debe quedar exactamente como en el original; falta o cambió: { $missing }
check-md-footnote = las referencias a notas no coinciden: original { $source }, traducción { $translation }
check-md-hard-break = el original tiene { $source } salto(s) de línea forzado(s), la traducción { $translation }
check-md-html = el HTML `{ $html }` no está en el original; la página lo muestra como texto, nunca como marcado
check-md-html-direction = el HTML `{ $html }` no hace falta: la compilación lo quita y ya aísla el texto de izquierda a derecha (C++, URL, código)
check-md-broken-delimiter = `{ $delimiter }` no forma énfasis y se verá tal cual (sin espacios justo dentro de las marcas: `**palabra**`, no `** palabra **`)
check-md-broken-delimiter-zwnj = `{ $delimiter }` no forma énfasis y se verá tal cual (`__` junto a un ZWNJ no cierra: usa `**`)
check-md-unmatched-backtick = una ` sin pareja se verá tal cual: el código en línea necesita una comilla invertida de cierre
check-md-list-marker = la traducción empieza con una marca de lista o de título que el original no tiene; las marcas de Markdown van fuera del segmento (y en ASCII: `1.`, no `۱.`)
check-md-rlm-marker = un RLM delante de `-` o `#` impide que Markdown vea una lista o un título
check-url = la URL { $url } falta o ha cambiado
check-email = la dirección de correo { $email } falta o ha cambiado
check-bidi-mark-in-token = una marca bidi dentro de una URL, un destino de enlace o código lo cambia (el enlace se rompe); ponla fuera
check-number = la traducción tiene { $extra }, que el original no tiene (números del original: { $source }); los números se comparan por su valor en cualquier sistema de dígitos
check-number-repeated = la traducción tiene { $extra } más veces que el original (números del original: { $source })
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
check-fa-zwnj-consistency = «{ $words }» con un espacio: este proyecto lo escribe { $want } en otros sitios
check-fa-zwnj-suffix = «{ $word } { $suffix }»: une el sufijo con un ZWNJ ({ $word }‌{ $suffix })
check-fa-zwnj-fused = «{ $word }»: escribe el prefijo o el sufijo con un ZWNJ ({ $want })
check-fa-zwnj-underscore = un guion bajo entre letras persas se ve como «_»: ahí va un ZWNJ
check-fa-zwnj-stray = un ZWNJ que no une nada (en el borde del texto o junto a un espacio)
check-fa-guillemets = comillas angulares que no forman «…» (al revés, o una » sin su «)
check-fa-quotes = comillas rectas alrededor de texto persa: la Academia Persa escribe «…»
check-rtl-code-spacing = { $code } está pegado a «{ $letter }»: en texto de derecha a izquierda se juntan; pon un espacio (o un ZWNJ antes de un sufijo)
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
check-number-reading = «{ $number }» se lee como { $reads } en { $lang } (el original dice { $value }): escríbelo con los separadores de { $lang }
check-number-separator = «{ $number }»: una coma latina entre estas cifras; este idioma escribe { $decimal } para los decimales y { $group } entre los millares

## Descripción de las opciones (arg-ORDEN-ID, o arg-ID para todas las órdenes)
arg-project = Carpeta del proyecto (por omisión: la más cercana con dragoman.toml, de aquí hacia arriba)
arg-quiet = Imprime menos
arg-verbose = Imprime más, en stderr: el proyecto usado, si la respuesta vino de la caché, cuánto tardó la orden
arg-ui_lang = Idioma de los mensajes de dragoman: en, es, fa, ar (por omisión: DRAGOMAN_UI_LANG, LC_ALL, LC_MESSAGES o LANG)
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
arg-status-summary = Solo los totales de cada idioma
arg-build-out = Carpeta de salida (por omisión: `output` de dragoman.toml, normalmente build/)
arg-build-target = Qué generar: html (páginas, índice, panel), markdown, hugo, zola o mdbook (por omisión: `target` de dragoman.toml)
arg-man-out = Carpeta para las páginas (`man -l DIR/dragoman.1` para leer una)

## Errores de entrada y salida
io-not-found = no existe
io-permission-denied = permiso denegado
io-already-exists = ya existe
io-is-a-directory = es una carpeta
io-not-a-directory = no es una carpeta
io-directory-not-empty = la carpeta no está vacía
io-storage-full = no queda espacio en el disco
io-read-only = el sistema de archivos es de solo lectura
io-invalid-data = datos no válidos ({ $detail })
io-other = error de entrada/salida: { $detail }

## Errores de sintaxis PO
po-duplicate = mensaje duplicado (definido antes en la línea { $first })
po-no-msgid = la entrada no tiene msgid
po-no-msgstr = msgid sin msgstr
po-plural-no-msgstr0 = entrada plural sin msgstr[0]
po-duplicate-header = cabecera duplicada (msgid vacío)
po-string-without-keyword = cadena sin palabra clave delante
po-string-continues-other = la cadena continúa una línea de otro tipo
po-bad-plural-index = índice plural incorrecto en `{ $keyword }`
po-plural-index-too-large = índice plural demasiado grande
po-unknown-keyword = palabra clave desconocida `{ $keyword }`
po-keyword-needs-string = `{ $keyword }` debe ir seguida de una cadena entre comillas
po-mixed-obsolete = mezcla líneas obsoletas (#~) y activas en una entrada
po-duplicate-msgctxt = msgctxt duplicado
po-plural-after-msgid = msgid_plural debe ir después de msgid
po-msgstr-without-msgid = msgstr sin msgid
po-plural-needs-index = la entrada plural necesita msgstr[N]
po-index-without-plural = msgstr[N] sin msgid_plural
po-expected-index = se esperaba msgstr[{ $index }] y se encontró { $found }
po-unterminated = cadena sin cerrar
po-text-after-quote = texto inesperado tras las comillas de cierre
po-hex-without-digits = \x sin dígitos hexadecimales
po-invalid-escape = secuencia de escape no válida `\{ $escape }`
po-non-ascii-escape = escape de un byte no ASCII (escribe el texto en UTF-8)

## Errores en las declaraciones
source-front-matter-open = el front matter abierto con `{ $fence }` no se cierra nunca (falta una línea `{ $fence }`)
source-front-matter-yaml = front matter: { $detail }
source-front-matter-toml = front matter (TOML): { $detail }
source-front-matter-json = front matter (JSON): { $detail }
theme-template = plantilla: { $detail }
yaml-unclosed-bracket = { $bracket } sin cerrar
yaml-tab = un tabulador: YAML sangra con espacios
yaml-mapping-values = aquí no cabe un `clave: valor` (pon entre comillas un valor que contenga `: `)
yaml-not-mapping = se esperaban líneas `clave: valor`
yaml-unknown-anchor = un alias (*nombre) a un ancla (&nombre) que no existe
yaml-other = YAML no válido ({ $detail })
yaml-duplicate-key = `{ $key }` aparece dos veces

## Errores en catálogos Fluent
ftl-unreadable = error de sintaxis FTL: el analizador de Fluent no pudo leer este archivo
ftl-syntax = error de sintaxis FTL: { $detail }
ftl-junk = error de sintaxis FTL (texto no reconocido)
ftl-no-source = el mensaje `{ $id }` no tiene comentario `# dragoman-source:`: dragoman no sabe qué traduce
site-syntax = textos del sitio: { $detail }

## Errores de configuración
config-toml = TOML no válido: { $detail }
config-unknown-field = clave desconocida { $name }{ $expected ->
        [none] {""}
       *[other] ; se esperaba una de: { $expected }
    }
config-unknown-value = valor desconocido { $name }{ $expected ->
        [none] {""}
       *[other] ; se esperaba uno de: { $expected }
    }
config-missing-field = falta la clave { $name }
config-duplicate-key = clave duplicada { $name }
config-duplicate-key-here = clave duplicada
config-invalid-type = tipo incorrecto ({ $detail })
config-unknown-check = comprobación desconocida `{ $id }` (la lista está en `docs/checks.md`)
config-relative-dir = `{ $key }` debe ser una carpeta relativa dentro del proyecto, no `{ $value }`
config-catalog-path = `catalog_path = "{ $template }"`: { $why ->
        [prefix] debe empezar por { $prefix } (la carpeta de catálogos y luego el idioma)
        [extension] debe terminar en { $ext }, .po o .ftl
        [placeholder] marcador desconocido o sin cerrar; los marcadores son { $placeholders }
        [character] \, : y los caracteres de control no pueden formar parte del nombre de un catálogo
        [component] ninguna carpeta puede estar vacía ni ser . o ..
       *[unique] necesita un marcador ({ $placeholders }); si no, todas las declaraciones compartirían un catálogo
    }
config-catalog-path-format = `catalog_path` termina en .{ $ext }, pero los catálogos de { $lang } son { $format }: termínelo en { $any }
config-output-path = `output_path = "{ $template }"`: { $why ->
        [placeholder] marcador desconocido o sin cerrar; los marcadores son { $placeholders }
        [character] \, : y los caracteres de control no pueden formar parte de la ruta de un archivo
        [inside] debe quedar dentro de la carpeta de salida (sin / inicial ni carpetas . o ..)
        [lang] necesita { $lang }; si no, los idiomas se sobrescribirían entre sí
       *[statement] necesita { $file }; si no, las declaraciones se sobrescribirían entre sí
    }
build-output-collision = { $first } y { $second } se escribirían en { $path } (output_path = "{ $template }"): cambie output_path
build-book-toml = book.toml no se puede leer como TOML, así que no se puede derivar de él el book.toml de cada idioma
build-target-no-threshold = below_threshold = "skip" omitió { $count } declaración(es) en { $lang } (por debajo del { $threshold } %)
project-catalog-collision = { $first } y { $second } compartirían el catálogo { $path } (catalog_path = "{ $template }"): cambie catalog_path o renombre una de ellas
project-catalog-unusable = { $statement } no obtiene un nombre de catálogo válido de catalog_path = "{ $template }" ("{ $name }"); { $placeholders } pueden distinguirla
config-percentage = { $key } debe ser un porcentaje (0–100)
config-fraction = { $key } debe estar entre 0 y 1
config-po-wrap = po_wrap debe ser un ancho de página (20–10000) o false (no cortar líneas, como msgcat --no-wrap)
config-glob = { $key }: { $pattern } no es un patrón válido ({ $error }); use * dentro de una carpeta y ** entre carpetas
config-source-language = `{ $tag }` es el idioma de origen
config-listed-twice = `{ $tag }` aparece dos veces
config-language-not-listed = { $section } configura un idioma que no está en `languages`
lang-invalid = `{ $tag }` no es una etiqueta de idioma válida (BCP 47, p. ej. `es`, `fa`, `pt-BR`)
lang-no-language = `{ $tag }` no tiene subetiqueta de idioma

## Errores del proyecto
utf8-invalid = { $what ->
        [file] el archivo no es UTF-8 válido
        [catalog] el catálogo no es UTF-8 válido
       *[text] no es UTF-8 válido
    }
project-outside = la carpeta `{ $key }` { $path } sale del proyecto (a { $target }); dragoman solo lee y escribe dentro de él
project-locked = otro dragoman (pid { $pid }) está escribiendo en este proyecto; espera a que termine, o borra { $lock } si no se está ejecutando
project-no-statements = la carpeta de declaraciones `{ $dir }` no existe (configura `statements` en { $file })
project-site-md = { $dir }/site.md compartiría locales/<idioma>/site.ftl con los textos del sitio; cámbiale el nombre
project-catalog-link = es un enlace simbólico; dragoman no sigue enlaces en los catálogos
project-both-exist = existen { $old } y { $new }; borra uno primero
project-layout-mismatch = dragoman.toml dice layout = "{ $layout }", pero existen { $count } catálogo(s) de la disposición { $other } ({ $files }): sus traducciones no se verían. Ejecute `dragoman migrate --layout { $layout }` para moverlas, o vuelva a poner layout = "{ $other }"
project-git-missing = no se pudo ejecutar git: { $detail }
project-git-failed = git { $command }: { $detail }
project-not-a-statement = `{ $name }` no es una declaración de este proyecto

## import
segment-kind = { $kind ->
        [front-matter] front matter: { $detail }
        [heading] título de nivel { $detail }
        [paragraph] párrafo
        [list-item] elemento de lista
        [table-header] encabezado de tabla
        [table-cell] celda de tabla
        [block-quote] cita
        [footnote] nota al pie
        [html] texto en HTML: { $detail }
       *[other] { $kind }
    }
import-missing = { $kind }: sin traducción en el archivo traducido
import-extra = { $kind } del archivo traducido sin original; no se importa
import-merged = dos bloques del original (líneas { $first } y { $second }) son uno solo en la traducción; se importa en el primero para revisarlo
import-split = la traducción divide este { $kind } en dos (líneas { $first } y { $second }); se unen para revisarlos
import-uncertain = par dudoso ({ $source } ↔ { $translation }, puntuación { $score }); se importa para revisarlo
import-not-a-folder = { $path } no es una carpeta
import-pseudo = `{ $tag }` es un pseudoidioma: sus traducciones se generan, no hay nada que importar
import-outside-statements = { $path } no está en la carpeta de declaraciones del proyecto ({ $dir })
import-not-a-statement = { $path } no es una declaración (.md)

## init y add-lang
internal-error = error interno: { $detail }
init-exists = { $path } ya existe; edítalo, o usa --force para reemplazarlo
lang-name-not-tag = `{ $input }` es el nombre de un idioma, no una etiqueta: ¿quisiste decir `{ $tag }`?
lang-not-a-code = `{ $input }` no es un código de idioma (dos o tres letras, p. ej. `es`, `fa`, `pt-BR`){ $suggestion ->
        [none] {""}
       *[other] ; ¿quisiste decir `{ $suggestion }`?
    }
lang-already-added = `{ $tag }` ya está en este proyecto (idiomas: { $known })
lang-no-list = no hay lista `languages` a la que añadirlo
lang-not-added = no se añadió el idioma `{ $tag }`
err-no-config-in = { $dir } no tiene { $file }
man-failed = páginas del manual: { $detail }

## Informes de las órdenes
fmt-done = { $count ->
        [one] 1 archivo reformateado
       *[other] { $count } archivos reformateados
    }
fmt-would = { $count ->
        [one] 1 archivo se reformatearía
       *[other] { $count } archivos se reformatearían
    }
init-wrote = escrito { $path }
init-found = { $count ->
        [one] encontrada 1 declaración en { $dir }/
       *[other] encontradas { $count } declaraciones en { $dir }/
    }
init-created = creada { $dir }/: pon ahí las declaraciones en Markdown
init-mdbook = parece un proyecto de mdbook: consulta docs/migrating.md
init-single = hay catálogos { $dir }/<idioma>.po para { $langs }: se usa layout = "single"
init-no-languages = todavía no hay idiomas: dragoman add-lang es
init-languages = idiomas: { $langs }
init-next = siguiente paso: dragoman sync   # extrae los segmentos y crea o actualiza los catálogos
impact-title = Impacto en la traducción
impact-title-since = Impacto en la traducción desde `{ $base }`
impact-new = Nuevos
impact-stale = Desactualizados
impact-carried = Trasladados
impact-obsolete = Obsoletos
impact-cell = { $segments } ({ $words ->
        [one] 1 palabra
       *[other] { $words } palabras
    })
man-wrote = páginas del manual escritas en { $dir }
verbose-project = proyecto: { $root } (carpeta de declaraciones { $statements }, carpeta de catálogos { $locales }, idiomas: { $langs })
verbose-cache = respuesta de la caché ({ $dir }/cache; nada cambió desde la última ejecución)
verbose-done = hecho en { $ms } ms
extract-done = { $statements ->
        [one] extraída 1 declaración
       *[other] extraídas { $statements } declaraciones
    }; { $written ->
        [one] 1 plantilla escrita
       *[other] { $written } plantillas escritas
    }
diff-none = no hay traducciones desactualizadas
convert-done = { $count ->
        [one] 1 catálogo convertido
       *[other] { $count } catálogos convertidos
    } a { $format }
convert-note = nota: dragoman.toml aún indica otro formato para { $langs }: pon `catalog_format = "{ $format }"` (para todo el proyecto o en [language.X]) o el próximo sync los volverá a convertir
migrate-conflict = { $lang }: «{ $source }» se traduce distinto en { $first } y en { $second }, y un catálogo guarda una traducción por texto: póngalas de acuerdo y migre de nuevo (no se escribió nada)
migrate-done = catálogos en la disposición { $layout }: { $written } escritos, { $removed } eliminados
migrate-format = catálogos en { $format }: { $count } convertidos
migrate-nothing = nada que migrar: indique --layout o --format
add-lang-done = añadido { $tag } ({ $name }, { $direction }); { $count ->
        [one] 1 catálogo escrito
       *[other] { $count } catálogos escritos
    } en { $dir }
add-lang-next = siguientes pasos:
add-lang-translate = traduce los catálogos de { $dir } (Poedit, Weblate, un editor de texto): docs/translators.md
add-lang-status = cobertura
add-lang-check = problemas en las traducciones
add-lang-build = las páginas traducidas
import-summary = { $statement } <- { $translation }: { $imported } importadas ({ $review } para revisar), { $kept } conservadas, { $missing } sin traducción{ $untranslated ->
        [0] {""}
       *[other] , { $untranslated } sin traducir en el archivo
    }
import-left-untranslated = { $kind }: sigue en el idioma original; no se importa
import-orphan = { $path }: no hay declaración con esta ruta; no se importa
import-none = no se encontraron declaraciones traducidas
build-done = { $count ->
        [one] 1 idioma construido
       *[other] { $count } idiomas construidos
    } en { $dir }; { $written ->
        [one] 1 archivo escrito
       *[other] { $written } archivos escritos
    }
progress-read = lectura
progress-sync = sync { $lang }
progress-build = build { $lang }

## Errores de uso de la línea de órdenes
usage-unknown-argument = argumento inesperado '{ $arg }'
usage-unknown-command = orden desconocida '{ $command }'
usage-invalid-value = valor no válido '{ $value }' para '{ $arg }'
usage-value-required = '{ $arg }' necesita un valor y no se dio ninguno
usage-possible-values = [valores posibles: { $values }]
usage-missing = faltan estos argumentos obligatorios:
    { $args }
usage-conflict = el argumento '{ $arg }' no puede usarse con '{ $other }'
usage-did-you-mean = consejo: ¿quisiste decir '{ $suggestion }'?
usage-more = Para más información, prueba '--help'.
build-held-back = { $lang }: { $count ->
        [one] 1 declaración no llega
       *[other] { $count } declaraciones no llegan
    } al umbral de publicación ({ $threshold } %): se publica el original
build-outdated = { $lang }: { $count ->
        [one] 1 página con aviso
       *[other] { $count } páginas con aviso
    } de traducción desactualizada
check-glossary = “{ $term }” está en el glosario (se mantiene en el idioma original) pero falta en la traducción
check-length = la traducción tiene el { $percent } % de las letras del original: ¿está completa y es el texto correcto?
diff-class = { $class ->
        [whitespace] espacios
        [link] enlace
        [code] código
        [number] número
        [markup] formato
        [punctuation] puntuación
        [typo] errata
        [wording] redacción
        [review] revisar
       *[other] { $class }
    }
guard-construct = { $construct ->
        [fence] un bloque de código delimitado
        [indented-code] un bloque de código sangrado
        [html-block] un bloque HTML
        [link-definition] una definición de referencia de enlace
        [footnote-definition] una definición de nota al pie
        [heading] un encabezado
        [block-quote] una cita
        [list] una lista
        [table] una tabla
        [rule] una línea horizontal
        [math] un bloque matemático
        [front-matter] un bloque de metadatos
        [definition-list] una lista de definiciones
        [line-break] un salto de línea en un segmento de una sola línea
        [blocks] más de un bloque
        [empty] ningún texto
        [footnote-reference] una referencia a nota añadida o quitada (las notas se numeran en toda la página)
        [page] un cambio en los bloques de la página
       *[other] { $construct }
    }
guard-structure = la traducción se sale de su segmento ({ $construct }): solo puede cambiar su propio texto
guard-attributes = la traducción pone atributos de encabezado `{ $attributes }` que el original no tiene
guard-destination = la traducción enlaza a `{ $url }`, que el original no enlaza
guard-bidi = el control bidi de incrustación o anulación U+{ $code } reordena lo que ve el lector
guard-isolates = aislamientos bidi sin cerrar (o cerrados sin abrir)
guard-control = carácter de control U+{ $code } (puede mover el cursor o cambiar el título de un terminal, y rompe archivos)
guard-invisible = el carácter de etiqueta invisible U+{ $code } oculta texto a los lectores
build-refused = { $lang }: { $file }:{ $line }: traducción no publicada, se muestra el texto original: { $reason }
check-zero-width = carácter de anchura cero U+{ $code } (invisible; solo ZWNJ y ZWJ tienen cabida en el texto)
ftl-too-deep = marcadores anidados a más de { $max } niveles: dragoman no lee un archivo así
walk-not-utf8 = se omite `{ $path }`: su nombre no es UTF-8 (renómbralo)
walk-symlink = se omite `{ $path }`: es un enlace simbólico (dragoman nunca sigue enlaces, así no lee nada fuera del proyecto)
walk-special = se omite `{ $path }`: no es un archivo normal (nunca se abre una FIFO, un socket o un dispositivo)
walk-control-name = un nombre de archivo con un carácter de control: { $name } (renómbralo: rompería todas las referencias de los catálogos)
path-outside = esta ruta está fuera de `{ $root }`: dragoman no lee ni escribe nada fuera del proyecto
path-symlink = `{ $link }` es un enlace simbólico: dragoman no lee ni escribe nada a través de enlaces dentro del proyecto
path-not-regular = no es un archivo normal (nunca se abre una FIFO, un socket o un dispositivo)
project-output-overlaps = la carpeta de salida `{ $out }` se solapa con la carpeta { $key } `{ $dir }`: una compilación escribiría encima; elige otro `output`
write-conflict = cambió en el disco mientras dragoman trabajaba (alguien lo guardó): no se sobrescribió nada; vuelve a ejecutar la orden
write-read-only = es de solo lectura: dragoman no lo reemplaza (hazlo escribible para que dragoman lo actualice)
lock-taken-over = se tomó el bloqueo `{ $lock }` que dejó el proceso { $pid }, que ya no se ejecuta
po-charset-unknown = juego de caracteres desconocido `{ $charset }` en la cabecera
po-charset-invalid = el archivo no es { $charset } válido, el juego de caracteres que declara su cabecera
po-charset-unmappable = el juego de caracteres del catálogo, { $charset }, no puede contener «{ $char }»: cambia la cabecera a `charset=UTF-8`
locales-unknown-language = `{ $path }` contiene catálogos de `{ $tag }`, que no es uno de los idiomas del proyecto: no se leen (añádelo con `dragoman add-lang { $tag }`)

## serve: the workbench
arg-migrate-layout = Mover los catálogos a esta disposición
arg-migrate-catalog_format = Convertir los catálogos a este formato
arg-bundle-langs = Solo este idioma (repetible; también el de origen); por omisión: todos
arg-bundle-formats = Solo este formato (repetible); por omisión: html y epub
arg-serve-port = Puerto en el que escuchar (0: cualquiera libre)
arg-serve-bind = Dirección en la que escuchar; cualquiera que no sea loopback necesita --token
arg-serve-token = Token que debe llevar cada petición (Authorization: Bearer, o la cookie que pone el enlace de acceso de un solo uso)
arg-serve-open = Abrir el banco de trabajo en el navegador predeterminado
serve-title = Banco de trabajo del traductor
serve-home-heading = Declaraciones
serve-search = Buscar en títulos y rutas
serve-statement = Declaración
serve-stale-count = desactualizados
serve-filter-all = Todas
serve-filter-untranslated = Sin traducir
serve-filter-stale = Desactualizadas
serve-filter-findings = Con avisos
serve-save = Guardar
serve-reviewed = Revisada: sigue siendo correcta
serve-source = Original
serve-raw = Markdown
serve-translation = Traducción
serve-notes = Notas
serve-previous = Qué cambió en el original desde esta traducción
serve-suggestions = Sugerencias
serve-insert = Insertar
serve-glossary = se deja tal cual
serve-preview = Vista previa
serve-saved = Guardado.
serve-conflict = Esta entrada cambió en el disco desde que la abrió (otro traductor, un sync o un pull). No se sobrescribió nada: elija qué se queda.
serve-keep-mine = Quedarme con la mía
serve-take-theirs = Tomar la del disco
serve-mine = La suya
serve-theirs = En el disco ahora
serve-changed-on-disk = Cambiaron archivos en el disco: se recargaron las entradas (su texto sin guardar se conserva).
serve-state-translated = traducida
serve-state-stale = desactualizada
serve-state-untranslated = sin traducir
serve-keys = Ctrl+Intro: guardar e ir a la siguiente entrada sin traducir o desactualizada · Alt+↑/↓: entrada anterior/siguiente · Mayús+Espacio o Ctrl+Mayús+2: no-unión de ancho cero (idiomas de derecha a izquierda)
serve-back = Todas las declaraciones
serve-no-findings = Sin avisos.
serve-error = No se guardó:
serve-unknown-statement = no hay ninguna declaración `{ $name }` en este proyecto (rutas como en `status --format json`, p. ej. statements/x.md)
serve-unknown-language = `{ $lang }` no es un idioma al que se traduzca este proyecto
serve-unknown-entry = no hay ninguna entrada `{ $id }` en esta declaración
serve-bad-request = la petición no es lo que espera la API (vea docs/serve.md)
serve-token-required = servir en { $addr } necesita --token: cualquiera que llegue a él podría cambiar los catálogos
serve-bind = no se puede escuchar en { $addr }: { $detail }
serve-login = enlace de acceso de un solo uso (pone el token como cookie): { $url }
suggest-none = No hay sugerencias: ninguna entrada sin traducir se parece a una traducida.
arg-suggest-statements = Solo estas declaraciones (rutas como `statements/x.md`)
arg-check-state = Solo las entradas en este estado: translated (la CI puede ignorar las desactualizadas que esperan a un traductor), stale o all

## bundle
bundle-file = { $path }: { $size } ({ $count } declaración(es))
bundle-left-out = omitido: { $skipped } declaración(es) bajo el umbral de publicación, { $images } imagen(es) de más de { $max } KB, no encontradas o que no son imágenes
