"""Commonly confused words, flagged only in contexts where one reading is impossible."""

from __future__ import annotations

from copylint.diagnostic import Finding
from copylint.document import Document
from copylint.families.grammar.base import replace, run_table, sentence_words, table
from copylint.families.grammar.lexicon import lexicon
from copylint.rule import Context, rule

_DET = r"(?:a|an|the|this|these|those|my|your|his|her|our|their|its|no)"
_PRON_OBJ = r"(?:me|you|him|her|us|them|everyone|everybody|people)"

ITS = table(
    (
        r"<(?P<x>its)_(?:a|an|the|not|been|going|gonna|got|also|very|so|too|just|really|about|never|always|still|often|clear|true|likely|unlikely|important|possible|impossible|difficult|hard|easy|time_to|this|my|your|his|our|their|no_longer)>",
        "it's",
        "'{x}' is the possessive; write '{r}' (it is / it has) here",
    ),
    (r"<(?P<x>it's)_own>", "its", "'{x} own': the possessive is '{r}' (no apostrophe)"),
    (
        r"<(?P<x>it's)_(?:members|fans|supporters|shareholders|employees|staff|customers|citizens|residents|leaders|owners|users|readers|viewers|website|headquarters|chief|boss|founder|parent|subsidiary|share_price|profits?|revenues?|sales|debts?|shares|stake|annual|latest|first|second|third|own|best|biggest|largest|highest|lowest)_(?!who|that|which)",
        "its",
        "'{x}' means 'it is'; the possessive is '{r}'",
    ),
)


@rule(
    "grammar.its",
    "Flags 'its' where 'it's' is meant and 'it's' where the possessive 'its' is meant.",
    bad=["Its been a difficult year for the club.", "The company said it's profits had doubled."],
    good=["The club said its first season had been difficult.", "It's been a long year."],
    fixable=True,
)
def its(doc: Document, ctx: Context) -> list[Finding]:
    """`its` is the possessive (*the club and its fans*); `it's` is short for *it is* or
    *it has* (*it's raining*, *it's been a year*). The rule flags `its` before words that can
    only follow *it is/has* (an article, *not*, *been*, *going*) and `it's` before *own* or
    before a noun that the company or club owns (*it's profits*)."""
    return [*run_table(doc, ITS), *_its_after_verb(doc), *_its_before_verb(doc)]


def _its_before_verb(doc: Document) -> list[Finding]:
    """'It's impact was huge': 'it's' + noun + verb is the possessive."""
    out = []
    lex = lexicon()
    for words in sentence_words(doc):
        for i, w in enumerate(words[:-2]):
            noun, verb = words[i + 1], words[i + 2]
            if w.low != "it's" or not (noun.joined and verb.joined) or noun.capitalised:
                continue
            tags = lex.tags(noun.low)
            if (
                "NN" in tags
                and not tags & {"JJ", "RB", "VBG", "VBN", "VBD"}
                and noun.low != "time"
                and verb.low in ("is", "was", "has", "had", "will", "would", "remains", "seems", "includes", "includes")
            ):
                out.append(
                    replace(
                        w.start, w.end, f"'{w.text} {noun.text} {verb.text}': the possessive is 'its'", w.text, "its"
                    )
                )
    return out


#: Verbs that take a clause ("said it's time"), after which 'it's' is 'it is'.
CLAUSE_VERBS = frozenset(
    "said thought believed felt knew found decided claimed argued insisted warned admitted added suggested realised realized "
    "hoped feared agreed stated reported announced confirmed revealed showed explained noted felt guessed reckoned meant "
    "accepted acknowledged assumed concluded conceded denied discovered doubted expected figured heard imagined learned "
    "learnt noticed predicted pretended promised proved recalled recognised recognized remembered replied saw sensed "
    "signalled suspected understood wished wrote".split()
)


def _its_after_verb(doc: Document) -> list[Finding]:
    """'wagged it's tail', 'because of it's size': after a verb or preposition, 'it's' + noun is 'its'."""
    out = []
    lex = lexicon()
    for words in sentence_words(doc):
        for i, w in enumerate(words[1:-1], start=1):
            if w.low != "it's" or not w.joined:
                continue
            prev, noun = words[i - 1], words[i + 1]
            ptags, ntags = lex.tags(prev.low), lex.tags(noun.low)
            after_verb = "VBD" in ptags and not ptags & {"NN", "NNS", "JJ"} and prev.low not in CLAUSE_VERBS
            after_prep = prev.low in ("of", "for", "with", "by", "from", "into", "on", "about")
            if (
                (after_verb or after_prep)
                and noun.joined
                and not noun.capitalised
                and ntags
                and ntags <= {"NN", "NNS", "VB", "VBP"}
                and "NN" in ntags
            ):
                out.append(
                    replace(
                        w.start,
                        w.end,
                        f"'{w.text} {noun.text}': the possessive is 'its' (no apostrophe)",
                        w.text,
                        "its",
                    )
                )
    return out


THEIR = table(
    (
        r"<(?P<x>their)_(?:is|are|was|were|has_been|have_been|will_be|would_be|seems|seemed|appears|appeared|remains|must_be|may_be|might_be|could_be|should_be|can_be|isn't|aren't|wasn't|weren't)>",
        "there",
        "'{x}' is the possessive; write '{r}' (there is/are)",
    ),
    (r"<(?P<x>their)_(?:going_to|not|gonna|all_going)>", "they're", "'{x}' is the possessive; write '{r}' (they are)"),
    (r"<(?P<x>there|they're)_own>", "their", "'{x} own': the possessive is '{r}'"),
    (r"<(?P<x>they're)_(?:is|are|was|were|has_been|have_been)>", "there", "'{x}' means 'they are'; write '{r}' here"),
    (
        r"<(?:about|of|for|with|to|at|on|from|by|into)_(?P<x>they're)_(?=\w)",
        "their",
        "'{x}' means 'they are'; the possessive is '{r}'",
    ),
    (r"<(?P<x>there)_(?:going_to_(?!be>)|gonna)", "they're", "'{x} going to': write '{r}' (they are)"),
)


@rule(
    "grammar.their-there",
    "Confusions of 'their', 'there' and 'they're' in unambiguous contexts.",
    bad=["Their is no evidence of wrongdoing.", "Voters made up there own minds."],
    good=["There is no evidence of wrongdoing.", "Voters made up their own minds.", "They're going to appeal."],
    fixable=True,
)
def their_there(doc: Document, ctx: Context) -> list[Finding]:
    """`their` is possessive (*their votes*), `there` points to a place or introduces a fact
    (*there is*), `they're` is *they are*. Flags `their is/are/was`, `their going to`,
    `there own`, `they're own` and `they're is`."""
    return [*run_table(doc, THEIR), *_there_before_noun(doc)]


THERE_PREPS = frozenset("at on to with for of about into onto by against towards under".split())


def _there_before_noun(doc: Document) -> list[Finding]:
    """'at there son', 'on there shoulders': after a preposition, 'there' + noun is 'their'."""
    from copylint.families.grammar.tags import adjective, count_singular, plural_only, tagset

    out = []
    for words in sentence_words(doc):
        for i, w in enumerate(words[1:-1], start=1):
            if w.low != "there" or not w.joined or words[i - 1].low not in THERE_PREPS:
                continue
            k = i + 1
            while k < len(words) - 1 and words[k].joined and adjective(words[k].low):
                k += 1
            noun = words[k]
            plural = plural_only(noun.low) or (
                "NNS" in tagset(noun.low) and "NN" not in tagset(noun.low) and noun.low.endswith("s")
            )
            if not noun.joined or noun.capitalised or not (count_singular(noun.low) or plural):
                continue
            if k == i + 1 and words[i - 1].low in ("to", "for") and plural_only(noun.low):
                continue  # "moved to there years ago" is rare but possible; keep to singular nouns
            out.append(replace(w.start, w.end, f"'{w.text} {noun.text}': the possessive is 'their'", w.text, "their"))
    return out


YOUR = table(
    (
        r"<(?P<x>your)_(?:a|an|the|not|going_to|gonna|welcome(?=\s*(?:[.,!;]|$|to\b))|so|kidding|joking|being_silly|so_right|too_late)>",
        "you're",
        "'{x}' is the possessive; write '{r}' (you are)",
    ),
    (r"<(?P<x>you're)_own>", "your", "'{x} own': the possessive is '{r}'"),
    (
        r"<(?P<x>your)_(?:right|wrong)(?=\s*[,.!?]|_about>|_to_(?:say|think|be|worry)>)",
        "you're",
        "'{x}' is the possessive; write '{r}' (you are)",
    ),
)


@rule(
    "grammar.your-youre",
    "Flags 'your' for 'you're' (you are) and 'you're own' for 'your own'.",
    bad=["Your not allowed to park here.", "Make up you're own mind."],
    good=["You're not allowed to park here.", "Make up your own mind.", "Your welcome pack is in the post."],
    fixable=True,
)
def your_youre(doc: Document, ctx: Context) -> list[Finding]:
    """`your` is possessive (*your ticket*); `you're` is *you are* (*you're welcome*)."""
    out = list(run_table(doc, YOUR))
    lex = lexicon()
    for words in sentence_words(doc):
        for i, w in enumerate(words[1:-1], start=1):
            if w.low != "your" or words[i - 1].low not in (
                "if",
                "when",
                "while",
                "because",
                "since",
                "unless",
                "whether",
                "as",
            ):
                continue
            v = words[i + 1]
            nxt = words[i + 2] if i + 2 < len(words) else None
            if (
                v.joined
                and not v.capitalised
                and not w.capitalised
                and lex.tags(v.low) == {"VBG"}
                and not (
                    nxt is not None and nxt.low in ("is", "was", "has", "will", "seems", "can", "could", "would", "and")
                )
            ):
                out.append(replace(w.start, w.end, f"'{w.text} {v.text}': write 'you're' (you are)", w.text, "you're"))
    return out


_COMPARATIVES = r"(?:more|less|fewer|rather|other|better|worse|greater|higher|lower|bigger|smaller|larger|longer|shorter|faster|slower|stronger|weaker|older|younger|cheaper|easier|harder|richer|poorer|safer|wider|deeper|closer|heavier|lighter|quicker|tougher|further|bigger)"


def _then_than(doc: Document) -> list[Finding]:
    out = list(run_table(doc, THEN_THAN))
    lex = lexicon()
    # any other comparative adjective ("cleverer then") from the lexicon
    for words in sentence_words(doc):
        for i, w in enumerate(words[:-2]):
            adj, then = words[i + 1], words[i + 2]
            if (
                w.low in ("more", "less")
                and then.low == "then"
                and then.joined
                and adj.joined
                and lex.tags(adj.low)
                and lex.tags(adj.low) <= {"JJ", "RB"}
            ):
                out.append(
                    replace(
                        then.start,
                        then.end,
                        f"'{w.text} {adj.text} {then.text}': the comparison takes 'than'",
                        then.text,
                        "than",
                    )
                )
    for f in THEN_GENERIC.findings(doc.prose):
        word = doc.prose[: f.span.start].rstrip().rsplit(None, 1)[-1].lower()
        if "JJR" in lex.tags(word) and not {"NN", "VB", "RB"} & lex.tags(word) and word.endswith("er"):
            out.append(f)
    return out


THEN_THAN = table(
    (rf"<{_COMPARATIVES}_(?P<x>then)>(?!_(?:again|on)>|\s*,)", "than", "'{x}' after a comparative: write '{r}'"),
    (
        r"<(?:and|since|until|till|back|from)_(?P<x>than)>",
        "then",
        "'{x}' here means 'at that time / next': write '{r}'",
    ),
)
THEN_GENERIC = table(
    (
        r"<(?!(?:later|earlier|sooner|further|never|ever|over|under|after|rather)_)\w+er_(?P<x>then)>(?!_(?:again|on)>|\s*,)",
        "than",
        "'{x}' after a comparative: write '{r}'",
    )
)[0]


@rule(
    "grammar.then-than",
    "Flags 'then' after a comparative ('bigger then') and 'than' for 'then' ('back than').",
    bad=["Sales were higher then expected.", "The town was smaller back than."],
    good=["Sales were higher than expected.", "The town was smaller back then.", "He paused, and then left."],
    fixable=True,
)
def then_than(doc: Document, ctx: Context) -> list[Finding]:
    """`than` compares (*more than*, *bigger than*); `then` is about time or sequence (*and
    then*, *back then*, *since then*)."""
    return _then_than(doc)


_SAFE_EFFECT_OBJECTS = (
    r"(?:change|changes|transfer|transition|cure|rescue|escape|repairs?|reforms?|settlement|merger|takeover|entry|arrest|"
    r"recovery|turnaround|improvements?|shift|withdrawal|handover|reconciliation|compromise|deal|sale|release|savings|cuts)"
)
AFFECT = table(
    (
        rf"<(?:to|will|would|could|can|may|might|must|should|not|n't|does|did|do|also|directly|adversely|negatively|badly|seriously|severely|greatly)_(?P<x>effect)_(?:{_PRON_OBJ}>|{_DET}_(?!{_SAFE_EFFECT_OBJECTS}>)(?!\w+_{_SAFE_EFFECT_OBJECTS}>))",
        "affect",
        "'{x}' as a verb means 'bring about'; to influence something is to '{r}' it",
    ),
    (
        r"<(?:it|this|which|that|who)_(?P<x>effects)_(?:the|a|an|his|her|their|its|our|my|your|me|you|him|us|them|everyone|people)>",
        "affects",
        "'{x}': the verb meaning 'influences' is '{r}'",
    ),
    (
        r"<(?P<x>effected)_(?:thousands|hundreds|millions|many|most|all|every|some|more)>",
        "affected",
        "'{x}' means 'brought about'; 'influenced' is '{r}'",
    ),
    (
        r"<(?:badly|adversely|negatively|seriously|directly|severely|worst|most|people|those|families|residents|areas|homes|communities|businesses|countries|patients|children|customers|passengers|workers)_(?P<x>effected)>",
        "affected",
        "'{x}': people hit by something are '{r}'",
    ),
    (
        r"<(?:an|no|any|little|significant|positive|negative|big|huge|major|knock-on|adverse|side|desired|lasting|direct|immediate|profound|greenhouse|domino|ripple|net|devastating|dramatic|serious|real|opposite|cumulative|chilling|calming|special|sound)_(?P<x>affects?)>",
        lambda m: "effects" if m.group("x").lower().endswith("s") else "effect",
        "'{x}' is the verb; the noun (a result) is '{r}'",
    ),
    (
        r"<(?:take|took|taken|takes|taking|come_into|came_into|put_into|in|into|to_that|to_this|to_the_same)_(?P<x>affect)>",
        "effect",
        "'{x}' is the verb; the noun is '{r}'",
    ),
    (
        r"<(?:to|will|would|could|can|may|might|must|should|not|also|directly|badly|seriously)_(?P<x>effect)_(?:thousands|hundreds|millions|many|most|all|every|each|people|lives|jobs|families|children|businesses|residents|patients|workers|passengers)>",
        "affect",
        "'{x}' as a verb means 'bring about'; to influence something is to '{r}' it",
    ),
    (
        rf"\\w+n't_(?P<x>effect)_(?:{_PRON_OBJ}>|{_DET}_(?!{_SAFE_EFFECT_OBJECTS}>)(?!\\w+_{_SAFE_EFFECT_OBJECTS}>))",
        "affect",
        "'{x}' as a verb means 'bring about'; to influence something is to '{r}' it",
    ),
    (
        r"<(?P<x>side-affects?)>",
        lambda m: "side-effect" + ("s" if m.group("x").lower().endswith("s") else ""),
        "'{x}': the noun is 'effect' ('{r}')",
    ),
    (r"<cause_and_(?P<x>affect)>", "effect", "'cause and {x}': the noun is '{r}'"),
    (
        r"<(?P<x>affects?)_on>",
        lambda m: "effects" if m.group("x").lower().endswith("s") else "effect",
        "'{x} on': the noun is '{r}'",
    ),
)


@rule(
    "grammar.affect-effect",
    "Flags 'effect' used as the verb 'affect' and 'affect' used as the noun 'effect'.",
    bad=[
        "The strike will effect the economy.",
        "The cuts had a huge affect on services.",
        "The new rules take affect in May.",
    ],
    good=[
        "The strike will affect thousands of passengers.",
        "The cuts had a huge effect on services.",
        "The minister wants to effect change.",
    ],
    fixable=True,
)
def affect_effect(doc: Document, ctx: Context) -> list[Finding]:
    """To `affect` something is to influence it; an `effect` is a result, and to `effect`
    change is to bring it about. Flags `effect` before a person or a determiner after a
    modal or *to* (*will effect the economy*), `an/huge/side affect`, `take affect`,
    `affect on`."""
    return list(run_table(doc, AFFECT))


LOSE = table(
    (
        r"<(?:to|will|would|could|can|might|may|must|should|not|never|didn't|don't|doesn't|won't|can't|couldn't|wouldn't|going_to|likely_to|set_to|could_even)_(?P<x>loose)_(?:the|a|an|his|her|their|its|our|my|your|weight|money|control|track|sight|faith|hope|interest|touch|heart|face|ground|patience|sleep|everything|it|them|him|me|us|out|jobs?|their|power|seats?|votes?|lives|life)>",
        "lose",
        "'{x}' means 'not tight'; the verb meaning 'fail to keep' is '{r}'",
    ),
    (r"<(?P<x>loosing)>(?!_off)", "losing", "'{x}' means 'releasing'; 'fail to keep' is '{r}'"),
    (
        r"<(?:come|came|comes|coming|break|broke|breaking|broken|cut|set|let|run|running|ran|turned|on_the)_(?P<x>lose)>(?!_(?:the|a|an|his|her|their|its|out|to|weight|money|control|it|them)>)",
        "loose",
        "'{x}' is the verb; 'free, not tight' is '{r}'",
    ),
    (
        r"<(?P<x>lose)_(?:ends?|change|fitting|cannon|screw|threads?)>",
        "loose",
        "'{x}' is the verb; 'not tight' is '{r}'",
    ),
)


@rule(
    "grammar.lose-loose",
    "Flags 'loose' used for the verb 'lose' and 'lose' used for the adjective 'loose'.",
    bad=["The party could loose its majority.", "The dog broke lose from its lead.", "They are loosing patience."],
    good=["The party could lose its majority.", "The dog broke loose.", "A few loose ends remain."],
    fixable=True,
)
def lose_loose(doc: Document, ctx: Context) -> list[Finding]:
    """`lose` is the verb (*lose a match*, *losing money*); `loose` means not tight or free
    (*loose ends*, *broke loose*)."""
    return list(run_table(doc, LOSE))


WHOSE = table(
    (
        r"<(?P<x>whose)_(?:a|an|the|going|been|not|gonna|coming|there|that|this|next|to_blame|responsible|in_charge)>",
        "who's",
        "'{x}' is possessive; write '{r}' (who is / who has)",
    ),
    (
        r"<(?P<x>who's)_(?:own|name|job|car|house|idea|fault|turn|side|responsibility|mother|father|son|daughter|wife|husband|family|children|parents|body|money|decision|team)>",
        "whose",
        "'{x}' means 'who is'; the possessive is '{r}'",
    ),
)


@rule(
    "grammar.whose-whos",
    "Flags 'whose' for 'who's' (who is/has) and 'who's' before a possessed noun.",
    bad=["Whose going to pay for it?", "Nobody knows who's fault it was."],
    good=["Who's going to pay for it?", "Nobody knows whose fault it was."],
    fixable=True,
)
def whose_whos(doc: Document, ctx: Context) -> list[Finding]:
    """`whose` asks about an owner (*whose car*); `who's` is *who is/has* (*who's there*)."""
    return list(run_table(doc, WHOSE))


_PRINCIPAL_NOUNS = (
    r"(?:reason|reasons|cause|causes|aim|aims|objective|source|concern|role|character|author|investigator|owner|shareholder|"
    r"architect|dancer|officer|adviser|advisor|suspect|witness|component|ingredient|city|sponsor|goal|purpose|factor|"
    r"problem|target|opponent|rival|beneficiary|creditor|lender|backer|export|residence|place|means|speaker|conductor|"
    r"cellist|violinist|partner|player|trumpet|sum|amount|debt|payments?|activity|activities|business|task|duty|duties|function|"
    r"focus|interest|location|office|offices|organ|organs|areas?|figure|figures|language|industry|industries|market|markets|"
    r"product|products|shareholders|investors|members|parts|features|sources)"
)
PRINCIPLE = table(
    (
        r"<(?:in|on)_(?P<x>principal)>(?!_(?:amount|payments?|sum|debt|repayments?|and_interest))",
        "principle",
        "'{x}' is the head or the main sum; the rule or idea is a '{r}' (in principle)",
    ),
    (r"<matters?_of_(?P<x>principal)>", "principle", "'{x}': write '{r}'"),
    (
        r"<(?:basic|fundamental|guiding|moral|general|first|core|founding|democratic|ethical|same|key_legal)_(?P<x>principals?)>",
        lambda m: "principles" if m.group("x").lower().endswith("s") else "principle",
        "'{x}' is a head or main party; a rule or belief is a '{r}'",
    ),
    (rf"<(?P<x>principle)_{_PRINCIPAL_NOUNS}>", "principal", "'{x}' is a rule or belief; 'main' is '{r}'"),
    (
        r"<(?:school|head|college|deputy|assistant|vice)_(?P<x>principle)>",
        "principal",
        "'{x}' is a rule or belief; the head of a school is the '{r}'",
    ),
    (
        r"<(?:against|to|of|by|on|with)_(?:his|her|my|your|our|their|its|all|the|basic|moral)_(?P<x>principals)>(?!_(?:and|of_the_school|office))",
        "principles",
        "'{x}' are heads of schools or main parties; rules or beliefs are '{r}'",
    ),
    (
        r"<(?:all|basic|core|moral|general|first|fundamental)_(?P<x>principals)_of>",
        "principles",
        "'{x}' are heads of schools or main parties; rules or beliefs are '{r}'",
    ),
)


@rule(
    "grammar.principal-principle",
    "Flags 'principal' for 'principle' (in principle) and 'principle' for 'principal' (main).",
    bad=["Ministers agreed the plan in principal.", "The principle reason was cost."],
    good=[
        "Ministers agreed the plan in principle.",
        "The principal reason was cost.",
        "The school's principal resigned.",
    ],
    fixable=True,
)
def principal_principle(doc: Document, ctx: Context) -> list[Finding]:
    """A `principle` is a rule or belief (*in principle*, *a matter of principle*); a
    `principal` is a head teacher or the main sum, and as an adjective means main."""
    return list(run_table(doc, PRINCIPLE))


COMPLEMENT = table(
    (
        r"<(?P<x>compliments?)_(?:each_other|one_another)>",
        lambda m: "complement" + ("s" if m.group("x").lower().endswith("s") else ""),
        "'{x}' means praise; to go well together is to '{r}' each other",
    ),
    (r"<full_(?P<x>compliment)_of>", "complement", "'{x}' means praise; a full set is a full '{r}'"),
    (
        r"<(?P<x>complimentary)_(?:colou?rs|skills|strengths|roles|therapies|therapy|medicine|approaches|angles|goals)>",
        "complementary",
        "'{x}' means free or praising; 'going well together' is '{r}'",
    ),
    (
        r"<(?P<x>complementary)_(?:tickets?|drinks?|breakfast|meals?|food|copy|copies|wi-?fi|upgrade|champagne|shuttle|parking|bottle|entry|admission)>",
        "complimentary",
        "'{x}' means 'going well together'; 'free' is '{r}'",
    ),
)


@rule(
    "grammar.complement-compliment",
    "Flags 'compliment' (praise) for 'complement' (go well with) and the reverse.",
    bad=["The two signings compliment each other.", "Guests get complementary drinks."],
    good=["The two signings complement each other.", "Guests get complimentary drinks.", "She paid him a compliment."],
    fixable=True,
)
def complement_compliment(doc: Document, ctx: Context) -> list[Finding]:
    """A `compliment` is praise (and *complimentary* means free); to `complement` is to
    complete or go well with (*complementary skills*, *a full complement*)."""
    return list(run_table(doc, COMPLEMENT))


DISCRETE = table(
    (
        r"<(?P<x>discrete)_(?:enquiries|inquiries|distance|manner|way|word|silence|approach|questions|presence|affair|ly)>",
        "discreet",
        "'{x}' means separate; 'tactful, unobtrusive' is '{r}'",
    ),
    (
        r"<(?:very|be|being|been|remain|remained|stay|stayed|extremely|highly|more|most|so|too)_(?P<x>discrete)(?=\s*[.,;!?]|\s+(?:about|when|in_his|in_her)\b)",
        "discreet",
        "'{x}' means separate; 'tactful' is '{r}'",
    ),
    (
        r"<(?P<x>discreet)_(?:data|values?|variables?|units?|components?|steps|parts|categories|mathematics|elements|entities|events|points|stages|signals?|groups|chunks)>",
        "discrete",
        "'{x}' means tactful; 'separate, distinct' is '{r}'",
    ),
)


@rule(
    "grammar.discrete-discreet",
    "Flags 'discrete' (separate) for 'discreet' (tactful) and the reverse.",
    bad=["Police made discrete enquiries.", "The data falls into discreet categories."],
    good=["Police made discreet enquiries.", "The data falls into discrete categories."],
    fixable=True,
)
def discrete_discreet(doc: Document, ctx: Context) -> list[Finding]:
    """`discreet` means tactful or unobtrusive (*discreet enquiries*); `discrete` means
    separate, distinct (*discrete categories*)."""
    return list(run_table(doc, DISCRETE))


LED = table(
    (
        r"<(?:has|have|had|'ve|'d|having|was|were|been|being|is|are)_(?:(?:already|also|just|previously|successfully|recently|once|never|not)_)?(?P<x>lead)_(?:to|by|the|a|an|his|her|their|its|our|my|them|him|us|me|police|investigators|officials|astray|away|off|out|into|efforts|calls|protests|opposition)>",
        "led",
        "'{x}' is the present tense (or the metal); the past form is '{r}'",
    ),
)


@rule(
    "grammar.lead-led",
    "Flags 'lead' used as the past tense or participle of 'to lead' ('has lead to').",
    bad=["The findings have lead to calls for an inquiry.", "The team was lead by a former captain."],
    good=[
        "The findings have led to calls for an inquiry.",
        "She was lead singer of the band.",
        "Lead pipes were replaced.",
    ],
    fixable=True,
)
def lead_led(doc: Document, ctx: Context) -> list[Finding]:
    """The past tense and participle of *to lead* is `led` (*has led to*, *was led by*);
    `lead` (rhymes with *led*) is also the metal, which is where the confusion comes from."""
    return list(run_table(doc, LED))


_TOO_ADJ = (
    r"(?:late|early|soon|big|small|expensive|difficult|hard|young|old|tired|busy|high|low|far|long|much|many|few|little|"
    r"bad|good|great|risky|dangerous|weak|strong|heavy|slow|fast|quick|costly|complex|complicated|close|sick|ill|scared|"
    r"afraid|shy|proud|lazy|hot|cold|large|tight|loose|short|tall|steep|harsh|soft|severe|generous|ambitious|optimistic|"
    r"pessimistic|cautious|keen|eager|often|slowly|quickly|fast)"
)
TOO = table(
    (
        rf"<(?:is|are|was|were|be|been|being|'s|'re|seems?|seemed|looks?|looked|far|way|much|got|getting|become|became|feel|felt|sounds?|sounded|all|simply|just|not)_(?P<x>to)_{_TOO_ADJ}(?=\s*(?:[.,;:!?)\"”]|$|to\b|for\b|and\b|but\b|or\b|that\b|of\b))",
        "too",
        "'{x}' before an adjective meaning 'excessively': write '{r}'",
    ),
    (
        r"<(?:far|way|much|all|slightly|rather|simply)_(?P<x>to)_(?:many|much|few|little)>",
        "too",
        "'{x}' here means 'excessively': write '{r}'",
    ),
    (
        r"<(?:me|him|her|us|them)_(?P<x>to)(?=\s*[.!?]\s*(?:$|\n|[\"”A-Z]))",
        "too",
        "'{x}' here means 'also': write '{r}'",
    ),
    (
        r"<(?:want|wants|wanted|going|need|needs|needed|able|used|try|tried|trying|decided?|plans?|planned|hope|hoped|hopes|expected|expects?|have|has|had|began|begin|started?|refused?|agreed?|continued?|failed|seemed|appears?|ought)_(?P<x>too)_(?:go|be|do|make|get|see|take|give|help|keep|find|say|pay|play|win|buy|sell|leave|stop|work|ask|tell|meet|build|bring|put|use|run|show|stay|visit|return|become|face|cut|join)>",
        "to",
        "'{x}' means 'also' or 'excessively'; before a verb write '{r}'",
    ),
)


@rule(
    "grammar.to-too",
    "Flags 'to' for 'too' (excessively, also) and 'too' for 'to' before a verb.",
    bad=["It is to late to change the plan.", "There were far to many people.", "They want too go home."],
    good=[
        "It is too late to change the plan.",
        "There were far too many people.",
        "They want to go home.",
        "The decision is to close the plant.",
    ],
    fixable=True,
)
def to_too(doc: Document, ctx: Context) -> list[Finding]:
    """`too` means excessively or also (*too late*, *me too*); `to` is the preposition and
    the infinitive marker (*to go*). Flags `to` before an adjective that ends a clause after
    *be* (*is to late*), `far to many`, `me to.`, and `too` before a verb after *want/need*."""
    too = list(run_table(doc, TOO))
    return [*too, *_generic_too(doc, too)]


TOO_EXTRA = table(
    (r"<(?P<x>two)_(?:many|much)>(?!-)", "too", "'{x}' is the number; 'excessively' is '{r}'"),
    (r"\w,_(?P<x>to)(?=\s*[.!?]\s*(?:$|\n|[\"”A-Z]))", "too", "'{x}' here means 'also': write '{r}'"),
)


def _generic_too(doc: Document, too: list[Finding]) -> list[Finding]:
    """'to' before an adjective or -ly adverb that ends the clause: 'It's to early.'
    ``too`` are the TOO table's findings (already reported)."""
    lex = lexicon()
    out = list(run_table(doc, TOO_EXTRA))
    seen = {f.span.start for f in too}
    for words in sentence_words(doc):
        for i, w in enumerate(words[:-1]):
            if (
                w.low != "to"
                or w.start in seen
                or (i > 0 and words[i - 1].low in ("next", "close", "due", "according", "up"))
            ):
                continue
            adj = words[i + 1]
            if not adj.joined or adj.capitalised or adj.low in ("much", "many", "little", "few", "more", "less"):
                continue  # "amount to much"
            if i > 0 and "JJ" in lex.tags(words[i - 1].low):
                continue  # "cool to chilly": a range
            tags = lex.tags(adj.low)
            if not tags or not (tags <= {"JJ", "JJR", "RB"} and ("JJ" in tags or adj.low.endswith("ly"))):
                continue
            after = doc.prose[adj.end : adj.end + 1]
            nxt = words[i + 2] if i + 2 < len(words) else None
            ends = after in (".", "!", "?", ",", ";", ":")
            be_before = i > 0 and (
                words[i - 1].low
                in (
                    "is",
                    "are",
                    "was",
                    "were",
                    "be",
                    "been",
                    "'s",
                    "isn't",
                    "wasn't",
                    "aren't",
                    "weren't",
                    "it's",
                    "that's",
                    "far",
                    "way",
                    "much",
                )
                or (words[i - 1].low == "not" and i > 1 and words[i - 2].low in ("is", "are", "was", "were", "be"))
            )
            if be_before and "JJ" in tags and not tags & {"VB", "NN"}:
                ends = True
            if not (ends or ("JJ" in tags and nxt is not None and nxt.joined and nxt.low in ("to", "for", "that"))):
                continue
            if any(x.low in ("from", "between") for x in words[max(0, i - 6) : i]):
                continue  # "from bad to worse", "from red to green"
            out.append(
                replace(
                    w.start,
                    w.end,
                    f"'{w.text} {adj.text}': before an adjective meaning 'excessively' write 'too'",
                    w.text,
                    "too",
                )
            )
    return out


LOATH = table(
    (
        r"<(?:am|is|are|was|were|be|been|being|'m|'re|'s|seem|seems|seemed|appear|appears|appeared|remain|remains|remained|very|so|too|equally)_(?P<x>loathe)_to>",
        "loath",
        "'{x}' is the verb (to hate); 'reluctant' is '{r}'",
    ),
    (
        r"<(?:I|we|they|you|really|still|both)_(?P<x>loath)_(?:the|a|an|it|him|her|them|you|me|us|being|having|doing|going|his|their|my|our|your|this|that|these|those)>",
        "loathe",
        "'{x}' means reluctant; the verb meaning 'hate' is '{r}'",
    ),
)


@rule(
    "grammar.loath-loathe",
    "Flags 'loathe to' (meant: 'loath to', reluctant) and 'I loath' (meant: 'I loathe').",
    bad=["The bank was loathe to raise rates.", "They loath the new kit."],
    good=["The bank was loath to raise rates.", "Many fans loathe the new kit."],
    fixable=True,
)
def loath_loathe(doc: Document, ctx: Context) -> list[Finding]:
    """`loath` (an adjective) means reluctant: *loath to act*. `loathe` (a verb) means to hate:
    *they loathe it*."""
    return [f for f in run_table(doc, LOATH) if f.span.start < len(doc.prose)]


COULD_OF = table(
    (
        r"<(?:could|should|would|must|might|ought_to)_(?P<x>of)>(?!_(?:course|necessity|right)>)",
        "have",
        "'{x}' after a modal verb: write '{r}' (could've, not could of)",
    ),
    (r"<(?:could|should|would|must|might)n't_(?P<x>of)>(?!_course>)", "have", "'{x}' after a modal verb: write '{r}'"),
    (r"<(?:could|should|would|must|might)_not_(?P<x>of)>(?!_course>)", "have", "'{x}' after a modal verb: write '{r}'"),
)


@rule(
    "grammar.could-of",
    "Flags 'could of', 'should of', 'would of', 'must of', 'might of' (meant: 'have').",
    bad=["She could of left earlier.", "They should of known."],
    good=["She could have left earlier.", "It would, of course, be welcome.", "It would of course be welcome."],
    fixable=True,
)
def could_of(doc: Document, ctx: Context) -> list[Finding]:
    """*Could've* sounds like *could of*, but the verb is `have`: *could have*, *should
    have*, *would have*. (*would of course* is left alone.)"""
    return list(run_table(doc, COULD_OF))
