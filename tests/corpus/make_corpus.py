"""Writes the corpus (tests/corpus/cases.py) into a folder: each workbook and its sidecar
NAME.expect.json. openpyxl writes .xlsx files the way Excel does (inline formulas, no cached
results: the reader calculates them); LibreOffice writes .ods, .xls and .xlsx through a private
headless office (tests/harness/office.py, own profile and port, watchdog).

  /usr/bin/python3 tests/corpus/make_corpus.py OUT_DIR --build BUILD_DIR"""
import argparse
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "harness"))
import cases as C  # noqa: E402

EXT = {"openpyxl": ".xlsx", "office-ods": ".ods", "office-xls": ".xls", "office-xlsx": ".xlsx", "csv": ".csv"}
# A list exported as CSV, read as it is (tests/data; see its README).
CSV = os.path.join(ROOT, "tests", "data", "thai-nguyen-xa-tu-bac-kan.csv")
FILTER = {".ods": "calc8", ".xls": "MS Excel 97", ".xlsx": "Calc MS Excel 2007 XML"}


def write_openpyxl(case, path):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in case["sheets"]:
        ws = wb.create_sheet(sh["name"])
        for r, row in enumerate(sh["rows"], 1):
            for c, v in enumerate(row, 1):
                if v == "" or v is None:
                    continue
                cell = ws.cell(row=r, column=c)
                if isinstance(v, str) and v.startswith("'"):
                    cell.value = v[1:]
                    cell.data_type = "s"
                else:
                    cell.value = v
        for m in sh["merges"]:
            ws.merge_cells(m)
        ws.column_dimensions["B"].width = 45
    wb.save(path)


def write_office(office, case, path):
    from office import file_url, prop
    doc = office.new_calc()
    sheets = doc.Sheets
    for i, sh in enumerate(case["sheets"]):
        if i >= sheets.getCount():
            sheets.insertNewByName(sh["name"], i)
        s = sheets.getByIndex(i)
        s.Name = sh["name"]
        for r, row in enumerate(sh["rows"]):
            for c, v in enumerate(row):
                if v == "" or v is None:
                    continue
                cell = s.getCellByPosition(c, r)
                if isinstance(v, (int, float)):
                    cell.Value = v
                elif v.startswith("="):
                    cell.Formula = v
                elif v.startswith("'"):
                    cell.String = v[1:]
                else:
                    cell.String = v
        for m in sh["merges"]:
            s.getCellRangeByName(m).merge(True)
        s.Columns.getByIndex(1).Width = 9000
    doc.calculateAll()
    doc.storeToURL(file_url(path), (prop("FilterName", FILTER[os.path.splitext(path)[1]]),))
    doc.close(True)


def sidecar(case, file):
    out = {"file": file, "family": case["family"], "writer": case.get("writer", "sample"), "plan": case["plan"],
           "args": case["args"], "planted": case["planted"], "follows": case["follows"]}
    if case.get("twin"):   # the same workbook in another format: must read alike
        out["twin"] = case["twin"] + EXT[next(c["writer"] for c in C.cases() if c["name"] == case["twin"])]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    todo = C.cases()
    for c in todo:
        file = c["name"] + EXT[c["writer"]]
        if c["writer"] == "openpyxl":
            write_openpyxl(c, os.path.join(args.out, file))
        elif c["writer"] == "csv":
            shutil.copy(CSV, os.path.join(args.out, file))
        with open(os.path.join(args.out, c["name"] + ".expect.json"), "w", encoding="utf-8") as f:
            json.dump(sidecar(c, file), f, ensure_ascii=False, indent=1)
    office_cases = [c for c in todo if c["writer"].startswith("office")]
    if office_cases:
        from office import Office
        with Office(args.build, "corpus") as office:
            for c in office_cases:
                write_office(office, c, os.path.join(args.out, c["name"] + EXT[c["writer"]]))
    for s in C.SAMPLES:
        shutil.copy(os.path.join(ROOT, "samples", s["file"]), os.path.join(args.out, s["file"]))
        if os.path.isdir(os.path.join(ROOT, "samples", "plans")):
            shutil.copytree(os.path.join(ROOT, "samples", "plans"), os.path.join(args.out, "plans"), dirs_exist_ok=True)
        with open(os.path.join(args.out, s["name"] + ".expect.json"), "w", encoding="utf-8") as f:
            json.dump(sidecar(s, s["file"]), f, ensure_ascii=False, indent=1)
    print(f"{len(todo) + len(C.SAMPLES)} workbooks in {args.out}")


if __name__ == "__main__":
    main()
