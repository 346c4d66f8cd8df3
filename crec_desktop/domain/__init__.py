"""Pure Python rules of the domain: time and holidays, money and taxes, recurrence, validation.

Imports neither Qt nor SQLAlchemy, so that every layer above can use it and tests run fast.
"""
