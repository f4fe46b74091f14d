"""Who speaks, on sentences written for these tests: an unnamed army that reports fire aimed at
a state is that state's; a neutral body speaking after the attack was told keeps its own code; a
speaker's title or name the parser hung on the count before it still names the speaker."""

from datetime import date

import pytest
from extract_helpers import attributed, headed

PUBLISHED = date(2025, 10, 4)  # a Saturday


def facts(body: str) -> list[tuple]:
    return attributed(headed(body, PUBLISHED))


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Hezbollah launched three drones toward northern Israel overnight, wounding two "
         "soldiers, the military said.",
         [("drones_launched", "LBN", "ISR", 3, "ISRMIL", ()),
          ("wounded", "LBN", "ISR", 2, "ISRMIL", ())]),
        ("The Houthis fired three missiles at Israel on Friday, the military said.",
         [("missiles_launched", "YEM", "ISR", 3, "ISRMIL", ())]),
        # weapons that strike are no land army of the striker's
        ("Iranian missiles struck three bases in Israel, wounding 11 soldiers, the military "
         "said.",
         [("wounded", "IRN", "ISR", 11, "ISRMIL", ())]),
        ("Russian drones struck Odesa overnight, killing two people, the army said.",
         [("killed", "RUS", "UKR", 2, "UKRMIL", ())]),
        # the target of an attack told as a noun
        ("Hamas carried out a rocket attack on Israel, wounding three people, the army said.",
         [("wounded", "PSE", "ISR", 3, "ISRMIL", ())]),
        ("Hezbollah launched an attack on Israel on Sunday, wounding four soldiers, the "
         "military said.",
         [("wounded", "LBN", "ISR", 4, "ISRMIL", ())]),
    ],
)
def test_unnamed_army_speaks_for_the_state_fired_at(body: str, want: list[tuple]) -> None:
    assert facts(body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # the phrase names its own country: that country's army
        ("Hezbollah fired four rockets at Israel on Monday, Lebanon's army said.",
         [("missiles_launched", "LBN", "ISR", 4, "LBNMIL", ())]),
        # a state that strikes: its own army tells of it
        ("Israel struck targets in Lebanon on Monday, killing nine people, the army said.",
         [("killed", "ISR", "LBN", 9, "ISRMIL", ())]),
        # troops that fire at people themselves, launching nothing counted: their own army
        ("Israeli soldiers fired at gunmen near Jenin, killing three, the army said.",
         [("killed", "ISR", "PSE", 3, "ISRMIL", ())]),
    ],
)
def test_army_of_the_side_that_strikes_stays(body: str, want: list[tuple]) -> None:
    assert facts(body) == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Russian missiles hit Sumy. Doctors Without Borders said the strike wounded "
         "eight people.",
         ("wounded", "RUS", "UKR", 8, "MSF", ())),
        # "its" after a body with a plural name: the body
        ("Russian drones hit Chernihiv overnight. Doctors Without Borders said its clinic was "
         "damaged. Its coordinator said the attack wounded five people.",
         ("wounded", "RUS", "UKR", 5, "MSF", ())),
        ("Russian drones struck Poltava overnight. The Red Cross said its volunteers were "
         "helping. Its spokeswoman said the attack killed four people.",
         ("killed", "RUS", "UKR", 4, "ICRC", ())),
        ("Russian missiles struck Dnipro overnight. The Norwegian Refugee Council said its "
         "warehouse was hit. Its country director said the attack wounded seven people.",
         ("wounded", "RUS", "UKR", 7, "NRC", ())),
    ],
)
def test_neutral_body_after_the_attack_was_told(body: str, want: tuple) -> None:
    assert facts(body) == [want]


CONTEXT = "Russia attacked Ukraine again overnight. "


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # the name set in apposition to the count, the cue coordinated with the first clause
        ("Russia launched 40 drones, Col. Andriy Savchuk, the air force spokesman, told "
         "reporters.",
         ("drones_launched", "RUS", "UKR", 40, "UKRMIL", ())),
        # the name set in apposition to the count, the cue left with no subject
        ("Russia fired 12 Kh-101 cruise missiles, Lt. Gen. Mykola Hrytsenko said on Telegram.",
         ("missiles_launched", "RUS", "UKR", 12, "UKRMIL", ())),
        ("Russia used 45 drones, Sgt. Petro Lysenko, an air defence gunner, said.",
         ("drones_launched", "RUS", "UKR", 45, "UKRMIL", ())),
        # the title hung on the clause before, the name alone the subject
        ("Russia launched 36 drones, Lt. Col. Oksana Bilyk said.",
         ("drones_launched", "RUS", "UKR", 36, "UKRMIL", ())),
        ("Russia fired 14 missiles, Capt. Dmytro Kravets said.",
         ("missiles_launched", "RUS", "UKR", 14, "UKRMIL", ())),
        # a body a title is "for", set in apposition to the count
        ("Russian forces launched 60 Shahed drones, Oksana Bilyk, spokeswoman for the Southern "
         "Defence Forces, said.",
         ("drones_launched", "RUS", "UKR", 60, "UKRMIL", ())),
        # an untitled person after an attack: the attacker does not place her
        ("Russia launched 38 drones, Oksana Bilyk said.",
         ("drones_launched", "RUS", "UKR", 38, "UKRGOV", ())),
        # an outlet named with a capital is the outlet, not the capital
        ("Russia used 45 drones, Gen. Ivan Petrov told the Kyiv Independent.",
         ("drones_launched", "RUS", "UKR", 45, "UKRMIL", ("KYIVINDEPENDENT",))),
    ],
)
def test_speaker_after_a_count_is_found(body: str, want: tuple) -> None:
    assert facts(CONTEXT + body) == [want]


def test_person_placed_by_the_people_acted_on_stays() -> None:
    # negative: no attack, the freed people's nationality still places the speaker
    assert facts("Russia freed 40 Ukrainians, Oksana Bilyk said.") == [
        ("prisoners_released", "RUS", "UKR", 40, "UKRGOV", ())
    ]


BRIEFING = "Indian army briefing on the border"


def test_transcript_labels_name_titled_officers() -> None:
    # a briefing's transcript: each turn's title and name speak; the figure places them
    body = (
        "Maj. Gen. Arjun Mehta: Overnight, Pakistan fired 40 drones at our forward posts.\n\n"
        "Group Captain Nikhil Rao: Our air defences destroyed 31 of the drones."
    )
    got = attributed(headed(body, PUBLISHED, headline=BRIEFING))
    assert ("drones_launched", "PAK", "IND", 40, "INDMIL", ()) in got
    assert ("drones_downed", "IND", "PAK", 31, "INDMIL", ()) in got
    assert all(f[4] == "INDMIL" for f in got)


def test_topic_label_names_no_speaker() -> None:
    # negative: words before a colon that are no title and name
    got = attributed(headed("Border update: Pakistan fired 40 drones at Indian posts.",
                            PUBLISHED, headline=BRIEFING))
    assert got == [("drones_launched", "PAK", "IND", 40, "SELF", ())]


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The UN refugee agency said it had recorded the strikes. A spokeswoman for the agency "
         "said 14 people were killed in Kharkiv by Russian missiles.",
         ("killed", "RUS", "UKR", 14, "UN", ())),
        ("The Red Cross said its teams were on site in Odesa. A spokesman for the organisation "
         "said Russian drones wounded six people.",
         ("wounded", "RUS", "UKR", 6, "ICRC", ())),
        # negative: a state's body named by its role is that state's, whoever spoke before
        ("The Red Cross said its teams were on site in Odesa. A spokesman for the army said "
         "Russian drones wounded six people.",
         ("wounded", "RUS", "UKR", 6, "UKRMIL", ())),
    ],
)
def test_spokesman_for_the_body_just_quoted(body: str, want: tuple) -> None:
    assert facts(body) == [want]


def test_movement_statement_carried_by_its_channel() -> None:
    got = facts("In a statement carried by its Al-Manar television, Hezbollah said its fighters "
                "had fired 12 rockets at Israel.")
    assert got == [("missiles_launched", "LBN", "ISR", 12, "LBNGOV", ("ALMANAR",))]


def test_spokesman_for_a_state_body_met_before() -> None:
    # "the ministry" a spokesman speaks for is the ministry named before, role and all
    got = facts("Ukraine's defence ministry said it had tracked the drones. A spokesman for the "
                "ministry said Russian drones wounded seven people in Vinnytsia.")
    assert got == [("wounded", "RUS", "UKR", 7, "UKRMIL", ())]


def test_body_line_opened_by_a_bare_body() -> None:
    # a body line's "Police: …" speaks for the side its figure counts
    got = facts("Russia attacked Ukraine overnight.\n\nPolice: Russian shelling killed four "
                "people in Sumy.")
    assert got == [("killed", "RUS", "UKR", 4, "UKRGOV", ())]
