"""Read an article file and clean its text for NLP, keeping a map to the raw text.

What is removed (none of it is article text): markdown links and emphasis,
"Related article:" lines, photo captions and credits (and repeated caption
lines; the credit of a dropped caption, "Image: X/Agency", "(X/Flickr)",
"REUTERS/X/File Photo", "[PHOTO CREDIT: X/Agency]", is kept in
``photo_credits``, and its description, with no quotation mark in it, in
``captions``, apart from the story), "Advertisement", headings, bylines, date and URL lines, republishing
notes, and reader-comment sections ("N thoughts on …", "Leave a Reply",
"Comments (6)", "Join the conversation" … and all after).  HTML pages saved as
text lose their tags, scripts and styles.

What is kept as metadata: title, author (byline "By X", a header byline
without "By" such as "X in Place and Y in Place" or "X" over "BBC News, City"
or a staff title, or a footer "X is a … at …"), publication date, original URL
and outlet.
"""
from __future__ import annotations

import codecs
import errno
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .models import Article, Segment
from .names import BEAT_WORDS, NAME_PARTICLES, uncapitalise_name

MAX_BYTES = 50_000_000


class ArticleError(Exception):
    """The file cannot be read as an article; the message says why."""


# ---------------------------------------------------------------- decoding

def decode(data: bytes) -> tuple[str, str]:
    """Decode article bytes, detecting BOMs, UTF-8 and legacy 8-bit text.

    Args:
        data: the file content.

    Returns:
        (text, encoding name).

    Raises:
        ArticleError: for empty or binary content.
    """
    if not data.strip():
        raise ArticleError("empty file")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise ArticleError(f"bad {enc} text at byte {exc.start}") from exc
            if not text.strip():
                raise ArticleError("empty file")
            return text, enc
    sample = data[:65536]
    if sample.count(b"\x00") > max(1, len(sample) // 100):
        raise ArticleError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > len(sample) // 20:
        raise ArticleError("binary file (control bytes), not text")
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


# ---------------------------------------------------------------- line rules

# A comment-section heading is a whole line: "Comments (6)", "6 Comments", "Comments 6", "Reader comments",
# "Show comments", "Join the conversation"; a body sentence that mentions comments never matches.
_COUNT = r"(?:\s*[(\[]\s*\d+\s*[)\]]|\s*:?\s*\d+)"  # "(6)", "[6]", ": 6", " 6"
COMMENTS_START = re.compile(
    r"^\s*(\d+\s+(thoughts?|comments?|responses?|replies|reactions?)\s+(on|to)\b.*"
    r"|leave a (reply|comment)\b.*"
    rf"|(?:(?:show|view|see|load|read|hide)\s+(?:all\s+)?(?:\d+\s+)?|readers?['’]?\s+)?comments{_COUNT}?\s*:?\s*$"
    rf"|\d+\s+comments?\s*$|comments?{_COUNT}\s*$"
    r"|(?:join|start) the (?:conversation|discussion)\s*$)",
    re.I)
ADVERT = re.compile(r"^\s*(advertisement|advert|sponsored( content)?|scroll to continue.*|story continues below.*)\s*$", re.I)
RELATED = re.compile(r"^\s*(related( articles?| stories| content| news)?|read (more|also)|see also|"
                     r"more on this( story)?|recommended)\s*:", re.I)
URL_LINE = re.compile(r"^\s*(original\s+url\s*:)?\s*<?(https?://\S+?)>?\s*$", re.I)
URL_LABEL = re.compile(r"^\s*(original\s+(url|article|source)|source)\s*:\s*$", re.I)
BYLINE = re.compile(r"^\s*by\s+(.{3,120})$", re.I)
# a labelled byline: "WRITER: Anna Berg", "Author: Anna Berg" (the words after the label must be names)
# "Editor: Anna Berg" is the credit line of news agencies that name the desk editor instead of an author
BYLINE_LABEL = re.compile(r"^\s*(?P<label>writer|writers|author|authors|reporter|written by|words|editor)\s*:\s*"
                          r"(.{3,120})$", re.I)
# labels of a credit line that are the named person's post ("Reporter: Anna Berg", "Editor: Karl Weber")
STAFF_CREDIT_LABELS = frozenset({"reporter", "editor"})
# a dateline place in capitals on its own line ("NEW DELHI"), between a byline's name line and its date line
CAPS_PLACE_LINE = re.compile(r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,2}\s*$")
# a headline that ends with a quoted fragment in single quotes: "X says 'a word'" (no sentence ends there)
QUOTED_HEADLINE_END = re.compile(r"[^\W\d_]['’]\s*$")
# a paragraph of speech in single quotes (British and West African house style): its sentence ends inside the
# closing mark ("...them.'"), which a crosshead in quotes ('Nothing has changed') never does
QUOTED_SENTENCE_END = re.compile(r"[.,]['’]\s*$")
REPUBLISHED = re.compile(r"^\s*this (article|story|piece) (is|was) (re)?published (from|by|with permission from) ((?:the )?.+?)(\s+under\b.*|\.)?\s*$", re.I)
BOILER = re.compile(r"^\s*(read the original article\.?|share (this|on).*|click here.*|sign up .*newsletter.*|"
                    r"your email address will not be published.*|all rights reserved.*|©.*|copyright .*)\s*$", re.I)
MONTHS = r"(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?"
_WEEKDAY = r"(\w+day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"  # "Tuesday", "Tue"
_CLOCK_FIRST = r"(\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?,?\s+)?"  # "Published 9:05 AM, March 03, 2024"
DATE_LINE = re.compile(
    rf"^\s*((published|updated|posted)( on)?\s*[:\-–—]?\s*)?{_CLOCK_FIRST}({_WEEKDAY},?\s+)?({MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTHS},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}(?P<dsep>[.\-/])\d{{1,2}}(?P=dsep)\d{{4}})"
    r"(\s*[|•·,]?\s*(at\s+)?\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?)?(\s*[A-Z]{2,4})?\s*$", re.I)
# a header line of a place and a date: "Tarifa - FEB 03, 2025 - 09:10 CET", "Lima, March 3rd 2025 - 09:05 UTC"
PLACE_DATE_LINE = re.compile(rf"^\s*(?P<place>[A-ZÀ-Þ][\w'’.]*(?:[ -][A-ZÀ-Þ][\w'’.]*){{0,2}})\s*(?:,|\s[-–—|]\s)\s*"
                             rf"(?P<date>(?:{_WEEKDAY},?\s+)?(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
                             rf"\d{{1,2}}\s+{MONTHS},?\s+\d{{4}})(?:\s*[-–—|•,]?\s*\d{{1,2}}[:.]\d{{2}}\s*"
                             r"(?:[ap]\.?m\.?)?)?(?:\s*[A-Z]{2,4})?)\s*$", re.I)
POSTED_BY = re.compile(r"^\s*(posted|published|written)( on)?\s+(?P<date>.+?)\s+by\s+(?P<who>.{3,80})$", re.I)
# a print edition's credit closing a web copy: "Published in Name, December 5th, 2025" (the footer of South
# Asian dailies' web pages), "First published in the Name on 5 December 2025"
PRINT_EDITION = re.compile(rf"^\s*(?:first\s+)?(?:published|printed|appeared)\s+in\s+(?:the\s+)?"
                           r"(?P<name>(?-i:[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}))\s*,?\s*(?:on\s+)?"
                           rf"(?:{_WEEKDAY},?\s+)?(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
                           rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS},?\s+\d{{4}})\.?\s*$", re.I)
# the "date" of a "Posted … by" line holds a digit or a calendar word ("Published daily by X" is a masthead)
DATE_WORD = re.compile(rf"\d|\b{MONTHS}(?!\w)|\b{_WEEKDAY}(?!\w)|\b(today|yesterday)\b", re.I)
# (an outlet's initials in capitals may open the credit: "… in 1851. XT PHOTO: ANNA BERG")
PHOTO_SUFFIX = re.compile(r"(?:^|[.!?)]\s+|\s[-–—|]\s|\s?[\[(])(?-i:[A-Z]{2,5}\s+)?"
                          r"(?:photo(?:graph)?s?|image|picture|credit|illustration|"
                          r"(?<=[\[(])file)"
                          r"(?:\s+(?:source|credit))?\s*(?::|by)\s*([^.\[\]()]{2,80}?)\s*[\])]?\s*$", re.I)
# a copyright credit after a dash closing a labelled caption: "Photo caption: A ferry off X. - Copyright Agency/Name"
CREDIT_DASH_COPYRIGHT = re.compile(r"\s[-–—|]\s(?:copyright|©)\s*:?\s*([^.\[\]()]{2,80}?)\s*$", re.I)
# a credit in brackets at the end of a caption: "Prayer flags above Lhasa (Anna Berg/Flickr)"
CREDIT_BRACKET = re.compile(r"[(\[]\s*([^()\[\]]{2,80}/[^()\[\]]{2,80}?)\s*[)\]]\s*$")
# the same after the caption's full stop, every part capitalised: "… on Monday. (DP/Anna Berg)" (the caption stays)
CREDIT_BRACKET_AFTER_CAPTION = re.compile(r"(?<=[.!?”\"])\s*[(\[]\s*([A-Z][^()\[\]/\d]{1,40}?"
                                          r"(?:\s*/\s*[A-Z][^()\[\]/\d]{1,40}?)+)\s*[)\]]\s*$")
# a masthead's tagline naming the outlet's network or group: "Part of the Planet Today Network", "A member of the
# Tolsby Media Group" (the publisher, as a copyright line names it)
NETWORK_TAGLINE = re.compile(r"^\s*(?:[Aa]n?\s+)?(?:[Pp]art|[Mm]ember)\s+of\s+(?:the\s+)?"
                             r"(?P<name>(?:[A-Z][\w&.'’-]*\s+){1,5}(?:Network|Group|Newspapers|Media))\s*\.?\s*$")
# a photo word's credit in brackets closing a bracketed caption that stays as text: "[Photo: The hall in winter.
# (Photo: Anna Berg/Daily Planet)]", "[Photo: … (Photo: Planet)]" (the credit goes, the caption stays)
CREDIT_IN_BRACKETED_CAPTION = re.compile(r"(?<=[.!?”\"])\s*\((?:photo(?:graph)?|image|picture)\s*:\s*"
                                         r"([^()\[\]/]{2,60}(?:/[^()\[\]]{2,60}?)?)\s*\)(?=\s*\]\s*$)", re.I)
# wire-agency credit after a caption: "… March 11, 2025. REUTERS/Anna Berg/File Photo", "AFP/Getty Images"
CREDIT_AGENCY = re.compile(r"(?:^|[.)]\s+)([A-Z]{2,}(?:\s[A-Z]{2,})?\s*/\s*[A-Z][\w .&'’-]{1,40}(?:/[\w .&'’-]{2,40})*)\s*$")
# a caption closed by the source's courtesy line: "… in this undated photo. Courtesy of Name Agency" (Korean and
# other Asian English-language dailies' style)
CREDIT_COURTESY = re.compile(r"[.!?)]\s+(?i:courtesy)\s+of\s+((?:the\s+)?[A-ZÀ-Þ][^.\[\]()!?]{1,80}?)\s*$")
# a gallery caption opens with its position in the gallery: "[1/2] A patrol boat sails …" (Reuters)
GALLERY_CAPTION = re.compile(r"^\s*\[\d{1,2}\s*/\s*\d{1,2}\]\s")
BYLINE_TITLE = re.compile(r"\b(correspondent|reporter|editor|writer|columnist|contributor|producer|analyst|"
                          r"journalist|staff|desk|bureau chief|chief|photographer)\b", re.I)
# A title line under a byline ("Staff writer", "Diplomatic correspondent").
_STAFF_TITLE = r"(?:[A-Z][\w-]*\s+){0,3}(?:correspondent|reporter|editor|writer|columnist|contributor|producer|" \
    r"journalist|photographer|bureau chief)"
BYLINE_TITLE_LINE = re.compile(rf"^\s*{_STAFF_TITLE}\s*$", re.I)
# "ANNA BERG | Staff Writer": a name and a staff title around a bar.
PIPE_BYLINE = re.compile(rf"^\s*((?:[A-Z][\w.'’-]+\s+){{1,3}}[A-Z][\w.'’-]+)\s*\|\s*({_STAFF_TITLE})\s*$", re.I)
# a translator's credit line, alone or after a bar: "Translated by Anna Berg", "Lire en français | Translated by
# Anna Berg" (the credit line of outlets that publish in two languages); the name is a credit like a photographer's
TRANSLATOR_CREDIT = re.compile(r"(?:^|\|)\s*(?i:translated|translation)(?:\s+from\s+(?:the\s+)?[A-Z]\w+)?\s+(?i:by)\s+"
                               r"((?:[A-ZÀ-Þ][\w.'’-]+\s+){1,3}[A-ZÀ-Þ][\w.'’-]+)\s*$")
# a staff credit of a non-author, alone or after a bar or a dash: "Pictures by Anna Berg", "— Translated from
# Varnish by Anna Berg", "Contributing: Anna Berg, Planet News" (US dailies' closing credit; the outlet after the
# comma is the publisher's, its group ``desk``); the name is a credit like a photographer's
STAFF_CREDIT = re.compile(r"(?:^\s*[-–—]?|\|)\s*(?i:(?:translated|translation)"
                          r"(?:\s+from\s+(?:the\s+)?[A-Z]\w+)?\s+by|"
                          r"(?:pictures|photos|photographs|photography|illustrations?|graphics)\s+by|"
                          r"contributing\s*:)\s+"
                          r"((?:[A-ZÀ-Þ][\w.'’-]+\s+){1,3}[A-ZÀ-Þ][\w.'’-]+)"
                          r"(?:\s*,\s*(?P<desk>[A-Z][\w .&'’-]{1,40}))?\s*$")
# a credit line of labelled fields: "Credits: Agency; Author: Anna Berg;" (the photographer after the agency)
CREDIT_FIELDS = re.compile(r"^\s*credits?\s*:\s*(?P<agency>[^;:/]{2,60}?)\s*;\s*(?:author|photo(?:grapher)?|by)\s*:"
                           r"\s*(?P<name>[^;:/]{2,60}?)\s*;?\s*$", re.I)
PHOTO_PREFIX = re.compile(r"^\s*\(?(photo|image|picture|file photo|photograph|credit|caption)\s*(:|by\b)", re.I)
# a picture's credit as its source, a name and an outlet after a slash: "Source: Anna Berg/PLANET NEWS"
SOURCE_CREDIT = re.compile(r"^\s*(?i:source)\s*:\s*((?:[A-Z][\w.'’-]+\s){1,3}[A-Z][\w.'’-]+"
                           r"\s*/\s*[A-Z][\w .&'’-]{1,40}?)\s*$")
# a credit in capitals after a bar at the end of a caption: "… on Monday. | COURTESY OF THE CITY / VIA KYODO"
# (or after a photo word and a bar, the agency after a second bar: "… on Monday. PHOTO | ANNA BERG | AGENCY")
CREDIT_BAR = re.compile(r"(?<=[.!?)”\"])\s+(?:(?:PHOTO|PHOTOS|PICTURE|IMAGE|FILE PHOTO)\s*)?\|\s+"
                        r"([A-Z][A-Z0-9 .&'’/,|-]{2,100}?)\s*$")
# a photographer in capitals and the agency in brackets ending a caption: "… on Thursday. ANNA BERG (EFE)"
CREDIT_NAME_AGENCY = re.compile(r"(?<=[.!?”\"])\s+((?:[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+\s+){1,3}[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+)"
                                r"\s*\(\s*([A-Z][\w .&'’-]{1,30}?)\s*\)\s*$")
# a site's section bar: three or more short items between bars ("NEWS | POLITICS | DIPLOMACY")
NAV_BAR = re.compile(r"^\s*(?:[^|.!?]{1,30}\|\s*){2,}[^|.!?]{1,30}$"
                     r"|^\s*(?:[^·•.!?]{1,30}\s[·•]\s+){2,}[^·•.!?]{1,30}$")  # "NEWS · SPAIN · WORLD"
# "Anna Berg | Planet News": a byline of a name and the outlet around a bar (Rudaw style)
PIPE_OUTLET_BYLINE = re.compile(r"^\s*(?P<who>[^|]{3,60}?)\s*\|\s*(?P<outlet>[^|]{2,40}?)\s*$")
CREDIT_BOLD = re.compile(r"\*\*([^*]{2,80})\*\*\s*$")
CREDIT_DASH = re.compile(r"\s[-–—]\s((?:[A-Z][\w.'’-]+\s?){1,4}(?:\s*/\s*[\w .'’-]{2,40})?)\s*$")
CREDIT_SLASH = re.compile(r"(?:^|[.)]\s+)((?:[A-Z][\w.'’-]+\s){1,3}[A-Z][\w.'’-]+\s*/\s*[A-Z][\w .&'’-]{1,40})\s*$")
FOOTER = re.compile(r"^\s*((?:[A-Z][\w'’-]+\s){1,3}[A-Z][\w'’-]+)\s+(is|was)\s+(an?\s+|the\s+)?(.{3,200})$")
SENT_END = re.compile(r"[.!?…:;,\"”’')\]]\s*$")
ZERO_WIDTH = re.compile(r"[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# inline markup: (pattern, groups to keep)
#: an outlet's sign-off, its initials after the story's last sentence ('... recognising them." DM')
SIGN_OFF = re.compile(r"(?<=[.!?”\"’])\s+[A-Z]{2,3}\s*$")
MEDIA_MARKER = re.compile(r"^\s*\[(?:photo|image|picture|video|graphic|gallery|illustration)\]\s*", re.I)
MD_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\n]*)\)")
MD_AUTOLINK = re.compile(r"<https?://[^>\s]+>")
MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
MD_EM = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])")
MD_PREFIX = re.compile(r"^\s*(#{1,6}\s+|>\s*|[•·▪●]\s*|[-*+]\s+(?=\S))")
HTML_BLOCK = re.compile(r"<(script|style|noscript|head)\b.*?</\1\s*>", re.I | re.S)
HTML_TAG = re.compile(r"<!--.*?-->|<!DOCTYPE[^>]*>|</?[a-zA-Z][^<>]*>", re.S)
HTML_BREAK = re.compile(r"</?(p|div|br|h[1-6]|li|tr|article|section|header|footer|blockquote)\b", re.I)


def looks_like_html(text: str) -> bool:
    """Tell whether a text is an HTML page saved as text.

    Args:
        text: the decoded file.

    Returns:
        True when it starts like an HTML document.
    """
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


@dataclass
class _Line:
    start: int  # raw offset of the first char
    end: int    # raw offset after the last char (no newline)


def _lines(raw: str, lo: int, hi: int) -> list[_Line]:
    """Split raw[lo:hi] into lines (any newline convention)."""
    out, pos = [], lo
    for m in re.finditer(r"\r\n|\r|\n", raw[lo:hi]):
        out.append(_Line(pos, lo + m.start()))
        pos = lo + m.end()
    out.append(_Line(pos, hi))
    return out


def _inline_deletions(s: str) -> list[tuple[int, int]]:
    """Return (start, end) stretches of markup to drop from one line."""
    dels: list[tuple[int, int]] = []
    m = MD_PREFIX.match(s)
    if m:
        dels.append((m.start(), m.end()))
    for m in MD_LINK.finditer(s):
        dels += [(m.start(), m.start() + 1), (m.end(1), m.end())]
    for m in MD_AUTOLINK.finditer(s):
        dels.append((m.start(), m.end()))
    for m in MD_STRONG.finditer(s):
        dels += [(m.start(), m.start() + 2), (m.end() - 2, m.end())]
    for m in MD_EM.finditer(s):
        dels += [(m.start(), m.start() + 1), (m.end() - 1, m.end())]
    if s.rstrip().endswith("\\"):
        i = s.rstrip().rfind("\\")
        dels.append((i, i + 1))
    for m in ZERO_WIDTH.finditer(s):
        dels.append((m.start(), m.end()))
    m = MEDIA_MARKER.match(s)
    if m:
        dels.append((m.start(), m.end()))  # "[Photo] Villagers at …": the marker of a saved page's picture
    m = SIGN_OFF.search(s)
    if m:
        dels.append((m.start(), m.end()))  # '... them." DM': the outlet's initials closing the story
    return dels


def _keep(s: str, dels: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Complement of deletions within [0, len(s)), as sorted intervals."""
    marks = [0] * (len(s) + 1)
    for a, b in dels:
        for i in range(max(a, 0), min(b, len(s))):
            marks[i] = 1
    out, i = [], 0
    while i < len(s):
        if marks[i]:
            i += 1
            continue
        j = i
        while j < len(s) and not marks[j]:
            j += 1
        out.append((i, j))
        i = j
    return out


def _plain(s: str) -> str:
    kept = _keep(s, _inline_deletions(s))
    return "".join(s[a:b] for a, b in kept).strip()


#: a lower-case staff title opening a byline: "By political reporter Anna Berg", "By national science reporter
#: Anna Berg" (ABC News and other Australian outlets' style); the name after it must be capitalised
LEADING_STAFF_TITLE = re.compile(r"^((?-i:(?:[a-z][\w-]*\s+){0,3})(?:correspondent|reporter|editor|writer|"
                                 r"columnist|contributor|producer|journalist|photographer))\s+(?=[A-ZÀ-Þ])")


def _byline(who: str, meta: dict) -> None:
    """Read "By A and B for Outlet" / "By A, Asia correspondent" into metadata.

    Authors are joined with " and " in ``meta["author"]``; a trailing title
    ("correspondent") goes to ``meta["author_title"]``, an outlet after
    "for"/"at"/"|" to ``meta["outlet"]``.
    """
    who = re.sub(r"[\[\]*_]|\]\([^)]*\)", "", who).strip()
    # "Anna Berg (Strelsau, correspondent) and Karl Weber": a bracketed post or place belongs to no name
    who = re.sub(r"\s*\([^()]*\)", "", who).strip()
    dated = BYLINE_DATE.search(who)
    if dated and re.search(r"\s(?:on|posted|published|updated)$", who[:dated.start()], re.I):
        # "By Anna Berg on March 3, 2025": the word that brings in the date (WordPress bylines) goes with it
        dated = re.compile(r"\s+(?:on|posted|published|updated)" + re.escape(dated.group(0)) + "$",
                           re.I).search(who) or dated
    if dated and len(who[:dated.start()].split()) >= 2:
        # "By Anna Berg   March 3, 2025 | 10:05 am": the date and time after the name are no part of it
        meta.setdefault("date", re.split(r"\s*\|\s*", dated.group(0).strip())[0])
        who = who[:dated.start()].strip(" ,|-–—·•")
    who = who.strip(" ,|-–—·•")  # "By Anna Berg · 12 May 2025": the separator before the date is no part of the name
    # "By Anna Berg with AFP", "... with Reuters": the wire that helped is no part of the name (nor the outlet)
    who = re.sub(r"\s+with\s+(?:[A-Z]{2,6}|Reuters|(?:the\s+)?Associated Press|agencies)$", "", who)
    outlet = None
    m = re.search(r"\s+(?:for|at|\||[·•])\s+(.+)$", who) or re.search(r",\s+in\s+([A-Z].*)$", who)
    if m:
        # "for Outlet", "| Outlet", "· Outlet"; "Anna Berg, in Outlet" (the comma sets "in" apart from the name)
        outlet, who = m.group(1).strip(), who[:m.start()].strip()
    title = None
    lead = LEADING_STAFF_TITLE.match(who)
    if lead:
        # "By political reporter Anna Berg": the ABC's (and other Australian outlets') title before the name
        title, who = lead.group(1), who[lead.end():].strip()
    staff = re.search(r"\s+((?:[A-Z][\w&.'’-]*\s+)?staff(?:\s+(?:writer|reporter|photographer))?)$", who, re.I)
    if staff and "," not in who and len(who[:staff.start()].split()) >= 2:
        # "By Anna Berg Courier Staff": the outlet's word and "Staff" close the line, no comma between
        words = staff.group(1).split()
        from .entities import ORG_WORDS
        outlet_words = {w.casefold() for w in re.findall(r"\w+", meta.get("outlet", ""))}
        if len(words) == 1 or words[0].casefold() in ORG_WORDS | outlet_words or len(who[:staff.start()].split()) >= 3:
            who, title = who[:staff.start()].strip(), staff.group(1)
        else:
            who, title = f"{who[:staff.start()]} {words[0]}".strip(), " ".join(words[1:])
    if title is None and BYLINE_TITLE_LINE.match(who) and re.match(r"(?i:chief|senior|deputy|managing|news|"
                                                                    r"staff|assistant|associate)\b", who):
        # "By Chief Editor", "By Senior Reporter": a post signs the piece; no person is named
        who, title = "", who
    if title is None and "," not in who:
        who, title = _staff_title_tail(who)
    parts = [p.strip() for p in re.split(r",\s*", who) if p.strip()]
    parts = _placed_parts(parts)
    names = []
    for part in parts:
        if BYLINE_TITLE.search(part) and (names or part[:1].islower()):
            title = part  # (first: "By our science correspondent, Anna Berg": the lower-case title before the name)
        elif names and len(parts) == 2 and outlet is None and part[:1].isupper() and len(part.split()) <= 4:
            if _filing_place(part, meta):
                meta.setdefault("filed_from", part)  # "By Anna Berg, Tolsby" under the masthead: the town
            else:
                outlet = part  # "By Anna Berg, Reuters" ("By A, B and C" lists authors)
        else:
            names.extend(_placed_parts([n.strip()])[0] for n in re.split(r"\s+and\s+|\s*&\s*", part, flags=re.I)
                         if n.strip())
    names = [uncapitalise_name(n) for n in names]
    if names:
        meta.setdefault("author", " and ".join(names))
    if title:
        meta.setdefault("author_title", title)
    if outlet:
        meta.setdefault("outlet", outlet)


def _filing_place(part: str, meta: dict) -> bool:
    """Tell whether the part after a byline's comma is the town the story was filed from: "By Anna Berg, Tolsby".

    Regional dailies (West African and South Asian papers among them) sign a
    story with the reporter's name and the town the reporter writes from.  A
    place the gazetteer lists is such a town; so is a name that is no known
    body and has no body's head word when the masthead has already named the
    outlet (the part then cannot be the outlet).

    Args:
        part: the byline's second comma part.
        meta: the metadata read so far (its "outlet" from the masthead).

    Returns:
        True for a filing place.
    """
    from .entities import ORG_WORDS
    from .gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(part)
    if entry is not None:
        return entry.cls in {"Country", "Territory", "Place"}
    words = part.split()
    return "outlet" in meta and fold_outlet(part) != fold_outlet(meta["outlet"]) and len(words) <= 3 and \
        all(re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+", w) for w in words) and \
        not {w.casefold() for w in words} & ORG_WORDS and not BYLINE_TITLE.search(part)


def fold_outlet(name: str) -> str:
    """An outlet's name folded for comparison ("The Daily Planet" and "Daily Planet" are one)."""
    return re.sub(r"^the\s+", "", name.strip().casefold())


#: a byline name written with the place it was filed from: "Anna Berg in Strelsau" (Guardian and agency style)
PLACED_NAME = re.compile(r"(?P<name>.+?)\s+in\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,2}")


def _placed_parts(parts: list[str]) -> list[str]:
    """Drop the filing place from the comma parts of a byline: "Anna Berg in Strelsau", "Ruritania".

    A reporter's byline may name the place the story was filed from ("By Anna
    Berg in Strelsau", also "… in Strelsau, Ruritania"); the place is no part
    of the name, and a country or place the gazetteer lists after the comma
    completes the place, it is no outlet.

    Args:
        parts: the byline's comma-separated parts.

    Returns:
        The parts, names without their place and the listed places after them dropped.
    """
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    out: list[str] = []
    placed = False
    for part in parts:
        entry = gaz.lookup(part) if placed else None
        if entry is not None and entry.cls in {"Country", "Territory", "Place"}:
            continue  # "…in Strelsau, Ruritania": the country of the filing place
        m = PLACED_NAME.fullmatch(part)
        placed = bool(m) and len(m.group("name").split()) >= 2
        out.append(m.group("name") if placed else part)
    return out


#: a date (maybe with its weekday and time) after the name in a byline line: "By Anna Berg  March 3, 2025 | 10:05"
BYLINE_DATE = re.compile(rf"\s+(?:{_WEEKDAY},?\s+)?(?:{MONTHS}\s+\d{{1,2}}\b|\d{{1,2}}\s+{MONTHS}(?!\w)|"
                         r"\d{4}-\d{2}-\d{2}\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\d{1,2}[:.]\d{2}\b).*$", re.I)
#: the head word of a staff title closing a byline ("Senior Reporter", "Health Correspondent")
STAFF_HEAD = re.compile(r"correspondent|reporter|editor|writer|columnist|contributor|producer|journalist|"
                        r"photographer", re.I)


def _staff_title_tail(who: str) -> tuple[str, str | None]:
    """Cut a staff title written after the name without a comma: "Anna Berg Local Democracy Reporter".

    The title is its head word ("Reporter", "Correspondent") and the beat or
    rank words before it ("Local Democracy", "Senior Political"); the name
    keeps at least two words, so "Anna Green Reporter" stays "Anna Green".

    Args:
        who: the byline's names, without "By".

    Returns:
        (the name, the title), or (``who``, None) when no such title closes it.
    """
    words = who.split()
    if len(words) < 3 or not STAFF_HEAD.fullmatch(words[-1]) or not words[-1][:1].isupper():
        return who, None
    k = len(words) - 1
    while k > 2 and words[k - 1][:1].isupper() and words[k - 1].casefold() in BEAT_WORDS:
        k -= 1
    return " ".join(words[:k]), " ".join(words[k:])


# Bylines without "By" (header area only): "Anna Berg in Strelsau and Karl Weber in Kolb" (Guardian), or a
# name line over an outlet or a title line: "Anna Berg" / "BBC News, Strelsau" (BBC), "Anna Berg" / "Planet.com".
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_NAME_WORD = re.compile(r"(?:[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ'’.-]|[A-Z](?=[a-z]))[\w'’.-]*|[A-ZÀ-ÖØ-Þ]\.)")  # Anna, McKay, O'Neill, J.
_NAME_IN_PLACE = re.compile(rf"(?P<name>.+?)(?:\s+in\s+(?P<place>{_CAP}(?:\s+{_CAP}){{0,2}}))?")
OUTLET_LINE = re.compile(rf"^\s*(?P<outlet>(?:{_CAP}\s+){{0,3}}News|[A-Za-z][\w-]*(?:\.[\w-]+)*"
                         r"\.(?:com|org|net|co\.uk|ca|au|in|news))(?:\s*,\s*" + rf"{_CAP}(?:\s+{_CAP}){{0,3}})?\s*$")
TITLE_OUTLET_LINE = re.compile(rf"^\s*(?P<title>{_STAFF_TITLE})(?:\s*,\s*(?P<outlet>(?:{_CAP}\s+){{0,3}}News))?\s*$", re.I)


#: a header line of an author's name and the date after a comma or a bar: "Anna Berg , Tuesday 14 Oct 2025"
#: (Ahram Online style), "Anna Berg  |03.02.2026 - Update : 03.02.2026" (a news-agency style; the update stamp is dropped)
NAME_DATE_LINE = re.compile(r"^\s*(?P<who>[^,|]{3,60}?)\s*[,|]\s*(?P<date>[^,|]{6,40}?)"
                            r"(?:\s+[-–—]\s+(?:updated?|modified|edited)\s*:?\s*[^,|]{6,40})?\s*$", re.I)


def _byline_names(text: str) -> tuple[list[str], bool] | None:
    """Read a line made only of person names, each maybe with "in Place" or ", Place" (a listed place), joined by
    "and" or commas.

    Returns:
        (names, whether a name has "in Place"), or None when the line is anything else.
    """
    from .entities import person_shaped
    from .gazetteer import load_gazetteer

    text = text.strip()
    if not text or len(text.split()) > 16 or SENT_END.search(text):
        return None
    if text.isupper() and 2 <= len(text.split()) <= 4:
        text = uncapitalise_name(text)  # "ANNA BERG": a byline set in capitals
    names, placed = [], False
    gaz = load_gazetteer()
    for part in re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", text):
        if names and _names_place(part):
            placed = True  # "Anna Berg, Strelsau": the place the reporter filed from (South Asian dailies' style)
            continue
        m = _NAME_IN_PLACE.fullmatch(part)
        if not m:
            return None
        name = m.group("name")
        tokens = name.split()
        core = [t for t in tokens if t.casefold() not in NAME_PARTICLES]
        if not 2 <= len(core) <= 4 or not all(_NAME_WORD.fullmatch(t) for t in core) or not person_shaped(name) \
                or gaz.lookup(name) is not None or BYLINE_TITLE.search(name):
            return None
        names.append(name)
        placed = placed or bool(m.group("place"))
    return names, placed


# a web page's "Published" line under the byline: "Published 8:15 p.m. ET Jan. 4, 2026 | Updated 10:05 p.m. ET ..."
PUBLISHED_LINE = re.compile(r"^\s*(?:published|updated|posted)\b[^|]{0,60}?\b(?:19|20)\d{2}\b", re.I)


def _network_tagline(plain: str, holders: list[str]) -> bool:
    """Note the network or group a masthead's tagline names ("Part of the Planet Today Network") as a publisher.

    Args:
        plain: a line's plain text.
        holders: the publishers found so far (extended in place, without repeats).

    Returns:
        True when the line is such a tagline.
    """
    tagline = NETWORK_TAGLINE.match(plain)
    if tagline and tagline.group("name") not in holders:
        holders.append(tagline.group("name"))
    return tagline is not None


def _outlet_over_published_line(plains: list[str], j: int) -> bool:
    """Tell whether line ``j`` is a byline's outlet over its "Published ..." line.

    The page style of a chain of local papers: "Anna Berg" / "Tolsby Ledger" / "Published 8:15 p.m. ET Jan. 4,
    2026": a short line of capitalised words between the reporter's name and the publication time is the paper.

    Args:
        plains: the plain text of every line.
        j: the line after a name line.

    Returns:
        True for one to five capitalised words, no sentence punctuation, over a "Published" line with a year.
    """
    p = plains[j].strip()
    words = p.split()
    if not 1 <= len(words) <= 5 or SENT_END.search(p) or not all(w[:1].isupper() for w in words):
        return False
    nxt = next((q for q in plains[j + 1:j + 3] if q.strip()), "")
    return bool(PUBLISHED_LINE.match(nxt))


def _header_byline(plains: list[str], idx: int) -> tuple[list[int], dict] | None:
    """Read a byline block without "By" starting at line ``idx``.

    The block is name lines, "and" lines, outlet lines ("BBC News, Strelsau",
    "Planet.com", or an outlet or agency the gazetteer lists: "AFP") and title
    lines ("Diplomatic correspondent"), blank lines allowed between.  It counts as a byline when an outlet or title line
    follows a name line, or when the names stand "in Place" and are two or
    more or sit over a date line.

    Returns:
        (the line indices of the block, metadata), or None.
    """
    first = _byline_names(plains[idx])
    if first is None:
        return None
    names, placed = list(first[0]), first[1]
    used, titles, outlet, confirmed, last = [idx], [], None, False, "name"
    for j in range(idx + 1, min(len(plains), idx + 12)):
        p = plains[j].strip()
        if not p:
            continue
        mt = TITLE_OUTLET_LINE.match(p)
        mo = OUTLET_LINE.match(p)
        if last == "name" and mt:
            titles.append(mt.group("title"))
            outlet = outlet or mt.group("outlet")
            last, confirmed = "title", True
        elif last == "name" and (mo or _known_outlet(p)):
            # "BBC News, Strelsau", "Planet.com", or an outlet or agency the gazetteer lists ("AFP")
            outlet = outlet or (mo.group("outlet") if mo else p)
            last, confirmed = "outlet", True
        elif last == "name" and _outlet_over_published_line(plains, j):
            outlet = outlet or p  # "Anna Berg" / "Tolsby Ledger" / "Published 8:15 p.m. ET Jan. 4, 2026"
            last, confirmed = "outlet", True
        elif last != "and" and p.lower() in ("and", "&"):
            last = "and"
        elif (last in ("and", "outlet", "title") or (last == "name" and placed)) and \
                (more := _byline_names(p)) is not None:
            # ("Anna Berg, Strelsau" / "Karl Weber": a second reporter's line under a placed one)
            names.extend(more[0])
            placed = placed or more[1]
            last = "name"
        else:
            break
        used.append(j)
    if last == "and":
        used.pop()
    nxt = next((plains[j] for j in range(used[-1] + 1, len(plains)) if plains[j].strip()), "")
    if placed and (len(names) >= 2 or (DATE_LINE.match(nxt) and len(nxt) < 60)):
        confirmed = True
    if used == [idx] and len(nxt) < 70 and (DATE_LINE.match(nxt) or PLACE_DATE_LINE.match(nxt)):
        confirmed = True  # a name line right over the date line: "Anna Berg" / "30.01.2026 • 14:05" (eKathimerini)  # "A in X and B in Y", or "A in X" over a date line ("Joe Biden in Warsaw" alone is a heading)
    if used == [idx] and idx + 2 < len(plains) and CAPS_PLACE_LINE.match(plains[idx + 1]) and \
            len(plains[idx + 2]) < 70 and DATE_LINE.match(plains[idx + 2]):
        confirmed = True  # "Anna Berg" / "STRELSAU" / "Published - May 2, 2025": the dateline's place between
    if not confirmed:
        return None
    meta = {"author": " and ".join(uncapitalise_name(n) for n in names)}
    if len(names) == 1 and len(titles) == 1:
        meta["author_title"] = titles[0]
    if outlet:
        meta["outlet"] = _outlet_name(outlet)
    return used, meta


def _outlet_name(outlet: str) -> str:
    """The gazetteer's name for an outlet; "BBC News" is the BBC when only "BBC" is known."""
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    entry = gaz.lookup(outlet)
    if entry is None and outlet.endswith(" News"):
        entry = gaz.lookup(outlet[:-len(" News")])
    return entry.name if entry is not None and entry.cls == "Organization" else outlet


def _names_place(name: str) -> bool:
    """Tell whether the gazetteer lists a name as a country, territory or place ("Published in Vilnius, …").

    Args:
        name: a name.

    Returns:
        True for a listed place.
    """
    from .gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(name)
    return entry is not None and entry.cls in {"Country", "Territory", "Place"}


def _known_outlet(name: str) -> bool:
    """Tell whether a name is a media outlet the gazetteer knows ("Rudaw", "BBC News").

    Args:
        name: the words after a byline's bar.

    Returns:
        True for a known outlet.
    """
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    entry = gaz.lookup(name.strip())
    if entry is None and name.strip().endswith(" News"):
        entry = gaz.lookup(name.strip()[:-len(" News")])
    return entry is not None and entry.outlet


# the label opening a caption line: "[PHOTO: …", "Image: …", "[Photo caption] …", "[1/2] …"
CAPTION_LABEL = re.compile(r"^\s*(?:\[\d{1,2}\s*/\s*\d{1,2}\]\s*|[\[(]?\s*(?:photo(?:graph)?|image|picture|file photo)"
                           r"(?:\s+caption)?\s*[:\]]\s*)", re.I)
# a quotation mark in a caption: its words are nobody's quote, so such a caption is left out
CAPTION_QUOTE = re.compile(r"[\"“”«»‘]|(?:^|\s)'")


def _caption_body(s: str, plain: str, labelled: bool = True) -> tuple[int, int] | None:
    """The description of a caption line that is dropped, without its label and its credit, as kept text.

    "[PHOTO: A ferry off Tolsby, a port in Varn County. Photo: Anna Berg / Planet]": the words between the
    label and the credit (a caption with no credit is left out) describe the picture and name its places
    (article text, for the gold of the evaluation sets); they are kept apart from the story
    (``Article.captions``; the build parses them on their own), so that no quote runs across them and no
    speaker or pronoun of the story takes a name from them. A caption holding a quotation mark is left out.

    Args:
        s: the caption line as it stands in the text.
        plain: the line without markup.
        labelled: whether the line must open with a caption label (else its credit alone marks it).

    Returns:
        (start, end) offsets of the description in ``s``, or None when the line has none (a bare credit).
    """
    label = CAPTION_LABEL.match(plain)
    if label is None and labelled or re.match(r"\s*\(?\w+\s+by\b", plain, re.I):
        return None  # "Photo by Anna Berg": all credit
    body = plain[label.end():] if label else plain
    m = PHOTO_SUFFIX.search(body) or CREDIT_BRACKET.search(body) or CREDIT_AGENCY.search(body) or (
        CREDIT_DASH_COPYRIGHT.search(body) if label else None)
    if m is None:
        return None  # no credit closes it: a line about a photo, not a published caption
    body = body[:m.start() + (body[m.start()] in ".!?)")]
    body = body.strip().rstrip("[( ").strip()
    if len(body.split()) < 4 or not re.search(r"\b[a-z]{3,}\b", body) or CAPTION_QUOTE.search(body) or \
            "/" in body:
        return None
    at = s.find(body)
    return (at, at + len(body)) if at >= 0 else None


def _caption_credit(plain: str) -> str | None:
    """Find the credit of a caption line that is dropped as a whole.

    "Image: Anna Berg/Agency/Other Agency" is all credit; "Photo: Flags above
    the city (Anna Berg/Flickr)" ends with a bracketed credit;
    "[1/2] A boat … REUTERS/Anna Berg/File Photo" ends with a wire credit.

    Args:
        plain: the caption line without markup.

    Returns:
        The credit ("Anna Berg/Flickr"), or None when the caption names none.
    """
    m = PHOTO_SUFFIX.search(plain) or CREDIT_BRACKET.search(plain) or CREDIT_AGENCY.search(plain)
    if m:
        return m.group(1).strip()
    rest = PHOTO_PREFIX.sub("", plain, count=1).strip().strip("()[] ")
    if "/" in rest and not SENT_END.search(rest) and len(rest.split()) <= 10:
        return rest  # "Image: Anna Berg/Agency"
    return None


# a bar of site links, two items or more: "Subscribe | Log in", "News | Politics | World"
SITE_BAR = re.compile(r"^\s*[^|.!?]{1,30}(?:\|\s*[^|.!?]{1,30})+$")
# the account links of a site's bar: "Subscribe | Log in", "Sign in | Newsletter"
ACCOUNT_LINK = re.compile(r"^\s*(?:subscribe|log ?in|sign ?in|sign up|register|newsletters?|e-?paper|my account)\s*$", re.I)
# the section kicker over a headline: "News > Queensland", "UAE > Government"
BREADCRUMB = re.compile(r"^\s*[^>›»|.!?]{1,30}(?:\s+[>›»]\s+[^>›»|.!?]{1,30})+\s*$"
                        r"|^\s*[^/|.!?]{1,30}(?:\s+/\s+[^/|.!?]{1,30}){2,}\s*$"  # "News / Counties / Town"
                        r"|^\s*[^/|.!?a-z]{1,30}\s+/\s+[^/|.!?a-z]{1,30}\s*$")  # "WORLD / ASIA" in capitals
# a copyright line: "© 2025 Name. All rights reserved.", "Copyright © 2025, Name", "ⓒ Name. Unauthorized …"
COPYRIGHT = re.compile(r"^\s*(?:copyright\s*)?(?:©|ⓒ|\(c\))", re.I)
# a photo credit after "©" (or "Copyright ©") ending a caption kept as text: "… on December 12, 2025. © Anna Berg, AFP"
CREDIT_COPYRIGHT = re.compile(r"(?<=[.!?)”\"])\s+(?:(?i:copyright)\s*)?[©ⓒ]\s*([A-Z][^©ⓒ.!?]{1,80}?)\s*$")
# the links of a site's footer bar, after the publisher's name: "Name | About Us | Contact Us | Privacy Policy"
# a desk's contact in the footer: "Contact: Anna Berg, Business Desk" (the name is a staff credit)
CONTACT_CREDIT = re.compile(r"\b(?i:contact|enquiries|inquiries)\s*:\s*"
                            r"((?:[A-ZÀ-Þ][\w.'’-]+\s+){1,3}[A-ZÀ-Þ][\w.'’-]+)"
                            r"\s*,\s*(?:[A-Z][\w&'’-]*\s+){0,3}(?i:desk|newsroom|bureau|team)\b")
# a section kicker before the byline on one line: "SPORT | by Anna Berg", "Opinion · By Anna Berg"
SECTION_KICKER_BY = re.compile(r"^\s*[A-Za-z][\w&'’ -]{1,30}?\s*[|•·]\s*(?=(?i:by)\s+[A-Z])")
# the names of a news site's sections, for a masthead that carries its section: "THE DAILY PLANET — BUSINESS"
SECTION_NAMES = frozenset({
    "news", "politics", "business", "sport", "sports", "world", "opinion", "comment", "culture", "arts", "lifestyle",
    "travel", "health", "science", "technology", "tech", "local", "national", "international", "environment",
    "education", "entertainment", "money", "finance", "features", "weather", "property", "motoring", "obituaries",
    "local news", "world news", "uk news", "us news"})
SITE_LINK = re.compile(r"^\s*(?:about(?: us)?|contact(?: us)?|privacy(?: policy| notice)?|terms.*|cookies?.*|legal.*|"
                       r"advertise.*|careers|sitemap|accessibility|subscribe|help|faq|conversation guidelines|"
                       r"report a comment|corrections)\s*$", re.I)


def _masthead(plains: list[str]) -> tuple[list[int], str] | None:
    """Find the site's masthead over its section bar: "The Mercury" / "Subscribe | Log in".

    A web page saved as text opens with the outlet's name, maybe its tagline,
    then the section bar (a line of items between bars) or the section's
    breadcrumb ("News > Local News").  The first line, of
    at most five words and no sentence punctuation, is then the outlet, not the
    headline; a tagline between it and the bar goes with it.

    Args:
        plains: the plain text of every line.

    Returns:
        (the line indices of the masthead and tagline, the outlet's name), or None.
    """
    from .gazetteer import load_gazetteer

    filled = [i for i, p in enumerate(plains) if p.strip()][:3]
    if len(filled) < 2:
        return None
    # a logo's mark after the name ("THE DAILY PLANET*", "Planet®") is no part of it
    first = plains[filled[0]].strip().rstrip("*®™†✱ ")
    if re.fullmatch(r"[a-z]\w+\.", first) and NAV_BAR.match(plains[filled[1]]):
        first = first[:-1]  # a lower-case logo with its full stop over the section bar ("planetnews.")
    parts = re.split(r"\s+[—–-]\s+|\s*\|\s*", first)
    if len(parts) == 2 and parts[1].casefold() in SECTION_NAMES and 1 <= len(parts[0].split()) <= 5 and \
            not SENT_END.search(parts[0]) and parts[0][:1].isupper() and plains[filled[1]].strip()[-1:] not in ".!?":
        # "THE DAILY PLANET — BUSINESS", "Daily Planet | Politics": the masthead with its section, over the headline
        entry = load_gazetteer().lookup(parts[0])
        name = entry.name if entry is not None and entry.cls == "Organization" else uncapitalise_name(parts[0])
        return [filled[0]], name
    if len(first.split()) > 5 or SENT_END.search(first) or "|" in first:
        return None
    bar = next((k for k, i in enumerate(filled[1:], 1) if NAV_BAR.match(plains[i]) or BREADCRUMB.match(plains[i]) or (
        SITE_BAR.match(plains[i]) and all(ACCOUNT_LINK.match(p) for p in plains[i].split("|")))), None)
    if bar is None or plains[filled[1]].strip()[-1:] in ".!?":
        return None
    used = list(range(filled[0], filled[bar] + 1))
    j = filled[bar] + 1
    while j < len(plains) and (not plains[j].strip() or SITE_BAR.match(plains[j])):
        used.append(j)  # the section bar and the account bar ("Subscribe | Log in") go with the masthead
        j += 1
    entry = load_gazetteer().lookup(first)
    name = entry.name if entry is not None and entry.cls == "Organization" else uncapitalise_name(first)
    return used, name


def _publisher(plain: str) -> str | None:
    """Read the publisher's name off a copyright line or a site's footer bar.

    "© 2025 Premium Times Services Limited. All rights reserved.", "Copyright ©
    2025, Radio New Zealand", "ⓒ Herald Corporation. Unauthorized …", and a
    footer bar whose other items are the site's links ("France Médias Monde |
    Legal notices | Cookies | Contact") name the publisher.

    Args:
        plain: a line's plain text.

    Returns:
        The name, or None.
    """
    parts = [p.strip() for p in plain.split("|")]
    if not COPYRIGHT.match(plain) and not (len(parts) >= 2 and all(SITE_LINK.match(p) for p in parts[1:] if p)):
        return None
    name = re.sub(r"^\s*(?:copyright\s*)?(?:©|ⓒ|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*", "",
                  parts[0], flags=re.I)
    name = re.split(r"\s+[-–—]\s+|\.\s|\.$|,\s*all rights", name, maxsplit=1, flags=re.I)[0]
    name = re.sub(r"[\s,]+\d{4}$", "", name.strip()).strip(" .,")
    name = re.sub(r"\s*(?:©|ⓒ|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?$", "", name, flags=re.I).strip(" .,")  # "Name © 2025"
    words = name.split()
    if not 1 <= len(words) <= 6 or not name[:1].isupper() or SITE_LINK.match(name) or \
            name.casefold().startswith("all rights"):
        return None
    return name


# a copyright line's later sentence naming the publisher's group: "A Name Media Group publication.", "Name Media Ltd."
PARENT_PUBLICATION = re.compile(r"^(?:[Aa]n?)\s+((?:[A-Z][\w&'’.-]*\s+){0,5}(?:[A-Z][\w&'’.-]*|plc|ltd))\s+"
                                r"(?i:publication|title|website|brand|subsidiary|company)$")
PARENT_COMPANY = re.compile(r"^((?:[A-Z][\w&'’-]*\s+){1,5}(?:Ltd|Limited|PLC|plc|Inc|LLC|Pty|S\.\s?L|S\.\s?A|GmbH|SAS))\.?$")


#: a second publisher after a spaced dash closing the copyright holder: "© Tolsa News Agency – Editora Varnay"
PUBLISHER_AFTER_DASH = re.compile(r"\S\s+[–—-]\s+((?:[A-ZÀ-Þ][\w&'’.-]*|de|del|la|of|and|&)"
                                  r"(?:\s+(?:[A-ZÀ-Þ][\w&'’.-]*|de|del|la|of|and|&)){0,4})$")


def _parent_publishers(plain: str) -> list[str]:
    """Read the publisher's group off the later sentences of a copyright line.

    "© 2025 The Daily Name. All rights reserved. A Name Media Group
    publication.", "… A Name Company.", "© Copyright 2001-2025. Name is part of our network.
    Name Media Group Ltd.", "© 2025 a Name plc subsidiary" and "© 2025 Name
    Online | Name Media Ltd." name the company that owns the site besides (or
    instead of) the site itself.

    Args:
        plain: a copyright line's plain text.

    Returns:
        The names found (possibly none).
    """
    out = []
    # "© 2025 a Name plc subsidiary": the sign and the year open no sentence
    bare = re.sub(r"^\s*(?:copyright\s*)?(?:©|ⓒ|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*",
                  "", plain, flags=re.I)
    parts = re.split(r"\s+\|\s+", bare.strip().rstrip("."))
    sentences = [x for i, part in enumerate(parts) for x in re.split(r"(?<=[a-z)’'])\.\s+", part)
                 if i == 0 or not SITE_LINK.match(part)]  # "Name Online | Name Ltd.": the company after the bar
    for n, sentence in enumerate(sentences):
        sentence = sentence.strip().rstrip(".")
        m = PARENT_PUBLICATION.match(sentence) or PARENT_COMPANY.match(sentence)
        if m and not SITE_LINK.match(m.group(1)):
            out.append(m.group(1).strip())
        head = re.split(r"\.\s+|\.$|,\s*all rights", sentence, maxsplit=1, flags=re.I)[0].strip()
        dashed = PUBLISHER_AFTER_DASH.search(head) if n == 0 else None
        if dashed and not m and not SITE_LINK.match(dashed.group(1)) and len(dashed.group(1).split()) >= 2 and \
                not _names_place(dashed.group(1)) and \
                not re.match(r"(?i)all\s+rights|powered\s+by|since\b|est\b", dashed.group(1)):
            out.append(dashed.group(1))  # "© Name Agency – Name Publisher SA": the agency's state publisher
    return out


def _is_heading(text: str) -> bool:
    """A short line with no sentence punctuation at its end, or a line in single quotes."""
    words = text.split()
    if not words or len(words) > 14:
        return False
    if re.fullmatch(r"['‘].+['’]", text) and not text.startswith(("'s", "’s")):
        return True
    if text[0] in "\"“":
        return False
    return not SENT_END.search(text)


def clean_article(raw: str, article_id: str, path: str = "") -> Article:
    """Clean a raw article text and collect its metadata.

    Args:
        raw: the decoded file text.
        article_id: the file name.
        path: where it was read from.

    Returns:
        The :class:`Article`, with ``text`` ready for spaCy and ``segments``
        mapping it back to ``raw``.
    """
    hi = len(raw)
    html = looks_like_html(raw)
    if html:
        # keep the raw, but blank tags; block tags become line breaks
        chars = list(raw)
        for m in HTML_BLOCK.finditer(raw):
            for i in range(m.start(), m.end()):
                chars[i] = " " if chars[i] != "\n" else "\n"
        for m in HTML_TAG.finditer("".join(chars)):
            brk = HTML_BREAK.match(m.group(0))
            for i in range(m.start(), m.end()):
                chars[i] = " " if chars[i] != "\n" else "\n"
            if brk:
                chars[m.start()] = "\n"
        work = "".join(chars)
    else:
        work = raw

    lines = _lines(work, 0, hi)
    meta: dict[str, str] = {}
    credits: list[str] = []
    holders: list[str] = []  # publishers of copyright lines and footer bars
    staff: list[tuple[str, str]] = []  # (name, post) of credit lines after the author's ("Editor: Karl Weber")
    paragraphs: list[list[tuple[int, int]]] = []  # kept raw intervals per paragraph
    captions: list[list[tuple[int, int]]] = []  # the descriptions of dropped captions, kept after the story
    prev_plain = None
    byline_at: int | None = None
    seen_body = False
    expect_url = False
    n = len(lines)
    plains = [_plain(work[ln.start:ln.end]) for ln in lines]
    counts: dict[str, int] = {}
    for p in plains:
        if len(p.split()) >= 5:
            counts[p] = counts.get(p, 0) + 1

    skip: set[int] = set()  # lines of a byline block already read
    in_comments = False
    head = _masthead(plains)
    if head is not None:
        meta["outlet"] = head[1]
        skip.update(head[0])
        for i in head[0]:
            _network_tagline(plains[i], holders)  # "Part of the Planet Today Network" under the masthead
    for idx, ln in enumerate(lines):
        if idx in skip:
            continue
        s = work[ln.start:ln.end]
        plain = plains[idx]
        if plain and BREADCRUMB.match(plain) and not seen_body:
            continue  # "News > Queensland": the section kicker, neither headline nor text
        edition = PRINT_EDITION.match(plain) if plain and seen_body else None
        if edition and not _names_place(edition.group("name")):
            if edition.group("name") not in holders:
                holders.append(edition.group("name"))  # "Published in Name, December 5th, 2025": the publisher
            continue
        if plain and not seen_body and _network_tagline(plain, holders):
            continue  # "Part of the Planet Today Network": the outlet's network
        mc = CONTACT_CREDIT.search(plain) if plain and seen_body else None
        if mc and mc.group(1) not in credits:
            credits.append(mc.group(1))  # "Contact: Anna Berg, Business Desk": the desk's journalist
        if mc and re.match(r"\s*(?i:contact|enquiries|inquiries)\b", plain):
            continue
        holder = _publisher(plain) if plain and (COPYRIGHT.match(plain) or seen_body) else None
        parents = _parent_publishers(plain) if plain and COPYRIGHT.match(plain) else []
        if holder or parents:
            for name in ([holder] if holder else []) + parents:
                if name not in holders:
                    holders.append(name)  # "© 2025 Premium Times Services Limited. All rights reserved."
            continue
        m = URL_LINE.match(s.strip())
        if m and (expect_url or m.group(1) or len(s.split()) == 1):
            meta.setdefault("url", m.group(2).rstrip(">)"))
            expect_url = False
            continue
        if not plain:
            continue
        if in_comments:
            holder = _publisher(plain) if COPYRIGHT.match(plain) or "|" in plain else None
            if holder and holder not in holders:
                holders.append(holder)  # the site's footer after the reader comments
            continue
        if COMMENTS_START.match(plain):
            bare_count = len(plain.split()) <= 5
            if seen_body and not (bare_count and len(paragraphs) <= 1):
                in_comments = True  # nothing after is article text, but the footer's publisher
                continue
            if bare_count:
                continue  # a comment count in the header ("Comments (3)", after a standfirst) is no article text
        if ADVERT.match(plain) or RELATED.match(plain) or BOILER.match(plain):
            continue
        if URL_LABEL.match(plain):
            expect_url = True
            continue
        m = REPUBLISHED.match(plain)
        if m:
            meta.setdefault("outlet", m.group(5).strip().rstrip("."))
            continue
        m = POSTED_BY.match(plain)
        if m and DATE_WORD.search(m.group("date")):
            meta.setdefault("date", m.group("date").strip())
            plain = "By " + m.group("who")
        mk = SECTION_KICKER_BY.match(plain) if not seen_body and "author" not in meta else None
        if mk:
            plain = plain[mk.end():]  # "SPORT | by Anna Berg": the section's name, then the byline
        m = BYLINE.match(plain)
        if m and len(plain.split()) <= 16 and not SENT_END.search(plain.rstrip(")")):
            _byline(m.group(1), meta)
            byline_at = idx
            continue
        if byline_at is not None and all(not plains[j] for j in range(byline_at + 1, idx)) and \
                BYLINE_TITLE_LINE.match(plain) and "author" in meta:
            meta.setdefault("author_title", plain.strip())  # "By Anna Berg" / "Staff writer"
            byline_at = None
            continue
        m = BYLINE_LABEL.match(plain)
        names = _byline_names(m.group(2)) if m and not SENT_END.search(plain) else None
        label = m.group("label").lower() if m else ""
        if names is not None and "author" not in meta:
            _byline(m.group(2), meta)  # "WRITER: Anna Berg"
            if label in STAFF_CREDIT_LABELS and len(names[0]) == 1:
                meta.setdefault("author_title", label.capitalize())  # "Reporter: Anna Berg"
            continue
        if names is not None and label in STAFF_CREDIT_LABELS and len(names[0]) == 1:
            # "Reporter: Anna Berg" / "Editor: Karl Weber": the agency's closing credits name a second staff member
            staff.append((uncapitalise_name(names[0][0]), label.capitalize()))
            continue
        m = PIPE_BYLINE.match(plain)
        if m and not seen_body and "author" not in meta and "photographer" not in m.group(2).lower():
            _byline(m.group(1), meta)  # "ANNA BERG | Staff Writer" (a photographer's bar line is a credit)
            meta.setdefault("author_title", m.group(2).strip())
            continue
        mt = (TRANSLATOR_CREDIT.search(plain) or STAFF_CREDIT.search(plain)) if len(plain.split()) <= 16 else None
        if mt:
            credits.append(mt.group(1).strip())  # "Read in Spanish | Translated by Anna Berg": the translator
            desk = mt.groupdict().get("desk")
            if desk and plain.lstrip(" -–—").lower().startswith("contributing") and desk.strip() not in holders:
                holders.append(desk.strip())  # "Contributing: Anna Berg, PLANET TODAY": the network's own outlet
            continue
        if NAV_BAR.match(plain) and not seen_body:
            continue  # "News | Politics | World": a section bar, neither headline nor text
        m = PIPE_OUTLET_BYLINE.match(plain)
        if m and len(paragraphs) <= 1 and "author" not in meta and _known_outlet(m.group("outlet")) and \
                (names := _byline_names(m.group("who"))) is not None and not names[1]:
            meta["author"] = " and ".join(uncapitalise_name(n) for n in names[0])  # "Anna Berg | Planet News"
            meta.setdefault("outlet", _outlet_name(m.group("outlet")))
            continue
        # a byline without "By", in the header (a standfirst may come first) after the headline
        hb = _header_byline(plains, idx) if "author" not in meta and "title" in meta and len(paragraphs) <= 1 else None
        if hb:
            skip.update(hb[0])
            for key, value in hb[1].items():
                meta.setdefault(key, value)
            continue
        if DATE_LINE.match(plain) and len(plain) < 60:
            meta.setdefault("date", plain.strip())
            continue
        m = NAME_DATE_LINE.match(plain)
        if m and len(paragraphs) <= 2 and "author" not in meta and DATE_LINE.match(m.group("date")) and \
                (names := _byline_names(m.group("who"))) is not None:
            meta["author"] = " and ".join(uncapitalise_name(n) for n in names[0])  # "Anna Berg , Tuesday 14 Oct 2025"
            meta.setdefault("date", m.group("date").strip())
            continue
        mpd = PLACE_DATE_LINE.match(plain) if len(plain) < 70 and (not seen_body or len(paragraphs) <= 2) else None
        if mpd and seen_body and not mpd.group("place").isupper():
            mpd = None  # after a standfirst only a dateline in capitals ("VARNAY CITY, Thurs. Dec. 11, 2025") counts
        at = s.find(mpd.group("place")) if mpd else -1
        if mpd and at >= 0:
            # "Tarifa - FEB 03, 2025 - 09:10 CET": the date goes to the metadata, the place stays as text
            meta.setdefault("date", mpd.group("date").strip())
            paragraphs.append([(ln.start + at, ln.start + at + len(mpd.group("place")))])
            continue
        # photo captions and credits
        mf = CREDIT_FIELDS.match(plain)
        if mf:
            credit = f"{mf.group('name')}/{mf.group('agency')}"  # "Credits: Agency; Author: X;": X/Agency
            if credit not in credits:
                credits.append(credit)
            continue
        ms = SOURCE_CREDIT.match(plain)
        if ms:
            if ms.group(1) not in credits:
                credits.append(ms.group(1))  # "Source: Anna Berg/PLANET NEWS": a picture's credit
            continue
        if PHOTO_PREFIX.match(plain) or GALLERY_CAPTION.match(plain):
            credit = _caption_credit(plain)
            if credit and credit not in credits:
                credits.append(credit)
            body = _caption_body(s, plain)
            if body is not None:
                captions.append([(ln.start + body[0], ln.start + body[1])])
            continue
        if counts.get(plain, 0) > 1:  # a repeated caption line
            mc = CREDIT_DASH.search(plain) or CREDIT_SLASH.search(plain)
            if mc and mc.group(1).strip() not in credits:
                credits.append(mc.group(1).strip())
            continue
        mb = CREDIT_BOLD.search(s)
        whole_bold = mb is not None and not s[:mb.start()].strip()  # a bold line alone is a heading, not a credit
        if mb and not whole_bold and ("/" in mb.group(1) or (len(mb.group(1).split()) <= 5
                                                          and not SENT_END.search(mb.group(1)))):
            credits.append(mb.group(1).strip())
            continue
        mc = CREDIT_SLASH.search(plain)
        if mc and "/" in mc.group(1):
            credits.append(mc.group(1).strip())
            continue
        mp = PHOTO_SUFFIX.search(plain) or CREDIT_COURTESY.search(plain) or (
            CREDIT_DASH_COPYRIGHT.search(plain) if CAPTION_LABEL.match(plain) else None)
        caption_del: list[tuple[int, int]] = []
        if mp and len(plain.split()) <= 60:
            credits.append(mp.group(1).strip())  # "… on Monday. Photograph: Name/Agency"
            body = _caption_body(s, plain, labelled=False)
            if body is not None:
                captions.append([(ln.start + body[0], ln.start + body[1])])
            continue
        mn = CREDIT_NAME_AGENCY.search(plain)
        if mn and CREDIT_NAME_AGENCY.search(s):
            credits.append(f"{mn.group(1).strip()}/{mn.group(2).strip()}")  # "… on Thursday. ANNA BERG (EFE)"
            ms = CREDIT_NAME_AGENCY.search(s)
            caption_del = [(ms.start(), ms.end())]
        mc = CREDIT_AGENCY.search(plain)
        if mc and len(plain.split()) <= 60 and (mc.group(1).count("/") >= 2 or mc.start(1) > 0):
            credits.append(mc.group(1).strip())  # "… March 11, 2025. REUTERS/Name/File Photo"
            continue
        mf = FOOTER.match(plain)
        is_footer = bool(mf and idx >= n * 0.6 and len(plain.split()) <= 30)
        nxt = next((plains[j] for j in range(idx + 1, n) if plains[j]), "")
        continues = bool(nxt) and nxt[0].islower() and not BYLINE.match(nxt) and not POSTED_BY.match(nxt)
        cc = CREDIT_COPYRIGHT.search(s) if CREDIT_COPYRIGHT.search(plain) else None
        speech = seen_body and QUOTED_SENTENCE_END.search(plain) is not None  # body text, no crosshead
        if _is_heading(plain) and not continues and not is_footer and cc is None and not caption_del and not speech:
            if not seen_body and "title" not in meta and len(plain.split()) >= 2:
                meta["title"] = plain.strip("'‘’ ")
            continue
        if not seen_body and "title" not in meta and (not SENT_END.search(plain) or (
                QUOTED_HEADLINE_END.search(plain) and not re.search(r"[.!?]\s", plain))) \
                and len(plain.split()) <= 25 and not continues \
                and not caption_del:
            meta["title"] = plain
            continue
        if is_footer:
            meta.setdefault("footer_author", mf.group(1))
        bar = CREDIT_BAR.search(s)
        bar_del = list(caption_del)
        if not bar_del and bar and CREDIT_BAR.search(plain) and not any(c.islower() for c in bar.group(1)):
            credits.append(bar.group(1).strip())  # the caption stays, its credit goes
            bar_del = [(bar.start(), bar.end())]
        if not bar_del and cc:
            credits.append(cc.group(1).strip())  # "… on December 12, 2025. © Anna Berg, AFP": the credit goes
            bar_del = [(cc.start(), cc.end())]
        ci = CREDIT_IN_BRACKETED_CAPTION.search(s) if not bar_del and plain.lstrip().startswith("[") else None
        if ci and CREDIT_IN_BRACKETED_CAPTION.search(plain):
            credits.append(ci.group(1).strip())  # "[Photo: … (Photo: Anna Berg/Planet)]": the credit goes
            bar_del = [(ci.start(), ci.end())]
        cb = CREDIT_BRACKET_AFTER_CAPTION.search(s) if not bar_del else None
        if cb and CREDIT_BRACKET_AFTER_CAPTION.search(plain):
            credits.append(cb.group(1).strip())  # "… in November. (DP/Anna Berg)": the caption stays, its credit goes
            bar_del = [(cb.start(), cb.end())]
        seen_body = True
        kept = [(ln.start + a, ln.start + b) for a, b in _keep(s, _inline_deletions(s) + bar_del)]
        # trim outer whitespace
        while kept and not work[kept[0][0]:kept[0][1]].strip():
            kept.pop(0)
        while kept and not work[kept[-1][0]:kept[-1][1]].strip():
            kept.pop()
        if not kept:
            continue
        a0, b0 = kept[0]
        kept[0] = (a0 + len(work[a0:b0]) - len(work[a0:b0].lstrip()), b0)
        a1, b1 = kept[-1]
        kept[-1] = (a1, b1 - (len(work[a1:b1]) - len(work[a1:b1].rstrip())))
        if paragraphs and prev_plain is not None and not SENT_END.search(prev_plain) and plain[0].islower():
            paragraphs[-1].append((-1, -1))  # a broken paragraph: join with a space
            paragraphs[-1].extend(kept)
        else:
            paragraphs.append(kept)
        prev_plain = plain

    # assemble: the story, then (apart from it, its offsets going on after a paragraph break) the captions
    segs: list[Segment] = []
    texts: list[str] = []
    pos = 0
    for part in (paragraphs, captions):
        out: list[str] = []
        if texts:
            pos += 2
        for pi, para in enumerate(part):
            if pi:
                out.append("\n\n")
                pos += 2
            for a, b in para:
                if a < 0:
                    out.append(" ")
                    pos += 1
                    continue
                piece = work[a:b]
                segs.append(Segment(clean_start=pos, raw_start=a, length=b - a))
                out.append(piece)
                pos += b - a
        texts.append("".join(out))
    text, caption_text = texts
    author = meta.get("author") or meta.get("footer_author")
    if author:
        author = re.sub(r"[\[\]()*_]", "", author).strip()
        if "author_title" not in meta:
            # an author card after the story: the byline's name alone on a line, "Journalist" on the next
            card = re.search(rf"^[ \t]*{re.escape(author)}[ \t]*\n[ \t]*({_STAFF_TITLE})[ \t]*$", raw, re.M | re.I)
            if card:
                meta["author_title"] = card.group(1).strip()
    return Article(
        id=article_id, path=path, raw=raw, text=text, segments=tuple(segs),
        title=meta.get("title"), author=author, date=_iso_date(meta.get("date")), url=meta.get("url"),
        outlet=meta.get("outlet"), photo_credits=tuple(credits), author_title=meta.get("author_title"),
        copyright_holders=tuple(holders), filed_from=meta.get("filed_from"), staff_credits=tuple(staff),
        captions=caption_text,
    )


def _iso_date(text: str | None) -> str | None:
    """Turn a date line into ISO 8601 (YYYY-MM-DD), or None."""
    if not text:
        return None
    from datetime import datetime

    t = re.sub(r"^(published|updated|posted)( on)?\s*[:\-–—]?\s*", "", text.strip(), flags=re.I)
    t = re.sub(r"^\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?,?\s+", "", t, flags=re.I)  # the time before the date
    t = re.sub(rf"^{_WEEKDAY},?\s+", "", t, flags=re.I)
    t = re.sub(r"\bSept\b", "Sep", t, flags=re.I)
    t = re.sub(r"\s*(at\s+)?\d{1,2}[:.]\d{2}.*$", "", t).replace(",", "").replace(".", "")
    for fmt in ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%b %d %Y"):
        try:
            return datetime.strptime(t.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def read_bytes(path: Path) -> bytes:
    """Read an article file's bytes, refusing what is no regular file.

    Args:
        path: the file.

    Returns:
        The bytes.

    Raises:
        ArticleError: with the reason (folder, pipe or device, too large,
            permission denied, symlink loop, other read errors).
    """
    try:
        st = Path(path).stat()
        if stat.S_ISDIR(st.st_mode):
            raise ArticleError("is a directory")
        if not stat.S_ISREG(st.st_mode):  # a named pipe would block the read forever
            raise ArticleError("not a regular file (device, socket or pipe)")
        if st.st_size > MAX_BYTES:
            raise ArticleError(f"file too large ({st.st_size} bytes > {MAX_BYTES})")
        return Path(path).read_bytes()
    except PermissionError as exc:
        raise ArticleError("permission denied") from exc
    except IsADirectoryError as exc:
        raise ArticleError("is a directory") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArticleError("symlink loop") from exc
        raise ArticleError(f"cannot read: {exc.strerror or exc}") from exc


def article_from_bytes(data: bytes, article_id: str, path: str = "") -> Article:
    """Decode and clean an article's bytes.

    Args:
        data: the file content.
        article_id: the article id.
        path: where it was read from.

    Returns:
        The cleaned :class:`Article`.

    Raises:
        ArticleError: when the bytes are empty or binary, or no article text is left.
    """
    raw, _enc = decode(data)
    art = clean_article(raw, article_id, path)
    if not art.text.strip():
        raise ArticleError("no article text after cleaning")
    return art


def read_article(path: Path, article_id: str | None = None) -> Article:
    """Read, decode and clean one article file.

    Args:
        path: the file.
        article_id: the id to use (default: the file name).

    Returns:
        The cleaned :class:`Article`.

    Raises:
        ArticleError: when the file is unreadable, empty, binary, too large or
            has no article text after cleaning.
    """
    path = Path(path)
    return article_from_bytes(read_bytes(path), article_id or path.name, str(path))
