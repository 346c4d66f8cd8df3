"""A known LetterData for the rendering tests, and reading a PDF back as text (pypdf)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from decimal import Decimal

from pypdf import PdfReader

from crec_desktop.letters.data import (
    AssignedSpecialist,
    LetterData,
    LocalText,
    Organisation,
    PlannedSession,
    Recipient,
)

NBSP = "\u00a0"
HR = LocalText("Ressources humaines", "Human resources")

ORGANISATION = Organisation(
    name="Consortium de ressources et d'expertises coopératives", short_name="CREC",
    address="5955, rue Saint-Laurent, bureau 300\nLévis (Québec)  G6V 3P5", city="Lévis", phone="418 555-0100",
    email="info@crec.example", gst_number="812345678 RT0001", qst_number="1223456789 TQ0001",
    signatory_name="Hélène Thibodeau", signatory_title="Directrice générale", payment_terms_days=30)

RECIPIENT = Recipient(name="Fédération des coopératives d'habitation de l'Estrie", contact_name="Marie-Ève Côté",
                      contact_title="Directrice générale", address="1000, rue King Ouest\nSherbrooke (Québec)  J1H 1S1")

SESSIONS = (
    PlannedSession(dt.date(2026, 12, 1), dt.time(9, 0), dt.time(12, 30), Decimal("3.50"), "Julie Gagnon",
                   "Salle du conseil"),
    PlannedSession(dt.date(2026, 12, 8), dt.time(13, 30), dt.time(15, 30), Decimal("2.00"), "Marc-André Lévesque",
                   "À distance (Teams)", tentative=True),
)


def sample(**changes) -> LetterData:
    data = LetterData(
        number="2026-014", title="Révision de la politique RH", organisation=ORGANISATION, recipient=RECIPIENT,
        letter_date=dt.date(2026, 11, 26), language="fr", version=1, status="signed", domain=HR,
        context="La fédération veut harmoniser ses pratiques.",
        scope="Analyser la politique actuelle et proposer une version révisée.",
        deliverables="Rapport d'analyse\nPolitique révisée", exclusions="Frais d'affichage",
        start_date=dt.date(2026, 12, 1), end_date=dt.date(2027, 3, 31),
        budget_hours=Decimal("10.50"), hourly_rate=Decimal("113.00"), taxable=True,
        specialists=(AssignedSpecialist("Julie Gagnon", "Conseillère en ressources humaines", (HR,), lead=True),
                     AssignedSpecialist("Marc-André Lévesque", "Conseiller juridique",
                                        (LocalText("Droit", "Law"), HR))),
        sessions=SESSIONS)
    return dataclasses.replace(data, **changes)


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def flat(text: str) -> str:
    """Text with its line breaks made spaces (a wrapped sentence reads whole)."""
    return text.replace("\n", " ")


def shows(text: str, expected: str) -> bool:
    """Whether text contains expected, where each space of expected may be printed as a space
    or a no-break space (the letter puts no-break spaces in amounts, hours and before colons)."""
    pattern = "".join("[ \u00a0]" if c == " " else re.escape(c) for c in expected)
    return re.search(pattern, text) is not None
