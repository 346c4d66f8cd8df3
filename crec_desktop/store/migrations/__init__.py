"""Alembic migrations of the crec-desktop schema (run through crec_desktop.store.migrate)."""
