// Reading a JSON output back in a unit test: the outputs are checked by parsing them with
// Boost.PropertyTree (an independent reader), not by comparing strings alone.
#pragma once
#define BOOST_BIND_GLOBAL_PLACEHOLDERS
#include <boost/property_tree/json_parser.hpp>

#include <sstream>
#include <string>

namespace p8test {

// Throws boost::property_tree::json_parser_error when json is not valid JSON.
inline boost::property_tree::ptree parseJson(const std::string& json) {
  boost::property_tree::ptree root;
  std::istringstream in(json);
  boost::property_tree::read_json(in, root);
  return root;
}

}  // namespace p8test
