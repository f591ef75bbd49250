"""Issue 17 under Xvfb: the sidebar panel "Tổng hợp" of a visible Calc. A folder of Bắc Kạn
district workbooks made as Excel would (the generators of tests/integration/test_consolidate.py):
received, named only in the file name, two files of one district, a damaged file, a district
of another province. A real mouse click on "Tổng hợp" lists every district with the status
`p8calc consolidate --format json` gives for the same folder; "Tạo báo cáo tổng hợp" opens the
consolidated report as a new document holding the totals (this document untouched); a click on
"Hủy" in the middle of a longer run leaves no consolidation, no report and no unit list.
Screenshots: build/ui/consolidate-panel.png (the panel) and consolidate-screen.png."""
import json
import os
import re
import subprocess
import sys
import time
import unittest

import uno
from desktop import SOURCE, DesktopTestCase, accessible_contexts, accessible_texts, find_accessible, wait_for
from office import file_url, prop

sys.path.insert(0, os.path.join(SOURCE, "tests", "integration"))
from consolidate_units import FIG, P8CALC, PLAN, hand_made  # noqa: E402  (the same generators)

PERIOD = min(max(time.localtime().tm_year, 2021), 2025)   # the panel's default: this year within the plan
WORDS = {"received": "đã nhận", "missing": "chưa nộp", "duplicate": "trùng tệp", "unreadable": "không đọc được"}
ENABLED = uno.getConstantByName("com.sun.star.accessibility.AccessibleStateType.ENABLED")
SLOW_FILES = 240   # a run long enough (≈ 30 s) that «Hủy» lands in its middle on a loaded machine


def make_units(box):
    """The districts' workbooks, as they arrive at the province."""
    os.makedirs(box)
    hand_made(os.path.join(box, "ba-be.xlsx"), [["HỘI LHPN HUYỆN BA BỂ"]], FIG["bk-ba-be"], "2025-09-05T10:00:00")
    hand_made(os.path.join(box, "cho-don.xlsx"), [["UBND HUYỆN CHỢ ĐỒN"], ["HỘI LHPN HUYỆN CHỢ ĐỒN"]],
              FIG["bk-cho-don"], "2025-09-08T16:30:00")
    hand_made(os.path.join(box, "bao-cao-ngan-son-2025.xlsx"), [["BIỂU SỐ LIỆU"]], FIG["bk-ngan-son"],
              "2025-09-09T08:00:00", sheet="Sheet1")
    for n in (1, 2):
        hand_made(os.path.join(box, f"na-ri-lan-{n}.xlsx"), [["HỘI LHPN HUYỆN NA RÌ"]], FIG["bk-na-ri"],
                  "2025-09-0%dT08:00:00" % (n + 1))
    hand_made(os.path.join(box, "ninh-hai.xlsx"), [["UBND TỈNH NINH THUẬN"], ["HỘI LHPN HUYỆN NINH HẢI"]],
              {"1": (5, 5, 5)}, "2025-09-01T08:00:00")
    with open(os.path.join(box, "pac-nam.xlsx"), "wb") as f:    # damaged: named by its file name only
        f.write(b"PK\x03\x04 not a workbook" + b"\0" * 200)


class ConsolidatePanelUI(DesktopTestCase):
    office_name = "ui-consolidate"
    screen = (1400, 2300)   # tall: the whole deck with the panel's list shows

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.box = os.path.join(cls.tmp, "nop")
        make_units(cls.box)
        cls.slow = os.path.join(cls.tmp, "nhieu")                # a longer run, to cancel in the middle
        os.makedirs(cls.slow)
        for n in range(SLOW_FILES):
            hand_made(os.path.join(cls.slow, f"don-vi-{n:03}.xlsx"), [["HỘI LHPN HUYỆN BA BỂ"]], FIG["bk-ba-be"],
                      "2025-09-05T10:00:00")
        r = subprocess.run([P8CALC, "consolidate", cls.box, "--plan", PLAN, "--period", str(PERIOD), "--format", "json"],
                           capture_output=True, text=True, timeout=600)
        assert r.stdout, r.stderr
        cls.expected = json.loads(r.stdout)

    def button(self, root, name):
        if getattr(self, "_panel", None) is not None:
            root = self._panel
        return find_accessible(root, lambda c: c.getAccessibleRole() == 44 and c.getAccessibleName() == name)

    def click(self, ctx):
        pos, size = ctx.getLocationOnScreen(), ctx.getSize()
        self.xvfb.click(pos.X + size.Width // 2, pos.Y + size.Height // 2)

    def sources_edit(self, root):
        """The panel's path field: the text field just above «Chọn thư mục…»."""
        folder = self.button(root, "Chọn thư mục…").getLocationOnScreen()
        for c in accessible_contexts(self.panel(root)):
            if c.getAccessibleRole() != 60:
                continue
            p = c.getLocationOnScreen()
            if abs(p.X - folder.X) < 4 and 20 <= folder.Y - p.Y <= 40:
                return c
        return None

    def panel(self, root):
        """The panel's own controls (a walk of the whole window would walk the grid's cells too)."""
        if getattr(self, "_panel", None) is None:
            self._panel = self.button(root, "Tổng hợp").getAccessibleParent().getAccessibleContext()
        return self._panel

    def unit_rows(self, root):
        """The rows of the units list ("Ba Bể — đã nhận"; the plan lists' "id — title" are no rows)."""
        def is_row(n):
            if n.startswith("Tệp không rõ đơn vị: "):
                return True
            return " — " in n and n.split(" — ", 1)[1].split(" · ")[0].split(" (")[0] in WORDS.values()
        return [n for c in accessible_contexts(self.panel(root)) if c.getAccessibleRole() == 33 for n in [c.getAccessibleName()] if is_row(n)]

    def enabled(self, ctx):
        return ctx.getAccessibleStateSet().contains(ENABLED)

    def components(self):
        out, e = [], self.office.desktop.Components.createEnumeration()
        while e.hasMoreElements():
            out.append(e.nextElement())
        return out

    def test_consolidate_list_report_and_cancel(self):
        path = os.path.join(self.tmp, "tinh.ods")
        doc = self.office.new_calc()
        doc.Sheets.getByIndex(0).getCellByPosition(0, 0).String = "HỘI LHPN TỈNH BẮC KẠN"
        doc.DocumentProperties.UserDefinedProperties.addProperty("P8Plan", 0, PLAN)   # the Kế hoạch panel's choice
        doc.storeToURL(file_url(path), (prop("FilterName", "calc8"),))
        doc.close(True)
        doc = self.office.open(path, hidden=False)
        try:
            frame = doc.CurrentController.Frame
            frame.ContainerWindow.setPosSize(0, 0, 1400, 2300, 15)
            root = frame.ContainerWindow.getAccessibleContext()
            self.show_deck(frame, lambda: self.button(root, "Tổng hợp"))
            run = self.button(root, "Tổng hợp")
            self.assertIsNotNone(run, "the Tổng hợp panel did not show")
            time.sleep(1)
            # Cancel in the middle of a longer run: nothing left of it.
            before = len(self.components())
            edit = self.sources_edit(root)
            self.assertIsNotNone(edit, "no path field in the panel")
            edit.setText(self.slow)
            self.click(self.button(root, "Tổng hợp"))
            reading = re.compile(rf"Đang đọc (\d+)/{SLOW_FILES}: ")
            self.assertTrue(wait_for(lambda: [n for n in accessible_texts(self.panel(root)) for m in [reading.match(n)] if m and int(m[1]) >= 2],
                                     timeout=120), [n for n in accessible_texts(self.panel(root)) if n.startswith(("Đang", "Hãy", "Đã", "Không"))])
            self.assertFalse(self.enabled(self.button(root, "Tạo báo cáo tổng hợp")))
            self.click(self.button(root, "Hủy"))
            said = wait_for(lambda: [n for n in accessible_texts(self.panel(root)) if n.startswith("Đã hủy")], timeout=60)
            self.assertTrue(said, [n for n in accessible_texts(self.panel(root)) if n.startswith(("Đang", "Đã", "Hãy", "Không"))])
            self.assertEqual(self.unit_rows(root), [])
            self.assertFalse(self.enabled(self.button(root, "Tạo báo cáo tổng hợp")))
            self.assertTrue(self.enabled(self.button(root, "Tổng hợp")))
            self.assertTrue(wait_for(lambda: len(self.components()) == before, timeout=20), "a document was left open")
            self.assertEqual(sorted(os.listdir(self.slow)), [f"don-vi-{n:03}.xlsx" for n in range(SLOW_FILES)])

            # Then the whole folder of the districts.
            edit = self.sources_edit(root)
            edit.setText(self.box)

            self.click(self.button(root, "Tổng hợp"))
            done = wait_for(lambda: [n for n in accessible_texts(self.panel(root)) if " huyện đã nộp" in n], timeout=180)
            self.assertTrue(done, [n for n in accessible_texts(self.panel(root)) if "Đang" in n or "Không" in n])
            rows = self.unit_rows(root)
            got = {}
            for row in rows:
                if " — " in row:
                    name, rest = row.split(" — ", 1)
                    got[name] = rest.split(" · ")[0].split(" (")[0]
            want = {u["name"]: WORDS[u["status"]] for u in self.expected["units"]}
            self.assertEqual(got, want, rows)
            self.assertEqual(len([r for r in rows if " — " in r]), len(self.expected["units"]))
            self.assertEqual(set(want.values()) >= {"đã nhận", "chưa nộp", "trùng tệp", "không đọc được"}, True, want)
            unknown = [f for f in self.expected["findings"] if f["code"] == "unit-unknown"]
            self.assertTrue(unknown)
            self.assertIn("Tệp không rõ đơn vị: ninh-hai.xlsx", rows)
            whole = next(t for t in self.expected["totals"] if t["indicator"] == "1" and t["unit"] == "")
            counted = f"({whole['units_counted']}/{whole['units_expected']})"
            self.assertTrue(any(n.startswith("Toàn tỉnh:") and counted in n for n in accessible_texts(self.panel(root))), counted)
            time.sleep(1)
            self.shoot(root)

            # The consolidated report: a new document with the totals; this one untouched.
            before = len(self.components())
            report = self.button(root, "Tạo báo cáo tổng hợp")
            self.assertTrue(self.enabled(report))
            self.click(report)
            new = wait_for(lambda: [c for c in self.components()
                                    if c.DocumentProperties.UserDefinedProperties.PropertySetInfo.hasPropertyByName("P8Consolidated")],
                           timeout=60)
            self.assertTrue(new, "no consolidated report opened")
            self.assertEqual(len(self.components()), before + 1)
            sheet = new[0].Sheets.getByIndex(0)
            cur = sheet.createCursor()
            cur.gotoEndOfUsedArea(False)
            data = sheet.getCellRangeByPosition(0, 0, cur.RangeAddress.EndColumn, cur.RangeAddress.EndRow).DataArray
            row = next((line for line in data if any(isinstance(v, str) and v.startswith("Tổ truyền thông") for v in line)
                        and whole["actual"] in line), None)
            self.assertIsNotNone(row, f"the report has no row with the total {whole['actual']} of indicator 1")
            self.assertFalse(doc.isModified())
            self.assertEqual(doc.Sheets.getCount(), 1)
            new[0].close(True)
            self.assertTrue(wait_for(lambda: len(self.components()) == before, timeout=20))
            frame.ContainerWindow.toFront()   # the report's window had come to the front
            time.sleep(1)

            # A click on a unit's row opens its file, read-only.
            ba_be = next(c for c in accessible_contexts(self.panel(root))
                         if c.getAccessibleRole() == 33 and c.getAccessibleName() == "Ba Bể — đã nhận")
            self.click(ba_be)
            opened = wait_for(lambda: [c for c in self.components() if c.URL.endswith("/ba-be.xlsx")], timeout=60)
            self.assertTrue(opened, "the unit's file did not open")
            self.assertTrue(opened[0].isReadonly())
            self.assertTrue(any(n.startswith("Ba Bể:\n1: TH 15 / ") for n in accessible_texts(self.panel(root))),
                            [n for n in accessible_texts(self.panel(root)) if n.startswith("Ba Bể")])
            opened[0].close(True)

        finally:
            doc.close(True)

    def shoot(self, root):
        """The whole screen, and the panel cropped from it (from the path field to the report button)."""
        full = self.xvfb.screenshot(os.path.join(self.shots, "consolidate-screen.png"))
        self.assertGreater(os.path.getsize(full), 10000)
        top = self.sources_edit(root).getLocationOnScreen()
        bottom = self.button(root, "Tạo báo cáo tổng hợp")
        end = bottom.getLocationOnScreen()
        x, y = max(top.X - 12, 0), max(top.Y - 60, 0)
        w, h = bottom.getSize().Width + 24, end.Y + bottom.getSize().Height + 12 - y
        out = os.path.join(self.shots, "consolidate-panel.png")
        subprocess.run(["convert", full, "-crop", f"{w}x{h}+{x}+{y}", "+repage", out], check=True, timeout=60)
        self.assertGreater(os.path.getsize(out), 5000)


if __name__ == "__main__":
    unittest.main()
