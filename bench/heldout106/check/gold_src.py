"""Writes this set's gold.json (format of shared/eval/seeds-gold.json, read by score.py)."""
import json
from pathlib import Path

D1, D2, D3, D4, D5 = ("01_meduza_tatarstan.txt", "02_apnews_camba_nation.txt", "03_antiguanewsroom_barbuda.txt",
                      "04_euobserver_budjak.txt", "05_bordermail_albury_library.txt")
ABOUT = """Hand-made gold for this set (five invented articles; every person is fictional).
quotes: key = a distinctive stretch of the quote's own words. required = a full statement with an explicit
speaker (name, surname, pronoun, role or organisation), including sentences after the cue, colon quotes,
continuation paragraphs and every paragraph of a multi-paragraph quote. optional = partial quotes,
headline/deck/subhead echoes and second holders of the same words. Anonymous speakers are not listed, so any
attribution of their words counts as wrong. unattributed = quoted strings with no speaker (scare quotes,
subheads, headlines). stances: polarity follows the wording; required = explicit stances of a country (held
by the country, its capital, its ministry or a minister speaking for it); optional = a claimant's own claim;
questions, hypotheticals and 'is expected to recognise' are not stances. positions: of_any empty when no
organisation is named; former flag for former posts; author footers included. relations: only those stated
in the text. entities: every person, organisation, country, territory and place named in the text,
including bylines, photo credits, footers and copyright lines; rivers, seas and buildings are not entities."""

E = []
def ent(t, name, *aliases, doc=None):
    E.append({"type": t, "name": name, "aliases": list(aliases), "docs": doc})
P, O, C, T, PL = "Person", "Organization", "Country", "Territory", "Place"
# ent(P, "Full Name", "Surname", doc=[D1]) ...

Q = []
def q(doc, speaker, key, status="required"):
    Q.append({"docs": [doc], "speaker": speaker, "key": key, "status": status})
# q(D1, "Full Name", "a distinctive stretch of the quote's words") ...

UNATTR = []  # quoted strings with no speaker

S = []
def st(doc, country, stance, terr, evidence, status="required"):
    S.append({"docs": [doc], "country": country, "stance": stance, "territory_any": terr,
              "evidence": evidence, "status": status})
R, N = "recognises", "doesNotRecognise"
# st(D1, "Country", N, ["Territory", "alias"], "evidence words") ...

NEG = [
    # {"docs": [D1], "country": "X", "territory": "Y", "why": "question", "evidence": "..."},
]

PO = []
def pos(doc, person, title, of, evidence, status="required", former=False):
    PO.append({"docs": [doc], "person": person, "title_any": title, "of_any": of, "evidence": evidence,
               "status": status, "former": former})

RE = []
SYM = {"spouse", "sharesBorderWith"}
def rel(doc, s, p, o, evidence):
    RE.append({"docs": [doc], "subject": s, "predicate": p, "object": o, "symmetric": p in SYM,
               "evidence": evidence, "status": "required"})

NOT_PERSON = []

# ---------------------------------------------------------------- D1
ent(P, "Ildar Zakirov", "Zakirov", doc=[D1])
ent(P, "Arkady Veselov", "Veselov", doc=[D1])
ent(P, "Rustem Galiullin", "Galiullin", doc=[D1])
ent(P, "Oksana Hrytsenko", "Hrytsenko", doc=[D1])
ent(P, "Nurlan Abenov", "Abenov", doc=[D1])
ent(P, "Kerem Aydın", "Aydın", "Kerem Aydin", "Aydin", doc=[D1])
ent(P, "Dina Khairullina", "Khairullina", doc=[D1])
ent(P, "Airat Sharipov", "Sharipov", doc=[D1])
ent(P, "Sam Breazeale", "Breazeale", doc=[D1])
ent(O, "Meduza", doc=[D1])
ent(O, "Telegram", doc=[D1])
ent(O, "State Council", "Tatarstan’s State Council", "State Council of Tatarstan", doc=[D1])
ent(O, "Kremlin", "the Kremlin", doc=[D1, D4])
ent(O, "United Russia", doc=[D1])
ent(O, "Prosecutor General’s Office", "Russia’s Prosecutor General’s Office", doc=[D1])
ent(O, "Ukraine’s Foreign Ministry", "Foreign Ministry of Ukraine", doc=[D1, D4])
ent(O, "Verkhovna Rada", doc=[D1])
ent(O, "Anadolu", doc=[D1])
ent(O, "Latvian Foreign Ministry", doc=[D1])
ent(O, "European Parliament", doc=[D1])
ent(O, "Kazan Federal University", doc=[D1])
ent(O, "Investigative Committee", doc=[D1])
ent(O, "Radio Liberty", doc=[D1])
ent(C, "Russia", "Russian Federation", "Moscow", doc=[D1, D4])
ent(C, "Ukraine", "Kyiv", doc=[D1, D4])
ent(C, "Kazakhstan", "Astana", doc=[D1])
ent(C, "Turkey", "Ankara", doc=[D1])
ent(C, "Azerbaijan", "Baku", doc=[D1])
ent(C, "Latvia", "Riga", doc=[D1])
ent(C, "Lithuania", doc=[D1])
ent(T, "Tatarstan", "Republic of Tatarstan", doc=[D1])
ent(T, "Chechen Republic of Ichkeria", "Ichkeria", doc=[D1])
ent(PL, "Kazan", doc=[D1])

q(D1, "Ildar Zakirov", "We have not left anybody. We have reminded Moscow of a text our republic adopted in 1990")
q(D1, "Ildar Zakirov", "The federal center took our schools, our language lessons and our budget.")
q(D1, "Arkady Veselov", "no legal consequences whatsoever", "optional")
q(D1, "Arkady Veselov", "Tatarstan is a subject of the Russian Federation, and the Russian Federation does not recognize any so-called sovereignty")
q(D1, "Arkady Veselov", "The prosecutor’s office will assess the actions of individual deputies.")
q(D1, "Rustem Galiullin", "I was not consulted and I do not support this decision.")
q(D1, "Prosecutor General’s Office", "actions aimed at violating the territorial integrity of the Russian Federation", "optional")
q(D1, "Ukraine", "recognizes the Republic of Tatarstan as an independent state temporarily occupied by the Russian Federation", "optional")
q(D1, "Ukraine’s Foreign Ministry", "recognizes the Republic of Tatarstan as an independent state temporarily occupied by the Russian Federation", "optional")
q(D1, "Oksana Hrytsenko", "We welcome the courageous choice of the Tatar people.")
q(D1, "Nurlan Abenov", "We do not interfere in the internal affairs of our neighbor and partner")
q(D1, "Kerem Aydın", "Our position is based on the territorial integrity of states")
q(D1, "Kerem Aydın", "We call on all sides to avoid steps that could inflame tensions.")
q(D1, "European Parliament", "the aspirations of the peoples of the Russian Federation deserve to be heard.")
q(D1, "Dina Khairullina", "This is a symbolic act. Nobody in the State Council expects to issue passports next year")
q(D1, "Dina Khairullina", "But for the first time in twenty years, deputies in Kazan said out loud")
q(D1, "Dina Khairullina", "Moscow has only one instrument for a situation like this, and it is the Investigative Committee.")
q(D1, "Russia", "legally void", "optional")  # headline, speaker Moscow
q(D1, "State Council", "restore the force", "optional")  # wording of the Council's vote
q(D1, "Latvian Foreign Ministry", "studying the situation", "optional")  # spokesperson for the ministry
q(D1, "Latvia", "studying the situation", "optional")
q(D1, "Dina Khairullina", "A symbolic act", "optional")  # subhead echo
UNATTR += ["rights of the peoples of Russia", "nationalities strategy"]

st(D1, "Ukraine", R, ["Tatarstan", "Republic of Tatarstan"], "Kyiv “recognizes the Republic of Tatarstan as an independent state")
st(D1, "Russia", N, ["Tatarstan"], "the Russian Federation does not recognize any so-called sovereignty of its subjects")
st(D1, "Kazakhstan", N, ["Tatarstan"], "Astana regards Tatarstan as an integral part of the Russian Federation")
st(D1, "Turkey", N, ["Tatarstan"], "Ankara does not recognize the declaration")
st(D1, "Azerbaijan", N, ["Tatarstan"], "and neither does Baku")
st(D1, "Ukraine", R, ["Chechen Republic of Ichkeria", "Ichkeria"], "recognized the Chechen Republic of Ichkeria as temporarily occupied territory")
NEG += [
    {"docs": [D1], "country": "Latvia", "territory": "Tatarstan", "why": "question", "evidence": "Asked whether Latvia might follow Kyiv’s example"},
    {"docs": [D1], "country": "Lithuania", "territory": "Tatarstan", "why": "expected / undecided", "evidence": "whether the text will mention Tatarstan at all is still being negotiated"},
    {"docs": [D1], "country": "European Parliament", "territory": "Tatarstan", "why": "not a country", "evidence": "the aspirations of the peoples of the Russian Federation deserve to be heard"},
]

pos(D1, "Ildar Zakirov", ["chairman"], ["State Council"], "The State Council’s chairman, Ildar Zakirov")
pos(D1, "Arkady Veselov", ["spokesman"], ["Kremlin"], "Kremlin spokesman Arkady Veselov")
pos(D1, "Rustem Galiullin", ["head of the republic", "head"], ["Tatarstan"], "The head of the republic, Rustem Galiullin")
pos(D1, "Oksana Hrytsenko", ["spokeswoman"], ["Foreign Ministry", "Ukraine"], "The ministry’s spokeswoman, Oksana Hrytsenko")
pos(D1, "Nurlan Abenov", ["Foreign Minister"], ["Kazakhstan"], "Foreign Minister Nurlan Abenov")
pos(D1, "Kerem Aydın", ["spokesman"], ["Foreign Ministry", "Turkey"], "Foreign Ministry spokesman Kerem Aydın")
pos(D1, "Ildar Zakirov", ["member"], ["United Russia"], "a loyal member of the ruling United Russia party until last spring", "optional", former=True)
pos(D1, "Dina Khairullina", ["political scientist"], [], "Political scientist Dina Khairullina")
pos(D1, "Dina Khairullina", ["lecturer"], ["Kazan Federal University"], "a former lecturer at Kazan Federal University", former=True)
rel(D1, "Kazakhstan", "sharesBorderWith", "Russia", "shares a long border with Russia")
NOT_PERSON += ["Meduza", "Kazan", "Kremlin", "State Council", "Verkhovna Rada", "Anadolu", "Radio Liberty", "United Russia"]

# ---------------------------------------------------------------- D2
ent(P, "Daniela Rojas", "Rojas", doc=[D2])
ent(P, "Juan Carlos Vaca", doc=[D2])
ent(P, "Celinda Mamani", "Mamani", doc=[D2])
ent(P, "Marcelo Choque", "Choque", doc=[D2])
ent(P, "Fernando Justiniano", "Justiniano", doc=[D2])
ent(P, "Gustavo Lanusse", "Lanusse", doc=[D2])
ent(P, "Rubén Benítez", "Benítez", "Ruben Benitez", doc=[D2])
ent(P, "Ana Lucía Suárez", "Suárez", doc=[D2])
ent(P, "Carla Villarroel", "Villarroel", doc=[D2])
ent(P, "Rosa Égüez", "Égüez", doc=[D2])
ent(P, "Débora Ferreira", doc=[D2])
ent(O, "The Associated Press", "Associated Press", "AP", doc=[D2])
ent(O, "Santa Cruz Civic Committee", doc=[D2])
ent(O, "Mercosur", doc=[D2])
ent(O, "X", doc=[D2])
ent(O, "Brazil's Foreign Ministry", doc=[D2])
ent(O, "Organization of American States", doc=[D2])
ent(O, "Andean Community", doc=[D2])
ent(O, "Chamber of Industry, Commerce, Services and Tourism of Santa Cruz", doc=[D2])
ent(O, "Gabriel René Moreno Autonomous University", doc=[D2])
ent(C, "Bolivia", "La Paz", "Plurinational State of Bolivia", doc=[D2])
ent(C, "Brazil", "Brasília", doc=[D2])
ent(C, "Argentina", "Buenos Aires", doc=[D2])
ent(C, "Paraguay", doc=[D2])
ent(C, "Chile", "Santiago", doc=[D2])
ent(C, "Peru", doc=[D2])
ent(T, "Camba Nation", doc=[D2])
ent(PL, "Santa Cruz", doc=[D2])
ent(PL, "Altiplano", doc=[D2])
ent(PL, "Chaco", doc=[D2])

q(D2, "Celinda Mamani", "The national government does not recognize the so-called Camba Nation and never will")
q(D2, "Celinda Mamani", "There is one Bolivia, from the Altiplano to the Chaco.")
q(D2, "Celinda Mamani", "Anyone who signs documents in the name of a foreign state inside our territory will answer to the courts.")
q(D2, "Marcelo Choque", "unless there is violence", "optional")
q(D2, "Fernando Justiniano", "We are not separatists. We are tired of sending our money to La Paz")
q(D2, "Fernando Justiniano", "If they want to talk, we are here. If they want to send tanks, we are also here.")
q(D2, "Brazil", "regards the self-proclaimed Camba Nation as an integral part of the Plurinational State of Bolivia", "optional")
q(D2, "Brazil's Foreign Ministry", "regards the self-proclaimed Camba Nation as an integral part of the Plurinational State of Bolivia", "optional")
q(D2, "Rubén Benítez", "Paraguay will not lend itself to any adventure that puts the unity of a brother nation at risk")
q(D2, "Organization of American States", "The Organization calls on all actors to respect the constitutional order of Bolivia")
q(D2, "Ana Lucía Suárez", "Soybeans don't care about statutes. They care about trucks getting to the border")
q(D2, "Ana Lucía Suárez", "Both sides are playing a dangerous game with the people who actually produce the food of this country.")
q(D2, "Carla Villarroel", "Nobody in Santa Cruz is printing passports")
q(D2, "Carla Villarroel", "What they are printing is a negotiating position.")
q(D2, "Rosa Égüez", "I just want the prices to stop going up")
q(D2, "Ana Lucía Suárez", "A DANGEROUS GAME", "optional")  # subhead echo
UNATTR += ["Camba Nation", "statute of the Camba Nation", "premature"]

st(D2, "Bolivia", N, ["Camba Nation"], "The national government does not recognize the so-called Camba Nation and never will")
st(D2, "Brazil", N, ["Camba Nation"], "regards the self-proclaimed Camba Nation as an integral part of the Plurinational State of Bolivia")
st(D2, "Argentina", N, ["Camba Nation"], "Argentina refuses to recognize the declaration")
st(D2, "Paraguay", N, ["Camba Nation"], "and so does Paraguay")
NEG += [
    {"docs": [D2], "country": "Chile", "territory": "Camba Nation", "why": "question / hypothetical", "evidence": "Asked whether Santiago would recognize the Camba Nation if the assembly went ahead with a referendum"},
    {"docs": [D2], "country": "Peru", "territory": "Camba Nation", "why": "is expected to", "evidence": "Peru is expected to address the issue"},
    {"docs": [D2], "country": "Organization of American States", "territory": "Camba Nation", "why": "not a country", "evidence": "The Organization calls on all actors to respect the constitutional order of Bolivia"},
]

pos(D2, "Celinda Mamani", ["Foreign Minister"], [], "Foreign Minister Celinda Mamani")
pos(D2, "Marcelo Choque", ["Government Minister"], [], "Government Minister Marcelo Choque")
pos(D2, "Fernando Justiniano", ["president"], ["Santa Cruz Civic Committee"], "Fernando Justiniano, president of the Santa Cruz Civic Committee")
pos(D2, "Gustavo Lanusse", ["Foreign Minister"], ["Argentina"], "Foreign Minister Gustavo Lanusse")
pos(D2, "Rubén Benítez", ["foreign minister"], ["Paraguay"], "Paraguay, whose foreign minister, Rubén Benítez")
pos(D2, "Ana Lucía Suárez", ["heads", "head"], ["Chamber of Industry, Commerce, Services and Tourism of Santa Cruz"], "who heads the Chamber of Industry, Commerce, Services and Tourism of Santa Cruz", "optional")
pos(D2, "Carla Villarroel", ["political scientist"], ["Gabriel René Moreno Autonomous University"], "Carla Villarroel, a political scientist at Gabriel René Moreno Autonomous University")
pos(D2, "Débora Ferreira", ["writer"], ["Associated Press"], "Associated Press writer Débora Ferreira")
rel(D2, "Santa Cruz", "locatedIn", "Bolivia", "Santa Cruz, the largest city in Bolivia")
rel(D2, "Bolivia", "memberOf", "Mercosur", "Bolivia, which joined Mercosur as a full member in 2024")
rel(D2, "Brazil", "sharesBorderWith", "Bolivia", "Brazil, which shares a 3,400-kilometer (2,100-mile) border with Bolivia")
NOT_PERSON += ["AP", "The Associated Press", "Santa Cruz", "La Paz", "Altiplano", "Chaco", "Mercosur", "X"]

# ---------------------------------------------------------------- D3
ent(P, "Shermain Phillip", doc=[D3])
ent(P, "Clement Joseph", doc=[D3])
ent(P, "Sharon Lake-Henry", doc=[D3])
ent(P, "Kelvin Desouza", "Desouza", "Mr Desouza", doc=[D3])
ent(P, "Mackenzie Burton", doc=[D3])
ent(P, "Denzil Powell", "Dr Powell", doc=[D3])
ent(P, "Kamina Blake-Reid", doc=[D3])
ent(P, "Everton Haynes", "Dr Haynes", doc=[D3])
ent(P, "Elvis Beazer", "Mr Beazer", doc=[D3])
ent(P, "Marcia Beazer", "Mrs Beazer", doc=[D3])
ent(O, "Antigua News Room", doc=[D3])
ent(O, "Barbuda Council", doc=[D3])
ent(O, "CARICOM", doc=[D3])
ent(O, "United Nations", doc=[D3])
ent(O, "Organisation of Eastern Caribbean States", doc=[D3])
ent(O, "British High Commission", doc=[D3])
ent(C, "Antigua and Barbuda", "St John's", doc=[D3])
ent(C, "St Kitts and Nevis", "Basseterre", doc=[D3])
ent(C, "Barbados", doc=[D3])
ent(C, "Guyana", doc=[D3])
ent(C, "Jamaica", "Kingston", doc=[D3])
ent(C, "United Kingdom", "UK", doc=[D3])
ent(C, "Venezuela", "Caracas", doc=[D3])
ent(T, "Barbuda", doc=[D3])
ent(PL, "Codrington", doc=[D3])
ent(PL, "Antigua", doc=[D3])

q(D3, "Clement Joseph", "No island can secede by resolution.")
q(D3, "Clement Joseph", "Barbuda is, and will remain, part of the unitary state of Antigua and Barbuda under the Constitution")
q(D3, "Clement Joseph", "My Government will not be blackmailed over land.")
q(D3, "Clement Joseph", "no authority whatsoever", "optional")
q(D3, "Sharon Lake-Henry", "The Barbuda Local Government Act gives the Council powers over agriculture, roads and the like. It does not give it a foreign policy")
q(D3, "Kelvin Desouza", "We did not wake up one morning and decide to be a country. We were pushed to this")
q(D3, "Kelvin Desouza", "Every time Barbudans say the land belongs to all of us, St John's sends a lawyer.")
q(D3, "Mackenzie Burton", "This is not about flags. This is about who decides what happens to the land our grandparents farmed.")
q(D3, "Denzil Powell", "We have lived through our own debates about federation")
q(D3, "Barbados", "the sovereignty and territorial integrity of Antigua and Barbuda.", "optional")
q(D3, "Guyana", "the sovereignty and territorial integrity of Antigua and Barbuda.", "optional")
q(D3, "Jamaica", "the sovereignty and territorial integrity of Antigua and Barbuda.", "optional")
q(D3, "Kamina Blake-Reid", "today and tomorrow", "optional")
q(D3, "British High Commission", "does not recognise any unilateral declaration concerning Barbuda", "optional")
q(D3, "United Kingdom", "does not recognise any unilateral declaration concerning Barbuda", "optional")
q(D3, "Everton Haynes", "CARICOM stands for the unity of its member states and for dialogue. We urge all parties to lower their voices")
q(D3, "Kelvin Desouza", "Ask Caracas.")
q(D3, "Elvis Beazer", "I voted for these people to protect the land, not to make war with Antigua")
q(D3, "Marcia Beazer", "Barbuda has always been different. Now they have to listen")
q(D3, "Barbuda Council", "a self-governing island state", "optional")  # wording of the Council's resolution
UNATTR += ["free association"]

st(D3, "Antigua and Barbuda", N, ["Barbuda"], "The Government of Antigua and Barbuda says it does not recognise a resolution passed by the Barbuda Council")
st(D3, "St Kitts and Nevis", N, ["Barbuda"], "St Kitts and Nevis refuses to recognise the resolution")
st(D3, "Barbados", N, ["Barbuda"], "they recognise only \"the sovereignty and territorial integrity of Antigua and Barbuda.\"")
st(D3, "Guyana", N, ["Barbuda"], "they recognise only \"the sovereignty and territorial integrity of Antigua and Barbuda.\"")
st(D3, "Jamaica", N, ["Barbuda"], "Kingston regards Barbuda as part of Antigua and Barbuda")
st(D3, "United Kingdom", N, ["Barbuda"], "the UK \"does not recognise any unilateral declaration concerning Barbuda\"")
NEG += [
    {"docs": [D3], "country": "Venezuela", "territory": "Barbuda", "why": "question", "evidence": "Asked whether Venezuela, which has been courting Barbudan councillors, might recognise the island"},
    {"docs": [D3], "country": "CARICOM", "territory": "Barbuda", "why": "not a country", "evidence": "CARICOM stands for the unity of its member states and for dialogue"},
]

pos(D3, "Clement Joseph", ["Prime Minister"], [], "Prime Minister Hon. Clement Joseph")
pos(D3, "Sharon Lake-Henry", ["Attorney General"], [], "Attorney General Hon. Sharon Lake-Henry")
pos(D3, "Kelvin Desouza", ["Chairman"], ["Barbuda Council", "Council"], "Council Chairman Mr Kelvin Desouza")
pos(D3, "Mackenzie Burton", ["Member of Parliament"], ["Barbuda"], "Hon. Mackenzie Burton, the Member of Parliament for Barbuda")
pos(D3, "Mackenzie Burton", ["member"], ["Barbuda Council", "Council"], "an ex-officio member of the Council")
pos(D3, "Denzil Powell", ["Minister of Foreign Affairs"], ["St Kitts and Nevis"], "Minister of Foreign Affairs Dr Denzil Powell")
pos(D3, "Kamina Blake-Reid", ["Foreign Minister"], ["Jamaica"], "Jamaica's Foreign Minister Senator Kamina Blake-Reid")
pos(D3, "Kamina Blake-Reid", ["Senator"], [], "Senator Kamina Blake-Reid")
pos(D3, "Everton Haynes", ["Secretary-General"], ["CARICOM"], "CARICOM Secretary-General Dr Everton Haynes")
pos(D3, "Elvis Beazer", ["fisherman"], [], "fisherman Elvis Beazer")
pos(D3, "Shermain Phillip", ["senior reporter"], ["Antigua News Room"], "Shermain Phillip is a senior reporter at Antigua News Room")
rel(D3, "Elvis Beazer", "spouse", "Marcia Beazer", "fisherman Elvis Beazer and his wife, Marcia Beazer")
rel(D3, "Codrington", "locatedIn", "Barbuda", "Codrington, Barbuda's only village")
rel(D3, "Antigua and Barbuda", "memberOf", "CARICOM", "Antigua and Barbuda is a member of CARICOM")
rel(D3, "Antigua and Barbuda", "memberOf", "Organisation of Eastern Caribbean States", "Antigua and Barbuda is a member of CARICOM and the Organisation of Eastern Caribbean States")
NOT_PERSON += ["Antigua News Room", "Barbuda Council", "Codrington", "CARICOM", "St John's", "Cecil Charles Building", "Hurricane Irma"]

# ---------------------------------------------------------------- D4
ent(P, "Oleksandra Marchenko", "Marchenko", doc=[D4])
ent(P, "Ivan Dimitrov", "Dimitrov", doc=[D4])
ent(P, "Yelena Sorokina", "Sorokina", doc=[D4])
ent(P, "Mykola Hnatiuk", "Hnatiuk", doc=[D4])
ent(P, "Serhiy Lysenko", "Lysenko", doc=[D4])
ent(P, "Ion Ciobanu", "Ciobanu", doc=[D4])
ent(P, "Petar Velichkov", "Velichkov", doc=[D4])
ent(P, "Luca Ferrante", "Ferrante", doc=[D4])
ent(P, "Iryna Koval", "Koval", doc=[D4])
ent(O, "EUobserver", doc=[D4])
ent(O, "People’s Council of Bessarabia", doc=[D4])
ent(O, "Russian foreign ministry", doc=[D4])
ent(O, "Odesa regional military administration", doc=[D4])
ent(O, "Nato", "NATO", doc=[D4])
ent(O, "European Commission", "Commission", doc=[D4])
ent(O, "European Union", "EU", "Brussels", doc=[D4])
ent(O, "New Europe Center", doc=[D4])
ent(C, "Moldova", "Chișinău", "Chisinau", doc=[D4])
ent(C, "Bulgaria", "Sofia", doc=[D4])
ent(C, "Romania", doc=[D4])
ent(C, "Belarus", doc=[D4])
ent(C, "Hungary", "Budapest", doc=[D4])
ent(T, "Budjak", "Bessarabian People’s Republic", doc=[D4])
ent(T, "Transnistria", doc=[D4])
ent(PL, "Odesa", doc=[D4])
ent(PL, "Odesa region", doc=[D4])
ent(PL, "Bolhrad", doc=[D4])
ent(PL, "Zatoka", doc=[D4])

q(D4, "Yelena Sorokina", "as the expression of the free will of its multinational population", "optional")
q(D4, "Yelena Sorokina", "The people of the Budjak have been denied their language, their history and their security")
q(D4, "Yelena Sorokina", "Russia will not abandon them.")
q(D4, "Mykola Hnatiuk", "There is no Bessarabian republic. There is a Russian special operation to destabilise our south")
q(D4, "Serhiy Lysenko", "Shops are open, buses are running, and the only republic here is in Russian television studios")
q(D4, "Ion Ciobanu", "null and void", "optional")
q(D4, "Ion Ciobanu", "We have our own experience with a so-called republic on the Dniester. We know where this road leads.")
q(D4, "Petar Velichkov", "Bulgarians in Ukraine are citizens of Ukraine, and nobody in Moscow speaks for them")
q(D4, "Romania", "not tolerate any attempt to redraw borders in the Black Sea region", "optional")
q(D4, "Luca Ferrante", "The European Union does not and will not recognise any attempt to change Ukraine’s borders by force or by proclamation")
q(D4, "European Commission", "The European Union does not and will not recognise any attempt to change Ukraine’s borders by force or by proclamation", "optional")
q(D4, "Iryna Koval", "It is a cheap operation. A few dozen people, a flag, a video")
q(D4, "Iryna Koval", "The real question is whether the EU treats it as a local police matter")
q(D4, "Ukraine", "a fiction", "optional")  # subhead, speaker Kyiv
q(D4, "Ukraine’s Foreign Ministry", "a fiction", "optional")
q(D4, "Hungary", "nothing to add", "optional")  # Hungarian government spokesman
UNATTR += ["Bessarabian People’s Republic", "republic"]

st(D4, "Russia", R, ["Budjak", "Bessarabian People’s Republic"], "Moscow recognises the Bessarabian People’s Republic")
st(D4, "Ukraine", N, ["Budjak", "Bessarabian People’s Republic"], "Kyiv, Chișinău and Sofia reject it")
st(D4, "Moldova", N, ["Budjak", "Bessarabian People’s Republic"], "considers the proclamation illegal")
st(D4, "Bulgaria", N, ["Budjak", "Bessarabian People’s Republic"], "regards the region as part of Ukraine")
st(D4, "Romania", N, ["Budjak", "Bessarabian People’s Republic"], "supports Ukraine’s sovereignty over the Budjak")
NEG += [
    {"docs": [D4], "country": "Belarus", "territory": "Budjak", "why": "is expected to recognise", "evidence": "Belarus is expected to recognise the entity in the coming weeks"},
    {"docs": [D4], "country": "Hungary", "territory": "Budjak", "why": "question", "evidence": "asked whether Budapest would follow Moscow"},
    {"docs": [D4], "country": "European Union", "territory": "Budjak", "why": "not a country", "evidence": "The European Union does not and will not recognise any attempt to change Ukraine’s borders"},
]

pos(D4, "Ivan Dimitrov", ["chairman"], ["People’s Council of Bessarabia", "council"], "The council’s self-styled chairman, Ivan Dimitrov")
pos(D4, "Yelena Sorokina", ["spokeswoman"], ["Russian foreign ministry", "Russia"], "Russian foreign ministry spokeswoman Yelena Sorokina")
pos(D4, "Mykola Hnatiuk", ["spokesman"], ["foreign ministry", "Ukraine"], "ministry spokesman Mykola Hnatiuk")
pos(D4, "Serhiy Lysenko", ["head"], ["Odesa regional military administration"], "Serhiy Lysenko, head of the Odesa regional military administration")
pos(D4, "Ion Ciobanu", ["foreign minister"], ["Moldova"], "foreign minister Ion Ciobanu")
pos(D4, "Petar Velichkov", ["foreign minister"], ["Bulgaria"], "foreign minister Petar Velichkov")
pos(D4, "Luca Ferrante", ["spokesman"], ["Commission", "European Commission"], "Commission spokesman Luca Ferrante")
pos(D4, "Iryna Koval", ["researcher"], ["New Europe Center"], "Iryna Koval, a researcher at the Kyiv-based New Europe Center")
pos(D4, "Oleksandra Marchenko", ["correspondent"], ["EUobserver"], "Oleksandra Marchenko is EUobserver’s Ukraine and Moldova correspondent")
rel(D4, "Russia", "invaded", "Ukraine", "Russia invaded Ukraine")
rel(D4, "Moldova", "sharesBorderWith", "Budjak", "Moldova, which borders the Budjak to the west")
rel(D4, "Romania", "memberOf", "Nato", "Romania, a Nato member")
rel(D4, "Bolhrad", "locatedIn", "Budjak", "Bolhrad, a town of 15,000 in the Budjak")
rel(D4, "Budjak", "locatedIn", "Odesa region", "the Budjak, a strip of Ukraine’s Odesa region")
rel(D4, "Budjak", "locatedIn", "Ukraine", "Ukraine’s south-western Budjak region")
rel(D4, "Odesa region", "locatedIn", "Ukraine", "Ukraine’s Odesa region")
NOT_PERSON += ["EUobserver", "Bolhrad", "Odesa", "Zatoka", "Nato", "Budjak", "People’s Council of Bessarabia"]

# ---------------------------------------------------------------- D5
ent(P, "Holly Brennan", doc=[D5])
ent(P, "Declan Moore", doc=[D5])
ent(P, "Joanne Fitzpatrick", "Ms Fitzpatrick", "Fitzpatrick", doc=[D5])
ent(P, "Kylie Mackay", "Cr Mackay", "Mackay", doc=[D5])
ent(P, "Tom Angelini", "Cr Angelini", "Angelini", doc=[D5])
ent(P, "Priya Raman", doc=[D5])
ent(P, "Mark Wetherall", doc=[D5])
ent(P, "Graham Pike", "Mr Pike", doc=[D5])
ent(P, "Lorraine Pike", "Mrs Pike", doc=[D5])
ent(P, "Neville Carkeek", doc=[D5])
ent(P, "Ron Mildren", doc=[D5])
ent(O, "The Border Mail", "Border Mail", doc=[D5])
ent(O, "Albury LibraryMuseum", "LibraryMuseum", doc=[D5])
ent(O, "NSW Government", doc=[D5])
ent(O, "Albury City Council", "Albury council", doc=[D5])
ent(O, "Albury Municipal Council", doc=[D5])
ent(O, "Albury Wodonga Historical Society", doc=[D5])
ent(O, "Wodonga Council", doc=[D5])
ent(O, "Australian Community Media", doc=[D5])
ent(PL, "Albury", doc=[D5])
ent(PL, "Wodonga", doc=[D5])
ent(PL, "Lavington", doc=[D5])
ent(PL, "East Albury", doc=[D5])
ent(PL, "New South Wales", "NSW", doc=[D5])
ent(PL, "Victoria", doc=[D5])

q(D5, "Kylie Mackay", "We have school groups queuing on the footpath and a local history collection living in cardboard boxes")
q(D5, "Kylie Mackay", "This is the busiest cultural building on the Border and it deserves to be treated like one.")
q(D5, "Tom Angelini", "Ratepayers are already facing a rate rise and we have roads in East Albury")
q(D5, "Tom Angelini", "I'd rather fix the roads first and come back to this in two years.")
q(D5, "Priya Raman", "long overdue", "optional")
q(D5, "Joanne Fitzpatrick", "At the moment our archivist is working in a room with no windows")
q(D5, "Joanne Fitzpatrick", "We've been turning away donations of family photographs because we simply can't store them properly.")
q(D5, "Graham Pike", "We spent forty years teaching kids to read in this town. This was the obvious thing to do with the money")
q(D5, "Lorraine Pike", "while we're still around to see it", "optional")
q(D5, "Neville Carkeek", "There are documents from the 1850s sitting in boxes that haven't been opened since the council moved")
q(D5, "Neville Carkeek", "Some of it is the only record of families who settled on both sides of the Murray.")
q(D5, "Ron Mildren", "compare notes", "optional")

pos(D5, "Joanne Fitzpatrick", ["manager"], ["Albury LibraryMuseum", "LibraryMuseum"], "LibraryMuseum manager Joanne Fitzpatrick")
pos(D5, "Kylie Mackay", ["mayor"], ["Albury"], "Albury mayor Kylie Mackay")
pos(D5, "Tom Angelini", ["Deputy mayor"], [], "Deputy mayor Tom Angelini")
pos(D5, "Priya Raman", ["Councillor"], [], "Councillor Priya Raman")
pos(D5, "Mark Wetherall", ["director of community and recreation", "director"], ["Albury City Council", "council"], "Council's director of community and recreation, Mark Wetherall")
pos(D5, "Graham Pike", ["teacher"], [], "Retired teachers Graham Pike", former=True)
pos(D5, "Lorraine Pike", ["teacher"], [], "Retired teachers Graham Pike and his wife, Lorraine Pike", former=True)
pos(D5, "Neville Carkeek", ["president"], ["Albury Wodonga Historical Society"], "Albury Wodonga Historical Society president Neville Carkeek")
pos(D5, "Ron Mildren", ["mayor"], ["Wodonga"], "Wodonga mayor Ron Mildren")
pos(D5, "Holly Brennan", ["local government reporter", "reporter"], ["The Border Mail"], "Holly Brennan is a local government reporter at The Border Mail")
rel(D5, "Graham Pike", "spouse", "Lorraine Pike", "Graham Pike and his wife, Lorraine Pike")
rel(D5, "Albury", "locatedIn", "New South Wales", "Albury is a city in New South Wales")
rel(D5, "Wodonga", "locatedIn", "Victoria", "Wodonga in Victoria")
NOT_PERSON += ["The Border Mail", "LibraryMuseum", "Albury", "Wodonga", "Lavington", "Kiewa Street", "Hume Highway", "Border"]

documents = [D1, D2, D3, D4, D5]
gold = {"about": ABOUT, "documents": documents, "near_duplicates": [],
        "entities": [{"type": e["type"], "name": e["name"], "aliases": e["aliases"], "docs": e["docs"]} for e in E],
        "quotes": Q, "unattributed": UNATTR, "stances": S, "negative_stances": NEG, "positions": PO,
        "relations": RE, "not_person": NOT_PERSON}
out = Path(__file__).resolve().parent.parent / "gold.json"
out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
