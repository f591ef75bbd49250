"""Workbooks for the corpus's families "province breakdown columns" and "a typed total among
formulas": the province's "Tổng cộng" / "Toàn tỉnh" over "Tổng số | Thành lập mới | Củng cố"
(or "Tổng số | Trong đó: Nữ"), units broken down alike or one column each; totals typed as
numbers where their siblings are formulas, or every total typed by hand."""
from families import COUNTS, SPELLINGS, colname, split

BREAKDOWN = ["Tổng số", "Thành lập mới", "Củng cố"]


def province_breakdown(first=True, units_broken=True, province="Tổng cộng", at=1, province_delta=0,
                       fresh_delta=0, unit=None, unit_delta=0, all_typed=False):
    """Rows 1–2 title, 3–4 header, data from 5 (indicators 1, 5, 6). The province's three
    columns first (after ĐVT) or last; each unit "Tổng số | Thành lập mới | Củng cố" (its
    total a formula over its breakdown) or one column. Faults on data row `at` (0-based):
    the province's Tổng typed off by province_delta, its "Thành lập mới" typed off by
    fresh_delta, unit `unit`'s total typed (off by unit_delta). Returns rows, merges and the
    0-based columns of the province's Tổng and of each unit's total."""
    names = SPELLINGS[2]
    width = 3 if units_broken else 1
    p = 3 if first else 3 + 8 * width
    unit_col = [(6 if first else 3) + width * i for i in range(8)]
    rows = [["UBND TỈNH BẮC KẠN"], ["PHÂN BỔ CHỈ TIÊU THÀNH LẬP MỚI VÀ CỦNG CỐ GIAI ĐOẠN 2021-2025"],
            ["STT", "Chỉ tiêu", "ĐVT"], ["", "", ""]]
    merges = ["A3:A4", "B3:B4", "C3:C4", f"{colname(p)}3:{colname(p + 2)}3"]

    def header(prov):
        if prov:
            rows[2].extend([province, "", ""])
            rows[3].extend(BREAKDOWN)
            return
        for i, n in enumerate(names):
            c = colname(unit_col[i])
            if units_broken:
                rows[2].extend([n, "", ""])
                rows[3].extend(BREAKDOWN)
                merges.append(f"{c}3:{colname(unit_col[i] + 2)}3")
            else:
                rows[2].append(n)
                rows[3].append("")
                merges.append(f"{c}3:{c}4")
    header(first)
    header(not first)
    for n, (label, unit_name, target) in enumerate([COUNTS[0], COUNTS[4], COUNTS[5]]):
        r = len(rows) + 1
        row = [""] * (6 + 8 * width)
        row[:3] = [str(n + 1), label, unit_name]
        all_fresh = 0
        for i, v in enumerate(split(target)):
            f, t = v // 2, unit_col[i]
            here = n == at and i == unit
            if units_broken:
                typed = all_typed or here
                row[t] = v + (unit_delta if here else 0) if typed else f"={colname(t + 1)}{r}+{colname(t + 2)}{r}"
                row[t + 1], row[t + 2] = f, v - f
            else:
                row[t] = v
            all_fresh += f
        typed = all_typed or not units_broken   # one column per unit: the province's shares can only be typed
        if typed or (n == at and fresh_delta):
            row[p + 1] = all_fresh + (fresh_delta if n == at else 0)
        else:
            row[p + 1] = "=" + "+".join(f"{colname(t + 1)}{r}" for t in unit_col)
        row[p + 2] = target - all_fresh if typed else "=" + "+".join(f"{colname(t + 2)}{r}" for t in unit_col)
        if all_typed or (n == at and province_delta):
            row[p] = target + (province_delta if n == at else 0)
        else:
            row[p] = "=" + "+".join(f"{colname(t)}{r}" for t in unit_col)
        rows.append(row)
    return rows, merges, p, unit_col


def trained_women(wrong=False):
    """"Toàn tỉnh" over "Tổng số | Trong đó: Nữ" and each district alike: women are a part of
    the total, never added to it; wrong: the province's Tổng số typed 2 short of the units'."""
    names = SPELLINGS[2]
    rows = [["UBND TỈNH BẮC KẠN"], ["PHÂN BỔ CHỈ TIÊU TẬP HUẤN CÁN BỘ GIAI ĐOẠN 2021-2025"],
            ["STT", "Chỉ tiêu", "ĐVT", "Toàn tỉnh", ""] + sum([[n, ""] for n in names], []),
            ["", "", "", "Tổng số", "Trong đó: Nữ"] + ["Tổng số", "Trong đó: Nữ"] * len(names)]
    merges = ["A3:A4", "B3:B4", "C3:C4", "D3:E3"] + [f"{colname(5 + 2 * i)}3:{colname(6 + 2 * i)}3" for i in range(8)]
    label, unit, target = COUNTS[7]
    r = len(rows) + 1
    parts = split(target)
    women = [max(v - 2, 0) for v in parts]
    total = target - 2 if wrong else "=" + "+".join(f"{colname(5 + 2 * i)}{r}" for i in range(8))
    row = ["1", label, unit, total, "=" + "+".join(f"{colname(6 + 2 * i)}{r}" for i in range(8))]
    for v, w in zip(parts, women):
        row += [v, w]
    rows.append(row)
    return rows, merges
