#!/usr/bin/env python3
"""Check the corpus gold files against the PDFs they describe.

    python3 tools/check_gold.py            # check every corpus/*.expected.json
    python3 tools/check_gold.py --update   # after a rebuild: rewrite sha256 (and the
                                           # canonical pretty-printing) of every gold file

For each corpus/NAME.expected.json this checks:
  - the keys are exactly those of the `kvreg extract --json` contract, in contract order;
  - "file" is corpus/NAME.pdf, the PDF exists, its sha256 matches, and "pages" equals the
    page count pdfinfo reports;
  - value types and vocabularies: doc_kind, date roles, unit classes, ISO dates, pages in
    range, no unit twice, no (role, date) twice, meeting_date / document_date also listed
    in dates with role meeting / document;
  - the gold agrees with the PDF's text: every unit name, every unit's source text and
    every date's text occurs on the page the gold gives (whitespace collapsed; a word
    hyphenated at a line end may be joined, with or without its hyphen).
It also checks that every corpus PDF has a gold file and that corpus/expected-participations.csv
is UTF-8 with BOM, semicolon separated, with the header år;nämnd;enhet.

--update never touches a value other than sha256; a changed page count is reported as a
failure, since the gold's page numbers then have to be checked by hand.
Needs python3 and poppler-utils (pdfinfo, pdftotext). Ends with "N passed, N failed".
"""

import argparse
import csv
import datetime
import glob
import hashlib
import io
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")

KEYS = ["file", "sha256", "pages", "error", "doc_kind", "board", "administration",
        "diary_numbers", "paragraph", "award_year", "meeting_date", "document_date", "units",
        "dates", "decision", "proposal", "prior_participation", "warnings"]
DOC_KINDS = {"protocol_extract", "official_report", "notification", "agenda_item", "other"}
ROLES = {"meeting", "document", "registration_deadline", "submission_deadline",
         "report_deadline", "ceremony", "other"}
CLASSES = {"Förskola", "Skola", "Äldreomsorg",
           "Socialtjänst samt stöd och service till personer med funktionsnedsättning",
           "Andra verksamheter", None}
UNIT_KEYS = ["name", "department", "class", "operator", "source"]
DATE_KEYS = ["role", "date", "text", "year_inferred", "source"]


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def page_count(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def page_texts(path, pages):
    """Per page, its text in reading order and in physical layout, whitespace collapsed; each
    also with words hyphenated at a line end joined (hyphen dropped, and hyphen kept)."""
    texts = []
    for p in range(1, pages + 1):
        variants = []
        for mode in ([], ["-layout"]):
            out = subprocess.run(["pdftotext", *mode, "-f", str(p), "-l", str(p), path, "-"],
                                 capture_output=True, text=True, check=True).stdout
            for joined in (out, re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1\2", out),
                           re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1-\2", out)):
                variants.append(" ".join(joined.split()))
        texts.append(variants)
    return texts


def occurs(phrase, variants):
    """True if phrase (whitespace collapsed) occurs in one of a page's text variants."""
    want = " ".join(phrase.split())
    return any(want in text for text in variants)


def is_iso(value):
    try:
        return datetime.date.fromisoformat(value).isoformat() == value
    except (TypeError, ValueError):
        return False


def check_record(name, gold, problems):
    def bad(msg):
        problems.append(f"{name}: {msg}")

    if list(gold.keys()) != KEYS:
        bad(f"keys differ from the contract: {list(gold.keys())}")
        return
    pdf = os.path.join(ROOT, gold["file"])
    if gold["file"] != f"corpus/{name}.pdf" or not os.path.exists(pdf):
        bad(f"file {gold['file']!r} is not corpus/{name}.pdf or does not exist")
        return
    if gold["sha256"] != sha256(pdf):
        bad("sha256 does not match the PDF (rebuilt? run check_gold.py --update)")
    pages = page_count(pdf)
    if gold["pages"] != pages:
        bad(f"pages {gold['pages']} but the PDF has {pages}: recheck the page numbers by hand")
        return
    if gold["error"] is not None or gold["warnings"] != []:
        bad("error must be null and warnings []")
    if gold["doc_kind"] not in DOC_KINDS:
        bad(f"doc_kind {gold['doc_kind']!r}")
    for key in ("board", "administration", "paragraph", "decision", "proposal"):
        if gold[key] is not None and not (isinstance(gold[key], str) and gold[key].strip()):
            bad(f"{key} must be a non-empty string or null")
    if gold["board"] is None:
        bad("board is null")
    if gold["paragraph"] is not None and not re.fullmatch(r"§ \d+", gold["paragraph"]):
        bad(f"paragraph {gold['paragraph']!r} is not '§ N'")
    if gold["award_year"] is not None and not isinstance(gold["award_year"], int):
        bad("award_year must be an integer or null")
    for key in ("meeting_date", "document_date"):
        if gold[key] is not None and not is_iso(gold[key]):
            bad(f"{key} {gold[key]!r} is not an ISO date")
    if not isinstance(gold["diary_numbers"], list) or len(set(gold["diary_numbers"])) != len(gold["diary_numbers"]):
        bad("diary_numbers must be a list without repeats")

    texts = page_texts(pdf, pages)
    all_text = [v for variants in texts for v in variants]
    for number in gold["diary_numbers"]:
        if not occurs(number, all_text):
            bad(f"diary number {number!r} not in the PDF text")

    seen = set()
    for unit in gold["units"]:
        if list(unit.keys()) != UNIT_KEYS or list(unit["source"].keys()) != ["page", "text"]:
            bad(f"unit keys {list(unit.keys())}")
            continue
        if unit["name"] in seen:
            bad(f"unit {unit['name']!r} twice")
        seen.add(unit["name"])
        if unit["class"] not in CLASSES:
            bad(f"unit {unit['name']!r}: class {unit['class']!r}")
        page = unit["source"]["page"]
        if not (isinstance(page, int) and 1 <= page <= pages):
            bad(f"unit {unit['name']!r}: page {page!r} out of range")
            continue
        if not occurs(unit["source"]["text"], texts[page - 1]):
            bad(f"unit {unit['name']!r}: source text not on page {page}")
        if not any(occurs(unit["name"], texts[p]) for p in range(page - 1, pages)):
            bad(f"unit {unit['name']!r}: name not in the text from page {page} on")
        for key in ("department", "operator"):
            if unit[key] is not None and not any(occurs(part, all_text) for part in
                                                 [unit[key]] + unit[key].split(", ")):
                bad(f"unit {unit['name']!r}: {key} {unit[key]!r} not in the text")

    pairs = set()
    for date in gold["dates"]:
        if list(date.keys()) != DATE_KEYS or list(date["source"].keys()) != ["page"]:
            bad(f"date keys {list(date.keys())}")
            continue
        if date["role"] not in ROLES or not is_iso(date["date"]):
            bad(f"date {date['role']!r} {date['date']!r}")
        if (date["role"], date["date"]) in pairs:
            bad(f"date {date['role']} {date['date']} twice")
        pairs.add((date["role"], date["date"]))
        if not isinstance(date["year_inferred"], bool):
            bad(f"date {date['date']}: year_inferred must be true or false")
        page = date["source"]["page"]
        if not (isinstance(page, int) and 1 <= page <= pages):
            bad(f"date {date['date']}: page {page!r} out of range")
        elif not occurs(date["text"], texts[page - 1]):
            bad(f"date {date['date']}: text {date['text']!r} not on page {page}")
    if gold["meeting_date"] and ("meeting", gold["meeting_date"]) not in pairs:
        bad("meeting_date not among dates with role meeting")
    if gold["document_date"] and ("document", gold["document_date"]) not in pairs:
        bad("document_date not among dates with role document")

    for key in ("decision", "proposal"):
        if gold[key] and not occurs(gold[key], all_text):
            bad(f"{key} not in the PDF text")

    for prior in gold["prior_participation"]:
        if list(prior.keys()) != ["unit", "years"] or not all(isinstance(y, int) for y in prior["years"]):
            bad(f"prior_participation entry {prior!r}")
    if gold["award_year"] is None and (gold["units"] or gold["prior_participation"]):
        bad("a document without award year has units or prior participation")


def check_csv(problems):
    path = os.path.join(CORPUS, "expected-participations.csv")
    with open(path, "rb") as f:
        raw = f.read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append("expected-participations.csv: no UTF-8 BOM")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    if not rows or rows[0] != ["år", "nämnd", "enhet"]:
        problems.append("expected-participations.csv: header is not år;nämnd;enhet")
    for i, row in enumerate(rows[1:], 2):
        if len(row) != 3 or not re.fullmatch(r"\d{4}", row[0]) or not row[1] or not row[2]:
            problems.append(f"expected-participations.csv:{i}: bad row {row!r}")


def dump(gold):
    return json.dumps(gold, ensure_ascii=False, indent=2) + "\n"


def check_folder(folder, prefix, update):
    """Checks every gold file in `folder` (names reported with `prefix`, e.g. "blind/") and
    that every PDF there has one; with `update`, rewrites sha256 and formatting first.
    Returns (passed, failed)."""
    passed = failed = 0
    golds = sorted(glob.glob(os.path.join(folder, "*.expected.json")))
    names = {os.path.basename(g)[:-len(".expected.json")] for g in golds}
    for pdf in sorted(glob.glob(os.path.join(folder, "*.pdf"))):
        name = os.path.basename(pdf)[:-4]
        if name not in names:
            print(f"FAIL {prefix}{name}: no gold file {name}.expected.json")
            failed += 1
    for path in golds:
        name = prefix + os.path.basename(path)[:-len(".expected.json")]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        problems = []
        try:
            gold = json.loads(text)
        except json.JSONDecodeError as e:
            gold, problems = None, [f"{name}: not JSON: {e}"]
        if gold is not None and update and isinstance(gold.get("file"), str):
            pdf = os.path.join(ROOT, gold["file"])
            if os.path.exists(pdf) and "sha256" in gold:
                gold["sha256"] = sha256(pdf)
            with open(path, "w", encoding="utf-8") as f:
                f.write(dump(gold))
        elif gold is not None and text != dump(gold):
            problems.append(f"{name}: not in canonical formatting (run check_gold.py --update)")
        if gold is not None:
            check_record(name, gold, problems)
        if problems:
            failed += 1
            for p in problems:
                print("FAIL " + p)
        else:
            passed += 1
    return passed, failed


def main():
    ap = argparse.ArgumentParser(description="Check corpus gold files against the PDFs.")
    ap.add_argument("--update", action="store_true",
                    help="rewrite sha256 and canonical formatting of every gold file")
    args = ap.parse_args()

    passed, failed = check_folder(CORPUS, "", args.update)
    problems = []
    check_csv(problems)
    for p in problems:
        print("FAIL " + p)
    failed += 1 if problems else 0
    passed += 0 if problems else 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
