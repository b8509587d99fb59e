"""The MkDocs plugin: a thin shell that runs the generator once per build and hands over.

Only this module imports mkdocs. mkdocs-static-i18n re-runs the whole build once per extra
language, so the generator's work is keyed by a hash of its inputs and done once.
"""

from __future__ import annotations

import hashlib
import logging
import time
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from . import __version__
from .convert import VARIANTS
from .errors import JianfanError
from .pipeline import Settings, build
from .writers import write_tree

log = logging.getLogger("mkdocs.plugins.jianfan")


class JianfanConfig(base.Config):
    """Options under ``plugins: - jianfan:`` in mkdocs.yml."""

    enabled = c.Type(bool, default=True)
    zh_hant_variant = c.Choice(tuple(VARIANTS), default="s2t")
    pdf = c.Type(bool, default=True)


def inputs_key(root: Path, options: dict) -> str:
    """A hash of everything the generated pages depend on: content, templates, code, options."""
    h = hashlib.sha256(repr(sorted(options.items())).encode() + __version__.encode())
    for folder in ("content", "templates", "generator"):
        base_dir = root / folder
        if not base_dir.exists():
            continue
        for path in sorted(base_dir.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(str(path.relative_to(root)).encode() + b"\0")
                try:
                    h.update(path.read_bytes())
                except OSError:
                    pass
    return h.hexdigest()


class JianfanPlugin(BasePlugin[JianfanConfig]):
    """Generates the Markdown pages before MkDocs collects files; writes data and PDFs after."""

    def __init__(self) -> None:
        self._key: str | None = None
        self._result = None
        self._written_for: str | None = None

    def _settings(self, config) -> Settings:
        root = Path(config.config_file_path).resolve().parent
        return Settings(root=root, zh_hant_variant=self.config.zh_hant_variant,
                        pdf=self.config.pdf, site_name=config.site_name)

    # Runs before mkdocs-static-i18n (priority) so the pages exist when files are collected.
    @event_priority(100)
    def on_config(self, config):
        if not self.config.enabled:
            return config
        settings = self._settings(config)
        key = inputs_key(settings.root, dict(self.config))
        if key != self._key:
            started = time.perf_counter()
            try:
                result = build(settings)
            except JianfanError as err:
                raise PluginError(str(err)) from None
            docs = Path(config.docs_dir)
            files = dict(result.pages)
            files[".keep"] = ""
            files.update(_assets(settings.root))
            write_tree(docs, files)
            for warning in result.warnings:
                log.warning(warning)
            self._result = result
            self._key = inputs_key(settings.root, dict(self.config))
            log.info(f"jianfan: {len(result.articles)} articles, {len(result.pages)} pages "
                     f"in {time.perf_counter() - started:.1f} s")
        _configure_search(config, settings.root)
        _configure_nav(config, self._result)
        return config

    @event_priority(-100)
    def on_post_build(self, config):
        if not self.config.enabled or self._result is None:
            return
        site = Path(config.site_dir)
        from .finish import finish_site

        try:
            finish_site(self._result, site, self._settings(config), self._key)
        except JianfanError as err:
            raise PluginError(str(err)) from None


def _configure_nav(config, result) -> None:
    """Give each language of mkdocs-static-i18n the generated navigation, titles converted."""
    from .site import site_nav

    i18n = config.plugins.get("i18n")
    if i18n is None or result is None:
        return
    for language in i18n.config.languages:
        if language.locale in ("zh-Hans", "zh-Hant"):
            language.nav = site_nav(result.articles, result.converter, language.locale)
            if language.default:
                config.nav = language.nav


def _assets(root: Path) -> dict[str, bytes]:
    """Static files (CSS) copied into the docs folder of each locale."""
    out = {}
    assets = root / "templates" / "assets"
    if assets.is_dir():
        for path in sorted(assets.rglob("*")):
            if path.is_file():
                out[f"assets/{path.relative_to(assets)}"] = path.read_bytes()
    return out


def _configure_search(config, root: Path) -> None:
    """Make jieba (which Material's search uses) know traditional spellings too.

    The dictionary is set here once per process rather than through the search plugin's
    ``jieba_dict`` option, which would reload it for every language build.
    """
    import jieba

    from .searchdict import traditional_user_dict

    path = str(traditional_user_dict(root / ".cache"))
    if jieba.dt.dictionary != path:
        jieba.setLogLevel(logging.WARNING)
        jieba.set_dictionary(path)
