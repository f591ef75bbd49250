// The component's entry points: the office asks this library for a factory per
// implementation name (listed in extension/p8calc.components). Only these symbols are
// exported (-fvisibility=hidden everywhere else).
#include "uno/batch/batch.hpp"
#include "uno/common/config.hpp"
#include "uno/sidebar/dispatch.hpp"
#include "uno/addin/functions.hpp"
#include "uno/common/log.hpp"
#include "uno/sidebar/panels.hpp"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <sys/stat.h>
#include <uno/lbnames.h>

namespace {

namespace css = com::sun::star;

void startLog(const css::uno::Reference<css::uno::XComponentContext>& ctx) {
  static bool started = false;
  if (started) return;
  started = true;
  std::string dir = p8::uno::userProfileDir(ctx);
  if (dir.empty()) return;
  dir += "/p8calc";
  ::mkdir(dir.c_str(), 0700);
  p8::log::setFile(dir + "/p8calc.log");
  p8::log::info("p8calc loaded");
}

css::uno::Reference<css::uno::XInterface> SAL_CALL createFunctions(
    const css::uno::Reference<css::uno::XComponentContext>& ctx) {
  startLog(ctx);
  return static_cast<cppu::OWeakObject*>(new p8::uno::Functions(ctx));
}

css::uno::Reference<css::uno::XInterface> SAL_CALL createDispatch(
    const css::uno::Reference<css::uno::XComponentContext>& ctx) {
  startLog(ctx);
  return static_cast<cppu::OWeakObject*>(new p8::uno::Dispatch(ctx));
}

css::uno::Reference<css::uno::XInterface> SAL_CALL createPanelFactory(
    const css::uno::Reference<css::uno::XComponentContext>& ctx) {
  startLog(ctx);
  return static_cast<cppu::OWeakObject*>(new p8::uno::PanelFactory(ctx));
}

css::uno::Reference<css::uno::XInterface> SAL_CALL createBatch(
    const css::uno::Reference<css::uno::XComponentContext>& ctx) {
  startLog(ctx);
  return static_cast<cppu::OWeakObject*>(new p8::uno::Batch(ctx));
}

const cppu::ImplementationEntry g_entries[] = {
    {createFunctions, p8::uno::Functions::implementationName,
     p8::uno::Functions::serviceNames, cppu::createSingleComponentFactory, nullptr, 0},
    {createDispatch, p8::uno::Dispatch::implementationName,
     p8::uno::Dispatch::serviceNames, cppu::createSingleComponentFactory, nullptr, 0},
    {createPanelFactory, p8::uno::PanelFactory::implementationName,
     p8::uno::PanelFactory::serviceNames, cppu::createSingleComponentFactory, nullptr, 0},
    {createBatch, p8::uno::Batch::implementationName,
     p8::uno::Batch::serviceNames, cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0}};

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* name,
                                                                     void* serviceManager,
                                                                     void* registryKey) {
  return cppu::component_getFactoryHelper(name, serviceManager, registryKey, g_entries);
}

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL
component_getImplementationEnvironment(const char** envTypeName, uno_Environment**) {
  *envTypeName = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}
