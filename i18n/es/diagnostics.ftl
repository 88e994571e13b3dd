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
        [one] falta su { $count } mensaje
       *[other] faltan sus { $count } mensajes
    }, y { $locale } está declarado como completo
# Variables: $file (string); $count (number): sus mensajes.
missing-file-fallback = { $file } no existe: { $count ->
        [one] su { $count } mensaje se muestra
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
replacement-character = { $what } contiene U+FFFD ({"\uFFFD"}), señal de un texto leído con la codificación equivocada
check-label-here = aquí
replacement-character-note = vuelva a copiar el texto desde una fuente guardada como UTF-8
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
dropped-variable-variant-note = una variante sin ella pierde esa información para las personas lectoras a las que se les muestra
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
links-who-build = esta generación
