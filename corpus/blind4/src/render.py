# Renders the mini-markup of docs.py into HTML or flat ODT (.fodt).
from xml.sax.saxutils import escape as xesc
import html

# Blocks:
#  ("title", text) ("h", text) ("p", text) ("pb", text) paragraph after page break
#  ("small", text) ("ul", [items]) ("ol", [items]) ("ulpb", [items], break_index)
#  ("table", header|None, rows, widths) rows: list of cells or ("section", text)
#  ("sect2", [blocks])  two-column section (fodt only)
#  ("pre", [lines]) e-mail block, indented, smaller


def to_html(doc):
    font = doc["font"]; size = doc["size"]
    lh = doc.get("line_height", "115%")
    css = f"""@page {{ size: A4; margin: {doc['margin']}; }}
body {{ font-family: '{font}'; font-size: {size}pt; line-height: {lh}; }}
p {{ margin: 0 0 0.25cm 0; }}
h1 {{ font-family: '{font}'; font-size: {size+4}pt; font-weight: bold; margin: 0.3cm 0 0.3cm 0; }}
h2 {{ font-family: '{font}'; font-size: {size+1}pt; font-weight: bold; margin: 0.35cm 0 0.15cm 0; }}
td, th {{ font-family: '{font}'; font-size: {size-0.5}pt; border: 1px solid #444; padding: 3px; vertical-align: top; }}
table {{ border-collapse: collapse; }}
.small {{ font-size: {size-1.5}pt; }}
.pre {{ margin-left: 1cm; font-size: {size-1}pt; }}
"""
    out = [f"<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>{html.escape(doc['title'])}</title>\n<style>\n{css}</style></head><body>"]
    for line in doc.get("header", []):
        out.append(f'<p class="small">{html.escape(line)}</p>')
    out.extend(html_blocks(doc["body"]))
    for line in doc.get("footer", []):
        out.append(f'<p class="small">{html.escape(line)}</p>')
    out.append("</body></html>\n")
    return "\n".join(out)


def html_blocks(blocks):
    out = []
    E = html.escape
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"<h1>{E(b[1])}</h1>")
        elif k == "h":
            out.append(f"<h2>{E(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{E(b[1])}</p>")
        elif k == "pb":
            out.append(f'<p style="page-break-before: always">{E(b[1])}</p>')
        elif k == "small":
            out.append(f'<p class="small">{E(b[1])}</p>')
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{E(i)}</li>" for i in b[1]) + f"</{k}>")
        elif k == "pre":
            out.append('<div class="pre">' + "".join(f"<p>{E(l)}</p>" if l else "<p>&nbsp;</p>" for l in b[1]) + "</div>")
        elif k == "table":
            header, rows, widths = b[1], b[2], b[3]
            t = ['<table width="100%" cellspacing="0">']
            if widths:
                t.append("<colgroup>" + "".join(f'<col width="{w}%">' for w in widths) + "</colgroup>")
            if header:
                t.append("<thead><tr>" + "".join(f"<th align=\"left\">{E(c)}</th>" for c in header) + "</tr></thead>")
            t.append("<tbody>")
            for r in rows:
                if isinstance(r, tuple):
                    t.append(f'<tr><td colspan="{len(widths)}"><b>{E(r[1])}</b></td></tr>')
                else:
                    t.append("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>")
            t.append("</tbody></table>")
            out.append("".join(t))
        else:
            raise ValueError(k)
    return out


def to_fodt(doc):
    font = doc["font"]; size = doc["size"]
    lh = doc.get("line_height", "115%")
    m = doc["margin_cm"]  # (top, bottom, left, right)
    X = xesc
    body = []
    tcount = [0]

    def blocks(bl):
        for b in bl:
            k = b[0]
            if k == "title":
                body.append(f'<text:p text:style-name="Title">{X(b[1])}</text:p>')
            elif k == "h":
                body.append(f'<text:h text:style-name="H" text:outline-level="2">{X(b[1])}</text:h>')
            elif k == "p":
                body.append(f'<text:p text:style-name="Body">{X(b[1])}</text:p>')
            elif k == "pb":
                body.append(f'<text:p text:style-name="BodyPB">{X(b[1])}</text:p>')
            elif k == "small":
                body.append(f'<text:p text:style-name="Small">{X(b[1])}</text:p>')
            elif k in ("ul", "ol", "ulpb", "olpb"):
                ls = "LBullet" if k.startswith("ul") else "LNum"
                brk = b[2] if len(b) > 2 else -1
                body.append(f'<text:list text:style-name="{ls}">')
                for i, it in enumerate(b[1]):
                    st = "ListPB" if i == brk else "ListP"
                    body.append(f'<text:list-item><text:p text:style-name="{st}">{X(it)}</text:p></text:list-item>')
                body.append('</text:list>')
            elif k == "pre":
                for l in b[1]:
                    body.append(f'<text:p text:style-name="Pre">{X(l)}</text:p>')
            elif k == "table":
                header, rows, widths = b[1], b[2], b[3]
                tcount[0] += 1
                tn = f"Tabell{tcount[0]}"
                body.append(f'<table:table table:name="{tn}" table:style-name="Tbl">')
                for i, w in enumerate(widths):
                    body.append(f'<table:table-column table:style-name="{tn}col{chr(65+i)}"/>')
                    autos.append(f'<style:style style:name="{tn}col{chr(65+i)}" style:family="table-column"><style:table-column-properties style:column-width="{textw*w/100:.3f}cm"/></style:style>')
                n = len(widths)
                def cell(txt, hdr=False, span=1):
                    sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
                    ps = "TH" if hdr else "TD"
                    c = f'<table:table-cell table:style-name="Cell" office:value-type="string"{sp}><text:p text:style-name="{ps}">{X(txt)}</text:p></table:table-cell>'
                    if span > 1:
                        c += "<table:covered-table-cell/>" * (span - 1)
                    return c
                if header:
                    body.append('<table:table-header-rows><table:table-row>' + "".join(cell(c, True) for c in header) + '</table:table-row></table:table-header-rows>')
                for r in rows:
                    if isinstance(r, tuple):
                        body.append('<table:table-row table:style-name="Row">' + cell(r[1], True, n) + '</table:table-row>')
                    else:
                        body.append('<table:table-row table:style-name="Row">' + "".join(cell(c) for c in r) + '</table:table-row>')
                body.append('</table:table>')
            elif k == "sect2":
                body.append('<text:section text:style-name="Sect2" text:name="Tvaspalt">')
                blocks(b[1])
                body.append('</text:section>')
            else:
                raise ValueError(k)

    autos = []
    textw = 21.0 - m[2] - m[3]
    blocks(doc["body"])

    def hf(lines, tag):
        if not lines:
            return ""
        ps = []
        for l in lines:
            l = X(l).replace("{PAGE}", "<text:page-number text:select-page=\"current\"/>").replace("{PAGES}", "<text:page-count/>").replace("\t", "<text:tab/>")
            ps.append(f'<text:p text:style-name="HF">{l}</text:p>')
        return f"<style:{tag}>" + "".join(ps) + f"</style:{tag}>"

    textw = 21.0 - m[2] - m[3]
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
<style:font-face style:name="{font}" svg:font-family="'{font}'" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="{lh}"/><style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.22cm" fo:line-height="{lh}"/></style:style>
<style:style style:name="BodyPB" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.35cm"/><style:text-properties fo:font-size="{size+4}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="{size+1}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm" fo:line-height="100%"/><style:text-properties fo:font-size="{size-1.5}pt"/></style:style>
<style:style style:name="ListP" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm" fo:line-height="{lh}"/></style:style>
<style:style style:name="ListPB" style:family="paragraph" style:parent-style-name="ListP"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Pre" style:family="paragraph"><style:paragraph-properties fo:margin-left="1cm" fo:margin-bottom="0.05cm" fo:line-height="100%"/><style:text-properties fo:font-size="{size-1}pt"/></style:style>
<style:style style:name="TH" style:family="paragraph"><style:paragraph-properties fo:line-height="100%"/><style:text-properties fo:font-size="{size-0.5}pt" fo:font-weight="bold"/></style:style>
<style:style style:name="TD" style:family="paragraph"><style:paragraph-properties fo:line-height="100%"/><style:text-properties fo:font-size="{size-0.5}pt"/></style:style>
<style:style style:name="HF" style:family="paragraph"><style:paragraph-properties fo:line-height="100%"><style:tab-stops><style:tab-stop style:position="{textw-0.01:.2f}cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="{size-2}pt"/></style:style>
<text:list-style style:name="LBullet">
<text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-bullet>
</text:list-style>
<text:list-style style:name="LNum">
<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.6cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="{m[0]}cm" fo:margin-bottom="{m[1]}cm" fo:margin-left="{m[2]}cm" fo:margin-right="{m[3]}cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="{textw:.2f}cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
{"".join(autos)}
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="PL">{hf(doc.get("header"), "header")}{hf(doc.get("footer"), "footer")}</style:master-page>
</office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
'''
