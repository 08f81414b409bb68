// The AtomFilter (src/extract/atom_filter.h) answers exactly what running every regex with
// RE2::PartialMatch does, whatever the case of the text, for regexes with and without literal
// atoms; and so does PatternSet::Candidates, which uses it, on the real patterns.
#include "atom_filter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "test_support.h"

namespace kvreg {
namespace {

// The indices of `regexes` that PartialMatch `text`: what the filter must return.
std::vector<int> PlainLoop(const std::vector<const RE2*>& regexes, const std::string& text) {
  std::vector<int> matching;
  for (size_t i = 0; i < regexes.size(); ++i) {
    if (RE2::PartialMatch(text, *regexes[i])) matching.push_back(static_cast<int>(i));
  }
  return matching;
}

RE2::Options PatternOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  return options;
}

// Sentences in Swedish capitals and small letters, with the characters that fold like ASCII
// letters (the Kelvin sign K, the long s ſ, the Ångström sign Å), digits only, and bytes
// that are not UTF-8.
const std::vector<std::string>& Sentences() {
  static const std::vector<std::string> sentences = {
      "",
      "Samtliga deltar i klassen Äldreomsorg.",
      "SAMTLIGA DELTAR I KLASSEN ÄLDREOMSORG.",
      "ÄLDRENÄMNDEN ANMÄLER FÖRSKOLAN ÖSTERN TILL KVALITETSUTMÄRKELSEN 2022",
      "Äldrenämnden anmäler Förskolan Östern till Kvalitetsutmärkelsen 2022",
      "\u212Avalitet\u017Futmärkelsen 2023 delas ut i Stadshuset",  // Kelvin sign, long s
      "\u212Bsa förskola deltar",                                   // Ångström sign
      "ÅSA FÖRSKOLA DELTAR och åsa förskola deltar",
      "Ärende 12, dnr ÄN 2022/123-1.1",
      "Tävlingsbidragen ska lämnas in senast den 13 maj 2022.",
      "2022-14-26",
      "klassen deltar",  // the atoms of "deltar.*klassen", in the wrong order
      "Deltar \xC3 i klassen \xFF\xFE Skola",
      "Élevhemmet Énkel ÉN É",
  };
  return sentences;
}

TEST(AtomFilter, MatchesExactlyAsPartialMatch) {
  std::vector<std::unique_ptr<RE2>> owned;
  for (const char* pattern : {
           R"(deltar.*klassen)",                         // atoms, case-sensitive
           R"((?i)kvalitetsutmärkelse\pL*)",             // atoms, case-insensitive
           R"(Äldreomsorg|ÄLDRENÄMNDEN)",                // capitals, case-sensitive
           R"((?i:åsa) förskola)",                       // Å, Ä, Ö folded
           R"(\d{4}-\d{2}-\d{2})",                       // digits only
           R"(^\p{Lu}\pL+$)",                            // no atoms at all
           R"((?i)énkel)",                               // É
           R"([A-ZÅÄÖ]{2,4} \d{4}/\d{1,6})",             // a diary number
           R"((?i)\bkvalitet(?:s|ſ)utmärkelsen \d{4})",  // the long s in the regex
       }) {
    owned.push_back(std::make_unique<RE2>(pattern, PatternOptions()));
    ASSERT_TRUE(owned.back()->ok()) << pattern;
  }
  std::vector<const RE2*> regexes;
  for (const auto& re : owned) regexes.push_back(re.get());
  const std::unique_ptr<AtomFilter> filter = AtomFilter::Build(regexes);
  ASSERT_NE(filter, nullptr);
  EXPECT_FALSE(filter->atoms().empty());
  std::vector<int> found;
  for (const std::string& text : Sentences()) {
    filter->Matching(text, &found);
    EXPECT_EQ(found, PlainLoop(regexes, text)) << "'" << text << "'";
  }
}

// Atoms only say that a regex may match: "klassen deltar" has both atoms of
// "deltar.*klassen" and must not be taken for a match of it.
TEST(AtomFilter, RunsTheRegexesThatPassTheFilter) {
  RE2 ordered("deltar.*klassen", PatternOptions());
  const std::unique_ptr<AtomFilter> filter = AtomFilter::Build({&ordered});
  ASSERT_NE(filter, nullptr);
  std::vector<int> atoms;
  ASSERT_TRUE(filter->FindAtoms("klassen deltar", &atoms));
  EXPECT_EQ(atoms.size(), filter->atoms().size());  // every atom is there
  std::vector<int> found;
  filter->Matching("klassen deltar", &found);
  EXPECT_TRUE(found.empty());
  filter->MayMatch("klassen deltar", &found);  // unchecked: its atoms are there
  EXPECT_EQ(found, std::vector<int>{0});
  filter->MayMatch("klassen", &found);  // one atom missing
  EXPECT_TRUE(found.empty());
  filter->Matching("Förskolan deltar i klassen Skola", &found);
  EXPECT_EQ(found, std::vector<int>{0});
}

TEST(AtomFilter, NoRegexesMatchNothing) {
  const std::unique_ptr<AtomFilter> filter = AtomFilter::Build({});
  ASSERT_NE(filter, nullptr);
  std::vector<int> found = {7};
  filter->Matching("anything", &found);
  EXPECT_TRUE(found.empty());
}

// The atoms are found in any case, also where RE2's case folding takes a character for one
// of another script or block (the Kelvin sign for k, the long s for s, the Ångström sign
// for å), in ascending order and each once.
TEST(AtomFilter, FindsAtomsInAnyCaseAsRe2FoldsIt) {
  RE2 care("(?i)äldreomsorg|kvalitet|ks|åsa|é", PatternOptions());
  RE2 exact("Äldre.*KS", PatternOptions());  // case-sensitive: its atoms are lowercased too
  const std::unique_ptr<AtomFilter> filter = AtomFilter::Build({&care, &exact});
  ASSERT_NE(filter, nullptr);
  const std::vector<std::string>& atoms = filter->atoms();
  const auto id = [&atoms](const std::string& atom) {
    return static_cast<int>(std::find(atoms.begin(), atoms.end(), atom) - atoms.begin());
  };
  std::vector<int> expected;
  for (const char* atom : {"äldreomsorg", "kvalitet", "ks", "åsa", "é", "äldre"}) {
    ASSERT_LT(id(atom), static_cast<int>(atoms.size())) << atom;
    expected.push_back(id(atom));
  }
  std::sort(expected.begin(), expected.end());
  std::vector<int> found;
  for (const char* text : {"ÄLDREOMSORG \u212Avalitet \u212A\u017F \u212Bsa É \xFF",
                           "äldreomsorg KVALITET ks ÅSA é äldreomsorg"}) {
    ASSERT_TRUE(filter->FindAtoms(text, &found)) << text;
    EXPECT_EQ(found, expected) << text;
  }
  ASSERT_TRUE(filter->FindAtoms("Skola", &found));
  EXPECT_TRUE(found.empty());
}

// Every category's candidates on the real patterns are exactly the patterns that match; the
// joint ones of the sentence categories hold them (and perhaps some that do not match).
TEST(AtomFilter, RealPatternsCandidatesAreTheMatchingPatterns) {
  const PatternSet& patterns = testing::RealPatterns();
  std::vector<std::vector<int>> joint;
  std::vector<int> own;
  for (const std::string& sentence : Sentences()) {
    patterns.SentenceCandidates(sentence, &joint);
    for (const char* category :
         {"units", "unit_statements", "date_expressions", "fields", "not_units", "unit_details",
          "date_roles", "deadline_markers", "doc_kinds", "diary_numbers"}) {
      std::vector<const RE2*> regexes;
      for (const NamedPattern& p : patterns.Category(category)) regexes.push_back(p.regex.get());
      patterns.Candidates(category, sentence, &own);
      EXPECT_EQ(own, PlainLoop(regexes, sentence)) << category << " in '" << sentence << "'";
    }
    for (int c = 0; c < PatternSet::kSentenceCategories; ++c) {
      const char* name =
          PatternSet::SentenceCategoryName(static_cast<PatternSet::SentenceCategory>(c));
      patterns.Candidates(name, sentence, &own);
      EXPECT_TRUE(std::includes(joint[c].begin(), joint[c].end(), own.begin(), own.end()))
          << name << " in '" << sentence << "'";
    }
  }
}

}  // namespace
}  // namespace kvreg
