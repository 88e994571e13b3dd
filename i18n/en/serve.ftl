### The preview server (`puente serve`): what it prints, and its own answers.

# Variables: $port (number); $address (string).
serve-port-in-use = port { $port } on { $address } is already in use; stop what is using it, or choose another port with --port
# Variables: $address (string); $error (string): what the system said.
serve-cannot-listen = cannot listen on { $address }: { $error }
# Variables: $address (string).
serve-network-warning = warning: listening on { $address }: anyone who can reach this machine on the network can see the preview
# Variables: $count (number).
serve-first-problems = the project has { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }; the preview shows them until they are fixed
# Variables: $path (string): the project; $url (string).
serve-started = Puente preview of { $path } at { $url } (Ctrl-C stops it)
# Variables: $url (string).
serve-no-browser = could not open a browser; open { $url } yourself
serve-only-get = only GET is served here
serve-path-too-long = path too long
serve-not-found = not found
serve-no-project = the project could not be loaded
