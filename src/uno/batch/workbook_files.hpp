// Which files a consolidation reads from a folder, and a file's modification date: plain C++17
// (std::filesystem), shared by `p8calc consolidate` (src/cli) and the office side (the sidebar's
// "Tổng hợp" takes a folder too), so both see the same files in the same order.
#pragma once
#include <string>
#include <vector>

namespace p8 {

// A workbook's name: .ods .xlsx .xls .fods (any case); not a hidden file (".~lock…") nor
// Excel's owner file of an open workbook ("~$bao-cao.xlsx"), which are no one's report.
bool isWorkbookName(const std::string& name);

// Every workbook in the folder and its subfolders (hidden folders skipped, links to folders
// not followed, unreadable folders skipped), as paths under `folder`, sorted.
std::vector<std::string> workbooksIn(const std::string& folder);

// The file's modification time as a local ISO date-time "YYYY-MM-DDTHH:MM:SS"; "" unknown.
std::string fileModifiedIso(const std::string& path);

}  // namespace p8
