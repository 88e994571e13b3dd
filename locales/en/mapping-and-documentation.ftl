### Mapping and Documenting Human Rights in Our Region: every word of the module (English).
### The message ids are derived from curricula/mapping-and-documentation/module.yaml.
### Popular education, not legal advice. Researched through June 2026; verify before each workshop.

## Terms used throughout this file

-current-date = June 2026
-module-name = Mapping and Documenting Human Rights in Our Region

## Module

module-title = { -module-name }
module-summary = A workshop of three hours for community members, promotoras, volunteers and people who already help their neighbours. Starting from what people know about their own region, the group draws a map with three layers: missing or unequal services, enforcement, and help. It learns how to write down a human rights concern without putting anyone at risk: the consent of the person affected, what never to write down, how details that seem harmless can identify someone, and how to keep records safe on paper and on a phone. Then it practises turning invented, anonymous reports into a tally and two or three community recommendations, learns where such recommendations can go, locally, nationally and internationally, and chooses a first step. Popular education, not legal advice; researched through { -current-date }. Verify before each workshop.

## Objectives

objective-map-conditions = Map, as a group, how poverty and unequal services, immigration enforcement, and places of help meet in their region.
objective-map-safely = Follow safe-mapping rules: no homes, routes, workplaces or names, and help shown as a type of service rather than an exact address.
objective-consent-first = Explain why the person affected decides whether and how their incident is reported, and how a report can put them at risk.
objective-details-identify = Explain how details that seem harmless (a date, a time, a place, a vehicle) can together identify a person, and how to blur them.
objective-store-safely = Name three ways a record can leave your control on paper or on a phone, and one thing to do about each.
objective-report-to-recommendation = Turn anonymous reports into a tally, find a pattern, and draft a community recommendation.
objective-where-it-goes = Name where community recommendations can go: local decision-makers, national complaint and oversight channels through a legal partner, and international human rights bodies.
objective-first-step = Choose one concrete, safe first step to take after the workshop.

## Safety

safety-not-legal-advice = This workshop is popular education, not legal advice. Say so at the start and again whenever the talk turns to law, phones at the border or complaints. Tell people to consult a { -attorney } or a { -doj-rep } about their own situation.
safety-research-date = The facts in this guide were researched through { -current-date }. Rules on phone searches at the border and the ways to reach international bodies change. Before each workshop, ask { -legal-aid-placeholder } what has changed, and correct the handouts by hand if needed.
safety-evidence-risk = In a room that may include undocumented people, a map or a note can become evidence against the people in it. In every activity, safety comes before completeness. When in doubt, leave it out.
safety-collect-nothing = Collect nothing that identifies anyone. No sign-in sheet with names, no attendance list, no immigration status, no A-numbers, no home addresses, no routes. Take phone numbers only if they are truly needed, and destroy them after use. No photos of people, and no photo of the finished map unless the whole group agrees. Do not plan or announce the workshop on a public social-media event page. Follow-up happens only with people who opt in, through an encrypted messenger. These are this module’s own rules, built from the guidance in its sources.
safety-confidentiality-limits = Be honest about confidentiality. Say: “We ask everyone to keep what is shared here, but we cannot guarantee it. Share only what you would be OK with others repeating.” Never promise that what is said in the room stays in the room.
safety-opt-out = Anyone can pass, stay quiet or step out at any time, with no explanation. Say this at the start and again before the map and the documentation activities. Nobody has to share their own story, their immigration status or where they live.
safety-grounding = Teach one short { -grounding-practice } at the start and use it whenever the room gets heavy: both feet on the floor, look around and silently name three things you can see, then three slow breaths together. Anyone may also step out to the { -quiet-corner }.
safety-no-officials = This module has no role-play of officials. Nobody plays an immigration agent, a police officer or any official, and every practice case is read from paper. If a group ever needs to see an encounter acted out, only a facilitator may play the official, voluntarily and for no more than a minute, then says clearly “I am stepping out of the role; I am myself again”, and the group does the { -grounding-practice } together.
safety-filming-choice = Filming or observing enforcement is a personal choice, never an assignment from this group. People without U.S. citizenship may prefer not to go near immigration agents at all. Do not ask anyone to film, watch or follow anything.
safety-disclosure = If someone shares something serious (an abuse, a detention, a danger they are in now): thank them; do not ask for details; do not write it down; gently bring the group back; offer a private moment after the session; and connect them with the contacts on the { -referral-sheet }. Never promise an outcome. If the person is in danger right now, follow the emergency plan of { -org-placeholder }.
safety-minors-and-reporting = Decide before the workshop what you will do if minors come, and whether any facilitator is a mandated reporter (for example a teacher or clinic worker) who would have to report something said about a child. If so, tell the group at the start, in plain words, what that facilitator would have to report. Ask { -org-placeholder } for its policy.
safety-referrals = Fill in the { -referral-sheet } before the workshop and copy it for every participant, so nobody has to ask for it in front of others: { -legal-aid-placeholder }; { -accredited-rep-placeholder }; { -mental-health-placeholder }. Check that each one is still open and taking new people. Never invent a name or a phone number. If you do not have a contact, say so honestly and ask { -org-placeholder } to help you find one.
safety-venue-plan = Agree a venue safety plan with the venue before the day: who answers the door if an agent, or a stranger with a camera, comes; that this person steps outside, closes the door behind them and does not let anyone in without speaking first with { -legal-aid-placeholder }; that everyone else stays calm and seated, and nobody has to answer questions or show papers; and where the maps and worksheets go (face down, or folded away) while this happens. Tell the group the plan in one calm sentence at the start.
safety-two-facilitators = Work in pairs if you can: one person leads, the other watches the room, looks after the { -quiet-corner } and steps out with anyone who needs it. Both keep to the same agreements.
safety-information-not-fear = Lead with information, not fear. Give clear, calm facts and concrete things people can do. When a topic is frightening, say what people can do about it and where to get help.

## Activity: welcome-agreements

activity-welcome-agreements-title = Welcome and agreements
activity-welcome-agreements-purpose = Build a safe, shared space: say what this workshop is and is not, be honest about what we can and cannot promise, and agree together how we will take care of each other.
activity-welcome-agreements-prep-chart-agreements = On flipchart paper, write the starting agreements: one voice at a time; we ask everyone to keep what is shared here, but we cannot guarantee it, so share only what you would be OK with others repeating; anyone can pass or step out; no names of real people, no addresses, no one’s status; no photos or recordings; every question is welcome.
activity-welcome-agreements-prep-support-contacts = Fill in the { -referral-sheet } with checked local contacts (see the safety notes) and copy one for every participant, plus a few spares. Put one face down on each chair, so everyone gets it without asking.
activity-welcome-agreements-prep-quiet-corner = Set up a { -quiet-corner } with a chair and some water, away from the circle, where anyone can sit for a moment.
activity-welcome-agreements-step-welcome = Welcome people as they arrive. Introduce yourself and { -org-placeholder } in one or two sentences. Show where the bathrooms, the water, the exits and the { -quiet-corner } are. Tell the group the venue safety plan in one calm sentence: “If anyone unexpected comes to the door, my { -co-facilitator } will go out and talk to them; the rest of us stay here, and nobody has to answer anything.”
activity-welcome-agreements-step-name-tags = Offer blank name tags and say: “Write a first name, or any name you would like to be called today. It does not have to be your real name, and you can skip the { -name-tag }.” Explain that there is no sign-in sheet and nobody will keep a list of who came.
activity-welcome-agreements-step-not-legal-advice = Explain what today is: “This is popular education. We learn from each other, and from people who have documented human rights in other places. It is not legal advice. For your own situation, please talk to a { -attorney } or a { -doj-rep }. What we share was researched through { -current-date }; some of it changes, so always check.”
activity-welcome-agreements-step-propose = Read the starting agreements aloud, one at a time. After each one, ask: “Can we all live with this?” and wait for nods.
activity-welcome-agreements-step-confidentiality = Stop at the agreement about keeping what is shared. Say it slowly, in your own words: “We ask everyone to keep what is shared here, but we cannot guarantee it. So share only what you would be OK with others repeating.” Add: “That is why today we talk about places and patterns, not about ourselves or people we know.”
activity-welcome-agreements-step-add = Ask: “What else do you need from this group to feel safe and to take part?” Add each new agreement to the chart in the group’s own words.
activity-welcome-agreements-step-grounding = Teach the { -grounding-practice }: “If things get heavy today, we can pause together. Both feet on the floor. Look around and silently name three things you can see. Then three slow breaths.” Practise it once together, then post the chart where everyone can see it.
activity-welcome-agreements-debrief-anything-missing = Is anything missing from our agreements?
activity-welcome-agreements-debrief-what-needed = What do you need today to take part fully?
activity-welcome-agreements-note-honest-confidentiality = Do not say “what is said here stays here”. In an open community room nobody can promise it, and people who may be undocumented deserve the truth. Being honest about the limits is part of being trustworthy.
activity-welcome-agreements-note-no-records = Do not write down anyone’s name, phone number or immigration status, not even in your own notes. If someone offers you their contact details, thank them and point to the { -referral-sheet } instead.
activity-welcome-agreements-note-door-plan = Before you start, check with your { -co-facilitator } who will answer the door if needed. Keep the door closed but not locked during the workshop, and know where the exits are.
activity-welcome-agreements-note-first-time = Some people may be in a group like this for the first time and may feel watched. Explain calmly why there is no sign-in sheet; hearing this often builds trust.
activity-welcome-agreements-adapt-low-literacy = Read every agreement aloud and draw a simple picture next to each one: a closed mouth for “one voice at a time”, an open door for “you can step out”, a crossed-out camera for “no photos”.
activity-welcome-agreements-adapt-large-group = With more than twenty people, read the agreements aloud instead of going around the circle, and ask for additions by a show of hands, two or three at most.
activity-welcome-agreements-adapt-short-time = Keep the honest confidentiality agreement, the right to step out and the { -grounding-practice }; cut the round of additions and ask people to come to you at the break with anything they want to add.
activity-welcome-agreements-adapt-online = Use a platform your organisation trusts, with recording turned off. Tell people they may rename themselves with any name and keep their camera off. Paste the agreements in the chat, and ask for a reaction to confirm them. Say that online, too, nobody can guarantee that others are alone in their room.

## Activity: move-if

activity-move-if-title = Move if…
activity-move-if-purpose = Start from experience: without names or personal stories, see together how services, enforcement and help show up in daily life in our region.
activity-move-if-prep-statements = Choose six to eight statements about public life in the region, such as: “Move if you have waited more than half an hour for a bus here”; “…if you have seen an emergency alert only in English”; “…if you know a street that floods when it rains”; “…if you know a place where people get free help”; “…if you have passed a checkpoint on the way to work or school”; “…if you know a clinic that asks for ID at the door”; “…if you have helped a neighbour fill in a form”.
activity-move-if-prep-chart-words = Write three headings on a flipchart sheet, to be used by the map later: “What is missing or unequal”, “Enforcement”, “Help”.
activity-move-if-step-explain = Explain: “I will read a sentence. If it is true for you, move: stand up, change chairs, raise a hand or just nod. Nobody has to move, and nobody will ask why you moved.”
activity-move-if-step-rounds = Read the statements one at a time, leaving a few seconds after each for people to look around and see who else moved. Do not ask anyone to explain.
activity-move-if-step-pair-talk = Ask people to turn to a neighbour for three minutes: “Which sentence made you think of a place in our region? Talk about the place, not about yourself.”
activity-move-if-step-words = Ask for a few words aloud and write each under one of the three headings. Say: “We will put these on our map.”
activity-move-if-debrief-what-noticed = What did you notice when you looked around the room?
activity-move-if-debrief-what-missing = What sentence would you have added about our region?
activity-move-if-note-no-status-statements = Never read a statement about immigration status, crossing, detention or anyone’s family (“move if you have papers”, “move if someone you know was deported”). Moving would reveal it to the room.
activity-move-if-note-no-comment-on-moves = Do not comment on who moved or how many. The point is that each person sees they are not alone, not that anyone is counted.
activity-move-if-note-listen-for-layers = Listen for words that fit the three layers of the map (missing services, enforcement, help). Keep the chart up; the map builds on it.
activity-move-if-adapt-low-literacy = Everything is spoken. Instead of writing words on the chart, draw a small picture for each: a bus, a drop of water, a cross for a clinic.
activity-move-if-adapt-large-group = Ask people to raise a hand rather than move, and skip the pair talk if space is tight; take only four or five words.
activity-move-if-adapt-short-time = Read four statements and skip the pair talk; ask for three words for the chart.
activity-move-if-adapt-online = People turn their camera on or off, or use a reaction, for “true for me”. Nobody needs their camera on. Take words in the chat or aloud.

## Activity: community-map

activity-community-map-title = Mapping our region in three layers
activity-community-map-purpose = Draw together a shared public area of our region in three layers (what is missing or unequal, enforcement, and help) to see where they meet and what patterns they make, without putting anyone on the map.
activity-community-map-prep-choose-area = Choose, in advance, a shared public area that most people know: a main street, a town centre, the area around a bridge or a bus terminal. Every group maps the same area. Do not ask people to map where they live.
activity-community-map-prep-rules-chart = Write the safe-mapping rules on a chart: no homes; no routes people use to cross or to avoid checkpoints; no workplaces; no names; help is shown as a type of service (“free clinic”), not an exact address, if the map may leave the room; the map belongs to the group; paper only, no photos.
activity-community-map-prep-outline = If your group is short of time or unsure about drawing, draw a simple outline of the shared area in advance on one sheet per group: the main roads and two or three public landmarks.
activity-community-map-prep-local-figures = If you want a figure for the first layer, look up your own county’s poverty figures in the most recent five-year American Community Survey tables on data.census.gov, and write down the year of the data. Use it only as background; the group’s own knowledge comes first.
activity-community-map-prep-wall-space = Clear wall space or tables so all the maps can be shown side by side.
activity-community-map-step-count-off = Form groups of four to six by counting off around the circle (“one, two, three, four…”). Do not group people by neighbourhood, town or where they live: sorting by neighbourhood tells everyone where each person lives.
activity-community-map-step-safety-rules = Read the safe-mapping rules aloud and explain why: “A map can end up in other hands. Only draw what would be safe for anyone to see, even someone who wishes us harm. We map conditions and patterns, never people.”
activity-community-map-step-shared-area = Name the shared area everyone will map and hand out the map key. Show the three colours: one for what is missing or unequal, one for enforcement, one for help.
activity-community-map-step-draw-base = Give the groups seven minutes to draw the main streets and public landmarks of the area: the plaza, the bus stops, the school, the stores, the bridge or port of entry if it is nearby.
activity-community-map-step-layer-inequity = First layer, what is missing or unequal: ask the groups to mark, in the first colour, the places where services are missing or unequal. Give examples: no drinking water or sewer, no bus or a bus that stops early, a clinic that asks for ID at the door, a street that floods, a place with no shade in the heat, emergency alerts that come only in English. A few words on a sticky note are enough.
activity-community-map-step-layer-enforcement = Second layer, enforcement: ask the groups to mark, in the second colour, the public places where people see immigration enforcement or where people report being stopped: a checkpoint, a road where patrols wait, a parking lot. Mark the place and the kind of thing (“long stops”), never who.
activity-community-map-step-layer-help = Third layer, help: ask the groups to mark, in the third colour, the kinds of help people find: a free clinic, a food bank, a church that helps, { -legal-aid }, a library with internet. Write the type of service, not the name or the address, and leave out any place whose help to people without papers is not already public.
activity-community-map-step-gallery = Post the maps side by side. Invite everyone to walk around for four minutes and look where the three colours meet. People who prefer can stay seated while a volunteer from each group brings the map closer.
activity-community-map-step-patterns = Bring everyone back and ask the debrief questions. Write the patterns on a chart titled “What we see”. Keep it up: the recommendations later in the workshop grow from it.
activity-community-map-debrief-where-layers-meet = Where do the missing services and the enforcement marks fall in the same places? What do those places have in common?
activity-community-map-debrief-who-reaches-help = Where is the help, and who can reach it? Who can’t, and why?
activity-community-map-debrief-whose-map = Whose map is this? If it left this room, who could gain from it, and who could lose?
activity-community-map-debrief-what-document = What on these maps would be worth documenting more carefully, and who already does that here?
activity-community-map-note-why-count-off = Counting off mixes people who do not usually sit together and keeps everyone’s neighbourhood private. If friends want to stay together, let them swap numbers quietly; never ask where anyone lives.
activity-community-map-note-watch-the-maps = Walk around while groups draw. If someone marks a home, a workplace, a person’s name or a route, quietly ask the group to cover it with a sticky note or cross it out, and explain that this protects people.
activity-community-map-note-type-not-address = On the help layer, “free clinic” or “{ -legal-aid }” in the right part of the area is enough. An exact address of a place that helps undocumented people turns the map into a directory someone else could use.
activity-community-map-note-map-belongs = The map belongs to the group. Do not photograph it or take it away unless everyone agrees. At the end of the workshop the group decides what happens to it: it stays with a trusted organisation, someone takes it home, or it is torn up.
activity-community-map-note-ethics-risks = People who write about the ethics of participatory mapping (Rambaldi, Chambers, McCall and Fox, 2006) list its risks: wasting people’s time, raising expectations that are not met, endangering people through the information the map shows, putting local knowledge where outsiders exploit it, creating conflicts, and demanding precision where “fuzziness” would be more appropriate. The IIED issue on participatory mapping (2006) says control over sensitive map data should stay “in the hands of those who generated the data”. Fuzziness is a safety tool here: an area, not a point.
activity-community-map-note-darfur-warning = If someone suggests putting the map online, share this warning: from 2005, an aid organisation published geo-referenced information about displaced people in Darfur and Chad (their ethnicity, movements and details about vulnerable individuals) on semi-private websites, and humanitarian workers later warned that protecting people in such web mapping is rarely discussed (Forced Migration Review, 2011). Keep this map on paper.
activity-community-map-note-inequity-facts = For the first layer, some background: the U.S. Government Accountability Office found in 2009 that seven federal agencies had committed at least $1.4 billion to drinking-water and wastewater projects in the U.S.–Mexico border region in 2000–2008, and that the agencies did not coordinate well in meeting the needs (GAO-10-126). Use your county’s own figures for poverty, and always say the year of the data.
activity-community-map-note-adapted-method = Participatory mapping comes from work such as IFAD’s review of good practice (2009), which aimed to involve “the poorest and most vulnerable” in decisions about land and resources. Using it to map human rights conditions in a border region is this module’s own adaptation, so the safety rules here are stricter.
activity-community-map-adapt-low-literacy = Use symbols only: dots in three colours and small drawings (a drop of water, a bus, a cross). A group member who writes easily can add a word if the group wants.
activity-community-map-adapt-large-group = With more than five groups, give each group one part of the shared area, then put the parts together on the wall like a puzzle. One person stays with each part during the gallery walk to explain it.
activity-community-map-adapt-short-time = Use the pre-drawn outline so groups go straight to the layers, give five minutes per layer, and replace the gallery walk with each group naming one pattern.
activity-community-map-adapt-online = Do not use a cloud whiteboard: shared boards keep copies and version history, and deleting at the end is not a guarantee. Instead, each person draws on paper at home while you describe the area aloud, and people share patterns by voice (“near the bridge, missing buses and a checkpoint”), not screenshots. The paper stays with each person.

## Activity: break

activity-break-title = Break
activity-break-purpose = Rest, move, drink water and take a pause before the part about documenting.
activity-break-prep-set-out-snacks = Set out water and simple snacks near the { -quiet-corner }.
activity-break-step-announce = Announce a ten-minute break and the exact time to come back.
activity-break-step-quiet-corner = Point out the { -quiet-corner } for anyone who would like a moment alone.
activity-break-step-rest = Let people rest. Stay available, and do not start conversations about anyone’s situation.
activity-break-step-check-in = Before starting again, say: “Next we talk about writing down what happens. We will use only invented cases. You can step out at any time.”
activity-break-debrief-how-are-you = With one word or a gesture: how are you arriving back?
activity-break-note-watch-for-distress = Use the break to check in quietly with anyone who seemed upset. Ask whether they need anything; do not ask what is wrong.
activity-break-note-maps-stay = Leave the maps on the wall during the break but keep an eye on them, and ask people not to photograph them.
activity-break-adapt-short-time = Keep the break, even a short one of five minutes. Cut time from another activity instead.
activity-break-adapt-online = Ask people to step away from the screen, stretch and drink some water. Leave a timer on the screen.

## Activity: safe-details

activity-safe-details-title = What makes a report safe
activity-safe-details-purpose = Add new information: what documentation is, why the person affected decides whether and how their incident is reported, what never to write down, and how details that seem harmless can together point to one person.
activity-safe-details-prep-detail-notes = For each small group, write these twelve invented details on sticky notes, one per note: “agents in green uniforms”; “a white vehicle with a green stripe”; “on the road out of town”; “in March”; “the woman’s first name”; “her street address”; “she is undocumented”; “her A-number”; “the exact time, 7:42 in the morning”; “the only red pickup at the gas pump”; “she was held about two hours”; “who she crossed the border with”.
activity-safe-details-prep-sort-chart = For each group, draw three columns on a flipchart sheet: “Write it”, “Blur it first”, “Never write it”.
activity-safe-details-prep-read-glossary = Read the glossary handout, especially “informed consent”, “anonymised” and “re-identification”, so you can explain them in plain words.
activity-safe-details-step-why-document = Explain: “Documenting means writing down what happened so it is not lost, and so the people who need it can use it. A human rights documentation network, HURIDOCS, describes it as a process: deciding what information is needed and how to get it; recording and storing it; organising it; and getting it to the people who need it. Without records, information may be gone forever.” Add that groups in the border region, such as the Border Network for Human Rights in El Paso, have documented abuses for years, and that, according to WOLA and the Kino Border Initiative, far more cases of abuse by border agents move forward only when outside advocates or the people affected act than because the authorities investigate on their own.
activity-safe-details-step-five-questions = Give the group one simple frame: “Who did what to whom, when and where?” Say: “Today we learn to answer it without putting anyone in danger, and ‘to whom’ never means a name.”
activity-safe-details-step-consent = Explain consent: “The person whose rights were violated decides whether their incident is reported, to whom, and how. A report can put them at risk, and their family too. If we saw something happen to someone else, we ask them, if we safely can, before we write anything down. If they say no, or we cannot ask, we can still report the pattern (‘stops at the road out of town in March’) without their story.” Ask: “Why might someone say no?”, and listen to two or three answers.
activity-safe-details-step-sort = Give each group its twelve notes and its three-column sheet. Ask them to sort the notes for a report that will go to a { -legal-aid-group }: which details can be written, which must be blurred first, and which must never be written down. Six minutes.
activity-safe-details-step-reveal = Go through the notes with the whole group. Never write: a name, a street address, immigration status, an A-number, who crossed with whom, any route. Blur first: the exact time (write “morning”), the date (write the month), “the only red pickup at the pump” (write “a vehicle”). Write: what the agents and vehicles looked like, the public place as an area, how long she was held. Ask groups where they disagreed, and why.
activity-safe-details-step-how-many-fit = Ask: “If I tell you only that it was a woman, in March, on the road out of town, how many people could it be? Now add ‘at 7:42, in the only red pickup at the pump’. How many now?” Then share the research: a U.S. study of 1990 census data found that 87 out of 100 people in the United States were probably the only person with their five-digit ZIP code, gender and full date of birth (Sweeney, 2000). Three ordinary details were enough to point to one person.
activity-safe-details-step-small-counts = Add one more rule: “When we share numbers, we do not publish counts so small they point to one family. ‘One stop on our street’ can be one family. Put small numbers together into a bigger area or a longer time before anyone outside sees them.”
activity-safe-details-debrief-which-surprised = Which detail surprised you: one you thought was safe, or one you thought was dangerous?
activity-safe-details-debrief-consent-hard = When could asking for consent be hard, and what could we do then?
activity-safe-details-debrief-what-blur = What other details in our region could point to one person (a rare car, a small store, a very small town)?
activity-safe-details-note-consent-over-completeness = A report with fewer details is better than a report that harms someone. If a detail is needed for the { -legal-aid-group } to act, the person affected can give it to the { -legal-aid-group } directly, if they choose. It never needs to go on a worksheet that passes through other hands.
activity-safe-details-note-never-write-list = The “never write” list (status, A-numbers, full names with addresses, who travelled with whom, routes) is this module’s own safety rule, built from the principles of confidentiality and protection of information in human rights monitoring. No single source gives this exact list; present it as our rule, not a law.
activity-safe-details-note-do-no-harm = The UN’s training manual on human rights monitoring (OHCHR, 2001) begins its list of basic principles with “do no harm”. People who write about participatory mapping name the same danger: endangering people through the information they show (Rambaldi and others, 2006).
activity-safe-details-note-sweeney = Be precise with the figure if someone asks: the 87 % came from 1990 census data, and a later estimate put it nearer 60 %. The lesson stays the same: a few ordinary details can identify a person without a name. About half of people were probably unique on city or town, gender and date of birth, and 18 % even at county level.
activity-safe-details-note-not-investigators = We are witnesses and neighbours, not investigators. Nobody should go looking for incidents, question people who are afraid, or follow anyone. Trained documenters in networks like the Border Network for Human Rights work with a standard form, and left out of their 2018 report the incidents they could not verify.
activity-safe-details-note-filming = If someone asks about filming: WITNESS’s guide Video as Evidence: U.S. Immigration (2020) covers filming enforcement safely, ethically and effectively. Filming is always a personal choice, never a task from this group, and footage shared carelessly can harm the people in it.
activity-safe-details-adapt-low-literacy = Read each detail aloud and draw a small symbol on each note (a uniform, a car, a clock, a house). Groups sort by symbol. You read the reveal aloud.
activity-safe-details-adapt-large-group = Run the sort as a whole group: read each detail aloud and ask people to hold up one, two or three fingers for write, blur or never. Ask two people who chose differently to explain.
activity-safe-details-adapt-short-time = Use six of the twelve details (the first name, the street address, the status, the exact time, the red pickup, the uniforms) and do the sort by show of fingers.
activity-safe-details-adapt-online = Read each detail aloud and ask people to type 1, 2 or 3 in the chat. Do not ask anyone to share examples from their own life.

## Activity: records-journey

activity-records-journey-title = The journey of a worksheet
activity-records-journey-purpose = Add new information: follow one invented worksheet from paper to phone to a border crossing, and see at each stop how a record can leave our control and what we can do about it.
activity-records-journey-prep-journey-chart = Draw a path with four stops on a flipchart sheet: a sheet of paper; a phone camera; a group chat; a port of entry.
activity-records-journey-prep-check-directive = Before the workshop, check on cbp.gov whether the rules on searching phones at the border have changed since the 2018 directive described here, and correct the step if they have.
activity-records-journey-step-introduce = Hold up a blank documentation worksheet: “Imagine this sheet is filled in. Let’s follow it and see where it could go.”
activity-records-journey-step-stop-paper = First stop, paper. Ask: “Where could this sheet end up that we don’t want?” (left in a car, on a kitchen table, in a bag that gets searched). Then say: “Paper is often the safest way to keep a record, if it has no names, stays in one private place and goes by hand to the { -legal-aid-group }.”
activity-records-journey-step-stop-photo = Second stop, the phone camera. Ask: “What happens if someone takes a photo of the sheet?” Then explain: “Phones usually store where and when a photo was taken inside the photo file. And many phones copy every photo to the cloud automatically, so the sheet now also lives on a company’s servers. Our advice: don’t photograph worksheets, and if you take any photo for a report, ask the { -legal-aid-group } how to send it safely.”
activity-records-journey-step-stop-chat = Third stop, the group chat. Ask: “What happens once it is in a chat?” Then say: “Anyone in the chat can forward it, save it or show it. Once it is sent, you cannot take it back. Don’t post reports or pictures of them in group chats or on social media; if you need to message, use an end-to-end encrypted messenger, and only with the { -legal-aid-group }.”
activity-records-journey-step-stop-crossing = Fourth stop, the port of entry. Explain calmly: “At the border, CBP officers may search phones. Under CBP’s 2018 directive, a basic search, where an officer looks through the phone by hand, needs no suspicion. An advanced search, where equipment is connected to copy or analyse it, needs reasonable suspicion or a national-security concern and a supervisor’s approval. These searches are rare: CBP says fewer than 1 in 10,000 arriving international travellers had a device searched in fiscal year 2024. But if a worksheet is on your phone, it can be seen.” Ask: “So what could we do?” and collect answers: keep records off the phone you travel with; keep key numbers on paper; use a passcode rather than a fingerprint.
activity-records-journey-step-card = Hand out the pocket card on safe documentation and read it aloud together.
activity-records-journey-debrief-which-stop = At which stop is a record in our community most at risk?
activity-records-journey-debrief-one-change = What is one thing you will do differently with your own phone?
activity-records-journey-note-calm-numbers = Give the “fewer than 1 in 10,000” figure so that people do not panic; then be clear that the risk is not the same for everyone, and that it is higher for people who are not U.S. citizens.
activity-records-journey-note-never-lie = If people ask what to do if their phone is searched, give the general guidance from the Electronic Frontier Foundation (EFF, 2017) and send them to { -legal-aid } for their own case: never lie to border officials, and don’t try tricks such as hidden folders. EFF says fingerprint locks are weaker than passcodes, and suggests that people make a personal risk assessment (their immigration status, their travel history, how sensitive their data is) and consider leaving devices at home or moving data off them before travel.
activity-records-journey-note-status-changes-risk = According to EFF, U.S. citizens cannot be refused entry, although their devices may be held; non-citizens who refuse to unlock a phone can be denied entry, and visa holders and permanent residents face extra risk. Officers may ask for a phone to be unlocked, for passwords or for social-media names. Do not go further than this: each person’s situation is a question for a { -attorney } or a { -doj-rep }.
activity-records-journey-note-directive-limits = Under the 2018 directive, searches cover only what is stored on the device: officers must disconnect it from networks and may not use it to reach data kept in the cloud. The directive binds CBP only, not ICE or HSI. Say clearly that the rules may have changed since 2018, and that this is popular education, not legal advice.
activity-records-journey-note-no-device-demo = Do not ask anyone to take out their phone or show their settings in the room. People can look at their own phone later, in private.
activity-records-journey-adapt-low-literacy = Draw each stop as a picture (a sheet, a camera, a speech bubble, a bridge) and tell the journey as a story. The pocket card is read aloud.
activity-records-journey-adapt-large-group = Ask for only one answer from the room at each stop, and add the rest yourself.
activity-records-journey-adapt-short-time = Tell the journey yourself in six minutes without collecting answers, then read the card.
activity-records-journey-adapt-online = Share the drawing of the four stops on screen. Remind people that an online meeting is itself a record on someone’s servers, so nobody should share real cases here.

## Activity: documentation-practice

activity-documentation-practice-title = Practising safe documentation
activity-documentation-practice-purpose = Practise writing down an invented incident on the worksheet: with the consent questions first, without names, and then checking each other’s sheets for details that could identify someone.
activity-documentation-practice-prep-read-scenario = Read the invented scenario on the practice sheet yourself, and decide which details a careful documenter would blur or leave out.
activity-documentation-practice-prep-ask-legal-group = Ask the { -legal-aid-group } that would receive real reports what they need, what they do with reports, how they protect them, and how a person affected can reach them directly. Tell the group the answers, without naming any person.
activity-documentation-practice-step-read-scenario = Hand out the practice sheet and the documentation worksheet. Read the invented scenario aloud while people follow. Say: “This is invented. Nobody here should write about a real event today.”
activity-documentation-practice-step-fill-worksheet = In pairs, people fill in the worksheet for the scenario, starting with the consent questions. Remind them: no names, the place as an area, the month instead of the date, people by role or uniform. Eight minutes.
activity-documentation-practice-step-swap-check = Pairs swap worksheets with another pair and check: “Is there anything here, alone or together with other details, that could point to the woman at the pump, or to the person who wrote it?” They circle anything they find.
activity-documentation-practice-step-blur = Pairs get their sheets back and blur what was circled: an area instead of a street, “morning” instead of an exact time, “a vehicle” instead of the only red pickup.
activity-documentation-practice-step-hand-over = Ask: “Who would you give a real sheet to?” Point to the { -legal-aid-group } on the { -referral-sheet }, and say that the practice sheets will be torn up at the end unless people want to keep a blank copy.
activity-documentation-practice-debrief-what-removed = What did the other pair find on your sheet that could identify someone?
activity-documentation-practice-debrief-consent-answer = How did you answer the consent questions for the woman in the scenario?
activity-documentation-practice-debrief-where-keep = Where would a real sheet be safe in your life until you hand it over?
activity-documentation-practice-note-invented-only = Use only the invented scenario. If someone starts to write about a real event, thank them, suggest they keep it for a private conversation with the { -legal-aid-group }, and connect them with the contacts on the { -referral-sheet }.
activity-documentation-practice-note-no-names-not-no-contact = “No names on paper” does not mean “no contact”. A fully anonymous witness sheet may not be enough for the { -legal-aid-group } to act on. The person affected can contact the { -legal-aid-group } themselves, if and when they want to, through the group’s own secure channels. The worksheet only records whether they want that, never how to reach them.
activity-documentation-practice-note-worksheet-stays = The swap-and-check step is the heart of this activity: people learn to see their own sheet through the eyes of someone who wishes harm. Give it the full five minutes.
activity-documentation-practice-note-help-writing = Some people may not feel comfortable writing. Let the pair decide who writes, or let them answer aloud to you.
activity-documentation-practice-adapt-low-literacy = Work as one group: read each question aloud, let people answer aloud, and write the answers yourself on a big copy of the worksheet. Do the check together: “Could this point to someone?”
activity-documentation-practice-adapt-large-group = Pairs swap with the pair next to them, and you collect only two or three examples of what was found.
activity-documentation-practice-adapt-short-time = Fill in only the consent questions and the “where”, “when” and “who” questions, then do the swap-and-check.
activity-documentation-practice-adapt-online = People fill in the worksheet on paper at home, not on the screen. Read the questions aloud and ask each pair, in a breakout room, to tell each other what they wrote and what could identify someone. Nothing is typed into the chat or photographed.

## Activity: report-to-recommendation

activity-report-to-recommendation-title = From reports to recommendations
activity-report-to-recommendation-purpose = Practise the step from documentation to advocacy: tally invented, anonymous reports, find a pattern, draft two or three community recommendations, and learn where such recommendations can go.
activity-report-to-recommendation-prep-tally-chart = Draw a tally chart for each group with rows for types of concern (stops and long waits; treatment by agents; services that ask for ID; water, flooding and heat; buses and roads; information only in English) and columns for the three areas in the practice reports (north side, downtown, east side).
activity-report-to-recommendation-prep-doors-chart = Draw three doors on a flipchart sheet: “Local”, “National”, “International”. Under each, leave space to add the places the group names.
activity-report-to-recommendation-prep-know-partners = Find out in advance which local legal group or network could carry recommendations forward, and whether it already works with national or international bodies. Never promise the group that a recommendation will go anywhere.
activity-report-to-recommendation-step-the-model = Explain the model: “Community groups on the border have turned many single reports into one report with recommendations. The Border Network for Human Rights, for example, published a report in 2018 with a summary for each agency, community testimonies, and recommendations for policy and practice, agency by agency. We will do a small version with invented reports.”
activity-report-to-recommendation-step-tally = Each group reads the twelve invented reports on the practice sheet and makes a mark on the tally chart for each one: by type of concern, by area and by month.
activity-report-to-recommendation-step-check-counts = Ask each group to look for boxes with only one or two marks: “If we published this, could it point to one family?” Merge small boxes into a bigger area or a longer time, or leave them out of anything that leaves the room.
activity-report-to-recommendation-step-patterns = Each group names one pattern, in one sentence, and connects it to the map (“Long stops happen where buses are missing”).
activity-report-to-recommendation-step-draft = Each group drafts two or three recommendations on the worksheet: who should do what, by when. Give an example: “The county should send emergency alerts in Spanish and the other languages spoken here, starting this hurricane season.” A recommendation asks for a change in a policy or practice; it does not name or blame one person.
activity-report-to-recommendation-step-where-it-goes = Point to the three doors and ask groups where their recommendations could go. Add what the group does not name: locally, a city council, a county, a school or clinic board; nationally, complaint and oversight channels for the agencies, always through a trusted legal partner; internationally, the UN Special Rapporteur on the human rights of migrants and the Inter-American Commission on Human Rights, usually through a network that already works with them.
activity-report-to-recommendation-debrief-strongest = Which recommendation is the strongest, and what makes it strong?
activity-report-to-recommendation-debrief-who-decides = Who in our region can say yes to it? Who would have to push for it?
activity-report-to-recommendation-debrief-what-risk = What risk could this recommendation, or the report behind it, bring to our community, and how would we lower it?
activity-report-to-recommendation-note-spotlight-model = This activity follows the model of the National Network for Immigrant and Refugee Rights’ Spotlight project on the borderlands: a map plus a human rights report on how poverty, social inequity and immigration enforcement interact, followed by a community process that lifts up recommendations for national and international advocacy.
activity-report-to-recommendation-note-bnhr-structure = The Border Network for Human Rights’ 2018 report on its abuse documentation campaign has this structure: the campaign and its results; for each agency (Border Patrol, CBP’s Office of Field Operations, ICE, local and state law enforcement) a summary of abuses followed by community testimonies; recommendations for policy and practice, agency by agency; and, in an appendix, its intake form. Its motto is “Behind Every Abuse is A Community”.
activity-report-to-recommendation-note-outside-pressure = WOLA and the Kino Border Initiative (2023) describe two ways abuses by CBP and the Border Patrol reach accountability: cases authorities investigate on their own, and a much larger number that move only if outside advocates or the people affected act. That is why community documentation matters, and why it must be done safely.
activity-report-to-recommendation-note-rapporteur = The UN Special Rapporteur on the human rights of migrants was created in 1999. The mandate covers all countries and includes receiving information from all relevant sources, including migrants themselves. The Rapporteur does not require that every remedy at home be used up first, and acts mainly through confidential letters to governments. Rapporteurs also publish calls for input for their reports, which civil society can answer, for example the call of 1 May 2024 on migrants’ contributions. Ask a legal partner or network for the current way to send information; it was not confirmed for this guide.
activity-report-to-recommendation-note-iachr = The Inter-American Commission on Human Rights holds public hearings during its sessions. Its Rules (in force since 1 August 2013, article 62) say hearings may receive “general or particular information related to human rights” in one or more member states of the Organization of American States. Groups usually ask for a hearing through a network with experience; it is not a step for a single community group to take alone.
activity-report-to-recommendation-note-no-expectations = Do not raise expectations you cannot meet: raising expectations that are not met is one of the ethical risks named in participatory mapping (Rambaldi and others, 2006). Say honestly that recommendations take time, that many are not taken up, and that their value also lies in the community organising around them.
activity-report-to-recommendation-note-partner-decides = Nothing from this workshop goes anywhere without the group’s agreement. Only the tally with small numbers merged, never a worksheet, ever leaves the room, and only through a trusted legal partner.
activity-report-to-recommendation-note-open-questions = Some things were not confirmed in the research for this guide, so do not state them: the current state of the United States’ review at the UN Human Rights Council, and the current online route for sending information to the Special Rapporteur. Ask a network that works with these bodies.
activity-report-to-recommendation-adapt-low-literacy = Read the invented reports aloud, one at a time, and let the group tell you where to put each mark on a big tally chart. Draft the recommendations aloud and write them yourself.
activity-report-to-recommendation-adapt-large-group = Give each group four of the twelve reports, then add the groups’ tallies together on one big chart before looking for patterns.
activity-report-to-recommendation-adapt-short-time = Tally only by type of concern, draft one recommendation per group, and name the three doors yourself.
activity-report-to-recommendation-adapt-online = Share a blank tally chart on screen and fill it in yourself while people call out the counts. Draft recommendations aloud; nobody types real places into the chat.

## Activity: first-steps

activity-first-steps-title = Our first steps
activity-first-steps-purpose = Apply in action: each person or group chooses one concrete, safe first step to take after the workshop, so that the map and the recommendations lead somewhere.
activity-first-steps-prep-action-chart = Write on a chart: “One step I or we will take in the next month”, with three example columns: “Learn”, “Share”, “Organise”.
activity-first-steps-step-look-back = Point to the “What we see” chart and the recommendations. Ask: “What here matters most to you?”
activity-first-steps-step-choose = Each person, or each small group, chooses one first step and writes or draws it on a sticky note. Give examples: meet the { -legal-aid-group } to ask how they take reports; take one recommendation to a community meeting; set up a safe way for our group to keep its records; run this workshop with another group; check the settings on my own phone.
activity-first-steps-step-roles-not-names = Remind people: “Write the step and, if you like, a role (‘the church committee’, ‘our group’), never a name.”
activity-first-steps-step-share = Invite people to read their step aloud or to stick it on the chart. Anyone can keep their note.
activity-first-steps-step-commit = Ask: “Who will help you, and by when?” Give a moment to think in silence.
activity-first-steps-debrief-first-step = What is the very first thing you will do, this week?
activity-first-steps-debrief-support-needed = What support do you need from this group, or from { -org-placeholder }?
activity-first-steps-note-never-cut = This is the action step of the spiral and is never optional. If the day runs late, shorten the new-information activities, not this one.
activity-first-steps-note-small-steps = A small step that people take is worth more than a big plan nobody carries out. Help people make their step concrete: what, with whom, by when.
activity-first-steps-note-no-lists = Do not make a list of who will do what, and do not collect phone numbers. People who want to keep working together can stay after and agree how to reach each other, by an encrypted messenger, only if they want to.
activity-first-steps-note-not-assignments = No step may involve watching, filming or following enforcement as a task from this group. If someone chooses such a step, remind them that it is a personal choice and point them to the { -legal-aid-group } for guidance.
activity-first-steps-adapt-low-literacy = People say their step aloud or draw it; you can write it on the chart if they want.
activity-first-steps-adapt-large-group = Each small group agrees one shared step and one person reads it aloud.
activity-first-steps-adapt-short-time = Skip the chart: go around once, and each person says their step in one sentence or passes.
activity-first-steps-adapt-online = People type their step in a private message to themselves or on paper, and share it aloud if they want.

## Activity: closing

activity-closing-title = Closing and evaluation
activity-closing-purpose = Decide together what happens to the maps, evaluate the workshop anonymously, and close with care.
activity-closing-prep-box-ready = Put a box or an envelope by the door for the evaluation forms, so people can drop them in without anyone seeing.
activity-closing-step-map-decision = Ask the group to decide what happens to the maps and charts: leave them with a trusted organisation, take them home, or tear them up now. Check that everyone agrees; if anyone disagrees, tear them up. No photos unless every person agrees.
activity-closing-step-evaluation-form = Hand out the evaluation form and say: “No names. Answer what you like, fold it and drop it in the box on your way out.” Give four minutes.
activity-closing-step-resources = Point again to the { -referral-sheet } and the pocket card. Remind everyone that this was popular education, not legal advice, researched through { -current-date }.
activity-closing-step-closing-breath = Close with the { -grounding-practice } together, and thank everyone for their trust and their time.
activity-closing-debrief-one-word = In one word: how are you leaving today?
activity-closing-note-stay-after = Stay for at least fifteen minutes after the end in case someone wants a private word, and keep the support contacts at hand.
activity-closing-note-destroy-notes = After the workshop, read the evaluation forms, write down only the counts and the ideas for improvement, and destroy the forms. Tear up the practice worksheets and the sort sheets. Take down every chart.
activity-closing-note-map-by-consent = If the group decides to keep a map, the person who takes it should keep it on paper, in one private place, and never photograph it or post it.
activity-closing-adapt-low-literacy = Do the evaluation aloud: ask the three questions and let people show a thumb up, sideways or down, or put a dot on a scale of faces.
activity-closing-adapt-large-group = Put two or three boxes by the doors so nobody has to queue, and ask for the one-word round only from volunteers.
activity-closing-adapt-short-time = Do the map decision and the closing breath; people can take the evaluation form home and give it to { -org-placeholder } later, with no name.
activity-closing-adapt-online = Use an anonymous poll for the evaluation, with no names collected, and close with the breath together on screen.

## Energiser: count-together

activity-count-together-title = Counting together
activity-count-together-purpose = Wake the room up and rebuild a sense of “we”, without moving, without names and without anyone being singled out.
activity-count-together-prep-circle = Arrange the chairs in a circle, or let people stay where they are.
activity-count-together-step-explain = Explain: “We are going to count from one to fifteen as a group. Anyone can say the next number, but if two people speak at once, we start again at one. We can’t plan who goes next.”
activity-count-together-step-count = Start the count. Laugh with the group when it restarts. If the group reaches fifteen, try again with eyes closed, or count backwards.
activity-count-together-step-close = Say: “That is how a group works: listening, waiting, trying again.”
activity-count-together-debrief-what-helped = What helped us get further?
activity-count-together-note-no-winner = There is no winner and no one to blame when two people speak at once. Take the blame yourself with a smile, if needed.
activity-count-together-adapt-low-literacy = Nothing to read or write; no change needed.
activity-count-together-adapt-large-group = With more than twenty-five people, count to thirty, or split into two circles.
activity-count-together-adapt-short-time = One round to fifteen is enough; it takes two or three minutes.
activity-count-together-adapt-online = Works well online: people unmute to say the next number.

## Energiser: shake-out

activity-shake-out-title = Shake out five, four, three…
activity-shake-out-purpose = Shake off tiredness and tension after a meal or a heavy activity; every movement has a seated or still version.
activity-shake-out-prep-space = Make sure there is a little space around each chair.
activity-shake-out-step-explain = Explain: “We shake each hand and each foot while we count down from five. You can do it standing, sitting, with just your hands, or just watch and breathe.”
activity-shake-out-step-countdown = Lead the countdown out loud: the right hand five times, the left hand five times, the right foot, the left foot; then four times each, then three, two, one. Go faster each round.
activity-shake-out-step-breathe = End with one slow breath together and a stretch upwards, or a shrug of the shoulders for people who prefer.
activity-shake-out-debrief-how-now = In one word: how do you feel now?
activity-shake-out-note-movement-optional = Say clearly that watching is taking part. Never ask anyone to stand, and do not comment on who moves.
activity-shake-out-adapt-low-literacy = Nothing to read or write; show each movement as you count.
activity-shake-out-adapt-large-group = Works with any number of people; lead from where everyone can see you.
activity-shake-out-adapt-short-time = Do only the rounds of five and one.
activity-shake-out-adapt-online = Works on camera; people can keep their camera off and do it anyway.

## Re-opening: welcome-back

activity-welcome-back-title = Welcome back: a short check-in
activity-welcome-back-purpose = When this module follows another one on the same day: welcome people back, remind them of the agreements made in the morning instead of making them again, and arrive together before the mapping.
activity-welcome-back-prep-agreements-up = Keep the morning’s agreements chart on the wall where everyone can see it.
activity-welcome-back-prep-support-contacts-ready = Have spare copies of the { -referral-sheet } for anyone who arrived after the morning.
activity-welcome-back-step-welcome = Welcome people back and name the module: “{ -module-name }”.
activity-welcome-back-step-agreements-reminder = Point to the agreements chart and read aloud three of them: that we ask everyone to keep what is shared, but cannot guarantee it, so share only what you would be OK with others repeating; that anyone can pass or step out; and no names, addresses or status. Ask: “Do we still agree? Is anything to add?”
activity-welcome-back-step-what-is-different = Say: “This afternoon we will draw maps and practise writing things down. Everything stays anonymous, and everything we practise with is invented. It is popular education, not legal advice.”
activity-welcome-back-step-check-in = Ask for a one-word check-in, or a thumb up, sideways or down. Anyone can pass.
activity-welcome-back-step-grounding = Do the { -grounding-practice } together once.
activity-welcome-back-debrief-anything-to-add = Is there anything we need to add to our agreements for this afternoon?
activity-welcome-back-note-new-arrivals = If someone new has joined, give them a copy of the { -referral-sheet } and a blank { -name-tag }, and explain in one sentence why there is no sign-in sheet.
activity-welcome-back-adapt-low-literacy = Point to the pictures next to the agreements as you read them.
activity-welcome-back-adapt-large-group = Skip the one-word round; ask for a show of thumbs.
activity-welcome-back-adapt-short-time = Read the confidentiality agreement and the right to step out, then do the { -grounding-practice }.
activity-welcome-back-adapt-online = Paste the agreements in the chat and ask for a reaction to confirm them.

## Preparation timeline

timeline-week-before-support-contacts = Fill in the { -referral-sheet } with real local contacts: { -legal-aid }, a { -doj-rep } or { -attorney }, mental-health support that serves people regardless of status, a crisis line, support for families of missing migrants, and the public contact of { -org-placeholder }. Never invent a name or a number.
timeline-week-before-check-contacts = Call or visit each contact on the sheet: is it still open, is it taking new people, does it serve people without papers, in which languages? Write the date you checked on the sheet.
timeline-week-before-legal-group = Talk with the { -legal-aid-group } that would receive real reports: what they need, what they do with reports, how they protect them, how a person affected can reach them directly, and what has changed in the law since { -current-date }.
timeline-week-before-venue-safety-plan = Agree a venue safety plan with the venue: who answers the door if an agent or a stranger with a camera comes (one facilitator, who steps outside and closes the door); that nobody is let in without speaking first with { -legal-aid }; what everyone else does (stay seated, stay calm, nobody has to answer questions); and where maps and worksheets go meanwhile. Check whether the venue has cameras that record the room.
timeline-week-before-interpreter = Book an interpreter if the group is bilingual or includes speakers of an Indigenous language, and send them the glossary and the practice sheet ahead of time.
timeline-week-before-local-figures = If you want to, look up your county’s poverty figures in the most recent American Community Survey five-year tables on data.census.gov, and write down the year of the data.
timeline-week-before-roles = Agree the roles with your { -co-facilitator }: who leads each activity, who watches the room and the { -quiet-corner }, who answers the door.
timeline-day-before-print = Print the handouts (one per participant and a few spares) and the pocket cards, and copy the filled-in { -referral-sheet } for everyone.
timeline-day-before-pack = Pack the materials: flipchart paper, markers in three colours, dot stickers in three colours, sticky notes, tape, pens, name tags, water, a box for the evaluation forms. Write the detail notes and draw the charts.
timeline-day-before-shared-area = Choose the shared public area the groups will map, and draw the outlines if you will use them.
timeline-day-before-own-phones = Decide how you will handle your own phones during the workshop: no photos, notifications off, and no workshop notes on them.
timeline-on-the-day-room = Set the chairs in a circle, set up the { -quiet-corner }, clear wall space for the maps, and check the exits.
timeline-on-the-day-door-briefing = Before people arrive, go over the venue safety plan with your { -co-facilitator } and anyone from the venue.
timeline-on-the-day-contacts-on-chairs = Put a { -referral-sheet } face down on each chair.
timeline-on-the-day-nothing-to-sign = Check that there is no sign-in sheet, no camera pointing at the room and nothing for participants to sign.
timeline-after-map-decision = Carry out what the group decided about the maps: hand them to the trusted organisation, or tear them up. Do not photograph them.
timeline-after-destroy-notes = Read the evaluation forms, write down only the counts and ideas for improvement, and destroy the forms, the practice worksheets and the sort sheets.
timeline-after-pass-on-counts = If the group agreed, pass the recommendations (and only a tally with small numbers merged) to the legal partner, by hand or by its secure channel.
timeline-after-debrief-together = Meet with your { -co-facilitator } within a few days: what went well, what was hard, anything someone disclosed that needs follow-up through the support contacts.
timeline-after-own-care = Take care of yourself. Listening to stories of enforcement and hardship can weigh on facilitators too. Talk to someone you trust, and use the mental-health contact on the sheet if you need it.

## Interpretation

interpretation-consecutive = In a bilingual room, use consecutive interpretation: speak two or three sentences, pause, and let the interpreter repeat them. Read scripted lines slowly, and stop after each instruction, not in the middle of it.
interpretation-brief-interpreter = Brief the interpreter before the day: send the glossary, the practice sheet and the safety rules, and agree the words you will use for “consent”, “anonymous”, “blur” and “recommendation” so they stay the same all day.
interpretation-same-agreements = The interpreter follows the same agreements as everyone: no notes with names, no photos, and nothing repeated outside the room. In a small community the interpreter may know participants; ask the group, privately if needed, whether they are comfortable.
interpretation-indigenous-languages = Ask in advance, and privately, whether anyone would follow better in an Indigenous language of Mexico or Central America. If so, look for a community interpreter for that language, and rely on spoken explanations and drawings rather than written handouts.
interpretation-ask-privately = Never ask the room “who doesn’t speak English?” or “who speaks an Indigenous language?”. Ask quietly, one by one, or on the registration call, so nobody is singled out.
interpretation-no-children = Avoid asking children or family members to interpret. The topics today can be heavy, and a relative may hear things the person would rather keep private.
interpretation-materials = Bilingual handouts, side by side, help interpreters and mixed groups. Read every handout aloud anyway: not everyone reads comfortably in either language.
interpretation-time = Our advice: plan for anything spoken to take about twice as long with consecutive interpretation. In an interpreted workshop, use the short-time adaptations, or run the module over two sessions.

## Materials

material-chairs-in-circle = { -supply-chairs-in-circle }
material-flipchart-paper = { -supply-flipchart-paper }
material-markers = { -supply-markers }
material-markers-three-colours = Markers in three colours, one colour per map layer
material-blank-name-tags = { -supply-blank-name-tags }
material-open-floor-space = { -supply-open-floor-space }
material-dot-stickers-three-colours = Dot stickers in three colours, matching the markers
material-sticky-notes = { -supply-sticky-notes }
material-masking-tape = { -supply-masking-tape }
material-water-and-snacks = { -supply-water-and-snacks }
material-pens = { -supply-pens }
material-blank-worksheet-prop = One blank copy of the documentation worksheet, to hold up
material-evaluation-box = { -supply-evaluation-box }

## Handouts

handout-support-contacts-title = Support contacts
handout-support-contacts-intro = { -org-placeholder } checked these contacts before the workshop. Keep this sheet somewhere private. You do not need to give your name to anyone to ask for help.
handout-support-contacts-contacts-heading = Where to get help
handout-support-contacts-contacts-body = Write your own notes here only if it is safe for you. Never write anyone’s name or status on this sheet.
handout-support-contacts-contacts-prompt-legal-aid = Legal aid (name of the organisation and phone):
handout-support-contacts-contacts-prompt-accredited-rep = { -doj-rep } or immigration attorney:
handout-support-contacts-contacts-prompt-mental-health = Mental-health support for everyone, whatever their status:
handout-support-contacts-contacts-prompt-crisis = Crisis line, day and night:
handout-support-contacts-contacts-prompt-family-search = Support for families looking for a missing migrant:
handout-support-contacts-contacts-prompt-organisation = The organisation that ran this workshop (public contact):
handout-support-contacts-checked-heading = Checked
handout-support-contacts-checked-body = Contacts change. If one does not answer, ask the organisation that ran this workshop for another.
handout-support-contacts-checked-prompt-checked-on = Checked on (date) by (role, not a name):

handout-map-key-title = Our map key and safe-mapping rules
handout-map-key-intro = Our map shows conditions and patterns in a shared public area, never people. It belongs to the group that made it.
handout-map-key-three-layers-heading = Three layers, three colours
handout-map-key-three-layers-body = Each group uses the same three colours, so the maps can be compared.
handout-map-key-three-layers-item-inequity = First colour: what is missing or unequal. No drinking water or sewer, no bus or too few buses, clinics that ask for ID at the door, streets that flood, no shade in the heat, alerts only in English.
handout-map-key-three-layers-item-enforcement = Second colour: enforcement. Checkpoints, roads where patrols wait, public places where people report being stopped. Mark the place and the kind of thing, never who.
handout-map-key-three-layers-item-help = Third colour: help. The type of service (a free clinic, a food bank, { -legal-aid }, a library with internet), not its name or address.
handout-map-key-three-layers-item-change = An arrow with a word or two: something that changed (a new checkpoint, a bus that stopped running, a clinic that closed).
handout-map-key-rules-heading = Safe-mapping rules
handout-map-key-rules-body = A map can end up in other hands. Draw only what would be safe for anyone to see.
handout-map-key-rules-item-no-homes = No homes: not yours, not anyone’s.
handout-map-key-rules-item-no-routes = No routes people use to cross or to avoid checkpoints.
handout-map-key-rules-item-no-workplaces = No workplaces.
handout-map-key-rules-item-no-names = No names of people.
handout-map-key-rules-item-type-not-address = Show help as a type of service in the right part of the area, not an exact address, if the map may leave the room.
handout-map-key-rules-item-public-area = Map a shared public area that most people know, not where anyone lives.
handout-map-key-rules-item-belongs = The map belongs to the group. The group decides what happens to it.
handout-map-key-rules-item-paper-only = Paper only. No photos unless everyone agrees, and never online.
handout-map-key-questions-heading = Questions to ask of any map
handout-map-key-questions-item-whose-map = Whose map is this, and who decided what is on it?
handout-map-key-questions-item-who-gains = If it left the room, who could gain from it, and who could lose?
handout-map-key-questions-item-what-missing = What is not on the map, and why?

handout-documentation-worksheet-title = Writing down a human rights concern safely
handout-documentation-worksheet-intro = Use this sheet to write down something that worried you, so that a trusted { -legal-aid-group } can help. Never write anyone’s name on it: not yours, not anyone else’s. This is not a legal form, and it is not legal advice.
handout-documentation-worksheet-before-you-start-heading = Before you start
handout-documentation-worksheet-before-you-start-body = Read these points first.
handout-documentation-worksheet-before-you-start-item-their-choice = It is their story and their choice. The person it happened to decides whether it is written down, and who sees it. A report can put them and their family at risk.
handout-documentation-worksheet-before-you-start-item-never-write = Never write anyone’s name, address, immigration status, A-number, who travelled or crossed with whom, or any route.
handout-documentation-worksheet-before-you-start-item-your-safety = Your safety comes first. Write only what you saw from a safe place. Do not follow anyone or step into what is happening.
handout-documentation-worksheet-before-you-start-item-facts-only = Write what you saw and heard. If you are guessing, say so.
handout-documentation-worksheet-before-you-start-item-no-photos = Do not photograph people, or this sheet.
handout-documentation-worksheet-consent-heading = Consent first
handout-documentation-worksheet-consent-prompt-agreed = Did the person it happened to agree to this report? What did they say? (If you could not ask them, write “could not ask”, and report only the pattern.)
handout-documentation-worksheet-consent-prompt-how-used = How do they want it used, and by whom?
handout-documentation-worksheet-consent-prompt-contact = Do they want the { -legal-aid-group } to talk with them? Write only yes, no or not sure. Never write how to reach them: they can contact the { -legal-aid-group } themselves.
handout-documentation-worksheet-what-happened-heading = What happened
handout-documentation-worksheet-what-happened-prompt-what = What happened? Say it in a few words.
handout-documentation-worksheet-what-happened-prompt-where = Where? Name a public area (“the road out of town”, “near the bridge”), never a home or an exact address.
handout-documentation-worksheet-what-happened-prompt-when = When? The month, and morning, afternoon or night.
handout-documentation-worksheet-what-happened-prompt-who = Who was involved? Describe them by role, uniform or vehicle, never by name (“two agents in green uniforms”, “a white vehicle with a green stripe”).
handout-documentation-worksheet-what-happened-prompt-saw = What did you see and hear, step by step?
handout-documentation-worksheet-what-happened-prompt-after = What happened afterwards? Was anyone hurt? (No names.)
handout-documentation-worksheet-check-before-heading = Check before you hand it over
handout-documentation-worksheet-check-before-body = Read your sheet as if you were someone who wishes harm. Could it point to one person?
handout-documentation-worksheet-check-before-item-combined = Details that seem harmless can identify someone together: a date, a time, a place and a vehicle.
handout-documentation-worksheet-check-before-item-area = Blur places to an area or a crossroads.
handout-documentation-worksheet-check-before-item-month = Blur dates to the month, and times to morning, afternoon or night.
handout-documentation-worksheet-check-before-item-rare = Leave out rare details: the only red pickup, the only store on the street, a tattoo.
handout-documentation-worksheet-check-before-item-small = When numbers are shared, counts of one or two can point to one family. Ask the { -legal-aid-group } to put them together with others.
handout-documentation-worksheet-keep-safe-heading = Keeping it safe
handout-documentation-worksheet-keep-safe-body = Paper with no names, kept in one private place, is often the safest way to keep a record.
handout-documentation-worksheet-keep-safe-item-paper = Keep this sheet in a private place until you hand it over. Do not leave it in a car.
handout-documentation-worksheet-keep-safe-item-no-photo = Do not photograph it. Photos can hold the place and time they were taken, and phones often copy them to the cloud.
handout-documentation-worksheet-keep-safe-item-no-chats = Do not send it, or pictures of it, in group chats or on social media. Anything sent can be forwarded.
handout-documentation-worksheet-keep-safe-item-crossing = Phones can be searched at ports of entry. Do not keep reports on the phone you travel with.
handout-documentation-worksheet-keep-safe-item-hand-over = Give it by hand only to a trusted { -legal-aid-group }. Ask them what they will do with it.
handout-documentation-worksheet-keep-safe-prompt-give-to = Which trusted { -legal-aid-group } will you give this to? (The name of the group, not of a person.)

handout-practice-reports-title = Practice sheet: an invented scenario and twelve invented reports
handout-practice-reports-intro = Everything on this sheet is invented for practice. Any resemblance to real people or places is an accident.
handout-practice-reports-invented-heading = Please read first
handout-practice-reports-invented-body = Use this sheet only in the workshop. Do not add real events to it. The reports below have already been made anonymous: they name no one and give places only as areas.
handout-practice-reports-scenario-heading = The scenario (for the documentation practice)
handout-practice-reports-scenario-body =
    On a Tuesday in March, at 7:42 in the morning, you are buying coffee at the gas station on the road out of town. Two agents in green uniforms, in a white vehicle with a green stripe, stop the only red pickup at the pump. The driver is a woman you know a little: her name is Rosa, she lives on Pine Street, and she works at the bakery. The agents ask her for papers, take her phone and keep her for about two hours. She seems frightened. A man at the pump films part of it.

    Later Rosa tells you that she is all right, but that she does not want her name or her job anywhere. She says she would like the { -legal-aid-group } to know that this keeps happening at that gas station.
handout-practice-reports-reports-heading = Twelve invented reports (for the tally)
handout-practice-reports-reports-body = Each report gives the month, the area and what happened.
handout-practice-reports-reports-item-r1 = March, north side: a car stopped on the road out of town and held about two hours; the driver was not told why.
handout-practice-reports-reports-item-r2 = March, north side: a stop at the same road; agents searched the car.
handout-practice-reports-reports-item-r3 = April, north side: a stop near the gas station; the driver’s phone was taken for a while.
handout-practice-reports-reports-item-r4 = April, downtown: the clinic asked for ID at the door, and a family left without being seen.
handout-practice-reports-reports-item-r5 = April, downtown: the evacuation alert for a storm came only in English.
handout-practice-reports-reports-item-r6 = May, east side: the street flooded and the bus did not come for two days.
handout-practice-reports-reports-item-r7 = May, east side: no bus after six in the evening; workers walked home along the highway.
handout-practice-reports-reports-item-r8 = May, north side: a long stop on the road out of town; the agents shouted at the passengers.
handout-practice-reports-reports-item-r9 = June, downtown: the clinic again asked for ID at the door.
handout-practice-reports-reports-item-r10 = June, east side: no shade at the bus stop during a heat wave; an older person fainted.
handout-practice-reports-reports-item-r11 = June, north side: a stop on the road out of town; the driver was held about an hour.
handout-practice-reports-reports-item-r12 = June, downtown: the school sent notices only in English.

handout-report-to-recommendation-title = From reports to recommendations
handout-report-to-recommendation-intro = A worksheet for the group. No names, no addresses. Only the counts and the recommendations ever leave the room, and only if the group agrees.
handout-report-to-recommendation-tally-heading = 1. Tally the reports
handout-report-to-recommendation-tally-body = Make one mark for each report.
handout-report-to-recommendation-tally-prompt-by-type = By type of concern (stops and long waits; treatment by agents; services that ask for ID; water, flooding and heat; buses and roads; information only in English):
handout-report-to-recommendation-tally-prompt-by-area = By area:
handout-report-to-recommendation-tally-prompt-by-month = By month:
handout-report-to-recommendation-check-counts-heading = 2. Check the small numbers
handout-report-to-recommendation-check-counts-body = Before anything leaves the room, look for boxes with only one or two marks.
handout-report-to-recommendation-check-counts-item-merge = Put small counts together into a bigger area or a longer time.
handout-report-to-recommendation-check-counts-item-no-single = If a count could still point to one family, leave it out of anything that is shared.
handout-report-to-recommendation-patterns-heading = 3. The pattern
handout-report-to-recommendation-patterns-prompt-what-pattern = What pattern do the counts show, and how does it connect to our map?
handout-report-to-recommendation-recommendations-heading = 4. Our recommendations
handout-report-to-recommendation-recommendations-body = For each one: who should do what, and by when? Ask for a change in a policy or a practice; do not name or blame one person.
handout-report-to-recommendation-recommendations-prompt-rec-1 = Recommendation 1:
handout-report-to-recommendation-recommendations-prompt-rec-2 = Recommendation 2:
handout-report-to-recommendation-recommendations-prompt-rec-3 = Recommendation 3 (if you have one):
handout-report-to-recommendation-where-it-goes-heading = 5. Where it can go
handout-report-to-recommendation-where-it-goes-body = Recommendations can go through three doors, always with a trusted legal partner or network.
handout-report-to-recommendation-where-it-goes-item-local = Local: a city council, a county, a school board, a clinic’s board, a community meeting.
handout-report-to-recommendation-where-it-goes-item-national = National: complaint and oversight channels for the agencies, through a trusted legal partner. Many cases of abuse move forward only when outside advocates or the people affected act.
handout-report-to-recommendation-where-it-goes-item-international = International: the UN Special Rapporteur on the human rights of migrants, who receives information from all relevant sources, including migrants themselves; and public hearings of the Inter-American Commission on Human Rights. Usually through a network that already works with them.
handout-report-to-recommendation-where-it-goes-prompt-which-door = Which door will we try first, and with whom (a group, not a person)?

handout-safe-documentation-card-title = Writing it down safely
handout-safe-documentation-card-intro = Not legal advice. Researched through { -current-date }.
handout-safe-documentation-card-rules-heading = Five rules
handout-safe-documentation-card-rules-item-ask-first = Their story, their choice: ask first.
handout-safe-documentation-card-rules-item-no-names = No names, status, addresses or routes.
handout-safe-documentation-card-rules-item-blur = An area, not an address. A month, not a date.
handout-safe-documentation-card-rules-item-photos = Don’t photograph the sheet.
handout-safe-documentation-card-rules-item-phone = Phones can be searched at the border.
handout-safe-documentation-card-rules-prompt-legal-group = Legal group:

handout-glossary-title = Words to know
handout-glossary-intro = Plain definitions of the words used in this workshop.
handout-glossary-mapping-words-heading = Mapping
handout-glossary-mapping-words-item-community-map = Community map: a map a group draws together from what its members know, showing conditions and patterns, not people.
handout-glossary-mapping-words-item-inequity = Inequity: differences in services or treatment that are unfair and could be changed, such as one part of town without buses or clean water.
handout-glossary-mapping-words-item-colonia = Colonia: in the U.S. border region, a community that lacks basic services such as drinking water, sewers or safe housing. Laws and agencies define the word in different ways.
handout-glossary-mapping-words-item-pattern = Pattern: something that happens again and again, in the same kind of place or to the same kind of people.
handout-glossary-documentation-words-heading = Documentation
handout-glossary-documentation-words-item-documentation = Documentation: writing down what happened, keeping it safe and getting it to the people who can use it, so it is not lost.
handout-glossary-documentation-words-item-informed-consent = Informed consent: a person’s free yes, after they understand what will be done with their information and what the risks are. They can say no, or change their mind.
handout-glossary-documentation-words-item-anonymised = Anonymous (anonymised): with every detail removed that could show who a person is. Removing the name alone is not enough.
handout-glossary-documentation-words-item-re-identification = Re-identification: finding out who someone is by putting together details that seem harmless, such as a date, a place and a vehicle.
handout-glossary-documentation-words-item-blurring = Blurring: making a detail less exact so it cannot point to one person: an area instead of an address, a month instead of a date.
handout-glossary-phone-words-heading = Phones and records
handout-glossary-phone-words-item-metadata = Metadata: hidden information stored with a file, such as where and when a photo was taken.
handout-glossary-phone-words-item-cloud-sync = Cloud sync: when a phone copies photos and files to a company’s servers by itself.
handout-glossary-phone-words-item-encryption = End-to-end encryption: a way of sending messages so that only the sender and the receiver can read them.
handout-glossary-phone-words-item-basic-search = Basic search: when a border officer looks through a phone by hand.
handout-glossary-phone-words-item-advanced-search = Advanced search: when a border officer connects equipment to a phone to copy or analyse what is on it.
handout-glossary-phone-words-item-port-of-entry = Port of entry: an official border crossing point, such as a bridge or an airport, where people and goods are inspected.
handout-glossary-advocacy-words-heading = Advocacy
handout-glossary-advocacy-words-item-recommendation = Recommendation: a clear request for a change in a policy or a practice: who should do what, by when.
handout-glossary-advocacy-words-item-advocacy = Advocacy: organised efforts to get decision-makers to change a policy or a practice.
handout-glossary-advocacy-words-item-special-rapporteur = UN Special Rapporteur on the human rights of migrants: an independent expert named by the United Nations to look at the rights of migrants in every country and to make recommendations.
handout-glossary-advocacy-words-item-iachr-hearing = Hearing of the Inter-American Commission on Human Rights: a public session where the Commission can hear information about human rights in the countries of the Americas.
handout-glossary-advocacy-words-item-legal-partner = Legal partner: a trusted { -legal-aid-group } or network that knows how to use reports safely and can carry recommendations forward.

handout-evaluation-title = How was today?
handout-evaluation-intro = This form is anonymous. Answer only what you want, fold it and drop it in the box.
handout-evaluation-no-names-heading = No names, please
handout-evaluation-no-names-body = Do not write your name or anyone else’s. The forms are read only to improve the workshop, and then destroyed.
handout-evaluation-today-heading = About today
handout-evaluation-today-prompt-most-useful = What was most useful for you today?
handout-evaluation-today-prompt-still-unclear = What is still unclear?
handout-evaluation-today-prompt-improve = What could make this workshop better next time?
handout-evaluation-check-heading = Three quick questions
handout-evaluation-check-body = These are not a test. They tell us whether we explained things well.
handout-evaluation-check-prompt-never-write = Name one thing you should never write down in a report.
handout-evaluation-check-prompt-why-identify = Why can a report without names still identify someone?
handout-evaluation-check-prompt-who-decides = Who decides whether an incident is reported?
handout-evaluation-feel-safe-heading = Feeling safe
handout-evaluation-feel-safe-prompt-safe-today = Did you feel safe taking part today? What would have helped?

## Sources

source-ifad-2009-title = Good practices in participatory mapping: a review prepared for the International Fund for Agricultural Development (IFAD)
source-ifad-2009-publisher = International Fund for Agricultural Development (IFAD)
source-iied-pla-54-2006-title = Participatory Learning and Action 54: Mapping for change: practice, technologies and communication
source-iied-pla-54-2006-publisher = International Institute for Environment and Development (IIED) and CTA
source-rambaldi-2006-title = Practical ethics for PGIS practitioners, facilitators, technology intermediaries and researchers (Rambaldi, Chambers, McCall and Fox)
source-rambaldi-2006-publisher = International Institute for Environment and Development (IIED), Participatory Learning and Action 54
source-fmr-2011-title = Sharing sensitive data on forced migrants (Benelli, Guarino and Ziemke)
source-fmr-2011-publisher = Forced Migration Review 38
source-gao-10-126-title = Report GAO-10-126 on drinking-water and wastewater infrastructure in the U.S.–Mexico border region
source-gao-10-126-publisher = U.S. Government Accountability Office
source-huridocs-2002-title = What is Documentation? (Guzman and Verstappen), as quoted in the OpenEvSys manual
source-huridocs-2002-publisher = HURIDOCS
source-ohchr-2001-title = Training Manual on Human Rights Monitoring, chapter V: basic principles of monitoring (Professional Training Series No. 7)
source-ohchr-2001-publisher = UN Office of the High Commissioner for Human Rights (OHCHR)
source-sweeney-2000-title = Simple Demographics Often Identify People Uniquely (Data Privacy Working Paper 3)
source-sweeney-2000-publisher = Latanya Sweeney, Carnegie Mellon University
source-bnhr-2018-title = The State of Human Rights at the U.S.-Mexico Border: Report on the Findings of the 2018 Abuse Documentation Campaign
source-bnhr-2018-publisher = Border Network for Human Rights
source-wola-2023-title = Accountability for abuses at the U.S.-Mexico border: how to address failures and protect rights (section I)
source-wola-2023-publisher = WOLA and the Kino Border Initiative
source-witness-2020-title = Video as Evidence: U.S. Immigration (launch of the guide)
source-witness-2020-publisher = WITNESS
source-cbp-directive-2018-title = CBP Directive No. 3340-049A, Border Search of Electronic Devices (4 January 2018)
source-cbp-directive-2018-publisher = U.S. Customs and Border Protection (CBP)
source-cbp-device-searches-2024-title = Border search of electronic devices at ports of entry
source-cbp-device-searches-2024-publisher = U.S. Customs and Border Protection (CBP)
source-eff-border-2017-title = Digital Privacy at the U.S. Border: Protecting the Data On Your Devices and In the Cloud
source-eff-border-2017-publisher = Electronic Frontier Foundation (EFF)
source-sr-migrants-mandate-1999-title = About the mandate of the Special Rapporteur on the human rights of migrants (created by resolution 1999/44)
source-sr-migrants-mandate-1999-publisher = { -ohchr }
source-ohchr-call-for-input-2024-title = Call for input: Revisiting migrants’ contributions from a human rights-based approach (A/HRC/56/54)
source-ohchr-call-for-input-2024-publisher = { -ohchr }
source-iachr-rules-2013-title = Rules of Procedure of the Inter-American Commission on Human Rights (in force since 1 August 2013)
source-iachr-rules-2013-publisher = Inter-American Commission on Human Rights (IACHR), Organization of American States
