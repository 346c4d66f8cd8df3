"""The letter preview: an engagement's letter as page images, zoomable, in French or English,
with its version and whether it is issued; print it, save it as PDF, issue it.

    open_letter_preview(parent, db, user, number, lang, *, letter_lang=None) -> LetterPreviewDialog | None

- parent: the window it belongs to (may be None);
- db: the `store.db.Database`; user: the `services.users.CurrentUser` using the program, or None
  when unknown (then nothing can be issued);
- number: the engagement's number ("2026-014");
- lang: the interface's language, "fr" or "en" (for the messages of the services);
- letter_lang: the letter's language, "fr" or "en"; None: the engagement's own language.

It prepares the letter (a busy cursor while it does), shows the dialog without blocking the
caller (it deletes itself when closed) and returns it; on a refusal (no engagement of that
number) it says why in a message box and returns None.

What is shown is the letter as `services.letters.prepare_letter` gives it: the issued bytes when
nothing changed since the last issue (so reprints are byte-identical), otherwise a fresh rendering
carrying the version it would get. A version chosen in the list of issued versions shows its
stored bytes; printing and saving always take the bytes on screen.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.domain.messages import UserError
from crec_desktop.domain.money import NBSP
from crec_desktop.services import letters
from crec_desktop.services.permissions import LETTER_ISSUE, refusal
from crec_desktop.ui.letters.common import ask_printer, busy, safe_file_name, with_pdf_suffix, write_pdf
from crec_desktop.ui.letters.models import IssuedVersionsModel
from crec_desktop.ui.letters.pages import PrintJob
from crec_desktop.ui.letters.viewer import FIT_PAGE, FIT_WIDTH, PageView

if TYPE_CHECKING:  # the database is the services' business: the window only passes it on
    from crec_desktop.store.db import Database

LANGUAGES = ("fr", "en")


class LetterPreviewDialog(QDialog):
    """One engagement's letter. Call load() (it may raise UserError) before showing it."""

    def __init__(self, db: Database, user, number: str, lang: str = "fr", *, letter_lang: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.user = user
        self.number = number
        self.lang = lang
        self.letter_lang = letter_lang
        self.letter: letters.PreparedLetter | None = None  # the letter as it stands
        self.shown: letters.IssuedInfo | None = None       # an issued version on screen, or None: the letter
        self.pdf = b""                                      # the bytes on screen
        self.setWindowTitle(self.tr("Lettre d'entente — mandat %1").replace("%1", number))
        self.setSizeGripEnabled(True)
        self._build()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.view = PageView(self)
        self.view.zoomChanged.connect(self._show_zoom)
        self.view.currentPageChanged.connect(self._show_page)
        self.view.pagesChanged.connect(self._show_page_count)

        self.language = QComboBox()
        self.language.addItem(self.tr("Français"), "fr")
        self.language.addItem(self.tr("Anglais"), "en")
        self.language.setToolTip(self.tr("La langue de la lettre"))
        self.language.activated.connect(self._language_chosen)
        language_label = QLabel(self.tr("&Langue de la lettre :"))
        language_label.setBuddy(self.language)

        self.previous_button = self._tool("◀", self.tr("Page précédente"), lambda: self.go_to_page(self.page.value() - 2))
        self.page = QSpinBox()
        self.page.setRange(1, 1)
        self.page.setAccelerated(True)
        self.page.setToolTip(self.tr("Aller à la page"))
        self.page.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_total = QLabel()
        self.next_button = self._tool("▶", self.tr("Page suivante"), lambda: self.go_to_page(self.page.value()))

        self.fit_width_button = self._tool(self.tr("Pleine largeur"), self.tr("La page occupe toute la largeur"),
                                           self.view.fit_width)
        self.fit_page_button = self._tool(self.tr("Page entière"), self.tr("Toute la page est visible"),
                                          self.view.fit_page)
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)
        self.zoom_out_button = self._tool("−", self.tr("Réduire (Ctrl+molette)"), self.view.zoom_out)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400 %") + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._tool("+", self.tr("Agrandir (Ctrl+molette)"), self.view.zoom_in)

        tools = QHBoxLayout()
        tools.addWidget(language_label)
        tools.addWidget(self.language)
        tools.addStretch(1)
        for widget in (self.previous_button, self.page, self.page_total, self.next_button):
            tools.addWidget(widget)
        tools.addSpacing(16)
        for widget in (self.fit_width_button, self.fit_page_button, self.zoom_out_button, self.zoom_label,
                       self.zoom_in_button):
            tools.addWidget(widget)

        side = QWidget()
        side.setMinimumWidth(300)
        panel = QVBoxLayout(side)
        panel.setContentsMargins(8, 0, 0, 0)
        self.heading = self._plain_label()
        self.heading.setStyleSheet("font-weight: bold")
        self.title = self._plain_label()
        self.state = self._plain_label()
        self.notice = self._plain_label()
        self.notice.setStyleSheet("color: #1d6b2a")
        self.notice.hide()
        versions_label = QLabel(self.tr("Versions émises :"))
        self.versions = IssuedVersionsModel(self.lang, self)
        self.versions_view = QTableView()
        self.versions_view.setModel(self.versions)
        self.versions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_view.verticalHeader().hide()
        self.versions_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.versions_view.horizontalHeader().setStretchLastSection(True)
        self.versions_view.setToolTip(self.tr("Double-cliquez sur une version pour voir la lettre telle "
                                              "qu'elle a été émise."))
        self.versions_view.activated.connect(lambda index: self.show_issued(self.versions.version_at(index.row())))
        self.no_versions = QLabel(self.tr("Aucune version émise."))
        self.current_button = QPushButton(self.tr("Revenir à la lettre actuelle"))
        self.current_button.clicked.connect(self.show_current)
        for widget in (self.heading, self.title, self.state, self.notice, versions_label, self.no_versions,
                       self.versions_view, self.current_button):
            panel.addWidget(widget)
        panel.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([820, 400])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(self.tr("&Imprimer…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(self.tr("&Enregistrer en PDF…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button = self.buttons.addButton(self.tr("É&mettre…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter)
        self.issue_button.clicked.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        for button in (self.print_button, self.save_button, self.issue_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, self.view.zoom_in)
        QShortcut(QKeySequence("Ctrl+="), self, self.view.zoom_in)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, self.view.zoom_out)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_letter)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_letter)
        self.resize(1240, 880)

    def _tool(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _plain_label() -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)  # data is shown as typed, never as markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- loading ------------------------------------------------------------------------------

    def load(self) -> None:
        """Prepare the letter in the chosen language and show it (UserError: nothing shown)."""
        with busy():
            letter = letters.prepare_letter(self.db, self.number, lang=self.letter_lang)
            issued = letters.issued_letters(self.db, self.number)
        self.letter = letter
        self.letter_lang = letter.data.language
        self.language.setCurrentIndex(max(0, self.language.findData(self.letter_lang)))
        self.versions.set_versions(issued)
        self.heading.setText(self.tr("Mandat %1").replace("%1", letter.data.number))
        self.title.setText(letter.data.title)
        self._show(letter.pdf, None)

    def _show(self, pdf: bytes, issued: letters.IssuedInfo | None) -> None:
        self.pdf = pdf
        self.shown = issued
        with busy():
            self.view.set_pdf(pdf)
        self._update_state()

    def show_current(self) -> None:
        if self.letter is not None:
            self._show(self.letter.pdf, None)
            self.versions_view.clearSelection()

    def show_issued(self, info: letters.IssuedInfo) -> None:
        """An issued version's stored bytes on screen (a reprint)."""
        try:
            with busy():
                pdf = letters.issued_pdf(self.db, self.number, info.version)
        except UserError as exc:
            self._refused(self.tr("Lettre d'entente"), exc)
            return
        self._show(pdf, info)

    def _language_chosen(self, _index: int) -> None:
        lang = self.language.currentData()
        if lang == self.letter_lang and self.shown is None:
            return
        previous = self.letter_lang
        self.letter_lang = lang
        try:
            self.load()
        except UserError as exc:
            self.letter_lang = previous
            self.language.setCurrentIndex(max(0, self.language.findData(previous)))
            self._refused(self.tr("Lettre d'entente"), exc)

    # --- state --------------------------------------------------------------------------------

    def _issued_info(self, version: int) -> letters.IssuedInfo | None:
        return next((v for v in self.versions.versions() if v.version == version), None)

    def state_text(self) -> str:
        """What the panel says about the letter on screen."""
        if self.shown is not None:
            info = self.shown
            return (self.tr("Version %1 émise le %2 par %3 : la lettre telle qu'elle a été émise.")
                    .replace("%1", str(info.version)).replace("%2", self.versions.issued_text(info))
                    .replace("%3", info.issued_by))
        letter = self.letter
        if letter is None:
            return ""
        info = self._issued_info(letter.version) if letter.issued else None
        if info is not None:
            return (self.tr("Version %1, émise le %2 par %3.").replace("%1", str(info.version))
                    .replace("%2", self.versions.issued_text(info)).replace("%3", info.issued_by))
        return self.tr("Version %1, pas encore émise : la lettre telle qu'elle serait émise aujourd'hui.").replace(
            "%1", str(letter.version))

    @property
    def is_issued(self) -> bool:
        """The letter on screen is an issued version (its stored bytes)."""
        return self.shown is not None or (self.letter is not None and self.letter.issued)

    @property
    def version(self) -> int | None:
        if self.shown is not None:
            return self.shown.version
        return self.letter.version if self.letter is not None else None

    def _update_state(self) -> None:
        self.state.setText(self.state_text())
        has_versions = self.versions.rowCount() > 0
        self.versions_view.setVisible(has_versions)
        self.no_versions.setVisible(not has_versions)
        self.current_button.setVisible(self.shown is not None)
        reason = self.issue_refusal()
        self.issue_button.setEnabled(reason is None)
        self.issue_button.setToolTip(reason or self.tr("Conserver la lettre telle quelle, comme version %1.")
                                     .replace("%1", str(self.version)))
        has_pdf = bool(self.pdf)
        self.print_button.setEnabled(has_pdf)
        self.save_button.setEnabled(has_pdf)

    def issue_refusal(self) -> str | None:
        """Why the letter on screen cannot be issued now, or None if it can."""
        if self.letter is None:
            return ""
        if self.shown is not None or self.letter.issued:
            return self.tr("Cette version est déjà émise.")
        if self.user is None:
            return self.tr("Utilisateur inconnu : consultation seulement.")
        reason = refusal(self.user, LETTER_ISSUE)
        return reason.text(self.lang) if reason is not None else None

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("%1 %").replace("%1", str(round(zoom * 100))).replace(" ", NBSP))
        self.fit_width_button.setChecked(self.view.mode == FIT_WIDTH)
        self.fit_page_button.setChecked(self.view.mode == FIT_PAGE)

    def _show_page_count(self, count: int) -> None:
        self.page.blockSignals(True)
        self.page.setRange(1, max(count, 1))
        self.page.blockSignals(False)
        self.page_total.setText(self.tr("de %1").replace("%1", str(count)))
        self._show_page(self.view.current_page)
        self._show_zoom(self.view.zoom)

    def _show_page(self, index: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(index + 1)
        self.page.blockSignals(False)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < self.view.page_count)

    def go_to_page(self, index: int) -> None:
        self.view.go_to_page(max(0, min(index, self.view.page_count - 1)))

    def _refused(self, title: str, error: UserError) -> None:
        QMessageBox.warning(self, title, error.text(self.lang))

    def _tell(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # --- actions ------------------------------------------------------------------------------

    def print_letter(self) -> None:
        """The system's print dialog (Letter paper unless changed there), then print."""
        if not self.pdf:
            return
        printer = ask_printer(self, self.tr("Imprimer la lettre d'entente"), self.tr("Imprimer dans un fichier PDF"),
                              self.tr("Documents PDF (*.pdf)"), pages=self.view.page_count)
        if printer is None:
            return
        pages = self.print_to(printer)
        if pages:
            self._tell(self.tr("Lettre imprimée : %n page.", "", pages) if pages < 2 else
                       self.tr("Lettre imprimée : %n pages.", "", pages))

    def print_to(self, printer: QPrinter) -> int:
        """Print the letter on screen (the printer's page range if it has one); the page count."""
        first, last = 1, None
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), printer.toPage() or None
        job = PrintJob(printer)
        with busy():
            if not job.begin():
                QMessageBox.warning(self, self.tr("Impression impossible"),
                                    self.tr("L'imprimante n'a pas accepté le travail d'impression."))
                return 0
            try:
                return job.add(self.pdf, first, last)
            finally:
                job.end()

    def default_file_name(self) -> str:
        return safe_file_name(self.tr("lettre-entente-%1-v%2.pdf").replace("%1", self.number)
                              .replace("%2", str(self.version)))

    def save_letter(self) -> None:
        if not self.pdf:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer la lettre en PDF"), self.default_file_name(),
                                              self.tr("Documents PDF (*.pdf)"))
        if name:
            self.save_to(with_pdf_suffix(name))

    def save_to(self, path) -> bool:
        """Write the bytes on screen to path, atomically; False (and a message) if impossible."""
        try:
            with busy():
                write_pdf(path, self.pdf)
        except UserError as exc:
            self._refused(self.tr("Enregistrement impossible"), exc)
            return False
        self._tell(self.tr("Lettre enregistrée : %1").replace("%1", str(path)))
        return True

    def confirm_issue(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Émettre la lettre"),
            self.tr("Émettre la lettre du mandat %1 en version %2 ?\n\nUne lettre émise est conservée telle "
                    "quelle ; si le mandat change ensuite, une nouvelle émission donnera une nouvelle version.")
            .replace("%1", self.number).replace("%2", str(self.version)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def issue(self) -> letters.IssuedInfo | None:
        """Émettre: confirm, issue through the services (they check the permission), show it."""
        if self.issue_refusal() is not None or not self.confirm_issue():
            return None
        try:
            with busy():
                info = letters.issue_letter(self.db, self.number, self.user, lang=self.letter_lang)
            self.load()
        except UserError as exc:
            self._refused(self.tr("Émission refusée"), exc)
            return None
        if info.created:
            self._tell(self.tr("Lettre émise : version %1.").replace("%1", str(info.version)))
        else:
            self._tell(self.tr("Cette lettre était déjà émise en version %1.").replace("%1", str(info.version)))
        return info

    def done(self, result: int) -> None:
        self.view.close_document()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.view.close_document()
        super().closeEvent(event)


def open_letter_preview(parent: QWidget | None, db: Database, user, number: str, lang: str = "fr", *,
                        letter_lang: str | None = None) -> LetterPreviewDialog | None:
    """Show engagement number's letter (see the module's docstring); None if it cannot be shown."""
    dialog = LetterPreviewDialog(db, user, number, lang, letter_lang=letter_lang, parent=parent)
    try:
        dialog.load()
    except UserError as exc:
        dialog.deleteLater()
        QMessageBox.warning(parent, QCoreApplication.translate("LetterPreviewDialog", "Lettre d'entente"),
                            exc.text(lang))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
