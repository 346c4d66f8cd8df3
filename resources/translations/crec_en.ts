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
    <name>FaultDialog</name>
    <message>
        <location filename="../../crec_desktop/ui/fault.py" line="74"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/fault.py" line="78"/>
        <source>crec-desktop a rencontré une erreur inattendue. Votre dernière opération n&apos;a peut-être pas été enregistrée.

Copiez le rapport ci-dessous et envoyez-le au soutien informatique. Il est aussi conservé dans le journal :
%1</source>
        <translation>crec-desktop ran into an unexpected error. Your last operation may not have been saved.

Copy the report below and send it to IT support. It is also kept in the log:
%1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/fault.py" line="92"/>
        <source>Copier le rapport</source>
        <translation>Copy the report</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/fault.py" line="94"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/fault.py" line="101"/>
        <source>Le rapport est copié dans le presse-papiers.</source>
        <translation>The report is copied to the clipboard.</translation>
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
        <location filename="../../crec_desktop/ui/main_window.py" line="52"/>
        <source>crec-desktop — planification du CREC</source>
        <translation>crec-desktop — CREC planning</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="80"/>
        <source>Pas encore offert dans cette version.</source>
        <translation>Not offered yet in this version.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="84"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="85"/>
        <source>&amp;Importer…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="87"/>
        <source>Charger un fichier d&apos;échange (tout ou rien).</source>
        <translation>Load an interchange file (all or nothing).</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="88"/>
        <source>&amp;Exporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="90"/>
        <source>Écrire tous les enregistrements dans un fichier d&apos;échange.</source>
        <translation>Write every record to an interchange file.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="91"/>
        <source>&amp;Sauvegarder une copie…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="93"/>
        <source>Copie cohérente de la base de données.</source>
        <translation>A consistent copy of the database.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="94"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="100"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="101"/>
        <location filename="../../crec_desktop/ui/main_window.py" line="141"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="103"/>
        <location filename="../../crec_desktop/ui/main_window.py" line="144"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="111"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="119"/>
        <source>&amp;Mandats</source>
        <translation>E&amp;ngagements</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="120"/>
        <source>&amp;Nouveau mandat…</source>
        <translation>&amp;New engagement…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="121"/>
        <source>&amp;Lettre d&apos;entente…</source>
        <translation>Engagement &amp;letter…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="124"/>
        <source>&amp;Rapports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Heures par spécialiste et par membre…</source>
        <translation>&amp;Hours by specialist and by member…</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="130"/>
        <source>Ouvrir le dossier du &amp;journal</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="131"/>
        <source>À &amp;propos de crec-desktop</source>
        <translation>&amp;About crec-desktop</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="133"/>
        <source>À propos de &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="141"/>
        <source>Annuler : %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="144"/>
        <source>Rétablir : %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="149"/>
        <source>Base de données : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="151"/>
        <source>Utilisateur : %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="160"/>
        <source>spécialiste</source>
        <translation>specialist</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="161"/>
        <source>coordination</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="162"/>
        <source>gestion</source>
        <translation>manager</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="163"/>
        <source>administration</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="164"/>
        <source>lecture seule</source>
        <translation>read only</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="185"/>
        <source>Importer un fichier d&apos;échange</source>
        <translation>Import an interchange file</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="186"/>
        <source>Fichiers d&apos;échange (*.json);;Tous les fichiers (*)</source>
        <translation>Interchange files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="195"/>
        <source>Importation refusée</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="198"/>
        <source>Importation terminée</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="199"/>
        <source>Importé : %1 ajouts, %2 mises à jour.</source>
        <translation>Imported: %1 added, %2 updated.</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="203"/>
        <source>Exporter vers un fichier d&apos;échange</source>
        <translation>Export to an interchange file</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="204"/>
        <source>Fichiers d&apos;échange (*.json)</source>
        <translation>Interchange files (*.json)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="214"/>
        <source>Exportation impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="216"/>
        <source>Exporté dans %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="219"/>
        <source>Sauvegarder une copie de la base</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="220"/>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="228"/>
        <source>Copie impossible</source>
        <translation>Copy failed</translation>
    </message>
    <message>
        <location filename="../../crec_desktop/ui/main_window.py" line="230"/>
        <source>Copie de sauvegarde : %1</source>
        <translation>Backup copy: %1</translation>
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
</TS>
