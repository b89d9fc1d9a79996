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
report-complaints = 新增投诉 {$opened} 件，已解决 {$resolved} 件，当前待处理 {$open_now} 件；平均评分 {$rating}
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
col-at = 时间
col-channel = 渠道
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

## remind

remind-overdue = {$date} 已逾期
error-remind-unreadable = 有 {$count} 个记录文件无法读取，其中的提醒未列出
enum-due-follow-up = 回访
enum-due-birthday = 生日
enum-due-anniversary = 纪念日
enum-due-complaint = 投诉

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
