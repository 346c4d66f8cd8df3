"""Several engagements' letters in one go: check them in a filterable list, then save them (one
PDF per engagement, named by its number, in a chosen folder) or print them (one print job).

    open_letter_batch(parent, db, lang, checked=("2026-014", ...)) -> LetterBatchDialog

The letters come from `services.letters.letters_pdfs` (issued bytes when nothing changed since the
last issue), one at a time under a progress dialog with a cancel button. A letter that cannot
be made or written is noted and the batch goes on; what failed is listed at the end. Cancelling
keeps the files already saved, and abandons a print job (nothing is printed).
"""
from __future__ import annotations

import dataclasses
import logging
import pathlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.domain.messages import UserError
from crec_desktop.services import letters, planning
from crec_desktop.ui.letters.chooser import engagement_table, newest_first
from crec_desktop.ui.letters.common import ask_printer, safe_file_name, write_pdf
from crec_desktop.ui.letters.models import EngagementFilter, EngagementListModel
from crec_desktop.ui.letters.pages import PrintJob

if TYPE_CHECKING:  # the database is the services' business: the window only passes it on
    from crec_desktop.store.db import Database

log = logging.getLogger(__name__)
SHOWN_FAILURES = 8   # listed in the message itself; all of them in its details


@dataclasses.dataclass
class BatchResult:
    done: list[str] = dataclasses.field(default_factory=list)
    failed: list[tuple[str, str]] = dataclasses.field(default_factory=list)   # (number, why)
    cancelled: bool = False
    pages: int = 0


def file_for(folder: pathlib.Path, number: str) -> pathlib.Path:
    return folder / f"{safe_file_name(number)}.pdf"


class LetterBatchDialog(QDialog):
    """The checkable list of engagements and the two batch actions."""

    def __init__(self, db: Database, lang: str = "fr", engagements: Sequence | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.lang = lang
        self.progress: QProgressDialog | None = None   # the last batch's progress dialog
        self.result: BatchResult | None = None          # the last batch's outcome
        self.report_box: QMessageBox | None = None      # the last batch's report
        self.setWindowTitle(self.tr("Lettres d'entente de plusieurs mandats"))
        self.setSizeGripEnabled(True)
        if engagements is None:
            engagements = newest_first(planning.engagements(db))
        self.model = EngagementListModel(engagements, checkable=True, parent=self)
        self.proxy = EngagementFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Numéro, titre ou membre…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        filter_label = QLabel(self.tr("&Filtrer :"))
        filter_label.setBuddy(self.filter)
        check_all = QPushButton(self.tr("Tout cocher"))
        check_all.setToolTip(self.tr("Cocher les mandats affichés"))
        check_all.clicked.connect(lambda: self.model.set_checked(self.proxy.visible_numbers(), True))
        check_none = QPushButton(self.tr("Tout décocher"))
        check_none.setToolTip(self.tr("Décocher les mandats affichés"))
        check_none.clicked.connect(lambda: self.model.set_checked(self.proxy.visible_numbers(), False))
        top = QHBoxLayout()
        for widget in (filter_label, self.filter, check_all, check_none):
            top.addWidget(widget)

        self.table = engagement_table(self.proxy, self)

        self.language = QComboBox()
        self.language.addItem(self.tr("Langue de chaque mandat"), None)
        self.language.addItem(self.tr("Français"), "fr")
        self.language.addItem(self.tr("Anglais"), "en")
        language_label = QLabel(self.tr("&Langue des lettres :"))
        language_label.setBuddy(self.language)
        self.count = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(language_label)
        bottom.addWidget(self.language)
        bottom.addStretch(1)
        bottom.addWidget(self.count)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(self.tr("&Enregistrer en PDF…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = self.buttons.addButton(self.tr("&Imprimer…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_all)
        self.print_button.clicked.connect(self.print_all)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self.model.dataChanged.connect(self._count_changed)
        self.model.modelReset.connect(self._count_changed)
        self._count_changed()
        self.resize(860, 600)

    def _count_changed(self, *_args) -> None:
        n = len(self.model.checked_numbers())
        self.count.setText(self.tr("%n mandat coché", "", n) if n < 2 else self.tr("%n mandats cochés", "", n))
        self.save_button.setEnabled(n > 0)
        self.print_button.setEnabled(n > 0)

    @property
    def letter_lang(self) -> str | None:
        return self.language.currentData()

    def checked_numbers(self) -> list[str]:
        return self.model.checked_numbers()

    # --- the batch ----------------------------------------------------------------------------

    def run(self, numbers: Sequence[str], work: Callable[[str, bytes], None], title: str) -> BatchResult:
        """work(number, pdf) for each letter under a progress dialog; failures noted, not fatal."""
        numbers = list(numbers)
        total = len(numbers)
        result = BatchResult()
        if self.progress is not None:
            self.progress.deleteLater()
        progress = QProgressDialog(title, self.tr("Annuler"), 0, total, self)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        remaining = numbers
        made = 0
        while remaining and not result.cancelled:
            yielded = 0
            progress.setLabelText(self._step_text(remaining[0], made, total))
            stream = letters.letters_pdfs(self.db, remaining, lang=self.letter_lang)
            try:
                for number, pdf in stream:
                    yielded += 1
                    why = self._attempt(work, number, pdf)
                    if why is None:
                        result.done.append(number)
                    else:
                        result.failed.append((number, why))
                    made += 1
                    progress.setValue(made)
                    if progress.wasCanceled():
                        result.cancelled = True
                        break
                    if yielded < len(remaining):
                        progress.setLabelText(self._step_text(remaining[yielded], made, total))
                remaining = []
            except Exception as exc:  # noqa: BLE001 - this letter could not be made: note it, go on
                result.failed.append((remaining[yielded], self._why(exc, remaining[yielded])))
            finally:
                stream.close()                  # the read session ends here
            if remaining:
                made += 1
                progress.setValue(made)
                remaining = remaining[yielded + 1:]
                if progress.wasCanceled():
                    result.cancelled = True
        progress.hide()   # not close(): that would cancel and reset it
        self.result = result
        return result

    def _attempt(self, work: Callable[[str, bytes], None], number: str, pdf: bytes) -> str | None:
        """work(number, pdf); None if it went well, else why not."""
        try:
            work(number, pdf)
        except Exception as exc:  # noqa: BLE001 - one bad letter must not lose the others
            return self._why(exc, number)
        return None

    def _why(self, exc: Exception, number: str) -> str:
        if isinstance(exc, UserError):
            return exc.text(self.lang)
        log.error("letter %s failed in a batch", number, exc_info=exc)
        return self.tr("Erreur inattendue : %1").replace("%1", str(exc) or type(exc).__name__)

    def _step_text(self, number: str, made: int, total: int) -> str:
        return (self.tr("Lettre du mandat %1 (%2 de %3)…").replace("%1", number).replace("%2", str(made + 1))
                .replace("%3", str(total)))

    # --- saving -------------------------------------------------------------------------------

    def save_all(self) -> None:
        numbers = self.checked_numbers()
        if not numbers:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier où enregistrer les lettres"))
        if not folder:
            return
        folder = pathlib.Path(folder)
        existing = [file_for(folder, n) for n in numbers if file_for(folder, n).exists()]
        if existing:
            answer = QMessageBox.question(
                self, self.tr("Remplacer des fichiers ?"),
                self.tr("%n fichiers de ce dossier portent déjà le nom d'une lettre. Les remplacer ?", "",
                        len(existing)) if len(existing) > 1 else
                self.tr("Un fichier de ce dossier porte déjà le nom d'une lettre : %1. Le remplacer ?")
                .replace("%1", existing[0].name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.save_to_folder(folder, numbers)

    def save_to_folder(self, folder: pathlib.Path, numbers: Sequence[str]) -> BatchResult:
        """One PDF per engagement in folder (NUMBER.pdf, written atomically), then the report."""
        def save(number: str, pdf: bytes) -> None:
            write_pdf(file_for(folder, number), pdf)

        result = self.run(numbers, save, self.tr("Enregistrement des lettres"))
        n = len(result.done)
        done = self.tr("%n lettre enregistrée", "", n) if n < 2 else self.tr("%n lettres enregistrées", "", n)
        self.report(result, self.tr("%1 dans %2.").replace("%1", done).replace("%2", str(folder)))
        return result

    # --- printing -----------------------------------------------------------------------------

    def print_all(self) -> None:
        numbers = self.checked_numbers()
        if not numbers:
            return
        printer = ask_printer(self, self.tr("Imprimer les lettres d'entente"), self.tr("Imprimer dans un fichier PDF"),
                              self.tr("Documents PDF (*.pdf)"))
        if printer is not None:
            self.print_to(printer, numbers)

    def print_to(self, printer: QPrinter, numbers: Sequence[str]) -> BatchResult:
        """Every letter in one print job (abandoned if cancelled or if nothing could be made)."""
        job = PrintJob(printer)
        if not job.begin():
            QMessageBox.warning(self, self.tr("Impression impossible"),
                                self.tr("L'imprimante n'a pas accepté le travail d'impression."))
            return BatchResult()

        def add(number: str, pdf: bytes) -> None:
            job.add(pdf)

        result = self.run(numbers, add, self.tr("Impression des lettres"))
        result.pages = job.pages
        if result.cancelled or not result.done:
            job.abort()
        else:
            job.end()
        if result.cancelled:
            summary = self.tr("Impression annulée : rien n'a été imprimé.")
            result.done.clear()
        else:
            n, pages = len(result.done), result.pages
            summary = ((self.tr("%n lettre imprimée", "", n) if n < 2 else self.tr("%n lettres imprimées", "", n))
                       + " — " + (self.tr("%n page.", "", pages) if pages < 2 else self.tr("%n pages.", "", pages)))
        self.report(result, summary)
        return result

    # --- the report ---------------------------------------------------------------------------

    def report_text(self, result: BatchResult, summary: str) -> tuple[str, str]:
        """(message, details) of a batch's report."""
        lines = [summary]
        if result.cancelled and result.done and self._untouched(result):
            n = self._untouched(result)
            lines.append(self.tr("Interrompu avant la fin : %n lettre non traitée.", "", n) if n < 2 else
                         self.tr("Interrompu avant la fin : %n lettres non traitées.", "", n))
        details = "\n".join(f"{number} : {why}" for number, why in result.failed)
        if result.failed:
            lines.append("")
            n = len(result.failed)
            lines.append(self.tr("%n lettre n'a pas pu être produite :", "", n) if n < 2 else
                         self.tr("%n lettres n'ont pas pu être produites :", "", n))
            lines.extend(f"{number} : {why}" for number, why in result.failed[:SHOWN_FAILURES])
            if len(result.failed) > SHOWN_FAILURES:
                n = len(result.failed) - SHOWN_FAILURES
                lines.append(self.tr("… et %n autre (voir les détails).", "", n) if n < 2 else
                             self.tr("… et %n autres (voir les détails).", "", n))
        return "\n".join(lines), details

    def _untouched(self, result: BatchResult) -> int:
        total = self.progress.maximum() if self.progress is not None else 0
        return max(0, total - len(result.done) - len(result.failed))

    def report(self, result: BatchResult, summary: str) -> QMessageBox:
        """Say how it went, without blocking (the box is window-modal)."""
        text, details = self.report_text(result, summary)
        box = QMessageBox(QMessageBox.Icon.Warning if result.failed else QMessageBox.Icon.Information,
                          self.windowTitle(), text, QMessageBox.StandardButton.Ok, self)
        if len(result.failed) > SHOWN_FAILURES:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_box = box
        box.open()
        return box


def open_letter_batch(parent: QWidget | None, db: Database, lang: str = "fr", *,
                      checked: Sequence[str] = ()) -> LetterBatchDialog:
    """Show the batch dialog (not blocking the caller), the given engagements already checked."""
    dialog = LetterBatchDialog(db, lang, parent=parent)
    dialog.model.set_checked(checked)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
