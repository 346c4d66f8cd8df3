"""The engagement letters in the application: preview, print, save, issue; several at once.

- `preview`: LetterPreviewDialog and `open_letter_preview(parent, db, user, number, lang, *,
  letter_lang=None)`, the entry point other screens call (the engagement editor, the planning
  grid's context menu);
- `batch`: LetterBatchDialog and `open_letter_batch(parent, db, lang, *, checked=())`;
- `chooser`: `choose_engagement(parent, db)`, a searchable list to pick one engagement;
- `viewer`: PageView, the zoomable page images; `pages`: PDF pages to QImage and to a printer
  with pypdfium2; `models`: the item models; `common`: busy cursor, printers, file names.

Everything the letters say comes from services.letters; this package never touches SQL.
Imported lazily by the main window (pypdfium2 loads only when a letter is first shown).
"""
