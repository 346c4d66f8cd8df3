"""Column types that keep the house rules: instants aware and in UTC, lists of instants."""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import DateTime, Text
from sqlalchemy.types import TypeDecorator

from crec_desktop.domain.timeutil import UTC, require_aware


class UTCDateTime(TypeDecorator):
    """An aware instant, stored as UTC (timestamptz on PostgreSQL, UTC text on SQLite).

    Naive datetimes are refused on the way in; values always come back aware, in UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        value = require_aware(value).astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class InstantList(TypeDecorator):
    """A list of aware instants (a repeating booking's exceptions), stored as JSON UTC text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if not value:
            return None
        return json.dumps(sorted(require_aware(v).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") for v in value))

    def process_result_value(self, value, dialect):
        if not value:
            return []
        return [dt.datetime.fromisoformat(v.replace("Z", "+00:00")) for v in json.loads(value)]
