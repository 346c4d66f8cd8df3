"""Persistence: the tables (schema: SQLAlchemy Core) and the ORM models mapped onto them
(models), engine, sessions and Core connections (db), migrations, interchange, demo data.

The only layer that speaks SQL. Above it, services receive a `Database` (see db.init_db).
"""
