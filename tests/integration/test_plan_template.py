"""Issue 16, the plan workbook: `p8calc template --kind plan` writes the blank plan workbook
(six sheets, each with its explanation) through the one report writer; a user fills it
(here openpyxl, as a spreadsheet program would) and `p8calc plan` reads the plan back. The
same workbook holding a built-in plan (`--plan bac-kan-2022`), saved again by openpyxl and
read by `p8calc plan`, gives exactly that plan (plan → workbook → plan)."""
import json
import os
import shutil
import subprocess
import unittest

import openpyxl

BUILD = os.environ.get("P8_BUILD_DIR", "build")
SOURCE = os.environ.get("P8_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
P8CALC = os.path.join(BUILD, "p8calc")
SHEETS = ["Kế hoạch", "Chỉ tiêu", "Nội dung", "Đơn vị", "Phân bổ", "Hạn báo cáo"]


def p8calc(*args):
    return subprocess.run([P8CALC, *args], capture_output=True, text=True, timeout=600)


def local(v):
    if isinstance(v, dict):
        return {"vi": v.get("vi", ""), "en": v.get("en", "")}
    return {"vi": v or "", "en": ""}


def normal(plan):
    """A plan file with every default of plans/README.md filled in, for comparing two files."""
    def content(items):
        return [{"number": c.get("number", ""), "text": local(c.get("text")), "target_text": c.get("target_text", ""),
                 "timeline_text": c.get("timeline_text", ""), "indicator": c.get("indicator", ""),
                 "children": content(c.get("children", []))} for c in items]
    return {
        "id": plan["id"], "title": local(plan.get("title")), "province": plan.get("province", ""),
        "phase": plan.get("phase", ""), "source": plan.get("source", ""), "notes": local(plan.get("notes")),
        "start_year": plan.get("start_year", 2021), "end_year": plan.get("end_year", 2025),
        "reporting_level": plan.get("reporting_level", "district"),
        "indicators": [{"code": i["code"], "name": local(i.get("name")), "unit": i.get("unit", ""),
                        "target": i.get("target"), "target_text": i.get("target_text", ""),
                        "percent": i.get("percent", False), "parent": i.get("parent", ""),
                        "aliases": i.get("aliases", [])} for i in plan.get("indicators", [])],
        "content": content(plan.get("content", [])),
        "org_units": [{"id": u["id"], "name": u["name"], "level": u["level"], "parent": u.get("parent", ""),
                       "aliases": u.get("aliases", []), "valid_from": u.get("valid_from", ""),
                       "valid_to": u.get("valid_to", ""),
                       "predecessors": [{"id": p["id"], "date": p.get("date", "")} for p in u.get("predecessors", [])]}
                      for u in plan.get("org_units", [])],
        "deadlines": [{"kind": d["kind"], "day": d["day"], "month": d["month"], "year_offset": d.get("year_offset", 0),
                       "label": local(d.get("label"))} for d in plan.get("deadlines", [])],
        "allocation": plan.get("allocation", {}),
    }


class PlanTemplate(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = os.path.abspath(os.path.join(BUILD, "plan-template"))
        shutil.rmtree(cls.tmp, ignore_errors=True)
        os.makedirs(cls.tmp)

    def out(self, name):
        return os.path.join(self.tmp, name)

    def test_blank_workbook_filled_then_read(self):
        blank = self.out("ke-hoach-trong.xlsx")
        r = p8calc("template", "--kind", "plan", "--out", blank, "--out", self.out("ke-hoach-trong.ods"))
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        book = openpyxl.load_workbook(blank)
        self.assertEqual(book.sheetnames, SHEETS)
        self.assertTrue(any(book[n].data_validations.dataValidation for n in SHEETS), "no drop-down list")
        # Nothing filled in yet: no plan, and the message says what to fill.
        r = p8calc("plan", blank)
        self.assertEqual(r.returncode, 2, r.stdout)
        self.assertIn("ke-hoach-trong.xlsx", r.stderr)

        def first_input_row(ws, header):
            for row in ws.iter_rows():
                if row[0].value == header:
                    return row[0].row + 1
            raise AssertionError(f"{ws.title}: no header {header!r}")

        def put_row(ws, header, values):
            r = first_input_row(ws, header)
            while any(ws.cell(r, c + 1).value not in (None, "") for c in range(len(values))):
                r += 1
            for c, v in enumerate(values):
                ws.cell(r, c + 1).value = v

        general = book["Kế hoạch"]   # rows by their field key (column «Mã trường»), value in «Giá trị»
        keys = {row[1].value: row[1].row for row in general.iter_rows() if isinstance(row[1].value, str)}
        facts = {"id": "tq-2026", "title_vi": "Kế hoạch Dự án 8 tỉnh Tuyên Quang", "province": "Tuyên Quang",
                 "phase": "2026-2030", "start_year": 2026, "end_year": 2030, "reporting_level": "xã, phường"}
        for key, value in facts.items():
            self.assertIn(key, keys)
            general.cell(keys[key], 3).value = value
        ind = book["Chỉ tiêu"]
        header = next(row[0].value for row in ind.iter_rows() if row[0].value and str(row[0].value).startswith("Mã"))
        put_row(ind, header, ["1", "Tổ truyền thông cộng đồng", None, "tổ", 40])
        put_row(ind, header, ["2", "Địa chỉ tin cậy cộng đồng", None, "địa chỉ", 8])
        units = book["Đơn vị"]
        uh = next(row[0].value for row in units.iter_rows() if row[0].value and str(row[0].value).startswith("Mã"))
        put_row(units, uh, ["tq", "Tuyên Quang", "tỉnh"])
        put_row(units, uh, ["minh-quang", "Xã Minh Quang", "xã, phường", "tq"])
        put_row(units, uh, ["minh-xuan", "Phường Minh Xuân", "xã, phường", "tq"])
        book.save(self.out("ke-hoach-dien.xlsx"))

        r = p8calc("plan", self.out("ke-hoach-dien.xlsx"), "--out", self.out("tq.json"), "--format", "json")
        self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
        with open(self.out("tq.json"), encoding="utf-8") as f:
            p = json.load(f)
        self.assertEqual((p["id"], p["province"], p["start_year"], p["reporting_level"]),
                         ("tq-2026", "Tuyên Quang", 2026, "commune"))
        self.assertEqual([(i["code"], i["target"]) for i in p["indicators"]], [("1", 40), ("2", 8)])
        self.assertEqual([u["name"] for u in p["org_units"]], ["Tuyên Quang", "Xã Minh Quang", "Phường Minh Xuân"])

    def test_round_trip_of_the_built_in_plans(self):
        for plan_id, ext in (("bac-kan-2022", "xlsx"), ("ninh-thuan-pl02-2022", "ods")):
            with self.subTest(plan=plan_id):
                book = self.out(f"{plan_id}.{ext}")
                r = p8calc("template", "--kind", "plan", "--plan", plan_id, "--out", book)
                self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
                if ext == "xlsx":   # filled and saved by another program: the values are what counts
                    wb = openpyxl.load_workbook(book)
                    self.assertEqual(wb.sheetnames, SHEETS)
                    wb.save(book)
                back = self.out(f"{plan_id}-back.json")
                r = p8calc("plan", book, "--out", back)
                self.assertEqual(r.returncode, 0, r.stderr + r.stdout)
                with open(os.path.join(SOURCE, "plans", plan_id + ".json"), encoding="utf-8") as f:
                    original = normal(json.load(f))
                with open(back, encoding="utf-8") as f:
                    read = normal(json.load(f))
                for key in original:
                    self.assertEqual(read[key], original[key], key)


if __name__ == "__main__":
    unittest.main()
