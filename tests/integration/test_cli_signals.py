"""Issue 13 items 5 and 6: `p8calc check` owns its office. SIGTERM, SIGHUP and SIGKILL to p8calc
while it checks leave no soffice, no profile copy and no pipe folder behind (the office dies with
p8calc: process group, parent-death signal, a watchdog process outside p8calc); and the office
listens on a named pipe in a private folder, never on a TCP port."""
import hashlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
import unittest

BUILD = os.environ.get("P8_BUILD_DIR", "build")
SOURCE = os.environ.get("P8_SOURCE_DIR", ".")
P8CALC = os.path.join(BUILD, "p8calc")
SAMPLE = os.path.join(SOURCE, "samples", "bac-kan-phan-bo-co-loi.ods")


def processes_mentioning(text):
    """pid → command line of every process whose command line contains `text`."""
    found = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in cmd:
            found[int(pid)] = cmd
    return found


def pipe_folders(cmdlines):
    """The private pipe folders named in soffice's --accept=pipe,name=FOLDER/uno."""
    out = set()
    for cmd in cmdlines:
        for part in cmd.split():
            if part.startswith("--accept=pipe,name="):
                name = part[len("--accept=pipe,name="):].split(";")[0].split("/")[0]
                out.add(f"/tmp/OSL_PIPE_{os.getuid()}_{name}")
    return out


def ipc_sockets(cmdlines):
    """The office's own single-instance socket of each profile: OSL_PIPE_<uid>_SingleOfficeIPC_
    <MD5 of the profile URL as UTF-16, each byte in hex without padding>."""
    out = set()
    for cmd in cmdlines:
        for part in cmd.split():
            if part.startswith("-env:UserInstallation="):
                url = part[len("-env:UserInstallation="):]
                digest = "".join("%x" % b for b in hashlib.md5(url.encode("utf-16-le")).digest())
                out.add(f"/tmp/OSL_PIPE_{os.getuid()}_SingleOfficeIPC_{digest}")
    return out


def listening_tcp_inodes():
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    fields = line.split()
                    if fields[3] == "0A":   # LISTEN
                        inodes.add(fields[9])
        except OSError:
            pass
    return inodes


def socket_inodes(pid):
    out = set()
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if target.startswith("socket:["):
                out.add(target[8:-1])
    except OSError:
        pass
    return out


class OfficeDiesWithTheCommand(unittest.TestCase):
    def setUp(self):
        # TMPDIR is where p8calc puts its profile copy: one folder per test, to find it.
        self.tmp = tempfile.mkdtemp(prefix="p8sig-")
        self.addCleanup(shutil.rmtree, self.tmp, True)

    def start_long_check(self, count=400, text=False):
        env = dict(os.environ, TMPDIR=self.tmp)
        proc = subprocess.Popen([P8CALC, "check", "--lang", "en"] + [SAMPLE] * count, env=env,
                                stdout=subprocess.PIPE if text else subprocess.DEVNULL, stderr=subprocess.PIPE,
                                text=text)
        self.addCleanup(proc.stderr.close)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            office = {p: c for p, c in processes_mentioning(self.tmp).items() if "soffice.bin" in c}
            folders = pipe_folders(office.values())
            if office and folders and all(os.path.exists(os.path.join(d, "uno")) for d in folders):
                self.assertTrue(all(os.path.exists(p) for p in ipc_sockets(office.values())))
                # the office accepts connections and p8calc is checking
                time.sleep(1.0 if text else 2.0)
                return proc, office
            time.sleep(0.1)
        proc.kill()
        self.fail("p8calc started no office within 60 s: " + proc.stderr.read().decode(errors="replace"))

    def assert_nothing_left(self, office):
        folders = pipe_folders(office.values()) | ipc_sockets(office.values())
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            alive = [p for p in office if os.path.exists(f"/proc/{p}")]
            left = os.listdir(self.tmp) + [d for d in folders if os.path.exists(d)]
            if not alive and not left and not processes_mentioning(self.tmp):
                return
            time.sleep(0.2)
        self.fail(f"left behind: processes {processes_mentioning(self.tmp)}, files {os.listdir(self.tmp)}, "
                  f"pipe folders {[d for d in folders if os.path.exists(d)]}")

    def check_signal(self, sig):
        proc, office = self.start_long_check()
        os.kill(proc.pid, sig)
        proc.wait(timeout=30)
        self.assertNotEqual(proc.returncode, 0)
        self.assert_nothing_left(office)

    def test_sigterm(self):
        self.check_signal(signal.SIGTERM)

    def test_sighup(self):
        self.check_signal(signal.SIGHUP)

    def test_sigkill(self):
        self.check_signal(signal.SIGKILL)

    def test_an_office_crash_is_named_and_the_other_files_are_still_checked(self):
        proc, office = self.start_long_check(count=40, text=True)
        for pid, cmd in office.items():
            os.kill(pid, signal.SIGKILL)   # soffice.bin dies as in a crash
        out, err = proc.communicate(timeout=240)
        self.assertEqual(proc.returncode, 2, err)
        self.assertIn("LibreOffice stopped unexpectedly", err)
        self.assertIn("bac-kan-phan-bo-co-loi.ods", err)
        for marker in (".cxx", "crefl", "illegal object"):
            self.assertNotIn(marker, err)
        self.assertLessEqual(err.count("stopped unexpectedly"), 1)
        self.assertGreaterEqual(out.count("== "), 2)           # files before and after the crash
        self.assertIn("== ", out.rsplit("sum-mismatch", 1)[0])
        self.assertTrue(out.rstrip().endswith("=SUM(D13:K13)) so it stays right when figures change."), out[-300:])
        self.assert_nothing_left(office)

    def test_a_normal_run_leaves_nothing_either(self):
        env = dict(os.environ, TMPDIR=self.tmp)
        r = subprocess.run([P8CALC, "check", SAMPLE], env=env, capture_output=True, text=True, timeout=300)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertEqual(os.listdir(self.tmp), [])
        self.assertEqual(processes_mentioning(self.tmp), {})

    def test_the_office_listens_on_a_private_pipe_never_on_tcp(self):
        proc, office = self.start_long_check()
        try:
            tcp = listening_tcp_inodes()
            for pid in office:
                self.assertEqual(socket_inodes(pid) & tcp, set(), f"soffice {pid} listens on TCP")
            for cmd in office.values():
                self.assertNotIn("socket,host", cmd)
            for folder in pipe_folders(office.values()):
                st = os.stat(folder)
                self.assertEqual(st.st_mode & 0o777, 0o700, folder)
                self.assertEqual(st.st_uid, os.getuid())
                self.assertTrue(os.path.exists(os.path.join(folder, "uno")), (folder, os.path.exists(folder) and os.listdir(folder), office))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        self.assert_nothing_left(office)


if __name__ == "__main__":
    unittest.main()
