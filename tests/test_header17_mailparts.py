"""An exported mail's quoted original is a block by its sender, and its closing matter (signature,
confidentiality notice, unsubscribe line) leaves. Forms unlike the corpora: a university mailing
list's digest with an Outlook-style quoted message, a Taiwanese museum's circular with a signature
and an unsubscribe line, and a quote whose header names no sender (it stays)."""

from __future__ import annotations

from generator.clean import clean

LIST = """From: 天文系研究生邮件列表 <astro-grad@lists.example.edu.cn>
To: astro-grad@lists.example.edu.cn
Date: 2024年11月5日 星期二 下午4:20
Subject: 【系务周报】望远镜观测时间申请结果

各位同学：

本学期两米望远镜的观测时间申请已经评审完毕，共收到申请二十三份，批准十五份。批准名单已发到各导师邮箱。

> -----Original Message-----
> From: "观测站 宋立平" <songlp@obs.example.edu.cn>
> Sent: 2024年11月4日 9:05
> Subject: 关于冬季观测安排
>
> 各位老师好，说明两点：
> 一是十二月中旬圆顶检修，十二月十日至二十日暂停观测；
> 二是今年冬季晴夜预计比往年少，请申请人准备备用目标。

如对评审结果有疑问，请在本周五前联系系秘书。
"""

CIRCULAR = """寄件者: 港都海洋博物館教育推廣組 <edu@museum.example.tw>
寄件日期: 2024年7月2日 星期二 上午 10:00
收件者: 會員
主旨: 暑期海洋營隊開放報名

各位會員好：

今年暑期海洋營隊共開設四個梯次，每梯次三十名，內容包括潮間帶觀察和鯨豚標本解說。報名自七月五日起開放。

教育推廣組　林佩君
電話：07-555xxxx　信箱：edu@museum.example.tw
--------
本郵件含有機密資訊，僅供指定收件人使用，如您誤收本郵件，請立即刪除。
若不想再收到本館電子報，請點此取消訂閱。
"""

NOSENDER = """发件人: 社区志愿者队 <team@volunteer.example.cn>
日期: 2024年9月1日 上午8:00
主题: 周末活动提醒

各位队员：

本周六上午在社区广场开展旧衣回收，请大家八点半到场。

> ------ 原始邮件 ------
> 主题: 活动场地
> 日期: 2024年8月30日
>
> 广场东侧已经借好，可以摆六张桌子。
"""


def test_a_quoted_original_is_a_block_by_its_sender():
    out = clean(LIST, source="000_list.txt")
    paras = out.body.split("\n\n")
    quoted = [p for p in paras if "十二月中旬圆顶检修" in p]
    assert len(quoted) == 1 and quoted[0].startswith("2024-11-04 09:05\u3000宋立平：")  # its own sending time as a message's
    assert "二是今年冬季晴夜预计比往年少" in quoted[0]
    for gone in ("Original Message", "songlp@", "Sent"):
        assert gone not in out.body, gone
    assert "如对评审结果有疑问" in out.body


def test_a_mail_signature_confidentiality_notice_and_unsubscribe_line_leave():
    out = clean(CIRCULAR, source="001_circular.txt")
    for gone in ("機密", "取消訂閱", "07-555", "--------"):
        assert gone not in out.body, gone
    assert out.body.rstrip().endswith("報名自七月五日起開放。")


def test_a_quote_whose_header_names_no_sender_stays():
    out = clean(NOSENDER, source="002_nosender.txt")
    assert "广场东侧已经借好" in out.body
    assert "：广场东侧" not in out.body
