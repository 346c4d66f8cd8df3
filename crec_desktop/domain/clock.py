"""The one clock: what time it is, for every layer.

Nothing else in the program asks the system for the time. A `Clock` rides with the database
(`Database.clock`, given to `init_db`), so every service, the window and the commands read the
same instant: writer and audit stamps, issued letters, "done vs planned" hours, the grid's
today and now line, date pickers' defaults, report and suggestion periods.

    clock = Clock()                      # the system's time
    clock.now()                          # aware, UTC
    clock.today()                        # the local day in America/Toronto
    frozen = Clock.frozen(local(2026, 11, 25, 10))  # tests: a fixed instant
    frozen.advance(dt.timedelta(minutes=5))
"""
from __future__ import annotations

import datetime as dt

from crec_desktop.domain.timeutil import TZ, UTC, require_aware


class Clock:
    """The current instant, from the system or, once frozen, a fixed instant that only moves
    when told to (tests, reproducible screenshots)."""

    def __init__(self, fixed: dt.datetime | None = None) -> None:
        self._fixed = None if fixed is None else require_aware(fixed).astimezone(UTC)

    @classmethod
    def frozen(cls, at: dt.datetime) -> Clock:
        return cls(at)

    @property
    def is_frozen(self) -> bool:
        return self._fixed is not None

    def now(self) -> dt.datetime:
        """This instant, time-zone aware, in UTC."""
        if self._fixed is not None:
            return self._fixed
        return dt.datetime.now(UTC)

    def local_now(self) -> dt.datetime:
        """This instant in America/Toronto."""
        return self.now().astimezone(TZ)

    def today(self) -> dt.date:
        """The local day (America/Toronto), whatever the machine's own time zone."""
        return self.local_now().date()

    def set(self, at: dt.datetime) -> None:
        """Freeze the clock at `at` (aware)."""
        self._fixed = require_aware(at).astimezone(UTC)

    def advance(self, delta: dt.timedelta) -> None:
        """Move a frozen clock forward (or back, with a negative delta)."""
        if self._fixed is None:
            raise RuntimeError("only a frozen clock can be moved")
        self._fixed += delta

    def __repr__(self) -> str:
        return f"Clock(frozen at {self._fixed.isoformat()})" if self._fixed else "Clock(system)"
