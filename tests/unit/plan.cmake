# Unit tests of the core's "plan" area.
target_sources(p8core_tests PRIVATE
  test_plan.cpp
  test_plan_json.cpp
  test_plan_match.cpp
)
