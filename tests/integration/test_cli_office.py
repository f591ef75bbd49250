"""Issue 14: one reader, one pipeline. `p8calc check` and the office give the same answer:
- a workbook checked in Calc (a warning accepted, the results sheet added) and saved, then put
  through `p8calc check`, gives exactly the office's findings: none on p8calc's results sheet,
  the accepted warning stays accepted, the document's plan (P8Plan) is used;
- the JSON of the extension's batch service on a document open in the office (XBatch.check,
  what the one-click check's pipeline computes) equals `p8calc check --format json` on every
  sample, and the one-click check's counts agree with it."""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

from office import Office, file_url, prop

BUILD = os.environ.get("P8_BUILD_DIR", "build")
SOURCE = os.environ.get("P8_SOURCE_DIR", ".")
P8CALC = os.path.join(os.path.abspath(BUILD), "p8calc")
SAMPLES = os.path.join(SOURCE, "samples")
RESULTS = "P8 Kết quả kiểm tra"
SAMPLE_FILES = sorted(f for f in os.listdir(SAMPLES) if f.endswith((".ods", ".xlsx")))


def cli_json(path, *args):
    r = subprocess.run([P8CALC, "check", path, "--format", "json", *args], capture_output=True, text=True,
                       timeout=300)
    return r.returncode, json.loads(r.stdout) if r.stdout else None, r.stderr


def summary(result):
    return dict(part.split("=", 1) for part in result.Result.split(";") if "=" in part)


class OfficeAndCommandAgree(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = Office(BUILD, "cli-office").start()
        cls.tmp = tempfile.mkdtemp(prefix="p8cliofc-")
        # p8-ham-mau.ods names a plan file relative to its folder: copies travel with it
        shutil.copytree(os.path.join(SAMPLES, "plans"), os.path.join(cls.tmp, "plans"))

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def open(self, path, read_only=False):
        doc = self.office.desktop.loadComponentFromURL(
            file_url(path), "_blank", 0, (prop("Hidden", True), prop("ReadOnly", read_only)))
        self.addCleanup(doc.close, True)
        return doc

    def office_json(self, doc, path):
        text, errors = self.office.batch().check(doc, os.path.abspath(path), "", (), 0, "json", "vi", 0)
        out = json.loads(text)
        self.assertEqual(errors, sum(1 for f in out["files"][0]["findings"] if f["severity"] == "ERROR"))
        return out

    def test_saved_after_check_gives_the_office_findings(self):
        path = os.path.join(self.tmp, "co-loi.ods")
        shutil.copy(os.path.join(SAMPLES, "bac-kan-phan-bo-co-loi.ods"), path)
        doc = self.open(path)
        sheet = doc.Sheets.getByIndex(0).Name
        frame = doc.CurrentController.Frame
        # The user accepts the hard-coded total at L13, as the sidebar's button does.
        props = doc.DocumentProperties.UserDefinedProperties
        props.addProperty("P8AcceptedWarnings", 0, f"total-hardcoded@{sheet}!L13\n")
        props.addProperty("P8Plan", 0, "bac-kan-2022")
        s = summary(self.office.dispatch(frame, "vnd.p8calc:check"))
        self.assertTrue(doc.Sheets.hasByName(RESULTS))
        saved = os.path.join(self.tmp, "da-kiem-tra.ods")
        doc.storeToURL(file_url(saved), (prop("FilterName", "calc8"),))
        office = self.office_json(doc, saved)["files"][0]
        rc, cli, err = cli_json(saved)
        self.assertEqual(rc, 1, err)
        f = cli["files"][0]
        self.assertEqual(f, office)
        self.assertEqual(f["plan"], "bac-kan-2022")
        self.assertEqual([x for x in f["findings"] if x["sheet"] == RESULTS], [])
        self.assertNotIn(("total-hardcoded", "L13"), {(x["code"], x["cell"]) for x in f["findings"]})
        counts = {sev: sum(1 for x in f["findings"] if x["severity"] == sev) for sev in ("ERROR", "WARNING", "INFO")}
        self.assertEqual((counts["ERROR"], counts["WARNING"], counts["INFO"]),
                         (int(s["errors"]), int(s["warnings"]), int(s["info"])))

    def test_the_documents_plan_is_used_over_inference(self):
        path = os.path.join(self.tmp, "ke-hoach-rieng.ods")
        doc = self.open(os.path.join(SAMPLES, "bac-kan-phan-bo-dung.ods"))
        plan = os.path.abspath(os.path.join(SAMPLES, "plans", "bac-kan-2022-example-allocation.json"))
        doc.DocumentProperties.UserDefinedProperties.addProperty("P8Plan", 0, plan)
        doc.storeToURL(file_url(path), (prop("FilterName", "calc8"),))
        rc, cli, err = cli_json(path)
        with open(plan, encoding="utf-8") as f:
            plan_id = json.load(f)["id"]
        self.assertEqual(cli["files"][0]["plan"], plan_id, err)
        rc, cli, err = cli_json(path, "--plan", "bac-kan-2022")   # --plan comes first
        self.assertEqual(cli["files"][0]["plan"], "bac-kan-2022", err)

    def test_a_relative_plan_path_is_found_while_the_document_loads(self):
        # =P8.TARGET("1";"H. Chợ Đồn";"plans/…json") is computed during the load, before the
        # document knows its URL: the plan path is still read from the document's folder.
        doc = self.open(os.path.join(SAMPLES, "p8-ham-mau.ods"))
        cell = doc.Sheets.getByName("Hàm P8").getCellRangeByName("C9")
        self.assertIn("plans/bac-kan-2022-example-allocation.json", cell.Formula)
        self.assertEqual((cell.getError(), cell.Value), (0, 54))

    def test_office_and_cli_json_are_identical_on_every_sample(self):
        self.assertGreaterEqual(len(SAMPLE_FILES), 6)
        for name in SAMPLE_FILES:
            with self.subTest(name=name):
                path = os.path.join(SAMPLES, name)
                rc, cli, err = cli_json(path)
                if cli is None or not cli["files"]:   # no plan could be told: the office says so too
                    self.assertEqual(rc, 2)
                    with self.assertRaises(Exception):
                        self.office_json(self.open(path, read_only=True), path)
                    continue
                doc = self.open(path, read_only=True)
                doc.calculateAll()
                self.assertEqual(cli, self.office_json(doc, path))
                # The one-click check of the same document: the same counts.
                copy = os.path.join(self.tmp, "oneclick-" + name)
                shutil.copy(path, copy)
                doc = self.open(copy)
                doc.calculateAll()   # as p8calc does: results of a fresh calculation, not of the load
                s = summary(self.office.dispatch(doc.CurrentController.Frame, "vnd.p8calc:check"))
                f = cli["files"][0]
                self.assertEqual(int(s["errors"]), sum(1 for x in f["findings"] if x["severity"] == "ERROR"))
                self.assertEqual(int(s["warnings"]), sum(1 for x in f["findings"] if x["severity"] == "WARNING"))


if __name__ == "__main__":
    unittest.main()
