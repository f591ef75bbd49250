"""Corpus cases of an allocation split over sheets with one unit per sheet
(families_one_unit.py): eight district sheets, headed "Huyện Ba Bể", "Ba Bể" or "Phân bổ cho
huyện Ba Bể" (or "Số lượng" on a sheet or under a title naming the district), with or without a summary sheet, beside a notes sheet under one district's name,
written by openpyxl and by LibreOffice, give no ERROR or WARNING; a district with no sheet is
one district-missing, a short district sheet one allocation-under of the sum, a summary
sheet short of the district sheets one allocation-under at its total. District sheets under a
title of results ("BÁO CÁO KẾT QUẢ THỰC HIỆN") are progress: never summed as a share-out."""
from cases import case
from families_one_unit import one_per_sheet

FAMILY = "an allocation split over sheets, one unit per sheet"
ROW_7 = 11   # sheet row of indicator 7 (Đối thoại chính sách, 181 cuộc) on a district's sheet


def cases():
    def c(name, writer, planted=(), **kw):
        return case(name, writer, one_per_sheet(**kw), planted=planted, family=FAMILY)

    return [
        # Clean: no ERROR, no WARNING.
        c("mot-huyen-moi-trang", "openpyxl", style="full"),
        c("mot-huyen-moi-trang-ods", "office-ods", style="bare"),
        c("mot-huyen-moi-trang-phan-bo-cho", "office-xlsx", style="allocated"),
        c("mot-huyen-moi-trang-tong-hop", "openpyxl", style="bare", summary=True),
        c("mot-huyen-moi-trang-tong-hop-ods", "office-ods", style="allocated", summary=True),
        c("mot-huyen-moi-trang-ghi-chu", "openpyxl", style="full", notes=True),
        c("mot-huyen-moi-trang-ten-trang", "office-ods", style="sheet"),
        c("mot-huyen-moi-trang-ten-trang-tong-hop", "openpyxl", style="sheet", summary=True),
        c("mot-huyen-moi-trang-ten-o-tieu-de", "office-xlsx", style="sheet", sheet_names=False),
        c("ket-qua-mot-huyen-moi-trang", "openpyxl", style="full", results=True),
        c("ket-qua-mot-huyen-moi-trang-ods", "office-ods", style="sheet", results=True),
        # Planted faults, each found once.
        c("mot-huyen-moi-trang-thieu-pac-nam", "openpyxl", style="full", missing=7,
          planted=["district-missing@TP Bắc Kạn!"]),
        c("mot-huyen-moi-trang-thieu-ba-be-ods", "office-ods", style="bare", missing=1, summary=True,
          planted=["district-missing@TP Bắc Kạn!"]),
        c("mot-huyen-moi-trang-phan-bo-thieu", "office-xlsx", style="allocated", short=(6, 5),
          planted=[f"allocation-under@TP Bắc Kạn!B{ROW_7}"]),
        c("mot-huyen-moi-trang-ten-trang-thieu", "openpyxl", style="sheet", short=(6, 5),
          planted=[f"allocation-under@TP Bắc Kạn!B{ROW_7}"]),
        c("mot-huyen-moi-trang-ten-o-tieu-de-thieu-pac-nam", "openpyxl", style="sheet", sheet_names=False, missing=7,
          planted=["district-missing@Biểu 1!"]),
        # The summary short of the district sheets: its own sum is short, at its total.
        c("mot-huyen-moi-trang-tong-hop-sai", "openpyxl", style="full", summary=True, summary_short=(6, 4),
          planted=[f"allocation-under@Tổng hợp!L{ROW_7 + 1}"]),
    ]
