#include "uno/common/plans.hpp"

#include "uno/common/args.hpp"
#include "uno/common/doc_props.hpp"
#include "uno/common/log.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <cppuhelper/weakref.hxx>
#include <osl/file.hxx>

#include <dlfcn.h>

#include <algorithm>
#include <map>
#include <mutex>

namespace p8::uno {
namespace {

std::mutex g_mutex;
std::map<std::string, PlanPtr> g_plans;   // by id or path, as asked

struct DocEntry {
  css::uno::WeakReference<css::uno::XInterface> doc;
  std::string plan;
};
std::map<const void*, DocEntry> g_docs;   // key: the document's canonical XInterface

const char* kDefaultPlan = "bac-kan-2022";

bool looksLikePath(const std::string& s) {
  return s.find('/') != std::string::npos || (s.size() > 5 && s.substr(s.size() - 5) == ".json");
}

}  // namespace

std::string plansDir() {
  if (const char* env = std::getenv("P8CALC_PLANS_DIR")) return env;
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&plansDir), &info) && info.dli_fname) {
    std::string so = info.dli_fname;
    auto slash = so.rfind('/');
    if (slash != std::string::npos) return so.substr(0, slash) + "/plans";
  }
  return "plans";
}

PlanPtr loadPlan(const std::string& idOrPath) {
  std::lock_guard<std::mutex> lock(g_mutex);
  auto it = g_plans.find(idOrPath);
  if (it != g_plans.end()) return it->second;
  try {
    std::string path = idOrPath;
    if (path.rfind("file://", 0) == 0) path = path.substr(7);
    if (!looksLikePath(path)) {
      const auto ids = builtinPlanIds();
      if (std::find(ids.begin(), ids.end(), idOrPath) == ids.end()) {
        std::string list;
        for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
        throw PlanLoadError("không có kế hoạch có sẵn tên '" + idOrPath + "' (có: " + list +
                                "); hoặc ghi đường dẫn tệp kế hoạch .json.",
                            "there is no built-in plan '" + idOrPath + "' (there are: " + list +
                                "); or give the path of a plan .json file.");
      }
      path = builtinPlanPath(idOrPath, plansDir());
    }
    auto plan = std::make_shared<const Plan>(loadPlanFile(path));
    log::info("plan loaded: " + plan->id + " from " + path);
    g_plans[idOrPath] = plan;
    return plan;
  } catch (const PlanError& e) {
    log::warn(std::string("plan not loaded: ") + e.what());
    throw PlanLoadError(e.message_vi, e.what());
  }
}

std::vector<PlanPtr> builtinPlans() {
  std::vector<PlanPtr> out;
  for (const auto& id : builtinPlanIds()) out.push_back(loadPlan(id));
  return out;
}

void rememberDocumentPlan(const css::uno::Reference<css::uno::XInterface>& document,
                          const std::string& idOrPath) {
  css::uno::Reference<css::uno::XInterface> key(document, css::uno::UNO_QUERY);
  std::lock_guard<std::mutex> lock(g_mutex);
  g_docs[key.get()] = DocEntry{key, idOrPath};
}

std::string documentPlanId(const css::uno::Reference<css::uno::XInterface>& document) {
  css::uno::Reference<css::uno::XInterface> key(document, css::uno::UNO_QUERY);
  if (!key.is()) return {};
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    auto it = g_docs.find(key.get());
    if (it != g_docs.end()) {
      css::uno::Reference<css::uno::XInterface> alive(it->second.doc);
      if (alive.get() == key.get()) return it->second.plan;
      g_docs.erase(it);   // a new document at a freed address
    }
  }
  std::string id = userProperty(key, kPlanProperty);   // once per document
  std::lock_guard<std::mutex> lock(g_mutex);
  g_docs[key.get()] = DocEntry{key, id};
  return id;
}

// A relative plan path is read from the document's folder, so a workbook and its plan file
// can travel together.
std::string resolveAgainstDocument(const css::uno::Reference<css::uno::XInterface>& document,
                                   const std::string& path) {
  if (!looksLikePath(path) || path.empty() || path[0] == '/' || path.rfind("file:", 0) == 0)
    return path;
  css::uno::Reference<css::frame::XModel> model(document, css::uno::UNO_QUERY);
  if (!model.is()) return path;
  rtl::OUString url = model->getURL();
  if (url.isEmpty())   // while the document loads (Calc computes P8 functions then) only its
    for (const auto& arg : model->getArgs())   // load arguments know where it comes from
      if (arg.Name == "URL") arg.Value >>= url;
  if (url.isEmpty()) return path;
  rtl::OUString sys;
  if (osl::FileBase::getSystemPathFromFileURL(url.copy(0, url.lastIndexOf('/')), sys) !=
      osl::FileBase::E_None)
    return path;
  return utf8(sys) + "/" + path;
}

PlanPtr planFor(const css::uno::Reference<css::beans::XPropertySet>& document,
                const css::uno::Any& planArgument) {
  if (!isMissing(planArgument))
    return loadPlan(resolveAgainstDocument(document, asText(planArgument)));
  std::string id = documentPlanId(document);
  return loadPlan(id.empty() ? kDefaultPlan : resolveAgainstDocument(document, id));
}

}  // namespace p8::uno

namespace p8::uno {

PlanPtr chosenPlan(const css::uno::Reference<css::uno::XInterface>& document) {
  // Read afresh (the user may have edited File ▸ Properties); the functions' cache follows.
  std::string id = userProperty(document, kPlanProperty);
  rememberDocumentPlan(document, id);
  if (id.empty()) return nullptr;
  return loadPlan(resolveAgainstDocument(document, id));
}

void chooseDocumentPlan(const css::uno::Reference<css::uno::XInterface>& document,
                        const std::string& idOrPath) {
  setUserProperty(document, kPlanProperty, idOrPath);
  rememberDocumentPlan(document, idOrPath);
}

}  // namespace p8::uno
