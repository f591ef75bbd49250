// The block "Tổng hợp theo huyện cũ" of the consolidated report (see the header). Its figures
// are the grouping's (former_units.hpp), so the report, the summary and the JSON never
// disagree; a sum no commune gave stays an empty cell, never 0.
#include "core/consolidate/former_report.hpp"

#include "core/plan/plan_level.hpp"

#include <algorithm>
#include <cmath>

namespace p8 {
namespace {

std::string viDate(const std::string& iso) {
  return iso.size() >= 10 ? iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4) : iso;
}

std::vector<const Indicator*> summable(const Plan& plan) {
  std::vector<const Indicator*> out;
  for (const Indicator& ind : plan.indicators)
    if (!ind.percent) out.push_back(&ind);
  return out;
}

// Height of a wrapped text in a width, roughly as the report's builder measures (a Times
// letter is ~0.4 em wide).
double heightFor(const std::string& t, double widthMm, double sizePt) {
  const double perLine = std::max(1.0, widthMm / (sizePt * 0.3528 * 0.40));
  const double lines = std::max(1.0, std::ceil(static_cast<double>(t.size()) * 0.85 / perLine));
  return std::round((lines * sizePt * 0.3528 * 1.2 + 1.5) * 10) / 10;
}

// Height of a short bold heading in a narrow column, wrapped at spaces ("Thành phố Bắc Kạn"
// takes three lines in a column of 16 mm): words are not split, so count lines word by word.
double headingHeight(const std::string& t, double widthMm, double sizePt) {
  const double perLine = std::max(1.0, widthMm / (sizePt * 0.3528 * 0.55));
  int lines = 1;
  double used = 0;
  std::size_t start = 0;
  while (start < t.size()) {
    std::size_t end = t.find(' ', start);
    if (end == std::string::npos) end = t.size();
    double word = 0;   // letters, not bytes
    for (std::size_t i = start; i < end; ++i) word += (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80;
    if (used > 0 && used + 1 + word > perLine) {
      ++lines;
      used = word;
    } else {
      used += (used > 0 ? 1 : 0) + word;
    }
    start = end + 1;
  }
  return std::round((lines * sizePt * 0.3528 * 1.25 + 2) * 10) / 10;
}

// The line under the table: the communes not counted, by former district.
std::string notCountedLine(const Consolidation& c, const FormerGrouping& g, const LevelWords& words, bool en) {
  std::string list;
  for (const FormerUnitGroup& fg : g.groups) {
    if (fg.notReceived.empty()) continue;
    std::string names;
    for (const std::string& id : fg.notReceived) {
      const UnitReport* u = c.unit(id);
      names += (names.empty() ? "" : ", ") + (u ? u->name : id);
    }
    list += (list.empty() ? "" : "; ") + formerUnitLabel(fg, en) + ": " + names;
  }
  const std::string many = en ? words.many.en : words.many.vi;
  if (list.empty()) return en ? "Every " + words.one.en + " formed from them is counted." : "Đã tính đủ các " + many + ".";
  return en ? "Not counted (not received, several files or unreadable): " + list + "."
            : "Chưa tính (chưa nộp, trùng tệp hoặc tệp không đọc được): " + list + ".";
}

std::string namesOf(const Consolidation& c, const std::vector<std::string>& ids) {
  std::string s;
  for (const std::string& id : ids) {
    const UnitReport* u = c.unit(id);
    s += (s.empty() ? "" : ", ") + (u ? u->name : id);
  }
  return s;
}

}  // namespace

int formerBlockRows(const Consolidation& c, const Plan& plan) {
  if (!c.byFormer || c.byFormer->groups.empty()) return 0;
  // heading, note, header, indicators, received, not counted, [unassigned], [shared], blank
  return 6 + static_cast<int>(summable(plan).size()) + !c.byFormer->unassigned.empty() + !c.byFormer->shared.empty();
}

void placeFormerBlock(ReportModel& m, const ReportLayout& layout, const Consolidation& c, const Plan& plan, int top,
                      bool en) {
  if (formerBlockRows(c, plan) == 0) return;
  const FormerGrouping& g = *c.byFormer;
  const LevelWords former = levelWords(g.level), words = reportingWords(plan);
  const int first = 2, groups = static_cast<int>(g.groups.size());
  while (static_cast<int>(m.columnWidthsMm.size()) < first + groups) m.columnWidthsMm.push_back(16);
  const int last = static_cast<int>(m.columnWidthsMm.size()) - 1;
  double width = 0;
  for (double w : m.columnWidthsMm) width += w;
  auto sizeOf = [&](const std::string& name) {
    const double s = m.styles.count(name) ? m.styles.at(name).size : 0;
    return s > 0 ? s : layout.fontSize;
  };
  auto put = [&](int r, int col, ReportCell::Kind k, const std::string& text, double number, const std::string& st) {
    m.put(r, col, k, text, number, st, layout);
  };
  auto line = [&](int r, const std::string& text, const std::string& st) {   // a text across the report
    put(r, 0, ReportCell::Kind::Text, text, 0, st);
    if (last > 0) m.merges.push_back({r, 0, r, last});
    const double h = heightFor(text, width, sizeOf(st));
    if (h > sizeOf(st) * 0.3528 * 1.2 + 1.6) m.rowHeightsMm[r] = h;
  };
  if (!m.styles.count("status") && layout.styles.count("text")) {   // wrapped text lines, as "Tình hình báo cáo"
    LayoutStyle s = layout.styles.at("text");
    s.wrap = true;
    m.styles["status"] = s;
  }
  int r = top;
  std::string heading = en ? "TOTALS BY FORMER " + upperVi(former.one.en) : "TỔNG HỢP THEO " + upperVi(former.one.vi) + " CŨ";
  if (!g.since.empty()) heading += en ? " (BEFORE " + g.since + ")" : " (TRƯỚC " + viDate(g.since) + ")";
  line(r++, heading, "label");
  line(r++,
       en ? "Done this period by the " + words.many.en + ", summed by the former " + former.one.en +
                " each was formed from; only the files counted. Rates (%) are not summed."
          : "Thực hiện kỳ báo cáo của các " + words.many.vi + ", cộng theo " + former.one.vi + " cũ mà " +
                words.one.vi + " được hình thành từ đó; chỉ tính các tệp đã nhận. Chỉ tiêu tỷ lệ (%) không cộng.",
       "status");
  // Header: STT · indicator · one column per former district (its name wraps in the column).
  const int head = r++;
  put(head, 0, ReportCell::Kind::Text, en ? "No." : "STT", 0, "th");
  put(head, 1, ReportCell::Kind::Text, en ? "Indicator" : "Chỉ tiêu", 0, "th");
  double headHeight = 0;
  for (int i = 0; i < groups; ++i) {
    const std::string name = formerUnitLabel(g.groups[i], en);
    put(head, first + i, ReportCell::Kind::Text, name, 0, "th");
    headHeight = std::max(headHeight, headingHeight(name, m.columnWidthsMm[first + i] - 2, sizeOf("th")));
  }
  m.rowHeightsMm[head] = std::max(m.rowHeightsMm[head], headHeight);
  for (const Indicator* ind : summable(plan)) {
    const std::string name = ind->name.in(en ? "en" : "vi") + (ind->unit.empty() ? "" : " (" + ind->unit + ")");
    put(r, 0, ReportCell::Kind::Text, ind->code, 0, "td-center");
    put(r, 1, ReportCell::Kind::Text, name, 0, "td-text");
    const double h = heightFor(name, m.columnWidthsMm[1] - 3, sizeOf("td-text"));
    if (h > sizeOf("td-text") * 0.3528 * 1.2 + 1.6) m.rowHeightsMm[r] = std::max(m.rowHeightsMm[r], h);
    for (int i = 0; i < groups; ++i) {
      const FormerUnitTotal* t = g.groups[i].total(ind->code);
      if (t && t->actual)
        put(r, first + i, ReportCell::Kind::Number, "", *t->actual,
            std::fabs(*t->actual - std::round(*t->actual)) < 1e-9 ? "td-integer" : "td-decimal");
      else put(r, first + i, ReportCell::Kind::Blank, "", 0, "td-integer");
    }
    ++r;
  }
  put(r, 0, ReportCell::Kind::Blank, "", 0, "td-center");
  const std::string receivedLabel =
      en ? "Received / " + words.many.en + " formed from it" : "Số " + words.many.vi + " đã nhận / được hình thành";
  put(r, 1, ReportCell::Kind::Text, receivedLabel, 0, "td-text");
  m.rowHeightsMm[r] = std::max(m.rowHeightsMm[r], heightFor(receivedLabel, m.columnWidthsMm[1] - 3, sizeOf("td-text")));
  for (int i = 0; i < groups; ++i)
    put(r, first + i, ReportCell::Kind::Text,
        std::to_string(g.groups[i].unitsReceived) + "/" + std::to_string(g.groups[i].units.size()), 0, "td-center");
  ++r;
  line(r++, notCountedLine(c, g, words, en), "status");
  if (!g.unassigned.empty())
    line(r++,
         en ? "Of no former " + former.one.en + " of the plan, not in this table: " + namesOf(c, g.unassigned) + "."
            : "Không thuộc " + former.one.vi + " cũ nào của kế hoạch, không tính trong bảng này: " +
                  namesOf(c, g.unassigned) + ".",
         "status");
  if (!g.shared.empty())
    line(r++,
         en ? "Formed from several former " + former.many.en + " (cannot be split), not in this table: " +
                  namesOf(c, g.shared) + "."
            : "Hình thành từ nhiều " + former.many.vi + " cũ (không chia được), không tính trong bảng này: " +
                  namesOf(c, g.shared) + ".",
         "status");
}

}  // namespace p8
