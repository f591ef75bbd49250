// Old Vietnamese encodings read as Unicode (see encoding.hpp). A cell typed in a TCVN3 or VNI
// font reaches us as Unicode Latin-1 look-alikes, or — for bytes 0x80–0x9F of a file Excel
// wrote — as their Windows-1252 characters; both map back to the font's bytes first.
// Detection is per sheet: one odd cell is a name with an accent, a sheet of them is an
// encoding. The reading that yields the most common Vietnamese syllables wins.
#include "core/parse/encoding.hpp"

#include "core/parse/text.hpp"

#include <iconv.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <unordered_set>

namespace p8 {
namespace {

// Windows-1252 characters of bytes 0x80–0x9F (0 = unassigned).
constexpr std::array<char32_t, 32> kCp1252 = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

int byteOf(char32_t cp) {
  if (cp < 0x100) return static_cast<int>(cp);
  for (std::size_t i = 0; i < kCp1252.size(); ++i)
    if (kCp1252[i] == cp) return static_cast<int>(0x80 + i);
  return -1;
}

// The bytes a legacy font saw; false when a character cannot come from one.
bool fontBytes(std::string_view text, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) { out += static_cast<char>(c); ++i; continue; }
    const int b = byteOf(text::nextCodePoint(text, i));
    if (b < 0) return false;
    out += static_cast<char>(b);
  }
  return true;
}

// ---- VNI: a base vowel followed by a mark character ----
// Vowels with their six tones (none, sắc, huyền, hỏi, ngã, nặng), lower then upper case.
struct VowelRow { char32_t lower[6], upper[6]; };
constexpr VowelRow kVowels[] = {
    {{U'a', U'á', U'à', U'ả', U'ã', U'ạ'}, {U'A', U'Á', U'À', U'Ả', U'Ã', U'Ạ'}},   // 0 a
    {{U'ă', U'ắ', U'ằ', U'ẳ', U'ẵ', U'ặ'}, {U'Ă', U'Ắ', U'Ằ', U'Ẳ', U'Ẵ', U'Ặ'}},   // 1 ă
    {{U'â', U'ấ', U'ầ', U'ẩ', U'ẫ', U'ậ'}, {U'Â', U'Ấ', U'Ầ', U'Ẩ', U'Ẫ', U'Ậ'}},   // 2 â
    {{U'e', U'é', U'è', U'ẻ', U'ẽ', U'ẹ'}, {U'E', U'É', U'È', U'Ẻ', U'Ẽ', U'Ẹ'}},   // 3 e
    {{U'ê', U'ế', U'ề', U'ể', U'ễ', U'ệ'}, {U'Ê', U'Ế', U'Ề', U'Ể', U'Ễ', U'Ệ'}},   // 4 ê
    {{U'i', U'í', U'ì', U'ỉ', U'ĩ', U'ị'}, {U'I', U'Í', U'Ì', U'Ỉ', U'Ĩ', U'Ị'}},   // 5 i
    {{U'o', U'ó', U'ò', U'ỏ', U'õ', U'ọ'}, {U'O', U'Ó', U'Ò', U'Ỏ', U'Õ', U'Ọ'}},   // 6 o
    {{U'ô', U'ố', U'ồ', U'ổ', U'ỗ', U'ộ'}, {U'Ô', U'Ố', U'Ồ', U'Ổ', U'Ỗ', U'Ộ'}},   // 7 ô
    {{U'ơ', U'ớ', U'ờ', U'ở', U'ỡ', U'ợ'}, {U'Ơ', U'Ớ', U'Ờ', U'Ở', U'Ỡ', U'Ợ'}},   // 8 ơ
    {{U'u', U'ú', U'ù', U'ủ', U'ũ', U'ụ'}, {U'U', U'Ú', U'Ù', U'Ủ', U'Ũ', U'Ụ'}},   // 9 u
    {{U'ư', U'ứ', U'ừ', U'ử', U'ữ', U'ự'}, {U'Ư', U'Ứ', U'Ừ', U'Ử', U'Ữ', U'Ự'}},   // 10 ư
    {{U'y', U'ý', U'ỳ', U'ỷ', U'ỹ', U'ỵ'}, {U'Y', U'Ý', U'Ỳ', U'Ỷ', U'Ỹ', U'Ỵ'}},   // 11 y
};
enum : int { A = 0, AB = 1, AC = 2, E = 3, EC = 4, I = 5, O = 6, OC = 7, OH = 8, U = 9, UH = 10, Y = 11 };

struct Letter {
  int vowel = -1, tone = 0;   // vowel row, or -1 for any other character
  bool upper = false;
  char32_t cp = 0;
};

int plainVowel(char c) {
  switch (c) {
    case 'a': return A; case 'e': return E; case 'i': return I; case 'o': return O; case 'u': return U; case 'y': return Y;
    default: return -1;
  }
}

// A VNI mark after a vowel: what the vowel becomes (-1 = unchanged) and its tone; false when
// the byte is no mark for this vowel.
bool vniMark(unsigned char b, int vowel, int& to, int& tone) {
  const unsigned char l = (b >= 0xC0 && b <= 0xDE && b != 0xD7) ? b + 0x20 : b;   // upper-case marks
  to = -1;
  switch (l) {   // tones on any vowel
    case 0xF9: tone = 1; return true;   // ù sắc
    case 0xF8: tone = 2; return true;   // ø huyền
    case 0xFB: tone = 3; return true;   // û hỏi
    case 0xF5: tone = 4; return true;   // õ ngã
    case 0xEF: tone = 5; return true;   // ï nặng
    default: break;
  }
  if (vowel == A || vowel == E || vowel == O) {   // circumflex, with a tone
    const int c = vowel == A ? AC : vowel == E ? EC : OC;
    switch (l) {
      case 0xE2: to = c; tone = 0; return true;   // â
      case 0xE1: to = c; tone = 1; return true;   // á
      case 0xE0: to = c; tone = 2; return true;   // à
      case 0xE5: to = c; tone = 3; return true;   // å
      case 0xE3: to = c; tone = 4; return true;   // ã
      case 0xE4: to = c; tone = 5; return true;   // ä
      default: break;
    }
  }
  if (vowel == A) {   // breve, with a tone
    switch (l) {
      case 0xEA: to = AB; tone = 0; return true;   // ê
      case 0xE9: to = AB; tone = 1; return true;   // é
      case 0xE8: to = AB; tone = 2; return true;   // è
      case 0xFA: to = AB; tone = 3; return true;   // ú
      case 0xFC: to = AB; tone = 4; return true;   // ü
      case 0xEB: to = AB; tone = 5; return true;   // ë
      default: break;
    }
  }
  return false;
}

// Letters VNI writes with one byte: đ, ơ, ư and the i's with their tones.
Letter vniSingle(unsigned char b) {
  Letter x;
  const bool up = b >= 0xC0 && b <= 0xDE;
  const unsigned char l = up ? b + 0x20 : b;
  x.upper = up;
  switch (l) {
    case 0xF1: x.cp = up ? U'Đ' : U'đ'; return x;
    case 0xF4: x.vowel = OH; return x;
    case 0xF6: x.vowel = UH; return x;
    case 0xED: x.vowel = I; x.tone = 1; return x;
    case 0xEC: x.vowel = I; x.tone = 2; return x;
    case 0xE6: x.vowel = I; x.tone = 3; return x;
    case 0xF3: x.vowel = I; x.tone = 4; return x;
    case 0xF2: x.vowel = I; x.tone = 5; return x;
    default: break;
  }
  x.upper = false;
  x.cp = b;   // Latin-1 as it is
  return x;
}

std::unordered_set<std::string> syllables() {
  static const char* const words[] = {
      "huyen", "tinh", "xa", "phuong", "thanh", "pho", "thi", "tran", "tong", "cong", "chi", "tieu", "thuc", "hien",
      "ke", "hoach", "don", "vi", "noi", "dung", "phan", "bo", "so", "nam", "nguoi", "to", "hoi", "phu", "nu",
      "giai", "doan", "bac", "kan", "cho", "moi", "ba", "be", "thong", "ngan", "son", "na", "ri", "pac", "truyen",
      "dia", "tin", "cay", "lop", "cuoc", "tap", "huan", "can", "dan", "toc", "lien", "hiep", "bao", "cao", "ket",
      "qua", "luy", "ke", "ty", "le", "ghi", "chu", "tre", "em", "thu", "linh", "cua", "su", "thay", "doi", "doi",
      "thoai", "chinh", "sach", "tiet", "kiem", "vay", "von", "ban", "sinh", "ky", "cap", "du", "an", "binh", "dang",
      "gioi", "lanh", "dao", "giam", "sat", "danh", "gia", "long", "ghep", "chuong", "trinh", "trong", "do", "cac",
      "va", "cho", "de", "duoc", "khong", "co", "mot", "nhung", "lam", "viec", "uy", "nhan", "ngay", "thang", "muc",
      "hoat", "dong", "uoc", "dat", "vuot", "tien", "nhom", "clb", "cau", "lac", "tuyen", "truyen", "van", "dong",
      "ho", "tro", "nang", "chat", "luong", "duy", "tri", "thon", "xom", "ap", "nong", "thi", "huong", "dan", "cuu",
      "thai", "nguyen", "ninh", "thuan", "ca", "nhan", "tap", "the", "hop", "kinh", "phi", "trieu", "dong", "nghin"};
  return {std::begin(words), std::end(words)};
}

int syllableHits(const std::string& text) {
  static const std::unordered_set<std::string> known = syllables();
  const std::string f = text::foldKey(text);
  int hits = 0;
  std::size_t start = 0;
  while (start < f.size()) {
    std::size_t end = f.find(' ', start);
    if (end == std::string::npos) end = f.size();
    if (end > start && known.count(f.substr(start, end - start))) ++hits;
    start = end + 1;
  }
  return hits;
}

// Words of a text that hold a non-ASCII letter: the ones an encoding changes.
int changedWordHits(const std::string& original, const std::string& decoded) {
  return original == decoded ? -1 : syllableHits(decoded);
}

}  // namespace

const char* legacyEncodingName(LegacyEncoding e) {
  switch (e) {
    case LegacyEncoding::Tcvn3: return "TCVN3 (ABC)";
    case LegacyEncoding::Vni: return "VNI";
    case LegacyEncoding::None: return "";
  }
  return "";
}

bool mayBeLegacy(std::string_view text) {
  bool high = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) { ++i; continue; }
    if (c >= 0xE0 && !(c == 0xE2 && i + 1 < text.size())) return false;   // U+0800 and up, bar U+20xx/21xx
    high = true;
    if (byteOf(text::nextCodePoint(text, i)) < 0) return false;
  }
  return high;
}

std::string decodeTcvn3(std::string_view text) {
  std::string bytes;
  if (!fontBytes(text, bytes) || bytes.size() == text.size()) return std::string(text);
  iconv_t cd = iconv_open("UTF-8", "TCVN5712-1");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::string(text);
  std::string out(bytes.size() * 4 + 8, '\0');
  char* in = bytes.data();
  std::size_t inLeft = bytes.size();
  char* dst = out.data();
  std::size_t outLeft = out.size();
  const std::size_t rc = iconv(cd, &in, &inLeft, &dst, &outLeft);
  iconv(cd, nullptr, nullptr, &dst, &outLeft);   // flush a pending base letter
  iconv_close(cd);
  if (rc == static_cast<std::size_t>(-1) && inLeft > 0) return std::string(text);
  out.resize(out.size() - outLeft);
  return out;
}

std::string decodeVni(std::string_view text) {
  std::string bytes;
  if (!fontBytes(text, bytes) || bytes.size() == text.size()) return std::string(text);
  std::vector<Letter> letters;
  for (unsigned char b : bytes) {
    if (b < 0x80) {
      Letter x;
      const char lower = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      x.vowel = plainVowel(lower);
      x.upper = b >= 'A' && b <= 'Z';
      x.cp = b;
      letters.push_back(x);
      continue;
    }
    if (!letters.empty() && letters.back().vowel >= 0 && letters.back().tone == 0) {
      Letter& v = letters.back();
      int to = -1, tone = 0;
      if (vniMark(b, v.vowel, to, tone)) {
        if (to >= 0) v.vowel = to;
        v.tone = tone;
        continue;
      }
    }
    letters.push_back(vniSingle(b));
  }
  std::string out;
  for (const Letter& x : letters) {
    if (x.vowel < 0) { text::appendUtf8(out, x.cp); continue; }
    const VowelRow& row = kVowels[x.vowel];
    text::appendUtf8(out, x.upper ? row.upper[x.tone] : row.lower[x.tone]);
  }
  return out;
}

std::string decodeLegacy(std::string_view text, LegacyEncoding e) {
  switch (e) {
    case LegacyEncoding::Tcvn3: return decodeTcvn3(text);
    case LegacyEncoding::Vni: return decodeVni(text);
    case LegacyEncoding::None: break;
  }
  return std::string(text);
}

std::string encodeTcvn3(std::string_view utf8) {
  iconv_t cd = iconv_open("TCVN5712-1", "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::string(utf8);
  std::string in(utf8);
  std::string bytes(in.size() * 2 + 8, '\0');
  char* src = in.data();
  std::size_t inLeft = in.size();
  char* dst = bytes.data();
  std::size_t outLeft = bytes.size();
  const std::size_t rc = iconv(cd, &src, &inLeft, &dst, &outLeft);
  iconv_close(cd);
  if (rc == static_cast<std::size_t>(-1)) return std::string(utf8);
  bytes.resize(bytes.size() - outLeft);
  std::string out;   // each byte as the character a Latin-1 / Windows-1252 reader shows
  for (unsigned char b : bytes) {
    char32_t cp = b;
    if (b >= 0x80 && b < 0xA0 && kCp1252[b - 0x80]) cp = kCp1252[b - 0x80];
    text::appendUtf8(out, cp);
  }
  return out;
}

LegacyEncoding detectLegacyEncoding(const std::vector<std::string_view>& texts) {
  int candidates = 0, unicode = 0, raw = 0, tcvn = 0, vni = 0;
  for (std::string_view t : texts) {
    bool ascii = true;
    for (char c : t) ascii &= static_cast<unsigned char>(c) < 0x80;
    if (ascii) continue;
    if (!mayBeLegacy(t)) { ++unicode; continue; }
    if (++candidates > 400) break;
    const std::string s(t);
    raw += syllableHits(s);
    tcvn += std::max(0, changedWordHits(s, decodeTcvn3(s)));
    vni += std::max(0, changedWordHits(s, decodeVni(s)));
  }
  if (candidates < 2 || candidates <= 2 * unicode) return LegacyEncoding::None;
  const int best = std::max(tcvn, vni);
  if (best < 2 || best < raw + 2) return LegacyEncoding::None;
  return tcvn >= vni ? LegacyEncoding::Tcvn3 : LegacyEncoding::Vni;
}

}  // namespace p8
