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
serve-started = Vista previa de Puente de { $path } en { $url } (Ctrl-C la detiene)
# Variables: $url (string).
serve-no-browser = no se pudo abrir un navegador; ábralo usted en { $url }
serve-only-get = aquí solo se atiende GET
serve-path-too-long = ruta demasiado larga
serve-not-found = no se encontró
serve-no-project = no se pudo cargar el proyecto
