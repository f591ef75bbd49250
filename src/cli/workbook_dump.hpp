// Reading the workbook dump the p8calc driver (src/cli/p8calc.py) writes: the same format
// p8calc-check reads (see check_main.cpp), shared here so p8calc-report reads it identically.
//   FILE <path>  |  FAIL <path> <message>  |  SHEET <name> <rows> <cols>
//   C <row> <col> <N|T|E> <value> <formula>  |  M <top> <left> <bottom> <right>
//   HR <first> <last>  |  HC <first> <last>   (runs of hidden rows / columns)
// Unknown records are ignored.
#pragma once
#include "core/grid.hpp"

#include <istream>
#include <string>
#include <vector>

namespace p8::cli {

struct DumpedWorkbook {
  std::string file, failure;      // failure: why the driver could not read it ("" = read)
  std::vector<Grid> sheets;
};

std::vector<DumpedWorkbook> readDump(std::istream& in);

}  // namespace p8::cli
