// The Calc add-in (service org.p8.p8calc.Functions, also com.sun.star.sheet.AddIn).
// Each method converts arguments, calls the core, converts back — no domain logic here.
// Function Wizard texts come from the generated CalcAddIn.xcu (no XAddIn on purpose: Calc
// would then ignore the .xcu).
#pragma once
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase3.hxx>
#include <org/p8/p8calc/XFunctions.hpp>

#include <memory>

namespace p8::uno {

namespace css = com::sun::star;
using AnyArg = css::uno::Any;
using Range = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;
using DocArg = css::uno::Reference<css::beans::XPropertySet>;
using CellRangeArg = css::uno::Reference<css::table::XCellRange>;

class RangeCache;

class Functions
    : public cppu::WeakImplHelper3<org::p8::p8calc::XFunctions, css::lang::XServiceName,
                                   css::lang::XServiceInfo> {
public:
  explicit Functions(const css::uno::Reference<css::uno::XComponentContext>& ctx);
  ~Functions() override;

  static rtl::OUString implementationName();
  static css::uno::Sequence<rtl::OUString> serviceNames();

  // XFunctions
  double SAL_CALL value(const AnyArg& text) override;
  rtl::OUString SAL_CALL unit(const AnyArg& text) override;
  double SAL_CALL target(const DocArg& doc, const AnyArg& indicator, const AnyArg& district,
                         const AnyArg& plan) override;
  AnyArg SAL_CALL indicator(const DocArg& doc, const AnyArg& code, const AnyArg& field,
                            const AnyArg& plan) override;
  rtl::OUString SAL_CALL district(const DocArg& doc, const AnyArg& text,
                                  const AnyArg& province) override;
  double SAL_CALL sumdistrict(const DocArg& doc, const CellRangeArg& values,
                              const CellRangeArg& labels, const AnyArg& district) override;
  double SAL_CALL checksum(const Range& parts, const AnyArg& total) override;
  double SAL_CALL gap(const AnyArg& actual, const AnyArg& goal) override;
  double SAL_CALL rate(const AnyArg& actual, const AnyArg& goal) override;
  rtl::OUString SAL_CALL status(const DocArg& doc, const AnyArg& actual, const AnyArg& goal,
                                const AnyArg& asof, const AnyArg& endyear) override;
  double SAL_CALL deadline(const DocArg& doc, const AnyArg& year, const AnyArg& kind) override;
  AnyArg SAL_CALL timeline(const AnyArg& text, const AnyArg& part) override;

  // XServiceName, XServiceInfo
  rtl::OUString SAL_CALL getServiceName() override;
  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

private:
  css::uno::Reference<css::uno::XComponentContext> m_ctx;
  std::unique_ptr<RangeCache> m_ranges;   // range arguments of SUMDISTRICT (uno/range_cache.hpp)
};

}  // namespace p8::uno
