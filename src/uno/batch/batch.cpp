#include "uno/batch/batch.hpp"

#include "core/check/json_out.hpp"
#include "uno/check/doc_read.hpp"
#include "uno/check/plan_choice.hpp"
#include "uno/common/args.hpp"
#include "uno/common/doc_props.hpp"
#include "uno/common/log.hpp"
#include "uno/common/plans.hpp"
#include "core/report/report_layout.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <chrono>
#include <regex>


namespace p8::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

void fail(const std::string& vi, const std::string& en) {
  throw css::lang::IllegalArgumentException(ustr(vi + "\n" + en), nullptr, 0);
}

void failFromCurrent() {
  try {
    throw;
  } catch (const css::lang::IllegalArgumentException&) {
    throw;
  } catch (const PlanLoadError& e) {
    fail(e.message_vi, e.what());
  } catch (const PlanError& e) {
    fail(e.message_vi, e.message_en);
  } catch (const LayoutError& e) {
    fail(e.message_vi, e.message_en);
  } catch (...) {
    const std::string full = currentExceptionText();
    log::error("batch: " + (full.empty() ? std::string("unknown exception") : full));
    // The user sees what happened, not where in LibreOffice's sources (" at ./x/y.cxx:363").
    static const std::regex kWhere(R"(\s+at\s+\S+\.(cxx|hxx|cpp|hpp|h):\d+)");
    const std::string what = std::regex_replace(full, kWhere, "");
    fail("lỗi không mong đợi trong LibreOffice: " + what + ". Xem nhật ký p8calc.log.",
         "unexpected error in LibreOffice: " + what + ". See p8calc.log.");
  }
}

Reference<css::sheet::XSpreadsheetDocument> spreadsheet(const Reference<css::frame::XModel>& document) {
  Reference<css::sheet::XSpreadsheetDocument> doc(document, UNO_QUERY);
  if (!doc.is())
    fail("tệp không phải là bảng tính (chỉ kiểm tra được bảng tính: .ods, .xlsx, .xls, .csv).",
         "the file is not a spreadsheet (only spreadsheets can be checked: .ods, .xlsx, .xls, .csv).");
  return doc;
}

PlanPtr planOrFail(const Reference<css::frame::XModel>& document, const std::vector<Grid>& grids,
                   const std::string& asked) {
  DocResult chosen;
  PlanSource source;
  PlanPtr p = choosePlan(document, grids, chosen, asked, &source);
  if (!p && source == PlanSource::None)
    fail("không xác định được kế hoạch (tỉnh, huyện); hãy chỉ rõ --plan",
         "cannot tell which plan this workbook follows; use --plan");
  if (!p && source == PlanSource::Document)
    fail(chosen.error_vi + " (hoặc chỉ rõ --plan)", chosen.error_en + " (or use --plan)");
  if (!p) fail(chosen.error_vi, chosen.error_en);
  return p;
}

std::vector<std::string> strings(const css::uno::Sequence<rtl::OUString>& seq) {
  std::vector<std::string> out;
  for (const auto& s : seq) out.push_back(utf8(s));
  return out;
}

CheckOptions checkOptions(const Reference<css::frame::XModel>& document, const std::vector<std::string>& accepted,
                          int year) {
  CheckOptions opt;
  opt.acceptedWarnings = acceptedWarnings(document);
  for (const auto& key : accepted) opt.acceptedWarnings.push_back(key);
  if (year > 0) opt.asOfYear = year;
  return opt;
}

namespace {

// The hidden runs of a row/column mask, absolute [first, last].
std::string runsJson(const std::vector<bool>& hidden, int origin) {
  std::string o = "[";
  for (std::size_t i = 0; i < hidden.size();) {
    if (!hidden[i]) { ++i; continue; }
    std::size_t j = i;
    while (j + 1 < hidden.size() && hidden[j + 1]) ++j;
    o += (o.size() > 1 ? "," : "") + std::string("[") + std::to_string(origin + int(i)) + "," +
         std::to_string(origin + int(j)) + "]";
    i = j + 1;
  }
  return o + "]";
}

const char* typeCode(Cell::Type t) {
  switch (t) {
    case Cell::Type::Number: return "N";
    case Cell::Type::Text: return "T";
    case Cell::Type::Error: return "E";
    default: return "";
  }
}

}  // namespace

rtl::OUString Batch::implementationName() { return "org.p8.p8calc.Batch"; }
css::uno::Sequence<rtl::OUString> Batch::serviceNames() {
  rtl::OUString name("org.p8.p8calc.Batch");
  return css::uno::Sequence<rtl::OUString>(&name, 1);
}
rtl::OUString Batch::getImplementationName() { return implementationName(); }
sal_Bool Batch::supportsService(const rtl::OUString& name) { return cppu::supportsService(this, name); }
css::uno::Sequence<rtl::OUString> Batch::getSupportedServiceNames() { return serviceNames(); }

rtl::OUString Batch::loadPlan(const rtl::OUString& plan) {
  try {
    return ustr(p8::uno::loadPlan(planFromWorkbook(m_ctx, utf8(plan)))->id);
  } catch (...) {
    failFromCurrent();
  }
}

rtl::OUString Batch::check(const Reference<css::frame::XModel>& document, const rtl::OUString& file,
                           const rtl::OUString& plan, const css::uno::Sequence<rtl::OUString>& accepted,
                           sal_Int32 year, const rtl::OUString& format, const rtl::OUString& lang,
                           sal_Int32& errors) {
  try {
    using Clock = std::chrono::steady_clock;
    const auto t0 = Clock::now();
    const std::vector<Grid> grids = readWorkbook(spreadsheet(document));
    const auto t1 = Clock::now();
    const std::string asked = planFromWorkbook(m_ctx, utf8(plan));
    DocResult chosen;
    PlanSource source = PlanSource::None;
    const PlanPtr p = choosePlan(document, grids, chosen, asked, &source, utf8(file));
    if (!p && (source == PlanSource::None || source == PlanSource::NoTable)) {
      // No plan inferred: the core's answer (choosePlan, as the panel shows it) in the file's
      // own output (text and JSON plan_evidence) — the plan-unknown finding with what was
      // seen, or, when no plan finds a table in it, the sheets' INFO: nothing to check.
      std::vector<FileResult> one;
      one.emplace_back(utf8(file), std::move(chosen.check));
      // plan-unknown: not checked, the caller says so (p8calc check: exit 2); no table: checked.
      errors = source == PlanSource::NoTable ? 0 : -1;
      return ustr(format == "json" ? toJson(one) : toText(one, utf8(lang)));
    }
    if (!p) planOrFail(document, grids, asked);   // throws the reason (a plan file that cannot be read …)
    std::vector<FileResult> one;
    one.emplace_back(utf8(file), checkWorkbook(grids, *p, checkOptions(document, strings(accepted), year)));
    errors = one.front().second.count(Severity::Error);
    const auto t2 = Clock::now();
    const rtl::OUString out = ustr(format == "json" ? toJson(one) : toText(one, utf8(lang)));
    auto ms = [](Clock::time_point a, Clock::time_point b) {
      return std::to_string(std::chrono::duration<double, std::milli>(b - a).count());
    };
    log::info("batch check: read " + ms(t0, t1) + " ms, check " + ms(t1, t2) + " ms, output " +
              ms(t2, Clock::now()) + " ms");   // bench_oneclick reads these
    return out;
  } catch (...) {
    failFromCurrent();
  }
}

rtl::OUString Batch::damaged(const rtl::OUString& file, const rtl::OUString& format, const rtl::OUString& lang) {
  Finding f = makeFinding("file-damaged", "", "", "", "", "", "");   // its code and severity from the catalogue
  f.message_vi = "LibreOffice báo tệp bị hỏng khi mở (ví dụ một trang bị cắt cụt), nên tệp không được kiểm tra: "
                 "kết quả của một tệp đọc dở sẽ sai. Hãy mở tệp bằng chương trình đã tạo ra nó, lưu lại rồi kiểm tra lại.";
  f.message_en = "LibreOffice reported the file as damaged while opening it (e.g. a truncated sheet), so it was not "
                 "checked: the result of a partly read file would be wrong. Open it in the program that made it, save "
                 "it again and check again.";
  CheckResult r;
  r.findings.push_back(f);
  std::vector<FileResult> one;
  one.emplace_back(utf8(file), std::move(r));
  return ustr(format == "json" ? toJson(one) : toText(one, utf8(lang)));
}

rtl::OUString Batch::inspect(const Reference<css::frame::XModel>& document) {
  try {
    std::string o = "{\"sheets\":[";
    bool firstSheet = true;
    for (const Grid& g : readWorkbook(spreadsheet(document))) {
      o += (firstSheet ? "" : ",");
      firstSheet = false;
      o += "{\"sheet\":" + jsonEscape(g.sheet) + ",\"row\":" + std::to_string(g.originRow) +
           ",\"col\":" + std::to_string(g.originCol) + ",\"rows\":" + std::to_string(g.rows) +
           ",\"cols\":" + std::to_string(g.cols) + ",\"skipped\":" + jsonEscape(g.skippedFrom) + ",\"merges\":[";
      for (std::size_t i = 0; i < g.merges.size(); ++i) {
        const MergedArea& m = g.merges[i];
        o += (i ? "," : "") + std::string("[") + std::to_string(m.top) + "," + std::to_string(m.left) + "," +
             std::to_string(m.bottom) + "," + std::to_string(m.right) + "]";
      }
      o += "],\"hidden_rows\":" + runsJson(g.hiddenRows, g.originRow) +
           ",\"hidden_cols\":" + runsJson(g.hiddenCols, g.originCol) + ",\"cells\":[";
      bool firstCell = true;
      for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < g.cols; ++c) {
          const Cell& cell = g.at(r, c);
          if (cell.type == Cell::Type::Empty) continue;
          o += (firstCell ? "" : ",");
          firstCell = false;
          o += "[" + std::to_string(g.originRow + r) + "," + std::to_string(g.originCol + c) + ",\"" +
               typeCode(cell.type) + "\"," +
               (cell.type == Cell::Type::Number ? jsonNumber(cell.number) : jsonEscape(cell.text)) + "," +
               jsonEscape(cell.formula) + "]";
        }
      o += "]}";
    }
    return ustr(o + "]}\n");
  } catch (...) {
    failFromCurrent();
  }
}

}  // namespace p8::uno
