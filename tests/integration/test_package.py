"""The .oxt as a user receives it: every manifest entry exists, the identity is complete,
and the component needs no shared library that a user's LibreOffice lacks."""
import os
import re
import subprocess
import unittest
import xml.etree.ElementTree as ET
import zipfile

BUILD = os.environ.get("P8_BUILD_DIR", "build")
OXT = os.path.join(BUILD, "p8calc.oxt")
MF = "{http://openoffice.org/2001/manifest}"
DESC = "{http://openoffice.org/extensions/description/2006}"
# Libraries every LibreOffice install has (URE + C/C++ runtime).
ALLOWED = re.compile(r"^(libuno_\w+\.so\.\d+|libc\.so\.6|libm\.so\.6|libstdc\+\+\.so\.6|"
                     r"libgcc_s\.so\.1|ld-linux-x86-64\.so\.2|libpthread\.so\.0|libdl\.so\.2)$")


class Package(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.zip = zipfile.ZipFile(OXT)
        cls.names = set(cls.zip.namelist())

    def test_manifest_entries_exist(self):
        root = ET.fromstring(self.zip.read("META-INF/manifest.xml"))
        entries = [e.get(MF + "full-path") for e in root.iter(MF + "file-entry")]
        self.assertTrue(entries)
        for path in entries:
            self.assertIn(path, self.names)

    def test_components_file_names_the_library(self):
        text = self.zip.read("p8calc.components").decode()
        for uri in re.findall(r'uri="([^"]+)"', text):
            self.assertIn(uri, self.names)

    def test_description_identity(self):
        root = ET.fromstring(self.zip.read("description.xml"))
        self.assertEqual(root.find(DESC + "identifier").get("value"), "org.p8.p8calc")
        self.assertRegex(root.find(DESC + "version").get("value"), r"^\d+\.\d+\.\d+$")
        self.assertEqual(root.find(DESC + "platform").get("value"), "linux_x86_64")
        langs = {n.get("lang") for n in root.find(DESC + "display-name")}
        self.assertEqual(langs, {"vi", "en"})
        for href in re.findall(r'xlink:href="([^"h][^"]*)"',
                               self.zip.read("description.xml").decode()):
            self.assertIn(href, self.names)
        self.assertIn("Mozilla Public License", self.zip.read("LICENSE.txt").decode())

    def test_plans_are_shipped(self):
        for plan in ("plans/bac-kan-2022.json", "plans/ninh-thuan-pl02-2022.json", "plans/thai-nguyen-2026.json"):
            self.assertIn(plan, self.names)

    def test_library_needs_only_office_libraries(self):
        so = os.path.join(BUILD, "oxt", "p8calc.so")
        out = subprocess.run(["readelf", "-d", so], capture_output=True, text=True,
                             check=True).stdout
        needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)
        self.assertTrue(needed)
        for lib in needed:
            self.assertRegex(lib, ALLOWED)
        syms = subprocess.run(["nm", "-D", "--defined-only", so], capture_output=True,
                              text=True, check=True).stdout
        exported = {line.split()[-1] for line in syms.splitlines() if " T " in line}
        self.assertIn("component_getFactory", exported)
        self.assertLess(len(exported), 10, f"too many exported symbols: {sorted(exported)}")


if __name__ == "__main__":
    unittest.main()
