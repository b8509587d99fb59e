"""The rendering layer: one environment, project templates override the package's by name."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.pipeline import Settings, build

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = ("人工智能视频生成模型发布后，影视行业受到冲击。业内人士认为，这将降低短剧制作成本。\n\n"
           "不过，专家指出，模型仍然存在物理规律理解不足的问题，距离商业化还很远。\n")

#: A project's own briefing: the sources' names, each point's statement, and a label of its own.
OVERRIDE = """<# The project's briefing, replacing the package's. #>
# {{ ui("简报") }}：本项目的模板

{% for o in sources %}
- {{ t(o.name, o.script) }}
{% endfor %}
{% for s in sections %}{% for c in s.cats %}{% for p in c.points %}
- {{ t(p.statement) }} [→]({{ p.cites[0].href|safe }})
{% endfor %}{% endfor %}{% endfor %}
"""


def _project(tmp_path: Path, override: bool) -> Path:
    project = tmp_path / ("with" if override else "without")
    (project / "content" / "sources").mkdir(parents=True)
    shutil.copy(ROOT / "content" / "taxonomy.yml", project / "content" / "taxonomy.yml")
    (project / "content" / "sources" / "a.txt").write_text("短剧行业观察\n\n" + ARTICLE,
                                                           encoding="utf-8")
    (project / "content" / "sources.yml").write_text(
        "a.txt:\n  outlet: '<em>某</em>*报*'\n  date: 2024-02\n", encoding="utf-8")
    if override:
        (project / "templates").mkdir()
        (project / "templates" / "briefing.md.j2").write_text(OVERRIDE, encoding="utf-8")
    return project


def test_project_template_overrides_the_briefing_and_only_it(tmp_path):
    result = build(Settings(root=_project(tmp_path, override=True), pdf=False))
    plain = build(Settings(root=_project(tmp_path, override=False), pdf=False))
    hans, hant = result.pages["zh-Hans/briefing.md"], result.pages["zh-Hant/briefing.md"]
    assert hans.startswith("# 简报：本项目的模板\n") and hant.startswith("# 簡報：本项目的模板\n")
    assert "一分钟速览" not in hans and "一分钟速览" in plain.pages["zh-Hans/briefing.md"]
    # Article text stays data in the project's template too: escaped, never markup.
    assert r"&lt;em&gt;某&lt;/em&gt;\*报\*" in hans and "<em>" not in hans
    assert "](articles/a/index.md#p" in hans
    # Every other page still comes from the package's templates.
    for path, page in plain.pages.items():
        if not path.endswith("briefing.md"):
            assert result.pages[path] == page, path
