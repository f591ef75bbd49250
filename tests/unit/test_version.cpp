#include <catch2/catch.hpp>
#include "core/version.hpp"
#include <string>

TEST_CASE("version comes from the one place it is set") {
  REQUIRE(std::string(p8::version()).find('.') != std::string::npos);
}
