"""Dates the text gives for an act: "in March 2024", "founded in 2015", "on May 30, 2024"."""

from __future__ import annotations

import re

MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d|21\d\d)\b")
_MONTH = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\b", re.IGNORECASE)
_DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")


def normalise_date(text: str) -> str | None:
    """ISO form of a date expression: "2018", "2024-03", "2024-05-30"; None if it has no year."""
    year = _YEAR.search(text)
    if not year:
        return None
    month = _MONTH.search(text)
    if not month:
        return year.group(1)
    m = MONTHS[month.group(1).lower().rstrip(".")]
    rest = text[:year.start()] + " " + text[year.end():]
    rest = rest.replace(month.group(0), " ")
    day = _DAY.search(rest)
    if day and 1 <= int(day.group(1)) <= 31:
        return f"{year.group(1)}-{m:02d}-{int(day.group(1)):02d}"
    return f"{year.group(1)}-{m:02d}"


def _sentence_dates(trigger) -> list:
    """The DATE entities of the sentence of ``trigger``, as ``trigger.sent.ents`` gives them (the
    Doc's entities are read once and kept in its ``user_data``)."""
    data = trigger.doc.user_data
    ents = data.get("kg:ents")
    if ents is None:
        ents = data["kg:ents"] = tuple(trigger.doc.ents)
    sent = trigger.sent
    out = []
    for ent in ents:  # (as spaCy's Span.ents: those within the sentence, up to one that runs past it)
        if ent.start >= sent.start:
            if ent.end <= sent.end:
                if ent.label_ == "DATE":
                    out.append(ent)
            else:
                break
    return out


def date_of(trigger) -> str | None:
    """The date attached to the trigger's clause: a DATE entity whose head chain reaches the
    trigger (or the verb governing a noun trigger) through prepositions and modifiers only."""
    anchors = {trigger.i}
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.i != trigger.i:
        anchors.add(trigger.head.i)
        if trigger.head.dep_ == "prep":
            anchors.add(trigger.head.head.i)
    for ent in _sentence_dates(trigger):
        tok, hops = ent.root, 0
        while tok.head.i != tok.i and hops < 3:
            tok = tok.head
            hops += 1
            if tok.i in anchors:
                value = normalise_date(ent.text)
                if value:
                    return value
            if tok.pos_ in ("VERB", "AUX") and tok.i not in anchors:
                break
    return None
