"""Runs the corpus through `p8calc check --format json` (the documented CLI and JSON
contract, nothing else) and compares with each sidecar NAME.expect.json:
  - every planted fault (code@Sheet!Cell) must be reported: else MISSED;
  - an ERROR or WARNING that is neither planted nor a listed consequence: FALSE ALARM;
  - the plan: the one expected, or an honest plan-unknown (exit 2 saying so, or a
    plan-unknown finding) when the sidecar says null.
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


def run(p8calc, path, args):
    cmd = [p8calc, "check", path, "--format", "json"] + args
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    data = None
    try:
        data = json.loads(r.stdout) if r.stdout.strip() else None
    except ValueError:
        pass
    return r.returncode, data, r.stderr


def judge(exp, code, data, stderr):
    files = (data or {}).get("files") or []
    f = files[0] if files else {"plan": "", "findings": []}
    findings = f.get("findings", [])
    unknown = any(x["code"] == "plan-unknown" for x in findings) or (
        code == 2 and not files and ("plan" in stderr.lower() or "kế hoạch" in stderr.lower()))
    plan = None if unknown or not f.get("plan") else f["plan"]
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--p8calc", default="build/p8calc")
    ap.add_argument("--table", action="store_true", help="print the README table (Markdown)")
    args = ap.parse_args()
    rows = []
    for side in sorted(glob.glob(os.path.join(args.corpus, "*.expect.json"))):
        exp = json.load(open(side, encoding="utf-8"))
        code, data, stderr = run(args.p8calc, os.path.join(args.corpus, exp["file"]), exp["args"])
        res = judge(exp, code, data, stderr)
        res.update(exp=exp)
        rows.append(res)
        flag = "ok" if not res["missed"] and not res["false"] and res["plan_ok"] else "FAIL"
        print(f"{flag:4} {exp['file']:40} planted {res['found']}/{res['planted']}  false {len(res['false'])}  "
              f"plan {res['plan'] or 'unknown'}{'' if res['plan_ok'] else ' (expected ' + str(exp['plan']) + ')'}"
              + (f"  missed {res['missed']}" if res["missed"] else "") + (f"  false {res['false']}" if res["false"] else ""))
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
    bad = total["found"] < total["planted"] or total["false_errors"] or total["excess"] or total["plans_ok"] < total["plans"]
    print(f"\n{total['files']} workbooks: planted {total['found']}/{total['planted']}, false errors "
          f"{total['false_errors']}, excess warnings {total['excess']}, plans {total['plans_ok']}/{total['plans']}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
