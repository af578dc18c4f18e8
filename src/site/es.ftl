### Palabras que la compilación añade alrededor de las declaraciones (español).

site-languages = Idiomas
site-translated-from = Traducido del inglés.
site-source-link = Leer el original
site-coverage =
    { $total ->
        [one] { $translated } de { $total } segmento traducido
       *[other] { $translated } de { $total } segmentos traducidos
    }
site-outdated =
    Esta traducción puede estar desactualizada: { $changed ->
        [one] un pasaje del original cambió
       *[other] { $changed } pasajes del original cambiaron
    } después de traducirse.
site-held-back = Esta declaración aún no está traducida (traducido: { $percent } %); se muestra el original en inglés.
site-index-title = Declaraciones traducidas
site-dashboard = Estado de la traducción: gráficos y traducciones desactualizadas
site-statement = Declaración
site-held-back-mark = sin publicar
site-stale-mark =
    { $count ->
        [one] { $count } desactualizado
       *[other] { $count } desactualizados
    }
site-stale-block = el original cambió desde esta traducción
site-newer = Más recientes
site-older = Anteriores
site-page = Página { $page } de { $pages }
site-grid-search = Filtrar
site-grid-search-hint = título o ruta
site-grid-language = Idioma
site-grid-any-language = cualquier idioma
site-grid-state = Estado
site-grid-any-state = cualquier estado
site-grid-state-complete = completa
site-grid-state-partial = en curso
site-grid-state-untranslated = sin empezar
site-grid-state-stale = desactualizada
site-grid-state-held = bajo el umbral de publicación
site-grid-state-off = no se traduce
site-grid-rows = { $first }–{ $last } de { $total }
site-grid-none = Nada coincide.
site-grid-pages = Páginas
site-grid-previous = Anterior
site-grid-next = Siguiente
site-grid-sort = Ordenar por esta columna
site-grid-date = Fecha
site-contents = Índice

## status.html, el panel (en el idioma de origen)

site-status-title = { $project }: estado de la traducción
site-status-translated = traducido
site-status-stale = desactualizado (el original cambió después)
site-status-untranslated = sin traducir
site-status-language = idioma
site-status-coverage = cobertura
site-status-stale-count = desactualizados
site-status-words = palabras traducidas
site-status-badge = insignia
site-status-badge-alt = traducido al { $lang }: { $percent } %
site-status-bar = { $translated } traducidos, { $stale } desactualizados, { $untranslated } sin traducir
site-status-heat = Declaraciones × idiomas
site-status-statement = declaración
site-status-cell = { $name } en { $lang }: { $percent } % traducido
site-status-cell-stale = , { $count } desactualizados
site-status-cell-held = , por debajo del umbral de publicación
site-status-off = { $name }: no se traduce al { $lang }
site-status-stale-note = * hay traducciones desactualizadas: el original cambió después de hacerlas.
site-status-stale-heading = Traducciones desactualizadas
site-status-stale-none = Ninguna: todas las traducciones corresponden a su original actual.
site-status-file = archivo
