"""A private LibreOffice for tests and for the p8calc command line.

Office(build_dir) makes a profile under the build folder (a copy of a template profile into
which build/p8calc.oxt was installed once with unopkg), starts a headless soffice in its own
process group on a named pipe in a private folder (no TCP port), connects to it, and on stop() — or when the watchdog fires —
kills only that process group. Nothing outside the build folder is touched: HOME and TMPDIR
point into the profile's scratch folder.

Facts this relies on (../shared/notes/build-recipe.md): unopkg refuses root, so it runs as
`nobody` via setpriv; one office per profile; -env:UserInstallation takes a single dash.
"""
import fcntl
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time


def _our_types():
    """Lets this process's UNO know p8calc's own types (XBatch), so tests can call the
    extension's batch service: the office's extra type registries plus build/…/p8calc.rdb,
    before python3-uno bootstraps (URE_MORE_TYPES replaces fundamentalrc's value)."""
    build = os.environ.get("P8_BUILD_DIR") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "build")
    rdb = os.path.abspath(os.path.join(build, "src", "uno", "p8calc.rdb"))
    if not os.path.exists(rdb) or "URE_MORE_TYPES" in os.environ:
        return
    program = os.path.dirname(os.path.realpath(os.environ.get("P8_SOFFICE", "/usr/lib/libreoffice/program/soffice")))
    types = os.path.join(program, "types")
    more = [os.path.join(types, f) for f in sorted(os.listdir(types)) if f.endswith(".rdb")] if os.path.isdir(types) else []
    os.environ["URE_MORE_TYPES"] = " ".join("file://" + p for p in more + [rdb])


_our_types()
import uno  # noqa: E402,F401  (python3-uno; run with /usr/bin/python3)
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

SOFFICE = os.environ.get("P8_SOFFICE", "/usr/lib/libreoffice/program/soffice")
UNOPKG = os.environ.get("P8_UNOPKG", "/usr/lib/libreoffice/program/unopkg")
CONNECT_TIMEOUT = 90.0

_REGISTRY_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                  'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n')


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def _private_pipe(name):
    """A named pipe only this user can reach: osl puts pipe NAME at /tmp/OSL_PIPE_<uid>_NAME,
    so NAME = "<folder>/uno" puts it inside a folder of mode 0700 made here (as build/p8calc
    does). Returns (pipe name, folder)."""
    root = "/tmp" if os.access("/tmp", os.W_OK) else "/var/tmp"
    folder = tempfile.mkdtemp(prefix=f"OSL_PIPE_{os.getuid()}_p8test-{name}-", dir=root)
    return folder[len(f"{root}/OSL_PIPE_{os.getuid()}_"):] + "/uno", folder


def _registry_item(path, name, value):
    return (f'<item oor:path="{path}"><prop oor:name="{name}" oor:op="fuse">'
            f'<value>{value}</value></prop></item>\n')


def _as_nobody():
    return os.geteuid() == 0


def _run_quiet(cmd, env, timeout, what):
    try:
        r = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                           text=True, timeout=timeout, start_new_session=True)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"{what} timed out after {timeout}s")
    if r.returncode != 0:
        raise RuntimeError(f"{what} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return r


def _scratch_env(scratch):
    env = dict(os.environ)
    env.pop("URE_MORE_TYPES", None)   # ours (see _our_types) is for this process, not the office
    env.update(HOME=scratch, TMPDIR=scratch, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    return env


def template_profile(build_dir, oxt=None):
    """The profile with the extension installed, made once per .oxt build (locked)."""
    oxt = oxt or os.path.join(build_dir, "p8calc.oxt")
    if not os.path.exists(oxt):
        raise RuntimeError(f"{oxt} not found: build first (cmake --build build)")
    root = os.path.join(build_dir, "test-profiles")
    os.makedirs(root, exist_ok=True)
    template = os.path.join(root, "template")
    stamp = os.path.join(template, "installed.stamp")
    want = f"{os.path.getmtime(oxt)}:{os.path.getsize(oxt)}"
    with open(os.path.join(root, ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if os.path.exists(stamp) and open(stamp).read() == want:
            return template
        shutil.rmtree(template, ignore_errors=True)
        os.makedirs(template)
        # unopkg refuses root, so it runs as `nobody`, in a scratch folder under /tmp that
        # nobody can reach whatever the permissions of the build folder's parents.
        work = tempfile.mkdtemp(prefix="p8calc-unopkg-")
        try:
            os.chmod(work, 0o755)
            shutil.copy(oxt, os.path.join(work, "p8calc.oxt"))
            scratch = os.path.join(work, "scratch")
            profile = os.path.join(work, "profile")
            os.makedirs(scratch)
            cmd = [UNOPKG, "add", "--force", "--suppress-license",
                   f"-env:UserInstallation={file_url(profile)}", os.path.join(work, "p8calc.oxt")]
            if _as_nobody():
                for d in (work, scratch):
                    os.chown(d, 65534, 65534)
                os.chmod(os.path.join(work, "p8calc.oxt"), 0o644)
                cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + cmd
            _run_quiet(cmd, _scratch_env(scratch), 180, "unopkg add " + oxt)
            shutil.copytree(profile, os.path.join(template, "profile"), symlinks=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        with open(stamp, "w") as f:
            f.write(want)
        return template


class Office:
    """One private headless (or visible, under Xvfb) soffice with p8calc installed."""

    def __init__(self, build_dir, name="test", locale=None, headless=True, timeout=900,
                 keep_dir=None):
        """keep_dir: a lasting folder (e.g. build/profile for the README's run command)
        instead of a throw-away one; it is refreshed when the .oxt changed."""
        self.build_dir = os.path.abspath(build_dir)
        self.keep_dir = os.path.abspath(keep_dir) if keep_dir else None
        self.name = name
        self.locale = locale
        self.headless = headless
        self.timeout = timeout
        self.proc = None
        self.ctx = None
        self.desktop = None
        self._watchdog = None

    # -- profile ---------------------------------------------------------------------------
    def _make_profile(self):
        template = template_profile(self.build_dir)
        if self.keep_dir:
            self.dir = self.keep_dir
            stamp = open(os.path.join(template, "installed.stamp")).read()
            mine = os.path.join(self.dir, "installed.stamp")
            if os.path.exists(mine) and open(mine).read() == stamp:
                self.profile = os.path.join(self.dir, "profile")
                self.scratch = os.path.join(self.dir, "scratch")
                return
            shutil.rmtree(self.dir, ignore_errors=True)
            os.makedirs(self.dir)
            with open(mine, "w") as f:
                f.write(stamp)
        else:
            base = os.path.join(self.build_dir, "test-profiles")
            self.dir = tempfile.mkdtemp(prefix=f"{self.name}-", dir=base)
        self.profile = os.path.join(self.dir, "profile")
        shutil.copytree(os.path.join(template, "profile"), self.profile, symlinks=True)
        self.scratch = os.path.join(self.dir, "scratch")
        os.makedirs(self.scratch, exist_ok=True)
        user = os.path.join(self.profile, "user")
        os.makedirs(user, exist_ok=True)
        reg = os.path.join(user, "registrymodifications.xcu")
        items = [
            _registry_item("/org.openoffice.Setup/Product", "ooSetupLastVersion", "7.4"),
            _registry_item("/org.openoffice.Office.Common/Misc", "FirstRun", "false"),
            _registry_item("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "false"),
            _registry_item("/org.openoffice.Office.Common/Save/Document", "WarnAlienFormat",
                           "false"),
        ]
        if self.locale:
            items.append(_registry_item("/org.openoffice.Setup/L10N", "ooLocale", self.locale))
            items.append(_registry_item("/org.openoffice.Office.Linguistic/General",
                                        "UILocale", self.locale))
        text = _REGISTRY_HEAD + "</oor:items>\n"
        if os.path.exists(reg):
            with open(reg, encoding="utf-8") as f:
                text = f.read()
        text = text.replace("</oor:items>", "".join(items) + "</oor:items>")
        with open(reg, "w", encoding="utf-8") as f:
            f.write(text)

    # -- process ---------------------------------------------------------------------------
    def command(self, extra=()):
        """The soffice command line for this profile (also used to open Calc visibly)."""
        args = [SOFFICE, f"-env:UserInstallation={file_url(self.profile)}", "--norestore",
                "--nologo", "--nolockcheck"]
        return args + list(extra)

    def environment(self):
        return _scratch_env(self.scratch)

    def prepare(self):
        self._make_profile()
        return self

    def start(self):
        self._make_profile()
        self.pipe, self.pipe_dir = _private_pipe(self.name)
        env = _scratch_env(self.scratch)
        args = [SOFFICE, f"-env:UserInstallation={file_url(self.profile)}",
                "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext"]
        if self.headless:
            args[1:1] = ["--headless", "--invisible"]
        self.log = open(os.path.join(self.dir, "soffice.log"), "w")
        self.proc = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        self._watchdog = threading.Timer(self.timeout, self._on_watchdog)
        self._watchdog.daemon = True
        self._watchdog.start()
        self._connect()
        return self

    def _on_watchdog(self):
        sys.stderr.write(f"office watchdog: {self.name} ran over {self.timeout}s, killing it\n")
        self.kill()

    def _connect(self):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        url = f"uno:pipe,name={self.pipe};urp;StarOffice.ComponentContext"
        deadline = time.time() + CONNECT_TIMEOUT
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"soffice exited ({self.proc.returncode}) before accepting "
                                   f"connections; see {self.log.name}")
            try:
                self.ctx = resolver.resolve(url)
                break
            except NoConnectException:
                if time.time() > deadline:
                    self.kill()
                    raise RuntimeError(f"soffice did not accept a connection in "
                                       f"{CONNECT_TIMEOUT}s")
                time.sleep(0.2)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.smgr.createInstanceWithContext("com.sun.star.frame.Desktop",
                                                           self.ctx)

    def kill(self):
        if self.proc and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=30)

    def stop(self):
        if self._watchdog:
            self._watchdog.cancel()
        if self.proc and self.proc.poll() is None:
            t = threading.Thread(target=self._terminate, daemon=True)
            t.start()
            t.join(15)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                pass
        self.kill()
        if self.proc:
            self.log.close()
        if getattr(self, "pipe_dir", None):
            shutil.rmtree(self.pipe_dir, ignore_errors=True)
        if not self.keep_dir and os.environ.get("P8_KEEP_PROFILES") != "1":
            shutil.rmtree(self.dir, ignore_errors=True)

    def _terminate(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- conveniences ----------------------------------------------------------------------
    def create(self, name):
        return self.smgr.createInstanceWithContext(name, self.ctx)

    def batch(self):
        """The extension's batch service (org.p8.p8calc.XBatch), as `p8calc` calls it."""
        return self.create("org.p8.p8calc.Batch")

    def new_calc(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                 (prop("Hidden", self.headless),))

    def open(self, path, hidden=None):
        hidden = self.headless if hidden is None else hidden
        return self.desktop.loadComponentFromURL(
            file_url(path), "_blank", 0, (prop("Hidden", hidden), prop("ReadOnly", False)))

    def dispatch(self, frame, url, args=()):
        helper = self.create("com.sun.star.frame.DispatchHelper")
        return helper.executeDispatch(frame, url, "", 0, tuple(args))
