// The plan JSON writer (see plan_write.hpp). Written by hand rather than through
// Boost.PropertyTree, whose writer turns every number into a string ("target": "12"), which
// the reader rightly refuses, and cannot write null, [] or the field order of the README.
#include "core/plan/plan_write.hpp"

#include "core/parse/json_escape.hpp"

#include <charconv>
#include <cmath>
#include <fstream>

namespace p8 {
namespace {

// The shortest decimal that reads back as exactly v, written as printf's "%.*g" writes it in
// the "C" locale. std::to_chars/from_chars never look at the locale: an office running with a
// decimal-comma locale (vi_VN, de_DE) would make snprintf write 0,15 — no JSON number.
std::string number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  char buf[40];
  std::to_chars_result end{buf, std::errc()};
  for (int precision = 1; precision <= 17; ++precision) {
    end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, precision);
    double back = 0;
    std::from_chars(buf, end.ptr, back);
    if (back == v) break;
  }
  return std::string(buf, end.ptr);
}

class Writer {
public:
  std::string out;

  void open(char c) { out += c; ++m_depth; m_first = true; }
  void close(char c) {
    --m_depth;
    if (!m_first) newline();
    out += c;
    m_first = false;
  }
  void key(const std::string& k) {
    item();
    out += jsonEscape(k) + ": ";
  }
  void item() {   // before a value in a list or a key in an object
    if (!m_first) out += ',';
    newline();
    m_first = false;
  }
  void field(const std::string& k, const std::string& v) { key(k); out += jsonEscape(v); }
  void local(const std::string& k, const LocalText& t) {
    key(k);
    open('{');
    field("vi", t.vi);
    field("en", t.en);
    close('}');
  }
  void strings(const std::string& k, const std::vector<std::string>& v) {
    key(k);
    open('[');
    for (const auto& s : v) { item(); out += jsonEscape(s); }
    close(']');
  }
  void raw(const std::string& k, const std::string& v) { key(k); out += v; }

private:
  int m_depth = 0;
  bool m_first = true;
  void newline() { out += '\n' + std::string(static_cast<std::size_t>(2 * m_depth), ' '); }
};

void writeItem(Writer& w, const ContentItem& c) {
  w.item();
  w.open('{');
  w.field("number", c.number);
  w.local("text", c.text);
  w.field("target_text", c.targetText);
  w.field("timeline_text", c.timelineText);
  w.field("indicator", c.indicator);
  w.key("children");
  w.open('[');
  for (const auto& ch : c.children) writeItem(w, ch);
  w.close(']');
  w.close('}');
}

}  // namespace

std::string planToJson(const Plan& p) {
  Writer w;
  w.open('{');
  w.raw("schema_version", std::to_string(p.schemaVersion));
  w.field("id", p.id);
  w.local("title", p.title);
  w.field("province", p.province);
  w.field("phase", p.phase);
  w.raw("start_year", std::to_string(p.startYear));
  w.raw("end_year", std::to_string(p.endYear));
  w.field("reporting_level", p.reportingLevel);
  w.field("source", p.source);
  if (!p.notes.vi.empty() || !p.notes.en.empty()) w.local("notes", p.notes);
  w.key("indicators");
  w.open('[');
  for (const auto& ind : p.indicators) {
    w.item();
    w.open('{');
    w.field("code", ind.code);
    w.local("name", ind.name);
    w.field("unit", ind.unit);
    w.raw("target", ind.target ? number(*ind.target) : "null");
    w.field("target_text", ind.targetText);
    w.raw("percent", ind.percent ? "true" : "false");
    w.field("parent", ind.parent);
    w.strings("aliases", ind.aliases);
    w.close('}');
  }
  w.close(']');
  w.key("content");
  w.open('[');
  for (const auto& c : p.content) writeItem(w, c);
  w.close(']');
  w.key("org_units");
  w.open('[');
  for (const auto& u : p.orgUnits) {
    w.item();
    w.open('{');
    w.field("id", u.id);
    w.field("name", u.name);
    w.field("level", u.level);
    w.field("parent", u.parent);
    w.strings("aliases", u.aliases);
    w.field("valid_from", u.validFrom);
    w.field("valid_to", u.validTo);
    if (!u.predecessors.empty()) {
      w.key("predecessors");
      w.open('[');
      for (const auto& pre : u.predecessors) {
        w.item();
        w.open('{');
        w.field("id", pre.id);
        w.field("date", pre.date);
        w.close('}');
      }
      w.close(']');
    }
    w.close('}');
  }
  w.close(']');
  w.key("deadlines");
  w.open('[');
  for (const auto& d : p.deadlines) {
    w.item();
    w.open('{');
    w.field("kind", d.kind);
    w.raw("day", std::to_string(d.day));
    w.raw("month", std::to_string(d.month));
    w.raw("year_offset", std::to_string(d.yearOffset));
    w.local("label", d.label);
    w.close('}');
  }
  w.close(']');
  w.key("allocation");
  w.open('{');
  for (const auto& [code, row] : p.allocation) {
    w.key(code);
    w.open('{');
    for (const auto& [unit, v] : row) w.raw(unit, number(v));
    w.close('}');
  }
  w.close('}');
  w.close('}');
  return w.out + "\n";
}

void savePlanFile(const Plan& plan, const std::string& path) {
  const std::string text = planToJson(plan);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) out << text;
  if (!out || (out.flush(), !out))
    throw PlanError(path, 0, "", "Không ghi được tệp kế hoạch '" + path + "' (thư mục không có, hoặc không có quyền ghi).",
                    "Cannot write plan file '" + path + "' (no such folder, or no permission to write).");
}

}  // namespace p8
