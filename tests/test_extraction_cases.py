"""What the rules find, sentence by sentence: every trigger family and every kind of reference,
with made-up names, and the exact set of facts each text states (an extra fact fails the case).

The rules are tested without the scorer's threshold (``scorer=False``): which candidates become
facts at run time is the trained model's decision, tested in ``test_scorer.py``. Names are made
up so that the cases test the rules, not the gazetteer or the model's memory of famous names.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_doc
from kg.model import SYMMETRIC_RELATIONS, Document

pytestmark = pytest.mark.model


def facts(nlp, text: str) -> set[tuple[str, str, str]]:
    """The facts the rules assert, by entity name; a symmetric relation's pair in name order."""
    ex = extract_doc(Document(id="t", source="t.txt", text=text), nlp(text), scorer=False)
    names = {e.key: e.name for e in ex.entities}
    out = set()
    for a in ex.assertions:
        s, o = names[a.subject], names[a.object]
        if a.relation in SYMMETRIC_RELATIONS and o < s:
            s, o = o, s
        out.add((s, a.relation, o))
    return out


CASES = {
    # ------------------------------------------------------------------ verbs
    "sued: verb": (
        "Zephyrix Labs sued Brisklet Inc. in federal court on Monday.",
        {("Zephyrix Labs", "sued", "Brisklet Inc.")}),
    "sued: filed suit against": (
        "Dana Whitlock filed suit against Quorvane Holdings on Thursday.",
        {("Dana Whitlock", "sued", "Quorvane Holdings")}),
    "sued: lawsuit, passive agent": (
        "A lawsuit filed by Talverin Group against Orvanta Systems was dismissed.",
        {("Talverin Group", "sued", "Orvanta Systems")}),
    "sued: countersued": (
        "Kestrel Dynamics accused Nimbral Robotics of copying its designs, and Nimbral Robotics countersued.",
        {("Kestrel Dynamics", "accused", "Nimbral Robotics"), ("Nimbral Robotics", "sued", "Kestrel Dynamics")}),
    "sued and accused: alleging": (
        "Orvanta Systems sued Velmora Health, alleging breach of contract.",
        {("Orvanta Systems", "sued", "Velmora Health"), ("Orvanta Systems", "accused", "Velmora Health")}),
    "accused: verb": (
        "Brisklet Inc. accused Zephyrix Labs of stealing trade secrets.",
        {("Brisklet Inc.", "accused", "Zephyrix Labs")}),
    "accused: alleges that": (
        "Quorvane Holdings alleges that Talverin Group inflated its revenue.",
        {("Quorvane Holdings", "accused", "Talverin Group")}),
    "criticized: verb": (
        "Leona Marsh criticized Kestrel Dynamics for its pricing.",
        {("Leona Marsh", "criticized", "Kestrel Dynamics")}),
    "criticized: lashed out at": (
        "Omar Reyes lashed out at Orvanta Systems on social media.",
        {("Omar Reyes", "criticized", "Orvanta Systems")}),
    "criticized: critical of": (
        "Priya Natarajan has been openly critical of Velmora Health.",
        {("Priya Natarajan", "criticized", "Velmora Health")}),
    "investedIn: invested in": (
        "Solvane Capital invested $50 million in Nimbral Robotics.",
        {("Solvane Capital", "investedIn", "Nimbral Robotics")}),
    "investedIn: poured into": (
        "Talverin Group has poured $2 billion into Zephyrix Labs since 2019.",
        {("Talverin Group", "investedIn", "Zephyrix Labs")}),
    "investedIn: is investing in": (
        "Orvanta Systems is investing up to $4 billion in Brisklet Inc.",
        {("Orvanta Systems", "investedIn", "Brisklet Inc.")}),
    "investedIn: took a stake": (
        "Kestrel Dynamics took a 20 percent stake in Quorvane Holdings last year.",
        {("Kestrel Dynamics", "investedIn", "Quorvane Holdings")}),
    "investedIn: led the round": (
        "Solvane Capital led the round in Velmora Health.",
        {("Solvane Capital", "investedIn", "Velmora Health")}),
    "investedIn: raised from": (
        "Nimbral Robotics raised $30 million from Solvane Capital and Orvanta Ventures.",
        {("Solvane Capital", "investedIn", "Nimbral Robotics"), ("Orvanta Ventures", "investedIn", "Nimbral Robotics")}),
    "investedIn: round led by": (
        "Zephyrix Labs has raised $90 million in a Series B round led by Solvane Capital.",
        {("Solvane Capital", "investedIn", "Zephyrix Labs")}),
    "investedIn: backed by": (
        "Brisklet Inc., which is backed by Talverin Group, makes delivery drones.",
        {("Talverin Group", "investedIn", "Brisklet Inc.")}),
    "acquired: verb": (
        "Orvanta Systems acquired Velmora Health in 2021.",
        {("Orvanta Systems", "acquired", "Velmora Health")}),
    "acquired: passive": (
        "Brisklet Inc. was bought by Talverin Group for $1.2 billion.",
        {("Talverin Group", "acquired", "Brisklet Inc.")}),
    "acquired: snapped up": (
        "Kestrel Dynamics snapped up Nimbral Robotics last spring.",
        {("Kestrel Dynamics", "acquired", "Nimbral Robotics")}),
    "acquired: took over": (
        "Quorvane Holdings took over Zephyrix Labs in a hostile bid.",
        {("Quorvane Holdings", "acquired", "Zephyrix Labs")}),
    "acquired: completed its acquisition of": (
        "Talverin Group completed its acquisition of Orvanta Systems on Friday.",
        {("Talverin Group", "acquired", "Orvanta Systems")}),
    "acquired: sold to": (
        "Velmora Health sold its imaging unit to Kestrel Dynamics, and later sold Brisklet Inc. to Quorvane Holdings.",
        {("Quorvane Holdings", "acquired", "Brisklet Inc.")}),
    "acquired: paid for": (
        "Orvanta Systems paid $400 million for Nimbral Robotics.",
        {("Orvanta Systems", "acquired", "Nimbral Robotics")}),
    "partneredWith: partnered with": (
        "Zephyrix Labs partnered with Brisklet Inc. to build charging stations.",
        {("Brisklet Inc.", "partneredWith", "Zephyrix Labs")}),
    "partneredWith: teamed up with": (
        "Quorvane Holdings teamed up with Talverin Group on battery research.",
        {("Quorvane Holdings", "partneredWith", "Talverin Group")}),
    "partneredWith: struck a deal with": (
        "Kestrel Dynamics struck a deal with Orvanta Systems to supply sensors.",
        {("Kestrel Dynamics", "partneredWith", "Orvanta Systems")}),
    "partneredWith: partnership between": (
        "The partnership between Velmora Health and Nimbral Robotics began in 2020.",
        {("Nimbral Robotics", "partneredWith", "Velmora Health")}),
    "rivalOf: competes with": (
        "Brisklet Inc. competes with Zephyrix Labs in delivery robots.",
        {("Brisklet Inc.", "rivalOf", "Zephyrix Labs")}),
    "rivalOf: its rival": (
        "Talverin Group overtook its rival Quorvane Holdings in sales.",
        {("Quorvane Holdings", "rivalOf", "Talverin Group")}),
    "left: stepped down as CEO of": (
        "Dana Whitlock stepped down as chief executive of Zephyrix Labs on Friday.",
        {("Dana Whitlock", "left", "Zephyrix Labs"), ("Dana Whitlock", "ceoOf", "Zephyrix Labs")}),
    "left: resigned from": (
        "Omar Reyes resigned from Brisklet Inc. in March.",
        {("Omar Reyes", "left", "Brisklet Inc."), ("Omar Reyes", "worksFor", "Brisklet Inc.")}),
    "left: was ousted from": (
        "Leona Marsh was ousted from Quorvane Holdings after a board vote.",
        {("Leona Marsh", "left", "Quorvane Holdings"), ("Leona Marsh", "worksFor", "Quorvane Holdings")}),
    "left: fired": (
        "Talverin Group fired Marcus Obi in June.",
        {("Marcus Obi", "left", "Talverin Group"), ("Marcus Obi", "worksFor", "Talverin Group")}),
    "left: quit": (
        "Greta Lindqvist quit Orvanta Systems to start her own company.",
        {("Greta Lindqvist", "left", "Orvanta Systems"), ("Greta Lindqvist", "worksFor", "Orvanta Systems")}),
    "left and worksFor: joined from": (
        "Tomas Ekberg joined Velmora Health from Kestrel Dynamics.",
        {("Tomas Ekberg", "worksFor", "Velmora Health"), ("Tomas Ekberg", "left", "Kestrel Dynamics"),
         ("Tomas Ekberg", "worksFor", "Kestrel Dynamics")}),
    "founded: co-founded": (
        "Hiroshi Tanabe co-founded Nimbral Robotics in 2014.",
        {("Hiroshi Tanabe", "founded", "Nimbral Robotics")}),
    "founded: passive with two founders": (
        "Zephyrix Labs was founded in 2016 by Dana Whitlock and Omar Reyes.",
        {("Dana Whitlock", "founded", "Zephyrix Labs"), ("Omar Reyes", "founded", "Zephyrix Labs")}),
    "founded: set up": (
        "Priya Natarajan set up Velmora Health in her garage.",
        {("Priya Natarajan", "founded", "Velmora Health")}),
    "develops: verb": (
        "Kestrel Dynamics develops the Falcon X2 drone.",
        {("Kestrel Dynamics", "develops", "Falcon X2")}),
    "develops: unveiled": (
        "Brisklet Inc. unveiled the Brisk One scooter on Tuesday.",
        {("Brisklet Inc.", "develops", "Brisk One")}),
    "owns: verb": (
        "Talverin Group owns Velmora Health.",
        {("Talverin Group", "owns", "Velmora Health")}),
    "owns: percent of": (
        "Quorvane Holdings owns about 80 percent of Nimbral Robotics.",
        {("Quorvane Holdings", "owns", "Nimbral Robotics")}),
    "worksFor: hired": (
        "Orvanta Systems hired Leona Marsh as its finance chief.",
        {("Leona Marsh", "worksFor", "Orvanta Systems")}),
    "worksFor: joined": (
        "Marcus Obi joined Zephyrix Labs in 2019.",
        {("Marcus Obi", "worksFor", "Zephyrix Labs")}),
    "leads: heads": (
        "Greta Lindqvist heads the Brisklet Foundation.",
        {("Greta Lindqvist", "leads", "Brisklet Foundation")}),
    # ------------------------------------------------------------------ roles
    "ceoOf: X, chief executive of Y": (
        "Dana Whitlock, chief executive of Zephyrix Labs, declined to comment.",
        {("Dana Whitlock", "ceoOf", "Zephyrix Labs")}),
    "ceoOf: Y chief executive X": (
        "Zephyrix Labs chief executive Dana Whitlock declined to comment.",
        {("Dana Whitlock", "ceoOf", "Zephyrix Labs")}),
    "ceoOf: Y's chief executive, X": (
        "Brisklet's chief executive, Omar Reyes, said sales rose.",
        {("Omar Reyes", "ceoOf", "Brisklet")}),
    "ceoOf: led by chief executive X": (
        "Quorvane Holdings, led by chief executive Leona Marsh, reported a loss.",
        {("Leona Marsh", "ceoOf", "Quorvane Holdings")}),
    "ceoOf: whose chief executive is X": (
        "Talverin Group, whose chief executive is Marcus Obi, declined to comment.",
        {("Marcus Obi", "ceoOf", "Talverin Group")}),
    "ceoOf: named X as chief executive": (
        "Velmora Health named Priya Natarajan as chief executive on Monday.",
        {("Priya Natarajan", "ceoOf", "Velmora Health")}),
    "ceoOf: runs the company as chief executive": (
        "Kestrel Dynamics makes sensors. Tomas Ekberg runs the company as chief executive.",
        {("Tomas Ekberg", "ceoOf", "Kestrel Dynamics")}),
    "ceoOf and founded: founder and CEO": (
        "Hiroshi Tanabe, founder and chief executive of Nimbral Robotics, spoke first.",
        {("Hiroshi Tanabe", "founded", "Nimbral Robotics"), ("Hiroshi Tanabe", "ceoOf", "Nimbral Robotics")}),
    "ceoOf: succeeding": (
        "Greta Lindqvist took over as chief executive of Orvanta Systems, succeeding Marcus Obi.",
        {("Greta Lindqvist", "ceoOf", "Orvanta Systems"), ("Marcus Obi", "ceoOf", "Orvanta Systems")}),
    "leads: chairman": (
        "Omar Reyes, chairman of Talverin Group, backed the plan.",
        {("Omar Reyes", "leads", "Talverin Group")}),
    "worksFor: chief operating officer": (
        "Leona Marsh, the chief operating officer of Brisklet Inc., resigned.",
        {("Leona Marsh", "worksFor", "Brisklet Inc."), ("Leona Marsh", "left", "Brisklet Inc.")}),
    "founded: Y co-founder X": (
        "Zephyrix Labs co-founder Dana Whitlock left in 2020.",
        {("Dana Whitlock", "founded", "Zephyrix Labs"), ("Dana Whitlock", "left", "Zephyrix Labs"),
         ("Dana Whitlock", "worksFor", "Zephyrix Labs")}),
    "investedIn: one of its investors": (
        "Solvane Capital, one of Nimbral Robotics' earliest investors, sold its shares.",
        {("Solvane Capital", "investedIn", "Nimbral Robotics")}),
    "investedIn: investors including": (
        "Velmora Health raised money from investors including Solvane Capital and Orvanta Ventures.",
        {("Solvane Capital", "investedIn", "Velmora Health"), ("Orvanta Ventures", "investedIn", "Velmora Health")}),
    "subsidiaryOf: a subsidiary of": (
        "Velmora Health is a wholly owned subsidiary of Talverin Group.",
        {("Velmora Health", "subsidiaryOf", "Talverin Group")}),
    "subsidiaryOf: parent": (
        "Talverin Group, the parent of Velmora Health, reported earnings.",
        {("Velmora Health", "subsidiaryOf", "Talverin Group")}),
    "subsidiaryOf and founded: unit called": (
        "Quorvane Holdings created a new unit called Quorvane Cloud.",
        {("Quorvane Cloud", "subsidiaryOf", "Quorvane Holdings"), ("Quorvane Holdings", "founded", "Quorvane Cloud")}),
    "rivalOf: plural rivals": (
        "Zephyrix Labs and Brisklet Inc., bitter rivals, both cut prices.",
        {("Brisklet Inc.", "rivalOf", "Zephyrix Labs")}),
    "develops: maker of": (
        "Kestrel Dynamics, maker of the Falcon X2 drone, raised prices.",
        {("Kestrel Dynamics", "develops", "Falcon X2")}),
    "partneredWith and founded: joint venture of": (
        "Orvanta Motors, a joint venture of Talverin Group and Quorvane Holdings, opened a plant.",
        {("Talverin Group", "founded", "Orvanta Motors"), ("Quorvane Holdings", "founded", "Orvanta Motors"),
         ("Quorvane Holdings", "partneredWith", "Talverin Group")}),
    # ------------------------------------------------------------------ constructions
    "develops: possessive product": (
        "Brisklet's Quill tablets sold out.",
        {("Brisklet", "develops", "Quill")}),
    "investedIn: X-backed Y": (
        "The Solvane-backed Nimbral Robotics filed for an IPO.",
        {("Solvane", "investedIn", "Nimbral Robotics")}),
    "owns: possessive company": (
        "Talverin Group's Velmora Health opened a clinic.",
        {("Talverin Group", "owns", "Velmora Health")}),
    # ------------------------------------------------------------------ reference
    "reference: he": (
        "Omar Reyes left Zephyrix Labs in 2018. He founded Brisklet Inc. a year later.",
        {("Omar Reyes", "left", "Zephyrix Labs"), ("Omar Reyes", "worksFor", "Zephyrix Labs"),
         ("Omar Reyes", "founded", "Brisklet Inc.")}),
    "reference: the company": (
        "Talverin Group reported record sales. Dana Whitlock joined the company in 2020.",
        {("Dana Whitlock", "worksFor", "Talverin Group")}),
    "reference: the chipmaker": (
        "Orvanta Systems makes memory chips. Kestrel Dynamics sued the chipmaker on Monday.",
        {("Kestrel Dynamics", "sued", "Orvanta Systems")}),
    "reference: the two companies": (
        "Zephyrix Labs hired engineers from Brisklet Inc. and Quorvane Holdings. "
        "Talverin Group later sued the two companies.",
        {("Talverin Group", "sued", "Brisklet Inc."), ("Talverin Group", "sued", "Quorvane Holdings")}),
    "reference: its": (
        "Kestrel Dynamics completed its acquisition of Nimbral Robotics.",
        {("Kestrel Dynamics", "acquired", "Nimbral Robotics")}),
    "reference: the Y chief executive": (
        "Leona Marsh spoke on Tuesday. The Quorvane chief executive said costs would fall.",
        {("Leona Marsh", "ceoOf", "Quorvane")}),
    "reference: relative who": (
        "Marcus Obi, who co-founded Velmora Health, now advises startups.",
        {("Marcus Obi", "founded", "Velmora Health")}),
    "reference: short name": (
        "Priya Natarajan founded Orvanta Systems. Natarajan later sued Kestrel Dynamics.",
        {("Priya Natarajan", "founded", "Orvanta Systems"), ("Priya Natarajan", "sued", "Kestrel Dynamics")}),
    "reference: acronym": (
        "Quorvane Data Systems was sold last year. Talverin Group bought QDS for $3 billion.",
        {("Talverin Group", "acquired", "Quorvane Data Systems")}),
    "reference: shared surname": (
        "Velmora Health was founded by Dario and Daniela Okonjo.",
        {("Dario Okonjo", "founded", "Velmora Health"), ("Daniela Okonjo", "founded", "Velmora Health")}),
    "reference: first word of a company name": (
        "Brisklet Games released a new title. Later that year Brisklet sued Zephyrix Labs.",
        {("Brisklet Games", "sued", "Zephyrix Labs")}),
    # ------------------------------------------------------------------ more phrasings
    "develops: makes": (
        "Zephyrix Labs makes the Quill smart speaker.",
        {("Zephyrix Labs", "develops", "Quill")}),
    "develops: launched X, a service": (
        "Orvanta Systems launched Orvanta Pay, a mobile payments service, in 2021.",
        {("Orvanta Systems", "develops", "Orvanta Pay")}),
    "develops: built the X, a drone": (
        "Talverin Group built the Tern, a long-range delivery drone.",
        {("Talverin Group", "develops", "Tern")}),
    "develops: made by": (
        "The Falcon X2 drone, made by Kestrel Dynamics, sold out.",
        {("Kestrel Dynamics", "develops", "Falcon X2")}),
    "develops: a chatbot called": (
        "Brisklet Inc. is developing a new chatbot called Quip.",
        {("Brisklet Inc.", "develops", "Quip")}),
    "owns: which owns": (
        "Talverin Group, which owns Velmora Health, reported a profit.",
        {("Talverin Group", "owns", "Velmora Health")}),
    "owns: owned by": (
        "Velmora Health, owned by Talverin Group, opened a clinic.",
        {("Talverin Group", "owns", "Velmora Health")}),
    "owns: controlled by": (
        "Nimbral Robotics is controlled by Quorvane Holdings.",
        {("Quorvane Holdings", "owns", "Nimbral Robotics")}),
    "owns: X-owned": (
        "The Talverin-owned Velmora Health opened a clinic.",
        {("Talverin", "owns", "Velmora Health")}),
    "owns: the owner of": (
        "Omar Reyes, the owner of Brisklet Inc., sold his shares.",
        {("Omar Reyes", "owns", "Brisklet Inc.")}),
    "accused: said that X had stolen": (
        "Orvanta Systems said Kestrel Dynamics had stolen its source code.",
        {("Orvanta Systems", "accused", "Kestrel Dynamics")}),
    "accused: allegations from": (
        "Kestrel Dynamics faces allegations from Nimbral Robotics that it copied designs.",
        {("Nimbral Robotics", "accused", "Kestrel Dynamics")}),
    "accused: blamed": (
        "Talverin Group blamed Orvanta Systems for the outage.",
        {("Talverin Group", "accused", "Orvanta Systems")}),
    "left: departed": (
        "Leona Marsh departed Quorvane Holdings in 2019.",
        {("Leona Marsh", "left", "Quorvane Holdings"), ("Leona Marsh", "worksFor", "Quorvane Holdings")}),
    "left: pushed out of": (
        "Tomas Ekberg was pushed out of Velmora Health last year.",
        {("Tomas Ekberg", "left", "Velmora Health"), ("Tomas Ekberg", "worksFor", "Velmora Health")}),
    "left: departure from": (
        "Hiroshi Tanabe's departure from Nimbral Robotics surprised investors.",
        {("Hiroshi Tanabe", "left", "Nimbral Robotics"), ("Hiroshi Tanabe", "worksFor", "Nimbral Robotics")}),
    "left: parted ways with": (
        "Velmora Health parted ways with Dana Whitlock in May.",
        {("Dana Whitlock", "left", "Velmora Health"), ("Dana Whitlock", "worksFor", "Velmora Health")}),
    "subsidiaryOf: a Y subsidiary": (
        "Velmora Health, a Talverin Group subsidiary, opened a clinic.",
        {("Velmora Health", "subsidiaryOf", "Talverin Group")}),
    "subsidiaryOf: Y's subsidiary X": (
        "Talverin Group's subsidiary Velmora Health opened a clinic.",
        {("Velmora Health", "subsidiaryOf", "Talverin Group")}),
    "subsidiaryOf: Y's X unit": (
        "Talverin Group's Velmora Health unit opened a clinic.",
        {("Velmora Health", "subsidiaryOf", "Talverin Group")}),
    "subsidiaryOf: spun off": (
        "Nimbral Robotics, which Quorvane Holdings spun off in 2018, went public.",
        {("Nimbral Robotics", "subsidiaryOf", "Quorvane Holdings")}),
    "subsidiaryOf: part of": (
        "Brisklet Inc. is part of Talverin Group.",
        {("Brisklet Inc.", "subsidiaryOf", "Talverin Group")}),
    "investedIn: counts among its backers": (
        "Brisklet Inc. counts Solvane Capital among its backers.",
        {("Solvane Capital", "investedIn", "Brisklet Inc.")}),
    "investedIn: its investors include": (
        "Zephyrix Labs' investors include Solvane Capital and Orvanta Ventures.",
        {("Solvane Capital", "investedIn", "Zephyrix Labs"), ("Orvanta Ventures", "investedIn", "Zephyrix Labs")}),
    "investedIn: participated in the round": (
        "Nimbral Robotics raised $40 million. Solvane Capital participated in the round.",
        {("Solvane Capital", "investedIn", "Nimbral Robotics")}),
    "partneredWith: A and B announced a partnership": (
        "Brisklet Inc. and Zephyrix Labs announced a partnership to build chargers.",
        {("Brisklet Inc.", "partneredWith", "Zephyrix Labs")}),
    "partneredWith: signed an agreement with": (
        "Talverin Group signed an agreement with Quorvane Holdings on Monday.",
        {("Quorvane Holdings", "partneredWith", "Talverin Group")}),
    "partneredWith: working with": (
        "Orvanta Systems is working with Kestrel Dynamics on a new sensor.",
        {("Kestrel Dynamics", "partneredWith", "Orvanta Systems")}),
    "rivalOf: a rival to": (
        "Brisklet Inc., a rival to Zephyrix Labs, cut prices.",
        {("Brisklet Inc.", "rivalOf", "Zephyrix Labs")}),
    "rivalOf: A and B compete": (
        "Zephyrix Labs and Brisklet Inc. compete for the same customers.",
        {("Brisklet Inc.", "rivalOf", "Zephyrix Labs")}),
    "rivalOf: competition from": (
        "Zephyrix Labs faces competition from Brisklet Inc.",
        {("Brisklet Inc.", "rivalOf", "Zephyrix Labs")}),
    "rivalOf: Y's main competitor, X": (
        "Quorvane's main competitor, Talverin Group, cut prices.",
        {("Quorvane", "rivalOf", "Talverin Group")}),
    "criticized: slammed X's decision": (
        "Priya Natarajan slammed Velmora Health's decision to close the plant.",
        {("Priya Natarajan", "criticized", "Velmora Health")}),
    "criticized: a critic of": (
        "Greta Lindqvist, a vocal critic of Kestrel Dynamics, spoke at the hearing.",
        {("Greta Lindqvist", "criticized", "Kestrel Dynamics")}),
    "founded: founded by, in apposition": (
        "Kestrel Dynamics, founded in 2012 by Tomas Ekberg, makes sensors.",
        {("Tomas Ekberg", "founded", "Kestrel Dynamics")}),
    "founded: co-founders A and B": (
        "Brisklet co-founders Omar Reyes and Leona Marsh left the board.",
        {("Omar Reyes", "founded", "Brisklet"), ("Leona Marsh", "founded", "Brisklet")}),
    "ceoOf: Y chief X": (
        "Sales doubled, Zephyrix chief Dana Whitlock said.",
        {("Dana Whitlock", "ceoOf", "Zephyrix")}),
    "ceoOf: the boss of Y, X": (
        "The boss of Zephyrix Labs, Dana Whitlock, said sales doubled.",
        {("Dana Whitlock", "ceoOf", "Zephyrix Labs")}),
    "ceoOf: became Y's chief executive": (
        "Dana Whitlock became Zephyrix Labs' chief executive in 2016.",
        {("Dana Whitlock", "ceoOf", "Zephyrix Labs")}),
    "ceoOf: was appointed chief executive of": (
        "Omar Reyes was appointed chief executive of Brisklet Inc. in March.",
        {("Omar Reyes", "ceoOf", "Brisklet Inc.")}),
    "worksFor: a senior engineer at": (
        "Marcus Obi, a senior engineer at Talverin Group, wrote the code.",
        {("Marcus Obi", "worksFor", "Talverin Group")}),
    "worksFor: finance chief": (
        "Talverin Group finance chief Marcus Obi said costs fell.",
        {("Marcus Obi", "worksFor", "Talverin Group")}),
    "worksFor: head of research": (
        "Talverin Group's head of research, Marcus Obi, left the meeting early.",
        {("Marcus Obi", "worksFor", "Talverin Group")}),
    # ------------------------------------------------------------------ accusations and lawsuits
    "accused: the suit alleges": (
        "Zephyrix Labs sued Brisklet Inc. on Monday. The suit alleges that Brisklet Inc. copied its chip designs.",
        {("Zephyrix Labs", "sued", "Brisklet Inc."), ("Zephyrix Labs", "accused", "Brisklet Inc.")}),
    "accused: sued for infringing": (
        "Quorvane Holdings sued Talverin Group for infringing its patents.",
        {("Quorvane Holdings", "sued", "Talverin Group"), ("Quorvane Holdings", "accused", "Talverin Group")}),
    "accused: sued over alleged": (
        "Orvanta Systems sued Velmora Health over alleged breach of contract.",
        {("Orvanta Systems", "sued", "Velmora Health"), ("Orvanta Systems", "accused", "Velmora Health")}),
    "accused: was accused by": (
        "Kestrel Dynamics was accused by Nimbral Robotics of stealing trade secrets.",
        {("Nimbral Robotics", "accused", "Kestrel Dynamics")}),
    "accused: charged with": (
        "The Brisklet Commission charged Talverin Group with fraud.",
        {("Brisklet Commission", "accused", "Talverin Group")}),
    "sued: brought a case against": (
        "Velmora Health brought a case against Orvanta Systems in Delaware.",
        {("Velmora Health", "sued", "Orvanta Systems")}),
    "sued: took to court": (
        "Nimbral Robotics took Kestrel Dynamics to court over unpaid fees.",
        {("Nimbral Robotics", "sued", "Kestrel Dynamics")}),
    # ------------------------------------------------------------------ products
    "develops: released": (
        "Quorvane Holdings released Quorvane OS, a mobile operating system, in 2019.",
        {("Quorvane Holdings", "develops", "Quorvane OS")}),
    "develops: X's new phone": (
        "Zephyrix Labs' new Zephyr Nine phone goes on sale on Friday.",
        {("Zephyrix Labs", "develops", "Zephyr Nine")}),
    "develops: the company behind": (
        "Talverin Group, the company behind the Lumo speaker, cut prices.",
        {("Talverin Group", "develops", "Lumo")}),
    "develops: creator of": (
        "Brisklet Inc., the creator of the Quip chatbot, raised money.",
        {("Brisklet Inc.", "develops", "Quip")}),
    "develops: its model": (
        "Nimbral Robotics trained its Atlas model on public data.",
        {("Nimbral Robotics", "develops", "Atlas")}),
    # ------------------------------------------------------------------ ownership
    "owns: Y's parent company X": (
        "Velmora Health's parent company, Talverin Group, reported a profit.",
        {("Velmora Health", "subsidiaryOf", "Talverin Group")}),
    "owns: took control of": (
        "Quorvane Holdings took control of Nimbral Robotics in 2020.",
        {("Quorvane Holdings", "owns", "Nimbral Robotics")}),
    "owns: his company": (
        "Omar Reyes sold his company, Brisklet Inc., in 2021.",
        {("Omar Reyes", "owns", "Brisklet Inc.")}),
    "owns: majority owner": (
        "Talverin Group, the majority owner of Velmora Health, approved the plan.",
        {("Talverin Group", "owns", "Velmora Health")}),
    # ------------------------------------------------------------------ departures
    "left: stepped down from": (
        "Leona Marsh stepped down from Quorvane Holdings' board last week.",
        {("Leona Marsh", "left", "Quorvane Holdings"), ("Leona Marsh", "worksFor", "Quorvane Holdings")}),
    "left: will leave (not yet)": (
        "Marcus Obi will leave Talverin Group at the end of the year.",
        set()),
    "left: former executive": (
        "Greta Lindqvist, a former Orvanta Systems executive, joined Kestrel Dynamics.",
        {("Greta Lindqvist", "worksFor", "Orvanta Systems"), ("Greta Lindqvist", "left", "Orvanta Systems"),
         ("Greta Lindqvist", "worksFor", "Kestrel Dynamics")}),
    "left: was replaced as chief executive": (
        "Tomas Ekberg was replaced as chief executive of Velmora Health in June.",
        {("Tomas Ekberg", "ceoOf", "Velmora Health"), ("Tomas Ekberg", "left", "Velmora Health")}),
    # ------------------------------------------------------------------ investments and partners
    "investedIn: backed by, a list": (
        "Zephyrix Labs is backed by Solvane Capital, Orvanta Ventures and Talverin Group.",
        {("Solvane Capital", "investedIn", "Zephyrix Labs"), ("Orvanta Ventures", "investedIn", "Zephyrix Labs"),
         ("Talverin Group", "investedIn", "Zephyrix Labs")}),
    "investedIn: an investment from": (
        "Brisklet Inc. received a $20 million investment from Solvane Capital.",
        {("Solvane Capital", "investedIn", "Brisklet Inc.")}),
    "partneredWith: joined forces with": (
        "Velmora Health joined forces with Nimbral Robotics to build surgical robots.",
        {("Nimbral Robotics", "partneredWith", "Velmora Health")}),
    "partneredWith: a partner of": (
        "Kestrel Dynamics, a longtime partner of Orvanta Systems, won the contract.",
        {("Kestrel Dynamics", "partneredWith", "Orvanta Systems")}),
    "rivalOf: competitors such as": (
        "Talverin Group competes against companies such as Quorvane Holdings and Brisklet Inc.",
        {("Quorvane Holdings", "rivalOf", "Talverin Group"), ("Brisklet Inc.", "rivalOf", "Talverin Group")}),
    "rivalOf: listed competitors of the clause's subject": (
        "Brisklet Inc. differs from competitors like Zephyrix Labs and Talverin Group in its pricing.",
        {("Brisklet Inc.", "rivalOf", "Zephyrix Labs"), ("Brisklet Inc.", "rivalOf", "Talverin Group")}),
    "rivalOf: rivals such as, after a preposition": (
        "Quorvane Holdings lost customers to rivals such as Kestrel Dynamics.",
        {("Kestrel Dynamics", "rivalOf", "Quorvane Holdings")}),
    "rivalOf: acquired by a rival": (
        "Velmora Health was acquired by rival Orvanta Systems in 2019.",
        {("Orvanta Systems", "acquired", "Velmora Health"), ("Orvanta Systems", "rivalOf", "Velmora Health")}),
    "reference: its rival, unnamed, is the company named before": (
        "Kestrel Dynamics makes software in Germany. Later, Orvanta Systems sued its German rival in 2007.",
        {("Orvanta Systems", "sued", "Kestrel Dynamics"), ("Kestrel Dynamics", "rivalOf", "Orvanta Systems")}),
    "reference: her rival is the person named before": (
        "Dana Whitlock ran against Omar Reyes. Whitlock criticized her rival on Monday.",
        {("Dana Whitlock", "criticized", "Omar Reyes"), ("Dana Whitlock", "rivalOf", "Omar Reyes")}),
    "reference: the product maker is who makes the product": (
        "Orvanta Systems makes the Quill phone. Talverin Group sued the Quill maker in May.",
        {("Orvanta Systems", "develops", "Quill"), ("Talverin Group", "sued", "Orvanta Systems")}),
    "reference: a participle's object is not its noun's verb's subject": (
        "Orvanta Systems makes the Quill phone. Talverin Group filed complaints accusing the Quill maker of "
        "using its patents.",
        {("Orvanta Systems", "develops", "Quill"), ("Talverin Group", "sued", "Orvanta Systems"),
         ("Talverin Group", "accused", "Orvanta Systems")}),
    "mentions: a name the model read as a day": (
        "Leona Marsh sued Workday in 2023. Workday denies the claims.",
        {("Leona Marsh", "sued", "Workday")}),
    "investedIn: with A, B and C among the investors": (
        "Zephyrix Labs raised $1 billion, with Solvane Capital, Kestrel Dynamics and Orvanta Systems among the "
        "other investors.",
        {("Solvane Capital", "investedIn", "Zephyrix Labs"), ("Kestrel Dynamics", "investedIn", "Zephyrix Labs"),
         ("Orvanta Systems", "investedIn", "Zephyrix Labs")}),
    "investedIn: coordinated investors with no target are both in the passage's company": (
        "Zephyrix Labs has raised money three times this year. Kestrel Dynamics invested $500 million in April, "
        "and Orvanta Systems put in $350 million in September.",
        {("Kestrel Dynamics", "investedIn", "Zephyrix Labs"), ("Orvanta Systems", "investedIn", "Zephyrix Labs")}),
    "worksFor: a postposed title word heads the phrase": (
        "Dana Whitlock is currently Professor Emeritus of Mathematics at Velmora University.",
        {("Dana Whitlock", "worksFor", "Velmora University")}),
    "worksFor: an occupation titling a name, the organization before it": (
        "Velmora University mathematician Dana Whitlock was the first president of the Kestrel Institute.",
        {("Dana Whitlock", "worksFor", "Velmora University"), ("Dana Whitlock", "leads", "Kestrel Institute")}),
    "worksFor: held positions with": (
        "Omar Reyes has also held engineering positions with Orvanta Systems and Talverin Group.",
        {("Omar Reyes", "worksFor", "Orvanta Systems"), ("Omar Reyes", "worksFor", "Talverin Group")}),
    "mentions: an occupation before a first name is not part of the name": (
        "Mathematician Omar Reyes of Orvanta Laboratories used the word first.",
        {("Omar Reyes", "worksFor", "Orvanta Laboratories")}),
    "reference: a reflexive is its clause's subject": (
        "Kestrel Dynamics' early years of operation were marked by a feud between itself and Orvanta Systems.",
        {("Kestrel Dynamics", "rivalOf", "Orvanta Systems")}),
    "partneredWith: partnerships with A and with B": (
        "Kestrel Dynamics also had partnerships with Orvanta Systems and with Talverin Group.",
        {("Kestrel Dynamics", "partneredWith", "Orvanta Systems"), ("Kestrel Dynamics", "partneredWith", "Talverin Group")}),
    "partneredWith: a cooperation with": (
        "Kestrel Dynamics announced a cooperation with Orvanta Systems in May.",
        {("Kestrel Dynamics", "partneredWith", "Orvanta Systems")}),
    "partneredWith: in partnership with, on the object": (
        "In 1998, Kestrel Dynamics published four titles in partnership with Orvanta Systems.",
        {("Kestrel Dynamics", "partneredWith", "Orvanta Systems")}),
    "left: the company left, not the one joined after": (
        "Orvanta Systems makes software in California. Leona Marsh, who left the California software company "
        "to join Talverin Group, spoke.",
        {("Leona Marsh", "left", "Orvanta Systems"), ("Leona Marsh", "worksFor", "Orvanta Systems"),
         ("Leona Marsh", "worksFor", "Talverin Group")}),
    "reference: a possessive description is not its clause's subject": (
        "Orvanta Systems sells phones in Finland. Microsoft bought the Finnish company's Quill smartphones.",
        {("Orvanta Systems", "develops", "Quill")}),
    "reference: the leaders of a coalition act for it": (
        "A coalition of ten states, led by New York's Dana Whitlock and California's Omar Reyes, had sued "
        "Orvanta Systems.",
        {("Dana Whitlock", "sued", "Orvanta Systems"), ("Omar Reyes", "sued", "Orvanta Systems")}),
    "reference: the leader of a unit does not act for it": (
        "Kestrel Dynamics' cloud unit, led by Omar Reyes, sued Orvanta Systems.",
        set()),
    "left: parted ways with, the preposition on the idiom's noun": (
        "Dana Whitlock parted ways with Velmora Health in May.",
        {("Dana Whitlock", "left", "Velmora Health"), ("Dana Whitlock", "worksFor", "Velmora Health")}),
    "owns: is majority-owned by": (
        "Velmora Health is majority-owned by Talverin Group.",
        {("Talverin Group", "owns", "Velmora Health")}),
    "leads: took the helm at": (
        "Dana Whitlock took the helm at Orvanta Systems in 2019.",
        {("Dana Whitlock", "leads", "Orvanta Systems")}),
    "leads: took the reins of": (
        "Dana Whitlock took the reins of Orvanta Systems in 2019.",
        {("Dana Whitlock", "leads", "Orvanta Systems")}),
    "develops: a research center behind a product": (
        "Kestrel Research, the research center behind the Wren operating system, was sold.",
        {("Kestrel Research", "develops", "Wren")}),
    "develops: its launch of a product": (
        "Orvanta Systems' launch of Quill, a paid robotaxi service, drew crowds.",
        {("Orvanta Systems", "develops", "Quill")}),
    "criticized: a publication criticizing, said by its author": (
        "Kestrel Dynamics published infographics criticizing Orvanta Systems.",
        {("Kestrel Dynamics", "criticized", "Orvanta Systems")}),
    "accused: in a letter accusing, the clause's subject": (
        "In an open letter accusing Orvanta Systems of fraud, Dana Whitlock demanded changes.",
        {("Dana Whitlock", "accused", "Orvanta Systems")}),
    "accused: a complaint filed by X alleges (a suit against the one it accuses)": (
        "The complaint, filed by Kestrel Dynamics, alleges that Orvanta Systems misled investors.",
        {("Kestrel Dynamics", "accused", "Orvanta Systems"), ("Kestrel Dynamics", "sued", "Orvanta Systems")}),
    "accused: a complaint to a regulator is no suit": (
        "The complaint, filed with the commission by Kestrel Dynamics, alleges that Orvanta Systems misled customers.",
        {("Kestrel Dynamics", "accused", "Orvanta Systems")}),
    "sued: the lawsuit accuses": (
        "The lawsuit, brought by Orvanta Systems in 2022, accuses Brisklet Inc. of poaching engineers.",
        {("Orvanta Systems", "accused", "Brisklet Inc."), ("Orvanta Systems", "sued", "Brisklet Inc.")}),
    "investedIn: with the others joining": (
        "Orvanta Systems has raised $120 million in a Series C round led by Halvex Capital, "
        "with Quorvane Ventures and existing backer Trellis Partners joining.",
        {("Halvex Capital", "investedIn", "Orvanta Systems"), ("Quorvane Ventures", "investedIn", "Orvanta Systems"),
         ("Trellis Partners", "investedIn", "Orvanta Systems")}),
    "left: one who joined in a year did not leave": (
        "Velmora Health raised $80 million in March. Ivo Brandt, who joined in 2019, will lead the expansion.", set()),
    "investedIn: the first name the parser hung on the second": (
        "Orvanta Systems counts Halvex Capital and Quorvane Ventures as investors.",
        {("Halvex Capital", "investedIn", "Orvanta Systems"), ("Quorvane Ventures", "investedIn", "Orvanta Systems")}),
    "founded: a plural noun's apposition with its conjuncts": (
        "Kestrel Sports Network was formed by English expatriates Omar Reyes and Dana Whitlock.",
        {("Omar Reyes", "founded", "Kestrel Sports Network"), ("Dana Whitlock", "founded", "Kestrel Sports Network")}),
    "founded: a name set off after the object, hung on the verb by the parser": (
        "Omar Reyes founded his own firm, Kestrel Advisors, in 2012.",
        {("Omar Reyes", "founded", "Kestrel Advisors")}),
    "rivalOf: its rivals include": (
        "Zephyrix Labs' rivals include Brisklet Inc. and Orvanta Systems.",
        {("Brisklet Inc.", "rivalOf", "Zephyrix Labs"), ("Orvanta Systems", "rivalOf", "Zephyrix Labs")}),
    "criticized: called it": (
        "Leona Marsh criticized the Quorvane Holdings plan as reckless.",
        {("Leona Marsh", "criticized", "Quorvane Holdings")}),
    # ------------------------------------------------------------------ batch 4: wire-news phrasing
    "subsidiaryOf: X, owned by Y since": (
        "Nimbral Robotics, owned by Quorvane Holdings since 2019, cut 200 jobs.",
        {("Quorvane Holdings", "owns", "Nimbral Robotics")}),
    "subsidiaryOf: X, which is part of Y": (
        "Velmora Health, which is part of Talverin Group, hired a new chief executive.",
        {("Velmora Health", "subsidiaryOf", "Talverin Group")}),
    "subsidiaryOf: Y-owned X": (
        "Orvanta-owned Kestrel Dynamics reported higher sales.",
        {("Orvanta", "owns", "Kestrel Dynamics")}),
    "subsidiaryOf: the Y unit X": (
        "Brisklet's cloud unit, Brisklet Cloud, signed a deal with Zephyrix Labs.",
        {("Brisklet Cloud", "subsidiaryOf", "Brisklet"), ("Brisklet Cloud", "partneredWith", "Zephyrix Labs")}),
    "rivalOf: X, which competes with Y and Z": (
        "Kestrel Dynamics, which competes with Orvanta Systems and Nimbral Robotics, raised prices.",
        {("Kestrel Dynamics", "rivalOf", "Orvanta Systems"), ("Kestrel Dynamics", "rivalOf", "Nimbral Robotics")}),
    "rivalOf: X and its rival Y": (
        "Brisklet Inc. and its rival Zephyrix Labs both cut prices.",
        {("Brisklet Inc.", "rivalOf", "Zephyrix Labs")}),
    "rivalOf: to challenge": (
        "Talverin Group launched a chatbot to challenge Quorvane Holdings.",
        set()),
    "accused: accusing X of": (
        "Orvanta Systems filed a complaint accusing Velmora Health of patent infringement.",
        {("Orvanta Systems", "sued", "Velmora Health"), ("Orvanta Systems", "accused", "Velmora Health")}),
    "accused: regulators accused": (
        "The Brisklet Commission accused Kestrel Dynamics of misleading customers.",
        {("Brisklet Commission", "accused", "Kestrel Dynamics")}),
    "criticized: said X was wrong": (
        "Marcus Obi criticized Zephyrix Labs, saying its chips were overpriced.",
        {("Marcus Obi", "criticized", "Zephyrix Labs")}),
    "criticized: blasted": (
        "Greta Lindqvist blasted Talverin Group over its layoffs.",
        {("Greta Lindqvist", "criticized", "Talverin Group")}),
    "investedIn: a stake in X held by Y": (
        "Solvane Capital holds a 10 percent stake in Brisklet Inc.",
        {("Solvane Capital", "investedIn", "Brisklet Inc.")}),
    "investedIn: Y joined the round": (
        "Kestrel Dynamics raised $80 million on Tuesday. Orvanta Ventures and Solvane Capital joined the round.",
        {("Orvanta Ventures", "investedIn", "Kestrel Dynamics"), ("Solvane Capital", "investedIn", "Kestrel Dynamics")}),
    "investedIn: funding from": (
        "Nimbral Robotics secured funding from Solvane Capital last year.",
        {("Solvane Capital", "investedIn", "Nimbral Robotics")}),
    "founded: X, which he founded": (
        "Omar Reyes ran Brisklet Inc., which he founded in 2012.",
        {("Omar Reyes", "founded", "Brisklet Inc."), ("Omar Reyes", "leads", "Brisklet Inc.")}),
    "founded: the company he co-founded": (
        "Hiroshi Tanabe left Nimbral Robotics, the company he co-founded, in 2020.",
        {("Hiroshi Tanabe", "founded", "Nimbral Robotics"), ("Hiroshi Tanabe", "left", "Nimbral Robotics"),
         ("Hiroshi Tanabe", "worksFor", "Nimbral Robotics")}),
    "founded: X founder Y said": (
        "Zephyrix Labs founder Dana Whitlock said the company would expand.",
        {("Dana Whitlock", "founded", "Zephyrix Labs")}),
    "left: announced his resignation": (
        "Marcus Obi announced his resignation from Talverin Group on Monday.",
        {("Marcus Obi", "left", "Talverin Group"), ("Marcus Obi", "worksFor", "Talverin Group")}),
    "left: quit as chief executive of": (
        "Leona Marsh quit as chief executive of Quorvane Holdings in May.",
        {("Leona Marsh", "left", "Quorvane Holdings"), ("Leona Marsh", "ceoOf", "Quorvane Holdings")}),
    "ceoOf: X, Y's chief executive, said": (
        "Priya Natarajan, Velmora Health's chief executive, said demand was strong.",
        {("Priya Natarajan", "ceoOf", "Velmora Health")}),
    "ceoOf: chief executive of Y, X, said": (
        "The chief executive of Kestrel Dynamics, Tomas Ekberg, said demand was strong.",
        {("Tomas Ekberg", "ceoOf", "Kestrel Dynamics")}),
    "ceoOf: X took the helm": (
        "Greta Lindqvist became chief executive of Orvanta Systems in 2021.",
        {("Greta Lindqvist", "ceoOf", "Orvanta Systems")}),
    "leads: chairman X": (
        "Talverin Group chairman Omar Reyes backed the deal.",
        {("Omar Reyes", "leads", "Talverin Group")}),
    "worksFor: X, who works at Y": (
        "Marcus Obi, who works at Zephyrix Labs, wrote the report.",
        {("Marcus Obi", "worksFor", "Zephyrix Labs")}),
    "acquired: the deal for": (
        "Quorvane Holdings closed its $2 billion purchase of Velmora Health on Friday.",
        {("Quorvane Holdings", "acquired", "Velmora Health")}),
    "acquired: completed the takeover": (
        "Talverin Group completed the takeover of Kestrel Dynamics in March.",
        {("Talverin Group", "acquired", "Kestrel Dynamics")}),
    "acquired: agreed to buy (pending)": (
        "Orvanta Systems agreed to buy Nimbral Robotics for $900 million.",
        set()),
    "develops: X's flagship product Y": (
        "Brisklet Inc.'s flagship product, the Quill tablet, sold well.",
        {("Brisklet Inc.", "develops", "Quill")}),
    "partneredWith: entered into a partnership with": (
        "Zephyrix Labs entered into a partnership with Velmora Health in 2022.",
        {("Velmora Health", "partneredWith", "Zephyrix Labs")}),
    "partneredWith: alliance between": (
        "The alliance between Kestrel Dynamics and Orvanta Systems ended last year.",
        {("Kestrel Dynamics", "partneredWith", "Orvanta Systems")}),
    "investedIn: bought a minority part": (
        "Hollis Beck AG bought 30 percent of Dornfeld.",
        {("Hollis Beck AG", "investedIn", "Dornfeld")}),
    "acquired: bought a controlling part": (
        "Hollis Beck SE acquired 88% of the shares of Dornfeld Inc.",
        {("Hollis Beck SE", "acquired", "Dornfeld Inc.")}),
    "investedIn: bought a majority stake": (
        "Hollis Beck SE acquired a majority stake in Dornfeld Inc.",
        {("Hollis Beck SE", "investedIn", "Dornfeld Inc.")}),
    "acquired: bought the rest": (
        "Hollis Beck AG bought the remaining 12 percent of Dornfeld.",
        {("Hollis Beck AG", "acquired", "Dornfeld")}),
    "investedIn: a stake received as part of a payment": (
        "Kestrel Dynamics received an 18.9 percent stake in Orvanta Systems as part of the payment.",
        {("Kestrel Dynamics", "investedIn", "Orvanta Systems")}),
    "acquired: sold by one owner to another": (
        "In 2021, Brisklet was sold by Solvane Capital to Quorvane Holdings for $3 billion.",
        {("Quorvane Holdings", "acquired", "Brisklet")}),
    "worksFor: a plural title covers the list": (
        "The book was written by Kestrel University professors Dana Whitlock and Omar Reyes.",
        {("Dana Whitlock", "worksFor", "Kestrel University"), ("Omar Reyes", "worksFor", "Kestrel University")}),
    "worksFor: a list of people at one place": (
        "It was first made in 1985 by Dana Whitlock, Omar Reyes and Leona Marsh at Kestrel University.",
        {("Dana Whitlock", "worksFor", "Kestrel University"), ("Omar Reyes", "worksFor", "Kestrel University"),
         ("Leona Marsh", "worksFor", "Kestrel University")}),
    "worksFor: ex-employees": (
        "The studio was founded by ex-Brisklet Entertainment employees Dana Whitlock and Omar Reyes.",
        {("Dana Whitlock", "worksFor", "Brisklet Entertainment"), ("Omar Reyes", "worksFor", "Brisklet Entertainment"),
         # (an ex-employee, as a former one, has left)
         ("Dana Whitlock", "left", "Brisklet Entertainment"), ("Omar Reyes", "left", "Brisklet Entertainment")}),
    "worksFor: a second role apposed to the first one's organization": (
        "Whitlock is Professor of Foreign Policy at Kestrel University, a scholar at the Center for Strategic "
        "Studies, and a member of various boards.",
        {("Whitlock", "worksFor", "Kestrel University"), ("Whitlock", "worksFor", "Center for Strategic Studies")}),
    "founded: a participle continued after 'and'": (
        "Talverin is backed by Maveron, a venture capital firm based in Seattle and co-founded by Dana "
        "Whitlock and Omar Reyes.",
        {("Maveron", "investedIn", "Talverin"), ("Dana Whitlock", "founded", "Maveron"),
         ("Omar Reyes", "founded", "Maveron")}),
    "accused: prosecutors at an agency, the two men": (
        "Dana Whitlock and Omar Reyes ran Brisklet. Prosecutors at the Kestrel Justice Department had "
        "accused the two men of inflating revenue.",
        {("Dana Whitlock", "leads", "Brisklet"), ("Omar Reyes", "leads", "Brisklet"),
         ("Kestrel Justice Department", "accused", "Dana Whitlock"),
         ("Kestrel Justice Department", "accused", "Omar Reyes")}),
    "ceoOf: a title the parser hung on the organization": (
        "Velmora bought Nimbral. Velmora chief executive Börje Lindqvist is betting that Nimbral's interfaces "
        "will help developers.",
        {("Velmora", "acquired", "Nimbral"), ("Börje Lindqvist", "ceoOf", "Velmora")}),
    "founded: a relative clause without a pronoun, read as an apposition": (
        "Dana Whitlock sued Brisklet. In a letter, the investor said Kestrel Ventures, the venture firm "
        "Whitlock co-founded, had joined the group.",
        {("Dana Whitlock", "sued", "Brisklet"), ("Dana Whitlock", "founded", "Kestrel Ventures")}),
    "founded, ceoOf: the company and the man named after it": (
        "Brisko is a private company again. Dana Brisko, who started the PC maker in 1984, stays on as chief "
        "executive. Omar Reyes, one of Brisko's largest shareholders, objected.",
        {("Dana Brisko", "founded", "Brisko"), ("Dana Brisko", "ceoOf", "Brisko"), ("Omar Reyes", "investedIn", "Brisko")}),
    "ceoOf: ran the company as chief executive (the 'as' hung on the object)": (
        "Dana Whitlock ran chipmaker Brisklet as chief executive from 2011 to 2014.",
        {("Dana Whitlock", "ceoOf", "Brisklet")}),
    "develops: a maker named after a place makes nothing of the place": (
        "Kestrel bought Zentra Labs, a Toronto maker of reaction wheels, in 2021.",
        {("Kestrel", "acquired", "Zentra Labs")}),
    "ceoOf: the organization before a title the parser made a subject": (
        "Kestrel bought Zentra last week. Kestrel chief executive Dana Whitlock says owning Zentra's chip "
        "business will help.",
        {("Kestrel", "acquired", "Zentra"), ("Dana Whitlock", "ceoOf", "Kestrel")}),
    "ceoOf: an unknown name before a title is no license to guess": (
        "Brisklet grew fast. Orvanta chief executive Omar Reyes said the offer stood.",
        set()),
    "investedIn: with participation from": (
        "In June 2018, Brisklet closed a $19 million Series B round led by Kestrel Ventures, with participation "
        "from Sound Ventures and Palm Drive Capital.",
        {("Kestrel Ventures", "investedIn", "Brisklet"), ("Sound Ventures", "investedIn", "Brisklet"),
         ("Palm Drive Capital", "investedIn", "Brisklet")}),
    "investedIn: funding led by, not the company led by": (
        "In April 2014, Brisklet raised $60 million in Series B funding, led by Viking Global Investors, and saw "
        "participation from First Round Capital.",
        {("Viking Global Investors", "investedIn", "Brisklet"), ("First Round Capital", "investedIn", "Brisklet")}),
    "investedIn: investors in the round included": (
        "In 2016, Brisklet raised $2.1 million in seed funding. Investors in the round included Kestrel Ventures "
        "and Capital Factory.",
        {("Kestrel Ventures", "investedIn", "Brisklet"), ("Capital Factory", "investedIn", "Brisklet")}),
    "investedIn: contributions to the round": (
        "In March 2012, Brisklet received $17m in Series A round funding led by Accel Partners. The round also "
        "included contributions from Atomico and Wellington Partners.",
        {("Accel Partners", "investedIn", "Brisklet"), ("Atomico", "investedIn", "Brisklet"),
         ("Wellington Partners", "investedIn", "Brisklet")}),
    "investedIn: its investor, in a phrase before the company": (
        "Supported by its main investor, Solvane Atlantic, Brisklet pursued Knight Capital.",
        {("Solvane Atlantic", "investedIn", "Brisklet")}),
    "partneredWith: in collaboration with (a span drawn over the comma)": (
        "In collaboration with the University of Velmora, Brisklet opened a museum.",
        {("Brisklet", "partneredWith", "University of Velmora")}),
    "partneredWith: working alongside": (
        "Brisklet is also working alongside Kestrel College to create a new degree.",
        {("Brisklet", "partneredWith", "Kestrel College")}),
    "partneredWith: 'they' for the company of the sentence before": (
        "Brisklet also partners with other companies. They teamed up with Kestrel Aerospace to develop a "
        "curriculum.",
        {("Brisklet", "partneredWith", "Kestrel Aerospace")}),
    "founded: a list of three by the agent": (
        "Brisklet was established in 2003 by Dana Whitlock, Omar Reyes and Leona Marsh.",
        {("Dana Whitlock", "founded", "Brisklet"), ("Omar Reyes", "founded", "Brisklet"),
         ("Leona Marsh", "founded", "Brisklet")}),
    "ceoOf: a second role coordinated with the first one's organization": (
        "Dana Whitlock is the Chief Technical Officer of Kestrel Technology and Chief Executive Officer of "
        "Kestrel Asia Pacific.",
        {("Dana Whitlock", "worksFor", "Kestrel Technology"), ("Dana Whitlock", "ceoOf", "Kestrel Asia Pacific")}),
    "ceoOf: served as one and then another": (
        "Omar Reyes served as CEO of Atari from 1983 to 1984 and CEO of Kestrel Foods from 1994 to 1997.",
        {("Omar Reyes", "ceoOf", "Atari"), ("Omar Reyes", "ceoOf", "Kestrel Foods")}),
    "worksFor: a chair named after someone": (
        "Leona Whitlock is currently Omar Reyes Professor of Foreign Policy at Kestrel University.",
        {("Leona Whitlock", "worksFor", "Kestrel University")}),
    "worksFor: a professor at a list of places": (
        "Omar Reyes is a French mathematician, currently Professor at the Collège de France, Kestrel University "
        "and Vanderbilt University.",
        {("Omar Reyes", "worksFor", "Collège de France"), ("Omar Reyes", "worksFor", "Kestrel University"),
         ("Omar Reyes", "worksFor", "Vanderbilt University")}),
    "investedIn: one of its investors, said of a name": (
        "Brisklet raised money last year. Kestrel Motors is one of its investors.",
        {("Kestrel Motors", "investedIn", "Brisklet")}),
    "investedIn: a sized stake in the company the passage is about": (
        "Brisklet raised money in May. Kestrel Motors, which holds a stake of about 16 percent, sold shares.",
        {("Kestrel Motors", "investedIn", "Brisklet")}),
    "subsidiaryOf: the name of a possessed unit": (
        "Kestrel Motors said its HERE mapping unit would close.",
        {("HERE", "subsidiaryOf", "Kestrel Motors")}),
    "owns: the group, formerly another name": (
        "Velmora makes chocolate. It is owned by the Talverin Foods group (formerly Nimbral Dairy).",
        {("Talverin Foods", "owns", "Velmora")}),
    # ------------------------------------------------------------------ suits seen from the defendant
    "sued: hit with a lawsuit from": (
        "Corvant Systems was hit with a lawsuit from Helix Partners in March.",
        {("Helix Partners", "sued", "Corvant Systems")}),
    "sued: faces a complaint from": (
        "Corvant Systems faces a complaint from Helix Partners.",
        {("Helix Partners", "sued", "Corvant Systems")}),
    "sued: fighting a lawsuit filed by": (
        "Corvant Systems is fighting a lawsuit filed by Helix Partners.",
        {("Helix Partners", "sued", "Corvant Systems")}),
    "sued: facing a lawsuit, plaintiff unnamed": (
        "Corvant Systems faces a lawsuit over its pricing.",
        set()),
    "sued: took to court, parsed as an infinitive": (
        "Helix Partners took Corvant Systems to court over unpaid royalties.",
        {("Helix Partners", "sued", "Corvant Systems")}),
    "accused: charged that": (
        "Helix Partners charged that Corvant Systems had hidden losses from shareholders.",
        {("Helix Partners", "accused", "Corvant Systems")}),
    "accused: 'it' in an allegation is not the one alleging": (
        "Helix Corp sued Corvant Systems, alleging it monopolized the market.",
        {("Helix Corp", "sued", "Corvant Systems"), ("Helix Corp", "accused", "Corvant Systems")}),
    "accused: 'the two companies', a name inside a relative clause is no co-argument": (
        "Brisklet sued Talverin Group and Quorvane Holdings in May, alleging that the two companies had "
        "stolen its designs through engineers who moved to Talverin Group.",
        {("Brisklet", "sued", "Talverin Group"), ("Brisklet", "sued", "Quorvane Holdings"),
         ("Brisklet", "accused", "Talverin Group"), ("Brisklet", "accused", "Quorvane Holdings")}),
    # ------------------------------------------------------------------ names the NER cuts
    "names: a title word inside an organization's name": (
        "The Justice Department sued Corvant Systems on Monday.",
        {("Justice Department", "sued", "Corvant Systems")}),
    "names: a NORP tag cut before the noun it modifies": (
        "Helix Partners blamed Corvant Systems for the outage.",
        {("Helix Partners", "accused", "Corvant Systems")}),
    "develops: a product noun called by a name": (
        "Corvant Systems launched a chatbot called Lumora last year.",
        {("Corvant Systems", "develops", "Lumora")}),
    "founded: a company noun called by a name": (
        "Marta Quist launched a startup called Lumora last year.",
        {("Marta Quist", "founded", "Lumora")}),
    "rivalOf: locked in a rivalry with": (
        "Orvanta Systems is locked in a fierce rivalry with Kestrel Dynamics.",
        {("Kestrel Dynamics", "rivalOf", "Orvanta Systems")}),
    "partneredWith: engaged in a partnership with": (
        "Orvanta Systems has been engaged in a partnership with Kestrel Dynamics since 2019.",
        {("Kestrel Dynamics", "partneredWith", "Orvanta Systems")}),
    # ------------------------------------------------------------------ roles handed on and taken up
    "ceoOf: A succeeded B as chief executive (both held it)": (
        "Marta Quist succeeded Omar Reyes as chief executive of Corvant Systems.",
        {("Marta Quist", "ceoOf", "Corvant Systems"), ("Omar Reyes", "ceoOf", "Corvant Systems")}),
    "leads: A replaced B as head (B left)": (
        "Marta Quist replaced Omar Reyes as head of Corvant Systems.",
        {("Marta Quist", "leads", "Corvant Systems"), ("Omar Reyes", "leads", "Corvant Systems"),
         ("Omar Reyes", "left", "Corvant Systems")}),
    "ceoOf: the board replaced B as chief executive": (
        "The board replaced Omar Reyes as chief executive of Corvant Systems in May.",
        {("Omar Reyes", "ceoOf", "Corvant Systems")}),
    "leads: was promoted to president of": (
        "Marta Quist was promoted to president of Corvant Systems.",
        {("Marta Quist", "leads", "Corvant Systems")}),
    "leads: the company promoted X to president": (
        "Corvant Systems promoted Marta Quist to president.",
        {("Marta Quist", "leads", "Corvant Systems")}),
    "ceoOf: a title on the agent of 'led by' describing a company": (
        "Netlist Corp, led by chief executive Chun Hong, sued Micron Technology in Texas.",
        {("Chun Hong", "ceoOf", "Netlist Corp"), ("Netlist Corp", "sued", "Micron Technology")}),
    "ceoOf: a title on the agent of 'which is run by'": (
        "Orvanta Systems, which is run by chief executive Dana Whitlock, sued Kestrel Dynamics.",
        {("Dana Whitlock", "ceoOf", "Orvanta Systems"), ("Orvanta Systems", "sued", "Kestrel Dynamics")}),
    "accused: alleged in a filing that (the clause hung on 'filing')": (
        "Helix Partners alleged in a filing that Corvant Systems had copied its chip designs.",
        {("Helix Partners", "accused", "Corvant Systems")}),
    "accused: the accused denied the allegations (they were made)": (
        "Corvant Systems denied Helix Partners' allegations that it had copied the designs.",
        {("Helix Partners", "accused", "Corvant Systems")}),
    "accused: rejected accusations from": (
        "Corvant Systems rejected accusations from Helix Partners that it had copied the designs.",
        {("Helix Partners", "accused", "Corvant Systems")}),
    "sued: won a verdict against": (
        "Helix Partners won a $300 million verdict against Corvant Systems.",
        {("Helix Partners", "sued", "Corvant Systems")}),
    "sued: responded with a countersuit against": (
        "Corvant Systems responded with a countersuit against Helix Partners.",
        {("Corvant Systems", "sued", "Helix Partners")}),
    "ceoOf: 'X and its chief executive, Y' (the name hung on X)": (
        "Helix Partners filed suit in Delaware against Corvant Systems and its chief executive, Marta Quist.",
        {("Helix Partners", "sued", "Corvant Systems"), ("Marta Quist", "ceoOf", "Corvant Systems")}),
    "left: ousted chief executive X (the name read as an adverb)": (
        "Brisklet's board has ousted chief executive Dana Whitlock after a string of losses.",
        {("Dana Whitlock", "ceoOf", "Brisklet"), ("Dana Whitlock", "left", "Brisklet")}),
    "founded: by former university researchers (a role held elsewhere)": (
        "Nimbral Robotics was founded by former university researchers Sara Kim and Leo Park.",
        {("Sara Kim", "founded", "Nimbral Robotics"), ("Leo Park", "founded", "Nimbral Robotics")}),
    "sued: his ex-employer": (
        "Former Orvanta Systems engineer Tomas Berg has sued his ex-employer, claiming he was fired.",
        {("Tomas Berg", "sued", "Orvanta Systems"), ("Tomas Berg", "worksFor", "Orvanta Systems"),
         ("Tomas Berg", "left", "Orvanta Systems")}),
    "accused: his former employer": (
        "Tomas Berg, who worked at Orvanta Systems for a decade, accused his former employer of age discrimination.",
        {("Tomas Berg", "accused", "Orvanta Systems"), ("Tomas Berg", "worksFor", "Orvanta Systems")}),
    "sued: accused in a lawsuit": (
        "In a lawsuit filed Friday, Zephyrix Labs accused Corvant Systems of poaching staff.",
        {("Zephyrix Labs", "accused", "Corvant Systems"), ("Zephyrix Labs", "sued", "Corvant Systems")}),
    "accused in a statement (no suit)": (
        "In a statement, Helix Partners accused Corvant Systems of lying.",
        {("Helix Partners", "accused", "Corvant Systems")}),
    "left: the resignation of X (from the company the passage is about)": (
        "Corvant Systems reported losses. The resignation of Marta Quist surprised investors.",
        {("Marta Quist", "left", "Corvant Systems"), ("Marta Quist", "worksFor", "Corvant Systems")}),
    "left: X's resignation": (
        "Corvant Systems reported losses. Marta Quist's resignation surprised investors.",
        {("Marta Quist", "left", "Corvant Systems"), ("Marta Quist", "worksFor", "Corvant Systems")}),
    "accused: 'The Austin company' (a city tagged as a person) describes": (
        "Talverin Group dropped its lawsuit against Quorvane Holdings. The Austin company had accused "
        "Quorvane of copying its software.",
        {("Talverin Group", "sued", "Quorvane Holdings"), ("Talverin Group", "accused", "Quorvane Holdings")}),
    "sued: settled its suit against (it was filed)": (
        "Talverin Group settled its suit against Quorvane Holdings for $10 million.",
        {("Talverin Group", "sued", "Quorvane Holdings")}),
    "founded: 'company founder X', the company the passage is about": (
        "Kestrel Dynamics has shifted to military contracts. Leona Marsh, a former Air Force officer, "
        "took over from company founder Ravi Anand in 2018.",
        {("Ravi Anand", "founded", "Kestrel Dynamics"), ("Leona Marsh", "worksFor", "Air Force"),
         ("Leona Marsh", "left", "Air Force")}),
    "ceoOf: an organization the model missed, before a title that titles a name": (
        "Besides Zarvik CEO Herbert Hainz and Zarvik CFO Robin Stahl, the board includes Duncan Fell.",
        {("Herbert Hainz", "ceoOf", "Zarvik"), ("Robin Stahl", "worksFor", "Zarvik")}),
    "names: a first name the NER left out": (
        "Iain Brodie was formerly chief executive officer of Fishpal Ltd.",
        {("Iain Brodie", "ceoOf", "Fishpal Ltd.")}),
    "worksFor: an occupation with its employer stated": (
        "Maria Lopez, a pilot with Helix Airways, landed the plane.",
        {("Maria Lopez", "worksFor", "Helix Airways")}),
    "worksFor: an occupation held on one's own (no employer stated)": (
        "Maria Lopez, an architect, designed the Corvant Systems headquarters.",
        set()),
    "left: 'X co-founder Y has quit the startup' (the title's company is no other party)": (
        "Orvanta Labs co-founder Marco Bell has quit the startup, citing differences with chief executive Ana Ruiz.",
        {("Marco Bell", "founded", "Orvanta Labs"), ("Marco Bell", "left", "Orvanta Labs"),
         ("Marco Bell", "worksFor", "Orvanta Labs"), ("Ana Ruiz", "ceoOf", "Orvanta Labs")}),
    "left: the company replaced its chief executive": (
        "Velmora Health replaced its chief executive, Priya Shah, with board member Ines Varga.",
        {("Priya Shah", "ceoOf", "Velmora Health"), ("Priya Shah", "left", "Velmora Health"),
         ("Ines Varga", "worksFor", "Velmora Health")}),
    "ceoOf: after 14 years as chief executive (given, whatever the main verb's mood)": (
        "After 14 years as chief executive of Fintrix, Jonas Lind will hand the job to his deputy, Ana Ruiz, in January.",
        {("Jonas Lind", "ceoOf", "Fintrix")}),
    "leads: during his stint as president": (
        "During his stint as president of Fintrix, Jonas Lind doubled sales.",
        {("Jonas Lind", "leads", "Fintrix")}),
    "founded: 'Company co-founder Name' the parser did not join": (
        "Kestrel Motors co-founder Dana Whitlock has filed suit against Omar Reyes and Kestrel Motors, alleging libel.",
        {("Dana Whitlock", "founded", "Kestrel Motors"), ("Dana Whitlock", "sued", "Omar Reyes"),
         ("Dana Whitlock", "sued", "Kestrel Motors"), ("Dana Whitlock", "accused", "Omar Reyes"),
         ("Dana Whitlock", "accused", "Kestrel Motors")}),
    "sued: slapped X with a suit": (
        "Helix Partners slapped Corvant Systems with a $2 billion suit over unpaid royalties.",
        {("Helix Partners", "sued", "Corvant Systems")}),
    "criticized: hit out at": (
        "Marta Quist hit out at Corvant Systems over its pricing.",
        {("Marta Quist", "criticized", "Corvant Systems")}),
    "criticized: called out": (
        "Marta Quist called out Corvant Systems for its pricing.",
        {("Marta Quist", "criticized", "Corvant Systems")}),
    "criticized: decried X's decision": (
        "Marta Quist decried Corvant Systems' decision to cut jobs.",
        {("Marta Quist", "criticized", "Corvant Systems")}),
    "accused: said X had illegally collected (a wrongdoing adverb)": (
        "Helix Partners said Corvant Systems had illegally collected user data.",
        {("Helix Partners", "accused", "Corvant Systems")}),
    "accused: a regulator fined X (two objects)": (
        "The European Commission fined Corvant Systems $1 billion for abusing its dominance.",
        {("European Commission", "accused", "Corvant Systems")}),
    "accused: was fined by": (
        "Corvant Systems was fined $5 million by the European Commission for misleading consumers.",
        {("European Commission", "accused", "Corvant Systems")}),
    "accused: blamed the outage on": (
        "Helix Partners blamed the outage on Corvant Systems.",
        {("Helix Partners", "accused", "Corvant Systems")}),
    "accused: pointed the finger at": (
        "Helix Partners pointed the finger at Corvant Systems.",
        {("Helix Partners", "accused", "Corvant Systems")}),
    "accused: a wrongdoing according to X": (
        "According to Helix Partners, Corvant Systems stole its code.",
        {("Helix Partners", "accused", "Corvant Systems")}),
    "ceoOf: named X chief executive (the name parsed as the role's modifier)": (
        "Corvant Systems named Omar Reyes chief executive on Monday.",
        {("Omar Reyes", "ceoOf", "Corvant Systems")}),
    "ceoOf: 'He replaces X' after the role was stated": (
        "Corvant Systems named Omar Reyes chief executive on Monday. He replaces Marta Quist, who retired.",
        {("Omar Reyes", "ceoOf", "Corvant Systems"), ("Marta Quist", "ceoOf", "Corvant Systems"),
         ("Marta Quist", "left", "Corvant Systems")}),
    "ceoOf: 'Her successor, X'": (
        "Marta Quist stepped down as chief executive of Corvant Systems in May. Her successor, Omar Reyes, "
        "took over on Monday.",
        {("Marta Quist", "ceoOf", "Corvant Systems"), ("Marta Quist", "left", "Corvant Systems"),
         ("Omar Reyes", "ceoOf", "Corvant Systems")}),
    "ceoOf: 'She was succeeded by X'": (
        "Marta Quist, Corvant Systems' chief executive, retired in May. She was succeeded by Omar Reyes.",
        {("Marta Quist", "ceoOf", "Corvant Systems"), ("Marta Quist", "left", "Corvant Systems"),
         ("Omar Reyes", "ceoOf", "Corvant Systems")}),
    "ceoOf: took over as chief executive from X (X held it)": (
        "Omar Reyes took over as chief executive of Corvant Systems from Dana Whitlock.",
        {("Omar Reyes", "ceoOf", "Corvant Systems"), ("Dana Whitlock", "ceoOf", "Corvant Systems")}),
    "acquired: a person taking over 'the unit' heads it, buys nothing": (
        "Corvant Systems bought Helix Partners in 2019. Omar Reyes took over the unit from Dana Whitlock.",
        {("Corvant Systems", "acquired", "Helix Partners")}),
    "acquired: a person buying the company": (
        "Corvant Systems was founded in 2001. Omar Reyes bought the company in 2019.",
        {("Omar Reyes", "acquired", "Corvant Systems")}),
    "founded: a participle set off after the name it describes ('X, founded by A and B')": (
        "Kestrel Motors invested in Velmora, founded by Dario and Daniela Amodei.",
        {("Kestrel Motors", "investedIn", "Velmora"), ("Dario Amodei", "founded", "Velmora"),
         ("Daniela Amodei", "founded", "Velmora")}),
    "names: a company word ends the longer name ('The Zorvan Computer Company')": (
        "Omar Reyes and Dana Whitlock founded The Zorvan Computer Company in 1976.",
        {("Omar Reyes", "founded", "Zorvan Computer Company"), ("Dana Whitlock", "founded", "Zorvan Computer Company")}),
    "succession: replacing a phone hands on no role": (
        "Marta Quist founded Corvant Systems in 2001. She replaced her phone in May.",
        {("Marta Quist", "founded", "Corvant Systems")}),
    "worksFor: sits on the board of": (
        "Marta Quist sits on the board of Corvant Systems.",
        {("Marta Quist", "worksFor", "Corvant Systems")}),
    "left: 'the company' after an apposition naming it": (
        "Marta Quist, the Corvant Systems co-founder, left the company in 2019.",
        {("Marta Quist", "founded", "Corvant Systems"), ("Marta Quist", "left", "Corvant Systems"),
         ("Marta Quist", "worksFor", "Corvant Systems")}),
    "worksFor: led work at an organization": (
        "Dana Whitlock, who led chip design teams at Brisklet Inc. and Orvanta Systems, founded a startup.",
        {("Dana Whitlock", "worksFor", "Brisklet Inc."), ("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "worksFor: led a protest at (no work there)": (
        "Dana Whitlock led a protest at the Brisklet Inc. headquarters.",
        set()),
    "left: ousted as chief executive (the role is the object's)": (
        "Orvanta Systems ousted Dana Whitlock as chief executive in 2019.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "ceoOf", "Orvanta Systems")}),
    "left: the board removed her as chief executive": (
        "Orvanta Systems's board removed Dana Whitlock as chief executive.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "ceoOf", "Orvanta Systems")}),
    "criticized: said the company's strategy was a mistake": (
        "Dana Whitlock said Orvanta Systems's new strategy was a mistake.",
        {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: called its pricing predatory": (
        'Dana Whitlock called Orvanta Systems\'s pricing "predatory".',
        {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: shot back that its numbers were flawed": (
        "Brisklet Inc. shot back that Talverin Group's benchmark numbers were flawed.",
        {("Brisklet Inc.", "criticized", "Talverin Group")}),
    "criticized: wrote that it was a bunch of dummies": (
        'Dana Whitlock wrote that Orvanta Systems was "a bunch of dummies".',
        {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: a judgement of no one named": (
        "Dana Whitlock said the chip market was a mess.",
        set()),
    "criticized: called it a partner (no judgement)": (
        "Dana Whitlock called Orvanta Systems a reliable partner.",
        set()),
    "sued: a lawsuit, the accusing participle hung on the verb": (
        "Zephyrix Labs filed a lawsuit in federal court accusing Brisklet Inc. of patent infringement.",
        {("Zephyrix Labs", "sued", "Brisklet Inc."), ("Zephyrix Labs", "accused", "Brisklet Inc.")}),
    "sued: sought an injunction against": (
        "Zephyrix Labs sought an injunction against Brisklet Inc. on Friday.",
        {("Zephyrix Labs", "sued", "Brisklet Inc.")}),
    "sued: an injunction a judge issued (no plaintiff named)": (
        "A judge issued an injunction against Brisklet Inc. on Friday.",
        set()),
    "ceoOf: named X its new chief executive": (
        "Orvanta Systems named Dana Whitlock its new chief executive.",
        {("Dana Whitlock", "ceoOf", "Orvanta Systems")}),
    "ceoOf: appointed X chief executive (the name parsed as the role's modifier)": (
        "Orvanta Systems appointed Dana Whitlock chief executive.",
        {("Dana Whitlock", "ceoOf", "Orvanta Systems")}),
    "leads: has been at the helm of": (
        "Dana Whitlock has been at the helm of Orvanta Systems since 2019.",
        {("Dana Whitlock", "leads", "Orvanta Systems")}),
    "left: poached from (the parser hangs 'from' on the name)": (
        "Orvanta Systems has poached Dana Whitlock from Brisklet Inc.",
        {("Dana Whitlock", "worksFor", "Orvanta Systems"), ("Dana Whitlock", "left", "Brisklet Inc."),
         ("Dana Whitlock", "worksFor", "Brisklet Inc.")}),
    "left: lured away from": (
        "Orvanta Systems lured Dana Whitlock away from Brisklet Inc. in 2019.",
        {("Dana Whitlock", "left", "Brisklet Inc."), ("Dana Whitlock", "worksFor", "Brisklet Inc.")}),
    "left: defected to one company from another": (
        "Dana Whitlock defected to Orvanta Systems from Brisklet Inc. last year.",
        {("Dana Whitlock", "worksFor", "Orvanta Systems"), ("Dana Whitlock", "left", "Brisklet Inc."),
         ("Dana Whitlock", "worksFor", "Brisklet Inc.")}),
    "accused: prosecutors of the public body just named": (
        "The Justice Department opened an inquiry into Brisklet Inc. in 2018. Prosecutors later charged "
        "Brisklet Inc. with economic espionage.",
        {("Justice Department", "accused", "Brisklet Inc.")}),
    "accused: lawyers of no one named (no public body stands for them)": (
        "The Justice Department opened an inquiry in 2018. Securities lawyers accused Brisklet Inc. of fraud.",
        set()),
    "criticized: hit back at": (
        "Dana Whitlock hit back at Orvanta Systems on Tuesday.",
        {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: took a dig at": (
        "Dana Whitlock took a dig at Orvanta Systems during the call.",
        {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: fired back (no one fired)": (
        "Orvanta Systems fired back at Brisklet Inc. in a blog post.",
        {("Orvanta Systems", "criticized", "Brisklet Inc.")}),
    "founded: by two former engineers, A and B (the names hung on the subject)": (
        "Orvanta Systems was founded in 2015 by two former engineers, Dana Whitlock and Omar Reyes.",
        {("Dana Whitlock", "founded", "Orvanta Systems"), ("Omar Reyes", "founded", "Orvanta Systems")}),
    "founded: co-founder and chief executive, coordinated titles": (
        "Orvanta Systems co-founder and chief executive Dana Whitlock spoke on Monday.",
        {("Dana Whitlock", "founded", "Orvanta Systems"), ("Dana Whitlock", "ceoOf", "Orvanta Systems")}),
    "worksFor: ran the company's unit (heads a part of it)": (
        "Omar Reyes ran the Orvanta Systems self-driving unit for five years.",
        {("Omar Reyes", "worksFor", "Orvanta Systems")}),
    "leads: heads the company's named division (the division is led)": (
        "Dana Whitlock heads Orvanta Systems's Velmora division.",
        {("Dana Whitlock", "leads", "Velmora"), ("Velmora", "subsidiaryOf", "Orvanta Systems")}),
    "accused: said the company's product infringes its patents": (
        "Zephyrix Labs says Brisklet Inc.'s chatbot infringes its patents.",
        {("Zephyrix Labs", "accused", "Brisklet Inc.")}),
    "accused: argued the company's technology is a business (no wrongdoing)": (
        "Dana Whitlock has long argued that Orvanta Systems's technology can be a business.",
        set()),
    "accused: according to the lawsuit filed by X (its plaintiff accuses, and sued)": (
        "According to the lawsuit filed by Zephyrix, Brisklet copied its designs.",
        {("Zephyrix", "accused", "Brisklet"), ("Zephyrix", "sued", "Brisklet")}),
    "left: came to one company from another": (
        "Dana Whitlock came to Orvanta Systems from Brisklet Inc. in 2012.",
        {("Dana Whitlock", "worksFor", "Orvanta Systems"), ("Dana Whitlock", "left", "Brisklet Inc."),
         ("Dana Whitlock", "worksFor", "Brisklet Inc.")}),
    "left: moved from one city to another (places, not employers)": (
        "Dana Whitlock moved to Boston from Chicago in 2010.",
        set()),
    "left: left a city": (
        "Dana Whitlock left Chicago in 2019.",
        set()),
    "ceoOf: the company's ex-CEO (the tokenizer splits 'ex-')": (
        "Dana Whitlock, Orvanta Systems's ex-CEO, founded Velmora Health.",
        {("Dana Whitlock", "ceoOf", "Orvanta Systems"), ("Dana Whitlock", "founded", "Velmora Health")}),
    "worksFor: formerly of": (
        "Dana Whitlock, formerly of Orvanta Systems, founded Velmora Health.",
        {("Dana Whitlock", "worksFor", "Orvanta Systems"), ("Dana Whitlock", "founded", "Velmora Health")}),
    "founded: left a company to start another (a departure's purpose is done)": (
        "Dana Whitlock worked at Orvanta Systems for years. She quit in 2020 to start Velmora Health.",
        {("Dana Whitlock", "worksFor", "Orvanta Systems"), ("Dana Whitlock", "left", "Orvanta Systems"),
         ("Dana Whitlock", "founded", "Velmora Health")}),
    "ceoOf: will succeed X as chief executive (X is; the successor not yet)": (
        "Dana Whitlock will succeed Omar Reyes as chief executive of Orvanta Systems.",
        {("Omar Reyes", "ceoOf", "Orvanta Systems")}),
    "accused: sued, saying the defendant had done wrong (what the suit says of it)": (
        "Zephyrix sued Brisklet on Monday, saying Brisklet had used its code without permission.",
        {("Zephyrix", "sued", "Brisklet"), ("Zephyrix", "accused", "Brisklet")}),
    "accused: sued, saying it would appeal (nothing said of the defendant)": (
        "Zephyrix sued Brisklet, saying it would appeal any ruling.",
        {("Zephyrix", "sued", "Brisklet")}),
    # ------------------------------------------------------------------ names the NER drew too wide
    "names: a span over the verb between two names": (
        "Omar Reyes quit Talverin Group after 10 years.",
        {("Omar Reyes", "left", "Talverin Group"), ("Omar Reyes", "worksFor", "Talverin Group")}),
    "names: the charge after 'of' is no part of the name": (
        "Zephyrix Labs accused Brisklet Inc. of stealing trade secrets.",
        {("Zephyrix Labs", "accused", "Brisklet Inc.")}),
    "names: a span over 'by' between the bought and the buyer": (
        "The acquisition of Brisklet Inc. by Orvanta Systems was approved by regulators.",
        {("Orvanta Systems", "acquired", "Brisklet Inc.")}),
    "names: 'Inc.' ends the sentence, and 'the startup' is the one bought": (
        "Orvanta Systems has snapped up Brisklet Inc. The startup, founded by Dana Whitlock in 2018, "
        "makes payment software.",
        {("Orvanta Systems", "acquired", "Brisklet Inc."), ("Dana Whitlock", "founded", "Brisklet Inc.")}),
    "names: a Series B is a round, not a company": (
        "Solvane Capital led Velmora Health's Series B.",
        {("Solvane Capital", "investedIn", "Velmora Health")}),
    "names: a round named by its series": (
        "Velmora Health raised $20 million in a Series A led by Solvane Capital.",
        {("Solvane Capital", "investedIn", "Velmora Health")}),
    "names: a short name the NER calls a place is the company's": (
        "Orvanta Systems and Zephyrix Labs have long competed for cloud customers. Last year, Orvanta "
        "overtook Zephyrix in market share.",
        {("Orvanta Systems", "rivalOf", "Zephyrix Labs")}),
    "names: a city used as one stays a city": (
        "Kestrel Robotics makes robots in Kestrel. Solvane Capital invested in Kestrel Robotics.",
        {("Solvane Capital", "investedIn", "Kestrel Robotics")}),
    # ------------------------------------------------------------------ more readings
    "investedIn: a round's investors are not its company": (
        "The round was led by Solvane Capital, with participation from Kestrel Dynamics.", set()),
    "investedIn: a round's investors, the company just named": (
        "Velmora Health raised $40 million. The round was led by Solvane Capital, with participation "
        "from Kestrel Dynamics.",
        {("Solvane Capital", "investedIn", "Velmora Health"), ("Kestrel Dynamics", "investedIn", "Velmora Health")}),
    "criticized: a quoted judgement the parser hangs on the object": (
        'Dana Whitlock called Orvanta Systems\' new policy "a disaster."',
        {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: taking aim at is no job there": (
        "Dana Whitlock took aim at Orvanta Systems in a blog post, saying its products were unsafe.",
        {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "founded: helped found": (
        "Omar Reyes, who helped found Talverin Group, spoke on Monday.",
        {("Omar Reyes", "founded", "Talverin Group")}),
    "worksFor: is now at": (
        "Omar Reyes, a former Talverin Group executive, is now at Orvanta Systems.",
        {("Omar Reyes", "worksFor", "Talverin Group"), ("Omar Reyes", "left", "Talverin Group"),
         ("Omar Reyes", "worksFor", "Orvanta Systems")}),
    "worksFor: at a company's event is no job": (
        "Omar Reyes was at the Orvanta Systems event on Monday.", set()),
    "worksFor: joined a part of the company": (
        "Dana Whitlock joined Brisklet Inc.'s self-driving car project at its start in 2009.",
        {("Dana Whitlock", "worksFor", "Brisklet Inc.")}),
    "worksFor: joining a company's lawsuit is no job": (
        "Dana Whitlock joined Brisklet Inc.'s lawsuit against Orvanta Systems.",
        {("Brisklet Inc.", "sued", "Orvanta Systems")}),
    "accused: on someone's word, the doer taken for the source's apposition": (
        "According to Zephyrix Labs, Orvanta Systems copied its design.",
        {("Zephyrix Labs", "accused", "Orvanta Systems")}),
    "partneredWith: in partnership with, hung on the subject": (
        "Orvanta Systems, in partnership with Zephyrix Labs, launched a satellite.",
        {("Orvanta Systems", "partneredWith", "Zephyrix Labs")}),
    "sued: a lawsuit its defendant settled": (
        "Orvanta Systems settled a lawsuit brought by Zephyrix Labs.",
        {("Zephyrix Labs", "sued", "Orvanta Systems")}),
    "sued: the one sued unsaid, the passage about it": (
        "Orvanta Systems has been locked in a legal fight with Zephyrix Labs since 2021, when Zephyrix "
        "Labs sued over patents.",
        {("Zephyrix Labs", "sued", "Orvanta Systems")}),
    "sued: nobody else named": ("Zephyrix Labs sued on Monday.", set()),
    "reference: 'the startup' is the one bought, however often the buyer is named": (
        "Orvanta Systems said on Tuesday that it would stop funding Brisklet Inc.'s robotaxi business. "
        "Orvanta Systems chief executive Dana Whitlock cited the cost. Orvanta Systems bought Brisklet "
        "Inc. in 2016. The startup later raised money from outside investors, including Solvane Capital "
        "and Kestrel Dynamics.",
        {("Dana Whitlock", "ceoOf", "Orvanta Systems"), ("Orvanta Systems", "acquired", "Brisklet Inc."),
         ("Solvane Capital", "investedIn", "Brisklet Inc."), ("Kestrel Dynamics", "investedIn", "Brisklet Inc.")}),
    "reference: 'its' bound to a subject that is a description": (
        "Brisklet Inc. has raised $90 million in a round led by Solvane Capital. Kestrel Dynamics also "
        "took part in the round. Dana Whitlock joined Brisklet Inc. as chief technology officer in 2021. "
        "The company sells its own Nimbus accelerators.",
        {("Solvane Capital", "investedIn", "Brisklet Inc."), ("Kestrel Dynamics", "investedIn", "Brisklet Inc."),
         ("Dana Whitlock", "worksFor", "Brisklet Inc."), ("Brisklet Inc.", "develops", "Nimbus")}),
    "names: a news dateline is no subject": (
        "SAN FRANCISCO (Reuters) - Zephyrix Labs on Tuesday sued Orvanta Systems.",
        {("Zephyrix Labs", "sued", "Orvanta Systems")}),
    "investedIn: the subject of a passive does its active conjunct": (
        "Velmora Health was founded in 2016 by Marco Bell and raised money from Solvane Capital.",
        {("Marco Bell", "founded", "Velmora Health"), ("Solvane Capital", "investedIn", "Velmora Health")}),
    "investedIn: a stake sold to a buyer": (
        "Talverin Group has sold its stake in Brisklet Inc. to Orvanta Systems.",
        {("Talverin Group", "investedIn", "Brisklet Inc."), ("Orvanta Systems", "investedIn", "Brisklet Inc.")}),
    "investedIn: a company launched with backing": (
        "Marco Bell launched a new startup, Quorra Robotics, with backing from Solvane Capital.",
        {("Marco Bell", "founded", "Quorra Robotics"), ("Solvane Capital", "investedIn", "Quorra Robotics")}),
    "worksFor: the head of a function at a company works there": (
        "Omar Reyes, head of engineering at Velmora Health, said the chip was late.",
        {("Omar Reyes", "worksFor", "Velmora Health")}),
    "partneredWith: a partnership they ended was one": (
        "Zephyrix Labs and Orvanta Systems have ended their partnership after three years.",
        {("Orvanta Systems", "partneredWith", "Zephyrix Labs")}),
    "rivalOf: a rival in what the company's chief said": (
        "Orvanta Systems chief executive Dana Whitlock said rival Zephyrix Labs was playing games.",
        {("Dana Whitlock", "ceoOf", "Orvanta Systems"), ("Orvanta Systems", "rivalOf", "Zephyrix Labs")}),
    "names: the speaker the parser coordinated with the object": (
        "Zephyrix Labs acquired rival Brisklet Inc., Orvanta Systems said.",
        {("Zephyrix Labs", "acquired", "Brisklet Inc."), ("Brisklet Inc.", "rivalOf", "Zephyrix Labs")}),
    "leads: the first woman to lead": (
        "Dana Whitlock became the first woman to lead Orvanta Systems.",
        {("Dana Whitlock", "leads", "Orvanta Systems")}),
    "acquired: would be the first to buy": (
        "Orvanta Systems would be the first company to buy Zephyrix Labs.", set()),
    "develops: announced the launch of": (
        "Orvanta Systems announced the launch of Nimbus, an AI assistant for doctors.",
        {("Orvanta Systems", "develops", "Nimbus")}),
    "worksFor: left one company for another": (
        "Dana Whitlock left Orvanta Systems for rival Zephyrix Labs.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "worksFor", "Orvanta Systems"),
         ("Dana Whitlock", "worksFor", "Zephyrix Labs"), ("Orvanta Systems", "rivalOf", "Zephyrix Labs")}),
    "worksFor: left for a reason": (
        "Dana Whitlock left Orvanta Systems for personal reasons.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "accused: complained that it did wrong": (
        "Zephyrix Labs has long complained that Orvanta Systems abuses its dominance.",
        {("Zephyrix Labs", "accused", "Orvanta Systems")}),
    "accused: a complaint of no wrong": ("Zephyrix Labs complained that Orvanta Systems was slow.", set()),
    "accused: the agent the parser hung on the charge": (
        "Orvanta Systems was accused of misleading investors by Zephyrix Labs.",
        {("Zephyrix Labs", "accused", "Orvanta Systems")}),
    "criticized: took to a venue to criticize": (
        "Dana Whitlock took to social media to criticize Orvanta Systems.",
        {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: plans to take to a venue": (
        "Dana Whitlock plans to go on television to criticize Orvanta Systems.", set()),
    "founded: the brainchild of": (
        "Zephyrix Labs, the brainchild of Dana Whitlock, raised money.",
        {("Dana Whitlock", "founded", "Zephyrix Labs")}),
    "investedIn: got money from": (
        "Velmora Health got $40 million from Solvane Capital.", {("Solvane Capital", "investedIn", "Velmora Health")}),
    "investedIn: drew backing from": (
        "Velmora Health drew backing from Solvane Capital.", {("Solvane Capital", "investedIn", "Velmora Health")}),
    "investedIn: criticism received is no money (it is criticism)": (
        "Velmora Health drew criticism from Solvane Capital.", {("Solvane Capital", "criticized", "Velmora Health")}),
    "names: what is bought by name is a company": (
        "In 2015, Talverin Group acquired Harris Performance for an undisclosed sum.",
        {("Talverin Group", "acquired", "Harris Performance")}),
    "subsidiaryOf: a spin-off (the tokenizer cuts it at the hyphen)": (
        "Brisklet Inc., a spin-off of Orvanta Systems, makes chips.",
        {("Brisklet Inc.", "subsidiaryOf", "Orvanta Systems")}),
    "subsidiaryOf: belongs to": (
        "Brisklet Inc. belongs to Orvanta Systems.", {("Brisklet Inc.", "subsidiaryOf", "Orvanta Systems")}),
    "subsidiaryOf: a subsidiary named within a proposed act": (
        "Shareholders of Orvanta Systems approved the proposed spin-off of its subsidiary Brisklet Inc.",
        {("Brisklet Inc.", "subsidiaryOf", "Orvanta Systems")}),
    "partneredWith: a tie-up": (
        "The tie-up between Orvanta Systems and Zephyrix Labs was announced on Monday.",
        {("Orvanta Systems", "partneredWith", "Zephyrix Labs")}),
    "names: a plural possessive between two names": (
        "Orvanta Systems' Nimbus chatbot and Zephyrix Labs' Quill chatbot compete.",
        {("Orvanta Systems", "develops", "Nimbus"), ("Zephyrix Labs", "develops", "Quill")}),
    "develops: the product noun apposed to the name, from its maker": (
        "Nimbus, the chatbot from Orvanta Systems, has 100 million users.",
        {("Orvanta Systems", "develops", "Nimbus")}),
    "develops: the maker's product apposed to the product": (
        "The Nimbus smartwatch, Orvanta Systems' first wearable, was unveiled in March.",
        {("Orvanta Systems", "develops", "Nimbus")}),
    "criticized: lambasted": ("Dana Whitlock lambasted Orvanta Systems on Monday.",
                              {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: poked fun at": ("Dana Whitlock poked fun at Orvanta Systems on Monday.",
                                 {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "left: a person who dismissed a company was not fired by it": (
        "Dana Whitlock dismissed Orvanta Systems on Monday.", set()),
    "left: a company that dismissed a person": (
        "Orvanta Systems dismissed Dana Whitlock on Monday.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "rivalOf: a verb the tagger took for the name's plural noun": (
        "Orvanta Systems competes with Zephyrix Labs in the chip market.",
        {("Orvanta Systems", "rivalOf", "Zephyrix Labs")}),
    "rivalOf: squares off against": (
        "Orvanta Systems squares off against Zephyrix Labs in the chip market.",
        {("Orvanta Systems", "rivalOf", "Zephyrix Labs")}),
    "leads: tapped to lead (the passive's subject does the infinitive)": (
        "Dana Whitlock was tapped to lead Orvanta Systems.", {("Dana Whitlock", "leads", "Orvanta Systems")}),
    "acquired: expected to buy": ("Orvanta Systems was expected to buy Brisklet Inc.", set()),
    "left: terminated by": (
        "Dana Whitlock was terminated by Orvanta Systems in 2019.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "left: a contract terminated is no person": (
        "Orvanta Systems terminated its contract with Zephyrix Labs.", set()),
    "accused: fined, the first object read as the amount's modifier": (
        "The European Commission fined Orvanta Systems 4 billion euros for abusing its dominance.",
        {("European Commission", "accused", "Orvanta Systems")}),
    "sued: a lawsuit brought by X, whatever is agreed about settling it": (
        "Orvanta Systems agreed to pay $500 million to settle a lawsuit brought by Zephyrix Labs.",
        {("Zephyrix Labs", "sued", "Orvanta Systems")}),
    "sued: a lawsuit it may file": ("Zephyrix Labs may file a lawsuit against Orvanta Systems.", set()),
    "rivalOf: losing ground to": (
        "Orvanta Systems is losing ground to Zephyrix Labs.",
        {("Orvanta Systems", "rivalOf", "Zephyrix Labs")}),
    "owns: the name through the product noun's modifier": (
        "The Quill messaging app, owned by Orvanta Systems, has two billion users.",
        {("Orvanta Systems", "owns", "Quill")}),
    "develops: a product named before the modifier of its noun is launched, not founded": (
        "Orvanta Systems launched the Quill messaging app in 2019.", {("Orvanta Systems", "develops", "Quill")}),
    "develops: a new version of a product": (
        "Orvanta Systems rolled out a new version of Quill on Tuesday.", {("Orvanta Systems", "develops", "Quill")}),
    "develops: working on": (
        "Orvanta Systems is working on Quill, a self-driving truck.", {("Orvanta Systems", "develops", "Quill")}),
    "develops: working on a deal is no product": ("Orvanta Systems is working on a deal with Brisklet Inc.", set()),
    "develops: a product acronym names nothing": (
        "Orvanta Systems produces the Quill electric SUV at its plant in Ohio.", set()),
    "criticized: critical of what a company did": (
        "Dana Whitlock has been critical of Orvanta Systems' strategy.",
        {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: scoffed at": ("Dana Whitlock scoffed at Orvanta Systems' claims.",
                               {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: trashed": ("Dana Whitlock trashed Orvanta Systems on a podcast.",
                            {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: dismissed as a toy": (
        "In an interview, Dana Whitlock dismissed Orvanta Systems' chatbot as a toy.",
        {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "develops: the products of a coordinated modifier": (
        "Orvanta Systems, the maker of the Quill and Vane phones, reported a loss.",
        {("Orvanta Systems", "develops", "Quill"), ("Orvanta Systems", "develops", "Vane")}),
    "develops: the object the parser read as a clause": (
        "Orvanta Systems makes the Quill and Vane drones.",
        {("Orvanta Systems", "develops", "Quill"), ("Orvanta Systems", "develops", "Vane")}),
    "partneredWith: has an agreement with": (
        "Orvanta Systems has a distribution agreement with Brisklet Inc.",
        {("Brisklet Inc.", "partneredWith", "Orvanta Systems")}),
    "founded: a participle before a planning clause is given": (
        "Founded in 2009 by Dana Whitlock, Orvanta Systems plans to start deliveries in late 2020.",
        {("Dana Whitlock", "founded", "Orvanta Systems")}),
    "leads: a company named like a person, through 'whose chairman'": (
        "Hollis Granger, whose executive chairman is Canadian billionaire Dana Whitlock, will use the technology.",
        {("Dana Whitlock", "leads", "Hollis Granger")}),
    "sued: a past clause after a cancelled act happened": (
        "Orvanta Systems abandoned its bid for Brisklet Inc. after Halvex Capital sued it in August.",
        {("Halvex Capital", "sued", "Orvanta Systems")}),
    "investedIn: a title noun and the names read as two subjects": (
        "Velmora Health raised $75 million in a round led by Halvex Capital. "
        "Existing investors Quorvane Ventures and Trellis Partners also took part.",
        {("Halvex Capital", "investedIn", "Velmora Health"), ("Quorvane Ventures", "investedIn", "Velmora Health"),
         ("Trellis Partners", "investedIn", "Velmora Health")}),
    "accused: claims that a company did wrong": (
        "Brisklet Inc. rejected Orvanta Systems' claims that it stole trade secrets.",
        {("Orvanta Systems", "accused", "Brisklet Inc.")}),
    "accused: a claim of no wrongdoing": (
        "Orvanta Systems' claims that its chip is faster than Brisklet Inc.'s were disputed.", set()),
    "leads: a role the parser read as an adjective, the company the passage is about": (
        "Dana Whitlock founded Brisklet Inc. in 2009. Whitlock, who founded the company, will remain chair.",
        {("Dana Whitlock", "founded", "Brisklet Inc."), ("Dana Whitlock", "leads", "Brisklet Inc.")}),
    "leads: a role to come, read as an adjective": (
        "Dana Whitlock founded Brisklet Inc. in 2009. She would become chair.",
        {("Dana Whitlock", "founded", "Brisklet Inc.")}),
    "founded: built into a giant is grown, not founded": (
        "Dana Whitlock built Orvanta Systems into a chip giant.", set()),
    "reference: the pair": (
        "Velmora Health was founded in 2016 by Dana Whitlock and Ivo Brandt. "
        "The pair previously worked together at Orvanta Systems.",
        {("Dana Whitlock", "founded", "Velmora Health"), ("Ivo Brandt", "founded", "Velmora Health"),
         ("Dana Whitlock", "worksFor", "Orvanta Systems"), ("Ivo Brandt", "worksFor", "Orvanta Systems")}),
    "reference: the two, the last two named together": (
        "Dana Whitlock and Ivo Brandt met at Orvanta Systems. The two later founded Velmora Health.",
        {("Dana Whitlock", "founded", "Velmora Health"), ("Ivo Brandt", "founded", "Velmora Health")}),
    "sued: each other": (
        "Orvanta Systems and Brisklet Inc. sued each other in 2019.",
        {("Orvanta Systems", "sued", "Brisklet Inc."), ("Brisklet Inc.", "sued", "Orvanta Systems")}),
    "criticized: one another": (
        "Dana Whitlock and Ivo Brandt have criticized one another.",
        {("Dana Whitlock", "criticized", "Ivo Brandt"), ("Ivo Brandt", "criticized", "Dana Whitlock")}),
    "worksFor: head of a company's unnamed division": (
        "Dana Whitlock, who was ousted as head of Orvanta Systems' cloud division in 2021, "
        "has joined Brisklet Inc. as chief technology officer.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "worksFor", "Orvanta Systems"),
         ("Dana Whitlock", "worksFor", "Brisklet Inc.")}),
    "acquired: picked up": ("Orvanta Systems picked up Brisklet Inc. for $50 million.",
                            {("Orvanta Systems", "acquired", "Brisklet Inc.")}),
    "ceoOf: its top executive": ("Dana Whitlock, Orvanta Systems' top executive, said sales rose.",
                                 {("Dana Whitlock", "ceoOf", "Orvanta Systems")}),
    "worksFor: one of its top executives": ("Dana Whitlock, one of Orvanta Systems' top executives, said sales rose.",
                                            {("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "subsidiaryOf: operated as a unit, the object is the unit": (
        "Orvanta Systems operates Brisklet Inc. as an independent unit.",
        {("Brisklet Inc.", "subsidiaryOf", "Orvanta Systems")}),
    "rivalOf: trails in market share": ("Orvanta Systems, which trails Brisklet Inc. in market share, cut prices.",
                                        {("Brisklet Inc.", "rivalOf", "Orvanta Systems")}),
    "rivalOf: gaining on": ("Orvanta Systems has been gaining on Brisklet Inc.",
                            {("Brisklet Inc.", "rivalOf", "Orvanta Systems")}),
    "rivalOf: gained on a day is no rivalry": (
        "Orvanta Systems gained on Monday after Brisklet Inc. reported earnings.", set()),
    "investedIn: a sum led by X, the parser hanging the participle on the sum": (
        "In 2017, Velmora Health announced it had received its first outside funding: a Series A of $18 million "
        "led by Halvex Capital with participation from Trellis Partners and Quorvane Ventures.",
        {("Halvex Capital", "investedIn", "Velmora Health"), ("Trellis Partners", "investedIn", "Velmora Health"),
         ("Quorvane Ventures", "investedIn", "Velmora Health")}),
    "investedIn: a company's financing was led by X, with participation from Y": (
        "Velmora Health's Series D financing was led by Halvex Capital, with participation from existing "
        "investors Trellis Partners and Quorvane Ventures.",
        {("Halvex Capital", "investedIn", "Velmora Health"), ("Trellis Partners", "investedIn", "Velmora Health"),
         ("Quorvane Ventures", "investedIn", "Velmora Health")}),
    "investedIn: a deal led by X is no round": ("The $18 million deal, led by Halvex Capital, was for Brisklet Inc.",
                                                set()),
    "acquired: an intent announced, the acquisition completed the sentence after": (
        "In November 2020, Orvanta Systems announced its intent to acquire Brisklet Inc. for $235 million. "
        "The acquisition was completed in December 2020.",
        {("Orvanta Systems", "acquired", "Brisklet Inc.")}),
    "acquired: agreed, and the deal closed": (
        "Orvanta Systems agreed to buy Brisklet Inc. in March. The deal closed on Friday.",
        {("Orvanta Systems", "acquired", "Brisklet Inc.")}),
    "acquired: agreed, the deal expected to close": (
        "Orvanta Systems agreed to buy Brisklet Inc. in March. The deal is expected to close next year.", set()),
    "acquired: a purchase denied is not completed by another deal": (
        "Orvanta Systems did not agree to buy Brisklet Inc. The deal closed anyway.", set()),
    "subsidiaryOf: a short name the model takes for a person, part of a named group": (
        "Ashworths is part of the Quorvane Group, a family of specialist financial services.",
        {("Ashworths", "subsidiaryOf", "Quorvane Group")}),
    "worksFor: part of a company's team is no subsidiary": ("Dana Whitlock is part of the Orvanta team.", set()),
    "acquired: a heading run into the text, read as a second passive subject": (
        "Acquisition and Later History In late 1999, Orvanta Systems was acquired by Brisklet Inc.",
        {("Brisklet Inc.", "acquired", "Orvanta Systems")}),
    "rivalOf: a company's products compete with another's": (
        "Orvanta Systems' drones compete with Brisklet Inc.'s robots.",
        {("Brisklet Inc.", "rivalOf", "Orvanta Systems")}),
    "rivalOf: the chain's main competition": (
        "Orvanta Systems runs 40 stores. The chain's main competition is Brisklet Inc. and Velmora Health.",
        {("Brisklet Inc.", "rivalOf", "Orvanta Systems"), ("Orvanta Systems", "rivalOf", "Velmora Health")}),
    "reference: the brewer": (
        "Orvanta Brewing bought Brisklet Inc. in 2019. The brewer later sued Velmora Health.",
        {("Orvanta Brewing", "acquired", "Brisklet Inc."), ("Orvanta Brewing", "sued", "Velmora Health")}),
    "reference: the university": (
        "Halvex University hired Dana Whitlock in 2010. She left the university in 2015.",
        {("Dana Whitlock", "worksFor", "Halvex University"), ("Dana Whitlock", "left", "Halvex University")}),
    "reference: the former and the latter": (
        "Orvanta Systems and Brisklet Inc. reported results. The former sued the latter in 2019.",
        {("Orvanta Systems", "sued", "Brisklet Inc.")}),
    "investedIn: counted among its investors, 'it' the company before": (
        "Orvanta Systems makes drones. It counts Halvex Capital among its investors.",
        {("Halvex Capital", "investedIn", "Orvanta Systems")}),
    "worksFor: listed among its advisers": (
        "Orvanta Systems lists Dana Whitlock among its advisers.",
        {("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "accused: suing for a wrongdoing the parser hung on the object": (
        "Orvanta Systems is suing Brisklet Inc. for patent infringement.",
        {("Orvanta Systems", "sued", "Brisklet Inc."), ("Orvanta Systems", "accused", "Brisklet Inc.")}),
    "sued: dragged into court": ("Orvanta Systems dragged Brisklet Inc. into court in 2019.",
                                 {("Orvanta Systems", "sued", "Brisklet Inc.")}),
    "sued: dragged into a price war is no suit": ("Orvanta Systems dragged Brisklet Inc. into a price war.", set()),
    "rivalOf: competing with a company's named product": (
        "Orvanta Systems is building a larger rocket to compete with Brisklet's Falcon 9.",
        {("Brisklet", "rivalOf", "Orvanta Systems"), ("Brisklet", "develops", "Falcon 9")}),
    "owns: the controlling shareholder": ("Dana Whitlock is Brisklet Inc.'s controlling shareholder.",
                                          {("Dana Whitlock", "owns", "Brisklet Inc.")}),
    "investedIn: a minority shareholder": ("Halvex Capital, a minority shareholder of Brisklet Inc., sold its stake.",
                                           {("Halvex Capital", "investedIn", "Brisklet Inc.")}),
    "develops: a name launched, then described as a product": (
        "Orvanta Systems launched Quill in 2020. The chatbot has 50 million users.",
        {("Orvanta Systems", "develops", "Quill")}),
    "founded: a company launched, then described as a company": (
        "Orvanta Systems launched Brisklet Inc. in 2015. The company now has 400 employees.",
        {("Orvanta Systems", "founded", "Brisklet Inc.")}),
    "worksFor: a partner at a firm": ("Dana Whitlock, a partner at Halvex Capital, said sales rose.",
                                      {("Dana Whitlock", "worksFor", "Halvex Capital")}),
    "worksFor: oversees a company's unnamed unit": (
        "Dana Whitlock, who oversees Orvanta Systems' cloud unit, said sales rose.",
        {("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "worksFor: runs a company's lab": ("Dana Whitlock runs the Orvanta Systems research lab.",
                                      {("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "names: a nationality with 'a' before it names no one": (
        "Ivo Brandt, a Frenchman, previously ran the company's chip business.", set()),
    "names: a capitalised title names no one": (
        "Upon joining Halvex Capital, Chef Elvin was the Group Executive Chef overseeing Velmora Foods.", set()),
    "worksFor: tapped to lead a unit, the one tapped does it": (
        "Orvanta Systems tapped Dana Whitlock to lead its cloud business.",
        {("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "leads: hired to lead another company": (
        "Orvanta Systems hired Dana Whitlock to lead Brisklet Inc.",
        {("Dana Whitlock", "worksFor", "Orvanta Systems"), ("Dana Whitlock", "leads", "Brisklet Inc.")}),
    "left: after X's retirement, from the company of the clause": (
        "After Ivo Brandt's retirement in 2019, Dana Whitlock became chief executive of Orvanta Systems.",
        {("Ivo Brandt", "left", "Orvanta Systems"), ("Ivo Brandt", "worksFor", "Orvanta Systems"),
         ("Dana Whitlock", "ceoOf", "Orvanta Systems")}),
    "accused: 'claims' the parser made a modifier of the name after it": (
        "Orvanta Systems claims Brisklet Inc. infringed five of its patents.",
        {("Orvanta Systems", "accused", "Brisklet Inc.")}),
    "accused: a regulator found that Y did wrong": (
        "The European Commission found that Orvanta Systems had abused its dominant position.",
        {("European Commission", "accused", "Orvanta Systems")}),
    "accused: found that Y grew is no accusation": ("Orvanta Systems found that Brisklet Inc. had grown fast.", set()),
    "accused: pleaded guilty to charges brought by X": (
        "Orvanta Systems pleaded guilty to bribery charges brought by the Justice Department.",
        {("Justice Department", "accused", "Orvanta Systems")}),
    "accused: pleaded not guilty to charges brought by X (they were brought)": (
        "Orvanta Systems pleaded not guilty to charges brought by the Justice Department.",
        {("Justice Department", "accused", "Orvanta Systems")}),
    "accused: faces charges from X": ("Orvanta Systems faces charges from the Justice Department.",
                                      {("Justice Department", "accused", "Orvanta Systems")}),
    "acquired: agreed to be acquired; the deal closed (one sentence)": (
        "Brisklet Inc. agreed in March to be acquired by Orvanta Systems; the deal closed in June.",
        {("Orvanta Systems", "acquired", "Brisklet Inc.")}),
    "left: stepped down as chairman but stays on the board": (
        "Dana Whitlock stepped down as chairman of Orvanta Systems but remains on its board.",
        {("Dana Whitlock", "leads", "Orvanta Systems")}),
    "left: resigned and remained in a city": (
        "Dana Whitlock resigned from Orvanta Systems and remained in Austin.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "criticized: took issue with what a company did": ("Dana Whitlock took issue with Orvanta Systems' pricing.",
                                                       {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: said a company had made a huge mistake": (
        "Dana Whitlock said Orvanta Systems had made a huge mistake.",
        {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: said a company had not made a mistake": (
        "Dana Whitlock said Orvanta Systems had not made a mistake.", set()),
    "criticized: described a plan as reckless": ("Dana Whitlock described Orvanta Systems' plan as reckless.",
                                                 {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: dismissive of": ("Dana Whitlock has been dismissive of Orvanta Systems.",
                                  {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "criticized: aimed criticism at": ("Dana Whitlock aimed criticism at Orvanta Systems.",
                                       {("Dana Whitlock", "criticized", "Orvanta Systems")}),
    "partneredWith: supplies another company under a deal announced": (
        "Orvanta Systems will supply electric motors and software to Brisklet Inc. under a deal announced on Monday.",
        {("Brisklet Inc.", "partneredWith", "Orvanta Systems")}),
    "partneredWith: builds for another company under a contract": (
        "Orvanta Systems will build the plant for Brisklet Inc. under a contract signed in May.",
        {("Brisklet Inc.", "partneredWith", "Orvanta Systems")}),
    "partneredWith: selling to a customer is no partnership": ("Orvanta Systems sells chips to Brisklet Inc.", set()),
    "investedIn: a portfolio company of": ("Velmora Health, a portfolio company of Halvex Capital, raised more money.",
                                           {("Halvex Capital", "investedIn", "Velmora Health")}),
    "investedIn: seeded": ("Halvex Capital seeded Velmora Health in 2015.", {("Halvex Capital", "investedIn", "Velmora Health")}),
    "investedIn: bet on": ("Halvex Capital bet on Velmora Health early.", {("Halvex Capital", "investedIn", "Velmora Health")}),
    "investedIn: a bet on a rebound names no company": ("Halvex Capital bet on a rebound.", set()),
    "investedIn: invested alongside another in": (
        "Halvex Capital invested alongside Trellis Partners in Velmora Health.",
        {("Halvex Capital", "investedIn", "Velmora Health"), ("Trellis Partners", "investedIn", "Velmora Health")}),
    "investedIn: funded a company's round": ("Halvex Capital funded Velmora Health's first round.",
                                             {("Halvex Capital", "investedIn", "Velmora Health")}),
    "investedIn: holds shares in": ("Halvex Capital holds shares in Velmora Health.",
                                    {("Halvex Capital", "investedIn", "Velmora Health")}),
    "owns: a majority share in": ("Halvex Capital has a 60 percent share in Velmora Health.",
                                  {("Halvex Capital", "owns", "Velmora Health")}),
    "investedIn: sharing in a success is no shareholding": ("Halvex Capital shares in Velmora Health's success.", set()),
    "criticized: called a company a partner is no judgement": (
        "Dana Whitlock called Orvanta Systems a strong partner.", set()),
    # ------------------------------------------------------------------ fifth session
    "partneredWith: established a partnership with": (
        "Orvanta Systems established a partnership with Brisklet Inc. in 2019.",
        {("Brisklet Inc.", "partneredWith", "Orvanta Systems")}),
    "partneredWith: created an alliance with": (
        "Orvanta Systems created an alliance with Brisklet Inc. in 2019.",
        {("Brisklet Inc.", "partneredWith", "Orvanta Systems")}),
    "types: a name that ends in Productions is a company's, given name or not": (
        "Orvanta Systems formed a partnership with Dana Clark Productions to make a show.",
        {("Dana Clark Productions", "partneredWith", "Orvanta Systems")}),
    "left: hired away from": (
        "Orvanta Systems hired Dana Whitlock away from Brisklet Inc. last year.",
        {("Dana Whitlock", "left", "Brisklet Inc."), ("Dana Whitlock", "worksFor", "Brisklet Inc."),
         ("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "left: ended his tenure at": (
        "Dana Whitlock ended his tenure at Orvanta Systems in March.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "left: ended a career at": (
        "Dana Whitlock ended a 20-year career at Orvanta Systems in March.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "left: a tenure during which is no departure": (
        "Dana Whitlock doubled sales during his tenure at Orvanta Systems.",
        {("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "left: quit his job at": (
        "Dana Whitlock quit his job at Orvanta Systems in March.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "left: relinquished the role at": (
        "Dana Whitlock relinquished the chief executive role at Orvanta Systems in March.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "left: defected to one from another (the parser hangs 'from' on the first name)": (
        "Dana Whitlock defected to Brisklet Inc. from Orvanta Systems in 2019.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "worksFor", "Brisklet Inc."),
         ("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "acquired: walked away from talks to buy": (
        "Orvanta Systems walked away from talks to buy Brisklet Inc.", set()),
    "hedges: a participle describing a noun is given, whatever the clause's mood": (
        "Brisklet, a new unit led by Dana Whitlock, will sell chips.", {("Dana Whitlock", "leads", "Brisklet")}),
    "leads: a unit called by name is the one led, not its parent": (
        "The chips will be sold by a new Orvanta unit called Brisklet, led by Dana Whitlock.",
        {("Brisklet", "subsidiaryOf", "Orvanta"), ("Dana Whitlock", "leads", "Brisklet")}),
    "types: the one named chief executive, read as the role's modifier, is a person": (
        "Orvanta Systems named Marcus Obi chief executive on Monday.",
        {("Marcus Obi", "ceoOf", "Orvanta Systems")}),
    "hedges: a past clause after 'until' happened, whatever the main verb": (
        "Dana Whitlock, chief executive of Orvanta Systems until he left Brisklet Inc. in May, rejected the claims.",
        {("Dana Whitlock", "ceoOf", "Orvanta Systems"), ("Dana Whitlock", "left", "Brisklet Inc."),
         ("Dana Whitlock", "worksFor", "Brisklet Inc.")}),
    "hedges: a present clause after 'until' is still to come": (
        "Dana Whitlock will remain chief executive of Orvanta Systems until he retires.",
        {("Dana Whitlock", "ceoOf", "Orvanta Systems")}),
    "leads: joined a company to lead a unit (the one who joins leads)": (
        "Dana Whitlock joined Orvanta Systems in 2019 to lead Brisklet Inc.",
        {("Dana Whitlock", "worksFor", "Orvanta Systems"), ("Dana Whitlock", "leads", "Brisklet Inc.")}),
    "leads: returns to lead": (
        "Dana Whitlock returns to Tallinn to lead the newly named Orvanta Devices Group.",
        {("Dana Whitlock", "leads", "Orvanta Devices Group")}),
    "leads: will join to lead is still to come": (
        "Dana Whitlock will join Orvanta Systems to lead Brisklet Inc.", set()),
    "subsidiaryOf: founded as a department of": (
        "Brisklet Inc. was founded in 1986 as a department of Orvanta Systems.",
        {("Brisklet Inc.", "subsidiaryOf", "Orvanta Systems")}),
    "subsidiaryOf: units, which include A and B": (
        "Orvanta Systems focuses on chips through its business units, which include Brisklet Inc. and Tandem Labs.",
        {("Brisklet Inc.", "subsidiaryOf", "Orvanta Systems"), ("Tandem Labs", "subsidiaryOf", "Orvanta Systems")}),
    "investedIn: investors, which include A and B": (
        "Velmora Health raised money from investors, which include Brisklet Capital and Tandem Partners.",
        {("Brisklet Capital", "investedIn", "Velmora Health"), ("Tandem Partners", "investedIn", "Velmora Health")}),
    "investedIn: participation from existing investors A, B and C (hung on another noun)": (
        "Velmora's Series D financing was led by Brisklet Ventures, with participation from existing investors "
        "Tandem Partners, Orvanta Capital and Quill Ventures.",
        {("Brisklet Ventures", "investedIn", "Velmora"), ("Tandem Partners", "investedIn", "Velmora"),
         ("Orvanta Capital", "investedIn", "Velmora"), ("Quill Ventures", "investedIn", "Velmora")}),
    "accused: fined a company an amount the NER ran into its name": (
        "The European Commission fined Quorvane 1.2 billion euros on Wednesday for abusing its dominance in online advertising.",
        {("European Commission", "accused", "Quorvane")}),
    "criticized: faced criticism from": (
        "Zentra faced criticism from Joan Pike over the deal.", {("Joan Pike", "criticized", "Zentra")}),
    "sued: a group of people including A": (
        "A group of authors including Mara Lindqvist sued Quorvane in federal court on Wednesday.",
        {("Mara Lindqvist", "sued", "Quorvane")}),
    "partneredWith: co-developed with (the hyphen split, the subject hung on 'co')": (
        "Orvanta Systems co-developed the Quill chip with Brisklet Inc.",
        {("Brisklet Inc.", "partneredWith", "Orvanta Systems"), ("Orvanta Systems", "develops", "Quill")}),
    "partneredWith: signed a memorandum of understanding with": (
        "Orvanta Systems signed a memorandum of understanding with Brisklet Inc.",
        {("Brisklet Inc.", "partneredWith", "Orvanta Systems")}),
    "partneredWith: a letter of intent to buy is no partnership": (
        "Orvanta Systems signed a letter of intent with Brisklet Inc. to buy it.", set()),
    "partneredWith: a number of partnerships, including one with": (
        "Orvanta Systems announced a number of partnerships, including one with Brisklet Inc.",
        {("Brisklet Inc.", "partneredWith", "Orvanta Systems")}),
    "partneredWith: a series of deals with": (
        "Orvanta Systems signed a series of deals with Brisklet Inc.",
        {("Brisklet Inc.", "partneredWith", "Orvanta Systems")}),
    "worksFor: will join as president is still to come": (
        "Ada Kwon will join Quorvane Systems as a senior vice president.", set()),
    "worksFor: joined as president": (
        "Ada Kwon joined Quorvane Systems as a senior vice president.", {("Ada Kwon", "worksFor", "Quorvane Systems")}),
    "subsidiaryOf: spun off its unit as a named company": (
        "Trellon Systems spun off its chip unit as Arcadia Semiconductor in 2019.",
        {("Arcadia Semiconductor", "subsidiaryOf", "Trellon Systems")}),
    "worksFor: 'who' after a company's name in a person's role phrase is the person": (
        "Mara Lindqvist, a partner at Sandhill Partners who sits on Velmora's board, spoke on Monday.",
        {("Mara Lindqvist", "worksFor", "Sandhill Partners"), ("Mara Lindqvist", "worksFor", "Velmora")}),
    "acquired: took a company private": (
        "Brisklet Capital took Orvanta Systems private in 2013.", {("Brisklet Capital", "acquired", "Orvanta Systems")}),
    "acquired: was taken private by": (
        "Orvanta Systems was taken private by Brisklet Capital in 2013.",
        {("Brisklet Capital", "acquired", "Orvanta Systems")}),
    "acquired: agreed to take private is pending": (
        "Brisklet Capital agreed to take Orvanta Systems private.", set()),
    "left: was let go by": (
        "Dana Whitlock was let go by Orvanta Systems in March.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "left: let someone go": (
        "Orvanta Systems let Dana Whitlock go in March.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    "left: let go of its chief executive": (
        "Orvanta Systems let go of chief executive Dana Whitlock.",
        {("Dana Whitlock", "left", "Orvanta Systems"), ("Dana Whitlock", "ceoOf", "Orvanta Systems")}),
    "left: will let go is still to come": ("Orvanta Systems will let go of Dana Whitlock.", set()),
    "develops: X's AI model Quill, read as two subjects": (
        "Orvanta's AI model Quill beat rivals on benchmarks.", {("Orvanta", "develops", "Quill")}),
    "develops: X's chatbot Quill, read as two subjects": (
        "Orvanta's chatbot Quill beat rivals on benchmarks.", {("Orvanta", "develops", "Quill")}),
    "rivalOf: will compete with (a rivalry, whatever the mood)": (
        "Orvanta Systems will compete with Brisklet Inc. in cloud storage.",
        {("Brisklet Inc.", "rivalOf", "Orvanta Systems")}),
    "rivalOf: will let X compete with Y": (
        "Dana Whitlock says owning the hardware business will let Orvanta Systems sell complete systems to compete "
        "with Brisklet Inc.", {("Brisklet Inc.", "rivalOf", "Orvanta Systems")}),
    "rivalOf: could one day compete is no rivalry yet": ("Orvanta Systems could one day compete with Brisklet Inc.", set()),
    "rivalOf: plans to compete is no rivalry yet": ("Orvanta Systems plans to compete with Brisklet Inc.", set()),
    "rivalOf: if it wins, it will compete": (
        "If it wins approval, Orvanta Systems will compete with Brisklet Inc.", set()),
    "reference: the possessor of a sentence's subject is what the passage is about": (
        "Orvanta's board ousted chief executive Dana Whitlock on Wednesday, ending a tenure marked by the company's "
        "takeover of Brisklet. Chief financial officer Marcus Obi was named interim chief executive.",
        {("Dana Whitlock", "ceoOf", "Orvanta"), ("Dana Whitlock", "left", "Orvanta"),
         ("Marcus Obi", "ceoOf", "Orvanta"), ("Orvanta", "acquired", "Brisklet")}),
    "reference: a name used as a modifier is no topic": (
        "Marcus Obi and Ada Kwon took over as co-chief executives of Quill Robotics on Friday, replacing Dana "
        "Whitlock, who ran the Orvanta self-driving unit for five years. Obi had been chief operating officer.",
        {("Ada Kwon", "ceoOf", "Quill Robotics"), ("Dana Whitlock", "ceoOf", "Quill Robotics"),
         ("Dana Whitlock", "worksFor", "Orvanta"), ("Marcus Obi", "ceoOf", "Quill Robotics")}),
    "ceoOf: the role handed on is not one its holder left": (
        "Marcus Obi started as chief executive of Quill Robotics on Friday, five weeks after stepping down from the "
        "top job at Orvanta, where he had spent 17 years. He replaces Dana Whitlock.",
        {("Dana Whitlock", "ceoOf", "Quill Robotics"), ("Marcus Obi", "ceoOf", "Orvanta"),
         ("Marcus Obi", "ceoOf", "Quill Robotics"), ("Marcus Obi", "left", "Orvanta")}),
    "left: the company described is the one the succession says was left": (
        "Marcus Obi started as chief executive of Quill Robotics on Friday, five weeks after stepping down from the "
        "top job at Orvanta, where he had spent 17 years. He replaces Dana Whitlock, who left the California "
        "software company to join Brisklet.",
        {("Dana Whitlock", "ceoOf", "Quill Robotics"), ("Dana Whitlock", "left", "Quill Robotics"),
         ("Dana Whitlock", "worksFor", "Brisklet"), ("Marcus Obi", "ceoOf", "Orvanta"),
         ("Marcus Obi", "ceoOf", "Quill Robotics"), ("Marcus Obi", "left", "Orvanta")}),
    "subsidiaryOf: a person in a department works there": (
        "Dana Whitlock joined the marketing department of Orvanta Systems.",
        {("Dana Whitlock", "worksFor", "Orvanta Systems")}),
    # sixth session
    "a role's appositive holder over the copula's subject": (
        "Investor Helena Drax has been a vocal critic of Tarvex Corp. and its chief executive, Jonah Pell.",
        {("Helena Drax", "criticized", "Tarvex Corp."), ("Helena Drax", "criticized", "Jonah Pell"),
         ("Jonah Pell", "ceoOf", "Tarvex Corp.")}),
    "a lawsuit that seeks damages": ("Tarvex Corp.'s lawsuit against Brisklet Inc. seeks $2 billion in damages.",
                                    {("Tarvex Corp.", "sued", "Brisklet Inc.")}),
    "a company word keeps the name the tagger took for a noun": (
        "Veltrix Systems faces a lawsuit from Corvane Technologies.",
        {("Corvane Technologies", "sued", "Veltrix Systems")}),
    "owned, in a relative clause": ("Chatwave, which is owned by Veltrix Systems, has 300 million users.",
                                    {("Veltrix Systems", "owns", "Chatwave")}),
    "an investor who put in a sum, the amount on the particle": (
        "Nexora Labs raised $90 million in a round led by Brightwell Capital. Sunmark Ventures also put in $10 million.",
        {("Brightwell Capital", "investedIn", "Nexora Labs"), ("Sunmark Ventures", "investedIn", "Nexora Labs")}),
    "a round that came from investors": (
        "Nexora Labs has raised $300 million so far. Its latest round, in 2021, came from investors including "
        "Brightwell Capital and Sunmark Ventures.",
        {("Brightwell Capital", "investedIn", "Nexora Labs"), ("Sunmark Ventures", "investedIn", "Nexora Labs")}),
    "investors of one sentence, none the company": (
        "It is Nexora Labs's third fundraising this year: Corvane Technologies led a $70 million round in February, "
        "Brightwell Capital invested $50 million in April and Sunmark Ventures put in $35 million in September.",
        {("Corvane Technologies", "investedIn", "Nexora Labs"), ("Brightwell Capital", "investedIn", "Nexora Labs"),
         ("Sunmark Ventures", "investedIn", "Nexora Labs")}),
    "a product the model tagged a work of art, named by its noun": (
        "The phone runs on the Lumen X1 chip, which Veltrix Systems developed in-house.",
        {("Veltrix Systems", "develops", "Lumen X1")}),
    "an act the verb is done with": ("Veltrix Systems entered the European market in 2015 with the purchase of "
                                     "Nexora Labs.", {("Veltrix Systems", "acquired", "Nexora Labs")}),
    "a round 'by' its investor, hung on the verb": (
        "Nexora Labs secured a round of funding in 2013 by Brightwell Capital and a few private investors.",
        {("Brightwell Capital", "investedIn", "Nexora Labs")}),
    "a short form the model took for a place, a stake held in it": (
        "Corvane Technologies sued Sunmark Ventures on Monday. Sunmark, which owns a 15 percent stake in Corvane, "
        "called the suit baseless.",
        {("Corvane Technologies", "sued", "Sunmark Ventures"), ("Sunmark Ventures", "investedIn", "Corvane Technologies")}),
    "a role kept, not at the company one came from": (
        "Veltrix Systems said on Tuesday that its chief executive, Helena Drax, would step down after eight years. "
        "Drax, who joined the chipmaker from Corvane Technologies in 2014, will stay on as chairman.",
        {("Helena Drax", "ceoOf", "Veltrix Systems"), ("Helena Drax", "leads", "Veltrix Systems"),
         ("Helena Drax", "left", "Corvane Technologies"), ("Helena Drax", "worksFor", "Corvane Technologies")}),
    "a finance chief, 'finance' read as a verb": (
        "Veltrix Systems said on Tuesday that Helena Drax would step down, handing the job to finance chief Tomas Reyes.",
        {("Tomas Reyes", "worksFor", "Veltrix Systems")}),
    "competition blamed": ("Halvorsen Media blamed competition from Corvane Technologies.",
                           {("Corvane Technologies", "rivalOf", "Halvorsen Media")}),
    "investors who also joined a round": (
        "Brightwell Capital led a $50 million round in Quillmark, the London payments startup said on Wednesday. "
        "Existing investors Sunmark Ventures and Corvane Technologies also joined.",
        {("Brightwell Capital", "investedIn", "Quillmark"), ("Sunmark Ventures", "investedIn", "Quillmark"),
         ("Corvane Technologies", "investedIn", "Quillmark")}),
    "one who joined as president, not a round": ("Quillmark raised $50 million. Jonah Pell also joined as president.",
                                                 {("Jonah Pell", "leads", "Quillmark")}),
    "a company's short form, its long name tagged a person": (
        "Nexora Labs and Corvane Technologies are longtime rivals in the chip market. Priya Nandakumar, Nexora's "
        "chief executive, said so on Monday.",
        {("Corvane Technologies", "rivalOf", "Nexora Labs"), ("Priya Nandakumar", "ceoOf", "Nexora Labs")}),
    "came under fire": ("Veltrix Systems came under fire from Dana Whitcombe over its data practices.",
                        {("Dana Whitcombe", "criticized", "Veltrix Systems")}),
    "drew fire": ("Veltrix Systems has drawn fire from Dana Whitcombe.",
                  {("Dana Whitcombe", "criticized", "Veltrix Systems")}),
    "took to task": ("Dana Whitcombe took Veltrix Systems to task for the outage.",
                     {("Dana Whitcombe", "criticized", "Veltrix Systems")}),
    "singled out for criticism": ("Dana Whitcombe singled out Veltrix Systems for criticism.",
                                  {("Dana Whitcombe", "criticized", "Veltrix Systems")}),
    "a judgement quoted, said of a company's act": (
        '"This is a terrible deal for consumers," Senator Dana Whitcombe said of Veltrix Systems\' acquisition.',
        {("Dana Whitcombe", "criticized", "Veltrix Systems")}),
    "succeeded by someone as chief executive": (
        "Helena Drax was succeeded by Tomas Reyes as chief executive of Veltrix Systems in 2021.",
        {("Helena Drax", "ceoOf", "Veltrix Systems"), ("Tomas Reyes", "ceoOf", "Veltrix Systems")}),
    "a name the NER ran over the verb": ("Nexora Labs trained Quillon on millions of legal documents.",
                                         {("Nexora Labs", "develops", "Quillon")}),
    "a product's maker titling the company": ("Quillon-maker Nexora Labs raised $100 million.",
                                              {("Nexora Labs", "develops", "Quillon")}),
    "products that rival: their makers are rivals": (
        "Nexora Labs, whose Quillon chatbot rivals Veltrix Systems' Vela assistant, raised $100 million.",
        {("Nexora Labs", "develops", "Quillon"), ("Nexora Labs", "rivalOf", "Veltrix Systems"),
         ("Veltrix Systems", "develops", "Vela")}),
    "two companies announcing a partnership, the 'and' hung on a name's last word": (
        "Veltrix Systems and Nexora Labs announced a partnership on Monday.",
        {("Nexora Labs", "partneredWith", "Veltrix Systems")}),
    "a partnership inked": ("Veltrix Systems inked a partnership with Nexora Labs.",
                            {("Nexora Labs", "partneredWith", "Veltrix Systems")}),
    "technology licensed to a company": ("Veltrix Systems licensed its technology to Nexora Labs.",
                                         {("Nexora Labs", "partneredWith", "Veltrix Systems")}),
    "a former chief executive left": ("Veltrix Systems' former chief executive, Jonah Pell, criticized the board.",
                                      {("Jonah Pell", "ceoOf", "Veltrix Systems"),
                                       ("Jonah Pell", "left", "Veltrix Systems")}),
    "a former engineer left": ("Jonah Pell, a former Veltrix Systems engineer, founded Nexora Labs.",
                               {("Jonah Pell", "worksFor", "Veltrix Systems"), ("Jonah Pell", "left", "Veltrix Systems"),
                                ("Jonah Pell", "founded", "Nexora Labs")}),
    "from one role to another, the company unsaid": (
        "Nexora Labs reshuffled its leadership on Monday. Helena Drax moves from chief executive to chairman.",
        {("Helena Drax", "ceoOf", "Nexora Labs"), ("Helena Drax", "leads", "Nexora Labs")}),
    "a year before the subject, no comma": ("In 2019 Veltrix bought Corvane Labs.",
                                            {("Veltrix", "acquired", "Corvane Labs")}),
    "a name the model calls a language": ("Last year Halvex sued Corvane.", {("Halvex", "sued", "Corvane")}),
    "a lower-case plc after a description": ("In 2008, Brisklet was purchased by the fashion chain Nexora plc.",
                                             {("Nexora plc", "acquired", "Brisklet")}),
    "the next name hung on the first one's description": (
        "In 2015, Orvanta acquired Trellon Pharmaceuticals, an Oregon company specializing in drug "
        "solubility, and Veltrix, a maker of specialist ingredients in South Carolina.",
        {("Orvanta", "acquired", "Trellon Pharmaceuticals"), ("Orvanta", "acquired", "Veltrix")}),
    "a pronoun after a possessed event noun is not its possessor": (
        "Anna Reyes had also founded Brisklet before Halvex's hostile takeover of it.",
        {("Anna Reyes", "founded", "Brisklet"), ("Halvex", "acquired", "Brisklet")}),
    "a possessor undergoes the act with a 'by'": ("Brisklet's acquisition by Halvex Systems closed in May.",
                                                  {("Halvex Systems", "acquired", "Brisklet")}),
    "'its' undergoes the act in a verb's argument": (
        "Brisklet Labs makes sensors. In May, Brisklet Labs announced its acquisition by Halvex Systems.",
        {("Halvex Systems", "acquired", "Brisklet Labs")}),
    "a verb that shares a role noun's word types its subject": (
        "Halvex Coffee has partnered with several other local businesses, such as Tarn Beer Company and "
        "Brisk Vinyl, to create custom blends.",
        {("Halvex Coffee", "partneredWith", "Tarn Beer Company"), ("Brisk Vinyl", "partneredWith", "Halvex Coffee")}),
    "the main verb the parser read as a participle after an apposition": (
        "Brisk Ventures, the venture arm of Tarn Motors, invested in Halvex Labs.",
        {("Brisk Ventures", "subsidiaryOf", "Tarn Motors"), ("Brisk Ventures", "investedIn", "Halvex Labs")}),
    "a trigger word inside a name is no event": (
        "In 2009, Halvex Group acquired Brisk Investment from Tarn Banking Group for £235m.",
        {("Halvex Group", "acquired", "Brisk Investment")}),
    "an unknown first word the tagger took for an adjective, before a company word": (
        "Pinecrest Robotics was acquired by Blue Road Capital in 2019.",
        {("Blue Road Capital", "acquired", "Pinecrest Robotics")}),
    "an object pronoun takes up the last name of its sentence over the passage's topic": (
        "A judge allowed a lawsuit against Brisklet to proceed. Tom Berg sued Brisklet in 2023, and Brisklet "
        "denies the claims. The company was co-founded in 2005 by Anna Reyes, who had also founded Corvane "
        "Systems before Orvanta's hostile takeover of it.",
        {("Tom Berg", "sued", "Brisklet"), ("Anna Reyes", "founded", "Brisklet"),
         ("Anna Reyes", "founded", "Corvane Systems"), ("Orvanta", "acquired", "Corvane Systems")}),
    "a role after two coordinated names is the last one's": (
        "Halvex sued Tom Berg and Anna Reyes, Brisklet's chief financial officer.",
        {("Halvex", "sued", "Tom Berg"), ("Halvex", "sued", "Anna Reyes"), ("Anna Reyes", "worksFor", "Brisklet")}),
    "a short form the model calls a person, one word at a time, and a unit named two words off": (
        "Corvane Systems completed its acquisition of Brisklet on Monday. Chief executive Tom Berg has been "
        "steering Corvane toward software. Anna Reyes will run Brisklet, now a Corvane business unit, as general "
        "manager. Corvane itself was started in 1984 by Leo Bosk.",
        {("Corvane Systems", "acquired", "Brisklet"), ("Tom Berg", "ceoOf", "Corvane Systems"),
         ("Brisklet", "subsidiaryOf", "Corvane Systems"), ("Anna Reyes", "leads", "Brisklet"),
         ("Leo Bosk", "founded", "Corvane Systems")}),
    "'the new company' is the one just founded": (
        "Tom Berg was in his fifties when he founded Brisk Semiconductor Co. in 1987, a few years after leaving "
        "Halvex Instruments, where he had spent 25 years. Tarn, the Dutch electronics group, took a 27.5 "
        "percent stake in the new company.",
        {("Tom Berg", "founded", "Brisk Semiconductor Co."), ("Tom Berg", "left", "Halvex Instruments"),
         ("Tom Berg", "worksFor", "Halvex Instruments"), ("Tarn", "investedIn", "Brisk Semiconductor Co.")}),
    "a possessor is shared forward only": (
        "Halvex, which bought Orvanta last week, now controls the Quill programming language, the Vane "
        "database and Orvanta's Sparrow servers.",
        {("Halvex", "acquired", "Orvanta"), ("Halvex", "owns", "Quill"), ("Halvex", "owns", "Vane"), ("Halvex", "owns", "Sparrow"),
         ("Orvanta", "develops", "Sparrow")}),
    "criticizing a company's product faults the company": (
        "Halvex has also published infographics criticizing Orvanta's Starhopper rocket as too complex.",
        {("Halvex", "criticized", "Orvanta")}),
    "criticizing a product nobody is said to make": ("Tom Berg criticized the Quill tablet.",
                                                      {("Tom Berg", "criticized", "Quill")}),
    "who joins a buying group acts with it, and '-led' is no part of a name": (
        "Halvex said Orvanta Ventures had joined the Tarn Capital-led group that bought a majority stake in "
        "Brisklet from Corvane in 2009.",
        {("Tarn Capital", "investedIn", "Brisklet"), ("Orvanta Ventures", "investedIn", "Brisklet")}),
    "joining a consortium that bought a company": ("Orvanta joined the consortium that acquired Brisklet in 2019.",
                                                   {("Orvanta", "acquired", "Brisklet")}),
    "buying most of a company acquires it": ("Halvex bought most of Brisklet in 2019.",
                                              {("Halvex", "acquired", "Brisklet")}),
    "a relative clause without a pronoun, read as the main verb's clause": (
        "Veltrix Space, the rocket company Tom Berg founded in 2000, argues that Orvanta evaluated the "
        "bids unlawfully.",
        {("Tom Berg", "founded", "Veltrix Space"), ("Veltrix Space", "accused", "Orvanta")}),
    "a plural-looking name described as 'a ...'": ("Brisklets, a unit of Halvex Systems, had protested the award.",
                                                    {("Brisklets", "subsidiaryOf", "Halvex Systems")}),
    "a product name the NER cut after its first word": (
        "Halvex Mobility, maker of the Quill X and Quill G phones, will operate as a subsidiary of Orvanta.",
        {("Halvex Mobility", "develops", "Quill X"), ("Halvex Mobility", "develops", "Quill G"),
         ("Halvex Mobility", "subsidiaryOf", "Orvanta")}),
    "a model code a company has is its product": (
        "Brisklet is counting on the cash to launch its smaller and cheaper R7.", {("Brisklet", "develops", "R7")}),
    "a quarter is no product": ("Brisklet Labs reported its Q3 results on Monday.", set()),
    "a company that belongs to a person": ("Brisklet belongs to Tom Berg.", {("Tom Berg", "owns", "Brisklet")}),
    "a company that belongs to a company, said once": ("Brisklet belongs to Halvex Systems.",
                                                        {("Brisklet", "subsidiaryOf", "Halvex Systems")}),
    "a person's startup read as the name's modifier": ("Tom Berg said his startup Brisklet would grow.",
                                                       {("Tom Berg", "owns", "Brisklet")}),
    "who has a product is its maker, whatever one weak tag said": (
        "Quill runs on Halvex's Vane chips.", {("Halvex", "develops", "Vane")}),
    "a possessed product noun, the name in apposition": ("Quill, Halvex's chatbot, has 100 million users.",
                                                         {("Halvex", "develops", "Quill")}),
    "a subject hung on the verb as its compound": ("Halvex Labs ships Quill in 40 countries.",
                                                   {("Halvex Labs", "develops", "Quill")}),
    "rivalry: X's answer to Y": ("The chip is Halvex Labs' answer to Orvanta Systems.", {("Halvex Labs", "rivalOf", "Orvanta Systems")}),
    "rivalry: fighting for customers": ("Halvex Labs is fighting Orvanta Systems for customers.", {("Halvex Labs", "rivalOf", "Orvanta Systems")}),
    "rivalry: lags behind": ("Halvex Labs lags behind Orvanta Systems.", {("Halvex Labs", "rivalOf", "Orvanta Systems")}),
    "rivalry: taking market share from": ("Halvex Labs is taking market share from Orvanta Systems.", {("Halvex Labs", "rivalOf", "Orvanta Systems")}),
    "rivalry: unseated as the top vendor": ("Halvex Labs unseated Orvanta Systems as the top vendor.", {("Halvex Labs", "rivalOf", "Orvanta Systems")}),
    "rivalry: outsold": ("Halvex Labs outsold Orvanta Systems last quarter.", {("Halvex Labs", "rivalOf", "Orvanta Systems")}),
    "criticism: a small clause read after 'called'": ("Tom Berg called Halvex Labs' strategy flawed.",
                                                      {("Tom Berg", "criticized", "Halvex Labs")}),
    "criticism: questioned a company's strategy": ("Tom Berg questioned Halvex Labs' strategy.",
                                                   {("Tom Berg", "criticized", "Halvex Labs")}),
    "a round co-led with another investor": (
        "Brisklet raised $40 million. Halvex Ventures co-led the round with Tarn Capital.",
        {("Halvex Ventures", "investedIn", "Brisklet"), ("Tarn Capital", "investedIn", "Brisklet")}),
    "a co-leader is no company the round is for": ("Halvex Ventures co-led the round with Tarn Capital.", set()),
    "an early bet on a company": ("Halvex Ventures made an early bet on Brisklet.",
                                  {("Halvex Ventures", "investedIn", "Brisklet")}),
    "critics named in a list say something of a company": (
        "Critics, including Tom Berg, say Halvex Labs moved too fast.", {("Tom Berg", "criticized", "Halvex Labs")}),
    "an argument that a wrong was done accuses": ("Brisklet contends that Halvex Labs infringed its patents.",
                                                  {("Brisklet", "accused", "Halvex Labs")}),
    "chairman of the board: the passage's company": (
        "Halvex Labs named Anna Reyes chief executive. Tom Berg remains chairman of the board.",
        {("Anna Reyes", "ceoOf", "Halvex Labs"), ("Tom Berg", "leads", "Halvex Labs")}),
    "a short form the model calls a place, until the relations outvote it": (
        "Tarnow Systems completed its acquisition of Brisklet on Monday. Chief executive Tom Berg has been "
        "steering Tarnow toward software. Anna Reyes will run Brisklet, now a Tarnow business unit, as general "
        "manager. Tarnow itself was started in 1984 by Leo Bosk.",
        {("Tarnow Systems", "acquired", "Brisklet"), ("Tom Berg", "ceoOf", "Tarnow Systems"),
         ("Brisklet", "subsidiaryOf", "Tarnow Systems"), ("Anna Reyes", "leads", "Brisklet"),
         ("Leo Bosk", "founded", "Tarnow Systems")}),
    # Unknown names the small model misreads: a capitalised word that is no English word is a name
    "unknown name at a sentence start, tagged a noun: a complaint": (
        "Corvane filed a complaint against Halvex with the trade commission.", {("Corvane", "sued", "Halvex")}),
    "unknown name at a sentence start, tagged a noun: a relative clause": (
        "Corvane, which Halvex acquired in 2018, makes sensors.", {("Halvex", "acquired", "Corvane")}),
    "unknown name at a sentence start, tagged a noun: a unit": (
        "Corvane is a unit of Halvex.", {("Corvane", "subsidiaryOf", "Halvex")}),
    "unknown name the model calls a nationality, before a title": (
        "Halvex founder Dana Korvel said sales rose.", {("Dana Korvel", "founded", "Halvex")}),
    "unknown name before a two-word title": (
        "Halvex chief executive Dana Korvel said sales rose.", {("Dana Korvel", "ceoOf", "Halvex")}),
    "unknown name in a former role said of a person": (
        "Dana Korvel, a former Halvex executive, said sales rose.",
        {("Dana Korvel", "left", "Halvex"), ("Dana Korvel", "worksFor", "Halvex")}),
    "a company's acquisitions include A and B": (
        "Halvex's acquisitions include Brisk Robotics and Tarnly Labs.",
        {("Halvex", "acquired", "Brisk Robotics"), ("Halvex", "acquired", "Tarnly Labs")}),
    "a passive coordinated with an active clause shares its subject": (
        "Corvane Systems went public in 1991 and was acquired by Halvex Robotics in 1994.",
        {("Halvex Robotics", "acquired", "Corvane Systems")}),
    "a passive coordinated with an active clause: sued": (
        "Corvane Systems grew quickly and was sued by Halvex Robotics in 1994.",
        {("Halvex Robotics", "sued", "Corvane Systems")}),
    "a 'when' participle hung on the date": (
        "Corvane Systems became a private company in 1997, when bought by Tarn Partners for $82 million.",
        {("Tarn Partners", "acquired", "Corvane Systems")}),
    "'its' in a phrase before the main clause is the subject ahead (cataphora)": (
        "Following its acquisition by Halvex Robotics in 2009, Corvane Systems moved to Ohio.",
        {("Halvex Robotics", "acquired", "Corvane Systems")}),
    "investors listed after funding, no company named with them": (
        "Halvex Robotics raised $20 million. Investors include Tarn Ventures and Brisk Capital.",
        {("Tarn Ventures", "investedIn", "Halvex Robotics"), ("Brisk Capital", "investedIn", "Halvex Robotics")}),
    "holding a minority share is a stake": (
        "Tarn Ventures holds 10 percent of Halvex Robotics.", {("Tarn Ventures", "investedIn", "Halvex Robotics")}),
    "a verb with no object before 'and' shares the next verb's object": (
        "Dana Korvel founded and leads Corvane Systems.",
        {("Dana Korvel", "founded", "Corvane Systems"), ("Dana Korvel", "leads", "Corvane Systems")}),
    "owns and operates": ("Halvex Group owns and operates Corvane Systems.", {("Halvex Group", "owns", "Corvane Systems")}),
    "one unknown word the NER calls a person, with nothing else to say so, is typed by its acts": (
        "Castellan manages $4.9 billion in assets. It bought Oneida Foods in 2006.",
        {("Castellan", "acquired", "Oneida Foods")}),
    "one unknown word with 'he' after it stays a person": (
        "Castellan founded Oneida Foods in 2006. He left the company in 2010.",
        {("Castellan", "founded", "Oneida Foods"), ("Castellan", "left", "Oneida Foods"),
         ("Castellan", "worksFor", "Oneida Foods")}),
    "one unknown word the NER calls a place, never where a place stands": (
        "The board of Halvex ousted Dana Korvel as chief executive.",
        {("Dana Korvel", "ceoOf", "Halvex"), ("Dana Korvel", "left", "Halvex")}),
    "one unknown word the NER calls a place, left": (
        "Dana Korvel departed Halvex in 2019 to start a rival firm.",
        {("Dana Korvel", "left", "Halvex"), ("Dana Korvel", "worksFor", "Halvex")}),
    "an unknown place where places stand stays a place": (
        "Dana Korvel, who grew up in Wheatridge, founded Tarnly Labs.", {("Dana Korvel", "founded", "Tarnly Labs")}),
    "one word coordinated with a company's name is a company": (
        "Halvex sued Corvane and Tarnly Labs, accusing both companies of fraud.",
        {("Halvex", "sued", "Corvane"), ("Halvex", "sued", "Tarnly Labs"),
         ("Halvex", "accused", "Corvane"), ("Halvex", "accused", "Tarnly Labs")}),
    "criticized: a that-clause whose participle is the judgement": (
        "Dana Korvel said Halvex Robotics's products were overpriced.",
        {("Dana Korvel", "criticized", "Halvex Robotics")}),
    "criticized: an object complement the parser reads as a clause of its own": (
        "Dana Korvel called Halvex Robotics's strategy misguided.",
        {("Dana Korvel", "criticized", "Halvex Robotics")}),
    "a company made to compete": ("Halvex Stores was created to compete with Corvane Stores.",
                                  {("Corvane Stores", "rivalOf", "Halvex Stores")}),
    "ceoOf: 'took the top job at X', the 'at' hung on the verb": (
        "Dana Korvel took the top job at Halvex Robotics in 2019.", {("Dana Korvel", "ceoOf", "Halvex Robotics")}),
    "a name the parser made the root, its verb a participle": (
        "NetCore partnered with Corvane Systems.", {("Corvane Systems", "partneredWith", "NetCore")}),
    "a fronted participle when the parser made the subject's name the root": (
        "Partnering with Corvane Systems in 2008, Solid Widgets assisted in the creation of tests.",
        {("Corvane Systems", "partneredWith", "Solid Widgets")}),
    "develops: a product named after its maker": (
        "Tarn Robotics oversaw the launch of Tarn Robotics One, a paid delivery service in Ohio.",
        {("Tarn Robotics", "develops", "Tarn Robotics One")}),
    "owns: a two-word name before '-owned', its first word hung past the participle": (
        "Tarn Group-owned Halvex Robotics raised money.", {("Tarn Group", "owns", "Halvex Robotics")}),
    "accused: a that-clause the parser hung on the complaint the verb of saying names": (
        "Corvane Systems said in a complaint that Halvex Labs stole its designs.",
        {("Corvane Systems", "accused", "Halvex Labs"), ("Corvane Systems", "sued", "Halvex Labs")}),
    "'it' after a sentence whose subject the parser made the root": (
        "Tarn Capital invested in Halvex Robotics in 2018. It also backed Corvane Systems a year later.",
        {("Tarn Capital", "investedIn", "Halvex Robotics"), ("Tarn Capital", "investedIn", "Corvane Systems")}),
    "'her company' is the company the passage ties her to": (
        "Dana Korvel is the chief executive of Halvex Robotics. Her company bought Corvane Systems last year.",
        {("Dana Korvel", "ceoOf", "Halvex Robotics"), ("Halvex Robotics", "acquired", "Corvane Systems")}),
    "'his own studio' is a new one": (
        "Omar Petrosyan worked for Halvex Robotics. He then set up his own design studio, Tarnly Design.",
        {("Omar Petrosyan", "worksFor", "Halvex Robotics"), ("Omar Petrosyan", "founded", "Tarnly Design")}),
    "'her former employer, X': worked there and left": (
        "Dana Korvel sued her former employer, Halvex Robotics, for discrimination.",
        {("Dana Korvel", "sued", "Halvex Robotics"), ("Dana Korvel", "accused", "Halvex Robotics"),
         ("Dana Korvel", "worksFor", "Halvex Robotics"), ("Dana Korvel", "left", "Halvex Robotics")}),
    "develops: a product described as a company's": (
        "The Quill, a Halvex Robotics product, sells well.", {("Halvex Robotics", "develops", "Quill")}),
    "acquired: a deal for a company, closed": (
        "Halvex Robotics closed its $2 billion deal for Corvane Systems on Friday.",
        {("Halvex Robotics", "acquired", "Corvane Systems")}),
    "'Laboratories' ends a company's name, even after a given name": (
        "Marcus Obi of Bell Harbor Laboratories spoke.", {("Marcus Obi", "worksFor", "Bell Harbor Laboratories")}),
    "subsidiaryOf: an unknown word naming a company's division is no place": (
        "Halvex Robotics' Quillworks division cut jobs.", {("Quillworks", "subsidiaryOf", "Halvex Robotics")}),
    "a company word keeps the unknown word the tagger took for an adverb": (
        "Tarnly Labs is developing a chip called Orrin for data centres.", {("Tarnly Labs", "develops", "Orrin")}),
    "criticized: a company the NER took for a work of art before a quoted judgement": (
        'Dana Korvel called Halvex Robotics "reckless".', {("Dana Korvel", "criticized", "Halvex Robotics")}),
    "criticized: a that-clause faulting what the company did": (
        "Dana Korvel said Halvex Robotics had botched the launch.", {("Dana Korvel", "criticized", "Halvex Robotics")}),
    "criticized: a that-clause saying the company failed someone": (
        "Dana Korvel said Halvex Robotics had failed its customers.", {("Dana Korvel", "criticized", "Halvex Robotics")}),
    "rivalOf: competing with the products from a company": (
        "Halvex Robotics' drones compete with products from Corvane Systems.",
        {("Corvane Systems", "rivalOf", "Halvex Robotics")}),
    "a company word the NER tagged alone keeps the proper noun before it": (
        "Halvex Robotics was founded in 2015. Tarn Group bought the drone maker in 2020.",
        {("Tarn Group", "acquired", "Halvex Robotics")}),
    "accused: according to the complaint of the suit just reported": (
        "Corvane Systems sued Halvex Robotics in March. According to the complaint, Halvex Robotics copied its designs.",
        {("Corvane Systems", "sued", "Halvex Robotics"), ("Corvane Systems", "accused", "Halvex Robotics")}),
    "accused: the claim is denied, not the accusation": (
        "Corvane Systems has accused Halvex Robotics of stealing its designs, a claim Halvex Robotics denies.",
        {("Corvane Systems", "accused", "Halvex Robotics")}),
    "accused: a fine on the first of two objects, a name the NER missed": (
        "The Trade Bureau fined Halvex Robotics $5 million for misleading customers.",
        {("Trade Bureau", "accused", "Halvex Robotics")}),
    "left: a departure before the clause it hangs on is not from what that clause founds": (
        "Dana Korvel was chief executive of Halvex Robotics. After her ouster in 2019, she founded Corvane Systems.",
        {("Dana Korvel", "ceoOf", "Halvex Robotics"), ("Dana Korvel", "left", "Halvex Robotics"),
         ("Dana Korvel", "founded", "Corvane Systems")}),
    "left: 'the company' left, since when something else was founded": (
        "Dana Korvel was chief executive of Halvex Robotics. Since leaving the company, she has founded Corvane Systems.",
        {("Dana Korvel", "ceoOf", "Halvex Robotics"), ("Dana Korvel", "left", "Halvex Robotics"),
         ("Dana Korvel", "founded", "Corvane Systems")}),
    "left: a job lost as a role of the company": (
        "Dana Korvel lost her job as chief executive of Halvex Robotics.",
        {("Dana Korvel", "ceoOf", "Halvex Robotics"), ("Dana Korvel", "left", "Halvex Robotics")}),
    "left: retiring, after the clause that says where one worked": (
        "Marta Quist worked for Halvex Robotics in Oslo for 37 years, retiring in 1988.",
        {("Marta Quist", "worksFor", "Halvex Robotics"), ("Marta Quist", "left", "Halvex Robotics")}),
    "investedIn: 'the company' whose investor the apposed name is, is not that name": (
        "Halvex Robotics reported a loss on Monday. Brisk Ventures, the company's biggest investor, declined to comment.",
        {("Brisk Ventures", "investedIn", "Halvex Robotics")}),
    "rivalOf: a rival named with no company is the rival of the company the passage is about": (
        "Halvex Robotics reported a loss on Monday. Rival Corvane Systems reported a profit.",
        {("Corvane Systems", "rivalOf", "Halvex Robotics")}),
    "rivalOf: 'a rival' in apposition, of the company the passage is about": (
        "Halvex Robotics reported a loss on Monday. Corvane Systems, a rival, reported a profit.",
        {("Corvane Systems", "rivalOf", "Halvex Robotics")}),
    "rivalOf: a rival of a named company is that one's only": (
        "Halvex Robotics reported a loss on Monday. Corvane Systems, a rival of Tarn Group, reported a profit.",
        {("Corvane Systems", "rivalOf", "Tarn Group")}),
    "rivalOf: a rival in a passage about no company is no one's": (
        "Rival Corvane Systems reported a profit.", set()),
    "develops: the next product of a list hung on the first one's description": (
        "Halvex Robotics makes Quill, a delivery drone, and Quillware, its software.",
        {("Halvex Robotics", "develops", "Quill"), ("Halvex Robotics", "develops", "Quillware")}),
    "founded, ceoOf: a company the NER missed before two titles of a name read as their apposition": (
        "Halvex Robotics founder and chief executive Dana Korvel sold shares.",
        {("Dana Korvel", "founded", "Halvex Robotics"), ("Dana Korvel", "ceoOf", "Halvex Robotics")}),
    "leads: 'the company' an appointee is tapped to run is the one that tapped": (
        "Halvex Robotics tapped Dana Korvel to run the company.", {("Dana Korvel", "leads", "Halvex Robotics")}),
    "left: 'Former' before the company's name that titles a role": (
        "Former Halvex Robotics chief executive Dana Korvel joined Corvane Systems.",
        {("Dana Korvel", "ceoOf", "Halvex Robotics"), ("Dana Korvel", "left", "Halvex Robotics"),
         ("Dana Korvel", "worksFor", "Corvane Systems")}),
    "left: 'Ex-' before the company's name that titles a role": (
        "Ex-Halvex Robotics chief executive Dana Korvel joined Corvane Systems.",
        {("Dana Korvel", "ceoOf", "Halvex Robotics"), ("Dana Korvel", "left", "Halvex Robotics"),
         ("Dana Korvel", "worksFor", "Corvane Systems")}),
    "left: the ex-chief executive of a company": (
        "Dana Korvel, the ex-chief executive of Halvex Robotics, joined Corvane Systems.",
        {("Dana Korvel", "ceoOf", "Halvex Robotics"), ("Dana Korvel", "left", "Halvex Robotics"),
         ("Dana Korvel", "worksFor", "Corvane Systems")}),
    "'Outgoing' opening a sentence is no part of the company's name": (
        "Outgoing Halvex Robotics chief executive Dana Korvel praised her team.",
        {("Dana Korvel", "ceoOf", "Halvex Robotics"), ("Dana Korvel", "left", "Halvex Robotics")}),
    "ceoOf: a company the NER missed, parsed as the title's modifier": (
        "Halvex Robotics chief executive Dana Korvel has resigned, the company said.",
        {("Dana Korvel", "ceoOf", "Halvex Robotics"), ("Dana Korvel", "left", "Halvex Robotics")}),
    "left: 'the company' left in a relative clause is not the company joined after it": (
        "Dana Korvel, the founder of Halvex Robotics who left the company in 2019, joined Corvane Systems.",
        {("Dana Korvel", "founded", "Halvex Robotics"), ("Dana Korvel", "left", "Halvex Robotics"),
         ("Dana Korvel", "worksFor", "Halvex Robotics"), ("Dana Korvel", "worksFor", "Corvane Systems")}),
    "quotation: 'I' is the speaker the quoting verb names": (
        '"I founded Halvex Robotics in my garage," Dana Korvel said.', {("Dana Korvel", "founded", "Halvex Robotics")}),
    "quotation: 'I left', said by a person": (
        '"I left Halvex Robotics because of its culture," Dana Korvel said.',
        {("Dana Korvel", "left", "Halvex Robotics"), ("Dana Korvel", "worksFor", "Halvex Robotics")}),
    "quotation: 'we' is the organization that speaks": (
        '"We have invested in Halvex Robotics since 2019," Brisk Ventures said.',
        {("Brisk Ventures", "investedIn", "Halvex Robotics")}),
    "quotation: 'we' is the organization of the speaker's apposed role": (
        '"We are proud to partner with Corvane Systems," said Dana Korvel, Halvex Robotics\' chief executive.',
        {("Corvane Systems", "partneredWith", "Halvex Robotics"), ("Dana Korvel", "ceoOf", "Halvex Robotics")}),
    "acquired: a possessed acquisition apposed to the name acquired": (
        "Corvane Systems, Halvex Robotics' latest acquisition, cut jobs.",
        {("Halvex Robotics", "acquired", "Corvane Systems")}),
    "acquired: a second object with its verb left out, coordinated with the verb": (
        "Halvex Robotics cut jobs. It had bought Corvane Systems a year earlier and Tarnly Labs in 2020.",
        {("Halvex Robotics", "acquired", "Corvane Systems"), ("Halvex Robotics", "acquired", "Tarnly Labs")}),
    "left: the main verb after a relative clause, which the parser read as a participle": (
        "Dana Korvel, who ran Halvex Robotics for a decade, left in May.",
        {("Dana Korvel", "leads", "Halvex Robotics"), ("Dana Korvel", "left", "Halvex Robotics")}),
    "sued: its case against a company": (
        "Corvane Systems won its patent case against Halvex Robotics.", {("Corvane Systems", "sued", "Halvex Robotics")}),
    "sued: a case lost, brought by a company": (
        "Halvex Robotics lost a patent case brought by Corvane Systems.", {("Corvane Systems", "sued", "Halvex Robotics")}),
    "worksFor, left: 'her former employer' apposed to the company sued": (
        "Dana Korvel has filed a lawsuit against Halvex Robotics, her former employer.",
        {("Dana Korvel", "sued", "Halvex Robotics"), ("Dana Korvel", "worksFor", "Halvex Robotics"),
         ("Dana Korvel", "left", "Halvex Robotics")}),
    "sued: shareholders led by a person act through that person": (
        "Shareholders led by Dana Korvel sued Halvex Robotics in May.", {("Dana Korvel", "sued", "Halvex Robotics")}),
    "left: an unknown company's name before its board": (
        "The Halvex Robotics board fired Dana Korvel in 1985.",
        {("Dana Korvel", "left", "Halvex Robotics"), ("Dana Korvel", "worksFor", "Halvex Robotics")}),
    "criticized: the main verb after the subject's apposition, read as a participle": (
        "Dana Korvel, the chief executive of Corvane Systems, called Halvex Robotics' drone \"a toy\".",
        {("Dana Korvel", "ceoOf", "Corvane Systems"), ("Dana Korvel", "criticized", "Halvex Robotics")}),
    "investedIn: one who takes part beside the round's leader is no company invested in": (
        "Halvex Robotics raised money this year. The round was led by Corvane Systems, with Tarn Capital also taking part.",
        {("Corvane Systems", "investedIn", "Halvex Robotics"), ("Tarn Capital", "investedIn", "Halvex Robotics")}),
    "ceoOf: 'The company named X chief executive', the verb parsed as a participle, names a person": (
        "Halvex Robotics has a new boss. The company named Dana Korvel chief executive on Monday, replacing Mira Tolsen, "
        "who left in March.",
        {("Dana Korvel", "ceoOf", "Halvex Robotics"), ("Mira Tolsen", "ceoOf", "Halvex Robotics"),
         ("Mira Tolsen", "left", "Halvex Robotics")}),
    "partneredWith: 'they' after two companies coordinated as the subject before": (
        "Corvane Systems and Halvex Robotics have been rivals for a decade. Now they are teaming up to build a drone network.",
        {("Corvane Systems", "partneredWith", "Halvex Robotics"), ("Corvane Systems", "rivalOf", "Halvex Robotics")}),
    "sued: 'they' is both companies of the subject before": (
        "Corvane Systems and Halvex Robotics make drones. They sued Tarn Capital in May.",
        {("Corvane Systems", "sued", "Tarn Capital"), ("Halvex Robotics", "sued", "Tarn Capital")}),
    "acquired: the description a verb takes as object is not what its subject 'it' stands for": (
        "Corvane Systems owns Halvex Robotics. It bought the startup in 2019.",
        {("Corvane Systems", "owns", "Halvex Robotics"), ("Corvane Systems", "acquired", "Halvex Robotics")}),
    "sued: an ordinal adverb after a name is no version number of it": (
        "Corvane Systems first sued Halvex Robotics in 2021.", {("Corvane Systems", "sued", "Halvex Robotics")}),
    "investedIn: the verb parsed as the name's participle, an adverb between": (
        "Tarn Capital first invested in Halvex Robotics in 2019.", {("Tarn Capital", "investedIn", "Halvex Robotics")}),
    "criticized: a company's role with its holder named is the holder criticized, not the company": (
        "Dana Korvel criticized Corvane Systems' chief executive, Mira Tolsen, for the layoffs.",
        {("Dana Korvel", "criticized", "Mira Tolsen"), ("Mira Tolsen", "ceoOf", "Corvane Systems")}),
    "develops: a product name with its number, modifying the product noun's modifier": (
        "Halvex Robotics introduced its Tessa 2 language model on Tuesday.", {("Halvex Robotics", "develops", "Tessa 2")}),
    "ceoOf: the role one will move from is held now": (
        "Halvex Robotics reported a loss on Monday. Dana Korvel will move from chief executive to chairman.",
        {("Dana Korvel", "ceoOf", "Halvex Robotics")}),
    # ------------------------------------------------------------ eleventh session
    "investedIn: a round from its investors": (
        "Halvex raised $40 million in a round from Tarn Capital, Oakridge Partners and Brisk Ventures.",
        {("Tarn Capital", "investedIn", "Halvex"), ("Oakridge Partners", "investedIn", "Halvex"),
         ("Brisk Ventures", "investedIn", "Halvex")}),
    "owns: a possessor not shared by a conjunct with its own": (
        "Halvex raised $40 million from Tarn Capital's Growth Fund, the Corvane Foundation's Seed Fund and Oakridge Partners.",
        {("Growth Fund", "investedIn", "Halvex"), ("Seed Fund", "investedIn", "Halvex"),
         ("Oakridge Partners", "investedIn", "Halvex"), ("Tarn Capital", "owns", "Growth Fund"),
         ("Corvane Foundation", "owns", "Seed Fund")}),
    "mentions: the city of a '-based' startup is no company": (
        "Austin, Texas-based startup Halvex Robotics acquired Corvane Systems on Monday.",
        {("Halvex Robotics", "acquired", "Corvane Systems")}),
    "acquired: the company apposed to the city the parser made the subject": (
        "Boulder, Colorado-based software company Fenwick Software acquired Tarnly Labs.",
        {("Fenwick Software", "acquired", "Tarnly Labs")}),
    "acquired: a listed name coordinated with the date of the one before": (
        "Halvex itself was started in 1984 by Dana Korvel, and it has grown through acquisitions, "
        "including Brisklet in 2017 and Quillo in 2020.",
        {("Dana Korvel", "founded", "Halvex"), ("Halvex", "acquired", "Brisklet"), ("Halvex", "acquired", "Quillo")}),
    "acquired: acquisitions made, not products": (
        "Halvex has made several acquisitions, including Brisklet and Corvane Systems.",
        {("Halvex", "acquired", "Brisklet"), ("Halvex", "acquired", "Corvane Systems")}),
    "mentions: a span over a list of investors is cut": (
        "Halvex raised more than $50 million in funding from Tarn Capital, Brisk Ventures and Oakridge Partners.",
        {("Tarn Capital", "investedIn", "Halvex"), ("Brisk Ventures", "investedIn", "Halvex"),
         ("Oakridge Partners", "investedIn", "Halvex")}),
    "mentions: a span over two company names joined by 'and' is cut": (
        "Quillo is majority owned by Tarn Capital and Brisk Ventures.",
        {("Tarn Capital", "owns", "Quillo"), ("Brisk Ventures", "owns", "Quillo")}),
    "investedIn: raised to date from": (
        "Quorvane has raised $80 million to date from Veltrix Capital, Orrin Ventures and Sable Partners.",
        {("Veltrix Capital", "investedIn", "Quorvane"), ("Orrin Ventures", "investedIn", "Quorvane"),
         ("Sable Partners", "investedIn", "Quorvane")}),
    "partneredWith: a name coordinated with the date hung on the verb": (
        "Brannock Systems signed deals with Quorvane in May and Telvia Labs in June.",
        {("Brannock Systems", "partneredWith", "Quorvane"), ("Brannock Systems", "partneredWith", "Telvia Labs")}),
    "founded: a relative said of coordinated subjects": (
        "Ilsa Varga and Tomas Reyne, who founded Brannock Systems in 2011, left the company last year.",
        {("Ilsa Varga", "founded", "Brannock Systems"), ("Tomas Reyne", "founded", "Brannock Systems"),
         ("Ilsa Varga", "left", "Brannock Systems"), ("Tomas Reyne", "left", "Brannock Systems"),
         ("Ilsa Varga", "worksFor", "Brannock Systems"), ("Tomas Reyne", "worksFor", "Brannock Systems")}),
    "founded: a relative after coordinated agents is the last one's": (
        "The company was co-founded in 2005 by Ilsa Varga and Tomas Reyne, who had also founded Quorvane.",
        {("Tomas Reyne", "founded", "Quorvane")}),
    "mentions: a listed name typed by its partner's company word": (
        "Brannock Systems took stakes in Quorvane and Telvia Labs last year.",
        {("Brannock Systems", "investedIn", "Quorvane"), ("Brannock Systems", "investedIn", "Telvia Labs")}),
    "sued: pursuing a case against": (
        "Halvex Robotics pressed a patent case against Corvane Systems last year.",
        {("Halvex Robotics", "sued", "Corvane Systems")}),
    "sued: the object of the verb a lawsuit is the subject of": (
        "The lawsuit, filed by Halvex Robotics on Monday, targets Corvane Systems.",
        {("Halvex Robotics", "sued", "Corvane Systems")}),
    "investedIn: the X-backed startup Y": (
        "The Tarn Capital-backed startup Brisklet Labs raised $20 million.",
        {("Tarn Capital", "investedIn", "Brisklet Labs")}),
    "subsidiaryOf: folded into its unit, after buying it": (
        "Tarn Group folded Halvex Robotics into its drone unit after buying it in 2020.",
        {("Halvex Robotics", "subsidiaryOf", "Tarn Group"), ("Tarn Group", "acquired", "Halvex Robotics")}),
    "ceoOf: coordinated roles take the nearest conjunct's organization": (
        "Dana Korvel is a former chairman of Brisklet Labs, and former chairman and CEO of Halvex Robotics.",
        {("Dana Korvel", "leads", "Brisklet Labs"), ("Dana Korvel", "left", "Brisklet Labs"),
         ("Dana Korvel", "leads", "Halvex Robotics"), ("Dana Korvel", "left", "Halvex Robotics"),
         ("Dana Korvel", "ceoOf", "Halvex Robotics")}),
    "worksFor: a role's organizations listed after it in apposition": (
        "Mira Tolsen is currently Professor at Halvex University, IHÉS, The Corvane State University and Tarnow University.",
        {("Mira Tolsen", "worksFor", "Halvex University"), ("Mira Tolsen", "worksFor", "IHÉS"),
         ("Mira Tolsen", "worksFor", "Corvane State University"), ("Mira Tolsen", "worksFor", "Tarnow University")}),
    "founded: founded and became chief executive of": (
        "In 1978 Mira Tolsen founded and became CEO of Halvex Robotics.",
        {("Mira Tolsen", "founded", "Halvex Robotics"), ("Mira Tolsen", "ceoOf", "Halvex Robotics")}),
    "worksFor: the functions a role is over are no organization": (
        "Mira Tolsen was VP of Engineering and Product Development at Halvex Robotics.",
        {("Mira Tolsen", "worksFor", "Halvex Robotics")}),
    "worksFor: head of a capitalised function at a company": (
        "Dana Korvel is the head of Research at Brisklet Labs.",
        {("Dana Korvel", "worksFor", "Brisklet Labs")}),
    "ceoOf: a company named with a function word stays a company": (
        "Mira Tolsen is chief executive of Halvex Research.",
        {("Mira Tolsen", "ceoOf", "Halvex Research")}),
    "worksFor: a professor's fields are no organization, the 'at' hung on the field": (
        "Dana Korvel is Professor of Operations Research and of Computer Science at Halvex University.",
        {("Dana Korvel", "worksFor", "Halvex University")}),
    "worksFor: a field and a university in one span are cut": (
        "Mira Tolsen is a professor of Computer Science at Halvex University.",
        {("Mira Tolsen", "worksFor", "Halvex University")}),
    "mentions: a government portfolio after a title is no organization": (
        "The plan was announced by Secretary of State Dana Korvel and Mira Tolsen, chief executive of Halvex Robotics.",
        {("Mira Tolsen", "ceoOf", "Halvex Robotics")}),
    "worksFor: a member of a body for a place, the founder of a possessed description": (
        "The directors were put on trial in 1858 (the bank's founder, Dana Korvel, Member of Parliament for "
        "Glasgow, had died in 1857).",
        {("Dana Korvel", "worksFor", "Parliament")}),
    "subsidiaryOf: the parent company to": (
        "Castle Estate Landscaping is the parent company to Castle Tree Art.",
        {("Castle Tree Art", "subsidiaryOf", "Castle Estate Landscaping")}),
    "founded: co-founded and served as CTO at": (
        "Mira Tolsen co-founded and served as CTO at Brisklet Labs.",
        {("Mira Tolsen", "founded", "Brisklet Labs"), ("Mira Tolsen", "worksFor", "Brisklet Labs")}),
    "owns: a county-based company the parser apposed to the county": (
        "Brisklet Labs is a Fairfax County, Virginia-based company that owns the online retailer Quillo and is a "
        "subsidiary of Corvane Systems.",
        {("Brisklet Labs", "owns", "Quillo"), ("Brisklet Labs", "subsidiaryOf", "Corvane Systems")}),
    "ceoOf: a 'to' after the role's 'of' is the next role's": (
        "Dana Korvel is chief executive of Halvex and adviser to Corvane Systems.",
        {("Dana Korvel", "ceoOf", "Halvex"), ("Dana Korvel", "worksFor", "Corvane Systems")}),
    "ceoOf: a company named in domain words after a heading role": (
        "Dana Korvel is chief executive of Platform Science.", {("Dana Korvel", "ceoOf", "Platform Science")}),
    "mentions: a list item before an X-based name is no city": (
        "Halvex Robotics bought Quorvane, Berlin-based Brisklet and Telvia Labs last year.",
        {("Halvex Robotics", "acquired", "Quorvane"), ("Halvex Robotics", "acquired", "Brisklet"),
         ("Halvex Robotics", "acquired", "Telvia Labs")}),
    "ceoOf: a relative with a singular verb after coordinated subjects is the last one's": (
        "Ilsa Varga and Tomas Reyne, who is chief executive of Brannock Systems, left the company last year.",
        {("Tomas Reyne", "ceoOf", "Brannock Systems"), ("Ilsa Varga", "left", "Brannock Systems"),
         ("Tomas Reyne", "left", "Brannock Systems"), ("Ilsa Varga", "worksFor", "Brannock Systems")}),
    "investedIn: a stake built is no company founded": (
        "Tarn Capital, an activist hedge fund, has built a stake in Corvane Systems.",
        {("Tarn Capital", "investedIn", "Corvane Systems")}),
    "partneredWith: a date's conjunct that is the next clause's subject": (
        "Halvex Robotics signed a deal with Brisklet in May and Corvane Systems followed in June.",
        {("Brisklet", "partneredWith", "Halvex Robotics")}),
    "investedIn: the company that says a round was co-led is the round's": (
        "Tarn Capital co-led the round with Oakridge Partners, Brisklet said.",
        {("Tarn Capital", "investedIn", "Brisklet"), ("Oakridge Partners", "investedIn", "Brisklet")}),
    "investedIn: part-owned by": (
        "Brisklet is part-owned by Tarn Capital.", {("Tarn Capital", "investedIn", "Brisklet")}),
    "investedIn: drawn investment from": (
        "Brisklet has drawn investment from Tarn Capital and Oakridge Partners.",
        {("Tarn Capital", "investedIn", "Brisklet"), ("Oakridge Partners", "investedIn", "Brisklet")}),
    "sued: joined X in suing Y": (
        "Oakridge Partners joined Tarn Capital in suing Brisklet.",
        {("Oakridge Partners", "sued", "Brisklet"), ("Tarn Capital", "sued", "Brisklet")}),
    "criticized: the object read as the judgement's modifier": (
        "Dana Korvel, Halvex Robotics' chief executive, has called Corvane Systems' drones unsafe.",
        {("Dana Korvel", "ceoOf", "Halvex Robotics"), ("Dana Korvel", "criticized", "Corvane Systems")}),
    "worksFor: a vice president of a function at a company": (
        "Dana Korvel is vice president of Engineering at Halvex Robotics.",
        {("Dana Korvel", "worksFor", "Halvex Robotics")}),
    "worksFor: a chair of a field at a university": (
        "Dana Korvel, chair of Computer Science at Halvex University, said sales rose.",
        {("Dana Korvel", "worksFor", "Halvex University")}),
}

#: Texts that state no fact of the given kind: negated, threatened, planned, pending, rumoured,
#: conditional, questioned, cancelled.
NOT_STATED = {
    "negated": ("Zephyrix Labs did not sue Brisklet Inc.", ("Zephyrix Labs", "sued", "Brisklet Inc.")),
    "the joint venture, called by name, is no earlier company": (
        "Halvex Motors and Trellon announced a partnership on Tuesday to build battery plants in Ohio. "
        "The two companies will invest $3 billion in the joint venture, called Ohio Cell.",
        ("Trellon", "founded", "Halvex Motors")),
    "sitting on a bench": ("Marta Quist sits on a bench in Corvant Park.", ("Marta Quist", "worksFor", "Corvant Park")),
    "an award for design": ("Helix Partners won an award for design.", ("Helix Partners", "sued", "design")),
    "denied having accused": ("Helix Partners denied accusing Corvant Systems of fraud.",
                              ("Helix Partners", "accused", "Corvant Systems")),
    "weighing a lawsuit": ("Talverin Group is weighing a lawsuit against Quorvane Holdings.",
                           ("Talverin Group", "sued", "Quorvane Holdings")),
    "urged a resignation": ("Corvant Systems reported losses. Investors urged the resignation of Marta Quist.",
                            ("Marta Quist", "left", "Corvant Systems")),
    "a physician in a city": ("Maria Lopez is a physician in Boston.", ("Maria Lopez", "worksFor", "Boston")),
    "called someone": ("Marta Quist called Corvant Systems on Monday.", ("Marta Quist", "criticized", "Corvant Systems")),
    "hit with a lawsuit, nobody named": ("Corvant Systems was hit with a lawsuit in March.",
                                         ("Corvant Systems", "sued", "Corvant Systems")),
    "according to X, no wrongdoing": ("According to Helix Partners, Corvant Systems grew fast.",
                                      ("Helix Partners", "accused", "Corvant Systems")),
    "paid someone": ("Helix Partners paid Corvant Systems $5 million.", ("Helix Partners", "accused", "Corvant Systems")),
    "threatened, to court": ("Helix Partners threatened to take Corvant Systems to court.",
                             ("Helix Partners", "sued", "Corvant Systems")),
    "threatened": ("Quorvane Holdings threatened to sue Talverin Group.", ("Quorvane Holdings", "sued", "Talverin Group")),
    "planned": ("Orvanta Systems plans to acquire Velmora Health.", ("Orvanta Systems", "acquired", "Velmora Health")),
    "agreed, pending": ("Kestrel Dynamics agreed to buy Nimbral Robotics, pending approval.",
                        ("Kestrel Dynamics", "acquired", "Nimbral Robotics")),
    "rumoured": ("Talverin Group is reportedly considering an investment in Brisklet Inc.",
                 ("Talverin Group", "investedIn", "Brisklet Inc.")),
    "conditional": ("If Solvane Capital invests in Zephyrix Labs, others will follow.",
                    ("Solvane Capital", "investedIn", "Zephyrix Labs")),
    "question": ("Will Orvanta Systems buy Velmora Health?", ("Orvanta Systems", "acquired", "Velmora Health")),
    "cancelled": ("Quorvane Holdings abandoned its takeover of Nimbral Robotics.",
                  ("Quorvane Holdings", "acquired", "Nimbral Robotics")),
    "future": ("Dana Whitlock will step down as chief executive of Brisklet Inc. next year.",
               ("Dana Whitlock", "left", "Brisklet Inc.")),
    "denied": ("Omar Reyes denied that he had left Talverin Group.", ("Omar Reyes", "left", "Talverin Group")),
    "nominated": ("Leona Marsh is the board's pick to lead Kestrel Dynamics.", ("Leona Marsh", "leads", "Kestrel Dynamics")),
    "deputy": ("Marcus Obi is deputy chairman of Zephyrix Labs.", ("Marcus Obi", "leads", "Zephyrix Labs")),
    "offer withdrawn": ("Orvanta Systems withdrew its offer for Brisklet Inc.", ("Orvanta Systems", "acquired", "Brisklet Inc.")),
    "bid": ("Talverin Group made a bid to buy Velmora Health.", ("Talverin Group", "acquired", "Velmora Health")),
    "the speaker after a comma": ("Orvanta Systems bought the company, Kestrel Dynamics said.",
                                  ("Orvanta Systems", "acquired", "Kestrel Dynamics")),
    "a reader is no author": ("Dana Whitlock read a report criticizing Orvanta Systems.",
                              ("Dana Whitlock", "criticized", "Orvanta Systems")),
    "goods of a maker": ("Orvanta Systems buys Kestrel Dynamics chips for its servers.",
                         ("Orvanta Systems", "acquired", "Kestrel Dynamics")),
    "a judgement denied": ("Dana Whitlock said Orvanta Systems was not reckless.",
                           ("Dana Whitlock", "criticized", "Orvanta Systems")),
    "an injunction it may seek": ("Zephyrix Labs may seek an injunction against Brisklet Inc.",
                                  ("Zephyrix Labs", "sued", "Brisklet Inc.")),
    "an injunction not sought": ("Zephyrix Labs did not seek an injunction against Brisklet Inc.",
                                 ("Zephyrix Labs", "sued", "Brisklet Inc.")),
    "a poaching tried": ("Orvanta Systems tried to poach Dana Whitlock from Brisklet Inc.",
                         ("Dana Whitlock", "left", "Brisklet Inc.")),
    "a condition before the clause": ("If approved by regulators, Orvanta Systems will buy Brisklet Inc.",
                                      ("Orvanta Systems", "acquired", "Brisklet Inc.")),
    "a suit under a condition": ("Orvanta Systems would buy Brisklet Inc. if Halvex Capital sued it.",
                                 ("Halvex Capital", "sued", "Orvanta Systems")),
    "a purchase in progress": ("Orvanta Systems is buying Brisklet Inc. for $5 billion.",
                               ("Orvanta Systems", "acquired", "Brisklet Inc.")),
    "said to have": ("Orvanta Systems is said to have acquired Brisklet Inc.",
                     ("Orvanta Systems", "acquired", "Brisklet Inc.")),
    "believed to have": ("Orvanta Systems is believed to have invested in Brisklet Inc.",
                         ("Orvanta Systems", "investedIn", "Brisklet Inc.")),
    "hopes to hire (the model lemmatizes 'hopes' as 'hop')": (
        "Orvanta Systems hopes to hire Dana Whitlock.", ("Dana Whitlock", "worksFor", "Orvanta Systems")),
    "an appointment hoped for": ("Orvanta Systems hopes to hire Dana Whitlock to lead Brisklet Inc.",
                                 ("Dana Whitlock", "leads", "Brisklet Inc.")),
    "charges it may bring": ("The Justice Department may bring charges against Orvanta Systems.",
                             ("Justice Department", "accused", "Orvanta Systems")),
    "agreed to be acquired": ("Brisklet Inc. agreed to be acquired by Orvanta Systems.",
                              ("Orvanta Systems", "acquired", "Brisklet Inc.")),
    "a deal proposed": ("Orvanta Systems will supply motors to Brisklet Inc. under a proposed deal.",
                        ("Brisklet Inc.", "partneredWith", "Orvanta Systems")),
    "a day judged, no one criticized": ('"It\'s a terrible day for our employees," Dana Whitcombe said of '
                                         "Veltrix Systems.", ("Dana Whitcombe", "criticized", "Veltrix Systems")),
    "a deal praised": ('"This is a great deal for consumers," Senator Dana Whitcombe said of Veltrix Systems\' '
                       "acquisition.", ("Dana Whitcombe", "criticized", "Veltrix Systems")),
    "taken elsewhere, not to task": ("Dana Whitcombe took Veltrix Systems to Paris.",
                                     ("Dana Whitcombe", "criticized", "Veltrix Systems")),
    "a fire, no criticism": ("A fire destroyed the Veltrix Systems factory, the company said.",
                             ("Veltrix Systems", "criticized", "Veltrix Systems")),
    "a licence not given": ("Veltrix Systems did not license its technology to Nexora Labs.",
                            ("Nexora Labs", "partneredWith", "Veltrix Systems")),
    "a current chief executive has not left": ("Veltrix Systems' chief executive, Jonah Pell, criticized the board.",
                                               ("Jonah Pell", "left", "Veltrix Systems")),
    "competition not blamed": ("Halvorsen Media did not blame competition from Corvane Technologies.",
                               ("Corvane Technologies", "rivalOf", "Halvorsen Media")),
    "a fight in court is no rivalry": ("Halvex Labs is fighting Orvanta Systems in court over patents.",
                                        ("Halvex Labs", "rivalOf", "Orvanta Systems")),
    "money taken from a company is no market share": ("Halvex Labs took $5 million from Orvanta Systems.",
                                                      ("Halvex Labs", "rivalOf", "Orvanta Systems")),
    "questioning a person is asking": ("Halvex Labs investigators questioned Tom Berg for hours.",
                                        ("Halvex Labs", "criticized", "Tom Berg")),
    "an argument with no wrong in it is no accusation": ("Tom Berg argues that Halvex Labs is too big.",
                                                         ("Tom Berg", "accused", "Halvex Labs")),
    "a departure to come, and its purpose": ("Dana Whitlock will leave Orvanta Systems to start Velmora Health.",
                                             ("Dana Whitlock", "founded", "Velmora Health")),
    "a capitalised English word is no name": ("Chatbots compete with Halvex.", ("Chatbots", "rivalOf", "Halvex")),
    "a capitalised plural at a sentence start is no name": ("Regulators sued Halvex in May.",
                                                            ("Regulators", "sued", "Halvex")),
    "investors listed with no funding reported": ("Halvex Robotics makes drones. Investors include Tarn Ventures.",
                                                  ("Tarn Ventures", "investedIn", "Halvex Robotics")),
    "a participle that judges nothing": ("Dana Korvel said Halvex Robotics's products were discontinued.",
                                         ("Dana Korvel", "criticized", "Halvex Robotics")),
    "one's competitors are not each other's": ("Its main competitors are Corvane Stores and Tarn Outlets.",
                                                ("Corvane Stores", "rivalOf", "Tarn Outlets")),
    "a deal for a company, struck (pending)": ("Halvex Robotics struck a deal for Corvane Systems on Friday.",
                                               ("Halvex Robotics", "acquired", "Corvane Systems")),
    "failing to win an approval is no fault found": (
        "Dana Korvel said Halvex Robotics failed to win approval.", ("Dana Korvel", "criticized", "Halvex Robotics")),
    "a fault denied": (
        "Dana Korvel said Halvex Robotics had not botched the launch.", ("Dana Korvel", "criticized", "Halvex Robotics")),
    "according to the complaint, a wrongdoing denied": (
        "Corvane Systems sued Halvex Robotics in March. According to the complaint, Halvex Robotics did not copy its designs.",
        ("Corvane Systems", "accused", "Halvex Robotics")),
    "a wrongdoing denied by the one said to do it": (
        "Halvex Robotics denied that it had copied designs from Corvane Systems.",
        ("Corvane Systems", "accused", "Halvex Robotics")),
    "a co-investor beside the round's leader": (
        "The round was led by Corvane Systems, with Tarn Capital also taking part.",
        ("Corvane Systems", "investedIn", "Tarn Capital")),
    "a stake sold is no product": ("Halvex sold a stake in Quillo in 2009.", ("Halvex", "develops", "Quillo")),
    "a coordinated role under a negation": ("Halvex Robotics is not a subsidiary or affiliate of Corvane Systems.",
                                            ("Halvex Robotics", "subsidiaryOf", "Corvane Systems")),
    "a coordinated role under a negated future": (
        "Dana Korvel will not become chairman and chief executive of Halvex Robotics.",
        ("Dana Korvel", "ceoOf", "Halvex Robotics")),
    "won a case against: who sued is not said": (
        "Halvex Robotics won a patent case against Corvane Systems last year.",
        ("Halvex Robotics", "sued", "Corvane Systems")),
    "a city after a list's 'and' is no company": (
        "Halvex Robotics bought Quorvane and Austin, Texas-based Brisklet last year.",
        ("Halvex Robotics", "acquired", "Austin")),
    "adding money is no speaking": (
        "Tarn Capital led a round in February, Oakridge Partners added $5 million in April.",
        ("Tarn Capital", "investedIn", "Oakridge Partners")),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_states_exactly(nlp, name):
    text, expected = CASES[name]
    assert facts(nlp, text) == expected


@pytest.mark.parametrize("name", sorted(NOT_STATED))
def test_does_not_state(nlp, name):
    text, fact = NOT_STATED[name]
    assert fact not in facts(nlp, text)
