"""The grid's toolbar: navigation (previous, today, next, a date to jump to), zoom, colouring,
grouping, snapping, printing; and under it the filters (specialist, domain, member, engagement,
status) and the search box.

Only widgets: PlanningView (view.py) connects them to what they do and keeps them in step.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.ui.grid.geometry import Snap, Zoom
from crec_desktop.ui.grid.models import ChoiceModel
from crec_desktop.ui.grid.prefs import FILTER_KINDS


class GridToolbar(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.nav = QWidget()
        nav = QHBoxLayout(self.nav)
        nav.setContentsMargins(0, 0, 0, 0)
        self.previous_button = QToolButton(text="◀", toolTip=self.tr("Période précédente"), autoRaise=True)
        self.today_button = QPushButton(self.tr("Aujourd'hui"))
        self.next_button = QToolButton(text="▶", toolTip=self.tr("Période suivante"), autoRaise=True)
        self.date_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd", toolTip=self.tr("Aller à la date"))
        for w in (self.previous_button, self.today_button, self.next_button, self.date_edit):
            nav.addWidget(w)

        self.zoom_buttons = QButtonGroup(self)
        zooms = QHBoxLayout()
        zooms.setSpacing(0)
        labels = {Zoom.DAY: self.tr("Jour"), Zoom.WEEK: self.tr("Semaine"), Zoom.TWO_WEEKS: self.tr("2 semaines"),
                  Zoom.MONTH: self.tr("Mois"), Zoom.QUARTER: self.tr("Trimestre")}
        for i, zoom in enumerate(Zoom):
            button = QToolButton(text=labels[zoom], checkable=True)
            button.setProperty("zoom", zoom.value)
            self.zoom_buttons.addButton(button, i)
            zooms.addWidget(button)

        self.colour_combo = QComboBox(toolTip=self.tr("Couleur des réservations"))
        self.colour_combo.addItem(self.tr("Couleur par membre"), "member")
        self.colour_combo.addItem(self.tr("Couleur par domaine"), "domain")
        self.group_check = QCheckBox(self.tr("Regrouper par domaine"))
        self.snap_combo = QComboBox(toolTip=self.tr("Pas des déplacements aux zooms larges (15 minutes au zoom Jour)"))
        for snap, text in ((Snap.HALF_DAY, self.tr("Demi-journées")), (Snap.HOUR, self.tr("Heures")),
                           (Snap.HALF_HOUR, self.tr("Demi-heures")), (Snap.QUARTER_HOUR, self.tr("15 minutes")),
                           (Snap.DAY, self.tr("Journées"))):
            self.snap_combo.addItem(text, snap.value)
        self.print_button = QToolButton(text=self.tr("Imprimer…"),
                                        toolTip=self.tr("Imprimer ou enregistrer en PDF la période affichée"))

        top = QHBoxLayout()
        top.addWidget(self.nav)
        top.addSpacing(12)
        top.addLayout(zooms)
        top.addStretch(1)
        for w in (self.colour_combo, self.group_check, self.snap_combo, self.print_button):
            top.addWidget(w)

        self.filter_models: dict[str, ChoiceModel] = {}
        self.filter_combos: dict[str, QComboBox] = {}
        filters = QHBoxLayout()
        titles = {"specialist": self.tr("Spécialiste"), "domain": self.tr("Domaine"), "member": self.tr("Membre"),
                  "engagement": self.tr("Mandat"), "status": self.tr("Statut")}
        for kind in FILTER_KINDS:
            model = ChoiceModel(parent=self)
            combo = QComboBox(toolTip=titles[kind])
            combo.setModel(model)
            combo.setMinimumContentsLength(16 if kind in ("specialist", "engagement") else 13)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            self.filter_models[kind] = model
            self.filter_combos[kind] = combo
            filters.addWidget(combo)
        self.search = QLineEdit(placeholderText=self.tr("Rechercher (membre, mandat, titre, lieu, note)"),
                                clearButtonEnabled=True)
        filters.addWidget(self.search, 1)
        self.clear_filters_button = QToolButton(text=self.tr("Effacer les filtres"), autoRaise=True)
        filters.addWidget(self.clear_filters_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(filters)
