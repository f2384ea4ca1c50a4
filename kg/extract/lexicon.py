"""Word lists shared by entity typing (:mod:`kg.extract.mentions`) and the relation patterns.

They say what kind of thing a noun phrase names from the words around it: "X, a subsidiary of Y"
makes both X and Y organizations, "X is a mathematician" makes X a person, "the CEO of Y" makes Y
an organization. These are facts about English, not about any entity, so they carry over to
articles nobody has seen; the small NER model needs them because it mistypes unknown names
("Veooz" as a person, "Claus" as an organization).
"""

from __future__ import annotations

#: Nouns that name a kind of organization: "X is a Japanese clothing brand", "X, a subsidiary of".
ORGANIZATION_NOUNS = frozenset({
    "company", "companies", "firm", "startup", "start-up", "corporation", "subsidiary", "brand",
    "network", "business", "enterprise", "conglomerate", "manufacturer", "maker", "retailer",
    "provider", "operator", "label", "bank", "lender", "insurer", "fund",
    "agency", "consultancy", "charity", "nonprofit", "non-profit", "organization", "organisation",
    "foundation", "institute", "institution", "university", "college", "school", "academy",
    "society", "association", "federation", "union", "club", "team", "band", "group", "studio",
    "studios", "newspaper", "magazine", "broadcaster", "channel", "station", "airline", "carrier",
    "chain", "franchise", "venture", "partnership", "cooperative", "co-op", "party", "ministry",
    "department", "council", "commission", "authority", "distributor", "wholesaler", "supplier",
    "vendor", "platform", "website", "laboratory", "lab", "hospital", "museum",
    "utility", "outfit", "giant", "unit", "division", "affiliate", "incubator", "accelerator", "restaurant", "hotel", "newsletter",
    "publication", "think-tank", "bureau",
    "orchestra", "ensemble", "troupe", "theatre", "theater", "company",
})

#: Nouns that name a kind of person: occupations, roles and titles.
PERSON_NOUNS = frozenset({
    "businessman", "businesswoman", "businessperson", "entrepreneur", "executive",
    "billionaire", "millionaire", "philanthropist", "founder", "co-founder", "cofounder", "ceo",
    "chairman", "chairwoman", "president", "director", "manager", "engineer", "scientist",
    "researcher", "professor", "lecturer", "teacher", "physician", "doctor", "surgeon", "lawyer",
    "attorney", "judge", "politician", "diplomat", "economist", "banker", "accountant", "architect",
    "designer", "artist", "painter", "sculptor", "photographer", "actor", "actress", "singer",
    "songwriter", "musician", "composer", "guitarist", "drummer", "vocalist", "rapper", "dancer",
    "writer", "author", "novelist", "poet", "journalist", "reporter", "columnist", "editor",
    "correspondent", "presenter", "comedian", "filmmaker",
    "footballer", "player", "athlete", "coach", "cyclist", "swimmer", "boxer", "priest",
    "minister", "bishop", "monk", "soldier", "officer", "pilot", "astronaut",
    "mathematician", "physicist", "chemist", "biologist", "zoologist", "botanist", "geologist",
    "astronomer", "anthropologist", "archaeologist", "historian", "philosopher", "psychologist",
    "sociologist", "linguist", "statistician", "inventor", "programmer", "activist",
    "consultant", "analyst", "advisor", "adviser", "educator", "academic", "theologian", "nurse",
    "pharmacist", "chef", "farmer", "mother", "father", "son", "daughter", "wife",
    "husband", "brother", "sister", "man", "woman", "specialist", "expert", "strategist",
    "technologist", "physiologist", "neuroscientist", "geneticist", "engineer", "official",
    "spokesperson", "spokesman", "spokeswoman",
})

#: Roles whose "of"/"at" object is the organization the holder belongs to ("professor at X",
#: "the CEO of X", "a member of X", "a subsidiary of X"): that object is an organization.
ORGANIZATION_ROLE_NOUNS = frozenset({
    "ceo", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "chair", "co-chair",
    "president", "vice-president", "director", "manager", "employee", "staffer", "member",
    "professor", "lecturer", "dean", "provost", "rector", "chancellor", "fellow", "researcher",
    "editor", "columnist", "correspondent", "reporter", "publisher", "executive", "officer", "cto",
    "cfo", "coo", "vp", "partner", "associate", "trustee", "governor", "treasurer", "secretary",
    "subsidiary", "division", "unit", "affiliate", "parent", "owner", "co-owner", "head", "leader",
    "spokesperson", "spokesman", "spokeswoman", "analyst", "engineer", "scientist", "counsel",
    "attorney", "coach", "captain", "player", "principal", "superintendent", "commissioner",
})

#: Verbs whose direct object (or passive subject) is an organization being created or joined.
ORGANIZATION_VERBS = frozenset({"found", "co-found", "cofound", "establish", "join", "incorporate", "form"})

#: Person nouns that say nothing about where the person works ("a student at Yale" is not
#: employed there), so "NOUN at ORG" does not make a worksFor fact for them.
NOT_EMPLOYMENT_NOUNS = frozenset({
    "student", "graduate", "alumnus", "alumna", "alumni", "undergraduate", "postgraduate",
    "pupil", "visitor", "guest", "patient", "customer", "client", "speaker", "fan", "user",
    "winner", "finalist", "candidate", "applicant", "prisoner", "inmate", "resident", "tourist",
    "investor", "shareholder", "donor", "critic", "rival", "competitor", "partner", "ally",
    "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "man", "woman",
    "friend", "child", "children", "people", "person", "one", "degree", "time", "year", "years",
    "panelist", "attendee", "participant", "delegate", "contributor", "graduate", "intern",
})

#: Academic ranks: "Professor of Mathematics at X" names a subject, then the employer, so only
#: "at"/"in" introduces the organization.
ACADEMIC_ROLE_NOUNS = frozenset({"professor", "lecturer", "instructor", "teacher", "reader", "scholar"})

#: Verbs whose subject is a person when they have no object: "Yefremov served in the army", "she
#: retired in 2010" (but "Acme serves five million customers").
PERSON_VERBS = frozenset({"serve", "teach", "graduate", "retire", "resign", "marry", "die", "bear",
                          "lecture", "enlist", "star", "sing"})
