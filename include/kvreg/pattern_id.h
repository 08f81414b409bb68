// PatternId: the patterns of patterns/ that the extractors read by name, as constants. The
// schema (src/extract/pattern_schema.cpp) says for each its category, name, whether a folder
// must have it and which groups the extractors read from it; PatternSet::Load resolves every
// one once, so an extractor asks PatternSet::Get(PatternId) and never looks a name up by string.
#pragma once

namespace kvreg {

enum class PatternId : int {
  // fields*.re2
  kAboutAward,
  kAddressee,
  kAwardMention,
  kDecision,
  kProposal,
  kParagraph,
  kPriorParticipation,
  kOtherMatter,
  kAllUnitsSubject,
  kEnumerationQualifier,
  kItemOwner,
  // layout.re2
  kListItem,
  kClassHeading,
  kListIntroClass,
  kListIntroDepartment,
  kListIntroOperator,
  kItemGoesOn,
  kPageHeaderLine,
  kTableHeaderWord,
  kTableUnitColumn,
  kTableDepartmentColumn,
  kTableClassColumn,
  kTableOperatorColumn,
  kTableEmptyCell,
  kTableSectionRow,
  kTableNoOperator,
  // participation.re2
  kAwardWord,
  kParticipationCue,
  kNotParticipation,
  kAnnouncesUnits,
  kJoinsNames,
  kNamesAfter,
  kTakesPartWith,
  kDeclaredUnit,
  kKindBeforeName,
  kPossessiveKind,
  kPluralKind,
  kDepartmentOwner,
  kGenitiveNoun,
  kAppositionOpener,
  kAppositionEnd,
  kClassForAll,
  kSameClass,
  // unit_details.re2
  kConnective,
  kCount  // not a pattern: the number of ids
};

}  // namespace kvreg
