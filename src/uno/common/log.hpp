// Logging facade for the UNO side. spdlog is compiled in exactly one translation unit
// (log.cpp): it costs seconds per TU and must stay header-only inside our .so.
// The log goes to <user profile>/p8calc/p8calc.log, never to the office's console.
// Level: info by default (debug is off); P8CALC_LOG_LEVEL=debug|info|warn|error|off changes it.
#pragma once
#include <string>

namespace p8::log {
void setFile(const std::string& path);   // called once the profile path is known
void debug(const std::string& msg);
void info(const std::string& msg);
void warn(const std::string& msg);
void error(const std::string& msg);
std::string file();                      // the log file in use ("" before setFile)
}  // namespace p8::log
