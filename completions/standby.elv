
use builtin;
use str;

set edit:completion:arg-completer[standby] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'standby'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'standby'= {
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand vm-pool 'Standby pools for virtual machine scale sets'
            cand container-pool 'Standby pools for container groups'
            cand vm 'Virtual machines'
            cand vmss 'Virtual machine scale sets'
            cand container 'Container groups'
            cand auth 'The credential in use and the token cache: which credential, whether a token is kept, clearing it'
            cand fleet 'Every standby pool you can see, at once: which are not ready, or not healthy'
            cand exporter 'Serve standby pool metrics for Prometheus, refreshed in the background'
            cand completions 'Other commands: print the completion script for a shell (see README, "Shell completions")'
            cand man 'Other commands: write the man pages (one per command) into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;vm-pool'= {
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand status 'The pool''s runtime view: instance counts per zone and state, health, ready against target, forecast'
            cand show 'The pool resource: VM state, ready capacity, attached scale set'
            cand list 'Pools in a resource group, or in the whole subscription'
            cand watch 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise'
            cand wait 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)'
            cand members 'Every VM of the pool: those waiting in it and those that left it to serve, with power state'
            cand events 'The pool''s events from its resource logs: reuses served or not, the hit rate, degraded spells'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;vm-pool;status'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Resource name'
            cand --name 'Resource name'
            cand --ids 'One or more full resource ids (instead of -g/-n); several give a JSON array'
            cand --input 'Render a saved ARM response body (`-` for stdin) instead of calling Azure'
            cand --version 'The runtime view to read, as az''s --version names it [default: latest]. Another name is requested as is (the service has only `latest`: exit 3)'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;vm-pool;show'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Resource name'
            cand --name 'Resource name'
            cand --ids 'One or more full resource ids (instead of -g/-n); several give a JSON array'
            cand --input 'Render a saved ARM response body (`-` for stdin) instead of calling Azure'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;vm-pool;list'= {
            cand -g 'Resource group name (default: the whole subscription)'
            cand --resource-group 'Resource group name (default: the whole subscription)'
            cand --input 'Render a saved ARM list body (`-` for stdin) instead of calling Azure'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;vm-pool;watch'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Pool name'
            cand --name 'Pool name'
            cand --ids 'The pool''s full resource id (or its runtime view''s), instead of -g/-n'
            cand --interval 'Seconds between polls; fractions allowed (at least 0.1)'
            cand --count 'Stop after N polls (failed ones included); default: until interrupted'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;vm-pool;wait'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Pool name'
            cand --name 'Pool name'
            cand --ids 'The pool''s full resource id (or its runtime view''s), instead of -g/-n'
            cand --ready 'At least N ready instances (in --zone, if given)'
            cand --ready-percent 'At least P percent of the pool''s target ready, rounded up'
            cand --zone 'Count --ready in this zone only'
            cand --interval 'Seconds between polls; fractions allowed (at least 0.1)'
            cand --timeout 'The overall deadline (default 10m): seconds, or 90s, 10m, 1h; 0 checks once'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --healthy 'The runtime view''s health is healthy and its provisioning state Succeeded'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;vm-pool;members'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Resource name'
            cand --name 'Resource name'
            cand --ids 'One or more full resource ids (instead of -g/-n); several give a JSON array'
            cand --input 'Render a saved ARM response body (`-` for stdin) instead of calling Azure'
            cand --state 'Only the VMs still in the pool (standby), only those that left it (serving), or all'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;vm-pool;events'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Pool name'
            cand --name 'Pool name'
            cand --ids 'The pool''s full resource id (or its runtime view''s), instead of -g/-n'
            cand --since 'How far back from now: 90m, 24h, 7d'
            cand --start 'From this time (RFC 3339, e.g. 2026-12-01T00:00:00Z) instead of --since'
            cand --end 'Up to this time (RFC 3339) [default: now]'
            cand --interval 'With --follow: seconds between queries (at least 10; the logs arrive minutes late)'
            cand --count 'With --follow: stop after N queries; default: until interrupted'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --follow 'Keep reading: print each new event as it arrives, one line each (JSON lines off a terminal or with -o json), until Ctrl-C'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;vm-pool;help'= {
            cand status 'The pool''s runtime view: instance counts per zone and state, health, ready against target, forecast'
            cand show 'The pool resource: VM state, ready capacity, attached scale set'
            cand list 'Pools in a resource group, or in the whole subscription'
            cand watch 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise'
            cand wait 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)'
            cand members 'Every VM of the pool: those waiting in it and those that left it to serve, with power state'
            cand events 'The pool''s events from its resource logs: reuses served or not, the hit rate, degraded spells'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;vm-pool;help;status'= {
        }
        &'standby;vm-pool;help;show'= {
        }
        &'standby;vm-pool;help;list'= {
        }
        &'standby;vm-pool;help;watch'= {
        }
        &'standby;vm-pool;help;wait'= {
        }
        &'standby;vm-pool;help;members'= {
        }
        &'standby;vm-pool;help;events'= {
        }
        &'standby;vm-pool;help;help'= {
        }
        &'standby;container-pool'= {
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand status 'The pool''s runtime view: instance counts per zone and state, health, ready against target, forecast'
            cand show 'The pool resource: ready capacity, container group profile, zones'
            cand list 'Pools in a resource group, or in the whole subscription'
            cand watch 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise'
            cand wait 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)'
            cand events 'The pool''s events from its resource logs: reuses served or not, the hit rate, degraded spells'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;container-pool;status'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Resource name'
            cand --name 'Resource name'
            cand --ids 'One or more full resource ids (instead of -g/-n); several give a JSON array'
            cand --input 'Render a saved ARM response body (`-` for stdin) instead of calling Azure'
            cand --version 'The runtime view to read, as az''s --version names it [default: latest]. Another name is requested as is (the service has only `latest`: exit 3)'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;container-pool;show'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Resource name'
            cand --name 'Resource name'
            cand --ids 'One or more full resource ids (instead of -g/-n); several give a JSON array'
            cand --input 'Render a saved ARM response body (`-` for stdin) instead of calling Azure'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;container-pool;list'= {
            cand -g 'Resource group name (default: the whole subscription)'
            cand --resource-group 'Resource group name (default: the whole subscription)'
            cand --input 'Render a saved ARM list body (`-` for stdin) instead of calling Azure'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;container-pool;watch'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Pool name'
            cand --name 'Pool name'
            cand --ids 'The pool''s full resource id (or its runtime view''s), instead of -g/-n'
            cand --interval 'Seconds between polls; fractions allowed (at least 0.1)'
            cand --count 'Stop after N polls (failed ones included); default: until interrupted'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;container-pool;wait'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Pool name'
            cand --name 'Pool name'
            cand --ids 'The pool''s full resource id (or its runtime view''s), instead of -g/-n'
            cand --ready 'At least N ready instances (in --zone, if given)'
            cand --ready-percent 'At least P percent of the pool''s target ready, rounded up'
            cand --zone 'Count --ready in this zone only'
            cand --interval 'Seconds between polls; fractions allowed (at least 0.1)'
            cand --timeout 'The overall deadline (default 10m): seconds, or 90s, 10m, 1h; 0 checks once'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --healthy 'The runtime view''s health is healthy and its provisioning state Succeeded'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;container-pool;events'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Pool name'
            cand --name 'Pool name'
            cand --ids 'The pool''s full resource id (or its runtime view''s), instead of -g/-n'
            cand --since 'How far back from now: 90m, 24h, 7d'
            cand --start 'From this time (RFC 3339, e.g. 2026-12-01T00:00:00Z) instead of --since'
            cand --end 'Up to this time (RFC 3339) [default: now]'
            cand --interval 'With --follow: seconds between queries (at least 10; the logs arrive minutes late)'
            cand --count 'With --follow: stop after N queries; default: until interrupted'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --follow 'Keep reading: print each new event as it arrives, one line each (JSON lines off a terminal or with -o json), until Ctrl-C'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;container-pool;help'= {
            cand status 'The pool''s runtime view: instance counts per zone and state, health, ready against target, forecast'
            cand show 'The pool resource: ready capacity, container group profile, zones'
            cand list 'Pools in a resource group, or in the whole subscription'
            cand watch 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise'
            cand wait 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)'
            cand events 'The pool''s events from its resource logs: reuses served or not, the hit rate, degraded spells'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;container-pool;help;status'= {
        }
        &'standby;container-pool;help;show'= {
        }
        &'standby;container-pool;help;list'= {
        }
        &'standby;container-pool;help;watch'= {
        }
        &'standby;container-pool;help;wait'= {
        }
        &'standby;container-pool;help;events'= {
        }
        &'standby;container-pool;help;help'= {
        }
        &'standby;vm'= {
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand instance-view 'A VM''s instance view: provisioning and power state, and whether it is still in a standby pool'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;vm;instance-view'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Resource name'
            cand --name 'Resource name'
            cand --ids 'One or more full resource ids (instead of -g/-n); several give a JSON array'
            cand --input 'Render a saved ARM response body (`-` for stdin) instead of calling Azure'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;vm;help'= {
            cand instance-view 'A VM''s instance view: provisioning and power state, and whether it is still in a standby pool'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;vm;help;instance-view'= {
        }
        &'standby;vm;help;help'= {
        }
        &'standby;vmss'= {
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand instance-view 'A scale set''s instance view: status summaries of its VMs and extensions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;vmss;instance-view'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Resource name'
            cand --name 'Resource name'
            cand --ids 'One or more full resource ids (instead of -g/-n); several give a JSON array'
            cand --input 'Render a saved ARM response body (`-` for stdin) instead of calling Azure'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;vmss;help'= {
            cand instance-view 'A scale set''s instance view: status summaries of its VMs and extensions'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;vmss;help;instance-view'= {
        }
        &'standby;vmss;help;help'= {
        }
        &'standby;container'= {
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand show 'A container group: state, images, address, and whether it came from a standby pool'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;container;show'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Resource name'
            cand --name 'Resource name'
            cand --ids 'One or more full resource ids (instead of -g/-n); several give a JSON array'
            cand --input 'Render a saved ARM response body (`-` for stdin) instead of calling Azure'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;container;help'= {
            cand show 'A container group: state, images, address, and whether it came from a standby pool'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;container;help;show'= {
        }
        &'standby;container;help;help'= {
        }
        &'standby;auth'= {
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand status 'Which credential the chain would use, for which account and tenant, and whether a token is cached (never the token; asks no credential)'
            cand clear 'Delete the access tokens this tool cached (never az''s, azd''s or another tool''s files)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;auth;status'= {
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;auth;clear'= {
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;auth;help'= {
            cand status 'Which credential the chain would use, for which account and tenant, and whether a token is cached (never the token; asks no credential)'
            cand clear 'Delete the access tokens this tool cached (never az''s, azd''s or another tool''s files)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;auth;help;status'= {
        }
        &'standby;auth;help;clear'= {
        }
        &'standby;auth;help;help'= {
        }
        &'standby;fleet'= {
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand status 'One row per pool: ready against target, instances in transition, health; pools that need attention first. Exits 1 when a pool''s runtime view could not be read'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;fleet;status'= {
            cand -g 'Only pools in this resource group: in the subscriptions given with --subscription, else in the default subscription'
            cand --resource-group 'Only pools in this resource group: in the subscriptions given with --subscription, else in the default subscription'
            cand --kind 'Which pool type'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;fleet;help'= {
            cand status 'One row per pool: ready against target, instances in transition, health; pools that need attention first. Exits 1 when a pool''s runtime view could not be read'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;fleet;help;status'= {
        }
        &'standby;fleet;help;help'= {
        }
        &'standby;exporter'= {
            cand --ids 'Pool ids to export (VM or container group pools), instead of discovering them'
            cand -g 'Discover the pools of this resource group only'
            cand --resource-group 'Discover the pools of this resource group only'
            cand --kind 'Which pool type to discover (default: all)'
            cand --listen 'Address to serve on'
            cand --refresh 'Seconds between reads of the pools'' runtime views (fractions allowed, at least 0.1)'
            cand --discover 'Seconds between reads of the pools themselves (their targets; which pools exist)'
            cand --log-format 'How events are logged on stderr: one line each'
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --events 'Also export the pools'' resource-log events: standby_pool_events_total per pool and event name, and standby_pool_reuse_hit_ratio over the last hour'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;completions'= {
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;man'= {
            cand -o 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --output 'Output: json, jsonc, yaml, yamlc, tsv, table or none'
            cand --query 'JMESPath query on the JSON that `-o json` prints'
            cand --subscription 'Subscription id or name'
            cand --auth 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd'
            cand --cloud 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)'
            cand --color 'When to colour the output: auto, always or never'
            cand --api-version 'Use this api-version instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline'
            cand --concurrency 'Most requests in flight at once'
            cand --max-retry-wait 'Longest total wait between retries, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep cached tokens'
            cand --debug 'Print requests'' status, timing and ids on stderr'
            cand --verbose 'Print progress on stderr'
            cand --demo 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'standby;help'= {
            cand vm-pool 'Standby pools for virtual machine scale sets'
            cand container-pool 'Standby pools for container groups'
            cand vm 'Virtual machines'
            cand vmss 'Virtual machine scale sets'
            cand container 'Container groups'
            cand auth 'The credential in use and the token cache: which credential, whether a token is kept, clearing it'
            cand fleet 'Every standby pool you can see, at once: which are not ready, or not healthy'
            cand exporter 'Serve standby pool metrics for Prometheus, refreshed in the background'
            cand completions 'Other commands: print the completion script for a shell (see README, "Shell completions")'
            cand man 'Other commands: write the man pages (one per command) into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;help;vm-pool'= {
            cand status 'The pool''s runtime view: instance counts per zone and state, health, ready against target, forecast'
            cand show 'The pool resource: VM state, ready capacity, attached scale set'
            cand list 'Pools in a resource group, or in the whole subscription'
            cand watch 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise'
            cand wait 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)'
            cand members 'Every VM of the pool: those waiting in it and those that left it to serve, with power state'
            cand events 'The pool''s events from its resource logs: reuses served or not, the hit rate, degraded spells'
        }
        &'standby;help;vm-pool;status'= {
        }
        &'standby;help;vm-pool;show'= {
        }
        &'standby;help;vm-pool;list'= {
        }
        &'standby;help;vm-pool;watch'= {
        }
        &'standby;help;vm-pool;wait'= {
        }
        &'standby;help;vm-pool;members'= {
        }
        &'standby;help;vm-pool;events'= {
        }
        &'standby;help;container-pool'= {
            cand status 'The pool''s runtime view: instance counts per zone and state, health, ready against target, forecast'
            cand show 'The pool resource: ready capacity, container group profile, zones'
            cand list 'Pools in a resource group, or in the whole subscription'
            cand watch 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise'
            cand wait 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)'
            cand events 'The pool''s events from its resource logs: reuses served or not, the hit rate, degraded spells'
        }
        &'standby;help;container-pool;status'= {
        }
        &'standby;help;container-pool;show'= {
        }
        &'standby;help;container-pool;list'= {
        }
        &'standby;help;container-pool;watch'= {
        }
        &'standby;help;container-pool;wait'= {
        }
        &'standby;help;container-pool;events'= {
        }
        &'standby;help;vm'= {
            cand instance-view 'A VM''s instance view: provisioning and power state, and whether it is still in a standby pool'
        }
        &'standby;help;vm;instance-view'= {
        }
        &'standby;help;vmss'= {
            cand instance-view 'A scale set''s instance view: status summaries of its VMs and extensions'
        }
        &'standby;help;vmss;instance-view'= {
        }
        &'standby;help;container'= {
            cand show 'A container group: state, images, address, and whether it came from a standby pool'
        }
        &'standby;help;container;show'= {
        }
        &'standby;help;auth'= {
            cand status 'Which credential the chain would use, for which account and tenant, and whether a token is cached (never the token; asks no credential)'
            cand clear 'Delete the access tokens this tool cached (never az''s, azd''s or another tool''s files)'
        }
        &'standby;help;auth;status'= {
        }
        &'standby;help;auth;clear'= {
        }
        &'standby;help;fleet'= {
            cand status 'One row per pool: ready against target, instances in transition, health; pools that need attention first. Exits 1 when a pool''s runtime view could not be read'
        }
        &'standby;help;fleet;status'= {
        }
        &'standby;help;exporter'= {
        }
        &'standby;help;completions'= {
        }
        &'standby;help;man'= {
        }
        &'standby;help;help'= {
        }
    ]
    $completions[$command]
}
