"""Every extraction rule, registered here and nowhere else, in the order the pipeline runs them.

A rule is an id, the function that runs it, and the JSON Lines file of its patterns (if it has its own).
RULES.md beside this file tells where a new rule goes.
"""

from __future__ import annotations

from kg.extract.document import Document, Sentence
from kg.extract.given_flight_names import add_given_flight_names
from kg.extract.linking import link_names
from kg.extract.reading import read_sentences
from kg.extract.registry import ArticleRule, FlightRule, Phase, Rule, SentenceRule
from kg.extract.rules_crew_actions import apply_crew_action_rules
from kg.extract.rules_crew_colon_lists import apply_colon_list_rules
from kg.extract.rules_crew_copula_members import apply_copula_member_rules
from kg.extract.rules_crew_counted_then_named import apply_counted_then_named_rules
from kg.extract.rules_crew_fronted_roles import apply_fronted_role_list_rules
from kg.extract.rules_crew_heading_lines import apply_crew_heading_line_rules
from kg.extract.rules_crew_history import apply_earlier_crew_rules, apply_history_rules
from kg.extract.rules_crew_joined_companions import apply_joined_companion_rules
from kg.extract.rules_crew_lists import apply_list_crew_rules
from kg.extract.rules_crew_openings import apply_crew_opening_rules, is_bulleted_crew_item
from kg.extract.rules_crew_paragraph_lists import apply_paragraph_list_rules
from kg.extract.rules_crew_plural_trade import add_crew_plural_trades
from kg.extract.rules_crew_respective import settle_respective_crews
from kg.extract.rules_crew_role_copulas import ROLE_COPULA_RULE
from kg.extract.rules_crew_role_openings import apply_role_opening_rules
from kg.extract.rules_crew_roles import add_roles_from_occupations, apply_crew_rules
from kg.extract.rules_dates import (
    add_dates_told_as_just_done,
    add_launches_counted_back_from_landing,
    add_same_day_landings,
    drop_launch_years_of_other_flights,
    keep_most_precise_dates,
)
from kg.extract.rules_destinations import add_suborbital_destinations, drop_orbit_beside_station
from kg.extract.rules_events import apply_event_rules
from kg.extract.rules_figures import apply_figure_rules
from kg.extract.rules_films import apply_cast_rules, apply_film_rules, settle_films
from kg.extract.rules_flights import choose_main_flight, choose_sentence_flight, drop_unused_missions
from kg.extract.rules_group_trades import add_trades_of_both, apply_group_trade_rules
from kg.extract.rules_later_occupations import apply_later_occupation_rules
from kg.extract.rules_office_titles import apply_office_title_rules
from kg.extract.rules_orgs import (
    add_agencies_of_crew,
    add_orgs_in_flight_names,
    add_programme_operators,
    apply_org_rules,
)
from kg.extract.rules_people import apply_people_rules
from kg.extract.rules_ranks import apply_rank_rules
from kg.extract.rules_status import settle_statuses
from kg.extract.rules_vehicles import (
    add_own_spacecraft,
    apply_vehicle_rules,
    drop_generic_spacecraft,
    drop_vague_landing_sites,
)


def _list_crew(doc: Document, sentence: Sentence, mission: str | None) -> None:
    """Run the list crew rules, except on an item of a bulleted crew list (the bulleted list rule reads those)."""
    if not is_bulleted_crew_item(doc, sentence):
        apply_list_crew_rules(doc, sentence, mission)


def _earlier_crew(doc: Document, sentence: Sentence, _: str | None) -> None:
    """Run the rules on crew of other and earlier flights, except on an item of a bulleted crew list."""
    if not is_bulleted_crew_item(doc, sentence):
        apply_earlier_crew_rules(doc, sentence)


RULES: tuple[Rule, ...] = (
    ArticleRule(
        "sentences.read",
        Phase.MENTIONS,
        read_sentences,
        patterns=("reading.jsonl", "sentence_marks.jsonl", "person_names.jsonl", "org_appositions.jsonl"),
    ),
    ArticleRule("flight.given_name", Phase.MENTIONS, add_given_flight_names, patterns=("given_flight_names.jsonl",)),
    ArticleRule(
        "names.link",
        Phase.ENTITIES,
        link_names,
        patterns=("linking.jsonl",),
        emits=(
            "coref.handle",
            "coref.org_noun",
            "coref.surname",
            "craft_name.*",
            "gazetteer.*",
            "mission_name.*",
            "org_name.*",
            "person_name.*",
            "place_name.*",
        ),
    ),
    ArticleRule(
        "people.traits",
        Phase.ENTITIES,
        apply_people_rules,
        patterns=("people.jsonl",),
        emits=(
            "affiliation.apposition",
            "affiliation.of_org",
            "affiliation.possessive",
            "affiliation.premodifier",
            "age.apposition",
            "age.premodifier",
            "age.respectively",
            "age.role_noun",
            "coref.role_noun",
            "nationality.premodifier",
            "occupation.apposition",
            "occupation.designates_after",
            "occupation.premodifier",
            "occupation.role_noun",
            "occupation.shared_plural",
        ),
    ),
    ArticleRule(
        "people.ranks",
        Phase.ENTITIES,
        apply_rank_rules,
        patterns=("ranks.jsonl",),
        emits=("occupation.rank",),
    ),
    ArticleRule(
        "people.office_titles",
        Phase.ENTITIES,
        apply_office_title_rules,
        patterns=("office_titles.jsonl", "fronted_titles.jsonl"),
        emits=("occupation.office_title", "occupation.fronted_title"),
    ),
    ArticleRule(
        "occupation.group_trades",
        Phase.ENTITIES,
        apply_group_trade_rules,
        patterns=("group_trades.jsonl",),
        emits=("occupation.group_including",),
    ),
    ArticleRule(
        "flight.main",
        Phase.ENTITIES,
        choose_main_flight,
        patterns=("flights.jsonl",),
        emits=("mission.unnamed_flight",),
    ),
    # The first sentence rule: every later one reads the flight it chose.
    SentenceRule(
        "flight.of_sentence",
        lambda doc, sentence, _: choose_sentence_flight(doc, sentence),
        patterns=("flights.jsonl",),
        emits=("mission.planned_person_flight", "mission.joint_flight"),
    ),
    FlightRule(
        "crew.roles",
        apply_crew_rules,
        patterns=("crew_roles.jsonl",),
        emits=(
            "crew.along_with",
            "crew.as_role_before_name",
            "crew.bought_seats",
            "crew.carried_or_flown_by",
            "crew.companions",
            "crew.first_in_space",
            "crew.joined_by",
            "crew.other_passengers",
            "crew.own_capsule",
            "crew.entry_order",
            "crew.ordinal_crewman",
            "crew.passive_role",
            "crew.role_after_name",
            "crew.role_before_name",
            "crew.role_in_own_clause",
            "crew.role_verb",
            "crew.under_command",
            "crew.round_out",
            "crew.seat_after_name",
            "crew.seat_before_name",
            "crew.shared_plural_role",
            "crew.subject_of_flight_verb",
            "crew.team_listing",
        ),
    ),
    FlightRule(
        "crew.role_openings",
        apply_role_opening_rules,
        patterns=("crew_role_openings.jsonl",),
        emits=("crew.as_role_opening",),
    ),
    FlightRule(
        "vehicle.of_flight",
        apply_vehicle_rules,
        patterns=("vehicles.jsonl", "destinations.jsonl"),
        emits=(
            "destination.after_preposition",
            "destination.generic_station",
            "destination.moon",
            "destination.orbit",
            "destination.station_visit",
            "destination.suborbital",
            "place.unknown",
            "site.landed_at",
            "site.landed_near_unknown_place",
            "site.launched_from",
            "vehicle.rocket_in_flight_sentence",
            "vehicle.boarded",
            "vehicle.craft_before_flight_name",
            "vehicle.spacecraft_in_flight_sentence",
        ),
    ),
    FlightRule(
        "figure.of_flight",
        apply_figure_rules,
        patterns=("figures.jsonl",),
        emits=("figure.altitude", "figure.duration", "figure.fundraising"),
    ),
    SentenceRule(
        "crew.history_clause",
        lambda doc, sentence, _: apply_history_rules(doc, sentence),
        emits=("crew.history_clause", "date.history_clause"),
    ),
    SentenceRule(
        "crew.lists",
        _list_crew,
        patterns=("crew_lists.jsonl",),
        emits=(
            "crew.counted_list",
            "crew.gapped_role",
            "crew.group_opening",
            "crew.inverted_list",
            "crew.inverted_role",
            "crew.joined_crew_member",
            "crew.list_with_crew_cue",
            "crew.plural_role_after_list",
            "crew.plural_role_before_list",
            "crew.role_apposition",
            "crew.role_comma_before",
        ),
    ),
    FlightRule(
        "crew.copula_member",
        apply_copula_member_rules,
        patterns=("crew_copula_members.jsonl",),
        emits=("crew.copula_member",),
    ),
    FlightRule(
        "crew.fronted_role_list",
        apply_fronted_role_list_rules,
        patterns=("crew_fronted_roles.jsonl",),
        emits=("crew.fronted_role_list",),
    ),
    ROLE_COPULA_RULE,
    SentenceRule(
        "crew.earlier_flights",
        _earlier_crew,
        patterns=("crew_history.jsonl",),
        emits=(
            "crew.died_aboard_flight",
            "crew.died_when_flight_failed",
            "crew.earlier_trip",
            "crew.earlier_trip_companion",
            "crew.flew_up_with_crew",
            "crew.flight_brought_people",
            "crew.member_of_named_flight",
            "crew.named_flight_list",
            "crew.possessive_flight",
            "crew.travel_on_flight",
            "crew.travel_on_flight_pronoun",
            "crew.verb_object_flight",
            "mission.earlier_trip",
        ),
    ),
    SentenceRule(
        "crew.openings", apply_crew_opening_rules, emits=("crew.bulleted_list", "crew.closed_list", "crew.opened_list")
    ),
    SentenceRule("crew.heading_lines", apply_crew_heading_line_rules, emits=("crew.heading_line",)),
    SentenceRule(
        "crew.colon_list",
        apply_colon_list_rules,
        patterns=("crew_colon_lists.jsonl",),
        emits=("crew.colon_list_item",),
    ),
    SentenceRule(
        "crew.paragraph_list",
        apply_paragraph_list_rules,
        patterns=("crew_colon_lists.jsonl",),
        emits=("crew.paragraph_list_item",),
    ),
    SentenceRule(
        "crew.joined_companions",
        apply_joined_companion_rules,
        patterns=("crew_joined.jsonl",),
        emits=("crew.joined_others_aboard",),
    ),
    FlightRule(
        "crew.counted_then_named",
        apply_counted_then_named_rules,
        patterns=("crew_counted.jsonl",),
        emits=("crew.counted_then_named", "occupation.counted_then_named"),
    ),
    FlightRule(
        "crew.actions",
        apply_crew_action_rules,
        patterns=("crew_actions.jsonl",),
        emits=("crew.subject_of_crew_action",),
    ),
    SentenceRule(
        "occupation.told_later",
        lambda doc, sentence, _: apply_later_occupation_rules(doc, sentence),
        patterns=("later_occupations.jsonl",),
        emits=("occupation.told_later", "occupation.subject_predicate", "age.subject_predicate"),
    ),
    SentenceRule(
        "event.dated",
        apply_event_rules,
        patterns=("events.jsonl",),
        emits=("date.landing", "date.launch", "event.*"),
    ),
    SentenceRule(
        "org.of_flight",
        apply_org_rules,
        patterns=("orgs.jsonl",),
        emits=(
            "affiliation.owner_company",
            "org.agency_statement",
            "org.beneficiary_phrase",
            "org.broadcaster_phrase",
            "org.broadcaster_verb",
            "org.builder_phrase",
            "org.eager_partner",
            "org.operator_phrase",
            "org.partner_phrase",
            "org.possessive_vehicle",
            "org.sponsor_phrase",
            "org.subject_of_launch",
            "org.which_builds",
        ),
    ),
    SentenceRule("film.of_flight", apply_film_rules, patterns=("films.jsonl",)),
    SentenceRule("film.cast", apply_cast_rules, patterns=("films.jsonl",)),
    ArticleRule(
        "vehicle.own_spacecraft", Phase.LINKS, add_own_spacecraft, emits=("vehicle.flight_named_after_capsule",)
    ),
    ArticleRule("vehicle.drop_generic_spacecraft", Phase.LINKS, drop_generic_spacecraft),
    ArticleRule("date.landing_same_day", Phase.LINKS, add_same_day_landings, emits=("date.landing_same_day",)),
    ArticleRule(
        "date.just_done",
        Phase.LINKS,
        add_dates_told_as_just_done,
        patterns=("events.jsonl",),
        emits=("date.just_done",),
    ),
    ArticleRule(
        "date.launch_before_landing",
        Phase.LINKS,
        add_launches_counted_back_from_landing,
        patterns=("events.jsonl",),
        emits=("date.launch_before_landing",),
    ),
    ArticleRule("org.agency_of_crew", Phase.LINKS, add_agencies_of_crew, emits=("org.agency_of_crew",)),
    ArticleRule("org.in_flight_name", Phase.LINKS, add_orgs_in_flight_names, emits=("org.in_flight_name",)),
    ArticleRule(
        "org.operator_of_programme",
        Phase.LINKS,
        lambda doc: add_programme_operators(doc, doc.main),
        emits=("org.operator_of_programme",),
    ),
    ArticleRule(
        "occupation.of_both",
        Phase.LINKS,
        add_trades_of_both,
        patterns=("group_trades.jsonl",),
        emits=("occupation.of_both",),
    ),
    ArticleRule(
        "crew.role_from_occupation", Phase.LINKS, add_roles_from_occupations, emits=("crew.role_from_occupation",)
    ),
    ArticleRule(
        "crew.respective",
        Phase.LINKS,
        settle_respective_crews,
        patterns=("crew_respective.jsonl",),
        emits=("crew.respective",),
    ),
    ArticleRule(
        "occupation.crew_plural",
        Phase.LINKS,
        add_crew_plural_trades,
        patterns=("crew_plural_trade.jsonl",),
        emits=("occupation.crew_plural",),
    ),
    ArticleRule("date.other_launch_years", Phase.LINKS, drop_launch_years_of_other_flights),
    ArticleRule("date.most_precise", Phase.LINKS, keep_most_precise_dates),
    ArticleRule("site.drop_vague_landing_sites", Phase.LINKS, drop_vague_landing_sites),
    ArticleRule("destination.drop_orbit_beside_station", Phase.LINKS, drop_orbit_beside_station),
    ArticleRule("destination.suborbital", Phase.LINKS, add_suborbital_destinations, emits=("destination.low_peak",)),
    ArticleRule("status.settle", Phase.LINKS, settle_statuses, emits=("status.from_tense", "status.wording")),
    ArticleRule("film.settle", Phase.LINKS, settle_films, emits=("film.*",)),
    ArticleRule("flight.drop_unused", Phase.LINKS, drop_unused_missions),
)
