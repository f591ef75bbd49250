# Sources of the core's "parse" area: Vietnamese text, numbers, targets, timelines, names.
target_sources(p8core PRIVATE
  text.cpp
  number.cpp
  target.cpp
  timeline.cpp
  names.cpp
)
