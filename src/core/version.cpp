#include "core/version.hpp"
namespace p8 {
const char* version() { return P8_VERSION; }
}
