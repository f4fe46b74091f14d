"""The persistent ledger (SQLAlchemy 2 + Alembic): SQLite by default, PostgreSQL by URL."""

from sayso.store.store import Store

__all__ = ["Store"]
