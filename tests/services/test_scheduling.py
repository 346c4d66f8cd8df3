"""Booking operations: each one checked, refused with reasons, warned about, audited, undone."""
from __future__ import annotations

import datetime as dt

import pytest

from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import local
from crec_desktop.services import agenda, audit
from crec_desktop.services import scheduling as S
from crec_desktop.services.changes import OccurrenceRef, StaleEdit
from crec_desktop.services.permissions import PermissionDenied
from crec_desktop.services.series import Edit


def book(org, who="sophie", day=23, start=9, end=12, *, user="chloe", **kw):
    kw.setdefault("engagement_id", org.engagements["2026-002"])
    return S.create_booking(org.db, org.user(user), specialist_id=org.ids[who], start=local(2026, 11, day, start),
                            end=local(2026, 11, day, end), **kw)


def ref(outcome) -> OccurrenceRef:
    return OccurrenceRef(outcome.main.key, outcome.main.version)


def snapshot(db):
    """Everything an undo must put back: bookings and their occurrences, by uid."""
    items = agenda.occurrences_between(db, local(2020, 1, 1), local(2035, 1, 1))
    return sorted((i.uid, i.specialist_id, i.start, i.end, i.status, i.engagement_id, i.location, i.note) for i in items)


def texts(error: UserError, lang="fr") -> str:
    return error.text(lang)


# --- refusals ---------------------------------------------------------------------------------

def test_confirmed_overlap_is_refused_with_both_languages(org):
    book(org, start=9, end=12)
    before = snapshot(org.db)
    with pytest.raises(UserError) as err:
        book(org, start=11, end=13)
    assert "Sophie Tremblay a déjà une réservation confirmée à ce moment (23 novembre 2026, de 9\u00a0h à 12\u00a0h)" in texts(err.value)
    assert "already has a confirmed booking" in texts(err.value, "en")
    assert snapshot(org.db) == before


def test_back_to_back_is_fine_and_tentative_may_overlap(org):
    book(org, start=9, end=12)
    book(org, start=12, end=14)
    out = book(org, start=10, end=11, status="tentative")
    assert any(w.key == "warn.conflict" for w in out.warnings)
    assert book(org, who="jean", start=9, end=12).main is not None  # someone else, same time


def test_making_a_conflicting_tentative_confirmed_is_refused(org):
    book(org, start=9, end=12)
    t = book(org, start=10, end=11, status="tentative")
    with pytest.raises(UserError):
        S.set_status(org.db, org.user("chloe"), ref(t), "confirmed")


@pytest.mark.parametrize("start,end,key", [
    (local(2026, 11, 23, 12), local(2026, 11, 23, 9), "rules.end_before_start"),
    (local(2026, 11, 23, 9), local(2026, 11, 23, 9), "rules.zero_length"),
    (local(2026, 11, 23, 9), local(2026, 11, 24, 9, 1), "rules.too_long"),
    (local(2026, 11, 23, 9) + dt.timedelta(seconds=30), local(2026, 11, 23, 12), "rules.whole_minute"),
])
def test_bad_instants_are_refused(org, start, end, key):
    with pytest.raises(UserError) as err:
        S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], start=start, end=end)
    assert key in [m.key for m in err.value.messages]
    assert snapshot(org.db) == []


def test_unknown_references_are_refused_all_at_once(org):
    with pytest.raises(UserError) as err:
        S.create_booking(org.db, org.user("admin" if False else "alice"), specialist_id=999, engagement_id=998,
                         start=local(2026, 11, 23, 9), end=local(2026, 11, 23, 10))
    assert [m.key for m in err.value.messages] == ["rules.unknown_specialist", "rules.unknown_engagement"]


def test_naive_instants_and_bad_rules_are_refused(org):
    with pytest.raises(UserError):
        S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["sophie"],
                         start=dt.datetime(2026, 11, 23, 9), end=dt.datetime(2026, 11, 23, 10))
    with pytest.raises(UserError) as err:
        book(org, rrule="FREQ=WEEKLY")  # endless
    assert err.value.messages[0].key == "rrule.unbounded"


def test_a_series_overlapping_a_confirmed_booking_is_refused(org):
    book(org, day=30, start=9, end=10)
    with pytest.raises(UserError) as err:
        book(org, day=23, start=9, end=12, rrule="FREQ=WEEKLY;COUNT=4")
    assert "30 novembre 2026" in texts(err.value)


# --- operations, audit and undo -----------------------------------------------------------------

def _round_trip(org, operation):
    before = snapshot(org.db)
    out = operation()
    after = snapshot(org.db)
    assert after != before
    back = S.undo(org.db, org.user("chloe"), out.undo)
    assert snapshot(org.db) == before
    S.undo(org.db, org.user("chloe"), back.undo)  # redo
    assert snapshot(org.db) == after
    return out


def test_move_in_time_and_to_another_specialist(org):
    b = book(org)
    out = _round_trip(org, lambda: S.move_booking(org.db, org.user("chloe"), ref(b), start=local(2026, 11, 24, 13),
                                                  specialist_id=org.ids["jean"]))
    item = agenda.agenda(org.db, dt.date(2026, 11, 24), dt.date(2026, 11, 24))[0]
    assert (item.specialist_key, item.start, item.end) == ("jean", local(2026, 11, 24, 13), local(2026, 11, 24, 16))
    assert out.main.version == 2


def test_resize_copy_delete_status_and_edit(org):
    b = book(org)
    r = _round_trip(org, lambda: S.resize_booking(org.db, org.user("chloe"), ref(b), end=local(2026, 11, 23, 15)))
    assert agenda.agenda(org.db, dt.date(2026, 11, 23), dt.date(2026, 11, 23))[0].hours == 6
    current = OccurrenceRef(b.main.key, r.main.version + 2)  # after undo and redo
    c = _round_trip(org, lambda: S.copy_booking(org.db, org.user("chloe"), current, start=local(2026, 11, 25, 9)))
    assert c.main.after.end == local(2026, 11, 25, 15)
    s = _round_trip(org, lambda: S.set_status(org.db, org.user("chloe"), current, "tentative"))
    current = OccurrenceRef(b.main.key, s.main.version + 2)
    e = _round_trip(org, lambda: S.edit_booking(org.db, org.user("chloe"), current,
                                                Edit(engagement_id=org.engagements["2026-001"], location="Lévis",
                                                     note="Rencontre")))
    assert (e.main.after.location, e.main.after.note) == ("Lévis", "Rencontre")
    current = OccurrenceRef(b.main.key, e.main.version + 2)
    d = _round_trip(org, lambda: S.delete_booking(org.db, org.user("chloe"), current))
    assert d.main.after is None


def test_every_operation_writes_an_audit_entry(org):
    user = org.user("chloe")
    b = book(org)
    m = S.move_booking(org.db, user, ref(b), start=local(2026, 11, 23, 13))
    S.undo(org.db, user, m.undo)
    entries = audit.entries(org.db, "booking", b.main.key)
    assert [e.action for e in entries] == ["booking.create", "booking.move", "booking.move.undo"]
    assert all(e.actor == "chloe" for e in entries)
    create, move, undo = entries
    assert create.before is None and create.after["start"] == "2026-11-23T09:00:00-05:00"
    assert move.before["start"] == "2026-11-23T09:00:00-05:00" and move.after["start"] == "2026-11-23T13:00:00-05:00"
    assert move.before["version"] == 1 and move.after["version"] == 2
    assert undo.after["start"] == "2026-11-23T09:00:00-05:00"


def test_refused_operation_writes_no_audit_entry(org):
    book(org)
    n = len(audit.entries(org.db))
    with pytest.raises(UserError):
        book(org, start=10, end=11)
    assert len(audit.entries(org.db)) == n


# --- stale edits ----------------------------------------------------------------------------------

def test_saving_over_a_changed_version_names_who_and_changes_nothing(org):
    b = book(org)
    S.move_booking(org.db, org.user("marc"), ref(b), start=local(2026, 11, 23, 13))  # someone else, first
    before = snapshot(org.db)
    with pytest.raises(StaleEdit) as err:
        S.move_booking(org.db, org.user("chloe"), ref(b), start=local(2026, 11, 23, 14))  # saw version 1
    assert "Marc Gestionnaire (marc) a modifié cet enregistrement le" in texts(err.value)
    assert "Marc Gestionnaire (marc) changed this record on" in texts(err.value, "en")
    assert snapshot(org.db) == before


def test_undo_over_someone_elses_change_is_stale(org):
    b = book(org)
    m = S.move_booking(org.db, org.user("chloe"), ref(b), start=local(2026, 11, 23, 13))
    S.set_status(org.db, org.user("marc"), OccurrenceRef(b.main.key, m.main.version), "tentative")
    before = snapshot(org.db)
    with pytest.raises(StaleEdit):
        S.undo(org.db, org.user("chloe"), m.undo)
    assert snapshot(org.db) == before


def test_editing_a_deleted_booking_says_who_deleted_it(org):
    b = book(org)
    S.delete_booking(org.db, org.user("marc"), ref(b))
    with pytest.raises(StaleEdit) as err:
        S.move_booking(org.db, org.user("chloe"), ref(b), start=local(2026, 11, 23, 13))
    assert "Marc Gestionnaire (marc) a supprimé cet enregistrement" in texts(err.value)


# --- permissions in the services ----------------------------------------------------------------

def test_specialist_books_own_time_but_not_someone_elses(org):
    own = book(org, who="sophie", user="sophie")
    assert own.main.after.specialist_id == org.ids["sophie"]
    with pytest.raises(PermissionDenied):
        book(org, who="jean", user="sophie")
    other = book(org, who="jean", day=24)
    with pytest.raises(PermissionDenied):
        S.move_booking(org.db, org.user("sophie"), ref(other), start=local(2026, 11, 24, 13))
    with pytest.raises(PermissionDenied):  # giving her booking away is changing Jean's schedule
        S.move_booking(org.db, org.user("sophie"), ref(own), specialist_id=org.ids["jean"])


def test_read_only_user_changes_nothing(org):
    b = book(org)
    with pytest.raises(PermissionDenied) as err:
        S.delete_booking(org.db, org.user("nobody"), ref(b))
    assert "Consultation seulement" in texts(err.value)
    with pytest.raises(PermissionDenied):
        book(org, day=24, user="nobody")
    assert len(snapshot(org.db)) == 1


def test_undo_is_checked_against_the_users_rights(org):
    b = book(org, who="jean")
    m = S.move_booking(org.db, org.user("chloe"), ref(b), start=local(2026, 11, 23, 13))
    with pytest.raises(PermissionDenied):
        S.undo(org.db, org.user("sophie"), m.undo)


# --- warnings ---------------------------------------------------------------------------------------

def keys(outcome):
    return [w.key for w in outcome.warnings]


def test_warnings_do_not_refuse(org):
    from crec_desktop.services import absences as A

    user = org.user("chloe")
    assert "warn.outside_hours" in keys(book(org, start=7, end=9))
    assert "warn.outside_hours" in keys(book(org, day=28, start=9, end=10))  # a Saturday
    A.create_absence(org.db, user, specialist_id=org.ids["jean"], start_date=dt.date(2026, 11, 26),
                     end_date=dt.date(2026, 11, 27))
    assert "warn.absence" in keys(book(org, who="jean", day=26))
    assert "warn.holiday" in keys(S.create_booking(org.db, user, specialist_id=org.ids["jean"],
                                                   start=local(2026, 12, 25, 9), end=local(2026, 12, 25, 10)))
    A.create_closure(org.db, org.user("alice"), date=dt.date(2026, 12, 28), name="Congé des fêtes")
    out = S.create_booking(org.db, user, specialist_id=org.ids["jean"], start=local(2026, 12, 28, 9),
                           end=local(2026, 12, 28, 10))
    assert "warn.closure" in keys(out)
    assert "Congé des fêtes" in out.warning_texts("fr")[0]


def test_over_capacity_budget_and_hour_bank(org):
    # 2026-001 has 10 budgeted hours; the member's hour bank is 40 hours.
    e1 = org.engagements["2026-001"]
    out = book(org, day=23, start=9, end=16, engagement_id=e1)
    assert "warn.budget" not in keys(out)
    out = book(org, day=24, start=9, end=13, engagement_id=e1)
    assert "warn.budget" in keys(out)
    assert "Le mandat 2026-001 dépasse ses heures prévues : 11\u00a0h planifiées pour 10\u00a0h" in out.warning_texts()
    # Jean: 28 h a week; four 7-hour days fill it, a fifth overflows it
    for day in (23, 24, 25, 26):
        out = book(org, who="jean", day=day, start=9, end=16)
    assert "warn.capacity" not in keys(out)
    out = book(org, who="jean", day=27, start=9, end=16)
    assert "warn.capacity" in keys(out)
    assert "Jean Côté dépasse sa disponibilité la semaine du 23 novembre 2026 : 35 h réservées pour 28 h" \
        in out.warning_texts()
    # fill the member's 40-hour bank
    for day in (25, 26, 27):
        out = book(org, day=day, start=9, end=16)
    out = book(org, who="coord", day=30, start=9, end=16)
    assert "warn.hour_bank" in keys(out)


def test_a_note_change_warns_of_nothing(org):
    b = book(org, start=7, end=9)
    out = S.edit_booking(org.db, org.user("chloe"), ref(b), Edit(note="prévoir le projecteur"))
    assert out.warnings == ()


def test_undo_stack_of_several_operations_on_one_booking(org):
    """Like QUndoStack: undo the latest operation, then the one before…, then redo them in order."""
    user = org.user("chloe")
    states = [snapshot(org.db)]
    b = book(org)
    states.append(snapshot(org.db))
    m = S.move_booking(org.db, user, ref(b), start=local(2026, 11, 23, 13))
    states.append(snapshot(org.db))
    r = S.resize_booking(org.db, user, OccurrenceRef(b.main.key, m.main.version), end=local(2026, 11, 23, 17))
    states.append(snapshot(org.db))
    redos = []
    for out, expected in zip((r, m, b), reversed(states[:-1])):
        redos.append(S.undo(org.db, user, out.undo).undo)
        assert snapshot(org.db) == expected
    for redo, expected in zip(reversed(redos), states[1:]):
        S.undo(org.db, user, redo)
        assert snapshot(org.db) == expected


def test_someone_elses_change_back_still_blocks_undo(org):
    b = book(org)
    m = S.move_booking(org.db, org.user("chloe"), ref(b), start=local(2026, 11, 23, 13))
    current = OccurrenceRef(b.main.key, m.main.version)
    there = S.move_booking(org.db, org.user("marc"), current, start=local(2026, 11, 23, 14))
    S.move_booking(org.db, org.user("marc"), OccurrenceRef(b.main.key, there.main.version), start=local(2026, 11, 23, 13))
    with pytest.raises(StaleEdit):
        S.undo(org.db, org.user("chloe"), m.undo)


@pytest.mark.parametrize("action", ["booking.create", "booking.move", "booking.resize", "booking.copy",
                                    "booking.delete", "booking.confirm", "booking.tentative", "booking.edit"])
def test_each_booking_operation_is_audited_with_its_name(org, action):
    user = org.user("chloe")
    b = book(org, status="confirmed" if action == "booking.tentative" else "tentative")
    operations = {
        "booking.create": lambda: b,
        "booking.move": lambda: S.move_booking(org.db, user, ref(b), start=local(2026, 11, 24, 9)),
        "booking.resize": lambda: S.resize_booking(org.db, user, ref(b), end=local(2026, 11, 23, 11)),
        "booking.copy": lambda: S.copy_booking(org.db, user, ref(b), start=local(2026, 11, 25, 9)),
        "booking.delete": lambda: S.delete_booking(org.db, user, ref(b)),
        "booking.confirm": lambda: S.set_status(org.db, user, ref(b), "confirmed"),
        "booking.tentative": lambda: S.set_status(org.db, user, ref(b), "tentative"),
        "booking.edit": lambda: S.edit_booking(org.db, user, ref(b), Edit(location="Rimouski")),
    }
    out = operations[action]()
    assert out.action == action
    last = audit.entries(org.db, "booking", out.main.key)[-1]
    assert (last.action, last.actor) == (action, "chloe")
    assert (last.before is None) == (action in ("booking.create", "booking.copy"))
    assert (last.after is None) == (action == "booking.delete")


# --- a transaction the database cancelled to break a deadlock ---------------------------------

class _Cancelled(Exception):
    sqlstate = "40P01"  # what psycopg's DeadlockDetected carries


def _deadlock_on_first(monkeypatch, times: int):
    """Make the first `times` write transactions fail as PostgreSQL fails the loser of a deadlock:
    after the booking's rows were flushed, so the retry must start from a rolled-back database."""
    from sqlalchemy.exc import OperationalError

    from crec_desktop.services import booking_kind

    calls = {"n": 0}
    original = booking_kind.BookingKind.after_flush

    def after_flush(self, session, plans):
        original(self, session, plans)
        calls["n"] += 1
        if calls["n"] <= times:
            raise OperationalError("INSERT INTO occurrence ...", {}, _Cancelled("deadlock detected"))

    monkeypatch.setattr(booking_kind.BookingKind, "after_flush", after_flush)
    return calls


def test_a_write_cancelled_in_a_deadlock_is_run_again_and_lands_once(org, monkeypatch):
    calls = _deadlock_on_first(monkeypatch, times=1)
    out = book(org, start=9, end=12)
    assert calls["n"] == 2
    items = agenda.occurrences_between(org.db, local(2026, 11, 23), local(2026, 11, 24))
    assert [(i.uid, i.start) for i in items] == [(out.main.key, local(2026, 11, 23, 9))]
    assert [e.action for e in audit.entries(org.db, "booking", out.main.key)] == ["booking.create"]


def test_a_write_cancelled_every_time_says_so_and_changes_nothing(org, monkeypatch):
    before = snapshot(org.db)
    calls = _deadlock_on_first(monkeypatch, times=99)
    with pytest.raises(UserError) as err:
        book(org, start=9, end=12)
    assert calls["n"] == 3
    assert [m.key for m in err.value.messages] == ["write.busy"]
    assert "réessayez" in texts(err.value) and "try again" in texts(err.value, "en")
    assert snapshot(org.db) == before
