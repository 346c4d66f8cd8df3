"""One engagement letter to PDF, in process, against the bare reportlab letter (PERFORMANCE.md:
target ≤ 2×); then 100 letters in one batch from a database.

    .venv/bin/python benchmarks/bench_letter.py [--runs 40] [--batch 100] [--db URL]

- one letter: `letters.render.render_letter` on a typical letter (3 pages: letterhead, parties,
  six sections, 20 planned sessions, fees and taxes, clauses, signatures, two embedded fonts)
  against `render()` of ../shared/baselines/bare_letter.py (copied below: a two-page letter, a
  20-row table, one embedded font). The two alternate run by run, so that a noisy machine slows
  both alike; medians and their ratio, in wall-clock time and in this process's CPU time. Both run
  with the settings the letters set on first use (binary rather than ASCII85 streams). Also the
  same letter gathered from the database first
  (`services.letters.prepare_letter`: queries + render).
- batch: `services.letters.letters_pdfs` over 100 engagements of a scratch SQLite database
  (or --db, an empty migrated database), total and per letter, with bare_letter's 100 for scale.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import pathlib
import statistics
import sys
import tempfile
import time
from decimal import Decimal

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

from crec_desktop.resources_path import resource  # noqa: E402

TARGET_RATIO = 2.0

# --- ../shared/baselines/bare_letter.py, copied (its font: the same DejaVu Sans file) ---------

pdfmetrics.registerFont(TTFont("Body", str(resource("fonts", "DejaVuSans.ttf"))))
BODY = ParagraphStyle("body", fontName="Body", fontSize=10.5, leading=14, spaceAfter=8)
TEXT = ("Nous avons le plaisir de vous confirmer l'intervention prévue auprès de votre fédération ; "
        "l'équipe se réjouit de cette collaboration. Le cœur du mandat, élaboré avec soin, reçoit l'accord "
        "de la direction générale : voilà l'œuvre commune déjà entamée. ") * 2


def bare_render(i: int = 0) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=letter, leftMargin=2.5 * cm, rightMargin=2.5 * cm)
    story = [Paragraph(f"Lettre d'entente n° 2026-{i:03d} — Fédération des coopératives d'habitation", BODY), Spacer(1, 12)]
    story += [Paragraph(f"{k}. {TEXT}", BODY) for k in range(1, 7)]
    rows = [["Date", "Spécialiste", "Activité", "Heures"]]
    rows += [[f"2026-12-{d + 1:02d}", "Hélène Bérubé", "Séance de travail — révision", "3,5"] for d in range(20)]
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Body", 9), ("GRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
    story += [Spacer(1, 12), table, Spacer(1, 24)]
    story.append(KeepTogether([Paragraph("Veuillez agréer l'expression de nos sentiments distingués.", BODY),
                               Spacer(1, 36), Paragraph("Directrice générale", BODY)]))
    doc.build(story)
    return out.getvalue()

# --- ours -----------------------------------------------------------------------------------


from crec_desktop.domain.timeutil import local  # noqa: E402
from crec_desktop.letters.data import (  # noqa: E402
    AssignedSpecialist,
    LetterData,
    LocalText,
    Organisation,
    PlannedSession,
    Recipient,
)
from crec_desktop.letters.render import render_letter  # noqa: E402

HR = LocalText("Ressources humaines", "Human resources")
ORG = Organisation(
    name="Consortium de ressources et d'expertises coopératives", short_name="CREC",
    address="5955, rue Saint-Laurent, bureau 300\nLévis (Québec)  G6V 3P5", city="Lévis", phone="418 555-0100",
    email="info@crec.example", gst_number="812345678 RT0001", qst_number="1223456789 TQ0001",
    signatory_name="Hélène Thibodeau", signatory_title="Directrice générale")
LOCATIONS = ("Bureaux du CREC, Lévis", "À distance (Teams)", "Chez le membre")


def typical_letter(i: int = 0) -> LetterData:
    start = dt.date(2026, 12, 1)
    sessions = tuple(
        PlannedSession(start + dt.timedelta(days=k + 2 * (k // 5)), dt.time(9 if k % 2 else 13, 30 if k % 3 else 0),
                       dt.time(12 if k % 2 else 16, 30 if k % 3 else 0), Decimal("3.00"),
                       "Julie Gagnon" if k % 3 else "Marc-André Lévesque", LOCATIONS[k % 3], tentative=k > 16)
        for k in range(20))
    return LetterData(
        number=f"2026-{i:03d}", title="Accompagnement en dotation d'un poste de direction générale",
        organisation=ORG,
        recipient=Recipient("Fédération des coopératives de services à domicile du Québec", "Louise Tremblay",
                            "Directrice générale", "275, rue du Parvis, bureau 200\nQuébec (Québec)  G1K 6G7"),
        letter_date=dt.date(2026, 11, 26), version=1, status="signed", domain=HR,
        context=("La direction générale de la fédération a annoncé son départ à la retraite. Le conseil "
                 "d'administration veut mener un processus rigoureux et équitable."),
        scope=("Accompagnement du comité de sélection dans le recrutement de la prochaine direction générale : "
               "profil de compétences, affichage, présélection, entrevues structurées et vérification des références."),
        deliverables="Profil de compétences validé par le comité\nOffre d'emploi et plan de diffusion\n"
                     "Grilles d'entrevue et de pondération\nRapport de recommandation au conseil",
        exclusions="Frais d'affichage payant\nTests psychométriques administrés par un tiers",
        start_date=dt.date(2026, 12, 1), end_date=dt.date(2027, 1, 29), budget_hours=Decimal("62.50"),
        hourly_rate=Decimal("108.00"),
        specialists=(AssignedSpecialist("Julie Gagnon", "Conseillère principale en ressources humaines, CRHA", (HR,),
                                        lead=True),
                     AssignedSpecialist("Marc-André Lévesque", "Conseiller juridique",
                                        (LocalText("Affaires juridiques", "Legal affairs"), HR))),
        sessions=sessions)


def fill_database(db, count: int) -> list[str]:
    """count engagements like the typical letter, each with 20 sessions, in db."""
    from sqlalchemy import select  # noqa: PLC0415

    from crec_desktop.store.models import (  # noqa: PLC0415
        Booking,
        DomainOfExpertise,
        Engagement,
        Member,
        Occurrence,
        Organization,
        Specialist,
    )

    data = typical_letter()
    numbers = []
    with db.write() as s:
        org = s.get(Organization, 1)
        for key in ("name", "short_name", "address", "city", "phone", "email", "gst_number", "qst_number",
                    "signatory_name", "signatory_title"):
            setattr(org, key, getattr(ORG, key))
        hr = s.scalars(select(DomainOfExpertise).where(DomainOfExpertise.code == "hr")).one()
        people = [Specialist(key=f"s{k}", name=name, title="Conseiller", hourly_rate=Decimal("95"), domains=[hr])
                  for k, name in enumerate(("Julie Gagnon", "Marc-André Lévesque"))]
        member = Member(key="m1", name=data.recipient.name, kind="federation", contact_name="Louise Tremblay",
                        contact_title="Directrice générale", address=data.recipient.address)
        s.add_all([*people, member])
        s.flush()
        for i in range(count):
            eng = Engagement(number=f"B-{i:03d}", member=member, domain=hr, lead=people[0], title=data.title,
                             status="signed", budget_hours=data.budget_hours, hourly_rate=data.hourly_rate,
                             scope=data.scope, context=data.context, deliverables=data.deliverables,
                             exclusions=data.exclusions, start_date=data.start_date, end_date=data.end_date)
            s.add(eng)
            s.flush()
            for k in range(20):
                begins = local(2026, 1, 5, 8) + dt.timedelta(days=i * 21 + k, hours=(k % 2) * 4)
                ends = begins + dt.timedelta(hours=3)
                who = people[k % 2]
                booking = Booking(uid=f"b-{i}-{k}", specialist_id=who.id, engagement_id=eng.id, start=begins, end=ends,
                                  series_end=ends, status="confirmed", location=LOCATIONS[k % 3])
                s.add(booking)
                s.flush()
                s.add(Occurrence(booking_id=booking.id, specialist_id=who.id, start=begins, end=ends, status="confirmed"))
            numbers.append(eng.number)
    return numbers


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--db", help="an empty database URL for the batch (default: a scratch SQLite file)")
    args = parser.parse_args()

    data = typical_letter()
    first = render_letter(data)
    bare_render(0)
    from pypdf import PdfReader  # noqa: PLC0415 - only to say how long the letters are

    print(f"letter: {len(PdfReader(io.BytesIO(first)).pages)} pages, {len(first) / 1024:.0f} KiB; "
          f"bare letter: {len(PdfReader(io.BytesIO(bare_render(0))).pages)} pages")
    assert render_letter(data) == first, "the same data must give the same bytes"

    ours, bare, ours_cpu, bare_cpu = [], [], [], []
    for run in range(args.runs):  # alternate, so that both see the same machine
        t0, c0 = time.perf_counter(), time.process_time()
        render_letter(data)
        t1, c1 = time.perf_counter(), time.process_time()
        bare_render(run)
        t2, c2 = time.perf_counter(), time.process_time()
        ours.append(t1 - t0)
        bare.append(t2 - t1)
        ours_cpu.append(c1 - c0)
        bare_cpu.append(c2 - c1)
    ratio = statistics.median(ours) / statistics.median(bare)
    print(f"one letter: ours median {median_ms(ours):.2f} ms, bare_letter median {median_ms(bare):.2f} ms, "
          f"ratio {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x: {'met' if ratio <= TARGET_RATIO else 'NOT met'})")
    # CPU time of this process only: what other programs on a shared machine do weighs less.
    print(f"one letter, CPU time: ours median {median_ms(ours_cpu):.2f} ms, bare_letter median "
          f"{median_ms(bare_cpu):.2f} ms, ratio {statistics.median(ours_cpu) / statistics.median(bare_cpu):.2f}x")

    from crec_desktop.services import letters  # noqa: PLC0415
    from crec_desktop.store import migrate  # noqa: PLC0415
    from crec_desktop.store.db import init_db  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder:
        db = init_db(args.db or f"sqlite:///{folder}/bench.sqlite3")
        migrate.upgrade(db)
        numbers = fill_database(db, args.batch)
        letters.prepare_letter(db, numbers[0])
        gathered, bare_again = [], []
        for run in range(min(args.runs, 20)):
            t0 = time.perf_counter()
            letters.prepare_letter(db, numbers[run % len(numbers)])
            t1 = time.perf_counter()
            bare_render(run)
            t2 = time.perf_counter()
            gathered.append(t1 - t0)
            bare_again.append(t2 - t1)
        print(f"one letter from the database (queries + render): median {median_ms(gathered):.2f} ms, "
              f"ratio {statistics.median(gathered) / statistics.median(bare_again):.2f}x to bare_letter")

        t0 = time.perf_counter()
        produced = sum(1 for _ in letters.letters_pdfs(db, numbers))
        batch = time.perf_counter() - t0
        t0 = time.perf_counter()
        for i in range(args.batch):
            bare_render(i)
        bare_batch = time.perf_counter() - t0
        db.dispose()
    print(f"batch: {produced} letters from the database in {batch:.2f} s ({batch / produced * 1000:.1f} ms each); "
          f"bare_letter x{args.batch}: {bare_batch:.2f} s; ratio {batch / bare_batch:.2f}x")


if __name__ == "__main__":
    main()
