"""Reliability benchmark (issue 13, item 8): what the one-click check leaves in an office that
runs thousands of documents, as consolidation does.

  (a) N documents (default 1,000) opened and closed in one office, then the same N opened,
      checked (dispatch vnd.p8calc:check on the document's frame, what the menu, toolbar and
      sidebar run) and closed: kB per document each phase adds to soffice.bin, and the
      difference = what a check leaves beyond open → close. Goal: ≤ 10 kB per document.
  (b) M checks (default 10,000) of one open document: RSS at the start and the end. Memory
      grows while the document's undo stack fills (100 steps; each check's results sheet is
      kept for undo) and must then stay flat.

Memory is soffice.bin's RSS and anonymous RSS (the heap) from /proc, read at checkpoints
(PSS is not used: it moves whenever another office on the machine starts or stops); the
per-document figure is the least-squares slope over the checkpoints of a phase (less noisy
than end − start), the start/end figures are printed too. A short warm-up (documents opened,
checked and closed) comes first so that libraries, caches and the extension are loaded
before anything is measured. Below ~500 documents the allocator's noise (tens of kB per
document either way) hides the figure, so no verdict is given. Every check must succeed (DispatchResultState.SUCCESS) and
find the same number of errors each time; otherwise the script fails.

  usage: P8_BUILD_DIR=build /usr/bin/python3 bench/bench_reliability.py [--docs N] [--checks M]
         [--warmup K] [--file workbook.ods] [--smoke]
--smoke (the ctest smoke test): 20 documents and 20 checks; fails unless every check succeeded
and every memory figure was read.
"""
import argparse
import os
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "harness"))
import uno  # noqa: E402,F401
from office import Office, file_url, prop  # noqa: E402

GOAL_KB_PER_DOC = 10.0


def office_pid(office):
    """soffice.bin of this office: the launcher script and oosplash run it as a child in the
    process group the harness made."""
    pgid = office.proc.pid
    for _ in range(100):
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open(f"/proc/{pid}/stat") as f:
                    stat = f.read()
                comm = stat[stat.index("(") + 1:stat.rindex(")")]
                fields = stat[stat.rindex(")") + 2:].split()
                if comm == "soffice.bin" and int(fields[2]) == pgid:
                    return int(pid)
            except (OSError, ValueError):
                continue
        time.sleep(0.1)
    raise RuntimeError("soffice.bin of the benchmark's office not found")


def memory_kb(pid):
    """(RSS, anonymous RSS) of a process in kB. The heap a leak grows is anonymous memory;
    PSS and USS are not used: they move whenever another office on the machine maps (or
    stops mapping) the same library pages."""
    rss = anon = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
            elif line.startswith("RssAnon:"):
                anon = int(line.split()[1])
    return rss, anon


def slope(points):
    """Least-squares slope of (x, y) points; 0 for fewer than two."""
    n = len(points)
    if n < 2:
        return 0.0
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    den = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / den if den else 0.0


class Bench:
    def __init__(self, office, path):
        self.office = office
        self.path = path
        self.pid = office_pid(office)
        self.helper = office.create("com.sun.star.frame.DispatchHelper")
        self.errors = None   # errors= of the first check; every later check must agree

    def check(self, doc):
        r = self.helper.executeDispatch(doc.CurrentController.Frame, "vnd.p8calc:check", "", 0, ())
        parts = dict(p.split("=", 1) for p in str(r.Result).split(";") if "=" in p)
        if r.State != 1 or "errors" not in parts:
            raise RuntimeError(f"check failed: state {r.State}, result {r.Result!r}")
        if self.errors is None:
            self.errors = parts["errors"]
        elif parts["errors"] != self.errors:
            raise RuntimeError(f"check gave errors={parts['errors']}, first gave {self.errors}")

    def one_document(self, check):
        doc = self.office.desktop.loadComponentFromURL(
            file_url(self.path), "_blank", 0, (prop("Hidden", True), prop("ReadOnly", False)))
        if check:
            self.check(doc)
        doc.close(True)
        del doc

    def documents(self, n, check, every):
        """Memory checkpoints [(documents done, rss, pss)] while n documents go through."""
        points = [(0, *memory_kb(self.pid))]
        t = time.perf_counter()
        for i in range(1, n + 1):
            self.one_document(check)
            if i % every == 0 or i == n:
                points.append((i, *memory_kb(self.pid)))
        return points, time.perf_counter() - t

    def checks(self, m, every):
        doc = self.office.desktop.loadComponentFromURL(
            file_url(self.path), "_blank", 0, (prop("Hidden", True), prop("ReadOnly", False)))
        self.check(doc)   # the first check makes the results sheet and the marks
        points = [(0, *memory_kb(self.pid))]
        t = time.perf_counter()
        for i in range(1, m + 1):
            self.check(doc)
            if i % every == 0 or i == m:
                points.append((i, *memory_kb(self.pid)))
        elapsed = time.perf_counter() - t
        doc.close(True)
        return points, elapsed


KINDS = ("RSS", "anon")


def describe(label, points, elapsed, unit):
    """Prints a phase; returns the slope (kB per unit) of each kind of memory."""
    n = points[-1][0]
    slopes = [slope([(p[0], p[1 + k]) for p in points]) for k in range(len(KINDS))]
    figures = ", ".join(f"{kind} {points[0][1 + k] / 1024:.1f} → {points[-1][1 + k] / 1024:.1f} MB "
                        f"({slopes[k]:.2f} kB/{unit})" for k, kind in enumerate(KINDS))
    print(f"{label}: {n} {unit}s in {elapsed:.0f} s; {figures}")
    return slopes


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--checks", type=int, default=10000)
    ap.add_argument("--warmup", type=int, default=30)
    ap.add_argument("--file", default=os.path.join(ROOT, "samples", "bac-kan-phan-bo-co-loi.ods"))
    ap.add_argument("--smoke", action="store_true", help="20 documents, 20 checks, 3 warm-up")
    a = ap.parse_args()
    if a.smoke:
        a.docs, a.checks, a.warmup = 20, 20, 3
    build = os.environ.get("P8_BUILD_DIR", os.path.join(ROOT, "build"))
    work = tempfile.mkdtemp(prefix="p8bench-reliability-")
    path = os.path.join(work, os.path.basename(a.file))
    shutil.copy(a.file, path)
    office = Office(build, "bench-reliability", timeout=max(900, 2 * a.docs + a.checks // 2 + 600)).start()
    try:
        bench = Bench(office, path)
        print(f"reliability: {os.path.basename(a.file)}, soffice.bin pid {bench.pid}, "
              f"{a.warmup} warm-up documents")
        for _ in range(a.warmup):
            bench.one_document(check=True)
            bench.one_document(check=False)
        every = max(1, a.docs // 20)
        base, t_base = bench.documents(a.docs, False, every)
        plain = describe("(a) open → close", base, t_base, "document")
        checked, t_checked = bench.documents(a.docs, True, every)
        with_check = describe("(a) open → check → close", checked, t_checked, "document")
        beyond = [c - p for c, p in zip(with_check, plain)]
        # The heap is what a leak grows: the goal is judged on anonymous memory.
        verdict = ("too few documents to judge" if a.docs < 500 else
                   "goal met" if beyond[1] <= GOAL_KB_PER_DOC else "goal NOT met")
        print("(a) a check leaves " + ", ".join(f"{b:.2f} kB ({k})" for b, k in zip(beyond, KINDS)) +
              f" per document beyond open → close; goal ≤ {GOAL_KB_PER_DOC:.0f} kB: {verdict}")
        runs, t_runs = bench.checks(a.checks, max(1, a.checks // 20))
        describe("(b) checks of one document", runs, t_runs, "check")
        print(f"(b) {a.checks} checks: RSS start {runs[0][1]} kB, end {runs[-1][1]} kB "
              f"({runs[-1][1] - runs[0][1]:+d} kB)")
        # Every checkpoint must have read the office's memory, every phase all its documents.
        for points, n in ((base, a.docs), (checked, a.docs), (runs, a.checks)):
            if points[-1][0] != n or min(min(p[1:]) for p in points) <= 0:
                raise RuntimeError(f"memory figures missing: {points}")
        print(f"reliability: done, every check found errors={bench.errors}")
    finally:
        office.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
