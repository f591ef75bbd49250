"""A private Xvfb display for UI tests: its own display number, killed on exit (only the
process this harness started)."""
import os
import select
import subprocess
import time


class Xvfb:
    def __init__(self, width=1400, height=900):
        self.size = f"{width}x{height}x24"
        self.proc = None
        self.display = None

    def __enter__(self):
        # Xvfb picks a free display itself and writes its number to a pipe (-displayfd): two
        # tests starting at once never share one (probing for a free number raced: a test could
        # take another's display and lose its office when that test ended).
        read_end, write_end = os.pipe()
        proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", self.size, "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(write_end,),
                                start_new_session=True)
        os.close(write_end)
        number = b""
        deadline = time.time() + 30
        while time.time() < deadline and not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], 1)
            if ready:
                chunk = os.read(read_end, 16)
                if not chunk:
                    break
                number += chunk
        os.close(read_end)
        if not number.strip().isdigit() or proc.poll() is not None:
            proc.kill()
            raise RuntimeError("could not start Xvfb")
        self.proc, self.display = proc, f":{number.strip().decode()}"
        os.environ["DISPLAY"] = self.display
        return self

    def screenshot(self, path):
        subprocess.run(["import", "-display", self.display, "-window", "root", path], check=True,
                       timeout=60)
        return path

    def click(self, x, y):
        env = dict(os.environ, DISPLAY=self.display)
        subprocess.run(["xdotool", "mousemove", str(int(x)), str(int(y)), "click", "1"], env=env,
                       check=True, timeout=30)

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
