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
report-complaints = complaints opened {$opened}, resolved {$resolved}, open now {$open_now}; average rating {$rating}
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
col-at = at
col-channel = channel
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

## remind

remind-overdue = {$date} overdue
error-remind-unreadable = {$count} record file(s) could not be read: their reminders are missing
enum-due-follow-up = follow-up
enum-due-birthday = birthday
enum-due-anniversary = anniversary
enum-due-complaint = complaint

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
