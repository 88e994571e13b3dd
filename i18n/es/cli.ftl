### La ayuda de la línea de comandos de Puente: qué hace cada comando y cada opción.
### `cli-<comando>` es un comando, `cli-<comando>-<opción>` una de sus opciones,
### `cli-arg-<opción>` una opción que comparten varios comandos, `…-long` el texto
### más largo que muestra `--help`, `cli-value-<opción>-<valor>` un valor de una opción.

## Disposición de la ayuda

cli-heading-usage = Uso:
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opciones
cli-usage-options = [OPCIONES]
cli-usage-command = <COMANDO>
cli-usage-command-name = COMANDO
# Variables: $value (string): el valor predeterminado de una opción.
cli-default = [predeterminado: { $value }]
# Variables: $values (string): los valores que acepta una opción, separados por comas.
cli-possible-values = [valores posibles: { $values }]
cli-possible-values-heading = Valores posibles:

## puente

cli-about = Puente convierte módulos de taller (YAML y traducciones en Fluent) en guías para la persona facilitadora y hojas para participantes, listas para imprimir.
cli-after-help =
    Códigos de salida: 0 todo bien, 1 un problema en el contenido (YAML, .ftl, plantillas), 2 un error de uso o del sistema de archivos.

    Ejemplo: puente build --lang es --out out/
cli-arg-root = La carpeta del proyecto (la que contiene curricula/ y locales/).
cli-arg-ui-lang = El idioma de los mensajes y la ayuda de Puente (en, es). Si no se indica, lo deciden LC_ALL, LC_MESSAGES o LANG; si no, inglés.
cli-arg-help = Mostrar la ayuda (--help muestra más)
cli-arg-version = Mostrar la versión
cli-help = Mostrar esta ayuda, o la ayuda del comando indicado
cli-help-command = El comando del que se quiere ver la ayuda.

## Opciones que comparten varios comandos

cli-arg-locales = Revisar un proyecto de Fluent organizado como DIR/<idioma>/**/*.ftl en lugar de la carpeta locales/ de este proyecto (entonces no se lee ningún YAML ni plantilla).
cli-arg-source = El idioma fuente de --locales (del que se traduce), como en o en-US.
cli-arg-large-print = Imprimir el texto de los PDF a 14 pt en lugar de 11,5 pt.
cli-value-format-html = Archivos HTML autónomos, para abrir en un navegador e imprimir.
cli-value-format-pdf = PDF listo para imprimir: guías, hojas y tarjetas de bolsillo, 10 por hoja.
cli-value-format-docx = Documentos de Word editables (guías, hojas, hojas del paquete), con el estilo de templates/reference.docx si existe.
cli-value-format-odt = Texto OpenDocument editable (LibreOffice), con el estilo de templates/reference.odt si existe.
cli-value-paper-letter = Carta (US Letter), 8,5 × 11 pulgadas.
# puente: same-as-source
cli-value-paper-a4 = A4, 210 × 297 mm.

## puente list

cli-list = Mostrar los módulos, cuánto dura cada uno y qué tan completa está cada traducción.

## puente build

cli-build = Escribir las guías para la persona facilitadora, las hojas para participantes y las tarjetas de bolsillo.
cli-build-long = Para cada módulo e idioma se escribe, en OUT/<módulo>/<idioma>/: guide.html y guide.pdf (la guía para la persona facilitadora), handout-<id>.html y .pdf (una por cada hoja para participantes) y cards-<id>.pdf (tarjetas de bolsillo, 10 por hoja, con marcas de corte). --format docx,odt agrega guide.docx y handout-<id>.docx (y .odt) editables, con el estilo de templates/reference.docx y reference.odt si existen. Con --bilingual, los PDF, DOCX y ODT van a OUT/<módulo>/<idioma1>+<idioma2>/. El papel es Carta salvo que se pida A4. No se escribe nada si se encuentra algún problema.
cli-build-modules = Los módulos que se van a generar (por id, como los muestra `puente list`). Todos, si no se indica ninguno.
cli-build-langs = El idioma que se va a generar, como etiqueta de idioma: en, es, es-MX... Repita la opción para más de uno (`--lang en --lang es`). Una traducción que falta se reemplaza con un idioma cercano y, si no, con el inglés, y se informa.
cli-build-format = El formato de salida.
cli-build-out = La carpeta donde se escribe. Los archivos existentes se reemplazan solo si toda la generación termina bien.
cli-build-paper = El tamaño del papel para imprimir.
cli-build-bilingual = Poner dos idiomas uno al lado del otro (PDF): indique exactamente dos --lang; el primero es el idioma principal. Cada bloque de un idioma queda junto al mismo bloque del otro; las tarjetas de bolsillo llevan el segundo idioma al reverso.

## puente packet

cli-packet = Preparar un paquete completo de taller a partir de un archivo de plan.
cli-packet-long = Escribe OUT/<nombre-del-plan>/ con una hoja de ruta (la hora de cada actividad, descanso y comida), una lista de materiales según el tamaño del grupo, una lista de impresión con copias y hojas, una guía para la persona facilitadora por módulo, las hojas para participantes, las tarjetas de bolsillo y un README que dice qué imprimir primero. La carpeta anterior del paquete se reemplaza solo cuando la nueva está completa.
cli-packet-plan = El archivo del plan, por ejemplo plans/one-day-workshop.yaml.
cli-packet-out = La carpeta donde se escribe la carpeta del paquete.
cli-packet-format = Los formatos de salida. El PDF es para imprimir; el HTML, para leer en pantalla.
cli-packet-zip = Escribir también OUT/<nombre-del-plan>.zip con todo el paquete.

## puente check

cli-check = Revisar las traducciones: sintaxis, mensajes que faltan o están desactualizados, variables, referencias y los vínculos entre el YAML, las plantillas y el texto en inglés.
cli-check-long = Los hallazgos se agrupan por el archivo que hay que corregir, cada uno con ruta:línea:columna. Código de salida 1 si hay un error (o, con --strict, una advertencia).
cli-check-langs = Revisar solo este idioma (repita la opción para más). Todos, si no se indica ninguno.
cli-check-json = Mostrar los hallazgos en JSON, con códigos estables.
cli-check-strict = Fallar (código de salida 1) también con advertencias.
cli-check-verbose = Mostrar cada mensaje que falta o está sin traducir por separado, aunque a un archivo le falten muchos (si no, se resumen en un solo hallazgo). `--json` siempre los muestra todos.
cli-check-config = Leer los archivos que se revisan de una configuración de proyecto de compare-locales (l10n.toml): sus rutas, idiomas y basepath.
cli-arg-spell = Revisar también la ortografía, con diccionarios Hunspell, y señalar el texto que escribe literalmente un término en lugar de hacer referencia a él.
cli-arg-dicts = Buscar diccionarios Hunspell (NOMBRE.aff y NOMBRE.dic) primero en esta carpeta (repítalo para más). Después en PUENTE_DICT_PATH, y luego en /usr/share/hunspell y /usr/share/myspell.

## puente status

cli-status = Mostrar qué tan completa está cada traducción, por idioma y por archivo.
cli-status-langs = Mostrar solo este idioma (repita la opción para más).
cli-status-json = Mostrar la tabla en JSON.

## puente sync

cli-sync = Crear un idioma, o ponerlo al día: cada mensaje que le falta se agrega al final, en el orden de la fuente, con el texto en inglés para traducir.
cli-sync-long = El texto existente nunca se cambia ni se mueve; ejecutarlo dos veces no cambia nada la segunda vez. Un mensaje agregado lleva el texto en inglés y cuenta como faltante hasta que alguien lo traduzca.
cli-sync-lang = El idioma que se crea o se actualiza, como ht o pt-BR.

## puente review

cli-review = Registrar que las traducciones se revisaron frente al inglés actual, para que `check` avise cuando el inglés cambie después.
cli-review-long = Si se indica un mensaje cuyo texto es igual al inglés, queda aceptado tal cual (un nombre, una palabra que comparten ambos idiomas). El registro es locales/.reviewed/<idioma>.ftl; inclúyalo en el commit junto con las traducciones.
cli-review-lang = El idioma cuyas traducciones se revisaron.
cli-review-ids = Los id de los mensajes revisados.
cli-review-all = Marcar como revisados todos los mensajes traducidos del idioma.
cli-review-file = Solo en este archivo (una ruta dentro de la carpeta del idioma, como common.ftl), para los id que comparten varios archivos.

## puente serve

cli-serve = Ver el proyecto en un navegador, actualizado en vivo cada vez que se guarda un archivo.
cli-serve-long = Sirve cada guía, hoja y hoja de tarjetas, en HTML y en PDF, en las mismas rutas en que las escribe `build`, en http://127.0.0.1:4000/ salvo que se indique otra cosa. Una página se recarga sola cuando termina la nueva generación; un archivo con errores muestra sus problemas en la página, sobre la última versión correcta. «Mostrar los id de los mensajes» en una página muestra de qué mensaje y línea viene cada cadena. No se escribe nada en el proyecto.
cli-serve-port = El puerto en el que se escucha.
cli-serve-bind = La dirección en la que se escucha. Cualquier dirección que no sea local (loopback) expone la vista previa a la red.
cli-serve-open = Abrir la vista previa en el navegador predeterminado.
cli-serve-editor = Enlaces «Abrir en el editor», con {"{"}path{"}"}, {"{"}line{"}"} y {"{"}col{"}"} completados, como vscode://file/{"{"}path{"}"}:{"{"}line{"}"}:{"{"}col{"}"}.

## puente site

cli-site = Escribir el sitio web multilingüe: una página por módulo, las guías y hojas como páginas, cada PDF en Carta y en A4, búsqueda y estado de las traducciones.
cli-site-long = Todos los enlaces son relativos, así que DIR funciona desde cualquier alojamiento estático o CDN y desde una memoria USB abierta con file://, búsqueda incluida. DIR se reemplaza solo cuando el nuevo sitio está completo. Un idioma sin nada traducido todavía se deja fuera; uno con partes sin traducir se marca como tal.
cli-site-out = La carpeta donde se escribe el sitio (se reemplaza entera).
cli-site-base-url = La dirección en la que se publicará el sitio, como https://example.org/puente/, para sitemap.xml y la página 404.
cli-site-langs = Un idioma que se va a publicar (repita la opción para más). Todos, si no se indica ninguno.

## Errores de uso (lo que encuentra clap, el analizador de la línea de comandos)

# puente: same-as-source
usage-error = error
usage-more-info = Para más información, pruebe '--help'.
# Variables: $arg (string): la opción, como --lang <LANG>.
usage-missing-value = { $arg } necesita un valor y no se dio ninguno
# Variables: $value (string): lo que se dio; $arg (string): la opción; $valid (string): los valores que acepta.
usage-invalid-value = '{ $value }' no es un valor de { $arg }; acepta: { $valid }
# Variables: $value (string): lo que se dio; $arg (string): la opción.
usage-value-validation = '{ $value }' no es un valor válido de { $arg }
# Variables: $arg (string): el argumento dado.
usage-unknown-argument = '{ $arg }' no es una opción de este comando
# Variables: $name (string): el comando dado.
usage-unknown-command = '{ $name }' no es un comando de puente
# Variables: $arg (string): la opción.
usage-argument-twice = { $arg } solo se puede indicar una vez
# Variables: $arg (string), $other (string): dos opciones.
usage-conflict = { $arg } no se puede usar junto con { $other }
# Variables: $arg (string): las opciones o argumentos que faltan.
usage-missing-argument = este comando necesita { $arg }
usage-missing-command = indique un comando, como build o check
# Variables: $value (string): el valor de más; $arg (string): la opción.
usage-too-many-values = '{ $value }' es un valor de más para { $arg }
# Variables: $arg (string): la opción.
usage-wrong-number-of-values = { $arg } recibió un número incorrecto de valores
# Variables: $arg (string): la opción.
usage-no-equals = { $arg } necesita su valor después de `=`
usage-invalid-utf8 = un argumento no es UTF-8 válido
# Variables: $detail (string): la descripción de clap, en inglés.
usage-other = { $detail }
# Variables: $suggestion (string): una opción, un comando o un valor parecido.
usage-tip-similar = sugerencia: ¿quiso decir '{ $suggestion }'?
# Variables: $value (string): lo que se dio; $langs (string): los idiomas de Puente.
usage-unknown-ui-lang = Puente no tiene mensajes en '{ $value }'; --ui-lang acepta: { $langs }
