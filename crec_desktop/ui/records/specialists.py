"""The specialists' list: who they are, their domains, role, rate, hours and this month's load.
Administrators add, change, deactivate (or delete, without history); everyone else reads."""
from __future__ import annotations

from crec_desktop.domain.formatting import format_time
from crec_desktop.services import permissions
from crec_desktop.services import specialists as service
from crec_desktop.ui.overview_view import load_colour  # the overview's heat scale, the same here
from crec_desktop.ui.records.context import Words
from crec_desktop.ui.records.list_view import ActiveRecordListView
from crec_desktop.ui.records.table import Column, RecordTableModel


class SpecialistModel(RecordTableModel):
    def make_columns(self) -> list[Column]:
        ctx, lang = self.ctx, self.lang
        words = Words(self)
        return [
            Column("name", self.tr("Nom"), lambda r: r.name, colour=lambda r: r.colour),
            Column("title", self.tr("Titre"), lambda r: r.title or ""),
            Column("domains", self.tr("Domaines"), lambda r: ", ".join(ctx.domain_name(c) for c in r.domains)),
            Column("role", self.tr("Rôle"), lambda r: words.role(r.role)),
            Column("login", self.tr("Connexion"), lambda r: r.login or "", hidden=True),
            Column("email", self.tr("Courriel"), lambda r: r.email or "", hidden=True),
            Column("phone", self.tr("Téléphone"), lambda r: r.phone or "", hidden=True),
            Column("rate", self.tr("Taux horaire"), lambda r: ctx.money(r.hourly_rate), sort=lambda r: r.hourly_rate,
                   number=True),
            Column("weekly_hours", self.tr("Heures/sem."), lambda r: ctx.hours(r.weekly_hours),
                   sort=lambda r: r.weekly_hours, number=True),
            Column("workday", self.tr("Horaire"), lambda r: f"{format_time(r.workday_start, lang)} – "
                                                           f"{format_time(r.workday_end, lang)}",
                   sort=lambda r: (r.workday_start, r.workday_end), hidden=True),
            Column("load", self.tr("Charge du mois"), lambda r: ctx.percent(r.month_load) if r.active else "",
                   sort=lambda r: r.month_load if r.active else None, number=True,
                   background=lambda r: load_colour(r.month_load) if r.active else None,
                   tip=lambda r: self.tr("%1 réservées sur %2 attendues ce mois-ci").replace(
                       "%1", ctx.hours(r.month_booked)).replace("%2", ctx.hours(r.month_expected))
                   if r.month_booked is not None else None),
            Column("active", self.tr("Actif"), lambda r: words.yes_no(r.active), hidden=True),
            Column("key", self.tr("Identifiant"), lambda r: r.key, hidden=True),
        ]


class SpecialistList(ActiveRecordListView):
    name = "specialists"
    edit_permission = permissions.SPECIALIST_EDIT

    def make_model(self):
        return SpecialistModel(self.ctx, self)

    def filters(self):
        return [("active", self.tr("Spécialistes actifs"), lambda r: r.active),
                ("inactive", self.tr("Spécialistes inactifs"), lambda r: not r.active),
                ("all", self.tr("Tous les spécialistes"), None)]

    def load_rows(self):
        return service.list_specialists(self.ctx.db)

    def new_label(self) -> str:
        return self.tr("Nouveau spécialiste…")

    def is_active(self, row) -> bool:
        return row.active

    def set_active(self, active: bool):
        return service.reactivate_specialist if active else service.deactivate_specialist

    def editor(self):
        from crec_desktop.ui.records.specialist_dialog import SpecialistDialog  # noqa: PLC0415

        return SpecialistDialog

    def open_row(self, row) -> None:
        self.edit(row.key, on_absences=self.changed.emit)  # absences changed in the form: the other views follow

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.confirm(self.tr("Supprimer le spécialiste"),
                                            self.tr("Supprimer définitivement « %1 » ?").replace("%1", row.name)):
            self.apply(service.delete_specialist, row, refused_title=self.tr("Suppression refusée"))
