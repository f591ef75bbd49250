// Output of the consolidation: see consolidate_out.hpp. JSON by hand, like the check's: the
// contract fixes key order and numbers must stay numbers.
#include "core/consolidate/consolidate_out.hpp"

#include "core/check/check_rules.hpp"
#include "core/check/json_out.hpp"
#include "core/parse/text.hpp"
#include "core/plan/plan_level.hpp"

#include <sstream>

namespace p8 {
namespace {

const std::string kCheckHead = "{\"schema_version\":1,\"files\":[";
const std::string kCheckTail = "]}\n";

// The one object `p8calc check --format json` prints for a file, cut out of its document.
std::string checkObject(const ConsolidationFile& f) {
  std::vector<FileResult> one;
  one.emplace_back(f.path, f.check);
  std::string doc = toJson(one);
  if (doc.rfind(kCheckHead, 0) == 0 && doc.size() >= kCheckHead.size() + kCheckTail.size())
    return doc.substr(kCheckHead.size(), doc.size() - kCheckHead.size() - kCheckTail.size());
  return doc;
}

std::string stringArray(const std::vector<std::string>& items) {
  std::string o = "[";
  for (std::size_t i = 0; i < items.size(); ++i) o += (i ? "," : "") + jsonEscape(items[i]);
  return o + "]";
}

std::string evidenceJson(const Attribution& a) {
  if (a.kind == EvidenceKind::None) return "null";
  return "{\"kind\":" + jsonEscape(evidenceKindCode(a.kind)) + ",\"sheet\":" + jsonEscape(a.sheet) +
         ",\"cell\":" + jsonEscape(a.cell) + ",\"text\":" + jsonEscape(a.text) + "}";
}

std::string viDate(const std::string& iso) {
  return iso.size() >= 10 ? iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4) : iso;
}

// The status as a person reads it; JSON keeps the codes.
std::string statusWord(UnitStatus s, bool en) {
  if (en) return unitStatusCode(s);
  switch (s) {
    case UnitStatus::Received: return "đã nhận";
    case UnitStatus::Missing: return "chưa nộp";
    case UnitStatus::Duplicate: return "trùng tệp";
    case UnitStatus::Unreadable: return "không đọc được";
  }
  return "";
}

std::string number(const std::optional<double>& v, bool en) {
  if (!v) return "–";
  return en ? enNumber(*v, Measure::Plain) : viNumber(*v, Measure::Plain);
}

// ,"by_former_unit":[…],"by_former_unit_unassigned":[…],"by_former_unit_shared":[…]
std::string formerJson(const FormerGrouping& g) {
  std::string o = ",\"by_former_unit\":[";
  for (std::size_t i = 0; i < g.groups.size(); ++i) {
    const FormerUnitGroup& fg = g.groups[i];
    o += (i ? "," : "");
    o += "{\"id\":" + jsonEscape(fg.id) + ",\"name\":" + jsonEscape(fg.name) + ",\"level\":" + jsonEscape(fg.level) +
         ",\"units\":" + stringArray(fg.units) + ",\"units_received\":" + std::to_string(fg.unitsReceived) +
         ",\"units_total\":" + std::to_string(fg.units.size()) + ",\"not_received\":" + stringArray(fg.notReceived) +
         ",\"totals\":[";
    for (std::size_t k = 0; k < fg.totals.size(); ++k) {
      const FormerUnitTotal& t = fg.totals[k];
      o += (k ? "," : "");
      o += "{\"indicator\":" + jsonEscape(t.indicator) + ",\"allocated\":" + jsonNumber(t.allocated) +
           ",\"actual\":" + jsonNumber(t.actual) + ",\"cumulative\":" + jsonNumber(t.cumulative) +
           ",\"units_counted\":" + std::to_string(t.unitsCounted) + ",\"units_expected\":" +
           std::to_string(t.unitsExpected) + "}";
    }
    o += "]}";
  }
  return o + "],\"by_former_unit_unassigned\":" + stringArray(g.unassigned) + ",\"by_former_unit_shared\":" +
         stringArray(g.shared);
}

// The totals by former district: a line per district (communes received, those not counted
// named with their status), then its indicators that have a figure (rates are not summed).
void formerText(std::ostringstream& o, const Consolidation& c, const Plan& plan, bool en) {
  const FormerGrouping& g = *c.byFormer;
  const LevelWords former = levelWords(g.level), words = reportingWords(plan);
  const std::string many = en ? words.many.en : words.many.vi;
  auto nameOf = [&](const std::string& id) {
    const UnitReport* u = c.unit(id);
    return u ? u->name : id;
  };
  o << (en ? "Totals by former " + former.one.en : "Tổng theo " + former.one.vi + " cũ");
  if (!g.since.empty()) o << (en ? " (before " + g.since + ")" : " (trước " + viDate(g.since) + ")");
  o << (en ? " — done this period · cumulative (" + many + " with figures):\n"
           : " — thực hiện kỳ báo cáo · lũy kế (số " + many + " có số liệu):\n");
  for (const FormerUnitGroup& fg : g.groups) {
    o << "  " << formerUnitLabel(fg, en) << ": " << (en ? "received " : "đã nhận ") << fg.unitsReceived << "/"
      << fg.units.size() << " " << many;
    if (!fg.notReceived.empty()) {
      o << (en ? "; not counted: " : "; chưa tính: ");
      for (std::size_t i = 0; i < fg.notReceived.size(); ++i) {
        const UnitReport* u = c.unit(fg.notReceived[i]);
        o << (i ? ", " : "") << nameOf(fg.notReceived[i]) << " (" << (u ? statusWord(u->status, en) : "") << ")";
      }
    }
    o << "\n";
    bool any = false;
    for (const FormerUnitTotal& t : fg.totals) {
      if (!t.actual && !t.cumulative) continue;
      const Indicator* ind = plan.findIndicator(t.indicator);
      o << "    " << t.indicator << "  " << (ind ? text::shorten(ind->name.in(en ? "en" : "vi"), 60) : "") << ": "
        << number(t.actual, en) << " · " << number(t.cumulative, en) << " (" << t.unitsCounted << "/"
        << t.unitsExpected << ")" << (t.unitsCounted < t.unitsExpected ? (en ? " — not all units" : " — chưa đủ đơn vị") : "")
        << "\n";
      any = true;
    }
    if (!any) o << (en ? "    no figure yet\n" : "    chưa có số liệu\n");
  }
  auto list = [&](const std::vector<std::string>& ids, const std::string& vi, const std::string& en_) {
    if (ids.empty()) return;
    o << "  " << (en ? en_ : vi) << ": ";
    for (std::size_t i = 0; i < ids.size(); ++i) o << (i ? ", " : "") << nameOf(ids[i]);
    o << "\n";
  };
  list(g.unassigned, "Không thuộc " + former.one.vi + " cũ nào của kế hoạch (không tính ở trên)",
       "Of no former " + former.one.en + " of the plan (not in the sums above)");
  list(g.shared, "Hình thành từ nhiều " + former.many.vi + " cũ, không chia được (không tính ở trên)",
       "Formed from several former " + former.many.en + ", cannot be split (not in the sums above)");
}

}  // namespace

std::string consolidationJson(const Consolidation& c) {
  std::string o = "{\"schema_version\":1,\"plan\":" + jsonEscape(c.planId) + ",\"period\":" + std::to_string(c.period) +
                  ",\"units\":[";
  for (std::size_t i = 0; i < c.units.size(); ++i) {
    const UnitReport& u = c.units[i];
    std::vector<std::string> paths;
    for (std::size_t k : u.files) paths.push_back(c.files[k].path);
    o += (i ? "," : "");
    o += "{\"unit\":" + jsonEscape(u.id) + ",\"name\":" + jsonEscape(u.name) + ",\"status\":" +
         jsonEscape(unitStatusCode(u.status)) + ",\"files\":" + stringArray(paths) + ",\"evidence\":" +
         (u.files.empty() ? std::string("null") : evidenceJson(c.files[u.files.front()].attribution)) +
         ",\"late\":" + (u.late ? "true" : "false") + "}";
  }
  o += "],\"totals\":[";
  for (std::size_t i = 0; i < c.totals.size(); ++i) {
    const ConsolidatedTotal& t = c.totals[i];
    o += (i ? "," : "");
    o += "{\"indicator\":" + jsonEscape(t.indicator) + ",\"unit\":" + jsonEscape(t.unit) + ",\"plan\":" +
         jsonNumber(t.plan) + ",\"allocated\":" + jsonNumber(t.allocated) + ",\"actual\":" + jsonNumber(t.actual) +
         ",\"cumulative\":" + jsonNumber(t.cumulative) + ",\"gap\":" + jsonNumber(t.gap) +
         ",\"units_counted\":" + std::to_string(t.unitsCounted) + ",\"units_expected\":" +
         std::to_string(t.unitsExpected) + "}";
  }
  o += "],\"files\":[";
  bool first = true;
  for (const ConsolidationFile& f : c.files) {
    if (!f.readable) continue;   // as `p8calc check`, which prints no object for a file it cannot read
    o += (first ? "" : ",") + checkObject(f);
    first = false;
  }
  // Added after the keys of the contract's first draft; readers of schema 1 ignore keys they
  // do not know.
  o += "],\"kind\":" + jsonEscape(c.kind) + ",\"deadline\":" + jsonEscape(c.deadline) + ",\"as_of\":" +
       jsonEscape(c.asOf) + ",\"findings\":[";
  for (std::size_t i = 0; i < c.findings.size(); ++i) {
    const ConsolidationFinding& cf = c.findings[i];
    const Finding& f = cf.finding;
    o += (i ? "," : "");
    o += "{\"code\":" + jsonEscape(f.code) + ",\"severity\":" + jsonEscape(severityCode(f.severity)) + ",\"unit\":" +
         jsonEscape(cf.unit) + ",\"files\":" + stringArray(cf.files) + ",\"sheet\":" + jsonEscape(f.sheet) +
         ",\"cell\":" + jsonEscape(f.cell) + ",\"expected\":" + jsonEscape(f.expected) + ",\"actual\":" +
         jsonEscape(f.actual) + ",\"message_vi\":" + jsonEscape(f.message_vi) + ",\"message_en\":" +
         jsonEscape(f.message_en) + "}";
  }
  o += "]";
  if (c.byFormer) o += formerJson(*c.byFormer);
  o += "}\n";
  return o;
}

std::string consolidationText(const Consolidation& c, const Plan& plan, const std::string& lang) {
  const bool en = lang == "en";
  const LevelWords words = reportingWords(plan);
  const std::string many = en ? words.many.en : words.many.vi;
  auto date = [&](const std::string& iso) { return en ? iso : viDate(iso); };
  int n[4] = {0, 0, 0, 0}, late = 0, unknown = 0;
  for (const UnitReport& u : c.units) {
    ++n[static_cast<int>(u.status)];
    late += u.late;
  }
  for (const auto& f : c.findings) unknown += f.finding.code == "unit-unknown";
  const bool overdue = !c.asOf.empty() && !c.deadline.empty() && c.asOf > c.deadline;
  std::ostringstream o;
  o << (en ? "Consolidation of plan " : "Tổng hợp kế hoạch ") << c.planId << (en ? ", year " : ", năm ") << c.period
    << " (" << (c.kind == "update" ? (en ? "year update" : "cập nhật số liệu năm") : (en ? "progress report" : "báo cáo tiến độ"))
    << (en ? ", deadline " : ", hạn ") << (c.deadline.empty() ? "?" : date(c.deadline));
  if (!c.asOf.empty()) o << (en ? ", as of " : ", tính đến ") << date(c.asOf);
  o << ")\n";
  o << (en ? "Received " : "Đã nhận ") << n[0] << "/" << c.units.size() << " " << many << " · "
    << (en ? "missing " : "chưa nộp ") << n[1] << " · " << (en ? "duplicate " : "trùng tệp ") << n[2] << " · "
    << (en ? "unreadable " : "không đọc được ") << n[3] << " · " << (en ? "late " : "nộp muộn ") << late << " · "
    << (en ? "files of no unit " : "tệp không rõ đơn vị ") << unknown << "\n";
  // Units to chase first: what blocks the sum (duplicates, unreadable, unknown files), then
  // the units that have not reported, then files whose check found errors.
  std::vector<std::string> chase;
  for (const auto& f : c.findings)
    if (f.finding.severity == Severity::Error && f.finding.code != "target-mismatch")
      chase.push_back(en ? f.finding.message_en : f.finding.message_vi);
  for (const UnitReport& u : c.units)
    if (u.status == UnitStatus::Missing)
      chase.push_back(u.name + ": " + (en ? (overdue ? "not received, overdue" : "not received yet")
                                          : (overdue ? "chưa nộp, đã quá hạn" : "chưa nộp")));
  for (const auto& f : c.findings)
    if (f.finding.code == "target-mismatch") chase.push_back(en ? f.finding.message_en : f.finding.message_vi);
  for (const UnitReport& u : c.units)
    if (u.status == UnitStatus::Received && c.files[u.files.front()].check.count(Severity::Error) > 0)
      chase.push_back(u.name + ": " + std::to_string(c.files[u.files.front()].check.count(Severity::Error)) +
                      (en ? " errors in " : " lỗi trong tệp ") + c.files[u.files.front()].path);
  if (!chase.empty()) {
    o << (en ? "Chase first:\n" : "Cần đôn đốc trước:\n");
    for (const auto& line : chase) o << "  - " << line << "\n";
  }
  o << (en ? "Units:\n" : "Các đơn vị:\n");
  for (const UnitReport& u : c.units) {
    o << "  " << statusWord(u.status, en) << (u.late ? (en ? " (late)" : " (muộn)") : "") << "  " << u.name;
    for (std::size_t k : u.files) {
      const ConsolidationFile& f = c.files[k];
      o << "  " << f.path;
      const Attribution& a = f.attribution;
      if (a.kind == EvidenceKind::FileName) o << (en ? "  [file name]" : "  [tên tệp]");
      else if (a.kind != EvidenceKind::None)
        o << "  [" << (a.cell.empty() ? a.sheet : a.sheet + "!" + a.cell) << ": \"" << text::shorten(a.text, 60) << "\"]";
    }
    o << "\n";
  }
  o << (en ? "Totals (done this period · cumulative / plan, units counted):\n"
           : "Tổng (thực hiện kỳ báo cáo · lũy kế / kế hoạch, số đơn vị có số liệu):\n");
  for (const ConsolidatedTotal& t : c.totals) {
    if (!t.unit.empty()) continue;
    const Indicator* ind = plan.findIndicator(t.indicator);
    o << "  " << t.indicator << "  " << (ind ? text::shorten(ind->name.in(en ? "en" : "vi"), 60) : "") << ": ";
    if (ind && ind->percent) o << (en ? "a rate per unit, not summed" : "tỷ lệ của từng đơn vị, không cộng");
    else
      o << number(t.actual, en) << " · " << number(t.cumulative, en) << " / " << number(t.plan, en);
    o << " (" << t.unitsCounted << "/" << t.unitsExpected << " " << many << ")";
    if (t.unitsCounted < t.unitsExpected) o << (en ? " — not all units" : " — chưa đủ đơn vị");
    o << "\n";
  }
  if (c.byFormer) formerText(o, c, plan, en);
  const int errors = c.count(Severity::Error), warnings = c.count(Severity::Warning);
  o << (en ? "Errors: " : "Lỗi: ") << errors << (en ? ", warnings: " : ", cảnh báo: ") << warnings
    << (en ? " (files' checks included; --format json lists them)\n" : " (kể cả lỗi trong từng tệp; --format json liệt kê)\n");
  return o.str();
}

}  // namespace p8
