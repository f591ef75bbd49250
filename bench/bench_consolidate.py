"""Consolidation benchmark (issue 17): `p8calc consolidate` over N generated commune workbooks
(default 100, each a commune's progress report as staff type it in Excel) in one call, against
`p8calc check` of the same files in one call — the baseline: consolidation reads and checks each
file exactly as check does, so the goal is a ratio ≤ 1.1×. Both run alternately (--rounds,
default 2; the best of each is kept, the machine's load varies by ±30 %). Prints files/s of
both, the ratio, and the RSS of the office p8calc started (soffice.bin, from /proc) after file 1
and after file N-1, for both calls: memory must stay flat, i.e. grow no faster than check's.

  usage: P8_BUILD_DIR=build /usr/bin/python3 bench/bench_consolidate.py [--files N] [--rounds R] [--smoke]
--smoke (the ctest smoke test): 8 files, one round; fails unless both calls succeeded, every
commune was received with its figures summed, and every figure was read and printed.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

BUILD = os.path.abspath(os.environ.get("P8_BUILD_DIR", "build"))
P8CALC = os.path.join(BUILD, "p8calc")
GOAL_RATIO = 1.1

FIRST = ["Bằng", "Cao", "Đồng", "Hà", "Kim", "Lạng", "Minh", "Nam", "Phúc", "Quang"]
SECOND = ["An", "Bình", "Châu", "Hưng", "Lâm", "Long", "Phong", "Sơn", "Thành", "Yên"]
INDICATORS = [("1", "Tổ truyền thông cộng đồng được thành lập và duy trì hoạt động", "tổ", 500),
              ("4", "Địa chỉ tin cậy cộng đồng được củng cố, nâng cao chất lượng hoặc thành lập mới", "địa chỉ", 200),
              ("7", "Cuộc đối thoại chính sách cấp xã và cụm thôn bản", "cuộc", 300)]


def commune_names(n):
    names = [f"{a} {b}" for a in FIRST for b in SECOND]
    if n > len(names):
        raise SystemExit(f"at most {len(names)} communes")
    return names[:n]


def make_plan(path, names):
    plan = {
        "schema_version": 1, "id": "bench-communes", "title": {"vi": "Kế hoạch thử: các xã"},
        "province": "Thử Nghiệm", "phase": "2026-2030", "start_year": 2026, "end_year": 2030,
        "reporting_level": "commune",
        "indicators": [{"code": c, "name": {"vi": n}, "unit": u, "target": t} for c, n, u, t in INDICATORS],
        "org_units": [{"id": "tinh", "name": "Thử Nghiệm", "level": "province"}] + [
            {"id": f"xa-{i}", "name": f"Xã {n}", "level": "commune", "parent": "tinh"} for i, n in enumerate(names)],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False)


def make_files(folder, names):
    """One commune's report per file, as typed in Excel; returns the sums of 'done this period'."""
    import datetime
    import openpyxl
    sums = {c: 0 for c, *_ in INDICATORS}
    for i, name in enumerate(names):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Báo cáo"
        ws.append([f"UBND XÃ {name.upper()}", None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
        ws.append(["BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM 2026"])
        ws.append(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Kế hoạch năm 2026", "Thực hiện kỳ báo cáo",
                   "Lũy kế từ đầu giai đoạn", "Ghi chú"])
        for n, (code, label, unit, _) in enumerate(INDICATORS, 1):
            actual = 1 + (i * 7 + n) % 5
            sums[code] += actual
            ws.append([n, label, unit, None, actual + 1, actual, actual + 2, None])
        wb.properties.modified = datetime.datetime(2026, 9, 1, 8, 0, 0)
        wb.save(os.path.join(folder, f"xa-{i:03d}.xlsx"))
    return sums


def descendants_rss(root_pid):
    """RSS (kB) of the soffice.bin that descends from root_pid, or None."""
    parent = {}
    comm = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
            comm[int(pid)] = stat[stat.index("(") + 1:stat.rindex(")")]
            parent[int(pid)] = int(stat[stat.rindex(")") + 2:].split()[1])
        except (OSError, ValueError):
            continue
    for pid, name in comm.items():
        if name != "soffice.bin":
            continue
        p = pid
        while p in parent and p > 1:
            p = parent[p]
            if p == root_pid:
                try:
                    with open(f"/proc/{pid}/status") as f:
                        for line in f:
                            if line.startswith("VmRSS:"):
                                return int(line.split()[1])
                except OSError:
                    return None
    return None


def timed(cmd, total, consolidate):
    """Runs cmd; returns (seconds, stdout, returncode, rss after file 1, rss after file N-1).
    Progress: consolidate's stderr lines "n/N"; check's JSON objects as they are printed."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    rss = {}

    def at(done):
        if done == 1 and "start" not in rss:
            rss["start"] = descendants_rss(proc.pid)
        elif done == total - 1 and "end" not in rss:
            rss["end"] = descendants_rss(proc.pid)

    out = bytearray()

    def read_stdout():
        seen = 0
        while True:
            chunk = proc.stdout.read1(65536)
            if not chunk:
                return
            tail = bytes(out[-16:])
            out.extend(chunk)
            if not consolidate:
                seen += (tail + chunk).count(b'{"file":') - tail.count(b'{"file":')
                at(seen)

    reader = threading.Thread(target=read_stdout)
    reader.start()
    for line in proc.stderr:
        parts = line.decode("utf-8", "replace").split()
        if consolidate and len(parts) >= 3 and parts[0] == "p8calc" and "/" in parts[2]:
            n = int(parts[2].split("/")[0])
            at(n - 1)                      # line "n/N" comes before file n: n-1 are done
    proc.wait()
    reader.join()
    return (time.monotonic() - start, out.decode("utf-8"), proc.returncode, rss.get("start"), rss.get("end"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--smoke", action="store_true")
    a = ap.parse_args()
    if a.smoke:
        a.files, a.rounds = 8, 1
    tmp = tempfile.mkdtemp(prefix="p8bench-consolidate-")
    try:
        names = commune_names(a.files)
        plan = os.path.join(tmp, "communes.json")
        make_plan(plan, names)
        folder = os.path.join(tmp, "nop")
        os.makedirs(folder)
        sums = make_files(folder, names)
        files = sorted(os.path.join(folder, f) for f in os.listdir(folder))
        check_cmd = [P8CALC, "check", *files, "--plan", plan, "--year", "2026", "--format", "json"]
        cons_cmd = [P8CALC, "consolidate", folder, "--plan", plan, "--period", "2026", "--as-of", "2026-09-05",
                    "--format", "json"]
        best_check = best_cons = None
        rss = check_rss = (None, None)
        for r in range(a.rounds):
            t, out, rc, r0, r1 = timed(check_cmd, a.files, False)
            if rc != 0:
                raise SystemExit(f"p8calc check failed (exit {rc})")
            if best_check is None or t < best_check:
                best_check, check_rss = t, (r0, r1)
            t, out, rc, r0, r1 = timed(cons_cmd, a.files, True)
            if rc != 0:
                raise SystemExit(f"p8calc consolidate failed (exit {rc}): {out[:500]}")
            result = json.loads(out)
            got = {u["status"] for u in result["units"]}
            if got != {"received"} or len(result["units"]) != a.files:
                raise SystemExit(f"not every commune received: {got}")
            for code, total in sums.items():
                whole = next(x for x in result["totals"] if x["indicator"] == code and x["unit"] == "")
                if whole["actual"] != total or whole["units_counted"] != a.files:
                    raise SystemExit(f"indicator {code}: {whole['actual']} summed, {total} expected")
            if best_cons is None or t < best_cons:
                best_cons, rss = t, (r0, r1)
        print(f"bench_consolidate: {a.files} commune files, best of {a.rounds} alternated runs (whole calls, "
              "office start included)")
        print(f"  p8calc check:       {best_check:6.2f} s  ({a.files / best_check:5.1f} files/s)")
        print(f"  p8calc consolidate: {best_cons:6.2f} s  ({a.files / best_cons:5.1f} files/s)")
        ratio = best_cons / best_check
        print(f"  ratio consolidate / check: {ratio:.2f}x (goal <= {GOAL_RATIO}x)")
        for what, (r0, r1) in (("consolidate", rss), ("check (baseline)", check_rss)):
            if r0 is None or r1 is None:
                raise SystemExit(f"the office's memory could not be read ({what})")
            print(f"  office RSS, {what}: {r0 / 1024:.0f} MB after file 1, {r1 / 1024:.0f} MB after file "
                  f"{a.files - 1} ({(r1 - r0) / max(1, a.files - 2):+.0f} kB per file)")
        if not a.smoke and ratio > GOAL_RATIO:
            print("  ABOVE THE GOAL")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
