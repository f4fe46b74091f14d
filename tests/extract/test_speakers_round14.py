"""Who speaks, on sentences written for these tests: a participle closing a contrasting clause
with a speaker of its own ("Kyiv says …, while Moscow puts the number at 185, saying …")
continues that clause's report, though the parser hangs it on the first one."""

from datetime import date

import pytest
from extract_helpers import attributed, headed

PUBLISHED = date(2025, 10, 4)  # a Saturday


def facts(body: str) -> list[tuple]:
    return attributed(headed(body, PUBLISHED))


@pytest.mark.parametrize(
    ("body", "want", "unwanted"),
    [
        ("Kyiv says 205 Ukrainians returned home on Thursday, while Moscow puts the number at "
         "185, saying it handed over 185 Ukrainian servicemen in return for 185 Russian "
         "soldiers.",
         [("prisoners_released", "RUS", "UKR", 185, "RUSGOV", ()),
          ("prisoners_released", "UKR", "RUS", 185, "RUSGOV", ()),
          ("prisoners_released", "RUS", "UKR", 205, "UKRGOV", ())],
         ("prisoners_released", "RUS", "UKR", 185, "UKRGOV", ())),
        ("Ukraine said 150 of its soldiers came home, while Russia gave a lower figure, saying "
         "it had handed over 120 prisoners.",
         [("prisoners_released", "RUS", "UKR", 120, "RUSGOV", ()),
          ("prisoners_released", "RUS", "UKR", 150, "UKRGOV", ())],
         ("prisoners_released", "RUS", "UKR", 120, "UKRGOV", ())),
        ("Kyiv says 90 civilians came home, whereas Moscow counted fewer, adding that it "
         "released 70 prisoners.",
         [("prisoners_released", "RUS", "UKR", 70, "RUSGOV", ())],
         ("prisoners_released", "RUS", "UKR", 70, "UKRGOV", ())),
    ],
)
def test_participle_continues_the_nearest_report(
    body: str, want: list[tuple], unwanted: tuple
) -> None:
    got = facts(body)
    for w in want:
        assert w in got
    assert unwanted not in got
    assert not any(f[5] for f in got)  # neither side relays the other


def test_participle_after_a_plain_clause_stays_with_the_speaker() -> None:
    # negative: the clause before the participle reports nothing; Ukraine still speaks
    got = facts(
        "Ukraine said 150 of its soldiers came home, while the swap took place at the border "
        "with Belarus, adding that it had freed 120 Russian prisoners."
    )
    assert ("prisoners_released", "UKR", "RUS", 120, "UKRGOV", ()) in got
