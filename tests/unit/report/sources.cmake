# Unit tests of the core's "report" area.
target_sources(p8core_tests PRIVATE
  report/test_report_layout.cpp
  report/test_report_model.cpp
  report/test_report_text_fuzz.cpp
  report/test_report_rules.cpp
)
