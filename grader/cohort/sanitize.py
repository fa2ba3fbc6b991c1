"""Pages a learner or trainer opens must run nothing: no script, no event handler, no
``javascript:`` link, whatever a submission held.

Two passes, both allow-lists:

- ``learner_markdown_html``: a learner's markdown becomes HTML with nbconvert's own
  markdown renderer, then goes through nbconvert's sanitiser (``SanitizeHTML``, which is
  bleach with nbconvert's allowed tags and attributes, and bleach's allowed URL schemes:
  http, https, mailto). ``[x](javascript:...)`` keeps its text and loses its link.
- ``sanitize_page``: every finished page (feedback, cohort report) is parsed and rebuilt
  keeping only allowed elements and attributes; scripts and other active elements are
  dropped with their content, every ``on...`` attribute goes, and a URL survives only as
  a fragment (``#part-2``), a relative path, http(s), mailto, or an inline PNG/JPEG image.
"""

from __future__ import annotations

import re

from bleach.sanitizer import ALLOWED_PROTOCOLS

# Elements dropped with everything inside them.
ACTIVE = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
          "button", "textarea", "select", "option", "base", "link", "noscript", "template",
          "foreignobject", "animate", "animatetransform", "animatemotion", "set", "handler",
          "listener", "portal", "math"}
# Elements kept (with their allowed attributes); any other is unwrapped: its text stays.
PAGE = {"html", "head", "body", "meta", "title", "style", "main", "section", "article", "header",
        "footer", "nav", "div", "span", "p", "a", "img", "pre", "code", "kbd", "samp", "var",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "caption", "thead", "tbody", "tfoot", "tr",
        "th", "td", "col", "colgroup", "ul", "ol", "li", "dl", "dt", "dd", "em", "strong", "b",
        "i", "u", "s", "q", "br", "hr", "blockquote", "sup", "sub", "del", "ins", "small", "mark",
        "abbr", "cite", "details", "summary", "figure", "figcaption", "label"}
SVG = {"svg", "g", "path", "defs", "clippath", "use", "rect", "text", "tspan", "title", "desc",
       "line", "polyline", "polygon", "circle", "ellipse", "symbol", "pattern", "lineargradient",
       "radialgradient", "stop", "mask", "marker", "style"}
URL_ATTRIBUTES = {"href", "src", "xlink:href", "action", "formaction", "data", "poster",
                  "background", "cite", "longdesc", "usemap", "srcset", "ping"}
SAFE_DATA = re.compile(r"^data:image/(png|jpeg|jpg|gif);base64,[a-z0-9+/=\s]*$", re.I)
CONTROL = re.compile(r"[\x00-\x20\x7f]+")


def _url_allowed(value: str) -> bool:
    compact = CONTROL.sub("", value).lower()
    if compact.startswith(("#", "/", "./", "../", "?")) or not compact:
        return True
    scheme = compact.split(":", 1)[0] if ":" in compact.split("/", 1)[0] else ""
    if not scheme:
        return True  # a relative path such as "image.png"
    if scheme == "data":
        return bool(SAFE_DATA.match(value.strip()))
    return scheme in ALLOWED_PROTOCOLS


def _style_allowed(value: str) -> bool:
    compact = CONTROL.sub("", value).lower()
    return not any(word in compact for word in ("javascript:", "expression(", "url(", "@import", "behavior:"))


def sanitize_page(page: str, *, svg: bool = False) -> str:
    """The page rebuilt from allowed elements and attributes only (see the module docstring)."""
    from bs4 import BeautifulSoup, Comment, Doctype

    soup = BeautifulSoup(page, "html.parser")
    allowed = PAGE | (SVG if svg else set())
    for node in soup.find_all(string=lambda text: isinstance(text, Comment) and not isinstance(text, Doctype)):
        node.extract()
    for element in soup.find_all(True):
        if element.decomposed:
            continue
        name = element.name.lower()
        if name in ACTIVE:
            element.decompose()
            continue
        if name not in allowed:
            element.unwrap()
            continue
        for attribute in list(element.attrs):
            key = attribute.lower()
            value = element.attrs[attribute]
            text = " ".join(value) if isinstance(value, list) else str(value)
            if key.startswith("on") or key in {"formaction", "srcdoc", "http-equiv"} or (key in URL_ATTRIBUTES and not _url_allowed(text)) or (key == "style" and not _style_allowed(text)):
                del element.attrs[attribute]
    for style in soup.find_all("style"):
        if not _style_allowed(style.get_text()):
            style.decompose()
    return str(soup)


def learner_markdown_html(markdown: str) -> str:
    """A learner's markdown as sanitised HTML (nbconvert's renderer, then nbconvert's sanitiser)."""
    from nbconvert.filters.markdown import markdown2html
    from nbconvert.preprocessors.sanitize import SanitizeHTML

    sanitizer = SanitizeHTML(strip=True)
    return sanitize_page(sanitizer.sanitize_html_tags(markdown2html(markdown)))
