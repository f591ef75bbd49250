# Sources of the core's "plan" area (owned by one area; add one file per line).
target_sources(p8core PRIVATE
)
