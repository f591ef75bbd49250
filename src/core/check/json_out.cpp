// Output of the check: see json_out.hpp. The text form is what a person reads in a
// terminal: one block per file, a count line, then one line per finding.
#include "core/check/json_out.hpp"

#include "core/parse/text.hpp"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace p8 {

std::string jsonNumber(const std::optional<double>& v) {
  return v && std::isfinite(*v) ? machineNumber(*v) : "null";
}

std::string toJson(const std::vector<FileResult>& files) {
  std::string o = "{\"schema_version\":1,\"files\":[";
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto& [file, r] = files[i];
    o += (i ? "," : "");
    o += "{\"file\":" + jsonEscape(file) + ",\"plan\":" + jsonEscape(r.planId) + ",\"tables\":[";
    for (std::size_t k = 0; k < r.tables.size(); ++k) {
      const Table& t = r.tables[k];
      o += (k ? "," : "");
      o += "{\"sheet\":" + jsonEscape(t.sheet) + ",\"range\":" + jsonEscape(t.range) + ",\"kind\":" +
           jsonEscape(tableKindCode(t.kind)) + "}";
    }
    o += "],\"findings\":[";
    for (std::size_t k = 0; k < r.findings.size(); ++k) {
      const Finding& f = r.findings[k];
      o += (k ? "," : "");
      o += "{\"code\":" + jsonEscape(f.code) + ",\"severity\":" + jsonEscape(severityCode(f.severity)) +
           ",\"sheet\":" + jsonEscape(f.sheet) + ",\"cell\":" + jsonEscape(f.cell) +
           ",\"expected\":" + jsonEscape(f.expected) + ",\"actual\":" + jsonEscape(f.actual) +
           ",\"message_vi\":" + jsonEscape(f.message_vi) + ",\"message_en\":" + jsonEscape(f.message_en) + "}";
    }
    o += "],\"totals\":[";
    for (std::size_t k = 0; k < r.totals.size(); ++k) {
      const Total& t = r.totals[k];
      o += (k ? "," : "");
      o += "{\"indicator\":" + jsonEscape(t.indicator) + ",\"district\":" + jsonEscape(t.district) +
           ",\"plan\":" + jsonNumber(t.plan) + ",\"allocated\":" + jsonNumber(t.allocated) +
           ",\"actual\":" + jsonNumber(t.actual) + ",\"gap\":" + jsonNumber(t.gap) + "}";
    }
    // Why this plan: what the workbook shows for it (added after the first keys; readers of
    // schema 1 ignore keys they do not know).
    o += "],\"plan_evidence\":{\"seen_vi\":" + jsonEscape(r.planEvidence.seen_vi) + ",\"seen_en\":" +
         jsonEscape(r.planEvidence.seen_en) + ",\"message_vi\":" + jsonEscape(r.planEvidence.evidence_vi) +
         ",\"message_en\":" + jsonEscape(r.planEvidence.evidence_en) + "}}";
  }
  o += "]}\n";
  return o;
}

std::string toText(const std::vector<FileResult>& files, const std::string& lang) {
  const bool vi = lang != "en";
  std::ostringstream o;
  for (const auto& [file, r] : files) {
    o << "== " << file << "  (" << (vi ? "kế hoạch " : "plan ") << (r.planId.empty() ? "?" : r.planId) << ")\n";
    const std::string& why = vi ? r.planEvidence.evidence_vi : r.planEvidence.evidence_en;
    if (!why.empty()) o << "   " << (vi ? "vì sao: " : "why: ") << why << "\n";
    for (const auto& t : r.tables)
      o << "   " << (vi ? "bảng " : "table ") << t.sheet << "!" << t.range << "  [" << tableKindCode(t.kind) << "]\n";
    o << "   " << r.count(Severity::Error) << (vi ? " lỗi, " : " errors, ") << r.count(Severity::Warning)
      << (vi ? " cảnh báo, " : " warnings, ") << r.count(Severity::Info) << (vi ? " thông tin" : " notes") << "\n";
    for (const auto& f : r.findings) {
      std::string where = f.sheet;
      if (!f.cell.empty()) where += "!" + f.cell;
      o << "   " << severityCode(f.severity) << "  " << f.code << "  " << where << "  "
        << (vi ? f.message_vi : f.message_en) << "\n";
    }
  }
  return o.str();
}

}  // namespace p8
