"""The members' list: federations, CDRs and others, their region and contact, and this fiscal
year's hour bank (used, planned, left). Managers and administrators add, change, deactivate."""
from __future__ import annotations

from PySide6.QtGui import QColor

from crec_desktop.domain.regions import region_label, region_name
from crec_desktop.services import members as service
from crec_desktop.services import permissions
from crec_desktop.ui.records.context import Words
from crec_desktop.ui.records.list_view import ActiveRecordListView
from crec_desktop.ui.records.table import Column, RecordTableModel

OVERDRAWN = QColor("#f6cdc6")
NEARLY = QColor("#fbe7c2")


def bank_colour(bank) -> QColor | None:
    if bank is None:
        return None
    if bank.left < 0:
        return OVERDRAWN
    if bank.available > 0 and bank.left < bank.available / 10:
        return NEARLY
    return None


class MemberModel(RecordTableModel):
    def is_active(self, row) -> bool:
        return row.state.active

    def extra_search(self, row) -> str:
        return " ".join(filter(None, (row.state.key, row.state.contact_title, row.state.address)))

    def make_columns(self) -> list[Column]:
        ctx, words = self.ctx, Words(self)

        def hours(get):
            return lambda r: ctx.hours(get(r.bank)) if r.bank is not None else ""

        def key(get):
            return lambda r: get(r.bank) if r.bank is not None else None

        def year_tip(r):
            if r.bank is None:
                return self.tr("Pas de banque d'heures")
            return self.tr("Exercice du %1 au %2").replace("%1", ctx.long_date(r.bank.first)).replace(
                "%2", ctx.long_date(r.bank.last))

        return [
            Column("short_name", self.tr("Sigle"), lambda r: r.state.short_name or ""),
            Column("name", self.tr("Nom"), lambda r: r.state.name, tip=lambda r: r.state.name),
            Column("kind", self.tr("Type"), lambda r: words.member_kind(r.state.kind)),
            Column("sector", self.tr("Secteur"), lambda r: r.state.sector or "", hidden=True),
            Column("region", self.tr("Région"), lambda r: region_name(r.state.region), sort=lambda r: r.state.region,
                   tip=lambda r: region_label(r.state.region) or None),
            Column("contact", self.tr("Personne-ressource"), lambda r: r.state.contact_name or ""),
            Column("email", self.tr("Courriel"), lambda r: r.state.email or "", hidden=True),
            Column("phone", self.tr("Téléphone"), lambda r: r.state.phone or "", hidden=True),
            Column("engagements", self.tr("Mandats"), lambda r: str(r.engagements), sort=lambda r: r.engagements,
                   number=True, hidden=True),
            Column("available", self.tr("Banque"), hours(lambda b: b.available), sort=key(lambda b: b.available),
                   number=True, tip=year_tip),
            Column("used", self.tr("Utilisées"), hours(lambda b: b.used), sort=key(lambda b: b.used), number=True,
                   tip=lambda r: self.tr("Heures confirmées déjà faites dans l'exercice")),
            Column("planned", self.tr("Prévues"), hours(lambda b: b.planned), sort=key(lambda b: b.planned),
                   number=True, tip=lambda r: self.tr("Réservations à venir dans l'exercice")),
            Column("left", self.tr("Solde"), hours(lambda b: b.left), sort=key(lambda b: b.left), number=True,
                   background=lambda r: bank_colour(r.bank)),
            Column("carry", self.tr("Report prévu"), hours(lambda b: b.carry_out), sort=key(lambda b: b.carry_out),
                   number=True, hidden=True),
            Column("active", self.tr("Actif"), lambda r: words.yes_no(r.state.active), hidden=True),
            Column("key", self.tr("Identifiant"), lambda r: r.state.key, hidden=True),
        ]


class MemberList(ActiveRecordListView):
    name = "members"
    edit_permission = permissions.MEMBER_EDIT
    default_sort = ("short_name", True)

    def make_model(self):
        return MemberModel(self.ctx, self)

    def filters(self):
        return [("active", self.tr("Membres actifs"), lambda r: r.state.active),
                ("federation", self.tr("Fédérations"), lambda r: r.state.active and r.state.kind == "federation"),
                ("cdr", self.tr("CDR"), lambda r: r.state.active and r.state.kind == "cdr"),
                ("other", self.tr("Autres membres"), lambda r: r.state.active and r.state.kind == "other"),
                ("inactive", self.tr("Membres inactifs"), lambda r: not r.state.active),
                ("all", self.tr("Tous les membres"), None)]

    def load_rows(self):
        return service.list_members(self.ctx.db, day=self.ctx.day())

    def new_label(self) -> str:
        return self.tr("Nouveau membre…")

    def is_active(self, row) -> bool:
        return row.state.active

    def set_active(self, active: bool):
        return service.reactivate_member if active else service.deactivate_member

    def editor(self):
        from crec_desktop.ui.records.member_dialog import MemberDialog  # noqa: PLC0415

        return MemberDialog

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.confirm(self.tr("Supprimer le membre"),
                                            self.tr("Supprimer définitivement « %1 » ?").replace("%1", row.state.name)):
            self.apply(service.delete_member, row, refused_title=self.tr("Suppression refusée"))
