// The product version, set once in the top-level CMakeLists.txt (project VERSION).
#pragma once
namespace p8 {
const char* version();
}
