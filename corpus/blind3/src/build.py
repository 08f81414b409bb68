# -*- coding: utf-8 -*-
"""Build blind3: write sources, convert with LibreOffice headless, write gold, check gold against pdftotext."""
import json, os, re, subprocess, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from render import to_fodt, to_html
import docs1, docs2

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(SRC), "out")
os.makedirs(OUT, exist_ok=True)
DOCS = docs1.DOCS + docs2.DOCS
only = sys.argv[1:]

KEYS = ["source", "pages", "doc_kind", "board", "administration", "diary_numbers", "paragraph", "award_year",
        "meeting_date", "document_date", "units", "dates", "decision", "proposal", "prior_participation", "notes"]

def convert(paths, html):
    cmd = ["soffice", "--headless", "--norestore"]
    if html:
        cmd += ["--infilter=HTML (StarWriter)"]
    cmd += ["--convert-to", "pdf:writer_pdf_Export", "--outdir", OUT] + paths
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def text_of(pdf, mode):
    return subprocess.run(["pdftotext", mode, pdf, "-"], capture_output=True, text=True, check=True).stdout

def variants(t):
    t = t.replace("\u00ad", "-").replace("\f", "\n")
    a = re.sub(r"\s+", " ", t)
    b = re.sub(r"\s+", " ", re.sub(r"-\s*\n\s*", "", t))      # hyphen at line end joined
    c = re.sub(r"\s+", " ", re.sub(r"-\s*\n\s*", "-", t))     # hyphen kept, line joined
    return [a, b, c]

def gold_strings(g):
    out = [("board", g["board"]), ("administration", g["administration"]), ("paragraph", g["paragraph"]),
           ("decision", g["decision"]), ("proposal", g["proposal"])]
    out += [("diary", d) for d in g["diary_numbers"]]
    for u in g["units"]:
        for k in ("name", "department", "class", "operator"):
            out.append(("unit." + k, u[k]))
    for d in g["dates"]:
        out.append(("date.text", d["text"]))
    for p in g["prior_participation"]:
        out.append(("prior.unit", p["unit"]))
        out += [("prior.year", str(y)) for y in p["years"]]
    if g["award_year"]:
        out.append(("award_year", str(g["award_year"])))
    return [(k, v) for k, v in out if v]

sel = [d for d in DOCS if not only or d["name"] in only]
fod, htm = [], []
for d in sel:
    if d["fmt"] == "fodt":
        p = os.path.join(SRC, d["name"] + ".fodt"); open(p, "w").write(to_fodt(d)); fod.append(p)
    else:
        p = os.path.join(SRC, d["name"] + ".html"); open(p, "w").write(to_html(d)); htm.append(p)
if fod: convert(fod, False)
if htm: convert(htm, True)

bad = 0
for d in sel:
    pdf = os.path.join(OUT, d["name"] + ".pdf")
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    g = dict(d["gold"]); g["source"] = d["name"] + ".pdf"; g["pages"] = pages
    gold = {k: g[k] for k in KEYS}
    assert set(g) == set(KEYS), set(g) ^ set(KEYS)
    json.dump(gold, open(os.path.join(OUT, d["name"] + ".expected.json"), "w"), ensure_ascii=False, indent=2)
    texts = {m: variants(text_of(pdf, m)) for m in ("-raw", "-layout")}
    miss = []
    for k, v in gold_strings(gold):
        v2 = re.sub(r"\s+", " ", v)
        for m, vs in texts.items():
            if not any(v2 in t for t in vs):
                miss.append((m, k, v))
    # roles unique, dates ISO
    pairs = [(x["role"], x["date"]) for x in gold["dates"]]
    assert len(pairs) == len(set(pairs)), d["name"]
    print(f'{d["name"]}: pages={pages} units={len(gold["units"])}' + ("" if not miss else f"  MISSING {miss}"))
    bad += bool(miss)
print("bad:", bad)
