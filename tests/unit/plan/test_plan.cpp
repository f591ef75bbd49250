// The built-in plans against their seeds: every indicator and target of the Bắc Kạn plan
// (seed 000), every row of the Ninh Thuận appendix 02 verbatim (seed 004), districts,
// deadlines, and the example allocation file.
#include <catch2/catch.hpp>

#include "core/plan/plan.hpp"
#include "core/parse/target.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <optional>
#include <regex>
#include <sstream>

namespace {

p8::Plan builtin(const std::string& id) { return p8::loadPlanFile(p8::builtinPlanPath(id, P8_SOURCE_DIR "/plans")); }

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string trim(const std::string& s) {
  const auto a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return "";
  return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

// The cells of seed 004's table: a line starting with a tab opens a cell, lines without one
// continue it, a blank line closes it. Word-processor bookmarks are not text.
std::vector<std::string> seedCells() {
  const std::string seed = readFile(P8_SEEDS_DIR "/004_225ee411d79a99d5.txt");
  const std::string header = "Thời gian thực hiện/hoàn thiện";
  std::istringstream in(seed.substr(seed.find(header) + header.size()));
  std::vector<std::string> cells;
  std::optional<std::string> cur;
  auto close = [&] {
    if (cur) cells.push_back(trim(std::regex_replace(*cur, std::regex(R"(^\[bookmark: [^\]]*\])"), "")));
    cur.reset();
  };
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] == '\t') {
      close();
      cur = line.substr(1);
    } else if (trim(line).empty()) {
      close();
    } else if (cur) {
      *cur += "\n" + line;
    }
  }
  close();
  cells.erase(std::remove(cells.begin(), cells.end(), std::string()), cells.end());
  return cells;
}

void walk(const std::vector<p8::ContentItem>& items, const std::function<void(const p8::ContentItem&)>& f) {
  for (const auto& c : items) {
    f(c);
    walk(c.children, f);
  }
}

}  // namespace

TEST_CASE("Bắc Kạn: the 11 key indicators of seed 000 with sub-targets 2a–2c", "[plan]") {
  const auto plan = builtin("bac-kan-2022");
  const std::string seed = readFile(P8_SEEDS_DIR "/000_a59f23c5963fc5e1.txt");
  CHECK(plan.schemaVersion == 1);
  CHECK(plan.id == "bac-kan-2022");
  CHECK(plan.province == "Bắc Kạn");
  CHECK(plan.phase == "2021-2025");
  CHECK(plan.startYear == 2021);
  CHECK(plan.endYear == 2025);
  CHECK_FALSE(plan.title.vi.empty());
  CHECK_FALSE(plan.title.en.empty());
  const struct { const char* code; double target; bool percent; const char* parent; } expected[] = {
      {"1", 380, false, ""}, {"2", 120, false, ""},  {"2a", 0.15, true, "2"}, {"2b", 0.15, true, "2"},
      {"2c", 74, false, "2"}, {"3", 21, false, ""},  {"4", 40, false, ""},    {"5", 0.8, true, ""},
      {"6", 74, false, ""},   {"7", 181, false, ""}, {"8", 50, false, ""},    {"9", 25, false, ""},
      {"10", 20, false, ""},  {"11", 66, false, ""}};
  REQUIRE(plan.indicators.size() == 14);
  for (std::size_t i = 0; i < 14; ++i) {
    const auto& e = expected[i];
    INFO("indicator " << e.code);
    const p8::Indicator& ind = plan.indicators[i];   // in the plan's order
    CHECK(ind.code == e.code);
    REQUIRE(ind.target);
    CHECK(*ind.target == Approx(e.target));
    CHECK(ind.percent == e.percent);
    CHECK(ind.parent == e.parent);
    CHECK(ind.unit == (e.percent ? "%" : ind.unit));
    CHECK_FALSE(ind.unit.empty());
    CHECK_FALSE(ind.name.vi.empty());
    CHECK_FALSE(ind.name.en.empty());
    CHECK_FALSE(ind.aliases.empty());
    // The target as the seed writes it, and the number in it is the target.
    CHECK(seed.find(ind.targetText) != std::string::npos);
    const p8::TargetText t = p8::parseTarget(ind.targetText);
    REQUIRE(t.value);
    CHECK(*t.value == Approx(e.target));
  }
  CHECK(plan.findIndicator("2A") == &plan.indicators[2]);
  CHECK(plan.findIndicator(" 11 ") == &plan.indicators[13]);
  CHECK(plan.findIndicator("12") == nullptr);
  CHECK(plan.findIndicator("") == nullptr);
  CHECK(plan.indicators[0].name.in("en") == plan.indicators[0].name.en);
  CHECK(plan.indicators[0].name.in("fr") == plan.indicators[0].name.vi);
}

TEST_CASE("Bắc Kạn: content areas 2.1–2.4 with their sub-activities, as in seed 000", "[plan]") {
  const auto plan = builtin("bac-kan-2022");
  const std::string seed = readFile(P8_SEEDS_DIR "/000_a59f23c5963fc5e1.txt");
  REQUIRE(plan.content.size() == 4);
  const std::size_t children[] = {4, 4, 4, 0};
  for (std::size_t a = 0; a < 4; ++a) {
    const auto& area = plan.content[a];
    CHECK(area.number == "2." + std::to_string(a + 1));
    REQUIRE(area.children.size() == children[a]);
    for (std::size_t k = 0; k < area.children.size(); ++k)
      CHECK(area.children[k].number == area.number + "." + std::to_string(k + 1));
  }
  walk(plan.content, [&](const p8::ContentItem& c) {
    INFO(c.number);
    CHECK(seed.find(c.number + ". " + c.text.vi) != std::string::npos);   // the seed's words
    CHECK_FALSE(c.text.en.empty());
  });
}

TEST_CASE("Bắc Kạn: the 8 districts valid until the district level ended, and the deadlines", "[plan]") {
  const auto plan = builtin("bac-kan-2022");
  CHECK(plan.reportingLevel == "district");
  const auto ds = plan.districts();
  std::vector<std::string> names;
  for (const auto* d : ds) {
    names.push_back(d->name);
    CHECK(d->level == "district");
    CHECK(d->parent == "bk");
    CHECK(d->validTo == "2025-06-30");
    CHECK_FALSE(d->aliases.empty());
  }
  CHECK(names == std::vector<std::string>{"Thành phố Bắc Kạn", "Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới",
                                          "Na Rì", "Ngân Sơn", "Pác Nặm"});
  REQUIRE(plan.findUnit("bk"));
  CHECK(plan.findUnit("bk")->level == "province");
  CHECK(plan.findUnit("nowhere") == nullptr);
  REQUIRE(plan.deadlines.size() == 2);
  const auto& progress = plan.deadlines[0];
  CHECK(progress.kind == "progress");
  CHECK(progress.day == 10);
  CHECK(progress.month == 9);
  CHECK(progress.yearOffset == 0);
  const auto& update = plan.deadlines[1];
  CHECK(update.kind == "update");
  CHECK(update.day == 25);
  CHECK(update.month == 1);
  CHECK(update.yearOffset == 1);
  CHECK(update.label.vi.find("25/01") != std::string::npos);
  CHECK_FALSE(update.label.en.empty());
  CHECK(plan.allocation.empty());   // the seed's allocation table is not public
}

TEST_CASE("Ninh Thuận: every cell of appendix 02 (seed 004) is in the plan, verbatim, and nothing else", "[plan]") {
  const auto plan = builtin("ninh-thuan-pl02-2022");
  const auto cells = seedCells();
  // The plan's texts as the seed's cells: a section is "Nội dung N." + its text in one cell.
  std::vector<std::string> fields;
  walk(plan.content, [&](const p8::ContentItem& c) {
    if (c.number.rfind("Nội dung ", 0) == 0) {
      fields.push_back(c.number + "." + c.text.vi);
    } else {
      if (!c.number.empty()) fields.push_back(c.number);
      fields.push_back(c.text.vi);
    }
    if (!c.targetText.empty()) fields.push_back(c.targetText);
    if (!c.timelineText.empty()) fields.push_back(c.timelineText);
  });
  std::vector<std::string> seedSide;
  for (std::string c : cells) {   // "Nội dung 2. Xây dựng…": the seed varies the space
    const std::size_t dot = c.find('.');
    if (c.rfind("Nội dung ", 0) == 0 && dot != std::string::npos) c = c.substr(0, dot + 1) + trim(c.substr(dot + 1));
    seedSide.push_back(c);
  }
  CHECK(seedSide.size() == 144);
  CHECK(fields == seedSide);   // same texts, same order

  // Structure: 4 sections, their activities (numbering as written), 30 rows below them.
  REQUIRE(plan.content.size() == 4);
  std::vector<std::string> acts;
  for (const auto& s : plan.content)
    for (const auto& a : s.children) acts.push_back(s.number + "/" + a.number);
  CHECK(acts == std::vector<std::string>{"Nội dung 1/HĐ1", "Nội dung 1/HĐ 2", "Nội dung 1/HĐ3", "Nội dung 2/HĐ1",
                                         "Nội dung 2/HĐ2", "Nội dung 2/HĐ3", "Nội dung 2/HĐ 4", "Nội dung 3/HĐ 1",
                                         "Nội dung 3/HĐ2", "Nội dung 3/HĐ3", "Nội dung 3/HĐ4", "Nội dung 4/HĐ1"});
  int rows = 0, emptyTargets = 0, unnumbered = 0;
  for (const auto& s : plan.content)
    for (const auto& a : s.children)
      for (const auto& item : a.children) {
        ++rows;
        emptyTargets += item.targetText.empty();
        unnumbered += item.number.empty();
        CHECK(item.children.empty());
      }
  CHECK(rows == 30);
  CHECK(emptyTargets == 2);   // Nội dung 3 HĐ3.02 and HĐ4.02
  CHECK(unnumbered == 2);     // Nội dung 2 HĐ2's only row, and a row of Nội dung 3 HĐ 1
  const auto& hd2 = plan.content[0].children[1];
  CHECK(hd2.children[0].targetText.rfind("- Tỉnh: Xây dựng ít nhất 01 chương trình", 0) == 0);
  CHECK(hd2.children[0].targetText.find("\n- Tại mỗi xã") != std::string::npos);
  CHECK(hd2.children[2].targetText == "10.000 tờ gấp");
  CHECK(plan.content[2].children[2].children[1].targetText.empty());
  CHECK(plan.content[2].children[2].children[1].timelineText == "Ha\xcc\x80ng n\xc4\x83m");   // seed's decomposed "à"
}

TEST_CASE("Ninh Thuận: an indicator for every appendix row with a number in its target", "[plan]") {
  const auto plan = builtin("ninh-thuan-pl02-2022");
  CHECK(plan.startYear == 2022);
  CHECK(plan.endYear == 2025);
  // Each row that defines an indicator: same target text, and the number is the target.
  std::size_t linked = 0;
  walk(plan.content, [&](const p8::ContentItem& c) {
    const p8::TargetText t = p8::parseTarget(c.targetText);
    const bool numeric = t.kind == p8::TargetKind::Count || t.kind == p8::TargetKind::Percent;
    INFO(c.number << " " << c.targetText);
    if (c.indicator.empty()) {
      CHECK_FALSE(numeric);   // qualitative, minimum or empty: no indicator
      return;
    }
    ++linked;
    const p8::Indicator* ind = plan.findIndicator(c.indicator);
    REQUIRE(ind);
    CHECK(ind->targetText == c.targetText);
    REQUIRE(ind->target);
    REQUIRE(t.value);
    CHECK(*ind->target == Approx(*t.value));
    CHECK(ind->percent == (t.kind == p8::TargetKind::Percent));
    CHECK_FALSE(ind->name.en.empty());
  });
  CHECK(linked == plan.indicators.size());
  CHECK(plan.indicators.size() == 22);
  CHECK(*plan.findIndicator("1.2.03")->target == 10000);
  CHECK(*plan.findIndicator("1.1.01")->target == 77);
  CHECK(*plan.findIndicator("2.1.02")->target == Approx(0.15));
  CHECK(*plan.findIndicator("3.1.02")->target == 38);
  CHECK(*plan.findIndicator("3.2.01")->target == 15);   // "Thành lập 15 CLB…"

  std::vector<std::string> names;
  for (const auto* d : plan.districts()) {
    names.push_back(d->name);
    CHECK(d->validTo == "2025-06-30");
  }
  CHECK(names == std::vector<std::string>{"Thành phố Phan Rang–Tháp Chàm", "Bác Ái", "Ninh Hải", "Ninh Phước",
                                          "Ninh Sơn", "Thuận Bắc", "Thuận Nam"});
  REQUIRE(plan.deadlines.size() == 2);
}

TEST_CASE("the example allocation gives each district a share that adds up to the plan", "[plan]") {
  const auto ex = p8::loadPlanFile(P8_SOURCE_DIR "/samples/plans/bac-kan-2022-example-allocation.json");
  const auto bk = builtin("bac-kan-2022");
  CHECK(ex.id != bk.id);
  CHECK(ex.title.vi.find("VÍ DỤ") != std::string::npos);
  CHECK(ex.title.en.find("EXAMPLE") != std::string::npos);
  REQUIRE(ex.indicators.size() == bk.indicators.size());
  const auto districts = ex.districts();
  REQUIRE(districts.size() == 8);
  for (std::size_t i = 0; i < ex.indicators.size(); ++i) {
    const p8::Indicator& ind = ex.indicators[i];
    INFO("indicator " << ind.code);
    CHECK(ind.code == bk.indicators[i].code);
    CHECK(ind.target == bk.indicators[i].target);
    REQUIRE(ex.allocation.count(ind.code));
    const auto& row = ex.allocation.at(ind.code);
    CHECK(row.size() == 8);
    double sum = 0;
    for (const auto* d : districts) {
      REQUIRE(row.count(d->id));
      const double v = row.at(d->id);
      if (ind.percent) {
        CHECK(v == *ind.target);   // a rate: each district reaches the province's rate
      } else {
        CHECK(v == std::floor(v));
        CHECK(v > 0);
      }
      sum += v;
    }
    if (!ind.percent) CHECK(sum == *ind.target);
  }
  // GALS groups (2c) are among each district's savings groups (2).
  for (const auto* d : districts) CHECK(ex.allocation.at("2c").at(d->id) <= ex.allocation.at("2").at(d->id));
  CHECK(ex.allocation.at("1").at("bk-cho-don") == 54);   // the value the P8.TARGET example shows
}
