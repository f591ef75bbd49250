"""Issue 6 (headless part): what `p8calc check` reads from files beyond cell values —
a password-protected workbook is refused with a clear message naming the file (exit 2, no
hang), merged areas come out of the bulk reader exactly (against a cell-by-cell reading),
hidden rows and columns too, and the merged section rows of the Ninh Thuận appendix 02
sample are read as merges in ODS and XLSX. What the reader took is seen through the
extension's batch service (XBatch.inspect: the reader `p8calc check` and the office share)."""
import json
import os
import shutil
import subprocess
import time
import unittest

from office import Office, file_url, prop

BUILD = os.environ.get("P8_BUILD_DIR", "build")
SOURCE = os.environ.get("P8_SOURCE_DIR", ".")
P8CALC = os.path.join(BUILD, "p8calc")
SAMPLES = os.path.join(SOURCE, "samples")

# Section rows "Nội dung 1." … "Nội dung 4." of appendix 02, merged over A:D (0-based).
SECTION_MERGES = {(4, 0, 4, 3), (16, 0, 16, 3), (30, 0, 30, 3), (46, 0, 46, 3)}


def run(*args, timeout=120):
    return subprocess.run([P8CALC, "check", *args], capture_output=True, text=True,
                          timeout=timeout)


def records(read, kind):
    """merges / hidden_rows / hidden_cols of the first sheet the reader took, as tuples."""
    return {tuple(x) for x in read["sheets"][0][kind]}


class FilesThroughTheReader(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = os.path.join(BUILD, "cli-files")
        shutil.rmtree(cls.tmp, ignore_errors=True)
        os.makedirs(cls.tmp)
        cls.office = Office(BUILD, "cli-files").start()

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def read(self, path):
        """What the extension's reader takes from the file, opened as `p8calc check` opens it."""
        doc = self.office.desktop.loadComponentFromURL(
            file_url(path), "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
        try:
            return json.loads(self.office.batch().inspect(doc))
        finally:
            doc.close(True)

    def store(self, doc, name, filter_name, password=None):
        path = os.path.join(self.tmp, name)
        props = [prop("FilterName", filter_name)]
        if password:
            props.append(prop("Password", password))
        doc.storeToURL(file_url(path), tuple(props))
        return path

    def test_password_protected_file_exit_2_naming_it(self):
        doc = self.office.new_calc()
        doc.Sheets.getByIndex(0).getCellByPosition(0, 0).String = "Chợ Đồn"
        locked = [self.store(doc, "co-mat-khau.ods", "calc8", "matkhau"),
                  self.store(doc, "co-mat-khau.xls", "MS Excel 97", "matkhau")]
        doc.close(True)
        for path in locked:
            with self.subTest(path=os.path.basename(path)):
                start = time.monotonic()
                r = run(path)
                self.assertLess(time.monotonic() - start, 60)   # no password dialog waited for
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertIn(os.path.basename(path), r.stderr)
                self.assertIn("mật khẩu", r.stderr)
                self.assertIn("password-protected", r.stderr)
        # A readable file next to a locked one is still checked; the run still exits 2.
        r = run(os.path.join(SAMPLES, "bac-kan-phan-bo-dung.ods"), locked[0], "--format", "json")
        self.assertEqual(r.returncode, 2)
        self.assertIn("bac-kan-phan-bo-dung.ods", r.stdout)
        self.assertIn("co-mat-khau.ods", r.stderr)

    def test_merged_section_rows_of_appendix_02(self):
        for name in ("ninh-thuan-phu-luc-02.ods", "ninh-thuan-phu-luc-02.xlsx"):
            with self.subTest(name=name):
                read = self.read(os.path.join(SAMPLES, name))
                self.assertEqual(records(read, "merges"), SECTION_MERGES)
                self.assertEqual(records(read, "hidden_rows"), set())
                # The section texts sit in the anchors; the covered cells are empty.
                cells = {(c[0], c[1]): c[3] for c in read["sheets"][0]["cells"]}
                for top, left, _, right in SECTION_MERGES:
                    self.assertTrue(cells[(top, left)].startswith("Nội dung "))
                    for c in range(left + 1, right + 1):
                        self.assertNotIn((top, c), cells)
        r = run(os.path.join(SAMPLES, "ninh-thuan-phu-luc-02.ods"), "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        f = json.loads(r.stdout)["files"][0]
        self.assertEqual(f["tables"], [{"sheet": "Phụ lục 02", "range": "A4:D50",
                                        "kind": "appendix"}])
        section_rows = {f"{top + 1}" for top, *_ in SECTION_MERGES}
        flagged = {x["cell"] for x in f["findings"] if x["cell"][1:] in section_rows}
        self.assertEqual(flagged, set())   # a section row has no target to report

    def test_merges_hidden_rows_and_columns_as_a_cell_by_cell_reading_sees_them(self):
        doc = self.office.new_calc()
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByName("A1:H30").setDataArray(
            tuple(tuple(float(r * 8 + c) for c in range(8)) for r in range(30)))
        for area in ("A1:H1", "A3:A6", "B8:C9", "E8:F9", "D12:D12", "C20:E20", "G25:H30"):
            sheet.getCellRangeByName(area).merge(True)
        for r in (6, 7, 15):
            sheet.Rows.getByIndex(r).IsVisible = False
        sheet.Columns.getByIndex(3).IsVisible = False
        sheet.getCellByPosition(1, 19).CellBackColor = 0xFFCC00   # a second format group
        path = self.store(doc, "gop-an.ods", "calc8")
        doc.close(True)
        doc = self.office.desktop.loadComponentFromURL(
            file_url(path), "_blank", 0, (prop("Hidden", True), prop("ReadOnly", True)))
        try:
            sheet = doc.Sheets.getByIndex(0)
            expected = set()
            for r in range(30):          # the slow way: one cursor per cell
                for c in range(8):
                    cur = sheet.createCursorByRange(sheet.getCellRangeByPosition(c, r, c, r))
                    cur.collapseToMergedArea()
                    a = cur.RangeAddress
                    if (a.StartRow, a.StartColumn) == (r, c) and (a.EndRow, a.EndColumn) != (r, c):
                        expected.add((r, c, a.EndRow, a.EndColumn))
        finally:
            doc.close(True)
        self.assertEqual(len(expected), 6)   # D12:D12 is one cell: no merge
        read = self.read(path)
        self.assertEqual(records(read, "merges"), expected)
        self.assertEqual(records(read, "hidden_rows"), {(6, 7), (15, 15)})
        self.assertEqual(records(read, "hidden_cols"), {(3, 3)})
        # The check takes the same workbook without complaint (exit 0/1, not 2).
        r = run(path, "--plan", "bac-kan-2022", "--format", "json")
        self.assertIn(r.returncode, (0, 1), r.stderr)


    def test_a_stray_cell_far_below_is_left_out_and_reported(self):
        # The correct sample plus a " " in row 1,040,000: without the cut the reader would
        # read a million rows; with it the check is as fast and says what it left out.
        doc = self.office.open(os.path.join(SOURCE, "samples", "bac-kan-phan-bo-dung.ods"))
        try:
            doc.Sheets.getByIndex(0).getCellRangeByName("C1040000").String = " "
            path = self.store(doc, "stray-cell.ods", "calc8")
        finally:
            doc.close(True)
        sheet = self.read(path)["sheets"][0]
        self.assertLess(sheet["rows"], 100)                      # rows read
        self.assertEqual(sheet["skipped"], "C1040000")
        r = run(path, "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        findings = json.loads(r.stdout)["files"][0]["findings"]
        self.assertEqual([(f["code"], f["cell"], f["severity"]) for f in findings],
                         [("content-skipped", "C1040000", "INFO")])

if __name__ == "__main__":
    unittest.main()
