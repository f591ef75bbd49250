# Unit tests of the core's "table" area: the grid model and table recognition.
target_sources(p8core_tests PRIVATE
  table/test_grid.cpp
  table/test_recognize_allocation.cpp
  table/test_recognize_appendix.cpp
  table/test_recognize_progress.cpp
  table/test_recognize_robust.cpp
  table/test_recognize_words.cpp
  table/test_recognize_evidence.cpp
  table/test_recognize_one_unit.cpp
)
