"""Long letters flow across pages with `Page i de n` on each; fonts are embedded."""
from __future__ import annotations

import io
import re
from decimal import Decimal

from pypdf import PdfReader

from crec_desktop.letters.data import PlannedSession
from crec_desktop.letters.render import render_letter
from tests.letters.sample import SESSIONS, pages_text, sample

PARAGRAPH = ("Le mandat comprend l'analyse des pratiques actuelles, des entrevues avec les gestionnaires "
             "et la rédaction de recommandations adaptées au contexte des coopératives membres. ")


def long_scope(paragraphs: int = 40) -> str:
    return "\n\n".join(f"§{i:02d} " + PARAGRAPH * 2 for i in range(paragraphs))


def test_long_scope_flows_over_several_pages_numbered_i_of_n():
    pages = pages_text(render_letter(sample(scope=long_scope())))
    total = len(pages)
    assert total >= 4
    for number, text in enumerate(pages, start=1):
        found = re.findall(r"Page (\d+) de (\d+)", text)
        assert found == [(str(number), str(total))], (number, found)
    whole = "\n".join(pages)
    assert all(f"§{i:02d}" in whole for i in range(40))  # nothing lost at the page breaks
    assert whole.index("§39") < whole.index("Livrables et exclusions")
    # Later pages carry the running head with the reference.
    assert all("mandat 2026-014, version 1" in text for text in pages[1:])


def test_english_page_numbers():
    pages = pages_text(render_letter(sample(scope=long_scope(), language="en")))
    assert [re.findall(r"Page (\d+) of (\d+)", t) for t in pages] == \
        [[(str(i), str(len(pages)))] for i in range(1, len(pages) + 1)]


def test_signature_blocks_stay_with_their_heading():
    """Whatever the length before them, 'Acceptation' and both signature blocks share a page."""
    for paragraphs in range(0, 14):
        pages = pages_text(render_letter(sample(scope=long_scope(paragraphs) or None)))
        holder = [t for t in pages if "Acceptation" in t]
        assert len(holder) == 1, paragraphs
        assert holder[0].count("Nom") == 2 and holder[0].count("Date") >= 2, paragraphs


def test_session_table_repeats_its_header_on_each_page():
    many = tuple(PlannedSession(SESSIONS[0].day, SESSIONS[0].start, SESSIONS[0].end, Decimal("3.50"),
                                f"Spécialiste {i:03d}", "Salle") for i in range(90))
    pages = pages_text(render_letter(sample(sessions=many)))
    with_rows = [t for t in pages if "Spécialiste 0" in t]
    assert len(with_rows) >= 2
    assert all(re.search(r"Date\s+Heure\s+Durée\s+Spécialiste\s+Lieu", t) for t in with_rows)  # header again
    whole = "\n".join(pages)
    assert all(f"Spécialiste {i:03d}" in whole for i in range(90))


def _fonts(pdf: bytes) -> dict[str, object]:
    found = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for name, ref in page["/Resources"]["/Font"].items():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def test_fonts_are_embedded_truetype():
    fonts = _fonts(render_letter(sample()))
    assert len(fonts) >= 2  # regular and bold
    for name, font in fonts.items():
        assert font["/Subtype"] == "/TrueType", name
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name  # the TrueType program itself is in the file
        assert "DejaVuSans" in name or "CrecSans" in name or "AAAAA" in name, name
    # No standard (non-embedded) font such as Helvetica anywhere.
    assert not any("Helvetica" in n or "Times" in n or "Courier" in n for n in fonts)
