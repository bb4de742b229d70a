"""ontology/gazetteer.json: the data itself (codes, classes, collisions, samples)."""
from __future__ import annotations

import json
from collections import defaultdict

import pycountry
import pytest

from graph.gazetteer import DEFAULT_GAZETTEER, fold, load_gazetteer
from graph.nlp import gazetteer_patterns

#: UN member states (ISO alpha-2).
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA CF TD CL CN CO KM CG
CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID
IR IQ IE IL IT JM JP JO KZ KE KI KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ
MM NA NR NP NL NZ NI NE NG KP MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK
SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM ZW
""".split()
#: UN members whose capital is left out on purpose: Victoria (Seychelles) is a common
#: first name and an Australian state.
NO_CAPITAL = {"SC"}
DICT_SECTIONS = ("country_names", "historic_countries", "territories", "regions", "cities", "capitals",
                 "seats_of_power", "organizations", "outlets", "outlet_domains", "demonyms")
LIST_SECTIONS = ("skip_country_codes", "person_titles", "head_titles")
#: Lower-case brand names that are no English word.
LOWER_CASE_NAMES = {"dpa"}


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(DEFAULT_GAZETTEER.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _valid_code(code: str) -> bool:
    return code == "XK" or pycountry.countries.get(alpha_2=code) is not None


def _all_names(gaz) -> list[str]:
    return [n for e in gaz.entries for n in (e.name, *e.aliases)]


@pytest.mark.parametrize("section", DICT_SECTIONS + LIST_SECTIONS)
def test_gazetteer_data_json_loads_with_every_section(raw: dict, section: str) -> None:
    assert isinstance(raw[section], dict if section in DICT_SECTIONS else list)
    assert raw[section], section


@pytest.mark.parametrize("section", ["cities", "capitals", "seats_of_power"])
def test_gazetteer_data_places_map_to_a_valid_code_or_territory(raw: dict, section: str) -> None:
    bad = {k: v for k, v in raw[section].items() if not (_valid_code(v) or v in raw["territories"])}
    assert not bad


def test_gazetteer_data_demonyms_map_to_a_code_territory_or_nothing(raw: dict, gaz) -> None:
    known = set(raw["territories"]) | set(raw["historic_countries"]) | {"European Union", ""}
    bad = {k: v for k, v in raw["demonyms"].items() if not (_valid_code(v) or v in known)}
    assert not bad


def test_gazetteer_data_demonyms_are_no_country_names(gaz) -> None:
    clash = [w for w in gaz.demonyms if (e := gaz.lookup(w)) is not None and e.cls in ("Country", "Territory")]
    assert not clash


def test_gazetteer_data_no_name_under_two_classes(gaz) -> None:
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for e in gaz.entries:
        for n in (e.name, *e.aliases):
            owners[fold(n)].add((e.cls, e.name))
    clash = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clash


def test_gazetteer_data_ruler_patterns_have_one_label_each() -> None:
    labels: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for p in gazetteer_patterns():
        labels[p["pattern"]].add((p["label"], p["id"]))
    clash = {k: v for k, v in labels.items() if len(v) > 1}
    assert not clash


@pytest.mark.parametrize("name", ["Kuwait", "Singapore", "Djibouti", "Panama", "Guatemala", "Mexico", "Monaco",
                                  "Luxembourg", "Gaza", "Kherson", "Donetsk", "Luhansk", "Hong Kong"])
def test_gazetteer_data_country_named_cities_stay_countries(raw: dict, gaz, name: str) -> None:
    assert name not in raw["cities"]
    assert gaz.lookup(name).cls in ("Country", "Territory")


@pytest.mark.parametrize("name", ["America", "Nice", "Reading", "Bath", "Mobile", "Victoria", "Florence", "Split",
                                  "Hamilton", "Diet", "Time", "Dawn", "Shell", "Male", "National Assembly",
                                  "Supreme Court", "AIM", "Virginia", "Alberta", "X"])
def test_gazetteer_data_leaves_out_common_words(gaz, name: str) -> None:
    entry = gaz.lookup(name)
    assert entry is None or (name == "America" and entry.cls == "Country")


def test_gazetteer_data_no_name_is_a_plain_lower_case_word(gaz) -> None:
    lower = {n for n in _all_names(gaz) if not any(ch.isupper() or ch.isdigit() for ch in n)}
    assert lower <= LOWER_CASE_NAMES


def test_gazetteer_data_lower_case_names_are_no_english_words(nlp) -> None:
    from graph.nlp import english_words

    words = english_words()
    assert words, "the pipeline has an English word list"
    assert not {n for n in LOWER_CASE_NAMES if n in words}


def test_gazetteer_data_every_un_member_has_a_capital(gaz) -> None:
    pycountry_name = {c.alpha_2: c.name for c in pycountry.countries}
    have = set(gaz.capitals.values())
    missing = {code for code in UN_MEMBERS if code not in NO_CAPITAL
               and gaz.lookup(pycountry_name[code]).name not in have}
    assert len(UN_MEMBERS) == 193
    assert not missing


def test_gazetteer_data_every_capital_is_a_city(raw: dict, gaz) -> None:
    country_like = {fold(n) for e in gaz.entries if e.cls in ("Country", "Territory") for n in (e.name, *e.aliases)}
    missing = {c for c in raw["capitals"] if c not in raw["cities"] and fold(c) not in country_like}
    assert missing <= {"St. John's", "St. George's"}  # capitals only: "St John's Wood", "St George's Hospital"


@pytest.mark.parametrize("capital, country", [
    ("Oslo", "Norway"), ("Nairobi", "Kenya"), ("Canberra", "Australia"), ("Brasília", "Brazil"),
    ("Brasilia", "Brazil"), ("Bogotá", "Colombia"), ("Montevideo", "Uruguay"), ("Asunción", "Paraguay"),
    ("Nouakchott", "Mauritania"), ("Ngerulmud", "Palau"), ("Yaren", "Nauru"), ("Majuro", "Marshall Islands"),
    ("Naypyidaw", "Myanmar"), ("Gitega", "Burundi"), ("Dodoma", "Tanzania"), ("Malé", "Maldives"),
    ("Nuku'alofa", "Tonga"), ("Nuku’alofa", "Tonga"), ("Sucre", "Bolivia"), ("La Paz", "Bolivia"),
    ("Pretoria", "South Africa"), ("Vatican City", "Vatican"), ("Pristina", "Kosovo"), ("Taipei", "Taiwan"),
    ("Ramallah", "Palestine"), ("Sukhumi", "Abkhazia"), ("Tskhinvali", "South Ossetia"),
    ("Tiraspol", "Transnistria"), ("Stepanakert", "Nagorno-Karabakh"), ("Laayoune", "Western Sahara"),
    ("Hargeisa", "Somaliland"), ("North Nicosia", "Northern Cyprus"), ("Nay Pyi Taw", "Myanmar"),
    ("Quai d'Orsay", "France"), ("Zhongnanhai", "China"), ("Blue House", "South Korea"), ("Kantei", "Japan"),
    ("Bundeskanzleramt", "Germany"), ("Moncloa", "Spain"), ("Casa Rosada", "Argentina"), ("Planalto", "Brazil"),
    ("Los Pinos", "Mexico"),
])
def test_gazetteer_data_capitals_map_to_their_country(gaz, capital: str, country: str) -> None:
    assert gaz.capitals[fold(capital)] == country
    assert gaz.lookup(country).name == country


@pytest.mark.parametrize("city, country", [
    ("São Paulo", "Brazil"), ("Karachi", "Pakistan"), ("Ho Chi Minh City", "Vietnam"), ("Kraków", "Poland"),
    ("Krakow", "Poland"), ("Medellín", "Colombia"), ("Zaporizhzhia city", "Ukraine"), ("Gaza City", "Palestine"),
    ("Laayoune", "Western Sahara"), ("Smara", "Western Sahara"), ("Tindouf", "Algeria"), ("Mecca", "Saudi Arabia"),
    ("Houston", "United States"), ("Lviv", "Ukraine"),
])
def test_gazetteer_data_cities_are_places_in_their_country(gaz, city: str, country: str) -> None:
    entry = gaz.lookup(city)
    assert (entry.cls, entry.country) == ("Place", country)


@pytest.mark.parametrize("word, country", [
    ("Norwegian", "Norway"), ("Nauruan", "Nauru"), ("Palauan", "Palau"), ("Marshallese", "Marshall Islands"),
    ("Sahrawi", "Western Sahara"), ("Mauritanian", "Mauritania"), ("Uruguayan", "Uruguay"),
    ("Paraguayans", "Paraguay"), ("Fijian", "Fiji"), ("Samoan", "Samoa"), ("Tongan", "Tonga"), ("Nepali", "Nepal"),
    ("Nepalese", "Nepal"), ("Sri Lankan", "Sri Lanka"), ("Bangladeshi", "Bangladesh"), ("Kosovars", "Kosovo"),
    ("Ivorian", "Ivory Coast"), ("Burkinabe", "Burkina Faso"), ("Tibetan", "Tibet"), ("Rohingya", ""),
])
def test_gazetteer_data_demonyms_map_to_their_country(gaz, word: str, country: str) -> None:
    assert gaz.country_of_demonym(word) == country


@pytest.mark.parametrize("surface, cls, name", [
    ("Strait of Hormuz", "Place", "Strait of Hormuz"), ("the Caribbean", "Place", "Caribbean"),
    ("Sahel", "Place", "Sahel"), ("ECOWAS", "Organization", "ECOWAS"), ("PLO", "Organization",
                                                                        "Palestine Liberation Organization"),
    ("MINURSO", "Organization", "MINURSO"), ("Storting", "Organization", "Storting"),
    ("Golan", "Territory", "Golan Heights"), ("Macau", "Territory", "Macao"),
    ("Chagos Archipelago", "Territory", "Chagos Islands"), ("British Indian Ocean Territory", "Territory",
                                                            "Chagos Islands"),
    ("Northern Territories", "Territory", "Kuril Islands"), ("Southern Kurils", "Territory", "Kuril Islands"),
    ("Catalonia", "Territory", "Catalonia"), ("Senkaku Islands", "Territory", "Senkaku Islands"),
    ("Diego Garcia", "Place", "Diego Garcia"), ("Etorofu", "Place", "Iturup"), ("Hokkaido", "Place", "Hokkaido"),
    ("Sakhalin Oblast", "Place", "Sakhalin"), ("Pennsylvania", "Place", "Pennsylvania"),
    ("Bavaria", "Place", "Bavaria"), ("Andalucía", "Place", "Andalusia"), ("Queensland", "Place", "Queensland"),
    ("Quebec", "Place", "Quebec"), ("West Sussex", "Place", "West Sussex"), ("Kerala", "Place", "Kerala"),
    ("N-VA", "Organization", "New Flemish Alliance"), ("Tories", "Organization", "Conservative Party"),
    ("Global Affairs Canada", "Organization", "Global Affairs Canada"),
    ("Korea", "Country", "South Korea"),  # the Republic's usual short name in the news (the North is "North Korea")
    ("ARF", "Organization", "ASEAN Regional Forum"),
])
def test_gazetteer_data_names_resolve_to_their_class(gaz, surface: str, cls: str, name: str) -> None:
    entry = gaz.lookup(surface)
    assert (entry.cls, entry.name) == (cls, name)


@pytest.mark.parametrize("outlet", ["Le Figaro", "El País", "NHK", "Yonhap", "Jeune Afrique", "Kun.uz", "dpa"])
def test_gazetteer_data_outlets_are_outlets(gaz, outlet: str) -> None:
    assert gaz.lookup(outlet).outlet


def test_gazetteer_data_outlet_domains_name_known_outlets(gaz) -> None:
    bad = {d: o for d, o in gaz.outlet_domains.items()
           if (e := gaz.lookup(o)) is None or not e.outlet or e.name != o}
    assert not bad


def test_gazetteer_data_titles_are_cased_and_unique(raw: dict) -> None:
    assert all(t[:1].isupper() for t in raw["person_titles"])
    assert all(t == t.casefold() for t in raw["head_titles"])
    assert len(set(raw["person_titles"])) == len(raw["person_titles"])
    assert len(set(raw["head_titles"])) == len(raw["head_titles"])


@pytest.mark.parametrize("title", ["foreign secretary", "taoiseach", "crown prince", "supreme leader",
                                   "deputy prime minister", "vice president"])
def test_gazetteer_data_head_titles_speak_for_a_country(gaz, title: str) -> None:
    assert title in gaz.head_titles


def test_gazetteer_data_ruler_labels_new_names(nlp) -> None:
    doc = nlp("Envoys from Nouakchott and Montevideo met ECOWAS officials near the Strait of Hormuz, "
              "Le Figaro reported.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Nouakchott", "PLACE"), ("Montevideo", "PLACE"), ("ECOWAS", "ORG"),
            ("Strait of Hormuz", "PLACE"), ("Le Figaro", "ORG")} <= ents


@pytest.mark.parametrize("name, cls", [
    ("Île Europa", "Territory"),            # the Scattered Islands of the Mozambique Channel
    ("Bassas de India", "Territory"),
    ("Juan de Nova Island", "Territory"),
    ("Temple of Preah Vihear", "Territory"),  # the temple of the ICJ's 1962 sovereignty case
    ("French Southern Territories", "Place"),  # an overseas territory of France, a place like Réunion
    ("Scottish Tories", "Organization"),
    ("HM Treasury", "Organization"),
    ("Nationale Assemblee", "Organization"),  # Suriname's national parliament in Dutch
    ("Federal Foreign Office", "Organization"),  # Germany's foreign ministry
    ("Wan'an Tan", "Territory"),  # Vanguard Bank in the Spratlys, by its Chinese name
    ("Layang-Layang", "Territory"),  # Swallow Reef
    ("Ayungin Shoal", "Territory"),  # Second Thomas Shoal
])
def test_gazetteer_data_lists_islands_sites_parties_and_houses(gaz, name: str, cls: str) -> None:
    assert gaz.lookup(name) is not None and gaz.lookup(name).cls == cls
