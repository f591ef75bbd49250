"""Issue 16 (units that carry their history): a provincial officer of Thái Nguyên consolidates
the communes' 2026 reports with the built-in plan thai-nguyen-2026 and compares phase II with
phase I of former Bắc Kạn. Commune workbooks of our own making (typed as Excel would, each
naming its UBND) for five former districts — one of their communes sends nothing, three
districts send nothing at all — give `p8calc consolidate` a "by_former_unit" grouping whose
sums equal the sums computed here from the province's list (tests/data/thai-nguyen-xa-tu-bac-
kan.csv: commune → former district), the commune not received named in its district and every
sum of a district without a file null (never 0); the text summary and the consolidated report
show the same, and so does the office-side function the sidebar runs. A phase I plan (no
predecessors) gives no such field, section or table."""
import csv
import datetime
import json
import os
import shutil
import subprocess
import unittest

BUILD = os.path.abspath(os.environ.get("P8_BUILD_DIR", "build"))
SOURCE = os.path.abspath(os.environ.get("P8_SOURCE_DIR", "."))
P8CALC = os.path.join(BUILD, "p8calc")
TN_PLAN = "thai-nguyen-2026"
CSV = os.path.join(SOURCE, "tests", "data", "thai-nguyen-xa-tu-bac-kan.csv")
with open(os.path.join(SOURCE, "plans", "thai-nguyen-2026.json"), encoding="utf-8") as _f:
    NAMES = {i["code"]: i["name"]["vi"] for i in json.load(_f)["indicators"] if i["code"] in ("1", "7")}
UNIT_OF = {"1": "tổ", "7": "cuộc"}
SENT = ("Thành phố Bắc Kạn", "Huyện Pác Nặm", "Huyện Ba Bể", "Huyện Chợ Mới", "Huyện Bạch Thông")
NOT_SENT = "Xã Thượng Minh"   # of Ba Bể


def run(*args, timeout=900):
    return subprocess.run([P8CALC, *args], capture_output=True, text=True, timeout=timeout)


def province_list():
    """(former district, commune) in the order of the province's list."""
    with open(CSV, encoding="utf-8") as f:
        return [(r["former_district"], r["unit"]) for r in csv.DictReader(f)]


def figures(n):
    """What the n-th commune reports: indicator → (plan of the year, done this period, cumulative);
    indicator 7 only every other commune."""
    out = {"1": (n + 5, n % 4 + 1, 2 * n + 3)}
    if n % 2 == 0:
        out["7"] = (3, n % 3 + 1, n + 1)
    return out


def commune_report(path, commune, figs, year=2026):
    """A commune's report typed in Excel: the issuing UBND names the commune, then the table."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Báo cáo"
    ws.append(["UBND " + commune.upper(), None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    ws.append(["BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM %d" % year])
    ws.append(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn", "Kế hoạch năm %d" % year, "Thực hiện kỳ báo cáo",
               "Lũy kế từ đầu giai đoạn", "Ghi chú"])
    for i, (code, (plan_year, actual, cumulative)) in enumerate(figs.items(), 1):
        ws.append([i, NAMES[code], UNIT_OF[code], None, plan_year, actual, cumulative, None])
    wb.properties.modified = datetime.datetime(year, 9, 1, 8, 0)
    wb.properties.creator = "Excel"
    wb.save(path)


def district_key(name):
    """The list's "Huyện Ba Bể" is the plan's "Ba Bể"; "Thành phố Bắc Kạn" is named so in both."""
    return name[len("Huyện "):] if name.startswith("Huyện ") else name


class ConsolidateByFormerDistrict(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = os.path.join(BUILD, "consolidate-former")
        shutil.rmtree(cls.tmp, ignore_errors=True)
        box = os.path.join(cls.tmp, "nop")
        os.makedirs(box)
        cls.rows = province_list()
        # Independent sums: per former district (by the list), over the communes that sent a file.
        cls.expected = {}
        cls.sent = []
        for n, (district, commune) in enumerate(cls.rows):
            e = cls.expected.setdefault(district_key(district), {"units": [], "sent": [], "sums": {}})
            e["units"].append(commune)
            if district not in SENT or commune == NOT_SENT:
                continue
            figs = figures(n)
            commune_report(os.path.join(box, "xa-%02d.xlsx" % n), commune, figs)
            cls.sent.append(commune)
            e["sent"].append(commune)
            for code, (_, actual, cumulative) in figs.items():
                s = e["sums"].setdefault(code, [0, 0, 0])
                s[0] += actual
                s[1] += cumulative
                s[2] += 1
        cls.report = os.path.join(cls.tmp, "tong-hop-2026.xlsx")
        common = [box, "--plan", TN_PLAN, "--period", "2026", "--as-of", "2026-09-05"]
        cls.json_run = run("consolidate", *common, "--format", "json", "--out", cls.report)
        cls.out = json.loads(cls.json_run.stdout) if cls.json_run.stdout else None
        cls.text = run("consolidate", *common)
        # The same inside an office, in one call (what the sidebar's "Tổng hợp" runs).
        from office import Office
        with Office(BUILD, "consolidate-former-office") as office:
            answer, _ = office.batch().consolidateFiles((box,), TN_PLAN, 2026, "progress", "2026-09-05", "json", "vi",
                                                        (), (), 0)
            cls.in_office = json.loads(answer)
        # Phase I: one district file of Bắc Kạn 2025, a plan without predecessors.
        phase1 = os.path.join(cls.tmp, "phase1")
        os.makedirs(phase1)
        commune_report(os.path.join(phase1, "ba-be.xlsx"), "Huyện Ba Bể", {"1": (5, 4, 9)}, year=2025)
        cls.phase1 = run("consolidate", phase1, "--plan", "bac-kan-2022", "--period", "2025", "--format", "json")
        cls.phase1_text = run("consolidate", phase1, "--plan", "bac-kan-2022", "--period", "2025")

    def groups(self):
        self.assertIsNotNone(self.out, self.json_run.stderr)
        return self.out["by_former_unit"]

    def test_every_former_district_once_with_its_communes(self):
        groups = self.groups()
        self.assertEqual(len(groups), 8)
        self.assertEqual({district_key(g["name"]) for g in groups}, set(self.expected))
        names = {u["unit"]: u["name"] for u in self.out["units"]}
        for g in groups:
            e = self.expected[district_key(g["name"])]
            self.assertEqual(g["level"], "district")
            self.assertEqual(sorted(names[u] for u in g["units"]), sorted(e["units"]), g["name"])
            self.assertEqual(g["units_total"], len(e["units"]))
            self.assertEqual(g["units_received"], len(e["sent"]), g["name"])
        self.assertEqual(self.out["by_former_unit_unassigned"], [])
        self.assertEqual(self.out["by_former_unit_shared"], [])

    def test_sums_equal_the_sums_of_the_communes_by_the_province_list(self):
        for g in self.groups():
            e = self.expected[district_key(g["name"])]
            for t in g["totals"]:
                s = e["sums"].get(t["indicator"])
                with self.subTest(district=g["name"], indicator=t["indicator"]):
                    if s:
                        self.assertEqual((t["actual"], t["cumulative"], t["units_counted"]), tuple(s))
                    else:   # no commune gave it: null, never 0
                        self.assertIsNone(t["actual"])
                        self.assertIsNone(t["cumulative"])
                        self.assertEqual(t["units_counted"], 0)
                    self.assertEqual(t["units_expected"], len(e["units"]))
        # The districts' sums add up to the province's total.
        whole = next(t for t in self.out["totals"] if t["indicator"] == "1" and t["unit"] == "")
        self.assertEqual(sum(t["actual"] or 0 for g in self.groups() for t in g["totals"] if t["indicator"] == "1"),
                         whole["actual"])

    def test_a_commune_not_received_is_named_in_its_district(self):
        by_name = {u["name"]: u for u in self.out["units"]}
        ba_be = next(g for g in self.groups() if district_key(g["name"]) == "Ba Bể")
        self.assertEqual(ba_be["not_received"], [by_name[NOT_SENT]["unit"]])
        self.assertEqual(by_name[NOT_SENT]["status"], "missing")
        self.assertEqual((ba_be["units_received"], ba_be["units_total"]), (4, 5))
        t1 = next(t for t in ba_be["totals"] if t["indicator"] == "1")
        self.assertEqual((t1["units_counted"], t1["units_expected"]), (4, 5))
        # A district that sent nothing: every commune named, every sum null.
        ngan_son = next(g for g in self.groups() if district_key(g["name"]) == "Ngân Sơn")
        self.assertEqual(len(ngan_son["not_received"]), 5)
        self.assertTrue(all(t["actual"] is None for t in ngan_son["totals"]))

    def test_the_fields_before_are_unchanged(self):
        self.assertEqual(self.json_run.returncode, 0, self.json_run.stderr)
        self.assertEqual(self.out["schema_version"], 1)
        received = sorted(u["name"] for u in self.out["units"] if u["status"] == "received")
        self.assertEqual(received, sorted(self.sent))
        self.assertEqual(self.out["findings"], [])
        keys = list(self.out)
        self.assertEqual(keys[:4], ["schema_version", "plan", "period", "units"])
        self.assertGreater(keys.index("by_former_unit"), keys.index("findings"))

    def test_the_office_side_function_gives_the_same_grouping(self):
        for key in ("by_former_unit", "by_former_unit_unassigned", "by_former_unit_shared"):
            self.assertEqual(self.in_office[key], self.out[key], key)

    def test_text_summary_has_the_section(self):
        self.assertEqual(self.text.returncode, 0, self.text.stderr)
        out = self.text.stdout
        start = out.index("Tổng theo huyện cũ (trước 01/07/2025)")
        section = out[start:]
        self.assertIn("Huyện Ba Bể: đã nhận 4/5 xã, phường; chưa tính: Xã Thượng Minh (chưa nộp)", section)
        s = self.expected["Ba Bể"]["sums"]["1"]
        self.assertIn(": %d · %d (4/5) — chưa đủ đơn vị" % (s[0], s[1]), section)
        self.assertIn("Huyện Ngân Sơn: đã nhận 0/5 xã, phường", section)

    def test_consolidated_report_has_the_table(self):
        import openpyxl
        ws = openpyxl.load_workbook(self.report).active
        cells = {(c.row, c.column): c.value for row in ws.iter_rows() for c in row if c.value is not None}
        heading = next(rc for rc, v in cells.items() if v == "TỔNG HỢP THEO HUYỆN CŨ (TRƯỚC 01/07/2025)")
        status = next(rc for rc, v in cells.items() if v == "TÌNH HÌNH BÁO CÁO")
        self.assertLess(heading[0], status[0])
        head = heading[0] + 2
        cols = {v: c for (r, c), v in cells.items() if r == head}
        row1 = next(r for (r, c), v in cells.items()
                    if r > head and c == 2 and isinstance(v, str) and v.startswith("Tổ truyền thông cộng đồng"))
        for district, e in self.expected.items():
            label = district if district == "Thành phố Bắc Kạn" else "Huyện " + district
            self.assertIn(label, cols)
            got = cells.get((row1, cols[label]))
            with self.subTest(district=district):
                self.assertEqual(got, e["sums"]["1"][0] if "1" in e["sums"] else None)
        note = next(v for v in cells.values() if isinstance(v, str) and v.startswith("Chưa tính (chưa nộp"))
        self.assertIn("Huyện Ba Bể: Xã Thượng Minh;", note)

    def test_a_plan_without_predecessors_has_no_grouping(self):
        self.assertIn(self.phase1.returncode, (0, 1), self.phase1.stderr)
        out = json.loads(self.phase1.stdout)
        self.assertEqual(next(u for u in out["units"] if u["unit"] == "bk-ba-be")["status"], "received")
        for key in ("by_former_unit", "by_former_unit_unassigned", "by_former_unit_shared"):
            self.assertNotIn(key, out)
        self.assertNotIn("huyện cũ", self.phase1_text.stdout)


if __name__ == "__main__":
    unittest.main()
