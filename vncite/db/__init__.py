"""The citation index: SQLAlchemy schema and Alembic migrations, ingest, and the queries over it."""
