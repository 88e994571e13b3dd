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
