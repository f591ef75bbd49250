"""Issue 13 items 3, 7, 9, 10, 11 for `p8calc check`: hostile plan paths (/dev/zero, a FIFO)
fail fast with a clear message; a file is recalculated before it is read (a stale cached total
in an xlsx is not trusted); a truncated sheet is reported as damaged (file-damaged), never
checked as partial; control characters from cells are escaped in the text output; a CSV is
read as Calc's default import would; an option-like file name, a corrupt xlsx and a
document that is no spreadsheet get their own clear messages, never a source location; a
linked image on a web server is never fetched."""
import http.server
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
import unittest
import zipfile

from office import Office, file_url, prop

BUILD = os.environ.get("P8_BUILD_DIR", "build")
SOURCE = os.environ.get("P8_SOURCE_DIR", ".")
P8CALC = os.path.join(BUILD, "p8calc")
SAMPLES = os.path.join(SOURCE, "samples")
GOOD_XLSX = os.path.join(SAMPLES, "bac-kan-phan-bo-dung.xlsx")
GOOD_ODS = os.path.join(SAMPLES, "bac-kan-phan-bo-dung.ods")


def run(*args, timeout=300, cwd=None):
    return subprocess.run([P8CALC, "check", *args], capture_output=True, text=True, timeout=timeout, cwd=cwd)


def rewrite_zip(src, dst, change):
    """A copy of the zip `src` whose members go through change(name, bytes) → bytes."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, change(item.filename, zin.read(item.filename)))
    return dst


def no_source_location(test, text):
    for marker in (".cxx", ".hxx", ".cpp", "crefl", "illegal object"):
        test.assertNotIn(marker, text)


class HostileInput(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="p8hard-")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def path(self, name):
        return os.path.join(self.tmp, name)

    def test_dev_zero_and_a_fifo_as_plan_or_layout_fail_fast_and_clearly(self):
        fifo = self.path("plan.fifo")
        os.mkfifo(fifo)
        for plan in ("/dev/zero", fifo):
            with self.subTest(plan=plan):
                start = time.monotonic()
                r = run(GOOD_ODS, "--plan", plan, timeout=120)
                self.assertLess(time.monotonic() - start, 60)
                self.assertEqual(r.returncode, 2)
                self.assertIn(plan, r.stderr)
                self.assertIn("regular file", run(GOOD_ODS, "--plan", plan, "--lang", "en").stderr)
                self.assertEqual(r.stdout, "")
                no_source_location(self, r.stderr)
                r = subprocess.run([P8CALC, "template", "--plan", "bac-kan-2022", "--layout", plan, "--out",
                                    self.path("mau.ods")], capture_output=True, text=True, timeout=120)
                self.assertEqual(r.returncode, 2)
                self.assertIn("regular file", r.stderr)
                self.assertFalse(os.path.exists(self.path("mau.ods")))

    def test_a_plan_file_over_the_limit_says_the_limit(self):
        big = self.path("big-plan.json")
        with open(big, "wb") as f:
            f.truncate(9 << 20)
        r = run(GOOD_ODS, "--plan", big, "--lang", "en")
        self.assertEqual(r.returncode, 2)
        self.assertIn("8 MB", r.stderr)

    def test_a_stale_cached_total_is_recalculated(self):
        # L6 holds =SUM(D6:K6)+10 with the cached value of SUM(D6:K6): only a recalculation
        # shows that the total is wrong.
        stale = rewrite_zip(GOOD_XLSX, self.path("stale.xlsx"), lambda n, b: b.replace(
            b"<f aca=\"false\">SUM(D6:K6)</f>", b"<f aca=\"false\">SUM(D6:K6)+10</f>")
            if n == "xl/worksheets/sheet1.xml" else b)
        r = run(stale, "--format", "json")
        self.assertEqual(r.returncode, 1, r.stderr)
        found = {(f["code"], f["cell"]) for f in json.loads(r.stdout)["files"][0]["findings"]}
        self.assertIn(("sum-mismatch", "L6"), found)

    def test_a_truncated_sheet_is_reported_as_damaged(self):
        # A well-formed package whose sheet XML is cut in half: LibreOffice loads what it can of
        # the xlsx without a word (p8calc reports file-damaged instead of checking half a
        # sheet) and refuses the ods (p8calc says it is damaged).
        for name, part in (("bac-kan-phan-bo-co-loi.xlsx", "xl/worksheets/sheet1.xml"),
                           ("bac-kan-phan-bo-co-loi.ods", "content.xml")):
            with self.subTest(name=name):
                def cut(member, data):
                    return data[: len(data) // 2] if member == part else data
                broken = rewrite_zip(os.path.join(SAMPLES, name), self.path("cut-" + name), cut)
                r = run(broken, "--format", "json")
                if name.endswith(".ods"):   # LibreOffice refuses this one: cannot open, said as damaged
                    self.assertEqual(r.returncode, 2, r.stderr)
                    self.assertIn("cut-" + name, r.stderr)
                    self.assertTrue("hỏng" in r.stderr and "damaged" in r.stderr, r.stderr)
                    continue
                self.assertEqual(r.returncode, 1, r.stderr)
                findings = json.loads(r.stdout)["files"][0]["findings"]
                self.assertEqual([(f["code"], f["severity"]) for f in findings], [("file-damaged", "ERROR")])
                self.assertIn("damaged", findings[0]["message_en"])
                text = run(broken).stdout
                self.assertIn("file-damaged", text)
                self.assertIn("hỏng", text)

    def test_a_corrupt_xlsx_is_called_damaged_naming_the_file(self):
        corrupt = self.path("hong.xlsx")
        with open(GOOD_XLSX, "rb") as f:
            data = f.read()
        with open(corrupt, "wb") as f:
            f.write(data[: len(data) // 3])
        r = run(corrupt)
        self.assertEqual(r.returncode, 2)
        self.assertIn("hong.xlsx", r.stderr)
        self.assertTrue("hỏng" in r.stderr and "damaged" in r.stderr, r.stderr)
        no_source_location(self, r.stderr)

    def test_control_characters_from_cells_are_escaped_in_text(self):
        # xlsx carries control characters as _xHHHH_ escapes (XML 1.0 itself cannot): ESC, BEL,
        # NUL and the C1 control CSI in the text of a number cell (G10, value-not-number).
        def poison(name, data):
            if name != "xl/sharedStrings.xml":
                return data
            return data.replace("chưa có".encode(), "chưa_x001B_[2J_x0007__x0000_\u009bcó".encode(), 1)
        path = rewrite_zip(os.path.join(SAMPLES, "bac-kan-phan-bo-co-loi.xlsx"), self.path("escape.xlsx"), poison)
        r = run(path, "--lang", "en")
        self.assertEqual(r.returncode, 1, r.stderr)
        for raw in ("\x1b", "\x07", "\x00", "\x9b"):
            self.assertNotIn(raw, r.stdout)
        self.assertIn("\\x1b[2J", r.stdout)
        self.assertIn("\\x07", r.stdout)
        self.assertIn("\\u009b", r.stdout)
        j = json.loads(run(path, "--format", "json").stdout)   # JSON escapes them its own way
        g10 = [f for f in j["files"][0]["findings"] if f["cell"] == "G10"]
        self.assertTrue(g10 and "\x1b" in g10[0]["actual"], g10)

    def test_csv_is_read_as_calc_imports_it(self):
        with Office(BUILD, "hard-csv") as office:
            doc = office.desktop.loadComponentFromURL(file_url(GOOD_ODS), "_blank", 0, (prop("Hidden", True),))
            csv = self.path("phan-bo.csv")
            doc.storeToURL(file_url(csv), (prop("FilterName", "Text - txt - csv (StarCalc)"),
                                           prop("FilterOptions", "44,34,76,1")))
            doc.close(True)
        r = run(csv, "--format", "json")
        self.assertIn(r.returncode, (0, 1), r.stderr)
        f = json.loads(r.stdout)["files"][0]
        self.assertEqual(f["plan"], "bac-kan-2022")
        self.assertEqual([t["kind"] for t in f["tables"]], ["allocation"])
        self.assertEqual([x for x in f["findings"] if x["severity"] == "ERROR"], [])

    def test_many_files_are_printed_as_they_come_and_memory_stays_flat(self):
        # Issue 13 item 12: one command over N files holds one result at a time.
        count = 150
        proc = subprocess.Popen([P8CALC, "check", "--format", "json"] + [GOOD_ODS] * count,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.addCleanup(proc.stdout.close)
        out, rss = b"", {}
        while True:
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                break
            out += chunk
            done = out.count(b'{"file":')
            for mark in (20, count - 10):
                if done >= mark and mark not in rss and proc.poll() is None:
                    with open(f"/proc/{proc.pid}/status") as f:
                        rss[mark] = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
        proc.wait(timeout=60)
        self.assertEqual(proc.returncode, 0)
        self.assertEqual(len(json.loads(out)["files"]), count)
        self.assertEqual(set(rss), {20, count - 10}, "results came all at the end, not one by one")
        self.assertLess(rss[count - 10] - rss[20], 8 * 1024, rss)   # kB: no growth with the files

    def test_an_option_like_file_name_is_refused_clearly(self):
        shutil.copy(GOOD_ODS, self.path("-bao.ods"))
        r = run("-bao.ods", cwd=self.tmp)
        self.assertEqual(r.returncode, 2)
        self.assertIn("-bao.ods", r.stderr)
        self.assertIn("./-bao.ods", r.stderr)
        self.assertEqual(run("--", "-bao.ods", cwd=self.tmp).returncode, 0)
        self.assertEqual(run("./-bao.ods", cwd=self.tmp).returncode, 0)
        r = run()
        self.assertEqual(r.returncode, 2)
        self.assertIn("no file", r.stderr)

    def test_files_that_are_no_spreadsheet_get_their_own_message(self):
        txt = self.path("ghi-chu.txt")
        with open(txt, "w", encoding="utf-8") as f:
            f.write("Chợ Đồn\t47\nBa Bể\t47\n")
        png = self.path("anh.ods")   # a picture under a spreadsheet's name
        with open(png, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" + bytes(200))
        for path, words in ((txt, ".csv"), (png, "not a spreadsheet")):
            with self.subTest(path=os.path.basename(path)):
                r = run(path)
                self.assertEqual(r.returncode, 2)
                self.assertIn(os.path.basename(path), r.stderr)
                self.assertIn(words, r.stderr)
                no_source_location(self, r.stderr)

    def test_a_linked_image_on_a_web_server_is_never_fetched(self):
        hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                hits.append(self.path)
                self.send_response(404)
                self.end_headers()

            def log_message(self, *a):
                pass

        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        self.addCleanup(server.shutdown)
        url = f"http://127.0.0.1:{server.server_port}/pixel.png"

        def link(name, data):
            if name != "content.xml":
                return data
            frame = (f'<draw:frame draw:name="px" svg:width="1cm" svg:height="1cm" svg:x="0cm" svg:y="0cm">'
                     f'<draw:image xlink:href="{url}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
                     f'</draw:frame>').encode()
            return data.replace(b"<table:table-row", b"<table:shapes>" + frame + b"</table:shapes><table:table-row", 1)
        linked = rewrite_zip(GOOD_ODS, self.path("pixel.ods"), link)
        r = run(linked)
        self.assertEqual(r.returncode, 0, r.stderr)
        time.sleep(1)
        self.assertEqual(hits, [])


if __name__ == "__main__":
    unittest.main()
