// Swedish order: å, ä, ö are letters of their own after z.
#include "kvreg/swedish_collation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace kvreg {
namespace {

TEST(SwedishCollation, PutsÅÄÖAfterZ) {
  std::vector<std::string> boards = {"Östermalms stadsdelsnämnd",
                                     "Älvsjö stadsdelsnämnd",
                                     "Åby",
                                     "Zeta",
                                     "Bromma stadsdelsnämnd",
                                     "Aalto"};
  const SwedishCollation collation;
  std::sort(boards.begin(), boards.end(),
            [&](const auto& a, const auto& b) { return collation.Less(a, b); });
  EXPECT_EQ(boards,
            (std::vector<std::string>{"Aalto", "Bromma stadsdelsnämnd", "Zeta", "Åby",
                                      "Älvsjö stadsdelsnämnd", "Östermalms stadsdelsnämnd"}));
}

TEST(SwedishCollation, CaseIsNotFirst) {
  const SwedishCollation collation;
  EXPECT_TRUE(collation.Less("enheten för vuxna", "Förskolan Ugglan"));
  EXPECT_TRUE(collation.Less("Enheten för vuxna", "förskolan Ugglan"));
}

}  // namespace
}  // namespace kvreg
