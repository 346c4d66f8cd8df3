"""The words of the demo engagements: titles, scopes and the engagement letter's sections.

For each domain, a few kinds of engagement the CREC really does for its members, in French and
a couple in English. `{member}` in a context is the member's full name (all of them are
"Fédération …" or "Coopérative …", hence "La {member}" / "The {member}"). Deliverables and
exclusions are one item per line, each after a dash, as a person would type them.

Also the notes of the working sessions booked on an engagement, by domain and language.
"""
from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class EngagementText:
    title: str
    scope: str
    context: str
    deliverables: str
    exclusions: str


def _t(title: str, scope: str, context: str, deliverables: tuple[str, ...], exclusions: tuple[str, ...]):
    return EngagementText(title, scope, context, "\n".join(f"– {d}" for d in deliverables),
                          "\n".join(f"– {x}" for x in exclusions))


TEXTS: dict[str, dict[str, tuple[EngagementText, ...]]] = {
    "hr": {
        "fr": (
            _t("Révision de la politique de rémunération",
               "Analyse de la structure salariale actuelle, comparaison avec le marché de référence et "
               "recommandations au conseil d'administration sur les échelles, la progression et la "
               "reconnaissance des compétences, dans le respect de la Loi sur l'équité salariale.",
               "La {member} constate des difficultés de recrutement et de rétention pour plusieurs postes "
               "clés. Sa structure salariale n'a pas été revue depuis plusieurs années.",
               ("Portrait de la structure salariale actuelle", "Étude comparative du marché (10 postes repères)",
                "Proposition d'échelles salariales et de règles de progression",
                "Présentation au conseil d'administration"),
               ("Évaluation complète du maintien de l'équité salariale", "Négociation avec un syndicat")),
            _t("Élaboration d'un programme d'accueil et d'intégration",
               "Conception d'un programme d'accueil des nouveaux employés : trousse d'accueil, parcours des "
               "trois premiers mois, rôle du parrain ou de la marraine et outils de suivi pour les gestionnaires.",
               "La {member} prévoit une croissance de ses effectifs et souhaite réduire les départs hâtifs "
               "des nouvelles recrues.",
               ("Trousse d'accueil (gabarits modifiables)", "Parcours d'intégration sur 90 jours",
                "Grille de suivi pour les gestionnaires", "Atelier de formation des parrains et marraines"),
               ("Traduction des documents", "Production graphique professionnelle")),
            _t("Accompagnement en dotation d'un poste de direction générale",
               "Accompagnement du comité de sélection dans le recrutement de la prochaine direction générale : "
               "profil de compétences, affichage, présélection, entrevues structurées et vérification des "
               "références.",
               "La direction générale de la {member} a annoncé son départ à la retraite. Le conseil "
               "d'administration veut mener un processus rigoureux et équitable.",
               ("Profil de compétences validé par le comité", "Offre d'emploi et plan de diffusion",
                "Grilles d'entrevue et de pondération", "Rapport de recommandation au conseil"),
               ("Frais d'affichage payant", "Tests psychométriques administrés par un tiers")),
            _t("Révision du manuel de l'employé",
               "Mise à jour du manuel de l'employé et des politiques de conditions de travail à la lumière des "
               "modifications récentes à la Loi sur les normes du travail, incluant la politique de "
               "prévention du harcèlement psychologique et sexuel.",
               "Le manuel de l'employé de la {member} date de plusieurs années et ne reflète plus les "
               "obligations légales actuelles ni les pratiques réelles de l'organisation.",
               ("Manuel de l'employé révisé", "Politique de prévention du harcèlement conforme",
                "Tableau des changements et de leurs motifs", "Séance d'information au personnel"),
               ("Avis juridique formel", "Conventions collectives")),
            _t("Démarche d'évaluation du rendement",
               "Mise en place d'une démarche d'appréciation de la contribution axée sur le dialogue : "
               "formulaires, calendrier annuel, formation des gestionnaires et arrimage avec le plan de "
               "développement des compétences.",
               "La {member} souhaite offrir à son personnel une rétroaction structurée et mieux planifier "
               "la formation.",
               ("Formulaires d'appréciation", "Guide du gestionnaire", "Deux ateliers de formation",
                "Calendrier annuel de la démarche"),
               ("Lien entre l'appréciation et la rémunération",)),
            _t("Sondage sur le climat de travail",
               "Réalisation d'un sondage confidentiel sur le climat de travail, analyse des résultats, "
               "groupes de discussion et plan d'action priorisé avec l'équipe de direction.",
               "La {member} a connu plusieurs changements dans la dernière année et veut mesurer leurs "
               "effets sur la mobilisation de son équipe.",
               ("Questionnaire adapté", "Rapport des résultats", "Synthèse des groupes de discussion",
                "Plan d'action priorisé"),
               ("Interventions individuelles", "Enquête sur une plainte")),
        ),
        "en": (
            _t("Compensation policy review",
               "Review of the current salary structure, comparison with the reference market and "
               "recommendations to the board on pay scales, progression and recognition of skills, in "
               "keeping with Quebec's Pay Equity Act.",
               "The {member} is having trouble hiring and keeping staff in several key positions; its salary "
               "structure has not been reviewed for years.",
               ("Current salary structure overview", "Market comparison (10 benchmark positions)",
                "Proposed pay scales and progression rules", "Presentation to the board"),
               ("Full pay equity maintenance audit", "Bargaining with a union")),
            _t("Onboarding program",
               "Design of an onboarding program for new employees: welcome kit, first-90-days path, role of "
               "the buddy and follow-up tools for managers.",
               "The {member} expects its staff to grow and wants fewer early departures among new hires.",
               ("Welcome kit (editable templates)", "90-day onboarding path", "Manager follow-up checklist",
                "Buddy training workshop"),
               ("Translation of documents", "Professional graphic design")),
        ),
    },
    "government": {
        "fr": (
            _t("Stratégie de relations gouvernementales",
               "Élaboration d'une stratégie de relations gouvernementales : cartographie des interlocuteurs, "
               "messages clés, calendrier des interventions et préparation des rencontres avec les cabinets "
               "ministériels.",
               "La {member} souhaite faire reconnaître la contribution de ses coopératives dans les "
               "orientations gouvernementales de son secteur.",
               ("Cartographie des parties prenantes", "Messages clés et argumentaire",
                "Plan d'action sur 12 mois", "Préparation de deux rencontres ministérielles"),
               ("Inscription au registre des lobbyistes (faite par le membre)", "Frais de déplacement")),
            _t("Mémoire dans le cadre de consultations prébudgétaires",
               "Rédaction d'un mémoire présentant les besoins du réseau et des recommandations chiffrées "
               "dans le cadre des consultations prébudgétaires du ministère des Finances.",
               "La {member} veut faire valoir les besoins de financement de son réseau avant le prochain "
               "budget du Québec.",
               ("Plan du mémoire validé", "Mémoire d'au plus 15 pages", "Fiche synthèse d'une page"),
               ("Étude économique originale", "Traduction anglaise")),
            _t("Demande de financement au programme d'appui",
               "Accompagnement dans la préparation d'une demande de financement à un programme "
               "gouvernemental : admissibilité, montage financier, rédaction et suivi auprès du ministère.",
               "La {member} prépare un projet structurant pour ses membres et cherche un financement public "
               "pour le réaliser.",
               ("Analyse d'admissibilité", "Montage financier du projet", "Demande complète prête au dépôt",
                "Suivi des questions du ministère"),
               ("Garantie d'obtention du financement", "Reddition de comptes du projet financé")),
            _t("Veille législative et réglementaire",
               "Mise en place d'une veille des projets de loi, règlements et programmes touchant le secteur, "
               "avec un bulletin mensuel et des alertes lors des périodes de consultation.",
               "La {member} doit réagir rapidement aux changements législatifs qui touchent ses coopératives.",
               ("Grille de veille et sources suivies", "Bulletin mensuel", "Alertes lors des consultations"),
               ("Représentations auprès des élus",)),
            _t("Préparation à une commission parlementaire",
               "Préparation de la participation du membre aux travaux d'une commission parlementaire : "
               "analyse du projet de loi, mémoire, allocution et simulation de la période d'échanges.",
               "Un projet de loi touchant directement les coopératives du réseau de la {member} fait l'objet "
               "de consultations particulières.",
               ("Analyse du projet de loi", "Mémoire", "Allocution de dix minutes",
                "Séance de simulation des échanges"),
               ("Présence à Québec le jour de la commission",)),
            _t("Plan de représentation régionale",
               "Élaboration d'un plan de représentation auprès des élus municipaux, des MRC et des députés "
               "de la région, avec un calendrier de rencontres et des outils de présentation.",
               "La {member} veut mieux faire connaître le modèle coopératif auprès des décideurs de sa région.",
               ("Liste priorisée des décideurs", "Trousse de présentation", "Calendrier des rencontres"),
               ("Organisation d'événements publics",)),
        ),
        "en": (
            _t("Government relations strategy",
               "A government relations strategy: map of stakeholders, key messages, timetable of actions and "
               "preparation of meetings with ministers' offices.",
               "The {member} wants its cooperatives' contribution recognised in the government's plans for "
               "its sector.",
               ("Stakeholder map", "Key messages and arguments", "12-month action plan",
                "Preparation of two ministerial meetings"),
               ("Lobbyist registration (done by the member)", "Travel expenses")),
            _t("Funding application to a government program",
               "Support in preparing a funding application: eligibility, financial package, writing and "
               "follow-up with the ministry.",
               "The {member} is preparing a project for its members and is looking for public funding.",
               ("Eligibility review", "Project financial package", "Complete application ready to file"),
               ("Any guarantee that funding is granted",)),
        ),
    },
    "law": {
        "fr": (
            _t("Révision des règlements généraux",
               "Mise à jour des règlements généraux à la suite des modifications à la Loi sur les "
               "coopératives : conditions d'admission, assemblées, conseil d'administration, parts et "
               "ristournes, et préparation de l'assemblée extraordinaire qui les adoptera.",
               "Les règlements de la {member} n'ont pas été revus depuis les dernières modifications à la Loi "
               "sur les coopératives et certaines dispositions ne s'appliquent plus.",
               ("Règlements généraux révisés", "Tableau comparatif commenté", "Avis de convocation et "
                "projet de résolution pour l'assemblée"),
               ("Représentation devant un tribunal", "Démarches auprès du Registraire des entreprises")),
            _t("Convention d'intercoopération",
               "Rédaction d'une convention d'intercoopération encadrant le partage de services entre "
               "coopératives membres : gouvernance, partage des coûts, propriété des actifs et sortie.",
               "Plusieurs coopératives du réseau de la {member} veulent mettre des services en commun.",
               ("Projet de convention", "Deux rencontres de validation avec les parties",
                "Version finale prête à signer"),
               ("Avis fiscal", "Enregistrement de marques de commerce")),
            _t("Avis juridique sur la gouvernance",
               "Avis juridique sur les pouvoirs respectifs de l'assemblée générale, du conseil "
               "d'administration et de la direction générale, et recommandations pour clarifier les rôles.",
               "Des questions ont été soulevées au conseil d'administration de la {member} sur la portée de "
               "certaines délégations de pouvoirs.",
               ("Avis juridique écrit", "Présentation au conseil d'administration"),
               ("Litige en cours ou appréhendé",)),
            _t("Révision des contrats types",
               "Révision des contrats types utilisés avec les clients et les fournisseurs : clauses de "
               "responsabilité, protection des renseignements personnels (Loi 25) et résiliation.",
               "La {member} utilise des modèles de contrats anciens qui ne tiennent pas compte des nouvelles "
               "obligations en matière de renseignements personnels.",
               ("Contrats types révisés (au plus cinq)", "Guide d'utilisation des clauses"),
               ("Négociation avec des tiers", "Contrats de travail")),
            _t("Accompagnement d'un projet de fusion",
               "Accompagnement juridique d'un projet de fusion entre coopératives : étapes prévues par la "
               "loi, convention de fusion, documents d'assemblée et dépôt des statuts.",
               "Deux coopératives du réseau de la {member} étudient un regroupement pour assurer leur "
               "pérennité.",
               ("Échéancier juridique", "Convention de fusion", "Documents des assemblées",
                "Statuts de fusion"),
               ("Évaluation financière des coopératives", "Frais gouvernementaux")),
            _t("Formation sur les obligations des administrateurs",
               "Formation des administrateurs sur leurs devoirs de prudence, de diligence et de loyauté, "
               "les conflits d'intérêts et la confidentialité, avec un cas pratique adapté au secteur.",
               "Le conseil d'administration de la {member} accueille plusieurs nouveaux administrateurs.",
               ("Formation de trois heures", "Cahier du participant", "Modèle de déclaration d'intérêts"),
               ("Conseil juridique individuel aux administrateurs",)),
        ),
        "en": (
            _t("By-law review",
               "Update of the general by-laws following the amendments to the Cooperatives Act: admission, "
               "meetings, board of directors, shares and patronage dividends, and preparation of the special "
               "meeting that will adopt them.",
               "The {member}'s by-laws predate the latest amendments to the Cooperatives Act and some "
               "provisions no longer apply.",
               ("Revised by-laws", "Annotated comparison table", "Notice of meeting and draft resolution"),
               ("Representation before a court", "Filings with the Enterprise Registrar")),
            _t("Director duties training",
               "Training for directors on their duties of prudence, diligence and loyalty, conflicts of "
               "interest and confidentiality, with a case study from the sector.",
               "The {member}'s board welcomes several new directors.",
               ("Three-hour training session", "Participant workbook", "Declaration of interest template"),
               ("Individual legal advice to directors",)),
        ),
    },
    "ohs": {
        "fr": (
            _t("Programme de prévention SST",
               "Élaboration du programme de prévention exigé par la Loi modernisant le régime de santé et de "
               "sécurité du travail : identification des risques, mesures de contrôle, formation et "
               "mécanismes de participation des travailleurs.",
               "Les nouvelles obligations en santé et sécurité du travail s'appliquent aux établissements de "
               "la {member}, qui doit se doter d'un programme de prévention.",
               ("Inventaire des risques par établissement", "Programme de prévention", "Plan d'action",
                "Présentation au comité de santé et de sécurité"),
               ("Mesures d'hygiène industrielle en laboratoire", "Travaux correctifs")),
            _t("Analyse des risques ergonomiques",
               "Analyse ergonomique des postes de travail les plus à risque, observations sur place, "
               "recommandations d'aménagement et capsule de formation pour le personnel.",
               "La {member} observe une hausse des troubles musculosquelettiques chez le personnel de terrain.",
               ("Rapport d'analyse de huit postes", "Recommandations priorisées", "Capsule de formation"),
               ("Achat d'équipement", "Évaluation médicale")),
            _t("Gestion des dossiers de lésions professionnelles",
               "Soutien à la gestion des dossiers de lésions professionnelles auprès de la CNESST : "
               "assignation temporaire, retour au travail et contestations, avec des outils de suivi.",
               "Le coût des lésions professionnelles de la {member} augmente et ses dossiers sont suivis de "
               "façon inégale.",
               ("Procédure de gestion des dossiers", "Formulaire d'assignation temporaire",
                "Tableau de bord des dossiers"),
               ("Représentation devant le Tribunal administratif du travail",)),
            _t("Formation du comité de santé et de sécurité",
               "Formation des membres du comité de santé et de sécurité sur leur rôle, les enquêtes "
               "d'accident et l'inspection des lieux de travail.",
               "La {member} met sur pied un comité de santé et de sécurité et veut qu'il soit efficace dès "
               "le départ.",
               ("Formation d'une journée", "Gabarits d'enquête et d'inspection"),
               ("Fonctionnement du comité après la formation",)),
            _t("Prévention des risques psychosociaux",
               "Identification des risques psychosociaux liés au travail, consultation du personnel et plan "
               "de prévention, en cohérence avec la politique de prévention du harcèlement.",
               "La {member} veut agir en amont sur la charge de travail et l'épuisement professionnel.",
               ("Questionnaire d'identification", "Rapport et plan de prévention", "Atelier pour les gestionnaires"),
               ("Soutien psychologique individuel",)),
            _t("Plan de mesures d'urgence",
               "Révision du plan de mesures d'urgence : scénarios, rôles, évacuation, communication et "
               "exercice d'évacuation supervisé.",
               "Le plan de mesures d'urgence de la {member} n'a pas été mis à l'essai depuis plusieurs années.",
               ("Plan de mesures d'urgence révisé", "Exercice supervisé et rapport"),
               ("Équipement de sécurité",)),
        ),
        "en": (
            _t("OHS prevention program",
               "Preparation of the prevention program required by Quebec's modernised occupational health and "
               "safety regime: risk identification, control measures, training and worker participation.",
               "The new OHS obligations now apply to the {member}'s workplaces.",
               ("Risk inventory by workplace", "Prevention program", "Action plan"),
               ("Industrial hygiene lab measurements", "Corrective works")),
            _t("Health and safety committee training",
               "Training of the health and safety committee on its role, accident investigations and "
               "workplace inspections.",
               "The {member} is setting up a health and safety committee.",
               ("One-day training", "Investigation and inspection templates"),
               ("Running the committee after the training",)),
        ),
    },
    "marketing": {
        "fr": (
            _t("Plan marketing annuel",
               "Élaboration du plan marketing de l'année : diagnostic, clientèles cibles, positionnement, "
               "objectifs mesurables, actions par canal et budget.",
               "La {member} veut mieux faire connaître ses services et soutenir la croissance de ses "
               "coopératives membres.",
               ("Diagnostic marketing", "Plan marketing et calendrier", "Budget par action",
                "Indicateurs de suivi"),
               ("Achat média", "Production des outils")),
            _t("Refonte de l'image de marque",
               "Accompagnement dans la refonte de l'image de marque : atelier de positionnement, devis pour "
               "les graphistes, choix de la proposition et guide de normes.",
               "L'image de la {member} ne reflète plus sa mission ni la diversité de son réseau.",
               ("Énoncé de positionnement", "Devis de création", "Guide de normes graphiques"),
               ("Honoraires des graphistes", "Impression")),
            _t("Stratégie numérique et médias sociaux",
               "Stratégie de présence numérique : audit du site et des médias sociaux, calendrier éditorial, "
               "gabarits de publications et formation de l'équipe.",
               "La {member} publie peu et sans plan ; elle veut rejoindre une clientèle plus jeune.",
               ("Audit numérique", "Calendrier éditorial sur six mois", "Gabarits de publications",
                "Formation de l'équipe"),
               ("Gestion courante des comptes", "Publicité payante")),
            _t("Étude de marché pour un nouveau service",
               "Étude de marché pour évaluer la demande d'un nouveau service : sondage, entrevues, analyse "
               "de la concurrence et recommandations de prix.",
               "La {member} envisage d'offrir un nouveau service à ses membres et veut en valider l'intérêt.",
               ("Questionnaire et collecte", "Rapport d'étude de marché", "Recommandations de prix"),
               ("Plan d'affaires complet",)),
            _t("Plan de développement des affaires",
               "Plan de développement des affaires : segments prioritaires, offre de valeur, processus de "
               "sollicitation et outils de vente pour l'équipe.",
               "La {member} souhaite diversifier ses revenus et rejoindre de nouveaux marchés.",
               ("Analyse des segments", "Offre de valeur", "Processus et outils de vente"),
               ("Sollicitation faite au nom du membre",)),
            _t("Campagne de recrutement de membres",
               "Conception d'une campagne de recrutement de nouveaux membres : messages, outils, canaux et "
               "mesure des résultats.",
               "Le nombre de membres de la {member} stagne depuis quelques années.",
               ("Concept et messages", "Outils de campagne", "Rapport de résultats"),
               ("Achat média", "Impression")),
        ),
        "en": (
            _t("Annual marketing plan",
               "The year's marketing plan: assessment, target customers, positioning, measurable objectives, "
               "actions by channel and budget.",
               "The {member} wants its services better known and to support the growth of its cooperatives.",
               ("Marketing assessment", "Marketing plan and calendar", "Budget by action", "Tracking indicators"),
               ("Media buying", "Production of materials")),
            _t("Digital and social media strategy",
               "Digital presence strategy: website and social media audit, editorial calendar, post templates "
               "and team training.",
               "The {member} posts rarely and without a plan, and wants to reach younger people.",
               ("Digital audit", "Six-month editorial calendar", "Post templates", "Team training"),
               ("Day-to-day account management", "Paid advertising")),
        ),
    },
    "finance": {
        "fr": (
            _t("Prévisions financières triennales",
               "Préparation des prévisions financières sur trois ans : hypothèses, budget d'exploitation, "
               "flux de trésorerie et scénarios, avec présentation au conseil d'administration.",
               "La {member} prépare sa planification stratégique et doit en mesurer la faisabilité financière.",
               ("Hypothèses documentées", "Prévisions sur trois ans (trois scénarios)",
                "Présentation au conseil d'administration"),
               ("Mission d'audit ou d'examen", "Tenue de livres")),
            _t("Diagnostic financier",
               "Diagnostic de la situation financière : analyse des états financiers des cinq dernières "
               "années, ratios, rentabilité par activité et recommandations.",
               "Les résultats de la {member} se sont détériorés et le conseil veut comprendre pourquoi.",
               ("Rapport de diagnostic", "Tableau des ratios", "Recommandations priorisées"),
               ("Audit des états financiers",)),
            _t("Politique de ristournes et de réserves",
               "Élaboration d'une politique d'attribution des ristournes et de constitution des réserves "
               "conforme à la Loi sur les coopératives, avec ses incidences fiscales.",
               "La {member} dégage des trop-perçus et veut en encadrer la répartition de façon durable.",
               ("Politique de ristournes et de réserves", "Note sur les incidences fiscales",
                "Présentation à l'assemblée"),
               ("Déclarations fiscales",)),
            _t("Planification fiscale et crédits d'impôt",
               "Revue de la situation fiscale et des crédits d'impôt disponibles (emploi, formation, "
               "recherche), avec un plan pour les réclamer.",
               "La {member} croit ne pas profiter de tous les crédits d'impôt auxquels elle a droit.",
               ("Inventaire des crédits admissibles", "Plan de réclamation", "Calendrier fiscal"),
               ("Préparation des déclarations", "Représentation auprès de Revenu Québec")),
            _t("Tableau de bord de gestion",
               "Conception d'un tableau de bord mensuel pour la direction et le conseil : indicateurs "
               "financiers et opérationnels, sources de données et gabarit automatisé.",
               "La {member} reçoit ses résultats trop tard pour agir et veut des indicateurs mensuels.",
               ("Choix des indicateurs", "Gabarit de tableau de bord", "Guide de mise à jour"),
               ("Développement informatique sur mesure",)),
            _t("Montage financier d'un projet immobilier",
               "Montage financier d'un projet immobilier : coûts, sources de financement (prêts, subventions, "
               "parts privilégiées), analyse de viabilité et dossier pour les prêteurs.",
               "La {member} accompagne un projet d'agrandissement qui exige un financement de plusieurs "
               "sources.",
               ("Montage financier", "Analyse de viabilité", "Dossier pour les prêteurs"),
               ("Évaluation immobilière", "Frais de financement")),
        ),
        "en": (
            _t("Three-year financial forecast",
               "Three-year financial forecast: assumptions, operating budget, cash flow and scenarios, "
               "presented to the board.",
               "The {member} is preparing its strategic plan and must assess its financial feasibility.",
               ("Documented assumptions", "Three-year forecast (three scenarios)", "Presentation to the board"),
               ("Audit or review engagement", "Bookkeeping")),
            _t("Management dashboard",
               "A monthly dashboard for management and the board: financial and operational indicators, data "
               "sources and an automated template.",
               "The {member} gets its results too late to act on them.",
               ("Choice of indicators", "Dashboard template", "Update guide"),
               ("Custom software development",)),
        ),
    },
    "events": {
        "fr": (
            _t("Organisation de l'assemblée générale annuelle",
               "Organisation de l'assemblée générale annuelle : logistique, inscriptions, documents, "
               "animation, vote électronique ou hybride et suivi après l'événement.",
               "La {member} tient son assemblée générale annuelle au printemps et veut une formule hybride "
               "qui favorise la participation.",
               ("Plan logistique et échéancier", "Gestion des inscriptions", "Documents d'assemblée mis en page",
                "Bilan de l'événement"),
               ("Frais de salle et de traiteur", "Plateforme de vote (frais de licence)")),
            _t("Colloque annuel du réseau",
               "Organisation du colloque annuel : programmation, conférenciers, partenaires, inscriptions, "
               "logistique sur place et évaluation.",
               "Le colloque de la {member} réunit chaque année les coopératives de son réseau.",
               ("Programmation", "Plan de partenariat", "Gestion des inscriptions", "Rapport d'évaluation"),
               ("Cachets des conférenciers", "Frais de salle, d'hébergement et de traiteur")),
            _t("Journée de planification stratégique",
               "Conception et animation d'une journée de planification stratégique avec le conseil et "
               "l'équipe de direction, et rédaction du compte rendu.",
               "La {member} entame son prochain cycle de planification stratégique.",
               ("Déroulement détaillé", "Animation de la journée", "Compte rendu et priorités retenues"),
               ("Rédaction du plan stratégique complet",)),
            _t("Gala reconnaissance",
               "Organisation d'un gala reconnaissance des coopératives : appel de candidatures, jury, "
               "scénarisation, logistique et communications.",
               "La {member} veut souligner les réalisations de ses membres lors d'un gala.",
               ("Appel de candidatures", "Encadrement du jury", "Scénario de la soirée", "Bilan"),
               ("Frais de production", "Trophées")),
            _t("Tournée régionale d'information",
               "Organisation d'une tournée régionale de séances d'information : calendrier, réservation des "
               "lieux, inscriptions et présentation type.",
               "La {member} veut rencontrer ses membres dans chaque région à la suite de changements "
               "importants.",
               ("Calendrier de tournée", "Présentation type", "Gestion des inscriptions"),
               ("Frais de déplacement et de location",)),
            _t("Forum des jeunes coopérateurs",
               "Organisation d'un forum destiné à la relève coopérative : contenu, animation, partenaires et "
               "communications.",
               "La {member} veut préparer la relève de ses conseils d'administration.",
               ("Programme du forum", "Plan de communication", "Bilan"),
               ("Frais de salle et de repas",)),
        ),
        "en": (
            _t("Annual general meeting",
               "Organisation of the annual general meeting: logistics, registrations, documents, facilitation, "
               "online or hybrid voting and follow-up.",
               "The {member} holds its AGM in the spring and wants a hybrid format.",
               ("Logistics plan and schedule", "Registration management", "Meeting documents", "Event report"),
               ("Venue and catering", "Voting platform licence")),
            _t("Strategic planning day",
               "Design and facilitation of a strategic planning day with the board and management team, and "
               "the written summary.",
               "The {member} is starting its next strategic planning cycle.",
               ("Detailed agenda", "Facilitation", "Summary and chosen priorities"),
               ("Writing the full strategic plan",)),
        ),
    },
}

# Notes of the sessions booked on an engagement (first session, then the others).
KICKOFF = {"fr": "Rencontre de démarrage", "en": "Kick-off meeting"}
SESSION_NOTES = {
    "fr": ("Analyse et rédaction", "Rencontre de travail", "Atelier avec le comité", "Suivi avec la direction",
           "Collecte d'information", "Préparation de la présentation", "Présentation au conseil d'administration",
           "Révision des documents"),
    "en": ("Analysis and writing", "Working meeting", "Committee workshop", "Follow-up with management",
           "Information gathering", "Presentation preparation", "Presentation to the board", "Document review"),
}
SERIES_NOTES = {"fr": "Comité de travail hebdomadaire", "en": "Weekly working committee"}
TENTATIVE_NOTES = {"fr": "Proposition de rencontre — à confirmer", "en": "Proposed meeting — to be confirmed"}
TEAM_MEETING = "Réunion d'équipe"

# The blocks around a session and the short ones of a day (store.demo_day).
PREPARATION = {
    "fr": ("Préparation de la séance", "Préparation de l'atelier", "Lecture des documents du membre"),
    "en": ("Session preparation", "Workshop preparation", "Reading the member's documents"),
}
REPORT = {
    "fr": ("Compte rendu de la rencontre", "Mise au propre des notes et suivis"),
    "en": ("Meeting report", "Notes and follow-ups"),
}
TRAVEL = {"fr": "Déplacement : {origin} → {city}", "en": "Travel: {origin} → {city}"}
ON_THE_ROAD = {"fr": "Sur la route", "en": "On the road"}
CALLS = {
    "fr": ("Appel de suivi avec le membre", "Appel avec la direction générale", "Suivi téléphonique avec le comité",
           "Échange avec la présidence du conseil", "Réponse aux questions du membre"),
    "en": ("Follow-up call with the member", "Call with the executive director", "Committee follow-up call",
           "Call with the chair of the board", "Answering the member's questions"),
}
CALL_LOCATIONS = {"fr": ("Téléphone", "À distance (Teams)"), "en": ("Telephone", "Remote (Teams)")}
WRITING = {
    "fr": ("Analyse et rédaction", "Révision des documents", "Rédaction du rapport", "Recherche et analyse"),
    "en": ("Analysis and writing", "Document review", "Report writing", "Research and analysis"),
}
SHORT_INTERNAL = (("Rencontre de coordination", 3), ("Point avec la coordonnatrice", 2),
                  ("Courriels et suivis administratifs", 4), ("Mise à jour des dossiers", 3),
                  ("Saisie des heures et des dépenses", 2), ("Rencontre individuelle de suivi", 1))
WEEKLY_CALL = {"fr": "Appel de suivi hebdomadaire", "en": "Weekly follow-up call"}
