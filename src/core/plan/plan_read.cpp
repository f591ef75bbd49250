// Reading a plan: the file (loadPlanFile: bounded, regular files only) and the fields of plan
// schema version 1 (plans/README.md) into the Plan model. Types are checked here field by
// field; rules across fields are in plan_validate.cpp.
//
// A plan path can come from a received workbook (P8Plan, =P8.TARGET(…;"/dev/zero")), so the
// file is read as untrusted: only a regular file (a FIFO would block the office for ever, a
// device never ends), at most kMaxPlanFileBytes (the message says so), in one bounded read.
#include "core/plan/plan_json_reader.hpp"

#include <filesystem>
#include <fstream>

namespace p8 {

namespace {
constexpr std::uintmax_t kMaxPlanFileBytes = 8u << 20;   // the built-in plans are ~30 kB
}

Plan loadPlanFile(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st))
    throw PlanError(path, 0, "", "Không đọc được tệp kế hoạch '" + path + "' (không có tệp hoặc không có quyền đọc).",
                    "Cannot read plan file '" + path + "' (missing, or no permission).");
  if (fs::is_directory(st))
    throw PlanError(path, 0, "", "'" + path + "' là một thư mục, không phải tệp kế hoạch.",
                    "'" + path + "' is a folder, not a plan file.");
  if (!fs::is_regular_file(st))
    throw PlanError(path, 0, "", "'" + path + "' không phải tệp thường (thiết bị, FIFO hoặc socket), không thể là tệp kế hoạch.",
                    "'" + path + "' is not a regular file (a device, FIFO or socket), so it cannot be a plan file.");
  const std::uintmax_t size = fs::file_size(path, ec);
  const std::string limit = std::to_string(kMaxPlanFileBytes >> 20) + " MB";
  if (!ec && size > kMaxPlanFileBytes)
    throw PlanError(path, 0, "", "Tệp kế hoạch '" + path + "' quá lớn (hơn " + limit + "); một kế hoạch chỉ vài trăm kB.",
                    "Plan file '" + path + "' is too large (over " + limit + "); a plan is a few hundred kB.");
  std::ifstream in(path, std::ios::binary);
  std::string text;
  char chunk[64 * 1024];
  while (in && text.size() <= kMaxPlanFileBytes) {
    in.read(chunk, sizeof chunk);
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad() || (!in && !in.eof()))
    throw PlanError(path, 0, "", "Không đọc được tệp kế hoạch '" + path + "' (không có tệp hoặc không có quyền đọc).",
                    "Cannot read plan file '" + path + "' (missing, or no permission).");
  if (text.size() > kMaxPlanFileBytes)   // it grew while we read it
    throw PlanError(path, 0, "", "Tệp kế hoạch '" + path + "' quá lớn (hơn " + limit + ").",
                    "Plan file '" + path + "' is too large (over " + limit + ").");
  return parsePlan(text, path);
}

}  // namespace p8

namespace p8::planjson {

Plan readPlan(const ptree& root, const Reader& r) {
  Plan plan;
  const int version = *r.integer(root, "schema_version", "", true, 0, 1000000);
  if (version != 1)
    r.fail("schema_version", "= " + std::to_string(version) + ": phiên bản này chưa được hỗ trợ (chỉ hỗ trợ 1).",
           "= " + std::to_string(version) + ": this version is not supported (only 1).");
  plan.schemaVersion = version;
  plan.id = r.str(root, "id", "", true);
  plan.title = r.local(root, "title", "");
  plan.province = r.str(root, "province", "");
  plan.phase = r.str(root, "phase", "");
  plan.source = r.str(root, "source", "");
  plan.startYear = r.integer(root, "start_year", "", false, 1900, 2200).value_or(plan.startYear);
  plan.endYear = r.integer(root, "end_year", "", false, 1900, 2200).value_or(plan.endYear);
  if (auto lvl = r.str(root, "reporting_level", ""); !lvl.empty()) plan.reportingLevel = lvl;

  r.list(root, "indicators", "", [&](const ptree& v, const std::string& p) {
    Indicator ind;
    ind.code = r.str(v, "code", p, true);
    ind.name = r.local(v, "name", p);
    ind.unit = r.str(v, "unit", p);
    ind.target = r.num(v, "target", p);   // null: a qualitative target
    ind.targetText = r.str(v, "target_text", p);
    ind.percent = r.flag(v, "percent", p);
    ind.parent = r.str(v, "parent", p);
    ind.aliases = r.strings(v, "aliases", p);
    if (ind.percent && ind.target && *ind.target > 1)
      r.fail(p + "target", "là tỷ lệ nên phải viết dạng phân số (15% là 0.15, 100% là 1).",
             "is a percentage, so write it as a fraction (15% is 0.15, 100% is 1).");
    plan.indicators.push_back(std::move(ind));
  });

  r.list(root, "content", "", [&](const ptree& v, const std::string& p) { plan.content.push_back(r.item(v, p)); });

  r.list(root, "org_units", "", [&](const ptree& v, const std::string& p) {
    OrgUnit u;
    u.id = r.str(v, "id", p, true);
    u.name = r.str(v, "name", p, true);
    u.level = r.str(v, "level", p, true);
    u.parent = r.str(v, "parent", p);
    u.aliases = r.strings(v, "aliases", p);
    u.validFrom = r.str(v, "valid_from", p);
    u.validTo = r.str(v, "valid_to", p);
    plan.orgUnits.push_back(std::move(u));
  });

  r.list(root, "deadlines", "", [&](const ptree& v, const std::string& p) {
    Deadline d;
    d.kind = r.str(v, "kind", p, true);
    d.day = *r.integer(v, "day", p, true, 1, 31);
    d.month = *r.integer(v, "month", p, true, 1, 12);
    d.yearOffset = r.integer(v, "year_offset", p, false, 0, 10).value_or(0);
    d.label = r.local(v, "label", p);
    plan.deadlines.push_back(std::move(d));
  });

  // allocation: {"indicator code": {"unit id": number}}
  if (r.expect("allocation", {JsonType::Object}, false, "phải là đối tượng {\"mã chỉ tiêu\": {\"mã đơn vị\": số}}.",
               "must be an object {\"indicator code\": {\"unit id\": number}}.")) {
    for (const auto& [code, row] : child(root, "allocation")) {
      const std::string at = "allocation." + code;
      if (!r.expect(at, {JsonType::Object}, false, "phải là đối tượng {\"mã đơn vị\": số}.",
                    "must be an object {\"unit id\": number}."))
        continue;   // null: no allocation for this indicator
      auto& out = plan.allocation[code];
      for (const auto& [unit, value] : row) {
        (void)value;
        if (auto v = r.num(row, unit, at + ".")) out[unit] = *v;
      }
    }
  }
  return plan;
}

}  // namespace p8::planjson
