// Letter and digit classes compiled small. RE2 compiles \pL to about 1,200 instructions and
// \p{Lu} to about 800 (every Unicode range of the category as UTF-8 bytes), and repeats them at
// each use: patterns/ write \pL almost a hundred times, and one counted repetition of it
// ("[\pL ]{3,40}") made a program of 48,000 instructions. Every regex is compiled four times
// (forward, reverse, its category's prefilter, the joint one), so these classes were most of
// the time kvreg spent loading its patterns, before reading one document.
//
// The documents are Swedish, in Latin script, so a pattern's letter is read as a letter of
// the Latin script, and its capitals and small letters as those of Latin-1 and Latin
// Extended-A/B (every name of Europe: "Åsa", "Łukasz", "Šarić"); a digit is 0-9.
#include "compact_classes.h"

namespace kvreg {
namespace {

// Latin-1 and Latin Extended-A/B (U+0000..U+024F), general category Lu and Ll.
constexpr const char* kUpper =
    R"(\x{41}-\x{5A}\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}\x{102}\x{104}\x{106}\x{108})"
    R"(\x{10A}\x{10C}\x{10E}\x{110}\x{112}\x{114}\x{116}\x{118}\x{11A}\x{11C}\x{11E})"
    R"(\x{120}\x{122}\x{124}\x{126}\x{128}\x{12A}\x{12C}\x{12E}\x{130}\x{132}\x{134})"
    R"(\x{136}\x{139}\x{13B}\x{13D}\x{13F}\x{141}\x{143}\x{145}\x{147}\x{14A}\x{14C})"
    R"(\x{14E}\x{150}\x{152}\x{154}\x{156}\x{158}\x{15A}\x{15C}\x{15E}\x{160}\x{162})"
    R"(\x{164}\x{166}\x{168}\x{16A}\x{16C}\x{16E}\x{170}\x{172}\x{174}\x{176})"
    R"(\x{178}-\x{179}\x{17B}\x{17D}\x{181}-\x{182}\x{184}\x{186}-\x{187})"
    R"(\x{189}-\x{18B}\x{18E}-\x{191}\x{193}-\x{194}\x{196}-\x{198}\x{19C}-\x{19D})"
    R"(\x{19F}-\x{1A0}\x{1A2}\x{1A4}\x{1A6}-\x{1A7}\x{1A9}\x{1AC}\x{1AE}-\x{1AF})"
    R"(\x{1B1}-\x{1B3}\x{1B5}\x{1B7}-\x{1B8}\x{1BC}\x{1C4}\x{1C7}\x{1CA}\x{1CD})"
    R"(\x{1CF}\x{1D1}\x{1D3}\x{1D5}\x{1D7}\x{1D9}\x{1DB}\x{1DE}\x{1E0}\x{1E2}\x{1E4})"
    R"(\x{1E6}\x{1E8}\x{1EA}\x{1EC}\x{1EE}\x{1F1}\x{1F4}\x{1F6}-\x{1F8}\x{1FA})"
    R"(\x{1FC}\x{1FE}\x{200}\x{202}\x{204}\x{206}\x{208}\x{20A}\x{20C}\x{20E}\x{210})"
    R"(\x{212}\x{214}\x{216}\x{218}\x{21A}\x{21C}\x{21E}\x{220}\x{222}\x{224}\x{226})"
    R"(\x{228}\x{22A}\x{22C}\x{22E}\x{230}\x{232}\x{23A}-\x{23B}\x{23D}-\x{23E})"
    R"(\x{241}\x{243}-\x{246}\x{248}\x{24A}\x{24C}\x{24E})";
constexpr const char* kLower =
    R"(\x{61}-\x{7A}\x{B5}\x{DF}-\x{F6}\x{F8}-\x{FF}\x{101}\x{103}\x{105}\x{107})"
    R"(\x{109}\x{10B}\x{10D}\x{10F}\x{111}\x{113}\x{115}\x{117}\x{119}\x{11B}\x{11D})"
    R"(\x{11F}\x{121}\x{123}\x{125}\x{127}\x{129}\x{12B}\x{12D}\x{12F}\x{131}\x{133})"
    R"(\x{135}\x{137}-\x{138}\x{13A}\x{13C}\x{13E}\x{140}\x{142}\x{144}\x{146})"
    R"(\x{148}-\x{149}\x{14B}\x{14D}\x{14F}\x{151}\x{153}\x{155}\x{157}\x{159})"
    R"(\x{15B}\x{15D}\x{15F}\x{161}\x{163}\x{165}\x{167}\x{169}\x{16B}\x{16D}\x{16F})"
    R"(\x{171}\x{173}\x{175}\x{177}\x{17A}\x{17C}\x{17E}-\x{180}\x{183}\x{185})"
    R"(\x{188}\x{18C}-\x{18D}\x{192}\x{195}\x{199}-\x{19B}\x{19E}\x{1A1}\x{1A3})"
    R"(\x{1A5}\x{1A8}\x{1AA}-\x{1AB}\x{1AD}\x{1B0}\x{1B4}\x{1B6}\x{1B9}-\x{1BA})"
    R"(\x{1BD}-\x{1BF}\x{1C6}\x{1C9}\x{1CC}\x{1CE}\x{1D0}\x{1D2}\x{1D4}\x{1D6})"
    R"(\x{1D8}\x{1DA}\x{1DC}-\x{1DD}\x{1DF}\x{1E1}\x{1E3}\x{1E5}\x{1E7}\x{1E9})"
    R"(\x{1EB}\x{1ED}\x{1EF}-\x{1F0}\x{1F3}\x{1F5}\x{1F9}\x{1FB}\x{1FD}\x{1FF})"
    R"(\x{201}\x{203}\x{205}\x{207}\x{209}\x{20B}\x{20D}\x{20F}\x{211}\x{213}\x{215})"
    R"(\x{217}\x{219}\x{21B}\x{21D}\x{21F}\x{221}\x{223}\x{225}\x{227}\x{229}\x{22B})"
    R"(\x{22D}\x{22F}\x{231}\x{233}-\x{239}\x{23C}\x{23F}-\x{240}\x{242}\x{247})"
    R"(\x{249}\x{24B}\x{24D}\x{24F})";

// The contents (without brackets) of the class that stands for `escape` ("pL", "p{Lu}", ...),
// or nullptr when it is none of those this file makes small.
const char* CompactContents(std::string_view rest, size_t* length) {
  struct Replacement {
    std::string_view escape;
    const char* contents;
  };
  static const Replacement kReplacements[] = {
      {"pL", "\\p{Latin}"}, {"p{L}", "\\p{Latin}"}, {"p{Lu}", kUpper},
      {"p{Ll}", kLower},    {"pN", "0-9"},          {"p{N}", "0-9"},
  };
  for (const Replacement& r : kReplacements) {
    if (rest.substr(0, r.escape.size()) == r.escape) {
      *length = r.escape.size();
      return r.contents;
    }
  }
  return nullptr;
}

}  // namespace

std::string WithCompactClasses(std::string_view pattern) {
  std::string out;
  out.reserve(pattern.size());
  bool in_class = false;
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      size_t length = 0;
      const char* contents = CompactContents(pattern.substr(i + 1), &length);
      if (contents == nullptr) {
        out += pattern.substr(i, 2);  // any other escape, as written
        ++i;
        continue;
      }
      if (!in_class) out += '[';
      out += contents;
      if (!in_class) out += ']';
      i += length;
      continue;
    }
    if (c == '[' && !in_class) {
      in_class = true;
      out += c;
      // A ']' first in a class (after an optional '^') is a literal.
      if (i + 1 < pattern.size() && pattern[i + 1] == '^') out += pattern[++i];
      if (i + 1 < pattern.size() && pattern[i + 1] == ']') out += pattern[++i];
      continue;
    }
    if (c == ']' && in_class) in_class = false;
    out += c;
  }
  return out;
}

}  // namespace kvreg
