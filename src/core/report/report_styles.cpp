// The built-in cell styles of report layouts, Vietnamese capitals for header texts
// ("UBND TỈNH {PROVINCE}") and valid UTF-8 for the model's text output. Styles are named so
// the office side makes one cell style per name (an officer can restyle a whole report in
// Calc); a layout file changes any field.
#include "core/report/report_layout.hpp"
#include "core/report/report_model.hpp"

#include "core/parse/text.hpp"

namespace p8 {

std::map<std::string, LayoutStyle> defaultLayoutStyles() {
  auto st = [](bool bold, bool italic, const char* align) {
    LayoutStyle s;
    s.bold = bold;
    s.italic = italic;
    s.align = align;
    return s;
  };
  auto cell = [](const char* align, const char* format, bool locked) {
    LayoutStyle s;
    s.border = true;
    s.wrap = true;
    s.align = align;
    s.format = format;
    s.locked = locked;
    return s;
  };
  std::map<std::string, LayoutStyle> m;
  m["text"] = st(false, false, "left");
  // The header block as Nghị định 30/2020/NĐ-CP, Phụ lục I sets it: the parent body 12–13 pt
  // capitals; the issuing body 12–13 pt bold capitals over a line 1/3–1/2 its length; Quốc hiệu
  // 12–13 pt bold capitals; Tiêu ngữ 13–14 pt bold over a solid line as long as the text.
  m["issuer"] = st(false, false, "center");           // UBND TỈNH … (cơ quan chủ quản)
  m["issuer"].size = 13;
  m["issuer"].caps = true;
  m["issuer-bold"] = st(true, false, "center");       // HỘI LIÊN HIỆP PHỤ NỮ … (cơ quan ban hành)
  m["issuer-bold"].size = 13;
  m["issuer-bold"].caps = true;
  m["issuer-bold"].ruleBelow = 0.4;
  m["motto"] = st(true, false, "center");             // CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  m["motto"].size = 13;
  m["motto"].caps = true;
  m["motto-sub"] = st(true, false, "center");         // Độc lập - Tự do - Hạnh phúc
  m["motto-sub"].size = 14;
  m["motto-sub"].ruleBelow = 1;
  m["form-number"] = st(true, false, "right");        // Biểu số 01
  m["title"] = st(true, false, "center");             // an annex's title: bold capitals
  m["title"].size = 14;
  m["title"].wrap = true;
  m["title"].caps = true;
  m["subtitle"] = st(false, true, "center");          // (Kèm theo Báo cáo số …): italic
  m["unit-line"] = st(false, true, "right");          // Đơn vị tính: …
  m["label"] = st(true, false, "left");
  m["input-unit"] = st(true, false, "left");          // the reporting unit chosen in a template
  m["input-unit"].locked = false;
  m["input-unit"].border = true;
  m["place-date"] = st(false, true, "center");
  m["sign-title"] = st(true, false, "center");       // the signer's title: bold capitals
  m["sign-title"].caps = true;
  m["sign-note"] = st(false, true, "center");
  m["footnote"] = st(false, true, "left");
  m["th"] = cell("center", "", true);
  m["th"].bold = true;
  m["th-number"] = cell("center", "", true);
  m["th-number"].italic = true;
  m["th-number"].size = 10;   // "(8)=(6)/(5)" fits a narrow column
  m["td-text"] = cell("left", "", true);
  m["td-center"] = cell("center", "", true);
  m["td-section"] = cell("left", "", true);
  m["td-section"].bold = true;
  m["td-integer"] = cell("right", "integer", true);
  m["td-decimal"] = cell("right", "decimal", true);
  m["td-percent"] = cell("right", "percent", true);
  m["td-rate"] = cell("right", "percent", true);
  m["td-total"] = cell("right", "integer", true);
  m["td-total"].bold = true;
  m["td-note"] = cell("left", "", true);
  m["input-integer"] = cell("right", "integer", false);
  m["input-decimal"] = cell("right", "decimal", false);
  m["input-percent"] = cell("right", "percent", false);
  m["input-text"] = cell("left", "", false);
  return m;
}

std::string upperVi(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t start = i;
    char32_t c = text::nextCodePoint(s, i);
    if (i <= start) i = start + 1;   // never stall on a bad byte
    if (c >= 'a' && c <= 'z') c -= 32;
    else if (c >= 0xE0 && c <= 0xFE && c != 0xF7) c -= 0x20;
    else if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) c &= ~char32_t(1);   // ă đ ĩ ũ …
    else if (c == 0x1A1 || c == 0x1B0) c -= 1;                                         // ơ ư
    else if (c >= 0x1EA0 && c <= 0x1EF9) c &= ~char32_t(1);                            // ạ … ỹ
    else {
      // As it was (marks, other scripts); a bad byte becomes U+FFFD so the output is UTF-8.
      out.append(c == 0xFFFD ? std::string_view("\xEF\xBF\xBD") : s.substr(start, i - start));
      continue;
    }
    text::appendUtf8(out, c);
  }
  return out;
}

std::string cleanUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t start = i;
    const char32_t c = text::nextCodePoint(s, i);
    if (i <= start) i = start + 1;
    out.append(c == 0xFFFD ? std::string_view("\xEF\xBF\xBD") : s.substr(start, i - start));
  }
  return out;
}

}  // namespace p8
