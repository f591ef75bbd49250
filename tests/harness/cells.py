"""Reading and writing cells in tests: formulas in, typed results out.

Results are read by FormulaResultType2 (VALUE / STRING / ERROR), never guessed from text,
so a test that expects an error value can tell Err:502 from #NAME? (525) or a syntax error.
"""
import uno  # noqa: F401  (enables the com.sun.star imports)
from com.sun.star.table.CellContentType import FORMULA

VALUE, STRING, ERROR = 1, 2, 4   # com.sun.star.sheet.FormulaResult
NAME_ERROR = 525                 # unknown function: the add-in is not installed
SYNTAX_ERRORS = {501, 507, 508, 509, 510, 511}


class Result:
    def __init__(self, kind, value=None, error=0, formula=""):
        self.kind, self.value, self.error, self.formula = kind, value, error, formula

    def __repr__(self):
        return f"Result({self.kind}, {self.value!r}, error={self.error}, {self.formula!r})"


def read(cell):
    if cell.getType() != FORMULA:
        return Result("value" if cell.getString() == "" or cell.getValue() or
                      cell.getString() == "0" else "text",
                      cell.getValue() if cell.getString() else cell.getString())
    err = cell.getError()
    kind = cell.getPropertyValue("FormulaResultType2")
    if err:
        return Result("error", None, err, cell.getFormula())
    if kind == VALUE:
        return Result("number", cell.getValue(), 0, cell.getFormula())
    return Result("text", cell.getString(), 0, cell.getFormula())


def evaluate(doc, formulas, sheet_index=0, column=0, local=True):
    """Puts each formula into column A of a sheet (FormulaLocal: as a user types) and
    returns the results, recalculated."""
    sheet = doc.Sheets.getByIndex(sheet_index)
    cells = []
    for i, f in enumerate(formulas):
        c = sheet.getCellByPosition(column, i)
        if local:
            c.setPropertyValue("FormulaLocal", f)
        else:
            c.setFormula(f)
        cells.append(c)
    doc.calculateAll()
    return [read(c) for c in cells]


def a1(row, col):
    """0-based (row, col) → "D9", as users see cell addresses."""
    name = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        name = chr(65 + rem) + name
    return f"{name}{row + 1}"


def fill_sheet(sheet, rows):
    """Types ROWS (lists of numbers, "=formulas" and texts) into SHEET from A1, as a user would."""
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell = sheet.getCellByPosition(c, r)
            if isinstance(v, (int, float)):
                cell.Value = v
            elif v.startswith("="):
                cell.Formula = v
            else:
                cell.String = v


def fill_sheets(doc, sheets):
    """SHEETS = [(name, rows)…]: one sheet each, named and filled, in order."""
    while doc.Sheets.getCount() < len(sheets):
        doc.Sheets.insertNewByName(f"s{doc.Sheets.getCount()}", doc.Sheets.getCount())
    for i, (title, rows) in enumerate(sheets):
        sheet = doc.Sheets.getByIndex(i)
        sheet.setName(title)
        fill_sheet(sheet, rows)


def store_workbook(office, path, sheets, props=(), filter_name="calc8"):
    """Writes a new workbook of SHEETS (as fill_sheets takes them) to PATH, with user-defined
    document properties PROPS [(name, text)…]; the document is closed again. Returns PATH."""
    from office import file_url, prop
    doc = office.new_calc()
    try:
        fill_sheets(doc, sheets)
        for key, value in props:
            doc.DocumentProperties.UserDefinedProperties.addProperty(key, 0, value)
        doc.storeToURL(file_url(path), (prop("FilterName", filter_name),))
        return path
    finally:
        doc.close(True)
