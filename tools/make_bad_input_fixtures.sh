#!/usr/bin/env bash
# Makes the committed bad-input fixtures in tests/fixtures/ from a corpus PDF, once (needs the
# qpdf CLI and python3; the tests themselves need neither):
#   encrypted-user-password.pdf  user password "hemligt": cannot be opened without it
#   owner-password-only.pdf      owner password only: opens and extracts
#   damaged-xref.pdf             every cross-reference offset wrong: Poppler rebuilds the table
set -euo pipefail
cd "$(dirname "$0")/.."
src=corpus/skarpnack-2022-p45.pdf
out=tests/fixtures
mkdir -p "$out"
qpdf --encrypt hemligt agare 256 -- "$src" "$out/encrypted-user-password.pdf"
qpdf --encrypt "" agare 256 --print=none --modify=none -- "$src" "$out/owner-password-only.pdf"
python3 - "$src" "$out/damaged-xref.pdf" <<'PY'
import re, sys
data = open(sys.argv[1], "rb").read()
start = data.rindex(b"\nxref") + 1
end = data.index(b"trailer", start)
# Shift every in-use entry's offset by 7 bytes: each now points into the middle of an object.
table = re.sub(rb"(\d{10}) (\d{5}) n",
               lambda m: b"%010d %s n" % (int(m.group(1)) + 7, m.group(2)), data[start:end])
open(sys.argv[2], "wb").write(data[:start] + table + data[end:])
PY
