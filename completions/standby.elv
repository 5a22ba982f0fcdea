
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
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
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
            cand completions 'Print the completion script for a shell (packagers: see README, "Shell completions")'
            cand man 'Write the man pages (one per command) into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;vm-pool'= {
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'The pool''s runtime view: instance counts per zone and state, health, forecast'
            cand show 'The pool resource: capacity, state, attached scale set or container profile'
            cand list 'Pools in a resource group, or in the whole subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;vm-pool;status'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Resource name'
            cand --name 'Resource name'
            cand --ids 'One or more full resource ids (instead of -g/-n); several give a JSON array'
            cand --input 'Render a saved ARM response body (`-` for stdin) instead of calling Azure'
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'standby;vm-pool;show'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Resource name'
            cand --name 'Resource name'
            cand --ids 'One or more full resource ids (instead of -g/-n); several give a JSON array'
            cand --input 'Render a saved ARM response body (`-` for stdin) instead of calling Azure'
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'standby;vm-pool;list'= {
            cand -g 'Resource group name (default: the whole subscription)'
            cand --resource-group 'Resource group name (default: the whole subscription)'
            cand --input 'Render a saved ARM list body (`-` for stdin) instead of calling Azure'
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'standby;vm-pool;help'= {
            cand status 'The pool''s runtime view: instance counts per zone and state, health, forecast'
            cand show 'The pool resource: capacity, state, attached scale set or container profile'
            cand list 'Pools in a resource group, or in the whole subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;vm-pool;help;status'= {
        }
        &'standby;vm-pool;help;show'= {
        }
        &'standby;vm-pool;help;list'= {
        }
        &'standby;vm-pool;help;help'= {
        }
        &'standby;container-pool'= {
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'The pool''s runtime view: instance counts per zone and state, health, forecast'
            cand show 'The pool resource: capacity, state, attached scale set or container profile'
            cand list 'Pools in a resource group, or in the whole subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;container-pool;status'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Resource name'
            cand --name 'Resource name'
            cand --ids 'One or more full resource ids (instead of -g/-n); several give a JSON array'
            cand --input 'Render a saved ARM response body (`-` for stdin) instead of calling Azure'
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'standby;container-pool;show'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Resource name'
            cand --name 'Resource name'
            cand --ids 'One or more full resource ids (instead of -g/-n); several give a JSON array'
            cand --input 'Render a saved ARM response body (`-` for stdin) instead of calling Azure'
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'standby;container-pool;list'= {
            cand -g 'Resource group name (default: the whole subscription)'
            cand --resource-group 'Resource group name (default: the whole subscription)'
            cand --input 'Render a saved ARM list body (`-` for stdin) instead of calling Azure'
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'standby;container-pool;help'= {
            cand status 'The pool''s runtime view: instance counts per zone and state, health, forecast'
            cand show 'The pool resource: capacity, state, attached scale set or container profile'
            cand list 'Pools in a resource group, or in the whole subscription'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;container-pool;help;status'= {
        }
        &'standby;container-pool;help;show'= {
        }
        &'standby;container-pool;help;list'= {
        }
        &'standby;container-pool;help;help'= {
        }
        &'standby;vm'= {
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
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
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
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
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
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
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
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
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'A container group: state, containers, addresses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;container;show'= {
            cand -g 'Resource group name'
            cand --resource-group 'Resource group name'
            cand -n 'Resource name'
            cand --name 'Resource name'
            cand --ids 'One or more full resource ids (instead of -g/-n); several give a JSON array'
            cand --input 'Render a saved ARM response body (`-` for stdin) instead of calling Azure'
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'standby;container;help'= {
            cand show 'A container group: state, containers, addresses'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;container;help;show'= {
        }
        &'standby;container;help;help'= {
        }
        &'standby;auth'= {
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Which credential the chain would use, for which account and tenant, and whether a token is cached (never the token; asks no credential)'
            cand clear 'Delete the access tokens this tool cached (never az''s, azd''s or another tool''s files)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;auth;status'= {
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'standby;auth;clear'= {
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
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
        &'standby;completions'= {
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'standby;man'= {
            cand -o 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --output 'Output format. Default: table on a terminal; otherwise STANDBY_OUTPUT, then az''s `[core] output`, then json'
            cand --query 'JMESPath query applied to the JSON that `-o json` prints, e.g. "instanceCountSummary[].{zone:zone}"'
            cand --subscription 'Subscription id or name (default: AZURE_SUBSCRIPTION_ID, then az''s default subscription)'
            cand --auth 'How to get a token for Azure Resource Manager'
            cand --cloud 'Azure cloud (default: az''s active cloud, else AzureCloud). STANDBY_ARM_ENDPOINT overrides it'
            cand --color 'When to colour the output'
            cand --api-version 'Use this api-version for the request instead of the pinned one'
            cand --timeout 'Seconds to wait for each request''s answer'
            cand --concurrency 'Most requests in flight at once when a command reads several resources'
            cand --max-retry-wait 'Longest total wait between retries of throttled or failed requests, in seconds'
            cand --only-show-errors 'Print errors only: no warnings on stderr'
            cand --no-token-cache 'Neither read nor keep access tokens in the token cache (as STANDBY_TOKEN_CACHE=0 does)'
            cand --debug 'Print the requests and responses'' status, timing and request ids on stderr (tokens redacted)'
            cand --verbose 'Print progress on stderr'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'standby;help'= {
            cand vm-pool 'Standby pools for virtual machine scale sets'
            cand container-pool 'Standby pools for container groups'
            cand vm 'Virtual machines'
            cand vmss 'Virtual machine scale sets'
            cand container 'Container groups'
            cand auth 'The credential in use and the token cache: which credential, whether a token is kept, clearing it'
            cand completions 'Print the completion script for a shell (packagers: see README, "Shell completions")'
            cand man 'Write the man pages (one per command) into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'standby;help;vm-pool'= {
            cand status 'The pool''s runtime view: instance counts per zone and state, health, forecast'
            cand show 'The pool resource: capacity, state, attached scale set or container profile'
            cand list 'Pools in a resource group, or in the whole subscription'
        }
        &'standby;help;vm-pool;status'= {
        }
        &'standby;help;vm-pool;show'= {
        }
        &'standby;help;vm-pool;list'= {
        }
        &'standby;help;container-pool'= {
            cand status 'The pool''s runtime view: instance counts per zone and state, health, forecast'
            cand show 'The pool resource: capacity, state, attached scale set or container profile'
            cand list 'Pools in a resource group, or in the whole subscription'
        }
        &'standby;help;container-pool;status'= {
        }
        &'standby;help;container-pool;show'= {
        }
        &'standby;help;container-pool;list'= {
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
            cand show 'A container group: state, containers, addresses'
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
        &'standby;help;completions'= {
        }
        &'standby;help;man'= {
        }
        &'standby;help;help'= {
        }
    ]
    $completions[$command]
}
