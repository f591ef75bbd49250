"""Issue 16 under Xvfb: a workbook of a province that has no plan (Tuyên Quang 2026 by
commune) in a visible Calc. The check says no plan fits; the Kế hoạch panel says so and
offers to make one; a real mouse click on "Tạo kế hoạch từ bảng tính này" writes the review
sheet and the plan file next to the workbook and keeps the plan in the document, and the
check then runs with it, the totals panel titled "Tổng theo xã, phường". Screenshot:
build/ui/plan-panel.png."""
import json
import os
import time
import unittest

from cells import fill_sheets
from desktop import DesktopTestCase, accessible_texts, find_accessible, wait_for
from office import file_url, prop

UNITS = ["Xã Minh Quang", "Xã Lâm Bình", "Phường Minh Xuân", "Xã Hồng Thái"]
SHEETS = [
    ("Chỉ tiêu", [["UBND TỈNH TUYÊN QUANG"],
                  ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 TỈNH TUYÊN QUANG GIAI ĐOẠN 2026 - 2030"], [],
                  ["STT", "Tên chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn"],
                  ["1", "Tổ truyền thông cộng đồng được thành lập và duy trì", "tổ", 60],
                  ["2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", 10]]),
    ("Phân bổ", [["PHÂN BỔ CHỈ TIÊU CHO CÁC XÃ, PHƯỜNG"], [],
                 ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn", *UNITS, "Tổng cộng"],
                 ["1", "Tổ truyền thông cộng đồng", "tổ", 60, 15, 15, 15, 15, "=SUM(E4:H4)"],
                 ["2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", 10, 3, 3, 2, 2, "=SUM(E5:H5)"]]),
]
MAKE = "Tạo kế hoạch từ bảng tính này"


class PlanPanelUI(DesktopTestCase):
    office_name = "ui-plan"

    def make_button(self, root):
        return find_accessible(root, lambda c: c.getAccessibleRole() == 44 and c.getAccessibleName() == MAKE)

    def test_no_plan_fits_then_make_one_with_a_click(self):
        path = os.path.join(self.tmp, "tuyen-quang.ods")
        doc = self.office.new_calc()
        fill_sheets(doc, SHEETS)
        doc.storeToURL(file_url(path), (prop("FilterName", "calc8"),))
        doc.close(True)
        doc = self.office.open(path, hidden=False)
        try:
            frame = doc.CurrentController.Frame
            root = frame.ContainerWindow.getAccessibleContext()
            self.show_deck(frame, lambda: self.make_button(root))
            button = self.make_button(root)
            self.assertIsNotNone(button, "the Kế hoạch panel's button did not show")
            r = self.office.dispatch(frame, "vnd.p8calc:check")
            self.assertIn("plan=;", r.Result + ";")
            said = wait_for(lambda: [t for t in accessible_texts(root) if "Tạo kế hoạch từ bảng tính này" in t and "»" in t])
            self.assertTrue(said, "the panel does not offer to make a plan")
            self.assertTrue(any("Tuyên Quang" in t for t in said), said)

            button = self.make_button(root)
            pos, size = button.getLocationOnScreen(), button.getSize()
            self.xvfb.click(pos.X + size.Width // 2, pos.Y + size.Height // 2)
            made = os.path.join(self.tmp, "tuyen-quang-2026.json")
            self.assertTrue(wait_for(lambda: os.path.exists(made) and doc.Sheets.hasByName("Xem lại kế hoạch")),
                            "no plan file or review sheet after the click")
            with open(made, encoding="utf-8") as f:
                self.assertEqual(json.load(f)["province"], "Tuyên Quang")
            user = doc.DocumentProperties.UserDefinedProperties
            self.assertEqual(user.getPropertyValue("P8Plan"), "tuyen-quang-2026")
            self.assertTrue(wait_for(lambda: any("Đã tạo kế hoạch tuyen-quang-2026" in t for t in accessible_texts(root))))
            r = self.office.dispatch(frame, "vnd.p8calc:check")
            self.assertIn("plan=tuyen-quang-2026", r.Result)
            self.assertIn("errors=0;warnings=0", r.Result)
            # The totals panel speaks of the plan's level: its title follows the commune plan.
            self.assertTrue(wait_for(lambda: "Tổng theo xã, phường" in accessible_texts(root)),
                            [t for t in accessible_texts(root) if t.startswith("Tổng")])
            time.sleep(1)
            shot = self.xvfb.screenshot(os.path.join(self.shots, "plan-panel.png"))
            self.assertGreater(os.path.getsize(shot), 10000)
        finally:
            doc.close(True)


    def test_a_workbook_with_no_p8_table_is_said_so(self):
        # A staff list (no P8 table under any plan): the check has nothing to check, and the
        # Kế hoạch panel says that, not a bare "fits no plan".
        path = os.path.join(self.tmp, "danh-sach.ods")
        doc = self.office.new_calc()
        fill_sheets(doc, [("Cán bộ", [["DANH SÁCH CÁN BỘ PHỤ TRÁCH DỰ ÁN 8"], ["TT", "Họ và tên", "Đơn vị", "Điện thoại"],
                                      ["1", "Nguyễn Thị Hoa", "Xã Minh Quang", "'0912345678"],
                                      ["2", "Hoàng Thị Lan", "Phường Minh Xuân", "'0207 3822 123"]])])
        doc.storeToURL(file_url(path), (prop("FilterName", "calc8"),))
        doc.close(True)
        doc = self.office.open(path, hidden=False)
        try:
            frame = doc.CurrentController.Frame
            root = frame.ContainerWindow.getAccessibleContext()
            self.show_deck(frame, lambda: self.make_button(root))
            r = self.office.dispatch(frame, "vnd.p8calc:check")
            self.assertIn("plan=;", r.Result + ";")
            said = wait_for(lambda: [t for t in accessible_texts(root) if "không có bảng nào của Dự án 8" in t])
            self.assertTrue(said, [t for t in accessible_texts(root) if "kế hoạch" in t.lower()][:10])
            self.assertFalse([t for t in accessible_texts(root) if "không khớp kế hoạch nào" in t])
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
