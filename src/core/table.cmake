# Sources of the core's "table" area: the grid model and table recognition.
target_sources(p8core PRIVATE
  grid.cpp
  recognize.cpp
  recognize_view.cpp
  recognize_words.cpp
  recognize_header.cpp
  recognize_districts.cpp
  recognize_rows.cpp
  recognize_indicators.cpp
)
