### Puente module “Climate and Migration”: every English word of the module
### (facilitator guide, handouts and sources). Message ids follow the README
### rule and match curricula/climate-and-migration/module.yaml.

## Terms

-current-date = mid-2026

## Module

module-title = Climate and Migration
module-summary =
    A workshop of about three and a quarter hours on how storms, floods and drought can force people from their homes, what the displacement figures and the law really say, and how climate justice and migrant-rights organising can grow stronger together. Participants start from their own experience, map root causes with a problem tree, learn key facts, practise explaining them to a neighbour, and leave with a safe local action plan. Popular education, not legal advice; researched up to { -current-date }; check before each workshop.

## Objectives

objective-name-drivers = Describe how sudden disasters (storms, floods) and slow changes (drought, as in the { -dry-corridor }) can force people to leave home.
objective-read-figures = Read displacement figures with a critical eye: the difference between displacements and displaced people, and between moving inside a country and crossing a border.
objective-law-limits = Explain why “climate refugee” is not a legal status, what the Teitiota decision said, and what Objective 2 of the { -gcm-short } asks of governments.
objective-root-causes = Map the root causes of climate displacement and ask who holds power and responsibility over each one.
objective-justice-links = Connect climate justice with migrant-rights organising where we live.
objective-local-action = Make a realistic, safe local action plan.

## Safety

safety-no-names = Collect no names, photos or contact details. Do not use a sign-in sheet with names; if a funder needs attendance numbers, count heads and write down only the number. People use a first name or any name they choose. Do not photograph people, drawings or charts that could identify anyone, do not record audio or video, and keep no attendance list.
safety-opt-out = Taking part is always optional. Anyone may pass, stay quiet, draw instead of speaking, or step out of the room at any time, with no explanation needed. Say this in the opening and again before the river of life. Never call on a person by name to share.
safety-status-private = Never ask about anyone’s immigration status, route, or how they crossed a border. Groups with and without papers are normal; nobody has to prove or explain anything. People share only what they choose, and we ask that what they share stays in the room, without promising it.
safety-confidentiality = Do not promise confidentiality: in an open community room nobody can guarantee it. Say instead: “{ -rule-confidentiality }”
safety-grounding = Teach one short { -grounding-practice } in the opening and use it whenever the room gets heavy: feet on the floor, look around and silently name three things you can see, then take three slow breaths together. Anyone may also stand, stretch, get water or go to the { -quiet-corner }. Close heavy moments with something shared and light, such as a song or a stretch.
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
safety-disclosure = If someone shares something serious (violence, danger, a loss, a fear about their immigration situation), thank them for trusting the group, do not ask for details, do not write it down, and gently bring the group back to the activity. Offer a private moment at the break or at the end, with the { -co-facilitator } nearby, and refer them to the support on the { -referral-sheet }. If someone is in immediate danger, follow the emergency note below.
safety-referrals = Before the workshop, fill in the { -referral-sheet } (the handout of that name) with real local contacts you have checked: { -legal-aid-placeholder }; { -accredited-rep-placeholder }; { -mental-health-placeholder }, serving people whatever their status; { -crisis-line-placeholder }; { -family-search-placeholder }; { -emergency-placeholder }. Print one for every participant. Never invent names or phone numbers. If you do not have a contact, say so honestly and promise to follow up through { -org-placeholder }.
safety-not-legal-advice = This workshop is popular education, not legal advice. Facts and law were researched up to { -current-date }; check before each workshop. U.S. immigration policy changed often in 2025 and 2026, and parts of it are being challenged in court. Do not assess anyone’s case. Encourage people to talk with a { -attorney } or a { -doj-rep } about their own situation.
# puente: same-as-source
safety-facilitator-care = { -rule-facilitator-care }

## Activity: agreements

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

## Activity: river-of-life

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

## Activity: problem-tree

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

## Activity: break

activity-break-title = Break
activity-break-purpose = Rest, move and take care of ourselves before the new information.
activity-break-prep-refreshments = Set out water and, if possible, a simple snack.
activity-break-step-announce = Announce a fifteen-minute break and the exact time we will start again. Remind people that the { -quiet-corner } is there for anyone who needs it.
activity-break-step-available = Stay available during the break for anyone who wants a private word, and keep the { -referral-sheet } at hand.
activity-break-note-check-in = Use the break to check quietly on anyone who seemed affected during the river or the tree. Offer support; do not push.
activity-break-debrief-ready = Before we continue: does anyone need anything?
activity-break-adapt-short-time = Shorten the break to ten minutes if you must, but never skip it.
activity-break-adapt-online = Online, invite people to step away from the screen and turn their cameras off during the break.

## Activity: numbers

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

## Activity: climate-refugee

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
activity-climate-refugee-note-us-voted-against = The United States voted against the Compact, so Objective 2 gives little direct leverage on the U.S. government. Its use is with the governments of countries of origin and transit, in regional and international advocacy, and as a public standard that local groups can point to. Say this when the group discusses how to use it.
activity-climate-refugee-note-tps = People from Central America may ask about Temporary Protected Status (TPS). This module does not cover it: do not explain it or assess anyone’s chances. Say it is an important question for a { -legal-aid-group }, and point to the { -referral-sheet }.
activity-climate-justice-note-optional = This activity may be cut when the day runs late. If you cut it, share the three legal steps from its input in two minutes and point to the reading handout; the action plan still links climate justice and migrant rights.
activity-climate-refugee-debrief-why-resist = Why might governments resist creating a legal status for people displaced by climate change?
activity-climate-refugee-debrief-teitiota-door = What door did the Teitiota decision close, and what door did it leave open?
activity-climate-refugee-debrief-use-compact = How could our community use a non-binding promise like Objective 2?
activity-climate-refugee-adapt-low-literacy = Read the case card aloud to the whole group instead of in small groups, and use a show of hands for “What would you decide?”
activity-climate-refugee-adapt-short-time = Skip the group discussion of the case: tell the Teitiota story and its outcome in two minutes.
activity-climate-refugee-adapt-large-group = Keep the case in small groups, but take reports from only two or three groups.
activity-climate-refugee-adapt-online = Show the case card on screen and use breakout rooms for the discussion.

## Activity: climate-justice

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

## Activity: answering-neighbours

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
activity-answering-neighbours-note-keep-practice = This is the module’s only practice. If you are running late, shorten it (only the first statement, or one demonstration in front of the group), but do not cut it.
activity-answering-neighbours-debrief-worked = Which answer felt strongest, and why?
activity-answering-neighbours-debrief-useful-fact = Which fact or idea from today helped you most in your answer?
activity-answering-neighbours-adapt-low-literacy = Everything is spoken; no reading is needed. The facilitator reads each statement aloud twice.
activity-answering-neighbours-adapt-short-time = Use only the first statement, or do one demonstration in front of the whole group.
activity-answering-neighbours-adapt-online = Read each statement in the main room, then open breakout rooms for the pairs.

## Activity: action-plan

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

## Activity: evaluation

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
activity-welcome-back-title = Welcome back: our agreements
activity-welcome-back-purpose = Open the afternoon without making the agreements again: recall them, say what comes next, and ground ourselves before the river of life.
activity-welcome-back-prep-agreements-visible = Keep the agreements chart from the morning on the wall where everyone can see it, and have spare copies of the { -referral-sheet } for anyone who has just arrived.
activity-welcome-back-step-arrive = Welcome people back, and welcome anyone who has just arrived. Say that the { -co-facilitator } is keeping an eye on the room and that the { -quiet-corner } is still there.
activity-welcome-back-step-recall-agreements = Point to the agreements chart and read them aloud, briefly. Repeat two things: anyone can say “pass” or step out, and “{ -rule-confidentiality }” Ask: “Is there anything we need to add for this afternoon?”
activity-welcome-back-step-explain-afternoon = Say in one minute what the afternoon holds: changes in weather, water and land in our lives, their root causes, key facts, a short practice and a plan for action. Say again that this is popular education, not legal advice.
activity-welcome-back-step-grounding = Do the { -grounding-practice } together once. Say that the next activity, the river of life, is personal, that everyone chooses what to draw and share, and that you will use the practice again whenever the room gets heavy.
activity-welcome-back-note-new-people = If someone joins only for this part, give them a { -name-tag } and a { -referral-sheet }, and repeat in a sentence that there is no sign-in sheet and that this is not legal advice.
activity-rainstorm-title = Rainstorm
activity-rainstorm-purpose = Wake the room up together by making the sound of a storm with our hands, and let it pass.
activity-rainstorm-step-explain = Explain: “We will make a storm together, just with our hands. Copy what I do as I pass in front of you. You can do it sitting down.”
activity-rainstorm-step-build = Build the storm slowly: rub your palms together, then snap fingers, then pat your knees, then stamp your feet softly. Walk round the circle so that each part of the room joins in turn.
activity-rainstorm-step-calm = Then let the storm pass in reverse order, back to rubbing palms and silence. Thank everyone.
activity-rainstorm-note-seated = Everything can be done seated, and anyone can simply listen. If storms or floods are painful for someone in the room, choose the other energiser instead.
activity-rainstorm-adapt-online = Ask people to unmute and make the sounds together, or to show them on camera.
activity-count-together-title = Count to ten together
activity-count-together-purpose = Bring the group’s attention back with a small shared challenge that nobody can fail alone.
activity-count-together-step-explain = Explain: “We will count from one to ten as a group. Anyone can say the next number, but if two people speak at once, we start again from one. No signals, no taking turns around the circle.”
activity-count-together-step-count = Let the group try, starting again whenever two voices overlap. Close your eyes together if that helps people listen.
activity-count-together-step-celebrate = Celebrate when the group reaches ten, or after three minutes whatever number it reached.
activity-count-together-note-no-blame = Laugh at the restarts together, and never point at who spoke at the same time. Nobody has to say a number.
timeline-week-before-book-interpreter = Book interpretation three weeks ahead if the group needs it, including for Indigenous languages, and send the interpreter the glossary handout and the reading.
timeline-week-before-check-referrals = Call every contact on the { -referral-sheet } to check that they are open, take new people and serve people whatever their status. Write the date you checked and your role on the sheet.
timeline-week-before-check-figures = Check the { -idmc } website for a newer Global Report on Internal Displacement, and ask { -legal-aid-placeholder } what has changed since { -current-date }. Correct the handouts by hand if needed.
timeline-week-before-venue-plan = Agree the venue plan with the host: who answers the door, where the exits are, where the { -quiet-corner } will be (see the safety notes).
timeline-week-before-roles = Agree with the { -co-facilitator } who leads each activity and who watches the room. If either of you is a mandated reporter, agree how you will say so.
timeline-week-before-print = Print the packet: guides, handouts, the filled-in { -referral-sheet } for every participant, the case cards, worksheets and pocket cards.
timeline-day-before-pack = Pack with the materials checklist: drawing paper, markers, sticky notes, tape, a { -name-tag } for each person, a timer, the box for evaluation forms.
timeline-day-before-read-through = Read the guide once more, especially the river of life, the role-play rule and the emergency steps. Draw your example river.
timeline-on-the-day-room = Arrive early. Set the chairs in a circle, put drawing paper and markers on the tables and clear wall space for the trees.
timeline-on-the-day-quiet-corner = Set up the { -quiet-corner } with a chair, water and tissues, away from the circle.
timeline-on-the-day-sheets-out = Leave a pile of { -referral-sheet } copies where people can take one without asking, and put the evaluation box by the door.
timeline-after-destroy = Take down every chart. Count the evaluation answers, then destroy the forms, the sticky notes and your own notes. Nobody collects the rivers or the worksheets.
timeline-after-debrief = Take twenty minutes with the { -co-facilitator }: how did it go, how are you, and does anyone need a follow-up through { -org-placeholder }? No names of participants.
timeline-after-improve = Write down, without names, what to change next time, and tell { -org-placeholder } about any contact on the { -referral-sheet } that did not work.
interpretation-consecutive = In a bilingual room with consecutive interpretation, everything said takes about twice as long. Either plan a longer day, or use the short-time adaptations and drop the activities marked optional. Speak in short pieces and pause for the interpreter.
interpretation-brief-interpreter = Brief the interpreter beforehand: send the glossary handout and the reading, go through the safety notes together, and agree that the interpreter is bound by the same agreements as everyone in the room and writes nothing down.
interpretation-side-by-side = Print the handouts side by side in both languages (the bilingual packet does this), so that everyone reads the same sentence at the same height and nobody has to ask for “the other version”.
interpretation-whispered = If only a few people need interpretation, whispered interpretation or simple headsets can work. Seat them together near the interpreter, not at the edge of the room, and check at each break that it is working.
interpretation-indigenous-languages = Many people from rural Central America and southern Mexico speak an Indigenous language (for example Mam, K’iche’, Q’anjob’al, Mixteco or Triqui) and may read Spanish or English less easily. Ask privately, not in front of the group, which language people are most comfortable in; look for an interpreter through { -org-placeholder }; use drawings and the low-literacy adaptations; and never ask a relative, and especially not a child, to interpret painful content. In the action plan, ask whether emergency warnings reach these languages too.
interpretation-interpreter-care = Interpreters hear every heavy moment twice. Include them in the breaks and in the debrief after the workshop, and make sure they know about the { -quiet-corner } and the { -referral-sheet } too.

## Materials

material-flipchart-paper = { -supply-flipchart-paper }
material-markers = { -supply-markers }
material-masking-tape = { -supply-masking-tape }
material-blank-name-tags = { -supply-blank-name-tags }
material-referral-sheet = { -supply-referral-sheet }
material-quiet-corner = A { -quiet-corner } with a chair, water and tissues
material-drawing-paper = Large drawing paper (tabloid size or half a flipchart sheet)
material-sticky-note-pads = Pad of sticky notes
material-water-and-snacks = { -supply-water-and-snacks }
material-figures-chart = Prepared chart of the key figures, with sources and years
material-reading-copies = Printed reading handout “Climate and Migration: What to Know”
material-case-card-copies = Printed Teitiota case card
material-spectrum-signs = { -supply-spectrum-signs }
material-timer = Timer or phone with a timer
material-worksheet-copies = Printed worksheet “Our Local Action Plan”
material-pens = { -supply-pens }
material-pocket-card-copies = Printed pocket card “Climate and Migration: Key Ideas”
material-evaluation-box = { -supply-evaluation-box }

## Handouts

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
handout-glossary-title = Words to know: climate and migration
handout-glossary-intro = Plain meanings of words from the workshop, for participants and interpreters. Popular education, not legal advice; researched up to { -current-date }.
handout-glossary-moving-heading = Moving
handout-glossary-moving-item-displacement = A displacement: one forced move. If the same family has to flee twice in a year, that counts as two displacements.
handout-glossary-moving-item-displaced-people = Displaced people: how many people are still living away from home on a given day.
handout-glossary-moving-item-internal = Internal displacement: being forced to move to another place inside your own country.
handout-glossary-moving-item-cross-border = Cross-border displacement: being forced to move to another country.
handout-glossary-moving-item-evacuation = Evacuation: leaving before or during a disaster to stay safe. Evacuations are counted as displacements.
handout-glossary-moving-item-planned-relocation = Planned relocation: moving a community, with its agreement, away from a place that has become too dangerous to live in.
handout-glossary-climate-heading = Climate
handout-glossary-climate-item-sudden-onset = Sudden-onset disaster: harm that comes fast, like a hurricane or a flood.
handout-glossary-climate-item-slow-onset = Slow-onset change: harm that builds up over years, like drought or rising seas.
handout-glossary-climate-item-adaptation = Adaptation: changes that help people live with a changing climate where they are, such as new crops, water storage or early warnings.
handout-glossary-climate-item-dry-corridor = The { -dry-corridor }: a strip across El Salvador, Guatemala, Honduras and Nicaragua where long droughts take turns with too much rain.
handout-glossary-climate-item-climate-justice = Climate justice: seeing climate change as a question of fairness and rights: who caused the harm, who pays, who decides and who is protected.
handout-glossary-law-heading = Law
handout-glossary-law-item-refugee = Refugee: a person outside their country who has a well-founded fear of persecution because of race, religion, nationality, membership of a particular social group or political opinion.
handout-glossary-law-item-climate-refugee = “Climate refugee”: a common phrase, but not a legal status. A storm or a drought alone is usually not persecution.
handout-glossary-law-item-non-refoulement = Non-refoulement: the rule that a refugee must not be sent back to a place where their life or freedom would be in danger.
handout-glossary-law-item-cartagena = Cartagena Declaration (1984): a Latin American statement with a wider refugee definition, which several countries have made part of their laws.
handout-glossary-law-item-compact = The { -gcm-short }: a 2018 agreement of most of the world’s governments. Its Objective 2 is about the harmful conditions, including climate change and disasters, that force people to leave.
handout-glossary-law-item-non-binding = Not legally binding: a promise that no court can enforce. It still gives people a public standard to point to.
handout-glossary-law-item-advisory-opinion = Advisory opinion: a court’s answer to a legal question, not a judgment in a case between parties.
handout-evaluation-title = How was today?
handout-evaluation-intro = No names, please. You can answer in a few words, or draw. Put this form in the box by the door; the facilitators count the answers and then destroy the forms.
handout-evaluation-your-view-heading = Your view
handout-evaluation-your-view-prompt-useful = What was most useful today?
handout-evaluation-your-view-prompt-change = What should we change next time?
handout-evaluation-your-view-prompt-safe = Did you feel safe and respected? What would have helped?
handout-evaluation-check-heading = Three quick questions (no marks)
handout-evaluation-check-prompt-climate-refugee = Is “climate refugee” a legal status? Why, or why not?
handout-evaluation-check-prompt-two-counts = What is the difference between a displacement and a displaced person?
handout-evaluation-check-prompt-root = Name one root cause that our community could push on.
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

## Sources

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
