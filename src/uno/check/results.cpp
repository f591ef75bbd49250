#include "uno/check/results.hpp"

#include <cppuhelper/weakref.hxx>

#include <map>

namespace p8::uno {
namespace {

struct Entry {
  css::uno::WeakReference<css::uno::XInterface> doc;   // to tell a reused address apart
  std::shared_ptr<const DocResult> result;
};
std::map<const void*, Entry> g_results;
std::map<int, ResultListener> g_listeners;
int g_nextListener = 1;

}  // namespace

const void* documentKey(const css::uno::Reference<css::uno::XInterface>& doc) {
  css::uno::Reference<css::uno::XInterface> key(doc, css::uno::UNO_QUERY);
  return key.get();
}

std::shared_ptr<const DocResult> lastResult(const css::uno::Reference<css::uno::XInterface>& doc) {
  css::uno::Reference<css::uno::XInterface> key(doc, css::uno::UNO_QUERY);
  auto it = g_results.find(key.get());
  if (it == g_results.end()) return nullptr;
  css::uno::Reference<css::uno::XInterface> alive(it->second.doc);
  if (alive.get() != key.get()) {
    g_results.erase(it);
    return nullptr;
  }
  return it->second.result;
}

namespace {

// Results of documents that were closed since: a long run (thousands of files through one
// office) must not keep them.
void pruneClosed() {
  for (auto it = g_results.begin(); it != g_results.end();) {
    css::uno::Reference<css::uno::XInterface> alive(it->second.doc);
    it = alive.get() == it->first ? std::next(it) : g_results.erase(it);
  }
}

}  // namespace

void storeResult(const css::uno::Reference<css::uno::XInterface>& doc, DocResult result) {
  pruneClosed();
  css::uno::Reference<css::uno::XInterface> key(doc, css::uno::UNO_QUERY);
  g_results[key.get()] = Entry{key, std::make_shared<const DocResult>(std::move(result))};
  auto listeners = g_listeners;   // a listener may remove itself
  for (auto& [id, l] : listeners) l(key.get());
}

int addResultListener(ResultListener listener) {
  g_listeners[g_nextListener] = std::move(listener);
  return g_nextListener++;
}

void removeResultListener(int id) { g_listeners.erase(id); }

}  // namespace p8::uno
