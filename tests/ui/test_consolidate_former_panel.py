"""Issue 16 under Xvfb: the sidebar panel "Tổng hợp" with the Thái Nguyên 2026 commune plan,
whose communes carry their former Bắc Kạn district. The commune workbooks of
tests/integration/test_consolidate_former.py (same generator, one commune of Ba Bể missing):
after a real click on "Tổng hợp" the list ends with one row per former district saying how many
of its communes were received — the counts `p8calc consolidate --format json` gives in
by_former_unit — and choosing such a row (keyboard, as a user scrolls the list) shows the
district's sums and names the communes not counted. Screenshot: build/ui/consolidate-former-panel.png."""
import json
import os
import subprocess
import sys
import time
import unittest

from desktop import SOURCE, DesktopTestCase, accessible_contexts, accessible_texts, find_accessible, wait_for
from office import file_url, prop

sys.path.insert(0, os.path.join(SOURCE, "tests", "integration"))
from test_consolidate_former import NOT_SENT, P8CALC, SENT, commune_report, figures, province_list  # noqa: E402

PLAN = "thai-nguyen-2026"


class ConsolidateFormerPanelUI(DesktopTestCase):
    office_name = "ui-consolidate-former"
    screen = (1400, 2300)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.box = os.path.join(cls.tmp, "nop")
        os.makedirs(cls.box)
        for n, (district, commune) in enumerate(province_list()):
            if district in SENT and commune != NOT_SENT:
                commune_report(os.path.join(cls.box, "xa-%02d.xlsx" % n), commune, figures(n))
        r = subprocess.run([P8CALC, "consolidate", cls.box, "--plan", PLAN, "--period", "2026", "--format", "json"],
                           capture_output=True, text=True, timeout=900)
        assert r.stdout, r.stderr
        cls.expected = json.loads(r.stdout)

    def key(self, *keys):
        env = dict(os.environ, DISPLAY=self.xvfb.display)
        subprocess.run(["xdotool", "key", *keys], env=env, check=True, timeout=30)

    def click(self, ctx):
        pos, size = ctx.getLocationOnScreen(), ctx.getSize()
        self.xvfb.click(pos.X + size.Width // 2, pos.Y + size.Height // 2)

    def panel(self, root):
        if getattr(self, "_panel", None) is None:
            run = find_accessible(root, lambda c: c.getAccessibleRole() == 44 and c.getAccessibleName() == "Tổng hợp")
            self._panel = run.getAccessibleParent().getAccessibleContext()
        return self._panel

    def button(self, root, name):
        return find_accessible(self.panel(root) if getattr(self, "_panel", None) else root,
                               lambda c: c.getAccessibleRole() == 44 and c.getAccessibleName() == name)

    def rows(self, root):
        return [c for c in accessible_contexts(self.panel(root)) if c.getAccessibleRole() == 33]

    def test_former_districts_listed_after_the_communes(self):
        path = os.path.join(self.tmp, "tinh.ods")
        doc = self.office.new_calc()
        doc.Sheets.getByIndex(0).getCellByPosition(0, 0).String = "HỘI LHPN TỈNH THÁI NGUYÊN"
        doc.DocumentProperties.UserDefinedProperties.addProperty("P8Plan", 0, PLAN)
        doc.storeToURL(file_url(path), (prop("FilterName", "calc8"),))
        doc.close(True)
        doc = self.office.open(path, hidden=False)
        try:
            frame = doc.CurrentController.Frame
            frame.ContainerWindow.setPosSize(0, 0, 1400, 2300, 15)
            root = frame.ContainerWindow.getAccessibleContext()
            self.show_deck(frame, lambda: self.button(root, "Tổng hợp"))
            self.assertIsNotNone(self.button(root, "Tổng hợp"), "the Tổng hợp panel did not show")
            folder = self.button(root, "Chọn thư mục…").getLocationOnScreen()
            edit = next(c for c in accessible_contexts(self.panel(root)) if c.getAccessibleRole() == 60
                        and abs(c.getLocationOnScreen().X - folder.X) < 4
                        and 20 <= folder.Y - c.getLocationOnScreen().Y <= 40)
            edit.setText(self.box)
            self.click(self.button(root, "Tổng hợp"))
            done = wait_for(lambda: [n for n in accessible_texts(self.panel(root)) if " xã, phường đã nộp" in n], timeout=300)
            self.assertTrue(done, [n for n in accessible_texts(self.panel(root)) if "Đang" in n or "Không" in n])
            names = [c.getAccessibleName() for c in self.rows(root)]   # the drop-downs' items, then the list's
            first = self.expected["units"][0]["name"] + " — "
            names = names[next(i for i, n in enumerate(names) if n.startswith(first)):]
            units = len(self.expected["units"])
            head = names.index("— Theo huyện cũ —")
            self.assertEqual(head, units, names)   # after every commune
            want = []
            for g in self.expected["by_former_unit"]:
                label = g["name"] if g["name"].startswith("Thành phố") else "Huyện " + g["name"]
                want.append(f"{label} — {g['units_received']}/{g['units_total']} xã, phường")
            self.assertEqual(names[head + 1:], want)
            self.assertIn("Huyện Ba Bể — 4/5 xã, phường", want)
            # A commune's row without a file (visible at the top), then the keyboard down the list
            # to the former districts: the last is Pác Nặm.
            missing = next(u["name"] for u in self.expected["units"] if u["status"] == "missing")
            row = next(c for c in self.rows(root) if c.getAccessibleName().startswith(missing + " — "))
            self.click(row)
            self.assertTrue(wait_for(lambda: "Đơn vị chưa nộp tệp nào." in accessible_texts(self.panel(root)), timeout=20))
            self.key("End")
            pac_nam = next(g for g in self.expected["by_former_unit"] if g["id"] == "bk-pac-nam")
            t1 = next(t for t in pac_nam["totals"] if t["indicator"] == "1")
            line = f"Huyện Pác Nặm (cũ):\n1: TH {t1['actual']} · lũy kế {t1['cumulative']} (3/3)\n"
            shown = wait_for(lambda: [n for n in accessible_texts(self.panel(root)) if n.startswith(line)], timeout=20)
            self.assertTrue(shown, [n for n in accessible_texts(self.panel(root)) if "(cũ)" in n or "Đơn vị" in n])
            # Up to Ba Bể (Pác Nặm, Ngân Sơn, Na Rì, Chợ Mới, Chợ Đồn, Bạch Thông, Ba Bể): its
            # missing commune is named.
            for _ in range(6):
                self.key("Up")
                time.sleep(0.3)
            ba_be = wait_for(lambda: [n for n in accessible_texts(self.panel(root)) if n.startswith("Huyện Ba Bể (cũ):")],
                             timeout=20)
            self.assertTrue(ba_be, [n for n in accessible_texts(self.panel(root)) if "(cũ)" in n])
            self.assertIn("Chưa tính: " + NOT_SENT + " (chưa nộp)", ba_be[0])
            time.sleep(1)
            self.xvfb.screenshot(os.path.join(self.shots, "consolidate-former-panel.png"))
            self.assertFalse(doc.isModified())
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
