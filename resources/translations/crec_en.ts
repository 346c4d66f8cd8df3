<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="fr_CA">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/about.py" line="17"/>
        <source>À propos de crec-desktop</source>
        <translation>About crec-desktop</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/about.py" line="24"/>
        <source>&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/about.py" line="26"/>
        <source>Planification du temps des spécialistes du Consortium de ressources et d&apos;expertises coopératives (CREC), auprès de ses organisations membres.</source>
        <translation>Planning the time of the specialists of the Consortium de ressources et d&apos;expertises coopératives (CREC) across its member organisations.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/about.py" line="29"/>
        <source>Base de données : %1&lt;br&gt;Python %2, Qt %3, PySide6 %4</source>
        <translation>Database: %1&lt;br&gt;Python %2, Qt %3, PySide6 %4</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/records/absence_dialog.py" line="32"/>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absence_dialog.py" line="32"/>
        <source>Nouvelle absence</source>
        <translation>New absence</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absence_dialog.py" line="39"/>
        <source>(choisir)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absence_dialog.py" line="46"/>
        <source>Spécialiste</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absence_dialog.py" line="47"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absence_dialog.py" line="48"/>
        <source>Au (inclus)</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absence_dialog.py" line="49"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absence_dialog.py" line="50"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absence_dialog.py" line="58"/>
        <source>Votre rôle ne permet pas de modifier cette absence.</source>
        <translation>Your role does not allow changing this absence.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absence_dialog.py" line="85"/>
        <source>Absence enregistrée</source>
        <translation>Absence saved</translation>
    </message>
</context>
<context>
    <name>AbsenceLinesModel</name>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="134"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="135"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="136"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="137"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AbsenceList</name>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="42"/>
        <source>En cours et à venir</source>
        <translation>Current and upcoming</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="43"/>
        <source>Passées</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="44"/>
        <source>Toutes les absences</source>
        <translation>All absences</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="50"/>
        <source>Nouvelle absence…</source>
        <translation>New absence…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="51"/>
        <location filename="../../crec_desktop/ui/records/absences.py" line="64"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="52"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="64"/>
        <source>Consulter…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="75"/>
        <source>Supprimer l&apos;absence</source>
        <translation>Delete the absence</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="76"/>
        <source>Supprimer l&apos;absence de %1 du %2 au %3 ?</source>
        <translation>Delete %1&apos;s absence from %2 to %3?</translation>
    </message>
</context>
<context>
    <name>AbsenceModel</name>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="20"/>
        <source>Spécialiste</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="21"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="22"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="23"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="24"/>
        <source>Jours ouvrables</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="25"/>
        <source>Jours de semaine, jours fériés et fermetures exclus</source>
        <translation>Weekdays, statutory holidays and closures excluded</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/absences.py" line="26"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ActiveRecordListView</name>
    <message>
        <location filename="../../crec_desktop/ui/records/list_view.py" line="330"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/list_view.py" line="330"/>
        <source>Consulter…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/list_view.py" line="332"/>
        <location filename="../../crec_desktop/ui/records/list_view.py" line="346"/>
        <source>Désactiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/list_view.py" line="333"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/list_view.py" line="345"/>
        <source>Réactiver</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>BankYearsModel</name>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="40"/>
        <source>Exercice</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="41"/>
        <source>Disponibles</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="42"/>
        <source>Banque %1 + report %2</source>
        <translation>Bank %1 + carried over %2</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="44"/>
        <source>Utilisées</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="45"/>
        <source>Prévues</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="46"/>
        <source>Solde</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="47"/>
        <source>Reporté</source>
        <translation>Carried over</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="74"/>
        <source>Réservation</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="77"/>
        <source>(travail interne, sans mandat)</source>
        <translation>(internal work, no engagement)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="88"/>
        <source>Confirmée</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="89"/>
        <source>Provisoire</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="94"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="95"/>
        <source>Chaque jour ouvrable</source>
        <translation>Every working day</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="96"/>
        <source>Chaque semaine</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="97"/>
        <source>Toutes les deux semaines</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="98"/>
        <source>Chaque mois</source>
        <translation>Every month</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="101"/>
        <source> fois</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="109"/>
        <source>Mandat</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="110"/>
        <source>Spécialiste</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="111"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="112"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="113"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="114"/>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="115"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="119"/>
        <source>Répétition</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="141"/>
        <source>Personnalisée : %1</source>
        <translation>Custom: %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="169"/>
        <source>Choisissez un spécialiste.</source>
        <translation>Choose a specialist.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="171"/>
        <source>La fin doit venir après le début.</source>
        <translation>The end must come after the start.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/dialog.py" line="173"/>
        <source>Une réservation dure au plus 24 heures.</source>
        <translation>A booking lasts at most 24 hours.</translation>
    </message>
</context>
<context>
    <name>CentralArea</name>
    <message>
        <location filename="../../crec_desktop/ui/central.py" line="36"/>
        <source>&amp;Semaine</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/central.py" line="38"/>
        <source>&amp;Mois</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/central.py" line="44"/>
        <source>Au&amp;jourd&apos;hui</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/central.py" line="46"/>
        <source>Période &amp;précédente</source>
        <translation>&amp;Previous period</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/central.py" line="48"/>
        <source>Période &amp;suivante</source>
        <translation>&amp;Next period</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/central.py" line="50"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/central.py" line="134"/>
        <source>Semaine %1, du %2 au %3</source>
        <translation>Week %1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="56"/>
        <source>Fermeture</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="56"/>
        <source>Nouvelle fermeture</source>
        <translation>New closure</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="58"/>
        <source>ex. : Veille de Noël</source>
        <translation>e.g. Christmas Eve</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="60"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="61"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ClosureModel</name>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="44"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="45"/>
        <source>Fermeture</source>
        <translation>Closure</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="97"/>
        <source>Choisir une couleur…</source>
        <translation>Choose a colour…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="117"/>
        <source>Couleur du spécialiste</source>
        <translation>Specialist&apos;s colour</translation>
    </message>
</context>
<context>
    <name>EngagementChooserDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/letters/chooser.py" line="47"/>
        <source>Choisir un mandat</source>
        <translation>Choose an engagement</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/chooser.py" line="52"/>
        <source>Numéro, titre ou membre…</source>
        <translation>Number, title or member…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/chooser.py" line="56"/>
        <source>&amp;Rechercher :</source>
        <translation>&amp;Search:</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="139"/>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="187"/>
        <source>Mandat</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="139"/>
        <source>Nouveau mandat</source>
        <translation>New engagement</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="146"/>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="150"/>
        <source>(choisir)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="153"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="156"/>
        <source>Taxable (TPS et TVQ)</source>
        <translation>Taxable (GST and QST)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="157"/>
        <source>celui du responsable</source>
        <translation>the lead&apos;s</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="159"/>
        <source>ex. : 40</source>
        <translation>e.g. 40</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="169"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="170"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="171"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="172"/>
        <source>Domaine</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="173"/>
        <source>Responsable</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="174"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="175"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="176"/>
        <source>Heures au budget</source>
        <translation>Budgeted hours</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="177"/>
        <source>Taux horaire ($)</source>
        <translation>Hourly rate ($)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="179"/>
        <source>Langue de la lettre</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="181"/>
        <source>Contexte</source>
        <translation>Context</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="182"/>
        <source>Objet et portée</source>
        <translation>Object and scope</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="183"/>
        <source>Livrables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="184"/>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="188"/>
        <source>Textes de la lettre</source>
        <translation>Letter texts</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="194"/>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="199"/>
        <source>Aucune lettre d&apos;entente émise pour ce mandat.</source>
        <translation>No engagement letter issued for this engagement.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="205"/>
        <source>Aperçu de la lettre…</source>
        <translation>Preview the letter…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="209"/>
        <source>Lettres émises</source>
        <translation>Issued letters</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="219"/>
        <source>Votre rôle ne permet pas de modifier les mandats.</source>
        <translation>Your role does not allow changing engagements.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="238"/>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="242"/>
        <source>Marquer comme envoyé</source>
        <translation>Mark as sent</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="242"/>
        <source>Marquer comme signé</source>
        <translation>Mark as signed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="243"/>
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="243"/>
        <source>Terminer</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="244"/>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="379"/>
        <source>Annuler le mandat</source>
        <translation>Cancel the engagement</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="259"/>
        <source>Heures :</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="271"/>
        <source>aucune séance</source>
        <translation>no sessions</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="280"/>
        <source>Mandat %1</source>
        <translation>Engagement %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="289"/>
        <source>%1 faites, %2 planifiées sur %3 au budget</source>
        <translation>%1 done, %2 planned of %3 budgeted</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="292"/>
        <source>dépassement de %1</source>
        <translation>%1 over</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="294"/>
        <source>%1 faites, %2 planifiées, sans budget</source>
        <translation>%1 done, %2 planned, no budget</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="356"/>
        <source>Enregistrez d&apos;abord vos modifications.</source>
        <translation>Save your changes first.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="380"/>
        <source>Annuler le mandat %1 ? Il restera dans l&apos;historique, au statut « annulé ».</source>
        <translation>Cancel engagement %1? It will stay in the history, with the status &quot;cancelled&quot;.</translation>
    </message>
</context>
<context>
    <name>EngagementList</name>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="91"/>
        <source>Mandats ouverts</source>
        <translation>Open engagements</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="94"/>
        <source>Tous les mandats</source>
        <translation>All engagements</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="103"/>
        <source>Nouveau mandat…</source>
        <translation>New engagement…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="104"/>
        <source>Ouvrir…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="105"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="124"/>
        <source>Supprimer le mandat</source>
        <translation>Delete the engagement</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="125"/>
        <source>Supprimer définitivement le mandat %1 ?</source>
        <translation>Delete engagement %1 for good?</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="126"/>
        <source>Suppression refusée</source>
        <translation>Deletion refused</translation>
    </message>
</context>
<context>
    <name>EngagementListModel</name>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="49"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="50"/>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="51"/>
        <source>Signé</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="52"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="53"/>
        <source>Terminé</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="54"/>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="84"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="84"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="84"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="84"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>EngagementModel</name>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="51"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="52"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="53"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="54"/>
        <source>Domaine</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="55"/>
        <source>Responsable</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="56"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="59"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="61"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="62"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="64"/>
        <source>Planifiées</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="66"/>
        <source>Confirmées et provisoires, dont %1 provisoires</source>
        <translation>Confirmed and tentative, of which %1 tentative</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="68"/>
        <source>Faites</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="70"/>
        <source>% du budget</source>
        <translation>% of budget</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="72"/>
        <source>Taux horaire</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="74"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagements.py" line="75"/>
        <source>Lettres émises</source>
        <translation>Issued letters</translation>
    </message>
</context>
<context>
    <name>FaultDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/fault_dialog.py" line="26"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/fault_dialog.py" line="30"/>
        <source>crec-desktop a rencontré une erreur inattendue. Votre dernière opération n&apos;a peut-être pas été enregistrée.

Copiez le rapport ci-dessous et envoyez-le au soutien informatique. Il est aussi conservé dans le journal :
%1</source>
        <translation>crec-desktop ran into an unexpected error. Your last operation may not have been saved.

Copy the report below and send it to IT support. It is also kept in the log:
%1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/fault_dialog.py" line="44"/>
        <source>Copier le rapport</source>
        <translation>Copy the report</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/fault_dialog.py" line="46"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/fault_dialog.py" line="53"/>
        <source>Le rapport est copié dans le presse-papiers.</source>
        <translation>The report is copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>GridCommands</name>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="55"/>
        <source>déplacer la réservation %1</source>
        <translation>move booking %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="56"/>
        <source>réassigner la réservation %1</source>
        <translation>reassign booking %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="57"/>
        <source>modifier la durée de la réservation %1</source>
        <translation>change the duration of booking %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="58"/>
        <source>copier la réservation %1</source>
        <translation>copy booking %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="59"/>
        <source>créer la réservation %1</source>
        <translation>create booking %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="60"/>
        <source>supprimer la réservation %1</source>
        <translation>delete booking %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="61"/>
        <source>confirmer la réservation %1</source>
        <translation>confirm booking %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="62"/>
        <source>rendre provisoire la réservation %1</source>
        <translation>make booking %1 tentative</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="63"/>
        <source>modifier la réservation %1</source>
        <translation>edit booking %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="66"/>
        <source>déplacer %1 réservations</source>
        <translation>move %1 bookings</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="67"/>
        <source>réassigner %1 réservations</source>
        <translation>reassign %1 bookings</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="68"/>
        <source>modifier la durée de %1 réservations</source>
        <translation>change the duration of %1 bookings</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="69"/>
        <source>copier %1 réservations</source>
        <translation>copy %1 bookings</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="70"/>
        <source>créer %1 réservations</source>
        <translation>create %1 bookings</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="71"/>
        <source>supprimer %1 réservations</source>
        <translation>delete %1 bookings</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="72"/>
        <source>confirmer %1 réservations</source>
        <translation>confirm %1 bookings</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="73"/>
        <source>rendre provisoires %1 réservations</source>
        <translation>make %1 bookings tentative</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="74"/>
        <source>modifier %1 réservations</source>
        <translation>edit %1 bookings</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/commands.py" line="83"/>
        <source>interne</source>
        <translation>internal</translation>
    </message>
</context>
<context>
    <name>GridEditor</name>
    <message>
        <location filename="../../crec_desktop/ui/grid/editing.py" line="53"/>
        <source>Vous ne pouvez pas modifier les réservations de ce spécialiste.</source>
        <translation>You may not change this specialist&apos;s bookings.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/editing.py" line="116"/>
        <source>Nouvelle réservation</source>
        <translation>New booking</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/editing.py" line="130"/>
        <source>Modifier la réservation</source>
        <translation>Edit the booking</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/grid/editing.py" line="167"/>
        <source>%n réservation(s) copiée(s) : clic droit sur une case, puis « Coller ici ».</source>
        <translation>
            <numerusform>%n booking copied: right-click a cell, then &quot;Paste here&quot;.</numerusform>
            <numerusform>%n bookings copied: right-click a cell, then &quot;Paste here&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/editing.py" line="202"/>
        <source>Réservation répétée</source>
        <translation>Repeating booking</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/editing.py" line="203"/>
        <source>Cette réservation fait partie d&apos;une série. Que voulez-vous changer ?</source>
        <translation>This booking is part of a series. What do you want to change?</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/editing.py" line="204"/>
        <source>Cette occurrence</source>
        <translation>This occurrence</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/editing.py" line="205"/>
        <source>Celle-ci et les suivantes</source>
        <translation>This one and the following</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/editing.py" line="206"/>
        <source>Toute la série</source>
        <translation>The whole series</translation>
    </message>
</context>
<context>
    <name>GridPainter</name>
    <message>
        <location filename="../../crec_desktop/ui/grid/painter.py" line="347"/>
        <source>Interne</source>
        <translation>Internal</translation>
    </message>
</context>
<context>
    <name>GridPrinting</name>
    <message>
        <location filename="../../crec_desktop/ui/grid/printing.py" line="98"/>
        <source>Planification du %1 au %2</source>
        <translation>Schedule from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/printing.py" line="121"/>
        <source>page %1 de %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/printing.py" line="144"/>
        <source>Imprimer la planification</source>
        <translation>Print the schedule</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/printing.py" line="148"/>
        <source>Enregistrer en PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/grid/printing.py" line="161"/>
        <source>Planification imprimée : %n page(s).</source>
        <translation>
            <numerusform>Schedule printed: %n page.</numerusform>
            <numerusform>Schedule printed: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridSource</name>
    <message>
        <location filename="../../crec_desktop/ui/grid/source.py" line="47"/>
        <source>Vacances</source>
        <translation>Vacation</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/source.py" line="47"/>
        <source>Maladie</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/source.py" line="48"/>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/source.py" line="48"/>
        <source>Congé personnel</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/source.py" line="49"/>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/source.py" line="168"/>
        <source>chevauche une autre réservation</source>
        <translation>overlaps another booking</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/source.py" line="172"/>
        <source>travail interne</source>
        <translation>internal work</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/source.py" line="173"/>
        <source>provisoire</source>
        <translation>tentative</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/source.py" line="173"/>
        <source>confirmée</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/source.py" line="175"/>
        <source>chevauche %1</source>
        <translation>overlaps %1</translation>
    </message>
</context>
<context>
    <name>GridToolbar</name>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="34"/>
        <source>Période précédente</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="35"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="36"/>
        <source>Période suivante</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="37"/>
        <source>Aller à la date</source>
        <translation>Go to date</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="45"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="45"/>
        <source>Semaine</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="45"/>
        <source>2 semaines</source>
        <translation>2 weeks</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="46"/>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="46"/>
        <source>Trimestre</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="53"/>
        <source>Couleur des réservations</source>
        <translation>Booking colours</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="54"/>
        <source>Couleur par membre</source>
        <translation>Colour by member</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="55"/>
        <source>Couleur par domaine</source>
        <translation>Colour by domain</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="56"/>
        <source>Regrouper par domaine</source>
        <translation>Group by domain</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="57"/>
        <source>Pas des déplacements aux zooms larges (15 minutes au zoom Jour)</source>
        <translation>Drag step at wide zooms (15 minutes at Day zoom)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="58"/>
        <source>Demi-journées</source>
        <translation>Half days</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="58"/>
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="59"/>
        <source>Demi-heures</source>
        <translation>Half hours</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="59"/>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="60"/>
        <source>Journées</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="62"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="63"/>
        <source>Imprimer ou enregistrer en PDF la période affichée</source>
        <translation>Print the period in view, or save it as PDF</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="76"/>
        <source>Spécialiste</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="76"/>
        <source>Domaine</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="76"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="77"/>
        <source>Mandat</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="77"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="87"/>
        <source>Rechercher (membre, mandat, titre, lieu, note)</source>
        <translation>Search (member, engagement, title, location, note)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/toolbar.py" line="90"/>
        <source>Effacer les filtres</source>
        <translation>Clear the filters</translation>
    </message>
</context>
<context>
    <name>GridTooltips</name>
    <message>
        <location filename="../../crec_desktop/ui/grid/tooltips.py" line="18"/>
        <source>Travail interne</source>
        <translation>Internal work</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/tooltips.py" line="25"/>
        <source>Provisoire</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/tooltips.py" line="25"/>
        <source>Confirmée</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/tooltips.py" line="27"/>
        <source>Fait partie d&apos;une série</source>
        <translation>Part of a series</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/tooltips.py" line="29"/>
        <source>Lieu : %1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/tooltips.py" line="33"/>
        <source>Conflit :</source>
        <translation>Conflict:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/tooltips.py" line="48"/>
        <location filename="../../crec_desktop/ui/grid/tooltips.py" line="60"/>
        <source>Jour férié</source>
        <translation>Statutory holiday</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/tooltips.py" line="48"/>
        <location filename="../../crec_desktop/ui/grid/tooltips.py" line="60"/>
        <source>Fermeture</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/tooltips.py" line="65"/>
        <source>Absence : %1</source>
        <translation>Absence: %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/tooltips.py" line="68"/>
        <source>Réservé %1 sur %2 disponibles</source>
        <translation>Booked %1 of %2 available</translation>
    </message>
</context>
<context>
    <name>HeaderPainter</name>
    <message>
        <location filename="../../crec_desktop/ui/grid/headers.py" line="86"/>
        <source>sem.</source>
        <translation>wk</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/headers.py" line="242"/>
        <source>Spécialistes</source>
        <translation>Specialists</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/headers.py" line="247"/>
        <source>heures réservées / disponibles</source>
        <translation>hours booked / available</translation>
    </message>
</context>
<context>
    <name>HoursReportDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="65"/>
        <source>Heures par spécialiste, membre et mandat</source>
        <translation>Hours by specialist, member and engagement</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="68"/>
        <source>Ce mois-ci</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="68"/>
        <source>Le mois dernier</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="69"/>
        <source>Cet exercice</source>
        <translation>This fiscal year</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="69"/>
        <source>Dates choisies</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="73"/>
        <source>&amp;Période :</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="75"/>
        <source>&amp;Du</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="75"/>
        <source>a&amp;u</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="78"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="99"/>
        <source>&amp;Enregistrer…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="100"/>
        <source>Enregistrer ce rapport comme classeur Excel (.xlsx) ou fichier CSV.</source>
        <translation>Save this report as an Excel workbook (.xlsx) or a CSV file.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="198"/>
        <source>heures</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="202"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="202"/>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="203"/>
        <source>Enregistrer le rapport</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/report_dialog.py" line="212"/>
        <source>Rapport non enregistré</source>
        <translation>Report not saved</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/records/import_errors.py" line="37"/>
        <source>Le fichier n&apos;a pas été importé : %n problème(s) à corriger. Rien n&apos;a été changé dans la base de données.</source>
        <translation>
            <numerusform>The file was not imported: %n problem to correct. Nothing was changed in the database.</numerusform>
            <numerusform>The file was not imported: %n problems to correct. Nothing was changed in the database.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/import_errors.py" line="47"/>
        <source>Copier la liste</source>
        <translation>Copy the list</translation>
    </message>
</context>
<context>
    <name>IssuedModel</name>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="119"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="120"/>
        <source>Émise le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="122"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="123"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="123"/>
        <source>français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="123"/>
        <source>anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="125"/>
        <source>Empreinte SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
</context>
<context>
    <name>IssuedVersionsModel</name>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="177"/>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="177"/>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="180"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="180"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="180"/>
        <source>Émise le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="180"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/models.py" line="193"/>
        <source>SHA-256 : %1</source>
        <translation>SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>LetterBatchDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="58"/>
        <source>Lettres d&apos;entente de plusieurs mandats</source>
        <translation>Letters of several engagements</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="67"/>
        <source>Numéro, titre ou membre…</source>
        <translation>Number, title or member…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="70"/>
        <source>&amp;Filtrer :</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="72"/>
        <source>Tout cocher</source>
        <translation>Check all</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="73"/>
        <source>Cocher les mandats affichés</source>
        <translation>Check the engagements shown</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="75"/>
        <source>Tout décocher</source>
        <translation>Uncheck all</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="76"/>
        <source>Décocher les mandats affichés</source>
        <translation>Uncheck the engagements shown</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="85"/>
        <source>Langue de chaque mandat</source>
        <translation>Each engagement&apos;s language</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="86"/>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="87"/>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="88"/>
        <source>&amp;Langue des lettres :</source>
        <translation>&amp;Language of the letters:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="98"/>
        <source>&amp;Enregistrer en PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="100"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="117"/>
        <source>%n mandat coché</source>
        <translation>
            <numerusform>%n engagement checked</numerusform>
            <numerusform>%n engagements checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="117"/>
        <source>%n mandats cochés</source>
        <translation>
            <numerusform>%n engagement checked</numerusform>
            <numerusform>%n engagements checked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="137"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="192"/>
        <source>Erreur inattendue : %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="195"/>
        <source>Lettre du mandat %1 (%2 de %3)…</source>
        <translation>Letter of engagement %1 (%2 of %3)…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="204"/>
        <source>Dossier où enregistrer les lettres</source>
        <translation>Folder to save the letters in</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="211"/>
        <source>Remplacer des fichiers ?</source>
        <translation>Replace files?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="212"/>
        <source>%n fichiers de ce dossier portent déjà le nom d&apos;une lettre. Les remplacer ?</source>
        <translation>
            <numerusform>%n file in this folder already has the name of a letter. Replace it?</numerusform>
            <numerusform>%n files in this folder already have the names of letters. Replace them?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="214"/>
        <source>Un fichier de ce dossier porte déjà le nom d&apos;une lettre : %1. Le remplacer ?</source>
        <translation>A file in this folder already has the name of a letter: %1. Replace it?</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="227"/>
        <source>Enregistrement des lettres</source>
        <translation>Saving the letters</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="229"/>
        <source>%n lettre enregistrée</source>
        <translation>
            <numerusform>%n letter saved</numerusform>
            <numerusform>%n letters saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="229"/>
        <source>%n lettres enregistrées</source>
        <translation>
            <numerusform>%n letter saved</numerusform>
            <numerusform>%n letters saved</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="230"/>
        <source>%1 dans %2.</source>
        <translation>%1 in %2.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="239"/>
        <source>Imprimer les lettres d&apos;entente</source>
        <translation>Print the engagement letters</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="239"/>
        <source>Imprimer dans un fichier PDF</source>
        <translation>Print to a PDF file</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="240"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="248"/>
        <source>Impression impossible</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="249"/>
        <source>L&apos;imprimante n&apos;a pas accepté le travail d&apos;impression.</source>
        <translation>The printer did not accept the print job.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="255"/>
        <source>Impression des lettres</source>
        <translation>Printing the letters</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/batch.py" line="262"/>
        <source>Impression annulée : rien n&apos;a été imprimé.</source>
        <translation>Printing cancelled: nothing was printed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="266"/>
        <source>%n lettre imprimée</source>
        <translation>
            <numerusform>%n letter printed</numerusform>
            <numerusform>%n letters printed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="266"/>
        <source>%n lettres imprimées</source>
        <translation>
            <numerusform>%n letter printed</numerusform>
            <numerusform>%n letters printed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="267"/>
        <source>%n page.</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="267"/>
        <source>%n pages.</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="278"/>
        <source>Interrompu avant la fin : %n lettre non traitée.</source>
        <translation>
            <numerusform>Stopped before the end: %n letter not done.</numerusform>
            <numerusform>Stopped before the end: %n letters not done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="279"/>
        <source>Interrompu avant la fin : %n lettres non traitées.</source>
        <translation>
            <numerusform>Stopped before the end: %n letter not done.</numerusform>
            <numerusform>Stopped before the end: %n letters not done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="284"/>
        <source>%n lettre n&apos;a pas pu être produite :</source>
        <translation>
            <numerusform>%n letter could not be made:</numerusform>
            <numerusform>%n letters could not be made:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="285"/>
        <source>%n lettres n&apos;ont pas pu être produites :</source>
        <translation>
            <numerusform>%n letter could not be made:</numerusform>
            <numerusform>%n letters could not be made:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="289"/>
        <source>… et %n autre (voir les détails).</source>
        <translation>
            <numerusform>… and %n more (see the details).</numerusform>
            <numerusform>… and %n more (see the details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="290"/>
        <source>… et %n autres (voir les détails).</source>
        <translation>
            <numerusform>… and %n more (see the details).</numerusform>
            <numerusform>… and %n more (see the details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="58"/>
        <source>Lettre d&apos;entente — mandat %1</source>
        <translation>Engagement letter — engagement %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="71"/>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="72"/>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="73"/>
        <source>La langue de la lettre</source>
        <translation>The language of the letter</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="75"/>
        <source>&amp;Langue de la lettre :</source>
        <translation>Letter&apos;s &amp;language:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="78"/>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="82"/>
        <source>Aller à la page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="85"/>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="87"/>
        <source>Pleine largeur</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="87"/>
        <source>La page occupe toute la largeur</source>
        <translation>The page fills the width</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="89"/>
        <source>Page entière</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="89"/>
        <source>Toute la page est visible</source>
        <translation>The whole page is visible</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="93"/>
        <source>Réduire (Ctrl+molette)</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="97"/>
        <source>Agrandir (Ctrl+molette)</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="121"/>
        <source>Versions émises :</source>
        <translation>Issued versions:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="131"/>
        <source>Double-cliquez sur une version pour voir la lettre telle qu&apos;elle a été émise.</source>
        <translation>Double-click a version to see the letter exactly as it was issued.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="134"/>
        <source>Aucune version émise.</source>
        <translation>No version issued.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="135"/>
        <source>Revenir à la lettre actuelle</source>
        <translation>Back to the current letter</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="150"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="151"/>
        <source>&amp;Enregistrer en PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="153"/>
        <source>É&amp;mettre…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="200"/>
        <source>Mandat %1</source>
        <translation>Engagement %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="222"/>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="237"/>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="424"/>
        <source>Lettre d&apos;entente</source>
        <translation>Engagement letter</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="248"/>
        <source>Version %1 émise le %2 par %3 : la lettre telle qu&apos;elle a été émise.</source>
        <translation>Version %1 issued on %2 by %3: the letter exactly as it was issued.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="256"/>
        <source>Version %1, émise le %2 par %3.</source>
        <translation>Version %1, issued on %2 by %3.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="258"/>
        <source>Version %1, pas encore émise : la lettre telle qu&apos;elle serait émise aujourd&apos;hui.</source>
        <translation>Version %1, not issued yet: the letter as it would be issued today.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="280"/>
        <source>Conserver la lettre telle quelle, comme version %1.</source>
        <translation>Keep the letter as it is, as version %1.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="291"/>
        <source>Cette version est déjà émise.</source>
        <translation>This version is already issued.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="293"/>
        <source>Utilisateur inconnu : consultation seulement.</source>
        <translation>Unknown user: read only.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="298"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="306"/>
        <source>de %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="333"/>
        <source>Imprimer la lettre d&apos;entente</source>
        <translation>Print the engagement letter</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="333"/>
        <source>Imprimer dans un fichier PDF</source>
        <translation>Print to a PDF file</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="334"/>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="366"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/preview.py" line="339"/>
        <source>Lettre imprimée : %n page.</source>
        <translation>
            <numerusform>Letter printed: %n page.</numerusform>
            <numerusform>Letter printed: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/preview.py" line="340"/>
        <source>Lettre imprimée : %n pages.</source>
        <translation>
            <numerusform>Letter printed: %n page.</numerusform>
            <numerusform>Letter printed: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="350"/>
        <source>Impression impossible</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="351"/>
        <source>L&apos;imprimante n&apos;a pas accepté le travail d&apos;impression.</source>
        <translation>The printer did not accept the print job.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="359"/>
        <source>lettre-entente-%1-v%2.pdf</source>
        <translation>engagement-letter-%1-v%2.pdf</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="365"/>
        <source>Enregistrer la lettre en PDF</source>
        <translation>Save the letter as PDF</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="376"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="378"/>
        <source>Lettre enregistrée : %1</source>
        <translation>Letter saved: %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="383"/>
        <source>Émettre la lettre</source>
        <translation>Issue the letter</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="384"/>
        <source>Émettre la lettre du mandat %1 en version %2 ?

Une lettre émise est conservée telle quelle ; si le mandat change ensuite, une nouvelle émission donnera une nouvelle version.</source>
        <translation>Issue the letter of engagement %1 as version %2?

An issued letter is kept exactly as it is; if the engagement changes afterwards, issuing again makes a new version.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="399"/>
        <source>Émission refusée</source>
        <translation>Issue refused</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="402"/>
        <source>Lettre émise : version %1.</source>
        <translation>Letter issued: version %1.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/letters/preview.py" line="404"/>
        <source>Cette lettre était déjà émise en version %1.</source>
        <translation>This letter was already issued as version %1.</translation>
    </message>
</context>
<context>
    <name>LoadModel</name>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="86"/>
        <source>Spécialiste</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="87"/>
        <source>Domaine</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="88"/>
        <source>Confirmées</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="89"/>
        <source>Provisoires</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="90"/>
        <source>Capacité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="91"/>
        <source>Charge</source>
        <translation>Load</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="106"/>
        <source>%1 réservées sur %2 disponibles</source>
        <translation>%1 booked of %2 available</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/overview_view.py" line="109"/>
        <source>Absences : %n jour(s) ouvrable(s)</source>
        <translation>
            <numerusform>Absences: %n working day</numerusform>
            <numerusform>Absences: %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="61"/>
        <source>crec-desktop — planification du CREC</source>
        <translation>crec-desktop — CREC planning</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="79"/>
        <source>Planification</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="80"/>
        <source>Vue d&apos;ensemble</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="106"/>
        <source>Pas encore offert dans cette version.</source>
        <translation>Not offered yet in this version.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="110"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="111"/>
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="113"/>
        <source>Charger un fichier d&apos;échange (tout ou rien).</source>
        <translation>Load an interchange file (all or nothing).</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="114"/>
        <source>&amp;Exporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="116"/>
        <source>Écrire tous les enregistrements dans un fichier d&apos;échange.</source>
        <translation>Write every record to an interchange file.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Sauvegarder une copie…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="119"/>
        <source>Copie cohérente de la base de données.</source>
        <translation>A consistent copy of the database.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="120"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="126"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="127"/>
        <location filename="../../crec_desktop/ui/main_window.py" line="196"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="129"/>
        <location filename="../../crec_desktop/ui/main_window.py" line="199"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="142"/>
        <source>&amp;Jour</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="142"/>
        <source>&amp;Semaine</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="143"/>
        <source>&amp;Deux semaines</source>
        <translation>&amp;Two weeks</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="143"/>
        <source>&amp;Mois</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="144"/>
        <source>&amp;Trimestre</source>
        <translation>&amp;Quarter</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="150"/>
        <source>Au&amp;jourd&apos;hui</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="151"/>
        <source>Période &amp;précédente</source>
        <translation>&amp;Previous period</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="152"/>
        <source>Période &amp;suivante</source>
        <translation>&amp;Next period</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="153"/>
        <source>&amp;Aller à la date…</source>
        <translation>&amp;Go to date…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="157"/>
        <source>&amp;Mon horaire</source>
        <translation>&amp;My schedule</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="158"/>
        <source>Ma ligne de la grille, cette semaine.</source>
        <translation>My row of the grid, this week.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="159"/>
        <source>&amp;Vue d&apos;ensemble</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="161"/>
        <source>&amp;Planification</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="165"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Mandats</source>
        <translation>E&amp;ngagements</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="169"/>
        <source>&amp;Nouveau mandat…</source>
        <translation>&amp;New engagement…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="170"/>
        <source>&amp;Lettre d&apos;entente…</source>
        <translation>Engagement &amp;letter…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="179"/>
        <source>&amp;Rapports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="184"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="185"/>
        <source>Ouvrir le dossier du &amp;journal</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="186"/>
        <source>À &amp;propos de crec-desktop</source>
        <translation>&amp;About crec-desktop</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="188"/>
        <source>À propos de &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="196"/>
        <source>Annuler : %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="199"/>
        <source>Rétablir : %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="277"/>
        <source>Base de données : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="279"/>
        <source>Utilisateur : %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="288"/>
        <source>spécialiste</source>
        <translation>specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="289"/>
        <source>coordination</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="290"/>
        <source>gestion</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="291"/>
        <source>administration</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="292"/>
        <source>lecture seule</source>
        <translation>read only</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="317"/>
        <source>Importer un fichier d&apos;échange</source>
        <translation>Import an interchange file</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="318"/>
        <source>Fichiers d&apos;échange (*.json);;Tous les fichiers (*)</source>
        <translation>Interchange files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="329"/>
        <source>Importation refusée</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="332"/>
        <source>Importation terminée</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="333"/>
        <source>Importé : %1 ajouts, %2 mises à jour.</source>
        <translation>Imported: %1 added, %2 updated.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="339"/>
        <source>Exporter vers un fichier d&apos;échange</source>
        <translation>Export to an interchange file</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="340"/>
        <source>Fichiers d&apos;échange (*.json)</source>
        <translation>Interchange files (*.json)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="350"/>
        <source>Exportation impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="352"/>
        <source>Exporté dans %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="357"/>
        <source>Sauvegarder une copie de la base</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="358"/>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="366"/>
        <source>Copie impossible</source>
        <translation>Copy failed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="368"/>
        <source>Copie de sauvegarde : %1</source>
        <translation>Backup copy: %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="171"/>
        <source>Voir, imprimer, enregistrer ou émettre la lettre d&apos;un mandat.</source>
        <translation>View, print, save or issue an engagement&apos;s letter.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="172"/>
        <source>&amp;Imprimer des lettres d&apos;entente…</source>
        <translation>&amp;Print engagement letters…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="173"/>
        <source>Imprimer ou enregistrer les lettres de plusieurs mandats.</source>
        <translation>Print or save the letters of several engagements.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="59"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="59"/>
        <source>Nouveau membre</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="61"/>
        <source>ex. : FCSDQ</source>
        <translation>e.g. FCSDQ</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="65"/>
        <source>L&apos;identifiant du membre dans les fichiers d&apos;échange ; il ne change plus une fois enregistré.</source>
        <translation>The member&apos;s key in interchange files; it cannot change once saved.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="68"/>
        <source>ex. : Habitation</source>
        <translation>e.g. Housing</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="69"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="71"/>
        <source>ex. : Directrice générale</source>
        <translation>e.g. Executive director</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="75"/>
        <source>Numéro, rue, bureau</source>
        <translation>Number, street, suite</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="81"/>
        <source>ex. : 120</source>
        <translation>e.g. 120</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="83"/>
        <source>Actif (peut recevoir de nouveaux mandats)</source>
        <translation>Active (may receive new engagements)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="88"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="89"/>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="97"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="90"/>
        <source>Sigle</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="91"/>
        <source>Identifiant</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="92"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="93"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="94"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="96"/>
        <source>Personne-ressource</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="98"/>
        <source>Fonction</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="99"/>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="100"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="101"/>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="102"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="103"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="104"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="104"/>
        <source>Code postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="105"/>
        <source>Banque d&apos;heures</source>
        <translation>Hour bank</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="106"/>
        <source>Heures par exercice</source>
        <translation>Hours per fiscal year</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="120"/>
        <source>Votre rôle ne permet pas de modifier les membres.</source>
        <translation>Your role does not allow changing members.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="133"/>
        <source>Banque de l&apos;exercice</source>
        <translation>This fiscal year&apos;s bank</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="134"/>
        <source>Reportées de l&apos;exercice précédent</source>
        <translation>Carried over from last fiscal year</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="135"/>
        <source>Disponibles</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="136"/>
        <source>Utilisées (confirmées, faites)</source>
        <translation>Used (confirmed, done)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="137"/>
        <source>Prévues (à venir)</source>
        <translation>Planned (to come)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="138"/>
        <source>Solde</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="141"/>
        <source>Part engagée</source>
        <translation>Share committed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="142"/>
        <source>Report à l&apos;exercice suivant</source>
        <translation>Carried to next fiscal year</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="148"/>
        <source>Exercices</source>
        <translation>Fiscal years</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="159"/>
        <source>Ce membre n&apos;a pas de banque d&apos;heures : ses heures ne sont pas comptées contre un plafond annuel.</source>
        <translation>This member has no hour bank: its hours are not counted against a yearly limit.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="177"/>
        <source>Banque d&apos;heures %1-%2</source>
        <translation>Hour bank %1-%2</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="187"/>
        <source>Règle de report : le solde, jusqu&apos;à %1.</source>
        <translation>Carry-over rule: the balance, up to %1.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="189"/>
        <source>Règle de report : tout le solde.</source>
        <translation>Carry-over rule: the whole balance.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="191"/>
        <source>Règle de report : aucune ; le solde est perdu à la fin de l&apos;exercice.</source>
        <translation>Carry-over rule: none; the balance is lost at the end of the fiscal year.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/member_dialog.py" line="192"/>
        <source>L&apos;exercice commence en %1.</source>
        <translation>The fiscal year starts in %1.</translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="86"/>
        <source>Membres actifs</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="87"/>
        <source>Fédérations</source>
        <translation>Federations</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="88"/>
        <source>CDR</source>
        <translation>CDR</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="89"/>
        <source>Autres membres</source>
        <translation>Other members</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="90"/>
        <source>Membres inactifs</source>
        <translation>Inactive members</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="91"/>
        <source>Tous les membres</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="97"/>
        <source>Nouveau membre…</source>
        <translation>New member…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="112"/>
        <source>Supprimer le membre</source>
        <translation>Delete the member</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="113"/>
        <source>Supprimer définitivement « %1 » ?</source>
        <translation>Delete &quot;%1&quot; for good?</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="114"/>
        <source>Suppression refusée</source>
        <translation>Deletion refused</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="46"/>
        <source>Pas de banque d&apos;heures</source>
        <translation>No hour bank</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="47"/>
        <source>Exercice du %1 au %2</source>
        <translation>Fiscal year from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="51"/>
        <source>Sigle</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="52"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="53"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="54"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="55"/>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="57"/>
        <source>Personne-ressource</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="58"/>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="59"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="60"/>
        <source>Mandats</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="62"/>
        <source>Banque</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="64"/>
        <source>Utilisées</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="65"/>
        <source>Heures confirmées déjà faites dans l&apos;exercice</source>
        <translation>Confirmed hours already worked in the fiscal year</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="66"/>
        <source>Prévues</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="67"/>
        <source>Réservations à venir dans l&apos;exercice</source>
        <translation>Upcoming bookings in the fiscal year</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="68"/>
        <source>Solde</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="70"/>
        <source>Report prévu</source>
        <translation>Expected carry-over</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="72"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/members.py" line="73"/>
        <source>Identifiant</source>
        <translation>Key</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="153"/>
        <source>spécialistes actifs</source>
        <translation>active specialists</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="154"/>
        <source>organisations membres</source>
        <translation>member organisations</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="155"/>
        <source>mandats ouverts</source>
        <translation>open engagements</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="156"/>
        <source>réservations dans la période</source>
        <translation>bookings in the period</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="157"/>
        <source>heures réservées dans la période</source>
        <translation>hours booked in the period</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="172"/>
        <source>&lt;h3&gt;La base de données est vide&lt;/h3&gt;&lt;p&gt;Importez un fichier d&apos;échange (Fichier → Importer…) ou chargez les données de démonstration avec la commande &lt;code&gt;crec-desktop demo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;The database is empty&lt;/h3&gt;&lt;p&gt;Import an interchange file (File → Import…) or load the demo data with the command &lt;code&gt;crec-desktop demo&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="181"/>
        <source>Capacité : heures hebdomadaires de chaque spécialiste réparties sur les jours ouvrables de la période, moins ses absences. La grille de planification remplacera cette vue.</source>
        <translation>Capacity: each specialist&apos;s weekly hours spread over the working days of the period, less their absences. The planning grid will replace this view.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="187"/>
        <source>&lt;b&gt;Charge des spécialistes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Specialists&apos; load&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/overview_view.py" line="201"/>
        <source>mandats ouverts (sur %1)</source>
        <translation>open engagements (of %1)</translation>
    </message>
</context>
<context>
    <name>PlanningView</name>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="121"/>
        <source>▨ provisoire · contour rouge : conflit · bande du bas : charge du jour (bleu faible, vert bonne, jaune pleine, rouge dépassée)</source>
        <translation>▨ tentative · red outline: conflict · bottom strip: the day’s load (blue light, green good, yellow full, red over)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="175"/>
        <source>Tous les spécialistes</source>
        <translation>All specialists</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="175"/>
        <source>Tous les domaines</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="176"/>
        <source>Tous les membres</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="176"/>
        <source>Tous les mandats</source>
        <translation>All engagements</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="177"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="178"/>
        <source>Confirmées</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="178"/>
        <source>Provisoires</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="179"/>
        <source>En conflit</source>
        <translation>In conflict</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="302"/>
        <source>Sans domaine</source>
        <translation>No domain</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="305"/>
        <source>Interne</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="469"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="470"/>
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="472"/>
        <source>Rendre provisoire</source>
        <translation>Make tentative</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="474"/>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="475"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="478"/>
        <source>Ouvrir le mandat</source>
        <translation>Open the engagement</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="480"/>
        <source>Lettre d&apos;entente du mandat</source>
        <translation>The engagement&apos;s letter</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="485"/>
        <source>Nouvelle réservation…</source>
        <translation>New booking…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/grid/view.py" line="486"/>
        <source>Coller ici</source>
        <translation>Paste here</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/records/forms.py" line="158"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/forms.py" line="160"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/forms.py" line="332"/>
        <source>Un champ à corriger.</source>
        <translation>One field to correct.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/forms.py" line="334"/>
        <source>%1 champs à corriger.</source>
        <translation>%1 fields to correct.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/forms.py" line="350"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/forms.py" line="351"/>
        <source>Consultation seulement. %1</source>
        <translation>Read only. %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/forms.py" line="408"/>
        <source>Rechargé : vous voyez la version enregistrée par l&apos;autre personne. Refaites vos changements s&apos;il y a lieu.</source>
        <translation>Reloaded: you see the version the other person saved. Make your changes again if need be.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/forms.py" line="418"/>
        <source>Enregistrement refusé</source>
        <translation>Save refused</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/forms.py" line="422"/>
        <source>Modifié par quelqu&apos;un d&apos;autre</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/forms.py" line="424"/>
        <source>Recharger</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/forms.py" line="425"/>
        <source>Garder mes saisies</source>
        <translation>Keep what I typed</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../crec_desktop/ui/records/list_view.py" line="67"/>
        <source>Rechercher (les accents sont facultatifs)…</source>
        <translation>Search (accents optional)…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/list_view.py" line="101"/>
        <source>Clic droit : choisir les colonnes</source>
        <translation>Right-click: choose the columns</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/list_view.py" line="128"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/list_view.py" line="225"/>
        <source>Opération refusée</source>
        <translation>Operation refused</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/list_view.py" line="249"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/list_view.py" line="277"/>
        <source>Colonnes affichées</source>
        <translation>Columns shown</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/list_view.py" line="285"/>
        <source>Colonnes par défaut</source>
        <translation>Default columns</translation>
    </message>
</context>
<context>
    <name>RecordsMenu</name>
    <message>
        <location filename="../../crec_desktop/ui/records/menu.py" line="23"/>
        <source>&amp;Mandats…</source>
        <translation>&amp;Engagements…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/menu.py" line="24"/>
        <source>La liste des mandats, leurs heures et leur statut.</source>
        <translation>The engagements, their hours and their status.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/menu.py" line="25"/>
        <source>Mem&amp;bres…</source>
        <translation>Mem&amp;bers…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/menu.py" line="26"/>
        <source>Les organisations membres et leurs banques d&apos;heures.</source>
        <translation>The member organisations and their hour banks.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/menu.py" line="27"/>
        <source>&amp;Spécialistes…</source>
        <translation>S&amp;pecialists…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/menu.py" line="28"/>
        <source>Les spécialistes, leurs domaines, leurs taux et leur charge.</source>
        <translation>The specialists, their domains, rates and load.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/menu.py" line="29"/>
        <source>A&amp;bsences…</source>
        <translation>A&amp;bsences…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/menu.py" line="30"/>
        <source>Les absences des spécialistes.</source>
        <translation>The specialists&apos; absences.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/menu.py" line="31"/>
        <source>&amp;Paramètres de l&apos;organisation…</source>
        <translation>Organisation &amp;settings…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/menu.py" line="32"/>
        <source>Coordonnées, taxes, logo, exercice, report des heures, fermetures.</source>
        <translation>Contact details, taxes, logo, fiscal year, hour carry-over, closures.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/menu.py" line="37"/>
        <location filename="../../crec_desktop/ui/records/menu.py" line="64"/>
        <source>Ouvrir un mandat (brouillon).</source>
        <translation>Open an engagement (draft).</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/menu.py" line="38"/>
        <source>Utilisateur inconnu : consultation seulement.</source>
        <translation>Unknown user: read only.</translation>
    </message>
</context>
<context>
    <name>RecordsWindow</name>
    <message>
        <location filename="../../crec_desktop/ui/records/window.py" line="26"/>
        <source>Dossiers — crec-desktop</source>
        <translation>Records — crec-desktop</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/window.py" line="33"/>
        <source>&amp;Spécialistes</source>
        <translation>&amp;Specialists</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/window.py" line="33"/>
        <source>&amp;Membres</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/window.py" line="34"/>
        <source>Man&amp;dats</source>
        <translation>Engage&amp;ments</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/window.py" line="34"/>
        <source>&amp;Absences</source>
        <translation>&amp;Absences</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../../crec_desktop/ui/reports/menu.py" line="19"/>
        <source>&amp;Heures par spécialiste, membre et mandat…</source>
        <translation>&amp;Hours by specialist, member and engagement…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/menu.py" line="22"/>
        <source>Heures attendues et réservées, banques d&apos;heures, répartition par membre et mandats d&apos;une période ; enregistrement en Excel ou CSV.</source>
        <translation>Expected and booked hours, hour banks, shares by member and engagements over a period; saved as Excel or CSV.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/menu.py" line="25"/>
        <source>&amp;Suggérer une ressource…</source>
        <translation>&amp;Suggest a specialist…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/menu.py" line="27"/>
        <source>Qui pourrait faire un travail pour un membre, et quand : classement, raisons et créneaux.</source>
        <translation>Who could do a piece of work for a member, and when: ranking, reasons and slots.</translation>
    </message>
</context>
<context>
    <name>SessionModel</name>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="103"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="104"/>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="106"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="107"/>
        <source>Spécialiste</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="108"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/engagement_dialog.py" line="109"/>
        <source>Lieu</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="98"/>
        <source>Paramètres de l&apos;organisation</source>
        <translation>Organisation settings</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="115"/>
        <source>ex. : Directrice générale</source>
        <translation>e.g. Executive director</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="119"/>
        <source>ex. : 20</source>
        <translation>e.g. 20</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="129"/>
        <source>Choisir une image PNG…</source>
        <translation>Choose a PNG image…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="131"/>
        <source>Logo du CREC</source>
        <translation>CREC logo</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="132"/>
        <source>Revenir au logo dessiné du CREC</source>
        <translation>Go back to the CREC&apos;s drawn logo</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="139"/>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="187"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="140"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="141"/>
        <source>Sigle</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="142"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="143"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="144"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="144"/>
        <source>Code postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="145"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="146"/>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="147"/>
        <source>Taxes et signature</source>
        <translation>Taxes and signature</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="148"/>
        <source>Numéro de TPS</source>
        <translation>GST number</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="149"/>
        <source>Numéro de TVQ</source>
        <translation>QST number</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="150"/>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="151"/>
        <source>Fonction</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="167"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="170"/>
        <source>Calendrier</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="171"/>
        <source>Congé de Pâques</source>
        <translation>Easter holiday</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="172"/>
        <source>Début de l&apos;exercice</source>
        <translation>Fiscal year starts in</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="173"/>
        <source>Banque d&apos;heures des membres</source>
        <translation>Members&apos; hour banks</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="174"/>
        <source>Report du solde</source>
        <translation>Carry-over of the balance</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="175"/>
        <source>Plafond du report (h)</source>
        <translation>Carry-over cap (h)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="176"/>
        <source>Lettres d&apos;entente</source>
        <translation>Engagement letters</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="177"/>
        <source>Délai de paiement (jours)</source>
        <translation>Payment terms (days)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="179"/>
        <source>Le Vendredi saint ou le lundi de Pâques : l&apos;employeur choisit lequel est férié (CNESST). Le solde d&apos;une banque d&apos;heures non utilisé à la fin de l&apos;exercice passe à l&apos;exercice suivant selon la règle de report.</source>
        <translation>Good Friday or Easter Monday: the employer chooses which one is the statutory holiday (CNESST). The hours of a bank left unused at the end of the fiscal year pass to the next one according to the carry-over rule.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="188"/>
        <source>Calendrier et banques d&apos;heures</source>
        <translation>Calendar and hour banks</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="189"/>
        <source>Fermetures</source>
        <translation>Closures</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="203"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="222"/>
        <source>Les jours fériés du Québec sont comptés d&apos;office ; ajoutez ici les autres jours où l&apos;organisation est fermée.</source>
        <translation>Quebec&apos;s statutory holidays are counted automatically; add here the other days the organisation is closed.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="230"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="232"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="234"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="271"/>
        <source>Logo de l&apos;organisation</source>
        <translation>Organisation logo</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="272"/>
        <source>Images PNG (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="296"/>
        <source>Les lettres d&apos;entente portent ce logo.</source>
        <translation>Engagement letters carry this logo.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/settings_dialog.py" line="304"/>
        <source>Aucun logo choisi : les lettres portent le logo du CREC.</source>
        <translation>No logo chosen: letters carry the CREC logo.</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <location filename="../../crec_desktop/ui/reports/models.py" line="153"/>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/models.py" line="153"/>
        <source>De</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/models.py" line="153"/>
        <source>À</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/models.py" line="153"/>
        <source>Heures</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/models.py" line="153"/>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/models.py" line="169"/>
        <source>sur une réservation provisoire</source>
        <translation>over a tentative booking</translation>
    </message>
</context>
<context>
    <name>SpecialistDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="148"/>
        <source>Spécialiste</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="148"/>
        <source>Nouveau spécialiste</source>
        <translation>New specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="150"/>
        <source>ex. : Conseillère en ressources humaines</source>
        <translation>e.g. Human resources advisor</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="152"/>
        <source>L&apos;identifiant du spécialiste dans les fichiers d&apos;échange ; il ne change plus une fois enregistré.</source>
        <translation>The specialist&apos;s key in interchange files; it cannot change once saved.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="157"/>
        <source>Le nom de session Windows ou macOS de la personne : il lui donne son rôle.</source>
        <translation>The person&apos;s Windows or macOS login: it gives them their role.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="159"/>
        <source>Actif (planifiable, peut ouvrir une session)</source>
        <translation>Active (can be planned, can log in)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="162"/>
        <source>ex. : 92,50</source>
        <translation>e.g. 92.50</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="175"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="176"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="177"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="178"/>
        <source>Identifiant</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="179"/>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="180"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="181"/>
        <source>Accès</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="182"/>
        <source>Connexion</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="183"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="185"/>
        <source>Travail</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="186"/>
        <source>Glissez pour ordonner : le premier est le domaine principal.</source>
        <translation>Drag to order: the first is the main domain.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="188"/>
        <source>Domaines</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="189"/>
        <source>Taux horaire ($)</source>
        <translation>Hourly rate ($)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="190"/>
        <source>Heures par semaine</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="191"/>
        <source>Journée de travail</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="192"/>
        <source>Couleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="206"/>
        <source>Votre rôle ne permet pas de modifier les spécialistes.</source>
        <translation>Your role does not allow changing specialists.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="219"/>
        <source>Heures attendues</source>
        <translation>Expected hours</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="220"/>
        <source>Heures réservées</source>
        <translation>Booked hours</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="221"/>
        <source>Charge</source>
        <translation>Load</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="222"/>
        <source>Jours non travaillés</source>
        <translation>Days off</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="224"/>
        <source>Absences (en cours et à venir)</source>
        <translation>Absences (current and upcoming)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="237"/>
        <source>Ajouter une absence…</source>
        <translation>Add an absence…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="249"/>
        <source>Charge de %1 %2</source>
        <translation>Load for %1 %2</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="257"/>
        <source>%1 (dont %2 provisoires)</source>
        <translation>%1 (%2 tentative)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="269"/>
        <source>%n jour(s) d&apos;absence</source>
        <translation>
            <numerusform>%n day of absence</numerusform>
            <numerusform>%n days of absence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="271"/>
        <source>%n jour(s) férié(s)</source>
        <translation>
            <numerusform>%n statutory holiday</numerusform>
            <numerusform>%n statutory holidays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="273"/>
        <source>%n jour(s) de fermeture</source>
        <translation>
            <numerusform>%n closure day</numerusform>
            <numerusform>%n closure days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="274"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>SpecialistList</name>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="52"/>
        <source>Spécialistes actifs</source>
        <translation>Active specialists</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="53"/>
        <source>Spécialistes inactifs</source>
        <translation>Inactive specialists</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="54"/>
        <source>Tous les spécialistes</source>
        <translation>All specialists</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="60"/>
        <source>Nouveau spécialiste…</source>
        <translation>New specialist…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="78"/>
        <source>Supprimer le spécialiste</source>
        <translation>Delete the specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="79"/>
        <source>Supprimer définitivement « %1 » ?</source>
        <translation>Delete &quot;%1&quot; for good?</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="80"/>
        <source>Suppression refusée</source>
        <translation>Deletion refused</translation>
    </message>
</context>
<context>
    <name>SpecialistModel</name>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="19"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="20"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="21"/>
        <source>Domaines</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="22"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="23"/>
        <source>Connexion</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="24"/>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="25"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="26"/>
        <source>Taux horaire</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="28"/>
        <source>Heures/sem.</source>
        <translation>Hours/wk</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="30"/>
        <source>Horaire</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="33"/>
        <source>Charge du mois</source>
        <translation>Month&apos;s load</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="36"/>
        <source>%1 réservées sur %2 attendues ce mois-ci</source>
        <translation>%1 booked of %2 expected this month</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="39"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/specialists.py" line="40"/>
        <source>Identifiant</source>
        <translation>Key</translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="69"/>
        <source>Suggérer une ressource</source>
        <translation>Suggest a specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="71"/>
        <source>Réserver ces créneaux</source>
        <translation>Book these slots</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="95"/>
        <source>&amp;Chercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="100"/>
        <source>&amp;Membre :</source>
        <translation>&amp;Member:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="101"/>
        <source>&amp;Domaine :</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="102"/>
        <source>&amp;Heures de travail :</source>
        <translation>&amp;Hours of work:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="105"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="109"/>
        <source>&amp;Période : du</source>
        <translation>&amp;Period: from</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="126"/>
        <source>Pourquoi :</source>
        <translation>Why:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="128"/>
        <source>Créneaux proposés :</source>
        <translation>Proposed slots:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="138"/>
        <source>Le mandat sur lequel réserver ces créneaux.</source>
        <translation>The engagement to book these slots on.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="142"/>
        <source>&amp;Réserver ces créneaux</source>
        <translation>&amp;Book these slots</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="145"/>
        <source>Ma&amp;ndat :</source>
        <translation>E&amp;ngagement:</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="190"/>
        <source>Sans mandat (temps interne)</source>
        <translation>No engagement (internal time)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="211"/>
        <source>%n spécialiste(s) proposé(s), du plus indiqué au moins indiqué.</source>
        <translation>
            <numerusform>%n specialist suggested.</numerusform>
            <numerusform>%n specialists suggested, best suited first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="246"/>
        <source>Réserver %n créneau(x), %2 en tout, pour %3 ? Ce seront des réservations provisoires.</source>
        <translation>
            <numerusform>Book %n slot, %2 in all, for %3? It will be a tentative booking.</numerusform>
            <numerusform>Book %n slots, %2 in all, for %3? They will be tentative bookings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="259"/>
        <source>réserver %n créneau(x) pour %2</source>
        <translation>
            <numerusform>book %n slot for %2</numerusform>
            <numerusform>book %n slots for %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="261"/>
        <source>%n créneau(x) réservé(s) pour %2.</source>
        <translation>
            <numerusform>%n slot booked for %2.</numerusform>
            <numerusform>%n slots booked for %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="234"/>
        <source>Votre rôle ne permet pas de réserver le temps de cette personne.</source>
        <translation>Your role does not allow booking this person&apos;s time.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="236"/>
        <source>Réserver ces créneaux comme réservations provisoires.</source>
        <translation>Book these slots as tentative bookings.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="255"/>
        <source>Créneaux non réservés</source>
        <translation>Slots not booked</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../crec_desktop/ui/reports/models.py" line="111"/>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/models.py" line="111"/>
        <source>Spécialiste</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/models.py" line="111"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/models.py" line="111"/>
        <source>Heures libres</source>
        <translation>Free hours</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/reports/models.py" line="112"/>
        <source>Créneaux proposés</source>
        <translation>Proposed slots</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="105"/>
        <source>spécialiste</source>
        <translation>specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="105"/>
        <source>coordination</source>
        <translation>coordination</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="106"/>
        <source>gestion</source>
        <translation>management</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="106"/>
        <source>administration</source>
        <translation>administration</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="109"/>
        <source>fédération</source>
        <translation>federation</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="109"/>
        <source>CDR</source>
        <translation>CDR</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="110"/>
        <location filename="../../crec_desktop/ui/records/context.py" line="119"/>
        <source>autre</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="113"/>
        <source>brouillon</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="113"/>
        <source>envoyé</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="113"/>
        <source>signé</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="114"/>
        <source>en cours</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="114"/>
        <source>terminé</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="115"/>
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="118"/>
        <source>vacances</source>
        <translation>vacation</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="118"/>
        <source>maladie</source>
        <translation>sick leave</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="118"/>
        <source>formation</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="119"/>
        <source>congé personnel</source>
        <translation>personal leave</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="122"/>
        <source>confirmée</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="122"/>
        <source>provisoire</source>
        <translation>tentative</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="125"/>
        <source>français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="125"/>
        <source>anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="128"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="128"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="131"/>
        <source>aucun report</source>
        <translation>no carry-over</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="131"/>
        <source>tout le solde</source>
        <translation>the whole balance</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="132"/>
        <source>jusqu&apos;à un plafond</source>
        <translation>up to a cap</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="135"/>
        <source>Vendredi saint</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/records/context.py" line="135"/>
        <source>Lundi de Pâques</source>
        <translation>Easter Monday</translation>
    </message>
</context>
</TS>
