// Batched writing of the register (the import's writer): documents of an open batch are seen
// by the same connection at once, reach other connections only when the batch is committed,
// and a batch never committed leaves nothing behind. Pages are indexed for search as their
// transaction commits, all of them, whatever was rolled back in between.
#include <gtest/gtest.h>

#include <algorithm>

#include "document_text_json.h"
#include "kvreg/register.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::Document;

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

// The files of the pages holding `word`, in order.
std::vector<std::string> Found(Register& reg, const std::string& word) {
  std::vector<SearchHit> hits;
  EXPECT_TRUE(reg.Search(word, 100, &hits).ok());
  std::vector<std::string> files;
  for (const SearchHit& hit : hits) files.push_back(hit.file);
  std::sort(files.begin(), files.end());
  return files;
}

// Pages that cannot be stored: two pages 1, so the second fails after the first was written.
const std::vector<StoredPage>& TwoPagesOne() {
  static const std::vector<StoredPage> pages = [] {
    DocumentText text;
    for (int i = 0; i < 2; ++i) {
      text.pages.push_back(PageText{});
      text.pages[i].number = 1;
      text.pages[i].lines.push_back(TextLine{});
      text.pages[i].lines[0].text = "Förskolan Trasig deltar 2024.";
    }
    return StorePages(text);
  }();
  return pages;
}

// FTS5's own check that its index matches the pages it indexed.
void ExpectSoundIndex(const std::string& path) {
  EXPECT_TRUE(
      testing::Query(path, "INSERT INTO page_search (page_search) VALUES ('integrity-check')")
          .empty());
}

// How many pages the search index counts: the first varint of FTS5's averages record (7 bits a
// byte, high bit set on all but the last). A page indexed twice counts twice.
int IndexedPages(const std::string& path) {
  const auto hex = testing::Query(path, "SELECT hex(block) FROM page_search_data WHERE id = 1");
  if (hex.size() != 1) return -1;
  int pages = 0;
  for (size_t i = 0; i + 1 < hex[0].size() && i < 8; i += 2) {
    const int byte = std::stoi(hex[0].substr(i, 2), nullptr, 16);
    pages = (pages << 7) | (byte & 0x7f);
    if ((byte & 0x80) == 0) break;
  }
  return pages;
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

TEST(RegisterBatch, EveryCommittedPageIsSearchableAndNoRolledBackOne) {
  testing::TempDir dir;
  std::unique_ptr<Register> writer, reader;
  ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &writer).ok());
  ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &reader).ok());
  ASSERT_TRUE(writer->BeginBatch().ok());
  // The batch's first document fails on its second page (two pages 1): its first page, the
  // first page of the transaction, is rolled back with it.
  EXPECT_FALSE(writer->AddDocument(Document("x", "Förskolan Trasig"), &TwoPagesOne()).ok());
  ASSERT_TRUE(Add(*writer, Document("a", "Förskolan Solrosen")).ok());
  ASSERT_TRUE(Add(*writer, Document("b", "Förskolan Ekorren")).ok());
  ASSERT_TRUE(writer->CommitBatch().ok());
  // Outside a batch, a document is indexed as it is added.
  ASSERT_TRUE(Add(*writer, Document("c", "Förskolan Ekorren")).ok());
  // A batch after that one indexes only its own pages (the earlier ones once).
  ASSERT_TRUE(writer->BeginBatch().ok());
  ASSERT_TRUE(Add(*writer, Document("d", "Förskolan Solrosen")).ok());
  ASSERT_TRUE(writer->CommitBatch().ok());

  using Files = std::vector<std::string>;
  EXPECT_EQ(Found(*reader, "Solrosen"), (Files{"a.pdf", "d.pdf"}));
  EXPECT_EQ(Found(*reader, "Ekorren"), (Files{"b.pdf", "c.pdf"}));
  EXPECT_EQ(Found(*reader, "deltar").size(), 4u);
  EXPECT_TRUE(Found(*reader, "Trasig").empty());
  EXPECT_EQ(IndexedPages(dir.Path("r.sqlite")), 4);
  ExpectSoundIndex(dir.Path("r.sqlite"));
}

// A long batch is indexed a chunk at a time between its documents: every page once, however
// the chunks fall, and none of a document that failed between them.
TEST(RegisterBatch, ALongBatchIndexesEveryPageOnce) {
  testing::TempDir dir;
  std::unique_ptr<Register> writer;
  ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &writer).ok());
  ASSERT_TRUE(writer->BeginBatch().ok());
  for (int i = 0; i < 300; ++i) {
    const std::string sha = "d" + std::to_string(i);
    ASSERT_TRUE(
        Add(*writer, Document(sha, i % 2 ? "Förskolan Ekorren" : "Förskolan Solrosen")).ok());
    if (i % 97 == 0) {
      EXPECT_FALSE(
          writer->AddDocument(Document("x" + sha, "Förskolan Trasig"), &TwoPagesOne()).ok());
    }
  }
  ASSERT_TRUE(writer->CommitBatch().ok());
  EXPECT_EQ(IndexedPages(dir.Path("r.sqlite")), 300);
  EXPECT_EQ(Found(*writer, "Ekorren").size(), 100u);  // the search's limit
  EXPECT_TRUE(Found(*writer, "Trasig").empty());
  ExpectSoundIndex(dir.Path("r.sqlite"));
}

// A failed document leaves no note of pages to index behind: the next writer may reuse their
// ids for pages it indexes itself, and indexing them twice would corrupt the index.
TEST(RegisterBatch, AFailedDocumentLeavesNothingToIndexLater) {
  testing::TempDir dir;
  std::unique_ptr<Register> first, second;
  ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &first).ok());
  ASSERT_TRUE(Register::Open(dir.Path("r.sqlite"), &second).ok());
  EXPECT_FALSE(first->AddDocument(Document("x", "Förskolan Trasig"), &TwoPagesOne()).ok());
  ASSERT_TRUE(
      Add(*second, Document("b", "Förskolan Ekorren")).ok());  // its page takes the id x's had
  ASSERT_TRUE(Add(*first, Document("c", "Förskolan Solrosen")).ok());
  EXPECT_EQ(Found(*first, "Ekorren"), std::vector<std::string>{"b.pdf"});
  EXPECT_EQ(Found(*first, "Solrosen"), std::vector<std::string>{"c.pdf"});
  EXPECT_EQ(IndexedPages(dir.Path("r.sqlite")), 2);
  ExpectSoundIndex(dir.Path("r.sqlite"));
}

}  // namespace
}  // namespace kvreg
