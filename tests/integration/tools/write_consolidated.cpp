// Test tool of test_report_chart.py: writes the consolidated report of a small Bắc Kạn cycle
// (tests/unit/consolidate/chart_cycle.hpp: two districts with targets, one without, five
// missing) through the extension's one report writer (uno/report) into an office the test
// started, and stores it once per output path:
//   write_consolidated INI PIPE OUT.ods|.xlsx|.pdf...
// INI is build/p8calc-uno.ini (the office's type registries), PIPE the office's pipe name.
// It stands in for `p8calc consolidate --out` until that command exists; exit 0 written, 1 not.
#include "chart_cycle.hpp"

#include "core/consolidate/consolidated_report.hpp"
#include "uno/report/report_writer.hpp"

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <osl/file.hxx>

#include <iostream>

using namespace com::sun::star;
using uno::Reference;
using uno::UNO_QUERY_THROW;

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: write_consolidated INI PIPE OUT...\n";
    return 1;
  }
  try {
    rtl::OUString ini;
    osl::FileBase::getFileURLFromSystemPath(rtl::OUString::fromUtf8(rtl::OString(argv[1])), ini);
    Reference<uno::XComponentContext> local = cppu::defaultBootstrap_InitialComponentContext(ini);
    Reference<uno::XComponentContext> remote(
        bridge::UnoUrlResolver::create(local)->resolve(
            rtl::OUString::fromUtf8(rtl::OString((std::string("uno:pipe,name=") + argv[2] + ";urp;StarOffice.ComponentContext").c_str()))),
        UNO_QUERY_THROW);
    const p8::Plan& plan = p8test::bacKan();
    const p8::Consolidation c = p8::consolidate(plan, constest::chartCycle(), constest::options2025());
    const p8::ReportModel model = p8::buildConsolidatedReport(
        p8::loadLayoutFile(P8_SOURCE_DIR "/layouts/progress.json"), plan, c, p8::ReportOptions{});
    Reference<frame::XModel> doc = p8::uno::writeReport(remote, model, plan.id, true);
    for (int i = 3; i < argc; ++i) p8::uno::storeByExtension(doc, argv[i]);
    Reference<util::XCloseable>(doc, UNO_QUERY_THROW)->close(true);
    return 0;
  } catch (const uno::Exception& e) {
    std::cerr << "write_consolidated: " << e.Message.toUtf8().getStr() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "write_consolidated: " << e.what() << "\n";
  }
  return 1;
}
