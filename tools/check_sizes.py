#!/usr/bin/env python3
"""Reports C++ files over 400 lines and functions over 80 lines (the house limits).

Usage: check_sizes.py [--max-file N] [--max-function N] PATH...
PATH is a file or a folder (searched recursively for .cpp, .cc, .h). Prints one line per
finding, "path:line: what", and exits 1 when there is any.

Functions are found without a C++ parser: comments, strings and character literals are blanked,
then every brace that opens at namespace level (not a namespace, class, struct, enum or union
body, nor an initialiser after '=') starts a function that runs to its matching brace. A
function's length counts its lines from the one that names it to its closing brace.
"""
import argparse
import os
import re
import sys

SCOPE = re.compile(r"\b(namespace|class|struct|enum|union)\b[^;(){}]*$|extern\s+\"C\"\s*$")


def blank_comments_and_strings(text):
    """Replaces comments, string and character literals by spaces, keeping line breaks."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not text[i - 1].isalnum()):
            m = re.match(r'R"([^(\s]*)\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = text.find(")" + m.group(1) + '"', i)
            j = n if end < 0 else end + len(m.group(1)) + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            j = min(j + 1, n)
            out.append(" " * (j - i))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def functions(text):
    """Yields (name, first line, last line) of each function defined at namespace level."""
    code = blank_comments_and_strings(text)
    stack = []  # per open brace: "scope", "function" or "data"
    head_start = 0  # offset where the current statement began
    function_open = None
    line = 1
    head_line = 1
    for i, c in enumerate(code):
        if c == "\n":
            line += 1
        if c in ";}" and "function" not in stack and "data" not in stack:
            head_start = i + 1
            head_line = line
        if c == "{":
            inside = "function" in stack or "data" in stack
            if inside:
                stack.append("block")
                continue
            head = code[head_start:i].strip()
            # The line that names the function: the first non-blank line of its head.
            skipped = code[head_start:i]
            first = head_line + skipped[: len(skipped) - len(skipped.lstrip())].count("\n")
            if SCOPE.search(head) or head.startswith("#"):
                stack.append("scope")
            elif "(" not in head or re.search(r"=\s*$|=\s*[\w:<>,\s]*$", head):
                stack.append("data")
            else:
                stack.append("function")
                name = re.sub(r"\s+", " ", head[: head.find("(")]).split(" ")[-1]
                function_open = (name, first)
            head_start = i + 1
            head_line = line
        elif c == "}":
            kind = stack.pop() if stack else "scope"
            if kind == "function" and function_open:
                yield function_open[0], function_open[1], line
                function_open = None
            if kind in ("function", "data", "scope"):
                head_start = i + 1
                head_line = line
    return


def sources(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for root, _, files in os.walk(path):
            for f in sorted(files):
                if f.endswith((".cpp", ".cc", ".h")):
                    yield os.path.join(root, f)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--max-file", type=int, default=400)
    parser.add_argument("--max-function", type=int, default=80)
    parser.add_argument("paths", nargs="+")
    options = parser.parse_args()
    findings = []
    for path in sorted(set(sources(options.paths))):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        lines = text.count("\n")
        if lines > options.max_file:
            findings.append(f"{path}:1: file has {lines} lines (over {options.max_file})")
        for name, first, last in functions(text):
            length = last - first + 1
            if length > options.max_function:
                findings.append(f"{path}:{first}: function {name} has {length} lines "
                                f"(over {options.max_function})")
    for finding in findings:
        print(finding)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
