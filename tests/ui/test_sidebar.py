"""Issue 6 under Xvfb: open a sample in a visible Calc, open the "Dự án 8" deck, run the
check by dispatch, click the first finding in the deck's list with the mouse and assert the
selected cell; save a screenshot (build/ui/sidebar.png, shown in the README)."""
import os
import shutil
import time
import unittest

from desktop import BUILD, SOURCE, DesktopTestCase, find_accessible, wait_for  # noqa: F401 (imported from here by other UI tests)

def is_findings_list(ctx):
    """The findings list: a list whose first item starts with a severity mark."""
    try:
        if ctx.getAccessibleChildCount() < 1:
            return False
        first = ctx.getAccessibleChild(0).getAccessibleContext().getAccessibleName()
        return first[:1] in ("✖", "⚠", "ℹ")
    except Exception:
        return False


class SidebarUI(DesktopTestCase):
    office_name = "ui"

    def open_visible(self, name):
        path = os.path.join(self.tmp, name)
        shutil.copy(os.path.join(SOURCE, "samples", name), path)
        doc = self.office.open(path, hidden=False)
        frame = doc.CurrentController.Frame
        return doc, frame

    def deck_shown(self, frame):
        """Our Check panel's button is in the window's accessibility tree."""
        root = frame.ContainerWindow.getAccessibleContext()
        names = ("Check", "Kiểm tra")
        return find_accessible(root, lambda c: c.getAccessibleRole() == 44 and c.getAccessibleName() in names)

    def open_deck(self, frame):
        if not self.show_deck(frame, lambda: self.deck_shown(frame)):
            self.fail("the Dự án 8 deck did not show")

    def test_check_from_the_deck_and_click_a_finding(self):
        doc, frame = self.open_visible("bac-kan-phan-bo-co-loi.ods")
        try:
            self.open_deck(frame)
            root = frame.ContainerWindow.getAccessibleContext()
            # The menu "Dự án 8" (Addons.xcu) is on the menu bar, with the one-click check.
            menubar = next(root.getAccessibleChild(i).getAccessibleContext()
                           for i in range(root.getAccessibleChildCount())
                           if root.getAccessibleChild(i).getAccessibleContext().getAccessibleRole() == 35)
            menus = {menubar.getAccessibleChild(i).getAccessibleContext().getAccessibleName(): i
                     for i in range(menubar.getAccessibleChildCount())}
            self.assertIn("Dự án 8", menus)
            ours = menubar.getAccessibleChild(menus["Dự án 8"]).getAccessibleContext()
            entries = [ours.getAccessibleChild(i).getAccessibleContext().getAccessibleName()
                       for i in range(ours.getAccessibleChildCount())]
            self.assertIn("Kiểm tra bảng tính", entries)

            result = self.office.dispatch(frame, "vnd.p8calc:check")
            self.assertIn("errors=9", result.Result)
            found = wait_for(lambda: find_accessible(root, is_findings_list))
            if found is None:
                self.xvfb.screenshot(os.path.join(self.shots, "sidebar-failed.png"))
            self.assertIsNotNone(found, "the deck's findings list did not appear")
            first = found.getAccessibleChild(0).getAccessibleContext()
            self.assertIn("L6", first.getAccessibleName())      # sum-mismatch at the total
            self.assertIn("sum-mismatch", first.getAccessibleName())

            # Click the second finding with the mouse: the cell it names becomes selected.
            second = found.getAccessibleChild(1).getAccessibleContext()
            pos = second.getLocationOnScreen()
            size = second.getSize()
            self.xvfb.click(pos.X + min(40, size.Width // 2), pos.Y + size.Height // 2)
            want = second.getAccessibleName().split(" ")[1]
            addr = wait_for(lambda: doc.CurrentController.getSelection().getCellAddress()
                            if hasattr(doc.CurrentController.getSelection(), "getCellAddress") else None)
            self.assertIsNotNone(addr)
            got = doc.CurrentController.getSelection().AbsoluteName.split(".")[-1].replace("$", "")
            self.assertEqual(got, want)
            time.sleep(1)
            shot = self.xvfb.screenshot(os.path.join(self.shots, "sidebar.png"))
            self.assertGreater(os.path.getsize(shot), 10000)
        finally:
            doc.close(True)


    def test_the_toolbar_opens_docked(self):
        # In a fresh profile the "Dự án 8" toolbar opens docked in the top area (CalcWindowState.xcu
        # of the extension), not floating over the formatting bar's font-name box.
        doc, frame = self.open_visible("bac-kan-phan-bo-dung.xlsx")
        try:
            url = "private:resource/toolbar/addon_org.p8.p8calc.toolbar"
            lm = frame.LayoutManager
            self.assertTrue(wait_for(lambda: lm.getElement(url) is not None, timeout=20), "no Dự án 8 toolbar")
            self.assertTrue(lm.isElementVisible(url))
            self.assertFalse(lm.isElementFloating(url))
            self.assertTrue(lm.isElementDocked(url))
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
