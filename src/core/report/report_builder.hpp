// The builder that fills a layout (report_build.cpp), shared by its parts: the placeholders,
// cells and columns (report_build.cpp), the header and footer blocks (report_blocks.cpp) and
// the table (report_table.cpp). Not for callers of the report: they use buildReport and
// buildTemplate (report_model.hpp).
#pragma once
#include "core/report/report_internal.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace p8::report {

// One column of the table: a layout column, or one district of a Districts column.
struct Col {
  const LayoutColumn* layout = nullptr;
  std::string districtId;   // Districts columns
  std::string title, group;
  double widthMm = 20;
};

// Report and template share the builder; a template (no figures) leaves figure cells empty
// and unlocked and protects the rest.
class Builder {
public:
  Builder(const ReportLayout& l, const Plan& p, const ReportOptions& o, const ReportFigures* f)
      : m_layout(l), m_plan(p), m_opt(o), m_fig(f), m_template(f == nullptr) {}

  ReportModel run();

private:
  const ReportLayout& m_layout;
  const Plan& m_plan;
  const ReportOptions& m_opt;
  const ReportFigures* m_fig;
  bool m_template;
  ReportModel m_m;
  std::vector<Col> m_cols;
  std::map<std::string, std::string> m_values;
  std::string m_unitName;
  std::string m_missingNote;
  int m_row = 0;
  bool en() const { return m_opt.lang == "en"; }

  // placeholders (report_build.cpp)
  void prepareValues();
  std::string expand(const std::string& s) const;
  std::string expand(const LocalText& t) const { return expand(t.in(m_opt.lang)); }

  // cells and their sizes (report_build.cpp)
  ReportCell& put(int r, int c, ReportCell::Kind k, std::string style);
  void text(int r, int c, const std::string& t, const std::string& style);
  void number(int r, int c, double v, const std::string& style);
  void formula(int r, int c, const std::string& f, const std::string& style);
  void merge(int top, int left, int bottom, int right);
  double width(int from, int to) const;
  double heightFor(const std::string& t, double widthMm, double sizePt, bool bold) const;
  double sizeOf(const std::string& style) const;
  void needHeight(int row, double mm);
  std::string a1(int r, int c) const { return columnName(c) + std::to_string(r + 1); }

  // columns (report_build.cpp)
  void prepareColumns();
  int colOf(const std::string& id) const;
  int firstOf(ColumnSource s) const;
  int lastCol() const { return static_cast<int>(m_cols.size()) - 1; }

  // header and footer blocks (report_blocks.cpp)
  void blockRows(const std::vector<LayoutRow>& rows);
  void part(const LayoutPart& p, int from, int to, const char* defaultStyle);

  // the table (report_table.cpp)
  void tableHeader();
  void tableBody();
  void itemRow(const Line& l);
  void missingNote(const Indicator& ind, const std::vector<int>& missing, int noteCol);
  std::string figureStyle(const Indicator& ind, std::optional<double> v, bool input) const;
};

}  // namespace p8::report
