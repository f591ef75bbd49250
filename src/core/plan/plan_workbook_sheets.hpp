// The sheets of the plan workbook as data, shared by its writer (plan_workbook.cpp) and its
// reader (plan_workbook_read.cpp) so the two cannot drift: each sheet's kind, name, title,
// explanation and columns (a stable key, the title in both languages). The reader knows a
// sheet by its header row — the column titles in either language — not by its name, which
// users rename. Internal to the plan area.
#pragma once
#include "core/plan/plan.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace p8::planbook {

enum class SheetKind { General, Indicators, Content, Units, Allocation, Deadlines };

struct ColumnSpec {
  std::string key;     // "code", "name_vi" …; "unit:<id>" for allocation columns
  LocalText title;
  double widthMm = 25;
};

struct SheetSpec {
  SheetKind kind;
  LocalText name, title;
  std::vector<LocalText> explain;   // lines above the table
  std::vector<ColumnSpec> columns;  // the fixed columns (allocation adds one per unit, then the total)
};

const std::vector<SheetSpec>& sheetSpecs();
const SheetSpec& specOf(SheetKind kind);

// Keys of the general sheet's rows, with their labels.
struct GeneralField {
  std::string key;
  LocalText label;
};
const std::vector<GeneralField>& generalFields();

// Level codes as the workbook writes them: province ↔ "tỉnh", district ↔ "huyện", commune ↔
// "xã, phường"; other codes as they are. levelCode accepts both forms (and any case).
std::string levelLabel(const std::string& code);
std::string levelCode(std::string_view label);
// Deadline kinds: progress ↔ "tiến độ", update ↔ "cập nhật"; others as they are.
std::string kindLabel(const std::string& code);
std::string kindCode(std::string_view label);

// Lists in one cell: aliases "a; b" (a line break between them when one holds ';');
// predecessors "bk-ba-be (2025-07-01); bk-cho-don".
std::string joinList(const std::vector<std::string>& items);
std::vector<std::string> splitList(std::string_view cell);
std::string predecessorsText(const std::vector<Predecessor>& preds);
// False when the text is no such list (then `out` is left incomplete).
bool parsePredecessors(std::string_view cell, std::vector<Predecessor>& out);

constexpr const char* kYes = "có";   // the percent column: "có" (yes) or empty
constexpr const char* kTotalKey = "total";

}  // namespace p8::planbook
