#include "uno/batch/workbook_files.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <system_error>

namespace p8 {

namespace fs = std::filesystem;

bool isWorkbookName(const std::string& name) {
  if (name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0) return false;
  const auto dot = name.rfind('.');
  if (dot == std::string::npos) return false;
  std::string ext = name.substr(dot);
  for (auto& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".ods" || ext == ".xlsx" || ext == ".xls" || ext == ".fods";
}

std::vector<std::string> workbooksIn(const std::string& folder) {
  std::vector<std::string> out;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry& e = *it;
    const std::string name = e.path().filename().string();
    std::error_code kind;
    if (e.is_directory(kind)) {
      if (!name.empty() && name[0] == '.') it.disable_recursion_pending();
      continue;
    }
    if (e.is_regular_file(kind) && isWorkbookName(name)) out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string fileModifiedIso(const std::string& path) {
  std::error_code ec;
  const auto ft = fs::last_write_time(path, ec);
  if (ec) return "";
  // C++17 has no clock_cast: carry the file clock's distance from now over to the system clock.
  const auto sys = std::chrono::time_point_cast<std::chrono::system_clock::duration>(
      ft - fs::file_time_type::clock::now() + std::chrono::system_clock::now());
  const std::time_t t = std::chrono::system_clock::to_time_t(sys);
  std::tm local{};
#ifdef _WIN32
  localtime_s(&local, &t);
#else
  localtime_r(&t, &local);
#endif
  char buf[32];
  return std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &local) ? buf : "";
}

}  // namespace p8
