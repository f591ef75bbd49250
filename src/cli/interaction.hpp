// The interaction handler of every load: LibreOffice asks it instead of showing a dialog
// (password, repair a broken package, filter options, a format warning…). It answers every
// request with Abort, so no load can wait for an answer, and remembers what was asked: a
// password request means "password-protected", any other error or warning during the load
// means the file is damaged — then it must not be checked as if it were complete.
#pragma once
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <cppuhelper/implbase1.hxx>

#include <string>

namespace p8::cli {

namespace css = com::sun::star;

// UTF-8 of a UNO string, all of it (a NUL from a cell must not cut the text short).
inline std::string str(const rtl::OUString& s) {
  const rtl::OString o = s.toUtf8();
  return std::string(o.getStr(), o.getLength());
}

// A UNO string of UTF-8 text (arguments handed to the batch service).
inline rtl::OUString u(const std::string& s) { return rtl::OUString::fromUtf8(s.c_str()); }

class RefusingHandler : public cppu::WeakImplHelper1<css::task::XInteractionHandler> {
public:
  void SAL_CALL handle(const css::uno::Reference<css::task::XInteractionRequest>& request) override;
  bool passwordAsked = false;
  bool damageReported = false;   // a broken package, or a load error or warning (ErrorCodeRequest)
  bool optionsAsked = false;     // a text file whose import options were asked for
  std::string what;              // the last request's type
};

}  // namespace p8::cli
