# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_crmfile_global_optspecs
    string join \n store= identity= color= q/quiet v/verbose today= wait= lang= h/help V/version
end

function __fish_crmfile_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_crmfile_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_crmfile_using_subcommand
    set -l cmd (__fish_crmfile_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c crmfile -n "__fish_crmfile_needs_command" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_needs_command" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_needs_command" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_needs_command" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_needs_command" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_needs_command" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_needs_command" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_needs_command" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_needs_command" -s h -l help -d 'Print help'
complete -c crmfile -n "__fish_crmfile_needs_command" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "init" -d 'Make a store: config, recipients and a .gitignore for local state.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "add" -d 'Add a customer; prints the new id.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "show" -d 'Show one customer: a table on a terminal, TOML otherwise, or JSON.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "find" -d 'List customers, filtered by a query and conditions.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "list" -d 'List customers, filtered by a query and conditions.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "set" -d 'Change fields of one customer: FIELD=VALUE, FIELD+=ITEM and FIELD-=ITEM for lists.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "tag" -d 'Add (+tag or tag) and remove (-tag) tags of one customer.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "edit" -d 'Edit one customer\'s record as TOML in $VISUAL or $EDITOR.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "log-contact" -d 'Log a call, email, meeting, visit or chat with a customer.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "log-purchase" -d 'Record a purchase (or, with --refund, a refund) as an exact decimal amount.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "log-payment" -d 'Record money received. It pays the purchase named with --for first, then the oldest purchases on account; what is more than the customer owes is kept as credit on account (and said so). Prints the customer and payment ids; the new balance goes to stderr.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "log-feedback" -d 'Record feedback. Complaints and suggestions start open until `crmfile resolve`; praise and surveys need no answer and start resolved. A complaint is due to be handled within the store\'s feedback.sla, by its handler (--handler, else the account manager); `crmfile resolve` takes it through in progress, resolved and the callback.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "resolve" -d 'Mark a feedback entry resolved, with what was done. A resolved complaint is due for a callback (回访) the store\'s feedback.callback later; --callback records it, with what the customer said. --start marks it in progress (and --handler hands it over).'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "consent" -d 'Record that a customer gave or withdrew consent to a use of their data (PIPL art. 13, 14, 15; GDPR art. 6, 7), with what they were told (--scope), how (--channel) and where the proof is (--evidence). Entries are kept, never overwritten: the latest one of a purpose is what holds now. Marketing (holiday greetings, `export --purpose marketing`) follows the store\'s `[consent] marketing` rule.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "link" -d 'Record how two customers are related: B is A\'s --as (parent company, branch, supplier, buyer, partner, referrer, referred, competitor). Both records get the link, B\'s the inverse (A is B\'s branch when B is A\'s parent). `show` lists links by name; `find --linked-to` follows them; `merge` and `forget` keep them consistent.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "unlink" -d 'Remove the link between two customers, on both sides.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "attach" -d 'Keep a document with a customer: a contract, a quotation, a scanned business card. It is encrypted as it is read to the readers of the customer\'s folder, stored under `.attachments/` by an id (never by its name), and listed in the record with its label, original name, size, SHA-256, when and by whom. `git diff` shows the list change, never the contents. Files over attachments.max_mb (25 MB) are refused.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "attachment" -d 'Read documents kept with customers.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "detach" -d 'Remove a document from a customer: the entry and its encrypted file.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "add-person" -d 'Add a key person: the referrer, the decision maker, the one who signs off… Their birthdays are reminded like the customer\'s.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "add-date" -d 'Add a yearly date to remember (first order, company founding, wedding…).'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "classify" -d 'Compute RFM scores, value tier and lifecycle stage for every customer, from the rules in .crmfile/config.toml ([classify]; the shipped rules are listed there and in the README).'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "audit" -d 'Check the store: files that do not decrypt or parse, records not encrypted to their folder\'s current recipients, stray temporary or plaintext files, your identity\'s file permissions, invalid fields, likely duplicates, customers not contacted for more than twice their cadence, complaints past their deadline, merge conflicts, customers erased earlier whose files are back, and customers past the retention period. Each finding has a severity, a code, the record and a hint.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "export" -d 'Export customers (filtered as `find` does) to stdout: CSV, Excel, JSON, NDJSON, vCard or iCalendar; or their log entries, one row each; or everything held about one customer.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "import" -d 'Import customers or transactions.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "merge" -d 'Fold a duplicate customer into the one to keep, then delete the duplicate.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "remind" -d 'List what is due: follow-ups, birthdays and anniversaries (customers\' and their key people\'s), complaints not resolved within the deadline in config (feedback.sla), callbacks after resolved complaints (feedback.callback), and purchases on account falling due or overdue (payment).'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "report" -d 'Analyse the archive: customers per tier, lifecycle and pipeline stage; revenue by tier and by month over the last 12 months with the trend; the top 10 customers by revenue; contacts per owner and channel, complaints and ratings in the period (--since, default the last 30 days); customers overdue for follow-up, with phone and owner. --by breaks customers, revenue, new and churned customers, complaints and satisfaction down by region, industry, owner, source, tier, stage or lifecycle; --receivables gives what customers owe by age (0-30, 31-60, 61-90, 90+ days since the purchase), per customer and per account manager. The filters of `find` narrow every figure to the customers they keep.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "forget" -d 'Erase a customer: delete the record and leave a tombstone without personal data (id, date, reason, keyed hashes of phones and emails) in .crmfile/erasures.toml, so that adding or importing the same person again is refused unless --force. The hashes are keyed with .crmfile/erasure-key.age, which only the store\'s members can open.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "access-log" -d 'Show the access log: one line per command that decrypted or wrote records (time, member, command, ids; never names). In a team store it reads every member\'s trail (.crmfile/access/<member>@<clone>.log, carried by git: pull to see the others\'), and this machine\'s .crmfile/access.log. Turned off with `[access_log] enabled = false` in config; `shared = false` keeps it on this machine.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "member" -d 'Name the team\'s members and their public keys, in .crmfile/team.toml (committed to git). The member whose key your identity holds is you: log entries, `created_by`, `updated_by` and the access trail carry that name. `crmfile recipients add NAME --folder F` then lets a member read a folder.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "move" -d 'Move customers to another folder and encrypt them to that folder\'s recipients. A folder is an access level: moving a customer to `vip` lets exactly the readers of `vip` read it (see `crmfile recipients list`). The folder is made if missing.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "recipients" -d 'See and change who can read which folder. A folder is an access level: its own .age-recipients says who its records are encrypted to. Name a key or a team member (see `crmfile member`); adding or removing one re-encrypts exactly the records it covers.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "reencrypt" -d 'Encrypt records again to the current recipients of their folders (after editing a .age-recipients file by hand). Only records sealed to another list than their folder\'s are touched (told from the file\'s header, without decrypting); the others are counted as skipped. `crmfile recipients add/remove` do this themselves.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "accept" -d 'Accept records that carry no seal from this store\'s members, after checking them, and seal them as they are.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "git-setup" -d 'Make git show decrypted diffs of records and merge concurrent edits structurally.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "cat" -d 'Print a record file decrypted, in canonical TOML (stable key order), so `git diff` and `git log -p` show real field changes. `crmfile git-setup` makes git use it.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "merge-driver" -d 'Merge two versions of a record for git (set up by `crmfile git-setup`).'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "schema" -d 'Print the JSON Schema of a decrypted record (what --format json writes).'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "completions" -d 'Print a shell completion script.'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "man" -d 'Print the man page (roff).'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "generate" -d 'Fill the store with N made-up customers (for demos and benchmarks).'
complete -c crmfile -n "__fish_crmfile_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmfile -n "__fish_crmfile_using_subcommand init" -s r -l recipient -d 'Public key (age1… or ssh-ed25519 …) to encrypt records to; repeat for a team' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand init" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand init" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand init" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand init" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand init" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand init" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand init" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand init" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand init" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l name -d 'Full name (of the person, or of the company for --kind company)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l kind -d 'person or company (个人, 公司)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l phone -d 'Phone number (repeat for several), `KIND:` first for its kind (work:010-6275 1234, 传真:…; kinds: mobile, work, home, fax, other); checked and written +86 138 0013 8000' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l email -d 'Email address (repeat for several)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l company -d 'Company the person works for (or, for a company, its full legal name)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l title -d 'Job title' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l birthday -d 'Birthday, YYYY-MM-DD, or in the Chinese calendar: 农历八月十五, 农历1975年八月十五' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l lunar-birthday -d 'Birthday in the Chinese calendar: 1975-08-15, 08-15, 2020-04L-08 (leap month) or 农历八月十五 (reminded on its Gregorian day each year)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l gender -d 'Gender, as the customer describes it' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l address -d 'Postal address' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l wechat -d 'WeChat id' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l qq -d 'QQ number' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l industry -d 'Industry (制造, retail, …)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l region -d 'Sales region (华东, EU, …)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l tag -d 'Tag (repeat for several)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l owner -d 'Account manager' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l source -d 'Where the customer came from (referral, fair, web…)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l ref -d 'The customer\'s number in another system' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l folder -d 'Sub-folder of the store to keep the record in (e.g. vip)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l set -d 'Any other field, as `set` takes it (extra.floor=12, follow_up.cadence=14d); repeat' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l json -d 'Read the record(s) as JSON from stdin instead: one object, or one per line' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -l force -d 'Add even if it looks like a duplicate, or if your identity could not read it back'
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand add" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand show" -l format -d 'Output format [default: table on a terminal, TOML otherwise]' -r -f -a "table\t'Aligned columns for people'
toml\t'The record as TOML'
json\t'One JSON document (records as in schemas/)'"
complete -c crmfile -n "__fish_crmfile_using_subcommand show" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand show" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand show" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand show" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand show" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand show" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand show" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand show" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -l tag -d 'Only customers with this tag (repeat: all of them)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -l owner -d 'Only customers of this account manager' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -l tier -d 'Only customers of this value tier' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -l where -d 'FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, or FIELD>VALUE (>=, <, <=) on a number, amount or date, on a dotted field; numbers and dates compare by value (repeat: all must hold)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -l linked-to -d 'Only customers linked to this one (id or query), by any relation' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -l format -d 'Output format [default: table on a terminal, plain text otherwise]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (records as in schemas/)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header'
ids\t'One customer id per line, for xargs'"
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand find" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -l tag -d 'Only customers with this tag (repeat: all of them)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -l owner -d 'Only customers of this account manager' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -l tier -d 'Only customers of this value tier' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -l where -d 'FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, or FIELD>VALUE (>=, <, <=) on a number, amount or date, on a dotted field; numbers and dates compare by value (repeat: all must hold)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -l linked-to -d 'Only customers linked to this one (id or query), by any relation' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -l format -d 'Output format [default: table on a terminal, plain text otherwise]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (records as in schemas/)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header'
ids\t'One customer id per line, for xargs'"
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand list" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand set" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand set" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand set" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand set" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand set" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand set" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand set" -l force -d 'Write even if your identity could not read the record back'
complete -c crmfile -n "__fish_crmfile_using_subcommand set" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand set" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand set" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand tag" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand tag" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand tag" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand tag" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand tag" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand tag" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand tag" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand tag" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand tag" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand edit" -l unsafe-copy-dir -d 'Put the decrypted copy in this folder even if it is not memory-backed (tmpfs): the record may then reach the disk and outlive a crash' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand edit" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand edit" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand edit" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand edit" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand edit" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand edit" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand edit" -l force -d 'Write even if your identity could not read the record back'
complete -c crmfile -n "__fish_crmfile_using_subcommand edit" -l accept -d 'Take a record that carries no seal as a member\'s once you have read it in the editor: what you save is sealed'
complete -c crmfile -n "__fish_crmfile_using_subcommand edit" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand edit" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand edit" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l channel -d 'phone, email, meeting, visit, wechat, qq, sms or other' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l summary -d 'What was said' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l at -d 'When: 2026-11-20T15:00:00+08:00, "2026-11-20 15:00", or a date [default: now]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l direction -d 'in (the customer reached out) or out' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l by -d 'Who made the contact; a member name in a team [default: you: your member name, else $CRMFILE_USER, else the login name]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l outcome -d 'The result (quote-sent, no-answer, order…)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l next -d 'Next follow-up: 2026-12-01, +3d, 2w, monday…' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l json -d 'Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-contact" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l amount -d 'Amount as an exact decimal (25800.00, ¥25,800, 2.58万); negative only with --refund' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l currency -d 'ISO 4217 currency code [default: the store\'s currency]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l product -d 'What was bought' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l quantity -d 'How many' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l date -d 'When: 2026-10-03, yesterday, -2d… [default: today]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l payment -d 'How it was paid (bank-transfer, alipay, wechat-pay, cash, card…)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l ref -d 'Invoice or order number' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l due -d 'Owed until this date [default: the purchase date + the payment terms]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l json -d 'Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l refund -d 'This is a refund: the amount is stored negative and taken off what is owed (with --paid: paid back, the account left as it is)'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l paid -d 'Paid at the sale (cash): nothing is owed; with --refund, the money was paid back'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -l force -d 'Record it even when it takes the balance over the credit limit, or (a refund) is more than the customer bought in all'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-purchase" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -l amount -d 'Amount received, an exact decimal more than zero (5000, 5000.00, ¥5,000, 0.5万)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -l currency -d 'ISO 4217 currency code [default: the store\'s currency]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -l date -d 'When: 2026-10-03, yesterday, -2d… [default: today]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -l for -d 'The purchase (t-…) this pays first, as `show` lists it' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -l method -d 'How it was paid (bank-transfer, alipay, wechat-pay, cash…)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -l ref -d 'Receipt or bank reference' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -l json -d 'Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-payment" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -l kind -d 'complaint, suggestion, praise or survey' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -l text -d 'What the customer said' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -l rating -d 'Rating from 1 (worst) to 5 (best)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -l date -d 'When [default: today]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -l handler -d 'Who handles it: a team member [default: the account manager]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -l json -d 'Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand log-feedback" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -l note -d 'What was done about it' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -l date -d 'When it was resolved [default: today]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -l handler -d 'Who handles it from now on' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -l rating -d 'With --callback: the customer\'s satisfaction, 1 (worst) to 5 (best)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -l start -d 'Mark it in progress instead of resolved'
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -l callback -d 'Record the callback after resolution; --note is what the customer said'
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand resolve" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -l purpose -d 'What the data is used for: service, marketing, profiling, sharing, other' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -l scope -d 'What the customer was told and agreed to (目的、范围)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -l channel -d 'How: a signed form, WeChat, a web form, by phone…' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -l evidence -d 'Where the proof is: a form number, a file, a message (no personal data of others)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -l date -d 'When [default: today]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -l given -d 'The customer agreed'
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -l withdrawn -d 'The customer withdrew consent'
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand consent" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand link" -l as -d 'What B is to A' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand link" -l note -d 'A few words on the relation' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand link" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand link" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand link" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand link" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand link" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand link" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand link" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand link" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand link" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand link" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand unlink" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand unlink" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand unlink" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand unlink" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand unlink" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand unlink" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand unlink" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand unlink" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand unlink" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand unlink" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand attach" -l label -d 'What it is: 合同, 报价单, 名片…' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand attach" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand attach" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand attach" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand attach" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand attach" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand attach" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand attach" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand attach" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand attach" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and not __fish_seen_subcommand_from get help" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and not __fish_seen_subcommand_from get help" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and not __fish_seen_subcommand_from get help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and not __fish_seen_subcommand_from get help" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and not __fish_seen_subcommand_from get help" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and not __fish_seen_subcommand_from get help" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and not __fish_seen_subcommand_from get help" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and not __fish_seen_subcommand_from get help" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and not __fish_seen_subcommand_from get help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and not __fish_seen_subcommand_from get help" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and not __fish_seen_subcommand_from get help" -f -a "get" -d 'Decrypt an attachment to standard output or a file, checking it is the file that was attached (its SHA-256). Keep the copy out of the store, in memory (/dev/shm) if you can: it is the document in the clear.'
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and not __fish_seen_subcommand_from get help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and __fish_seen_subcommand_from get" -l output -d 'Write it here instead of standard output (not inside the store)' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and __fish_seen_subcommand_from get" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and __fish_seen_subcommand_from get" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and __fish_seen_subcommand_from get" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and __fish_seen_subcommand_from get" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and __fish_seen_subcommand_from get" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and __fish_seen_subcommand_from get" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and __fish_seen_subcommand_from help" -f -a "get" -d 'Decrypt an attachment to standard output or a file, checking it is the file that was attached (its SHA-256). Keep the copy out of the store, in memory (/dev/shm) if you can: it is the document in the clear.'
complete -c crmfile -n "__fish_crmfile_using_subcommand attachment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmfile -n "__fish_crmfile_using_subcommand detach" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand detach" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand detach" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand detach" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand detach" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand detach" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand detach" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand detach" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand detach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand detach" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -l name -d 'Their name' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -l role -d 'referrer, decision-maker, sign-off or other' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -l birthday -d 'YYYY-MM-DD, or in the Chinese calendar: 农历八月十五, 农历1975年八月十五' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -l phone -d 'Their phone number' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -l email -d 'Their email address' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -l notes -d 'Anything worth remembering about them' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -l json -d 'Read people as NDJSON from stdin (`-`), each naming its customer by id or ref' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand add-person" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand add-date" -l label -d 'What the date is' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-date" -l date -d 'The original date, YYYY-MM-DD (the year gives the count of years), or in the Chinese calendar: 农历2019年八月十五 (then it recurs on that lunar day)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-date" -l json -d 'Read dates as NDJSON from stdin (`-`), each naming its customer by id or ref' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-date" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand add-date" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand add-date" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand add-date" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-date" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-date" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand add-date" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand add-date" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand add-date" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand add-date" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand classify" -l format -d 'Output format [default: table on a terminal, plain text otherwise]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (records as in schemas/)'
ndjson\t'One JSON object per line'
csv\t'Comma-separated values with a header'"
complete -c crmfile -n "__fish_crmfile_using_subcommand classify" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand classify" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand classify" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand classify" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand classify" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand classify" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand classify" -l dry-run -d 'Show what would change, write nothing'
complete -c crmfile -n "__fish_crmfile_using_subcommand classify" -l all -d 'List every customer, not only those whose class changes'
complete -c crmfile -n "__fish_crmfile_using_subcommand classify" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand classify" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand classify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand classify" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand audit" -l fail-on -d 'Exit with 3 when a finding is at least this severe' -r -f -a "info\t''
warning\t''
error\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand audit" -l format -d 'Output format [default: table on a terminal, plain text otherwise]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (records as in schemas/)'
ndjson\t'One JSON object per line'"
complete -c crmfile -n "__fish_crmfile_using_subcommand audit" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand audit" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand audit" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand audit" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand audit" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand audit" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand audit" -l fix -d 'Apply the safe fixes and list what changed'
complete -c crmfile -n "__fish_crmfile_using_subcommand audit" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand audit" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand audit" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l tag -d 'Only customers with this tag (repeat: all of them)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l owner -d 'Only customers of this account manager' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l tier -d 'Only customers of this value tier' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l where -d 'FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, or FIELD>VALUE (>=, <, <=) on a number, amount or date, on a dotted field; numbers and dates compare by value (repeat: all must hold)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l linked-to -d 'Only customers linked to this one (id or query), by any relation' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l fields -d 'Columns for CSV, as dotted field paths separated by commas' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l headers -d 'CSV headers: dotted field names for programs (machine), or people\'s names in Chinese (zh) or English (en), with enumerated values named in that language too; `import customers` reads all three back' -r -f -a "machine\t''
zh\t''
en\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l vcard-version -d 'vCard version for --format vcard' -r -f -a "4.0\t''
3.0\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l entries -d 'One row per log entry (with its customer\'s id) instead of one per customer' -r -f -a "contacts\t''
transactions\t''
payments\t'Money received (缴费记录)'
feedback\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l purpose -d 'Only customers the store may use for this purpose: for `marketing`, by the store\'s `[consent] marketing` rule; for the others, consent given and not withdrawn' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l format -d 'Output format (required; --entries: csv, xlsx, json or ndjson). xlsx is an Excel workbook, written to stdout: redirect it to a file' -r -f -a "csv\t'Comma-separated values with a header'
xlsx\t'An Excel workbook (.xlsx; .xls and .ods are read too)'
json\t'One JSON document (records as in schemas/)'
ndjson\t'One JSON object per line'
vcard\t'vCard contacts'
ics\t'iCalendar events'"
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l bom -d 'Start CSV with a byte-order mark, so Excel reads UTF-8'
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l raw -d 'CSV cells exactly as stored: no `\'` before cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`); only for programs, never for Excel'
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l subject -d 'Everything held about the one customer QUERY names, as JSON (subject access request)'
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -l history -d 'With --subject: also every committed version from git history'
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand export" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and not __fish_seen_subcommand_from customers transactions help" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and not __fish_seen_subcommand_from customers transactions help" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and not __fish_seen_subcommand_from customers transactions help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and not __fish_seen_subcommand_from customers transactions help" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and not __fish_seen_subcommand_from customers transactions help" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and not __fish_seen_subcommand_from customers transactions help" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and not __fish_seen_subcommand_from customers transactions help" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and not __fish_seen_subcommand_from customers transactions help" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and not __fish_seen_subcommand_from customers transactions help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and not __fish_seen_subcommand_from customers transactions help" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and not __fish_seen_subcommand_from customers transactions help" -f -a "customers" -d 'Customers from CSV or Excel (headers in English or Chinese), vCard or NDJSON'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and not __fish_seen_subcommand_from customers transactions help" -f -a "transactions" -d 'Transactions from CSV, Excel or NDJSON, appended to the customers they name'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and not __fish_seen_subcommand_from customers transactions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l format -d 'The file\'s format; without it, told from the file\'s extension (.csv .txt .tsv, .xlsx .xls .ods, .vcf, .ndjson .jsonl .json; a JSON list is read as NDJSON)' -r -f -a "csv\t'Comma-separated values with a header'
xlsx\t'An Excel workbook (.xlsx; .xls and .ods are read too)'
vcard\t'vCard contacts'
ndjson\t'One JSON object per line'"
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l sheet -d 'The workbook\'s sheet to read (Excel); the first one without it' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l map -d 'COLUMN=FIELD: read a column into a dotted field (wins over the automatic mapping)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l on-duplicate -d 'What to do with a likely duplicate of a customer already in the store or earlier in the file: skip it, update the existing one (fill empty fields, unite lists and logs; fields whose values differ keep the record\'s and are named), or count it as an error' -r -f -a "skip\t''
update\t''
error\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l folder -d 'Sub-folder of the store for the new records' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l encoding -d 'The file\'s text encoding, when the guess is wrong (CSV and vCard)' -r -f -a "utf-8\t''
utf-16le\t''
utf-16be\t''
gbk\t''
gb18030\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l rejects -d 'Write what was not imported to this file, with the reason, to fix and import again: the rows as they were with a reason column (a workbook when FILE ends in .xlsx, else CSV in UTF-8 with BOM for Excel), the lines as they were (NDJSON), or the cards as they were (vCard: into a .vcf file; into a sheet, each card\'s number, reason and text). Not inside the store: it holds customer data in the clear' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l dry-run -d 'Count what would happen and show the first problems; write nothing'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l force -d 'Import customers that match an erased one (they consented again)'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -l keep-unmapped -d 'Keep the columns no field takes under extra.imported, by header (CSV)'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from customers" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -l format -d 'The file\'s format; without it, told from the file\'s extension (.csv .txt .tsv, .xlsx .xls .ods, .ndjson .jsonl)' -r -f -a "csv\t'Comma-separated values with a header'
xlsx\t'An Excel workbook (.xlsx; .xls and .ods are read too)'
ndjson\t'One JSON object per line'"
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -l sheet -d 'The workbook\'s sheet to read (Excel); the first one without it' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -l match -d 'How rows name their customer: by ref, id, phone, email or company name (a name that several customers share is reported, not guessed)' -r -f -a "ref\t''
id\t''
phone\t''
email\t''
company\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -l map -d 'COLUMN=FIELD, for a column or an NDJSON key (customer, date, amount, currency, quantity, product, payment, ref, due, over_limit)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -l encoding -d 'The file\'s text encoding, when the guess is wrong (CSV)' -r -f -a "utf-8\t''
utf-16le\t''
utf-16be\t''
gbk\t''
gb18030\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -l rejects -d 'Write the rows that were not imported to this file, with the reason, to fix and import again: the rows as they were with a reason column (a workbook when FILE ends in .xlsx, else CSV in UTF-8 with BOM for Excel), or the lines as they were (NDJSON). Not inside the store: it holds customer data in the clear' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -l dry-run -d 'Count what would happen and show the first problems; write nothing'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from transactions" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "customers" -d 'Customers from CSV or Excel (headers in English or Chinese), vCard or NDJSON'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "transactions" -d 'Transactions from CSV, Excel or NDJSON, appended to the customers they name'
complete -c crmfile -n "__fish_crmfile_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmfile -n "__fish_crmfile_using_subcommand merge" -l prefer -d 'Whose value wins where both have one' -r -f -a "keep\t''
dup\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand merge" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand merge" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand merge" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand merge" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand merge" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand merge" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand merge" -l yes -d 'Do not ask'
complete -c crmfile -n "__fish_crmfile_using_subcommand merge" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand merge" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand merge" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l within -d 'How far ahead to look: 7d, 2w, 1m… (0d: today and what is overdue)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l owner -d 'Only customers of this account manager' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l tier -d 'Only customers of this value tier' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l tag -d 'Only customers with this tag' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l kind -d 'Only these kinds of item (repeat for several)' -r -f -a "follow-up\t''
birthday\t''
anniversary\t''
complaint\t''
callback\t'A resolved complaint\'s callback (回访)'
payment\t'A purchase on account falling due or overdue (催款)'
greeting\t'A holiday greeting; listed only when asked for (`--kind greeting`)'
review\t'Details not verified for `review.days`; listed only when asked for (`--kind review`)'"
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l done -d 'Mark a customer\'s follow-up done: logs a contact and clears the next-step date' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l channel -d 'With --done: how the follow-up happened' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l summary -d 'With --done: what was said [default: "follow-up done", in the language of the run]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l format -d 'Output format [default: table on a terminal, plain text otherwise]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (records as in schemas/)'
ndjson\t'One JSON object per line'
ics\t'iCalendar events'"
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -l exit-code -d 'Exit with 3 when something is due (0 when nothing is)'
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand remind" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l tag -d 'Only customers with this tag (repeat: all of them)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l owner -d 'Only customers of this account manager' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l tier -d 'Only customers of this value tier' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l where -d 'FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, or FIELD>VALUE (>=, <, <=) on a number, amount or date, on a dotted field; numbers and dates compare by value (repeat: all must hold)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l linked-to -d 'Only customers linked to this one (id or query), by any relation' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l since -d 'Start of the period for activity, complaints and ratings [default: 30 days ago]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l by -d 'Break the figures down by this field' -r -f -a "region\t''
industry\t''
owner\t''
source\t''
tier\t''
stage\t''
lifecycle\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l format -d 'Output format [default: table on a terminal, plain text otherwise]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (records as in schemas/)'
html\t'A self-contained HTML page'"
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -l receivables -d 'What customers owe, by age, per customer and per account manager'
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand report" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand forget" -l reason -d 'Why (kept in the tombstone; write no personal data here) [default with --expired: the retention period]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand forget" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand forget" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand forget" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand forget" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand forget" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand forget" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand forget" -l expired -d 'Every customer past the retention period since its last activity'
complete -c crmfile -n "__fish_crmfile_using_subcommand forget" -l yes -d 'Do not ask'
complete -c crmfile -n "__fish_crmfile_using_subcommand forget" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand forget" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand forget" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand forget" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -l since -d 'Only from this date on' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -l member -d 'Only this member (or user, in a store without a team)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -l id -d 'Only entries that touched this customer id' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -l format -d 'Output format [default: table on a terminal, plain text otherwise]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (records as in schemas/)'
ndjson\t'One JSON object per line'"
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand access-log" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Add a member: a name and their public key'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'List the members, their keys and the folders they can read'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Remove a member: from the team and from every folder\'s recipients, re-encrypting what they could read'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from add" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from add" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from add" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from add" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from add" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from add" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, plain text otherwise]' -r -f -a "table\t'Aligned columns for people'
json\t'One JSON document (records as in schemas/)'
ndjson\t'One JSON object per line'"
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from list" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from list" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from list" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from list" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from list" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from remove" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from remove" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from remove" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from remove" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from remove" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from remove" -l yes -d 'Do not ask'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a member: a name and their public key'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the members, their keys and the folders they can read'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a member: from the team and from every folder\'s recipients, re-encrypting what they could read'
complete -c crmfile -n "__fish_crmfile_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmfile -n "__fish_crmfile_using_subcommand move" -l folder -d 'The folder to move them to, inside the store ("" for the root)' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand move" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand move" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand move" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand move" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand move" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand move" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand move" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand move" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand move" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -f -a "list" -d 'Show who can read each folder, as a table: its recipients file, the members (or keys) it lists, how many records it covers, and whether you trust it'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -f -a "add" -d 'Let a member or key read a folder, and re-encrypt what it covers'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -f -a "remove" -d 'Stop a member or key from reading, and re-encrypt what they could read'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -f -a "trust" -d 'Trust the recipients files as they are now, after reviewing them'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove trust help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from list" -l format -d 'Output format [default: table on a terminal, plain text otherwise]' -r -f -a "table\t'Aligned columns for people'"
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from list" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from list" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from list" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from list" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from list" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from add" -l folder -d 'The folder to let them read [default: the store root]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from add" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from add" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from add" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from add" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from add" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from add" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from add" -l inherit -d 'A new recipients file starts from the folder\'s current readers'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from add" -l yes -d 'Do not ask'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l folder -d 'Only the recipients file that governs this folder [default: every file]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l yes -d 'Do not ask'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from trust" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from trust" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from trust" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from trust" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from trust" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from trust" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from trust" -l yes -d 'Do not ask'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from trust" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from trust" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from trust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from trust" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "list" -d 'Show who can read each folder, as a table: its recipients file, the members (or keys) it lists, how many records it covers, and whether you trust it'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "add" -d 'Let a member or key read a folder, and re-encrypt what it covers'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Stop a member or key from reading, and re-encrypt what they could read'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "trust" -d 'Trust the recipients files as they are now, after reviewing them'
complete -c crmfile -n "__fish_crmfile_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmfile -n "__fish_crmfile_using_subcommand reencrypt" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand reencrypt" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand reencrypt" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand reencrypt" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand reencrypt" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand reencrypt" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand reencrypt" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand reencrypt" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand reencrypt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand reencrypt" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand accept" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand accept" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand accept" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand accept" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand accept" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand accept" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand accept" -l yes -d 'Do not ask'
complete -c crmfile -n "__fish_crmfile_using_subcommand accept" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand accept" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand accept" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand git-setup" -l binary -d 'The crmfile program git should run [default: crmfile if it is on PATH, else this program\'s full path]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand git-setup" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand git-setup" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand git-setup" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand git-setup" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand git-setup" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand git-setup" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand git-setup" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand git-setup" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand git-setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand git-setup" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand cat" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand cat" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand cat" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand cat" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand cat" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand cat" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand cat" -l lenient -d 'Print a one-line note instead of failing when the file cannot be read (for git)'
complete -c crmfile -n "__fish_crmfile_using_subcommand cat" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand cat" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand cat" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand cat" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand merge-driver" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand merge-driver" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand merge-driver" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand merge-driver" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand merge-driver" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand merge-driver" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand merge-driver" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand merge-driver" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand merge-driver" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand merge-driver" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand schema" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand schema" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand schema" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand schema" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand schema" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand schema" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand schema" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand schema" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand schema" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand schema" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand completions" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand completions" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand completions" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand completions" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand completions" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand completions" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand completions" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand completions" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand completions" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand man" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand man" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand man" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand man" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand man" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand man" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand man" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand man" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand man" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand generate" -l count -d 'How many customers' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand generate" -l seed -d 'Seed: the same seed gives the same customers' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand generate" -l max-entries -d 'Most log entries per customer' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand generate" -l store -d 'The store\'s root folder [default: found from the current folder upwards]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand generate" -l identity -d 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]' -r -F
complete -c crmfile -n "__fish_crmfile_using_subcommand generate" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c crmfile -n "__fish_crmfile_using_subcommand generate" -l today -d 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand generate" -l wait -d 'How long a writer waits for another one to finish before giving up' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand generate" -l lang -d 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r
complete -c crmfile -n "__fish_crmfile_using_subcommand generate" -s q -l quiet -d 'Print no status lines (errors are still printed)'
complete -c crmfile -n "__fish_crmfile_using_subcommand generate" -s v -l verbose -d 'Say more: how many records a bulk command left out because they are in folders you cannot read'
complete -c crmfile -n "__fish_crmfile_using_subcommand generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c crmfile -n "__fish_crmfile_using_subcommand generate" -s V -l version -d 'Print version'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "init" -d 'Make a store: config, recipients and a .gitignore for local state.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "add" -d 'Add a customer; prints the new id.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "show" -d 'Show one customer: a table on a terminal, TOML otherwise, or JSON.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "find" -d 'List customers, filtered by a query and conditions.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "set" -d 'Change fields of one customer: FIELD=VALUE, FIELD+=ITEM and FIELD-=ITEM for lists.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "tag" -d 'Add (+tag or tag) and remove (-tag) tags of one customer.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "edit" -d 'Edit one customer\'s record as TOML in $VISUAL or $EDITOR.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "log-contact" -d 'Log a call, email, meeting, visit or chat with a customer.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "log-purchase" -d 'Record a purchase (or, with --refund, a refund) as an exact decimal amount.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "log-payment" -d 'Record money received. It pays the purchase named with --for first, then the oldest purchases on account; what is more than the customer owes is kept as credit on account (and said so). Prints the customer and payment ids; the new balance goes to stderr.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "log-feedback" -d 'Record feedback. Complaints and suggestions start open until `crmfile resolve`; praise and surveys need no answer and start resolved. A complaint is due to be handled within the store\'s feedback.sla, by its handler (--handler, else the account manager); `crmfile resolve` takes it through in progress, resolved and the callback.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "resolve" -d 'Mark a feedback entry resolved, with what was done. A resolved complaint is due for a callback (回访) the store\'s feedback.callback later; --callback records it, with what the customer said. --start marks it in progress (and --handler hands it over).'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "consent" -d 'Record that a customer gave or withdrew consent to a use of their data (PIPL art. 13, 14, 15; GDPR art. 6, 7), with what they were told (--scope), how (--channel) and where the proof is (--evidence). Entries are kept, never overwritten: the latest one of a purpose is what holds now. Marketing (holiday greetings, `export --purpose marketing`) follows the store\'s `[consent] marketing` rule.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "link" -d 'Record how two customers are related: B is A\'s --as (parent company, branch, supplier, buyer, partner, referrer, referred, competitor). Both records get the link, B\'s the inverse (A is B\'s branch when B is A\'s parent). `show` lists links by name; `find --linked-to` follows them; `merge` and `forget` keep them consistent.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "unlink" -d 'Remove the link between two customers, on both sides.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "attach" -d 'Keep a document with a customer: a contract, a quotation, a scanned business card. It is encrypted as it is read to the readers of the customer\'s folder, stored under `.attachments/` by an id (never by its name), and listed in the record with its label, original name, size, SHA-256, when and by whom. `git diff` shows the list change, never the contents. Files over attachments.max_mb (25 MB) are refused.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "attachment" -d 'Read documents kept with customers.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "detach" -d 'Remove a document from a customer: the entry and its encrypted file.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "add-person" -d 'Add a key person: the referrer, the decision maker, the one who signs off… Their birthdays are reminded like the customer\'s.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "add-date" -d 'Add a yearly date to remember (first order, company founding, wedding…).'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "classify" -d 'Compute RFM scores, value tier and lifecycle stage for every customer, from the rules in .crmfile/config.toml ([classify]; the shipped rules are listed there and in the README).'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "audit" -d 'Check the store: files that do not decrypt or parse, records not encrypted to their folder\'s current recipients, stray temporary or plaintext files, your identity\'s file permissions, invalid fields, likely duplicates, customers not contacted for more than twice their cadence, complaints past their deadline, merge conflicts, customers erased earlier whose files are back, and customers past the retention period. Each finding has a severity, a code, the record and a hint.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "export" -d 'Export customers (filtered as `find` does) to stdout: CSV, Excel, JSON, NDJSON, vCard or iCalendar; or their log entries, one row each; or everything held about one customer.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "import" -d 'Import customers or transactions.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "merge" -d 'Fold a duplicate customer into the one to keep, then delete the duplicate.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "remind" -d 'List what is due: follow-ups, birthdays and anniversaries (customers\' and their key people\'s), complaints not resolved within the deadline in config (feedback.sla), callbacks after resolved complaints (feedback.callback), and purchases on account falling due or overdue (payment).'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "report" -d 'Analyse the archive: customers per tier, lifecycle and pipeline stage; revenue by tier and by month over the last 12 months with the trend; the top 10 customers by revenue; contacts per owner and channel, complaints and ratings in the period (--since, default the last 30 days); customers overdue for follow-up, with phone and owner. --by breaks customers, revenue, new and churned customers, complaints and satisfaction down by region, industry, owner, source, tier, stage or lifecycle; --receivables gives what customers owe by age (0-30, 31-60, 61-90, 90+ days since the purchase), per customer and per account manager. The filters of `find` narrow every figure to the customers they keep.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "forget" -d 'Erase a customer: delete the record and leave a tombstone without personal data (id, date, reason, keyed hashes of phones and emails) in .crmfile/erasures.toml, so that adding or importing the same person again is refused unless --force. The hashes are keyed with .crmfile/erasure-key.age, which only the store\'s members can open.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "access-log" -d 'Show the access log: one line per command that decrypted or wrote records (time, member, command, ids; never names). In a team store it reads every member\'s trail (.crmfile/access/<member>@<clone>.log, carried by git: pull to see the others\'), and this machine\'s .crmfile/access.log. Turned off with `[access_log] enabled = false` in config; `shared = false` keeps it on this machine.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "member" -d 'Name the team\'s members and their public keys, in .crmfile/team.toml (committed to git). The member whose key your identity holds is you: log entries, `created_by`, `updated_by` and the access trail carry that name. `crmfile recipients add NAME --folder F` then lets a member read a folder.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "move" -d 'Move customers to another folder and encrypt them to that folder\'s recipients. A folder is an access level: moving a customer to `vip` lets exactly the readers of `vip` read it (see `crmfile recipients list`). The folder is made if missing.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "recipients" -d 'See and change who can read which folder. A folder is an access level: its own .age-recipients says who its records are encrypted to. Name a key or a team member (see `crmfile member`); adding or removing one re-encrypts exactly the records it covers.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "reencrypt" -d 'Encrypt records again to the current recipients of their folders (after editing a .age-recipients file by hand). Only records sealed to another list than their folder\'s are touched (told from the file\'s header, without decrypting); the others are counted as skipped. `crmfile recipients add/remove` do this themselves.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "accept" -d 'Accept records that carry no seal from this store\'s members, after checking them, and seal them as they are.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "git-setup" -d 'Make git show decrypted diffs of records and merge concurrent edits structurally.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "cat" -d 'Print a record file decrypted, in canonical TOML (stable key order), so `git diff` and `git log -p` show real field changes. `crmfile git-setup` makes git use it.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "merge-driver" -d 'Merge two versions of a record for git (set up by `crmfile git-setup`).'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "schema" -d 'Print the JSON Schema of a decrypted record (what --format json writes).'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "completions" -d 'Print a shell completion script.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "man" -d 'Print the man page (roff).'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "generate" -d 'Fill the store with N made-up customers (for demos and benchmarks).'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and not __fish_seen_subcommand_from init add show find set tag edit log-contact log-purchase log-payment log-feedback resolve consent link unlink attach attachment detach add-person add-date classify audit export import merge remind report forget access-log member move recipients reencrypt accept git-setup cat merge-driver schema completions man generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and __fish_seen_subcommand_from attachment" -f -a "get" -d 'Decrypt an attachment to standard output or a file, checking it is the file that was attached (its SHA-256). Keep the copy out of the store, in memory (/dev/shm) if you can: it is the document in the clear.'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "customers" -d 'Customers from CSV or Excel (headers in English or Chinese), vCard or NDJSON'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "transactions" -d 'Transactions from CSV, Excel or NDJSON, appended to the customers they name'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "add" -d 'Add a member: a name and their public key'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'List the members, their keys and the folders they can read'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a member: from the team and from every folder\'s recipients, re-encrypting what they could read'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and __fish_seen_subcommand_from recipients" -f -a "list" -d 'Show who can read each folder, as a table: its recipients file, the members (or keys) it lists, how many records it covers, and whether you trust it'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and __fish_seen_subcommand_from recipients" -f -a "add" -d 'Let a member or key read a folder, and re-encrypt what it covers'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and __fish_seen_subcommand_from recipients" -f -a "remove" -d 'Stop a member or key from reading, and re-encrypt what they could read'
complete -c crmfile -n "__fish_crmfile_using_subcommand help; and __fish_seen_subcommand_from recipients" -f -a "trust" -d 'Trust the recipients files as they are now, after reviewing them'
