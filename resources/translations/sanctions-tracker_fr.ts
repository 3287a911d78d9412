<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Afficher l’aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Afficher l’aide, options propres à Qt comprises.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Afficher les informations de version.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Sanctions report</source>
        <translation>Rapport sur les sanctions</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>Preview, print or export a summary report (PDF, HTML)</source>
        <translation>Prévisualiser, imprimer ou exporter un rapport de synthèse (PDF, HTML)</translation>
    </message>
    <message>
        <source>Summary report (%1)</source>
        <translation>Rapport de synthèse (%1)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>regime %1</source>
        <translation>régime %1</translation>
    </message>
    <message>
        <source>listed %1</source>
        <translation>inscrit le %1</translation>
    </message>
    <message>
        <source>committee decision</source>
        <translation>décision du comité</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Import UN Consolidated List</source>
        <translation>Importer la Liste récapitulative du Conseil de sécurité</translation>
    </message>
    <message>
        <source>UN Consolidated List (*.xml);;All files (*)</source>
        <translation>Liste récapitulative (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported the UN Consolidated List: %1</source>
        <translation>Liste récapitulative importée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export CSV into folder</source>
        <translation>Exporter en CSV dans le dossier</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Wrote resolutions.csv, measures.csv and designations.csv to %1</source>
        <translation>resolutions.csv, measures.csv et designations.csv écrits dans %1</translation>
    </message>
    <message>
        <source>Import &amp;UN Consolidated List…</source>
        <translation>Importer la &amp;Liste récapitulative de l’ONU…</translation>
    </message>
    <message>
        <source>Read the UN Security Council Consolidated List (XML), review what changes, then apply</source>
        <translation>Lire la Liste récapitulative du Conseil de sécurité (XML), examiner les changements, puis les appliquer</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Write resolutions, measures and designations as CSV files into a folder</source>
        <translation>Écrire les résolutions, les mesures et les désignations en fichiers CSV dans un dossier</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>Désignations</translation>
    </message>
    <message>
        <source>The %1 is no longer stored.</source>
        <translation>L’élément (%1) n’est plus enregistré.</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>trigger event</source>
        <translation>événement déclencheur</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État</translation>
    </message>
    <message>
        <source>measure type</source>
        <translation>type de mesure</translation>
    </message>
    <message>
        <source>Not saved: the record breaks a rule.</source>
        <translation>Non enregistré&#xa0;: la fiche enfreint une règle.</translation>
    </message>
    <message>
        <source>This %1 is still used by other records; change or delete those first.</source>
        <translation>Cet élément (%1) est encore utilisé par d’autres fiches&#xa0;; modifiez-les ou supprimez-les d’abord.</translation>
    </message>
    <message>
        <source>The database schema has an unexpected name.</source>
        <translation>Le schéma de la base de données porte un nom inattendu.</translation>
    </message>
    <message>
        <source>The record was changed elsewhere since this step; it was left as it is now.</source>
        <translation>La fiche a été modifiée ailleurs depuis cette étape&#xa0;; elle a été laissée en l’état.</translation>
    </message>
    <message>
        <source>The record could not be restored exactly; nothing was changed.</source>
        <translation>La fiche n’a pas pu être restaurée à l’identique&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 resolutions (%2 new, %3 updated), %4 measures, %5 trigger events, %6 states, %7 measure types, %8 regimes, %9 designations</source>
        <translation>Résolutions&#xa0;: %1 (%2 nouvelles, %3 mises à jour), mesures&#xa0;: %4, événements déclencheurs&#xa0;: %5, États&#xa0;: %6, types de mesure&#xa0;: %7, régimes&#xa0;: %8, désignations&#xa0;: %9</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>État %1</translation>
    </message>
    <message>
        <source>measure type %1</source>
        <translation>type de mesure %1</translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation>résolution %1</translation>
    </message>
    <message>
        <source>%1, measure %2</source>
        <translation>%1, mesure %2</translation>
    </message>
    <message>
        <source>resolution %1, measure %2</source>
        <translation>résolution %1, mesure %2</translation>
    </message>
    <message>
        <source>designation %1</source>
        <translation>désignation %1</translation>
    </message>
    <message>
        <source>Cannot read the database file %1.</source>
        <translation>Impossible de lire le fichier de base de données %1.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database file.</source>
        <translation>%1 n’est pas un fichier de base de données SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a SQLite database.</source>
        <translation>%1 est endommagé ou n’est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application, not a Sanctions Tracker database; it was left unchanged.</source>
        <translation>%1 est une base de données SQLite d’une autre application, pas une base de Sanctions Tracker&#xa0;; il a été laissé inchangé.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Sanctions Tracker (schema %2; this version knows schema %3 at most). It was left unchanged.</source>
        <translation>%1 a été écrit par une version plus récente de Sanctions Tracker (schéma %2&#xa0;; cette version connaît au plus le schéma %3). Il a été laissé inchangé.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Le fichier de base de données %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Impossible de créer %1&#xa0;: le dossier %2 n’existe pas.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE) is not installed; install libqt6sql6-sqlite.</source>
        <translation>Le pilote SQLite de Qt (QSQLITE) n’est pas installé&#xa0;; installez libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Impossible d’ouvrir la base de données %1.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, which a read-only database cannot take.</source>
        <translation>%1 doit être mis à niveau, ce qui est impossible pour une base de données en lecture seule.</translation>
    </message>
    <message>
        <source>%1 has no %2 measure for %3</source>
        <translation>%1 ne comporte aucune mesure %2 visant %3</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> dans %1</translation>
    </message>
    <message>
        <source>The earlier measure is not known: %1.</source>
        <translation>La mesure antérieure est inconnue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed.</source>
        <translation>La mise à niveau de la base de données vers le schéma %1 (%2) a échoué.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Sanctions Tracker (schema %1; this version knows schema %2 at most). Please upgrade the app.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Sanctions Tracker (schéma %1&#xa0;; cette version connaît au plus le schéma %2). Veuillez mettre l’application à jour.</translation>
    </message>
    <message>
        <source>Unknown %1 &quot;%2&quot;.</source>
        <translation>%1 inconnu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>regime</source>
        <translation>régime</translation>
    </message>
    <message>
        <source>resolution number</source>
        <translation>numéro de résolution</translation>
    </message>
    <message>
        <source>The database refused the change.</source>
        <translation>La base de données a refusé la modification.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>Le fichier de base de données est en lecture seule.</translation>
    </message>
    <message>
        <source>The database is locked by another program. Try again in a moment.</source>
        <translation>La base de données est verrouillée par un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>The database returned no row id.</source>
        <translation>La base de données n’a renvoyé aucun identifiant de ligne.</translation>
    </message>
    <message>
        <source>No such trigger event.</source>
        <translation>Cet événement déclencheur n’existe pas.</translation>
    </message>
    <message>
        <source>Line %1: a double quote inside an unquoted field.</source>
        <translation>Ligne %1&#xa0;: un guillemet droit dans un champ sans guillemets.</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a field.</source>
        <translation>Ligne %1&#xa0;: du texte après le guillemet fermant d’un champ.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n’est jamais fermé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>individual or entity</source>
        <translation>personne ou entité</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>name in original script</source>
        <translation>nom dans l’écriture d’origine</translation>
    </message>
    <message>
        <source>UN list</source>
        <translation>liste de l’ONU</translation>
    </message>
    <message>
        <source>listed on</source>
        <translation>inscrit le</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>DATAID</source>
        <translation>DATAID</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>autres noms</translation>
    </message>
    <message>
        <source>titles</source>
        <translation>titres</translation>
    </message>
    <message>
        <source>functions</source>
        <translation>fonctions</translation>
    </message>
    <message>
        <source>nationalities</source>
        <translation>nationalités</translation>
    </message>
    <message>
        <source>list type</source>
        <translation>type de liste</translation>
    </message>
    <message>
        <source>last updated</source>
        <translation>dernière mise à jour</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <source>dates of birth</source>
        <translation>dates de naissance</translation>
    </message>
    <message>
        <source>places of birth</source>
        <translation>lieux de naissance</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>sort key</source>
        <translation>clé de tri</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>back on the list</source>
        <translation>réinscrit sur la liste</translation>
    </message>
    <message>
        <source>%1 of %2 is &quot;%3&quot;, which is not a whole number.</source>
        <translation>%1 de %2 vaut «&#xa0;%3&#xa0;», qui n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>LISTED_ON of %1 is &quot;%2&quot;, which is not a real date (YYYY-MM-DD).</source>
        <translation>LISTED_ON de %1 vaut «&#xa0;%2&#xa0;», qui n’est pas une date réelle (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source> (DATAID %1)</source>
        <translation> (DATAID %1)</translation>
    </message>
    <message>
        <source>this %1 record%2 has no REFERENCE_NUMBER; every record of the list needs one.</source>
        <translation>cette fiche %1%2 n’a pas de REFERENCE_NUMBER&#xa0;; chaque fiche de la liste doit en avoir un.</translation>
    </message>
    <message>
        <source>%1 has no UN_LIST_TYPE, so its sanctions regime is unknown.</source>
        <translation>%1 n’a pas de UN_LIST_TYPE&#xa0;; son régime de sanctions est donc inconnu.</translation>
    </message>
    <message>
        <source>%1 has no LISTED_ON date.</source>
        <translation>%1 n’a pas de date LISTED_ON.</translation>
    </message>
    <message>
        <source>%1 has no name (FIRST_NAME is empty).</source>
        <translation>%1 n’a pas de nom (FIRST_NAME est vide).</translation>
    </message>
    <message>
        <source>the record starting at line %1</source>
        <translation>la fiche commençant à la ligne %1</translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation>La liste n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>%1 individuals, %2 entities: %3 added, %4 changed, %5 removed (delisted), %6 unchanged</source>
        <translation>Personnes&#xa0;: %1, entités&#xa0;: %2&#xa0;; ajoutées&#xa0;: %3, modifiées&#xa0;: %4, retirées (radiées)&#xa0;: %5, inchangées&#xa0;: %6</translation>
    </message>
    <message>
        <source>Unknown elements kept as notes: %1</source>
        <translation>Éléments inconnus conservés en notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>List of %1, imported %2 from %3: %4 added, %5 changed, %6 removed</source>
        <translation>Liste du %1, importée le %2 depuis %3&#xa0;; ajoutées&#xa0;: %4, modifiées&#xa0;: %5, retirées&#xa0;: %6</translation>
    </message>
    <message>
        <source>1267 Committee (ISIL (Da&apos;esh) and Al-Qaida)</source>
        <translation>Comité 1267 (EIIL (Daech) et Al-Qaida)</translation>
    </message>
    <message>
        <source>2127 Committee (Central African Republic)</source>
        <translation>Comité 2127 (République centrafricaine)</translation>
    </message>
    <message>
        <source>1718 Committee (DPRK)</source>
        <translation>Comité 1718 (RPDC)</translation>
    </message>
    <message>
        <source>1533 Committee (Democratic Republic of the Congo)</source>
        <translation>Comité 1533 (République démocratique du Congo)</translation>
    </message>
    <message>
        <source>2048 Committee (Guinea-Bissau)</source>
        <translation>Comité 2048 (Guinée-Bissau)</translation>
    </message>
    <message>
        <source>2653 Committee (Haiti)</source>
        <translation>Comité 2653 (Haïti)</translation>
    </message>
    <message>
        <source>1518 Committee (Iraq)</source>
        <translation>Comité 1518 (Iraq)</translation>
    </message>
    <message>
        <source>1970 Committee (Libya)</source>
        <translation>Comité 1970 (Libye)</translation>
    </message>
    <message>
        <source>2713 Committee (Al-Shabaab)</source>
        <translation>Comité 2713 (Al-Chabab)</translation>
    </message>
    <message>
        <source>2206 Committee (South Sudan)</source>
        <translation>Comité 2206 (Soudan du Sud)</translation>
    </message>
    <message>
        <source>1591 Committee (Sudan)</source>
        <translation>Comité 1591 (Soudan)</translation>
    </message>
    <message>
        <source>1988 Committee (Taliban)</source>
        <translation>Comité 1988 (Taliban)</translation>
    </message>
    <message>
        <source>2140 Committee (Yemen)</source>
        <translation>Comité 2140 (Yémen)</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Filtrage</translation>
    </message>
    <message>
        <source>Screen &amp;Names…</source>
        <translation>Filtrer des &amp;noms…</translation>
    </message>
    <message>
        <source>Check names against the designations of the imported UN list</source>
        <translation>Comparer des noms aux désignations de la liste de l’ONU importée</translation>
    </message>
    <message>
        <source>&amp;Designations</source>
        <translation>&amp;Désignations</translation>
    </message>
    <message>
        <source>%1 cannot be opened here: SQLite needs to write beside it (its -wal and -shm files) and the file or its folder is read-only. Copy it to a folder you can write to. It was left unchanged.</source>
        <translation>%1 ne peut pas être ouvert ici&#xa0;: SQLite doit écrire à côté (ses fichiers -wal et -shm) et le fichier ou son dossier est en lecture seule. Copiez-le dans un dossier où vous pouvez écrire. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (perhaps another Sanctions Tracker in the middle of a change); try again when it has finished. It was left unchanged.</source>
        <translation>%1 est verrouillé par un autre programme (peut-être un autre Sanctions Tracker en pleine modification)&#xa0;; réessayez quand il aura terminé. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The database file is damaged (SQLite found a corrupt page); nothing was changed. Restore it from a backup.</source>
        <translation>Le fichier de base de données est endommagé (SQLite a trouvé une page corrompue)&#xa0;; rien n’a été modifié. Restaurez-le à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk error).</source>
        <translation>Le fichier de base de données n’a pas pu être lu ou écrit (erreur de disque).</translation>
    </message>
    <message>
        <source>The designations in the database changed after this list was reviewed (another import or an edit); nothing was imported. Open the list again to review the changes as they are now.</source>
        <translation>Les désignations de la base de données ont changé après l’examen de cette liste (une autre importation ou une modification)&#xa0;; rien n’a été importé. Rouvrez la liste pour examiner les changements tels qu’ils sont maintenant.</translation>
    </message>
    <message>
        <source>1737 Committee (Iran)</source>
        <translation>Comité 1737 (Iran)</translation>
    </message>
    <message>
        <source>, %1 statements, Committee decisions and reports</source>
        <translation>, %1 déclarations, décisions du Comité et rapports</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>Could not write a backup copy before upgrading the database to %1: %2</source>
        <translation>Impossible d’écrire une copie de sauvegarde avant la mise à niveau de la base de données vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds the tables of another application, not a Sanctions Tracker database; it was left unchanged.</source>
        <translation>%1 contient les tables d’une autre application, ce n’est pas une base Sanctions Tracker&#xa0;; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL) is not installed; install libqt6sql6-psql.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé&#xa0;; installez libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1.</source>
        <translation>Impossible de se connecter à la base d’équipe %1.</translation>
    </message>
    <message>
        <source>This kind of record has no version.</source>
        <translation>Ce type d’élément n’a pas de version.</translation>
    </message>
    <message>
        <source>The record is no longer stored.</source>
        <translation>L’élément n’est plus enregistré.</translation>
    </message>
</context>
<context>
    <name>st::AuditLogModel</name>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation>Événement déclencheur</translation>
    </message>
    <message>
        <source>Sanctioned state</source>
        <translation>État visé</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>Type de mesure</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Resolution source</source>
        <translation>Source de résolution</translation>
    </message>
    <message>
        <source>Resolution state link</source>
        <translation>Lien résolution–État</translation>
    </message>
    <message>
        <source>Resolution trigger link</source>
        <translation>Lien résolution–déclencheur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>The rows of the database this action wrote: the record and the links saved with it.</source>
        <translation>Les lignes de la base de données écrites par cette action&#xa0;: la fiche et les liens enregistrés avec elle.</translation>
    </message>
    <message>
        <source>Rows</source>
        <comment>how many stored rows one action wrote</comment>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>st::AuditValueNames</name>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>Type de mesure</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation>Événement déclencheur</translation>
    </message>
    <message>
        <source>Changes measure</source>
        <translation>Modifie la mesure</translation>
    </message>
    <message>
        <source>#%1 (no longer in the database)</source>
        <translation>n° %1 (ne figure plus dans la base de données)</translation>
    </message>
</context>
<context>
    <name>st::BrowserTable</name>
    <message>
        <source>Any measure type</source>
        <translation>Tout type de mesure</translation>
    </message>
</context>
<context>
    <name>st::BundledDataset</name>
    <message>
        <source>The bundled dataset is missing from this build.</source>
        <translation>Le jeu de données fourni manque dans cette version du programme.</translation>
    </message>
    <message>
        <source>The bundled dataset could not be loaded: %1</source>
        <translation>Le jeu de données fourni n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>st::CapHistoryChart</name>
    <message>
        <source>applied without a figure</source>
        <translation>appliqué sans chiffre</translation>
    </message>
    <message>
        <source>full ban</source>
        <translation>interdiction totale</translation>
    </message>
    <message>
        <source>Cap adopted</source>
        <translation>Plafond adopté</translation>
    </message>
    <message>
        <source>Adopted, replaced before taking effect</source>
        <translation>Adopté, remplacé avant de prendre effet</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>plafond</translation>
    </message>
    <message>
        <source>No %1 measures for this state</source>
        <translation>Aucune mesure %1 pour cet État</translation>
    </message>
    <message>
        <source>still in force →</source>
        <translation>toujours en vigueur →</translation>
    </message>
    <message>
        <source>%1 from %2: replaced before it took effect</source>
        <translation>%1 à partir du %2&#xa0;: remplacé avant de prendre effet</translation>
    </message>
    <message>
        <source>%1 from %2: replaced by %3 before it took effect</source>
        <translation>%1 à partir du %2&#xa0;: remplacé par %3 avant de prendre effet</translation>
    </message>
    <message>
        <source>(%1 a year)</source>
        <translation>(%1 par an)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>Cap in force, per year (set per %1)</source>
        <translation>Plafond en vigueur, par an (fixé par %1)</translation>
    </message>
    <message>
        <source>Cap in force, per year</source>
        <translation>Plafond en vigueur, par an</translation>
    </message>
    <message>
        <source>Proposed in a vetoed draft, never in force</source>
        <translation>Proposé dans un projet frappé de veto, jamais en vigueur</translation>
    </message>
    <message>
        <source>million %1 a year</source>
        <translation>millions de %1 par an</translation>
    </message>
    <message>
        <source>thousand %1 a year</source>
        <translation>milliers de %1 par an</translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 par an</translation>
    </message>
    <message>
        <source>Proposed in a vetoed draft: never in force</source>
        <translation>Proposé dans un projet frappé de veto&#xa0;: jamais en vigueur</translation>
    </message>
    <message>
        <source>Adopted, but replaced before it took effect</source>
        <translation>Adopté, mais remplacé avant de prendre effet</translation>
    </message>
    <message>
        <source>(in force)</source>
        <translation>(en vigueur)</translation>
    </message>
    <message>
        <source>%1 proposed %2, vetoed</source>
        <translation>%1 proposé le %2, frappé de veto</translation>
    </message>
</context>
<context>
    <name>st::CapHistoryPanel</name>
    <message>
        <source>Caps are set per state: choose one in the state list.</source>
        <translation>Les plafonds sont fixés par État&#xa0;: choisissez-en un dans la liste des États.</translation>
    </message>
    <message>
        <source>&amp;Cap history of</source>
        <translation>Hist&amp;orique des plafonds de</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln change(s). Caps on a yearly basis; wheel to zoom, drag to pan, double-click for the whole period.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln changement. Plafonds ramenés à l’année&#xa0;; molette pour zoomer, glisser pour défiler, double-clic pour toute la période.</numerusform>
            <numerusform>%1&#xa0;: %Ln changements. Plafonds ramenés à l’année&#xa0;; molette pour zoomer, glisser pour défiler, double-clic pour toute la période.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::CapHistoryView</name>
    <message>
        <source>Cap history chart</source>
        <translation>Graphique de l’historique des plafonds</translation>
    </message>
</context>
<context>
    <name>st::ChartExport</name>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>&amp;Copier l’image</translation>
    </message>
    <message>
        <source>Save Image as &amp;PNG…</source>
        <translation>Enregistrer l’image en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Image as &amp;SVG…</source>
        <translation>Enregistrer l’image en &amp;SVG…</translation>
    </message>
</context>
<context>
    <name>st::ChartRendering</name>
    <message>
        <source>%1 to %2 enlarged: there the lags are too close together to write at full scale</source>
        <translation>Agrandissement de %1 à %2&#xa0;: les délais y sont trop rapprochés pour être écrits à pleine échelle</translation>
    </message>
</context>
<context>
    <name>st::CommandLine</name>
    <message>
        <source>Render the main window offscreen with the current database into FILE.png, then exit.</source>
        <translation>Dessiner hors écran la fenêtre principale avec la base de données courante dans FICHIER.png, puis quitter.</translation>
    </message>
    <message>
        <source>FILE.png</source>
        <translation>FICHIER.png</translation>
    </message>
    <message>
        <source>Size of the --screenshot in pixels (default 1280x800).</source>
        <translation>Taille de la capture --screenshot en pixels (1280x800 par défaut).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Fill the database with N synthetic resolutions (about ten measures each, 200 states, trigger events) for scale tests, then exit.</source>
        <translation>Remplir la base de données de N résolutions synthétiques (une dizaine de mesures chacune, 200 États, des événements déclencheurs) pour les essais de montée en charge, puis quitter.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--screenshot writes a PNG image: the file name must end in .png (got &quot;%1&quot;).</source>
        <translation>--screenshot écrit une image PNG&#xa0;: le nom du fichier doit se terminer par .png (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>--size only applies to --screenshot.</source>
        <translation>--size ne s’applique qu’à --screenshot.</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, from 320x240 to 8000x8000, e.g. 1280x800 (got &quot;%1&quot;).</source>
        <translation>--size doit être LARGEURxHAUTEUR en pixels, de 320x240 à 8000x8000, par exemple 1280x800 (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>--generate-synthetic needs a number of resolutions from 1 to 1000000 (got &quot;%1&quot;).</source>
        <translation>--generate-synthetic attend un nombre de résolutions de 1 à 1000000 (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Sanctions Tracker follows UN Security Council sanctions: resolutions, vetoed drafts, measures, caps, lineage, trigger events and designations.

Without a headless option it opens the main window.</source>
        <translation>Sanctions Tracker suit les sanctions du Conseil de sécurité de l’ONU&#xa0;: résolutions, projets de résolution frappés de veto, mesures, plafonds, filiation, événements déclencheurs et désignations.

Sans option de traitement en ligne de commande, il ouvre la fenêtre principale.</translation>
    </message>
    <message>
        <source>Use the database FILE (created if missing). Default: the user&apos;s data directory.</source>
        <translation>Utiliser la base de données FICHIER (créée si elle n’existe pas). Par défaut&#xa0;: le dossier de données de l’utilisateur.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>When the database is created, leave it empty instead of filling it with the bundled DPRK dataset.</source>
        <translation>À la création de la base de données, la laisser vide au lieu d’y charger le jeu de données fourni sur la RPDC.</translation>
    </message>
    <message>
        <source>Write the whole dataset as JSON to FILE (&apos;-&apos; for standard output), then exit.</source>
        <translation>Écrire tout le jeu de données en JSON dans FICHIER («&#xa0;-&#xa0;» pour la sortie standard), puis quitter.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FICHIER.json</translation>
    </message>
    <message>
        <source>Merge the JSON file FILE into the database, all or nothing, then exit.</source>
        <translation>Fusionner le fichier JSON FICHIER dans la base de données, en tout ou rien, puis quitter.</translation>
    </message>
    <message>
        <source>Show the interface in LANG: fr (French) or en (English). Default: the system&apos;s language, English when the app does not have it.</source>
        <translation>Afficher l’interface dans la langue LANGUE&#xa0;: fr (français) ou en (anglais). Par défaut&#xa0;: la langue du système, ou l’anglais si l’application ne la propose pas.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--lang must be one of %1 (got &quot;%2&quot;).</source>
        <translation>--lang doit valoir l’une des langues suivantes&#xa0;: %1 (reçu&#xa0;: «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>--database attend un nom de fichier.</translation>
    </message>
    <message>
        <source>--import and --export name the same file.</source>
        <translation>--import et --export désignent le même fichier.</translation>
    </message>
    <message>
        <source>--copy-to and --copy-from run alone (with --database and --overwrite).</source>
        <translation>--copy-to et --copy-from s’emploient seuls (avec --database et --overwrite).</translation>
    </message>
</context>
<context>
    <name>st::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>Leur version (%1)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Reload Theirs puts their version in the form in place of what you typed. Overwrite with Mine saves yours over theirs, and the undo history says so. Cancel goes back to your form.</source>
        <translation>Reprendre la leur met leur version dans le formulaire à la place de ce que vous avez saisi. Écraser avec la mienne enregistre la vôtre par-dessus la leur, et l’historique des annulations l’indique. Annuler revient à votre formulaire.</translation>
    </message>
    <message>
        <source>Reload Theirs</source>
        <translation>Reprendre la leur</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>Écraser avec la mienne</translation>
    </message>
</context>
<context>
    <name>st::ConnectDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>Se connecter à une base partagée</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database: everyone sees the others&apos; changes as they are saved. Fill in the fields, or paste the address your administrator gave you.</source>
        <translation>Une équipe partage une base PostgreSQL&#xa0;: chacun voit les modifications des autres dès qu’elles sont enregistrées. Remplissez les champs, ou collez l’adresse donnée par votre administrateur.</translation>
    </message>
    <message>
        <source>Choose an address used before</source>
        <translation>Choisir une adresse déjà utilisée</translation>
    </message>
    <message>
        <source>this computer (local socket)</source>
        <translation>cet ordinateur (socket local)</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>votre nom de connexion</translation>
    </message>
    <message>
        <source>prefer: encrypted if the server offers it</source>
        <translation>prefer&#xa0;: chiffré si le serveur le propose</translation>
    </message>
    <message>
        <source>require: always encrypted</source>
        <translation>require&#xa0;: toujours chiffré</translation>
    </message>
    <message>
        <source>verify-ca: encrypted, server certificate checked</source>
        <translation>verify-ca&#xa0;: chiffré, certificat du serveur vérifié</translation>
    </message>
    <message>
        <source>verify-full: encrypted, certificate and host name checked</source>
        <translation>verify-full&#xa0;: chiffré, certificat et nom d’hôte vérifiés</translation>
    </message>
    <message>
        <source>allow: encrypted only if the server insists</source>
        <translation>allow&#xa0;: chiffré seulement si le serveur l’exige</translation>
    </message>
    <message>
        <source>disable: never encrypted</source>
        <translation>disable&#xa0;: jamais chiffré</translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass</source>
        <translation>vide&#xa0;: lu dans ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Récentes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <source>This address contains a password. Remove it from the address and type it in the Password field: addresses are remembered and shown, passwords never are.</source>
        <translation>Cette adresse contient un mot de passe. Retirez-le de l’adresse et tapez-le dans le champ Mot de passe&#xa0;: les adresses sont retenues et affichées, jamais les mots de passe.</translation>
    </message>
    <message>
        <source>Enter the name of the team&apos;s database.</source>
        <translation>Indiquez le nom de la base de l’équipe.</translation>
    </message>
    <message>
        <source>The server of %1 cannot be reached. Check the host and the port, and that the server is running and accepts connections from this computer.</source>
        <translation>Le serveur de %1 est injoignable. Vérifiez l’hôte et le port, et que le serveur fonctionne et accepte les connexions de cet ordinateur.</translation>
    </message>
    <message>
        <source>The server asks for a password: type it in the Password field.</source>
        <translation>Le serveur demande un mot de passe&#xa0;: tapez-le dans le champ Mot de passe.</translation>
    </message>
    <message>
        <source>The server refused the user name or the password.</source>
        <translation>Le serveur a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The server has no database named %1.</source>
        <translation>Le serveur n’a pas de base de données nommée %1.</translation>
    </message>
    <message>
        <source>The server has no user named %1.</source>
        <translation>Le serveur n’a pas d’utilisateur nommé %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>st::ConnectionLoss</name>
    <message>
        <source>The connection to the team database %1 was lost (the server was restarted, or ended this session). What was saved before is safe on the server. Try again: the app reconnects as soon as the server answers.</source>
        <translation>La connexion à la base d’équipe %1 a été perdue (le serveur a redémarré ou a mis fin à cette session). Ce qui avait été enregistré auparavant est en sûreté sur le serveur. Réessayez&#xa0;: l’application se reconnecte dès que le serveur répond.</translation>
    </message>
</context>
<context>
    <name>st::CopyCommands</name>
    <message>
        <source>Copy the whole database into PLACE (a file, or a postgresql:// address of an empty team database), then exit.</source>
        <translation>Copier toute la base de données vers LIEU (un fichier, ou l’adresse postgresql:// d’une base d’équipe vide), puis quitter.</translation>
    </message>
    <message>
        <source>PLACE</source>
        <translation>LIEU</translation>
    </message>
    <message>
        <source>Copy the whole database at PLACE (a file or a postgresql:// address) into the --database, which must be empty, then exit.</source>
        <translation>Copier toute la base de données de LIEU (un fichier ou une adresse postgresql://) dans la --database, qui doit être vide, puis quitter.</translation>
    </message>
    <message>
        <source>With --copy-to or --copy-from: replace everything the target holds.</source>
        <translation>Avec --copy-to ou --copy-from&#xa0;: remplacer tout ce que contient la cible.</translation>
    </message>
    <message>
        <source>--copy-to and --copy-from cannot be given together: copy one way at a time.</source>
        <translation>--copy-to et --copy-from ne peuvent pas être donnés ensemble&#xa0;: copiez dans un seul sens à la fois.</translation>
    </message>
    <message>
        <source>--copy-to and --copy-from need a file name or a postgresql:// address.</source>
        <translation>--copy-to et --copy-from demandent un nom de fichier ou une adresse postgresql://.</translation>
    </message>
    <message>
        <source>--overwrite only applies to --copy-to and --copy-from.</source>
        <translation>--overwrite ne s’applique qu’à --copy-to et --copy-from.</translation>
    </message>
    <message>
        <source>%1 cannot be copied onto itself.</source>
        <translation>%1 ne peut pas être copié sur lui-même.</translation>
    </message>
    <message>
        <source>cannot read the source: %1</source>
        <translation>impossible de lire la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot open the target: %1</source>
        <translation>impossible d’ouvrir la cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>give --overwrite to replace what it holds with the copy</source>
        <translation>ajoutez --overwrite pour remplacer son contenu par la copie</translation>
    </message>
    <message>
        <source>nothing was copied; the target is as it was</source>
        <translation>rien n’a été copié&#xa0;; la cible est restée telle quelle</translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 rows in %4 tables</source>
        <translation>%1 copié vers %2&#xa0;: %3 lignes dans %4 tables</translation>
    </message>
</context>
<context>
    <name>st::DatabaseCopy</name>
    <message>
        <source>The copy must go to another file than the open database.</source>
        <translation>La copie doit aller dans un autre fichier que la base de données ouverte.</translation>
    </message>
    <message>
        <source>Could not write a copy of the database to %1.</source>
        <translation>Impossible d’écrire une copie de la base de données dans %1.</translation>
    </message>
    <message>
        <source>Could not replace %1; it is unchanged.</source>
        <translation>Impossible de remplacer %1&#xa0;; il est inchangé.</translation>
    </message>
</context>
<context>
    <name>st::DatabaseFiles</name>
    <message>
        <source>Sanctions Tracker databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Sanctions Tracker (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sanctions Tracker</source>
        <translation>Sanctions Tracker</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>%1 already exists; it is opened as it is.</source>
        <translation>%1 existe déjà&#xa0;; elle est ouverte telle quelle.</translation>
    </message>
    <message>
        <source>Start the new database with the bundled dataset (the UN sanctions rounds on the DPRK)?

No: it starts empty, for your own data or an import.</source>
        <translation>Commencer la nouvelle base de données avec le jeu de données fourni (les séries de sanctions de l’ONU visant la RPDC)&#xa0;?

Non&#xa0;: elle commence vide, pour vos propres données ou une importation.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>-copy</source>
        <translation>-copie</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>La copie n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation>Aucune autre base de données ouverte pour l’instant</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The bundled dataset could not be loaded.</source>
        <translation>Le jeu de données fourni n’a pas pu être chargé.</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>Nouvelle &amp;base de données…</translation>
    </message>
    <message>
        <source>Create a database file and open it in a new window</source>
        <translation>Créer un fichier de base de données et l’ouvrir dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open another database file in a new window</source>
        <translation>Ouvrir un autre fichier de base de données dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier récen&amp;t</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>Enregistrer une co&amp;pie sous…</translation>
    </message>
    <message>
        <source>Write a copy of this database to another file</source>
        <translation>Écrire une copie de cette base de données dans un autre fichier</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Open the folder that holds this database in the file manager</source>
        <translation>Ouvrir dans le gestionnaire de fichiers le dossier qui contient cette base de données</translation>
    </message>
</context>
<context>
    <name>st::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>st::DateFilterEdit</name>
    <message>
        <source>any</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>st::DeletionImpact</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n source address(es)</source>
        <translation>
            <numerusform>%n adresse source</numerusform>
            <numerusform>%n adresses sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to a sanctioned state</source>
        <translation>
            <numerusform>%n lien vers un État visé</numerusform>
            <numerusform>%n liens vers des États visés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to a trigger event</source>
        <translation>
            <numerusform>%n lien vers un événement déclencheur</numerusform>
            <numerusform>%n liens vers des événements déclencheurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n ligne de %1</numerusform>
            <numerusform>%n lignes de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) will no longer name the earlier measure it changes</source>
        <translation>%1 (%2) ne désignera plus la mesure antérieure qu’elle modifie</translation>
    </message>
    <message>
        <source>A sanctions regime will no longer name the resolution that established it</source>
        <translation>Un régime de sanctions ne désignera plus la résolution qui l’a établi</translation>
    </message>
    <message>
        <source>A designation will no longer name the resolution that listed it</source>
        <translation>Une désignation ne nommera plus la résolution qui l’a inscrite</translation>
    </message>
    <message>
        <source>A row of %1 will lose its link (%2)</source>
        <translation>Une ligne de %1 perdra son lien (%2)</translation>
    </message>
</context>
<context>
    <name>st::DesignationTableModel</name>
    <message>
        <source>Individual</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Committee decision</source>
        <translation>Décision du comité</translation>
    </message>
    <message>
        <source>Delisted %1</source>
        <translation>Radiée le %1</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Inscrite</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Autres noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>No resolution of this regime was adopted on the listing date: the sanctions committee listed it.</source>
        <translation>Aucune résolution de ce régime n’a été adoptée à la date d’inscription&#xa0;: le comité des sanctions a procédé à l’inscription.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Original script</source>
        <translation>Écriture d’origine</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>UN list</source>
        <translation>Liste de l’ONU</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Inscrite le</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>Inscrite par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>st::DesignationsPage</name>
    <message>
        <source>Search names, aliases, original script…</source>
        <translation>Rechercher dans les noms, autres noms, écriture d’origine…</translation>
    </message>
    <message>
        <source>UN list (UN_LIST_TYPE of the Consolidated List) and its sanctions committee</source>
        <translation>Liste de l’ONU (UN_LIST_TYPE de la Liste récapitulative) et son comité des sanctions</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Toutes natures</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Listed on or after this day</source>
        <translation>Inscrites ce jour-là ou après</translation>
    </message>
    <message>
        <source>Listed on or before this day</source>
        <translation>Inscrites ce jour-là ou avant</translation>
    </message>
    <message>
        <source>Include delisted</source>
        <translation>Inclure les radiées</translation>
    </message>
    <message>
        <source>Also show designations that have left the list</source>
        <translation>Afficher aussi les désignations qui ont quitté la liste</translation>
    </message>
    <message>
        <source>%1 of %2 designations</source>
        <translation>%1 sur %2 désignations</translation>
    </message>
    <message>
        <source>The designations could not be read: %1</source>
        <translation>Les désignations n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>Toutes les listes</translation>
    </message>
    <message>
        <source>No UN list imported yet: File ▸ Import UN Consolidated List…</source>
        <translation>Aucune liste de l’ONU importée pour l’instant&#xa0;: Fichier ▸ Importer la Liste récapitulative de l’ONU…</translation>
    </message>
    <message>
        <source>The import log could not be read: %1</source>
        <translation>Le journal des importations n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last import: %1</source>
        <translation>Dernière importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>UN list imports, newest first</source>
        <translation>Importations de la liste de l’ONU, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>%1 individuals, %2 entities on the list</source>
        <translation>Sur la liste&#xa0;: personnes&#xa0;: %1, entités&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln designation(s)</source>
        <translation>
            <numerusform>%Ln désignation</numerusform>
            <numerusform>%Ln désignations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln designation(s)</source>
        <translation>
            <numerusform>%1 sur %Ln désignation</numerusform>
            <numerusform>%1 sur %Ln désignations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %Ln import(s) in all (hover for the log)</source>
        <translation>
            <numerusform> · %Ln importation en tout (survoler pour le journal)</numerusform>
            <numerusform> · %Ln importations en tout (survoler pour le journal)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Listed</source>
        <translation>&amp;Inscrites</translation>
    </message>
</context>
<context>
    <name>st::DetailPane</name>
    <message>
        <source>Select a resolution in the timeline or the table to read it here.</source>
        <translation>Sélectionnez une résolution dans la chronologie ou le tableau pour la lire ici.</translation>
    </message>
    <message>
        <source>This resolution could not be read: %1</source>
        <translation>Cette résolution n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>This resolution is no longer in the database.</source>
        <translation>Cette résolution n’est plus dans la base de données.</translation>
    </message>
</context>
<context>
    <name>st::EditConflict</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>Type de mesure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Local date</source>
        <translation>Date locale</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Has a cap</source>
        <translation>Avec plafond</translation>
    </message>
    <message>
        <source>Votes in favour</source>
        <translation>Voix pour</translation>
    </message>
    <message>
        <source>Votes against</source>
        <translation>Voix contre</translation>
    </message>
    <message>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <source>Vetoed by</source>
        <translation>Veto opposé par</translation>
    </message>
    <message>
        <source>Chapter VII</source>
        <translation>Chapitre VII</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Cap unit</source>
        <translation>Unité du plafond</translation>
    </message>
    <message>
        <source>Cap period</source>
        <translation>Période du plafond</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigueur du</translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation>En vigueur jusqu’au</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Disputed by</source>
        <translation>Contesté par</translation>
    </message>
    <message>
        <source>at %1 UTC</source>
        <translation>à %1 UTC</translation>
    </message>
    <message>
        <source>on %1 at %2 UTC</source>
        <translation>le %1 à %2 UTC</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <source>%1 saved this %2</source>
        <translation>%1 a modifié cet élément (%2)</translation>
    </message>
    <message>
        <source>%1 saved this %2 %3</source>
        <translation>%1 a modifié cet élément (%2) %3</translation>
    </message>
    <message>
        <source>%1, after your change: undoing it would overwrite theirs, so it was left as it is.</source>
        <translation>%1, après votre modification&#xa0;: l’annuler écraserait la sienne, il est donc laissé tel quel.</translation>
    </message>
    <message>
        <source>%1, after you opened it.</source>
        <translation>%1, après que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: theirs %2, yours %3</source>
        <translation>%1&#xa0;: leur version %2, la vôtre %3</translation>
    </message>
    <message>
        <source>Date of vote</source>
        <translation>Date du vote</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Déclenchée par</translation>
    </message>
    <message>
        <source>%1 after you asked to delete it, so it was kept. Look at their change, then delete it again if it should still go.</source>
        <translation>%1 après que vous avez demandé sa suppression&#xa0;; l’enregistrement a donc été conservé. Examinez cette modification, puis supprimez-le à nouveau s’il doit toujours disparaître.</translation>
    </message>
</context>
<context>
    <name>st::EditingFeature</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Sanctions Tracker</source>
        <translation>Sanctions Tracker</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone; the data is as it was.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être annulé ni rétabli&#xa0;; les données sont restées telles quelles.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Resolution…</source>
        <translation>&amp;Résolution…</translation>
    </message>
    <message>
        <source>&amp;Measure…</source>
        <translation>&amp;Mesure…</translation>
    </message>
    <message>
        <source>Add a measure to the selected resolution</source>
        <translation>Ajouter une mesure à la résolution sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Trigger Event…</source>
        <translation>É&amp;vénement déclencheur…</translation>
    </message>
    <message>
        <source>Sanctioned &amp;State…</source>
        <translation>É&amp;tat visé…</translation>
    </message>
    <message>
        <source>Measure T&amp;ype…</source>
        <translation>T&amp;ype de mesure…</translation>
    </message>
    <message>
        <source>&amp;Edit Resolution…</source>
        <translation>&amp;Modifier la résolution…</translation>
    </message>
    <message>
        <source>&amp;Measures of Resolution…</source>
        <translation>M&amp;esures de la résolution…</translation>
    </message>
    <message>
        <source>&amp;Delete Resolution…</source>
        <translation>&amp;Supprimer la résolution…</translation>
    </message>
    <message>
        <source>Reference &amp;Data</source>
        <translation>&amp;Données de référence</translation>
    </message>
    <message>
        <source>&amp;Trigger Events…</source>
        <translation>É&amp;vénements déclencheurs…</translation>
    </message>
    <message>
        <source>Sanctioned &amp;States…</source>
        <translation>É&amp;tats visés…</translation>
    </message>
    <message>
        <source>Measure &amp;Types…</source>
        <translation>T&amp;ypes de mesure…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>New &amp;Resolution…</source>
        <translation>Nouvelle &amp;résolution…</translation>
    </message>
    <message>
        <source>&amp;Edit Measure…</source>
        <translation>&amp;Modifier la mesure…</translation>
    </message>
    <message>
        <source>&amp;New Measure in This Resolution…</source>
        <translation>&amp;Nouvelle mesure dans cette résolution…</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>Afficher l’&amp;historique</translation>
    </message>
    <message>
        <source>&amp;Delete Measure…</source>
        <translation>&amp;Supprimer la mesure…</translation>
    </message>
    <message>
        <source>New &amp;Measure…</source>
        <translation>Nouvelle &amp;mesure…</translation>
    </message>
    <message>
        <source>Measures of &amp;Resolution…</source>
        <translation>Mesures de la &amp;résolution…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>New resolution or vetoed draft</source>
        <translation>Nouvelle résolution ou nouveau projet frappé de veto</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
</context>
<context>
    <name>st::EngineCopy</name>
    <message>
        <source>The two databases do not have the same tables; open both with this version of the app first.</source>
        <translation>Les deux bases de données n’ont pas les mêmes tables&#xa0;; ouvrez d’abord chacune avec cette version de l’application.</translation>
    </message>
    <message>
        <source>The table %1 has different columns in the two databases; open both with this version of the app first.</source>
        <translation>La table %1 n’a pas les mêmes colonnes dans les deux bases&#xa0;; ouvrez d’abord chacune avec cette version de l’application.</translation>
    </message>
    <message>
        <source>The table %1 cannot be copied: it refers to rows copied after it and has no id.</source>
        <translation>La table %1 ne peut pas être copiée&#xa0;: elle renvoie à des lignes copiées après elle et n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>%1 is at schema %2 and %3 at schema %4; open both with this version of the app first.</source>
        <translation>%1 est au schéma %2 et %3 au schéma %4&#xa0;; ouvrez d’abord chacune avec cette version de l’application.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds data (%n row(s)); nothing was copied and it was left unchanged.</source>
        <translation>
            <numerusform>%1 contient déjà des données (%n ligne)&#xa0;; rien n’a été copié et elle est restée telle quelle.</numerusform>
            <numerusform>%1 contient déjà des données (%n lignes)&#xa0;; rien n’a été copié et elle est restée telle quelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy of the table %1 holds %2 rows where the source has %3; nothing was copied.</source>
        <translation>La copie de la table %1 compte %2 lignes là où la source en a %3&#xa0;; rien n’a été copié.</translation>
    </message>
</context>
<context>
    <name>st::ErrorBanner</name>
    <message>
        <source>Nothing was saved; your input is still here.</source>
        <translation>Rien n’a été enregistré&#xa0;; votre saisie est conservée.</translation>
    </message>
</context>
<context>
    <name>st::Formatting</name>
    <message>
        <source>Introduces</source>
        <translation>Instaure</translation>
    </message>
    <message>
        <source>Expands</source>
        <translation>Élargit</translation>
    </message>
    <message>
        <source>Tightens</source>
        <translation>Renforce</translation>
    </message>
    <message>
        <source>Relaxes</source>
        <translation>Assouplit</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Reconduit</translation>
    </message>
    <message>
        <source>Terminates</source>
        <translation>Lève</translation>
    </message>
    <message>
        <source> a year</source>
        <translation> par an</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Vetoed</source>
        <translation>Frappé de veto</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>1 individual</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>%1 individuals</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 entité</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>%1 entités</translation>
    </message>
    <message>
        <source>1 designation (%1, %2)</source>
        <translation>1 désignation (%1, %2)</translation>
    </message>
    <message>
        <source>%3 designations (%1, %2)</source>
        <translation>%3 désignations (%1, %2)</translation>
    </message>
    <message>
        <source>; %1 since delisted</source>
        <translation>&#xa0;; %1 radiées depuis</translation>
    </message>
    <message>
        <source>(%1 in New York)</source>
        <translation>(%1 à New York)</translation>
    </message>
    <message>
        <source>(New York %1)</source>
        <translation>(New York&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Reinstates</source>
        <translation>Rétablit</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Non adopté</translation>
    </message>
</context>
<context>
    <name>st::HeadlessCommands</name>
    <message>
        <source>export failed: %1</source>
        <translation>échec de l’exportation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported the dataset to %1</source>
        <translation>Jeu de données exporté dans %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing was imported; the database is unchanged</source>
        <translation>rien n’a été importé&#xa0;; la base de données est inchangée</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>waiting for another Sanctions Tracker (or another program) to finish writing to %1; giving up after %2 s…</source>
        <translation>attente de la fin de l’écriture dans %1 par un autre Sanctions Tracker (ou un autre programme)&#xa0;; abandon au bout de %2 s…</translation>
    </message>
    <message>
        <source>%1. The export holds every record; restore the database file from a backup, or import the export into a new database.</source>
        <translation>%1. L’export contient tous les enregistrements&#xa0;; restaurez le fichier de base de données depuis une sauvegarde, ou importez l’export dans une nouvelle base.</translation>
    </message>
</context>
<context>
    <name>st::HistoryView</name>
    <message>
        <source>All records</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>The record&apos;s id (shown in the Id column)</source>
        <translation>L’identifiant de la fiche (affiché dans la colonne Id)</translation>
    </message>
    <message>
        <source>Find in the changed values or the user&apos;s name</source>
        <translation>Rechercher dans les valeurs modifiées ou le nom de l’utilisateur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>Fic&amp;he&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <comment>record, its name, what happened to it</comment>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s)</source>
        <translation>
            <numerusform>… et %n autre ligne</numerusform>
            <numerusform>… et %n autres lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::InputFile</name>
    <message>
        <source>Cannot read %1: it is a link to a file that does not exist.</source>
        <translation>Impossible de lire %1&#xa0;: c’est un lien vers un fichier qui n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>Impossible de lire %1&#xa0;: le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder, not a file.</source>
        <translation>Impossible de lire %1&#xa0;: c’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a regular file (a pipe, socket or device); save the data to a file first.</source>
        <translation>Impossible de lire %1&#xa0;: ce n’est pas un fichier ordinaire (tube, socket ou périphérique)&#xa0;; enregistrez d’abord les données dans un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>st::IntegrityCheck</name>
    <message>
        <source>The database file %1 is damaged</source>
        <translation>Le fichier de base de données %1 est endommagé</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>st::JsonDatasetReader</name>
    <message>
        <source>line %1: </source>
        <translation>ligne %1&#xa0;: </translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation>champ «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>doit valoir true, false ou null</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>doit être une date au format AAAA-MM-JJ, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>is not a real date: &quot;%1&quot;</source>
        <translation>n’est pas une date réelle&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes de caractères</translation>
    </message>
    <message>
        <source>%1 must be a JSON object</source>
        <translation>%1 doit être un objet JSON</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not one of %2</source>
        <translation>vaut «&#xa0;%1&#xa0;», qui ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>resolution %1</source>
        <translation>résolution %1</translation>
    </message>
    <message>
        <source>the symbol appears twice in the file</source>
        <translation>la cote apparaît deux fois dans le fichier</translation>
    </message>
    <message>
        <source>must be a positive whole number or null</source>
        <translation>doit être un nombre entier positif ou null</translation>
    </message>
    <message>
        <source>%1, trigger %2</source>
        <translation>%1, déclencheur %2</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>un déclencheur</translation>
    </message>
    <message>
        <source>%1, measure %2</source>
        <translation>%1, mesure %2</translation>
    </message>
    <message>
        <source>a measure</source>
        <translation>une mesure</translation>
    </message>
    <message>
        <source>this is not a Sanctions Tracker file (&quot;format&quot; must be &quot;sanctions-tracker&quot;)</source>
        <translation>ce n’est pas un fichier de Sanctions Tracker («&#xa0;format&#xa0;» doit valoir «&#xa0;sanctions-tracker&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; appears twice in the file</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: apparaît deux fois dans le fichier</translation>
    </message>
    <message>
        <source>a state</source>
        <translation>un État</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>État %1</translation>
    </message>
    <message>
        <source>a measure type</source>
        <translation>un type de mesure</translation>
    </message>
    <message>
        <source>measure type %1</source>
        <translation>type de mesure %1</translation>
    </message>
    <message>
        <source>a regime</source>
        <translation>un régime</translation>
    </message>
    <message>
        <source>regime %1</source>
        <translation>régime %1</translation>
    </message>
    <message>
        <source>resolution %1 in the list</source>
        <translation>résolution nº %1 de la liste</translation>
    </message>
    <message>
        <source>a designation</source>
        <translation>une désignation</translation>
    </message>
    <message>
        <source>designation %1</source>
        <translation>désignation %1</translation>
    </message>
    <message>
        <source>names the state &quot;%1&quot;, which is neither in the file&apos;s states nor in the database</source>
        <translation>désigne l’État «&#xa0;%1&#xa0;», qui ne figure ni parmi les États du fichier ni dans la base de données</translation>
    </message>
    <message>
        <source>names the regime &quot;%1&quot;, which is neither in the file nor in the database</source>
        <translation>désigne le régime «&#xa0;%1&#xa0;», qui ne figure ni dans le fichier ni dans la base de données</translation>
    </message>
    <message>
        <source>names the resolution &quot;%1&quot;, which is neither in the file nor in the database</source>
        <translation>désigne la résolution «&#xa0;%1&#xa0;», qui ne figure ni dans le fichier ni dans la base de données</translation>
    </message>
    <message>
        <source>resolution %1, trigger %2</source>
        <translation>résolution %1, déclencheur %2</translation>
    </message>
    <message>
        <source>resolution %1, measure %2</source>
        <translation>résolution %1, mesure %2</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, an unknown measure type</source>
        <translation>vaut «&#xa0;%1&#xa0;», un type de mesure inconnu</translation>
    </message>
    <message>
        <source>names a %1 measure of %2 for %3 that does not exist</source>
        <translation>désigne une mesure %1 de %2 visant %3 qui n’existe pas</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1: malformed JSON: %2</source>
        <translation>%1&#xa0;: JSON mal formé&#xa0;: %2</translation>
    </message>
    <message>
        <source>line 1: the file must hold one JSON object</source>
        <translation>ligne 1&#xa0;: le fichier doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État</translation>
    </message>
    <message>
        <source>measure type</source>
        <translation>type de mesure</translation>
    </message>
    <message>
        <source>regime</source>
        <translation>régime</translation>
    </message>
    <message>
        <source>resolution number</source>
        <translation>numéro de résolution</translation>
    </message>
    <message>
        <source>designation</source>
        <translation>désignation</translation>
    </message>
    <message>
        <source>contains a NUL character (\u0000), which no text may hold</source>
        <translation>contient un caractère NUL (\u0000), qu’aucun texte ne peut contenir</translation>
    </message>
    <message>
        <source>is %1, more than %2, which no resolution&apos;s cap comes near</source>
        <translation>vaut %1, soit plus de %2, chiffre dont aucun plafond de résolution n’approche</translation>
    </message>
    <message>
        <source>is %1, before listed_on %2: a designation cannot end before it starts</source>
        <translation>vaut %1, avant listed_on %2&#xa0;: une désignation ne peut pas prendre fin avant de commencer</translation>
    </message>
    <message>
        <source>&quot;format_version&quot; is missing; this version reads format %1</source>
        <translation>«&#xa0;format_version&#xa0;» est absent&#xa0;; cette version lit le format %1</translation>
    </message>
    <message>
        <source>&quot;format_version&quot; must be the number %1, without quotes</source>
        <translation>«&#xa0;format_version&#xa0;» doit être le nombre %1, sans guillemets</translation>
    </message>
    <message>
        <source>the file has no &quot;resolutions&quot; list (a Sanctions Tracker file always has one, [] when empty)</source>
        <translation>le fichier n’a pas de liste «&#xa0;resolutions&#xa0;» (un fichier de Sanctions Tracker en a toujours une, [] si elle est vide)</translation>
    </message>
    <message>
        <source>is %1, the number of resolution %2 in the database</source>
        <translation>vaut %1, le numéro de la résolution %2 dans la base de données</translation>
    </message>
    <message>
        <source>line %1, column %2: the key &quot;%3&quot; appears twice in one object; which value is meant is unclear</source>
        <translation>ligne %1, colonne %2&#xa0;: la clé «&#xa0;%3&#xa0;» apparaît deux fois dans un même objet&#xa0;; on ne sait pas quelle valeur retenir</translation>
    </message>
    <message>
        <source>a dispute</source>
        <translation>une contestation</translation>
    </message>
    <message>
        <source>must name at least one state (ISO 3166-1 alpha-3 code)</source>
        <translation>doit nommer au moins un État (code ISO 3166-1 alpha-3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-3 code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>must be a web address (http:// or https://)</source>
        <translation>doit être une adresse web (http:// ou https://)</translation>
    </message>
    <message>
        <source>format_version %1 is not supported; this version reads formats %2 to %3</source>
        <translation>format_version %1 n’est pas pris en charge&#xa0;; cette version lit les formats %2 à %3</translation>
    </message>
    <message>
        <source>designation %1 in the list</source>
        <translation>désignation %1 de la liste</translation>
    </message>
    <message>
        <source>line %1, column %2: a control character (a tab, line break or other invisible character) stands unescaped inside a text; JSON allows it only escaped, e.g. \t or \n</source>
        <translation>ligne %1, colonne %2&#xa0;: un caractère de contrôle (tabulation, saut de ligne ou autre caractère invisible) figure sans échappement dans un texte&#xa0;; JSON ne l’admet qu’échappé, par exemple \t ou \n</translation>
    </message>
    <message>
        <source>an act or report</source>
        <translation>un acte ou rapport</translation>
    </message>
    <message>
        <source>act %1 (%2)</source>
        <translation>acte %1 (%2)</translation>
    </message>
    <message>
        <source>act</source>
        <translation>acte</translation>
    </message>
</context>
<context>
    <name>st::LiveUpdates</name>
    <message>
        <source>Updated with changes saved by someone else</source>
        <translation>Mis à jour avec les modifications enregistrées par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>The connection to the team database was lost (the server was restarted, or ended this session). What was saved is safe on the server. Changes saved by others show once the app has connected again, which it tries by itself.</source>
        <translation>La connexion à la base d’équipe a été perdue (le serveur a redémarré ou a mis fin à cette session). Ce qui a été enregistré est en sûreté sur le serveur. Les modifications enregistrées par d’autres s’afficheront dès que l’application se sera reconnectée, ce qu’elle tente d’elle-même.</translation>
    </message>
    <message>
        <source>Connected to the team database again, and updated with the changes saved meanwhile</source>
        <translation>Reconnecté à la base d’équipe, et mis à jour avec les modifications enregistrées entre-temps</translation>
    </message>
</context>
<context>
    <name>st::MainWindow</name>
    <message>
        <source>Sanctions Tracker</source>
        <translation>Sanctions Tracker</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Data (JSON)…</source>
        <translation>&amp;Importer des données (JSON)…</translation>
    </message>
    <message>
        <source>Merge a Sanctions Tracker JSON file into this database</source>
        <translation>Fusionner un fichier JSON de Sanctions Tracker dans cette base de données</translation>
    </message>
    <message>
        <source>&amp;Export Data (JSON)…</source>
        <translation>&amp;Exporter les données (JSON)…</translation>
    </message>
    <message>
        <source>Write the whole dataset as a Sanctions Tracker JSON file</source>
        <translation>Écrire tout le jeu de données dans un fichier JSON de Sanctions Tracker</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Search titles, summaries, measures and trigger events</source>
        <translation>Rechercher dans les titres, résumés, mesures et événements déclencheurs</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reset &amp;Filters</source>
        <translation>Réinitialiser les &amp;filtres</translation>
    </message>
    <message>
        <source>Show every resolution and measure of the current state again</source>
        <translation>Afficher de nouveau toutes les résolutions et mesures de l’État courant</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Sanctions Tracker</source>
        <translation>À &amp;propos de Sanctions Tracker</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolution(s)</source>
        <translation>
            <numerusform>%Ln résolution</numerusform>
            <numerusform>%Ln résolutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln resolution(s)</source>
        <translation>
            <numerusform>%1 sur %Ln résolution</numerusform>
            <numerusform>%1 sur %Ln résolutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln measure(s)</source>
        <translation>
            <numerusform>%Ln mesure</numerusform>
            <numerusform>%Ln mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln measure(s)</source>
        <translation>
            <numerusform>%1 sur %Ln mesure</numerusform>
            <numerusform>%1 sur %Ln mesures</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1; the database is unchanged.</source>
        <translation>Rien n’a été importé depuis %1&#xa0;; la base de données est inchangée.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>The data could not be read for export.</source>
        <translation>Les données n’ont pas pu être lues pour l’exportation.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <source>About Sanctions Tracker</source>
        <translation>À propos de Sanctions Tracker</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sanctions Tracker %1&lt;/h3&gt;&lt;p&gt;Follows UN Security Council sanctions: resolutions, vetoed drafts, measures and their caps and lineage, trigger events and designations.&lt;/p&gt;&lt;p&gt;Dates are New York dates, as in the resolution texts. Every record carries its source.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. The bundled data is drawn from public United Nations documents.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sanctions Tracker %1&lt;/h3&gt;&lt;p&gt;Suit les sanctions du Conseil de sécurité de l’ONU&#xa0;: résolutions, projets de résolution frappés de veto, mesures avec leurs plafonds et leur filiation, événements déclencheurs et désignations.&lt;/p&gt;&lt;p&gt;Les dates sont celles de New York, comme dans les textes des résolutions. Chaque fiche indique sa source.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU (GPL), version 3 ou ultérieure. Les données fournies sont tirées de documents publics de l’Organisation des Nations Unies.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Merge the resolutions, measures and events of %1 into this database?

Resolutions it shares with this database (the same symbol) are updated; if any record is wrong, nothing is imported.</source>
        <translation>Fusionner les résolutions, mesures et événements de %1 dans cette base de données&#xa0;?

Les résolutions qu’il a en commun avec cette base de données (même cote) sont mises à jour&#xa0;; si une fiche est erronée, rien n’est importé.</translation>
    </message>
    <message>
        <source>%1 — Sanctions Tracker</source>
        <translation>%1 — Sanctions Tracker</translation>
    </message>
    <message>
        <source>Team database: %1</source>
        <translation>Base d’équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>measures in force on %1: being worked out</source>
        <translation>mesures en vigueur le %1&#xa0;: calcul en cours</translation>
    </message>
</context>
<context>
    <name>st::MeasureBrowserModel</name>
    <message>
        <source>From adoption (%1)</source>
        <translation>Dès l’adoption (%1)</translation>
    </message>
    <message>
        <source>Vetoed draft: its measures were proposed and never applied</source>
        <translation>Projet frappé de veto&#xa0;: ses mesures ont été proposées et jamais appliquées</translation>
    </message>
    <message>
        <source>Members dispute that this measure applies; the resolution&apos;s detail names them, their view and its source</source>
        <translation>Des membres contestent que cette mesure s’applique&#xa0;; le détail de la résolution les nomme et donne leur position et sa source</translation>
    </message>
    <message>
        <source>Draft not adopted (fewer than nine votes): its measures were proposed and never applied</source>
        <translation>Projet non adopté (moins de neuf voix pour)&#xa0;: ses mesures ont été proposées et jamais appliquées</translation>
    </message>
    <message>
        <source>Adopted, contested</source>
        <translation>Adoptée, contestée</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>Type de mesure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Para.</source>
        <translation>Par.</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>st::MeasureDialog</name>
    <message>
        <source>Introduces</source>
        <translation>Instaure</translation>
    </message>
    <message>
        <source>Expands</source>
        <translation>Élargit</translation>
    </message>
    <message>
        <source>Tightens</source>
        <translation>Renforce</translation>
    </message>
    <message>
        <source>Relaxes</source>
        <translation>Assouplit</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Reconduit</translation>
    </message>
    <message>
        <source>Terminates</source>
        <translation>Lève</translation>
    </message>
    <message>
        <source>Edit Measure</source>
        <translation>Modifier la mesure</translation>
    </message>
    <message>
        <source>New Measure</source>
        <translation>Nouvelle mesure</translation>
    </message>
    <message>
        <source>Type a number or symbol, e.g. 2397</source>
        <translation>Saisissez un numéro ou une cote, par exemple 2397</translation>
    </message>
    <message>
        <source>Choose a measure type</source>
        <translation>Choisissez un type de mesure</translation>
    </message>
    <message>
        <source>What states must do, in the resolution&apos;s words</source>
        <translation>Ce que les États doivent faire, dans les termes de la résolution</translation>
    </message>
    <message>
        <source>OP 14</source>
        <translation>par. 14</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>Measure &amp;type:</source>
        <translation>T&amp;ype de mesure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <source>Effective &amp;from:</source>
        <translation>En vigueur &amp;du&#xa0;:</translation>
    </message>
    <message>
        <source>Effective t&amp;o:</source>
        <translation>En vigueur a&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>&amp;Modifie&#xa0;:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>500000</source>
        <translation>500000</translation>
    </message>
    <message>
        <source>barrels</source>
        <translation>barils</translation>
    </message>
    <message>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <source>per</source>
        <translation>par</translation>
    </message>
    <message>
        <source>Only measure types that carry a cap have one</source>
        <translation>Seuls les types de mesure assortis d’un plafond en ont un</translation>
    </message>
    <message>
        <source>Nothing: a new measure</source>
        <translation>Rien&#xa0;: une nouvelle mesure</translation>
    </message>
    <message>
        <source>Edit measure of %1</source>
        <translation>Modifier une mesure de %1</translation>
    </message>
    <message>
        <source>Add measure to %1</source>
        <translation>Ajouter une mesure à %1</translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Para&amp;graph:</source>
        <translation>Para&amp;graphe&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;p:</source>
        <translation>&amp;Plafond&#xa0;:</translation>
    </message>
    <message>
        <source>Reinstates</source>
        <translation>Rétablit</translation>
    </message>
</context>
<context>
    <name>st::MeasureTexts</name>
    <message>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Fondement juridique&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: the paragraph&apos;s wording, as the resolution&apos;s text gives it</source>
        <translation>Facultatif&#xa0;: le libellé du paragraphe, tel que le donne le texte de la résolution</translation>
    </message>
</context>
<context>
    <name>st::MeasureTypeDialog</name>
    <message>
        <source>Edit Measure Type</source>
        <translation>Modifier le type de mesure</translation>
    </message>
    <message>
        <source>New Measure Type</source>
        <translation>Nouveau type de mesure</translation>
    </message>
    <message>
        <source>lower_case_code, e.g. coal_ban</source>
        <translation>code_en_minuscules, par exemple coal_ban</translation>
    </message>
    <message>
        <source>Coal export ban</source>
        <translation>Interdiction d’exporter du charbon</translation>
    </message>
    <message>
        <source>What states must do under a measure of this type.</source>
        <translation>Ce que les États doivent faire au titre d’une mesure de ce type.</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Edit measure type %1</source>
        <translation>Modifier le type de mesure %1</translation>
    </message>
    <message>
        <source>Add measure type %1</source>
        <translation>Ajouter le type de mesure %1</translation>
    </message>
    <message>
        <source>Measures of this type carry a ca&amp;p (a quantity per period)</source>
        <translation>Les mesures de ce type sont assorties d’un &amp;plafond (une quantité par période)</translation>
    </message>
</context>
<context>
    <name>st::MeasuresPage</name>
    <message>
        <source>In force &amp;on</source>
        <translation>En vigueur &amp;le</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>Only the measures that applied on this day, from their effective dates and the later measures that replaced them</source>
        <translation>Seulement les mesures qui s’appliquaient ce jour-là, d’après leurs dates d’effet et les mesures ultérieures qui les ont remplacées</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear this tab&apos;s filters</source>
        <translation>Effacer les filtres de cet onglet</translation>
    </message>
    <message>
        <source>Working out which measures were in force on %1…</source>
        <translation>Calcul des mesures en vigueur le %1…</translation>
    </message>
</context>
<context>
    <name>st::OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>it is a folder; name a file</source>
        <translation>c’est un dossier&#xa0;; indiquez un fichier</translation>
    </message>
    <message>
        <source>it is neither a regular file, a character device nor a pipe</source>
        <translation>ce n’est ni un fichier ordinaire, ni un périphérique caractère, ni un tube</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
</context>
<context>
    <name>st::PdfJoin</name>
    <message>
        <source>The report&apos;s pages could not be put together into one PDF.</source>
        <translation>Les pages du rapport n’ont pas pu être réunies en un seul PDF.</translation>
    </message>
</context>
<context>
    <name>st::ReconciliationView</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiées</translation>
    </message>
    <message>
        <source>Removed from the list, kept as delisted</source>
        <translation>Retirées de la liste, conservées comme radiées</translation>
    </message>
    <message>
        <source>%1 · delisted on %2</source>
        <translation>%1 · radiée le %2</translation>
    </message>
</context>
<context>
    <name>st::RecordDialog</name>
    <message>
        <source>Still needed: %1.</source>
        <translation>Encore requis&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Discard the changes you made in this form?</source>
        <translation>Abandonner les modifications apportées dans ce formulaire&#xa0;?</translation>
    </message>
    <message>
        <source>What you typed is not saved.</source>
        <translation>Ce que vous avez saisi n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>%1, over %2’s change</source>
        <translation>%1, par-dessus la modification de %2</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
</context>
<context>
    <name>st::RecordEditor</name>
    <message>
        <source>• … and %1 more</source>
        <translation>• … et %1 de plus</translation>
    </message>
    <message>
        <source>%1. Undo with %2.</source>
        <translation>%1. Annuler avec %2.</translation>
    </message>
    <message>
        <source>Sanctions Tracker</source>
        <translation>Sanctions Tracker</translation>
    </message>
    <message>
        <source>The form cannot be opened.</source>
        <translation>Le formulaire ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The resolution cannot be opened.</source>
        <translation>La résolution ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The resolution cannot be deleted.</source>
        <translation>La résolution ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>The measure cannot be opened.</source>
        <translation>La mesure ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The measure cannot be deleted.</source>
        <translation>La mesure ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>The trigger event cannot be opened.</source>
        <translation>L’événement déclencheur ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The trigger event cannot be deleted.</source>
        <translation>L’événement déclencheur ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The state cannot be opened.</source>
        <translation>L’État ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The state cannot be deleted.</source>
        <translation>L’État ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The measure type cannot be opened.</source>
        <translation>Le type de mesure ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The measure type cannot be deleted.</source>
        <translation>Le type de mesure ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>%1 was not deleted.</source>
        <translation>%1 n’a pas été supprimé.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>These go with it:</source>
        <translation>Seront supprimés avec&#xa0;:</translation>
    </message>
    <message>
        <source>Also its %1.</source>
        <translation>Ainsi que&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Links that will be cleared:</source>
        <translation>Liens qui seront effacés&#xa0;:</translation>
    </message>
    <message>
        <source>Undo (%1) brings all of it back.</source>
        <translation>Annuler (%1) rétablit le tout.</translation>
    </message>
    <message>
        <source>The measures cannot be listed.</source>
        <translation>Les mesures ne peuvent pas être listées.</translation>
    </message>
    <message>
        <source>Measures of %1</source>
        <translation>Mesures de %1</translation>
    </message>
    <message>
        <source>Trigger Events</source>
        <translation>Événements déclencheurs</translation>
    </message>
    <message>
        <source>Sanctioned States</source>
        <translation>États visés</translation>
    </message>
    <message>
        <source>Measure Types</source>
        <translation>Types de mesure</translation>
    </message>
    <message>
        <source>, with cap)</source>
        <translation>, avec plafond)</translation>
    </message>
</context>
<context>
    <name>st::RecordListDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>st::ReportBuilder</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;: the database holds %2.</source>
        <translation>État inconnu&#xa0;: «&#xa0;%1&#xa0;»&#xa0;; la base de données contient&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The report would start on %1, after its end on %2.</source>
        <translation>Le rapport commencerait le %1, après sa fin le %2.</translation>
    </message>
</context>
<context>
    <name>st::ReportCommands</name>
    <message>
        <source>%1 needs a real date written YYYY-MM-DD, e.g. 2017-12-22 (got &quot;%2&quot;).</source>
        <translation>%1 attend une date réelle au format AAAA-MM-JJ, par exemple 2017-12-22 (reçu&#xa0;: «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Write a summary report to FILE (.pdf, or .html with the chart embedded), then exit. Works without a display.</source>
        <translation>Écrire un rapport de synthèse dans FICHIER (.pdf, ou .html avec le graphique intégré), puis quitter. Fonctionne sans affichage.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The state the --report covers, e.g. PRK. Default: the database&apos;s only state.</source>
        <translation>L’État couvert par le rapport --report, par exemple PRK. Par défaut&#xa0;: le seul État de la base de données.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Start the --report on DATE (YYYY-MM-DD).</source>
        <translation>Faire commencer le rapport --report à DATE (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>End the --report on DATE (YYYY-MM-DD): measures in force on that day. Default: today.</source>
        <translation>Faire finir le rapport --report à DATE (AAAA-MM-JJ)&#xa0;: mesures en vigueur ce jour-là. Par défaut&#xa0;: aujourd’hui.</translation>
    </message>
    <message>
        <source>Paper of a PDF --report: A4 (default) or Letter.</source>
        <translation>Papier d’un rapport --report en PDF&#xa0;: A4 (par défaut) ou Letter.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--%1 only applies to --report.</source>
        <translation>--%1 ne s’applique qu’à --report.</translation>
    </message>
    <message>
        <source>--report writes a PDF or an HTML file: the name must end in .pdf or .html (got &quot;%1&quot;).</source>
        <translation>--report écrit un fichier PDF ou HTML&#xa0;: le nom doit se terminer par .pdf ou .html (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>--state needs a three-letter state code such as PRK (got &quot;%1&quot;).</source>
        <translation>--state attend un code d’État de trois lettres, comme PRK (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: the report would end before it starts.</source>
        <translation>--from %1 est postérieur à --to %2&#xa0;: le rapport finirait avant de commencer.</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter (got &quot;%1&quot;).</source>
        <translation>--page-size doit valoir A4 ou Letter (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>cannot make the report: %1</source>
        <translation>impossible de produire le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot make the report: the database holds no state</source>
        <translation>impossible de produire le rapport&#xa0;: la base de données ne contient aucun État</translation>
    </message>
    <message>
        <source>the database holds several states (%1): choose one with --state</source>
        <translation>la base de données contient plusieurs États (%1)&#xa0;: choisissez-en un avec --state</translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s) and draft(s)</source>
        <translation>
            <numerusform>%n résolution ou projet</numerusform>
            <numerusform>%n résolutions et projets</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the report on %1 (%2, %3, %4) to %5</source>
        <translation>Rapport sur %1 écrit dans %5 (%2, %3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the report on %1 (%2) to %3</source>
        <translation>Rapport sur %1 écrit dans %3 (%2)</translation>
    </message>
</context>
<context>
    <name>st::ReportFormat</name>
    <message>
        <source>en_US</source>
        <comment>The locale of the report&apos;s dates and numbers: the translation&apos;s own, e.g. fr_FR</comment>
        <translation>fr_FR</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>sans chiffre</translation>
    </message>
    <message>
        <source>full ban</source>
        <translation>interdiction totale</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>introduces</source>
        <translation>instaure</translation>
    </message>
    <message>
        <source>expands</source>
        <translation>élargit</translation>
    </message>
    <message>
        <source>tightens</source>
        <translation>renforce</translation>
    </message>
    <message>
        <source>relaxes</source>
        <translation>assouplit</translation>
    </message>
    <message>
        <source>renews</source>
        <translation>reconduit</translation>
    </message>
    <message>
        <source>terminates</source>
        <translation>lève</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Movement of people</source>
        <translation>Déplacements de personnes</translation>
    </message>
    <message>
        <source>Maritime and cargo</source>
        <translation>Transport maritime et cargaisons</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Inscription sur la liste</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>n/k</source>
        <translation>n.c.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>%1 day(s)</source>
        <translation>
            <numerusform>%1 jour</numerusform>
            <numerusform>%1 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a year</source>
        <translation>%1 par an</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>%1 a quarter</source>
        <translation>%1 par trimestre</translation>
    </message>
    <message>
        <source>reinstates</source>
        <translation>rétablit</translation>
    </message>
</context>
<context>
    <name>st::ReportHtml</name>
    <message>
        <source>Summary report, %1. Measures in force as of %2.</source>
        <translation>Rapport de synthèse, %1. Mesures en vigueur au %2.</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Produit le</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Data checksum</source>
        <translation>Somme de contrôle des données</translation>
    </message>
    <message>
        <source>SHA-256 of the records this report was made from</source>
        <translation>SHA-256 des fiches à partir desquelles ce rapport a été produit</translation>
    </message>
    <message>
        <source>designations not known (no UN Consolidated List imported)</source>
        <translation>désignations inconnues (aucune Liste récapitulative importée)</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The timeline chart is not available.</source>
        <translation>Le graphique chronologique n’est pas disponible.</translation>
    </message>
    <message>
        <source>Timeline of resolutions, trigger events and measures in force</source>
        <translation>Chronologie des résolutions, des événements déclencheurs et des mesures en vigueur</translation>
    </message>
    <message>
        <source>Figure 1. Resolutions and drafts concerning %1 by date, in lanes: sanctions rounds (circles), Panel of Experts renewals (squares), vetoed drafts (diamonds) and other texts. Below them the trigger events (stars: nuclear tests; triangles: missile launches; pentagons: satellite launches), each linked to the resolution it led to, with the lag in days. The stepped line counts the measure types in force (right-hand axis).</source>
        <translation>Figure 1. Résolutions et projets concernant %1 par date, en couloirs&#xa0;: séries de sanctions (cercles), prorogations du mandat du Groupe d’experts (carrés), projets frappés de veto (losanges) et autres textes. En dessous, les événements déclencheurs (étoiles&#xa0;: essais nucléaires&#xa0;; triangles&#xa0;: tirs de missiles&#xa0;; pentagones&#xa0;: lancements de satellites), chacun relié à la résolution qu’il a entraînée, avec le délai en jours. La ligne en escalier compte les types de mesure en vigueur (axe de droite).</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>Sanctions round</source>
        <translation>Série de sanctions</translation>
    </message>
    <message>
        <source>Panel renewal</source>
        <translation>Prorogation du Groupe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Resolutions and vetoed drafts</source>
        <translation>Résolutions et projets frappés de veto</translation>
    </message>
    <message>
        <source>No resolution or draft concerning %1 falls between %2 and %3.</source>
        <translation>Aucune résolution ni aucun projet concernant %1 ne date d’entre le %2 et le %3.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Ch. VII</source>
        <translation>Ch. VII</translation>
    </message>
    <message>
        <source>Trigger (lag)</source>
        <translation>Déclencheur (délai)</translation>
    </message>
    <message>
        <source>Measures introduced or changed</source>
        <translation>Mesures instaurées ou modifiées</translation>
    </message>
    <message>
        <source>vetoed by %1</source>
        <translation>veto&#xa0;: %1</translation>
    </message>
    <message>
        <source>UN Consolidated List</source>
        <translation>Liste récapitulative du Conseil de sécurité</translation>
    </message>
    <message>
        <source>; %1 since delisted</source>
        <translation>&#xa0;; %1 radiées depuis</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Measures in force on %1</source>
        <translation>Mesures en vigueur le %1</translation>
    </message>
    <message>
        <source>No measure was in force on that day.</source>
        <translation>Aucune mesure n’était en vigueur ce jour-là.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Cap or limit</source>
        <translation>Plafond ou limite</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Filiation</translation>
    </message>
    <message>
        <source>full ban</source>
        <translation>interdiction totale</translation>
    </message>
    <message>
        <source>would have applied from</source>
        <translation>se serait appliquée à partir du</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>adopted, not yet in effect</source>
        <translation>adoptée, pas encore en vigueur</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>superseded before effect</source>
        <translation>remplacée avant de prendre effet</translation>
    </message>
    <message>
        <source>superseded before effect by %1</source>
        <translation>remplacée par %1 avant de prendre effet</translation>
    </message>
    <message>
        <source>vetoed draft, never in force</source>
        <translation>projet frappé de veto, jamais en vigueur</translation>
    </message>
    <message>
        <source>Cap histories</source>
        <translation>Historique des plafonds</translation>
    </message>
    <message>
        <source>No capped measure concerns %1.</source>
        <translation>Aucune mesure plafonnée ne concerne %1.</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>Appliqué par</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Alternative limits (tonnes against barrels, “whichever is lower”) are in the resolution texts. “No figure”: a ban with exemptions or a cap relative to past deliveries.</source>
        <translation>Les limites alternatives (tonnes ou barils, «&#xa0;le chiffre le plus bas étant retenu&#xa0;») figurent dans les textes des résolutions. «&#xa0;Sans chiffre&#xa0;»&#xa0;: une interdiction assortie d’exemptions ou un plafond fixé par rapport aux livraisons passées.</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>Désignations</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No source is cited.</source>
        <translation>Aucune source n’est citée.</translation>
    </message>
    <message>
        <source>UN Security Council sanctions: %1</source>
        <translation>Sanctions du Conseil de sécurité de l’ONU&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2 UTC</source>
        <translation>%1, %2 UTC</translation>
    </message>
    <message>
        <source>UN list</source>
        <translation>Liste de l’ONU</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>UN Security Council Consolidated List without a generation date, imported on %1</source>
        <translation>Liste récapitulative du Conseil de sécurité sans date de production, importée le %1</translation>
    </message>
    <message>
        <source>UN Security Council Consolidated List generated on %1, imported on %2</source>
        <translation>Liste récapitulative du Conseil de sécurité produite le %1, importée le %2</translation>
    </message>
    <message>
        <source>NY %1</source>
        <translation>NY %1</translation>
    </message>
    <message>
        <source>1 individual</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>%1 individuals</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 entité</translation>
    </message>
    <message>
        <source>%1 entities</source>
        <translation>%1 entités</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>Dernière modification par</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>One row per measure, however many resolutions shaped it. In force since: the day it first applied, without a break since. Last changed by: the latest resolution that introduced, expanded, tightened, relaxed or renewed it. Lineage: the resolutions it grew from, oldest first, by number; separate chains are divided by a semicolon. Measures of vetoed drafts never apply.</source>
        <translation>Une ligne par mesure, quel que soit le nombre de résolutions qui l’ont façonnée. En vigueur depuis&#xa0;: le jour où elle s’est appliquée pour la première fois, sans interruption depuis. Dernière modification par&#xa0;: la dernière résolution qui l’a instaurée, élargie, renforcée, assouplie ou reconduite. Filiation&#xa0;: les résolutions dont elle est issue, de la plus ancienne à la plus récente, par numéro&#xa0;; les filiations distinctes sont séparées par un point-virgule. Les mesures des projets frappés de veto ne s’appliquent jamais.</translation>
    </message>
    <message>
        <source>Designations recorded in this database, listed on or before %1 and not removed by then.</source>
        <translation>Désignations enregistrées dans cette base de données, inscrites au plus tard le %1 et non radiées à cette date.</translation>
    </message>
    <message>
        <source>Designations listed on or before %1 and not removed by then, as recorded in the %2.</source>
        <translation>Désignations inscrites au plus tard le %1 et non radiées à cette date, telles que consignées dans la %2.</translation>
    </message>
    <message>
        <source>Designations on the %1. Later listings and removals are not in this database.</source>
        <translation>Désignations figurant sur la %1. Les inscriptions et radiations ultérieures ne figurent pas dans cette base de données.</translation>
    </message>
    <message>
        <source>Resolutions carry their New York dates. Trigger events carry the date sources cite (local and UTC), with the New York date (NY) where it differs. Vote: in favour–against–abstaining. Ch. VII: adopted under Chapter VII of the UN Charter (n/k: not known). Lag: days from the trigger event to the vote, both counted as New York dates. Numbers in brackets refer to the sources at the end.</source>
        <translation>Les résolutions portent leur date de New York. Les événements déclencheurs portent la date citée par les sources (locale et UTC), avec la date de New York (NY) lorsqu’elle diffère. Vote&#xa0;: pour–contre–abstentions. Ch. VII&#xa0;: adoptée en vertu du Chapitre VII de la Charte des Nations Unies (inc.&#xa0;: inconnu). Délai&#xa0;: jours entre l’événement déclencheur et le vote, tous deux comptés en dates de New York. Les numéros entre crochets renvoient aux sources en fin de rapport.</translation>
    </message>
    <message>
        <source>Resolutions, vetoed drafts and drafts not adopted</source>
        <translation>Résolutions, projets frappés de veto et projets non adoptés</translation>
    </message>
    <message>
        <source>Contested by %1:</source>
        <translation>Contestée par %1&#xa0;:</translation>
    </message>
    <message>
        <source>Contested: a measure listed as in force, as the UN Secretariat applies it, whose status the named members dispute. Both views are given with their sources; this report does not decide between them.</source>
        <translation>Contestée&#xa0;: mesure indiquée comme en vigueur, telle que l’applique le Secrétariat de l’ONU, dont les membres nommés contestent le statut. Les deux positions sont données avec leurs sources&#xa0;; le présent rapport ne tranche pas entre elles.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Statements, Committee decisions and reports</source>
        <translation>Déclarations, décisions du Comité et rapports</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>None of these is a resolution: they have no vote and impose no measure, so they change nothing in force. The Monitoring Team (MSMT) was set up by eleven states outside the UN.</source>
        <translation>Aucun de ces textes n’est une résolution&#xa0;: sans vote, ils n’imposent aucune mesure et ne changent rien à ce qui est en vigueur. L’équipe de surveillance (MSMT) a été créée par onze États en dehors de l’ONU.</translation>
    </message>
    <message>
        <source>The lane “Statements, reports” holds what is not a resolution, listed after the resolutions: presidential statements (dark circles), Committee decisions (red triangles), Panel of Experts reports (pale squares) and MSMT documents (brown pentagons).</source>
        <translation>Le couloir «&#xa0;Déclarations, rapports&#xa0;» porte ce qui n’est pas une résolution, listé après les résolutions&#xa0;: déclarations présidentielles (cercles foncés), décisions du Comité (triangles rouges), rapports du Groupe d’experts (carrés pâles) et documents de la MSMT (pentagones bruns).</translation>
    </message>
    <message numerus="yes">
        <source>%n designation(s) as of %1</source>
        <translation>
            <numerusform>%n désignation au %1</numerusform>
            <numerusform>%n désignations au %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sanctions round(s)</source>
        <translation>
            <numerusform>%n série de sanctions</numerusform>
            <numerusform>%n séries de sanctions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vetoed draft(s)</source>
        <translation>
            <numerusform>%n projet frappé de veto</numerusform>
            <numerusform>%n projets frappés de veto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not adopted for lack of nine votes</source>
        <translation>
            <numerusform>%n projet non adopté faute de neuf voix</numerusform>
            <numerusform>%n projets non adoptés faute de neuf voix</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4; %5</source>
        <translation>%1 (%2), %3, %4&#xa0;; %5</translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s) and draft(s)</source>
        <translation>
            <numerusform>%n résolution ou projet</numerusform>
            <numerusform>%n résolutions et projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n mesure</numerusform>
            <numerusform>%n mesures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger event(s)</source>
        <translation>
            <numerusform>%n événement déclencheur</numerusform>
            <numerusform>%n événements déclencheurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::ReportOutput</name>
    <message>
        <source>The chart could not be encoded as PNG.</source>
        <translation>Le graphique n’a pas pu être encodé en PNG.</translation>
    </message>
</context>
<context>
    <name>st::ReportPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Sanctions Tracker · generated %1 · data SHA-256 %2…</source>
        <translation>Sanctions Tracker · produit le %1 · données SHA-256 %2…</translation>
    </message>
    <message>
        <source>The printer or file did not accept the report.</source>
        <translation>L’imprimante ou le fichier n’a pas accepté le rapport.</translation>
    </message>
    <message>
        <source>The printer or file refused page %1 of the report.</source>
        <translation>L’imprimante ou le fichier a refusé la page %1 du rapport.</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>Le rapport n’a pas pu être terminé.</translation>
    </message>
</context>
<context>
    <name>st::ReportWindow</name>
    <message>
        <source>Report — Sanctions Tracker</source>
        <translation>Rapport — Sanctions Tracker</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>Unchecked: from the first resolution</source>
        <translation>Décoché&#xa0;: depuis la première résolution</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Unchecked: today. Measures in force are those of this day.</source>
        <translation>Décoché&#xa0;: aujourd’hui. Les mesures en vigueur sont celles de ce jour.</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>Graphique chronologique</translation>
    </message>
    <message>
        <source>Resolutions and vetoed drafts</source>
        <translation>Résolutions et projets frappés de veto</translation>
    </message>
    <message>
        <source>Measures in force</source>
        <translation>Mesures en vigueur</translation>
    </message>
    <message>
        <source>Cap histories</source>
        <translation>Historique des plafonds</translation>
    </message>
    <message>
        <source>Designations (when the database holds them)</source>
        <translation>Désignations (si la base de données en contient)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the report, with a print preview (%1)</source>
        <translation>Imprimer le rapport, avec un aperçu avant impression (%1)</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file on the chosen paper</source>
        <translation>Enregistrer le rapport en fichier PDF sur le papier choisi</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the report as one HTML file with the chart embedded</source>
        <translation>Enregistrer le rapport en un seul fichier HTML avec le graphique intégré</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <source>Whole Pa&amp;ge</source>
        <translation>Pa&amp;ge entière</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The states could not be read: %1</source>
        <translation>Les États n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export Report as HTML</source>
        <translation>Exporter le rapport en HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Fichiers HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Exporter en HTML</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>Rapport exporté dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1</source>
        <translation>
            <numerusform>%n page exportée dans %1</numerusform>
            <numerusform>%n pages exportées dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::ResolutionBrowserModel</name>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Ch. VII</source>
        <translation>Ch. VII</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>st::ResolutionDetail</name>
    <message>
        <source>cap %1</source>
        <translation>plafond %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>Changes %1</source>
        <translation>Modifie %1</translation>
    </message>
    <message>
        <source> (vetoed draft, never applied)</source>
        <translation> (projet frappé de veto, jamais appliqué)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Designations (%1)</source>
        <translation>Désignations (%1)</translation>
    </message>
    <message>
        <source>show in the Designations view</source>
        <translation>afficher dans la vue Désignations</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <source>delisted %1</source>
        <translation>radiée le %1</translation>
    </message>
    <message>
        <source>… and %1 more: see View ▸ Designations.</source>
        <translation>… et %1 de plus&#xa0;: voir Affichage ▸ Désignations.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>%1 in favour, %2 against, %3 abstaining</source>
        <translation>%1 pour, %2 contre, %3 abstentions</translation>
    </message>
    <message>
        <source>Vetoed by %1</source>
        <translation>Veto&#xa0;: %1</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Chapter VII</source>
        <translation>Chapitre VII</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>%1 Committee</source>
        <translation>Comité %1</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Déclenchée par</translation>
    </message>
    <message>
        <source>%1 before the vote</source>
        <translation>%1 avant le vote</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>No measures</source>
        <translation>Aucune mesure</translation>
    </message>
    <message>
        <source>Measures (%1)</source>
        <translation>Mesures (%1)</translation>
    </message>
    <message>
        <source>Proposed only: a vetoed draft&apos;s measures never applied.</source>
        <translation>Seulement proposées&#xa0;: les mesures d’un projet frappé de veto ne se sont jamais appliquées.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Contested by %1:</source>
        <translation>Contestée par %1&#xa0;:</translation>
    </message>
    <message>
        <source>Proposed only: the draft got fewer than nine votes in favour, so its measures never applied.</source>
        <translation>Seulement proposées&#xa0;: le projet a recueilli moins de neuf voix pour, ses mesures ne se sont donc jamais appliquées.</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Fondement juridique&#xa0;:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>st::ResolutionDialog</name>
    <message>
        <source>Edit Resolution</source>
        <translation>Modifier la résolution</translation>
    </message>
    <message>
        <source>New Resolution</source>
        <translation>Nouvelle résolution</translation>
    </message>
    <message>
        <source>Adopted resolution</source>
        <translation>Résolution adoptée</translation>
    </message>
    <message>
        <source>Vetoed draft</source>
        <translation>Projet frappé de veto</translation>
    </message>
    <message>
        <source>S/RES/2397 (2017), or S/2022/431 for a draft</source>
        <translation>S/RES/2397 (2017), ou S/2022/431 pour un projet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Yes: binding, under Chapter VII</source>
        <translation>Oui&#xa0;: contraignante, en vertu du Chapitre VII</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Non-proliferation/Democratic People&apos;s Republic of Korea</source>
        <translation>Non-prolifération/République populaire démocratique de Corée</translation>
    </message>
    <message>
        <source>What the resolution does, in two or three sentences</source>
        <translation>Ce que fait la résolution, en deux ou trois phrases</translation>
    </message>
    <message>
        <source>One web address per line: the press release, the resolution text</source>
        <translation>Une adresse web par ligne&#xa0;: le communiqué de presse, le texte de la résolution</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date of vote:</source>
        <translation>&amp;Date du vote&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>&amp;Cote&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Natu&amp;re&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gime:</source>
        <translation>Ré&amp;gime&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;ates:</source>
        <translation>É&amp;tats&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Vote:</source>
        <translation>&amp;Vote&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hapter VII:</source>
        <translation>C&amp;hapitre VII&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Résu&amp;mé&#xa0;:</translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation>So&amp;urces&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;riggered by:</source>
        <translation>Déc&amp;lenchée par&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>abstentions</translation>
    </message>
    <message>
        <source>The permanent members whose vote against was a veto</source>
        <translation>Les membres permanents dont le vote négatif a valu veto</translation>
    </message>
    <message>
        <source>2397</source>
        <translation>2397</translation>
    </message>
    <message>
        <source>Edit resolution %1</source>
        <translation>Modifier la résolution %1</translation>
    </message>
    <message>
        <source>Add resolution %1</source>
        <translation>Ajouter la résolution %1</translation>
    </message>
    <message>
        <source>V&amp;etoed by:</source>
        <translation>Veto opposé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Draft not adopted (fewer than nine votes)</source>
        <translation>Projet non adopté (moins de neuf voix pour)</translation>
    </message>
    <message>
        <source>None: a draft has no number</source>
        <translation>Aucun&#xa0;: un projet n’a pas de numéro</translation>
    </message>
</context>
<context>
    <name>st::ResolutionTablePage</name>
    <message>
        <source>Only resolutions with a measure of this type</source>
        <translation>Seulement les résolutions comportant une mesure de ce type</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptées</translation>
    </message>
    <message>
        <source>Vetoed drafts</source>
        <translation>Projets frappés de veto</translation>
    </message>
    <message>
        <source>Adopted (or vetoed) on or after this day</source>
        <translation>Adoptées (ou frappées de veto) ce jour-là ou après</translation>
    </message>
    <message>
        <source>Adopted (or vetoed) on or before this day</source>
        <translation>Adoptées (ou frappées de veto) ce jour-là ou avant</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear this tab&apos;s filters</source>
        <translation>Effacer les filtres de cet onglet</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;jusqu’au</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Toute issue</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Non adoptés</translation>
    </message>
    <message>
        <source>Drafts that got fewer than nine votes in favour, without a veto</source>
        <translation>Projets ayant recueilli moins de neuf voix pour, sans veto</translation>
    </message>
</context>
<context>
    <name>st::Screening</name>
    <message>
        <source>name %1</source>
        <translation>nom %1</translation>
    </message>
    <message>
        <source>original-script name %1</source>
        <translation>nom dans l’écriture d’origine %1</translation>
    </message>
    <message>
        <source>alias %1 (good quality)</source>
        <translation>autre nom %1 (de bonne qualité)</translation>
    </message>
    <message>
        <source>alias %1 (low quality)</source>
        <translation>autre nom %1 (de qualité médiocre)</translation>
    </message>
    <message>
        <source>alias %1 (%2)</source>
        <translation>autre nom %1 (%2)</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>autre nom %1</translation>
    </message>
    <message>
        <source>transliterated from %1</source>
        <translation>translittéré depuis l’écriture %1</translation>
    </message>
    <message>
        <source>exact match</source>
        <translation>correspondance exacte</translation>
    </message>
    <message>
        <source>romanisation variant %1 = %2</source>
        <translation>variante de romanisation %1 = %2</translation>
    </message>
    <message>
        <source>%1 sounds like %2</source>
        <translation>%1 se prononce comme %2</translation>
    </message>
    <message>
        <source>spelling %1 close to %2</source>
        <translation>graphie %1 proche de %2</translation>
    </message>
    <message>
        <source>%1 close to %2, written as one word</source>
        <translation>%1 proche de %2, écrit en un seul mot</translation>
    </message>
    <message>
        <source>syllables written together</source>
        <translation>syllabes écrites d’un seul tenant</translation>
    </message>
    <message>
        <source>token order differs</source>
        <translation>ordre des éléments du nom différent</translation>
    </message>
    <message>
        <source>not in the listed name: %1</source>
        <translation>absent du nom inscrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing from the query: %1</source>
        <translation>absent du nom recherché&#xa0;: %1</translation>
    </message>
    <message>
        <source>birth year matches</source>
        <translation>année de naissance concordante</translation>
    </message>
    <message>
        <source>birth year differs (listed: %1)</source>
        <translation>année de naissance différente (inscrite&#xa0;: %1)</translation>
    </message>
    <message>
        <source>nationality matches</source>
        <translation>nationalité concordante</translation>
    </message>
    <message>
        <source>nationality differs (listed: %1)</source>
        <translation>nationalité différente (inscrite&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>st::ScreeningCommands</name>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Screen the names of FILE (CSV with a header row: name, and optionally birth_year and country) against the designations of the imported UN list, then exit. Writes the ranked candidates as CSV to standard output or to --out.</source>
        <translation>Comparer les noms de NOMS.csv (CSV avec une ligne d’en-tête&#xa0;: name, et éventuellement birth_year et country) aux désignations de la liste de l’ONU importée, puis quitter. Écrit les candidats classés en CSV sur la sortie standard ou dans --out.</translation>
    </message>
    <message>
        <source>NAMES.csv</source>
        <translation>NOMS.csv</translation>
    </message>
    <message>
        <source>Lowest score, from 0 to 1, of a candidate --screen reports (default %1).</source>
        <translation>Score le plus bas, de 0 à 1, d’un candidat signalé par --screen (%1 par défaut).</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>Write the results of --screen to FILE instead of standard output.</source>
        <translation>Écrire les résultats de --screen dans RÉSULTATS.csv au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>RESULTS.csv</source>
        <translation>RÉSULTATS.csv</translation>
    </message>
    <message>
        <source>--screen needs the file of names to screen.</source>
        <translation>--screen attend le fichier des noms à filtrer.</translation>
    </message>
    <message>
        <source>--threshold only applies to --screen.</source>
        <translation>--threshold ne s’applique qu’à --screen.</translation>
    </message>
    <message>
        <source>--threshold must be a score from 0 to 1, e.g. 0.8 (got &quot;%1&quot;).</source>
        <translation>--threshold doit être un score de 0 à 1, par exemple 0.8 (reçu&#xa0;: «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>--out only applies to --screen.</source>
        <translation>--out ne s’applique qu’à --screen.</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out attend un nom de fichier.</translation>
    </message>
    <message>
        <source>--out and --screen name the same file.</source>
        <translation>--out et --screen désignent le même fichier.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing was screened</source>
        <translation>aucun nom n’a été filtré</translation>
    </message>
    <message>
        <source>cannot read the designations: %1</source>
        <translation>impossible de lire les désignations&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database holds no designations to screen against; import the UN Consolidated List first (--import-un-list LIST.xml)</source>
        <translation>la base de données ne contient aucune désignation à laquelle comparer les noms&#xa0;; importez d’abord la Liste récapitulative (--import-un-list LISTE.xml)</translation>
    </message>
    <message>
        <source>Screened %1 names against %2 designations: %3 with a candidate scoring %4 or more%5</source>
        <translation>Noms filtrés&#xa0;: %1, comparés à %2 désignations&#xa0;; %3 avec un candidat ayant un score d’au moins %4%5</translation>
    </message>
    <message>
        <source>; results in %1</source>
        <translation>&#xa0;; résultats dans %1</translation>
    </message>
</context>
<context>
    <name>st::ScreeningFiles</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the birth year must be a year from %1 to %2, or empty (got &quot;%3&quot;).</source>
        <translation>l’année de naissance doit être une année de %1 à %2, ou rester vide (reçu&#xa0;: «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <source>the line is %L1 bytes long; a line of the names file may have at most %L2.</source>
        <translation>la ligne fait %L1 octets&#xa0;; une ligne du fichier de noms ne peut en compter que %L2 au plus.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8 and try again.</source>
        <translation>le texte n’est pas en UTF-8 valide&#xa0;; enregistrez le fichier en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>The names file is empty: it needs a header row (name, birth_year, country) and one name per line.</source>
        <translation>Le fichier de noms est vide&#xa0;: il lui faut une ligne d’en-tête (name, birth_year, country) et un nom par ligne.</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are name, birth_year and country.</source>
        <translation>colonne inconnue «&#xa0;%1&#xa0;»&#xa0;; les colonnes sont name, birth_year et country.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>the header row has no &quot;name&quot; column; the columns are name, birth_year and country.</source>
        <translation>la ligne d’en-tête n’a pas de colonne «&#xa0;name&#xa0;»&#xa0;; les colonnes sont name, birth_year et country.</translation>
    </message>
    <message>
        <source>%1 fields, but the header row has %2 columns.</source>
        <translation>%1 champs, alors que la ligne d’en-tête compte %2 colonnes.</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>le nom est vide.</translation>
    </message>
    <message>
        <source>The names file has a header row but no names.</source>
        <translation>Le fichier de noms a une ligne d’en-tête mais aucun nom.</translation>
    </message>
    <message>
        <source>write a name, then optionally a birth year and a country, separated by &apos;;&apos;.</source>
        <translation>écrivez un nom, puis éventuellement une année de naissance et un pays, séparés par «&#xa0;;&#xa0;».</translation>
    </message>
    <message>
        <source>no designation scores %1 or more</source>
        <translation>aucune désignation n’atteint le score de %1</translation>
    </message>
</context>
<context>
    <name>st::ScreeningPanel</name>
    <message>
        <source>One name per line, optionally followed by the birth year and the country:
Ri Jong Won; 1958; DPRK
Korea Ryonbong General Corporation
김정식</source>
        <translation>Un nom par ligne, éventuellement suivi de l’année de naissance et du pays&#xa0;:
Ri Jong Won&#xa0;; 1958&#xa0;; DPRK
Korea Ryonbong General Corporation
김정식</translation>
    </message>
    <message>
        <source>Scree&amp;n</source>
        <translation>Filt&amp;rer</translation>
    </message>
    <message>
        <source>Im&amp;port names…</source>
        <translation>Im&amp;porter des noms…</translation>
    </message>
    <message>
        <source>Read names from a CSV file with the columns name, birth_year and country</source>
        <translation>Lire des noms dans un fichier CSV aux colonnes name, birth_year et country</translation>
    </message>
    <message>
        <source>Export res&amp;ults…</source>
        <translation>Exporter les résultat&amp;s…</translation>
    </message>
    <message>
        <source>Write the candidates shown as CSV</source>
        <translation>Écrire en CSV les candidats affichés</translation>
    </message>
    <message>
        <source>Open in Desi&amp;gnations</source>
        <translation>Ouvrir dans Dési&amp;gnations</translation>
    </message>
    <message>
        <source>Lowest score of a candidate shown</source>
        <translation>Score le plus bas d’un candidat affiché</translation>
    </message>
    <message>
        <source>The designations could not be read: %1</source>
        <translation>Les désignations n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type or paste the names to screen, one per line.</source>
        <translation>Saisissez ou collez les noms à filtrer, un par ligne.</translation>
    </message>
    <message>
        <source>There are no designations to screen against: import the UN Consolidated List first (File ▸ Import UN Consolidated List…).</source>
        <translation>Il n’y a aucune désignation à laquelle comparer les noms&#xa0;: importez d’abord la Liste récapitulative (Fichier ▸ Importer la Liste récapitulative de l’ONU…).</translation>
    </message>
    <message>
        <source>Threshold %1</source>
        <translation>Seuil %1</translation>
    </message>
    <message>
        <source>No names screened yet</source>
        <translation>Aucun nom filtré pour l’instant</translation>
    </message>
    <message>
        <source>%1 names against %2 designations: %3 with a candidate</source>
        <translation>%1 noms comparés à %2 désignations&#xa0;: %3 avec un candidat</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import names to screen</source>
        <translation>Importer des noms à filtrer</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export screening results</source>
        <translation>Exporter les résultats du filtrage</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>st::ScreeningResultModel</name>
    <message>
        <source>committee decision</source>
        <translation>décision du comité</translation>
    </message>
    <message>
        <source>no designation scores %1 or more</source>
        <translation>aucune désignation n’atteint le score de %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name screened</source>
        <translation>Nom filtré</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Listed name</source>
        <translation>Nom inscrit</translation>
    </message>
    <message>
        <source>Matched name</source>
        <translation>Nom correspondant</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Inscrite le</translation>
    </message>
    <message>
        <source>Designated by</source>
        <translation>Désigné par</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>st::ServerAddress</name>
    <message>
        <source>The database address %1 cannot be used: %2</source>
        <translation>L’adresse de base de données %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>it contains a password. Put the password in ~/.pgpass (or the PGPASSWORD variable) instead: a command line can be read by other users.</source>
        <translation>elle contient un mot de passe. Placez-le plutôt dans ~/.pgpass (ou la variable PGPASSWORD)&#xa0;: d’autres utilisateurs peuvent lire une ligne de commande.</translation>
    </message>
    <message>
        <source>it is not of the form postgresql://user@host:port/database.</source>
        <translation>elle n’a pas la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>the port %1 is not a number from 1 to 65535.</source>
        <translation>le port %1 n’est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is not one this app passes to the server.</source>
        <translation>le paramètre «&#xa0;%1&#xa0;» n’est pas de ceux que l’application transmet au serveur.</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; contains a semicolon.</source>
        <translation>la valeur de «&#xa0;%1&#xa0;» contient un point-virgule.</translation>
    </message>
</context>
<context>
    <name>st::StateDialog</name>
    <message>
        <source>Edit Sanctioned State</source>
        <translation>Modifier l’État visé</translation>
    </message>
    <message>
        <source>New Sanctioned State</source>
        <translation>Nouvel État visé</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3, e.g. PRK</source>
        <translation>ISO 3166-1 alpha-3, par exemple PRK</translation>
    </message>
    <message>
        <source>Democratic People&apos;s Republic of Korea</source>
        <translation>République populaire démocratique de Corée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Edit state %1</source>
        <translation>Modifier l’État %1</translation>
    </message>
    <message>
        <source>Add state %1</source>
        <translation>Ajouter l’État %1</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
</context>
<context>
    <name>st::SyntheticDataset</name>
    <message>
        <source>%1 synthetic resolutions, %2 measures, %3 trigger events over %4 states</source>
        <translation>Résolutions synthétiques&#xa0;: %1, mesures&#xa0;: %2, événements déclencheurs&#xa0;: %3, sur %4 États</translation>
    </message>
    <message>
        <source>The synthetic dataset needs at least one resolution and one state.</source>
        <translation>Le jeu de données synthétique nécessite au moins une résolution et un État.</translation>
    </message>
</context>
<context>
    <name>st::TeamDatabase</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>Se connecter à une base partagée</translation>
    </message>
    <message>
        <source>The team database %1 is empty. Start it with the bundled dataset (the UN sanctions rounds on the DPRK and Iran)?

No: it starts empty, for the team&apos;s own data (sanctions-tracker --copy-to copies a database file into it).</source>
        <translation>La base d’équipe %1 est vide. La commencer avec le jeu de données fourni (les séries de sanctions de l’ONU contre la RPDC et l’Iran)&#xa0;?

Non&#xa0;: elle commence vide, pour les données de l’équipe (sanctions-tracker --copy-to y copie un fichier de base de données).</translation>
    </message>
    <message>
        <source>Sanctions Tracker</source>
        <translation>Sanctions Tracker</translation>
    </message>
    <message>
        <source>The bundled dataset could not be loaded.</source>
        <translation>Le jeu de données fourni n’a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Se connecter à une base parta&amp;gée…</translation>
    </message>
    <message>
        <source>Open the team&apos;s shared PostgreSQL database in a new window</source>
        <translation>Ouvrir la base PostgreSQL partagée de l’équipe dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Open &amp;Local Database</source>
        <translation>Ouvrir la base &amp;locale</translation>
    </message>
    <message>
        <source>Open the database file of this computer used last, in a new window</source>
        <translation>Ouvrir le dernier fichier de base de données utilisé sur cet ordinateur, dans une nouvelle fenêtre</translation>
    </message>
</context>
<context>
    <name>st::TeamRoles</name>
    <message>
        <source>Your account may read but not change this database. Ask its owner for the editors&apos; role.</source>
        <translation>Votre compte peut lire cette base de données mais pas la modifier. Demandez à son propriétaire le rôle des éditeurs.</translation>
    </message>
    <message>
        <source>Your account %1 may read but not change this database. Ask its owner for the editors&apos; role.</source>
        <translation>Votre compte %1 peut lire cette base de données mais pas la modifier. Demandez à son propriétaire le rôle des éditeurs.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>st::TerminalPassword</name>
    <message>
        <source>The server asks for a password and there is no terminal to type it on: put it in ~/.pgpass (a line host:port:database:user:password, readable by you alone), or run the command in a terminal.</source>
        <translation>Le serveur demande un mot de passe et aucun terminal ne permet de le saisir&#xa0;: inscrivez-le dans ~/.pgpass (une ligne hôte:port:base:utilisateur:mot de passe, lisible par vous seul), ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
</context>
<context>
    <name>st::TimelineChart</name>
    <message>
        <source>Sanctions round</source>
        <translation>Série de sanctions</translation>
    </message>
    <message>
        <source>Panel of Experts renewal</source>
        <translation>Prorogation du mandat du Groupe d’experts</translation>
    </message>
    <message>
        <source>Vetoed draft</source>
        <translation>Projet frappé de veto</translation>
    </message>
    <message>
        <source>Other resolution</source>
        <translation>Autre résolution</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Measure types in force</source>
        <translation>Types de mesure en vigueur</translation>
    </message>
    <message>
        <source>Vote %1 (for–against–abstain)</source>
        <translation>Vote %1 (pour–contre–abstentions)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln measure(s)</source>
        <translation>
            <numerusform>%Ln mesure</numerusform>
            <numerusform>%Ln mesures</numerusform>
        </translation>
    </message>
    <message>
        <source>Trigger: %1 on %2, %3 earlier</source>
        <translation>Déclencheur&#xa0;: %1 le %2, %3 plus tôt</translation>
    </message>
    <message>
        <source>→ %1, %2 later</source>
        <translation>→ %1, %2 plus tard</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Measure types in force</source>
        <comment>the right-hand axis title: short</comment>
        <translation>Types en vigueur</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Draft not adopted (fewer than nine votes)</source>
        <translation>Projet non adopté (moins de neuf voix pour)</translation>
    </message>
    <message>
        <source>Failed, other</source>
        <translation>Rejetés, autres</translation>
    </message>
    <message>
        <source>%1: %2 d</source>
        <comment>resolution: lag in days</comment>
        <translation>%1&#xa0;: %2 j</translation>
    </message>
    <message numerus="yes">
        <source>This marker stands for %Ln resolution(s) (%1), %2 to %3; zoom in to tell them apart.</source>
        <translation>
            <numerusform>Ce repère représente %Ln résolution (%1), du %2 au %3&#xa0;; zoomez pour les distinguer.</numerusform>
            <numerusform>Ce repère représente %Ln résolutions (%1), du %2 au %3&#xa0;; zoomez pour les distinguer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement</source>
        <comment>presidential statement, legend</comment>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Committee</source>
        <comment>Committee designation decision, legend</comment>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Panel report</source>
        <comment>legend</comment>
        <translation>Rapport du Groupe</translation>
    </message>
    <message>
        <source>MSMT</source>
        <comment>Multilateral Sanctions Monitoring Team, legend</comment>
        <translation>MSMT</translation>
    </message>
    <message>
        <source>Statements, reports</source>
        <translation>Déclarations, rapports</translation>
    </message>
    <message>
        <source>Outside the UN: no vote, no measure</source>
        <translation>Hors ONU&#xa0;: ni vote, ni mesure</translation>
    </message>
    <message>
        <source>Not a resolution: no vote, no measure</source>
        <translation>Pas une résolution&#xa0;: ni vote, ni mesure</translation>
    </message>
    <message>
        <source>Panel renewal</source>
        <comment>Panel of Experts renewal, legend</comment>
        <translation>Prorogation du Groupe</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <comment>draft not adopted for lack of votes, legend</comment>
        <translation>Non adopté</translation>
    </message>
    <message>
        <source>Types in force</source>
        <comment>legend: the stepped line counting measure types in force</comment>
        <translation>Types en vigueur</translation>
    </message>
</context>
<context>
    <name>st::TimelinePanel</name>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;Ajuster la chronologie</translation>
    </message>
    <message>
        <source>Show the whole timeline again (Home, or double-click the chart)</source>
        <translation>Afficher de nouveau toute la chronologie (Début, ou double-clic sur le graphique)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Wheel: zoom · Drag: pan · Right-drag: zoom to a range · Click: select · ←/→: step</source>
        <translation>Molette&#xa0;: zoom · Glisser&#xa0;: défiler · Clic droit glissé&#xa0;: zoom · Clic&#xa0;: choisir · ←/→&#xa0;: pas</translation>
    </message>
    <message>
        <source>%1 of %2 resolutions match the filters</source>
        <translation>Résolutions correspondant aux filtres&#xa0;: %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolution(s)</source>
        <translation>
            <numerusform>%Ln résolution</numerusform>
            <numerusform>%Ln résolutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %Ln trigger event(s)</source>
        <translation>
            <numerusform>%1 — %2, %Ln événement déclencheur</numerusform>
            <numerusform>%1 — %2, %Ln événements déclencheurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Wheel: zoom · Drag: pan · Click: select</source>
        <translation>Molette&#xa0;: zoom · Glisser&#xa0;: défiler · Clic&#xa0;: choisir</translation>
    </message>
    <message>
        <source> · counting the measure types in force…</source>
        <translation> · décompte des types de mesures en vigueur…</translation>
    </message>
    <message>
        <source>Placing the resolutions of all states on the timeline…</source>
        <translation>Placement des résolutions de tous les États dans la chronologie…</translation>
    </message>
    <message>
        <source>Placing the resolutions on %1 on the timeline…</source>
        <translation>Placement des résolutions concernant %1 dans la chronologie…</translation>
    </message>
    <message>
        <source>%1 — reading the resolutions…</source>
        <translation>%1 — lecture des résolutions…</translation>
    </message>
</context>
<context>
    <name>st::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;Ajuster la chronologie</translation>
    </message>
</context>
<context>
    <name>st::TriggerEventDialog</name>
    <message>
        <source>Edit Trigger Event</source>
        <translation>Modifier l’événement déclencheur</translation>
    </message>
    <message>
        <source>New Trigger Event</source>
        <translation>Nouvel événement déclencheur</translation>
    </message>
    <message>
        <source>The state&apos;s own date, when it differs from New York&apos;s (launches at dawn in Asia)</source>
        <translation>La date locale de l’État, quand elle diffère de celle de New York (tirs à l’aube en Asie)</translation>
    </message>
    <message>
        <source>Launch of a Hwasong-15 intercontinental ballistic missile</source>
        <translation>Tir d’un missile balistique intercontinental Hwasong-15</translation>
    </message>
    <message>
        <source>&amp;Date (New York):</source>
        <translation>&amp;Date (New York)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Local date:</source>
        <translation>Date &amp;locale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Nat&amp;ure&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Descr&amp;iption&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Edit event of %1</source>
        <translation>Modifier l’événement du %1</translation>
    </message>
    <message>
        <source>Add event of %1</source>
        <translation>Ajouter l’événement du %1</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>Sou&amp;rce&#xa0;:</translation>
    </message>
</context>
<context>
    <name>st::UnListCommands</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing was imported; the database is unchanged</source>
        <translation>rien n’a été importé&#xa0;; la base de données est inchangée</translation>
    </message>
    <message>
        <source>Imported the UN Consolidated List generated %1 from %2</source>
        <translation>Liste récapitulative produite le %1 importée depuis %2</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <source>individuals: %1</source>
        <translation>personnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>entities: %1</source>
        <translation>entités&#xa0;: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>ajoutées&#xa0;: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>retirées&#xa0;: %1</translation>
    </message>
    <message>
        <source>unchanged: %1</source>
        <translation>inchangées&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown elements kept as notes: %1</source>
        <translation>éléments inconnus conservés en notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>CSV export failed: %1</source>
        <translation>échec de l’exportation CSV&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote %1 resolutions, %2 measures and %3 designations as CSV to %4</source>
        <translation>Écrit en CSV dans %4&#xa0;: résolutions&#xa0;: %1, mesures&#xa0;: %2, désignations&#xa0;: %3</translation>
    </message>
    <message>
        <source>Import the UN Security Council Consolidated List (the UN&apos;s XML) from FILE without review: new designations are added, changed ones updated, missing ones marked delisted. All or nothing; prints the counts.</source>
        <translation>Importer sans examen la Liste récapitulative du Conseil de sécurité (le XML de l’ONU) depuis FICHIER&#xa0;: les nouvelles désignations sont ajoutées, celles qui ont changé mises à jour, les absentes marquées radiées. En tout ou rien&#xa0;; affiche les décomptes.</translation>
    </message>
    <message>
        <source>FILE.xml</source>
        <translation>FICHIER.xml</translation>
    </message>
    <message>
        <source>Write resolutions.csv, measures.csv and designations.csv (RFC 4180, UTF-8, with a header row) into the folder DIR, creating it if needed.</source>
        <translation>Écrire resolutions.csv, measures.csv et designations.csv (RFC 4180, UTF-8, avec une ligne d’en-tête) dans le dossier DOSSIER, en le créant au besoin.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>--import-un-list needs the file of the UN list.</source>
        <translation>--import-un-list attend le fichier de la liste de l’ONU.</translation>
    </message>
    <message>
        <source>--export-csv needs a folder.</source>
        <translation>--export-csv attend un dossier.</translation>
    </message>
</context>
<context>
    <name>st::UnListImportDialog</name>
    <message>
        <source>Import UN Consolidated List</source>
        <translation>Importer la Liste récapitulative du Conseil de sécurité</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>0 of %1 MB</source>
        <translation>0 sur %1 Mo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 Mo</translation>
    </message>
    <message>
        <source>%1 could not be imported.</source>
        <translation>%1 n’a pas pu être importé.</translation>
    </message>
    <message>
        <source>Nothing was written. Check that this is the UN&apos;s XML list, for example &lt;a href=&quot;https://scsanctions.un.org/resources/xml/en/consolidated.xml&quot;&gt;consolidated.xml&lt;/a&gt;, and download it again if it was cut short.</source>
        <translation>Rien n’a été écrit. Vérifiez qu’il s’agit bien de la liste XML de l’ONU, par exemple &lt;a href=&quot;https://scsanctions.un.org/resources/xml/fr/consolidated.xml&quot;&gt;consolidated.xml&lt;/a&gt;, et téléchargez-la de nouveau si elle a été tronquée.</translation>
    </message>
    <message>
        <source>The stored designations could not be read to compare them with the list.</source>
        <translation>Les désignations enregistrées n’ont pas pu être lues pour les comparer à la liste.</translation>
    </message>
    <message>
        <source>UN Consolidated List of %1</source>
        <translation>Liste récapitulative du %1</translation>
    </message>
    <message>
        <source>UN Consolidated List (no generation date)</source>
        <translation>Liste récapitulative (sans date de production)</translation>
    </message>
    <message>
        <source>%1 individuals and %2 entities on the list, from %3.&lt;br&gt;&lt;b&gt;%4&lt;/b&gt; to add, &lt;b&gt;%5&lt;/b&gt; to change, &lt;b&gt;%6&lt;/b&gt; to mark delisted, %7 unchanged.</source>
        <translation>Sur la liste, personnes&#xa0;: %1, entités&#xa0;: %2, d’après %3.&lt;br&gt;À ajouter&#xa0;: &lt;b&gt;%4&lt;/b&gt;, à modifier&#xa0;: &lt;b&gt;%5&lt;/b&gt;, à marquer radiées&#xa0;: &lt;b&gt;%6&lt;/b&gt;, inchangées&#xa0;: %7.</translation>
    </message>
    <message>
        <source>This list is older than the one imported last (%1): applying it would undo later changes.</source>
        <translation>Cette liste est plus ancienne que la dernière importée (%1)&#xa0;: l’appliquer annulerait des changements ultérieurs.</translation>
    </message>
    <message>
        <source>New regimes: %1.</source>
        <translation>Nouveaux régimes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 elements this version does not know were kept as notes: %2.</source>
        <translation>Éléments inconnus de cette version conservés en notes&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>The database already matches this list. Applying only records the import in the log.</source>
        <translation>La base de données correspond déjà à cette liste. Appliquer ne fera qu’inscrire l’importation au journal.</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is unchanged.</source>
        <translation>Rien n’a été importé&#xa0;; la base de données est inchangée.</translation>
    </message>
    <message>
        <source>Saving %1 records…</source>
        <translation>Enregistrement de %1 fiches…</translation>
    </message>
    <message>
        <source>Writing: %1 of %2 records</source>
        <translation>Écriture&#xa0;: %1 fiches sur %2</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported, and the database is as it was. Apply writes the list from the start again.</source>
        <translation>L’importation a été annulée&#xa0;: rien n’a été importé, et la base de données est telle qu’elle était. Appliquer écrit de nouveau la liste depuis le début.</translation>
    </message>
</context>
<context>
    <name>st::UnListReader</name>
    <message>
        <source>The file is empty: it is not a UN Consolidated List.</source>
        <translation>Le fichier est vide&#xa0;: ce n’est pas une Liste récapitulative de l’ONU.</translation>
    </message>
    <message>
        <source>Reading the list was cancelled.</source>
        <translation>La lecture de la liste a été annulée.</translation>
    </message>
    <message>
        <source>The file could not be read to the end.</source>
        <translation>Le fichier n’a pas pu être lu jusqu’au bout.</translation>
    </message>
    <message>
        <source>Line %1, column %2: the file ends before the list is complete; it is probably truncated. Download it again.</source>
        <translation>Ligne %1, colonne %2&#xa0;: le fichier s’arrête avant la fin de la liste&#xa0;; il est probablement tronqué. Téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <source>Line %1, column %2: this is not well-formed XML (%3).</source>
        <translation>Ligne %1, colonne %2&#xa0;: ce XML est mal formé (%3).</translation>
    </message>
    <message>
        <source>The list holds no INDIVIDUAL or ENTITY record. Importing it would mark every stored designation as delisted, so it was refused.</source>
        <translation>La liste ne contient aucune fiche INDIVIDUAL ou ENTITY. L’importer marquerait toutes les désignations enregistrées comme radiées&#xa0;; elle a donc été refusée.</translation>
    </message>
    <message>
        <source>this is not well-formed XML (%1).</source>
        <translation>ce XML est mal formé (%1).</translation>
    </message>
    <message>
        <source>the document&apos;s root element is &lt;%1&gt;, not &lt;CONSOLIDATED_LIST&gt;: this is not a UN Consolidated List.</source>
        <translation>l’élément racine du document est &lt;%1&gt;, et non &lt;CONSOLIDATED_LIST&gt;&#xa0;: ce n’est pas une Liste récapitulative de l’ONU.</translation>
    </message>
    <message>
        <source>dateGenerated is &quot;%1&quot;, which is not a date and time.</source>
        <translation>dateGenerated vaut «&#xa0;%1&#xa0;», qui n’est pas une date et heure.</translation>
    </message>
    <message>
        <source>reference number %1 appears a second time (first at line %2).</source>
        <translation>le numéro de référence %1 apparaît une deuxième fois (la première à la ligne %2).</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>Le fichier %1 n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>an element&apos;s text is longer than %1 characters; no field of a UN Consolidated List is that long, so the file is damaged or not a UN list.</source>
        <translation>le texte d’un élément dépasse %1 caractères&#xa0;; aucun champ de la Liste récapitulative n’est aussi long, le fichier est donc endommagé ou n’est pas une liste de l’ONU.</translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not defined in the file (external entities are not read).</source>
        <translation>l’entité XML %1 n’est pas définie dans le fichier (les entités externes ne sont pas lues).</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep; a UN Consolidated List nests 5 deep, so the file is damaged or not a UN list.</source>
        <translation>des éléments sont imbriqués sur plus de %1 niveaux&#xa0;; la Liste récapitulative en compte 5, le fichier est donc endommagé ou n’est pas une liste de l’ONU.</translation>
    </message>
    <message>
        <source>the root element &lt;%1&gt; is in the namespace &quot;%2&quot;; the UN Consolidated List&apos;s elements are in no namespace, so this is another kind of document.</source>
        <translation>l’élément racine &lt;%1&gt; appartient à l’espace de noms «&#xa0;%2&#xa0;»&#xa0;; les éléments de la Liste récapitulative n’appartiennent à aucun espace de noms, il s’agit donc d’un autre type de document.</translation>
    </message>
    <message>
        <source>more than %1 different unknown elements; the file is not a UN Consolidated List.</source>
        <translation>plus de %1 éléments inconnus différents&#xa0;; le fichier n’est pas la Liste récapitulative.</translation>
    </message>
    <message>
        <source>unknown elements and attributes here hold more than %1 characters, which would all be kept as notes; the file is damaged or not a UN Consolidated List.</source>
        <translation>les éléments et attributs inconnus contiennent ici plus de %1 caractères, qui seraient tous conservés en notes&#xa0;; le fichier est endommagé ou n’est pas la Liste récapitulative.</translation>
    </message>
    <message>
        <source>the file declares the external entity %1 (%2), whose text would come from another file; a UN Consolidated List declares none, and the app does not read other files.</source>
        <translation>le fichier déclare l’entité externe %1 (%2), dont le texte viendrait d’un autre fichier&#xa0;; une Liste récapitulative de l’ONU n’en déclare aucune, et l’application ne lit pas d’autres fichiers.</translation>
    </message>
</context>
<context>
    <name>st::UserGuide</name>
    <message>
        <source>User Guide — Sanctions Tracker</source>
        <translation>Guide de l’utilisateur — Sanctions Tracker</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>A short guide to the app, offline</source>
        <translation>Un court guide de l’application, consultable hors ligne</translation>
    </message>
</context>
<context>
    <name>st::Validation</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is not a real date</source>
        <translation>n’est pas une date réelle</translation>
    </message>
    <message>
        <source>is before 24 October 1945, when the United Nations came into being</source>
        <translation>est antérieure au 24 octobre 1945, date de naissance de l’Organisation des Nations Unies</translation>
    </message>
    <message>
        <source>is not a well-formed web address (http:// or https://)</source>
        <translation>n’est pas une adresse web bien formée (http:// ou https://)</translation>
    </message>
    <message>
        <source>must be between 0 and 15</source>
        <translation>doit être compris entre 0 et 15</translation>
    </message>
    <message>
        <source>add up to %1, but the Council has 15 members</source>
        <translation>totalisent %1, alors que le Conseil compte 15 membres</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 alpha-3 code such as PRK</source>
        <translation>doit être un code ISO 3166-1 alpha-3, comme PRK</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and _, such as arms_embargo</source>
        <translation>doit se composer de minuscules, de chiffres et de _, comme arms_embargo</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit faire partie de %1</translation>
    </message>
    <message>
        <source>must look like S/RES/2397 (2017)</source>
        <translation>doit avoir la forme S/RES/2397 (2017)</translation>
    </message>
    <message>
        <source>names resolution %1 but the number is %2</source>
        <translation>désigne la résolution %1 alors que le numéro est %2</translation>
    </message>
    <message>
        <source>gives the year %1 but the resolution is dated %2</source>
        <translation>indique l’année %1 alors que la résolution est datée du %2</translation>
    </message>
    <message>
        <source>must look like a draft&apos;s document symbol, S/2022/431</source>
        <translation>doit avoir la forme d’une cote de projet, S/2022/431</translation>
    </message>
    <message>
        <source>gives the year %1 but the draft is dated %2</source>
        <translation>indique l’année %1 alors que le projet est daté du %2</translation>
    </message>
    <message>
        <source>is required for an adopted resolution</source>
        <translation>est obligatoire pour une résolution adoptée</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>doit être un nombre positif</translation>
    </message>
    <message>
        <source>must be empty: a vetoed draft has no resolution number</source>
        <translation>doit être vide&#xa0;: un projet frappé de veto n’a pas de numéro de résolution</translation>
    </message>
    <message>
        <source>must be at least 9 for an adopted resolution</source>
        <translation>doit être d’au moins 9 pour une résolution adoptée</translation>
    </message>
    <message>
        <source>must be at least 1 for a vetoed draft</source>
        <translation>doit être d’au moins 1 pour un projet frappé de veto</translation>
    </message>
    <message>
        <source>must be empty for an adopted resolution</source>
        <translation>doit être vide pour une résolution adoptée</translation>
    </message>
    <message>
        <source>must name the permanent member(s) that vetoed the draft</source>
        <translation>doit nommer le ou les membres permanents qui ont opposé leur veto au projet</translation>
    </message>
    <message>
        <source>%1 is not a permanent member (CHN, FRA, GBR, RUS, USA)</source>
        <translation>%1 n’est pas un membre permanent (CHN, FRA, GBR, RUS, USA)</translation>
    </message>
    <message>
        <source>names more vetoes than votes against</source>
        <translation>compte plus de veto que de votes contre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-3 code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>need at least one source address</source>
        <translation>il faut au moins une adresse source</translation>
    </message>
    <message>
        <source>must be within a day of the New York date</source>
        <translation>doit être à un jour au plus de la date de New York</translation>
    </message>
    <message>
        <source>is already used by another stored resolution</source>
        <translation>est déjà utilisé par une autre résolution enregistrée</translation>
    </message>
    <message>
        <source>is already used by another state</source>
        <translation>est déjà utilisé par un autre État</translation>
    </message>
    <message>
        <source>is already used by another measure type</source>
        <translation>est déjà utilisé par un autre type de mesure</translation>
    </message>
    <message>
        <source>cannot be turned off while stored measures of this type carry a cap (%1 of them)</source>
        <translation>ne peut pas être désactivé tant que des mesures enregistrées de ce type sont assorties d’un plafond (%1 d’entre elles)</translation>
    </message>
    <message>
        <source>repeats a stored event of the same state, date and kind</source>
        <translation>répète un événement enregistré du même État, de même date et de même nature</translation>
    </message>
    <message>
        <source>is not a real date; write it as YYYY-MM-DD, e.g. 2017-12-22</source>
        <translation>n’est pas une date réelle&#xa0;; écrivez-la au format AAAA-MM-JJ, par exemple 2017-12-22</translation>
    </message>
    <message>
        <source>is not a stored resolution</source>
        <translation>n’est pas une résolution enregistrée</translation>
    </message>
    <message>
        <source>is not used by this measure type</source>
        <translation>n’est pas utilisé par ce type de mesure</translation>
    </message>
    <message>
        <source>is before the effective-from date</source>
        <translation>est antérieure à la date d’entrée en vigueur</translation>
    </message>
    <message>
        <source>must be a measure of an earlier resolution</source>
        <translation>doit être une mesure d’une résolution antérieure</translation>
    </message>
    <message>
        <source>is too long: %1 characters, at most %2</source>
        <translation>est trop long&#xa0;: %1 caractères, %2 au plus</translation>
    </message>
    <message>
        <source>tightens</source>
        <translation>renforce</translation>
    </message>
    <message>
        <source>relaxes</source>
        <translation>assouplit</translation>
    </message>
    <message>
        <source>renews</source>
        <translation>reconduit</translation>
    </message>
    <message>
        <source>ends</source>
        <translation>lève</translation>
    </message>
    <message>
        <source>introduces</source>
        <translation>instaure</translation>
    </message>
    <message>
        <source>expands</source>
        <translation>élargit</translation>
    </message>
    <message>
        <source>is before the resolution was adopted (%1)</source>
        <translation>est antérieure à l’adoption de la résolution (%1)</translation>
    </message>
    <message>
        <source>must name the measure this one %1</source>
        <translation>doit indiquer la mesure que celle-ci %1</translation>
    </message>
    <message>
        <source>must be a measure of another resolution, not of its own</source>
        <translation>doit être une mesure d’une autre résolution, et non de la sienne</translation>
    </message>
    <message>
        <source>must be empty: a draft that was not adopted has no resolution number</source>
        <translation>doit être vide&#xa0;: un projet non adopté n’a pas de numéro de résolution</translation>
    </message>
    <message>
        <source>must be at most 8 for a draft not adopted for lack of votes; with 9 or more it failed by a veto</source>
        <translation>doit être de 8 au plus pour un projet non adopté faute de voix&#xa0;; avec 9 ou plus, il a échoué du fait d’un veto</translation>
    </message>
    <message>
        <source>must be empty for a draft not adopted for lack of votes</source>
        <translation>doit être vide pour un projet non adopté faute de voix</translation>
    </message>
    <message>
        <source>reinstates</source>
        <translation>rétablit</translation>
    </message>
</context>
<context>
    <name>st::Vocabulary</name>
    <message>
        <source>Sanctions round</source>
        <translation>Série de sanctions</translation>
    </message>
    <message>
        <source>Panel of Experts renewal</source>
        <translation>Prorogation du mandat du Groupe d’experts</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Nuclear test</source>
        <translation>Essai nucléaire</translation>
    </message>
    <message>
        <source>Missile launch</source>
        <translation>Tir de missile</translation>
    </message>
    <message>
        <source>Satellite launch</source>
        <translation>Lancement de satellite</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Autre événement</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Vetoed draft</source>
        <translation>Projet frappé de veto</translation>
    </message>
    <message>
        <source>Draft not adopted (fewer than nine votes)</source>
        <translation>Projet non adopté (moins de neuf voix pour)</translation>
    </message>
    <message>
        <source>Presidential statement</source>
        <translation>Déclaration présidentielle</translation>
    </message>
    <message>
        <source>Committee designation decision</source>
        <translation>Décision de désignation du Comité</translation>
    </message>
    <message>
        <source>Panel of Experts report</source>
        <translation>Rapport du Groupe d’experts</translation>
    </message>
    <message>
        <source>MSMT statement or report (outside the UN)</source>
        <translation>Déclaration ou rapport de la MSMT (hors ONU)</translation>
    </message>
</context>
<context>
    <name>st::WalCheck</name>
    <message>
        <source>%1 has a write-ahead log (%2) that belongs to another database: opening them together would overwrite the database with the other one&apos;s pages. Both files were left as they were. Move %2 away (keep it if it may hold recent changes of another database), then open %1 again.</source>
        <translation>%1 a un journal d’écriture anticipée (%2) qui appartient à une autre base de données&#xa0;: les ouvrir ensemble écraserait la base de données avec les pages de l’autre. Les deux fichiers ont été laissés tels quels. Déplacez %2 ailleurs (conservez-le s’il peut contenir des modifications récentes d’une autre base de données), puis rouvrez %1.</translation>
    </message>
</context>
<context>
    <name>st::Workspace</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Cap history</source>
        <translation>Historique des plafonds</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Résolutions</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>%1 The view may be incomplete; use View ▸ Reload to try again.</source>
        <translation>%1 La vue est peut-être incomplète&#xa0;; utilisez Affichage ▸ Recharger pour réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolution(s) match</source>
        <translation>
            <numerusform>%Ln résolution correspond</numerusform>
            <numerusform>%Ln résolutions correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>This database holds no resolution yet. Import a dataset (File ▸ Import Data) or add a resolution (File ▸ New ▸ Resolution…).</source>
        <translation>Cette base de données ne contient encore aucune résolution. Importez un jeu de données (Fichier ▸ Importer des données) ou ajoutez une résolution (Fichier ▸ Nouveau ▸ Résolution…).</translation>
    </message>
    <message>
        <source>No Security Council resolution on %1 in this database yet.

States come into the state list with the UN Consolidated List (one for each sanctions regime) or when added by hand. Add its resolutions with File ▸ New ▸ Resolution…, or import a dataset that holds them.</source>
        <translation>Cette base de données ne contient encore aucune résolution du Conseil de sécurité concernant %1.

Les États entrent dans la liste des États avec la Liste récapitulative (un par régime de sanctions) ou lorsqu’ils sont ajoutés à la main. Ajoutez ses résolutions avec Fichier ▸ Nouveau ▸ Résolution…, ou importez un jeu de données qui les contient.</translation>
    </message>
</context>
<context>
    <name>st::WorkspaceBar</name>
    <message>
        <source>The state whose sanctions the timeline, the tables and the cap history show</source>
        <translation>L’État dont la chronologie, les tableaux et l’historique des plafonds montrent les sanctions</translation>
    </message>
    <message>
        <source>Search titles, summaries, measures and trigger events (Ctrl+F)</source>
        <translation>Rechercher dans les titres, résumés, mesures et événements déclencheurs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Full-text search; every word of two or more letters must match, as a prefix (&quot;petrol&quot; finds petroleum)</source>
        <translation>Recherche en texte intégral&#xa0;; chaque mot de deux lettres ou plus doit correspondre, comme préfixe («&#xa0;petrol&#xa0;» trouve petroleum)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les États</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resolution(s)</source>
        <translation>
            <numerusform>%Ln résolution</numerusform>
            <numerusform>%Ln résolutions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::WorkspaceCommands</name>
    <message>
        <source>cannot generate the synthetic dataset: %1</source>
        <translation>impossible de produire le jeu de données synthétique&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing was added; the database is unchanged</source>
        <translation>rien n’a été ajouté&#xa0;; la base de données est inchangée</translation>
    </message>
    <message>
        <source>Generated %1 in %2 s</source>
        <translation>Produit en %2 s&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the screenshot&apos;s settings</source>
        <translation>impossible de créer un dossier temporaire pour les réglages de la capture d’écran</translation>
    </message>
    <message>
        <source>the window cannot be smaller than %1x%2 pixels; the screenshot has that size</source>
        <translation>la fenêtre ne peut pas être plus petite que %1x%2 pixels&#xa0;; la capture a cette taille</translation>
    </message>
    <message>
        <source>Saved a %1x%2 screenshot to %3</source>
        <translation>Capture d’écran de %1x%2 enregistrée dans %3</translation>
    </message>
    <message>
        <source>--generate-synthetic fills an empty database only, and %1 already holds %2 resolutions; nothing was added. Use a new file: --database NEW.sqlite --empty --generate-synthetic N</source>
        <translation>--generate-synthetic ne remplit qu’une base de données vide, or %1 contient déjà %2 résolutions&#xa0;; rien n’a été ajouté. Utilisez un nouveau fichier&#xa0;: --database NOUVELLE.sqlite --empty --generate-synthetic N</translation>
    </message>
    <message>
        <source>cannot encode the screenshot as PNG: %1</source>
        <translation>impossible d’encoder la capture d’écran en PNG&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>st::WriteLock</name>
    <message>
        <source>The database cannot be changed.</source>
        <translation>La base de données ne peut pas être modifiée.</translation>
    </message>
    <message numerus="yes">
        <source>Another program (perhaps another Sanctions Tracker) kept writing to the database for more than %n second(s); try again when it has finished.</source>
        <translation>
            <numerusform>Un autre programme (peut-être un autre Sanctions Tracker) a continué d’écrire dans la base de données pendant plus de %n seconde&#xa0;; réessayez quand il aura terminé.</numerusform>
            <numerusform>Un autre programme (peut-être un autre Sanctions Tracker) a continué d’écrire dans la base de données pendant plus de %n secondes&#xa0;; réessayez quand il aura terminé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>st::main</name>
    <message>
        <source>run &apos;sanctions-tracker --help&apos; for the options</source>
        <translation>lancez «&#xa0;sanctions-tracker --help&#xa0;» pour voir les options</translation>
    </message>
</context>
</TS>
