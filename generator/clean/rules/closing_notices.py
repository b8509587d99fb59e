"""A labelled legal notice at the end of a page leaves (recorded): the publisher's disclaimer,
a platform's risk notice, a reprint notice, whatever the form (page, Markdown, mail, text).

Phenomenon: a report or a post ends on a paragraph that opens on its label (``免责声明：``,
``**风险提示**：``, ``版权声明：``) and says what the page is not (``仅供参考``, ``不构成任何投资建议``,
``据此买卖，风险自负``, ``如需转载，请注明出处``). It is said of the page, not of the story. Only
a block in the document's second half, opening on such a label and holding two of those legal
phrases at least, leaves: a research note's own ``风险提示：政策落地不及预期；竞争加剧。`` (the risks
it sees, which are its content) holds none of them and stays, and so does a sentence that quotes a
disclaimer within the story.
"""

from __future__ import annotations

import re

NAME = "closing_notices"

_LABEL = re.compile(r"^\s*[>*#【\[（(■●◆▌]*\s*(?:免责声明|免責聲明|免责条款|免責條款|风险提示|風險提示|版权声明|版權聲明|"
                    r"法律声明|法律聲明|特别声明|特別聲明|重要声明|重要聲明|郑重声明|鄭重聲明)\s*[*】\]）)]*\s*[:：]")
_LEGAL = re.compile(r"仅供参考|僅供參考|仅供读者参考|僅供讀者參考|仅代表|僅代表|不构成|不構成|投资建议|投資建議|"
                    r"不作推荐|不作推薦|风险自负|風險自負|据此|據此|转载|轉載|版权|版權|书面许可|書面許可|授权|授權|"
                    r"注明出处|註明出處|不承担|不承擔|概不负责|概不負責|准确性|準確性|完整性")
_LONGEST = 300


def apply(doc):
    blocks = doc.blocks
    gone = [b for b in blocks[len(blocks) // 2:]
            if b.kind in ("line", "p") and len(b.text.strip()) <= _LONGEST and _LABEL.match(b.text)
            and len(set(_LEGAL.findall(b.text))) >= 2]
    if gone:
        with doc.batch():
            for b in gone:
                doc.remove(b, "the page's labelled legal notice (disclaimer, risk or reprint notice)", separates=True)
