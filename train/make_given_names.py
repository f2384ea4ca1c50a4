"""Write kg/data/given_names.txt: first names, one lower-cased name a line, accents stripped.

Sources (both read from installed packages, neither needed at run time):
- the US Census Bureau's 1990 first-name files (dist.male.first, dist.female.first; a US
  government work, public domain) as shipped in the PyPI package ``names`` 0.3.0 (MIT);
- the first-name lists of the person providers of the PyPI package ``Faker`` (MIT) for the
  Latin-script locales in LOCALES (Japanese and Chinese through their romanised lists), so that
  "Benoît Dageville", "Börje Ekholm" and "Thierry Cruanes" count as people as "Marcus Obi" does.

Names that are as often a company, a place, a month or an English word are left out (EXCLUDED,
the words of kg/data/lexicon.json, and two-letter names but SHORT_NAMES): a name starting with a given name is one vote for a
person, and "Morgan Stanley", "Dell" or "Paris" must not get it.

    pip install names==0.3.0 Faker
    .venv/bin/python train/make_given_names.py [--out kg/data/given_names.txt]
"""
from __future__ import annotations

import argparse
import importlib
import json
import unicodedata
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

LOCALES = ("cs_CZ", "da_DK", "de_AT", "de_CH", "de_DE", "en_GB", "en_IE", "en_IN", "en_KE", "en_NG", "en_PK",
           "es_AR", "es_ES", "es_MX", "fi_FI", "fr_CA", "fr_FR", "hu_HU", "id_ID", "it_IT", "ja_JP", "nl_NL",
           "no_NO", "pl_PL", "pt_BR", "pt_PT", "ro_RO", "sk_SK", "sv_SE", "tr_TR", "zh_CN")
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_romanized_names")

#: Names that are as often something else in news about companies.
EXCLUDED = frozenset("""
    amber america april asia august austin autumn carolina chase china crystal dakota dallas dell
    denver diamond earl ebony florida forest georgia golden houston india ivory jackson jade jan
    jordan june king lane lincoln madison major may mercedes morgan nevada orlando page paris pearl
    prince raleigh reed royal ruby savannah sierra star sterling summer sun sunny virginia young
    adidas alpha angel apple august berlin bmw bosch boston camden canon capital china dior europa
    ford france gap genesis honda hope ibm intel jaguar jazz kia lexus liberty lloyd lotus mars
    mercedes milan nike nokia nova oracle orange porsche rio roma sony sparkle sydney tesla toyota
    vienna vista victoria volvo windsor zara
    """.split())


def strip_accents(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def census_names() -> set[str]:
    out = set()
    for part in ("dist.male.first", "dist.female.first"):
        text = resources.files("names").joinpath(part).read_text(encoding="utf-8")
        out |= {line.split()[0].lower() for line in text.splitlines() if line.strip()}
    return out


def faker_names() -> set[str]:
    out = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ATTRIBUTES:
            values = getattr(provider, attr, ())
            out |= {v for v in (values.keys() if isinstance(values, dict) else values) if isinstance(v, str)}
    return out


#: Two-letter given names common in English news ("Al Gore", "Ed Whitacre"); other two-letter
#: names are as often words ("My", "In", "An").
SHORT_NAMES = frozenset({"al", "ed", "jo", "bo", "ty", "cy"})


def lexicon_words() -> set[str]:
    """Every word of kg/data/lexicon.json's lists ("line", "server", "toy" are no first names)."""
    data = json.loads((ROOT / "kg" / "data" / "lexicon.json").read_text(encoding="utf-8"))
    return {w.lower() for v in data.values() if isinstance(v, list) for w in v if isinstance(w, str)}


def given_names() -> list[str]:
    names = {strip_accents(n) for n in census_names() | faker_names()}
    excluded = EXCLUDED | lexicon_words()
    return sorted(n for n in names if (len(n) >= 3 or n in SHORT_NAMES) and n.isalpha() and n.isascii()
                  and n not in excluded)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "given_names.txt")
    args = ap.parse_args(argv)
    names = given_names()
    header = (
        "# Given names: the first names of the US Census Bureau's 1990 name files (dist.male.first,\n"
        "# dist.female.first; a US government work, public domain) as shipped in the PyPI package names\n"
        "# 0.3.0 (MIT), and the first-name lists of the PyPI package Faker's person providers (MIT) for\n"
        f"# {len(LOCALES)} Latin-script locales; lower-cased, accents stripped, without names that are as often\n"
        "# companies, places, months or words. Written by train/make_given_names.py; see kg/data/README.md.\n")
    args.out.write_text(header + "".join(f"{n}\n" for n in names), encoding="utf-8")
    print(f"{len(names)} names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
