// The interaction handler of every load p8calc makes: LibreOffice asks it instead of showing a
// dialog (password, repair a broken package, filter options, a format warning…). It answers
// every request with Abort, so no load can wait for an answer, and remembers what was asked: a
// password request means "password-protected", any other error or warning during the load
// means the file is damaged — then it must not be checked as if it were complete.
// One source for both processes, as workbook_files.cpp: compiled into `p8calc` (src/cli, the
// loads of `p8calc check`, report, consolidate) and into the extension (hidden_load.cpp, the
// office's own hidden loads: the sidebar's consolidation, a plan kept in a workbook).
#pragma once
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <cppuhelper/implbase1.hxx>

#include <string>

namespace p8 {

namespace css = com::sun::star;

class RefusingHandler : public cppu::WeakImplHelper1<css::task::XInteractionHandler> {
public:
  void SAL_CALL handle(const css::uno::Reference<css::task::XInteractionRequest>& request) override;
  bool passwordAsked = false;
  bool damageReported = false;   // a broken package, or a load error or warning (ErrorCodeRequest)
  bool optionsAsked = false;     // a text file whose import options were asked for
  std::string what;              // the last request's type
};

}  // namespace p8
