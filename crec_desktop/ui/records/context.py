"""What every records screen needs: the database, the user, the language, where to remember
things — and the words and number formats shared by the lists and the forms.

    ctx = RecordsContext(db, user, "fr", store=settings.store)
    ctx.may(permissions.MEMBER_EDIT)        # the same question the services ask
    words = Words(); words.role("manager")  # 'gestion' / 'manager'
    ctx.money(Decimal("92.5"))               # '92,50 $' / '$92.50'
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings

from crec_desktop.domain.formatting import format_date, format_hours, month_name
from crec_desktop.domain.money import format_money, format_number
from crec_desktop.services import permissions

if TYPE_CHECKING:  # the database is the services' business: the window only passes it on
    from crec_desktop.store.db import Database


@dataclasses.dataclass
class RecordsContext:
    """The records screens' shared state. Today is the database's clock's."""

    db: Database
    user: object  # services.users.CurrentUser, or None when unknown (then everything is read only)
    lang: str = "fr"
    store: QSettings | None = None
    _domains: list[tuple[str, str]] | None = dataclasses.field(default=None, repr=False)

    def day(self) -> dt.date:
        """Today, in the organisation's time zone."""
        return self.db.clock.today()

    def may(self, action: str, specialist_id: int | None = None) -> bool:
        return self.user is not None and permissions.may(self.user, action, specialist_id)

    def refusal(self, action: str, specialist_id: int | None = None) -> str:
        """Why the user may not do action ('' when they may)."""
        if self.user is None:
            return ""
        reason = permissions.refusal(self.user, action, specialist_id)
        return reason.text(self.lang) if reason is not None else ""

    def domains(self) -> list[tuple[str, str]]:
        """(code, name) of the domains of expertise, in their built-in order."""
        if self._domains is None:
            from crec_desktop.services.planning import domains  # noqa: PLC0415

            self._domains = domains(self.db, self.lang)
        return self._domains

    def domain_name(self, code: str) -> str:
        return dict(self.domains()).get(code, code)

    # --- formats --------------------------------------------------------------------------------
    def money(self, value: Decimal | None) -> str:
        return "" if value is None else format_money(value, self.lang)

    def hours(self, value: Decimal | None) -> str:
        return "" if value is None else format_hours(value, self.lang)

    def number(self, value: Decimal | None, places: int = 2) -> str:
        """For a field being edited: 92,50 / 92.50 (no currency sign), whole hours without decimals."""
        if value is None:
            return ""
        if places == 2 and value == value.to_integral_value():
            places = 0
        elif places == 2 and (value * 10) == (value * 10).to_integral_value():
            places = 1
        return format_number(value, self.lang, places).replace("\u00a0", " ")

    def amount_text(self, value: Decimal | str | None) -> str:
        """An amount being edited keeps its cents: 92,50 / 92.50 (empty for none)."""
        if value is None or value == "":
            return ""
        text = f"{Decimal(value).quantize(Decimal('0.01')):f}"
        return text.replace(".", ",") if self.lang == "fr" else text

    def date(self, value: dt.date | None) -> str:
        """Lists: 2026-11-26 (the numeric date of Quebec and Canada, sortable at a glance)."""
        return "" if value is None else value.isoformat()

    def long_date(self, value: dt.date | None) -> str:
        return "" if value is None else format_date(value, self.lang)

    def percent(self, ratio: Decimal | None) -> str:
        if ratio is None:
            return "—"
        number = format_number(ratio * 100, self.lang, 0)
        return f"{number}\u00a0%" if self.lang == "fr" else f"{number}%"

    def month(self, month: int) -> str:
        return month_name(month, self.lang)


class Words(QObject):
    """The names of codes the records show: roles, kinds, statuses, rules."""

    def role(self, code: str) -> str:
        return {"specialist": self.tr("spécialiste"), "coordinator": self.tr("coordination"),
                "manager": self.tr("gestion"), "admin": self.tr("administration")}.get(code, code)

    def member_kind(self, code: str) -> str:
        return {"federation": self.tr("fédération"), "cdr": self.tr("CDR"),
                "other": self.tr("autre")}.get(code, code)

    def status(self, code: str) -> str:
        return {"draft": self.tr("brouillon"), "sent": self.tr("envoyé"), "signed": self.tr("signé"),
                "in_progress": self.tr("en cours"), "completed": self.tr("terminé"),
                "cancelled": self.tr("annulé")}.get(code, code)

    def absence_kind(self, code: str) -> str:
        return {"vacation": self.tr("vacances"), "sick": self.tr("maladie"), "training": self.tr("formation"),
                "personal": self.tr("congé personnel"), "other": self.tr("autre")}.get(code, code)

    def booking_status(self, code: str) -> str:
        return {"confirmed": self.tr("confirmée"), "tentative": self.tr("provisoire")}.get(code, code)

    def language(self, code: str) -> str:
        return {"fr": self.tr("français"), "en": self.tr("anglais")}.get(code, code)

    def yes_no(self, value: bool) -> str:
        return self.tr("oui") if value else self.tr("non")

    def carry_rule(self, code: str) -> str:
        return {"none": self.tr("aucun report"), "all": self.tr("tout le solde"),
                "cap": self.tr("jusqu'à un plafond")}.get(code, code)

    def easter(self, code: str) -> str:
        return {"good_friday": self.tr("Vendredi saint"), "easter_monday": self.tr("Lundi de Pâques")}.get(code, code)


ROLE_CODES = ("specialist", "coordinator", "manager", "admin")
MEMBER_KIND_CODES = ("federation", "cdr", "other")
ABSENCE_KIND_CODES = ("vacation", "sick", "training", "personal", "other")
