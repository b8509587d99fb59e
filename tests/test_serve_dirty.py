"""``mkdocs serve --dirty``: a save builds only the pages whose output changes, and the site
served is exactly a full build's, after edits, a changed title, an added and a deleted article."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = {
    "a.txt": "视频模型发布\n\n人工智能视频生成模型发布后，影视行业受到冲击。业内人士认为，这将降低制作成本。\n\n"
             "不过，专家指出，模型仍然存在物理规律理解不足的问题，距离商业化还很远。\n",
    "b.txt": "广告业的变化\n\n某研究机构发布报告称，视频生成工具将改变广告制作流程。\n\n"
             "报告同时提醒，版权归属问题尚无定论，企业应谨慎使用。\n",
    "c.txt": "成本之问\n\n分析人士表示，算力成本仍是普及的最大障碍。\n\n"
             "多家公司表示，将在年内推出类似产品。\n",
}


def test_dirty_serve_rebuilds_equal_full_builds(tmp_path):
    project = tmp_path / "p"
    (project / "content" / "sources").mkdir(parents=True)
    for name in ("taxonomy.yml", "overrides.yml", "glossary.yml"):
        shutil.copy(ROOT / "content" / name, project / "content" / name)
    shutil.copytree(ROOT / "templates", project / "templates")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / ".build" / "docs").mkdir(parents=True)
    for name, text in TEXTS.items():
        (project / "content" / "sources" / name).write_text(text, encoding="utf-8")
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "dirty_session.py"), str(project)],
                          capture_output=True, text=True, env=env, timeout=1800)
    assert proc.returncode == 0, proc.stderr[-4000:]
    steps = dict(re.findall(r"^step (\w+): (.*)$", proc.stdout, re.M))
    assert set(steps) == {"append", "nothing", "retitle", "add", "delete"}, proc.stdout
    for name, line in steps.items():
        assert line.startswith("identical"), f"{name}: {line}"
    # The saves that change neither the navigation nor the set of pages keep most of the 28 pages
    # (3 articles × 3 pages + 5 site pages, in 2 languages) as they were: an appended sentence
    # changes the article's page and the briefing's sentence count.
    for name, least in (("append", 14), ("nothing", 24)):
        kept = re.search(r"(\d+) unchanged pages kept as they were", steps[name])
        assert kept and int(kept.group(1)) >= least, f"{name}: {steps[name]}"
