// planDifference (plan_write.hpp): the first field two plans differ in, named by the same
// field paths as the reader's messages. Used by the round-trip tests of every plan writer
// (JSON, workbook) and by a caller that wants to know whether a plan read again changed.
#include "core/plan/plan_write.hpp"

#include <optional>
#include <sstream>

namespace p8 {
namespace {

std::string show(const std::string& s) { return "'" + s + "'"; }
std::string show(int v) { return std::to_string(v); }
std::string show(bool v) { return v ? "true" : "false"; }
std::string show(double v) {
  std::ostringstream o;
  o.precision(17);
  o << v;
  return o.str();
}
std::string show(const std::optional<double>& v) { return v ? show(*v) : "null"; }
std::string show(const std::vector<std::string>& v) {
  std::string s = "[";
  for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + show(v[i]);
  return s + "]";
}

struct Diff {
  std::string first;
  template <class T>
  void same(const std::string& field, const T& a, const T& b) {
    if (first.empty() && !(a == b)) first = field + ": " + show(a) + " ≠ " + show(b);
  }
  void local(const std::string& field, const LocalText& a, const LocalText& b) {
    same(field + ".vi", a.vi, b.vi);
    same(field + ".en", a.en, b.en);
  }
  bool count(const std::string& field, std::size_t a, std::size_t b) {
    if (first.empty() && a != b) first = field + ": " + std::to_string(a) + " ≠ " + std::to_string(b) + " items";
    return first.empty();
  }
  void items(const std::string& field, const std::vector<ContentItem>& a, const std::vector<ContentItem>& b) {
    if (!count(field, a.size(), b.size())) return;
    for (std::size_t i = 0; i < a.size() && first.empty(); ++i) {
      const std::string p = field + "[" + std::to_string(i) + "].";
      same(p + "number", a[i].number, b[i].number);
      local(p + "text", a[i].text, b[i].text);
      same(p + "target_text", a[i].targetText, b[i].targetText);
      same(p + "timeline_text", a[i].timelineText, b[i].timelineText);
      same(p + "indicator", a[i].indicator, b[i].indicator);
      items(p + "children", a[i].children, b[i].children);
    }
  }
};

}  // namespace

std::string planDifference(const Plan& a, const Plan& b) {
  Diff d;
  d.same("schema_version", a.schemaVersion, b.schemaVersion);
  d.same("id", a.id, b.id);
  d.local("title", a.title, b.title);
  d.same("province", a.province, b.province);
  d.same("phase", a.phase, b.phase);
  d.same("source", a.source, b.source);
  d.local("notes", a.notes, b.notes);
  d.same("start_year", a.startYear, b.startYear);
  d.same("end_year", a.endYear, b.endYear);
  d.same("reporting_level", a.reportingLevel, b.reportingLevel);
  if (d.count("indicators", a.indicators.size(), b.indicators.size()))
    for (std::size_t i = 0; i < a.indicators.size(); ++i) {
      const Indicator &x = a.indicators[i], &y = b.indicators[i];
      const std::string p = "indicators[" + std::to_string(i) + "].";
      d.same(p + "code", x.code, y.code);
      d.local(p + "name", x.name, y.name);
      d.same(p + "unit", x.unit, y.unit);
      d.same(p + "target", x.target, y.target);
      d.same(p + "target_text", x.targetText, y.targetText);
      d.same(p + "percent", x.percent, y.percent);
      d.same(p + "parent", x.parent, y.parent);
      d.same(p + "aliases", x.aliases, y.aliases);
    }
  d.items("content", a.content, b.content);
  if (d.count("org_units", a.orgUnits.size(), b.orgUnits.size()))
    for (std::size_t i = 0; i < a.orgUnits.size(); ++i) {
      const OrgUnit &x = a.orgUnits[i], &y = b.orgUnits[i];
      const std::string p = "org_units[" + std::to_string(i) + "].";
      d.same(p + "id", x.id, y.id);
      d.same(p + "name", x.name, y.name);
      d.same(p + "level", x.level, y.level);
      d.same(p + "parent", x.parent, y.parent);
      d.same(p + "aliases", x.aliases, y.aliases);
      d.same(p + "valid_from", x.validFrom, y.validFrom);
      d.same(p + "valid_to", x.validTo, y.validTo);
      if (d.count(p + "predecessors", x.predecessors.size(), y.predecessors.size()))
        for (std::size_t k = 0; k < x.predecessors.size(); ++k) {
          const std::string q = p + "predecessors[" + std::to_string(k) + "].";
          d.same(q + "id", x.predecessors[k].id, y.predecessors[k].id);
          d.same(q + "date", x.predecessors[k].date, y.predecessors[k].date);
        }
    }
  if (d.count("deadlines", a.deadlines.size(), b.deadlines.size()))
    for (std::size_t i = 0; i < a.deadlines.size(); ++i) {
      const Deadline &x = a.deadlines[i], &y = b.deadlines[i];
      const std::string p = "deadlines[" + std::to_string(i) + "].";
      d.same(p + "kind", x.kind, y.kind);
      d.same(p + "day", x.day, y.day);
      d.same(p + "month", x.month, y.month);
      d.same(p + "year_offset", x.yearOffset, y.yearOffset);
      d.local(p + "label", x.label, y.label);
    }
  if (d.count("allocation", a.allocation.size(), b.allocation.size()))
    for (auto ia = a.allocation.begin(), ib = b.allocation.begin(); ia != a.allocation.end() && d.first.empty(); ++ia, ++ib) {
      d.same("allocation code", ia->first, ib->first);
      if (!d.count("allocation." + ia->first, ia->second.size(), ib->second.size())) break;
      for (auto ua = ia->second.begin(), ub = ib->second.begin(); ua != ia->second.end(); ++ua, ++ub) {
        d.same("allocation." + ia->first + " unit", ua->first, ub->first);
        d.same("allocation." + ia->first + "." + ua->first, ua->second, ub->second);
      }
    }
  return d.first;
}

}  // namespace p8
