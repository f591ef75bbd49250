// What the CLI's talk with the office needs besides the batch service: UTF-8 ⇄ UNO strings,
// and the interaction handler of every load (RefusingHandler: every question of LibreOffice
// answered "cancel", what was asked remembered — password, damage, import options). The handler
// is one source shared with the office side's hidden loads (src/uno/batch/refusing_handler.*,
// compiled into both, as workbook_files.cpp is).
#pragma once
#include "uno/batch/refusing_handler.hpp"

#include <rtl/ustring.hxx>

#include <string>

namespace p8::cli {

namespace css = com::sun::star;

using p8::RefusingHandler;

// UTF-8 of a UNO string, all of it (a NUL from a cell must not cut the text short).
inline std::string str(const rtl::OUString& s) {
  const rtl::OString o = s.toUtf8();
  return std::string(o.getStr(), o.getLength());
}

// A UNO string of UTF-8 text (arguments handed to the batch service).
inline rtl::OUString u(const std::string& s) { return rtl::OUString::fromUtf8(s.c_str()); }

}  // namespace p8::cli
