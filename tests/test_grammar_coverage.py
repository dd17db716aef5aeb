"""The grammar coverage pack (rules/grammar-coverage.yaml) through the public API and the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from copylint.cli import main
from pack_examples import GB, US, check_pack, found

PACK = Path(__file__).resolve().parents[1] / "rules" / "grammar-coverage.yaml"
PACK_RULES = yaml.safe_load(PACK.read_text(encoding="utf-8"))["rules"]
RULES = [r["id"] for r in PACK_RULES]


@pytest.mark.parametrize(
    ("text", "rule", "span", "suggestion"),
    [
        ("She has make a decision.", "grammar.have-base-verb", "has make", "has made"),
        ("He was went home early.", "grammar.be-past-tense", "was went", "went"),
        ("It will difficult to find a job.", "grammar.missing-be", "will difficult", "will be difficult"),
        ("It will not difficult to find a job.", "grammar.missing-be", "will not difficult", "will not be difficult"),
        ("We need a person who are capable.", "grammar.relative-clause-agreement", "person who are", "person who is"),
        ("It helps people who has no money.", "grammar.relative-clause-agreement", "people who has", "people who have"),
        ("Every person need help.", "grammar.each-every-agreement", "Every person need", "Every person needs"),
        ("Each student have a book.", "grammar.each-every-agreement", "Each student have", "Each student has"),
        ("There have many people in the city.", "grammar.there-have", "There have", "There are"),
        ("There has a problem with it.", "grammar.there-have", "There has", "There is"),
        ("It will help they to understand.", "grammar.pronoun-object-case", "they", "them"),
        ("They want he to go.", "grammar.pronoun-object-case", "he", "him"),
        ("I enjoy to play football.", "grammar.gerund-verb-complement", "enjoy to play", "enjoy playing"),
        ("They avoided to go there.", "grammar.gerund-verb-complement", "avoided to go", "avoided going"),
        ("I don't know where is he.", "grammar.embedded-question-order", "where is he", "where he is"),
        ("Prices rose, but this policy help us.", "grammar.clause-subject-agreement", "policy help", "policy helps"),
        ("They walk because the buses runs late.", "grammar.clause-subject-agreement", "buses runs", "buses run"),
        ("They faced failures and lot of struggles.", "grammar.lot-of-article", "lot of", "a lot of"),
        (
            "He said that endangered animals is a concern.",
            "grammar.clause-subject-agreement",
            "animals is",
            "animals are",
        ),
        ("I want to going home.", "grammar.infinitive-form", "want to going", "want to go"),
        ("She will going home.", "grammar.modal-ing", "will going", "will go"),
        ("She will going home.", "grammar.modal-ing", "will going", "will be going"),
        ("Is important to study every day.", "grammar.missing-it", "Is important", "It is important"),
        ("On my opinion, it is wrong.", "grammar.opening-phrase-preposition", "On my opinion", "In my opinion"),
        (
            "In the other hand, it costs more.",
            "grammar.opening-phrase-preposition",
            "In the other hand",
            "On the other hand",
        ),
        (
            "Most students thinks the exam is hard.",
            "grammar.plural-subject-verb-s",
            "students thinks",
            "students think",
        ),
        ("Many people believes it.", "grammar.plural-subject-verb-s", "people believes", "people believe"),
        ("I going to the shop now.", "grammar.pronoun-progressive-be", "I going", "I am going"),
        ("They are play football.", "grammar.be-bare-verb-object", "are play", "are playing"),
        ("It is depends on the weather.", "grammar.be-third-person-verb", "is depends", "depends"),
        ("The people is angry.", "grammar.irregular-plural-agreement", "people is", "people are"),
        ("Each of them are ready.", "grammar.each-of-pronoun-agreement", "are", "is"),
        ("I can't swimming.", "grammar.negative-modal-ing", "swimming", "swim"),
        ("Can he swims?", "grammar.modal-question-verb-form", "Can he swims", "Can he swim"),
        ("She seems be happy.", "grammar.seem-bare-verb", "seems be", "seems to be"),
        ("It made me feeling better.", "grammar.object-verb-form", "made me feeling", "made me feel"),
        ("She decided going home.", "grammar.infinitive-verb-ing", "decided going", "decided to go"),
        ("You had better to go.", "grammar.better-rather-to", "had better to go", "had better go"),
        ("He told that he was tired.", "grammar.told-that", "told that", "said that"),
        ("If I would have known, I would have come.", "grammar.if-would-have", "would have", "had"),
        ("I have saw that film.", "grammar.perfect-past-tense", "have saw", "have seen"),
        ("He had to spoke to her.", "grammar.infinitive-past-form", "spoke", "speak"),
        ("He is as tall than me.", "grammar.as-than", "as tall than", "as tall as"),
        ("She drives very careful.", "grammar.adjective-for-adverb", "careful", "carefully"),
        ("I use to play tennis.", "grammar.use-to-used-to", "use to", "used to"),
        ("There were a man in the garden.", "grammar.there-are-singular", "There were", "There was"),
        ("Why you are late again?", "grammar.question-word-order", "Why you are", "Why are you"),
        ("The room is not enough big for us.", "grammar.enough-adjective", "enough big", "big enough"),
        ("I very enjoyed the film.", "grammar.very-verb", "very enjoyed", "really enjoyed"),
        ("It rained during two weeks.", "grammar.since-duration", "during two weeks", "for two weeks"),
        ("They visited each others homes.", "grammar.each-others", "each others", "each other's"),
        ("He did it all by hisself.", "grammar.reflexive-pronoun", "hisself", "himself"),
        ("That was real good.", "grammar.real-adverb", "real", "really"),
        ("I prefer tea than coffee.", "grammar.prefer-than", "than", "to"),
        ("Despite he was ill, he played.", "grammar.despite-clause", "Despite he was", "Although he was"),
        ("How about to go out tonight?", "grammar.how-about-to", "about to go", "about going"),
        ("I will able to finish it.", "grammar.modal-able-to", "will able", "will be able"),
        ("I am born in 1990.", "grammar.born-tense", "am born", "was born"),
        ("I have 20 years old.", "grammar.age-have", "I have 20 years old", "I am 20 years old"),
        ("She did a terrible mistake.", "grammar.make-do-collocation", "did", "made"),
        ("I have hungry now.", "grammar.have-adjective", "I have hungry", "I am hungry"),
        ("Please seat down here.", "grammar.seat-sit", "seat down", "sit down"),
        ("Can you borrow me your pen?", "grammar.borrow-lend", "borrow me", "lend me"),
        ("This song remembers me of my youth.", "grammar.remember-remind", "remembers", "reminds"),
        ("This model is superior than the old one.", "grammar.comparative-to", "than", "to"),
        ("Him went home early.", "grammar.object-pronoun-subject", "Him", "He"),
        ("My father work in a bank.", "grammar.noun-subject-base-verb", "father work", "father works"),
        ("Did you saw him yesterday?", "grammar.did-past-form", "saw", "see"),
        ("We met in Monday.", "grammar.time-preposition", "in Monday", "on Monday"),
        ("I want you come to the party.", "grammar.object-infinitive-to", "want you come", "want you to come"),
        ("They invited my wife and I to dinner.", "grammar.object-and-i", "and I", "and me"),
        ("The man which I met was kind.", "grammar.relative-pronoun-person", "which", "who"),
        ("If I was you, I would go.", "grammar.if-i-was", "was", "were"),
        ("Everything are fine here.", "grammar.indefinite-thing-verb", "are", "is"),
        ("The flat is too much expensive.", "grammar.too-much-adjective", "too much expensive", "too expensive"),
        ("It is much important to rest.", "grammar.much-adjective", "much important", "very important"),
        ("The choice is their's.", "grammar.possessive-pronoun-apostrophe", "their's", "theirs"),
        ("I deleted it on accident.", "grammar.by-accident", "on accident", "by accident"),
        ("She likes to swimming in the sea.", "grammar.infinitive-form", "likes to swimming", "likes to swim"),
        ("Neither of them are coming.", "grammar.each-of-pronoun-agreement", "are", "is"),
        ("I rely my family to help me.", "grammar.missing-preposition", "rely my", "rely on my"),
        ("It returns more as one result.", "grammar.more-as-number", "as", "than"),
        ("I don't will do that.", "grammar.negative-auxiliary-form", "don't will", "won't"),
        ("I've having lunch.", "grammar.negative-auxiliary-form", "'ve having", "'ve been having"),
        ("Does the plan works?", "grammar.does-question-verb-s", "works", "work"),
        ("I consider to run every day.", "grammar.gerund-verb-complement", "consider to run", "consider running"),
    ],
)
def test_flags_with_span_and_suggestion(text: str, rule: str, span: str, suggestion: str) -> None:
    hits = [f for f in found(text) if f[0] == rule]
    assert hits, f"{rule} did not fire on {text!r}: {found(text)}"
    assert hits[0][1] == span
    assert suggestion in hits[0][2]


@pytest.mark.parametrize(
    ("text", "rule", "span"),
    [
        ("They going to the shops.", "grammar.missing-be", "They going"),
        ("It very important to study.", "grammar.missing-be", "It very important"),
        ("There many people in the city.", "grammar.missing-be", "There many"),
        ("It was so good film.", "grammar.so-such", "so good film"),
        ("Although it rained, but we went out.", "grammar.double-conjunction", "but"),
        ("Because he was ill, so he stayed at home.", "grammar.double-conjunction", "so"),
        ("She has a good friends here.", "grammar.determiner-plural-noun", "a good friends"),
        ("I want to learn every details.", "grammar.determiner-plural-noun", "every details"),
        ("This things are important.", "grammar.determiner-plural-noun", "This things"),
    ],
)
def test_flags_without_a_single_fix(text: str, rule: str, span: str) -> None:
    hits = [f for f in found(text) if f[0] == rule]
    assert hits and hits[0][1] == span, found(text)


#: Correct sentences the pack's rules must leave alone (en-US and en-GB).
CORRECT = [
    # questions and reported speech keep their auxiliary before the pronoun
    "What's he going to do?",
    "And why was she crying?",
    "She will likely win the seat.",
    "He, too, was there.",
    # participles that look like past tenses, and 'have' + noun
    "The costs are costed and affordable.",
    "We have time to spare.",
    "They have come home.",
    # 'which' may stand for a whole clause; collective nouns take either number
    "He dealt with it in about 11 minutes which is too little time.",
    "They met a family who are from Leeds.",
    "She is one of the players who has scored.",
    # 'each' + time nouns are adverbials; 'each other'
    "Every day we have lessons.",
    "They help each other have fun.",
    "There have been many changes.",
    "There has never been a better time.",
    "She stopped to look at the map.",
    "He asked that the minister resign.",
    "Prices rose, but the government want answers.",
    "The film was so good.",
    "It was so much fun.",
    "Although it rained, we went out.",
    "Who is he?",
    "Their lot of land was sold.",
    # coordinated noun phrases are not clause openers; questions keep 'does' after the noun
    "A string of storms and earthquakes has made it a costly year.",
    "The partnership between artists and technologists is new.",
    "How many beds does the hospital have?",
    "The campaigning on all sides is conducted badly.",
    "One gigabit a second systems will not be ready.",
    "I look forward to meeting you.",
    "He is used to working late.",
    "Is it important to study?",
    "In the other hand he held a knife.",
    "Politics is a rough trade.",
    "She bought a sports car.",
    "A few days later, she left.",
    # questions invert 'be' and the pronoun; 'of' moves the subject's head elsewhere
    "Why am I doing this?",
    "What is he doing here?",
    "One of the people is missing.",
    "Which one of them are you?",
    "What it is depends on you.",
    "I wonder if he would have known.",
    "We were told that they would come.",
    "She told that story twice.",
    "There are a number of problems.",
    "There were a man and a woman in the garden.",
    "Keep them safe.",
    "He has been broke since May.",
    "It is work that pays.",
    "All we can do is wait for the results.",
    "They agreed funding for the project.",
    "I want that car.",
    "I saw him yesterday, and he has criticised yesterday's decision.",
    "He seems to have already come a few years ago.",
    "What you are saying is wrong.",
    "We have enough money; they were lucky enough not to go.",
    "I very much enjoyed it.",
    "During three years of war, the city fell.",
    "He is the real bad guy.",
    "I prefer to walk rather than drive.",
    "Despite being ill, he played.",
    "A baby is born in the UK every minute.",
    "I have 20 years of experience.",
    "Did your efforts come to much?",
    "We have cold hands.",
    "I remember him from school.",
    "Her mother went home.",
    "The team play well together, and the student loan in question was repaid.",
    "In Monday's game he scored; the shop opens on January 5.",
    "He says since 2010 prices have risen.",
    "Let him leave the room; I want you home by ten.",
    "My wife and I went to dinner, and he said my wife and I were late.",
    "As if nothing were wrong, he left.",
    "There is too much red tape, and it is not much different.",
    "They reached the very upper floor.",
    "A network of mines was laid.",
    "She is going to swimming lessons.",
    "Wait a minute; it depends what you mean.",
    "He is known more as a singer.",
    "Those who don't will never know.",
    "They were considered to be the best.",
    "It has the most high-tech kit and the silliest name.",
    "You may have scheduling conflicts.",
    "It is what we consider to be fair, and I expect you know it.",
    "It is recommended to wait.",
]


def test_the_packs_rules_have_docs_examples_and_leave_correct_text_alone() -> None:
    check_pack(PACK_RULES, ("summary", "explanation"), (US, GB), CORRECT, alone_among=set(RULES))


def test_cli_reports_a_coverage_rule_with_its_position(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Title\n\nThe report said it will difficult to agree.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--select", "grammar.missing-be", str(story)])
    assert result.exit_code == 1, result.output
    assert f"{story}:3:20: warning grammar.missing-be" in result.output


def test_rules_are_listed_and_explained() -> None:
    result = CliRunner().invoke(main, ["rules"])
    for rule in RULES:
        assert rule in result.output
    explained = CliRunner().invoke(main, ["explain", "grammar.so-such"])
    assert explained.exit_code == 0 and "such a good film" in explained.output
