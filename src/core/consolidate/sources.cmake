# Sources of the core's "consolidate" area: the province's side of the reporting cycle.
target_sources(p8core PRIVATE
  consolidate/attribution.cpp
  consolidate/consolidate.cpp
  consolidate/consolidate_out.cpp
  consolidate/consolidated_report.cpp
  consolidate/former_report.cpp
  consolidate/former_units.cpp
  consolidate/unit_figures.cpp
  consolidate/unit_chart.cpp
)
