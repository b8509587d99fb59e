"""What a digest's summary owes a reader besides the lead, read on a sentence's structure, any form:

* **the scale of the whole** ("本队累计转移群众640余人，运送物资约15吨", "全市共接报案1.2万件，估损约4.3亿
  元"): a sentence that totals (累计, 共计, 合计, 全市…) two figures or more says how big the thing reported
  is; a report's, a log's or a notice's summary owes it to the reader, so it weighs in choosing the
  supporting points (never the thesis: what the piece argues, not its background figures);
* **a conclusion concludes**: the line called 结论 draws something from the piece (a judgement, a
  cause, a forecast or outlook, what should or must be done, a summing up); the last item of a list or of a feed
  ("K396次列车的旅客已陆续抵达丰台站") is one more item, never the conclusion;
* **a summary line carries no label or pictograph**: "导语：", "核心观点：", "【摘要】" open the paragraph
  and "先说车：", "再说住宿：" signpost a note, they are not the sentence; an emoji ("💦", "😭") is a post's decoration, not its words.
"""

from __future__ import annotations

import re

__all__ = ["states_totals", "counts_parties", "lists_names", "SCALE", "looks_ahead", "without_label", "without_pictographs"]

#: How much stating the scale of the whole weighs in choosing the supporting points (never the thesis).
SCALE = 0.1

#: A word that totals: over a period, a team, an area.
_TOTALS = re.compile(r"累计|共计|合计|总计|总共|一共|全年|全市|全省|全县|全区|全国|全队|全体|截至")
#: A figure: digits (or a Chinese numeral with a magnitude) and a unit of something counted or measured.
_FIGURE = re.compile(r"(?:\d+(?:[.,]\d+)*|[一二两三四五六七八九十百千]+[万亿])\s*(?:余|多)?\s*(?:万|亿)?\s*"
                     r"(?:人次|人|名|位|户|家|件|吨|元|美元|辆|艘|台|架|个|次|亩|公顷|公里|千米|米|毫米|套|册|单|%|％|成|倍|所|座|条)")


def states_totals(simple: str) -> bool:
    """A sentence that totals two figures or more (see the module's note)."""
    return bool(_TOTALS.search(simple)) and len(_FIGURE.findall(simple)) >= 2


#: How many parties hold a view or did a thing: a count after the names it sums ("中信建投、国泰君安、申万宏源等
#: 10家券商"), or a count and what they all did ("4天内10家券商均表示…", "30多家企业纷纷…").
_PARTIES = re.compile(r"(?:[^，。、；：:]{2,12}、){2,}[^，。、；：:]{2,12}等\s*(?:\d+|[一二两三四五六七八九十百几数多]+)\s*(?:余|多)?\s*"
                      r"(?:家|位|名|个|所|只|支|国|座)"
                      r"|(?:\d+|[一二两三四五六七八九十百几数]+)\s*(?:余|多)?\s*(?:家|位|名|个|所|国)[\u4e00-\u9fff]{0,4}"
                      r"(?:券商|机构|企业|公司|厂商|车企|药企|银行|基金|专家|学者|分析师|经济学家|国家|城市|省份|省市|高校|医院|"
                      r"媒体|平台|品牌|部门|门店|商家|酒店|航司|代表|委员|院士)[\u4e00-\u9fff]{0,8}?"
                      r"(?:均|都|纷纷|一致|普遍|先后|相继|集体|联合)")


def counts_parties(simple: str) -> bool:
    """A sentence that counts the parties holding a view or doing a thing (see ``_PARTIES``)."""
    return bool(_PARTIES.search(simple))


#: Four members or more of a list set apart by 、 ("中际旭创、天孚通信、新易盛、源杰科技"), each a name's length.
_NAMES = re.compile(r"(?:[\u4e00-\u9fffA-Za-z0-9·]{2,10}、){3,}[\u4e00-\u9fffA-Za-z0-9·]{2,10}")


def lists_names(simple: str) -> bool:
    """A sentence naming four members or more of a list ("…包括A、B、C、D等")."""
    return bool(_NAMES.search(simple))


#: What comes next ("新馆将在明年夏天前开放", "下一步…", "今后…"): an outlook, which a close may draw.
_AHEAD = re.compile(r"(?<![即必])将(?!近|军|领|士|就|信)|下一步|今后|未来|接下来|此后将"
                    # ...or what someone should or must do ("提醒…要做好保暖", "不得违背", "方可返校")
                    r"|提醒|建议|呼吁|不得|方可|务必|切勿")


def looks_ahead(simple: str) -> bool:
    """A sentence that says what comes next (an outlook a conclusion may draw)."""
    return bool(_AHEAD.search(simple))


#: The label of a document's summary or of a section opening a line ("导语：", "【导读】", "核心观点:").
_OPENING_LABEL = re.compile(r"^\s*(?:[【\[〖]\s*(?:导语|导读|摘要|提要|内容提要|核心观点|要点|编者按|编者的话|按语|前言)\s*[】\]〗]\s*[：:]?"
                            r"|(?:导语|导读|摘要|提要|内容提要|核心观点|编者按|编者的话|按语|前言)\s*[：:]"
                            # ...or a talk's or a note's signpost ("先说车：", "再说住宿：", "最后聊聊价格："): the
                            # writer organising the piece, not its words
                            r"|(?:先|再|最后|接着|然后|下面)(?:来)?(?:说|讲|聊|谈)(?:说|聊|谈|一下)?[^，。：:\s]{1,8}[：:])\s*")
#: Pictographs and their modifiers (emoji), never a word.
_PICTOGRAPH = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+")


def without_label(text: str) -> str:
    """A summary line without the label opening it ("导语：持续强降雨…" → "持续强降雨…")."""
    m = _OPENING_LABEL.match(text)
    return text[m.end():] if m and len(text) - m.end() >= 8 else text


def without_pictographs(text: str) -> str:
    """A summary line without its emoji ("水痕到了一米六的位置💦" → "水痕到了一米六的位置")."""
    return _PICTOGRAPH.sub("", text).strip() if _PICTOGRAPH.search(text) else text
