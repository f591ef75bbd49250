// Reading the workbook dump the p8calc driver (src/cli/p8calc.py) writes — the one reader of
// p8calc-check and p8calc-report, so both read workbooks identically.
//
// One record per line, fields separated by TAB, with \t \n \\ escaped:
//   FILE <path>  |  FAIL <path> <message>  |  SHEET <name> <rows> <cols>
//   C <row> <col> <N|T|E> <value> <formula>  |  M <top> <left> <bottom> <right>
//   HR <first> <last>  |  HC <first> <last>  |  SKIP <cell>
// Rows/columns are 0-based sheet coordinates; a record belongs to the SHEET above it.
// M: a merged area (inclusive). HR/HC: a run of hidden (or filtered-out) rows/columns,
// inclusive. SKIP: the first content cell the driver did not read because it lies far from
// the rest (Grid::skippedFrom). Unknown records are ignored, so older and newer drivers and
// readers mix; sizes and coordinates are bounded, so a damaged dump cannot make a huge grid.
#pragma once
#include "core/table/grid.hpp"

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace p8::cli {

struct DumpedWorkbook {
  std::string file, failure;      // failure: why the driver could not read it ("" = read)
  std::vector<Grid> sheets;
};

std::vector<DumpedWorkbook> readDump(std::string_view dump);
// All of a stream at once: line-by-line reads of a synchronised stdin cost more than the check.
std::string readAll(std::FILE* in);

}  // namespace p8::cli
