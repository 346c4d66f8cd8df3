"""Persistence: SQLAlchemy models, engine and sessions, migrations, interchange, demo data.

The only layer that speaks SQL. Above it, services receive a `Database` (see db.init_db).
"""
