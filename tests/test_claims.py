"""The claims family through the public API: claims that need a source, and what supports them."""

from __future__ import annotations

import pytest

import copylint
from copylint import ConfigError, Linter

CLAIMS = Linter({"select": ["claims"]}, plugins=False)


def rules(text: str, path: str = "story.txt", linter: Linter = CLAIMS) -> list[str]:
    """Rule ids fired on ``text`` (a plain-text story unless ``path`` says otherwise)."""
    return [d.rule for d in linter.lint_text(text, path)]


def cues(text: str, path: str = "story.txt") -> list[tuple[str, str]]:
    """(rule, flagged text) pairs, so tests can check that the cue is what gets reported."""
    out = []
    for d in CLAIMS.lint_text(text, path):
        lines = text.splitlines()
        assert d.line == d.end_line
        out.append((d.rule, lines[d.line - 1][d.column - 1 : d.end_column - 1]))
    return out


# -- statistics ------------------------------------------------------------------------------


def test_bare_statistic_is_a_warning_naming_the_number() -> None:
    [d] = copylint.lint_text("Crime in the city rose 38 percent last year.", {"select": ["claims"]})
    assert d.rule == "claims.unattributed-statistic"
    assert d.severity is copylint.Severity.WARNING
    assert "'38 percent'" in d.message and "according to" in d.message


@pytest.mark.parametrize(
    "text",
    [
        "Turnout fell to 41% in the north.",
        "The scheme will cost £3bn over five years.",
        "About 1.2 million households have no internet access.",
        "One in five children leaves school without a qualification.",
        "Two-thirds of voters backed the plan.",
        "Thefts from cars have doubled since the bridge opened.",
        "Cyclists are three times as likely to be hurt on the ring road.",
        "More than 100,000 people use the library each year.",
    ],
)
def test_statistics_of_every_kind(text: str) -> None:
    assert rules(text) == ["claims.unattributed-statistic"]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men on Friday.",
        "The 34-year-old was born on 12 March 1990 and left at 10:30.",
        "Arsenal won 3-1 at Highbury in front of a crowd of 38,000.",
        "She lives at 221 Baker Street with her three children.",
        "Tickets cost £20 and the doors open at 7pm.",
        "The firm bought the chain for £2bn in 2019.",
        "Shares in the group fell 5% in early trading.",
        "The Bank of England held interest rates at 4.75% on Thursday.",
        "The monument has stood there for 1,000 years.",
    ],
)
def test_numbers_that_are_not_statistics(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Crime in the city rose 38 percent last year, according to the health ministry.",
        "Crime in the city rose 38 percent last year, police said.",
        "Crime in the city rose 38 percent last year, Ellis told Reuters.",
        "A report by the UN Office on Drugs and Crime found that seizures rose 38 percent.",
        "Figures from the Office for National Statistics show crime rose 38 percent.",
        "Official figures show crime rose 38 percent.",
        "She said crime in the city rose 38 percent last year.",
    ],
)
def test_statistic_attributed_in_the_same_sentence(text: str) -> None:
    assert rules(text) == []


def test_attribution_in_the_previous_sentence_carries_over() -> None:
    text = "The health ministry published its annual report on Monday. Crime rose 38 percent last year."
    assert rules(text) == []


def test_survey_named_in_the_paragraph_before_carries_over() -> None:
    text = "A survey by PC Pro magazine found readers unhappy.\n\nAbout 17% of readers have switched suppliers."
    assert rules(text) == []


def test_attribution_in_another_paragraph_does_not_carry_over() -> None:
    text = "The health ministry published its annual report on Monday.\n\nCrime rose 38 percent last year."
    assert rules(text) == ["claims.unattributed-statistic"]


def test_intro_attributed_in_the_next_paragraph() -> None:
    story = "Mexicans abroad sent home a record $16.6bn last year.\n\nThe Bank of Mexico said remittances grew.\n"
    assert rules(story) == []
    later = "Remittances matter.\n\nMexicans abroad sent home $16.6bn last year.\n\nThe Bank of Mexico said so.\n"
    assert rules(later) == ["claims.unattributed-statistic"]


def test_attribution_scope_is_configurable() -> None:
    text = "The ministry said it had new figures. It was a long report. Crime rose 38 percent."
    assert rules(text) == []  # default: the paragraph
    previous = Linter({"select": ["claims"], "claims": {"attribution-scope": "previous"}}, plugins=False)
    assert rules(text, linter=previous) == ["claims.unattributed-statistic"]
    sentence = Linter({"select": ["claims"], "claims": {"attribution-scope": "sentence"}}, plugins=False)
    assert rules("The ministry said so. Crime rose 38 percent.", linter=sentence) == ["claims.unattributed-statistic"]


def test_broad_quantifiers_are_opt_in() -> None:
    text = "The plant grows in some parts of Africa."
    assert rules(text) == []
    broad = Linter({"select": ["claims"], "claims": {"quantifiers": "all"}}, plugins=False)
    assert rules(text, linter=broad) == ["claims.vague-quantifier"]


REFERENCE = Linter({"select": ["claims"], "claims": {"profile": "encyclopedic"}}, plugins=False)


@pytest.mark.parametrize(
    ("text", "rule", "cue"),
    [
        ("Many of his later works were lost in the fire.", "claims.vague-quantifier", "Many of his"),
        ("The dish is eaten in some parts of Spain.", "claims.vague-quantifier", "some parts"),
        ("The band toured in several countries.", "claims.vague-quantifier", "several countries"),
        ("The painting was considered lost for a century.", "claims.agentless-passive", "was considered"),
        ("He allegedly burned the letters.", "claims.agentless-passive", "allegedly"),
        ("The so-called reform cut few costs.", "claims.agentless-passive", "so-called"),
        ("The well-known novelist wrote of village life.", "claims.unsupported-superlative", "well-known"),
    ],
)
def test_encyclopedic_profile_words_to_watch(text: str, rule: str, cue: str) -> None:
    found = [(d.rule, text[d.column - 1 : d.end_column - 1]) for d in REFERENCE.lint_text(text, "entry.txt")]
    assert (rule, cue) in found
    assert rules(text) == []  # news copy: none of these is flagged by default


def test_encyclopedic_profile_leaves_degree_and_description_alone() -> None:
    for text in (
        "The station was rebuilt as many times as the line was extended.",
        "He lived there for some years.",
        "The sauce is added to some dishes at the table.",
        "The recipe needs some 200 grams of flour.",
    ):
        assert rules(text, linter=REFERENCE) == [], text


def test_encyclopedic_profile_is_supported_by_citations_not_speakers() -> None:
    said = "Hale argued that many of the letters were forged."
    assert rules(said) == []  # news: a named speaker carries it
    assert rules(said, linter=REFERENCE) == ["claims.vague-quantifier"]
    assert rules("Many of the letters were forged.[3]", linter=REFERENCE) == []
    linked = "Many of the letters [were forged](https://example.org/letters).\n"
    assert rules(linked, "entry.md", linter=REFERENCE) == []


def test_unknown_profile_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        Linter({"claims": {"profile": "academic"}}, plugins=False)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Proponents of the scheme argue that it will pay for itself.", "Proponents of the scheme argue"),
        ("Supporters claim that the tax is fair.", "Supporters claim"),
        ("Purists have long contended that the recipe is wrong.", "Purists have long contended"),
    ],
)
def test_unnamed_class_holding_a_view(text: str, cue: str) -> None:
    assert ("claims.vague-attribution", cue) in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Yukos argued that the US court could stop the auction.",
        "The authors argue that the sample was too small.",
        "Prosecutors alleged that he hid the losses.",
        "Democrats in the state senate argue that the bill is unfair.",
    ],
)
def test_named_or_described_groups_are_sources(text: str) -> None:
    assert "claims.vague-attribution" not in rules(text)


def test_a_vague_groups_own_verb_is_no_source() -> None:
    assert rules("Some followers suggest that the rule should go.") == ["claims.vague-quantifier"]


def test_unknown_scope_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        Linter({"claims": {"attribution-scope": "article"}}, plugins=False)


def test_nouns_after_determiners_are_not_reporting_verbs() -> None:
    # "the United States", "in certain states": no one states anything.
    assert rules("Venezuela sells about 60% of its oil to the United States.") == ["claims.unattributed-statistic"]
    assert rules("Others question the caucuses held in certain states.") == ["claims.vague-attribution"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Tradition holds that the well never runs dry.", "Tradition holds"),
        ("One story has it that the bell was cast from cannon.", "One story has it"),
    ],
)
def test_tradition_as_a_source(text: str, cue: str) -> None:
    assert ("claims.vague-attribution", cue) in cues(text)


def test_known_to_be_needs_a_knower() -> None:
    assert ("claims.agentless-passive", "are known to exist") in cues("Several recipes are known to exist.")
    assert rules("The man was known to police.") == []


def test_vague_source_does_not_support_a_statistic() -> None:
    assert sorted(rules("Experts say crime rose 38 percent last year.")) == [
        "claims.unattributed-statistic",
        "claims.vague-attribution",
    ]


def test_one_statistic_diagnostic_per_sentence() -> None:
    assert cues("Sales rose 8% to 40.7bn euros ($53bn; £35bn).") == [("claims.unattributed-statistic", "8%")]


# -- sweeping, trends, superlatives, causes, speculation, certainty -----------------------------


@pytest.mark.parametrize(
    ("text", "rule", "cue"),
    [
        ("Most people now distrust the press.", "claims.sweeping-generalisation", "Most people"),
        ("Nearly all the stations were closed.", "claims.sweeping-generalisation", "Nearly all"),
        ("Everyone knows the bridge is unsafe.", "claims.sweeping-generalisation", "Everyone knows"),
        ("Almost everyone has a mobile phone.", "claims.sweeping-generalisation", "Almost everyone"),
        ("A growing number of families are giving up their cars.", "claims.unsupported-trend", "A growing number"),
        ("Young voters are increasingly turning away from the party.", "claims.unsupported-trend", "increasingly"),
        ("The plant is the largest of its kind in Europe.", "claims.unsupported-superlative", "the largest"),
        ("It is one of the best hospitals in the country.", "claims.unsupported-superlative", "one of the best"),
        (
            "Britain's biggest retailer opened a store in the town.",
            "claims.unsupported-superlative",
            "Britain's biggest",
        ),
        ("The storm caused unprecedented damage.", "claims.unsupported-superlative", "unprecedented"),
        ("House prices rose because of a shortage of new homes.", "claims.unsupported-causation", "because of"),
        ("The fall in crime was driven by better street lighting.", "claims.unsupported-causation", "driven by"),
        ("The fire was probably started deliberately.", "claims.unattributed-speculation", "probably"),
        ("The policy has clearly failed.", "claims.certainty-marker", "clearly"),
        ("It is a fact that the scheme lost money.", "claims.certainty-marker", "It is a fact that"),
        ("Many scholars are wary of the theory.", "claims.vague-quantifier", "Many scholars"),
    ],
)
def test_claim_cues_are_reported_on_the_cue(text: str, rule: str, cue: str) -> None:
    assert cues(text) == [(rule, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "Most people now distrust the press, according to an Ipsos poll of 2,000 adults.",
        "A growing number of families are giving up their cars, the RAC Foundation said.",
        "The plant is the largest of its kind in Europe, according to the European Commission.",
        "House prices rose because of a shortage of new homes, the Halifax said.",
        "The fire was probably started deliberately, the fire service said.",
        "Many scholars reject the theory, Prof Ann Hale of Leeds University said.",
    ],
)
def test_claims_with_a_named_source(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The largest room in the house is the kitchen.",  # a description, not a ranking
        "At least four people were hurt, and they did their best to help.",
        "She withdrew from the final because of injury.",  # the reason for one event
        "The report is due to be published in May.",
        "She spoke clearly and the sign was clearly visible.",
        "He said it was clearly a mistake.",  # the speaker's certainty, in reported speech
        "I probably should have gone home because I was tired.",  # the writer's own experience
        "Her best friend won the best actress award.",
        "Some 200 people attended the vigil.",
        "He was charged after allegedly stabbing a man.",  # the legal hedge news copy needs
        "The budget reduced corporate tax rates to 30%.",  # a level set by someone
        "Pledged 102bn rupees ($2.3bn) for tsunami victims.",
        "Increased spending on health to 102bn rupees.",
        "Increased the flow of funds to farming by 30%.",
        "The chancellor has doubled the threshold for stamp duty.",
        "The change could hold many people harmless.",
        "Venezuela has offered to supply 120,000 barrels of fuel oil a month.",  # a commitment
        "Taxes will be cut in order to attract $15bn of foreign investment.",
        "Gadgets which could be said to feature surprisingly low include the telephone.",
        "Vendors set out to prove that bigger is definitely better.",
        "The campaign tried to convince EU decision makers that entry would in fact pay for itself.",
    ],
)
def test_not_claims(text: str) -> None:
    assert rules(text) == []


def test_certainty_marker_is_a_suggestion() -> None:
    [d] = CLAIMS.lint_text("The policy has clearly failed.", "story.txt")
    assert d.severity is copylint.Severity.SUGGESTION
    assert "evidence" in d.message


# -- vague sources and agentless passives ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Experts say the scheme will fail.", "Experts say"),
        ("Critics argue that the tax is unfair.", "Critics argue"),
        ("Critics of the plan argue that it is unfair.", "Critics of the plan argue"),
        ("Some say the mayor should resign.", "Some say"),
        ("Many believe the election was rigged.", "Many believe"),
        ("Studies show that sugar is addictive.", "Studies show"),
        ("A recent study found that sugar is addictive.", "A recent study found"),
        ("Sources said the minister would resign.", "Sources said"),
        ("The minister will resign, according to reports.", "according to reports"),
        ("The minister will reportedly resign.", "reportedly"),
        ("The mayor will resign, say analysts.", "say analysts"),
    ],
)
def test_vague_attribution(text: str, cue: str) -> None:
    assert ("claims.vague-attribution", cue) in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Economists at the Institute for Fiscal Studies say the scheme will fail.",
        "Downing Street sources said the minister would resign.",
        "A 2019 study by the University of Bristol found that sugar was addictive in rats.",
        "Official figures show that unemployment fell.",
        "The researchers said the results were clear.",
        "A survey of 1,000 people, carried out by YouGov for the BBC, found that 43% agreed.",
        "Baroness Kennedy said people already thought politicians engaged in dirty tricks.",
    ],
)
def test_described_sources_are_not_vague(text: str) -> None:
    assert "claims.vague-attribution" not in rules(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It is believed that the minister will resign.", "It is believed"),
        ("It has been suggested that the vote was rigged.", "It has been suggested"),
        ("It is understood that talks have collapsed.", "It is understood"),
        ("The deal is thought to be worth billions.", "is thought to be"),
        ("He is said to have cried when he saw the film.", "is said to have"),
        ("The album is widely regarded as a classic.", "is widely regarded as"),
        ("The decision has been criticised.", "has been criticised"),
        ("The house is reputedly haunted.", "reputedly"),
    ],
)
def test_agentless_passive(text: str, cue: str) -> None:
    assert cues(text) == [("claims.agentless-passive", cue)]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was built in 1890.",
        "The move is seen by the Bank of England as a sign of strength.",
        "He was described as 'average' by his first coach, Tom Reed.",
        "It is believed the man fled, police said.",
        "Police said the man fled on foot. He is described as tall, with a beard.",
    ],
)
def test_passives_with_an_agent_or_no_claim(text: str) -> None:
    assert "claims.agentless-passive" not in rules(text)


def test_impersonal_passive_is_flagged_even_next_to_a_named_source() -> None:
    assert rules("Police said the man fled. It is thought he was armed.") == ["claims.agentless-passive"]


# -- quotations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Most people distrust the press, and crime rose 38 percent," said Ann Hale.',
        "“Most people distrust the press, and crime rose 38 percent,” said Ann Hale.",
        "‘Most people distrust the press, and crime rose 38 percent,’ said Ann Hale.",
        # A quotation spanning sentences, attributed at its end.
        "“Crime rose 38 percent. It is clearly the worst year ever. Experts say so,” Hale said.",
        # A quotation spanning paragraphs: the second opens with a quote mark and no close.
        "Hale said: “Crime rose 38 percent.\n\n“Most people know it is the worst year ever.”",
        # Nested quotations.
        "“The minister told me ‘crime rose 38 percent, the largest rise in Europe’,” Hale said.",
    ],
)
def test_nothing_inside_a_quotation_is_flagged(text: str) -> None:
    assert rules(text) == []


def test_claims_outside_the_quotation_are_still_flagged() -> None:
    text = "Crime rose 38 percent last year. “It is clearly a crisis,” she added in a later interview."
    # the paragraph names a speaker, so the statistic counts as attributed; the quote is skipped
    assert rules(text) == []
    text = "The council met on Monday.\n\nCrime rose 38 percent last year.\n\n“It is clearly a crisis,” said Ann Hale."
    assert rules(text) == ["claims.unattributed-statistic"]


def test_quote_with_a_speaker_supports_the_claim_beside_it() -> None:
    assert rules('Crime rose 38 percent, "a disgrace," said Ann Hale, the mayor.') == []


def test_quote_without_speaker() -> None:
    text = (
        "The council voted on Tuesday to close the library.\n\n"
        "“This will cost jobs, and nobody in the town hall seems to care about it.”"
    )
    [d] = CLAIMS.lint_text(text, "story.txt")
    assert d.rule == "claims.quote-without-speaker" and (d.line, d.column) == (3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "“This will cost jobs, and nobody in the town hall seems to care about it,” said Jane Ellis.",
        "Jane Ellis, a union official, was angry.\n\n“This will cost jobs, and nobody seems to care.”",
        "Ellis said: “This will cost jobs.\n\n“And nobody in the town hall seems to care about it.”",
        "The union called the plan “a betrayal of everyone who works here”.",
        "The band played “Bridge Over Troubled Water” twice.",
    ],
)
def test_quotes_with_a_speaker_or_not_direct_speech(text: str) -> None:
    assert rules(text) == []


# -- citations and links ------------------------------------------------------------------------


def test_markdown_link_counts_as_a_citation() -> None:
    assert rules("Crime rose [38 percent](https://example.org/crime-2024) last year.\n", "story.md") == []
    assert rules("Crime rose 38 percent last year.\n", "story.md") == ["claims.unattributed-statistic"]


def test_reference_link_and_html_anchor_count_as_citations() -> None:
    text = "Crime rose [38 percent][figures] last year.\n\n[figures]: https://example.org/crime\n"
    assert rules(text, "story.md") == []
    html = "<p>Crime rose <a href='https://example.org/crime'>38 percent</a> last year.</p>"
    assert rules(html, "story.html") == []


@pytest.mark.parametrize(
    "text",
    [
        "Crime rose 38 percent last year.[1]",
        "Crime rose 38 percent last year.[^police]",
        "Crime rose 38 percent last year (Hale, 2021).",
        "Crime rose 38 percent last year (see https://example.org/crime).",
    ],
)
def test_citation_markers(text: str) -> None:
    assert rules(text) == []


# -- scope ---------------------------------------------------------------------------------------


def test_headlines_are_left_alone_unless_asked() -> None:
    text = "Crime rises 38 percent\n\nThe city council met on Monday."
    assert rules(text) == []
    headlines = Linter({"select": ["claims"], "claims": {"headlines": True}}, plugins=False)
    assert rules(text, linter=headlines) == ["claims.unattributed-statistic"]


def test_explain_lists_the_cues() -> None:
    from click.testing import CliRunner

    from copylint.cli import main

    result = CliRunner().invoke(main, ["explain", "claims.vague-attribution"])
    assert result.exit_code == 0
    assert "experts say" in result.output and "studies show" in result.output


@pytest.mark.parametrize("extra", ["", " The \u017fhop closed."])  # "ſ": a case-folding trap, no keyword tests
def test_sweeping_claims_are_found_in_any_sentence_of_a_longer_document(extra: str) -> None:
    text = "The town has a new bridge. Most people now distrust the press. Across the board, fares rose." + extra
    found = [c for c in cues(text) if c[0] == "claims.sweeping-generalisation"]
    assert found == [
        ("claims.sweeping-generalisation", "Most people"),
        ("claims.sweeping-generalisation", "Across the board"),
    ]


def test_sweeping_sentences_read_at_once_are_those_each_sentence_test_passes() -> None:
    """The sentences :func:`_sweeping_sentences` picks from the whole document are those whose
    own lower-cased text holds the keywords of a kind the document holds (the sentence-by-sentence
    test of :func:`_sweeping_finder`), in documents with keywords inside words, across sentence
    ends, in quotations, next to non-ASCII letters that change length or case in context."""
    import random

    from copylint import matching, read_document
    from copylint.families.claims.attribution import analyse
    from copylint.families.claims.rules import _sweeping_needs, _sweeping_sentences

    rng = random.Random(17)
    words = "Most most ALL all small one money No one nobody Everybody knows like the those such majority vast"
    words += " of people voters were created across board. world over. Whole without exception almost Nearly"
    words += ' universally accepted \u03a3\u03a3 caf\u00e9 \u201cMost\u201d "all" said. Why? Yes! fine,'
    vocabulary = words.split()
    needs = _sweeping_needs()
    tested = 0
    for _ in range(400):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randrange(4, 60))) + "."
        doc = read_document(text, "t.txt")
        blanked = analyse(doc).blanked
        got = _sweeping_sentences(doc, blanked)
        if got is None:
            continue
        low = matching.lowered(blanked)
        assert low is not None
        kinds = [groups for groups in needs if matching.holds_every_group(groups, low)]
        want = set()
        for index, sentence in enumerate(doc.sentences):
            own = matching.lowered(blanked[sentence.span.start : sentence.span.end])
            if own is None or any(matching.holds_every_group(groups, own) for groups in kinds):
                want.add(index)
        assert got == want, text
        tested += len(doc.sentences)
    assert tested > 500
