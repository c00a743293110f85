"""vncite: find, index and check the instruments cited in Vietnamese government and Party documents."""

from vncite.extractor import extract, extract_file
from vncite.extractor.model import Citation
from vncite.index import Index

__all__ = ["Citation", "Index", "extract", "extract_file"]
__version__ = "0.1.0"
