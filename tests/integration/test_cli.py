"""Issue 6 (headless part): `p8calc check` through a real office — no false alarm on the
correct samples (ODS and Excel-made XLSX), planted errors found at their cells, the JSON
contract, exit codes, unreadable/empty/corrupt files. Also: user cells are never changed."""
import hashlib
import json
import os
import subprocess
import unittest

BUILD = os.environ.get("P8_BUILD_DIR", "build")
SOURCE = os.environ.get("P8_SOURCE_DIR", ".")
P8CALC = os.path.join(BUILD, "p8calc")
SAMPLES = os.path.join(SOURCE, "samples")


def run(*args):
    return subprocess.run([P8CALC, "check", *args], capture_output=True, text=True, timeout=300)


def sample(name):
    return os.path.join(SAMPLES, name)


class CheckCommand(unittest.TestCase):
    def test_correct_allocation_has_no_error_or_warning(self):
        for name in ("bac-kan-phan-bo-dung.ods", "bac-kan-phan-bo-dung.xlsx"):
            with self.subTest(name=name):
                r = run(sample(name), "--format", "json")
                self.assertEqual(r.returncode, 0, r.stderr)
                out = json.loads(r.stdout)
                self.assertEqual(out["schema_version"], 1)
                f = out["files"][0]
                self.assertEqual(f["plan"], "bac-kan-2022")   # inferred from the sheet
                self.assertEqual(f["tables"], [{"sheet": "Phân bổ", "range": "A4:L16",
                                                "kind": "allocation"}])
                self.assertEqual([x for x in f["findings"] if x["severity"] != "INFO"], [])
                prov = [t for t in f["totals"] if t["indicator"] == "1" and t["district"] == ""]
                self.assertEqual(prov[0]["plan"], 380)
                self.assertEqual(prov[0]["gap"], 0)

    def test_planted_errors_found_at_their_cells(self):
        for name in ("bac-kan-phan-bo-co-loi.ods", "bac-kan-phan-bo-co-loi.xlsx"):
            with self.subTest(name=name):
                r = run(sample(name), "--format", "json", "--plan", "bac-kan-2022")
                self.assertEqual(r.returncode, 1)
                found = {(x["code"], x["cell"]) for x in json.loads(r.stdout)["files"][0]["findings"]}
                for want in [("sum-mismatch", "L6"), ("allocation-over", "L7"), ("cell-error", "E8"),
                             ("value-text-number", "F9"), ("value-not-number", "G10"),
                             ("value-negative", "H11"), ("value-not-integer", "I12"),
                             ("total-hardcoded", "L13")]:
                    self.assertIn(want, found)

    def test_appendix_like_the_seed(self):
        r = run(sample("ninh-thuan-phu-luc-02.ods"), "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)
        f = json.loads(r.stdout)["files"][0]
        self.assertEqual(f["plan"], "ninh-thuan-pl02-2022")
        self.assertEqual(f["tables"][0]["kind"], "appendix")
        empty = sorted(x["cell"] for x in f["findings"] if x["code"] == "target-empty")
        self.assertEqual(empty, ["C42", "C46"])   # the two empty targets of appendix 02

    def test_text_output_and_language(self):
        r = run(sample("bac-kan-phan-bo-co-loi.ods"), "--lang", "en")
        self.assertEqual(r.returncode, 1)
        self.assertIn("sum-mismatch", r.stdout)
        self.assertIn("errors", r.stdout)

    def test_bad_files_and_arguments_exit_2_naming_the_file(self):
        tmp = os.path.join(BUILD, "cli-bad")
        os.makedirs(tmp, exist_ok=True)
        empty = os.path.join(tmp, "rong.ods")
        open(empty, "w").close()
        corrupt = os.path.join(tmp, "hong.xlsx")
        with open(corrupt, "wb") as f:
            f.write(b"PK\x03\x04 this is not a workbook" * 10)
        for path in (os.path.join(tmp, "khong-co.ods"), empty, corrupt):
            with self.subTest(path=path):
                r = run(path)
                self.assertEqual(r.returncode, 2)
                self.assertIn(os.path.basename(path), r.stderr)
        r = run(sample("bac-kan-phan-bo-dung.ods"), "--plan", "/nonexistent/plan.json")
        self.assertEqual(r.returncode, 2)
        self.assertIn("plan.json", r.stderr)

    def test_user_cells_are_never_modified(self):
        path = sample("bac-kan-phan-bo-co-loi.ods")
        before = hashlib.sha256(open(path, "rb").read()).hexdigest()
        run(path)
        self.assertEqual(before, hashlib.sha256(open(path, "rb").read()).hexdigest())


if __name__ == "__main__":
    unittest.main()
