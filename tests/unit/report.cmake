# Unit tests of the core's "report" area.
target_sources(p8core_tests PRIVATE
)
