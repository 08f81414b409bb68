#!/usr/bin/env python3
"""Build the kvreg test corpus: tools/corpus_src/NAME.src -> corpus/NAME.pdf.

Each source file describes one city document. It is turned into a flat ODT (.fodt) with real
page styles (a first-page letterhead, a different header on pages 2+ with the page number and
page count as LibreOffice fields, an optional footer) and converted to PDF by LibreOffice, the
way the city's case-management system makes its PDFs:

    python3 tools/make_corpus.py              # rebuild every corpus/NAME.pdf
    python3 tools/make_corpus.py --only NAME  # rebuild one (repeatable)
    python3 tools/make_corpus.py --keep-fodt DIR  # also keep the intermediate DIR/NAME.fodt

Needs soffice (tools/install-corpus-deps.sh installs it), python3 stdlib only.

Reproducibility: LibreOffice stamps the conversion time and a random document id into each
PDF. They are overwritten in place (same byte length, so the xref table stays valid): the
creation date becomes the source's @date (or 2000-01-01), and /ID and /DocChecksum become
an MD5 of the PDF's other bytes. The same LibreOffice version and fonts then give the same bytes.

SOURCE FORMAT (UTF-8 text)
--------------------------
Lines starting with '@' at column 0 are directives; everything else is content. Lines
starting with '#' before the first section are comments (say there what the document is for).

Document settings (before the first section, or anywhere):
    @title TEXT            PDF title (metadata only)
    @date YYYY-MM-DD       PDF creation date (metadata only; usually the document date)
    @font-size PT          body font size, default 12
    @left-margin CM        left page margin, default 2.5 (right margin is 2.0)
    @header-split CM       width of the left column of a two-column header, default 9
    @line-spacing PERCENT  line spacing of the body text, default 100% (200%: double-spaced)
    @same-as NAME          everything of NAME.src (beside this file), then this file's own
                           settings: a variant of a document in another layout

Sections (each runs to the next section directive):
    @first-header          header of page 1 only (the letterhead)
    @first-header-right    optional right column of the page-1 header (a borderless
                           two-column table: the side column with Dnr, date, Till ...)
    @first-header-below    optional paragraphs of the page-1 header below the two columns
    @header                header of pages 2+ (of all pages when there is no @first-header)
    @header-right          optional right column of that header
    @header-below          optional paragraphs of that header below the two columns
    @first-footer          footer of page 1 only
    @footer                footer of pages 2+ (of all pages when there is no @first-footer)
    @body                  the document text

Header and footer sections: one paragraph per line; an empty line is an empty paragraph.

Body:
    blank line             ends the current paragraph / list item
    = TEXT                 document title (large, bold)
    == TEXT                heading (bold)
    • TEXT   or   - TEXT   bullet list item ("•" and a tab, hanging indent)
                           Title, heading and bullet item: following lines that start
                           with a blank continue it; an unindented line starts a new
                           ordinary paragraph
    other lines            ordinary paragraph
    @pagebreak             the next paragraph starts on a new page
    @wrap keep             (default) every source line break inside a paragraph is an
                           explicit line break in the document, so a seed's own line
                           breaks ("myndighets-" / "utövning") come out exactly
    @bullet GLYPH          bullet glyph of the following bullet items (default "•"; e.g.
                           "–", "-", "*"); the source still marks items with "• " or "- "
    @wrap flow             source lines are joined with a space and LibreOffice wraps
                           them; a line ending in '\\' still gets an explicit line break
                           (the backslash is dropped, no space is added)
    Leading blanks are not part of the text; they only mark a continuation line.

Inline markup (anywhere):
    **TEXT**   bold            {shy}   soft hyphen U+00AD     {nbsp}  no-break space
    {tab}      tab (tab stop at 8 cm in the body, at @header-split in headers)
    {page}     page-number field, {pages} page-count field ("Sida {page} ({pages})")
"""

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC_DIR = os.path.join(ROOT, "tools", "corpus_src")
OUT_DIR = os.path.join(ROOT, "corpus")

SECTIONS = ("first-header", "first-header-right", "first-header-below",
            "header", "header-right", "header-below", "first-footer", "footer", "body")

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)


class Source:
    """A parsed .src file: settings, header/footer lines and body lines."""

    def __init__(self, name):
        self.name = name
        self.settings = {"title": name, "date": "2000-01-01", "font-size": "12",
                         "left-margin": "2.5", "header-split": "9", "line-spacing": "100%"}
        self.sections = {s: None for s in SECTIONS}


def parse_source(path):
    src = Source(os.path.splitext(os.path.basename(path))[0])
    current = None
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if line.startswith("@"):
                word, _, arg = line[1:].partition(" ")
                word = word.strip()
                if word == "same-as":
                    base = parse_source(os.path.join(os.path.dirname(path), arg.strip() + ".src"))
                    src.settings.update(base.settings)
                    src.sections = base.sections
                    continue
                if word in SECTIONS:
                    current = word
                    src.sections[current] = []
                    continue
                if word in src.settings:
                    src.settings[word] = arg.strip()
                    continue
                if word in ("pagebreak", "wrap", "bullet") and current == "body":
                    src.sections["body"].append(line)
                    continue
                sys.exit(f"{path}:{lineno}: unknown directive @{word}")
            if current is None:
                if line.strip() and not line.startswith("#"):
                    sys.exit(f"{path}:{lineno}: text before the first section")
                continue
            src.sections[current].append(line)
    if src.sections["body"] is None:
        sys.exit(f"{path}: no @body section")
    return src


def inline(text):
    """Escapes text for ODF XML and expands the inline markup."""
    s = escape(text)
    s = re.sub(r"\*\*(.+?)\*\*", r'<text:span text:style-name="Bold">\1</text:span>', s)
    s = s.replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>')
    s = s.replace("{pages}", "<text:page-count>1</text:page-count>")
    s = s.replace("{shy}", "\u00ad").replace("{nbsp}", "\u00a0").replace("{tab}", "<text:tab/>")
    s = re.sub(r"  +", lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), s)
    return s


class StyleSet:
    """Automatic paragraph styles: a named style plus a master page and/or a page break."""

    def __init__(self):
        self.styles = {}

    def get(self, parent, master=None, page_break=False):
        if master is None and not page_break:
            return parent
        key = (parent, master, page_break)
        if key not in self.styles:
            self.styles[key] = "P%d" % (len(self.styles) + 1)
        return self.styles[key]

    def xml(self):
        out = []
        for (parent, master, page_break), name in self.styles.items():
            attrs = ' style:master-page-name="%s"' % master if master else ""
            props = '<style:paragraph-properties fo:break-before="page"/>' if page_break else ""
            out.append('<style:style style:name="%s" style:family="paragraph" '
                       'style:parent-style-name="%s"%s>%s</style:style>'
                       % (name, parent, attrs, props))
        return "\n".join(out)


def body_blocks(lines):
    """Splits body lines into blocks: (kind, [lines], page_break_before, wrap_mode, glyph)."""
    blocks = []
    current = None
    pending_break = False
    wrap = "keep"
    glyph = "•"

    def close():
        nonlocal current
        if current is not None:
            blocks.append(current)
            current = None

    for raw in lines:
        line = raw.strip()
        if raw.startswith("@pagebreak"):
            close()
            pending_break = True
            continue
        if raw.startswith("@bullet"):
            close()
            glyph = raw.split()[1] if len(raw.split()) > 1 else "•"
            continue
        if raw.startswith("@wrap"):
            close()
            wrap = raw.split()[1]
            if wrap not in ("keep", "flow"):
                sys.exit("@wrap takes keep or flow")
            continue
        if not line:
            close()
            continue
        kind, text = None, line
        if line.startswith("== "):
            kind, text = "Heading", line[3:]
        elif line.startswith("= "):
            kind, text = "Title", line[2:]
        elif line.startswith("• ") or line.startswith("- "):
            kind, text = "Bullet", line[2:]
        if kind is not None:
            close()
            current = (kind, [text], pending_break, wrap, glyph)
            pending_break = False
        elif current is None or (current[0] != "Body" and not raw[:1].isspace()):
            close()
            current = ("Body", [text], pending_break, wrap, glyph)
            pending_break = False
        else:
            current[1].append(text)
    close()
    return blocks


def join_lines(lines, wrap):
    parts = []
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        if wrap == "flow" and not line.endswith("\\"):
            parts.append(inline(line) + ("" if last else " "))
        else:
            parts.append(inline(line.rstrip("\\")) + ("" if last else "<text:line-break/>"))
    return "".join(parts)


def body_xml(src, styles, first_master):
    out = []
    blocks = body_blocks(src.sections["body"])
    for i, (kind, lines, page_break, wrap, glyph) in enumerate(blocks):
        name = kind
        if kind == "Bullet" and (i + 1 == len(blocks) or blocks[i + 1][0] != "Bullet"):
            name = "BulletLast"  # the last item of a list keeps a paragraph's space after it
        style = styles.get(name, first_master if i == 0 else None, page_break)
        text = join_lines(lines, wrap)
        if kind == "Bullet":
            text = escape(glyph) + "<text:tab/>" + text
        tag = "text:p"
        out.append('<%s text:style-name="%s">%s</%s>' % (tag, style, text, tag))
    return "\n".join(out)


def region_xml(left, right, pstyle, table_name, below=None):
    """Paragraphs of a header/footer (a two-column borderless table when right is given),
    followed by the paragraphs of below."""
    def paras(lines):
        lines = lines or [""]
        return "".join('<text:p text:style-name="%s">%s</text:p>' % (pstyle, inline(l.strip()))
                       for l in lines)
    tail = paras(below) if below else ""
    if not right:
        return paras(left) + tail
    cell = ('<table:table-cell table:style-name="Letterhead.Cell" office:value-type="string">'
            '%s</table:table-cell>')
    return ('<table:table table:name="%s" table:style-name="Letterhead">'
            '<table:table-column table:style-name="Letterhead.A"/>'
            '<table:table-column table:style-name="Letterhead.B"/>'
            '<table:table-row>%s%s</table:table-row></table:table>'
            % (table_name, cell % paras(left), cell % paras(right))) + tail


def fodt(src):
    s = src.settings
    sec = src.sections
    font = float(s["font-size"])
    spacing = s["line-spacing"]
    left = float(s["left-margin"])
    right = 2.0
    text_width = 21.0 - left - right
    split = float(s["header-split"])
    styles = StyleSet()

    has_first = any(sec[k] is not None for k in
                    ("first-header", "first-header-right", "first-header-below", "first-footer"))
    first_master = "First" if has_first else "Rest"

    def header(prefix):
        lines, rlines, below = sec[prefix], sec[prefix + "-right"], sec[prefix + "-below"]
        if lines is None and rlines is None and below is None:
            return ""
        return "<style:header>%s</style:header>" % region_xml(
            lines, rlines, "Header", prefix.replace("-", "_"), below)

    def footer(name):
        if sec[name] is None:
            return ""
        return "<style:footer>%s</style:footer>" % region_xml(sec[name], None, "Footer", name)

    rest_header = header("header")
    rest_footer = footer("footer")
    has_first_header = any(sec[k] is not None for k in
                           ("first-header", "first-header-right", "first-header-below"))
    first_header = header("first-header") if has_first_header else rest_header
    first_footer = footer("first-footer") if sec["first-footer"] is not None else rest_footer

    masters = ""
    if has_first:
        masters += ('<style:master-page style:name="First" style:page-layout-name="Page" '
                    'style:next-style-name="Rest">%s%s</style:master-page>\n'
                    % (first_header, first_footer))
    masters += ('<style:master-page style:name="Rest" style:page-layout-name="Page">%s%s'
                '</style:master-page>' % (rest_header, rest_footer))

    body = body_xml(src, styles, first_master)

    common_styles = f"""
<style:default-style style:family="paragraph">
 <style:paragraph-properties fo:orphans="2" fo:widows="2" style:writing-mode="lr-tb"/>
 <style:text-properties style:font-name="Liberation Serif" fo:font-size="{font}pt"
   fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="{font * 0.035:.2f}cm"
   fo:line-height="{spacing}">
  <style:tab-stops><style:tab-stop style:position="8cm"/></style:tab-stops>
 </style:paragraph-properties>
</style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.35cm" fo:keep-with-next="always"/>
 <style:text-properties style:font-name="Liberation Sans" fo:font-size="{font + 3}pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.08cm" fo:keep-with-next="always"/>
 <style:text-properties style:font-name="Liberation Sans" fo:font-size="{font - 0.5}pt" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Bullet" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.08cm"
   fo:line-height="{spacing}">
  <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
 </style:paragraph-properties>
</style:style>
<style:style style:name="BulletLast" style:family="paragraph" style:parent-style-name="Bullet">
 <style:paragraph-properties fo:margin-bottom="{font * 0.035:.2f}cm"/>
</style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties>
  <style:tab-stops><style:tab-stop style:position="{split}cm"/></style:tab-stops>
 </style:paragraph-properties>
 <style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt"/>
</style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
 <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/>
</style:style>
<style:style style:name="Bold" style:family="text">
 <style:text-properties fo:font-weight="bold"/>
</style:style>"""

    auto_styles = f"""
<style:page-layout style:name="Page">
 <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
   fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="{left}cm" fo:margin-right="{right}cm"/>
 <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.9cm"/></style:header-style>
 <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
</style:page-layout>
<style:style style:name="Letterhead" style:family="table">
 <style:table-properties style:width="{text_width}cm" table:align="left"/>
</style:style>
<style:style style:name="Letterhead.A" style:family="table-column">
 <style:table-column-properties style:column-width="{split}cm"/>
</style:style>
<style:style style:name="Letterhead.B" style:family="table-column">
 <style:table-column-properties style:column-width="{text_width - split}cm"/>
</style:style>
<style:style style:name="Letterhead.Cell" style:family="table-cell">
 <style:table-cell-properties fo:padding="0cm" fo:border="none"/>
</style:style>
{styles.xml()}"""

    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(s["title"])}</dc:title><dc:language>sv-SE</dc:language></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>{common_styles}
</office:styles>
<office:automatic-styles>{auto_styles}
</office:automatic-styles>
<office:master-styles>
{masters}
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body>
</office:document>
"""


def stamp(pdf_bytes, date):
    """Makes a LibreOffice PDF reproducible without changing any byte offset: the creation
    date becomes date, /ID and /DocChecksum (time-seeded) an MD5 of the rest of the file."""
    digits = date.replace("-", "") + "120000"
    pdf_bytes = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})",
                       lambda m: m.group(1) + digits.encode(), pdf_bytes)
    volatile = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>\s*\])"
                          rb"|(/DocChecksum\s*/)([0-9A-Fa-f]+)")
    blanked = volatile.sub(lambda m: b"".join(g for g in m.groups() if g and not
                                              re.fullmatch(rb"[0-9A-Fa-f]+", g)), pdf_bytes)
    digest = hashlib.md5(blanked).hexdigest().upper().encode()

    def fill(m):
        return b"".join(digest[:len(g)] if re.fullmatch(rb"[0-9A-Fa-f]+", g) else g
                        for g in m.groups() if g)
    return volatile.sub(fill, pdf_bytes)


def pdf_pages(data):
    """The page count of a LibreOffice PDF (its page tree root's /Count)."""
    counts = re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)
    return max(int(c) for c in counts) if counts else "?"


def convert(names, keep_fodt):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: run tools/install-corpus-deps.sh")
    work = tempfile.mkdtemp(prefix="kvreg-corpus-")
    try:
        sources = {}
        paths = []
        for name in names:
            src = parse_source(os.path.join(SRC_DIR, name + ".src"))
            sources[name] = src
            path = os.path.join(work, name + ".fodt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(fodt(src))
            paths.append(path)
            if keep_fodt:
                os.makedirs(keep_fodt, exist_ok=True)
                shutil.copy(path, keep_fodt)
        profile = "file://" + os.path.join(work, "profile")
        env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8", SAL_USE_VCLPLUGIN="svp")
        cmd = [soffice, "-env:UserInstallation=" + profile, "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", os.path.join(work, "pdf")] + paths
        run = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if run.returncode != 0:
            sys.stderr.write(run.stdout.decode("utf-8", "replace"))
            sys.exit("soffice failed with status %d" % run.returncode)
        os.makedirs(OUT_DIR, exist_ok=True)
        for name in names:
            produced = os.path.join(work, "pdf", name + ".pdf")
            if not os.path.exists(produced):
                sys.exit(f"LibreOffice made no PDF for {name}")
            with open(produced, "rb") as f:
                data = stamp(f.read(), sources[name].settings["date"])
            with open(os.path.join(OUT_DIR, name + ".pdf"), "wb") as f:
                f.write(data)
            print(f"corpus/{name}.pdf  {pdf_pages(data)} p.  {len(data)} bytes  "
                  f"sha256 {hashlib.sha256(data).hexdigest()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", action="append", metavar="NAME", help="build only NAME (repeatable)")
    ap.add_argument("--keep-fodt", metavar="DIR", help="also copy each intermediate .fodt to DIR")
    args = ap.parse_args()
    all_names = sorted(f[:-4] for f in os.listdir(SRC_DIR) if f.endswith(".src"))
    names = all_names
    if args.only:
        unknown = [n for n in args.only if n not in all_names]
        if unknown:
            sys.exit("no such source: " + ", ".join(unknown))
        names = args.only
    convert(names, args.keep_fodt)


if __name__ == "__main__":
    main()
