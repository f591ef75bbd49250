// The add-in functions: convert arguments, call the core, convert back. Every body runs
// inside guarded(), so a bad argument becomes Err:502 and anything else #VALUE!, never a
// crash (see uno/args.hpp). README "Lỗi trong ô / Error values" lists what each means.
#include "uno/addin/functions.hpp"

#include "core/parse/dates.hpp"
#include "core/plan/district_lookup.hpp"
#include "core/parse/names.hpp"
#include "core/parse/number.hpp"
#include "core/check/progress.hpp"
#include "core/parse/target.hpp"
#include "core/parse/text.hpp"
#include "core/parse/timeline.hpp"
#include "uno/common/args.hpp"
#include "uno/addin/range_cache.hpp"
#include "uno/common/config.hpp"
#include "uno/common/plans.hpp"

#include <com/sun/star/util/Date.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace p8::uno {
namespace {

const Indicator& indicatorOf(const Plan& plan, const AnyArg& arg) {
  const std::string asked = text::trim(asText(arg));
  if (asked.empty()) throw ArgError("indicator is empty");
  if (const Indicator* ind = plan.findIndicator(asked)) return *ind;
  NameMatch m = plan.matchIndicator(asked);
  if (m.status == NameMatch::Status::Unique)
    if (const Indicator* ind = plan.findIndicator(m.id)) return *ind;
  throw ArgError("indicator '" + asked + "' is " +
                 (m.status == NameMatch::Status::Ambiguous ? "ambiguous" : "unknown") +
                 " in plan " + plan.id);
}

// A number, a Vietnamese number text, or a target text such as "77 tổ".
std::optional<double> goalNumber(const AnyArg& arg) {
  if (auto n = asNumber(arg)) return n;
  std::string s = asText(arg);
  if (text::isBlank(s)) return std::nullopt;
  TargetText t = parseTarget(s);
  if (t.value) return t.value;
  throw ArgError("no number in target text: " + s);
}

double requiredNumber(const AnyArg& arg, const char* what) {
  if (isMissing(arg)) throw ArgError(std::string(what) + " is empty");
  if (auto n = asNumber(arg)) return *n;
  throw ArgError(std::string(what) + " is not a number: " + asText(arg));
}

double requiredGoal(const AnyArg& arg) {
  auto g = goalNumber(arg);
  if (!g) throw ArgError("target is empty");
  if (*g == 0) throw ArgError("target is zero");
  return *g;
}

CivilDate nullDateOf(const DocArg& doc) {
  css::util::Date d;
  try {
    if (doc.is() && (doc->getPropertyValue("NullDate") >>= d)) return {d.Year, d.Month, d.Day};
  } catch (const css::uno::Exception&) {
  }
  return {1899, 12, 30};
}

// "2024", 2024, or a date serial (then its year).
std::optional<int> yearArg(const DocArg& doc, const AnyArg& arg) {
  if (isMissing(arg)) return std::nullopt;
  double v = requiredNumber(arg, "year");
  if (v >= 1900 && v <= 2200 && v == static_cast<int>(v)) return static_cast<int>(v);
  if (v > 2200) return dateFromSerial(v, nullDateOf(doc)).year;
  throw ArgError("not a year: " + asText(arg));
}

bool sameWord(const std::string& folded, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (folded == text::foldKey(w)) return true;
  return false;
}

// The plans a name is looked up in besides the document's: those of the same phase. A 2026
// commune plan's "Xã Ba Bể" is no answer for a 2022 sheet of Bắc Kạn's districts, nor the
// other way round.
std::vector<const Plan*> samePhase(const std::vector<PlanPtr>& all, const Plan* preferred) {
  std::vector<const Plan*> out;
  if (preferred) out.push_back(preferred);
  for (const auto& p : all)
    if (p.get() != preferred && (!preferred || (p->startYear <= preferred->endYear && preferred->startYear <= p->endYear)))
      out.push_back(p.get());
  return out;
}

// A former unit of the document's plan ("Huyện Ba Bể" in a commune plan: it became five
// communes), when the text names no reporting unit of that plan.
std::optional<FormerUnitRef> formerUnit(const std::string& text, const Plan* preferred) {
  if (!preferred || preferred->matchDistrict(text).status != NameMatch::Status::None) return std::nullopt;
  try {
    return resolveFormerUnit(text, preferred, {});
  } catch (const DistrictLookupError& e) {
    throw ArgError(e.what());
  }
}

void forEachCell(const Range& r, const std::function<void(int, int, const css::uno::Any&)>& f) {
  for (sal_Int32 i = 0; i < r.getLength(); ++i)
    for (sal_Int32 j = 0; j < r[i].getLength(); ++j) f(i, j, r[i][j]);
}

}  // namespace

Functions::Functions(const css::uno::Reference<css::uno::XComponentContext>& ctx)
    : m_ctx(ctx), m_ranges(std::make_unique<RangeCache>()) {}

Functions::~Functions() = default;

rtl::OUString Functions::implementationName() { return "org.p8.p8calc.Functions"; }

css::uno::Sequence<rtl::OUString> Functions::serviceNames() {
  css::uno::Sequence<rtl::OUString> s(2);
  s[0] = "org.p8.p8calc.Functions";
  s[1] = "com.sun.star.sheet.AddIn";
  return s;
}

double Functions::value(const AnyArg& text) {
  return guarded("VALUE", [&] {
    css::uno::Any a = scalar(text);
    double d = 0;
    if (a >>= d) return finite(d);
    const std::string s = asText(a);
    ParsedNumber whole = parseNumber(s);
    if (whole.ok()) return finite(whole.value);
    if (whole.status == ParsedNumber::Status::Ambiguous) throw ArgError(whole.reason_en);
    TargetText t = parseTarget(s);
    if (!t.value) throw ArgError("no number in: " + s);
    return finite(*t.value);
  });
}

rtl::OUString Functions::unit(const AnyArg& text) {
  return guarded("UNIT", [&] {
    if (isMissing(text)) throw ArgError("text is empty");
    return ustr(parseTarget(asText(text)).unit);
  });
}

double Functions::target(const DocArg& doc, const AnyArg& indicatorArg, const AnyArg& districtArg,
                         const AnyArg& planArg) {
  return guarded("TARGET", [&] {
    PlanPtr plan = planFor(doc, planArg);
    const Indicator& ind = indicatorOf(*plan, indicatorArg);
    if (isMissing(districtArg)) {
      if (!ind.target) throw ArgError("indicator " + ind.code + " has no numeric target");
      return finite(*ind.target);
    }
    auto row = plan->allocation.find(ind.code);
    // A former district of a commune plan: the allocations of the communes formed from it.
    if (auto former = formerUnit(asText(districtArg), plan.get())) {
      if (row == plan->allocation.end())
        throw ArgError("plan " + plan->id + " has no allocation for indicator " + ind.code);
      double sum = 0;
      bool any = false;
      for (const auto& id : former->successors)
        if (auto cell = row->second.find(id); cell != row->second.end()) { sum += cell->second; any = true; }
      if (!any) throw ArgError("plan " + plan->id + " allocates nothing of " + ind.code + " to the units formed from " + former->name);
      return finite(sum);
    }
    NameMatch m = plan->matchDistrict(asText(districtArg));
    if (m.status != NameMatch::Status::Unique)
      throw ArgError("district not found in plan " + plan->id + ": " + asText(districtArg));
    if (row == plan->allocation.end())
      throw ArgError("plan " + plan->id + " has no allocation for indicator " + ind.code);
    auto cell = row->second.find(m.id);
    if (cell == row->second.end())
      throw ArgError("plan " + plan->id + " allocates nothing of " + ind.code + " to " + m.id);
    return finite(cell->second);
  });
}

AnyArg Functions::indicator(const DocArg& doc, const AnyArg& code, const AnyArg& field,
                            const AnyArg& planArg) {
  return guarded("INDICATOR", [&]() -> AnyArg {
    PlanPtr plan = planFor(doc, planArg);
    const Indicator& ind = indicatorOf(*plan, code);
    const std::string f = isMissing(field) ? "name" : text::foldKey(asText(field));
    if (sameWord(f, {"name", "tên", "ten", "name_vi"})) return css::uno::Any(ustr(ind.name.vi));
    if (sameWord(f, {"name_en", "name en", "english", "tên tiếng anh"}))
      return css::uno::Any(ustr(ind.name.in("en")));
    if (sameWord(f, {"unit", "đơn vị", "đvt"})) return css::uno::Any(ustr(ind.unit));
    if (sameWord(f, {"target", "chỉ tiêu"})) {
      if (!ind.target) throw ArgError("indicator " + ind.code + " has no numeric target");
      return css::uno::Any(finite(*ind.target));
    }
    if (sameWord(f, {"target_text", "target text", "chỉ tiêu chữ"}))
      return css::uno::Any(ustr(ind.targetText));
    throw ArgError("unknown field: " + asText(field));
  });
}

rtl::OUString Functions::district(const DocArg& doc, const AnyArg& textArg,
                                  const AnyArg& province) {
  return guarded("DISTRICT", [&] {
    if (isMissing(textArg)) throw ArgError("district name is empty");
    std::vector<PlanPtr> all = builtinPlans();
    std::vector<const Plan*> plans;
    const Plan* preferred = nullptr;
    PlanPtr docPlan;
    if (!isMissing(province)) {
      const std::string key = placeKey(asText(province));
      for (const auto& p : all)
        if (placeKey(p->province) == key || p->id == asText(province)) plans.push_back(p.get());
      if (plans.empty()) {   // a plan file
        docPlan = loadPlan(asText(province));
        plans.push_back(docPlan.get());
      }
      preferred = plans.front();
    } else {
      docPlan = planFor(doc, css::uno::Any());
      preferred = docPlan.get();
      plans = samePhase(all, preferred);
    }
    // A former unit gives the reporting units formed from it: "Huyện Ba Bể" → "Xã Ba Bể, Xã Chợ Rã, …".
    if (auto former = formerUnit(asText(textArg), preferred)) {
      std::string names;
      for (const auto& id : former->successors)
        if (const OrgUnit* u = former->plan->findUnit(id)) names += (names.empty() ? "" : ", ") + u->name;
      return ustr(names);
    }
    try {
      DistrictRef ref = resolveDistrict(asText(textArg), preferred, plans, false);
      return ustr(ref.name);
    } catch (const DistrictLookupError& e) {
      throw ArgError(e.what());
    }
  });
}

// Values and labels come as live cell ranges (XCellRange), read through m_ranges: while a
// range is unchanged it is not read again, so a sheet of SUMDISTRICTs over the same columns
// costs one read per change, not one per formula (the old sequence<sequence<any>> made Calc
// copy every cell for every call: ~12-19x SUMIF). Each distinct label is matched once per
// district and the verdicts are kept with the labels' data.
double Functions::sumdistrict(const DocArg& doc, const CellRangeArg& valuesArg,
                              const CellRangeArg& labelsArg, const AnyArg& districtArg) {
  return guarded("SUMDISTRICT", [&] {
    if (!valuesArg.is() || !labelsArg.is()) throw ArgError("values and labels must be cell ranges");
    const css::uno::Reference<css::uno::XInterface> docKey(doc, css::uno::UNO_QUERY);
    RangeDataPtr values = m_ranges->get(docKey, valuesArg);
    RangeDataPtr labels = m_ranges->get(docKey, labelsArg);
    if (values->rows != labels->rows || values->cols != labels->cols)
      throw ArgError("values and labels must have the same size");
    if (isMissing(districtArg)) throw ArgError("district is empty");
    std::vector<PlanPtr> all = builtinPlans();
    const PlanPtr docPlan = planFor(doc, css::uno::Any());
    const std::vector<const Plan*> plans = samePhase(all, docPlan.get());
    // A former district of the document's commune plan sums the communes formed from it.
    std::optional<FormerUnitRef> former = formerUnit(asText(districtArg), docPlan.get());
    DistrictRef ref;
    if (former) {
      ref.plan = former->plan;
      ref.id = former->id;
      ref.key = "former";
    } else {
      try {
        ref = resolveDistrict(asText(districtArg), docPlan.get(), plans, true);
      } catch (const DistrictLookupError& e) {
        throw ArgError(e.what());
      }
    }
    const std::string memoKey = (ref.plan ? ref.plan->id : std::string()) + '\n' + ref.id + '\n' + ref.key;
    RangeData::Memo verdicts;
    {
      std::lock_guard<std::mutex> lock(labels->memoMutex);
      auto it = labels->memo.find(memoKey);
      if (it != labels->memo.end()) verdicts = it->second;
    }
    if (!verdicts) {
      DistrictLabelMatcher matcher = former ? DistrictLabelMatcher(*former) : DistrictLabelMatcher(ref);
      auto v = std::make_shared<std::vector<char>>(labels->texts.size());
      for (std::size_t i = 0; i < labels->texts.size(); ++i) (*v)[i] = matcher.matches(utf8(labels->texts[i]));
      verdicts = v;
      std::lock_guard<std::mutex> lock(labels->memoMutex);
      if (labels->memo.size() >= 64) labels->memo.clear();   // many districts asked: start over
      labels->memo.emplace(memoKey, verdicts);
    }
    // Cells outside either read part are empty: nothing to add there.
    const int rows = std::min(values->readRows, labels->readRows);
    const int cols = std::min(values->readCols, labels->readCols);
    const std::vector<char>& match = *verdicts;
    double sum = 0;
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < cols; ++c) {
        const std::int32_t label = labels->labels[labels->at(r, c)];
        if (label == RangeData::kError)
          throw ArgError("error value in labels at row " + std::to_string(r + 1));
        if (label < 0 || !match[std::size_t(label)]) continue;
        const std::size_t i = values->at(r, c);
        if (values->labels[i] == RangeData::kError)
          throw ArgError("error value in values at row " + std::to_string(r + 1));
        const double x = values->numbers[i];
        if (!std::isnan(x)) sum += x;
      }
    return finite(sum);
  });
}

double Functions::checksum(const Range& parts, const AnyArg& total) {
  return guarded("CHECKSUM", [&] {
    double t = requiredNumber(total, "total");
    double sum = 0;
    forEachCell(parts, [&](int, int, const css::uno::Any& a) {
      if (auto v = cellNumber(a)) sum += *v;
    });
    return finite(t - sum);
  });
}

double Functions::gap(const AnyArg& actual, const AnyArg& goal) {
  return guarded("GAP", [&] {
    double g = requiredGoal(goal);
    return finite(g - requiredNumber(actual, "actual"));
  });
}

double Functions::rate(const AnyArg& actual, const AnyArg& goal) {
  return guarded("RATE", [&] {
    double g = requiredGoal(goal);
    return finite(requiredNumber(actual, "actual") / g);
  });
}

rtl::OUString Functions::status(const DocArg& doc, const AnyArg& actual, const AnyArg& goal,
                                const AnyArg& asof, const AnyArg& endyear) {
  return guarded("STATUS", [&] {
    double a = requiredNumber(actual, "actual");
    std::optional<double> g = goalNumber(goal);
    Schedule s;
    PlanPtr plan = planFor(doc, css::uno::Any());
    s.startYear = plan->startYear;
    s.endYear = plan->endYear;
    s.asOfYear = yearArg(doc, asof);
    if (auto e = yearArg(doc, endyear)) s.endYear = *e;
    return ustr(statusText(judgeProgress(a, g, s), uiLanguage(m_ctx)));
  });
}

double Functions::deadline(const DocArg& doc, const AnyArg& year, const AnyArg& kind) {
  return guarded("DEADLINE", [&] {
    auto y = yearArg(doc, year);
    if (!y) throw ArgError("year is empty");
    std::string k = "progress";
    if (!isMissing(kind)) {
      const std::string f = text::foldKey(asText(kind));
      if (sameWord(f, {"progress", "tiến độ", "báo cáo", "bao cao tien do"})) k = "progress";
      else if (sameWord(f, {"update", "cập nhật", "cuối năm", "year-end"})) k = "update";
      else throw ArgError("unknown deadline kind: " + asText(kind));
    }
    PlanPtr plan = planFor(doc, css::uno::Any());
    for (const Deadline& d : plan->deadlines)
      if (d.kind == k)
        return dateSerial({*y + d.yearOffset, d.month, d.day}, nullDateOf(doc));
    throw ArgError("plan " + plan->id + " has no deadline of kind " + k);
  });
}

AnyArg Functions::timeline(const AnyArg& textArg, const AnyArg& part) {
  return guarded("TIMELINE", [&]() -> AnyArg {
    if (isMissing(textArg)) throw ArgError("timeline text is empty");
    if (isMissing(part)) throw ArgError("part is empty");
    Timeline t = parseTimeline(asText(textArg));
    const std::string f = text::foldKey(asText(part));
    if (sameWord(f, {"recurring", "hàng năm", "lặp lại"}))
      return css::uno::Any(t.recurring ? 1.0 : 0.0);
    std::optional<int> y;
    if (sameWord(f, {"start", "bắt đầu", "từ"})) y = t.startYear;
    else if (sameWord(f, {"end", "kết thúc", "đến"})) y = t.endYear;
    else throw ArgError("unknown part: " + asText(part));
    if (!y) throw ArgError("no such year in timeline: " + t.reason_en);
    return css::uno::Any(static_cast<double>(*y));
  });
}

rtl::OUString Functions::getServiceName() { return "org.p8.p8calc.Functions"; }
rtl::OUString Functions::getImplementationName() { return implementationName(); }
sal_Bool Functions::supportsService(const rtl::OUString& name) {
  return cppu::supportsService(this, name);
}
css::uno::Sequence<rtl::OUString> Functions::getSupportedServiceNames() { return serviceNames(); }

}  // namespace p8::uno
