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

## The planner's plain answers to requests it cannot take

plan-http-post-only = use POST here
plan-http-get-or-post = use GET or POST here
plan-http-too-large-plan = the request is over 1 MiB; a plan is a few kilobytes
plan-http-project-broken = the project has problems, so the planner cannot use it; the preview's home page lists them
plan-http-no-such-plan = there is no such plan in plans/
plan-http-too-large = the request is over 1 MiB
plan-http-send-form = send the planner's form (application/x-www-form-urlencoded)
plan-http-not-utf8 = the plan is not UTF-8 text
plan-http-send-plan = send a plan as application/yaml, or the planner's form
plan-http-stopping = the server is stopping
# Variables: $name (string).
plan-http-bad-name = `{ $name }` cannot name a packet; use lower-case letters, digits and hyphens
