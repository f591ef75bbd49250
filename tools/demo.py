"""The README's run command, after the build: installs build/p8calc.oxt into the lasting
private profile build/profile and shows p8calc working on samples/.

With a display: opens Calc (on that profile) with the sample workbooks.
Without one: opens each sample headless, recalculates, prints every Project 8 formula
with its result, then runs `build/p8calc check` on the samples.
"""
import glob
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "harness"))
from cells import a1  # noqa: E402
from office import Office  # noqa: E402

BUILD = os.path.join(ROOT, "build")
SAMPLES = sorted(glob.glob(os.path.join(ROOT, "samples", "*.ods")))


def has_display():
    if not os.environ.get("DISPLAY"):
        return False
    return subprocess.run(["xdpyinfo"], capture_output=True).returncode == 0


def show_functions(office, path):
    doc = office.open(path)
    try:
        doc.calculateAll()
        print(f"\n== {os.path.relpath(path, ROOT)}")
        for sheet in doc.Sheets:
            cursor = sheet.createCursor()
            cursor.gotoEndOfUsedArea(False)
            last_row, last_col = cursor.RangeAddress.EndRow, cursor.RangeAddress.EndColumn
            rng = sheet.getCellRangeByPosition(0, 0, last_col, last_row)
            formulas = rng.getFormulaArray()
            for r, row in enumerate(formulas):
                for c, f in enumerate(row):
                    if not f.startswith("=") or "P8CALC" not in f.upper():
                        continue
                    cell = sheet.getCellByPosition(c, r)
                    shown = cell.getString() if not cell.getError() else f"Err:{cell.getError()}"
                    text = cell.getPropertyValue("FormulaLocal")
                    print(f"  {sheet.Name}!{a1(r, c):6} {text:55} → {shown}")
        # The one-click check of the sidebar/menu, run by dispatch (the file is not saved).
        result = office.dispatch(doc.CurrentController.Frame, "vnd.p8calc:check").Result
        print(f"  Kiểm tra (vnd.p8calc:check): {result}")
    finally:
        doc.close(True)


def main():
    office = Office(BUILD, "demo", keep_dir=os.path.join(BUILD, "profile"))
    if has_display() and "--headless" not in sys.argv:
        office.prepare()
        print("p8calc: mở Calc với các tệp mẫu / opening Calc with the samples "
              f"(profile {office.profile})")
        subprocess.Popen(office.command(SAMPLES), env=office.environment(),
                         start_new_session=True, stdin=subprocess.DEVNULL)
        return 0
    print("p8calc: không có màn hình, chạy ẩn / no display, running headless")
    with office:
        for path in SAMPLES:
            show_functions(office, path)
    p8calc = os.path.join(BUILD, "p8calc")
    if os.path.exists(p8calc):
        print("\n== p8calc check samples/*.ods")
        subprocess.run([p8calc, "check"] + SAMPLES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
