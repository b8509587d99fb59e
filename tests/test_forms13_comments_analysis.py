"""Readers' comments kept by the cleaner are readers' voices, never the article's: the digest's summary
(thesis, points, conclusion) never quotes them, and a comment's paragraph is known by its section."""

from __future__ import annotations

import re
from pathlib import Path

from generator.analyse import analyse
from generator.articles import parse_body
from generator.clean import clean
from generator.model import Article

DEFAULT = (Path(__file__).resolve().parents[1] / "content" / "taxonomy.yml").read_text(encoding="utf-8")
TOPIC = "topic:\n  label: 社区食堂\n  terms: [社区食堂, 食堂, 老年助餐]\n"


def _taxonomy(tmp_path) -> Path:
    text, n = re.subn(r"(?m)^topic:\n(?:  .*\n)+", TOPIC, DEFAULT)
    assert n == 1
    path = tmp_path / "taxonomy.yml"
    path.write_text(text, encoding="utf-8")
    return path


RAWS = {
    "wechat": (Path(__file__).resolve().parent / "fixtures" / "forms13" / "wechat_canteen.txt").read_text(encoding="utf-8"),
    "news": ("社区食堂扩容　午市排队缓解\n\n"
             "城南街道的社区食堂本周完成扩容，座位从四十个增加到九十个，午市排队时间由二十分钟缩短到五分钟。\n\n"
             "街道办主任周立新表示，扩容费用八十万元由区财政承担，食堂价格保持不变。\n\n"
             "食堂还将开通送餐服务，为行动不便的老人每天送午餐，首批登记的老人有一百二十人。\n\n"
             "网友评论（3）\n\n"
             "@城南老住户：扩容之后终于不用排队了，饭菜也热乎，希望一直坚持下去！　赞 210\n\n"
             "@上班族小李：希望周末也开门，年轻人也想来吃，价格太实惠了。　赞 96\n\n"
             "@退休教师王老师：送餐服务太及时了，我老伴腿脚不便，以后就方便多了。　赞 41\n\n"
             "发表评论\n"),
    "blog": ("社區食堂一週年\n\n"
             "港島東區第一間社區食堂開業一年，每日平均服務三百名長者，午餐收費二十八元。\n\n"
             "營運的社福機構表示，政府每年資助一百二十萬元，但食材成本上漲了一成半，明年可能要調整收費。\n\n"
             "3 則留言\n\n"
             "阿芬\n2024/05/02 10:11\n我媽每日都去，話比屋企煮仲好食，希望唔好加價。\n回覆\n\n"
             "老陳\n2024/05/02 12:30\n加幾蚊都合理啦，食材真係貴咗好多。\n回覆\n\n"
             "街坊小何\n2024/05/03 08:05\n希望多開幾間，其他區都好需要。\n回覆\n"),
}


def _articles():
    out = []
    for slug, raw in RAWS.items():
        c = clean(raw, source=f"{slug}.txt")
        out.append(Article(slug=slug, source=f"{slug}.txt", title=c.meta.get("title") or slug, script=c.meta["script"],
                           blocks=parse_body(c.body), outlet=f"{slug}报", date="2024-05-20"))
    return out


def test_each_form_has_its_comments_known_by_their_section():
    for a in _articles():
        comments = a.comment_ids
        assert len(comments) >= 3, a.slug
        for b in a.paragraphs:
            labelled = bool(re.match(r"^[^，。：]{1,16}：", b.text))
            assert (b.id in comments) <= labelled, (a.slug, b.text)  # every comment opens on its commenter


def test_no_digest_quotes_a_readers_comment(tmp_path):
    articles = _articles()
    analysis, _ = analyse(articles, taxonomy_path=_taxonomy(tmp_path), overrides_path=None)
    for a in articles:
        digest = analysis.digest(a.slug)
        assert digest.summary, a.slug
        for s in digest.summary:
            assert s.paragraph not in a.comment_ids, (a.slug, s.text)
