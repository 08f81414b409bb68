// Units in lists: the items of a bulleted or numbered list ("• X, avdelningen Y", "1. X") are
// units when the list stands under a line that introduces participants (a participation cue
// ending in a colon: "Inom fritidsverksamheten deltar:") or under a class heading ("Klass
// Skola:"), which gives the items below it their class. Read line by line, since a numbered
// list's "1." would otherwise be taken for a sentence's end; an item's wrapped lines are
// joined, and the list goes on over a page break (the page's header lines between).
#include <cctype>

#include "extract_internal.h"
#include "unit_items.h"

namespace kvreg {
namespace {

// The longest line read as a class heading ("Klass Socialtjänst samt stöd och service …:").
constexpr size_t kLongestHeading = 110;

struct Line {
  std::string text;
  size_t offset = 0;
  size_t block_start = 0;  // index of the first line of its block (paragraph)
};

std::vector<Line> Lines(const NormalizedText& text) {
  std::vector<Line> lines;
  const std::string& t = text.text;
  const size_t end = std::min(t.size(), text.furniture_start);
  size_t begin = 0, block = 0;
  while (begin < end) {
    size_t stop = t.find('\n', begin);
    if (stop == std::string::npos || stop > end) stop = end;
    std::string line = CollapseWhitespace(std::string_view(t).substr(begin, stop - begin));
    if (line.empty()) {
      block = lines.size();
    } else {
      lines.push_back({std::move(line), begin, block});
    }
    begin = stop + 1;
  }
  return lines;
}

// The item's text without its marker, or nullopt when the line is no list item.
std::optional<std::string> ListItem(const PatternSet& patterns, const std::string& line) {
  const RE2* marker = patterns.Get(PatternId::kListItem);
  if (marker == nullptr) return std::nullopt;
  re2::StringPiece rest(line);
  if (!RE2::Consume(&rest, *marker)) return std::nullopt;
  return std::string(rest);
}

// The class of a class heading ("Klass Skola:", "Tävlingsklass Förskola"), or "".
std::string ClassHeading(const PatternSet& patterns, const std::string& line) {
  // Most lines name no class at all: ask the classes first, the heading's form after.
  if (patterns.ClassIn(line).empty()) return "";
  const RE2* heading = patterns.Get(PatternId::kClassHeading);
  std::string named;
  if (heading == nullptr || !RE2::FullMatch(line, *heading, &named)) return "";
  return patterns.ClassIn(named);
}

// The class of a class heading at lines[*i], perhaps wrapped over two lines of its block
// ("Socialtjänst samt … inkl." ⏎ "myndighetsutövning"; *i moves to its last line), or "".
std::string ClassHeadingAt(const PatternSet& patterns, const std::vector<Line>& lines, size_t* i) {
  const Line& line = lines[*i];
  if (*i + 1 < lines.size() && lines[*i + 1].block_start == line.block_start &&
      line.text.size() + lines[*i + 1].text.size() < kLongestHeading &&
      !ListItem(patterns, lines[*i + 1].text)) {
    const std::string joined = line.text + " " + lines[*i + 1].text;
    // Most lines name no class, so that is asked first; an intro wrapped before its class
    // ("…, samtliga i klassen" ⏎ "Andra verksamheter:") names one and is still no heading.
    std::string wrapped = ClassHeading(patterns, joined);
    if (!wrapped.empty() && !SaysUnitsTakePart(patterns, joined)) {
      ++*i;
      return wrapped;
    }
  }
  return line.text.size() <= kLongestHeading ? ClassHeading(patterns, line.text) : "";
}

// True when a line ends where a sentence or a heading may end.
bool GoesNoFurther(const std::string& line) {
  const char last = line.empty() ? '.' : line.back();
  return last == '.' || last == ':' || last == '!' || last == '?';
}

// True when `text`, ending in a colon, says the units after it take part. The cue may stand in
// the sentence before ("… har skickat in bidrag. De är, med avdelning och klass:"); what says
// they do not (not_participation) counts only in the colon's own sentence, so that "… fler än
// något tidigare år. Deltagarna är:" still introduces them.
bool IntroducesParticipants(const PatternSet& patterns, const std::string& text) {
  if (text.empty() || text.back() != ':') return false;
  const std::vector<Sentence> sentences = SplitSentences(text, patterns.abbreviations());
  const RE2* cue = patterns.Get(PatternId::kParticipationCue);
  const RE2* not_cue = patterns.Get(PatternId::kNotParticipation);
  return cue != nullptr && RE2::PartialMatch(text, *cue) &&
         (not_cue == nullptr || sentences.empty() ||
          !RE2::PartialMatch(sentences.back().text, *not_cue));
}

// A line of a page's header or footer that may stand between a list's items across a page
// break ("Tjänsteutlåtande", "Dnr …", "Sida 2 (3)", a date).
bool IsPageHeaderLine(const PatternSet& patterns, const std::string& line) {
  const RE2* header = patterns.Get(PatternId::kPageHeaderLine);
  return header != nullptr && RE2::FullMatch(line, *header);
}

// True when the item's text so far ends where it cannot end (layout.re2 item_goes_on), or
// inside brackets ("(avd. Kontaktcenter" ⏎ "Stockholm)").
bool ItemGoesOn(const PatternSet& patterns, const std::string& item) {
  if (std::count(item.begin(), item.end(), '(') > std::count(item.begin(), item.end(), ')')) {
    return true;
  }
  const RE2* goes_on = patterns.Get(PatternId::kItemGoesOn);
  return goes_on != nullptr && RE2::PartialMatch(item, *goes_on);
}

// The number of a numbered list's item ("3. …", "3) …"), or 0.
int ItemNumber(const std::string& line) {
  int number = 0;
  size_t k = 0;
  for (; k < line.size() && k < 3 && std::isdigit(static_cast<unsigned char>(line[k])); ++k) {
    number = number * 10 + (line[k] - '0');
  }
  return k > 0 && k + 1 < line.size() && (line[k] == '.' || line[k] == ')') && line[k + 1] == ' '
             ? number
             : 0;
}

// How many lines a numbered item may wrap to before the next number.
constexpr size_t kMaxWrappedLines = 4;

// Appends to the item at lines[*i] its wrapped lines, and moves *i to the last: the next lines
// that are no item and start in lower case, or follow a line that cannot end an item ("… —
// klass" ⏎ "Äldreomsorg"), over a page's foot and head ("…; avd." ⏎ "Justerat 2013-05-30" ⏎
// "äldreomsorg; klass: …", "… för stadens" ⏎ "Serviceförvaltningen Dnr SF 2016/0142" ⏎
// "pedagogiska personal, …").
void AppendWrappedLines(const PatternSet& patterns, const std::vector<Line>& lines, size_t* i,
                        std::string* item) {
  // In a numbered list every line before the next number is the item's, whatever it begins
  // with: "2. Kungsklippans vård- och omsorgsboende – äldreomsorgsavdelningen" ⏎ "– klass
  // Äldreomsorg" ⏎ "3. …", "… utförare Omsorgsbolaget" ⏎ "Lyktan AB – klass …" ⏎ "4. …".
  if (const int number = ItemNumber(lines[*i].text); number > 0) {
    for (size_t next = *i + 1; next < lines.size() && next <= *i + kMaxWrappedLines; ++next) {
      if (ItemNumber(lines[next].text) == number + 1) {
        for (size_t k = *i + 1; k < next; ++k) {
          if (!IsPageHeaderLine(patterns, lines[k].text)) *item += " " + lines[k].text;
        }
        *i = next - 1;
        return;
      }
      // Another list, or a heading over the next items ("Äldreomsorg", "Klass Skola:"), is no
      // wrapped line.
      if (ItemNumber(lines[next].text) > 0 || lines[next].text.back() == ':' ||
          !ClassHeading(patterns, lines[next].text).empty()) {
        break;
      }
    }
  }
  for (size_t next = *i + 1; next < lines.size(); ++next) {
    const std::string& text = lines[next].text;
    const bool goes_on = ItemGoesOn(patterns, *item);
    // A page's foot and head between the item's lines: skipped where the item cannot end
    // there or its text goes on in lower case after them.
    if (IsPageHeaderLine(patterns, text) && next + 1 < lines.size() &&
        (goes_on ||
         (!StartsWithCapital(lines[next + 1].text) && !ListItem(patterns, lines[next + 1].text)))) {
      continue;
    }
    if (ListItem(patterns, text) || (StartsWithCapital(text) && !goes_on) || text.back() == ':') {
      break;
    }
    // A class heading in lower case over the next items ("• Förskolan Myrstacken, avdelningen
    // för förskoleverksamhet" ⏎ "äldreomsorg" ⏎ "• Hemtjänsten …") is no wrapped line.
    if (!goes_on && next + 1 < lines.size() && ListItem(patterns, lines[next + 1].text) &&
        !ClassHeading(patterns, text).empty()) {
      break;
    }
    *item += " " + text;
    *i = next;
  }
}

// What the list's intro says of all its items (layout.re2 list_intro_class,
// list_intro_department, list_intro_operator): the group of the first match, or "".
std::string IntroGroup(const PatternSet& patterns, PatternId id, const char* group,
                       const std::string& intro) {
  const RE2* re = patterns.Get(id);
  if (re == nullptr) return "";
  std::string found = FirstGroup(*re, intro, group).value_or("");
  if (id != PatternId::kListIntroDepartment) return found;
  // A department ends where the sentence's verb begins: "Samtliga enheter nedan tillhör
  // avdelningen för funktionsnedsättning och tävlar i klassen …"
  found.resize(EndOfAppositions(patterns, found));
  return WithoutTrailingConnective(std::move(found));
}

// The line at lines[i], with the colon an intro may leave out: a line that ends no sentence
// ("De nominerade verksamheterna och deras tävlingsklasser är" ⏎ "• …") or ends one with a
// full stop ("Samtliga tre enheter tävlar i klassen …." ⏎ "a) …", an agenda item's sub-items),
// right above a list's first item, a bullet or letter, in a sentence that says units take part
// (not a heading such as "Förslag till beslut" over the numbered points of a decision, nor a
// page's head between a list's items).
std::string WithIntroColon(const PatternSet& patterns, const std::vector<Line>& lines, size_t i) {
  const std::string& line = lines[i].text;
  // The next line first: most lines have no list item below them.
  const bool full_stop = !line.empty() && line.back() == '.';
  if ((GoesNoFurther(line) && !full_stop) || i + 1 >= lines.size() ||
      !ListItem(patterns, lines[i + 1].text) ||
      std::isdigit(static_cast<unsigned char>(lines[i + 1].text[0])) || ListItem(patterns, line) ||
      IsPageHeaderLine(patterns, line)) {
    return line;
  }
  std::string paragraph;
  for (size_t k = lines[i].block_start; k <= i; ++k) paragraph += lines[k].text + " ";
  const std::vector<Sentence> sentences = SplitSentences(paragraph, patterns.abbreviations());
  if (sentences.empty()) return line;
  std::string last = sentences.back().text;
  if (full_stop && !last.empty() && last.back() == '.') last.pop_back();
  if (!IntroducesParticipants(patterns, last + ":")) return line;
  return full_stop ? line.substr(0, line.size() - 1) + ":" : line + ":";
}

}  // namespace

void AddUnitsFromLists(const ExtractionContext& ctx, const TableTexts& tables,
                       UnitCollector* collector) {
  const std::vector<Line> lines = Lines(ctx.text);
  bool in_list = false;
  std::string list_class, list_department, list_operator;
  size_t item_end = lines.size();  // the last line of the last item read
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string line = WithIntroColon(ctx.patterns, lines, i);
    // An intro that names a class is no class heading, though it has a heading's form; an
    // intro that needs the line before it to say so ("De deltagande enheterna redovisas per
    // tävlingsklass." ⏎ "Klass Skola:") is one.
    const bool intro_alone = line.back() == ':' && IntroducesParticipants(ctx.patterns, line);
    // Under a class heading, a line that gives the department of the items below it:
    // "Samtliga i denna klass hör till avdelningen för äldreomsorg:"
    if (in_list && line.back() == ':' && !intro_alone) {
      std::string department =
          IntroGroup(ctx.patterns, PatternId::kListIntroDepartment, "department", line);
      if (!department.empty()) {
        list_department = std::move(department);
        continue;
      }
    }
    // The last line of a paragraph that goes on from the line above ("…, samtliga i klassen" ⏎
    // "Andra verksamheter:") is no heading.
    // (A line right after an item's last wrapped line goes on from no paragraph.)
    const bool goes_on = i > 0 && lines[i].block_start < i && !GoesNoFurther(lines[i - 1].text) &&
                         !ListItem(ctx.patterns, lines[i - 1].text) && item_end + 1 != i;
    const std::string heading_class =
        intro_alone || goes_on ? "" : ClassHeadingAt(ctx.patterns, lines, &i);
    if (!heading_class.empty()) {
      in_list = true;
      list_class = heading_class;
      list_department.clear();
      continue;
    }
    if (line.back() == ':') {
      // The intro is the paragraph that ends in the colon ("… har skickat in tävlingsbidrag. De
      // är, med avdelning och tävlingsklass:"), or the line before it when the paragraph is
      // that line alone.
      std::string intro;
      for (size_t k = lines[i].block_start == i && i > 0 ? i - 1 : lines[i].block_start; k < i; ++k)
        intro += lines[k].text + " ";
      intro += line;
      if (intro_alone) intro = line;
      if (intro_alone || IntroducesParticipants(ctx.patterns, intro)) {
        in_list = true;
        list_class = IntroGroup(ctx.patterns, PatternId::kListIntroClass, "class", intro);
        if (!list_class.empty()) list_class = ctx.patterns.ClassIn(list_class);
        list_department =
            IntroGroup(ctx.patterns, PatternId::kListIntroDepartment, "department", intro);
        list_operator = IntroGroup(ctx.patterns, PatternId::kListIntroOperator, "operator", intro);
        continue;
      }
    }
    std::optional<std::string> item = ListItem(ctx.patterns, line);
    if (!item) {
      if (in_list && !IsPageHeaderLine(ctx.patterns, line)) in_list = false;
      continue;
    }
    if (!in_list) continue;
    AppendWrappedLines(ctx.patterns, lines, &i, &*item);
    item_end = i;
    // "– Förskolan Enskede gård Förskola", "– Silvergruppen Omsorg AB": a table's row or cell read
    // line by line, its dash taken for a bullet.
    if (IsTableText(tables, *item)) continue;
    Sentence where;
    where.text = *item;
    where.offset = lines[i].offset;
    for (UnitMention& unit :
         ReadEnumeration(ctx.patterns, SplitEnumeration(ctx.patterns, WithoutDescription(*item),
                                                        Separators::kConjunctions))) {
      if (!unit.competition_class && !list_class.empty()) unit.competition_class = list_class;
      if (!unit.department && !list_department.empty()) unit.department = list_department;
      if (!unit.operator_name && !list_operator.empty()) unit.operator_name = list_operator;
      unit.via = "list";
      collector->Add(std::move(unit), where);
    }
  }
}

}  // namespace kvreg
