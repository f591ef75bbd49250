// The words of Vietnamese administrative tables: how headers name their columns (in the
// spellings staff actually use), which labels are totals, footers or titles, and how rows
// are numbered (A/B, I/II, "Nội dung 1", "HĐ 2", 1, 01, 1.1, a), -). All tests work on
// text::foldKey results, so case, diacritics and punctuation never matter.
#include "core/table/recognize_internal.hpp"

#include "core/parse/number.hpp"

#include "core/parse/text.hpp"

#include <algorithm>
#include <cctype>

namespace p8::rec {

bool hasWords(const std::string& f, std::string_view w) { return text::containsWords(f, w); }

bool startsWords(const std::string& f, std::string_view w) {
  return f.size() >= w.size() && f.compare(0, w.size(), w) == 0 && (f.size() == w.size() || f[w.size()] == ' ');
}

int wordCount(const std::string& f) {
  if (f.empty()) return 0;
  return 1 + static_cast<int>(std::count(f.begin(), f.end(), ' '));
}

namespace {

bool anyWords(const std::string& f, std::initializer_list<std::string_view> list) {
  for (auto w : list)
    if (hasWords(f, w)) return true;
  return false;
}

bool anyStart(const std::string& f, std::initializer_list<std::string_view> list) {
  for (auto w : list)
    if (startsWords(f, w)) return true;
  return false;
}

bool oneOf(const std::string& f, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), std::string_view(f)) != list.end();
}

bool isTotalHeader(const std::string& f) {
  if (oneOf(f, {"tong", "cong", "tong cong", "tong so", "toan tinh", "ca tinh", "tong chi tieu", "tong so chi tieu"}))
    return true;
  if (anyStart(f, {"tong cong", "toan tinh", "cong toan tinh", "tong toan tinh"})) return true;
  // "Tổng (tổ)", "Tổng số (người)", "Cộng (I+II)": a total with a short qualifier.
  if ((startsWords(f, "tong") || startsWords(f, "cong") || startsWords(f, "tong so")) && wordCount(f) <= 4 &&
      !anyWords(f, {"ket", "hop", "quan", "the", "kinh phi", "von", "dong", "tac"}))
    return true;
  return false;
}

}  // namespace

bool isResponsibleHeader(const std::string& f) {
  return anyWords(f, {"don vi thuc hien", "don vi chu tri", "co quan chu tri", "don vi phoi hop",
                      "co quan phoi hop", "chu tri", "phoi hop", "trach nhiem", "nguoi phu trach"});
}

bool isUnitLabelHeader(const std::string& f) {
  return oneOf(f, {"huyen", "ten huyen", "huyen thanh pho", "huyen thi xa thanh pho", "huyen tp", "dia ban",
                   "dia phuong", "ten dia phuong", "don vi hanh chinh", "ten don vi", "xa", "ten xa", "xa phuong",
                   "xa phuong thi tran"});
}

namespace {

int yearWords(const std::string& f) {
  int n = 0;
  for (std::size_t p = 0; p < f.size();) {
    std::size_t e = f.find(' ', p);
    if (e == std::string::npos) e = f.size();
    if (e - p == 4 && std::all_of(f.begin() + p, f.begin() + e, [](char c) { return c >= '0' && c <= '9'; })) {
      const int y = std::stoi(f.substr(p, 4));
      if (y >= 1990 && y <= 2100) ++n;
    }
    p = e + 1;
  }
  return n;
}

}  // namespace

ColumnRole roleOfHeader(const std::string& f) {
  if (f.empty() || f.size() > 120) return ColumnRole::Other;
  if (oneOf(f, {"tt", "stt", "so tt", "so thu tu", "ma so", "ma", "ma chi tieu", "so hieu"})) return ColumnRole::Number;
  if (anyWords(f, {"thoi gian", "thoi han", "thoi diem", "nam thuc hien", "tien do thuc hien", "lo trinh"}))
    return ColumnRole::Timeline;
  if (isResponsibleHeader(f)) return ColumnRole::Other;
  if (anyWords(f, {"dvt", "don vi tinh", "dv tinh"}) || f == "don vi") return ColumnRole::Unit;
  if (anyWords(f, {"ghi chu"})) return ColumnRole::Note;
  if (anyWords(f, {"ty le", "ti le"}) || f == "%" || startsWords(f, "%") || startsWords(f, "so voi"))
    return ColumnRole::Rate;
  if (anyWords(f, {"luy ke", "cong don"})) return ColumnRole::Cumulative;
  // The plan side: "Kế hoạch năm 2023" is one year's plan, "Kế hoạch giai đoạn" the phase's.
  const bool planSide =
      anyStart(f, {"ke hoach", "kh", "muc tieu", "chi tieu tong the", "chi tieu giai doan", "chi tieu ke hoach",
                   "chi tieu duoc giao", "chi tieu giao", "chi tieu den nam", "chi tieu phan bo", "chi tieu can dat",
                   "chi tieu nam", "chi tieu dat"});
  const bool yearPlan = anyWords(f, {"ke hoach nam", "kh nam", "chi tieu nam", "muc tieu nam", "ke hoach giao nam"}) ||
                        (yearWords(f) == 1 && !anyWords(f, {"giai doan", "den nam"}));
  if (planSide) return yearPlan ? ColumnRole::PlanYear : ColumnRole::Target;
  if (anyStart(f, {"thuc hien", "ket qua", "uoc thuc hien", "uoc th", "th", "da thuc hien", "so thuc hien"}) ||
      anyWords(f, {"thuc hien", "ket qua", "da dat", "dat duoc"}))
    return ColumnRole::Actual;
  if (anyWords(f, {"ke hoach", "muc tieu", "chi tieu tong the", "chi tieu giai doan", "chi tieu ke hoach",
                   "chi tieu duoc giao", "kh giai doan"}))
    return yearPlan ? ColumnRole::PlanYear : ColumnRole::Target;
  if (isTotalHeader(f)) return ColumnRole::Total;
  if (anyWords(f, {"noi dung", "chi tieu", "hoat dong", "chi so", "nhiem vu", "danh muc", "hang muc", "linh vuc"}) ||
      startsWords(f, "ten") || isUnitLabelHeader(f))
    return ColumnRole::Name;
  return ColumnRole::Other;
}

bool isFigureRole(ColumnRole r) {
  switch (r) {
    case ColumnRole::District: case ColumnRole::Total: case ColumnRole::PlanYear: case ColumnRole::Actual:
    case ColumnRole::Cumulative: return true;
    default: return false;   // targets may be text ("380 tổ"), rates may be written "80%" or "Đạt"
  }
}

bool isFigureText(const std::string& s) {
  const std::string t = text::trim(s);
  if (t.empty()) return true;
  static const char* const marks[] = {"-", "--", "–", "—", "x", "X", "/", "…", "...", "?"};
  if (std::find(std::begin(marks), std::end(marks), t) != std::end(marks)) return true;
  if (identifierKind(t) != IdentifierKind::None) return false;
  const ParsedNumber n = parseNumber(t);
  return n.ok() || n.status == ParsedNumber::Status::Ambiguous;
}

ColumnRole subColumnRole(const std::string& f) {
  if (f.empty() || wordCount(f) > 6) return ColumnRole::Other;
  if (oneOf(f, {"kh", "ke hoach", "chi tieu", "ct", "chi tieu giao", "kh giao", "muc tieu"})) return ColumnRole::Target;
  if (oneOf(f, {"th", "thuc hien", "ket qua", "so luong", "sl", "da thuc hien", "dat duoc"})) return ColumnRole::Actual;
  const ColumnRole r = roleOfHeader(f);
  switch (r) {
    case ColumnRole::Target: case ColumnRole::PlanYear: case ColumnRole::Actual: case ColumnRole::Cumulative:
    case ColumnRole::Rate: return r;
    default: return ColumnRole::Other;
  }
}

bool isProvinceShare(const std::string& f, const std::string& prov) {
  if (oneOf(f, {"tinh", "cap tinh", "hoi lhpn tinh", "so", "cac so nganh", "so nganh", "cap tinh so nganh",
                "tinh hoi", "tinh doan"}))
    return true;
  return !prov.empty() && (f == prov || f == "tinh " + prov || f == "cap tinh " + prov);
}

bool isTotalLabel(const std::string& f) {
  if (f.empty()) return false;
  if (oneOf(f, {"tong", "cong", "tong cong", "tong so", "toan tinh", "ca tinh", "tong toan tinh", "cong toan tinh"}))
    return true;
  if (anyStart(f, {"tong cong", "toan tinh", "cong toan tinh", "tong toan tinh"})) return true;
  // "Cộng (I+II)", "Tổng I + II", "Cộng nội dung 1": the qualifier is short.
  if ((startsWords(f, "tong") || startsWords(f, "cong")) && wordCount(f) <= 4) {
    const auto rest = f.substr(f.find(' ') == std::string::npos ? f.size() : f.find(' ') + 1);
    if (rest.empty()) return true;
    bool shortWords = true;
    for (std::size_t p = 0; p < rest.size();) {
      std::size_t e = rest.find(' ', p);
      if (e == std::string::npos) e = rest.size();
      const std::string w = rest.substr(p, e - p);
      const bool numeral = std::all_of(w.begin(), w.end(), [](char ch) { return ch == 'i' || ch == 'v' || ch == 'x'; }) ||
                           std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) ||
                           w.size() == 1;
      if (!numeral) shortWords = false;
      p = e + 1;
    }
    return shortWords || startsWords(rest, "noi dung") || startsWords(rest, "so");
  }
  return false;
}

bool isFooterText(const std::string& f) {
  if (anyStart(f, {"nguoi lap", "nguoi lap bieu", "thu truong", "ghi chu", "nguon", "luu y", "chu thich", "xac nhan",
                   "ky ten", "t m", "tm", "k t", "kt", "giam doc", "chu tich", "noi nhan", "lanh dao",
                   "ket luan"}))
    return true;
  // "Bắc Kạn, ngày … tháng … năm 2023"
  return hasWords(f, "ngay") && hasWords(f, "thang") && hasWords(f, "nam") && wordCount(f) <= 12;
}

bool isTitleText(const std::string& f) {
  return anyStart(f, {"don vi tinh", "dvt", "bieu", "bieu so", "kem theo", "cong hoa", "doc lap", "ubnd", "uy ban",
                      "hoi lhpn", "hoi lien hiep", "phu luc", "bao cao", "ke hoach so", "so lieu"});
}

bool isNotPlaceHeader(const std::string& f) {
  return oneOf(f, {"khac", "chung", "du phong", "con lai", "trung uong", "cap huyen", "cap xa", "huyen", "xa"});
}

bool hasPlacePrefix(const std::string& f) {
  return anyStart(f, {"huyen", "h", "tp", "t p", "thanh pho", "thi xa", "tx", "quan", "thi tran", "xa", "phuong"}) &&
         wordCount(f) >= 2;
}

// ---- numbering ----

namespace {

enum class Tok { Word, Digits, Punct };
struct Token { Tok kind; std::size_t begin, end; };

// Up to `limit` tokens: words (letters, UTF-8 included), digit runs, single ASCII punctuation.
std::vector<Token> tokenize(std::string_view s, std::size_t limit) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size() && out.size() < limit) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r') { ++i; continue; }
    if (b >= 0x80) {
      std::size_t j = i;
      const char32_t cp = text::nextCodePoint(s, j);
      if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x3000 || cp == 0xFEFF) { i = j; continue; }
      if (cp == 0x2022 || cp == 0x2013 || cp == 0x2014) { out.push_back({Tok::Punct, i, j}); i = j; continue; }
    }
    if (std::isdigit(b)) {
      std::size_t j = i;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      out.push_back({Tok::Digits, i, j});
      i = j;
    } else if (b < 0x80 && !std::isalpha(b)) {
      out.push_back({Tok::Punct, i, i + 1});
      ++i;
    } else {
      std::size_t j = i;
      while (j < s.size()) {
        const auto c = static_cast<unsigned char>(s[j]);
        if (c < 0x80 && !std::isalpha(c)) break;
        if (c >= 0x80) {
          std::size_t k = j;
          const char32_t cp = text::nextCodePoint(s, k);
          if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF) break;
          j = k;
        } else {
          ++j;
        }
      }
      out.push_back({Tok::Word, i, j});
      i = j;
    }
  }
  return out;
}

bool isRomanWord(std::string_view w) {
  if (w.empty() || w.size() > 5) return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

bool delimiter(std::string_view s, const Token& t) {
  const char c = s[t.begin];
  return t.kind == Tok::Punct && (c == '.' || c == ')' || c == ':' || c == '-' || c == '/');
}

}  // namespace

Numbering parseNumbering(std::string_view raw, bool wholeCell) {
  Numbering n;
  const std::string trimmed = text::trim(raw);
  const std::string_view s(trimmed);
  if (s.empty()) return n;
  const auto tk = tokenize(s, 12);
  if (tk.empty()) return n;
  auto word = [&](std::size_t i) {
    return i < tk.size() && tk[i].kind == Tok::Word ? text::foldKey(s.substr(tk[i].begin, tk[i].end - tk[i].begin))
                                                    : std::string();
  };
  auto finish = [&](Scheme scheme, std::size_t lastTok, int depth) {
    // The token ends with tk[lastTok]; an optional delimiter follows, then the rest.
    std::size_t next = lastTok + 1;
    const bool delim = next < tk.size() && delimiter(s, tk[next]);
    if (delim) ++next;
    const std::size_t restBegin = next < tk.size() ? tk[next].begin : s.size();
    Numbering out;
    out.scheme = scheme;
    out.token = std::string(s.substr(0, tk[lastTok].end));
    out.rest = text::trim(s.substr(restBegin));
    out.depth = depth;
    if (!wholeCell && !delim && scheme != Scheme::Part && scheme != Scheme::Activity && scheme != Scheme::Dotted &&
        scheme != Scheme::Bullet)
      return Numbering{};   // "1 tổ" in a label is a quantity, not a numbering
    if (wholeCell || !out.rest.empty() || scheme == Scheme::Part || scheme == Scheme::Activity) return out;
    return Numbering{};
  };
  // Digit groups separated by dots from token i: returns the last token index and the count.
  // A group of 3+ digits after a dot is a thousands separator ("10.000"): groups stay at 1.
  auto dotted = [&](std::size_t i, int& groups) {
    groups = 1;
    std::size_t last = i;
    while (last + 2 < tk.size() && tk[last + 1].kind == Tok::Punct && s[tk[last + 1].begin] == '.' &&
           tk[last + 2].kind == Tok::Digits && tk[last + 1].begin == tk[last].end &&
           tk[last + 2].begin == tk[last + 1].end && tk[last + 2].end - tk[last + 2].begin <= 2) {
      last += 2;
      ++groups;
    }
    return last;
  };
  const std::string w0 = word(0);
  // "Nội dung 1", "Phần II", "Mục 3", "Chương 1"
  std::size_t after = 0;
  if (w0 == "noi" && word(1) == "dung") after = 2;
  else if (w0 == "phan" || w0 == "muc" || w0 == "chuong") after = 1;
  if (after && after < tk.size()) {
    const Token& t = tk[after];
    if (t.kind == Tok::Digits || (t.kind == Tok::Word && isRomanWord(s.substr(t.begin, t.end - t.begin)))) {
      int groups = 1;
      const std::size_t last = t.kind == Tok::Digits ? dotted(after, groups) : after;
      return finish(Scheme::Part, last, groups);
    }
  }
  // "HĐ1", "HĐ 2", "Hoạt động 3", "HĐ2.03"
  after = 0;
  if (w0 == "hd") after = 1;
  else if (w0 == "hoat" && word(1) == "dong") after = 2;
  if (after && after < tk.size() && tk[after].kind == Tok::Digits) {
    int groups = 1;
    const std::size_t last = dotted(after, groups);
    return finish(Scheme::Activity, last, groups);
  }
  const Token& t0 = tk[0];
  const std::string_view first = s.substr(t0.begin, t0.end - t0.begin);
  if (t0.kind == Tok::Digits) {
    int groups = 1;
    const std::size_t last = dotted(0, groups);
    if (wholeCell && groups == 1 && tk.size() > 1 && !delimiter(s, tk[1])) {
      // "1 tổ", "15%": a number, not a numbering (unless the rest is a heading merged into TT)
      if (tk[1].kind != Tok::Word || tk.size() < 4) return n;
    }
    Scheme sc = groups > 1 ? Scheme::Dotted : (first.size() >= 2 && first[0] == '0' ? Scheme::Padded : Scheme::Arabic);
    if (first.size() > 3 && groups == 1) return n;   // 2023, 10000: quantities or years
    if (last + 2 < tk.size() && s[tk[last + 1].begin] == '.' && tk[last + 2].kind == Tok::Digits &&
        tk[last + 2].begin == tk[last + 1].end)
      return n;                                        // 10.000, 1.234.567: a number
    return finish(sc, last, groups);
  }
  if (t0.kind == Tok::Word) {
    const bool single = tk.size() == 1 || delimiter(s, tk[1]);
    if (isRomanWord(first) && single) return finish(Scheme::Roman, 0, 1);
    if (first.size() == 1 && single) {
      const char c = first[0];
      if (c >= 'A' && c <= 'Z') return finish(Scheme::Letter, 0, 1);
      if (c >= 'a' && c <= 'z') return finish(Scheme::Lower, 0, 1);
    }
    return n;
  }
  // Bullets: "-", "+", "*", "•", "–"
  const char c = s[t0.begin];
  if (c == '-' || c == '+' || c == '*' || static_cast<unsigned char>(c) >= 0x80) {
    Numbering b;
    b.scheme = Scheme::Bullet;
    b.token = std::string(first);
    b.rest = text::trim(s.substr(t0.end));
    return b;
  }
  return n;
}

int numberingOrdinal(const Cell& c) {
  if (c.type == Cell::Type::Number)
    return c.number >= 1 && c.number <= 200 && c.number == static_cast<int>(c.number) ? static_cast<int>(c.number) : 0;
  if (c.type != Cell::Type::Text || c.text.size() > 24) return 0;
  const std::string f = text::trim(c.text);
  std::size_t i = 0;
  if (i < f.size() && f[i] == '(') ++i;
  int v = 0;
  std::size_t start = i;
  while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i])) && i - start < 3) v = v * 10 + (f[i++] - '0');
  if (i == start) {
    if (i < f.size() && ((f[i] >= 'A' && f[i] <= 'Z') || (f[i] >= 'a' && f[i] <= 'z'))) {
      v = std::tolower(static_cast<unsigned char>(f[i])) - 'a' + 1;
      ++i;
    } else {
      return 0;
    }
  }
  if (f[0] == '(') {
    if (i >= f.size() || f[i] != ')') return 0;
    ++i;
  }
  if (i == f.size()) return v;
  // "(4)=(2)+(3)", "5=3/4", "(12)=(4)+…+(11)": a column's formula in the numbering row
  const std::string rest = text::trim(f.substr(i));
  return rest.empty() || rest[0] == '=' ? v : 0;
}

}  // namespace p8::rec
