# Unit tests of the core's "parse" area.
target_sources(p8core_tests PRIVATE
  test_parse_number.cpp
  test_parse_target.cpp
  test_parse_timeline.cpp
  test_parse_names.cpp
)
