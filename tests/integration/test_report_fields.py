"""Issue 17: the report fields a signed report needs (issuing body and its parent, form
number, "Kèm theo" reference, place, signers' titles), stored in the document's properties
("P8Report.<key>", as the sidebar panel Xuất báo cáo stores them), are used by every report of
that document: `p8calc report` of the saved ODS and XLSX, and the office's own report
(vnd.p8calc:report, the panel's path). A value given with --set wins over the document's."""
import os
import shutil
import subprocess
import tempfile
import unittest

from office import Office, file_url, prop

BUILD = os.environ.get("P8_BUILD_DIR", "build")
SOURCE = os.environ.get("P8_SOURCE_DIR", ".")
P8CALC = os.path.join(BUILD, "p8calc")
SAMPLE = os.path.join(SOURCE, "samples", "bac-kan-phan-bo-dung.xlsx")

FIELDS = {
    "issuer_parent": "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
    "issuer": "Hội Liên hiệp Phụ nữ tỉnh Bắc Kạn",   # written in capitals by the form
    "form_number": "Biểu số 02/PB",
    "report_ref": "(Kèm theo Kế hoạch số 27/KH-HLHPN ngày 14/3/2022)",
    "place": "Thành phố Bắc Kạn",
    "preparer_title": "Người lập biểu",
    "signer_title": "Chủ tịch",
}


def texts(sheet):
    cur = sheet.createCursor()
    cur.gotoEndOfUsedArea(False)
    rng = sheet.getCellRangeByPosition(0, 0, cur.RangeAddress.EndColumn, cur.RangeAddress.EndRow)
    return [v for row in rng.getDataArray() for v in row if isinstance(v, str) and v]


class ReportFieldsFromTheDocument(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="p8-fields-", dir=BUILD)
        cls.office = Office(BUILD, "report-fields").start()
        # The user's workbook with the fields in its properties, saved as ODS and XLSX (a copy:
        # the sample itself is never written).
        src = os.path.join(cls.tmp, "so-lieu.xlsx")
        shutil.copy(SAMPLE, src)
        doc = cls.office.desktop.loadComponentFromURL(file_url(src), "_blank", 0, (prop("Hidden", True),))
        user = doc.DocumentProperties.UserDefinedProperties
        for k, v in FIELDS.items():
            user.addProperty("P8Report." + k, 128, v)   # REMOVABLE
        cls.with_fields = {}
        for ext, flt in ((".ods", "calc8"), (".xlsx", "Calc MS Excel 2007 XML")):
            path = os.path.join(cls.tmp, "co-thong-tin" + ext)
            doc.storeToURL(file_url(path), (prop("FilterName", flt),))
            cls.with_fields[ext] = path
        cls.doc = doc   # left open for the office's own report

    @classmethod
    def tearDownClass(cls):
        cls.doc.close(True)
        cls.office.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def report(self, path, *args):
        outp = os.path.join(self.tmp, "bc-" + os.path.basename(path) + ".ods")
        r = subprocess.run([P8CALC, "report", path, "--layout", "allocation", "--period", "2025", *args,
                            "--out", outp], capture_output=True, text=True, timeout=300)
        self.assertEqual(r.returncode, 0, r.stderr)
        return self.open(outp)

    def open(self, path):
        doc = self.office.desktop.loadComponentFromURL(file_url(path), "_blank", 0, (prop("Hidden", True),))
        self.addCleanup(doc.close, True)
        return doc.Sheets.getByIndex(0)

    def check_fields(self, sheet, what, **over):
        want = dict(FIELDS, **over)
        self.assertEqual(sheet.getCellByPosition(0, 0).String, want["issuer_parent"], what)
        self.assertEqual(sheet.getCellByPosition(0, 1).String, want["issuer"].upper(), what)
        found = texts(sheet)
        self.assertIn(want["form_number"], found, what)
        self.assertIn(want["report_ref"], found, what)
        self.assertIn(want["preparer_title"].upper(), found, what)   # signers' titles in capitals
        self.assertIn(want["signer_title"].upper(), found, what)
        self.assertTrue(any(t.startswith(want["place"] + ", ngày") for t in found), (what, found[-8:]))
        self.assertNotIn("THỦ TRƯỞNG ĐƠN VỊ", found, what)   # the layout's default is replaced

    def test_cli_report_of_the_ods_carries_the_fields(self):
        self.check_fields(self.report(self.with_fields[".ods"]), "ods")

    def test_cli_report_of_the_xlsx_carries_the_fields(self):
        self.check_fields(self.report(self.with_fields[".xlsx"]), "xlsx")

    def test_set_wins_over_the_document(self):
        sheet = self.report(self.with_fields[".ods"], "--set", "form_number=Biểu số 09", "--set", "signer_title=Phó Chủ tịch")
        self.check_fields(sheet, "--set", form_number="Biểu số 09", signer_title="Phó Chủ tịch")

    def test_without_fields_the_layout_defaults(self):
        found = texts(self.report(SAMPLE))
        self.assertIn("THỦ TRƯỞNG ĐƠN VỊ", found)
        self.assertIn("NGƯỜI LẬP BIỂU", found)
        self.assertIn("HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC KẠN", found)

    def test_office_report_of_the_open_document(self):
        outp = os.path.join(self.tmp, "bc-office.ods")
        helper = self.office.create("com.sun.star.frame.DispatchHelper")
        r = helper.executeDispatch(self.doc.CurrentController.Frame, "vnd.p8calc:report", "", 0, (
            prop("Layout", "allocation"), prop("Period", 2025), prop("Out", outp), prop("Lang", "vi")))
        self.assertEqual((r.State, r.Result), (1, "written=" + outp))
        self.check_fields(self.open(outp), "office")


if __name__ == "__main__":
    unittest.main()
