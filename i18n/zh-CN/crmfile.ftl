### crmfile 的简体中文消息。每条消息都须在 i18n/en/crmfile.ftl 中有对应（有测试比对）。
### `help-*` 消息是命令与选项的帮助文字，其英文原文在 src/ 的文档注释中。

## clap 自身的用语

clap-usage = 用法:
clap-commands = 命令
clap-arguments = 参数
clap-options = 选项
clap-help = 显示帮助
clap-version = 显示版本
clap-help-command = 显示本帮助，或所给子命令的帮助
clap-default = [默认：{$value}]
clap-possible-values = [可选值：{$values}]
clap-env = [环境变量：{$name}]
clap-values-described = 可选值：
clap-aliases = [别名：{$aliases}]

## 错误

error-unknown-lang = 不支持语言“{$lang}”，可选：en、zh-CN

## 枚举值在表格与文本报告中的名称（文件中始终保存英文值）

enum-kind-person = 个人
enum-kind-company = 公司
enum-tier-strategic = 战略
enum-tier-important = 重要
enum-tier-general = 一般
enum-tier-potential = 潜在
enum-lifecycle-potential = 潜在
enum-lifecycle-new = 新客户
enum-lifecycle-active = 活跃
enum-lifecycle-loyal = 忠诚
enum-lifecycle-dormant = 沉睡
enum-lifecycle-churned = 流失
enum-stage-red = 红
enum-stage-yellow = 黄
enum-stage-green = 青
enum-stage-rotten = 烂苹果
enum-channel-phone = 电话
enum-channel-email = 邮件
enum-channel-meeting = 面谈
enum-channel-visit = 拜访
enum-channel-wechat = 微信
enum-channel-qq = QQ
enum-channel-sms = 短信
enum-channel-other = 其他
enum-direction-inbound = 呼入
enum-direction-outbound = 呼出
enum-feedbackkind-complaint = 投诉
enum-feedbackkind-suggestion = 建议
enum-feedbackkind-praise = 表扬
enum-feedbackkind-survey = 调查
enum-feedbackstatus-open = 待处理
enum-feedbackstatus-resolved = 已解决
enum-feedbackstatus-in-progress = 处理中
enum-feedbackstatus-callback-done = 已回访
enum-role-referrer = 推荐人
enum-role-decision-maker = 决策人
enum-role-sign-off = 签字人
enum-role-other = 其他

## 状态行标签与常见错误

label-error = 错误:
label-caused-by = 原因:
label-hint = 提示:
table-none = （无）
error-write-stdout = 无法写入标准输出
error-write-csv = 无法写出 CSV
error-format-not-here = 此命令不支持 --format {$format}
hint-formats = 此命令可输出：{$formats}
error-files-unreadable = 有 {$count} 个记录文件无法读取
hint-run-audit = 运行 `crmfile audit` 可列出所有问题及修复方法
error-report-unreadable = 有 {$count} 个记录文件无法读取，未计入统计

## 表头（CSV 表头为机器字段名，不随语言变化）

col-id = 编号
col-name = 名称
col-company = 公司
col-phone = 电话
col-email = 邮箱
col-tier = 价值等级
col-owner = 客户经理
col-tags = 标签
col-customers = 客户数
col-contacts = 联系次数
col-revenue = 营收
col-month = 月份

## report：文本报告与 HTML 报告

report-summary = 共 {$customers} 位客户，截至 {$today}；活动统计自 {$since} 起
report-by-tier = 按价值等级统计客户
report-by-lifecycle = 按生命周期统计客户
report-by-stage = 按销售阶段统计客户
report-revenue-by-tier-in = 近 12 个月各价值等级营收（{$currency}）
report-revenue-by-tier = 近 12 个月各价值等级营收
report-revenue-by-month = 月度营收
report-revenue-by-month-12 = 近 12 个月月度营收
report-no-base = 无可比基数
report-trend-percent = {$percent}%（近 3 个月对比此前 3 个月）
report-trend = 趋势 {$trend}
report-top-customers = 近 12 个月营收前十客户
report-contacts-by-owner = 自 {$since} 起各客户经理的联系记录
report-contacts-by-channel = 自 {$since} 起各渠道的联系记录
report-no-ratings = 暂无评分
report-rating-of-5 = {$rating} 分（满分 5 分，共 {$ratings} 个评分）
report-satisfaction = 自 {$since} 起的客户满意度
report-complaints = 新增投诉 {$opened} 件，已解决 {$resolved} 件，已回访 {$callbacks} 件，当前待处理 {$open_now} 件；平均评分（反馈与回访）{$rating}
report-overdue = 逾期未回访：
html-title = crmfile 报告
html-heading = 客户报告
html-subtitle = 共 {$customers} 位客户 · 截至 {$today} · 活动统计自 {$since} 起 · 金额单位 {$currency}
html-at-a-glance = 概览
html-customers = 位客户
html-overdue = 项逾期回访
html-trend = 营收趋势
html-average-rating = 平均评分
html-complaints-opened = 新增投诉
html-complaints-resolved = 已解决投诉
html-complaints-open-now = 当前待处理投诉
html-complaints-called-back = 已回访投诉
html-average-rating-of = 平均评分（共 {$ratings} 个评分）
col-lifecycle = 生命周期
col-rfm = RFM
col-date = 日期
col-kind = 类型
col-detail = 详情
col-field = 字段
col-value = 值
col-role = 角色
col-birthday = 生日
col-label = 名称
col-product = 产品
col-qty = 数量
col-amount = 金额
col-payment = 付款方式
col-due = 到期日
col-for = 对应购买
col-method = 方式
col-ref = 单号
col-handler = 处理人
col-resolution = 处理结果
col-callback = 回访
col-at = 时间
col-channel = 渠道
col-purpose = 用途
col-scope = 告知范围
col-evidence = 凭证
col-by = 经办人
col-summary = 摘要
col-outcome = 结果
col-next = 下一步
col-rating = 评分
col-status = 状态
col-text = 内容
col-severity = 级别
col-code = 代码
col-finding = 问题
col-fix = 处理办法
col-user = 用户
col-command = 命令
col-read = 读取
col-written = 写入
col-ids = 客户编号

## show：字段表之后的各部分

show-key-people = 关键人物
show-dates = 纪念日
show-transactions = 交易记录
show-contacts = 联系记录
show-feedback = 客户反馈
show-payments = 收款记录
show-attachments = 附件
col-file = 文件
col-size = 字节
col-added = 添加时间
show-consents = 同意记录
show-balance = 欠款余额
show-credit = 预收款
show-overdue = 逾期欠款
show-paid = 已付清
error-set-name-empty = 姓名不能为空
error-set-kind-empty = 类型须为 person（个人）或 company（公司）
warn-classify-foreign = 有 {$count} 笔非 {$currency} 交易未计入金额（crmfile 不换算货币）
show-yes = 是
show-credited = 冲抵账款
show-paid-back = 已退还
show-due-over-limit = {$date}（超额）
show-status-due = {$status}，{$date} 前处理
show-status-on = {$status} {$date}
show-callback-done = {$date} 已回访：{$note}
show-callback-due = {$date} 前回访

## remind

remind-overdue = {$date} 已逾期
error-remind-unreadable = 有 {$count} 个记录文件无法读取，其中的提醒未列出
enum-due-follow-up = 回访
enum-due-birthday = 生日
enum-due-anniversary = 纪念日
enum-due-greeting = 节日问候
enum-due-complaint = 投诉
enum-due-callback = 投诉回访
enum-due-payment = 催款
enum-due-review = 资料核实

## classify

classify-status = 共 {$customers} 位客户；{ $dry_run ->
        [true] 将更新
       *[false] 已更新
    } {$changed} 位；价值等级：{$tiers}；生命周期：{$lifecycles}
error-not-classified = 有 {$count} 条记录无法分类

## audit

enum-severity-error = 错误
enum-severity-warning = 警告
enum-severity-info = 提示

## 对指定路径的读写（Error::io）

io-open-lock-file = 无法打开锁文件 {$path}
io-lock = 无法锁定 {$path}
io-read = 无法读取 {$path}
io-repair = 无法截去 {$path} 末尾不完整的一行
io-open-store = 无法打开档案库 {$path}
io-open = 无法打开 {$path}
io-write = 无法写入 {$path}
io-create-folder = 无法创建文件夹 {$path}
io-create-a-temporary-file-in = 无法创建临时文件，所在文件夹：{$path}
io-sync = 无法同步到磁盘：{$path}
io-create = 无法创建 {$path}
io-replace = 无法替换 {$path}
io-sync-folder = 无法将文件夹同步到磁盘：{$path}
io-create-a-private-copy-in = 无法创建私有副本，所在文件夹：{$path}
io-delete = 无法删除 {$path}
io-read-passphrase-file = 无法读取口令文件 {$path}
io-find = 找不到 {$path}

## 查找档案库与客户；通用检查

label-warning = 警告:
error-current-folder = 无法读取当前文件夹
error-bad-now = CRMFILE_NOW=`{$text}` 不是 RFC 3339 格式的日期时间
error-no-match = 没有客户匹配“{$query}”
hint-no-match = 用 `crmfile find` 列出客户，或搜索姓名、电话、邮箱的一部分
error-ambiguous = “{$query}”匹配到 {$count} 位客户：
error-ambiguous-more = ……另有 {$count} 位
hint-ambiguous = 请用客户编号指明客户，或使用更长的查询词
error-many-not-for-you = 有 {$count} 条记录未加密给你的身份密钥
hint-not-for-you = 该文件未加密给 {$identity} 中的任何密钥；请能读取它的人用 `crmfile recipients add` 添加你的公钥
error-invalid-nothing-written = {$id} 将不再有效，未写入任何内容
warn-access-not-logged = {$error}；本次访问未记入访问日志
error-recipients-changed = {$file} 自你上次信任后已被修改，未写入任何内容
cause-unreviewed-keys = 记录将被加密给你未审阅过的密钥
hint-review-recipients = 请用 `crmfile recipients list` 审阅，然后运行 `crmfile recipients trust`
status-trusting = 信任本档案库 {$count} 个接收者文件的当前内容
warn-recipients-changed = {$file} 自你上次信任后已被修改；请审阅后运行 `crmfile recipients trust`
error-recipients-first-use = 本机尚未信任此档案库：{$file} 从未在此审阅过；未写入任何内容
cause-recipient-key = 密钥：{$key}
hint-trust-first-use = 确认上面每个密钥都属于你的团队，然后运行 `crmfile recipients trust`
warn-recipients-first-use = 本机尚未信任此档案库的 {$file}；请用 `crmfile recipients list` 审阅，写入前运行 `crmfile recipients trust`
recipients-first-use = 本机尚未信任
warn-no-git-drivers = 此档案库在 git 中，但尚未设置 crmfile 的 diff 和 merge 驱动；请运行 `crmfile git-setup`
status-merge-under-way = git 合并正在进行：暂不提交；合并解决后请提交
error-cannot-ask = 无法询问 {$what}
hint-passphrase-file = 请在终端中运行，或将 CRMFILE_PASSPHRASE_FILE 设为存放口令的文件
error-not-a-store = {$dir} 不是 crmfile 档案库
cause-does-not-exist = {$path} 不存在
hint-init-store = 可用 `crmfile init {$dir}` 建立
error-no-store = {$dir} 及其上级文件夹中都没有 crmfile 档案库
hint-no-store = 请指定 --store DIR、设置 CRMFILE_STORE，或用 `crmfile init` 建立档案库
error-bad-config = {$path} 不是有效的配置文件
error-bad-folder = --folder {$folder}：不是档案库中的普通子文件夹
error-folder-symlink = --folder {$folder} 是符号链接或经过符号链接，可能指向档案库之外
hint-bad-folder = 请使用不含 `..` 或隐藏部分的相对路径，例如 --folder vip

## 密钥与加密

error-read-identity = 无法读取身份密钥文件 {$path}
hint-identity = 请指定 --identity FILE、设置 CRMFILE_IDENTITY，或运行 `crmfile init` 生成一个
error-identity-too-large = 身份密钥文件 {$path} 过大，不可能是身份密钥
error-erasure-key-locked = 你的身份密钥无法打开 .crmfile/erasure-key.age，无法写入删除记录
hint-erasure-key-locked = 请能打开它的成员执行删除；该密钥加密给创建它时档案库的接收者
warn-erasures-locked = 你的身份密钥无法打开 .crmfile/erasure-key.age：不会检查已删除的客户
error-identity-permissions = 身份密钥文件 {$path} 可被他人读取或修改（权限 {$mode}）；已拒绝使用
hint-identity-permissions = 请设为仅自己可读：chmod 600 {$path}
error-identity-unusable = 身份密钥文件 {$path} 无法使用
hint-identity-format = 身份密钥文件应包含 AGE-SECRET-KEY-1… 行，或是 OpenSSH 私钥
error-wrong-passphrase = 身份密钥文件 {$path} 的口令错误
error-wrong-ssh-passphrase = SSH 密钥 {$path} 的口令错误
error-bad-age-recipient = {$path}:{$line}：不是有效的 age 接收者
error-bad-ssh-recipient = {$path}:{$line}：不是可用的 SSH 接收者
error-not-a-recipient = {$path}:{$line}：不是接收者
hint-recipients-format = 接收者文件每行一个 age1… 或 ssh-ed25519/ssh-rsa 公钥
error-no-recipient = {$path} 中没有任何接收者
hint-add-recipient = 请用 `crmfile recipients add KEY` 添加公钥，或直接写入该文件
error-cannot-encrypt-to = 无法加密给这些接收者
error-encryption-failed = 加密失败

## add

error-read-json-stdin = 无法从标准输入读取 JSON
error-stdin-empty = --json -：标准输入为空
hint-pipe-json = 请通过管道输入一个 JSON 对象，或每行一个
what-stdin = 标准输入
what-stdin-line = 标准输入第 {$line} 行
what-new-customer = 新客户
error-not-json-detail = 不是 JSON：{$detail}
error-json-stdin-only = --json {$value}：只支持 `-`（标准输入）
error-not-valid = {$what}无效
warn-dedup-unreadable = 有 {$count} 个记录文件无法读取：查重未覆盖这些文件
error-duplicate = {$what}疑似与 {$other} 重复（{$key}）
dedup-same-phone = 电话相同
dedup-same-email = 邮箱相同
dedup-same-name-company = 姓名和公司相同
dedup-same-ref = 客户编号相同
dedup-same-name-only = 姓名相同，且没有其他可区分的信息
hint-duplicate = 可用 `crmfile show {$other}` 查看；确需新增请加 --force
error-matches-erased = {$what}与 {$date} 删除的客户 {$id} 相符（{$reason}）
hint-erased-consent = 只有在对方同意后才能重新添加，请加 --force
error-records-not-added = 有 {$count} 条记录未能新增
hint-fix-lines-add = 请修正上面列出的行后重新新增
error-not-an-object = 记录必须是 JSON 对象
error-not-a-record = 不是有效的记录
error-unknown-fields = 未知字段：{$fields}
hint-see-schema = 记录有哪些字段，请看 `crmfile schema`

## init

error-already-a-store = {$dir} 已经是 crmfile 档案库
hint-already-a-store = 接收者请用 `crmfile recipients` 修改，设置请在 .crmfile/config.toml 中修改
error-already-exists = {$path} 已存在
hint-remove-or-elsewhere = 请删除它，或在其他文件夹建立档案库
status-store-created = 已在 {$dir} 建立 crmfile 档案库
status-recipient = 接收者：{$key}
error-no-public-key = 无法确定 {$path} 的公钥
hint-pass-recipient = 请用 --recipient 指定（SSH 密钥则为其 .pub 文件中的那一行）
status-identity-created = 已生成身份密钥 {$path}（请妥善保管：这是读取档案库的唯一途径）
status-public-key = 公钥：{$key}
error-new-identity-passphrase = 新生成的身份密钥没有口令

## log-contact、log-purchase、log-feedback、add-person、add-date：单个客户或 NDJSON

error-read-ndjson-stdin = 无法从标准输入读取 NDJSON
hint-pipe-ndjson = 请通过管道输入，每行一个 JSON 对象
error-at-line = 第 {$line} 行：{$error}
error-line-no-customer = 第 {$line} 行：没有编号或外部编号为“{$key}”的客户
cause-lines-not-written = 第 {$lines} 行未写入
status-entries-written = 已为 {$customers} 位客户写入 {$entries} 条记录
error-lines-not-written = 有 {$count} 行未写入
hint-fix-lines-send = 请修正上面列出的行后重新输入
error-customer-and-json = 请指定一位客户或 --json -，不能同时指定
error-customer-or-json = 请指明一位客户（编号或查询），或用 --json - 从标准输入读取条目

## edit

error-no-memory-folder = 没有可存放解密副本的内存文件夹（/dev/shm、$XDG_RUNTIME_DIR）
hint-no-memory-folder = crmfile 不会把解密后的记录写到磁盘上；请改用 `crmfile set`，或在接受风险时用 `--unsafe-copy-dir` 指定文件夹
warn-copy-not-in-memory = {$dir} 不是内存文件夹：解密副本可能写到磁盘并在崩溃后留存
warn-stale-copy-removed = 已删除被强行终止的 `crmfile edit` 留下的解密副本：{$path}
status-editing-raw = {$file} 无法解析；按原文打开，以便你修正
error-keep-copy = 无法保留私有副本
error-start-editor = 无法启动编辑器
hint-set-editor = 请设置 $EDITOR
error-editor-failed = 编辑器以退出码 {$code} 退出，未写入任何内容
error-editor-killed = 编辑器被信号终止，未写入任何内容
status-nothing-changed = {$id}：没有改动
hint-edit-again = 未写入任何内容；请重新运行 `crmfile edit`
ask-reopen-editor = 重新打开编辑器修改吗？[Y/n]
error-edit-abandoned = 已放弃编辑，未写入任何内容
error-edited-record = 编辑后的记录：{$problem}
error-id-changed = 客户编号不能修改（原为 {$id}）
error-edited-invalid = 编辑后的记录无效

## 写入记录

error-serialize-record = 无法序列化记录
error-calendar-read-back = 为日历保留的客户无法读回
error-refuse-write-problem = 拒绝写入 {$id}：该记录 {$problem}
error-refuse-write-size = 拒绝写入 {$id}：它将有 {$size} 字节，超过单条记录 {$limit} 字节的上限
hint-long-texts = 长文本（文档、笔记）请存放在客户档案之外
error-refuse-write-unreadable = 拒绝写入 {$path}：你的任何身份密钥都无法再打开它
cause-no-own-key = {$recipients} 中没有 {$identity} 的公钥
hint-add-own-key = 请把你的公钥加入该接收者文件（如确属有意，且命令支持 --force，可加 --force）

## merge-driver（our、their、base 为 git 合并的三方）

error-side-too-large = { $side ->
        [our] 我方
        [base] 共同祖先
       *[their] 对方
    }版本过大，不可能是记录
error-side-problem = { $side ->
        [our] 我方
        [base] 共同祖先
       *[their] 对方
    }版本 {$problem}
error-side-not-text = { $side ->
        [our] 我方
        [base] 共同祖先
       *[their] 对方
    }版本不是文本
error-side-not-toml = { $side ->
        [our] 我方
        [base] 共同祖先
       *[their] 对方
    }版本不是有效的 TOML
error-side-empty = { $side ->
        [our] 我方
        [base] 共同祖先
       *[their] 对方
    }版本为空
error-merge-no-shared-key = 合并双方在 {$path} 中没有共同的密钥
warn-merge-sealed-to-shared = {$path}：已加密给双方共同列出的 {$count} 个密钥；合并后请运行 `crmfile reencrypt`
error-merging = 合并 {$path}：{$error}
error-write-merged = 无法写出合并后的记录
error-merged-record = 合并后的记录：{$problem}
hint-merge-by-hand = 请用 `crmfile edit` 手动合并此文件
warn-merge-conflict = {$path}：双方都修改了 {$field}；保留了我方的值，对方的值记在 [conflicts] 中

## log-purchase

error-amount-required = 必须指定 --amount
error-amount-not-decimal = --amount：“{$text}”不是形如 25800.00 的小数
error-limit-negative = “{$text}”小于零：信用额度须为零或更多
error-not-an-amount = “{$text}”不是金额，应写作 100000、10万 或 ¥1,000
error-amount-negative = --amount {$text}：负数金额表示退款
hint-refund = 请加 --refund 注明（金额可写为正数）
error-amount-zero = --amount：金额为 0 的交易没有意义
error-currency = --currency：“{$currency}”不是形如 CNY 或 USD 的货币代码
error-quantity = --quantity：至少为 1

## reencrypt、recipients、merge：确认

error-not-in-store = {$path} 不在档案库内
error-store-locked = 档案库正忙：另一个写入者已占用锁 {$seconds} 秒（{$holder}）
lock-holder = 进程 {$pid}，crmfile {$command}，自 {$since} 起
hint-store-locked = 等它完成后再试，或用 --wait 秒数 等待更久
lock-holder-unknown = 占用者未知
status-tx-already = 有 {$count} 笔交易已有记录（订单号相同，或日期、产品、数量和金额都相同），未重复添加
error-sync-folder = 无法确保 {$path} 中的写入已落盘
error-changed-meanwhile = 在询问您期间 {$id} 已被他人修改；未写入任何内容
hint-run-again = 请重新运行该命令，查看变更后再确认
status-reencrypted = 已重新加密 {$count} 条记录
error-not-reencrypted = 有 {$count} 条记录无法重新加密
hint-not-reencrypted = 它们仍加密给原来的接收者；请看上面的错误
error-confirm-yes = {$question}：不在终端上时，请加 --yes 确认
ask-yes-no = [y/N，是/否]
error-read-answer = 无法读取回答
error-nothing-changed = 未做任何改动
recipients-trusted = 已信任
recipients-changed = 自你信任后已被修改
recipients-you = （你）
error-key-listed = {$file} 中已有该密钥
error-key-not-listed = {$file} 中没有该密钥
hint-list-keys = 可用 `crmfile recipients list` 查看密钥
error-last-recipient = 拒绝移除最后一个接收者：那样将没有人能读取这些记录
error-own-key = 拒绝移除你自己的密钥：那样你将无法再读取这些记录
hint-own-key = 请让其他接收者移除你
ask-change-recipients = { $verb ->
        [add] 在 {$file} 中添加该密钥
       *[remove] 从 {$file} 中移除该密钥
    }，并将其覆盖的 {$records} 条记录重新加密给 {$recipients} 个接收者吗？
warn-readers-lose = {$folder} 将有自己的接收者列表：{$readers} 现在能读取它，此后将不能（用 --inherit 可保留他们）
error-not-a-reader = 你不能读取 {$file} 所覆盖的记录，因此不能更改谁能读取（无法重新加密这些记录）
hint-not-a-reader = 请其读者之一操作：`crmfile recipients list` 会列出他们
error-no-file-changed = 没有更改任何接收者文件
error-some-not-yours = 列有该密钥的 {$count} 个接收者文件不由你更改：该密钥仍能读取它们覆盖的记录
warn-removed-key-history = 被移除的密钥仍能解密它以前能读取的每个版本，包括旧的 git 历史；法律要求时如何改写历史，请见 README（"Removing someone"）
status-all-trusted = 所有接收者文件的当前内容均已信任
ask-trust = 信任这些接收者吗（此后写入的记录将加密给他们）？

## merge

error-serialize = 无法序列化 {$id}
error-cannot-merge = 无法合并
error-same-customer = “{$keep}”和“{$dup}”是同一位客户（{$id}）
error-merged-invalid = 合并后的记录将无效：{$problem}
hint-fix-first = 请先用 `crmfile set` 修正其中一条
ask-fold = 将 {$dup}（{$dup_name}）并入 {$keep}（{$keep_name}）并删除 {$dup} 吗？
status-folded = 已将 {$dup} 并入 {$keep}

## 其他命令

error-run-git = 无法运行 git
error-git-config = `git config --local {$key}` 执行失败
error-autocommit = git.autocommit：提交失败；记录已写入
hint-autocommit = 请手动提交，或按 git 的提示修正（例如设置 user.name 和 user.email）
error-no-feedback = {$id} 没有反馈条目 {$entry}
hint-show-feedback = 可用 `crmfile show {$id}` 列出其反馈
error-already-resolved = {$id} 的 {$entry} 已经解决
hint-callback = 解决后的回访请用：crmfile resolve {$id} {$entry} --callback --note "…"
error-callback-not-resolved = {$entry} 当前为“{$status}”：先解决再回访
error-resolved-before = --date {$date}：早于反馈本身的日期（{$feedback}）
error-callback-before = --date {$date}：早于解决日期（{$resolved}）
error-already-called-back = {$entry} 已于 {$date} 回访
error-not-a-time = --at：“{$text}”不是时间
error-required = 必须指定 {$flag}
error-too-large = {$path} 过大，不可能是记录
error-file-problem = {$path}：{$problem}
error-not-text = {$path} 解密后不是文本
error-damaged = {$path} 已损坏
hint-trust-again = 请删除它，并用 `crmfile recipients trust` 重新信任每个档案库
error-save-trust = 无法保存已信任的接收者
error-write-access-log = 无法写入访问日志
error-rating = --rating：{$rating} 不在 1 到 5 之间
error-rating-value = “{$text}”不是 1 到 5 的评分（如 5、五、五星）
error-export-format = export 需要指定 --format
hint-export-format = csv、json、ndjson、vcard 或 ics
error-not-a-field = --fields：“{$field}”不是此处可用的字段
error-export-unreadable = 有 {$count} 个记录文件无法读取，未包含在导出中
error-history-no-git = --history：档案库不在 git 工作区中
hint-drop-history = 请去掉 --history
error-reason-required = --reason 须说明删除该客户的原因
status-erased = 已删除 {$id}；删除记录保存在 .crmfile/erasures.toml 中
warn-erased-copies = 此前的副本不受影响：git 历史、克隆和备份中仍有加密的记录；如需改写历史，请见 README（"Removing someone"）
error-write-erasures = 无法写入删除记录
error-completion-utf8 = 补全脚本不是 UTF-8
error-render-man = 无法生成手册页
error-man-utf8 = 手册页不是 UTF-8
error-too-far = --within {$within}：太远了
error-not-in-git = {$path} 不在 git 工作区中
hint-git-init = 请先在档案库中运行 `git init`
status-git-setup = git 现在会显示解密后的差异，并按结构合并记录；请提交 .gitattributes
error-bad-tag = “{$change}”不是 +TAG 或 -TAG
hint-tag = 标签是一个词，例如 +vip
warn-no-tag = {$id} 没有标签“{$tag}”
hint-set-help = 字段列表请见 `crmfile set --help`
status-updated = {$id}：已更新
error-no-recipients-file = 档案库中 {$folder} 及其上级都没有 {$file}
hint-recipients-file = 每个档案库的根目录都需要一个 .age-recipients 文件；见 `crmfile init`

## import（unit 为 line 行或 card 名片）

error-read-stdin = 无法读取标准输入
error-input-too-large = {$path} 超过 {$mib} MiB
error-empty-input = {$path}：没有可导入的内容（输入为空）
error-bad-map = --map {$map}：不是 COLUMN=FIELD 的形式
error-too-many-columns = 该 CSV 有 {$count} 列；最多读取 1000 列
error-no-name-column = 该表格没有姓名列（姓名/名称/name）
hint-map-name = 请用 --map COLUMN=name 指定
warn-unmapped = 未导入的列：{$columns}（可用 --map COLUMN=FIELD 对应到字段）
warn-unmapped-keys = 未导入的键：{$keys}（可用 --map KEY=FIELD 对应到字段）
warn-same-field = {$names} 都对应 {$field}：只取最后一个（可用 --map 把其中一个对应到别的字段）
error-due-before-date = 到期日：{$due} 早于交易日期 {$date}
error-over-limit-value = over_limit：“{$value}”不是 true 或 false（是或否）
error-bad-csv = 第 {$line} 行：不是有效的 CSV
cause-row-too-long = 该行有 {$cells} 个单元格，而表头只有 {$columns} 列：是否有未加引号的逗号？请给该单元格加引号，或为该列加上表头
warn-short-rows = {$count} 行的单元格比表头少，已按现有内容读取（第 {$rows} 行）
vcard-not-content-line = 不是 vCard 的内容行（名称:值）
vcard-begin-in-card = 上一张名片还没有结束就出现了 BEGIN:VCARD
vcard-end-alone = END:VCARD 之前没有 BEGIN:VCARD
vcard-no-end = 文件在 END:VCARD 之前就结束了
vcard-bad-quoted-printable = {$property}：不是有效的 quoted-printable 编码
vcard-unknown-charset = {$property}：未知的字符集 CHARSET {$charset}
vcard-not-charset = {$property}：不是有效的 {$charset} 文本
vcard-problem-at = 第 {$line} 行：{$reason}
error-not-utf8 = 输入不是 UTF-8
error-encoding-malformed = 不是有效的 {$encoding} 文本（第 {$line} 行）
error-decode = {$path}：{$error}
hint-encoding = 请用 --encoding 指定文件编码：utf-8、utf-16le、utf-16be、gbk 或 gb18030
warn-encoding-guess = {$path} 按 {$encoding} 读取（推测所得）；如姓名显示为乱码，请用 --encoding 指定编码（utf-8、utf-16le、utf-16be、gbk、gb18030）
vcard-no-year = 没有年份：crmfile 只保存完整日期
vcard-department = 部门
warn-update-kept = { $unit ->
        [card] 第 {$line} 张名片
       *[line] 第 {$line} 行
    }：{$id} 保留了自己的 {$fields}；文件中的值与之不同，未采用（用 `crmfile set {$id} 字段=值` 修改）
warn-update-kept-count = 有 {$count} { $unit ->
        [card] 张名片
       *[line] 行
    }的值与记录中的不同：保留了记录中的值（见上）
warn-vcard-unread = 未导入的名片属性：{$properties}
warn-kept = 保存在 extra.imported 下的列：{$columns}
import-mapping = 列 → 字段：
import-mapping-column = {"  "}{$column} → {$field}
import-mapping-none = {"  "}{$column} → （不导入）
import-photos = 名片中的 {$count} 张照片已跳过（crmfile 不保存照片）
error-not-json-object = 不是 JSON 对象
error-import-format = 导入需要 --format csv、xlsx、vcard 或 ndjson
error-unit = { $unit ->
        [card] 第 {$line} 张名片
       *[line] 第 {$line} 行
    }：{$error}
hint-skipped = 已跳过
error-unit-erased = { $unit ->
        [card] 第 {$line} 张名片
       *[line] 第 {$line} 行
    }：与 {$date} 删除的客户 {$id} 相符
hint-import-consent = 只有在对方同意后才能加 --force 导入
error-unit-duplicate = { $unit ->
        [card] 第 {$line} 张名片
       *[line] 第 {$line} 行
    }：疑似与 {$other} 重复
import-summary = 新增 {$new} 位，更新 {$updated} 位，重复 {$duplicates} 位{ $skipped ->
        [true] （已跳过）
       *[false] {""}
    }，无效 {$invalid} 位
status-dry-run = 试运行，未写入任何内容：{$summary}
status-imported = 已导入：{$summary}
error-units-not-imported = 有 {$count} { $unit ->
        [card] 张名片
       *[line] 行
    }未导入
hint-import-again = 请修正后重新导入这些条目
error-not-written = 有 {$count} 条记录无法写入
error-import-tx-format = 导入需要 --format csv、xlsx 或 ndjson
error-no-customer-column = 该 CSV 没有按 {$by} 指明客户的列
hint-map-customer = 请用 --map COLUMN=customer 指定
error-import-tx-reads = import transactions 只读取 --format csv 或 ndjson
error-no-customer-by = 没有{$by}为“{$key}”的客户
error-several-customers-by = 有 {$count} 个客户的{$by}相同，未导入
match-by-ref = 客户编号
match-by-id = 编号
match-by-phone = 电话
match-by-email = 邮箱
match-by-company = 公司名称
import-tx-summary = 为 {$customers} 位客户导入 {$entries} 笔交易，{$bad} 行未导入
status-imported-tx = 已导入：{$summary}
error-rows-not-imported = 有 {$count} 行未导入
error-missing = 缺少 {$field}
error-amount-not-number = amount：“{$text}”不是小数
error-quantity-not-number = quantity：“{$text}”不是不小于 1 的整数

## audit

status-fixed = 已修复：{$fix}
status-audit = 已检查 {$records} 条记录：{$counts}

## 用户输入的日期、字段和值

error-json-list = {$path} 以 JSON 列表开头，但不是有效的 JSON
error-map-no-column = --map {$column}=…：文件中没有“{$column}”这一列；它的列为：{$columns}
error-map-sheets-only = --map 用于表格的列（CSV、xlsx）；NDJSON 和 vCard 记录自带字段名
hint-map-fields = 使用 `crmfile set --help` 列出的带点字段名（contact.phones、preferences.notes），或 extra.名称
error-map-not-a-field = --map …={$field}：crmfile 没有 {$field} 这个字段
reject-total-row = 表格的合计行，不是客户：未导入
error-date-needs-year = {$text}：生日须写明年份（1985-03-05）；农历生日可以不写年份（农历三月初五）
error-date-years = “{$text}”超出 0001 至 9999 年的范围
error-not-a-date = “{$text}”不是日期：请用 2026-12-01、2026年12月1日、12月1日、今天、明天、后天、昨天、周五、下周一、上周五、月底、下个月、3天后、两周前，或 today、tomorrow、+3d、-1w、friday、eom
error-date-calendar = “{$text}”超出了日历范围
error-not-assignment = “{$text}”不是 FIELD=VALUE 的形式
error-no-field-named = “{$text}”没有指明字段
error-not-in-list = 列表中没有“{$value}”中的任何一项
error-not-a-list = {$field} 不是列表字段：请用 {$field}=VALUE
error-pin = class.pin：“{$value}”不是 true 或 false
error-not-condition = “{$text}”不是 FIELD=VALUE、FIELD!=VALUE 或 FIELD~TEXT 的形式
error-not-field = “{$field}”不是字段
error-not-settable = “{$field}”不是可以设置的字段；可设置的字段：{$fields}
status-birthday-replaced = 原来的生日（{$old}）已被替换：生日只按一种历法保存（要两者都保留，请设置 lunar_birthday）
error-not-one-of = “{$text}”不是以下之一：{$values}

## remind：提醒的详情（JSON 与 iCalendar 保留英文）

due-next-step = 已设定下一步
due-next-step-text = 下一步：{$text}
due-cadence-last = {$every}回访一次，上次联系 {$last}
due-cadence-never = {$every}回访一次，从未联系
span-every = { $unit ->
    [d] { $count ->
        [1] 每天
        [2] 每两天
       *[other] 每 {$count} 天
    }
    [w] { $count ->
        [1] 每周
        [2] 每两周
       *[other] 每 {$count} 周
    }
    [m] { $count ->
        [1] 每月
        [2] 每两个月
        [3] 每季度
        [6] 每半年
       *[other] 每 {$count} 个月
    }
   *[y] { $count ->
        [1] 每年
        [2] 每两年
       *[other] 每 {$count} 年
    }
}
due-turns = {$age} 岁生日
due-birthday = 生日
due-person-turns = {$name}（{ $role ->
        [referrer] 推荐人
        [decision-maker] 决策人
        [sign-off] 签字人
       *[other] 其他
    }）{$age} 岁生日
due-person-birthday = {$name}（{ $role ->
        [referrer] 推荐人
        [decision-maker] 决策人
        [sign-off] 签字人
       *[other] 其他
    }）生日
due-anniversary = {$label}（{$years} 周年）
due-complaint = 自 {$since} 起待处理：{$text}
due-complaint-handler = 自 {$since} 起{$status}，处理人 {$handler}：{$text}
due-callback = 投诉已于 {$resolved} 解决，需回访（处理人 {$handler}）
due-payment = {$date} 购买（{$id}）尚欠 {$currency} {$open}

## 记录文件无法使用的原因（audit 的 JSON 保留英文）

problem-unreadable = 无法读取：{$error}
problem-too-large = 大小为 {$size} 字节，超过单条记录 {$limit} 字节的上限
problem-not-utf8 = 解密后不是 UTF-8 文本
problem-not-toml = 不是有效的 TOML：{$error}
problem-schema = 不符合记录格式：{$error}
problem-newer = 记录格式为 {$format}，本版 crmfile（格式 {$reads}）无法读取：由更新版本的 crmfile 写入
problem-at = 第 {$line} 行第 {$column} 列：{$reason}
problem-id-mismatch = 其中的编号与文件名不符
problem-symlink = 是符号链接（不跟随）
problem-not-for-you = 未加密给你的身份密钥
problem-damaged = 已损坏：{$why}
cause-identity-bad-ssh = 不是 crmfile 能读取的 SSH 私钥
cause-identity-ssh-type = age 不支持这种类型的 SSH 密钥（{$kind}）；请使用 ed25519 或 RSA
cause-identity-empty = 其中没有身份密钥
problem-missing = 缺失：文件不存在
damage-bad-header = 不是有效的 age 文件（文件头不对）
damage-header-altered = 文件头被改动过（MAC 不符）
damage-payload-altered = 内容被改动过或不完整
damage-truncated = 内容不完整（被截断）
damage-unreadable = 无法读取（{$why}）

## 记录校验（audit 的 JSON 保留英文）

invalid-phone = “{$text}”不是电话号码
invalid-phone-international = “{$text}”：国际号码应为 7 到 15 位数字
invalid-phone-cn-digits = “{$text}”：中国大陆手机号为 11 位，以 13-19 开头
invalid-phone-cn-prefix = “{$text}”：中国大陆手机号以 13-19 开头
invalid-email = “{$text}”不是邮箱地址
invalid-schema = 不支持记录格式 {$schema}（此版本 crmfile 读取格式 {$supported}）
invalid-id = “{$id}”不是客户编号（c- 加 8 个字符）
invalid-empty = 不能为空
invalid-tag = “{$tag}”：标签是一个词，不含空格、逗号或分号
invalid-list-item = “{$item}”含有列表分隔符（, ; 、），导出到表格再导入时会被拆成多项；请去掉分隔符
invalid-rfm = “{$rfm}”不是三个 1-5 的分值
invalid-updated = 早于 `created`
invalid-entry-id = “{$id}”不是格式正确的条目编号
invalid-entry-id-twice = 条目编号“{$id}”出现了两次
invalid-currency = “{$currency}”不是形如 CNY 的货币代码
invalid-quantity = 至少为 1
invalid-payment-amount = 收款金额必须大于零
invalid-sha256 = 附件 {$id}：sha256 不是 64 位小写十六进制数
invalid-link = “{$id}”不是另一位客户的编号
invalid-link-twice = 两次关联到 {$id}（每对客户只能有一种关系）
invalid-payment-for = 指向的购买记录 {$id} 不在本档案中
invalid-credit-limit = 不能为负数
invalid-credit-rating = “{$rating}”不是本档案库的信用等级（{$ratings}）
invalid-summary = 条目 {$id} 的摘要为空
invalid-rating = {$rating} 不是 1 到 5 的评分
clap-error-unknown-argument = 无法识别的参数“{$arg}”
clap-error-unknown-command = 无法识别的子命令“{$command}”
clap-error-value-required = “{$arg}”需要一个值，但没有给出
clap-error-invalid-value = “{$arg}”的值“{$value}”无效
clap-error-missing = 缺少以下必需的参数：{$args}
clap-error-missing-command = 需要指定一个子命令
clap-error-conflict = 参数“{$arg}”不能与“{$other}”同时使用
clap-error-other = 参数无效 {$arg}
clap-error-did-you-mean = 提示：是否要用“{$suggestion}”？
clap-error-try-help = 更多信息请运行 '--help'。

## .crmfile/config.toml

config-currency = currency：“{$currency}”不是形如 CNY 的货币代码
config-field-name = fields.{$name}：字段名只能由字母、数字、_ 和 - 组成
config-enum-values = fields.{$name}：枚举字段需要 `values`
config-unknown-metric = {$rule}（设为 {$sets}）：未知指标“{$metric}”；可用指标：{$known}
config-metric-bound = {$rule}（设为 {$sets}）：“{$metric}”需要一个界限：lt、le、gt、ge 或 eq
ask-passphrase = {$path} 的口令
ask-ssh-passphrase = SSH 密钥 {$path} 的口令

## generate（演示与基准测试）

error-count-zero = --count 0 不会生成任何客户
status-generated = 已生成 {$count} 位客户

## audit --fix、forget、身份密钥文件

fixed-stray = 已删除遗留的临时文件 {$path}
fixed-resealed = 已按所在文件夹的接收者重新加密 {$id}
fixed-phones = 已统一 {$id} 的电话号码写法
ask-erase = 永久删除 {$id}（{$name}）吗？
identity-line-not-utf8 = 第 {$line} 行不是 UTF-8
identity-line-not-age = 第 {$line} 行不是 age 身份密钥

## audit 的发现（JSON 保留英文；表格显示下列译文）

audit-hint-invalid-field = 请用 `crmfile set {$id} {$field}=…` 或 `crmfile edit {$id}` 修正
audit-hint-invalid-id = 请换一个合规的编号：在原文件夹中把文件改名为 `{$new}.toml.age`，然后运行 `crmfile edit {$new}` 并设置 `id = "{$new}"`
audit-no-contact-details = 没有电话、邮箱、微信或 QQ
audit-hint-no-contact-details = 请用 `crmfile set {$id} contact.phones+=…` 添加
audit-no-contact = 自 {$since} 起未联系，已超过回访周期（{$cadence}）的两倍
audit-hint-no-contact = 联系后请用 `crmfile log-contact {$id} …` 记录
audit-complaint-overdue = 投诉 {$entry} 自 {$since} 起待处理，已超过 {$sla} 的处理期限
audit-hint-complaint-overdue = 请答复客户，然后运行 `crmfile resolve {$id} {$entry}`
audit-over-credit-limit = 欠款 {$currency} {$balance}，超过信用额度 {$currency} {$limit}（其中逾期 {$overdue}）
audit-hint-over-credit-limit = 请催收欠款（`crmfile remind --kind payment`），或重新评估额度：`crmfile set {$id} credit.limit=…`
audit-merge-conflict = 合并时 {$field} 的两个值只保留了一个；另一个记在 [conflicts] 中
audit-hint-merge-conflict = 请用 `crmfile set {$id} {$field}=…` 或 `crmfile edit {$id}` 解决
audit-retention = 自 {$last} 起没有任何活动，已超过保存期限 retention.days = {$days}
audit-hint-retention = 如不再需要：`crmfile forget {$id} --reason retention`，或一次删除全部：`crmfile forget --expired`
audit-hint-not-for-you = 请该文件夹的接收者添加你的密钥（`crmfile recipients add`）
audit-hint-restore = 请从 git（`git checkout -- FILE`）或备份中恢复
audit-hint-edit-or-restore = 请用 `crmfile edit {$id}` 修正（按原文打开），或从 git 中恢复
audit-hint-newer = 请在本机更新 crmfile：这条记录由更新版本写入
audit-hint-rename = 请运行 `crmfile edit {$id}` 并设置 `id = "{$id}"`（即文件名），或从 git 中恢复
audit-hint-symlink = 请用链接指向的文件替换该链接，或删除它
audit-hint-permissions = 请检查文件权限
audit-duplicate-id = 编号 {$id} 被多个文件使用：{$files}
audit-hint-duplicate-id = 同一客户有两个文件（合并时两边都保留了一次移动，或复制所致）：用 `crmfile cat 文件` 分别查看，删除放错文件夹的那个（`git rm 文件`），再用 `crmfile set` 补上只有它才有的内容
audit-erased-present = 客户 {$id} 已于 {$date} 删除，但其文件又出现在档案库中（被 git 合并或检出恢复）
audit-hint-erased-present = 请再次删除：crmfile forget {$id} --reason "已删除，被 git 恢复"
error-erased-present = {$path}：客户 {$id} 已删除，但其文件又出现了（被 git 恢复）；未做改动
hint-erased-present = 请再次删除：crmfile forget {$id}，或 git rm 该文件
audit-hint-erased-present-file = 该文件未加密给你，请直接删除：git rm {$path}
audit-erasures-unreadable = 已删除客户的墓碑记录（.crmfile/erasures.toml）无法读取：{$why}
audit-hint-erasures-unreadable = 是 git 冲突吗？保留两边的所有墓碑记录，删除冲突标记后提交
audit-cannot-remove = {$path}：无法删除：{$error}
audit-hint-remove-by-hand = 请手动删除
audit-stray-temp = {$path} 是中断的写入留下的（只含密文）
audit-hint-fix-removes = `crmfile audit --fix` 会删除它
audit-plaintext = {$path} 可能以明文保存了客户数据
audit-hint-plaintext = 请导入后删除，或移出档案库；也请检查 git 历史
audit-symlink = {$path} 是符号链接（从不跟随）
audit-hint-replace-link = 请用文件替换它，或删除它
audit-identity-permissions = {$path} 可被其他用户读取（权限 {$mode}）
audit-recipients-untrusted = {$file} 自你上次信任后已被修改
audit-recipients-first-use = 本机尚未信任 {$file}
audit-stale-edit-copy = 被强行终止的 `crmfile edit` 留下了解密副本：{$path}
audit-hint-stale-edit-copy = `crmfile audit --fix` 或下一次 `crmfile edit` 会删除它
fixed-stale-edit-copy = 已删除解密编辑副本 {$path}
audit-hint-recipients-untrusted = 请用 `crmfile recipients list` 审阅，然后运行 `crmfile recipients trust`
audit-recipients-mismatch = 加密给了 {$count} 个密钥，而 {$file} 列出 {$listed} 个
audit-hint-recipients-mismatch = `crmfile audit --fix`（或 `crmfile reencrypt`）会按当前接收者重新加密
audit-hint-recipients-mismatch-unsealed = 它也没有封签（见 `unsealed`）：检查之后，`crmfile accept {$id}` 会按当前接收者为它封签
audit-phone-format = 电话号码写法不统一
audit-hint-phone-format = `crmfile audit --fix` 会统一改写
audit-likely-duplicate = {$a} 与 {$b}：{$why}
audit-hint-likely-duplicate = 如果是同一位客户：`crmfile merge {$a} {$b}`

## 自定义字段（配置中的 [fields]，记录中的 extra.NAME）

extra-undeclared-named = extra.{$name} 未在 .crmfile/config.toml 的 [fields] 中声明
extra-undeclared = 未在 .crmfile/config.toml 的 [fields] 中声明
extra-not-int = extra.{$name}：“{$text}”不是整数
extra-not-decimal = extra.{$name}：“{$text}”不是小数
extra-not-bool = extra.{$name}：“{$text}”不是 true 或 false
extra-not-one-of = extra.{$name}：“{$value}”不是以下之一：{$values}
extra-wrong-type = 不是有效的 {$kind} 值
extra-pattern = extra.{$name}：“{$value}”不符合格式 {$pattern}
extra-required = 为必填项（见 .crmfile/config.toml）

## 时间长度（--within、follow_up.cadence）

error-not-a-span = “{$text}”不是时间长度（例如 14d、2w、1m、1y）

## 命令与选项的帮助（英文原文为 src/ 中的文档注释；有测试比对命令树）

help-about = 将客户档案保存为经 age 加密、便于 git 管理的 TOML 文件
help-after-help = 示例：
    {"  "}crmfile init                              在当前文件夹建立档案库，并生成新的身份密钥
    {"  "}crmfile add --name 张伟 --phone 13800138000 --company 星河科技
    {"  "}crmfile find 星河 --format ids | xargs -n1 crmfile show
    {"  "}crmfile set 张伟 title=采购经理 class.stage=yellow

    档案库的位置依次取自 --store、CRMFILE_STORE，或当前文件夹及其上级中
    最近一个含有 .crmfile/config.toml 的文件夹。语言依次取自 --lang、CRMFILE_LANG、
    LC_ALL、LC_MESSAGES、LANG，默认英文。退出码：0 成功，1 出错，2 用法错误，
    3 检查发现问题。
help-arg-store = 档案库的根文件夹 [默认：从当前文件夹向上查找]
help-arg-identity = 存放你私钥的身份密钥文件 [默认：$XDG_CONFIG_HOME/crmfile/identity.txt，其次 ~/.ssh/id_ed25519]
help-show-arg-format = 输出格式 [默认：终端上为表格，否则为 TOML]
help-show-arg-format-value-table = 供人阅读的对齐表格
help-show-arg-format-value-toml = TOML 格式的记录
help-show-arg-format-value-json = 一个 JSON 文档（记录结构同 schemas/）
help-find-arg-format = 输出格式 [默认：终端上为表格，否则为纯文本]
help-find-arg-format-value-table = 供人阅读的对齐表格
help-find-arg-format-value-json = 一个 JSON 文档（记录结构同 schemas/）
help-find-arg-format-value-ndjson = 每行一个 JSON 对象
help-find-arg-format-value-csv = 带表头的逗号分隔值
help-find-arg-format-value-ids = 每行一个客户编号，供 xargs 使用
help-classify-arg-format = 输出格式 [默认：终端上为表格，否则为纯文本]
help-classify-arg-format-value-table = 供人阅读的对齐表格
help-classify-arg-format-value-json = 一个 JSON 文档（记录结构同 schemas/）
help-classify-arg-format-value-ndjson = 每行一个 JSON 对象
help-classify-arg-format-value-csv = 带表头的逗号分隔值
help-audit-arg-format = 输出格式 [默认：终端上为表格，否则为纯文本]
help-audit-arg-format-value-table = 供人阅读的对齐表格
help-audit-arg-format-value-json = 一个 JSON 文档（记录结构同 schemas/）
help-audit-arg-format-value-ndjson = 每行一个 JSON 对象
help-export-arg-format = 输出格式（必填；--entries 时为 csv、xlsx、json 或 ndjson）。xlsx 是 Excel 工作簿，写到标准输出：请重定向到文件
help-export-arg-format-value-csv = 带表头的逗号分隔值
help-export-arg-format-value-json = 一个 JSON 文档（记录结构同 schemas/）
help-export-arg-format-value-ndjson = 每行一个 JSON 对象
help-export-arg-format-value-vcard = vCard 名片
help-export-arg-format-value-ics = iCalendar 日历事件
help-import-customers-arg-format = 文件的格式；不给出时按扩展名判断（.csv .txt .tsv、.xlsx .xls .ods、.vcf、.ndjson .jsonl .json；JSON 列表按 NDJSON 读取）
help-import-customers-arg-format-value-csv = 带表头的逗号分隔值
help-import-customers-arg-format-value-vcard = vCard 名片
help-import-customers-arg-format-value-ndjson = 每行一个 JSON 对象
help-import-transactions-arg-format = 文件的格式；不给出时按扩展名判断（.csv .txt .tsv、.xlsx .xls .ods、.ndjson .jsonl）
help-import-transactions-arg-format-value-csv = 带表头的逗号分隔值
help-import-transactions-arg-format-value-ndjson = 每行一个 JSON 对象
help-remind-arg-format = 输出格式 [默认：终端上为表格，否则为纯文本]
help-remind-arg-format-value-table = 供人阅读的对齐表格
help-remind-arg-format-value-json = 一个 JSON 文档（记录结构同 schemas/）
help-remind-arg-format-value-ndjson = 每行一个 JSON 对象
help-remind-arg-format-value-ics = iCalendar 日历事件
help-report-arg-format = 输出格式 [默认：终端上为表格，否则为纯文本]
help-report-arg-format-value-table = 供人阅读的对齐表格
help-report-arg-format-value-json = 一个 JSON 文档（记录结构同 schemas/）
help-report-arg-format-value-html = 独立的 HTML 网页
help-access-log-arg-format = 输出格式 [默认：终端上为表格，否则为纯文本]
help-access-log-arg-format-value-table = 供人阅读的对齐表格
help-access-log-arg-format-value-json = 一个 JSON 文档（记录结构同 schemas/）
help-access-log-arg-format-value-ndjson = 每行一个 JSON 对象
help-member-list-arg-format = 输出格式 [默认：终端上为表格，否则为纯文本]
help-member-list-arg-format-value-table = 供人阅读的对齐表格
help-member-list-arg-format-value-json = 一个 JSON 文档（记录结构同 schemas/）
help-member-list-arg-format-value-ndjson = 每行一个 JSON 对象
help-recipients-list-arg-format = 输出格式 [默认：终端上为表格，否则为纯文本]
help-recipients-list-arg-format-value-table = 供人阅读的对齐表格
help-arg-color = 何时使用彩色输出
help-arg-quiet = 不输出状态信息（错误仍会输出）
help-arg-verbose = 输出更多信息：批量命令因位于你无权读取的文件夹而略过了多少条记录
help-arg-today = 把 DATE 当作今天（2026-12-01、yesterday、-1w…），便于复现结果
help-arg-wait = 写入者等待另一个写入者完成的最长秒数，超时即放弃
help-arg-lang = 消息、帮助和表格的语言：en、zh-CN [默认：CRMFILE_LANG，其次系统区域设置（LC_ALL、LC_MESSAGES、LANG），否则 en]
help-init-about = 建立档案库：配置、接收者，以及忽略本地状态的 .gitignore。
help-init-long-about = { help-init-about }

    未指定 --recipient 时，档案库加密给你自己的身份密钥；若你还没有身份密钥，
    会在身份密钥路径生成一个（权限 0600），并打印其公钥。

    示例：
    {"  "}crmfile init acme-customers
    {"  "}crmfile init --recipient age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    {"  "}crmfile --identity ~/.ssh/id_ed25519 init --recipient "$(cat ~/.ssh/id_ed25519.pub)"
help-init-arg-dir = 建立档案库的文件夹 [默认：当前文件夹]
help-init-arg-recipients = 记录要加密给的公钥（age1… 或 ssh-ed25519 …）；团队使用时可重复指定
help-add-about = 新增客户，并打印新客户的编号。
help-add-long-about = { help-add-about }

    疑似重复（电话、邮箱、外部编号相同，或姓名与公司都相同）时拒绝新增，并指出与哪条
    记录重复；加 --force 可强制新增。

    示例：
    {"  "}crmfile add --name 张伟 --phone "+86 138 0013 8000" --company 北京星河科技有限公司 --tag beijing
    {"  "}crmfile add --name "Anna Schmidt" --kind person --email anna@example.de --owner li.na --folder eu
    {"  "}echo '{"{"}"name":"王芳","contact":{"{"}"phones":["13912345678"]{"}"}{"}"}' | crmfile add --json -
    {"  "}crmfile add --json - < customers.ndjson     （每行一个 JSON 对象）
help-add-arg-name = 全名（个人姓名；--kind company 时为公司名称）
help-add-arg-kind = person（个人）或 company（公司）
help-add-arg-phones = 电话号码（可重复指定多个），前面加“类型:”标明类型（电话(公):010-6275 1234、传真:…；类型：手机、电话(公)、电话(家)、传真、其他）；校验后统一写成 +86 138 0013 8000
help-add-arg-emails = 邮箱地址（可重复指定多个）
help-add-arg-company = 所在公司（公司客户则为其法定全称）
help-add-arg-title = 职务
help-add-arg-birthday = 生日，格式 YYYY-MM-DD，或农历：农历八月十五、农历1975年八月十五
help-add-arg-gender = 性别，以客户自述为准
help-add-arg-address = 通信地址
help-add-arg-wechat = 微信号
help-add-arg-qq = QQ 号
help-add-arg-industry = 行业（制造、零售…）
help-add-arg-region = 销售区域（华东、EU…）
help-add-arg-tags = 标签（可重复指定多个）
help-add-arg-owner = 客户经理
help-add-arg-source = 客户来源（referral 转介绍、fair 展会、web 网站…）
help-add-arg-reference = 客户在其他系统中的编号
help-add-arg-folder = 存放该记录的档案库子文件夹（如 vip）
help-add-arg-set = 其他任意字段，写法同 `set`（extra.floor=12、follow_up.cadence=14d）；可重复
help-add-arg-force = 即使疑似重复，或你的身份密钥无法读回该记录，也照样新增
help-add-arg-json = 改为从标准输入读取 JSON 记录：一个对象，或每行一个
help-show-about = 查看一位客户：终端上为表格，否则为 TOML，也可输出 JSON。
help-show-long-about = { help-show-about }

    示例：
    {"  "}crmfile show 张伟
    {"  "}crmfile show c-7k3m9q2x --format json | jq .contact.phones
    {"  "}crmfile show 13800138000 --format toml
help-show-arg-query = 客户编号，或恰好匹配一位客户的查询（姓名、电话、邮箱、公司）
help-find-about = 列出客户，可按查询词和条件筛选。
help-find-long-about = { help-find-about }

    QUERY 以不区分大小写的子串方式匹配编号、名称、公司、外部编号、邮箱或电话。
    所有筛选条件须同时满足。无法读取的文件会在标准错误中报告，退出码为 1，
    但所有可读的匹配结果仍会列出。

    示例：
    {"  "}crmfile find 星河
    {"  "}crmfile find --tag vip --owner li.na
    {"  "}crmfile list --tier strategic --format csv > strategic.csv
    {"  "}crmfile find --where class.stage=red --where 'company~科技' --format ids | xargs -n1 crmfile show
    {"  "}crmfile find --where extra.floor=12 --format json | jq '.[].name'
help-find-arg-query = 在编号、名称、公司、外部编号、邮箱和电话中查找的文字
help-find-arg-tags = 只列出带此标签的客户（重复指定：须带全部标签）
help-find-arg-owner = 只列出此客户经理的客户
help-find-arg-tier = 只列出此价值等级的客户
help-find-arg-conditions = 对点分字段的条件：FIELD=VALUE、FIELD!=VALUE、FIELD~TEXT，或对数字、金额、日期用 FIELD>VALUE（>=、<、<=）；数字和日期按值比较（重复指定：须全部满足）
help-set-about = 修改一位客户的字段：FIELD=VALUE；列表字段用 FIELD+=ITEM 和 FIELD-=ITEM。
help-set-long-about = { help-set-about }

    值为空即清除可选字段。列表字段可用逗号分隔多项。写入前会逐条检查每个赋值，
    并校验整条记录；只要有一项不对，就什么都不改。

    字段：name kind gender company title birthday lunar_birthday industry region size tags
    owner source ref contact.phones contact.phones.类型（mobile work home fax other）
    contact.emails contact.wechat contact.qq contact.address preferences.channel
    preferences.products preferences.notes class.tier class.lifecycle class.stage class.pin
    follow_up.cadence follow_up.next credit.limit credit.rating credit.terms verified
    extra.NAME；也可用各字段的中文名（价值等级即 class.tier，信用额度即 credit.limit）

    示例：
    {"  "}crmfile set 张伟 title=采购总监 company=北京星河科技有限公司
    {"  "}crmfile set c-7k3m9q2x contact.phones+="+86 139 1234 5678" follow_up.cadence=14d
    {"  "}crmfile set 张伟 class.stage=red follow_up.next=monday
    {"  "}crmfile set 张伟 contact.phones+=传真:010-6275-1235 contact.phones.work=010-6275-1234
    {"  "}crmfile set 张伟 contact.wechat=          （清除该字段）
help-set-arg-query = 客户编号，或恰好匹配一位客户的查询
help-set-arg-assignments = FIELD=VALUE、FIELD+=ITEM 或 FIELD-=ITEM
help-set-arg-force = 即使你的身份密钥无法读回该记录，也照样写入
help-tag-about = 为一位客户添加（+tag 或 tag）和移除（-tag）标签。
help-tag-long-about = { help-tag-about }

    示例：
    {"  "}crmfile tag 张伟 +vip -cold
    {"  "}crmfile find --owner li.na --format ids | xargs -I{"{"}{"}"} crmfile tag {"{"}{"}"} +q4-campaign
help-tag-arg-query = 客户编号，或恰好匹配一位客户的查询
help-tag-arg-changes = +TAG 添加，-TAG 移除
help-edit-about = 在 $VISUAL 或 $EDITOR 中以 TOML 格式编辑一位客户的记录。
help-edit-long-about = { help-edit-about }

    解密后的副本放在内存存储中（/dev/shm 或 $XDG_RUNTIME_DIR，权限 0600），
    无论以何种方式退出（包括 Ctrl-C）都会删除。结果在重新加密前会先校验；
    在终端上出错时可以重新打开修改。内容未变则不写入。
    编辑期间他人新增的日志条目会保留。
    无法解析（或编号不符）的记录按原文打开，以便修复。
    被强行终止的编辑留下的副本会在下次运行时删除（并提示）。

    档案库要求封签而记录没有封签时（用 rage 手工写入，或被人埋入），除非给出 --accept，
    否则拒绝编辑：您在编辑器里通读全文，保存的内容会作为成员的记录封签
    （`crmfile accept` 则按原样接受）。

    示例：
    {"  "}crmfile edit 张伟
    {"  "}EDITOR="code --wait" crmfile edit c-7k3m9q2x
    {"  "}crmfile edit --accept c-9hand0wr    （手工写入的记录，在编辑器中检查）
help-edit-arg-query = 客户编号，或恰好匹配一位客户的查询
help-edit-arg-force = 即使你的身份密钥无法读回该记录，也照样写入
help-edit-arg-unsafe_copy_dir = 即使此文件夹不是内存文件夹（tmpfs）也把解密副本放在这里：记录可能因此写到磁盘并在崩溃后留存
help-edit-arg-accept = 在编辑器中读过之后，把没有封签的记录作为成员的记录：保存的内容会被封签
help-log-contact-about = 记录与客户的一次电话、邮件、面谈、拜访或聊天。
help-log-contact-long-about = { help-log-contact-about }

    --next 设置下次跟进日期。未给 --next 时，早于或等于本次联系的跟进日期会被清除：
    这次联系就是那次跟进，回访周期从这次联系重新计算。

    示例：
    {"  "}crmfile log-contact 张伟 --channel phone --summary "Asked for a quote on 4 more units" --next 2w
    {"  "}crmfile log-contact c-7k3m9q2x --channel wechat --direction in --summary "Sent the drawings" --outcome received
    {"  "}crmfile log-contact 张伟 --channel visit --at "2026-11-20 15:00" --summary "Site visit"
    {"  "}crmfile log-contact --json - < calls.ndjson
    {"    "}（每行一个对象：{"{"}"customer":"c-7k3m9q2x","channel":"phone","summary":"…","next":"2026-12-01"{"}"}；
    {"     "}"customer" 为客户编号或外部编号）
help-log-contact-arg-query = 客户编号，或恰好匹配一位客户的查询
help-log-contact-arg-channel = phone、email、meeting、visit、wechat、qq、sms 或 other（也可用 电话、微信…）
help-log-contact-arg-summary = 沟通内容
help-log-contact-arg-at = 时间：2026-11-20T15:00:00+08:00、"2026-11-20 15:00" 或日期 [默认：现在]
help-log-contact-arg-direction = in（客户主动联系）或 out
help-log-contact-arg-by = 联系人；在团队中须为成员名字 [默认：你：你的成员名字，没有团队时为 $CRMFILE_USER，其次登录名]
help-log-contact-arg-outcome = 结果（quote-sent、no-answer、order…）
help-log-contact-arg-next = 下次跟进：2026-12-01、+3d、2w、monday…
help-log-contact-arg-json = 从标准输入（`-`）读取 NDJSON 条目，每条以客户编号或外部编号指明客户
help-log-purchase-about = 记录一笔购买（加 --refund 则为退款），金额为精确小数。
help-log-purchase-long-about = { help-log-purchase-about }

    购买默认为赊销：在到期日（购买日加客户的账期 credit.terms，否则用档案库的账期）之前
    计入欠款，直到 `log-payment` 收款为止。--paid 记为现金销售。若这笔购买使欠款超过
    客户的信用额度，会列出数字并拒绝；加 --force 则照样记录，并在记录中注明。

    退款同样记入账户（红字冲销）：从客户所欠金额中扣除，先冲最早到期的，余下的作为
    预收款。--refund --paid 记为现金退还，账户不变。

    示例：
    {"  "}crmfile log-purchase 张伟 --amount 25800.00 --product "R740 server" --quantity 2 --payment bank-transfer
    {"  "}crmfile log-purchase c-7k3m9q2x --amount 199 --currency USD --date 2026-10-03 --ref INV-1042
    {"  "}crmfile log-purchase 张伟 --refund --amount 1200 --product "R740 server" --ref RMA-7
    {"  "}crmfile log-purchase 张伟 --refund --amount 880 --paid --payment wechat-pay   （现金退还）
    {"  "}crmfile log-purchase 张伟 --amount 880 --paid --payment wechat-pay           （现金销售）
    {"  "}crmfile log-purchase 张伟 --amount 300000 --force                            （超过额度）
    {"  "}crmfile log-purchase --json - < orders.ndjson
    {"    "}（每行一个对象：{"{"}"customer":"ERP-00042","amount":"25800.00","product":"R740 server"{"}"}）
help-log-purchase-arg-query = 客户编号，或恰好匹配一位客户的查询
help-log-purchase-arg-amount = 精确小数金额（25800.00、¥25,800、2.58万）；仅 --refund 时可为负数
help-log-purchase-arg-refund = 这是一笔退款：金额按负数保存，并从所欠金额中扣除（加 --paid：现金退还，账户不变）
help-log-purchase-arg-currency = ISO 4217 货币代码 [默认：档案库的货币]
help-log-purchase-arg-product = 购买的产品
help-log-purchase-arg-quantity = 数量
help-log-purchase-arg-date = 日期：2026-10-03、yesterday、-2d… [默认：今天]
help-log-purchase-arg-payment = 付款方式（bank-transfer、alipay、wechat-pay、cash、card…）
help-log-purchase-arg-reference = 发票号或订单号
help-log-purchase-arg-json = 从标准输入（`-`）读取 NDJSON 条目，每条以客户编号或外部编号指明客户
help-log-feedback-about = 记录客户反馈。投诉和建议在 `crmfile resolve` 之前处于待处理状态；
    表扬和调查无需答复，记录即为已解决。投诉须在档案库的 feedback.sla 内由处理人
    （--handler，否则为客户经理）处理；`crmfile resolve` 带它走完处理中、已解决和回访。
help-log-feedback-long-about = { help-log-feedback-about }

    示例：
    {"  "}crmfile log-feedback 张伟 --kind complaint --text "Delivery was late" --rating 2
    {"  "}crmfile log-feedback 张伟 --kind 投诉 --text "发货晚了三天" --handler 王芳
    {"  "}crmfile log-feedback c-7k3m9q2x --kind survey --rating 5 --text "NPS survey Q4"
    {"  "}crmfile log-feedback --json - < survey.ndjson
    {"    "}（每行一个对象：{"{"}"customer":"c-7k3m9q2x","kind":"survey","rating":4,"text":"…"{"}"}）
help-log-feedback-arg-query = 客户编号，或恰好匹配一位客户的查询
help-log-feedback-arg-kind = complaint（投诉）、suggestion（建议）、praise（表扬）或 survey（调查）
help-log-feedback-arg-text = 客户的原话
help-log-feedback-arg-rating = 评分，1（最差）到 5（最好）
help-log-feedback-arg-date = 日期 [默认：今天]
help-log-feedback-arg-json = 从标准输入（`-`）读取 NDJSON 条目，每条以客户编号或外部编号指明客户
help-resolve-about = 将一条反馈标记为已解决，并记下处理情况。已解决的投诉在档案库的 feedback.callback
    之后需要回访；--callback 记录回访及客户的意见。--start 标记为处理中（--handler 可转交他人）。
help-resolve-long-about = { help-resolve-about }

    示例：
    {"  "}crmfile resolve 张伟 f-3k9m2x7q --start --handler 王芳
    {"  "}crmfile resolve 张伟 f-3k9m2x7q --note "Refunded the shipping fee"
    {"  "}crmfile resolve 张伟 f-3k9m2x7q --callback --note "满意，下月续订" --rating 5
help-resolve-arg-query = 客户编号，或恰好匹配一位客户的查询
help-resolve-arg-feedback_id = 反馈条目的编号（f-…），见 `show` 的列表
help-resolve-arg-note = 处理情况
help-resolve-arg-date = 解决日期 [默认：今天]
help-add-person-about = 添加关键人物：推荐人、决策人、签字人……
    他们的生日会和客户的生日一样提醒。
help-add-person-long-about = { help-add-person-about }

    示例：
    {"  "}crmfile add-person 张伟 --name 王芳 --role decision-maker --birthday 1979-07-02
    {"  "}crmfile add-person c-7k3m9q2x --name "Li Lei" --role referrer --phone 13912345678
    {"  "}crmfile add-person 张伟 --name 王总 --role 决策人 --birthday 农历1962年腊月初八
help-add-person-arg-query = 客户编号，或恰好匹配一位客户的查询
help-add-person-arg-name = 姓名
help-add-person-arg-role = referrer（推荐人）、decision-maker（决策人）、sign-off（签字人）或 other（其他）
help-add-person-arg-birthday = 生日，格式 YYYY-MM-DD，或农历：农历八月十五、农历1975年八月十五
help-add-person-arg-phone = 电话号码
help-add-person-arg-email = 邮箱地址
help-add-person-arg-notes = 值得记住的事项
help-add-person-arg-json = 从标准输入（`-`）读取 NDJSON 格式的人物，每条以客户编号或外部编号指明客户
help-add-date-about = 添加每年要记住的日子（首次下单、公司成立、结婚纪念日…）。
help-add-date-long-about = { help-add-date-about }

    示例：
    {"  "}crmfile add-date 张伟 --label "first order" --date 2019-05-20
    {"  "}crmfile add-date c-7k3m9q2x --label 公司成立纪念日 --date 2008-09-01
    {"  "}crmfile add-date 张伟 --label 结婚纪念日 --date 农历2010年七月初七
help-add-date-arg-query = 客户编号，或恰好匹配一位客户的查询
help-add-date-arg-label = 这个日子的名称
help-add-date-arg-date = 最初的日期，YYYY-MM-DD（年份用于计算周年），或农历：农历2019年八月十五（此后按农历日期每年提醒）
help-add-date-arg-json = 从标准输入（`-`）读取 NDJSON 格式的日期，每条以客户编号或外部编号指明客户
help-classify-about = 按 .crmfile/config.toml 中的规则（[classify]；内置规则见该文件和 README），
    为每位客户计算 RFM 分值、价值等级和生命周期阶段。
help-classify-long-about = { help-classify-about }

    只重写分类有变化的记录，所以同一天再次运行不会改动任何内容。手动固定的价值等级
    （`set ID class.pin=true`）保持不变，但仍会计算其 RFM。与档案库货币不同的交易
    不计入，并会报告。

    示例：
    {"  "}crmfile classify --dry-run
    {"  "}crmfile classify --today 2026-12-31 --format json | jq '.[] | select(.new.tier=="strategic")'
    {"  "}15 2 * * *  crmfile -q --store ~/acme classify      （每晚由 cron 运行）
help-classify-arg-dry_run = 显示将会发生的变化，不写入任何内容
help-classify-arg-all = 列出每位客户，而不只是分类有变化的客户
help-audit-about = 检查档案库：无法解密或解析的文件、未加密给所在文件夹当前接收者的记录、遗留的临时文件
    或明文文件、身份密钥文件的权限、无效字段、疑似重复、超过两倍回访周期未联系的客户、
    逾期未处理的投诉、合并冲突、已删除却又出现的客户文件，以及超过保存期限的客户。每项发现都有级别、代码、
    相关记录和处理提示。
help-audit-long-about = { help-audit-about }

    有级别不低于 --fail-on（默认 error）的发现时退出码为 3，否则为 0。
    --fix 只执行安全的修复（删除遗留的临时文件、按所在文件夹的接收者重新加密记录、
    统一电话号码写法），并列出改动内容。

    示例：
    {"  "}crmfile audit
    {"  "}crmfile audit --fail-on warning --format json | jq '.[] | select(.code=="likely-duplicate")'
    {"  "}crmfile audit --fix
    {"  "}0 7 * * 1  crmfile -q --store ~/acme audit --fail-on warning | mail -E -s "crm audit" admin@example.com
help-audit-arg-fail_on = 发现的级别不低于此级别时以 3 退出
help-audit-arg-fix = 执行安全的修复，并列出改动内容
help-export-about = 将客户（筛选方式同 `find`）导出到标准输出：CSV、Excel、JSON、NDJSON、vCard 或 iCalendar；
    或导出其日志条目，每条一行；或导出关于某位客户的全部信息。
help-export-long-about = { help-export-about }

    CSV 的列为点分字段路径（--fields）；列表字段以 `;` 连接。默认列：
    id、name、kind、company、title、contact.phones、contact.emails、contact.wechat、
    contact.address、birthday、tags、owner、source、ref、class.tier、class.lifecycle、
    class.rfm、class.stage、follow_up.next、credit.limit、credit.rating、credit.terms、
    created、updated；其后是 `set` 可改的其余字段（gender、lunar_birthday、industry、
    region、size、contact.qq、preferences.*、class.pin、follow_up.cadence、verified）
    和档案库自定义字段（extra.NAME），因此导出、编辑后再导入不会丢失任何内容。

    示例：
    {"  "}crmfile export --format csv --bom > customers.csv                （供 Excel 使用）
    {"  "}crmfile export --format csv --headers zh --bom > 客户.csv        （中文表头，可再导入）
    {"  "}crmfile export --format xlsx --headers zh > 客户.xlsx             （Excel 工作簿）
    {"  "}crmfile export --tag vip --format csv --fields id,name,contact.phones,class.tier,extra.floor
    {"  "}crmfile export --format csv --headers zh --fields name,company,owner,credit.limit,balance   （欠款）
    {"  "}crmfile export --format vcard > customers.vcf                    （手机通讯录、khard）
    {"  "}crmfile export --format vcard --vcard-version 3.0 > old-phone.vcf
    {"  "}crmfile export --format ics > dates.ics                          （生日、纪念日、下一步跟进）
    {"  "}crmfile export --purpose marketing --format csv --fields name,contact.phones > campaign.csv
    {"  "}crmfile export --entries transactions --format csv > sales.csv
    {"  "}crmfile export --entries payments --format xlsx > 收款.xlsx
    {"  "}crmfile export 张伟 --subject --history > ../subject-access.json  （《个人信息保护法》第 45 条 / GDPR 第 15 条）
help-export-arg-query = 在编号、名称、公司、外部编号、邮箱和电话中查找的文字
help-export-arg-raw = CSV 单元格按原样输出：电子表格会当作公式执行的单元格（`=`、`+`、`-`、`@`）前不加 `'`；仅供程序使用，不要用 Excel 打开
help-export-arg-tags = 只导出带此标签的客户（重复指定：须带全部标签）
help-export-arg-owner = 只导出此客户经理的客户
help-export-arg-tier = 只导出此价值等级的客户
help-export-arg-conditions = 对点分字段的条件：FIELD=VALUE、FIELD!=VALUE、FIELD~TEXT，或对数字、金额、日期用 FIELD>VALUE（>=、<、<=）；数字和日期按值比较（重复指定：须全部满足）
help-export-arg-fields = CSV 的列，以逗号分隔的点分字段路径
help-export-arg-bom = CSV 以字节顺序标记（BOM）开头，以便 Excel 按 UTF-8 读取
help-export-arg-headers = CSV 表头：machine 为供程序读取的点分字段名；zh 或 en 为给人看的中文或英文列名，枚举值也用该语言的名称；`import customers` 三种都能读回
help-export-arg-vcard_version = --format vcard 使用的 vCard 版本
help-export-arg-entries = 每条日志条目一行（附其客户编号），而不是每位客户一行
help-export-arg-entries-value-payments = 收到的款项（缴费记录）
help-export-arg-subject = 以 JSON 导出 QUERY 所指那位客户的全部信息（个人信息查阅请求）
help-export-arg-history = 与 --subject 一起使用：同时导出 git 历史中提交过的每个版本
help-import-about = 导入客户或交易记录。
help-import-long-about = { help-import-about }

    示例：
    {"  "}crmfile import customers 客户.csv --dry-run
    {"  "}crmfile import customers 客户档案.xlsx --sheet 客户 --rejects 未导入.xlsx
    {"  "}crmfile import customers --format csv contacts.csv --map "Mobile 2=contact.phones" --on-duplicate update
    {"  "}crmfile import customers --format vcard phone-export.vcf --folder leads
    {"  "}crmfile export --format ndjson | crmfile --store ../copy import customers --format ndjson -
    {"  "}crmfile import transactions --format csv orders.csv --match ref
help-import-customers-about = 从 CSV 或 Excel（表头可为中文或英文）、vCard 或 NDJSON 导入客户
help-import-customers-long-about = { help-import-customers-about }

    示例：
    {"  "}crmfile import customers 客户.csv --dry-run
    {"  "}crmfile import customers 客户档案.xlsx --sheet 客户
    {"  "}crmfile import customers --format vcard phone-export.vcf --on-duplicate update
help-import-customers-arg-file = 要读取的文件，- 表示标准输入
help-import-customers-arg-maps = COLUMN=FIELD：把某一列读入点分字段（优先于自动对应）
help-import-customers-arg-on_duplicate = 如何处理与档案库中已有客户或文件中前面客户疑似重复的客户：跳过（skip）、更新已有客户（update：补全空字段，合并列表和日志；值不同的字段保留记录中的值并列出），或计为错误（error）
help-import-customers-arg-dry_run = 统计将会发生的情况并显示前几个问题，不写入任何内容
help-import-customers-arg-folder = 新记录存放的档案库子文件夹
help-import-customers-arg-force = 导入与已删除客户相符的客户（对方已重新同意）
help-import-customers-arg-encoding = 文件的文本编码，自动识别有误时指定（CSV 和 vCard）
help-import-customers-arg-keep_unmapped = 没有对应字段的列按表头保存在 extra.imported 下（CSV）
help-import-transactions-about = 从 CSV、Excel 或 NDJSON 导入交易记录，追加到所指的客户
help-import-transactions-long-about = { help-import-transactions-about }

    带到期日的行（due 或 到期日 列，即 `export --entries transactions` 写出的那样）是赊销，付清前一直算欠款；没有到期日的是现款销售。没有字段对应的列或 NDJSON 键会列出来，不导入。

    示例：
    {"  "}crmfile import transactions --format csv orders.csv --match ref
    {"  "}crmfile import transactions --format ndjson - --match phone < pos-export.ndjson
    {"  "}crmfile import transactions 订单.xlsx --match company
help-import-transactions-arg-file = 要读取的文件，- 表示标准输入
help-import-transactions-arg-by = 每行如何指明客户：按外部编号（ref）、编号（id）、电话（phone）、邮箱（email）或公司名称（company；多个客户共用的名称会报告出来，不会随意指定）
help-import-transactions-arg-maps = COLUMN=FIELD，用于列或 NDJSON 键（customer、date、amount、currency、quantity、product、payment、ref、due、over_limit）
help-import-transactions-arg-dry_run = 统计将会发生的情况并显示前几个问题，不写入任何内容
help-import-transactions-arg-encoding = 文件的文本编码，自动识别有误时指定（CSV）
help-merge-about = 把重复的客户并入要保留的客户，然后删除重复的那条。
help-merge-long-about = { help-merge-about }

    日志条目（联系记录、交易、反馈、关键人物、纪念日）按编号合并，列表（电话、邮箱、
    标签…）取并集，一方为空的字段取另一方的值，双方值不同的字段取 --prefer 指定一方
    的值。打印保留的客户编号。`crmfile audit` 会列出疑似重复的客户。

    示例：
    {"  "}crmfile merge c-7k3m9q2x c-m2x8k4aa --yes
    {"  "}crmfile merge 张伟 "Zhang Wei" --prefer dup --yes
help-merge-arg-keep = 要保留的客户（编号或查询）
help-merge-arg-dup = 要并入并删除的重复客户（编号或查询）
help-merge-arg-prefer = 双方都有值时以哪一方为准
help-merge-arg-yes = 不再询问
help-remind-about = 列出到期事项：回访、生日和纪念日（客户本人及其关键人物），超过配置期限
    （feedback.sla）仍未解决的投诉，已解决投诉的回访（feedback.callback），以及即将到期或
    已逾期的赊销欠款（payment）。
help-remind-long-about = { help-remind-about }

    列出从今天到今天加 --within 之间到期的事项，以及所有逾期事项，按日期排序
    （逾期的在前）。没有到期事项时不输出任何内容并以 0 退出，这样 cron 只在有事
    要做时才发邮件（--format ics 总是写出完整日历，必要时为空，以便订阅的日历
    删除已完成的事项；--format json 总是写出一个 JSON 文档，无事项时为 `[]`）。

    示例：
    {"  "}crmfile remind
    {"  "}crmfile remind --within 30d --owner li.na --kind birthday
    {"  "}crmfile remind --kind greeting --within 10d                      （春节、中秋等节日前该问候谁）
    {"  "}crmfile remind --kind payment --within 1d                         （到期欠款，催款）
    {"  "}crmfile remind --format ics > ~/calendars/crm.ics
    {"  "}crmfile remind --done 张伟 --summary "Called, all fine"
    {"  "}0 8 * * 1-5  crmfile -q --store ~/acme remind | mail -E -s "Customers due today" team@example.com
help-remind-arg-within = 向后看多远：7d、2w、1m…（0d：只看今天和已逾期的）
help-remind-arg-owner = 只列出此客户经理的客户
help-remind-arg-tier = 只列出此价值等级的客户
help-remind-arg-tag = 只列出带此标签的客户
help-remind-arg-kind = 只列出这些类型的事项（可重复指定多个）
help-remind-arg-exit_code = 有到期事项时以 3 退出（没有时为 0）
help-remind-arg-done = 将一位客户的回访标记为完成：记录一次联系，并清除下一步日期
help-remind-arg-channel = 与 --done 一起使用：回访的方式
help-remind-arg-summary = 与 --done 一起使用：沟通内容 [默认：“已完成回访”]
help-report-about = 分析客户档案：按价值等级、生命周期和销售阶段统计客户；近 12 个月按价值等级和
    按月的营收及趋势；营收前十的客户；统计期内（--since，默认近 30 天）各客户经理和
    各渠道的联系次数、投诉和评分；逾期未回访的客户及其电话和客户经理。--by 按地区、行业、
    客户经理、来源、价值等级、销售阶段或生命周期分组统计客户数、营收、新增与流失客户、
    投诉和满意度；--receivables 给出应收账款的账龄（自购买日起 0-30、31-60、61-90、90 天以上），
    按客户和客户经理列出。与 `find` 相同的筛选条件可缩小所有统计的范围。
help-report-long-about = { help-report-about }

    在终端上显示带条形图和迷你走势图的表格。--format json 供脚本使用；
    --format html 向标准输出写出一个独立网页（内嵌 CSS 和 SVG，无脚本，不联网加载
    任何内容）。客户姓名只出现在客户列表中。

    示例：
    {"  "}crmfile report --today 2026-11-22
    {"  "}crmfile report --since 2026-01-01 --format json | jq .revenue_by_month
    {"  "}crmfile report --by industry --since 2026-01-01
    {"  "}crmfile report --by region --owner li.na --format html > /dev/shm/report.html
    {"  "}crmfile report --receivables
    {"  "}crmfile report --receivables --format json | jq '.customers[] | select(.overdue != "0")'

help-report-arg-since = 活动、投诉和评分统计期的起始日期 [默认：30 天前]
help-forget-about = 删除一位客户：删除其记录，并在 .crmfile/erasures.toml 中留下不含个人信息的删除记录
    （编号、日期、原因、电话和邮箱的带密钥哈希），此后再次新增或导入同一人会被拒绝，
    除非加 --force。哈希的密钥是 .crmfile/erasure-key.age，只有档案库成员能打开。
help-forget-long-about = { help-forget-about }

    --expired 一次删除所有最后活动（联系、购买、收款或反馈；导入或编辑不算）早于档案库
    retention.days 的客户：先列出名单，再询问一次（或 --yes）。

    git 历史中仍保留着加密文件：若要一并删除，须改写历史（见 README 的
    "Removing someone"），并让每个克隆重新克隆。

    示例：
    {"  "}crmfile forget c-7k3m9q2x --reason "erasure request 2026-11-20 (PIPL art. 47)" --yes
    {"  "}crmfile forget 张伟 --reason "retention period passed"
    {"  "}crmfile forget --expired                       （先列出，再询问）
help-forget-arg-query = 客户编号，或恰好匹配一位客户的查询
help-forget-arg-reason = 删除原因（保存在删除记录中；请勿在此写入个人信息）[使用 --expired 时默认：保存期限]
help-forget-arg-yes = 不再询问
help-access-log-about = 查看访问日志：每条解密或写入记录的命令占一行（时间、成员、命令、编号；从不记录姓名）。
    在有团队的档案库中，会读取每位成员的访问记录（.crmfile/access/<成员>@<副本>.log，随 git 同步：拉取后即可
    看到他人的记录），以及本机的 .crmfile/access.log。在配置中设置 `[access_log] enabled = false` 可关闭；
    `shared = false` 则只保留在本机。
help-access-log-long-about = { help-access-log-about }

    示例：
    {"  "}crmfile access-log --since -7d
    {"  "}crmfile access-log --member 李娜 --since -30d
    {"  "}crmfile access-log --member li.na --format json | jq '.[].ids[]' | sort | uniq -c
help-access-log-arg-since = 只看此日期及以后
help-access-log-arg-member = 只看此成员（没有团队的档案库中为用户名）
help-access-log-arg-id = 只看涉及此客户编号的条目
help-member-about = 在 .crmfile/team.toml（提交到 git）中登记团队成员及其公钥。你的身份密钥所对应的成员就是你：
    日志条目、`created_by`、`updated_by` 和访问记录都使用这个名字。之后用 `crmfile recipients add 名字
    --folder 文件夹` 让成员读取某个文件夹。
help-member-long-about = { help-member-about }

    示例：
    {"  "}crmfile member add 李娜 age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    {"  "}crmfile member list
    {"  "}crmfile member remove 李娜 --yes
help-member-add-about = 添加成员：名字及其公钥
help-member-add-long-about = { help-member-add-about }

    示例：
    {"  "}crmfile member add 李娜 age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
    {"  "}crmfile member add wang.fang "$(cat wang.fang.pub)"
help-member-add-arg-name = 成员名字（任何文字的字母和数字，以及 '.'、'_'、'-'）
help-member-add-arg-key = 其 age1… 或 ssh-ed25519/ssh-rsa 公钥
help-member-list-about = 列出成员、其公钥及其能读取的文件夹
help-member-list-long-about = { help-member-list-about }

    示例：
    {"  "}crmfile member list
    {"  "}crmfile member list --format json
help-member-remove-about = 移除成员：从团队和每个文件夹的接收者中移除，并重新加密其能读取的记录
help-member-remove-long-about = { help-member-remove-about }

    示例：
    {"  "}crmfile member remove 李娜 --yes
help-member-remove-arg-name = 成员名字
help-member-remove-arg-yes = 不再询问
help-move-about = 把客户移到另一个文件夹，并按该文件夹的接收者重新加密。文件夹就是访问级别：把客户移到 `vip`，
    就恰好让 `vip` 的读取者能读取它（见 `crmfile recipients list`）。文件夹不存在时会自动创建。
help-move-long-about = { help-move-about }

    示例：
    {"  "}crmfile move 张伟 --folder vip
    {"  "}crmfile find --where class.tier=strategic --format ids | xargs crmfile move --folder vip
help-move-arg-query = 客户编号，或各自恰好匹配一位客户的查询
help-move-arg-folder = 目标文件夹，位于档案库内（"" 表示根目录）
help-recipients-about = 查看和修改谁能读取哪个文件夹。文件夹就是访问级别：它自己的 .age-recipients 说明其中的记录
    加密给谁。可指定公钥或团队成员（见 `crmfile member`）；添加或移除会重新加密它所覆盖的全部记录。
help-recipients-long-about = { help-recipients-about }

    移除密钥收不回旧的 git 历史中的内容：被移除的人仍能解密他以前能读取的每个版本
    （见 README）。

    示例：
    {"  "}crmfile recipients list
    {"  "}crmfile recipients add 李娜 --folder vip
    {"  "}crmfile recipients add 王芳 --folder east --inherit --yes
    {"  "}crmfile recipients add "$(cat ~/.ssh/id_ed25519.pub)" --folder vip --yes
    {"  "}crmfile recipients remove 李娜 --yes
    {"  "}crmfile recipients trust          （审阅从 git 拉取的改动之后）
help-recipients-list-about = 以表格显示谁能读取每个文件夹：其接收者文件、列出的成员（或公钥）、覆盖的记录数，
    以及你是否信任它
help-recipients-list-long-about = { help-recipients-list-about }

    示例：
    {"  "}crmfile recipients list
    {"  "}crmfile recipients list vip
help-recipients-list-arg-path = 只看管辖此文件夹的那个文件
help-recipients-add-about = 让成员或公钥能读取某个文件夹，并重新加密其覆盖的记录
help-recipients-add-long-about = { help-recipients-add-about }

    如果文件夹没有自己的接收者文件，会为它创建一个：列出你和新的读取者；加 --inherit 时则列出
    目前能读取它的所有人和新的读取者。

    示例：
    {"  "}crmfile recipients add 李娜 --folder vip
    {"  "}crmfile recipients add age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p --yes
    {"  "}crmfile recipients add "$(cat ~/.ssh/id_ed25519.pub)" --folder vip
help-recipients-add-arg-key = team.toml 中的成员名字，或 age1… / ssh-ed25519/ssh-rsa 公钥
help-recipients-add-arg-folder = 让其读取的文件夹 [默认：档案库根目录]
help-recipients-add-arg-inherit = 新建的接收者文件以该文件夹目前的读取者为起点
help-recipients-add-arg-yes = 不再询问
help-recipients-remove-about = 让成员或公钥不再能读取，并重新加密其原本能读取的记录
help-recipients-remove-long-about = { help-recipients-remove-about }

    不加 --folder 时，会从列出该公钥的每个接收者文件中移除它。

    示例：
    {"  "}crmfile recipients remove 李娜 --yes
    {"  "}crmfile recipients remove age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p --folder vip
help-recipients-remove-arg-key = 成员名字，或列表中所示的公钥
help-recipients-remove-arg-folder = 只改管辖此文件夹的那个接收者文件 [默认：每个文件]
help-recipients-remove-arg-yes = 不再询问
help-recipients-trust-about = 审阅之后，信任接收者文件的当前内容
help-recipients-trust-long-about = { help-recipients-trust-about }

    示例：
    {"  "}crmfile recipients list && crmfile recipients trust
help-recipients-trust-arg-yes = 不再询问
help-reencrypt-about = 按所在文件夹当前的接收者重新加密记录（用于手动编辑 .age-recipients 文件之后）。
    只处理加密给了与所在文件夹不同的接收者列表的记录（从文件头判断，无需解密）；其余的计为跳过。
    `crmfile recipients add/remove` 会自动完成这一步。
help-reencrypt-long-about = { help-reencrypt-about }

    示例：
    {"  "}crmfile reencrypt
    {"  "}crmfile reencrypt vip
help-reencrypt-arg-path = 文件夹或记录文件 [默认：整个档案库]
help-accept-about = 检查之后，接受没有本档案库成员封签的记录，并按原样为其封签。
help-accept-long-about = { help-accept-about }

    档案库的每条记录都已封签后，没有封签的记录是用 age 或 rage 手工写入的，
    或由只知道公钥（在 git 中）的团队以外的人写入。每次读取都会指出它，
    `audit` 把它报告为错误，所有命令都拒绝写入它（写入会把它作为成员的记录封签）。
    请先检查：`crmfile show 编号` 看内容，`git log -p -- 文件` 看是谁带进来的。
    确属真实时接受它；否则删除该文件。

    记录按原样封签：内容不作任何改动。无效（或无法解析）的记录会被拒绝：
    `crmfile edit --accept 编号` 打开它以便修复，并为保存的内容封签。
    被 git 带回的已删除客户的文件也会被拒绝。

    示例：
    {"  "}crmfile audit --format json | jq -r '.[] | select(.code == "unsealed") | .id'
    {"  "}crmfile show c-7k3m9q2x
    {"  "}crmfile accept c-7k3m9q2x
    {"  "}crmfile accept c-7k3m9q2x c-9hand0wr --yes
help-accept-arg-queries = 客户编号，或各自恰好匹配一位客户的查询
help-accept-arg-yes = 不再询问
help-git-setup-about = 让 git 显示记录解密后的差异，并按结构合并并发修改。
help-git-setup-long-about = { help-git-setup-about }

    在档案库中写入 .gitattributes（`*.age -text diff=crmfile merge=crmfile`），并在本仓库
    自己的配置中设置：diff.crmfile.textconv = "crmfile cat --lenient"（从不设置
    cachetextconv：那会把明文留在 .git 中），以及 merge.crmfile.driver =
    "crmfile merge-driver %O %A %B %P"。每个克隆运行一次即可。

    示例：
    {"  "}crmfile git-setup
    {"  "}git init && crmfile git-setup && git add -A && git commit -m "customer archive"
    {"  "}git log -p -- c-7k3m9q2x.toml.age
help-git-setup-arg-binary = git 应运行的 crmfile 程序 [默认：PATH 中有 crmfile 则用它，否则用本程序的完整路径]
help-cat-about = 以规范 TOML（键顺序固定）打印解密后的记录文件，使 `git diff` 和 `git log -p`
    显示真实的字段变化。`crmfile git-setup` 会让 git 使用它。
help-cat-long-about = { help-cat-about }

    示例：
    {"  "}crmfile cat c-7k3m9q2x.toml.age
    {"  "}git show HEAD~3:c-7k3m9q2x.toml.age > /dev/shm/old.age && crmfile cat /dev/shm/old.age
help-cat-arg-file = 加密的记录文件
help-cat-arg-lenient = 文件无法读取时打印一行说明而不报错（供 git 使用）
help-merge-driver-about = 为 git 合并一条记录的两个版本（由 `crmfile git-setup` 设置）。
help-merge-driver-long-about = { help-merge-driver-about }

    在内存中解密共同祖先、我方和对方版本，并逐字段合并：日志条目按编号取并集，
    列表按集合合并，其他值取改动了它的一方。结果加密给所在文件夹的接收者并写入 OURS。
    合并无冲突时以 0 退出；双方把同一值改得不同时，保留我方的值，对方的值记录在记录的
    {"["}conflicts] 中，并以 1 退出，让 git 报告冲突（用 `crmfile set` 或 `crmfile edit`
    解决后再提交）。

    示例：
    {"  "}crmfile merge-driver base.age ours.age theirs.age c-7k3m9q2x.toml.age
    {"  "}git config merge.crmfile.driver "crmfile merge-driver %O %A %B %P"
help-merge-driver-arg-base = 共同祖先的文件（%O）；可以为空
help-merge-driver-arg-ours = 我方版本（%A）：合并结果写到这里
help-merge-driver-arg-theirs = 对方版本（%B）
help-merge-driver-arg-path = 该记录在工作区中的路径（%P）
help-schema-about = 打印解密后记录的 JSON Schema（即 --format json 的输出结构）。
help-schema-long-about = { help-schema-about }

    示例：
    {"  "}crmfile schema > customer.schema.json
help-completions-about = 打印 shell 补全脚本。
help-completions-long-about = { help-completions-about }

    示例：
    {"  "}crmfile completions bash > ~/.local/share/bash-completion/completions/crmfile
    {"  "}crmfile completions zsh > ~/.zfunc/_crmfile
    {"  "}crmfile completions fish > ~/.config/fish/completions/crmfile.fish
help-completions-arg-shell = bash、zsh、fish、elvish 或 powershell
help-man-about = 打印手册页（roff 格式）。
help-man-long-about = { help-man-about }

    示例：
    {"  "}crmfile man > /usr/local/share/man/man1/crmfile.1
    {"  "}crmfile man | man -l -
help-generate-about = 在档案库中生成 N 位虚构客户（用于演示和基准测试）。
help-generate-long-about = { help-generate-about }

    示例：
    {"  "}crmfile generate --count 10000 --seed 7
help-generate-arg-count = 客户数量
help-generate-arg-seed = 随机种子：同一种子生成同样的客户
help-generate-arg-max_entries = 每位客户最多的日志条目数

## 团队：成员、作为访问级别的文件夹、共享的访问记录

error-bad-member-name = `{$name}` 不能用作成员名
hint-member-name = 请使用字母或数字（任何文字均可）、`.`、`_` 或 `-`，不要以 `.` 或 `-` 开头，最多 64 个字符
error-bad-member-key = `{$key}` 不是公钥
error-symlink-refused = {$path} 是符号链接；crmfile 不会跟随它
error-save-team = 无法写入团队文件
error-unknown-member = .crmfile/team.toml 中没有名为 `{$name}` 的成员
hint-member-list = `crmfile member list` 列出团队；`crmfile member add 名字 公钥` 添加成员
error-not-key-no-team = `{$text}` 不是公钥，而本档案库没有团队可用来指名成员
hint-member-add = 请先添加成员：`crmfile member add 名字 age1…`
error-member-exists = `{$name}` 已是成员
error-key-of-member = 该公钥已属于成员 `{$name}`
recipients-new-file-comment = # 谁能读取本文件夹及其子文件夹（见 `crmfile recipients list`）。
status-already-there = {$id} 已在该文件夹中
error-move-target-exists = {$path} 已存在；未移动任何记录
status-moved = 已将 {$id} 移到 {$folder}
status-member-added = 已添加成员 {$name}
status-member-removed = 已移除成员 {$name}
ask-remove-member = 将 {$name} 从团队和 {$files} 个接收者文件中移除，并重新加密其能读取的 {$records} 条记录？
col-member = 成员
col-you = 你
col-folders = 文件夹
col-key = 公钥
col-folder = 文件夹
col-records = 记录数
col-state = 状态
col-readers = 可读取者
status-reencrypt-skipped = 已加密给所在文件夹接收者的 {$count} 条记录保持不变
status-not-yours = 已略过你无权读取的文件夹中的 {$count} 条记录
warn-access-log-repaired = {$member} 的访问记录末尾有一行不完整（{$bytes} 字节），已截去
audit-not-yours = 有 {$count} 条记录所在文件夹的接收者不包括你；未读取它们
audit-hint-not-yours = 无需处理；如果你应当能读取，请让有权限的人运行 `crmfile recipients add 你的名字 --folder 文件夹`
audit-access-log-symlink = {$path} 是符号链接，不是访问记录
audit-access-log-torn = {$path} 末尾有一行不完整（写入被中断）
audit-access-log-unreadable = {$path}：第 {$line} 行不是访问记录条目
audit-access-log-chain = {$path}：第 {$line} 行与上一行衔接不上（有行被删除、插入或修改）
audit-hint-access-log-torn = 该成员在写入它的副本中运行的下一条命令会截去不完整的那一行
audit-hint-access-log-tampered = 请对照 git 历史（`git log -p -- .crmfile/access`）查看改动
cause-not-yours-searched = 未搜索你无权读取的文件夹中的 {$count} 条记录
error-not-a-lunar-date = “{$text}”不是农历日期：请写成 农历八月十五、农历闰四月初八 或 1975-08-15
error-no-such-lunar-date = {$date} 不存在；最接近的日期：{$nearest}
due-lunar-birthday = 农历生日（{$date}）
due-lunar-turns = {$age} 岁农历生日（{$date}）
help-add-arg-lunar_birthday = 农历生日：1975-08-15、08-15、2020-04L-08（闰月）或 农历八月十五（每年在对应的公历日期提醒）
show-lunar-next = {$lunar}（下次：公历 {$date}）
holiday-new-year = 元旦
holiday-spring-festival = 春节
holiday-lantern = 元宵节
holiday-dragon-boat = 端午节
holiday-mid-autumn = 中秋节
holiday-double-ninth = 重阳节
holiday-national-day = 国庆节
due-greeting = {$holiday}问候
help-remind-arg-kind-value-greeting = 节日问候；只在指定时列出（`--kind greeting`）

## 信用、应收账款与收款
config-credit-alias = credit.aliases：“{$alias}”代表“{$rating}”，但它不在 credit.ratings（{$ratings}）之中
error-terms = 账期“{$text}”不是天数（如 30）
error-compare-text = “{$field}”是文本：只能用 =、!= 或 ~ 比较（>、>=、<、<= 用于数字、金额和日期）
error-compare-number = “{$field}”：“{$value}”不是数字或金额（如 100000、10万、¥2,000）
error-compare-date = “{$field}”：“{$value}”不是日期（如 2026-03-01、2026年3月1日、today、-30d）
error-compare-either = “{$field}”：“{$value}”既不是数字也不是日期
error-due-before = --due {$due} 早于购买日期 {$date}
error-refund-due = --due 只用于赊账购买：退款在退款当日冲抵账款（加 --paid 则为现金退还）
error-refund-over-bought = 退款 {$currency} {$amount} 超过了{$name}的购买总额（{$currency} {$bought}）
hint-refund-over-bought = 请核对金额；确属建档前的购买，可加 --force 照样记录
warn-refund-over-bought = 已记录退款 {$currency} {$amount}，超过了{$name}的购买总额（{$currency} {$bought}）
warn-foreign-receivable = {$id} 以 {$currency} 计价：已保存，但余额只计 {$store}
warn-limit-not-checked = 未检查信用额度（{$store} {$limit}）：额度只计 {$store}
warn-date-ahead = {$flag} {$date} 晚于今天（{$today}）：按所给日期记录
error-over-limit = {$name}（{$id}）的欠款将达 {$currency} {$after}，超过信用额度 {$currency} {$limit}（现欠 {$balance}，本次 {$amount}）
hint-over-limit = 先记录收款（crmfile log-payment），或提高额度（crmfile set … credit.limit=…），或加 --force 超额记录
warn-over-limit = 已超额记录：{$name}（{$id}）欠款 {$currency} {$after}，信用额度 {$currency} {$limit}
error-payment-positive = 收款金额“{$text}”不大于零（退款请用 `log-purchase --refund`）
error-not-purchase-id = --for “{$id}”不是形如 t-3k9m2x7q 的购买记录 ID
error-no-purchase = {$id} 没有购买记录 {$entry}
error-purchase-not-open = {$entry} 没有未付的金额：它是现款销售、退款，或已付清
hint-pay-oldest = 不给 --for 则先付最早的未付款交易；`crmfile show {$id}` 会列出它们
hint-show-purchases = `crmfile show {$id}` 列出其购买记录及 ID
warn-credit-on-account = 比 {$name} 所欠多出 {$currency} {$extra}：记为预收款（共 {$currency} {$credit}），用于抵扣之后的购买
status-balance = {$name} 现欠 {$currency} {$balance}，其中逾期 {$overdue}
report-age-bucket = {$days} 天
report-receivables-summary = {$customers} 位客户共欠 {$currency} {$total}，其中逾期 {$overdue}
report-receivables-title = 应收账款（{$today}）
report-aging = 账龄分析（自购买日起的天数）
report-receivables-by-owner = 按客户经理
report-receivables-by-customer = 按客户（逾期多者在前）
report-overdue-more = ……另有 {$count} 位（--format json 可列出全部）
report-overdue-list = 逾期未回访客户
report-by-dimension = 按{$field}（投诉与评分自 {$since} 起，营收为近 12 个月 {$currency}）
col-age = 账龄
col-owed = 欠款
col-overdue = 逾期
col-oldest-due = 最早到期
col-new = 新增
col-churned = 流失
col-complaints = 投诉
col-open-complaints = 未解决

help-log-purchase-arg-paid = 现金销售，当场付清：不计欠款；与 --refund 同用：款项已退还
help-log-purchase-arg-due = 欠款到期日 [默认：购买日加账期]
help-log-purchase-arg-force = 即使欠款因此超过信用额度（或退款超过购买总额）也照样记录
help-log-payment-about = 记录一笔收款（缴费记录）。先冲抵 --for 指定的购买，再依次冲抵最早的赊销；
    超出所欠的部分记为预收款（并会提示）。输出客户编号和收款编号；新的欠款余额写到标准错误。
help-log-payment-long-about = { help-log-payment-about }

    示例：
    {"  "}crmfile log-payment 张伟 --amount 25800.00 --method bank-transfer --ref 回单-0042
    {"  "}crmfile log-payment 张伟 --amount 5000 --for t-3k9m2x7q
    {"  "}crmfile log-payment --json - < receipts.ndjson
    {"    "}（每行一个对象：{"{"}"customer":"ERP-00042","amount":"5000.00","date":"2026-11-20"{"}"}）
help-log-payment-arg-query = 客户编号，或恰好匹配一位客户的查询
help-log-payment-arg-amount = 收款金额，大于零的精确小数（5000、5000.00、¥5,000、0.5万）
help-log-payment-arg-currency = ISO 4217 货币代码 [默认：档案库的货币]
help-log-payment-arg-date = 日期：2026-10-03、yesterday、-2d… [默认：今天]
help-log-payment-arg-applies_to = 优先冲抵的购买记录（t-…），即 `show` 列出的编号
help-log-payment-arg-method = 收款方式（bank-transfer、alipay、wechat-pay、cash…）
help-log-payment-arg-reference = 收据号或银行回单号
help-log-payment-arg-json = 从标准输入（`-`）读取 NDJSON 条目，每条以客户编号或外部编号指明客户
help-log-feedback-arg-handler = 处理人：团队成员 [默认：客户经理]
help-resolve-arg-start = 标记为处理中，而不是已解决
help-resolve-arg-callback = 记录解决后的回访；--note 为客户的意见
help-resolve-arg-handler = 此后由谁处理
help-resolve-arg-rating = 与 --callback 一起使用：客户满意度，1（最差）到 5（最好）
help-remind-arg-kind-value-callback = 已解决投诉的回访
help-remind-arg-kind-value-payment = 即将到期或已逾期的赊销欠款（催款）
help-report-arg-query = 在编号、姓名、公司、外部编号、邮箱和电话中查找的文字
help-report-arg-tags = 只统计带此标签的客户（可重复：须全部具备）
help-report-arg-owner = 只统计此客户经理的客户
help-report-arg-tier = 只统计此价值等级的客户
help-report-arg-conditions = 对点分字段的条件：FIELD=VALUE、FIELD!=VALUE、FIELD~TEXT，或对数字、金额、日期用 FIELD>VALUE（>=、<、<=）；数字和日期按值比较（重复指定：须全部满足）
help-report-arg-by = 按此字段分组统计
help-report-arg-receivables = 应收账款：按账龄、按客户和客户经理列出欠款
## 保存期限
error-no-retention = 未设置保存期限：没有客户会超过它
hint-no-retention = 在 .crmfile/config.toml 的 `[retention]` 下设置 `days`（1825 即五年）
reason-retention = 已超过 {$days} 天的保存期限
error-expired-unreadable = 有 {$count} 条记录无法读取：未删除任何客户（请修复或移开后再运行）
status-none-expired = 没有客户超过 {$days} 天的保存期限
status-expired = {$count} 位客户超过 {$days} 天没有任何活动：
col-last-activity = 最后活动
ask-erase-expired = 永久删除这 {$count} 位客户吗？
warn-no-longer-expired = {$id} 在列出后有了变化，已不再超过保存期限：保留
status-erased-count = 已删除 {$count} 位客户
due-review = 资料上次核实于 {$since}：请与客户核对，然后 `set … verified=today`
due-review-never = 资料从未核实（建档于 {$since}）：请核对，然后 `set … verified=today`

help-forget-arg-expired = 所有自最后活动起已超过保存期限的客户
help-remind-arg-kind-value-review = 超过 `review.days` 未核实的客户资料；只在指定时列出（`--kind review`）
## 同意记录
status-consent = {$name}：{$purpose}用途的同意已{$status}（{$date}）
enum-purpose-service = 服务履约
enum-purpose-marketing = 营销推广
enum-purpose-profiling = 用户画像
enum-purpose-sharing = 对外提供
enum-purpose-other = 其他
enum-consentstatus-given = 给予
enum-consentstatus-withdrawn = 撤回
audit-no-consent = 有联系方式，但没有档案库配置所要求的“{$purpose}”用途的同意记录
audit-hint-no-consent = 客户同意后请记录：`crmfile consent {$id} --purpose {$purpose} --given --evidence …`

help-consent-about = 记录客户对其个人信息某一用途的同意或撤回（个人信息保护法第 13、14、15 条；GDPR 第 6、7 条），
    并记下告知内容（--scope）、方式（--channel）和凭证所在（--evidence）。记录只增不改：
    某一用途以最新一条为准。营销（节日问候、`export --purpose marketing`）遵循档案库的
    `[consent] marketing` 规则。
help-consent-long-about = { help-consent-about }

    示例：
    {"  "}crmfile consent 张伟 --purpose marketing --given --channel 微信 --scope "节日问候、新品通知" --evidence "聊天记录 2026-11-20"
    {"  "}crmfile consent 张伟 --purpose 营销 --withdrawn --channel 电话
    {"  "}crmfile consent 张伟 --purpose service --given --evidence "合同 HT-2026-042 第 9 条"
help-consent-arg-query = 客户编号，或恰好匹配一位客户的查询
help-consent-arg-purpose = 个人信息的用途：service（服务履约）、marketing（营销）、profiling（画像）、sharing（对外提供）、other
help-consent-arg-given = 客户已同意
help-consent-arg-withdrawn = 客户撤回同意
help-consent-arg-scope = 告知客户并经其同意的目的、范围
help-consent-arg-channel = 方式：书面表格、微信、网页表单、电话…
help-consent-arg-evidence = 凭证所在：表格编号、文件、消息（勿写入他人的个人信息）
help-consent-arg-date = 日期 [默认：今天]
help-export-arg-purpose = 只导出档案库可用于此用途的客户：marketing 按档案库的 `[consent] marketing` 规则；其他用途须已同意且未撤回
## 客户关系
error-link-self = {$id} 不能与自己关联
error-not-linked = {$a} 与 {$b} 之间没有关联
status-linked = 已关联：{$b} 是 {$a} 的{$relation}
status-unlinked = 已解除 {$a} 与 {$b} 的关联
warn-links-not-mended = 以下记录指向被删除记录的关联未能修正（audit 会列出）：{$ids}
show-links = 关联客户
col-relation = 关系
col-notes = 备注
show-link-missing = （客户不存在）
enum-relation-parent = 母公司
enum-relation-branch = 分公司
enum-relation-supplier = 供应商
enum-relation-buyer = 采购方
enum-relation-partner = 合作伙伴
enum-relation-referrer = 推荐人
enum-relation-referred = 被推荐方
enum-relation-competitor = 竞争对手

help-find-arg-linked_to = 只列出与此客户（编号或查询）有任何关联的客户
help-export-arg-linked_to = 只列出与此客户（编号或查询）有任何关联的客户
help-report-arg-linked_to = 只统计与此客户（编号或查询）有任何关联的客户
help-link-about = 记录两位客户之间的关系：B 是 A 的 --as（母公司、分公司、供应商、采购方、合作伙伴、推荐人、
    被推荐方、竞争对手）。两条记录都会写入关联，B 一方为反向关系（B 是 A 的母公司时，A 是 B 的
    分公司）。`show` 按名称列出关联；`find --linked-to` 按关联查找；`merge` 和 `forget` 保持两边一致。
help-link-long-about = { help-link-about }

    示例：
    {"  "}crmfile link 星河上海分公司 北京星河科技有限公司 --as parent
    {"  "}crmfile link 张伟 李娜 --as 推荐人 --note "2025 展会上介绍"
    {"  "}crmfile find --linked-to 北京星河科技有限公司
help-link-arg-a = 加上关联的客户（编号或查询）
help-link-arg-b = 关联指向的客户（编号或查询）
help-link-arg-relation = B 对 A 而言是什么
help-link-arg-note = 关于这一关系的简短说明
help-unlink-about = 解除两位客户之间的关联，两边同时解除。
help-unlink-long-about = { help-unlink-about }

    示例：
    {"  "}crmfile unlink 星河上海分公司 北京星河科技有限公司
help-unlink-arg-a = 一位客户（编号或查询）
help-unlink-arg-b = 另一位（编号或查询）
## `export --format ics` 的日历条目
ics-birthday = {$name}的生日
ics-person-birthday = {$person}（{$name}的{$role}）的生日
ics-anniversary = {$name}：{$label}
ics-lunar-birthday = {$name}的生日（{$date}）
ics-follow-up = 回访：{$name}（{$id}）
config-holiday-one-date = greetings.holidays：“{$name}”须有且只有 date = "MM-DD" 或 lunar = "MM-DD" 之一
config-holiday-date = greetings.holidays：“{$name}”的“{$text}”不是形如 "06-18" 的日期
due-person-lunar-turns = {$name}（{ $role ->
        [referrer] 推荐人
        [decision-maker] 决策人
        [sign-off] 签字人
       *[other] 其他
    }）{$age} 岁农历生日（{$date}）
due-person-lunar-birthday = {$name}（{ $role ->
        [referrer] 推荐人
        [decision-maker] 决策人
        [sign-off] 签字人
       *[other] 其他
    }）农历生日（{$date}）

## 附件
error-attachments-symlink = {$path} 是符号链接：附件不会通过链接写入
error-attachment-too-large = 文件超过 attachments.max_mb = {$mb} MB：未附加
error-attach-symlink = {$path} 是符号链接：请附加它指向的文件
error-attach-not-file = {$path} 不是文件
cause-file-size = {$path} 有 {$size} 字节
error-no-attachment = {$id} 没有附件“{$which}”
hint-show-attachments = `crmfile show {$id}` 列出其附件及编号
error-attachment-ambiguous = 有多个附件都是“{$which}”
hint-attachment-by-id = 请用编号（a-…）指明
error-attachment-altered = 附件 {$id} 与附加时的文件不符（大小或 SHA-256 不同）：已被改动或损坏
status-attached = 已将 {$name}（{$size} 字节）附加到 {$id}
status-detached = 已从 {$customer} 移除附件 {$id}
error-output-in-store = --output {$path} 位于档案库内：明文文件不得写在那里
cat-not-a-record = {$path} 是客户的附件：内容从不显示
status-attachments-resealed = 已将 {$count} 个附件重新加密给所在文件夹的收件人
audit-attachment-missing = 附件 {$entry}（{$name}）已登记，但文件缺失
audit-hint-attachment-missing = 从 git 恢复文件（`git checkout -- {$file}`），或移除该条目：`crmfile detach {$id} {$entry}`
audit-attachment-altered = 附件 {$entry} 与附加时的文件不符（大小或 SHA-256 不同）
audit-attachment-orphaned = 附件文件 {$entry} 不属于任何记录
audit-hint-attachment-orphaned = 记录可能在 crmfile 之外被删除：删除此文件，或从 git 恢复记录

help-attach-about = 把文件与客户一起保存：合同、报价单、扫描的名片。文件边读边加密给客户所在文件夹的
    读者，以编号（而非文件名）保存在 `.attachments/` 下，并在记录中登记标签、原文件名、大小、
    SHA-256、添加时间和添加人。`git diff` 只显示登记的变化，从不显示内容。超过
    attachments.max_mb（25 MB）的文件会被拒绝。
help-attach-long-about = { help-attach-about }

    示例：
    {"  "}crmfile attach 张伟 ~/扫描/合同-2026-042.pdf --label 合同
    {"  "}crmfile attach c-7k3m9q2x card.jpg --label 名片
    {"  "}crmfile attachment get 张伟 合同 --output /dev/shm/contract.pdf
    {"  "}crmfile detach 张伟 a-3k9m2x7q
help-attach-arg-query = 客户编号，或恰好匹配一位客户的查询
help-attach-arg-file = 要保存的文件
help-attach-arg-label = 它是什么：合同、报价单、名片…
help-attachment-about = 读取客户的附件。
help-attachment-get-about = 把附件解密到标准输出或文件，并核对它就是当初附加的文件（SHA-256）。副本请放在档案库之外，
    最好放在内存中（/dev/shm）：那是明文文件。
help-attachment-get-long-about = { help-attachment-get-about }

    示例：
    {"  "}crmfile attachment get 张伟 合同 > /dev/shm/contract.pdf
    {"  "}crmfile attachment get 张伟 a-3k9m2x7q --output /dev/shm/card.jpg
help-attachment-get-arg-query = 客户编号，或恰好匹配一位客户的查询
help-attachment-get-arg-which = 附件：编号、文件名或标签
help-attachment-get-arg-output = 写到此路径而不是标准输出（不得位于档案库内）
help-detach-about = 从客户移除一个附件：登记条目及其加密文件。
help-detach-long-about = { help-detach-about }

    示例：
    {"  "}crmfile detach 张伟 a-3k9m2x7q
help-detach-arg-query = 客户编号，或恰好匹配一位客户的查询
help-detach-arg-which = 附件：编号、文件名或标签
help-attachment-long-about = { help-attachment-about }

    示例：
    {"  "}crmfile attachment get 张伟 合同 > /dev/shm/contract.pdf
col-reason = 原因
col-line = 行
col-card = 名片
col-vcard = vCard 原文
reject-erased = 与 {$date} 已删除的客户 {$id} 相符（如客户再次同意，请加 --force 导入）
reject-duplicate = 可能与 {$other} 是同一客户
status-rejects = {$count} 条未导入，原因写在 {$path}

help-import-customers-arg-rejects = 把未导入的内容连同原因写到此文件，修改后可再次导入：表格为原样的行加一列原因（文件名以 .xlsx 结尾时写成工作簿，否则为 UTF-8 带 BOM 的 CSV，Excel 可直接打开），NDJSON 为原样的行，vCard 为原样的名片（写入 .vcf 文件；写入表格时每张名片一行：序号、原因和名片原文）。不得位于档案库内：其中是明文的客户信息
help-import-transactions-arg-rejects = 把未导入的行连同原因写到此文件，修改后可再次导入：表格为原样的行加一列原因（文件名以 .xlsx 结尾时写成工作簿，否则为 UTF-8 带 BOM 的 CSV，Excel 可直接打开），NDJSON 为原样的行。不得位于档案库内：其中是明文的客户信息
warn-handler-unknown = 处理人“{$name}”既不是团队成员（{$members}），也不是客户经理：按输入保存
error-workbook = 无法把 {$path} 当作电子表格工作簿读取
hint-workbook = 请在 Excel 中另存为 .xlsx（或 CSV）；如果它本来就是 CSV 文件，请加 --format csv
error-no-sheet = {$path} 中没有名为“{$sheet}”的工作表；现有工作表：{$sheets}
error-empty-sheet = {$path} 的工作表“{$sheet}”没有数据行
import-first-sheet = 读取工作表“{$sheet}”，共 {$count} 个工作表中的第一个（用 --sheet 名称 读取其他工作表）
import-map-company-kind = 类型为公司
import-map-contact-person = 公司的联系人
import-title-rows = 表头（第 {$header} 行）上方的第 {$rows} 行视为标题，未导入
warn-cells-past-header = {$count} 行在没有表头的列中有内容，未导入（第 {$rows} 行）；请给这些列加上表头
hint-import-format = 用 --format 指明格式，或使用常见扩展名（.csv、.xlsx、.vcf、.ndjson）
sheet-rejects = 未导入
error-write-xlsx = 无法写出工作簿
import-by-reason = 未导入，按原因：{$reasons}
reason-duplicate = 重复
reason-erased = 已删除的客户
hint-match-narrower = 请用每个客户独有的键匹配（--match id、ref 或 phone），或为此增加一列
error-xlsx-to-terminal = Excel 工作簿是二进制文件，请输出到文件
hint-xlsx-to-terminal = crmfile export --format xlsx > 客户.xlsx
sheet-customers = 客户
sheet-contacts = 联系记录
sheet-transactions = 交易记录
sheet-feedback = 反馈
sheet-payments = 收款记录
ics-calendar-name = crmfile 客户提醒
help-export-arg-format-value-xlsx = Excel 工作簿（.xlsx；也可读取 .xls 和 .ods）
help-import-customers-arg-format-value-xlsx = Excel 工作簿（.xlsx；也可读取 .xls 和 .ods）
help-import-transactions-arg-format-value-xlsx = Excel 工作簿（.xlsx；也可读取 .xls 和 .ods）
help-import-customers-arg-sheet = 要读取的工作簿工作表（Excel）；不给出时读取第一个
help-import-transactions-arg-sheet = 要读取的工作簿工作表（Excel）；不给出时读取第一个
problem-forged = 其封签不符：不是本档案库的成员写入的，或之后被改动过；请勿信任
audit-hint-forged = 查看是谁提交的（`git log -p -- 文件`）；恢复成员写入的最后一个版本，或删除它
error-seal-key-link = {$path} 是链接；封签密钥只从档案库中的普通文件读取
error-seal-key-locked = 本档案库的封签密钥没有加密给您的密钥：您写入的内容将无法与陌生人写入的区分
hint-seal-key-locked = 请能写入的成员执行任一写入操作（例如 `crmfile reencrypt`）：密钥会重新加密给当前所有接收者
error-seal-key-gone = 本机记得此档案库有封签密钥，但 {$path} 不见了：无法再核验记录
hint-seal-key-gone = 从 git 恢复（`git checkout -- .crmfile/seal-key.age`）：记录是用它封签的
warn-seal-key-changed = 本档案库的封签密钥与本机所知的不同：用旧密钥封签的记录会被拒绝；如果是成员更换的，请核对后运行 `crmfile recipients trust`
error-unsealed-not-written = {$id}（{$path}）没有本档案库成员的封签：它是用 age 或 rage 手工写入的，或由团队以外的人写入；未写入任何内容
hint-unsealed-accept = 请检查（`crmfile show {$id}`、`git log -p -- {$path}`）；确属真实时，`crmfile accept {$id}` 会把它作为成员的记录封签（需要先修复时用 `crmfile edit --accept {$id}`）；否则请删除该文件
error-accept-no-seal-key = 无法用您的密钥检查本档案库记录的封签：档案库没有封签密钥，或该密钥没有加密给您
hint-accept-no-seal-key = 没有封签密钥的档案库：`crmfile audit --fix` 会生成密钥并为所有记录封签；密钥没有加密给您时，请成员运行 `crmfile reencrypt`
error-accept-not-required = 本档案库尚未要求封签：没有需要接受的记录
hint-accept-not-required = `crmfile audit --fix` 为所有记录封签；此后没有封签的记录须经接受
error-accept-invalid = {$id} 不是有效的记录：未封签任何内容
hint-accept-invalid = 一步完成修复和接受：`crmfile edit --accept {$id}`
ask-accept = 接受 {$id}（{$name}，{$path}；据文件所写最后由 {$by} 于 {$updated} 修改）为成员的记录吗？
error-not-accepted = {$count} 条记录未被接受
status-accept-sealed = {$id} 带有本档案库的封签：无需接受
status-accepted = 已接受 {$id}（{$name}）：已作为成员的记录封签
warn-unsealed = {$count} 条记录没有本档案库成员的封签（用 age 或 rage 手工写入，或由团队以外的人写入）：{$files}；在您检查并接受（`crmfile accept 编号`）之前，任何命令都不会写入这些记录；如非真实，请删除
status-seal-key-made = 已生成档案库的封签密钥（{$path}）：今后写入的记录都会封签；`crmfile audit --fix` 为较早的记录封签
audit-unsealed = 没有本档案库成员的封签
audit-hint-unsealed = 在开始封签之前写入，或用 age、rage 手工写入：`crmfile audit --fix` 会为所有这样的记录封签，此后任何没有封签的记录都会被标出
audit-hint-unsealed-required = 用 age 或 rage 手工写入，或由团队以外的人写入：请检查（`crmfile show {$id}`、`git log -p`）；确属真实时，`crmfile accept {$id}` 为它封签，否则请删除。在此之前任何命令都不会写入它
fixed-sealed = 已为 {$id} 封签
fixed-seal-required = 所有记录都已封签：此后没有封签的记录都会被标出
audit-no-seal-key = 本档案库还没有封签密钥：知道其公钥的任何人写入的记录都无法与成员写入的区分
audit-hint-no-seal-key = `crmfile audit --fix` 会生成密钥并为所有记录封签
warn-seal-key-locked = 本档案库的封签密钥（{$path}）无法用您的密钥打开：本次读取的记录未核验封签
warn-seal-key-gone = 本机记得此档案库有封签密钥，但 {$path} 不见了：读取的记录未核验封签；请从 git 恢复
error-seal-key-changed = 本档案库的封签密钥与本机上次所见的不同：是成员更换了它，或放回了旧的副本
error-side-unsealed = {$side}一方没有封签，而本档案库的每条记录都已封签：请检查后手工解决
invalid-phone-unknown = “{$text}”不是 {$region} 在用的号码：座机要带区号（010 6275 1234），境外号码要带国家代码（+1 415 555 0100）
config-phone-region = phone_region：“{$region}”不是地区代码（CN、HK、TW、US…）
enum-phonekind-mobile = 手机
enum-phonekind-work = 电话(公)
enum-phonekind-home = 电话(家)
enum-phonekind-fax = 传真
enum-phonekind-other = 其他
invalid-phone-abroad = “{$text}”不是在用的号码：请核对国家代码和位数

## serde 的消息，用于以 JSON 读入的内容（import、--json）
serde-missing-field = 缺少字段 `{$field}`
serde-duplicate-field = 字段 `{$field}` 重复
serde-unknown-field = 未知字段 `{$field}`
serde-unknown-field-of = 未知字段 `{$field}`（可用字段：{$choices}）
serde-syntax-eof = JSON 在行尾前没有结束
serde-syntax-value = 此处不是 JSON 值
serde-syntax-trailing = JSON 值之后还有多余的内容
serde-syntax-key = 对象的键必须是带双引号的文本
serde-syntax-escape = JSON 不认识的反斜杠转义
serde-syntax-number = JSON 无法表示的数字
serde-syntax-control = 文本中有控制字符
serde-syntax-expected = 此处应为 {$token}
serde-unknown-variant = `{$value}` 不是可选值之一：{$choices}
list-separator = 、
serde-invalid-type = 类型不对：应为{$expected}，实为{$found}
serde-invalid-value = 值不对：应为{$expected}，实为{$found}
serde-not-a-date = `{$text}` 不是日期（YYYY-MM-DD，年份 0001 至 9999）
serde-not-a-timestamp = `{$text}` 不是带时区的日期时间（2026-11-20T15:00:00+08:00）
serde-not-an-amount = 金额应为小数，例如 "{$example}"
serde-expected-date = 日期（YYYY-MM-DD）
serde-expected-timestamp = 带时区的日期时间（RFC 3339）
serde-expected-phone = 电话号码，或含 `number` 和 `kind` 的对象
serde-expected-string-or-map = 文本或对象
serde-expected-string = 文本
serde-expected-sequence = 列表
serde-expected-map = 对象
serde-expected-boolean = 布尔值（true 或 false）
serde-expected-integer = 整数
serde-expected-unsigned = 非负整数
serde-expected-number = 数字
serde-found-float = 小数
serde-found-integer = 整数
serde-found-string = 文本
serde-found-boolean = 布尔值
serde-found-map = 对象
serde-found-sequence = 列表
serde-found-null = 空值
error-ndjson-no-customer = 缺少 `customer`（客户编号或外部编号）
remind-done-summary = 已完成回访
warn-export-split = {$field} 中有 {$count} 项含有逗号、分号或顿号：再导入这张表时会被拆成多项

## 系统给出的文件无法使用的原因（中文运行时由 crmfile 自己说明；英文保留系统原文）
os-error-code = {$reason}（系统错误 {$code}）
os-not-found = 文件或文件夹不存在
os-permission-denied = 没有权限
os-already-exists = 文件已存在
os-is-a-directory = 这是一个文件夹
os-not-a-directory = 不是文件夹
os-directory-not-empty = 文件夹不是空的
os-storage-full = 磁盘空间已满
os-quota-exceeded = 超出磁盘配额
os-read-only = 文件系统为只读
os-file-too-large = 文件过大
os-busy = 设备或资源正忙
os-crosses-devices = 不能跨磁盘移动
os-invalid-filename = 文件名过长或不允许
os-too-many-links = 链接过多
os-unexpected-eof = 文件提前结束
os-timed-out = 超时
os-out-of-memory = 内存不足
xlsx-not-a-workbook = 不是 crmfile 能读取的工作簿（.xlsx、.xlsm、.xls 或 .ods）

## TOML 自身的语法错误（编辑后或损坏的记录）
toml-expected = {$what}，此处应为 {$expected}
toml-unexpected-key-or-value = 意外的键或值
toml-unexpected-content = 意外的内容
toml-unexpected-content-between-comment-and-newline = 注释与换行之间有意外的内容
toml-unexpected-equals-in-array = 数组中出现意外的 `=`
toml-unexpected-leading-zero = 数字前有多余的 0
toml-unexpected-sign = 意外的正负号
toml-missing-opening-quote = 缺少开头的引号
toml-missing-escaped-value = 反斜杠后缺少转义内容
toml-missing-comma-between-array-elements = 数组元素之间缺少逗号
toml-missing-comma-between-key-value-pairs = 键值对之间缺少逗号
toml-missing-assignment-between-key-value-pairs = 键与值之间缺少 `=`
toml-missing-key-for-inline-table-element = 内联表的元素缺少键
toml-missing-inline-table-opening = 缺少内联表的开头 `{"{"}`
toml-missing-array-opening = 缺少数组的开头 `[`
toml-missing-table-open = 缺少表头的开头 `[`
toml-missing-comment-start = 缺少注释的开头 `#`
toml-missing-value = 缺少值
toml-missing-value-for-key = 键缺少值
toml-key-with-no-value = 键没有值
toml-unclosed-array-table = 数组表头没有闭合
toml-unclosed-table = 表头没有闭合
toml-unclosed-inline-table = 内联表没有闭合
toml-unclosed-array = 数组没有闭合
toml-extra-comma-in-inline-table = 内联表中有多余的逗号
toml-extra-comma-in-array = 数组中有多余的逗号
toml-extra-assignment-between-key-value-pairs = 键值对之间有多余的 `=`
toml-extra-equals = 多余的 `=`
toml-invalid-unquoted-key = 不加引号的键不合规则
toml-invalid-key = 键不合规则
toml-invalid-basic-string = 双引号文本不合规则
toml-invalid-multi-line-basic-string = 多行双引号文本不合规则
toml-invalid-literal-string = 单引号文本不合规则
toml-invalid-multi-line-literal-string = 多行单引号文本不合规则
toml-invalid-string = 文本不合规则
toml-invalid-value = 值不合规则
toml-invalid-table = 表头不合规则
toml-invalid-key-value-pair = 键值对不合规则
toml-invalid-inline-table-element = 内联表的元素不合规则
toml-invalid-integer-number = 整数不合规则
toml-invalid-hexadecimal-number = 十六进制数不合规则
toml-invalid-octal-number = 八进制数不合规则
toml-invalid-binary-number = 二进制数不合规则
toml-invalid-float = 小数不合规则
toml-invalid-mantissa = 小数的尾数不合规则
toml-invalid-fraction = 小数部分不合规则
toml-invalid-exponent = 指数不合规则
toml-invalid-boolean = 布尔值不合规则（true 或 false）
toml-invalid-comment-character = 注释中有不允许的字符
toml-invalid-date-time = 日期时间不合规则
toml-invalid-datetime = 日期时间不合规则
toml-invalid-date = 日期不合规则
toml-invalid-time = 时间不合规则
toml-duplicate-key = 键重复
toml-token-newline = 换行
toml-token-nothing = 没有内容
toml-token-key = 键
toml-token-value = 值
toml-token-basic-string = 双引号文本
toml-token-literal-string = 单引号文本
toml-token-multi-line-basic-string = 多行双引号文本
toml-token-characters = 字符
toml-token-printable-characters = 可打印的字符
toml-token-non-double-quote-visible-characters = 双引号以外的可见字符
toml-token-non-single-quote-characters = 单引号以外的字符
toml-token-non-single-quote-visible-characters = 单引号以外的可见字符
toml-token-digits = 数字
toml-token-numbers = 数字
toml-token-letters = 字母
toml-token-unicode-hexadecimal-value = Unicode 十六进制值
toml-token-year-or-hour = 年或小时
toml-token-month = 月
toml-token-day = 日
toml-token-hour = 小时
toml-token-minute = 分钟
toml-token-second = 秒
toml-token-a-four-digit-year-yyyy = 四位数的年（YYYY）
toml-token-a-two-digit-month-mm = 两位数的月（MM）
toml-token-a-two-digit-day-dd = 两位数的日（DD）
toml-token-month-between-01-and-12 = 01 至 12 之间的月
toml-token-t-between-date-and-time = 日期与时间之间的 `T`
toml-token-a-two-digit-hour-hh = 两位数的小时（HH）
toml-token-a-two-digit-minute-mm = 两位数的分钟（MM）
toml-token-a-two-digit-second-ss = 两位数的秒（SS）
toml-token-hour-between-00-and-23 = 00 至 23 之间的小时
toml-token-hours-between-00-and-23 = 00 至 23 之间的小时
toml-token-minute-between-00-and-59 = 00 至 59 之间的分钟
toml-token-minutes-between-00-and-59 = 00 至 59 之间的分钟
toml-token-second-between-00-and-60 = 00 至 60 之间的秒
toml-token-day-between-01-and-28 = 01 至 28 之间的日
toml-token-day-between-01-and-29 = 01 至 29 之间的日
toml-token-day-between-01-and-30 = 01 至 30 之间的日
toml-token-day-between-01-and-31 = 01 至 31 之间的日
toml-token-nanosecond = 纳秒
toml-token-nanoseconds-overflowed = 纳秒位数过多
toml-token-mm-dd = `-`（MM-DD）
toml-token-hh-mm = `:`（HH:MM）
toml-token-yyyy-mm-or-hh-mm = `-`（YYYY-MM）或 `:`（HH:MM）
