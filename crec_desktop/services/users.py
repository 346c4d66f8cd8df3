"""Who is using the program: the operating-system login mapped to a specialist and a role.

The current user is whoever is logged in to the workstation; their login is looked up in
`Specialist.login` (case-insensitively, a Windows `DOMAIN\\` prefix ignored). A matching active
specialist brings their role; anyone else may only read. Permissions themselves live in
`services.permissions`, which every service consults.

    user = resolve_user(db)              # the OS login ($CREC_LOGIN overrides it)
    user = resolve_user(db, "mtremblay")
    if user.read_only: ...
"""
from __future__ import annotations

import dataclasses
import os

from sqlalchemy import func, select

from crec_desktop.store import schema
from crec_desktop.store.db import Database
from crec_desktop.store.schema import ROLES

LOGIN_ENV = "CREC_LOGIN"
READ_ONLY = "read_only"
SPECIALIST, COORDINATOR, MANAGER, ADMIN = ROLES


@dataclasses.dataclass(frozen=True)
class CurrentUser:
    """The person using the program, as the services see them (immutable, cheap to pass around)."""

    login: str
    role: str  # 'specialist' | 'coordinator' | 'manager' | 'admin' | 'read_only'
    specialist_id: int | None = None
    specialist_key: str | None = None
    specialist_name: str | None = None

    @property
    def read_only(self) -> bool:
        return self.role == READ_ONLY

    @property
    def is_specialist(self) -> bool:
        """Known to the organisation (has a specialist record), whatever the role."""
        return self.specialist_id is not None

    @property
    def display_name(self) -> str:
        return self.specialist_name or self.login

    @classmethod
    def system(cls, login: str = "system", role: str = ADMIN) -> CurrentUser:
        """A user for scripts, imports and tests that is not a specialist (admin by default)."""
        return cls(login=login, role=role)


def os_login() -> str:
    """The login of whoever runs the program: $CREC_LOGIN if set, else the OS user name."""
    override = os.environ.get(LOGIN_ENV, "").strip()
    if override:
        return override
    import getpass  # noqa: PLC0415

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        return "unknown"


def normalise_login(login: str) -> str:
    """'CREC\\MTremblay' and 'mtremblay' are the same person; comparisons ignore case."""
    login = login.strip()
    if "\\" in login:
        login = login.rsplit("\\", 1)[1]
    return login.casefold()


def resolve_user(db: Database, login: str | None = None) -> CurrentUser:
    """The CurrentUser for login (default: the OS login); unknown or inactive → read only."""
    login = os_login() if login is None else login
    wanted = normalise_login(login)
    if not wanted:
        return CurrentUser(login=login, role=READ_ONLY)
    t = schema.specialist.c  # Core: the start-up path imports no ORM
    with db.connect() as connection:
        row = connection.execute(
            select(t.id, t.key, t.name, t.role, t.active).where(func.lower(t.login) == wanted)
        ).first()
    if row is None or not row.active:
        return CurrentUser(login=login, role=READ_ONLY)
    role = row.role if row.role in ROLES else SPECIALIST
    return CurrentUser(login=login, role=role, specialist_id=row.id, specialist_key=row.key,
                       specialist_name=row.name)
