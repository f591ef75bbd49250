// The consolidation model (see the header): statuses, findings about units and files, and
// the totals per unit and for the whole plan.
#include "core/consolidate/consolidate.hpp"

#include "core/check/check_rules.hpp"
#include "core/parse/text.hpp"
#include "core/plan/plan_level.hpp"

#include <algorithm>
#include <cstdio>

namespace p8 {
namespace {

bool isoDate(const std::string& s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}
std::string dayOf(const std::string& s) { return isoDate(s) ? s.substr(0, 10) : ""; }
std::string viDate(const std::string& iso) {   // 2025-09-12 → 12/09/2025
  return isoDate(iso) ? iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4) : iso;
}
std::string isoOf(int y, int m, int d) {
  char buf[40];   // room for any int: the compiler cannot know the year has four digits
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

std::optional<double> allocationOf(const Plan& plan, const std::string& code, const std::string& unit) {
  auto a = plan.allocation.find(code);
  if (a == plan.allocation.end()) return std::nullopt;
  auto u = a->second.find(unit);
  return u == a->second.end() ? std::nullopt : std::optional<double>(u->second);
}

void add(std::optional<double>& sum, const std::optional<double>& v) {
  if (v) sum = sum.value_or(0) + *v;
}

class Consolidator {
public:
  Consolidator(const Plan& plan, const ConsolidationOptions& opt) : m_plan(plan), m_opt(opt), m_words(reportingWords(plan)) {}

  Consolidation run(std::vector<ConsolidationFile> files) {
    Consolidation c;
    c.planId = m_plan.id;
    c.period = m_opt.period;
    c.kind = m_opt.kind;
    c.deadline = !m_opt.deadline.empty() ? dayOf(m_opt.deadline) : deadlineOf(m_plan, m_opt.kind, m_opt.period);
    c.asOf = dayOf(m_opt.asOf);
    c.files = std::move(files);
    for (const OrgUnit* u : unitsExpected(m_plan, m_opt.period)) c.units.push_back({u->id, u->name, UnitStatus::Missing, {}, false});
    assign(c);
    statuses(c);
    totals(c);
    c.byFormer = groupByFormerUnit(c, m_plan);
    return c;
  }

private:
  const Plan& m_plan;
  const ConsolidationOptions& m_opt;
  LevelWords m_words;

  // "Huyện Ba Bể" (messages start with it); a name with its own prefix ("Xã Bằng Vân") as it is.
  std::string label(const UnitReport& u, bool en) const {
    if (!adminPrefixLevel(u.name).empty()) return u.name;
    return (en ? m_words.title().en : m_words.title().vi) + " " + u.name;
  }
  // The same inside a sentence: "huyện Ba Bể".
  std::string unitName(const UnitReport& u, bool en) const {
    if (!adminPrefixLevel(u.name).empty()) return u.name;
    return (en ? m_words.one.en : m_words.one.vi) + " " + u.name;
  }
  void finding(Consolidation& c, const char* code, const std::string& unit, std::vector<std::string> files,
               std::string expected, std::string actual, std::string vi, std::string en, std::string sheet = "",
               std::string cell = "") {
    c.findings.push_back({makeFinding(code, std::move(sheet), std::move(cell), std::move(expected), std::move(actual),
                                      std::move(vi), std::move(en)),
                          unit, std::move(files)});
  }

  void assign(Consolidation& c) {
    for (std::size_t i = 0; i < c.files.size(); ++i) {
      const ConsolidationFile& f = c.files[i];
      const Attribution& a = f.attribution;
      auto u = std::find_if(c.units.begin(), c.units.end(), [&](const UnitReport& r) { return r.id == a.unitId; });
      if (!a.unitId.empty() && u != c.units.end()) {
        u->files.push_back(i);
        continue;
      }
      if (!f.readable) {   // one root cause: the file cannot be read (so no unit could be read either)
        finding(c, "unit-unreadable", "", {f.path}, "", f.path,
                "Tệp " + f.path + " không đọc được: " + f.reason_vi + ". Không biết tệp của đơn vị nào; xin đơn vị gửi "
                "lại tệp (không đặt mật khẩu) rồi tổng hợp lại.",
                "The file " + f.path + " cannot be read: " + f.reason_en + ". Its unit is not known; ask the unit to "
                "send it again (without a password) and consolidate again.");
        continue;
      }
      std::string vi = a.why_vi, en = a.why_en;
      if (!a.unitId.empty()) {   // a unit of the plan that does not report in this period
        const OrgUnit* o = m_plan.findUnit(a.unitId);
        const std::string name = o ? o->name : a.unitId;
        vi = "tệp là của " + name + ", đơn vị không báo cáo trong năm " + std::to_string(c.period) +
             " (không còn hoặc chưa thành lập). Tệp gửi nhầm thì bỏ ra.";
        en = "the file is " + name + "'s, a unit that does not report in " + std::to_string(c.period) +
             " (abolished or not yet formed). If it was sent by mistake, remove it.";
      }
      finding(c, "unit-unknown", "", {f.path}, "", f.path, "Tệp " + f.path + ": " + vi,
              "File " + f.path + ": " + en);
    }
  }

  void statuses(Consolidation& c) {
    for (UnitReport& u : c.units) {
      std::vector<std::string> paths;
      for (std::size_t i : u.files) paths.push_back(c.files[i].path);
      if (u.files.empty()) continue;   // missing: no finding, the status and the summary say it
      if (u.files.size() > 1) {
        u.status = UnitStatus::Duplicate;
        std::string list;
        for (const auto& p : paths) list += (list.empty() ? "" : "; ") + p;
        finding(c, "unit-duplicate", u.id, paths, u.id, list,
                label(u, false) + " có " + std::to_string(paths.size()) + " tệp: " + list +
                    ". Không tệp nào được tính vào tổng hợp; bỏ bớt, chỉ giữ một tệp, rồi tổng hợp lại.",
                label(u, true) + " has " + std::to_string(paths.size()) + " files: " + list +
                    ". None of them is counted; remove all but one and consolidate again.");
        continue;
      }
      const ConsolidationFile& f = c.files[u.files.front()];
      if (!f.readable) {
        u.status = UnitStatus::Unreadable;
        finding(c, "unit-unreadable", u.id, paths, u.id, f.path,
                "Tệp " + f.path + " của " + unitName(u, false) + " không đọc được: " + f.reason_vi +
                    ". Xin đơn vị gửi lại tệp (không đặt mật khẩu) rồi tổng hợp lại.",
                "The file " + f.path + " of " + unitName(u, true) + " cannot be read: " + f.reason_en +
                    ". Ask the unit to send it again (without a password) and consolidate again.");
        continue;
      }
      u.status = UnitStatus::Received;
      const std::string day = dayOf(f.modified);
      if (!day.empty() && !c.deadline.empty() && day > c.deadline) {
        u.late = true;
        finding(c, "unit-late", u.id, paths, c.deadline, day,
                label(u, false) + ": tệp " + f.path + " sửa lần cuối ngày " + viDate(day) + ", sau hạn " +
                    viDate(c.deadline) + ". Số liệu vẫn được tính; ghi nhận nộp muộn.",
                label(u, true) + ": the file " + f.path + " was last changed on " + day + ", after the deadline " +
                    c.deadline + ". Its figures are counted; noted as late.");
      }
      if (!hasFigures(f)) {   // a blank form sent back: received, but nothing is counted
        finding(c, "unit-no-figures", u.id, paths, "", f.path,
                label(u, false) + ": tệp " + f.path + " chưa có số liệu thực hiện nào (biểu còn để trống?). "
                    "Đơn vị được ghi là đã nộp nhưng không có gì được cộng vào tổng hợp; xin đơn vị điền số liệu "
                    "rồi gửi lại.",
                label(u, true) + ": the file " + f.path + " has no figure done or cumulative (a blank form?). The unit "
                    "counts as received but nothing of it is added up; ask the unit to fill it in and send it again.");
      }
      mismatches(c, u, f);
    }
  }

  // A figure the unit reports: done in the period or cumulative (the targets, and the year's
  // plan, may stand in the blank form already).
  static bool hasFigures(const ConsolidationFile& f) {
    for (const auto& [code, fig] : f.figures)
      if (fig.actual || fig.cumulative) return true;
    return false;
  }

  // A target the unit's file states that differs from the plan's allocation to the unit.
  void mismatches(Consolidation& c, const UnitReport& u, const ConsolidationFile& f) {
    for (const Indicator& ind : m_plan.indicators) {
      auto it = f.figures.find(ind.code);
      const std::optional<double> alloc = allocationOf(m_plan, ind.code, u.id);
      if (it == f.figures.end() || !it->second.target || !alloc || nearlyEqual(*it->second.target, *alloc)) continue;
      const UnitFigure& fig = it->second;
      const Measure m = ind.percent ? Measure::Percent : Measure::Count;
      const std::string at = fig.targetSheet + "!" + fig.targetCell;
      finding(c, "target-mismatch", u.id, {f.path}, machineNumber(*alloc), machineNumber(*fig.target),
              label(u, false) + ": chỉ tiêu " + ind.code + " ghi ở " + at + " (tệp " + f.path + ") là " +
                  viNumber(*fig.target, m) + " nhưng kế hoạch " + m_plan.id + " phân bổ " + viNumber(*alloc, m) +
                  ". Sửa chỉ tiêu trong tệp cho đúng phân bổ, hoặc điều chỉnh phân bổ.",
              label(u, true) + ": indicator " + ind.code + " in " + at + " (file " + f.path + ") is " +
                  enNumber(*fig.target, m) + " but plan " + m_plan.id + " allocates " + enNumber(*alloc, m) + ".",
              fig.targetSheet, fig.targetCell);
    }
  }

  void totals(Consolidation& c) {
    const int expected = static_cast<int>(c.units.size());
    for (const Indicator& ind : m_plan.indicators) {
      ConsolidatedTotal whole;
      whole.indicator = ind.code;
      whole.plan = ind.target;
      whole.unitsExpected = expected;
      std::vector<ConsolidatedTotal> lines;
      for (const UnitReport& u : c.units) {
        ConsolidatedTotal t;
        t.indicator = ind.code;
        t.unit = u.id;
        t.unitsExpected = 1;
        t.plan = allocationOf(m_plan, ind.code, u.id);
        if (!t.plan && ind.percent) t.plan = ind.target;   // a rate every unit must reach
        t.allocated = allocationOf(m_plan, ind.code, u.id);
        if (u.status == UnitStatus::Received) {
          auto it = c.files[u.files.front()].figures.find(ind.code);
          if (it != c.files[u.files.front()].figures.end()) {
            const UnitFigure& f = it->second;
            if (f.target) t.allocated = f.target;
            t.actual = f.actual;
            t.cumulative = f.cumulative;
            t.planYear = f.planYear;
            t.unitsCounted = t.actual || t.cumulative ? 1 : 0;
          }
        }
        const std::optional<double> goal = t.allocated ? t.allocated : t.plan;
        if (goal && t.cumulative) t.gap = *goal - *t.cumulative;
        if (!ind.percent) {   // percentages of units do not add up: the whole plan's stays empty
          add(whole.allocated, t.allocated);
          add(whole.actual, t.actual);
          add(whole.cumulative, t.cumulative);
          add(whole.planYear, t.planYear);
        }
        whole.unitsCounted += t.unitsCounted;
        lines.push_back(std::move(t));
      }
      if (whole.plan && whole.cumulative) whole.gap = *whole.plan - *whole.cumulative;
      c.totals.push_back(std::move(whole));
      for (auto& t : lines) c.totals.push_back(std::move(t));
    }
  }
};

}  // namespace

const char* unitStatusCode(UnitStatus s) {
  switch (s) {
    case UnitStatus::Received: return "received";
    case UnitStatus::Missing: return "missing";
    case UnitStatus::Duplicate: return "duplicate";
    case UnitStatus::Unreadable: return "unreadable";
  }
  return "";
}

int Consolidation::count(Severity s) const {
  int n = 0;
  for (const auto& f : findings) n += f.finding.severity == s;
  for (const auto& f : files) n += f.readable ? f.check.count(s) : 0;
  return n;
}

const UnitReport* Consolidation::unit(const std::string& id) const {
  for (const auto& u : units)
    if (u.id == id) return &u;
  return nullptr;
}

const ConsolidatedTotal* Consolidation::total(const std::string& indicator, const std::string& unit) const {
  for (const auto& t : totals)
    if (t.indicator == indicator && t.unit == unit) return &t;
  return nullptr;
}

std::string deadlineOf(const Plan& plan, const std::string& kind, int period) {
  for (const Deadline& d : plan.deadlines)
    if (d.kind == kind && d.day > 0 && d.month > 0) return isoOf(period + d.yearOffset, d.month, d.day);
  if (kind == "progress") return isoOf(period, 9, 10);      // domain: before 10/9
  if (kind == "update") return isoOf(period + 1, 1, 25);    // before 25/01 of the next year
  return "";
}

std::vector<const OrgUnit*> unitsExpected(const Plan& plan, int period) {
  const std::string first = isoOf(period, 1, 1), last = isoOf(period, 12, 31);
  std::vector<const OrgUnit*> out;
  for (const OrgUnit* u : plan.districts()) {
    if (!u->validFrom.empty() && dayOf(u->validFrom) > last) continue;
    if (!u->validTo.empty() && dayOf(u->validTo) < first) continue;
    out.push_back(u);
  }
  return out;
}

ConsolidationFile consolidationFile(const std::string& path, const std::string& modified,
                                    const std::vector<Grid>& sheets, CheckResult check, const Plan& plan,
                                    const std::vector<const Plan*>& others) {
  ConsolidationFile f;
  f.path = path;
  f.modified = modified;
  f.attribution = attributeFile(sheets, path, plan, others);
  f.figures = readUnitFigures(sheets, check, plan);
  f.check = std::move(check);
  return f;
}

ConsolidationFile unreadableFile(const std::string& path, const std::string& modified, std::string reason_vi,
                                 std::string reason_en, const Plan& plan) {
  ConsolidationFile f;
  f.path = path;
  f.modified = modified;
  f.readable = false;
  f.reason_vi = std::move(reason_vi);
  f.reason_en = std::move(reason_en);
  f.attribution = attributeFile({}, path, plan);
  return f;
}

Consolidation consolidate(const Plan& plan, std::vector<ConsolidationFile> files, const ConsolidationOptions& opt) {
  return Consolidator(plan, opt).run(std::move(files));
}

}  // namespace p8
