"""Issue 17: reports and templates on the administrative rules of Nghị định 30/2020/NĐ-CP,
Phụ lục I — margins (top/bottom 20–25 mm, left 30–35, right 15–20), Times New Roman, Quốc hiệu
12–13 pt bold capitals, Tiêu ngữ 13–14 pt bold over a solid line as long as the text, the
issuing body 12–13 pt bold capitals over a line 1/3–1/2 its length, page numbers at the top
centre and none on the first page, the annex title in bold capitals and its "(Kèm theo …)"
line in italics. The report is written by `p8calc report` as ODS, XLSX and PDF; ODS and XLSX
are reopened in an office and the XLSX also read by openpyxl and as XML; the PDF's words are
located with pdftotext -bbox and its pages turned into PNGs (build/report-rules/*.png)."""
import os
import re
import shutil
import subprocess
import time
import unittest
import zipfile

from office import Office, file_url, prop

BUILD = os.environ.get("P8_BUILD_DIR", "build")
SOURCE = os.environ.get("P8_SOURCE_DIR", ".")
P8CALC = os.path.join(BUILD, "p8calc")
SAMPLE = os.path.join(SOURCE, "samples", "bac-kan-phan-bo-dung.xlsx")
OUT = os.path.join(BUILD, "report-rules")
MM = 100   # 1/100 mm
INCH = 25.4


def out(name):
    return os.path.join(OUT, name)


class ReportOnTheRules(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        shutil.rmtree(OUT, ignore_errors=True)
        os.makedirs(OUT)
        jobs = {
            "report": [P8CALC, "report", SAMPLE, "--layout", "allocation", "--period", "2025",
                       "--set", "report_ref=(Kèm theo Kế hoạch số 12/KH-HLHPN ngày 05/3/2022)",
                       "--out", out("bc.ods"), "--out", out("bc.xlsx"), "--out", out("bc.pdf")],
            "template": [P8CALC, "template", "--plan", "bac-kan-2022", "--kind", "progress",
                         "--out", out("mau.ods")],
        }
        procs = {k: subprocess.Popen(v, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for k, v in jobs.items()}
        cls.runs = {k: (p.wait(timeout=300), *p.communicate()) for k, p in procs.items()}
        cls.office = Office(BUILD, "report-rules").start()

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def setUp(self):
        for name, (rc, _, stderr) in self.runs.items():
            self.assertEqual(rc, 0, f"{name}: {stderr}")

    def open(self, path):
        # A copy under a name of its own: several tests open one output, and loading a URL whose
        # document of the test before is still being closed would hand back that document.
        self.copies = getattr(self, "copies", 0) + 1
        copy = os.path.join(OUT, f"{self.id().rsplit('.', 1)[-1]}-{self.copies}-{os.path.basename(path)}")
        shutil.copy(path, copy)
        doc = self.office.desktop.loadComponentFromURL(file_url(copy), "_blank", 0, (prop("Hidden", True),))
        self.addCleanup(doc.close, True)
        return doc

    # -- page: margins and page numbers ----------------------------------------------------
    def check_page(self, doc, what):
        sheet = doc.Sheets.getByIndex(0)
        ps = doc.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
        self.assertAlmostEqual(ps.LeftMargin, 30 * MM, delta=10, msg=what)
        self.assertAlmostEqual(ps.RightMargin, 15 * MM, delta=10, msg=what)
        self.assertTrue(ps.HeaderIsOn, what)
        # The text begins 20 mm from the top edge (Calc prints the header at the sheet's fit-to-
        # width scale, so the file holds up to 25 mm: tests/ui/test_report_view.py measures the
        # printed 20 mm); the number sits inside that margin.
        self.assertTrue(20 * MM - 30 <= ps.TopMargin + ps.HeaderHeight <= 25 * MM, what)
        self.assertLess(ps.TopMargin, 20 * MM, what)
        self.assertFalse(ps.FooterIsOn, what)
        self.assertAlmostEqual(ps.BottomMargin, 20 * MM, delta=10, msg=what)
        header = ps.RightPageHeaderContent   # kept alive while its texts are read
        self.assertEqual(header.CenterText.getString(), "1", what)   # the page-number field
        self.assertEqual(header.LeftText.getString() + header.RightText.getString(), "", what)
        self.assertFalse(ps.FirstPageHeaderIsShared, what)          # the first page has its own …
        first = ps.FirstPageHeaderContent
        self.assertEqual(first.CenterText.getString(), "", what)    # … empty header
        return sheet

    def test_ods_page(self):
        self.check_page(self.open(out("bc.ods")), "ods")

    def test_xlsx_page_in_office(self):
        self.check_page(self.open(out("bc.xlsx")), "xlsx")

    def test_template_on_the_rules_too(self):
        sheet = self.check_page(self.open(out("mau.ods")), "template")
        self.assertEqual(sheet.getCellByPosition(0, 1).CharWeight, 150.0)
        self.assertEqual(len(self.rules(sheet)), 2)

    def test_xlsx_read_by_openpyxl(self):
        import openpyxl
        ws = openpyxl.load_workbook(out("bc.xlsx")).active
        m = ws.page_margins
        self.assertAlmostEqual(m.left * INCH, 30, delta=0.3)
        self.assertAlmostEqual(m.right * INCH, 15, delta=0.3)
        self.assertTrue(20 - 0.3 <= m.top * INCH <= 25, m.top * INCH)   # Excel: not scaled
        self.assertAlmostEqual(m.bottom * INCH, 20, delta=0.3)
        self.assertLess(m.header * INCH, 20)
        self.assertEqual(ws.oddHeader.center.text, "&P")
        # The number's font: named, or (as LibreOffice writes it) the workbook's Normal font.
        wb = ws.parent
        self.assertIn(ws.oddHeader.center.font or f"{wb._fonts[0].name},Regular", ("Times New Roman,Regular",))
        self.assertEqual(int(ws.oddHeader.center.size), 13)
        self.assertTrue(ws.HeaderFooter.differentFirst)
        self.assertFalse(ws.firstHeader.center.text)   # nothing on page 1
        self.assertFalse(ws.oddFooter.center.text)
        fonts = {a: ws[a].font for a in ("A1", "A2", "G1", "G2", "A4", "A5")}
        self.assertEqual(ws["A1"].value, "UBND TỈNH BẮC KẠN")
        self.assertEqual((fonts["A1"].name, fonts["A1"].sz, bool(fonts["A1"].b)), ("Times New Roman", 13, False))
        self.assertEqual(ws["A2"].value, "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC KẠN")
        self.assertEqual((fonts["A2"].sz, bool(fonts["A2"].b)), (13, True))
        self.assertEqual(ws["G1"].value, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        self.assertEqual((fonts["G1"].sz, bool(fonts["G1"].b)), (13, True))
        self.assertEqual(ws["G2"].value, "Độc lập - Tự do - Hạnh phúc")
        self.assertEqual((fonts["G2"].sz, bool(fonts["G2"].b)), (14, True))
        self.assertFalse(fonts["G2"].u)   # a line, not an underline that stops at each space
        title = ws["A4"].value
        self.assertEqual(title, title.upper())
        self.assertTrue(fonts["A4"].b)
        self.assertEqual(ws["A5"].value, "(Kèm theo Kế hoạch số 12/KH-HLHPN ngày 05/3/2022)")
        self.assertTrue(fonts["A5"].i)
        for cell in ("A11", "B11", "E11"):
            self.assertEqual(ws[cell].font.name, "Times New Roman")

    def test_xlsx_keeps_the_lines(self):
        with zipfile.ZipFile(out("bc.xlsx")) as z:
            drawings = [n for n in z.namelist() if re.match(r"xl/drawings/drawing\d+\.xml$", n)]
            self.assertEqual(len(drawings), 1)
            xml = z.read(drawings[0]).decode()
        self.assertEqual(len(re.findall(r'prst="line"', xml)), 2, xml[:2000])

    # -- the lines under the Tiêu ngữ and the issuing body ---------------------------------
    def rules(self, sheet):
        page = sheet.DrawPage   # each shape fetched once: an index may name another a call later
        shapes = [page.getByIndex(i) for i in range(page.Count)]
        return [s for s in shapes if s.ShapeType == "com.sun.star.drawing.LineShape"]

    @staticmethod
    def file_rules(path):
        """The line shapes as the file holds them: name → (width, height) in 1/100 mm. Read from
        the file, not from a loaded document: LibreOffice 7.4 places cell-anchored shapes again
        while it lays out a loaded sheet, and a read at that moment sees them anywhere."""
        with zipfile.ZipFile(path) as z:
            if path.endswith(".ods"):
                xml = z.read("content.xml").decode()
                unit = {"in": 2540.0, "cm": 1000.0, "mm": 100.0}
                def length(v):
                    m = re.match(r"(-?[0-9.]+)(in|cm|mm)", v)
                    return float(m.group(1)) * unit[m.group(2)]
                out = {}
                for tag in re.findall(r"<draw:line [^>]*>", xml):
                    attr = dict(re.findall(r'([\w:]+)="([^"]*)"', tag))
                    out[attr.get("draw:name", "")] = (length(attr["svg:x2"]) - length(attr["svg:x1"]),
                                                      length(attr["svg:y2"]) - length(attr["svg:y1"]))
                return out
            xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/drawings/drawing"))
            out = {}
            for sp in re.findall(r"<xdr:sp>.*?</xdr:sp>", xml, flags=re.S):
                if 'prst="line"' in sp:
                    name = re.search(r'<xdr:cNvPr [^>]*name="([^"]*)"', sp).group(1)
                    cx, cy = re.search(r'<a:ext cx="(\d+)" cy="(\d+)"', sp).groups()
                    out[name] = (int(cx) / 360.0, int(cy) / 360.0)   # EMU → 1/100 mm
            return out

    def text_width(self, doc, text, size, bold):
        """The width Calc lays the text out in, from a shape grown to it (an office measure of
        its own, independent of the report's cells)."""
        scratch = self.office.new_calc()   # not the report: its draw page stays as it was loaded
        self.addCleanup(scratch.close, True)
        sheet = scratch.Sheets.getByIndex(0)
        shape = scratch.createInstance("com.sun.star.drawing.TextShape")
        sheet.DrawPage.add(shape)
        shape.TextAutoGrowWidth = True
        shape.TextWordWrap = False
        shape.TextLeftDistance = shape.TextRightDistance = 0
        shape.setString(text)   # the text, then its font on the text itself
        chars = shape.createTextCursor()
        chars.gotoStart(False)
        chars.gotoEnd(True)
        chars.CharFontName = "Times New Roman"
        chars.CharHeight = size
        chars.CharWeight = 150.0 if bold else 100.0
        width = shape.Size.Width
        sheet.DrawPage.remove(shape)
        return width

    def check_rules(self, doc, path, what):
        sheet = doc.Sheets.getByIndex(0)
        rules = self.file_rules(path)
        self.assertEqual(len(rules), 2, f"{what}: {list(rules)}")
        for key, first_col, size, ratio in (("motto", 6, 14, (0.95, 1.05)), ("issuer", 0, 13, (1 / 3, 1 / 2))):
            cell = sheet.getCellByPosition(first_col, 1)
            (width, height), = [v for k, v in rules.items() if key in k]
            text = self.text_width(doc, cell.String, size, True)
            share = width / text
            self.assertTrue(ratio[0] <= share <= ratio[1], f"{what} {cell.String}: {share:.2f} of the text")
            self.assertEqual(height, 0, what)   # horizontal
        # Where they stand and how they are drawn, as the office shows them once laid out.
        for line in self.rules(sheet):
            self.assertEqual(line.LineStyle.value, "SOLID", what)

    def test_ods_lines(self):
        self.check_rules(self.open(out("bc.ods")), out("bc.ods"), "ods")

    def test_xlsx_lines_in_office(self):
        self.check_rules(self.open(out("bc.xlsx")), out("bc.xlsx"), "xlsx")

    # -- the PDF ---------------------------------------------------------------------------
    def words(self, page):
        """(text, xMin, yMin, xMax, yMax) in points of the page's words."""
        xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), out("bc.pdf"), "-"],
                             capture_output=True, text=True, check=True).stdout
        return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', xml)]

    def test_pdf_page_numbers_top_centre_not_on_page_one(self):
        info = subprocess.run(["pdfinfo", out("bc.pdf")], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        self.assertGreaterEqual(pages, 2)
        width = 841.89   # A4 landscape, points
        margin = 20 / INCH * 72
        centre = (30 + (297 - 15)) / 2 / INCH * 72   # between the left and right margins
        for page in range(1, pages + 1):
            top = [w for w in self.words(page) if w[4] < margin]
            if page == 1:
                self.assertEqual(top, [], "no page number on the first page")
                self.assertTrue(any(w[0] == "CỘNG" for w in self.words(1)))
                continue
            self.assertEqual([w[0] for w in top], [str(page)], f"page {page}")
            mid = (top[0][1] + top[0][3]) / 2
            self.assertAlmostEqual(mid, centre, delta=6, msg=f"page {page} number centred")
            self.assertLess(mid, width)
        # Nothing at the foot any more ("Trang 1/2" was there before).
        text = subprocess.run(["pdftotext", out("bc.pdf"), "-"], capture_output=True, text=True, check=True).stdout
        self.assertNotIn("Trang", text)

    def test_pdf_as_png(self):
        subprocess.run(["pdftoppm", "-r", "70", "-f", "1", "-l", "2", "-png", out("bc.pdf"), out("bc")], check=True)
        for n in (1, 2):
            png = [f for f in os.listdir(OUT) if re.match(rf"bc-0*{n}\.png$", f)]
            self.assertEqual(len(png), 1, os.listdir(OUT))
            self.assertGreater(os.path.getsize(out(png[0])), 15000)


if __name__ == "__main__":
    unittest.main()
