// The single-valued fields: kind, diary numbers, board and administration, paragraph, award
// year, decision, proposal, and the match loop all extractors share.
#include <algorithm>
#include <set>

#include "extract_internal.h"

namespace kvreg {

bool PatternMatch::Has(const std::string& name) const {
  auto it = re_.NamedCapturingGroups().find(name);
  return it != re_.NamedCapturingGroups().end() && groups_[it->second].data() != nullptr;
}

std::string PatternMatch::Get(const std::string& name) const {
  auto it = re_.NamedCapturingGroups().find(name);
  if (it == re_.NamedCapturingGroups().end()) return "";
  const re2::StringPiece& g = groups_[it->second];
  return g.data() == nullptr ? "" : std::string(g.data(), g.size());
}

size_t PatternMatch::Offset(const std::string& name) const {
  auto it = re_.NamedCapturingGroups().find(name);
  if (it == re_.NamedCapturingGroups().end() || groups_[it->second].data() == nullptr) {
    return Begin();
  }
  return groups_[it->second].data() - base_.data();
}

void ForEachMatch(const RE2& re, const std::string& text,
                  const std::function<void(const PatternMatch&)>& on_match) {
  ForEachMatchWhile(re, text, [&](const PatternMatch& m) {
    on_match(m);
    return true;
  });
}

void ForEachMatchWhile(const RE2& re, const std::string& text,
                       const std::function<bool(const PatternMatch&)>& on_match) {
  MatchGroups groups(re);
  const int count = groups.size();
  size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(text, pos, text.size(), RE2::UNANCHORED, groups.data(), count)) {
    // Continue after the last captured group, so a consumed boundary character can start
    // the next match.
    size_t next = groups[0].data() - text.data() + groups[0].size();
    size_t last_group_end = 0;
    for (int i = 1; i < count; ++i) {
      if (groups[i].data() != nullptr) {
        last_group_end =
            std::max(last_group_end, groups[i].data() - text.data() + groups[i].size());
      }
    }
    if (last_group_end > pos) next = last_group_end;
    if (!on_match(PatternMatch(re, groups, text))) return;
    pos = next > pos ? next : pos + 1;
  }
}

std::optional<std::string> FirstGroup(const RE2& re, const std::string& text,
                                      const std::string& group, size_t* offset) {
  std::optional<std::string> found;
  MatchGroups groups(re);
  if (re.Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(), groups.size())) {
    PatternMatch m(re, groups, text);
    found = m.Get(group);
    if (offset != nullptr) *offset = m.Offset(group);
  }
  return found;
}

void FindSentenceCandidates(ExtractionContext* ctx) {
  ctx->candidates.resize(ctx->sentences.size());
  for (size_t i = 0; i < ctx->sentences.size(); ++i) {
    ctx->patterns.SentenceCandidates(ctx->sentences[i].text, &ctx->candidates[i]);
  }
}

ExtractionContext SentenceContext(const PatternSet& patterns, const NormalizedText& text) {
  ExtractionContext ctx{patterns, text, SplitSentences(text.text, patterns.abbreviations()), {}};
  FindSentenceCandidates(&ctx);
  return ctx;
}

bool SentenceMatches(const ExtractionContext& ctx, size_t i, const RE2& pattern) {
  const auto& fields = ctx.patterns.Category("fields");
  const std::vector<int>& candidates = ctx.candidates[i][PatternSet::kFields];
  return std::any_of(candidates.begin(), candidates.end(),
                     [&](int c) { return fields[c].regex.get() == &pattern; }) &&
         RE2::PartialMatch(ctx.sentences[i].text, pattern);
}

bool IsGenericUnitWord(const PatternSet& patterns, const std::string& name) {
  const auto& not_units = patterns.Category("not_units");
  std::vector<int> candidates;  // only a pattern whose strings the name holds can match all of it
  patterns.MayMatch("not_units", name, &candidates);
  for (int c : candidates) {
    if (not_units[c].MayMatchWhole(name) && RE2::FullMatch(name, *not_units[c].regex)) return true;
  }
  return false;
}

std::string ExtractDocKind(const ExtractionContext& ctx) {
  std::vector<int> candidates;  // the kinds whose pattern matches, in file order
  ctx.patterns.Candidates("doc_kinds", ctx.text.text, &candidates);
  return candidates.empty() ? "other" : ctx.patterns.Category("doc_kinds")[candidates[0]].name;
}

std::vector<std::string> ExtractDiaryNumbers(const ExtractionContext& ctx) {
  std::vector<std::pair<size_t, std::string>> found;
  const auto& formats = ctx.patterns.Category("diary_numbers");
  std::vector<int> candidates;  // the formats found somewhere in the text
  ctx.patterns.Candidates("diary_numbers", ctx.text.text, &candidates);
  for (int c : candidates) {
    ForEachMatch(*formats[c].regex, ctx.text.text,
                 [&](const PatternMatch& m) { found.emplace_back(m.Offset("dnr"), m.Get("dnr")); });
  }
  // Left to right; at the same offset the longest number wins.
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second.size() > b.second.size();
  });
  std::vector<std::string> numbers;
  size_t covered_until = 0;
  for (const auto& [offset, number] : found) {
    if (offset < covered_until) continue;  // inside a number another pattern already took
    covered_until = offset + number.size();
    if (std::find(numbers.begin(), numbers.end(), number) == numbers.end()) {
      numbers.push_back(number);
    }
  }
  return numbers;
}

void ExtractBoard(const ExtractionContext& ctx, Record* record) {
  const PatternSet& patterns = ctx.patterns;
  const BoardEntry* board = nullptr;
  bool is_administration = false;
  // 1. The board the document is addressed to ("Till Södermalms stadsdelsnämnd").
  if (auto addressee = FirstGroup(*patterns.Get(PatternId::kAddressee), ctx.text.text, "board")) {
    std::string printed;
    if (RE2::PartialMatch(*addressee, patterns.board_names(), &printed)) {
      board = patterns.BoardByName(printed, &is_administration);
    }
  }
  // 2. The board or administration of a letterhead line or heading (a line that is only the
  // name: "Socialnämnden"), else the first board the running text names; 3. only when the
  // document names no board, the board of the diary number's prefix ("BRO 2024/172"): a
  // prefix may be shared ("SN" is Servicenämnden's, and a Socialnämnden number may begin so). The
  // administration is chosen the same way, but one the running text names only counts when it
  // serves the document's board: the city's central office is named in nearly every document as the
  // one the protocol goes to
  // ("stadsledningskontoret tillhanda").
  const BoardEntry* first_named[2] = {nullptr, nullptr};  // [letterhead?]
  const BoardEntry* first_administration[2] = {nullptr, nullptr};
  const std::string& text = ctx.text.text;
  // Later names change nothing once all four are found.
  auto all_found = [&] {
    return first_named[0] && first_named[1] && first_administration[0] && first_administration[1];
  };
  ForEachMatchWhile(patterns.board_names(), text, [&](const PatternMatch& m) {
    const std::string printed = m.Get("name");
    const BoardEntry* entry = patterns.BoardByName(printed, &is_administration);
    if (entry == nullptr) return true;
    const size_t begin = m.Offset("name");
    const size_t end = begin + printed.size();
    // A letterhead or footer: the name fills its line, or opens a block of its own.
    const bool block_start = begin == 0 || (begin >= 2 && text.compare(begin - 2, 2, "\n\n") == 0);
    const bool line_start = begin == 0 || text[begin - 1] == '\n';
    const bool own_line = block_start || (line_start && (end == text.size() || text[end] == '\n'));
    if (first_named[own_line] == nullptr && (own_line || !is_administration)) {
      first_named[own_line] = entry;
    }
    if (is_administration && first_administration[own_line] == nullptr) {
      first_administration[own_line] = entry;
    }
    return !all_found();
  });
  if (board == nullptr) board = first_named[1] ? first_named[1] : first_named[0];
  for (size_t i = 0; board == nullptr && i < record->diary_numbers.size(); ++i) {
    std::string prefix;
    static const RE2 kPrefix(R"(^(\p{Lu}{2,4}) )");  // compiled once
    if (RE2::PartialMatch(record->diary_numbers[i], kPrefix, &prefix)) {
      board = patterns.BoardByDiaryPrefix(prefix);
    }
  }
  const BoardEntry* administration = first_administration[1];
  if (administration == nullptr && first_administration[0] != nullptr &&
      (board == nullptr || board == first_administration[0])) {
    administration = first_administration[0];
    if (board == nullptr) board = administration;
  }
  if (administration != nullptr) record->administration = administration->administration;
  if (board != nullptr) record->board = board->board;
}

std::optional<int> ExtractAwardYear(const ExtractionContext& ctx) {
  const RE2& award = *ctx.patterns.Get(PatternId::kAwardMention);
  const RE2& prior = *ctx.patterns.Get(PatternId::kPriorParticipation);
  for (size_t i = 0; i < ctx.sentences.size(); ++i) {
    // "deltog också år 2022" is not this year.
    if (SentenceMatches(ctx, i, prior) || !SentenceMatches(ctx, i, award)) continue;
    if (auto text = FirstGroup(award, ctx.sentences[i].text, "year")) return std::stoi(*text);
  }
  return std::nullopt;
}

void ExtractDecisionAndProposal(const ExtractionContext& ctx, Record* record) {
  if (auto text = FirstGroup(*ctx.patterns.Get(PatternId::kDecision), ctx.text.text, "text")) {
    record->decision = CollapseWhitespace(*text);
  }
  if (auto text = FirstGroup(*ctx.patterns.Get(PatternId::kProposal), ctx.text.text, "text")) {
    record->proposal = CollapseWhitespace(*text);
  }
  if (auto number = FirstGroup(*ctx.patterns.Get(PatternId::kParagraph), ctx.text.text, "number")) {
    record->paragraph = "§ " + *number;
  }
}

}  // namespace kvreg
