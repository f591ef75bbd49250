"""What a user sees of a report `p8calc report` wrote (Nghị định 30/2020, Phụ lục I): the .ods
and the .xlsx are opened visibly in Calc under Xvfb and, once Calc has laid them out, the
short solid lines under "Độc lập - Tự do - Hạnh phúc" and under the issuing body are measured
on the screen through the accessibility tree (the line shapes' bounds against the cells' own
character bounds): each lies under its text, centred, as long as the motto and 1/3–1/2 of
the issuing body. The same open documents are exported to PDF, as is the command's own PDF,
and there the lines are found as drawn pixels (pdftoppm) under the words (pdftotext -bbox),
with the page's margins (20 mm top even when the sheet is shrunk to fit the width, 30 mm
left, 15 mm right, 20 mm bottom), the fonts and the Vietnamese letters. Screenshots go to
build/ui/report-view-*.png."""
import os
import re
import shutil
import subprocess
import unittest

from desktop import BUILD, SOURCE, DesktopTestCase, accessible_contexts, wait_for
from office import file_url, prop

P8CALC = os.path.join(BUILD, "p8calc")
SAMPLE = os.path.join(SOURCE, "samples", "bac-kan-phan-bo-dung.xlsx")
SHAPE = 52                     # AccessibleRole.SHAPE
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DPI = 300
MM = DPI / 25.4                # pixels per mm in the PDF's picture
SHARE = {"motto": (0.95, 1.05), "issuer": (1 / 3, 1 / 2)}   # line length / text width


def pdf_words(pdf, page):
    """(text, xMin, yMin, xMax, yMax) of a page's words, in points."""
    xml = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"],
                         capture_output=True, text=True, check=True, timeout=120).stdout
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', xml)]


def pdf_picture(pdf, page):
    """The page drawn in grey at DPI: (width, height, bytes), one byte a pixel, 0 = black."""
    data = subprocess.run(["pdftoppm", "-r", str(DPI), "-f", str(page), "-l", str(page), "-gray", pdf],
                          capture_output=True, check=True, timeout=120).stdout
    magic, size, depth, pixels = data.split(b"\n", 3)
    assert magic == b"P5" and depth == b"255", data[:20]
    width, height = map(int, size.split())
    return width, height, pixels


def longest_dark_run(pixels, width, y, x0, x1):
    """(length, start) of the longest run of dark pixels in row y between x0 and x1."""
    best, start, run_start = (0, 0), None, None
    row = pixels[y * width:(y + 1) * width]
    for x in range(max(0, x0), min(width, x1)):
        if row[x] < 128:
            run_start = x if run_start is None else run_start
            best = max(best, (x + 1 - run_start, run_start))
        else:
            run_start = None
    return best


class ReportAsSeen(DesktopTestCase):
    office_name = "ui-report-view"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.out = {ext: os.path.join(cls.tmp, f"bc.{ext}") for ext in ("ods", "xlsx", "pdf")}
        cls.out["template"] = os.path.join(cls.tmp, "mau.ods")   # a blank form: the same header
        cls.written = [subprocess.run(
            [P8CALC, "report", SAMPLE, "--layout", "allocation", "--period", "2025"]
            + [a for ext in ("ods", "xlsx", "pdf") for a in ("--out", cls.out[ext])],
            capture_output=True, text=True, timeout=600), subprocess.run(
            [P8CALC, "template", "--plan", "bac-kan-2022", "--kind", "progress", "--out", cls.out["template"]],
            capture_output=True, text=True, timeout=600)]

    def setUp(self):
        for run in self.written:
            self.assertEqual(run.returncode, 0, run.stderr)

    # -- on the screen -----------------------------------------------------------------------
    def open_visibly(self, ext):
        path = os.path.join(self.tmp, f"seen-{os.path.basename(self.out[ext])}")   # a copy: the office locks it
        shutil.copy(self.out[ext], path)
        doc = self.office.open(path, hidden=False)
        self.addCleanup(doc.close, True)
        doc.CurrentController.Frame.ContainerWindow.setPosSize(0, 0, *self.screen, 15)
        return doc

    def seen(self, doc):
        """The rule lines and the texts of row 2 as the screen shows them, in screen pixels:
        {name: (x, y, width, height)} and [(text, left, right, text bottom, cell bottom)]."""
        root = doc.CurrentController.Frame.ContainerWindow.getAccessibleContext()
        lines, table = {}, None
        for ctx in accessible_contexts(root):
            try:
                if ctx.getAccessibleRole() == SHAPE and ctx.getAccessibleName().startswith("P8 rule"):
                    at, size = ctx.getLocationOnScreen(), ctx.getSize()
                    lines[ctx.getAccessibleName()] = (at.X, at.Y, size.Width, size.Height)
                elif table is None and hasattr(ctx, "getAccessibleCellAt"):
                    table = ctx
            except Exception:   # a context the layout has just replaced
                continue
        texts = []
        for col in range(16) if table is not None else ():
            try:
                cell = table.getAccessibleCellAt(1, col).getAccessibleContext()
                n = cell.getCharacterCount()
                if not n or cell.getText().strip() == "":
                    continue
                at, size = cell.getLocationOnScreen(), cell.getSize()
                chars = [cell.getCharacterBounds(i) for i in range(n)]
            except Exception:   # replaced while read: this read differs from the next one
                continue
            texts.append((cell.getText(), at.X + chars[0].X, at.X + chars[-1].X + chars[-1].Width,
                          at.Y + max(c.Y + c.Height for c in chars), at.Y + size.Height))
        return lines, texts

    def settled(self, doc):
        """The geometry once two reads in a row agree (Calc lays a loaded sheet out in steps)."""
        last = [None]

        def same():
            now = self.seen(doc)
            done = now == last[0] and len(now[0]) == 2 and len(now[1]) >= 2
            last[0] = now
            return now if done else None
        return wait_for(same, timeout=60, step=1) or last[0]

    def check_screen(self, ext):
        doc = self.open_visibly(ext)
        lines, texts = self.settled(doc)
        self.xvfb.screenshot(os.path.join(self.shots, f"report-view-{ext}.png"))
        self.assertEqual(len(lines), 2, f"{ext}: {lines}")
        issuer = doc.Sheets.getByIndex(0).getCellByPosition(0, 1).String
        self.assertTrue(issuer, ext)
        want = {"motto": MOTTO, "issuer": issuer}
        for name, (x, y, width, height) in lines.items():
            key = "motto" if "motto" in name else "issuer"
            found = [t for t in texts if t[0] == want[key]]
            self.assertEqual(len(found), 1, f"{ext} {name}: {texts}")
            text, left, right, text_bottom, cell_bottom = found[0]
            what = f"{ext} on screen, {name} under {text!r}: line {x}..{x + width} at {y}, text {left}..{right}"
            self.assertLessEqual(height, 2, what)   # horizontal
            self.assertLessEqual(abs((x + width / 2) - (left + right) / 2), 3, what)
            low, high = SHARE[key]
            self.assertGreaterEqual(width, low * (right - left) - 2, what)
            self.assertLessEqual(width, high * (right - left) + 2, what)
            self.assertGreaterEqual(y, text_bottom - 1, what)   # under the letters …
            self.assertLessEqual(y, cell_bottom + 1, what)      # … in their own row
        return doc

    def test_ods_on_screen_and_its_pdf(self):
        doc = self.check_screen("ods")
        self.check_pdf(self.export(doc, "seen-ods.pdf"), doc)

    def test_xlsx_on_screen_and_its_pdf(self):
        doc = self.check_screen("xlsx")
        self.check_pdf(self.export(doc, "seen-xlsx.pdf"), doc)

    def test_blank_form_on_screen_and_its_pdf(self):
        doc = self.check_screen("template")
        self.check_pdf(self.export(doc, "seen-template.pdf"), doc)

    def test_the_commands_own_pdf(self):
        doc = self.open_visibly("ods")
        self.check_pdf(self.out["pdf"], doc)

    def test_no_row_cuts_its_text_on_screen(self):
        # Each row as opened is at least as tall as the visible Calc itself finds the row's text
        # needs (its optimal height, measured on screen): no "text cut off" arrows. Rows sized in
        # the hidden office and stored fixed were ≈ 8 % short here (18.4 mm for 19.9 mm).
        for ext in ("ods", "xlsx", "template"):
            doc = self.open_visibly(ext)
            self.settled(doc)
            sheet = doc.Sheets.getByIndex(0)
            cursor = sheet.createCursor()
            cursor.gotoEndOfUsedArea(False)
            rows = sheet.getRows()
            n = cursor.RangeAddress.EndRow + 1
            opened = [rows.getByIndex(r).Height for r in range(n)]
            for r in range(n):
                rows.getByIndex(r).OptimalHeight = True
            needed = [rows.getByIndex(r).Height for r in range(n)]
            short = [(r + 1, opened[r], needed[r]) for r in range(n) if opened[r] < needed[r] - 30]
            self.assertEqual(short, [], f"{ext}: rows (number, height as opened, height the text needs), 1/100 mm")

    # -- on paper (PDF) ----------------------------------------------------------------------
    def export(self, doc, name):
        pdf = os.path.join(self.tmp, name)
        doc.storeToURL(file_url(pdf), (prop("FilterName", "calc_pdf_Export"),))
        return pdf

    def check_pdf(self, pdf, doc):
        what = os.path.basename(pdf)
        issuer = doc.Sheets.getByIndex(0).getCellByPosition(0, 1).String
        words = pdf_words(pdf, 1)
        width, height, pixels = pdf_picture(pdf, 1)
        for key, text in (("motto", MOTTO), ("issuer", issuer)):
            want = text.split()
            runs = [words[i:i + len(want)] for i in range(len(words) - len(want) + 1)
                    if [w[0] for w in words[i:i + len(want)]] == want]
            self.assertEqual(len(runs), 1, f"{what}: {text!r} (its letters as written) among {[w[0] for w in words][:40]}")
            left, top = min(w[1] for w in runs[0]), min(w[2] for w in runs[0])
            right, bottom = max(w[3] for w in runs[0]), max(w[4] for w in runs[0])
            px = DPI / 72   # points → pixels
            # The longest dark stroke from the words' baseline (4/5 down their box: the font's
            # ascent over its descent) to 1.5 mm under their box, and 20 mm either side.
            best = max((longest_dark_run(pixels, width, y, int((left - 57) * px), int((right + 57) * px)) + (y,))
                       for y in range(int((top + 0.8 * (bottom - top)) * px), int(bottom * px + 1.5 * MM)))
            length, start, y = best
            line = f"{what} {key}: line {start / MM:.1f}..{(start + length) / MM:.1f} mm at {y / MM:.1f} mm, " \
                   f"text {left * px / MM:.1f}..{right * px / MM:.1f} mm"
            self.assertGreater(length, 5 * MM, line)
            self.assertLessEqual(abs((start + length / 2) - (left + right) / 2 * px), 0.8 * MM, line)
            low, high = SHARE[key]
            share = length / ((right - left) * px)
            self.assertTrue(low - 0.02 <= share <= high + 0.02, f"{line}: {share:.2f} of the text")
        # Margins of the page as printed: the ink of page 1 stays inside 30/15 mm left/right and
        # 20 mm at the foot; page 2's table begins 20–25 mm from the top (its repeated header is
        # the first thing under the page number's header).
        dark_cols = [x for x in range(width) if any(pixels[y * width + x] < 128 for y in range(0, height, 4))]
        self.assertGreaterEqual(dark_cols[0] / MM, 29.7, what)
        self.assertGreaterEqual((width - dark_cols[-1]) / MM, 14.7, what)
        dark_rows = [y for y in range(height) if min(pixels[y * width:(y + 1) * width]) < 128]
        self.assertGreaterEqual((height - dark_rows[-1]) / MM, 19.7, what)
        width2, height2, pixels2 = pdf_picture(pdf, 2)
        border = next(y for y in range(height2)
                      if longest_dark_run(pixels2, width2, y, 0, width2)[0] > width2 / 2)
        self.assertTrue(19.8 <= border / MM <= 25, f"{what}: the text begins {border / MM:.1f} mm from the top")
        fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True, timeout=60).stdout
        names = [line.split()[0] for line in fonts.splitlines()[2:] if line.strip()]
        self.assertTrue(names, what)
        for name in names:   # Times New Roman, or its metric twin where it is not installed
            self.assertRegex(name, r"^([A-Z]{6}\+)?(TimesNewRoman|Times|LiberationSerif)", what)


if __name__ == "__main__":
    unittest.main()
