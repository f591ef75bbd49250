#include "uno/common/args.hpp"

#include "core/parse/number.hpp"
#include "uno/common/log.hpp"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace p8::uno {

std::string utf8(const rtl::OUString& s) {
  rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
  return std::string(o.getStr(), o.getLength());
}

rtl::OUString ustr(const std::string& s) {
  return rtl::OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8);
}

css::uno::Any scalar(const css::uno::Any& a) {
  css::uno::Sequence<css::uno::Sequence<css::uno::Any>> rows;
  if (a >>= rows) {
    if (rows.getLength() == 0 || rows[0].getLength() == 0) return css::uno::Any();
    return rows[0][0];
  }
  return a;
}

bool isMissing(const css::uno::Any& in) {
  css::uno::Any a = scalar(in);
  if (!a.hasValue()) return true;
  rtl::OUString s;
  if (a >>= s) return s.trim().isEmpty();
  return false;
}

std::optional<double> asNumber(const css::uno::Any& in) { return cellNumber(scalar(in)); }

std::string asText(const css::uno::Any& in) {
  css::uno::Any a = scalar(in);
  rtl::OUString s;
  if (a >>= s) return utf8(s);
  double d = 0;
  if (a >>= d) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", d);
    return buf;
  }
  return std::string();
}

std::optional<double> cellNumber(const css::uno::Any& a) {
  double d = 0;
  if (a >>= d) return d;
  rtl::OUString s;
  if (a >>= s) {
    ParsedNumber n = parseNumber(utf8(s));
    if (n.ok()) return n.value;
  }
  return std::nullopt;
}

double finite(double v) {
  if (!std::isfinite(v)) throw ArgError("result is not a finite number");
  return v;
}

void rethrowAsUno(const char* function) {
  try {
    throw;
  } catch (const css::lang::IllegalArgumentException&) {
    throw;
  } catch (const css::uno::RuntimeException&) {
    throw;
  } catch (const ArgError& e) {
    log::debug(std::string(function) + ": " + e.what());
    throw css::lang::IllegalArgumentException(ustr(e.what()), nullptr, 0);
  } catch (const css::uno::Exception& e) {
    log::error(std::string(function) + ": UNO exception " + utf8(e.Message));
    throw css::uno::RuntimeException(e.Message);
  } catch (const std::exception& e) {
    log::error(std::string(function) + ": " + e.what());
    throw css::uno::RuntimeException(ustr(e.what()));
  } catch (...) {
    log::error(std::string(function) + ": unknown exception");
    throw css::uno::RuntimeException("p8calc: internal error");
  }
}

std::string currentExceptionText() {
  try {
    throw;
  } catch (const css::uno::Exception& e) {
    return utf8(e.Message);
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
    return {};
  }
}

std::string formulaString(const std::string& s) {
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

}  // namespace p8::uno
