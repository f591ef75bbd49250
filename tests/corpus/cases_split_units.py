"""Corpus cases of an allocation split over sheets by unit (families_split_units.py): clean
workbooks of 2 and 3 sheets, with a subtotal on each sheet, a grand total on the last one or
no total column, written by openpyxl and by LibreOffice, give no ERROR or WARNING; a district
on no sheet, an under-allocation over the sheets, a wrong subtotal or grand total and a district on
two sheets are each found once."""
from cases import case
from families_split_units import split_by_unit

FAMILY = "allocation split over sheets by unit"
TWO = [[0, 1, 2, 3], [4, 5, 6, 7]]
THREE = [[0, 1, 2], [3, 4, 5], [6, 7]]
ROW_7 = 12   # sheet row of indicator 7 (Đối thoại chính sách, 181 cuộc)


def cases():
    def c(name, writer, parts, total, planted=(), **kw):
        return case(name, writer, split_by_unit(parts, total, writer, **kw), planted=planted, family=FAMILY)

    return [
        # Clean: no ERROR, no WARNING.
        c("chia-huyen-2-trang-cong", "openpyxl", TWO, "subtotal"),
        c("chia-huyen-2-trang-cong-ods", "office-ods", TWO, "subtotal"),
        c("chia-huyen-2-trang-tong-cuoi", "openpyxl", TWO, "grand"),
        c("chia-huyen-3-trang-tong-cuoi", "office-xlsx", THREE, "grand"),
        c("chia-huyen-3-trang-khong-tong", "openpyxl", THREE, "none"),
        c("chia-huyen-3-trang-cong-ods", "office-ods", THREE, "subtotal"),
        # Planted faults, each found once.
        c("chia-huyen-thieu-pac-nam", "openpyxl", [[0, 1, 2, 3], [4, 5, 6]], "subtotal",
          planted=["district-missing@Huyện 1-4!"]),
        c("chia-huyen-3-trang-thieu-pac-nam", "office-ods", [[0, 1, 2], [3, 4], [5, 6]], "none",
          planted=["district-missing@Huyện 1-3!"]),
        c("chia-huyen-phan-bo-thieu", "office-xlsx", TWO, "subtotal", short=(6, 5),
          planted=[f"allocation-under@Huyện 1-4!B{ROW_7}"]),
        c("chia-huyen-phan-bo-thieu-tong-cuoi", "openpyxl", TWO, "grand", short=(6, 5),
          planted=[f"allocation-under@Huyện 5-8!H{ROW_7}"]),
        c("chia-huyen-cong-sai", "office-ods", TWO, "subtotal", wrong_subtotal=(0, 2),
          planted=["sum-mismatch@Huyện 5-8!H6"]),
        c("chia-huyen-tong-cuoi-sai", "office-xlsx", THREE, "grand", wrong_subtotal=(0, 3),
          planted=["sum-mismatch@Huyện 7-8!F6"]),
        c("chia-huyen-trung-cho-moi", "openpyxl", [[0, 1, 2, 3, 4], [4, 5, 6, 7]], "subtotal",
          planted=["district-duplicate@Huyện 5-8!D5"]),
    ]
