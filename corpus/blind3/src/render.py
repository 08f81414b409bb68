"""Render a simple block list to flat ODT (.fodt) or HTML, for LibreOffice headless conversion."""
import html, re

def esc(s):
    return html.escape(s, quote=False)

def inline_fodt(s):
    # **bold**, tabs, line breaks
    out = []
    for i, part in enumerate(re.split(r'\*\*', s)):
        part = esc(part).replace('\t', '<text:tab/>').replace('\n', '<text:line-break/>')
        out.append(f'<text:span text:style-name="B">{part}</text:span>' if i % 2 else part)
    return ''.join(out)

def inline_html(s):
    out = []
    for i, part in enumerate(re.split(r'\*\*', s)):
        part = esc(part).replace('\t', '&#160;&#160;&#160;&#160;').replace('\n', '<br/>')
        out.append(f'<b>{part}</b>' if i % 2 else part)
    return ''.join(out)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

def header_footer_fodt(lines):
    ps = []
    for ln in lines:
        t = inline_fodt(ln).replace('{PAGE}', '<text:page-number text:select-page="current">1</text:page-number>').replace('{PAGES}', '<text:page-count>1</text:page-count>')
        ps.append(f'<text:p text:style-name="HF">{t}</text:p>')
    return ''.join(ps)

def to_fodt(doc):
    font = doc.get('font', 'Liberation Serif')
    size = doc.get('size', '12pt')
    ml = doc.get('margin_left', '2.5cm')
    mr = doc.get('margin_right', '2cm')
    lh = doc.get('line_height', '115%')
    tabpos = doc.get('hf_tab', '16cm')
    generic = 'roman' if 'Serif' in font else 'swiss'
    body = []
    tcount = 0
    for b in doc['blocks']:
        kind = b[0]
        if kind == 'h':
            body.append(f'<text:h text:style-name="H" text:outline-level="2">{inline_fodt(b[1])}</text:h>')
        elif kind == 'title':
            body.append(f'<text:h text:style-name="Title1" text:outline-level="1">{inline_fodt(b[1])}</text:h>')
        elif kind == 'p':
            body.append(f'<text:p text:style-name="Body">{inline_fodt(b[1])}</text:p>')
        elif kind == 'small':
            body.append(f'<text:p text:style-name="Small">{inline_fodt(b[1])}</text:p>')
        elif kind == 'pb':
            body.append('<text:p text:style-name="PB"/>')
        elif kind in ('ul', 'ol'):
            style = 'Bullets' if kind == 'ul' else 'Numbers'
            items = []
            for it in b[1]:
                if it == '<PB>':
                    items.append(None); continue
                items.append(it)
            body.append(f'<text:list text:style-name="{style}">')
            brk = False
            for it in items:
                if it is None:
                    brk = True; continue
                ps = 'ListPB' if brk else 'List'
                brk = False
                body.append(f'<text:list-item><text:p text:style-name="{ps}">{inline_fodt(it)}</text:p></text:list-item>')
            body.append('</text:list>')
        elif kind == 'table':
            tcount += 1
            hdr, rows = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            widths = opts.get('widths', [16.0 / len(hdr)] * len(hdr))
            name = f'Tabell{tcount}'
            body.append(f'<table:table table:name="{name}" table:style-name="Tbl">')
            for i, w in enumerate(widths):
                body.append(f'<table:table-column table:style-name="Col{tcount}_{i}"/>')
            body.append('<table:table-header-rows><table:table-row>')
            for h in hdr:
                body.append(f'<table:table-cell table:style-name="CellH" office:value-type="string"><text:p text:style-name="TH">{inline_fodt(h)}</text:p></table:table-cell>')
            body.append('</table:table-row></table:table-header-rows>')
            for r in rows:
                body.append('<table:table-row>')
                for c in r:
                    if c is None:
                        body.append('<table:covered-table-cell/>')
                    elif isinstance(c, tuple):  # (text, rowspan[, colspan])
                        cs = c[2] if len(c) > 2 else 1
                        span = (f' table:number-rows-spanned="{c[1]}"' if c[1] > 1 else '') + (f' table:number-columns-spanned="{cs}"' if cs > 1 else '')
                        st = 'CellG' if cs > 1 else 'Cell'
                        body.append(f'<table:table-cell table:style-name="{st}"{span} office:value-type="string"><text:p text:style-name="TD">{inline_fodt(c[0])}</text:p></table:table-cell>')
                    else:
                        body.append(f'<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="TD">{inline_fodt(c)}</text:p></table:table-cell>')
                body.append('</table:table-row>')
            body.append('</table:table>')
            doc.setdefault('_colwidths', []).append(widths)
        else:
            raise ValueError(kind)
    colstyles = []
    for t, widths in enumerate(doc.get('_colwidths', []), 1):
        for i, w in enumerate(widths):
            colstyles.append(f'<style:style style:name="Col{t}_{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
    twidth = sum(doc['_colwidths'][0]) if doc.get('_colwidths') else 16
    head = header_footer_fodt(doc.get('header', []))
    foot = header_footer_fodt(doc.get('footer', []))
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
<style:font-face style:name="{font}" svg:font-family="&apos;{font}&apos;" style:font-family-generic="{generic}" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="{font}" fo:font-size="{size}" fo:language="sv" fo:country="SE" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="{lh}"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="H" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="{doc.get('hsize','13pt')}" fo:font-weight="bold"/></style:style>
<style:style style:name="Title1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="{doc.get('tsize','16pt')}" fo:font-weight="bold"/></style:style>
<style:style style:name="List" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.12cm" fo:line-height="{lh}"/></style:style>
<style:style style:name="ListPB" style:family="paragraph" style:parent-style-name="List"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="TH" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold" fo:font-size="{doc.get('tdsize', size)}"/></style:style>
<style:style style:name="TD" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="{doc.get('tdsize', size)}"/></style:style>
<style:style style:name="HF" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="{float(tabpos[:-2])/2}cm" style:type="center"/><style:tab-stop style:position="{tabpos}" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.7cm" fo:text-indent="-0.6cm" fo:margin-left="0.7cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="Numbers"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.6cm" fo:margin-left="0.8cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="{twidth}cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.3cm"/></style:style>
{''.join(colstyles)}
<style:style style:name="CellH" style:family="table-cell"><style:table-cell-properties fo:background-color="#e6e6e6" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="CellG" style:family="table-cell"><style:table-cell-properties fo:background-color="#f3f3f3" fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="{ml}" fo:margin-right="{mr}"/>
<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header>{head}</style:header>
<style:footer>{foot}</style:footer>
</style:master-page>
</office:master-styles>
<office:body><office:text>
{''.join(body)}
</office:text></office:body>
</office:document>
'''

def to_html(doc):
    font = doc.get('font', 'Liberation Sans')
    size = doc.get('size', '11pt')
    ml = doc.get('margin_left', '2.5cm')
    lh = doc.get('line_height', '1.2')
    parts = []
    for b in doc['blocks']:
        k = b[0]
        if k == 'title':
            parts.append(f'<h1>{inline_html(b[1])}</h1>')
        elif k == 'h':
            parts.append(f'<h2>{inline_html(b[1])}</h2>')
        elif k == 'p':
            parts.append(f'<p>{inline_html(b[1])}</p>')
        elif k == 'small':
            parts.append(f'<p class="small">{inline_html(b[1])}</p>')
        elif k == 'pb':
            parts.append('<p style="page-break-before: always"></p>')
        elif k in ('ul', 'ol'):
            parts.append(f'<{k}>' + ''.join(f'<li>{inline_html(i)}</li>' for i in b[1] if i != '<PB>') + f'</{k}>')
        elif k == 'table':
            hdr, rows = b[1], b[2]
            t = ['<table cellpadding="4" cellspacing="0" border="1" width="100%"><thead><tr>' + ''.join(f'<th align="left">{inline_html(h)}</th>' for h in hdr) + '</tr></thead><tbody>']
            for r in rows:
                cells = []
                for c in r:
                    if c is None: continue
                    if isinstance(c, tuple): cells.append(f'<td rowspan="{c[1]}" colspan="{c[2] if len(c) > 2 else 1}">{inline_html(c[0])}</td>')
                    else: cells.append(f'<td>{inline_html(c)}</td>')
                t.append('<tr>' + ''.join(cells) + '</tr>')
            t.append('</tbody></table>')
            parts.append(''.join(t))
        elif k == 'raw':
            parts.append(b[1])
        else:
            raise ValueError(k)
    return f'''<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"/><title>{esc(doc.get('htitle','Dokument'))}</title>
<style>
@page {{ size: A4; margin: 2cm 2cm 2cm {ml}; }}
body {{ font-family: '{font}'; font-size: {size}; line-height: {lh}; }}
h1 {{ font-family: '{font}'; font-size: {doc.get('tsize','15pt')}; font-weight: bold; margin-top: 14pt; margin-bottom: 8pt; }}
h2 {{ font-family: '{font}'; font-size: {doc.get('hsize','12pt')}; font-weight: bold; margin-top: 12pt; margin-bottom: 4pt; }}
p {{ margin-top: 0; margin-bottom: 7pt; font-size: {size}; }}
p.small {{ font-size: 9pt; margin-bottom: 2pt; }}
li {{ margin-bottom: 4pt; font-size: {size}; }}
td, th {{ font-size: {doc.get('tdsize', size)}; vertical-align: top; }}
{doc.get('css','')}
</style></head><body>
{''.join(parts)}
</body></html>
'''
