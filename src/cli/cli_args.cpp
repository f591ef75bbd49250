#include "cli_args.hpp"

#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace p8::cli {

std::string ParsedArgs::get(const std::string& name, const std::string& fallback) const {
  auto it = options.find(name);
  return it == options.end() || it->second.empty() ? fallback : it->second.back();
}

const std::vector<std::string>& ParsedArgs::all(const std::string& name) const {
  static const std::vector<std::string> none;
  auto it = options.find(name);
  return it == options.end() ? none : it->second;
}

ParsedArgs parseArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& spec) {
  ParsedArgs out;
  bool onlyFiles = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (onlyFiles || a.empty() || a[0] != '-' || a == "-") {
      out.files.push_back(a);
      continue;
    }
    if (a == "--") {
      onlyFiles = true;
      continue;
    }
    std::string name = a, value;
    bool inlineValue = false;
    if (const auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      inlineValue = true;
    }
    const OptionSpec* s = nullptr;
    for (const auto& o : spec)
      if (o.name == name) s = &o;
    if (!s)
      throw UsageError("tùy chọn không đúng: " + a + " (nếu đó là tên tệp, hãy viết ./" + a + " hoặc -- " + a + ")",
                       "unknown option " + a + " (if it is a file name, write ./" + a + " or -- " + a + ")");
    if (!s->takesValue) {
      if (inlineValue) throw UsageError(name + " không nhận giá trị", name + " takes no value");
      out.options[name].push_back("1");
      continue;
    }
    if (!inlineValue) {
      if (i + 1 >= args.size()) throw UsageError("thiếu giá trị sau " + name, "a value is missing after " + name);
      value = args[++i];
    }
    if (!s->choices.empty()) {
      bool ok = false;
      std::string list;
      for (const auto& c : s->choices) {
        ok |= c == value;
        list += (list.empty() ? "" : ", ") + c;
      }
      if (!ok)
        throw UsageError(name + " phải là một trong: " + list + " (không phải \"" + value + "\")",
                         name + " must be one of: " + list + " (not \"" + value + "\")");
    }
    if (!s->repeatable && out.has(name))
      throw UsageError(name + " chỉ được ghi một lần", name + " may be given only once");
    out.options[name].push_back(value);
  }
  return out;
}

int intOption(const ParsedArgs& a, const std::string& name, int lo, int hi, int fallback, const std::string& example) {
  if (!a.has(name)) return fallback;
  const std::string v = a.get(name);
  char* end = nullptr;
  const long n = std::strtol(v.c_str(), &end, 10);
  if (v.empty() || *end || n < lo || n > hi)
    throw UsageError(name + " phải là một số nguyên từ " + std::to_string(lo) + " đến " + std::to_string(hi) +
                         ", ví dụ " + example + " (không phải \"" + v + "\")",
                     name + " must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) +
                         ", e.g. " + example + " (not \"" + v + "\")");
  return int(n);
}

std::string absolutePath(const std::string& path) {
  std::string full = path;
  if (full.empty() || full[0] != '/') {
    char buf[4096];
    full = std::string(::getcwd(buf, sizeof buf) ? buf : ".") + "/" + path;
  }
  std::vector<std::string> parts;
  std::size_t start = 1;
  while (start <= full.size()) {
    std::size_t slash = full.find('/', start);
    if (slash == std::string::npos) slash = full.size();
    const std::string part = full.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = slash + 1;
  }
  std::string out;
  for (const auto& p : parts) out += "/" + p;
  return out.empty() ? "/" : out;
}

std::string nameOrAbsolutePath(const std::string& arg) {
  struct stat st{};
  const bool path = arg.find('/') != std::string::npos ||
                    (arg.size() > 5 && arg.compare(arg.size() - 5, 5, ".json") == 0) || ::stat(arg.c_str(), &st) == 0;
  return path ? absolutePath(arg) : arg;
}

std::string visibleControls(const std::string& text) {
  std::string out;
  char buf[8];
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(text[++i]));
      out += buf;
    } else if ((c < 0x20 && c != '\n') || c == 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace p8::cli
