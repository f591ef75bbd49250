"""The corpus cases: file name, writer, sheets, the check's arguments and the expected answer.
Each case's expectation goes into a sidecar NAME.expect.json next to its workbook:
  planted: faults put in on purpose, "code@Sheet!A1" — the check must report each one;
  follows: findings that are right consequences of a planted fault (not false alarms);
  plan:    the plan the check must infer, or null for an honest plan-unknown;
  args:    extra arguments (--year, --plan)."""
import os

import families as F
from families import sheet

BK = "bac-kan-2022"
NT = "ninh-thuan-pl02-2022"


def case(name, writer, sheets, plan=BK, planted=(), follows=(), args=(), family=""):
    return {"name": name, "writer": writer, "sheets": sheets, "plan": plan, "planted": list(planted),
            "follows": list(follows), "args": list(args), "family": family}


def alloc_sheet(header_rows=2, spelling=0, mutate=None, name="Phân bổ"):
    rows, merges = F.allocation(header_rows=header_rows, spelling=spelling)
    if mutate:
        mutate(rows, F.first_data_row(rows))
    return sheet(name, rows, merges)


def put(row, col, value):
    def m(rows, first):
        rows[first - 1 + row][col] = value
    return m


def cases():
    out = []
    # Districts as columns: clean in every writer and header depth, then one fault each.
    out.append(case("phan-bo-dung-2-dong", "openpyxl", [alloc_sheet(2)], family="districts as columns"))
    out.append(case("phan-bo-dung-ods", "office-ods", [alloc_sheet(2, 1)], family="districts as columns"))
    out.append(case("phan-bo-dung-xls", "office-xls", [alloc_sheet(1, 2)], family="districts as columns"))
    out.append(case("phan-bo-3-dong-tieu-de", "openpyxl", [alloc_sheet(3, 1)], family="districts as columns"))
    out.append(case("phan-bo-1-dong-tieu-de", "office-xlsx", [alloc_sheet(1)], family="districts as columns"))
    out.append(case("phan-bo-tong-sai", "openpyxl", [alloc_sheet(2, mutate=put(0, 11, 370))],
                    planted=["sum-mismatch@Phân bổ!L6"], follows=["total-hardcoded@Phân bổ!L6"],
                    family="districts as columns"))
    out.append(case("phan-bo-thieu-chi-tieu", "office-ods", [alloc_sheet(2, mutate=put(1, 4, 5))],
                    planted=["allocation-under@Phân bổ!L7"], family="districts as columns"))
    out.append(case("phan-bo-loi-ref", "openpyxl", [alloc_sheet(2, mutate=put(2, 5, "=#REF!+1"))],
                    planted=["cell-error@Phân bổ!F8"], family="districts as columns"))
    out.append(case("phan-bo-so-dang-chu", "office-ods", [alloc_sheet(2, mutate=put(3, 6, "'2"))],
                    planted=["value-text-number@Phân bổ!G9"], follows=["sum-mismatch@Phân bổ!L9"],
                    family="districts as columns"))
    out.append(case("phan-bo-ten-huyen-sai", "openpyxl",
                    [alloc_sheet(2, mutate=lambda rows, first: rows[first - 2].__setitem__(9, "Huyện Ngân Xơn"))],
                    planted=["district-unknown@Phân bổ!J5"], family="districts as columns"))
    out.append(case("phan-bo-huyen-lap", "office-xlsx",
                    [alloc_sheet(2, mutate=lambda rows, first: rows[first - 2].__setitem__(9, "Ba Bể"))],
                    planted=["district-duplicate@Phân bổ!J5"], family="districts as columns"))
    out.append(case("phan-bo-so-am", "openpyxl", [alloc_sheet(1, mutate=put(4, 7, -3))],
                    planted=["value-negative@Phân bổ!H9"], family="districts as columns"))
    # Tables beside sheets that are no Project 8 table.
    out.append(case("phan-bo-va-danh-sach-can-bo", "openpyxl", [alloc_sheet(2), F.staff_sheet()],
                    family="beside other sheets"))
    out.append(case("phan-bo-va-du-toan", "office-ods", [alloc_sheet(2, 1), F.budget_sheet()],
                    family="beside other sheets"))
    out.append(case("phan-bo-ghi-chu-ket-qua", "office-xlsx", [alloc_sheet(2), F.notes_sheet(), F.results_sheet()],
                    family="beside other sheets"))
    out.append(case("danh-sach-can-bo-loi-tong", "openpyxl", [F.staff_sheet(), alloc_sheet(2, mutate=put(6, 11, 180))],
                    planted=["sum-mismatch@Phân bổ!L12"], follows=["total-hardcoded@Phân bổ!L12"],
                    family="beside other sheets"))
    # Units as rows.
    out.append(case("don-vi-theo-dong", "openpyxl", [sheet("Phân bổ", F.units_as_rows())], family="units as rows"))
    out.append(case("don-vi-theo-dong-ten-la", "office-ods", [sheet("Phân bổ", F.units_as_rows("Xã Cao Kỳ"))],
                    planted=["district-unknown@Phân bổ!B11"], family="units as rows"))
    out.append(case("don-vi-theo-dong-tong-sai", "openpyxl", [sheet("Phân bổ", F.units_as_rows(total_delta=-5))],
                    planted=["sum-mismatch@Phân bổ!F12"],
                    family="units as rows"))
    # KH | TH under each unit.
    rows, merges = F.kh_th()
    out.append(case("kh-th-theo-huyen", "office-ods", [sheet("Tiến độ", rows, merges)], args=["--year", "2024"],
                    family="sub-columns per unit"))
    rows, merges = F.kh_th(province_delta=-10)
    out.append(case("kh-th-tong-tinh-sai", "openpyxl", [sheet("Tiến độ", rows, merges)], args=["--year", "2024"],
                    planted=["sum-mismatch@Tiến độ!E5"], family="sub-columns per unit"))
    # Progress reports: the province's, each district's own; one-year and cumulative figures.
    out.append(case("tien-do-tinh-2024", "openpyxl", [sheet("Báo cáo", F.province_progress())], args=["--year", "2024"],
                    family="progress"))
    out.append(case("tien-do-tinh-cham", "office-ods", [sheet("Báo cáo", F.province_progress(behind_row=2))],
                    args=["--year", "2024"], planted=["progress-behind@Báo cáo!G7"], family="progress"))
    out.append(case("tien-do-tinh-nam-chua-dat", "openpyxl", [sheet("Báo cáo", F.province_progress(short_year_row=4))],
                    args=["--year", "2024"], planted=["progress-behind@Báo cáo!F9"], family="progress"))
    for d, w in (("Ba Bể", "openpyxl"), ("Chợ Đồn", "office-ods"), ("Pác Nặm", "office-xls")):
        out.append(case("bao-cao-huyen-" + F.vni(d).encode("ascii", "ignore").decode().lower().replace(" ", "-"), w,
                        [sheet("Báo cáo", F.district_report(d))], args=["--year", "2024"], family="district's own report"))
    out.append(case("bao-cao-huyen-th-nam", "openpyxl", [sheet("Báo cáo", F.district_report("Na Rì", year_only=True))],
                    args=["--year", "2024"], family="district's own report"))
    out.append(case("bao-cao-huyen-so-chu", "office-xlsx",
                    [sheet("Báo cáo", F.district_report("Ngân Sơn", text_number_row=1))], args=["--year", "2024"],
                    planted=["value-text-number@Báo cáo!E7"], family="district's own report"))
    # Several tables stacked on one sheet.
    rows, merges, _ = F.stacked()
    out.append(case("hai-bang-mot-trang", "openpyxl", [sheet("Phân bổ", rows, merges)], family="stacked tables"))
    rows, merges, top = F.stacked(budget_delta=3)
    out.append(case("hai-bang-mot-trang-tong-sai", "office-ods", [sheet("Phân bổ", rows, merges)],
                    planted=[f"sum-mismatch@Phân bổ!L{top + 2}"], follows=[f"total-hardcoded@Phân bổ!L{top + 2}"],
                    family="stacked tables"))
    # Phase II by commune: Thái Nguyên's built-in example plan is inferred; a province with no
    # plan gets an honest plan-unknown.
    out.append(case("thai-nguyen-2026-theo-xa", "openpyxl", [sheet("KH 2026", F.thai_nguyen_2026())],
                    plan="thai-nguyen-2026", family="phase II by commune"))
    out.append(case("thai-nguyen-2026-ods", "office-ods", [sheet("KH 2026", F.thai_nguyen_2026())],
                    plan="thai-nguyen-2026", family="phase II by commune"))
    out.append(case("tuyen-quang-2026-theo-xa", "openpyxl", [sheet("KH 2026", F.tuyen_quang_2026())], plan=None,
                    family="other province, phase II"))
    # Old encodings.
    rows, merges = F.allocation(2, 1)
    out.append(case("phan-bo-tcvn3", "openpyxl", [sheet("Phân bổ", F.encoded(rows, F.tcvn3), merges)],
                    follows=["text-legacy-encoding@Phân bổ!"], family="old encodings"))
    rows, merges = F.allocation(2, 1)
    rows[F.first_data_row(rows) - 1][11] = 375
    out.append(case("phan-bo-vni-tong-sai", "office-ods", [sheet("Phân bổ", F.encoded(rows, F.vni), merges)],
                    planted=["sum-mismatch@Phân bổ!L6"], follows=["text-legacy-encoding@Phân bổ!", "total-hardcoded@Phân bổ!L6"],
                    family="old encodings"))
    # The appendix of Ninh Thuận.
    rows, merges, _ = F.appendix()
    out.append(case("phu-luc-02-ninh-thuan", "office-ods", [sheet("Phụ lục 02", rows, merges)], plan=NT,
                    family="appendix"))
    rows, merges, planted = F.appendix(blank_target=12)
    out.append(case("phu-luc-02-thieu-chi-tieu", "openpyxl", [sheet("Phụ lục 02", rows, merges)], plan=NT,
                    planted=[f"target-empty@Phụ lục 02!C{planted}"], family="appendix"))
    # Stray texts in district columns: placeholders silent, a slip or a note found at its cell.
    rows, merges = F.stray_texts()
    out.append(case("phan-bo-dau-gach-x", "openpyxl", [sheet("Phân bổ", rows, merges)], family="stray texts in district columns"))
    rows, merges = F.stray_texts(slip="mười")
    out.append(case("phan-bo-chu-muoi", "office-ods", [sheet("Phân bổ", rows, merges)],
                    planted=["value-not-number@Phân bổ!G8"], family="stray texts in district columns"))
    rows, merges = F.stray_texts(slip="mười", note="chưa giao")
    out.append(case("phan-bo-chu-va-ghi-chu", "openpyxl", [sheet("Phân bổ", rows, merges)],
                    planted=["value-not-number@Phân bổ!G8", "value-not-number@Phân bổ!G9"],
                    family="stray texts in district columns"))
    # A list of names, no figures: the communes of Thái Nguyên with their former district.
    out.append(case("danh-sach-xa-phuong", "csv", [], args=["--plan", BK], family="lists of names (no table)"))
    # Without --plan the list names Bắc Kạn's former districts and Thái Nguyên's communes alike,
    # but no plan finds a table in it: nothing to check, no plan-unknown (plan "").
    out.append(case("danh-sach-xa-phuong-tu-nhan", "csv", [], plan="", family="lists of names (no table)"))
    # … and against the plan whose units are these very communes (the plan file of plans/).
    out.append(case("danh-sach-xa-phuong-ke-hoach-tn", "csv", [], plan="thai-nguyen-2026",
                    args=["--plan", os.path.join(F.ROOT, "plans", "thai-nguyen-2026.json")],
                    family="lists of names (no table)"))
    # A small allocation over two districts.
    out.append(case("phan-bo-hai-huyen", "openpyxl", [sheet("Phân bổ", F.two_districts())], family="two districts"))
    out.append(case("phan-bo-hai-huyen-tong-sai", "office-ods", [sheet("Phân bổ", F.two_districts(total_delta=1))],
                    planted=["sum-mismatch@Phân bổ!F6"], follows=["total-hardcoded@Phân bổ!F6"], family="two districts"))
    # A unit's own total over its breakdown sub-columns.
    rows, merges = F.unit_breakdown()
    out.append(case("tong-so-theo-huyen", "openpyxl", [sheet("Phân bổ", rows, merges)], family="sub-columns per unit"))
    rows, merges = F.unit_breakdown(wrong_unit=(2, 1))
    out.append(case("tong-so-huyen-sai", "office-ods", [sheet("Phân bổ", rows, merges)],
                    planted=["sum-mismatch@Phân bổ!G6"], follows=["allocation-over@Phân bổ!AB6", "total-hardcoded@Phân bổ!G6"],
                    family="sub-columns per unit"))
    rows, merges = F.unit_years()
    out.append(case("tong-theo-nam-huyen", "office-xlsx", [sheet("Kết quả", rows, merges)], family="sub-columns per unit"))
    rows, merges = F.unit_years(wrong=True)
    out.append(case("tong-theo-nam-huyen-sai", "openpyxl", [sheet("Kết quả", rows, merges)],
                    planted=["sum-mismatch@Kết quả!I5"], follows=["total-hardcoded@Kết quả!I5"],
                    family="sub-columns per unit"))
    # Tables spread over sheets; three stacked tables each under its own title.
    out.append(case("phan-bo-hai-trang", "openpyxl", F.split_over_sheets(), family="spread over sheets"))
    out.append(case("phan-bo-hai-trang-tong-sai", "office-xlsx", F.split_over_sheets(delta_on_second=-2),
                    planted=["sum-mismatch@Biểu 2!L6"], follows=["total-hardcoded@Biểu 2!L6"],
                    family="spread over sheets"))
    rows, merges, tops, _ = F.stacked_titled()
    out.append(case("ba-bang-co-tieu-de", "office-ods", [sheet("Phân bổ", rows, merges)], family="stacked tables"))
    rows, merges, tops, _ = F.stacked_titled(wrong_second=True)
    out.append(case("ba-bang-tong-sai", "openpyxl", [sheet("Phân bổ", rows, merges)],
                    planted=[f"sum-mismatch@Phân bổ!L{tops[1]}"], family="stacked tables"))
    # .xls (the MS Excel 97 filter of LibreOffice): each the twin of an .xlsx above, read alike.
    for name in ("phan-bo-tong-sai", "don-vi-theo-dong-tong-sai", "kh-th-tong-tinh-sai", "hai-bang-mot-trang-tong-sai",
                 "tong-so-huyen-sai", "phan-bo-chu-va-ghi-chu"):
        twin = next(c for c in out if c["name"] == name)
        xls = dict(twin, name=name + "-xls", writer="office-xls", twin=name)
        out.append(xls)
    return out + more_cases()


def more_cases():
    """Cases of a topic live in their own cases_<topic>.py with a cases() of the same shape, so a
    new layout family is added without touching this file."""
    import glob
    import importlib
    out = []
    here = os.path.dirname(os.path.abspath(__file__))
    for path in sorted(glob.glob(os.path.join(here, "cases_*.py"))):
        out += importlib.import_module(os.path.basename(path)[:-3]).cases()
    return out


# Workbooks of samples/ run as they are (the functions demo needs the extension's results).
SAMPLES = [
    {"name": "p8-ham-mau", "file": "p8-ham-mau.ods", "plan": BK, "args": ["--plan", BK], "planted": [],
     "follows": [], "family": "functions demo"},
]
