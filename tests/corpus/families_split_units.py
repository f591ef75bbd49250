"""An allocation split over sheets BY UNIT: each sheet holds the same indicator rows and some
of the districts ("Huyện 1-4": TP Bắc Kạn, Ba Bể, Bạch Thông, Chợ Đồn; "Huyện 5-8": the other
four), as a province does when the table is too wide to print. The total column is a
subtotal on each sheet ("Cộng"), a grand total over the sheets on the last one only ("Tổng
cộng", a formula reaching into the other sheets), or missing. Compare families.split_over_sheets
(split BY INDICATOR: every district on each sheet)."""
import families as F
from families import COLS, COUNTS, sheet

NAMES = F.SPELLINGS[2]   # TP Bắc Kạn, Ba Bể, … Pác Nặm: the plan's order


def sheet_name(part):
    return f"Huyện {part[0] + 1}" if len(part) == 1 else f"Huyện {part[0] + 1}-{part[-1] + 1}"


def ref(sheet_title, cell, writer):
    """A reference into another sheet, in the writer's formula syntax (Excel's for openpyxl,
    LibreOffice's own for the office's XCell.Formula)."""
    return f"'{sheet_title}'!{cell}" if writer == "openpyxl" else f"$'{sheet_title}'.{cell}"


def split_by_unit(parts, total="subtotal", writer="openpyxl", short=None, wrong_subtotal=None):
    """parts: district indexes (0 = TP Bắc Kạn … 7 = Pác Nặm) per sheet. total: "subtotal",
    "grand" or "none". short: (indicator index, amount) taken off the last district of the
    last sheet (its subtotal follows, as a formula does). wrong_subtotal: (indicator index,
    amount) added to the last sheet's subtotal (or grand total) formula. Data rows start at sheet row 6."""
    shares = {i: F.split(target) for i, (_, _, target) in enumerate(COUNTS)}
    if short:
        shares[short[0]] = list(shares[short[0]])
        shares[short[0]][parts[-1][-1]] -= short[1]
    out = []
    for k, part in enumerate(parts):
        last = k + 1 == len(parts)
        n = len(part)
        end = COLS[3 + n - 1]            # last district column
        tcol = COLS[3 + n]               # the total column, if any
        has_total = total == "subtotal" or (total == "grand" and last)
        rows = [["UBND TỈNH BẮC KẠN"], [f"BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 ĐẾN NĂM 2025 ({sheet_name(part)})"], []]
        rows.append(["STT", "Chỉ tiêu", "ĐVT", "Phân bổ cho các huyện, thành phố"] + [""] * (n - 1)
                    + ([("Cộng" if total == "subtotal" else "Tổng cộng")] if has_total else []))
        rows.append(["", "", ""] + [NAMES[d] for d in part] + ([""] if has_total else []))
        merges = ["A4:A5", "B4:B5", "C4:C5"] + ([f"D4:{end}4"] if n > 1 else []) + ([f"{tcol}4:{tcol}5"] if has_total else [])
        for i, (label, unit, _) in enumerate(COUNTS):
            r = len(rows) + 1
            row = [str(i + 1), label, unit] + [shares[i][d] for d in part]
            if total == "subtotal":
                extra = wrong_subtotal[1] if (wrong_subtotal and last and wrong_subtotal[0] == i) else 0
                row.append(f"=SUM(D{r}:{end}{r})" + (f"+{extra}" if extra else ""))
            elif total == "grand" and last:
                others = "+".join(f"SUM({ref(sheet_name(p), f'D{r}:{COLS[3 + len(p) - 1]}{r}', writer)})" for p in parts[:-1])
                extra = wrong_subtotal[1] if (wrong_subtotal and wrong_subtotal[0] == i) else 0
                row.append(f"=SUM(D{r}:{end}{r})+{others}" + (f"+{extra}" if extra else ""))
            rows.append(row)
        out.append(sheet(sheet_name(part), rows, merges))
    return out
