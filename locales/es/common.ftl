### Etiquetas compartidas por todos los documentos de Puente: guías, hojas y tarjetas.
### Todos los identificadores empiezan con "ui-". El texto de cada módulo está en <módulo>.ftl.

## Tipos de documento y portada

ui-facilitator-guide = Guía para la persona facilitadora
ui-total-time = Duración total
ui-group-size = Tamaño del grupo
# Variables: $min (number), $max (number): el número sugerido de participantes.
ui-group-size-value = De { $min } a { $max } participantes
ui-current-as-of = Información vigente al
ui-licence = Licencia
# Variables: $licence (string, p. ej. CC-BY-SA-4.0), $version (string, p. ej. 1.0.0)
ui-licence-version = { $licence }, versión { $version }
# Variables: $date (string): una fecha ya formateada, ver ui-date.
ui-legal-notice = Esto es educación popular, no asesoría legal. Las leyes y las políticas cambian con frecuencia; esta información está vigente al { $date }. Para recibir orientación sobre su propia situación, consulte a un { -attorney } o a una { -doj-rep }.

## Secciones de la guía

ui-objectives = Objetivos de aprendizaje
ui-before-you-begin = Antes de empezar: el cuidado del grupo
# puente: same-as-source
ui-agenda = Agenda
ui-activity = Actividad
ui-method = Método
ui-grouping = Agrupación
ui-stage = Etapa
# puente: same-as-source
ui-minutes-column = Min.
ui-running-time = Tiempo acumulado
ui-optional = opcional
ui-time = Tiempo
ui-purpose = Propósito
ui-materials = Materiales
ui-no-materials = No se necesitan materiales.
ui-preparation = Preparación
ui-steps = Pasos
ui-facilitator-notes = Notas para la persona facilitadora
ui-debrief = Preguntas para la reflexión
ui-adaptations = Adaptaciones
ui-handouts = Hojas para participantes
ui-sources = Fuentes
ui-untranslated = Texto que aún no está traducido
ui-untranslated-intro = Los siguientes textos todavía no están traducidos a este idioma, así que aparecen en otro idioma. La lista está aquí para que nadie se lleve una sorpresa durante el taller.
# Variables: $minutes (number): la duración del paso, $start (string), $end (string): el tiempo desde que empezó la actividad, como h:mm.
# puente: same-as-source
ui-step-time = { $minutes } min · { $start }–{ $end }
ui-skip-when-continuing = se omite cuando este módulo sigue a otro el mismo día
ui-preparation-timeline = Calendario de preparación
ui-timeline-week-before = Una semana antes
ui-timeline-day-before = El día anterior
ui-timeline-on-the-day = El mismo día
ui-timeline-after = Después del taller
ui-interpretation = Interpretación y acceso lingüístico
ui-energisers = Dinámicas de animación
ui-energisers-intro = Actividades cortas para despertar al grupo, por ejemplo después de comer. No cuentan en la duración total; un paquete de taller incluye una al comienzo de un módulo que sigue a una comida.
ui-reopening = Para retomar
ui-reopening-intro = Cuando este módulo sigue a otro el mismo día, el grupo ya se conoce y ya hizo sus acuerdos. Empiece con esta actividad y omita las actividades marcadas como omitidas.

## Números, duraciones y fechas

# Variables: $minutes (number)
ui-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
# Variables: $hours (number), $minutes (number, 0-59), $total (number): minutos en total.
# puente: same-as-source
ui-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
# Variables: $year (number), $month (number, 1-12), $day (number)
ui-date = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { NUMBER($year, useGrouping: "false") }
# Variables: $quantity (number), $per (string: participant, group o room)
ui-quantity = { $per ->
    [participant] { $quantity } por participante
    [group] { $quantity } por grupo pequeño
   *[room] { $quantity } para la sala
}
# Variables: $page (number), $total (number)
ui-page-of = Página { $page } de { $total }

## Métodos

ui-method-circle = Círculo
ui-method-pairs = Parejas
ui-method-small-groups = Grupos pequeños
ui-method-plenary = Plenaria
# puente: same-as-source
ui-method-sociodrama = Sociodrama
ui-method-mapping = Mapeo comunitario
ui-method-gallery-walk = Galería
ui-method-spectrum-line = Línea de opiniones
ui-method-timeline = Línea del tiempo
ui-method-problem-tree = Árbol de problemas
ui-method-reflection = Reflexión
ui-method-presentation = Presentación breve
ui-method-fishbowl = Pecera
ui-method-role-play = Juego de roles
ui-method-evaluation = Evaluación
ui-method-energiser = Dinámica de animación
ui-method-break = Receso

## Agrupaciones

ui-grouping-whole-group = Todo el grupo
ui-grouping-pairs = Parejas
ui-grouping-small-groups = Grupos pequeños
# puente: same-as-source
ui-grouping-individual = Individual

## Etapas de la espiral de la educación popular

ui-stage-opening = Apertura
ui-stage-experience = Partir de la experiencia
ui-stage-patterns = Buscar patrones
ui-stage-new-information = Aportar información nueva
ui-stage-practice = Practicar y planificar
ui-stage-action = Aplicar en la acción
ui-stage-closing = Cierre

## Cantidades y tipos de materiales

ui-per-participant = por participante
ui-per-group = por grupo pequeño
ui-per-room = para la sala
ui-material-kind-paper = Papel
ui-material-kind-markers = Marcadores y bolígrafos
ui-material-kind-printed = Material impreso
ui-material-kind-room-setup = Preparación de la sala
ui-material-kind-other = Otros

## Adaptaciones

ui-adaptation-low-literacy = Grupos con poca lectoescritura
ui-adaptation-large-group = Grupo grande
ui-adaptation-short-time = Poco tiempo
ui-adaptation-online = En línea

## Tipos de hoja

ui-handout-kind-reading = Lectura
ui-handout-kind-worksheet = Hoja de trabajo
ui-handout-kind-pocket-card = Tarjeta de bolsillo

## Paquetes de taller: programa, lista de materiales, lista de impresión

ui-workshop-packet = Paquete del taller
ui-run-sheet = Programa con horarios
ui-venue = Lugar
ui-facilitators = Equipo facilitador
ui-participants = Participantes
# Variables: $participants (number), $size (number): personas por grupo pequeño, $groups (number): cuántos grupos pequeños.
ui-participants-value = { $participants } participantes, en { $groups ->
    [one] un grupo pequeño
   *[other] { $groups } grupos pequeños
} de unas { $size } personas
# Variables: $number (number): el día del taller, 1, 2, 3...
ui-day = Día { $number }
# Variables: $weekday (number, 1 = lunes ... 7 = domingo), $date (string): una fecha ya formateada.
ui-weekday-date = { $weekday ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
} { $date }
# Variables: $hour24 (number, 0-23, optional), $hour12 (number, 1-12, optional), $minute (string, dos cifras), $ampm (string: am o pm, optional).
# El reloj de 12 horas ($hour12 y $ampm) o el de 24 horas ($hour24), según el idioma.
ui-clock = { $hour24 }:{ $minute }
ui-time-column = Hora
ui-what = Actividad
ui-break = Receso
ui-meal = Comida
ui-end-of-day = Fin del día
ui-run-energiser = Dinámica de animación
ui-run-reopening = Para retomar: el grupo ya se reunió hoy
# Variables: $activities (string): los títulos de las actividades que reemplaza, separados por comas.
ui-run-reopening-replaces = Para retomar, en lugar de: { $activities }
# Variables: $percent (number): cuánto más dura, en porcentaje; $minutes (number): la duración de la actividad sin interpretación.
ui-run-interpreted = Interpretación consecutiva: { $percent } % más de tiempo ({ $minutes } min sin ella)
# Variables: $time (string): una hora ya formateada.
ui-hard-end = Debe terminar a las { $time }
# Variables: $minutes (number), $time (string): la hora límite, ya formateada.
ui-overrun = Este día dura { $minutes } minutos más de lo previsto: debía terminar a las { $time }.
ui-overrun-fix = Si se omiten estas actividades opcionales, se recupera el tiempo:
# Variables: $minutes (number)
ui-overrun-not-enough = Aun sin estas actividades opcionales, el día se pasaría { $minutes } minutos. Acorte otras actividades o pase una a otro día.
ui-materials-checklist = Lista de materiales
# Variables: $participants (number), $groups (number)
ui-checklist-intro = Las cantidades son para { $participants } participantes en { $groups } grupos pequeños, sumadas para todo el taller. Lo que se reutiliza (marcadores, preparación de la sala) se cuenta una sola vez, según la actividad que más necesita; el papel y el material impreso se suman.
ui-quantity-column = Cantidad
ui-item = Material
ui-tick = Listo
ui-print-list = Lista de impresión
ui-print-intro = Imprima en este orden. Guías para la persona facilitadora: una por cada integrante del equipo facilitador. Hojas para participantes: una por participante, más algunas de reserva.
ui-document = Documento
ui-pages = Páginas
ui-copies = Copias
ui-sides = Caras
ui-sheets = Hojas
ui-single-sided = por una cara
ui-double-sided = por las dos caras
ui-total-sheets = Total de hojas de papel
ui-readme-intro = Esta carpeta tiene todo lo que necesita imprimir y llevar a la sala para este taller. Ningún archivo tiene el nombre de ninguna persona participante, y nada necesita internet.
ui-readme-order = Imprima en este orden:
ui-readme-run-sheet = el programa con horarios, con la hora de cada actividad, receso y comida;
ui-readme-checklist = la lista de materiales, para preparar todo el día anterior;
ui-readme-print-list = la lista de impresión, que dice cuántas copias hacer de cada documento;
ui-readme-guides = una guía para la persona facilitadora por módulo, para cada integrante del equipo facilitador;
ui-readme-handouts = las hojas para participantes y las tarjetas de bolsillo, con las copias que indica la lista de impresión.
ui-readme-files = Archivos
ui-readme-directory = el directorio de apoyo, una copia para cada participante, que puede llevársela.
ui-readme-fill-in = Antes de imprimir, complete esto a mano (o agréguelo al bloque local: del plan y vuelva a generar el paquete):

## Datos locales: el directorio de apoyo y los nombres de los contactos

# Variables: $name (string): el nombre de una organización, $phone (string): su teléfono.
# puente: same-as-source
ui-local-contact = { $name } ({ $phone })
# Variables: $phone (string), $name (string): el teléfono y el nombre de un contacto, como respuesta a una pregunta como «Teléfono de ayuda legal:».
# puente: same-as-source
ui-local-answer = { $phone } ({ $name })
# Variables: $date (string): una fecha ya formateada.
ui-local-checked = Contactos locales verificados el { $date }
ui-support-directory = Dónde encontrar apoyo
ui-local-contacts = Contactos locales
ui-directory-take-one = Esta hoja es para ustedes: cada persona puede llevarse una, o dejarla aquí si le resulta más seguro.
# Variables: $date (string): una fecha ya formateada.
ui-directory-checked = Estos contactos se verificaron el { $date }. Los horarios y los servicios cambian: llame antes de ir.
ui-directory-phone = Teléfono
ui-directory-hours = Horario
ui-directory-languages = Idiomas
ui-directory-address = Dirección
ui-directory-web = Sitio web
# Variables: $tag (string): una etiqueta de idioma como es, en o mam. Nombre los idiomas que se hablan en su región; los demás se imprimen como su etiqueta.
ui-language-name = { $tag ->
    [en] inglés
    [es] español
    [fr] francés
    [pt] portugués
    [ht] criollo haitiano
    [ar] árabe
    [zh] chino
    [vi] vietnamita
    [mam] mam
    [quc] k’iche’
    [ase] lengua de señas americana
   *[other] { $tag }
}
ui-contact-kind-organisation = Organización anfitriona
ui-contact-kind-legal-aid = Ayuda legal
ui-contact-kind-accredited-rep = Representante acreditado o abogada/o
ui-contact-kind-mental-health = Apoyo en salud mental
ui-contact-kind-emergency = Emergencias
ui-contact-kind-rapid-response = Respuesta rápida
ui-contact-kind-shelter = Albergue
ui-contact-kind-medical = Atención médica
ui-contact-kind-food = Alimentos
ui-contact-kind-housing = Vivienda
ui-contact-kind-domestic-violence = Apoyo ante la violencia doméstica
ui-contact-kind-labour-rights = Derechos laborales
ui-contact-kind-interpretation = Interpretación
ui-contact-kind-other = Otro apoyo

## Servidor de vista previa (`puente serve`)

ui-serve-title = Vista previa de Puente
ui-serve-intro = Cada página se actualiza sola cuando se guarda un archivo. En una página, «Mostrar identificadores» indica de qué mensaje y de qué línea viene cada cadena.
ui-serve-coverage = Traducido
ui-serve-pages = Páginas
ui-serve-bilingual = PDF bilingües
ui-serve-pseudo = seudolocalización, para probar el diseño
ui-serve-home = Todos los módulos
ui-serve-in-context = Mostrar identificadores
ui-serve-side-by-side = Original y traducción lado a lado
ui-serve-open-in-editor = Abrir en el editor
ui-serve-problems = Hay problemas en el proyecto. La página muestra la última versión que se pudo generar.
ui-serve-fallback = sin traducir todavía: se muestra otro idioma
ui-serve-outdated = cambió en el original después de su última revisión

ui-plan-title = Planificar un taller
ui-plan-nav = Páginas de Puente
ui-plan-intro = Completen los datos del día y elijan los módulos. La vista previa muestra el programa con horarios y lo que hay que llevar e imprimir. «Descargar paquete» prepara todo lo que se imprime: programa, listas, guías de facilitación y materiales para participantes. Nada de lo que escriban sale de esta computadora ni se guarda.
ui-plan-open = Empezar desde un plan
ui-plan-file = Archivo del plan (.yaml)
ui-plan-open-button = Abrir el plan
ui-plan-file-problems = No se pudo abrir este archivo del plan:
ui-plan-start-from = O empiecen desde un plan de este proyecto:
ui-plan-page-language = Idioma de esta página:
ui-plan-problems = Corrijan esto antes de preparar el paquete
ui-plan-workshop = El taller
ui-plan-field-title = Título
ui-plan-language = Idioma del paquete
ui-plan-language-2 = Segundo idioma, para un paquete bilingüe
ui-plan-none = ninguno
ui-plan-participants = Participantes
ui-plan-group-size = Personas en cada grupo pequeño
ui-plan-spares = Copias de reserva de cada material
ui-plan-paper = Papel
ui-plan-paper-letter = Carta (EE. UU., Canadá, México)
ui-plan-paper-a4 = A4 (casi todo el mundo)
ui-plan-venue = Lugar
ui-plan-venue-help = Solo se imprime en la portada.
ui-plan-facilitators = Equipo facilitador
ui-plan-facilitators-help = Separen los nombres con comas. Se imprimen en la portada; cada persona facilitadora recibe una guía. Aquí no va el nombre de ninguna persona participante.
ui-plan-interpretation = Interpretación en la sala
ui-plan-interpretation-none = ninguna
ui-plan-interpretation-consecutive = consecutiva (la intérprete habla después de cada persona)
ui-plan-interpretation-simultaneous = simultánea (no agrega tiempo)
ui-plan-factor = Cuánto más dura la conversación en plenario
ui-plan-factor-help = Para la interpretación consecutiva: 1.5 es la mitad más. Las actividades en parejas o grupos pequeños conservan su tiempo.
ui-plan-name = Nombre del archivo
ui-plan-name-help = Para el paquete y el archivo del plan: minúsculas sin acentos, dígitos y guiones. Si queda vacío, se toma del título.
ui-plan-date = Fecha
ui-plan-start = Empieza a las
ui-plan-end = Debe terminar a las
ui-plan-end-help = La vista previa avisa si el día se alarga más.
ui-plan-modules = Módulos, en orden
ui-plan-no-modules = Todavía no hay módulos: agreguen uno abajo.
ui-plan-activity = Actividad
ui-plan-minutes = Minutos
ui-plan-drop = Omitir
ui-plan-optional = Opcional
ui-plan-break-after = Receso después (minutos)
ui-plan-meal-after = Comida después (minutos)
ui-plan-move-up = Subir
ui-plan-remove = Quitar
ui-plan-add-module = Agregar un módulo
ui-plan-add = Agregar
ui-plan-add-day = Agregar un día
ui-plan-remove-day = Quitar este día
ui-plan-local = Contactos locales (opcional)
ui-plan-local-intro = Contactos de organizaciones a las que ustedes mismos llamaron. Completan los espacios en blanco de las guías, materiales y tarjetas, y forman un directorio de apoyo de una página. Nunca el nombre ni el número de una persona participante.
ui-plan-contact-kind = Tipo de contacto
ui-plan-contact-name = Nombre de la organización o del servicio
ui-plan-contact-note = Nota
# Variables: $number (number): qué contacto adicional es, desde 1.
ui-plan-more-contact = Otro contacto { $number }
ui-plan-checked = Fecha de la última verificación de los contactos
ui-plan-checked-help = Hace falta si hay algún contacto.
ui-plan-download = Descargar paquete
ui-plan-save = Guardar plan
ui-plan-update = Actualizar la vista previa
ui-plan-private = Sin cuenta y sin cookies: el plan vive en esta página hasta que lo guarden.
ui-plan-preview = Vista previa
ui-plan-preview-waiting = La vista previa aparece cuando el formulario no tiene problemas.
ui-plan-total-copies = Copias para imprimir
ui-plan-pages-later = El número de páginas y hojas está en la lista de impresión del paquete.
## Sitio web (`puente site`)

ui-site-skip = Saltar al contenido
ui-site-title = Puente: talleres de educación popular
ui-site-choose-language = Elige tu idioma
ui-site-language-name = Español
ui-site-languages = Idiomas
ui-site-home = Todos los talleres
ui-site-modules-intro = Cada taller tiene una guía para quien facilita y hojas para participantes, para leer aquí, descargar e imprimir.
ui-site-duration = Duración
ui-site-group-size = Tamaño del grupo
ui-site-objectives = Objetivos
ui-site-overview = Resumen
ui-site-read-online = Leer en línea
ui-site-downloads = Imprimir (PDF)
ui-site-letter = Carta (EE. UU.)
# puente: same-as-source
ui-site-paper-iso = A4
ui-site-bilingual = Bilingüe, lado a lado
ui-site-cards = Tarjetas de bolsillo, para recortar
ui-site-open-module = Abrir el taller
ui-site-search = Buscar
ui-site-search-label = Buscar en los talleres
ui-site-search-none = No se encontró nada.
ui-site-search-needs-script = La búsqueda necesita JavaScript. Todas las páginas aparecen también en la página de inicio de cada idioma.
ui-site-status = Estado de las traducciones
ui-site-status-intro = Cuánto de cada archivo está traducido. Lo que aún no está traducido se muestra en inglés y se marca como tal.
ui-site-file = Archivo
ui-site-translated = Traducido
ui-site-complete = completo
ui-site-partial = traducido en parte
ui-site-started = recién empezado: no se publica
ui-site-fallback-title = Partes de esta página siguen en inglés
ui-site-fallback-intro = Todavía nadie ha traducido estas partes, por eso se muestran en inglés:
ui-site-help-translate = Quienes traducen pueden ver lo que falta en la página del estado de las traducciones.
ui-site-not-found = No se encontró la página
ui-site-not-found-intro = Esta página no existe. Puede que se haya movido. Vuelve a empezar desde un idioma:
ui-site-navigation = Sitio
ui-site-module-navigation = Este taller
ui-site-offline = Este sitio funciona sin internet, también copiado en una memoria USB.
ui-site-packets = Paquetes de taller de ejemplo, para adaptar
ui-site-packets-intro = Cada paquete trae todo lo necesario para un taller que incluye este: un programa con horarios, las guías para la persona facilitadora, las hojas y tarjetas de bolsillo para participantes, una lista de materiales y una lista de impresión que dice cuántas copias hacer. Están hechos con los planes de ejemplo que vienen con Puente: imprime uno tal como está o haz tu propia versión.
ui-site-packets-adapt = Para adaptar un paquete a tu fecha, tus horarios, tu grupo y tus idiomas, descarga su plan, cámbialo y vuelve a hacer el paquete con Puente, desde la línea de comandos o en su planificador en el navegador.
ui-site-packet-days = Horario
ui-site-packet-group = Grupo
ui-site-packet-local = Contactos locales
ui-site-packet-local-value = Con los contactos de una organización y un directorio de apoyo para repartir. Son ejemplos: pon contactos que hayas verificado tú.
ui-site-packet-plan = El plan con el que está hecho (YAML), para copiar y cambiar
# puente: same-as-source
ui-site-kilobytes = KB

## Términos que comparten todos los módulos: un término por concepto.
## Los marcadores son espacios para escribir a mano que los datos
## locales de un plan rellenan.

-org-placeholder = [nombre de su organización]
-legal-aid-placeholder = [organización local de ayuda legal y su teléfono]
-accredited-rep-placeholder = [persona representante acreditada por el Departamento de Justicia (DOJ) o abogada o abogado de inmigración, y su teléfono]
-mental-health-placeholder = [servicio local de apoyo en salud mental y su teléfono]
-refugee-convention = Convención sobre el Estatuto de los Refugiados de 1951
-attorney = abogado o abogada de inmigración con licencia
-doj-rep = persona representante acreditada por el Departamento de Justicia (DOJ)
-ohchr = Oficina de Derechos Humanos de la ONU (ACNUDH)
-ohchr-principles = Principios y Directrices recomendados sobre los derechos humanos en las fronteras internacionales
-udhr = Declaración Universal de Derechos Humanos
-gcm = Pacto Mundial para la Migración Segura, Ordenada y Regular
-gcm-short = Pacto Mundial para la Migración
-hrc = Comité de Derechos Humanos de la ONU
-unhcr = ACNUR (la Agencia de la ONU para los Refugiados)
-idmc = Centro de Monitoreo del Desplazamiento Interno (IDMC)
-dry-corridor = Corredor Seco Centroamericano
-emergency-placeholder = [número local de emergencias y línea de crisis de confianza de la organización]
-crisis-line-placeholder = [línea de crisis que atienda en los idiomas del grupo, y su teléfono]
-family-search-placeholder = [organización regional que ayuda a las familias a buscar a una persona migrante desaparecida, verificada localmente, y su teléfono]
-legal-aid = ayuda legal
-legal-aid-group = grupo de ayuda legal
-name-tag = gafete
-co-facilitator = persona que cofacilita
-referral-sheet = hoja de contactos de apoyo
-quiet-corner = rincón tranquilo
-grounding-practice = práctica para centrarse

## Reglas de seguridad que comparten todos los módulos, palabra por palabra.

-rule-role-play = Las personas participantes nunca hacen el papel de agente de inmigración, de policía ni de ninguna otra autoridad, ni siquiera en broma. Si representar un encuentro ayuda, solo quien facilita puede hacer de autoridad: solo si así lo decide, durante un minuto como máximo y con la { -co-facilitator } atenta a la sala. Después, quien facilita sale del papel en voz alta («Ya no soy el agente; vuelvo a ser quien facilita»), se cambia de lugar, guarda cualquier objeto que haya usado y guía la { -grounding-practice }. Siempre se vale describir la escena en vez de representarla.
-rule-confidentiality = Les pedimos a todas las personas que lo que se comparte aquí se quede en la sala, pero no podemos garantizar que todas lo cumplan. Compartan solo lo que no les molestaría que se repitiera afuera.
-rule-co-facilitator = Trabajen en pareja. Una persona guía la actividad; la { -co-facilitator } observa la sala, controla el tiempo, se queda cerca del { -quiet-corner } y acompaña a quien salga. Acuerden antes quién hace qué; si quieren, pueden cambiar de papel entre actividades.
-rule-venue = Acuerde con quien presta el lugar un plan para el local antes del día. Una persona del equipo facilitador o de quien presta el lugar, nunca una persona participante, atiende la puerta. Si llegan agentes de inmigración o policías, esa persona habla con ellos en la puerta, fuera del salón, y mantiene la puerta cerrada; la otra persona del equipo pausa la sesión y se queda con el grupo. Las personas participantes se quedan en el salón: a nadie se le pide que vaya a la puerta ni que hable por el grupo, y nadie necesita papeles para participar en el taller. Pregunte con tiempo a { -legal-aid-placeholder } qué debe decir y hacer quien atiende la puerta, y tenga ese número a mano. Si llega una persona desconocida con una cámara o un teléfono, pídale con amabilidad que no grabe ni tome fotos y que se retire, y deje que las personas se volteen o se cubran la cara. Sepa dónde están todas las salidas.
-rule-phones = Teléfonos: pida que nadie tome fotos de los papelógrafos, de los mapas ni de otras personas, y que durante los momentos para compartir dejen el teléfono boca abajo. Una foto puede guardar el lugar donde se tomó, puede copiarse sola a la nube, y los chats se reenvían. En un puerto de entrada, los oficiales pueden revisar un teléfono sin ninguna sospecha; una revisión más profunda, con equipo especial, requiere sospecha razonable o un motivo de seguridad nacional. Lleve también en papel los números de teléfono importantes.
-rule-minors = Este taller está pensado para personas adultas. Si vienen menores de 18 años, o si madres y padres traen a sus hijas e hijos, acuerde con la madre, el padre o la persona a cargo en qué partes va a participar cada menor. Avise a esas personas antes de las partes más pesadas, y ofrezca cuidado infantil en otro espacio, con personas de confianza de la organización.
-rule-mandated-reporting = Algunas personas que facilitan están obligadas por ley a denunciar (por ejemplo, docentes, trabajadoras y trabajadores sociales o personal de salud) y quizá tengan que reportar un daño a una niña o un niño del que se enteren. Conozca su propia obligación antes del taller. Si la tiene, dígalo al principio, con palabras sencillas, para que nadie comparta algo sin saberlo. Si no está segura o seguro, pregunte a { -org-placeholder }.
-rule-emergency = Si alguien está en peligro inmediato (por ejemplo, si habla de quitarse la vida o necesita atención médica urgente), detenga la actividad. La { -co-facilitator } se queda con el grupo; usted se queda con la persona, en un lugar privado, y busca ayuda, con su consentimiento siempre que sea posible: { -emergency-placeholder }. Después siga el plan de emergencia de { -org-placeholder }.
-rule-facilitator-care = Cuídense también ustedes. Escuchar sobre pérdidas, miedo y peligro cansa, y quienes facilitan pueden cargar con sus propias historias. Después del taller, tómense veinte minutos con la { -co-facilitator } para hablar de cómo salió y de cómo están, sin nombres de participantes. Sepa dónde puede recibir apoyo usted: { -mental-health-placeholder }.

## Materiales que necesita más de un módulo: un solo nombre para cada uno.

-supply-chairs-in-circle = Sillas en círculo
-supply-flipchart-paper = Papelógrafo o rotafolio (hojas)
-supply-markers = Marcadores (un juego de varios colores)
-supply-masking-tape = Cinta adhesiva de papel (rollo)
-supply-pens = Bolígrafos o lápices
-supply-sticky-notes = Notas adhesivas
-supply-water-and-snacks = Agua y algo sencillo de comer
-supply-evaluation-box = Una caja o un sobre junto a la puerta para los formularios de evaluación anónimos
-supply-blank-name-tags = Un { -name-tag } en blanco, para el primer nombre o un nombre elegido (opcional)
-supply-open-floor-space = Espacio libre para moverse, con sillas a un lado para quien prefiera sentarse
-supply-spectrum-signs = Dos carteles: «De acuerdo» y «En desacuerdo»
-supply-referral-sheet = La { -referral-sheet }, llenada antes del taller
