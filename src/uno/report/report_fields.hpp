// The fields a signed report needs that no workbook holds — the issuing body and its parent,
// the form number, the "(Kèm theo …)" reference, the place and the signers' titles — kept in
// the document's own properties (File ▸ Properties ▸ Custom Properties, one "P8Report.<key>"
// each), so every report of that document carries them: the sidebar's and `p8calc report`'s.
// The keys are the layouts' {placeholders}; a value given with --set wins over the document's.
#pragma once
#include <com/sun/star/uno/XInterface.hpp>

#include <map>
#include <string>
#include <vector>

namespace p8::uno {

namespace css = com::sun::star;

struct ReportField {
  const char* key;        // the layout placeholder ("issuer")
  const char* label_vi;   // the panel's label
  const char* label_en;
};
const std::vector<ReportField>& reportFields();

std::string fieldProperty(const std::string& key);   // "P8Report.issuer"

// The fields the document has (non-empty ones only).
std::map<std::string, std::string> documentFields(const css::uno::Reference<css::uno::XInterface>& doc);
// Stores every known field of `values`; an empty value removes the property.
void storeDocumentFields(const css::uno::Reference<css::uno::XInterface>& doc,
                         const std::map<std::string, std::string>& values);
// Adds the document's fields to `values` where `values` has no such key (--set wins).
void addDocumentFields(const css::uno::Reference<css::uno::XInterface>& doc, std::map<std::string, std::string>& values);

}  // namespace p8::uno
