"""The records screens: specialists, members, engagements, absences and the organisation's
settings — lists, editors and the main window's entries for them. Qt only; everything is read
and written through the services (`services.specialists`, `members`, `engagements`,
`organisation`, `hour_bank`, `absence_list`, `absences`).

- `menu`: the Mandats menu's entries (`install_records_menu(window)`), which open the rest lazily;
- `window`: RecordsWindow, the four lists in tabs;
- `list_view`: RecordListView, a list with loose search, filters, remembered columns and sort;
  `specialists`, `members`, `engagements`, `absences`: each list and its item model;
- `table` (RecordTableModel, named columns), `search` (accent-folding search and sorting proxy),
  `prefs` (what a list remembers), `context` (database, user, language, formats, words);
- `forms`: RecordDialog, the editors' common ground (messages beside the fields as one types,
  read-only forms, stale edits and reload); `specialist_dialog`, `member_dialog`,
  `engagement_dialog`, `absence_dialog`, `settings_dialog` (with the closures);
- `import_errors`: a refused import, every problem listed.
"""
