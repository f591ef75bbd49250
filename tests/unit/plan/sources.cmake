# Unit tests of the core's "plan" area.
target_sources(p8core_tests PRIVATE
  plan/test_plan.cpp
  plan/test_plan_from_appendix.cpp
  plan/test_plan_from_tables.cpp
  plan/test_plan_history.cpp
  plan/test_plan_json.cpp
  plan/test_plan_level.cpp
  plan/test_plan_match.cpp
  plan/test_plan_workbook.cpp
  plan/test_plan_write.cpp
  plan/test_plan_builtin.cpp
)
