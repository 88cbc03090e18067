"""What a measure is, told from its wording and shape (planlint.measures)."""

from __future__ import annotations

import pytest

from planlint.api import load_plan
from planlint.limits import MAX_WORDED
from planlint.measure_counts import (
    counts_adopters,
    counts_decisions,
    counts_demand,
    counts_done,
    counts_gatherings,
    counts_issued,
    counts_named,
    counts_period_yield,
    counts_programme_output,
    counts_routine,
    counts_work_time,
    opens_with_count,
    receives_documents,
    shares_made,
)
from planlint.measure_figures import (
    sets_standard,
    shares_cases_meeting,
    states_direction,
    states_figures_of,
    steps_yearly,
    ticked,
)
from planlint.measure_sources import (
    gathers_views,
    names_analyser,
    names_instrument,
    names_means,
    names_record,
)
from planlint.measure_words import metric_words, scaled, title_words, worded
from planlint.measure_work import (
    carries_on,
    commits,
    counts_deliverables,
    delivers_many,
    done_in_part,
    reports_done,
    restates,
    restating,
    takes_up,
)
from planlint.measures import read_measure, says_none, shares_plan_done
from planlint.model import Actual, Measurement, Metric
from planlint.plan import Plan


def measure_of(title: str, **fields: object) -> tuple[str, float | None, bool]:
    found = read_measure(Metric.model_validate({"id": "M1", "title": title, **fields}))
    return found.kind, found.target, found.states_target


@pytest.mark.parametrize(("title", "kind"), [
    # deliverables: done or not
    ("Launch the partner portal", "milestone"),
    # a French verb of delivery, as the English one
    ("documenter nos processus dans un manuel accessible à tous", "milestone"),
    ("faire passer le MOOC SecNum Académie à l'ensemble des Fabriquants", "milestone"),
    ("mettre en place un outil de suivi", "milestone"),
    ("publier 3 articles au nom de la Fabrique", "count"),
    ("Publish the new pricing page", "milestone"),
    ("Hire a VP of Sales", "milestone"),
    ("Obtain SOC 2 Type II certification", "milestone"),
    ("Complete Phase 2 of the migration", "milestone"),
    ("Implement 30-day terms rather than paying on receipt", "milestone"),  # a kind of terms
    ("Develop a break-fix procedure so that failures in tools or sites is resolved quickly",
     "milestone"),  # what the procedure is for names no count
    ("All existing hiring position descriptions will be closed immediately", "milestone"),
    ("By December 2020, create a grants and awards policy", "milestone"),
    ("By the end of 2021, hold AppSec Virtual in October 2020", "milestone"),  # 2021, a year
    ("Migration of membership to Copper CRM by June 30, 2021", "milestone"),  # 30, a day
    ("An event strategy to include the OWASP 20th anniversary", "milestone"),  # an ordinal
    # work reported done by who did it, after a heading: ``has`` is the verb, no plural
    ("Mexico Road Safety Strategy: WRI Mexico has supported the implementation of the new "
     "General Law of Mobility and Road Safety, published in May 2022.", "milestone"),
    ("The strategy was adopted by the Board", "milestone"),
    ("Revenue has grown", "level"),  # a level that moved, not work done
    ("Crime has decreased", "level"),
    ("Provide at least 2 trainings to the population of focus", "count"),
    ("Partner portal launched", "milestone"),
    ("Dev to start work on platform chat", "milestone"),
    ("Schedule, perform and report on weekly testing of new features", "milestone"),
    ("Switchboard in Production", "milestone"),
    ("Production deployment plan for AI features", "milestone"),
    ("KR 1.2: Define the release schedule", "milestone"),
    ("FY24Q2 - Enablement O1.1: Complete plumbing work for disaster recovery", "milestone"),
    # a thing delivered, named with where it now is or with its participle before it
    ("Support deployed in InvenioRDM LTS", "milestone"),
    # a key result to set up measuring, done or not; the noun before "of" names a level
    ("Measure the satisfaction of participants that attend our online events", "milestone"),
    ("Measure of participant satisfaction", "level"),
    # an event held so many times a period, the frequency first: held each time or not
    ("Twice a year, facilitate a community feedback session and share the results", "milestone"),
    ("Twice a year, share the survey results", "level"),
    ("First copy stored in Vitam", "milestone"),
    ("Phabricator switched to read-only", "milestone"),
    ("Automatic exports scheduled", "milestone"),
    ("Published standard for SWHID version 1", "milestone"),
    ("Written SWHID version 2 specification", "milestone"),
    ("Intersection observer on trunk", "milestone"),  # merged into the main branch
    ("Remove simple text", "milestone"),  # a thing taken out, as retire or decommission
    ("Published papers", "level"),  # plural: what a count counts, not a deliverable
    # an act named in a noun phrase with when it is done (a volunteer board's goals):
    # done when due, or not; money moved is an act only with its date
    ("Budget process annually", "milestone"),
    ("Annual review and clean-up of system", "milestone"),
    ("Budget review at end of year", "milestone"),
    ("annual investment in Reserve by Dec 31st", "milestone"),
    ("Annual investment in research", "level"),
    ("Annual survey", "level"),  # a survey's results are a figure to read
    ("Improve budget process annually", "level"),
    # a standard of time each case meets, before the event it serves
    ("reports provided a week before Board meeting", "milestone"),
    ("Agenda circulated 5 days prior to meetings", "milestone"),
    # conditions: met or not
    ("Symbols search can return results when searching across 80k repos", "milestone"),
    ("[C3] can use ACLs at their scale", "milestone"),
    ("All projects have a written RFC", "milestone"),
    # what each one of a group is to receive or have done, stated of all of them
    ("Each farmers receive Soil Health Cards", "milestone"),
    ("All districts covered by required govt. offices", "milestone"),
    # ... or to do, its verb in the present, of the members of a group
    ("Each member of the team performs data engineering work that contributes to a Q2 "
     "Product Showcase presentation", "milestone"),
    ("All members of the board trained in governance", "milestone"),
    ("Each quarter revenue grows", "level"),  # a period, not a group
    ("Each store's revenue grows", "level"),  # a level on the move
    # ... said of all of a group, its verb in the plural
    ("All fire stations undertake local positive action engagement activities", "milestone"),
    ("All staff attend a safeguarding briefing", "milestone"),
    ("All schools reduce absence", "level"),  # a level on the move
    ("All schools attendance", "level"),  # a noun of what is measured, not a verb
    ("All stations response times", "level"),
    ("All stations fire-safety audits", "level"),
    # a status the organisation holds, kept or not, as an accreditation is
    ("The Service fulfils its status as a Disability Confident employer.", "milestone"),
    ("Number of firms with status as a B Corp", "level"),
    ("[C4] has a POC instance with 40k+ repositories", "milestone"),
    ("ProtoSchool has its own Roadmap.", "milestone"),
    ("Community Syncs have scripts and tooling to make organizing them easier", "milestone"),
    ("'First Contributor' guidelines are documented and separate from other policies",
     "milestone"),
    ("Monitoring running in all deploy contexts", "milestone"),
    ("Cultures of Thinking included and reported in every school's plan", "milestone"),
    ("All changes made to specifications should have tests", "milestone"),
    ("At least two independent implementations of every feature", "milestone"),
    ("For each engagement, confirm progress through monthly reporting", "milestone"),
    # a state named with the year it is to be reached by
    ("Achievement of being regenerative by 2030 and net zero in direct emissions by 2050",
     "milestone"),
    ("A section on accessibility", "milestone"),
    ("Testing plans for each specification", "milestone"),
    ("Ability to archive git repos that contain colliding blobs", "milestone"),
    ("S3 copy up to date with the last scheduled export", "milestone"),
    ("Logs should point to code that throws the error", "milestone"),  # a condition
    ("Have flexbox match latest version of spec", "milestone"),  # a state to bring about
    ("Have root layer scrolling pass all unit tests", "milestone"),
    ("Ensure the GUI functions consistently on macOS, Linux and Windows", "milestone"),
    # general verbs of delivery, and a verb of delivery in its -ing form
    ("Inspect and classify all 3rd party issues reported from Coverity", "milestone"),
    ("Bringing in key events to be formally part of the project", "milestone"),
    # something the organization is to know or track: it can tell it, or not
    ("Lead-time (how long do initiatives take to get to done?) is known", "milestone"),
    ("Ensure 2i2c financial health is being tracked", "milestone"),
    # a thing work produces, named as it is (MayaData's OKRs)
    ("User guide", "milestone"),
    ("Litmus Cookbook", "milestone"),
    ("Joint blog w/ other vendors - RH/Gitlab", "milestone"),
    ("List of minimum documented items", "milestone"),
    ("Setup the BDD tests for the OpenEBS projects", "milestone"),
    ("Make OpenEBS to be compliant with CSI", "milestone"),
    ("Include the NDM feature in the next release", "milestone"),
    # a thing said to be done by a time, with what it holds (a fire department's plan)
    ("Recruitment program operational by Q4 with formal partnerships", "milestone"),
    ("Ranked baseline risk report identifying priority areas delivered to the team by Q2",
     "milestone"),
    ("ISO 1 annual compliance package complete by Q4", "milestone"),
    ("Cases completed by staff", "count"),  # done by someone, not by a time
    ("Major incident response plans validated through at least one full-scale or "
     "functional drill by Q4", "milestone"),
    # a recurring event named by its frequency: held each period or not
    ("Quarterly Fundraising and Membership Drives.", "milestone"),
    ("Annual community GHG emissions", "level"),
    # a government strategy's commitments: what a body will do, or offers
    ("Digital Leaders will lead on development of departmental digital strategies",
     "milestone"),
    ("Offer extensive training and support to help new Service Managers", "milestone"),
    ("Work with Civil Service Learning to develop digital awareness training", "milestone"),
    ("Customers will rate the service 4.5 out of 5", "level"),  # a figure to reach
    ("Revenue will grow", "level"),  # an aim to move, not a commitment
    # "mean" as a verb, not a statistic
    ("Staff raises will be aligned with CPI, which may mean asking staff to sacrifice "
     "real increases", "milestone"),
    ("Mean time to repair", "level"),
    # how long something takes, whatever deliverable its definition names on the way
    ("Lead time: the time code changes take to go from check-in to release in production",
     "level"),
    ("How long a release takes to reach production", "level"),
    # "share" as a verb, not a share of something
    ("help departments to share what they learn from exemplar projects", "milestone"),
    ("Define R&D priorities → Share updated roadmap", "milestone"),
    ("Renewable energy share", "level"),
    ("Share of households with broadband", "level"),
    # counts within a period: from zero
    ("Hire two engineers", "count"),
    ("Run 5 user tests", "count"),
    ("Sign 3 new logos", "count"),
    ("Close $2M in new bookings", "count"),
    ("Launch in 5 markets", "count"),
    # a floor the number is set as does not push it out of the count verb's reach
    ("Organize quarterly roundtables for at least 5 major ecosystems to share information",
     "count"),
    ("Organize quarterly roundtables for major ecosystems in 5 regions", "level"),
    # a dotted number before a relative pronoun names another item (KR 2.2), not an amount
    ("Publish in a machine readable format the attestations for all packages from 2.2 "
     "that returned no vulnerabilities", "milestone"),
    ("Permits issued", "count"),
    ("Rental inspections attempted", "count"),
    ("New rental registrations", "count"),
    ("New participants in clinics and camps", "count"),
    ("New MDN reference pages added", "count"),
    # additional things and what was done to them, by a sprint named by its number
    ("Additional components completed by the end of Sprint 11", "count"),
    ("4 additional components", "count"),
    ("Sprints done", "count"),
    ("TODO Satisfaction Surveys run", "count"),  # "run" as a participle, as "held"
    ("3+ articles are ready to publish in The Protocol", "count"),
    ("Describe 3 realistic funding methods", "count"),
    # levels read over time
    ("Increase NPS from 30 to 50", "level"),
    ("Percent of roads in good condition", "level"),
    ("Reduce churn to 2%", "level"),
    ("Maintain 99.9% uptime", "level"),
    ("Sign 10% more customers", "level"),
    ("Improve migration reliability", "level"),
    ("Customer satisfaction", "level"),
    ("Complaints received (per 1k contacts)", "level"),
    ("Graduate outcomes (Career after 15 months)", "level"),
    ("Percent of residents who can name a park nearby", "level"),
    ("Number of schools that have a counselor", "level"),
    ("Visits to the website", "level"),  # what is measured of a thing, not the thing
    ("Satisfaction with the documentation", "level"),
    ("Policy compliance", "level"),
    ("Revenue should grow", "level"),  # an aim to move, not a condition that holds
    ("Research lab engagement with programs", "level"),
    ("Have 70% of key users report a positive experience", "level"),  # a figure to reach
    ("Ensure that at least 50% of co-hosts are from underrepresented groups", "level"),
    ("Ensuring on-time delivery of services to clients", "level"),  # not the verb
    ("Errors on trunk per week", "level"),  # a rate, wherever it is counted
    ("Additional blog posts on startups", "level"),  # an item of work, nothing done to them
])
def test_the_kind_is_told_from_the_wording(title: str, kind: str) -> None:
    assert measure_of(title)[0] == kind


@pytest.mark.parametrize("title", ["New engine video teaser", "New mission statement",
                                   "New Haven Line - OTP"])
def test_one_new_thing_or_a_name_is_no_count(title: str) -> None:
    """``New`` before no plural names one new thing, a deliverable, or is part of a name:
    nothing in the wording tells its kind, so the plan's ``metrics_kind`` can."""
    found = read_measure(Metric.model_validate({"id": "M1", "title": title}))
    assert (found.kind, found.told) == ("level", False)


def test_a_condition_is_a_result() -> None:
    assert read_measure(Metric(id="M1", title="[C3] can use ACLs at their scale")).condition
    assert not read_measure(Metric(id="M1", title="Launch the partner portal")).condition
    # a state of the system to bring about, not a thing to have
    assert read_measure(Metric(id="M1", title="Have flexbox match latest version of spec")
                        ).condition
    assert read_measure(Metric(id="M1", title="Ensure the GUI functions on Windows")).condition
    for thing in ("Have prototype of ruby on top of custom layout", "Have a plan for "
                  "onboarding", "Have 70% of key users report a positive experience"):
        assert not read_measure(Metric(id="M1", title=thing)).condition


def test_a_worded_target_that_all_of_a_group_meet_makes_a_milestone() -> None:
    def kind(target: str, title: str = "Further implement Cultures of Thinking K-12") -> str:
        return read_measure(Metric.model_validate(
            {"id": "M1", "title": title, "target": {"text": target}})).kind
    # done when the condition holds for every school, whatever the title's verb
    assert kind("COT included and reported in every school's Continuous Improvement Plan"
                ) == "milestone"
    # a level named in words, or a title that names a rate, stays a level
    assert kind("top quartile of districts") == "level"
    assert kind("COT included in every school's plan", "Share of schools using COT"
                ) == "level"


def test_a_count_of_those_that_have_done_something_counts_adopters() -> None:
    def adopters(title: str, unit: str | None, value: float = 50) -> bool:
        return counts_adopters(Metric.model_validate(
            {"id": "M1", "title": title, "unit": unit, "target": {"value": value}}))
    assert adopters("Countries that have leveraged digital public goods", "countries")
    assert adopters("Adoption - PA che hanno completato la migrazione", "PA")
    # a share, a fraction, no unit, or the unit not the things that did it: not a count
    assert not adopters("Percentage of staff who have completed training", "%")
    assert not adopters("Countries that have leveraged digital public goods", "countries", 2.5)
    assert not adopters("Countries that have leveraged digital public goods", None)
    assert not adopters("Countries with staff who have left", "countries")
    assert not adopters("Countries that", "countries")


def test_a_target_counting_things_whose_level_rises_counts_them_from_none() -> None:
    def rising(target: str) -> bool:
        return counts_adopters(Metric.model_validate(
            {"id": "M1", "title": "Maturity assessment", "target": {"text": target}}))
    assert rising(">2 sectors improving maturity")
    assert rising("at least 5 schools increasing attendance")
    # a share of a group, things in a state, or the level itself: not a count of movers
    assert not rising("80% of sectors improving maturity")
    assert not rising("2 sectors meeting the standard")
    assert not rising("Improve maturity in 3 sectors")


def test_a_total_a_piece_of_work_yields_is_its_output() -> None:
    def yields(title: str, unit: str, **target: object) -> bool:
        return counts_programme_output(Metric.model_validate(
            {"id": "M1", "title": title, "unit": unit, "target": target or {"value": 150}}))
    assert yields("Dollar amount of revenues resulting from commercialization", "CAD")
    assert yields("Sales as a result of trade activities", "USD")
    # a share or rate, a change from a level, or no word of the work it results from
    assert not yields("Percentage of firms exporting as a result of advice", "%")
    assert not yields("Sales as a result of trade activities", "USD", change="+10%")
    assert not yields("Dollar amount of revenues from commercialization", "CAD")


def test_a_count_opening_with_its_target_may_hold_a_hyphenated_word() -> None:
    def opens(title: str) -> bool:
        return opens_with_count(Metric.model_validate(
            {"id": "M1", "title": title, "target": {"value": 1}}))
    assert opens("1 well-known community figure mentions it")
    assert not opens("1 - community figure mentions it")


def test_people_followed_by_what_each_has_are_counted() -> None:
    def named(title: str, *values: float) -> bool:
        return counts_named(Metric.model_validate(
            {"id": "M1", "title": title, "baseline": {"value": values[0]},
             "target": {"value": values[-1]}}))
    assert named("People with access to rural water supply", 0, 150000)
    assert named("Women holding titles to land", 2955, 6000)
    assert named("Adults living with HIV", 0, 1200)
    assert named("Households receiving benefits", 300, 450)
    # no figure above 100 (a share may be meant), a fraction, or an amount: not read so
    assert not named("People with access to rural water supply", 40, 60)
    assert not named("Women holding titles to land", 2955.5, 6000)
    assert not named("Emissions with carbon capture", 0, 5000)
    assert not named("Students in poverty", 0, 5000)


def test_what_every_one_of_a_group_has_counts_those_that_have_it() -> None:
    def named(title: str, *values: float) -> bool:
        return counts_named(Metric.model_validate(
            {"id": "M1", "title": title, "baseline": {"value": values[0]},
             "target": {"value": values[-1]}}))
    assert named("Iedere sportvereniging (groter dan 500 leden en een eigen "
                 "sportaccommodatie) heeft een verenigingsmanager", 1, 4)
    assert named("Every sports club has a club manager", 1, 4)
    assert named("Each farmer receives a Soil Health Card", 0, 62500)
    # figures a share of the group may be (aimed at all of it, or read as done or not),
    # a fraction, or something else than one thing each has: not read so
    assert not named("Every sports club has a club manager", 40, 100)
    assert not named("Every sports club has a club manager", 0, 1)
    assert not named("Every sports club has a club manager", 1.5, 4)
    assert not named("Every sports club has two coaches", 1, 4)
    assert not named("Every year the club has a manager", 1, 4)


@pytest.mark.parametrize(("title", "kind", "target"), [
    # a key result's sentence on what the period's work makes or does: a count from none
    ("At least eight proposals are submitted", "count", 8),
    ("At least eight bounties are created and claimed", "count", 8),
    ("At least three non-Tlon apps are documented in the %docs app.", "count", 3),
    ("At least six agents have reference documentation.", "count", 6),
    ("Tlon has documented at least one of their own agents using the %docs app.", "count", 1),
    ("Fund or assisting in funding three new organizations", "count", 3),
    # a share, a state the things are in, or anything else they have: a level
    ("At least 80% of staff are trained", "level", None),
    ("At least 5 systems are compliant", "level", None),
    ("At least 10 schools have a library", "level", None),
    ("Revenue has grown 20%", "level", None),
])
def test_a_key_result_on_what_the_work_makes_counts_it(title: str, kind: str,
                                                       target: float | None) -> None:
    found = read_measure(Metric(id="M1", title=title))
    assert (found.kind, found.target if kind == "count" else None) == (kind, target)


def test_a_share_of_what_the_period_makes_has_no_earlier_level() -> None:
    titles = {"A": "At least eight proposals are submitted",
              "B": "75% of submitted proposals are championed",
              "C": "Share of new organizations that have launched products",
              "D": "Percentage of newly hired staff that are women",
              "E": "% of new benefit claims decided within 14 days",
              "F": "75% of submitted claims are decided",
              "H": "Percentage of staff who have completed training",
              # newcomers the organisation reaches, each one its act of the period
              "I": "90% of new homeowners contacted",
              "J": "Percentage of new members welcomed",
              # a standard of time or a state of theirs still asks
              "K": "% of new homeowners contacted within 14 days",
              "L": "% of homeowners contacted"}
    plan = load_plan({"planlint": 1, "goals": [{"id": "G", "title": "Engage", "metrics": [
        {"id": id_, "title": title} for id_, title in titles.items()]}]})
    made = {metric.id for metric in plan.metrics if shares_made(plan, metric)}
    assert made == {"B", "C", "I", "J"}


@pytest.mark.parametrize(("title", "brought"), [
    ("20+ visitors", True), ("3 events", True), ("€65k+ in revenue", True),
    ("€100k in closed grants/consulting", True), ("PBM: €15k rent paid to LI", True),
    ("6+ paying residents (including team)", True),
    ("5 academic quality essays (ie not blogs) integrated with this theme", True),
    ("Coverage: at least 1m views via at least 8 appearances (each with > 300 viewers)", True),
    ("Online calls with 400+ participants", True),
    ("Main house: Rufus/Sylvie (+ Benedetta) + 2 other residents", True),
    # a level the things stand at, a balance, a rate per period, a harm, a span of time,
    # one thing, or a verb before the figure
    ("500 weekly active users", False), ("200 active members", False), ("$2M ARR", False),
    ("€1m in cash", False), ("€5k in monthly revenue", False), ("3 events each month", False),
    ("10 incidents", False), ("30 days to respond", False),
    ("1 well-known community figure mentions it", False),
    ("Grow to 1000 users + 20 more partners", False), ("Customer satisfaction", False),
])
def test_a_key_result_written_as_what_the_period_brings(title: str, brought: bool) -> None:
    assert counts_period_yield(Metric(id="KR", title=title)) is brought


def test_a_key_result_only_ticked_done_or_not() -> None:
    def only_ticked(**fields: object) -> bool:
        return ticked(Metric.model_validate({"id": "K1", "title": "Increase usage", **fields}))
    tick = [{"date": "2018-09-30", "value": 0}]
    assert only_ticked(actuals=tick) and only_ticked(target={"value": 1}, actuals=tick)
    # never read (a target of 1 alone), or a unit, a calendar cadence, a target to reach
    # or a figure read: a level
    assert not only_ticked(target={"value": 1}) and not only_ticked(unit="%", actuals=tick)
    assert not only_ticked(cadence="monthly", actuals=tick)
    assert not only_ticked(target={"value": 300}, actuals=tick)
    assert not only_ticked(actuals=[{"date": "2018-09-30", "value": 120}])


def test_fields_win_over_wording() -> None:
    assert measure_of("Launch the partner portal", kind="level")[0] == "level"
    assert measure_of("Launch the portal", baseline={"value": 40})[0] == "level"
    # 0 is where counts and milestones start (logframes write it for every indicator)
    assert measure_of("Launch the portal", baseline={"value": 0})[0] == "milestone"
    assert measure_of("Completion of the long-term strategy", baseline={"value": 0},
                      target={"value": 1})[0] == "milestone"
    assert measure_of("Number of policy reports developed", baseline={"value": 0},
                      target={"value": 1})[0] == "level"
    # a value that cannot mean done or not done is no milestone
    assert measure_of("Launch the portal", actuals=[{"date": "2025-03-31", "value": 40}]
                      )[0] == "level"
    assert measure_of("Launch the portal", unit="%", target={"value": 100})[0] == "milestone"
    # figures in any other unit are amounts of it: a cost of funds of 6 cents a dollar
    # against a ceiling of 10 is a level, whatever the definition's verb
    cost = ("Cost of Funds - We will demonstrate our efficiency by measuring the cost of "
            "funds for every dollar collected by our agency.")
    assert measure_of(cost, target={"value": 0.1, "date": "2025-06-30"},
                      actuals=[{"date": "2025-06-30", "value": 0.06}])[0] == "milestone"
    assert measure_of(cost, unit="USD", target={"value": 0.1, "date": "2025-06-30"},
                      actuals=[{"date": "2025-06-30", "value": 0.06}])[0] == "level"
    assert measure_of("Hire two engineers", kind="indicator")[0] == "indicator"


@pytest.mark.parametrize(("title", "target", "states"), [
    ("Hire two engineers", 2, True),
    ("Increase NPS from 30 to 50", 50, True),
    ("Churn below 2%", 2, True),
    ("Grow ARR to $X", None, True),
    ("Achieve X% gross margin", None, True),
    ("Reach XK users", None, True),
    ("Ship 5-7 features", 5, True),
    ("10,000 monthly active users", 10000, True),
    ("Customer satisfaction", None, False),
    ("Pressure ulcers (per 1k contacts)", None, False),
    ("Staff appraisals (as of 31 March)", None, False),
    ("Complaints resolved within 12 months", None, False),
    ("Senior BME representation (Bands 8-9)", None, False),
    ("Publish the 2025 annual report", None, False),
    ("1.2 Percent of roads in good condition", None, False),
    ("No known issues that cause customers to uninstall", 0, True),
    ("Zero harm", 0, True),
    ("No more than 5 complaints a month", 5, True),
    ("Incidents with no injury", None, False),
    # the places the things counted are counted across, not a target
    ("Commits by Foundation developers across 9 PHP repositories", None, False),
    ("Launch across 5 markets", 5, True),
    # a distance from a place that bounds what is counted, not a target
    ("Percent of Compatible Development within 5 Miles of a Base or Military Installation",
     None, False),
    ("Share of residents within 1/2 mile of a park", None, False),
    ("Homes within 400m of a bus stop", None, False),
    ("Raise the share of residents within 1/2 mile of a park to 80%", 80, True),
    ("Cut the distance to within 5 miles", 5, True),
    # the size of a group ranked by a superlative says which things are counted
    ("Percent of 100 most populous cities, counties, etc. using .gov domains increases",
     None, False),
    ("Graduation rate in the 10 largest districts", None, False),
    ("Reach 50 most active contributors", 50, True),
    # the size of the one collection a measure is taken on
    ("OpenFF torsion RMSE on the 25k Genentech fragment set reduced", None, False),
    ("Deliver the 10 principles set out in the Charter", 10, True),
    # a number joined to the word after it names a kind ("two-way IT"), not an aim
    ("Self-service, 2-way IT", None, False),
    ("Run a 360-degree review of leadership", None, False),
    ("Grow revenue 10-fold", None, True),  # a multiple: an aim, not the level to reach
    ("No more than 1-off 7-day delay of release milestones", 1, True),
    # a French label, a space before its colon, or a numbered axis: no figure aimed at
    ("Objectif 1 : Développer les publics", None, False),
    ("Axe 2 - Renforcer le rayonnement", None, False),
    ("Orientation stratégique n°3 : Moderniser la gestion", None, False),
    ("Objectif 2 : 80 % des publics satisfaits", 80, True),
])
def test_what_the_wording_aims_at(title: str, target: float | None, states: bool) -> None:
    _, found, stated = measure_of(title)
    assert (found, stated) == (target, states)


@pytest.mark.parametrize(("title", "aims"), [
    ("Increase NPS from 30 to 50", "increase"),
    ("Reduce malformed searches by 50%", "decrease"),
    ("Automate 75% of existing tests on the release grid", "increase"),
    ("Customer satisfaction", "increase"),  # people content with a service: more is better
    ("Percent of customers rating their satisfaction as good or excellent", "increase"),
    ("Dissatisfied customers", None),
    ("Customer satisfaction complaints", None),
    ("Launch the partner portal", None),  # done or not: no way to move
    ("Referrals seen within four weeks of receipt", "increase"),  # cases seen in time
    ("% waiting less than 48 hrs wait for urgent referrals", "increase"),
    ("Staff who left the organisation within 12 months", None),  # lost in time: a harm
    ("Average response time within the service", None),
])
def test_the_way_the_wording_asks_a_measure_to_move(title: str, aims: str | None) -> None:
    assert read_measure(Metric(id="M1", title=title)).aims == aims


def test_the_baseline_and_unit_in_the_wording() -> None:
    worded = read_measure(Metric(id="M1", title="Increase NPS from 30 to 50"))
    assert (worded.baseline, worded.unit) == (30, True)
    for title, unit in (("Percent of roads resurfaced", True), ("Days to fill a vacancy", True),
                        ("Call volume", True), ("Cost per vehicle", True),
                        ("Customer satisfaction", False), ("Riders satisfied", False),
                        # a label that is itself the measure is read, not cut off
                        ("# of workshops provided: MILL (Learn)", True),
                        ("Visits to opendreamkit.org", True),
                        ("KR 1: Customer satisfaction", False),
                        ("App store rating remains above 4.8", True),
                        # a score written over its scale's top
                        ("Post-meeting feedback survey satisfaction ≥4/5", True),
                        ("Customer satisfaction with 24/7 support", False),
                        ("Park Quality Rating", False)):
        assert read_measure(Metric(id="M1", title=title)).unit is unit, title
    assert read_measure(Metric(id="M1", title="Maintain 99.9% uptime")).holds


def test_a_measurement_in_words() -> None:
    stated = Measurement.model_validate({"text": "top decile", "date": "2030-07-31"})
    assert stated.value is None and stated.text == "top decile"
    with pytest.raises(ValueError, match="needs a value"):
        Measurement.model_validate({"date": "2030-07-31"})


def test_a_result_graded_rather_than_measured() -> None:
    graded = Actual.model_validate({"date": "2019-03-31", "score": 0.3})
    assert graded.value is None and graded.score == 0.3
    with pytest.raises(ValueError, match=r"a grade from 0 to 1, such as 0.7 \(found 70\); "
                                         r"for 70%, write 0.7"):
        Actual.model_validate({"date": "2019-03-31", "score": 70})
    with pytest.raises(ValueError, match=r"or a score for a graded one \(score: 0.7\)"):
        Actual.model_validate({"date": "2019-03-31"})


def test_a_title_restates_another_when_most_of_its_words_come_back() -> None:
    assert restates("Improve the digital skills and knowledge of our staff",
                    "Improve digital skills of our own staff through training")
    # two words in common are a shared vocabulary, not the same work
    assert not restates("Pilot the Carpentries volunteer agreement",
                        "Pilot the CarpentryConnect Kit")
    assert restating(["Pilot the Carpentries volunteer agreement",
                      "Improve the digital skills and knowledge of our staff"],
                     ["Pilot the CarpentryConnect Kit",
                      "Improve digital skills of our own staff through training"]) == {1}


def test_an_objective_takes_up_a_key_result_when_it_says_the_same() -> None:
    assert takes_up("CTO: Reducing churn and contraction", "Reduce churn and contraction by X%")
    assert takes_up("Customer success: Grow SWAUs at existing customers",
                    "grow SWAUs at existing companies")
    assert not takes_up("Head of Eng: Deliver product roadmap", "Introduce automation product")
    assert not takes_up("Sales: Line up the pipeline for Q4", "Reach $N net new ARR in Q3")


def test_an_objective_carries_on_another_when_it_says_it_continues_its_subject() -> None:
    assert carries_on("Continue the streaming work", "Make the stream good!")
    assert not takes_up("Continue the streaming work", "Make the stream good!")
    # an opening verb of doing shared is no subject shared
    assert not carries_on("Continue on-going maintenance and development of the PHP core.",
                          "Develop an Ambassador Program.")
    # nor is one word of several, nor a later objective that does not say it continues
    assert not carries_on("Continue the streaming work", "Grow the stream audience on Twitch")
    assert not carries_on("Improve the streaming work", "Make the stream good!")


def test_a_number_sign_names_the_unit_as_number_of_does() -> None:
    assert read_measure(Metric(id="M1", title="# of outreach events attended")).unit
    # a second thing asked of what is counted leaves the count its unit
    assert read_measure(Metric(id="M1", title="Number and provenance of models")).unit
    assert not read_measure(Metric(id="M1", title="Provenance of models")).unit


@pytest.mark.parametrize("title", ["Unique Users", "Item Views", "MILL Door Count",
                                   "Workshop attendees"])
def test_what_a_count_counts_is_its_unit(title: str) -> None:
    assert read_measure(Metric(id="M1", title=title)).unit


@pytest.mark.parametrize("title", ["Adult investigation reports completed",
                                   "Completed requests for interpretation",
                                   "Juvenile delinquency cases open for adjustment",
                                   "Templates remaining to be converted",
                                   "New enrollments in DOP-managed programs"])
def test_a_count_told_another_kind_still_names_its_unit(title: str) -> None:
    # the things counted, named by what was done to them or the state they are in
    for named in ("Completed requests for interpretation", "Published papers",
                  "Juvenile delinquency cases open for adjustment", "Claims pending"):
        assert read_measure(Metric(id="M1", title=named)).unit, named
    assert not read_measure(Metric(id="M1", title="Completed specification")).unit
    assert not read_measure(Metric(id="M1", title="Open source adoption")).unit
    # a row that breaks out part of a count, the count named before a dash
    assert read_measure(Metric(id="M1", title="Enforcement events \u2013 Warrant enforcement",
                               kind="indicator")).unit
    assert not read_measure(Metric(id="M1", title="Warrant enforcement")).unit
    assert not read_measure(Metric(id="M1", title="Patient experience - Community care")).unit
    # an agency report's count watched without a target ('None'): told an indicator
    assert read_measure(Metric(id="M1", title=title, kind="indicator")).unit
    assert not read_measure(Metric(id="M1", title="Adult investigation report quality",
                                   kind="indicator")).unit


def test_figures_that_can_only_mean_done_or_not_make_a_deliverable() -> None:
    course = Metric.model_validate({
        "id": "CC1", "title": "Perforce crash course", "target": {"value": 1},
        "actuals": [{"date": "2022-01-31", "value": 0}]})
    assert read_measure(course).kind == "milestone"
    yearly = course.model_copy(update={"title": "Duty of candour breaches", "unit": "per year"})
    assert read_measure(yearly).kind == "level"
    # the figures win over numbers in the wording, and a deliverable reported done needs
    # no target to be one; a status in words is a reading too
    for fields in ({"title": "Devolve approval of events, with above $20k co-approval",
                    "target": {"value": 1}, "actuals": [{"date": "2021-01-08", "value": 1}]},
                   {"title": "Membership reform is based upon the decision by the Board",
                    "actuals": [{"date": "2021-01-08", "value": 1}]},
                   {"title": "A BCP approved by Board vote in November 2020",
                    "target": {"value": 1},
                    "actuals": [{"date": "2021-01-08", "text": "In progress"}]}):
        assert read_measure(Metric.model_validate({"id": "K1", **fields})).kind == "milestone"
    # a dated target of 1, not yet read, is a deliverable too
    assert read_measure(Metric.model_validate({
        "id": "K1", "title": "WPT tests for new features in PNG Third Edition",
        "target": {"value": 1, "date": "2022-07-31"}})).kind == "milestone"
    for fields in ({"title": "Number of new clinics", "target": {"value": 1},
                    "actuals": [{"date": "2021-01-08", "value": 0}]},
                   {"title": "Membership reform", "actuals": [{"date": "2021-01-08",
                                                                "text": "Done"}]},
                   # a level to move, whatever its score: the grade is no share done
                   {"title": "Improve BCH rating for openebs/maya",
                    "actuals": [{"date": "2019-03-31", "value": 1}]}):
        assert read_measure(Metric.model_validate({"id": "K1", **fields})).kind != "milestone"


@pytest.mark.parametrize(("title", "completion"), [
    ("Tracking issue #105 progress (share of checklist items done)", True),
    ("Percent of tasks completed", True),
    ("Migration 60% complete", True),
    ("% of milestones delivered on time", False),  # a rate of performance
    ("Percent of students completing the course", False),
    ("Number of tasks completed", False),
    ("Implementation of OpenNotes: % completed workplan items identified for Year 1", True),
    ("Percent of work plan items that are completed", True),
    ("Percent of work plan items completed on time", False),  # a rate of performance
])
def test_a_share_of_the_work_done_is_its_completion(title: str, completion: bool) -> None:
    assert read_measure(Metric(id="M1", title=title)).completion is completion


def test_a_share_of_a_plans_targets_reached_in_percent_is_its_completion() -> None:
    title = "Pourcentage d'atteinte des cibles du plan d'action 2023-2028"
    assert read_measure(Metric(id="M1", title=title, unit="%")).completion
    assert not read_measure(Metric(id="M1", title=title)).completion  # no share named


@pytest.mark.parametrize(("title", "harms"), [
    ("Tiempo de entrega de resultado por testeo COVID-19", True),
    ("Tiempo promedio de espera en guardia", True),
    ("Días promedio de tramitación de expedientes", True),
    ("Tempo médio de atendimento", True),
    ("Délai moyen de prise en charge médicale à l'urgence", True),
    ("Durchschnittliche Bearbeitungsdauer der Anträge", True),
    # a share of cases seen in a time, average days of something else, a time to keep
    ("Pourcentage de patients traités dans un délai inférieur ou égal à 28 jours", False),
    ("Días promedio de clase", False),
    ("Tiempo de permanencia escolar", False),
])
def test_a_time_or_delay_named_in_another_language_is_a_harm(title: str, harms: bool) -> None:
    assert read_measure(Metric(id="M1", title=title)).harms is harms


@pytest.mark.parametrize(("title", "unit", "shares"), [
    ("Releases ship on time", "%", True),
    ("customers not blocked from upgrading immediately", "%", True),
    ("Projects delivered on budget", "%", True),
    ("Releases ship on time", None, False),  # not read as a share
    ("% of milestones delivered on time", "%", False),  # a rate, whose level is asked
    ("Users not returning", "%", False),  # not a condition each case should meet
    ("Complaints not resolved", "%", False),  # a share of harms
    ("Customer satisfaction", "%", False),
])
def test_a_condition_each_case_should_meet_aims_at_all(title: str, unit: str | None,
                                                       shares: bool) -> None:
    assert shares_cases_meeting(Metric(id="M1", title=title, unit=unit)) is shares


def test_a_number_before_what_it_counts_names_the_unit() -> None:
    for title in ("Four membership drives in 2021", "Co-marketing with 2+ leading platforms",
                  "Increase testcase instances from 200 to 250",
                  "List of known ODK based VRE deployments"):
        assert read_measure(Metric(id="M1", title=title)).unit, title
    assert not read_measure(Metric(id="M1", title="App rating above 4.8")).unit


def test_a_scale_written_onto_a_number_multiplies_what_it_counts() -> None:
    # a thousand seats: the seats are the unit, as after "1000"
    title = "Reduce minimum seat count to 1k Ultimate seats"
    assert read_measure(Metric(id="M1", title=title)).unit
    assert read_measure(Metric(id="M1", title="Reach 2M new users")).unit
    # a scale is no unit by itself, nor is a currency sign a count of the words after it
    assert not read_measure(Metric(id="M1", title="Reach 2M by June")).unit
    assert not scaled("$2M") and not scaled("40%") and scaled("250K")


def test_the_noun_a_number_counts_may_stand_a_few_words_after_it() -> None:
    title = "Fund security work for at least ten critical open source organizations"
    assert read_measure(Metric(id="M1", title=title)).unit
    # the phrase ends at a preposition: what follows is not what the number counts
    assert not read_measure(Metric(id="M1", title="Reach 5 of the new things in all areas")).unit


def test_one_thing_named_after_1_is_what_it_counts() -> None:
    title = "At least 1 developer/user using Litmus templates in his CI/CD pipelines"
    assert read_measure(Metric(id="M1", title=title)).unit
    assert read_measure(Metric(id="M1", title="Sign one partner")).unit
    # a number other than one needs a plural to name what it counts
    assert not read_measure(Metric(id="M1", title="Reach 5 by June")).unit
    assert not read_measure(Metric(id="M1", title="Customer satisfaction of 1")).unit


@pytest.mark.parametrize(("title", "kind"), [
    ("Include Beta quality - Local PV with NDM feature into OpenEBS 0.9", "milestone"),
    ("Release OpenEBS 1.0", "milestone"),
    ("Upgrade the clusters to Kubernetes 1.28", "milestone"),
    ("Improve the app store rating to 4.5", "level"),  # a target, not a version
    ("Deploy 1.5 MW of storage", "count"),  # a quantity of what it deploys
    # a whole number ending the name of the one thing delivered (a founder's monthly goal)
    ("Create a prototype of the TinyPilot Voyager 2, with built-in Power over Ethernet.",
     "milestone"),
    ("Build a team of 5 engineers", "count"),  # after "of": how many it counts
    ("Launch the product in 3 markets", "count"),
], ids=lambda value: str(value))
def test_the_version_a_deliverable_is_for_is_no_quantity(title: str, kind: str) -> None:
    assert read_measure(Metric(id="M1", title=title)).kind == kind


def test_a_title_that_says_a_thing_is_done_reports_a_deliverable() -> None:
    def metric(title: str, value: float) -> Metric:
        return Metric.model_validate({"id": "K1", "title": title, "cadence": "quarterly",
                                      "target": {"value": value},
                                      "actuals": [{"date": "2024-06-30", "value": 0}]})
    assert reports_done(metric("Baseline satisfaction score is established", 1))
    # figures that are no done-or-not, or a title that says nothing is done
    assert not reports_done(metric("Baseline satisfaction score is established", 4.5))
    assert not reports_done(metric("Baseline satisfaction score", 1))


def test_deliverables_counted_in_the_plural_are_their_unit() -> None:
    def metric(title: str, *values: float) -> Metric:
        return Metric.model_validate({"id": "K1", "title": title, "targets": [
            {"value": value, "date": f"{2024 + year}-12-31"}
            for year, value in enumerate(values)]})
    agreements = "Completion of formalized governance agreements with schools"
    assert delivers_many(metric(agreements, 35, 35))
    # one deliverable, a share done, or a noun that is no plural: done or not, or a level
    assert not delivers_many(metric("Completion of detailed design plans for centers", 1))
    assert not delivers_many(metric(agreements, 35, 0.5))
    assert not delivers_many(metric("Completion of the long-term strategy", 3))
    assert not delivers_many(metric("Number of governance agreements", 35))
    assert not delivers_many(metric(agreements))


@pytest.mark.parametrize("text", ["TBA", "TBD after the Board meeting", "To be announced",
                                  "To be confirmed by command staff", "N/A"])
def test_a_placeholder_says_there_is_none(text: str) -> None:
    assert says_none(text)


@pytest.mark.parametrize("text", ["Tbilisi office opened", "Be the first choice", None])
def test_a_statement_is_no_placeholder(text: str | None) -> None:
    assert not says_none(text)


@pytest.mark.parametrize(("title", "fields", "commitment"), [
    ("increase support to departments' projects", {}, True),
    ("continue to offer support, training and guidance", {}, True),
    ("share examples of success across departments", {}, True),
    ("use the spend controls process to encourage engagement", {}, True),
    ("Increase NPS from 30 to 50", {}, False),  # a level asked to move by its number
    ("Share of renewable energy", {}, False),  # a noun, not a verb
    ("Increase in public transport journeys", {}, False),
    ("Customer satisfaction", {}, False),  # no verb
    ("increase support to departments' projects", {"target": {"value": 40}}, False),
    ("increase support to departments' projects", {"kind": "level"}, False),
])
def test_an_unquantified_item_opening_with_a_verb_commits(
        title: str, fields: dict[str, object], commitment: bool) -> None:
    metric = Metric.model_validate({"id": "M1", "title": title, **fields})
    assert commits(metric, read_measure(metric)) is commitment


def test_a_plan_of_deliverables_lists_commitments() -> None:
    def plan(*titles: str) -> Plan:
        return load_plan({"planlint": 1, "metrics": [
            {"id": f"M{n}", "title": title} for n, title in enumerate(titles)]})

    listed = plan("Publish the guidance", "Launch the portal", "Hire a service manager",
                  "increase support to departments")
    assert listed.lists_commitments
    assert listed.measure(listed.metrics[-1]).kind == "milestone"
    mixed = plan("Publish the guidance", "Customer satisfaction", "increase support to "
                 "departments")
    assert not mixed.lists_commitments
    assert mixed.measure(mixed.metrics[-1]).kind == "level"


def test_a_kind_the_plan_states_once_is_that_of_measures_nothing_else_tells() -> None:
    """``metrics_kind`` ("Most of our goals aren't quantifiable: we do it or don't do it")
    is the kind of a measure whose own ``kind``, wording and figures tell none; a kind any
    of them tells wins, as a measure's own statement says more than "most" of them."""
    titles = {"M1": "YouTube channel", "M2": "Community etiquette",  # noun phrases: untold
              "M3": "Share of renewable energy",  # a rate: a level
              "M4": "Hire 3 engineers",  # a count verb and its number
              "M5": "Customer satisfaction"}  # with a baseline other than 0: a level
    metrics = [{"id": id, "title": title} for id, title in titles.items()]
    metrics[4]["baseline"] = {"value": 40}
    metrics.append({"id": "M6", "title": "YouTube channel", "kind": "level"})  # its own
    for id in ("M1", "M2"):
        untold = read_measure(Metric.model_validate({"id": id, "title": titles[id]}))
        assert (untold.kind, untold.told, untold.said) == ("level", False, False)
    stated = load_plan({"planlint": 1, "plan": {"metrics_kind": "milestone"},
                        "metrics": metrics})
    assert {metric.id: stated.measure(metric).kind for metric in stated.metrics} == {
        "M1": "milestone", "M2": "milestone", "M3": "level", "M4": "count",
        "M5": "level", "M6": "level"}
    assert stated.measure(stated.metrics[0]).said  # the plan says it, once for all
    unstated = load_plan({"planlint": 1, "metrics": metrics})
    assert {unstated.measure(metric).kind for metric in unstated.metrics[:2]} == {"level"}
    indicators = load_plan({"planlint": 1, "plan": {"metrics_kind": "indicator"},
                            "metrics": metrics})
    assert [indicators.measure(metric).kind for metric in indicators.metrics] == [
        "indicator", "indicator", "level", "count", "level", "level"]


def test_measures_the_plan_says_are_milestones_count_towards_a_list_of_commitments() -> None:
    """A plan that says its measures are done or not lists commitments: its deliverables
    that nothing else tells the kind of are milestones in the count, so an item opening with
    a verb and holding no figure is one more (:func:`commits`)."""
    metrics = [{"id": f"M{n}", "title": title} for n, title in enumerate(
        ("YouTube channel", "Community etiquette", "Discourse up & running",
         "increase support to departments"))]
    stated = load_plan({"planlint": 1, "plan": {"metrics_kind": "milestone"},
                        "metrics": metrics})
    assert stated.lists_commitments
    assert stated.measure(stated.metrics[-1]).kind == "milestone"
    unstated = load_plan({"planlint": 1, "metrics": metrics})
    assert not unstated.lists_commitments
    assert unstated.measure(unstated.metrics[-1]).kind == "level"


def test_in_a_list_of_commitments_an_untold_item_graded_in_part_is_one_more() -> None:
    """A plan whose measures are three quarters or more deliverables, graded by the share
    done (an engineering team's quarterly key results), grades an item whose kind nothing
    tells (``Unprefix CSS Writing modes``, 0.7) the same way: one more deliverable, not a
    level; an item whose wording or fields tell a level stays one."""
    deliverables = [{"id": f"M{n}", "title": title,
                     "actuals": [{"date": "2015-12-31", "value": 0.6}]} for n, title in
                    enumerate(("Ship CSS containment to beta", "Launch the portal",
                               "Publish the guidance"))]
    untold = {"id": "U1", "title": "Unprefix CSS Writing modes",
              "actuals": [{"date": "2015-12-31", "value": 0.7}]}
    listed = load_plan({"planlint": 1, "metrics": [*deliverables, untold]})
    assert listed.lists_commitments
    assert listed.measure(listed.by_id["U1"]).kind == "milestone"  # type: ignore[arg-type]
    level = {**untold, "unit": "%"}
    kept = load_plan({"planlint": 1, "metrics": [*deliverables, level]})
    assert kept.measure(kept.by_id["U1"]).kind == "level"  # type: ignore[arg-type]
    mixed = load_plan({"planlint": 1, "metrics": [deliverables[0], untold,
                                                  {"id": "L1", "title": "Customer NPS"}]})
    assert mixed.measure(mixed.by_id["U1"]).kind == "level"  # type: ignore[arg-type]


def test_beside_deliverables_a_measure_read_as_one_is_one_more() -> None:
    """A measure whose kind nothing tells, asking no level to move, with no unit or
    figure, read only as shares done or in words (``go-ipld-prime codegen is usable in some
    demo project``, 0.7), is a deliverable where three quarters or more of the measures
    beside it, leaving out those read the same way, are: its goal's, or, where it has none,
    the plan's; not one with a unit, a reading above 1 or a level to move, nor one never
    read, nor one beside levels."""
    def plan(untold: dict[str, object], *beside: str, alone: bool = False,
             read: float = 1) -> Plan:
        others = [{"id": f"M{n}", "title": title,
                   "actuals": [{"date": "2020-06-30", "value": read}]}
                  for n, title in enumerate(beside)]
        goals = [{"id": "G1", "metrics": ["U1"]}, {"id": "G2", "metrics": [
            other["id"] for other in others]}] if alone else [
            {"id": "G1", "metrics": ["U1", *(other["id"] for other in others)]}]
        return load_plan({"planlint": 1, "goals": goals, "metrics": [untold, *others]})

    def kind(read: Plan) -> str:
        return read.measure(read.by_id["U1"]).kind  # type: ignore[arg-type]

    codegen = {"id": "U1", "title": "go-ipld-prime codegen is usable in some demo project",
               "actuals": [{"date": "2020-06-30", "value": 0.7}]}
    deliverables = ("Launch the partner portal", "Land spec describing the v2 format")
    assert kind(plan(codegen, *deliverables)) == "milestone"
    assert kind(plan(codegen, *deliverables, alone=True)) == "milestone"  # the plan's
    module = {"id": "U1", "title": "Forest Module (Tier 3)",
              "actuals": [{"date": "2019-12-31", "text": "CBM and FullCAM"}]}
    assert kind(plan(module, *deliverables)) == "milestone"
    for level in ({**codegen, "unit": "%"}, {**codegen, "actuals": [
            {"date": "2020-06-30", "value": 7}]}, {**codegen, "title": "Improve BCH rating"},
                  {key: value for key, value in codegen.items() if key != "actuals"}):
        assert kind(plan(level, *deliverables)) == "level"
    assert kind(plan(codegen, "Customer NPS", "Members satisfied", read=42)) == "level"
    # a clause that says what its subject is doing, graded by the share done, is a
    # practice to bring about whatever is beside it; not a level on the move
    state = {"id": "U1", "title": "Newsroom analysts are distributing reports sourced from "
             "an article performance model", "actuals": [{"date": "2022-05-11", "value": 0.2}]}
    assert kind(plan(state, "Customer NPS", read=42)) == "milestone"
    assert kind(plan({**state, "title": "Revenue is growing"}, "Customer NPS",
                     read=42)) == "level"


def test_among_deliverables_of_work_a_measure_of_work_nothing_tells_is_one_more() -> None:
    """A plan whose projects' measures are deliverables (two thirds or more tell their
    kind, three quarters of those milestones) reads a measure of work whose kind nothing
    tells (``Centralized resource for members' needs``) as its neighbours: one more
    deliverable; not one with a unit, nor a goal's own measure, nor where the work's
    measures are levels."""
    def plan(titles: list[str], untold: dict[str, object]) -> Plan:
        work = [{"id": f"P{n}", "title": "Project", "metrics": [
            {"id": f"M{n}", "title": title}]} for n, title in enumerate(titles)]
        work.append({"id": "PU", "title": "Wellness center plan", "metrics": [untold]})
        return load_plan({"planlint": 1, "initiatives": work})

    deliverables = ["Analysis of current liability & safety trends; options to address",
                    "Comprehensive plan for consistent messaging & content",
                    "Catalog of sources & processes to access all revenue options"]
    resource = {"id": "U1", "title": "Centralized resource for members' physical needs"}
    listed = plan([*deliverables, "Share of members satisfied"], resource)
    assert listed.delivers_work and not listed.lists_commitments
    assert listed.measure(listed.by_id["U1"]).kind == "milestone"  # type: ignore[arg-type]
    with_unit = plan(deliverables, {**resource, "unit": "visits"})
    assert with_unit.measure(with_unit.by_id["U1"]).kind == "level"  # type: ignore[arg-type]
    levels = plan(["Share of members satisfied", "Average response time",
                   "Customer NPS"], resource)
    assert not levels.delivers_work
    assert levels.measure(levels.by_id["U1"]).kind == "level"  # type: ignore[arg-type]
    # a goal's own measure is the goal's level, not a piece of work's deliverable
    goal = load_plan({"planlint": 1, "goals": [{"id": "G1", "metrics": ["U1"]}],
                      "metrics": [resource], "initiatives": [
                          {"id": f"P{n}", "metrics": [{"id": f"M{n}", "title": title}]}
                          for n, title in enumerate(deliverables)]})
    assert goal.delivers_work
    assert goal.measure(goal.by_id["U1"]).kind == "level"  # type: ignore[arg-type]


def test_a_dropped_metric_is_read_as_the_others() -> None:
    plan = load_plan({"planlint": 1, "metrics": [
        {"id": "M1", "title": "Publish the guidance"},
        {"id": "M2", "title": "Launch the portal", "dropped": "2001-01-31"}]})
    dropped = plan.by_id["M2"]
    assert isinstance(dropped, Metric) and dropped not in plan.metrics
    assert plan.measure(dropped) == read_measure(dropped)
    assert plan.measure(plan.metrics[0]) is plan.measure(plan.metrics[0])


@pytest.mark.parametrize(("title", "named"), [
    ("SOCITM Better Connected accessibility rating", True),
    ("Student Positivity (NSS - National Student Survey)", True),
    ("Improve BCH rating for openebs/maya", True),
    ("App store rating", False),  # a scale, not a named body's instrument
    ("Park Quality Rating", False),
    ("PDR - Automated audit processing", False),
    ("The percentage of third-grade students proficient in Reading on the Ohio State Test "
     "(OST)", True),  # a state test named by its proper name
    ("% of Advanced Placement Tests taken with score of 3 or higher", False),
    ("Share of pupils who pass on the assessment", False),
])
def test_a_survey_rating_or_index_named_by_its_publisher(title: str, named: bool) -> None:
    assert names_instrument(title) is named


@pytest.mark.parametrize(("title", "named"), [
    ("CodeClimate: 0 issues", True),
    ("Scrutinizer: only A and B type issues", True),
    ("Pylint score", True),
    ("Test coverage reported by Codecov", True),
    ("ESLint Community", False),  # the tool named, no figure it computes
    ("Code coverage", False),  # a figure, no tool
])
def test_a_code_quality_figure_named_with_its_analyser(title: str, named: bool) -> None:
    assert names_analyser(title) is named


@pytest.mark.parametrize(("title", "named"), [
    ("Average increase in Police Officer Trainee test scores based on assessments at entry "
     "and completion of Police Basic Training.", True),
    ("Percentage of attendees who ranked the usefulness of DPSST criminal justice regional "
     'training courses at or above "6" on a scale of 1-7.', True),
    ("Sales to Minors - Percentage of licensees who refuse to sell to minor decoys.", True),
    ("Share of stores passing mystery shopping visits", True),
    ("Reading level based on the district's spring assessments", True),
    ("A leading AI model reaches 90% success simulating a curated PDB benchmark of "
     "modified proteins", True),
    ("Binding free energy error on the benchmark set", True),
    # a benchmark that is a reference level, not cases computed on
    ("Ambient benchmark concentration for diesel particulate matter", False),
    # a scale with nobody said to rate on it, a test that is the thing measured, no means
    ("The average score of proceedings measured on a 1-to-3 scale", False),
    ("Percentage of patients waiting less than 6 weeks for a diagnostic test", False),
    ('Percent of customers rating their satisfaction as "good" or "excellent"', False),
])
def test_a_measure_names_the_kind_of_instrument_it_is_read_from(title: str,
                                                                named: bool) -> None:
    assert names_means(Metric(id="M1", title=title)) is named


@pytest.mark.parametrize(("title", "named"), [
    # a campus improvement plan's "Evidence that Demonstrates Success"
    ("Drug dog visit log.", True),
    ("Safety day notes.", True),
    ("PLC Notes", True),
    ("AP Potential letters", True),
    ("E High Data", True),
    ("Enrollment numbers during 2015 registration process.", True),
    ("AVID enrollment numbers for 2015", True),
    ("Special Ed data provided by Greer.", True),
    ("Parent, Teacher and Student Perception data.", True),
    # a count, a verb, a change or a deliverable that only mentions data or minutes
    ("Numbers of staff who have completed non-violent crisis intervention training", False),
    ("Number of data breaches", False),
    ("Route lab data for at least 15 reportable conditions", False),
    ("Submit minutes for all Core release meetings", False),
    ("More data", False),
    ("Documented API to get FAC data", False),
    ("Future-proofing data for form changes over time", False),
    ("Atmospheric characterization based on data from the Auxiliary Telescope", False),
    ("500 volunteers adding data", False),
])
def test_a_measure_named_by_the_record_it_is_read_from(title: str, named: bool) -> None:
    assert names_record(Metric(id="M1", title=title)) is named


@pytest.mark.parametrize(("fields", "in_part"), [
    ({"title": "Study MySQL Operator Day-2 Ops"}, True),
    ({"title": "Gain better understanding of storage features"}, True),
    ({"title": "Improve BCH rating"}, False),  # a level to move, whatever its grade
    ({"title": "Write 3 blog posts"}, False),  # a figure to reach
    ({"title": "Study day-2 operations", "unit": "%"}, False),  # a share with a unit
    ({"title": "Study day-2 operations", "target": {"value": 1}}, False),
])
def test_an_activity_read_by_how_much_of_it_is_done(fields: dict[str, object],
                                                    in_part: bool) -> None:
    metric = Metric.model_validate(
        {"id": "K1", "actuals": [{"date": "2019-03-31", "value": 0.4}], **fields})
    assert done_in_part(metric, read_measure(metric)) is in_part


@pytest.mark.parametrize(("title", "direction"), [
    ("Provide a more robust, fast and flexible release pipeline", True),
    ("Addressing our climate crisis", True),
    ("Improve departmental digital leadership", True),
    ("Reducing waiting times", True),
    ("Deliver Windows Terminal 2.0", False),  # an end state
    ("Historical and Contemporary Wabanaki Collection", False),
    ("Serve more than 500 families", False),  # a number to reach
    ("Open 5 more clinics", False),
    ("Reach two or more partners", False),
    # a noun of change and what it changes in, as "Decrease in shootings"
    ("Reduction in overall youth violence", True),
    ("Growth in local jobs", True),
    ("Change of leadership", False),
    ("Community Risk Reduction and Public Education", False),
    # fewer people in a state; not a number of them
    ("Fewer youth exposed to violence", True),
    ("Fewer than 10 deaths a year", False),
    ("Open 5 fewer depots", False),
    # a higher or lower level among a group; a name opening with the same word is none
    ("Higher employment among youth and young adults", True),
    ("Greater participation across the region", True),
    ("Higher education", False),
    ("Higher education institutions", False),
    ("Greater London", False),
    ("Higher-level ICT knowledge provided to students", False),
])
def test_a_direction_of_change_is_not_an_end_state(title: str, direction: bool) -> None:
    assert states_direction(title) is direction


@pytest.mark.parametrize(("fields", "kind"), [
    ({"title": "Violent crime in dwellings",
      "description": "supporting measure for the violent crime rate"}, "indicator"),
    ({"title": "Contextual indicator: unemployment rate"}, "indicator"),
    ({"title": "Violent crime in dwellings"}, "level"),
    # a target of its own: a measure meant to be reached, whatever it is called
    ({"title": "Violent crime in dwellings", "description": "supporting measure",
      "target": {"value": -10, "date": "2017-06-30"}}, "level"),
    ({"title": "Supporting the measure of crime", "description": "measures supporting"},
     "level"),
])
def test_a_supporting_or_contextual_measure_is_watched(fields: dict[str, object],
                                                       kind: str) -> None:
    assert read_measure(Metric.model_validate({"id": "M1", **fields})).kind == kind


def test_a_title_is_read_into_words_once_for_every_fact_that_reads_it() -> None:
    """Reading a metric's words is done once per title; a metric named only reads its
    name, and every fact reads the same words the title gives."""
    title = f"KR 1.2: Releases ship on time {id(object())}"  # a title read nowhere before
    first = metric_words(Metric.model_validate({"id": "M1", "title": title}))
    again = metric_words(Metric.model_validate({"id": "M2", "title": title, "unit": "%"}))
    assert first is again and first[:4] == ["releases", "ship", "on", "time"]
    assert metric_words(Metric.model_validate({"id": "M3", "name": "Uptime"})) == ["uptime"]
    assert title_words("") == []


@pytest.mark.parametrize(("title", "count"), [
    ("Equip three million Australians to be better prepared for disasters", 3e6),
    ("Train two thousand volunteers", 2000), ("Hire two engineers", 2)])
def test_a_number_word_counts_with_its_scale(title: str, count: float) -> None:
    assert read_measure(Metric(id="M1", title=title)).target == count


@pytest.mark.parametrize(("title", "states"), [
    ("recruter cinq personnes fantastiques", True),  # French, as "recruter 5 personnes"
    ("trouver quatre leads pour e-Recrutement", True),
    ("Contratar tres ingenieros", True), ("Contratar três engenheiros", True),
    ("Zwei Ingenieure einstellen", True), ("Assumere due ingegneri", False),  # "due": English
    ("Assumere quattro ingegneri", True), ("Twee ingenieurs aannemen", True),
    ("Recruter un ingénieur", False), ("Once a year, review the plan", False),
    ("Renew Sept. contracts", False),
])
def test_a_number_in_words_of_another_language_is_its_figure(title: str, states: bool) -> None:
    assert read_measure(Metric(id="M1", title=title)).states_target is states


@pytest.mark.parametrize("title", [
    "Evaluation of change in habitat extent and quality over time.",
    "Assessment of success and failure rates of freshwater mitigation projects.",
    # an analysis, however qualified or joined to what it yields
    "Analysis of current liability & safety trends; options to address",
    "Comprehensive analysis of current & future coverage",
    "Analysis & recommendations for modifications to current fee structures",
    "Consideration & evaluation for expansion of the district"])
def test_an_evaluation_named_by_its_work_is_a_deliverable(title: str) -> None:
    assert read_measure(Metric(id="M1", title=title, cadence="P5Y")).kind == "milestone"


@pytest.mark.parametrize("title", [
    "Analysis of 12 water samples each month",  # a number: what is counted
    "Analysis turnaround time"])  # not the work's report: a time to read
def test_a_measure_of_analyses_is_no_deliverable(title: str) -> None:
    assert read_measure(Metric(id="M1", title=title)).kind != "milestone"


@pytest.mark.parametrize(("title", "kind"), [
    ("Rehousing 650 unsheltered households into permanent housing", "count"),
    ("Preventing 11,856 households from becoming homeless", "count"),
    ("Hiring 12 nurses", "count"),
    # a number further on, after a noun the -ing word may be, or a rate: a level
    ("Processing times under 30 days", "level"),
    ("Processing 90% of claims", "level")])
def test_a_count_verb_opens_a_count_in_its_ing_form(title: str, kind: str) -> None:
    assert read_measure(Metric(id="M1", title=title, target={
        "value": 650, "date": "2025-06-30"})).kind == kind


def test_rules_read_free_texts_by_their_start() -> None:
    # a description of megabytes is searched no further than a long one
    span = "A three-year plan adopted 2022."
    assert worded("x" * 5_000, None, span) == f"{'x' * MAX_WORDED}  {span}"
    assert span not in worded("x " * MAX_WORDED + span)


@pytest.mark.parametrize(("title", "yearly"), [
    ("Increase outreach and engagement activities by 10% each year", True),
    ("Cut emissions by 5 percent per year", True),
    ("Grow members by 300 new members every fiscal year", True),
    ("Raise revenue by $2M annually", True),
    # a quantity per year, not a step towards a target: a count over a year
    ("Total tons of waste processed per year", False),
    ("Host one webinar annually", False),
    ("Increase outreach activities by 2025", False),
    # a deadline year, then a rhythm of something else
    ("Complete the rollout by 2025, a year early", False),
    ("Open 3 branches by 2026 and review each year", False)])
def test_a_target_worded_as_a_step_each_year(title: str, yearly: bool) -> None:
    assert steps_yearly(title) is yearly


@pytest.mark.parametrize(("title", "workload"), [
    ("Number of DAs determined", True),
    ("Number of permits issued", True),
    # what befell the things, or was recorded as happening: no work done
    ("Number of offences recorded", False),
    ("Number of overdoses reported", False),
    ("Number of people killed in crashes", False)])
def test_a_workload_is_a_number_of_things_done(title: str, workload: bool) -> None:
    assert read_measure(Metric.model_validate({"id": "M1", "title": title})).workload \
        is workload


def test_a_target_in_words_is_stated_by_its_figures_or_whole() -> None:
    title = "Deliver 65,000 to 80,000 insulation measures between 2011 and 2013"
    assert states_figures_of(title, "65,000 to 80,000 between 2011 and 2013")
    assert not states_figures_of(title, "90,000 between 2011 and 2013")
    assert states_figures_of("Support around two million households each year",
                             "around two million households each year")
    assert not states_figures_of(title, "most households")


@pytest.mark.parametrize(("title", "kind"), [
    # a results report's indicators, each written as a sentence
    ("Number of large-scale infrastructure projects completed.", "count"),
    ("Number of key structural components of the bridge fully constructed.", "count"),
    ("Number of completed infrastructure projects.", "count"),
    # a participle that does not say what a count counts, or no things in the plural
    ("Number of reports developed.", "level"),
    ("Number of people trained.", "level"),
])
def test_numbers_of_things_done_are_counts_whatever_their_full_stop(title: str,
                                                                     kind: str) -> None:
    assert read_measure(Metric(id="M1", title=title)).kind == kind


@pytest.mark.parametrize(("title", "routine"), [
    ("Inspect playgrounds and exercise stations every 30 days.", True),
    ("Hold 5 events annually", True),
    ("Safety culture: Top 20 risk register reviewed fortnightly by Senior Leadership", True),
    ("One key risk reviewed at every Board meeting", True),
    ("All 24 commercial centres cleaned daily.", True),
    # the share of those due carried out, in the title or after a heading and a dash
    ("% of playgrounds inspected every 30 days", True),
    ("MINE SITE INSPECTIONS - Percent of active mine sites inspected annually.", True),
    ("Visit 100% of marijuana retail licensees each year", True),
    ("Visit 100% of licensees", False),
    # no schedule named, a rate, a harm, or an act that is not the organisation's routine
    ("Inspect playgrounds", False),
    ("Percent of residents satisfied, surveyed annually", False),
    ("Share of the water supply network inspected for leaks each year", False),
    ("Percentage of investigations completed within the published target time", False),
    ("Inspect injuries every month", False),
    ("Increase weekly new visitors to 750", False),
    ("Number of wildlife damage complaints addressed annually", False),
])
def test_a_routine_act_names_its_act_and_how_often(title: str, routine: bool) -> None:
    assert counts_routine(Metric(id="M1", title=title)) is routine


@pytest.mark.parametrize(("title", "held"), [
    ("Workshops", True),
    ("Number of webinars", True),
    # meetings or hearings after the words that say which: a city department's workload
    ("Number of Council meetings", True),
    ("Number of public hearings", True),
    ("# of Special Council Meetings and Work Sessions Attended", True),
    # qualified events may be occurrences; people at gatherings are not the gatherings
    ("Number of adverse events", False),
    ("Number of sewer overflow events", False),
    ("# of visitors at community meetings", False),
    # how many first, gatherings joined by a slash, or after the objective and a colon
    ("2 webinars/workshops", True),
    ("Exchange of experience in the ECN: Number of ECN meetings per year", True),
    ("2 webinars/adverse events", False),
])
def test_a_count_of_gatherings_names_them_first_or_as_its_head(title: str, held: bool) -> None:
    metric = Metric(id="M1", title=title, target=Measurement(value=4))
    assert counts_gatherings(metric) is held


@pytest.mark.parametrize(("title", "issued"), [
    ("4 newsletter", True),
    ("4 website update", True),
    ("2 explanatory videos on website", True),
    ("12 more streams", True),
    ("2 more demos w/ guests", True),
    ("2 other Funding Agreements", True),
    ("# of Board and Commission Members", True),
    ("2 strategy board members from user countries", True),
    ("Licensing: Number of press videos", True),
    # money or a flow from outside, members of no body of its own, people reached, a rate
    ("2 additional funding streams", False),
    ("Number of security updates", False),
    ("Number of members", False),
    ("Viewers of the explanatory videos", False),
    ("Newsletters opened per subscriber", False),
    ("Videos that went viral", False),
    ("Conditional releases maintained per month", False),
    ("Create two demos", False),
    # a service's own connections and routing, a verb opening a count
    ("Connect at least 5 new healthcare organizations to ReportStream", True),
    ("Connect ReportStream to three third-party standards/services.", True),
    ("Route lab data for at least 15 reportable conditions.", True),
    ("Route hospitalization data from at least one healthcare organization to one STLT.",
     True),
    ("Onboard 3 senders", True),
    # not a share, a time standard, a road's number, nor the verb as a noun
    ("Connect 95% of households to broadband", False),
    ("Route 4 calls within 30 seconds", False),
    ("Route 9 resurfacing", False),
    ("Connection of 5 schools", False),
])
def test_a_count_of_what_an_organisation_issues_signs_or_appoints(title: str,
                                                                  issued: bool) -> None:
    metric = Metric(id="M1", title=title, target=Measurement(value=4))
    assert counts_issued(metric) is issued


@pytest.mark.parametrize(("title", "delivered"), [
    ("Climate-informed decision-making tools and systems developed/enhanced", True),
    ("Number of Code White drills and/or education sessions completed", True),
    ("Training and capacity building provided to partner staff", True),
    ("Gender-disaggregated data analytics developed that inform policy", True),
    # a clause or preposition first, a rate, a harm, or what befell the things
    ("Feedback on the information provided on the website", False),
    ("Users who were satisfied with the tools developed", False),
    ("% of clinical areas with surveys fully implemented", False),
    ("Number of injuries reported", False),
])
def test_a_process_measure_counts_the_outputs_its_work_delivers(title: str,
                                                                delivered: bool) -> None:
    plan = load_plan({"planlint": 1, "initiatives": [
        {"id": "I1", "metrics": [{"id": "M1", "title": title, "target": {"value": 12}}]}]})
    assert counts_deliverables(plan, plan.by_id["M1"]) is delivered


def test_a_goal_measure_is_no_output_of_work() -> None:
    plan = load_plan({"planlint": 1, "goals": [{"id": "G1", "metrics": [
        {"id": "M1", "title": "Tools and systems developed", "target": {"value": 12}}]}]})
    assert not counts_deliverables(plan, plan.by_id["M1"])


@pytest.mark.parametrize(("title", "spent"), [
    ("Total hours spent mowing city parks.", True),
    ("Person-hours spent patrolling", True),
    ("Total hours spent waiting", False),
    ("Hours of volunteer contribution", False),
    # the runs its own computations take, per cycle of its method
    ("Fewer MD simulation evaluations per optimization cycle", True),
    ("Evaluations per grantee", False),
])
def test_hours_spent_on_a_task_of_own_work(title: str, spent: bool) -> None:
    assert counts_work_time(Metric(id="M1", title=title)) is spent


@pytest.mark.parametrize(("title", "done"), [
    ("Reminders sent for May elections", True),
    ("Reports written for the board", True),
    ("Courses taught by staff", True),
    ("Reminders for May elections", False),
])
def test_irregular_participles_say_what_was_done(title: str, done: bool) -> None:
    assert counts_done(Metric(id="M1", title=title)) is done


@pytest.mark.parametrize(("title", "unit", "views"), [
    ("Feedback on the usefulness of information provided on website from staff", None, True),
    ("patient experience surveys", None, True),
    ("Annual survey", None, True),
    ("Qualitative data that indicates patron satisfaction with resources", None, True),
    ("Success stories", None, True),
    ("Customer satisfaction survey", None, False),  # a score read from the survey
    ("Customer Satisfaction Survey Results", None, False),
    ("Survey response rate", None, False),
    ("Staff survey: satisfied with flexible working", "%", False),  # a share, in percent
    ("Number of comments received", None, False),  # a count
    ("Surveys received", None, False),  # things counted as they come in
    ("Visits to the feedback page", None, False),  # not the views themselves
])
def test_views_gathered_in_their_own_words(title: str, unit: str | None, views: bool) -> None:
    metric = Metric(id="M1", title=title, unit=unit)
    assert gathers_views(metric, read_measure(metric)) is views


@pytest.mark.parametrize(("title", "shares"), [
    ("% completed workplan items identified for Year 1", True),
    ("% COMPLETED WORKPLAN ITEMS IDENTIFIED FOR YEAR 1", True),
    ("Pourcentage d'atteinte des cibles du Plan d'action", True),
    ("% of work plan items completed on time", False),
    ("% of customer tickets closed within a day", False),
    # the plan's own targets, KPIs or objectives reached: a share or a number of them
    ("Share of the targets defined in the strategy reached", True),
    ("KPI 3: % of KPIs achieved", True),
    ("Number of objectives achieved", True),
    ("% of KPIs achieved on time", False),
    ("Percentage of IEP goals met", False),  # a pupil's plan's goals
    ("For each partner engagement, at least 70% of the objectives defined within the "
     "respective agreement are met", False),
    ("Percentage of Policy activities that have met their objectives", False),
])
def test_a_share_of_a_plans_own_items_done_is_read_in_any_case(title: str,
                                                               shares: bool) -> None:
    # titles without the word "plan" are passed over unsearched; the word in capitals is
    # the word all the same
    metric = Metric.model_validate({"id": "M1", "title": title, "unit": "%"})
    assert shares_plan_done(metric) is shares


@pytest.mark.parametrize(("title", "states"), [
    ("The gap in achievement for Progress 8", False), ("Attainment 8 of PP students", False),
    ("The gap for Basics at 4+", False), ("Basics 5+ for disadvantaged pupils", False),
    ("Raise Progress 8 to 0.5", True), ("Keep churn at 4%", True),
])
def test_englands_school_results_are_named_by_their_number(title: str, states: bool) -> None:
    assert read_measure(Metric(id="M1", title=title)).states_target is states


@pytest.mark.parametrize(("title", "fields", "expected"), [
    # a standard every case meets, its level (all of them, none over the limit) in its words
    ("No client inquiry takes more than one business day to receive a response", {}, True),
    ("Don't push code that fails tests. If you do, fix it within an hour or roll back.", {},
     True),
    ("Resolve all critical security alerts within 7 days and high-severity alerts within "
     "14 days", {}, True),
    ("Alerts and warnings issued for all significant flooding events", {}, True),
    ("Net public benefit for northern Australia on each project funded", {}, True),
    # a share of cases that meet it, a limit on a total, a time itself: levels to target
    ("Percentage of complaints responded to within timescales", {}, False),
    ("Alerts resolved within 7 days", {"unit": "%"}, False),
    ("Resolve all critical alerts within 7 days", {"target": {"value": 95}}, False),
    ("No more than 2 days of downtime a month", {}, False),
    ("Average time to resolve all incidents within the month", {}, False),
    ("Number of alerts issued for all flooding events", {}, False),
])
def test_a_standard_every_case_meets(title: str, fields: dict[str, object],
                                     expected: bool) -> None:
    metric = Metric.model_validate({"id": "M1", "title": title, **fields})
    assert sets_standard(metric) is expected


@pytest.mark.parametrize(("title", "decided"), [
    ("Number of Investment Decisions per annum", True),
    ("Dollar value of NAIF Investment Decisions per annum", True),
    ("Total capital value of projects supported per annum", True),
    ("Over five-year timeframe to 30 June 2021, demonstrate industry and geographic spread "
     "across Investment Decisions made", True),
    ("Value of grants awarded.", True),
    ("Lending: Number of loan commitments", True),
    ("Number of decisions overturned on appeal", False),
    ("Percentage of decisions made within 8 weeks", False),
    ("$ value of incremental private sector investment attracted", False),
    ("Value of large-scale infrastructure projects completed.", False),
    ("Revenue of projects supported", False),
    # a tax setting a government fixes by law, with the course the plan sets it
    ("main rate of corporation tax (from 28% to 26% in 2011/12)", True),
    ("personal allowance (from £6,475 to £10,000)", True),
    ("Effective tax rate (from 20% to 18%)", False),
    ("rate of tax compliance (from 80% to 90%)", False),
    ("main rate of corporation tax", False),
])
def test_decisions_and_commitments_an_organisation_makes_itself(title: str,
                                                                decided: bool) -> None:
    assert counts_decisions(Metric(id="M1", title=title)) is decided


@pytest.mark.parametrize(("title", "unit"), [
    ("Average ACT Composite Score", True),
    ("SAT Math score", True),
    ("Average AP exam scores", True),
    ("Clean Air Act score", False),
    ("Productivity index score", False),
    ("Northern Economic Index", False),
])
def test_a_standardised_tests_score_is_in_its_points(title: str, unit: bool) -> None:
    assert read_measure(Metric(id="M1", title=title)).unit is unit


@pytest.mark.parametrize(("title", "demand"), [
    # what others bring to the service, counted as it comes
    ("Chinese channels, daily in-coming calls (average)", True),
    ("Enquiries received through our hotline", True),
    ("Complaints and enquiries made to RTHK", True),
    ("Complaints against RTHK lodged with the Broadcasting Authority", True),
    ("Enquiries which required follow-up action", True),
    ("Passengers Screened", True),
    ("Total Number of Formal Complaints Received", True),
    # what the service does with it, what it found, a share, a change to bring about
    ("Complaints lodged with the Broadcasting Authority found to be breaches", False),
    ("Complaints resolved", False),
    ("Calls answered within 20 seconds", False),
    ("Home visits made", False),
    ("Calls made", False),
    ("Cases filed", False),
    ("% of complaints received", False),
    ("Reducing the number of community complaints received by the Union", False),
    ("Number of cases removed from the waitlist and referred to community partners", False),
    ("Farmers with claim payable who received benefits", False),
])
def test_a_volume_of_demand_is_what_others_bring(title: str, demand: bool) -> None:
    assert counts_demand(Metric(id="M1", title=title)) is demand


def test_a_volume_of_demand_with_a_direction_is_aimed_at() -> None:
    assert not counts_demand(Metric(id="M1", title="Complaints received", direction="decrease"))
    assert not counts_demand(Metric(id="M1", title="Complaints received", unit="%"))


def test_documents_others_send_in_are_received() -> None:
    def metric(title: str, description: str | None = None, unit: str | None = None,
               value: float = 0) -> Metric:
        return Metric.model_validate({"id": "K1", "title": title, "description": description,
                                      "unit": unit, "target": {"value": 56},
                                      "actuals": [{"date": "2022-09-30", "value": value}]})
    assert receives_documents(metric("# of State/Territory Digital Equity Plans",
                                     "Receive State/Territory Digital Equity Plans"))
    assert receives_documents(metric("Number of county plans received"))
    # the body's own documents, applications it answers, a share or a fraction
    assert not receives_documents(metric("Number of reports submitted to the Board"))
    assert not receives_documents(metric("SSI applications received from partners"))
    assert not receives_documents(metric("Number of county plans received", unit="%"))
    assert not receives_documents(metric("Number of county plans received", value=0.5))
    assert not receives_documents(metric("Receive technical support for plans"))
