// The "Xuất báo cáo" panel: reporting year and layout, the report and blank-template buttons,
// and the fields a signed report needs (issuing body and its parent, form number, "Kèm theo"
// reference, place, signers' titles). The fields live in the document's properties
// (uno/report/report_fields), so the sidebar's reports and `p8calc report` of the saved file
// carry the same ones; they are stored when a report is made or with "Lưu thông tin".
#include "uno/common/args.hpp"
#include "uno/sidebar/panels.hpp"
#include "uno/report/report_fields.hpp"
#include "uno/report/report_run.hpp"

#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XNumericField.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>

#include <ctime>

namespace p8::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;

namespace {
const char* const kLayouts[] = {"progress", "allocation"};
int currentYear() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm.tm_year + 1900;
}
std::string fieldControl(const ReportField& f) { return std::string("field.") + f.key; }
}  // namespace

void ReportPanel::build() {
  add("FixedText", "yearLabel", {{"Label", Any(ustr(tr("Năm báo cáo:", "Reporting year:")))}});
  add("NumericField", "year", {{"Value", Any(double(currentYear()))}, {"ValueMin", Any(2000.0)},
                               {"ValueMax", Any(2100.0)}, {"DecimalAccuracy", Any(sal_Int16(0))},
                               {"ShowThousandsSeparator", Any(false)}, {"Spin", Any(true)},
                               {"Border", Any(sal_Int16(1))}});
  add("FixedText", "layoutLabel", {{"Label", Any(ustr(tr("Mẫu biểu:", "Layout:")))}});
  add("ListBox", "layout", {{"Dropdown", Any(true)}, {"Border", Any(sal_Int16(1))}});
  setItems("layout", {tr("Báo cáo kết quả thực hiện", "Progress report"), tr("Biểu phân bổ chỉ tiêu", "Allocation table")});
  Reference<css::awt::XListBox>(control("layout"), UNO_QUERY)->selectItemPos(0, true);
  add("FixedText", "fieldsLabel", {{"Label", Any(ustr(tr("Thông tin ký báo cáo (để trống: theo mẫu)",
                                                         "Signature details (empty: as the layout)")))}});
  const std::map<std::string, std::string> stored = documentFields(model());
  for (const ReportField& f : reportFields()) {
    auto it = stored.find(f.key);
    add("FixedText", fieldControl(f) + ".label", {{"Label", Any(ustr(vi() ? f.label_vi : f.label_en))}});
    add("Edit", fieldControl(f), {{"Text", Any(ustr(it == stored.end() ? "" : it->second))},
                                  {"Border", Any(sal_Int16(1))}});
  }
  add("Button", "saveFields", {{"Label", Any(ustr(tr("Lưu thông tin vào tài liệu", "Store the details in the document")))}});
  add("Button", "report", {{"Label", Any(ustr(tr("Tạo báo cáo theo mẫu", "Make the report")))},
                           {"HelpText", Any(ustr(tr("Mở báo cáo trong một tệp mới; tệp đang mở không bị thay đổi",
                                                    "Opens the report as a new document; this workbook is not changed")))}});
  add("Button", "template", {{"Label", Any(ustr(tr("Tạo biểu mẫu nhập liệu trống", "Make a blank data-entry template")))}});
  add("FixedText", "status", {{"MultiLine", Any(true)}});
}

int ReportPanel::layout(int width) {
  const int m = 6, w = std::max(width - 2 * m, 100), half = w / 2;
  place("yearLabel", m, m + 4, half - 3, 20);
  place("year", m + half + 3, m, w - half - 3, 26);
  place("layoutLabel", m, m + 36, half - 3, 20);
  place("layout", m + half + 3, m + 32, w - half - 3, 26);
  int y = m + 66;
  place("fieldsLabel", m, y, w, 20);
  y += 24;
  for (const ReportField& f : reportFields()) {
    place(fieldControl(f) + ".label", m, y + 4, half - 3, 20);
    place(fieldControl(f), m + half + 3, y, w - half - 3, 26);
    y += 30;
  }
  place("saveFields", m, y, w, 28);
  y += 34;
  place("report", m, y, w, 28);
  place("template", m, y + 34, w, 28);
  place("status", m, y + 68, w, 48);
  return y + 68 + 48 + m;
}

ReportRequest ReportPanel::request() const {
  ReportRequest req;
  Reference<css::awt::XNumericField> year(control("year"), UNO_QUERY);
  if (year.is()) req.period = int(year->getValue());
  int i = selected("layout");
  req.layout = kLayouts[i == 1 ? 1 : 0];
  return req;
}

// What the form shows, stored in the document (an empty field removes its property).
void ReportPanel::storeFields() {
  std::map<std::string, std::string> values;
  for (const ReportField& f : reportFields()) {
    Reference<css::awt::XTextComponent> edit(control(fieldControl(f)), UNO_QUERY);
    if (edit.is()) values[f.key] = utf8(edit->getText());
  }
  storeDocumentFields(model(), values);
}

void ReportPanel::onAction(const std::string& control) {
  if (control != "report" && control != "template" && control != "saveFields") return;
  try {
    storeFields();
    if (control == "saveFields") {
      setProp("status", "Label", Any(ustr(tr("Đã lưu vào thuộc tính tài liệu (P8Report.…); lưu tệp để giữ lại.",
                                             "Stored in the document's properties (P8Report.…); save the file to keep them."))));
      return;
    }
    ReportRequest req = request();
    if (control == "report") makeReport(m_ctx, m_frame, req);
    else makeTemplate(m_ctx, m_frame, req);
    setProp("status", "Label", Any(ustr(tr("Đã mở tệp mới. Lưu bằng Tệp ▸ Lưu thành, hoặc xuất PDF.",
                                           "Opened as a new document. Save it, or export it as PDF."))));
  } catch (const std::exception& e) {
    setProp("status", "Label", Any(ustr(tr("Không tạo được: ", "Could not make it: ") + e.what())));
  }
}

}  // namespace p8::uno
