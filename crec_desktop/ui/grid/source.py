"""The grid's source: the scheduling services, turned into what the painter and the editor need.

    source = ServiceSource(db, user, lang)
    source.rows()                     # RowInfo per specialist (inactive ones flagged)
    source.fetch(first, last)         # Window: blocks, absences, holidays/closures, available hours
    source.fetch_blocks(first, last, specialist_ids)   # just those rows' blocks (after an edit of ours)
    source.move(changes, scope)       # Outcome(warnings, undo, keys, rows) — or UserError, nothing changed
    source.revert(outcome.undo)       # undo, then redo with the Outcome it returns

Reads go through services.planning (a window's occurrences, absences, holidays and closures in
one session; people, choices, change stamp), services.agenda (the rows an edit touched) and
services.availability (expected hours); writes through
services.scheduling, so every drop is checked, written, audited and undoable in one transaction.
The people and the domains are read once per change stamp (rows, specialist and domain choices,
expected hours all use them); the writing services are imported after the window's first paint
(`warm_up`), not before it.
Several blocks acted on at once go in one operation when the services offer it
(change_bookings); copies and deletions of several are done one by one and, if one is
refused, the ones already done are undone before the refusal is reported.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QCoreApplication

from crec_desktop.domain.formatting import format_time
from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import range_bounds
from crec_desktop.services import agenda, availability, planning
from crec_desktop.services.permissions import BOOKING_EDIT, may
from crec_desktop.ui.grid.data import (
    AbsenceInfo,
    BlockInfo,
    BookingDraft,
    Change,
    Choice,
    DayMark,
    Outcome,
    RowInfo,
    Window,
)


def _absence_labels() -> dict[str, str]:
    return {"vacation": QCoreApplication.translate("GridSource", "Vacances"), "sick": QCoreApplication.translate("GridSource", "Maladie"),
            "training": QCoreApplication.translate("GridSource", "Formation"), "personal": QCoreApplication.translate("GridSource", "Congé personnel"),
            "other": QCoreApplication.translate("GridSource", "Absence")}


def _scheduling():
    """services.scheduling, imported when first needed (the writing side is not needed to open
    the window; PlanningView.warm_up imports it once the window is painted)."""
    from crec_desktop.services import scheduling  # noqa: PLC0415

    return scheduling


def _edit(**fields):
    from crec_desktop.services.series import Edit  # noqa: PLC0415

    return Edit(**fields)


class Composite(tuple):
    """Undo data of several operations done one after the other (undone in reverse order)."""


class ServiceSource:
    def __init__(self, db, user, lang: str = "fr"):
        self.db = db
        self.clock = db.clock
        self.user = user
        self.lang = lang
        self._choices: dict[str, list[Choice]] = {}
        self._choices_stamp = None
        self._known: dict[tuple, int] = {}       # (entity, key) -> last version we wrote
        self._ours: dict[tuple, set[int]] = {}   # (entity, key) -> versions written by us

    # -- reading ------------------------------------------------------------------------------------
    def rows(self) -> list[RowInfo]:
        """Read afresh: the specialists (with their domains) and the domains' names."""
        self._people_cache = planning.people(self.db)
        self._people_stamp = getattr(self, "_last_stamp", None)
        names = {c.id: c.label for c in self._remember_choices("domain")}
        rows = []
        for p in self._people_cache:
            first = p.domain_codes[0] if p.domain_codes else ""
            rows.append(RowInfo(p.id, p.key, p.name, p.title or "", first, names.get(first, ""), p.domain_codes,
                                p.colour, float(p.weekly_hours), p.workday_start, p.workday_end, p.active, p.login))
        return rows

    def change_token(self):
        self._last_stamp = planning.change_stamp(self.db)
        return self._last_stamp

    def fetch(self, first: dt.date, last: dt.date) -> Window:
        found = planning.window(self.db, first, last)
        blocks = self._blocks(found.rows, found.in_conflict)
        labels = _absence_labels()
        absences = [AbsenceInfo(a.specialist_id, a.start_date, a.end_date, a.kind, labels.get(a.kind, a.kind),
                                a.note or "") for a in found.absences]
        calendar = found.calendar
        marks = [DayMark(day, "holiday", holiday.name(self.lang)) for day, holiday in calendar.holidays.items()]
        for day, names in calendar.closures.items():
            marks.append(DayMark(day, "closure", " ; ".join(names) if self.lang == "fr" else "; ".join(names)))
        available = self._expected_hours(first, last, calendar, absences)
        return Window(first, last, blocks, absences, marks, available)

    def fetch_blocks(self, first: dt.date, last: dt.date, specialist_ids) -> list[BlockInfo]:
        """The blocks of those specialists starting or running on the days first..last (what an
        edit of ours changed: absences, holidays and available hours are as they were)."""
        lo, hi = range_bounds(first, last)
        return self._blocks(*agenda.occurrence_rows(self.db, lo, hi, sorted(specialist_ids)))

    def _expected_hours(self, first, last, calendar, absences) -> dict[int, dict[dt.date, float]]:
        """Each specialist's expected hours per day, as services.availability counts them: a
        weekday's share of the weekly hours, none on weekends, holidays, closures and absences.
        (Computed here from what fetch() already read, rather than querying the bookings twice.)"""
        off: dict[int, set[dt.date]] = {}
        for a in absences:
            days = off.setdefault(a.specialist_id, set())
            day = max(a.first, first)
            while day <= min(a.last, last):
                days.add(day)
                day += dt.timedelta(days=1)
        dates = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        open_days = [d for d in dates if d.weekday() < 5 and not calendar.is_closed(d)]
        result = {}
        for row in self._people():
            hours = availability.daily_expected_minutes(row.weekly_hours) / 60.0
            mine = off.get(row.id, ())
            per_day = dict.fromkeys(dates, 0.0)
            for d in open_days:
                if d not in mine:
                    per_day[d] = hours
            result[row.id] = per_day
        return result

    def _people(self):
        stamp = getattr(self, "_last_stamp", None)
        if getattr(self, "_people_stamp", object()) != stamp or not hasattr(self, "_people_cache"):
            self._people_cache = planning.people(self.db)
            self._people_stamp = stamp
        return self._people_cache

    def _blocks(self, rows, in_conflict) -> list[BlockInfo]:
        """BlockInfos straight from the agenda's rows (services.agenda.ROW_FIELDS): a month is
        a thousand or more of them, read at every scroll."""
        blocks = [BlockInfo(bid, uid, sid, start, end, status, start if repeats else None, eid, number or "",
                            title or "", mid, mkey or "", member or "", member or "", domain or "", location or "",
                            note or "", repeats, version)
                  for (_oid, bid, uid, version, sid, _skey, _sname, start, end, status, repeats, eid, number, title,
                       mid, mkey, member, domain, location, note) in rows]
        self._explain_conflicts(blocks, sorted(in_conflict))
        return blocks

    def _explain_conflicts(self, blocks: list[BlockInfo], flagged: list[int]) -> None:
        """The agenda flags conflicts; the tooltip says with what."""
        if not flagged:
            return
        by_row: dict[int, list[BlockInfo]] = {}
        for b in blocks:
            by_row.setdefault(b.specialist_id, []).append(b)
        for b in (blocks[i] for i in flagged):
            others = [o for o in by_row[b.specialist_id] if o is not b and o.start < b.end and b.start < o.end]
            if not others:
                b.conflict = QCoreApplication.translate("GridSource", "chevauche une autre réservation")
                continue
            parts = []
            for o in others[:3]:
                what = o.engagement_number or QCoreApplication.translate("GridSource", "travail interne")
                status = QCoreApplication.translate("GridSource", "provisoire") if o.tentative else QCoreApplication.translate("GridSource", "confirmée")
                parts.append(f"{what} ({format_time(o.start, self.lang)} – {format_time(o.end, self.lang)}, {status})")
            b.conflict = QCoreApplication.translate("GridSource", "chevauche %1").replace("%1", " ; ".join(parts))

    def choices(self, kind: str) -> list[Choice]:
        self._check_choices_stamp()
        found = self._choices.get(kind)
        if found is None:
            found = self._choices[kind] = self._load_choices(kind)
        return found

    def _check_choices_stamp(self) -> None:
        stamp = getattr(self, "_last_stamp", None)
        if stamp != self._choices_stamp:
            self._choices.clear()
            self._choices_stamp = stamp

    def _remember_choices(self, kind: str) -> list[Choice]:
        """Read these choices afresh and keep them for the current change stamp."""
        self._check_choices_stamp()
        found = self._choices[kind] = self._load_choices(kind)
        return found

    def _load_choices(self, kind: str) -> list[Choice]:
        if kind == "specialist":  # the people read for the rows (same order: name, key)
            return [Choice(p.id, p.name, p.title or "") for p in self._people() if p.active]
        if kind == "domain":
            return [Choice(code, name) for code, name in planning.domains(self.db, self.lang)]
        if kind == "member":
            return [Choice(m.id, m.label, m.name) for m in planning.members(self.db) if m.active]
        if kind == "engagement":
            return [Choice(e.id, e.number, f"{e.member_label} — {e.title}") for e in planning.engagements(self.db)
                    if e.status not in ("cancelled",)]
        raise ValueError(f"unknown choice kind {kind!r}")

    def refresh_choices(self) -> None:
        self._choices.clear()

    def can_edit(self, specialist_id: int | None = None) -> bool:
        return may(self.user, BOOKING_EDIT, specialist_id) if self.user is not None else False

    def current_specialist(self) -> int | None:
        return getattr(self.user, "specialist_id", None)

    def warm_up(self) -> None:
        """Import the writing services (the first drop should not wait for them)."""
        _scheduling()

    def draft(self, block: BlockInfo) -> BookingDraft:
        found = _scheduling().get_booking(self.db, block.uid)
        state = found[0] if found else None
        return BookingDraft(block.specialist_id, block.start, block.end,
                            state.engagement_id if state else block.engagement_id,
                            state.status if state else block.status,
                            (state.location if state else block.location) or "",
                            (state.note if state else block.note) or "",
                            state.rrule if state else None)

    # -- writing ------------------------------------------------------------------------------------
    def _note(self, out) -> None:
        """Remember which versions of which records this workstation wrote (see _rebase)."""
        for c in out.changed:
            k = (c.entity, c.key)
            if c.after is None or c.version is None:
                self._known.pop(k, None)
                self._ours.pop(k, None)
            elif c.before is None:
                self._known[k], self._ours[k] = c.version, {c.version}
            else:
                self._known[k] = max(self._known.get(k, 0), c.version)
                self._ours.setdefault(k, set()).add(c.version)

    def _rebase(self, restore):
        """An undo guarded by versions we have since moved on ourselves (a later command undone,
        then this one) would be refused as stale; when every version since the expected one was
        written by this workstation, the state is exactly the one the undo expects, so it is
        re-based on the current version. A version written elsewhere in between keeps the
        refusal: another workstation's change is never silently overwritten."""
        items = []
        for item in restore.items:
            k = (item.entity, item.key)
            known = self._known.get(k)
            if item.version is not None and known is not None and known > item.version and \
                    all(v in self._ours.get(k, ()) for v in range(item.version + 1, known + 1)):
                item = dataclasses.replace(item, version=known)
            items.append(item)
        return dataclasses.replace(restore, items=tuple(items))

    def _undo(self, restore):
        out = _scheduling().undo(self.db, self.user, self._rebase(restore))
        self._note(out)
        return out

    def _outcome(self, out, extra_keys=()) -> Outcome:
        self._note(out)
        keys = []
        for changed in out.changed:
            after = changed.after
            if after is not None and getattr(after, "uid", None) and not getattr(after, "rrule", None):
                keys.append((after.uid, None))
        keys.extend(extra_keys)
        return Outcome(out.warning_texts(self.lang), out.undo, keys, _rows(out.changed))

    def move(self, changes: list[Change], scope: str = "this") -> Outcome:
        edits = []
        for c in changes:
            fields = {}
            if c.specialist_id != c.block.specialist_id:
                fields["specialist_id"] = c.specialist_id
            resized = (c.end - c.start) != (c.block.end - c.block.start)
            if resized:
                edit = _edit(start=c.start, end=c.end, **fields)
            else:
                edit = _edit(start=c.start, keep_duration=True, **fields)
            edits.append((_ref(c.block), edit))
        resized = any((c.end - c.start) != (c.block.end - c.block.start) for c in changes)
        action = "booking.resize" if resized else ("booking.move" if len(changes) == 1 else "booking.batch")
        out = _scheduling().change_bookings(self.db, self.user, edits, scope=scope, action=action)
        series_keys = [(c.block.uid, c.start) for c in changes if c.block.repeating and scope != "this"]
        return self._outcome(out, series_keys)

    def _one_by_one(self, calls) -> Outcome:
        done = []
        try:
            for call in calls:
                done.append(call())
                self._note(done[-1])
        except UserError:
            for out in reversed(done):
                self._undo(out.undo)
            raise
        if len(done) == 1:
            return self._outcome(done[0])
        warnings = [w for out in done for w in out.warning_texts(self.lang)]
        keys = [k for out in done for k in self._outcome(out).keys]
        return Outcome(list(dict.fromkeys(warnings)), Composite(out.undo for out in done), keys,
                       _rows([c for out in done for c in out.changed]))

    def copy(self, changes: list[Change]) -> Outcome:
        scheduling = _scheduling()
        return self._one_by_one([
            (lambda c=c: scheduling.copy_booking(self.db, self.user, _ref(c.block), start=c.start,
                                                 specialist_id=c.specialist_id)) for c in changes])

    def delete(self, blocks: list[BlockInfo], scope: str = "this") -> Outcome:
        scheduling = _scheduling()
        return self._one_by_one([
            (lambda b=b: scheduling.delete_booking(self.db, self.user, _ref(b), scope=scope)) for b in blocks])

    def set_status(self, blocks: list[BlockInfo], status: str, scope: str = "this") -> Outcome:
        edits = [(_ref(b), _edit(status=status)) for b in blocks]
        action = "booking.confirm" if status == "confirmed" else "booking.tentative"
        return self._outcome(_scheduling().change_bookings(self.db, self.user, edits, scope=scope, action=action))

    def create(self, draft: BookingDraft) -> Outcome:
        out = _scheduling().create_booking(self.db, self.user, specialist_id=draft.specialist_id, start=draft.start,
                                        end=draft.end, engagement_id=draft.engagement_id, status=draft.status,
                                        location=draft.location or None, note=draft.note or None,
                                        rrule=draft.rrule or None)
        result = self._outcome(out)
        if draft.rrule:
            result.keys = [(c.after.uid, draft.start) for c in out.changed if c.after is not None]
        return result

    def update(self, block: BlockInfo, draft: BookingDraft, scope: str = "this") -> Outcome:
        before = self.draft(block)
        fields = {}
        for name in ("specialist_id", "engagement_id", "status"):
            if getattr(draft, name) != getattr(before, name):
                fields[name] = getattr(draft, name)
        for name in ("location", "note"):
            if (getattr(draft, name) or "") != (getattr(before, name) or ""):
                fields[name] = getattr(draft, name) or None
        if (draft.rrule or None) != (before.rrule or None):
            fields["rrule"] = draft.rrule or None
        times = {}
        if draft.start != block.start:
            times["start"] = draft.start
        if draft.end != block.end:
            times["end"] = draft.end
        out = _scheduling().edit_booking(self.db, self.user, _ref(block), _edit(**times, **fields), scope=scope)
        return self._outcome(out)

    def revert(self, undo) -> Outcome:
        if isinstance(undo, Composite):
            done = []
            try:
                for item in reversed(undo):
                    done.append(self._undo(item))
            except UserError:
                for out in reversed(done):
                    self._undo(out.undo)
                raise
            keys = [k for out in done for k in self._outcome(out).keys]
            warnings = [w for out in done for w in out.warning_texts(self.lang)]
            return Outcome(list(dict.fromkeys(warnings)), Composite(out.undo for out in done), keys,
                           _rows([c for out in done for c in out.changed]))
        return self._outcome(self._undo(undo))


def _rows(changed) -> frozenset[int] | None:
    """The specialists whose bookings these changes touched (before and after); None when
    something else changed too (an absence, a closure: the whole view is read again)."""
    rows = set()
    for c in changed:
        if c.entity != "booking":
            return None
        rows.update(state.specialist_id for state in (c.before, c.after) if state is not None)
    return frozenset(rows)


def _ref(block: BlockInfo):
    """What the scheduling operations take for this block (the occurrence of a repeating booking)."""
    return _scheduling().OccurrenceRef(block.uid, block.version, block.occurrence_start)
