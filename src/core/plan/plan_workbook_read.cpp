// Reading the plan workbook's sheets back (the inverse of plan_workbook.cpp). A sheet is
// known by its header row; below it every row that holds anything is read, and every cell
// that cannot be taken as it is goes to the review with its address and reason. Values typed
// in Calc are accepted in Calc's types too: a code typed 2 is the code "2", a date typed
// 2025-07-01 (a date serial) is "2025-07-01", a rate typed 15% is 0.15.
#include "core/plan/plan_from_grids_internal.hpp"

#include "core/parse/dates.hpp"
#include "core/parse/number.hpp"
#include "core/parse/text.hpp"

#include <cmath>
#include <cstdio>
#include <functional>

namespace p8::planbook {
namespace {

std::string fold(const Cell& c) { return c.type == Cell::Type::Text ? text::foldKey(c.text) : std::string(); }

bool titleAt(const Cell& c, const LocalText& t) {
  const std::string f = fold(c);
  return !f.empty() && (f == text::foldKey(t.vi) || f == text::foldKey(t.en));
}

bool rowEmpty(const Grid& g, int r) {
  for (int c = 0; c < g.cols; ++c) {
    const Cell& x = g.at(r, c);
    if (x.type == Cell::Type::Number || x.type == Cell::Type::Error) return false;
    if (x.type == Cell::Type::Text && !text::isBlank(x.text)) return false;
  }
  return true;
}

std::string two(int v) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", v);
  return b;
}

std::optional<double> number(const Cell& c) {
  if (c.type == Cell::Type::Number) return c.number;
  if (c.type == Cell::Type::Text) {
    const ParsedNumber n = parseNumber(c.text);
    if (n.ok()) return n.value;
  }
  return std::nullopt;
}

bool yes(const Cell& c) {
  const std::string f = c.type == Cell::Type::Number ? (c.number != 0 ? "x" : "") : text::foldKey(c.text);
  return f == "co" || f == "x" || f == "yes" || f == "true" || f == "1";
}

struct Rows {
  const Grid& g;
  const FoundSheet& f;
  Draft& d;
  const Cell& at(int r, const std::string& key) const {
    static const Cell empty;
    auto it = f.col.find(key);
    return it == f.col.end() ? empty : g.at(r, it->second);
  }
  std::string str(int r, const std::string& key, bool date = false) const { return cellText(at(r, key), date); }
  std::string a1(int r, const std::string& key) const {
    auto it = f.col.find(key);
    return g.a1(r, it == f.col.end() ? 0 : it->second);
  }
  template <class F>
  void each(F&& fn) const {
    for (int r = f.headerRow + 1; r < g.rows; ++r)
      if (!rowEmpty(g, r)) fn(r);
  }
  std::optional<int> whole(int r, const std::string& key, int lo, int hi) const {
    const Cell& c = at(r, key);
    auto v = number(c);
    if (v && *v == std::floor(*v) && *v >= lo && *v <= hi) return static_cast<int>(*v);
    if (c.type != Cell::Type::Empty)
      d.problem("cell-unreadable", g.sheet, a1(r, key),
                "'" + cellText(c) + "' không phải số nguyên từ " + std::to_string(lo) + " đến " + std::to_string(hi) + ".",
                "'" + cellText(c) + "' is no whole number from " + std::to_string(lo) + " to " + std::to_string(hi) + ".");
    return std::nullopt;
  }
};

void general(const Rows& x) {
  Plan& p = x.d.plan;
  x.each([&](int r) {
    const std::string key = x.str(r, "key");
    const std::string v = x.str(r, "value");
    if (key == "id") p.id = v;
    else if (key == "title_vi") p.title.vi = v;
    else if (key == "title_en") p.title.en = v;
    else if (key == "province") p.province = v;
    else if (key == "phase") p.phase = v;
    else if (key == "start_year") { if (auto y = x.whole(r, "value", 1900, 2200)) p.startYear = *y; }
    else if (key == "end_year") { if (auto y = x.whole(r, "value", 1900, 2200)) p.endYear = *y; }
    else if (key == "reporting_level") { if (!v.empty()) p.reportingLevel = levelCode(v); }
    else if (key == "source") p.source = v;
    else if (key == "notes_vi") p.notes.vi = v;
    else if (key == "notes_en") p.notes.en = v;
    else
      x.d.problem("cell-unreadable", x.g.sheet, x.a1(r, "key"), "mã trường '" + key + "' không có trong mẫu; dòng này không được đọc.",
                  "field key '" + key + "' is not one of the template's; the row is not read.");
  });
  x.d.read("plan", x.g.sheet, "", p.id, "Kế hoạch '" + p.id + "': " + p.title.vi + " (" + p.province + ", " + p.phase + ")",
           "Plan '" + p.id + "': " + p.title.in("en") + " (" + p.province + ", " + p.phase + ")");
}

void indicators(const Rows& x) {
  Plan& p = x.d.plan;
  x.each([&](int r) {
    Indicator i;
    i.code = x.str(r, "code");
    i.name = {x.str(r, "name_vi"), x.str(r, "name_en")};
    if (i.code.empty()) {
      x.d.problem("cell-unreadable", x.g.sheet, x.a1(r, "code"), "dòng không có mã chỉ tiêu nên không được đọc: '" + i.name.vi + "'.",
                  "the row has no indicator code, so it is not read: '" + i.name.vi + "'.");
      return;
    }
    if (p.findIndicator(i.code)) {
      x.d.problem("indicator-duplicate", x.g.sheet, x.a1(r, "code"), "mã chỉ tiêu '" + i.code + "' đã có ở dòng trên; dòng này không được đọc.",
                  "indicator code '" + i.code + "' is already used above; this row is not read.", i.code);
      return;
    }
    i.unit = x.str(r, "unit");
    i.targetText = x.str(r, "target_text");
    i.percent = yes(x.at(r, "percent"));
    i.parent = x.str(r, "parent");
    i.aliases = splitList(x.str(r, "aliases"));
    const Cell& t = x.at(r, "target");
    if (auto v = number(t)) {
      i.target = *v;
    } else if (t.type != Cell::Type::Empty && !text::isBlank(t.text)) {
      x.d.problem("target-not-number", x.g.sheet, x.a1(r, "target"),
                  "chỉ tiêu " + i.code + ": '" + cellText(t) + "' không phải số; chỉ tiêu được đọc không có số" +
                      (i.targetText.empty() ? ", chữ được giữ nguyên ở «Chỉ tiêu như kế hoạch ghi»." : "."),
                  "indicator " + i.code + ": '" + cellText(t) + "' is no number; the indicator is read without a number" +
                      (i.targetText.empty() ? ", the text kept as «Target as written»." : "."),
                  i.code);
      if (i.targetText.empty()) i.targetText = cellText(t);
    }
    for (const auto& o : p.indicators)
      if (!i.name.vi.empty() && text::foldKey(o.name.vi) == text::foldKey(i.name.vi))
        x.d.problem("indicator-name-twice", x.g.sheet, x.a1(r, "name_vi"),
                    "chỉ tiêu " + i.code + " cùng tên với chỉ tiêu " + o.code + ": bảng ghi tên này sẽ không biết là chỉ tiêu nào; hãy thêm tên khác.",
                    "indicator " + i.code + " has the name of indicator " + o.code + ": a sheet writing it cannot tell which; add other names.",
                    i.code);
    x.d.read("indicator", x.g.sheet, x.a1(r, "code"), i.code,
             "Chỉ tiêu " + i.code + ": " + i.name.vi + (i.target ? " — " + (i.percent ? formatPercentVi(*i.target) : formatNumberVi(*i.target)) + " " + i.unit : ""),
             "Indicator " + i.code + ": " + i.name.in("en") + (i.target ? " — " + (i.percent ? formatPercentVi(*i.target) : formatNumberVi(*i.target)) + " " + i.unit : ""));
    p.indicators.push_back(std::move(i));
  });
}

void content(const Rows& x) {
  std::vector<std::vector<ContentItem>*> stack{&x.d.plan.content};
  x.each([&](int r) {
    ContentItem c;
    c.number = x.str(r, "number");
    c.text = {x.str(r, "text_vi"), x.str(r, "text_en")};
    c.targetText = x.str(r, "target_text");
    c.timelineText = x.str(r, "timeline_text");
    c.indicator = x.str(r, "indicator");
    int level = x.whole(r, "level", 1, 20).value_or(0);
    const int deepest = static_cast<int>(stack.size());
    if (level == 0 || level > deepest) {
      const int used = level == 0 ? 1 : deepest;
      x.d.problem("cell-unreadable", x.g.sheet, x.a1(r, "level"),
                  "cấp '" + x.str(r, "level") + "' không hợp với dòng trên; dòng được đọc ở cấp " + std::to_string(used) + ".",
                  "level '" + x.str(r, "level") + "' does not fit the row above; the row is read at level " + std::to_string(used) + ".");
      level = used;
    }
    stack.resize(static_cast<std::size_t>(level));
    stack.back()->push_back(std::move(c));
    stack.push_back(&stack.back()->back().children);
    x.d.read("content", x.g.sheet, x.a1(r, "number"), "", "Nội dung " + stack[level - 1]->back().number + ": " +
             text::shorten(stack[level - 1]->back().text.vi, 80),
             "Activity " + stack[level - 1]->back().number + ": " + text::shorten(stack[level - 1]->back().text.in("en"), 80));
  });
}

void units(const Rows& x) {
  Plan& p = x.d.plan;
  x.each([&](int r) {
    OrgUnit u;
    u.id = x.str(r, "id");
    u.name = x.str(r, "name");
    if (u.name.empty()) {
      x.d.problem("cell-unreadable", x.g.sheet, x.a1(r, "name"), "dòng không có tên đơn vị nên không được đọc.",
                  "the row has no unit name, so it is not read.");
      return;
    }
    if (u.id.empty()) {
      u.id = unitSlug(u.name);
      x.d.read("unit", x.g.sheet, x.a1(r, "id"), u.id, "đơn vị '" + u.name + "' chưa có mã: dùng mã '" + u.id + "' tạo từ tên.",
               "unit '" + u.name + "' has no id: using '" + u.id + "', made from its name.");
    }
    if (p.findUnit(u.id)) {
      x.d.problem("unit-duplicate", x.g.sheet, x.a1(r, "id"), "mã đơn vị '" + u.id + "' đã có ở dòng trên; dòng này không được đọc.",
                  "unit id '" + u.id + "' is already used above; this row is not read.", u.id);
      return;
    }
    u.level = levelCode(x.str(r, "level"));
    u.parent = x.str(r, "parent");
    u.aliases = splitList(x.str(r, "aliases"));
    u.validFrom = x.str(r, "valid_from", true);
    u.validTo = x.str(r, "valid_to", true);
    if (!parsePredecessors(x.str(r, "predecessors"), u.predecessors)) {
      u.predecessors.clear();
      x.d.problem("cell-unreadable", x.g.sheet, x.a1(r, "predecessors"),
                  "'" + x.str(r, "predecessors") + "' không đọc được: ghi mã các đơn vị cũ, mỗi mã có thể kèm ngày trong ngoặc, cách nhau bằng ';'.",
                  "'" + x.str(r, "predecessors") + "' cannot be read: write the former units' ids, each with an optional date in brackets, separated by ';'.",
                  u.id);
    }
    x.d.read("unit", x.g.sheet, x.a1(r, "name"), u.id, "Đơn vị " + u.name + " (" + levelLabel(u.level) + ", mã " + u.id + ")",
             "Unit " + u.name + " (" + u.level + ", id " + u.id + ")");
    p.orgUnits.push_back(std::move(u));
  });
}

void deadlines(const Rows& x) {
  x.each([&](int r) {
    Deadline d;
    d.kind = kindCode(x.str(r, "kind"));
    const auto day = x.whole(r, "day", 1, 31), month = x.whole(r, "month", 1, 12);
    d.yearOffset = x.whole(r, "year_offset", 0, 10).value_or(0);
    d.label = {x.str(r, "label_vi"), x.str(r, "label_en")};
    if (d.kind.empty() || !day || !month) {
      x.d.problem("cell-unreadable", x.g.sheet, x.a1(r, "kind"), "hạn báo cáo cần loại, ngày và tháng; dòng này không được đọc.",
                  "a deadline needs its kind, day and month; this row is not read.");
      return;
    }
    d.day = *day;
    d.month = *month;
    x.d.read("deadline", x.g.sheet, x.a1(r, "kind"), d.kind, "Hạn " + d.label.vi + ": " + two(d.day) + "/" + two(d.month),
             "Deadline " + d.label.in("en") + ": " + two(d.day) + "/" + two(d.month));
    x.d.plan.deadlines.push_back(std::move(d));
  });
}

// A unit column's header: "Name" or "Name [id]" as the writer writes it, else any name the
// plan's units go by.
const OrgUnit* unitOfHeader(const Plan& p, const std::string& header) {
  if (header.size() > 2 && header.back() == ']') {
    const std::size_t open = header.rfind(" [");
    if (open != std::string::npos)
      if (const OrgUnit* u = p.findUnit(header.substr(open + 2, header.size() - open - 3))) return u;
  }
  const OrgUnit* found = nullptr;
  for (const auto& u : p.orgUnits)
    if (u.name == header) {
      if (found) return nullptr;   // two units of this name: only "[id]" tells
      found = &u;
    }
  if (found) return found;
  NameMatch m = p.matchDistrict(header);
  return m.status == NameMatch::Status::Unique ? p.findUnit(m.id) : nullptr;
}

void allocation(const Rows& x) {
  Plan& p = x.d.plan;
  p.index();
  std::vector<std::pair<int, const OrgUnit*>> cols;
  for (const auto& [c, header] : x.f.unitCols) {
    if (header.empty()) continue;
    const OrgUnit* u = unitOfHeader(p, header);
    if (!u) {
      x.d.problem("unit-unknown", x.g.sheet, x.g.a1(x.f.headerRow, c),
                  "cột '" + header + "' không phải đơn vị nào ở trang Đơn vị; cột này không được đọc.",
                  "column '" + header + "' is no unit of the Units sheet; the column is not read.");
      continue;
    }
    cols.emplace_back(c, u);
  }
  x.each([&](int r) {
    const std::string code = x.str(r, "code");
    const Indicator* ind = p.findIndicator(code);
    if (!ind) {
      x.d.problem("allocation-row-unknown", x.g.sheet, x.a1(r, "code"), "mã chỉ tiêu '" + code + "' không có ở trang Chỉ tiêu; dòng này không được đọc.",
                  "indicator code '" + code + "' is not on the Indicators sheet; the row is not read.");
      return;
    }
    std::map<std::string, double> row;
    double sum = 0;
    for (const auto& [c, u] : cols) {
      const Cell& cell = x.g.at(r, c);
      if (auto v = number(cell)) {
        row[u->id] = *v;
        sum += *v;
      } else if (cell.type != Cell::Type::Empty && !(cell.type == Cell::Type::Text && text::isBlank(cell.text))) {
        x.d.problem("allocation-not-number", x.g.sheet, x.g.a1(r, c), "chỉ tiêu " + ind->code + ", " + u->name + ": '" + cellText(cell) + "' không phải số; ô này không được đọc.",
                    "indicator " + ind->code + ", " + u->name + ": '" + cellText(cell) + "' is no number; the cell is not read.", ind->code);
      }
    }
    if (row.empty()) return;
    const std::string codeKey = ind->code;
    if (!ind->percent && ind->target && std::fabs(sum - *ind->target) > 1e-9 * std::max(1.0, *ind->target))
      x.d.problem("allocation-sum", x.g.sheet, x.a1(r, "code"),
                  "chỉ tiêu " + codeKey + ": tổng phân bổ " + formatNumberVi(sum) + " khác chỉ tiêu giai đoạn " + formatNumberVi(*ind->target) + ".",
                  "indicator " + codeKey + ": the allocation adds up to " + formatNumberVi(sum) + ", not the phase target " + formatNumberVi(*ind->target) + ".",
                  codeKey);
    x.d.read("allocation", x.g.sheet, x.a1(r, "code"), codeKey,
             "Phân bổ chỉ tiêu " + codeKey + " cho " + std::to_string(row.size()) + " đơn vị" + (ind->percent ? "" : ", tổng " + formatNumberVi(sum)),
             "Allocation of indicator " + codeKey + " to " + std::to_string(row.size()) + " units" + (ind->percent ? "" : ", total " + formatNumberVi(sum)));
    p.allocation[codeKey] = std::move(row);
  });
}

}  // namespace

std::string cellText(const Cell& c, bool date) {
  if (c.type == Cell::Type::Text) return text::trim(c.text);
  if (c.type == Cell::Type::Error) return c.text;
  if (c.type != Cell::Type::Number) return {};
  if (date && c.number > 0 && c.number < 200000) {
    const CivilDate d = dateFromSerial(c.number);
    return std::to_string(d.year) + "-" + two(d.month) + "-" + two(d.day);
  }
  if (c.number == std::floor(c.number) && std::fabs(c.number) < 1e15) return std::to_string(static_cast<long long>(c.number));
  char b[40];
  std::snprintf(b, sizeof b, "%.15g", c.number);
  return b;
}

std::optional<FoundSheet> findPlanSheet(const Grid& g) {
  for (int r = 0; r < std::min(g.rows, 40); ++r)
    for (const auto& spec : sheetSpecs())
      for (int c0 = 0; c0 + static_cast<int>(spec.columns.size()) <= g.cols && c0 < 5; ++c0) {
        bool all = true;
        for (std::size_t k = 0; k < spec.columns.size() && all; ++k)
          all = titleAt(g.at(r, c0 + static_cast<int>(k)), spec.columns[k].title);
        if (!all) continue;
        FoundSheet f;
        f.kind = spec.kind;
        f.headerRow = r;
        for (std::size_t k = 0; k < spec.columns.size(); ++k) f.col[spec.columns[k].key] = c0 + static_cast<int>(k);
        if (spec.kind == SheetKind::Allocation) {
          for (int c = c0 + static_cast<int>(spec.columns.size()); c < g.cols; ++c) {
            const std::string h = cellText(g.at(r, c));
            const std::string fh = text::foldKey(h);
            if (fh == "tong cong" || fh == "total") break;
            f.unitCols.emplace_back(c, h);
          }
        }
        return f;
      }
  return std::nullopt;
}

void readPlanSheet(const Grid& g, const FoundSheet& f, Draft& d) {
  const Rows x{g, f, d};
  switch (f.kind) {
    case SheetKind::General: general(x); break;
    case SheetKind::Indicators: indicators(x); break;
    case SheetKind::Content: content(x); break;
    case SheetKind::Units: units(x); break;
    case SheetKind::Allocation: allocation(x); break;
    case SheetKind::Deadlines: deadlines(x); break;
  }
}

}  // namespace p8::planbook
