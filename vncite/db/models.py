"""The tables of the citation index: documents, the instruments they cite, each mention, and links.

An instrument's identity is its normalised symbol key plus year/date and issuer: numbers restart every
year (state) or term (Party), so 25-NQ/TW of 2013 and 25-NQ/TW of 2003 are two rows with one key.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vncite.db.base import Base


class Document(Base):
    """One indexed file: how to tell it changed, and its own identity as read from its header."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    format: Mapped[str | None] = mapped_column(String(16))
    page_count: Mapped[int | None] = mapped_column(Integer)
    type: Mapped[str | None] = mapped_column(String(64))
    symbol: Mapped[str | None] = mapped_column(String(255))
    symbol_key: Mapped[str | None] = mapped_column(String(255), index=True)
    year: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[dt.date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(Text)
    issuer_key: Mapped[str | None] = mapped_column(Text)
    issuer_code: Mapped[str | None] = mapped_column(String(64))
    mention_count: Mapped[int] = mapped_column(Integer, default=0)
    indexed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    error: Mapped[str | None] = mapped_column(Text)


class Instrument(Base):
    """One distinct cited instrument; a row without year/date holds mentions that could not be dated."""

    __tablename__ = "instruments"
    __table_args__ = (Index("ix_instruments_type_key_number_key", "type_key", "number_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(512), index=True)
    symbol: Mapped[str | None] = mapped_column(String(255))
    type: Mapped[str | None] = mapped_column(String(64))
    type_key: Mapped[str | None] = mapped_column(String(64))
    number: Mapped[str | None] = mapped_column(String(32))
    number_key: Mapped[str | None] = mapped_column(String(32))
    year: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[dt.date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(Text)
    issuer_key: Mapped[str | None] = mapped_column(Text)
    issuer_code: Mapped[str | None] = mapped_column(String(64))
    subject: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    title_key: Mapped[str | None] = mapped_column(Text)
    subject_key: Mapped[str | None] = mapped_column(Text)


class Mention(Base):
    """One place where a document cites an instrument (kind, role, offsets, page and a context snippet)."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    relation: Mapped[str] = mapped_column(String(16))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    context: Mapped[str] = mapped_column(Text)
    #: where the mention lies inside `context`, for highlighting
    mark_start: Mapped[int] = mapped_column(Integer)
    mark_end: Mapped[int] = mapped_column(Integer)


class Link(Base):
    """Document -> document: the source cites an instrument that is the target document itself."""

    __tablename__ = "links"
    __table_args__ = (UniqueConstraint("source_id", "target_id", "instrument_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("instruments.id", ondelete="CASCADE"), index=True)
    #: the strongest role among the source's mentions of the instrument
    relation: Mapped[str] = mapped_column(String(16))
