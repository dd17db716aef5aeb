"""Cue lexicons for the claims family, compiled once.

General English patterns written for copylint. Entries marked in comments were cross-checked
against the public hedge and weasel lists by Titus Wormer (words/hedges 2.0.1, words/weasels
2.0.1, MIT, (c) 2014 Titus Wormer) and write-good's weasel-words (MIT); no list was copied whole.
"""

from __future__ import annotations

import re

from copylint import matching


def alt(words: str) -> str:
    """A regex alternation of ``|``-separated phrases, longest first, spaces as ``\\s+``.

    Phrases of one length are in alphabetical order: the pattern's text is then the same in every
    process (a set's order changes with the hash seed), so the analysis of it that
    :mod:`copylint.matching` keeps in the user cache is found again (it was made afresh by every
    run over many files: about 5 ms). The matches are the same in any order: two different
    phrases of one length cannot both match at one position (words and whitespace runs alike)."""
    items = sorted({w.strip() for w in words.split("|") if w.strip()}, key=lambda w: (-len(w), w))
    return "(?:" + ("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)) + ")"


def _forms(stems: str) -> str:
    """Verb forms from ``base/3rd/past[/participle]`` groups separated by spaces, grouped by
    first letter ("s(?:ay|ays|aid)|t(?:ell|...)"): ``re`` then tries one branch per letter,
    not hundreds, and compiles it as fast as the flat list (a full trie compiles 2.5 times
    slower). Every use ends the forms at a word boundary, so which form matches is not changed."""
    forms = sorted({form for group in stems.split() for form in group.split("/")})
    firsts = sorted({form[0] for form in forms})
    return "|".join(
        re.escape(first) + "(?:" + "|".join(re.escape(f[1:]) for f in forms if f[0] == first) + ")" for first in firsts
    )


def _pieces(stems: str) -> tuple[str, ...]:
    """The forms of :func:`_forms`, one alternation per first letter, in the same order
    ("say|says|said", "tell|tells|told"): alternatives for :func:`copylint.matching.gated`."""
    forms = sorted({form for group in stems.split() for form in group.split("/")})
    firsts = sorted({form[0] for form in forms})
    return tuple("|".join(re.escape(f) for f in forms if f[0] == first) for first in firsts)


# -- reporting verbs: who said, found, estimated ... ------------------------------------------
_REPORTING_STEMS = (
    "say/says/said/saying tell/tells/told add/adds/added state/states/stated"
    " estimate/estimates/estimated report/reports/reported find/finds/found show/shows/showed/shown"
    " reveal/reveals/revealed suggest/suggests/suggested claim/claims/claimed argue/argues/argued"
    " warn/warns/warned insist/insists/insisted announce/announces/announced confirm/confirms/confirmed"
    " predict/predicts/predicted forecast/forecasts note/notes/noted explain/explains/explained"
    " write/writes/wrote/written conclude/concludes/concluded calculate/calculates/calculated"
    " indicate/indicates/indicated admit/admits/admitted acknowledge/acknowledges/acknowledged"
    " deny/denies/denied believe/believes/believed think/thinks/thought expect/expects/expected"
    " project/projects/projected accuse/accuses/accused allege/alleges/alleged"
    " describe/describes/described maintain/maintains/maintained contend/contends/contended"
    " stress/stresses/stressed assert/asserts/asserted disclose/discloses/disclosed"
    " reckon/reckons/reckoned fear/fears/feared agree/agrees/agreed quote/quotes/quoted"
    " cite/cites/cited recall/recalls/recalled urge/urges/urged complain/complains/complained"
    " ask/asks/asked reply/replies/replied respond/responds/responded observe/observes/observed"
    " emphasise/emphasises/emphasised emphasize/emphasizes/emphasized declare/declares/declared"
    " testify/testifies/testified tweet/tweets/tweeted publish/publishes/published"
    " criticise/criticises/criticised criticize/criticizes/criticized"
    " dismiss/dismisses/dismissed reject/rejects/rejected learn/learns/learned/learnt"
    " understand/understands/understood discover/discovers/discovered"
)
REPORTING = _forms(_REPORTING_STEMS)
#: The reporting verbs by first letter: a text compiles only the letters whose verbs it holds.
REPORTING_PIECES = _pieces(_REPORTING_STEMS)
REPORTING_RX = matching.gated(REPORTING_PIECES, re.IGNORECASE, prefix=r"\b", suffix=r"\b")

# Verbs by which a vague *person* source asserts something ("experts say", "critics fear").
VAGUE_VERBS = _forms(
    "say/says/said argue/argues/argued believe/believes/believed claim/claims/claimed"
    " suggest/suggests/suggested think/thinks/thought contend/contends/contended"
    " maintain/maintains/maintained insist/insists/insisted warn/warns/warned fear/fears/feared"
    " agree/agrees/agreed point/points/pointed note/notes/noted estimate/estimates/estimated"
    " predict/predicts/predicted expect/expects/expected speculate/speculates/speculated"
    " assert/asserts/asserted allege/alleges/alleged consider/considers/considered"
    " regard/regards/regarded describe/describes/described reckon/reckons/reckoned"
    " worry/worries/worried question/questions/questioned criticise/criticises/criticised"
    " criticize/criticizes/criticized praise/praises/praised doubt/doubts/doubted"
    " dismiss/dismisses/dismissed forecast/forecasts suspect/suspects/suspected state/states/stated"
    " call/calls/called charge/charges/charged attack/attacks/attacked dispute/disputes/disputed"
    " deny/denies/denied reject/rejects/rejected hold/holds/held view/views/viewed see/sees/saw"
)
# Verbs by which a vague *document* source asserts something ("studies show", "figures suggest").
VAGUE_DOC_VERBS = _forms(
    "show/shows/showed/shown suggest/suggests/suggested find/finds/found indicate/indicates/indicated"
    " reveal/reveals/revealed prove/proves/proved/proven confirm/confirms/confirmed"
    " estimate/estimates/estimated predict/predicts/predicted say/says/said claim/claims/claimed"
    " point/points/pointed demonstrate/demonstrates/demonstrated conclude/concludes/concluded"
)
_AUX = (
    r"(?:(?:"
    + (
        r"have|has|had|would|will|could|might|may|can|do|does|did|also|often|long|widely|generally|commonly|now|still|even|already|repeatedly|increasingly|privately|openly|sometimes|frequently|usually|continue\s+to|tend\s+to|seem\s+to|appear\s+to|been|being|not|never"
    )
    + r")\s+){0,3}"
)

# Sources that are not sources: bare classes of people [weasels] ...
VAGUE_PEOPLE = (
    "experts|expert|critics|observers|commentators|pundits|scholars|academics|historians|scientists"
    "|researchers|economists|analysts|insiders|people|others|opponents|supporters|sceptics|skeptics"
    "|detractors|proponents|advocates|campaigners|activists|fans|onlookers|specialists"
    "|sources|doctors|psychologists|lawyers|theorists|writers|authors|reviewers|observers|many|some"
)
# Members of the public quoted as a class: vague only with a quantifier ("some residents say";
# "residents said" is an ordinary vox pop).
VAGUE_PUBLIC = "residents|locals|fans|parents|voters|workers|shoppers|users|customers|readers|viewers|listeners|members|staff|students|teachers|patients|drivers|passengers|farmers|businesses|owners"
# "critics of the plan argue": opponents of something are still unnamed.
_OF_WHAT = r"(?:of\s+(?:the\s+|this\s+|that\s+|these\s+|such\s+)?(?:[a-z][\w-]*\s+){1,3}?)?"
# ... and unnamed documents.
VAGUE_DOCS = "rumours|rumors|reports|studies|research|surveys|polls|evidence|statistics|figures|data"
VAGUE_QUANT = (
    "some|many|most|several|few|a few|numerous|various|countless|certain|other|a number of|a lot of"
    "|lots of|a host of|a growing number of|an increasing number of|a majority of|the majority of"
    "|unnamed|anonymous|independent|leading|top|prominent|respected|well-known|many other|some other"
    "|most other|western|foreign|outside|industry|city|market|political|legal|medical|military"
    "|financial|senior|modern|recent|previous|earlier|later|contemporary|new|latest"
)
# "experts say", "some critics have argued", "many believe", "studies show"
VAGUE_SOURCE_RX = matching.compile(
    rf"(?<![\w'’-])(?<!\bthe\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bsuch\s)"
    rf"(?:{alt(VAGUE_QUANT)}\s+){{0,2}}"
    rf"(?:(?:{VAGUE_PEOPLE})\s+{_OF_WHAT}{_AUX}(?:{VAGUE_VERBS})|(?:{VAGUE_DOCS})\s+{_AUX}(?:{VAGUE_DOC_VERBS})|"
    rf"(?:some|many|most|other|several)\s+(?:{VAGUE_PUBLIC})\s+{_AUX}(?:{VAGUE_VERBS}))\b"
    rf"(?!\s+(?:by|to\s+(?:be|have)\b))",
    re.IGNORECASE,
)
# ", say experts", "said some analysts" (inverted attribution, with no named source after).
VAGUE_INVERTED_RX = matching.compile(
    rf"\b(?:say|says|said|argue|argues|argued|claim|claims|claimed|believe|believes|warn|warns|warned)\s+"
    rf"(?:{alt(VAGUE_QUANT)}\s+){{0,2}}"
    rf"(?:experts|critics|observers|commentators|analysts|economists|scientists|researchers|insiders|sources|"
    rf"opponents|supporters|campaigners|activists|scholars|historians|others|some|many)\b"
    rf"(?!\s+(?:at|from|with|close|in|for|of|who|familiar|working|based|including|such)\b)"
    rf"(?!\s+[A-Z])",
    re.IGNORECASE,
)
# "according to some", "according to reports", "according to a recent study"
VAGUE_ACCORDING_RX = matching.compile(
    r"\baccording\s+to\s+(?:(?:some|many|most|several|various|unnamed|anonymous|other|recent|media|press|news|unconfirmed|local|one|a|an|the|new|a\s+recent|a\s+new)\s+)*"
    r"(?:experts?|critics|observers|commentators|analysts|economists|scientists|researchers|insiders|sources?|"
    r"reports?|rumou?rs|accounts?|estimates?|studies|study|surveys?|polls?|research|legend|tradition|some|many|"
    r"others|people|historians|scholars|witnesses|claims)\b"
    r"(?!\s+(?:by|from|of|at|in|published|commissioned|conducted|carried|released|issued|with|for|close|familiar|compiled|prepared)\b)"
    r"(?![\s-]+(?:panel|group|committee|body|witness|report|review|team|assessment|analysis|opinion|evidence)\b)"
    r"(?!,?\s+(?:including|such\s+as)\b)",
    re.IGNORECASE,
)
# "a recent study found", "research shows", "one survey suggested" (no named author)
VAGUE_STUDY_RX = matching.compile(
    r"(?<![\w'’-])(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bits\s)"
    r"(?:(?:a|an|one|some|several|many|numerous|recent|new|other|previous|earlier|various|independent|"
    r"scientific|medical|academic|published|recently\s+published|more|further|most|many\s+other)\s+){0,4}"  # bounded: "*" rescanned every run of such words from each of its words
    r"(?:study|studies|research|survey|surveys|report|reports|poll|polls|analysis|analyses|paper|papers|"
    r"evidence|experiments?|tests|trials|investigations)\s+"
    r"(?:(?:has|have|had|also|now|consistently|repeatedly|clearly|already)\s+){0,2}"
    r"(?:shows?|showed|shown|suggests?|suggested|finds?|found|indicates?|indicated|reveals?|revealed|"
    r"proves?|proved|proven|confirms?|confirmed|concludes?|concluded|claims?|claimed|demonstrates?|demonstrated)\b",
    re.IGNORECASE,
)
# Bare pronoun-like vague subjects: "some say", "many believe", "others argue".
SOME_SAY_RX = matching.compile(
    rf"(?<![\w'’-])(?:some|many|others|few|most|several)\s+{_AUX}"
    r"(?:say|said|argue|argued|believe|believed|claim|claimed|contend|contended|suggest|suggested|think|"
    r"thought|feel|felt|maintain|maintained|assert|asserted|speculate|speculated|consider|considered|"
    r"regard|regarded|see|saw|view|viewed|question|questioned|doubt|doubted|dispute|disputed|insist|insisted|"
    r"worry|worried|fear|feared)\b(?!\s+(?:by|to\s+(?:be|have)\b))",
    re.IGNORECASE,
)
OTHER_VAGUE_RX = matching.compile(
    r"\b(?:there\s+(?:are|were)\s+(?:those|some|many|people)\s+who|(?:one|you)\s+could\s+(?:argue|say)|"
    r"it\s+(?:could|can|might|may)\s+be\s+(?:argued|said|claimed)|(?:has|have)\s+been\s+(?:criticised|criticized|praised|"
    r"described|called|hailed)\s+by\s+(?:some|many|critics|experts|observers|others|commentators|various)|"
    r"reportedly|(?:some|many|critics|experts|observers|commentators)\s+(?:have\s+)?(?:dubbed|labelled|labeled|branded|hailed|called)|"
    r"(?:by|to|among)\s+(?:some|many|most)\s+(?:experts|critics|observers|commentators|scholars|historians|people|fans|analysts)\b(?!\s+(?:at|from|of|in|with)\b)|"
    r"(?:the\s+)?(?:widespread|popular|common|general|conventional)\s+(?:belief|view|perception|opinion|wisdom|consensus)|"
    r"(?:there\s+is|there\s+has\s+been)\s+(?:widespread|much|some|growing|increasing)\s+(?:speculation|criticism|concern|debate|controversy|belief|agreement|consensus)|"
    r"(?:rumou?rs|speculation)\s+(?:has|have|had)\s+(?:it|swirled|circulated|grown|mounted)|"
    r"(?:tradition|legend|folklore|rumou?r|popular\s+belief|one\s+(?:story|account|version))\s+(?:has\s+it|holds|claims|says|suggests|maintains)\b|"
    r"there\s+(?:is|was|has\s+been)\s+(?:little|some|growing|increasing|considerable|mounting|strong|ample|much|anecdotal|no\s+(?:real|hard|firm|solid)?\s*)\s*evidence|"
    r"(?:considered|regarded|seen|viewed|described|believed|thought|praised|criticised|criticized|called|hailed|deemed|dismissed|rated)\s+(?:\w+\s+)?by\s+(?:many|some|most|others)\b(?!\s+(?:of|\d))|"
    r"(?<![\w'’-])(?:to|among|for)\s+(?:many|some)\s*,|"
    r"by\s+(?:common|general|popular|universal|broad)\s+(?:consent|agreement|acclaim|consensus))",
    re.IGNORECASE,
)

# -- agentless passives ----------------------------------------------------------------------
_PASSIVE_ADV = r"(?:(?:widely|generally|often|commonly|also|now|still|long|increasingly|sometimes|frequently|usually|popularly|traditionally|largely|broadly|privately|universally|strongly|even|further|already|originally|once|firmly|well|not)\s+){0,2}"
IT_PASSIVE_RX = matching.compile(
    rf"\bit\s+(?:is|was|has\s+been|had\s+been|is\s+being|was\s+being|will\s+be|would\s+be|'s)\s+{_PASSIVE_ADV}"
    r"(?:said|believed|thought|claimed|reported|rumou?red|alleged|suggested|argued|understood|assumed|"
    r"feared|estimated|speculated|accepted|acknowledged|recogni[sz]ed|held|considered|agreed|expected|"
    r"presumed|supposed|contended|asserted|stated|claimed|known|noted|felt|hoped|predicted|calculated|"
    r"reckoned|proposed|recommended)\b(?!\s+(?:by|to\s+me)\b)",
    re.IGNORECASE,
)
# "widely regarded", "generally accepted", "considered the finest", "reputedly": no one behind it.
ADVERB_PASSIVE_RX = matching.compile(
    r"\b(?:widely|generally|commonly|popularly|universally)[\s-]+"
    r"(?:accepted|acknowledged|agreed|assumed|believed|considered|credited|known(?!\s+as\b)|perceived|praised|"
    r"recogni[sz]ed|regarded|reported|reputed|respected|rumou?red|said|seen|thought|understood|viewed|"
    r"expected|criticised|criticized|condemned|acclaimed|admired|held|described|touted|hailed|"
    r"blamed|claimed|deemed)\b(?!\s+by\s+(?:the\s+)?[A-Z])|"
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbe\s)|(?<=\bbeen\s)|(?<=\bthen\s)|(?<=\bonce\s)|"
    r"(?<=\bnow\s)|(?<=\bstill\s)|(?<=\balso\s)|(?<=\bnot\s)|(?<=\busually\s)|(?<=,\s))"
    r"(?:considered|regarded|deemed|reckoned|reputed)\s+(?:to\s+be\s+|as\s+)?(?:a|an|the|one\s+of|among|by\s+(?:many|some|most))\b|"
    r"\breputedly\b|"
    r"\b(?:has|have|had)\s+been\s+(?:(?:widely|heavily|strongly|often|repeatedly|much|sharply|frequently|fiercely)\s+)?"
    r"(?:criticised|criticized|questioned|disputed|challenged|doubted|contested|condemned|praised|lauded|derided|"
    r"ridiculed|attacked|blamed|accused|hailed)\b(?!\s+(?:by|in|at|for\s+(?:the|a)\s+\w+\s+by)\b)",
    re.IGNORECASE,
)
# "is known to be", "are known to have": a fact with no knower.
KNOWN_TO_RX = matching.compile(
    r"\b(?:is|are|was|were)\s+(?:(?:widely|well|generally|commonly|also|not)\s+)?known\s+to\s+(?:be|have|exist|occur|cause)\b",
    re.IGNORECASE,
)
NP_PASSIVE_RX = matching.compile(
    rf"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being|be)\s+{_PASSIVE_ADV}"
    r"(?:said|believed|thought|reported|rumou?red|understood|alleged|claimed|estimated|considered|regarded|"
    r"seen|viewed|perceived|reckoned|deemed|described|hailed|touted|acclaimed|suspected|credited|"
    r"recogni[sz]ed|acknowledged|presumed|supposed|assumed|claimed|speculated)\s+"
    r"(?:(?:by\s+(?:some|many|most|critics|experts|others|observers|scholars|historians|commentators|fans|people|analysts|various)\b[\w\s]{0,30}?)?"
    r"(?:to\s+(?:be|have|\w+)\b|as\b|with\b|one\s+of\b|among\b|the\s+\w+est\b|the\s+most\b)|by\s+(?:some|many|most|critics|experts|others|observers|scholars|historians|commentators|fans|people|analysts|various)\b)",
    re.IGNORECASE,
)

# -- certainty markers -----------------------------------------------------------------------
CERTAINTY_RX = matching.compile(
    r"\b(?:undeniably|undoubtedly|unquestionably|indisputably|incontrovertibly|irrefutably|incontestably|"
    r"obviously|evidently|certainly|definitely|surely|doubtless|unarguably|inarguably|"
    r"of\s+course|without\s+(?:a\s+|any\s+)?(?:doubt|question)|beyond\s+(?:any\s+|all\s+|a\s+)?(?:doubt|question)|"
    r"needless\s+to\s+say|it\s+goes\s+without\s+saying|"
    r"it\s+is\s+(?:a\s+|an\s+)?(?:(?:well-known|well\s+known|established|proven|undeniable|indisputable|simple|plain)\s+)?fact\s+that|"
    r"it\s+is\s+(?:clear|obvious|undeniable|certain|evident|indisputable|self-evident|beyond\s+doubt|plain|"
    r"beyond\s+dispute|incontrovertible|unquestionable)\s+that|"
    r"the\s+(?:simple\s+|plain\s+)?(?:fact|truth|reality)\s+(?:is|remains)\s+(?:that\b)?|"
    r"there\s+(?:is|can\s+be)\s+no\s+(?:doubt|question|denying)|no\s+one\s+can\s+(?:deny|doubt)|"
    r"make\s+no\s+mistake|indeed|in\s+fact|clearly|plainly|"
    r"it\s+is\s+(?:clear|obvious|evident)\b)",
    re.IGNORECASE,
)
# "clearly" as a manner adverb ("spoke clearly", "clearly visible") is not a certainty marker.
MANNER_BEFORE = matching.compile(
    r"\b(?:spoke|speak|speaks|speaking|said|say|stated|state|explain(?:ed|s)?|set|laid|lay|spelled|spelt|"
    r"written|write|wrote|see|seen|saw|hear|heard|think|thinking|read|defined|define|marked|mark|"
    r"labelled|labeled|signposted|identified|visible|audible|more|less|very|so|as|how|too)\s+$",
    re.IGNORECASE,
)
MANNER_AFTER = matching.compile(
    r"^\s+(?:visible|audible|marked|labelled|labeled|defined|identified|identifiable|displayed|"
    r"signposted|legible|written|worded|stated|set\s+out|laid\s+out|spelled\s+out|spelt\s+out|"
    r"explained|understood|seen|heard|distinguishable|separated|delineated)\b",
    re.IGNORECASE,
)

# -- speculation in the writer's voice [hedges] ----------------------------------------------
SPECULATION_RX = matching.compile(
    r"\b(?:probably|possibly|perhaps|presumably|conceivably|arguably|seemingly|apparently|"
    r"ostensibly|in\s+all\s+likelihood|it\s+is\s+(?:quite\s+|entirely\s+|very\s+|highly\s+)?(?:possible|likely|probable|conceivable|plausible)\s+that|it\s+(?:seems|seemed|appears|appeared)\s+(?:that|as\s+if|likely|unlikely)|"
    r"(?:seems|seemed|appears|appeared)\s+to\s+(?:be|have)|may\s+well|might\s+well|could\s+well)\b",
    re.IGNORECASE,
)

# -- trends ------------------------------------------------------------------------------------
TREND_RX = matching.compile(
    r"\b(?:increasingly|a\s+growing\s+(?:number|proportion|share|body|chorus|list)|growing\s+numbers|"
    r"an\s+(?:increasing|ever-increasing|ever-growing|rising)\s+(?:number|proportion|share)|"
    r"a\s+(?:rising|declining|dwindling|shrinking|falling)\s+(?:number|proportion|share)|"
    r"more\s+and\s+more|fewer\s+and\s+fewer|less\s+and\s+less|ever[- ](?:more|fewer|greater|larger|increasing|growing)|"
    r"on\s+the\s+(?:rise|increase|wane)|in\s+(?:decline|retreat)\b)",
    re.IGNORECASE,
)

# -- sweeping quantifiers ------------------------------------------------------------------------
_PEOPLE = (
    "people|persons|men|women|children|parents|adults|teenagers|voters|citizens|consumers|customers|"
    "users|readers|viewers|listeners|fans|players|workers|employees|employers|businesses|companies|firms|"
    "experts|scientists|economists|analysts|doctors|teachers|students|politicians|americans|britons|"
    "europeans|scholars|historians|critics|observers|commentators|investors|drivers|patients|"
    "families|households|homeowners|taxpayers|shoppers|smokers|musicians|artists|writers|journalists|"
    "countries|nations|governments|cities|schools|hospitals|churches|members|residents|immigrants|"
    "muslims|christians|jews|catholics|conservatives|liberals|democrats|republicans|men|boys|girls"
)
# One alternative per kind of claim, compiled only for a text that holds its keywords (see
# copylint.matching.gated): most articles need few of them.
SWEEPING = (
    r"(?:almost|nearly|virtually|practically|essentially)\s+(?:everyone|everybody|everything|every|all|no\s+one|nobody|none|always|never|universal(?:ly)?)\b",
    r"(?:the\s+)?(?:vast|overwhelming|great)\s+majority\s+of",
    r"(?<!\bthe\s)(?<!\ba\s)majority\s+of\s+(?:people|" + _PEOPLE + r")",
    r"universally\s+(?:accepted|acknowledged|agreed|recogni[sz]ed|regarded|admired|loved|hated|known|praised|condemned)",
    r"(?:everyone|everybody|no\s+one|nobody|all\s+(?:of\s+us|"
    + _PEOPLE
    + r"))\s+(?:(?:now|really|already|still|has\s+to|must)\s+)?"
    r"(?:knows|know|agrees|agree|believes|believe|thinks|think|wants|want|likes|like|loves|love|hates|hate|"
    r"understands|understand|accepts|accept|recognises|recognizes|recognise|recognize|expects|expect|doubts|doubt|"
    r"disputes|dispute|denies|deny|can\s+deny|could\s+have\s+(?:predicted|imagined|foreseen))",
    r"(?<!\bthe\s)(?<!\bat\s)(?<![\w'’-])most\s+(?:people|"
    + _PEOPLE
    + r")\b(?!\s+(?:who|of\s+whom|in\s+the\s+(?:room|building|crowd)))",
    r"(?<![\w'’-])(?:most|(?:nearly\s+|almost\s+|virtually\s+)?all)\s+of\s+(?:these|those|the|such)\s+[a-z]+s\s+(?:were|are|have\s+been|had\s+been)\s+(?!(?:killed|injured|hurt|arrested|charged|held|released|rescued|evacuated)\b)[a-z]+ed\b",
    r"without\s+exception",
    r"across\s+the\s+board",
    r"the\s+world\s+over",
    r"the\s+whole\s+world\s+(?:knows|agrees|believes)",
)
SWEEPING_RX = matching.gated(SWEEPING, re.IGNORECASE, prefix=r"\b")

# Weak quantifiers over groups of people or sources: "many scholars", "some critics", "several
# studies". A vague quantity of things in one event ("some recordings failed to sell") is not.
VAGUE_GROUPS = (
    "people|persons|men|women|critics|scholars|historians|fans|observers|commentators|experts|analysts|"
    "economists|scientists|researchers|authors|writers|theorists|collectors|users|parents|teachers|"
    "citizens|voters|politicians|thinkers|academics|believers|followers|supporters|opponents|activists|"
    "viewers|readers|listeners|reviewers|journalists|sources|groups|organi[sz]ations|governments|"
    "denominations|communities|cultures|traditions|publications|studies|reports|accounts|versions|"
    "individuals|americans|britons|europeans|christians|muslims|jews|catholics|protestants|linguists|"
    "philosophers|theologians|physicians|doctors|psychologists|sociologists|pundits|practitioners|"
    "proponents|advocates|skeptics|sceptics|detractors|observers|insiders|residents|locals|members|"
    "consumers|customers|investors|commentators|campaigners|officials|diplomats|authorities|nations|countries"
)
VAGUE_QUANTIFIER_RX = matching.compile(
    r"(?<![\w'’-])(?<!\bhow\s)(?<!\bas\s)(?<!\bso\s)(?<!\btoo\s)(?<!\bthat\s)(?:some|many|several|numerous|countless|various|certain|a\s+number\s+of|a\s+host\s+of|"
    r"a\s+variety\s+of|(?:a\s+)?growing\s+numbers?\s+of)\s+"
    rf"(?:(?:[a-z][\w'-]*)\s+){{0,2}}?(?:{VAGUE_GROUPS})\b(?!\s+(?:of|in|at|from|with|who|whom|including|such|led|named|like)\b)",
    re.IGNORECASE,
)

# The weasel test of encyclopedic style (opt-in: ``claims: {quantifiers: all}`` or ``profile:
# encyclopedic``): "some", "many" and "several" over anything ("in some cases", "many of his
# works", "Some people prefer", "in several countries"); "certain" and "countless" only opening a
# clause ("Certain scholars hold ...", not "in certain lights"). Numbers, spans of time and
# degree words are left alone ("some 200", "many years", "so many", "to some extent").
_QUANT_NOT_BEFORE = (
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|hundreds|"
    r"thousand|thousands|million|millions|dozen|dozens|time|times|years?|months?|weeks?|days?|hours?|minutes?|"
    r"seconds?|decades?|centuries|moments?|miles?|kilometres?|kilometers?|metres?|meters?|feet|inches|"
    r"more|less|fewer|extent|degree|point|way|while|distance|length)\b"
)
BROAD_QUANTIFIER_RX = matching.compile(
    r"(?<![\w'\u2019-])(?P<q>some|many|several|certain|countless)\s+"
    rf"(?!{_QUANT_NOT_BEFORE})"
    r"(?:of\s+(?:the|these|those|his|her|its|their|them|whom|which|our|us|this)\b|[a-z][\w'\u2019-]*\b)",
    re.IGNORECASE,
)
# Words after which a quantifier opens a clause.
BROAD_CONJUNCTIONS = frozenset("and but while whilst although though whereas however yet that".split())
# Words before "some"/"many" that make it a degree or a description ("so many", "the many").
BROAD_DEGREE = frozenset("how so as too the this his her its their my our your these those".split())
AS_WELL_AS_RX = matching.compile(r"\bas\s+well\s+as\s+$", re.IGNORECASE)
# Prepositions after which "some"/"many" is usually a plain description ("added to some dishes",
# "translated into many languages").
BROAD_NOT_AFTER = frozenset("to into from onto upon".split())
# What may stand before a broad quantifier for it to open a clause.
BROAD_OPENING_RX = matching.compile(r"(?:^|[,;:(\u2014\u2013]|\s[-\u2013\u2014])[\s\"'\u201c\u2018`]*$")

# "Some newspapers have...", "Many believe...": a vague group as the subject of the sentence.
VAGUE_SUBJECT_RX = matching.compile(
    r"^[\s\"'“‘(]*(?:(?:However|But|And|Yet|Today|Now|Still|Indeed|Historically|Traditionally|Nowadays|"
    r"Meanwhile|Also|Moreover|In\s+(?:recent\s+years|general|particular|practice|fact)),?\s+)?"
    r"(?:some|many|several|numerous|countless|various|certain)\s+"
    r"(?!(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|million|"
    r"time|times|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|moments?|point|way|ways|"
    r"more|less|of|other|others)\b)"
    r"(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*s\b(?!\s+(?:of|in|at|from|with|who|whom|including|such|like)\b)",
    re.IGNORECASE,
)

# -- superlatives and records [peacock terms] ------------------------------------------------------
SUPERLATIVES = (
    "best|worst|biggest|largest|greatest|highest|lowest|smallest|fastest|slowest|strongest|weakest|"
    "richest|poorest|longest|shortest|deadliest|finest|cheapest|costliest|busiest|heaviest|wealthiest|"
    "tallest|hottest|coldest|wettest|driest|safest|toughest|hardest|fiercest|brightest|smartest|"
    "most\\s+\\w+|least\\s+\\w+|fastest-growing|best-selling|bestselling|highest-paid|best-known|"
    "most-watched|most-read|worst-hit|hardest-hit|biggest-selling|largest-ever|highest-ever|"
    "greatest-ever|best-ever|worst-ever|deadliest-ever|top-selling|highest-grossing|"
    "second-largest|third-largest|second-biggest|third-biggest|second-highest|second-best"
)
_PLACE_DET = r"(?:[A-Z][\w.&-]*(?:'s|’s)|(?:world|country|nation|city|region|continent|industry|sport|game)(?:'s|’s))"
_ORDINAL = r"(?:(?:second|third|fourth|fifth|sixth|single|very|all-time|ever)[\s-]+)?"
_SUP_AFTER = r"\b(?!\s+(?:of\s+(?:luck|all|both|three|four|five|the\s+bunch)|part|thing|way|bet|chance|possible|known\s+for|likely|court)\b)"
# Praise in the superlative is an opinion wherever it stands: "his most notable work".
_PEACOCK_MOST = (
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:single\s+)?most\s+(?:notable|famous|important|popular|influential|"
    r"successful|significant|prominent|celebrated|acclaimed|respected|beautiful|iconic|prestigious|controversial|"
    r"exciting|innovative|talented|gifted|powerful|renowned|recogni[sz]able|memorable|impressive|remarkable|"
    r"spectacular|brilliant|outstanding|accomplished|distinguished|valuable|beloved|admired|well-known|"
    r"infamous|notorious|loved|hated|feared|revered|legendary|seminal|definitive)"
)
# Ranked claims that need no qualifier: "one of the biggest", "Britain's largest", "record high".
SUPERLATIVE_RX = matching.compile(
    rf"\b(?:[Oo]ne\s+of\s+(?:the\s+)?(?:{_PLACE_DET}\s+)?{_ORDINAL}(?:{SUPERLATIVES})|"
    rf"[Aa]mong\s+the\s+{_ORDINAL}(?:{SUPERLATIVES})|"
    rf"(?:[Tt]he\s+)?{_PLACE_DET}\s+{_ORDINAL}(?:{SUPERLATIVES}){_SUP_AFTER}|"
    r"(?:un(?:precedented|paralleled|rivalled|rivaled|matched|surpassed|equalled|equaled))|"
    rf"{_PEACOCK_MOST}|"
    r"(?:record|all-time)[- ](?:high|low|levels?|profits?|sales|numbers|breaking|-breaking|highs|lows|losses|turnout|amounts?|figures?|growth)|"
    r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)(?<!\bmy\s)(?<!\bour\s)first[- ]ever|the\s+first\s+time\s+ever|never\s+before\s+(?:seen|been|has|have|had)|"
    r"world-class|world-renowned|world-famous|world-leading|world-beating|legendary|iconic|renowned|"
    r"(?:most|highly|internationally|world)\s+(?:famous|acclaimed|respected|regarded|renowned|celebrated)|"
    r"of\s+all\s+time|the\s+world\s+has\s+ever\s+seen)\b",
    re.UNICODE,
)
# "the largest" alone is often a plain description ("the largest donation was..."): flagged only
# when the sentence scopes it to the world, a country, history or a record ("in Europe", "ever").
SUPERLATIVE_BARE_RX = matching.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+{_ORDINAL}(?:{SUPERLATIVES}){_SUP_AFTER}"
)
SUPERLATIVE_SCOPE = matching.compile(
    r"[^.;:!?]{0,60}?\b(?:in\s+(?:the\s+)?(?:world|history|europe|britain|the\s+uk|the\s+us|america|country|nation|[A-Z][\w-]+)|"
    r"ever\b|of\s+all\s+time|on\s+record|since\b|in\s+(?:\d+|decades|years|a\s+generation|living\s+memory)|"
    r"to\s+date|anywhere|on\s+earth|on\s+the\s+planet|of\s+its\s+kind)"
)
# Award categories and titles: "the best director Oscar", "best actress", "highest court".
SUPERLATIVE_TITLE = matching.compile(
    r"[\s-]*(?:\w+[\s-]+){0,3}?(?:award|awards|category|categories|prize|crown|oscar|oscars|grammy|grammys|bafta|baftas|"
    r"brit|brits|emmy|emmys|globe|trophy|title|nomination|nominations|gong|honour|honor|actor|actress|director|"
    r"picture|film|album|song|single|newcomer|act|male|female|group|band|score|screenplay)\b",
    re.IGNORECASE,
)
# "most X" where X is not an adjective/adverb: "most of", "most people", "the most"?
NOT_AFTER_MOST = frozenset(
    "of people the a an and or to in on at for by with as is are was were be been it this that these those "
    "his her their its our my your recently likely probably often part notably importantly recent".split()
)
# Lowercase superlative phrases that are idioms, not claims.
SUPERLATIVE_IDIOMS = matching.compile(
    r"\bbest\s+friends?|\b(?:at\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|our\s+|my\s+|your\s+)?(?:best|worst|most|least|latest|earliest)|best[- ]known\s+(?:for|as)|(?:his|her|their|its|our|my|your)\s+best\s*(?:[.,;]|$)|"
    r"do(?:ing|es)?\s+(?:\w+\s+)?best|did\s+(?:\w+\s+)?best|tried\s+(?:\w+\s+)?best|try\s+(?:\w+\s+)?best|personal\s+best|"
    r"make\s+the\s+most|made\s+the\s+most|the\s+best\s+of\s+(?:luck|three|five|seven)|best\s+wishes|best\s+man|"
    r"the\s+least\s+(?:of|we|i|they|he|she)|had\s+better|best\s+practice)\b",
    re.IGNORECASE,
)

# -- causal claims -------------------------------------------------------------------------
CAUSAL_RX = matching.compile(
    r"\b(?:led\s+to|lead(?:s|ing)?\s+to|caus(?:ed|es|ing)\b(?!\s+(?:of|célèbre))|because\s+of|"
    r"due\s+(?:largely\s+|mainly\s+|partly\s+|mostly\s+|in\s+part\s+|entirely\s+)?to|owing\s+to|as\s+a\s+(?:direct\s+)?result\s+of|"
    r"result(?:ed|s|ing)?\s+in|(?:the|a|direct)\s+result\s+of|driven\s+(?:largely\s+|mainly\s+|partly\s+|mostly\s+)?by|"
    r"fu?ell?ed\s+(?:largely\s+|mainly\s+|partly\s+|mostly\s+)?by|blamed\s+(?:\w+\s+){0,3}?on|thanks\s+(?:largely\s+|mainly\s+|partly\s+|mostly\s+|in\s+part\s+)?to|"
    r"contribut(?:ed|es|ing)\s+to|attribut(?:ed|able)\s+(?:\w+\s+){0,3}?to|"
    r"(?<![,;]\s)because\b(?!\s+of)|stem(?:s|med|ming)?\s+from|triggered\s+by|caused\s+by|responsible\s+for\s+(?:the\s+)?(?:rise|fall|increase|decline|drop|surge|growth|collapse|failure|success|deaths?))",
    re.IGNORECASE,
)
# A causal claim worth checking explains a change in the world, not one event ("withdrew because
# of injury"): the sentence must speak of a rise, fall, rate or level.
CHANGE_RX = matching.compile(
    r"\b(?:ris(?:e|es|ing|en)|rose|fall(?:s|ing|en)?|fell|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
    r"declin(?:e|es|ed|ing)|grow(?:s|ing|n)?|grew|growth|drop(?:s|ped|ping)?|boost(?:s|ed|ing)?|"
    r"higher|lower|surg(?:e|es|ed|ing)|slump(?:s|ed|ing)?|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|"
    r"plung(?:e|es|ed|ing)|slow(?:down|ing|ed)|recession|inflation|prices?|rates?|sales|profits?|losses|"
    r"revenues?|demand|supply|unemployment|jobs|crime|deaths|cases|poverty|shortages?|costs?|spending|"
    r"debt|deficit|record|levels?|numbers?|shares|economy|economic|market|output|investment|"
    r"obesity|disease|epidemic|warming|emissions|pollution|decline|collapse|crisis|boom|bust)\b",
    re.IGNORECASE,
)
# Writing in the first person: the writer's own experience or opinion, not a claim of fact.
FIRST_PERSON_RX = matching.compile(
    r"\b(?:I(?![-\w])|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|we|we're|we’re|we've|we’ve|our|us)\b"
)
# "is due to be published": a schedule, not a cause.
DUE_SCHEDULE = matching.compile(
    r"\s*(?:be|have|take|start|begin|meet|appear|open|visit|go|return|give|make|announce|hold|publish|vote|"
    r"sign|face|play|report|release|launch|retire|leave|end|close|arrive|decide|hear|stand|resume|debate|"
    r"travel|fly|speak|discuss|unveil|present|deliver|receive|host|finish|complete|come|run|rule|sit|get|"
    r"become|expire|rise|fall|step|hand|address|lead|join|perform|star|appear|reveal|set|sell|start|submit|"
    r"testify|undergo|kick|tee|compete|fight|face|travel|issue|launch|outline|introduce|table|consider|"
    r"examine|review|report|conclude|reopen|meet|marry|arrive|depart|finish|appear|stage|air|broadcast|premiere|"
    r"open|hit|go|move|take|carry|bring|name|pick|choose|select|confirm)\b",
    re.IGNORECASE,
)

# -- attribution that names a source ----------------------------------------------------------
ACCORDING_RX = matching.compile(r"\baccording\s+to\b", re.IGNORECASE)
# "a report by X", "figures from the ONS", "data published by", "X's annual survey"
DOCUMENT_SOURCE_RX = matching.compile(
    r"\b(?:report|reports|study|studies|survey|surveys|poll|polls|figures|data|statistics|research|analysis|"
    r"estimates?|census|index|review|audit|inquiry|paper|forecasts?|projections?|findings|numbers|count|predictions?|"
    r"calculations|research|ranking|rankings|league\s+table)\s+"
    r"(?:(?:\w+\s+){0,2}?(?:by|from|of|for|published\s+by|released\s+by|compiled\s+by|conducted\s+by|"
    r"commissioned\s+by|carried\s+out\s+by|produced\s+by|issued\s+by|in)\s+(?:the\s+)?[A-Z0-9])",
)
OFFICIAL_RX = matching.compile(
    r"\b(?:official|government|ministry|treasury|police|census|industry|company|club|court|"
    r"[A-Z][\w&.-]*(?:'s|’s)?)\s+(?:figures|data|statistics|estimates|records|reports?|survey|study|poll|research|documents|filings|accounts|results)\b"
)
INTERVIEW_RX = matching.compile(
    r"\b(?:told|telling|tells)\s+(?:the\s+)?[A-Z]|\bin\s+an?\s+(?:interview|statement|letter|report|speech|press\s+release)\b|"
    r"\b(?:wrote|writing|writes)\s+in\b|\bquoted\s+(?:as|by)\b|\bcited\s+by\b|\bspokes(?:man|woman|person)\b|"
    r"\b(?:statement|press\s+release|announcement|filing)\s+(?:from|by|on|issued)\b|"
    r"\b(?:made|gave|issued|published|released|put\s+out)\s+(?:a|an|the|its|his|her|their)\s+(?:\w+\s+)?(?:prediction|forecast|estimate|claim|statement|calculation)\b",
    re.IGNORECASE,
)
# A ranking with its judge: "chosen as the greatest gadget of all time by Mobile PC".
RANKED_BY_RX = matching.compile(
    r"\b(?:chosen|named|voted|ranked|rated|picked|selected|judged|listed|crowned|hailed|declared)\b[^.;]{0,80}?\bby\s+(?:the\s+)?(?:[A-Z]|readers|viewers|listeners|fans|voters|judges|a\s+panel)",
)
# Markers of a citation in the prose: [1], [^note], (Smith, 2003), superscripts.
CITATION_RX = matching.compile(
    r"\[\^?[\w-]{1,20}\]|\[\d+(?:\s*[,–-]\s*\d+)*\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=\s|$|[.,;:])|"
    r"\((?:[A-Z][\w'’-]+(?:\s+(?:et\s+al\.?|and|&)\s*(?:[A-Z][\w'’-]+)?)?,?\s+(?:19|20)\d\d[a-z]?(?:[,:;]\s*[^)]{0,30})?)\)"
)
# Link syntax in the *source* text of a sentence (Markdown inline/reference links, HTML anchors).
# Bounded runs: "[^)\s]+[^)]*" could split one run many ways and "[^>]*" scanned to the end
# of the text from every "<a " ("](" x 1,000 took seconds); a link target is far shorter.
SOURCE_LINK_RX = matching.compile(
    r"\]\([^)\s][^)]{0,2000}\)|\]\[[^\]]{0,500}\]|<a\s[^>]{0,2000}?href\s*=|\[\^[\w-]+\]", re.IGNORECASE
)
# The word just before an offset (for "in some cases", "and many others").
WORD_BEFORE_RX = matching.compile(r"([\w'’]+)[\s\"'“‘`]*$")

# -- plural groups holding a view --------------------------------------------------------------
# "Proponents of the theory argue that", "supporters claim that", "purists contend that": an
# unnamed class of people as the subject of a verb of opinion (plural present, so a class, not
# one person). "The authors argue that" is described and not vague.
GROUP_VIEW_RX = matching.compile(
    r"(?<![\w'’-])(?!(?:always|perhaps|sometimes|afterwards|towards|nevertheless|thus|besides|whereas|"
    r"this|these|those|others|his|hers|its|ours|yours|theirs|was|has|does|is)\b)"
    r"(?P<group>[A-Za-z][a-z-]{2,}(?<!ss)(?<!us)(?<!is)s)\s+"
    r"(?:of\s+(?:the\s+|this\s+|that\s+|such\s+)?(?:[\w-]+\s+){1,3}?)?"
    r"(?:(?:have|often|also|generally|widely|still|now|long|sometimes|usually|commonly|even|would|may|might)\s+){0,2}"
    r"(?:claim|claimed|argue|argued|believe|believed|suggest|suggested|contend|contended|speculate|speculated|"
    r"maintain|maintained|assert|asserted|allege|alleged|theori[sz]e|theori[sz]ed|hold|held|insist|insisted)"
    r"(?=\s+that\b)",
)

# -- encyclopedic profile: words to watch in reference copy -----------------------------------------
# Agentless opinion passives of any shape ("was considered important", "is said by locals"): in
# news a ruling "was considered" by a named body is common, so these are for reference copy.
OPINION_PASSIVE_RX = matching.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|also|still|often|now|once|long|not)\s+){0,2}"
    r"(?:considered|regarded|thought|believed|said|reputed|supposed|rumou?red|alleged|claimed|purported|"
    r"deemed|reckoned|perceived|viewed)\b"
    r"(?!\s+(?:for|at|in\s+(?:court|parliament|committee)|by\s+(?:the\s+)?[A-Z]))",
    re.IGNORECASE,
)
# Doubt markers of reference style ("allegedly", "so-called", "purportedly").
DOUBT_RX = matching.compile(r"\b(?:allegedly|so-called|supposedly|purportedly|ostensibly|reputedly)\b", re.IGNORECASE)
# Peacock terms of reference style: "well known", "best known", "influential", "the finest".
# ("Notable", "famous", "celebrated", "prestigious" are as often plain description.)
PEACOCK_RX = matching.compile(
    r"\b(?:well[\s-]known|best[\s-]known|(?:highly\s+|very\s+|most\s+)?influential|the\s+finest|legendary|"
    r"world[\s-]famous)\b(?!\s+(?:for|as)\s+(?:his|her|its|their)\b)",
    re.IGNORECASE,
)
