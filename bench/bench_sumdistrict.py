"""Benchmark (issue 5): P8.SUMDISTRICT against the built-in SUMIF over the same sheet of
10,000 rows × 8 districts, recalculated in one office run. Goal: SUMDISTRICT ≤ 1.5 × SUMIF.

Two cases, both printed with their ratio:
  - full recalculation (calculateAll) of unchanged data: SUMDISTRICT reuses what it read of
    its ranges (it reads a range again only after Calc reports a change in it);
  - one value edited, then the dirty formulas recalculated (calculate): SUMDISTRICT reads
    the changed values column again, once for its 8 formulas;
  - and, for information, the first calculation of each sheet (one run: SUMDISTRICT reads
    both columns once there).
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                "harness"))
from office import Office  # noqa: E402

ROWS = 10000
DISTRICTS = ["Thành phố Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì",
             "Ngân Sơn", "Pác Nặm"]
ROUNDS = 15


def make(office, function):
    doc = office.new_calc()
    sheet = doc.Sheets.getByIndex(0)
    data = tuple((DISTRICTS[i % 8], float(i % 97)) for i in range(ROWS))
    sheet.getCellRangeByName(f"A1:B{ROWS}").setDataArray(data)
    formulas = []
    for d in DISTRICTS:
        if function == "SUMIF":
            formulas.append((f'=SUMIF($A$1:$A${ROWS};"{d}";$B$1:$B${ROWS})',))
        else:
            formulas.append((f'=P8.SUMDISTRICT($B$1:$B${ROWS};$A$1:$A${ROWS};"{d}")',))
    rng = sheet.getCellRangeByName("D1:D8")
    for i, (f,) in enumerate(formulas):
        rng.getCellByPosition(0, i).setPropertyValue("FormulaLocal", f)
    t = time.perf_counter()
    doc.calculateAll()   # the first calculation: SUMDISTRICT has read nothing yet
    first = time.perf_counter() - t
    return doc, [rng.getCellByPosition(0, i).getValue() for i in range(8)], first


def timed(doc):
    t = time.perf_counter()
    doc.calculateAll()
    return time.perf_counter() - t


def timed_after_edit(doc, round_no):
    """One value of the values column changed (outside the timing), then only what depends
    on it recalculated."""
    sheet = doc.Sheets.getByIndex(0)
    sheet.getCellByPosition(1, (round_no * 37) % ROWS).Value = float(round_no % 97 + 1000)
    t = time.perf_counter()
    doc.calculate()
    sheet.getCellByPosition(3, 0).getValue()   # the results are there
    return time.perf_counter() - t


def main():
    build = os.environ.get("P8_BUILD_DIR", os.path.join(os.path.dirname(__file__), "..", "build"))
    with Office(build, "bench-sumdistrict") as office:
        sumif, a, first_s = make(office, "SUMIF")
        p8, b, first_p = make(office, "SUMDISTRICT")
        if a != b:
            print("results differ:", a, b)
            return 1
        for _ in range(3):   # warm up (plans load, caches)
            timed(sumif), timed(p8)
        ts, tp = [], []
        for _ in range(ROUNDS):   # interleaved, so both see the same machine load
            ts.append(timed(sumif))
            tp.append(timed(p8))
        ms, mp = sorted(ts)[ROUNDS // 2], sorted(tp)[ROUNDS // 2]
        es, ep = [], []
        for i in range(ROUNDS):
            es.append(timed_after_edit(sumif, i))
            ep.append(timed_after_edit(p8, i))
        a = [sumif.Sheets.getByIndex(0).getCellByPosition(3, i).getValue() for i in range(8)]
        b = [p8.Sheets.getByIndex(0).getCellByPosition(3, i).getValue() for i in range(8)]
        if a != b:
            print("results differ after the edits:", a, b)
            return 1
        mes, mep = sorted(es)[ROUNDS // 2], sorted(ep)[ROUNDS // 2]
        print(f"sheet: {ROWS} rows x 8 districts, 8 formulas, median of {ROUNDS} rounds")
        print(f"  full recalculation, data unchanged   SUMIF {ms * 1000:7.2f} ms   "
              f"P8.SUMDISTRICT {mp * 1000:7.2f} ms   ratio {mp / ms:.2f}  (goal <= 1.5)")
        print(f"  one value edited, then recalculation SUMIF {mes * 1000:7.2f} ms   "
              f"P8.SUMDISTRICT {mep * 1000:7.2f} ms   ratio {mep / mes:.2f}  (goal <= 1.5)")
        print(f"  first calculation (one run)          SUMIF {first_s * 1000:7.2f} ms   "
              f"P8.SUMDISTRICT {first_p * 1000:7.2f} ms   ratio {first_p / first_s:.2f}")
        sumif.close(True)
        p8.close(True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
