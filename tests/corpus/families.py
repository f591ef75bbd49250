"""The workbooks of the corpus, as data: each case is a list of sheets (rows of cells, merged
ranges), the writer that makes the file (openpyxl writes .xlsx as Excel would; the office
writes .ods / .xls / .xlsx through LibreOffice), the check's arguments and what the check must
say: the planted faults (code@sheet!cell), findings that follow from them and are right too,
and the plan it must infer (None = an honest plan-unknown).

Cells: int/float a number, "=…" a formula, "'…" text that looks like a number, other str text.
Families: districts as columns (1–3 header rows), units as rows, KH|TH sub-columns per unit,
province and district progress reports (one-year and cumulative columns), stacked tables,
tables beside staff lists / budget estimates / notes / p8calc's own results, a 2026
Thái Nguyên workbook by commune, TCVN3 and VNI text, the appendix of Ninh Thuận."""
import copy
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COUNTS = [("Tổ truyền thông cộng đồng", "tổ", 380), ("Tổ tiết kiệm vay vốn thôn bản", "tổ", 120),
          ("Tổ TKVVTB áp dụng phương pháp học tập và hành động giới", "tổ", 74),
          ("Tổ sinh kế ứng dụng công nghệ 4.0", "tổ", 21), ("Địa chỉ tin cậy cộng đồng", "địa chỉ", 40),
          ("CLB thủ lĩnh của sự thay đổi", "CLB", 74), ("Đối thoại chính sách", "cuộc", 181),
          ("Cán bộ nữ DTTS được tập huấn", "người", 50), ("Tập huấn giám sát, đánh giá", "cuộc", 25),
          ("Tập huấn lồng ghép giới chương trình 2", "cuộc", 20), ("Tập huấn lồng ghép giới chương trình 3", "cuộc", 66)]
SPELLINGS = [["TP. Bắc Kạn", "H. Ba Bể", "Bạch Thông", "Cho Don", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm"],
             ["Thành phố Bắc Kạn", "Huyện Ba Bể", "Huyện Bạch Thông", "Huyện Chợ Đồn", "Huyện Chợ Mới",
              "Huyện Na Rì", "Huyện Ngân Sơn", "Huyện Pác Nặm"],
             ["TP Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm"]]
COLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def split(target):
    return [target // 8] * 7 + [target - 7 * (target // 8)]


def a1(row, col):   # 1-based row, 0-based column
    return f"{COLS[col]}{row}"


def sheet(name, rows, merges=()):
    return {"name": name, "rows": rows, "merges": list(merges)}


# ---- allocation, districts as columns -------------------------------------------------------
def allocation(header_rows=2, spelling=0, indicators=COUNTS, title=True):
    rows = [["UBND TỈNH BẮC KẠN"], ["BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 ĐẾN NĂM 2025"], []] if title else []
    top = len(rows) + 1
    names = SPELLINGS[spelling]
    merges = []
    if header_rows == 1:
        rows.append(["STT", "Chỉ tiêu", "ĐVT"] + names + ["Tổng cộng"])
    else:
        rows.append(["STT", "Chỉ tiêu", "ĐVT", "Phân bổ cho các huyện, thành phố"] + [""] * 7 + ["Tổng cộng"])
        rows.append(["", "", ""] + names + [""])
        merges += [f"D{top}:K{top}", f"A{top}:A{top + 1}", f"B{top}:B{top + 1}", f"C{top}:C{top + 1}",
                   f"L{top}:L{top + 1}"]
        if header_rows == 3:
            rows.append([f"({i})" for i in range(1, 13)])
    for i, (label, unit, target) in enumerate(indicators):
        r = len(rows) + 1
        rows.append([str(i + 1), label, unit] + split(target) + [f"=SUM(D{r}:K{r})"])
    return rows, merges


def first_data_row(rows):
    return next(i for i, r in enumerate(rows) if r and r[0] == "1") + 1


def staff_sheet():
    return sheet("Cán bộ", [["DANH SÁCH CÁN BỘ PHỤ TRÁCH DỰ ÁN 8"], [],
                            ["TT", "Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Năm sinh", "Số CCCD"],
                            [1, "Hoàng Thị Lan", "Chủ tịch", "Huyện Ba Bể", "0912345678", 1978, "006178001234"],
                            [2, "Nông Thị Hoa", "Phó Chủ tịch", "Huyện Chợ Đồn", "0209 3870 123", 1985, "006185004321"],
                            [3, "Lường Thị Mai", "Cán bộ", "Huyện Na Rì", "0987.654.321", 1990, "006190007777"],
                            [4, "Triệu Thị Hằng", "Cán bộ", "Thành phố Bắc Kạn", "0209 3871 456", 1992, "006192008888"],
                            [5, "Ma Thị Thu", "Cán bộ", "Huyện Pác Nặm", "0868 111 222", 1988, "006188009999"]])


def budget_sheet():
    rows = [["DỰ TOÁN KINH PHÍ TỔ CHỨC TẬP HUẤN NĂM 2024"], ["Đơn vị tính: đồng"],
            ["TT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Đơn giá", "Thành tiền", "Ghi chú"]]
    items = [("Thuê hội trường", "ngày", 2, 1500000), ("Nước uống đại biểu", "người", 60, 20000),
             ("Tài liệu", "bộ", 60, 35000), ("Báo cáo viên", "buổi", 4, 500000), ("Tiền ăn Huyện Ba Bể", "người", 30, 150000)]
    for i, (what, unit, n, price) in enumerate(items):
        r = len(rows) + 1
        rows.append([i + 1, what, unit, n, price, f"=D{r}*E{r}", "Thông tư 15/2022/TT-BTC"])
    r = len(rows) + 1
    rows.append(["", "Tổng cộng", "", "", "", f"=SUM(F4:F{r - 1})", ""])
    return sheet("Dự toán", rows)


def notes_sheet():
    return sheet("Ghi chú", [["Ghi chú"], ["Số liệu tổng hợp từ báo cáo của các huyện gửi trước ngày 10/9/2024."],
                             ["Liên hệ: 0209 3870 123 (Văn phòng Hội LHPN tỉnh)."],
                             ["Huyện Ba Bể", "đã gửi"], ["Huyện Chợ Đồn", "đã gửi"], ["Huyện Na Rì", "chưa gửi"]])


def results_sheet():
    return sheet("P8 Kết quả kiểm tra", [["KẾT QUẢ KIỂM TRA (p8calc)"], ["Mức", "Trang", "Ô", "Mã", "Nội dung"],
                                         ["Lỗi", "Phân bổ", "L6", "sum-mismatch", "Tổng ở L6 là 370 nhưng tổng các huyện là 380."],
                                         [], ["Chỉ tiêu", "Huyện", "KH", "PB", "TH"], ["1", "Ba Bể", 380, 47, "-"]])


# ---- units as rows --------------------------------------------------------------------------
def units_as_rows(unknown=None, total_delta=0):
    rows = [["UBND TỈNH BẮC KẠN"], ["PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 THEO ĐƠN VỊ"],
            ["STT", "Đơn vị", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy cộng đồng", "CLB thủ lĩnh của sự thay đổi",
             "Đối thoại chính sách"]]
    cols = [split(380), split(40), split(74), split(181)]
    for i, name in enumerate(SPELLINGS[1]):
        rows.append([i + 1, unknown if (unknown and i == 7) else name] + [c[i] for c in cols])
    rows.append(["", "Tổng cộng", "=SUM(C4:C11)", "=SUM(D4:D11)", "=SUM(E4:E11)",
                 f"=SUM(F4:F11)+{total_delta}" if total_delta else "=SUM(F4:F11)"])
    return rows


# ---- KH | TH under each unit ----------------------------------------------------------------
def kh_th(province_delta=0):
    districts = ["TP Bắc Kạn", "Ba Bể", "Chợ Đồn", "Na Rì"]
    rows = [["UBND TỈNH BẮC KẠN"], ["KẾT QUẢ THỰC HIỆN CHỈ TIÊU DỰ ÁN 8 NĂM 2024 THEO HUYỆN"],
            ["TT", "Chỉ tiêu", "ĐVT", "Toàn tỉnh", ""] + sum([[d, ""] for d in districts], []),
            ["", "", "", "KH", "TH"] + ["KH", "TH"] * len(districts)]
    merges = ["A3:A4", "B3:B4", "C3:C4", "D3:E3"] + [f"{COLS[5 + 2 * i]}3:{COLS[6 + 2 * i]}3" for i in range(4)]
    data = [("Tổ truyền thông cộng đồng", "tổ", [20, 30, 25, 18], [18, 30, 20, 18]),
            ("Địa chỉ tin cậy cộng đồng", "địa chỉ", [3, 4, 5, 3], [3, 4, 4, 2]),
            ("Đối thoại chính sách", "cuộc", [10, 12, 9, 11], [8, 12, 9, 10])]
    for n, (label, unit, kh, th) in enumerate(data, 1):
        r = len(rows) + 1
        kh_cells = "+".join(f"{COLS[5 + 2 * i]}{r}" for i in range(4))
        th_cells = "+".join(f"{COLS[6 + 2 * i]}{r}" for i in range(4))
        row = [n, label, unit, f"={kh_cells}", sum(th) + (province_delta if n == 1 else 0) if province_delta else f"={th_cells}"]
        for i in range(4):
            row += [kh[i], th[i]]
        rows.append(row)
    return rows, merges


# ---- progress reports -----------------------------------------------------------------------
def province_progress(behind_row=None, short_year_row=None):
    rows = [["UBND TỈNH BẮC KẠN", "", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM 2024"], ["Đơn vị tính: theo từng chỉ tiêu"],
            ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch giai đoạn 2021-2025", "Kế hoạch năm 2024", "Thực hiện năm 2024",
             "Lũy kế đến 31/12/2024", "Tỷ lệ % so với KH giai đoạn"]]
    for i, (label, unit, target) in enumerate(COUNTS[:6]):
        r = len(rows) + 1
        cum = round(target * 0.85) if i != behind_row else round(target * 0.4)
        year = round(target * 0.2) - (2 if i == short_year_row else 0)
        rows.append([i + 1, label, unit, target, round(target * 0.2), year, cum, f"=G{r}/D{r}*100"])
    return rows


def district_report(district, year_only=False, text_number_row=None):
    share = {"Ba Bể": 47, "Chợ Đồn": 47, "Pác Nặm": 51, "Na Rì": 47, "Ngân Sơn": 47}[district]
    head = "Thực hiện năm 2024" if year_only else "Lũy kế từ đầu giai đoạn đến 31/12/2024"
    rows = [[f"HỘI LHPN HUYỆN {district.upper()}", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            [f"Đơn vị báo cáo: Huyện {district}"], ["BÁO CÁO KẾT QUẢ THỰC HIỆN DỰ ÁN 8 NĂM 2024"], [],
            ["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao giai đoạn", head, "Ghi chú"]]
    data = [("Tổ truyền thông cộng đồng", "tổ", share), ("Địa chỉ tin cậy cộng đồng", "địa chỉ", 5),
            ("Đối thoại chính sách", "cuộc", 22), ("CLB thủ lĩnh của sự thay đổi", "CLB", 9)]
    for i, (label, unit, goal) in enumerate(data):
        done = round(goal * 0.2) if year_only else round(goal * 0.9)
        rows.append([i + 1, label, unit, goal, f"'{done}" if i == text_number_row else done, ""])
    rows += [[], ["", "", "", "Ba Bể, ngày 05 tháng 9 năm 2024" if district == "Ba Bể" else "NGƯỜI LẬP BIỂU"]]
    return rows


# ---- several tables stacked on one sheet ----------------------------------------------------
def stacked(budget_delta=0):
    rows, merges = allocation(header_rows=2, indicators=COUNTS[:5])
    rows = [["UBND TỈNH BẮC KẠN"], ["I. PHÂN BỔ CHỈ TIÊU"], []] + rows[3:]
    rows += [[], [], ["II. PHÂN BỔ KINH PHÍ THỰC HIỆN (triệu đồng)"]]
    top = len(rows) + 1
    rows.append(["STT", "Nội dung", "ĐVT"] + SPELLINGS[2] + ["Tổng cộng"])
    money = [("Kinh phí truyền thông", [12.5, 10, 10, 11, 9.5, 10, 10, 12]),
             ("Kinh phí tập huấn", [20, 18, 18, 22, 15, 16, 17, 19])]
    for i, (label, vals) in enumerate(money):
        r = len(rows) + 1
        rows.append([str(i + 1), label, "triệu đồng"] + vals + [f"=SUM(D{r}:K{r})" if not (budget_delta and i == 1)
                                                              else sum(vals) + budget_delta])
    return rows, merges, top


# ---- Thái Nguyên 2026 by commune ------------------------------------------------------------
def thai_nguyen_2026():
    units = []
    # The 37 communes of Thái Nguyên formed from former Bắc Kạn (a copy of shared/data; see its README).
    with open(os.path.join(ROOT, "tests", "data", "thai-nguyen-xa-tu-bac-kan.csv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            units.append(line.strip().split(",")[1])
    rows = [["UBND TỈNH THÁI NGUYÊN"], ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 NĂM 2026 (GIAI ĐOẠN 2026-2030)"], [],
            ["TT", "Xã, phường", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy cộng đồng", "CLB thủ lĩnh của sự thay đổi"]]
    for i, u in enumerate(units[:20]):
        rows.append([i + 1, u, 3, 1, 2])
    n = len(rows)
    rows.append(["", "Tổng cộng", f"=SUM(C5:C{n})", f"=SUM(D5:D{n})", f"=SUM(E5:E{n})"])
    return rows


def tuyen_quang_2026():
    """A province with no built-in plan: its communes (since 1 July 2025) in the same layout."""
    units = ["Xã Minh Quang", "Xã Lâm Bình", "Phường Minh Xuân", "Xã Hồng Thái", "Xã Thượng Lâm", "Xã Na Hang"]
    rows = [["UBND TỈNH TUYÊN QUANG"], ["KẾ HOẠCH THỰC HIỆN DỰ ÁN 8 NĂM 2026 (GIAI ĐOẠN 2026-2030)"], [],
            ["TT", "Xã, phường", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy cộng đồng", "CLB thủ lĩnh của sự thay đổi"]]
    for i, u in enumerate(units):
        rows.append([i + 1, u, 3, 1, 2])
    n = len(rows)
    rows.append(["", "Tổng cộng", f"=SUM(C5:C{n})", f"=SUM(D5:D{n})", f"=SUM(E5:E{n})"])
    return rows


# ---- old encodings: families_encoding.py ---------------------------------------------
from families_encoding import encoded, tcvn3, vni  # noqa: E402,F401


# ---- the appendix of Ninh Thuận ------------------------------------------------------------
def appendix(fill_empty=True, blank_target=None):
    plan = json.load(open(os.path.join(ROOT, "plans", "ninh-thuan-pl02-2022.json"), encoding="utf-8"))
    rows = [["Phụ lục 02"], ["Hoạt động thực hiện Dự án 8 tại Ninh Thuận giai đoạn 1: từ năm 2022 đến năm 2025"], [],
            ["TT", "Nội dung hoạt động", "Chỉ tiêu tổng thể giai đoạn 1: 2021-2025", "Thời gian thực hiện/hoàn thiện"]]
    merges, planted = [], None
    for sec in plan["content"]:
        merges.append(f"A{len(rows) + 1}:D{len(rows) + 1}")
        rows.append([sec["number"] + ". " + sec["text"]["vi"]])
        for act in sec["children"]:
            rows.append([act["number"], act["text"]["vi"]])
            for item in act["children"]:
                target = item["target_text"] or ("Thực hiện theo kế hoạch hằng năm" if fill_empty else "")
                if blank_target is not None and planted is None and item["target_text"] and len(rows) >= blank_target:
                    target, planted = "", len(rows) + 1
                rows.append(["'" + item["number"] if item["number"] else "", item["text"]["vi"], target,
                             item["timeline_text"] or ""])
    return rows, merges, planted


# ---- stray texts in district columns ----------------------------------------------------------
def stray_texts(slip=None, note=None):
    """A correct allocation with placeholders staff type for "none" ("-", "x": the district's
    value moved to its neighbour, so every sum still fits), and optionally a slip ("mười")
    or a note ("chưa giao") typed where a figure belongs: one finding at that cell."""
    rows, merges = allocation(header_rows=2)
    first = first_data_row(rows)
    for k, mark in ((1, "-"), (4, "x")):   # rows 2 and 5: E gets the mark, F the figure
        r = rows[first - 1 + k]
        r[5] += r[4]
        r[4] = mark
    if slip:
        rows[first - 1 + 2][6] = slip
    if note:
        rows[first - 1 + 3][6] = note
    return rows, merges


# ---- a small allocation over two districts --------------------------------------------------
def two_districts(total_delta=0):
    rows = [["UBND TỈNH BẮC KẠN"], ["PHÂN BỔ CHỈ TIÊU TỔ SINH KẾ VÀ ĐỊA CHỈ TIN CẬY CỘNG ĐỒNG NĂM 2024"], [],
            ["STT", "Chỉ tiêu", "ĐVT", "Huyện Ba Bể", "Huyện Pác Nặm", "Tổng cộng", "Ghi chú"],
            ["1", "Tổ sinh kế ứng dụng công nghệ 4.0", "tổ", 2, 3, "=SUM(D5:E5)", "thí điểm"],
            ["2", "Địa chỉ tin cậy cộng đồng", "địa chỉ", 3, 2, "=SUM(D6:E6)" if not total_delta else 5 + total_delta, ""],
            ["3", "CLB thủ lĩnh của sự thay đổi", "CLB", 4, 4, "=SUM(D7:E7)", ""]]
    return rows


# ---- a unit's own total over its breakdown sub-columns ------------------------------------------
def colname(c):   # 0-based column → "A", "AA"
    s = ""
    c += 1
    while c:
        c, m = divmod(c - 1, 26)
        s = chr(65 + m) + s
    return s


def unit_breakdown(wrong_unit=None):
    """Each district: "Tổng số | Thành lập mới | Củng cố" (the unit's total first, typed as a
    formula over its breakdown), the province's "Tổng cộng" over the units' totals."""
    names = SPELLINGS[2]
    rows = [["UBND TỈNH BẮC KẠN"], ["PHÂN BỔ CHỈ TIÊU THÀNH LẬP MỚI VÀ CỦNG CỐ GIAI ĐOẠN 2021-2025"],
            ["STT", "Chỉ tiêu", "ĐVT"] + sum([[n, "", ""] for n in names], []) + ["Tổng cộng"],
            ["", "", ""] + ["Tổng số", "Thành lập mới", "Củng cố"] * len(names) + [""]]
    last = 3 + 3 * len(names)
    merges = ["A3:A4", "B3:B4", "C3:C4", f"{colname(last)}3:{colname(last)}4"] + \
             [f"{colname(3 + 3 * i)}3:{colname(5 + 3 * i)}3" for i in range(len(names))]
    for n, (label, unit, target) in enumerate([COUNTS[0], COUNTS[4], COUNTS[5]], 1):
        r = len(rows) + 1
        row = [str(n), label, unit]
        for i, v in enumerate(split(target)):
            new = v // 2
            t, a, b = colname(3 + 3 * i), colname(4 + 3 * i), colname(5 + 3 * i)
            total = f"={a}{r}+{b}{r}"
            if wrong_unit == (n, i):
                total = v + 2          # typed, and 2 more than its breakdown
            row += [total, new, v - new]
        row.append("=" + "+".join(f"{colname(3 + 3 * i)}{r}" for i in range(len(names))))
        rows.append(row)
    return rows, merges


# ---- tables spread over sheets, stacked tables each with its own title ----------------------------
def split_over_sheets(delta_on_second=0):
    """The allocation in two sheets: indicators 1–6 on "Biểu 1", 7–11 on "Biểu 2"."""
    out = []
    for k, (name, part) in enumerate((("Biểu 1", COUNTS[:6]), ("Biểu 2", COUNTS[6:]))):
        rows, merges = allocation(header_rows=2, indicators=part)
        rows[1] = [f"BIỂU {k + 1}. PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 ĐẾN NĂM 2025 (TIẾP)" if k else
                   "BIỂU 1. PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 ĐẾN NĂM 2025"]
        if k and delta_on_second:
            first = first_data_row(rows)
            rows[first - 1][11] = sum(split(part[0][2])) + delta_on_second
        out.append(sheet(name, rows, merges))
    return out


def stacked_titled(wrong_second=False):
    """Three tables on one sheet, each under its own title: the allocation of the first five
    indicators, of the other six (2 header rows each) and the year's budget by district."""
    rows = [["UBND TỈNH BẮC KẠN"], ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH"], []]
    merges, tops = [], []
    for title, part in (("BIỂU 1. PHÂN BỔ CHỈ TIÊU TỔ, NHÓM", COUNTS[:5]), ("BIỂU 2. PHÂN BỔ CHỈ TIÊU HOẠT ĐỘNG", COUNTS[5:])):
        body, m = allocation(header_rows=2, indicators=part, title=False)
        shift = len(rows) + 2
        rows += [[title], []]
        for rng in m:
            a, b = rng.split(":")
            merges.append(f"{a[0]}{int(a[1:]) + shift}:{b[0]}{int(b[1:]) + shift}")
        start = len(rows)
        for row in body:
            rows.append([_shift_formula(v, shift) for v in row])
        tops.append(start + 3)   # 1-based sheet row of the first data row
        rows += [[], []]
    if wrong_second:
        r = tops[1]
        rows[r - 1][11] = f"=SUM(D{r}:K{r})-1"
    rows += [["BIỂU 3. KINH PHÍ NĂM 2024 (triệu đồng)"], []]
    top = len(rows) + 1
    rows.append(["STT", "Nội dung", "ĐVT"] + SPELLINGS[0] + ["Tổng cộng"])
    r = len(rows) + 1
    rows.append(["1", "Kinh phí truyền thông", "triệu đồng", 10, 12, 9, 11, 10, 10, 8, 12, f"=SUM(D{r}:K{r})"])
    return rows, merges, tops, top


def _shift_formula(v, shift):
    import re
    if isinstance(v, str) and v.startswith("="):
        return re.sub(r"([A-Z])(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + shift), v)
    return v


def unit_years(wrong=False):
    """Three districts, each "2023 | 2024 | Tổng" (years typed as numbers), the province's
    "Tổng cộng" over the units' totals; wrong: Chợ Đồn's total typed 1 more than its years."""
    units = ["Ba Bể", "Chợ Đồn", "Na Rì"]
    rows = [["UBND TỈNH BẮC KẠN"], ["KẾT QUẢ THÀNH LẬP MÔ HÌNH NĂM 2023-2024 TẠI CÁC HUYỆN ĐIỂM"],
            ["STT", "Chỉ tiêu", "ĐVT"] + sum([[u, "", ""] for u in units], []) + ["Tổng cộng"],
            ["", "", ""] + [2023, 2024, "Tổng"] * len(units) + [""]]
    merges = ["A3:A4", "B3:B4", "C3:C4", "M3:M4"] + [f"{colname(3 + 3 * i)}3:{colname(5 + 3 * i)}3" for i in range(3)]
    data = [("Tổ truyền thông cộng đồng", "tổ", [(4, 6), (5, 7), (4, 5)]),
            ("CLB thủ lĩnh của sự thay đổi", "CLB", [(1, 2), (2, 1), (1, 1)])]
    for n, (label, unit, pairs) in enumerate(data, 1):
        r = len(rows) + 1
        row = [str(n), label, unit]
        for i, (a, b) in enumerate(pairs):
            ca, cb = colname(3 + 3 * i), colname(4 + 3 * i)
            row += [a, b, a + b + 1 if (wrong and n == 1 and i == 1) else f"={ca}{r}+{cb}{r}"]
        row.append("=" + "+".join(f"{colname(5 + 3 * i)}{r}" for i in range(3)))
        rows.append(row)
    return rows, merges
