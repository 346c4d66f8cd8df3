<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="fr_CA">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../crec_desktop/ui/about.py" line="17" />
            <source>À propos de crec-desktop</source>
            <translation>About crec-desktop</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/about.py" line="24" />
            <source>&lt;p&gt;Version %1&lt;/p&gt;</source>
            <translation>&lt;p&gt;Version %1&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/about.py" line="26" />
            <source>Planification du temps des spécialistes du Consortium de ressources et d'expertises coopératives (CREC), auprès de ses organisations membres.</source>
            <translation>Planning the time of the specialists of the Consortium de ressources et d'expertises coopératives (CREC) across its member organisations.</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/about.py" line="29" />
            <source>Base de données : %1&lt;br&gt;Python %2, Qt %3, PySide6 %4</source>
            <translation>Database: %1&lt;br&gt;Python %2, Qt %3, PySide6 %4</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="62" />
            <source>Réservation</source>
            <translation>Booking</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="65" />
            <source>(travail interne, sans mandat)</source>
            <translation>(internal work, no engagement)</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="76" />
            <source>Confirmée</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="77" />
            <source>Provisoire</source>
            <translation>Tentative</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="82" />
            <source>Aucune</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="83" />
            <source>Chaque jour ouvrable</source>
            <translation>Every working day</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="84" />
            <source>Chaque semaine</source>
            <translation>Every week</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="85" />
            <source>Toutes les deux semaines</source>
            <translation>Every two weeks</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="86" />
            <source>Chaque mois</source>
            <translation>Every month</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="89" />
            <source> fois</source>
            <translation> times</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="97" />
            <source>Mandat</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="98" />
            <source>Spécialiste</source>
            <translation>Specialist</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="99" />
            <source>Début</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="100" />
            <source>Fin</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="101" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="102" />
            <source>Lieu</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="103" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="107" />
            <source>Répétition</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="129" />
            <source>Personnalisée : %1</source>
            <translation>Custom: %1</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="157" />
            <source>Choisissez un spécialiste.</source>
            <translation>Choose a specialist.</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="159" />
            <source>La fin doit venir après le début.</source>
            <translation>The end must come after the start.</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="161" />
            <source>Une réservation dure au plus 24 heures.</source>
            <translation>A booking lasts at most 24 hours.</translation>
        </message>
    </context>
    <context>
        <name>CentralArea</name>
        <message>
            <location filename="../../crec_desktop/ui/central.py" line="36" />
            <source>&amp;Semaine</source>
            <translation>&amp;Week</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/central.py" line="38" />
            <source>&amp;Mois</source>
            <translation>&amp;Month</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/central.py" line="44" />
            <source>Au&amp;jourd'hui</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/central.py" line="46" />
            <source>Période &amp;précédente</source>
            <translation>&amp;Previous period</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/central.py" line="48" />
            <source>Période &amp;suivante</source>
            <translation>&amp;Next period</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/central.py" line="50" />
            <source>&amp;Actualiser</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/central.py" line="134" />
            <source>Semaine %1, du %2 au %3</source>
            <translation>Week %1, %2 – %3</translation>
        </message>
    </context>
    <context>
        <name>FaultDialog</name>
        <message>
            <location filename="../../crec_desktop/ui/fault.py" line="74" />
            <source>Erreur inattendue</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/fault.py" line="78" />
            <source>crec-desktop a rencontré une erreur inattendue. Votre dernière opération n'a peut-être pas été enregistrée.

Copiez le rapport ci-dessous et envoyez-le au soutien informatique. Il est aussi conservé dans le journal :
%1</source>
            <translation>crec-desktop ran into an unexpected error. Your last operation may not have been saved.

Copy the report below and send it to IT support. It is also kept in the log:
%1</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/fault.py" line="92" />
            <source>Copier le rapport</source>
            <translation>Copy the report</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/fault.py" line="94" />
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/fault.py" line="101" />
            <source>Le rapport est copié dans le presse-papiers.</source>
            <translation>The report is copied to the clipboard.</translation>
        </message>
    </context>
    <context>
        <name>GridCommands</name>
        <message>
            <source>déplacer la réservation %1</source>
            <translation>move booking %1</translation>
        </message>
        <message>
            <source>réassigner la réservation %1</source>
            <translation>reassign booking %1</translation>
        </message>
        <message>
            <source>modifier la durée de la réservation %1</source>
            <translation>change the duration of booking %1</translation>
        </message>
        <message>
            <source>copier la réservation %1</source>
            <translation>copy booking %1</translation>
        </message>
        <message>
            <source>créer la réservation %1</source>
            <translation>create booking %1</translation>
        </message>
        <message>
            <source>supprimer la réservation %1</source>
            <translation>delete booking %1</translation>
        </message>
        <message>
            <source>confirmer la réservation %1</source>
            <translation>confirm booking %1</translation>
        </message>
        <message>
            <source>rendre provisoire la réservation %1</source>
            <translation>make booking %1 tentative</translation>
        </message>
        <message>
            <source>modifier la réservation %1</source>
            <translation>edit booking %1</translation>
        </message>
        <message>
            <source>déplacer %1 réservations</source>
            <translation>move %1 bookings</translation>
        </message>
        <message>
            <source>réassigner %1 réservations</source>
            <translation>reassign %1 bookings</translation>
        </message>
        <message>
            <source>modifier la durée de %1 réservations</source>
            <translation>change the duration of %1 bookings</translation>
        </message>
        <message>
            <source>copier %1 réservations</source>
            <translation>copy %1 bookings</translation>
        </message>
        <message>
            <source>créer %1 réservations</source>
            <translation>create %1 bookings</translation>
        </message>
        <message>
            <source>supprimer %1 réservations</source>
            <translation>delete %1 bookings</translation>
        </message>
        <message>
            <source>confirmer %1 réservations</source>
            <translation>confirm %1 bookings</translation>
        </message>
        <message>
            <source>rendre provisoires %1 réservations</source>
            <translation>make %1 bookings tentative</translation>
        </message>
        <message>
            <source>modifier %1 réservations</source>
            <translation>edit %1 bookings</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/commands.py" line="82" />
            <source>interne</source>
            <translation>internal</translation>
        </message>
    </context>
    <context>
        <name>GridEditor</name>
        <message>
            <location filename="../../crec_desktop/ui/grid/editing.py" line="47" />
            <source>Vous ne pouvez pas modifier les réservations de ce spécialiste.</source>
            <translation>You may not change this specialist's bookings.</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/editing.py" line="106" />
            <source>Nouvelle réservation</source>
            <translation>New booking</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/editing.py" line="117" />
            <source>Modifier la réservation</source>
            <translation>Edit the booking</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/editing.py" line="150" />
            <source>%1 réservation(s) copiée(s) : clic droit sur une case, puis « Coller ici ».</source>
            <translation>%1 booking(s) copied: right-click a cell, then “Paste here”.</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/editing.py" line="183" />
            <source>Réservation répétée</source>
            <translation>Repeating booking</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/editing.py" line="184" />
            <source>Cette réservation fait partie d'une série. Que voulez-vous changer ?</source>
            <translation>This booking is part of a series. What do you want to change?</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/editing.py" line="185" />
            <source>Cette occurrence</source>
            <translation>This occurrence</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/editing.py" line="186" />
            <source>Celle-ci et les suivantes</source>
            <translation>This one and the following</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/editing.py" line="187" />
            <source>Toute la série</source>
            <translation>The whole series</translation>
        </message>
    </context>
    <context>
        <name>GridPainter</name>
        <message>
            <location filename="../../crec_desktop/ui/grid/painter.py" line="285" />
            <source>Interne</source>
            <translation>Internal</translation>
        </message>
    </context>
    <context>
        <name>LoadModel</name>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="86" />
            <source>Spécialiste</source>
            <translation>Specialist</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="87" />
            <source>Domaine</source>
            <translation>Domain</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="88" />
            <source>Confirmées</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="89" />
            <source>Provisoires</source>
            <translation>Tentative</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="90" />
            <source>Capacité</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="91" />
            <source>Charge</source>
            <translation>Load</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="106" />
            <source>%1 réservées sur %2 disponibles</source>
            <translation>%1 booked of %2 available</translation>
        </message>
        <message numerus="yes">
            <location filename="../../crec_desktop/ui/overview_view.py" line="109" />
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
            <location filename="../../crec_desktop/ui/main_window.py" line="52" />
            <source>crec-desktop — planification du CREC</source>
            <translation>crec-desktop — CREC planning</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="80" />
            <source>Pas encore offert dans cette version.</source>
            <translation>Not offered yet in this version.</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="84" />
            <source>&amp;Fichier</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="85" />
            <source>&amp;Importer…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="87" />
            <source>Charger un fichier d'échange (tout ou rien).</source>
            <translation>Load an interchange file (all or nothing).</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="88" />
            <source>&amp;Exporter…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="90" />
            <source>Écrire tous les enregistrements dans un fichier d'échange.</source>
            <translation>Write every record to an interchange file.</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="91" />
            <source>&amp;Sauvegarder une copie…</source>
            <translation>&amp;Save a copy…</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="93" />
            <source>Copie cohérente de la base de données.</source>
            <translation>A consistent copy of the database.</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="94" />
            <source>&amp;Quitter</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="100" />
            <source>&amp;Édition</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="101" />
            <location filename="../../crec_desktop/ui/main_window.py" line="141" />
            <source>Annuler</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="103" />
            <location filename="../../crec_desktop/ui/main_window.py" line="144" />
            <source>Rétablir</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="111" />
            <source>&amp;Affichage</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="119" />
            <source>&amp;Mandats</source>
            <translation>E&amp;ngagements</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="120" />
            <source>&amp;Nouveau mandat…</source>
            <translation>&amp;New engagement…</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="121" />
            <source>&amp;Lettre d'entente…</source>
            <translation>Engagement &amp;letter…</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="124" />
            <source>&amp;Rapports</source>
            <translation>&amp;Reports</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="125" />
            <source>&amp;Heures par spécialiste et par membre…</source>
            <translation>&amp;Hours by specialist and by member…</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="129" />
            <source>&amp;Aide</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="130" />
            <source>Ouvrir le dossier du &amp;journal</source>
            <translation>Open the &amp;log folder</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="131" />
            <source>À &amp;propos de crec-desktop</source>
            <translation>&amp;About crec-desktop</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="133" />
            <source>À propos de &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="141" />
            <source>Annuler : %1</source>
            <translation>Undo %1</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="144" />
            <source>Rétablir : %1</source>
            <translation>Redo %1</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="149" />
            <source>Base de données : %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="151" />
            <source>Utilisateur : %1</source>
            <translation>User: %1</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="160" />
            <source>spécialiste</source>
            <translation>specialist</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="161" />
            <source>coordination</source>
            <translation>coordinator</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="162" />
            <source>gestion</source>
            <translation>manager</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="163" />
            <source>administration</source>
            <translation>administrator</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="164" />
            <source>lecture seule</source>
            <translation>read only</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="185" />
            <source>Importer un fichier d'échange</source>
            <translation>Import an interchange file</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="186" />
            <source>Fichiers d'échange (*.json);;Tous les fichiers (*)</source>
            <translation>Interchange files (*.json);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="195" />
            <source>Importation refusée</source>
            <translation>Import refused</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="198" />
            <source>Importation terminée</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="199" />
            <source>Importé : %1 ajouts, %2 mises à jour.</source>
            <translation>Imported: %1 added, %2 updated.</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="203" />
            <source>Exporter vers un fichier d'échange</source>
            <translation>Export to an interchange file</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="204" />
            <source>Fichiers d'échange (*.json)</source>
            <translation>Interchange files (*.json)</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="214" />
            <source>Exportation impossible</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="216" />
            <source>Exporté dans %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="219" />
            <source>Sauvegarder une copie de la base</source>
            <translation>Save a copy of the database</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="220" />
            <source>Tous les fichiers (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="228" />
            <source>Copie impossible</source>
            <translation>Copy failed</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/main_window.py" line="230" />
            <source>Copie de sauvegarde : %1</source>
            <translation>Backup copy: %1</translation>
        </message>
        <message>
            <source>Voir, imprimer, enregistrer ou émettre la lettre d'un mandat.</source>
            <translation>View, print, save or issue an engagement's letter.</translation>
        </message>
        <message>
            <source>&amp;Imprimer des lettres d'entente…</source>
            <translation>&amp;Print engagement letters…</translation>
        </message>
        <message>
            <source>Imprimer ou enregistrer les lettres de plusieurs mandats.</source>
            <translation>Print or save the letters of several engagements.</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="153" />
            <source>spécialistes actifs</source>
            <translation>active specialists</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="154" />
            <source>organisations membres</source>
            <translation>member organisations</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="155" />
            <source>mandats ouverts</source>
            <translation>open engagements</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="156" />
            <source>réservations dans la période</source>
            <translation>bookings in the period</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="157" />
            <source>heures réservées dans la période</source>
            <translation>hours booked in the period</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="172" />
            <source>&lt;h3&gt;La base de données est vide&lt;/h3&gt;&lt;p&gt;Importez un fichier d'échange (Fichier → Importer…) ou chargez les données de démonstration avec la commande &lt;code&gt;crec-desktop demo&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;The database is empty&lt;/h3&gt;&lt;p&gt;Import an interchange file (File → Import…) or load the demo data with the command &lt;code&gt;crec-desktop demo&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="181" />
            <source>Capacité : heures hebdomadaires de chaque spécialiste réparties sur les jours ouvrables de la période, moins ses absences. La grille de planification remplacera cette vue.</source>
            <translation>Capacity: each specialist's weekly hours spread over the working days of the period, less their absences. The planning grid will replace this view.</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="187" />
            <source>&lt;b&gt;Charge des spécialistes&lt;/b&gt;</source>
            <translation>&lt;b&gt;Specialists' load&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/overview_view.py" line="201" />
            <source>mandats ouverts (sur %1)</source>
            <translation>open engagements (of %1)</translation>
        </message>
    </context>
    <context>
        <name>PlanningView</name>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="161" />
            <source>▨ provisoire · contour rouge : conflit · bande du bas : charge du jour (bleu faible, vert bonne, jaune pleine, rouge dépassée)</source>
            <translation>▨ tentative · red outline: conflict · bottom strip: the day’s load (blue light, green good, yellow full, red over)</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="181" />
            <source>Tous les spécialistes</source>
            <translation>All specialists</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="181" />
            <source>Tous les domaines</source>
            <translation>All domains</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="182" />
            <source>Tous les membres</source>
            <translation>All members</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="182" />
            <source>Tous les mandats</source>
            <translation>All engagements</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="183" />
            <source>Tous les statuts</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="186" />
            <source>Confirmées</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="186" />
            <source>Provisoires</source>
            <translation>Tentative</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="187" />
            <source>En conflit</source>
            <translation>In conflict</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="308" />
            <source>Sans domaine</source>
            <translation>No domain</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="311" />
            <source>Interne</source>
            <translation>Internal</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="472" />
            <source>Modifier…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="473" />
            <source>Confirmer</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="475" />
            <source>Rendre provisoire</source>
            <translation>Make tentative</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="477" />
            <source>Copier</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="478" />
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="481" />
            <source>Ouvrir le mandat</source>
            <translation>Open the engagement</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="483" />
            <source>Lettre d'entente du mandat</source>
            <translation>The engagement's letter</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="488" />
            <source>Nouvelle réservation…</source>
            <translation>New booking…</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="489" />
            <source>Coller ici</source>
            <translation>Paste here</translation>
        </message>
    </context>
    <context>
        <name>GridPrinting</name>
        <message>
            <source>Planification du %1 au %2</source>
            <translation>Schedule from %1 to %2</translation>
        </message>
        <message>
            <source>page %1 de %2</source>
            <translation>page %1 of %2</translation>
        </message>
        <message>
            <source>Imprimer la planification</source>
            <translation>Print the schedule</translation>
        </message>
        <message>
            <source>Enregistrer en PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Planification imprimée : %1 page(s).</source>
            <translation>Schedule printed: %1 page(s).</translation>
        </message>
    </context>
    <context>
        <name>GridTooltips</name>
        <message>
            <source>Travail interne</source>
            <translation>Internal work</translation>
        </message>
        <message>
            <source>Provisoire</source>
            <translation>Tentative</translation>
        </message>
        <message>
            <source>Confirmée</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Fait partie d'une série</source>
            <translation>Part of a series</translation>
        </message>
        <message>
            <source>Lieu : %1</source>
            <translation>Location: %1</translation>
        </message>
        <message>
            <source>Conflit :</source>
            <translation>Conflict:</translation>
        </message>
        <message>
            <source>Jour férié</source>
            <translation>Statutory holiday</translation>
        </message>
        <message>
            <source>Fermeture</source>
            <translation>Closure</translation>
        </message>
        <message>
            <source>Absence : %1</source>
            <translation>Absence: %1</translation>
        </message>
        <message>
            <source>Réservé %1 sur %2 disponibles</source>
            <translation>Booked %1 of %2 available</translation>
        </message>
    </context>
    <context>
        <name>GridSource</name>
        <message>
            <source>Vacances</source>
            <translation>Vacation</translation>
        </message>
        <message>
            <source>Maladie</source>
            <translation>Sick leave</translation>
        </message>
        <message>
            <source>Formation</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Congé personnel</source>
            <translation>Personal leave</translation>
        </message>
        <message>
            <source>Absence</source>
            <translation>Absence</translation>
        </message>
        <message>
            <source>chevauche une autre réservation</source>
            <translation>overlaps another booking</translation>
        </message>
        <message>
            <source>travail interne</source>
            <translation>internal work</translation>
        </message>
        <message>
            <source>provisoire</source>
            <translation>tentative</translation>
        </message>
        <message>
            <source>confirmée</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <source>chevauche %1</source>
            <translation>overlaps %1</translation>
        </message>
    </context>
    <context>
        <name>GridToolbar</name>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="78" />
            <source>Période précédente</source>
            <translation>Previous period</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="79" />
            <source>Aujourd'hui</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="80" />
            <source>Période suivante</source>
            <translation>Next period</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="81" />
            <source>Aller à la date</source>
            <translation>Go to date</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="93" />
            <source>Jour</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="93" />
            <source>Semaine</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="93" />
            <source>2 semaines</source>
            <translation>2 weeks</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="94" />
            <source>Mois</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="94" />
            <source>Trimestre</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="102" />
            <source>Couleur des réservations</source>
            <translation>Booking colours</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="103" />
            <source>Couleur par membre</source>
            <translation>Colour by member</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="104" />
            <source>Couleur par domaine</source>
            <translation>Colour by domain</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="106" />
            <source>Regrouper par domaine</source>
            <translation>Group by domain</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="108" />
            <source>Pas des déplacements aux zooms larges (15 minutes au zoom Jour)</source>
            <translation>Drag step at wide zooms (15 minutes at Day zoom)</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="109" />
            <source>Demi-journées</source>
            <translation>Half days</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="109" />
            <source>Heures</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="110" />
            <source>Demi-heures</source>
            <translation>Half hours</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="110" />
            <source>15 minutes</source>
            <translation>15 minutes</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="111" />
            <source>Journées</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="114" />
            <source>Imprimer…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="114" />
            <source>Imprimer ou enregistrer en PDF la période affichée</source>
            <translation>Print the period in view, or save it as PDF</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="98" />
            <source>Spécialiste</source>
            <translation>Specialist</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="130" />
            <source>Domaine</source>
            <translation>Domain</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="130" />
            <source>Membre</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="97" />
            <source>Mandat</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/dialog.py" line="101" />
            <source>Statut</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="142" />
            <source>Rechercher (membre, mandat, titre, lieu, note)</source>
            <translation>Search (member, engagement, title, location, note)</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/view.py" line="145" />
            <source>Effacer les filtres</source>
            <translation>Clear the filters</translation>
        </message>
    </context>
    <context>
        <name>HeaderPainter</name>
        <message>
            <location filename="../../crec_desktop/ui/grid/painter.py" line="347" />
            <source>sem.</source>
            <translation>wk</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/painter.py" line="491" />
            <source>Spécialistes</source>
            <translation>Specialists</translation>
        </message>
        <message>
            <location filename="../../crec_desktop/ui/grid/painter.py" line="496" />
            <source>heures réservées / disponibles</source>
            <translation>hours booked / available</translation>
        </message>
    </context>
    <context>
        <name>EngagementChooserDialog</name>
        <message>
            <source>Choisir un mandat</source>
            <translation>Choose an engagement</translation>
        </message>
        <message>
            <source>Numéro, titre ou membre…</source>
            <translation>Number, title or member…</translation>
        </message>
        <message>
            <source>&amp;Rechercher :</source>
            <translation>&amp;Search:</translation>
        </message>
    </context>
    <context>
        <name>EngagementListModel</name>
        <message>
            <source>Brouillon</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Envoyé</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Signé</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>En cours</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Terminé</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Annulé</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Numéro</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Titre</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Membre</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Statut</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>IssuedVersionsModel</name>
        <message>
            <source>Français</source>
            <translation>French</translation>
        </message>
        <message>
            <source>Anglais</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Langue</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Émise le</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <source>Par</source>
            <translation>By</translation>
        </message>
        <message>
            <source>SHA-256 : %1</source>
            <translation>SHA-256: %1</translation>
        </message>
    </context>
    <context>
        <name>LetterBatchDialog</name>
        <message>
            <source>Lettres d'entente de plusieurs mandats</source>
            <translation>Letters of several engagements</translation>
        </message>
        <message>
            <source>Numéro, titre ou membre…</source>
            <translation>Number, title or member…</translation>
        </message>
        <message>
            <source>&amp;Filtrer :</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>Tout cocher</source>
            <translation>Check all</translation>
        </message>
        <message>
            <source>Cocher les mandats affichés</source>
            <translation>Check the engagements shown</translation>
        </message>
        <message>
            <source>Tout décocher</source>
            <translation>Uncheck all</translation>
        </message>
        <message>
            <source>Décocher les mandats affichés</source>
            <translation>Uncheck the engagements shown</translation>
        </message>
        <message>
            <source>Langue de chaque mandat</source>
            <translation>Each engagement's language</translation>
        </message>
        <message>
            <source>Français</source>
            <translation>French</translation>
        </message>
        <message>
            <source>Anglais</source>
            <translation>English</translation>
        </message>
        <message>
            <source>&amp;Langue des lettres :</source>
            <translation>&amp;Language of the letters:</translation>
        </message>
        <message>
            <source>&amp;Enregistrer en PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <source>&amp;Imprimer…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message numerus="yes">
            <source>%n mandat coché</source>
            <translation>
                <numerusform>%n engagement checked</numerusform>
                <numerusform>%n engagements checked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n mandats cochés</source>
            <translation>
                <numerusform>%n engagement checked</numerusform>
                <numerusform>%n engagements checked</numerusform>
            </translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Erreur inattendue : %1</source>
            <translation>Unexpected error: %1</translation>
        </message>
        <message>
            <source>Lettre du mandat %1 (%2 de %3)…</source>
            <translation>Letter of engagement %1 (%2 of %3)…</translation>
        </message>
        <message>
            <source>Dossier où enregistrer les lettres</source>
            <translation>Folder to save the letters in</translation>
        </message>
        <message>
            <source>Remplacer des fichiers ?</source>
            <translation>Replace files?</translation>
        </message>
        <message numerus="yes">
            <source>%n fichiers de ce dossier portent déjà le nom d'une lettre. Les remplacer ?</source>
            <translation>
                <numerusform>%n file in this folder already has the name of a letter. Replace it?</numerusform>
                <numerusform>%n files in this folder already have the names of letters. Replace them?</numerusform>
            </translation>
        </message>
        <message>
            <source>Un fichier de ce dossier porte déjà le nom d'une lettre : %1. Le remplacer ?</source>
            <translation>A file in this folder already has the name of a letter: %1. Replace it?</translation>
        </message>
        <message>
            <source>Enregistrement des lettres</source>
            <translation>Saving the letters</translation>
        </message>
        <message numerus="yes">
            <source>%n lettre enregistrée</source>
            <translation>
                <numerusform>%n letter saved</numerusform>
                <numerusform>%n letters saved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lettres enregistrées</source>
            <translation>
                <numerusform>%n letter saved</numerusform>
                <numerusform>%n letters saved</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 dans %2.</source>
            <translation>%1 in %2.</translation>
        </message>
        <message>
            <source>Imprimer les lettres d'entente</source>
            <translation>Print the engagement letters</translation>
        </message>
        <message>
            <source>Imprimer dans un fichier PDF</source>
            <translation>Print to a PDF file</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Impression impossible</source>
            <translation>Cannot print</translation>
        </message>
        <message>
            <source>L'imprimante n'a pas accepté le travail d'impression.</source>
            <translation>The printer did not accept the print job.</translation>
        </message>
        <message>
            <source>Impression des lettres</source>
            <translation>Printing the letters</translation>
        </message>
        <message>
            <source>Impression annulée : rien n'a été imprimé.</source>
            <translation>Printing cancelled: nothing was printed.</translation>
        </message>
        <message numerus="yes">
            <source>%n lettre imprimée</source>
            <translation>
                <numerusform>%n letter printed</numerusform>
                <numerusform>%n letters printed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lettres imprimées</source>
            <translation>
                <numerusform>%n letter printed</numerusform>
                <numerusform>%n letters printed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page.</source>
            <translation>
                <numerusform>%n page.</numerusform>
                <numerusform>%n pages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages.</source>
            <translation>
                <numerusform>%n page.</numerusform>
                <numerusform>%n pages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Interrompu avant la fin : %n lettre non traitée.</source>
            <translation>
                <numerusform>Stopped before the end: %n letter not done.</numerusform>
                <numerusform>Stopped before the end: %n letters not done.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Interrompu avant la fin : %n lettres non traitées.</source>
            <translation>
                <numerusform>Stopped before the end: %n letter not done.</numerusform>
                <numerusform>Stopped before the end: %n letters not done.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lettre n'a pas pu être produite :</source>
            <translation>
                <numerusform>%n letter could not be made:</numerusform>
                <numerusform>%n letters could not be made:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n lettres n'ont pas pu être produites :</source>
            <translation>
                <numerusform>%n letter could not be made:</numerusform>
                <numerusform>%n letters could not be made:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… et %n autre (voir les détails).</source>
            <translation>
                <numerusform>… and %n more (see the details).</numerusform>
                <numerusform>… and %n more (see the details).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
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
            <source>Lettre d'entente — mandat %1</source>
            <translation>Engagement letter — engagement %1</translation>
        </message>
        <message>
            <source>Français</source>
            <translation>French</translation>
        </message>
        <message>
            <source>Anglais</source>
            <translation>English</translation>
        </message>
        <message>
            <source>La langue de la lettre</source>
            <translation>The language of the letter</translation>
        </message>
        <message>
            <source>&amp;Langue de la lettre :</source>
            <translation>Letter's &amp;language:</translation>
        </message>
        <message>
            <source>Page précédente</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>Aller à la page</source>
            <translation>Go to page</translation>
        </message>
        <message>
            <source>Page suivante</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Pleine largeur</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>La page occupe toute la largeur</source>
            <translation>The page fills the width</translation>
        </message>
        <message>
            <source>Page entière</source>
            <translation>Whole page</translation>
        </message>
        <message>
            <source>Toute la page est visible</source>
            <translation>The whole page is visible</translation>
        </message>
        <message>
            <source>Réduire (Ctrl+molette)</source>
            <translation>Zoom out (Ctrl+wheel)</translation>
        </message>
        <message>
            <source>Agrandir (Ctrl+molette)</source>
            <translation>Zoom in (Ctrl+wheel)</translation>
        </message>
        <message>
            <source>Versions émises :</source>
            <translation>Issued versions:</translation>
        </message>
        <message>
            <source>Double-cliquez sur une version pour voir la lettre telle qu'elle a été émise.</source>
            <translation>Double-click a version to see the letter exactly as it was issued.</translation>
        </message>
        <message>
            <source>Aucune version émise.</source>
            <translation>No version issued.</translation>
        </message>
        <message>
            <source>Revenir à la lettre actuelle</source>
            <translation>Back to the current letter</translation>
        </message>
        <message>
            <source>&amp;Imprimer…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>&amp;Enregistrer en PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <source>É&amp;mettre…</source>
            <translation>&amp;Issue…</translation>
        </message>
        <message>
            <source>Mandat %1</source>
            <translation>Engagement %1</translation>
        </message>
        <message>
            <source>Lettre d'entente</source>
            <translation>Engagement letter</translation>
        </message>
        <message>
            <source>Version %1 émise le %2 par %3 : la lettre telle qu'elle a été émise.</source>
            <translation>Version %1 issued on %2 by %3: the letter exactly as it was issued.</translation>
        </message>
        <message>
            <source>Version %1, émise le %2 par %3.</source>
            <translation>Version %1, issued on %2 by %3.</translation>
        </message>
        <message>
            <source>Version %1, pas encore émise : la lettre telle qu'elle serait émise aujourd'hui.</source>
            <translation>Version %1, not issued yet: the letter as it would be issued today.</translation>
        </message>
        <message>
            <source>Conserver la lettre telle quelle, comme version %1.</source>
            <translation>Keep the letter as it is, as version %1.</translation>
        </message>
        <message>
            <source>Cette version est déjà émise.</source>
            <translation>This version is already issued.</translation>
        </message>
        <message>
            <source>Utilisateur inconnu : consultation seulement.</source>
            <translation>Unknown user: read only.</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>de %1</source>
            <translation>of %1</translation>
        </message>
        <message>
            <source>Imprimer la lettre d'entente</source>
            <translation>Print the engagement letter</translation>
        </message>
        <message>
            <source>Imprimer dans un fichier PDF</source>
            <translation>Print to a PDF file</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>Lettre imprimée : %n page.</source>
            <translation>
                <numerusform>Letter printed: %n page.</numerusform>
                <numerusform>Letter printed: %n pages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Lettre imprimée : %n pages.</source>
            <translation>
                <numerusform>Letter printed: %n page.</numerusform>
                <numerusform>Letter printed: %n pages.</numerusform>
            </translation>
        </message>
        <message>
            <source>Impression impossible</source>
            <translation>Cannot print</translation>
        </message>
        <message>
            <source>L'imprimante n'a pas accepté le travail d'impression.</source>
            <translation>The printer did not accept the print job.</translation>
        </message>
        <message>
            <source>lettre-entente-%1-v%2.pdf</source>
            <translation>engagement-letter-%1-v%2.pdf</translation>
        </message>
        <message>
            <source>Enregistrer la lettre en PDF</source>
            <translation>Save the letter as PDF</translation>
        </message>
        <message>
            <source>Enregistrement impossible</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <source>Lettre enregistrée : %1</source>
            <translation>Letter saved: %1</translation>
        </message>
        <message>
            <source>Émettre la lettre</source>
            <translation>Issue the letter</translation>
        </message>
        <message>
            <source>Émettre la lettre du mandat %1 en version %2 ?

Une lettre émise est conservée telle quelle ; si le mandat change ensuite, une nouvelle émission donnera une nouvelle version.</source>
            <translation>Issue the letter of engagement %1 as version %2?

An issued letter is kept exactly as it is; if the engagement changes afterwards, issuing again makes a new version.</translation>
        </message>
        <message>
            <source>Émission refusée</source>
            <translation>Issue refused</translation>
        </message>
        <message>
            <source>Lettre émise : version %1.</source>
            <translation>Letter issued: version %1.</translation>
        </message>
        <message>
            <source>Cette lettre était déjà émise en version %1.</source>
            <translation>This letter was already issued as version %1.</translation>
        </message>
    </context>
</TS>
