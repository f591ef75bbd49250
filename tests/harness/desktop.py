"""What the UI tests share: a visible office under a private Xvfb (one per test class, on its
own profile), a scratch folder, a folder for screenshots (build/ui), and the accessibility-tree
searches that find our panels' controls the way a screen reader sees them."""
import os
import shutil
import tempfile
import time
import unittest

from office import Office
from xvfb import Xvfb

BUILD = os.environ.get("P8_BUILD_DIR", "build")
SOURCE = os.environ.get("P8_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
MENU_BAR = 35   # AccessibleRole.MENU_BAR: nothing of ours in there, and it is large


def wait_for(predicate, timeout=20, step=0.25):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()


def find_accessible(ctx, test, depth=0):
    """Depth-first search of the accessibility tree for the first context where test(ctx)."""
    if ctx is None or depth > 40:
        return None
    if test(ctx):
        return ctx
    try:
        n = ctx.getAccessibleChildCount()
        if ctx.getAccessibleRole() == MENU_BAR:
            return None
    except Exception:
        return None
    for i in range(min(n, 200)):
        try:
            child = ctx.getAccessibleChild(i).getAccessibleContext()
        except Exception:
            continue
        found = find_accessible(child, test, depth + 1)
        if found is not None:
            return found
    return None


def accessible_contexts(ctx, depth=0, out=None):
    """Every accessible context under ctx (the menu bar left out)."""
    out = [] if out is None else out
    if ctx is None or depth > 40:
        return out
    out.append(ctx)
    try:
        n = ctx.getAccessibleChildCount()
        if ctx.getAccessibleRole() == MENU_BAR:
            return out
    except Exception:
        return out
    for i in range(min(n, 400)):
        try:
            accessible_contexts(ctx.getAccessibleChild(i).getAccessibleContext(), depth + 1, out)
        except Exception:
            pass
    return out


def accessible_texts(ctx):
    """Every accessible name under ctx (labels show their text as names)."""
    out = []
    for c in accessible_contexts(ctx):
        try:
            out.append(c.getAccessibleName())
        except Exception:
            pass
    return out


class DesktopTestCase(unittest.TestCase):
    office_name = "ui"    # names the test's profile folder
    screen = (1400, 900)  # the private display's size

    @classmethod
    def setUpClass(cls):
        cls.xvfb = Xvfb(*cls.screen).__enter__()
        try:
            cls.office = Office(BUILD, cls.office_name, locale="vi", headless=False).start()
        except BaseException:
            cls.xvfb.__exit__()
            raise
        cls.tmp = tempfile.mkdtemp(prefix=f"p8{cls.office_name}-")
        cls.shots = os.path.join(os.path.abspath(BUILD), "ui")
        os.makedirs(cls.shots, exist_ok=True)

    def show_deck(self, frame, shown):
        """Opens our sidebar deck until shown() finds what the test needs there. A fresh
        profile may report the sidebar shown before it is laid out; toggling it (off and on,
        with time for the layout) makes it appear. Returns what shown() returns at the end."""
        time.sleep(2)
        for _ in range(4):
            self.office.dispatch(frame, ".uno:SidebarDeck.P8calcDeck")
            if wait_for(shown, timeout=3):
                break
            self.office.dispatch(frame, ".uno:Sidebar")
            time.sleep(2)
        return shown()

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()
        cls.xvfb.__exit__()
        shutil.rmtree(cls.tmp, ignore_errors=True)
