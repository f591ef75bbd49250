# Sources of the core's "parse" area.
target_sources(p8core PRIVATE
  parse/dates.cpp
  parse/encoding.cpp
  parse/json_escape.cpp
  parse/names.cpp
  parse/number.cpp
  parse/target.cpp
  parse/text.cpp
  parse/timeline.cpp
)
