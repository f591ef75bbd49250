#include "uno/common/doc_props.hpp"

#include "uno/common/args.hpp"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/UnknownPropertyException.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

#include <algorithm>
#include <sstream>

namespace p8::uno {

const char* const kPlanProperty = "P8Plan";
const char* const kPlanDataProperty = "P8PlanData";
const char* const kAcceptedProperty = "P8AcceptedWarnings";

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;

Reference<css::beans::XPropertyContainer> userProperties(const Reference<css::uno::XInterface>& doc) {
  Reference<css::document::XDocumentPropertiesSupplier> sup(doc, UNO_QUERY);
  if (!sup.is()) return {};
  return sup->getDocumentProperties()->getUserDefinedProperties();
}

}  // namespace

std::string userProperty(const Reference<css::uno::XInterface>& doc, const char* name) {
  Reference<css::beans::XPropertySet> set(userProperties(doc), UNO_QUERY);
  if (!set.is()) return {};
  try {
    rtl::OUString v;
    set->getPropertyValue(rtl::OUString::createFromAscii(name)) >>= v;
    return utf8(v);
  } catch (const css::beans::UnknownPropertyException&) {
    return {};
  }
}

void setUserProperty(const Reference<css::uno::XInterface>& doc, const char* name,
                     const std::string& value) {
  auto container = userProperties(doc);
  Reference<css::beans::XPropertySet> set(container, UNO_QUERY);
  if (!container.is() || !set.is()) return;
  const rtl::OUString key = rtl::OUString::createFromAscii(name);
  bool exists = set->getPropertySetInfo()->hasPropertyByName(key);
  if (value.empty()) {
    if (exists) container->removeProperty(key);
    return;
  }
  if (exists) set->setPropertyValue(key, css::uno::Any(ustr(value)));
  else container->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, css::uno::Any(ustr(value)));
}

std::vector<std::string> acceptedWarnings(const Reference<css::uno::XInterface>& doc) {
  std::vector<std::string> keys;
  std::istringstream in(userProperty(doc, kAcceptedProperty));
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) keys.push_back(line);
  return keys;
}

void acceptWarnings(const Reference<css::uno::XInterface>& doc, const std::vector<std::string>& add) {
  auto keys = acceptedWarnings(doc);
  for (const auto& k : add)
    if (!k.empty() && std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(k);
  std::string joined;
  for (const auto& k : keys) joined += k + "\n";
  setUserProperty(doc, kAcceptedProperty, joined);
}

void forgetAcceptedWarnings(const Reference<css::uno::XInterface>& doc) {
  setUserProperty(doc, kAcceptedProperty, "");
}

}  // namespace p8::uno
