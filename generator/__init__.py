"""Jianfan (简繁): raw Chinese news articles in, a bilingual site, a briefing and PDFs out."""

__version__ = "0.1.0"
