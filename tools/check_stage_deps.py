#!/usr/bin/env python3
"""Checks that a stage of kvreg reaches no library it must not know: the register reads and
writes SQLite with ICU's help, and knows nothing of RE2, Poppler or Tesseract.

Three looks, each of which fails on its own:
  1. the link closure CMake computed for the stage's targets (a file written at configure time,
     one library or target per line) names none of the forbidden libraries or stages;
  2. every source file of the stage, preprocessed with its own compile command
     (compile_commands.json, with -E -H), includes no header of them;
  3. the stage's static libraries reference no symbol of their namespaces (nm -u).

Usage: check_stage_deps.py --build DIR --links FILE --sources DIR... --archives FILE...
Prints what it found and exits 1 when anything reaches a forbidden library.
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys

# What the register must not reach, as it shows in each of the three looks.
FORBIDDEN_LINKS = re.compile(r"re2|poppler|tesseract|lept|kvreg_(extract|text|ocr|import|review)",
                             re.IGNORECASE)
FORBIDDEN_HEADERS = re.compile(
    r"/(re2|poppler|tesseract|leptonica)/|kvreg/(patterns|pattern_file|document_text|extract|"
    r"normalize|ocr)\.h$")
FORBIDDEN_SYMBOLS = re.compile(r"\b(re2|poppler|tesseract)::|\bpix[A-Z]\w*\b")


def check_links(path):
    problems = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            item = line.strip()
            if item and FORBIDDEN_LINKS.search(item):
                problems.append(f"links {item}")
    return problems


def preprocess_command(entry):
    args = shlex.split(entry["command"]) if "command" in entry else list(entry["arguments"])
    out = []
    skip = False
    for a in args:
        if skip:
            skip = False
            continue
        if a == "-o":
            skip = True
            continue
        if a == "-c":
            continue
        out.append(a)
    return out + ["-E", "-H", "-o", os.devnull]


def check_headers(build, source_dirs):
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
        entries = json.load(f)
    dirs = [os.path.realpath(d) + os.sep for d in source_dirs]
    problems, checked = [], 0
    for entry in entries:
        source = os.path.realpath(os.path.join(entry["directory"], entry["file"]))
        if not any(source.startswith(d) for d in dirs):
            continue
        checked += 1
        run = subprocess.run(preprocess_command(entry), cwd=entry["directory"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            problems.append(f"{source}: does not preprocess: {run.stderr.strip()[:300]}")
            continue
        for line in run.stderr.splitlines():
            header = line.lstrip(". ").strip()
            if line.startswith(".") and FORBIDDEN_HEADERS.search(header):
                problems.append(f"{os.path.relpath(source)} includes {header}")
    if checked == 0:
        problems.append("no source of " + ", ".join(source_dirs) + " in compile_commands.json")
    return problems, checked


def check_symbols(archives):
    problems = []
    for archive in archives:
        run = subprocess.run(["nm", "-C", "-u", archive], capture_output=True, text=True)
        if run.returncode != 0:
            problems.append(f"{archive}: nm failed: {run.stderr.strip()}")
            continue
        for line in run.stdout.splitlines():
            if FORBIDDEN_SYMBOLS.search(line):
                problems.append(f"{os.path.basename(archive)} needs {line.strip()}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", required=True)
    parser.add_argument("--links", required=True)
    parser.add_argument("--sources", nargs="+", required=True)
    parser.add_argument("--archives", nargs="+", required=True)
    options = parser.parse_args()
    problems = check_links(options.links)
    header_problems, checked = check_headers(options.build, options.sources)
    problems += header_problems
    problems += check_symbols(options.archives)
    for p in sorted(set(problems)):
        print(p)
    print(f"{checked} sources, {len(options.archives)} libraries checked: "
          f"{'clean' if not problems else str(len(set(problems))) + ' problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
