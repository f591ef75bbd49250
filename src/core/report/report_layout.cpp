// Reading a report layout from JSON (Boost.PropertyTree for values; the plan reader's site
// scanner for the line and JSON type of each field). Every problem is a LayoutError naming the
// file, line and field in Vietnamese and English, so an officer can fix the file in a text
// editor. Unknown fields are ignored (files written for newer versions still load).
#include "core/report/report_layout.hpp"

#include "core/check/finding.hpp"
#include "core/plan/plan_json_sites.hpp"

#include <boost/property_tree/json_parser.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace p8 {

using boost::property_tree::ptree;
using planjson::JsonSite;
using planjson::JsonType;

LayoutError::LayoutError(std::string vi, std::string en)
    : std::runtime_error(en), message_vi(std::move(vi)), message_en(std::move(en)) {}

namespace {

const std::pair<ColumnSource, const char*> kSources[] = {
    {ColumnSource::Number, "number"},         {ColumnSource::Name, "name"},
    {ColumnSource::Unit, "unit"},             {ColumnSource::PlanPhase, "plan_phase"},
    {ColumnSource::PlanYear, "plan_year"},    {ColumnSource::ActualPeriod, "actual_period"},
    {ColumnSource::Cumulative, "cumulative"}, {ColumnSource::Rate, "rate"},
    {ColumnSource::Districts, "districts"},   {ColumnSource::Total, "total"},
    {ColumnSource::Gap, "gap"},               {ColumnSource::Note, "note"}};

bool isFigure(ColumnSource s) {
  return s == ColumnSource::PlanPhase || s == ColumnSource::PlanYear || s == ColumnSource::ActualPeriod ||
         s == ColumnSource::Cumulative || s == ColumnSource::Total || s == ColumnSource::Gap;
}

class Reader {
public:
  Reader(const std::string& file, planjson::JsonSites sites) : m_file(file), m_sites(std::move(sites)) {}

  [[noreturn]] void fail(const std::string& field, const std::string& vi, const std::string& en) const {
    int line = 0;
    for (std::string p = field;;) {   // the field's line, or the line of the object it is missing from
      if (const JsonSite* s = m_sites.find(p)) {
        line = s->line;
        break;
      }
      const std::size_t cut = p.find_last_of(".[");
      if (cut == std::string::npos) break;
      p.erase(cut);
    }
    failAt(line, field, vi, en);
  }
  [[noreturn]] void failAt(int line, const std::string& field, const std::string& vi, const std::string& en) const {
    auto where = [&](bool v) {
      std::string s = (v ? "Tệp mẫu báo cáo '" : "Layout file '") + m_file + "'";
      if (line > 0) s += (v ? ", dòng " : ", line ") + std::to_string(line);
      s += ": ";
      if (!field.empty()) s += (v ? "trường '" : "field '") + field + "' ";
      return s;
    };
    throw LayoutError(where(true) + vi, where(false) + en);
  }
  const JsonSite* site(const std::string& field) const { return m_sites.find(field); }
  const planjson::JsonSites& sites() const { return m_sites; }

  // The field when present with one of `types`, nullptr when absent/null; a wrong type fails.
  const ptree* get(const ptree& t, const std::string& key, const std::string& field,
                   std::initializer_list<JsonType> types, const char* vi, const char* en) const {
    const JsonSite* s = m_sites.find(field);
    if (!s || s->type == JsonType::Null) return nullptr;
    bool ok = false;
    for (JsonType ty : types) ok |= s->type == ty;
    if (!ok) fail(field, vi, en);
    auto it = t.find(key);
    return it == t.not_found() ? nullptr : &it->second;
  }
  std::string str(const ptree& t, const std::string& key, const std::string& field, const std::string& def) const {
    const ptree* v = get(t, key, field, {JsonType::String}, "phải là chuỗi \"…\".", "must be a string \"…\".");
    return v ? v->data() : def;
  }
  // "text" or {"vi": "…", "en": "…"}
  LocalText local(const ptree& t, const std::string& key, const std::string& field) const {
    const ptree* v = get(t, key, field, {JsonType::String, JsonType::Object},
                         "phải là chuỗi hoặc {\"vi\": …, \"en\": …}.", "must be a string or {\"vi\": …, \"en\": …}.");
    if (!v) return {};
    if (site(field)->type == JsonType::String) return {v->data(), ""};
    LocalText out{str(*v, "vi", field + ".vi", ""), str(*v, "en", field + ".en", "")};
    if (out.vi.empty()) fail(field + ".vi", "bị thiếu (bắt buộc).", "is missing (required).");
    return out;
  }
  double num(const ptree& t, const std::string& key, const std::string& field, double def, double lo, double hi) const {
    const ptree* v = get(t, key, field, {JsonType::Number}, "phải là số.", "must be a number.");
    if (!v) return def;
    double d = 0;
    try {
      d = std::stod(v->data());
    } catch (const std::exception&) {
      fail(field, "phải là số.", "must be a number.");
    }
    if (!(d >= lo && d <= hi))
      fail(field, "phải từ " + machineNumber(lo) + " đến " + machineNumber(hi) + ".",
           "must be between " + machineNumber(lo) + " and " + machineNumber(hi) + ".");
    return d;
  }
  bool flag(const ptree& t, const std::string& key, const std::string& field, bool def) const {
    const ptree* v = get(t, key, field, {JsonType::Bool}, "phải là true hoặc false.", "must be true or false.");
    return v ? v->data() == "true" : def;
  }
  std::string choice(const ptree& t, const std::string& key, const std::string& field, const std::string& def,
                     std::initializer_list<const char*> allowed) const {
    std::string v = str(t, key, field, def);
    std::string list;
    for (const char* a : allowed) {
      if (v == a) return v;
      list += std::string(list.empty() ? "" : ", ") + a;
    }
    fail(field, "phải là một trong: " + list + ".", "must be one of: " + list + ".");
  }
  template <class F>
  void list(const ptree& t, const std::string& key, const std::string& field, F&& each) const {
    const ptree* v = get(t, key, field, {JsonType::Array}, "phải là danh sách [ … ].", "must be a list [ … ].");
    if (!v) return;
    int i = 0;
    for (const auto& kv : *v) {
      const std::string at = field + "[" + std::to_string(i++) + "]";
      each(kv.second, at);
    }
  }

private:
  const std::string& m_file;
  planjson::JsonSites m_sites;
};

LayoutPart readPart(const Reader& r, const ptree& t, const std::string& field) {
  LayoutPart p;
  const JsonSite* s = r.site(field);
  if (s->type == JsonType::String) {
    p.text = {t.data(), ""};
    return p;
  }
  if (s->type != JsonType::Object) r.fail(field, "phải là chuỗi hoặc đối tượng { \"text\": … }.", "must be a string or an object { \"text\": … }.");
  if (r.site(field + ".vi") && !r.site(field + ".text")) {   // {"vi": …, "en": …} alone
    p.text = {r.str(t, "vi", field + ".vi", ""), r.str(t, "en", field + ".en", "")};
    return p;
  }
  p.text = r.local(t, "text", field + ".text");
  p.style = r.str(t, "style", field + ".style", "");
  p.input = r.choice(t, "input", field + ".input", "", {"", "unit"});
  return p;
}

std::vector<LayoutRow> readRows(const Reader& r, const ptree& root, const std::string& key) {
  std::vector<LayoutRow> rows;
  r.list(root, key, key, [&](const ptree& t, const std::string& at) {
    if (r.site(at)->type != JsonType::Object) r.fail(at, "phải là một đối tượng { … }.", "must be an object { … }.");
    LayoutRow row;
    for (const char* place : {"left", "center", "right"}) {
      auto it = t.find(place);
      if (it == t.not_found() || r.site(at + "." + place)->type == JsonType::Null) continue;
      LayoutPart p = readPart(r, it->second, at + "." + place);
      (place[0] == 'l' ? row.left : place[0] == 'c' ? row.center : row.right) = std::move(p);
    }
    row.heightMm = r.num(t, "height_mm", at + ".height_mm", 0, 0, 200);
    rows.push_back(std::move(row));
  });
  return rows;
}

void readStyles(const Reader& r, const ptree& root, ReportLayout& l) {
  const ptree* styles = r.get(root, "styles", "styles", {JsonType::Object}, "phải là một đối tượng { … }.",
                              "must be an object { … }.");
  if (!styles) return;
  for (const auto& [name, t] : *styles) {
    const std::string at = "styles." + name;
    if (r.site(at)->type != JsonType::Object) r.fail(at, "phải là một đối tượng { … }.", "must be an object { … }.");
    LayoutStyle& s = l.styles[name];   // a built-in one changed, or a new one from "td-text"
    if (!defaultLayoutStyles().count(name)) s = l.styles.at("td-text");
    s.bold = r.flag(t, "bold", at + ".bold", s.bold);
    s.italic = r.flag(t, "italic", at + ".italic", s.italic);
    s.underline = r.flag(t, "underline", at + ".underline", s.underline);
    s.wrap = r.flag(t, "wrap", at + ".wrap", s.wrap);
    s.border = r.flag(t, "border", at + ".border", s.border);
    s.locked = r.flag(t, "locked", at + ".locked", s.locked);
    s.size = r.num(t, "size", at + ".size", s.size, 0, 72);
    s.align = r.choice(t, "align", at + ".align", s.align, {"left", "center", "right"});
    s.valign = r.choice(t, "valign", at + ".valign", s.valign, {"top", "center", "bottom"});
    s.format = r.choice(t, "format", at + ".format", s.format, {"", "integer", "decimal", "percent"});
    s.caps = r.flag(t, "caps", at + ".caps", s.caps);
    s.ruleBelow = r.num(t, "rule_below", at + ".rule_below", s.ruleBelow, 0, 1);
  }
}

void readColumns(const Reader& r, const ptree& root, ReportLayout& l) {
  std::set<std::string> ids;
  r.list(root, "columns", "columns", [&](const ptree& t, const std::string& at) {
    if (r.site(at)->type != JsonType::Object) r.fail(at, "phải là một đối tượng { … }.", "must be an object { … }.");
    LayoutColumn c;
    const std::string src = r.str(t, "source", at + ".source", "");
    bool known = false;
    std::string names;
    for (const auto& [s, code] : kSources) {
      names += std::string(names.empty() ? "" : ", ") + code;
      if (src == code) c.source = s, known = true;
    }
    if (!known) r.fail(at + ".source", "phải là một trong: " + names + ".", "must be one of: " + names + ".");
    c.id = r.str(t, "id", at + ".id", src);
    if (!ids.insert(c.id).second)
      r.fail(at + ".id", "\"" + c.id + "\" đã dùng cho cột khác; đặt \"id\" riêng cho mỗi cột.",
             "\"" + c.id + "\" is used by another column; give each column its own \"id\".");
    c.title = r.local(t, "title", at + ".title");
    c.group = r.local(t, "group", at + ".group");
    c.widthMm = r.num(t, "width_mm", at + ".width_mm", c.source == ColumnSource::Name ? 70 : 20, 3, 300);
    r.list(t, "of", at + ".of", [&](const ptree& v, const std::string& vat) {
      if (r.site(vat)->type != JsonType::String) r.fail(vat, "phải là chuỗi (id của một cột).", "must be a string (a column id).");
      c.of.push_back(v.data());
    });
    l.columns.push_back(std::move(c));
  });
  if (l.columns.empty()) r.fail("columns", "phải có ít nhất một cột.", "must have at least one column.");
  // Cross-field rules.
  int names = 0, districts = 0;
  for (std::size_t i = 0; i < l.columns.size(); ++i) {
    const LayoutColumn& c = l.columns[i];
    const std::string at = "columns[" + std::to_string(i) + "]";
    names += c.source == ColumnSource::Name;
    districts += c.source == ColumnSource::Districts;
    if (c.source == ColumnSource::Rate || c.source == ColumnSource::Gap) {
      if (c.of.size() != 2)
        r.fail(at + ".of", "phải ghi hai cột, ví dụ [\"cumulative\", \"plan_phase\"].",
               "must name two columns, e.g. [\"cumulative\", \"plan_phase\"].");
      for (const auto& id : c.of) {
        const LayoutColumn* o = l.column(id);
        if (!o || !isFigure(o->source))
          r.fail(at + ".of", "\"" + id + "\" không phải id của một cột số liệu (plan_phase, plan_year, actual_period, cumulative, total, gap).",
                 "\"" + id + "\" is not the id of a figure column (plan_phase, plan_year, actual_period, cumulative, total, gap).");
      }
    }
  }
  if (names != 1) r.fail("columns", "phải có đúng một cột \"name\" (tên chỉ tiêu).", "must have exactly one \"name\" column.");
  if (districts > 1) r.fail("columns", "chỉ được có một cột \"districts\".", "may have only one \"districts\" column.");
  for (const auto& c : l.columns)
    if (c.source == ColumnSource::Total && districts == 0)
      r.fail("columns", "cột \"total\" cộng các cột huyện: cần thêm cột \"districts\".",
             "a \"total\" column adds the district columns: add a \"districts\" column.");
}

void checkStyleNames(const Reader& r, const ReportLayout& l) {
  auto check = [&](const std::vector<LayoutRow>& rows, const std::string& key) {
    for (std::size_t i = 0; i < rows.size(); ++i)
      for (const auto* p : {&rows[i].left, &rows[i].center, &rows[i].right})
        if (*p && !(*p)->style.empty() && !l.styles.count((*p)->style)) {
          const std::string field = key + "[" + std::to_string(i) + "]." +
                                    (p == &rows[i].left ? "left" : p == &rows[i].center ? "center" : "right") + ".style";
          r.fail(field, "không có kiểu \"" + (*p)->style + "\" (xem mục \"styles\").",
                 "there is no style \"" + (*p)->style + "\" (see \"styles\").");
        }
  };
  check(l.header, "header");
  check(l.footer, "footer");
}

}  // namespace

const char* columnSourceCode(ColumnSource s) {
  for (const auto& [src, code] : kSources)
    if (src == s) return code;
  return "note";
}

const LayoutColumn* ReportLayout::column(const std::string& id) const {
  for (const auto& c : columns)
    if (c.id == id) return &c;
  return nullptr;
}

ReportLayout parseLayout(const std::string& jsonText, const std::string& fileName) {
  auto plain = [&](int line, const std::string& vi, const std::string& en) {
    const std::string l = line > 0 ? std::to_string(line) : "";
    return LayoutError("Tệp mẫu báo cáo '" + fileName + "'" + (line > 0 ? ", dòng " + l : "") + ": " + vi,
                       "Layout file '" + fileName + "'" + (line > 0 ? ", line " + l : "") + ": " + en);
  };
  if (jsonText.size() > (4u << 20)) throw plain(0, "tệp quá lớn để là một mẫu báo cáo.", "the file is too large to be a layout.");
  if (jsonText.find_first_not_of(" \t\r\n") == std::string::npos) throw plain(0, "tệp trống.", "the file is empty.");
  if (auto d = planjson::nestingDepth(jsonText, 32); d.depth > 32)
    throw plain(d.line, "lồng nhau quá sâu.", "nested too deeply.");
  ptree root;
  try {
    std::istringstream in(jsonText);
    boost::property_tree::read_json(in, root);
  } catch (const boost::property_tree::json_parser_error& e) {
    throw plain(static_cast<int>(e.line()), "không đúng cú pháp JSON (" + e.message() + ").",
                "not valid JSON: " + e.message() + ".");
  }
  const Reader r(fileName, planjson::scanSites(jsonText));
  if (const JsonSite* s = r.site(""); !s || s->type != JsonType::Object)
    throw plain(1, "phải là một đối tượng JSON { … }.", "must be a JSON object { … }.");
  if (!r.sites().duplicate.empty())
    r.failAt(r.sites().duplicateLine, r.sites().duplicate, "được ghi hai lần; chỉ giữ một.", "is written twice; keep one.");
  ReportLayout l;
  l.styles = defaultLayoutStyles();
  try {
    l.schemaVersion = static_cast<int>(r.num(root, "schema_version", "schema_version", 0, 0, 1000));
    if (l.schemaVersion != 1)
      r.fail("schema_version", "phải là 1 (tệp này viết cho phiên bản p8calc khác).",
             "must be 1 (this file was written for another p8calc version).");
    l.id = r.str(root, "id", "id", "");
    l.kind = r.choice(root, "kind", "kind", "progress", {"progress", "allocation"});
    l.name = r.local(root, "name", "name");
    l.sheet = r.local(root, "sheet", "sheet");
    if (l.sheet.vi.empty()) l.sheet = {"Báo cáo", "Report"};
    if (const ptree* font = r.get(root, "font", "font", {JsonType::Object}, "phải là { \"name\": …, \"size\": … }.",
                                  "must be { \"name\": …, \"size\": … }.")) {
      l.fontName = r.str(*font, "name", "font.name", l.fontName);
      l.fontSize = r.num(*font, "size", "font.size", l.fontSize, 6, 30);
    }
    if (const ptree* page = r.get(root, "page", "page", {JsonType::Object}, "phải là một đối tượng { … }.",
                                  "must be an object { … }.")) {
      l.page.paper = r.choice(*page, "paper", "page.paper", "A4", {"A4", "A3"});
      l.page.orientation = r.choice(*page, "orientation", "page.orientation", "auto", {"auto", "portrait", "landscape"});
      l.page.fitWidth = r.flag(*page, "fit_width", "page.fit_width", true);
      l.page.repeatHeader = r.flag(*page, "repeat_header", "page.repeat_header", true);
      if (const ptree* m = r.get(*page, "margins_mm", "page.margins_mm", {JsonType::Object},
                                 "phải là { \"top\": …, \"bottom\": …, \"left\": …, \"right\": … }.",
                                 "must be { \"top\": …, \"bottom\": …, \"left\": …, \"right\": … }.")) {
        l.page.top = r.num(*m, "top", "page.margins_mm.top", l.page.top, 0, 80);
        l.page.bottom = r.num(*m, "bottom", "page.margins_mm.bottom", l.page.bottom, 0, 80);
        l.page.left = r.num(*m, "left", "page.margins_mm.left", l.page.left, 0, 80);
        l.page.right = r.num(*m, "right", "page.margins_mm.right", l.page.right, 0, 80);
      }
      if (const ptree* n = r.get(*page, "page_numbers", "page.page_numbers", {JsonType::Object},
                                 "phải là { \"place\": …, \"first_page\": …, \"size\": … }.",
                                 "must be { \"place\": …, \"first_page\": …, \"size\": … }.")) {
        l.page.numbers = r.choice(*n, "place", "page.page_numbers.place", l.page.numbers, {"top", "bottom", "none"});
        l.page.numberFirstPage = r.flag(*n, "first_page", "page.page_numbers.first_page", l.page.numberFirstPage);
        l.page.numberSize = r.num(*n, "size", "page.page_numbers.size", l.page.numberSize, 6, 30);
      }
    }
    if (const ptree* n = r.get(root, "numbering", "numbering", {JsonType::Object}, "phải là một đối tượng { … }.",
                               "must be an object { … }.")) {
      l.numbering.part = r.choice(*n, "part", "numbering.part", "roman", {"roman", "letter", "none"});
      l.numbering.item = r.choice(*n, "item", "numbering.item", "arabic", {"arabic", "code"});
      l.numbering.subItem = r.choice(*n, "sub_item", "numbering.sub_item", "dotted", {"dotted", "letter", "code"});
    }
    l.columnNumbers = r.flag(root, "column_numbers", "column_numbers", true);
    if (const ptree* v = r.get(root, "values", "values", {JsonType::Object}, "phải là một đối tượng { … }.",
                               "must be an object { … }."))
      for (const auto& [k, val] : *v) l.values[k] = r.str(*v, k, "values." + k, "");
    readStyles(r, root, l);
    l.header = readRows(r, root, "header");
    l.footer = readRows(r, root, "footer");
    readColumns(r, root, l);
    checkStyleNames(r, l);
  } catch (const LayoutError&) {
    throw;
  } catch (const std::exception& e) {   // not expected: still a layout error, never a crash
    throw plain(0, std::string("không đọc được (") + e.what() + ").", std::string("cannot be read (") + e.what() + ").");
  }
  return l;
}

ReportLayout loadLayoutFile(const std::string& path) {
  std::error_code ec;
  std::ifstream in;
  if (!std::filesystem::is_directory(path, ec)) in.open(path, std::ios::binary);
  std::ostringstream buf;
  if (in) buf << in.rdbuf();
  if (!in || in.bad())
    throw LayoutError("Không đọc được tệp mẫu báo cáo '" + path + "' (không có tệp hoặc không có quyền đọc).",
                      "Cannot read layout file '" + path + "' (missing, or no permission).");
  return parseLayout(buf.str(), path);
}

std::string layoutPath(const std::string& nameOrPath, const std::string& dir) {
  const bool isPath = nameOrPath.find('/') != std::string::npos ||
                      (nameOrPath.size() > 5 && nameOrPath.compare(nameOrPath.size() - 5, 5, ".json") == 0);
  return isPath ? nameOrPath : dir + "/" + nameOrPath + ".json";
}

}  // namespace p8
