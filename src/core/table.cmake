# Sources of the core's "table" area (owned by one area; add one file per line).
target_sources(p8core PRIVATE
)
