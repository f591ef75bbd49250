// A Project 8 plan as data: indicators with targets, the activity table, org units with
// validity dates, reporting deadlines and (optionally) the allocation of targets to units.
// Loaded from JSON (plans/README.md documents the schema), so a new province, a phase II
// plan or the merged provinces after 1 July 2025 need a file, not a code change.
#pragma once
#include "core/parse/names.hpp"

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace p8 {

struct LocalText {
  std::string vi, en;
  const std::string& in(std::string_view lang) const { return lang == "en" && !en.empty() ? en : vi; }
};

struct Indicator {
  std::string code;                 // "1", "2a", "1.1.01"
  LocalText name;
  std::string unit;                 // "tổ", "%", "cuộc"
  std::optional<double> target;     // 380; percentages as fractions (0.15)
  std::string targetText;           // as written in the plan
  bool percent = false;
  std::string parent;               // "2" for "2a"
  std::vector<std::string> aliases; // labels staff write in sheets
};

struct ContentItem {                // a row of the plan's activity table
  std::string number;               // "2.1.1", "Nội dung 1", "HĐ1", "01"
  LocalText text;
  std::string targetText, timelineText;
  std::string indicator;            // code of the indicator this row defines, if any
  std::vector<ContentItem> children;
};

// A unit this one was formed from (the 2025 reorganisation merged communes and abolished
// districts): its id in the same plan and the day the change took effect ("" = the unit's
// valid_from). Lets phase II figures be summed back to phase I units (plan_history.hpp).
struct Predecessor {
  std::string id, date;
};

struct OrgUnit {
  std::string id, name, level, parent;   // level: "province" | "district" | "commune"
  std::vector<std::string> aliases;
  std::string validFrom, validTo;        // ISO dates or ""
  std::vector<Predecessor> predecessors;
};

struct Deadline {
  std::string kind;                      // "progress" | "update"
  int day = 0, month = 0, yearOffset = 0;
  LocalText label;
};

struct Plan {
  int schemaVersion = 1;
  std::string id;
  LocalText title;
  std::string province, phase, source;
  LocalText notes;                           // what the plan assumes (shown with it; optional)
  int startYear = 2021, endYear = 2025;
  std::string reportingLevel = "district";   // level of the units that report ("commune" after 7/2025)
  std::vector<Indicator> indicators;
  std::vector<ContentItem> content;
  std::vector<OrgUnit> orgUnits;
  std::vector<Deadline> deadlines;
  std::map<std::string, std::map<std::string, double>> allocation;   // code → unit id → value

  const Indicator* findIndicator(std::string_view code) const;   // exact code, case-insensitive ("2A")
  // A code ("2a", "Chỉ tiêu 2a", "CT 3"), a name or alias (folded), or a row label that clearly
  // names one indicator: it contains a name/alias as a phrase, or all words of one of 3+
  // words; the longest wins and a sub-indicator beats its parent. Ambiguous when the label
  // also names another indicator with words outside the winner's name (plan_match.cpp).
  NameMatch matchIndicator(std::string_view codeOrName) const;
  const OrgUnit* findUnit(std::string_view id) const;
  std::vector<const OrgUnit*> districts() const;     // units of the reporting level, in file order
  NameMatch matchDistrict(std::string_view text) const;   // name or alias of districts(); never the province
  // A former unit: name or alias of a unit that is not of the reporting level and that some
  // unit was formed from ("Huyện Ba Bể" in a commune plan). Its successors: successorsOf.
  NameMatch matchFormerUnit(std::string_view text) const;
  // The reporting units formed from `id`, directly or through units in between, file order.
  std::vector<const OrgUnit*> successorsOf(std::string_view id) const;
  void index();   // builds the matchers: parsePlan calls it; call again after editing a Plan by hand

private:
  struct Key {                                       // a folded name or alias of one indicator
    std::size_t indicator;
    std::string folded;
    std::vector<std::string> words;
  };
  NameMatcher m_districts;
  NameMatcher m_former;
  std::vector<std::string> m_codeKeys;   // folded code of each indicator, same order
  std::vector<Key> m_keys;
};

// A plan file that cannot be used. message_vi/en name the file, the line when known and the
// field: "Tệp kế hoạch 'x.json', dòng 12: trường 'indicators[3].target' phải là số."
struct PlanError : std::runtime_error {   // what() = message_en
  PlanError(std::string file, int line, std::string field, std::string vi, std::string en);
  std::string file;
  int line = 0;          // 1-based; 0 when not known
  std::string field;     // "indicators[3].target"; "" for the file as a whole
  std::string message_vi, message_en;
};

Plan parsePlan(const std::string& jsonText, const std::string& fileName);
Plan loadPlanFile(const std::string& path);
std::vector<std::string> builtinPlanIds();
// The level an administrative prefix names: "district" for huyện/H./quận/thị xã/TX/thành
// phố/TP, "commune" for xã/X./phường/P./thị trấn/TT/đặc khu, "" for none ("Ba Bể").
std::string adminPrefixLevel(std::string_view text);
// <dir>/<id>.json
std::string builtinPlanPath(const std::string& id, const std::string& dir);

}  // namespace p8
