"""A unittest base for test files that share one office: started once per class on its own
profile (tests/harness/office.py), with a scratch folder for copies of the samples, so a
test never touches the files in samples/."""
import os
import shutil
import tempfile
import unittest

from office import Office

BUILD = os.environ.get("P8_BUILD_DIR", "build")
SOURCE = os.environ.get("P8_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))


def shapes(sheet):
    """The sheet's shapes, each fetched once: an index may name another shape a call later
    (Calc orders its draw page again while it lays out)."""
    page = sheet.DrawPage
    return [page.getByIndex(i) for i in range(page.Count)]


def visible_marks(doc):
    """The check's marks that show, as "sheet!cell", sorted."""
    out = []
    for s in doc.Sheets:
        for shape in shapes(s):
            name = shape.Name
            if name.startswith("p8calc-mark|") and shape.Visible:
                out.append(f"{s.Name}!{name.split('|')[3]}")
    return sorted(out)


class OfficeTestCase(unittest.TestCase):
    office_name = "test"   # names the test's profile folder

    @classmethod
    def setUpClass(cls):
        cls.office = Office(BUILD, cls.office_name).start()
        cls.tmp = tempfile.mkdtemp(prefix=f"p8{cls.office_name}-")

    @classmethod
    def tearDownClass(cls):
        cls.office.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def open_copy(self, name):
        """Opens a copy of samples/NAME in the test's office; closed when the test ends."""
        path = os.path.join(self.tmp, name)
        shutil.copy(os.path.join(SOURCE, "samples", name), path)
        doc = self.office.open(path)
        self.addCleanup(doc.close, True)
        return doc
