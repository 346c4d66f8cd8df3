"""Whatever a person typed is printed as typed: markup characters are never interpreted."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from crec_desktop.letters.data import AssignedSpecialist, LocalText, PlannedSession
from crec_desktop.letters.render import render_letter
from tests.letters.sample import ORGANISATION, RECIPIENT, flat, pdf_text, sample

# Short values (no wrapping inside them) full of what a markup parser would eat or choke on.
NASTY = [
    "<b>gras</b>", "A & B", "&amp;", "&nbsp;", "<br/>", "« guillemets »", "l'œuvre d’art", '"dit-il"',
    "x < y > z", "<para>", "</font>", "<i>", "&lt;", "{title}", "%s",
]


def field_values(prefix: str) -> dict[str, str]:
    """One distinct nasty value per field: '<prefix><n>:' then a sample from NASTY."""
    names = ["org_name", "org_address", "org_city", "org_phone", "org_email", "gst", "qst", "signatory_name",
             "signatory_title", "member", "contact_name", "contact_title", "member_address", "title", "context",
             "scope", "deliverables", "exclusions", "spec_name", "spec_title", "domain", "session_specialist",
             "location", "number"]
    return {name: f"{prefix}{i}:{NASTY[i % len(NASTY)]}" for i, name in enumerate(names)}


def nasty_data(lang: str = "fr"):
    v = field_values("F")
    org = dataclasses.replace(ORGANISATION, name=v["org_name"], address=v["org_address"], city=v["org_city"],
                              phone=v["org_phone"], email=v["org_email"], gst_number=v["gst"],
                              qst_number=v["qst"], signatory_name=v["signatory_name"],
                              signatory_title=v["signatory_title"])
    rec = dataclasses.replace(RECIPIENT, name=v["member"], contact_name=v["contact_name"],
                              contact_title=v["contact_title"], address=v["member_address"])
    domain = LocalText(v["domain"], v["domain"])
    data = sample(
        number=v["number"], title=v["title"], organisation=org, recipient=rec, context=v["context"],
        scope=v["scope"], deliverables=v["deliverables"], exclusions=v["exclusions"], domain=domain, language=lang,
        specialists=(AssignedSpecialist(v["spec_name"], v["spec_title"], (domain,), lead=True),),
        sessions=(PlannedSession(dt.date(2026, 12, 1), dt.time(9), dt.time(10), Decimal("1.00"),
                                 v["session_specialist"], v["location"]),))
    return data, v


def test_markup_characters_in_every_field_come_out_literally():
    for lang in ("fr", "en"):
        data, values = nasty_data(lang)
        text = flat(pdf_text(render_letter(data)))
        for field, value in values.items():
            assert value in text, (lang, field, value)


def test_nothing_typed_turns_into_formatting():
    data, _ = nasty_data()
    text = pdf_text(render_letter(data))
    # A markup parser would have made "gras" bold and dropped the tags, or made &amp; an "&".
    assert "<b>gras</b>" in text and "&amp;" in text and "&nbsp;" in text and "<br/>" in text


def test_typed_line_breaks_and_spacing_are_kept():
    data = sample(scope="Étape 1 : analyse\nÉtape 2 : rédaction\n\nNouveau paragraphe avec  deux espaces")
    lines = pdf_text(render_letter(data)).splitlines()
    assert "Étape 1 : analyse" in lines and "Étape 2 : rédaction" in lines
    assert "Nouveau paragraphe avec  deux espaces" in lines
