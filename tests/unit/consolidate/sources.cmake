# Unit tests of the core's "consolidate" area.
target_sources(p8core_tests PRIVATE
  consolidate/test_attribution.cpp
  consolidate/test_consolidate.cpp
  consolidate/test_consolidate_out.cpp
  consolidate/test_consolidated_report.cpp
  consolidate/test_former_units.cpp
  consolidate/test_unit_chart.cpp
)
