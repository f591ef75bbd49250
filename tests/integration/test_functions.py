"""Issue 5: every Project 8 function in a real Calc — results, error values, spelling
variants, array arguments — and the Function Wizard metadata in English and Vietnamese,
read through the office's own FunctionDescriptions API. SUMDISTRICT keeps what it read of a
large range until the range changes: SumDistrictFollowsEveryChange edits such ranges in
every way a user or a macro does and compares with a sum computed here."""
import os
import unittest

from cells import NAME_ERROR, SYNTAX_ERRORS, evaluate
from office import Office

BUILD = os.environ.get("P8_BUILD_DIR", "build")
SOURCE = os.environ.get("P8_SOURCE_DIR", ".")
EXAMPLE = os.path.join(SOURCE, "samples", "plans", "bac-kan-2022-example-allocation.json")

NUMBERS = {
    '=P8.VALUE("10.000 tờ gấp")': 10000,
    '=P8.VALUE("Thành lập 15 CLB thủ lĩnh")': 15,
    '=P8.TARGET("1")': 380,
    '=P8.TARGET("2a")': 0.15,
    '=P8.TARGET("Địa chỉ tin cậy cộng đồng")': 40,
    '=P8.TARGET("1.2.03";;"ninh-thuan-pl02-2022")': 10000,
    f'=P8.TARGET("1";"H. Chợ Đồn";"{EXAMPLE}")': 54,
    f'=P8.TARGET("1";"cho don";"{EXAMPLE}")': 54,
    '=P8.INDICATOR("7";"target")': 181,
    '=P8.SUMDISTRICT(B1:B5;A1:A5;"Chợ Đồn")': 35.5,
    '=P8.SUMDISTRICT(B1:B5;A1:A5;"huyen cho don")': 35.5,
    '=P8.SUMDISTRICT(B1:B5;A1:A5;"TP Bắc Kạn")': 7,
    '=P8.SUMDISTRICT(B1:B5;A1:A5;"Ngân Sơn")': 0,
    '=P8.SUMDISTRICT(B:B;A:A;"Chợ Đồn")': 35.5,          # whole columns: only the used rows are read
    '=P8.SUMDISTRICT(B2;A2;"Ba Bể")': 12,
    '=P8.CHECKSUM(B1:B4;B5)': 0,
    '=P8.CHECKSUM(B1:B4;100)': 100 - 54.5,   # "15,5" as text counts
    '=P8.GAP(300;"380 tổ")': 80,
    '=P8.GAP(400;380)': -20,
    '=P8.RATE(190;380)': 0.5,
    '=P8.RATE(19;"0,5%")': 3800,
    '=P8.TIMELINE("Năm 2023 đến quý 2/2025";"end")': 2025,
    '=P8.TIMELINE("Năm 2022 - 2023";"bắt đầu")': 2022,
    '=P8.TIMELINE("Hàng năm";"recurring")': 1,
    '=P8.TIMELINE("Năm 2024";"hàng năm")': 0,
    '=P8.DEADLINE(2025)-DATE(2025;9;10)': 0,
    '=P8.DEADLINE(2024;"cập nhật")-DATE(2025;1;25)': 0,
    '=P8.DEADLINE(DATE(2024;3;1);"update")-DATE(2025;1;25)': 0,
}
TEXTS = {
    '=P8.UNIT("10.000 tờ gấp")': "tờ gấp",
    '=P8.UNIT("8 ĐCTC")': "ĐCTC",
    '=P8.INDICATOR("2c")': "Tổ TKVVTB áp dụng phương pháp học tập và hành động giới (thí điểm)",
    '=P8.INDICATOR("4";"name_en")': "Community trusted addresses (safe places) strengthened or set up",
    '=P8.INDICATOR("7";"đơn vị")': "cuộc",
    '=P8.DISTRICT("huyen cho don")': "Chợ Đồn",
    '=P8.DISTRICT("TP. Bắc Kạn")': "Thành phố Bắc Kạn",
    '=P8.DISTRICT("H. Bác Ái")': "Bác Ái",
    '=P8.DISTRICT("Thuan Nam";"Ninh Thuận")': "Thuận Nam",
    '=P8.STATUS(380;380)': "Achieved",
    '=P8.STATUS(400;"380 tổ")': "Exceeded",
    '=P8.STATUS(300;380)': "Not achieved",
    '=P8.STATUS(100;380;2023)': "Behind schedule",
    '=P8.STATUS(250;380;2023)': "Not achieved",
    '=P8.STATUS(5;"")': "No target",
}
ERRORS = [
    '=P8.VALUE("Hàng năm")', '=P8.VALUE("1.5")', '=P8.UNIT("")',
    '=P8.TARGET("99")', '=P8.TARGET("1";"Chợ Đồn")',          # no allocation in the plan
    '=P8.TARGET("1";"Hà Nội";"bac-kan-2022")', '=P8.TARGET("1";;"no-such-plan")',
    '=P8.INDICATOR("1";"colour")', '=P8.DISTRICT("Bắc Kạn")', '=P8.DISTRICT("Hà Nội")',
    '=P8.DISTRICT("")', '=P8.SUMDISTRICT(B1:B5;A1:A4;"Chợ Đồn")', '=P8.CHECKSUM(B1:B4;"")',
    '=P8.GAP(1;"")', '=P8.GAP("";5)', '=P8.RATE(1;0)', '=P8.RATE(1;"")', '=P8.RATE(1;"không")',
    '=P8.STATUS("";5)', '=P8.DEADLINE("")', '=P8.DEADLINE(2025;"mai")',
    '=P8.TIMELINE("Hàng năm";"start")', '=P8.TIMELINE("Năm 2024";"colour")',
]


def _descriptions(office):
    descs = office.create("com.sun.star.sheet.FunctionDescriptions")
    out = {}
    for i in range(descs.getCount()):
        props = {p.Name: p.Value for p in descs.getByIndex(i)}
        out[props["Name"]] = props
    return out


class FunctionsInCalc(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = Office(BUILD, "functions").start()
        cls.doc = cls.office.new_calc()
        sheet = cls.doc.Sheets.getByIndex(0)
        data = [("Chợ Đồn", 20), ("H. Ba Bể", 12), ("huyen cho don", "15,5"),
                ("TP. Bắc Kạn", 7), ("Tổng", None)]
        for r, (label, value) in enumerate(data):
            sheet.getCellByPosition(0, r).String = label
            cell = sheet.getCellByPosition(1, r)
            if isinstance(value, str):
                cell.String = value          # a number stored as text, Vietnamese style
            elif value is not None:
                cell.Value = value
        sheet.getCellByPosition(1, 4).Formula = "=SUM(B1:B4)+15.5"

    @classmethod
    def tearDownClass(cls):
        cls.doc.close(True)
        cls.office.stop()

    def test_numbers(self):
        for (formula, want), got in zip(NUMBERS.items(), evaluate(self.doc, list(NUMBERS),
                                                                   column=3)):
            with self.subTest(formula=formula):
                self.assertEqual(got.kind, "number", got)
                self.assertAlmostEqual(got.value, want, places=9)

    def test_texts(self):
        for (formula, want), got in zip(TEXTS.items(), evaluate(self.doc, list(TEXTS),
                                                                 column=4)):
            with self.subTest(formula=formula):
                self.assertEqual(got.kind, "text", got)
                self.assertEqual(got.value, want)

    def test_bad_arguments_give_err502(self):
        for formula, got in zip(ERRORS, evaluate(self.doc, ERRORS, column=5)):
            with self.subTest(formula=formula):
                self.assertEqual(got.kind, "error", got)
                self.assertNotEqual(got.error, NAME_ERROR)
                self.assertNotIn(got.error, SYNTAX_ERRORS)
                self.assertEqual(got.error, 502, got)

    def test_function_wizard_metadata_in_english(self):
        descs = _descriptions(self.office)
        names = {"P8.VALUE", "P8.UNIT", "P8.TARGET", "P8.INDICATOR", "P8.DISTRICT",
                 "P8.SUMDISTRICT", "P8.CHECKSUM", "P8.GAP", "P8.RATE", "P8.STATUS",
                 "P8.DEADLINE", "P8.TIMELINE"}
        self.assertTrue(names <= set(descs), names - set(descs))
        value = descs["P8.VALUE"]
        self.assertIn("Project 8", value["Description"])
        args = value["Arguments"]
        self.assertEqual([a.Name for a in args], ["text"])
        target = descs["P8.TARGET"]["Arguments"]
        self.assertEqual([a.Name for a in target], ["indicator", "district", "plan"])
        # Calc shows every `any` parameter as optional; required ones are enforced when
        # called (Err:502, see test_bad_arguments_give_err502).
        self.assertEqual([a.IsOptional for a in target][1:], [True, True])
        for name in names:
            with self.subTest(name=name):
                self.assertTrue(descs[name]["Description"])
                for a in descs[name]["Arguments"]:
                    self.assertTrue(a.Description, f"{name}.{a.Name}")


DISTRICT_SPELLINGS = ["Chợ Đồn", "H. Ba Bể", "huyen cho don", "TP. Bắc Kạn", "Ba Bể"]
CHO_DON = {"Chợ Đồn", "huyen cho don", "Huyện Chợ Đồn", "cho don"}
LARGE = 600   # rows: above the size from which SUMDISTRICT keeps a range's data


class SumDistrictFollowsEveryChange(unittest.TestCase):
    """Large ranges are read once and kept until Calc reports a change inside them: every
    kind of change must still give the right sum at once."""

    @classmethod
    def setUpClass(cls):
        cls.office = Office(BUILD, "sumdistrict-cache").start()

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()

    def setUp(self):
        self.doc = self.office.new_calc()
        self.addCleanup(self.doc.close, True)
        self.sheet = self.doc.Sheets.getByIndex(0)
        self.sheet.getCellRangeByName(f"A1:C{LARGE}").setDataArray(tuple(
            (DISTRICT_SPELLINGS[i % 5], float(i), float(i % 7)) for i in range(LARGE)))
        self.formula("E1", f'=P8.SUMDISTRICT(B1:B{LARGE};A1:A{LARGE};"Chợ Đồn")')

    def formula(self, address, text):
        cell = self.sheet.getCellRangeByName(address)
        cell.setPropertyValue("FormulaLocal", text)
        return cell

    def expected(self, first_row=0, rows=LARGE, labels_col=0, values_col=1):
        data = self.sheet.getCellRangeByPosition(0, first_row, 3, first_row + rows - 1).getDataArray()
        total = 0.0
        for row in data:
            label, value = row[labels_col], row[values_col]
            if isinstance(value, str) and value:    # a number typed as text, Vietnamese way
                value = float(value.replace(".", "").replace(",", "."))
            if label in CHO_DON and isinstance(value, float):
                total += value
        return total

    def assertSum(self, address="E1", **where):
        cell = self.sheet.getCellRangeByName(address)
        self.assertEqual(cell.getError(), 0, cell.getPropertyValue("FormulaLocal"))
        self.assertAlmostEqual(cell.getValue(), self.expected(**where), places=6)

    def test_values_labels_and_blocks_edited(self):
        self.assertSum()
        self.sheet.getCellByPosition(1, 5).Value = 1000          # a value of a Chợ Đồn row
        self.assertSum()
        self.sheet.getCellByPosition(0, 6).String = "Huyện Chợ Đồn"   # a label now counts
        self.assertSum()
        self.sheet.getCellByPosition(1, 7).String = "12,5"       # a number typed as text
        self.assertSum()
        self.sheet.getCellRangeByName("A10:B12").setDataArray(
            (("cho don", 1.0), ("Chợ Đồn", 2.0), ("Na Rì", 3.0)))
        self.assertSum()
        self.sheet.getCellRangeByName("A20:B40").clearContents(1 | 4 | 16)   # value, string, formula
        self.assertSum()

    def test_values_that_are_formulas_and_undo(self):
        for r in range(LARGE):   # B = C * 10: the range holds formulas
            self.sheet.getCellByPosition(1, r).Formula = f"=C{r + 1}*10"
        self.assertSum()
        self.sheet.getCellByPosition(2, 10).Value = 50           # a precedent of the range
        self.assertSum()
        self.sheet.getCellByPosition(1, 15).Formula = "=1/0"     # an error in a Chợ Đồn row
        self.assertEqual(self.sheet.getCellRangeByName("E1").getError(), 502)
        self.doc.UndoManager.undo()
        self.assertSum()

    def test_rows_inserted_and_deleted_around_the_range(self):
        self.assertSum()
        self.sheet.Rows.insertByIndex(0, 3)                     # the range moves to rows 4..
        self.assertSum("E4", first_row=3)
        # A formula over the old address now reads other cells: never the kept data.
        self.formula("F1", f'=P8.SUMDISTRICT(B1:B{LARGE};A1:A{LARGE};"Chợ Đồn")')
        self.assertSum("F1")
        self.sheet.Rows.removeByIndex(100, 10)                  # the range shrinks
        self.assertSum("E4", first_row=3, rows=LARGE - 10)
        self.sheet.getCellByPosition(1, 50).Value = -7
        self.assertSum("E4", first_row=3, rows=LARGE - 10)

    def test_two_documents_same_addresses(self):
        other = self.office.new_calc()
        self.addCleanup(other.close, True)
        sheet = other.Sheets.getByIndex(0)
        sheet.getCellRangeByName(f"A1:B{LARGE}").setDataArray(
            tuple(("Chợ Đồn", 1.0) for _ in range(LARGE)))
        cell = sheet.getCellRangeByName("E1")
        cell.setPropertyValue("FormulaLocal", f'=P8.SUMDISTRICT(B1:B{LARGE};A1:A{LARGE};"Chợ Đồn")')
        self.assertEqual(cell.getValue(), LARGE)
        self.assertSum()
        sheet.getCellByPosition(1, 0).Value = 101
        self.assertEqual(cell.getValue(), LARGE + 100)
        self.assertSum()

    def test_dependents_and_recalculation(self):
        volatile = self.formula("F1", "=E1+NOW()*0")             # recalculated on every change
        self.sheet.getCellByPosition(1, 0).Value = 777           # row 1 is a Chợ Đồn row
        self.assertAlmostEqual(volatile.getValue(), self.expected(), places=6)
        self.doc.calculateAll()
        self.assertSum()
        self.sheet.getCellByPosition(1, 0).Value = 778
        self.doc.calculateAll()
        self.assertSum()

    def test_only_cell_references(self):
        cell = self.formula("G1", '=P8.SUMDISTRICT({1;2};{"Ba Bể";"Chợ Đồn"};"Chợ Đồn")')
        self.assertNotEqual(cell.getError(), 0)                 # like SUMIF: a range, not an array
        self.assertNotEqual(cell.getError(), NAME_ERROR)


class VietnameseOffice(unittest.TestCase):
    """An office whose UI is Vietnamese (needs libreoffice-l10n-vi)."""

    @classmethod
    def setUpClass(cls):
        cls.office = Office(BUILD, "functions-vi", locale="vi").start()
        cls.doc = cls.office.new_calc()

    @classmethod
    def tearDownClass(cls):
        cls.doc.close(True)
        cls.office.stop()

    def test_function_wizard_metadata_in_vietnamese(self):
        descs = _descriptions(self.office)
        value = descs["P8.VALUE"]
        self.assertIn("Dự án 8", value["Description"])
        self.assertEqual([a.Name for a in value["Arguments"]], ["chỉ_tiêu"])
        self.assertIn("huyện", [a.Name for a in descs["P8.SUMDISTRICT"]["Arguments"]])

    def test_status_words_in_vietnamese(self):
        formulas = ['=P8.STATUS(300;380)', '=P8.STATUS(400;380)', '=P8.STATUS(380;380)',
                    '=P8.STATUS(100;380;2023)', '=P8.STATUS(1;"")']
        got = [r.value for r in evaluate(self.doc, formulas)]
        self.assertEqual(got, ["Chưa đạt", "Vượt", "Đạt", "Chậm tiến độ", "Không có chỉ tiêu"])


if __name__ == "__main__":
    unittest.main()
