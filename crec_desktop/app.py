"""The window side of start-up: excepthook → database → QApplication → translators → window.

cli.main has already read the arguments, found the paths and set up logging; it calls
`run_window(ctx)` (no command) or `run_screenshot(ctx)` (`crec-desktop screenshot`). Qt is
imported here, late, so the commands that need no window never load it.

- A database that cannot be opened (unreachable server, newer schema, bad URL: a UserError)
  is explained in a message box in the user's language, and the program exits with status 2.
- An unexpected exception anywhere after that reaches ui.fault.FaultHandler: logged, and shown
  in a dialog with a copyable report (on stderr instead for `screenshot`).
"""
from __future__ import annotations

import contextlib
import gc
import logging
import os
import pathlib
import sys

from crec_desktop.domain.messages import UserError, define, tr

log = logging.getLogger(__name__)

define({
    "app.db_refused.title": ("Impossible d'ouvrir la base de données", "Cannot open the database"),
    "app.screenshot.done": ("Image enregistrée : {path} ({width} × {height})", "Image saved: {path} ({width} × {height})"),
})


@contextlib.contextmanager
def _startup_without_gc():
    """No cyclic garbage collection while start-up imports and builds (about a tenth of the
    start-up time goes to collections that find nothing); afterwards, what start-up made is
    frozen out of future collections, so they stay short while the user drags in the grid."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def _fault_handler(ctx, *, interactive: bool):
    from crec_desktop.ui.fault import FaultHandler  # noqa: PLC0415 - Qt, late

    return FaultHandler(database_url=ctx.url, log_file=str(ctx.paths.log_file), interactive=interactive).install()


def _current_user(db):
    from crec_desktop.services.users import resolve_user  # noqa: PLC0415

    return resolve_user(db)


def _before_qt() -> None:
    """Import what the window's first paint needs besides Qt before Qt itself. PySide6's feature
    hook reads the source file of every module imported after PySide6 (to look for "PySide6" in
    it): importing the database layer after Qt made start-up about 15 % slower. What the first
    paint does not need (the writing services and the ORM under them, the overview, the
    dialogs) is imported later, when used or once the window is painted (ui.grid.view:
    _after_first_paint)."""
    import colorsys  # noqa: F401, PLC0415 - ui.grid.style

    import crec_desktop.services.agenda  # noqa: F401, PLC0415 - the planning grid's source
    import crec_desktop.services.availability  # noqa: F401, PLC0415
    import crec_desktop.services.permissions  # noqa: F401, PLC0415
    import crec_desktop.services.planning  # noqa: F401, PLC0415
    import crec_desktop.ui.period  # noqa: F401, PLC0415


def refuse_database(error: UserError, lang: str) -> int:
    """Say in a message box why the database cannot be used; the exit status is 2."""
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    text = error.text(lang)
    print(text, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, tr("app.db_refused.title", lang), text,
                      QMessageBox.StandardButton.Close)
    box.exec()
    return 2


def run_window(ctx) -> int:
    """Open the main window on ctx's database and run until it is closed."""
    handler = _fault_handler(ctx, interactive=True)
    try:
        with _startup_without_gc():
            try:
                db = ctx.open_db()
                user = _current_user(db)
                _before_qt()
            except UserError as exc:
                log.info("database refused: %s", exc.text("en"))
                db = None
                refusal = exc
            from crec_desktop.ui.application import create_application  # noqa: PLC0415

            app = create_application(ctx.lang)
            if db is None:
                return refuse_database(refusal, ctx.lang)
            from crec_desktop.ui.main_window import MainWindow  # noqa: PLC0415
            from crec_desktop.ui.settings import Settings  # noqa: PLC0415

            window = MainWindow(db, lang=ctx.lang, paths=ctx.paths, user=user, settings=Settings.open(ctx.paths))
            window.restore_geometry()
            window.show()
        log.info("window open on %s", window.database_label.text())
        return app.exec()
    finally:
        handler.uninstall()


def render_window_png(ctx, db, user, day, view: str, size: tuple[int, int]) -> bytes:
    """The main window at size, showing the period of view around day, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice  # noqa: PLC0415
    from PySide6.QtGui import QColor, QImage  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from crec_desktop.ui.main_window import MainWindow  # noqa: PLC0415
    from crec_desktop.ui.period import Period  # noqa: PLC0415

    window = MainWindow(db, lang=ctx.lang, paths=ctx.paths, user=user, period=Period.containing(day, view))
    try:
        # any size asked: an explicit minimum size is one the layout leaves alone (asking Qt for
        # the window's own layout object instead cost a millisecond of PySide6 type discovery)
        window.setMinimumSize(1, 1)
        window.resize(*size)
        window.show()
        QApplication.processEvents()
        image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
        image.fill(QColor(window.palette().window().color()))
        window.render(image)  # exactly the size asked, whatever the screen's pixel ratio
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG", 80):  # zlib's faster levels: a third less time, 8 % more bytes
            raise RuntimeError("Qt could not encode the PNG image")
        return bytes(buffer.data())
    finally:
        window.close()
        window.deleteLater()


def run_screenshot(ctx, day, view: str, size: tuple[int, int], output: pathlib.Path) -> int:
    """`crec-desktop screenshot`: the window at size (width, height), showing the period of view
    around day, written to output as PNG (commands.run_screenshot reads the arguments)."""
    from crec_desktop.files import write_bytes_atomically  # noqa: PLC0415

    width, height = size
    # No window on anyone's screen, and the same image whatever the screen: Qt's offscreen
    # platform, unless the caller chose a platform.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    handler = _fault_handler(ctx, interactive=False)
    try:
        with _startup_without_gc():
            db = ctx.open_db()
            user = _current_user(db)
            _before_qt()
            from crec_desktop.ui.application import create_application  # noqa: PLC0415

            create_application(ctx.lang)
            png = render_window_png(ctx, db, user, day, view, size)
        write_bytes_atomically(output, png)
    finally:
        handler.uninstall()
    print(tr("app.screenshot.done", ctx.lang, path=output, width=width, height=height), file=sys.stderr)
    return 0
