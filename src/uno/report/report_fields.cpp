// Report fields in document properties (see the header).
#include "uno/report/report_fields.hpp"

#include "uno/common/doc_props.hpp"

namespace p8::uno {

const std::vector<ReportField>& reportFields() {
  static const std::vector<ReportField> fields = {
      {"issuer_parent", "Cơ quan chủ quản:", "Parent body:"},
      {"issuer", "Cơ quan ban hành:", "Issuing body:"},
      {"form_number", "Số biểu:", "Form number:"},
      {"report_ref", "Kèm theo:", "Attached to:"},
      {"place", "Địa danh:", "Place:"},
      {"preparer_title", "Người lập biểu (chức danh):", "Prepared by (title):"},
      {"signer_title", "Người ký (chức danh):", "Signed by (title):"},
  };
  return fields;
}

std::string fieldProperty(const std::string& key) { return "P8Report." + key; }

std::map<std::string, std::string> documentFields(const css::uno::Reference<css::uno::XInterface>& doc) {
  std::map<std::string, std::string> out;
  for (const ReportField& f : reportFields()) {
    std::string v = userProperty(doc, fieldProperty(f.key).c_str());
    if (!v.empty()) out[f.key] = std::move(v);
  }
  return out;
}

void storeDocumentFields(const css::uno::Reference<css::uno::XInterface>& doc,
                         const std::map<std::string, std::string>& values) {
  for (const ReportField& f : reportFields()) {
    auto it = values.find(f.key);
    if (it == values.end()) continue;
    if (userProperty(doc, fieldProperty(f.key).c_str()) != it->second)   // unchanged: the document stays unmodified
      setUserProperty(doc, fieldProperty(f.key).c_str(), it->second);
  }
}

void addDocumentFields(const css::uno::Reference<css::uno::XInterface>& doc, std::map<std::string, std::string>& values) {
  for (auto& [k, v] : documentFields(doc)) values.emplace(k, v);
}

}  // namespace p8::uno
