
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'standby' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'standby'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'standby' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('vm-pool', 'vm-pool', [CompletionResultType]::ParameterValue, 'Standby pools for virtual machine scale sets')
            [CompletionResult]::new('container-pool', 'container-pool', [CompletionResultType]::ParameterValue, 'Standby pools for container groups')
            [CompletionResult]::new('vm', 'vm', [CompletionResultType]::ParameterValue, 'Virtual machines')
            [CompletionResult]::new('vmss', 'vmss', [CompletionResultType]::ParameterValue, 'Virtual machine scale sets')
            [CompletionResult]::new('container', 'container', [CompletionResultType]::ParameterValue, 'Container groups')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'The credential in use and the token cache: which credential, whether a token is kept, clearing it')
            [CompletionResult]::new('fleet', 'fleet', [CompletionResultType]::ParameterValue, 'Every standby pool you can see, at once: which are not ready, or not healthy')
            [CompletionResult]::new('exporter', 'exporter', [CompletionResultType]::ParameterValue, 'Serve standby pool metrics for Prometheus, refreshed in the background')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Other commands: print the completion script for a shell (see README, "Shell completions")')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Other commands: write the man pages (one per command) into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;vm-pool' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The pool''s runtime view: instance counts per zone and state, health, ready against target, forecast')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The pool resource: VM state, ready capacity, attached scale set')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pools in a resource group, or in the whole subscription')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'Every VM of the pool: those waiting in it and those that left it to serve, with power state')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The pool''s events from its resource logs: reuses served or not, the hit rate, degraded spells')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;vm-pool;status' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more full resource ids (instead of -g/-n); several give a JSON array')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Render a saved ARM response body (`-` for stdin) instead of calling Azure')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The runtime view to read, as az''s --version names it [default: latest]. Another name is requested as is (the service has only `latest`: exit 3)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;vm-pool;show' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more full resource ids (instead of -g/-n); several give a JSON array')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Render a saved ARM response body (`-` for stdin) instead of calling Azure')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;vm-pool;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name (default: the whole subscription)')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name (default: the whole subscription)')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Render a saved ARM list body (`-` for stdin) instead of calling Azure')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;vm-pool;watch' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Pool name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Pool name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'The pool''s full resource id (or its runtime view''s), instead of -g/-n')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between polls; fractions allowed (at least 0.1)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N polls (failed ones included); default: until interrupted')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;vm-pool;wait' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Pool name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Pool name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'The pool''s full resource id (or its runtime view''s), instead of -g/-n')
            [CompletionResult]::new('--ready', '--ready', [CompletionResultType]::ParameterName, 'At least N ready instances (in --zone, if given)')
            [CompletionResult]::new('--ready-percent', '--ready-percent', [CompletionResultType]::ParameterName, 'At least P percent of the pool''s target ready, rounded up')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Count --ready in this zone only')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between polls; fractions allowed (at least 0.1)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The overall deadline (default 10m): seconds, or 90s, 10m, 1h; 0 checks once')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--healthy', '--healthy', [CompletionResultType]::ParameterName, 'The runtime view''s health is healthy and its provisioning state Succeeded')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;vm-pool;members' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more full resource ids (instead of -g/-n); several give a JSON array')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Render a saved ARM response body (`-` for stdin) instead of calling Azure')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only the VMs still in the pool (standby), only those that left it (serving), or all')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;vm-pool;events' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Pool name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Pool name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'The pool''s full resource id (or its runtime view''s), instead of -g/-n')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'How far back from now: 90m, 24h, 7d')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'From this time (RFC 3339, e.g. 2026-12-01T00:00:00Z) instead of --since')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Up to this time (RFC 3339) [default: now]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --follow: seconds between queries (at least 10; the logs arrive minutes late)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'With --follow: stop after N queries; default: until interrupted')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep reading: print each new event as it arrives, one line each (JSON lines off a terminal or with -o json), until Ctrl-C')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;vm-pool;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The pool''s runtime view: instance counts per zone and state, health, ready against target, forecast')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The pool resource: VM state, ready capacity, attached scale set')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pools in a resource group, or in the whole subscription')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'Every VM of the pool: those waiting in it and those that left it to serve, with power state')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The pool''s events from its resource logs: reuses served or not, the hit rate, degraded spells')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;vm-pool;help;status' {
            break
        }
        'standby;vm-pool;help;show' {
            break
        }
        'standby;vm-pool;help;list' {
            break
        }
        'standby;vm-pool;help;watch' {
            break
        }
        'standby;vm-pool;help;wait' {
            break
        }
        'standby;vm-pool;help;members' {
            break
        }
        'standby;vm-pool;help;events' {
            break
        }
        'standby;vm-pool;help;help' {
            break
        }
        'standby;container-pool' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The pool''s runtime view: instance counts per zone and state, health, ready against target, forecast')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The pool resource: ready capacity, container group profile, zones')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pools in a resource group, or in the whole subscription')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The pool''s events from its resource logs: reuses served or not, the hit rate, degraded spells')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;container-pool;status' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more full resource ids (instead of -g/-n); several give a JSON array')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Render a saved ARM response body (`-` for stdin) instead of calling Azure')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'The runtime view to read, as az''s --version names it [default: latest]. Another name is requested as is (the service has only `latest`: exit 3)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;container-pool;show' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more full resource ids (instead of -g/-n); several give a JSON array')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Render a saved ARM response body (`-` for stdin) instead of calling Azure')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;container-pool;list' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name (default: the whole subscription)')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name (default: the whole subscription)')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Render a saved ARM list body (`-` for stdin) instead of calling Azure')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;container-pool;watch' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Pool name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Pool name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'The pool''s full resource id (or its runtime view''s), instead of -g/-n')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between polls; fractions allowed (at least 0.1)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Stop after N polls (failed ones included); default: until interrupted')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;container-pool;wait' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Pool name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Pool name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'The pool''s full resource id (or its runtime view''s), instead of -g/-n')
            [CompletionResult]::new('--ready', '--ready', [CompletionResultType]::ParameterName, 'At least N ready instances (in --zone, if given)')
            [CompletionResult]::new('--ready-percent', '--ready-percent', [CompletionResultType]::ParameterName, 'At least P percent of the pool''s target ready, rounded up')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Count --ready in this zone only')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Seconds between polls; fractions allowed (at least 0.1)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The overall deadline (default 10m): seconds, or 90s, 10m, 1h; 0 checks once')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--healthy', '--healthy', [CompletionResultType]::ParameterName, 'The runtime view''s health is healthy and its provisioning state Succeeded')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;container-pool;events' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Pool name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Pool name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'The pool''s full resource id (or its runtime view''s), instead of -g/-n')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'How far back from now: 90m, 24h, 7d')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'From this time (RFC 3339, e.g. 2026-12-01T00:00:00Z) instead of --since')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Up to this time (RFC 3339) [default: now]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --follow: seconds between queries (at least 10; the logs arrive minutes late)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'With --follow: stop after N queries; default: until interrupted')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep reading: print each new event as it arrives, one line each (JSON lines off a terminal or with -o json), until Ctrl-C')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;container-pool;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The pool''s runtime view: instance counts per zone and state, health, ready against target, forecast')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The pool resource: ready capacity, container group profile, zones')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pools in a resource group, or in the whole subscription')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The pool''s events from its resource logs: reuses served or not, the hit rate, degraded spells')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;container-pool;help;status' {
            break
        }
        'standby;container-pool;help;show' {
            break
        }
        'standby;container-pool;help;list' {
            break
        }
        'standby;container-pool;help;watch' {
            break
        }
        'standby;container-pool;help;wait' {
            break
        }
        'standby;container-pool;help;events' {
            break
        }
        'standby;container-pool;help;help' {
            break
        }
        'standby;vm' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('instance-view', 'instance-view', [CompletionResultType]::ParameterValue, 'A VM''s instance view: provisioning and power state, and whether it is still in a standby pool')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;vm;instance-view' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more full resource ids (instead of -g/-n); several give a JSON array')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Render a saved ARM response body (`-` for stdin) instead of calling Azure')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;vm;help' {
            [CompletionResult]::new('instance-view', 'instance-view', [CompletionResultType]::ParameterValue, 'A VM''s instance view: provisioning and power state, and whether it is still in a standby pool')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;vm;help;instance-view' {
            break
        }
        'standby;vm;help;help' {
            break
        }
        'standby;vmss' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('instance-view', 'instance-view', [CompletionResultType]::ParameterValue, 'A scale set''s instance view: status summaries of its VMs and extensions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;vmss;instance-view' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more full resource ids (instead of -g/-n); several give a JSON array')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Render a saved ARM response body (`-` for stdin) instead of calling Azure')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;vmss;help' {
            [CompletionResult]::new('instance-view', 'instance-view', [CompletionResultType]::ParameterValue, 'A scale set''s instance view: status summaries of its VMs and extensions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;vmss;help;instance-view' {
            break
        }
        'standby;vmss;help;help' {
            break
        }
        'standby;container' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A container group: state, images, address, and whether it came from a standby pool')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;container;show' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Resource group name')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Resource name')
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'One or more full resource ids (instead of -g/-n); several give a JSON array')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Render a saved ARM response body (`-` for stdin) instead of calling Azure')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;container;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A container group: state, images, address, and whether it came from a standby pool')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;container;help;show' {
            break
        }
        'standby;container;help;help' {
            break
        }
        'standby;auth' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Which credential the chain would use, for which account and tenant, and whether a token is cached (never the token; asks no credential)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete the access tokens this tool cached (never az''s, azd''s or another tool''s files)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;auth;status' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;auth;clear' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;auth;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Which credential the chain would use, for which account and tenant, and whether a token is cached (never the token; asks no credential)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete the access tokens this tool cached (never az''s, azd''s or another tool''s files)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;auth;help;status' {
            break
        }
        'standby;auth;help;clear' {
            break
        }
        'standby;auth;help;help' {
            break
        }
        'standby;fleet' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'One row per pool: ready against target, instances in transition, health; pools that need attention first. Exits 1 when a pool''s runtime view could not be read')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;fleet;status' {
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Only pools in this resource group: in the subscriptions given with --subscription, else in the default subscription')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Only pools in this resource group: in the subscriptions given with --subscription, else in the default subscription')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which pool type')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;fleet;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'One row per pool: ready against target, instances in transition, health; pools that need attention first. Exits 1 when a pool''s runtime view could not be read')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;fleet;help;status' {
            break
        }
        'standby;fleet;help;help' {
            break
        }
        'standby;exporter' {
            [CompletionResult]::new('--ids', '--ids', [CompletionResultType]::ParameterName, 'Pool ids to export (VM or container group pools), instead of discovering them')
            [CompletionResult]::new('-g', '-g', [CompletionResultType]::ParameterName, 'Discover the pools of this resource group only')
            [CompletionResult]::new('--resource-group', '--resource-group', [CompletionResultType]::ParameterName, 'Discover the pools of this resource group only')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which pool type to discover (default: all)')
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to serve on')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Seconds between reads of the pools'' runtime views (fractions allowed, at least 0.1)')
            [CompletionResult]::new('--discover', '--discover', [CompletionResultType]::ParameterName, 'Seconds between reads of the pools themselves (their targets; which pools exist)')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'How events are logged on stderr: one line each')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--events', '--events', [CompletionResultType]::ParameterName, 'Also export the pools'' resource-log events: standby_pool_events_total per pool and event name, and standby_pool_reuse_hit_ratio over the last hour')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;completions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;man' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output: json, jsonc, yaml, yamlc, tsv, table or none')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'JMESPath query on the JSON that `-o json` prints')
            [CompletionResult]::new('--subscription', '--subscription', [CompletionResultType]::ParameterName, 'Subscription id or name')
            [CompletionResult]::new('--auth', '--auth', [CompletionResultType]::ParameterName, 'Token source: auto, token, service-principal, workload-identity, managed-identity, cli or azd')
            [CompletionResult]::new('--cloud', '--cloud', [CompletionResultType]::ParameterName, 'Azure cloud: AzureCloud, AzureChinaCloud or AzureUSGovernment (default: az''s active cloud, else AzureCloud)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour the output: auto, always or never')
            [CompletionResult]::new('--api-version', '--api-version', [CompletionResultType]::ParameterName, 'Use this api-version instead of the pinned one')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each request''s answer (default 30); on `wait`, the deadline')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Most requests in flight at once')
            [CompletionResult]::new('--max-retry-wait', '--max-retry-wait', [CompletionResultType]::ParameterName, 'Longest total wait between retries, in seconds')
            [CompletionResult]::new('--only-show-errors', '--only-show-errors', [CompletionResultType]::ParameterName, 'Print errors only: no warnings on stderr')
            [CompletionResult]::new('--no-token-cache', '--no-token-cache', [CompletionResultType]::ParameterName, 'Neither read nor keep cached tokens')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print requests'' status, timing and ids on stderr')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print progress on stderr')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Try the tool on a simulated Azure: no login, no network (also STANDBY_DEMO=1)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'standby;help' {
            [CompletionResult]::new('vm-pool', 'vm-pool', [CompletionResultType]::ParameterValue, 'Standby pools for virtual machine scale sets')
            [CompletionResult]::new('container-pool', 'container-pool', [CompletionResultType]::ParameterValue, 'Standby pools for container groups')
            [CompletionResult]::new('vm', 'vm', [CompletionResultType]::ParameterValue, 'Virtual machines')
            [CompletionResult]::new('vmss', 'vmss', [CompletionResultType]::ParameterValue, 'Virtual machine scale sets')
            [CompletionResult]::new('container', 'container', [CompletionResultType]::ParameterValue, 'Container groups')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'The credential in use and the token cache: which credential, whether a token is kept, clearing it')
            [CompletionResult]::new('fleet', 'fleet', [CompletionResultType]::ParameterValue, 'Every standby pool you can see, at once: which are not ready, or not healthy')
            [CompletionResult]::new('exporter', 'exporter', [CompletionResultType]::ParameterValue, 'Serve standby pool metrics for Prometheus, refreshed in the background')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Other commands: print the completion script for a shell (see README, "Shell completions")')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Other commands: write the man pages (one per command) into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'standby;help;vm-pool' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The pool''s runtime view: instance counts per zone and state, health, ready against target, forecast')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The pool resource: VM state, ready capacity, attached scale set')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pools in a resource group, or in the whole subscription')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)')
            [CompletionResult]::new('members', 'members', [CompletionResultType]::ParameterValue, 'Every VM of the pool: those waiting in it and those that left it to serve, with power state')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The pool''s events from its resource logs: reuses served or not, the hit rate, degraded spells')
            break
        }
        'standby;help;vm-pool;status' {
            break
        }
        'standby;help;vm-pool;show' {
            break
        }
        'standby;help;vm-pool;list' {
            break
        }
        'standby;help;vm-pool;watch' {
            break
        }
        'standby;help;vm-pool;wait' {
            break
        }
        'standby;help;vm-pool;members' {
            break
        }
        'standby;help;vm-pool;events' {
            break
        }
        'standby;help;container-pool' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'The pool''s runtime view: instance counts per zone and state, health, ready against target, forecast')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The pool resource: ready capacity, container group profile, zones')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Pools in a resource group, or in the whole subscription')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Follow the runtime view: a live full-screen view at a terminal, JSON lines otherwise')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until the pool is ready (exit 0), or until --timeout (exit 4)')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'The pool''s events from its resource logs: reuses served or not, the hit rate, degraded spells')
            break
        }
        'standby;help;container-pool;status' {
            break
        }
        'standby;help;container-pool;show' {
            break
        }
        'standby;help;container-pool;list' {
            break
        }
        'standby;help;container-pool;watch' {
            break
        }
        'standby;help;container-pool;wait' {
            break
        }
        'standby;help;container-pool;events' {
            break
        }
        'standby;help;vm' {
            [CompletionResult]::new('instance-view', 'instance-view', [CompletionResultType]::ParameterValue, 'A VM''s instance view: provisioning and power state, and whether it is still in a standby pool')
            break
        }
        'standby;help;vm;instance-view' {
            break
        }
        'standby;help;vmss' {
            [CompletionResult]::new('instance-view', 'instance-view', [CompletionResultType]::ParameterValue, 'A scale set''s instance view: status summaries of its VMs and extensions')
            break
        }
        'standby;help;vmss;instance-view' {
            break
        }
        'standby;help;container' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A container group: state, images, address, and whether it came from a standby pool')
            break
        }
        'standby;help;container;show' {
            break
        }
        'standby;help;auth' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Which credential the chain would use, for which account and tenant, and whether a token is cached (never the token; asks no credential)')
            [CompletionResult]::new('clear', 'clear', [CompletionResultType]::ParameterValue, 'Delete the access tokens this tool cached (never az''s, azd''s or another tool''s files)')
            break
        }
        'standby;help;auth;status' {
            break
        }
        'standby;help;auth;clear' {
            break
        }
        'standby;help;fleet' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'One row per pool: ready against target, instances in transition, health; pools that need attention first. Exits 1 when a pool''s runtime view could not be read')
            break
        }
        'standby;help;fleet;status' {
            break
        }
        'standby;help;exporter' {
            break
        }
        'standby;help;completions' {
            break
        }
        'standby;help;man' {
            break
        }
        'standby;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
