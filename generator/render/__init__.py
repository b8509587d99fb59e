"""Rendering: pages made from the articles and the analysis, on the one Jinja environment.

    pages, data = render_pages(articles, analysis, converter, settings)
                                   every Markdown page of both locales, and site/data's files

The analysis returns data only; everything a reader sees is made here, for the website and the
PDFs alike: the briefing (``render_briefing``), each article's digest (``render_digest``), the
index of people and organisations (``render_entities``), the briefing chart
(``briefing_chart_svg``), the ranking of key figures (``key_figures``) and the back-links from a
paragraph to the points citing it (``cited_by``). Templates are looked up in the project's
``templates/`` first, then in the package's (see ``templating.py``).
"""

from __future__ import annotations

from .briefing import render_briefing, render_entities
from .chart import CHART_MAX_SOURCES, briefing_chart_svg
from .digest import render_digest
from .figures import key_figures
from .links import cited_by, source_name
from .pages import SCRIPT_NAMES, render_pages, site_nav

__all__ = ["render_pages", "site_nav", "render_briefing", "render_digest", "render_entities",
           "briefing_chart_svg", "CHART_MAX_SOURCES", "key_figures", "cited_by", "source_name",
           "SCRIPT_NAMES"]
