// Where each field of a plan file sits (line) and what JSON type it has. Boost.PropertyTree
// keeps neither: "target": "12" and "target": 12 look the same in a ptree, and a field error
// could not say which line to fix. This scanner walks the (already syntax-checked) text once
// and records both, keyed by the same field paths the messages use: "indicators[3].target",
// "allocation.1.bk-ba-be". Internal to the plan reader.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>

namespace p8::planjson {

enum class JsonType : char { Object = 'o', Array = 'a', String = 's', Number = 'n', Bool = 'b', Null = 'z' };

struct JsonSite {
  int line = 0;
  JsonType type = JsonType::Null;
};

struct JsonSites {
  std::unordered_map<std::string, JsonSite> at;   // path → site; "" is the root
  std::string duplicate;                          // first key written twice in one object
  int duplicateLine = 0;

  const JsonSite* find(const std::string& path) const {
    auto it = at.find(path);
    return it == at.end() ? nullptr : &it->second;
  }
};

// Deepest nesting of objects/arrays, and the line where it is first reached; strings are
// skipped. Boost's recursive parser overflows the stack on absurd nesting, so the reader
// refuses files deeper than a limit before parsing.
struct Depth { int depth = 0, line = 1; };
Depth nestingDepth(std::string_view json, int limit);

// Scan valid JSON (call after read_json succeeded). Never reads past the end on bad input.
JsonSites scanSites(std::string_view json);

}  // namespace p8::planjson
