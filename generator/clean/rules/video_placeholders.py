"""Video placeholders from exports (``….mp4【在线播放】``): removed with whatever text is glued to them."""

import re

NAME = "video_placeholders"
_VIDEO = re.compile(r"\.(?:mp4|mov|m4v|webm|avi|flv|mkv)\s*(?:【[^】]{0,8}】|\[[^\]]{0,8}\])?\s*$", re.I)


def apply(doc):
    with doc.batch():
        for b in list(doc.blocks):
            if b.kind in ("line", "caption") and _VIDEO.search(b.text):
                doc.remove(b, "video placeholder (the video is not part of the text)")
