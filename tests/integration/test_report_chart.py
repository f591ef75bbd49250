"""Issue 17: the consolidated report carries a Calc chart — the share of its allocated target
each reporting unit reached, the units that have not reported named "(chưa báo cáo)" with no
bar — made with Calc's own charts over the report's cells, so it stays live, in ODS, XLSX and
the PDF. The report is written by `p8calc consolidate --out` over a folder of district reports
made by hand as Excel would (test_consolidate's helpers): Ba Bể and Chợ Đồn with figures, Na Rì
without a figure done this period, two files of Pác Nặm, the other four missing. The shares
expected are computed here from the plan's allocation and the figures written. The outputs are
reopened (office; the XLSX also as XML) and the PDF turned into build/report-chart/tong-hop-N.png.
The chart and its block are on a sheet of their own ("Biểu đồ"): the report's table and its
header rows repeated on every page stay on the first sheet, so the chart's page shows none."""
import json
import os
import re
import shutil
import subprocess
import unittest
import zipfile

from office import Office, file_url, prop
from consolidate_units import NAMES, PLAN, PLAN_JSON, hand_made, run

BUILD = os.path.abspath(os.environ.get("P8_BUILD_DIR", "build"))
OUT = os.path.join(BUILD, "report-chart")
UNITS = ["Thành phố Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm"]
REPORTED = {"Ba Bể", "Chợ Đồn", "Na Rì"}
STATUS = {"Pác Nặm": " (trùng tệp, chưa tính)"}
ID = {u["name"]: u["id"] for u in PLAN_JSON["org_units"] if u["level"] == "district"}
ALLOC = PLAN_JSON["allocation"]
# What each unit's file says: indicator → (plan of the year, done this period, cumulative).
FIG = {
    "Ba Bể": {"1": (20, 15, 40), "4": (3, 2, 5), "7": (10, 8, 21)},
    "Chợ Đồn": {"1": (18, 12, 30), "7": (9, 9, 20)},
    "Na Rì": {"1": (10, None, 7)},   # nothing done this period given: no share, no bar
    "Pác Nặm": {"1": (5, 5, 5)},     # two files: not counted
}
ISSUER = {"Ba Bể": "HỘI LHPN HUYỆN BA BỂ", "Chợ Đồn": "HỘI LHPN HUYỆN CHỢ ĐỒN", "Na Rì": "HỘI LHPN HUYỆN NA RÌ",
          "Pác Nặm": "HỘI LHPN HUYỆN PÁC NẶM"}


def out(name):
    return os.path.join(OUT, name)


def share(unit, figures=None):
    """The unit's average share of its allocated target, from the plan and the figures written."""
    figures = figures or {code: f[1] for code, f in FIG[unit].items()}
    shares = [done / ALLOC[code][ID[unit]] for code, done in figures.items() if done is not None]
    return sum(shares) / len(shares)


class ConsolidatedReportChart(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        shutil.rmtree(OUT, ignore_errors=True)
        os.makedirs(OUT)
        box = out("nop")
        os.makedirs(box)
        for unit, figures in FIG.items():
            for n in (1, 2) if unit in STATUS else (1,):
                hand_made(os.path.join(box, f"{ID[unit]}-{n}.xlsx"), [[ISSUER[unit]]], figures,
                          "2025-09-05T10:00:00")
        cls.written = run("consolidate", box, "--plan", PLAN, "--period", "2025", "--as-of", "2025-09-20",
                          "--format", "json", "--out", out("tong-hop.ods"), "--out", out("tong-hop.xlsx"),
                          "--out", out("tong-hop.pdf"))
        cls.english = run("consolidate", box, "--plan", PLAN, "--period", "2025", "--as-of", "2025-09-20",
                          "--lang", "en", "--out", out("report-en.ods"))
        cls.office = Office(BUILD, "report-chart").start()

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def setUp(self):
        # Exit 1: Pác Nặm's two files are an ERROR (unit-duplicate); the report is written anyway.
        self.assertEqual(self.written.returncode, 1, self.written.stderr)
        statuses = {u["unit"]: u["status"] for u in json.loads(self.written.stdout)["units"]}
        self.assertEqual(statuses, {ID[u]: "received" if u in REPORTED else "duplicate" if u in STATUS
                                    else "missing" for u in UNITS})

    def open(self, path):
        doc = self.office.desktop.loadComponentFromURL(file_url(path), "_blank", 0, (prop("Hidden", True),))
        self.addCleanup(doc.close, True)
        return doc

    def block(self, sheet):
        """Rows of the unit block: the row of its header ("Đơn vị" in column B) and of each unit."""
        data = sheet.getCellRangeByPosition(0, 0, 3, 120).getDataArray()
        head = next(r for r, row in enumerate(data) if row[1] == "Đơn vị")
        return head, {row[1]: head + 1 + k for k, row in enumerate(data[head + 1:head + 1 + len(UNITS)])}

    def check_chart(self, doc, what):
        self.assertEqual(doc.Sheets.ElementNames[1:], ("Biểu đồ",), what)
        report = doc.Sheets.getByIndex(0)
        self.assertEqual(report.Charts.Count, 0, what)   # the report's own sheet: table and signatures
        self.assertTrue(report.PrintTitleRows, what)      # its header rows repeat on its own pages
        self.assertFalse(any("Đơn vị" == row[1] for row in report.getCellRangeByPosition(0, 0, 3, 120).DataArray), what)
        sheet = doc.Sheets.getByName("Biểu đồ")
        self.assertFalse(sheet.PrintTitleRows, what)      # nothing repeated above the chart
        head, rows = self.block(sheet)
        self.assertEqual(head, 1, what)   # the block's title, then its header row
        expected = [u if u in REPORTED else u + STATUS.get(u, " (chưa báo cáo)") for u in UNITS]
        self.assertEqual(list(rows), expected, what)
        self.assertEqual(sheet.getCellByPosition(2, head).String, "Bình quân", what)
        charts = sheet.Charts
        self.assertEqual(charts.Count, 1, what)
        chart = charts.getByIndex(0)
        ranges = chart.getRanges()
        self.assertEqual(len(ranges), 1, what)
        r = ranges[0]
        self.assertEqual((r.StartColumn, r.EndColumn, r.StartRow, r.EndRow),
                         (1, 2, head + 1, head + len(UNITS)), what)   # the units' names and averages
        self.assertTrue(chart.HasRowHeaders, what)   # the names label the bars
        cdoc = chart.EmbeddedObject
        self.assertEqual(cdoc.Diagram.DiagramType, "com.sun.star.chart.BarDiagram", what)
        self.assertTrue(cdoc.Diagram.Vertical, what)   # bars across, one line per unit
        self.assertEqual(cdoc.Title.String, "Tỷ lệ đạt chỉ tiêu được giao (bình quân)", what)
        data = cdoc.Data
        self.assertEqual(list(data.RowDescriptions), expected, what)
        values = dict(zip(expected, (row[0] for row in data.getData())))
        self.assertAlmostEqual(values["Ba Bể"], share("Ba Bể"), places=6, msg=what)
        self.assertAlmostEqual(values["Chợ Đồn"], share("Chợ Đồn"), places=6, msg=what)
        for u in expected:
            if u not in ("Ba Bể", "Chợ Đồn"):   # no file counted, or nothing done given: no bar, not 0
                self.assertTrue(data.isNotANumber(values[u]), f"{what} {u}: {values[u]}")
        # Below the table, on the page: the chart's area lies inside the printed area.
        area = sheet.getPrintAreas()[0]
        self.assertGreater(area.EndRow, head + len(UNITS), what)
        return sheet, cdoc, rows

    def bars(self, cdoc):
        """The chart's own links to the cells: the sequence of the bars' figures, and its range."""
        seqs = [s.Values for s in cdoc.getDataSequences()]
        figures = [v for v in seqs if re.search(r"\$C\$\d+:\$C\$\d+$", v.SourceRangeRepresentation)]
        self.assertEqual(len(figures), 1, [v.SourceRangeRepresentation for v in seqs])
        return figures[0]

    def test_ods_chart_stays_live(self):
        doc = self.open(out("tong-hop.ods"))
        sheet, cdoc, rows = self.check_chart(doc, "ods")
        bars = self.bars(cdoc)
        head, _ = self.block(sheet)
        self.assertTrue(bars.SourceRangeRepresentation.endswith(f"$C${head + 2}:$C${head + 1 + len(UNITS)}"))
        k = list(rows).index("Ba Bể")
        self.assertAlmostEqual(bars.Data[k], share("Ba Bể"), places=6)
        # A corrected figure moves the bar: Ba Bể reached all of indicator 1 (column D) after all.
        self.assertEqual(sheet.getCellByPosition(3, head).String, "CT 1")
        sheet.getCellByPosition(3, rows["Ba Bể"]).Value = 1.0
        doc.calculateAll()
        self.assertAlmostEqual(bars.Data[k], share("Ba Bể", {"1": ALLOC["1"][ID["Ba Bể"]], "4": 2, "7": 8}), places=6)

    def test_english_report_names_its_chart_sheet_chart(self):
        self.assertEqual(self.english.returncode, 1, self.english.stderr)
        doc = self.open(out("report-en.ods"))
        self.assertEqual(doc.Sheets.ElementNames[1:], ("Chart",))
        chart = doc.Sheets.getByName("Chart").Charts.getByIndex(0).EmbeddedObject
        self.assertEqual(chart.Title.String, "Average share of the allocated target reached")
        self.assertEqual(doc.Sheets.getByIndex(0).Charts.Count, 0)

    def test_xlsx_chart_in_office(self):
        self.check_chart(self.open(out("tong-hop.xlsx")), "xlsx")

    def test_xlsx_chart_as_xml(self):
        with zipfile.ZipFile(out("tong-hop.xlsx")) as z:
            charts = [n for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n)]
            self.assertEqual(len(charts), 1, z.namelist())
            xml = z.read(charts[0]).decode()
        self.assertIn("<c:barChart>", xml)
        self.assertIn('<c:barDir val="bar"/>', xml)
        refs = re.findall(r"<c:f>([^<]*)</c:f>", xml)
        self.assertTrue(any(re.search(r"\$B\$\d+:\$B\$\d+", f) for f in refs), refs)   # unit names
        self.assertTrue(any(re.search(r"\$C\$\d+:\$C\$\d+", f) for f in refs), refs)   # averages

    def test_pdf_shows_the_chart(self):
        text = subprocess.run(["pdftotext", out("tong-hop.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout
        self.assertIn("TỶ LỆ ĐẠT CHỈ TIÊU ĐƯỢC GIAO CỦA CÁC HUYỆN", text)
        self.assertIn("Tỷ lệ đạt chỉ tiêu được giao (bình quân)", text)   # the chart's own title
        self.assertGreaterEqual(text.count("Ngân Sơn (chưa báo cáo)"), 2)     # cell and bar label
        info = subprocess.run(["pdfinfo", out("tong-hop.pdf")], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        texts = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), out("tong-hop.pdf"), "-"],
                                capture_output=True, text=True, check=True).stdout for n in range(1, pages + 1)]
        table = [n for n, t in enumerate(texts) if "Nội dung / Chỉ tiêu" in t]
        chart = [n for n, t in enumerate(texts) if "Tỷ lệ đạt chỉ tiêu được giao (bình quân)" in t]
        self.assertTrue(table, texts)
        self.assertEqual(len(chart), 1, texts)
        self.assertGreater(chart[0], max(table))   # the chart's page comes after the report's
        page = texts[chart[0]]
        # The block's own heading and table, and no header row of the report's table above it.
        self.assertIn("TỶ LỆ ĐẠT CHỈ TIÊU ĐƯỢC GIAO CỦA CÁC HUYỆN", page)
        self.assertIn("Đơn vị", page)
        for header in ("Nội dung / Chỉ tiêu", "Lũy kế từ đầu giai đoạn", "Kế hoạch năm 2025", "Ghi chú"):
            self.assertNotIn(header, page, header)
        # Numbered as the report's next page (ND 30/2020: no number on page 1 only).
        self.assertEqual(page.split()[0], str(chart[0] + 1), page)
        subprocess.run(["pdftoppm", "-r", "70", "-f", "1", "-l", str(pages), "-png", out("tong-hop.pdf"),
                        out("tong-hop")], check=True)
        self.assertEqual(len([f for f in os.listdir(OUT) if f.endswith(".png")]), pages)


if __name__ == "__main__":
    unittest.main()
