"""Two workstations can never both win: real processes racing on SQLite and PostgreSQL.

Each worker waits for a "go" file, then runs one operation. To make the race real (both pass
their checks before either writes), the workers slow down right after the overlap check: on
PostgreSQL both then try to write and the exclusion constraint (or the version guard) refuses the
second; on SQLite BEGIN IMMEDIATE makes the second wait and its check sees the first's booking.
"""
from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import select

from crec_desktop.domain import rules
from crec_desktop.domain.timeutil import local
from crec_desktop.services import scheduling as S
from crec_desktop.store.models import Occurrence
from tests.services.conftest import build_org

pytestmark = pytest.mark.slow

WORKER = textwrap.dedent("""
    import json, os, sys, time
    from crec_desktop.domain.messages import UserError
    from crec_desktop.domain.timeutil import parse_instant
    from crec_desktop.services import booking_kind, scheduling as S
    from crec_desktop.services.changes import OccurrenceRef
    from crec_desktop.services.users import CurrentUser
    from crec_desktop.store.db import init_db

    job = json.loads(sys.argv[1])
    db = init_db(job["url"])
    check = booking_kind.BookingKind.check_plans
    def slow_check(self, session, plans):
        check(self, session, plans)
        time.sleep(0.6)  # the other workstation checks meanwhile
    booking_kind.BookingKind.check_plans = slow_check
    user = CurrentUser(job["login"], "admin")
    while not os.path.exists(job["go"]):
        time.sleep(0.002)
    try:
        if job["op"] == "create":
            S.create_booking(db, user, specialist_id=job["specialist"], start=parse_instant(job["start"]),
                             end=parse_instant(job["end"]))
        else:
            S.move_booking(db, user, OccurrenceRef(job["uid"], job["version"]), start=parse_instant(job["start"]))
    except UserError as exc:
        print(type(exc).__name__ + ": " + exc.text("en"))
        sys.exit(2)
    print("ok")
""")


def race(tmp_path: pathlib.Path, jobs: list[dict]) -> list[tuple[int, str]]:
    go = tmp_path / f"go-{time.monotonic_ns()}"
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, json.dumps({**job, "go": str(go)})],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for job in jobs]
    time.sleep(1.5)  # let both import and connect
    go.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        results.append((p.returncode, (out + err).strip()))
    return results


def confirmed_overlaps(db) -> list:
    with db.read() as s:
        rows = s.execute(select(Occurrence.specialist_id, Occurrence.start, Occurrence.end, Occurrence.id)
                         .where(Occurrence.status == "confirmed")).all()
    return rules.find_overlaps([tuple(r) for r in rows])


def test_two_processes_creating_conflicting_confirmed_bookings(db, tmp_path):
    org = build_org(db)
    sophie = org.ids["sophie"]
    for round_ in range(2):
        day = 23 + round_
        jobs = [dict(url=db.url, op="create", login=f"w{i}", specialist=sophie,
                     start=local(2026, 11, day, 9 + i).isoformat(), end=local(2026, 11, day, 11 + i).isoformat())
                for i in range(2)]
        results = race(tmp_path, jobs)
        assert sorted(code for code, _ in results) == [0, 2], results
        refused = next(text for code, text in results if code == 2)
        assert "already has a confirmed booking at that time" in refused, refused
    assert confirmed_overlaps(db) == []
    with db.read() as s:
        assert len(s.execute(select(Occurrence.id)).all()) == 2


def test_two_processes_moving_bookings_into_the_same_slot(db, tmp_path):
    org = build_org(db)
    user = org.user("chloe")
    a = S.create_booking(db, user, specialist_id=org.ids["sophie"], start=local(2026, 11, 23, 9), end=local(2026, 11, 23, 10))
    b = S.create_booking(db, user, specialist_id=org.ids["sophie"], start=local(2026, 11, 24, 9), end=local(2026, 11, 24, 10))
    jobs = [dict(url=db.url, op="move", login=f"w{i}", uid=o.main.key, version=1,
                 start=local(2026, 11, 25, 14).isoformat()) for i, o in enumerate((a, b))]
    results = race(tmp_path, jobs)
    assert sorted(code for code, _ in results) == [0, 2], results
    assert confirmed_overlaps(db) == []


def test_two_processes_saving_over_the_same_version(db, tmp_path):
    org = build_org(db)
    a = S.create_booking(db, org.user("chloe"), specialist_id=org.ids["sophie"], start=local(2026, 11, 23, 9),
                         end=local(2026, 11, 23, 10))
    jobs = [dict(url=db.url, op="move", login=f"w{i}", uid=a.main.key, version=1,
                 start=local(2026, 11, 23, 13 + i).isoformat()) for i in range(2)]
    results = race(tmp_path, jobs)
    assert sorted(code for code, _ in results) == [0, 2], results
    refused = next(text for code, text in results if code == 2)
    assert refused.startswith("StaleEdit: ") and "changed this record" in refused, refused
    state, version = S.get_booking(db, a.main.key)
    assert version == 2


def interchange_file(path: pathlib.Path, booking_id: str, start: str, end: str, *, new_specialist: bool) -> pathlib.Path:
    doc = {"format": "crec-desktop/1"}
    if new_specialist:
        doc["specialists"] = [{"key": "sophie", "name": "Sophie Tremblay"}]
    doc["bookings"] = [{"id": booking_id, "specialist": "sophie", "start": start, "end": end, "status": "confirmed"}]
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize("new_specialist", [False, True], ids=["known-specialist", "both-create-the-specialist"])
def test_two_conflicting_imports_at_once(db, tmp_path, crec_home, new_specialist):
    """One import wins, the other exits 2 with a message (no traceback), and no overlap is left.
    When both files also create the same specialist, PostgreSQL may refuse the loser on that
    specialist's key before it gets to the overlap: still a clean refusal."""
    if not new_specialist:
        build_org(db)
    files = [interchange_file(tmp_path / "a.json", "race-a", "2026-11-23T09:00:00-05:00", "2026-11-23T12:00:00-05:00",
                              new_specialist=new_specialist),
             interchange_file(tmp_path / "b.json", "race-b", "2026-11-23T11:00:00-05:00", "2026-11-23T13:00:00-05:00",
                              new_specialist=new_specialist)]
    go = tmp_path / "go-import"
    starter = ("import os, sys, time, runpy\n"
               f"while not os.path.exists({str(go)!r}): time.sleep(0.002)\n"
               "sys.argv = ['crec-desktop'] + sys.argv[1:]\n"
               "from crec_desktop import cli\n"
               "sys.exit(cli.main())\n")
    procs = [subprocess.Popen([sys.executable, "-c", starter, "--db", db.url, "--lang", "en", "import", str(f)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
    time.sleep(1.5)
    go.touch()
    results = [(p.wait(timeout=120), p.stdout.read() + p.stderr.read()) for p in procs]
    assert sorted(code for code, _ in results) == [0, 2], results
    refused = next(text for code, text in results if code == 2)
    assert "Traceback" not in refused and refused.strip(), refused
    if not new_specialist:
        assert "overlap" in refused.lower(), refused
    assert confirmed_overlaps(db) == []
    with db.read() as s:
        assert len(s.execute(select(Occurrence.id)).all()) == 1
