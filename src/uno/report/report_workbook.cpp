// One workbook of several report models (see the header).
#include "uno/report/report_workbook.hpp"

#include "uno/common/args.hpp"
#include "uno/common/log.hpp"
#include "uno/report/report_writer.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets2.hpp>
#include <com/sun/star/util/XCloseable.hpp>

namespace p8::uno {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

void closeQuietly(const Reference<css::frame::XModel>& doc) {
  try {
    Reference<css::util::XCloseable> c(doc, UNO_QUERY);
    if (c.is()) c->close(true);
  } catch (...) {
  }
}

rtl::OUString firstSheetName(const Reference<css::frame::XModel>& doc) {
  Reference<css::container::XIndexAccess> sheets(Reference<css::sheet::XSpreadsheetDocument>(doc, UNO_QUERY_THROW)->getSheets(),
                                                 UNO_QUERY_THROW);
  return Reference<css::container::XNamed>(sheets->getByIndex(0), UNO_QUERY_THROW)->getName();
}

}  // namespace

void storeWorkbook(const Reference<css::uno::XComponentContext>& ctx, const std::vector<ReportModel>& sheets,
                   const std::string& planRef, const std::vector<std::string>& outs) {
  if (sheets.empty()) throw ArgError("no sheet to write");
  if (outs.empty()) throw ArgError("no output file (Out)");
  Reference<css::frame::XModel> book = writeReport(ctx, sheets.front(), planRef, true);
  try {
    Reference<css::sheet::XSpreadsheets2> target(Reference<css::sheet::XSpreadsheetDocument>(book, UNO_QUERY_THROW)->getSheets(),
                                                 UNO_QUERY_THROW);
    for (std::size_t i = 1; i < sheets.size(); ++i) {
      Reference<css::frame::XModel> one = writeReport(ctx, sheets[i], "", true);
      try {
        target->importSheet(Reference<css::sheet::XSpreadsheetDocument>(one, UNO_QUERY_THROW), firstSheetName(one),
                            sal_Int32(i));
      } catch (...) {
        closeQuietly(one);
        throw;
      }
      closeQuietly(one);
    }
    for (const auto& out : outs) storeByExtension(book, out);
  } catch (...) {
    closeQuietly(book);
    throw;
  }
  closeQuietly(book);
  for (const auto& out : outs) log::info("workbook written: " + out);
}

}  // namespace p8::uno
