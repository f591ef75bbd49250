"""Issue 7: `p8calc report` and `p8calc template` through a real office. The report of a
sample is exported as ODS, XLSX and PDF; the ODS/XLSX are reopened in an office and the XLSX
also read by openpyxl (an independent reader): texts, numbers, live formulas, fonts, merges,
page setup. The PDF is turned into PNG with pdftoppm. Templates are filled in through the
office and put through `p8calc check`: no finding when right, sum-mismatch at a wrong total.
The user's workbook is never changed."""
import hashlib
import json
import os
import shutil
import subprocess
import unittest

from office import Office, file_url, prop

BUILD = os.environ.get("P8_BUILD_DIR", "build")
SOURCE = os.environ.get("P8_SOURCE_DIR", ".")
P8CALC = os.path.join(BUILD, "p8calc")
SAMPLE = os.path.join(SOURCE, "samples", "bac-kan-phan-bo-dung.xlsx")
EXAMPLE = os.path.join(SOURCE, "samples", "plans", "bac-kan-2022-example-allocation.json")
OUT = os.path.join(BUILD, "report-test")


def p8calc(*args):
    return subprocess.run([P8CALC, *args], capture_output=True, text=True, timeout=300)


def out(name):
    return os.path.join(OUT, name)


def sha(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def row_of(sheet, label, col=1, rows=80):
    """0-based row whose column `col` reads `label`."""
    data = sheet.getCellRangeByPosition(col, 0, col, rows).getDataArray()
    for r, (v,) in enumerate(data):
        if v == label:
            return r
    raise AssertionError(f"no row labelled {label!r}")


def col_of(sheet, title, row_from, row_to, cols=20):
    data = sheet.getCellRangeByPosition(0, row_from, cols, row_to).getDataArray()
    for row in data:
        for c, v in enumerate(row):
            if v == title:
                return c
    raise AssertionError(f"no column titled {title!r}")


class ReportAndTemplate(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        shutil.rmtree(OUT, ignore_errors=True)
        os.makedirs(OUT)
        with open(EXAMPLE, encoding="utf-8") as f:
            cls.plan = json.load(f)
        cls.sample_hash = sha(SAMPLE)
        # The three exports run side by side (each command starts its own office).
        jobs = {
            "report": [P8CALC, "report", SAMPLE, "--layout", "allocation", "--period", "2025",
                       "--out", out("phan-bo.ods"), "--out", out("phan-bo.xlsx"), "--out", out("phan-bo.pdf")],
            "allocation": [P8CALC, "template", "--plan", "bac-kan-2022", "--kind", "allocation",
                           "--out", out("mau-phan-bo.ods"), "--out", out("mau-phan-bo.xlsx")],
            "progress": [P8CALC, "template", "--plan", "bac-kan-2022", "--kind", "progress", "--period", "2023",
                         "--out", out("mau-tien-do.ods")],
        }
        procs = {k: subprocess.Popen(v, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for k, v in jobs.items()}
        cls.runs = {k: (p.wait(timeout=300), *p.communicate()) for k, p in procs.items()}
        cls.office = Office(BUILD, "report-read").start()

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def setUp(self):
        for name, (rc, stdout, stderr) in self.runs.items():
            self.assertEqual(rc, 0, f"{name}: {stderr}")

    def open(self, path):
        doc = self.office.desktop.loadComponentFromURL(file_url(path), "_blank", 0, (prop("Hidden", True),))
        self.addCleanup(doc.close, True)
        return doc

    # -- the report ------------------------------------------------------------------------
    def check_report_sheet(self, sheet, what):
        """The allocation report of the correct sample, as any office reads it back."""
        self.assertEqual(sheet.getCellByPosition(0, 0).String, "UBND TỈNH BẮC KẠN")
        self.assertEqual(sheet.getCellByPosition(0, 1).String, "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC KẠN")
        title = sheet.getCellByPosition(0, 3)
        self.assertEqual(title.String, "BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 CHO CÁC HUYỆN, THÀNH PHỐ GIAI ĐOẠN 2021–2025")
        self.assertEqual(title.CharFontName, "Times New Roman", what)
        self.assertEqual(title.CharWeight, 150.0, what)
        self.assertTrue(sheet.getCellRangeByName("A4:O4").getIsMerged(), what)
        self.assertTrue(sheet.getCellRangeByName("E8:L8").getIsMerged(), what)   # "Phân bổ cho các huyện"
        self.assertEqual(sheet.getCellByPosition(4, 7).String, "Phân bổ cho các huyện, thành phố")
        self.assertEqual(sheet.getCellByPosition(4, 8).String, "Thành phố Bắc Kạn")
        self.assertEqual(sheet.getCellByPosition(4, 8).CharWeight, 150.0)
        r = row_of(sheet, "Tổ truyền thông cộng đồng được thành lập và duy trì hoạt động")
        n = r + 1
        self.assertEqual(sheet.getCellByPosition(0, r).String, "1")
        self.assertEqual(sheet.getCellByPosition(3, r).Value, 380)
        self.assertEqual([sheet.getCellByPosition(c, r).Value for c in range(4, 12)], [47] * 7 + [51])
        total = sheet.getCellByPosition(12, r)   # "Tổng cộng": a live formula, not a number typed in
        self.assertEqual(total.Formula, f'=IF(COUNT(E{n}:L{n})=0;"";SUM(E{n}:L{n}))', what)
        self.assertEqual(total.Value, 380)
        self.assertEqual(sheet.getCellByPosition(13, r).String, "0")   # nothing left to allocate
        self.assertEqual(sheet.getCellByPosition(1, r).CharFontName, "Times New Roman")
        self.assertGreater(sheet.getCellByPosition(1, r).BottomBorder.OuterLineWidth, 0)
        # 2a is not in the workbook: empty cells (not 0), named in Ghi chú; 15 % in vi-VN.
        r2a = row_of(sheet, "Thành viên tổ TKVVTB được hỗ trợ tiếp cận các định chế tài chính chính thức (thí điểm)")
        self.assertEqual(sheet.getCellByPosition(0, r2a).String, "2.1")
        self.assertEqual(sheet.getCellByPosition(3, r2a).String, "15,0 %")
        for c in range(4, 13):
            self.assertEqual(sheet.getCellByPosition(c, r2a).String, "", f"{what} col {c}")
        self.assertEqual(sheet.getCellByPosition(14, r2a).String,
                         "Chưa có số liệu: Phân bổ cho các huyện, thành phố")

    def test_report_ods_reopened(self):
        doc = self.open(out("phan-bo.ods"))
        sheet = doc.Sheets.getByIndex(0)
        self.assertEqual(sheet.Name, "Phân bổ")
        self.check_report_sheet(sheet, "ods")
        # A4 landscape, one page wide, header rows on every page, not protected.
        ps = doc.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
        self.assertTrue(ps.IsLandscape)
        self.assertAlmostEqual(ps.Size.Width, 29700, delta=5)   # 1/100 mm (Calc rounds to its own units)
        self.assertAlmostEqual(ps.Size.Height, 21000, delta=5)
        self.assertEqual(ps.ScaleToPagesX, 1)
        self.assertTrue(sheet.PrintTitleRows)
        self.assertEqual((sheet.TitleRows.StartRow, sheet.TitleRows.EndRow), (7, 9))
        self.assertFalse(sheet.isProtected())
        self.assertIn("report", self.runs["report"][1])
        self.assertIn("2a", self.runs["report"][2])   # the missing figures are reported

    def test_report_xlsx_reopened_in_office_formulas_live(self):
        doc = self.open(out("phan-bo.xlsx"))
        sheet = doc.Sheets.getByIndex(0)
        self.check_report_sheet(sheet, "xlsx")
        r = row_of(sheet, "Tổ truyền thông cộng đồng được thành lập và duy trì hoạt động")
        sheet.getCellByPosition(5, r).Value = 50   # Ba Bể gets 3 more: the total follows
        doc.calculateAll()
        self.assertEqual(sheet.getCellByPosition(12, r).Value, 383)
        self.assertEqual(sheet.getCellByPosition(13, r).Value, -3)

    def test_report_xlsx_read_by_openpyxl(self):
        import openpyxl
        ws = openpyxl.load_workbook(out("phan-bo.xlsx")).active
        values = openpyxl.load_workbook(out("phan-bo.xlsx"), data_only=True).active
        self.assertEqual(ws.title, "Phân bổ")
        self.assertEqual(ws["A4"].value, "BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 CHO CÁC HUYỆN, THÀNH PHỐ GIAI ĐOẠN 2021–2025")
        self.assertEqual(ws["A4"].font.name, "Times New Roman")
        self.assertTrue(ws["A4"].font.b)
        self.assertEqual(ws["A4"].font.sz, 14)
        merged = {str(m) for m in ws.merged_cells.ranges}
        self.assertTrue({"A4:O4", "E8:L8", "A8:A9", "G1:O1"} <= merged, merged)
        self.assertEqual(ws["L9"].value, "Pác Nặm")
        self.assertEqual(ws["A11"].value, "1")
        self.assertEqual(ws["M11"].value, '=IF(COUNT(E11:L11)=0,"",SUM(E11:L11))')
        self.assertEqual(values["M11"].value, 380)
        self.assertEqual(ws["E11"].value, 47)
        self.assertIn("#,##0", ws["E11"].number_format)
        self.assertIn("0.0", ws["D13"].number_format)
        self.assertIn("%", ws["D13"].number_format)
        self.assertIsNone(ws["E13"].value)   # missing, not 0
        self.assertEqual(ws["E11"].border.left.style, "thin")
        self.assertEqual(ws.print_title_rows, "$8:$10")
        self.assertEqual(ws.page_setup.orientation, "landscape")
        self.assertEqual(int(ws.page_setup.paperSize), 9)   # A4
        self.assertTrue(ws.sheet_properties.pageSetUpPr.fitToPage)
        self.assertEqual(int(ws.page_setup.fitToWidth), 1)

    def test_report_pdf_as_png(self):
        pdf = out("phan-bo.pdf")
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
        self.assertRegex(info, r"Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)")   # A4 landscape
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                              check=True).stdout
        for want in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8",
                     "Phân bổ cho các huyện, thành phố", "THỦ TRƯỞNG ĐƠN VỊ"):
            self.assertIn(want, text)
        self.assertGreaterEqual(text.count("Phân bổ cho các huyện, thành phố"), 2)   # header repeated on page 2
        fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout
        self.assertIn("LiberationSerif", fonts)   # Times New Roman's metric twin where Times is absent
        self.assertNotIn("DejaVu", fonts)         # every Vietnamese letter found in that font
        subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "1", "-png", pdf, out("phan-bo")], check=True)
        self.assertGreater(os.path.getsize(out("phan-bo-1.png")), 20000)

    def test_user_workbook_unchanged(self):
        self.assertEqual(sha(SAMPLE), self.sample_hash)

    # -- templates -------------------------------------------------------------------------
    def fill_allocation(self, doc):
        """Every district cell filled with the example allocation (it adds up to the targets)."""
        sheet = doc.Sheets.getByIndex(0)
        districts = [u["id"] for u in self.plan["org_units"] if u["level"] == "district"]
        for ind in self.plan["indicators"]:
            r = row_of(sheet, ind["name"]["vi"])
            for k, d in enumerate(districts):
                sheet.getCellByPosition(4 + k, r).Value = self.plan["allocation"][ind["code"]][d]
            if ind["percent"]:
                sheet.getCellByPosition(12, r).Value = ind["target"]   # the province's rate
        doc.calculateAll()
        return sheet

    def store(self, doc, name):
        doc.storeToURL(file_url(out(name)), (prop("FilterName", "calc8"),))
        return out(name)

    def test_allocation_template_filled_passes_check_wrong_total_found(self):
        doc = self.open(out("mau-phan-bo.ods"))
        sheet = doc.Sheets.getByIndex(0)
        self.assertTrue(sheet.isProtected())
        r = row_of(sheet, "Địa chỉ tin cậy cộng đồng được củng cố, nâng cao chất lượng hoặc thành lập mới")
        self.assertFalse(sheet.getCellByPosition(5, r).CellProtection.IsLocked)   # input
        self.assertTrue(sheet.getCellByPosition(12, r).CellProtection.IsLocked)   # total formula
        self.assertTrue(sheet.getCellByPosition(3, r).CellProtection.IsLocked)    # plan target
        self.assertEqual(sheet.getCellByPosition(3, r).Value, 40)
        self.assertEqual(sheet.getCellByPosition(12, r).String, "")   # no figures yet: empty, not 0
        self.fill_allocation(doc)
        self.assertEqual(sheet.getCellByPosition(12, r).Value, 40)
        filled = self.store(doc, "mau-phan-bo-da-dien.ods")
        # The check recognises it without --plan or any setting, and finds nothing at all.
        res = p8calc("check", filled, "--format", "json")
        self.assertEqual(res.returncode, 0, res.stderr)
        f = json.loads(res.stdout)["files"][0]
        self.assertEqual(f["plan"], "bac-kan-2022")
        self.assertEqual(f["tables"][0]["kind"], "allocation")
        self.assertEqual(f["findings"], [])
        # A wrong total formula: sum-mismatch at exactly that cell.
        sheet.unprotect("")
        n = r + 1
        sheet.getCellByPosition(12, r).setFormula(f"=SUM(E{n}:L{n})-1")
        doc.calculateAll()
        wrong = self.store(doc, "mau-phan-bo-sai-tong.ods")
        res = p8calc("check", wrong, "--format", "json")
        self.assertEqual(res.returncode, 1)
        found = {(x["code"], x["cell"]) for x in json.loads(res.stdout)["files"][0]["findings"]}
        self.assertIn(("sum-mismatch", f"M{n}"), found)

    def test_allocation_template_xlsx_protection_for_openpyxl(self):
        import openpyxl
        ws = openpyxl.load_workbook(out("mau-phan-bo.xlsx")).active
        self.assertTrue(ws.protection.sheet)
        self.assertFalse(ws["E11"].protection.locked)
        self.assertTrue(ws["D11"].protection.locked)
        self.assertEqual(ws["M11"].value, '=IF(COUNT(E11:L11)=0,"",SUM(E11:L11))')

    def test_progress_template_district_list_then_report(self):
        doc = self.open(out("mau-tien-do.ods"))
        sheet = doc.Sheets.getByIndex(0)
        unit_row = row_of(sheet, "Đơn vị báo cáo:", col=0, rows=12)
        # The reporting unit's input cell, right of the label (where depends on the column widths).
        unit = next(sheet.getCellByPosition(c, unit_row) for c in range(1, 8)
                    if sheet.getCellByPosition(c, unit_row).String)
        self.assertEqual(unit.String, "Bắc Kạn")
        self.assertFalse(unit.CellProtection.IsLocked)
        v = unit.Validation
        self.assertEqual(v.Type.value, "LIST")
        self.assertIn('"Chợ Đồn"', v.Formula1)
        self.assertIn('"Pác Nặm"', v.Formula1)
        header = row_of(sheet, "STT", col=0)
        year = col_of(sheet, "Kế hoạch năm 2023", header, header)
        # Filled in on schedule as of 2023, under every target.
        for ind in self.plan["indicators"]:
            r = row_of(sheet, ind["name"]["vi"])
            t = ind["target"]
            figures = (t, t, t) if ind["percent"] else (round(t / 5), round(t / 5), -(-t * 7 // 10))
            for k, x in enumerate(figures):
                sheet.getCellByPosition(year + k, r).Value = x
        doc.calculateAll()
        r1 = row_of(sheet, "Tổ truyền thông cộng đồng được thành lập và duy trì hoạt động")
        self.assertEqual(sheet.getCellByPosition(8, r1).String, "70,0 %")   # live rate, vi-VN
        filled = self.store(doc, "mau-tien-do-da-dien.ods")
        res = p8calc("check", filled, "--format", "json", "--year", "2023")
        self.assertEqual(res.returncode, 0, res.stderr)
        f = json.loads(res.stdout)["files"][0]
        self.assertEqual(f["tables"][0]["kind"], "progress")
        self.assertEqual(f["findings"], [])
        # The progress report of that workbook: figures read back, rates live.
        res = p8calc("report", filled, "--layout", "progress", "--period", "2023",
                     "--set", "report_ref=(Kèm theo Báo cáo số 15/BC-HLHPN ngày 05/9/2023)",
                     "--out", out("tien-do.ods"), "--out", out("tien-do.pdf"))
        self.assertEqual(res.returncode, 0, res.stderr)
        rep = self.open(out("tien-do.ods")).Sheets.getByIndex(0)
        r1 = row_of(rep, "Tổ truyền thông cộng đồng được thành lập và duy trì hoạt động")
        self.assertEqual([rep.getCellByPosition(c, r1).Value for c in range(3, 7)], [380, 76, 76, 266])
        self.assertEqual(rep.getCellByPosition(7, r1).String, "100,0 %")
        self.assertEqual(rep.getCellByPosition(8, r1).String, "70,0 %")
        self.assertTrue(rep.getCellByPosition(8, r1).Formula.startswith("=IF(OR(D"))
        self.assertEqual(rep.getCellByPosition(9, r1).String, "")   # nothing missing
        self.assertEqual(rep.getCellByPosition(0, 5).String, "(Kèm theo Báo cáo số 15/BC-HLHPN ngày 05/9/2023)")
        subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "1", "-png", out("tien-do.pdf"), out("tien-do")],
                       check=True)
        self.assertTrue(os.path.exists(out("tien-do-1.png")))

    # -- bad input -------------------------------------------------------------------------
    def test_bad_arguments_exit_2(self):
        r = p8calc("template", "--plan", "bac-kan-2022", "--out", out("x.txt"))
        self.assertEqual(r.returncode, 2)
        self.assertIn(".ods, .xlsx", r.stderr)
        r = p8calc("template", "--plan", "khong-co", "--out", out("x.ods"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("khong-co", r.stderr)
        r = p8calc("template", "--plan", "bac-kan-2022", "--kind", "progress", "--district", "Hà Nội",
                   "--out", out("x.ods"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("Chợ Đồn", r.stderr)   # the districts there are
        broken = out("hong.json")
        with open(broken, "w", encoding="utf-8") as f:
            f.write('{"schema_version": 1,\n "columns": [{"source": "tong"}]}')
        r = p8calc("template", "--plan", "bac-kan-2022", "--layout", broken, "--out", out("x.ods"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("dòng 2: trường 'columns[0].source'", r.stderr)
        self.assertFalse(os.path.exists(out("x.ods")))
        r = p8calc("report", SAMPLE, "--out", SAMPLE)
        self.assertEqual(r.returncode, 2)
        self.assertEqual(sha(SAMPLE), self.sample_hash)
        r = p8calc("report", out("khong-co.xlsx"), "--out", out("x.ods"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("khong-co.xlsx", r.stderr)


if __name__ == "__main__":
    unittest.main()
