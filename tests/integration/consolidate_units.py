"""The units' workbooks of the consolidation tests, made the ways units make them: p8calc's
template filled in by openpyxl (as Excel would) or in Calc, and reports made by hand with
openpyxl; the figures each unit reports (FIG), so the tests sum them independently."""
import hashlib
import json
import os
import subprocess

from office import file_url, prop

BUILD = os.path.abspath(os.environ.get("P8_BUILD_DIR", "build"))
SOURCE = os.path.abspath(os.environ.get("P8_SOURCE_DIR", "."))
P8CALC = os.path.join(BUILD, "p8calc")
PLAN = os.path.join(SOURCE, "samples", "plans", "bac-kan-2022-example-allocation.json")
PLAN_ID = "bac-kan-2022-example-allocation"
TN_PLAN = os.path.join(SOURCE, "plans", "thai-nguyen-2026.json")

with open(PLAN, encoding="utf-8") as _f:
    PLAN_JSON = json.load(_f)
NAMES = {i["code"]: i["name"]["vi"] for i in PLAN_JSON["indicators"]}
UNITS = {u["name"]: u["id"] for u in PLAN_JSON["org_units"] if u["level"] == "district"}

# What each unit's file says: indicator → (plan of the year, done this period, cumulative).
FIG = {
    "bk-ba-be": {"1": (20, 15, 40), "4": (3, 2, 5), "7": (10, 8, 21)},
    "bk-cho-don": {"1": (18, 12, 30), "4": (2, 2, 4), "7": (9, 9, 20)},
    "bk-ngan-son": {"1": (12, 10, 25), "7": (6, 5, 11)},
    "bk-bach-thong": {"1": (14, 11, 28), "4": (2, 1, 3)},
    "bk-cho-moi": {"1": (13, 9, 22), "7": (7, 6, 12)},
    "bk-na-ri": {"1": (99, 99, 99)},       # twice: never counted
}
RECEIVED = ["bk-ba-be", "bk-cho-don", "bk-ngan-son", "bk-bach-thong", "bk-cho-moi"]
HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Kế hoạch năm 2025", "Thực hiện kỳ báo cáo",
          "Lũy kế từ đầu giai đoạn", "Ghi chú"]
UNIT_OF = {"1": "tổ", "4": "địa chỉ", "7": "cuộc"}


def run(*args, timeout=600):
    return subprocess.run([P8CALC, *args], capture_output=True, text=True, timeout=timeout)


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def hand_made(path, header, figures, modified, sheet="Báo cáo", wb_title=None):
    """A unit's report typed in Excel: header rows naming (or not) the unit, then the table."""
    import datetime
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in header:
        ws.append(row)
    ws.append(["BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM 2025"])
    ws.append(HEADER)
    for n, (code, (plan_year, actual, cumulative)) in enumerate(figures.items(), 1):
        ws.append([n, NAMES[code], UNIT_OF[code], None, plan_year, actual, cumulative, None])
    wb.properties.modified = datetime.datetime.fromisoformat(modified)
    wb.properties.creator = "Excel"
    wb.save(path)


def fill_template_xlsx(template, path, figures, modified):
    """p8calc's template filled in as Excel would (openpyxl), rows found by the indicator name."""
    import datetime
    import openpyxl
    wb = openpyxl.load_workbook(template)
    ws = wb.active
    cols, rows = {}, {}
    for row in ws.iter_rows():
        for c in row:
            if not isinstance(c.value, str):
                continue
            t = c.value.strip()
            if t.startswith("Kế hoạch năm"):
                cols["plan_year"] = c.column
            elif t == "Thực hiện kỳ báo cáo":
                cols["actual"] = c.column
            elif t.startswith("Lũy kế"):
                cols["cumulative"] = c.column
            for code, name in NAMES.items():
                if t == name:
                    rows[code] = c.row
    for code, (plan_year, actual, cumulative) in figures.items():
        for key, v in (("plan_year", plan_year), ("actual", actual), ("cumulative", cumulative)):
            ws.cell(rows[code], cols[key]).value = v
    wb.properties.modified = datetime.datetime.fromisoformat(modified)
    wb.save(path)


def fill_in_calc(office, template, path, figures):
    """p8calc's template filled in Calc and saved (the document's date: the day it is saved)."""
    doc = office.desktop.loadComponentFromURL(file_url(template), "_blank", 0, (prop("Hidden", True),))
    try:
        sheet = doc.Sheets.getByIndex(0)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        data = sheet.getCellRangeByPosition(0, 0, cursor.RangeAddress.EndColumn,
                                            cursor.RangeAddress.EndRow).DataArray
        cols, rows = {}, {}
        for r, line in enumerate(data):
            for c, v in enumerate(line):
                if not isinstance(v, str):
                    continue
                t = v.strip()
                if t.startswith("Kế hoạch năm"):
                    cols["plan_year"] = c
                elif t == "Thực hiện kỳ báo cáo":
                    cols["actual"] = c
                elif t.startswith("Lũy kế"):
                    cols["cumulative"] = c
                for code, name in NAMES.items():
                    if t == name:
                        rows[code] = r
        for code, (plan_year, actual, cumulative) in figures.items():
            for key, v in (("plan_year", plan_year), ("actual", actual), ("cumulative", cumulative)):
                sheet.getCellByPosition(cols[key], rows[code]).Value = v
        doc.storeToURL(file_url(path), (prop("FilterName", "calc8"),))
    finally:
        doc.close(True)
