#!/usr/bin/env python3
"""The baseline a user would pick instead: the same customers in a plaintext SQLite file.

Loads `crmfile export --format ndjson` output into SQLite (one row per customer, one per
purchase), then times, as whole queries answered from the file (a new connection each
run, as a command would open it), what crmfile's warm commands answer:

  remind      customers whose next step or birthday falls in the next 7 days
  find-phone  customers with a phone containing a number
  find-name   customers whose name or company contains a text
  report      customers and revenue per tier, and purchases in the last 30 days
  add-check   is there a customer with this phone already (the duplicate check)

Usage: sqlite_baseline.py EXPORT.ndjson DB PHONE NAME_PART TODAY [RUNS]
Prints one JSON object: {"load_s": …, "remind": best seconds, …}.
"""

import datetime
import json
import os
import sqlite3
import sys
import time


def load(ndjson, db):
    if os.path.exists(db):
        os.remove(db)
    con = sqlite3.connect(db)
    con.executescript(
        """
        CREATE TABLE customer (id TEXT PRIMARY KEY, name TEXT, company TEXT, phones TEXT,
                               emails TEXT, tier TEXT, owner TEXT, birthday TEXT,
                               next_step TEXT, last_contact TEXT);
        CREATE TABLE purchase (customer TEXT, date TEXT, amount REAL, currency TEXT);
        """
    )
    rows, buys = [], []
    with open(ndjson, encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            contact = c.get("contact", {})
            contacts = c.get("contacts", [])
            rows.append(
                (
                    c["id"],
                    c.get("name"),
                    c.get("company"),
                    # A phone is {"number", "kind"} (a plain string in older exports).
                    " ".join(p["number"] if isinstance(p, dict) else p for p in contact.get("phones", [])),
                    " ".join(contact.get("emails", [])),
                    c.get("class", {}).get("tier"),
                    c.get("owner"),
                    c.get("birthday"),
                    c.get("follow_up", {}).get("next"),
                    max((k["at"][:10] for k in contacts), default=None),
                )
            )
            for t in c.get("transactions", []):
                buys.append((c["id"], t["date"], float(t["amount"]), t.get("currency")))
    con.executemany("INSERT INTO customer VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO purchase VALUES (?,?,?,?)", buys)
    con.execute("CREATE INDEX purchase_customer ON purchase(customer)")
    con.commit()
    con.close()


def queries(phone, name, today):
    d = datetime.date.fromisoformat(today)
    horizon = (d + datetime.timedelta(days=7)).isoformat()
    month_days = [(d + datetime.timedelta(days=i)).strftime("%m-%d") for i in range(8)]
    since = (d - datetime.timedelta(days=30)).isoformat()
    marks = ",".join("?" * len(month_days))
    return {
        "remind": (
            f"SELECT id, name FROM customer WHERE (next_step IS NOT NULL AND next_step <= ?)"
            f" OR substr(birthday, 6, 5) IN ({marks})",
            [horizon, *month_days],
        ),
        "find-phone": ("SELECT id, name FROM customer WHERE phones LIKE ?", [f"%{phone}%"]),
        "find-name": (
            "SELECT id, name FROM customer WHERE name LIKE ? OR company LIKE ?",
            [f"%{name}%", f"%{name}%"],
        ),
        "report": (
            "SELECT c.tier, count(DISTINCT c.id), sum(p.amount),"
            " sum(CASE WHEN p.date >= ? THEN 1 ELSE 0 END)"
            " FROM customer c LEFT JOIN purchase p ON p.customer = c.id GROUP BY c.tier",
            [since],
        ),
        "add-check": ("SELECT 1 FROM customer WHERE phones LIKE ? LIMIT 1", [f"%{phone}%"]),
    }


def main():
    ndjson, db, phone, name, today = sys.argv[1:6]
    runs = int(sys.argv[6]) if len(sys.argv) > 6 else 5
    start = time.perf_counter()
    load(ndjson, db)
    result = {"load_s": round(time.perf_counter() - start, 3)}
    for label, (sql, args) in queries(phone, name, today).items():
        best = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            con = sqlite3.connect(db)
            con.execute(sql, args).fetchall()
            con.close()
            best = min(best, time.perf_counter() - start)
        result[label] = round(best, 4)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
