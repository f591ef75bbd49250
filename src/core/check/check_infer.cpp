// Which plan a workbook follows, from its own words, and why. Evidence of three kinds:
//  - the province: a plan's own anywhere as words ("… tại Ninh Thuận"); another province
//    only where it is named as one ("UBND TỈNH THÁI NGUYÊN", "Tỉnh X", "X, ngày …"); never
//    a unit that carries the province's name ("Phường Bắc Kạn", "Thành phố Bắc Kạn");
//  - the units: district names as headers or labels ("H. Ba Bể", "Cho Don"), and a
//    district's own report naming only itself ("HỘI LHPN HUYỆN BA BỂ", "Đơn vị báo cáo:
//    Huyện Ba Bể"); commune names ("Xã Ba Bể", "Phường Đức Xuân") are communes, never the
//    district whose name they share;
//  - the years of the titles ("NĂM 2026", "giai đoạn 2026-2030").
// A plan fits when nothing contradicts it (another province named and not its own, only
// years outside its phase, units of another level) and the best fit is unique. When none
// fits, what was seen ("Thái Nguyên, xã, 2026–2030") goes into the plan-unknown finding, so
// the user knows why and what to do — never a silent check against another province.
// A workbook no plan fits is then told apart from one that has no Project 8 table at all
// (checkWithoutPlan, check_no_table.cpp): only the first is plan-unknown.
#include "core/check/check.hpp"
#include "core/check/check_infer.hpp"

#include "core/check/legacy_text.hpp"
#include "core/parse/text.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace p8 {
namespace {

// Provinces as staff write them (before and after 1 July 2025), for naming what was seen.
const std::vector<std::string>& provinceNames() {
  static const std::vector<std::string> names = {
      "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
      "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
      "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
      "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
      "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
      "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
      "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang", "Trà Vinh",
      "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái"};
  return names;
}

bool endsWithWord(const std::string& f, std::size_t end, std::string_view w) {
  if (end < w.size()) return false;
  const std::size_t start = end - w.size();
  return f.compare(start, w.size(), w) == 0 && (start == 0 || f[start - 1] == ' ');
}

// The province named in a folded text: "tinh X", "uy ban nhan dan tinh X", or "X, ngày"
// at the start of a place-and-date line; a unit prefix before X makes it a unit's name.
bool namesProvince(const std::string& f, const std::string& prov) {
  if (prov.empty()) return false;
  for (std::size_t p = f.find(prov); p != std::string::npos; p = f.find(prov, p + 1)) {
    const bool a = p == 0 || f[p - 1] == ' ';
    const std::size_t e = p + prov.size();
    if (!a || !(e == f.size() || f[e] == ' ')) continue;
    const std::size_t before = p == 0 ? 0 : p - 1;
    if (p > 0 && (endsWithWord(f, before, "tinh") || endsWithWord(f, before, "ubnd"))) return true;
    if (p == 0 && (e == f.size() || f.compare(e, 5, " ngay") == 0)) return true;
  }
  return false;
}

// The plan's own province anywhere as words ("… tại Ninh Thuận"), unless a unit prefix
// makes it a unit's name ("Phường Bắc Kạn", "Thành phố Bắc Kạn").
bool mentionsProvince(const std::string& f, const std::string& prov) {
  if (prov.empty()) return false;
  for (std::size_t p = f.find(prov); p != std::string::npos; p = f.find(prov, p + 1)) {
    const std::size_t e = p + prov.size();
    if ((p > 0 && f[p - 1] != ' ') || !(e == f.size() || f[e] == ' ')) continue;
    const std::size_t before = p == 0 ? 0 : p - 1;
    bool unit = false;
    for (const char* w : {"xa", "phuong", "huyen", "pho", "tp", "thi", "tran", "quan", "h", "p", "x", "tx"})
      unit |= p > 0 && endsWithWord(f, before, w);
    if (!unit) return true;
  }
  return false;
}

enum class Level { None, District, Commune };

// The administrative level a short text's prefix names ("Xã …", "Phường …" communes;
// "Huyện …", "H. …", "TP …", "Thị xã …" districts).
Level prefixLevel(const std::string& f) {
  for (const char* w : {"xa ", "phuong ", "thi tran ", "p ", "x "})
    if (f.rfind(w, 0) == 0) return Level::Commune;
  for (const char* w : {"huyen ", "h ", "thanh pho ", "tp ", "thi xa ", "tx ", "quan "})
    if (f.rfind(w, 0) == 0) return Level::District;
  return Level::None;
}

struct Seen {
  std::map<std::string, std::string> provinces;   // display name → first cell
  std::set<int> years;
  int communes = 0, districtsPrefixed = 0;
  std::string firstCommune;
};

struct Fit {
  int score = 0;
  bool provinceNamed = false;
  std::string provinceCell;
  std::map<std::string, std::string> units;   // unit id → text as written (first)
};

void readYears(const std::string& f, std::set<int>& years) {
  for (std::size_t i = 0; i + 4 <= f.size(); ++i) {
    if ((i > 0 && std::isdigit(static_cast<unsigned char>(f[i - 1]))) ||
        (i + 4 < f.size() && std::isdigit(static_cast<unsigned char>(f[i + 4]))))
      continue;
    if (!std::all_of(f.begin() + static_cast<long>(i), f.begin() + static_cast<long>(i + 4),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      continue;
    const int y = std::stoi(f.substr(i, 4));
    if (y >= 2015 && y <= 2040) years.insert(y);
  }
}

std::string unitsList(const Fit& fit) {
  std::string s;
  int n = 0;
  for (const auto& [id, text] : fit.units) {
    if (++n > 4) { s += ", …"; break; }
    s += (s.empty() ? "" : ", ") + text;
  }
  return s;
}

std::string yearSpan(const std::set<int>& y) {
  if (y.empty()) return "";
  if (*y.begin() == *y.rbegin()) return std::to_string(*y.begin());
  return std::to_string(*y.begin()) + "–" + std::to_string(*y.rbegin());
}


std::string levelVi(const std::string& l) { return l == "commune" ? "xã" : l == "district" ? "huyện" : l; }
std::string levelEn(const std::string& l) { return l == "commune" ? "communes" : l == "district" ? "districts" : l; }

}  // namespace

PlanInference inferPlanEvidence(const std::vector<Grid>& sheets, const std::vector<const Plan*>& plans) {
  PlanInference out;
  Seen seen;
  std::vector<Fit> fits(plans.size());
  std::vector<std::string> provinces;
  for (const Plan* p : plans) provinces.push_back(text::foldKey(p->province));
  std::vector<std::pair<std::string, std::string>> allProvinces;   // folded, display
  for (const auto& n : provinceNames()) allProvinces.emplace_back(text::foldKey(n), n);
  // Each plan's units as "huyen x" / "thanh pho x" phrases, for reports that name only themselves.
  std::vector<std::vector<std::pair<std::string, std::string>>> ownPhrases(plans.size());
  for (std::size_t i = 0; i < plans.size(); ++i)
    for (const OrgUnit* d : plans[i]->districts()) {
      const std::string key = text::foldKey(d->name);
      for (const char* pre : {"huyen ", "thanh pho ", "thi xa ", "tp "})
        ownPhrases[i].emplace_back(key.rfind(pre, 0) == 0 ? key : pre + key, d->id);
    }
  for (const Grid& raw : sheets) {
    const LegacyGrid lg(raw);
    const Grid& g = lg.grid();
    // Titles, headers and unit names sit in the first few hundred rows; the body of a
    // 5,000-row table adds nothing but time.
    const int rows = std::min(g.rows, kEvidenceRows);
    std::string f;
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < g.cols; ++c) {
        const Cell& cell = g.at(r, c);
        if (cell.type != Cell::Type::Text || cell.text.size() > 300 || text::isBlank(cell.text)) continue;
        if (text::trimView(cell.text).rfind('=', 0) == 0) continue;   // a formula written out as text, not a name
        f.clear();
        text::foldKeyInto(cell.text, f);
        const std::string at = g.sheet + "!" + g.a1(r, c);
        readYears(f, seen.years);
        // A province is named after "tỉnh"/"UBND", or alone, or before ", ngày" (namesProvince).
        const bool mayNameProvince = f.size() <= 30 || f.find("tinh ") != std::string::npos ||
                                     f.find("ubnd ") != std::string::npos || f.find(" ngay") != std::string::npos;
        if (mayNameProvince)
          for (const auto& [pf, name] : allProvinces)
            if (namesProvince(f, pf)) seen.provinces.emplace(name, at);
        const bool prefixed = f.find("huyen ") != std::string::npos || f.find("thanh pho ") != std::string::npos ||
                              f.find("thi xa ") != std::string::npos || f.find("tp ") != std::string::npos;
        const Level level = f.size() <= 60 ? prefixLevel(f) : Level::None;
        if (level == Level::Commune) {
          if (seen.communes++ == 0) seen.firstCommune = at;
        } else if (level == Level::District) {
          ++seen.districtsPrefixed;
        }
        for (std::size_t i = 0; i < plans.size(); ++i) {
          const Plan* p = plans[i];
          Fit& fit = fits[i];
          if (mentionsProvince(f, provinces[i])) {
            fit.score += 3;
            if (!fit.provinceNamed) fit.provinceCell = at;
            fit.provinceNamed = true;
            continue;
          }
          // A commune is no district of a district-level plan, whatever name they share.
          if (level == Level::Commune && p->reportingLevel != "commune") continue;
          if (f.size() <= 60) {
            const NameMatch m = p->matchDistrict(cell.text);
            // A bare name a commune shares with the district it came from ("Ba Bể") is no
            // evidence for the commune plan: a 2022 sheet writes its districts so.
            const bool sharedWithFormer = level == Level::None &&
                                          p->matchFormerUnit(cell.text).status == NameMatch::Status::Unique;
            if (m.status == NameMatch::Status::Unique && !sharedWithFormer) {
              fit.score += 1;
              fit.units.emplace(m.id, text::trim(cell.text));
              continue;
            }
          }
          if (!prefixed) continue;
          for (const auto& [phrase, id] : ownPhrases[i])
            if (text::containsWords(f, phrase)) {
              fit.score += 2;
              fit.units.emplace(id, text::trim(cell.text));
              break;
            }
        }
      }
  }
  // Contradictions: another province named and not the plan's own, years only outside the
  // plan's phase, a sheet of communes for a plan of districts.
  std::string bestId;
  int top = 0;
  bool tie = false;
  std::size_t bestIdx = 0;
  for (std::size_t i = 0; i < plans.size(); ++i) {
    const Plan* p = plans[i];
    Fit& fit = fits[i];
    const bool otherProvince = !fit.provinceNamed && !seen.provinces.empty();
    const bool yearsOutside = !seen.years.empty() &&
                              std::none_of(seen.years.begin(), seen.years.end(),
                                           [&](int y) { return y >= p->startYear && y <= p->endYear; });
    const bool communesOnly = p->reportingLevel != "commune" && seen.communes >= 2 && fit.units.empty();
    if (otherProvince || yearsOutside || communesOnly) fit.score = 0;
    if (fit.score > top) { top = fit.score; bestId = p->id; bestIdx = i; tie = false; }
    else if (fit.score == top && top > 0) tie = true;
  }
  // What the workbook shows, in a few words: "Thái Nguyên, xã, 2026–2030".
  std::string provincesSeen;
  for (const auto& [name, at] : seen.provinces) provincesSeen += (provincesSeen.empty() ? "" : ", ") + name;
  std::vector<std::string> partsVi, partsEn;
  if (!provincesSeen.empty()) { partsVi.push_back(provincesSeen); partsEn.push_back(provincesSeen); }
  if (seen.communes >= 2 && seen.communes > seen.districtsPrefixed) { partsVi.push_back("xã"); partsEn.push_back("communes"); }
  else if (seen.districtsPrefixed >= 1 || std::any_of(fits.begin(), fits.end(), [](const Fit& f) { return !f.units.empty(); })) {
    partsVi.push_back("huyện");
    partsEn.push_back("districts");
  }
  if (!seen.years.empty()) { partsVi.push_back(yearSpan(seen.years)); partsEn.push_back(yearSpan(seen.years)); }
  for (std::size_t i = 0; i < partsVi.size(); ++i) {
    out.seen_vi += (i ? ", " : "") + partsVi[i];
    out.seen_en += (i ? ", " : "") + partsEn[i];
  }
  if (tie || top == 0) {
    std::string known_vi, known_en;
    for (const Plan* p : plans) {
      const std::string span = std::to_string(p->startYear) + "–" + std::to_string(p->endYear);
      known_vi += (known_vi.empty() ? "" : "; ") + p->id + " (" + p->province + ", " + levelVi(p->reportingLevel) + ", " + span + ")";
      known_en += (known_en.empty() ? "" : "; ") + p->id + " (" + p->province + ", " + levelEn(p->reportingLevel) + ", " + span + ")";
    }
    const std::string what_vi = out.seen_vi.empty() ? "không thấy tên tỉnh, tên đơn vị hay năm nào" : "tệp ghi " + out.seen_vi;
    const std::string what_en = out.seen_en.empty() ? "no province, unit or year was found" : "the workbook shows " + out.seen_en;
    out.evidence_vi = (tie ? "Nhiều kế hoạch khớp như nhau: " : "Không kế hoạch nào khớp: ") + what_vi +
                      "; các kế hoạch có: " + known_vi + ".";
    out.evidence_en = (tie ? "Several plans fit equally: " : "No plan fits: ") + what_en + "; the plans known are " +
                      known_en + ".";
    return out;
  }
  out.planId = bestId;
  const Plan* p = plans[bestIdx];
  const Fit& fit = fits[bestIdx];
  std::string vi = "kế hoạch " + p->id + " vì ", en = "plan " + p->id + " because ";
  std::vector<std::string> whyVi, whyEn;
  if (fit.provinceNamed) {
    whyVi.push_back("tệp ghi tỉnh " + p->province + " (" + fit.provinceCell + ")");
    whyEn.push_back("the workbook names the province " + p->province + " (" + fit.provinceCell + ")");
  }
  if (!fit.units.empty()) {
    whyVi.push_back(std::to_string(fit.units.size()) + " đơn vị của kế hoạch (" + unitsList(fit) + ")");
    whyEn.push_back(std::to_string(fit.units.size()) + " of its units (" + unitsList(fit) + ")");
    if (fit.units.size() == 1 && !fit.provinceNamed) {
      whyVi.back() = "báo cáo của " + unitsList(fit) + ", một đơn vị của kế hoạch";
      whyEn.back() = "it is the own report of " + unitsList(fit) + ", a unit of the plan";
    }
  }
  if (!seen.years.empty()) {
    whyVi.push_back("năm " + yearSpan(seen.years) + " trong giai đoạn " + std::to_string(p->startYear) + "–" +
                    std::to_string(p->endYear));
    whyEn.push_back("the years " + yearSpan(seen.years) + " lie in its phase " + std::to_string(p->startYear) + "–" +
                    std::to_string(p->endYear));
  }
  for (std::size_t i = 0; i < whyVi.size(); ++i) {
    vi += (i ? "; " : "") + whyVi[i];
    en += (i ? "; " : "") + whyEn[i];
  }
  out.evidence_vi = vi + ".";
  out.evidence_en = en + ".";
  return out;
}

std::string inferPlan(const std::vector<Grid>& sheets, const std::vector<const Plan*>& plans) {
  return inferPlanEvidence(sheets, plans).planId;
}

}  // namespace p8
