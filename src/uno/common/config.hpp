// Office facts the adapters need: the UI language (for texts such as P8.STATUS) and the
// user profile folder (where the log goes). Read once from the office configuration.
#pragma once
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace p8::uno {

namespace css = com::sun::star;

// "vi" when the office UI is Vietnamese, else "en".
std::string uiLanguage(const css::uno::Reference<css::uno::XComponentContext>& ctx);
// Filesystem path of the user profile's "user" folder, "" if unknown.
std::string userProfileDir(const css::uno::Reference<css::uno::XComponentContext>& ctx);

}  // namespace p8::uno
