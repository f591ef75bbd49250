"""Issue 17 under Xvfb: the sidebar panel "Xuất báo cáo" has the fields a signed report needs.
They are filled in through the accessibility tree (as a screen reader or a user typing would),
"Lưu thông tin vào tài liệu" is pressed, and the document then holds them as its properties
(P8Report.<key>); the report the office makes of that document carries them. A screenshot of
the deck is saved as build/ui/report-panel.png."""
import os
import shutil
import time
import unittest

from desktop import SOURCE, DesktopTestCase, find_accessible, wait_for
from office import prop

LABEL, PUSH_BUTTON, TEXT = 30, 44, 60

FIELDS = {   # the panel's label → the value typed, and the property it lands in
    "Cơ quan chủ quản:": ("issuer_parent", "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"),
    "Cơ quan ban hành:": ("issuer", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẮC KẠN"),
    "Số biểu:": ("form_number", "Biểu số 02/PB"),
    "Kèm theo:": ("report_ref", "(Kèm theo Kế hoạch số 27/KH-HLHPN ngày 14/3/2022)"),
    "Địa danh:": ("place", "Thành phố Bắc Kạn"),
    "Người lập biểu (chức danh):": ("preparer_title", "CHUYÊN VIÊN"),
    "Người ký (chức danh):": ("signer_title", "CHỦ TỊCH"),
}
SAVE = "Lưu thông tin vào tài liệu"


class ReportPanelUI(DesktopTestCase):
    office_name = "ui-report"

    def save_button(self, frame):
        root = frame.ContainerWindow.getAccessibleContext()
        return find_accessible(root, lambda c: c.getAccessibleRole() == PUSH_BUTTON and c.getAccessibleName() == SAVE)

    def show_panel(self, frame):
        time.sleep(2)
        for _ in range(4):
            self.office.dispatch(frame, ".uno:SidebarDeck.P8calcDeck")
            found = wait_for(lambda: self.save_button(frame), timeout=3)
            if found:
                return found
            self.office.dispatch(frame, ".uno:Sidebar")
            time.sleep(2)
        self.xvfb.screenshot(os.path.join(self.shots, "report-panel-failed.png"))
        self.fail("the Xuất báo cáo panel did not show")

    def test_fields_typed_in_the_panel_are_stored_and_used(self):
        path = os.path.join(self.tmp, "so-lieu.ods")
        shutil.copy(os.path.join(SOURCE, "samples", "bac-kan-phan-bo-dung.ods"), path)
        doc = self.office.open(path, hidden=False)
        self.addCleanup(doc.close, True)
        frame = doc.CurrentController.Frame
        button = self.show_panel(frame)
        panel = button.getAccessibleParent().getAccessibleContext()
        children = [panel.getAccessibleChild(i).getAccessibleContext() for i in range(panel.getAccessibleChildCount())]
        typed = {}
        for i, child in enumerate(children):   # each field's edit follows its label
            if child.getAccessibleRole() == LABEL and child.getAccessibleName() in FIELDS:
                edit = next(c for c in children[i + 1:] if c.getAccessibleRole() == TEXT)
                key, value = FIELDS[child.getAccessibleName()]
                self.assertTrue(edit.setText(value), key)
                typed[key] = value
        self.assertEqual(set(typed), {k for k, _ in FIELDS.values()})
        self.assertTrue(button.doAccessibleAction(0))
        user = doc.DocumentProperties.UserDefinedProperties
        stored = wait_for(lambda: all(user.PropertySetInfo.hasPropertyByName("P8Report." + k) for k in typed))
        self.assertTrue(stored, [p.Name for p in user.PropertySetInfo.Properties])
        for k, v in typed.items():
            self.assertEqual(user.getPropertyValue("P8Report." + k), v)
        time.sleep(1)
        self.xvfb.screenshot(os.path.join(self.shots, "report-panel.png"))
        # The office's report of this document carries them.
        out = os.path.join(self.tmp, "bc.ods")
        r = self.office.dispatch(frame, "vnd.p8calc:report", (
            prop("Layout", "allocation"), prop("Period", 2025), prop("Out", out), prop("Lang", "vi")))
        self.assertEqual((r.State, r.Result), (1, "written=" + out))
        report = self.office.open(out)
        self.addCleanup(report.close, True)
        sheet = report.Sheets.getByIndex(0)
        self.assertEqual(sheet.getCellByPosition(0, 0).String, typed["issuer_parent"])
        self.assertEqual(sheet.getCellByPosition(0, 1).String, typed["issuer"])
        cur = sheet.createCursor()
        cur.gotoEndOfUsedArea(False)
        texts = [v for row in sheet.getCellRangeByPosition(0, 0, cur.RangeAddress.EndColumn,
                                                           cur.RangeAddress.EndRow).getDataArray()
                 for v in row if isinstance(v, str)]
        for key in ("form_number", "report_ref", "preparer_title", "signer_title"):
            self.assertIn(typed[key], texts, key)
        self.assertTrue(any(t.startswith(typed["place"] + ", ngày") for t in texts))


if __name__ == "__main__":
    unittest.main()
