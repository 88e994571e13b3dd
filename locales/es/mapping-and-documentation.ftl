### Mapear y documentar los derechos humanos en nuestra región: todo el texto del módulo (español).
### Los identificadores de mensaje se derivan de curricula/mapping-and-documentation/module.yaml.
### Educación popular, no asesoría legal. Investigado hasta junio de 2026; hay que verificarlo antes de cada taller.

## Términos que se usan en todo el archivo

-current-date = junio de 2026
-module-name = Mapear y documentar los derechos humanos en nuestra región

## Módulo

module-title = { -module-name }
module-summary = Un taller de tres horas para personas de la comunidad, promotoras, personas voluntarias y quienes ya ayudan a sus vecinas y vecinos. A partir de lo que las personas participantes saben de su propia región, el grupo dibuja un mapa con tres capas: los servicios que faltan o que no llegan por igual, la presencia de las autoridades migratorias y los lugares de ayuda. Aprende a anotar una preocupación de derechos humanos sin poner a nadie en riesgo: el consentimiento de la persona afectada, lo que nunca se anota, cómo datos que parecen inofensivos pueden identificar a alguien y cómo guardar los registros con seguridad en papel y en el teléfono. Después practica cómo convertir reportes inventados y anónimos en un conteo y en dos o tres recomendaciones de la comunidad, aprende adónde pueden llegar esas recomendaciones (en lo local, lo nacional y lo internacional) y elige un primer paso. Es educación popular, no asesoría legal; investigado hasta { -current-date }. Hay que verificarlo antes de cada taller.

## Objetivos

objective-map-conditions = Dibujar en grupo un mapa de cómo se juntan en su región la pobreza y los servicios desiguales, el control migratorio y los lugares de ayuda.
objective-map-safely = Seguir las reglas del mapeo seguro: nada de casas, rutas, lugares de trabajo ni nombres, y la ayuda marcada como un tipo de servicio y no como una dirección exacta.
objective-consent-first = Explicar por qué la persona afectada decide si se reporta lo que le pasó y cómo, y por qué un reporte puede ponerla en riesgo.
objective-details-identify = Explicar cómo datos que parecen inofensivos (una fecha, una hora, un lugar, un vehículo) pueden, juntos, identificar a una persona, y cómo difuminarlos.
objective-store-safely = Nombrar tres maneras en que un registro puede salirse de nuestro control, en papel o en el teléfono, y una cosa que se puede hacer en cada caso.
objective-report-to-recommendation = Convertir reportes anónimos en un conteo, encontrar un patrón y redactar una recomendación de la comunidad.
objective-where-it-goes = Nombrar adónde pueden llegar las recomendaciones de la comunidad: a quienes toman decisiones en lo local, a los canales nacionales de quejas y supervisión (a través de una organización jurídica aliada) y a los organismos internacionales de derechos humanos.
objective-first-step = Elegir un primer paso concreto y seguro para después del taller.

## Seguridad

safety-not-legal-advice = Este taller es educación popular, no asesoría legal. Dígalo al principio y otra vez cada vez que se hable de leyes, de teléfonos en la frontera o de quejas. Pida a las personas que consulten su situación con un { -attorney } o con una { -doj-rep }.
safety-research-date = Los datos de esta guía se investigaron hasta { -current-date }. Las reglas sobre la revisión de teléfonos en la frontera y las vías para llegar a los organismos internacionales cambian. Antes de cada taller, pregunte a { -legal-aid-placeholder } qué ha cambiado y, si hace falta, corrija los materiales a mano.
safety-evidence-risk = En un salón donde puede haber personas indocumentadas, un mapa o una nota puede convertirse en prueba en contra de las personas que aparecen en ellos. En cada actividad, la seguridad va antes que tener todos los detalles. Si hay duda, no se anota.
safety-collect-nothing = No recoja nada que identifique a nadie. Nada de hojas de registro con nombres, listas de asistencia, situación migratoria, números A, domicilios ni rutas. Pida números de teléfono solo si de verdad hacen falta, y destruya esos números después de usarlos. Nada de fotos de las personas, ni del mapa terminado salvo que todo el grupo esté de acuerdo. No organice ni anuncie el taller en una página pública de evento en redes sociales. El seguimiento se hace solo con quienes lo pidan, por una aplicación de mensajería cifrada. Estas son reglas propias de este módulo, construidas a partir de las recomendaciones de sus fuentes.
safety-confidentiality-limits = Hable con honestidad sobre la confidencialidad. Diga: «Pedimos a todas las personas que guarden lo que se comparte aquí, pero no lo podemos garantizar. Compartan solo lo que no les molestaría que otras personas repitieran». Nunca prometa que lo que se dice en el salón se queda en el salón.
safety-opt-out = Cualquier persona puede pasar, quedarse callada o salir en cualquier momento, sin dar explicaciones. Dígalo al principio y otra vez antes del mapa y de las actividades de documentación. Nadie tiene que contar su propia historia, su situación migratoria ni dónde vive.
safety-grounding = Enseñe al principio una { -grounding-practice } corta y úsela cada vez que el ambiente se ponga pesado: los dos pies en el suelo, mirar alrededor y nombrar en silencio tres cosas que se ven, y luego tres respiraciones lentas, todo el grupo a la vez. Cualquier persona puede también ir al { -quiet-corner }.
safety-no-officials = En este módulo no se representa a ninguna autoridad. Nadie hace el papel de agente de inmigración, de policía ni de ninguna otra autoridad, y todos los casos de práctica se leen en papel. Si alguna vez un grupo necesitara ver un encuentro representado, solo quien facilita puede hacer el papel de la autoridad, de forma voluntaria y por no más de un minuto; después dice con claridad «Dejo el papel; ya soy yo otra vez», y todo el grupo hace junto la { -grounding-practice }.
safety-filming-choice = Grabar u observar operativos es una decisión personal, nunca una tarea de este grupo. Las personas que no tienen la ciudadanía estadounidense quizá prefieran no acercarse a agentes de inmigración. No pida a nadie que grabe, vigile ni siga nada.
safety-disclosure = Si alguien cuenta algo grave (un abuso, una detención, un peligro que vive ahora): dele las gracias; no pida detalles; no lo anote; lleve al grupo con suavidad de vuelta a la actividad; ofrezca un momento en privado al terminar; y canalice a la persona con los contactos de la { -referral-sheet }. Nunca prometa un resultado. Si la persona está en peligro en ese momento, siga el plan de emergencia de { -org-placeholder }.
safety-minors-and-reporting = Decida antes del taller qué hará si llegan menores de edad, y si alguien del equipo facilitador tiene la obligación legal de denunciar (por ejemplo, una maestra o un trabajador de una clínica) y tendría que reportar algo que se diga sobre una niña o un niño. Si es así, explique al grupo desde el principio, con palabras sencillas, qué tendría que reportar esa persona. Pida a { -org-placeholder } su política al respecto.
safety-referrals = Antes del taller, llene la { -referral-sheet } y saque una copia para cada participante, para que nadie tenga que pedirla delante de otras personas: { -legal-aid-placeholder }; { -accredited-rep-placeholder }; { -mental-health-placeholder }. Confirme que cada servicio siga abierto y reciba a personas nuevas. Nunca invente un nombre ni un número de teléfono. Si no tiene un contacto, dígalo con honestidad y pida ayuda a { -org-placeholder } para encontrarlo.
safety-venue-plan = Antes del día, acuerde un plan de seguridad con quien presta el lugar: quién abre la puerta si llega un agente, o una persona desconocida con una cámara; que esa persona sale, cierra la puerta detrás de sí y no deja pasar a nadie sin hablar antes con { -legal-aid-placeholder }; que el resto del grupo se queda en calma y sentado, y nadie tiene que contestar preguntas ni mostrar papeles; y dónde se ponen los mapas y las hojas de trabajo (boca abajo, o doblados y guardados) mientras tanto. Explique el plan al grupo al principio, en una frase tranquila.
safety-two-facilitators = Si puede, trabaje en pareja: una persona dirige y la otra observa al grupo, atiende el { -quiet-corner } y sale con quien lo necesite. Las dos siguen los mismos acuerdos.
safety-information-not-fear = Informe sin asustar. Dé datos claros y tranquilos, y cosas concretas que las personas pueden hacer. Cuando un tema dé miedo, diga qué se puede hacer al respecto y dónde conseguir ayuda.

## Actividad: welcome-agreements

activity-welcome-agreements-title = Bienvenida y acuerdos
activity-welcome-agreements-purpose = Crear un espacio seguro y compartido: decir qué es y qué no es este taller, hablar con honestidad sobre lo que podemos y no podemos prometer, y acordar en grupo cómo nos vamos a cuidar.
activity-welcome-agreements-prep-chart-agreements = En un papelógrafo (rotafolio), escriba los acuerdos para empezar: una voz a la vez; pedimos a todas las personas que guarden lo que se comparte aquí, pero no lo podemos garantizar, así que compartan solo lo que no les molestaría que otras personas repitieran; cualquiera puede decir «paso» o salir; nada de nombres de personas reales, domicilios ni la situación migratoria de nadie; nada de fotos ni grabaciones; todas las preguntas son bienvenidas.
activity-welcome-agreements-prep-support-contacts = Llene la { -referral-sheet } con contactos locales ya confirmados (vea las notas de seguridad) y saque una copia para cada participante, y algunas de más. Ponga una boca abajo en cada silla, para que todas las personas la reciban sin tener que pedirla.
activity-welcome-agreements-prep-quiet-corner = Prepare un { -quiet-corner } con una silla y un poco de agua, lejos del círculo, donde cualquiera pueda sentarse un momento.
activity-welcome-agreements-step-welcome = Dé la bienvenida a las personas a medida que llegan. Preséntese usted y presente a { -org-placeholder } en una o dos frases. Indique dónde están los baños, el agua, las salidas y el { -quiet-corner }. Explique el plan de seguridad del lugar en una frase tranquila: «Si alguien que no esperamos llega a la puerta, la { -co-facilitator } saldrá a hablar; las demás personas nos quedamos aquí, y nadie tiene que contestar nada».
activity-welcome-agreements-step-name-tags = Ofrezca gafetes en blanco y diga: «Escriban un nombre de pila o cualquier nombre con el que quieran que se les llame hoy. No tiene que ser su nombre real, y pueden no usar el { -name-tag }». Explique que no hay hoja de registro y que nadie va a guardar una lista de quién vino.
activity-welcome-agreements-step-not-legal-advice = Explique qué es la sesión de hoy: «Esto es educación popular. Aprendemos de lo que cada quien sabe y de personas que han documentado los derechos humanos en otros lugares. No es asesoría legal. Para su situación personal, hablen con un { -attorney } o con una { -doj-rep }. Lo que compartimos se investigó hasta { -current-date }; algunas cosas cambian, así que siempre hay que confirmar».
activity-welcome-agreements-step-propose = Lea en voz alta los acuerdos iniciales, uno por uno. Después de cada uno, pregunte: «¿Podemos aceptar esto todas y todos?» y espere a que el grupo asienta.
activity-welcome-agreements-step-confidentiality = Deténgase en el acuerdo sobre guardar lo que se comparte. Dígalo despacio, con sus propias palabras: «Pedimos a todas las personas que guarden lo que se comparte aquí, pero no lo podemos garantizar. Así que compartan solo lo que no les molestaría que otras personas repitieran». Agregue: «Por eso hoy hablamos de lugares y de patrones, no de nuestras propias vidas ni de personas que conocemos».
activity-welcome-agreements-step-add = Pregunte: «¿Qué más necesitan de este grupo para sentirse a salvo y participar?». Agregue cada acuerdo nuevo al papelógrafo con las palabras del grupo.
activity-welcome-agreements-step-grounding = Enseñe la { -grounding-practice }: «Si hoy las cosas se ponen pesadas, podemos hacer una pausa en grupo. Los dos pies en el suelo. Miren alrededor y nombren en silencio tres cosas que ven. Luego, tres respiraciones lentas». Haga la práctica una vez con todo el grupo y ponga el papelógrafo donde todas las personas lo vean.
activity-welcome-agreements-debrief-anything-missing = ¿Falta algo en nuestros acuerdos?
activity-welcome-agreements-debrief-what-needed = ¿Qué necesitan hoy para poder participar plenamente?
activity-welcome-agreements-note-honest-confidentiality = No diga «lo que se dice aquí se queda aquí». En un salón comunitario abierto nadie puede prometerlo, y las personas que pueden estar indocumentadas merecen la verdad. Hablar con honestidad sobre los límites es parte de merecer su confianza.
activity-welcome-agreements-note-no-records = No anote el nombre, el teléfono ni la situación migratoria de nadie, ni siquiera en sus propias notas. Si alguien le ofrece sus datos de contacto, dele las gracias y muéstrele la { -referral-sheet }.
activity-welcome-agreements-note-door-plan = Antes de empezar, confirme con la { -co-facilitator } quién abrirá la puerta si hace falta. Mantenga la puerta cerrada, pero sin llave, durante el taller, y ubique las salidas.
activity-welcome-agreements-note-first-time = Algunas personas quizá estén por primera vez en un grupo así y se sientan vigiladas. Explique con calma por qué no hay hoja de registro; saberlo suele generar confianza.
activity-welcome-agreements-adapt-low-literacy = Lea en voz alta cada acuerdo y dibuje al lado algo sencillo: una boca cerrada para «una voz a la vez», una puerta abierta para «pueden salir», una cámara tachada para «nada de fotos».
activity-welcome-agreements-adapt-large-group = Con más de veinte personas, lea los acuerdos en voz alta en lugar de hacer una ronda, y pida agregados levantando la mano, dos o tres como máximo.
activity-welcome-agreements-adapt-short-time = Conserve el acuerdo honesto sobre la confidencialidad, el derecho a salir y la { -grounding-practice }; omita la ronda de agregados y pida a las personas que le comenten en el receso lo que quieran agregar.
activity-welcome-agreements-adapt-online = Use una plataforma de confianza para su organización, con la grabación apagada. Diga a las personas que pueden cambiar su nombre en pantalla por cualquier otro y dejar la cámara apagada. Pegue los acuerdos en el chat y pida una reacción para confirmarlos. Diga que, también en línea, nadie puede garantizar que las demás personas estén solas en su cuarto.

## Actividad: move-if

activity-move-if-title = Muévanse si…
activity-move-if-purpose = Partir de la experiencia: sin nombres ni historias personales, ver en grupo cómo se hacen presentes en la vida diaria de nuestra región los servicios, el control migratorio y la ayuda.
activity-move-if-prep-statements = Elija de seis a ocho frases sobre la vida pública de la región, por ejemplo: «Muévanse si han esperado aquí el autobús más de media hora»; «…si han visto una alerta de emergencia solo en inglés»; «…si conocen una calle que se inunda cuando llueve»; «…si conocen un lugar donde la gente recibe ayuda gratis»; «…si han pasado por un punto de revisión (retén) de camino al trabajo o a la escuela»; «…si conocen una clínica que pide identificación en la puerta»; «…si han ayudado a una vecina o un vecino a llenar un formulario».
activity-move-if-prep-chart-words = Escriba tres títulos en un papelógrafo, que el mapa usará después: «Lo que falta o no llega por igual», «Control migratorio», «Ayuda».
activity-move-if-step-explain = Explique: «Voy a leer una frase. Si es cierta para ustedes, muévanse: párense, cámbiense de silla, levanten la mano o solo asientan con la cabeza. Nadie tiene que moverse, y nadie va a preguntar por qué se movieron».
activity-move-if-step-rounds = Lea las frases una por una y deje unos segundos después de cada una para que las personas miren alrededor y vean quién más se movió. No pida a nadie que explique.
activity-move-if-step-pair-talk = Pida que cada persona se voltee hacia quien tiene al lado durante tres minutos: «¿Qué frase les hizo pensar en un lugar de nuestra región? Hablen del lugar, no de ustedes».
activity-move-if-step-words = Pida algunas palabras en voz alta y escriba cada una debajo de uno de los tres títulos. Diga: «Vamos a poner esto en nuestro mapa».
activity-move-if-debrief-what-noticed = ¿Qué notaron cuando miraron alrededor del salón?
activity-move-if-debrief-what-missing = ¿Qué frase sobre nuestra región habrían agregado?
activity-move-if-note-no-status-statements = Nunca lea una frase sobre situación migratoria, cruces, detenciones o la familia de alguien («muévanse si tienen papeles», «muévanse si deportaron a alguien que conocen»). Moverse lo revelaría a todo el salón.
activity-move-if-note-no-comment-on-moves = No comente quién se movió ni cuántas personas. Se trata de que cada quien vea que no es la única persona, no de contar a nadie.
activity-move-if-note-listen-for-layers = Preste atención a las palabras que encajan en las tres capas del mapa (servicios que faltan, control migratorio, ayuda). Deje el papelógrafo en la pared; el mapa parte de él.
activity-move-if-adapt-low-literacy = Todo es oral. En lugar de escribir palabras en el papelógrafo, haga un dibujo pequeño para cada una: un autobús, una gota de agua, una cruz para la clínica.
activity-move-if-adapt-large-group = Pida que levanten la mano en lugar de moverse, y omita la conversación en parejas si hay poco espacio; tome solo cuatro o cinco palabras.
activity-move-if-adapt-short-time = Lea cuatro frases y omita la conversación en parejas; pida tres palabras para el papelógrafo.
activity-move-if-adapt-online = Las personas encienden o apagan la cámara, o usan una reacción, para decir «es cierto para mí». Nadie necesita tener la cámara encendida. Tome las palabras en el chat o en voz alta.

## Actividad: community-map

activity-community-map-title = El mapa de nuestra región en tres capas
activity-community-map-purpose = Dibujar en grupo una zona pública compartida de nuestra región en tres capas (lo que falta o no llega por igual, el control migratorio y la ayuda) para ver dónde se juntan y qué patrones forman, sin poner a nadie en el mapa.
activity-community-map-prep-choose-area = Elija con anticipación una zona pública compartida que la mayoría conozca: una calle principal, el centro del pueblo, los alrededores de un puente o de la central de autobuses. Todos los grupos dibujan la misma zona. No pida a las personas que dibujen el lugar donde viven.
activity-community-map-prep-rules-chart = Escriba en un papelógrafo las reglas del mapeo seguro: nada de casas; nada de rutas que la gente usa para cruzar o para evitar los puntos de revisión; nada de lugares de trabajo; nada de nombres; la ayuda se marca como un tipo de servicio («clínica gratuita») y no como una dirección exacta, si el mapa puede salir del salón; el mapa es del grupo; solo en papel, sin fotos.
activity-community-map-prep-outline = Si el grupo tiene poco tiempo o no se siente seguro para dibujar, dibuje con anticipación un contorno sencillo de la zona compartida en una hoja por grupo: las calles principales y dos o tres lugares públicos conocidos.
activity-community-map-prep-local-figures = Si quiere un dato para la primera capa, busque las cifras de pobreza de su propio condado en las tablas más recientes de cinco años de la Encuesta sobre la Comunidad Estadounidense (ACS) en data.census.gov, y anote el año de los datos. Úselo solo como contexto; lo primero es lo que sabe el grupo.
activity-community-map-prep-wall-space = Despeje una pared o unas mesas para poder mostrar todos los mapas uno al lado del otro.
activity-community-map-step-count-off = Forme grupos de cuatro a seis personas: pida que se numeren en el círculo («uno, dos, tres, cuatro…»). No agrupe a las personas por colonia, pueblo o lugar donde viven: agruparse por colonia le dice a todo el salón dónde vive cada quien.
activity-community-map-step-safety-rules = Lea en voz alta las reglas del mapeo seguro y explique por qué: «Un mapa puede terminar en otras manos. Dibujen solo lo que sería seguro que viera cualquiera, incluso alguien que nos quiera hacer daño. Mapeamos condiciones y patrones, nunca personas».
activity-community-map-step-shared-area = Nombre la zona compartida que todo el grupo va a dibujar y reparta la clave del mapa. Muestre los tres colores: uno para lo que falta o no llega por igual, uno para el control migratorio y uno para la ayuda.
activity-community-map-step-draw-base = Dé a los grupos siete minutos para dibujar las calles principales y los lugares públicos de la zona: la plaza, las paradas de autobús, la escuela, las tiendas, el puente o el puerto de entrada (la garita) si está cerca.
activity-community-map-step-layer-inequity = Primera capa, lo que falta o no llega por igual: pida a los grupos que marquen, con el primer color, los lugares donde faltan servicios o no llegan por igual. Dé ejemplos: no hay agua potable ni drenaje; no pasa el autobús o deja de pasar temprano; una clínica pide identificación en la puerta; una calle se inunda; no hay sombra cuando hace calor; las alertas de emergencia llegan solo en inglés. Basta con unas palabras en una nota adhesiva.
activity-community-map-step-layer-enforcement = Segunda capa, el control migratorio: pida a los grupos que marquen, con el segundo color, los lugares públicos donde la gente ve operativos de inmigración o donde cuenta que la detienen: un punto de revisión, un camino donde esperan las patrullas, un estacionamiento. Se marca el lugar y el tipo de cosa («revisiones largas»), nunca a quién.
activity-community-map-step-layer-help = Tercera capa, la ayuda: pida a los grupos que marquen, con el tercer color, los tipos de ayuda que la gente encuentra: una clínica gratuita, un banco de comida, una iglesia que ayuda, { -legal-aid }, una biblioteca con internet. Se escribe el tipo de servicio, no el nombre ni la dirección, y se deja fuera cualquier lugar cuya ayuda a personas sin papeles no sea ya pública.
activity-community-map-step-gallery = Ponga los mapas uno al lado del otro. Invite a todas las personas a recorrerlos durante cuatro minutos y a mirar dónde se juntan los tres colores. Quien prefiera puede quedarse en su lugar mientras una persona voluntaria de cada grupo le acerca el mapa.
activity-community-map-step-patterns = Reúna de nuevo a todo el grupo y haga las preguntas de reflexión. Escriba los patrones en un papelógrafo con el título «Lo que vemos». Déjelo en la pared: las recomendaciones de más adelante salen de ahí.
activity-community-map-debrief-where-layers-meet = ¿Dónde caen en los mismos lugares las marcas de servicios que faltan y las del control migratorio? ¿Qué tienen en común esos lugares?
activity-community-map-debrief-who-reaches-help = ¿Dónde está la ayuda y quién puede llegar a ella? ¿Quién no puede, y por qué?
activity-community-map-debrief-whose-map = ¿De quién es este mapa? Si saliera de este salón, ¿quién podría ganar con él y quién podría perder?
activity-community-map-debrief-what-document = ¿Qué cosas de estos mapas valdría la pena documentar con más cuidado, y quién lo hace ya aquí?
activity-community-map-note-why-count-off = Numerarse mezcla a personas que no suelen sentarse juntas y mantiene en privado la colonia de cada quien. Si hay amistades que quieren quedarse juntas, pueden cambiar de número sin llamar la atención; nunca pregunte dónde vive nadie.
activity-community-map-note-watch-the-maps = Camine entre los grupos mientras dibujan. Si alguien marca una casa, un lugar de trabajo, el nombre de una persona o una ruta, pida en voz baja al grupo que lo tape con una nota adhesiva o lo tache, y explique que así se protege a la gente.
activity-community-map-note-type-not-address = En la capa de ayuda basta con «clínica gratuita» o «{ -legal-aid }» en la parte correcta de la zona. La dirección exacta de un lugar que ayuda a personas indocumentadas convierte el mapa en un directorio que otras personas podrían usar.
activity-community-map-note-map-belongs = El mapa es del grupo. No le tome fotos ni se lo lleve salvo que todas las personas estén de acuerdo. Al final del taller el grupo decide qué pasa con él: se queda con una organización de confianza, alguien se lo lleva a casa o se rompe.
activity-community-map-note-ethics-risks = Quienes escriben sobre la ética del mapeo participativo (Rambaldi, Chambers, McCall y Fox, 2006) enumeran sus riesgos: hacer perder el tiempo a la gente, crear expectativas que no se cumplen, poner a las personas en peligro por la información que muestra el mapa, poner el conocimiento local al alcance de gente de fuera que lo explota, crear conflictos y exigir precisión donde sería mejor ser «difusos». El número de la revista del IIED sobre mapeo participativo (2006) dice que el control de los datos sensibles de un mapa debe quedar «en manos de quienes generaron los datos». Aquí, ser difusos es una herramienta de seguridad: una zona, no un punto.
activity-community-map-note-darfur-warning = Si alguien propone subir el mapa a internet, comparta esta advertencia: desde 2005, una organización humanitaria publicó en sitios web de acceso restringido información georreferenciada sobre personas desplazadas en Darfur y Chad (su etnia, sus movimientos y datos sobre personas vulnerables), y después personas del trabajo humanitario advirtieron que casi nunca se habla de proteger a la gente en ese tipo de mapas en línea (Forced Migration Review, 2011). Mantenga este mapa en papel.
activity-community-map-note-inequity-facts = Para la primera capa, un poco de contexto: la Oficina de Rendición de Cuentas del Gobierno de Estados Unidos (GAO) encontró en 2009 que siete agencias federales habían comprometido al menos 1,400 millones de dólares para proyectos de agua potable y aguas residuales en la región fronteriza entre Estados Unidos y México entre 2000 y 2008, y que las agencias no se coordinaban bien para atender las necesidades (GAO-10-126). Use las cifras de pobreza de su propio condado, y diga siempre el año de los datos.
activity-community-map-note-adapted-method = El mapeo participativo viene de trabajos como la revisión de buenas prácticas del FIDA (IFAD, 2009), que buscaba que participaran «las personas más pobres y vulnerables» en las decisiones sobre la tierra y los recursos. Usarlo para mapear las condiciones de derechos humanos en una región fronteriza es una adaptación propia de este módulo; por eso aquí las reglas de seguridad son más estrictas.
activity-community-map-adapt-low-literacy = Use solo símbolos: puntos de tres colores y dibujos pequeños (una gota de agua, un autobús, una cruz). Una persona del grupo a quien se le facilite escribir puede agregar una palabra si el grupo quiere.
activity-community-map-adapt-large-group = Con más de cinco grupos, dé a cada grupo una parte de la zona compartida y después junte las partes en la pared como un rompecabezas. Durante el recorrido, una persona se queda con cada parte para explicarla.
activity-community-map-adapt-short-time = Use el contorno ya dibujado para que los grupos pasen directo a las capas, dé cinco minutos por capa y, en lugar del recorrido, pida a cada grupo que nombre un patrón.
activity-community-map-adapt-online = No use una pizarra en la nube: las pizarras compartidas guardan copias e historial de versiones, y borrarlas al final no es ninguna garantía. En su lugar, cada persona dibuja en papel en su casa mientras usted describe la zona en voz alta, y las personas comparten los patrones de palabra («cerca del puente, faltan autobuses y hay un punto de revisión»), no con capturas de pantalla. El papel se queda con cada persona.

## Actividad: break

activity-break-title = Receso
activity-break-purpose = Descansar, moverse, tomar agua y hacer una pausa antes de la parte sobre documentar.
activity-break-prep-set-out-snacks = Ponga agua y algo sencillo de comer cerca del { -quiet-corner }.
activity-break-step-announce = Anuncie un receso de diez minutos y la hora exacta de regreso.
activity-break-step-quiet-corner = Indique el { -quiet-corner } para quien quiera un momento a solas.
activity-break-step-rest = Deje que las personas descansen. Esté disponible y no empiece conversaciones sobre la situación de nadie.
activity-break-step-check-in = Antes de volver a empezar, diga: «Ahora vamos a hablar de cómo anotar lo que pasa. Vamos a usar solo casos inventados. Pueden salir en cualquier momento».
activity-break-debrief-how-are-you = Con una palabra o un gesto: ¿cómo regresan?
activity-break-note-watch-for-distress = Aproveche el receso para acercarse con discreción a cualquier persona que haya parecido afectada. Pregunte si necesita algo; no pregunte qué le pasa.
activity-break-note-maps-stay = Deje los mapas en la pared durante el receso, pero no los pierda de vista, y pida a las personas que no les tomen fotos.
activity-break-adapt-short-time = No quite el receso, aunque sea de cinco minutos. Mejor recorte tiempo de otra actividad.
activity-break-adapt-online = Pida a las personas que se alejen de la pantalla, se estiren y tomen agua. Deje un temporizador en la pantalla.

## Actividad: safe-details

activity-safe-details-title = Qué hace que un reporte sea seguro
activity-safe-details-purpose = Agregar información nueva: qué es documentar, por qué la persona afectada decide si se reporta lo que le pasó y cómo, qué no se anota nunca, y cómo datos que parecen inofensivos pueden, juntos, señalar a una sola persona.
activity-safe-details-prep-detail-notes = Para cada grupo pequeño, escriba estos doce datos inventados en notas adhesivas, uno por nota: «agentes con uniforme verde»; «un vehículo blanco con una franja verde»; «en la carretera de salida del pueblo»; «en marzo»; «el nombre de pila de la mujer»; «la dirección de su casa»; «es indocumentada»; «su número A»; «la hora exacta, 7:42 de la mañana»; «la única camioneta roja en la gasolinera»; «la retuvieron unas dos horas»; «con quién cruzó la frontera».
activity-safe-details-prep-sort-chart = Para cada grupo, dibuje tres columnas en un papelógrafo: «Se puede anotar», «Difuminar primero», «Nunca se anota».
activity-safe-details-prep-read-glossary = Lea el glosario, sobre todo «consentimiento informado», «anónimo» y «reidentificación», para poder explicarlos con palabras sencillas.
activity-safe-details-step-why-document = Explique: «Documentar es anotar lo que pasó para que no se pierda y para que lo puedan usar las personas que lo necesitan. Una red de documentación de derechos humanos, HURIDOCS, lo describe como un proceso: decidir qué información hace falta y cómo conseguirla; registrarla y guardarla; organizarla; y hacerla llegar a quienes la necesitan. Sin registros, la información puede perderse para siempre». Agregue que grupos de la región fronteriza, como la Border Network for Human Rights (BNHR) de El Paso, llevan años documentando abusos, y que, según WOLA y la Iniciativa Kino para la Frontera, son muchos más los casos de abuso de agentes fronterizos que avanzan solo cuando actúan organizaciones de fuera o las propias personas afectadas que los que las autoridades investigan por su cuenta.
activity-safe-details-step-five-questions = Dé al grupo un marco sencillo: «¿Quién le hizo qué a quién, cuándo y dónde?». Diga: «Hoy aprendemos a contestarlo sin poner a nadie en peligro, y “a quién” nunca quiere decir un nombre».
activity-safe-details-step-consent = Explique el consentimiento: «La persona a quien le violaron sus derechos decide si se reporta lo que le pasó, a quién y cómo. Un reporte puede ponerla en riesgo, y también a su familia. Si vimos que algo le pasó a otra persona, le preguntamos, si podemos hacerlo sin peligro, antes de anotar nada. Si dice que no, o si no podemos preguntarle, todavía podemos reportar el patrón (“revisiones en la carretera de salida del pueblo en marzo”) sin su historia». Pregunte: «¿Por qué alguien podría decir que no?», y escuche dos o tres respuestas.
activity-safe-details-step-sort = Dé a cada grupo sus doce notas y su papelógrafo de tres columnas. Pídales que ordenen las notas pensando en un reporte que irá a un { -legal-aid-group }: qué datos se pueden anotar, cuáles hay que difuminar primero y cuáles no se anotan nunca. Seis minutos.
activity-safe-details-step-reveal = Revise las notas con todo el grupo. Nunca se anota: un nombre, una dirección, la situación migratoria, un número A, con quién cruzó alguien, ninguna ruta. Difuminar primero: la hora exacta (anotar «en la mañana»), la fecha (anotar el mes), «la única camioneta roja en la gasolinera» (anotar «un vehículo»). Se puede anotar: cómo eran los agentes y los vehículos, el lugar público como una zona, cuánto tiempo la retuvieron. Pregunte a los grupos en qué no estuvieron de acuerdo, y por qué.
activity-safe-details-step-how-many-fit = Pregunte: «Si les digo solo que fue una mujer, en marzo, en la carretera de salida del pueblo, ¿cuántas personas podrían ser? Ahora agreguen “a las 7:42, en la única camioneta roja de la gasolinera”. ¿Cuántas ahora?». Después comparta la investigación: un estudio con datos del censo de Estados Unidos de 1990 encontró que 87 de cada 100 personas en el país probablemente eran las únicas con su código postal de cinco dígitos, su sexo y su fecha de nacimiento completa (Sweeney, 2000). Tres datos comunes bastaban para señalar a una persona.
activity-safe-details-step-small-counts = Agregue una regla más: «Cuando compartimos números, no publicamos cifras tan pequeñas que señalen a una familia. “Una revisión en nuestra calle” puede ser una sola familia. Juntamos los números pequeños en una zona más grande o en un periodo más largo antes de que los vea alguien de fuera».
activity-safe-details-debrief-which-surprised = ¿Qué dato les sorprendió: uno que creían seguro o uno que creían peligroso?
activity-safe-details-debrief-consent-hard = ¿Cuándo podría ser difícil pedir el consentimiento, y qué podríamos hacer entonces?
activity-safe-details-debrief-what-blur = ¿Qué otros datos de nuestra región podrían señalar a una sola persona (un carro poco común, una tienda pequeña, un pueblo muy chico)?
activity-safe-details-note-consent-over-completeness = Un reporte con menos detalles es mejor que un reporte que hace daño. Si el { -legal-aid-group } necesita un detalle para actuar, la persona afectada puede dárselo directamente, si así lo decide. Nunca tiene que ir en una hoja de trabajo que pasa por otras manos.
activity-safe-details-note-never-write-list = La lista de lo que «nunca se anota» (situación migratoria, números A, nombres completos con domicilios, con quién viajó o cruzó alguien, rutas) es una regla de seguridad propia de este módulo, construida a partir de los principios de confidencialidad y de protección de la información en la vigilancia de los derechos humanos. Ninguna fuente da esta lista tal cual; dígale al grupo que es nuestra regla, no una ley.
activity-safe-details-note-do-no-harm = El manual de capacitación de la ONU para la vigilancia de los derechos humanos (ACNUDH, 2001) empieza su lista de principios básicos con «no hacer daño». Quienes escriben sobre el mapeo participativo nombran el mismo peligro: poner a las personas en peligro por la información que se muestra (Rambaldi y otros, 2006).
activity-safe-details-note-sweeney = Si alguien pregunta, dé la cifra con precisión: el 87 % salió de datos del censo de 1990, y un cálculo posterior la situó más cerca del 60 %. La lección es la misma: unos pocos datos comunes pueden identificar a una persona sin su nombre. Cerca de la mitad de las personas probablemente eran únicas con su ciudad o pueblo, su sexo y su fecha de nacimiento, y el 18 % incluso a nivel de condado.
activity-safe-details-note-not-investigators = Somos testigos y gente del vecindario; investigar no nos toca. Nadie debe salir a buscar incidentes, interrogar a personas que tienen miedo ni seguir a nadie. Quienes documentan con capacitación en redes como la BNHR trabajan con un formulario estándar, y dejaron fuera de su informe de 2018 los incidentes que no pudieron verificar.
activity-safe-details-note-filming = Si alguien pregunta por grabar: la guía de WITNESS Video as Evidence: U.S. Immigration («El video como prueba: inmigración en EE. UU.», 2020) explica cómo grabar operativos de forma segura, ética y eficaz. Grabar es siempre una decisión personal, nunca una tarea de este grupo, y un video compartido sin cuidado puede hacer daño a las personas que aparecen en él.
activity-safe-details-adapt-low-literacy = Lea en voz alta cada dato y dibuje un símbolo pequeño en cada nota (un uniforme, un carro, un reloj, una casa). Los grupos ordenan por símbolo. Usted lee en voz alta la revisión.
activity-safe-details-adapt-large-group = Haga la clasificación con todo el grupo: lea cada dato en voz alta y pida a las personas que levanten uno, dos o tres dedos para «se anota», «difuminar» o «nunca». Pida a dos personas que eligieron distinto que expliquen por qué.
activity-safe-details-adapt-short-time = Use seis de los doce datos (el nombre de pila, la dirección, la situación migratoria, la hora exacta, la camioneta roja, los uniformes) y haga la clasificación con los dedos levantados.
activity-safe-details-adapt-online = Lea cada dato en voz alta y pida a las personas que escriban 1, 2 o 3 en el chat. No pida a nadie ejemplos de su propia vida.

## Actividad: records-journey

activity-records-journey-title = El viaje de una hoja de trabajo
activity-records-journey-purpose = Agregar información nueva: seguir una hoja de trabajo inventada del papel al teléfono y hasta un cruce fronterizo, y ver en cada parada cómo un registro puede salirse de nuestro control y qué podemos hacer.
activity-records-journey-prep-journey-chart = Dibuje en un papelógrafo un camino con cuatro paradas: una hoja de papel; la cámara de un teléfono; un chat de grupo; un puerto de entrada.
activity-records-journey-prep-check-directive = Antes del taller, revise en cbp.gov si las reglas para revisar teléfonos en la frontera han cambiado desde la directiva de 2018 que se describe aquí, y corrija el paso si cambiaron.
activity-records-journey-step-introduce = Muestre una hoja de trabajo de documentación en blanco: «Imaginen que esta hoja ya está llena. Vamos a seguirla y ver adónde podría llegar».
activity-records-journey-step-stop-paper = Primera parada, el papel. Pregunte: «¿Dónde podría terminar esta hoja sin que lo queramos?» (olvidada en un carro, en la mesa de la cocina, en una bolsa que revisan). Luego diga: «El papel suele ser la forma más segura de guardar un registro, si no tiene nombres, se queda en un solo lugar privado y se entrega en mano al { -legal-aid-group }».
activity-records-journey-step-stop-photo = Segunda parada, la cámara del teléfono. Pregunte: «¿Qué pasa si alguien le toma una foto a la hoja?». Luego explique: «Los teléfonos suelen guardar dentro del archivo de la foto dónde y cuándo se tomó. Y muchos teléfonos copian cada foto a la nube de forma automática, así que la hoja ahora también está en los servidores de una empresa. Nuestro consejo: no le tomen fotos a las hojas de trabajo y, si toman alguna foto para un reporte, pregunten al { -legal-aid-group } cómo enviarla con seguridad».
activity-records-journey-step-stop-chat = Tercera parada, el chat de grupo. Pregunte: «¿Qué pasa cuando ya está en un chat?». Luego diga: «Cualquier persona del chat puede reenviarla, guardarla o enseñarla. Una vez enviada, no hay forma de recuperarla. No publiquen reportes ni fotos de reportes en chats de grupo ni en redes sociales; si necesitan mandar un mensaje, usen una aplicación cifrada de extremo a extremo, y solo con el { -legal-aid-group }».
activity-records-journey-step-stop-crossing = Cuarta parada, el puerto de entrada. Explique con calma: «En la frontera, el personal de la Oficina de Aduanas y Protección Fronteriza (CBP) puede revisar teléfonos. Según la directiva de CBP de 2018, una revisión básica, en la que se mira el teléfono a mano, no necesita ninguna sospecha. Una revisión avanzada, en la que se conecta un equipo para copiar o analizar el contenido, necesita una sospecha razonable o un motivo de seguridad nacional, y la aprobación de un mando superior. Estas revisiones son poco comunes: CBP dice que, en el año fiscal 2024, revisó un aparato a menos de 1 de cada 10,000 personas que llegaron en viajes internacionales. Pero si una hoja de trabajo está en su teléfono, se puede ver». Pregunte: «Entonces, ¿qué podríamos hacer?», y recoja respuestas: no guardar registros en el teléfono con el que se viaja; llevar los números importantes en papel; usar un código en lugar de la huella digital.
activity-records-journey-step-card = Reparta la tarjeta de bolsillo sobre cómo documentar con seguridad y léala en voz alta con el grupo.
activity-records-journey-debrief-which-stop = ¿En qué parada corre más riesgo un registro en nuestra comunidad?
activity-records-journey-debrief-one-change = ¿Qué cosa van a hacer de otra manera con su propio teléfono?
activity-records-journey-note-calm-numbers = Dé la cifra de «menos de 1 de cada 10,000» para que nadie entre en pánico; luego deje claro que el riesgo no es igual para todas las personas, y que es mayor para quienes no tienen la ciudadanía estadounidense.
activity-records-journey-note-never-lie = Si preguntan qué hacer si les revisan el teléfono, dé las recomendaciones generales de la Electronic Frontier Foundation (EFF, 2017) y canalice a las personas con { -legal-aid } para su caso: nunca mentir a las autoridades de la frontera, y no intentar trucos como carpetas ocultas. La EFF dice que el desbloqueo con huella digital es más débil que un código, y sugiere que cada persona evalúe su propio riesgo (su situación migratoria, sus viajes anteriores, qué tan delicados son sus datos) y piense en dejar los aparatos en casa o sacar los datos de ellos antes de viajar.
activity-records-journey-note-status-changes-risk = Según la EFF, a las personas con ciudadanía estadounidense no se les puede negar la entrada, aunque les pueden retener los aparatos; a quienes no tienen la ciudadanía y se niegan a desbloquear un teléfono les pueden negar la entrada, y quienes tienen visa o residencia permanente corren un riesgo adicional. Las autoridades pueden pedir que se desbloquee un teléfono, las contraseñas o los nombres de usuario en redes sociales. No vaya más allá: la situación de cada persona es una pregunta para un { -attorney } o una { -doj-rep }.
activity-records-journey-note-directive-limits = Según la directiva de 2018, las revisiones cubren solo lo que está guardado en el aparato: el personal debe desconectarlo de las redes y no pueden usarlo para llegar a los datos guardados en la nube. La directiva obliga solo a CBP, no a ICE ni a HSI. Diga con claridad que las reglas pueden haber cambiado desde 2018, y que esto es educación popular, no asesoría legal.
activity-records-journey-note-no-device-demo = No pida a nadie que saque su teléfono ni que muestre su configuración en el salón. Cada persona puede revisar su teléfono después, en privado.
activity-records-journey-adapt-low-literacy = Dibuje cada parada (una hoja, una cámara, un globo de diálogo, un puente) y cuente el viaje como una historia. La tarjeta de bolsillo se lee en voz alta.
activity-records-journey-adapt-large-group = Pida solo una respuesta del grupo en cada parada, y complete usted lo demás.
activity-records-journey-adapt-short-time = Cuente usted el viaje en seis minutos sin recoger respuestas, y luego lea la tarjeta con el grupo.
activity-records-journey-adapt-online = Muestre en pantalla el dibujo de las cuatro paradas. Recuerde que una reunión en línea es en sí misma un registro en los servidores de alguien, así que nadie debe compartir casos reales aquí.

## Actividad: documentation-practice

activity-documentation-practice-title = Practicar cómo documentar con seguridad
activity-documentation-practice-purpose = Practicar cómo anotar un incidente inventado en la hoja de trabajo: primero las preguntas sobre el consentimiento, sin nombres, y después revisar las hojas de otras personas en busca de datos que podrían identificar a alguien.
activity-documentation-practice-prep-read-scenario = Lea usted la situación inventada de la hoja de práctica y decida qué datos difuminaría o dejaría fuera una persona cuidadosa al documentar.
activity-documentation-practice-prep-ask-legal-group = Pregunte al { -legal-aid-group } que recibiría reportes reales qué necesita, qué hace con los reportes, cómo los protege y cómo una persona afectada puede comunicarse directamente con ese grupo. Comparta las respuestas con el grupo, sin nombrar a ninguna persona.
activity-documentation-practice-step-read-scenario = Reparta la hoja de práctica y la hoja de trabajo de documentación. Lea en voz alta la situación inventada mientras las personas siguen la lectura. Diga: «Esto es inventado. Hoy nadie debe escribir sobre un hecho real».
activity-documentation-practice-step-fill-worksheet = En parejas, las personas llenan la hoja de trabajo para la situación, empezando por las preguntas sobre el consentimiento. Recuérdeles: nada de nombres, el lugar como una zona, el mes en lugar de la fecha, las personas por su función o su uniforme. Ocho minutos.
activity-documentation-practice-step-swap-check = Cada pareja intercambia su hoja con otra pareja y la revisa: «¿Hay algo aquí que, solo o junto con otros datos, podría señalar a la mujer de la gasolinera, o a la persona que lo escribió?». Encierran en un círculo lo que encuentren.
activity-documentation-practice-step-blur = Las parejas recuperan sus hojas y difuminan lo que quedó en un círculo: una zona en lugar de una calle, «en la mañana» en lugar de una hora exacta, «un vehículo» en lugar de la única camioneta roja.
activity-documentation-practice-step-hand-over = Pregunte: «¿A quién le darían una hoja real?». Señale el { -legal-aid-group } en la { -referral-sheet }, y diga que las hojas de práctica se romperán al final, salvo que alguien quiera quedarse con una copia en blanco.
activity-documentation-practice-debrief-what-removed = ¿Qué encontró la otra pareja en su hoja que podría identificar a alguien?
activity-documentation-practice-debrief-consent-answer = ¿Cómo contestaron las preguntas sobre el consentimiento de la mujer de la situación?
activity-documentation-practice-debrief-where-keep = En su vida, ¿dónde estaría segura una hoja real hasta entregarla?
activity-documentation-practice-note-invented-only = Use solo la situación inventada. Si alguien empieza a escribir sobre un hecho real, dele las gracias, sugiera que lo guarde para una conversación privada con el { -legal-aid-group } y canalice a la persona con los contactos de la { -referral-sheet }.
activity-documentation-practice-note-no-names-not-no-contact = «Nada de nombres en el papel» no quiere decir «nada de contacto». Una hoja de testigo totalmente anónima quizá no le baste al { -legal-aid-group } para actuar. La persona afectada puede comunicarse ella misma con el { -legal-aid-group }, si quiere y cuando quiera, por los canales seguros del propio grupo. La hoja de trabajo solo anota si la persona quiere ese contacto, nunca cómo encontrarla.
activity-documentation-practice-note-worksheet-stays = El intercambio y la revisión son el corazón de esta actividad: las personas aprenden a ver su propia hoja con los ojos de alguien que quiere hacer daño. Dele los cinco minutos completos.
activity-documentation-practice-note-help-writing = Quizá algunas personas no se sientan cómodas escribiendo. Deje que cada pareja decida quién escribe, o que le contesten a usted en voz alta.
activity-documentation-practice-adapt-low-literacy = Trabaje con todas las personas en un solo grupo: lea cada pregunta en voz alta, deje que las personas contesten en voz alta y escriba usted las respuestas en una copia grande de la hoja de trabajo. Haga la revisión con todo el grupo: «¿Esto podría señalar a alguien?».
activity-documentation-practice-adapt-large-group = Cada pareja intercambia con la pareja de al lado, y usted recoge solo dos o tres ejemplos de lo que encontraron.
activity-documentation-practice-adapt-short-time = Pida que llenen solo las preguntas sobre el consentimiento y las de «dónde», «cuándo» y «quién», y que después hagan el intercambio y la revisión.
activity-documentation-practice-adapt-online = Las personas llenan la hoja de trabajo en papel en su casa, no en la pantalla. Lea las preguntas en voz alta y pida a cada pareja, en una sala para grupos pequeños, que se cuenten lo que escribieron y qué podría identificar a alguien. No se escribe nada en el chat ni se toman fotos.

## Actividad: report-to-recommendation

activity-report-to-recommendation-title = De los reportes a las recomendaciones
activity-report-to-recommendation-purpose = Practicar el paso de la documentación a la incidencia: contar reportes inventados y anónimos, encontrar un patrón, redactar dos o tres recomendaciones de la comunidad y saber adónde pueden llegar.
activity-report-to-recommendation-prep-tally-chart = Dibuje para cada grupo una tabla de conteo con filas para los tipos de preocupación (revisiones y esperas largas; trato de los agentes; servicios que piden identificación; agua, inundaciones y calor; autobuses y caminos; información solo en inglés) y columnas para las tres zonas de los reportes de práctica (lado norte, centro, lado este).
activity-report-to-recommendation-prep-doors-chart = Dibuje tres puertas en un papelógrafo: «Local», «Nacional», «Internacional». Debajo de cada una, deje espacio para agregar los lugares que nombre el grupo.
activity-report-to-recommendation-prep-know-partners = Averigüe con anticipación qué grupo jurídico local o qué red podría llevar adelante las recomendaciones, y si ya trabaja con organismos nacionales o internacionales. Nunca prometa al grupo que una recomendación va a llegar a algún lado.
activity-report-to-recommendation-step-the-model = Explique el modelo: «Grupos comunitarios de la frontera han convertido muchos reportes sueltos en un solo informe con recomendaciones. La Border Network for Human Rights, por ejemplo, publicó en 2018 un informe con un resumen por cada agencia, testimonios de la comunidad y recomendaciones de política y de práctica, agencia por agencia. Vamos a hacer una versión pequeña con reportes inventados».
activity-report-to-recommendation-step-tally = Cada grupo lee los doce reportes inventados de la hoja de práctica y hace una marca en la tabla por cada uno: por tipo de preocupación, por zona y por mes.
activity-report-to-recommendation-step-check-counts = Pida a cada grupo que busque las casillas con solo una o dos marcas: «Si publicáramos esto, ¿podría señalar a una familia?». Los grupos juntan las casillas pequeñas en una zona más grande o en un periodo más largo, o las dejan fuera de todo lo que salga del salón.
activity-report-to-recommendation-step-patterns = Cada grupo nombra un patrón, en una frase, y lo relaciona con el mapa («Las revisiones largas pasan donde faltan autobuses»).
activity-report-to-recommendation-step-draft = Cada grupo redacta dos o tres recomendaciones en la hoja de trabajo: quién debe hacer qué, y para cuándo. Dé un ejemplo: «El condado debe enviar las alertas de emergencia en español y en los demás idiomas que se hablan aquí, a partir de esta temporada de huracanes». Una recomendación pide un cambio en una política o en una práctica; no nombra ni culpa a una persona.
activity-report-to-recommendation-step-where-it-goes = Señale las tres puertas y pregunte a los grupos adónde podrían llevar sus recomendaciones. Agregue lo que el grupo no nombre: en lo local, un cabildo o concejo municipal, el condado, la junta de una escuela o de una clínica; en lo nacional, los canales de quejas y de supervisión de las agencias, siempre a través de una organización jurídica aliada de confianza; en lo internacional, el Relator Especial de la ONU sobre los derechos humanos de los migrantes y la Comisión Interamericana de Derechos Humanos (CIDH), por lo general a través de una red que ya trabaja con ellos.
activity-report-to-recommendation-debrief-strongest = ¿Cuál es la recomendación más fuerte, y qué la hace fuerte?
activity-report-to-recommendation-debrief-who-decides = ¿Quién en nuestra región puede decirle que sí? ¿Quién tendría que presionar para lograrlo?
activity-report-to-recommendation-debrief-what-risk = ¿Qué riesgo podría traer a nuestra comunidad esta recomendación, o el informe que la respalda, y cómo lo reduciríamos?
activity-report-to-recommendation-note-spotlight-model = Esta actividad sigue el modelo del proyecto Spotlight de la National Network for Immigrant and Refugee Rights (NNIRR) sobre la región fronteriza: un mapa y un informe de derechos humanos sobre cómo se relacionan la pobreza, la desigualdad social y el control migratorio, seguido de un proceso comunitario que lleva las recomendaciones a la incidencia nacional e internacional.
activity-report-to-recommendation-note-bnhr-structure = El informe de 2018 de la Border Network for Human Rights sobre su campaña de documentación de abusos tiene esta estructura: la campaña y sus resultados; para cada agencia (la Patrulla Fronteriza, la Oficina de Operaciones de Campo de CBP, ICE, y las policías locales y estatales) un resumen de los abusos seguido de testimonios de la comunidad; recomendaciones de política y de práctica, agencia por agencia; y, en un anexo, su formulario de registro. Su lema es «Behind Every Abuse is A Community» («Detrás de cada abuso hay una comunidad»).
activity-report-to-recommendation-note-outside-pressure = WOLA y la Iniciativa Kino para la Frontera (2023) describen dos caminos por los que los abusos de CBP y de la Patrulla Fronteriza llegan a la rendición de cuentas: los casos que las autoridades investigan por su cuenta, y un número mucho mayor que avanza solo si actúan organizaciones de fuera o las propias personas afectadas. Por eso importa la documentación comunitaria, y por eso hay que hacerla con seguridad.
activity-report-to-recommendation-note-rapporteur = El cargo de Relator Especial de la ONU sobre los derechos humanos de los migrantes se creó en 1999. Su mandato abarca todos los países e incluye recibir información de todas las fuentes pertinentes, incluidas las propias personas migrantes. El Relator no exige que antes se hayan agotado todos los recursos en el país, y actúa sobre todo mediante cartas confidenciales a los gobiernos. Las relatoras y los relatores especiales también publican convocatorias de aportes para sus informes, que la sociedad civil puede responder, por ejemplo la del 1 de mayo de 2024 sobre las contribuciones de las personas migrantes. Pregunte a una organización aliada o a una red cuál es hoy la vía para enviar información; no se confirmó para esta guía.
activity-report-to-recommendation-note-iachr = La Comisión Interamericana de Derechos Humanos celebra audiencias públicas durante sus períodos de sesiones. Su Reglamento (vigente desde el 1 de agosto de 2013, artículo 62) dice que en las audiencias se puede recibir información general o particular sobre los derechos humanos en uno o más Estados miembros de la Organización de los Estados Americanos. Por lo general, los grupos piden una audiencia a través de una red con experiencia; no es un paso para que un grupo comunitario lo dé solo.
activity-report-to-recommendation-note-no-expectations = No cree expectativas que no se puedan cumplir: crear expectativas que luego no se cumplen es uno de los riesgos éticos del mapeo participativo (Rambaldi y otros, 2006). Diga con honestidad que las recomendaciones toman tiempo, que muchas no se adoptan, y que su valor también está en cómo se organiza la comunidad alrededor de ellas.
activity-report-to-recommendation-note-partner-decides = Nada de este taller va a ningún lado sin el acuerdo del grupo. Lo único que puede salir del salón es el conteo con los números pequeños ya juntos, nunca una hoja de trabajo, y solo a través de una organización jurídica aliada de confianza.
activity-report-to-recommendation-note-open-questions = Algunas cosas no se confirmaron en la investigación para esta guía, así que no las afirme: en qué estado está hoy el examen de Estados Unidos en el Consejo de Derechos Humanos de la ONU, y cuál es la vía en línea actual para enviar información al Relator Especial. Pregunte a una red que trabaje con estos organismos.
activity-report-to-recommendation-adapt-low-literacy = Lea en voz alta los reportes inventados, uno por uno, y deje que el grupo le diga dónde poner cada marca en una tabla grande. El grupo redacta las recomendaciones en voz alta, y usted las escribe.
activity-report-to-recommendation-adapt-large-group = Dé a cada grupo cuatro de los doce reportes y después sume los conteos de todos los grupos en una sola tabla grande antes de buscar patrones.
activity-report-to-recommendation-adapt-short-time = Pida que cuenten solo por tipo de preocupación y que redacten una recomendación por grupo, y nombre usted las tres puertas.
activity-report-to-recommendation-adapt-online = Muestre en pantalla una tabla de conteo en blanco y complete usted la tabla mientras las personas dicen los números. El grupo redacta las recomendaciones en voz alta; nadie escribe lugares reales en el chat.

## Actividad: first-steps

activity-first-steps-title = Nuestros primeros pasos
activity-first-steps-purpose = Llevar a la acción: cada persona o grupo elige un primer paso concreto y seguro para después del taller, para que el mapa y las recomendaciones lleven a algún lado.
activity-first-steps-prep-action-chart = Escriba en un papelógrafo: «Un paso que voy a dar, o que vamos a dar, en el próximo mes», con tres columnas de ejemplo: «Aprender», «Compartir», «Organizarnos».
activity-first-steps-step-look-back = Señale el papelógrafo «Lo que vemos» y las recomendaciones. Pregunte: «¿Qué es lo que más les importa de todo esto?».
activity-first-steps-step-choose = Cada persona, o cada grupo pequeño, elige un primer paso y lo escribe o lo dibuja en una nota adhesiva. Dé ejemplos: reunirnos con el { -legal-aid-group } para preguntar cómo recibe los reportes; llevar una recomendación a una reunión de la comunidad; acordar una forma segura de guardar los registros de nuestro grupo; dar este taller a otro grupo; revisar la configuración de mi propio teléfono.
activity-first-steps-step-roles-not-names = Recuerde a las personas: «Escriban el paso y, si quieren, una función (“el comité de la iglesia”, “nuestro grupo”), nunca un nombre».
activity-first-steps-step-share = Invite a las personas a leer su paso en voz alta o a pegarlo en el papelógrafo. Cualquiera puede quedarse con su nota.
activity-first-steps-step-commit = Pregunte: «¿Quién les va a ayudar, y para cuándo?». Dé un momento para pensarlo en silencio.
activity-first-steps-debrief-first-step = ¿Qué es lo primero que van a hacer, esta misma semana?
activity-first-steps-debrief-support-needed = ¿Qué apoyo necesitan de este grupo, o de { -org-placeholder }?
activity-first-steps-note-never-cut = Este es el paso de acción de la espiral y nunca es opcional. Si el día se atrasa, acorte las actividades de información nueva, no esta.
activity-first-steps-note-small-steps = Un paso pequeño que la gente sí da vale más que un plan grande que nadie lleva a cabo. Ayude a que cada paso sea concreto: qué, con quién, para cuándo.
activity-first-steps-note-no-lists = No haga una lista de quién va a hacer qué, y no recoja números de teléfono. Quienes quieran seguir trabajando en equipo pueden quedarse al final y acordar cómo comunicarse, por una aplicación de mensajería cifrada, solo si así lo quieren.
activity-first-steps-note-not-assignments = Ningún paso puede consistir en vigilar, grabar o seguir operativos como tarea de este grupo. Si alguien elige un paso así, recuérdele que es una decisión personal y canalice a la persona con el { -legal-aid-group } para que la oriente.
activity-first-steps-adapt-low-literacy = Las personas dicen su paso en voz alta o lo dibujan; usted puede escribirlo en el papelógrafo si quieren.
activity-first-steps-adapt-large-group = Cada grupo pequeño acuerda un paso común y una persona lo lee en voz alta.
activity-first-steps-adapt-short-time = Omita el papelógrafo: haga una sola ronda, y cada persona dice su paso en una frase o dice «paso».
activity-first-steps-adapt-online = Las personas escriben su paso en un mensaje privado para sí mismas o en papel, y lo comparten en voz alta si quieren.

## Actividad: closing

activity-closing-title = Cierre y evaluación
activity-closing-purpose = Decidir en grupo qué pasa con los mapas, evaluar el taller de forma anónima y cerrar con cuidado.
activity-closing-prep-box-ready = Ponga una caja o un sobre junto a la puerta para los formularios de evaluación, para que las personas los dejen sin que nadie los vea.
activity-closing-step-map-decision = Pida al grupo que decida qué pasa con los mapas y los papelógrafos: dejarlos con una organización de confianza, llevárselos a casa o romperlos ahora. Confirme que todas las personas estén de acuerdo; si alguien no lo está, se rompen. Nada de fotos, salvo que todas las personas estén de acuerdo.
activity-closing-step-evaluation-form = Reparta el formulario de evaluación y diga: «Sin nombres. Contesten lo que quieran, dóblenlo y déjenlo en la caja al salir». Dé cuatro minutos.
activity-closing-step-resources = Vuelva a señalar la { -referral-sheet } y la tarjeta de bolsillo. Recuerde a todas las personas que esto fue educación popular, no asesoría legal, investigada hasta { -current-date }.
activity-closing-step-closing-breath = Cierre con la { -grounding-practice }, con todo el grupo, y agradezca a todas las personas su confianza y su tiempo.
activity-closing-debrief-one-word = En una palabra: ¿cómo se van hoy?
activity-closing-note-stay-after = Quédese por lo menos quince minutos después del final por si alguien quiere hablar en privado, y tenga a mano los contactos de apoyo.
activity-closing-note-destroy-notes = Después del taller, lea los formularios de evaluación, anote solo los números y las ideas para mejorar, y destruya los formularios. Rompa las hojas de trabajo de práctica y los papelógrafos de la clasificación. Quite todos los papelógrafos.
activity-closing-note-map-by-consent = Si el grupo decide conservar un mapa, la persona que se lo lleve debe guardarlo en papel, en un solo lugar privado, y nunca sacarle fotos ni publicarlo.
activity-closing-adapt-low-literacy = Haga la evaluación en voz alta: haga las tres preguntas y deje que las personas muestren el pulgar arriba, de lado o abajo, o que pongan un punto en una escala de caras, de triste a contenta.
activity-closing-adapt-large-group = Ponga dos o tres cajas junto a las puertas para que nadie tenga que hacer fila, y pida la ronda de una palabra solo a quien quiera participar.
activity-closing-adapt-short-time = Haga solo la decisión sobre el mapa y la respiración de cierre; las personas pueden llevarse el formulario de evaluación y entregarlo después a { -org-placeholder }, sin nombre.
activity-closing-adapt-online = Use una encuesta anónima para la evaluación, sin recoger nombres, y cierre con la respiración en grupo frente a la pantalla.

## Dinámica de energía: count-together

activity-count-together-title = Contar en grupo
activity-count-together-purpose = Despertar al grupo y volver a sentir el «nosotros», sin moverse, sin nombres y sin señalar a nadie.
activity-count-together-prep-circle = Acomode las sillas en círculo, o deje que las personas se queden donde están.
activity-count-together-step-explain = Explique: «Vamos a contar del uno al quince en grupo. Cualquiera puede decir el número que sigue, pero si dos personas hablan a la vez, volvemos a empezar desde el uno. No se vale ponerse de acuerdo sobre quién sigue».
activity-count-together-step-count = Empiece a contar. Ríase con el grupo cuando haya que volver a empezar. Si el grupo llega al quince, invítelo a intentarlo de nuevo con los ojos cerrados, o a contar hacia atrás.
activity-count-together-step-close = Diga: «Así funciona un grupo: escuchar, esperar, volver a intentar».
activity-count-together-debrief-what-helped = ¿Qué nos ayudó a llegar más lejos?
activity-count-together-note-no-winner = Aquí no hay quien gane ni a quien culpar cuando dos personas hablan a la vez. Si hace falta, échese usted la culpa con una sonrisa.
activity-count-together-adapt-low-literacy = No hay nada que leer ni escribir; no hace falta ningún cambio.
activity-count-together-adapt-large-group = Con más de veinticinco personas, pida que cuenten hasta treinta, o forme dos círculos.
activity-count-together-adapt-short-time = Basta con una ronda hasta quince; toma dos o tres minutos.
activity-count-together-adapt-online = Funciona bien en línea: las personas activan el micrófono para decir el número que sigue.

## Dinámica de energía: shake-out

activity-shake-out-title = Sacudirse: cinco, cuatro, tres…
activity-shake-out-purpose = Sacudirse el cansancio y la tensión después de comer o de una actividad pesada; cada movimiento tiene una versión sentada o sin moverse.
activity-shake-out-prep-space = Asegúrese de que haya un poco de espacio alrededor de cada silla.
activity-shake-out-step-explain = Explique: «Vamos a sacudir cada mano y cada pie mientras contamos hacia atrás desde cinco. Lo pueden hacer de pie, en su silla, solo con las manos, o solo mirar y respirar».
activity-shake-out-step-countdown = Dirija la cuenta en voz alta: la mano derecha cinco veces, la mano izquierda cinco veces, el pie derecho, el pie izquierdo; luego cuatro veces cada uno, luego tres, dos, una. Cada ronda, más rápido.
activity-shake-out-step-breathe = Termine con una respiración lenta en grupo y un estiramiento hacia arriba, o alzando los hombros para quien lo prefiera.
activity-shake-out-debrief-how-now = En una palabra: ¿cómo se sienten ahora?
activity-shake-out-note-movement-optional = Diga con claridad que mirar también es participar. Nunca pida a nadie que se ponga de pie, y no comente quién se mueve.
activity-shake-out-adapt-low-literacy = No hay nada que leer ni escribir; muestre cada movimiento mientras cuenta.
activity-shake-out-adapt-large-group = Funciona con cualquier número de personas; póngase en un lugar donde todo el grupo pueda verle.
activity-shake-out-adapt-short-time = Haga solo la ronda de cinco y la de una.
activity-shake-out-adapt-online = Funciona frente a la cámara; las personas pueden dejar la cámara apagada y moverse igual.

## Reapertura: welcome-back

activity-welcome-back-title = Bienvenida de regreso: un saludo breve
activity-welcome-back-purpose = Cuando este módulo sigue a otro el mismo día: recibir de nuevo a las personas, recordar los acuerdos hechos en la mañana en lugar de volver a hacerlos, y llegar como grupo al mapa.
activity-welcome-back-prep-agreements-up = Deje el papelógrafo de los acuerdos de la mañana en la pared, donde todas las personas lo vean.
activity-welcome-back-prep-support-contacts-ready = Tenga copias de más de la { -referral-sheet } para quien haya llegado después de la mañana.
activity-welcome-back-step-welcome = Dé la bienvenida de regreso y nombre el módulo: «{ -module-name }».
activity-welcome-back-step-agreements-reminder = Señale el papelógrafo de los acuerdos y lea en voz alta tres de ellos: que pedimos a todas las personas que guarden lo que se comparte, pero no lo podemos garantizar, así que compartan solo lo que no les molestaría que otras personas repitieran; que cualquiera puede decir «paso» o salir; y nada de nombres, domicilios ni situación migratoria. Pregunte: «¿Seguimos de acuerdo? ¿Hay algo que agregar?».
activity-welcome-back-step-what-is-different = Diga: «Esta tarde vamos a dibujar mapas y a practicar cómo anotar las cosas. Todo sigue siendo anónimo, y todo con lo que practicamos es inventado. Es educación popular, no asesoría legal».
activity-welcome-back-step-check-in = Pida un saludo de una palabra, o el pulgar arriba, de lado o abajo. Cualquiera puede decir «paso».
activity-welcome-back-step-grounding = Haga una vez la { -grounding-practice } con todo el grupo.
activity-welcome-back-debrief-anything-to-add = ¿Hay algo que debamos agregar a nuestros acuerdos para esta tarde?
activity-welcome-back-note-new-arrivals = Si se unió alguien nuevo, dele una copia de la { -referral-sheet } y un { -name-tag } en blanco, y explíquele en una frase por qué no hay hoja de registro.
activity-welcome-back-adapt-low-literacy = Señale los dibujos junto a los acuerdos mientras los lee.
activity-welcome-back-adapt-large-group = Omita la ronda de una palabra; pida que muestren el pulgar.
activity-welcome-back-adapt-short-time = Lea el acuerdo sobre la confidencialidad y el derecho a salir, y luego haga la { -grounding-practice } con el grupo.
activity-welcome-back-adapt-online = Pegue los acuerdos en el chat y pida una reacción para confirmarlos.

## Calendario de preparación

timeline-week-before-support-contacts = Llene la { -referral-sheet } con contactos locales reales: { -legal-aid }, una { -doj-rep } o un { -attorney }, apoyo en salud mental que atienda a las personas sin importar su situación migratoria, una línea de crisis, apoyo para familias de personas migrantes desaparecidas y el contacto público de { -org-placeholder }. Nunca invente un nombre ni un número.
timeline-week-before-check-contacts = Llame o visite cada contacto de la hoja: ¿sigue abierto?, ¿recibe a personas nuevas?, ¿atiende a personas sin papeles?, ¿en qué idiomas? Anote en la hoja la fecha en que lo confirmó.
timeline-week-before-legal-group = Hable con el { -legal-aid-group } que recibiría reportes reales: qué necesita, qué hace con los reportes, cómo los protege, cómo una persona afectada puede comunicarse directamente con ese grupo y qué ha cambiado en la ley desde { -current-date }.
timeline-week-before-venue-safety-plan = Acuerde un plan de seguridad con quien presta el lugar: quién abre la puerta si llega un agente o una persona desconocida con una cámara (una persona del equipo facilitador, que sale y cierra la puerta); que no se deja pasar a nadie sin hablar antes con { -legal-aid }; qué hacen las demás personas (quedarse sentadas, mantener la calma; nadie tiene que contestar preguntas); y dónde se ponen mientras tanto los mapas y las hojas de trabajo. Averigüe si el lugar tiene cámaras que graban el salón.
timeline-week-before-interpreter = Contrate a una persona intérprete si el grupo es bilingüe o si hay hablantes de una lengua indígena, y envíele con anticipación el glosario y la hoja de práctica.
timeline-week-before-local-figures = Si quiere, busque las cifras de pobreza de su condado en las tablas más recientes de cinco años de la Encuesta sobre la Comunidad Estadounidense (ACS) en data.census.gov, y anote el año de los datos.
timeline-week-before-roles = Acuerde los papeles con la { -co-facilitator }: quién dirige cada actividad, quién observa al grupo y el { -quiet-corner }, quién abre la puerta.
timeline-day-before-print = Imprima los materiales para participantes (uno por persona y algunos de más) y las tarjetas de bolsillo, y saque copias de la { -referral-sheet } ya llena para todo el grupo.
timeline-day-before-pack = Prepare los materiales: papelógrafos, marcadores de tres colores, puntos adhesivos de tres colores, notas adhesivas, cinta adhesiva de papel, bolígrafos o lápices, gafetes, agua y una caja para los formularios de evaluación. Escriba las notas con los datos y dibuje los papelógrafos.
timeline-day-before-shared-area = Elija la zona pública compartida que los grupos van a dibujar, y dibuje los contornos si los va a usar.
timeline-day-before-own-phones = Decida qué hará con sus propios teléfonos durante el taller: nada de fotos, notificaciones apagadas y ninguna nota del taller en ellos.
timeline-on-the-day-room = Acomode las sillas en círculo, prepare el { -quiet-corner }, despeje una pared para los mapas y revise las salidas.
timeline-on-the-day-door-briefing = Antes de que lleguen las personas, repase el plan de seguridad del lugar con la { -co-facilitator } y con alguien del lugar.
timeline-on-the-day-contacts-on-chairs = Ponga una { -referral-sheet } boca abajo en cada silla.
timeline-on-the-day-nothing-to-sign = Confirme que no haya hoja de registro, ni cámara apuntando al salón, ni nada que las personas participantes tengan que firmar.
timeline-after-map-decision = Haga lo que el grupo decidió sobre los mapas: entregarlos a la organización de confianza o romperlos. No les tome fotos.
timeline-after-destroy-notes = Lea los formularios de evaluación, anote solo los números y las ideas para mejorar, y destruya los formularios de evaluación, las hojas de trabajo de práctica y los papelógrafos de la clasificación.
timeline-after-pass-on-counts = Si el grupo estuvo de acuerdo, entregue las recomendaciones (y solo un conteo con los números pequeños ya juntos) a la organización jurídica aliada, en mano o por su canal seguro.
timeline-after-debrief-together = Reúnase con la { -co-facilitator } en los días siguientes: qué salió bien, qué fue difícil, y si alguien contó algo que necesita seguimiento a través de los contactos de apoyo.
timeline-after-own-care = Cuídese. Escuchar historias de operativos y de dificultades también pesa sobre quien facilita. Hable con alguien de confianza, y use el contacto de salud mental de la hoja si lo necesita.

## Interpretación

interpretation-consecutive = En un salón bilingüe, use interpretación consecutiva: diga dos o tres frases, haga una pausa y deje que la persona intérprete las repita. Lea despacio las frases escritas en la guía y haga la pausa después de cada instrucción, no a la mitad.
interpretation-brief-interpreter = Prepare a la persona intérprete antes del día: envíele el glosario, la hoja de práctica y las reglas de seguridad, y acuerden las palabras que usarán para «consentimiento», «anónimo», «difuminar» y «recomendación», para que sean las mismas todo el día.
interpretation-same-agreements = La persona intérprete sigue los mismos acuerdos que todo el grupo: nada de notas con nombres, nada de fotos y nada repetido fuera del salón. En una comunidad pequeña, la persona intérprete puede conocer a participantes; pregunte al grupo, en privado si hace falta, si están a gusto con eso.
interpretation-indigenous-languages = Pregunte con anticipación, y en privado, si alguien seguiría mejor el taller en una lengua indígena de México o de Centroamérica. Si es así, busque una persona intérprete comunitaria para esa lengua y apóyese en explicaciones orales y dibujos más que en materiales escritos.
interpretation-ask-privately = Nunca pregunte al salón «¿quién no habla inglés?» ni «¿quién habla una lengua indígena?». Pregunte en voz baja, una persona a la vez, o en la llamada de inscripción, para no señalar a nadie.
interpretation-no-children = Evite pedir a niñas, niños o familiares que interpreten. Los temas de hoy pueden ser pesados, y un familiar puede escuchar cosas que la persona preferiría guardar.
interpretation-materials = Los materiales bilingües, con los dos idiomas lado a lado, ayudan a quienes interpretan y a los grupos mixtos. Aun así, lea en voz alta cada material: no todas las personas leen con facilidad en ninguno de los dos idiomas.
interpretation-time = Nuestro consejo: calcule que, con interpretación consecutiva, todo lo que se dice en voz alta tomará más o menos el doble de tiempo. En un taller con interpretación, use las adaptaciones para poco tiempo, o dé el módulo en dos sesiones.

## Materiales

material-chairs-in-circle = { -supply-chairs-in-circle }
material-flipchart-paper = { -supply-flipchart-paper }
material-markers = { -supply-markers }
material-markers-three-colours = Marcadores de tres colores, un color por capa del mapa
material-blank-name-tags = { -supply-blank-name-tags }
material-open-floor-space = { -supply-open-floor-space }
material-dot-stickers-three-colours = Puntos adhesivos de tres colores, iguales a los marcadores
material-sticky-notes = { -supply-sticky-notes }
material-masking-tape = { -supply-masking-tape }
material-water-and-snacks = { -supply-water-and-snacks }
material-pens = { -supply-pens }
material-blank-worksheet-prop = Una copia en blanco de la hoja de trabajo de documentación, para mostrarla
material-evaluation-box = { -supply-evaluation-box }

## Materiales para participantes

handout-support-contacts-title = Contactos de apoyo
handout-support-contacts-intro = { -org-placeholder } confirmó estos contactos antes del taller. Guarde esta hoja en un lugar privado. No tiene que dar su nombre a nadie para pedir ayuda.
handout-support-contacts-contacts-heading = Dónde conseguir ayuda
handout-support-contacts-contacts-body = Escriba aquí sus propias notas solo si es seguro para usted. Nunca escriba en esta hoja el nombre ni la situación migratoria de nadie.
handout-support-contacts-contacts-prompt-legal-aid = Ayuda legal (nombre de la organización y teléfono):
handout-support-contacts-contacts-prompt-accredited-rep = { -doj-rep }, o abogado o abogada de inmigración:
handout-support-contacts-contacts-prompt-mental-health = Apoyo en salud mental para todas las personas, sin importar su situación migratoria:
handout-support-contacts-contacts-prompt-crisis = Línea de crisis, de día y de noche:
handout-support-contacts-contacts-prompt-family-search = Apoyo para familias que buscan a una persona migrante desaparecida:
handout-support-contacts-contacts-prompt-organisation = La organización que dio este taller (contacto público):
handout-support-contacts-checked-heading = Confirmado
handout-support-contacts-checked-body = Los contactos cambian. Si alguno no contesta, pida otro a la organización que dio este taller.
handout-support-contacts-checked-prompt-checked-on = Confirmado el (fecha) por (función, no un nombre):

handout-map-key-title = La clave de nuestro mapa y las reglas del mapeo seguro
handout-map-key-intro = Nuestro mapa muestra condiciones y patrones en una zona pública compartida, nunca personas. Es del grupo que lo hizo.
handout-map-key-three-layers-heading = Tres capas, tres colores
handout-map-key-three-layers-body = Todos los grupos usan los mismos tres colores, para poder comparar los mapas.
handout-map-key-three-layers-item-inequity = Primer color: lo que falta o no llega por igual. No hay agua potable ni drenaje, no pasa el autobús o pasa muy poco, clínicas que piden identificación en la puerta, calles que se inundan, falta de sombra con el calor, alertas solo en inglés.
handout-map-key-three-layers-item-enforcement = Segundo color: el control migratorio. Puntos de revisión (retenes), caminos donde esperan las patrullas, lugares públicos donde la gente cuenta que la detienen. Se marca el lugar y el tipo de cosa, nunca a quién.
handout-map-key-three-layers-item-help = Tercer color: la ayuda. El tipo de servicio (una clínica gratuita, un banco de comida, { -legal-aid }, una biblioteca con internet), no su nombre ni su dirección.
handout-map-key-three-layers-item-change = Una flecha con una o dos palabras: algo que cambió (un retén nuevo, un autobús que dejó de pasar, una clínica que cerró).
handout-map-key-rules-heading = Reglas del mapeo seguro
handout-map-key-rules-body = Un mapa puede terminar en otras manos. Dibuje solo lo que sería seguro que viera cualquiera.
handout-map-key-rules-item-no-homes = Nada de casas: ni la suya ni la de nadie.
handout-map-key-rules-item-no-routes = Nada de rutas que la gente usa para cruzar o para evitar los puntos de revisión.
handout-map-key-rules-item-no-workplaces = Nada de lugares de trabajo.
handout-map-key-rules-item-no-names = Nada de nombres de personas.
handout-map-key-rules-item-type-not-address = Marque la ayuda como un tipo de servicio en la parte correcta de la zona, no con su dirección exacta, si el mapa puede salir del salón.
handout-map-key-rules-item-public-area = Dibuje una zona pública compartida que la mayoría conozca, no el lugar donde vive alguien.
handout-map-key-rules-item-belongs = El mapa es del grupo. El grupo decide qué pasa con él.
handout-map-key-rules-item-paper-only = Solo en papel. Nada de fotos salvo que todo el grupo esté de acuerdo, y nunca en internet.
handout-map-key-questions-heading = Preguntas para hacerle a cualquier mapa
handout-map-key-questions-item-whose-map = ¿De quién es este mapa, y quién decidió lo que aparece en él?
handout-map-key-questions-item-who-gains = Si saliera del salón, ¿quién podría ganar con él y quién podría perder?
handout-map-key-questions-item-what-missing = ¿Qué no aparece en el mapa, y por qué?

handout-documentation-worksheet-title = Cómo anotar con seguridad una preocupación de derechos humanos
handout-documentation-worksheet-intro = Use esta hoja para anotar algo que le preocupó, para que un { -legal-aid-group } de confianza pueda ayudar. Nunca escriba en ella el nombre de nadie: ni el suyo ni el de otra persona. No es un formulario legal ni es asesoría legal.
handout-documentation-worksheet-before-you-start-heading = Antes de empezar
handout-documentation-worksheet-before-you-start-body = Lea primero estos puntos.
handout-documentation-worksheet-before-you-start-item-their-choice = Es su historia y es su decisión. La persona a quien le pasó decide si se anota y quién lo ve. Un reporte puede ponerla en riesgo a ella y a su familia.
handout-documentation-worksheet-before-you-start-item-never-write = Nunca escriba el nombre, la dirección, la situación migratoria ni el número A de nadie, ni con quién viajó o cruzó alguien, ni ninguna ruta.
handout-documentation-worksheet-before-you-start-item-your-safety = Su seguridad es lo primero. Escriba solo lo que vio desde un lugar seguro. No siga a nadie ni se meta en lo que está pasando.
handout-documentation-worksheet-before-you-start-item-facts-only = Escriba lo que vio y lo que oyó. Si está suponiendo algo, dígalo.
handout-documentation-worksheet-before-you-start-item-no-photos = No les tome fotos a las personas ni a esta hoja.
handout-documentation-worksheet-consent-heading = Primero, el consentimiento
handout-documentation-worksheet-consent-prompt-agreed = ¿La persona a quien le pasó estuvo de acuerdo con este reporte? ¿Qué dijo? (Si no pudo preguntarle, escriba «no pude preguntar» y reporte solo el patrón.)
handout-documentation-worksheet-consent-prompt-how-used = ¿Cómo quiere que se use, y por quién?
handout-documentation-worksheet-consent-prompt-contact = ¿Quiere que el { -legal-aid-group } hable con ella? Escriba solo sí, no o no sabe. Nunca escriba cómo encontrarla: ella puede comunicarse por su cuenta con el { -legal-aid-group }.
handout-documentation-worksheet-what-happened-heading = Qué pasó
handout-documentation-worksheet-what-happened-prompt-what = ¿Qué pasó? Dígalo en pocas palabras.
handout-documentation-worksheet-what-happened-prompt-where = ¿Dónde? Nombre una zona pública («la carretera de salida del pueblo», «cerca del puente»), nunca una casa ni una dirección exacta.
handout-documentation-worksheet-what-happened-prompt-when = ¿Cuándo? El mes, y si fue en la mañana, en la tarde o en la noche.
handout-documentation-worksheet-what-happened-prompt-who = ¿Quiénes participaron? Describa a esas personas por su función, su uniforme o su vehículo, nunca por su nombre («dos agentes con uniforme verde», «un vehículo blanco con una franja verde»).
handout-documentation-worksheet-what-happened-prompt-saw = ¿Qué vio y qué oyó, paso a paso?
handout-documentation-worksheet-what-happened-prompt-after = ¿Qué pasó después? ¿Alguien salió lastimado? (Sin nombres.)
handout-documentation-worksheet-check-before-heading = Revise antes de entregarla
handout-documentation-worksheet-check-before-body = Lea su hoja como si fuera alguien que quiere hacer daño. ¿Podría señalar a una sola persona?
handout-documentation-worksheet-check-before-item-combined = Datos que parecen inofensivos pueden, juntos, identificar a alguien: una fecha, una hora, un lugar y un vehículo.
handout-documentation-worksheet-check-before-item-area = Difumine los lugares: ponga solo una zona o un cruce de calles.
handout-documentation-worksheet-check-before-item-month = Deje las fechas solo en el mes, y las horas solo en mañana, tarde o noche.
handout-documentation-worksheet-check-before-item-rare = Deje fuera los datos poco comunes: la única camioneta roja, la única tienda de la calle, un tatuaje.
handout-documentation-worksheet-check-before-item-small = Cuando se comparten números, una cifra de uno o dos casos puede señalar a una familia. Pida al { -legal-aid-group } que la junte con otras.
handout-documentation-worksheet-keep-safe-heading = Cómo guardarla con seguridad
handout-documentation-worksheet-keep-safe-body = Un papel sin nombres, guardado en un solo lugar privado, suele ser la forma más segura de guardar un registro.
handout-documentation-worksheet-keep-safe-item-paper = Guarde esta hoja en un lugar privado hasta entregarla. No la deje en el carro.
handout-documentation-worksheet-keep-safe-item-no-photo = No le tome fotos. Las fotos pueden guardar el lugar y la hora en que se tomaron, y los teléfonos muchas veces las copian a la nube.
handout-documentation-worksheet-keep-safe-item-no-chats = No la mande, ni mande fotos de ella, por chats de grupo ni por redes sociales. Todo lo que se manda se puede reenviar.
handout-documentation-worksheet-keep-safe-item-crossing = En los puertos de entrada pueden revisar los teléfonos. No guarde reportes en el teléfono con el que viaja.
handout-documentation-worksheet-keep-safe-item-hand-over = Entréguela en mano, solo a un { -legal-aid-group } de confianza. Pregunte qué va a hacer con ella.
handout-documentation-worksheet-keep-safe-prompt-give-to = ¿A qué { -legal-aid-group } de confianza se la va a entregar? (El nombre del grupo, no de una persona.)

handout-practice-reports-title = Hoja de práctica: una situación inventada y doce reportes inventados
handout-practice-reports-intro = Todo lo que aparece en esta hoja es inventado para practicar. Cualquier parecido con personas o lugares reales es una coincidencia.
handout-practice-reports-invented-heading = Lea esto primero
handout-practice-reports-invented-body = Use esta hoja solo en el taller. No le agregue hechos reales. Los reportes de abajo ya son anónimos: no nombran a nadie y dan los lugares solo como zonas.
handout-practice-reports-scenario-heading = La situación (para practicar la documentación)
handout-practice-reports-scenario-body =
    Un martes de marzo, a las 7:42 de la mañana, usted está comprando café en la gasolinera de la carretera de salida del pueblo. Dos agentes con uniforme verde, en un vehículo blanco con una franja verde, detienen a la única camioneta roja que está en la bomba. Quien maneja es una mujer que usted conoce un poco: se llama Rosa, vive en la calle Pino y trabaja en la panadería. Los agentes le piden papeles, le quitan el teléfono y la retienen unas dos horas. Se ve asustada. Un hombre que está en la bomba graba una parte.

    Más tarde, Rosa le cuenta que está bien, pero que no quiere que aparezcan por ningún lado ni su nombre ni su trabajo. Dice que le gustaría que el { -legal-aid-group } supiera que esto sigue pasando en esa gasolinera.
handout-practice-reports-reports-heading = Doce reportes inventados (para el conteo)
handout-practice-reports-reports-body = Cada reporte da el mes, la zona y lo que pasó.
handout-practice-reports-reports-item-r1 = Marzo, lado norte: un carro detenido en la carretera de salida del pueblo y retenido unas dos horas; a quien manejaba no le dijeron por qué.
handout-practice-reports-reports-item-r2 = Marzo, lado norte: una revisión en la misma carretera; los agentes revisaron el carro.
handout-practice-reports-reports-item-r3 = Abril, lado norte: una revisión cerca de la gasolinera; le quitaron un rato el teléfono a quien manejaba.
handout-practice-reports-reports-item-r4 = Abril, centro: en la clínica pidieron identificación en la puerta, y una familia se fue sin que la atendieran.
handout-practice-reports-reports-item-r5 = Abril, centro: la alerta de evacuación por una tormenta llegó solo en inglés.
handout-practice-reports-reports-item-r6 = Mayo, lado este: la calle se inundó y el autobús no pasó en dos días.
handout-practice-reports-reports-item-r7 = Mayo, lado este: no pasaba el autobús después de las seis de la tarde; las personas que trabajan regresaron a pie por la orilla de la carretera.
handout-practice-reports-reports-item-r8 = Mayo, lado norte: una revisión larga en la carretera de salida del pueblo; los agentes les gritaron a los pasajeros.
handout-practice-reports-reports-item-r9 = Junio, centro: en la clínica volvieron a pedir identificación en la puerta.
handout-practice-reports-reports-item-r10 = Junio, lado este: no había sombra en la parada del autobús durante una ola de calor; una persona mayor se desmayó.
handout-practice-reports-reports-item-r11 = Junio, lado norte: una revisión en la carretera de salida del pueblo; retuvieron a quien manejaba cerca de una hora.
handout-practice-reports-reports-item-r12 = Junio, centro: la escuela mandó avisos solo en inglés.

handout-report-to-recommendation-title = De los reportes a las recomendaciones
handout-report-to-recommendation-intro = Una hoja de trabajo para el grupo. Sin nombres ni direcciones. Lo único que puede salir del salón son los conteos y las recomendaciones, y solo si el grupo está de acuerdo.
handout-report-to-recommendation-tally-heading = 1. Contar los reportes
handout-report-to-recommendation-tally-body = Haga una marca por cada reporte.
handout-report-to-recommendation-tally-prompt-by-type = Por tipo de preocupación (revisiones y esperas largas; trato de los agentes; servicios que piden identificación; agua, inundaciones y calor; autobuses y caminos; información solo en inglés):
handout-report-to-recommendation-tally-prompt-by-area = Por zona:
handout-report-to-recommendation-tally-prompt-by-month = Por mes:
handout-report-to-recommendation-check-counts-heading = 2. Revisar los números pequeños
handout-report-to-recommendation-check-counts-body = Antes de que algo salga del salón, busque las casillas con solo una o dos marcas.
handout-report-to-recommendation-check-counts-item-merge = Junte las cifras pequeñas en una zona más grande o en un periodo más largo.
handout-report-to-recommendation-check-counts-item-no-single = Si una cifra todavía podría señalar a una familia, déjela fuera de todo lo que se comparta.
handout-report-to-recommendation-patterns-heading = 3. El patrón
handout-report-to-recommendation-patterns-prompt-what-pattern = ¿Qué patrón muestran los conteos, y cómo se relaciona con nuestro mapa?
handout-report-to-recommendation-recommendations-heading = 4. Nuestras recomendaciones
handout-report-to-recommendation-recommendations-body = Para cada una: ¿quién debe hacer qué, y para cuándo? Pida un cambio en una política o en una práctica; no nombre ni culpe a una persona.
handout-report-to-recommendation-recommendations-prompt-rec-1 = Recomendación 1:
handout-report-to-recommendation-recommendations-prompt-rec-2 = Recomendación 2:
handout-report-to-recommendation-recommendations-prompt-rec-3 = Recomendación 3 (si la hay):
handout-report-to-recommendation-where-it-goes-heading = 5. Adónde puede llegar
handout-report-to-recommendation-where-it-goes-body = Las recomendaciones pueden entrar por tres puertas, siempre con una organización jurídica aliada o una red de confianza.
handout-report-to-recommendation-where-it-goes-item-local = Local: el cabildo o concejo municipal, el condado, la junta de una escuela o de una clínica, una reunión de la comunidad.
handout-report-to-recommendation-where-it-goes-item-national = Nacional: los canales de quejas y de supervisión de las agencias, a través de una organización jurídica aliada de confianza. Muchos casos de abuso avanzan solo cuando actúan organizaciones de fuera o las propias personas afectadas.
handout-report-to-recommendation-where-it-goes-item-international = Internacional: el Relator Especial de la ONU sobre los derechos humanos de los migrantes, que recibe información de todas las fuentes pertinentes, incluidas las propias personas migrantes; y las audiencias públicas de la Comisión Interamericana de Derechos Humanos (CIDH). Por lo general, a través de una red que ya trabaja con ellos.
handout-report-to-recommendation-where-it-goes-prompt-which-door = ¿Qué puerta vamos a intentar primero, y con quién (un grupo, no una persona)?

handout-safe-documentation-card-title = Anotar con seguridad
handout-safe-documentation-card-intro = No es asesoría legal. Investigado hasta { -current-date }.
handout-safe-documentation-card-rules-heading = Cinco reglas
handout-safe-documentation-card-rules-item-ask-first = Su historia, su decisión: pregunte antes.
handout-safe-documentation-card-rules-item-no-names = Sin nombres, situación migratoria, domicilios ni rutas.
handout-safe-documentation-card-rules-item-blur = Una zona, no una dirección. Un mes, no una fecha.
handout-safe-documentation-card-rules-item-photos = No le tome fotos a la hoja.
handout-safe-documentation-card-rules-item-phone = En la frontera pueden revisar los teléfonos.
handout-safe-documentation-card-rules-prompt-legal-group = Organización jurídica:

handout-glossary-title = Palabras que conviene conocer
handout-glossary-intro = Definiciones sencillas de las palabras que se usan en este taller.
handout-glossary-mapping-words-heading = El mapa
handout-glossary-mapping-words-item-community-map = Mapa comunitario: un mapa que un grupo dibuja en conjunto a partir de lo que sus integrantes saben, y que muestra condiciones y patrones, no personas.
handout-glossary-mapping-words-item-inequity = Desigualdad (inequidad): diferencias en los servicios o en el trato que son injustas y que se podrían cambiar, como una parte del pueblo sin autobuses o sin agua limpia.
handout-glossary-mapping-words-item-colonia = Colonia (en la frontera de Estados Unidos): una comunidad a la que le faltan servicios básicos como agua potable, drenaje o vivienda segura. Las leyes y las agencias definen la palabra de distintas maneras.
handout-glossary-mapping-words-item-pattern = Patrón: algo que pasa una y otra vez, en el mismo tipo de lugar o al mismo tipo de personas.
handout-glossary-documentation-words-heading = La documentación
handout-glossary-documentation-words-item-documentation = Documentación: anotar lo que pasó, guardarlo con seguridad y hacerlo llegar a quienes lo pueden usar, para que no se pierda.
handout-glossary-documentation-words-item-informed-consent = Consentimiento informado: el sí libre de una persona, después de entender qué se va a hacer con su información y qué riesgos hay. Puede decir que no, o cambiar de opinión.
handout-glossary-documentation-words-item-anonymised = Anónimo (anonimizado): sin ningún dato que pueda mostrar quién es una persona. Quitar solo el nombre no basta.
handout-glossary-documentation-words-item-re-identification = Reidentificación: descubrir quién es alguien juntando datos que parecen inofensivos, como una fecha, un lugar y un vehículo.
handout-glossary-documentation-words-item-blurring = Difuminar: hacer menos exacto un dato para que no pueda señalar a una persona: una zona en lugar de una dirección, un mes en lugar de una fecha.
handout-glossary-phone-words-heading = Los teléfonos y los registros
handout-glossary-phone-words-item-metadata = Metadatos: información escondida que se guarda con un archivo, como dónde y cuándo se tomó una foto.
handout-glossary-phone-words-item-cloud-sync = Sincronización con la nube: cuando un teléfono copia por sí solo las fotos y los archivos a los servidores de una empresa.
handout-glossary-phone-words-item-encryption = Cifrado de extremo a extremo: una forma de mandar mensajes para que solo quien los manda y quien los recibe los puedan leer.
handout-glossary-phone-words-item-basic-search = Revisión básica: cuando una autoridad de la frontera mira un teléfono a mano.
handout-glossary-phone-words-item-advanced-search = Revisión avanzada: cuando una autoridad de la frontera conecta un equipo a un teléfono para copiar o analizar lo que tiene.
handout-glossary-phone-words-item-port-of-entry = Puerto de entrada (garita): un punto oficial de cruce fronterizo, como un puente o un aeropuerto, donde se revisa a las personas y las mercancías.
handout-glossary-advocacy-words-heading = La incidencia
handout-glossary-advocacy-words-item-recommendation = Recomendación: una petición clara de cambio en una política o en una práctica: quién debe hacer qué, y para cuándo.
handout-glossary-advocacy-words-item-advocacy = Incidencia: esfuerzos organizados para que quienes toman decisiones cambien una política o una práctica.
handout-glossary-advocacy-words-item-special-rapporteur = Relator Especial de la ONU sobre los derechos humanos de los migrantes: una persona experta e independiente nombrada por las Naciones Unidas para examinar los derechos de las personas migrantes en todos los países y hacer recomendaciones.
handout-glossary-advocacy-words-item-iachr-hearing = Audiencia de la Comisión Interamericana de Derechos Humanos (CIDH): una sesión pública en la que la Comisión puede recibir información sobre los derechos humanos en los países de las Américas.
handout-glossary-advocacy-words-item-legal-partner = Organización jurídica aliada: un { -legal-aid-group } o una red de confianza que sabe usar los reportes con seguridad y puede llevar adelante las recomendaciones.

handout-evaluation-title = ¿Cómo le fue hoy?
handout-evaluation-intro = Este formulario es anónimo. Conteste solo lo que quiera, dóblelo y déjelo en la caja.
handout-evaluation-no-names-heading = Sin nombres, por favor
handout-evaluation-no-names-body = No escriba su nombre ni el de nadie. Los formularios se leen solo para mejorar el taller, y después se destruyen.
handout-evaluation-today-heading = Sobre el día de hoy
handout-evaluation-today-prompt-most-useful = ¿Qué fue lo más útil para usted hoy?
handout-evaluation-today-prompt-still-unclear = ¿Qué no le quedó claro todavía?
handout-evaluation-today-prompt-improve = ¿Qué podríamos cambiar para que este taller sea mejor la próxima vez?
handout-evaluation-check-heading = Tres preguntas rápidas
handout-evaluation-check-body = No son un examen. Nos dicen si explicamos bien las cosas.
handout-evaluation-check-prompt-never-write = Nombre una cosa que nunca se debe anotar en un reporte.
handout-evaluation-check-prompt-why-identify = ¿Por qué un reporte sin nombres todavía puede identificar a alguien?
handout-evaluation-check-prompt-who-decides = ¿Quién decide si se reporta un incidente?
handout-evaluation-feel-safe-heading = Sentirse a salvo
handout-evaluation-feel-safe-prompt-safe-today = ¿Se sintió a salvo participando hoy? ¿Qué le habría ayudado?

## Fuentes

source-ifad-2009-title = Good practices in participatory mapping («Buenas prácticas en el mapeo participativo»), revisión preparada para el Fondo Internacional de Desarrollo Agrícola (FIDA)
source-ifad-2009-publisher = Fondo Internacional de Desarrollo Agrícola (FIDA)
source-iied-pla-54-2006-title = Participatory Learning and Action 54: Mapping for change («Mapear para el cambio»): práctica, tecnologías y comunicación
source-iied-pla-54-2006-publisher = Instituto Internacional para el Medio Ambiente y el Desarrollo (IIED) y CTA
source-rambaldi-2006-title = Practical ethics for PGIS practitioners… («Ética práctica para quienes practican y facilitan los SIG participativos», Rambaldi, Chambers, McCall y Fox)
source-rambaldi-2006-publisher = Instituto Internacional para el Medio Ambiente y el Desarrollo (IIED), Participatory Learning and Action 54
source-fmr-2011-title = Sharing sensitive data on forced migrants («Compartir datos sensibles sobre personas migrantes forzadas», Benelli, Guarino y Ziemke)
source-fmr-2011-publisher = Revista Migraciones Forzadas (Forced Migration Review), número 38
source-gao-10-126-title = Informe GAO-10-126 sobre la infraestructura de agua potable y aguas residuales en la región fronteriza entre Estados Unidos y México
source-gao-10-126-publisher = Oficina de Rendición de Cuentas del Gobierno de Estados Unidos (GAO)
source-huridocs-2002-title = ¿Qué es la documentación? (Guzman y Verstappen), citado en el manual de OpenEvSys
# puente: same-as-source
source-huridocs-2002-publisher = HURIDOCS
source-ohchr-2001-title = Manual de capacitación para la fiscalización de los derechos humanos, capítulo V: principios básicos (Serie de capacitación profesional Nº 7)
source-ohchr-2001-publisher = Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos (ACNUDH)
source-sweeney-2000-title = Simple Demographics Often Identify People Uniquely («Unos pocos datos demográficos suelen identificar a una persona»), documento de trabajo 3 sobre privacidad de datos
source-sweeney-2000-publisher = Latanya Sweeney, Universidad Carnegie Mellon
source-bnhr-2018-title = The State of Human Rights at the U.S.-Mexico Border («La situación de los derechos humanos en la frontera entre Estados Unidos y México»): informe de la campaña de documentación de abusos de 2018
source-bnhr-2018-publisher = Border Network for Human Rights (BNHR)
source-wola-2023-title = La rendición de cuentas por los abusos en la frontera entre Estados Unidos y México: cómo corregir las fallas y proteger los derechos (sección I)
source-wola-2023-publisher = WOLA y la Iniciativa Kino para la Frontera
source-witness-2020-title = Video as Evidence: U.S. Immigration («El video como prueba: inmigración en EE. UU.»), presentación de la guía
# puente: same-as-source
source-witness-2020-publisher = WITNESS
source-cbp-directive-2018-title = Directiva de CBP n.º 3340-049A, revisión de aparatos electrónicos en la frontera (4 de enero de 2018)
source-cbp-directive-2018-publisher = Oficina de Aduanas y Protección Fronteriza de Estados Unidos (CBP)
source-cbp-device-searches-2024-title = Revisión de aparatos electrónicos en los puertos de entrada
source-cbp-device-searches-2024-publisher = Oficina de Aduanas y Protección Fronteriza de Estados Unidos (CBP)
source-eff-border-2017-title = Digital Privacy at the U.S. Border («La privacidad digital en la frontera de Estados Unidos»): cómo proteger los datos en sus aparatos y en la nube
# puente: same-as-source
source-eff-border-2017-publisher = Electronic Frontier Foundation (EFF)
source-sr-migrants-mandate-1999-title = Sobre el mandato del Relator Especial sobre los derechos humanos de los migrantes (creado por la resolución 1999/44)
# puente: same-as-source
source-sr-migrants-mandate-1999-publisher = { -ohchr }
source-ohchr-call-for-input-2024-title = Convocatoria de aportes: revisar las contribuciones de las personas migrantes desde un enfoque basado en los derechos humanos (A/HRC/56/54)
# puente: same-as-source
source-ohchr-call-for-input-2024-publisher = { -ohchr }
source-iachr-rules-2013-title = Reglamento de la Comisión Interamericana de Derechos Humanos (vigente desde el 1 de agosto de 2013)
source-iachr-rules-2013-publisher = Comisión Interamericana de Derechos Humanos (CIDH), Organización de los Estados Americanos
