# Sources of the core's "report" area.
target_sources(p8core PRIVATE
  report/report_blocks.cpp
  report/report_build.cpp
  report/report_figures.cpp
  report/report_layout.cpp
  report/report_rows.cpp
  report/report_styles.cpp
  report/report_table.cpp
  report/report_text.cpp
)
