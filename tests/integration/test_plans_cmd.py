"""`p8calc plans`: the built-in plans, and for each workbook the plan it is checked against and
why — the plan kept in the file, the file's choice, the plan its texts point to — told by the
check's own plan choice, so it agrees with `p8calc check` (asserted here on every case)."""
import json
import os
import subprocess
import unittest

from cells import store_workbook
from office_case import BUILD, SOURCE, OfficeTestCase

P8CALC = os.path.join(BUILD, "p8calc")
TUYEN_QUANG = [("Phân bổ", [
    ["UBND TỈNH TUYÊN QUANG"], ["PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 CHO CÁC XÃ, PHƯỜNG NĂM 2027"], [],
    ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giai đoạn", "Xã Minh Quang", "Xã Lâm Bình", "Tổng cộng"],
    ["1", "Tổ truyền thông cộng đồng", "tổ", 30, 15, 15, "=SUM(E5:F5)"]])]


def run(*args):
    return subprocess.run([P8CALC, *args], capture_output=True, text=True, timeout=600)


class PlansCommand(OfficeTestCase):
    office_name = "plans-cmd"

    def store(self, name, sheets, props=()):
        return store_workbook(self.office, os.path.join(self.tmp, name), sheets, props)

    def checked_plan(self, path):
        r = run("check", path, "--format", "json")
        return json.loads(r.stdout)["files"][0].get("plan") if r.stdout.strip() else None

    def test_built_in_plans_with_their_level(self):
        r = run("plans", "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        out = json.loads(r.stdout)
        self.assertEqual(out["schema_version"], 1)
        self.assertEqual(out["files"], [])
        plans = {p["id"]: p for p in out["plans"]}
        self.assertEqual(set(plans), {"bac-kan-2022", "ninh-thuan-pl02-2022", "thai-nguyen-2026"})
        self.assertEqual((plans["bac-kan-2022"]["level"], plans["bac-kan-2022"]["units"]), ("district", 8))
        self.assertEqual((plans["thai-nguyen-2026"]["level"], plans["thai-nguyen-2026"]["units"]), ("commune", 37))
        text = run("plans").stdout
        self.assertIn("thai-nguyen-2026 · Thái Nguyên · 2026-2030 · 37 xã, phường", text)

    def test_each_workbook_says_which_plan_and_why_as_the_check_does(self):
        sample = os.path.join(SOURCE, "samples", "bac-kan-phan-bo-dung.ods")
        kept = json.load(open(os.path.join(SOURCE, "plans", "ninh-thuan-pl02-2022.json"), encoding="utf-8"))
        kept["id"] = "ninh-thuan-ban-sao"
        with_kept = self.store("giu-ke-hoach.ods", TUYEN_QUANG,
                               [("P8Plan", "ninh-thuan-ban-sao"), ("P8PlanData", json.dumps(kept, ensure_ascii=False))])
        unknown = self.store("tuyen-quang.ods", TUYEN_QUANG)
        r = run("plans", sample, with_kept, unknown, "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        files = {os.path.basename(f["file"]): f for f in json.loads(r.stdout)["files"]}
        self.assertEqual(len(files), 3)

        inferred = files["bac-kan-phan-bo-dung.ods"]
        self.assertEqual((inferred["plan"], inferred["from"], inferred["kept"]), ("bac-kan-2022", "inferred", None))
        self.assertIn("Bắc Kạn", inferred["evidence_vi"])

        document = files["giu-ke-hoach.ods"]
        self.assertEqual((document["plan"], document["from"], document["kept"]),
                         ("ninh-thuan-ban-sao", "document", "ninh-thuan-ban-sao"))

        none = files["tuyen-quang.ods"]
        self.assertEqual((none["plan"], none["from"], none["inferred"]), (None, "none", None))
        self.assertTrue(none["error_vi"] and none["error_en"])
        self.assertIn("Tuyên Quang", none["evidence_vi"] + none["error_vi"])

        for name, path in (("bac-kan-phan-bo-dung.ods", sample), ("giu-ke-hoach.ods", with_kept)):
            self.assertEqual(self.checked_plan(path), files[name]["plan"], name)
        text = run("plans", unknown).stdout
        self.assertIn("p8calc plan", text)   # what to do: make a plan from the workbook
        # p8calc check of that file: its plan-unknown finding with what was seen, exit 2 (not checked)
        r = run("check", unknown, "--format", "json")
        self.assertEqual(r.returncode, 2, r.stderr)
        checked = json.loads(r.stdout)["files"][0]
        self.assertEqual([f["code"] for f in checked["findings"]], ["plan-unknown"])
        self.assertIn("Tuyên Quang", checked["findings"][0]["message_vi"])

    def test_a_template_carries_its_plan_and_a_workbook_stands_for_its_kept_plan(self):
        own = json.load(open(os.path.join(SOURCE, "plans", "bac-kan-2022.json"), encoding="utf-8"))
        own["id"] = "bac-kan-ban-rieng"
        plan_file = os.path.join(self.tmp, "bac-kan-ban-rieng.json")
        with open(plan_file, "w", encoding="utf-8") as f:
            json.dump(own, f, ensure_ascii=False)
        template = os.path.join(self.tmp, "bieu-mau.ods")
        r = run("template", "--plan", plan_file, "--out", template)
        self.assertEqual(r.returncode, 0, r.stderr)
        os.remove(plan_file)   # the province's .json stays behind; the template travels alone
        doc = self.office.open(template)
        try:
            user = doc.DocumentProperties.UserDefinedProperties
            self.assertEqual(user.getPropertyValue("P8Plan"), "bac-kan-ban-rieng")
            self.assertEqual(json.loads(user.getPropertyValue("P8PlanData"))["id"], "bac-kan-ban-rieng")
        finally:
            doc.close(True)
        self.assertEqual(self.checked_plan(template), "bac-kan-ban-rieng")
        # --plan WORKBOOK: the plan kept in it, for check and consolidate alike
        sample = os.path.join(SOURCE, "samples", "bac-kan-phan-bo-dung.ods")
        r = run("check", sample, "--plan", template, "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(json.loads(r.stdout)["files"][0]["plan"], "bac-kan-ban-rieng")
        r = run("consolidate", sample, "--plan", template, "--period", "2025", "--format", "json")
        self.assertIn(r.returncode, (0, 1), r.stderr)
        self.assertEqual(json.loads(r.stdout)["plan"], "bac-kan-ban-rieng")
        # a workbook that keeps no plan is said so, exit 2
        r = run("check", sample, "--plan", sample)
        self.assertEqual(r.returncode, 2)
        self.assertIn("không giữ kế hoạch", r.stderr)

    def test_a_file_that_cannot_be_read_is_said_and_exit_2(self):
        missing = os.path.join(self.tmp, "khong-co.ods")
        r = run("plans", missing, "--format", "json")
        self.assertEqual(r.returncode, 2)
        self.assertIn("khong-co.ods", r.stderr)
        self.assertEqual(json.loads(r.stdout)["files"], [])   # the plans are still listed
        self.assertEqual(run("plans", "--format", "xml").returncode, 2)


if __name__ == "__main__":
    unittest.main()
