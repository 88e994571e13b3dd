### Diagnósticos: los problemas que Puente encuentra en los archivos de un proyecto.
### Cada uno tiene una frase (el mensaje), etiquetas que señalan lugares de un
### archivo y notas. Sus códigos (`error[ftl-syntax]`) nunca cambian con el idioma.

## Cómo se muestran los diagnósticos

# Variables: $errors (number), $warnings (number): cuántos se encontraron.
summary-counts = { $errors } { $errors ->
        [one] error
       *[other] errores
    }, { $warnings } { $warnings ->
        [one] advertencia
       *[other] advertencias
    }
# Variables: $location (string): ruta:línea:columna; $label (string): lo que decía la etiqueta; $bytes (number): el largo de la línea; $excerpt (string): el texto alrededor del lugar.
diag-long-line = en { $location } ({ $label }, una línea de { $bytes } bytes): …{ $excerpt }…

## Errores de sintaxis de Fluent (lo que informa fluent-syntax, el analizador)

# Variables: $token (string): el carácter esperado.
ftl-syntax-expected-token = Error de sintaxis de Fluent: se esperaba «{ $token }»
# Variables: $range (string): los caracteres esperados.
ftl-syntax-expected-char-range = Error de sintaxis de Fluent: se esperaba uno de «{ $range }»
# Variables: $id (string): el id del mensaje.
ftl-syntax-expected-message-field = Error de sintaxis de Fluent: el mensaje «{ $id }» no tiene ni valor ni atributos
# Variables: $id (string): el id del término.
ftl-syntax-expected-term-field = Error de sintaxis de Fluent: el término «{ $id }» no tiene valor
ftl-syntax-forbidden-callee = Error de sintaxis de Fluent: aquí no se puede llamar a una función
ftl-syntax-missing-default-variant = Error de sintaxis de Fluent: la expresión de selección debe tener una variante predeterminada
ftl-syntax-missing-value = Error de sintaxis de Fluent: se esperaba un valor
ftl-syntax-multiple-default-variants = Error de sintaxis de Fluent: una expresión de selección solo puede tener una variante predeterminada
ftl-syntax-message-reference-as-selector = Error de sintaxis de Fluent: una referencia a un mensaje no puede usarse como selector
ftl-syntax-term-reference-as-selector = Error de sintaxis de Fluent: una referencia a un término no puede usarse como selector
ftl-syntax-message-attribute-as-selector = Error de sintaxis de Fluent: un atributo de un mensaje no puede usarse como selector
ftl-syntax-term-attribute-as-placeable = Error de sintaxis de Fluent: un atributo de un término solo puede usarse como selector
ftl-syntax-unterminated-string-literal = Error de sintaxis de Fluent: a una cadena entre comillas le falta la comilla de cierre
ftl-syntax-positional-argument-follows-named = Error de sintaxis de Fluent: los argumentos posicionales deben ir antes de los argumentos con nombre
# Variables: $name (string): el nombre del argumento.
ftl-syntax-duplicated-named-argument = Error de sintaxis de Fluent: el argumento «{ $name }» aparece dos veces
ftl-syntax-unknown-escape-sequence = Error de sintaxis de Fluent: secuencia de escape desconocida
# Variables: $sequence (string): la secuencia de escape.
ftl-syntax-invalid-unicode-escape-sequence = Error de sintaxis de Fluent: secuencia de escape Unicode no válida, «{ $sequence }»
ftl-syntax-unbalanced-closing-brace = Error de sintaxis de Fluent: sobra una llave de cierre
ftl-syntax-expected-inline-expression = Error de sintaxis de Fluent: se esperaba una expresión en línea
ftl-syntax-expected-simple-expression-as-selector = Error de sintaxis de Fluent: se esperaba una expresión simple como selector
ftl-syntax-expected-literal = Error de sintaxis de Fluent: se esperaba una cadena o un número
ftl-syntax-here = aquí
ftl-syntax-entry-starts-here = en la entrada que empieza aquí
ftl-syntax-tab-note = Fluent sangra las líneas de continuación con espacios, no con tabulaciones: reemplace la tabulación al principio de la línea por espacios
# Variables: $attribute (string): el atributo, como .title.
ftl-syntax-empty-attribute-note = el atributo `{ $attribute }` no tiene valor; escriba uno después de `=`
ftl-syntax-hint-default-variant = marque una variante como predeterminada con `*`, por ejemplo `*[other]`
ftl-syntax-hint-close-placeable = una `{"{"}` abre un marcador de posición; ciérrelo con `{"}"}`
ftl-syntax-hint-equals = un mensaje se escribe `id = valor`
ftl-syntax-hint-value = dé un valor al mensaje o al atributo después de `=`
ftl-syntax-hint-rest-read = el resto del archivo sí se leyó; solo se omite esta entrada
# Variables: $depth (number): el anidamiento más profundo que lee Puente.
ftl-too-deep = los marcadores de posición están anidados a más de { $depth } niveles; Puente dejó de leer este archivo aquí
ftl-too-deep-label = demasiado profundo desde aquí
ftl-too-deep-note = una `{"{"}` abre un marcador de posición; busque llaves que nunca se cierran
# Variables: $path (string): la carpeta.
not-a-locale = el nombre de { $path } no es una etiqueta de idioma (como `es` o `pt-BR`), así que Puente lo omitió

## puente check: una traducción frente a su fuente

# Variables: $id (string): el id de un mensaje.
check-what-message = `{ $id }`
# Variables: $id (string): el id de un término, con su `-`.
check-what-term = el término `{ $id }`
# Variables: $id (string); $attribute (string).
check-what-attribute = `{ $id }.{ $attribute }`
check-kind-message = mensaje
check-kind-term = término
# Variables: $keys (string): las claves de las variantes, como `[one]`, `[few]`; $count (number): cuántas son.
check-variant-keys = { $count ->
        [one] la variante { $keys }
       *[other] las variantes { $keys }
    }
# Variables: $file (string); $count (number): sus mensajes; $locale (string).
missing-file-complete = { $file } no existe: { $count ->
        [one] falta su único mensaje
       *[other] faltan sus { $count } mensajes
    }, y { $locale } está declarado como completo
# Variables: $file (string); $count (number): sus mensajes.
missing-file-fallback = { $file } no existe: { $count ->
        [one] su único mensaje se muestra
       *[other] sus { $count } mensajes se muestran
    } en el idioma de respaldo
missing-file-label = el archivo fuente
# Variables: $locale (string).
missing-file-note = `puente sync --lang { $locale }` lo crea con el texto fuente para traducir
# Variables: $kind (string): check-kind-message o check-kind-term; $id (string); $file (string): el archivo fuente.
obsolete-message = el { $kind } `{ $id }` no está en el archivo fuente { $file }, así que nada lo usa
check-label-not-in-source = no está en la fuente
obsolete-message-note = bórrelo, o revise si se cambió el nombre de su id en la fuente
# Variables: $kind (string): check-kind-message o check-kind-term; $id (string); $file (string); $tail (string): check-declared-complete o check-fallback-stands-in.
missing-message = falta el { $kind } `{ $id }` en { $file }{ $tail }
# Variables: $file (string): el archivo fuente.
missing-message-label = definido aquí en { $file }
# Variables: $file (string); $locale (string).
missing-message-note = tradúzcalo en { $file }, o ejecute `puente sync --lang { $locale }` para agregarlo allí con el texto fuente
# Variables: $kind (string): check-kind-message o check-kind-term; $id (string); $tail (string): check-declared-complete o check-fallback-stands-in.
untranslated = el { $kind } `{ $id }` todavía no está traducido (tiene el texto fuente){ $tail }
untranslated-label = igual que la fuente
# Variables: $locale (string); $id (string).
untranslated-note = traduzca el texto; si debe quedar igual que la fuente (un nombre, una palabra que comparten ambos idiomas), acéptelo con `puente review --lang { $locale } { $id }`
# Variables: $id (string).
missing-value = `{ $id }` no tiene valor, pero la fuente sí tiene uno
missing-value-label = aquí solo hay atributos
missing-value-source = la fuente tiene un valor
missing-value-note = traduzca el valor después de `=`
# Variables: $id (string).
obsolete-value = `{ $id }` tiene un valor, pero la fuente solo tiene atributos
obsolete-value-note = nada muestra este valor; pase el texto al atributo que corresponde
# Variables: $id (string); $attribute (string).
missing-attribute = a `{ $id }` le falta el atributo `.{ $attribute }`
missing-attribute-label = en este mensaje
missing-attribute-source = la fuente lo tiene
missing-attribute-note = los atributos no tienen un respaldo propio; agréguelo con su traducción
# Variables: $id (string); $attribute (string).
obsolete-attribute = `{ $id }` tiene el atributo `.{ $attribute }`, que la fuente no tiene
obsolete-attribute-note = bórrelo, o revise si se le cambió el nombre en la fuente
# Variables: $id (string).
outdated = el texto fuente de `{ $id }` cambió después de la última revisión de esta traducción
outdated-label = traducido del texto anterior
outdated-source = la fuente ahora
# Variables: $text (string): el texto fuente, con sangría.
outdated-then = la fuente cuando se revisó:
    { $text }
# Variables: $text (string): el texto fuente, con sangría.
outdated-now = la fuente ahora:
    { $text }
# Variables: $locale (string); $id (string).
outdated-note = actualice la traducción si hace falta y luego ejecute `puente review --lang { $locale } { $id }`
# Variables: $file (string); $source (string): el archivo que traduciría.
obsolete-file = { $file } no tiene equivalente en el idioma fuente ({ $source } no existe), así que nada lo usa
obsolete-file-label = este archivo
obsolete-file-note = bórrelo, o cámbiele el nombre para que coincida con un archivo fuente

## puente check: un archivo por sí solo

check-label-defined-again = definido otra vez aquí
check-label-first-defined = definido por primera vez aquí
# Variables: $id (string); $attribute (string).
duplicate-attribute = `{ $id }` tiene dos veces el atributo `.{ $attribute }`
check-label-again-here = otra vez aquí
duplicate-attribute-note = quite uno de los dos
# Variables: $what (string): el mensaje, el término o el atributo.
empty-value = { $what } está vacío
empty-value-label = vacío
empty-value-note = un texto vacío no muestra nada; escriba el texto, o quite el mensaje para que se use el respaldo
# Variables: $what (string): el mensaje, el término o el atributo.
replacement-character = { $what } contiene U+FFFD ({"\uFFFD"}), señal de un texto leído con la codificación incorrecta
check-label-here = aquí
replacement-character-note = vuelva a copiar el texto desde un original guardado como UTF-8
# Variables: $what (string): el mensaje, el término o el atributo; $kind (string): check-kind-message o check-kind-term; $id (string); $where (string): dónde busca Fluent.
unknown-reference = { $what } hace referencia al { $kind } `{ $id }`, que no está definido{ $where }
# Variables: $what (string); $id (string); $attribute (string); $kind (string): check-kind-message o check-kind-term.
unknown-reference-attribute = { $what } hace referencia a `{ $id }.{ $attribute }`, pero el { $kind } `{ $id }` no tiene el atributo `.{ $attribute }`
unknown-reference-label = no se encontró
unknown-reference-note = revise la ortografía, o defínalo; Fluent muestra el id entre llaves en lugar del texto
# Variables: $file (string); $locale (string).
check-where-file-or-common = { " " }en { $file } ni en common.ftl ({ $locale })
# Variables: $locale (string).
check-where-common = { " " }en common.ftl ({ $locale })
# Variables: $locale (string).
check-where-any-file = { " " }en ningún archivo de { $locale }
# Variables: $what (string); $key (string): la clave de la variante.
duplicate-variant = { $what } tiene dos veces la variante `[{ $key }]`
duplicate-variant-note = solo la primera se puede elegir; quite la otra o cámbiele la clave
# Variables: $what (string); $keys (string): check-variant-keys; $locale (string).
missing-plural-category = { $what } elige una variante según un número, pero no tiene { $keys } para { $locale }
missing-plural-category-label = aquí se elige según un número
# Variables: $locale (string); $categories (string): sus categorías de plural; $default (string): la clave de la variante predeterminada.
missing-plural-category-note = { $locale } usa las categorías de plural { $categories }; un número de una categoría que falta recibe la variante predeterminada `[{ $default }]`

## puente check: variables, referencias, estilos

# Variables: $name (string): una variable, sin `$`.
unknown-variable-did-you-mean = ¿quiso decir `${ $name }`?
unknown-variable-source-has-none = la fuente no usa variables aquí
# Variables: $names (string): las variables de la fuente.
unknown-variable-source-uses = la fuente usa { $names }
# Variables: $what (string); $name (string): la variable, sin `$`.
unknown-variable = { $what } usa `${ $name }`, que la fuente no tiene
# Variables: $name (string): la variable, sin `$`.
unknown-variable-note = nada le da un valor a esta variable, así que Fluent muestra `{"{"}${ $name }{"}"}`
# Variables: $what (string); $name (string): la variable, sin `$`.
dropped-variable = { $what } no usa `${ $name }`, que la fuente sí usa
# Variables: $name (string): la variable, sin `$`.
dropped-variable-label = aquí falta `${ $name }`
# Variables: $name (string): la variable, sin `$`.
dropped-variable-shown-note = la fuente muestra `${ $name }`, así que quienes lean esta traducción pierden su valor; conserve cada `{"{"} $variable {"}"}` de la fuente (la traducción puede moverla de lugar), o haga que el comentario `# Variables:` de la fuente la declare opcional
dropped-variable-note = conserve cada `{"{"} $variable {"}"}` de la fuente; la traducción puede moverla de lugar
# Variables: $key (string): la clave de la variante; $what (string); $name (string): la variable, sin `$`.
dropped-variable-variant = la variante `[{ $key }]` de { $what } no muestra `${ $name }`, que todas las variantes de la fuente muestran
# Variables: $name (string): la variable, sin `$`.
dropped-variable-variant-label = falta `${ $name }` en esta variante
dropped-variable-variant-note = una variante sin ella deja sin esa información a quienes la leen
# Variables: $what (string); $kind (string): check-kind-message o check-kind-term; $name (string).
missing-reference = { $what } no hace referencia al { $kind } `{ $name }`, como sí lo hace la fuente
# Variables: $name (string).
missing-reference-label = aquí falta `{"{"} { $name } {"}"}`
missing-reference-note = una referencia mantiene igual en todas partes un texto compartido (nombres, términos); úsela salvo que el idioma necesite otra cosa
# Variables: $what (string); $kind (string): check-kind-message o check-kind-term; $name (string).
obsolete-reference = { $what } hace referencia al { $kind } `{ $name }`, y la fuente no
obsolete-reference-note = compruebe que este sea el texto que corresponde aquí
style-not-css = no es una lista de medidas CSS como la de la fuente (`width: 20em;`)
# Variables: $property (string).
style-not-in-source = `{ $property }` no está en la fuente
# Variables: $property (string); $unit (string); $source (string): la unidad de la fuente.
style-other-unit = `{ $property }` está en `{ $unit }`, y en la fuente en `{ $source }`
# Variables: $property (string).
style-missing = falta `{ $property }`
# Variables: $what (string); $problems (string).
style-mismatch = { $what }: { $problems }
style-mismatch-label = este estilo
style-mismatch-note = un `.style` fija medidas de la interfaz; use las mismas propiedades y unidades que la fuente y cambie solo los números

## Lectura de los archivos de un proyecto

# Variables: $file (string); $size (number): su tamaño en bytes; $max (number): el tamaño máximo que se lee.
file-too-large = { $file } tiene { $size } bytes, más que el límite de { $max } bytes, así que Puente no lo leyó
file-too-large-note = los módulos y los archivos de traducción suelen tener unas decenas de kilobytes; compruebe que sea el archivo que quería
# Variables: $file (string); $offset (number): dónde está el byte incorrecto.
invalid-utf8 = { $file } no es UTF-8 válido (el byte incorrecto está en la posición { $offset })
invalid-utf8-label = este byte no es UTF-8
invalid-utf8-note = guarde el archivo como UTF-8 en su editor (en la mayoría: Archivo, Guardar con codificación, UTF-8)
# Variables: $file (string).
byte-order-mark = { $file } empieza con una marca de orden de bytes (BOM); Puente la ignoró
byte-order-mark-label = aquí había una BOM
byte-order-mark-note = guarde el archivo como UTF-8 sin BOM para que no aparezca esta advertencia
# Variables: $path (string): la carpeta.
no-locales = no hay ninguna carpeta locales/ en { $path }
no-locales-note = cree locales/en/common.ftl y locales/en/<id-del-módulo>.ftl con el texto del módulo
no-source-locale = falta locales/en/: el inglés es el idioma fuente al que recurren todos los demás idiomas
# Variables: $path (string): la carpeta.
no-module-file = { $path } no tiene module.yaml, así que no es un módulo
# Variables: $path (string): la carpeta.
empty-project = { $path } no contiene ningún módulo; agregue curricula/<id-del-módulo>/module.yaml
# Variables: $path (string): la carpeta.
no-curricula = no hay ninguna carpeta curricula/ en { $path }
no-curricula-note = un proyecto de Puente tiene curricula/<id-del-módulo>/module.yaml y locales/<idioma>/*.ftl; use --root para indicar uno
# Variables: $path (string).
usage-root-not-a-folder = { $path } no es una carpeta; indique con --root un proyecto de Puente (una carpeta con curricula/ y locales/)
usage-locales-needs-source = --locales necesita --source IDIOMA, el idioma del que se traduce (como en o en-US)
# Variables: $path (string).
usage-locales-not-a-folder = { $path } no es una carpeta; --locales recibe una carpeta que contiene una carpeta por idioma
# Variables: $path (string).
usage-no-locales-folder = no hay ninguna carpeta locales/ en { $path }; indique con --root un proyecto de Puente, o use --locales DIR --source IDIOMA para otro proyecto de Fluent
# Variables: $value (string).
usage-not-a-lang-tag = `{ $value }` no es una etiqueta de idioma; use una etiqueta BCP 47 como en, es, es-MX o pt-BR
# Variables: $value (string); $path (string): la carpeta de idiomas; $locales (string): sus idiomas.
usage-no-such-locale = no existe el idioma `{ $value }` en { $path } (los idiomas son: { $locales }); `puente sync --lang { $value }` lo crea
# Variables: $locales (string): the locales asked for.
usage-site-nothing-to-publish = no hay ningún idioma que publicar: ninguno de los pedidos ({ $locales }) tiene todavía mensajes traducidos; traduzca algunos, o quite --lang para publicar todos los idiomas traducidos
# Variables: $path (string); $source (string): el idioma fuente; $locales (string): las carpetas de idiomas.
usage-no-source-folder = { $path } no tiene una carpeta para el idioma fuente `{ $source }`; las carpetas de idiomas son: { $locales }
usage-none = (ninguna)
# Variables: $file (string); $value (string).
usage-config-not-a-tag = { $file }: `{ $value }` no es una etiqueta de idioma
# Variables: $folder (string).
skipped-not-a-tag = { $folder }/ (no es una etiqueta de idioma)
# Variables: $folder (string).
skipped-no-ftl = { $folder }/ (no tiene ningún archivo .ftl)
# Variables: $count (number); $path (string); $folders (string).
not-a-locale-skipped = { $count ->
        [one] { $count } carpeta de { $path } no es un idioma, así que Puente la omitió: { $folders }
       *[other] { $count } carpetas de { $path } no son idiomas, así que Puente las omitió: { $folders }
    }
not-a-locale-skipped-note = un idioma es una carpeta con el nombre de una etiqueta de idioma (como `es` o `pt-BR`) que contiene archivos .ftl
# Variables: $file (string).
config-filters = { $file } tiene [[filters]], que Puente no aplica: se muestran todos los hallazgos

## Definiciones y vínculos entre el YAML, las plantillas y el texto en inglés

# Variables: $kind (string): check-kind-message o check-kind-term; $id (string).
duplicate-definition = el { $kind } `{ $id }` está definido más de una vez
# Variables: $kind (string): check-kind-message o check-kind-term; $id (string); $file (string): donde se definió primero.
duplicate-definition-also-in = el { $kind } `{ $id }` está definido más de una vez (también en { $file })
duplicate-definition-note = Fluent usa solo la primera definición; quite la otra o cámbiele el nombre
# Variables: $module (string); $id (string); $file (string).
undefined-module-message = el módulo `{ $module }` necesita el mensaje `{ $id }`, pero { $file } no lo define
# Variables: $id (string); $file (string).
undefined-message-note = agregue `{ $id } = ...` a { $file }
# Variables: $who (string): una plantilla, o el código de Puente; $id (string); $file (string).
undefined-label = { $who } necesita la etiqueta `{ $id }`, pero { $file } no la define
links-needed-here = se necesita aquí
links-expected-in-file = se esperaba en este archivo
# Variables: $module (string); $file (string).
undefined-module-file = el módulo `{ $module }` no tiene texto fuente: { $file } no existe
undefined-module-file-label = este módulo
# Variables: $file (string).
undefined-module-file-note = cree { $file } con un mensaje por cada id que usa el módulo (`puente check` los muestra cuando el archivo ya existe)
# Variables: $id (string).
links-needs = necesita `{ $id }`
# Variables: $id (string); $file (string).
undefined-plan-message = un plan necesita el mensaje `{ $id }`, pero { $file } no lo define
# Variables: $file (string).
unused-file = { $file } no es common.ftl ni el texto de un módulo, así que nada lo usa
unused-file-label = este archivo
# Variables: $folder (string): la carpeta del idioma fuente.
unused-file-note = el texto de un módulo va en { $folder }/<id-del-módulo>.ftl, para curricula/<id-del-módulo>/module.yaml
unused-by-common = ninguna plantilla, módulo ni mensaje lo usa
unused-by-plans = ningún plan de plans/ lo usa como título
# Variables: $module (string).
unused-by-module = el módulo `{ $module }` no lo usa y ningún mensaje hace referencia a él
# Variables: $kind (string): check-kind-message o check-kind-term; $id (string); $who (string): por qué nada lo usa.
unused-message = nada usa el { $kind } `{ $id }`: { $who }
unused-message-label = sin usar
unused-message-note = bórrelo, o revise si se cambió el nombre del id del YAML para el que se escribió
links-who-template = una plantilla
links-who-code = el código de Puente
links-who-schema = el esquema de los módulos
links-who-build = esta generación de documentos

## Módulos (curricula/<id-del-módulo>/module.yaml)

noun-module = módulo
noun-objective = objetivo
noun-safety-note = nota de cuidado
noun-interpretation-note = nota de interpretación
noun-preparation-item = elemento de preparación
noun-local-term = término local
noun-activity = actividad
noun-reopening = reapertura
noun-energiser = dinámica de animación
noun-handout = hoja para participantes
noun-source = referencia
noun-preparation = preparación
noun-step = paso
noun-note = nota
noun-debrief-question = pregunta de reflexión
# puente: same-as-source
noun-material = material
noun-section = sección
noun-item = elemento
# Variables: $what (string): un mensaje noun-*; $id (string); $index (number); $list (string): la lista del YAML.
yaml-path-item-id = { $what } `{ $id }` (elemento { $index } de `{ $list }`)
# Variables: $index (number); $list (string): la lista del YAML.
yaml-path-item = elemento { $index } de `{ $list }`
# Variables: $what (string): un mensaje noun-*; $id (string).
invalid-id = `{ $id }` no es un id válido (id de { $what })
invalid-id-label = id no válido
invalid-id-note = los id usan letras minúsculas de la a a la z, dígitos y guiones sueltos, empiezan con una letra y tienen como máximo 64 caracteres (por ejemplo, `community-map`)
# Variables: $id (string).
reserved-module-id = `{ $id }` es un nombre que algunos sistemas reservan para dispositivos; no se puede usar como id de un módulo
reserved-name-label = nombre reservado
# Variables: $id (string); $folder (string).
module-id-mismatch = el id del módulo, `{ $id }`, no coincide con su carpeta, `{ $folder }`
module-id-mismatch-label = este id
# Variables: $id (string); $folder (string).
module-id-mismatch-note = cambie el nombre de la carpeta a `curricula/{ $id }/` o cambie el id a `{ $folder }`
# Variables: $value (string).
invalid-date = `current_as_of` debe ser una fecha escrita AAAA-MM-DD, no `{ $value }`
invalid-date-label = no es una fecha AAAA-MM-DD
# Variables: $min (number); $max (number).
invalid-group-size = el tamaño del grupo debe cumplir 1 <= min <= max, pero es min { $min } y max { $max }
no-objectives = un módulo necesita al menos un objetivo de aprendizaje
label-empty = vacío
empty-agenda = la agenda no tiene actividades
# Variables: $what (string): un mensaje noun-*; $id (string).
duplicate-in-list = `{ $id }` ({ $what }) aparece dos veces
label-listed-again = aparece otra vez
# Variables: $parent (string); $kind (string): un mensaje noun-*; $id (string).
unknown-module-reference = `{ $parent }` hace referencia a `{ $id }` ({ $kind }), pero el módulo no tiene ningún elemento de ese tipo con ese id
# Variables: $kind (string): un mensaje noun-*.
unknown-module-reference-label = { $kind } que no existe
# Variables: $kind (string): un mensaje noun-*; $ids (string).
unknown-module-reference-note = los id de tipo «{ $kind }» del módulo son: { $ids }
label-none = ninguno
# Variables: $id (string).
duplicate-activity = dos actividades tienen el id `{ $id }`
duplicate-activity-label = segunda actividad con este id
# Variables: $what (string): un mensaje noun-*; $id (string); $first (string): un mensaje noun-*.
duplicate-activity-kind = `{ $id }` ({ $what }) tiene el mismo id que `{ $id }` ({ $first })
duplicate-activity-kind-label = el mismo id otra vez
duplicate-activity-kind-note = las actividades, las dinámicas de animación y la reapertura comparten los id de los mensajes (`activity-<id>-...`), así que cada una necesita un id propio
# Variables: $what (string): un mensaje noun-*; $id (string).
skip-when-continuing = `skip_when_continuing` se aplica a las actividades de la agenda, no a `{ $id }` ({ $what })
skip-when-continuing-label = solo para actividades de la agenda
# Variables: $id (string); $minutes (number).
invalid-minutes = la actividad `{ $id }` dura { $minutes } minutos; los minutos deben estar entre 1 y 600
label-out-of-range = fuera de rango
# Variables: $id (string).
no-steps = la actividad `{ $id }` no tiene pasos
no-steps-label = esta actividad
# Variables: $id (string); $field (string): un mensaje noun-*; $item (string).
duplicate-activity-item = la actividad `{ $id }` incluye dos veces `{ $item }` ({ $field })
label-listed-twice = aparece dos veces
# Variables: $id (string); $material (string).
duplicate-material = la actividad `{ $id }` incluye dos veces el material `{ $material }`; ponga una sola línea con la cantidad total
# Variables: $material (string); $id (string).
invalid-quantity = el material `{ $material }` de la actividad `{ $id }` tiene cantidad 0
invalid-quantity-label = la cantidad debe ser al menos 1
# Variables: $total (number); $stated (number).
total-mismatch = la agenda suma { $total } minutos, pero `total_minutes` dice { $stated }
total-mismatch-label = total indicado
# Variables: $id (string).
reserved-handout-id = algunos sistemas reservan `{ $id }` para dispositivos; no puede ser el id de una hoja para participantes
# Variables: $id (string).
duplicate-handout = dos hojas para participantes tienen el id `{ $id }`
duplicate-handout-label = segunda hoja con este id
# Variables: $id (string).
unused-handout = ninguna actividad usa la hoja para participantes `{ $id }`
unused-handout-label = definida aquí
unused-handout-note = inclúyala en `handouts:` de la actividad en la que se entrega, para que los paquetes sepan cuándo imprimirla
# Variables: $id (string).
empty-handout = la hoja para participantes `{ $id }` no tiene secciones
empty-handout-label = sin secciones
# Variables: $id (string); $section (string).
duplicate-section = la hoja para participantes `{ $id }` tiene dos secciones con el id `{ $section }`
duplicate-section-label = segunda sección
# Variables: $section (string); $id (string); $item (string).
duplicate-section-item = la sección `{ $section }` de la hoja `{ $id }` incluye dos veces `{ $item }`
# Variables: $id (string); $lines (number).
invalid-lines = la consigna `{ $id }` pide { $lines } líneas para escribir; use de 1 a 40
# Variables: $id (string).
duplicate-source = dos referencias tienen el id `{ $id }`
duplicate-source-label = segunda referencia
# Variables: $id (string).
invalid-url = la URL de la referencia `{ $id }` debe empezar con https:// o http://
invalid-url-label = no es una dirección web
# Variables: $id (string); $year (number).
invalid-year = la referencia `{ $id }` tiene el año { $year }
invalid-year-label = revise el año
# Variables: $step (string); $id (string); $minutes (number).
invalid-step-minutes = el paso `{ $step }` de la actividad `{ $id }` dura { $minutes } minutos; los minutos deben estar entre 1 y 600
# Variables: $id (string); $timed (number); $steps (number).
step-minutes-mixed = la actividad `{ $id }` da minutos para { $timed } de sus { $steps } pasos; indíquelos en todos los pasos o en ninguno
step-minutes-mixed-label = sin minutos
# Variables: $steps (string).
step-minutes-mixed-note = sin minutos: { $steps }
# Variables: $id (string); $sum (number); $minutes (number).
step-minutes = los pasos de la actividad `{ $id }` suman { $sum } minutos, pero su `minutes` dice { $minutes }
step-minutes-label = minutos indicados
label-here = aquí

## Archivos YAML (lo que informa serde_yaml, el lector de YAML)

# Variables: $file (string).
yaml-empty = { $file } está vacío
yaml-empty-label = aquí no hay nada
yaml-the-file = el archivo
# Variables: $owner (string): el elemento o la ruta; $field (string).
yaml-missing-field = falta el campo `{ $field }` en { $owner }
yaml-duplicate-key-note = una clave solo puede aparecer una vez en cada mapeo; quite una o combínelas
# Variables: $field (string).
yaml-duplicate-key = la clave `{ $field }` aparece dos veces
# Variables: $expected (string): los nombres o valores aceptados.
yaml-expected = se esperaba { $expected }
# Variables: $what (string): el elemento.
yaml-in = { " " }en { $what }
# Variables: $field (string); $in (string): yaml-in, o nada.
yaml-unknown-field = campo desconocido `{ $field }`{ $in }; revise la ortografía
yaml-this-field = este campo
yaml-this-value = este valor
# Variables: $value (string); $field (string).
yaml-unknown-value = `{ $value }` no es un valor conocido de `{ $field }`
# Variables: $value (string).
yaml-not-a-local-contact = `{ $value }` no es un contacto local
yaml-negative-number = debe ser un número entero igual o mayor que cero, no un número negativo
# Variables: $text (string).
yaml-number-not-text = debe ser un número entero, no el texto «{ $text }»
# Variables: $reason (string): lo que dijo el lector de YAML, en inglés.
yaml-whole-number = debe ser un número entero ({ $reason })
# Variables: $field (string); $in (string): yaml-in, o nada; $problem (string).
yaml-wrong-type = `{ $field }`{ $in } { $problem }
yaml-tab-note = la sangría de YAML debe hacerse con espacios; reemplace la tabulación por espacios
yaml-tab = se usa una tabulación para la sangría
yaml-too-deep = el YAML está anidado a demasiada profundidad para ser un módulo o un plan
yaml-alias-bomb-note = el archivo usa alias de YAML (*nombre) para repetir contenido tantas veces que crecería enormemente; Puente dejó de leerlo
yaml-alias-bomb = el YAML se expande a demasiados datos
# Variables: $reason (string): lo que dijo el lector de YAML, en inglés.
yaml-syntax = no se pudo leer el YAML: { $reason }
yaml-label-in-this-item = en este elemento
yaml-label-second-occurrence = segunda aparición
yaml-label-unknown-field = campo desconocido
yaml-label-unknown-value = valor desconocido
yaml-label-wrong-type = tipo incorrecto
yaml-label-tab = tabulación aquí

## Configuraciones de compare-locales (l10n.toml)

# Variables: $file (string).
config-too-deep = { $file }: las configuraciones se incluyen unas a otras a más de 8 niveles
# Variables: $file (string); $reason (string): lo que dijo el lector de TOML, en inglés.
config-not-toml = { $file } no es una configuración de compare-locales: { $reason }
# Variables: $file (string); $path (string); $variable (string).
config-path-env = { $file }: la ruta `{ $path }` usa `{"{"}{ $variable }{"}"}`, que [env] no define
# Variables: $file (string); $path (string); $variable (string).
config-include-env = { $file }: la inclusión `{ $path }` usa `{"{"}{ $variable }{"}"}`, que [env] no define
config-read-note = Pontoon y compare-locales leen el proyecto a través de este archivo
config-fix = actualice l10n.toml para que Pontoon y compare-locales vean todos los idiomas y archivos
# Variables: $locale (string); $folder (string).
config-unlisted-locale = l10n.toml no incluye el idioma `{ $locale }`, así que Pontoon y compare-locales no ven { $folder }
config-locales-label = aquí se enumeran los idiomas
# Variables: $locale (string).
config-unlisted-locale-note = agregue "{ $locale }" a `locales`
# Variables: $locale (string).
config-unknown-locale = l10n.toml incluye el idioma `{ $locale }`, que no tiene carpeta en locales/
config-listed-here = incluido aquí
# Variables: $locale (string).
config-unknown-locale-note = quítelo, o ejecute `puente sync --lang { $locale }`
# Variables: $file (string).
config-no-path = ninguna entrada [[paths]] de l10n.toml coincide con { $file }, así que Pontoon y compare-locales no lo ofrecen para traducir
config-paths-label = aquí están las rutas
# Variables: $locale (string); $file (string); $target (string); $want (string).
config-wrong-path = l10n.toml pone la traducción de { $file } para { $locale } en { $target }, no en { $want }
config-no-path-at-all = ninguna ruta

## Planes de taller (plans/*.yaml)

# Variables: $index (number).
plan-path-contact = el contacto { $index } de `more` en `local`
# Variables: $field (string).
plan-path-named-contact = el contacto `{ $field }` de `local`
# Variables: $index (number); $date (string).
plan-path-day-date = el día { $index } ({ $date })
# Variables: $index (number).
plan-path-day = el día { $index }
# Variables: $name (string).
plan-bad-name = el nombre de archivo del plan, `{ $name }`, no sirve como nombre de la carpeta del paquete; use letras minúsculas, dígitos y guiones (por ejemplo, plans/taller-del-sabado.yaml)
# Variables: $path (string).
plan-no-file = no existe el archivo de plan { $path }
plan-languages = un plan tiene un idioma, o dos para un paquete bilingüe
# Variables: $value (string).
plan-language = `{ $value }` no es una etiqueta de idioma (como es, en o es-MX)
plan-language-label = no es una etiqueta de idioma
# Variables: $value (number).
plan-participants = el número de participantes debe estar entre 1 y 10000, no { $value }
# Variables: $value (number).
plan-group-size = el tamaño de los grupos pequeños debe estar entre 1 y 10000, no { $value }
# Variables: $value (number).
plan-spares = { $value } copias de reserva son demasiadas; use como máximo 1000
# Variables: $value (string).
plan-paper = el papel debe ser `letter` o `a4`, no `{ $value }`
# Variables: $value (string).
plan-title = `{ $value }` no es un id de mensaje de Fluent
plan-no-days = el plan no tiene días
plan-interpretation-no-factor = la interpretación consecutiva necesita un `factor`: cuánto más dura lo que se dice, por ejemplo 1.5
plan-interpretation-no-factor-label = falta el factor
# Variables: $value (string): the factor as written.
plan-interpretation-factor = un factor de interpretación de { $value }; use un número mayor que 1 y de 3 como máximo, por ejemplo 1.5 (una vez y media el tiempo)
plan-interpretation-simultaneous = la interpretación simultánea no agrega tiempo, así que no lleva `factor`; quítelo o use `mode: consecutive`
# Variables: $value (string).
plan-date = `{ $value }` no es una fecha; escríbala AAAA-MM-DD, por ejemplo 2026-11-14
plan-date-label = fecha incorrecta
# Variables: $value (string).
plan-start-time = `{ $value }` no es una hora; escríbala HH:MM en formato de 24 horas, por ejemplo 09:30 o 14:00
# Variables: $value (string).
plan-end-time = `{ $value }` no es una hora; escríbala HH:MM en formato de 24 horas, por ejemplo 17:00
plan-time-label = hora incorrecta
# Variables: $end (string); $start (string).
plan-end-before-start = el día termina a las { $end }, que no es después de su inicio a las { $start }
plan-end-before-start-label = el final es antes del inicio
# Variables: $date (string).
plan-empty-day = el día { $date } no tiene elementos
plan-empty-day-label = este día
plan-item-kinds = cada elemento de un día es exactamente uno de `module: <id>`, `break: <minutos>` o `meal: <minutos>`
plan-in-this-day = en este día
# Variables: $minutes (number).
plan-break-minutes = un descanso o una comida de { $minutes } minutos; use de 1 a 600
plan-item-module-only = `drop`, `optional`, `minutes`, `energiser` y `continuing` se aplican a un módulo, no a un descanso ni a una comida
# Variables: $module (string).
plan-unknown-module = no existe el módulo `{ $module }`
plan-unknown-module-label = módulo desconocido
# Variables: $modules (string).
plan-unknown-module-note = los módulos son: { $modules }
# Variables: $field (string); $id (string); $module (string).
plan-unknown-activity = `{ $field }` nombra la actividad `{ $id }`, pero el módulo `{ $module }` no tiene esa actividad
plan-unknown-activity-label = actividad desconocida
# Variables: $module (string); $activities (string).
plan-unknown-activity-note = las actividades de `{ $module }` son: { $activities }
# Variables: $module (string).
plan-energiser-none = `energiser: true` pide una dinámica de animación, pero el módulo `{ $module }` no tiene ninguna
# Variables: $module (string); $id (string).
plan-unknown-energiser = el módulo `{ $module }` no tiene la dinámica de animación `{ $id }`
plan-unknown-energiser-label = dinámica de animación desconocida
# Variables: $module (string).
plan-energiser-none-note = `{ $module }` no define `energisers:`; quite esta línea
# Variables: $module (string); $energisers (string).
plan-unknown-energiser-note = las dinámicas de animación de `{ $module }` son: { $energisers }
# Variables: $id (string); $minutes (number).
plan-activity-minutes = la actividad `{ $id }` tiene { $minutes } minutos; use de 1 a 600

## Contactos locales de un plan (`local:`)

# Variables: $index (number).
local-contact-in-more = el contacto { $index } de `more`
local-empty = el bloque `local:` no tiene ningún contacto
local-empty-label = sin contactos
local-empty-note = indique al menos uno de organisation, legal_aid, accredited_rep, mental_health, emergency o more, o quite el bloque
# Variables: $count (number); $max (number).
local-too-many = `more` tiene { $count } contactos; en el directorio de apoyo de una página caben como máximo { $max }
local-too-many-label = demasiados
# Variables: $what (string): el contacto.
local-needs-kind = { $what } necesita un `kind`
local-needs-kind-label = sin tipo
# Variables: $kinds (string).
local-needs-kind-note = los tipos son: { $kinds }
# Variables: $what (string): el contacto.
local-kind-only-in-more = `kind` es solo para los contactos de `more`; { $what } ya es un contacto de un tipo propio
local-kind-label = aquí no
# Variables: $what (string): el contacto.
local-empty-name = el nombre de { $what } está vacío
local-empty-name-label = nombre vacío
local-empty-name-note = indique el nombre de la organización o del servicio (nunca el de una persona participante)
local-field-name = el nombre
local-field-phone = el teléfono
local-field-hours = el horario
local-field-address = la dirección
local-field-url = la dirección web
local-field-note = la nota
# Variables: $field (string): un mensaje local-field-*; $what (string): el contacto; $count (number); $max (number).
local-too-long = { $field } de { $what } tiene { $count } caracteres; donde se imprime caben como máximo { $max }
local-too-long-label = demasiado largo
local-too-long-card-note = los nombres y los teléfonos se imprimen en la tarjeta de bolsillo; use una forma más corta (una abreviatura, por ejemplo)
local-too-long-directory-note = el directorio de apoyo da a cada contacto unas pocas líneas; acórtelo
# Variables: $field (string): un mensaje local-field-*; $what (string): el contacto.
local-one-line = { $field } de { $what } debe ir en una sola línea
local-one-line-label = más de una línea
# Variables: $what (string): el contacto; $phone (string).
local-phone = el teléfono de { $what } no tiene dígitos: `{ $phone }` no es un número de teléfono
local-phone-label = no es un número de teléfono
local-phone-note = escriba el número con dígitos, por ejemplo 915-555-0100
# Variables: $what (string): el contacto.
local-url = la dirección web de { $what } debe empezar con https:// o http://
# Variables: $value (string); $what (string): el contacto.
local-language = `{ $value }`, en los idiomas de { $what }, no es una etiqueta de idioma (como es, en o mam)
# Variables: $value (string).
local-checked-date = `{ $value }` no es una fecha; escriba cuándo se comprobaron los contactos como AAAA-MM-DD, por ejemplo 2026-11-28
# Variables: $date (string); $days (number).
local-stale = los contactos locales se comprobaron el { $date }, { $days } días antes del taller
local-stale-label = comprobados
local-stale-note = vuelva a llamar a cada uno antes del taller: los horarios, los servicios y los números cambian; luego actualice `checked`
# Variables: $pages (number).
local-directory-too-long = el directorio de apoyo ocupa { $pages } páginas; debe caber en una
local-directory-too-long-label = estos contactos
local-directory-too-long-note = acorte las notas, las direcciones o los horarios, o ponga menos contactos en `more`

## Generación de documentos

# Variables: $locale (string); $id (string); $problem (string): lo que dijo Fluent, en inglés.
message-format = no se pudo dar formato al mensaje `{ $id }` en { $locale }: { $problem }
message-format-not-defined = no está definido
message-format-in-message = en este mensaje
message-format-this-message = este mensaje
message-format-term-note = defina el término en este archivo o en common.ftl (`-nombre = ...`), o corrija su nombre
message-format-message-note = defina el mensaje al que hace referencia, o corrija su nombre
message-format-variable-note = los mensajes de los módulos no reciben variables; las etiquetas de common.ftl reciben solo las variables que nombra el comentario que tienen encima
# Variables: $module (string); $locale (string); $count (number); $used (string): el idioma que se usa en su lugar.
fallback = { $module } en { $locale }: { $count ->
        [one] { $count } mensaje todavía no está traducido
       *[other] { $count } mensajes todavía no están traducidos
    }, así que se usa { $used } en su lugar
# Variables: $ids (string).
fallback-note = sin traducir: { $ids }
# Variables: $date (string); $minutes (number); $end (string); $ends (string).
plan-overrun = el día { $date } se pasa { $minutes } minutos de su hora de término, { $end } (termina a las { $ends })
plan-overrun-label = hora de término fija
plan-overrun-no-fix = ninguna actividad está marcada como opcional; acorte o quite actividades, o pase una a otro día
# Variables: $activity (string); $module (string); $minutes (number).
plan-overrun-fix = `{ $activity }` de `{ $module }` ({ $minutes } min)
# Variables: $list (string).
plan-overrun-enough = quitar estas actividades opcionales recuperaría el tiempo: { $list }
# Variables: $list (string).
plan-overrun-part = quitar estas actividades opcionales recuperaría parte del tiempo: { $list }

## Plantillas (Tera para HTML, Typst para PDF)

# Variables: $name (string): la plantilla; $error (string): lo que dijo Tera, en inglés.
template-data = no se pudieron preparar los datos para { $name }: { $error }
# Variables: $error (string): lo que dijo Tera, en inglés.
template-error = error en la plantilla: { $error }
template-override-note = esta plantilla es la versión propia del proyecto; Puente no recurre a la plantilla incluida
# Variables: $document (string); $error (string): lo que dijo Typst, en inglés.
typst-error = { $document }: { $error }
# Variables: $hint (string): la sugerencia de Typst, en inglés.
typst-hint = sugerencia: { $hint }

## El sitio web

# Variables: $locale (string); $count (number).
site-locale-left-out = { $locale } no se publica: todavía no está traducido ninguno de sus { $count } mensajes
# Variables: $locale (string).
site-locale-left-out-note = traduzca parte de locales/{ $locale }/ (y borre las líneas `# puente: untranslated`) para publicarlo
# Variables: $plan (string): el archivo del plan; $locales (string): sus idiomas que el sitio no publica.
site-packet-left-out = el paquete de { $plan } no se publica: el sitio no publica `{ $locales }`

## Un mensaje y un término con el mismo nombre

# Variables: $id (string): el mensaje; $term (string): el término, con su `-`.
message-term-clash = el mensaje `{ $id }` tiene el nombre del término `{ $term }`, así que uno de los dos no se puede cargar
# Variables: $id (string): el mensaje; $term (string): el término, con su `-`; $file (string): el archivo del término.
message-term-clash-in = el mensaje `{ $id }` tiene el nombre del término `{ $term }` (en { $file }), así que uno de los dos no se puede cargar
message-term-clash-note = Fluent guarda los mensajes y los términos con un solo nombre, sin el `-`; cámbiele el nombre al mensaje o al término
message-term-clash-label = el término con el mismo nombre
# Variables: $module (string); $modules (string).
usage-no-module = no existe el módulo `{ $module }`; los módulos son: { $modules }
# Variables: $locale (string); $locales (string).
usage-no-translation = no hay traducción para { $locale }: los idiomas son { $locales }. Generarla mostraría texto en inglés marcado como { $locale }; `puente sync --lang { $locale }` empieza la traducción

## puente check --spell: ortografía y terminología

# Variables: $locale (string): the locale tag.
no-dictionary = no hay diccionario Hunspell para { $locale }, así que no se revisó su ortografía
# Variables: $package (string): a Debian package name.
no-dictionary-install = instale uno: en Debian o Ubuntu el paquete suele ser `{ $package }` (`apt-cache search hunspell` los enumera)
# Variables: $name (string): a dictionary name, such as es_MX.
no-dictionary-dict = o indique con `--dict DIR` (o PUENTE_DICT_PATH) una carpeta con { $name }.aff y { $name }.dic
# Variables: $names (string): dictionary names; $dirs (string): the folders searched.
no-dictionary-looked = se buscó { $names } en: { $dirs }
# Variables: $name (string): the dictionary; $locale (string): the locale tag.
no-dictionary-unreadable = no se pudo leer el diccionario { $name }, así que no se revisó la ortografía de { $locale }
# Variables: $word (string); $real (string): the dictionary word; $name (string): the dictionary.
word-list-typo = «{ $word }», en la lista de palabras, parece una errata de «{ $real }», que el diccionario { $name } conoce
# Variables: $real (string): the dictionary word.
word-list-typo-label = ¿quiso decir «{ $real }»?
word-list-typo-note = corríjala; si la palabra es así a propósito, explique por qué después de un `#` en su línea (`todes  # forma inclusiva`)
# Variables: $word (string); $name (string): the dictionary.
spelling = «{ $word }» no está en el diccionario { $name }
spelling-label = palabra desconocida
# Variables: $words (string): the suggestions, each in quotes.
spelling-suggest = ¿quiso decir { $words }?
spelling-no-time = sin sugerencias: hay demasiadas palabras desconocidas para buscarlas todas a tiempo
# Variables: $list (string): the path of the word list.
spelling-word-list = si es correcta (un nombre, un término que el proyecto usa), agréguela a { $list }, una palabra por línea
# Variables: $what (string): the message or term; $written (string): the text typed out; $term (string): the term id, with its `-`; $shown (string): what the term prints.
term-typed-out = { $what } escribe literalmente «{ $written }» en lugar de hacer referencia al término `{ $term }` («{ $shown }»)
# Variables: $term (string): the term id, with its `-`.
term-typed-out-label = escriba `{"{"} { $term } {"}"}` aquí
term-typed-out-note = un término mantiene esta redacción igual en todos los módulos y cambia en todos a la vez; úselo (en la fuente y en cada traducción) salvo que este lugar necesite otras palabras
