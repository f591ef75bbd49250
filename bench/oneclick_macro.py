"""The baseline of bench_oneclick.py: the check of an allocation sheet written the way a
local IT person would write it as a Python-UNO macro — one getCellByPosition per cell, sums
compared in Python. bench_oneclick.py runs it twice: through the socket bridge (a script run
from the command line) and, when the office has the Python script provider
(libreoffice-script-provider-python), inside the office as a macro from the user profile
(Tools ▸ Macros ▸ Run), which is the fair comparison.

Layout it knows (as the IT person would hard-code it): row 1 headers (TT, Nội dung,
districts…, Tổng cộng), one activity per row, a last row "Tổng cộng" of column totals.
Returns the addresses of every total that differs from the sum of its parts.
"""


def _col(c):
    name = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        name = chr(65 + rem) + name
    return name


def check_allocation(sheet=None, row_limit=0):
    """row_limit > 0: stop after that many activity rows (the bench times the slow bridge
    run on a sample and scales it)."""
    if sheet is None:   # run as a macro on the open document
        sheet = XSCRIPTCONTEXT.getDocument().Sheets.getByIndex(0)  # noqa: F821
    # Header row: district columns up to "Tổng cộng".
    districts, total_col, c = [], None, 2
    while True:
        title = sheet.getCellByPosition(c, 0).getString()
        if title == "":
            break
        if title.strip().lower() == "tổng cộng":
            total_col = c
            break
        districts.append(c)
        c += 1
    wrong = []
    column_sums = [0.0] * len(districts)
    grand = 0.0
    r = 1
    while True:
        label = sheet.getCellByPosition(1, r).getString()
        if label == "" or (row_limit and r > row_limit):
            break
        if label.strip().lower() == "tổng cộng":   # the total row: compare column sums
            for i, dc in enumerate(districts):
                if abs(sheet.getCellByPosition(dc, r).getValue() - column_sums[i]) > 1e-9:
                    wrong.append(f"{_col(dc)}{r + 1}")
            if abs(sheet.getCellByPosition(total_col, r).getValue() - grand) > 1e-9:
                wrong.append(f"{_col(total_col)}{r + 1}")
            break
        row_sum = 0.0
        for i, dc in enumerate(districts):
            v = sheet.getCellByPosition(dc, r).getValue()
            row_sum += v
            column_sums[i] += v
        total = sheet.getCellByPosition(total_col, r).getValue()
        grand += total
        if abs(total - row_sum) > 1e-9:
            wrong.append(f"{_col(total_col)}{r + 1}")
        r += 1
    return tuple(wrong)


def bulk_read(sheet):
    """One bulk read of the used range inside the office (the floor of any check)."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    a = cursor.RangeAddress
    rng = sheet.getCellRangeByPosition(0, 0, a.EndColumn, a.EndRow)
    data, formulas = rng.getDataArray(), rng.getFormulaArray()
    return float(len(data) * len(data[0]) + len(formulas))


g_exportedScripts = (check_allocation, bulk_read)
