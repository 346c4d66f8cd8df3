"""LetterData → PDF bytes: page layout, letterhead, running heads and `Page i de n`.

    pdf = render_letter(data)            # in the engagement's language
    pdf = render_letter(data, "en")      # or the one asked for

The output is deterministic (reportlab's invariant mode, fixed metadata): the same data gives the
same bytes, which is how an issued letter is recognised when it is issued again. Fonts are
embedded TrueType subsets. No Qt, no SQL: the services gather the data, the window shows bytes.
"""
from __future__ import annotations

import copy
import functools
import hashlib
import io

from reportlab import rl_config
from reportlab.lib.units import cm as CM
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from crec_desktop.domain.messages import tr
from crec_desktop.letters import texts  # noqa: F401 - defines the letter's messages
from crec_desktop.letters.data import LetterData
from crec_desktop.letters.flowables import break_lines
from crec_desktop.letters.fonts import BOLD, REGULAR
from crec_desktop.letters.logo import draw_logo
from crec_desktop.letters.sections import build_story
from crec_desktop.letters.styles import (
    BRAND,
    GREY,
    LETTERHEAD_HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE,
    TEXT_WIDTH,
    styles,
)

PAGE_W, PAGE_H = PAGE
HEAD_TOP = PAGE_H - 1.4 * CM  # top of the letterhead and of the running head
LOGO_SIZE = 2.3 * CM
FOOTER_Y = 1.1 * CM
CREATOR = "crec-desktop"


class _Frame(Frame):
    """A frame that copies cheaply. reportlab deep-copies the current frame each time it measures
    a group kept together (every heading with the paragraph after it); the copy is only read, so
    a shallow one does, and saves a tenth of the letter's time."""

    def __deepcopy__(self, memo):
        clone = copy.copy(self)
        memo[id(self)] = clone
        return clone


def letter_language(data: LetterData, lang: str | None = None) -> str:
    """The language asked for, else the engagement's, else French."""
    chosen = lang or data.language or "fr"
    return "en" if chosen == "en" else "fr"


@functools.cache
def _setup() -> None:
    """Once per process, on the first letter: fonts, and binary streams. reportlab wraps every
    compressed stream in ASCII85 by default (for 7-bit channels, which files are not): a quarter
    bigger and slower to write."""
    rl_config.useA85 = 0
    styles()  # registers the fonts


def render_letter(data: LetterData, lang: str | None = None) -> bytes:
    """The engagement letter as PDF bytes (Letter paper)."""
    _setup()
    lang = letter_language(data, lang)
    st = styles()
    out = io.BytesIO()
    doc = _document(out, data, lang)
    doc.build(build_story(data, lang, st), canvasmaker=_numbered_canvas(lang, _footer_text(data)))
    return out.getvalue()


def _document(out: io.BytesIO, data: LetterData, lang: str) -> BaseDocTemplate:
    org = data.organisation
    first_top = HEAD_TOP - LETTERHEAD_HEIGHT
    later_top = PAGE_H - MARGIN_TOP
    no_pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    first = _Frame(MARGIN_X, MARGIN_BOTTOM, TEXT_WIDTH, first_top - MARGIN_BOTTOM, id="first", **no_pad)
    later = _Frame(MARGIN_X, MARGIN_BOTTOM, TEXT_WIDTH, later_top - MARGIN_BOTTOM, id="later", **no_pad)
    version = tr("letter.running_version", lang, version=data.version) if data.version else ""
    running = tr("letter.running_head", lang, org=org.display_short, number=data.number, version=version)
    doc = BaseDocTemplate(
        out, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, invariant=1,
        title=f"{tr('letter.doc_title', lang)} — {data.number}",
        subject=tr("letter.doc_subject", lang, number=data.number),
        author=org.name, creator=CREATOR, producer=CREATOR, lang="fr-CA" if lang == "fr" else "en-CA",
    )
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[first], onPage=functools.partial(_letterhead, data, lang),
                     autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[later], onPage=functools.partial(_running_head, running)),
    ])
    return doc


def _letterhead(data: LetterData, lang: str, canvas: Canvas, doc) -> None:
    """First page: logo, the organisation's name and coordinates, a rule."""
    org = data.organisation
    canvas.saveState()
    logo_y = HEAD_TOP - LOGO_SIZE
    if org.logo_png:
        canvas.drawImage(_image(org.logo_png), MARGIN_X, logo_y, LOGO_SIZE, LOGO_SIZE,
                         preserveAspectRatio=True, anchor="sw", mask="auto")
    else:
        draw_logo(canvas, MARGIN_X, logo_y, LOGO_SIZE)
    x = MARGIN_X + LOGO_SIZE + 0.5 * CM
    width = PAGE_W - MARGIN_X - x
    y = HEAD_TOP - 12
    canvas.setFillColor(BRAND)
    canvas.setFont(BOLD, 12.5)
    for line in break_lines(org.name, BOLD, 12.5, width)[:2]:
        canvas.drawString(x, y, line)
        y -= 15
    details = [line.strip() for line in (org.address or "").splitlines() if line.strip()]
    contact = [tr("letter.phone", lang, phone=org.phone) if org.phone else "", org.email or ""]
    if any(contact):
        details.append(" · ".join(c for c in contact if c))
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 8.5)
    for line in details[:4]:
        canvas.drawString(x, y, break_lines(line, REGULAR, 8.5, width)[0])
        y -= 11.5
    rule_y = min(logo_y, y + 6) - 0.3 * CM
    canvas.setStrokeColor(BRAND)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN_X, rule_y, PAGE_W - MARGIN_X, rule_y)
    canvas.restoreState()


def _running_head(text: str, canvas: Canvas, doc) -> None:
    """Later pages: who and which letter, above a thin rule."""
    canvas.saveState()
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(GREY)
    canvas.drawString(MARGIN_X, HEAD_TOP - 2, break_lines(text, REGULAR, 8, TEXT_WIDTH)[0])
    canvas.setStrokeColor(BRAND)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_X, HEAD_TOP - 6, PAGE_W - MARGIN_X, HEAD_TOP - 6)
    canvas.restoreState()


def _footer_text(data: LetterData) -> str:
    """Left of the footer: the letter's reference."""
    return f"{data.number} — v{data.version}" if data.version else data.number


def _numbered_canvas(lang: str, footer: str):
    """A canvas class that holds its pages until the end, then writes `Page i de n` on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            # Without this, every page names Helvetica (reportlab's default), a font not embedded.
            kwargs.update(initialFontName=REGULAR, initialFontSize=10, initialLeading=12)
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            self.saveState()
            self.setFont(REGULAR, 8)
            self.setFillColor(GREY)
            self.drawString(MARGIN_X, FOOTER_Y, footer)
            self.drawRightString(PAGE_W - MARGIN_X, FOOTER_Y, tr("letter.page", lang, page=number, pages=total))
            self.restoreState()

    return NumberedCanvas


_IMAGES: dict[str, ImageReader] = {}


def _image(png: bytes) -> ImageReader:
    """The organisation's own logo, decoded once per process (keyed by its hash)."""
    key = hashlib.sha256(png).hexdigest()
    image = _IMAGES.get(key)
    if image is None:
        if len(_IMAGES) > 8:
            _IMAGES.clear()
        image = _IMAGES[key] = ImageReader(io.BytesIO(png))
    return image
