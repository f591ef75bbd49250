# Unit tests of the core's "check" area.
target_sources(p8core_tests PRIVATE
  test_check.cpp
  test_check_finding.cpp
  test_check_values.cpp
  test_check_sums.cpp
  test_check_allocation.cpp
  test_check_appendix.cpp
  test_check_progress.cpp
  test_totals.cpp
  test_json.cpp
)
