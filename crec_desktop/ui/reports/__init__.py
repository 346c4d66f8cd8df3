"""The Reports menu's screens: the hours report (tables, saved as XLSX or CSV) and the
specialist suggestions (ranked, with reasons and slots to book). Qt only; the numbers come
from `services.reports`, `services.report_files` and `services.suggestions`."""
