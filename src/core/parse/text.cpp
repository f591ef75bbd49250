// Folding and trimming of Vietnamese text. Lookup tables cover the Latin blocks Vietnamese
// uses (Latin-1, Extended-A/B for ơ ư đ, Extended Additional for ạ…ỹ), so folding a cell is
// one pass with an array lookup per letter.
#include "core/parse/text.hpp"

#include <array>

namespace p8::text {

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

namespace {

constexpr char32_t kLatinLo = 0xC0, kLatinHi = 0x24F;     // Latin-1 letters … Extended-B
constexpr char32_t kExtLo = 0x1E00, kExtHi = 0x1EFF;      // Latin Extended Additional

// Vietnamese vowel series: base letter, modifier (0 none, 1 circumflex, 2 breve, 3 horn)
// and the six tones in order: none, grave, acute, hook above, tilde, dot below.
struct VowelSeries { char base; unsigned char mod; const char* lower; const char* upper; };
constexpr VowelSeries kSeries[] = {
    {'a', 0, "aàáảãạ", "AÀÁẢÃẠ"}, {'a', 2, "ăằắẳẵặ", "ĂẰẮẲẴẶ"}, {'a', 1, "âầấẩẫậ", "ÂẦẤẨẪẬ"},
    {'e', 0, "eèéẻẽẹ", "EÈÉẺẼẸ"}, {'e', 1, "êềếểễệ", "ÊỀẾỂỄỆ"}, {'i', 0, "iìíỉĩị", "IÌÍỈĨỊ"},
    {'o', 0, "oòóỏõọ", "OÒÓỎÕỌ"}, {'o', 1, "ôồốổỗộ", "ÔỒỐỔỖỘ"}, {'o', 3, "ơờớởỡợ", "ƠỜỚỞỠỢ"},
    {'u', 0, "uùúủũụ", "UÙÚỦŨỤ"}, {'u', 3, "ưừứửữự", "ƯỪỨỬỮỰ"}, {'y', 0, "yỳýỷỹỵ", "YỲÝỶỸỴ"},
};
constexpr int kSeriesCount = sizeof kSeries / sizeof kSeries[0];
constexpr unsigned char kUpper = 128;

struct BaseTables {
  std::array<char, kLatinHi - kLatinLo + 1> latin{};
  std::array<char, kExtHi - kExtLo + 1> ext{};
  // Vietnamese vowels: 1 + series * 6 + tone (+ kUpper for capitals), 0 for other letters.
  std::array<unsigned char, kLatinHi - kLatinLo + 1> latinVn{};
  std::array<unsigned char, kExtHi - kExtLo + 1> extVn{};
  char32_t compose[2][kSeriesCount][6]{};   // [upper][series][tone] → composed letter

  void set(char32_t c, char base, unsigned char vn) {
    if (c >= kLatinLo && c <= kLatinHi) { latin[c - kLatinLo] = base; latinVn[c - kLatinLo] = vn; }
    else if (c >= kExtLo && c <= kExtHi) { ext[c - kExtLo] = base; extVn[c - kExtLo] = vn; }
  }
  BaseTables() {
    const std::pair<char, const char*> groups[] = {
        {'a', "äåÄÅāĀąĄ"},   {'e', "ëËēĒęĘěĚ"}, {'i', "ïîÏÎīĪ"}, {'o', "öÖøØōŌ"}, {'u', "üûÜÛūŪůŮ"},
        {'y', "ÿŸ"},
        // Ð/ð (U+00D0/F0) stand in for Đ/đ in text converted from old Vietnamese fonts.
        {'d', "đĐðÐďĎ"}, {'c', "çÇčČćĆ"}, {'n', "ñÑňŇńŃ"}, {'s', "šŠśŚ"}, {'z', "žŽ"}, {'r', "řŘ"},
        {'l', "łŁ"},
    };
    for (const auto& [base, letters] : groups) {
      const std::string_view s(letters);
      for (std::size_t i = 0; i < s.size();) set(nextCodePoint(s, i), base, 0);
    }
    for (int k = 0; k < kSeriesCount; ++k)
      for (int upper = 0; upper < 2; ++upper) {
        const std::string_view s(upper ? kSeries[k].upper : kSeries[k].lower);
        std::size_t i = 0;
        for (int tone = 0; tone < 6 && i < s.size(); ++tone) {
          const char32_t c = nextCodePoint(s, i);
          compose[upper][k][tone] = c;
          if (c >= 0x80) set(c, kSeries[k].base, static_cast<unsigned char>(1 + k * 6 + tone + (upper ? kUpper : 0)));
        }
      }
  }
};

const BaseTables& tables() {
  static const BaseTables t;
  return t;
}

bool isCombining(char32_t c) {
  return (c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         (c >= 0x20D0 && c <= 0x20FF) || c == 0x200C || c == 0x200D;
}

// Punctuation and symbols outside ASCII: folded to a separator like ASCII punctuation.
bool isPunctuation(char32_t c) {
  return (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) ||
         (c >= 0x2E00 && c <= 0x2E7F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F) ||
         (c >= 0xFF01 && c <= 0xFF0F) || c == 0xFEFF;
}


}  // namespace

char32_t nextCodePoint(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  auto cont = [&](std::size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
  };
  auto bits = [&](std::size_t k) { return static_cast<char32_t>(s[i + k] & 0x3F); };
  if (b0 < 0x80) { ++i; return b0; }
  if ((b0 & 0xE0) == 0xC0 && b0 >= 0xC2 && cont(1)) {
    const char32_t c = (static_cast<char32_t>(b0 & 0x1F) << 6) | bits(1);
    i += 2;
    return c;
  }
  if ((b0 & 0xF0) == 0xE0 && cont(1) && cont(2)) {
    const char32_t c = (static_cast<char32_t>(b0 & 0x0F) << 12) | (bits(1) << 6) | bits(2);
    if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) { i += 3; return c; }
  } else if ((b0 & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
    const char32_t c = (static_cast<char32_t>(b0 & 0x07) << 18) | (bits(1) << 12) | (bits(2) << 6) | bits(3);
    if (c >= 0x10000 && c <= 0x10FFFF) { i += 4; return c; }
  }
  ++i;   // invalid: skip one byte only, so a valid character right after is still read
  return 0xFFFD;
}

bool isSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

char baseLetter(char32_t c) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
    if (c >= 'a' && c <= 'z') return static_cast<char>(c);
    return 0;
  }
  if (c >= kLatinLo && c <= kLatinHi) return tables().latin[c - kLatinLo];
  if (c >= kExtLo && c <= kExtHi) return tables().ext[c - kExtLo];
  return 0;
}

std::string_view trimView(std::string_view s) {
  std::size_t begin = 0, end = s.size();
  while (begin < end) {
    const auto b = static_cast<unsigned char>(s[begin]);
    if (b < 0x80) {   // fast path for ASCII
      if (b == ' ' || (b >= '\t' && b <= '\r')) { ++begin; continue; }
      break;
    }
    std::size_t j = begin;
    if (!isSpace(nextCodePoint(s, j))) break;
    begin = j;
  }
  while (end > begin) {
    const auto b = static_cast<unsigned char>(s[end - 1]);
    if (b < 0x80) {
      if (b == ' ' || (b >= '\t' && b <= '\r')) { --end; continue; }
      break;
    }
    // Step back over continuation bytes (at most 3) to the start of the last character.
    std::size_t start = end - 1;
    while (start > begin && end - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    std::size_t j = start;
    if (!isSpace(nextCodePoint(s, j)) || j != end) break;
    end = start;
  }
  return s.substr(begin, end - begin);
}

std::string trim(std::string_view s) { return std::string(trimView(s)); }

void foldKeyInto(std::string_view s, std::string& out) {
  const std::size_t start = out.size();
  bool pendingSpace = false;
  auto put = [&](char ch) {
    if (pendingSpace && out.size() > start) out += ' ';
    pendingSpace = false;
    out += ch;
  };
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {   // fast path for ASCII
      ++i;
      if (b >= 'A' && b <= 'Z') put(static_cast<char>(b - 'A' + 'a'));
      else if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '%') put(static_cast<char>(b));
      else pendingSpace = true;
      continue;
    }
    const char32_t c = nextCodePoint(s, i);
    if (c == 0xFFFD) continue;      // invalid bytes (or a replacement character): dropped
    if (isCombining(c)) continue;   // NFD diacritics: the base letter came just before
    if (const char base = baseLetter(c)) { put(base); continue; }
    if (isSpace(c) || isPunctuation(c)) {
      pendingSpace = true;
      continue;
    }
    // A letter of another script: kept verbatim so different names stay different.
    if (pendingSpace && out.size() > start) out += ' ';
    pendingSpace = false;
    appendUtf8(out, c);
  }
}

std::string foldKey(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  foldKeyInto(s, out);
  return out;
}

namespace {

// Vietnamese letters to composed form, lower-cased when `lower`.
std::string composeVi(std::string_view s, bool lower) {
  const BaseTables& t = tables();
  std::string out;
  out.reserve(s.size());
  int series = -1, tone = 0, upper = 0;   // a vowel waiting for combining marks
  auto flush = [&] {
    if (series >= 0) appendUtf8(out, t.compose[upper][series][tone]);
    series = -1;
  };
  auto seriesOf = [&](char base, int mod) {
    for (int k = 0; k < kSeriesCount; ++k)
      if (kSeries[k].base == base && kSeries[k].mod == mod) return k;
    return -1;
  };
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = nextCodePoint(s, i);
    if (c < 0x80) {
      flush();
      const bool isUpper = c >= 'A' && c <= 'Z';
      const char l = isUpper ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
      const int k = seriesOf(l, 0);
      if (k >= 0) { series = k; tone = 0; upper = isUpper && !lower; }
      else out += lower ? l : static_cast<char>(c);
      continue;
    }
    if (c == 0xFFFD) continue;   // invalid bytes are dropped, as if never there
    unsigned char vn = 0;
    if (c >= kLatinLo && c <= kLatinHi) vn = t.latinVn[c - kLatinLo];
    else if (c >= kExtLo && c <= kExtHi) vn = t.extVn[c - kExtLo];
    if (vn) {
      flush();
      upper = (vn & kUpper) && !lower;
      vn &= static_cast<unsigned char>(~kUpper);
      series = (vn - 1) / 6;
      tone = (vn - 1) % 6;
      continue;
    }
    // Combining marks on a waiting vowel: tones, then circumflex/breve/horn.
    if (series >= 0) {
      int newTone = -1, mod = -1;
      switch (c) {
        case 0x300: case 0x340: newTone = 1; break;
        case 0x301: case 0x341: newTone = 2; break;
        case 0x309: newTone = 3; break;
        case 0x303: newTone = 4; break;
        case 0x323: newTone = 5; break;
        case 0x302: mod = 1; break;
        case 0x306: mod = 2; break;
        case 0x31B: mod = 3; break;
        default: break;
      }
      if (newTone > 0 && tone == 0) { tone = newTone; continue; }
      if (mod > 0 && kSeries[series].mod == 0) {
        const int k = seriesOf(kSeries[series].base, mod);
        if (k >= 0) { series = k; continue; }
      }
    }
    flush();
    if (lower && (c == 0x110 || c == 0xD0)) appendUtf8(out, 0x111);   // Đ (and look-alike Ð) → đ
    else appendUtf8(out, c);
  }
  flush();
  return out;
}

}  // namespace

std::string lowerVi(std::string_view s) { return composeVi(s, true); }
std::string nfcVi(std::string_view s) { return composeVi(s, false); }

std::string shorten(std::string_view s, std::size_t maxBytes) {
  if (s.size() <= maxBytes) return std::string(s);
  std::size_t n = maxBytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n)) + "\xE2\x80\xA6";
}

bool isBlank(std::string_view s) { return trimView(s).empty(); }

bool containsWords(std::string_view f, std::string_view w) {
  if (w.empty()) return false;
  for (std::size_t p = f.find(w); p != std::string_view::npos; p = f.find(w, p + 1)) {
    const bool a = p == 0 || f[p - 1] == ' ';
    const bool b = p + w.size() == f.size() || f[p + w.size()] == ' ';
    if (a && b) return true;
  }
  return false;
}

void splitFields(std::string_view line, std::vector<std::string>& out) {
  out.clear();
  out.emplace_back();
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '\t') {
      out.emplace_back();
    } else if (c == '\\' && i + 1 < line.size()) {
      const char n = line[++i];
      out.back() += n == 't' ? '\t' : n == 'n' ? '\n' : n;
    } else {
      out.back() += c;
    }
  }
}

}  // namespace p8::text
