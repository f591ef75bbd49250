# Sources of the core's "report" area (owned by one area; add one file per line).
target_sources(p8core PRIVATE
  report_layout.cpp
  report_styles.cpp
  report_rows.cpp
  report_figures.cpp
  report_build.cpp
  report_text.cpp
)
