# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_standby_global_optspecs
    string join \n o/output= query= only-show-errors subscription= auth= no-token-cache cloud= color= api-version= timeout= concurrency= max-retry-wait= debug verbose demo h/help V/version
end

function __fish_standby_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_standby_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_standby_using_subcommand
    set -l cmd (__fish_standby_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c standby -n "__fish_standby_needs_command" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_needs_command" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_needs_command" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_needs_command" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_needs_command" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_needs_command" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_needs_command" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_needs_command" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_needs_command" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_needs_command" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_needs_command" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_needs_command" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_needs_command" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_needs_command" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_needs_command" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_needs_command" -s V -l version -d 'Print version'
complete -c standby -n "__fish_standby_needs_command" -f -a "vm-pool" -d 'Standby pools for virtual machine scale sets'
complete -c standby -n "__fish_standby_needs_command" -f -a "container-pool" -d 'Standby pools for container groups'
complete -c standby -n "__fish_standby_needs_command" -f -a "vm" -d 'Virtual machines'
complete -c standby -n "__fish_standby_needs_command" -f -a "vmss" -d 'Virtual machine scale sets'
complete -c standby -n "__fish_standby_needs_command" -f -a "container" -d 'Container groups'
complete -c standby -n "__fish_standby_needs_command" -f -a "auth" -d 'The credential in use and the token cache: which credential, whether a token is kept, clearing it'
complete -c standby -n "__fish_standby_needs_command" -f -a "fleet" -d 'Every standby pool you can see, at once: which are not ready, or not healthy'
complete -c standby -n "__fish_standby_needs_command" -f -a "exporter" -d 'Serve standby pool metrics for Prometheus, refreshed in the background'
complete -c standby -n "__fish_standby_needs_command" -f -a "completions" -d 'Other commands: print the completion script for a shell (see README, "Shell completions")'
complete -c standby -n "__fish_standby_needs_command" -f -a "man" -d 'Other commands: write the man pages (one per command) into DIR'
complete -c standby -n "__fish_standby_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -f -a "status" -d 'The pool\'s runtime view: instance counts per zone and state, health, ready against target, forecast'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -f -a "show" -d 'The pool resource: VM state, ready capacity, attached scale set'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -f -a "list" -d 'Pools in a resource group, or in the whole subscription'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -f -a "watch" -d 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -f -a "wait" -d 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -f -a "members" -d 'Every VM of the pool: those waiting in it and those that left it to serve, with power state'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -f -a "events" -d 'The pool\'s events from its resource logs: reuses served or not, the hit rate, degraded spells'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and not __fish_seen_subcommand_from status show list watch wait members events help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -s n -l name -d 'Resource name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l ids -d 'One or more full resource ids (instead of -g/-n); several give a JSON array' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l input -d 'Render a saved ARM response body (`-` for stdin) instead of calling Azure' -r -F
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l version -d 'The runtime view to read, as az\'s --version names it [default: latest]. Another name is requested as is (the service has only `latest`: exit 3)' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -s n -l name -d 'Resource name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l ids -d 'One or more full resource ids (instead of -g/-n); several give a JSON array' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l input -d 'Render a saved ARM response body (`-` for stdin) instead of calling Azure' -r -F
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -s g -l resource-group -d 'Resource group name (default: the whole subscription)' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l input -d 'Render a saved ARM list body (`-` for stdin) instead of calling Azure' -r -F
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -s n -l name -d 'Pool name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l ids -d 'The pool\'s full resource id (or its runtime view\'s), instead of -g/-n' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l interval -d 'Seconds between polls; fractions allowed (at least 0.1)' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l count -d 'Stop after N polls (failed ones included); default: until interrupted' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -s n -l name -d 'Pool name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l ids -d 'The pool\'s full resource id (or its runtime view\'s), instead of -g/-n' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l ready -d 'At least N ready instances (in --zone, if given)' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l ready-percent -d 'At least P percent of the pool\'s target ready, rounded up' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l zone -d 'Count --ready in this zone only' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l interval -d 'Seconds between polls; fractions allowed (at least 0.1)' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l timeout -d 'The overall deadline (default 10m): seconds, or 90s, 10m, 1h; 0 checks once' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l healthy -d 'The runtime view\'s health is healthy and its provisioning state Succeeded'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -s n -l name -d 'Resource name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l ids -d 'One or more full resource ids (instead of -g/-n); several give a JSON array' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l input -d 'Render a saved ARM response body (`-` for stdin) instead of calling Azure' -r -F
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l state -d 'Only the VMs still in the pool (standby), only those that left it (serving), or all' -r -f -a "standby\t'VMs whose instance view says they are in the standby pool'
serving\t'VMs that left the pool and serve (isVMInStandbyPool false)'
all\t'Every member, those whose flag is unknown too'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -s n -l name -d 'Pool name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l ids -d 'The pool\'s full resource id (or its runtime view\'s), instead of -g/-n' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l since -d 'How far back from now: 90m, 24h, 7d' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l start -d 'From this time (RFC 3339, e.g. 2026-12-01T00:00:00Z) instead of --since' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l end -d 'Up to this time (RFC 3339) [default: now]' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l interval -d 'With --follow: seconds between queries (at least 10; the logs arrive minutes late)' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l count -d 'With --follow: stop after N queries; default: until interrupted' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l follow -d 'Keep reading: print each new event as it arrives, one line each (JSON lines off a terminal or with -o json), until Ctrl-C'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from help" -f -a "status" -d 'The pool\'s runtime view: instance counts per zone and state, health, ready against target, forecast'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from help" -f -a "show" -d 'The pool resource: VM state, ready capacity, attached scale set'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from help" -f -a "list" -d 'Pools in a resource group, or in the whole subscription'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from help" -f -a "members" -d 'Every VM of the pool: those waiting in it and those that left it to serve, with power state'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from help" -f -a "events" -d 'The pool\'s events from its resource logs: reuses served or not, the hit rate, degraded spells'
complete -c standby -n "__fish_standby_using_subcommand vm-pool; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -f -a "status" -d 'The pool\'s runtime view: instance counts per zone and state, health, ready against target, forecast'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -f -a "show" -d 'The pool resource: ready capacity, container group profile, zones'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -f -a "list" -d 'Pools in a resource group, or in the whole subscription'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -f -a "watch" -d 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -f -a "wait" -d 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -f -a "events" -d 'The pool\'s events from its resource logs: reuses served or not, the hit rate, degraded spells'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and not __fish_seen_subcommand_from status show list watch wait events help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -s n -l name -d 'Resource name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l ids -d 'One or more full resource ids (instead of -g/-n); several give a JSON array' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l input -d 'Render a saved ARM response body (`-` for stdin) instead of calling Azure' -r -F
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l version -d 'The runtime view to read, as az\'s --version names it [default: latest]. Another name is requested as is (the service has only `latest`: exit 3)' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -s n -l name -d 'Resource name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l ids -d 'One or more full resource ids (instead of -g/-n); several give a JSON array' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l input -d 'Render a saved ARM response body (`-` for stdin) instead of calling Azure' -r -F
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -s g -l resource-group -d 'Resource group name (default: the whole subscription)' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l input -d 'Render a saved ARM list body (`-` for stdin) instead of calling Azure' -r -F
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -s n -l name -d 'Pool name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l ids -d 'The pool\'s full resource id (or its runtime view\'s), instead of -g/-n' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l interval -d 'Seconds between polls; fractions allowed (at least 0.1)' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l count -d 'Stop after N polls (failed ones included); default: until interrupted' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -s n -l name -d 'Pool name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l ids -d 'The pool\'s full resource id (or its runtime view\'s), instead of -g/-n' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l ready -d 'At least N ready instances (in --zone, if given)' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l ready-percent -d 'At least P percent of the pool\'s target ready, rounded up' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l zone -d 'Count --ready in this zone only' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l interval -d 'Seconds between polls; fractions allowed (at least 0.1)' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l timeout -d 'The overall deadline (default 10m): seconds, or 90s, 10m, 1h; 0 checks once' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l healthy -d 'The runtime view\'s health is healthy and its provisioning state Succeeded'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -s n -l name -d 'Pool name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l ids -d 'The pool\'s full resource id (or its runtime view\'s), instead of -g/-n' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l since -d 'How far back from now: 90m, 24h, 7d' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l start -d 'From this time (RFC 3339, e.g. 2026-12-01T00:00:00Z) instead of --since' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l end -d 'Up to this time (RFC 3339) [default: now]' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l interval -d 'With --follow: seconds between queries (at least 10; the logs arrive minutes late)' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l count -d 'With --follow: stop after N queries; default: until interrupted' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l follow -d 'Keep reading: print each new event as it arrives, one line each (JSON lines off a terminal or with -o json), until Ctrl-C'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from help" -f -a "status" -d 'The pool\'s runtime view: instance counts per zone and state, health, ready against target, forecast'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from help" -f -a "show" -d 'The pool resource: ready capacity, container group profile, zones'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from help" -f -a "list" -d 'Pools in a resource group, or in the whole subscription'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from help" -f -a "events" -d 'The pool\'s events from its resource logs: reuses served or not, the hit rate, degraded spells'
complete -c standby -n "__fish_standby_using_subcommand container-pool; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -f -a "instance-view" -d 'A VM\'s instance view: provisioning and power state, and whether it is still in a standby pool'
complete -c standby -n "__fish_standby_using_subcommand vm; and not __fish_seen_subcommand_from instance-view help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -s n -l name -d 'Resource name' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l ids -d 'One or more full resource ids (instead of -g/-n); several give a JSON array' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l input -d 'Render a saved ARM response body (`-` for stdin) instead of calling Azure' -r -F
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from instance-view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from help" -f -a "instance-view" -d 'A VM\'s instance view: provisioning and power state, and whether it is still in a standby pool'
complete -c standby -n "__fish_standby_using_subcommand vm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -f -a "instance-view" -d 'A scale set\'s instance view: status summaries of its VMs and extensions'
complete -c standby -n "__fish_standby_using_subcommand vmss; and not __fish_seen_subcommand_from instance-view help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -s n -l name -d 'Resource name' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l ids -d 'One or more full resource ids (instead of -g/-n); several give a JSON array' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l input -d 'Render a saved ARM response body (`-` for stdin) instead of calling Azure' -r -F
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from instance-view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from help" -f -a "instance-view" -d 'A scale set\'s instance view: status summaries of its VMs and extensions'
complete -c standby -n "__fish_standby_using_subcommand vmss; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'A container group: state, images, address, and whether it came from a standby pool'
complete -c standby -n "__fish_standby_using_subcommand container; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -s g -l resource-group -d 'Resource group name' -r
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -s n -l name -d 'Resource name' -r
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l ids -d 'One or more full resource ids (instead of -g/-n); several give a JSON array' -r
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l input -d 'Render a saved ARM response body (`-` for stdin) instead of calling Azure' -r -F
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "show" -d 'A container group: state, images, address, and whether it came from a standby pool'
complete -c standby -n "__fish_standby_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -f -a "status" -d 'Which credential the chain would use, for which account and tenant, and whether a token is cached (never the token; asks no credential)'
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -f -a "clear" -d 'Delete the access tokens this tool cached (never az\'s, azd\'s or another tool\'s files)'
complete -c standby -n "__fish_standby_using_subcommand auth; and not __fish_seen_subcommand_from status clear help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Which credential the chain would use, for which account and tenant, and whether a token is cached (never the token; asks no credential)'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "clear" -d 'Delete the access tokens this tool cached (never az\'s, azd\'s or another tool\'s files)'
complete -c standby -n "__fish_standby_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'One row per pool: ready against target, instances in transition, health; pools that need attention first. Exits 1 when a pool\'s runtime view could not be read'
complete -c standby -n "__fish_standby_using_subcommand fleet; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -s g -l resource-group -d 'Only pools in this resource group: in the subscriptions given with --subscription, else in the default subscription' -r
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l kind -d 'Which pool type' -r -f -a "vm\t'Standby VM pools'
container\t'Standby container group pools'
all\t'Both'"
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "status" -d 'One row per pool: ready against target, instances in transition, health; pools that need attention first. Exits 1 when a pool\'s runtime view could not be read'
complete -c standby -n "__fish_standby_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand exporter" -l ids -d 'Pool ids to export (VM or container group pools), instead of discovering them' -r
complete -c standby -n "__fish_standby_using_subcommand exporter" -s g -l resource-group -d 'Discover the pools of this resource group only' -r
complete -c standby -n "__fish_standby_using_subcommand exporter" -l kind -d 'Which pool type to discover (default: all)' -r -f -a "vm\t'Standby VM pools'
container\t'Standby container group pools'
all\t'Both'"
complete -c standby -n "__fish_standby_using_subcommand exporter" -l listen -d 'Address to serve on' -r
complete -c standby -n "__fish_standby_using_subcommand exporter" -l refresh -d 'Seconds between reads of the pools\' runtime views (fractions allowed, at least 0.1)' -r
complete -c standby -n "__fish_standby_using_subcommand exporter" -l discover -d 'Seconds between reads of the pools themselves (their targets; which pools exist)' -r
complete -c standby -n "__fish_standby_using_subcommand exporter" -l log-format -d 'How events are logged on stderr: one line each' -r -f -a "text\t'`key=value` pairs, for people and journald'
json\t'One JSON object per line, for log pipelines'"
complete -c standby -n "__fish_standby_using_subcommand exporter" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand exporter" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand exporter" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand exporter" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand exporter" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand exporter" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand exporter" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand exporter" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand exporter" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand exporter" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand exporter" -l events -d 'Also export the pools\' resource-log events: standby_pool_events_total per pool and event name, and standby_pool_reuse_hit_ratio over the last hour'
complete -c standby -n "__fish_standby_using_subcommand exporter" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand exporter" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand exporter" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand exporter" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand exporter" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand exporter" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand completions" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand completions" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand completions" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand completions" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand completions" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand completions" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand completions" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand completions" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand completions" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand completions" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand completions" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand completions" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand completions" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand completions" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand completions" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand man" -s o -l output -d 'Output: json, jsonc, yaml, yamlc, tsv, table or none' -r -f -a "json\t'az\'s JSON: properties flattened, resourceGroup added, keys sorted'
jsonc\t'The same JSON, coloured on a terminal'
yaml\t'YAML in block style, keys sorted, as az prints it'
yamlc\t'The same YAML, coloured on a terminal'
tsv\t'Tab-separated values of the top-level fields (sorted by key), one line per item'
table\t'Human-readable tables, coloured on a terminal; with --query, az\'s table of the query\'s columns'
none\t'Nothing on stdout: for commands run only for their exit code'"
complete -c standby -n "__fish_standby_using_subcommand man" -l query -d 'JMESPath query on the JSON that `-o json` prints' -r
complete -c standby -n "__fish_standby_using_subcommand man" -l subscription -d 'Subscription id or name' -r
complete -c standby -n "__fish_standby_using_subcommand man" -l auth -d 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd' -r -f -a "auto\t'Try each source in turn: token, service principal, workload identity, managed identity, az, azd'
token\t'The bearer token in STANDBY_ACCESS_TOKEN, used as is'
service-principal\t'AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET'
workload-identity\t'AZURE_FEDERATED_TOKEN_FILE with AZURE_TENANT_ID and AZURE_CLIENT_ID'
managed-identity\t'The managed identity of the Azure host (AZURE_CLIENT_ID picks a user-assigned one)'
cli\t'The Azure CLI\'s login (`az login`)'
azd\t'The Azure Developer CLI\'s login (`azd auth login`)'"
complete -c standby -n "__fish_standby_using_subcommand man" -l cloud -d 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az\'s active cloud, else AzureCloud)' -r -f -a "AzureCloud\t''
AzureChinaCloud\t''
AzureUSGovernment\t''"
complete -c standby -n "__fish_standby_using_subcommand man" -l color -d 'When to colour the output: auto, always or never' -r -f -a "auto\t'Colour when stdout is a terminal and NO_COLOR is not set'
always\t''
never\t''"
complete -c standby -n "__fish_standby_using_subcommand man" -l api-version -d 'Use this api-version instead of the pinned one' -r
complete -c standby -n "__fish_standby_using_subcommand man" -l timeout -d 'Seconds to wait for each request\'s answer (default 30); on `wait`, the deadline' -r
complete -c standby -n "__fish_standby_using_subcommand man" -l concurrency -d 'Most requests in flight at once' -r
complete -c standby -n "__fish_standby_using_subcommand man" -l max-retry-wait -d 'Longest total wait between retries, in seconds' -r
complete -c standby -n "__fish_standby_using_subcommand man" -l only-show-errors -d 'Print errors only: no warnings on stderr'
complete -c standby -n "__fish_standby_using_subcommand man" -l no-token-cache -d 'Neither read nor keep cached tokens'
complete -c standby -n "__fish_standby_using_subcommand man" -l debug -d 'Print requests\' status, timing and ids on stderr'
complete -c standby -n "__fish_standby_using_subcommand man" -l verbose -d 'Print progress on stderr'
complete -c standby -n "__fish_standby_using_subcommand man" -l demo -d 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
complete -c standby -n "__fish_standby_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c standby -n "__fish_standby_using_subcommand help; and not __fish_seen_subcommand_from vm-pool container-pool vm vmss container auth fleet exporter completions man help" -f -a "vm-pool" -d 'Standby pools for virtual machine scale sets'
complete -c standby -n "__fish_standby_using_subcommand help; and not __fish_seen_subcommand_from vm-pool container-pool vm vmss container auth fleet exporter completions man help" -f -a "container-pool" -d 'Standby pools for container groups'
complete -c standby -n "__fish_standby_using_subcommand help; and not __fish_seen_subcommand_from vm-pool container-pool vm vmss container auth fleet exporter completions man help" -f -a "vm" -d 'Virtual machines'
complete -c standby -n "__fish_standby_using_subcommand help; and not __fish_seen_subcommand_from vm-pool container-pool vm vmss container auth fleet exporter completions man help" -f -a "vmss" -d 'Virtual machine scale sets'
complete -c standby -n "__fish_standby_using_subcommand help; and not __fish_seen_subcommand_from vm-pool container-pool vm vmss container auth fleet exporter completions man help" -f -a "container" -d 'Container groups'
complete -c standby -n "__fish_standby_using_subcommand help; and not __fish_seen_subcommand_from vm-pool container-pool vm vmss container auth fleet exporter completions man help" -f -a "auth" -d 'The credential in use and the token cache: which credential, whether a token is kept, clearing it'
complete -c standby -n "__fish_standby_using_subcommand help; and not __fish_seen_subcommand_from vm-pool container-pool vm vmss container auth fleet exporter completions man help" -f -a "fleet" -d 'Every standby pool you can see, at once: which are not ready, or not healthy'
complete -c standby -n "__fish_standby_using_subcommand help; and not __fish_seen_subcommand_from vm-pool container-pool vm vmss container auth fleet exporter completions man help" -f -a "exporter" -d 'Serve standby pool metrics for Prometheus, refreshed in the background'
complete -c standby -n "__fish_standby_using_subcommand help; and not __fish_seen_subcommand_from vm-pool container-pool vm vmss container auth fleet exporter completions man help" -f -a "completions" -d 'Other commands: print the completion script for a shell (see README, "Shell completions")'
complete -c standby -n "__fish_standby_using_subcommand help; and not __fish_seen_subcommand_from vm-pool container-pool vm vmss container auth fleet exporter completions man help" -f -a "man" -d 'Other commands: write the man pages (one per command) into DIR'
complete -c standby -n "__fish_standby_using_subcommand help; and not __fish_seen_subcommand_from vm-pool container-pool vm vmss container auth fleet exporter completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from vm-pool" -f -a "status" -d 'The pool\'s runtime view: instance counts per zone and state, health, ready against target, forecast'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from vm-pool" -f -a "show" -d 'The pool resource: VM state, ready capacity, attached scale set'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from vm-pool" -f -a "list" -d 'Pools in a resource group, or in the whole subscription'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from vm-pool" -f -a "watch" -d 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from vm-pool" -f -a "wait" -d 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from vm-pool" -f -a "members" -d 'Every VM of the pool: those waiting in it and those that left it to serve, with power state'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from vm-pool" -f -a "events" -d 'The pool\'s events from its resource logs: reuses served or not, the hit rate, degraded spells'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from container-pool" -f -a "status" -d 'The pool\'s runtime view: instance counts per zone and state, health, ready against target, forecast'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from container-pool" -f -a "show" -d 'The pool resource: ready capacity, container group profile, zones'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from container-pool" -f -a "list" -d 'Pools in a resource group, or in the whole subscription'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from container-pool" -f -a "watch" -d 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from container-pool" -f -a "wait" -d 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from container-pool" -f -a "events" -d 'The pool\'s events from its resource logs: reuses served or not, the hit rate, degraded spells'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from vm" -f -a "instance-view" -d 'A VM\'s instance view: provisioning and power state, and whether it is still in a standby pool'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from vmss" -f -a "instance-view" -d 'A scale set\'s instance view: status summaries of its VMs and extensions'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "show" -d 'A container group: state, images, address, and whether it came from a standby pool'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Which credential the chain would use, for which account and tenant, and whether a token is cached (never the token; asks no credential)'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "clear" -d 'Delete the access tokens this tool cached (never az\'s, azd\'s or another tool\'s files)'
complete -c standby -n "__fish_standby_using_subcommand help; and __fish_seen_subcommand_from fleet" -f -a "status" -d 'One row per pool: ready against target, instances in transition, health; pools that need attention first. Exits 1 when a pool\'s runtime view could not be read'
