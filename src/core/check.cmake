# Sources of the core's "check" area: findings, rules (one file per family), totals, output.
target_sources(p8core PRIVATE
  finding.cpp
  check.cpp
  check_access.cpp
  check_values.cpp
  check_sums.cpp
  check_allocation.cpp
  check_appendix.cpp
  check_progress.cpp
  check_infer.cpp
  totals.cpp
  json_out.cpp
)
