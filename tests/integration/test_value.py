"""Issue 3 (walking skeleton): P8.VALUE in a real Calc cell."""
import os
import unittest

from cells import NAME_ERROR, SYNTAX_ERRORS, evaluate
from office import Office

BUILD = os.environ.get("P8_BUILD_DIR", "build")


class ValueInCalc(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = Office(BUILD, "value").start()
        cls.doc = cls.office.new_calc()

    @classmethod
    def tearDownClass(cls):
        cls.doc.close(True)
        cls.office.stop()

    def test_numbers_in_target_texts(self):
        cases = {
            '=P8.VALUE("10.000 tờ gấp")': 10000,
            '=P8.VALUE("06 lớp")': 6,
            '=P8.VALUE("15%")': 0.15,
            '=P8.VALUE("12,5")': 12.5,
            '=P8.VALUE("77 tổ")': 77,
            '=P8.VALUE(42)': 42,
        }
        results = evaluate(self.doc, list(cases))
        for (formula, want), got in zip(cases.items(), results):
            with self.subTest(formula=formula):
                self.assertEqual(got.kind, "number", got)
                self.assertAlmostEqual(got.value, want)

    def test_text_without_number_is_an_error_value(self):
        results = evaluate(self.doc, ['=P8.VALUE("Hàng năm")', '=P8.VALUE("")',
                                      '=P8.VALUE("Cấp tỉnh chủ động lựa chọn")'], column=1)
        for got in results:
            with self.subTest(result=got):
                self.assertEqual(got.kind, "error")
                self.assertEqual(got.error, 502, "IllegalArgument → Err:502")
                self.assertNotEqual(got.error, NAME_ERROR)
                self.assertNotIn(got.error, SYNTAX_ERRORS)

    def test_formula_stored_with_programmatic_name(self):
        sheet = self.doc.Sheets.getByIndex(0)
        cell = sheet.getCellByPosition(2, 0)
        cell.setPropertyValue("FormulaLocal", '=P8.VALUE("1.234.567")')
        self.doc.calculateAll()
        self.assertEqual(cell.getValue(), 1234567)
        self.assertIn("ORG.P8.P8CALC.FUNCTIONS.VALUE", cell.getFormula().upper())


if __name__ == "__main__":
    unittest.main()
