# Unit tests of the core's "parse" area (tag [parse]).
target_sources(p8core_tests PRIVATE
  parse/test_text.cpp
  parse/test_number.cpp
  parse/test_target.cpp
  parse/test_timeline.cpp
  parse/test_names.cpp
  parse/test_encoding.cpp
)
