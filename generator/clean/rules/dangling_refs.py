"""Sentences that point at material the text no longer has are flagged for the editor.

"如下表" / "见下图" / "点击链接" / "具体情况如下：" … followed by nothing, or by lines the cleaner
removed (a picture, a table kept only as an image, a link list): the reader is sent to something
that is not there. The sentence is never changed; the editor rewords it or adds the material.
"""

import re

from ..doc import lost_lines

NAME = "dangling_refs"
_CUE = re.compile(
    r"如下(?:表|图|圖|所示|表所示|图所示)|见下(?:表|图|圖|文|方)|下表|下图|下圖|如图所示|如圖所示|见图|見圖|"
    r"点击(?:链接|這裡|这里|此处|下方|原文|阅读原文|查看)|點擊(?:鏈接|這裡|此處|下方|原文)|"
    r"(?:点击|點擊)[^，。；]{0,12}?(?:即可|就能)?(?:跳转|跳轉|查看|进入|進入|打开|打開)|"
    r"详见附件|見附件|见附件|以下链接|以下鏈接|传送门|傳送門|(?:链接|鏈接)(?:如下|见下)"
)
_LEAD_IN = re.compile(r"(?:如下|以下|下列|下面)[^，。；]{0,8}[：:]$")


def apply(doc):
    between = lost_lines(doc)
    bl = doc.blocks
    for i, b in enumerate(bl):
        if b.kind not in ("p", "caption"):
            continue
        nxt = bl[i + 1] if i + 1 < len(bl) else None
        cue = _CUE.search(b.text)
        lead_in = _LEAD_IN.search(b.text)
        if not (cue or lead_in):
            continue
        lost = between(b, nxt)
        if lost or (lead_in and (nxt is None or nxt.kind == "h")):
            what = (cue or lead_in).group(0)
            where = f" (raw lines {', '.join(map(str, lost[:6]))} were removed)" if lost else ""
            doc.flag(b.line_at((cue or lead_in).start()), b.text[max(0, (cue or lead_in).start() - 20):][:60],
                     f"“{what}” points at material that is not in the text any more{where}: a table, "
                     "picture or link. Reword the sentence, or add the material by hand.")
