import json, os, subprocess, sys, re
sys.path.insert(0, os.path.dirname(__file__))
from docs import DOCS
from render import to_html, to_fodt
os.chdir(os.path.dirname(os.path.abspath(__file__)))
os.makedirs("src", exist_ok=True); os.makedirs("out", exist_ok=True)
only = sys.argv[1:]
for d in DOCS:
    if only and not any(o in d["name"] for o in only): continue
    if d["fmt"] == "html":
        p = f"src/{d['name']}.html"; open(p, "w").write(to_html(d))
        cmd = ["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", p, "--outdir", "out"]
    else:
        p = f"src/{d['name']}.fodt"; open(p, "w").write(to_fodt(d))
        cmd = ["soffice", "--headless", "--convert-to", "pdf:writer_pdf_Export", p, "--outdir", "out"]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    pdf = f"out/{d['name']}.pdf"
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    g = d["gold"]
    gold = {"source": f"{d['name']}.pdf", "pages": pages}
    for k in ["doc_kind", "board", "administration", "diary_numbers", "paragraph", "award_year", "meeting_date", "document_date", "units", "dates", "decision", "proposal", "prior_participation", "notes"]:
        gold[k] = g[k]
    json.dump(gold, open(f"out/{d['name']}.expected.json", "w"), ensure_ascii=False, indent=2)
    print(d["name"], pages)
