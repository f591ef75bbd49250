#include "uno/common/plans.hpp"

#include "core/plan/plan_write.hpp"
#include "uno/common/args.hpp"
#include "uno/common/doc_props.hpp"
#include "uno/common/log.hpp"

#include <com/sun/star/frame/XModel.hpp>
#include <cppuhelper/weakref.hxx>
#include <osl/file.hxx>

#include <dlfcn.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <mutex>

namespace p8::uno {
namespace {

std::mutex g_mutex;
std::map<std::string, PlanPtr> g_plans;   // by id or path, as asked

struct DocEntry {
  css::uno::WeakReference<css::uno::XInterface> doc;
  std::string plan;
  std::string keptJson;   // P8PlanData as read ("" = none)
};
std::map<std::string, PlanPtr> g_kept;    // kept plans by their JSON text (parsed once)
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

void registerPlan(const std::string& key, PlanPtr plan) {
  std::lock_guard<std::mutex> lock(g_mutex);
  g_plans[key] = std::move(plan);
}

PlanPtr cachedPlan(const std::string& key) {
  std::lock_guard<std::mutex> lock(g_mutex);
  auto it = g_plans.find(key);
  return it == g_plans.end() ? nullptr : it->second;
}

std::vector<PlanPtr> builtinPlans() {
  std::vector<PlanPtr> out;
  for (const auto& id : builtinPlanIds()) out.push_back(loadPlan(id));
  return out;
}

void rememberDocumentPlan(const css::uno::Reference<css::uno::XInterface>& document,
                          const std::string& idOrPath) {
  css::uno::Reference<css::uno::XInterface> key(document, css::uno::UNO_QUERY);
  std::string kept = userProperty(key, kPlanDataProperty);
  std::lock_guard<std::mutex> lock(g_mutex);
  g_docs[key.get()] = DocEntry{key, idOrPath, std::move(kept)};
}

namespace {

// The document's P8Plan and P8PlanData, read once per document.
DocEntry documentEntry(const css::uno::Reference<css::uno::XInterface>& document) {
  css::uno::Reference<css::uno::XInterface> key(document, css::uno::UNO_QUERY);
  if (!key.is()) return {};
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    auto it = g_docs.find(key.get());
    if (it != g_docs.end()) {
      css::uno::Reference<css::uno::XInterface> alive(it->second.doc);
      if (alive.get() == key.get()) return it->second;
      g_docs.erase(it);   // a new document at a freed address
    }
  }
  DocEntry e{key, userProperty(key, kPlanProperty), userProperty(key, kPlanDataProperty)};
  std::lock_guard<std::mutex> lock(g_mutex);
  g_docs[key.get()] = e;
  return e;
}

// The kept plan's JSON parsed once; a broken text is refused with the loader's message.
PlanPtr parseKept(const std::string& json) {
  if (json.empty()) return nullptr;
  std::lock_guard<std::mutex> lock(g_mutex);
  auto it = g_kept.find(json);
  if (it != g_kept.end()) return it->second;
  try {
    auto plan = std::make_shared<const Plan>(parsePlan(json, "P8PlanData"));
    if (g_kept.size() >= 16) g_kept.clear();
    g_kept.emplace(json, plan);
    return plan;
  } catch (const PlanError& e) {
    log::warn(std::string("kept plan not read: ") + e.what());
    throw PlanLoadError("kế hoạch lưu trong tệp (thuộc tính P8PlanData) không dùng được: " + e.message_vi,
                        std::string("the plan kept in this document (property P8PlanData) cannot be used: ") + e.what());
  }
}

}  // namespace

std::string documentPlanId(const css::uno::Reference<css::uno::XInterface>& document) {
  return documentEntry(document).plan;
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
  const DocEntry e = documentEntry(document);
  if (!e.plan.empty() && !e.keptJson.empty()) {
    PlanPtr kept = parseKept(e.keptJson);
    if (kept->id == e.plan) return kept;
  }
  return loadPlan(e.plan.empty() ? kDefaultPlan : resolveAgainstDocument(document, e.plan));
}

}  // namespace p8::uno

namespace p8::uno {

PlanPtr chosenPlan(const css::uno::Reference<css::uno::XInterface>& document) {
  // Read afresh (the user may have edited File ▸ Properties); the functions' cache follows.
  std::string id = userProperty(document, kPlanProperty);
  rememberDocumentPlan(document, id);
  if (id.empty()) return nullptr;
  // The document's own copy wins over a plan file or built-in plan of the same id.
  if (PlanPtr kept = keptPlan(document); kept && kept->id == id) return kept;
  return loadPlan(resolveAgainstDocument(document, id));
}

PlanPtr keptPlan(const css::uno::Reference<css::uno::XInterface>& document) {
  return parseKept(userProperty(document, kPlanDataProperty));
}

void keepDocumentPlan(const css::uno::Reference<css::uno::XInterface>& document, const Plan& plan) {
  setUserProperty(document, kPlanDataProperty, planToJson(plan));
  chooseDocumentPlan(document, plan.id);
}

std::vector<std::string> recentPlanFiles(const std::string& profileDir) {
  std::vector<std::string> out;
  if (profileDir.empty()) return out;
  std::ifstream in(profileDir + "/p8calc-recent-plans.txt");
  for (std::string line; std::getline(in, line) && out.size() < 8;)
    if (!line.empty() && std::find(out.begin(), out.end(), line) == out.end()) out.push_back(line);
  return out;
}

void rememberRecentPlanFile(const std::string& profileDir, const std::string& path) {
  if (profileDir.empty() || path.empty()) return;
  std::vector<std::string> list = recentPlanFiles(profileDir);
  list.erase(std::remove(list.begin(), list.end(), path), list.end());
  list.insert(list.begin(), path);
  if (list.size() > 8) list.resize(8);
  std::ofstream out(profileDir + "/p8calc-recent-plans.txt", std::ios::trunc);
  for (const auto& p : list) out << p << "\n";
}

void chooseDocumentPlan(const css::uno::Reference<css::uno::XInterface>& document,
                        const std::string& idOrPath) {
  setUserProperty(document, kPlanProperty, idOrPath);
  rememberDocumentPlan(document, idOrPath);
}

}  // namespace p8::uno
