"""services.letters on a real database: gathering, issuing, versions, reprints (SQLite and PostgreSQL)."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import local
from crec_desktop.services import letters
from crec_desktop.services.permissions import PermissionDenied
from crec_desktop.services.users import CurrentUser
from crec_desktop.store.models import AuditEntry, Engagement, IssuedLetter, Specialist
from tests.letters.records import add_booking, add_engagement, change_engagement, specialist
from tests.letters.sample import pdf_text, shows

MANAGER = CurrentUser(login="mgestion", role="manager")
TODAY = dt.date(2026, 11, 26)   # the letters are written on Thursday 26 November 2026


@pytest.fixture(autouse=True)
def _on_today(clock):
    clock.set(local(2026, 11, 26, 10))


def test_gather_reads_settings_member_people_sessions_and_fees(db):
    number = add_engagement(db)
    data = letters.letter_data(db, number)
    assert data.number == number and data.version == 1 and data.letter_date == TODAY
    assert data.organisation.name.startswith("Consortium") and data.organisation.gst_number == "812345678 RT0001"
    assert data.organisation.payment_terms_days == 30
    assert data.recipient.contact_name == "Marie-Ève Côté" and "Sherbrooke" in data.recipient.address
    assert [(s.name, s.lead) for s in data.specialists] == [("Julie Gagnon", True), ("Marc-André Lévesque", False)]
    # Equal positions: ordered by code (hr before law), the same every time.
    assert [x.fr for x in data.specialists[1].domains] == ["Ressources humaines", "Affaires juridiques"]
    first, second = data.sessions
    # Local (Toronto) date and time, real hours, specialist, location, tentative or not.
    assert (first.day, first.start, first.end, first.hours) == (dt.date(2026, 12, 1), dt.time(9), dt.time(12, 30),
                                                                Decimal("3.50"))
    assert (first.specialist, first.location, first.tentative) == ("Julie Gagnon", "Salle du conseil", False)
    assert (second.start, second.tentative, second.specialist) == (dt.time(13, 30), True, "Marc-André Lévesque")
    fees = data.fees()
    assert (fees.subtotal, fees.tps, fees.tvq) == (Decimal("1186.50"), Decimal("59.33"), Decimal("118.35"))


def test_rate_falls_back_to_the_lead_and_other_engagements_stay_out(db):
    number = add_engagement(db, rate=None, lead_rate="90.00")
    other = add_engagement(db, number="2026-015", sessions=[(local(2026, 12, 2, 9), Decimal("1"), "julie",
                                                             "confirmed", "Ailleurs")])
    data = letters.letter_data(db, number)
    assert data.hourly_rate == Decimal("90.00")
    assert all(s.location != "Ailleurs" for s in data.sessions) and len(data.sessions) == 2
    assert [s.location for s in letters.letter_data(db, other).sessions] == ["Ailleurs"]


def test_repeating_booking_gives_one_session_per_occurrence_at_the_same_local_time(db):
    number = add_engagement(db, sessions=[])
    with db.write() as s:
        engagement = s.scalars(select(Engagement).where(Engagement.number == number)).one()
        julie = s.scalars(select(Specialist).where(Specialist.key == "julie")).one()
        booking = add_booking(s, engagement, julie, local(2026, 10, 26, 9), Decimal("2"))
        booking.rrule = "FREQ=WEEKLY;COUNT=3"  # across the November clock change
        from crec_desktop.store.occurrences import replace_occurrences, series_end_of

        booking.series_end = series_end_of(booking)
        s.flush()
        replace_occurrences(s, [booking.id])
    sessions = letters.letter_data(db, number).sessions
    assert [(x.day, x.start, x.hours) for x in sessions] == [
        (dt.date(2026, 10, 26), dt.time(9), Decimal("2.00")), (dt.date(2026, 11, 2), dt.time(9), Decimal("2.00")),
        (dt.date(2026, 11, 9), dt.time(9), Decimal("2.00"))]


def test_unknown_engagement_is_a_clear_refusal(db):
    with pytest.raises(UserError) as info:
        letters.prepare_letter(db, "9999-999")
    assert "9999-999" in info.value.text("fr") and "Aucun mandat" in info.value.text("fr")
    assert "No engagement" in info.value.text("en")
    with pytest.raises(UserError):
        letters.issue_letter(db, "9999-999", MANAGER)


def test_issue_keeps_the_letter_and_reprints_it_byte_for_byte(db):
    number = add_engagement(db)
    issued = letters.issue_letter(db, number, MANAGER)
    assert (issued.number, issued.version, issued.created, issued.issued_by) == (number, 1, True, "mgestion")
    stored = letters.issued_pdf(db, number, 1)
    assert hashlib.sha256(stored).hexdigest() == issued.sha256
    text = pdf_text(stored)
    assert shows(text, "N/Réf. : mandat 2026-014, version 1") and shows(text, "1 364,18 $")
    with db.read() as s:
        row = s.scalars(select(IssuedLetter)).one()
        data = json.loads(row.data_json)
        assert data["number"] == number and data["version"] == 1 and data["letter_date"] == "2026-11-26"
        assert row.language == "fr"
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "letter.issue")).one()
        assert audit.actor == "mgestion" and audit.entity_key == number and issued.sha256 in audit.after_json

    # Nothing changed: issuing again, even days later, returns version 1 and stores nothing new.
    db.clock.advance(dt.timedelta(days=3))
    again = letters.issue_letter(db, number, MANAGER)
    assert (again.version, again.created, again.sha256) == (1, False, issued.sha256)
    prepared = letters.prepare_letter(db, number)
    assert prepared.issued and prepared.pdf == stored and prepared.data.letter_date == TODAY
    assert letters.letter_pdf(db, number) == stored
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(IssuedLetter)) == 1


def test_a_changed_engagement_gives_version_2_and_version_1_stays(db):
    number = add_engagement(db)
    first = letters.issue_letter(db, number, MANAGER)
    v1 = letters.issued_pdf(db, number, 1)
    change_engagement(db, number, scope="Portée élargie aux cadres intermédiaires.")
    preview = letters.prepare_letter(db, number)
    assert not preview.issued and preview.version == 2
    second = letters.issue_letter(db, number, MANAGER)
    assert (second.version, second.created) == (2, True) and second.sha256 != first.sha256
    assert letters.issued_pdf(db, number, 1) == v1  # never changed
    assert "Portée élargie" in pdf_text(letters.issued_pdf(db, number, 2))
    assert "version 2" in pdf_text(letters.issued_pdf(db, number, 2))
    assert [(i.version, i.language) for i in letters.issued_letters(db, number)] == [(1, "fr"), (2, "fr")]


def test_a_new_booking_or_another_language_is_a_new_version(db):
    number = add_engagement(db)
    letters.issue_letter(db, number, MANAGER)
    with db.write() as s:
        engagement = s.scalars(select(Engagement).where(Engagement.number == number)).one()
        add_booking(s, engagement, specialist(s, "julie", "Julie Gagnon"), local(2026, 12, 15, 9), Decimal("1"))
    assert letters.issue_letter(db, number, MANAGER).version == 2
    english = letters.issue_letter(db, number, MANAGER, lang="en")
    assert (english.version, english.language) == (3, "en")
    assert "Page 1 of" in pdf_text(letters.issued_pdf(db, number, 3))


def test_only_managers_and_admins_issue(db):
    number = add_engagement(db)
    for user in (CurrentUser(login="spec", role="specialist"), CurrentUser(login="nobody", role="read_only"),
                 CurrentUser(login="coord", role="coordinator")):
        with pytest.raises(PermissionDenied):
            letters.issue_letter(db, number, user)
    assert letters.issued_letters(db, number) == []
    assert letters.issue_letter(db, number, CurrentUser.system()).version == 1


def test_unknown_version_is_refused(db):
    number = add_engagement(db)
    with pytest.raises(UserError):
        letters.issued_pdf(db, number, 1)


def test_english_engagement_and_batch(db):
    french = add_engagement(db)
    english = add_engagement(db, number="2026-020", language="en", title="Onboarding program", taxable=False,
                             sessions=[(local(2026, 12, 3, 9), Decimal("2"), "julie", "confirmed", "Online")])
    results = dict(letters.letters_pdfs(db, [french, english]))
    assert list(results) == [french, english]
    assert "Page 1 de" in pdf_text(results[french])
    text = pdf_text(results[english])
    assert "Page 1 of" in text and "not applicable" in text and "Onboarding program" in text


def test_two_workstations_issuing_at_once_keep_one_version(db):
    """Both get version 1; one row is stored (SQLite serialises writers, PostgreSQL's unique
    constraint turns the loser's insert into a retry that finds the winner's letter)."""
    import threading

    number = add_engagement(db)
    from crec_desktop.store.db import init_db

    second = init_db(db.url, clock=db.clock)
    results, errors = [], []
    barrier = threading.Barrier(2)

    def issue(database):
        try:
            barrier.wait()
            results.append(letters.issue_letter(database, number, MANAGER))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=issue, args=(d,)) for d in (db, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    second.dispose()
    assert not errors
    assert sorted(r.version for r in results) == [1, 1] and sorted(r.created for r in results) == [False, True]
    assert len(letters.issued_letters(db, number)) == 1
