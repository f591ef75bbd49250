// Appendix tables (like seed 004): the plan's own appendix, written out as staff lay it out,
// gives no error and warns only where the plan itself has no target; a changed target, an
// empty or qualitative one, an unreadable or out-of-phase timeline are each reported.
#include "test_check_util.hpp"

#include <functional>

using namespace checktest;

namespace {

// The Ninh Thuận plan's content as appendix 02: "Nội dung n. …" section rows, "HĐn" rows,
// items with target and timeline. Returns the rows; `cellOf` maps an item number path to
// its sheet row (1-based).
Rows appendixFromPlan(const p8::Plan& plan) {
  Rows rows = {{"ỦY BAN NHÂN DÂN"}, {"TỈNH NINH THUẬN"}, {}, {"Phụ lục 02"},
               {"TT", "Nội dung hoạt động", "Chỉ tiêu tổng thể giai đoạn 1: 2021-2025", "Thời gian thực hiện/hoàn thiện"}};
  std::function<void(const p8::ContentItem&, int)> walk = [&](const p8::ContentItem& c, int depth) {
    if (depth == 0) rows.push_back({c.number + ". " + c.text.vi});
    else if (c.children.empty())
      rows.push_back({c.number.empty() ? "" : "'" + c.number, c.text.vi,
                      c.targetText.empty() ? "" : "'" + c.targetText, c.timelineText});
    else rows.push_back({c.number, c.text.vi});
    for (const auto& k : c.children) walk(k, depth + 1);
  };
  for (const auto& c : plan.content) walk(c, 0);
  return rows;
}

int rowOf(const Rows& rows, const std::string& text) {
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].size() > 1 && rows[i][1] == text) return static_cast<int>(i);
  return -1;
}

}  // namespace

TEST_CASE("the plan's own appendix: no error, warnings only for the plan's empty targets", "[check][appendix]") {
  const p8::Plan& nt = ninhThuan();
  const Rows rows = appendixFromPlan(nt);
  auto r = check(rows, nt, {}, "PL02");
  REQUIRE(r.tables.size() == 1);
  CHECK(r.tables[0].kind == p8::TableKind::Appendix);
  INFO(describe(r));
  CHECK(r.count(p8::Severity::Error) == 0);
  for (const auto& f : r.findings)
    if (f.severity == p8::Severity::Warning) CHECK(f.code == "target-empty");
  CHECK(count(r, "target-empty") == 2);
  CHECK(count(r, "target-qualitative") >= 2);
  CHECK_NO_FINDING(r, "indicator-missing");
}

TEST_CASE("an appendix target different from the plan's row is target-mismatch", "[check][appendix]") {
  const p8::Plan& nt = ninhThuan();
  Rows rows = appendixFromPlan(nt);
  const auto& hd1 = nt.content[0].children[0];
  const int r02 = rowOf(rows, hd1.children[1].text.vi);   // "15 lớp"
  REQUIRE(r02 > 0);
  rows[r02][2] = "16 lớp";
  const int r01 = rowOf(rows, hd1.children[0].text.vi);   // "77 tổ" → written as the number 77
  rows[r01][2] = "77";
  auto r = check(rows, nt, {}, "PL02");
  const std::string at = "C" + std::to_string(r02 + 1);
  REQUIRE_FINDING(r, "target-mismatch", at);
  CHECK(find(r, "target-mismatch", at)->expected == "15");
  CHECK(find(r, "target-mismatch", at)->actual == "16");
  CHECK_FALSE(has(r, "target-mismatch", "C" + std::to_string(r01 + 1)));
  // The same "01"/"02" numbers recur under every HĐ: the numbering path keeps them apart.
  CHECK(count(r, "target-mismatch") == 1);
}

TEST_CASE("empty and qualitative appendix targets", "[check][appendix]") {
  Rows rows = {{"TT", "Nội dung hoạt động", "Chỉ tiêu tổng thể giai đoạn 1: 2021-2025", "Thời gian thực hiện"},
               {"Nội dung 1. Truyền thông"},
               {"'01", "Tổ chức hội thi", "", "Năm 2023"},
               {"'02", "Nhân rộng mô hình", "Cấp tỉnh chủ động lựa chọn và nhân rộng", "Năm 2024"},
               {"'03", "Mở lớp tập huấn", "'06 lớp", "Năm 2022 - 2023"}};
  auto r = check(rows, ninhThuan(), {}, "PL");
  REQUIRE_FINDING(r, "target-empty", "C3");
  CHECK_FINDING(r, "target-qualitative", "C4");
  CHECK(find(r, "target-qualitative", "C4")->severity == p8::Severity::Info);
  CHECK_FALSE(has(r, "target-empty", "C5"));
  CHECK_FALSE(has(r, "target-qualitative", "C5"));
  CHECK_FALSE(has(r, "target-qualitative", "C3"));
}

TEST_CASE("timelines must be readable and inside the plan's phase", "[check][appendix]") {
  Rows rows = {{"TT", "Nội dung hoạt động", "Chỉ tiêu", "Thời gian thực hiện"},
               {"'01", "Tổ chức hội thi", "'01 cuộc thi", "Năm 2023 hoặc năm 2024"},
               {"'02", "Mở lớp tập huấn", "'06 lớp", "Khi có kinh phí"},
               {"'03", "Tổng kết", "'01 hội nghị", "Năm 2027"},
               {"'04", "Khởi động", "'01 hội nghị", "Năm 2019 - 2020"},
               {"'05", "Truyền thông", "'10.000 tờ gấp", "Hàng năm"}};
  auto r = check(rows, ninhThuan(), {}, "PL");
  CHECK_FINDING(r, "timeline-unparsed", "D3");
  CHECK(find(r, "timeline-unparsed", "D3")->severity == p8::Severity::Info);
  REQUIRE_FINDING(r, "timeline-outside-phase", "D4");
  CHECK(find(r, "timeline-outside-phase", "D4")->actual == "2027");
  CHECK(find(r, "timeline-outside-phase", "D4")->expected == "2022-2025");
  CHECK_FINDING(r, "timeline-outside-phase", "D5");
  for (const char* cell : {"D2", "D6"}) {
    CHECK_FALSE(has(r, "timeline-unparsed", cell));
    CHECK_FALSE(has(r, "timeline-outside-phase", cell));
  }
}

TEST_CASE("an appendix that lost most rows of the plan's indicators is not silent", "[check][appendix]") {
  const p8::Plan& nt = ninhThuan();
  Rows rows = appendixFromPlan(nt);
  const int r02 = rowOf(rows, nt.content[0].children[0].children[1].text.vi);   // indicator 1.1.02
  rows.erase(rows.begin() + r02);
  auto r = check(rows, nt, {}, "PL02");
  REQUIRE_FINDING(r, "indicator-missing", "");
  CHECK(find(r, "indicator-missing", "")->expected == "1.1.02");
}

TEST_CASE("a percent target typed as the number 0.15 matches the plan's \"15% …\"", "[check][appendix]") {
  const p8::Plan& nt = ninhThuan();
  Rows rows = appendixFromPlan(nt);
  int row = -1;
  for (std::size_t i = 0; i < rows.size() && row < 0; ++i)
    if (rows[i].size() > 2 && rows[i][2].rfind("'15%", 0) == 0) row = static_cast<int>(i);
  REQUIRE(row > 0);
  rows[row][2] = "0.15";   // a number cell (formatted as % in the office)
  auto r = check(rows, nt, {}, "PL02");
  INFO(describe(r));
  CHECK_FALSE(has(r, "target-mismatch", "C" + std::to_string(row + 1)));
  rows[row][2] = "0.2";
  r = check(rows, nt, {}, "PL02");
  REQUIRE_FINDING(r, "target-mismatch", "C" + std::to_string(row + 1));
}
