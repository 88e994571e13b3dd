### Rights at Borders: every word of the module (English).
### The message ids are derived from curricula/rights-at-borders/module.yaml.
### Popular education, not legal advice. Facts and law researched through mid-2026.

## Terms used throughout this file

-current-date = mid-2026

## Module

module-title = Rights at Borders
module-summary = A workshop of about three and a half hours for community members, promotoras and volunteers. Starting from what people already know, the group maps its own community; learns what human rights law says about borders (the right to leave, the right to seek asylum, non-refoulement and due process) and what the { -ohchr-principles } ask of governments; looks at how the U.S.–Mexico border was criminalised and militarised from the 1980s on and what it has cost in lives; learns what the 100-mile border zone means in daily life; practises writing down a human rights concern safely, without names; and chooses one step to take together. Popular education, not legal advice; researched up to { -current-date }; check before each workshop.

## Objectives

objective-borders-not-exception = Explain in their own words why borders are not places where human rights stop.
objective-leave-and-asylum = Name two rights in international law: the right to leave any country, including one’s own, and the right to seek asylum from persecution.
objective-non-refoulement = Describe non-refoulement: a refugee must not be sent back to a place where their life or freedom would be threatened.
objective-due-process = Describe basic due-process protections in the United States, and why they are weaker for people stopped at or near the border soon after entering.
objective-ohchr-guidelines = Recognise the main points of the { -ohchr-principles } (2014).
objective-deterrence-cost = Describe how the U.S.–Mexico border was criminalised and militarised from the 1990s on, and what this has cost in lives.
objective-border-zone = Explain what the 100-mile border zone means in daily life: checkpoints, roving patrols and searches.
objective-map-and-document = Map human rights concerns in their community, and write down a concern safely, without names, for a trusted { -legal-aid-group }.

## Safety

safety-not-legal-advice = This workshop is popular education, not legal advice. Say so at the start and again whenever you talk about U.S. law. Tell people to consult a { -attorney } or a { -doj-rep } about their own situation. The legal information here was researched up to { -current-date }. U.S. immigration law and border policy changed again and again in 2025 and 2026, and several of the rules mentioned here are being challenged in court.
safety-check-current-law = Before each workshop, ask { -legal-aid-placeholder } what has changed since { -current-date }, especially about expedited removal, about access to asylum at the southern border and about what the pocket card says. If something has changed, tell the group and correct the handouts by hand. Teach the stable principles first, and treat details that change often as “check with { -legal-aid }”.
safety-no-names = Collect no names. No sign-in sheet with names, no attendance list, no contact list. People may write a first name or a made-up name on a { -name-tag }, or use no { -name-tag } at all. Do not write down anything that could identify a participant, and do not keep notes about who said what.
safety-no-photos = No photos, video or audio recordings of people. No photos of the community map, the charts or anyone’s notes unless the whole group agrees. Images shared carelessly can harm the people in them.
safety-opt-out = Anyone can pass, stay quiet or step out at any time, with no explanation needed. Say this at the start and repeat it before the heavier activities (the community map and the timeline). Nobody has to share their own story or their immigration status.
safety-confidentiality = Do not promise confidentiality: in an open community room nobody can guarantee it. Say instead: “{ -rule-confidentiality }”
safety-grounding = Teach a short { -grounding-practice } at the start and use it whenever the room gets heavy: both feet on the floor, look around and silently name three things you can see, then take three slow breaths together. Remind people that they can also step out. Close heavy moments with something shared, such as a song or a breath together.
# puente: same-as-source
safety-co-facilitator = { -rule-co-facilitator }
# puente: same-as-source
safety-role-play = { -rule-role-play }
# puente: same-as-source
safety-phones = { -rule-phones }
# puente: same-as-source
safety-venue = { -rule-venue }
# puente: same-as-source
safety-minors = { -rule-minors }
# puente: same-as-source
safety-mandated-reporting = { -rule-mandated-reporting }
# puente: same-as-source
safety-emergency = { -rule-emergency }
safety-disclosure = If someone shares something serious (abuse, danger, a detention, a recent crossing, a loss): thank them; do not ask for details or probe; do not write it down; gently bring the group back to the activity; offer a private moment after the session, with the { -co-facilitator } nearby; and refer them to the contacts on the { -referral-sheet }. Never promise a legal outcome.
safety-referrals = Before the workshop, fill in the { -referral-sheet } (the handout of that name) with contacts you have checked: { -legal-aid-placeholder }; { -accredited-rep-placeholder }; { -mental-health-placeholder }; { -crisis-line-placeholder }; { -family-search-placeholder }; { -emergency-placeholder }. Check that each one is still open, serves people whatever their status and takes new people. Print one for every participant, so that nobody has to ask for it or copy numbers from the wall in front of others. Never invent a name or a phone number. If you do not have a contact, say so honestly and ask { -org-placeholder } to help you find one.
safety-information-not-fear = Lead with information, not fear. Give clear, calm facts and concrete things people can do. When a topic is frightening, name what people can do about it and where they can get help.
# puente: same-as-source
safety-facilitator-care = { -rule-facilitator-care }

## Activity: agreements

activity-agreements-title = Welcome and agreements
activity-agreements-purpose = Build a safe, shared space: explain what this workshop is and what it is not, and agree together how we will take care of each other.
activity-agreements-prep-chart-agreements = On flipchart paper, write a few starting agreements: one voice at a time; we ask that what is said here stays here, and what is learned here leaves here; anyone can say “pass” or step out; no names of other people in our stories; no photos or recordings; every question is welcome.
activity-agreements-prep-referral-sheet = Fill in the { -referral-sheet } with the real contacts for your area (see the safety notes) and print one for each participant, plus a few spares. Leave a pile where people can take one without asking.
activity-agreements-prep-check-updates = Call { -legal-aid-placeholder } and ask what has changed in border and asylum rules since { -current-date }. Write any changes on a note for yourself, and correct the handouts by hand if needed.
activity-agreements-step-welcome = Welcome people as they arrive. Introduce yourself, the { -co-facilitator } and { -org-placeholder } in one or two sentences, and say that the { -co-facilitator } will keep an eye on the room and on the { -quiet-corner }. Show where the bathrooms, the water, the { -quiet-corner } and the exits are.
activity-agreements-step-name-tags = Offer everyone a blank { -name-tag } and say: “Please write a first name, or any name you would like to be called today. It doesn’t have to be your real name, and you can skip the { -name-tag }.” Explain that there is no sign-in sheet and that nobody will keep a list of who came. Hand everyone a { -referral-sheet }.
activity-agreements-step-not-legal-advice = Explain what today is: “This is popular education. We learn from each other and from human rights law. It is not legal advice. For your own situation, please talk to an immigration attorney or a { -doj-rep }. The legal information we share was researched up to { -current-date }. The rules have been changing, so always check.”
activity-agreements-step-propose = Read the starting agreements aloud, one at a time. When you read the one about what is said here, be honest: “{ -rule-confidentiality }” After each agreement, ask: “Can we all live with this?” and wait for nods.
activity-agreements-step-add = Ask: “What else do you need from this group to feel safe and to take part?” Add each new agreement to the chart in the group’s own words.
activity-agreements-step-grounding = Teach the { -grounding-practice }: “If things get heavy today, we can stop together. Both feet on the floor. Look around and silently name three things you can see. Then three slow breaths.” Practise it once together now.
activity-agreements-step-confirm = Ask everyone to show agreement with a thumbs-up or a nod. Post the chart where everyone can see it all day, and say that anyone may point to it if an agreement is not being kept.
activity-agreements-debrief-anything-missing = Is anything missing from our agreements?
activity-agreements-debrief-what-needed = What do you need today to take part fully?
activity-agreements-note-no-records = Do not write down any participant’s name, phone number or immigration status, not even in your own notes. If someone offers you their contact details, thank them and point them to the { -referral-sheet } instead.
activity-agreements-note-first-time = Some people may be in a group like this for the first time and may feel watched. Explain calmly why there is no sign-in sheet; hearing this often builds trust.
activity-agreements-adapt-low-literacy = Read every agreement aloud and draw a simple picture next to each one, for example a closed mouth for “one voice at a time” or an open door for “you can step out”.
activity-agreements-adapt-online = Use a platform your organisation trusts, with recording turned off. Tell people they may rename themselves with a first name or any name and keep their camera off. Paste the agreements in the chat and ask for a reaction to confirm them.

## Activity: border-in-our-lives

activity-border-in-our-lives-title = The border in our lives
activity-border-in-our-lives-purpose = Start from what participants already know: how the border and border enforcement show up in daily life in this community.
activity-border-in-our-lives-prep-chart-question = Write this question in large letters on flipchart paper: “Where do you see or feel the border in daily life here?”
activity-border-in-our-lives-step-frame = Explain: “We start with what you already know. You are the experts on your own community.” Read the question on the chart aloud.
activity-border-in-our-lives-step-choose-what-to-share = Say clearly: “You choose what to share. Talk about the community and about places, not about your own papers or your own crossing, unless you want to. You can always pass.”
activity-border-in-our-lives-step-pair-talk = Ask people to turn to a neighbour and take turns, about three minutes each. Give a few examples to get started: a checkpoint on the road to work, a school trip that can’t go somewhere, helicopters overhead, news that someone went missing.
activity-border-in-our-lives-step-one-word = Ask each person to write one to three words, or draw a small picture, on a sticky note for each idea that came up. One idea per note, and no names.
activity-border-in-our-lives-step-post = Invite people to stick their notes on the chart. Anyone who prefers can hand their notes to you to post.
activity-border-in-our-lives-step-read-back = Read a selection of notes aloud. Group similar notes together as you read, without saying who wrote them.
activity-border-in-our-lives-debrief-what-surprised = What did you hear from your partner that surprised you?
activity-border-in-our-lives-debrief-common-ground = What do many of us seem to share?
activity-border-in-our-lives-debrief-who-carries = Who in our community feels the border the most? Who feels it the least? (Think, for example, of women, of Black and Indigenous neighbours, of LGBTQ+ people, of children and elders.)
activity-border-in-our-lives-note-not-journey = This is not an activity for telling migration stories. If someone begins a painful personal story, listen, thank them, and gently remind the room that everyone chooses what to share.
activity-border-in-our-lives-note-listen-for-themes = Listen for themes you can use later: checkpoints, stops, fear of driving, people who went missing, help from churches or neighbours. Leave the notes up; the community map builds on them.
activity-border-in-our-lives-adapt-low-literacy = Skip the writing. Each pair says one word or phrase aloud, and you write or draw it on the chart.
activity-border-in-our-lives-adapt-large-group = Instead of reading every note, ask three or four pairs to share one thing each, and group the notes yourself during the break.
activity-border-in-our-lives-adapt-online = Use breakout rooms of two for six minutes. Then ask everyone to type one to three words in the chat, or to say them aloud.

## Activity: community-map

activity-community-map-title = Mapping our community
activity-community-map-purpose = Draw our community together to see where people find help, where human rights concerns happen and what has changed over time, so that we can find patterns and their root causes.
activity-community-map-prep-map-key = Prepare one map key for each group, printed or drawn: a green dot is a kind of help (a clinic, a shelter, a church, a school, a { -legal-aid } office); a red dot is a place of worry (for example a checkpoint, or a place where people have been stopped or treated badly); a blue dot is a service that is missing or unequal (no clean water, no bus, a clinic or shelter that asks for ID, streets that flood, alerts only in English); an arrow or a star is something that has changed over time (a new checkpoint, a closed road, a service that left).
activity-community-map-prep-safe-mapping-rules = Write the safe-mapping rules on a chart: map a shared public area, not where each of us lives; mark public places only; never mark anyone’s home or workplace, or the routes people use to cross or to avoid checkpoints; mark help as a kind of service (“a clinic”), not an exact address, and leave off places that quietly help people without papers unless they are already public; no names of people; the map belongs to the group.
activity-community-map-prep-wall-space = Clear enough wall space or tables to show all the groups’ maps side by side for a gallery walk.
activity-community-map-step-explain-map = Form groups of four to six by counting off around the circle. Do not group people by neighbourhood or town: choosing a group by where you live tells the whole room where you live. Give every group the same shared public area to map, for example the town centre and the main roads. Explain: “We are going to draw this area as we know it: roads, landmarks, the places that matter to us. It doesn’t need to be to scale or beautiful.”
activity-community-map-step-safety-rules = Read the safe-mapping rules aloud. Say: “A map can end up in other hands. Only draw what would be safe for anyone to see.”
activity-community-map-step-draw-places = Give the groups eight minutes to draw the main roads and landmarks, schools, stores, churches, the border or port of entry if it is nearby, and any checkpoints they know of.
activity-community-map-step-mark-help = Ask the groups to put green dots on the kinds of places where people find help and support, without exact addresses.
activity-community-map-step-mark-worry = Ask the groups to put red dots on the places where human rights concerns happen. Next to each red dot they can add a sticky note with a few words about what kind of concern it is (for example “long stops”, “rough treatment”, “people afraid to go to the clinic”), but never who was involved.
activity-community-map-step-mark-gaps = Ask the groups to put blue dots where a service is missing or unequal: no clean water, no bus, a clinic or shelter that asks for ID, streets that flood, extreme heat, emergency alerts that come only in English.
activity-community-map-step-mark-change = Ask the groups to mark what has changed over the years with an arrow or a star and a word or two: what is new, and what is gone.
activity-community-map-step-gallery = Post the maps side by side. Invite everyone to walk around for five minutes and look at the other groups’ maps.
activity-community-map-step-patterns = Bring everyone back together and ask the debrief questions. Write the patterns the group names on a chart titled “What we see”, and keep it up for the rest of the workshop.
activity-community-map-debrief-where-worry = Where do the red dots gather? What do those places have in common?
activity-community-map-debrief-where-help = Where is help, and who can reach it? Who can’t, and why? Where are the blue dots, and who lives with them?
activity-community-map-debrief-what-changed = What has changed over the years, and why do you think it changed?
activity-community-map-debrief-who-documents = Who already writes down or reports these concerns in our area? Who else could?
activity-community-map-note-no-homes-no-routes = Watch the maps while groups draw. If someone marks a home, a person’s name or a crossing route, quietly ask the group to remove it or cover it with a sticky note, and explain that this protects people.
activity-community-map-note-map-belongs = The map belongs to the group. Do not photograph it or take it away unless everyone agrees. At the end of the workshop the group decides what to do with it: leave it with a trusted organisation, take it home, or tear it up.
activity-community-map-note-bnhr-model = If people ask whether mapping and documenting make a difference, share a real example. For about twenty years the Border Network for Human Rights in El Paso has trained community members to collect reports of abuses with a standard form. Its reports are used for rights education, meetings with government agencies and policy recommendations; its 2023 report counted 52 cases.
activity-community-map-adapt-low-literacy = Use only symbols and drawings: dots, arrows and small pictures. A group member who writes easily can add a few words if the group wants.
activity-community-map-adapt-large-group = Make more groups of five or six and ask each group to map a different part of the area. During the gallery walk, one person stays with each map to explain it.
activity-community-map-adapt-short-time = Give each group a simple outline of the area, drawn in advance, so they can go straight to the dots. Skip the step about changes over time.
activity-community-map-adapt-online = Do not use a shared online whiteboard: it keeps copies and a version history even after you delete it. Instead, build the map by talking (“What is on the main road? Where do people get help?”) while you sketch it on paper on your side, or ask people to draw on paper at home and describe their drawing. No screenshots.

## Activity: rights-without-exception

activity-rights-without-exception-title = Rights do not stop at the border
activity-rights-without-exception-purpose = Add new information: what international human rights law says about borders, the right to leave, the right to seek asylum and non-refoulement, and what the { -ohchr-principles } ask of governments.
activity-rights-without-exception-prep-signs = Make two large signs, “Agree” and “Disagree”, and tape them at opposite ends of an open space. Put a few chairs along the line.
activity-rights-without-exception-prep-guidelines-poster = Make a poster of the ten guidelines of the { -ohchr-principles }, numbered, one short line each, in plain words. You can copy the list from the reading handout.
activity-rights-without-exception-prep-read-reading = Read the reading handout yourself, especially the parts on leaving, asylum and non-refoulement, so that you can explain them in your own words.
activity-rights-without-exception-step-explain-line = Explain: “I will read a statement. Stand somewhere on this line between Agree and Disagree. There is no wrong place to stand, and you can move after you hear others.” Say that anyone can take part from a chair by raising a hand or pointing.
activity-rights-without-exception-step-statement-borders = Read: “At the border, human rights don’t apply.” Ask two or three people standing in different places why they stand there. Then explain: “The { -ohchr } says borders are not zones of exception for human rights. Governments may control their borders, but they must respect the human rights of everyone there, whichever agency is in charge and wherever the border control happens.”
activity-rights-without-exception-step-statement-leave = Read: “Everyone has the right to leave any country, including their own.” After a few voices, explain: “Yes. The { -udhr } (1948, article 13) says so, and so does a treaty, the International Covenant on Civil and Political Rights (article 12), which the United States ratified in 1992.”
activity-rights-without-exception-step-statement-enter = Read: “Everyone has the right to enter any country they choose.” After a few voices, explain: “International law does not give a general right to enter another country. But it does say that everyone has the right to seek asylum from persecution in other countries (Universal Declaration, article 14). And the { -refugee-convention } (article 31) says refugees should not be punished for entering without permission if they come directly from danger, go to the authorities without delay and have a good reason.”
activity-rights-without-exception-step-statement-return = Read: “A government may send a refugee back to a country where their life or freedom is in danger.” After a few voices, explain non-refoulement: “No. Article 33 of the { -refugee-convention } forbids sending a refugee back, in any way, to a place where their life or freedom would be threatened because of their race, religion, nationality, membership of a particular social group or political opinion. Countries cannot opt out of this article, and it protects refugees whether or not they are in the country lawfully. The UN refugee agency (UNHCR) considers it part of customary international law, which in its view binds every country.”
activity-rights-without-exception-step-ohchr-intro = Point to the poster and explain: “In 2014 the { -ohchr } published the { -ohchr-principles }. It is guidance for governments, not a treaty, and the UN General Assembly has taken note of it. It puts human rights at the centre of border control, says everyone at a border must be protected from discrimination whatever their migration status, and asks governments to protect people from harm. It says a child’s best interests must be a primary consideration, and that no one should be called ‘illegal’.” Then read the ten guidelines aloud.
activity-rights-without-exception-step-guidelines-dots = Give each person two dot stickers and ask: “Thinking of our community map, which two guidelines are most needed here?” Invite everyone to put their dots next to those guidelines on the poster.
activity-rights-without-exception-step-hand-reading = Hand out the reading. Explain that it repeats what we just discussed, so nobody needs to take notes, and that they can take it home.
activity-rights-without-exception-debrief-which-surprised = Which statement surprised you the most, and why?
activity-rights-without-exception-debrief-which-guideline = Which guidelines got the most dots? What does that tell us about our community?
activity-rights-without-exception-debrief-map-link = Which red dots on our map connect to the rights we just talked about?
activity-rights-without-exception-note-not-treaty = Be honest about the limits: the Principles and Guidelines are guidance, not a binding treaty. Their strength is that they show how obligations governments already have under human rights law apply at borders.
activity-rights-without-exception-note-no-right-to-enter = People sometimes feel let down to hear that there is no general right to enter another country. Hold both truths: there is no general right to enter, but there is a right to seek asylum, refugees should not be punished for how they entered, and a refugee must never be sent back to danger.
activity-rights-without-exception-note-us-and-protocol = If someone asks whether this applies to the United States: the U.S. never ratified the 1951 Convention itself, but it is a party to the 1967 Protocol, which applies the Convention’s main terms, including article 33. The Refugee Act of 1980 brought the refugee definition into U.S. law. Be honest about one disagreement: in 2007 the U.S. government formally rejected UNHCR’s view that non-refoulement also applies outside a country’s own territory, and in 1993 the U.S. Supreme Court held that article 33 does not stop the return of people intercepted on the high seas. UNHCR’s view differs.
activity-rights-without-exception-note-mobility = Not everyone can stand or move easily. Keep chairs along the line, and let people show where they stand by pointing or by holding up fingers (one for disagree, five for agree).
activity-rights-without-exception-adapt-low-literacy = Everything in this activity is spoken. Read the poster aloud, and draw a simple picture next to each guideline.
activity-rights-without-exception-adapt-large-group = Instead of moving, people raise a hand or a green or red card. Ask for only two voices per statement.
activity-rights-without-exception-adapt-short-time = Use only the first and the last statements, introduce the Principles and Guidelines in two minutes, and skip the dots.
activity-rights-without-exception-adapt-online = Use a poll or thumbs-up and thumbs-down reactions, and invite two or three people to unmute and explain. Share the poster on screen and ask people to type the numbers of their two guidelines in the chat.

## Activity: break

activity-break-title = Break
activity-break-purpose = Rest, move, drink water and take a pause before the heavier part of the workshop.
activity-break-prep-set-out-snacks = Set out water and simple snacks. If you can, set up a { -quiet-corner } with a chair, away from the group.
activity-break-step-announce = Announce a ten-minute break and the exact time to come back.
activity-break-step-quiet-corner = Point out the { -quiet-corner } for anyone who would like a moment alone.
activity-break-step-call-back = Let people rest. Two minutes before the end, give a friendly reminder, then invite everyone back to the circle.
activity-break-step-check-in = Before starting again, say: “The next part talks about deaths at the border. It may be heavy. You can step out at any time, and we will take a moment together at the end of it.”
activity-break-debrief-how-are-you = With one word or a gesture: how are you arriving back?
activity-break-note-watch-for-distress = Use the break to check in quietly with anyone who seemed upset. Ask whether they need anything; do not ask what is wrong.
activity-break-adapt-short-time = Keep the break, even a short one of five minutes. Cut time from another activity instead.
activity-break-adapt-online = Ask people to step away from the screen, stretch and drink some water. Leave calm music or a timer on the screen.

## Activity: deterrence-timeline

activity-deterrence-timeline-title = From the 1980s to today: deterrence and its human cost
activity-deterrence-timeline-purpose = Add new information about how the U.S.–Mexico border was criminalised and militarised from the 1980s on and what this has cost in lives, and ask who benefits and who pays.
activity-deterrence-timeline-prep-make-cards =
    Write or print one card for each event below, in large letters (one card per paragraph, fourteen cards).

    6 November 1986: The Immigration Reform and Control Act (IRCA) is signed. It punishes employers who hire workers without papers, adds enforcement, and opens a way for about 2.7 million people to become permanent residents.

    September 1993: Operation Hold the Line (first called Operation Blockade) begins in El Paso.

    1994: The Border Patrol’s Strategic Plan 1994 and Beyond makes “Prevention Through Deterrence” the national strategy.

    1 October 1994: Operation Gatekeeper begins in San Diego. Operation Safeguard in Arizona follows later.

    1995 to 2005: Deaths of people crossing the border more than double, without a matching rise in crossings. More than three quarters of the increase is in the Arizona desert (U.S. Government Accountability Office, 2006).

    1998: The Border Patrol starts its Border Safety Initiative.

    2005: Operation Streamline begins mass, fast-track criminal prosecution of people who cross, before their deportation cases.

    Fiscal year 2009: Immigration prosecutions reach about 92,000 in one year.

    2014: The { -ohchr } publishes the { -ohchr-principles }.

    2017: The Border Patrol sets up its Missing Migrant Program.

    Fiscal year 2019: Prosecutions for unauthorised entry and re-entry reach an all-time high of about 106,000 in one year.

    2022: The U.S. Government Accountability Office finds that U.S. Customs and Border Protection (CBP) had not fully collected or reported data on migrant deaths. In parts of Arizona, Border Patrol counts were about half of independent counts.

    Fiscal year 2022: The Border Patrol reports a record of about 900 migrant deaths, and about 22,000 rescues.

    2022: The UN migration agency (IOM) records at least 686 deaths and disappearances on the U.S.–Mexico border, the deadliest land migration route in the world in its records.
activity-deterrence-timeline-prep-tape-line = Tape a long line on the floor or wall, with “1985” at one end and “Today” at the other.
activity-deterrence-timeline-step-introduce = Explain: “We will build a timeline of the U.S.–Mexico border since the 1980s. From 1994 the official name of the strategy was ‘Prevention Through Deterrence’. Let’s see what happened.” Remind people that this part is heavy and that they can step out at any time.
activity-deterrence-timeline-step-hand-out-cards = Hand the cards to volunteers, one or two each. Anyone who prefers not to read aloud can pass their card to a neighbour or back to you.
activity-deterrence-timeline-step-place-cards = In date order, each volunteer reads their card aloud and tapes it on the line. After the 2005 card, explain: “Entering the United States away from a port of entry is a federal misdemeanor, and entering again after a deportation is a felony. Operation Streamline sent many more people through the criminal courts before deportation.”
activity-deterrence-timeline-step-walk-the-line = Invite everyone to walk along the line, or to read it from their seats, in silence for two minutes.
activity-deterrence-timeline-step-who-benefits = Ask the debrief questions. Write the group’s answers on a chart titled “Who benefits? Who pays?”
activity-deterrence-timeline-step-moment-of-silence = Close with a moment of silence for the people who have died or disappeared at borders. Then do the { -grounding-practice } together: feet on the floor, three things you can see, three slow breaths.
activity-deterrence-timeline-debrief-what-pattern = What pattern do you see between the strategy of the 1990s and the number of deaths?
activity-deterrence-timeline-debrief-who-pays = Who benefits from this way of controlling the border, and who pays the price? Some people call it the criminalisation and militarisation of the border. What do those words mean to you here?
activity-deterrence-timeline-debrief-numbers-minimum = Why might the real number of deaths be higher than the numbers on the cards?
activity-deterrence-timeline-note-heavy-content = Some participants may have lost someone at the border. Watch faces, slow down, and remind people that they can step out; the { -co-facilitator } stays near the { -quiet-corner }. Never ask anyone to talk about a loss. If someone shares one, thank them and offer a private moment afterwards. The { -referral-sheet } has a line for families searching for a missing migrant: point to it quietly, for everyone, not to one person.
activity-deterrence-timeline-note-no-quote = Do not say that the 1994 plan openly aimed to push people into the desert: a quotation to that effect circulates, but it has not been checked against the plan itself. Stick to what is documented: the strategy, and the rise in deaths that followed, mostly in the Arizona desert.
activity-deterrence-timeline-note-numbers-differ = Numbers differ between sources. IOM’s figures are minimums because official data are missing from some places, such as some Texas county coroners and Mexican search-and-rescue teams. Other reports give slightly different totals for the Border Patrol’s 2022 count. Say “at least” or “about” when you give a number.
activity-deterrence-timeline-note-criminal-vs-civil = If asked, explain the difference: a deportation case is civil, in immigration court; a prosecution for unauthorised entry is criminal, in federal court, and a first entry can mean up to six months in prison (up to two years for a repeat). The { -refugee-convention } (article 31) says refugees should not be penalised for irregular entry if they come directly from danger, present themselves to the authorities without delay and show good cause. Say “irregular”, never “illegal”, about people.
activity-deterrence-timeline-note-optional = This activity may be cut when the day runs late. If you cut it, say in two sentences that deaths at the border more than doubled between 1995 and 2005, after the deterrence strategy began, and that the Border Patrol’s count for fiscal year 2022 was a record; point to the reading handout; and keep a moment of silence.
activity-deterrence-timeline-adapt-low-literacy = You or volunteers who like to read can read all the cards aloud. Add a simple drawing to each card, such as a sun for the desert or a courthouse for prosecutions.
activity-deterrence-timeline-adapt-large-group = Give the cards to pairs instead of individuals, and let people stay in their seats while you tape the cards up.
activity-deterrence-timeline-adapt-short-time = Use six cards only: the 1994 strategy, Operation Gatekeeper, the deaths from 1995 to 2005, Operation Streamline, the Border Patrol’s 2022 count and IOM’s 2022 count.
activity-deterrence-timeline-adapt-online = Share a slide with an empty timeline and reveal the cards one at a time as volunteers read them aloud. Keep cameras optional during the moment of silence.

## Activity: border-zone-due-process

activity-border-zone-due-process-title = The 100-mile border zone and due process
activity-border-zone-due-process-purpose = Add new information about what the 100-mile border zone means in daily life and what due process means for people stopped near the border, using everyday situations.
activity-border-zone-due-process-prep-make-scenarios =
    Write or print four scenario cards, one per group (repeat them if you have more groups).

    Checkpoint: You are driving to work on a highway 60 miles from the border. At a fixed checkpoint, an agent asks where you are going and whether you are a U.S. citizen, then asks to look in your trunk.

    Roving patrol: Three farmworkers are driving home on a country road. A Border Patrol vehicle pulls them over. The driver asks why. The agent says: “You look like you’re from Mexico.”

    Private land: A family lives on a ranch 10 miles from the border. Agents drive onto the land, walk up to the house and ask to come in.

    At the border: A woman reaches the border and tells an officer that she is afraid to go back to her country.
activity-border-zone-due-process-prep-learn-answers = Study what you will add after each group reports (in the steps below and in the reading handout), so that you can explain it calmly in your own words.
activity-border-zone-due-process-step-zone-intro = Explain: “U.S. law lets immigration agents stop and search vehicles without a warrant within a ‘reasonable distance’ of the border. A regulation sets that distance at 100 air miles from any land or sea border, including the coasts. The ACLU estimates that about two-thirds of people in the U.S., around 200 million, live in this zone. Within 25 miles of the border, agents may also enter private land without a warrant, but not homes. The courts have set limits on these powers. Let’s look at some situations.”
activity-border-zone-due-process-step-groups-read = Divide people into four groups and give each group one scenario card. Ask them to read it aloud together.
activity-border-zone-due-process-step-groups-discuss = Give the groups five minutes to discuss: What can the agent do here? What are the person’s rights? What could the person do, calmly and safely? What would be worth writing down afterwards?
activity-border-zone-due-process-step-report-checkpoint = Ask the checkpoint group to report. Then add: “At fixed checkpoints inside the country, agents may stop cars and ask a few brief questions, for example about citizenship, without suspecting anyone of anything, and may send a car to a second inspection. But to search inside the car they need consent, a warrant or probable cause. You may stay silent, but silence often means more questions or a second inspection. Never lie to an officer: staying silent is allowed, lying is not. And if you are not a U.S. citizen, are 18 or older and were given a registration card, such as a green card, the law requires you to carry it.”
activity-border-zone-due-process-step-report-patrol = Ask the roving-patrol group to report. Then add: “A roving patrol needs reasonable suspicion, meaning specific facts and more than a hunch, to pull a car over. In 1975 the Supreme Court said that looking Mexican is not enough on its own. After a stop like this, people can write down what happened and give it to a { -legal-aid-group }.”
activity-border-zone-due-process-step-report-land = Ask the private-land group to report. Then add: “Within 25 miles of the border, agents may enter private land without a warrant, but this power does not include homes. What to do when agents come to the door of a home is a good question to ask a { -legal-aid-group } ahead of time. Know-your-rights cards from the Immigrant Legal Resource Center (ILRC) say that entering a home needs a warrant signed by a judge, and advise not signing anything without a lawyer.”
activity-border-zone-due-process-step-report-asylum = Ask the group with the border scenario to report. Then add: “U.S. law says anyone who is in the United States or arrives here may apply for asylum, whatever their status. In fast-track ‘expedited removal’ a person can be removed without a hearing in immigration court, but if they say they fear return or want asylum, they must be sent for a ‘credible fear’ screening. In January 2025 a presidential proclamation suspended access to asylum at the southern border. A federal court ruled it unlawful in July 2025, but the government appealed, and according to the Center for Gender & Refugee Studies the asylum shutdown stayed in effect during the appeal. The court did strike down (vacate) the proclamation’s limits on two other protections against being sent back to danger: withholding of removal and protection under the Convention against Torture. That is one more reason to say clearly, in your own words, if you are afraid to go back. This may have changed: ask { -legal-aid } what applies today.”
activity-border-zone-due-process-step-due-process-summary = Sum up: “Due process means fair procedures before the government takes away your freedom or removes you. The Supreme Court has said that due process protects every person in the United States, whether their presence is lawful or unlawful, temporary or permanent. But people stopped at or near the border soon after entering have fewer protections: in 2020 the Court said that a man caught about 25 yards inside the border, in expedited removal, had only the procedures Congress gave him. In January 2025 the government expanded expedited removal to the whole country for people who cannot show two years in the U.S.; before, it applied within 100 miles of the border and 14 days of entry. A federal court paused the expansion in August 2025. Check with { -legal-aid } where this stands.” Then hand out the pocket card and read it together.
activity-border-zone-due-process-debrief-what-new = What was new for you in these situations?
activity-border-zone-due-process-debrief-what-still-unclear = What is still unclear? (Write these questions down to take to a { -legal-aid-group }.)
activity-border-zone-due-process-debrief-where-ask = Where in our community can people ask about their own situation?
activity-border-zone-due-process-note-not-advice-here = If someone asks about their own case, do not answer it. Say: “That is an important question for an immigration attorney or an accredited representative,” and point to the { -referral-sheet }.
activity-border-zone-due-process-note-litigation = The rules on expedited removal and on asylum at the southern border have been in court since 2025. Check their status before each workshop (see the safety notes). If something has changed, say so, and correct the handouts by hand.
activity-border-zone-due-process-note-silence-cost = Be honest that using a right can have a cost. At a checkpoint, staying silent can mean a longer stop. At a port of entry, officers may question people and search bags and vehicles without a warrant, and non-citizens who stay silent may be refused entry or held for more inspection. Offer choices, not orders.
activity-border-zone-due-process-note-no-personal-cases = Keep the scenarios invented. If a group starts to discuss a real person’s case, gently bring them back to the card.
activity-border-zone-due-process-adapt-low-literacy = Read each scenario aloud to its group before the group discusses it. If acting a scene out would help, follow the role-play rule in the safety notes: only you, never a participant, may play the agent, briefly, and afterwards you step out of the role out loud and lead the { -grounding-practice }. Describing the scene is always enough.
activity-border-zone-due-process-adapt-large-group = Give the same scenario to two or three groups. One group per scenario reports; the others only add what was missed.
activity-border-zone-due-process-adapt-short-time = Use only two scenarios, the checkpoint and the border, and discuss them with the whole group.
activity-border-zone-due-process-adapt-online = Paste one scenario into each breakout room’s chat. After five minutes bring everyone back and ask one person per room to report.

## Activity: documenting-safely

activity-documenting-safely-title = Documenting a concern safely
activity-documenting-safely-purpose = Practise writing down a human rights concern in a way that is useful to a { -legal-aid-group } and safe for everyone: no names, facts only.
activity-documenting-safely-prep-practice-scenario = Prepare an invented scenario to read aloud. You can use this one or write a similar one for your area: “On a Saturday at about four in the afternoon, at the gas station by the highway exit, you see a white vehicle with a green stripe stop next to a pickup truck. Two agents in green uniforms get out. One of them pulls the driver out by the arm, and the driver’s hat falls to the ground. The agents talk with the driver for about twenty minutes, then let him go. A woman at the next pump also sees it.”
activity-documenting-safely-prep-know-receiver = Find out which trusted { -legal-aid-group } in your area accepts reports like this, and how they want to receive them: { -legal-aid-placeholder }. Write the group’s name on a chart so that people can copy it onto their worksheet.
activity-documenting-safely-step-why-document = Explain: “Reports written by community members help { -legal-aid } and human rights groups see patterns, talk to government agencies and push for change. In El Paso, the Border Network for Human Rights has done this for about twenty years, using a standard form.”
activity-documenting-safely-step-safety-first = Hand out the worksheet and go through the “Before you start” box together: no names of anyone; your own safety comes first; no photos of people without their consent; facts only.
activity-documenting-safely-step-read-scenario = Read the invented scenario aloud twice, slowly. Say: “This did not really happen. We are only practising.”
activity-documenting-safely-step-fill-worksheet = In pairs, ask people to fill in the worksheet together for the invented scenario: what happened, where, when, who was involved (by role, uniform or vehicle, not by name), what they saw, and what happened afterwards.
activity-documenting-safely-step-swap-check = Ask each pair to swap worksheets with another pair and check: Is there any name? Is there anything that could identify the driver or the woman at the pump? Is it clear what was seen and what was guessed?
activity-documenting-safely-step-discuss-storage = Go through the “After you write” box: keep the sheet in a safe place, never post it online, and give it only to a trusted { -legal-aid-group }. Ask people to copy the group’s name from the chart onto the last line.
activity-documenting-safely-step-phone-safety = Talk about phones: a photo of the worksheet can copy itself to the cloud, a photo can carry the place where it was taken, and chats get forwarded. Keep reports on paper. Do not carry reports, or photos of them, across the border: at a port of entry officers can look through a phone without any suspicion. Ask: “What else do you do to keep your phone safe?”
activity-documenting-safely-debrief-what-details-helped = Which details would help a { -legal-aid-group } the most?
activity-documenting-safely-debrief-any-names = Did anyone write a name, or a detail that could identify someone? How could we write it instead?
activity-documenting-safely-debrief-where-keep = Where could you keep a report like this safely until you hand it to { -legal-aid }?
activity-documenting-safely-note-invented-only = Use only the invented scenario in the workshop. Do not ask people to document real events in the room. If someone wants to report something real, offer a private moment after the session and put them in touch with the { -legal-aid-group } on the { -referral-sheet }.
activity-documenting-safely-note-photos-consent = If people ask about filming: filming enforcement can expose abuses and can serve as evidence, but video captured or shared unsafely can harm the people in it. It needs a plan for consent, blurring faces and safe storage, and should go only to a trusted { -legal-aid-group }.
activity-documenting-safely-note-not-investigators = Remind people that their safety comes first: they are witnesses, not investigators. Nobody should put themselves at risk, follow agents or step into an arrest to get details.
activity-documenting-safely-note-their-choice = Where it is possible, the person something happened to should decide whether and how it is reported: a report can put them, or their family, at risk. Writing “no names on paper” does not mean “no contact”: a { -legal-aid-group } may want to speak with that person, with their consent, through the group’s own safe channels.
activity-documenting-safely-adapt-low-literacy = In each pair, one person writes or draws while both answer the questions aloud. People can draw the place and the vehicle instead of writing.
activity-documenting-safely-adapt-large-group = Skip the swap. Instead, ask three pairs to read out their answer to “Who was involved?” and check it together for names.
activity-documenting-safely-adapt-short-time = Fill in only “Who was involved?” and “What did you see and hear?”, then go straight to the “After you write” box.
activity-documenting-safely-adapt-online = Show the worksheet on screen, read the scenario aloud and ask people to write their answers on paper at home, never in the chat or in a shared document.

## Activity: community-action

activity-community-action-title = One step for our community
activity-community-action-purpose = Plan one concrete, safe step the group can take after the workshop, using the map and what we have learned, and write it down on a sheet each person can keep.
activity-community-action-prep-action-chart = On flipchart paper, write “One step we can take” and draw three columns: What? Who (by role, not by name)? By when?
activity-community-action-step-look-back = Point to the community map, the dots on the guidelines poster and the “What we see” chart. Ask: “What is one thing we could do about what we have seen?”
activity-community-action-step-choose-step = Give the small groups five minutes to choose one small step. Offer examples: share the pocket card with neighbours; invite a { -legal-aid-group } to a follow-up meeting; agree where worksheets will be kept and who will take them to { -legal-aid }; draft two or three recommendations from the map for the city council or a { -legal-aid-group }; hold a short rights session at a church or school.
activity-community-action-step-roles-not-names = Hand out the sheet “One step we will take”. Each group fills in one together, and anyone can copy it onto their own sheet to take home: what, who by role (for example “the youth group” or “the promotoras”), by when, and the very first thing to do. No names.
activity-community-action-step-share = Each group reads its step aloud and sticks it on the chart.
activity-community-action-step-card-handout = Make sure everyone has a pocket card, and invite people to copy the { -legal-aid } phone number from the { -referral-sheet } onto it now. Anyone who prefers can leave the card blank and write the number later, at home.
activity-community-action-debrief-first-step = What is the very first thing that has to happen for this step?
activity-community-action-debrief-support-needed = What support would you need from { -org-placeholder } or from a { -legal-aid-group }?
activity-community-action-note-small-steps = Small, concrete steps are better than big plans. The first of the OHCHR guidelines calls for information campaigns that protect migrants and challenge hatred; community education like today’s is part of that.
activity-community-action-note-no-lists = Do not collect names or phone numbers to follow up. If people want to stay in touch, give them the public contact of { -org-placeholder } and let them reach out.
activity-community-action-adapt-large-group = Ask each group to share only the headline of its step, and collect the sticky notes on the chart.
activity-community-action-adapt-short-time = Do this with the whole group: ask for two or three steps and write them on the chart yourself.
activity-community-action-adapt-online = Collect the steps on a shared whiteboard or in the chat, with no names, and delete them afterwards unless everyone agrees to keep them.

## Activity: closing

activity-closing-title = Closing and evaluation
activity-closing-purpose = Reflect on what we learned, evaluate the workshop anonymously, decide together what to do with the map, and close with care.
activity-closing-prep-evaluation-chart = On one chart, draw a head (“something I learned”), a heart (“something I feel”) and feet (“something I will do”). On a second chart, draw two columns: “What worked” and “What to change”.
activity-closing-step-head-heart-feet = Go around the circle. Each person who wishes shares one word or phrase for the head, the heart or the feet. Anyone can pass.
activity-closing-step-anonymous-notes = Hand out the evaluation form. Ask people to fill it in without names and to drop it in the box or envelope by the door, now or on the way out. Anyone who prefers can write one thing that worked and one thing to change on two sticky notes instead, and stick them on the second chart.
activity-closing-step-map-decision = Ask the group what to do with the community maps: leave them with a trusted organisation, take them home, or tear them up. Do what the group decides.
activity-closing-step-resources = Point again to the { -referral-sheet } and the pocket card. Remind everyone that this was popular education, not legal advice, and that the information was researched up to { -current-date } and should be checked with { -legal-aid }.
activity-closing-step-closing-breath = Close with the { -grounding-practice } together, and thank everyone for their trust and their time.
activity-closing-debrief-one-word = In one word: how are you leaving today?
activity-closing-note-stay-after = Stay for at least fifteen minutes after the end in case someone wants a private word, and keep the { -referral-sheet } at hand.
activity-closing-note-destroy-notes = After the workshop, count the answers on the evaluation forms and read the notes to improve your next session, then destroy them. Take down all the charts, and do not photograph any chart that mentions real events or places of worry.
activity-closing-adapt-low-literacy = Do the evaluation aloud, or ask people to place a dot on a simple scale of faces from sad to happy.
activity-closing-adapt-online = Use an anonymous poll for the evaluation, and ask everyone to say or type one word to close.
activity-welcome-back-title = Welcome back: our agreements
activity-welcome-back-purpose = Open the second part of a shared day without making the agreements again: recall them, check in, and ground ourselves before the border work begins.
activity-welcome-back-prep-agreements-visible = Keep the agreements chart from the morning on the wall where everyone can see it, and have spare copies of the { -referral-sheet } for anyone who has just arrived.
activity-welcome-back-step-arrive = Welcome people back, and welcome anyone who has just arrived. Say that the { -co-facilitator } is keeping an eye on the room and that the { -quiet-corner } is still there.
activity-welcome-back-step-recall-agreements = Point to the agreements chart and read them aloud, briefly. Repeat two things: anyone can say “pass” or step out, and “{ -rule-confidentiality }” Ask: “Is there anything we need to add for this part?”
activity-welcome-back-step-one-word = Invite a quick round: in one word or a gesture, how is everyone arriving? Anyone can pass.
activity-welcome-back-step-grounding = Do the { -grounding-practice } together once, and say that this part talks about the border, so you will use it again whenever the room gets heavy.
activity-welcome-back-note-new-people = If someone joins only for this part, give them a { -name-tag } and a { -referral-sheet }, and repeat in a sentence that there is no sign-in sheet and that this is not legal advice.
activity-stand-up-if-title = Stand up if…
activity-stand-up-if-purpose = Wake the room up and show what we share, without anyone having to say anything about themselves.
activity-stand-up-if-step-explain = Explain: “I will say a sentence. If it is true for you, stand up, or raise a hand from your chair. If you don’t want to move, just stay as you are: nobody has to.”
activity-stand-up-if-step-statements = Read five or six light sentences, pausing after each: “Stand up if you like spicy food”, “…if you have ever planted something”, “…if you speak more than one language”, “…if you have cooked for more than twenty people”, “…if you know a song from your grandmother”, “…if you are a little tired right now”.
activity-stand-up-if-step-thanks = Thank everyone, and point out how much the room shares.
activity-stand-up-if-note-safe-statements = Never use sentences about papers, crossings, travel, country of birth, work without papers, family far away or anything that sorts people into “with” and “without”. Choose sentences that anyone could answer in front of anyone.
activity-stand-up-if-adapt-online = People raise a hand on camera, use a reaction, or type a star in the chat.
activity-shake-out-title = Shake it out
activity-shake-out-purpose = Move and laugh together for a few minutes, to bring energy back after sitting or a heavy moment.
activity-shake-out-step-explain = Explain that we will shake out each hand and each foot, counting down together, and that anyone can do it sitting down or just with their hands.
activity-shake-out-step-count-down = Shake the right hand while the group counts aloud from five to one, then the left hand, the right foot and the left foot. Do it again from four, then three, two and one, faster each time.
activity-shake-out-step-breathe = End with arms up and one slow breath together.
activity-shake-out-note-any-body = Show the seated version first, so that nobody feels singled out. Anyone can watch instead.
timeline-week-before-book-interpreter = Book interpretation three weeks ahead if the group needs it, and send the interpreter the glossary handout and the reading.
timeline-week-before-check-referrals = Call every contact on the { -referral-sheet } to check that they are open, take new people and serve people whatever their status. Write the date you checked and your role on the sheet.
timeline-week-before-call-legal-aid = Call { -legal-aid-placeholder } and ask what has changed since { -current-date } about expedited removal, asylum at the southern border and the pocket card. Correct the handouts by hand if needed.
timeline-week-before-venue-plan = Agree the venue plan with the host: who answers the door, where the exits are, where the { -quiet-corner } will be (see the safety notes).
timeline-week-before-roles = Agree with the { -co-facilitator } who leads each activity and who watches the room. If either of you is a mandated reporter, agree how you will say so.
timeline-week-before-print = Print the packet: guides, handouts, the filled-in { -referral-sheet } for every participant, the timeline and scenario cards.
timeline-day-before-pack = Pack with the materials checklist: markers, dots in three colours, sticky notes, tape, a { -name-tag } for each person, the box for evaluation forms.
timeline-day-before-read-through = Read the guide once more, especially the role-play rule and the emergency steps, and look at the news for changes at the border.
timeline-on-the-day-room = Arrive early. Set the chairs in a circle, clear wall space for the maps and a line on the floor for the timeline.
timeline-on-the-day-quiet-corner = Set up the { -quiet-corner } with a chair, water and tissues, away from the circle.
timeline-on-the-day-sheets-out = Leave a pile of { -referral-sheet } copies where people can take one without asking, and put the evaluation box by the door.
timeline-after-destroy = Take down every chart. Count the evaluation answers, then destroy the forms, the sticky notes and your own notes. Do what the group decided with the maps.
timeline-after-debrief = Take twenty minutes with the { -co-facilitator }: how did it go, how are you, and does anyone need a follow-up through { -org-placeholder }? No names of participants.
timeline-after-improve = Write down, without names, what to change next time, and tell { -org-placeholder } about any contact on the { -referral-sheet } that did not work.
interpretation-consecutive = In a bilingual room with consecutive interpretation, everything said takes about twice as long. Either plan a longer day, or use the short-time adaptations and drop the activities marked optional. Speak in short pieces and pause for the interpreter.
interpretation-brief-interpreter = Brief the interpreter beforehand: send the glossary handout and the reading, go through the safety notes together, and agree that the interpreter is bound by the same agreements as everyone in the room and writes nothing down.
interpretation-side-by-side = Print the handouts side by side in both languages (the bilingual packet does this), so that everyone reads the same sentence at the same height and nobody has to ask for “the other version”.
interpretation-whispered = If only a few people need interpretation, whispered interpretation or simple headsets can work. Seat them together near the interpreter, not at the edge of the room, and check at each break that it is working.
interpretation-indigenous-languages = Some participants may speak an Indigenous language (for example Mam, K’iche’, Q’anjob’al, Mixteco or Triqui) and read Spanish or English less easily. Ask privately, not in front of the group, which language people are most comfortable in; look for an interpreter through { -org-placeholder }; lean on the low-literacy adaptations; and never ask a relative, and especially not a child, to interpret legal or painful content.
interpretation-interpreter-care = Interpreters hear every heavy moment twice. Include them in the breaks and in the debrief after the workshop, and make sure they know about the { -quiet-corner } and the { -referral-sheet } too.

## Materials

material-chairs-in-circle = { -supply-chairs-in-circle }
material-flipchart-paper = { -supply-flipchart-paper }
material-markers = { -supply-markers }
material-blank-name-tags = { -supply-blank-name-tags }
material-referral-sheet = { -supply-referral-sheet }
material-sticky-notes = { -supply-sticky-notes }
material-pens = { -supply-pens }
material-dot-stickers = Sheet of green and red dot stickers
material-map-key = Map key (what each colour and symbol means)
material-masking-tape = { -supply-masking-tape }
material-open-floor-space = { -supply-open-floor-space }
material-spectrum-signs = { -supply-spectrum-signs }
material-guidelines-poster = Poster of the ten OHCHR guidelines in plain words
material-water-and-snacks = { -supply-water-and-snacks }
material-timeline-cards = Set of fourteen timeline cards
material-scenario-cards = Scenario card
material-evaluation-box = { -supply-evaluation-box }

## Handouts

handout-rights-reading-title = Human rights at the border: what everyone should know
handout-rights-reading-intro = This reading goes with the workshop “Rights at Borders”. It is popular education, not legal advice. For your own situation, talk to a { -attorney } or a { -doj-rep }. The information was researched up to { -current-date }. U.S. rules changed many times in 2025 and 2026, so ask a { -legal-aid-group } about the latest.
handout-rights-reading-not-exception-heading = Borders are not places without rights
handout-rights-reading-not-exception-body =
    Every country can control its borders. But human rights do not stop at the border line. In 2014 the { -ohchr } published the { -ohchr-principles }. Its starting point is simple: borders are not zones of exception. Governments must respect the human rights of every person at a border, no matter which agency is in charge and no matter where the border control takes place.

    The same guidance says that everyone at a border is owed protection, whatever their reason for moving. Labels like “irregular migrant” or “smuggled migrant” often overlap or change during a journey. The rights stay the same.
handout-rights-reading-leave-and-asylum-heading = The right to leave, and the right to seek asylum
handout-rights-reading-leave-and-asylum-body =
    The { -udhr } (1948) says that everyone has the right to leave any country, including their own, and to return to their own country (article 13). It also says that everyone has the right to seek and to enjoy asylum from persecution in other countries (article 14). A treaty, the International Covenant on Civil and Political Rights, also protects the right to leave any country (article 12). The United States ratified it in 1992.

    International law does not give a general right to enter any country you choose. But seeking asylum is not a crime. The { -refugee-convention } (article 31) says refugees should not be punished for entering without permission if they come directly from danger, go to the authorities without delay and have a good reason.
handout-rights-reading-non-refoulement-heading = No return to danger: non-refoulement
handout-rights-reading-non-refoulement-body =
    “Non-refoulement” is a French word. It means “not sending back”. Article 33 of the { -refugee-convention } says that a country must not send a refugee back, in any way, to a place where their life or freedom would be threatened because of their race, religion, nationality, membership of a particular social group or political opinion.

    Countries cannot make exceptions to this article when they join the Convention. It protects refugees whether or not they are in the country lawfully. The UN refugee agency (UNHCR) says it is part of customary international law, which in its view binds all countries. The U.S. government disagrees with UNHCR that it also applies outside a country’s own territory.
handout-rights-reading-ohchr-guidelines-heading = What the OHCHR Principles and Guidelines ask of governments
handout-rights-reading-ohchr-guidelines-body = The { -ohchr-principles } are guidance, not a treaty. The UN General Assembly has taken note of them. They rest on three ideas: human rights come first in all border control; no one may be treated unfairly because of their migration status; and every person must be protected from harm, looking at their own situation. A child’s best interests must be a primary consideration. Every guideline also calls for independent monitoring at borders and a real way for migrants to get justice when their rights are violated. The ten guidelines, in short:
handout-rights-reading-ohchr-guidelines-item-promote = Protect migrants’ rights, speak out against hatred of migrants, and never call people “illegal”. Crossing without permission should be treated as an administrative matter, not a crime.
handout-rights-reading-ohchr-guidelines-item-laws = Make border laws and policies fit international human rights law.
handout-rights-reading-ohchr-guidelines-item-training = Train and equip border officials to respect human rights.
handout-rights-reading-ohchr-guidelines-item-rescue = Put saving lives first, on land and at sea.
handout-rights-reading-ohchr-guidelines-item-immediate-aid = Give water, food, medical care and shelter to people when they arrive.
handout-rights-reading-ohchr-guidelines-item-screening = Look at each person’s case, spot people at risk, including refugees, and give fair access to asylum.
handout-rights-reading-ohchr-guidelines-item-identify-refer = Find people in vulnerable situations, such as children, victims of trafficking and people seeking asylum, and send them to the right protection.
handout-rights-reading-ohchr-guidelines-item-detention = Use detention only as a last resort, and never hold people seeking asylum together with people accused or convicted of crimes.
handout-rights-reading-ohchr-guidelines-item-return = In any return or removal, respect due process and non-refoulement, and never expel people as a group.
handout-rights-reading-ohchr-guidelines-item-cooperation = Make sure cooperation between countries and agencies respects human rights.
handout-rights-reading-due-process-heading = Due process in the United States
handout-rights-reading-due-process-body =
    Due process means fair procedures before the government takes away your freedom or removes you from the country. The U.S. Supreme Court has said that due process protects every person in the United States, whether their presence is lawful or unlawful, temporary or permanent (Zadvydas v. Davis, 2001).

    But people stopped at or near the border soon after they enter have fewer protections. In 2020 the Court decided that a man caught about 25 yards inside the border, in “expedited removal”, had only the procedures Congress wrote into law, with very limited review by the courts (DHS v. Thuraissigiam).

    Expedited removal is a fast-track process: a person can be removed without a hearing in immigration court. But a person who says they are afraid to return, or want asylum, must be sent for a “credible fear” screening. In January 2025 the government expanded expedited removal to the whole country, for people who cannot show two years in the United States. Before, it was used only within 100 miles of the border and 14 days of entry. A federal court paused this expansion in August 2025.

    U.S. law says anyone who is in the United States, or who arrives here, may apply for asylum, whatever their status. In January 2025 a presidential proclamation shut down access to asylum at the southern border. A federal court ruled it unlawful in July 2025. The government appealed, and according to the Center for Gender & Refugee Studies the asylum shutdown stayed in effect during the appeal, while the proclamation’s limits on withholding of removal and on protection under the Convention against Torture were struck down. These cases may have changed since { -current-date }. Ask a { -legal-aid-group } what applies today.
handout-rights-reading-deterrence-heading = Deterrence and its human cost
handout-rights-reading-deterrence-body =
    In 1994 the U.S. Border Patrol made “Prevention Through Deterrence” its national strategy. Large operations began in El Paso (1993), San Diego (1994) and later Arizona. Between 1995 and 2005, deaths of people crossing the border more than doubled, even though crossings did not rise in the same way. More than three quarters of the increase was in the Arizona desert, according to the U.S. Government Accountability Office.

    Crossing also became a matter for the criminal courts. Entering away from a port of entry is a federal misdemeanor, and entering again after a deportation is a felony. From 2005, Operation Streamline brought mass criminal prosecutions of people who crossed. Prosecutions for entry and re-entry reached an all-time high of about 106,000 in fiscal year 2019.

    In fiscal year 2022 the Border Patrol reported about 900 migrant deaths, a record. The UN migration agency (IOM) counted at least 686 deaths and disappearances on the U.S.–Mexico border in 2022, the deadliest land migration route in the world in its records. These are minimum numbers: not every death is officially counted.
handout-rights-reading-border-zone-heading = The 100-mile border zone
handout-rights-reading-border-zone-body = U.S. law lets immigration agents stop and search vehicles without a warrant within a “reasonable distance” of the border. A regulation sets that distance at 100 air miles from any land or sea border, including the coasts. The ACLU estimates that about two out of three people in the United States, around 200 million, live in this zone. But agents’ powers have limits:
handout-rights-reading-border-zone-item-checkpoints = At fixed checkpoints, agents may stop cars and ask a few short questions, for example about citizenship, without suspecting you of anything.
handout-rights-reading-border-zone-item-roving-patrols = Roving patrols need “reasonable suspicion”, based on specific facts, to pull a car over. Looking Mexican is not enough on its own.
handout-rights-reading-border-zone-item-car-search = Away from ports of entry, searching inside a car needs consent, a warrant or probable cause.
handout-rights-reading-border-zone-item-private-land = Within 25 miles of the border, agents may enter private land without a warrant, but not homes.
handout-rights-reading-border-zone-item-ports = At ports of entry, officers may ask about citizenship and belongings and may search bags and vehicles without a warrant.
handout-rights-reading-border-zone-item-silence = You may stay silent. This can mean more questions or a longer stop. At a port of entry, a non-citizen who stays silent may be refused entry or held for more inspection.
handout-rights-reading-border-zone-item-no-lies = Never lie to an officer. Staying silent is allowed; lying is not.
handout-rights-reading-border-zone-item-carry-papers = A non-citizen who is 18 or older must carry any registration card the government gave them, such as a green card.
handout-rights-reading-border-zone-item-phones = At ports of entry, officers may look through a phone without any suspicion. A deeper search with special equipment needs reasonable suspicion or a national-security concern. Keep important numbers on paper too.
handout-rights-reading-remember-heading = Remember
handout-rights-reading-remember-body = This reading is popular education, not legal advice. For your own situation, talk to a { -attorney } or a { -doj-rep }. Keep your { -referral-sheet } from the workshop somewhere safe. You are not alone: community groups in the border region, like the Border Network for Human Rights in El Paso, document abuses and work to defend these rights.

handout-documentation-worksheet-title = Writing down a human rights concern safely
handout-documentation-worksheet-intro = Use this sheet to write down something you saw that worried you, so that a trusted { -legal-aid-group } can help. Never write anyone’s name on it: not yours, and not anyone else’s. This is not a legal form and it is not legal advice.
handout-documentation-worksheet-before-you-start-heading = Before you start
handout-documentation-worksheet-before-you-start-body = Read these points first.
handout-documentation-worksheet-before-you-start-item-no-names = No names. Describe people by their role, uniform or vehicle (for example “agent in a green uniform” or “white vehicle with a green stripe”), never by name.
handout-documentation-worksheet-before-you-start-item-your-safety = Your safety comes first. Write only what you saw from a safe place. Do not follow anyone or step into what is happening.
handout-documentation-worksheet-before-you-start-item-photos = Do not take photos or video of people without their consent. Pictures shared carelessly can hurt the people in them.
handout-documentation-worksheet-before-you-start-item-facts-only = Write what you saw and heard. If you are guessing, say so.
handout-documentation-worksheet-before-you-start-item-their-choice = If you can, let the person it happened to decide whether it is reported. A report can put them at risk.
handout-documentation-worksheet-what-happened-heading = What happened
handout-documentation-worksheet-what-happened-prompt-what = What happened? Say it in a few words.
handout-documentation-worksheet-what-happened-prompt-where = Where did it happen? Name a public place, such as a road, a checkpoint or a store. Do not write anyone’s home address.
handout-documentation-worksheet-what-happened-prompt-when = When did it happen? Write the date and about what time.
handout-documentation-worksheet-what-happened-prompt-who = Who was involved? Describe them by role, uniform or vehicle, not by name (for example “two agents in green uniforms, a white vehicle with a green stripe, the driver of a pickup truck”).
handout-documentation-worksheet-what-happened-prompt-saw = What did you see and hear, step by step?
handout-documentation-worksheet-what-happened-prompt-after = What happened afterwards? Was anyone hurt? Did other people see it? (No names.)
handout-documentation-worksheet-after-writing-heading = After you write
handout-documentation-worksheet-after-writing-body = Keep this sheet safe, and share it only with people you trust to protect it.
handout-documentation-worksheet-after-writing-item-store-safely = Keep it in a safe, private place until you hand it over. Do not leave it in a car.
handout-documentation-worksheet-after-writing-item-share-trusted = Give it only to a trusted { -legal-aid-group }. Ask them what they will do with it.
handout-documentation-worksheet-after-writing-item-no-social-media = Do not post it, or pictures of it, on social media or in group chats.
handout-documentation-worksheet-after-writing-item-phones = Keep it on paper. A photo of it can copy itself to the cloud and can show where it was taken, and chats get forwarded.
handout-documentation-worksheet-after-writing-item-border = Do not carry it, or a photo of it, across the border: at a port of entry, officers can look through bags and phones without any suspicion.
handout-documentation-worksheet-after-writing-prompt-give-to = Which trusted { -legal-aid-group } will you give this to? (The name of the group, not of a person.)

handout-rights-card-title = Your rights near the border
handout-rights-card-intro = Not legal advice. Researched up to { -current-date }: check with { -legal-aid }.
handout-rights-card-know-your-rights-heading = Know your rights
handout-rights-card-know-your-rights-item-silent = You may stay silent. It can mean more questions.
handout-rights-card-know-your-rights-item-car-search = Away from ports of entry, a car search needs consent, a warrant or probable cause.
handout-rights-card-know-your-rights-item-looks = Looking Mexican is not enough on its own for a roving patrol to stop you.
handout-rights-card-know-your-rights-item-fear-return = Afraid to go back? Say so clearly, in your own words.
handout-rights-card-know-your-rights-item-no-lies = Never lie. Staying silent is allowed.
handout-rights-card-know-your-rights-prompt-legal-aid = Phone for { -legal-aid }:
handout-glossary-title = Words to know: rights at the border
handout-glossary-intro = Plain meanings of words from the workshop, for participants and interpreters. Popular education, not legal advice; researched up to { -current-date }.
handout-glossary-protection-heading = Protection
handout-glossary-protection-item-asylum = Asylum: protection a country gives to a refugee. U.S. law says anyone who is in the United States, or arrives here, may apply, whatever their status.
handout-glossary-protection-item-refugee = Refugee: a person outside their country who has a well-founded fear of persecution because of race, religion, nationality, membership of a particular social group or political opinion.
handout-glossary-protection-item-non-refoulement = Non-refoulement: the rule that a refugee must not be sent back, in any way, to a place where their life or freedom would be threatened.
handout-glossary-protection-item-withholding = Withholding of removal: a U.S. protection that stops the government from sending a person to a country where their life or freedom would be threatened. It is not the same as asylum.
handout-glossary-protection-item-torture-convention = Convention against Torture (CAT): a treaty whose article 3 forbids sending anyone to a country where they would be in danger of torture.
handout-glossary-protection-item-credible-fear = Credible fear: a first screening for a person in expedited removal who says they are afraid to go back or want asylum.
handout-glossary-process-heading = Process
handout-glossary-process-item-due-process = Due process: fair procedures before the government takes away a person’s freedom or removes them from the country.
handout-glossary-process-item-expedited-removal = Expedited removal: a fast-track removal without a hearing in immigration court.
handout-glossary-process-item-immigration-court = Immigration court: where deportation cases are heard. A deportation case is civil, not criminal.
handout-glossary-process-item-misdemeanor-felony = Misdemeanor and felony: two kinds of crime. Entering away from a port of entry is a federal misdemeanor; entering again after a deportation is a felony.
handout-glossary-process-item-irregular = In an irregular situation: without the papers a country asks for. Say “irregular” or “undocumented”; a person is never “illegal”.
handout-glossary-border-heading = At and near the border
handout-glossary-border-item-port-of-entry = Port of entry: an official crossing point, such as a bridge, a land crossing or an airport.
handout-glossary-border-item-checkpoint = Checkpoint: a fixed stop on a road inside the country where agents may ask a few brief questions without suspecting anyone.
handout-glossary-border-item-roving-patrol = Roving patrol: agents in moving vehicles. To pull a car over they need reasonable suspicion.
handout-glossary-border-item-border-zone = The 100-mile border zone: the area within 100 air miles of any land or sea border, including the coasts.
handout-glossary-border-item-reasonable-suspicion = Reasonable suspicion: specific facts, more than a hunch, that make an agent think something is wrong.
handout-glossary-border-item-probable-cause = Probable cause: stronger than reasonable suspicion; enough facts to believe that evidence of a crime will be found.
handout-glossary-border-item-warrant = Warrant: an order from a court. Know-your-rights cards from the Immigrant Legal Resource Center (ILRC) say that entering a home needs a warrant signed by a judge.
handout-action-commitment-title = One step we will take
handout-action-commitment-intro = Fill this in with your group. Write roles, never names. This sheet is yours: take it home.
handout-action-commitment-our-step-heading = Our step
handout-action-commitment-our-step-prompt-what = What will we do?
handout-action-commitment-our-step-prompt-who = Who will do it? (Roles, such as “the youth group” or “the promotoras”, not names.)
handout-action-commitment-our-step-prompt-when = By when?
handout-action-commitment-our-step-prompt-first-thing = What is the very first thing that has to happen?
handout-action-commitment-support-heading = Support
handout-action-commitment-support-prompt-from-whom = What support do we need, and from which group?
handout-action-commitment-support-prompt-recommendation = If we want to change a rule or a practice: one or two recommendations from our map, and who should hear them.
handout-action-commitment-safety-heading = Keeping everyone safe
handout-action-commitment-safety-body = Check the step: no lists of names, no photos without clear permission, no one’s status, and quiet roles for people who cannot be visible.
handout-action-commitment-safety-prompt-risks = What could put someone at risk, and how will we prevent it?
handout-action-commitment-keep-heading = Keep this sheet
handout-action-commitment-keep-body = Do not hand this sheet in. Keep it somewhere safe, with your { -referral-sheet }.
handout-evaluation-title = How was today?
handout-evaluation-intro = No names, please. You can answer in a few words, or draw. Put this form in the box by the door; the facilitators count the answers and then destroy the forms.
handout-evaluation-your-view-heading = Your view
handout-evaluation-your-view-prompt-useful = What was most useful today?
handout-evaluation-your-view-prompt-change = What should we change next time?
handout-evaluation-your-view-prompt-safe = Did you feel safe and respected? What would have helped?
handout-evaluation-check-heading = Three quick questions (no marks)
handout-evaluation-check-prompt-borders = Do human rights stop at the border? Why, or why not?
handout-evaluation-check-prompt-car-search = Away from a port of entry, what does an agent need to search inside a car?
handout-evaluation-check-prompt-never-write = Name one thing you should never write on a report.
handout-referral-sheet-title = Where to find support
handout-referral-sheet-intro = Everyone gets a copy. Write nothing about yourself on it; keep it somewhere safe.
handout-referral-sheet-legal-heading = Legal help, and the organisation that ran the workshop
handout-referral-sheet-legal-prompt-legal-aid = { -legal-aid-placeholder }
handout-referral-sheet-legal-prompt-accredited-rep = { -accredited-rep-placeholder }
handout-referral-sheet-legal-prompt-org = { -org-placeholder }
handout-referral-sheet-support-heading = Support, and in an emergency
handout-referral-sheet-support-prompt-mental-health = { -mental-health-placeholder }
handout-referral-sheet-support-prompt-crisis-line = { -crisis-line-placeholder }
handout-referral-sheet-support-prompt-family-search = { -family-search-placeholder }
handout-referral-sheet-support-prompt-emergency = { -emergency-placeholder }
handout-referral-sheet-support-prompt-checked-on = Checked on (date), by (role, not name):

## Sources

source-ohchr-2014-title = { -ohchr-principles } (A/69/CRP.1)
source-ohchr-2014-publisher = UN Office of the High Commissioner for Human Rights (OHCHR)
source-udhr-1948-title = { -udhr }, articles 13 and 14
source-udhr-1948-publisher = United Nations General Assembly
source-iccpr-1966-title = International Covenant on Civil and Political Rights, article 12
source-iccpr-1966-publisher = United Nations General Assembly
source-refugee-convention-1951-title = Convention relating to the Status of Refugees, articles 31 and 33
source-refugee-convention-1951-publisher = United Nations
source-refugee-protocol-1967-title = The 1951 Refugee Convention, the 1967 Protocol and the United States (summary and text)
source-refugee-protocol-1967-publisher = Immigration History
source-unhcr-non-refoulement-1977-title = Note on Non-Refoulement (EC/SCP/2)
source-unhcr-non-refoulement-1977-publisher = Office of the UN High Commissioner for Refugees (UNHCR)
source-us-observations-2007-title = Observations of the United States on the Advisory Opinion of the UN High Commissioner for Refugees on the Extraterritorial Application of Non-Refoulement Obligations (28 December 2007)
source-us-observations-2007-publisher = U.S. Department of State
source-zadvydas-2001-title = Zadvydas v. Davis, 533 U.S. 678 (2001)
source-zadvydas-2001-publisher = Supreme Court of the United States
source-thuraissigiam-2020-title = Department of Homeland Security v. Thuraissigiam (2020)
source-thuraissigiam-2020-publisher = Supreme Court of the United States
source-crs-expedited-removal-2024-title = CRS Report R48078 (September 2024)
source-crs-expedited-removal-2024-publisher = Congressional Research Service, U.S. Congress (copy at EveryCRSReport.com)
source-fr-expedited-removal-2025-title = Federal Register notice on expedited removal, 90 FR 8139 (24 January 2025)
source-fr-expedited-removal-2025-publisher = U.S. Department of Homeland Security
source-usc-1158-title = 8 U.S.C. § 1158(a)(1): who may apply for asylum
source-usc-1158-publisher = United States Code, U.S. Government Publishing Office
source-usc-1304-title = 8 U.S.C. § 1304(e): carrying registration papers
source-usc-1304-publisher = United States Code, Legal Information Institute (Cornell Law School)
source-cgrs-raices-2025-title = RAICES v. Noem (case page)
source-cgrs-raices-2025-publisher = Center for Gender & Refugee Studies
source-ilrc-red-cards-title = Red cards (know-your-rights cards)
source-ilrc-red-cards-publisher = Immigrant Legal Resource Center (ILRC)
source-aclu-100-mile-2014-title = Customs and Border Protection’s (CBP’s) 100-Mile Rule (fact sheet)
source-aclu-100-mile-2014-publisher = American Civil Liberties Union (ACLU)
source-brignoni-ponce-1975-title = United States v. Brignoni-Ponce, 422 U.S. 873 (1975)
source-brignoni-ponce-1975-publisher = Supreme Court of the United States
source-martinez-fuerte-1976-title = United States v. Martinez-Fuerte, 428 U.S. 543 (1976)
source-martinez-fuerte-1976-publisher = Supreme Court of the United States
source-cbp-devices-title = Border search of electronic devices
source-cbp-devices-publisher = U.S. Customs and Border Protection (CBP)
source-eff-border-2017-title = Digital Privacy at the U.S. Border: Protecting the Data on Your Devices and in the Cloud (March 2017)
source-eff-border-2017-publisher = Electronic Frontier Foundation (EFF)
source-hrw-2013-title = Turning Migrants into Criminals
source-hrw-2013-publisher = Human Rights Watch
source-mpi-streamline-2010-title = Arrested on Entry: Operation Streamline and the Prosecution of Immigration Crimes
source-mpi-streamline-2010-publisher = Migration Policy Institute
source-mpi-irca-2014-title = IRCA in Retrospect: Guideposts for Today’s Immigration Reform (January 2014)
source-mpi-irca-2014-publisher = Migration Policy Institute (copy at doczz.net)
source-union-tribune-2019-title = Operation Gatekeeper at 25
source-union-tribune-2019-publisher = The San Diego Union-Tribune
source-gao-06-770-title = Report GAO-06-770 on border-crossing deaths
source-gao-06-770-publisher = U.S. Government Accountability Office
source-gao-22-105053-title = Report GAO-22-105053 on CBP data on migrant deaths
source-gao-22-105053-publisher = U.S. Government Accountability Office
source-gao-24-107051-title = Report GAO-24-107051 on migrant deaths and rescues
source-gao-24-107051-publisher = U.S. Government Accountability Office (copy on HeinOnline)
source-iom-missing-migrants-2023-title = Missing Migrants Project: deaths and disappearances in the Americas in 2022 (released September 2023)
source-iom-missing-migrants-2023-publisher = International Organization for Migration (IOM)
source-bnhr-2023-title = Abuse Documentation Campaign (2023 report)
source-bnhr-2023-publisher = Border Network for Human Rights
source-witness-2017-title = #EyesOnICE: filming immigration enforcement safely
source-witness-2017-publisher = WITNESS and Immigrant Defense Project
source-hesperian-2012-title = A Community Guide to Environmental Health, chapter 2 (community mapping)
source-hesperian-2012-publisher = Hesperian Health Guides
