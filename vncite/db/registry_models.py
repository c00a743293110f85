"""The registry's table: status records imported by users or learned from indexed documents.

Shipped records (vncite/patterns/registry.toml) are not copied into the database: they are read
from the package, so a new vncite release updates them without a migration.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vncite.db.base import Base


class RegistryEntry(Base):
    """One validity statement about one instrument, with its evidence (source) and origin."""

    __tablename__ = "registry_entries"
    __table_args__ = (Index("ix_registry_entries_origin_source", "origin", "source"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    symbol: Mapped[str | None] = mapped_column(String(255))
    symbol_key: Mapped[str | None] = mapped_column(String(255), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    type: Mapped[str | None] = mapped_column(String(64))
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(8), default="whole")
    effective_date: Mapped[dt.date | None] = mapped_column(Date)
    by_symbol: Mapped[str | None] = mapped_column(String(255))
    by_date: Mapped[dt.date | None] = mapped_column(Date)
    by_issuer: Mapped[str | None] = mapped_column(Text)
    #: learned: the indexed document's path; imported: what the user gave as source (URL, file)
    source: Mapped[str] = mapped_column(Text, default="")
    #: learned: content hash of the source document, so a changed document is learned again
    source_hash: Mapped[str | None] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(16))
    retrieved_at: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
