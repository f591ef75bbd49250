# Unit tests of the core's "parse" area (tag [parse]).
target_sources(p8core_tests PRIVATE
  test_text.cpp
  test_number.cpp
  test_target.cpp
  test_timeline.cpp
  test_names.cpp
)
