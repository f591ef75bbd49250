# Unit tests of the core's "table" area: the grid model and table recognition.
target_sources(p8core_tests PRIVATE
  test_grid.cpp
  test_recognize_allocation.cpp
  test_recognize_appendix.cpp
  test_recognize_progress.cpp
  test_recognize_robust.cpp
  test_recognize_words.cpp
)
