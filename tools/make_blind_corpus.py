#!/usr/bin/env python3
"""Build and check the blind test set: tools/corpus_src/blind/NAME.src -> corpus/blind/NAME.pdf.

Reuses tools/make_corpus.py (same source format, same LibreOffice conversion and stamping)
and tools/check_gold.py (same checks), pointed at the blind directories; the main corpus is
untouched.

    python3 tools/make_blind_corpus.py              # rebuild every corpus/blind/NAME.pdf
    python3 tools/make_blind_corpus.py --only NAME  # rebuild one (repeatable)
    python3 tools/make_blind_corpus.py --check      # check the gold files against the PDFs
    python3 tools/make_blind_corpus.py --update     # rewrite sha256 / canonical formatting
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_gold  # noqa: E402
import make_corpus  # noqa: E402

ROOT = make_corpus.ROOT
SRC_DIR = os.path.join(ROOT, "tools", "corpus_src", "blind")
OUT_DIR = os.path.join(ROOT, "corpus", "blind")


def check(update):
    passed, failed = check_gold.check_folder(OUT_DIR, "blind/", update)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", action="append", metavar="NAME", help="build only NAME (repeatable)")
    ap.add_argument("--keep-fodt", metavar="DIR", help="also copy each intermediate .fodt to DIR")
    ap.add_argument("--check", action="store_true", help="check the gold files, build nothing")
    ap.add_argument("--update", action="store_true", help="rewrite sha256 of the gold files")
    args = ap.parse_args()
    if args.check or args.update:
        return check(args.update)
    make_corpus.SRC_DIR = SRC_DIR
    make_corpus.OUT_DIR = OUT_DIR
    all_names = sorted(f[:-4] for f in os.listdir(SRC_DIR) if f.endswith(".src"))
    names = args.only or all_names
    unknown = [n for n in names if n not in all_names]
    if unknown:
        sys.exit("no such source: " + ", ".join(unknown))
    make_corpus.convert(names, args.keep_fodt)
    return 0


if __name__ == "__main__":
    sys.exit(main())
