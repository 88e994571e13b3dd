### La vista previa (`puente serve`): lo que muestra y sus propias respuestas.

# Variables: $port (number); $address (string).
serve-port-in-use = el puerto { $port } en { $address } ya está en uso; detenga lo que lo está usando, o elija otro puerto con --port
# Variables: $address (string); $error (string): lo que dijo el sistema.
serve-cannot-listen = no se puede escuchar en { $address }: { $error }
# Variables: $address (string).
serve-network-warning = advertencia: se escucha en { $address }: cualquier persona que pueda llegar a esta máquina por la red puede ver la vista previa
# Variables: $count (number).
serve-first-problems = el proyecto tiene { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    }; la vista previa los muestra hasta que se corrijan
# Variables: $path (string): el proyecto; $url (string).
serve-started = Vista previa de Puente de { $path } en { $url } (Ctrl-C para detenerla)
# Variables: $url (string).
serve-no-browser = no se pudo abrir un navegador; abra { $url } en su navegador
serve-only-get = aquí solo se atiende GET
serve-path-too-long = ruta demasiado larga
serve-not-found = no se encontró
serve-no-project = no se pudo cargar el proyecto

## Las respuestas simples del planificador a las solicitudes que no puede atender

plan-http-post-only = use POST aquí
plan-http-get-or-post = use GET o POST aquí
plan-http-too-large-plan = la solicitud pasa de 1 MiB; un plan ocupa unos pocos kilobytes
plan-http-project-broken = el proyecto tiene problemas, así que el planificador no puede usarlo; la página de inicio de la vista previa los enumera
plan-http-no-such-plan = no existe ese plan en plans/
plan-http-too-large = la solicitud pasa de 1 MiB
plan-http-send-form = envíe el formulario del planificador (application/x-www-form-urlencoded)
plan-http-not-utf8 = el plan no es texto UTF-8
plan-http-send-plan = envíe un plan como application/yaml, o el formulario del planificador
plan-http-stopping = el servidor se está deteniendo
# Variables: $name (string).
plan-http-bad-name = `{ $name }` no sirve como nombre de paquete; use letras minúsculas, dígitos y guiones
