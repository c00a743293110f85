"""The declarative base shared by every table of the index (other modules add their own tables to it)."""

from __future__ import annotations

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

#: Named constraints so that Alembic can alter them later, on SQLite (batch mode) as on PostgreSQL.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of all vncite tables; `Base.metadata` is what the Alembic environment compares against."""

    metadata = MetaData(naming_convention=NAMING)
