### crmfile's messages in English: the reference catalog. Every message here must also be
### in i18n/zh-CN/crmfile.ftl (a test compares them). The English help of commands and
### flags is the doc comments in src/; only other languages carry `help-*` messages.

## clap's own words, for help in other languages

clap-usage = Usage:
clap-commands = Commands
clap-arguments = Arguments
clap-options = Options
clap-help = Print help
clap-version = Print version
clap-help-command = Print this message or the help of the given subcommand(s)
clap-default = [default: {$value}]
clap-possible-values = [possible values: {$values}]
clap-env = [env: {$name}]
clap-values-described = Possible values:
clap-aliases = [aliases: {$aliases}]

## Errors

error-unknown-lang = `{$lang}` is not a language crmfile speaks: en, zh-CN

## Enumerated values as tables and text reports show them (files keep the English name)

enum-kind-person = person
enum-kind-company = company
enum-tier-strategic = strategic
enum-tier-important = important
enum-tier-general = general
enum-tier-potential = potential
enum-lifecycle-potential = potential
enum-lifecycle-new = new
enum-lifecycle-active = active
enum-lifecycle-loyal = loyal
enum-lifecycle-dormant = dormant
enum-lifecycle-churned = churned
enum-stage-red = red
enum-stage-yellow = yellow
enum-stage-green = green
enum-stage-rotten = rotten
enum-channel-phone = phone
enum-channel-email = email
enum-channel-meeting = meeting
enum-channel-visit = visit
enum-channel-wechat = wechat
enum-channel-qq = qq
enum-channel-sms = sms
enum-channel-other = other
enum-direction-inbound = inbound
enum-direction-outbound = outbound
enum-feedbackkind-complaint = complaint
enum-feedbackkind-suggestion = suggestion
enum-feedbackkind-praise = praise
enum-feedbackkind-survey = survey
enum-feedbackstatus-open = open
enum-feedbackstatus-resolved = resolved
enum-feedbackstatus-in-progress = in progress
enum-feedbackstatus-callback-done = called back
enum-role-referrer = referrer
enum-role-decision-maker = decision-maker
enum-role-sign-off = sign-off
enum-role-other = other

## Status-line labels and common errors

label-error = error:
label-caused-by = caused by:
label-hint = hint:
table-none = (none)
error-write-stdout = cannot write to standard output
error-write-csv = cannot write CSV
error-format-not-here = --format {$format} does not apply here
hint-formats = this command writes: {$formats}
error-files-unreadable = {$count} record file(s) could not be read
hint-run-audit = `crmfile audit` lists every problem with a fix
error-report-unreadable = {$count} record file(s) could not be read and are not counted

## Table headers (CSV headers are machine names and never change)

col-id = id
col-name = name
col-company = company
col-phone = phone
col-email = email
col-tier = tier
col-owner = owner
col-tags = tags
col-customers = customers
col-contacts = contacts
col-revenue = revenue
col-month = month

## report, as text and as HTML

report-summary = {$customers} customers, as of {$today}; activity since {$since}
report-by-tier = Customers by tier
report-by-lifecycle = Customers by lifecycle
report-by-stage = Customers by pipeline stage
report-revenue-by-tier-in = Revenue by tier, last 12 months ({$currency})
report-revenue-by-tier = Revenue by tier, last 12 months
report-revenue-by-month = Revenue by month
report-revenue-by-month-12 = Revenue by month, last 12 months
report-no-base = no base to compare
report-trend-percent = {$percent}% (last 3 months vs the 3 before)
report-trend = trend {$trend}
report-top-customers = Top customers, last 12 months
report-contacts-by-owner = Contacts by owner since {$since}
report-contacts-by-channel = Contacts by channel since {$since}
report-no-ratings = no ratings
report-rating-of-5 = {$rating} of 5 ({$ratings} ratings)
report-satisfaction = Satisfaction since {$since}
report-complaints = complaints opened {$opened}, resolved {$resolved}, called back {$callbacks}, open now {$open_now}; average rating (feedback and callbacks) {$rating}
report-overdue = Overdue for follow-up:
html-title = crmfile report
html-heading = Customer report
html-subtitle = {$customers} customers · as of {$today} · activity since {$since} · amounts in {$currency}
html-at-a-glance = At a glance
html-customers = customers
html-overdue = overdue follow-ups
html-trend = revenue trend
html-average-rating = average rating
html-complaints-opened = complaints opened
html-complaints-resolved = complaints resolved
html-complaints-open-now = complaints open now
html-complaints-called-back = complaints called back
html-average-rating-of = average rating ({$ratings} ratings)
col-lifecycle = lifecycle
col-rfm = rfm
col-date = date
col-kind = kind
col-detail = detail
col-field = field
col-value = value
col-role = role
col-birthday = birthday
col-label = label
col-product = product
col-qty = qty
col-amount = amount
col-payment = payment
col-due = due
col-for = for
col-method = method
col-ref = ref
col-handler = handler
col-resolution = resolution
col-callback = callback
col-at = at
col-channel = channel
col-purpose = purpose
col-scope = scope
col-evidence = evidence
col-by = by
col-summary = summary
col-outcome = outcome
col-next = next
col-rating = rating
col-status = status
col-text = text
col-severity = severity
col-code = code
col-finding = finding
col-fix = fix
col-user = user
col-command = command
col-read = read
col-written = written
col-ids = ids

## show: the sections after the fields

show-key-people = key people
show-dates = dates
show-transactions = transactions
show-contacts = contacts
show-feedback = feedback
show-payments = payments
show-attachments = attachments
col-file = file
col-size = bytes
col-added = added
show-consents = consents
show-balance = balance
show-credit = credit on account
show-overdue = overdue
show-paid = paid
error-set-name-empty = name must not be empty
error-set-kind-empty = kind must be person or company
warn-classify-foreign = {$count} transaction(s) not in {$currency} were left out of the sums (crmfile does not convert currencies)
show-yes = yes
show-credited = credited to the account
show-paid-back = paid back
show-due-over-limit = {$date} (over limit)
show-status-due = {$status}, due {$date}
show-status-on = {$status} {$date}
show-callback-done = called back {$date}: {$note}
show-callback-due = call back by {$date}

## remind

remind-overdue = {$date} overdue
error-remind-unreadable = {$count} record file(s) could not be read: their reminders are missing
enum-due-follow-up = follow-up
enum-due-birthday = birthday
enum-due-anniversary = anniversary
enum-due-greeting = greeting
enum-due-complaint = complaint
enum-due-callback = callback
enum-due-payment = payment
enum-due-review = review

## classify

classify-status = {$customers} customers; { $dry_run ->
        [true] would change
       *[false] changed
    } {$changed}; tiers: {$tiers}; lifecycle: {$lifecycles}
error-not-classified = {$count} record(s) could not be classified

## audit

enum-severity-error = error
enum-severity-warning = warning
enum-severity-info = info

## I/O on a named path (Error::io)

io-open-lock-file = cannot open lock file {$path}
io-lock = cannot lock {$path}
io-read = cannot read {$path}
io-repair = cannot cut the torn last line off {$path}
io-open-store = cannot open store {$path}
io-open = cannot open {$path}
io-write = cannot write {$path}
io-create-folder = cannot create folder {$path}
io-create-a-temporary-file-in = cannot create a temporary file in {$path}
io-sync = cannot sync {$path}
io-create = cannot create {$path}
io-replace = cannot replace {$path}
io-sync-folder = cannot sync folder {$path}
io-create-a-private-copy-in = cannot create a private copy in {$path}
io-delete = cannot delete {$path}
io-read-passphrase-file = cannot read passphrase file {$path}
io-find = cannot find {$path}

## Finding the store and the customer; shared checks

label-warning = warning:
error-current-folder = cannot read the current folder
error-bad-now = CRMFILE_NOW=`{$text}` is not an RFC 3339 date-time
error-no-match = no customer matches `{$query}`
hint-no-match = list customers with `crmfile find`, or search a part of the name, phone or email
error-ambiguous = `{$query}` matches {$count} customers:
error-ambiguous-more = … and {$count} more
hint-ambiguous = name the customer by id, or use a longer query
error-many-not-for-you = {$count} records are not encrypted to your identity
hint-not-for-you = it is not encrypted to a key in {$identity}; ask someone who can read it to add your public key with `crmfile recipients add`
error-invalid-nothing-written = {$id} would not be valid; nothing was written
warn-access-not-logged = {$error}; the access was not logged
error-recipients-changed = {$file} changed since you last trusted it; nothing was written
cause-unreviewed-keys = records would be encrypted to keys you have not reviewed
hint-review-recipients = review it with `crmfile recipients list`, then run `crmfile recipients trust`
status-trusting = trusting the {$count} recipients file(s) of this store as they are now
warn-recipients-changed = {$file} changed since you last trusted it; review it and run `crmfile recipients trust`
error-recipients-first-use = this store has not been trusted on this machine: {$file} was never reviewed here; nothing was written
cause-recipient-key = key: {$key}
hint-trust-first-use = check every key above belongs to your team, then run `crmfile recipients trust`
warn-recipients-first-use = {$file} of this store has not been trusted on this machine; review it with `crmfile recipients list`, then run `crmfile recipients trust` before writing
recipients-first-use = not yet trusted here
warn-no-git-drivers = this store is in git but crmfile's diff and merge drivers are not set up; run `crmfile git-setup`
status-merge-under-way = a git merge is under way: not committing; commit the merge when it is settled
error-cannot-ask = cannot ask for the {$what}
hint-passphrase-file = run at a terminal, or set CRMFILE_PASSPHRASE_FILE to a file holding the passphrase
error-not-a-store = {$dir} is not a crmfile store
cause-does-not-exist = {$path} does not exist
hint-init-store = create one with `crmfile init {$dir}`
error-no-store = no crmfile store in {$dir} or any folder above it
hint-no-store = pass --store DIR, set CRMFILE_STORE, or create a store with `crmfile init`
error-bad-config = {$path} is not a valid config
error-bad-folder = --folder {$folder}: not a plain sub-folder of the store
error-folder-symlink = --folder {$folder} is or passes through a symbolic link, which could lead outside the store
hint-bad-folder = use a relative path without `..` or hidden parts, e.g. --folder vip

## Keys and encryption

error-read-identity = cannot read identity file {$path}
hint-identity = pass --identity FILE, set CRMFILE_IDENTITY, or run `crmfile init` to create one
error-identity-too-large = identity file {$path} is too large to be an identity
error-erasure-key-locked = your identity cannot open .crmfile/erasure-key.age, so no tombstone can be written
hint-erasure-key-locked = ask a member who can open it to run the erasure; the key is sealed to the recipients the store had when it was made
warn-erasures-locked = your identity cannot open .crmfile/erasure-key.age: erased customers are not checked
error-identity-permissions = identity file {$path} can be read or changed by others (mode {$mode}); it is not used
hint-identity-permissions = make it private: chmod 600 {$path}
error-identity-unusable = identity file {$path} is not usable
hint-identity-format = an identity file holds AGE-SECRET-KEY-1… lines, or is an OpenSSH private key
error-wrong-passphrase = wrong passphrase for identity file {$path}
error-wrong-ssh-passphrase = wrong passphrase for SSH key {$path}
error-bad-age-recipient = {$path}:{$line}: not a valid age recipient
error-bad-ssh-recipient = {$path}:{$line}: not a usable SSH recipient
error-not-a-recipient = {$path}:{$line}: not a recipient
hint-recipients-format = a recipients file holds age1… or ssh-ed25519/ssh-rsa public keys, one per line
error-no-recipient = {$path} lists no recipient
hint-add-recipient = add a public key with `crmfile recipients add KEY`, or write one into the file
error-cannot-encrypt-to = cannot encrypt to these recipients
error-encryption-failed = encryption failed

## add

error-read-json-stdin = cannot read JSON from stdin
error-stdin-empty = --json -: stdin is empty
hint-pipe-json = pipe one JSON object, or one per line
what-stdin = stdin
what-stdin-line = stdin line {$line}
what-new-customer = the new customer
error-not-json-detail = not JSON: {$detail}
error-json-stdin-only = --json {$value}: only `-` (stdin) is supported
error-not-valid = {$what} is not valid
warn-dedup-unreadable = {$count} record file(s) could not be read: the duplicate check did not cover them
error-duplicate = {$what} looks like a duplicate of {$other} ({$key})
dedup-same-phone = same phone
dedup-same-email = same email
dedup-same-name-company = same name and company
dedup-same-ref = same customer number
dedup-same-name-only = same name, and nothing else to tell them apart
hint-duplicate = see it with `crmfile show {$other}`; add anyway with --force
error-matches-erased = {$what} matches customer {$id} erased on {$date} ({$reason})
hint-erased-consent = add them again only with their consent, with --force
error-records-not-added = {$count} of the records were not added
hint-fix-lines-add = fix the lines named above and add them again
error-not-an-object = a record must be a JSON object
error-not-a-record = not a valid record
error-unknown-fields = unknown field(s): {$fields}
hint-see-schema = see `crmfile schema` for the fields of a record

## init

error-already-a-store = {$dir} is already a crmfile store
hint-already-a-store = change its recipients with `crmfile recipients`, its settings in .crmfile/config.toml
error-already-exists = {$path} already exists
hint-remove-or-elsewhere = remove it, or make the store in another folder
status-store-created = created a crmfile store in {$dir}
status-recipient = recipient: {$key}
error-no-public-key = cannot tell the public key of {$path}
hint-pass-recipient = pass it with --recipient (for an SSH key: the line of its .pub file)
status-identity-created = created identity {$path} (keep it safe: it is the only way to read the store)
status-public-key = public key: {$key}
error-new-identity-passphrase = a new identity has no passphrase

## log-contact, log-purchase, log-feedback, add-person, add-date: one customer or NDJSON

error-read-ndjson-stdin = cannot read NDJSON from stdin
hint-pipe-ndjson = pipe one JSON object per line
error-at-line = line {$line}: {$error}
error-line-no-customer = line {$line}: no customer has id or ref `{$key}`
cause-lines-not-written = lines {$lines} were not written
status-entries-written = {$entries} entries written to {$customers} customers
error-lines-not-written = {$count} line(s) were not written
hint-fix-lines-send = fix the lines named above and send them again
error-customer-and-json = give a customer or --json -, not both
error-customer-or-json = name a customer (id or query), or pass --json - to read entries from stdin

## edit

error-no-memory-folder = no memory-backed folder to hold the decrypted copy (/dev/shm, $XDG_RUNTIME_DIR)
hint-no-memory-folder = crmfile will not write a decrypted record to disk; use `crmfile set` instead, or name a folder with `--unsafe-copy-dir` if you accept the risk
warn-copy-not-in-memory = {$dir} is not memory-backed: the decrypted copy may reach the disk and survive a crash
warn-stale-copy-removed = removed a decrypted edit copy a killed `crmfile edit` left behind: {$path}
status-editing-raw = {$file} does not parse; opening its text as it is, so you can fix it
error-keep-copy = cannot keep the private copy
error-start-editor = cannot start the editor
hint-set-editor = set $EDITOR
error-editor-failed = the editor exited with status {$code}; nothing was written
error-editor-killed = the editor was stopped by a signal; nothing was written
status-nothing-changed = {$id}: nothing changed
hint-edit-again = nothing was written; run `crmfile edit` again
ask-reopen-editor = reopen the editor to fix it? [Y/n]
error-edit-abandoned = edit abandoned; nothing was written
error-edited-record = the edited record {$problem}
error-id-changed = the id cannot change (it was {$id})
error-edited-invalid = the edited record is not valid

## Writing records

error-serialize-record = cannot serialize record
error-calendar-read-back = a customer kept for the calendar could not be read back
error-refuse-write-problem = refusing to write {$id}: the record {$problem}
error-refuse-write-size = refusing to write {$id}: it would be {$size} bytes, over the {$limit}-byte limit for a record
hint-long-texts = keep long texts (documents, notes) outside the archive
error-refuse-write-unreadable = refusing to write {$path}: none of your identities could open it again
cause-no-own-key = {$recipients} does not list a public key of {$identity}
hint-add-own-key = add your public key to that recipients file (or, with a command that takes it, --force if this is intended)

## merge-driver (our, their and base are the sides of a git merge)

error-side-too-large = {$side} version is too large to be a record
error-side-problem = {$side} version {$problem}
error-side-not-text = {$side} version is not text
error-side-not-toml = {$side} version is not valid TOML
error-side-empty = {$side} version is empty
error-merge-no-shared-key = the two sides of the merge share no key in {$path}
warn-merge-sealed-to-shared = {$path}: sealed to the {$count} key(s) both sides list; run `crmfile reencrypt` after the merge
error-merging = merging {$path}: {$error}
error-write-merged = cannot write the merged record
error-merged-record = the merged record {$problem}
hint-merge-by-hand = merge this file by hand with `crmfile edit`
warn-merge-conflict = {$path}: both sides changed {$field}; kept ours, theirs is under [conflicts]

## log-purchase

error-amount-required = --amount is required
error-amount-not-decimal = --amount: `{$text}` is not a decimal number like 25800.00
error-limit-negative = `{$text}` is below zero: a credit limit is zero or more
error-not-an-amount = `{$text}` is not an amount like 100000, 10万 or ¥1,000
error-amount-negative = --amount {$text}: a negative amount is a refund
hint-refund = say so with --refund (the amount may then be given as positive)
error-amount-zero = --amount: a transaction of 0 records nothing
error-currency = --currency: `{$currency}` is not a code like CNY or USD
error-quantity = --quantity: must be at least 1

## reencrypt, recipients, merge: confirmation

error-not-in-store = {$path} is not inside the store
error-store-locked = the store is busy: another writer held its lock for {$seconds} s ({$holder})
lock-holder = pid {$pid}, crmfile {$command}, since {$since}
hint-store-locked = try again when it has finished, or wait longer with --wait SECONDS
lock-holder-unknown = holder unknown
status-tx-already = {$count} purchase(s) already recorded (same order number, or same date, product, quantity and amount) were not added again
error-sync-folder = could not make the writes in {$path} durable
error-changed-meanwhile = {$id} was changed by someone else while you were asked; nothing was written
hint-run-again = run the command again to see the change and be asked again
status-reencrypted = re-encrypted {$count} record(s)
error-not-reencrypted = {$count} record(s) could not be re-encrypted
hint-not-reencrypted = they stay encrypted to the old recipients; see the errors above
error-confirm-yes = {$question}: pass --yes to confirm when not at a terminal
ask-yes-no = [y/N]
error-read-answer = cannot read the answer
error-nothing-changed = nothing was changed
recipients-trusted = trusted
recipients-changed = CHANGED since you trusted it
recipients-you = (you)
error-key-listed = {$file} already lists that key
error-key-not-listed = {$file} does not list that key
hint-list-keys = see the keys with `crmfile recipients list`
error-last-recipient = refusing to remove the last recipient: nobody could read the records
error-own-key = refusing to remove your own key: you could no longer read these records
hint-own-key = ask another recipient to remove you
ask-change-recipients = {$verb} the key in {$file} and re-encrypt the {$records} record(s) it covers to {$recipients} recipient(s)?
warn-readers-lose = {$folder} gets recipients of its own: {$readers} can read it now and will not after this (--inherit keeps them)
error-not-a-reader = you do not read what {$file} covers, so you cannot change who does (its records could not be re-encrypted)
hint-not-a-reader = ask one of its readers: `crmfile recipients list` names them
error-no-file-changed = no recipients file changed
error-some-not-yours = {$count} recipients file(s) that list the key are not yours to change: it still reads what they cover
warn-removed-key-history = the removed key can still decrypt every version it could read before, including old git history; see the README ("Removing someone") for how to rewrite history when the law requires it
status-all-trusted = every recipients file is trusted as it is
ask-trust = trust these recipients (records written from now on are encrypted to them)?

## merge

error-serialize = cannot serialize {$id}
error-cannot-merge = cannot merge
error-same-customer = `{$keep}` and `{$dup}` are the same customer ({$id})
error-merged-invalid = the merged record would not be valid: {$problem}
hint-fix-first = fix one of the two with `crmfile set` first
ask-fold = fold {$dup} ({$dup_name}) into {$keep} ({$keep_name}) and delete {$dup}?
status-folded = {$dup} folded into {$keep}

## Other commands

error-run-git = cannot run git
error-git-config = `git config --local {$key}` failed
error-autocommit = git.autocommit: the commit failed; the records were written
hint-autocommit = commit them by hand, or fix what git says (e.g. set user.name and user.email)
error-no-feedback = {$id} has no feedback entry {$entry}
hint-show-feedback = list its feedback with `crmfile show {$id}`
error-already-resolved = {$entry} of {$id} is already resolved
hint-callback = to record the callback (回访) after resolution: crmfile resolve {$id} {$entry} --callback --note "…"
error-callback-not-resolved = {$entry} is {$status}: resolve it before the callback
error-resolved-before = --date {$date}: before the feedback itself ({$feedback})
error-callback-before = --date {$date}: before the resolution ({$resolved})
error-already-called-back = {$entry} was already called back on {$date}
error-not-a-time = --at: `{$text}` is not a time
error-required = {$flag} is required
error-too-large = {$path} is too large to be a record
error-file-problem = {$path} {$problem}
error-not-text = {$path} does not decrypt to text
error-damaged = {$path} is damaged
hint-trust-again = remove it and trust each store again with `crmfile recipients trust`
error-save-trust = cannot save trusted recipients
error-write-access-log = cannot write the access log
error-rating = --rating: {$rating} is not from 1 to 5
error-rating-value = `{$text}` is not a rating from 1 to 5 (5, 五, 五星)
error-export-format = export needs --format
hint-export-format = csv, json, ndjson, vcard or ics
error-not-a-field = --fields: `{$field}` is not a field here
error-export-unreadable = {$count} record file(s) could not be read and are not in the export
error-history-no-git = --history: the store is not in a git work tree
hint-drop-history = drop --history
error-reason-required = --reason must say why the customer is erased
status-erased = {$id} erased; a tombstone is in .crmfile/erasures.toml
warn-erased-copies = copies made before stay as they are: git history still holds the encrypted record, and so do clones and backups; see the README ("Removing someone") to rewrite history
error-write-erasures = cannot write erasures
error-completion-utf8 = completion script is not UTF-8
error-render-man = cannot render the man page
error-man-utf8 = man page is not UTF-8
error-too-far = --within {$within}: too far ahead
error-not-in-git = {$path} is not in a git work tree
hint-git-init = run `git init` in the store first
status-git-setup = git will now show decrypted diffs and merge records structurally; commit .gitattributes
error-bad-tag = `{$change}` is not +TAG or -TAG
hint-tag = a tag is one word, e.g. +vip
warn-no-tag = {$id} has no tag `{$tag}`
hint-set-help = see `crmfile set --help` for the fields
status-updated = {$id}: updated
error-no-recipients-file = no {$file} in {$folder} or above it in the store
hint-recipients-file = every store needs a .age-recipients file at its root; see `crmfile init`

## import (unit is "line" or "card", a vCard)

error-read-stdin = cannot read stdin
error-input-too-large = {$path} is larger than {$mib} MiB
error-empty-input = {$path}: nothing to import (empty input)
error-bad-map = --map {$map}: not COLUMN=FIELD
error-too-many-columns = the CSV has {$count} columns; at most 1000 are read
error-no-name-column = the sheet has no name column (姓名/名称/name)
hint-map-name = name it with --map COLUMN=name
warn-unmapped = columns not imported: {$columns} (map them with --map COLUMN=FIELD)
warn-unmapped-keys = keys not imported: {$keys} (map them with --map KEY=FIELD)
warn-same-field = {$names} all fill {$field}: only the last one is taken (map one elsewhere with --map)
error-due-before-date = due: {$due} is before the purchase date {$date}
error-over-limit-value = over_limit: `{$value}` is not true or false
error-bad-csv = line {$line}: not valid CSV
cause-row-too-long = it has {$cells} cells and the header {$columns}: a comma not in quotes? Put the cell in quotes or give the column a header
warn-short-rows = {$count} row(s) have fewer cells than the header, read as far as they go (rows {$rows})
vcard-not-content-line = not a vCard content line (NAME:value)
vcard-begin-in-card = BEGIN:VCARD before the card above it ended
vcard-end-alone = END:VCARD without BEGIN:VCARD
vcard-no-end = the file ends before END:VCARD
vcard-bad-quoted-printable = {$property}: not valid quoted-printable
vcard-unknown-charset = {$property}: unknown CHARSET {$charset}
vcard-not-charset = {$property}: not valid {$charset} text
vcard-problem-at = line {$line}: {$reason}
error-not-utf8 = the input is not UTF-8
error-encoding-malformed = not valid {$encoding} text (line {$line})
error-decode = {$path}: {$error}
hint-encoding = name the file's encoding with --encoding utf-8, utf-16le, utf-16be, gbk or gb18030
warn-encoding-guess = {$path} was read as {$encoding}, a guess; if names look garbled, name the encoding with --encoding (utf-8, utf-16le, utf-16be, gbk, gb18030)
vcard-no-year = no year: crmfile keeps whole dates
vcard-department = department
warn-update-kept = { $unit ->
        [card] card {$line}
        [row] row {$line}
       *[line] line {$line}
    }: {$id} kept its own {$fields}; the file's differ and were not taken (change them with `crmfile set {$id} FIELD=VALUE`)
warn-update-kept-count = { $unit ->
        [card] {$count} card(s)
        [row] {$count} row(s)
       *[line] {$count} line(s)
    } held values that differ from the record's: the record's were kept (see above)
warn-vcard-unread = card properties not imported: {$properties}
warn-kept = columns kept under extra.imported: {$columns}
import-mapping = column → field:
import-mapping-column = {"  "}{$column} → {$field}
import-mapping-none = {"  "}{$column} → (not imported)
import-photos = { $count ->
        [one] 1 photo in the cards was skipped
       *[other] {$count} photos in the cards were skipped
    } (crmfile keeps no photos)
error-not-json-object = not a JSON object
error-import-format = import needs --format csv, xlsx, vcard or ndjson
error-unit = {$unit} {$line}: {$error}
hint-skipped = skipped
error-unit-erased = {$unit} {$line}: matches customer {$id} erased on {$date}
hint-import-consent = import it with --force only with consent
error-unit-duplicate = {$unit} {$line}: likely duplicate of {$other}
import-summary = {$new} new, {$updated} updated, {$duplicates} duplicate{ $skipped ->
        [true] {" "}(skipped)
       *[false] {""}
    }, {$invalid} invalid
status-dry-run = dry run, nothing written: {$summary}
status-imported = imported: {$summary}
error-units-not-imported = {$count} {$unit}(s) were not imported
hint-import-again = fix them and import those again
error-not-written = {$count} record(s) could not be written
error-import-tx-format = import needs --format csv, xlsx or ndjson
error-no-customer-column = the csv has no column naming the customer by {$by}
hint-map-customer = name it with --map COLUMN=customer
error-import-tx-reads = import transactions reads --format csv or ndjson
error-no-customer-by = no customer with {$by} `{$key}`
error-several-customers-by = {$count} customers have this {$by}; not imported
match-by-ref = ref
match-by-id = id
match-by-phone = phone
match-by-email = email
match-by-company = company
import-tx-summary = {$entries} transactions for {$customers} customers, {$bad} rows not imported
status-imported-tx = imported {$summary}
error-rows-not-imported = {$count} row(s) were not imported
error-missing = {$field} is missing
error-amount-not-number = amount: `{$text}` is not a decimal number
error-quantity-not-number = quantity: `{$text}` is not a whole number from 1

## audit

status-fixed = fixed: {$fix}
status-audit = {$records} records checked: {$counts}

## Dates, fields and values typed by people

error-json-list = {$path} starts as a JSON list but is not valid JSON
error-map-no-column = --map {$column}=…: the file has no column {$column}; its columns: {$columns}
error-map-sheets-only = --map names a spreadsheet's columns (CSV, xlsx); NDJSON and vCard records name their own fields
hint-map-fields = a dotted field as `crmfile set --help` lists them (contact.phones, preferences.notes), or extra.NAME
error-map-not-a-field = --map …={$field}: {$field} is no field crmfile has
reject-total-row = a total line of the sheet, not a customer: left out
error-date-needs-year = {$text}: a birthday needs its year (1985-03-05); one in the Chinese calendar may leave it out (农历三月初五)
error-date-years = `{$text}` is outside the years 0001 to 9999
error-not-a-date = `{$text}` is not a date: use YYYY-MM-DD, today, tomorrow, yesterday, +3d, -1w, 2w, 3m, a weekday (friday), eom or eoy, or Chinese (12月1日, 周五, 下周一, 月底)
error-date-calendar = `{$text}` is outside the calendar
error-not-assignment = `{$text}` is not FIELD=VALUE
error-no-field-named = `{$text}` names no field
error-not-in-list = none of `{$value}` is in the list
error-not-a-list = {$field} is not a list: use {$field}=VALUE
error-pin = class.pin: `{$value}` is not true or false
error-not-condition = `{$text}` is not FIELD=VALUE, FIELD!=VALUE or FIELD~TEXT
error-not-field = `{$field}` is not a field
error-not-settable = `{$field}` is not a field that can be set; fields: {$fields}
status-birthday-replaced = the birthday it had ({$old}) is replaced: a birthday is kept in one calendar (set lunar_birthday to keep both)
error-not-one-of = `{$text}` is not one of: {$values}

## remind: the detail of a reminder (JSON and iCalendar keep the English one)

due-next-step = next step set
due-next-step-text = next step: {$text}
due-cadence-last = {$every}, last contact {$last}
due-cadence-never = {$every}, never contacted
# A cadence as an interval; $unit is d, w, m or y.
span-every = { $unit ->
   *[other] every {$count}{$unit}
}
due-turns = turns {$age}
due-birthday = birthday
due-person-turns = {$name} ({$role}) turns {$age}
due-person-birthday = {$name} ({$role}) birthday
due-anniversary = {$label} ({$years} years)
due-complaint = open since {$since}: {$text}
due-complaint-handler = {$status} since {$since}, handler {$handler}: {$text}
due-callback = call back: resolved {$resolved}, handler {$handler}
due-payment = {$currency} {$open} owed for the purchase of {$date} ({$id})

## Why a record file could not be used (audit's JSON keeps the English)

problem-unreadable = cannot be read: {$error}
problem-too-large = is {$size} bytes, over the {$limit}-byte limit for a record
problem-not-utf8 = decrypts to something that is not UTF-8 text
problem-not-toml = is not valid TOML: {$error}
problem-schema = fails the record schema: {$error}
problem-newer = is in record format {$format}, which this crmfile (format {$reads}) does not read: a newer crmfile wrote it
problem-at = line {$line}, column {$column}: {$reason}
problem-id-mismatch = holds an id that is not its file name
problem-symlink = is a symbolic link (not followed)
problem-not-for-you = not encrypted to your identity
problem-damaged = damaged: {$why}
cause-identity-bad-ssh = not an SSH private key crmfile can read
cause-identity-ssh-type = an SSH key of a type age does not support ({$kind}); use ed25519 or RSA
cause-identity-empty = it holds no identity
problem-missing = missing: the file is not there
damage-bad-header = not a valid age file (bad header)
damage-header-altered = the header was altered (MAC mismatch)
damage-payload-altered = the payload was altered or truncated
damage-truncated = the payload is truncated
damage-unreadable = cannot be read ({$why})

## Record validation (audit's JSON keeps the English)

invalid-phone = `{$text}` is not a phone number
invalid-phone-international = `{$text}`: an international number has 7 to 15 digits
invalid-phone-cn-digits = `{$text}`: a Chinese mobile number has 11 digits starting 13-19
invalid-phone-cn-prefix = `{$text}`: a Chinese mobile number starts 13-19
invalid-email = `{$text}` is not an email address
invalid-schema = record format {$schema} is not supported (this crmfile reads {$supported})
invalid-id = `{$id}` is not a customer id (c- and 8 characters)
invalid-empty = must not be empty
invalid-tag = `{$tag}`: a tag is one word, without spaces, commas or semicolons
invalid-list-item = `{$item}` holds a list separator (, ; 、): a sheet of the list would read it back as more than one item; write it without one
invalid-rfm = `{$rfm}` is not three scores 1-5
invalid-updated = is before `created`
invalid-entry-id = `{$id}` is not a well-formed entry id
invalid-entry-id-twice = entry id `{$id}` appears twice
invalid-currency = `{$currency}` is not a currency code like CNY
invalid-quantity = must be at least 1
invalid-payment-amount = a payment must be more than zero
invalid-sha256 = attachment {$id}: sha256 is not 64 lower-case hex digits
invalid-link = `{$id}` is not another customer's id
invalid-link-twice = links to {$id} twice (one relation per pair of customers)
invalid-payment-for = names purchase {$id}, which the record does not have
invalid-credit-limit = must not be negative
invalid-credit-rating = `{$rating}` is not one of the store's credit ratings ({$ratings})
invalid-summary = entry {$id} has an empty summary
invalid-rating = {$rating} is not a rating from 1 to 5
clap-error-unknown-argument = unexpected argument '{$arg}' found
clap-error-unknown-command = unrecognized subcommand '{$command}'
clap-error-value-required = a value is required for '{$arg}' but none was supplied
clap-error-invalid-value = invalid value '{$value}' for '{$arg}'
clap-error-missing = the following required arguments were not provided: {$args}
clap-error-missing-command = a subcommand is required but one was not provided
clap-error-conflict = the argument '{$arg}' cannot be used with '{$other}'
clap-error-other = invalid arguments {$arg}
clap-error-did-you-mean = tip: a similar one exists: '{$suggestion}'
clap-error-try-help = For more information, try '--help'.

## .crmfile/config.toml

config-currency = currency `{$currency}` is not a code like CNY
config-field-name = fields.{$name}: a field name is letters, digits, _ and -
config-enum-values = fields.{$name}: an enum field needs `values`
config-unknown-metric = {$rule} (sets {$sets}): unknown metric `{$metric}`; metrics: {$known}
config-metric-bound = {$rule} (sets {$sets}): `{$metric}` needs a bound: lt, le, gt, ge or eq
ask-passphrase = passphrase for {$path}
ask-ssh-passphrase = passphrase for SSH key {$path}

## generate (demos and benchmarks)

error-count-zero = --count 0 makes nothing
status-generated = generated {$count} customers

## audit --fix, forget, identity files

fixed-stray = removed the stray temporary file {$path}
fixed-resealed = re-encrypted {$id} to its folder's recipients
fixed-phones = wrote the phone numbers of {$id} one way
ask-erase = permanently erase {$id} ({$name})?
identity-line-not-utf8 = line {$line} is not UTF-8
identity-line-not-age = line {$line} is not an age identity

## audit's findings (JSON keeps the English; the table shows these)

audit-hint-invalid-field = correct it with `crmfile set {$id} {$field}=…` or `crmfile edit {$id}`
audit-hint-invalid-id = give it a well-formed id: rename the file to `{$new}.toml.age` in its folder, then run `crmfile edit {$new}` and set `id = "{$new}"`
audit-no-contact-details = no phone, email, WeChat or QQ
audit-hint-no-contact-details = add one with `crmfile set {$id} contact.phones+=…`
audit-no-contact = no contact since {$since}, more than twice the {$cadence} cadence
audit-hint-no-contact = log one with `crmfile log-contact {$id} …`
audit-complaint-overdue = complaint {$entry} open since {$since}, past the {$sla} deadline
audit-hint-complaint-overdue = answer it, then `crmfile resolve {$id} {$entry}`
audit-over-credit-limit = owes {$currency} {$balance}, over the credit limit of {$currency} {$limit} ({$overdue} overdue)
audit-hint-over-credit-limit = collect payment (`crmfile remind --kind payment`), or review the limit: `crmfile set {$id} credit.limit=…`
audit-merge-conflict = a merge kept one of two values of {$field}; the other is under [conflicts]
audit-hint-merge-conflict = settle it with `crmfile set {$id} {$field}=…` or `crmfile edit {$id}`
audit-retention = no activity since {$last}, longer than retention.days = {$days}
audit-hint-retention = if it is no longer needed: `crmfile forget {$id} --reason retention`, or all such at once: `crmfile forget --expired`
audit-hint-not-for-you = ask a recipient of its folder to add your key (`crmfile recipients add`)
audit-hint-restore = restore it from git (`git checkout -- FILE`) or a backup
audit-hint-edit-or-restore = fix it with `crmfile edit {$id}` (it opens as text), or restore it from git
audit-hint-newer = update crmfile on this machine: a newer version wrote this record
audit-hint-rename = run `crmfile edit {$id}` and set `id = "{$id}"` (the file's name), or restore it from git
audit-hint-symlink = replace the link with the file it points to, or remove it
audit-hint-permissions = check the file's permissions
audit-duplicate-id = id {$id} is used by {$files}
audit-hint-duplicate-id = the same customer in two files (a move kept on both sides of a merge, a copy): read each with `crmfile cat FILE`, delete the one in the wrong folder (`git rm FILE`), then add what only it held with `crmfile set`
audit-erased-present = customer {$id} was erased on {$date}, and its file is in the store again (a merge or a checkout brought it back)
audit-hint-erased-present = erase it again: crmfile forget {$id} --reason "erased before, restored by git"
error-erased-present = {$path}: customer {$id} was erased, and its file is back (restored by git); it was left as it was
hint-erased-present = erase it again: crmfile forget {$id}, or git rm the file
audit-hint-erased-present-file = it is not encrypted to you, so remove its file: git rm {$path}
audit-erasures-unreadable = the tombstones of erased customers (.crmfile/erasures.toml) cannot be read: {$why}
audit-hint-erasures-unreadable = a git conflict in it? keep every tombstone of both sides, remove the conflict markers, and commit
audit-cannot-remove = {$path}: cannot remove: {$error}
audit-hint-remove-by-hand = remove it by hand
audit-stray-temp = {$path} was left by an interrupted write (it holds ciphertext only)
audit-hint-fix-removes = `crmfile audit --fix` removes it
audit-plaintext = {$path} may hold customer data in plaintext
audit-hint-plaintext = import it and delete it, or move it out of the store; check git history too
audit-symlink = {$path} is a symbolic link (never followed)
audit-hint-replace-link = replace it with a file or remove it
audit-identity-permissions = {$path} can be read by other users (mode {$mode})
audit-recipients-untrusted = {$file} changed since you last trusted it
audit-recipients-first-use = {$file} has not been trusted on this machine
audit-stale-edit-copy = a decrypted edit copy was left behind by a killed `crmfile edit`: {$path}
audit-hint-stale-edit-copy = `crmfile audit --fix` or the next `crmfile edit` removes it
fixed-stale-edit-copy = removed the decrypted edit copy {$path}
audit-hint-recipients-untrusted = review it with `crmfile recipients list`, then `crmfile recipients trust`
audit-recipients-mismatch = encrypted to {$count} key(s) while {$file} lists {$listed}
audit-hint-recipients-mismatch = `crmfile audit --fix` (or `crmfile reencrypt`) seals it to the current recipients
audit-hint-recipients-mismatch-unsealed = it carries no seal either (see `unsealed`): once checked, `crmfile accept {$id}` seals it to the current recipients
audit-phone-format = phone numbers are not written one way
audit-hint-phone-format = `crmfile audit --fix` rewrites them
audit-likely-duplicate = {$a} and {$b}: {$why}
audit-hint-likely-duplicate = if they are one customer: `crmfile merge {$a} {$b}`

## Custom fields ([fields] in config, extra.NAME in records)

extra-undeclared-named = extra.{$name} is not declared under [fields] in .crmfile/config.toml
extra-undeclared = is not declared under [fields] in .crmfile/config.toml
extra-not-int = extra.{$name}: `{$text}` is not a whole number
extra-not-decimal = extra.{$name}: `{$text}` is not a decimal number
extra-not-bool = extra.{$name}: `{$text}` is not true or false
extra-not-one-of = extra.{$name}: `{$value}` is not one of: {$values}
extra-wrong-type = not a valid {$kind} value
extra-pattern = extra.{$name}: `{$value}` does not match the pattern {$pattern}
extra-required = is required (see .crmfile/config.toml)

## Lengths of time (--within, follow_up.cadence)

error-not-a-span = `{$text}` is not a length of time (e.g. 14d, 2w, 1m, 1y)

## The team: members, folders as access levels, the shared access trail

error-bad-member-name = `{$name}` cannot be a member name
hint-member-name = use letters and digits (any script), `.`, `_` or `-`, not starting with `.` or `-`, at most 64 characters
error-bad-member-key = `{$key}` is not a public key
error-symlink-refused = {$path} is a symbolic link; crmfile does not follow it
error-save-team = cannot write the team file
error-unknown-member = no member named `{$name}` in .crmfile/team.toml
hint-member-list = `crmfile member list` shows the team; `crmfile member add NAME KEY` adds someone
error-not-key-no-team = `{$text}` is not a public key, and this store has no team to name members
hint-member-add = add the member first: `crmfile member add NAME age1…`
error-member-exists = `{$name}` is already a member
error-key-of-member = this key already belongs to member `{$name}`
recipients-new-file-comment = # Who can read this folder and the ones below it (see `crmfile recipients list`).
status-already-there = {$id} is already in that folder
error-move-target-exists = {$path} exists already; nothing was moved
status-moved = moved {$id} to {$folder}
status-member-added = added member {$name}
status-member-removed = removed member {$name}
ask-remove-member = remove {$name} from the team and from {$files} recipients file(s), re-encrypting the {$records} record(s) they could read?
col-member = member
col-you = you
col-folders = folders
col-key = key
col-folder = folder
col-records = records
col-state = state
col-readers = who can read
status-reencrypt-skipped = {$count} record(s) already sealed to their folder's recipients were left as they were
status-not-yours = {$count} record(s) in folders you cannot read were left out
warn-access-log-repaired = the access trail of {$member} ended in a torn line ({$bytes} bytes); it was cut off
audit-not-yours = {$count} record(s) are in folders whose recipients do not list you; they were not read
audit-hint-not-yours = nothing to do, unless you should read them: then ask someone who can to run `crmfile recipients add YOU --folder F`
audit-access-log-symlink = {$path} is a symbolic link, not an access trail
audit-access-log-torn = {$path} ends in a torn line (a write cut short)
audit-access-log-unreadable = {$path}: line {$line} is not an access entry
audit-access-log-chain = {$path}: line {$line} does not follow the line before it (a line was deleted, inserted or edited)
audit-hint-access-log-torn = the member's next command in the clone that wrote it cuts the torn line off
audit-hint-access-log-tampered = compare with git history (`git log -p -- .crmfile/access`) to see what changed
cause-not-yours-searched = {$count} record(s) in folders you cannot read were not searched
error-not-a-lunar-date = `{$text}` is not a lunar date: write 农历八月十五, 农历闰四月初八 or 1975-08-15
error-no-such-lunar-date = {$date} does not exist; nearest: {$nearest}
due-lunar-birthday = lunar birthday {$date}
due-lunar-turns = turns {$age} (lunar birthday {$date})
show-lunar-next = {$lunar} (next: {$date})
holiday-new-year = New Year's Day
holiday-spring-festival = Spring Festival
holiday-lantern = Lantern Festival
holiday-dragon-boat = Dragon Boat Festival
holiday-mid-autumn = Mid-Autumn Festival
holiday-double-ninth = Double Ninth Festival
holiday-national-day = National Day
due-greeting = greet before {$holiday}

## Credit, receivables and payments
config-credit-alias = credit.aliases: `{$alias}` stands for `{$rating}`, which is not one of credit.ratings ({$ratings})
error-terms = payment terms `{$text}` are not a number of days like 30
error-compare-text = `{$field}` is text: compare it with =, != or ~ (>, >=, <, <= are for numbers, amounts and dates)
error-compare-number = `{$field}`: `{$value}` is not a number or amount (like 100000, 10万, ¥2,000)
error-compare-date = `{$field}`: `{$value}` is not a date (like 2026-03-01, 2026年3月1日, today, -30d)
error-compare-either = `{$field}`: `{$value}` is neither a number nor a date
error-due-before = --due {$due} is before the purchase date {$date}
error-refund-due = --due is for a purchase on account: a refund is credited to the account on its date (or, with --paid, paid back)
error-refund-over-bought = a refund of {$currency} {$amount} is more than {$name} bought in all ({$currency} {$bought})
hint-refund-over-bought = check the amount; add --force to record it anyway (purchases made before the archive)
warn-refund-over-bought = recorded a refund of {$currency} {$amount}, more than {$name} bought in all ({$currency} {$bought})
warn-foreign-receivable = {$id} is in {$currency}: it is kept, but balances count {$store} only
warn-limit-not-checked = the credit limit ({$store} {$limit}) was not checked: it counts {$store} only
warn-date-ahead = {$flag} {$date} is after today ({$today}): recorded as given
error-over-limit = {$name} ({$id}) would owe {$currency} {$after}, over the credit limit of {$currency} {$limit} (owes {$balance} now, this purchase {$amount})
hint-over-limit = record a payment first (crmfile log-payment), raise the limit (crmfile set … credit.limit=…), or add --force to record it over the limit
warn-over-limit = recorded over the credit limit: {$name} ({$id}) owes {$currency} {$after}, limit {$currency} {$limit}
error-payment-positive = a payment of `{$text}` is not more than zero (a refund is `log-purchase --refund`)
error-not-purchase-id = --for `{$id}` is not a purchase id like t-3k9m2x7q
error-no-purchase = {$id} has no purchase {$entry}
error-purchase-not-open = {$entry} has nothing open to pay: it was paid on the spot, is a refund, or is paid off
hint-pay-oldest = leave out --for to pay the oldest open purchases; `crmfile show {$id}` lists them
hint-show-purchases = `crmfile show {$id}` lists its purchases with their ids
warn-credit-on-account = {$currency} {$extra} more than {$name} owed: kept as credit on account ({$currency} {$credit} in all), taken by the next purchases
status-balance = {$name} now owes {$currency} {$balance}, {$overdue} of it overdue
report-age-bucket = {$days} days
report-receivables-summary = {$currency} {$total} owed by {$customers} customers, {$overdue} of it overdue
report-receivables-title = Receivables on {$today}
report-aging = Owed by age (days since the purchase)
report-receivables-by-owner = By account manager
report-receivables-by-customer = By customer, most overdue first
report-overdue-more = … and {$count} more (--format json lists them all)
report-overdue-list = Overdue for follow-up
report-by-dimension = By {$field} (complaints and ratings since {$since}, revenue of the last 12 months in {$currency})
col-age = age
col-owed = owed
col-overdue = overdue
col-oldest-due = oldest due
col-new = new
col-churned = churned
col-complaints = complaints
col-open-complaints = open

## Retention
error-no-retention = no retention period is set: nothing can be past it
hint-no-retention = set `days` under `[retention]` in .crmfile/config.toml (1825 is five years)
reason-retention = retention period of {$days} days passed
error-expired-unreadable = {$count} records could not be read: nothing was erased (fix them, or move them aside, and run it again)
status-none-expired = no customer is past the retention period of {$days} days
status-expired = {$count} customers with no activity for more than {$days} days:
col-last-activity = last activity
ask-erase-expired = permanently erase these {$count} customers?
warn-no-longer-expired = {$id} changed since it was listed and is no longer past retention: kept
status-erased-count = erased {$count} customers
due-review = details last verified {$since}: check them with the customer, then `set … verified=today`
due-review-never = details never verified (record made {$since}): check them, then `set … verified=today`

## Consent
status-consent = {$name}: {$purpose} consent {$status} on {$date}
enum-purpose-service = service
enum-purpose-marketing = marketing
enum-purpose-profiling = profiling
enum-purpose-sharing = sharing with others
enum-purpose-other = other
enum-consentstatus-given = given
enum-consentstatus-withdrawn = withdrawn
audit-no-consent = has contact details but no consent given for {$purpose}, which the store's config requires
audit-hint-no-consent = record it once the customer agrees: `crmfile consent {$id} --purpose {$purpose} --given --evidence …`

## Links
error-link-self = {$id} cannot be linked to itself
error-not-linked = {$a} and {$b} are not linked
status-linked = linked: {$b} is {$a}'s {$relation}
status-unlinked = unlinked {$a} and {$b}
warn-links-not-mended = the links of these records to the removed one could not be mended (audit lists them): {$ids}
show-links = related customers
col-relation = relation
col-notes = notes
show-link-missing = (no such customer)
enum-relation-parent = parent company
enum-relation-branch = branch
enum-relation-supplier = supplier
enum-relation-buyer = buyer
enum-relation-partner = partner
enum-relation-referrer = referrer
enum-relation-referred = referred by them
enum-relation-competitor = competitor

## Calendar entries of `export --format ics`
ics-birthday = birthday: {$name}
ics-person-birthday = birthday: {$person} ({$role} of {$name})
ics-anniversary = {$label}: {$name}
ics-lunar-birthday = birthday: {$name} ({$date})
ics-follow-up = follow up: {$name} ({$id})
config-holiday-one-date = greetings.holidays: `{$name}` needs either date = "MM-DD" or lunar = "MM-DD"
config-holiday-date = greetings.holidays: `{$name}` has `{$text}`, not a day of the year like "06-18"
due-person-lunar-turns = {$name} ({$role}) turns {$age} (lunar birthday {$date})
due-person-lunar-birthday = {$name} ({$role}) lunar birthday {$date}

## Attachments
error-attachments-symlink = {$path} is a symbolic link: attachments are not written through links
error-attachment-too-large = the file is larger than attachments.max_mb = {$mb} MB: not attached
error-attach-symlink = {$path} is a symbolic link: attach the file it points to
error-attach-not-file = {$path} is not a file
cause-file-size = {$path} has {$size} bytes
error-no-attachment = {$id} has no attachment `{$which}`
hint-show-attachments = `crmfile show {$id}` lists its attachments with their ids
error-attachment-ambiguous = more than one attachment is `{$which}`
hint-attachment-by-id = name it by its id (a-…)
error-attachment-altered = attachment {$id} is not the file that was attached (size or SHA-256 differ): altered or damaged
status-attached = attached {$name} ({$size} bytes) to {$id}
status-detached = detached {$id} from {$customer}
error-output-in-store = --output {$path} is inside the store: a document in the clear must not be written there
cat-not-a-record = {$path} is a document kept with a customer: its contents are never shown
status-attachments-resealed = sealed {$count} attachments again to their folder's recipients
audit-attachment-missing = attachment {$entry} ({$name}) is listed but its file is missing
audit-hint-attachment-missing = restore the file from git (`git checkout -- {$file}`), or remove the entry: `crmfile detach {$id} {$entry}`
audit-attachment-altered = attachment {$entry} is not the file that was attached (size or SHA-256 differ)
audit-attachment-orphaned = attachment file {$entry} is listed by no record
audit-hint-attachment-orphaned = left by a record removed outside crmfile: delete it, or restore the record from git
col-reason = reason
col-line = line
col-card = card
col-vcard = vCard
reject-erased = matches customer {$id}, erased on {$date} (import with --force if they consented again)
reject-duplicate = likely the same customer as {$other}
status-rejects = {$count} not imported, with the reason, in {$path}
warn-handler-unknown = handler `{$name}` is not a member of the team ({$members}) nor the account manager: kept as typed
error-workbook = cannot read {$path} as a spreadsheet workbook
hint-workbook = save it from Excel as .xlsx (or as CSV), or pass --format csv if it is a CSV file
error-no-sheet = {$path} has no sheet named `{$sheet}`; its sheets: {$sheets}
error-empty-sheet = sheet `{$sheet}` of {$path} has no rows
import-first-sheet = reading sheet `{$sheet}`, the first of {$count} (--sheet NAME reads another)
import-map-company-kind = kind = company
import-map-contact-person = the company's contact person
import-title-rows = row(s) {$rows} above the header (row {$header}) taken for a title, not imported
warn-cells-past-header = {$count} row(s) have text in columns without a header, not imported (rows {$rows}); give those columns a header
hint-import-format = name the format with --format, or give the file its usual extension (.csv, .xlsx, .vcf, .ndjson)
sheet-rejects = not imported
error-write-xlsx = cannot write the workbook
import-by-reason = not imported, by reason: {$reasons}
reason-duplicate = duplicate
reason-erased = erased customer
hint-match-narrower = match these rows by a key each customer has alone (--match id, ref or phone), or add a column for it
error-xlsx-to-terminal = an Excel workbook is binary; send it to a file
hint-xlsx-to-terminal = crmfile export --format xlsx > customers.xlsx
sheet-customers = customers
sheet-contacts = contacts
sheet-transactions = transactions
sheet-feedback = feedback
sheet-payments = payments
ics-calendar-name = crmfile reminders
problem-forged = its seal does not match: it was not written by a member of this store, or it was altered since; do not trust it
audit-hint-forged = see who committed it (`git log -p -- FILE`); restore the last version a member wrote, or remove it
error-seal-key-link = {$path} is a link; the seal key is read only from a file in the store
error-seal-key-locked = this store's seal key is not sealed to your key: what you write could not be told from a stranger's
hint-seal-key-locked = ask a member who can write to run any write (for example `crmfile reencrypt`): the key is sealed again to every current recipient
error-seal-key-gone = this store had a seal key on this machine, and {$path} is gone: records can no longer be checked
hint-seal-key-gone = restore it from git (`git checkout -- .crmfile/seal-key.age`): the records are sealed with it
warn-seal-key-changed = this store's seal key is not the one this machine knew: records sealed with the old one will be refused; if a member changed it, review it and run `crmfile recipients trust`
error-unsealed-not-written = {$id} ({$path}) carries no seal from this store's members: it was written by hand with age or rage, or by someone outside the team; nothing was written
hint-unsealed-accept = check it (`crmfile show {$id}`, `git log -p -- {$path}`); if it is genuine, `crmfile accept {$id}` seals it as a member's record (`crmfile edit --accept {$id}` to repair it first); otherwise delete the file
error-accept-no-seal-key = this store's records cannot be checked for a seal with your key: it has no seal key, or the key is not sealed to you
hint-accept-no-seal-key = in a store without a seal key, `crmfile audit --fix` makes one and seals every record; a key not sealed to you is sealed to you by a member's `crmfile reencrypt`
error-accept-not-required = this store does not require seals yet: there is nothing to accept
hint-accept-not-required = `crmfile audit --fix` seals every record; from then on a record without a seal must be accepted
error-accept-invalid = {$id} is not a valid record: nothing was sealed
hint-accept-invalid = repair it and accept it in one step: `crmfile edit --accept {$id}`
ask-accept = accept {$id} ({$name}, {$path}; last changed {$updated} by {$by}, as the file says) as a member's record?
error-not-accepted = {$count} record(s) not accepted
status-accept-sealed = {$id} carries this store's seal: nothing to accept
status-accepted = accepted {$id} ({$name}): sealed as a member's record
warn-unsealed = {$count} record(s) carry no seal from this store's members (written with age or rage by hand, or by someone outside the team): {$files}; no command writes them until you check them and accept them (`crmfile accept ID`), or remove them
status-seal-key-made = made the store's seal key ({$path}): records written from now on are sealed; `crmfile audit --fix` seals the older ones
audit-unsealed = carries no seal from this store's members
audit-hint-unsealed = written before sealing began, or by hand with age or rage: `crmfile audit --fix` seals every such record and from then on flags any without a seal
audit-hint-unsealed-required = written by hand with age or rage, or by someone outside the team: check it (`crmfile show {$id}`, `git log -p`); if it is genuine, `crmfile accept {$id}` seals it; otherwise remove it. Until then no command writes it
fixed-sealed = sealed {$id}
fixed-seal-required = every record is sealed: from now on a record without a seal is flagged
audit-no-seal-key = this store has no seal key yet: a record written by anyone who knows its public keys cannot be told from a member's
audit-hint-no-seal-key = `crmfile audit --fix` makes the key and seals every record
warn-seal-key-locked = this store's seal key ({$path}) does not open with your key: records are read without checking their seals in this run
warn-seal-key-gone = this store had a seal key on this machine and {$path} is gone: records are read without checking their seals; restore it from git
error-seal-key-changed = this store's seal key is not the one this machine last saw: a member changed it, or an older copy was put back
error-side-unsealed = the {$side} side carries no seal where every record of this store is sealed: resolve it by hand after checking it
invalid-phone-unknown = `{$text}` is not a number in use in {$region}: a landline needs its area code (010 6275 1234), a number abroad its country code (+1 415 555 0100)
config-phone-region = phone_region: `{$region}` is not a region code (CN, HK, TW, US…)
enum-phonekind-mobile = mobile
enum-phonekind-work = work
enum-phonekind-home = home
enum-phonekind-fax = fax
enum-phonekind-other = other
invalid-phone-abroad = `{$text}` is not a number in use: check the country code and the digits

## serde's messages, for input read as JSON (import, --json)
serde-missing-field = missing field `{$field}`
serde-duplicate-field = duplicate field `{$field}`
serde-unknown-field = unknown field `{$field}`
serde-unknown-field-of = unknown field `{$field}`, expected one of: {$choices}
serde-syntax-eof = the line ends before the JSON does
serde-syntax-value = not a JSON value here
serde-syntax-trailing = more text after the JSON value
serde-syntax-key = an object's keys must be strings in double quotes
serde-syntax-escape = a backslash escape that JSON does not know
serde-syntax-number = a number JSON cannot hold
serde-syntax-control = a control character inside a string
serde-syntax-expected = {$token} expected here
serde-unknown-variant = `{$value}` is not one of: {$choices}
list-separator = {", "}
serde-invalid-type = invalid type: expected {$expected}, found {$found}
serde-invalid-value = invalid value: expected {$expected}, found {$found}
serde-not-a-date = `{$text}` is not a date (YYYY-MM-DD, years 0001 to 9999)
serde-not-a-timestamp = `{$text}` is not a date-time with offset (2026-11-20T15:00:00+08:00)
serde-not-an-amount = an amount is a decimal like "{$example}"
serde-expected-date = a date (YYYY-MM-DD)
serde-expected-timestamp = a date-time with offset (RFC 3339)
serde-expected-phone = a phone number, or an object with `number` and `kind`
serde-expected-string-or-map = a string or an object
serde-expected-string = a string
serde-expected-sequence = a list
serde-expected-map = an object
serde-expected-boolean = true or false
serde-expected-integer = an integer
serde-expected-unsigned = a whole number 0 or more
serde-expected-number = a number
serde-found-float = a number with a fraction
serde-found-integer = an integer
serde-found-string = a string
serde-found-boolean = a boolean
serde-found-map = an object
serde-found-sequence = a list
serde-found-null = null
error-ndjson-no-customer = `customer` (an id or ref) is missing
remind-done-summary = follow-up done
warn-export-split = {$count} item(s) of {$field} hold a comma, semicolon or 、: an import of this sheet would split each into several

## Why a file could not be used, as the system said it (a Chinese run says these itself;
## an English one keeps the system's own words)
os-error-code = {$reason} (os error {$code})
os-not-found = No such file or directory
os-permission-denied = Permission denied
os-already-exists = File exists
os-is-a-directory = Is a directory
os-not-a-directory = Not a directory
os-directory-not-empty = Directory not empty
os-storage-full = No space left on device
os-quota-exceeded = Disk quota exceeded
os-read-only = Read-only file system
os-file-too-large = File too large
os-busy = Device or resource busy
os-crosses-devices = Invalid cross-device link
os-invalid-filename = File name too long or not allowed
os-too-many-links = Too many links
os-unexpected-eof = The file ends too soon
os-timed-out = Timed out
os-out-of-memory = Out of memory
xlsx-not-a-workbook = not a workbook crmfile can read (.xlsx, .xlsm, .xls or .ods)

## TOML's own syntax errors, as an edited or damaged record gives them (English: toml's words)
toml-expected = {$what}, expected {$expected}
toml-unexpected-key-or-value = unexpected key or value
toml-unexpected-content = unexpected content
toml-unexpected-content-between-comment-and-newline = unexpected content between comment and newline
toml-unexpected-equals-in-array = unexpected `=` in array
toml-unexpected-leading-zero = unexpected leading zero
toml-unexpected-sign = unexpected sign
toml-missing-opening-quote = missing opening quote
toml-missing-escaped-value = missing escaped value
toml-missing-comma-between-array-elements = missing comma between array elements
toml-missing-comma-between-key-value-pairs = missing comma between key-value pairs
toml-missing-assignment-between-key-value-pairs = missing assignment between key-value pairs
toml-missing-key-for-inline-table-element = missing key for inline table element
toml-missing-inline-table-opening = missing inline table opening
toml-missing-array-opening = missing array opening
toml-missing-table-open = missing table open
toml-missing-comment-start = missing comment start
toml-missing-value = missing value
toml-missing-value-for-key = missing value for key
toml-key-with-no-value = key with no value
toml-unclosed-array-table = unclosed array table
toml-unclosed-table = unclosed table
toml-unclosed-inline-table = unclosed inline table
toml-unclosed-array = unclosed array
toml-extra-comma-in-inline-table = extra comma in inline table
toml-extra-comma-in-array = extra comma in array
toml-extra-assignment-between-key-value-pairs = extra assignment between key-value pairs
toml-extra-equals = extra `=`
toml-invalid-unquoted-key = invalid unquoted key
toml-invalid-key = invalid key
toml-invalid-basic-string = invalid basic string
toml-invalid-multi-line-basic-string = invalid multi-line basic string
toml-invalid-literal-string = invalid literal string
toml-invalid-multi-line-literal-string = invalid multi-line literal string
toml-invalid-string = invalid string
toml-invalid-value = invalid value
toml-invalid-table = invalid table
toml-invalid-key-value-pair = invalid key-value pair
toml-invalid-inline-table-element = invalid inline table element
toml-invalid-integer-number = invalid integer number
toml-invalid-hexadecimal-number = invalid hexadecimal number
toml-invalid-octal-number = invalid octal number
toml-invalid-binary-number = invalid binary number
toml-invalid-float = invalid float
toml-invalid-mantissa = invalid mantissa
toml-invalid-fraction = invalid fraction
toml-invalid-exponent = invalid exponent
toml-invalid-boolean = invalid boolean
toml-invalid-comment-character = invalid comment character
toml-invalid-date-time = invalid date-time
toml-invalid-datetime = invalid datetime
toml-invalid-date = invalid date
toml-invalid-time = invalid time
toml-duplicate-key = duplicate key
toml-token-newline = newline
toml-token-nothing = nothing
toml-token-key = key
toml-token-value = value
toml-token-basic-string = basic string
toml-token-literal-string = literal string
toml-token-multi-line-basic-string = multi-line basic string
toml-token-characters = characters
toml-token-printable-characters = printable characters
toml-token-non-double-quote-visible-characters = non-double-quote visible characters
toml-token-non-single-quote-characters = non-single-quote characters
toml-token-non-single-quote-visible-characters = non-single-quote visible characters
toml-token-digits = digits
toml-token-numbers = numbers
toml-token-letters = letters
toml-token-unicode-hexadecimal-value = unicode hexadecimal value
toml-token-year-or-hour = year or hour
toml-token-month = month
toml-token-day = day
toml-token-hour = hour
toml-token-minute = minute
toml-token-second = second
toml-token-a-four-digit-year-yyyy = a four-digit year (YYYY)
toml-token-a-two-digit-month-mm = a two-digit month (MM)
toml-token-a-two-digit-day-dd = a two-digit day (DD)
toml-token-month-between-01-and-12 = month between 01 and 12
toml-token-t-between-date-and-time = `T` between date and time
toml-token-a-two-digit-hour-hh = a two-digit hour (HH)
toml-token-a-two-digit-minute-mm = a two-digit minute (MM)
toml-token-a-two-digit-second-ss = a two-digit second (SS)
toml-token-hour-between-00-and-23 = hour between 00 and 23
toml-token-hours-between-00-and-23 = hours between 00 and 23
toml-token-minute-between-00-and-59 = minute between 00 and 59
toml-token-minutes-between-00-and-59 = minutes between 00 and 59
toml-token-second-between-00-and-60 = second between 00 and 60
toml-token-day-between-01-and-28 = day between 01 and 28
toml-token-day-between-01-and-29 = day between 01 and 29
toml-token-day-between-01-and-30 = day between 01 and 30
toml-token-day-between-01-and-31 = day between 01 and 31
toml-token-nanosecond = nanosecond
toml-token-nanoseconds-overflowed = nanoseconds overflowed
toml-token-mm-dd = `-` (MM-DD)
toml-token-hh-mm = `:` (HH:MM)
toml-token-yyyy-mm-or-hh-mm = `-` (YYYY-MM) or `:` (HH:MM)
