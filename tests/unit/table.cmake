# Unit tests of the core's "table" area.
target_sources(p8core_tests PRIVATE
)
