### Derechos humanos en las fronteras: todo el texto del módulo (español).
### Los identificadores de mensaje se derivan de curricula/rights-at-borders/module.yaml.
### Educación popular, no asesoría legal. Datos y leyes investigados hasta mediados de 2026.

## Términos que se usan en todo el archivo

-current-date = mediados de 2026

## Módulo

module-title = Derechos humanos en las fronteras
module-summary = Un taller de unas tres horas y media para personas de la comunidad, promotoras y personas voluntarias. A partir de lo que las personas participantes ya saben, el grupo dibuja el mapa de su propia comunidad; aprende qué dicen las normas de derechos humanos sobre las fronteras (el derecho a salir, el derecho a buscar asilo, la no devolución y el debido proceso) y qué piden a los gobiernos los { -ohchr-principles }; mira cómo se criminalizó y militarizó la frontera entre Estados Unidos y México desde los años ochenta y cuántas vidas ha costado; aprende qué significa en la vida diaria la zona fronteriza de 100 millas; practica cómo anotar con seguridad, sin nombres, una preocupación de derechos humanos; y elige un paso para dar en grupo. Es educación popular, no asesoría legal; información investigada hasta { -current-date }; confírmela antes de cada taller.

## Objetivos

objective-borders-not-exception = Explicar con sus propias palabras por qué las fronteras no son lugares donde se acaban los derechos humanos.
objective-leave-and-asylum = Nombrar dos derechos reconocidos en el derecho internacional: el derecho a salir de cualquier país, incluso del propio, y el derecho a buscar asilo en caso de persecución.
objective-non-refoulement = Describir el principio de no devolución: a una persona refugiada no se la puede devolver a un lugar donde su vida o su libertad estén amenazadas.
objective-due-process = Describir las protecciones básicas del debido proceso en Estados Unidos y por qué son más débiles para las personas interceptadas en la frontera o cerca de ella poco después de entrar.
objective-ohchr-guidelines = Reconocer los puntos principales de los { -ohchr-principles } (2014).
objective-deterrence-cost = Describir cómo se criminalizó y militarizó la frontera entre Estados Unidos y México desde los años noventa, y cuántas vidas ha costado.
objective-border-zone = Explicar qué significa en la vida diaria la zona fronteriza de 100 millas: puntos de revisión (retenes o garitas), patrullas móviles y registros.
objective-map-and-document = Dibujar en un mapa las preocupaciones de derechos humanos de su comunidad y anotar una de ellas con seguridad, sin nombres, para entregarla a un { -legal-aid-group } de confianza.

## Seguridad

safety-not-legal-advice = Este taller es educación popular, no asesoría legal. Dígalo al principio y repítalo cada vez que hable de las leyes de Estados Unidos. Pida a las personas que consulten su situación con un { -attorney } o con una { -doj-rep }. La información legal se investigó hasta { -current-date }. Las leyes y políticas de inmigración y de frontera de Estados Unidos cambiaron una y otra vez en 2025 y 2026, y varias de las reglas que se mencionan aquí se están impugnando en los tribunales.
safety-check-current-law = Antes de cada taller, pregunte a { -legal-aid-placeholder } qué ha cambiado desde { -current-date }, sobre todo en la expulsión expedita, en el acceso al asilo en la frontera sur y en lo que dice la tarjeta de bolsillo. Si algo cambió, dígaselo al grupo y corrija los materiales a mano. Enseñe primero los principios que no cambian y trate los detalles que cambian con frecuencia como «hay que confirmarlo con { -legal-aid }».
safety-no-names = No recoja nombres. Nada de hojas de registro con nombres, listas de asistencia ni listas de contactos. Las personas pueden escribir en su { -name-tag } su primer nombre o un nombre inventado, o no usar { -name-tag }. No anote nada que pueda identificar a una persona participante y no guarde notas sobre quién dijo qué.
safety-no-photos = Nada de fotos, videos ni grabaciones de audio de las personas. Tampoco fotos del mapa comunitario, de los papelógrafos ni de las notas de nadie, salvo que todo el grupo esté de acuerdo. Las imágenes que se comparten sin cuidado pueden hacer daño a quienes aparecen en ellas.
safety-opt-out = Cualquier persona puede pasar, quedarse callada o salir en cualquier momento, sin dar explicaciones. Dígalo al principio y repítalo antes de las actividades más pesadas (el mapa comunitario y la línea del tiempo). Nadie tiene que contar su propia historia ni su situación migratoria.
safety-confidentiality = No prometa confidencialidad: en un salón comunitario abierto nadie puede garantizarla. Diga en cambio: «{ -rule-confidentiality }»
safety-grounding = Enseñe al principio, en pocos minutos, la { -grounding-practice } y úsela cada vez que el ambiente se ponga pesado: los dos pies en el suelo, mirar alrededor y nombrar en silencio tres cosas que se ven, y luego respirar lento tres veces, todo el grupo a la vez. Recuerde a las personas que también pueden salir del salón. Cierre los momentos difíciles con algo compartido, como una canción o una respiración en grupo.
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
safety-disclosure = Si alguien cuenta algo grave (abuso, peligro, una detención, un cruce reciente, una pérdida): dele las gracias; no pida detalles ni haga preguntas; no lo anote; lleve al grupo con suavidad de vuelta a la actividad; ofrezca un momento en privado al terminar, con la { -co-facilitator } cerca; y canalice a la persona con los servicios de la { -referral-sheet }. Nunca prometa un resultado legal.
safety-referrals = Antes del taller, llene la { -referral-sheet } (el material con ese nombre) con contactos que usted haya verificado: { -legal-aid-placeholder }; { -accredited-rep-placeholder }; { -mental-health-placeholder }; { -crisis-line-placeholder }; { -family-search-placeholder }; { -emergency-placeholder }. Confirme que cada servicio siga abierto, atienda a las personas sin importar su situación migratoria y reciba a personas nuevas. Imprima una para cada participante, para que nadie tenga que pedirla ni copiar números de la pared delante de otras personas. Nunca invente un nombre ni un número de teléfono. Si no tiene un contacto, dígalo con honestidad y pida ayuda a { -org-placeholder } para encontrarlo.
safety-information-not-fear = Informe sin asustar. Dé datos claros y tranquilos, y cosas concretas que las personas pueden hacer. Cuando un tema dé miedo, diga qué se puede hacer al respecto y dónde conseguir ayuda.
# puente: same-as-source
safety-facilitator-care = { -rule-facilitator-care }

## Actividad: agreements

activity-agreements-title = Bienvenida y acuerdos
activity-agreements-purpose = Crear un espacio seguro y compartido: explicar qué es y qué no es este taller, y acordar en grupo cómo nos vamos a cuidar.
activity-agreements-prep-chart-agreements = En un papelógrafo, escriba algunos acuerdos para empezar: una voz a la vez; pedimos que lo que se dice aquí se quede aquí, y lo que se aprende aquí sale de aquí; cualquiera puede decir «paso» o salir del salón; no decir nombres de otras personas en nuestras historias; nada de fotos ni grabaciones; todas las preguntas son bienvenidas.
activity-agreements-prep-referral-sheet = Llene la { -referral-sheet } con los contactos reales de su zona (vea las notas de seguridad) e imprima una para cada participante, más algunas de reserva. Deje un montón donde las personas puedan tomar una sin tener que pedirla.
activity-agreements-prep-check-updates = Llame a { -legal-aid-placeholder } y pregunte qué ha cambiado en las reglas de frontera y de asilo desde { -current-date }. Anote los cambios para usted y, si hace falta, corrija los materiales a mano.
activity-agreements-step-welcome = Dé la bienvenida a las personas a medida que llegan. Preséntese usted y presente a la { -co-facilitator } y a { -org-placeholder } en una o dos frases, y diga que la { -co-facilitator } va a estar pendiente de la sala y del { -quiet-corner }. Indique dónde están los baños, el agua, el { -quiet-corner } y las salidas.
activity-agreements-step-name-tags = Ofrezca a cada persona un { -name-tag } en blanco y diga: «Por favor, escriban su primer nombre o el nombre que quieran usar hoy. No tiene que ser su nombre real, y pueden no usar { -name-tag }». Explique que no hay hoja de registro y que nadie va a guardar una lista de quién vino. Entregue a cada persona una { -referral-sheet }.
activity-agreements-step-not-legal-advice = Explique qué es la sesión de hoy: «Esto es educación popular. Aprendemos de lo que cada quien sabe y de las normas de derechos humanos. No es asesoría legal. Para su situación personal, hablen con un abogado o una abogada de inmigración, o con una { -doj-rep }. La información legal que compartimos se investigó hasta { -current-date }. Las reglas han estado cambiando, así que siempre hay que confirmar».
activity-agreements-step-propose = Lea en voz alta los acuerdos iniciales, uno por uno. Cuando lea el de lo que se dice aquí, sea honesta u honesto: «{ -rule-confidentiality }» Después de cada acuerdo, pregunte: «¿Todo el grupo puede aceptar esto?» y espere a que el grupo asienta.
activity-agreements-step-add = Pregunte: «¿Qué más necesitan de este grupo para sentirse a salvo y participar?». Agregue cada acuerdo nuevo al papelógrafo con las palabras del grupo.
activity-agreements-step-grounding = Enseñe la { -grounding-practice }: «Si hoy las cosas se ponen pesadas, podemos hacer una pausa en grupo. Los dos pies en el suelo. Miren alrededor y nombren en silencio tres cosas que ven. Luego, tres respiraciones lentas». Practíquela ahora una vez con todo el grupo.
activity-agreements-step-confirm = Pida a todas las personas que muestren su acuerdo con el pulgar arriba o asintiendo con la cabeza. Ponga el papelógrafo donde todo el grupo lo vea durante todo el día y diga que cualquiera puede señalarlo si no se está cumpliendo un acuerdo.
activity-agreements-debrief-anything-missing = ¿Falta algo en nuestros acuerdos?
activity-agreements-debrief-what-needed = ¿Qué necesitan hoy para poder participar plenamente?
activity-agreements-note-no-records = No anote el nombre, el teléfono ni la situación migratoria de ninguna persona participante, ni siquiera en sus propias notas. Si alguien le ofrece sus datos de contacto, agradézcaselo y, en lugar de anotarlos, muéstrele la { -referral-sheet }.
activity-agreements-note-first-time = Algunas personas quizá estén por primera vez en un grupo así y se sientan vigiladas. Explique con calma por qué no hay hoja de registro; saberlo suele generar confianza.
activity-agreements-adapt-low-literacy = Lea en voz alta cada acuerdo y dibuje al lado algo sencillo, por ejemplo una boca cerrada para «una voz a la vez» o una puerta abierta para «se puede salir».
activity-agreements-adapt-online = Use una plataforma de confianza para su organización, con la grabación apagada. Diga a las personas que pueden cambiar su nombre en pantalla por su primer nombre o cualquier otro, y dejar la cámara apagada. Pegue los acuerdos en el chat y pida una reacción para confirmarlos.

## Actividad: border-in-our-lives

activity-border-in-our-lives-title = La frontera en nuestra vida
activity-border-in-our-lives-purpose = Partir de lo que las personas participantes ya saben: cómo se hacen presentes la frontera y el control fronterizo en la vida diaria de esta comunidad.
activity-border-in-our-lives-prep-chart-question = Escriba esta pregunta con letras grandes en un papelógrafo: «¿Dónde ven o sienten la frontera en la vida diaria aquí?».
activity-border-in-our-lives-step-frame = Explique: «Empezamos por lo que ustedes ya saben. Ustedes son quienes más saben de su propia comunidad». Lea en voz alta la pregunta del papelógrafo.
activity-border-in-our-lives-step-choose-what-to-share = Diga con claridad: «Ustedes deciden qué compartir. Hablen de la comunidad y de los lugares, no de sus papeles ni de su propio cruce, a menos que quieran hacerlo. Siempre pueden pasar».
activity-border-in-our-lives-step-pair-talk = Pida que cada persona se voltee hacia quien tiene al lado y que conversen por turnos, unos tres minutos cada una. Dé algunos ejemplos para empezar: un punto de revisión en el camino al trabajo, una excursión de la escuela que no puede ir a algún lugar, los helicópteros que pasan, la noticia de alguien que desapareció.
activity-border-in-our-lives-step-one-word = Pida a cada persona que escriba de una a tres palabras, o que haga un dibujito, en una nota adhesiva por cada idea que salió. Una idea por nota, y sin nombres.
activity-border-in-our-lives-step-post = Invite a las personas a pegar sus notas en el papelógrafo. Quien prefiera puede darle sus notas a usted para que las pegue.
activity-border-in-our-lives-step-read-back = Lea en voz alta algunas notas. Mientras lee, junte las que se parecen, sin decir quién las escribió.
activity-border-in-our-lives-debrief-what-surprised = ¿Qué les sorprendió de lo que les contó la otra persona?
activity-border-in-our-lives-debrief-common-ground = ¿Qué cosas compartimos muchas de las personas que estamos aquí?
activity-border-in-our-lives-debrief-who-carries = ¿Quiénes en nuestra comunidad sienten más la frontera? ¿Quiénes la sienten menos? (Piensen, por ejemplo, en las mujeres, en las vecinas y los vecinos negros e indígenas, en las personas LGBTQ+, en niñas, niños y personas mayores).
activity-border-in-our-lives-note-not-journey = Esta no es una actividad para contar historias de migración. Si alguien empieza a contar una historia personal dolorosa, escuche, agradézcaselo y recuerde con suavidad al grupo que cada persona decide qué compartir.
activity-border-in-our-lives-note-listen-for-themes = Preste atención a los temas que podrá usar más adelante: puntos de revisión, paradas, miedo a manejar, personas desaparecidas, ayuda de iglesias o del vecindario. Deje las notas en la pared; el mapa comunitario parte de ellas.
activity-border-in-our-lives-adapt-low-literacy = No pida escribir. Cada pareja dice en voz alta una palabra o una frase, y usted la escribe o la dibuja en el papelógrafo.
activity-border-in-our-lives-adapt-large-group = En lugar de leer todas las notas, pida a tres o cuatro parejas que compartan una cosa cada una, y agrupe usted las notas durante el receso.
activity-border-in-our-lives-adapt-online = Use salas pequeñas de dos personas durante seis minutos. Después, pida que cada persona escriba de una a tres palabras en el chat o que las diga en voz alta.

## Actividad: community-map

activity-community-map-title = El mapa de nuestra comunidad
activity-community-map-purpose = Dibujar en grupo nuestra comunidad para ver dónde encuentran ayuda las personas, dónde ocurren problemas de derechos humanos y qué ha cambiado con el tiempo, y así descubrir patrones y sus causas de fondo.
activity-community-map-prep-map-key = Prepare una clave del mapa para cada grupo, impresa o dibujada: un punto verde es un tipo de ayuda (una clínica, un albergue, una iglesia, una escuela, una oficina de { -legal-aid }); un punto rojo es un lugar de preocupación (por ejemplo, un punto de revisión o un lugar donde han detenido o maltratado a personas); un punto azul es un servicio que falta o que no llega por igual (no hay agua limpia, no hay camión, una clínica o un albergue que pide identificación, calles que se inundan, avisos solo en inglés); una flecha o una estrella es algo que cambió con el tiempo (un punto de revisión nuevo, un camino cerrado, un servicio que se fue).
activity-community-map-prep-safe-mapping-rules = Escriba en un papelógrafo las reglas para un mapa seguro: dibujar una zona pública que compartimos, no el lugar donde vive cada quien; marcar solo lugares públicos; nunca marcar la casa ni el trabajo de nadie, ni las rutas que usan las personas para cruzar o para evitar los puntos de revisión; marcar la ayuda como tipo de servicio («una clínica»), no con la dirección exacta, y no marcar lugares que ayudan con discreción a personas sin papeles, salvo que ya sean públicos; no poner nombres de personas; el mapa es del grupo.
activity-community-map-prep-wall-space = Deje libre suficiente espacio en la pared o en las mesas para mostrar los mapas de todos los grupos uno al lado del otro, como en una galería.
activity-community-map-step-explain-map = Forme grupos de cuatro a seis personas numerando en voz alta alrededor del círculo. No forme los grupos por barrio o pueblo: elegir grupo según dónde vive le dice a toda la sala dónde vive cada quien. Dé a todos los grupos la misma zona pública para dibujar, por ejemplo el centro y las calles principales. Explique: «Vamos a dibujar esta zona tal como la conocemos: calles, lugares conocidos, los sitios que nos importan. No tiene que estar a escala ni quedar bonito».
activity-community-map-step-safety-rules = Lea en voz alta las reglas para un mapa seguro. Diga: «Un mapa puede terminar en otras manos. Dibujen solo lo que sería seguro que cualquiera viera».
activity-community-map-step-draw-places = Dé a los grupos ocho minutos para dibujar las calles principales y los lugares conocidos, las escuelas, las tiendas, las iglesias, la frontera o el puerto de entrada si está cerca, y los puntos de revisión que conozcan.
activity-community-map-step-mark-help = Pida a los grupos que pongan puntos verdes en los tipos de lugares donde las personas encuentran ayuda y apoyo, sin direcciones exactas.
activity-community-map-step-mark-worry = Pida a los grupos que pongan puntos rojos en los lugares donde ocurren problemas de derechos humanos. Junto a cada punto rojo pueden pegar una nota con unas pocas palabras sobre el tipo de problema (por ejemplo «paradas largas», «trato brusco», «la gente tiene miedo de ir a la clínica»), pero nunca sobre quién estuvo involucrado.
activity-community-map-step-mark-gaps = Pida a los grupos que pongan puntos azules donde falta un servicio o no llega por igual: no hay agua limpia, no hay camión, una clínica o un albergue pide identificación, las calles se inundan, hace un calor extremo, los avisos de emergencia llegan solo en inglés.
activity-community-map-step-mark-change = Pida a los grupos que marquen con una flecha o una estrella, y una o dos palabras, lo que ha cambiado con los años: qué es nuevo y qué ya no está.
activity-community-map-step-gallery = Pegue los mapas uno al lado del otro. Invite a todas las personas a recorrerlos durante cinco minutos y a mirar los mapas de los otros grupos.
activity-community-map-step-patterns = Reúna otra vez al grupo completo y haga las preguntas de reflexión. Escriba los patrones que el grupo nombre en un papelógrafo titulado «Lo que vemos» y déjelo a la vista el resto del taller.
activity-community-map-debrief-where-worry = ¿Dónde se juntan los puntos rojos? ¿Qué tienen en común esos lugares?
activity-community-map-debrief-where-help = ¿Dónde está la ayuda y quién puede llegar a ella? ¿Quién no puede llegar y por qué? ¿Dónde están los puntos azules y quiénes viven con ellos?
activity-community-map-debrief-what-changed = ¿Qué ha cambiado con los años y por qué creen que cambió?
activity-community-map-debrief-who-documents = ¿Quién anota o denuncia ya estos problemas en nuestra zona? ¿Quién más podría hacerlo?
activity-community-map-note-no-homes-no-routes = Observe los mapas mientras los grupos dibujan. Si alguien marca una casa, el nombre de una persona o una ruta de cruce, pida en voz baja al grupo que lo borre o lo tape con una nota adhesiva, y explique que así se protege a las personas.
activity-community-map-note-map-belongs = El mapa es del grupo. No le tome fotos ni se lo lleve, salvo que todo el grupo esté de acuerdo. Al final del taller, el grupo decide qué hacer con él: dejarlo con una organización de confianza, llevárselo a casa o romperlo.
activity-community-map-note-bnhr-model = Si alguien pregunta si sirve de algo hacer mapas y documentar, comparta un ejemplo real. Desde hace unos veinte años, la Border Network for Human Rights de El Paso capacita a personas de la comunidad para recoger denuncias de abusos con un formulario estándar. Sus informes se usan en la educación sobre derechos, en reuniones con las agencias del gobierno y en recomendaciones de políticas; su informe de 2023 contó 52 casos.
activity-community-map-adapt-low-literacy = Use solo símbolos y dibujos: puntos, flechas y dibujos pequeños. Si el grupo quiere, alguien a quien se le facilite escribir puede agregar unas palabras.
activity-community-map-adapt-large-group = Forme más grupos de cinco o seis personas y pida a cada grupo que dibuje una parte distinta de la zona. Durante el recorrido, una persona se queda junto a cada mapa para explicarlo.
activity-community-map-adapt-short-time = Entregue a cada grupo un contorno sencillo de la zona, dibujado de antemano, para que pasen directo a los puntos. Omita el paso de los cambios con el tiempo.
activity-community-map-adapt-online = No use una pizarra compartida en línea: guarda copias y un historial de versiones aunque usted la borre. En su lugar, armen el mapa conversando («¿Qué hay en la calle principal? ¿Dónde consigue ayuda la gente?») mientras usted lo dibuja en papel de su lado, o pida que cada persona dibuje en papel en su casa y describa su dibujo. Nada de capturas de pantalla.

## Actividad: rights-without-exception

activity-rights-without-exception-title = Los derechos no se acaban en la frontera
activity-rights-without-exception-purpose = Aportar información nueva: qué dice el derecho internacional de los derechos humanos sobre las fronteras, el derecho a salir, el derecho a buscar asilo y la no devolución, y qué piden a los gobiernos los { -ohchr-principles }.
activity-rights-without-exception-prep-signs = Haga dos carteles grandes, «De acuerdo» y «En desacuerdo», y péguelos en los extremos opuestos de un espacio libre. Ponga algunas sillas a lo largo de la línea.
activity-rights-without-exception-prep-guidelines-poster = Haga un cartel con las diez directrices de los { -ohchr-principles }, numeradas, una línea corta para cada una, con palabras sencillas. Puede copiar la lista de la lectura.
activity-rights-without-exception-prep-read-reading = Lea con anticipación la lectura para participantes, sobre todo las partes sobre salir del país, el asilo y la no devolución, para poder explicarlas con sus propias palabras.
activity-rights-without-exception-step-explain-line = Explique: «Voy a leer una frase. Párense en algún punto de esta línea, entre De acuerdo y En desacuerdo. No hay lugar equivocado, y pueden moverse después de escuchar a otras personas». Diga que cualquiera puede participar desde su silla, levantando la mano o señalando.
activity-rights-without-exception-step-statement-borders = Lea: «En la frontera no valen los derechos humanos». Pregunte a dos o tres personas paradas en distintos lugares por qué están ahí. Luego explique: «La { -ohchr } dice que las fronteras no son zonas de excepción para los derechos humanos. Los gobiernos pueden controlar sus fronteras, pero deben respetar los derechos humanos de todas las personas que están allí, sin importar qué agencia esté a cargo ni dónde se haga el control».
activity-rights-without-exception-step-statement-leave = Lea: «Toda persona tiene derecho a salir de cualquier país, incluso del suyo». Después de algunas voces, explique: «Sí. Lo dice la { -udhr } (1948, artículo 13), y también un tratado, el Pacto Internacional de Derechos Civiles y Políticos (artículo 12), que Estados Unidos ratificó en 1992».
activity-rights-without-exception-step-statement-enter = Lea: «Toda persona tiene derecho a entrar al país que quiera». Después de algunas voces, explique: «El derecho internacional no da un derecho general a entrar a otro país. Pero sí dice que toda persona tiene derecho a buscar asilo en otros países en caso de persecución (Declaración Universal, artículo 14). Y la { -refugee-convention } (artículo 31) dice que no se debe castigar a las personas refugiadas por entrar sin permiso si vienen directamente de un lugar de peligro, se presentan sin demora ante las autoridades y tienen una razón justificada».
activity-rights-without-exception-step-statement-return = Lea: «Un gobierno puede devolver a una persona refugiada a un país donde su vida o su libertad corren peligro». Después de algunas voces, explique la no devolución: «No. El artículo 33 de la { -refugee-convention } prohíbe devolver de cualquier manera a una persona refugiada a un lugar donde su vida o su libertad estarían amenazadas por su raza, religión, nacionalidad, pertenencia a un determinado grupo social u opiniones políticas. Los países no pueden excluirse de este artículo, y protege a las personas refugiadas estén o no en el país de forma regular. La Agencia de la ONU para los Refugiados (ACNUR) considera que forma parte del derecho internacional consuetudinario, que, en su opinión, obliga a todos los países».
activity-rights-without-exception-step-ohchr-intro = Señale el cartel y explique: «En 2014, la { -ohchr } publicó los { -ohchr-principles }. Son una guía para los gobiernos, no un tratado, y la Asamblea General de la ONU ha tomado nota de ellos. Ponen los derechos humanos en el centro del control fronterizo, dicen que toda persona en una frontera debe estar protegida contra la discriminación, sea cual sea su situación migratoria, y piden a los gobiernos que protejan a las personas de cualquier daño. Dicen que el interés superior de niñas y niños debe ser una consideración primordial y que a nadie se le debe llamar “ilegal”». Luego lea en voz alta las diez directrices.
activity-rights-without-exception-step-guidelines-dots = Dé a cada persona dos puntos adhesivos y pregunte: «Pensando en nuestro mapa comunitario, ¿cuáles son las dos directrices que más se necesitan aquí?». Invite a todas las personas a pegar sus puntos junto a esas directrices en el cartel.
activity-rights-without-exception-step-hand-reading = Reparta la lectura. Explique que repite lo que acabamos de conversar, así que nadie necesita tomar apuntes, y que pueden llevársela a casa.
activity-rights-without-exception-debrief-which-surprised = ¿Qué frase les sorprendió más y por qué?
activity-rights-without-exception-debrief-which-guideline = ¿Qué directrices recibieron más puntos? ¿Qué nos dice eso de nuestra comunidad?
activity-rights-without-exception-debrief-map-link = ¿Qué puntos rojos de nuestro mapa tienen que ver con los derechos de los que acabamos de hablar?
activity-rights-without-exception-note-not-treaty = Hable con honestidad sobre los límites: los Principios y Directrices son una guía, no un tratado obligatorio. Su fuerza está en que muestran cómo se aplican en las fronteras las obligaciones de derechos humanos que los gobiernos ya tienen.
activity-rights-without-exception-note-no-right-to-enter = A veces las personas se desaniman al saber que no existe un derecho general a entrar a otro país. Sostenga las dos verdades: no hay un derecho general a entrar, pero sí hay un derecho a buscar asilo, no se debe castigar a las personas refugiadas por la forma en que entraron, y a una persona refugiada nunca se la debe devolver al peligro.
activity-rights-without-exception-note-us-and-protocol = Si alguien pregunta si esto se aplica a Estados Unidos: Estados Unidos nunca ratificó la Convención de 1951 como tal, pero sí es parte del Protocolo de 1967, que aplica los puntos principales de la Convención, incluido el artículo 33. La Ley de Refugiados de 1980 incorporó la definición de persona refugiada a la ley de Estados Unidos. Sea honesta u honesto sobre un desacuerdo: en 2007 el gobierno de Estados Unidos rechazó formalmente la opinión de ACNUR de que la no devolución se aplica también fuera del territorio de un país, y en 1993 la Corte Suprema de Estados Unidos decidió que el artículo 33 no impide devolver a personas interceptadas en alta mar. ACNUR opina distinto.
activity-rights-without-exception-note-mobility = No todas las personas pueden pararse o moverse con facilidad. Deje sillas a lo largo de la línea y permita que las personas muestren su lugar señalando o levantando dedos (uno para «en desacuerdo», cinco para «de acuerdo»).
activity-rights-without-exception-adapt-low-literacy = Toda esta actividad es hablada. Lea el cartel en voz alta y dibuje algo sencillo junto a cada directriz.
activity-rights-without-exception-adapt-large-group = En lugar de moverse, las personas levantan la mano o una tarjeta verde o roja. Pida solo dos voces por frase.
activity-rights-without-exception-adapt-short-time = Use solo la primera y la última frase, presente los Principios y Directrices en dos minutos y omita los puntos adhesivos.
activity-rights-without-exception-adapt-online = Use una encuesta o las reacciones de pulgar arriba y pulgar abajo, e invite a dos o tres personas a activar el micrófono y explicar. Comparta el cartel en pantalla y pida que escriban en el chat los números de sus dos directrices.

## Actividad: break

activity-break-title = Receso
activity-break-purpose = Descansar, moverse, tomar agua y hacer una pausa antes de la parte más pesada del taller.
activity-break-prep-set-out-snacks = Ponga agua y algo sencillo de comer. Si puede, prepare un { -quiet-corner } con una silla, un poco apartado del grupo.
activity-break-step-announce = Anuncie un receso de diez minutos y la hora exacta de regreso.
activity-break-step-quiet-corner = Muestre el { -quiet-corner } para quien quiera un momento a solas.
activity-break-step-call-back = Deje que las personas descansen. Dos minutos antes de terminar, avise con amabilidad y luego invite a todas las personas a volver al círculo.
activity-break-step-check-in = Antes de seguir, diga: «La próxima parte habla de muertes en la frontera. Puede ser pesada. Pueden salir en cualquier momento, y al final vamos a tomarnos un momento en grupo».
activity-break-debrief-how-are-you = Con una palabra o un gesto: ¿cómo llegan de regreso?
activity-break-note-watch-for-distress = Aproveche el receso para acercarse con discreción a cualquier persona que haya parecido afectada. Pregunte si necesita algo; no pregunte qué le pasa.
activity-break-adapt-short-time = Mantenga el receso, aunque sea de cinco minutos. Recorte tiempo de otra actividad.
activity-break-adapt-online = Pida a las personas que se alejen de la pantalla, se estiren y tomen agua. Deje en pantalla música tranquila o un temporizador.

## Actividad: deterrence-timeline

activity-deterrence-timeline-title = De los años ochenta a hoy: la disuasión y su costo humano
activity-deterrence-timeline-purpose = Aportar información nueva sobre cómo se criminalizó y militarizó la frontera entre Estados Unidos y México desde los años ochenta y cuántas vidas ha costado, y preguntarnos quién gana y quién paga.
activity-deterrence-timeline-prep-make-cards =
    Escriba o imprima una tarjeta para cada hecho de abajo, con letras grandes (una tarjeta por párrafo, catorce tarjetas).

    6 de noviembre de 1986: se firma la Ley de Reforma y Control de la Inmigración (IRCA). Castiga a los empleadores que contratan a trabajadoras y trabajadores sin papeles, aumenta el control migratorio y abre un camino para que unos 2.7 millones de personas obtengan la residencia permanente.

    Septiembre de 1993: comienza en El Paso la Operación Hold the Line («mantener la línea»), llamada al principio Operación Blockade («bloqueo»).

    1994: el Plan Estratégico de la Patrulla Fronteriza «1994 and Beyond» («1994 y más allá») convierte la «prevención mediante la disuasión» (Prevention Through Deterrence) en estrategia nacional.

    1 de octubre de 1994: comienza en San Diego la Operación Gatekeeper («guardián»). Más tarde le sigue la Operación Safeguard en Arizona.

    De 1995 a 2005: las muertes de personas que cruzan la frontera se duplican con creces, sin que los cruces aumenten en la misma medida. Más de tres cuartas partes del aumento ocurren en el desierto de Arizona (Oficina de Rendición de Cuentas del Gobierno de EE. UU., GAO, 2006).

    1998: la Patrulla Fronteriza inicia su Iniciativa de Seguridad Fronteriza (Border Safety Initiative).

    2005: la Operación Streamline empieza a procesar penalmente, en masa y por la vía rápida, a las personas que cruzan, antes de sus casos de deportación.

    Año fiscal 2009: los procesos penales por inmigración llegan a unos 92,000 en un año.

    2014: la { -ohchr } publica los { -ohchr-principles }.

    2017: la Patrulla Fronteriza crea su Programa de Migrantes Desaparecidos (Missing Migrant Program).

    Año fiscal 2019: los procesos penales por entrada y reingreso sin autorización llegan a su máximo histórico, unos 106,000 en un año.

    2022: la GAO concluye que la Oficina de Aduanas y Protección Fronteriza (CBP) no había recogido ni informado de forma completa los datos sobre muertes de personas migrantes. En partes de Arizona, los conteos de la Patrulla Fronteriza eran más o menos la mitad de los conteos independientes.

    Año fiscal 2022: la Patrulla Fronteriza informa un récord de unas 900 muertes de personas migrantes y unos 22,000 rescates.

    2022: la Organización Internacional para las Migraciones (OIM) registra al menos 686 muertes y desapariciones en la frontera entre Estados Unidos y México, la ruta migratoria terrestre más mortífera del mundo según sus registros.
activity-deterrence-timeline-prep-tape-line = Marque con cinta una línea larga en el piso o en la pared, con «1985» en un extremo y «Hoy» en el otro.
activity-deterrence-timeline-step-introduce = Explique: «Vamos a armar una línea del tiempo de la frontera entre Estados Unidos y México desde los años ochenta. Desde 1994, el nombre oficial de la estrategia fue “prevención mediante la disuasión”. Veamos qué pasó». Recuerde que esta parte es pesada y que cualquiera puede salir en cualquier momento.
activity-deterrence-timeline-step-hand-out-cards = Reparta las tarjetas entre personas voluntarias, una o dos a cada una. Quien prefiera no leer en voz alta puede pasar su tarjeta a otra persona o devolvérsela a usted.
activity-deterrence-timeline-step-place-cards = En orden de fechas, cada persona voluntaria lee su tarjeta en voz alta y la pega en la línea. Después de la tarjeta de 2005, explique: «Entrar a Estados Unidos por fuera de un puerto de entrada es un delito federal menor, y volver a entrar después de una deportación es un delito grave. La Operación Streamline llevó a muchas más personas a los tribunales penales antes de deportarlas».
activity-deterrence-timeline-step-walk-the-line = Invite a todas las personas a recorrer la línea, o a leerla desde su silla, en silencio durante dos minutos.
activity-deterrence-timeline-step-who-benefits = Haga las preguntas de reflexión. Escriba las respuestas del grupo en un papelógrafo titulado «¿Quién gana? ¿Quién paga?».
activity-deterrence-timeline-step-moment-of-silence = Cierre con un momento de silencio por las personas que han muerto o desaparecido en las fronteras. Después haga con el grupo la { -grounding-practice }: los pies en el suelo, tres cosas que se ven, tres respiraciones lentas.
activity-deterrence-timeline-debrief-what-pattern = ¿Qué relación ven entre la estrategia de los años noventa y el número de muertes?
activity-deterrence-timeline-debrief-who-pays = ¿Quién gana con esta forma de controlar la frontera y quién paga el precio? Hay quienes lo llaman la criminalización y la militarización de la frontera. ¿Qué significan para ustedes esas palabras aquí?
activity-deterrence-timeline-debrief-numbers-minimum = ¿Por qué el número real de muertes podría ser más alto que los números de las tarjetas?
activity-deterrence-timeline-note-heavy-content = Algunas personas participantes quizá hayan perdido a alguien en la frontera. Observe los rostros, vaya más despacio y recuerde que se puede salir; la { -co-facilitator } se queda cerca del { -quiet-corner }. Nunca pida a nadie que hable de una pérdida. Si alguien la comparte, agradézcaselo y ofrézcale un momento en privado al terminar. La { -referral-sheet } tiene una línea para las familias que buscan a una persona migrante desaparecida: señálela con discreción, para todo el grupo, no para una sola persona.
activity-deterrence-timeline-note-no-quote = No diga que el plan de 1994 buscaba abiertamente empujar a las personas hacia el desierto: circula una cita en ese sentido, pero no se ha comprobado en el texto del plan. Quédese con lo que está documentado: la estrategia y el aumento de muertes que vino después, sobre todo en el desierto de Arizona.
activity-deterrence-timeline-note-numbers-differ = Las cifras cambian según la fuente. Las cifras de la OIM son un mínimo: el número real puede ser mayor, porque faltan datos oficiales de algunos lugares, como algunos médicos forenses de condados de Texas y los equipos mexicanos de búsqueda y rescate. Otros informes dan totales un poco distintos para el conteo de 2022 de la Patrulla Fronteriza. Diga «al menos» o «alrededor de» cuando dé una cifra.
activity-deterrence-timeline-note-criminal-vs-civil = Si se lo preguntan, explique la diferencia: un caso de deportación es civil y se ve en un tribunal de inmigración; un proceso por entrada sin autorización es penal, se ve en un tribunal federal, y una primera entrada puede significar hasta seis meses de cárcel (hasta dos años si se repite). La { -refugee-convention } (artículo 31) dice que no se debe sancionar a las personas refugiadas por entrar de forma irregular si vienen directamente de un lugar de peligro, se presentan sin demora ante las autoridades y tienen una causa justificada. Hable de personas «en situación irregular», nunca «ilegales».
activity-deterrence-timeline-note-optional = Esta actividad se puede omitir si el día se atrasa. Si la omite, diga en dos frases que las muertes en la frontera se duplicaron con creces entre 1995 y 2005, después de que empezó la estrategia de disuasión, y que el conteo de la Patrulla Fronteriza del año fiscal 2022 fue un récord; remita a la lectura; y mantenga un momento de silencio.
activity-deterrence-timeline-adapt-low-literacy = Usted o las personas voluntarias a quienes les guste leer pueden leer todas las tarjetas en voz alta. Agregue a cada tarjeta un dibujo sencillo, como un sol para el desierto o un juzgado para los procesos penales.
activity-deterrence-timeline-adapt-large-group = Entregue las tarjetas a parejas en lugar de a personas solas, y deje que las personas se queden en su lugar mientras usted pega las tarjetas.
activity-deterrence-timeline-adapt-short-time = Use solo seis tarjetas: la estrategia de 1994, la Operación Gatekeeper, las muertes de 1995 a 2005, la Operación Streamline, el conteo de 2022 de la Patrulla Fronteriza y el conteo de 2022 de la OIM.
activity-deterrence-timeline-adapt-online = Comparta una diapositiva con una línea del tiempo vacía y muestre las tarjetas una por una mientras las personas voluntarias las leen. Durante el momento de silencio, la cámara es opcional.

## Actividad: border-zone-due-process

activity-border-zone-due-process-title = La zona fronteriza de 100 millas y el debido proceso
activity-border-zone-due-process-purpose = Aportar información nueva, a partir de situaciones cotidianas, sobre lo que significa en la vida diaria la zona fronteriza de 100 millas y lo que significa el debido proceso para las personas interceptadas cerca de la frontera.
activity-border-zone-due-process-prep-make-scenarios =
    Escriba o imprima cuatro tarjetas de situaciones, una por grupo (repítalas si hay más grupos).

    Punto de revisión: usted maneja hacia el trabajo por una carretera a 60 millas de la frontera. En un punto de revisión fijo, un agente le pregunta adónde va y si es ciudadano o ciudadana de Estados Unidos, y luego le pide mirar en la cajuela.

    Patrulla móvil: tres personas que trabajan en el campo manejan de regreso a casa por un camino rural. Un vehículo de la Patrulla Fronteriza les hace parar. La persona que maneja pregunta por qué. El agente responde: «Ustedes parecen de México».

    Terreno privado: una familia vive en un rancho a 10 millas de la frontera. Unos agentes entran en vehículo al terreno, caminan hasta la casa y piden entrar.

    En la frontera: una mujer llega a la frontera y le dice a un oficial que tiene miedo de volver a su país.
activity-border-zone-due-process-prep-learn-answers = Estudie lo que va a agregar después de que informe cada grupo (en los pasos de abajo y en la lectura), para poder explicarlo con calma y con sus propias palabras.
activity-border-zone-due-process-step-zone-intro = Explique: «La ley de Estados Unidos permite que agentes de inmigración detengan y registren vehículos sin orden judicial dentro de una “distancia razonable” de la frontera. Un reglamento fija esa distancia en 100 millas aéreas desde cualquier frontera terrestre o marítima, incluidas las costas. La Unión Americana de Libertades Civiles (ACLU) calcula que unas dos terceras partes de la población de Estados Unidos, unos 200 millones de personas, viven en esta zona. A menos de 25 millas de la frontera, los agentes también pueden entrar sin orden judicial a terrenos privados, pero no a las casas. Los tribunales han puesto límites a estos poderes. Veamos algunas situaciones».
activity-border-zone-due-process-step-groups-read = Forme cuatro grupos y dé a cada uno una tarjeta de situación. Pida que cada grupo la lea en voz alta.
activity-border-zone-due-process-step-groups-discuss = Dé a los grupos cinco minutos para conversar: ¿Qué puede hacer aquí el agente? ¿Qué derechos tiene la persona? ¿Qué podría hacer la persona, con calma y con seguridad? ¿Qué valdría la pena anotar después?
activity-border-zone-due-process-step-report-checkpoint = Pida al grupo del punto de revisión que comparta. Luego agregue: «En los puntos de revisión fijos dentro del país, los agentes pueden parar los carros y hacer unas pocas preguntas breves, por ejemplo sobre la ciudadanía, sin sospechar nada en particular, y pueden mandar un carro a una segunda revisión. Pero para registrar el interior del carro necesitan su consentimiento, una orden judicial o una causa probable. Ustedes pueden guardar silencio, pero el silencio suele traer más preguntas o una segunda revisión. Nunca le mientan a un agente: guardar silencio está permitido; mentir, no. Y si una persona no es ciudadana, tiene 18 años o más y recibió una tarjeta de registro, como la tarjeta de residente (green card), la ley le exige llevarla consigo».
activity-border-zone-due-process-step-report-patrol = Pida al grupo de la patrulla móvil que comparta. Luego agregue: «Una patrulla móvil necesita una sospecha razonable, es decir, hechos concretos y no solo una corazonada, para hacer parar un carro. En 1975 la Corte Suprema dijo que parecer de origen mexicano no basta por sí solo. Después de una parada así, se puede anotar lo que pasó y entregarlo a un { -legal-aid-group }».
activity-border-zone-due-process-step-report-land = Pida al grupo del terreno privado que comparta. Luego agregue: «A menos de 25 millas de la frontera, los agentes pueden entrar sin orden judicial a terrenos privados, pero ese poder no incluye las casas. Qué hacer cuando los agentes llegan a la puerta de una casa es una buena pregunta para hacerle con tiempo a un { -legal-aid-group }. Las tarjetas de “conozca sus derechos” del Immigrant Legal Resource Center (ILRC) dicen que para entrar a una casa se necesita una orden firmada por un juez o una jueza, y aconsejan no firmar nada sin hablar con un abogado o una abogada».
activity-border-zone-due-process-step-report-asylum = Pida al grupo de la situación en la frontera que comparta. Luego agregue: «La ley de Estados Unidos dice que cualquier persona que esté en Estados Unidos o que llegue al país puede pedir asilo, sea cual sea su situación migratoria. En la deportación rápida, llamada expulsión expedita (expedited removal), a una persona la pueden expulsar sin audiencia en la corte de inmigración; pero si dice que tiene miedo de volver o que quiere asilo, deben mandarla a una entrevista de “miedo creíble”. En enero de 2025, una proclamación presidencial suspendió el acceso al asilo en la frontera sur. Un tribunal federal la declaró contraria a la ley en julio de 2025, pero el gobierno apeló y, según el Center for Gender & Refugee Studies, el cierre del asilo siguió vigente durante la apelación. El tribunal sí anuló los límites que la proclamación ponía a otras dos protecciones contra la devolución al peligro: la suspensión de la expulsión (withholding of removal) y la protección de la Convención contra la Tortura. Es una razón más para decir con claridad, con sus propias palabras, si se tiene miedo de volver. Esto puede haber cambiado: pregunten a { -legal-aid } qué está vigente hoy».
activity-border-zone-due-process-step-due-process-summary = Resuma: «Debido proceso quiere decir procedimientos justos antes de que el gobierno detenga o deporte a una persona. La Corte Suprema ha dicho que el debido proceso protege a toda persona que está en Estados Unidos, sea su presencia regular o irregular, temporal o permanente. Pero las personas interceptadas en la frontera o cerca de ella poco después de entrar tienen menos protecciones: en 2020 la Corte dijo que un hombre detenido a unas 25 yardas dentro de la frontera, en expulsión expedita, solo tenía los procedimientos que le daba la ley del Congreso. En enero de 2025 el gobierno extendió la expulsión expedita a todo el país para las personas que no puedan demostrar dos años en Estados Unidos; antes se aplicaba a menos de 100 millas de la frontera y dentro de los 14 días después de entrar. Un tribunal federal suspendió esa ampliación en agosto de 2025. Pregunten a { -legal-aid } cómo está ahora». Después reparta la tarjeta de bolsillo y léala en voz alta con el grupo.
activity-border-zone-due-process-debrief-what-new = ¿Qué fue nuevo para ustedes en estas situaciones?
activity-border-zone-due-process-debrief-what-still-unclear = ¿Qué sigue sin quedar claro? (Anote estas preguntas para llevarlas a un { -legal-aid-group }).
activity-border-zone-due-process-debrief-where-ask = ¿En qué lugares de nuestra comunidad pueden las personas preguntar sobre su propia situación?
activity-border-zone-due-process-note-not-advice-here = Si alguien pregunta por su propio caso, no lo responda. Diga: «Es una pregunta importante para un abogado o una abogada de inmigración, o para una persona representante acreditada», y muestre la { -referral-sheet }.
activity-border-zone-due-process-note-litigation = Las reglas sobre la expulsión expedita y sobre el asilo en la frontera sur están en los tribunales desde 2025. Confirme cómo están antes de cada taller (vea las notas de seguridad). Si algo cambió, dígalo y corrija los materiales a mano.
activity-border-zone-due-process-note-silence-cost = Diga con honestidad que ejercer un derecho puede tener un costo. En un punto de revisión, guardar silencio puede alargar la parada. En un puerto de entrada, los oficiales pueden hacer preguntas y revisar equipaje y vehículos sin orden judicial, y a una persona que no es ciudadana y guarda silencio le pueden negar la entrada o retenerla para más revisión. Ofrezca opciones, no órdenes.
activity-border-zone-due-process-note-no-personal-cases = Mantenga las situaciones inventadas. Si un grupo empieza a hablar del caso real de una persona, llévelo con suavidad de vuelta a la tarjeta.
activity-border-zone-due-process-adapt-low-literacy = Lea en voz alta cada situación a su grupo antes de que el grupo la comente. Si representar una escena ayuda, siga la regla sobre las representaciones de las notas de seguridad: solo usted, nunca una persona participante, puede hacer de agente, por poco tiempo, y después sale del papel en voz alta y guía la { -grounding-practice }. Describir la escena siempre es suficiente.
activity-border-zone-due-process-adapt-large-group = Dé la misma situación a dos o tres grupos. Un grupo por situación comparte; los demás solo agregan lo que faltó.
activity-border-zone-due-process-adapt-short-time = Use solo dos situaciones, el punto de revisión y la frontera, y coméntelas con todo el grupo.
activity-border-zone-due-process-adapt-online = Pegue una situación en el chat de cada sala pequeña. A los cinco minutos, reúna a todas las personas y pida que una persona por sala comparta.

## Actividad: documenting-safely

activity-documenting-safely-title = Documentar una preocupación con seguridad
activity-documenting-safely-purpose = Practicar cómo anotar una preocupación de derechos humanos de una forma útil para un { -legal-aid-group } y segura para todas las personas: sin nombres y solo con hechos.
activity-documenting-safely-prep-practice-scenario = Prepare una situación inventada para leer en voz alta. Puede usar esta o escribir una parecida para su zona: «Un sábado como a las cuatro de la tarde, en la gasolinera junto a la salida de la carretera, usted ve que un vehículo blanco con una franja verde se detiene junto a una camioneta pickup. Bajan dos agentes con uniforme verde. Uno de ellos saca al conductor jalándolo del brazo, y al conductor se le cae la gorra al suelo. Los agentes hablan con el conductor unos veinte minutos y luego lo dejan ir. Una mujer en la bomba de al lado también lo ve».
activity-documenting-safely-prep-know-receiver = Averigüe qué { -legal-aid-group } de confianza en su zona recibe informes como este y cómo quiere recibirlos: { -legal-aid-placeholder }. Escriba el nombre del grupo en un papelógrafo para que las personas lo copien en su hoja de trabajo.
activity-documenting-safely-step-why-document = Explique: «Los informes que escriben las personas de la comunidad ayudan a los grupos de { -legal-aid } y de derechos humanos a ver patrones, hablar con las agencias del gobierno y presionar por cambios. En El Paso, la Border Network for Human Rights lo hace desde hace unos veinte años, con un formulario estándar».
activity-documenting-safely-step-safety-first = Reparta la hoja de trabajo y repase con el grupo el recuadro «Antes de empezar»: ningún nombre de nadie; su propia seguridad va primero; nada de fotos de personas sin su consentimiento; solo hechos.
activity-documenting-safely-step-read-scenario = Lea en voz alta la situación inventada dos veces, despacio. Diga: «Esto no pasó de verdad. Solo estamos practicando».
activity-documenting-safely-step-fill-worksheet = Pida que las personas, en parejas, llenen juntas la hoja de trabajo con la situación inventada: qué pasó, dónde, cuándo, qué personas estuvieron involucradas (por su función, uniforme o vehículo, no por su nombre), qué vieron y qué pasó después.
activity-documenting-safely-step-swap-check = Pida que cada pareja intercambie su hoja con otra pareja y revise: ¿Hay algún nombre? ¿Hay algo que pueda identificar al conductor o a la mujer de la gasolinera? ¿Queda claro qué se vio y qué se supuso?
activity-documenting-safely-step-discuss-storage = Repase con el grupo el recuadro «Después de escribir»: guardar la hoja en un lugar seguro, nunca publicarla en internet y entregarla solo a un { -legal-aid-group } de confianza. Pida que copien en la última línea el nombre del grupo que está en el papelógrafo.
activity-documenting-safely-step-phone-safety = Hable de los teléfonos: una foto de la hoja puede copiarse sola a la nube, una foto puede guardar el lugar donde se tomó, y los chats se reenvían. Recomiende guardar los informes en papel y no cruzar la frontera con informes ni con fotos de ellos: en un puerto de entrada, los oficiales pueden revisar un teléfono sin ninguna sospecha. Pregunte: «¿Qué más hacen ustedes para cuidar su teléfono?».
activity-documenting-safely-debrief-what-details-helped = ¿Qué detalles le servirían más a un { -legal-aid-group }?
activity-documenting-safely-debrief-any-names = ¿Alguien escribió un nombre o un detalle que pudiera identificar a alguien? ¿Cómo podríamos escribirlo de otra manera?
activity-documenting-safely-debrief-where-keep = ¿Dónde podrían guardar con seguridad un informe así hasta entregarlo a { -legal-aid }?
activity-documenting-safely-note-invented-only = En el taller use solo la situación inventada. No pida a las personas que documenten hechos reales en el salón. Si alguien quiere denunciar algo real, ofrézcale un momento en privado al terminar y canalícela con el { -legal-aid-group } de la { -referral-sheet }.
activity-documenting-safely-note-photos-consent = Si preguntan sobre grabar video: filmar las acciones de las autoridades puede sacar a la luz abusos y servir como prueba, pero un video grabado o compartido sin cuidado puede hacer daño a quienes aparecen en él. Hace falta un plan para el consentimiento, para difuminar las caras y para guardarlo con seguridad, y solo debe entregarse a un { -legal-aid-group } de confianza.
activity-documenting-safely-note-not-investigators = Recuerde a las personas que su seguridad va primero: su papel es ser testigos, no investigar. Nadie debe ponerse en riesgo, seguir a los agentes ni meterse en un arresto para conseguir detalles.
activity-documenting-safely-note-their-choice = Cuando sea posible, la persona a quien le pasó algo debe decidir si se denuncia y cómo: una denuncia puede ponerla en riesgo a ella o a su familia. Escribir «sin nombres en el papel» no quiere decir «sin contacto»: un { -legal-aid-group } quizá quiera hablar con esa persona, con su consentimiento, por los canales seguros del propio grupo.
activity-documenting-safely-adapt-low-literacy = En cada pareja, una persona escribe o dibuja mientras las dos responden las preguntas en voz alta. Se puede dibujar el lugar y el vehículo en vez de escribir.
activity-documenting-safely-adapt-large-group = Omita el intercambio. En su lugar, pida a tres parejas que lean su respuesta a «¿Qué personas estuvieron involucradas?» y revise las respuestas con el grupo para ver si hay nombres.
activity-documenting-safely-adapt-short-time = Pida que llenen solo «¿Qué personas estuvieron involucradas?» y «¿Qué vio y qué oyó?», y luego pase directo al recuadro «Después de escribir».
activity-documenting-safely-adapt-online = Muestre la hoja de trabajo en pantalla, lea la situación en voz alta y pida que escriban sus respuestas en papel en su casa, nunca en el chat ni en un documento compartido.

## Actividad: community-action

activity-community-action-title = Un paso para nuestra comunidad
activity-community-action-purpose = Planear un paso concreto y seguro que el grupo pueda dar después del taller, a partir del mapa y de lo aprendido, y anotarlo en una hoja que cada persona pueda guardar.
activity-community-action-prep-action-chart = En un papelógrafo, escriba «Un paso que podemos dar» y dibuje tres columnas: ¿Qué? ¿Quién (por su función, no por su nombre)? ¿Para cuándo?
activity-community-action-step-look-back = Señale el mapa comunitario, los puntos en el cartel de las directrices y el papelógrafo «Lo que vemos». Pregunte: «¿Qué es una cosa que podríamos hacer sobre lo que hemos visto?».
activity-community-action-step-choose-step = Dé a los grupos pequeños cinco minutos para elegir un paso pequeño. Ofrezca ejemplos: compartir la tarjeta de bolsillo con vecinas y vecinos; invitar a un { -legal-aid-group } a una reunión de seguimiento; acordar dónde se guardarán las hojas de trabajo y quién las llevará a { -legal-aid }; redactar dos o tres recomendaciones a partir del mapa para el cabildo o un { -legal-aid-group }; organizar una sesión corta sobre derechos en una iglesia o una escuela.
activity-community-action-step-roles-not-names = Reparta la hoja «Un paso que vamos a dar». Cada grupo llena una en conjunto, y cualquiera puede copiarla en su propia hoja para llevársela: qué, quién según su función (por ejemplo «el grupo de jóvenes» o «las promotoras»), para cuándo y qué es lo primero que hay que hacer. Sin nombres.
activity-community-action-step-share = Cada grupo lee su paso en voz alta y lo pega en el papelógrafo.
activity-community-action-step-card-handout = Asegúrese de que todas las personas tengan una tarjeta de bolsillo e invítelas a copiar ahora en ella el teléfono de { -legal-aid } de la { -referral-sheet }. Quien prefiera puede dejar la tarjeta en blanco y anotar el número después, en su casa.
activity-community-action-debrief-first-step = ¿Qué es lo primero de todo que tiene que pasar para dar este paso?
activity-community-action-debrief-support-needed = ¿Qué apoyo necesitarían de { -org-placeholder } o de un { -legal-aid-group }?
activity-community-action-note-small-steps = Los pasos pequeños y concretos valen más que los planes grandes. La primera directriz de la ACNUDH pide campañas de información que protejan a las personas migrantes y combatan la xenofobia; la educación comunitaria como la de hoy es parte de eso.
activity-community-action-note-no-lists = No recoja nombres ni teléfonos para dar seguimiento. Si las personas quieren seguir en contacto, deles el contacto público de { -org-placeholder } y deje que ellas se comuniquen.
activity-community-action-adapt-large-group = Pida a cada grupo que comparta solo el título de su paso, y junte las notas adhesivas en el papelógrafo.
activity-community-action-adapt-short-time = Hágalo con todo el grupo: pida dos o tres pasos y escríbalos usted en el papelógrafo.
activity-community-action-adapt-online = Reúna los pasos en una pizarra compartida o en el chat, sin nombres, y bórrelos después, salvo que todas las personas acuerden guardarlos.

## Actividad: closing

activity-closing-title = Cierre y evaluación
activity-closing-purpose = Reflexionar sobre lo aprendido, evaluar el taller de forma anónima, decidir en grupo qué hacer con el mapa y cerrar con cuidado.
activity-closing-prep-evaluation-chart = En un papelógrafo, dibuje una cabeza («algo que aprendí»), un corazón («algo que siento») y unos pies («algo que voy a hacer»). En otro papelógrafo, dibuje dos columnas: «Lo que funcionó» y «Lo que hay que cambiar».
activity-closing-step-head-heart-feet = Haga una ronda en el círculo. Cada persona que quiera comparte una palabra o una frase para la cabeza, el corazón o los pies. Cualquiera puede pasar.
activity-closing-step-anonymous-notes = Reparta el formulario de evaluación. Pida que lo llenen sin nombre y que lo echen en la caja o el sobre junto a la puerta, ahora o al salir. Quien prefiera puede escribir en dos notas adhesivas una cosa que funcionó y una cosa que hay que cambiar, y pegarlas en el segundo papelógrafo.
activity-closing-step-map-decision = Pregunte al grupo qué hacer con los mapas comunitarios: dejarlos con una organización de confianza, llevárselos a casa o romperlos. Haga lo que el grupo decida.
activity-closing-step-resources = Señale otra vez la { -referral-sheet } y la tarjeta de bolsillo. Recuerde a todas las personas que esto fue educación popular, no asesoría legal, y que la información se investigó hasta { -current-date } y hay que confirmarla con { -legal-aid }.
activity-closing-step-closing-breath = Cierre con la { -grounding-practice } con todo el grupo, y agradezca a todas las personas su confianza y su tiempo.
activity-closing-debrief-one-word = En una palabra: ¿cómo se van hoy?
activity-closing-note-stay-after = Quédese al menos quince minutos después del final por si alguien quiere hablar en privado, y tenga a mano la { -referral-sheet }.
activity-closing-note-destroy-notes = Después del taller, cuente las respuestas de los formularios de evaluación y lea las notas para mejorar su próxima sesión; luego destrúyalos. Quite todos los papelógrafos y no fotografíe ninguno que mencione hechos reales o lugares de preocupación.
activity-closing-adapt-low-literacy = Haga la evaluación en voz alta, o pida a las personas que pongan un punto en una escala sencilla de caritas, de triste a feliz.
activity-closing-adapt-online = Use una encuesta anónima para la evaluación y pida que cada persona diga o escriba una palabra para cerrar.
activity-welcome-back-title = Bienvenida de regreso: nuestros acuerdos
activity-welcome-back-purpose = Abrir la segunda parte de un día compartido sin volver a hacer los acuerdos: recordarlos, ver cómo estamos y centrarnos antes de empezar a hablar de la frontera.
activity-welcome-back-prep-agreements-visible = Deje en la pared, a la vista de todas las personas, el papelógrafo de acuerdos de la mañana, y tenga copias de reserva de la { -referral-sheet } para quien acabe de llegar.
activity-welcome-back-step-arrive = Dé la bienvenida de regreso a todas las personas, y también a quien acabe de llegar. Diga que la { -co-facilitator } está pendiente de la sala y que el { -quiet-corner } sigue ahí.
activity-welcome-back-step-recall-agreements = Señale el papelógrafo de acuerdos y léalos en voz alta, brevemente. Repita dos cosas: cualquiera puede decir «paso» o salir, y «{ -rule-confidentiality }» Pregunte: «¿Hay algo que necesitemos agregar para esta parte?».
activity-welcome-back-step-one-word = Invite a una ronda rápida: con una palabra o un gesto, ¿cómo llegan? Cualquiera puede pasar.
activity-welcome-back-step-grounding = Hagan juntos una vez la { -grounding-practice }, y diga que esta parte habla de la frontera, así que la volverán a usar cada vez que el ambiente se ponga pesado.
activity-welcome-back-note-new-people = Si alguien llega solo para esta parte, dele un { -name-tag } y una { -referral-sheet }, y repita en una frase que no hay hoja de registro y que esto no es asesoría legal.
activity-stand-up-if-title = Párense si…
activity-stand-up-if-purpose = Despertar a la sala y mostrar lo que compartimos, sin que nadie tenga que decir nada sobre sí.
activity-stand-up-if-step-explain = Explique: «Voy a decir una frase. Si es verdad para ustedes, párense o levanten la mano desde su silla. Si no quieren moverse, quédense como están: nadie tiene que hacerlo».
activity-stand-up-if-step-statements = Lea cinco o seis frases ligeras, con una pausa después de cada una: «Párense si les gusta la comida picante», «…si alguna vez sembraron algo», «…si hablan más de un idioma», «…si alguna vez cocinaron para más de veinte personas», «…si saben una canción de su abuela», «…si en este momento están un poco cansados».
activity-stand-up-if-step-thanks = Agradezca a todas las personas y señale cuántas cosas comparte la sala.
activity-stand-up-if-note-safe-statements = Nunca use frases sobre papeles, cruces, viajes, país de nacimiento, trabajo sin papeles, familia lejos ni nada que separe a las personas entre «con» y «sin». Elija frases que cualquiera pueda responder delante de cualquiera.
activity-stand-up-if-adapt-online = Las personas levantan la mano ante la cámara, usan una reacción o escriben una estrella en el chat.
activity-shake-out-title = A sacudirse
activity-shake-out-purpose = Moverse y reírse juntos unos minutos, para recuperar la energía después de estar sentados o de un momento pesado.
activity-shake-out-step-explain = Explique que vamos a sacudir cada mano y cada pie mientras contamos hacia atrás en grupo, y que cualquiera puede hacerlo sentado o solo con las manos.
activity-shake-out-step-count-down = Sacudan la mano derecha mientras el grupo cuenta en voz alta del cinco al uno; luego la mano izquierda, el pie derecho y el pie izquierdo. Repitan desde el cuatro, luego desde el tres, el dos y el uno, cada vez más rápido.
activity-shake-out-step-breathe = Terminen con los brazos arriba y una respiración lenta en grupo.
activity-shake-out-note-any-body = Muestre primero la versión sentada, para que nadie se sienta señalado. Cualquiera puede solo mirar.
timeline-week-before-book-interpreter = Reserve la interpretación con tres semanas de anticipación si el grupo la necesita, y mande a quien interpreta el glosario y la lectura.
timeline-week-before-check-referrals = Llame a cada contacto de la { -referral-sheet } para confirmar que sigue abierto, recibe a personas nuevas y atiende a las personas sin importar su situación migratoria. Anote en la hoja la fecha en que lo confirmó y su función.
timeline-week-before-call-legal-aid = Llame a { -legal-aid-placeholder } y pregunte qué ha cambiado desde { -current-date } en la expulsión expedita, el asilo en la frontera sur y lo que dice la tarjeta de bolsillo. Si hace falta, corrija los materiales a mano.
timeline-week-before-venue-plan = Acuerde con quien presta el lugar el plan para el local: quién atiende la puerta, dónde están las salidas, dónde estará el { -quiet-corner } (vea las notas de seguridad).
timeline-week-before-roles = Acuerde con la { -co-facilitator } quién guía cada actividad y quién observa la sala. Si alguna de las dos personas está obligada a denunciar, acuerden cómo lo van a decir.
timeline-week-before-print = Imprima el paquete: guías, materiales, la { -referral-sheet } llenada para cada participante, y las tarjetas de la línea del tiempo y de las situaciones.
timeline-day-before-pack = Prepare todo con la lista de materiales: marcadores, puntos adhesivos de tres colores, notas adhesivas, cinta, un { -name-tag } para cada persona, la caja para los formularios de evaluación.
timeline-day-before-read-through = Vuelva a leer la guía, sobre todo la regla sobre las representaciones y los pasos para emergencias, y revise las noticias por si hubo cambios en la frontera.
timeline-on-the-day-room = Llegue temprano. Ponga las sillas en círculo, deje libre espacio en la pared para los mapas y una línea en el piso para la línea del tiempo.
timeline-on-the-day-quiet-corner = Prepare el { -quiet-corner } con una silla, agua y pañuelos, lejos del círculo.
timeline-on-the-day-sheets-out = Deje un montón de copias de la { -referral-sheet } donde las personas puedan tomar una sin pedirla, y ponga la caja de evaluación junto a la puerta.
timeline-after-destroy = Quite todos los papelógrafos. Cuente las respuestas de la evaluación y luego destruya los formularios, las notas adhesivas y sus propias notas. Haga con los mapas lo que decidió el grupo.
timeline-after-debrief = Tómense veinte minutos con la { -co-facilitator }: ¿cómo salió?, ¿cómo están?, ¿alguien necesita seguimiento a través de { -org-placeholder }? Sin nombres de participantes.
timeline-after-improve = Anote, sin nombres, qué cambiar la próxima vez, y avise a { -org-placeholder } si algún contacto de la { -referral-sheet } no funcionó.
interpretation-consecutive = En una sala bilingüe con interpretación consecutiva, todo lo que se dice tarda más o menos el doble. Planee un día más largo, o use las adaptaciones para poco tiempo y omita las actividades marcadas como opcionales. Hable en frases cortas y haga pausas para quien interpreta.
interpretation-brief-interpreter = Prepare antes a quien interpreta: mándele el glosario y la lectura, repasen juntos las notas de seguridad y acuerden que quien interpreta se compromete con los mismos acuerdos que todas las personas de la sala y no anota nada.
interpretation-side-by-side = Imprima los materiales en los dos idiomas, uno al lado del otro (el paquete bilingüe lo hace así), para que todas las personas lean la misma frase a la misma altura y nadie tenga que pedir «la otra versión».
interpretation-whispered = Si solo unas pocas personas necesitan interpretación, puede funcionar la interpretación susurrada o con audífonos sencillos. Siéntelas juntas cerca de quien interpreta, no en la orilla de la sala, y en cada receso confirme que está funcionando.
interpretation-indigenous-languages = Algunas personas participantes pueden hablar una lengua indígena (por ejemplo mam, k’iche’, q’anjob’al, mixteco o triqui) y leer con menos facilidad el español o el inglés. Pregunte en privado, no delante del grupo, en qué idioma se sienten más cómodas; busque intérprete a través de { -org-placeholder }; apóyese en las adaptaciones para poca lectoescritura; y nunca pida a un familiar, y mucho menos a una niña o un niño, que interprete contenido legal o doloroso.
interpretation-interpreter-care = Quien interpreta escucha cada momento pesado dos veces. Inclúyala en los recesos y en la reflexión después del taller, y asegúrese de que también conozca el { -quiet-corner } y la { -referral-sheet }.

## Materiales

material-chairs-in-circle = { -supply-chairs-in-circle }
material-flipchart-paper = { -supply-flipchart-paper }
material-markers = { -supply-markers }
material-blank-name-tags = { -supply-blank-name-tags }
material-referral-sheet = { -supply-referral-sheet }
material-sticky-notes = { -supply-sticky-notes }
material-pens = { -supply-pens }
material-dot-stickers = Hoja de puntos adhesivos verdes y rojos
material-map-key = Clave del mapa (qué significa cada color y símbolo)
material-masking-tape = { -supply-masking-tape }
material-open-floor-space = { -supply-open-floor-space }
material-spectrum-signs = { -supply-spectrum-signs }
material-guidelines-poster = Cartel con las diez directrices de la ACNUDH en palabras sencillas
material-water-and-snacks = { -supply-water-and-snacks }
material-timeline-cards = Juego de catorce tarjetas de la línea del tiempo
material-scenario-cards = Tarjeta de situación
material-evaluation-box = { -supply-evaluation-box }

## Materiales para las personas participantes

handout-rights-reading-title = Los derechos humanos en la frontera: lo que toda persona debe saber
handout-rights-reading-intro = Esta lectura acompaña el taller «Derechos humanos en las fronteras». Es educación popular, no asesoría legal. Para su situación personal, hable con un { -attorney } o con una { -doj-rep }. La información se investigó hasta { -current-date }. Las reglas de Estados Unidos cambiaron muchas veces en 2025 y 2026; pregunte a un { -legal-aid-group } qué es lo más reciente.
handout-rights-reading-not-exception-heading = Las fronteras no son lugares sin derechos
handout-rights-reading-not-exception-body =
    Todos los países pueden controlar sus fronteras. Pero los derechos humanos no se acaban en la línea fronteriza. En 2014, la { -ohchr } publicó los { -ohchr-principles }. Su punto de partida es sencillo: las fronteras no son zonas de excepción. Los gobiernos deben respetar los derechos humanos de toda persona que esté en una frontera, sin importar qué agencia esté a cargo ni dónde se haga el control.

    La misma guía dice que toda persona en una frontera merece protección, sea cual sea la razón por la que migra. Etiquetas como «migrante irregular» o «migrante objeto de tráfico ilícito» muchas veces se mezclan o cambian durante el viaje. Los derechos siguen siendo los mismos.
handout-rights-reading-leave-and-asylum-heading = El derecho a salir y el derecho a buscar asilo
handout-rights-reading-leave-and-asylum-body =
    La { -udhr } (1948) dice que toda persona tiene derecho a salir de cualquier país, incluso del propio, y a regresar a su país (artículo 13). También dice que, en caso de persecución, toda persona tiene derecho a buscar asilo y a disfrutar de él en otros países (artículo 14). Un tratado, el Pacto Internacional de Derechos Civiles y Políticos, también protege el derecho a salir de cualquier país (artículo 12). Estados Unidos lo ratificó en 1992.

    El derecho internacional no da un derecho general a entrar al país que cada quien elija. Pero buscar asilo no es un delito. La { -refugee-convention } (artículo 31) dice que no se debe castigar a las personas refugiadas por entrar sin permiso si vienen directamente de un lugar de peligro, se presentan sin demora ante las autoridades y tienen una razón justificada.
handout-rights-reading-non-refoulement-heading = No devolver al peligro: el principio de no devolución
handout-rights-reading-non-refoulement-body =
    El artículo 33 de la { -refugee-convention } dice que un país no debe devolver de ninguna manera a una persona refugiada a un lugar donde su vida o su libertad estarían amenazadas por su raza, religión, nacionalidad, pertenencia a un determinado grupo social u opiniones políticas. A esto se le llama el principio de «no devolución» (en francés, non-refoulement, que quiere decir «no devolver»).

    Los países no pueden hacer excepciones a este artículo cuando se unen a la Convención. Este artículo protege a las personas refugiadas estén o no en el país de forma regular. La Agencia de la ONU para los Refugiados (ACNUR) dice que forma parte del derecho internacional consuetudinario, que, en su opinión, obliga a todos los países. El gobierno de Estados Unidos no está de acuerdo con ACNUR en que se aplique también fuera del territorio de un país.
handout-rights-reading-ohchr-guidelines-heading = Lo que piden a los gobiernos los Principios y Directrices de la ACNUDH
handout-rights-reading-ohchr-guidelines-body = Los { -ohchr-principles } son una guía, no un tratado. La Asamblea General de la ONU ha tomado nota de ellos. Se basan en tres ideas: los derechos humanos van primero en todo control fronterizo; nadie puede recibir un trato injusto por su situación migratoria; y toda persona debe estar protegida de cualquier daño, según su situación particular. El interés superior de niñas y niños debe ser una consideración primordial. Todas las directrices piden, además, supervisión independiente en las fronteras y una forma real de obtener justicia cuando se violan los derechos de las personas migrantes. Las diez directrices, en resumen:
handout-rights-reading-ohchr-guidelines-item-promote = Proteger los derechos de las personas migrantes, hablar contra el odio hacia ellas y nunca llamarlas «ilegales». Cruzar sin permiso debe tratarse como un asunto administrativo, no como un delito.
handout-rights-reading-ohchr-guidelines-item-laws = Ajustar las leyes y políticas de frontera al derecho internacional de los derechos humanos.
handout-rights-reading-ohchr-guidelines-item-training = Capacitar y equipar al personal de frontera para que respete los derechos humanos.
handout-rights-reading-ohchr-guidelines-item-rescue = Dar prioridad a salvar vidas, en tierra y en el mar.
handout-rights-reading-ohchr-guidelines-item-immediate-aid = Dar agua, comida, atención médica y albergue a las personas cuando llegan.
handout-rights-reading-ohchr-guidelines-item-screening = Revisar el caso de cada persona, reconocer a quienes están en riesgo, incluidas las personas refugiadas, y dar acceso justo al asilo.
handout-rights-reading-ohchr-guidelines-item-identify-refer = Identificar a las personas en situación vulnerable, como niñas y niños, víctimas de trata y solicitantes de asilo, y enviarlas a la protección adecuada.
handout-rights-reading-ohchr-guidelines-item-detention = Usar la detención solo como último recurso, y nunca encerrar a solicitantes de asilo junto con personas acusadas o condenadas por delitos.
handout-rights-reading-ohchr-guidelines-item-return = En todo retorno o expulsión, respetar el debido proceso y la no devolución, y nunca expulsar a las personas en grupo.
handout-rights-reading-ohchr-guidelines-item-cooperation = Asegurar que la cooperación entre países y agencias respete los derechos humanos.
handout-rights-reading-due-process-heading = El debido proceso en Estados Unidos
handout-rights-reading-due-process-body =
    Debido proceso quiere decir procedimientos justos antes de que el gobierno le quite la libertad a una persona o la saque del país. La Corte Suprema de Estados Unidos ha dicho que el debido proceso protege a toda persona que está en Estados Unidos, sea su presencia regular o irregular, temporal o permanente (Zadvydas v. Davis, 2001).

    Pero las personas a las que paran en la frontera o cerca de ella poco después de entrar tienen menos protecciones. En 2020 la Corte decidió que un hombre detenido a unas 25 yardas dentro de la frontera, en «expulsión expedita», solo tenía los procedimientos que establece la ley del Congreso, con muy poca revisión de los tribunales (DHS v. Thuraissigiam).

    La expulsión expedita (expedited removal) es una deportación rápida: a una persona la pueden expulsar sin audiencia en la corte de inmigración. Pero si la persona dice que tiene miedo de volver o que quiere asilo, deben mandarla a una entrevista de «miedo creíble». En enero de 2025 el gobierno extendió la expulsión expedita a todo el país para las personas que no puedan demostrar dos años en Estados Unidos. Antes se usaba solo a menos de 100 millas de la frontera y dentro de los 14 días después de entrar. Un tribunal federal suspendió esa ampliación en agosto de 2025.

    La ley de Estados Unidos dice que cualquier persona que esté en el país, o que llegue a él, puede pedir asilo, sea cual sea su situación migratoria. En enero de 2025, una proclamación presidencial cerró el acceso al asilo en la frontera sur. Un tribunal federal la declaró contraria a la ley en julio de 2025. El gobierno apeló y, según el Center for Gender & Refugee Studies, el cierre del asilo siguió vigente durante la apelación, mientras que se anularon los límites que la proclamación ponía a la suspensión de la expulsión (withholding of removal) y a la protección de la Convención contra la Tortura. Estos casos pueden haber cambiado desde { -current-date }. Pregunte a un { -legal-aid-group } qué está vigente hoy.
handout-rights-reading-deterrence-heading = La disuasión y su costo humano
handout-rights-reading-deterrence-body =
    En 1994, la Patrulla Fronteriza de Estados Unidos convirtió la «prevención mediante la disuasión» en su estrategia nacional. Hubo grandes operativos en El Paso (1993), San Diego (1994) y después en Arizona. Entre 1995 y 2005, las muertes de personas que cruzaban la frontera se duplicaron con creces, aunque los cruces no aumentaron en la misma medida. Más de tres cuartas partes del aumento ocurrieron en el desierto de Arizona, según la Oficina de Rendición de Cuentas del Gobierno de EE. UU. (GAO).

    Cruzar también pasó a ser un asunto de los tribunales penales. Entrar por fuera de un puerto de entrada es un delito federal menor, y volver a entrar después de una deportación es un delito grave. Desde 2005, la Operación Streamline llevó a procesos penales en masa contra las personas que cruzaban. Los procesos por entrada y reingreso llegaron a su máximo histórico, unos 106,000, en el año fiscal 2019.

    En el año fiscal 2022, la Patrulla Fronteriza informó unas 900 muertes de personas migrantes, un récord. La Organización Internacional para las Migraciones (OIM) contó al menos 686 muertes y desapariciones en la frontera entre Estados Unidos y México en 2022, la ruta migratoria terrestre más mortífera del mundo según sus registros. Estas cifras son un mínimo: no todas las muertes se cuentan oficialmente.
handout-rights-reading-border-zone-heading = La zona fronteriza de 100 millas
handout-rights-reading-border-zone-body = La ley de Estados Unidos permite que agentes de inmigración detengan y registren vehículos sin orden judicial dentro de una «distancia razonable» de la frontera. Un reglamento fija esa distancia en 100 millas aéreas desde cualquier frontera terrestre o marítima, incluidas las costas. La Unión Americana de Libertades Civiles (ACLU) calcula que unas dos de cada tres personas en Estados Unidos, unos 200 millones, viven en esta zona. Pero los poderes de los agentes tienen límites:
handout-rights-reading-border-zone-item-checkpoints = En los puntos de revisión fijos (retenes o garitas), los agentes pueden parar los carros y hacer unas pocas preguntas breves, por ejemplo sobre la ciudadanía, sin sospechar nada de usted.
handout-rights-reading-border-zone-item-roving-patrols = Las patrullas móviles necesitan una «sospecha razonable», basada en hechos concretos, para hacer parar un carro. Parecer de origen mexicano no basta por sí solo.
handout-rights-reading-border-zone-item-car-search = Lejos de los puertos de entrada, para registrar el interior de un carro se necesita consentimiento, una orden judicial o una causa probable.
handout-rights-reading-border-zone-item-private-land = A menos de 25 millas de la frontera, los agentes pueden entrar sin orden judicial a terrenos privados, pero no a las casas.
handout-rights-reading-border-zone-item-ports = En los puertos de entrada, los oficiales pueden preguntar por la ciudadanía y las pertenencias, y revisar equipaje y vehículos sin orden judicial.
handout-rights-reading-border-zone-item-silence = Usted puede guardar silencio. Eso puede traer más preguntas o una parada más larga. En un puerto de entrada, a una persona que no es ciudadana y guarda silencio le pueden negar la entrada o retenerla para más revisión.
handout-rights-reading-border-zone-item-no-lies = Nunca le mienta a un agente. Guardar silencio está permitido; mentir, no.
handout-rights-reading-border-zone-item-carry-papers = Una persona que no es ciudadana y tiene 18 años o más debe llevar consigo cualquier tarjeta de registro que le haya dado el gobierno, como la tarjeta de residente (green card).
handout-rights-reading-border-zone-item-phones = En los puertos de entrada, los oficiales pueden revisar un teléfono sin ninguna sospecha. Una revisión más profunda, con equipo especial, requiere sospecha razonable o un motivo de seguridad nacional. Lleve también en papel los números importantes.
handout-rights-reading-remember-heading = Recuerde
handout-rights-reading-remember-body = Esta lectura es educación popular, no asesoría legal. Para su situación personal, hable con un { -attorney } o con una { -doj-rep }. Guarde en un lugar seguro su { -referral-sheet } del taller. No está solo ni sola: en la región fronteriza hay grupos comunitarios, como la Border Network for Human Rights de El Paso, que documentan abusos y trabajan para defender estos derechos.

handout-documentation-worksheet-title = Cómo anotar con seguridad una preocupación de derechos humanos
handout-documentation-worksheet-intro = Use esta hoja para anotar algo que vio y que le preocupó, para que un { -legal-aid-group } de confianza pueda ayudar. Nunca escriba en ella el nombre de nadie: ni el suyo ni el de otras personas. No es un formulario legal ni es asesoría legal.
handout-documentation-worksheet-before-you-start-heading = Antes de empezar
handout-documentation-worksheet-before-you-start-body = Lea primero estos puntos.
handout-documentation-worksheet-before-you-start-item-no-names = Sin nombres. Describa a las personas por su función, su uniforme o su vehículo (por ejemplo «agente con uniforme verde» o «vehículo blanco con franja verde»), nunca por su nombre.
handout-documentation-worksheet-before-you-start-item-your-safety = Su seguridad va primero. Anote solo lo que vio desde un lugar seguro. No siga a nadie ni se meta en lo que está pasando.
handout-documentation-worksheet-before-you-start-item-photos = No tome fotos ni video de personas sin su consentimiento. Las imágenes que se comparten sin cuidado pueden hacer daño a quienes aparecen en ellas.
handout-documentation-worksheet-before-you-start-item-facts-only = Escriba lo que vio y lo que oyó. Si está suponiendo algo, dígalo.
handout-documentation-worksheet-before-you-start-item-their-choice = Si puede, deje que la persona a quien le pasó decida si se denuncia. Una denuncia puede ponerla en riesgo.
handout-documentation-worksheet-what-happened-heading = Qué pasó
handout-documentation-worksheet-what-happened-prompt-what = ¿Qué pasó? Dígalo en pocas palabras.
handout-documentation-worksheet-what-happened-prompt-where = ¿Dónde pasó? Nombre un lugar público, como una calle, un punto de revisión o una tienda. No escriba la dirección de la casa de nadie.
handout-documentation-worksheet-what-happened-prompt-when = ¿Cuándo pasó? Escriba la fecha y más o menos la hora.
handout-documentation-worksheet-what-happened-prompt-who = ¿Qué personas estuvieron involucradas? Descríbalas por su función, uniforme o vehículo, no por su nombre (por ejemplo «dos agentes con uniforme verde, un vehículo blanco con franja verde, el conductor de una camioneta pickup»).
handout-documentation-worksheet-what-happened-prompt-saw = ¿Qué vio y qué oyó, paso a paso?
handout-documentation-worksheet-what-happened-prompt-after = ¿Qué pasó después? ¿Hubo alguna persona herida? ¿Otras personas lo vieron? (Sin nombres).
handout-documentation-worksheet-after-writing-heading = Después de escribir
handout-documentation-worksheet-after-writing-body = Guarde esta hoja con cuidado y compártala solo con personas de su confianza que la vayan a proteger.
handout-documentation-worksheet-after-writing-item-store-safely = Guárdela en un lugar seguro y privado hasta entregarla. No la deje en el carro.
handout-documentation-worksheet-after-writing-item-share-trusted = Entréguela solo a un { -legal-aid-group } de confianza. Pregúnteles qué van a hacer con ella.
handout-documentation-worksheet-after-writing-item-no-social-media = No la publique en redes sociales ni en chats de grupo, y tampoco publique fotos de ella.
handout-documentation-worksheet-after-writing-item-phones = Guárdela en papel. Una foto de la hoja puede copiarse sola a la nube y mostrar dónde se tomó, y los chats se reenvían.
handout-documentation-worksheet-after-writing-item-border = No cruce la frontera con ella ni con una foto de ella: en un puerto de entrada, los oficiales pueden revisar bolsas y teléfonos sin ninguna sospecha.
handout-documentation-worksheet-after-writing-prompt-give-to = ¿A qué { -legal-aid-group } de confianza se la va a entregar? (El nombre del grupo, no de una persona).

handout-rights-card-title = Sus derechos cerca de la frontera
handout-rights-card-intro = No es asesoría legal. Investigado hasta { -current-date }: confírmelo con { -legal-aid }.
handout-rights-card-know-your-rights-heading = Conozca sus derechos
handout-rights-card-know-your-rights-item-silent = Puede guardar silencio. Eso puede traer más preguntas.
handout-rights-card-know-your-rights-item-car-search = Lejos de los puertos de entrada, para registrar su carro se necesita su permiso, una orden judicial o una causa probable.
handout-rights-card-know-your-rights-item-looks = Parecer de origen mexicano, por sí solo, no basta para que una patrulla móvil pare su carro.
handout-rights-card-know-your-rights-item-fear-return = ¿Tiene miedo de volver? Dígalo con claridad, con sus propias palabras.
handout-rights-card-know-your-rights-item-no-lies = Nunca mienta. Guardar silencio está permitido.
handout-rights-card-know-your-rights-prompt-legal-aid = Teléfono de { -legal-aid }:
handout-glossary-title = Palabras clave: los derechos en la frontera
handout-glossary-intro = El significado sencillo de palabras del taller, para participantes y para quien interpreta. Es educación popular, no asesoría legal; información investigada hasta { -current-date }.
handout-glossary-protection-heading = Protección
handout-glossary-protection-item-asylum = Asilo: la protección que un país da a una persona refugiada. La ley de Estados Unidos dice que cualquier persona que esté en el país, o que llegue a él, puede pedirlo, sea cual sea su situación migratoria.
handout-glossary-protection-item-refugee = Persona refugiada: alguien que está fuera de su país y tiene un temor fundado de ser perseguida por motivos de raza, religión, nacionalidad, pertenencia a un determinado grupo social u opiniones políticas.
handout-glossary-protection-item-non-refoulement = No devolución: la regla que prohíbe devolver de cualquier manera a una persona refugiada a un lugar donde su vida o su libertad estarían amenazadas.
handout-glossary-protection-item-withholding = Suspensión de la expulsión (withholding of removal): una protección de Estados Unidos que impide que el gobierno envíe a una persona a un país donde su vida o su libertad estarían amenazadas. No es lo mismo que el asilo.
handout-glossary-protection-item-torture-convention = Convención contra la Tortura (CAT): un tratado cuyo artículo 3 prohíbe enviar a cualquier persona a un país donde correría peligro de ser torturada.
handout-glossary-protection-item-credible-fear = Miedo creíble: una primera entrevista para una persona en expulsión expedita que dice que tiene miedo de volver o que quiere asilo.
handout-glossary-process-heading = Procedimientos
handout-glossary-process-item-due-process = Debido proceso: procedimientos justos antes de que el gobierno le quite la libertad a una persona o la saque del país.
handout-glossary-process-item-expedited-removal = Expulsión expedita (expedited removal): una deportación rápida, sin audiencia en la corte de inmigración.
handout-glossary-process-item-immigration-court = Corte de inmigración: donde se ven los casos de deportación. Un caso de deportación es civil, no penal.
handout-glossary-process-item-misdemeanor-felony = Delito menor y delito grave: dos tipos de delito. Entrar por fuera de un puerto de entrada es un delito federal menor; volver a entrar después de una deportación es un delito grave.
handout-glossary-process-item-irregular = En situación irregular: sin los papeles que pide un país. Diga «en situación irregular» o «indocumentada», «indocumentado»; una persona nunca es «ilegal».
handout-glossary-border-heading = En la frontera y cerca de ella
handout-glossary-border-item-port-of-entry = Puerto de entrada: un cruce oficial, como un puente, una garita o un aeropuerto.
handout-glossary-border-item-checkpoint = Punto de revisión (retén): una parada fija en una carretera dentro del país, donde los agentes pueden hacer unas pocas preguntas breves sin sospechar de nadie.
handout-glossary-border-item-roving-patrol = Patrulla móvil: agentes en vehículos en movimiento. Para hacer parar un carro necesitan una sospecha razonable.
handout-glossary-border-item-border-zone = La zona fronteriza de 100 millas: el área a menos de 100 millas aéreas de cualquier frontera terrestre o marítima, incluidas las costas.
handout-glossary-border-item-reasonable-suspicion = Sospecha razonable: hechos concretos, no solo una corazonada, que hacen pensar a un agente que algo está mal.
handout-glossary-border-item-probable-cause = Causa probable: más fuerte que la sospecha razonable; hechos suficientes para creer que se encontrarán pruebas de un delito.
handout-glossary-border-item-warrant = Orden judicial: una orden de un tribunal. Las tarjetas de «conozca sus derechos» del Immigrant Legal Resource Center (ILRC) dicen que para entrar a una casa se necesita una orden firmada por un juez o una jueza.
handout-action-commitment-title = Un paso que vamos a dar
handout-action-commitment-intro = Llene esta hoja con su grupo. Escriban funciones, nunca nombres. Esta hoja es suya: llévesela a casa.
handout-action-commitment-our-step-heading = Nuestro paso
handout-action-commitment-our-step-prompt-what = ¿Qué vamos a hacer?
handout-action-commitment-our-step-prompt-who = ¿Quién lo va a hacer? (Funciones, como «el grupo de jóvenes» o «las promotoras», no nombres).
handout-action-commitment-our-step-prompt-when = ¿Para cuándo?
handout-action-commitment-our-step-prompt-first-thing = ¿Qué es lo primero de todo que tiene que pasar?
handout-action-commitment-support-heading = Apoyo
handout-action-commitment-support-prompt-from-whom = ¿Qué apoyo necesitamos y de qué grupo?
handout-action-commitment-support-prompt-recommendation = Si queremos cambiar una regla o una práctica: una o dos recomendaciones a partir de nuestro mapa, y quién debería escucharlas.
handout-action-commitment-safety-heading = Cuidar la seguridad de todas las personas
handout-action-commitment-safety-body = Revisen el paso: nada de listas con nombres, nada de fotos sin permiso claro, nada sobre la situación migratoria de nadie, y tareas discretas para quienes no pueden ser visibles.
handout-action-commitment-safety-prompt-risks = ¿Qué podría poner a alguien en riesgo y cómo lo vamos a evitar?
handout-action-commitment-keep-heading = Guarde esta hoja
handout-action-commitment-keep-body = No entregue esta hoja. Guárdela en un lugar seguro, junto con su { -referral-sheet }.
handout-evaluation-title = ¿Cómo les fue hoy?
handout-evaluation-intro = Sin nombres, por favor. Puede responder con pocas palabras o con un dibujo. Eche este formulario en la caja junto a la puerta; quienes facilitan cuentan las respuestas y luego destruyen los formularios.
handout-evaluation-your-view-heading = Su opinión
handout-evaluation-your-view-prompt-useful = ¿Qué fue lo más útil de hoy?
handout-evaluation-your-view-prompt-change = ¿Qué deberíamos cambiar la próxima vez?
handout-evaluation-your-view-prompt-safe = ¿Se sintió con seguridad y con respeto? ¿Qué le habría ayudado?
handout-evaluation-check-heading = Tres preguntas rápidas (sin calificación)
handout-evaluation-check-prompt-borders = ¿Los derechos humanos se acaban en la frontera? ¿Por qué sí o por qué no?
handout-evaluation-check-prompt-car-search = Lejos de un puerto de entrada, ¿qué necesita un agente para registrar el interior de un carro?
handout-evaluation-check-prompt-never-write = Nombre una cosa que nunca hay que escribir en un informe.
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

## Fuentes

# puente: same-as-source
source-ohchr-2014-title = { -ohchr-principles } (A/69/CRP.1)
source-ohchr-2014-publisher = Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos (ACNUDH)
source-udhr-1948-title = { -udhr }, artículos 13 y 14
source-udhr-1948-publisher = Asamblea General de la ONU
source-iccpr-1966-title = Pacto Internacional de Derechos Civiles y Políticos, artículo 12
source-iccpr-1966-publisher = Asamblea General de la ONU
source-refugee-convention-1951-title = Convención sobre el Estatuto de los Refugiados, artículos 31 y 33
source-refugee-convention-1951-publisher = ONU
source-refugee-protocol-1967-title = La Convención de 1951, el Protocolo de 1967 y Estados Unidos (resumen y texto, en inglés)
# puente: same-as-source
source-refugee-protocol-1967-publisher = Immigration History
source-unhcr-non-refoulement-1977-title = Nota sobre el principio de no devolución (EC/SCP/2)
source-unhcr-non-refoulement-1977-publisher = Oficina del Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)
source-us-observations-2007-title = Observaciones de Estados Unidos sobre la opinión consultiva del ACNUR acerca de la aplicación extraterritorial de las obligaciones de no devolución (28 de diciembre de 2007, en inglés)
source-us-observations-2007-publisher = Departamento de Estado de EE. UU.
# puente: same-as-source
source-zadvydas-2001-title = Zadvydas v. Davis, 533 U.S. 678 (2001)
source-zadvydas-2001-publisher = Corte Suprema de los Estados Unidos
# puente: same-as-source
source-thuraissigiam-2020-title = Department of Homeland Security v. Thuraissigiam (2020)
source-thuraissigiam-2020-publisher = Corte Suprema de los Estados Unidos
source-crs-expedited-removal-2024-title = Informe R48078 del CRS (septiembre de 2024, en inglés)
source-crs-expedited-removal-2024-publisher = Servicio de Investigación del Congreso de EE. UU. (CRS; copia en EveryCRSReport.com)
source-fr-expedited-removal-2025-title = Aviso del Federal Register sobre la expulsión expedita, 90 FR 8139 (24 de enero de 2025, en inglés)
source-fr-expedited-removal-2025-publisher = Departamento de Seguridad Nacional de EE. UU. (DHS)
source-usc-1158-title = 8 U.S.C. § 1158(a)(1): quién puede solicitar asilo (en inglés)
source-usc-1158-publisher = Código de los Estados Unidos, Oficina de Publicaciones del Gobierno de EE. UU. (GPO)
source-usc-1304-title = 8 U.S.C. § 1304(e): llevar consigo los documentos de registro (en inglés)
source-usc-1304-publisher = Código de los Estados Unidos, Legal Information Institute (Facultad de Derecho de Cornell)
source-cgrs-raices-2025-title = RAICES v. Noem (página del caso, en inglés)
source-cgrs-raices-2025-publisher = Center for Gender & Refugee Studies (CGRS)
source-ilrc-red-cards-title = Tarjetas rojas (tarjetas de «conozca sus derechos»)
# puente: same-as-source
source-ilrc-red-cards-publisher = Immigrant Legal Resource Center (ILRC)
source-aclu-100-mile-2014-title = La regla de las 100 millas de CBP (hoja informativa, en inglés)
source-aclu-100-mile-2014-publisher = Unión Americana de Libertades Civiles (ACLU)
# puente: same-as-source
source-brignoni-ponce-1975-title = United States v. Brignoni-Ponce, 422 U.S. 873 (1975)
source-brignoni-ponce-1975-publisher = Corte Suprema de los Estados Unidos
# puente: same-as-source
source-martinez-fuerte-1976-title = United States v. Martinez-Fuerte, 428 U.S. 543 (1976)
source-martinez-fuerte-1976-publisher = Corte Suprema de los Estados Unidos
source-cbp-devices-title = Revisión fronteriza de dispositivos electrónicos (en inglés)
source-cbp-devices-publisher = Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP)
source-eff-border-2017-title = Digital Privacy at the U.S. Border: cómo proteger los datos de sus dispositivos y de la nube (marzo de 2017, en inglés)
# puente: same-as-source
source-eff-border-2017-publisher = Electronic Frontier Foundation (EFF)
source-hrw-2013-title = Turning Migrants into Criminals (en inglés)
# puente: same-as-source
source-hrw-2013-publisher = Human Rights Watch
source-mpi-streamline-2010-title = Arrested on Entry: Operation Streamline and the Prosecution of Immigration Crimes (en inglés)
# puente: same-as-source
source-mpi-streamline-2010-publisher = Migration Policy Institute
source-mpi-irca-2014-title = IRCA in Retrospect: Guideposts for Today’s Immigration Reform (enero de 2014, en inglés)
# puente: same-as-source
source-mpi-irca-2014-publisher = Migration Policy Institute (copia en doczz.net)
source-union-tribune-2019-title = Operation Gatekeeper at 25 (en inglés)
# puente: same-as-source
source-union-tribune-2019-publisher = The San Diego Union-Tribune
source-gao-06-770-title = Informe GAO-06-770 sobre muertes en el cruce de la frontera (en inglés)
source-gao-06-770-publisher = Oficina de Rendición de Cuentas del Gobierno de EE. UU. (GAO)
source-gao-22-105053-title = Informe GAO-22-105053 sobre los datos de CBP acerca de muertes de personas migrantes (en inglés)
source-gao-22-105053-publisher = Oficina de Rendición de Cuentas del Gobierno de EE. UU. (GAO)
source-gao-24-107051-title = Informe GAO-24-107051 sobre muertes y rescates de personas migrantes (en inglés)
source-gao-24-107051-publisher = Oficina de Rendición de Cuentas del Gobierno de EE. UU. (GAO; copia en HeinOnline)
source-iom-missing-migrants-2023-title = Proyecto Migrantes Desaparecidos: muertes y desapariciones en las Américas en 2022 (publicado en septiembre de 2023)
source-iom-missing-migrants-2023-publisher = Organización Internacional para las Migraciones (OIM)
source-bnhr-2023-title = Abuse Documentation Campaign, campaña de documentación de abusos (informe de 2023, en inglés)
source-bnhr-2023-publisher = Border Network for Human Rights (BNHR)
source-witness-2017-title = #EyesOnICE: cómo grabar con seguridad las acciones de las autoridades migratorias (en inglés)
source-witness-2017-publisher = WITNESS e Immigrant Defense Project
source-hesperian-2012-title = A Community Guide to Environmental Health, capítulo 2: mapas comunitarios (en inglés)
# puente: same-as-source
source-hesperian-2012-publisher = Hesperian Health Guides
