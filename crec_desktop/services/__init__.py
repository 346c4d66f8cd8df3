"""The use cases, over a database session: no Qt here, the interface and the commands call these.

Scheduling core (bookings that behave):
- `users`: who is using the program (the OS login mapped to a specialist and a role);
- `permissions`: what each role may change (`may` for the interface, `require` in services);
- `scheduling`: booking operations — create, move, resize, copy, delete, confirm, edit, undo;
- `absences`: absences and closures — create, change, delete;
- `series`: this occurrence / this and following / whole series, for repeating bookings;
- `writer`, `booking_kind`, `booking_warnings`, `audit`, `changes`: the one write path (checks,
  rows, occurrences, warnings, audit entry, undo data, stale-edit guard) and its values;
  `lookups`: the reference rows those read once per transaction;
- `agenda` (+ `agenda_listing`): what is planned in a window, conflicts flagged;
- `availability`, `budgets`: expected and booked hours, engagement budgets, hour banks.

Reports (for the director, the board and the coordinator):
- `reports` (+ `report_tables`, `report_files`): hours by specialist, member (hour banks) and
  engagement, the specialist × member pivot; as tables, XLSX or CSV;
- `calendar_feed`: a specialist's calendar as RFC 5545 iCalendar (`domain.ics` writes the text);
- `suggestions` (+ `suggestion_listing`): who could do some hours of work for a member, and when.

Others: `planning` (what the grid lists and polls), `overview`, `letters`.
"""
