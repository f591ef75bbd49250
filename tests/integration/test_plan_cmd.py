"""Issue 16 (`p8calc plan`): a plan made from a workbook of the province's own sheets — an
indicator sheet and an allocation by commune — written as a plan file next to it, with the
review printed; then that plan file checks a commune workbook. Bad input exits 2 naming the
file. The plan workbook itself is never changed."""
import hashlib
import json
import os
import shutil
import subprocess
import unittest

from cells import store_workbook
from office import Office

BUILD = os.environ.get("P8_BUILD_DIR", "build")
P8CALC = os.path.join(BUILD, "p8calc")

INDICATORS = [
    ["UBND TỈNH THÁI NGUYÊN"],
    ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 TỈNH THÁI NGUYÊN GIAI ĐOẠN 2026 - 2030"],
    [],
    ["STT", "Tên chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn"],
    ["1", "Tổ truyền thông cộng đồng được thành lập và duy trì", "tổ", 60],
    ["2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", 10],
    ["3", "Hỗ trợ xây dựng mô hình sinh kế", "mô hình", "Cấp tỉnh chủ động bố trí theo nguồn vốn"],
]
UNITS = ["Xã Ba Bể", "Xã Bằng Vân", "Phường Đức Xuân", "Xã Chợ Rã"]


def allocation(second=(3, 3, 2, 2)):
    return [
        ["PHÂN BỔ CHỈ TIÊU CHO CÁC XÃ, PHƯỜNG"],
        [],
        ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn", *UNITS, "Tổng cộng"],
        ["1", "Tổ truyền thông cộng đồng", "tổ", 60, 15, 15, 15, 15, "=SUM(E4:H4)"],
        ["2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", 10, *second, "=SUM(E5:H5)"],
    ]


# The same plan written by hand, as plans/README.md documents the schema.
HAND_PLAN = {
    "schema_version": 1, "id": "tn-tay", "title": {"vi": "Kế hoạch Dự án 8 tỉnh Thái Nguyên 2026-2030"},
    "province": "Thái Nguyên", "phase": "2026-2030", "start_year": 2026, "end_year": 2030,
    "reporting_level": "commune",
    "indicators": [
        {"code": "1", "name": {"vi": "Tổ truyền thông cộng đồng được thành lập và duy trì"}, "unit": "tổ", "target": 60},
        {"code": "2", "name": {"vi": "Địa chỉ tin cậy cộng đồng"}, "unit": "địa chỉ", "target": 10},
        {"code": "3", "name": {"vi": "Hỗ trợ xây dựng mô hình sinh kế"}, "unit": "mô hình",
         "target_text": "Cấp tỉnh chủ động bố trí theo nguồn vốn"},
    ],
    "org_units": [{"id": "tn", "name": "Thái Nguyên", "level": "province"}] + [
        {"id": i, "name": n, "level": "commune", "parent": "tn"}
        for i, n in zip(["ba-be", "bang-van", "duc-xuan", "cho-ra"], UNITS)],
    "allocation": {"1": {"ba-be": 15, "bang-van": 15, "duc-xuan": 15, "cho-ra": 15},
                   "2": {"ba-be": 3, "bang-van": 3, "duc-xuan": 2, "cho-ra": 2}},
}


def findings(out):
    return sorted((x["code"], x["severity"], x["sheet"], x["cell"]) for x in json.loads(out)["files"][0]["findings"])


def plan(*args):
    return subprocess.run([P8CALC, "plan", *args], capture_output=True, text=True, timeout=300)


def check(*args):
    return subprocess.run([P8CALC, "check", *args], capture_output=True, text=True, timeout=300)


class PlanCommand(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = os.path.abspath(os.path.join(BUILD, "plan-cmd"))
        shutil.rmtree(cls.tmp, ignore_errors=True)
        os.makedirs(cls.tmp)
        with Office(BUILD, "plan-cmd") as office:
            cls.workbook = cls.store(office, "thai-nguyen-ke-hoach.ods",
                                     [("Chỉ tiêu", INDICATORS), ("Phân bổ", allocation())])
            cls.commune_ok = cls.store(office, "xa-dung.ods", [("Phân bổ", allocation())])
            cls.commune_bad = cls.store(office, "xa-co-loi.ods", [("Phân bổ", allocation((3, 3, 2, 5)))])
            cls.empty = cls.store(office, "khong-phai-ke-hoach.ods", [("Ghi chú", [["Ghi chú họp"], ["Chợ Đồn"]])])

    @classmethod
    def store(cls, office, name, sheets):
        return store_workbook(office, os.path.join(cls.tmp, name), sheets)

    def test_plan_from_sheets_then_check_a_commune_workbook(self):
        before = hashlib.sha256(open(self.workbook, "rb").read()).hexdigest()
        r = plan(self.workbook, "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        review = json.loads(r.stdout)
        self.assertTrue(review["usable"])
        self.assertEqual(review["plan_id"], "thai-nguyen-2026")
        codes = {(i["code"], i["sheet"], i["cell"]) for i in review["review"] if i["kind"] == "problem"}
        self.assertIn(("target-not-number", "Chỉ tiêu", "D7"), codes)   # the qualitative target
        self.assertEqual(before, hashlib.sha256(open(self.workbook, "rb").read()).hexdigest())
        # Written next to the workbook, as <plan id>.json.
        written = os.path.join(self.tmp, "thai-nguyen-2026.json")
        with open(written, encoding="utf-8") as f:
            p = json.load(f)
        self.assertEqual(p["id"], "thai-nguyen-2026")
        self.assertEqual(p["province"], "Thái Nguyên")
        self.assertEqual(p["phase"], "2026-2030")
        self.assertEqual([u["id"] for u in p["org_units"] if u.get("level") != "province"],
                         ["ba-be", "bang-van", "duc-xuan", "cho-ra"])
        targets = {i["code"]: i.get("target") for i in p["indicators"]}
        self.assertEqual(targets["1"], 60)
        self.assertEqual(targets["2"], 10)
        self.assertIsNone(targets.get("3"))
        self.assertEqual(p["allocation"]["1"]["bang-van"], 15)
        self.assertEqual(p["allocation"]["2"]["cho-ra"], 2)

        # That plan checks a commune workbook: the correct one has no ERROR or WARNING…
        r = check(self.commune_ok, "--plan", written, "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        f = json.loads(r.stdout)["files"][0]
        self.assertEqual(f["plan"], "thai-nguyen-2026")
        self.assertEqual(f["tables"][0]["kind"], "allocation")
        self.assertEqual([x for x in f["findings"] if x["severity"] in ("ERROR", "WARNING")], [])
        # …and one allocating 12 of indicator 2's 10 is caught at its row.
        r = check(self.commune_bad, "--plan", written, "--format", "json")
        self.assertEqual(r.returncode, 1, r.stderr + r.stdout)
        bad = [x for x in json.loads(r.stdout)["files"][0]["findings"] if x["severity"] == "ERROR"]
        self.assertTrue(bad)
        self.assertTrue(all(x["cell"].endswith("5") for x in bad), bad)
        # The same findings as with a hand-written plan of the same content, for both workbooks.
        hand = os.path.join(self.tmp, "tay.json")
        with open(hand, "w", encoding="utf-8") as f:
            json.dump(HAND_PLAN, f, ensure_ascii=False)
        for workbook in (self.commune_ok, self.commune_bad):
            with self.subTest(workbook=os.path.basename(workbook)):
                made = check(workbook, "--plan", written, "--format", "json")
                by_hand = check(workbook, "--plan", hand, "--format", "json")
                self.assertEqual(by_hand.returncode, made.returncode, by_hand.stderr)
                self.assertEqual(findings(by_hand.stdout), findings(made.stdout))

    def test_text_review_options_and_out(self):
        out = os.path.join(self.tmp, "rieng.json")
        r = plan(self.workbook, "--out", out, "--id", "tn-thu", "--lang", "en")
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        self.assertIn("Plan written: " + out, r.stdout)
        self.assertIn("target-not-number @ Chỉ tiêu!D7", r.stdout)
        with open(out, encoding="utf-8") as f:
            self.assertEqual(json.load(f)["id"], "tn-thu")
        r = plan(self.workbook, "--out", os.path.join(self.tmp, "x.json"), "--id", "tn-vi")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Đã ghi kế hoạch", r.stdout)

    def test_bad_input_exit_2_naming_the_file(self):
        r = plan(self.empty)
        self.assertEqual(r.returncode, 2, r.stdout)
        self.assertIn("khong-phai-ke-hoach.ods", r.stderr)
        self.assertIn("khong-phai-ke-hoach.ods", r.stdout)   # the review says why
        self.assertEqual([n for n in os.listdir(self.tmp) if n.startswith("khong")], ["khong-phai-ke-hoach.ods"])
        r = plan(self.empty, "--format", "json")
        self.assertEqual(r.returncode, 2)
        review = json.loads(r.stdout)
        self.assertFalse(review["usable"])
        self.assertIn("khong-phai-ke-hoach.ods", review["error"]["en"])
        for args in ([os.path.join(self.tmp, "khong-co.ods")], [self.workbook, "--out", "ke-hoach.txt"], []):
            with self.subTest(args=args):
                r = plan(*args)
                self.assertEqual(r.returncode, 2)
                if args:
                    self.assertIn(os.path.basename(args[-1]), r.stderr)


if __name__ == "__main__":
    unittest.main()
