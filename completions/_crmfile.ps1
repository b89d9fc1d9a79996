
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'crmfile' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'crmfile'
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
        'crmfile' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make a store: config, recipients and a .gitignore for local state.')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer; prints the new id.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one customer: a table on a terminal, TOML otherwise, or JSON.')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'List customers, filtered by a query and conditions.')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List customers, filtered by a query and conditions.')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change fields of one customer: FIELD=VALUE, FIELD+=ITEM and FIELD-=ITEM for lists.')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add (+tag or tag) and remove (-tag) tags of one customer.')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit one customer''s record as TOML in $VISUAL or $EDITOR.')
            [CompletionResult]::new('log-contact', 'log-contact', [CompletionResultType]::ParameterValue, 'Log a call, email, meeting, visit or chat with a customer.')
            [CompletionResult]::new('log-purchase', 'log-purchase', [CompletionResultType]::ParameterValue, 'Record a purchase (or, with --refund, a refund) as an exact decimal amount.')
            [CompletionResult]::new('log-payment', 'log-payment', [CompletionResultType]::ParameterValue, 'Record money received. It pays the purchase named with --for first, then the oldest purchases on account; what is more than the customer owes is kept as credit on account (and said so). Prints the customer and payment ids; the new balance goes to stderr.')
            [CompletionResult]::new('log-feedback', 'log-feedback', [CompletionResultType]::ParameterValue, 'Record feedback. Complaints and suggestions start open until `crmfile resolve`; praise and surveys need no answer and start resolved. A complaint is due to be handled within the store''s feedback.sla, by its handler (--handler, else the account manager); `crmfile resolve` takes it through in progress, resolved and the callback.')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Mark a feedback entry resolved, with what was done. A resolved complaint is due for a callback (回访) the store''s feedback.callback later; --callback records it, with what the customer said. --start marks it in progress (and --handler hands it over).')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Record that a customer gave or withdrew consent to a use of their data (PIPL art. 13, 14, 15; GDPR art. 6, 7), with what they were told (--scope), how (--channel) and where the proof is (--evidence). Entries are kept, never overwritten: the latest one of a purpose is what holds now. Marketing (holiday greetings, `export --purpose marketing`) follows the store''s `[consent] marketing` rule.')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Record how two customers are related: B is A''s --as (parent company, branch, supplier, buyer, partner, referrer, referred, competitor). Both records get the link, B''s the inverse (A is B''s branch when B is A''s parent). `show` lists links by name; `find --linked-to` follows them; `merge` and `forget` keep them consistent.')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove the link between two customers, on both sides.')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Keep a document with a customer: a contract, a quotation, a scanned business card. It is encrypted as it is read to the readers of the customer''s folder, stored under `.attachments/` by an id (never by its name), and listed in the record with its label, original name, size, SHA-256, when and by whom. `git diff` shows the list change, never the contents. Files over attachments.max_mb (25 MB) are refused.')
            [CompletionResult]::new('attachment', 'attachment', [CompletionResultType]::ParameterValue, 'Read documents kept with customers.')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Remove a document from a customer: the entry and its encrypted file.')
            [CompletionResult]::new('add-person', 'add-person', [CompletionResultType]::ParameterValue, 'Add a key person: the referrer, the decision maker, the one who signs off… Their birthdays are reminded like the customer''s.')
            [CompletionResult]::new('add-date', 'add-date', [CompletionResultType]::ParameterValue, 'Add a yearly date to remember (first order, company founding, wedding…).')
            [CompletionResult]::new('classify', 'classify', [CompletionResultType]::ParameterValue, 'Compute RFM scores, value tier and lifecycle stage for every customer, from the rules in .crmfile/config.toml ([classify]; the shipped rules are listed there and in the README).')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Check the store: files that do not decrypt or parse, records not encrypted to their folder''s current recipients, stray temporary or plaintext files, your identity''s file permissions, invalid fields, likely duplicates, customers not contacted for more than twice their cadence, complaints past their deadline, merge conflicts, customers erased earlier whose files are back, and customers past the retention period. Each finding has a severity, a code, the record and a hint.')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export customers (filtered as `find` does) to stdout: CSV, Excel, JSON, NDJSON, vCard or iCalendar; or their log entries, one row each; or everything held about one customer.')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers or transactions.')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Fold a duplicate customer into the one to keep, then delete the duplicate.')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'List what is due: follow-ups, birthdays and anniversaries (customers'' and their key people''s), complaints not resolved within the deadline in config (feedback.sla), callbacks after resolved complaints (feedback.callback), and purchases on account falling due or overdue (payment).')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Analyse the archive: customers per tier, lifecycle and pipeline stage; revenue by tier and by month over the last 12 months with the trend; the top 10 customers by revenue; contacts per owner and channel, complaints and ratings in the period (--since, default the last 30 days); customers overdue for follow-up, with phone and owner. --by breaks customers, revenue, new and churned customers, complaints and satisfaction down by region, industry, owner, source, tier, stage or lifecycle; --receivables gives what customers owe by age (0-30, 31-60, 61-90, 90+ days since the purchase), per customer and per account manager. The filters of `find` narrow every figure to the customers they keep.')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Erase a customer: delete the record and leave a tombstone without personal data (id, date, reason, keyed hashes of phones and emails) in .crmfile/erasures.toml, so that adding or importing the same person again is refused unless --force. The hashes are keyed with .crmfile/erasure-key.age, which only the store''s members can open.')
            [CompletionResult]::new('access-log', 'access-log', [CompletionResultType]::ParameterValue, 'Show the access log: one line per command that decrypted or wrote records (time, member, command, ids; never names). In a team store it reads every member''s trail (.crmfile/access/<member>@<clone>.log, carried by git: pull to see the others''), and this machine''s .crmfile/access.log. Turned off with `[access_log] enabled = false` in config; `shared = false` keeps it on this machine.')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Name the team''s members and their public keys, in .crmfile/team.toml (committed to git). The member whose key your identity holds is you: log entries, `created_by`, `updated_by` and the access trail carry that name. `crmfile recipients add NAME --folder F` then lets a member read a folder.')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move customers to another folder and encrypt them to that folder''s recipients. A folder is an access level: moving a customer to `vip` lets exactly the readers of `vip` read it (see `crmfile recipients list`). The folder is made if missing.')
            [CompletionResult]::new('recipients', 'recipients', [CompletionResultType]::ParameterValue, 'See and change who can read which folder. A folder is an access level: its own .age-recipients says who its records are encrypted to. Name a key or a team member (see `crmfile member`); adding or removing one re-encrypts exactly the records it covers.')
            [CompletionResult]::new('reencrypt', 'reencrypt', [CompletionResultType]::ParameterValue, 'Encrypt records again to the current recipients of their folders (after editing a .age-recipients file by hand). Only records sealed to another list than their folder''s are touched (told from the file''s header, without decrypting); the others are counted as skipped. `crmfile recipients add/remove` do this themselves.')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept records that carry no seal from this store''s members, after checking them, and seal them as they are.')
            [CompletionResult]::new('git-setup', 'git-setup', [CompletionResultType]::ParameterValue, 'Make git show decrypted diffs of records and merge concurrent edits structurally.')
            [CompletionResult]::new('cat', 'cat', [CompletionResultType]::ParameterValue, 'Print a record file decrypted, in canonical TOML (stable key order), so `git diff` and `git log -p` show real field changes. `crmfile git-setup` makes git use it.')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'Merge two versions of a record for git (set up by `crmfile git-setup`).')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of a decrypted record (what --format json writes).')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script.')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff).')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Fill the store with N made-up customers (for demos and benchmarks).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmfile;init' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Public key (age1… or ssh-ed25519 …) to encrypt records to; repeat for a team')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'Public key (age1… or ssh-ed25519 …) to encrypt records to; repeat for a team')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Full name (of the person, or of the company for --kind company)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'person or company (个人, 公司)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number (repeat for several), `KIND:` first for its kind (work:010-6275 1234, 传真:…; kinds: mobile, work, home, fax, other); checked and written +86 138 0013 8000')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address (repeat for several)')
            [CompletionResult]::new('--company', '--company', [CompletionResultType]::ParameterName, 'Company the person works for (or, for a company, its full legal name)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Job title')
            [CompletionResult]::new('--birthday', '--birthday', [CompletionResultType]::ParameterName, 'Birthday, YYYY-MM-DD, or in the Chinese calendar: 农历八月十五, 农历1975年八月十五')
            [CompletionResult]::new('--lunar-birthday', '--lunar-birthday', [CompletionResultType]::ParameterName, 'Birthday in the Chinese calendar: 1975-08-15, 08-15, 2020-04L-08 (leap month) or 农历八月十五 (reminded on its Gregorian day each year)')
            [CompletionResult]::new('--gender', '--gender', [CompletionResultType]::ParameterName, 'Gender, as the customer describes it')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address')
            [CompletionResult]::new('--wechat', '--wechat', [CompletionResultType]::ParameterName, 'WeChat id')
            [CompletionResult]::new('--qq', '--qq', [CompletionResultType]::ParameterName, 'QQ number')
            [CompletionResult]::new('--industry', '--industry', [CompletionResultType]::ParameterName, 'Industry (制造, retail, …)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Sales region (华东, EU, …)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag (repeat for several)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Account manager')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where the customer came from (referral, fair, web…)')
            [CompletionResult]::new('--ref', '--ref', [CompletionResultType]::ParameterName, 'The customer''s number in another system')
            [CompletionResult]::new('--folder', '--folder', [CompletionResultType]::ParameterName, 'Sub-folder of the store to keep the record in (e.g. vip)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Any other field, as `set` takes it (extra.floor=12, follow_up.cadence=14d); repeat')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Read the record(s) as JSON from stdin instead: one object, or one per line')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Add even if it looks like a duplicate, or if your identity could not read it back')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;show' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, TOML otherwise]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;find' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only customers with this tag (repeat: all of them)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only customers of this account manager')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Only customers of this value tier')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, or FIELD>VALUE (>=, <, <=) on a number, amount or date, on a dotted field; numbers and dates compare by value (repeat: all must hold)')
            [CompletionResult]::new('--linked-to', '--linked-to', [CompletionResultType]::ParameterName, 'Only customers linked to this one (id or query), by any relation')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain text otherwise]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;list' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only customers with this tag (repeat: all of them)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only customers of this account manager')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Only customers of this value tier')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, or FIELD>VALUE (>=, <, <=) on a number, amount or date, on a dotted field; numbers and dates compare by value (repeat: all must hold)')
            [CompletionResult]::new('--linked-to', '--linked-to', [CompletionResultType]::ParameterName, 'Only customers linked to this one (id or query), by any relation')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain text otherwise]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;set' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write even if your identity could not read the record back')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;tag' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;edit' {
            [CompletionResult]::new('--unsafe-copy-dir', '--unsafe-copy-dir', [CompletionResultType]::ParameterName, 'Put the decrypted copy in this folder even if it is not memory-backed (tmpfs): the record may then reach the disk and outlive a crash')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Write even if your identity could not read the record back')
            [CompletionResult]::new('--accept', '--accept', [CompletionResultType]::ParameterName, 'Take a record that carries no seal as a member''s once you have read it in the editor: what you save is sealed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;log-contact' {
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'phone, email, meeting, visit, wechat, qq, sms or other')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'What was said')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When: 2026-11-20T15:00:00+08:00, "2026-11-20 15:00", or a date [default: now]')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'in (the customer reached out) or out')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who made the contact; a member name in a team [default: you: your member name, else $CRMFILE_USER, else the login name]')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, 'The result (quote-sent, no-answer, order…)')
            [CompletionResult]::new('--next', '--next', [CompletionResultType]::ParameterName, 'Next follow-up: 2026-12-01, +3d, 2w, monday…')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;log-purchase' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount as an exact decimal (25800.00, ¥25,800, 2.58万); negative only with --refund')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO 4217 currency code [default: the store''s currency]')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'What was bought')
            [CompletionResult]::new('--quantity', '--quantity', [CompletionResultType]::ParameterName, 'How many')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When: 2026-10-03, yesterday, -2d… [default: today]')
            [CompletionResult]::new('--payment', '--payment', [CompletionResultType]::ParameterName, 'How it was paid (bank-transfer, alipay, wechat-pay, cash, card…)')
            [CompletionResult]::new('--ref', '--ref', [CompletionResultType]::ParameterName, 'Invoice or order number')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Owed until this date [default: the purchase date + the payment terms]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--refund', '--refund', [CompletionResultType]::ParameterName, 'This is a refund: the amount is stored negative and taken off what is owed (with --paid: paid back, the account left as it is)')
            [CompletionResult]::new('--paid', '--paid', [CompletionResultType]::ParameterName, 'Paid at the sale (cash): nothing is owed; with --refund, the money was paid back')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Record it even when it takes the balance over the credit limit, or (a refund) is more than the customer bought in all')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;log-payment' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount received, an exact decimal more than zero (5000, 5000.00, ¥5,000, 0.5万)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO 4217 currency code [default: the store''s currency]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When: 2026-10-03, yesterday, -2d… [default: today]')
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'The purchase (t-…) this pays first, as `show` lists it')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'How it was paid (bank-transfer, alipay, wechat-pay, cash…)')
            [CompletionResult]::new('--ref', '--ref', [CompletionResultType]::ParameterName, 'Receipt or bank reference')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;log-feedback' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'complaint, suggestion, praise or survey')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'What the customer said')
            [CompletionResult]::new('--rating', '--rating', [CompletionResultType]::ParameterName, 'Rating from 1 (worst) to 5 (best)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When [default: today]')
            [CompletionResult]::new('--handler', '--handler', [CompletionResultType]::ParameterName, 'Who handles it: a team member [default: the account manager]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;resolve' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What was done about it')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When it was resolved [default: today]')
            [CompletionResult]::new('--handler', '--handler', [CompletionResultType]::ParameterName, 'Who handles it from now on')
            [CompletionResult]::new('--rating', '--rating', [CompletionResultType]::ParameterName, 'With --callback: the customer''s satisfaction, 1 (worst) to 5 (best)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Mark it in progress instead of resolved')
            [CompletionResult]::new('--callback', '--callback', [CompletionResultType]::ParameterName, 'Record the callback after resolution; --note is what the customer said')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;consent' {
            [CompletionResult]::new('--purpose', '--purpose', [CompletionResultType]::ParameterName, 'What the data is used for: service, marketing, profiling, sharing, other')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'What the customer was told and agreed to (目的、范围)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How: a signed form, WeChat, a web form, by phone…')
            [CompletionResult]::new('--evidence', '--evidence', [CompletionResultType]::ParameterName, 'Where the proof is: a form number, a file, a message (no personal data of others)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'When [default: today]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--given', '--given', [CompletionResultType]::ParameterName, 'The customer agreed')
            [CompletionResult]::new('--withdrawn', '--withdrawn', [CompletionResultType]::ParameterName, 'The customer withdrew consent')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;link' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'What B is to A')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A few words on the relation')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;unlink' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;attach' {
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'What it is: 合同, 报价单, 名片…')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;attachment' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Decrypt an attachment to standard output or a file, checking it is the file that was attached (its SHA-256). Keep the copy out of the store, in memory (/dev/shm) if you can: it is the document in the clear.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmfile;attachment;get' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write it here instead of standard output (not inside the store)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;attachment;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Decrypt an attachment to standard output or a file, checking it is the file that was attached (its SHA-256). Keep the copy out of the store, in memory (/dev/shm) if you can: it is the document in the clear.')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmfile;attachment;help;get' {
            break
        }
        'crmfile;attachment;help;help' {
            break
        }
        'crmfile;detach' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;add-person' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Their name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'referrer, decision-maker, sign-off or other')
            [CompletionResult]::new('--birthday', '--birthday', [CompletionResultType]::ParameterName, 'YYYY-MM-DD, or in the Chinese calendar: 农历八月十五, 农历1975年八月十五')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Their phone number')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Their email address')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Anything worth remembering about them')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Read people as NDJSON from stdin (`-`), each naming its customer by id or ref')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;add-date' {
            [CompletionResult]::new('--label', '--label', [CompletionResultType]::ParameterName, 'What the date is')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The original date, YYYY-MM-DD (the year gives the count of years), or in the Chinese calendar: 农历2019年八月十五 (then it recurs on that lunar day)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Read dates as NDJSON from stdin (`-`), each naming its customer by id or ref')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;classify' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain text otherwise]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change, write nothing')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every customer, not only those whose class changes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;audit' {
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit with 3 when a finding is at least this severe')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain text otherwise]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--fix', '--fix', [CompletionResultType]::ParameterName, 'Apply the safe fixes and list what changed')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;export' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only customers with this tag (repeat: all of them)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only customers of this account manager')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Only customers of this value tier')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, or FIELD>VALUE (>=, <, <=) on a number, amount or date, on a dotted field; numbers and dates compare by value (repeat: all must hold)')
            [CompletionResult]::new('--linked-to', '--linked-to', [CompletionResultType]::ParameterName, 'Only customers linked to this one (id or query), by any relation')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Columns for CSV, as dotted field paths separated by commas')
            [CompletionResult]::new('--headers', '--headers', [CompletionResultType]::ParameterName, 'CSV headers: dotted field names for programs (machine), or people''s names in Chinese (zh) or English (en), with enumerated values named in that language too; `import customers` reads all three back')
            [CompletionResult]::new('--vcard-version', '--vcard-version', [CompletionResultType]::ParameterName, 'vCard version for --format vcard')
            [CompletionResult]::new('--entries', '--entries', [CompletionResultType]::ParameterName, 'One row per log entry (with its customer''s id) instead of one per customer')
            [CompletionResult]::new('--purpose', '--purpose', [CompletionResultType]::ParameterName, 'Only customers the store may use for this purpose: for `marketing`, by the store''s `[consent] marketing` rule; for the others, consent given and not withdrawn')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format (required; --entries: csv, xlsx, json or ndjson). xlsx is an Excel workbook, written to stdout: redirect it to a file')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--bom', '--bom', [CompletionResultType]::ParameterName, 'Start CSV with a byte-order mark, so Excel reads UTF-8')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'CSV cells exactly as stored: no `''` before cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`); only for programs, never for Excel')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Everything held about the one customer QUERY names, as JSON (subject access request)')
            [CompletionResult]::new('--history', '--history', [CompletionResultType]::ParameterName, 'With --subject: also every committed version from git history')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;import' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Customers from CSV or Excel (headers in English or Chinese), vCard or NDJSON')
            [CompletionResult]::new('transactions', 'transactions', [CompletionResultType]::ParameterValue, 'Transactions from CSV, Excel or NDJSON, appended to the customers they name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmfile;import;customers' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format; without it, told from the file''s extension (.csv .txt .tsv, .xlsx .xls .ods, .vcf, .ndjson .jsonl .json; a JSON list is read as NDJSON)')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The workbook''s sheet to read (Excel); the first one without it')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'COLUMN=FIELD: read a column into a dotted field (wins over the automatic mapping)')
            [CompletionResult]::new('--on-duplicate', '--on-duplicate', [CompletionResultType]::ParameterName, 'What to do with a likely duplicate of a customer already in the store or earlier in the file: skip it, update the existing one (fill empty fields, unite lists and logs; fields whose values differ keep the record''s and are named), or count it as an error')
            [CompletionResult]::new('--folder', '--folder', [CompletionResultType]::ParameterName, 'Sub-folder of the store for the new records')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s text encoding, when the guess is wrong (CSV and vCard)')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Write what was not imported to this file, with the reason, to fix and import again: the rows as they were with a reason column (a workbook when FILE ends in .xlsx, else CSV in UTF-8 with BOM for Excel), the lines as they were (NDJSON), or the cards as they were (vCard: into a .vcf file; into a sheet, each card''s number, reason and text). Not inside the store: it holds customer data in the clear')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Count what would happen and show the first problems; write nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Import customers that match an erased one (they consented again)')
            [CompletionResult]::new('--keep-unmapped', '--keep-unmapped', [CompletionResultType]::ParameterName, 'Keep the columns no field takes under extra.imported, by header (CSV)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;import;transactions' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format; without it, told from the file''s extension (.csv .txt .tsv, .xlsx .xls .ods, .ndjson .jsonl)')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The workbook''s sheet to read (Excel); the first one without it')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'How rows name their customer: by ref, id, phone, email or company name (a name that several customers share is reported, not guessed)')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'COLUMN=FIELD, for a column or an NDJSON key (customer, date, amount, currency, quantity, product, payment, ref, due, over_limit)')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s text encoding, when the guess is wrong (CSV)')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'Write the rows that were not imported to this file, with the reason, to fix and import again: the rows as they were with a reason column (a workbook when FILE ends in .xlsx, else CSV in UTF-8 with BOM for Excel), or the lines as they were (NDJSON). Not inside the store: it holds customer data in the clear')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Count what would happen and show the first problems; write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;import;help' {
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Customers from CSV or Excel (headers in English or Chinese), vCard or NDJSON')
            [CompletionResult]::new('transactions', 'transactions', [CompletionResultType]::ParameterValue, 'Transactions from CSV, Excel or NDJSON, appended to the customers they name')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmfile;import;help;customers' {
            break
        }
        'crmfile;import;help;transactions' {
            break
        }
        'crmfile;import;help;help' {
            break
        }
        'crmfile;merge' {
            [CompletionResult]::new('--prefer', '--prefer', [CompletionResultType]::ParameterName, 'Whose value wins where both have one')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;remind' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'How far ahead to look: 7d, 2w, 1m… (0d: today and what is overdue)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only customers of this account manager')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Only customers of this value tier')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only customers with this tag')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only these kinds of item (repeat for several)')
            [CompletionResult]::new('--done', '--done', [CompletionResultType]::ParameterName, 'Mark a customer''s follow-up done: logs a contact and clears the next-step date')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'With --done: how the follow-up happened')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'With --done: what was said [default: "follow-up done", in the language of the run]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain text otherwise]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit with 3 when something is due (0 when nothing is)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;report' {
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Only customers with this tag (repeat: all of them)')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only customers of this account manager')
            [CompletionResult]::new('--tier', '--tier', [CompletionResultType]::ParameterName, 'Only customers of this value tier')
            [CompletionResult]::new('--where', '--where', [CompletionResultType]::ParameterName, 'FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, or FIELD>VALUE (>=, <, <=) on a number, amount or date, on a dotted field; numbers and dates compare by value (repeat: all must hold)')
            [CompletionResult]::new('--linked-to', '--linked-to', [CompletionResultType]::ParameterName, 'Only customers linked to this one (id or query), by any relation')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Start of the period for activity, complaints and ratings [default: 30 days ago]')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Break the figures down by this field')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain text otherwise]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--receivables', '--receivables', [CompletionResultType]::ParameterName, 'What customers owe, by age, per customer and per account manager')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;forget' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (kept in the tombstone; write no personal data here) [default with --expired: the retention period]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--expired', '--expired', [CompletionResultType]::ParameterName, 'Every customer past the retention period since its last activity')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;access-log' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only from this date on')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Only this member (or user, in a store without a team)')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Only entries that touched this customer id')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain text otherwise]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;member' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member: a name and their public key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members, their keys and the folders they can read')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member: from the team and from every folder''s recipients, re-encrypting what they could read')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmfile;member;add' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;member;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain text otherwise]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;member;remove' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;member;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member: a name and their public key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members, their keys and the folders they can read')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member: from the team and from every folder''s recipients, re-encrypting what they could read')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmfile;member;help;add' {
            break
        }
        'crmfile;member;help;list' {
            break
        }
        'crmfile;member;help;remove' {
            break
        }
        'crmfile;member;help;help' {
            break
        }
        'crmfile;move' {
            [CompletionResult]::new('--folder', '--folder', [CompletionResultType]::ParameterName, 'The folder to move them to, inside the store ("" for the root)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;recipients' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show who can read each folder, as a table: its recipients file, the members (or keys) it lists, how many records it covers, and whether you trust it')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a member or key read a folder, and re-encrypt what it covers')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop a member or key from reading, and re-encrypt what they could read')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Trust the recipients files as they are now, after reviewing them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmfile;recipients;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: table on a terminal, plain text otherwise]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;recipients;add' {
            [CompletionResult]::new('--folder', '--folder', [CompletionResultType]::ParameterName, 'The folder to let them read [default: the store root]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--inherit', '--inherit', [CompletionResultType]::ParameterName, 'A new recipients file starts from the folder''s current readers')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;recipients;remove' {
            [CompletionResult]::new('--folder', '--folder', [CompletionResultType]::ParameterName, 'Only the recipients file that governs this folder [default: every file]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;recipients;trust' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;recipients;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show who can read each folder, as a table: its recipients file, the members (or keys) it lists, how many records it covers, and whether you trust it')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a member or key read a folder, and re-encrypt what it covers')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop a member or key from reading, and re-encrypt what they could read')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Trust the recipients files as they are now, after reviewing them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmfile;recipients;help;list' {
            break
        }
        'crmfile;recipients;help;add' {
            break
        }
        'crmfile;recipients;help;remove' {
            break
        }
        'crmfile;recipients;help;trust' {
            break
        }
        'crmfile;recipients;help;help' {
            break
        }
        'crmfile;reencrypt' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;accept' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;git-setup' {
            [CompletionResult]::new('--binary', '--binary', [CompletionResultType]::ParameterName, 'The crmfile program git should run [default: crmfile if it is on PATH, else this program''s full path]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;cat' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--lenient', '--lenient', [CompletionResultType]::ParameterName, 'Print a one-line note instead of failing when the file cannot be read (for git)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;merge-driver' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;schema' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;completions' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;man' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;generate' {
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many customers')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed: the same seed gives the same customers')
            [CompletionResult]::new('--max-entries', '--max-entries', [CompletionResultType]::ParameterName, 'Most log entries per customer')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The store''s root folder [default: found from the current folder upwards]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--today', '--today', [CompletionResultType]::ParameterName, 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'How long a writer waits for another one to finish before giving up')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines (errors are still printed)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say more: how many records a bulk command left out because they are in folders you cannot read')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'crmfile;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Make a store: config, recipients and a .gitignore for local state.')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer; prints the new id.')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one customer: a table on a terminal, TOML otherwise, or JSON.')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'List customers, filtered by a query and conditions.')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change fields of one customer: FIELD=VALUE, FIELD+=ITEM and FIELD-=ITEM for lists.')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add (+tag or tag) and remove (-tag) tags of one customer.')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit one customer''s record as TOML in $VISUAL or $EDITOR.')
            [CompletionResult]::new('log-contact', 'log-contact', [CompletionResultType]::ParameterValue, 'Log a call, email, meeting, visit or chat with a customer.')
            [CompletionResult]::new('log-purchase', 'log-purchase', [CompletionResultType]::ParameterValue, 'Record a purchase (or, with --refund, a refund) as an exact decimal amount.')
            [CompletionResult]::new('log-payment', 'log-payment', [CompletionResultType]::ParameterValue, 'Record money received. It pays the purchase named with --for first, then the oldest purchases on account; what is more than the customer owes is kept as credit on account (and said so). Prints the customer and payment ids; the new balance goes to stderr.')
            [CompletionResult]::new('log-feedback', 'log-feedback', [CompletionResultType]::ParameterValue, 'Record feedback. Complaints and suggestions start open until `crmfile resolve`; praise and surveys need no answer and start resolved. A complaint is due to be handled within the store''s feedback.sla, by its handler (--handler, else the account manager); `crmfile resolve` takes it through in progress, resolved and the callback.')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Mark a feedback entry resolved, with what was done. A resolved complaint is due for a callback (回访) the store''s feedback.callback later; --callback records it, with what the customer said. --start marks it in progress (and --handler hands it over).')
            [CompletionResult]::new('consent', 'consent', [CompletionResultType]::ParameterValue, 'Record that a customer gave or withdrew consent to a use of their data (PIPL art. 13, 14, 15; GDPR art. 6, 7), with what they were told (--scope), how (--channel) and where the proof is (--evidence). Entries are kept, never overwritten: the latest one of a purpose is what holds now. Marketing (holiday greetings, `export --purpose marketing`) follows the store''s `[consent] marketing` rule.')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Record how two customers are related: B is A''s --as (parent company, branch, supplier, buyer, partner, referrer, referred, competitor). Both records get the link, B''s the inverse (A is B''s branch when B is A''s parent). `show` lists links by name; `find --linked-to` follows them; `merge` and `forget` keep them consistent.')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'Remove the link between two customers, on both sides.')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Keep a document with a customer: a contract, a quotation, a scanned business card. It is encrypted as it is read to the readers of the customer''s folder, stored under `.attachments/` by an id (never by its name), and listed in the record with its label, original name, size, SHA-256, when and by whom. `git diff` shows the list change, never the contents. Files over attachments.max_mb (25 MB) are refused.')
            [CompletionResult]::new('attachment', 'attachment', [CompletionResultType]::ParameterValue, 'Read documents kept with customers.')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Remove a document from a customer: the entry and its encrypted file.')
            [CompletionResult]::new('add-person', 'add-person', [CompletionResultType]::ParameterValue, 'Add a key person: the referrer, the decision maker, the one who signs off… Their birthdays are reminded like the customer''s.')
            [CompletionResult]::new('add-date', 'add-date', [CompletionResultType]::ParameterValue, 'Add a yearly date to remember (first order, company founding, wedding…).')
            [CompletionResult]::new('classify', 'classify', [CompletionResultType]::ParameterValue, 'Compute RFM scores, value tier and lifecycle stage for every customer, from the rules in .crmfile/config.toml ([classify]; the shipped rules are listed there and in the README).')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Check the store: files that do not decrypt or parse, records not encrypted to their folder''s current recipients, stray temporary or plaintext files, your identity''s file permissions, invalid fields, likely duplicates, customers not contacted for more than twice their cadence, complaints past their deadline, merge conflicts, customers erased earlier whose files are back, and customers past the retention period. Each finding has a severity, a code, the record and a hint.')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export customers (filtered as `find` does) to stdout: CSV, Excel, JSON, NDJSON, vCard or iCalendar; or their log entries, one row each; or everything held about one customer.')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers or transactions.')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Fold a duplicate customer into the one to keep, then delete the duplicate.')
            [CompletionResult]::new('remind', 'remind', [CompletionResultType]::ParameterValue, 'List what is due: follow-ups, birthdays and anniversaries (customers'' and their key people''s), complaints not resolved within the deadline in config (feedback.sla), callbacks after resolved complaints (feedback.callback), and purchases on account falling due or overdue (payment).')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Analyse the archive: customers per tier, lifecycle and pipeline stage; revenue by tier and by month over the last 12 months with the trend; the top 10 customers by revenue; contacts per owner and channel, complaints and ratings in the period (--since, default the last 30 days); customers overdue for follow-up, with phone and owner. --by breaks customers, revenue, new and churned customers, complaints and satisfaction down by region, industry, owner, source, tier, stage or lifecycle; --receivables gives what customers owe by age (0-30, 31-60, 61-90, 90+ days since the purchase), per customer and per account manager. The filters of `find` narrow every figure to the customers they keep.')
            [CompletionResult]::new('forget', 'forget', [CompletionResultType]::ParameterValue, 'Erase a customer: delete the record and leave a tombstone without personal data (id, date, reason, keyed hashes of phones and emails) in .crmfile/erasures.toml, so that adding or importing the same person again is refused unless --force. The hashes are keyed with .crmfile/erasure-key.age, which only the store''s members can open.')
            [CompletionResult]::new('access-log', 'access-log', [CompletionResultType]::ParameterValue, 'Show the access log: one line per command that decrypted or wrote records (time, member, command, ids; never names). In a team store it reads every member''s trail (.crmfile/access/<member>@<clone>.log, carried by git: pull to see the others''), and this machine''s .crmfile/access.log. Turned off with `[access_log] enabled = false` in config; `shared = false` keeps it on this machine.')
            [CompletionResult]::new('member', 'member', [CompletionResultType]::ParameterValue, 'Name the team''s members and their public keys, in .crmfile/team.toml (committed to git). The member whose key your identity holds is you: log entries, `created_by`, `updated_by` and the access trail carry that name. `crmfile recipients add NAME --folder F` then lets a member read a folder.')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move customers to another folder and encrypt them to that folder''s recipients. A folder is an access level: moving a customer to `vip` lets exactly the readers of `vip` read it (see `crmfile recipients list`). The folder is made if missing.')
            [CompletionResult]::new('recipients', 'recipients', [CompletionResultType]::ParameterValue, 'See and change who can read which folder. A folder is an access level: its own .age-recipients says who its records are encrypted to. Name a key or a team member (see `crmfile member`); adding or removing one re-encrypts exactly the records it covers.')
            [CompletionResult]::new('reencrypt', 'reencrypt', [CompletionResultType]::ParameterValue, 'Encrypt records again to the current recipients of their folders (after editing a .age-recipients file by hand). Only records sealed to another list than their folder''s are touched (told from the file''s header, without decrypting); the others are counted as skipped. `crmfile recipients add/remove` do this themselves.')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept records that carry no seal from this store''s members, after checking them, and seal them as they are.')
            [CompletionResult]::new('git-setup', 'git-setup', [CompletionResultType]::ParameterValue, 'Make git show decrypted diffs of records and merge concurrent edits structurally.')
            [CompletionResult]::new('cat', 'cat', [CompletionResultType]::ParameterValue, 'Print a record file decrypted, in canonical TOML (stable key order), so `git diff` and `git log -p` show real field changes. `crmfile git-setup` makes git use it.')
            [CompletionResult]::new('merge-driver', 'merge-driver', [CompletionResultType]::ParameterValue, 'Merge two versions of a record for git (set up by `crmfile git-setup`).')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Print the JSON Schema of a decrypted record (what --format json writes).')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script.')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff).')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Fill the store with N made-up customers (for demos and benchmarks).')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'crmfile;help;init' {
            break
        }
        'crmfile;help;add' {
            break
        }
        'crmfile;help;show' {
            break
        }
        'crmfile;help;find' {
            break
        }
        'crmfile;help;set' {
            break
        }
        'crmfile;help;tag' {
            break
        }
        'crmfile;help;edit' {
            break
        }
        'crmfile;help;log-contact' {
            break
        }
        'crmfile;help;log-purchase' {
            break
        }
        'crmfile;help;log-payment' {
            break
        }
        'crmfile;help;log-feedback' {
            break
        }
        'crmfile;help;resolve' {
            break
        }
        'crmfile;help;consent' {
            break
        }
        'crmfile;help;link' {
            break
        }
        'crmfile;help;unlink' {
            break
        }
        'crmfile;help;attach' {
            break
        }
        'crmfile;help;attachment' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Decrypt an attachment to standard output or a file, checking it is the file that was attached (its SHA-256). Keep the copy out of the store, in memory (/dev/shm) if you can: it is the document in the clear.')
            break
        }
        'crmfile;help;attachment;get' {
            break
        }
        'crmfile;help;detach' {
            break
        }
        'crmfile;help;add-person' {
            break
        }
        'crmfile;help;add-date' {
            break
        }
        'crmfile;help;classify' {
            break
        }
        'crmfile;help;audit' {
            break
        }
        'crmfile;help;export' {
            break
        }
        'crmfile;help;import' {
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Customers from CSV or Excel (headers in English or Chinese), vCard or NDJSON')
            [CompletionResult]::new('transactions', 'transactions', [CompletionResultType]::ParameterValue, 'Transactions from CSV, Excel or NDJSON, appended to the customers they name')
            break
        }
        'crmfile;help;import;customers' {
            break
        }
        'crmfile;help;import;transactions' {
            break
        }
        'crmfile;help;merge' {
            break
        }
        'crmfile;help;remind' {
            break
        }
        'crmfile;help;report' {
            break
        }
        'crmfile;help;forget' {
            break
        }
        'crmfile;help;access-log' {
            break
        }
        'crmfile;help;member' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a member: a name and their public key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the members, their keys and the folders they can read')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a member: from the team and from every folder''s recipients, re-encrypting what they could read')
            break
        }
        'crmfile;help;member;add' {
            break
        }
        'crmfile;help;member;list' {
            break
        }
        'crmfile;help;member;remove' {
            break
        }
        'crmfile;help;move' {
            break
        }
        'crmfile;help;recipients' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Show who can read each folder, as a table: its recipients file, the members (or keys) it lists, how many records it covers, and whether you trust it')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Let a member or key read a folder, and re-encrypt what it covers')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Stop a member or key from reading, and re-encrypt what they could read')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Trust the recipients files as they are now, after reviewing them')
            break
        }
        'crmfile;help;recipients;list' {
            break
        }
        'crmfile;help;recipients;add' {
            break
        }
        'crmfile;help;recipients;remove' {
            break
        }
        'crmfile;help;recipients;trust' {
            break
        }
        'crmfile;help;reencrypt' {
            break
        }
        'crmfile;help;accept' {
            break
        }
        'crmfile;help;git-setup' {
            break
        }
        'crmfile;help;cat' {
            break
        }
        'crmfile;help;merge-driver' {
            break
        }
        'crmfile;help;schema' {
            break
        }
        'crmfile;help;completions' {
            break
        }
        'crmfile;help;man' {
            break
        }
        'crmfile;help;generate' {
            break
        }
        'crmfile;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
