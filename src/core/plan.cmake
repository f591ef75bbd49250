# Sources of the core's "plan" area: the plan model and its JSON reader.
target_sources(p8core PRIVATE
  plan.cpp
  plan_json.cpp
  district_lookup.cpp
)
