# Sources of the core's "table" area: the grid model and table recognition.
target_sources(p8core PRIVATE
  grid.cpp
  recognize.cpp
)
