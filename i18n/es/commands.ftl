### Resúmenes y líneas de progreso de los comandos.

## Errores que detienen un comando (código de salida 2)

# Variables: $path (string): el archivo o la carpeta; $error (string): lo que dijo el sistema.
fatal-io = { $path }: { $error }

## puente build y packet

# Variables: $name (string): el documento que se acaba de generar.
progress-rendered = generado { $name }
# Variables: $name (string): the document kept from the last run, unchanged.
progress-kept = sin cambios { $name }
progress-bar-pdfs = PDF
build-nothing-written = No se escribió nada.
# Variables: $path (string): el archivo escrito.
build-wrote = escrito { $path }
build-bilingual-two-langs = --bilingual necesita exactamente dos idiomas, el principal primero: --lang es --lang en --bilingual

## puente check

check-no-problems = sin problemas
# puente: same-as-source
check-total = total
check-other = otros
# Variables: $count (number).
check-errors = { $count } { $count ->
        [one] error
       *[other] errores
    }
# Variables: $count (number).
check-warnings = { $count } { $count ->
        [one] advertencia
       *[other] advertencias
    }
# Variables: $ids (string): los primeros id; $more (number): cuántos más.
check-listed-more = { $ids } y { $more } más
# Variables: $locale (string).
check-declared-complete = ; { $locale } está declarado como completo
check-fallback-stands-in = : se usa el idioma de respaldo en su lugar
# Variables: $count (number); $file (string); $tail (string): check-declared-complete o check-fallback-stands-in.
check-many-missing = faltan { $count } mensajes en { $file }{ $tail }
check-first-defined-here = el primero, definido aquí
# Variables: $file (string); $locale (string).
check-many-missing-todo = tradúzcalos en { $file }, o ejecute `puente sync --lang { $locale }` para agregarlos allí con el texto fuente
# Variables: $count (number); $tail (string): check-declared-complete o check-fallback-stands-in.
check-many-untranslated = { $count } mensajes todavía no están traducidos (tienen el texto fuente){ $tail }
check-the-first-one = el primero
# Variables: $locale (string).
check-many-untranslated-todo = tradúzcalos; si uno debe quedar igual que la fuente, acéptelo con `puente review --lang { $locale } ID`
# Variables: $ids (string).
check-they-are = son: { $ids }
check-verbose-lists = `puente check --verbose` muestra cada uno con su ubicación

## puente sync

# Variables: $file (string).
sync-unreadable = { $file }: no se pudo leer, así que no se sincronizó
# Variables: $file (string); $max (number): el tamaño máximo que se lee.
sync-too-large = { $file }: pasa de { $max } bytes; no se sincronizó
# Variables: $file (string).
sync-up-to-date = { $file }: al día
# Variables: $file (string); $count (number).
sync-added = { $file }: { $count ->
        [one] se agregó { $count } mensaje
       *[other] se agregaron { $count } mensajes
    } para traducir
# Variables: $file (string); $count (number).
sync-created = { $file }: creado con { $count } { $count ->
        [one] mensaje
       *[other] mensajes
    } para traducir
# Variables: $file (string).
sync-not-utf8 = { $file }: no es UTF-8 válido, así que no se agregó nada; guárdelo como UTF-8 y vuelva a ejecutar sync
# Variables: $file (string); $locale (string).
sync-too-deep = { $file }: tiene marcadores de posición anidados a demasiada profundidad para leerlo, así que no se agregó nada; ejecute `puente check --lang { $locale }`
# Variables: $count (number); $locale (string).
sync-summary = { $count ->
        [one] { $count } mensaje tiene el texto fuente: tradúzcalo. Mientras tanto cuenta como sin traducir; `puente check --lang { $locale }` muestra lo que queda.
       *[other] { $count } mensajes tienen el texto fuente: traduzca cada uno. Mientras tanto cuentan como sin traducir; `puente check --lang { $locale }` muestra lo que queda.
    }
# Variables: $value (string).
sync-not-a-tag = `{ $value }` no es una etiqueta de idioma; use una etiqueta BCP 47 como ht, pt-BR o es-MX
# Variables: $value (string).
sync-is-source = `{ $value }` es el idioma fuente; sync pone una traducción al día con respecto a él
# Variables: $value (string).
sync-is-pseudo = `{ $value }` es un pseudoidioma que Puente crea a partir del inglés al generar los documentos; no tiene archivos

## puente review

# Variables: $locale (string).
review-is-source = `{ $locale }` es el idioma fuente; review registra las traducciones con respecto a él
# Variables: $locale (string).
review-no-locale = no existe el idioma `{ $locale }`
# Variables: $file (string).
review-no-source-file = el idioma fuente no tiene el archivo `{ $file }`
# Variables: $ids (string): los id, entre comillas invertidas.
review-unknown-ids = la fuente no tiene el mensaje { $ids }
# Variables: $ids (string): los id, entre comillas invertidas; $file (string).
review-unknown-ids-in = la fuente no tiene el mensaje { $ids } en { $file }
# Variables: $file (string); $count (number).
review-recorded = { $file }: { $count ->
        [one] se registró { $count } mensaje como revisado
       *[other] se registraron { $count } mensajes como revisados
    } con respecto al texto fuente actual
# Variables: $id (string): el mensaje y su archivo; $locale (string).
review-not-translated = { $id } todavía no está traducido en { $locale }, así que no se registró como revisado

## puente packet

packet-nothing-written = No se escribió nada; el paquete anterior, si había uno, sigue igual.
# Variables: $path (string); $count (number): los archivos que contiene.
packet-wrote = escrito { $path } ({ $count } archivos)

## puente site

# Variables: $url (string).
site-bad-base-url = --base-url `{ $url }` no es una dirección; indique la dirección completa que tendrá el sitio, como https://example.org/puente/
# Variables: $path (string).
site-out-not-a-folder = --out { $path } no es una carpeta; indique una carpeta, como site/
# Variables: $path (string).
site-nothing-written = No se escribió nada; { $path } sigue como estaba.
# Variables: $count (number); $path (string); $index (string): la página de inicio.
site-wrote = se escribieron { $count } archivos en { $path }; abra { $index } en un navegador

## puente status (los encabezados de la tabla)

status-locale = idioma
status-file = archivo
status-translated = traducidos
status-missing = faltantes
status-outdated = desactualizados
status-words = palabras por traducir
status-complete = completo
status-all = todo
status-all-complete = todo (declarado completo)
status-none = Todavía no hay traducciones; `puente sync --lang <idioma>` empieza una.
