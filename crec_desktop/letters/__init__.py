"""Engagement letters (lettres d'entente): plain data in, PDF bytes out. No Qt, no SQL.

- `data`: LetterData and its parts (frozen dataclasses), fees, JSON identity for versions;
- `render`: render_letter(data, lang) → PDF bytes (deterministic), page templates, Page i de n;
- `sections`: the letter's body, section by section; `texts`: its words in French and English;
- `flowables` (PlainText) and `grid` (Grid): lean, literal text and tables;
- `fonts`, `styles`, `logo`: embedded DejaVu Sans, colours and styles, the vector CREC logo.

The services (services.letters) gather LetterData from the database, issue and reprint letters.
"""
