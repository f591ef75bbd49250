# Unit tests of the core's "check" area.
target_sources(p8core_tests PRIVATE
  check/test_check.cpp
  check/test_check_finding.cpp
  check/test_check_values.cpp
  check/test_check_sums.cpp
  check/test_check_allocation.cpp
  check/test_check_appendix.cpp
  check/test_check_progress.cpp
  check/test_totals.cpp
  check/test_json.cpp
  check/test_check_trust.cpp
  check/test_check_level_words.cpp
  check/test_check_unit_totals.cpp
  check/test_check_breakdown.cpp
  check/test_check_no_table.cpp
  check/test_check_split_units.cpp
)
