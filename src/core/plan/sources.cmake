# Sources of the core's "plan" area.
target_sources(p8core PRIVATE
  plan/district_lookup.cpp
  plan/plan.cpp
  plan/plan_compare.cpp
  plan/plan_from_grids.cpp
  plan/plan_from_tables.cpp
  plan/plan_history.cpp
  plan/plan_json.cpp
  plan/plan_json_sites.cpp
  plan/plan_level.cpp
  plan/plan_match.cpp
  plan/plan_read.cpp
  plan/plan_read_added.cpp
  plan/plan_review.cpp
  plan/plan_titles.cpp
  plan/plan_validate.cpp
  plan/plan_workbook.cpp
  plan/plan_workbook_read.cpp
  plan/plan_workbook_sheets.cpp
  plan/plan_write.cpp
)
