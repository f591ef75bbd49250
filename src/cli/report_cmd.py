"""p8calc report / p8calc template: the standard report layout and blank data-entry templates.

  p8calc report FILE --out OUT.{ods,xlsx,pdf} [--period YYYY] [--layout NAME|FILE]
                [--plan NAME|PATH] [--lang vi|en] [--set KEY=VALUE]...
  p8calc template --plan NAME|PATH --out OUT.{ods,xlsx,pdf} [--kind allocation|progress]
                [--layout NAME|FILE] [--district NAME] [--period YYYY] [--lang vi|en] [--set KEY=VALUE]...

The report model (which cell holds what, merges, styles, page setup) comes from
build/p8calc-report: the layout in layouts/ filled from the plan and from the figures the check
read in the workbook. This file only writes that model into a NEW Calc document through the
driver's private office and stores it by the --out extension. The user's workbook is opened
read-only and never stored. Exit status: 0 written, 2 bad arguments or an unreadable file.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FILTERS = {".ods": "calc8", ".xlsx": "Calc MS Excel 2007 XML", ".pdf": "calc_pdf_Export"}
PAPER_MM = {"A4": (210, 297), "A3": (297, 420)}
FORMATS = {"integer": "#,##0", "decimal": "#,##0.0#", "percent": "0.0 %"}   # en-US codes, shown vi-VN


def add_parsers(sub):
    """Registers `report` and `template` on the driver's subparsers."""
    r = sub.add_parser("report", help="xuất báo cáo theo mẫu / export the standard report")
    r.add_argument("file")
    r.add_argument("--out", required=True, action="append",
                   help="OUT.ods | OUT.xlsx | OUT.pdf (repeat for several formats)")
    r.add_argument("--period", type=int, help="năm báo cáo / reporting year")
    r.add_argument("--layout", default="progress", help="progress | allocation | a layout JSON file")
    r.add_argument("--plan")
    r.add_argument("--lang", choices=["vi", "en"], default="vi")
    r.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="a {placeholder} of the layout, e.g. issuer=\"UBND TỈNH BẮC KẠN\"")
    r.add_argument("--timeout", type=int, default=600)
    t = sub.add_parser("template", help="biểu mẫu nhập số liệu / blank data-entry template")
    t.add_argument("--plan", required=True)
    t.add_argument("--kind", choices=["allocation", "progress"], default="allocation")
    t.add_argument("--layout", help="default: the kind's layout")
    t.add_argument("--district", help="đơn vị báo cáo / the reporting district (progress)")
    t.add_argument("--period", type=int)
    t.add_argument("--out", required=True, action="append",
                   help="OUT.ods | OUT.xlsx | OUT.pdf (repeat for several formats)")
    t.add_argument("--lang", choices=["vi", "en"], default="vi")
    t.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    t.add_argument("--timeout", type=int, default=600)


def fail(vi, en):
    print(f"p8calc: {vi}\n        {en}", file=sys.stderr)
    return 2


# -- the model -------------------------------------------------------------------------------
def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            n = s[i + 1]
            out.append("\t" if n == "t" else "\n" if n == "n" else n)
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


class Model:
    """The lines of p8calc-report (format in src/core/report_model.hpp)."""

    def __init__(self, text):
        self.sheet, self.title, self.font, self.page = "Báo cáo", "", ("Times New Roman", 12.0), None
        self.repeat, self.protect, self.check = None, False, None
        self.styles, self.cols, self.rows, self.cells = {}, {}, {}, []
        self.merges, self.lists, self.notes = [], [], []
        for line in text.splitlines():
            f = [unescape(x) for x in line.split("\t")]
            k = f[0]
            if k == "SHEET":
                self.sheet = f[1]
            elif k == "TITLE":
                self.title = f[1]
            elif k == "FONT":
                self.font = (f[1], float(f[2]))
            elif k == "PAGE":
                self.page = dict(paper=f[1], landscape=f[2] == "1", fit=f[3] == "1",
                                 margins=[float(x) for x in f[4:8]])
            elif k == "REPEAT":
                self.repeat = (int(f[1]), int(f[2]))
            elif k == "PROTECT":
                self.protect = f[1] == "1"
            elif k == "STYLE":
                self.styles[f[1]] = dict(bold=f[2] == "1", italic=f[3] == "1", underline=f[4] == "1",
                                         size=float(f[5]), align=f[6], valign=f[7], wrap=f[8] == "1",
                                         border=f[9] == "1", format=f[10], locked=f[11] == "1")
            elif k == "COL":
                self.cols[int(f[1])] = float(f[2])
            elif k == "ROW":
                self.rows[int(f[1])] = float(f[2])
            elif k == "C":
                self.cells.append((int(f[1]), int(f[2]), f[3], f[4], f[5]))
            elif k == "M":
                self.merges.append(tuple(int(x) for x in f[1:5]))
            elif k == "LIST":
                self.lists.append((tuple(int(x) for x in f[1:5]), f[5:]))
            elif k == "NOTE":
                self.notes.append((f[1], f[2], f[3], f[4]))
            elif k == "CHECK":
                self.check = dict(file=f[1], plan=f[2], errors=int(f[3]), warnings=int(f[4]), infos=int(f[5]))
        self.nrows = max([c[0] for c in self.cells] + [0]) + 1
        self.ncols = max([c[1] for c in self.cells] + list(self.cols) + [0]) + 1


def run_core(args, command, stdin_text=""):
    cmd = [os.path.join(args.build, "p8calc-report"), command, "--layout", args.layout,
           "--layouts-dir", os.path.join(ROOT, "layouts"), "--plans-dir", os.path.join(ROOT, "plans"),
           "--lang", args.lang]
    if args.plan:
        cmd += ["--plan", args.plan]
    if args.period:
        cmd += ["--period", str(args.period)]
    if getattr(args, "district", None):
        cmd += ["--district", args.district]
    for kv in args.set:
        cmd += ["--set", kv]
    r = subprocess.run(cmd, input=stdin_text, capture_output=True, text=True, timeout=300)
    if r.returncode != 0:
        sys.stderr.write(r.stderr)
        return None
    return Model(r.stdout)


# -- writing it into a new document ----------------------------------------------------------
def _uno_struct(name, **fields):
    import uno
    s = uno.createUnoStruct(name)
    for k, v in fields.items():
        setattr(s, k, v)
    return s


def _number_format(doc, code):
    vi = _uno_struct("com.sun.star.lang.Locale", Language="vi", Country="VN")
    en = _uno_struct("com.sun.star.lang.Locale", Language="en", Country="US")
    nf = doc.NumberFormats
    return nf.addNewConverted(code, en, vi)


def _make_styles(doc, model):
    import uno
    families = doc.StyleFamilies.getByName("CellStyles")
    default = families.getByName("Default")
    default.CharFontName = model.font[0]
    default.CharHeight = model.font[1]
    line = _uno_struct("com.sun.star.table.BorderLine2", OuterLineWidth=26, LineWidth=26, LineStyle=0)
    hori = {"left": "LEFT", "center": "CENTER", "right": "RIGHT"}
    vert = {"top": 1, "center": 2, "bottom": 3}   # com.sun.star.table.CellVertJustify2
    keys = {}
    for name, s in model.styles.items():
        style = doc.createInstance("com.sun.star.style.CellStyle")
        full = "P8 " + name
        if families.hasByName(full):
            families.removeByName(full)
        families.insertByName(full, style)
        style.ParentStyle = "Default"
        style.CharFontName = model.font[0]
        style.CharHeight = s["size"] or model.font[1]
        style.CharWeight = 150.0 if s["bold"] else 100.0
        style.CharPosture = uno.Enum("com.sun.star.awt.FontSlant", "ITALIC" if s["italic"] else "NONE")
        style.CharUnderline = 1 if s["underline"] else 0
        style.HoriJustify = uno.Enum("com.sun.star.table.CellHoriJustify", hori[s["align"]])
        style.VertJustify = vert[s["valign"]]
        style.IsTextWrapped = s["wrap"]
        if s["border"]:   # a little air between the text and the cell's lines
            style.ParaLeftMargin = 100 if s["align"] == "left" else 0
            style.ParaRightMargin = 100 if s["align"] == "right" else 0
        if s["border"]:
            for side in ("TopBorder", "BottomBorder", "LeftBorder", "RightBorder"):
                style.setPropertyValue(side, line)
        if s["format"]:
            if s["format"] not in keys:
                keys[s["format"]] = _number_format(doc, FORMATS[s["format"]])
            style.NumberFormat = keys[s["format"]]
        style.CellProtection = _uno_struct("com.sun.star.util.CellProtection", IsLocked=s["locked"],
                                           IsFormulaHidden=False, IsHidden=False, IsPrintHidden=False)


def _apply_styles(doc, sheet, model):
    """One call per style over all its cells (runs of a row merged into ranges)."""
    by_style = {}
    for r, c, _, _, style in sorted(model.cells, key=lambda x: (x[4], x[0], x[1])):
        runs = by_style.setdefault(style, [])
        if runs and runs[-1][0] == r and runs[-1][2] == c - 1:
            runs[-1][2] = c
        else:
            runs.append([r, c, c])
    for style, runs in by_style.items():
        ranges = doc.createInstance("com.sun.star.sheet.SheetCellRanges")
        addrs = [_uno_struct("com.sun.star.table.CellRangeAddress", Sheet=0, StartColumn=a, StartRow=r,
                             EndColumn=b, EndRow=r) for r, a, b in runs]
        ranges.addRangeAddresses(tuple(addrs), False)
        ranges.CellStyle = "P8 " + style


def _page_setup(doc, sheet, model):
    ps = doc.StyleFamilies.getByName("PageStyles").getByName(sheet.PageStyle)
    w, h = PAPER_MM.get(model.page["paper"], PAPER_MM["A4"])
    if model.page["landscape"]:
        w, h = h, w
    ps.IsLandscape = model.page["landscape"]
    ps.Size = _uno_struct("com.sun.star.awt.Size", Width=w * 100, Height=h * 100)
    top, bottom, left, right = model.page["margins"]
    ps.TopMargin, ps.BottomMargin = int(top * 100), int(bottom * 100)
    ps.LeftMargin, ps.RightMargin = int(left * 100), int(right * 100)
    ps.CenterHorizontally = True
    ps.HeaderIsOn = False
    ps.FooterIsOn = True
    footer = ps.RightPageFooterContent
    for part in (footer.LeftText, footer.CenterText, footer.RightText):
        part.setString("")
    center = footer.CenterText
    center.insertString(center.getEnd(), "Trang ", False)
    center.insertTextContent(center.getEnd(), doc.createInstance("com.sun.star.text.TextField.PageNumber"), False)
    center.insertString(center.getEnd(), "/", False)
    center.insertTextContent(center.getEnd(), doc.createInstance("com.sun.star.text.TextField.PageCount"), False)
    ps.RightPageFooterContent = footer
    if model.page["fit"]:
        ps.ScaleToPagesX = 1   # one page wide, as many pages down as needed
        ps.ScaleToPagesY = 0


def write_model(office, model, plan_ref):
    """A new Calc document holding the model; returns it (the caller stores and closes it)."""
    import uno
    doc = office.new_calc()
    doc.lockControllers()
    try:
        doc.CharLocale = _uno_struct("com.sun.star.lang.Locale", Language="vi", Country="VN")
        sheet = doc.Sheets.getByIndex(0)
        try:
            sheet.Name = model.sheet
        except Exception:
            pass   # a name Calc refuses keeps "Sheet1"
        _make_styles(doc, model)
        rows, cols = model.nrows, model.ncols
        data = [[""] * cols for _ in range(rows)]
        formulas = []
        for r, c, kind, value, _ in model.cells:
            if kind == "T":
                data[r][c] = value
            elif kind == "N":
                data[r][c] = float(value)
            elif kind == "F":
                formulas.append((r, c, value))
        sheet.getCellRangeByPosition(0, 0, cols - 1, rows - 1).setDataArray(tuple(tuple(x) for x in data))
        for r, c, f in formulas:
            sheet.getCellByPosition(c, r).setFormula(f)
        _apply_styles(doc, sheet, model)
        for i, mm in model.cols.items():
            sheet.Columns.getByIndex(i).Width = int(mm * 100)
        for top, left, bottom, right in model.merges:
            sheet.getCellRangeByPosition(left, top, right, bottom).merge(True)
        for (top, left, bottom, right), items in model.lists:
            rng = sheet.getCellRangeByPosition(left, top, right, bottom)
            v = rng.Validation
            v.Type = uno.Enum("com.sun.star.sheet.ValidationType", "LIST")
            v.Formula1 = ";".join('"' + i.replace('"', '""') + '"' for i in items)
            v.ShowList = 1   # com.sun.star.sheet.TableValidationVisibility.UNSORTED
            v.ShowErrorMessage = True
            v.ErrorAlertStyle = uno.Enum("com.sun.star.sheet.ValidationAlertStyle", "STOP")
            v.ErrorTitle = "p8calc"
            v.ErrorMessage = "Chọn một đơn vị trong danh sách. / Choose a unit from the list."
            rng.Validation = v
        all_cells = _uno_struct("com.sun.star.table.CellRangeAddress", Sheet=0, StartColumn=0, StartRow=0,
                                EndColumn=cols - 1, EndRow=rows - 1)
        sheet.setPrintAreas((all_cells,))
        if model.repeat:
            sheet.setTitleRows(_uno_struct("com.sun.star.table.CellRangeAddress", Sheet=0, StartColumn=0,
                                           StartRow=model.repeat[0], EndColumn=cols - 1, EndRow=model.repeat[1]))
            sheet.setPrintTitleRows(True)
        _page_setup(doc, sheet, model)
        props = doc.DocumentProperties
        props.Title = model.title
        props.Generator = "p8calc"
        if plan_ref:
            user = props.UserDefinedProperties
            if user.getPropertySetInfo().hasPropertyByName("P8Plan"):
                user.removeProperty("P8Plan")
            user.addProperty("P8Plan", 0, plan_ref)
        doc.calculateAll()
        if model.protect:
            sheet.protect("")
    finally:
        doc.unlockControllers()
    # Row heights once the document is unlocked (Calc measures wrapped text only then); the
    # model's heights are minimums for rows Calc does not measure (merged cells).
    sheet.getCellRangeByPosition(0, 0, cols - 1, rows - 1).Rows.OptimalHeight = True
    for r, mm in model.rows.items():
        row = sheet.Rows.getByIndex(r)
        row.Height = max(row.Height, int(mm * 100))
    return doc


def store(doc, out):
    from office import file_url, prop
    ext = os.path.splitext(out)[1].lower()
    doc.storeToURL(file_url(out), (prop("FilterName", FILTERS[ext]), prop("Overwrite", True)))


# -- the commands ----------------------------------------------------------------------------
def _check_out(args, source=None):
    for out in args.out:
        ext = os.path.splitext(out)[1].lower()
        if ext not in FILTERS:
            return fail(f"--out phải có đuôi .ods, .xlsx hoặc .pdf: {out}",
                        f"--out must end in .ods, .xlsx or .pdf: {out}")
        folder = os.path.dirname(os.path.abspath(out))
        if not os.path.isdir(folder):
            return fail(f"không có thư mục {folder}", f"no such folder: {folder}")
        if source and os.path.exists(out) and os.path.realpath(out) == os.path.realpath(source):
            return fail("--out không được trùng tệp số liệu (tệp của bạn không bao giờ bị ghi đè).",
                        "--out must not be the workbook itself (your file is never overwritten).")
    return 0


def _plan_ref(plan):
    """What the P8Plan document property holds: a built-in id, or the plan file's full path."""
    if plan and os.path.isfile(plan):
        return os.path.abspath(plan)
    return plan or ""


def report(args):
    import p8calc
    from office import Office
    src = os.path.abspath(args.file) if os.path.exists(args.file) else args.file
    if _check_out(args, src):
        return 2
    with Office(args.build, "report", timeout=args.timeout) as office:
        dump = []
        p8calc.dump_file(office, src, dump)
        model = run_core(args, "report", "\n".join(dump) + "\n")
        if model is None:
            return 2
        doc = write_model(office, model, _plan_ref(args.plan or (model.check or {}).get("plan")))
        try:
            for out in args.out:
                store(doc, os.path.abspath(out))
        finally:
            doc.close(True)
    summary(model, args.out)
    return 0


def template(args):
    from office import Office
    if _check_out(args):
        return 2
    args.layout = args.layout or args.kind
    model = run_core(args, "template")   # bad plan, layout or district: fails before the office starts
    if model is None:
        return 2
    with Office(args.build, "template", timeout=args.timeout) as office:
        doc = write_model(office, model, _plan_ref(args.plan))
        try:
            for out in args.out:
                store(doc, os.path.abspath(out))
        finally:
            doc.close(True)
    print(f"Đã tạo biểu mẫu / template written: {', '.join(args.out)}")
    return 0


def summary(model, outs):
    print(f"Đã xuất báo cáo / report written: {', '.join(outs)}")
    c = model.check
    if c:
        print(f"Kế hoạch / plan: {c['plan']}; kiểm tra / check: {c['errors']} lỗi / errors, "
              f"{c['warnings']} cảnh báo / warnings")
        if c["errors"]:
            print("Chú ý: tệp số liệu còn lỗi; xem `p8calc check`. / Note: the workbook has errors; "
                  "see `p8calc check`.", file=sys.stderr)
    if model.notes:
        print(f"Thiếu số liệu (ô để trống, không ghi 0) / missing figures (left empty, not 0): "
              f"{len(model.notes)}", file=sys.stderr)
        for _, _, vi, en in model.notes:
            print(f"  - {vi}\n    {en}", file=sys.stderr)


def run(args):
    return report(args) if args.command == "report" else template(args)
