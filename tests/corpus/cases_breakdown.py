"""Corpus cases of the province's own breakdown columns and of totals typed among formulas
(families_breakdown.py): clean files that must stay silent, and one planted fault each."""
import families as F
import families_breakdown as B
from cases import case
from families import sheet

PB = "province breakdown columns"
TT = "a typed total among formulas"


def _a1(col, row):   # 0-based column, 0-based data row → the sheet cell (data from row 5)
    return f"{F.colname(col)}{5 + row}"


def cases():
    out = []
    # The province's "Tổng cộng" / "Toàn tỉnh" over its breakdown, units alike or one column each.
    rows, merges, _, _ = B.province_breakdown()
    out.append(case("tong-tinh-chi-tiet", "openpyxl", [sheet("Phân bổ", rows, merges)], family=PB))
    rows, merges, _, _ = B.province_breakdown(first=False, province="Toàn tỉnh")
    out.append(case("toan-tinh-chi-tiet-cuoi", "office-ods", [sheet("Phân bổ", rows, merges)], family=PB))
    rows, merges, _, _ = B.province_breakdown(units_broken=False)
    out.append(case("tong-tinh-chi-tiet-huyen-mot-cot", "office-xlsx", [sheet("Phân bổ", rows, merges)], family=PB))
    rows, merges = B.trained_women()
    out.append(case("toan-tinh-trong-do-nu", "openpyxl", [sheet("Phân bổ", rows, merges)], family=PB))
    # Faults: the province's Tổng typed off its breakdown (and off its units: one cell, one
    # finding), the province's "Thành lập mới" typed wrong, the women's total typed short.
    rows, merges, p, _ = B.province_breakdown(province_delta=3)
    out.append(case("tong-tinh-sai", "openpyxl", [sheet("Phân bổ", rows, merges)],
                    planted=[f"sum-mismatch@Phân bổ!{_a1(p, 1)}"], follows=[f"total-hardcoded@Phân bổ!{_a1(p, 1)}"],
                    family=PB))
    rows, merges, p, _ = B.province_breakdown(first=False, units_broken=False, province="Toàn tỉnh", fresh_delta=2)
    out.append(case("toan-tinh-moi-sai", "office-ods", [sheet("Phân bổ", rows, merges)],
                    planted=[f"sum-mismatch@Phân bổ!{_a1(p, 1)}"], family=PB))
    rows, merges, p, _ = B.province_breakdown(fresh_delta=2)   # the province's own share, against the units'
    out.append(case("tong-tinh-moi-sai", "office-xlsx", [sheet("Phân bổ", rows, merges)],
                    planted=[f"sum-mismatch@Phân bổ!{_a1(p + 1, 1)}"],
                    follows=[f"total-hardcoded@Phân bổ!{_a1(p + 1, 1)}"], family=PB))
    rows, merges = B.trained_women(wrong=True)
    out.append(case("toan-tinh-trong-do-nu-sai", "office-xlsx", [sheet("Phân bổ", rows, merges)],
                    planted=["sum-mismatch@Phân bổ!D5"], family=PB))
    # A unit's total typed as a number where the other totals are formulas: right (only
    # fragile) or wrong too; every total typed by hand and right stays silent.
    rows, merges, _, units = B.province_breakdown(unit=3)
    out.append(case("tong-huyen-go-tay", "openpyxl", [sheet("Phân bổ", rows, merges)],
                    planted=[f"total-hardcoded@Phân bổ!{_a1(units[3], 1)}"], family=TT))
    rows, merges, p, units = B.province_breakdown(first=False, unit=3, unit_delta=2)
    out.append(case("tong-huyen-go-tay-sai", "office-ods", [sheet("Phân bổ", rows, merges)],
                    planted=[f"sum-mismatch@Phân bổ!{_a1(units[3], 1)}"],
                    follows=[f"total-hardcoded@Phân bổ!{_a1(units[3], 1)}", f"allocation-over@Phân bổ!{_a1(p, 1)}"],
                    family=TT))
    rows, merges, _, _ = B.province_breakdown(all_typed=True)
    out.append(case("tong-go-tay-het", "office-xlsx", [sheet("Phân bổ", rows, merges)], family=TT))
    rows, merges, _, _ = B.province_breakdown(first=False, all_typed=True)
    out.append(case("tong-go-tay-het-cuoi", "openpyxl", [sheet("Phân bổ", rows, merges)], family=TT))
    # The same in the plain layouts: a Total column and a total row typed once among =SUM.
    rows, merges = F.allocation(header_rows=2)
    first = F.first_data_row(rows)
    rows[first + 1][11] = sum(F.split(F.COUNTS[2][2]))
    out.append(case("tong-cot-go-tay", "office-ods", [sheet("Phân bổ", rows, merges)],
                    planted=[f"total-hardcoded@Phân bổ!L{first + 2}"], family=TT))
    rows = F.units_as_rows()
    rows[-1][3] = sum(F.split(40))
    out.append(case("dong-tong-go-tay", "openpyxl", [sheet("Phân bổ", rows)],
                    planted=[f"total-hardcoded@Phân bổ!D{len(rows)}"], family=TT))
    # .xls: the twin of a faulty .xlsx above, read alike.
    twin = next(c for c in out if c["name"] == "tong-tinh-sai")
    out.append(dict(twin, name="tong-tinh-sai-xls", writer="office-xls", twin="tong-tinh-sai"))
    return out
