"""Image links (``![alt](img/…)``) left as text in a plain-text source: the file is not shipped,
so the line leaves the body.

In Markdown and HTML sources the readers remove images structurally (``generator.readers``); a
plain-text source that shows ``![`` at a line start is read as Markdown, so this rule is the
fallback for image lines the readers did not see. An image's alt text is a label for the
picture ("GitHub", a file name), not article text: it goes to the audit with the image.

A picture's placeholder on a line of its own (``[图片]``, ``【圖片】``, ``[image]``, ``（视频）``, as a
page copied as text or a repost leaves it) leaves the body the same way, and so does a picture's number
in its set with its description (``图片2/9　［图：门店外排队的人群］``, ``［圖：…］``).
"""

import re

NAME = "images"
_IMAGE_LINE = re.compile(r"^(?:!\[([^\]]*)\]\([^)]*\)\s*)+$")
_PLACEHOLDER = re.compile(r"^\s*[\[【［〔(（]\s*(?:图片|圖片|图|圖|照片|配图|配圖|插图|插圖|动图|動圖|视频|視頻|影片|"
                          r"image|Image|IMAGE|img|IMG|photo|Photo|picture|Picture|video|Video|GIF|gif)\s*[\]】］〕)）]\s*$")


#: A picture's place in a set and its description ("图片1/9　［图：门店外排队的人群］", "［圖：颱風過後的碼頭］"):
#: the alt text of a picture the page does not ship.
_DESCRIBED = re.compile(r"^\s*(?:(?:图片|圖片|图|圖|照片|Photo|P)\s*\d{1,3}\s*/\s*\d{1,3}\s*)?[\[【［〔(（]\s*(?:图|圖|图片|圖片|照片|配图|配圖)"
                        r"\s*[:：][^\]】］〕)）\n]{1,80}[\]】］〕)）]?\s*$|^\s*(?:图片|圖片|照片)\s*\d{1,3}\s*/\s*\d{1,3}\s*$")


def apply(doc):
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind != "line":
                continue
            if len(b.text) <= 16 and _PLACEHOLDER.match(b.text):
                doc.remove(b, "placeholder of a picture or video: the picture is not part of the article")
                continue
            if len(b.text) <= 100 and _DESCRIBED.match(b.text):
                doc.remove(b, "a picture's number in its set and its description (alt text): the picture is not "
                           "part of the article", separates=True)
                continue
            m = _IMAGE_LINE.match(b.text)
            if not m:
                continue
            doc.remove(b, "image link (and its alt text): the picture is not part of the article")
