// Build-time generator: writes CalcAddIn.xcu (Function Wizard names and texts, vi + en-US)
// from the one function table in the core, so the metadata is never written twice.
#include "core/addin/function_table.hpp"

#include <fstream>
#include <iostream>
#include <string>

namespace {

std::string xml(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

void prop(std::ostream& o, const char* indent, const char* name, const std::string& en,
          const std::string& vi) {
  o << indent << "<prop oor:name=\"" << name << "\">\n"
    << indent << "  <value xml:lang=\"en-US\">" << xml(en) << "</value>\n"
    << indent << "  <value xml:lang=\"vi\">" << xml(vi) << "</value>\n"
    << indent << "</prop>\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: gen_addin_xcu OUT.xcu\n";
    return 2;
  }
  std::ofstream o(argv[1]);
  o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<!-- Generated from src/core/function_table.cpp by gen_addin_xcu. Do not edit. -->\n"
       "<oor:component-data xmlns:oor=\"http://openoffice.org/2001/registry\"\n"
       "    xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\n"
       "    oor:name=\"CalcAddIns\" oor:package=\"org.openoffice.Office\">\n"
       "  <node oor:name=\"AddInInfo\">\n"
       "    <node oor:name=\"org.p8.p8calc.Functions\" oor:op=\"replace\">\n"
       "      <node oor:name=\"AddInFunctions\">\n";
  for (const auto& f : p8::functionTable()) {
    o << "        <node oor:name=\"" << f.method << "\" oor:op=\"replace\">\n";
    prop(o, "          ", "DisplayName", f.display, f.display);
    prop(o, "          ", "Description", f.help_en, f.help_vi);
    o << "          <prop oor:name=\"Category\"><value>" << p8::functionCategory()
      << "</value></prop>\n";
    prop(o, "          ", "CategoryDisplayName", p8::functionCategoryDisplay_en(),
         p8::functionCategoryDisplay_vi());
    o << "          <node oor:name=\"Parameters\">\n";
    for (const auto& p : f.params) {
      o << "            <node oor:name=\"" << p.name << "\" oor:op=\"replace\">\n";
      prop(o, "              ", "DisplayName", p.display_en, p.display_vi);
      prop(o, "              ", "Description", p.help_en, p.help_vi);
      o << "            </node>\n";
    }
    o << "          </node>\n        </node>\n";
  }
  o << "      </node>\n    </node>\n  </node>\n</oor:component-data>\n";
  return o ? 0 : 1;
}
