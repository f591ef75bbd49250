"""Makes the sample workbooks in samples/ through a real office (so they are genuine ODS
and XLSX files). Run after building:  /usr/bin/python3 tools/make_samples.py
The files are committed; this script documents how they were made and remakes them."""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "harness"))
from office import Office, file_url, prop  # noqa: E402

SAMPLES = os.path.join(ROOT, "samples")

# (what it shows, formula as a user types it, expected result)
FUNCTIONS = [
    ("Số trong chỉ tiêu viết bằng chữ", '=P8.VALUE("10.000 tờ gấp")', "10000"),
    ("Số có số 0 đứng đầu", '=P8.VALUE("06 lớp")', "6"),
    ("Tỷ lệ", '=P8.VALUE("15% thành viên của Tổ TKVVB")', "0,15"),
    ("Đơn vị tính", '=P8.UNIT("10.000 tờ gấp")', "tờ gấp"),
    ("Chỉ tiêu kế hoạch của chỉ số 1", '=P8.TARGET("1")', "380"),
    ("Chỉ tiêu theo tên chỉ số", '=P8.TARGET("Địa chỉ tin cậy cộng đồng")', "40"),
    ("Chỉ tiêu phân bổ cho huyện (kế hoạch có biểu phân bổ)",
     '=P8.TARGET("1";"H. Chợ Đồn";"{example}")', "54"),
    ("Tên chỉ số", '=P8.INDICATOR("2c")', "Tổ TKVVTB áp dụng …"),
    ("Đơn vị của chỉ số", '=P8.INDICATOR("7";"đơn vị")', "cuộc"),
    ("Tên chuẩn của huyện", '=P8.DISTRICT("huyen cho don")', "Chợ Đồn"),
    ("Huyện của Ninh Thuận", '=P8.DISTRICT("H. Bác Ái";"Ninh Thuận")', "Bác Ái"),
    ("Cộng theo huyện (cách viết khác nhau)", '=P8.SUMDISTRICT(C27:C31;B27:B31;"Chợ Đồn")', "35"),
    ("Kiểm tra tổng (0 là khớp)", "=P8.CHECKSUM(C27:C30;C31)", "0"),
    ("Còn thiếu so với chỉ tiêu", '=P8.GAP(300;"380 tổ")', "80"),
    ("Tỷ lệ hoàn thành", "=P8.RATE(300;380)", "0,789…"),
    ("Tình trạng", "=P8.STATUS(300;380)", "Chưa đạt"),
    ("Tình trạng theo tiến độ năm 2023", "=P8.STATUS(100;380;2023)", "Chậm tiến độ"),
    ("Hạn báo cáo tiến độ năm 2025", "=P8.DEADLINE(2025)", "10/09/2025"),
    ("Hạn cập nhật số liệu năm 2025", '=P8.DEADLINE(2025;"cập nhật")', "25/01/2026"),
    ("Năm bắt đầu", '=P8.TIMELINE("Năm 2022 - 2023";"bắt đầu")', "2022"),
    ("Hoạt động hàng năm?", '=P8.TIMELINE("Hàng năm";"hàng năm")', "1"),
]
SUMS = [("Chợ Đồn", 20), ("H. Ba Bể", 12), ("Huyện Chợ Đồn", 15), ("Na Rì", 9)]


def make_functions(office):
    doc = office.new_calc()
    sheet = doc.Sheets.getByIndex(0)
    sheet.Name = "Hàm P8"
    # a plan file next to the workbook: relative paths are resolved from the document's folder
    example = "bac-kan-2022-example-allocation.json"
    sheet.getCellByPosition(0, 0).String = "Các hàm Dự án 8 (p8calc) – ví dụ"
    for col, head in enumerate(["Nội dung", "Công thức", "Kết quả", "Kết quả mong đợi"]):
        sheet.getCellByPosition(col, 1).String = head
    for i, (what, formula, expected) in enumerate(FUNCTIONS):
        row = i + 2
        formula = formula.replace("{example}", "plans/" + os.path.basename(example))
        sheet.getCellByPosition(0, row).String = what
        sheet.getCellByPosition(1, row).String = formula
        sheet.getCellByPosition(2, row).setPropertyValue("FormulaLocal", formula)
        sheet.getCellByPosition(3, row).String = expected
    sheet.getCellByPosition(1, 25).String = "Huyện"
    sheet.getCellByPosition(2, 25).String = "Số tổ"
    for i, (name, value) in enumerate(SUMS):
        sheet.getCellByPosition(1, 26 + i).String = name
        sheet.getCellByPosition(2, 26 + i).Value = value
    sheet.getCellByPosition(1, 30).String = "Tổng cộng"
    sheet.getCellByPosition(2, 30).Formula = "=SUM(C27:C30)"
    # date format for the deadline rows
    for r in (19, 20):
        cell = sheet.getCellByPosition(2, r)
        key = doc.NumberFormats.queryKey("DD/MM/YYYY", doc.CharLocale, True)
        if key < 0:
            key = doc.NumberFormats.addNew("DD/MM/YYYY", doc.CharLocale)
        cell.NumberFormat = key
    sheet.Columns.getByIndex(0).Width = 8000
    sheet.Columns.getByIndex(1).Width = 9000
    sheet.Columns.getByIndex(2).Width = 5000
    sheet.Columns.getByIndex(3).Width = 4000
    doc.calculateAll()
    doc.storeToURL(file_url(os.path.join(SAMPLES, "p8-ham-mau.ods")),
                   (prop("FilterName", "calc8"),))
    doc.close(True)


COUNTS = [("Tổ truyền thông cộng đồng", "tổ", 380), ("Tổ tiết kiệm vay vốn thôn bản", "tổ", 120),
          ("Tổ TKVVTB áp dụng phương pháp học tập và hành động giới", "tổ", 74),
          ("Tổ sinh kế ứng dụng công nghệ 4.0", "tổ", 21), ("Địa chỉ tin cậy cộng đồng", "địa chỉ", 40),
          ("CLB thủ lĩnh của sự thay đổi", "CLB", 74), ("Đối thoại chính sách", "cuộc", 181),
          ("Cán bộ nữ DTTS được tập huấn", "cán bộ", 50), ("Tập huấn giám sát, đánh giá", "cuộc", 25),
          ("Tập huấn lồng ghép giới chương trình 2", "cuộc", 20),
          ("Tập huấn lồng ghép giới chương trình 3", "cuộc", 66)]
HEADERS = ["TP. Bắc Kạn", "H. Ba Bể", "Bạch Thông", "Cho Don", "Chợ Mới", "Na Rì", "Ngân Sơn",
           "Pác Nặm"]


def allocation_rows(plant=False):
    rows = [["UBND TỈNH BẮC KẠN"], ["BIỂU PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 ĐẾN NĂM 2025"], [],
            ["STT", "Chỉ tiêu", "ĐVT", "Phân bổ cho các huyện, thành phố"] + [""] * 7 + ["Tổng cộng"],
            ["", "", ""] + HEADERS + [""]]
    for i, (label, unit, target) in enumerate(COUNTS):
        vals = [target // 8] * 7 + [target - 7 * (target // 8)]
        r = len(rows) + 1
        rows.append([str(i + 1), label, unit] + vals + [f"=SUM(D{r}:K{r})"])
    if plant:
        rows[5][11] = "=SUM(D6:K6)-10"        # sum-mismatch L6
        rows[6][3] = 16                       # allocation-over at L7 + sum consistent
        rows[7][4] = "=1/0"                   # cell-error E8
        rows[8][5] = "'3"                     # value-text-number F9
        rows[9][6] = "chưa có"                # value-not-number G10
        rows[10][7] = -5                      # value-negative H11
        rows[11][8] = 9.5                     # value-not-integer I12
        rows[12][11] = 181                    # total-hardcoded L13
    return rows


def write_rows(doc, sheet, rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell = sheet.getCellByPosition(c, r)
            if isinstance(v, (int, float)):
                cell.Value = v
            elif isinstance(v, str) and v.startswith("="):
                cell.Formula = v
            elif isinstance(v, str) and v.startswith("'"):
                cell.String = v[1:]
            elif v != "":
                cell.String = v
    if rows and rows[0] and rows[0][0] == "UBND TỈNH BẮC KẠN":
        sheet.getCellRangeByName("D4:K4").merge(True)


def save_both(doc, name):
    doc.calculateAll()
    doc.storeToURL(file_url(os.path.join(SAMPLES, name + ".ods")), (prop("FilterName", "calc8"),))
    doc.storeToURL(file_url(os.path.join(SAMPLES, name + ".xlsx")),
                   (prop("FilterName", "Calc MS Excel 2007 XML"),))
    doc.close(True)


def make_allocations(office):
    for name, plant in (("bac-kan-phan-bo-dung", False), ("bac-kan-phan-bo-co-loi", True)):
        doc = office.new_calc()
        sheet = doc.Sheets.getByIndex(0)
        sheet.Name = "Phân bổ"
        write_rows(doc, sheet, allocation_rows(plant))
        sheet.Columns.getByIndex(1).Width = 9000
        save_both(doc, name)


def make_appendix(office):
    import json
    plan = json.load(open(os.path.join(ROOT, "plans", "ninh-thuan-pl02-2022.json"), encoding="utf-8"))
    doc = office.new_calc()
    sheet = doc.Sheets.getByIndex(0)
    sheet.Name = "Phụ lục 02"
    rows = [["Phụ lục 02"], ["Hoạt động thực hiện Dự án 8 tại Ninh Thuận giai đoạn 1: từ năm 2022 đến năm 2025"], [],
            ["TT", "Nội dung hoạt động", "Chỉ tiêu tổng thể giai đoạn 1: 2021-2025", "Thời gian thực hiện/hoàn thiện"]]
    merges = []
    for sec in plan["content"]:
        merges.append(len(rows))
        rows.append([sec["number"] + ". " + sec["text"]["vi"]])
        for act in sec["children"]:
            rows.append([act["number"], act["text"]["vi"]])
            for item in act["children"]:
                rows.append(["'" + item["number"] if item["number"] else "", item["text"]["vi"],
                             item["target_text"] or "", item["timeline_text"] or ""])
    write_rows(doc, sheet, rows)
    for r in merges:
        sheet.getCellRangeByPosition(0, r, 3, r).merge(True)
    sheet.Columns.getByIndex(1).Width = 12000
    sheet.Columns.getByIndex(2).Width = 6000
    save_both(doc, "ninh-thuan-phu-luc-02")


def main():
    os.makedirs(SAMPLES, exist_ok=True)
    with Office(os.path.join(ROOT, "build"), "samples") as office:
        make_functions(office)
        make_allocations(office)
        make_appendix(office)
    print("samples written to", SAMPLES)


if __name__ == "__main__":
    main()
