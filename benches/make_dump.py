#!/usr/bin/env python3
"""Writes a synthetic MediaWiki dump of a chosen size, for measuring `crosscheck analyze`
on dumps: the wikitext fixture (tests/fixtures/fr_bataille_de_test.wiki) again and again,
each copy under its own title with its figures, dates and places varied, and among them
redirects (1 page in 10) and talk pages (1 in 20), as real dumps have.

    python3 benches/make_dump.py SIZE_MB OUT_DIR [--bz2]

writes OUT_DIR/synthwiki-pages-articles.xml (plain XML), and with --bz2 also the
multistream form as the wikis publish it:
OUT_DIR/synthwiki-pages-articles-multistream.xml.bz2 (100 pages a bzip2 stream) and
OUT_DIR/synthwiki-pages-articles-multistream-index.txt.bz2 (offset:page_id:title).
The output is the same for the same arguments (a fixed random seed). Standard library
only; nothing generated is meant to be committed.
"""

import bz2
import html
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEAD = (
    '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="0.11" xml:lang="fr">\n'
    "  <siteinfo>\n    <sitename>Synthwiki</sitename>\n    <dbname>synthwiki</dbname>\n"
    "  </siteinfo>\n"
)
TAIL = "</mediawiki>\n"
PLACES = ["Idleb", "Alep", "Hama", "Homs", "Deraa", "Palmyre", "Raqqa", "Kobané",
          "Saraqeb", "Ariha", "Maarat", "Lattaquié", "Tartous", "Qousseir", "Deir ez-Zor"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]


def page(title, ns, pid, text, redirect=None):
    red = f'    <redirect title="{html.escape(redirect)}" />\n' if redirect else ""
    return (
        f"  <page>\n    <title>{html.escape(title, quote=False)}</title>\n    <ns>{ns}</ns>\n"
        f"    <id>{pid}</id>\n{red}    <revision>\n      <id>{pid * 10 + 1}</id>\n"
        f"      <timestamp>2024-06-01T12:00:00Z</timestamp>\n"
        f'      <text bytes="{len(text.encode())}" xml:space="preserve">'
        f"{html.escape(text, quote=False)}</text>\n    </revision>\n  </page>\n"
    )


def variant(base, rng, n):
    place = rng.choice(PLACES)
    title = f"Bataille de {place} ({n})"
    text = base.replace("Bataille de Test", title).replace("bataille de Test", f"bataille de {place}")
    text = text.replace("Jisr al-Choghour", place)
    # Figures varied: each number of two to four digits scaled by the same factor.
    factor = rng.uniform(0.5, 2.0)
    text = re.sub(r"(?<![\d/.-])(\d{2,3})(?![\d/.-])",
                  lambda m: str(max(1, int(int(m.group(1)) * factor))), text)
    text = text.replace("avril", rng.choice(MONTHS))
    return title, text


def pages(base, rng):
    n = 0
    pid = 1
    while True:
        n += 1
        title, text = variant(base, rng, n)
        yield pid, title, page(title, 0, pid, text)
        pid += 1
        if n % 10 == 0:
            yield pid, f"Combats de {n}", page(f"Combats de {n}", 0, pid,
                                               f"#REDIRECTION [[{title}]]", redirect=title)
            pid += 1
        if n % 20 == 0:
            yield pid, f"Discussion:{title}", page(f"Discussion:{title}", 1, pid, text)
            pid += 1


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    size = int(float(args[0]) * 1_000_000)
    out = args[1]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(ROOT, "tests/fixtures/fr_bataille_de_test.wiki"), encoding="utf-8") as f:
        base = f.read()
    rng = random.Random(7)
    xml_path = os.path.join(out, "synthwiki-pages-articles.xml")
    want_bz2 = "--bz2" in sys.argv
    bz_path = os.path.join(out, "synthwiki-pages-articles-multistream.xml.bz2")
    index_path = os.path.join(out, "synthwiki-pages-articles-multistream-index.txt.bz2")
    written = 0
    with open(xml_path, "w", encoding="utf-8") as xml:
        bz = open(bz_path, "wb") if want_bz2 else None
        index = bz2.BZ2Compressor(9) if want_bz2 else None
        index_parts = []

        def stream(data):
            if bz is not None:
                bz.write(bz2.compress(data.encode(), 9))

        xml.write(HEAD)
        stream(HEAD)
        written += len(HEAD.encode())
        group = []
        for pid, title, p in pages(base, rng):
            xml.write(p)
            written += len(p.encode())
            group.append((pid, title, p))
            if len(group) == 100 or written >= size:
                if bz is not None:
                    offset = bz.tell()
                    for gid, gtitle, _ in group:
                        index_parts.append(index.compress(f"{offset}:{gid}:{gtitle}\n".encode()))
                    stream("".join(g[2] for g in group))
                group = []
            if written >= size:
                break
        xml.write(TAIL)
        stream(TAIL)
        if bz is not None:
            bz.close()
            index_parts.append(index.flush())
            with open(index_path, "wb") as f:
                f.write(b"".join(index_parts))
    print(f"wrote {xml_path} ({written / 1e6:.0f} MB)" + (f", {bz_path}, {index_path}" if want_bz2 else ""))


if __name__ == "__main__":
    main()
