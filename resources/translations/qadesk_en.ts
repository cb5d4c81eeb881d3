<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnswerSheet</name>
    <message>
        <source>must be an object of criterion id -&gt; answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;value&quot; and optional &quot;comment&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of yes, partly, no, na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such criterion in scorecard &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A is not allowed for this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerValue</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Try &apos;qadesk --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: qadesk [--db URL] [COMMAND ...]

Without a command QA Desk starts its window.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options for every command:
  --db URL     sqlite:/path/file.qadesk or postgresql://user@host:port/db
               (default: $QADESK_DB, else the demo workspace in your data folder)
  --json       print JSON instead of a table
  --version    print the version
  -h, --help   this help; &apos;qadesk COMMAND --help&apos; for one command

Exit codes: 0 success, 2 bad input, 1 any other failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qadesk: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qadesk: unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qadesk: which command?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectorFactory</name>
    <message>
        <source>--url &quot;%1&quot;: expected https://your-helpdesk.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain HTTP: the API token and the tickets travel unencrypted. Use it only for a helpdesk on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot; has no token; add it again with --token-env VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot; reads its API token from $%2, which is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: syncing from %2 is not available yet (available: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian package %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an insert returned no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>database URL &quot;%1&quot;: the SQLite file path is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: expected postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the database name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: must start with sqlite: or postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>demo needs: init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed the workspace with the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace ready in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards: %1, people: %2, tickets: %3, evaluations: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>demo resource %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDraftStore</name>
    <message>
        <source>evaluation %1 has no draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this draft was changed elsewhere (another window or person) since it was opened; reload it to see the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this draft was changed elsewhere since it was opened; reload it before submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation %1 is not submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationImporter</name>
    <message>
        <source>must be an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO-8601 time such as 2026-10-01T09:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;normal&quot; or &quot;calibration&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scorecard &quot;%1&quot; in this workspace (import it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete under scorecard &quot;%1&quot;: %2 (use --allow-incomplete to import it flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same evaluation appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported (same ticket, trainer and submission time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trainer and the engineer must be different people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationService</name>
    <message>
        <source>no person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a trainer and cannot evaluate tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 has no engineer to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 worked on ticket %2 and cannot evaluate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 has already been evaluated by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evaluation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation %1 is submitted and locked; it changes only through arbitration or an admin&apos;s reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1, who started this evaluation, can change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no comment for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation is not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a QA admin can reopen a submitted evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening an evaluation needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationsCommand</name>
    <message>
        <source>Import evaluations that miss answers or comments, flagged as incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluations import needs exactly one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) not in the workspace yet were created as stubs; a sync fills them in.</source>
        <translation>
            <numerusform>%n ticket not in the workspace yet was created as a stub; a sync fills it in.</numerusform>
            <numerusform>%n tickets not in the workspace yet were created as stubs; a sync fills them in.</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluations list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBMITTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENGINEER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORECARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluations needs one of: import, list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import qadesk.evaluations/1, all or nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every evaluation, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n evaluation(s).</source>
        <translation>
            <numerusform>Imported %n evaluation.</numerusform>
            <numerusform>Imported %n evaluations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them flagged incomplete.</source>
        <translation>
            <numerusform>%n of them is flagged incomplete.</numerusform>
            <numerusform>%n of them are flagged incomplete.</numerusform>
        </translation>
    </message>
    <message>
        <source>critical question failed (%1 before the cap)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreshdeskMapping</name>
    <message>
        <source>must be an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>The workspace database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once the workspace is open, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work as this person (email) instead of asking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must match [a-z0-9][a-z0-9._-]*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>the database %1 has schema version %2, newer than this QA Desk knows (%3); update QA Desk to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 is missing from the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OmnideskMapping</name>
    <message>
        <source>must be a time like &quot;Mon, 05 May 2014 00:15:17 +0300&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected an object {&quot;%2&quot;: {…}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omnidesk rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleImporter</name>
    <message>
        <source>must be an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;ru&quot; or &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of admin, trainer, arbiter, engineer, team_lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleStore</name>
    <message>
        <source>a person needs an email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the system keychain could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API token for source &quot;%1&quot; in the system keychain; enter it in Settings -&gt; Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the API token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>QA admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RtMapping</name>
    <message>
        <source>must be an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>The scorecard file (qadesk.scorecard/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers file (qadesk.answers/1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score takes no arguments, only --scorecard and --answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score needs --scorecard FILE and --answers FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answers are for &quot;%1&quot;, not for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score answers against a card, print the result as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardParser</name>
    <message>
        <source>must be one of yes, partly, no, na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section needs at least one criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate criterion id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scorecard needs at least one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate section id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardStore</name>
    <message>
        <source>stored scorecard version %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scorecard &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &quot;%1&quot;: give at least 6 characters of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecard &quot;%1&quot; has no version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &quot;%1&quot; matches %2 versions; give more characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scorecard version with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardsCommand</name>
    <message>
        <source>A version (content hash or a prefix of at least 6 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecards needs one of: import, list, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecards import needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUESTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENT VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scorecards yet: add one with &apos;qadesk scorecards import FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecards export needs exactly one card id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add cards, or new versions of cards already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cards with their current versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card as qadesk.scorecard/1 JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <source>a source needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot; has %2 ticket(s) in this workspace and is kept; evaluations refer to them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesCommand</name>
    <message>
        <source>add a helpdesk to sync from (KIND: zendesk, freshdesk, zammad, omnidesk, rt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the helpdesks of the workspace and where their sync stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that the helpdesk answers and accepts the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk: zendesk, freshdesk, zammad, omnidesk or rt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this source, e.g. support-main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address, e.g. https://example.zendesk.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API user (Zendesk: the agent&apos;s email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable that holds the API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>var</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources add takes options only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name: is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-env: is required (the variable that holds the API token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing from %1 is not available yet in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNCED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sources yet: add one with &apos;qadesk sources add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources test needs exactly one source name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers and accepts the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources needs one of: add, list, test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user: is required for omnidesk (the staff member&apos;s email)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>pull changed tickets from the helpdesks (exit 0 only when done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync only this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a first sync, start from this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync takes options only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: expected a date such as 2026-10-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source to sync; add one with &apos;qadesk sources add&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying %1 (attempt %2 in %3 s): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 page(s), %3 ticket(s), %4 message(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>a ticket needs an external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsCommand</name>
    <message>
        <source>tickets list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets show needs exactly one ticket id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXTERNAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOLVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSIGNEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not synced yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names tickets in several sources; write SOURCE:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 %2, status %3, channel %4, team %5, engineer %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tickets of the workspace, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one ticket with its conversation (ID: workspace id, helpdesk id or SOURCE:ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a helpdesk export saved as JSON (Zendesk export shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source the imported tickets belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address, for links back to its tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets import needs exactly one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source: is required (the name the tickets are kept under)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n ticket(s) into source &quot;%1&quot;.</source>
        <translation>
            <numerusform>Imported %n ticket into source &quot;%1&quot;.</numerusform>
            <numerusform>Imported %n tickets into source &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>tickets needs one of: import, list, show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerInbox</name>
    <message>
        <source>to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZammadMapping</name>
    <message>
        <source>must be an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZendeskExportParser</name>
    <message>
        <source>must be an array of Zendesk tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZendeskMapping</name>
    <message>
        <source>must be an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::FreshdeskConnector</name>
    <message>
        <source>not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored checkpoint &quot;%1&quot; is not a Freshdesk checkpoint (since:TIME|page:N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not the expected JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the next page is on another server (%2); not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket list: the answer is not the expected JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket list: more than %1 tickets were changed in the same second (%2) and Freshdesk lists at most %3 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations of ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations of ticket %1: the answer is not the expected JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations of ticket %1: the next page is on another server (%2); not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the API key and that its agent may see tickets, agents and groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::HelpdeskConnector</name>
    <message>
        <source>%1: the helpdesk refused the credentials (HTTP %2); %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::HttpClient</name>
    <message>
        <source>%1 asks to wait %2 s before the next request (rate limit); stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 %3 for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed after %2 attempts: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::OmnideskConnector</name>
    <message>
        <source>%1: the answer is not the expected JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored sync position &quot;%1&quot; is not an Omnidesk one; remove the source and add it again to sync from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case list: more than %1 cases share the update time %2, more than Omnidesk can list page by page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;user&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the staff email and the API key (Settings → API in Omnidesk)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::RtConnector</name>
    <message>
        <source>check the RT auth token and that its user may see the queue&apos;s tickets, comments and users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection test: the server does not answer like Request Tracker&apos;s REST 2.0 API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not the expected JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the next page is on another server (%2); not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored sync position &quot;%1&quot; is not one of a Request Tracker source (since:TIME|page:N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket search: the answer is not the expected JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history of ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments of transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::SyncEngine</name>
    <message>
        <source>%1: first sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resuming after the last stored page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n page(s) with %1 ticket(s) were stored and are kept; the next sync goes on from there.</source>
        <translation>
            <numerusform>Cancelled. %n page with %1 ticket(s) was stored and is kept; the next sync goes on from there.</numerusform>
            <numerusform>Cancelled. %n pages with %1 ticket(s) were stored and are kept; the next sync goes on from there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. What was stored before is kept (%n page(s), %2 ticket(s)); the next sync goes on from there.</source>
        <translation>
            <numerusform>%1. What was stored before is kept (%n page, %2 ticket(s)); the next sync goes on from there.</numerusform>
            <numerusform>%1. What was stored before is kept (%n pages, %2 ticket(s)); the next sync goes on from there.</numerusform>
        </translation>
    </message>
    <message>
        <source>storing a page failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n ticket(s) stored</source>
        <translation>
            <numerusform>page %1: %n ticket stored</numerusform>
            <numerusform>page %1: %n tickets stored</numerusform>
        </translation>
    </message>
    <message>
        <source>the helpdesk did not say where the next page starts; what was stored is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date: %2 ticket(s) with %3 message(s) in %4 page(s), %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ZammadConnector</name>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not the expected JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored sync position &quot;%1&quot; is not one of a Zammad source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list of states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list of tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 has no id or updated_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>articles of ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags of ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;tags&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the access token and that it has the ticket.agent permission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ZendeskConnector</name>
    <message>
        <source>connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket export: the answer is not the expected JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;tickets&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments of ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments of ticket %1: the answer is not the expected JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the user and the API token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::ConversationView</name>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engineer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket has not been synced from the helpdesk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERNAL NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortened for display: the message has %1 characters. The whole text is in the helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::EvaluationPage</name>
    <message>
        <source>This ticket no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scorecard in this workspace yet. Import one with &apos;qadesk scorecards import FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not meant for this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it reopened? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scorecard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation submitted: %1 of 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation submitted (unscored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation is open for changes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the conversation (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::IdentityPage</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who are you?&lt;/h2&gt;&lt;p&gt;QA Desk shows your work and applies the rules of your roles. You can switch later in the File menu.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::InboxModel</name>
    <message>
        <source>Start evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not synced yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::InboxPage</name>
    <message>
        <source>Which tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by ticket id or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket id or subject (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All engineers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ticket(s)</source>
        <translation>
            <numerusform>%1 of %n ticket</numerusform>
            <numerusform>%1 of %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::ui::MainWindow</name>
    <message>
        <source>QA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About QA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About QA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;Score support tickets against weighted scorecards.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no people yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last ticket of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first ticket of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when QA Desk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::MyScoresPage</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>KPI %1 — %2: &lt;b&gt;%3&lt;/b&gt; from %n evaluation(s); bonus multiplier %4</source>
        <translation>
            <numerusform>KPI %1 — %2: &lt;b&gt;%3&lt;/b&gt; from %n evaluation; bonus multiplier %4</numerusform>
            <numerusform>KPI %1 — %2: &lt;b&gt;%3&lt;/b&gt; from %n evaluations; bonus multiplier %4</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI %1 — %2: no evaluations in this period yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A critical question failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluations of your tickets yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::QuestionRow</name>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for the engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::ScorecardForm</name>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score and how it is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing before submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall comment for the engineer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — weight %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical question failed (%1): the score is 0, %2 before the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No score yet&lt;/b&gt;: answer a question (N/A everywhere leaves it unscored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % × weight %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out (nothing counted yet or all N/A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; N/A removed weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment required: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::ScorecardView</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Unscored&lt;/b&gt;: every question was N/A.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — weight %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — left out (all N/A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:18pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;A critical question failed&lt;/b&gt;: %1 before the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#8a8f94&apos;&gt;Evaluated by %1 on %2 · scorecard version %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#8a8f94&apos;&gt;Not evaluated yet. The share beside each question is its part of the total score.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::SourcesPage</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API user&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain, never in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying %1 (attempt %2 in %3 s): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sources&lt;/h3&gt;&lt;p&gt;The helpdesks this workspace pulls tickets from.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added. Warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 added (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers and accepts the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page(s), %2 ticket(s), %3 message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
