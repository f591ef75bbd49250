# Sources of the core's "table" area.
target_sources(p8core PRIVATE
  table/grid.cpp
  table/recognize.cpp
  table/recognize_districts.cpp
  table/recognize_header.cpp
  table/recognize_indicators.cpp
  table/recognize_one_unit.cpp
  table/recognize_rows.cpp
  table/recognize_view.cpp
  table/recognize_words.cpp
)
