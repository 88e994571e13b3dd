### Labels shared by every Puente document: guides, handouts, cards.
### Every id here starts with "ui-". Module text lives in <module-id>.ftl.

## Document kinds and cover

ui-facilitator-guide = Facilitator guide
ui-total-time = Total time
ui-group-size = Group size
# Variables: $min (number), $max (number): the suggested number of participants.
ui-group-size-value = { $min }–{ $max } participants
ui-current-as-of = Information current as of
ui-licence = Licence
# Variables: $licence (string, e.g. CC-BY-SA-4.0), $version (string, e.g. 1.0.0)
ui-licence-version = { $licence }, version { $version }
# Variables: $date (string): an already formatted date, see ui-date.
ui-legal-notice = This is popular education, not legal advice. Laws and policies change often; this information is current as of { $date }. For advice about your own situation, talk to a { -attorney } or a { -doj-rep }.

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
# Variables: $minutes (number): the step's length, $start (string), $end (string): the time since the activity began, as h:mm.
ui-step-time = { $minutes } min · { $start }–{ $end }
ui-skip-when-continuing = left out when this module follows another on the same day
ui-preparation-timeline = Preparation timeline
ui-timeline-week-before = A week before
ui-timeline-day-before = The day before
ui-timeline-on-the-day = On the day
ui-timeline-after = After the workshop
ui-interpretation = Interpretation and language access
ui-energisers = Energisers
ui-energisers-intro = Short activities to wake the group up, for example after a meal. They are not counted in the total time; a workshop packet runs one at the start of a module that follows a meal.
ui-reopening = Re-opening
ui-reopening-intro = When this module follows another one on the same day, the group has already met and made its agreements. Open with this activity instead, and leave out the activities marked as left out.

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
ui-method-energiser = Energiser
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

## Workshop packets: run sheet, materials checklist, print list

ui-workshop-packet = Workshop packet
ui-run-sheet = Run sheet
ui-venue = Venue
ui-facilitators = Facilitators
ui-participants = Participants
# Variables: $participants (number), $size (number): people per small group, $groups (number): how many small groups.
ui-participants-value = { $participants } participants, in { $groups ->
    [one] one small group
   *[other] { $groups } small groups
} of about { $size }
# Variables: $number (number): the day of the workshop, 1, 2, 3...
ui-day = Day { $number }
# Variables: $weekday (number, 1 = Monday ... 7 = Sunday), $date (string): an already formatted date.
ui-weekday-date = { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}, { $date }
# Variables: $hour24 (number, 0-23, optional), $hour12 (number, 1-12, optional), $minute (string, two digits), $ampm (string: am or pm, optional).
# Use the 12-hour clock ($hour12 and $ampm) or the 24-hour clock ($hour24), as your language does.
ui-clock = { $hour12 }:{ $minute } { $ampm ->
    [am] a.m.
   *[pm] p.m.
}
ui-time-column = Time
ui-what = What
ui-break = Break
ui-meal = Meal
ui-end-of-day = End of the day
ui-run-energiser = Energiser
ui-run-reopening = Re-opening: the group has already met today
# Variables: $activities (string): the titles of the activities it replaces, joined with commas.
ui-run-reopening-replaces = Re-opening, in place of: { $activities }
# Variables: $percent (number): how much longer, in percent; $minutes (number): the activity's length without interpretation.
ui-run-interpreted = Consecutive interpretation: { $percent } % longer ({ $minutes } min without it)
# Variables: $time (string): an already formatted clock time.
ui-hard-end = Must end by { $time }
# Variables: $minutes (number), $time (string): the hard end, already formatted.
ui-overrun = This day runs { $minutes } minutes past its { $time } end time.
ui-overrun-fix = Cutting these optional activities would recover the time:
# Variables: $minutes (number)
ui-overrun-not-enough = Even without these optional activities, the day would still run { $minutes } minutes over. Shorten other activities or move one to another day.
ui-materials-checklist = Materials checklist
# Variables: $participants (number), $groups (number)
ui-checklist-intro = Quantities are for { $participants } participants in { $groups } small groups, added up over the whole workshop. Reusable things (markers, room setup) are counted once for the largest need; paper and printed matter are added up.
ui-quantity-column = Quantity
ui-item = Item
ui-tick = Done
ui-print-list = Print list
ui-print-intro = Print in this order. Facilitator guides: one for each facilitator. Handouts: one for each participant, plus spares.
ui-document = Document
ui-pages = Pages
ui-copies = Copies
ui-sides = Sides
ui-sheets = Sheets
ui-single-sided = single-sided
ui-double-sided = double-sided
ui-total-sheets = Total sheets of paper
ui-readme-intro = This folder holds everything you need to print and carry into the room for this workshop. Nothing in it has any participant’s name, and nothing needs the internet.
ui-readme-order = Print in this order:
ui-readme-run-sheet = the run sheet, with a clock time for every activity, break and meal;
ui-readme-checklist = the materials checklist, to pack the day before;
ui-readme-print-list = the print list, which says how many copies of each document to make;
ui-readme-guides = one facilitator guide per module, for each facilitator;
ui-readme-handouts = the participant handouts and pocket cards, in the copies the print list gives.
ui-readme-files = Files
ui-readme-directory = the support directory, one copy for each participant to take home.
ui-readme-fill-in = Before you print, fill these in by hand (or add them to the local: block of the plan and make the packet again):

## Local details: the support directory and the names of contacts

# Variables: $name (string): an organisation's name, $phone (string): its phone number.
ui-local-contact = { $name } ({ $phone })
# Variables: $phone (string), $name (string): a contact's phone number and name, answering a prompt such as “Legal aid phone:”.
ui-local-answer = { $phone } ({ $name })
# Variables: $date (string): an already formatted date.
ui-local-checked = Local contacts checked on { $date }
ui-support-directory = Where to find support
ui-local-contacts = Local contacts
ui-directory-take-one = This sheet is for you: take one home, or leave it here if that feels safer.
# Variables: $date (string): an already formatted date.
ui-directory-checked = These contacts were checked on { $date }. Hours and services change: call before you go.
ui-directory-phone = Phone
ui-directory-hours = Hours
ui-directory-languages = Languages
ui-directory-address = Address
ui-directory-web = Web
# Variables: $tag (string): a language tag such as es, en or mam. Name the languages people in your region speak; any other prints as its tag.
ui-language-name = { $tag ->
    [en] English
    [es] Spanish
    [fr] French
    [pt] Portuguese
    [ht] Haitian Creole
    [ar] Arabic
    [zh] Chinese
    [vi] Vietnamese
    [mam] Mam
    [quc] K’iche’
    [ase] American Sign Language
   *[other] { $tag }
}
ui-contact-kind-organisation = Host organisation
ui-contact-kind-legal-aid = Legal aid
ui-contact-kind-accredited-rep = Accredited representative or attorney
ui-contact-kind-mental-health = Mental-health support
ui-contact-kind-emergency = Emergency
ui-contact-kind-rapid-response = Rapid response
ui-contact-kind-shelter = Shelter
ui-contact-kind-medical = Medical care
ui-contact-kind-food = Food
ui-contact-kind-housing = Housing
ui-contact-kind-domestic-violence = Domestic-violence support
ui-contact-kind-labour-rights = Workers’ rights
ui-contact-kind-interpretation = Interpretation
ui-contact-kind-other = Other support

## Preview server (`puente serve`)

ui-serve-title = Puente preview
ui-serve-intro = Each page updates by itself when a file is saved. In a page, “Show message ids” shows which message and line each string comes from.
ui-serve-coverage = Translated
ui-serve-pages = Pages
ui-serve-bilingual = Bilingual PDFs
ui-serve-pseudo = pseudo-locale, for testing layouts
ui-serve-home = All modules
ui-serve-in-context = Show message ids
ui-serve-side-by-side = Source and translation side by side
ui-serve-open-in-editor = Open in editor
ui-serve-problems = Problems in the project. The page shows the last version that built.
ui-serve-fallback = not translated yet: another language stands in
ui-serve-outdated = changed in the source since it was last reviewed

ui-plan-title = Plan a workshop
ui-plan-nav = Puente pages
ui-plan-intro = Fill in the day and choose the modules. The preview shows the run sheet with clock times and what to bring and print. “Download packet” makes everything to print: run sheet, checklists, facilitator guides and handouts. Nothing you type leaves this computer, and nothing is kept.
ui-plan-open = Start from a plan
ui-plan-file = Plan file (.yaml)
ui-plan-open-button = Open the plan
ui-plan-file-problems = This plan file could not be opened:
ui-plan-start-from = Or start from a plan of this project:
ui-plan-page-language = Language of this page:
ui-plan-problems = Fix these before the packet can be made
ui-plan-workshop = The workshop
ui-plan-field-title = Title
ui-plan-language = Language of the packet
ui-plan-language-2 = Second language, for a bilingual packet
ui-plan-none = none
ui-plan-participants = Participants
ui-plan-group-size = People in each small group
ui-plan-spares = Spare copies of each handout
ui-plan-paper = Paper
ui-plan-paper-letter = Letter (US, Canada, Mexico)
ui-plan-paper-a4 = A4 (most of the world)
ui-plan-venue = Venue
ui-plan-venue-help = Printed on the cover only.
ui-plan-facilitators = Facilitators
ui-plan-facilitators-help = Separated by commas. Printed on the cover; each facilitator gets a guide. No participant’s name goes here.
ui-plan-interpretation = Interpretation in the room
ui-plan-interpretation-none = none
ui-plan-interpretation-consecutive = consecutive (the interpreter speaks after each speaker)
ui-plan-interpretation-simultaneous = simultaneous (no time added)
ui-plan-factor = How much longer whole-group talk takes
ui-plan-factor-help = For consecutive interpretation: 1.5 is half as long again. Activities in pairs or small groups keep their time.
ui-plan-name = File name
ui-plan-name-help = For the packet and the plan file: lower-case letters, digits and hyphens. Made from the title when left empty.
ui-plan-date = Date
ui-plan-start = Starts at
ui-plan-end = Must end by
ui-plan-end-help = The preview warns when the day runs later.
ui-plan-modules = Modules, in order
ui-plan-no-modules = No modules yet: add one below.
ui-plan-activity = Activity
ui-plan-minutes = Minutes
ui-plan-drop = Leave out
ui-plan-optional = Optional
ui-plan-break-after = Break after it (minutes)
ui-plan-meal-after = Meal after it (minutes)
ui-plan-move-up = Move up
ui-plan-remove = Remove
ui-plan-add-module = Add a module
ui-plan-add = Add
ui-plan-add-day = Add a day
ui-plan-remove-day = Remove this day
ui-plan-local = Local contacts (optional)
ui-plan-local-intro = Contacts of organisations you have called yourself. They fill the blanks of the guides, handouts and cards, and make a one-page support directory. Never a participant’s name or number.
ui-plan-contact-kind = Kind of contact
ui-plan-contact-name = Name of the organisation or service
ui-plan-contact-note = Note
# Variables: $number (number): which extra contact this is, from 1.
ui-plan-more-contact = Other contact { $number }
ui-plan-checked = Contacts last checked on
ui-plan-checked-help = Needed when there is any contact.
ui-plan-download = Download packet
ui-plan-save = Save plan
ui-plan-update = Update the preview
ui-plan-private = No account, no cookies: the plan lives in this page until you save it.
ui-plan-preview = Preview
ui-plan-preview-waiting = The preview appears once the form has no problems.
ui-plan-total-copies = Copies to print
ui-plan-pages-later = Page and sheet counts are in the packet’s print list.
## Site (`puente site`)

ui-site-skip = Skip to the content
ui-site-title = Puente: popular-education workshops
ui-site-choose-language = Choose your language
ui-site-language-name = English
ui-site-languages = Languages
ui-site-home = All workshops
ui-site-modules-intro = Each workshop has a facilitator guide and participant handouts to read here, download and print.
ui-site-duration = Duration
ui-site-group-size = Group size
ui-site-objectives = Objectives
ui-site-overview = Overview
ui-site-read-online = Read online
ui-site-downloads = Print (PDF)
ui-site-letter = US Letter
ui-site-paper-iso = A4
ui-site-bilingual = Bilingual, side by side
ui-site-cards = Pocket cards, to cut out
ui-site-open-module = Open the workshop
ui-site-search = Search
ui-site-search-label = Search the workshops
ui-site-search-none = Nothing found.
ui-site-search-needs-script = Search needs JavaScript. Every page is also listed on the home page of each language.
ui-site-status = Translation status
ui-site-status-intro = How much of each file is translated. Whatever is not translated yet is shown in English and marked as such.
ui-site-file = File
ui-site-translated = Translated
ui-site-complete = complete
ui-site-partial = partly translated
ui-site-started = only started: not published
ui-site-fallback-title = Parts of this page are still in English
ui-site-fallback-intro = Nobody has translated these parts yet, so they are shown in English:
ui-site-help-translate = Translators can see what is missing on the translation status page.
ui-site-not-found = Page not found
ui-site-not-found-intro = This page does not exist. It may have moved. Start again from a language:
ui-site-navigation = Site
ui-site-module-navigation = This workshop
ui-site-offline = This site works without internet, also copied onto a USB stick.
ui-site-packets = Example workshop packets, to adapt
ui-site-packets-intro = Each packet holds everything for one workshop that uses this one: a run sheet with clock times, the facilitator guides, the handouts and pocket cards, a materials checklist and a print list that says how many copies to make. They are made from the example plans that come with Puente: print one as it is, or adapt it.
ui-site-packets-adapt = To adapt a packet to your own date, times, group and languages, download its plan, change it, and make the packet again with Puente, from its command line or in its planner in your browser.
ui-site-packet-days = Schedule
ui-site-packet-group = Group
ui-site-packet-local = Local contacts
ui-site-packet-local-value = Filled in with one organisation's contacts, and a support directory to hand out. They are examples: put in contacts you have checked yourself.
ui-site-packet-plan = The plan it is made from (YAML), to copy and change
ui-site-kilobytes = KB

## Terms shared by every module: one term per concept, so that modules
## cannot drift apart. Placeholders are write-in blanks that a plan's
## local details fill.

-org-placeholder = [your organisation]
-legal-aid-placeholder = [local legal aid organisation and phone number]
-accredited-rep-placeholder = [DOJ-accredited representative or immigration attorney, and phone number]
-mental-health-placeholder = [local mental-health support and phone number]
-refugee-convention = 1951 Refugee Convention
-attorney = qualified immigration attorney
-doj-rep = DOJ-accredited representative
-ohchr = UN Human Rights Office (OHCHR)
-ohchr-principles = Recommended Principles and Guidelines on Human Rights at International Borders
-udhr = Universal Declaration of Human Rights
-gcm = Global Compact for Safe, Orderly and Regular Migration
-gcm-short = Global Compact for Migration
-hrc = UN Human Rights Committee
-unhcr = UNHCR (the UN Refugee Agency)
-idmc = Internal Displacement Monitoring Centre (IDMC)
-dry-corridor = Central American Dry Corridor
-emergency-placeholder = [local emergency number, and the crisis line the organisation trusts]
-crisis-line-placeholder = [crisis line that answers in the group’s languages, and phone number]
-family-search-placeholder = [regional organisation that helps families search for a missing migrant, checked locally, and phone number]
-legal-aid = legal aid
-legal-aid-group = legal-aid group
-name-tag = name tag
-co-facilitator = co-facilitator
-referral-sheet = support contacts sheet
-quiet-corner = quiet corner
-grounding-practice = grounding practice

## Safety rules shared by every module, word for word.

-rule-role-play = Participants never play an immigration agent, a police officer or any other enforcement official, not even as a joke. If acting out an encounter would help, only a facilitator may play the official: only if they choose to, for a minute at most, with the { -co-facilitator } watching the room. Afterwards the facilitator steps out of the role out loud (“I am not the agent any more; I am your facilitator again”), moves to another spot and puts away any prop, and then leads the { -grounding-practice }. It is always fine to describe the scene instead of acting it out.
-rule-confidentiality = We ask everyone to keep what is shared here in the room, but we cannot promise that everyone will. Share only what you would be comfortable hearing repeated outside.
-rule-co-facilitator = Work in pairs. One facilitator leads; the { -co-facilitator } watches the room, keeps time, stays near the { -quiet-corner } and goes with anyone who steps out. Agree beforehand who does what, and swap roles between activities if you like.
-rule-venue = Agree a venue plan with the host before the day. One facilitator or the host, never a participant, answers the door. If immigration agents or police come, that person speaks with them at the door, outside the room, and keeps the door closed; the other facilitator pauses the session and stays with the group. Participants stay in the room: nobody is asked to go to the door or to speak for the group, and nobody needs papers to take part in the workshop. Ask { -legal-aid-placeholder } beforehand what the person at the door should say and do, and keep that number at hand. If a stranger with a camera or phone arrives, politely ask them not to film or photograph and to leave, and let people turn away or cover their faces. Know where every exit is.
-rule-phones = Phones: ask people not to photograph charts, maps or one another, and to keep phones face down during sharing. A photo can carry the place where it was taken, it can copy itself to the cloud, and chats get forwarded. At a port of entry, officers can look through a phone without any suspicion; a deeper search with equipment needs reasonable suspicion or a national-security concern. Keep important phone numbers on paper too.
-rule-minors = This workshop is written for adults. If people under 18 come, or parents bring children, agree with the parent or carer what the young person will join. Warn carers before the heavy parts, and offer childcare in a separate space with people the organisation trusts.
-rule-mandated-reporting = Some facilitators are mandated reporters (for example teachers, social workers or health workers) and may have to report harm to a child that they hear about. Know your own duty before the workshop. If you have one, say so at the start, in plain words, so that nobody shares without knowing. If you are not sure, ask { -org-placeholder }.
-rule-emergency = If someone is in immediate danger (for example they speak of ending their life, or need urgent medical help), stop the activity. The { -co-facilitator } stays with the group; you stay with the person, somewhere private, and get help with their consent wherever possible: { -emergency-placeholder }. Then follow the emergency plan of { -org-placeholder }.
-rule-facilitator-care = Look after yourselves too. Hearing about loss, fear and danger takes a toll, and facilitators may carry their own stories. After the workshop, take twenty minutes with the { -co-facilitator } to talk about how it went and how you are, without names of participants. Know where you can get support yourself: { -mental-health-placeholder }.

## Materials that more than one module needs: one name each, so that a
## packet's checklist and the guides name them alike. A module's
## material-<id> message uses the term.

-supply-chairs-in-circle = Chairs set in a circle
-supply-flipchart-paper = Flipchart paper (sheets)
-supply-markers = Markers (a set of several colours)
-supply-masking-tape = Masking tape (roll)
-supply-pens = Pens or pencils
-supply-sticky-notes = Sticky notes
-supply-water-and-snacks = Water and simple snacks
-supply-evaluation-box = A box or envelope by the door for the anonymous evaluation forms
-supply-blank-name-tags = A blank { -name-tag }, for a first name or a chosen name (optional)
-supply-open-floor-space = Open floor space to move, with chairs along the side for anyone who prefers to sit
-supply-spectrum-signs = Two signs, “Agree” and “Disagree”
-supply-referral-sheet = The { -referral-sheet }, filled in before the workshop
