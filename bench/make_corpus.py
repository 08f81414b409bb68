#!/usr/bin/env python3
"""Make (or reuse) the benchmark corpus: N distinct PDFs that look like the city's documents.

    python3 bench/make_corpus.py --count 1000 --out bench/data/pdf-1000
    python3 bench/make_corpus.py --copies-of bench/data/pdf-1000 --count 10000 --out bench/data/pdf-10000

The first form varies the texts of tools/corpus_src/*.src (diary numbers, paragraph numbers,
unit names, meeting days) so that every PDF has its own text, and converts them with
LibreOffice in batches (one soffice call per batch; LibreOffice is what the city's system
uses, and it embeds the fonts that carry å ä ö). The second form makes cheap distinct copies:
each is a byte copy whose trailer /ID is rewritten in place (same length, so the xref stays
valid), which changes the SHA-256 but not the text. Both reuse what is already there: files
that exist are not made again.
"""

import argparse
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec = importlib.util.spec_from_file_location("make_corpus", os.path.join(ROOT, "tools", "make_corpus.py"))
mc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mc)

NAMES = ["Solrosen", "Blåklockan", "Ekorren", "Lärkan", "Måsen", "Näckrosen", "Älgen", "Ängen",
         "Örnen", "Tallkotten", "Hönan", "Tussilago", "Björken", "Gläntan", "Humlan", "Kotten",
         "Linnean", "Myran", "Nyckelpigan", "Rönnbäret", "Sjöstjärnan", "Trollsländan",
         "Vitsippan", "Åkerbäret", "Fjärilen", "Grodan", "Igelkotten", "Kastanjen", "Lingonet",
         "Mården", "Pärlan", "Skattkistan", "Stjärnan", "Svalan", "Uggleboet", "Vildrosen"]
PREFIXES = ["Kvarnbacka", "Råcksta", "Vällingby", "Grimsta", "Hässelby", "Bromma", "Äppelvik",
            "Nockeby", "Ålsten", "Höglandet", "Blackeberg", "Johannesfred", "Sköndal", "Söderby"]


def vary(text, k):
    """The source text with its numbers and unit names changed for variant k."""
    names = {}

    def unit(m):
        key = m.group(0)
        if key not in names:
            names[key] = NAMES[(len(names) * 7 + k) % len(NAMES)]
        return m.group(1) + " " + names[key]

    def school(m):
        key = m.group(0)
        if key not in names:
            names[key] = PREFIXES[(len(names) * 5 + k) % len(PREFIXES)] + "skolan"
        return names[key]

    text = re.sub(r"(Förskolan) ([A-ZÅÄÖ][a-zåäö]+)", unit, text)
    text = re.sub(r"\b[A-ZÅÄÖ][a-zåäö]+skolan\b", school, text)
    text = re.sub(r"(\b\d{4}[/-])(\d{2,4})\b",
                  lambda m: m.group(1) + str((int(m.group(2)) + 37 * k) % 9000 + 10), text)
    text = re.sub(r"§ ?(\d+)", lambda m: "§ " + str((int(m.group(1)) + k) % 400 + 1), text)
    return text + "\n\nLöpnummer i ärendet: %d.\n" % (k + 1)


def pdf_count(folder):
    return sum(1 for f in os.listdir(folder) if f.endswith(".pdf"))


def make_distinct(count, out, batch):
    os.makedirs(out, exist_ok=True)
    if pdf_count(out) >= count:
        return  # made before: reuse it as it is, even if the corpus sources changed since
    sources = sorted(f[:-4] for f in os.listdir(mc.SRC_DIR) if f.endswith(".src"))
    todo = []
    for i in range(count):
        name = "%s-v%05d" % (sources[i % len(sources)], i // len(sources))
        if not os.path.exists(os.path.join(out, name + ".pdf")):
            todo.append((name, sources[i % len(sources)], i // len(sources)))
    todo = todo[:count - pdf_count(out)]
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if todo and not soffice:
        sys.exit("soffice not found: run tools/install-corpus-deps.sh")
    for start in range(0, len(todo), batch):
        work = tempfile.mkdtemp(prefix="kvreg-bench-")
        try:
            paths, dates = [], {}
            for name, source, k in todo[start:start + batch]:
                with open(os.path.join(mc.SRC_DIR, source + ".src"), encoding="utf-8") as f:
                    text = f.read()
                varied = os.path.join(work, name + ".src")
                with open(varied, "w", encoding="utf-8") as f:
                    f.write(vary(text, k))
                src = mc.parse_source(varied)
                dates[name] = src.settings["date"]
                path = os.path.join(work, name + ".fodt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(mc.fodt(src))
                paths.append(path)
            env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8", SAL_USE_VCLPLUGIN="svp")
            cmd = [soffice, "-env:UserInstallation=file://" + os.path.join(work, "profile"),
                   "--headless", "--norestore", "--convert-to", "pdf",
                   "--outdir", os.path.join(work, "pdf")] + paths
            subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=True)
            for name in dates:
                produced = os.path.join(work, "pdf", name + ".pdf")
                if not os.path.exists(produced):
                    sys.exit(f"LibreOffice made no PDF for {name}")
                with open(produced, "rb") as f:
                    data = mc.stamp(f.read(), dates[name])
                with open(os.path.join(out, name + ".pdf"), "wb") as f:
                    f.write(data)
            print("made %d of %d" % (min(start + batch, len(todo)), len(todo)), file=sys.stderr)
        finally:
            shutil.rmtree(work, ignore_errors=True)


ID = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>\s*\])")


def make_copies(base, count, out):
    os.makedirs(out, exist_ok=True)
    if pdf_count(out) >= count:
        return
    originals = sorted(f for f in os.listdir(base) if f.endswith(".pdf"))
    if not originals:
        sys.exit("no PDFs in " + base)
    for i in range(count):
        name = "copy%05d-%s" % (i, originals[i % len(originals)])
        target = os.path.join(out, name)
        if os.path.exists(target):
            continue
        with open(os.path.join(base, originals[i % len(originals)]), "rb") as f:
            data = f.read()
        digest = hashlib.md5(data + str(i).encode()).hexdigest().upper().encode()
        data, n = ID.subn(lambda m: m.group(1) + digest[:len(m.group(2))] + m.group(3) +
                          digest[:len(m.group(4))] + m.group(5), data)
        if n == 0:
            sys.exit("no trailer /ID to vary in " + originals[i % len(originals)])
        with open(target, "wb") as f:
            f.write(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--copies-of", metavar="DIR", help="make cheap distinct copies of DIR's PDFs")
    ap.add_argument("--batch", type=int, default=100, help="documents per soffice call")
    args = ap.parse_args()
    if args.copies_of:
        make_copies(args.copies_of, args.count, args.out)
    else:
        make_distinct(args.count, args.out, args.batch)


if __name__ == "__main__":
    main()
