# Sources of the core's "addin" area: the one table of spreadsheet functions.
target_sources(p8core PRIVATE
  addin/function_table.cpp
)
