"""Figures of round 18: a part that names its toll ("among those killed", "of the dead") or
continues the last figure ("of them") still finds that figure when a line between states no
figure of its own — a bullet "- The WHO recorded two attacks" in a list of highlights, or a
figure-free sentence in the same paragraph — but not across a paragraph or section break.

Sentences written for these tests (not from the dev set or the held-out articles)."""

from datetime import date

import pytest
from extract_helpers import headed

PUBLISHED = date(2025, 10, 8)  # a Wednesday


def _parts(body: str) -> set[tuple]:
    return {
        (c.measure, c.from_code, c.to_code, c.value, c.scope)
        for c in headed(body, PUBLISHED)
    }


@pytest.mark.parametrize("body, fact", [
    ("KEY POINTS\n\n"
     "- At least 14 civilians were killed and 40 injured in Russian strikes on Dnipro, Ukraine, "
     "on Tuesday, the regional governor said.\n"
     "- Emergency crews recorded three fires at warehouses.\n"
     "- Save the Children said four children were among those killed.",
     ("killed", "RUS", "UKR", 4, "children")),
    ("SUMMARY\n\n"
     "- Russian drones wounded 23 people in Sumy, Ukraine, on Tuesday, officials said.\n"
     "- Power was cut to two districts.\n"
     "- Doctors said five children were among the injured.",
     ("wounded", "RUS", "UKR", 5, "children")),
    ("Israeli strikes killed 30 people in Gaza on Tuesday, the health ministry said. Rescuers "
     "searched the rubble through the night. The ministry said 11 women were among the dead.",
     ("killed", "ISR", "PSE", 11, "women")),
])
def test_a_part_finds_its_toll_across_a_line_with_no_figure(body, fact):
    got = _parts(body)
    assert fact in got, got
    assert (*fact[:4], None) not in got, got  # a part, not a toll of its own


def test_a_part_next_to_its_toll_is_unchanged():
    got = _parts("- At least 14 civilians were killed in Russian strikes on Dnipro, Ukraine, on "
                 "Tuesday, the governor said.\n"
                 "- Four children were among those killed, he said.")
    assert ("killed", "RUS", "UKR", 4, "children") in got, got


def test_a_group_after_a_section_break_is_no_part_of_the_last_toll():
    got = _parts("HIGHLIGHTS\n\n"
                 "- At least 14 civilians were killed in Russian strikes on Dnipro, Ukraine, on "
                 "Tuesday, officials said.\n"
                 "- Crews recorded three fires.\n\n"
                 "RESPONSE\n\n"
                 "UNICEF said 200 children were evacuated to Lviv.")
    assert not any(p[3] == 200 for p in got), got


def test_a_group_acted_on_otherwise_after_a_quiet_line_is_no_part():
    got = _parts("- Russian strikes killed 14 civilians in Dnipro, Ukraine, on Tuesday, officials "
                 "said.\n"
                 "- Crews recorded three fires.\n"
                 "- Volunteers said 120 children were evacuated to Lviv.")
    assert not any(p[3] == 120 for p in got), got
