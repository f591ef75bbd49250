// The command line of `p8calc`: options of one subcommand (`--name value`, `--name=value`,
// repeatable ones), file names, and `--` before a file name that starts with "-". Anything
// that looks like an option but is none (`-bao.xlsx`, `--palm`) is refused with a message
// saying what to write instead, never taken as a file or ignored.
#pragma once
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace p8::cli {

struct UsageError : std::runtime_error {   // what() = English
  UsageError(std::string vi, const std::string& en) : std::runtime_error(en), message_vi(std::move(vi)) {}
  std::string message_vi;
};

struct OptionSpec {
  OptionSpec(const char* n, bool value = true, bool repeat = false, std::vector<std::string> allowed = {})
      : name(n), takesValue(value), repeatable(repeat), choices(std::move(allowed)) {}
  std::string name;                    // "--plan"
  bool takesValue;
  bool repeatable;
  std::vector<std::string> choices;    // empty = any value
};

struct ParsedArgs {
  std::map<std::string, std::vector<std::string>> options;
  std::vector<std::string> files;
  bool has(const std::string& name) const { return options.count(name) > 0; }
  std::string get(const std::string& name, const std::string& fallback = "") const;
  const std::vector<std::string>& all(const std::string& name) const;
};

ParsedArgs parseArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& spec);

// A whole number in [lo, hi], else UsageError naming the option and an example.
int intOption(const ParsedArgs& a, const std::string& name, int lo, int hi, int fallback, const std::string& example);

// An absolute, lexically normalised path ("a/../b" → "<cwd>/b").
std::string absolutePath(const std::string& path);
// A plan or layout argument: a name stays a name; a path (has '/', ends in .json, or names a
// file) becomes absolute, so the office reads the file the user meant.
std::string nameOrAbsolutePath(const std::string& arg);

// Control characters of a text shown in the terminal as visible escapes (as XBatch does).
std::string visibleControls(const std::string& text);

}  // namespace p8::cli
