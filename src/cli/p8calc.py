"""p8calc command line.

  p8calc check FILE... [--plan NAME|PATH] [--format text|json] [--lang vi|en] [--year YYYY]

Starts its own headless LibreOffice (private profile under the build folder, watchdog),
reads every sheet of each file in bulk (getDataArray/getFormulaArray, error cells by one
query per sheet, merged areas by one look per cell format, hidden rows and columns by one
query of the visible cells), and hands the grids to build/p8calc-check, the same core check the
extension runs. Exit status: 0 no ERROR, 1 any ERROR, 2 a file cannot be read or the
arguments/plan are bad (message on stderr naming the file).
"""
import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "harness"))

from cells import a1  # noqa: E402  (tests/harness: shared with the tests and tools)

ERROR_RESULT = 4   # com.sun.star.sheet.FormulaResult.ERROR


def esc(value):
    s = str(value)
    if "\\" not in s and "\t" not in s and "\n" not in s:
        return s
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def dump_merges(sheet, rng, out):
    """M records for the merged areas, without one UNO call per cell: cells of one unique
    format share their merge attributes (Calc keeps them in the cell pattern), so the first
    cell of each format group tells whether the group's cells anchor merges, and how big."""
    try:
        groups = rng.getUniqueCellFormatRanges()
        for i in range(groups.getCount()):
            addrs = groups.getByIndex(i).getRangeAddresses()
            if not addrs:
                continue
            a0 = addrs[0]
            cur = sheet.createCursorByRange(sheet.getCellRangeByPosition(
                a0.StartColumn, a0.StartRow, a0.StartColumn, a0.StartRow))
            cur.collapseToMergedArea()
            m = cur.RangeAddress
            h, w = m.EndRow - m.StartRow, m.EndColumn - m.StartColumn
            if (h == 0 and w == 0) or (m.StartRow, m.StartColumn) != (a0.StartRow, a0.StartColumn):
                continue   # not merged, or cells covered by a merge anchored elsewhere
            for a in addrs:
                for r in range(a.StartRow, a.EndRow + 1):
                    for c in range(a.StartColumn, a.EndColumn + 1):
                        out.append(f"M\t{r}\t{c}\t{r + h}\t{c + w}")
    except Exception:   # merges only refine recognition; values were read already
        pass


def hidden_runs(intervals, count):
    """[(first, last)] of 0..count-1 not covered by any visible interval."""
    shown = [False] * count
    for first, last in intervals:
        for i in range(max(first, 0), min(last, count - 1) + 1):
            shown[i] = True
    runs, start = [], None
    for i in range(count + 1):
        if i < count and not shown[i]:
            start = i if start is None else start
        elif start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


def dump_hidden(rng, rows, cols, out):
    """HR/HC records (hidden row/column runs) from one query of the visible cells. A row
    is hidden (or filtered out) when no visible cell lies in it; same for columns."""
    try:
        visible = rng.queryVisibleCells().getRangeAddresses()
    except Exception:
        return
    if not visible:   # everything hidden: rows and columns cannot be told apart, say nothing
        return
    for first, last in hidden_runs([(a.StartRow, a.EndRow) for a in visible], rows):
        out.append(f"HR\t{first}\t{last}")
    for first, last in hidden_runs([(a.StartColumn, a.EndColumn) for a in visible], cols):
        out.append(f"HC\t{first}\t{last}")


MAX_ROW_GAP, MAX_COL_GAP = 1000, 100   # as kMaxRowGap/kMaxColGap in src/core/grid.hpp
CONTENT = 1 | 2 | 4 | 16                # com.sun.star.sheet.CellFlags VALUE|DATETIME|STRING|FORMULA


def main_block_end(spans, gap):
    """As p8::mainBlockEnd: the last index of the main block, and the first index left out
    (content more than `gap` empty indices away), or -1."""
    end = -1
    for i, (first, last) in enumerate(sorted(spans)):
        if i and first > end + gap + 1:
            return end, first
        end = max(end, last)
    return end, -1


def read_area(sheet):
    """The used area, cut where content far away from the rest begins: a stray cell a million
    rows down must not make us read a million rows. Returns rows, cols and the A1 address of
    the first content cell left out ("" when none)."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    rows, cols = cursor.RangeAddress.EndRow + 1, cursor.RangeAddress.EndColumn + 1
    if rows <= MAX_ROW_GAP + 1 and cols <= MAX_COL_GAP + 1:
        return rows, cols, ""
    found = sheet.queryContentCells(CONTENT).getRangeAddresses()
    last_row, skip_row = main_block_end([(a.StartRow, a.EndRow) for a in found], MAX_ROW_GAP)
    last_col, skip_col = main_block_end([(a.StartColumn, a.EndColumn) for a in found], MAX_COL_GAP)
    skipped = ""
    for a in found:
        if (skip_row >= 0 and a.StartRow >= skip_row) or (skip_col >= 0 and a.StartColumn >= skip_col):
            skipped = a1(a.StartRow, a.StartColumn)
            break
    return min(rows, max(last_row, 0) + 1), min(cols, max(last_col, 0) + 1), skipped


def dump_sheet(sheet, out):
    rows, cols, skipped = read_area(sheet)
    out.append(f"SHEET\t{esc(sheet.Name)}\t{rows}\t{cols}")
    if skipped:
        out.append(f"SKIP\t{skipped}")
    rng = sheet.getCellRangeByPosition(0, 0, cols - 1, rows - 1)
    data, formulas = rng.getDataArray(), rng.getFormulaArray()
    errors = {}
    try:
        ranges = rng.queryFormulaCells(ERROR_RESULT)
        for addr in ranges.getRangeAddresses():
            for r in range(addr.StartRow, addr.EndRow + 1):
                for c in range(addr.StartColumn, addr.EndColumn + 1):
                    errors[(r, c)] = sheet.getCellByPosition(c, r).getString() or "#ERR"
    except Exception:
        pass
    append = out.append   # 55,000 cells for a 5,000-row sheet: keep the loop lean
    for r, (row, frow) in enumerate(zip(data, formulas)):
        for c, v in enumerate(row):
            f = frow[c]
            formula = esc(f) if f[:1] == "=" else ""
            if errors and (r, c) in errors:
                append(f"C\t{r}\t{c}\tE\t{esc(errors[(r, c)])}\t{formula}")
            elif v.__class__ is float:
                append(f"C\t{r}\t{c}\tN\t{v!r}\t{formula}")
            elif v != "":
                append(f"C\t{r}\t{c}\tT\t{esc(v)}\t{formula}")
    dump_merges(sheet, rng, out)
    dump_hidden(rng, rows, cols, out)


PASSWORD_MESSAGE = ("tệp có mật khẩu: hãy lưu một bản không đặt mật khẩu rồi kiểm tra bản đó / "
                    "the file is password-protected: save a copy without a password and check "
                    "that copy")


def refusing_handler():
    """An interaction handler that answers every question of the office with Abort (so a
    load never waits for a dialog) and remembers whether a password was asked for. The
    request itself is not read: python3-uno cannot convert some request exceptions, the
    continuations (XInteractionPassword) tell enough."""
    import uno
    import unohelper
    from com.sun.star.task import XInteractionHandler
    abort_type = uno.getTypeByName("com.sun.star.task.XInteractionAbort")
    password_types = {"com.sun.star.task.XInteractionPassword",
                      "com.sun.star.task.XInteractionPassword2"}

    class Refuse(unohelper.Base, XInteractionHandler):
        def __init__(self):
            self.password_asked = False

        def handle(self, request):
            try:
                continuations = request.getContinuations()
                for c in continuations:
                    if any(t.typeName in password_types for t in c.getTypes()):
                        self.password_asked = True
                for c in continuations:
                    if c.queryInterface(abort_type):
                        c.select()
                        return
            except Exception:
                pass

    return Refuse()


def dump_file(office, path, out):
    from office import file_url, prop
    if not os.path.isfile(path) or not os.access(path, os.R_OK):
        out.append(f"FAIL\t{esc(path)}\tkhông đọc được tệp / cannot read the file")
        return
    if os.path.getsize(path) == 0:
        out.append(f"FAIL\t{esc(path)}\ttệp rỗng / the file is empty")
        return
    handler = refusing_handler()
    try:
        doc = office.desktop.loadComponentFromURL(
            file_url(path), "_blank", 0,
            (prop("Hidden", True), prop("ReadOnly", True), prop("InteractionHandler", handler),
             prop("MacroExecutionMode", 0), prop("UpdateDocMode", 0),   # NEVER_EXECUTE, NO_UPDATE
             prop("RepairPackage", False), prop("Silent", True)))
    except Exception as e:   # corrupt, password-protected, unknown format
        doc = None
        if not handler.password_asked:
            out.append(f"FAIL\t{esc(path)}\tkhông mở được tệp (hỏng, có mật khẩu hoặc không "
                       f"phải bảng tính) / cannot open the file (corrupt, password-protected or "
                       f"not a spreadsheet): {esc(type(e).__name__)}")
            return
    if handler.password_asked:
        if doc is not None:
            doc.close(True)
        out.append(f"FAIL\t{esc(path)}\t{PASSWORD_MESSAGE}")
        return
    if doc is None or not hasattr(doc, "Sheets"):
        if doc is not None:
            doc.close(True)
        out.append(f"FAIL\t{esc(path)}\tkhông phải bảng tính hoặc có mật khẩu / not a "
                   f"spreadsheet, or password-protected")
        return
    try:
        out.append(f"FILE\t{esc(path)}")
        for sheet in doc.Sheets:
            dump_sheet(sheet, out)
    finally:
        doc.close(True)


def check(args):
    from office import Office
    out = []
    with Office(args.build, "cli", timeout=args.timeout) as office:
        for path in args.files:
            dump_file(office, os.path.abspath(path) if os.path.exists(path) else path, out)
    cmd = [os.path.join(args.build, "p8calc-check"), "--format", args.format, "--lang", args.lang,
           "--plans-dir", os.path.join(ROOT, "plans")]
    if args.plan:
        cmd += ["--plan", args.plan]
    if args.year:
        cmd += ["--year", str(args.year)]
    for a in args.accept or []:
        cmd += ["--accept", a]
    r = subprocess.run(cmd, input="\n".join(out) + "\n", text=True)
    return r.returncode


def main():
    parser = argparse.ArgumentParser(prog="p8calc")
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="kiểm tra bảng tính / check workbooks")
    c.add_argument("files", nargs="+")
    c.add_argument("--plan")
    c.add_argument("--format", choices=["text", "json"], default="text")
    c.add_argument("--lang", choices=["vi", "en"], default="vi")
    c.add_argument("--year", type=int)
    c.add_argument("--accept", action="append", help="accepted warning key code@sheet!cell")
    c.add_argument("--timeout", type=int, default=600)
    import report_cmd   # p8calc report / p8calc template (src/cli/report_cmd.py)
    report_cmd.add_parsers(sub)
    args = parser.parse_args()
    try:
        if args.command in ("report", "template"):
            return report_cmd.run(args)
        return check(args)
    except Exception as e:
        print(f"p8calc: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
