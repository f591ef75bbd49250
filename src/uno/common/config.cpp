#include "uno/common/config.hpp"

#include "uno/common/args.hpp"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <com/sun/star/util/XStringSubstitution.hpp>
#include <osl/file.hxx>

#include <mutex>

namespace p8::uno {
namespace {

std::string readLocale(const css::uno::Reference<css::uno::XComponentContext>& ctx) {
  auto provider = css::configuration::theDefaultProvider::get(ctx);
  css::uno::Sequence<css::uno::Any> args(1);
  args[0] <<= css::beans::NamedValue("nodepath", css::uno::Any(rtl::OUString("/org.openoffice.Setup/L10N")));
  css::uno::Reference<css::container::XNameAccess> access(
      provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args),
      css::uno::UNO_QUERY_THROW);
  rtl::OUString locale;
  access->getByName("ooLocale") >>= locale;
  return utf8(locale);
}

}  // namespace

std::string uiLanguage(const css::uno::Reference<css::uno::XComponentContext>& ctx) {
  static std::once_flag once;
  static std::string lang = "en";
  std::call_once(once, [&] {
    try {
      std::string locale = readLocale(ctx);
      if (locale.empty()) {   // follows the system locale
        const char* env = std::getenv("LC_ALL");
        if (!env || !*env) env = std::getenv("LANG");
        locale = env ? env : "";
      }
      lang = locale.rfind("vi", 0) == 0 ? "vi" : "en";
    } catch (...) {
      lang = "en";
    }
  });
  return lang;
}

std::string userProfileDir(const css::uno::Reference<css::uno::XComponentContext>& ctx) {
  try {
    auto subst = css::util::PathSubstitution::create(ctx);
    rtl::OUString url = subst->substituteVariables("$(user)", true);
    rtl::OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(url, path) == osl::FileBase::E_None)
      return utf8(path);
  } catch (...) {
  }
  return {};
}

}  // namespace p8::uno
