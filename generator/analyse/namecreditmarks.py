"""Patterns the credits of a page (``namecredits``) and the accounts of a thread (``nameaccounts``)
share: the labels of a person's credit (an opener "主持人：" is a credit's label, never a poster) and the
end of a body's name (an account or a listed item that ends on a body's suffix is a body)."""

from __future__ import annotations

import re

from .namepublic import _BODY_SUFFIXES
from .namewords import STRONG_SUFFIXES, WEAK_SUFFIXES

__all__ = ["CREDIT_LABELS"]

#: Labels of a person's credit on a page or a paper, longest first.
_PERSON_LABELS = ("责任编辑", "美术编辑", "值班编辑", "图片编辑", "文字编辑", "视觉编辑", "网络编辑", "特约记者", "实习记者", "见习记者", "首席记者", "本报记者", "本台记者", "本刊记者", "本网记者", "特派记者", "记者", "通讯员",
                  "实习生", "责编", "编辑", "校对", "审核", "审校", "终审", "初审", "复审", "美编", "摄影", "摄像",
                  "撰文", "文/图", "图/文", "文图", "图文", "供图", "联系人", "记录人", "记录", "执笔", "撰稿", "统筹",
                  "监制", "出品人", "制片人", "策划", "翻译", "编译", "整理", "主持人", "主持", "播音", "配音",
                  "剪辑", "协作者", "最后编辑", "发件人", "收件人", "抄送",
                  # a translator's and a contributor's credit; a judgment's bench, clerk and counsel
                  "译者", "特约撰稿", "特约撰稿人", "审判长", "审判员", "代理审判员", "人民陪审员", "陪审员", "书记员",
                  "法官助理", "委托诉讼代理人", "诉讼代理人", "委托代理人", "辩护人")
#: The labels of credits, which name nobody themselves ("摄像" in "阎书豪、摄像、查卫东").
CREDIT_LABELS = frozenset(_PERSON_LABELS)
_ORG_END = re.compile("(?:" + "|".join(sorted(set(STRONG_SUFFIXES + WEAK_SUFFIXES + _BODY_SUFFIXES) |
                                                   {"办公室", "办公厅", "支队", "大队", "管理处", "管理所", "工作组",
                                                    "指挥部", "领导小组", "办事处", "分局", "派出所", "街道办事处",
                                                    "小学", "中学", "幼儿园", "学校", "景区", "度假区", "旅行社",
                                                    "酒店", "宾馆", "公园", "博物院", "纪念馆", "文化馆", "体育馆",
                                                    "管理站", "服务站", "保护站", "合作社", "村委会", "居委会", "海关"},
                                                   key=len, reverse=True)) + ")$")
