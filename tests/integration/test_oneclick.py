"""Issue 6 in the office, headless: the one-click check (vnd.p8calc:check, the same call as the
menu, the toolbar and the sidebar's button) on real workbooks — findings sheet, marks over
the cells, undo/redo, clear, plan and accepted warnings remembered in the document, bad
workbooks — and every input cell unchanged (values, formulas and formats hashed)."""
import hashlib
import json
import os
import subprocess
import unittest

from office import prop
from office_case import BUILD, OfficeTestCase, visible_marks

RESULTS = "P8 Kết quả kiểm tra"
FORMAT_PROPS = ("CellBackColor", "CharWeight", "CharColor", "NumberFormat", "IsCellBackgroundTransparent")


def summary(result):
    return dict(part.split("=", 1) for part in result.Result.split(";") if "=" in part)


def input_hash(doc):
    """Values, formulas and formats of every used cell of every sheet but ours."""
    h = hashlib.sha256()
    for sheet in doc.Sheets:
        if sheet.Name == RESULTS:
            continue
        cur = sheet.createCursor()
        cur.gotoEndOfUsedArea(False)
        rows, cols = cur.RangeAddress.EndRow + 1, cur.RangeAddress.EndColumn + 1
        rng = sheet.getCellRangeByPosition(0, 0, cols - 1, rows - 1)
        h.update(repr((sheet.Name, rng.getDataArray(), rng.getFormulaArray())).encode())
        for r in range(rows):
            for c in range(cols):
                cell = sheet.getCellByPosition(c, r)
                h.update(repr([cell.getPropertyValue(p) for p in FORMAT_PROPS]).encode())
                h.update(cell.Annotation.String.encode())
    return h.hexdigest()


class OneClickCheck(OfficeTestCase):
    office_name = "oneclick"

    def check(self, doc):
        r = self.office.dispatch(doc.CurrentController.Frame, "vnd.p8calc:check")
        self.assertEqual(r.State, 1, r.Result)   # DispatchResultState.SUCCESS
        return summary(r)

    def test_planted_errors_sheet_marks_undo_and_clear_never_touch_input(self):
        doc = self.open_copy("bac-kan-phan-bo-co-loi.ods")
        before = input_hash(doc)
        s = self.check(doc)
        self.assertEqual((s["errors"], s["warnings"], s["plan"]), ("9", "3", "bac-kan-2022"))
        self.assertEqual(input_hash(doc), before)

        sheet = doc.Sheets.getByName(RESULTS)
        data = sheet.getCellRangeByName("A1:G30").getDataArray()
        header = next(i for i, row in enumerate(data) if row[1] in ("Mã", "Code"))
        first = data[header + 1]
        self.assertEqual(first[1:6], ("sum-mismatch", "Phân bổ", "L6", "380", "370"))
        self.assertEqual(sheet.getCellByPosition(3, header + 1).Formula, '=HYPERLINK("#\'Phân bổ\'.L6";"L6")')
        codes = {row[1] for row in data[header + 1:] if row[1]}
        self.assertTrue({"allocation-over", "allocation-under", "cell-error", "value-not-number",
                         "value-negative", "value-text-number", "value-not-integer",
                         "total-hardcoded"} <= codes, codes)

        drawn = visible_marks(doc)
        self.assertEqual(len(drawn), int(s["highlighted"]))
        self.assertIn("Phân bổ!L6", drawn)
        self.assertIn("Phân bổ!F9", drawn)              # the warning too
        um = doc.UndoManager
        um.undo()                                        # one Ctrl+Z: the marks go
        self.assertEqual(visible_marks(doc), [])
        um.redo()
        self.assertEqual(visible_marks(doc), drawn)

        s2 = self.check(doc)                             # a second run replaces, never adds
        self.assertEqual(s2["errors"], "9")
        self.assertEqual(visible_marks(doc), drawn)
        self.assertEqual([sh.Name for sh in doc.Sheets].count(RESULTS), 1)

        r = self.office.dispatch(doc.CurrentController.Frame, "vnd.p8calc:clear")
        self.assertEqual(summary(r)["removed"], str(len(drawn)))
        self.assertEqual(visible_marks(doc), [])
        self.assertIn("Ctrl+Z", doc.Sheets.getByName(RESULTS).getCellByPosition(0, 1).String)   # emptied, a note stays
        self.assertEqual(input_hash(doc), before)

    def test_correct_samples_give_no_error_and_no_warning(self):
        for name in ("bac-kan-phan-bo-dung.ods", "bac-kan-phan-bo-dung.xlsx"):
            with self.subTest(name=name):
                doc = self.open_copy(name)
                before = input_hash(doc)
                s = self.check(doc)
                self.assertEqual((s["errors"], s["warnings"], s["highlighted"]), ("0", "0", "0"))
                self.assertEqual(input_hash(doc), before)

    def test_appendix_sample_marks_the_empty_targets(self):
        doc = self.open_copy("ninh-thuan-phu-luc-02.ods")
        s = self.check(doc)
        self.assertEqual((s["errors"], s["plan"]), ("0", "ninh-thuan-pl02-2022"))
        self.assertEqual(visible_marks(doc), ["Phụ lục 02!C42", "Phụ lục 02!C46"])

    def test_plan_chosen_in_the_document_is_used_and_a_broken_one_is_reported(self):
        doc = self.open_copy("bac-kan-phan-bo-dung.ods")
        user = doc.DocumentProperties.UserDefinedProperties
        user.addProperty("P8Plan", 128, "ninh-thuan-pl02-2022")
        self.assertEqual(self.check(doc)["plan"], "ninh-thuan-pl02-2022")
        user.setPropertyValue("P8Plan", os.path.join(self.tmp, "missing-plan.json"))
        s = self.check(doc)
        self.assertEqual(s["plan"], "")
        self.assertIn("plan", s["error"])
        sheet = doc.Sheets.getByName(RESULTS)
        self.assertIn("missing-plan.json", sheet.getCellRangeByName("A4").String)

    def test_accepted_warning_is_remembered_in_the_document(self):
        doc = self.open_copy("bac-kan-phan-bo-co-loi.ods")
        self.assertEqual(self.check(doc)["warnings"], "3")
        user = doc.DocumentProperties.UserDefinedProperties
        user.addProperty("P8AcceptedWarnings", 128, "value-text-number@Phân bổ!F9\n")
        s = self.check(doc)
        self.assertEqual((s["warnings"], s["errors"]), ("2", "9"))
        self.assertNotIn("Phân bổ!F9", visible_marks(doc))

    def test_bad_and_empty_workbooks_give_a_clear_answer_not_a_crash(self):
        doc = self.office.new_calc()
        self.addCleanup(doc.close, True)
        s = self.check(doc)                              # empty: no P8 table, nothing to check
        self.assertEqual((s["plan"], s["errors"], s["warnings"]), ("", "0", "0"), s)
        self.assertNotIn("error", s)                     # checked, not a failure (no plan-unknown)
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByName("A1").String = "UBND TỈNH BẮC KẠN"
        sheet.getCellRangeByName("B3").String = "Chỉ tiêu"
        districts = ("TP. Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm")
        for col, name in enumerate(districts, start=2):
            sheet.getCellByPosition(col, 2).String = name
        sheet.getCellRangeByName("K3").String = "Tổng cộng"
        sheet.getCellRangeByName("B4").String = "Tổ truyền thông cộng đồng"
        sheet.getCellRangeByName("C4").Formula = "=#REF!+1"
        sheet.getCellRangeByName("D4").String = "mười"
        sheet.getCellRangeByName("K4").Formula = "=SUM(C4:J4)"
        sheet.getCellRangeByName("B5:E6").merge(True)
        doc.Sheets.insertNewByName("Trống", 1)
        before = input_hash(doc)
        s = self.check(doc)
        self.assertEqual(s["plan"], "bac-kan-2022")
        self.assertGreaterEqual(int(s["errors"]), 1)
        self.assertEqual(input_hash(doc), before)

    def test_report_and_template_from_the_office(self):
        doc = self.open_copy("bac-kan-phan-bo-dung.ods")
        before = input_hash(doc)
        frame = doc.CurrentController.Frame
        outs = {ext: os.path.join(self.tmp, "bao-cao" + ext) for ext in (".ods", ".xlsx", ".pdf")}
        for out in outs.values():
            r = self.office.dispatch(frame, "vnd.p8calc:report", (
                prop("Layout", "allocation"), prop("Period", 2025), prop("Out", out), prop("Lang", "vi")))
            self.assertEqual((r.State, r.Result), (1, "written=" + out))
        self.assertEqual(input_hash(doc), before)
        with open(outs[".pdf"], "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")
        for ext in (".ods", ".xlsx"):
            report = self.office.open(outs[ext])
            self.addCleanup(report.close, True)
            sheet = report.Sheets.getByIndex(0)
            cur = sheet.createCursor()
            cur.gotoEndOfUsedArea(False)
            rng = sheet.getCellRangeByPosition(0, 0, cur.RangeAddress.EndColumn, cur.RangeAddress.EndRow)
            texts = [v for row in rng.getDataArray() for v in row if isinstance(v, str)]
            self.assertTrue(any("PHÂN BỔ" in t for t in texts), texts[:12])
            self.assertIn("Chợ Đồn", texts)
            formulas = [f for row in rng.getFormulaArray() for f in row if f.startswith("=")]
            self.assertTrue(any("SUM(" in f.upper() for f in formulas), formulas[:5])   # live totals
            title = next(sheet.getCellByPosition(c, r) for r, row in enumerate(rng.getDataArray())
                         for c, v in enumerate(row) if isinstance(v, str) and "PHÂN BỔ" in v)
            self.assertEqual(title.CharFontName, "Times New Roman")
            self.assertGreaterEqual(title.CharWeight, 150)
            self.assertTrue(any(sheet.getCellByPosition(c, r).IsMerged
                                for r in range(6) for c in range(4)), "the header has merged cells")

        template = os.path.join(self.tmp, "bieu-mau.ods")
        r = self.office.dispatch(frame, "vnd.p8calc:template", (prop("Out", template), prop("Lang", "vi")))
        self.assertEqual(r.State, 1, r.Result)
        blank = self.office.open(template)
        self.addCleanup(blank.close, True)
        s = self.check(blank)          # the template's plan travels in the file
        self.assertEqual((s["plan"], s["errors"]), ("bac-kan-2022", "0"))


    def test_the_office_and_p8calc_check_read_and_judge_alike(self):
        # Hidden rows, merged cells, text numbers, error cells: the in-office reader
        # (doc_read.cpp) and the CLI driver (p8calc.py) must give the same findings.
        src = self.open_copy("bac-kan-phan-bo-co-loi.ods")
        sheet = src.Sheets.getByIndex(0)
        sheet.Rows.getByIndex(14).IsVisible = False              # row 15 hidden
        sheet.getCellRangeByName("A18:C18").merge(True)
        path = os.path.join(self.tmp, "alike.ods")
        src.storeToURL("file://" + path, (prop("FilterName", "calc8"),))
        doc = self.office.open(path)
        self.addCleanup(doc.close, True)
        s = self.check(doc)
        data = doc.Sheets.getByName(RESULTS).getCellRangeByName("A1:G80").getDataArray()
        first = next(i for i, row in enumerate(data) if row[1] in ("Mã", "Code")) + 1
        last = next(i for i in range(first, len(data)) if not data[i][1])   # a blank row, then totals
        office = sorted((row[1], row[3]) for row in data[first:last])
        r = subprocess.run([os.path.join(os.path.abspath(BUILD), "p8calc"), "check", path, "--format", "json"],
                           capture_output=True, text=True, timeout=300)
        cli = sorted((f["code"], f["cell"]) for f in json.loads(r.stdout)["files"][0]["findings"])
        self.assertEqual(office, cli)
        self.assertEqual(len(cli), int(s["errors"]) + int(s["warnings"]) + int(s["info"]))

if __name__ == "__main__":
    unittest.main()
