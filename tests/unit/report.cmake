# Unit tests of the core's "report" area.
target_sources(p8core_tests PRIVATE
  test_report_layout.cpp
  test_report_model.cpp
)
