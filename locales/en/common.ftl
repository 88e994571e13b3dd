### Labels shared by every Puente document: guides, handouts, cards.
### Every id here starts with "ui-". Module text lives in <module-id>.ftl.

## Document kinds and cover

ui-facilitator-guide = Facilitator guide
ui-participant-handout = Participant handout
ui-total-time = Total time
ui-group-size = Group size
# Variables: $min (number), $max (number): the suggested number of participants.
ui-group-size-value = { $min }–{ $max } participants
ui-current-as-of = Information current as of
ui-licence = Licence
# Variables: $licence (string, e.g. CC-BY-SA-4.0), $version (string, e.g. 1.0.0)
ui-licence-version = { $licence }, version { $version }
# Variables: $date (string): an already formatted date, see ui-date.
ui-legal-notice = This is popular education, not legal advice. Laws and policies change often; this information is current as of { $date }. For advice about your own situation, talk to a qualified immigration attorney or a DOJ-accredited representative.

## Guide sections

ui-objectives = Learning objectives
ui-before-you-begin = Before you begin: caring for the group
ui-agenda = Agenda
ui-activity = Activity
ui-method = Method
ui-grouping = Grouping
ui-stage = Stage
ui-minutes-column = Min.
ui-running-time = Running time
ui-optional = optional
ui-time = Time
ui-purpose = Purpose
ui-materials = Materials
ui-no-materials = No materials needed.
ui-preparation = Preparation
ui-steps = Steps
ui-facilitator-notes = Facilitator notes
ui-debrief = Debrief questions
ui-adaptations = Adaptations
ui-handouts = Handouts
ui-sources = Sources
ui-untranslated = Text not yet translated
ui-untranslated-intro = The passages below are not yet translated into this language, so another language stands in for them. The list is here so nobody is surprised in the room.

## Numbers, durations and dates

# Variables: $minutes (number)
ui-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
# Variables: $hours (number), $minutes (number, 0-59), $total (number): total minutes.
ui-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}
# Variables: $year (number), $month (number, 1-12), $day (number)
ui-date = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $day }, { NUMBER($year, useGrouping: "false") }
# Variables: $quantity (number), $per (string: participant, group or room)
ui-quantity = { $per ->
    [participant] { $quantity } per participant
    [group] { $quantity } per small group
   *[room] { $quantity } for the room
}
# Variables: $page (number), $total (number)
ui-page-of = Page { $page } of { $total }

## Methods

ui-method-circle = Circle
ui-method-pairs = Pairs
ui-method-small-groups = Small groups
ui-method-plenary = Plenary
ui-method-sociodrama = Sociodrama
ui-method-mapping = Community mapping
ui-method-gallery-walk = Gallery walk
ui-method-spectrum-line = Spectrum line
ui-method-timeline = Timeline
ui-method-problem-tree = Problem tree
ui-method-reflection = Reflection
ui-method-presentation = Short presentation
ui-method-fishbowl = Fishbowl
ui-method-role-play = Role play
ui-method-evaluation = Evaluation
ui-method-break = Break

## Groupings

ui-grouping-whole-group = Whole group
ui-grouping-pairs = Pairs
ui-grouping-small-groups = Small groups
ui-grouping-individual = Individual

## Stages of the popular-education spiral

ui-stage-opening = Opening
ui-stage-experience = Starting from experience
ui-stage-patterns = Looking for patterns
ui-stage-new-information = Adding new information
ui-stage-practice = Practising and planning
ui-stage-action = Applying in action
ui-stage-closing = Closing

## Material quantities and kinds

ui-per-participant = per participant
ui-per-group = per small group
ui-per-room = for the room
ui-material-kind-paper = Paper
ui-material-kind-markers = Markers and pens
ui-material-kind-printed = Printed matter
ui-material-kind-room-setup = Room setup
ui-material-kind-other = Other

## Adaptations

ui-adaptation-low-literacy = Low literacy
ui-adaptation-large-group = Large group
ui-adaptation-short-time = Short on time
ui-adaptation-online = Online

## Handout kinds

ui-handout-kind-reading = Reading
ui-handout-kind-worksheet = Worksheet
ui-handout-kind-pocket-card = Pocket card
