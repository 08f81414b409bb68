// FindPhrase: the whitespace-tolerant search that stands in for a regex per phrase.
#include "phrase_search.h"

#include <gtest/gtest.h>

#include <random>

namespace kvreg {
namespace {

TEST(FindPhrase, FindsANameBrokenOverALine) {
  const std::string text = "Deltar gör Förskolan\nBlåklinten och Förskolan Blåklinten.";
  EXPECT_EQ(FindPhrase(text, "Förskolan Blåklinten"), text.find("Förskolan\n"));
}

TEST(FindPhrase, IsCaseSensitiveAndLiteral) {
  EXPECT_EQ(FindPhrase("förskolan x", "Förskolan x"), std::string::npos);
  EXPECT_EQ(FindPhrase("Enhet (a.b)+ c", "(a.b)+ c"), 6u);
  EXPECT_EQ(FindPhrase("axb", "a.b"), std::string::npos);
}

TEST(FindPhrase, TwoSpacesNeedTwoWhitespaceCharacters) {
  EXPECT_EQ(FindPhrase("a b a \n b", "a  b"), 4u);
  EXPECT_EQ(FindPhrase("a b", "a  b"), std::string::npos);
}

TEST(FindPhrase, AgreesWithTheRegexOnOddPhrases) {
  for (const std::string phrase :
       {"", " a", "a ", "a\tb", "a\nb", "\xff", "a\xc3", "\xed\xa0\x80"}) {
    const std::string text = std::string("x a\tb a\nb \xff a\xc3 \xed\xa0\x80 a") + " a b";
    EXPECT_EQ(FindPhrase(text, phrase), FindPhraseWithRegex(text, phrase)) << phrase;
  }
}

// Random texts and phrases over a small alphabet with every kind of whitespace.
TEST(FindPhrase, AgreesWithTheRegexOnRandomText) {
  const std::vector<std::string> pieces = {"a", "b", "ö", " ", " ", "\n", "\t", "\r", "\f", "\v"};
  std::mt19937 random(42);
  auto make = [&](size_t length) {
    std::string s;
    for (size_t i = 0; i < length; ++i) s += pieces[random() % pieces.size()];
    return s;
  };
  for (int i = 0; i < 20000; ++i) {
    const std::string text = make(random() % 30);
    const std::string phrase = make(1 + random() % 6);
    ASSERT_EQ(FindPhrase(text, phrase), FindPhraseWithRegex(text, phrase))
        << "text '" << text << "' phrase '" << phrase << "'";
  }
}

}  // namespace
}  // namespace kvreg
