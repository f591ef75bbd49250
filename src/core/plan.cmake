# Sources of the core's "plan" area: the plan model, its JSON reader and lookups.
target_sources(p8core PRIVATE
  plan.cpp
  plan_match.cpp
  plan_json.cpp
  plan_json_sites.cpp
  plan_read.cpp
  plan_validate.cpp
  district_lookup.cpp
)
