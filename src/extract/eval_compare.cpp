// Field-by-field comparison of an extracted record with its gold record, and the TP/FP/FN
// counting rules documented in kvreg/eval.h.
#include <algorithm>
#include <optional>
#include <set>

#include "kvreg/eval.h"

namespace kvreg {
namespace {

class Comparer {
 public:
  Comparer(const GoldRecord& gold, RecordComparison* out) : gold_(gold), out_(out) {}

  // A scalar field: absent values are std::nullopt. `field_key` names the field's acceptable
  // alternatives in the gold (the field itself unless a unit's sub-field).
  void Scalar(const std::string& field, const std::optional<std::string>& gold,
              const std::optional<std::string>& got) {
    if (gold_.skipped.count(field) != 0) return;
    FieldCounts& c = out_->fields[field];
    if (gold && got && (*gold == *got || IsAlternative(field, *got))) {
      ++c.tp;
      return;
    }
    if (!gold && !got) return;
    if (got) ++c.fp;
    if (gold) ++c.fn;
    out_->discrepancies.push_back({field, gold.value_or(""), got.value_or("")});
  }

  // A list field matched as a set of items (each item's comparison key).
  void Set(const std::string& field, const std::vector<std::string>& gold,
           const std::vector<std::string>& got) {
    if (gold_.skipped.count(field) != 0) return;
    FieldCounts& c = out_->fields[field];
    const std::set<std::string> gold_set(gold.begin(), gold.end());
    const std::set<std::string> got_set(got.begin(), got.end());
    for (const std::string& item : gold_set) {
      if (got_set.count(item) != 0) {
        ++c.tp;
      } else {
        ++c.fn;
        out_->discrepancies.push_back({field, item, ""});
      }
    }
    for (const std::string& item : got_set) {
      if (gold_set.count(item) == 0) {
        ++c.fp;
        out_->discrepancies.push_back({field, "", item});
      }
    }
  }

 private:
  bool IsAlternative(const std::string& field, const std::string& got) const {
    auto it = gold_.alternatives.find(field);
    if (it == gold_.alternatives.end()) return false;
    return std::find(it->second.begin(), it->second.end(), got) != it->second.end();
  }

  const GoldRecord& gold_;
  RecordComparison* out_;
};

// The gold compares pages only where it gives them: a gold file without any page for its
// dates is compared without pages.
bool GoldDatesHavePages(const Record& gold) {
  for (const DatedStatement& d : gold.dates) {
    if (d.source.page == 0) return false;
  }
  return true;
}

// `got` with each unit extracted under one of a gold unit's aliases renamed to the gold name.
// Also the units of prior participation, which name units the same way.
Record WithGoldUnitNames(const GoldRecord& gold, Record got) {
  for (const auto& entry : gold.unit_aliases) {
    const std::string& name = entry.first;
    const std::vector<std::string>& aliases = entry.second;
    auto is_alias = [&aliases](const std::string& n) {
      return std::find(aliases.begin(), aliases.end(), n) != aliases.end();
    };
    const bool gold_name_found = FindUnit(got, name) != nullptr;
    for (UnitMention& u : got.units) {
      if (!gold_name_found && is_alias(u.name)) u.name = name;
    }
    for (PriorParticipation& p : got.prior_participation) {
      if (is_alias(p.unit)) p.unit = name;
    }
  }
  return got;
}

// `text` with each run of whitespace as one space and none at its ends: a decision or proposal
// printed with its numbered points on lines of their own says the same as one that runs on.
std::optional<std::string> SpacesCollapsed(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  std::string out;
  for (char ch : *text) {
    const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
    if (!space) {
      out += ch;
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::optional<std::string> IntText(const std::optional<int>& value) {
  if (!value) return std::nullopt;
  return std::to_string(*value);
}

std::string DateKey(const DatedStatement& d, bool with_page) {
  return d.role + " " + d.date + (d.year_inferred ? " (year inferred)" : "") +
         (with_page ? " page " + std::to_string(d.source.page) : "");
}

std::vector<std::string> DateKeys(const Record& r, bool with_page) {
  std::vector<std::string> keys;
  for (const DatedStatement& d : r.dates) keys.push_back(DateKey(d, with_page));
  return keys;
}

std::vector<std::string> PriorKeys(const Record& r) {
  std::vector<std::string> keys;
  for (const PriorParticipation& p : r.prior_participation) {
    for (int year : p.years) keys.push_back(p.unit + " " + std::to_string(year));
  }
  return keys;
}

// The order of the items both lists share.
std::vector<std::string> SharedOrder(const std::vector<std::string>& list,
                                     const std::vector<std::string>& other) {
  std::vector<std::string> out;
  for (const std::string& item : list) {
    if (std::find(other.begin(), other.end(), item) != other.end() &&
        std::find(out.begin(), out.end(), item) == out.end()) {
      out.push_back(item);
    }
  }
  return out;
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : "; ") + item;
  return out;
}

}  // namespace

double FieldCounts::Precision() const { return tp + fp == 0 ? 1.0 : double(tp) / (tp + fp); }

double FieldCounts::Recall() const { return tp + fn == 0 ? 1.0 : double(tp) / (tp + fn); }

double FieldCounts::F1() const {
  const double p = Precision(), r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

FieldCounts& FieldCounts::operator+=(const FieldCounts& other) {
  tp += other.tp;
  fp += other.fp;
  fn += other.fn;
  return *this;
}

const std::vector<std::string>& EvaluatedFields() {
  static const std::vector<std::string> fields = {
      "pages",          "doc_kind",         "board",
      "administration", "diary_numbers",    "paragraph",
      "award_year",     "meeting_date",     "document_date",
      "units",          "units.department", "units.class",
      "units.operator", "units.page",       "dates",
      "decision",       "proposal",         "prior_participation"};
  return fields;
}

RecordComparison CompareRecords(const GoldRecord& gold_record, const Record& got_as_extracted) {
  const Record& gold = gold_record.record;
  const Record got = WithGoldUnitNames(gold_record, got_as_extracted);
  RecordComparison out;
  for (const std::string& field : EvaluatedFields()) out.fields[field];
  Comparer c(gold_record, &out);
  c.Scalar("pages", std::to_string(gold.pages), std::to_string(got.pages));
  c.Scalar("doc_kind", gold.doc_kind, got.doc_kind);
  c.Scalar("board", gold.board, got.board);
  c.Scalar("administration", gold.administration, got.administration);
  c.Set("diary_numbers", gold.diary_numbers, got.diary_numbers);
  c.Scalar("paragraph", gold.paragraph, got.paragraph);
  c.Scalar("award_year", IntText(gold.award_year), IntText(got.award_year));
  c.Scalar("meeting_date", gold.meeting_date, got.meeting_date);
  c.Scalar("document_date", gold.document_date, got.document_date);
  c.Set("units", UnitNames(gold), UnitNames(got));
  for (const UnitMention& g : gold.units) {
    const UnitMention* e = FindUnit(got, g.name);
    if (e == nullptr) continue;
    const std::string prefix = g.name + ": ";
    auto with_name = [&](const std::optional<std::string>& v) -> std::optional<std::string> {
      if (!v) return std::nullopt;
      return prefix + *v;
    };
    c.Scalar("units.department", with_name(g.department), with_name(e->department));
    c.Scalar("units.class", with_name(g.competition_class), with_name(e->competition_class));
    c.Scalar("units.operator", with_name(g.operator_name), with_name(e->operator_name));
    if (g.source.page != 0) {
      c.Scalar("units.page", with_name(std::to_string(g.source.page)),
               with_name(std::to_string(e->source.page)));
    }
  }
  const bool date_pages = GoldDatesHavePages(gold);
  c.Set("dates", DateKeys(gold, date_pages), DateKeys(got, date_pages));
  c.Scalar("decision", SpacesCollapsed(gold.decision), SpacesCollapsed(got.decision));
  c.Scalar("proposal", SpacesCollapsed(gold.proposal), SpacesCollapsed(got.proposal));
  c.Set("prior_participation", PriorKeys(gold), PriorKeys(got));
  return out;
}

std::vector<Discrepancy> OrderDiscrepancies(const GoldRecord& gold_record,
                                            const Record& got_as_extracted) {
  const Record& gold = gold_record.record;
  const Record got = WithGoldUnitNames(gold_record, got_as_extracted);
  std::vector<Discrepancy> out;
  auto check = [&](const std::string& field, const std::vector<std::string>& g,
                   const std::vector<std::string>& e) {
    const auto g_order = SharedOrder(g, e), e_order = SharedOrder(e, g);
    if (g_order != e_order) out.push_back({field + " (order)", Joined(g_order), Joined(e_order)});
  };
  check("diary_numbers", gold.diary_numbers, got.diary_numbers);
  check("units", UnitNames(gold), UnitNames(got));
  return out;
}

FieldCounts EvaluationReport::Overall() const {
  FieldCounts total;
  for (const auto& [name, counts] : fields) total += counts;
  return total;
}

}  // namespace kvreg
