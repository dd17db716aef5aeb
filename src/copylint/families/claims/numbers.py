"""Which numbers in a sentence are statistics about the world.

News copy is full of numbers that are not claims: dates, times, ages, scores, street numbers,
counts of people in one event ("police arrested two men"). A *statistic* here is a number that
measures something and so needs a source: a percentage, a sum of money, a magnitude in
millions, a ratio ("one in five", "two-thirds of"), a multiplier ("doubled", "three times as
many"), or a large count written with thousands separators ("100,000 public bodies").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from copylint import matching

# Starts only where a figure starts: from every digit of "1.1.1.1..." the run was scanned again
# to its end (quadratic); now a run of digits and separators is read once.
_NUM = r"(?<!\d)(?<!\d[.,])\d+(?:[.,]\d+)*"


_WORDNUM = (
    "(?:"
    + (
        r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
        r"fifty|sixty|seventy|eighty|ninety|a\s+hundred|one\s+hundred|half\s+a|a\s+third\s+of\s+a"
    )
    + ")"
)
_MAG = r"(?:bn|tn|billion|million|trillion|thousand|mn)"
_CUR = r"(?:[£$€¥₹]|US\$|A\$|C\$|HK\$|NZ\$|Rs\.?\s?|R\$)"

PERCENT = rf"(?:{_NUM}|{_WORDNUM})(?:\s?%|\s?-?\s?(?:per\s?cent|percent|percentage\s+points?)\b)"
MONEY = (
    rf"{_CUR}\s?{_NUM}(?:\s?(?:{_MAG}|m|k)\b)?"
    rf"|\b{_NUM}\s?(?:{_MAG}\s+)?(?:pounds|dollars|euros|yen|yuan|rupees|francs|roubles|rubles|pesos|dinars|rand)\b"
    rf"|\b{_NUM}\s?(?:bn|m)\s+(?:pounds|dollars|euros|yen|yuan|rupees)\b"
)
MAGNITUDE = rf"\b{_NUM}\s?(?:billion|million|trillion|bn|tn)\b|\b(?:{_WORDNUM})\s+(?:billion|million|trillion)\b"
RATIO = (
    rf"\b(?:{_WORDNUM}|\d{{1,3}})\s+(?:in|out\s+of)\s+(?:every\s+)?(?:{_WORDNUM}|\d{{1,3}}(?:,\d{{3}})*)\b(?![\d,])(?!\s*(?:-|–)\s*\d)(?!\s+(?:minutes?|years?|days?|games?|matches|seasons?))"
    r"|\b(?:a|one|two|three|four)\s*-?\s*(?:thirds?|quarters?|fifths?|tenths?)\s+of\b"
    r"|(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bthe\s)\bhalf\s+of\s+(?:all\s+)?(?:the\s+)?(?:people|adults|children|"
    r"voters|women|men|households|families|companies|firms|businesses|workers|employees|respondents|"
    r"users|customers|consumers|americans|britons|europeans|patients|pupils|students|schools|hospitals|"
    r"those|them|its|their|his|her)\b"
)
MULTIPLIER = (
    r"\b(?:(?:doubled|tripled|trebled|quadrupled|halved)(?!\s+(?:the|its|his|her|their|our|a|an|this|that)\b)|(?:two|three|four|five|ten|\d+)[- ]?fold)\b"
    rf"|\b(?:twice|(?:{_WORDNUM}|\d+(?:\.\d+)?)\s+times)\s+(?:as\s+(?:many|much|likely|high|large|big|fast)|more|less|fewer|higher|lower|bigger|larger|greater|faster|smaller|the)\b"
)
BIG_COUNT = r"\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b(?!\s*(?:BC|AD|BCE|CE)\b)|\b\d{5,}\b"

STATISTIC_RX = matching.compile(
    "|".join(f"(?:{p})" for p in (PERCENT, MONEY, MAGNITUDE, RATIO, MULTIPLIER, BIG_COUNT)),
    re.IGNORECASE,
)
# Context that makes a big number something other than a statistic.
_NOT_STAT_BEFORE = matching.compile(
    r"(?:\b(?:no|number|nos|tel|telephone|phone|fax|flight|route|room|page|pages|p|pp|isbn|issn|code|"
    r"version|v|model|serial|case|ref|reference|postcode|zip|bus|channel|track|item|section|article|"
    r"clause|rule|chapter|grid|id|order|patent|account|lot|cve|rfc|ad|bc)\.?|#)\s*$",
    re.IGNORECASE,
)
_NOT_STAT_AFTER = matching.compile(
    r"^(?:\s*(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)\b|\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b|-[a-z])",
    re.IGNORECASE,
)
_DEFINITE_BEFORE = matching.compile(r"\b(?:the|its|their|his|her|our|these|those)\s+$|(?:'s|’s|s')\s+$", re.IGNORECASE)
# Counts of people at one event: "a crowd of 50,000", "Att: 50,430", "a 2,700-strong audience".
_EVENT_COUNT_BEFORE = matching.compile(
    r"\b(?:crowds?|attendance|att|audience|capacity|holds|gate|spectators|fans|turnout)\b[\s:]*(?:of\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
_PHONE = matching.compile(r"\d{3,}[ -]\d{3,}")


# Prices, stakes and rates set by someone are facts of a deal, not measurements of the world.
_LEVEL_BEFORE = matching.compile(
    r"(?:\b(?:interest|tax|VAT|duty|tariff|commission|discount|mortgage|base|lending|repo|savings|coupon|bond)\s+rates?(?:\s+\w+){0,2}"
    r"|\b(?:pays?|paying|paid|offers?|offering|yields?|charges?|charging|APR|AER|rate\s+of)|\btax\b[^.]{0,20})\s*(?:of\s+|at\s+|to\s+|-\s*currently\s+)?(?:about\s+|around\s+|just\s+)?$",
    re.IGNORECASE,
)
# "Reduced corporate tax rates to 30%": a level someone set, not a measurement.
_SET_TO = matching.compile(
    r"\b(?:cut|cuts|reduced|reduces|raised|raises|lowered|lowers|set|sets|fixed|capped|trimmed|hiked|increased|"
    r"increases|boosted|boosts)\s+(?!to\b|by\b)[^.;]{1,70}\b(?:to|by)\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_LEVEL_AFTER = matching.compile(
    r"^\s*(?:off\b|stake|holding|shareholding|interest\s+in|share\s+in|discount|of\s+(?:the\s+)?(?:shares|stake|equity)|owned)",
    re.IGNORECASE,
)
_DEAL_BEFORE = matching.compile(
    r"\b(?:for|bid|offer|paid|pay|pays|fined?|prize|jackpot|ransom|bail|settlement|damages|priced|bought|sold|"
    r"acquired?|takeover|deal|valued|valuing|salary|wage|contract|transfer|fee|pledged?|pledging|allocated?|"
    r"earmarked|budgeted|promised|committed|granted|awarded|donated|gave|offered|set\s+aside)\b(?:\s+(?:of|at|worth|about|around|some|up\s+to|nearly|almost|more\s+than|over))?\s*$",
    re.IGNORECASE,
)
# A sum that is what happened: takings, spending, costs, earnings ("the film took $28.5m", "schemes
# costing £885m", "will spend around $1bn"): the event the story reports, not a measurement.
_EVENT_MONEY_BEFORE = matching.compile(
    r"\b(?:took|take|takes|taken|takings|grossed|grosses|earned|earning|earns|made|raised|raising|raises|spend|spends|"
    r"spent|spending|invest|invests|invested|investing|restate\w*|netted|fetched|fetch|"
    r"generated|raked\s+in|lost|losses|owes|owed|debts?|loans?|budget|funding|revenues?|sales|turnover|"
    r"profits?|income)\b(?:\s+[\w'’-]+){0,4}?\s*(?:of|at|by|to|worth|about|around|some|up\s+to|nearly|almost|"
    r"more\s+than|over|just|only|a|an|an\s+estimated|a\s+further|another)?\s*$",
    re.IGNORECASE,
)
# "offered to supply 120,000 barrels", "plans to build 3,000 homes", "in order to attract $15bn of
# investment": a number someone intends or
# promises is a commitment to report, not a measurement of the world.
_INTENT_BEFORE = matching.compile(
    r"\b(?:offer(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|"
    r"intend(?:s|ed|ing)?|vow(?:s|ed|ing)?|propos(?:e|es|ed|ing)|want(?:s|ed)?|hop(?:e|es|ed|ing)|"
    r"target(?:s|ed|ing)?|in\s+order|so\s+as)\s+to\s+(?:[a-z]+\s+){1,3}?(?:about\s+|around\s+|up\s+to\s+|some\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# Market reports: share prices and indices moving are observed, not claimed.
MARKET_RX = matching.compile(
    r"\bshares?\s+(?:in|of)\b|\bshare\s+prices?\b|\bstock\s+prices?\b|\bshares\s+(?:rose|fell|were|closed|jumped|slid|dropped|climbed|gained|lost)\b|"
    r"\b(?:in|during)\s+(?:early\s+|late\s+|morning\s+|afternoon\s+|midday\s+|lunchtime\s+)?trad(?:e|ing)\b|"
    r"\b(?:FTSE|Dow\s+Jones|Nasdaq|Nikkei|Dax|Cac|Hang\s+Seng|S&P)\b|"
    r"\b(?:oil|crude|gold|silver|copper|nickel|commodity|metal|wheat|coffee|petrol)\s+prices?\b|\bbond\s+yields?\b|"
    r"\b(?:the\s+)?(?:dollar|pound|sterling|euro|yen)\s+(?:rose|fell|climbed|slid|dropped|jumped|gained|lost|was\s+(?:up|down))\b",
    re.IGNORECASE,
)


def statistics(text: str) -> Iterator[tuple[int, int]]:
    """Spans (offsets into ``text``) of statistics about the world in ``text``."""
    if not _ANY_NUMBER.search(text) or MARKET_RX.search(text) or len(text.split()) < 3:
        return  # a market report, or a table cell / results line
    for m in STATISTIC_RX.finditer(text):
        start, end = m.start(), m.end()
        token = m.group(0)
        before = text[max(0, start - 40) : start]
        if token[:1].isdigit() and start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-/#:"):
            continue  # part of a code, a range or a time: "A380", "10:30", "3-1"
        if _NOT_STAT_BEFORE.search(text[max(0, start - 16) : start]) or _INTENT_BEFORE.search(
            text[max(0, start - 60) : start]
        ):
            continue
        if re.fullmatch(r"\d{5,}", token) or re.fullmatch(r"\d{1,3}(?:,\d{3})+", token):
            if _DEFINITE_BEFORE.search(before):
                continue  # "the 5,808 Academy voters": a known body, counted

            if (
                _NOT_STAT_AFTER.search(text[end : end + 10])
                or _PHONE.match(text, start)
                or _EVENT_COUNT_BEFORE.search(before)
            ):
                continue
        if _MONEY_RX.fullmatch(token):
            if (
                not _MAGNITUDE_RX.search(token)
                or _DEAL_BEFORE.search(before)
                or _EVENT_MONEY_BEFORE.search(text[max(0, start - 60) : start])
                or re.search(r"[(;]\s*$", before)
                or _SET_TO.search(text[max(0, start - 90) : start])
            ):
                continue  # a price, a prize or a deal: an event, not a measurement
        elif _PERCENT_RX.fullmatch(token) and (
            _LEVEL_BEFORE.search(before)
            or _LEVEL_AFTER.match(text[end : end + 30])
            or _SET_TO.search(text[max(0, start - 90) : start])
        ):
            continue
        yield start, end


# Any figure or number word (only whether there is one is used). "\\w+fold" is written as
# "fold" after a word character: the same words, without backtracking through every word.
_ANY_NUMBER = matching.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|half|third|thirds|quarter|quarters|twice|doubled|tripled|trebled|"
    r"quadrupled|halved)\b|(?<=\w)fold\b",
    re.IGNORECASE,
)
_MONEY_RX = matching.compile(MONEY, re.IGNORECASE)
_PERCENT_RX = matching.compile(PERCENT, re.IGNORECASE)
_MAGNITUDE_RX = matching.compile(rf"{_MAG}|\d(?:m|k)\b|\d\s(?:m|k)\b", re.IGNORECASE)
