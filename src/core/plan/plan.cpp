// Lookups on a loaded plan: indicators by code, units by id, the reporting units
// (districts in phase I, communes after 1 July 2025) and their names in any spelling.
// Matching row labels to indicators is in plan_match.cpp.
#include "core/plan/plan.hpp"

#include "core/parse/text.hpp"

namespace p8 {
namespace {

std::string lowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

PlanError::PlanError(std::string f, int l, std::string fld, std::string vi, std::string en)
    : std::runtime_error(en), file(std::move(f)), line(l), field(std::move(fld)), message_vi(std::move(vi)),
      message_en(std::move(en)) {}

const Indicator* Plan::findIndicator(std::string_view code) const {
  const std::string want = lowerAscii(text::trim(code));
  if (want.empty()) return nullptr;
  for (const auto& ind : indicators)
    if (lowerAscii(ind.code) == want) return &ind;
  return nullptr;
}

const OrgUnit* Plan::findUnit(std::string_view id) const {
  for (const auto& u : orgUnits)
    if (u.id == id) return &u;
  return nullptr;
}

std::vector<const OrgUnit*> Plan::districts() const {
  std::vector<const OrgUnit*> out;
  for (const auto& u : orgUnits)
    if (u.level == reportingLevel) out.push_back(&u);
  return out;
}

// Only the reporting units are in the matcher, so the province's own name ("Bắc Kạn") finds
// nothing, while the city ("TP Bắc Kạn", a district) keeps its "thành phố" marker.
//
// With former units (a commune plan whose communes came from districts), the written prefix
// decides between a commune and the district it shares a name with: "Huyện Ba Bể" is the
// former district, never "Xã Ba Bể", and "Xã Ba Bể" never the district. Without a prefix the
// reporting unit wins.
NameMatch Plan::matchDistrict(std::string_view text) const {
  if (!m_former.empty() && adminPrefixLevel(text) == "district" && m_former.match(text).status != NameMatch::Status::None)
    return {};
  return m_districts.match(text);
}

NameMatch Plan::matchFormerUnit(std::string_view text) const {
  if (adminPrefixLevel(text) == "commune" && m_districts.match(text).status != NameMatch::Status::None) return {};
  return m_former.match(text);
}

std::string adminPrefixLevel(std::string_view text) {
  const std::string low = text::lowerVi(text::trim(text));
  auto starts = [&](std::string_view p) {
    if (low.compare(0, p.size(), p) != 0) return false;
    if (p.back() == '.') return true;
    return low.size() == p.size() || low[p.size()] == ' ';
  };
  for (std::string_view p : {"huyện", "h.", "quận", "q.", "thị xã", "tx", "tx.", "thành phố", "tp", "tp."})
    if (starts(p)) return "district";
  for (std::string_view p : {"xã", "x.", "phường", "p.", "thị trấn", "tt", "tt.", "đặc khu"})
    if (starts(p)) return "commune";
  return "";
}

// The one catalogue of built-in plans (shipped as plans/<id>.json; extension/CMakeLists.txt
// packs the same files). thai-nguyen-2026 is an EXAMPLE plan (its notes say so): it lets a
// 2026 commune workbook of Thái Nguyên be recognised instead of left plan-unknown.
std::vector<std::string> builtinPlanIds() { return {"bac-kan-2022", "ninh-thuan-pl02-2022", "thai-nguyen-2026"}; }

std::string builtinPlanPath(const std::string& id, const std::string& dir) { return dir + "/" + id + ".json"; }

}  // namespace p8
