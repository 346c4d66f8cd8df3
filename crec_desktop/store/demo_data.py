"""The people and organisations of the demo: the CREC, its 15 specialists, its members.

All of it is fictional: names, addresses, telephone numbers (555-01xx), e-mail addresses on
`.example` domains, tax registration numbers. The regions of the CDRs are Quebec's real
administrative regions with their official two-digit codes; the cities and the first three
characters of the postal codes match them.

Used by `store.demo`, which adds what varies (hour banks, engagements, bookings, absences).
"""
from __future__ import annotations

import dataclasses

ORGANIZATION = {
    "name": "Consortium de ressources et d'expertises coopératives",
    "short_name": "CREC",
    "address": "5955, rue Saint-Laurent, bureau 300\nLévis (Québec)  G6V 3P5",
    "city": "Lévis",
    "phone": "418 555-0100",
    "email": "info@crec.example",
    "gst_number": "812345678 RT0001",
    "qst_number": "1223456789 TQ0001",
    "signatory_name": "Hélène Thibodeau",
    "signatory_title": "Directrice générale",
}


@dataclasses.dataclass(frozen=True)
class SpecialistData:
    key: str
    name: str
    title: str
    role: str
    domains: tuple[str, ...]
    hourly_rate: str
    weekly_hours: float
    workday_start: str
    workday_end: str
    colour: str
    extension: int
    # Share of booked time spent on internal work (management, coordination, administration).
    internal_share: float
    # Target share of working hours booked (0.60–0.90 by design; see demo.py).
    density: float
    # Engagements led at the same time.
    lanes: int


SPECIALISTS: tuple[SpecialistData, ...] = (
    SpecialistData("mlavoie", "Marie-Ève Lavoie", "Conseillère en ressources humaines, CRHA", "specialist",
                   ("hr", "ohs"), "92.50", 35, "08:30", "16:30", "#2e7d32", 211, 0.18, 0.78, 3),
    SpecialistData("jftremblay", "Jean-François Tremblay", "Conseiller principal en ressources humaines, CRHA",
                   "manager", ("hr",), "108.00", 37.5, "08:00", "16:30", "#1b5e20", 212, 0.40, 0.80, 2),
    SpecialistData("igagnon", "Isabelle Gagnon", "Conseillère en relations gouvernementales", "specialist",
                   ("government", "marketing"), "98.50", 35, "08:30", "16:30", "#6a1b9a", 221, 0.20, 0.74, 3),
    SpecialistData("mbelanger", "Mathieu Bélanger", "Conseiller en affaires publiques", "specialist",
                   ("government",), "94.00", 32, "08:30", "16:00", "#8e24aa", 222, 0.20, 0.70, 2),
    SpecialistData("fcote", "François Côté", "Avocat", "specialist",
                   ("law",), "135.00", 35, "08:30", "16:30", "#1565c0", 231, 0.15, 0.82, 3),
    SpecialistData("croy", "Catherine Roy", "Avocate, droit coopératif", "manager",
                   ("law", "government"), "142.50", 37.5, "08:00", "16:30", "#0d47a1", 232, 0.38, 0.79, 2),
    SpecialistData("spelletier", "Sébastien Pelletier", "Conseiller en santé et sécurité du travail", "specialist",
                   ("ohs",), "88.75", 40, "08:00", "17:00", "#ef6c00", 241, 0.15, 0.76, 3),
    SpecialistData("abouchard", "Annie Bouchard", "Conseillère en prévention SST", "specialist",
                   ("ohs", "hr"), "86.50", 28, "08:30", "15:30", "#f57c00", 242, 0.15, 0.72, 2),
    SpecialistData("vmorin", "Véronique Morin", "Conseillère en marketing et développement des affaires",
                   "specialist", ("marketing",), "89.00", 35, "08:30", "16:30", "#c62828", 251, 0.22, 0.73, 3),
    SpecialistData("ogauthier", "Olivier Gauthier", "Conseiller en communication-marketing", "specialist",
                   ("marketing", "events"), "84.25", 35, "08:30", "16:30", "#ad1457", 252, 0.20, 0.77, 3),
    SpecialistData("nfortin", "Nathalie Fortin", "Conseillère en finance et fiscalité, CPA", "specialist",
                   ("finance",), "112.00", 35, "08:30", "16:30", "#00695c", 261, 0.16, 0.81, 3),
    SpecialistData("pouellet", "Patrick Ouellet", "Fiscaliste, CPA", "specialist",
                   ("finance", "law"), "118.50", 32, "08:30", "16:00", "#00838f", 262, 0.16, 0.75, 2),
    SpecialistData("jbergeron", "Julie Bergeron", "Coordonnatrice des services", "coordinator",
                   ("events", "marketing"), "78.00", 35, "08:00", "16:00", "#4527a0", 201, 0.55, 0.83, 2),
    SpecialistData("glevesque", "Geneviève Lévesque", "Conseillère en organisation d'événements", "specialist",
                   ("events",), "76.50", 30, "08:30", "15:30", "#6d4c41", 271, 0.20, 0.71, 2),
    SpecialistData("mpaquette", "Mélanie Paquette", "Adjointe à la direction", "admin",
                   ("events", "finance"), "65.00", 35, "08:00", "16:00", "#546e7a", 200, 0.75, 0.68, 1),
)


@dataclasses.dataclass(frozen=True)
class MemberData:
    key: str
    name: str
    short_name: str
    kind: str
    sector: str
    region: str
    contact_name: str
    contact_title: str
    phone: str
    address: str
    # Relative share of the CREC's work this member asks for.
    weight: float
    # Some engagements of this member are in English.
    english: bool = False
    active: bool = True

    @property
    def email(self) -> str:
        return f"direction@{self.key}.example"

    @property
    def city(self) -> str:
        """The city of the address: its last line is "City (Québec)  A1A 1A1"."""
        return self.address.rsplit("\n", 1)[-1].split(" (")[0]


def _fed(key, name, short, sector, region, contact, title, phone, address, weight, **kw) -> MemberData:
    return MemberData(key, name, short, "federation", sector, region, contact, title, phone, address, weight, **kw)


def _cdr(key, region_name, short, region, contact, title, phone, address, weight, **kw) -> MemberData:
    return MemberData(key, f"Coopérative de développement régional {region_name}", short, "cdr",
                      "Développement régional", region, contact, title, phone, address, weight, **kw)


FEDERATIONS: tuple[MemberData, ...] = (
    _fed("fcsdq", "Fédération des coopératives de services à domicile du Québec", "FCSDQ", "Services à domicile",
         "03", "Louise Tremblay", "Directrice générale", "418 555-0142",
         "275, rue du Parvis, bureau 200\nQuébec (Québec)  G1K 6G7", 1.6),
    _fed("fcmsq", "Fédération des coopératives en milieu scolaire du Québec", "FCMSQ", "Coopératives scolaires",
         "06", "Stéphane Lachance", "Directeur général", "514 555-0117",
         "3188, rue Saint-Denis, bureau 410\nMontréal (Québec)  H2X 3K9", 1.2),
    _fed("fcpq", "Fédération des coopératives de paramédics du Québec", "FCPQ",
         "Services préhospitaliers d'urgence", "12", "Martin Boucher", "Directeur général", "418 555-0163",
         "1620, boulevard Alphonse-Desjardins\nLévis (Québec)  G6V 6H2", 1.4),
    _fed("fchqca", "Fédération des coopératives d'habitation de Québec et de Chaudière-Appalaches", "FÉCHAQC",
         "Habitation", "03", "Sophie Drouin", "Directrice générale", "418 555-0128",
         "840, boulevard Charest Est, bureau 120\nQuébec (Québec)  G1K 8S6", 1.1),
    _fed("fchmm", "Fédération des coopératives d'habitation du Montréal métropolitain", "FÉCHIMM", "Habitation",
         "06", "Karine Dubé", "Directrice générale", "514 555-0134",
         "7000, avenue du Parc, bureau 206\nMontréal (Québec)  H3N 1X1", 1.0),
    _fed("fqcf", "Fédération québécoise des coopératives forestières", "FQCF", "Foresterie",
         "03", "Nathalie Roy", "Présidente-directrice générale", "418 555-0151",
         "1400, boulevard Guillaume-Couture, bureau 210\nLévis (Québec)  G6W 8K7", 1.3),
    _fed("fcsq", "Fédération des coopératives de santé du Québec", "FCSQ", "Santé",
         "05", "Dr Éric Lapointe", "Président", "819 555-0112",
         "95, rue Wellington Nord, bureau 300\nSherbrooke (Québec)  J1H 5B7", 1.1),
    _fed("fctq", "Fédération des coopératives de télécommunications du Québec", "FCTQ", "Télécommunications",
         "07", "Daniel McKenzie", "Directeur général", "819 555-0175",
         "160, rue Principale, bureau 2\nGatineau (Québec)  J9H 3M7", 0.9, english=True),
    _fed("fcfq", "Fédération des coopératives funéraires du Québec", "FCFQ", "Services funéraires",
         "04", "Chantal Bérubé", "Directrice générale", "819 555-0189",
         "1550, rue Royale\nTrois-Rivières (Québec)  G9A 4J9", 1.0),
    _fed("fcaq", "Fédération des coopératives agricoles du Québec", "FCAQ", "Agriculture",
         "16", "Alain Gosselin", "Directeur général", "450 555-0123",
         "2200, avenue Sainte-Anne\nSaint-Hyacinthe (Québec)  J2S 5H6", 1.2),
    _fed("fctrq", "Fédération des coopératives de travail du Québec", "FCTRQ", "Coopératives de travail",
         "06", "Mélissa Poirier", "Coordonnatrice générale", "514 555-0146",
         "5000, rue D'Iberville, bureau 318\nMontréal (Québec)  H2H 2S6", 0.9),
    _fed("fcaliq", "Fédération des coopératives d'alimentation du Québec", "FCALIQ", "Alimentation",
         "06", "Richard Girard", "Directeur général", "514 555-0158",
         "4605, rue Frontenac, bureau 100\nMontréal (Québec)  H2H 2R6", 1.0),
    _fed("fcpeq", "Fédération des coopératives de pêcheurs de l'Est du Québec", "FCPEQ", "Pêches",
         "11", "Gilles Cyr", "Directeur général", "418 555-0171",
         "38, rue de la Marina\nGaspé (Québec)  G4X 2E6", 0.7),
    _fed("fcerq", "Fédération des coopératives d'énergie renouvelable du Québec", "FCERQ", "Énergie",
         "02", "Josée Harvey", "Directrice générale", "418 555-0185",
         "2120, rue Sainte-Famille\nSaguenay (Québec)  G7H 7R2", 0.7),
    _fed("fcltq", "Fédération des coopératives de loisir et de tourisme du Québec", "FCLTQ", "Loisir et tourisme",
         "15", "Vincent Charbonneau", "Directeur général", "450 555-0193",
         "425, rue Saint-Georges\nSaint-Jérôme (Québec)  J7Z 5A4", 0.8),
    _fed("fccmq", "Fédération des coopératives de culture et de médias du Québec", "FCCMQ", "Culture et médias",
         "06", "Anne-Marie Leclerc", "Directrice générale", "514 555-0137",
         "1200, rue Saint-Alexandre, bureau 510\nMontréal (Québec)  H3B 3H5", 0.6),
    _fed("fcspe", "Fédération des coopératives de solidarité en petite enfance", "FCSPE", "Petite enfance",
         "14", "Caroline Beaulieu", "Directrice générale", "450 555-0119",
         "580, rue Notre-Dame\nJoliette (Québec)  J6E 3J4", 0.7),
    _fed("fctaq", "Fédération des coopératives de taxi du Québec", "FCTAQ", "Transport",
         "13", "Robert Nadeau", "Président", "450 555-0107",
         "1555, boulevard de l'Avenir, bureau 306\nLaval (Québec)  H7S 2N5", 0.5, active=False),
)

CDRS: tuple[MemberData, ...] = (
    _cdr("cdr-bsl", "du Bas-Saint-Laurent", "CDR BSL", "01", "Pierre-Luc Ouellet", "Directeur général",
         "418 555-0104", "12, rue Saint-Germain Est, bureau 201\nRimouski (Québec)  G5L 1A1", 0.8),
    _cdr("cdr-slsj", "du Saguenay–Lac-Saint-Jean", "CDR SLSJ", "02", "Marie-Claude Simard", "Directrice générale",
         "418 555-0114", "3635, boulevard Harvey, bureau 104\nSaguenay (Québec)  G7X 3A8", 0.7),
    _cdr("cdr-cn", "de la Capitale-Nationale", "CDR CN", "03", "Jacques Bédard", "Directeur général",
         "418 555-0124", "155, boulevard Charest Est, bureau 300\nQuébec (Québec)  G1K 3G6", 0.9),
    _cdr("cdr-mauricie", "de la Mauricie", "CDR Mauricie", "04", "Julie Bellemare", "Directrice générale",
         "819 555-0131", "1060, rue Saint-François-Xavier, bureau 220\nTrois-Rivières (Québec)  G9A 1R8", 0.6),
    _cdr("cdr-estrie", "de l'Estrie", "CDR Estrie", "05", "Guillaume Proulx", "Directeur général",
         "819 555-0141", "1650, rue King Ouest, bureau 103\nSherbrooke (Québec)  J1J 2C3", 0.7),
    _cdr("cdr-mtl", "de Montréal", "CDR Montréal", "06", "Fatima Benali", "Directrice générale",
         "514 555-0152", "2120, rue Sherbrooke Est, bureau 701\nMontréal (Québec)  H2K 1C3", 0.9, english=True),
    _cdr("cdr-outaouais", "de l'Outaouais", "CDR Outaouais", "07", "Kevin O'Brien", "Directeur général",
         "819 555-0162", "92, boulevard Saint-Raymond, bureau 203\nGatineau (Québec)  J8Y 1S7", 0.6, english=True),
    _cdr("cdr-at", "de l'Abitibi-Témiscamingue", "CDR AT", "08", "Lise Grenier", "Directrice générale",
         "819 555-0172", "150, avenue du Lac\nRouyn-Noranda (Québec)  J9X 4N5", 0.5),
    _cdr("cdr-gim", "de la Gaspésie–Îles-de-la-Madeleine", "CDR GÎM", "11", "Yves Arsenault", "Directeur",
         "418 555-0182", "96, montée Sandy-Beach, bureau 205\nGaspé (Québec)  G4X 2W4", 0.5),
    _cdr("cdr-ca", "de Chaudière-Appalaches", "CDR CA", "12", "Émilie Rodrigue", "Directrice générale",
         "418 555-0192", "5705, rue Saint-Georges\nLévis (Québec)  G6V 4L1", 0.8),
    _cdr("cdr-lanaudiere", "de Lanaudière", "CDR Lanaudière", "14", "Mathieu Perreault", "Directeur général",
         "450 555-0103", "200, rue De Salaberry, bureau 110\nJoliette (Québec)  J6E 4G1", 0.5),
    _cdr("cdr-monteregie", "de la Montérégie", "CDR Montérégie", "16", "Sylvie Desjardins", "Directrice générale",
         "450 555-0113", "1111, rue Saint-Charles Ouest, bureau 455\nLongueuil (Québec)  J4K 5G4", 0.7),
)

MEMBERS: tuple[MemberData, ...] = FEDERATIONS + CDRS

# Travel by road from Lévis to a member's city, one way, in minutes, by administrative region.
TRAVEL_MINUTES = {"01": 180, "02": 180, "03": 30, "04": 90, "05": 150, "06": 165, "07": 285, "08": 540,
                  "11": 480, "12": 30, "13": 180, "14": 165, "15": 210, "16": 135}

LOCATIONS_FR = ("Chez le membre", "Bureaux du CREC, Lévis", "À distance (Teams)", "À distance (Zoom)")
LOCATIONS_EN = ("At the member's office", "CREC offices, Lévis", "Remote (Teams)", "Remote (Zoom)")

# Internal time (no engagement): (note, weight) for each role.
INTERNAL_NOTES = {
    "specialist": (("Veille et mise à jour des connaissances", 3), ("Développement de l'offre de services", 2),
                   ("Rédaction d'outils pour les membres", 2), ("Rencontre de coordination", 2),
                   ("Gestion administrative des dossiers", 2), ("Préparation de webinaire pour le réseau", 1)),
    "coordinator": (("Planification des ressources", 4), ("Rencontre de coordination", 3),
                    ("Suivi des banques d'heures", 2), ("Accueil des demandes des membres", 3),
                    ("Gestion administrative des dossiers", 1)),
    "manager": (("Gestion de l'équipe", 3), ("Comité de direction", 2), ("Suivi budgétaire", 2),
                ("Développement de l'offre de services", 2), ("Préparation du conseil d'administration", 1),
                ("Rencontre individuelle de suivi", 2)),
    "admin": (("Facturation et comptes clients", 4), ("Soutien administratif", 4), ("Gestion documentaire", 2),
              ("Préparation du conseil d'administration", 1), ("Logistique des rencontres", 2)),
}
