// Attribution of a file to a reporting unit (see the header). Only the top of each sheet is
// read (title rows, where forms put the issuing body and the reporting unit): a table's row
// and column labels name many units and would decide nothing.
#include "core/consolidate/attribution.hpp"

#include "core/parse/names.hpp"
#include "core/plan/plan_level.hpp"
#include "core/parse/text.hpp"

#include <algorithm>
#include <set>

namespace p8 {
namespace {

constexpr int kTopRows = 25, kTopCols = 30;

const char* const kIssuers[] = {"hội lhpn", "hội liên hiệp phụ nữ", "hội phụ nữ", "hlhpn", "ubnd",
                                "ủy ban nhân dân", "uỷ ban nhân dân"};

bool startsWith(const std::string& s, std::string_view p) { return s.compare(0, p.size(), p) == 0; }

std::string afterColon(const std::string& s) {
  const std::size_t c = s.find(':');
  return c == std::string::npos ? std::string() : text::trim(std::string_view(s).substr(c + 1));
}

// A text and the shorter readings of it: "Huyện Na Rì - Ban Thường vụ" → "Huyện Na Rì".
std::vector<std::string> readings(const std::string& s) {
  std::vector<std::string> out{text::trim(s)};
  for (const char* sep : {" - ", " – ", ",", "(", "\n"}) {
    const std::size_t p = s.find(sep);
    if (p != std::string::npos && p > 0) out.push_back(text::trim(std::string_view(s).substr(0, p)));
  }
  return out;
}

class Attributor {
public:
  Attributor(const Plan& plan, const std::vector<const Plan*>& others) : m_plan(plan), m_others(others) {
    own(plan.province);
    for (const auto& u : plan.orgUnits)
      if (u.level == "province") {
        own(u.name);
        for (const auto& a : u.aliases) own(a);
      }
  }

  Attribution run(const std::vector<Grid>& sheets, const std::string& path) {
    std::vector<Hit> content;   // reporting-unit cells first, then issuing bodies, in reading order
    for (EvidenceKind pass : {EvidenceKind::ReportingUnit, EvidenceKind::Issuer})
      for (const Grid& g : sheets) scanTop(g, pass, content);
    if (!m_otherProvince.empty()) return foreign(m_otherProvince, m_otherText);
    for (const Hit& h : content)
      if (!h.unit.empty()) return attributed(h);
    for (const Hit& h : content)
      if (!h.otherProvince.empty()) return foreign(h.otherProvince, h.text);
    if (!content.empty()) return stated(content.front());
    for (const Grid& g : sheets)
      if (std::string id = ours(g.sheet); !id.empty()) return attributed({EvidenceKind::SheetName, g.sheet, "", g.sheet, id, ""});
    return fromFileName(path);
  }

private:
  struct Hit {
    EvidenceKind kind = EvidenceKind::None;
    std::string sheet, cell, text;
    std::string unit;            // ours, or ""
    std::string otherProvince;   // the unit belongs to another plan's province
  };
  const Plan& m_plan;
  const std::vector<const Plan*>& m_others;
  std::set<std::string> m_ownProvinces;   // placeKeys of this plan's province(s)
  std::string m_otherProvince, m_otherText;

  void own(const std::string& name) {
    if (!text::isBlank(name)) m_ownProvinces.insert(placeKey(name));
  }
  // The province itself written without a unit prefix ("Bắc Kạn", the template's unfilled
  // default): names no unit, even where a ward shares the name ("Phường Bắc Kạn").
  bool bareProvince(const std::string& t) const {
    return adminPrefixLevel(t).empty() && m_ownProvinces.count(placeKey(t)) > 0;
  }
  std::string ours(const std::string& t) const {
    if (bareProvince(t)) return "";
    const NameMatch m = m_plan.matchDistrict(t);
    return m.status == NameMatch::Status::Unique ? m.id : std::string();
  }
  std::string otherPlanProvince(const std::string& t) const {
    for (const Plan* p : m_others)
      if (p && p != &m_plan && p->matchDistrict(t).status == NameMatch::Status::Unique)
        return p->province.empty() ? p->id : p->province;
    return "";
  }

  // One candidate text: ours, another plan's, a named place of no plan, or nothing.
  void consider(EvidenceKind kind, const Grid& g, int r, int c, const std::string& shown, const std::string& name,
                std::vector<Hit>& out) {
    const std::string lower = text::lowerVi(name);
    if (startsWith(lower, "tỉnh ")) {   // a province: ours says nothing, another is decisive
      if (!m_ownProvinces.count(placeKey(name)) && m_otherProvince.empty()) {
        m_otherProvince = text::trim(std::string_view(name).substr(std::string_view("tỉnh ").size()));
        for (const Plan* p : m_others)   // as that plan writes it ("Ninh Thuận", not "ninh thuận")
          if (p && placeKey(p->province) == placeKey(m_otherProvince)) m_otherProvince = p->province;
        m_otherText = shown;
      }
      return;
    }
    if (bareProvince(name)) return;   // the template's unfilled default ("Bắc Kạn")
    for (const std::string& n : readings(name)) {
      if (std::string id = ours(n); !id.empty()) {
        out.push_back({kind, g.sheet, g.a1(r, c), shown, id, ""});
        return;
      }
    }
    for (const std::string& n : readings(name))
      if (std::string prov = otherPlanProvince(n); !prov.empty()) {
        out.push_back({kind, g.sheet, g.a1(r, c), shown, "", prov});
        return;
      }
    if (!adminPrefixLevel(name).empty()) out.push_back({kind, g.sheet, g.a1(r, c), shown, "", ""});
  }

  void scanTop(const Grid& g, EvidenceKind pass, std::vector<Hit>& out) {
    const int rows = std::min(g.rows, kTopRows), cols = std::min(g.cols, kTopCols);
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < cols; ++c) {
        const Cell& cell = g.at(r, c);
        if (cell.type != Cell::Type::Text || cell.text.size() > 300) continue;
        const std::string folded = text::foldKey(cell.text);
        if (pass == EvidenceKind::ReportingUnit) {
          if (!startsWith(folded, "don vi bao cao") && !startsWith(folded, "ten don vi bao cao") &&
              !startsWith(folded, "reporting unit"))
            continue;
          std::string value = afterColon(cell.text);
          int at = c;
          for (int k = c + 1; value.empty() && k < cols; ++k)   // the template: the unit in a cell to the right
            if (g.at(r, k).type == Cell::Type::Text && !text::isBlank(g.at(r, k).text)) value = g.at(r, k).text, at = k;
          if (!value.empty()) consider(pass, g, r, at, at == c ? cell.text : value, value, out);
          continue;
        }
        const std::string lower = text::lowerVi(text::trim(cell.text));
        for (const char* issuer : kIssuers) {
          if (!startsWith(lower, issuer)) continue;
          std::string rest = text::trim(std::string_view(lower).substr(std::string_view(issuer).size()));
          if (!rest.empty()) consider(pass, g, r, c, cell.text, rest, out);
          break;
        }
      }
  }

  // Where the file says it: the evidence of a hit, with or without a unit of the plan.
  static Attribution evidence(const Hit& h) {
    Attribution a;
    a.kind = h.kind;
    a.sheet = h.sheet;
    a.cell = h.cell;
    a.text = h.text;
    return a;
  }
  Attribution attributed(const Hit& h) const {
    Attribution a = evidence(h);
    a.unitId = h.unit;
    return a;
  }
  Attribution foreign(const std::string& province, const std::string& shown) const {
    Attribution a;
    a.otherProvince = province;
    a.text = shown;
    a.why_vi = "tệp ghi \"" + text::shorten(shown, 80) + "\": đơn vị của tỉnh " + province + ", không thuộc kế hoạch " +
               m_plan.id + ". Tệp gửi nhầm thì bỏ ra khỏi thư mục tổng hợp.";
    a.why_en = "the file says \"" + text::shorten(shown, 80) + "\": a unit of " + province + ", not of plan " +
               m_plan.id + ". If it was sent by mistake, remove it from the files to consolidate.";
    return a;
  }
  Attribution stated(const Hit& h) const {
    Attribution a = evidence(h);
    a.why_vi = "ô " + h.sheet + "!" + h.cell + " ghi \"" + text::shorten(h.text, 80) +
               "\", không phải đơn vị báo cáo nào của kế hoạch " + m_plan.id + ". Sửa tên đơn vị trong tệp cho đúng.";
    a.why_en = "cell " + h.sheet + "!" + h.cell + " says \"" + text::shorten(h.text, 80) +
               "\", which is no reporting unit of plan " + m_plan.id + ". Correct the unit's name in the file.";
    return a;
  }

  // Last resort: the words of the file name ("bao-cao-ba-be-2025.xlsx" → "ba be").
  Attribution fromFileName(const std::string& path) const {
    std::string base = path.substr(path.find_last_of("/\\") == std::string::npos ? 0 : path.find_last_of("/\\") + 1);
    const std::size_t dot = base.rfind('.');
    const std::string stem = dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
    std::string spaced = stem;
    for (char& ch : spaced)
      if (ch == '-' || ch == '_' || ch == '.' || ch == '+') ch = ' ';
    std::vector<std::string> words;
    for (std::size_t i = 0; i < spaced.size();) {
      const std::size_t e = std::min(spaced.find(' ', i), spaced.size());
      if (e > i) words.push_back(spaced.substr(i, e - i));
      i = e + 1;
    }
    std::set<std::string> ids;
    for (std::size_t n = std::min<std::size_t>(words.size(), 6); n >= 1 && ids.empty(); --n)   // longest first
      for (std::size_t i = 0; i + n <= words.size(); ++i) {
        std::string phrase;
        for (std::size_t k = i; k < i + n; ++k) phrase += (k > i ? " " : "") + words[k];
        if (std::string id = ours(phrase); !id.empty()) ids.insert(id);
      }
    Attribution a;
    if (ids.size() == 1) {
      a.unitId = *ids.begin();
      a.kind = EvidenceKind::FileName;
      a.text = base;
      return a;
    }
    const LevelWords level = reportingWords(m_plan);
    a.text = base;
    a.why_vi = ids.empty() ? "tệp không cho biết là của " + level.one.vi + " nào trong kế hoạch " + m_plan.id +
                                 " (ô \"Đơn vị báo cáo\", tên cơ quan ở đầu biểu, tên trang và tên tệp đều không nêu). "
                                 "Ghi tên đơn vị vào ô \"Đơn vị báo cáo:\" rồi tổng hợp lại."
                           : "tên tệp nêu nhiều đơn vị, không biết tệp của đơn vị nào. Đổi tên tệp hoặc ghi ô \"Đơn vị báo cáo:\".";
    a.why_en = ids.empty() ? "the file names no " + level.one.en + " of plan " + m_plan.id +
                                 " (a \"Đơn vị báo cáo\" cell, the issuing body in the header, the sheet name or the "
                                 "file name). Write the unit into the \"Đơn vị báo cáo:\" cell and consolidate again."
                           : "the file name names several units. Rename the file or fill the \"Đơn vị báo cáo:\" cell.";
    return a;
  }
};

}  // namespace

const char* evidenceKindCode(EvidenceKind k) {
  switch (k) {
    case EvidenceKind::None: return "";
    case EvidenceKind::ReportingUnit: return "reporting-unit";
    case EvidenceKind::Issuer: return "issuer";
    case EvidenceKind::SheetName: return "sheet-name";
    case EvidenceKind::FileName: return "file-name";
  }
  return "";
}

Attribution attributeFile(const std::vector<Grid>& sheets, const std::string& path, const Plan& plan,
                          const std::vector<const Plan*>& others) {
  return Attributor(plan, others).run(sheets, path);
}

}  // namespace p8
