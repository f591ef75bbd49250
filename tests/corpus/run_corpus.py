"""Runs the corpus through `p8calc check --format json` (the documented CLI and JSON
contract, nothing else) and compares with each sidecar NAME.expect.json:
  - every planted fault (code@Sheet!Cell) must be reported: else MISSED;
  - an ERROR or WARNING that is neither planted nor a listed consequence: FALSE ALARM;
  - the plan: the one expected, or an honest plan-unknown (exit 2 saying so, or a
    plan-unknown finding) when the sidecar says null; "" when the file has no P8 table under
    any plan (checked, nothing to check: no plan and no plan-unknown).
Prints one line per workbook and the table for the README; exit 1 on any miss or false alarm.

  /usr/bin/python3 tests/corpus/run_corpus.py CORPUS_DIR --p8calc build/p8calc [--table]"""
import argparse
import glob
import json
import os
import subprocess
import sys


def key(f):
    return f"{f['code']}@{f['sheet']}!{f['cell']}"


def run(p8calc, paths, args):
    """One `p8calc check` call for all files with the same arguments (one office serves them,
    as for a user checking a folder); per file: (exit status, its JSON, stderr). A file the
    call could not check is missing from the JSON: status 2 for it, as if checked alone."""
    cmd = [p8calc, "check"] + paths + ["--format", "json"] + args
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=1200)
    data = None
    try:
        data = json.loads(r.stdout) if r.stdout.strip() else None
    except ValueError:
        pass
    by_name = {os.path.basename(f["file"]): f for f in (data or {}).get("files") or []}
    out = {}
    for p in paths:
        f = by_name.get(os.path.basename(p))
        out[p] = (0 if f else 2, {"files": [f]} if f else None, r.stderr)
    return out


def judge(exp, code, data, stderr):
    files = (data or {}).get("files") or []
    f = files[0] if files else {"plan": "", "findings": []}
    findings = f.get("findings", [])
    unknown = any(x["code"] == "plan-unknown" for x in findings) or (
        code == 2 and not files and ("plan" in stderr.lower() or "kế hoạch" in stderr.lower()))
    # None: an honest plan-unknown; "": no plan and no plan-unknown (no P8 table, nothing to check).
    plan = None if unknown else f.get("plan") or ""
    found = {key(x) for x in findings}
    missed = [p for p in exp["planted"] if p not in found]
    allowed = set(exp["planted"]) | set(exp["follows"])
    false = [key(x) for x in findings if x["severity"] in ("ERROR", "WARNING") and key(x) not in allowed
             and x["code"] != "plan-unknown"]
    false_errors = [k for k, x in zip(false, [x for x in findings if x["severity"] in ("ERROR", "WARNING")
                                              and key(x) not in allowed and x["code"] != "plan-unknown"])
                    if x["severity"] == "ERROR"]
    plan_ok = plan == exp["plan"]
    if code == 2 and exp["plan"] is not None:
        plan_ok = False
    return {"missed": missed, "false": false, "false_errors": false_errors, "plan": plan, "plan_ok": plan_ok,
            "planted": len(exp["planted"]), "found": len(exp["planted"]) - len(missed)}


def reading(data):
    """What a check read from a file: its tables (sheet, range, kind) and findings (code,
    severity, sheet, cell). A workbook saved as .xls must read as its .xlsx does."""
    files = (data or {}).get("files") or []
    f = files[0] if files else {}
    return (sorted((t["sheet"], t["range"], t["kind"]) for t in f.get("tables", [])),
            sorted((x["code"], x["severity"], x["sheet"], x["cell"]) for x in f.get("findings", [])))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--p8calc", default="build/p8calc")
    ap.add_argument("--table", action="store_true", help="print the README table (Markdown)")
    args = ap.parse_args()
    rows = []
    readings = {}   # file → what it read: its tables and findings (for twins in another format)
    sides = [json.load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(args.corpus, "*.expect.json")))]
    sides.sort(key=lambda e: bool(e.get("twin")))   # twins after the files they copy
    groups = {}
    for exp in sides:
        groups.setdefault(tuple(exp["args"]), []).append(os.path.join(args.corpus, exp["file"]))
    answers = {}
    for a, paths in groups.items():
        answers.update(run(args.p8calc, paths, list(a)))
    for exp in sides:
        code, data, stderr = answers[os.path.join(args.corpus, exp["file"])]
        res = judge(exp, code, data, stderr)
        res.update(exp=exp)
        readings[exp["file"]] = reading(data)
        res["twin_differs"] = bool(exp.get("twin")) and readings[exp["file"]] != readings.get(exp["twin"])
        rows.append(res)
        flag = "ok" if not res["missed"] and not res["false"] and res["plan_ok"] and not res["twin_differs"] else "FAIL"
        print(f"{flag:4} {exp['file']:40} planted {res['found']}/{res['planted']}  false {len(res['false'])}  "
              f"plan {'unknown' if res['plan'] is None else res['plan'] or 'none (no P8 table)'}"
              f"{'' if res['plan_ok'] else ' (expected ' + repr(exp['plan']) + ')'}"
              + (f"  missed {res['missed']}" if res["missed"] else "") + (f"  false {res['false']}" if res["false"] else "")
              + (f"  reads unlike {exp['twin']}: {readings[exp['file']]} vs {readings.get(exp['twin'])}"
                 if res["twin_differs"] else ""))
    families = {}
    for r in rows:
        fam = families.setdefault(r["exp"]["family"], {"files": 0, "planted": 0, "found": 0, "false_errors": 0,
                                                        "excess": 0, "plans": 0, "plans_ok": 0})
        fam["files"] += 1
        fam["planted"] += r["planted"]
        fam["found"] += r["found"]
        fam["false_errors"] += len(r["false_errors"])
        fam["excess"] += len(r["false"]) - len(r["false_errors"])
        if "--plan" not in r["exp"]["args"]:
            fam["plans"] += 1
            fam["plans_ok"] += r["plan_ok"]
    total = {k: sum(f[k] for f in families.values()) for k in ("files", "planted", "found", "false_errors", "excess",
                                                                "plans", "plans_ok")}
    if args.table:
        print("\n| Family | Workbooks | Planted faults found | False errors | Excess warnings | Plan right (inferred) |")
        print("|---|---|---|---|---|---|")
        for name, f in list(families.items()) + [("**all**", total)]:
            print(f"| {name} | {f['files']} | {f['found']}/{f['planted']} | {f['false_errors']} | {f['excess']} | "
                  f"{f['plans_ok']}/{f['plans']} |")
    twins = [r for r in rows if r["exp"].get("twin")]
    differ = sum(r["twin_differs"] for r in twins)
    if args.table:
        print(f"\n.xls files read as their .xlsx twins: {len(twins) - differ}/{len(twins)}")
    bad = (total["found"] < total["planted"] or total["false_errors"] or total["excess"] or total["plans_ok"] < total["plans"]
           or differ)
    print(f"\n{total['files']} workbooks: planted {total['found']}/{total['planted']}, false errors "
          f"{total['false_errors']}, excess warnings {total['excess']}, plans {total['plans_ok']}/{total['plans']}, "
          f"twins read alike {len(twins) - differ}/{len(twins)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
