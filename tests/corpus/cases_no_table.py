"""Corpus cases: workbooks without a plan (no --plan) that no built-in plan can be told for.
A file with no Project 8 table at all — a staff list of the communes with their former
districts — has nothing to check: no plan-unknown, INFO at most, exit 0 (sidecar plan ""). A
file with a Project 8 table whose plan cannot be told keeps its honest plan-unknown (plan null)."""
import os

import families as F
from families import sheet

FAMILY = "no plan, no P8 table (nothing to check) or a table (plan-unknown)"


def communes():
    """The communes of Thái Nguyên formed from former Bắc Kạn, with their former district."""
    out = []
    with open(os.path.join(F.ROOT, "tests", "data", "thai-nguyen-xa-tu-bac-kan.csv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            district, unit, _ = line.strip().split(",")
            out.append((unit, district))
    return out


def staff_of_communes():
    """Who answers for Project 8 in each commune: names, posts, phones, the former district."""
    rows = [["DANH SÁCH CÁN BỘ PHỤ TRÁCH DỰ ÁN 8 Ở CÁC XÃ, PHƯỜNG"], [],
            ["TT", "Họ và tên", "Chức vụ", "Xã, phường", "Huyện cũ", "Điện thoại"]]
    names = ["Hoàng Thị Lan", "Nông Thị Hoa", "Lường Thị Mai", "Triệu Thị Hằng", "Ma Thị Thu", "Lý Thị Nga"]
    for i, (unit, district) in enumerate(communes()[:12]):
        rows.append([i + 1, names[i % len(names)], "Cán bộ", unit, district, f"0912 345 {600 + i}"])
    return rows


def commune_table_with_former():
    """A commune allocation (no province, no year) naming each commune's former district beside
    it: every row names a unit of both plans, which fit equally — and there IS a table."""
    rows = [["PHÂN BỔ CHỈ TIÊU DỰ ÁN 8 CHO CÁC XÃ, PHƯỜNG"], [],
            ["TT", "Xã, phường", "Huyện cũ", "Tổ truyền thông cộng đồng", "Địa chỉ tin cậy cộng đồng"]]
    for i, (unit, district) in enumerate(communes()[:10]):
        rows.append([i + 1, unit, district, 3, 1])
    n = len(rows)
    rows.append(["", "Tổng cộng", "", f"=SUM(D4:D{n})", f"=SUM(E4:E{n})"])
    return [sheet("Phân bổ", rows)]


def cases():
    from cases import case
    return [
        case("can-bo-xa-phuong-khong-ke-hoach", "openpyxl", [sheet("Cán bộ", staff_of_communes())], plan="",
             family=FAMILY),
        case("can-bo-xa-phuong-khong-ke-hoach-ods", "office-ods", [sheet("Cán bộ", staff_of_communes())], plan="",
             family=FAMILY),
        case("phan-bo-xa-kem-huyen-cu", "openpyxl", commune_table_with_former(), plan=None, family=FAMILY),
    ]
