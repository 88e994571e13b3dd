### Etiquetas compartidas por todos los documentos de Puente: guías, hojas y tarjetas.
### Todos los identificadores empiezan con "ui-". El texto de cada módulo está en <módulo>.ftl.

## Tipos de documento y portada

ui-facilitator-guide = Guía para la persona facilitadora
ui-participant-handout = Hoja para participantes
ui-total-time = Duración total
ui-group-size = Tamaño del grupo
# Variables: $min (number), $max (number): el número sugerido de participantes.
ui-group-size-value = De { $min } a { $max } participantes
ui-current-as-of = Información vigente al
ui-licence = Licencia
# Variables: $licence (string, p. ej. CC-BY-SA-4.0), $version (string, p. ej. 1.0.0)
ui-licence-version = { $licence }, versión { $version }
# Variables: $date (string): una fecha ya formateada, ver ui-date.
ui-legal-notice = Esto es educación popular, no asesoría legal. Las leyes y las políticas cambian con frecuencia; esta información está vigente al { $date }. Para recibir orientación sobre su propia situación, consulte a un abogado o abogada de inmigración con licencia o a una persona representante acreditada por el Departamento de Justicia (DOJ).

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
