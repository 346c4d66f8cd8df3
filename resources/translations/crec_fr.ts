<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="fr_CA">
<context>
    <name>GridEditor</name>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/grid/editing.py" line="167"/>
        <source>%n réservation(s) copiée(s) : clic droit sur une case, puis « Coller ici ».</source>
        <translation>
            <numerusform>%n réservation copiée : clic droit sur une case, puis « Coller ici ».</numerusform>
            <numerusform>%n réservations copiées : clic droit sur une case, puis « Coller ici ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GridPrinting</name>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/grid/printing.py" line="161"/>
        <source>Planification imprimée : %n page(s).</source>
        <translation>
            <numerusform>Planification imprimée : %n page.</numerusform>
            <numerusform>Planification imprimée : %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/records/import_errors.py" line="37"/>
        <source>Le fichier n&apos;a pas été importé : %n problème(s) à corriger. Rien n&apos;a été changé dans la base de données.</source>
        <translation>
            <numerusform>Le fichier n&apos;a pas été importé : %n problème à corriger. Rien n&apos;a été changé dans la base de données.</numerusform>
            <numerusform>Le fichier n&apos;a pas été importé : %n problèmes à corriger. Rien n&apos;a été changé dans la base de données.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterBatchDialog</name>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="117"/>
        <source>%n mandat coché</source>
        <translation>
            <numerusform>%n mandat coché</numerusform>
            <numerusform>%n mandat coché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="117"/>
        <source>%n mandats cochés</source>
        <translation>
            <numerusform>%n mandats cochés</numerusform>
            <numerusform>%n mandats cochés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="212"/>
        <source>%n fichiers de ce dossier portent déjà le nom d&apos;une lettre. Les remplacer ?</source>
        <translation>
            <numerusform>%n fichiers de ce dossier portent déjà le nom d&apos;une lettre. Les remplacer ?</numerusform>
            <numerusform>%n fichiers de ce dossier portent déjà le nom d&apos;une lettre. Les remplacer ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="229"/>
        <source>%n lettre enregistrée</source>
        <translation>
            <numerusform>%n lettre enregistrée</numerusform>
            <numerusform>%n lettre enregistrée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="229"/>
        <source>%n lettres enregistrées</source>
        <translation>
            <numerusform>%n lettres enregistrées</numerusform>
            <numerusform>%n lettres enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="266"/>
        <source>%n lettre imprimée</source>
        <translation>
            <numerusform>%n lettre imprimée</numerusform>
            <numerusform>%n lettre imprimée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="266"/>
        <source>%n lettres imprimées</source>
        <translation>
            <numerusform>%n lettres imprimées</numerusform>
            <numerusform>%n lettres imprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="267"/>
        <source>%n page.</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="267"/>
        <source>%n pages.</source>
        <translation>
            <numerusform>%n pages.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="278"/>
        <source>Interrompu avant la fin : %n lettre non traitée.</source>
        <translation>
            <numerusform>Interrompu avant la fin : %n lettre non traitée.</numerusform>
            <numerusform>Interrompu avant la fin : %n lettre non traitée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="279"/>
        <source>Interrompu avant la fin : %n lettres non traitées.</source>
        <translation>
            <numerusform>Interrompu avant la fin : %n lettres non traitées.</numerusform>
            <numerusform>Interrompu avant la fin : %n lettres non traitées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="284"/>
        <source>%n lettre n&apos;a pas pu être produite :</source>
        <translation>
            <numerusform>%n lettre n&apos;a pas pu être produite :</numerusform>
            <numerusform>%n lettre n&apos;a pas pu être produite :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="285"/>
        <source>%n lettres n&apos;ont pas pu être produites :</source>
        <translation>
            <numerusform>%n lettres n&apos;ont pas pu être produites :</numerusform>
            <numerusform>%n lettres n&apos;ont pas pu être produites :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="289"/>
        <source>… et %n autre (voir les détails).</source>
        <translation>
            <numerusform>… et %n autre (voir les détails).</numerusform>
            <numerusform>… et %n autre (voir les détails).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/batch.py" line="290"/>
        <source>… et %n autres (voir les détails).</source>
        <translation>
            <numerusform>… et %n autres (voir les détails).</numerusform>
            <numerusform>… et %n autres (voir les détails).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/preview.py" line="339"/>
        <source>Lettre imprimée : %n page.</source>
        <translation>
            <numerusform>Lettre imprimée : %n page.</numerusform>
            <numerusform>Lettre imprimée : %n page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/letters/preview.py" line="340"/>
        <source>Lettre imprimée : %n pages.</source>
        <translation>
            <numerusform>Lettre imprimée : %n pages.</numerusform>
            <numerusform>Lettre imprimée : %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadModel</name>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/overview_view.py" line="109"/>
        <source>Absences : %n jour(s) ouvrable(s)</source>
        <translation>
            <numerusform>Absences : %n jour ouvrable</numerusform>
            <numerusform>Absences : %n jours ouvrables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecialistDialog</name>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="269"/>
        <source>%n jour(s) d&apos;absence</source>
        <translation>
            <numerusform>%n jour d&apos;absence</numerusform>
            <numerusform>%n jours d&apos;absence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="271"/>
        <source>%n jour(s) férié(s)</source>
        <translation>
            <numerusform>%n jour férié</numerusform>
            <numerusform>%n jours fériés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/records/specialist_dialog.py" line="273"/>
        <source>%n jour(s) de fermeture</source>
        <translation>
            <numerusform>%n jour de fermeture</numerusform>
            <numerusform>%n jours de fermeture</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestDialog</name>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="211"/>
        <source>%n spécialiste(s) proposé(s), du plus indiqué au moins indiqué.</source>
        <translation>
            <numerusform>%n spécialiste proposé, du plus indiqué au moins indiqué.</numerusform>
            <numerusform>%n spécialistes proposés, du plus indiqué au moins indiqué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="246"/>
        <source>Réserver %n créneau(x), %2 en tout, pour %3 ? Ce seront des réservations provisoires.</source>
        <translation>
            <numerusform>Réserver %n créneau, %2 en tout, pour %3 ? Ce seront des réservations provisoires.</numerusform>
            <numerusform>Réserver %n créneaux, %2 en tout, pour %3 ? Ce seront des réservations provisoires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="259"/>
        <source>réserver %n créneau(x) pour %2</source>
        <translation>
            <numerusform>réserver %n créneau pour %2</numerusform>
            <numerusform>réserver %n créneaux pour %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crec_desktop/ui/reports/suggest_dialog.py" line="261"/>
        <source>%n créneau(x) réservé(s) pour %2.</source>
        <translation>
            <numerusform>%n créneau réservé pour %2.</numerusform>
            <numerusform>%n créneaux réservés pour %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
