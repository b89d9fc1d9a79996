
use builtin;
use str;

set edit:completion:arg-completer[crmfile] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'crmfile'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'crmfile'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Make a store: config, recipients and a .gitignore for local state.'
            cand add 'Add a customer; prints the new id.'
            cand show 'Show one customer: a table on a terminal, TOML otherwise, or JSON.'
            cand find 'List customers, filtered by a query and conditions.'
            cand list 'List customers, filtered by a query and conditions.'
            cand set 'Change fields of one customer: FIELD=VALUE, FIELD+=ITEM and FIELD-=ITEM for lists.'
            cand tag 'Add (+tag or tag) and remove (-tag) tags of one customer.'
            cand edit 'Edit one customer''s record as TOML in $VISUAL or $EDITOR.'
            cand log-contact 'Log a call, email, meeting, visit or chat with a customer.'
            cand log-purchase 'Record a purchase (or, with --refund, a refund) as an exact decimal amount.'
            cand log-payment 'Record money received. It pays the purchase named with --for first, then the oldest purchases on account; what is more than the customer owes is kept as credit on account (and said so). Prints the customer and payment ids; the new balance goes to stderr.'
            cand log-feedback 'Record feedback. Complaints and suggestions start open until `crmfile resolve`; praise and surveys need no answer and start resolved. A complaint is due to be handled within the store''s feedback.sla, by its handler (--handler, else the account manager); `crmfile resolve` takes it through in progress, resolved and the callback.'
            cand resolve 'Mark a feedback entry resolved, with what was done. A resolved complaint is due for a callback (回访) the store''s feedback.callback later; --callback records it, with what the customer said. --start marks it in progress (and --handler hands it over).'
            cand consent 'Record that a customer gave or withdrew consent to a use of their data (PIPL art. 13, 14, 15; GDPR art. 6, 7), with what they were told (--scope), how (--channel) and where the proof is (--evidence). Entries are kept, never overwritten: the latest one of a purpose is what holds now. Marketing (holiday greetings, `export --purpose marketing`) follows the store''s `[consent] marketing` rule.'
            cand link 'Record how two customers are related: B is A''s --as (parent company, branch, supplier, buyer, partner, referrer, referred, competitor). Both records get the link, B''s the inverse (A is B''s branch when B is A''s parent). `show` lists links by name; `find --linked-to` follows them; `merge` and `forget` keep them consistent.'
            cand unlink 'Remove the link between two customers, on both sides.'
            cand attach 'Keep a document with a customer: a contract, a quotation, a scanned business card. It is encrypted as it is read to the readers of the customer''s folder, stored under `.attachments/` by an id (never by its name), and listed in the record with its label, original name, size, SHA-256, when and by whom. `git diff` shows the list change, never the contents. Files over attachments.max_mb (25 MB) are refused.'
            cand attachment 'Read documents kept with customers.'
            cand detach 'Remove a document from a customer: the entry and its encrypted file.'
            cand add-person 'Add a key person: the referrer, the decision maker, the one who signs off… Their birthdays are reminded like the customer''s.'
            cand add-date 'Add a yearly date to remember (first order, company founding, wedding…).'
            cand classify 'Compute RFM scores, value tier and lifecycle stage for every customer, from the rules in .crmfile/config.toml ([classify]; the shipped rules are listed there and in the README).'
            cand audit 'Check the store: files that do not decrypt or parse, records not encrypted to their folder''s current recipients, stray temporary or plaintext files, your identity''s file permissions, invalid fields, likely duplicates, customers not contacted for more than twice their cadence, complaints past their deadline, merge conflicts, customers erased earlier whose files are back, and customers past the retention period. Each finding has a severity, a code, the record and a hint.'
            cand export 'Export customers (filtered as `find` does) to stdout: CSV, Excel, JSON, NDJSON, vCard or iCalendar; or their log entries, one row each; or everything held about one customer.'
            cand import 'Import customers or transactions.'
            cand merge 'Fold a duplicate customer into the one to keep, then delete the duplicate.'
            cand remind 'List what is due: follow-ups, birthdays and anniversaries (customers'' and their key people''s), complaints not resolved within the deadline in config (feedback.sla), callbacks after resolved complaints (feedback.callback), and purchases on account falling due or overdue (payment).'
            cand report 'Analyse the archive: customers per tier, lifecycle and pipeline stage; revenue by tier and by month over the last 12 months with the trend; the top 10 customers by revenue; contacts per owner and channel, complaints and ratings in the period (--since, default the last 30 days); customers overdue for follow-up, with phone and owner. --by breaks customers, revenue, new and churned customers, complaints and satisfaction down by region, industry, owner, source, tier, stage or lifecycle; --receivables gives what customers owe by age (0-30, 31-60, 61-90, 90+ days since the purchase), per customer and per account manager. The filters of `find` narrow every figure to the customers they keep.'
            cand forget 'Erase a customer: delete the record and leave a tombstone without personal data (id, date, reason, keyed hashes of phones and emails) in .crmfile/erasures.toml, so that adding or importing the same person again is refused unless --force. The hashes are keyed with .crmfile/erasure-key.age, which only the store''s members can open.'
            cand access-log 'Show the access log: one line per command that decrypted or wrote records (time, member, command, ids; never names). In a team store it reads every member''s trail (.crmfile/access/<member>@<clone>.log, carried by git: pull to see the others''), and this machine''s .crmfile/access.log. Turned off with `[access_log] enabled = false` in config; `shared = false` keeps it on this machine.'
            cand member 'Name the team''s members and their public keys, in .crmfile/team.toml (committed to git). The member whose key your identity holds is you: log entries, `created_by`, `updated_by` and the access trail carry that name. `crmfile recipients add NAME --folder F` then lets a member read a folder.'
            cand move 'Move customers to another folder and encrypt them to that folder''s recipients. A folder is an access level: moving a customer to `vip` lets exactly the readers of `vip` read it (see `crmfile recipients list`). The folder is made if missing.'
            cand recipients 'See and change who can read which folder. A folder is an access level: its own .age-recipients says who its records are encrypted to. Name a key or a team member (see `crmfile member`); adding or removing one re-encrypts exactly the records it covers.'
            cand reencrypt 'Encrypt records again to the current recipients of their folders (after editing a .age-recipients file by hand). Only records sealed to another list than their folder''s are touched (told from the file''s header, without decrypting); the others are counted as skipped. `crmfile recipients add/remove` do this themselves.'
            cand accept 'Accept records that carry no seal from this store''s members, after checking them, and seal them as they are.'
            cand git-setup 'Make git show decrypted diffs of records and merge concurrent edits structurally.'
            cand cat 'Print a record file decrypted, in canonical TOML (stable key order), so `git diff` and `git log -p` show real field changes. `crmfile git-setup` makes git use it.'
            cand merge-driver 'Merge two versions of a record for git (set up by `crmfile git-setup`).'
            cand schema 'Print the JSON Schema of a decrypted record (what --format json writes).'
            cand completions 'Print a shell completion script.'
            cand man 'Print the man page (roff).'
            cand generate 'Fill the store with N made-up customers (for demos and benchmarks).'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmfile;init'= {
            cand -r 'Public key (age1… or ssh-ed25519 …) to encrypt records to; repeat for a team'
            cand --recipient 'Public key (age1… or ssh-ed25519 …) to encrypt records to; repeat for a team'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;add'= {
            cand --name 'Full name (of the person, or of the company for --kind company)'
            cand --kind 'person or company (个人, 公司)'
            cand --phone 'Phone number (repeat for several), `KIND:` first for its kind (work:010-6275 1234, 传真:…; kinds: mobile, work, home, fax, other); checked and written +86 138 0013 8000'
            cand --email 'Email address (repeat for several)'
            cand --company 'Company the person works for (or, for a company, its full legal name)'
            cand --title 'Job title'
            cand --birthday 'Birthday, YYYY-MM-DD, or in the Chinese calendar: 农历八月十五, 农历1975年八月十五'
            cand --lunar-birthday 'Birthday in the Chinese calendar: 1975-08-15, 08-15, 2020-04L-08 (leap month) or 农历八月十五 (reminded on its Gregorian day each year)'
            cand --gender 'Gender, as the customer describes it'
            cand --address 'Postal address'
            cand --wechat 'WeChat id'
            cand --qq 'QQ number'
            cand --industry 'Industry (制造, retail, …)'
            cand --region 'Sales region (华东, EU, …)'
            cand --tag 'Tag (repeat for several)'
            cand --owner 'Account manager'
            cand --source 'Where the customer came from (referral, fair, web…)'
            cand --ref 'The customer''s number in another system'
            cand --folder 'Sub-folder of the store to keep the record in (e.g. vip)'
            cand --set 'Any other field, as `set` takes it (extra.floor=12, follow_up.cadence=14d); repeat'
            cand --json 'Read the record(s) as JSON from stdin instead: one object, or one per line'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --force 'Add even if it looks like a duplicate, or if your identity could not read it back'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;show'= {
            cand --format 'Output format [default: table on a terminal, TOML otherwise]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;find'= {
            cand --tag 'Only customers with this tag (repeat: all of them)'
            cand --owner 'Only customers of this account manager'
            cand --tier 'Only customers of this value tier'
            cand --where 'FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, or FIELD>VALUE (>=, <, <=) on a number, amount or date, on a dotted field; numbers and dates compare by value (repeat: all must hold)'
            cand --linked-to 'Only customers linked to this one (id or query), by any relation'
            cand --format 'Output format [default: table on a terminal, plain text otherwise]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;list'= {
            cand --tag 'Only customers with this tag (repeat: all of them)'
            cand --owner 'Only customers of this account manager'
            cand --tier 'Only customers of this value tier'
            cand --where 'FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, or FIELD>VALUE (>=, <, <=) on a number, amount or date, on a dotted field; numbers and dates compare by value (repeat: all must hold)'
            cand --linked-to 'Only customers linked to this one (id or query), by any relation'
            cand --format 'Output format [default: table on a terminal, plain text otherwise]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;set'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --force 'Write even if your identity could not read the record back'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;tag'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;edit'= {
            cand --unsafe-copy-dir 'Put the decrypted copy in this folder even if it is not memory-backed (tmpfs): the record may then reach the disk and outlive a crash'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --force 'Write even if your identity could not read the record back'
            cand --accept 'Take a record that carries no seal as a member''s once you have read it in the editor: what you save is sealed'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;log-contact'= {
            cand --channel 'phone, email, meeting, visit, wechat, qq, sms or other'
            cand --summary 'What was said'
            cand --at 'When: 2026-11-20T15:00:00+08:00, "2026-11-20 15:00", or a date [default: now]'
            cand --direction 'in (the customer reached out) or out'
            cand --by 'Who made the contact; a member name in a team [default: you: your member name, else $CRMFILE_USER, else the login name]'
            cand --outcome 'The result (quote-sent, no-answer, order…)'
            cand --next 'Next follow-up: 2026-12-01, +3d, 2w, monday…'
            cand --json 'Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;log-purchase'= {
            cand --amount 'Amount as an exact decimal (25800.00, ¥25,800, 2.58万); negative only with --refund'
            cand --currency 'ISO 4217 currency code [default: the store''s currency]'
            cand --product 'What was bought'
            cand --quantity 'How many'
            cand --date 'When: 2026-10-03, yesterday, -2d… [default: today]'
            cand --payment 'How it was paid (bank-transfer, alipay, wechat-pay, cash, card…)'
            cand --ref 'Invoice or order number'
            cand --due 'Owed until this date [default: the purchase date + the payment terms]'
            cand --json 'Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --refund 'This is a refund: the amount is stored negative and taken off what is owed (with --paid: paid back, the account left as it is)'
            cand --paid 'Paid at the sale (cash): nothing is owed; with --refund, the money was paid back'
            cand --force 'Record it even when it takes the balance over the credit limit, or (a refund) is more than the customer bought in all'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;log-payment'= {
            cand --amount 'Amount received, an exact decimal more than zero (5000, 5000.00, ¥5,000, 0.5万)'
            cand --currency 'ISO 4217 currency code [default: the store''s currency]'
            cand --date 'When: 2026-10-03, yesterday, -2d… [default: today]'
            cand --for 'The purchase (t-…) this pays first, as `show` lists it'
            cand --method 'How it was paid (bank-transfer, alipay, wechat-pay, cash…)'
            cand --ref 'Receipt or bank reference'
            cand --json 'Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;log-feedback'= {
            cand --kind 'complaint, suggestion, praise or survey'
            cand --text 'What the customer said'
            cand --rating 'Rating from 1 (worst) to 5 (best)'
            cand --date 'When [default: today]'
            cand --handler 'Who handles it: a team member [default: the account manager]'
            cand --json 'Read entries as NDJSON from stdin (`-`), each naming its customer by id or ref'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;resolve'= {
            cand --note 'What was done about it'
            cand --date 'When it was resolved [default: today]'
            cand --handler 'Who handles it from now on'
            cand --rating 'With --callback: the customer''s satisfaction, 1 (worst) to 5 (best)'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --start 'Mark it in progress instead of resolved'
            cand --callback 'Record the callback after resolution; --note is what the customer said'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;consent'= {
            cand --purpose 'What the data is used for: service, marketing, profiling, sharing, other'
            cand --scope 'What the customer was told and agreed to (目的、范围)'
            cand --channel 'How: a signed form, WeChat, a web form, by phone…'
            cand --evidence 'Where the proof is: a form number, a file, a message (no personal data of others)'
            cand --date 'When [default: today]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --given 'The customer agreed'
            cand --withdrawn 'The customer withdrew consent'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;link'= {
            cand --as 'What B is to A'
            cand --note 'A few words on the relation'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;unlink'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;attach'= {
            cand --label 'What it is: 合同, 报价单, 名片…'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;attachment'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get 'Decrypt an attachment to standard output or a file, checking it is the file that was attached (its SHA-256). Keep the copy out of the store, in memory (/dev/shm) if you can: it is the document in the clear.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmfile;attachment;get'= {
            cand --output 'Write it here instead of standard output (not inside the store)'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;attachment;help'= {
            cand get 'Decrypt an attachment to standard output or a file, checking it is the file that was attached (its SHA-256). Keep the copy out of the store, in memory (/dev/shm) if you can: it is the document in the clear.'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmfile;attachment;help;get'= {
        }
        &'crmfile;attachment;help;help'= {
        }
        &'crmfile;detach'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;add-person'= {
            cand --name 'Their name'
            cand --role 'referrer, decision-maker, sign-off or other'
            cand --birthday 'YYYY-MM-DD, or in the Chinese calendar: 农历八月十五, 农历1975年八月十五'
            cand --phone 'Their phone number'
            cand --email 'Their email address'
            cand --notes 'Anything worth remembering about them'
            cand --json 'Read people as NDJSON from stdin (`-`), each naming its customer by id or ref'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;add-date'= {
            cand --label 'What the date is'
            cand --date 'The original date, YYYY-MM-DD (the year gives the count of years), or in the Chinese calendar: 农历2019年八月十五 (then it recurs on that lunar day)'
            cand --json 'Read dates as NDJSON from stdin (`-`), each naming its customer by id or ref'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;classify'= {
            cand --format 'Output format [default: table on a terminal, plain text otherwise]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --dry-run 'Show what would change, write nothing'
            cand --all 'List every customer, not only those whose class changes'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;audit'= {
            cand --fail-on 'Exit with 3 when a finding is at least this severe'
            cand --format 'Output format [default: table on a terminal, plain text otherwise]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --fix 'Apply the safe fixes and list what changed'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;export'= {
            cand --tag 'Only customers with this tag (repeat: all of them)'
            cand --owner 'Only customers of this account manager'
            cand --tier 'Only customers of this value tier'
            cand --where 'FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, or FIELD>VALUE (>=, <, <=) on a number, amount or date, on a dotted field; numbers and dates compare by value (repeat: all must hold)'
            cand --linked-to 'Only customers linked to this one (id or query), by any relation'
            cand --fields 'Columns for CSV, as dotted field paths separated by commas'
            cand --headers 'CSV headers: dotted field names for programs (machine), or people''s names in Chinese (zh) or English (en), with enumerated values named in that language too; `import customers` reads all three back'
            cand --vcard-version 'vCard version for --format vcard'
            cand --entries 'One row per log entry (with its customer''s id) instead of one per customer'
            cand --purpose 'Only customers the store may use for this purpose: for `marketing`, by the store''s `[consent] marketing` rule; for the others, consent given and not withdrawn'
            cand --format 'Output format (required; --entries: csv, xlsx, json or ndjson). xlsx is an Excel workbook, written to stdout: redirect it to a file'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --bom 'Start CSV with a byte-order mark, so Excel reads UTF-8'
            cand --raw 'CSV cells exactly as stored: no `''` before cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`); only for programs, never for Excel'
            cand --subject 'Everything held about the one customer QUERY names, as JSON (subject access request)'
            cand --history 'With --subject: also every committed version from git history'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;import'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand customers 'Customers from CSV or Excel (headers in English or Chinese), vCard or NDJSON'
            cand transactions 'Transactions from CSV, Excel or NDJSON, appended to the customers they name'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmfile;import;customers'= {
            cand --format 'The file''s format; without it, told from the file''s extension (.csv .txt .tsv, .xlsx .xls .ods, .vcf, .ndjson .jsonl .json; a JSON list is read as NDJSON)'
            cand --sheet 'The workbook''s sheet to read (Excel); the first one without it'
            cand --map 'COLUMN=FIELD: read a column into a dotted field (wins over the automatic mapping)'
            cand --on-duplicate 'What to do with a likely duplicate of a customer already in the store or earlier in the file: skip it, update the existing one (fill empty fields, unite lists and logs; fields whose values differ keep the record''s and are named), or count it as an error'
            cand --folder 'Sub-folder of the store for the new records'
            cand --encoding 'The file''s text encoding, when the guess is wrong (CSV and vCard)'
            cand --rejects 'Write what was not imported to this file, with the reason, to fix and import again: the rows as they were with a reason column (a workbook when FILE ends in .xlsx, else CSV in UTF-8 with BOM for Excel), the lines as they were (NDJSON), or the cards as they were (vCard: into a .vcf file; into a sheet, each card''s number, reason and text). Not inside the store: it holds customer data in the clear'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --dry-run 'Count what would happen and show the first problems; write nothing'
            cand --force 'Import customers that match an erased one (they consented again)'
            cand --keep-unmapped 'Keep the columns no field takes under extra.imported, by header (CSV)'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;import;transactions'= {
            cand --format 'The file''s format; without it, told from the file''s extension (.csv .txt .tsv, .xlsx .xls .ods, .ndjson .jsonl)'
            cand --sheet 'The workbook''s sheet to read (Excel); the first one without it'
            cand --match 'How rows name their customer: by ref, id, phone, email or company name (a name that several customers share is reported, not guessed)'
            cand --map 'COLUMN=FIELD, for a column or an NDJSON key (customer, date, amount, currency, quantity, product, payment, ref, due, over_limit)'
            cand --encoding 'The file''s text encoding, when the guess is wrong (CSV)'
            cand --rejects 'Write the rows that were not imported to this file, with the reason, to fix and import again: the rows as they were with a reason column (a workbook when FILE ends in .xlsx, else CSV in UTF-8 with BOM for Excel), or the lines as they were (NDJSON). Not inside the store: it holds customer data in the clear'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --dry-run 'Count what would happen and show the first problems; write nothing'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;import;help'= {
            cand customers 'Customers from CSV or Excel (headers in English or Chinese), vCard or NDJSON'
            cand transactions 'Transactions from CSV, Excel or NDJSON, appended to the customers they name'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmfile;import;help;customers'= {
        }
        &'crmfile;import;help;transactions'= {
        }
        &'crmfile;import;help;help'= {
        }
        &'crmfile;merge'= {
            cand --prefer 'Whose value wins where both have one'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --yes 'Do not ask'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;remind'= {
            cand --within 'How far ahead to look: 7d, 2w, 1m… (0d: today and what is overdue)'
            cand --owner 'Only customers of this account manager'
            cand --tier 'Only customers of this value tier'
            cand --tag 'Only customers with this tag'
            cand --kind 'Only these kinds of item (repeat for several)'
            cand --done 'Mark a customer''s follow-up done: logs a contact and clears the next-step date'
            cand --channel 'With --done: how the follow-up happened'
            cand --summary 'With --done: what was said [default: "follow-up done", in the language of the run]'
            cand --format 'Output format [default: table on a terminal, plain text otherwise]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --exit-code 'Exit with 3 when something is due (0 when nothing is)'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;report'= {
            cand --tag 'Only customers with this tag (repeat: all of them)'
            cand --owner 'Only customers of this account manager'
            cand --tier 'Only customers of this value tier'
            cand --where 'FIELD=VALUE, FIELD!=VALUE, FIELD~TEXT, or FIELD>VALUE (>=, <, <=) on a number, amount or date, on a dotted field; numbers and dates compare by value (repeat: all must hold)'
            cand --linked-to 'Only customers linked to this one (id or query), by any relation'
            cand --since 'Start of the period for activity, complaints and ratings [default: 30 days ago]'
            cand --by 'Break the figures down by this field'
            cand --format 'Output format [default: table on a terminal, plain text otherwise]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --receivables 'What customers owe, by age, per customer and per account manager'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;forget'= {
            cand --reason 'Why (kept in the tombstone; write no personal data here) [default with --expired: the retention period]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --expired 'Every customer past the retention period since its last activity'
            cand --yes 'Do not ask'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;access-log'= {
            cand --since 'Only from this date on'
            cand --member 'Only this member (or user, in a store without a team)'
            cand --id 'Only entries that touched this customer id'
            cand --format 'Output format [default: table on a terminal, plain text otherwise]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;member'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a member: a name and their public key'
            cand list 'List the members, their keys and the folders they can read'
            cand remove 'Remove a member: from the team and from every folder''s recipients, re-encrypting what they could read'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmfile;member;add'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;member;list'= {
            cand --format 'Output format [default: table on a terminal, plain text otherwise]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;member;remove'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --yes 'Do not ask'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;member;help'= {
            cand add 'Add a member: a name and their public key'
            cand list 'List the members, their keys and the folders they can read'
            cand remove 'Remove a member: from the team and from every folder''s recipients, re-encrypting what they could read'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmfile;member;help;add'= {
        }
        &'crmfile;member;help;list'= {
        }
        &'crmfile;member;help;remove'= {
        }
        &'crmfile;member;help;help'= {
        }
        &'crmfile;move'= {
            cand --folder 'The folder to move them to, inside the store ("" for the root)'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;recipients'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Show who can read each folder, as a table: its recipients file, the members (or keys) it lists, how many records it covers, and whether you trust it'
            cand add 'Let a member or key read a folder, and re-encrypt what it covers'
            cand remove 'Stop a member or key from reading, and re-encrypt what they could read'
            cand trust 'Trust the recipients files as they are now, after reviewing them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmfile;recipients;list'= {
            cand --format 'Output format [default: table on a terminal, plain text otherwise]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;recipients;add'= {
            cand --folder 'The folder to let them read [default: the store root]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --inherit 'A new recipients file starts from the folder''s current readers'
            cand --yes 'Do not ask'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;recipients;remove'= {
            cand --folder 'Only the recipients file that governs this folder [default: every file]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --yes 'Do not ask'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;recipients;trust'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --yes 'Do not ask'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;recipients;help'= {
            cand list 'Show who can read each folder, as a table: its recipients file, the members (or keys) it lists, how many records it covers, and whether you trust it'
            cand add 'Let a member or key read a folder, and re-encrypt what it covers'
            cand remove 'Stop a member or key from reading, and re-encrypt what they could read'
            cand trust 'Trust the recipients files as they are now, after reviewing them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmfile;recipients;help;list'= {
        }
        &'crmfile;recipients;help;add'= {
        }
        &'crmfile;recipients;help;remove'= {
        }
        &'crmfile;recipients;help;trust'= {
        }
        &'crmfile;recipients;help;help'= {
        }
        &'crmfile;reencrypt'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;accept'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --yes 'Do not ask'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;git-setup'= {
            cand --binary 'The crmfile program git should run [default: crmfile if it is on PATH, else this program''s full path]'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;cat'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --lenient 'Print a one-line note instead of failing when the file cannot be read (for git)'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;merge-driver'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;schema'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;completions'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;man'= {
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;generate'= {
            cand --count 'How many customers'
            cand --seed 'Seed: the same seed gives the same customers'
            cand --max-entries 'Most log entries per customer'
            cand --store 'The store''s root folder [default: found from the current folder upwards]'
            cand --identity 'Identity file with your private key [default: $XDG_CONFIG_HOME/crmfile/identity.txt, else ~/.ssh/id_ed25519]'
            cand --color 'When to colour output'
            cand --today 'Act as if today were DATE (2026-12-01, yesterday, -1w…), for reproducible runs'
            cand --wait 'How long a writer waits for another one to finish before giving up'
            cand --lang 'Language of messages, help and tables: en, zh-CN [default: CRMFILE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand -q 'Print no status lines (errors are still printed)'
            cand --quiet 'Print no status lines (errors are still printed)'
            cand -v 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand --verbose 'Say more: how many records a bulk command left out because they are in folders you cannot read'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'crmfile;help'= {
            cand init 'Make a store: config, recipients and a .gitignore for local state.'
            cand add 'Add a customer; prints the new id.'
            cand show 'Show one customer: a table on a terminal, TOML otherwise, or JSON.'
            cand find 'List customers, filtered by a query and conditions.'
            cand set 'Change fields of one customer: FIELD=VALUE, FIELD+=ITEM and FIELD-=ITEM for lists.'
            cand tag 'Add (+tag or tag) and remove (-tag) tags of one customer.'
            cand edit 'Edit one customer''s record as TOML in $VISUAL or $EDITOR.'
            cand log-contact 'Log a call, email, meeting, visit or chat with a customer.'
            cand log-purchase 'Record a purchase (or, with --refund, a refund) as an exact decimal amount.'
            cand log-payment 'Record money received. It pays the purchase named with --for first, then the oldest purchases on account; what is more than the customer owes is kept as credit on account (and said so). Prints the customer and payment ids; the new balance goes to stderr.'
            cand log-feedback 'Record feedback. Complaints and suggestions start open until `crmfile resolve`; praise and surveys need no answer and start resolved. A complaint is due to be handled within the store''s feedback.sla, by its handler (--handler, else the account manager); `crmfile resolve` takes it through in progress, resolved and the callback.'
            cand resolve 'Mark a feedback entry resolved, with what was done. A resolved complaint is due for a callback (回访) the store''s feedback.callback later; --callback records it, with what the customer said. --start marks it in progress (and --handler hands it over).'
            cand consent 'Record that a customer gave or withdrew consent to a use of their data (PIPL art. 13, 14, 15; GDPR art. 6, 7), with what they were told (--scope), how (--channel) and where the proof is (--evidence). Entries are kept, never overwritten: the latest one of a purpose is what holds now. Marketing (holiday greetings, `export --purpose marketing`) follows the store''s `[consent] marketing` rule.'
            cand link 'Record how two customers are related: B is A''s --as (parent company, branch, supplier, buyer, partner, referrer, referred, competitor). Both records get the link, B''s the inverse (A is B''s branch when B is A''s parent). `show` lists links by name; `find --linked-to` follows them; `merge` and `forget` keep them consistent.'
            cand unlink 'Remove the link between two customers, on both sides.'
            cand attach 'Keep a document with a customer: a contract, a quotation, a scanned business card. It is encrypted as it is read to the readers of the customer''s folder, stored under `.attachments/` by an id (never by its name), and listed in the record with its label, original name, size, SHA-256, when and by whom. `git diff` shows the list change, never the contents. Files over attachments.max_mb (25 MB) are refused.'
            cand attachment 'Read documents kept with customers.'
            cand detach 'Remove a document from a customer: the entry and its encrypted file.'
            cand add-person 'Add a key person: the referrer, the decision maker, the one who signs off… Their birthdays are reminded like the customer''s.'
            cand add-date 'Add a yearly date to remember (first order, company founding, wedding…).'
            cand classify 'Compute RFM scores, value tier and lifecycle stage for every customer, from the rules in .crmfile/config.toml ([classify]; the shipped rules are listed there and in the README).'
            cand audit 'Check the store: files that do not decrypt or parse, records not encrypted to their folder''s current recipients, stray temporary or plaintext files, your identity''s file permissions, invalid fields, likely duplicates, customers not contacted for more than twice their cadence, complaints past their deadline, merge conflicts, customers erased earlier whose files are back, and customers past the retention period. Each finding has a severity, a code, the record and a hint.'
            cand export 'Export customers (filtered as `find` does) to stdout: CSV, Excel, JSON, NDJSON, vCard or iCalendar; or their log entries, one row each; or everything held about one customer.'
            cand import 'Import customers or transactions.'
            cand merge 'Fold a duplicate customer into the one to keep, then delete the duplicate.'
            cand remind 'List what is due: follow-ups, birthdays and anniversaries (customers'' and their key people''s), complaints not resolved within the deadline in config (feedback.sla), callbacks after resolved complaints (feedback.callback), and purchases on account falling due or overdue (payment).'
            cand report 'Analyse the archive: customers per tier, lifecycle and pipeline stage; revenue by tier and by month over the last 12 months with the trend; the top 10 customers by revenue; contacts per owner and channel, complaints and ratings in the period (--since, default the last 30 days); customers overdue for follow-up, with phone and owner. --by breaks customers, revenue, new and churned customers, complaints and satisfaction down by region, industry, owner, source, tier, stage or lifecycle; --receivables gives what customers owe by age (0-30, 31-60, 61-90, 90+ days since the purchase), per customer and per account manager. The filters of `find` narrow every figure to the customers they keep.'
            cand forget 'Erase a customer: delete the record and leave a tombstone without personal data (id, date, reason, keyed hashes of phones and emails) in .crmfile/erasures.toml, so that adding or importing the same person again is refused unless --force. The hashes are keyed with .crmfile/erasure-key.age, which only the store''s members can open.'
            cand access-log 'Show the access log: one line per command that decrypted or wrote records (time, member, command, ids; never names). In a team store it reads every member''s trail (.crmfile/access/<member>@<clone>.log, carried by git: pull to see the others''), and this machine''s .crmfile/access.log. Turned off with `[access_log] enabled = false` in config; `shared = false` keeps it on this machine.'
            cand member 'Name the team''s members and their public keys, in .crmfile/team.toml (committed to git). The member whose key your identity holds is you: log entries, `created_by`, `updated_by` and the access trail carry that name. `crmfile recipients add NAME --folder F` then lets a member read a folder.'
            cand move 'Move customers to another folder and encrypt them to that folder''s recipients. A folder is an access level: moving a customer to `vip` lets exactly the readers of `vip` read it (see `crmfile recipients list`). The folder is made if missing.'
            cand recipients 'See and change who can read which folder. A folder is an access level: its own .age-recipients says who its records are encrypted to. Name a key or a team member (see `crmfile member`); adding or removing one re-encrypts exactly the records it covers.'
            cand reencrypt 'Encrypt records again to the current recipients of their folders (after editing a .age-recipients file by hand). Only records sealed to another list than their folder''s are touched (told from the file''s header, without decrypting); the others are counted as skipped. `crmfile recipients add/remove` do this themselves.'
            cand accept 'Accept records that carry no seal from this store''s members, after checking them, and seal them as they are.'
            cand git-setup 'Make git show decrypted diffs of records and merge concurrent edits structurally.'
            cand cat 'Print a record file decrypted, in canonical TOML (stable key order), so `git diff` and `git log -p` show real field changes. `crmfile git-setup` makes git use it.'
            cand merge-driver 'Merge two versions of a record for git (set up by `crmfile git-setup`).'
            cand schema 'Print the JSON Schema of a decrypted record (what --format json writes).'
            cand completions 'Print a shell completion script.'
            cand man 'Print the man page (roff).'
            cand generate 'Fill the store with N made-up customers (for demos and benchmarks).'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'crmfile;help;init'= {
        }
        &'crmfile;help;add'= {
        }
        &'crmfile;help;show'= {
        }
        &'crmfile;help;find'= {
        }
        &'crmfile;help;set'= {
        }
        &'crmfile;help;tag'= {
        }
        &'crmfile;help;edit'= {
        }
        &'crmfile;help;log-contact'= {
        }
        &'crmfile;help;log-purchase'= {
        }
        &'crmfile;help;log-payment'= {
        }
        &'crmfile;help;log-feedback'= {
        }
        &'crmfile;help;resolve'= {
        }
        &'crmfile;help;consent'= {
        }
        &'crmfile;help;link'= {
        }
        &'crmfile;help;unlink'= {
        }
        &'crmfile;help;attach'= {
        }
        &'crmfile;help;attachment'= {
            cand get 'Decrypt an attachment to standard output or a file, checking it is the file that was attached (its SHA-256). Keep the copy out of the store, in memory (/dev/shm) if you can: it is the document in the clear.'
        }
        &'crmfile;help;attachment;get'= {
        }
        &'crmfile;help;detach'= {
        }
        &'crmfile;help;add-person'= {
        }
        &'crmfile;help;add-date'= {
        }
        &'crmfile;help;classify'= {
        }
        &'crmfile;help;audit'= {
        }
        &'crmfile;help;export'= {
        }
        &'crmfile;help;import'= {
            cand customers 'Customers from CSV or Excel (headers in English or Chinese), vCard or NDJSON'
            cand transactions 'Transactions from CSV, Excel or NDJSON, appended to the customers they name'
        }
        &'crmfile;help;import;customers'= {
        }
        &'crmfile;help;import;transactions'= {
        }
        &'crmfile;help;merge'= {
        }
        &'crmfile;help;remind'= {
        }
        &'crmfile;help;report'= {
        }
        &'crmfile;help;forget'= {
        }
        &'crmfile;help;access-log'= {
        }
        &'crmfile;help;member'= {
            cand add 'Add a member: a name and their public key'
            cand list 'List the members, their keys and the folders they can read'
            cand remove 'Remove a member: from the team and from every folder''s recipients, re-encrypting what they could read'
        }
        &'crmfile;help;member;add'= {
        }
        &'crmfile;help;member;list'= {
        }
        &'crmfile;help;member;remove'= {
        }
        &'crmfile;help;move'= {
        }
        &'crmfile;help;recipients'= {
            cand list 'Show who can read each folder, as a table: its recipients file, the members (or keys) it lists, how many records it covers, and whether you trust it'
            cand add 'Let a member or key read a folder, and re-encrypt what it covers'
            cand remove 'Stop a member or key from reading, and re-encrypt what they could read'
            cand trust 'Trust the recipients files as they are now, after reviewing them'
        }
        &'crmfile;help;recipients;list'= {
        }
        &'crmfile;help;recipients;add'= {
        }
        &'crmfile;help;recipients;remove'= {
        }
        &'crmfile;help;recipients;trust'= {
        }
        &'crmfile;help;reencrypt'= {
        }
        &'crmfile;help;accept'= {
        }
        &'crmfile;help;git-setup'= {
        }
        &'crmfile;help;cat'= {
        }
        &'crmfile;help;merge-driver'= {
        }
        &'crmfile;help;schema'= {
        }
        &'crmfile;help;completions'= {
        }
        &'crmfile;help;man'= {
        }
        &'crmfile;help;generate'= {
        }
        &'crmfile;help;help'= {
        }
    ]
    $completions[$command]
}
