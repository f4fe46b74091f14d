"""Alembic, driven from code: opening a store brings its schema to the latest revision.

No alembic.ini is read at run time; ``alembic.ini`` beside this module serves only
developers writing new revisions (``alembic -c src/sayso/store/alembic.ini revision
--autogenerate -m ...``).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def heads() -> set[str]:
    """The newest revisions the package ships (one per branch)."""
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_heads(engine: Engine) -> set[str]:
    """The revisions a database is at (empty when it has no sayso schema yet)."""
    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def upgrade(engine: Engine) -> None:
    """Migrate to head in one transaction; a database already there is left untouched."""
    if current_heads(engine) == heads():
        return
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
