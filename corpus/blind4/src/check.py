import json, subprocess, glob, re, sys
def norm(t, join):
    t = t.replace("\u00ad", "")
    if join: t = re.sub(r"-\s*\n\s*", "", t)
    else: t = re.sub(r"-\s*\n\s*", "-", t)
    return re.sub(r"\s+", " ", t)
bad = 0; total = 0
for g in sorted(glob.glob("out/*.expected.json")):
    G = json.load(open(g)); pdf = g.replace(".expected.json", ".pdf")
    texts = {}
    for mode in ["-raw", "-layout"]:
        t = subprocess.run(["pdftotext", mode, pdf, "-"], capture_output=True, text=True).stdout
        texts[mode] = (norm(t, True), norm(t, False))
    vals = []
    for k in ["board", "administration", "paragraph", "decision", "proposal"]:
        if G[k]: vals.append((k, G[k]))
    for dn in G["diary_numbers"]: vals.append(("dnr", dn))
    for u in G["units"]:
        for k in ["name", "department", "class", "operator"]:
            if u[k]: vals.append(("unit." + k, u[k]))
    for d in G["dates"]: vals.append(("date." + d["role"], d["text"]))
    for p in G["prior_participation"]:
        vals.append(("prior", p["unit"]))
        for y in p["years"]: vals.append(("prior.y", str(y)))
    if G["award_year"]: vals.append(("award_year", str(G["award_year"])))
    total += len(G["units"])
    for k, v in vals:
        for mode, (a, b) in texts.items():
            if v not in a and v not in b:
                bad += 1; print(f"MISSING {G['source']} {mode} {k}: {v!r}")
    # dup date pairs
    pairs = [(d["role"], d["date"]) for d in G["dates"]]
    assert len(pairs) == len(set(pairs)), G["source"]
    assert G["pages"] == int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
print("missing:", bad, "units:", total)
