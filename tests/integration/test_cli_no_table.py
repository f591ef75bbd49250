"""Issue 15, "a sheet that is no P8 table gives nothing": a workbook checked without --plan
whose names fit more than one plan but in which no plan finds a table (the list of Thái
Nguyên's communes with their former Bắc Kạn districts, a staff list of those communes) has
nothing to check — `p8calc check` exits 0 with INFO at most, no plan-unknown; a workbook with
a Project 8 table whose plan cannot be told (Tuyên Quang) keeps its plan-unknown WARNING and
exit 2. The one-click check (vnd.p8calc:check) of the same sheets gives the same answer."""
import json
import os
import shutil
import subprocess

from cells import fill_sheets
from office import file_url, prop
from office_case import BUILD, SOURCE, OfficeTestCase

P8CALC = os.path.join(BUILD, "p8calc")
CSV = os.path.join(SOURCE, "tests", "data", "thai-nguyen-xa-tu-bac-kan.csv")


def communes():
    with open(CSV, encoding="utf-8") as f:
        next(f)
        return [line.strip().split(",")[:2] for line in f]


STAFF = [["DANH SÁCH CÁN BỘ PHỤ TRÁCH DỰ ÁN 8 Ở CÁC XÃ, PHƯỜNG"], [],
         ["TT", "Họ và tên", "Chức vụ", "Xã, phường", "Huyện cũ", "Điện thoại"]] + [
    [i + 1, name, "Cán bộ", unit, district, f"0912 345 {600 + i}"]
    for i, ((district, unit), name) in enumerate(zip(communes()[:6], ["Hoàng Thị Lan", "Nông Thị Hoa", "Lường Thị Mai",
                                                                      "Triệu Thị Hằng", "Ma Thị Thu", "Lý Thị Nga"]))]
TUYEN_QUANG = [
    ["UBND TỈNH TUYÊN QUANG"], ["PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 CHO CÁC XÃ, PHƯỜNG NĂM 2027"], [],
    ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn", "Xã Minh Quang", "Xã Lâm Bình", "Tổng cộng"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 30, 15, 15, "=SUM(E5:F5)"]]


def check(*paths):
    r = subprocess.run([P8CALC, "check", *paths, "--format", "json"], capture_output=True, text=True, timeout=600)
    return r, {os.path.basename(f["file"]): f for f in json.loads(r.stdout)["files"]} if r.stdout.strip() else {}


def summary(result):
    return dict(part.split("=", 1) for part in result.Result.split(";") if "=" in part)


class NoTable(OfficeTestCase):
    office_name = "cli-no-table"

    def store(self, name, sheets):
        doc = self.office.new_calc()
        try:
            fill_sheets(doc, sheets)
            path = os.path.join(self.tmp, name)
            doc.storeToURL(file_url(path), (prop("FilterName", "calc8"),))
            return path
        finally:
            doc.close(True)

    def one_click(self, path):
        doc = self.office.open(path)
        self.addCleanup(doc.close, True)
        r = self.office.dispatch(doc.CurrentController.Frame, "vnd.p8calc:check")
        self.assertEqual(r.State, 1, r.Result)
        return summary(r)

    def test_no_p8_table_gives_nothing_in_the_cli_and_the_one_click(self):
        listing = os.path.join(self.tmp, "xa-phuong.csv")
        shutil.copy(CSV, listing)
        staff = self.store("can-bo-xa.ods", [("Cán bộ", STAFF)])
        r, files = check(listing, staff)
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        self.assertEqual(set(files), {"xa-phuong.csv", "can-bo-xa.ods"})
        for name, f in files.items():
            self.assertEqual(f["plan"], "", name)
            self.assertEqual(f["tables"], [], name)
            self.assertEqual([(x["code"], x["severity"]) for x in f["findings"]], [("table-not-found", "INFO")], name)
            self.assertIn("--plan", f["findings"][0]["message_en"])
            self.assertTrue(f["plan_evidence"]["message_en"], name)   # what was seen, still said
        text = subprocess.run([P8CALC, "check", listing], capture_output=True, text=True, timeout=600)
        self.assertEqual(text.returncode, 0, text.stderr)
        self.assertNotIn("plan-unknown", text.stdout)
        # The one-click check of the same workbook: the same answer, no failure instead of counts.
        s = self.one_click(staff)
        self.assertEqual((s["errors"], s["warnings"], s["info"], s["plan"]), ("0", "0", "1", ""), s)
        self.assertNotIn("error", s)

    def test_a_p8_table_of_a_province_without_plan_stays_plan_unknown(self):
        unknown = self.store("tuyen-quang.ods", [("Phân bổ", TUYEN_QUANG)])
        r, files = check(unknown)
        self.assertEqual(r.returncode, 2, r.stderr)
        f = files["tuyen-quang.ods"]
        self.assertEqual([(x["code"], x["severity"]) for x in f["findings"]], [("plan-unknown", "WARNING")])
        self.assertIn("Tuyên Quang", f["findings"][0]["message_vi"])
        s = self.one_click(unknown)
        self.assertEqual((s["errors"], s["warnings"], s["plan"]), ("0", "1", ""), s)
        self.assertIn("Tuyên Quang", s["error"])
