// The result side of the "Tổng hợp" panel (panel_consolidate.cpp runs the consolidation): the
// units' rows with their statuses in the panel's words, the files that name no unit, compact
// totals, and a click on a row that opens the unit's file read-only at its first finding.
// With a plan whose communes carry their history, the list ends with one row per former
// district (communes received of those formed from it); a click shows its sums.
#include "core/plan/plan_level.hpp"
#include "uno/common/args.hpp"
#include "uno/sidebar/panels.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <osl/file.hxx>

#include <cmath>
#include <cstdio>
#include <filesystem>

namespace p8::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

std::string baseName(const std::string& path) { return std::filesystem::path(path).filename().string(); }

// "12", "3.5", "15%"; "—" for a figure no file gives (never 0).
std::string number(const std::optional<double>& v, bool percent) {
  if (!v) return "—";
  const double x = percent ? *v * 100 : *v;
  char buf[32];
  if (std::fabs(x - std::round(x)) < 1e-9) std::snprintf(buf, sizeof buf, "%.0f", x);
  else std::snprintf(buf, sizeof buf, "%.2f", x);
  return std::string(buf) + (percent ? "%" : "");
}

const char* statusWord(UnitStatus s, bool vi) {
  switch (s) {
    case UnitStatus::Received: return vi ? "đã nhận" : "received";
    case UnitStatus::Missing: return vi ? "chưa nộp" : "missing";
    case UnitStatus::Duplicate: return vi ? "trùng tệp" : "duplicate";
    case UnitStatus::Unreadable: return vi ? "không đọc được" : "unreadable";
  }
  return "";
}

// Rows of the former districts are told apart from units by this prefix of their id.
const std::string kFormerRow = "former:";

// The sums of a former district, one compact line per indicator with a figure, then the
// communes not counted (named: a sum never hides them).
std::string formerText(const Consolidation& c, const FormerUnitGroup& g, const Plan& plan, bool vi) {
  std::string out = formerUnitLabel(g, !vi) + (vi ? " (cũ):\n" : " (former):\n");
  bool any = false;
  for (const Indicator& ind : plan.indicators) {
    const FormerUnitTotal* t = g.total(ind.code);
    if (!t || (!t->actual && !t->cumulative)) continue;
    out += ind.code + ": " + (vi ? "TH " : "done ") + number(t->actual, false) + (vi ? " · lũy kế " : " · cumulative ") +
           number(t->cumulative, false) + " (" + std::to_string(t->unitsCounted) + "/" + std::to_string(t->unitsExpected) + ")\n";
    any = true;
  }
  if (!any) out += vi ? "Chưa có số liệu.\n" : "No figures yet.\n";
  if (!g.notReceived.empty()) {
    out += vi ? "Chưa tính: " : "Not counted: ";
    for (std::size_t i = 0; i < g.notReceived.size(); ++i) {
      const UnitReport* u = c.unit(g.notReceived[i]);
      out += (i ? ", " : "") + (u ? u->name + " (" + statusWord(u->status, vi) + ")" : g.notReceived[i]);
    }
    out += "\n";
  }
  return out;
}

css::beans::PropertyValue arg(const char* name, const Any& value) {
  css::beans::PropertyValue p;
  p.Name = rtl::OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

}  // namespace

void ConsolidatePanel::showResult() {
  const Consolidation& c = *m_result;
  PlanPtr plan = loadPlan(m_resultPlan);
  const LevelWords words = reportingWords(*plan);
  std::vector<std::string> items;
  m_rows.clear();
  int received = 0;
  for (const UnitReport& u : c.units) {
    if (u.status == UnitStatus::Received) ++received;
    std::string row = u.name + " — " + statusWord(u.status, vi());
    if (u.late) row += tr(" · nộp muộn", " · late");
    if (u.files.size() > 1) row += " (" + std::to_string(u.files.size()) + tr(" tệp)", " files)");
    items.push_back(row);
    m_rows.emplace_back(u.id, u.files.empty() ? -1 : int(u.files.front()));
  }
  int unknown = 0;
  for (const ConsolidationFinding& f : c.findings) {
    if (f.finding.code != "unit-unknown") continue;
    for (const std::string& path : f.files) {
      int index = -1;
      for (std::size_t i = 0; i < c.files.size(); ++i)
        if (c.files[i].path == path) index = int(i);
      items.push_back(tr("Tệp không rõ đơn vị: ", "File of no unit: ") + baseName(path));
      m_rows.emplace_back("", index);
      ++unknown;
    }
  }
  if (c.byFormer) {   // phase I comparison: the former districts after the units
    const LevelWords former = levelWords(c.byFormer->level);
    items.push_back(tr("— Theo ", "— By former ") + former.one.in(lang()) + tr(" cũ", "") + " —");
    m_rows.emplace_back("", -1);
    for (const FormerUnitGroup& g : c.byFormer->groups) {
      items.push_back(formerUnitLabel(g, !vi()) + " — " + std::to_string(g.unitsReceived) + "/" +
                      std::to_string(g.units.size()) + " " + words.many.in(lang()));
      m_rows.emplace_back(kFormerRow + g.id, -1);
    }
  }
  setItems("units", items);
  std::string status = std::to_string(received) + "/" + std::to_string(c.units.size()) + " " + words.many.in(lang()) +
                       tr(" đã nộp", " received") + " · " + std::to_string(c.files.size()) + tr(" tệp", " files");
  if (unknown) status += " · " + std::to_string(unknown) + tr(" tệp không rõ đơn vị", " of no unit");
  const int errors = c.count(Severity::Error);
  status += "\n" + std::to_string(errors) + tr(" lỗi · bấm một dòng để mở tệp", " errors · click a row to open its file");
  setProp("status", "Label", Any(ustr(status)));
  setProp("detail", "Label", Any(ustr(tr("Toàn tỉnh:\n", "Whole plan:\n") + totalsText(""))));
  setProp("report", "Enabled", Any(true));
  relayout();
}

// The totals of a unit ("" = the whole plan), one compact line per indicator.
std::string ConsolidatePanel::totalsText(const std::string& unit) const {
  if (!m_result) return {};
  PlanPtr plan = loadPlan(m_resultPlan);
  std::string out;
  for (const Indicator& ind : plan->indicators) {
    const ConsolidatedTotal* t = m_result->total(ind.code, unit);
    if (!t || (!t->actual && !t->cumulative)) continue;   // what no file gives is left out
    out += ind.code + ": " + tr("TH ", "done ") + number(t->actual, ind.percent) + " / " +
           number(t->allocated ? t->allocated : t->plan, ind.percent) + tr(" · lũy kế ", " · cumulative ") +
           number(t->cumulative, ind.percent);
    if (unit.empty()) out += " (" + std::to_string(t->unitsCounted) + "/" + std::to_string(t->unitsExpected) + ")";
    out += "\n";
  }
  return out.empty() ? tr("Chưa có số liệu.", "No figures yet.") : out;
}

// A row: the unit's totals, and its file opened read-only at the cell of its first finding.
void ConsolidatePanel::openRow(int index) {
  if (!m_result || index < 0 || index >= int(m_rows.size())) return;
  const auto& [unit, fileIndex] = m_rows[std::size_t(index)];
  if (unit.rfind(kFormerRow, 0) == 0) {
    const FormerUnitGroup* g = m_result->byFormer ? m_result->byFormer->group(unit.substr(kFormerRow.size())) : nullptr;
    if (g) setProp("detail", "Label", Any(ustr(formerText(*m_result, *g, *loadPlan(m_resultPlan), vi()))));
    return;
  }
  if (!unit.empty()) {
    const UnitReport* u = m_result->unit(unit);
    setProp("detail", "Label", Any(ustr((u ? u->name + ":\n" : std::string()) + totalsText(unit))));
  }
  if (fileIndex < 0 || fileIndex >= int(m_result->files.size())) {
    if (!unit.empty()) setProp("detail", "Label", Any(ustr(tr("Đơn vị chưa nộp tệp nào.", "The unit has sent no file."))));
    return;
  }
  const ConsolidationFile& file = m_result->files[std::size_t(fileIndex)];
  if (!file.readable) {
    setProp("detail", "Label", Any(ustr(baseName(file.path) + ": " + (vi() ? file.reason_vi : file.reason_en))));
    return;
  }
  rtl::OUString url;
  osl::FileBase::getFileURLFromSystemPath(ustr(file.path), url);
  const css::beans::PropertyValue args[] = {arg("ReadOnly", Any(true))};
  Reference<css::frame::XModel> doc(css::frame::Desktop::create(m_ctx)->loadComponentFromURL(
                                        url, "_blank", 0, css::uno::Sequence<css::beans::PropertyValue>(args, 1)),
                                    UNO_QUERY);
  if (!doc.is()) return;
  for (const Finding& f : file.check.findings) {
    if (f.cell.empty() || f.severity == Severity::Info) continue;
    Reference<css::sheet::XSpreadsheetDocument> sdoc(doc, UNO_QUERY);
    if (!sdoc.is()) break;
    Reference<css::container::XNameAccess> sheets(sdoc->getSheets(), UNO_QUERY_THROW);
    if (!sheets->hasByName(ustr(f.sheet))) break;
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(ustr(f.sheet)), UNO_QUERY_THROW);
    Reference<css::view::XSelectionSupplier> sel(doc->getCurrentController(), UNO_QUERY);
    if (sel.is()) sel->select(Any(sheet->getCellRangeByName(ustr(f.cell))));
    break;
  }
}

}  // namespace p8::uno
