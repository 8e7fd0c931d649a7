"""Whose ministry: a state's body that news names the same in every country, qualified by its country.

Every country has a `Finance Ministry`, a `Foreign Ministry` and a `Central Bank`, and a wire story calls its
own country's just that: `TOKYO, March 3 - The Finance Ministry said…`. Across an archive those were one
Organisations value, 181 Reuters stories of a dozen countries' ministries counted as one body. A story's
unqualified state body is its country's when the story says which country it is about:

- the dateline's city is one of that country's (`wordlists/countries.txt`), and the story names the country or
  its adjective (`Japan`, `Japanese`), or names no country at all: a Tokyo story about Kuwait's oil names
  Kuwait and not Japan, and is left alone;
- or, with no dateline known, its first paragraph names exactly one country, by its name, its adjective or a
  city of its own (`the Marenburg software company`).

The body is then named with the country's adjective (`Japanese Finance Ministry`), the name the story used kept
as an alias and every mention left where it was; `Japan's Finance Ministry` is renamed so too, so that both
forms are one value of the facet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..dateline import parse_dateline
from .entities import EntityInfo, EntityResult
from .lexicon import wordlist_rows

# the portfolios of a state's ministries, named alike in every country
_PORTFOLIOS = frozenset((
    "Finance", "Foreign", "Agriculture", "Trade", "Commerce", "Economics", "Economy", "Economic", "Industry",
    "Energy", "Defence", "Defense", "Interior", "Justice", "Labour", "Labor", "Transport", "Information", "Oil",
    "Petroleum", "Mines", "Budget", "Health", "Education", "Environment", "Telecommunications", "Communications",
    "Planning", "Construction", "Culture", "Home", "Foreign Trade", "Industry and Trade", "Trade and Industry",
    "Foreign Affairs", "Internal Affairs", "Home Affairs",
))


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, list[tuple[str, str]]], dict[str, str], re.Pattern, dict[str, str],
                          re.Pattern]:
    """(city -> [(country, adjective)], country -> adjective, a pattern finding any country or adjective, a city
    of one country only -> its adjective, a pattern finding those cities)."""
    rows = [(country, adj, cities.split("|")) for country, adj, cities in wordlist_rows("countries.txt")]
    by_city: dict[str, list[tuple[str, str]]] = {}
    adjective: dict[str, str] = {}
    for country, adj, cities in rows:
        adjective[country] = adj
        for city in cities:
            by_city.setdefault(city.upper(), []).append((country, adj))
    words = sorted({*adjective, *adjective.values()}, key=len, reverse=True)
    city_of = {city: adj for _country, adj, cities in rows for city in cities
               if len({a for _c, a in by_city[city.upper()]}) == 1 and city not in adjective}
    # (not `Bonn`, West Germany's and Germany's, nor `Singapore`, a country)
    cities = sorted(city_of, key=len, reverse=True)
    return (by_city, adjective, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)"),
            city_of, re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cities) + r")\b"))


def _generic(name: str) -> bool:
    """`Finance Ministry`, `Ministry of Finance`, `Central Bank`: a body every state has, by that name."""
    if name == "Central Bank":
        return True
    if name.endswith(" Ministry"):
        return name[:-9] in _PORTFOLIOS
    return name.startswith("Ministry of ") and name[12:] in _PORTFOLIOS


def _story_country(text: str, place: str) -> str | None:
    """The country the story is about, as its adjective, or None where it does not say."""
    by_city, adjective, pattern, city_of, city_pattern = _countries()
    if place:
        named = pattern.findall(text)
        candidates = by_city.get(place.split(",")[0].strip().upper(), [])
        counts = [(sum(1 for w in named if w in (country, adj)), adj) for country, adj in candidates]
        counts = [c for c in counts if c[0]]
        if not named and len({adj for _country, adj in candidates}) == 1:
            return candidates[0][1]  # `TOKYO - The Finance Ministry plans…`, naming no country at all: the city's
        return max(counts)[1] if counts else None
    first = text.split("\n\n", 1)[0]
    found = {adjective.get(w, w) for w in pattern.findall(first)} | {city_of[c] for c in city_pattern.findall(first)}
    return found.pop() if len(found) == 1 else None


def qualify_state_bodies(text: str, ents: EntityResult, place: str = "") -> None:
    """Name each unqualified state body of the story with its country's adjective, where the story tells the
    country; and a country's possessive before one (`Japan's Finance Ministry`) as its adjective. A body that
    comes to the name of another of the story's organisations joins it."""
    adjective = _countries()[1]
    country = None
    asked = False
    renamed = False
    for org in ents.orgs:
        name = org.name
        owner, _, body = name.replace("’", "'").partition("'s ")
        if body and owner in adjective and _generic(body):
            new = f"{adjective[owner]} {body}"
        elif _generic(name):
            if not asked:
                if not place:
                    dateline = parse_dateline(text)
                    place = dateline.place if dateline else ""
                country, asked = _story_country(text, place), True
            if country is None:
                continue
            new = f"{country} {name}"
        else:
            continue
        org.aliases.add(name)
        org.name = new
        org.tokens = tuple(new.split())
        renamed = True
    if renamed:
        _join_namesakes(ents)


def _join_namesakes(ents: EntityResult) -> None:
    """Organisations that now bear one name are one: the first keeps the others' mentions and aliases."""
    first: dict[str, EntityInfo] = {}
    joined: dict[int, EntityInfo] = {}
    for org in ents.orgs:
        keep = first.setdefault(org.name, org)
        if keep is not org:
            keep.mentions = sorted(keep.mentions + org.mentions)
            keep.aliases |= org.aliases
            joined[id(org)] = keep
    if joined:
        ents.orgs[:] = [org for org in ents.orgs if id(org) not in joined]
        for mention in ents.mentions:
            mention.entity = joined.get(id(mention.entity), mention.entity)
