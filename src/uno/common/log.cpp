#include "uno/common/log.hpp"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace p8::log {
namespace {

std::mutex g_mutex;
std::shared_ptr<spdlog::logger> g_logger;
std::string g_file;

spdlog::level::level_enum configuredLevel() {
  const char* env = std::getenv("P8CALC_LOG_LEVEL");
  if (!env) return spdlog::level::info;
  auto lvl = spdlog::level::from_str(env);
  return lvl;
}

void write(spdlog::level::level_enum lvl, const std::string& msg) {
  std::lock_guard<std::mutex> lock(g_mutex);
  if (g_logger) g_logger->log(lvl, msg);
}

}  // namespace

void setFile(const std::string& path) {
  std::lock_guard<std::mutex> lock(g_mutex);
  if (g_logger || path.empty()) return;
  try {
    // Rotated: at most 3 files of 1 MB (p8calc.log, p8calc.1.log, p8calc.2.log), so a log
    // left at debug level for months never fills a disk.
    auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, 1024 * 1024, 2);
    g_logger = std::make_shared<spdlog::logger>("p8calc", sink);
    g_logger->set_level(configuredLevel());
    g_logger->flush_on(spdlog::level::info);
    g_file = path;
  } catch (...) {
    // A log that cannot be opened must never stop a spreadsheet function.
    g_logger.reset();
  }
}

std::string file() {
  std::lock_guard<std::mutex> lock(g_mutex);
  return g_file;
}

void debug(const std::string& m) { write(spdlog::level::debug, m); }
void info(const std::string& m) { write(spdlog::level::info, m); }
void warn(const std::string& m) { write(spdlog::level::warn, m); }
void error(const std::string& m) { write(spdlog::level::err, m); }

}  // namespace p8::log
