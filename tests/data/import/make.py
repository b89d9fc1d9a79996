#!/usr/bin/env python3
"""Writes the real-world-shaped import corpus beside this script, with the byte
encodings the programs that make such files use. Run it again after a change, with
the tests' Python (it has openpyxl, which writes the Excel workbook):
    target/test-venv/bin/python tests/data/import/make.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# Chinese Excel "CSV (逗号分隔)": GBK, CRLF, no BOM; dates as Excel shows them; a
# company list with a contact person per row; columns crmfile has no field for.
gbk = (
    "客户名称,联系人,移动电话,座机,传真,所属行业,城市,详细地址,邮编,客户等级,信用额度,生日,说明,备注,QQ群\r\n"
    "北京星河科技有限公司,张伟,13800138000,010-87654321,010-87654322,软件,北京市,海淀区中关村大街1号,100080,重要客户,50000,1982/3/5,老客户,年底回访,12345\r\n"
    "上海东方贸易有限公司,王芳,13912345678,,,贸易,上海市,上海市浦东新区世纪大道100号,200120,一般,,1979年7月2日,,,\r\n"
    "广州南方物流,李娜,12,,,物流,广州市,天河区体育西路1号,,潜在,,,,,\r\n"
    "深圳华强电子,赵强,13712345678,,,电子,深圳市,福田区华强北路2号,518000,战略,200000,30015,,,\r\n"
)
write("customers-gbk.csv", gbk.encode("gbk"))

# Excel "Unicode text" (Unicode 文本): UTF-16LE with BOM, tab-separated, CRLF.
utf16 = (
    "姓名\t手机\t电子邮件\t工作单位\t职务\t出生日期\t地址\r\n"
    "陈静\t13600001111\tchen.jing@example.cn\t杭州西湖茶业\t经理\t1990.12.1\t杭州市西湖区龙井路1号\r\n"
    "刘洋\t13500002222\t\t成都天府软件\t\t1985-6-15\t\r\n"
)
write("customers-utf16le.txt", b"\xff\xfe" + utf16.encode("utf-16-le"))

# iPhone's "Share contact" / iCloud export: vCard 3.0, grouped properties with
# X-ABLabel (a labelled date among them), a photo folded over several lines.
ios = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//iPhone OS 17.1//EN\r\n"
    "N:孙;丽;;;\r\n"
    "FN:孙丽\r\n"
    "ORG:苏州园林设计院;\r\n"
    "TITLE:总监\r\n"
    "item1.TEL;type=pref:+86 138 0013 9000\r\n"
    "item1.X-ABLabel:_$!<Mobile>!$_\r\n"
    "item2.TEL:0512-6543 2100\r\n"
    "item2.X-ABLabel:公司\r\n"
    "item3.EMAIL;type=INTERNET;type=pref:sun.li@example.cn\r\n"
    "item3.X-ABLabel:_$!<Work>!$_\r\n"
    "item4.ADR;type=WORK;type=pref:;;姑苏区人民路1号;苏州;江苏;215000;中国\r\n"
    "item4.X-ABADR:cn\r\n"
    "NOTE:喜欢喝茶\\n周五下午方便\r\n"
    "item5.X-ABDATE;type=pref:2015-09-10\r\n"
    "item5.X-ABLabel:_$!<Anniversary>!$_\r\n"
    "IMPP;X-SERVICE-TYPE=QQ;type=pref:x-apple:88886666\r\n"
    "item6.URL;type=pref:https://sun.example.cn\r\n"
    "item6.X-ABLabel:_$!<HomePage>!$_\r\n"
    "BDAY;value=date:1988-08-08\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAASABIAAD/4QBMRXhpZgAATU0AKgAAAAgAAYdpAAQAAAABAAAAGgAAAAAAA6\r\n"
    " ABAAMAAAABAAEAAKACAAQAAAABAAAAQKADAAQAAAABAAAAQAAAAAD/7QA4UGhvdG9zaG9wIDMuMAA4\r\n"
    " QklNBAQAAAAAAAA4QklNBCUAAAAAABDUHYzZjwCyBOmACZjs+EJ+\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:Wong;David;;;\r\n"
    "FN:David Wong\r\n"
    "item1.EMAIL;type=INTERNET:david.wong@example.hk\r\n"
    "item1.X-ABLabel:_$!<Other>!$_\r\n"
    "item2.TEL;type=CELL;type=VOICE:+852 9123 4567\r\n"
    "BDAY:1604-05-20\r\n"
    "END:VCARD\r\n"
)
write("contacts-ios.vcf", ios.encode("utf-8"))


def qp(text):
    return "".join("=%02X" % b for b in text.encode("utf-8"))


# An Android phone's "Export to .vcf": vCard 2.1, names in quoted-printable UTF-8 (a
# long one broken with soft line breaks), bare type parameters.
fn_long = qp("欧阳建国")
android = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("欧阳") + ";" + qp("建国") + ";;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + fn_long[:21] + "=\r\n" + fn_long[21:] + "\r\n"
    "TEL;CELL:138-0013-7000\r\n"
    "TEL;WORK;VOICE:020-12345678\r\n"
    "EMAIL;HOME:ouyang@example.cn\r\n"
    "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("广州白云机电") + "\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("展会认识，") + "=\r\n" + qp("对电机感兴趣") + "\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkK\r\n"
    " DAwKCgsLCQkMEQwLDA0ODw8PDw0MEBEQEA4RDA8PDv/AAAsIAAEAAQEBEQD/xAAUAAEAAAAAAAAAAAAA\r\n"
    "\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("何") + ";" + qp("敏") + ";;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp("何敏") + "\r\n"
    "TEL;CELL;PREF:+86 139 0000 7777\r\n"
    "END:VCARD\r\n"
)
write("contacts-android21.vcf", android.encode("ascii"))

# Another system's NDJSON export: log entries without ids, and one line that is not a
# valid record (an amount that is not a number).
ndjson = (
    '{"name":"周杰","company":"重庆火锅连锁","contact":{"phones":["13800001234"]},'
    '"transactions":[{"date":"2026-10-03","product":"冷柜","quantity":2,"amount":"25800.00","currency":"CNY"}],'
    '"contacts":[{"at":"2026-11-20T15:00:00+08:00","channel":"phone","summary":"询价"}],'
    '"feedback":[{"date":"2026-11-02","kind":"complaint","text":"送货晚了","status":"open"}]}\n'
    '{"name":"吴敏","contact":{"emails":["wu.min@example.cn"]},'
    '"key_people":[{"name":"吴强","role":"decision-maker"}]}\n'
    '{"name":"郑爽","transactions":[{"date":"2026-10-05","amount":"一千","currency":"CNY"}]}\n'
)
write("customers-other-system.ndjson", ndjson.encode("utf-8"))

# A Chinese Excel workbook (.xlsx), written by openpyxl, a writer independent of
# crmfile's: a title row merged over the columns above the header, phones typed as
# numbers and as text, birthdays as date cells shown `1982/3/5` and as typed text, a
# credit limit as a number, an empty row; a second sheet of orders that name their
# customer by company, one of them for a company the store does not have.
import datetime  # noqa: E402

import openpyxl  # noqa: E402

book = openpyxl.Workbook()
book.properties.creator = "王经理"
book.properties.created = datetime.datetime(2026, 11, 20, 9, 0, 0)
book.properties.modified = datetime.datetime(2026, 11, 20, 9, 0, 0)
sheet = book.active
sheet.title = "客户"
sheet["A1"] = "客户档案表"
sheet.merge_cells("A1:I1")
sheet.append([])
sheet.append(["客户名称", "联系人", "手机", "座机", "生日", "信用额度", "所属行业", "城市", "备注"])
rows = [
    ["北京星河科技有限公司", "张伟", 13800138000, "010-87654321", datetime.date(1982, 3, 5), 50000, "软件", "北京市", "老客户"],
    ["上海东方贸易有限公司", "王芳", "13912345678", None, "1979年7月2日", None, "贸易", "上海市", None],
    [None, None, None, None, None, None, None, None, None],
    ["广州南方物流", "李娜", 12, None, None, None, "物流", "广州市", None],
    ["深圳华强电子", "赵强", 13712345678, None, datetime.date(1990, 12, 1), 200000.5, "电子", "深圳市", "=SUM(1,2)"],
]
for row in rows:
    sheet.append(row)
for cell in ("E4", "E8"):
    sheet[cell].number_format = "yyyy/m/d"
# "=SUM(1,2)" is a formula in openpyxl's hands: keep it as the text it was typed as.
sheet["I8"].data_type = "s"
orders = book.create_sheet("订单")
orders.append(["订单号", "客户名称", "下单日期", "产品", "数量", "金额"])
orders.append(["SO-1001", "北京星河科技有限公司", datetime.date(2026, 10, 8), "服务器", 2, 25800.5])
orders.append(["SO-1002", "上海东方贸易有限公司", "2026/11/2", "交换机", 1, 3798])
orders.append(["SO-1003", "杭州未知公司", datetime.date(2026, 11, 5), "路由器", 1, 899])
orders["C2"].number_format = "yyyy/m/d"
orders["C4"].number_format = "yyyy/m/d"
book.save(os.path.join(HERE, "customers-excel.xlsx"))
