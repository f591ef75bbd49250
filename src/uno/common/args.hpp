// Converting between UNO values and plain C++ for the add-in functions (range arguments:
// range_cache.hpp), and the one boundary that
// turns every C++ failure into a Calc error value:
//   ArgError (bad argument, unknown indicator…) → IllegalArgumentException → Err:502
//   anything else                                → RuntimeException         → #VALUE!
// (sc/source/core/tool/addincol.cxx maps the exceptions this way).
#pragma once
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>


#include <cmath>
#include <optional>
#include <stdexcept>
#include <string>

namespace p8::uno {

namespace css = com::sun::star;

// A bad argument; message in English for the log (the cell shows Err:502).
struct ArgError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string utf8(const rtl::OUString& s);
rtl::OUString ustr(const std::string& s);

bool isMissing(const css::uno::Any& a);          // VOID (omitted) or empty string
std::optional<double> asNumber(const css::uno::Any& a);   // double, or a Vietnamese number text
std::string asText(const css::uno::Any& a);      // string as is, number formatted, VOID → ""
// The first cell of a range argument, or the value itself.
css::uno::Any scalar(const css::uno::Any& a);

// The number of a cell value: a double, or a text read the Vietnamese way ("15,5").
std::optional<double> cellNumber(const css::uno::Any& a);

// Throws ArgError for NaN/inf so no non-finite value reaches a cell.
double finite(double v);


[[noreturn]] void rethrowAsUno(const char* function);

// Inside a catch block: the message of the exception being handled, "" when it has none.
std::string currentExceptionText();

// A text as a string literal of a formula in the API grammar: "a""b" for a"b.
std::string formulaString(const std::string& s);

// Runs a function body; every exception leaves as the UNO exception Calc expects.
template <class F>
auto guarded(const char* function, F&& body) -> decltype(body()) {
  try {
    return body();
  } catch (...) {
    rethrowAsUno(function);
  }
}

}  // namespace p8::uno
