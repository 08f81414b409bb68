#!/usr/bin/python3
"""Make the scanned corpus: image-only PDFs of some corpus documents, as a clerk gets them.

    /usr/bin/python3 tools/make_scans.py           # every scan in SCANS below
    /usr/bin/python3 tools/make_scans.py --only bromma-2024-p23-scan

Each scan is a corpus PDF rendered to grey pages (pdftoppm), each page given what a scanner
and a desk add: a stamp, a handwritten signature, a slight rotation, grey paper, a little
blur and noise, and stored as a JPEG at 150-200 dpi inside a PDF of its own (img2pdf), with
no text layer. A "mixed" scan keeps some pages of the original PDF with their text and
replaces the others by scanned pages (pdfseparate; qpdf joins the pages).

Beside every corpus/scanned/NAME.pdf it writes NAME.expected.json: the original's gold file
(hand-written, corpus/ORIGINAL.expected.json) with "file" and "sha256" set to the scan's, and
one key added to the contract's: "ocr_pages", the pages that have no text layer.

The output is reproducible: effects are drawn from a random generator seeded by the scan's
name, and the PDFs carry no time stamps. Needs Debian's poppler-utils, img2pdf, qpdf, python3-pil
and python3-numpy (tools/install-corpus-deps.sh); run with Debian's /usr/bin/python3.
"""

import argparse
import hashlib
import io
import json
import math
import os
import random
import subprocess
import sys
import tempfile

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
OUT = os.path.join(CORPUS, "scanned")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# name -> (original, dpi of the stored image, pages kept as text (1-based), stamp word)
SCANS = {
    "bromma-2024-p23-scan": ("bromma-2024-p23", 200, [], "JUSTERAT"),
    "socialnamnden-2017-tu-scan": ("socialnamnden-2017-tu", 200, [], "INKOM"),
    "sodermalm-2024-anmalan-scan": ("sodermalm-2024-anmalan", 200, [], "KOPIA"),
    "aldrenamnden-2022-anmalan-scan": ("aldrenamnden-2022-anmalan", 150, [], "INKOM"),
    "hagersten-liljeholmen-2012-p88-scan": ("hagersten-liljeholmen-2012-p88", 200, [],
                                            "JUSTERAT"),
    "hasselby-vallingby-2022-tu-mixed": ("hasselby-vallingby-2022-tu", 200, [2], "INKOM"),
}


def run(*args):
    subprocess.run(args, check=True)


def blank_spot(page, box_w, box_h, xs, ys, rng):
    """The first place, scanning the fractions ys (outer) and xs, where a box_w x box_h box
    sits in a band of the page with no print across its whole width (so it shares no line
    with text); a random one of them when there is none. A clerk's stamp or signature goes
    where there is room, so the print stays readable."""
    ink = np.asarray(page) < 160
    w, h = page.size
    margin = int(h * 0.01)
    for fy in ys:
        for fx in xs:
            x, y = int(w * fx), int(h * fy)
            if x + box_w >= w or y + box_h + margin >= h:
                continue
            if not ink[max(0, y - margin):y + box_h + margin, :].any():
                return x, y
    return int(w * rng.choice(xs)), int(h * rng.choice(ys))


def add_stamp(page, rng, word):
    """A rectangular rubber stamp with a word, askew, on the right of a blank band low on the
    page (on the last page, beside the signature)."""
    w, h = page.size
    size = int(w * 0.035)
    font = ImageFont.truetype(FONT, size)
    box = font.getbbox(word)
    tw, th = box[2] - box[0], box[3] - box[1]
    pad = size // 2
    layer = Image.new("L", (tw + 4 * pad, th + 4 * pad), 0)
    draw = ImageDraw.Draw(layer)
    draw.rounded_rectangle([pad // 2, pad // 2, layer.width - pad // 2, layer.height - pad // 2],
                           radius=pad, outline=255, width=max(3, size // 8))
    draw.text((2 * pad - box[0], 2 * pad - box[1]), word, font=font, fill=255)
    layer = layer.rotate(rng.uniform(-12, 12), expand=True, resample=Image.BICUBIC)
    # Uneven ink: some of the stamp prints faintly.
    ink = np.asarray(layer, dtype=np.float32) / 255.0
    ink *= np.clip(np.random.default_rng(rng.randrange(1 << 30)).normal(0.75, 0.25, ink.shape),
                   0.2, 1.0)
    x, y = blank_spot(page, ink.shape[1], ink.shape[0],
                      [0.60 + 0.02 * i for i in range(10)], [0.90 - 0.02 * i for i in range(40)],
                      rng)
    region = np.asarray(page, dtype=np.float32)
    sub = region[y:y + ink.shape[0], x:x + ink.shape[1]]
    ink = ink[:sub.shape[0], :sub.shape[1]]
    region[y:y + ink.shape[0], x:x + ink.shape[1]] = sub * (1 - 0.6 * ink)
    return Image.fromarray(region.astype(np.uint8))


def add_signature(page, rng):
    """A handwritten signature or initials: a smooth scribble of a few loops, low on the
    page's left side where it is blank."""
    w, h = page.size
    draw = ImageDraw.Draw(page)
    length = w * rng.uniform(0.18, 0.26)
    height = int(h * 0.05)
    x, y = blank_spot(page, int(length * 1.1), height, [0.10 + 0.03 * i for i in range(8)],
                      [0.88 - 0.02 * i for i in range(30)], rng)
    x0, y0 = x + w * 0.012, y + height * 0.55
    points = []
    loops = rng.randint(4, 7)
    for i in range(400):
        t = i / 399
        x = x0 + length * t + w * 0.012 * math.sin(t * loops * 2 * math.pi + 1.3)
        y = y0 - h * 0.012 * math.sin(t * loops * math.pi) * (1.2 - t) \
            + h * 0.006 * math.cos(t * loops * 2 * math.pi)
        points.append((x, y))
    draw.line(points, fill=40, width=max(2, w // 500), joint="curve")
    draw.line([(x0 - w * 0.01, y0 + h * 0.012), (x0 + length * 1.05, y0 + h * 0.009)],
              fill=60, width=max(1, w // 900))
    return page


def scan_effects(page, rng):
    """A slight rotation, noise and dust, the blur of the optics, grey paper."""
    page = page.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(page, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(1 << 30))
    a += noise.normal(0, 10, a.shape)
    specks = noise.random(a.shape) < 0.0003
    a[specks] = noise.uniform(30, 110, int(specks.sum()))
    page = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    page = page.filter(ImageFilter.GaussianBlur(0.7))
    a = np.asarray(page, dtype=np.float32) * 0.86 + 20  # paper is not white, ink not black
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scanned_page_pdf(original_pdf, page, last, dpi, rng, stamp, work):
    prefix = os.path.join(work, "p")
    run("pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(page), "-l", str(page),
        "-singlefile", original_pdf, prefix)
    image = Image.open(prefix + ".png").convert("L")
    image = add_signature(image, rng)
    if page == last:
        image = add_stamp(image, rng, stamp)
    image = scan_effects(image, rng)
    jpeg = os.path.join(work, "p%d.jpg" % page)
    image.save(jpeg, "JPEG", quality=35, dpi=(dpi, dpi), optimize=True)
    out = os.path.join(work, "p%d.pdf" % page)
    run("img2pdf", "--nodate", "--producer", "", "-o", out, jpeg)
    return out


def page_count(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(next(l.split()[1] for l in info.splitlines() if l.startswith("Pages:")))


def make(name):
    original, dpi, text_pages, stamp = SCANS[name]
    original_pdf = os.path.join(CORPUS, original + ".pdf")
    rng = random.Random(name)
    pages = page_count(original_pdf)
    out_pdf = os.path.join(OUT, name + ".pdf")
    with tempfile.TemporaryDirectory() as work:
        parts = []
        for page in range(1, pages + 1):
            if page in text_pages:
                part = os.path.join(work, "t%d.pdf" % page)
                run("pdfseparate", "-f", str(page), "-l", str(page), original_pdf, part)
            else:
                part = scanned_page_pdf(original_pdf, page, pages, dpi, rng, stamp, work)
            parts.append(part)
        run("qpdf", "--deterministic-id", "--empty", "--pages", *parts, "--", out_pdf)
    with open(os.path.join(CORPUS, original + ".expected.json"), encoding="utf-8") as f:
        gold = json.load(f)
    with open(out_pdf, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    gold["file"] = "corpus/scanned/%s.pdf" % name
    gold["sha256"] = digest
    gold["ocr_pages"] = [p for p in range(1, pages + 1) if p not in text_pages]
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("%s: %d pages, %d KB" % (name, pages, os.path.getsize(out_pdf) // 1024))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", help="make only this scan (repeatable)")
    args = parser.parse_args()
    names = args.only or sorted(SCANS)
    unknown = [n for n in names if n not in SCANS]
    if unknown:
        sys.exit("unknown scan: " + ", ".join(unknown))
    os.makedirs(OUT, exist_ok=True)
    for name in names:
        make(name)


if __name__ == "__main__":
    main()
