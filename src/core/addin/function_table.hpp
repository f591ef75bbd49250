// The one declarative table of p8calc's spreadsheet functions: names, parameters and
// Function Wizard texts in Vietnamese and English. CalcAddIn.xcu is generated from it at
// build time (tools/gen_addin_xcu), and a test checks it against idl/…/XFunctions.idl, so the
// metadata lives in exactly one place (style.md: "metadata written in two places drifts").
#pragma once
#include <string>
#include <vector>

namespace p8 {

struct FunctionParam {
  std::string name;            // IDL parameter name (the .xcu node name)
  std::string display_vi, display_en;
  std::string help_vi, help_en;
  bool optional = false;
};

struct FunctionInfo {
  std::string method;          // IDL method name, e.g. "value"
  std::string display;         // formula name in every language, e.g. "P8.VALUE"
  std::string help_vi, help_en;
  bool takesDocument = false;  // first IDL parameter is the hidden XPropertySet document
  std::vector<FunctionParam> params;   // visible parameters, in IDL order
};

const std::vector<FunctionInfo>& functionTable();

// Category shown by Calc: LibreOffice (7.4 … 24.x) maps unknown categories to "Add-In" and
// ignores CategoryDisplayName, so our functions appear under Add-in; the display name is kept
// for office versions that honour it.
inline const char* functionCategory() { return "Add-In"; }
inline const char* functionCategoryDisplay_vi() { return "Dự án 8"; }
inline const char* functionCategoryDisplay_en() { return "Project 8"; }

}  // namespace p8
