"""Issue 17 (`p8calc consolidate`): the province sums the units' workbooks. Folders of our own
making, in several layouts — p8calc's template filled in (by openpyxl as Excel would, and in
Calc), district reports made by hand with openpyxl, a workbook checked in Calc (it carries
p8calc's results sheet), a password-protected file, a unit of another province, a unit named
only in the file name, two files of one unit, a late file, p8calc's own consolidated report
and the office lock files next to them — give every unit its status, the findings, and totals
that equal the sums computed here from the figures written into the files. Each file is
checked exactly as `p8calc check --plan P --year PERIOD` checks it (same JSON objects); the
office-side function (XBatch.consolidateFiles, the sidebar's) gives the same consolidation; an
office that dies mid-run costs one file (unreadable), the others are still counted."""
import json
import os
import shutil
import subprocess
import unittest

from consolidate_units import (BUILD, FIG, P8CALC, PLAN, PLAN_ID, PLAN_JSON, RECEIVED, TN_PLAN, UNITS, fill_in_calc,
                               fill_template_xlsx, hand_made, run, sha)
from office import Office, file_url, prop


class Consolidate(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = os.path.join(BUILD, "consolidate")
        shutil.rmtree(cls.tmp, ignore_errors=True)
        cls.inbox = os.path.join(cls.tmp, "nop")             # what the units sent, in subfolders
        os.makedirs(os.path.join(cls.inbox, "huyen", "na-ri"))
        tpl = os.path.join(cls.tmp, "mau")
        os.makedirs(tpl)
        for district, ext in (("Ba Bể", "xlsx"), ("Bạch Thông", "ods")):
            r = run("template", "--plan", PLAN, "--kind", "progress", "--district", district, "--period", "2025",
                    "--out", os.path.join(tpl, f"{UNITS[district]}.{ext}"))
            assert r.returncode == 0, (r.returncode, r.stdout, r.stderr)
        box = cls.inbox
        # The template, filled in by Excel; the unit is the template's reporting-unit cell.
        fill_template_xlsx(os.path.join(tpl, "bk-ba-be.xlsx"), os.path.join(box, "huyen", "bao-cao-tien-do.xlsx"),
                           FIG["bk-ba-be"], "2025-09-05T10:00:00")
        # By hand: the issuing body names the district.
        hand_made(os.path.join(box, "huyen", "cho-don.xlsx"),
                  [["UBND HUYỆN CHỢ ĐỒN", None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                   ["HỘI LHPN HUYỆN CHỢ ĐỒN"]], FIG["bk-cho-don"], "2025-09-08T16:30:00")
        # Nothing inside names the unit: only the file name does.
        hand_made(os.path.join(box, "bao-cao-ngan-son-2025.xlsx"), [["BIỂU SỐ LIỆU"]], FIG["bk-ngan-son"],
                  "2025-09-09T08:00:00", sheet="Sheet1")
        # Two files of Na Rì.
        for n in (1, 2):
            hand_made(os.path.join(box, "huyen", "na-ri", f"lan-{n}.xlsx"), [["HỘI LHPN HUYỆN NA RÌ"]],
                      FIG["bk-na-ri"], "2025-09-0%dT08:00:00" % (n + 1))
        # A district of Ninh Thuận sent here by mistake.
        hand_made(os.path.join(box, "ninh-hai.xlsx"), [["UBND TỈNH NINH THUẬN"], ["HỘI LHPN HUYỆN NINH HẢI"]],
                  {"1": (5, 5, 5)}, "2025-09-01T08:00:00")
        # Excel's owner file of an open workbook, and a note: no one's report.
        with open(os.path.join(box, "huyen", "~$cho-don.xlsx"), "wb") as f:
            f.write(b"\x0bExcel user" + b"\0" * 100)
        with open(os.path.join(box, "ghi-chu.txt"), "w") as f:
            f.write("Chợ Mới gửi sau\n")
        hand_made(os.path.join(cls.tmp, "cho-moi.xlsx"), [["HỘI LHPN HUYỆN CHỢ MỚI"]], FIG["bk-cho-moi"],
                  "2025-09-02T08:00:00")
        with Office(BUILD, "consolidate") as office:
            # Filled in Calc and saved today: after the deadline of 10/09/2025.
            fill_in_calc(office, os.path.join(tpl, "bk-bach-thong.ods"), os.path.join(box, "bach-thong.ods"),
                         FIG["bk-bach-thong"])
            # Checked in Calc (p8calc's results sheet added), then saved: still Chợ Mới's report.
            doc = office.desktop.loadComponentFromURL(file_url(os.path.join(cls.tmp, "cho-moi.xlsx")), "_blank", 0,
                                                      (prop("Hidden", True),))
            office.dispatch(doc.CurrentController.Frame, "vnd.p8calc:check")
            cls.cho_moi_has_results = doc.Sheets.hasByName("P8 Kết quả kiểm tra")
            doc.storeToURL(file_url(os.path.join(box, "cho-moi.ods")), (prop("FilterName", "calc8"),))
            doc.close(True)
            # Pác Nặm's file has a password.
            doc = office.new_calc()
            doc.Sheets.getByIndex(0).getCellByPosition(0, 0).String = "HỘI LHPN HUYỆN PÁC NẶM"
            doc.storeToURL(file_url(os.path.join(box, "pac-nam.ods")),
                           (prop("FilterName", "calc8"), prop("Password", "matkhau")))
            doc.close(True)
        cls.hashes = {os.path.join(d, f): sha(os.path.join(d, f)) for d, _, fs in os.walk(box) for f in fs}
        cls.report = os.path.join(box, "tong-hop-2025.ods")    # the province's report, in the same folder
        common = [box, "--plan", PLAN, "--period", "2025", "--as-of", "2025-09-20"]
        cls.first = run("consolidate", *common, "--format", "json", "--out", cls.report,
                        "--out", os.path.join(cls.tmp, "tong-hop.xlsx"), "--out", os.path.join(cls.tmp, "tong-hop.pdf"),
                        "--set", "issuer=HỘI LHPN TỈNH BẮC KẠN")
        # Again, with the report of the first run lying in the folder.
        cls.second = run("consolidate", *common, "--format", "json")
        cls.text = run("consolidate", *common, "--lang", "en")
        cls.out = json.loads(cls.second.stdout) if cls.second.stdout else None
        # The same inside an office, in one call (what the sidebar's "Tổng hợp" runs).
        with Office(BUILD, "consolidate-office") as office:
            text, cls.office_errors = office.batch().consolidateFiles(
                (box,), PLAN, 2025, "progress", "2025-09-20", "json", "vi", (), (), 0)
            cls.in_office = json.loads(text)
            # The province edits its report and saves it as .xlsx: still p8calc's report.
            doc = office.desktop.loadComponentFromURL(file_url(cls.report), "_blank", 0, (prop("Hidden", True),))
            doc.Sheets.getByIndex(0).getCellByPosition(0, 0).String = "UBND TỈNH BẮC KẠN (bản sửa)"
            cls.edited = os.path.join(cls.tmp, "tong-hop-da-sua.xlsx")
            doc.storeToURL(file_url(cls.edited), (prop("FilterName", "Calc MS Excel 2007 XML"),))
            doc.close(True)

    def unit(self, uid):
        return next(u for u in self.out["units"] if u["unit"] == uid)

    def total(self, code, unit=""):
        return next(t for t in self.out["totals"] if t["indicator"] == code and t["unit"] == unit)

    def findings(self, code):
        return [f for f in self.out["findings"] if f["code"] == code]

    def test_every_unit_gets_its_status(self):
        self.assertEqual(self.second.returncode, 1, self.second.stderr)
        statuses = {u["unit"]: u["status"] for u in self.out["units"]}
        self.assertEqual(statuses, {"bk-ba-be": "received", "bk-cho-don": "received", "bk-ngan-son": "received",
                                    "bk-bach-thong": "received", "bk-cho-moi": "received", "bk-na-ri": "duplicate",
                                    "bk-pac-nam": "unreadable", "bk-tp-bac-kan": "missing"}, self.second.stderr)
        self.assertEqual(self.unit("bk-tp-bac-kan")["files"], [])
        self.assertIsNone(self.unit("bk-tp-bac-kan")["evidence"])

    def test_evidence_says_how_each_file_was_attributed(self):
        self.assertEqual(self.unit("bk-ba-be")["evidence"]["kind"], "reporting-unit")
        self.assertEqual(self.unit("bk-bach-thong")["evidence"]["kind"], "reporting-unit")
        self.assertEqual(self.unit("bk-cho-don")["evidence"]["kind"], "issuer")
        self.assertEqual(self.unit("bk-ngan-son")["evidence"]["kind"], "file-name")
        self.assertEqual(self.unit("bk-pac-nam")["evidence"]["kind"], "file-name")
        self.assertTrue(self.cho_moi_has_results)
        self.assertEqual(self.unit("bk-cho-moi")["files"], [os.path.join(self.inbox, "cho-moi.ods")])

    def test_findings_name_the_files(self):
        dup = self.findings("unit-duplicate")
        self.assertEqual(len(dup), 1)
        self.assertEqual(dup[0]["severity"], "ERROR")
        self.assertEqual(sorted(dup[0]["files"]), [os.path.join(self.inbox, "huyen", "na-ri", f"lan-{n}.xlsx")
                                                   for n in (1, 2)])
        unknown = self.findings("unit-unknown")
        self.assertEqual([f["files"] for f in unknown], [[os.path.join(self.inbox, "ninh-hai.xlsx")]])
        self.assertIn("Ninh Thuận", unknown[0]["message_vi"])
        unreadable = self.findings("unit-unreadable")
        self.assertEqual([(f["unit"], f["severity"]) for f in unreadable], [("bk-pac-nam", "ERROR")])
        self.assertIn("mật khẩu", unreadable[0]["message_vi"])
        self.assertIn("password", unreadable[0]["message_en"])
        # Late: the two files saved in Calc today; Ba Bể's document says 05/09/2025 (its file's
        # own date is today: the document's date is the one that counts).
        late = self.findings("unit-late")
        self.assertEqual([(f["unit"], f["severity"], f["expected"]) for f in late],
                         [("bk-bach-thong", "INFO", "2025-09-10"), ("bk-cho-moi", "INFO", "2025-09-10")])
        self.assertTrue(self.unit("bk-bach-thong")["late"])
        self.assertFalse(self.unit("bk-ba-be")["late"])
        self.assertFalse(self.unit("bk-ngan-son")["late"])
        # The password file is named on stderr in both languages, as `p8calc check` does.
        self.assertIn("pac-nam.ods", self.second.stderr)
        self.assertIn("mật khẩu", self.second.stderr)
        self.assertIn("password-protected", self.second.stderr)

    def test_totals_are_the_sums_of_the_units_counted(self):
        for code in ("1", "4", "7"):
            with self.subTest(indicator=code):
                whole = self.total(code)
                given = [FIG[u][code] for u in RECEIVED if code in FIG[u]]
                self.assertEqual(whole["actual"], sum(g[1] for g in given))
                self.assertEqual(whole["cumulative"], sum(g[2] for g in given))
                self.assertEqual(whole["plan"], next(i["target"] for i in PLAN_JSON["indicators"] if i["code"] == code))
                self.assertEqual(whole["allocated"], sum(PLAN_JSON["allocation"][code].values()))
                self.assertEqual(whole["gap"], whole["plan"] - whole["cumulative"])
                self.assertEqual(whole["units_counted"], len(given))
                self.assertEqual(whole["units_expected"], 8)
                for u in UNITS.values():
                    line = self.total(code, u)
                    if u in RECEIVED and code in FIG[u]:
                        self.assertEqual((line["actual"], line["cumulative"]), FIG[u][code][1:])
                        self.assertEqual(line["units_counted"], 1)
                    else:   # missing, duplicated, unreadable, or no figure: null, never 0
                        self.assertIsNone(line["actual"], u)
                        self.assertIsNone(line["cumulative"], u)
                        self.assertEqual(line["units_counted"], 0)

    def test_json_shape_and_files_exactly_as_check(self):
        self.assertEqual(self.out["schema_version"], 1)
        self.assertEqual((self.out["plan"], self.out["period"]), (PLAN_ID, 2025))
        for key in ("units", "totals", "files"):
            self.assertIsInstance(self.out[key], list)
        self.assertEqual(set(self.out["units"][0]), {"unit", "name", "status", "files", "evidence", "late"})
        self.assertEqual(set(self.out["totals"][0]), {"indicator", "unit", "plan", "allocated", "actual",
                                                      "cumulative", "gap", "units_counted", "units_expected"})
        checked = [f["file"] for f in self.out["files"]]
        self.assertNotIn(self.report, checked)                  # p8calc's own report: skipped
        self.assertNotIn(os.path.join(self.inbox, "pac-nam.ods"), checked)
        r = run("check", *checked, "--plan", PLAN, "--year", "2025", "--format", "json")
        self.assertEqual(json.loads(r.stdout)["files"], self.out["files"], r.stderr)

    def test_own_outputs_lock_files_and_other_files_are_skipped(self):
        self.assertEqual(self.first.returncode, 1, self.first.stderr)
        first = json.loads(self.first.stdout)
        self.assertEqual(first["units"], self.out["units"])
        self.assertEqual(first["totals"], self.out["totals"])
        self.assertIn("tong-hop-2025.ods", self.second.stderr)
        self.assertIn("p8calc", self.second.stderr)
        paths = [f for u in self.out["units"] for f in u["files"]] + [p for f in self.out["findings"] for p in f["files"]]
        self.assertFalse([p for p in paths if "~$" in p or p.endswith(".txt") or "tong-hop" in p], paths)
        # Progress on stderr, n/N.
        self.assertIn("1/10 ", self.second.stderr)
        self.assertIn("10/10 ", self.second.stderr)

    def test_the_office_side_function_gives_the_same_consolidation(self):
        for key in ("units", "totals", "files"):
            self.assertEqual(self.in_office[key], self.out[key], key)
        self.assertEqual([(f["code"], f["unit"], f["files"]) for f in self.in_office["findings"]],
                         [(f["code"], f["unit"], f["files"]) for f in self.out["findings"]])
        self.assertEqual(self.office_errors, sum(1 for f in self.out["findings"] if f["severity"] == "ERROR") +
                         sum(1 for f in self.out["files"] for x in f["findings"] if x["severity"] == "ERROR"))

    def test_an_edited_consolidated_report_is_still_skipped(self):
        r = run("consolidate", self.edited, os.path.join(self.tmp, "tong-hop.xlsx"), "--plan", PLAN, "--period", "2025",
                "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr)    # no unit-unknown for the province's own report
        out = json.loads(r.stdout)
        self.assertEqual((out["files"], out["findings"]), ([], []))
        self.assertEqual({u["status"] for u in out["units"]}, {"missing"})
        self.assertEqual(r.stderr.count("skipped"), 2, r.stderr)

    def test_the_units_files_are_never_changed(self):
        for path, digest in self.hashes.items():
            self.assertEqual(sha(path), digest, path)

    def test_consolidated_report_written_in_every_format(self):
        import openpyxl
        ws = openpyxl.load_workbook(os.path.join(self.tmp, "tong-hop.xlsx")).active
        texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        self.assertIn("HỘI LHPN TỈNH BẮC KẠN", texts)
        self.assertIn("TÌNH HÌNH BÁO CÁO", texts)
        self.assertTrue(any("Pác Nặm" in t for t in texts))
        self.assertTrue(os.path.getsize(self.report) > 0)
        with open(os.path.join(self.tmp, "tong-hop.pdf"), "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")

    def test_text_summary_puts_the_units_to_chase_first(self):
        self.assertEqual(self.text.returncode, 1, self.text.stderr)
        out = self.text.stdout
        self.assertIn("Received 5/8", out)
        chase, units = out.index("Chase first:"), out.index("Units:")
        self.assertLess(chase, units)
        for name in ("Na Rì", "Pác Nặm", "ninh-hai.xlsx", "Thành phố Bắc Kạn"):
            self.assertIn(name, out[chase:units])

    def test_bad_arguments_and_plans_exit_2(self):
        box = self.inbox
        for args in ([box, "--period", "2025"],                                  # no plan
                     [box, "--plan", PLAN],                                      # no period
                     [box, "--plan", "khong-co-ke-hoach", "--period", "2025"],   # unknown plan
                     [os.path.join(box, "khong-co"), "--plan", PLAN, "--period", "2025"],
                     [box, "--plan", PLAN, "--period", "2025", "--as-of", "20/09/2025"],
                     [box, "--plan", PLAN, "--period", "2025", "--out", os.path.join(self.tmp, "x.docx")],
                     [box, "--plan", PLAN, "--period", "2025", "--kind", "allocation"]):
            with self.subTest(args=args[1:]):
                r = run("consolidate", *args)
                self.assertEqual(r.returncode, 2, r.stderr)
                self.assertTrue(r.stderr.strip())
                self.assertEqual(r.stdout, "")
        # An --out that is a unit's workbook is never overwritten.
        target = os.path.join(box, "huyen", "cho-don.xlsx")
        r = run("consolidate", box, "--plan", PLAN, "--period", "2025", "--out", target)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertEqual(sha(target), self.hashes[target])


def office_of(pid):
    """The soffice.bin processes that descend from pid."""
    parent, comm = {}, {}
    for p in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{p}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        comm[int(p)] = stat[stat.index("(") + 1:stat.rindex(")")]
        parent[int(p)] = int(stat[stat.rindex(")") + 2:].split()[1])
    found = []
    for p, name in comm.items():
        q = p
        while name == "soffice.bin" and q in parent and q > 1:
            q = parent[q]
            if q == pid:
                found.append(p)
                break
    return found


class ConsolidateThroughACrash(unittest.TestCase):
    def test_an_office_crash_makes_one_file_unreadable_and_the_rest_is_counted(self):
        import signal
        tmp = os.path.join(BUILD, "consolidate-crash")
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        for name, uid in UNITS.items():
            body = name.upper() if name.startswith("Thành phố") else "HUYỆN " + name.upper()
            hand_made(os.path.join(tmp, f"{uid}.xlsx"), [[f"HỘI LHPN {body}"]], {"1": (5, 4, 9)},
                      "2025-09-01T08:00:00")
        proc = subprocess.Popen([P8CALC, "consolidate", tmp, "--plan", PLAN, "--period", "2025", "--format", "json",
                                 "--lang", "en"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        err = []
        killed = False
        for line in proc.stderr:
            err.append(line)
            if " 4/8 " in line:
                for pid in office_of(proc.pid):
                    os.kill(pid, signal.SIGKILL)   # soffice.bin dies as in a crash, on file 4 or 5
                    killed = True
                break
        out, rest = proc.communicate(timeout=300)
        err = "".join(err) + rest
        self.assertTrue(killed)
        self.assertEqual(proc.returncode, 1, err)
        self.assertIn("LibreOffice stopped unexpectedly", err)
        result = json.loads(out)
        statuses = sorted(u["status"] for u in result["units"])
        self.assertEqual(statuses, ["received"] * 7 + ["unreadable"], err)
        lost = [f for f in result["findings"] if f["code"] == "unit-unreadable"]
        self.assertEqual(len(lost), 1)
        self.assertIn("stopped unexpectedly", lost[0]["message_en"])
        self.assertIn(os.path.basename(lost[0]["files"][0]), err)
        whole = next(t for t in result["totals"] if t["indicator"] == "1" and t["unit"] == "")
        self.assertEqual((whole["actual"], whole["units_counted"]), (4 * 7, 7))


class ConsolidateCommunes(unittest.TestCase):
    """The commune plan (Thái Nguyên since 1 July 2025): a flat folder with the template for a
    commune, a commune's report naming its UBND, one named by its sheet; the rest missing."""

    def test_commune_layouts(self):
        tmp = os.path.join(BUILD, "consolidate-xa")
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        tpl = os.path.join(tmp, "mau.xlsx")
        r = run("template", "--plan", TN_PLAN, "--kind", "progress", "--district", "Bằng Vân", "--period", "2026",
                "--out", tpl)
        self.assertEqual(r.returncode, 0, r.stderr)
        fill_template_xlsx(tpl, os.path.join(tmp, "xa-1.xlsx"), {"1": (4, 3, 9)}, "2026-09-01T08:00:00")
        hand_made(os.path.join(tmp, "xa-2.xlsx"), [["UBND XÃ CHỢ RÃ"]], {"1": (5, 2, 7)}, "2026-09-03T08:00:00")
        hand_made(os.path.join(tmp, "xa-3.xlsx"), [["BIỂU SỐ LIỆU"]], {"1": (6, 6, 6)}, "2026-09-04T08:00:00",
                  sheet="Phường Đức Xuân")
        os.remove(tpl)
        r = run("consolidate", tmp, "--plan", TN_PLAN, "--period", "2026", "--format", "json")
        self.assertIn(r.returncode, (0, 1), r.stderr)
        out = json.loads(r.stdout)
        got = {u["unit"]: (u["status"], u["evidence"]["kind"]) for u in out["units"] if u["status"] != "missing"}
        self.assertEqual(got, {"tn-bang-van": ("received", "reporting-unit"), "tn-cho-ra": ("received", "issuer"),
                               "tn-duc-xuan": ("received", "sheet-name")}, r.stderr)
        whole = next(t for t in out["totals"] if t["indicator"] == "1" and t["unit"] == "")
        self.assertEqual((whole["actual"], whole["cumulative"], whole["units_counted"]), (3 + 2 + 6, 9 + 7 + 6, 3))
        self.assertEqual(whole["units_expected"], len(out["units"]))
        self.assertGreater(len(out["units"]), 30)
        self.assertEqual(out["findings"], [], r.stderr)   # correct files on time: no finding at all
        self.assertEqual(r.returncode, 0, r.stderr)


if __name__ == "__main__":
    unittest.main()
