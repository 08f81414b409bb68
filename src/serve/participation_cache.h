// What many pages read again and again, kept between requests until the register changes:
// the participations of a year with their statuses (the overview, the export) and the index
// of documents by path (links from a participation to its documents). Each checks the
// register's data version (Register::DataVersion) on a connection of its own, so a commit by an
// import or a correction is seen at the next request. One request computes a stale entry while the
// others wait for it. Thread-safe.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "kvreg/register.h"
#include "kvreg/status.h"

namespace kvreg::serve {

struct ServeContext;

// A document as lists show it.
using DocumentEntry = DocumentListing;

// Every document in import order, and each one's id by its path (for links).
struct DocumentIndex {
  std::vector<DocumentEntry> entries;
  std::map<std::string, long long> ids;
  std::optional<long long> Id(const std::string& path) const {
    auto it = ids.find(path);
    return it == ids.end() ? std::nullopt : std::optional<long long>(it->second);
  }
};

// The participations the overview shows, and the facts around them.
struct YearView {
  std::vector<ParticipationView> participations;  // by board, then unit (Swedish order)
  std::vector<int> years;                         // every award year known, newest first
  int expected_rows = 0;                          // rows of the stored expected list
  std::string expected_origin;
};

class ParticipationCache {
 public:
  explicit ParticipationCache(ServeContext& context);
  ~ParticipationCache();
  // The participations of `year` (every year when nullopt), with the expected list's rows the
  // register lacks added as not_reported, as verify --expected adds them.
  Status Year(std::optional<int> year, std::shared_ptr<const YearView>* out);
  // Every document, in import order, and the id of a document by its path.
  Status Documents(std::shared_ptr<const DocumentIndex>* out);
  // The index as it is now; an empty one when the register cannot be read.
  std::shared_ptr<const DocumentIndex> Documents();

 private:
  // The register's data_version now; a change means another connection committed.
  long long Version();
  Status ComputeYear(std::optional<int> year, YearView* out);
  Status ComputeDocuments(DocumentIndex* out);
  // Forgets what the register's last commit made stale (with mutex_ held).
  void Refresh();

  ServeContext& context_;
  std::mutex version_mutex_;
  std::unique_ptr<Register> watch_;  // the connection of its own, opened at first need
  std::mutex mutex_;  // held while an entry is computed: one computes, the others wait
  long long version_ = -1;
  std::map<int, std::shared_ptr<const YearView>> years_;  // key 0: every year
  std::shared_ptr<const DocumentIndex> documents_;
};

}  // namespace kvreg::serve
