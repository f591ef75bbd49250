# Sources of the core's "check" area.
target_sources(p8core PRIVATE
  check/check.cpp
  check/check_access.cpp
  check/check_allocation.cpp
  check/check_appendix.cpp
  check/check_breakdown.cpp
  check/check_infer.cpp
  check/check_no_table.cpp
  check/check_progress.cpp
  check/check_shareout.cpp
  check/check_sums.cpp
  check/check_values.cpp
  check/finding.cpp
  check/json_out.cpp
  check/legacy_text.cpp
  check/progress.cpp
  check/table_figures.cpp
  check/totals.cpp
)
