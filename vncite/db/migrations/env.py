"""Alembic environment: migrates the connection vncite hands over, or the URL given with `-x url=...`.

Autogenerate compares against `Base.metadata`, which holds the tables of every vncite/db/*models.py.
"""

from __future__ import annotations

import importlib
import pkgutil

from alembic import context
from sqlalchemy import Connection, create_engine

import vncite.db
from vncite.db.base import Base

for _module in pkgutil.iter_modules(vncite.db.__path__):
    if _module.name.endswith("models"):
        importlib.import_module(f"vncite.db.{_module.name}")


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite can only ALTER tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url") or "sqlite:///vncite.db"
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
