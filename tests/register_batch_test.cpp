// Batched writing of the register (the import's writer): documents of an open batch are seen
// by the same connection at once, reach other connections only when the batch is committed,
// and a batch never committed leaves nothing behind.
#include <gtest/gtest.h>

#include "kvreg/register.h"
#include "test_support.h"

namespace kvreg {
namespace {

Record Document(const std::string& sha, const std::string& unit) {
  Record r;
  r.file = sha + ".pdf";
  r.sha256 = sha;
  r.pages = 1;
  r.doc_kind = "official_report";
  r.award_year = 2024;
  UnitMention u;
  u.name = unit;
  u.source.page = 1;
  r.units.push_back(u);
  return r;
}

// Adds a document with one page of text (HasDocument counts documents with their text).
Status Add(Register& reg, const Record& record) {
  DocumentText text;
  text.pages.push_back(PageText{});
  text.pages[0].number = 1;
  text.pages[0].lines.push_back(TextLine{});
  text.pages[0].lines[0].text = record.units.at(0).name + " deltar 2024.";
  const std::vector<StoredPage> pages = StorePages(text);
  return reg.AddDocument(record, &pages);
}

bool Has(Register& reg, const std::string& sha) {
  bool found = false;
  EXPECT_TRUE(reg.HasDocument(sha, &found).ok());
  return found;
}

TEST(RegisterBatch, CommittedDocumentsAreThereWholeForEveryone) {
  testing::TempDir dir;
  std::unique_ptr<Register> writer, reader;
  ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &writer).ok());
  ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &reader).ok());
  ASSERT_TRUE(writer->BeginBatch().ok());
  ASSERT_TRUE(Add(*writer, Document("a", "Förskolan Solrosen")).ok());
  ASSERT_TRUE(Add(*writer, Document("b", "Förskolan Ekorren")).ok());
  ASSERT_TRUE(Add(*writer, Document("a", "Förskolan Solrosen")).ok());  // a copy: no-op
  EXPECT_TRUE(Has(*writer, "a"));   // the writer sees its batch at once
  EXPECT_FALSE(Has(*reader, "a"));  // others only after the commit
  ASSERT_TRUE(writer->CommitBatch().ok());
  EXPECT_TRUE(Has(*reader, "a"));
  EXPECT_TRUE(Has(*reader, "b"));
  std::vector<ParticipationView> rows;
  ASSERT_TRUE(reader->Participations(ParticipationQuery(), {}, &rows).ok());
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].documents.size(), 1u);
}

TEST(RegisterBatch, ABatchNeverCommittedLeavesNothing) {
  testing::TempDir dir;
  {
    std::unique_ptr<Register> writer;
    ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &writer).ok());
    ASSERT_TRUE(writer->BeginBatch().ok());
    ASSERT_TRUE(Add(*writer, Document("a", "Förskolan Solrosen")).ok());
  }  // closed mid-batch, as a killed import would leave it
  std::unique_ptr<Register> reader;
  ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &reader).ok());
  EXPECT_FALSE(Has(*reader, "a"));
  std::vector<ParticipationView> rows;
  ASSERT_TRUE(reader->Participations(ParticipationQuery(), {}, &rows).ok());
  EXPECT_TRUE(rows.empty());
}

}  // namespace
}  // namespace kvreg
