### Módulo de Puente «Clima y migración»: todo el texto en español del módulo
### (guía para quien facilita, materiales para las personas participantes y
### fuentes). Los identificadores siguen la regla del README y coinciden con
### curricula/climate-and-migration/module.yaml.

## Términos

-current-date = mediados de 2026

## Módulo

module-title = Clima y migración
module-summary =
    Un taller de unas tres horas y cuarto sobre cómo las tormentas, las inundaciones y la sequía pueden obligar a las personas a dejar su hogar, qué dicen de verdad las cifras de desplazamiento y la ley, y cómo la justicia climática y la organización por los derechos de las personas migrantes pueden fortalecerse mutuamente. Las personas participantes parten de su propia experiencia, analizan las causas de fondo con un árbol de problemas, conocen datos clave, practican cómo explicárselos a una vecina o un vecino y se llevan un plan de acción local y seguro. Es educación popular, no asesoría legal; información investigada hasta { -current-date }; confírmela antes de cada taller.

## Objetivos

objective-name-drivers = Describir cómo los desastres repentinos (tormentas, inundaciones) y los cambios lentos (la sequía, como en el { -dry-corridor }) pueden obligar a las personas a dejar su hogar.
objective-read-figures = Leer con mirada crítica las cifras de desplazamiento: la diferencia entre desplazamientos y personas desplazadas, y entre moverse dentro de un país y cruzar una frontera.
objective-law-limits = Explicar por qué «refugiado climático» no es una condición jurídica, qué dijo la decisión del caso Teitiota y qué pide a los gobiernos el Objetivo 2 del { -gcm-short }.
objective-root-causes = Identificar las causas de fondo del desplazamiento por razones climáticas y preguntarse quién tiene el poder y la responsabilidad sobre cada una.
objective-justice-links = Conectar la justicia climática con la organización por los derechos de las personas migrantes en nuestra comunidad.
objective-local-action = Elaborar un plan de acción local realista y seguro.

## Seguridad

safety-no-names = No recoja nombres, fotos ni datos de contacto. No use hojas de registro con nombres; si una entidad financiadora necesita saber cuántas personas asistieron, cuente a las personas y anote solo el número. Cada quien usa su primer nombre o el nombre que prefiera. No tome fotos de personas, dibujos ni papelógrafos que puedan identificar a alguien, no grabe audio ni video y no guarde ninguna lista de asistencia.
safety-opt-out = Participar siempre es voluntario. Cualquier persona puede pasar, quedarse en silencio, dibujar en vez de hablar o salir de la sala en cualquier momento, sin dar explicaciones. Dígalo en la apertura y repítalo antes del río de la vida. Nunca llame a alguien por su nombre para que comparta.
safety-status-private = Nunca pregunte por la situación migratoria de nadie, por su ruta ni por cómo cruzó una frontera. Es normal que en el grupo haya personas con y sin papeles; nadie tiene que demostrar ni explicar nada. Cada quien comparte solo lo que decide, y pedimos que lo que se comparte se quede en la sala, sin prometer que así será.
safety-confidentiality = No prometa confidencialidad: en un salón comunitario abierto nadie puede garantizarla. Diga en cambio: «{ -rule-confidentiality }»
safety-grounding = Enseñe en la apertura, en pocos minutos, la { -grounding-practice } y úsela cada vez que el ambiente se ponga pesado: los pies en el suelo, mirar alrededor y nombrar en silencio tres cosas que se ven, y luego respirar lento tres veces en grupo. Cualquier persona puede también ponerse de pie, estirarse, tomar agua o ir al { -quiet-corner }. Cierre los momentos difíciles con algo compartido y ligero, como una canción o un estiramiento.
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
safety-disclosure = Si alguien cuenta algo grave (violencia, peligro, una pérdida, un temor relacionado con su situación migratoria), agradézcale por confiar en el grupo, no pida detalles, no lo anote y, con suavidad, lleve al grupo de vuelta a la actividad. Ofrézcale un momento en privado durante el receso o al final, con la { -co-facilitator } cerca, y canalícela con los servicios de apoyo de la { -referral-sheet }. Si alguien está en peligro inmediato, siga la nota de emergencia de abajo.
safety-referrals = Antes del taller, llene la { -referral-sheet } (el material con ese nombre) con contactos locales reales que usted haya verificado: { -legal-aid-placeholder }; { -accredited-rep-placeholder }; { -mental-health-placeholder }, que atienda a las personas sin importar su situación migratoria; { -crisis-line-placeholder }; { -family-search-placeholder }; { -emergency-placeholder }. Imprima una para cada participante. Nunca invente nombres ni números de teléfono. Si no tiene un contacto, dígalo con honestidad y comprométase a dar seguimiento a través de { -org-placeholder }.
safety-not-legal-advice = Este taller es educación popular, no asesoría legal. Los datos y las leyes se investigaron hasta { -current-date }; confírmelos antes de cada taller. La política migratoria de Estados Unidos cambió con frecuencia en 2025 y 2026, y parte de ella está en litigio ante los tribunales. No evalúe el caso de nadie. Anime a las personas a consultar su situación con un { -attorney } o con una { -doj-rep }.
# puente: same-as-source
safety-facilitator-care = { -rule-facilitator-care }

## Actividad: agreements

activity-agreements-title = Bienvenida y acuerdos del grupo
activity-agreements-purpose = Crear un ambiente de seguridad y confianza, acordar cómo vamos a trabajar en grupo y aprender una { -grounding-practice } para el día.
activity-agreements-prep-chart = En un papelógrafo, escriba cuatro acuerdos iniciales: «Comparto solo lo que quiero», «Pedimos que lo que se dice aquí se quede aquí; lo que se aprende aquí sale de aquí», «Pasar siempre está bien» y «Sin fotos ni grabaciones». Deje espacio para agregar más.
activity-agreements-prep-referrals = Llene la { -referral-sheet } ({ -legal-aid }, { -doj-rep }, apoyo de salud mental, línea de crisis, ayuda para familias que buscan a una persona migrante desaparecida) con contactos locales que usted haya verificado, e imprima una copia por participante para que nadie tenga que pedirla delante de otras personas.
activity-agreements-prep-quiet-corner = Prepare un { -quiet-corner }, lejos del círculo principal, con una silla, agua y pañuelos, donde cualquier persona pueda sentarse sin tener que explicar por qué.
activity-agreements-step-welcome = Dé una cálida bienvenida a todas las personas, preséntese y presente a la { -co-facilitator } y a { -org-placeholder }. Diga: «Hoy no hay hoja de registro. Si quieren un { -name-tag }, escriban su primer nombre o el nombre que prefieran». Entregue a cada persona una { -referral-sheet }.
activity-agreements-step-explain-day = Explique en un minuto el plan del día: partimos de nuestra propia experiencia, buscamos patrones comunes, agregamos información nueva, practicamos y terminamos con un plan de acción. Diga con claridad que esto es educación popular, no asesoría legal, y que la información se investigó hasta { -current-date }, así que hay que confirmarla con { -legal-aid }.
activity-agreements-step-read-agreements = Lea en voz alta los acuerdos iniciales, uno por uno, y explique qué significa cada uno en la práctica; por ejemplo, que cualquier persona puede decir «paso» en cualquier momento y que nadie tomará fotos. Sobre lo que se dice aquí, sea honesta u honesto: «{ -rule-confidentiality }»
activity-agreements-step-add = Pregunte: «¿Qué más necesitan de este grupo para sentirse en confianza y participar plenamente?». Escriba las nuevas ideas en el papelógrafo con las mismas palabras de las personas participantes.
activity-agreements-step-confirm = Pida al grupo que levante el pulgar si puede aceptar estos acuerdos, o que diga qué cambiaría. Ajústelos hasta que todas las personas estén de acuerdo y pegue el papelógrafo donde se vea durante todo el día.
activity-agreements-step-grounding = Enseñe la { -grounding-practice }: los pies en el suelo, mirar alrededor y nombrar en silencio tres cosas que se ven, y luego respirar lento tres veces. Practíquela una vez en grupo y diga que la usarán cada vez que el ambiente se sienta pesado.
activity-agreements-step-quiet-corner = Muestre dónde están el { -quiet-corner }, los baños y el agua. Diga que cualquier persona puede salir en cualquier momento, sin dar explicaciones, y volver cuando se sienta lista, y que la { -co-facilitator } está ahí para quien necesite un momento.
activity-agreements-note-no-sign-in = No haga circular una hoja de registro con nombres, aunque alguien lo ofrezca. Si { -org-placeholder } necesita datos de asistencia, cuente a las personas y anote solo el número.
activity-agreements-note-pace = Algunas personas pueden sentir nervios al hablar de migración en grupo. Mantenga un tono cálido y sin prisa, y pase usted una vez, a modo de ejemplo, para que vean que de verdad está bien.
activity-agreements-note-interpretation = Si en el grupo se hablan varios idiomas, acuerde ahora con el grupo cómo será la interpretación (susurrada o con pausas para interpretación consecutiva) y reserve tiempo extra para ello en cada actividad.
activity-agreements-debrief-need = ¿Qué necesitan de este grupo hoy para participar plenamente?
activity-agreements-debrief-change = ¿Hay algún acuerdo que quieran agregar o cambiar antes de empezar?
activity-agreements-adapt-low-literacy = Dibuje un símbolo sencillo junto a cada acuerdo (por ejemplo, una cámara tachada para «sin fotos» y una mano levantada con una señal de alto para «pasar está bien») y lea todos los acuerdos en voz alta.
activity-agreements-adapt-online = En línea, acuerde con el grupo que nadie grabe, tome capturas de pantalla ni comparta la sesión, que la cámara y el nombre real sean opcionales, y que se pueda escribir «paso» en el chat. Muestre los acuerdos en pantalla en vez de enviar un archivo.

## Actividad: river-of-life

activity-river-of-life-title = El río de la vida: cambios en la tierra, el agua y el clima
activity-river-of-life-purpose = Partir de lo que las personas participantes ya saben: cómo los cambios en el clima, el agua y la tierra han tocado su vida, su comunidad o sus luchas, compartiendo solo hasta donde cada quien decida.
activity-river-of-life-prep-example-river = Antes del taller, dibuje en un papelógrafo su propio río de ejemplo. Dibuje el río de una comunidad o de una campaña (por ejemplo, un barrio o una campaña local), no una historia personal dolorosa, para mostrar una forma segura de compartir.
activity-river-of-life-prep-three-choices = Escriba las tres opciones en un papelógrafo: mi propio río, empezando donde yo quiera; el río de mi comunidad o de un lugar que quiero; el río de un grupo o de una campaña.
activity-river-of-life-prep-supplies = Ponga papel para dibujar y marcadores en cada mesa para que las personas puedan empezar sin esperar.
activity-river-of-life-step-introduce = Explique el río: «Un río tiene un nacimiento, tramos tranquilos, piedras y rápidos, y arroyos más pequeños que se le unen. Hoy vamos a dibujar un río para pensar cómo los cambios en el clima, el agua y la tierra han tocado nuestra vida: una tormenta, una inundación, una sequía, una cosecha perdida, una ola de calor o un cambio que notamos poco a poco durante muchos años».
activity-river-of-life-step-choices = Muestre las tres opciones y diga: «Cada quien elige su río. Puede dibujar su propia vida empezando en el punto que quiera; no tiene que empezar en su nacimiento ni incluir ningún viaje. Puede dibujar el río de su comunidad o de un lugar que quiere, o el río de un grupo o de una campaña. Nadie tiene que dibujar una historia de migración».
activity-river-of-life-step-example = Muestre brevemente su río de ejemplo. Señale los símbolos: piedras o rápidos para los momentos difíciles, arroyos que se unen para las personas y los grupos que ayudaron, y una nubecita o un sol donde apareció un cambio en el clima, el agua o la tierra.
activity-river-of-life-step-draw = Dé diez minutos para dibujar, en silencio o con música suave. Diga que se vale dibujar, usar símbolos o escribir palabras sueltas, y que cada papel le pertenece a quien lo dibujó.
activity-river-of-life-step-pairs = Invite a las personas a formar parejas y a compartir unos tres minutos cada una, solo lo que decidan. Quien escucha lo hace sin preguntar, salvo quizá «¿Quiere contar algo más?». Cualquier persona puede no participar en este momento y guardarse su río.
activity-river-of-life-step-harvest = De vuelta en el grupo completo, pida que algunas personas voluntarias nombren un cambio en el clima, el agua o la tierra que apareció en algún río, sin detalles personales. Escriba las respuestas en un papelógrafo, el papelógrafo de cambios, en dos columnas: «cambios rápidos» (tormentas, inundaciones) y «cambios lentos» (sequía, calor, cosechas perdidas, aumento del nivel del mar).
activity-river-of-life-step-close = Agradezca a todas las personas y guíe al grupo en la { -grounding-practice }. Diga que cada río pertenece a quien lo dibujó, para guardarlo, doblarlo o tirarlo; no se va a recoger ni fotografiar nada.
activity-river-of-life-note-choose-start = Esta es la actividad más delicada del día. Algunas personas pueden haber vivido desastres, violencia, separaciones o viajes peligrosos. La libertad de elegir el punto de partida y el tipo de río es su principal protección: repítala y nunca sugiera que alguien dibuje su migración.
activity-river-of-life-note-no-probe = Nunca haga preguntas sobre rutas, cruces de frontera, situación migratoria, fechas o familiares que se quedaron atrás, y no permita que las parejas las hagan. Si alguien empieza a indagar, recuerde con suavidad a la pareja el acuerdo «comparto solo lo que quiero».
activity-river-of-life-note-watch = Observe la sala mientras las personas dibujan. Si alguien está pasando un mal momento, la { -co-facilitator } le ofrece discretamente agua, el { -quiet-corner } u otro tipo de río. No lo convierta en un momento público.
activity-river-of-life-note-disclosure = Si alguien cuenta algo grave, siga las notas de seguridad del módulo: agradezca, no indague, no anote nada, ofrezca un momento en privado después y canalice a la persona con un servicio de apoyo.
activity-river-of-life-note-not-therapy = Esto no es terapia, y no se espera que usted actúe como consejero o consejera. Mantenga el enfoque en los cambios en el clima, el agua y la tierra, y en lo que ayudó a las personas a salir adelante, y tenga a mano el contacto de salud mental de la { -referral-sheet }.
activity-river-of-life-note-keep-nothing = No recoja, exhiba ni fotografíe los ríos. Solo el papelógrafo de cambios, que no tiene datos personales, se queda en la pared para el árbol de problemas.
activity-river-of-life-debrief-changes = ¿Qué cambios en el clima, el agua o la tierra aparecieron en nuestros ríos?
activity-river-of-life-debrief-fast-slow = ¿Qué cambios llegaron de golpe y cuáles llegaron poco a poco, a lo largo de los años?
activity-river-of-life-debrief-helped = ¿Qué o quién ayudó a las personas y a las comunidades a salir adelante frente a estos cambios?
activity-river-of-life-adapt-low-literacy = Use solo dibujos y símbolos; nadie necesita escribir. Las personas comparten señalando su dibujo y hablando, y quien facilita escribe el papelógrafo de cambios.
activity-river-of-life-adapt-short-time = Omita el momento en parejas: después de dibujar, pase directamente al papelógrafo de cambios con todo el grupo.
activity-river-of-life-adapt-online = Pida a las personas que dibujen en papel en su casa. Luego comparten en parejas, en salas pequeñas, describiendo el dibujo; nadie necesita mostrarlo a la cámara y nadie toma capturas de pantalla.
activity-river-of-life-adapt-large-group = Con más de 20 personas, mantenga las parejas pero anote en el papelógrafo de cambios solo lo que digan cinco o seis personas voluntarias, y luego pida a las demás personas que levanten la mano si en su río apareció un cambio parecido.

## Actividad: problem-tree

activity-problem-tree-title = Árbol de problemas: ¿por qué tienen que irse las personas?
activity-problem-tree-purpose = Pasar de las historias individuales a los patrones comunes, identificando las causas de fondo y las consecuencias del desplazamiento por razones climáticas, y preguntando quién tiene poder sobre cada causa.
activity-problem-tree-prep-draw-trees = Dibuje el contorno de un árbol grande (raíces, tronco y ramas) en un papelógrafo para cada grupo pequeño.
activity-problem-tree-prep-trunk-wording = Prepare una propuesta de frase para el tronco, por ejemplo: «En nuestras comunidades, las personas se ven obligadas a dejar su hogar cuando cambian el clima, el agua y la tierra». Evite un tronco que empiece con «falta de», porque reduce las soluciones a conseguir lo que falta.
activity-problem-tree-prep-harvest-visible = Deje a la vista de todas las personas el papelógrafo de cambios (rápidos y lentos) del río de la vida.
activity-problem-tree-step-groups = Forme grupos pequeños de cuatro a seis personas numerando en voz alta alrededor de la sala. Entregue a cada grupo un papelógrafo con el árbol, notas adhesivas y marcadores.
activity-problem-tree-step-explain = Explique el árbol: «El tronco es el problema. Las ramas son las consecuencias: lo que pasa por causa del problema. Las raíces son las causas, y las raíces más profundas son las causas de las causas».
activity-problem-tree-step-trunk = Pida a cada grupo que se ponga de acuerdo sobre su tronco, con la frase propuesta o con sus propias palabras. Dé dos minutos.
activity-problem-tree-step-branches = Pida a los grupos que escriban consecuencias en notas adhesivas y las pongan en las ramas: para las familias, para las comunidades que las personas dejan y para los lugares a donde llegan.
activity-problem-tree-step-roots = Pida a los grupos que escriban causas y las pongan en las raíces. Para cada causa, deben preguntarse «¿Y esto por qué pasa?» al menos tres veces y colocar cada nueva respuesta más abajo en las raíces. Recuerde que el clima es solo una raíz: también pueden aparecer la tierra, el trabajo, los precios, las deudas, la violencia, las decisiones de los gobiernos y las decisiones sobre energía y emisiones.
activity-problem-tree-step-power = Pida a los grupos que miren cada raíz y se pregunten: ¿quién decide esto?, ¿quién se beneficia? y ¿quién paga el costo? Luego, que marquen con una estrella cada raíz que sea una decisión humana.
activity-problem-tree-step-walk = Dé cinco minutos para que todas las personas recorran la sala y miren los árboles de los otros grupos.
activity-problem-tree-step-choose = Pida a cada grupo que encierre en un círculo una raíz sobre la que nuestra comunidad podría actuar localmente. Deje los árboles en la pared: volveremos a ellos en el plan de acción.
activity-problem-tree-note-not-only-climate = Ayude a los grupos a ver que el clima casi nunca actúa solo. En el { -dry-corridor }, el Programa Mundial de Alimentos encontró que las cosechas perdidas una y otra vez llevaron a muchas familias a vender herramientas y animales o a saltarse comidas, y que la migración fue uno de los resultados; muchas veces las mujeres se hicieron cargo del trabajo en el campo cuando los hombres migraron. { -unhcr } señala que los desastres a menudo se combinan con conflictos, persecución, mal gobierno o discriminación.
activity-problem-tree-note-no-blame = Mantenga el análisis en los sistemas y las decisiones, no en individuos y nunca en las personas que migran. Si una raíz culpa a las personas migrantes, pregunte «¿Y por qué?» una vez más.
activity-problem-tree-note-use-river = Anime a los grupos a empezar por los cambios del papelógrafo de cambios, para que el árbol crezca de la experiencia de las propias personas participantes.
activity-problem-tree-note-nothing-personal = Los árboles contienen causas y consecuencias, no nombres ni historias personales. Revíselo antes del recorrido, porque los árboles se quedan en la pared.
activity-problem-tree-debrief-common-roots = ¿Qué raíces aparecen en todos los árboles?
activity-problem-tree-debrief-human-decisions = ¿Qué raíces son decisiones humanas y quién las toma?
activity-problem-tree-debrief-who-benefits = ¿Quién se beneficia si nada cambia y quién paga el costo?
activity-problem-tree-debrief-push = ¿Sobre qué raíces podría actuar nuestra comunidad, aquí donde vivimos?
activity-problem-tree-adapt-low-literacy = Dibuje un árbol que parezca de verdad e invite a las personas a decir o dibujar sus causas y consecuencias mientras una persona voluntaria las escribe o las dibuja en las notas.
activity-problem-tree-adapt-large-group = Forme más grupos. Durante el recorrido, pida a cada grupo que envíe a una persona a explicar su árbol a los demás grupos en un minuto.
activity-problem-tree-adapt-short-time = Dibuje un solo árbol con todo el grupo en vez de uno por grupo, y omita el recorrido.
activity-problem-tree-adapt-online = Use una pizarra compartida con el dibujo de un árbol, o pida a una persona de cada sala pequeña que escriba las notas de su grupo.

## Actividad: break

activity-break-title = Receso
activity-break-purpose = Descansar, movernos y cuidarnos antes de la información nueva.
activity-break-prep-refreshments = Ponga agua y, si es posible, un refrigerio sencillo.
activity-break-step-announce = Anuncie un receso de quince minutos y la hora exacta en que volverán a empezar. Recuerde que el { -quiet-corner } está disponible para quien lo necesite.
activity-break-step-available = Manténgase disponible durante el receso para quien quiera hablar en privado, y tenga a mano la { -referral-sheet }.
activity-break-note-check-in = Aproveche el receso para acercarse discretamente a quien haya pasado un momento difícil durante el río o el árbol. Ofrezca apoyo, sin presionar.
activity-break-debrief-ready = Antes de continuar: ¿alguien necesita algo?
activity-break-adapt-short-time = Si es necesario, acorte el receso a diez minutos, pero nunca lo elimine.
activity-break-adapt-online = En línea, invite a las personas a alejarse de la pantalla y a apagar la cámara durante el receso.

## Actividad: numbers

activity-numbers-title = Lo que dicen las cifras y cómo se cuentan
activity-numbers-purpose = Compartir cifras sólidas y con fuente sobre el desplazamiento por desastres y por el clima, y dar herramientas para leerlas con mirada crítica.
activity-numbers-prep-figures-chart = Escriba en un papelógrafo, con letra grande, las cifras clave de los pasos de esta actividad, una por línea, con la fuente y el año al lado de cada una.
activity-numbers-prep-check-newer = Revise si hay una edición más reciente del Informe mundial sobre desplazamiento interno del { -idmc } (internal-displacement.org). Use cifras nuevas solo si las confirmó en el sitio del propio IDMC; las copias en noticias no bastan.
activity-numbers-prep-print-reading = Imprima una copia de la lectura por participante.
activity-numbers-step-two-counts = Explique que hay dos maneras de contar: «Un desplazamiento es un movimiento. Si una familia evacúa antes de un huracán y huye de una inundación más adelante ese mismo año, cuenta como dos desplazamientos. Las personas desplazadas son otra cifra: cuántas personas siguen viviendo fuera de su hogar en una fecha determinada». Agregue que estas cifras mundiales cuentan movimientos dentro de un país, no cruces de frontera.
activity-numbers-step-global = Primero pida a la sala que adivine, levantando la mano entre «menos de 10 millones», «unos 25 millones» y «más de 40 millones», cuántas veces los desastres obligaron a las personas a moverse dentro de su propio país en 2024. Luego comparta la cifra: en 2024, los desastres causaron 45.8 millones de desplazamientos internos, la cifra más alta desde que comenzaron los registros, en 2008, y casi el doble del promedio anual de la década anterior. Casi todos se debieron a fenómenos meteorológicos, y las tormentas, como los ciclones y los huracanes, causaron más de la mitad.
activity-numbers-step-compare = Muestre cuánto cambian las cifras: en 2023 fueron 26.4 millones. Y al final de 2024, 9.8 millones de personas seguían viviendo fuera de su hogar a causa de desastres.
activity-numbers-step-united-states = Comparta que Estados Unidos tuvo unos 11 millones de desplazamientos por desastres en 2024, un récord para cualquier país, en su mayoría personas que evacuaron antes de la llegada de huracanes. Pregunte al grupo: «¿Evacuar es lo mismo que verse en la obligación de migrar?».
activity-numbers-step-slow = Pase a los cambios lentos. El { -dry-corridor } atraviesa El Salvador, Guatemala, Honduras y Nicaragua, y allí las sequías largas se alternan con lluvias excesivas. El Programa Mundial de Alimentos informó que las cosechas de maíz y frijol se perdieron una y otra vez; las familias vendieron herramientas y animales o se saltaron comidas, y la migración fue uno de los resultados. Después, en noviembre de 2020, los huracanes Eta e Iota golpearon la región con dos semanas de diferencia y afectaron a más de 7 millones de personas en toda Centroamérica. Cientos de miles de personas fueron desplazadas; las cifras varían según la fuente.
activity-numbers-step-future = Comparta la proyección: el informe Groundswell del Banco Mundial estimó que, en un escenario pesimista, hasta 216 millones de personas de seis regiones del mundo podrían verse obligadas a moverse dentro de su propio país para 2050 por los efectos lentos del clima. Una reducción rápida de las emisiones y un desarrollo inclusivo podrían bajar esa cifra hasta en un 80 por ciento. Subraye que es un escenario, no una predicción, y que habla de movimientos dentro de los países, no de cruces de frontera.
activity-numbers-step-connect = Vuelva al papelógrafo de cambios: señale los cambios rápidos y lentos que nombró el grupo y pregunte dónde encajan en estas cifras.
activity-numbers-note-unconfirmed = En las noticias han circulado cifras de 2025, pero no se habían confirmado en el sitio del propio IDMC cuando se escribió este módulo. No las cite a menos que usted las haya verificado personalmente.
activity-numbers-note-not-invasion = Las cifras pueden torcerse para contar historias de una «ola» que llega a la frontera. Subraye que estas cifras cuentan movimientos dentro de los países, no cruces de frontera, que las proyecciones son escenarios y que las decisiones que se toman hoy cambian el resultado.
activity-numbers-note-people-behind = Después de los ríos que dibujaron las personas, las cifras pueden sentirse frías. Dígalo, y mantenga esta parte breve: la lectura tiene los detalles.
activity-numbers-note-figures-differ = Cada organización cuenta en distintos momentos y de distintas maneras. Cuando dos cifras no coinciden, nombre ambas fuentes en vez de escoger la más dramática.
activity-numbers-debrief-surprise = ¿Qué cifra les sorprendió y por qué?
activity-numbers-debrief-moves-people = ¿Por qué importa si contamos movimientos o personas, y movimientos dentro de un país o a través de una frontera?
activity-numbers-debrief-missing = ¿Qué historias quedan fuera de estas cifras?
activity-numbers-adapt-low-literacy = Muestre las cifras más grandes con dibujos, por ejemplo filas de figuritas de personas, y diga cada cifra en voz alta y despacio, redondeando cuando ayude («casi 46 millones»).
activity-numbers-adapt-short-time = Comparta solo tres datos (45.8 millones de desplazamientos en 2024, el { -dry-corridor } y la proyección de Groundswell) y remita a la lectura para lo demás.
activity-numbers-adapt-online = Muestre las cifras en pantalla compartida, una por una, y reciba las preguntas en el chat.

## Actividad: climate-refugee

activity-climate-refugee-title = ¿«Refugiado climático»? Lo que dice la ley
activity-climate-refugee-purpose = Entender por qué «refugiado climático» no es una condición jurídica, qué protección puede existir de todos modos, qué significa la decisión del caso Teitiota y qué prometieron los gobiernos en el { -gcm-short }.
activity-climate-refugee-prep-case-cards = Imprima una tarjeta del caso Teitiota por grupo pequeño. La tarjeta presenta los hechos, pero no el resultado.
activity-climate-refugee-prep-grounds-chart = Escriba en un papelógrafo los cinco motivos de la definición de persona refugiada: raza, religión, nacionalidad, pertenencia a un determinado grupo social y opiniones políticas.
activity-climate-refugee-prep-referrals-ready = Tenga a mano la { -referral-sheet }: esta parte suele despertar preguntas legales personales.
activity-climate-refugee-step-hands = Pida que levanten la mano, y diga que no hay respuestas equivocadas: «¿Una persona que huye de una sequía es refugiada según el derecho internacional?». Observe la variedad de respuestas sin corregir a nadie todavía.
activity-climate-refugee-step-definition = Explique: según la { -refugee-convention }, una persona refugiada es alguien que está fuera de su país y tiene un temor fundado de ser perseguida por motivos de raza, religión, nacionalidad, pertenencia a un determinado grupo social u opiniones políticas. Una tormenta o una sequía, por sí solas, normalmente no son persecución. Por eso, «refugiado climático» es una expresión común, pero no es una condición jurídica.
activity-climate-refugee-step-may-qualify = Agregue que la puerta no está del todo cerrada. { -unhcr } dice que las personas que se ven obligadas a cruzar fronteras por el cambio climático y los desastres pueden cumplir los requisitos para ser reconocidas como refugiadas en algunas situaciones, sobre todo cuando el desastre se combina con conflictos, persecución, mal gobierno o discriminación. En América Latina, la Declaración de Cartagena de 1984 usa una definición más amplia que incluye circunstancias que perturban gravemente el orden público, y varios países la han incorporado a sus leyes.
activity-climate-refugee-step-case = Reparta la tarjeta del caso Teitiota. Pida a cada grupo que la lea en voz alta y converse durante cinco minutos: «Si ustedes fueran parte del { -hrc }, ¿qué decidirían y por qué?».
activity-climate-refugee-step-outcome = Comparta el resultado: en un dictamen adoptado en octubre de 2019, el { -hrc } concluyó que Nueva Zelandia no había violado el derecho a la vida del señor Teitiota, porque el riesgo para él no era lo bastante personal ni cercano. Pero el Comité aceptó, en principio, que los efectos del cambio climático pueden poner en tal riesgo la vida de una persona que un país no pueda devolverla. Dos integrantes del Comité no estuvieron de acuerdo con el resultado.
activity-climate-refugee-step-compact = Presente el { -gcm }, de 2018. No es jurídicamente vinculante: es una promesa compartida. La Asamblea General de la ONU lo respaldó por 152 votos contra 5, y Estados Unidos votó en contra. Su Objetivo 2 compromete a los gobiernos a reducir los factores adversos que obligan a las personas a irse, incluidos los desastres, el cambio climático y la degradación del medio ambiente: ayudar a las comunidades a adaptarse donde viven, incluir el desplazamiento en la preparación para desastres y compartir información. En el Objetivo 5, se invita a los gobiernos a crear opciones como visas humanitarias y la reubicación planificada para las personas afectadas por desastres y por los efectos lentos del cambio climático.
activity-climate-refugee-step-not-advice = Cierre diciendo: «Esto es información general, no asesoría legal. Cada caso es distinto, y las reglas de Estados Unidos cambiaron con frecuencia en 2025 y 2026. Sobre su propia situación, por favor consulten con un { -attorney } o con una { -doj-rep }». Señale la { -referral-sheet }.
activity-climate-refugee-note-no-case-assessment = No evalúe el caso de nadie, ni siquiera de manera informal («usted podría cumplir los requisitos»). Si alguien pregunta por su propia situación, agradézcale, explique que solo un { -attorney } o una { -doj-rep } puede darle asesoría, y señálele en privado la { -referral-sheet }.
activity-climate-refugee-note-self-description = Algunas personas se llaman a sí mismas refugiadas climáticas. Eso es válido como descripción de su experiencia y como lenguaje político. Explique solamente que la expresión no es, por sí sola, una condición jurídica.
activity-climate-refugee-note-teitiota-reasoning = Limítese al resultado y al principio. No cite razonamientos ni plazos concretos de la decisión, a menos que usted haya revisado el texto del dictamen del Comité.
activity-climate-refugee-note-volatile = Evite los detalles de las reglas actuales de asilo en Estados Unidos: cambiaron con frecuencia en 2025 y 2026, y algunas están en litigio. Es más seguro enseñar principios estables (la definición de persona refugiada, la no devolución, el Pacto).
activity-climate-refugee-note-non-binding = Si alguien dice que un pacto no vinculante no sirve para nada, abra un breve debate: es una promesa pública que las comunidades pueden usar para exigir a sus gobiernos que cumplan su palabra.
activity-climate-refugee-note-us-voted-against = Estados Unidos votó en contra del Pacto, así que el Objetivo 2 da poca influencia directa sobre el gobierno de Estados Unidos. Sirve con los gobiernos de los países de origen y de tránsito, en la incidencia regional e internacional, y como un estándar público al que los grupos locales pueden apelar. Dígalo cuando el grupo converse sobre cómo usarlo.
activity-climate-refugee-note-tps = Es posible que personas de Centroamérica pregunten por el Estatus de Protección Temporal (TPS). Este módulo no lo trata: no lo explique ni evalúe las posibilidades de nadie. Diga que es una pregunta importante para un { -legal-aid-group } y señale la { -referral-sheet }.
activity-climate-refugee-debrief-why-resist = ¿Por qué los gobiernos podrían resistirse a crear una condición jurídica para las personas desplazadas por el cambio climático?
activity-climate-refugee-debrief-teitiota-door = ¿Qué puerta cerró la decisión del caso Teitiota y qué puerta dejó abierta?
activity-climate-refugee-debrief-use-compact = ¿Cómo podría nuestra comunidad usar una promesa no vinculante como el Objetivo 2?
activity-climate-refugee-adapt-low-literacy = Lea la tarjeta del caso en voz alta a todo el grupo en vez de en grupos pequeños, y pida que levanten la mano para responder «¿Qué decidirían?».
activity-climate-refugee-adapt-short-time = Omita la conversación en grupos: cuente la historia de Teitiota y su resultado en dos minutos.
activity-climate-refugee-adapt-large-group = Mantenga el caso en grupos pequeños, pero escuche el informe de solo dos o tres grupos.
activity-climate-refugee-adapt-online = Muestre la tarjeta del caso en pantalla y use salas pequeñas para la conversación.

## Actividad: climate-justice

activity-climate-justice-title = ¿Quién paga y quién decide? La justicia climática
activity-climate-justice-purpose = Explorar la justicia climática como una cuestión de equidad, poder y derechos, y ver dónde se encuentra con la lucha por los derechos de las personas migrantes.
activity-climate-justice-prep-signs = Haga dos carteles, «De acuerdo» y «En desacuerdo», y péguelos en extremos opuestos de la sala.
activity-climate-justice-prep-statements = Escriba en una tarjeta las tres frases de los pasos para poder leerlas tal como están escritas.
activity-climate-justice-prep-space = Despeje una línea a lo ancho de la sala con espacio para estar de pie, y deje sillas a lo largo de ella para quien prefiera sentarse.
activity-climate-justice-step-explain = Explique: «Voy a leer una frase. Párense, o señalen desde su silla, en algún punto de la línea entre De acuerdo y En desacuerdo. No hay respuestas correctas, y pueden moverse después de escuchar a otras personas. También pueden solo escuchar».
activity-climate-justice-step-statement-power = Lea: «El cambio climático tiene que ver con la naturaleza, no con el poder». Invite a dos o tres personas de distintos puntos de la línea a decir por qué están ahí.
activity-climate-justice-step-statement-move = Lea: «Las personas a quienes el cambio climático obliga a irse deberían tener vías seguras y legales para migrar». De nuevo, invite a hablar a dos o tres personas.
activity-climate-justice-step-statement-same = Lea: «La lucha por la justicia climática y la lucha por los derechos de las personas migrantes son la misma lucha». Invite a otras personas a opinar y deje que se muevan si cambian de opinión.
activity-climate-justice-step-input = Invite a todas las personas a sentarse y explique: la justicia climática ve el cambio climático como una cuestión de equidad y de derechos, no solo del tiempo que hace. Pregunta quién causó el daño, quién paga el precio, quién decide y quién recibe protección. Comparta tres avances recientes: en 2022, la Asamblea General de la ONU reconoció el derecho humano a un medio ambiente limpio, saludable y sostenible (no vinculante). En julio de 2025, la Corte Internacional de Justicia dijo, en una opinión consultiva unánime, que los Estados tienen obligaciones de reducir emisiones, adaptarse y cooperar. En 2025, la Corte Interamericana de Derechos Humanos reconoció el derecho a un clima sano y abordó la situación de las personas que se desplazan por el cambio climático.
activity-climate-justice-step-links = Dibuje con el grupo, en un papelógrafo, los puntos de conexión: reducir los factores que obligan a las personas a irse (Objetivo 2 del Pacto), la libertad de quedarse con seguridad en casa y de migrar con seguridad, y planes para desastres que incluyan a todas las personas. Pida al grupo que agregue conexiones a partir de su propio trabajo de organización comunitaria.
activity-climate-justice-note-no-right-answer = La línea es para pensar en voz alta, no para ganar. Agradezca a las personas de todos los puntos de la línea, sobre todo a quienes no están de acuerdo con la mayoría.
activity-climate-justice-note-seated-option = Pararse en un lugar visible puede hacer que alguien se sienta expuesta o expuesto. Ofrezca siempre la opción de señalar desde la silla, y nunca pida a alguien que explique su posición, a menos que lo haga por iniciativa propia.
activity-climate-justice-note-no-invented-figures = Es posible que las personas participantes citen cifras sobre qué países o personas contaminan más. Valore el comentario sobre la equidad, pero no agregue estadísticas que no estén en las fuentes de este módulo; ofrezca revisar en grupo fuentes confiables más adelante.
activity-climate-justice-note-advisory = Deje claro que las opiniones de las cortes y la resolución de la Asamblea General son importantes, pero no son vinculantes por sí solas: su fuerza depende de que la gente las use.
activity-climate-justice-note-optional = Esta actividad se puede omitir si el día se atrasa. Si la omite, comparta en dos minutos los tres avances legales de la exposición y remita a la lectura; el plan de acción sigue uniendo la justicia climática y los derechos de las personas migrantes.
activity-climate-justice-debrief-noticed = ¿Qué notaron sobre dónde se pararon las personas y quiénes se movieron?
activity-climate-justice-debrief-meet = ¿Dónde se encuentran ya la justicia climática y la organización por los derechos de las personas migrantes en nuestra zona?
activity-climate-justice-debrief-bridge = ¿Qué podría dividir a estos dos movimientos y cómo podríamos tender un puente?
activity-climate-justice-adapt-low-literacy = Use carteles con dibujos (un pulgar hacia arriba y uno hacia abajo) y lea cada frase dos veces, despacio.
activity-climate-justice-adapt-online = Use una encuesta anónima, o pida a las personas que muestren de uno a cinco dedos a la cámara o que escriban un número en el chat.
activity-climate-justice-adapt-large-group = Invite a hablar solo a dos o tres personas por frase, y pida a las demás personas que levanten la mano si están de acuerdo con lo que se dijo.

## Actividad: answering-neighbours

activity-answering-neighbours-title = Práctica: cómo responderle a un vecino o una vecina
activity-answering-neighbours-purpose = Practicar cómo explicar el desplazamiento por razones climáticas y la justicia climática con palabras sencillas y verdaderas, usando lo que aprendimos hoy.
activity-answering-neighbours-prep-choose-statements = Escoja dos o tres de las frases del vecino o la vecina que aparecen en los pasos, o cámbielas por frases que la gente escucha a menudo en su comunidad.
activity-answering-neighbours-prep-facts-visible = Deje en la pared el papelógrafo de cifras y los árboles de problemas para que las parejas puedan usarlos.
activity-answering-neighbours-step-form-pairs = Pida a las personas que formen parejas. Una hace el papel de vecino o vecina y la otra responde. Diga que quien hace de vecino o vecina tiene curiosidad o dudas, pero no es hostil.
activity-answering-neighbours-step-first = Lea la primera frase que dirá quien hace de vecino o vecina: «Esa gente solo viene por el dinero». Dé dos minutos para responder, usando lo que aprendimos sobre las raíces del desplazamiento.
activity-answering-neighbours-step-second = Pida a las parejas que cambien de papel. Lea: «Si es por el clima, son refugiados, así que tienen derecho a quedarse». Dé dos minutos para una respuesta que sea correcta sobre la ley y, a la vez, solidaria.
activity-answering-neighbours-step-third = Si hay tiempo, lea: «El cambio climático es un problema del futuro, no de ahora». Pida a las parejas que cambien de papel otra vez y dé dos minutos.
activity-answering-neighbours-step-share = Pida a dos o tres parejas que compartan una respuesta que funcionó bien, en una o dos oraciones.
activity-answering-neighbours-note-no-officials = Siga la regla sobre las representaciones de las notas de seguridad: en esta actividad nadie hace el papel de agente de inmigración, de policía ni de juez o jueza. Limítese a conversaciones cotidianas entre vecinas y vecinos.
activity-answering-neighbours-note-short-answers = Anime a dar respuestas cortas y verdaderas, e historias, en vez de largas listas de cifras. Una buena respuesta puede ser un dato y una pregunta para la otra persona.
activity-answering-neighbours-note-keep-practice = Esta es la única práctica del módulo. Si va con retraso, acórtela (solo la primera frase, o una sola demostración delante del grupo), pero no la omita.
activity-answering-neighbours-debrief-worked = ¿Qué respuesta se sintió más fuerte y por qué?
activity-answering-neighbours-debrief-useful-fact = ¿Qué dato o idea de hoy les ayudó más a responder?
activity-answering-neighbours-adapt-low-literacy = Todo es hablado; no hace falta leer. Quien facilita lee cada frase en voz alta dos veces.
activity-answering-neighbours-adapt-short-time = Use solo la primera frase, o haga una sola demostración delante de todo el grupo.
activity-answering-neighbours-adapt-online = Lea cada frase en la sala principal y luego abra salas pequeñas para las parejas.

## Actividad: action-plan

activity-action-plan-title = Nuestro plan de acción local
activity-action-plan-purpose = Convertir el análisis del día en un plan realista y seguro que una la justicia climática y los derechos de las personas migrantes donde vivimos.
activity-action-plan-prep-print-worksheet = Imprima una hoja de trabajo del plan de acción por participante.
activity-action-plan-prep-local-ideas = Infórmese antes sobre los grupos locales (de clima, de justicia ambiental, de derechos de las personas inmigrantes, religiosos, sindicales) y sobre los planes de emergencia y evacuación de su zona, para poder sugerir puntos de partida reales.
activity-action-plan-prep-examples-chart = Escriba en un papelógrafo los ejemplos de acciones que aparecen en los pasos.
activity-action-plan-step-frame = Explique que la acción es donde gira la espiral: lo que hacemos crea nueva experiencia y volvemos a aprender. Los planes deben ser pequeños, reales y seguros.
activity-action-plan-step-regroup = Pida a las personas que vuelvan a sus grupos del árbol de problemas y que traigan la raíz que encerraron en un círculo. Quien quiera puede unirse a otro grupo cuya raíz le interese más.
activity-action-plan-step-examples = Lea en voz alta los ejemplos de acciones: preguntar a nuestra ciudad o condado si las alertas de emergencia y la información sobre albergues llegan en todos los idiomas que se hablan aquí; invitar a un grupo local de clima y a un grupo de derechos de las personas inmigrantes a reunirse; compartir la lectura con un grupo comunitario; repetir este taller con otro grupo; organizar una conversación pública sobre clima y migración con { -org-placeholder }.
activity-action-plan-step-worksheet = Entregue una hoja de trabajo a cada persona. Los grupos conversan sobre las preguntas durante unos diez minutos; cada persona escribe lo que le sea útil, o una persona voluntaria escribe por el grupo.
activity-action-plan-step-safety-check = Pida a cada grupo que revise su plan con tres preguntas: ¿Necesita el nombre, la situación migratoria o la foto de alguien? ¿Podría poner a alguien en riesgo? ¿Tiene tareas para las personas que no quieren ser visibles? Pídales que cambien el plan hasta que todas las respuestas sean seguras.
activity-action-plan-step-share = Pida a cada grupo que comparta su meta y su primer paso en un minuto.
activity-action-plan-step-follow-up = Acuerde con el grupo cómo dará seguimiento sin hacer una lista de contactos: por ejemplo, una fecha y un lugar para la próxima reunión, y los canales públicos habituales de { -org-placeholder }.
activity-action-plan-note-no-lists = No recoja las hojas de trabajo ni abra una hoja para inscribirse con nombres o teléfonos. Quien quiera seguir participando puede comunicarse con { -org-placeholder } por sus canales habituales.
activity-action-plan-note-many-roles = Nadie tiene que participar en acciones públicas o visibles. Asegúrese de que cada plan tenga tareas que se puedan hacer discretamente: cocinar, traducir, compartir información, investigar, cuidar a niñas y niños.
activity-action-plan-note-realistic = Anime, con suavidad, a elegir un primer paso que pueda darse en el próximo mes. Un paso pequeño que se da es mejor que un gran plan que no se cumple.
activity-action-plan-note-preparedness-link = El Objetivo 2 del { -gcm-short } pide a los gobiernos incluir el desplazamiento en la preparación para desastres: alerta temprana, evacuación y recepción. La planificación local para emergencias es un lugar concreto donde se encuentran la justicia climática y los derechos de las personas migrantes.
activity-action-plan-debrief-next-month = ¿Qué paso puede darse en el próximo mes?
activity-action-plan-debrief-support = ¿Qué apoyo necesitan de { -org-placeholder }?
activity-action-plan-debrief-unsafe = ¿Qué podría hacer que este plan fuera inseguro para las personas sin papeles y cómo lo vamos a evitar?
activity-action-plan-adapt-low-literacy = Una persona voluntaria o quien facilita escribe por el grupo; las personas participantes también pueden dibujar su plan como un camino con pasos.
activity-action-plan-adapt-short-time = Haga un solo plan con todo el grupo y complete solo la meta, el primer paso y las preguntas de seguridad.
activity-action-plan-adapt-large-group = Pida a los grupos que peguen sus planes en la pared y hagan un recorrido rápido en vez de informes hablados.
activity-action-plan-adapt-online = Muestre las preguntas de la hoja de trabajo en pantalla. En cada sala pequeña, una persona voluntaria escribe las respuestas del grupo en un documento que no se comparte fuera del grupo.

## Actividad: evaluation

activity-evaluation-title = Cierre y evaluación
activity-evaluation-purpose = Hacer un balance de lo aprendido, escuchar qué mejorar y cerrar el día con cuidado.
activity-evaluation-prep-eval-chart = Dibuje en un papelógrafo una tabla sencilla de evaluación con tres columnas: «Lo que funcionó», «Lo que cambiaría» y «Lo que todavía quiero aprender».
activity-evaluation-prep-cards = Imprima una tarjeta de bolsillo por participante y tenga a mano la { -referral-sheet } para que las personas puedan copiar números locales en su tarjeta.
activity-evaluation-step-round = Invite a una ronda rápida y recuerde que se vale pasar: «En una palabra o una oración, ¿qué se lleva hoy?».
activity-evaluation-step-chart = Reparta el formulario de evaluación y pida que lo llenen sin nombre y que lo echen en la caja o el sobre junto a la puerta. Quien prefiera puede pegar notas adhesivas en la tabla de evaluación. Diga que usted los leerá después y los usará para mejorar el taller.
activity-evaluation-step-card = Reparta la tarjeta de bolsillo. Léala en voz alta y señale los espacios para anotar contactos de apoyo: las personas pueden copiar ahora los números locales de la { -referral-sheet }, o hacerlo después en casa.
activity-evaluation-step-reminder = Recuerde a todas las personas que esto fue educación popular, no asesoría legal, y que la información se investigó hasta { -current-date } y hay que confirmarla con { -legal-aid }. Sobre su propia situación, deben consultar con un { -attorney } o con una { -doj-rep }.
activity-evaluation-step-close = Cierre con la { -grounding-practice }, o con una canción o un estiramiento breve que elija el grupo. Agradezca a todas las personas y quédese unos minutos para quien quiera hablar en privado.
activity-evaluation-note-anonymous = Mantenga la evaluación anónima. No fotografíe los formularios ni las notas; cuente las respuestas después y destruya los originales.
activity-evaluation-note-stay-after = Algunas personas esperan hasta el final para hacer una pregunta personal. Planee quedarse quince minutos después del taller, con la { -referral-sheet }.
activity-evaluation-debrief-improve = ¿Qué podría mejorar este taller la próxima vez?
activity-evaluation-adapt-low-literacy = En vez de notas escritas, use tres cajas o sobres y puntos adhesivos, o invite a hacer comentarios en voz alta.
activity-evaluation-adapt-online = Use una encuesta anónima que no recoja nombres ni correos electrónicos, y recuerde a las personas que no publiquen datos personales en el chat.
activity-welcome-back-title = Bienvenida de regreso: nuestros acuerdos
activity-welcome-back-purpose = Abrir la tarde sin volver a hacer los acuerdos: recordarlos, decir qué sigue y centrarnos antes del río de la vida.
activity-welcome-back-prep-agreements-visible = Deje en la pared, a la vista de todas las personas, el papelógrafo de acuerdos de la mañana, y tenga copias de reserva de la { -referral-sheet } para quien acabe de llegar.
activity-welcome-back-step-arrive = Dé la bienvenida de regreso a todas las personas, y también a quien acabe de llegar. Diga que la { -co-facilitator } está pendiente de la sala y que el { -quiet-corner } sigue ahí.
activity-welcome-back-step-recall-agreements = Señale el papelógrafo de acuerdos y léalos en voz alta, brevemente. Repita dos cosas: cualquiera puede decir «paso» o salir, y «{ -rule-confidentiality }» Pregunte: «¿Hay algo que necesitemos agregar para esta tarde?».
activity-welcome-back-step-explain-afternoon = Diga en un minuto qué trae la tarde: los cambios en el clima, el agua y la tierra en nuestra vida, sus causas de fondo, datos clave, una práctica corta y un plan de acción. Repita que esto es educación popular, no asesoría legal.
activity-welcome-back-step-grounding = Hagan juntos una vez la { -grounding-practice }. Diga que la próxima actividad, el río de la vida, es personal, que cada quien elige qué dibujar y qué compartir, y que volverán a usar la práctica cada vez que el ambiente se ponga pesado.
activity-welcome-back-note-new-people = Si alguien llega solo para esta parte, dele un { -name-tag } y una { -referral-sheet }, y repita en una frase que no hay hoja de registro y que esto no es asesoría legal.
activity-rainstorm-title = La tormenta
activity-rainstorm-purpose = Despertar a la sala haciendo juntos el sonido de una tormenta con las manos, y dejarla pasar.
activity-rainstorm-step-explain = Explique: «Vamos a hacer una tormenta entre todas las personas, solo con las manos. Copien lo que yo hago cuando pase frente a ustedes. Pueden hacerlo sentados».
activity-rainstorm-step-build = Arme la tormenta poco a poco: frotar las palmas, luego chasquear los dedos, luego palmear las rodillas, luego zapatear suavemente. Recorra el círculo para que cada parte de la sala se vaya sumando.
activity-rainstorm-step-calm = Luego deje pasar la tormenta en orden inverso, hasta volver a frotar las palmas y al silencio. Agradezca a todas las personas.
activity-rainstorm-note-seated = Todo se puede hacer sentado, y cualquiera puede solo escuchar. Si las tormentas o las inundaciones son dolorosas para alguien de la sala, elija la otra actividad.
activity-rainstorm-adapt-online = Pida que activen el micrófono y hagan los sonidos juntos, o que los muestren ante la cámara.
activity-count-together-title = Contar hasta diez en grupo
activity-count-together-purpose = Recuperar la atención del grupo con un pequeño reto compartido en el que nadie puede fallar a solas.
activity-count-together-step-explain = Explique: «Vamos a contar del uno al diez en grupo. Cualquiera puede decir el número que sigue, pero si dos personas hablan a la vez, empezamos otra vez desde el uno. Sin señas y sin turnos alrededor del círculo».
activity-count-together-step-count = Deje que el grupo lo intente y vuelva a empezar cada vez que dos voces se encimen. Si ayuda a escuchar, pueden cerrar los ojos.
activity-count-together-step-celebrate = Celebren cuando el grupo llegue a diez, o a los tres minutos, sea cual sea el número al que llegó.
activity-count-together-note-no-blame = Ríanse juntos de cada nuevo comienzo y nunca señale a quién habló al mismo tiempo. Nadie tiene que decir un número.
timeline-week-before-book-interpreter = Reserve la interpretación con tres semanas de anticipación si el grupo la necesita, también para lenguas indígenas, y mande a quien interpreta el glosario y la lectura.
timeline-week-before-check-referrals = Llame a cada contacto de la { -referral-sheet } para confirmar que sigue abierto, recibe a personas nuevas y atiende a las personas sin importar su situación migratoria. Anote en la hoja la fecha en que lo confirmó y su función.
timeline-week-before-check-figures = Revise en el sitio del { -idmc } si hay un Informe mundial sobre desplazamiento interno más reciente, y pregunte a { -legal-aid-placeholder } qué ha cambiado desde { -current-date }. Si hace falta, corrija los materiales a mano.
timeline-week-before-venue-plan = Acuerde con quien presta el lugar el plan para el local: quién atiende la puerta, dónde están las salidas, dónde estará el { -quiet-corner } (vea las notas de seguridad).
timeline-week-before-roles = Acuerde con la { -co-facilitator } quién guía cada actividad y quién observa la sala. Si alguna de las dos personas está obligada a denunciar, acuerden cómo lo van a decir.
timeline-week-before-print = Imprima el paquete: guías, materiales, la { -referral-sheet } llenada para cada participante, las tarjetas del caso, las hojas de trabajo y las tarjetas de bolsillo.
timeline-day-before-pack = Prepare todo con la lista de materiales: papel para dibujar, marcadores, notas adhesivas, cinta, un { -name-tag } para cada persona, un temporizador, la caja para los formularios de evaluación.
timeline-day-before-read-through = Vuelva a leer la guía, sobre todo el río de la vida, la regla sobre las representaciones y los pasos para emergencias. Dibuje su río de ejemplo.
timeline-on-the-day-room = Llegue temprano. Ponga las sillas en círculo, deje papel para dibujar y marcadores en las mesas, y libere espacio en la pared para los árboles.
timeline-on-the-day-quiet-corner = Prepare el { -quiet-corner } con una silla, agua y pañuelos, lejos del círculo.
timeline-on-the-day-sheets-out = Deje un montón de copias de la { -referral-sheet } donde las personas puedan tomar una sin pedirla, y ponga la caja de evaluación junto a la puerta.
timeline-after-destroy = Quite todos los papelógrafos. Cuente las respuestas de la evaluación y luego destruya los formularios, las notas adhesivas y sus propias notas. Nadie recoge los ríos ni las hojas de trabajo.
timeline-after-debrief = Tómense veinte minutos con la { -co-facilitator }: ¿cómo salió?, ¿cómo están?, ¿alguien necesita seguimiento a través de { -org-placeholder }? Sin nombres de participantes.
timeline-after-improve = Anote, sin nombres, qué cambiar la próxima vez, y avise a { -org-placeholder } si algún contacto de la { -referral-sheet } no funcionó.
interpretation-consecutive = En una sala bilingüe con interpretación consecutiva, todo lo que se dice tarda más o menos el doble. Planee un día más largo, o use las adaptaciones para poco tiempo y omita las actividades marcadas como opcionales. Hable en frases cortas y haga pausas para quien interpreta.
interpretation-brief-interpreter = Prepare antes a quien interpreta: mándele el glosario y la lectura, repasen juntos las notas de seguridad y acuerden que quien interpreta se compromete con los mismos acuerdos que todas las personas de la sala y no anota nada.
interpretation-side-by-side = Imprima los materiales en los dos idiomas, uno al lado del otro (el paquete bilingüe lo hace así), para que todas las personas lean la misma frase a la misma altura y nadie tenga que pedir «la otra versión».
interpretation-whispered = Si solo unas pocas personas necesitan interpretación, puede funcionar la interpretación susurrada o con audífonos sencillos. Siéntelas juntas cerca de quien interpreta, no en la orilla de la sala, y en cada receso confirme que está funcionando.
interpretation-indigenous-languages = Muchas personas de zonas rurales de Centroamérica y del sur de México hablan una lengua indígena (por ejemplo mam, k’iche’, q’anjob’al, mixteco o triqui) y quizá lean con menos facilidad el español o el inglés. Pregunte en privado, no delante del grupo, en qué idioma se sienten más cómodas; busque intérprete a través de { -org-placeholder }; use dibujos y las adaptaciones para poca lectoescritura; y nunca pida a un familiar, y mucho menos a una niña o un niño, que interprete contenido doloroso. En el plan de acción, pregunten si las alertas de emergencia llegan también en esas lenguas.
interpretation-interpreter-care = Quien interpreta escucha cada momento pesado dos veces. Inclúyala en los recesos y en la reflexión después del taller, y asegúrese de que también conozca el { -quiet-corner } y la { -referral-sheet }.

## Materiales

material-flipchart-paper = { -supply-flipchart-paper }
material-markers = { -supply-markers }
material-masking-tape = { -supply-masking-tape }
material-blank-name-tags = { -supply-blank-name-tags }
material-referral-sheet = { -supply-referral-sheet }
material-quiet-corner = Un { -quiet-corner } con una silla, agua y pañuelos
material-drawing-paper = Papel grande para dibujar (tamaño tabloide o medio pliego de papelógrafo)
material-sticky-note-pads = Bloc de notas adhesivas
material-water-and-snacks = { -supply-water-and-snacks }
material-figures-chart = Papelógrafo preparado con las cifras clave, sus fuentes y años
material-reading-copies = Lectura impresa «Clima y migración: lo que hay que saber»
material-case-card-copies = Tarjeta impresa del caso Teitiota
material-spectrum-signs = { -supply-spectrum-signs }
material-timer = Temporizador o teléfono con temporizador
material-worksheet-copies = Hoja de trabajo impresa «Nuestro plan de acción local»
material-pens = { -supply-pens }
material-pocket-card-copies = Tarjeta de bolsillo impresa «Clima y migración: ideas clave»
material-evaluation-box = { -supply-evaluation-box }

## Materiales para participantes

handout-climate-reading-title = Clima y migración: lo que hay que saber
handout-climate-reading-intro = Esta lectura resume los datos principales de nuestro taller. Es para aprender en comunidad. No es asesoría legal. La información se investigó hasta { -current-date }: confírmela con { -legal-aid } antes de usarla.
handout-climate-reading-why-move-heading = Por qué las personas dejan su hogar
handout-climate-reading-why-move-body =
    Los cambios en el clima, el agua y la tierra pueden obligar a las personas a dejar su hogar. A veces el golpe llega rápido: un huracán o una inundación pueden sacar a la gente de su casa en pocas horas. Otras veces llega despacio: años de sequía, cosechas perdidas o el aumento del nivel del mar hacen cada vez más difícil cultivar alimentos, conseguir agua o ganarse la vida.

    El { -dry-corridor } atraviesa El Salvador, Guatemala, Honduras y Nicaragua. Allí viven más de 10 millones de personas. Las sequías largas se alternan con lluvias excesivas. El Programa Mundial de Alimentos informó que las cosechas de maíz y frijol se perdieron una y otra vez. Muchas familias vendieron sus herramientas y animales o se saltaron comidas, y algunas personas tuvieron que migrar. En noviembre de 2020, los huracanes Eta e Iota golpearon la región con dos semanas de diferencia y afectaron a más de 7 millones de personas en toda Centroamérica.

    El clima casi nunca actúa solo. La Agencia de la ONU para los Refugiados señala que los desastres a menudo se combinan con conflictos, persecución, mal gobierno o discriminación.
handout-climate-reading-numbers-heading = Lo que dicen las cifras
handout-climate-reading-numbers-body = Lea las cifras con cuidado. Un desplazamiento es un movimiento: si la misma familia tiene que huir dos veces en un año, cuenta como dos desplazamientos. Las personas desplazadas son otra cifra: cuántas personas siguen fuera de su hogar en un día determinado. Estas cifras mundiales cuentan movimientos dentro de un país, no cruces de frontera.
handout-climate-reading-numbers-item-record = En 2024, los desastres causaron 45.8 millones de desplazamientos dentro de los países. Es la cifra más alta desde que comenzaron los registros, en 2008. Casi todos se debieron al clima.
handout-climate-reading-numbers-item-still-away = Al final de 2024, 9.8 millones de personas seguían viviendo fuera de su hogar a causa de desastres.
handout-climate-reading-numbers-item-united-states = Estados Unidos tuvo unos 11 millones de desplazamientos en 2024, en su mayoría personas que evacuaron antes de la llegada de huracanes.
handout-climate-reading-numbers-item-year-to-year = La cifra cambia mucho de un año a otro. En 2023 fue de 26.4 millones.
handout-climate-reading-numbers-item-future = Los informes Groundswell del Banco Mundial miran hacia 2050. En un escenario pesimista, hasta 216 millones de personas de seis regiones del mundo podrían verse obligadas a moverse dentro de su propio país por los efectos lentos del clima, como la falta de agua, la pérdida de cosechas y el aumento del nivel del mar. Una reducción rápida de las emisiones y un desarrollo inclusivo podrían bajar esa cifra hasta en un 80 por ciento. Son escenarios, no predicciones.
handout-climate-reading-refugee-law-heading = ¿Existen los «refugiados climáticos»?
handout-climate-reading-refugee-law-body =
    Según la ley, no. De acuerdo con la { -refugee-convention }, una persona refugiada es alguien que está fuera de su país y tiene un temor fundado de ser perseguida por motivos de raza, religión, nacionalidad, pertenencia a un determinado grupo social u opiniones políticas. Una tormenta o una sequía, por sí solas, normalmente no son persecución. Por eso, «refugiado climático» es una expresión común, pero no es una condición jurídica.

    Eso no significa que no haya protección. { -unhcr } dice que las personas que huyen a otro país por el cambio climático y los desastres pueden cumplir los requisitos para ser reconocidas como refugiadas en algunos casos, por ejemplo cuando el desastre se combina con conflictos, persecución o discriminación. En América Latina, la Declaración de Cartagena de 1984 usa una definición más amplia, y varios países la han incorporado a sus leyes. También puede aplicarse la regla que prohíbe devolver a una persona a un peligro grave, llamada principio de no devolución.
handout-climate-reading-teitiota-heading = El caso Teitiota
handout-climate-reading-teitiota-body = Ioane Teitiota es de Kiribati, un país de islas bajas en el océano Pacífico. Él dijo que el aumento del nivel del mar estaba volviendo salada el agua dulce, llevándose la tierra y causando peleas violentas por la tierra. Nueva Zelandia lo deportó en 2015. En 2019, el { -hrc } decidió que Nueva Zelandia no había violado su derecho a la vida, porque el peligro para él no era lo bastante personal ni cercano. Pero el Comité también aceptó que los efectos del cambio climático pueden poner en tal riesgo la vida de una persona que un país no pueda devolverla. Dos integrantes del Comité no estuvieron de acuerdo con la decisión.
handout-climate-reading-compact-heading = Lo que prometieron los gobiernos
handout-climate-reading-compact-body = En diciembre de 2018, la mayoría de los gobiernos del mundo respaldó el { -gcm }. No es jurídicamente vinculante: es una promesa compartida. Estados Unidos votó en contra. Su Objetivo 2 dice que los gobiernos deben reducir las condiciones adversas que obligan a las personas a dejar su país, incluidos los desastres, el cambio climático y la degradación del medio ambiente. Los gobiernos acordaron ayudar a las comunidades a adaptarse donde viven, incluir el desplazamiento en sus planes para desastres (alerta temprana, evacuación y recepción) y compartir información. En el Objetivo 5, se invitó a los gobiernos a crear opciones como visas humanitarias y la reubicación planificada para las personas afectadas por desastres y por el cambio climático.
handout-climate-reading-justice-heading = Justicia climática
handout-climate-reading-justice-body = La justicia climática ve el cambio climático como una cuestión de equidad y de derechos, no solo del tiempo que hace. Pregunta: ¿Quién causó el daño? ¿Quién paga el precio? ¿Quién decide? ¿Quién recibe protección? Algunos avances recientes:
handout-climate-reading-justice-item-environment-right = 2022: la Asamblea General de la ONU reconoció el derecho humano a un medio ambiente limpio, saludable y sostenible. Esta resolución no es vinculante.
handout-climate-reading-justice-item-world-court = Julio de 2025: la Corte Internacional de Justicia dijo, en una opinión consultiva unánime, que los Estados tienen el deber de reducir emisiones, adaptarse y cooperar.
handout-climate-reading-justice-item-inter-american = 2025: la Corte Interamericana de Derechos Humanos reconoció el derecho a un clima sano y habló de las personas que se desplazan por el cambio climático.
handout-climate-reading-words-heading = Palabras clave
handout-climate-reading-words-item-internal = Desplazamiento interno: cuando una persona se ve obligada a irse a otro lugar dentro de su propio país.
handout-climate-reading-words-item-cross-border = Desplazamiento transfronterizo: cuando una persona se ve obligada a irse a otro país.
handout-climate-reading-words-item-slow-onset = Cambio de evolución lenta: un daño que se acumula durante años, como la sequía o el aumento del nivel del mar.
handout-climate-reading-words-item-non-refoulement = No devolución: la regla que prohíbe devolver a una persona refugiada a un lugar donde su vida o su libertad estarían en peligro. Las leyes de derechos humanos tienen protecciones parecidas.
handout-climate-reading-not-advice-heading = Esto no es asesoría legal
handout-climate-reading-not-advice-body = Esta lectura es para aprender en comunidad. No es asesoría legal y no describe el caso de ninguna persona. Las leyes y las políticas, sobre todo en Estados Unidos, cambiaron con frecuencia en 2025 y 2026, y hay demandas en los tribunales contra algunas de ellas. Los datos de esta lectura se investigaron hasta { -current-date }. Sobre su propia situación, consulte con un { -attorney } o con una { -doj-rep }. Su { -referral-sheet } tiene ayuda local, y también puede preguntar a { -org-placeholder }.
handout-glossary-title = Palabras clave: clima y migración
handout-glossary-intro = El significado sencillo de palabras del taller, para participantes y para quien interpreta. Es educación popular, no asesoría legal; información investigada hasta { -current-date }.
handout-glossary-moving-heading = Moverse
handout-glossary-moving-item-displacement = Un desplazamiento: un movimiento forzado. Si la misma familia tiene que huir dos veces en un año, cuenta como dos desplazamientos.
handout-glossary-moving-item-displaced-people = Personas desplazadas: cuántas personas siguen viviendo fuera de su hogar en un día determinado.
handout-glossary-moving-item-internal = Desplazamiento interno: cuando una persona se ve obligada a irse a otro lugar dentro de su propio país.
handout-glossary-moving-item-cross-border = Desplazamiento transfronterizo: cuando una persona se ve obligada a irse a otro país.
handout-glossary-moving-item-evacuation = Evacuación: salir antes o durante un desastre para ponerse a salvo. Las evacuaciones se cuentan como desplazamientos.
handout-glossary-moving-item-planned-relocation = Reubicación planificada: trasladar a una comunidad, con su acuerdo, lejos de un lugar que se volvió demasiado peligroso para vivir.
handout-glossary-climate-heading = Clima
handout-glossary-climate-item-sudden-onset = Desastre repentino: un daño que llega de golpe, como un huracán o una inundación.
handout-glossary-climate-item-slow-onset = Cambio de evolución lenta: un daño que se acumula durante años, como la sequía o el aumento del nivel del mar.
handout-glossary-climate-item-adaptation = Adaptación: cambios que ayudan a las personas a vivir con un clima que cambia, donde están, como cultivos nuevos, almacenar agua o las alertas tempranas.
handout-glossary-climate-item-dry-corridor = El { -dry-corridor }: una franja que atraviesa El Salvador, Guatemala, Honduras y Nicaragua, donde las sequías largas se alternan con lluvias excesivas.
handout-glossary-climate-item-climate-justice = Justicia climática: ver el cambio climático como una cuestión de equidad y de derechos: quién causó el daño, quién paga, quién decide y quién recibe protección.
handout-glossary-law-heading = Ley
handout-glossary-law-item-refugee = Persona refugiada: alguien que está fuera de su país y tiene un temor fundado de ser perseguida por motivos de raza, religión, nacionalidad, pertenencia a un determinado grupo social u opiniones políticas.
handout-glossary-law-item-climate-refugee = «Refugiado climático»: una expresión común, pero no una condición jurídica. Una tormenta o una sequía, por sí solas, normalmente no son persecución.
handout-glossary-law-item-non-refoulement = No devolución: la regla que prohíbe devolver a una persona refugiada a un lugar donde su vida o su libertad estarían en peligro.
handout-glossary-law-item-cartagena = Declaración de Cartagena (1984): una declaración latinoamericana con una definición más amplia de persona refugiada, que varios países han incorporado a sus leyes.
handout-glossary-law-item-compact = El { -gcm-short }: un acuerdo de 2018 de la mayoría de los gobiernos del mundo. Su Objetivo 2 trata de las condiciones adversas, incluidos el cambio climático y los desastres, que obligan a las personas a irse.
handout-glossary-law-item-non-binding = No vinculante: una promesa que ningún tribunal puede hacer cumplir. Aun así, da a la gente un estándar público al que apelar.
handout-glossary-law-item-advisory-opinion = Opinión consultiva: la respuesta de una corte a una pregunta jurídica, no una sentencia en un caso entre partes.
handout-evaluation-title = ¿Cómo les fue hoy?
handout-evaluation-intro = Sin nombres, por favor. Puede responder con pocas palabras o con un dibujo. Eche este formulario en la caja junto a la puerta; quienes facilitan cuentan las respuestas y luego destruyen los formularios.
handout-evaluation-your-view-heading = Su opinión
handout-evaluation-your-view-prompt-useful = ¿Qué fue lo más útil de hoy?
handout-evaluation-your-view-prompt-change = ¿Qué deberíamos cambiar la próxima vez?
handout-evaluation-your-view-prompt-safe = ¿Se sintió con seguridad y con respeto? ¿Qué le habría ayudado?
handout-evaluation-check-heading = Tres preguntas rápidas (sin calificación)
handout-evaluation-check-prompt-climate-refugee = ¿«Refugiado climático» es una condición jurídica? ¿Por qué sí o por qué no?
handout-evaluation-check-prompt-two-counts = ¿Cuál es la diferencia entre un desplazamiento y una persona desplazada?
handout-evaluation-check-prompt-root = Nombre una causa de fondo sobre la que nuestra comunidad podría actuar.
handout-referral-sheet-title = Dónde encontrar apoyo
handout-referral-sheet-intro = Todas las personas reciben una copia. No escriba nada sobre usted en ella; guárdela en un lugar seguro.
handout-referral-sheet-legal-heading = Ayuda con asuntos legales, y la organización que hizo el taller
# puente: same-as-source
handout-referral-sheet-legal-prompt-legal-aid = { -legal-aid-placeholder }
# puente: same-as-source
handout-referral-sheet-legal-prompt-accredited-rep = { -accredited-rep-placeholder }
# puente: same-as-source
handout-referral-sheet-legal-prompt-org = { -org-placeholder }
handout-referral-sheet-support-heading = Apoyo, y en una emergencia
# puente: same-as-source
handout-referral-sheet-support-prompt-mental-health = { -mental-health-placeholder }
# puente: same-as-source
handout-referral-sheet-support-prompt-crisis-line = { -crisis-line-placeholder }
# puente: same-as-source
handout-referral-sheet-support-prompt-family-search = { -family-search-placeholder }
# puente: same-as-source
handout-referral-sheet-support-prompt-emergency = { -emergency-placeholder }
handout-referral-sheet-support-prompt-checked-on = Verificado el (fecha), por (función, no nombre):

handout-case-card-title = Tarjeta del caso: Teitiota contra Nueva Zelandia
handout-case-card-intro = Lean en grupo esta historia real. El resultado no está en la tarjeta: conversen sobre lo que ustedes decidirían.
handout-case-card-facts-heading = La historia
handout-case-card-facts-body = Ioane Teitiota es de Kiribati, un país de islas bajas en el océano Pacífico. Pidió protección a Nueva Zelandia. Dijo que el aumento del nivel del mar estaba volviendo salada el agua dulce, llevándose la tierra, amontonando a la gente y causando peleas violentas por la tierra en Tarawa Sur, donde vivía. Nueva Zelandia dijo que él no era refugiado y lo deportó en septiembre de 2015. Después, él llevó su caso al { -hrc }, un grupo de personas expertas independientes. Argumentó que devolverlo ponía en riesgo su derecho a la vida.
handout-case-card-discuss-heading = Conversemos
handout-case-card-discuss-item-decide = Si usted fuera parte del Comité, ¿qué decidiría? ¿Por qué?
handout-case-card-discuss-item-proof = ¿Qué debería demostrar una persona para que no la puedan devolver?
handout-case-card-discuss-item-whose-duty = ¿Quién más tiene el deber de actuar cuando todo un país está en riesgo por el aumento del nivel del mar?

handout-action-worksheet-title = Nuestro plan de acción local
handout-action-worksheet-intro = Use esta hoja con su grupo. No escriba en ella el nombre, la situación migratoria ni los datos de contacto de nadie. Puede quedarse con esta hoja.
handout-action-worksheet-root-heading = La raíz que elegimos
handout-action-worksheet-root-prompt-which-root = ¿Sobre qué raíz de nuestro árbol de problemas queremos actuar?
handout-action-worksheet-root-prompt-why-matters = ¿Por qué es importante esta raíz en nuestra comunidad?
handout-action-worksheet-learned-heading = Lo que aprendimos
handout-action-worksheet-learned-prompt-one-fact = Un dato de hoy que queremos que otras personas conozcan:
handout-action-worksheet-learned-prompt-where-meet = ¿Dónde se encuentran aquí, donde vivimos, la justicia climática y los derechos de las personas migrantes?
handout-action-worksheet-plan-heading = Nuestro plan
handout-action-worksheet-plan-prompt-goal = Nuestra meta: ¿qué queremos cambiar?
handout-action-worksheet-plan-prompt-first-step = Nuestro primer paso y cuándo lo daremos:
handout-action-worksheet-plan-prompt-allies = Grupos que podemos invitar a unirse (grupos, no nombres de personas):
handout-action-worksheet-plan-prompt-roles = Tareas que necesitamos (escriba tareas, no nombres), incluidas tareas discretas para quienes no quieren ser visibles:
handout-action-worksheet-plan-prompt-resources = Lo que necesitamos (un lugar, materiales, interpretación, comida, cuidado de niñas y niños):
handout-action-worksheet-safety-heading = Cuidar la seguridad de todas las personas
handout-action-worksheet-safety-body = Revise su plan: nada de listas con nombres, nada de fotos sin permiso claro, y tareas para quienes no pueden ser visibles.
handout-action-worksheet-safety-prompt-risks = ¿Qué parte de este plan podría poner a alguien en riesgo?
handout-action-worksheet-safety-prompt-prevent = ¿Cómo lo vamos a evitar?
handout-action-worksheet-follow-up-heading = Seguimiento
handout-action-worksheet-follow-up-prompt-next-meeting = ¿Cuándo y dónde nos volveremos a reunir?
handout-action-worksheet-follow-up-prompt-success = ¿Cómo sabremos que nuestro plan está funcionando?

handout-pocket-card-title = Clima y migración: ideas clave
handout-pocket-card-intro = No es asesoría legal. Investigado hasta { -current-date }.
handout-pocket-card-key-ideas-heading = Recuerde
handout-pocket-card-key-ideas-item-fast-slow = Las tormentas obligan a salir de golpe; la sequía, poco a poco.
handout-pocket-card-key-ideas-item-not-status = «Refugiado climático» no es una condición jurídica.
handout-pocket-card-key-ideas-item-your-case = Puede haber otra protección: busque asesoría legal de confianza.
handout-pocket-card-key-ideas-item-justice = La justicia climática significa equidad y derechos.
handout-pocket-card-key-ideas-prompt-legal-help = Ayuda legal:
handout-pocket-card-key-ideas-prompt-emotional-support = Apoyo emocional:

## Fuentes

source-gcm-2018-title = Pacto Mundial para la Migración Segura, Ordenada y Regular (resolución A/RES/73/195)
source-gcm-2018-publisher = Asamblea General de la ONU
source-refugee-convention-1951-title = Convención sobre el Estatuto de los Refugiados
source-refugee-convention-1951-publisher = ONU
source-cartagena-1984-title = Declaración de Cartagena sobre Refugiados
source-cartagena-1984-publisher = Coloquio sobre refugiados en América Central, México y Panamá (archivo de ACNUR)
source-unhcr-2020-title = Consideraciones jurídicas relativas a las solicitudes de protección internacional presentadas en el contexto de los efectos adversos del cambio climático y los desastres
source-unhcr-2020-publisher = ACNUR (resumen de Refugees International, en inglés)
source-teitiota-2019-title = Teitiota contra Nueva Zelandia, dictamen del Comité de Derechos Humanos de la ONU, CCPR/C/127/D/2728/2016 (resumen del caso)
source-teitiota-2019-publisher = Centro de Derechos Civiles y Políticos (CCPR Centre)
source-idmc-grid-2025-title = Informe mundial sobre desplazamiento interno 2025 (GRID 2025, en inglés)
source-idmc-grid-2025-publisher = Centro de Monitoreo del Desplazamiento Interno (IDMC)
source-idmc-grid-2024-title = Informe mundial sobre desplazamiento interno 2024 (GRID 2024, en inglés)
source-idmc-grid-2024-publisher = Centro de Monitoreo del Desplazamiento Interno (IDMC), a través de la Plataforma sobre Desplazamiento por Desastres
source-groundswell-2018-title = Groundswell: preparación para la migración climática interna (en inglés)
source-groundswell-2018-publisher = Banco Mundial
source-groundswell-2021-title = Groundswell, parte 2: actuar frente a la migración climática interna (resumen, en inglés)
source-groundswell-2021-publisher = Banco Mundial; resumen de CIESIN, Universidad de Columbia
source-wfp-dry-corridor-title = El Corredor Seco de Centroamérica (página de emergencias, en inglés)
source-wfp-dry-corridor-publisher = World Food Program USA (Programa Mundial de Alimentos)
source-iom-dtm-eta-iota-title = Huracanes Eta e Iota: panorama regional (Matriz de Seguimiento de Desplazamientos)
source-iom-dtm-eta-iota-publisher = Organización Internacional para las Migraciones (OIM)
source-cejil-2022-title = Desplazamiento por razones climáticas y el Corredor Seco Centroamericano (artículo del 20 de junio de 2022)
source-cejil-2022-publisher = Centro por la Justicia y el Derecho Internacional (CEJIL), Movilidad en Mesoamérica
source-unga-76-300-title = El derecho humano a un medio ambiente limpio, saludable y sostenible (resolución A/RES/76/300)
source-unga-76-300-publisher = Asamblea General de la ONU
source-icj-2025-title = Obligaciones de los Estados con respecto al cambio climático, opinión consultiva del 23 de julio de 2025
source-icj-2025-publisher = Corte Internacional de Justicia
source-iacthr-oc-32-25-title = Opinión Consultiva OC-32/25 sobre emergencia climática y derechos humanos
source-iacthr-oc-32-25-publisher = Corte Interamericana de Derechos Humanos (resumen en litigioclimatico.com)
