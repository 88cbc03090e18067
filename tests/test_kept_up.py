"""Work under way past its end date that its own words say goes on by design, which
overdue-initiative (PL807) does not report late (rules._text.kept_up, being_piloted)."""

from __future__ import annotations

import pytest

from planlint.testing import RuleTester, plan_from
from rules._text import being_piloted, kept_up

PLAN = """\
planlint: 1
plan: {{as_of: 2021-04-19}}
initiatives:
  - {{id: W1, {fields}, start: 2020-01-01, end: 2020-08-31, status: {status}}}
"""


@pytest.mark.parametrize(("fields", "goes_on"), [
    # a thing made, still developed
    ("title: Embed a vocabulary rich environment, x-review: 'Staff accessed training and "
     "have created a vocabulary rich environment which continues to be developed.'", True),
    ("title: Developing/refining our Maintainer Onboarding curriculum, x-progress: 'Having "
     "onboarded new Maintainers, we are continuing to develop our Maintainer onboarding "
     "process and curriculum.'", True),
    # updated as what it follows evolves
    ("title: 'Milestone 4: Client Server PTP', description: 'Experimental implementation; "
     "Updates to the implementation as the spec evolves.'", True),
    # a pilot being tried
    ("title: Pilot the CarpentryConnect Kit, x-progress: 'The kit is being piloted on the "
     "US East Coast, in the Nordics, and South Africa.'", True),
    # an effort kept up (as initiative-without-dates reads it)
    ("title: Online business culture, description: 'The agency continues to work toward "
     "establishing a strong online business culture.'", True),
    # work only begun, or not yet delivered, still being developed
    ("title: Website redesign, description: 'We have started the redesign and are "
     "continuing to develop it.'", False),
    ("title: Website redesign, description: 'We are continuing to develop the new "
     "website, coming soon.'", False),
    ("title: Establish recurring cycles for Maintainer recruitment, x-progress: 'We are "
     "working towards developing recurring cycles.'", False),
    # a later stage piloted, not the pilot itself; a pilot with no word of its trying
    ("title: Roll out the dealer app, description: 'The app is being piloted in two "
     "regions.'", False),
    ("title: Pilot the volunteer agreement", False),
])
def test_kept_up(fields: str, goes_on: bool) -> None:
    fragment = PLAN.format(fields=fields, status="active")
    initiative = plan_from(fragment).initiatives[0]
    assert (kept_up(initiative) or being_piloted(initiative)) is goes_on
    found = [f.node for f in RuleTester.installed("PL807").findings(fragment)]
    assert found == ([] if goes_on else ["W1"])


def test_only_work_reported_under_way() -> None:
    """Work still planned past its end is late whatever its words say."""
    fragment = PLAN.format(fields="title: Pilot the kit, x-progress: 'The kit is being "
                                  "piloted in two regions.'", status="planned")
    assert [f.node for f in RuleTester.installed("PL807").findings(fragment)] == ["W1"]
