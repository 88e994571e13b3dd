# The review record of es: for each translation, the source text it was last
# reviewed against. Written by `puente review`; commit it with the translations.

## climate-and-migration.ftl

module-title = Climate and Migration

module-summary =
    A workshop of about three and a quarter hours on how storms, floods and drought can force people from their homes, what the displacement figures and the law really say, and how climate justice and migrant-rights organising can grow stronger together. Participants start from their own experience, map root causes with a problem tree, learn key facts, practise explaining them to a neighbour, and leave with a safe local action plan. Popular education, not legal advice; researched up to { -current-date }; check before each workshop.

objective-name-drivers = Describe how sudden disasters (storms, floods) and slow changes (drought, as in the { -dry-corridor }) can force people to leave home.

objective-read-figures = Read displacement figures with a critical eye: the difference between displacements and displaced people, and between moving inside a country and crossing a border.

objective-law-limits = Explain why “climate refugee” is not a legal status, what the Teitiota decision said, and what Objective 2 of the { -gcm-short } asks of governments.

objective-root-causes = Map the root causes of climate displacement and ask who holds power and responsibility over each one.

objective-justice-links = Connect climate justice with migrant-rights organising where we live.

objective-local-action = Make a realistic, safe local action plan.

safety-no-names = Collect no names, photos or contact details. Do not use a sign-in sheet with names; if a funder needs attendance numbers, count heads and write down only the number. People use a first name or any name they choose. Do not photograph people, drawings or charts that could identify anyone, do not record audio or video, and keep no attendance list.

safety-opt-out = Taking part is always optional. Anyone may pass, stay quiet, draw instead of speaking, or step out of the room at any time, with no explanation needed. Say this in the opening and again before the river of life. Never call on a person by name to share.

safety-status-private = Never ask about anyone’s immigration status, route, or how they crossed a border. Groups with and without papers are normal; nobody has to prove or explain anything. People share only what they choose, and we ask that what they share stays in the room, without promising it.

safety-grounding = Teach one short { -grounding-practice } in the opening and use it whenever the room gets heavy: feet on the floor, look around and silently name three things you can see, then take three slow breaths together. Anyone may also stand, stretch, get water or go to the { -quiet-corner }. Close heavy moments with something shared and light, such as a song or a stretch.

safety-co-facilitator = { -rule-co-facilitator }

safety-role-play = { -rule-role-play }

safety-phones = { -rule-phones }

safety-venue = { -rule-venue }

safety-minors = { -rule-minors }

safety-mandated-reporting = { -rule-mandated-reporting }

safety-emergency = { -rule-emergency }

safety-disclosure = If someone shares something serious (violence, danger, a loss, a fear about their immigration situation), thank them for trusting the group, do not ask for details, do not write it down, and gently bring the group back to the activity. Offer a private moment at the break or at the end, with the { -co-facilitator } nearby, and refer them to the support on the { -referral-sheet }. If someone is in immediate danger, follow the emergency note below.

safety-referrals = Before the workshop, fill in the { -referral-sheet } (the handout of that name) with real local contacts you have checked: { -legal-aid-placeholder }; { -accredited-rep-placeholder }; { -mental-health-placeholder }, serving people whatever their status; { -crisis-line-placeholder }; { -family-search-placeholder }; { -emergency-placeholder }. Print one for every participant. Never invent names or phone numbers. If you do not have a contact, say so honestly and promise to follow up through { -org-placeholder }.

safety-not-legal-advice = This workshop is popular education, not legal advice. Facts and law were researched up to { -current-date }; check before each workshop. U.S. immigration policy changed often in 2025 and 2026, and parts of it are being challenged in court. Do not assess anyone’s case. Encourage people to talk with a { -attorney } or a { -doj-rep } about their own situation.

safety-facilitator-care = { -rule-facilitator-care }

activity-agreements-title = Welcome and group agreements

activity-agreements-purpose = Build safety and trust, agree how we will work together, and learn a { -grounding-practice } for the day.

activity-agreements-prep-chart = On flipchart paper, write four starter agreements: “Share only what you choose”, “We ask that what is said here stays here; what is learned here leaves here”, “Passing is always fine”, and “No photos or recordings”. Leave space to add more.

activity-agreements-prep-referrals = Fill in the { -referral-sheet } ({ -legal-aid }, { -doj-rep }, mental-health support, crisis line, help for families searching for a missing migrant) with local contacts you have checked, and print one copy per participant so nobody has to ask for it in front of others.

activity-agreements-prep-quiet-corner = Set up a { -quiet-corner } away from the main circle, with a chair, water and tissues, where anyone can sit without explaining why.

activity-agreements-step-welcome = Welcome everyone warmly and introduce yourself, the { -co-facilitator } and { -org-placeholder }. Say: “There is no sign-in sheet today. If you would like a { -name-tag }, write your first name or any name you like.” Hand everyone a { -referral-sheet }.

activity-agreements-step-explain-day = Explain the plan for the day in one minute: we start from our own experience, look for patterns, add new information, practise, and finish with a plan for action. Say clearly that this is popular education, not legal advice, and that the information was researched up to { -current-date }, so it should be checked with { -legal-aid }.

activity-agreements-step-read-agreements = Read the starter agreements aloud, one by one, and say what each means in practice; for example, that anyone can say “pass” at any moment, and that no one will take photos. About what is said here, be honest: “{ -rule-confidentiality }”

activity-agreements-step-add = Ask: “What else do you need from this group to feel safe and to take part fully?” Write the new ideas on the chart in the participants’ own words.

activity-agreements-step-confirm = Ask the group to show a thumbs up if they can live with the agreements, or to say what they would change. Adjust until everyone agrees, then post the chart where everyone can see it all day.

activity-agreements-step-grounding = Teach the { -grounding-practice }: feet on the floor, look around and silently name three things you can see, then three slow breaths. Practise it together once, and say that you will use it whenever the room feels heavy.

activity-agreements-step-quiet-corner = Show where the { -quiet-corner }, the bathrooms and the water are. Say that anyone can step out at any time, without explaining, and come back when they are ready, and that the { -co-facilitator } is there for anyone who needs a moment.

activity-agreements-note-no-sign-in = Do not pass around a sign-in sheet with names, even if someone offers. If { -org-placeholder } needs attendance numbers, count heads and write down only the number.

activity-agreements-note-pace = Some people may feel nervous about speaking about migration in a group. Keep the tone warm and unhurried, and model passing yourself once so people see that it is truly fine.

activity-agreements-note-interpretation = If the group mixes languages, agree now how interpretation will work (whispered, or pausing for consecutive interpretation) and allow extra time for it in every activity.

activity-agreements-debrief-need = What do you need from this group today to take part fully?

activity-agreements-debrief-change = Is there an agreement you would like to add or change before we begin?

activity-agreements-adapt-low-literacy = Draw a simple symbol next to each agreement (for example, a crossed-out camera for “no photos” and a raised hand with a stop sign for “passing is fine”) and read every agreement aloud.

activity-agreements-adapt-online = Online, agree that nobody records, takes screenshots or shares the session, that cameras and real names are optional, and that people can type “pass” in the chat. Show the agreements on screen instead of sending a file.

activity-river-of-life-title = River of life: changes in land, water and weather

activity-river-of-life-purpose = Start from what participants already know: how changes in weather, water and land have touched their lives, their communities or their struggles, shared only as far as each person chooses.

activity-river-of-life-prep-example-river = Draw your own example river on flipchart paper before the workshop. Draw the river of a community or a campaign (for example, a neighbourhood or a local campaign), not a painful personal story, so that you model safe sharing.

activity-river-of-life-prep-three-choices = Write the three choices on a chart: my own river, starting where I choose; the river of my community or of a place I love; the river of a group or campaign.

activity-river-of-life-prep-supplies = Put drawing paper and markers on every table so people can start without waiting.

activity-river-of-life-step-introduce = Explain the river: “A river has a source, calm stretches, rocks and rapids, and smaller streams that join it. Today we draw a river to think about how changes in weather, water and land have touched our lives: a storm, a flood, a drought, a harvest that failed, a heat wave, or a change we noticed slowly over many years.”

activity-river-of-life-step-choices = Show the three choices and say: “You choose your river. You can draw your own life starting at any point you like; it does not have to start at birth or include any journey. You can draw the river of your community or of a place you love, or the river of a group or campaign. Nobody needs to draw a migration story.”

activity-river-of-life-step-example = Show your example river briefly. Point out the symbols: rocks or rapids for hard moments, streams joining for the people and groups that helped, and a small cloud or sun where a change in weather, water or land appeared.

activity-river-of-life-step-draw = Give ten minutes to draw, in silence or with quiet music. Say that drawings, symbols and single words are all fine, and that each paper belongs to the person who drew it.

activity-river-of-life-step-pairs = Invite people to turn to a partner and share for about three minutes each, only what they choose. The listener listens without asking questions, except perhaps “Would you like to say more?” Anyone may sit this out and keep their river to themselves.

activity-river-of-life-step-harvest = Back in the whole group, ask for volunteers to name one change in weather, water or land that appeared in a river, without personal details. Write the answers on a flipchart, the changes chart, in two columns: “fast changes” (storms, floods) and “slow changes” (drought, heat, failing harvests, rising seas).

activity-river-of-life-step-close = Thank everyone and do the { -grounding-practice } together. Say that the rivers belong to the people who drew them, to keep, fold away or throw away; nothing will be collected or photographed.

activity-river-of-life-note-choose-start = This is the most sensitive activity of the day. Some participants may have lived through disasters, violence, separation or dangerous journeys. The free choice of starting point and of the kind of river is their main protection: repeat it, and never suggest that anyone draw their migration.

activity-river-of-life-note-no-probe = Never ask follow-up questions about routes, border crossings, status, dates or family members who stayed behind, and do not let the pairs do so. If a partner starts to probe, gently remind the pair of the agreement “share only what you choose”.

activity-river-of-life-note-watch = Watch the room while people draw. If someone seems upset, the { -co-facilitator } quietly offers water, the { -quiet-corner } or a different kind of river. Do not turn it into a public moment.

activity-river-of-life-note-disclosure = If someone discloses something serious, follow the module’s safety notes: thank them, do not probe, do not write anything down, offer a private moment afterwards, and refer them to support.

activity-river-of-life-note-not-therapy = This is not therapy, and you are not expected to act as a counsellor. Keep the focus on the changes in weather, water and land and on what helped people get through them, and keep the mental-health contact on the { -referral-sheet } at hand.

activity-river-of-life-note-keep-nothing = Do not collect, display or photograph the rivers. Only the changes chart, which holds no personal details, stays on the wall for the problem tree.

activity-river-of-life-debrief-changes = What changes in weather, water or land showed up in our rivers?

activity-river-of-life-debrief-fast-slow = Which changes came fast, and which came slowly, over years?

activity-river-of-life-debrief-helped = What or who helped people and communities get through these changes?

activity-river-of-life-adapt-low-literacy = Use drawings and symbols only; nobody needs to write. People share by pointing at their drawing and talking, and the facilitator writes the changes chart.

activity-river-of-life-adapt-short-time = Skip the sharing in pairs: after drawing, go straight to the changes chart with the whole group.

activity-river-of-life-adapt-online = Ask people to draw on paper at home. Share in breakout pairs by describing the drawing; nobody needs to show it on camera, and nobody takes screenshots.

activity-river-of-life-adapt-large-group = With more than 20 people, keep the pairs but take changes for the chart from only five or six volunteers, then ask everyone else to raise a hand if their river showed a similar change.

activity-problem-tree-title = Problem tree: why do people have to leave?

activity-problem-tree-purpose = Move from individual stories to shared patterns by mapping the root causes and consequences of climate displacement, and by asking who holds power over each cause.

activity-problem-tree-prep-draw-trees = Draw a large tree outline (roots, trunk and branches) on one sheet of flipchart paper per small group.

activity-problem-tree-prep-trunk-wording = Prepare a suggested trunk statement, for example “People in our communities are forced to leave home when weather, water and land change.” Avoid a trunk that begins with “lack of”, because it narrows the solutions to supplying the missing thing.

activity-problem-tree-prep-harvest-visible = Keep the changes chart (fast and slow changes) from the river of life where everyone can see it.

activity-problem-tree-step-groups = Form small groups of four to six people by counting off around the room. Give each group a tree chart, sticky notes and markers.

activity-problem-tree-step-explain = Explain the tree: “The trunk is the problem. The branches are the consequences: what happens because of it. The roots are the causes, and the deepest roots are the causes under the causes.”

activity-problem-tree-step-trunk = Ask each group to agree on its trunk, using the suggested statement or their own words. Give two minutes.

activity-problem-tree-step-branches = Ask the groups to write consequences on sticky notes and put them on the branches: for families, for the communities people leave, and for the places where people arrive.

activity-problem-tree-step-roots = Ask the groups to write causes and put them on the roots. For each cause, ask “Why does this happen?” at least three times, and place each new answer deeper in the roots. Remind them that weather is only one root: land, work, prices, debt, violence, government decisions and decisions about energy and emissions may appear too.

activity-problem-tree-step-power = Ask the groups to look at each root and ask: who decides this, who benefits, and who pays the cost? Put a star next to every root that is a human decision.

activity-problem-tree-step-walk = Give five minutes for everyone to walk around and look at the other groups’ trees.

activity-problem-tree-step-choose = Ask each group to circle one root that our community could push on locally. Leave the trees on the wall: we will come back to them in the action plan.

activity-problem-tree-note-not-only-climate = Help the groups see that climate rarely acts alone. In the { -dry-corridor }, the World Food Programme found that repeated failed harvests pushed many families to sell tools and animals or skip meals, and migration was one of the results; women often took on the farm work after men migrated. { -unhcr } notes that disasters often interact with conflict, persecution, poor governance or discrimination.

activity-problem-tree-note-no-blame = Keep the analysis on systems and decisions, not on individuals and never on the people who move. If a root blames migrants, ask “Why?” once more.

activity-problem-tree-note-use-river = Encourage the groups to start from the changes on the changes chart, so that the tree grows out of the participants’ own experience.

activity-problem-tree-note-nothing-personal = The trees hold causes and consequences, not names or personal stories. Check this before the walk, because the trees stay on the wall.

activity-problem-tree-debrief-common-roots = Which roots appear on every tree?

activity-problem-tree-debrief-human-decisions = Which roots are human decisions, and who makes them?

activity-problem-tree-debrief-who-benefits = Who benefits if nothing changes, and who pays the cost?

activity-problem-tree-debrief-push = Which roots could our community push on, here where we live?

activity-problem-tree-adapt-low-literacy = Draw a real-looking tree and invite people to say or draw their causes and consequences while a volunteer writes or draws them on the notes.

activity-problem-tree-adapt-large-group = Make more groups. During the walk, ask each group to send one person to explain their tree to the others in one minute.

activity-problem-tree-adapt-short-time = Draw one tree together as a whole group instead of one per group, and skip the walk.

activity-problem-tree-adapt-online = Use a shared whiteboard with a tree drawing, or ask one person in each breakout room to write the notes for their group.

activity-break-title = Break

activity-break-purpose = Rest, move and take care of ourselves before the new information.

activity-break-prep-refreshments = Set out water and, if possible, a simple snack.

activity-break-step-announce = Announce a fifteen-minute break and the exact time we will start again. Remind people that the { -quiet-corner } is there for anyone who needs it.

activity-break-step-available = Stay available during the break for anyone who wants a private word, and keep the { -referral-sheet } at hand.

activity-break-note-check-in = Use the break to check quietly on anyone who seemed affected during the river or the tree. Offer support; do not push.

activity-break-debrief-ready = Before we continue: does anyone need anything?

activity-break-adapt-short-time = Shorten the break to ten minutes if you must, but never skip it.

activity-break-adapt-online = Online, invite people to step away from the screen and turn their cameras off during the break.

activity-numbers-title = What the numbers say, and how they are counted

activity-numbers-purpose = Share solid, sourced figures on disaster and climate displacement, and give people the tools to read such figures critically.

activity-numbers-prep-figures-chart = Write the key figures from the steps below on a flipchart in large print, one per line, with the source and year next to each.

activity-numbers-prep-check-newer = Check the { -idmc } Global Report on Internal Displacement (internal-displacement.org) for a newer edition. Use newer figures only if you have confirmed them on IDMC’s own site; copies in the news are not enough.

activity-numbers-prep-print-reading = Print one copy of the reading handout per participant.

activity-numbers-step-two-counts = Explain that there are two ways of counting: “A displacement is one move. If a family evacuates before a hurricane and flees a flood later that year, that counts as two displacements. Displaced people is a different number: how many people are still living away from home on a given date.” Add that these global figures count moves inside a country, not across a border.

activity-numbers-step-global = First ask the room to guess, with a show of hands between “under 10 million”, “about 25 million” and “over 40 million”, how many times disasters forced people to move inside their own countries in 2024. Then share the figure: in 2024, disasters caused 45.8 million internal displacements, the highest number since records began in 2008 and nearly twice the yearly average of the decade before. Almost all were caused by weather, and storms such as cyclones and hurricanes caused more than half.

activity-numbers-step-compare = Show how much the counts change: in 2023 the figure was 26.4 million. And at the end of 2024, 9.8 million people were still living away from home because of disasters.

activity-numbers-step-united-states = Share that the United States had about 11 million disaster displacements in 2024, a record for any country, mostly people evacuating before hurricanes. Ask the group: “Is an evacuation the same as being forced to migrate?”

activity-numbers-step-slow = Turn to slow change. The { -dry-corridor } crosses El Salvador, Guatemala, Honduras and Nicaragua, and long droughts there alternate with too much rain. The World Food Programme reported maize and bean harvests failing again and again; families sold tools and animals or skipped meals, and migration was one result. Then, in November 2020, Hurricanes Eta and Iota hit the region two weeks apart and affected more than 7 million people across Central America. Hundreds of thousands were displaced; the counts differ by source.

activity-numbers-step-future = Share the projection: the World Bank’s Groundswell report estimated that, in a pessimistic scenario, up to 216 million people in six world regions could be forced to move inside their own countries by 2050 because of slow climate impacts. Fast cuts in emissions and inclusive development could lower that by up to 80 percent. Stress that this is a scenario, not a prediction, and that it is about moving inside countries, not crossing borders.

activity-numbers-step-connect = Link back to the changes chart: point to the fast and slow changes the group named, and ask where they fit in these numbers.

activity-numbers-note-unconfirmed = Figures for 2025 have circulated in the news, but they had not been confirmed against IDMC’s own site when this module was written. Do not quote them unless you have checked them yourself.

activity-numbers-note-not-invasion = Numbers can be twisted into stories about a coming “wave” at the border. Stress that these figures count moves inside countries, not border crossings, that projections are scenarios, and that choices made now change the outcome.

activity-numbers-note-people-behind = Numbers can feel cold after the rivers people drew. Say so, and keep this part short: the reading handout has the details.

activity-numbers-note-figures-differ = Organisations count at different times and in different ways. When two numbers disagree, name both sources instead of picking the most dramatic one.

activity-numbers-debrief-surprise = Which number surprised you, and why?

activity-numbers-debrief-moves-people = Why does it matter whether we count moves or people, and moves inside a country or across a border?

activity-numbers-debrief-missing = Whose stories do these numbers leave out?

activity-numbers-adapt-low-literacy = Show the biggest numbers as pictures, for example rows of stick figures, and say each figure aloud slowly, rounding where that helps (“almost 46 million”).

activity-numbers-adapt-short-time = Share only three figures (45.8 million displacements in 2024, the { -dry-corridor }, and the Groundswell projection) and point to the reading handout for the rest.

activity-numbers-adapt-online = Show the figures on a shared screen, one at a time, and take questions in the chat.

activity-climate-refugee-title = “Climate refugee”? What the law says

activity-climate-refugee-purpose = Understand why “climate refugee” is not a legal status, what protection may still exist, what the Teitiota decision means, and what governments promised in the { -gcm-short }.

activity-climate-refugee-prep-case-cards = Print one Teitiota case card per small group. The card gives the facts but not the outcome.

activity-climate-refugee-prep-grounds-chart = Write the five grounds of the refugee definition on a flipchart: race, religion, nationality, membership of a particular social group, political opinion.

activity-climate-refugee-prep-referrals-ready = Keep the { -referral-sheet } at hand: this part often brings up personal legal questions.

activity-climate-refugee-step-hands = Ask for a quick show of hands, and say there are no wrong answers: “Is a person who flees a drought a refugee under international law?” Note the range of answers without correcting anyone yet.

activity-climate-refugee-step-definition = Explain: under the { -refugee-convention }, a refugee is a person outside their own country who has a well-founded fear of being persecuted because of race, religion, nationality, membership of a particular social group or political opinion. A storm or a drought on its own is usually not persecution. So “climate refugee” is a common phrase, but it is not a legal status.

activity-climate-refugee-step-may-qualify = Add that the door is not fully closed. { -unhcr } says that people displaced across borders by climate change and disasters may qualify as refugees in some situations, especially when a disaster mixes with conflict, persecution, poor governance or discrimination. In Latin America, the 1984 Cartagena Declaration uses a wider definition that includes events that seriously disturb public order, and several countries have written it into their laws.

activity-climate-refugee-step-case = Hand out the Teitiota case card. Ask each group to read it aloud together and talk for five minutes: “If you were on the { -hrc }, what would you decide, and why?”

activity-climate-refugee-step-outcome = Share the outcome: in views adopted in October 2019, the { -hrc } found that New Zealand had not violated Mr Teitiota’s right to life, because the risk to him was not personal and close enough. But the Committee accepted, in principle, that the effects of climate change can put a person’s life at such risk that a country must not send them back. Two members of the Committee disagreed with the outcome.

activity-climate-refugee-step-compact = Introduce the { -gcm } of 2018. It is not legally binding; it is a shared promise. The UN General Assembly endorsed it by 152 votes to 5, and the United States voted against. Its Objective 2 commits governments to reduce the harmful drivers that force people to leave, including disasters, climate change and damage to the environment: helping communities adapt where they live, planning for displacement in disaster preparedness, and sharing information. Under Objective 5, governments are invited to develop options such as humanitarian visas and planned relocation for people affected by disasters and slow climate change.

activity-climate-refugee-step-not-advice = Close by saying: “This is general information, not legal advice. Every case is different, and U.S. rules changed often in 2025 and 2026. About your own situation, please talk with a { -attorney } or a { -doj-rep }.” Point to the { -referral-sheet }.

activity-climate-refugee-note-no-case-assessment = Do not assess anyone’s case, even informally (“you might qualify”). If someone asks about their own situation, thank them, say that only a { -attorney } or a { -doj-rep } can advise them, and point privately to the { -referral-sheet }.

activity-climate-refugee-note-self-description = Some people call themselves climate refugees. That is valid as a description of their experience and as political language. Explain only that the phrase is not, on its own, a legal status.

activity-climate-refugee-note-teitiota-reasoning = Stick to the outcome and the principle. Do not quote specific reasoning or timeframes from the decision unless you have checked the text of the Committee’s views yourself.

activity-climate-refugee-note-volatile = Avoid details of current U.S. asylum rules: they changed often in 2025 and 2026, and some are in litigation. Stable principles (the refugee definition, non-refoulement, the Compact) are safer to teach.

activity-climate-refugee-note-non-binding = If people say a non-binding compact is useless, open a short debate: it is a public promise that communities can use to hold their governments to their word.

activity-climate-refugee-debrief-why-resist = Why might governments resist creating a legal status for people displaced by climate change?

activity-climate-refugee-debrief-teitiota-door = What door did the Teitiota decision close, and what door did it leave open?

activity-climate-refugee-debrief-use-compact = How could our community use a non-binding promise like Objective 2?

activity-climate-refugee-adapt-low-literacy = Read the case card aloud to the whole group instead of in small groups, and use a show of hands for “What would you decide?”

activity-climate-refugee-adapt-short-time = Skip the group discussion of the case: tell the Teitiota story and its outcome in two minutes.

activity-climate-refugee-adapt-large-group = Keep the case in small groups, but take reports from only two or three groups.

activity-climate-refugee-adapt-online = Show the case card on screen and use breakout rooms for the discussion.

activity-climate-justice-title = Who pays, who decides? Climate justice

activity-climate-justice-purpose = Explore climate justice as a question of fairness, power and rights, and see where it meets the struggle for migrant rights.

activity-climate-justice-prep-signs = Make two signs, “Agree” and “Disagree”, and tape them at opposite ends of the room.

activity-climate-justice-prep-statements = Write the three statements from the steps on a card so that you can read them exactly as written.

activity-climate-justice-prep-space = Clear a line across the room with space to stand, and leave chairs along it for anyone who prefers to sit.

activity-climate-justice-step-explain = Explain: “I will read a statement. Stand, or point from your chair, somewhere along the line between Agree and Disagree. There are no right answers, and you can move after you hear others. You can also simply listen.”

activity-climate-justice-step-statement-power = Read: “Climate change is about nature, not about power.” Invite two or three people from different places on the line to say why they stand where they do.

activity-climate-justice-step-statement-move = Read: “People forced out by climate change should have safe and legal ways to move.” Again invite two or three voices.

activity-climate-justice-step-statement-same = Read: “The fight for climate justice and the fight for migrant rights are the same fight.” Invite voices, and let people move if they change their minds.

activity-climate-justice-step-input = Invite everyone to sit, then explain: climate justice looks at climate change as a question of fairness and rights, not only of weather. It asks who caused the harm, who pays the price, who decides, and who is protected. Share three recent steps: in 2022 the UN General Assembly recognised a human right to a clean, healthy and sustainable environment (not binding). In July 2025 the International Court of Justice said, in a unanimous advisory opinion, that States have obligations to cut emissions, to adapt and to cooperate. In 2025 the Inter-American Court of Human Rights recognised a right to a healthy climate and addressed the situation of people who move because of climate change.

activity-climate-justice-step-links = Draw the links with the group on a flipchart: reducing the drivers that force people out (Objective 2 of the Compact), the freedom to stay safely at home and to move safely, and disaster plans that include everyone. Ask the group to add links from their own organising.

activity-climate-justice-note-no-right-answer = The spectrum line is for thinking aloud, not for winning. Thank people from every part of the line, especially those who disagree with most of the group.

activity-climate-justice-note-seated-option = Standing in a visible spot can feel exposing. Always offer the option to point from a chair, and never ask someone to explain their position unless they volunteer.

activity-climate-justice-note-no-invented-figures = Participants may quote figures about which countries or people pollute most. Welcome the point about fairness, but do not add statistics that are not in this module’s sources; offer to look at reliable sources together later.

activity-climate-justice-note-advisory = Be clear that the court opinions and the General Assembly resolution are important but are not binding on their own: their strength depends on people using them.

activity-climate-justice-debrief-noticed = What did you notice about where people stood, and about who moved?

activity-climate-justice-debrief-meet = Where do climate justice and migrant-rights organising already meet in our area?

activity-climate-justice-debrief-bridge = What could divide these two movements, and how could we build a bridge?

activity-climate-justice-adapt-low-literacy = Use picture signs (a thumbs up and a thumbs down) and read each statement twice, slowly.

activity-climate-justice-adapt-online = Use an anonymous poll, or ask people to show one to five fingers on camera or type a number in the chat.

activity-climate-justice-adapt-large-group = Invite only two or three voices per statement, and ask others to raise a hand if they agree with what was said.

activity-answering-neighbours-title = Practice: answering a neighbour

activity-answering-neighbours-purpose = Practise explaining climate displacement and climate justice in simple, true words, using what we learned today.

activity-answering-neighbours-prep-choose-statements = Choose two or three of the neighbour statements in the steps, or replace them with statements people often hear where you live.

activity-answering-neighbours-prep-facts-visible = Keep the figures chart and the problem trees on the wall so the pairs can use them.

activity-answering-neighbours-step-form-pairs = Ask people to form pairs. One person plays a neighbour and the other answers. Say that the neighbour is curious or doubtful, not hostile.

activity-answering-neighbours-step-first = Read the first statement for the neighbours to say: “Those people just come here for the money.” Give two minutes for the answer, using what we learned about the roots of displacement.

activity-answering-neighbours-step-second = Ask the pairs to switch roles. Read: “If it’s climate, they’re refugees, so they have the right to stay.” Give two minutes for an answer that is accurate about the law and still caring.

activity-answering-neighbours-step-third = If there is time, read: “Climate change is a problem for the future, not for now.” Ask the pairs to switch roles again and give two minutes.

activity-answering-neighbours-step-share = Ask two or three pairs to share one answer that worked well, in one or two sentences.

activity-answering-neighbours-note-no-officials = Follow the role-play rule in the safety notes: nobody plays an immigration officer, a police officer or a judge in this activity. Keep it to everyday conversations with neighbours.

activity-answering-neighbours-note-short-answers = Encourage short, true answers and stories rather than long lists of numbers. A good answer can be one fact and one question back.

activity-answering-neighbours-debrief-worked = Which answer felt strongest, and why?

activity-answering-neighbours-debrief-useful-fact = Which fact or idea from today helped you most in your answer?

activity-answering-neighbours-adapt-low-literacy = Everything is spoken; no reading is needed. The facilitator reads each statement aloud twice.

activity-answering-neighbours-adapt-short-time = Use only the first statement, or do one demonstration in front of the whole group.

activity-answering-neighbours-adapt-online = Read each statement in the main room, then open breakout rooms for the pairs.

activity-action-plan-title = Our local action plan

activity-action-plan-purpose = Turn the day’s analysis into a realistic, safe plan that links climate justice and migrant rights where we live.

activity-action-plan-prep-print-worksheet = Print one action-plan worksheet per participant.

activity-action-plan-prep-local-ideas = Find out beforehand about local groups (climate, environmental justice, immigrant rights, faith, labour) and about your area’s emergency and evacuation plans, so that you can suggest real starting points.

activity-action-plan-prep-examples-chart = Write the example actions from the steps on a flipchart.

activity-action-plan-step-frame = Explain that action is where the spiral turns: what we do creates new experience, and we learn again. Plans should be small, real and safe.

activity-action-plan-step-regroup = Ask people to return to their problem-tree groups and to bring the root they circled. Anyone may join another group whose root interests them more.

activity-action-plan-step-examples = Read the example actions aloud: ask our city or county whether emergency warnings and shelter information reach people in every language spoken here; invite a local climate group and an immigrant-rights group to meet; share the reading handout with a community group; run this workshop again with another group; hold a public conversation on climate and migration with { -org-placeholder }.

activity-action-plan-step-worksheet = Give each person a worksheet. The groups talk through the questions together for about ten minutes; each person writes what is useful to them, or one volunteer writes for the group.

activity-action-plan-step-safety-check = Ask every group to check their plan with three questions: Does it need anyone’s name, status or photo? Could it put someone at risk? Does it have roles for people who do not want to be visible? Change the plan until every answer is safe.

activity-action-plan-step-share = Ask each group to share their goal and their first step in one minute.

activity-action-plan-step-follow-up = Agree how the group will follow up without making a contact list: for example, a date and place for the next meeting, and the usual public channels of { -org-placeholder }.

activity-action-plan-note-no-lists = Do not collect the worksheets, and do not start a sign-up sheet with names or phone numbers. People who want to stay involved can reach { -org-placeholder } through its usual channels.

activity-action-plan-note-many-roles = Nobody has to take part in public or visible action. Make sure every plan has roles that can be done quietly: cooking, translating, sharing information, research, childcare.

activity-action-plan-note-realistic = Push gently for a first step that can happen within a month. A small step that happens is better than a big plan that does not.

activity-action-plan-note-preparedness-link = Objective 2 of the { -gcm-short } asks governments to build displacement into disaster preparedness: early warning, evacuation and reception. Local emergency planning is a concrete place where climate justice and migrant rights meet.

activity-action-plan-debrief-next-month = Which step can happen in the next month?

activity-action-plan-debrief-support = What support do you need from { -org-placeholder }?

activity-action-plan-debrief-unsafe = What could make this plan unsafe for people without papers, and how will we prevent it?

activity-action-plan-adapt-low-literacy = A volunteer or the facilitator writes for the group; participants can also draw their plan as a path with steps.

activity-action-plan-adapt-short-time = Make one plan for the whole group, and fill in only the goal, the first step and the safety questions.

activity-action-plan-adapt-large-group = Ask the groups to post their plans on the wall and do a quick gallery walk instead of spoken reports.

activity-action-plan-adapt-online = Show the worksheet questions on screen. In each breakout room, one volunteer types the group’s answers in a document that is not shared outside the group.

activity-evaluation-title = Closing and evaluation

activity-evaluation-purpose = Take stock of what we learned, hear what to improve, and close the day with care.

activity-evaluation-prep-eval-chart = Draw a simple evaluation chart on flipchart paper with three columns: “What worked”, “What to change”, and “What I still want to learn”.

activity-evaluation-prep-cards = Print one pocket card per participant, and have the { -referral-sheet } ready so people can copy local numbers onto their card.

activity-evaluation-step-round = Invite a quick round, and remind people that passing is welcome: “In one word or one sentence, what will you take with you today?”

activity-evaluation-step-chart = Hand out the evaluation form and ask people to fill it in without names and drop it in the box or envelope by the door. Anyone who prefers can put sticky notes on the evaluation chart instead. Say that you will read them later and use them to improve the workshop.

activity-evaluation-step-card = Hand out the pocket card. Read it aloud and point out the support lines: people can copy local numbers from the { -referral-sheet } now, or later at home.

activity-evaluation-step-reminder = Remind everyone that this was popular education, not legal advice, and that the information was researched up to { -current-date } and should be checked with { -legal-aid }. About their own situation, they should talk with a { -attorney } or a { -doj-rep }.

activity-evaluation-step-close = Close with the { -grounding-practice }, or a short song or stretch chosen by the group. Thank everyone, and stay for a few minutes for anyone who wants a private word.

activity-evaluation-note-anonymous = Keep the evaluation anonymous. Do not photograph the forms or notes; count the answers later, then destroy the originals.

activity-evaluation-note-stay-after = Some people wait until the end to ask a personal question. Plan to stay fifteen minutes after the workshop, with the { -referral-sheet }.

activity-evaluation-debrief-improve = What would make this workshop better next time?

activity-evaluation-adapt-low-literacy = Instead of written notes, use three boxes or envelopes and dot stickers, or invite spoken comments.

activity-evaluation-adapt-online = Use an anonymous poll that collects no names or email addresses, and remind people not to post personal details in the chat.

material-flipchart-paper = { -supply-flipchart-paper }

material-markers = { -supply-markers }

material-masking-tape = { -supply-masking-tape }

material-referral-sheet = { -supply-referral-sheet }

material-quiet-corner = A { -quiet-corner } with a chair, water and tissues

material-drawing-paper = Large drawing paper (tabloid size or half a flipchart sheet)

material-figures-chart = Prepared chart of the key figures, with sources and years

material-reading-copies = Printed reading handout “Climate and Migration: What to Know”

material-case-card-copies = Printed Teitiota case card

material-spectrum-signs = { -supply-spectrum-signs }

material-timer = Timer or phone with a timer

material-worksheet-copies = Printed worksheet “Our Local Action Plan”

material-pens = { -supply-pens }

material-pocket-card-copies = Printed pocket card “Climate and Migration: Key Ideas”

handout-climate-reading-title = Climate and Migration: What to Know

handout-climate-reading-intro = This reading sums up the main facts from our workshop. It is for learning together. It is not legal advice. It was researched up to { -current-date }: check with { -legal-aid } before you rely on it.

handout-climate-reading-why-move-heading = Why people leave home

handout-climate-reading-why-move-body =
    Changes in weather, water and land can force people to leave home. Sometimes the push comes fast: a hurricane or a flood can drive people out in a few hours. Sometimes it comes slowly: year after year of drought, failed crops or rising seas makes it harder to grow food, find water or earn a living.

    The { -dry-corridor } crosses El Salvador, Guatemala, Honduras and Nicaragua. More than 10 million people live there. Long droughts there take turns with too much rain. The World Food Programme reported that harvests of maize and beans failed again and again. Many families sold their tools and animals or skipped meals, and some people had to migrate. In November 2020, Hurricanes Eta and Iota hit the region two weeks apart and affected more than 7 million people across Central America.

    Climate rarely acts alone. The UN Refugee Agency notes that disasters often mix with conflict, persecution, poor government or discrimination.

handout-climate-reading-numbers-heading = What the numbers say

handout-climate-reading-numbers-body = Read numbers carefully. A displacement is one move: if the same family has to flee twice in one year, that counts as two displacements. Displaced people is a different count: how many people are still away from home on a certain day. These global figures count moves inside a country, not across a border.

handout-climate-reading-numbers-item-record = In 2024, disasters caused 45.8 million displacements inside countries. That is the most since records began in 2008. Almost all were caused by weather.

handout-climate-reading-numbers-item-still-away = At the end of 2024, 9.8 million people were still living away from home because of disasters.

handout-climate-reading-numbers-item-united-states = The United States had about 11 million displacements in 2024, mostly people evacuating before hurricanes.

handout-climate-reading-numbers-item-year-to-year = The count changes a lot from year to year. In 2023 it was 26.4 million.

handout-climate-reading-numbers-item-future = The World Bank’s Groundswell reports look ahead to 2050. In a pessimistic scenario, up to 216 million people in six world regions could be forced to move inside their own countries by slow climate impacts such as water shortages, crop failure and rising seas. Fast cuts in emissions and inclusive development could lower that by up to 80 percent. These are scenarios, not predictions.

handout-climate-reading-refugee-law-heading = Is there such a thing as a “climate refugee”?

handout-climate-reading-refugee-law-body =
    Not in law. Under the { -refugee-convention }, a refugee is a person outside their own country who has a well-founded fear of persecution because of race, religion, nationality, membership of a particular social group or political opinion. A storm or a drought alone is usually not persecution. So “climate refugee” is a common phrase, but it is not a legal status.

    That does not mean there is no protection. { -unhcr } says that people who flee across borders because of climate change and disasters may qualify as refugees in some cases, for example when a disaster mixes with conflict, persecution or discrimination. In Latin America, the 1984 Cartagena Declaration uses a wider definition, and several countries have made it part of their laws. The rule against sending people back to serious danger, called non-refoulement, may also apply.

handout-climate-reading-teitiota-heading = The Teitiota case

handout-climate-reading-teitiota-body = Ioane Teitiota is from Kiribati, a country of low islands in the Pacific Ocean. He said rising seas were making fresh water salty, washing away land and causing violent fights over land. New Zealand deported him in 2015. In 2019 the { -hrc } decided that New Zealand had not violated his right to life, because the danger to him was not personal and close enough. But the Committee also accepted that the effects of climate change can put a person’s life at such risk that a country must not send them back. Two Committee members disagreed with the decision.

handout-climate-reading-compact-heading = What governments promised

handout-climate-reading-compact-body = In December 2018, most of the world’s governments supported the { -gcm }. It is not legally binding: it is a shared promise. The United States voted against it. Its Objective 2 says governments should reduce the harmful conditions that force people to leave their countries, including disasters, climate change and damage to the environment. Governments agreed to help communities adapt where they live, to plan for displacement in their disaster plans (early warning, evacuation and reception), and to share information. Under Objective 5, governments were invited to develop options such as humanitarian visas and planned relocation for people affected by disasters and climate change.

handout-climate-reading-justice-heading = Climate justice

handout-climate-reading-justice-body = Climate justice sees climate change as a question of fairness and rights, not only of weather. It asks: Who caused the harm? Who pays the price? Who decides? Who is protected? Some recent steps:

handout-climate-reading-justice-item-environment-right = 2022: the UN General Assembly recognised a human right to a clean, healthy and sustainable environment. This resolution is not binding.

handout-climate-reading-justice-item-world-court = July 2025: the International Court of Justice said, in a unanimous advisory opinion, that States have duties to cut emissions, to adapt and to cooperate.

handout-climate-reading-justice-item-inter-american = 2025: the Inter-American Court of Human Rights recognised a right to a healthy climate and spoke about people who move because of climate change.

handout-climate-reading-words-heading = Words to know

handout-climate-reading-words-item-internal = Internal displacement: being forced to move to another place inside your own country.

handout-climate-reading-words-item-cross-border = Cross-border displacement: being forced to move to another country.

handout-climate-reading-words-item-slow-onset = Slow-onset change: harm that builds up over years, like drought or rising seas.

handout-climate-reading-words-item-non-refoulement = Non-refoulement: the rule that a refugee must not be sent back to a place where their life or freedom would be in danger. Human rights law has similar protections.

handout-climate-reading-not-advice-heading = This is not legal advice

handout-climate-reading-not-advice-body = This reading is for learning together. It is not legal advice, and it does not describe any one person’s case. Laws and policies, especially in the United States, changed often in 2025 and 2026, and some are being challenged in court. The facts here were researched up to { -current-date }; check before each workshop. About your own situation, talk with a { -attorney } or a { -doj-rep }. Your { -referral-sheet } lists local help, and you can ask { -org-placeholder } too.

handout-referral-sheet-legal-prompt-legal-aid = { -legal-aid-placeholder }

handout-referral-sheet-legal-prompt-accredited-rep = { -accredited-rep-placeholder }

handout-referral-sheet-legal-prompt-org = { -org-placeholder }

handout-referral-sheet-support-prompt-mental-health = { -mental-health-placeholder }

handout-referral-sheet-support-prompt-crisis-line = { -crisis-line-placeholder }

handout-referral-sheet-support-prompt-family-search = { -family-search-placeholder }

handout-referral-sheet-support-prompt-emergency = { -emergency-placeholder }

handout-case-card-title = Case card: Teitiota v. New Zealand

handout-case-card-intro = Read this true story together. The outcome is not on this card: talk about what you would decide.

handout-case-card-facts-heading = The story

handout-case-card-facts-body = Ioane Teitiota is from Kiribati, a country of low islands in the Pacific Ocean. He asked New Zealand for protection. He said that rising seas were making fresh water salty, washing away land, crowding people together and causing violent fights over land on South Tarawa, where he lived. New Zealand said he was not a refugee and deported him in September 2015. He then took his case to the { -hrc }, a group of independent experts. He argued that sending him back put his right to life at risk.

handout-case-card-discuss-heading = Talk about it

handout-case-card-discuss-item-decide = If you were on the Committee, what would you decide? Why?

handout-case-card-discuss-item-proof = What should a person have to show to be protected from being sent back?

handout-case-card-discuss-item-whose-duty = Who else has a duty to act when a whole country is at risk from rising seas?

handout-action-worksheet-title = Our Local Action Plan

handout-action-worksheet-intro = Use this sheet with your group. Do not write anyone’s name, immigration status or contact details on it. It is yours to keep.

handout-action-worksheet-root-heading = The root we chose

handout-action-worksheet-root-prompt-which-root = Which root from our problem tree do we want to push on?

handout-action-worksheet-root-prompt-why-matters = Why does this root matter in our community?

handout-action-worksheet-learned-heading = What we learned

handout-action-worksheet-learned-prompt-one-fact = One fact from today that we want other people to know:

handout-action-worksheet-learned-prompt-where-meet = Where do climate justice and migrant rights meet here, where we live?

handout-action-worksheet-plan-heading = Our plan

handout-action-worksheet-plan-prompt-goal = Our goal: what do we want to change?

handout-action-worksheet-plan-prompt-first-step = Our first step, and when we will take it:

handout-action-worksheet-plan-prompt-allies = Groups we can invite to join us (groups, not people’s names):

handout-action-worksheet-plan-prompt-roles = Roles we need (write roles, not names), including quiet roles for people who do not want to be visible:

handout-action-worksheet-plan-prompt-resources = What we need (a place, materials, interpretation, food, childcare):

handout-action-worksheet-safety-heading = Keeping everyone safe

handout-action-worksheet-safety-body = Check your plan: no lists of names, no photos without clear permission, and roles for people who cannot be visible.

handout-action-worksheet-safety-prompt-risks = What in this plan could put someone at risk?

handout-action-worksheet-safety-prompt-prevent = How will we prevent that?

handout-action-worksheet-follow-up-heading = Follow-up

handout-action-worksheet-follow-up-prompt-next-meeting = When and where will we meet again?

handout-action-worksheet-follow-up-prompt-success = How will we know our plan is working?

handout-pocket-card-title = Climate and Migration: Key Ideas

handout-pocket-card-intro = Not legal advice. Researched up to { -current-date }.

handout-pocket-card-key-ideas-heading = Remember

handout-pocket-card-key-ideas-item-fast-slow = Storms push people out fast; drought, slowly.

handout-pocket-card-key-ideas-item-not-status = “Climate refugee” is not a legal status.

handout-pocket-card-key-ideas-item-your-case = Other protection may apply: get trusted legal advice.

handout-pocket-card-key-ideas-item-justice = Climate justice means fairness and rights.

handout-pocket-card-key-ideas-prompt-legal-help = Legal help:

handout-pocket-card-key-ideas-prompt-emotional-support = Emotional support:

source-gcm-2018-title = Global Compact for Safe, Orderly and Regular Migration (resolution A/RES/73/195)

source-gcm-2018-publisher = UN General Assembly

source-refugee-convention-1951-title = Convention relating to the Status of Refugees

source-refugee-convention-1951-publisher = United Nations

source-cartagena-1984-title = Cartagena Declaration on Refugees

source-cartagena-1984-publisher = Colloquium on refugees in Central America, Mexico and Panama (UNHCR archive)

source-unhcr-2020-title = Legal considerations regarding claims for international protection made in the context of the adverse effects of climate change and disasters

source-unhcr-2020-publisher = UNHCR (summary by Refugees International)

source-teitiota-2019-title = Teitiota v. New Zealand, Views of the UN Human Rights Committee, CCPR/C/127/D/2728/2016 (case digest)

source-teitiota-2019-publisher = Centre for Civil and Political Rights (CCPR Centre)

source-idmc-grid-2025-title = Global Report on Internal Displacement 2025 (GRID 2025)

source-idmc-grid-2025-publisher = Internal Displacement Monitoring Centre (IDMC)

source-idmc-grid-2024-title = Global Report on Internal Displacement 2024 (GRID 2024)

source-idmc-grid-2024-publisher = Internal Displacement Monitoring Centre (IDMC), via the Platform on Disaster Displacement

source-groundswell-2018-title = Groundswell: Preparing for Internal Climate Migration

source-groundswell-2018-publisher = World Bank

source-groundswell-2021-title = Groundswell Part 2: Acting on Internal Climate Migration (summary)

source-groundswell-2021-publisher = World Bank; summary by CIESIN, Columbia University

source-wfp-dry-corridor-title = Central America’s Dry Corridor (emergency page)

source-wfp-dry-corridor-publisher = World Food Program USA (World Food Programme)

source-iom-dtm-eta-iota-title = Hurricanes Eta and Iota: regional overview (Displacement Tracking Matrix)

source-iom-dtm-eta-iota-publisher = International Organization for Migration (IOM)

source-cejil-2022-title = Climate displacement and the Central American Dry Corridor (article of 20 June 2022)

source-cejil-2022-publisher = Center for Justice and International Law (CEJIL), Movilidad en Mesoamérica

source-unga-76-300-title = The human right to a clean, healthy and sustainable environment (resolution A/RES/76/300)

source-unga-76-300-publisher = UN General Assembly

source-icj-2025-title = Obligations of States in respect of Climate Change, Advisory Opinion of 23 July 2025

source-icj-2025-publisher = International Court of Justice

source-iacthr-oc-32-25-title = Advisory Opinion OC-32/25 on the climate emergency and human rights

source-iacthr-oc-32-25-publisher = Inter-American Court of Human Rights (summary in Spanish at litigioclimatico.com)

## common.ftl

ui-facilitator-guide = Facilitator guide

ui-total-time = Total time

ui-group-size = Group size

ui-group-size-value = { $min }–{ $max } participants

ui-current-as-of = Information current as of

ui-licence = Licence

ui-licence-version = { $licence }, version { $version }

ui-legal-notice = This is popular education, not legal advice. Laws and policies change often; this information is current as of { $date }. For advice about your own situation, talk to a { -attorney } or a { -doj-rep }.

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

ui-step-time = { $minutes } min · { $start }–{ $end }

ui-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}

ui-duration = { $hours ->
    [0] { $minutes } min
   *[other] { $minutes ->
        [0] { $hours } h
       *[other] { $hours } h { $minutes } min
    }
}

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

ui-quantity = { $per ->
    [participant] { $quantity } per participant
    [group] { $quantity } per small group
   *[room] { $quantity } for the room
}

ui-page-of = Page { $page } of { $total }

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

ui-grouping-whole-group = Whole group

ui-grouping-pairs = Pairs

ui-grouping-small-groups = Small groups

ui-grouping-individual = Individual

ui-stage-opening = Opening

ui-stage-experience = Starting from experience

ui-stage-patterns = Looking for patterns

ui-stage-new-information = Adding new information

ui-stage-practice = Practising and planning

ui-stage-action = Applying in action

ui-stage-closing = Closing

ui-per-participant = per participant

ui-per-group = per small group

ui-per-room = for the room

ui-material-kind-paper = Paper

ui-material-kind-markers = Markers and pens

ui-material-kind-printed = Printed matter

ui-material-kind-room-setup = Room setup

ui-material-kind-other = Other

ui-adaptation-low-literacy = Low literacy

ui-adaptation-large-group = Large group

ui-adaptation-short-time = Short on time

ui-adaptation-online = Online

ui-handout-kind-reading = Reading

ui-handout-kind-worksheet = Worksheet

ui-handout-kind-pocket-card = Pocket card

ui-overrun = This day runs { $minutes } minutes past its { $time } end time.

ui-local-contact = { $name } ({ $phone })

ui-local-answer = { $phone } ({ $name })

ui-site-paper-iso = A4

ui-site-packets = Example workshop packets, to adapt

ui-site-packets-intro = Each packet holds everything for one workshop that uses this one: a run sheet with clock times, the facilitator guides, the handouts and pocket cards, a materials checklist and a print list that says how many copies to make. They are made from the example plans that come with Puente: print one as it is, or adapt it.

ui-site-packets-adapt = To adapt a packet to your own date, times, group and languages, download its plan, change it, and make the packet again with Puente, from its command line or in its planner in your browser.

ui-site-packet-days = Schedule

ui-site-packet-group = Group

ui-site-packet-local = Local contacts

ui-site-packet-local-value = Filled in with one organisation's contacts, and a support directory to hand out. They are examples: put in contacts you have checked yourself.

ui-site-packet-plan = The plan it is made from (YAML), to copy and change

ui-site-kilobytes = KB

## mapping-and-documentation.ftl

-current-date = June 2026

-module-name = Mapping and Documenting Human Rights in Our Region

module-title = { -module-name }

module-summary = A workshop of three hours for community members, promotoras, volunteers and people who already help their neighbours. Starting from what people know about their own region, the group draws a map with three layers: missing or unequal services, enforcement, and help. It learns how to write down a human rights concern without putting anyone at risk: the consent of the person affected, what never to write down, how details that seem harmless can identify someone, and how to keep records safe on paper and on a phone. Then it practises turning invented, anonymous reports into a tally and two or three community recommendations, learns where such recommendations can go, locally, nationally and internationally, and chooses a first step. Popular education, not legal advice; researched through { -current-date }. Verify before each workshop.

objective-map-conditions = Map, as a group, how poverty and unequal services, immigration enforcement, and places of help meet in their region.

objective-map-safely = Follow safe-mapping rules: no homes, routes, workplaces or names, and help shown as a type of service rather than an exact address.

objective-consent-first = Explain why the person affected decides whether and how their incident is reported, and how a report can put them at risk.

objective-details-identify = Explain how details that seem harmless (a date, a time, a place, a vehicle) can together identify a person, and how to blur them.

objective-store-safely = Name three ways a record can leave your control on paper or on a phone, and one thing to do about each.

objective-report-to-recommendation = Turn anonymous reports into a tally, find a pattern, and draft a community recommendation.

objective-where-it-goes = Name where community recommendations can go: local decision-makers, national complaint and oversight channels through a legal partner, and international human rights bodies.

objective-first-step = Choose one concrete, safe first step to take after the workshop.

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

interpretation-consecutive = In a bilingual room, use consecutive interpretation: speak two or three sentences, pause, and let the interpreter repeat them. Read scripted lines slowly, and stop after each instruction, not in the middle of it.

interpretation-brief-interpreter = Brief the interpreter before the day: send the glossary, the practice sheet and the safety rules, and agree the words you will use for “consent”, “anonymous”, “blur” and “recommendation” so they stay the same all day.

interpretation-same-agreements = The interpreter follows the same agreements as everyone: no notes with names, no photos, and nothing repeated outside the room. In a small community the interpreter may know participants; ask the group, privately if needed, whether they are comfortable.

interpretation-indigenous-languages = Ask in advance, and privately, whether anyone would follow better in an Indigenous language of Mexico or Central America. If so, look for a community interpreter for that language, and rely on spoken explanations and drawings rather than written handouts.

interpretation-ask-privately = Never ask the room “who doesn’t speak English?” or “who speaks an Indigenous language?”. Ask quietly, one by one, or on the registration call, so nobody is singled out.

interpretation-no-children = Avoid asking children or family members to interpret. The topics today can be heavy, and a relative may hear things the person would rather keep private.

interpretation-materials = Bilingual handouts, side by side, help interpreters and mixed groups. Read every handout aloud anyway: not everyone reads comfortably in either language.

interpretation-time = Our advice: plan for anything spoken to take about twice as long with consecutive interpretation. In an interpreted workshop, use the short-time adaptations, or run the module over two sessions.

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

## rights-at-borders.ftl

-current-date = mid-2026

module-title = Rights at Borders

module-summary = A workshop of about three and a half hours for community members, promotoras and volunteers. Starting from what people already know, the group maps its own community; learns what human rights law says about borders (the right to leave, the right to seek asylum, non-refoulement and due process) and what the { -ohchr-principles } ask of governments; looks at how the U.S.–Mexico border was criminalised and militarised from the 1980s on and what it has cost in lives; learns what the 100-mile border zone means in daily life; practises writing down a human rights concern safely, without names; and chooses one step to take together. Popular education, not legal advice; researched up to { -current-date }; check before each workshop.

objective-borders-not-exception = Explain in their own words why borders are not places where human rights stop.

objective-leave-and-asylum = Name two rights in international law: the right to leave any country, including one’s own, and the right to seek asylum from persecution.

objective-non-refoulement = Describe non-refoulement: a refugee must not be sent back to a place where their life or freedom would be threatened.

objective-due-process = Describe basic due-process protections in the United States, and why they are weaker for people stopped at or near the border soon after entering.

objective-ohchr-guidelines = Recognise the main points of the { -ohchr-principles } (2014).

objective-deterrence-cost = Describe how the U.S.–Mexico border was criminalised and militarised from the 1990s on, and what this has cost in lives.

objective-border-zone = Explain what the 100-mile border zone means in daily life: checkpoints, roving patrols and searches.

objective-map-and-document = Map human rights concerns in their community, and write down a concern safely, without names, for a trusted { -legal-aid-group }.

safety-not-legal-advice = This workshop is popular education, not legal advice. Say so at the start and again whenever you talk about U.S. law. Tell people to consult a { -attorney } or a { -doj-rep } about their own situation. The legal information here was researched up to { -current-date }. U.S. immigration law and border policy changed again and again in 2025 and 2026, and several of the rules mentioned here are being challenged in court.

safety-check-current-law = Before each workshop, ask { -legal-aid-placeholder } what has changed since { -current-date }, especially about expedited removal, about access to asylum at the southern border and about what the pocket card says. If something has changed, tell the group and correct the handouts by hand. Teach the stable principles first, and treat details that change often as “check with { -legal-aid }”.

safety-no-names = Collect no names. No sign-in sheet with names, no attendance list, no contact list. People may write a first name or a made-up name on a { -name-tag }, or use no { -name-tag } at all. Do not write down anything that could identify a participant, and do not keep notes about who said what.

safety-no-photos = No photos, video or audio recordings of people. No photos of the community map, the charts or anyone’s notes unless the whole group agrees. Images shared carelessly can harm the people in them.

safety-opt-out = Anyone can pass, stay quiet or step out at any time, with no explanation needed. Say this at the start and repeat it before the heavier activities (the community map and the timeline). Nobody has to share their own story or their immigration status.

safety-grounding = Teach a short { -grounding-practice } at the start and use it whenever the room gets heavy: both feet on the floor, look around and silently name three things you can see, then take three slow breaths together. Remind people that they can also step out. Close heavy moments with something shared, such as a song or a breath together.

safety-co-facilitator = { -rule-co-facilitator }

safety-role-play = { -rule-role-play }

safety-phones = { -rule-phones }

safety-venue = { -rule-venue }

safety-minors = { -rule-minors }

safety-mandated-reporting = { -rule-mandated-reporting }

safety-emergency = { -rule-emergency }

safety-disclosure = If someone shares something serious (abuse, danger, a detention, a recent crossing, a loss): thank them; do not ask for details or probe; do not write it down; gently bring the group back to the activity; offer a private moment after the session, with the { -co-facilitator } nearby; and refer them to the contacts on the { -referral-sheet }. Never promise a legal outcome.

safety-referrals = Before the workshop, fill in the { -referral-sheet } (the handout of that name) with contacts you have checked: { -legal-aid-placeholder }; { -accredited-rep-placeholder }; { -mental-health-placeholder }; { -crisis-line-placeholder }; { -family-search-placeholder }; { -emergency-placeholder }. Check that each one is still open, serves people whatever their status and takes new people. Print one for every participant, so that nobody has to ask for it or copy numbers from the wall in front of others. Never invent a name or a phone number. If you do not have a contact, say so honestly and ask { -org-placeholder } to help you find one.

safety-information-not-fear = Lead with information, not fear. Give clear, calm facts and concrete things people can do. When a topic is frightening, name what people can do about it and where they can get help.

safety-facilitator-care = { -rule-facilitator-care }

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

activity-deterrence-timeline-adapt-low-literacy = You or volunteers who like to read can read all the cards aloud. Add a simple drawing to each card, such as a sun for the desert or a courthouse for prosecutions.

activity-deterrence-timeline-adapt-large-group = Give the cards to pairs instead of individuals, and let people stay in their seats while you tape the cards up.

activity-deterrence-timeline-adapt-short-time = Use six cards only: the 1994 strategy, Operation Gatekeeper, the deaths from 1995 to 2005, Operation Streamline, the Border Patrol’s 2022 count and IOM’s 2022 count.

activity-deterrence-timeline-adapt-online = Share a slide with an empty timeline and reveal the cards one at a time as volunteers read them aloud. Keep cameras optional during the moment of silence.

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

activity-documenting-safely-debrief-what-details-helped = Which details would help a { -legal-aid-group } the most?

activity-documenting-safely-debrief-any-names = Did anyone write a name, or a detail that could identify someone? How could we write it instead?

activity-documenting-safely-debrief-where-keep = Where could you keep a report like this safely until you hand it to { -legal-aid }?

activity-documenting-safely-note-invented-only = Use only the invented scenario in the workshop. Do not ask people to document real events in the room. If someone wants to report something real, offer a private moment after the session and put them in touch with the { -legal-aid-group } on the { -referral-sheet }.

activity-documenting-safely-note-photos-consent = If people ask about filming: filming enforcement can expose abuses and can serve as evidence, but video captured or shared unsafely can harm the people in it. It needs a plan for consent, blurring faces and safe storage, and should go only to a trusted { -legal-aid-group }.

activity-documenting-safely-note-not-investigators = Remind people that their safety comes first: they are witnesses, not investigators. Nobody should put themselves at risk, follow agents or step into an arrest to get details.

activity-documenting-safely-adapt-low-literacy = In each pair, one person writes or draws while both answer the questions aloud. People can draw the place and the vehicle instead of writing.

activity-documenting-safely-adapt-large-group = Skip the swap. Instead, ask three pairs to read out their answer to “Who was involved?” and check it together for names.

activity-documenting-safely-adapt-short-time = Fill in only “Who was involved?” and “What did you see and hear?”, then go straight to the “After you write” box.

activity-documenting-safely-adapt-online = Show the worksheet on screen, read the scenario aloud and ask people to write their answers on paper at home, never in the chat or in a shared document.

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

handout-documentation-worksheet-after-writing-prompt-give-to = Which trusted { -legal-aid-group } will you give this to? (The name of the group, not of a person.)

handout-rights-card-title = Your rights near the border

handout-rights-card-intro = Not legal advice. Researched up to { -current-date }: check with { -legal-aid }.

handout-rights-card-know-your-rights-heading = Know your rights

handout-rights-card-know-your-rights-item-silent = You may stay silent. It can mean more questions.

handout-rights-card-know-your-rights-item-car-search = Away from ports of entry, a car search needs consent, a warrant or probable cause.

handout-rights-card-know-your-rights-item-looks = Looking Mexican is not enough on its own for a roving patrol to stop you.

handout-rights-card-know-your-rights-item-fear-return = Afraid to go back? Say so clearly, in your own words.

handout-rights-card-know-your-rights-prompt-legal-aid = Phone for { -legal-aid }:

handout-referral-sheet-legal-prompt-legal-aid = { -legal-aid-placeholder }

handout-referral-sheet-legal-prompt-accredited-rep = { -accredited-rep-placeholder }

handout-referral-sheet-legal-prompt-org = { -org-placeholder }

handout-referral-sheet-support-prompt-mental-health = { -mental-health-placeholder }

handout-referral-sheet-support-prompt-crisis-line = { -crisis-line-placeholder }

handout-referral-sheet-support-prompt-family-search = { -family-search-placeholder }

handout-referral-sheet-support-prompt-emergency = { -emergency-placeholder }

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

source-cgrs-raices-2025-title = RAICES v. Noem (case page)

source-cgrs-raices-2025-publisher = Center for Gender & Refugee Studies

source-ilrc-red-cards-publisher = Immigrant Legal Resource Center (ILRC)

source-aclu-100-mile-2014-title = Customs and Border Protection’s (CBP’s) 100-Mile Rule (fact sheet)

source-aclu-100-mile-2014-publisher = American Civil Liberties Union (ACLU)

source-brignoni-ponce-1975-title = United States v. Brignoni-Ponce, 422 U.S. 873 (1975)

source-brignoni-ponce-1975-publisher = Supreme Court of the United States

source-martinez-fuerte-1976-title = United States v. Martinez-Fuerte, 428 U.S. 543 (1976)

source-martinez-fuerte-1976-publisher = Supreme Court of the United States

source-eff-border-2017-publisher = Electronic Frontier Foundation (EFF)

source-hrw-2013-title = Turning Migrants into Criminals

source-hrw-2013-publisher = Human Rights Watch

source-mpi-streamline-2010-title = Arrested on Entry: Operation Streamline and the Prosecution of Immigration Crimes

source-mpi-streamline-2010-publisher = Migration Policy Institute

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
