# Unit tests of the core's "parse" area.
target_sources(p8core_tests PRIVATE
)
