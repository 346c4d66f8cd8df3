"""The QApplication as crec-desktop wants it: names, version, icon, fonts, language.

    app = create_application("en")     # or reuses the running one (tests)
    set_language(app, "fr")            # Qt's own qtbase_fr + the app's translation, locale fr_CA

The interface's source strings are French; English comes from resources/translations/
crec_en.qm (and crec_fr.qm, French plural forms only), built from the .ts sources by
`python tools/translations.py build` (and by pip install).
Qt's own dialogs (buttons Annuler, Oui, …) are translated by qtbase_<lang>.qm shipped with Qt.
"""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QtMsgType, QTranslator, qInstallMessageHandler
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from crec_desktop import APP_NAME, ORG_NAME, __version__
from crec_desktop.resources_path import resource

log = logging.getLogger(__name__)

ICON_SIZES = (16, 32, 48, 64, 128, 256)
LOCALES = {"fr": (QLocale.Language.French, QLocale.Country.Canada),
           "en": (QLocale.Language.English, QLocale.Country.Canada)}
BUNDLED_FAMILY = "DejaVu Sans"


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource("icons", f"crec-desktop-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def create_application(lang: str, argv: list[str] | None = None) -> QApplication:
    """The application object, set up; reuses an existing one (pytest-qt's) if there is one."""
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if app is None:
        qInstallMessageHandler(_qt_message)
        app = QApplication(list(argv if argv is not None else sys.argv[:1]))
    app.setWindowIcon(app_icon())
    register_fonts(app)
    set_language(app, lang)
    return app


def set_language(app: QApplication, lang: str) -> list[QTranslator]:
    """Install the translators for lang (replacing ones installed before) and the default locale."""
    for old in getattr(app, "_crec_translators", []):
        app.removeTranslator(old)
    language, country = LOCALES.get(lang, LOCALES["fr"])
    QLocale.setDefault(QLocale(language, country))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", qt_dir):
        installed.append(qt_translator)
    else:
        log.info("no Qt translation qtbase_%s in %s", lang, qt_dir)
    # French is the source language: its .qm holds only the plural forms (« 1 jour », « 2 jours »)
    qm = resource("translations", f"crec_{lang}.qm")
    own = QTranslator(app)
    if own.load(str(qm)):
        installed.append(own)
    else:
        log.warning("translation %s missing: build it with `python tools/translations.py build`", qm)
    for translator in installed:
        app.installTranslator(translator)
    app._crec_translators = installed  # the translators must outlive this function
    return installed


def register_fonts(app: QApplication) -> list[str]:
    """Register resources/fonts/*.ttf so text renders where the system has no fonts at all.

    Only the files are registered (Qt reads them lazily); the application's default font is
    changed only when the system offers no font of its own.
    """
    if getattr(app, "_crec_fonts", None) is not None:
        return app._crec_fonts
    families: list[str] = []
    folder = resource("fonts")
    if folder.is_dir():
        system = set(QFontDatabase.families())
        for path in sorted(folder.glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("cannot load font %s", path)
                continue
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
        if not system and families:
            app.setFont(QFont(BUNDLED_FAMILY if BUNDLED_FAMILY in families else families[0]))
    app._crec_fonts = families
    return families


def _qt_message(kind: QtMsgType, context, message: str) -> None:
    """Qt's own diagnostics go to the log file instead of the terminal."""
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    logging.getLogger("crec_desktop.qt").log(level, "%s", message)
