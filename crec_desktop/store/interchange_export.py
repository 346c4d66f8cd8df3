"""Export: every record of the database as an interchange document, in a stable order.

Order: domains by code, specialists and members by key, engagements by number, bookings by start
then specialist then id, absences by specialist, dates, kind and note, closures by date. Instants
in America/Toronto with their offset, to the second; amounts as strings with two decimals; hours
as numbers; empty fields left out. `dump` lays the document out one record per line (easy to
read and to diff); export -> import into an empty database -> export gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import DateTime, String, Text, select, type_coerce
from sqlalchemy.orm import Session

from crec_desktop.domain.timeutil import UTC, format_instant
from crec_desktop.store import models as m
from crec_desktop.store.db import Database
from crec_desktop.store.interchange_fields import (
    DOMAIN,
    ENGAGEMENT,
    ENGAGEMENT_ORDER,
    MEMBER,
    ORG,
    SPECIALIST,
    SPECIALIST_ORDER,
    record,
)

FORMAT = "crec-desktop/1"


def export_document(db: Database) -> dict:
    """Every record, in a stable order, as an interchange document (a dict)."""
    with db.read() as s:
        return _export(s)


def _export(s: Session) -> dict:
    org_t, dom_t, sp_t, mem_t = (m.Organization.__table__, m.DomainOfExpertise.__table__, m.Specialist.__table__,
                                 m.Member.__table__)
    eng_t, bk_t, ab_t, cl_t = m.Engagement.__table__, m.Booking.__table__, m.Absence.__table__, m.Closure.__table__
    doc: dict[str, Any] = {"format": FORMAT}
    org = s.execute(select(org_t).where(org_t.c.id == 1)).mappings().first()
    if org is not None:
        doc["organization"] = record(org, ORG)
    domain_codes = {}
    doc["domains"] = []
    for row in s.execute(select(dom_t).order_by(dom_t.c.code)).mappings():
        domain_codes[row["id"]] = row["code"]
        doc["domains"].append(record(row, DOMAIN))
    sd = m.specialist_domain
    spec_domains: dict[int, list[str]] = {}
    for sid, did in s.execute(select(sd.c.specialist_id, sd.c.domain_id).order_by(sd.c.specialist_id, sd.c.position,
                                                                                   sd.c.domain_id)):
        spec_domains.setdefault(sid, []).append(domain_codes[did])
    spec_keys = {}
    doc["specialists"] = []
    for row in s.execute(select(sp_t).order_by(sp_t.c.key)).mappings():
        spec_keys[row["id"]] = row["key"]
        doc["specialists"].append(record(row, SPECIALIST, SPECIALIST_ORDER, {"domains": spec_domains.get(row["id"], [])}))
    member_keys = {}
    doc["members"] = []
    for row in s.execute(select(mem_t).order_by(mem_t.c.key)).mappings():
        member_keys[row["id"]] = row["key"]
        doc["members"].append(record(row, MEMBER))
    numbers = {}
    doc["engagements"] = []
    for row in s.execute(select(eng_t).order_by(eng_t.c.number)).mappings():
        numbers[row["id"]] = row["number"]
        doc["engagements"].append(record(row, ENGAGEMENT, ENGAGEMENT_ORDER, {
            "member": member_keys[row["member_id"]], "domain": domain_codes[row["domain_id"]],
            "lead": spec_keys.get(row["lead_id"])}))
    c = bk_t.c
    # instants as the driver gives them (UTC text on SQLite), each distinct one formatted once
    raw = String() if s.get_bind().dialect.name == "sqlite" else DateTime(timezone=True)
    instant = _instant_formatter(s.get_bind().dialect.name)
    rows = s.execute(select(c.uid, c.specialist_id, c.engagement_id, type_coerce(c.start, raw), type_coerce(c.end, raw),
                            c.status, c.location, c.note, c.rrule, type_coerce(c.exdates, Text()))).all()
    rows.sort(key=lambda r: (r[3], spec_keys[r[1]], r[0]))
    bookings = doc["bookings"] = []
    for uid, sid, eid, start, end, status, location, note, rrule, exdates in rows:
        rec = {"id": uid, "specialist": spec_keys[sid]}
        if eid is not None:
            rec["engagement"] = numbers[eid]
        rec["start"] = instant(start)
        rec["end"] = instant(end)
        rec["status"] = status
        if location:
            rec["location"] = location
        if note:
            rec["note"] = note
        if rrule:
            rec["rrule"] = rrule
        if exdates:  # InstantList's JSON text, parsed here only when there is one
            rec["exdates"] = [format_instant(d) for d in sorted(m.Booking.exdates.type.process_result_value(exdates, None))]
        bookings.append(rec)
    absences = []
    for sid, start, end, kind, note in s.execute(select(ab_t.c.specialist_id, ab_t.c.start_date, ab_t.c.end_date,
                                                        ab_t.c.kind, ab_t.c.note)):
        rec = {"specialist": spec_keys[sid], "start": start.isoformat(), "end": end.isoformat(), "kind": kind}
        if note:
            rec["note"] = note
        absences.append(rec)
    absences.sort(key=lambda r: (r["specialist"], r["start"], r["end"], r["kind"], r.get("note", "")))
    doc["absences"] = absences
    doc["closures"] = [{"date": d.isoformat(), "name": n}
                       for d, n in s.execute(select(cl_t.c.date, cl_t.c.name).order_by(cl_t.c.date, cl_t.c.name))]
    return doc


def _instant_formatter(dialect: str):
    """raw column value -> format_instant text (local time with offset, to the second), memoised."""
    seen: dict = {}

    def instant(value):
        try:
            return seen[value]
        except KeyError:
            if isinstance(value, str):  # SQLite: naive UTC text as SQLAlchemy writes it
                moment = dt.datetime.fromisoformat(value).replace(tzinfo=UTC)
            else:
                moment = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
            text_ = seen[value] = format_instant(moment)
            return text_
    return instant


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def dump(doc: dict) -> str:
    """The file layout: one record per line, sections in schema order; ends with a newline."""
    one = _ENCODER.encode
    parts = []
    for key, value in doc.items():
        if isinstance(value, list):
            if value:
                parts.append(f"  {one(key)}: [\n" + ",\n".join(f"    {one(v)}" for v in value) + "\n  ]")
            else:
                parts.append(f"  {one(key)}: []")
        else:
            parts.append(f"  {one(key)}: {one(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def export_text(db: Database) -> str:
    return dump(export_document(db))
