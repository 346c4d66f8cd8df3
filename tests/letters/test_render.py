"""The letter's text, read back from the PDF: parties, sessions, amounts and taxes, both languages."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from crec_desktop.letters.data import Organisation
from crec_desktop.letters.render import render_letter
from tests.letters.sample import ORGANISATION, flat, pdf_text, sample, shows

# Each case: what changes in the sample, then the lines the fees table must show (French).
CASES = {
    "taxable, half up where half-even differs": (
        dict(budget_hours=Decimal("10.50"), hourly_rate=Decimal("113.00")),
        ["Honoraires (10,5 h × 113,00 $)", "1 186,50 $", "TPS (5 %) — n° 812345678 RT0001", "59,33 $",
         "TVQ (9,975 %) — n° 1223456789 TQ0001", "118,35 $", "Total", "1 364,18 $"],
        ["59,32 $", "taxes en sus", "non applicables"]),
    "a rate with cents, the subtotal rounded half up": (
        dict(budget_hours=Decimal("7.50"), hourly_rate=Decimal("88.75")),
        ["Honoraires (7,5 h × 88,75 $)", "665,63 $", "33,28 $", "66,40 $", "765,31 $"],
        ["665,62 $"]),
    "not taxable": (
        dict(taxable=False, budget_hours=Decimal("12.00"), hourly_rate=Decimal("95.00")),
        ["Honoraires (12 h × 95,00 $)", "1 140,00 $", "Taxes", "non applicables", "Total",
         "n'est pas assujetti à la TPS ni à la TVQ"],
        ["TPS (5 %)", "TVQ (9,975 %)", "57,00 $", "RT0001"]),
    "an estimate (draft): taxes extra": (
        dict(status="draft", budget_hours=Decimal("10.50"), hourly_rate=Decimal("113.00")),
        ["Honoraires estimés (10,5 h × 113,00 $), taxes en sus", "1 186,50 $", "59,33 $", "118,35 $",
         "Total estimé", "1 364,18 $", "estimation"],
        ["non applicables"]),
    "hours from the planned sessions: an estimate": (
        dict(budget_hours=None, hourly_rate=Decimal("100.00")),
        ["Honoraires estimés (5,5 h × 100,00 $), taxes en sus", "550,00 $", "27,50 $", "54,86 $", "632,36 $"],
        []),
}


@pytest.mark.parametrize("case", list(CASES))
def test_fees_and_taxes(case):
    changes, shown, absent = CASES[case]
    text = flat(pdf_text(render_letter(sample(**changes))))
    for expected in shown:
        assert shows(text, expected), expected
    for unexpected in absent:
        assert not shows(text, unexpected), unexpected


def test_combined_tax_rate_is_never_printed():
    for changes in ({}, {"status": "draft"}, {"language": "en"}):
        text = pdf_text(render_letter(sample(**changes)))
        assert "14,975" not in text and "14.975" not in text


def test_parties_sessions_and_dates_french():
    text = flat(pdf_text(render_letter(sample())))
    for expected in [
        "Lévis, le 26 novembre 2026", "N/Réf. : mandat 2026-014, version 1",
        "Marie-Ève Côté", "Fédération des coopératives d'habitation de l'Estrie", "Sherbrooke (Québec)  J1H 1S1",
        "Objet : Convention de services professionnels — Révision de la politique RH", "Madame, Monsieur,",
        "Signataire : Hélène Thibodeau, Directrice générale",
        "1. Contexte", "Le mandat débute le 1er décembre 2026 et se termine au plus tard le 31 mars 2027",
        "Julie Gagnon, responsable du mandat", "Conseiller juridique — Droit, Ressources humaines",
        "Séances prévues", "mar. 1 déc. 2026", "9 h – 12 h 30", "3,5 h", "Salle du conseil",
        "mar. 8 déc. 2026", "13 h 30 – 15 h 30", "provisoire", "Marc-André Lévesque", "À distance (Teams)",
        "Total des heures planifiées", "5,5 h",
        "payables dans les 30 jours", "articles 2125 et 2129 du Code civil du Québec",
        "Nom : Hélène Thibodeau", "Nom : Marie-Ève Côté", "Page 1 de",
    ]:
        assert shows(text, expected), expected


def test_english_letter():
    text = flat(pdf_text(render_letter(sample(language="en"))))
    for expected in [
        "Lévis, November 26, 2026", "Our ref.: engagement 2026-014, version 1", "Dear Marie-Ève Côté,",
        "Subject: Professional services agreement — Révision de la politique RH",
        "The engagement begins on December 1, 2026 and ends no later than March 31, 2027",
        "Julie Gagnon, engagement lead", "Conseiller juridique — Law, Human resources", "Planned sessions",
        "Tue, Dec 1, 2026", "tentative",
        "Human resources", "Fees (10.5", "$1,186.50", "GST (5%) — no. 812345678 RT0001", "$59.33",
        "QST (9.975%) — no. 1223456789 TQ0001", "$118.35", "$1,364.18", "within 30 days",
        "articles 2125 and 2129 of the Civil Code of Québec", "Page 1 of",
    ]:
        assert shows(text, expected), expected
    assert "Madame" not in text and "Honoraires" not in text


def test_language_argument_overrides_the_engagement():
    french = pdf_text(render_letter(sample(language="en"), "fr"))
    assert "Page 1 de" in french and "Madame, Monsieur," in french


def test_zero_sessions_leaves_out_the_table():
    text = flat(pdf_text(render_letter(sample(sessions=()))))
    assert "Séances prévues" not in text and "Total des heures planifiées" not in text
    assert "séances sont planifiées" not in text
    assert "5. Ressources professionnelles assignées" in text and "6. Honoraires" in text  # renumbered


def test_empty_sections_are_omitted_or_worded_generically():
    data = sample(context=None, scope="  ", deliverables=None, exclusions="", specialists=(), sessions=(),
                  start_date=None, end_date=None, budget_hours=None)
    text = flat(pdf_text(render_letter(data)))
    assert "Contexte" not in text
    assert "1. Objet et portée du mandat" in text
    assert shows(text, "Le mandat porte sur « Révision de la politique RH », dans le domaine Ressources humaines")
    assert "Les livrables seront convenus par écrit" in text
    assert "Tout service qui n'est pas décrit" in text
    assert "Les dates du mandat seront convenues entre les parties." in text
    assert "Nous désignerons la ou les ressources" in text
    # No hours at all: the rate only, taxes extra.
    assert shows(text, "au taux horaire de 113,00 $, taxes en sus")
    assert "Total" not in text.split("Honoraires")[-1]


def test_no_rate_at_all_says_the_rate_in_force():
    text = flat(pdf_text(render_letter(sample(hourly_rate=None))))
    assert "à notre taux horaire en vigueur, taxes en sus" in text


def test_missing_registration_numbers_and_signatory_still_make_a_letter():
    bare = Organisation(name="CREC")
    text = flat(pdf_text(render_letter(sample(organisation=bare))))
    assert "TPS (5" in text and "RT0001" not in text
    assert "Le 26 novembre 2026" in text  # no city: the date alone
    assert shows(text, "Nom :")


def test_same_data_same_bytes_and_fixed_metadata():
    first, second = render_letter(sample()), render_letter(sample())
    assert first == second
    from io import BytesIO

    from pypdf import PdfReader

    info = PdfReader(BytesIO(first)).metadata
    assert info.title == "Convention de services professionnels — 2026-014"
    assert info.author == ORGANISATION.name and info.creator == "crec-desktop"
    assert render_letter(sample(letter_date=dt.date(2026, 11, 27))) != first  # the date is printed


def test_organisation_logo_png_replaces_the_built_in_logo():
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGBA", (40, 40), (200, 30, 30, 255)).save(buf, "PNG")
    org = dataclasses.replace(ORGANISATION, logo_png=buf.getvalue())
    pdf = render_letter(sample(organisation=org))
    assert b"/Subtype /Image" in pdf
    assert b"/Subtype /Image" not in render_letter(sample())  # the CREC logo is drawn, not an image


def test_same_bytes_in_another_process(tmp_path):
    """No per-process state (font subset names, object ids, dates) leaks into the bytes."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    target = tmp_path / "other.pdf"
    code = ("import sys; from tests.letters.sample import sample; from crec_desktop.letters.render import render_letter; "
            "open(sys.argv[1], 'wb').write(render_letter(sample()))")
    subprocess.run([sys.executable, "-c", code, str(target)], check=True, cwd=ROOT, timeout=120)
    assert target.read_bytes() == render_letter(sample())
