"""person-without-objectives on a plan its members' elected board runs: the board's
members and the members who volunteer beside them answer to the membership, not to an
appraisal (see ``rules.performance._run_by_its_body``)."""

from __future__ import annotations

import planlint

#: A supporters' trust's aims, sponsored by the board its members voted in at the AGM:
#: the acting chairman, a board member leading a piece of work, and a member in no unit
#: leading another; no goal names an owner and nobody has objectives.
TRUST = """\
planlint: 1
plan: {id: rise, sponsor: board}
units:
  - id: board
    name: Supporters' Trust board
    description: BOARD
people:
  - {id: wilson, name: Tarran Wilson, role: Acting Chairman, unit: board, leader: true}
  - {id: beesley, name: Dave Beesley, role: web developer, unit: board}
  - {id: jennings, name: Dave Jennings}
goals:
  - {id: G1, title: Grow the membership to 1000 members}
initiatives:
  - {id: I1, title: Improve the membership offering, owner: jennings, supports: [G1]}
  - {id: I2, title: Explore subscription solutions, owner: beesley, supports: [G1]}
"""


def _codes(text: str) -> set[str]:
    return {finding.code for finding in planlint.lint(text).findings}


def test_a_board_its_members_elect_is_not_asked_for_its_volunteers_objectives() -> None:
    elected = TRUST.replace("BOARD", "The new board, introduced to the membership and voted "
                                      "in at the AGM.")
    assert "PL602" not in _codes(elected)


def test_a_board_nothing_says_the_members_elect_is_still_asked() -> None:
    assert "PL602" in _codes(TRUST.replace("BOARD", "The new board."))
    assert "PL602" in _codes(TRUST.replace("BOARD", "The board voted in favour of the plan."))


def test_someone_in_a_role_of_their_own_outside_the_board_is_still_asked() -> None:
    elected = TRUST.replace("BOARD", "Elected by the members at the AGM.")
    assert "PL602" in _codes(elected.replace("{id: jennings, name: Dave Jennings}",
                                             "{id: jennings, name: Dave Jennings, "
                                             "role: Membership Manager}"))
