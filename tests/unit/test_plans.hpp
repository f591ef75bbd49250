// The built-in plans, loaded once for all unit tests that need them.
#pragma once
#include "core/plan.hpp"

namespace p8test {

inline const p8::Plan& bacKan() {
  static const p8::Plan plan = p8::loadPlanFile(P8_SOURCE_DIR "/plans/bac-kan-2022.json");
  return plan;
}

inline const p8::Plan& ninhThuan() {
  static const p8::Plan plan = p8::loadPlanFile(P8_SOURCE_DIR "/plans/ninh-thuan-pl02-2022.json");
  return plan;
}

}  // namespace p8test
