"""An allocation split over sheets with ONE unit per sheet: a sheet per district ("Ba Bể":
STT · Chỉ tiêu · ĐVT · one column headed "Huyện Ba Bể", "Ba Bể" or "Phân bổ cho huyện Ba Bể"),
the next sheet the next district, maybe a summary sheet "Tổng hợp" with every district first.
Compare families_split_units (several districts per sheet)."""
import families as F
from families import COUNTS, sheet

NAMES = F.SPELLINGS[2]   # TP Bắc Kạn, Ba Bể, … Pác Nặm: the plan's order, also the sheet names
FULL = F.SPELLINGS[1]    # Thành phố Bắc Kạn, Huyện Ba Bể, …


def header(style, d):
    if style == "sheet":
        return "Số lượng"   # the unit named by the sheet only
    if style == "full":
        return FULL[d]
    if style == "bare":
        return NAMES[d]
    return "Phân bổ cho " + FULL[d][0].lower() + FULL[d][1:]   # "Phân bổ cho huyện Ba Bể"


def unit_sheet(d, style, shares, results=False, sheet_names=True):
    title = "BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM 2024" if results else "BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 ĐẾN NĂM 2025"
    rows = [["UBND TỈNH BẮC KẠN"], [f"{title} - {FULL[d].upper()}"], [],
            ["STT", "Chỉ tiêu", "ĐVT", header(style, d)]]
    # A results report on a few indicators (as families.province_progress), an allocation on all.
    for i, (label, unit, _) in enumerate(COUNTS[:6] if results else COUNTS):
        rows.append([str(i + 1), label, unit, shares[i][d]])
    return sheet(NAMES[d] if sheet_names else f"Biểu {d + 1}", rows)


def summary_sheet(shares):
    rows = [["UBND TỈNH BẮC KẠN"], ["TỔNG HỢP PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 ĐẾN NĂM 2025"], [],
            ["STT", "Chỉ tiêu", "ĐVT", "Phân bổ cho các huyện, thành phố"] + [""] * 7 + ["Tổng cộng"],
            ["", "", ""] + NAMES + [""]]
    merges = ["D4:K4", "A4:A5", "B4:B5", "C4:C5", "L4:L5"]
    for i, (label, unit, _) in enumerate(COUNTS):
        r = len(rows) + 1
        rows.append([str(i + 1), label, unit] + list(shares[i]) + [f"=SUM(D{r}:K{r})"])
    return sheet("Tổng hợp", rows, merges)


def notes_sheet():
    """Notes per indicator for one district: its header names the district, its cells are texts."""
    return sheet("Ghi chú", [["GHI NHẬN TÌNH HÌNH THỰC HIỆN"], [], ["TT", "Chỉ tiêu", "Ba Bể"],
                             [1, "Tổ truyền thông cộng đồng", "Đã thành lập đủ"],
                             [2, "Địa chỉ tin cậy cộng đồng", "Đang rà soát"],
                             [3, "Đối thoại chính sách", "Chưa tổ chức"]])


def one_per_sheet(style="full", summary=False, missing=None, short=None, notes=False, summary_short=None,
                  results=False, sheet_names=True):
    """style: the unit's header ("full", "bare", "allocated"; "sheet": "Số lượng", the unit
    named by the sheet's name only). summary: a "Tổng hợp" sheet first
    (correct: the plan's shares). missing: a district index with no sheet. short: (indicator
    index, amount) taken off Pác Nặm's sheet only; summary_short: off Pác Nặm on the summary only
    (its total formula follows). results: each sheet a district's results of 2024 (about half its
    share) under a title of results — progress, not a share-out. sheet_names: each sheet named for
    its district, else "Biểu 1" … (the title names the district). Data rows start at sheet row 5 (row 6 on the summary)."""
    shares = [F.split(target) for (_, _, target) in COUNTS]
    own = [[v // 2 for v in s] if results else list(s) for s in shares]
    if short:
        own[short[0]][7] -= short[1]
    listed = [list(s) for s in shares]
    if summary_short:
        listed[summary_short[0]][7] -= summary_short[1]
    out = [summary_sheet(listed)] if summary else []
    out += [unit_sheet(d, style, own, results, sheet_names) for d in range(8) if d != missing]
    if notes:
        out.append(notes_sheet())
    return out
