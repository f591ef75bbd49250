"""Issue 16, a plan kept in the document: "Tạo kế hoạch từ bảng tính này" (the Kế hoạch
panel's button, vnd.p8calc:makeplan) on a province's own sheets writes the review as a new
sheet (one undo step, no input cell touched), saves the plan file next to the workbook and
keeps the plan in the document (P8PlanData). The workbook, copied to another folder without
its plan file, is then checked with that plan by the one-click check and by `p8calc check`
(the same findings), and the functions use it. A plan with former units: P8.DISTRICT and
P8.SUMDISTRICT know that "Huyện Ba Bể" became five communes."""
import hashlib
import json
import os
import shutil
import subprocess

from cells import fill_sheet, fill_sheets, store_workbook
from office import file_url, prop
from office_case import BUILD, SOURCE, OfficeTestCase

P8CALC = os.path.join(BUILD, "p8calc")
UNITS = ["Xã Minh Quang", "Xã Lâm Bình", "Phường Minh Xuân", "Xã Hồng Thái"]
INDICATORS = [
    ["UBND TỈNH TUYÊN QUANG"],
    ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 TỈNH TUYÊN QUANG GIAI ĐOẠN 2026 - 2030"],
    [],
    ["STT", "Tên chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn"],
    ["1", "Tổ truyền thông cộng đồng được thành lập và duy trì", "tổ", 60],
    ["2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", 10],
]
ALLOCATION = [
    ["PHÂN BỔ CHỈ TIÊU CHO CÁC XÃ, PHƯỜNG"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn", *UNITS, "Tổng cộng"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 60, 15, 15, 15, 15, "=SUM(E4:H4)"],
    ["2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", 10, 3, 3, 2, 2, "=SUM(E5:H5)"],
]
# Figures of the communes a year later, one total typed wrong: a finding both checks must give.
FIGURES = [
    ["SỐ LIỆU THỰC HIỆN CỦA CÁC XÃ, PHƯỜNG NĂM 2026"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn", *UNITS, "Tổng cộng"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 60, 15, 15, 15, 15, 61],
]


def summary(result):
    return dict(part.split("=", 1) for part in result.Result.split(";") if "=" in part)


def input_hash(doc, skip):
    h = hashlib.sha256()
    for sheet in doc.Sheets:
        if sheet.Name in skip:
            continue
        cur = sheet.createCursor()
        cur.gotoEndOfUsedArea(False)
        rng = sheet.getCellRangeByPosition(0, 0, cur.RangeAddress.EndColumn, cur.RangeAddress.EndRow)
        h.update(repr((sheet.Name, rng.getDataArray(), rng.getFormulaArray())).encode())
    return h.hexdigest()


def sheet_findings(doc):
    """(code, sheet, cell) of every finding listed on the results sheet."""
    data = doc.Sheets.getByName("P8 Kết quả kiểm tra").getCellRangeByName("A1:G200").getDataArray()
    header = next(i for i, row in enumerate(data) if row[1] in ("Mã", "Code"))
    out = []
    for row in data[header + 1:]:
        if not row[1]:
            break
        out.append((row[1], row[2], row[3]))
    return sorted(out)


class KeptPlan(OfficeTestCase):
    office_name = "plan-kept"

    def check(self, doc):
        r = self.office.dispatch(doc.CurrentController.Frame, "vnd.p8calc:check")
        self.assertEqual(r.State, 1, r.Result)
        return summary(r)

    def formula(self, doc, cell, text):
        sheet = doc.Sheets.getByIndex(0)
        c = sheet.getCellRangeByName(cell)
        c.Formula = text
        doc.calculateAll()
        return c

    def test_plan_made_kept_and_used_after_the_file_moved(self):
        here, there = os.path.join(self.tmp, "tinh"), os.path.join(self.tmp, "xa")
        os.makedirs(here)
        os.makedirs(there)
        path = os.path.join(here, "tuyen-quang.ods")
        store_workbook(self.office, path, [("Chỉ tiêu", INDICATORS), ("Phân bổ", ALLOCATION)])

        doc = self.office.open(path)
        before = input_hash(doc, ())
        r = self.office.dispatch(doc.CurrentController.Frame, "vnd.p8calc:makeplan")
        self.assertEqual(r.State, 1, r.Result)
        made = summary(r)
        self.assertEqual(made["plan"], "tuyen-quang-2026", r.Result)
        self.assertEqual(made["sheet"], "Xem lại kế hoạch")
        self.assertEqual(made["written"], os.path.join(here, "tuyen-quang-2026.json"))
        with open(made["written"], encoding="utf-8") as f:
            self.assertEqual(json.load(f)["province"], "Tuyên Quang")
        names = [s.Name for s in doc.Sheets]
        self.assertEqual(names[-1], "Xem lại kế hoạch")
        review = doc.Sheets.getByName("Xem lại kế hoạch").getCellRangeByName("A1:F3").getDataArray()
        self.assertEqual(review[0][0], "XEM LẠI KẾ HOẠCH ĐỌC TỪ BẢNG TÍNH NÀY")
        self.assertEqual(input_hash(doc, ("Xem lại kế hoạch",)), before)   # no input cell touched
        # One undo step empties the review to a note (an undo never removes a sheet: that crashes
        # LibreOffice 7.4 without a visible view), redo brings it back; the input stays as it was.
        um = doc.UndoManager
        self.assertEqual(um.getCurrentUndoActionTitle(), "Dự án 8: xem lại kế hoạch / Project 8 plan review")
        um.undo()
        self.assertEqual([s.Name for s in doc.Sheets], names)
        self.assertIn("Ctrl+Z", doc.Sheets.getByName("Xem lại kế hoạch").getCellByPosition(0, 1).String)
        self.assertEqual(input_hash(doc, ("Xem lại kế hoạch",)), before)
        um.redo()
        self.assertEqual(doc.Sheets.getByName("Xem lại kế hoạch").getCellByPosition(0, 0).String,
                         "XEM LẠI KẾ HOẠCH ĐỌC TỪ BẢNG TÍNH NÀY")
        user = doc.DocumentProperties.UserDefinedProperties
        self.assertEqual(user.getPropertyValue("P8Plan"), "tuyen-quang-2026")
        self.assertEqual(json.loads(user.getPropertyValue("P8PlanData"))["id"], "tuyen-quang-2026")
        # Later the province adds the communes' figures, then sends the file on.
        doc.Sheets.insertNewByName("Số liệu 2026", 0)
        fill_sheet(doc.Sheets.getByName("Số liệu 2026"), FIGURES)
        doc.store()
        as_xlsx = os.path.join(there, "tuyen-quang.xlsx")   # the same file saved as Excel travels too
        doc.storeToURL(file_url(as_xlsx), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)

        # Another folder, and the plan file gone: the document carries its plan.
        moved = os.path.join(there, "tuyen-quang.ods")
        shutil.copy(path, moved)
        os.remove(made["written"])
        doc = self.office.open(moved)
        self.addCleanup(doc.close, True)
        s = self.check(doc)
        self.assertEqual(s["plan"], "tuyen-quang-2026", s)
        one_click = sheet_findings(doc)
        self.assertIn(("sum-mismatch", "Số liệu 2026", "I4"), one_click)
        self.assertFalse([f for f in one_click if f[1] == "Xem lại kế hoạch"], one_click)   # the review is no data
        cli = subprocess.run([P8CALC, "check", moved, "--format", "json"], capture_output=True, text=True, timeout=300)
        f = json.loads(cli.stdout)["files"][0]
        self.assertEqual(f["plan"], "tuyen-quang-2026", cli.stderr)
        self.assertEqual(sorted((x["code"], x["sheet"], x["cell"]) for x in f["findings"]), one_click)
        x = subprocess.run([P8CALC, "check", as_xlsx, "--format", "json"], capture_output=True, text=True, timeout=300)
        fx = json.loads(x.stdout)["files"][0]
        self.assertEqual(fx["plan"], "tuyen-quang-2026", x.stderr)
        self.assertIn(("sum-mismatch", "Số liệu 2026", "I4"), [(y["code"], y["sheet"], y["cell"]) for y in fx["findings"]])
        # The functions use the kept plan (without it: bac-kan-2022, whose indicator 1 is 380).
        self.assertEqual(self.formula(doc, "K1", '=P8.TARGET("1")').Value, 60)
        self.assertEqual(self.formula(doc, "K2", '=P8.TARGET("2";"Phường Minh Xuân")').Value, 2)
        self.assertEqual(self.formula(doc, "K3", '=P8.DISTRICT("minh xuan")').String, "Phường Minh Xuân")

    def test_commune_workbook_inferred_and_reported_in_the_words_of_communes(self):
        communes = []
        with open(os.path.join(SOURCE, "tests", "data", "thai-nguyen-xa-tu-bac-kan.csv"), encoding="utf-8") as f:
            next(f)
            communes = [line.strip().split(",")[1] for line in f][:12]
        rows = [["UBND TỈNH THÁI NGUYÊN"], ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 NĂM 2026 (GIAI ĐOẠN 2026-2030)"], [],
                ["TT", "Xã, phường", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy cộng đồng"]]
        rows += [[i + 1, u, 3, 1] for i, u in enumerate(communes)]
        n = len(rows)
        rows.append(["", "Tổng cộng", f"=SUM(C5:C{n})", f"=SUM(D5:D{n})"])
        doc = self.office.new_calc()
        self.addCleanup(doc.close, True)
        fill_sheets(doc, [("KH 2026", rows)])
        s = self.check(doc)
        self.assertEqual((s["plan"], s["errors"], s["warnings"]), ("thai-nguyen-2026", "0", "0"), s)
        sheet = doc.Sheets.getByName("P8 Kết quả kiểm tra")
        data = sheet.getCellRangeByName("A1:B200").getDataArray()
        heading = next((i for i, row in enumerate(data) if str(row[0]).startswith(("TỔNG THEO", "TOTALS PER"))), None)
        self.assertIsNotNone(heading, data[:30])
        # The sheet speaks the office's language (this test office's is English).
        self.assertIn((data[heading][0], data[heading + 1][1]),
                      [("TỔNG THEO XÃ, PHƯỜNG", "Xã, phường"), ("TOTALS PER COMMUNE/WARD", "Commune/ward")])
        self.assertEqual(sheet.getCellByPosition(0, heading).CharWeight, 150)   # styled as a heading
        words = " ".join(str(c) for row in data for c in row).lower()
        self.assertNotIn("huyện", words)
        self.assertNotIn("district", words)

    def test_a_broken_kept_plan_is_said_never_replaced(self):
        doc = self.office.new_calc()
        self.addCleanup(doc.close, True)
        fill_sheets(doc, [("Phân bổ", ALLOCATION)])
        user = doc.DocumentProperties.UserDefinedProperties
        user.addProperty("P8Plan", 128, "tuyen-quang-2026")
        user.addProperty("P8PlanData", 128, '{"schema_version": 1, "id": "tuyen-quang-2026", "indicators": [}')
        s = self.check(doc)
        self.assertEqual(s["plan"], "", s)   # no other plan silently instead
        self.assertIn("P8PlanData", s["error"])
        self.assertEqual(self.formula(doc, "K1", '=P8.TARGET("1")').getError(), 502)

    def test_former_district_in_a_commune_plan(self):
        doc = self.office.new_calc()
        self.addCleanup(doc.close, True)
        doc.DocumentProperties.UserDefinedProperties.addProperty("P8Plan", 128, "thai-nguyen-2026")
        rows = [("Xã Ba Bể", 4), ("Xã Chợ Rã", 3), ("Xã Bằng Vân", 7), ("Phúc Lộc", 2), ("Xã Đồng Phúc", 1)]
        sheet = doc.Sheets.getByIndex(0)
        for r, (name, v) in enumerate(rows):
            sheet.getCellByPosition(0, r).String = name
            sheet.getCellByPosition(1, r).Value = v
        self.assertEqual(self.formula(doc, "D1", '=P8.DISTRICT("Huyện Ba Bể")').String,
                         "Xã Ba Bể, Xã Chợ Rã, Xã Phúc Lộc, Xã Thượng Minh, Xã Đồng Phúc")
        self.assertEqual(self.formula(doc, "D2", '=P8.DISTRICT("Ba Bể")').String, "Xã Ba Bể")
        self.assertEqual(self.formula(doc, "D3", '=P8.SUMDISTRICT(B1:B5;A1:A5;"Huyện Ba Bể")').Value, 10)
        self.assertEqual(self.formula(doc, "D4", '=P8.SUMDISTRICT(B1:B5;A1:A5;"Xã Ba Bể")').Value, 4)
        # A document of the phase I plan keeps its districts: no commune of 2026 answers for them.
        old = self.office.new_calc()
        self.addCleanup(old.close, True)
        self.assertEqual(self.formula(old, "A1", '=P8.DISTRICT("Ba Bể")').String, "Ba Bể")
        self.assertEqual(self.formula(old, "A2", '=P8.DISTRICT("Bắc Kạn")').getError(), 502)


if __name__ == "__main__":
    import unittest

    unittest.main()
