# Sources of the core's "check" area: findings, rules, totals, output.
target_sources(p8core PRIVATE
  finding.cpp
  check.cpp
  check_values.cpp
  check_allocation.cpp
  check_appendix.cpp
  json_out.cpp
)
