"""p8calc report / p8calc template: the standard report layout and blank data-entry templates.

  p8calc report FILE --out OUT.{ods,xlsx,pdf} [--period YYYY] [--layout NAME|FILE]
                [--plan NAME|PATH] [--lang vi|en] [--set KEY=VALUE]...
  p8calc template --plan NAME|PATH --out OUT.{ods,xlsx,pdf} [--kind allocation|progress]
                [--layout NAME|FILE] [--district NAME] [--period YYYY] [--lang vi|en] [--set KEY=VALUE]...

The report model (which cell holds what, merges, styles, page setup) comes from
build/p8calc-report: the layout in layouts/ filled from the plan and from the figures the check
read in the workbook. This file hands that model to the extension's writer
(vnd.p8calc:writemodel, the same code as the sidebar's "Xuất báo cáo") in the driver's private
office, which stores it by the --out extension. The user's workbook is opened read-only and
never stored. Exit status: 0 written, 2 bad arguments or an unreadable file.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUTPUTS = (".ods", ".xlsx", ".pdf")   # stored by the extension (src/uno/report_writer.cpp)


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
        self.text = text
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
def write_outputs(office, model, plan_ref, outs):
    """The extension's own writer (src/uno/report_writer.cpp, vnd.p8calc:writemodel) puts the
    model into a new document and stores it once per output: the sidebar's reports and these
    are written by the same code."""
    from office import prop
    carrier = office.new_calc()   # a frame to dispatch on; the report is a document of its own
    try:
        args = [prop("Model", model.text), prop("Plan", plan_ref or "")]
        args += [prop("Out", os.path.abspath(out)) for out in outs]
        r = office.dispatch(carrier.CurrentController.Frame, "vnd.p8calc:writemodel", args)
    finally:
        carrier.close(True)
    if r.State != 1:   # com.sun.star.frame.DispatchResultState.SUCCESS
        raise RuntimeError(f"the office could not write the report: {r.Result}")


# -- the commands ----------------------------------------------------------------------------
def _check_out(args, source=None):
    for out in args.out:
        ext = os.path.splitext(out)[1].lower()
        if ext not in OUTPUTS:
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
        write_outputs(office, model, _plan_ref(args.plan or (model.check or {}).get("plan")), args.out)
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
        write_outputs(office, model, _plan_ref(args.plan), args.out)
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
