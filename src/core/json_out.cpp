#include "core/json_out.hpp"

#include "core/number.hpp"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace p8 {

std::string plainNumber(double v);

std::string jsonEscape(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

namespace {

std::string num(const std::optional<double>& v) {
  return v && std::isfinite(*v) ? plainNumber(*v) : "null";
}

}  // namespace

std::string toJson(const std::vector<FileResult>& files) {
  std::ostringstream o;
  o << "{\"schema_version\":1,\"files\":[";
  for (std::size_t i = 0; i < files.size(); ++i) {
    const auto& [file, r] = files[i];
    o << (i ? "," : "") << "{\"file\":" << jsonEscape(file) << ",\"plan\":" << jsonEscape(r.planId)
      << ",\"tables\":[";
    for (std::size_t k = 0; k < r.tables.size(); ++k)
      o << (k ? "," : "") << "{\"sheet\":" << jsonEscape(r.tables[k].sheet) << ",\"range\":"
        << jsonEscape(r.tables[k].range) << ",\"kind\":\"" << tableKindCode(r.tables[k].kind) << "\"}";
    o << "],\"findings\":[";
    for (std::size_t k = 0; k < r.findings.size(); ++k) {
      const Finding& f = r.findings[k];
      o << (k ? "," : "") << "{\"code\":" << jsonEscape(f.code) << ",\"severity\":\""
        << severityCode(f.severity) << "\",\"sheet\":" << jsonEscape(f.sheet)
        << ",\"cell\":" << jsonEscape(f.cell) << ",\"expected\":" << jsonEscape(f.expected)
        << ",\"actual\":" << jsonEscape(f.actual) << ",\"message_vi\":" << jsonEscape(f.message_vi)
        << ",\"message_en\":" << jsonEscape(f.message_en) << "}";
    }
    o << "],\"totals\":[";
    for (std::size_t k = 0; k < r.totals.size(); ++k) {
      const Total& t = r.totals[k];
      o << (k ? "," : "") << "{\"indicator\":" << jsonEscape(t.indicator) << ",\"district\":"
        << jsonEscape(t.district) << ",\"plan\":" << num(t.plan) << ",\"allocated\":"
        << num(t.allocated) << ",\"actual\":" << num(t.actual) << ",\"gap\":" << num(t.gap) << "}";
    }
    o << "]}";
  }
  o << "]}\n";
  return o.str();
}

std::string toText(const std::vector<FileResult>& files, const std::string& lang) {
  const bool vi = lang != "en";
  std::ostringstream o;
  for (const auto& [file, r] : files) {
    o << "== " << file << "  (" << (vi ? "kế hoạch " : "plan ") << r.planId << ")\n";
    for (const auto& t : r.tables)
      o << "   " << (vi ? "bảng " : "table ") << t.sheet << "!" << t.range << " [" << tableKindCode(t.kind) << "]\n";
    o << "   " << r.count(Severity::Error) << (vi ? " lỗi, " : " errors, ") << r.count(Severity::Warning)
      << (vi ? " cảnh báo, " : " warnings, ") << r.count(Severity::Info) << (vi ? " thông tin\n" : " notes\n");
    for (const auto& f : r.findings)
      o << "   " << severityCode(f.severity) << "  " << f.code << "  " << f.sheet
        << (f.cell.empty() ? "" : "!" + f.cell) << "  " << (vi ? f.message_vi : f.message_en) << "\n";
  }
  return o.str();
}

}  // namespace p8
