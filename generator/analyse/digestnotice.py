"""Lines of a page that are about the page, never a line of its digest's summary: furniture fused into
a sentence (a running header), a service note (where to watch or download), a notice on the terms of
use (reprint, copyright, disclaimer) and the page's apparatus (footnotes, notes on the data). Split
from ``digestsummary.py``; patterns only."""

from __future__ import annotations

import re

__all__ = ["LAYOUT", "WHERE_TO", "NOTICE", "APPARATUS"]


#: Page furniture fused into a sentence: a page counter ("第2页/共4页") or fields laid side by side
#: with runs of full-width spaces ("代表工作委员会　　代表建议专用"): a running header, never a line of
#: the summary, whatever the document (a PDF, a scan, a printed notice).
LAYOUT = re.compile(r"第\s*\d{1,4}\s*页\s*[/／,，]?\s*共\s*\d{1,4}\s*页|\d{1,4}\s*[/／]\s*\d{1,4}\s*页|[　]{2,}[^　]{2,40}[　]{2,}")
#: The page telling its reader where to watch, replay or get the piece ("全程视频可在X频道回看",
#: "扫码下载客户端阅读全文"): a service note, not what the piece says.
WHERE_TO = re.compile(r"(?:可|请|欢迎)(?:在|到|登录|通过|关注|前往|点击|扫码|进入)[^，。；！？]{0,24}?"
                      r"(?:回看|回放|观看|收看|点播|重温|下载|阅读全文|查看全文|收听)"
                      r"|(?:视频|直播|全文|回放)[^，。；！？]{0,12}?(?:已上线|可回看|可点播)")
#: The terms on which the page may be used, in any form (a report, a post, a repost, a PDF): a reprint
#: notice, a copyright line, a disclaimer ("如需转载，请注明出处…", "版权归原作者所有", "本报告仅供参考，不构成
#: 任何投资建议", "如有侵权请联系删除"): a notice about the page, never a line of its summary.
NOTICE = re.compile(r"(?:如需|禁止|谢绝|欢迎|请勿|不得|严禁|未经[^，。；]{0,10}?(?:许可|授权)[，,]?(?:不得)?)转载"
                    r"|转载(?:请|须|需|时请?)注明|版权(?:所有|归[^，。；]{0,16}所有|声明)|著作权归|侵权(?:请|必|即)|联系删除"
                    r"|侵删|仅供参考|"
                    r"不构成(?:任何)?[^，。；]{0,12}(?:建议|推荐|依据)|免责声明|all rights reserved|©"
                    # a platform's or a broker's warning to investors ("…以正式公告为准，审慎决策，注意投资风险")
                    r"|注意投资风险|投资有风险|入市需谨慎|审慎(?:决策|投资)|以[^，。；]{0,30}(?:正式|法定)?公告为准", re.I)
#: The page's apparatus opening a line: a footnote ("[1]订单量包含…", "注：…", "*数据…") or a note on the data
#: or the method ("数据说明：…", "数据来源：…", "资料来源：…"): how to read the piece, not what it says.
APPARATUS = re.compile(r"^\s*(?:\[\d{1,3}\]|[*※]|(?:注|注释|备注|说明|数据说明|数据来源|资料来源|来源|统计口径|口径说明|"
                       r"方法说明|调查方法)\s*[\d一二三四五六七八九十]{0,2}\s*[：:])")
