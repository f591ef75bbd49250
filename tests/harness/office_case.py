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
