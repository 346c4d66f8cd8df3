"""Import and export of interchange files (`crec-desktop/1`, see interchange_schema.json).

Import is all or nothing: the document must pass the JSON schema (store.schemacheck) and every
rule (domain.rules) against what the database holds, read inside the one write transaction that
then writes everything (on SQLite BEGIN IMMEDIATE, so the checks still hold at commit; on
PostgreSQL the exclusion constraint on `occurrence` catches a concurrent writer, turned into a
UserError here). `import_document` opens that transaction; `import_into` works inside the
caller's, which may do more in it (`store.demo` erases the database first). Records are matched by key (specialists, members), code (domains), number
(engagements), id (bookings, a new uid when absent) and by every field (absences, closures): a
match whose values differ is updated (version + 1), anything else is added, nothing is
deleted; one audit entry records the import. A file record is the whole record: a field it
leaves out becomes empty (or the default). Writes are bulk statements (store.bulk for bookings
and occurrences), never one ORM object per booking: a 5-year file must load in seconds.

The export lives in store.interchange_export (`export_document`, `export_text` here too); the
fields' conversions in store.interchange_fields.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import json
import pathlib
import uuid
from collections import Counter
from typing import Any

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from crec_desktop.domain import rules
from crec_desktop.domain.causes import json_cause, os_cause
from crec_desktop.domain.messages import UserError, define, msg
from crec_desktop.store import bulk, interchange_export, occurrences
from crec_desktop.store import models as m
from crec_desktop.store.db import RACE_ATTEMPTS, Database, lost_race, retried, session_clock
from crec_desktop.store.interchange_export import FORMAT
from crec_desktop.store.interchange_fields import (
    DOMAIN,
    ENGAGEMENT,
    MEMBER,
    ORG,
    SPECIALIST,
    columns,
    date,
    text_or_none,
)
from crec_desktop.store.schemacheck import SchemaChecker

__all__ = ["FORMAT", "ImportSummary", "dump", "export_document", "export_text", "import_document", "import_file",
           "import_into", "read_document", "schema", "checker"]
SCHEMA_PATH = pathlib.Path(__file__).with_name("interchange_schema.json")

define({
    "import.unreadable": ("impossible de lire {path} : {reason}", "cannot read {path}: {reason}"),
    "import.not_utf8": ("{path} n'est pas un fichier texte UTF-8", "{path} is not a UTF-8 text file"),
    "import.bad_json": ("{path} n'est pas du JSON valide (ligne {line}, colonne {column}) : {reason}",
                        "{path} is not valid JSON (line {line}, column {column}): {reason}"),
    "import.not_interchange": ("{path} n'est pas un fichier d'échange crec-desktop/1 (« format » attendu : « crec-desktop/1 »)",
                               "{path} is not a crec-desktop/1 interchange file (expected \"format\": \"crec-desktop/1\")"),
    "import.conflict": ("un autre poste a enregistré en même temps une réservation confirmée qui chevauche celles "
                        "du fichier ; rien n'a été importé",
                        "another workstation saved at the same moment a confirmed booking that overlaps those of "
                        "the file; nothing was imported"),
    "import.busy": ("un autre poste écrivait dans la base de données au même moment ; rien n'a été importé : "
                    "réessayez", "another workstation was writing to the database at the same moment; nothing was "
                    "imported: try again"),
    "import.integrity": ("la base de données a refusé l'importation ({reason}) ; rien n'a été importé",
                         "the database refused the import ({reason}); nothing was imported"),
})


@dataclasses.dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int = 0


@functools.lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def checker() -> SchemaChecker:
    return SchemaChecker(schema())


# --- reading a file ------------------------------------------------------------------------

def read_document(path: pathlib.Path) -> dict:
    """The JSON document in path, or a UserError saying why it cannot be one."""
    try:
        data = pathlib.Path(path).read_bytes()
    except OSError as exc:
        raise UserError(msg("import.unreadable", path=str(path), reason=os_cause(exc))) from None
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(msg("import.not_utf8", path=str(path))) from None
    try:
        doc = json.loads(content)
    except json.JSONDecodeError as exc:
        raise UserError(msg("import.bad_json", path=str(path), line=exc.lineno, column=exc.colno,
                                    reason=json_cause(exc))) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise UserError(msg("import.not_interchange", path=str(path)))
    return doc


def import_file(db: Database, path: pathlib.Path, *, actor: str, lang: str = "fr") -> ImportSummary:
    return import_document(db, read_document(path), actor=actor, lang=lang)


# --- import -----------------------------------------------------------------------------------

def import_document(db: Database, doc: Any, *, actor: str, lang: str = "fr") -> ImportSummary:
    """Check the whole document, then write it in one transaction of its own (see import_into);
    RulesError (a UserError that lists every problem with its path) if anything is wrong, and
    then nothing is written. When PostgreSQL breaks a deadlock with another workstation's
    transaction by cancelling this one (two imports of overlapping bookings at once), the
    import starts again, in a new transaction that then sees what the other one wrote."""
    problems = checker().check(doc)  # before the transaction: a bad file does not wait for the lock
    if problems:
        raise rules.RulesError(problems)

    def attempt() -> ImportSummary:
        with db.write() as session:
            return _Importer(session, doc, actor).run()

    with _database_refusals():
        return retried(attempt, attempts=ATTEMPTS)


def import_into(session: Session, doc: Any, *, actor: str, lang: str = "fr") -> ImportSummary:
    """Check the whole document against the schema, the rules and what the database holds, then
    write it, all inside the caller's write transaction (`db.write()`), which may do more before
    and after (`store.demo` erases the database first) and commits or rolls back the lot.

    On any error nothing of the document is written, but the transaction is left to the caller:
    it must not commit after an exception (leaving `with db.write()` by it rolls back). Errors:
    RulesError listing every problem; UserError when the database refuses a row (the overlap
    constraint of PostgreSQL, another workstation having written in between, a deadlock with it).
    `lang` is accepted for callers that render messages eagerly; errors are rendered late."""
    problems = checker().check(doc)
    if problems:
        raise rules.RulesError(problems)
    with _database_refusals():
        return _Importer(session, doc, actor).run()


ATTEMPTS = RACE_ATTEMPTS


@contextlib.contextmanager
def _database_refusals():
    """The database's refusal of a row (IntegrityError) as a UserError saying nothing was
    imported; so too a transaction the database cancelled in a deadlock (once `retried` has
    given up on it)."""
    try:
        yield
    except IntegrityError as exc:
        if occurrences.is_overlap_violation(exc):
            raise UserError(msg("import.conflict")) from None
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise UserError(msg("import.integrity", reason=reason)) from None
    except DBAPIError as exc:
        if not lost_race(exc):
            raise
        raise UserError(msg("import.busy")) from None


class _Importer:
    def __init__(self, session: Session, doc: dict, actor: str):
        self.s = session
        self.doc = doc
        self.actor = actor
        self.now = session_clock(session).now()
        self.added = Counter()
        self.updated = Counter()
        self.unchanged = Counter()

    def ids(self, table, key: str) -> dict[str, int]:
        return dict(self.s.execute(select(table.c[key], table.c.id)).all())

    def run(self) -> ImportSummary:
        conn = self.s.connection()
        if conn.dialect.name != "sqlite":
            return self._run()
        # a bigger page cache while the indexes of 100,000+ rows grow (back to normal after)
        previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql("PRAGMA cache_size = -65536")
        try:
            return self._run()
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")

    def _run(self) -> ImportSummary:
        s, doc = self.s, self.doc
        spec_ids = self.ids(m.Specialist.__table__, "key")
        known = rules.Known(
            specialists=frozenset(spec_ids),
            members=frozenset(self.ids(m.Member.__table__, "key")),
            domains=frozenset(self.ids(m.DomainOfExpertise.__table__, "code")) | set(rules.BUILTIN_DOMAIN_CODES),
            engagements=frozenset(self.ids(m.Engagement.__table__, "number")),
            logins=dict(s.execute(select(m.Specialist.key, m.Specialist.login).where(m.Specialist.login.is_not(None))).all()),
            confirmed=self._confirmed(spec_ids))
        checked = rules.check_document(doc, known)
        if checked.problems:
            raise rules.RulesError(checked.problems)
        if "organization" in doc:
            self._organization(doc["organization"])
        domain_ids = self._keyed(m.DomainOfExpertise.__table__, "code", "domains", DOMAIN, lambda r: {})
        spec_ids = self._keyed(m.Specialist.__table__, "key", "specialists", SPECIALIST, lambda r: {})
        self._specialist_domains(spec_ids, domain_ids)
        member_ids = self._keyed(m.Member.__table__, "key", "members", MEMBER, lambda r: {})
        self._keyed(m.Engagement.__table__, "number", "engagements", ENGAGEMENT, lambda r: {
            "member_id": member_ids[r["member"]], "domain_id": domain_ids[r["domain"]],
            "lead_id": spec_ids[r["lead"]] if "lead" in r else None})
        self._bookings(checked.bookings, spec_ids)
        self._matched_by_value(m.Absence.__table__, "absences", lambda r: {
            "specialist_id": spec_ids[r["specialist"]], "start_date": date(r["start"]), "end_date": date(r["end"]),
            "kind": r["kind"], "note": text_or_none(r.get("note"))})
        self._matched_by_value(m.Closure.__table__, "closures", lambda r: {"date": date(r["date"]), "name": r["name"]})
        added, updated, unchanged = sum(self.added.values()), sum(self.updated.values()), sum(self.unchanged.values())
        s.execute(insert(m.AuditEntry.__table__), [{
            "at": self.now, "actor": self.actor, "action": "import", "entity": "interchange", "entity_key": None,
            "before_json": None, "after_json": json.dumps(
                {"added": dict(sorted((+self.added).items())), "updated": dict(sorted((+self.updated).items())),
                 "unchanged": unchanged}, sort_keys=True)}])
        return ImportSummary(added, updated, unchanged)

    def _confirmed(self, spec_ids: dict[str, int]) -> list:
        """Confirmed occurrences in the database of the specialists the file books."""
        wanted = {b["specialist"] for b in self.doc.get("bookings", ()) if b.get("status", "confirmed") == "confirmed"}
        ids = [spec_ids[k] for k in wanted if k in spec_ids]
        if not ids:
            return []
        o, b, sp = m.Occurrence.__table__, m.Booking.__table__, m.Specialist.__table__
        rows = self.s.execute(
            select(sp.c.key, o.c.start, o.c.end, b.c.uid)
            .select_from(o.join(b, b.c.id == o.c.booking_id).join(sp, sp.c.id == o.c.specialist_id))
            .where(o.c.status == "confirmed", o.c.specialist_id.in_(ids)))
        return [tuple(r) for r in rows]

    def _stamp(self, row: dict, new: bool) -> dict:
        row["updated_at"] = self.now
        row["updated_by"] = self.actor
        if new:
            row["version"] = 1
        return row

    def _organization(self, rec: dict) -> None:
        table = m.Organization.__table__
        values = columns(rec, ORG)
        current = self.s.execute(select(*(table.c[c] for c in values)).where(table.c.id == 1)).mappings().first()
        if current is None:
            self.s.execute(insert(table), [self._stamp({"id": 1, **values}, True)])
            self.added["organization"] += 1
        elif dict(current) != values:
            self.s.execute(update(table).where(table.c.id == 1).values(version=table.c.version + 1,
                                                                         **self._stamp(values, False)))
            self.updated["organization"] += 1
        else:
            self.unchanged["organization"] += 1

    def _keyed(self, table, key: str, section: str, fields: list, refs) -> dict[str, int]:
        """Insert or update the records of section matched by key; returns key -> id for all."""
        records = self.doc.get(section, [])
        if records:
            existing = {r[key]: r for r in self.s.execute(select(table)).mappings()}
            new_rows, changed = [], []
            for rec in records:
                values = {**columns(rec, fields), **refs(rec)}
                old = existing.get(rec[key])
                if old is None:
                    new_rows.append(self._stamp(values, True))
                elif any(old[c] != v for c, v in values.items()):
                    changed.append({"b_id": old["id"], **self._stamp(values, False)})
                else:
                    self.unchanged[section] += 1
            if new_rows:
                self.s.execute(insert(table), new_rows)
            if changed:
                _update_many(self.s, table, changed)
            self.added[section] += len(new_rows)
            self.updated[section] += len(changed)
        return self.ids(table, key)

    def _specialist_domains(self, spec_ids: dict[str, int], domain_ids: dict[str, int]) -> None:
        table = m.specialist_domain
        records = self.doc.get("specialists", [])
        if not records:
            return
        wanted = {(spec_ids[r["key"]], domain_ids[c], i) for r in records for i, c in enumerate(r.get("domains", ()))}
        ids = [spec_ids[r["key"]] for r in records]
        current = set()
        for i in range(0, len(ids), 500):
            current |= set(self.s.execute(select(table.c.specialist_id, table.c.domain_id, table.c.position)
                                          .where(table.c.specialist_id.in_(ids[i:i + 500]))).all())
        if current != wanted:
            touched = sorted({row[0] for row in current ^ wanted})
            self.s.execute(table.delete().where(table.c.specialist_id.in_(touched)))
            rows = [{"specialist_id": s, "domain_id": d, "position": p} for s, d, p in sorted(wanted) if s in touched]
            if rows:
                self.s.execute(insert(table), rows)

    def _bookings(self, parsed: list[tuple], spec_ids: dict[str, int]) -> None:
        records = self.doc.get("bookings", [])
        if not records:
            return
        table = m.Booking.__table__
        eng_ids = self.ids(m.Engagement.__table__, "number")
        uids = [r.get("id") or None for r in records]
        existing = {}
        wanted = {u for u in uids if u}
        if wanted:
            c = table.c
            for row in self.s.execute(select(c.id, c.uid, c.specialist_id, c.engagement_id, c.start, c.end, c.status,
                                             c.location, c.note, c.rrule, c.exdates, c.series_end)).mappings():
                if row["uid"] in wanted:
                    existing[row["uid"]] = row
        new_rows, changed, occ_rows = [], [], []
        fresh = _new_ids(self.s, table, sum(1 for u in uids if u not in existing))
        prefix = uuid.uuid4().hex[:12]
        counter = 0
        now, actor = self.now, self.actor
        instant = bulk.converter(self.s, table, "start")  # rows go to the driver as they are
        instants = bulk.converter(self.s, table, "exdates")
        now_text = instant(now)
        texts: dict[dt.datetime, Any] = {}  # instant -> as the driver takes it
        add_row, add_occurrence = new_rows.append, occ_rows.append  # (the loop runs once per booking)
        for rec, uid, (start, end, exdates, occs) in zip(records, uids, parsed):
            get = rec.get
            status = get("status", "confirmed")
            spec = spec_ids[rec["specialist"]]
            engagement = get("engagement")
            eng_id = eng_ids[engagement] if engagement is not None else None
            single = len(occs) == 1 and occs[0] == (start, end)  # most bookings: their one occurrence
            series_end = end if single or not occs else max(e for _, e in occs)
            exdates = sorted(exdates) if exdates else None
            location, note, rrule = get("location"), get("note") or None, get("rrule")
            old = existing.get(uid) if existing else None
            try:  # (inline: two calls less per booking)
                start_text, end_text = texts[start], texts[end]
            except KeyError:
                start_text, end_text = texts[start], texts[end] = instant(start), instant(end)
            if old is None:
                if not uid:
                    counter += 1
                    uid = f"b-{prefix}-{counter:06d}"
                bid = next(fresh)
                add_row((bid, uid, 1, now_text, actor, spec, eng_id, start_text, end_text, status, location, note,
                         rrule, instants(exdates) if exdates else None, end_text if single else instant(series_end)))
            else:
                values = (spec, eng_id, start, end, status, location, note, rrule, exdates, series_end)
                bid = old["id"]
                before = tuple(old[c] for c in _BOOKING_VALUES[:-2]) + ((old["exdates"] or None), old["series_end"])
                if before == values:
                    self.unchanged["bookings"] += 1
                    continue
                changed.append({"b_id": bid, "updated_at": now, "updated_by": actor, **dict(zip(_BOOKING_VALUES, values))})
            if single:
                add_occurrence((bid, spec, start_text, end_text, status))
            else:
                occ_rows.extend([(bid, spec, instant(s), instant(e), status) for s, e in occs])
        if changed:
            occurrences.delete_occurrences(self.s, [r["b_id"] for r in changed])
            _update_many(self.s, table, changed)
        occ_rows.sort(key=lambda r: r[2])  # in time order: kinder to the indexes (GiST above all)
        with bulk.indexes_deferred(self.s, (table, m.Occurrence.__table__), len(new_rows) + len(occ_rows)):
            bulk.insert_rows(self.s, table, ("id", "uid", "version", "updated_at", "updated_by") + _BOOKING_VALUES,
                             new_rows, converted=True)
            bulk.insert_rows(self.s, m.Occurrence.__table__, ("booking_id", "specialist_id", "start", "end", "status"),
                             occ_rows, converted=True)
        self.added["bookings"] += len(new_rows)
        self.updated["bookings"] += len(changed)

    def _matched_by_value(self, table, section: str, to_row) -> None:
        """Absences and closures: a record equal in every field to one in the database is that
        record (each database row matches at most one record of the file); others are added."""
        records = self.doc.get(section, [])
        if not records:
            return
        cols = list(to_row(records[0]))
        pool = Counter(tuple(r) for r in self.s.execute(select(*(table.c[c] for c in cols))))
        new_rows = []
        for rec in records:
            row = to_row(rec)
            key = tuple(row[c] for c in cols)
            if pool[key] > 0:
                pool[key] -= 1
                self.unchanged[section] += 1
            else:
                new_rows.append(self._stamp(row, True))
        if new_rows:
            self.s.execute(insert(table), new_rows)
        self.added[section] += len(new_rows)


_BOOKING_VALUES = ("specialist_id", "engagement_id", "start", "end", "status", "location", "note", "rrule", "exdates",
                   "series_end")


def _update_many(session: Session, table, rows: list[dict]) -> None:
    """UPDATE ... WHERE id = b_id for each row (executemany), bumping the version."""
    cols = [c for c in rows[0] if c != "b_id"]
    statement = (update(table).where(table.c.id == bindparam("b_id"))
                 .values(version=table.c.version + 1, **{c: bindparam(f"v_{c}") for c in cols}))
    session.execute(statement, [{"b_id": r["b_id"], **{f"v_{c}": r[c] for c in cols}} for r in rows])


def _new_ids(session: Session, table, count: int):
    """`count` fresh primary keys for table, taken now (so occurrences can refer to them)."""
    if count == 0:
        return iter(())
    if session.get_bind().dialect.name == "postgresql":
        seq = session.execute(select(func.pg_get_serial_sequence(table.name, "id"))).scalar_one()
        return iter(session.execute(text("SELECT nextval(:seq) FROM generate_series(1, :n)"),
                                    {"seq": seq, "n": count}).scalars().all())
    first = (session.execute(select(func.max(table.c.id))).scalar() or 0) + 1  # under BEGIN IMMEDIATE
    return iter(range(first, first + count))



def export_document(db: Database) -> dict:
    """Every record, in a stable order, as an interchange document (see interchange_export)."""
    return interchange_export.export_document(db)


def export_text(db: Database) -> str:
    """The export as the text of a file (one record per line, UTF-8, final newline)."""
    return interchange_export.export_text(db)


dump = interchange_export.dump
