"""A form's rows of tick boxes leave (recorded): the printed choices of a filed form.

Phenomenon: a form exported to text (an investor-relations record, an application, a survey) prints
the choices of a field as tick boxes, two or three to a line (``□特定对象调研    □分析师会议``,
``□现场参观        √电话会议``, ``□其他（请文字说明其他活动内容名称）``). They are the form's layout,
not what it reports. A run of two lines or more, each made only of choices (a box, empty ``□☐`` or
ticked ``☑☒√✓✔``, and a label of twenty characters at most, no sentence mark), one at least with
an empty box, leaves. A list of statements marked with boxes (``□ 加强监管，完善制度。``) has sentence
marks and stays; so does a single box line among paragraphs.
"""

from __future__ import annotations

import re

NAME = "check_boxes"

_BOX = "□☐☑☒√✓✔"
_ROW = re.compile(rf"^\s*(?:[{_BOX}]\s*[^{_BOX}\s。，；！？,;]{{1,20}}\s*)+$")


def _row(text: str) -> bool:
    return bool(_ROW.match(text)) and bool(re.search("[□☐]", text))


def apply(doc):
    blocks, gone, i = doc.blocks, [], 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and blocks[j].kind == "line" and _row(blocks[j].text) and (j == i or blocks[j].gap == 0):
            j += 1
        if j - i >= 2:
            gone += blocks[i:j]
        i = max(j, i + 1)
    if gone:
        with doc.batch():
            for b in gone:
                doc.remove(b, "a form's row of tick boxes (the printed choices)", separates=True)
