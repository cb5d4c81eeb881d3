<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActingPerson</name>
    <message>
        <source>Act as this person (email); their roles decide what is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as: nobody with the email &quot;%1&quot; in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this workspace has a QA admin; say who imports with --as EMAIL (a QA admin)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AssignmentDraw</name>
    <message>
        <source>seed: not an unsigned 64-bit number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentService</name>
    <message>
        <source>nobody with the email &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an admin may %1; say who is acting (--as EMAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an admin: only an admin may %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change assignment plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week: %1 is not between 0 and 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams: no team &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week: which week? (like 2026-W47)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer: %1 is not a trainer of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1 has been drawn already for %2; reassign or replace single tasks instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no draw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassign tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: say why the task moves to another trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is done or replaced already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is %2&apos;s already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 worked on ticket %2 and cannot evaluate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: say why the ticket is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket: no ticket &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket: &quot;%1&quot; exists in several sources; write SOURCE:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 cannot be assigned: it is not solved, has no engineer, is evaluated already or another task holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not evaluate ticket %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no other ticket of %1 fits %2&apos;s plan; name one with --ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer: choose the trainer the plan is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer: nobody with the email &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer: %1 is not a trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams: %1 may not evaluate team &quot;%2&quot; (see People and roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecards: no scorecard &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: an empty tag (two commas in a row?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels: an empty channel (two commas in a row?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentsCommand</name>
    <message>
        <source>--seed: &quot;%1&quot; is not a number from 0 to 18446744073709551615</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINER</source>
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
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw the week&apos;s tasks from tickets solved the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks (--all: with replaced ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned / done / overdue per trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each trainer&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a trainer&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a task to another trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another ticket for a task (drawn unless named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-run a recorded draw and compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ISO week, like 2026-W47.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draw&apos;s seed (a random one is chosen and recorded otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this trainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the draw without storing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include replaced tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets a week (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these teams (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets with one of these tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets these cards fit best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer gets no tasks for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer who takes the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement ticket, [SOURCE:]ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignments needs one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignments draw needs --week, like --week 2026-W47</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Week %1, seed %2: %n task(s) from %3 ticket(s) solved %4 to %5, due %6.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s) short, not enough eligible tickets.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Drawn already: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSIGNED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PER WEEK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANNELS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORECARDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignments plan needs the trainer&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-week: &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan of %1: %n ticket(s) a week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>assignments verify needs a draw number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draw %1: re-running it from its recorded seed and inputs gives the same %n ticket(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Draw %1: re-running it gives different tickets than recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignments %1 needs a task number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignments reassign needs --to EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is %2&apos;s now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 replaced by task %2 (ticket %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BonusTable</name>
    <message>
        <source>built-in default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus table point %1 &quot;%2&quot;: expected KPI:multiplier, e.g. 80:0.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus table: at least one KPI:multiplier point is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus table point %1: KPI %2 must lie in [0, 100]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus table point %1: multiplier %2 must lie in [0, 1.2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus table point %1: KPI %2 must be greater than the previous point&apos;s</source>
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
        <source>%1 uses plain HTTP: the API token and the tickets travel unencrypted. Use it only for a helpdesk on a network you trust.</source>
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
    <message>
        <source>&quot;%1&quot; is not a helpdesk address; expected https://your-helpdesk.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot; has no API token variable; give it one with &apos;qadesk sources edit %1 --token-env VAR&apos; or store the token in the system keychain with --token-stdin</source>
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
    <name>Dispute</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted, waiting for an arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In arbitration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeArbitration</name>
    <message>
        <source>%1: not a disputed question of dispute %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: decided twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the decision needs a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the engineer proposed no answer to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: which answer instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: N/A is not allowed for this question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeService</name>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to an arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a QA admin can change the dispute window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dispute window must be 1 to 365 days, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 or a team lead of theirs can dispute evaluation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation %1 is not submitted; only a submitted evaluation can be disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation %1 is a calibration and does not count; it cannot be disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n-day window to dispute evaluation %1 closed on %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>evaluation %1 already has dispute %2 (%3); wait for it or withdraw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evaluation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dispute needs at least one question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such question on scorecard %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: disputed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already arbitrated; it cannot be disputed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the trainer gave no answer to dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a reason is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the proposed answer is the trainer&apos;s answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: N/A is not allowed for this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispute %1 vanished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dispute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an open dispute can be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an accepted dispute can be assigned to an arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a dispute in arbitration can be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an open, accepted or in-arbitration dispute can be withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispute %1 is %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave the disputed evaluation and cannot triage the dispute about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the engineer of dispute %2 and cannot triage it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a team lead of %1 or a QA admin can triage dispute %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a QA admin assigns arbiters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1, the arbiter assigned to dispute %2, can resolve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1, who opened dispute %2, can withdraw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declining a dispute needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave the disputed evaluation and cannot arbitrate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the disputing engineer and cannot arbitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened the dispute and cannot arbitrate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the arbiter of dispute %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arbiter can take dispute %1: the workspace has no arbiter who is neither the trainer, the engineer nor the opener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation %1 was reopened and is not submitted; it cannot be arbitrated now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispute %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputeStore</name>
    <message>
        <source>dispute %1 was changed by someone else meanwhile; look at it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisputesCommand</name>
    <message>
        <source>no person with email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an answer (yes, partly, no, na)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must follow the --question it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question %1 has two --reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question %1 has two --proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the disputed questions with --question ID --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes QUESTION=VALUE, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given twice for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a decision (keep, accept, yes, partly, no, na)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--comment for %1 without a --decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a --decision QUESTION=keep|accept|ANSWER and a --comment QUESTION=TEXT for every disputed question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 of ticket %2: engineer %3, trainer %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROPOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbiter&apos;s summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispute questions of an evaluation (engineer or team lead; --as EMAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept a dispute for arbitration (team lead or admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decline a dispute (team lead or admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign an arbiter, or the next in turn (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide each question: D is keep, accept or an answer; [--summary TEXT] (the arbiter; --as EMAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw a dispute (whoever opened it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputes, newest first (those EMAIL may see)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one dispute with its questions and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or (admin) set the days to open a dispute after submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person acting (email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disputed question&apos;s id (repeatable; --reason and --proposed follow it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the question is disputed, or why the dispute is declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer the engineer thinks right: yes, partly, no or na.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arbiter to assign (email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the next arbiter in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUESTION=keep, accept (the proposal) or an answer (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id=decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUESTION=the arbiter&apos;s comment (required per question).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id=text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arbiter&apos;s overall comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only disputes in this status (open, accepted, in_arbitration, resolved, declined, withdrawn, active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputes needs one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputes %1 needs exactly one %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispute id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments for disputes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who is acting with --as EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not a dispute status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPENED</source>
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
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUESTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARBITER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disputes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS must be a number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A dispute can be opened up to %n day(s) after the evaluation&apos;s submission.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>EVALUATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPUTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not see dispute %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --arbiter EMAIL or --auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--arbiter needs an email</source>
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
    <message>
        <source>%1 is not a QA admin and cannot import evaluations</source>
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
    <message>
        <source>evaluation %1 has an open dispute; it can be reopened once the dispute is resolved, declined or withdrawn</source>
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
    <message>
        <source>import qadesk.evaluations/1, all or nothing (--as a QA admin once the workspace has one)</source>
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
    <name>IsoWeek</name>
    <message>
        <source>week: &quot;%1&quot; is not an ISO week like 2026-W47</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week: %1 has no week %2</source>
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
    <name>KpiAdministration</name>
    <message>
        <source>only a QA admin may %1; %2 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month &quot;%1&quot;: expected yyyy-MM, e.g. 2026-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the bonus multiplier table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already closed (by %2); reopen it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen a closed month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: reopening a closed month needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiCommand</name>
    <message>
        <source>--as EMAIL: say who is acting (a QA admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as: nobody in the workspace has the email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the KPI table of a period (a closed month: its snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>freeze a month&apos;s KPI tables (QA admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen a closed month (QA admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or change the KPI -&gt; bonus multiplier table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period, included (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per engineer (default), team, scorecard or trainer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default), json, csv, xlsx or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put evaluations in the period by their submission time (submitted, default) or their ticket&apos;s solved time (solved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations a month an engineer needs for a fair KPI (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute from the evaluations even for a closed month.</source>
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
        <source>The acting person&apos;s email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a closed month is reopened or the bonus table changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi: unknown action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: expected a day as yyyy-MM-dd, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: expected a day as yyyy-MM-dd, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: the last day is before the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by: expected engineer, team, scorecard or trainer, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--basis: expected submitted or solved, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-evaluations: expected a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: expected table, json, csv, xlsx or pdf, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 writes a file: give it with -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open disp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All: %1 evaluations, KPI %2. * fewer than %3 evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi %1 needs the month, e.g. 2026-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--basis: expected submitted or solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1: snapshot #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi bonus-table set needs the points, e.g. &quot;0:0, 70:0, 80:0.8, 90:1, 100:1.2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus table version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpi bonus-table takes no arguments, or set POINTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiExportData</name>
    <message>
        <source>%1 – %2 (%3, by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket solved time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submission time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bonus table version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default bonus table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed month %1: snapshot #%2 of %3 by %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live figures computed %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiPdfExport</name>
    <message>
        <source>PDF export needs the graphical application object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA Desk KPI report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evaluations, KPI %2 (previous period %3), %4 critical fails, %5 open and %6 overturned disputes; %7 engineers below %8 evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>* fewer than %n evaluation(s): the KPI is not a fair number yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top failing questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No question was answered No or Partly in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dispute of this period is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others&apos; average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks: assignments due in the period; done: the trainer has evaluated the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiPeriodPreset</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
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
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiReportBuilder</name>
    <message>
        <source>the period must have a start and an end day, the end not before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All evaluations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiXlsxExport</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA Desk KPI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair KPI needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) in the period</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>KPI by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>No share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
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
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others on the same teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their evaluations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailCommand</name>
    <message>
        <source>--as: name the QA admin acting (an email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as: no person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the message the engineer gets for an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the queued mail that is due (for a scheduled job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outbox: queued, failed and sent messages (QA admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a failed message again, or drop a queued one (QA admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acting person (email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the message as it goes over SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only messages in this state (queued, sending, sent, failed, uncertain, cancelled, held, digested).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person whose mail preference changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team whose mail preference changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest hour, 0-23 (local time; default 17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One message per evaluation again (no digest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team lead also gets the team&apos;s KPI every Monday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable with the SMTP password (default: the one named in the mail settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>var</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail needs one of: preview, send-pending, list, retry, cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail preview needs one evaluation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVALUATION: expected an evaluation id, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail list takes options only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: unknown state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail %1 needs one message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: expected a message id, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail send-pending takes options only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMTP password: set %1 or store it in Settings -&gt; Mail (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, to retry later %2, failed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were being sent when a sender stopped; see &apos;qadesk mail list --status uncertain&apos;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>mail digest takes options only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail digest needs either --person EMAIL or --team SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hour: expected 0 to 23, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--person: no person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--team: no team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily digest at %1:00 from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One message per evaluation from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one message a day at hour H instead of one per evaluation; team leads&apos; weekly KPI mail; --inherit drops the choice (a person follows their team again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the person&apos;s (or team&apos;s) own choice: the team&apos;s (or the default) applies again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their team&apos;s choice (or the default) applies from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default applies to the team from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailComposer</name>
    <message>
        <source>no evaluation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation %1 is a draft; only submitted evaluations are mailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dispute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispute %1 is not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digest needs messages to one person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailDispatcher</name>
    <message>
        <source>the sender stopped while sending this message; it may have arrived. Retry only if the recipient did not get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail cannot be sent until the settings are complete:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n attempt(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>message %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailOutbox</name>
    <message>
        <source>no person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a QA admin can %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the mail outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see another person&apos;s mail preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest hour: expected 0 to 23, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope: expected person or team, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the person, their team lead or a QA admin can change these preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailOutboxStore</name>
    <message>
        <source>message %1 is no longer claimed by this sender (its lease ran out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message %1 in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 is %2 now; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 is no longer waiting for a digest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>%1: expected a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security: expected starttls, tls or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: no SMTP server is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender: &quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security: unencrypted SMTP is allowed only to this computer (localhost); choose STARTTLS or TLS for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{{&quot; is not closed with &quot;}}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{{%1}}&quot; is not a value name (letters, digits, _ and dots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{{/%1}}&quot; closes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{{/%1}}&quot; closes &quot;%2&quot; opened on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{{#%1}}&quot; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTemplateSet</name>
    <message>
        <source>%1: cannot read the template: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: the first line must be &quot;Subject: …&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the template</source>
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
    <name>MimeMessage</name>
    <message>
        <source>sender: &quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient: &quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message id: &quot;%1&quot; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationStore</name>
    <message>
        <source>no notification %1 for this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 disputes %n question(s) of %2&apos;s evaluation of ticket %3; it waits for triage</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened dispute %2 on the evaluation of ticket %3 (%n question(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dispute %1 on ticket %2 was accepted and needs an arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted dispute %2 on ticket %3 for arbitration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined dispute %2 on ticket %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are the arbiter of dispute %1 on %2&apos;s evaluation of ticket %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute %1 was given to another arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arbitrates dispute %2 on ticket %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute %1 on ticket %2 is resolved: %3; score %4 → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdrew dispute %2 on ticket %3</source>
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
    <name>OutboxStatus</name>
    <message>
        <source>waiting for the digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maybe sent (interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent in a digest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleCommand</name>
    <message>
        <source>roles: &quot;%1&quot; is not a role (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people with their roles, teams and the teams they evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a person; each list given replaces the old one (&quot;&quot; empties it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles: admin, trainer, arbiter, engineer, team_lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shown name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams the person belongs to (ids, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams this trainer may evaluate (ids, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people needs one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVALUATES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people add-team needs the team&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people set-roles needs an email and a comma-separated list of roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people %1 needs exactly one email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 (%2).</source>
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
    <name>PeopleService</name>
    <message>
        <source>--as: nobody with the email &quot;%1&quot; in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an admin: only an admin may %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an admin may %1; say who is acting (--as EMAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: &quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; change them instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody with the email &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language: &quot;%1&quot; is not one of ru, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last admin: make someone else an admin first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teams: no team &quot;%1&quot; (add it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluable teams: %1 is not a trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team id: &quot;%1&quot; must be lower-case letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleStore</name>
    <message>
        <source>a person needs an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team &quot;%1&quot;</source>
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
    <name>ScorecardAdminService</name>
    <message>
        <source>%1 is not a QA admin and cannot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: a scorecard &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore scorecards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardChange</name>
    <message>
        <source>Title changed from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card rule %1 changed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; renamed from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &quot;%1&quot;: weight %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections reordered: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; added in section &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; removed from section &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; reworded from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: help text for trainers changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: weight %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; moved from section &quot;%2&quot; to &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions of section &quot;%1&quot; reordered: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardCoverage</name>
    <message numerus="yes">
        <source>Cards &quot;%1&quot; and &quot;%2&quot; fit the same %n ticket(s) equally well (for example %3); narrow one card&apos;s applies_to.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) fit no card: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>the cards with their current versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card as qadesk.scorecard/1 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what changed between two versions of a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI per engineer and team if the draft card had been used in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a card under a new id (QA admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer a card for no new evaluation, or again (QA admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: the older version (hash prefix); whatif: the first day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: the newer version (hash prefix, default the current one); whatif: the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acting person (email); changing cards needs a QA admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate: the new card&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive: bring an archived card back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as: say who is acting (a QA admin&apos;s email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as: no person with email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecards needs one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecards diff needs exactly one card id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecards diff needs --from VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecards whatif needs exactly one draft card file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to: give the period&apos;s first and last day as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: the last day is before the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n evaluation(s) re-scored under the draft (%2 to %3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New questions, unanswered in old evaluations and left out like N/A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to questions the draft removes are not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENGINEER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVALUATIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RE-SCORED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI BEFORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted evaluations in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecards duplicate needs a card id and a new id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecards archive needs exactly one card id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: copied to %2, version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add cards, or new versions of cards already here (--as a QA admin once the workspace has one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>libcurl could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the login of &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: secure connection failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the message (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to try later (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceSettings</name>
    <message>
        <source>%1: &quot;%2&quot; must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must map texts to texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; -&gt; &quot;%3&quot; needs a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a date such as 2026-10-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: solved_to is before solved_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solved before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solved after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &quot;%1&quot; is not pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the tags %1</source>
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
    <message>
        <source>source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesCommand</name>
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
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added (%2, %3).</source>
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
        <source>no source named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers and accepts the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user: is required for omnidesk (the staff member&apos;s email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a helpdesk to sync from (KIND: zendesk, freshdesk, zammad, omnidesk, rt); --token-stdin keeps the token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a source; SETTINGS: --statuses solved,closed --solved-from DATE --solved-to DATE --groups G1,G2 --tags T1,T2 (an empty value removes the limit), --agent HELPDESK_EMAIL=ENGINEER_EMAIL, --group-team GROUP=TEAM (repeatable; an empty right side removes the mapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the helpdesks of the workspace, their settings and where their sync stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a source that has no tickets yet, and its token in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API token from standard input and keep it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull only tickets in these statuses (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull only tickets solved on or after this day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull only tickets solved on or before this day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull only tickets of these helpdesk groups (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull only tickets with one of these tags (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a helpdesk agent&apos;s email to an engineer&apos;s email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from=to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a helpdesk group to a team of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group=team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources %1 needs exactly one source name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources needs one of: add, edit, list, test, remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin: cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin: standard input holds no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a date such as 2026-10-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--solved-to: is before --solved-from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agent &quot;%1&quot;: expected HELPDESK_EMAIL=ENGINEER_EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--group-team &quot;%1&quot;: expected GROUP=TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-env or --token-stdin: give exactly one (the variable that holds the API token, or the token on standard input for the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: a source&apos;s helpdesk cannot change; add a new source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-env or --token-stdin: give at most one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving the API token to the new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PULLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the API token may still be in the system keychain: %1</source>
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
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPageWriter</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamAccess</name>
    <message>
        <source>%1 may not evaluate team &quot;%2&quot; (an admin sets which teams each trainer evaluates)</source>
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
    <message>
        <source>cancelled</source>
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
    <name>TokenLookup</name>
    <message numerus="yes">
        <source>the system keychain did not answer within %n s (is a keychain service running in this session?)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: the API token in the system keychain is empty; store it again with &apos;qadesk sources edit %1 --token-stdin&apos;</source>
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
    <name>WhatIfAnalysis</name>
    <message>
        <source>questions new in the draft have no answer in old evaluations and are left out like N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceSetup</name>
    <message>
        <source>name: please enter your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: &quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace already has people; ask its QA admin to add you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new person could not be read back</source>
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
    <name>qadesk::KeychainTokenVault</name>
    <message>
        <source>the system keychain could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mail server password in the system keychain; enter it in Settings -&gt; Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password for the team database %1 in the system keychain; open the workspace from the welcome page to enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API token for source &quot;%1&quot; in the system keychain; enter it in Settings -&gt; Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the saved password or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the password or token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the saved password or token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::MailSendWorker</name>
    <message>
        <source>Sent %1, to retry later %2, failed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA Desk: test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message confirms that QA Desk can send mail through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message to %1 was accepted by %2.</source>
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
    <message>
        <source>the helpdesk did not say where the next page starts; what was stored is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date: %2 ticket(s) with %3 message(s) in %4 page(s), %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) with %1 ticket(s) were stored and are kept; the next sync goes on from there.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. What was stored before is kept (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing a page failed: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n ticket(s) with %2 message(s) stored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n ticket(s) skipped: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n ticket(s) left out by the source&apos;s settings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 ticket(s), %2 message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 left</source>
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
    <name>qadesk::ui::AboutDialog</name>
    <message>
        <source>About QA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;QA Desk %1&lt;/h2&gt;&lt;p&gt;Score support tickets against weighted scorecards.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;Open its folder&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version (GPL-3.0-or-later). QA Desk comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::AssignmentPlanDialog</name>
    <message>
        <source>Draw tickets for this trainer every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assignment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit assignment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any tag; or: vip, billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any channel; or: email, chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets a &amp;week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 pauses the draw without losing the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: every team the trainer may evaluate. Space ticks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated; a ticket qualifies with any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scorecards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: tickets of any scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no such team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not permitted for this trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no such scorecard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::AssignmentPlanModel</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any they may evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::AssignmentPlansPanel</name>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment plans per trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each trainer&apos;s weekly draw: how many tickets and which ones qualify. A trainer without a saved plan gets %n ticket(s) a week from any team they may evaluate.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The plans could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan of %1 saved: %n ticket(s) a week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Plan of %1 resumed: the next draws include them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan of %1 paused: the next draws skip them; the filters are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::AssignmentProgressModel</name>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::AssignmentTaskModel</name>
    <message>
        <source>replaced by task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::AssignmentsPage</name>
    <message>
        <source>&amp;Draw the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-W47</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer who takes the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Assignments&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: &quot;%1&quot; is not a whole number from 0 to 18446744073709551615</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drew %n task(s) for %1 with seed %2 from %3 ticket(s) solved %4–%5; due %6.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) could not be filled: not enough eligible tickets.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1 now belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 replaced by task %2: ticket %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lans</source>
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
    <name>qadesk::ui::DashboardPage</name>
    <message>
        <source>Why is the month reopened? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by submission time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by ticket solved time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report of this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to see the evaluations behind its numbers.</source>
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
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others on the same teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a whole calendar month to close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · version %2 · %n evaluation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) behind %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure rate per question: No and Partly (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI per month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI per week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score distribution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the KPI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed: snapshot #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done of assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned tasks due in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned tasks whose ticket the trainer has evaluated, and their share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned tasks not done and past their due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average score other trainers gave engineers of the teams this trainer evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks are the evaluation assignments due in the period; one is done once the trainer has submitted an evaluation of its ticket, overdue when it is not done after its due day. Averages are of the counted evaluations of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the KPI of %1 – %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing the month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KPI could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the evaluations behind %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::DisputeItemWidget</name>
    <message>
        <source>Trainer&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer&apos;s reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision comment for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::DisputeListModel</name>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::DisputeOversightPage</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to open a dispute after submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispute can be opened up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Open disputes, oldest first&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overturn rate by trainer&lt;/b&gt; (often overturned: calibrate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overturn rate by question&lt;/b&gt; (often overturned: ambiguous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Disputes&lt;/h3&gt;%1 open · %2 resolved · %3 declined · %4 withdrawn · time to resolution: median %5 days, mean %6 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Disputes can now be opened up to %n day(s) after submission.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::ui::DisputeView</name>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ept for arbitration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;next in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to decline (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dispute %1 — %2&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket &lt;b&gt;%1&lt;/b&gt; %2 · engineer &lt;b&gt;%3&lt;/b&gt; · trainer &lt;b&gt;%4&lt;/b&gt; · opened by %5 on %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · arbiter &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s score: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a critical question failed; %1 before the cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: arbitrated score &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbiter&apos;s summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · evaluation score %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decide %n more question(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: score &lt;b&gt;%2&lt;/b&gt; → &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute %1 accepted for arbitration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute %1 declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbiter assigned to dispute %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute %1 resolved: %2, score %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute %1 withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::DisputesFeature</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oversight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::DisputesPage</name>
    <message>
        <source>Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation to dispute for an engineer of your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute %1 opened; your team lead decides whether it goes to arbitration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · ticket %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disputes here.</source>
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
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to you by the QA admin; due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
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
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me (%1 open, %2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::KpiTableModel</name>
    <message>
        <source>Too few evaluations for a fair KPI (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::MailDeliveryPage</name>
    <message>
        <source>Send the team&apos;s &amp;KPI every Monday (to team leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail delivery per team and person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One message per evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digest collects the day&apos;s evaluations into one message at the chosen hour (this computer&apos;s time). A person&apos;s own choice wins over their team&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at &amp;hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation &amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail choices could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a team or a person above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team %1 (everyone in it without their own choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: the default (one message per evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set: their team&apos;s choice, else one message per evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the default applies again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: their team&apos;s choice (or the default) applies again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; weekly KPI mail: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::MailPage</name>
    <message>
        <source>Server and templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::MailPreferenceModel</name>
    <message>
        <source>One message per evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily digest at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their own choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::MailSettingsPage</name>
    <message>
        <source>Send &amp;test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (only to this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty when the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain; empty keeps the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: where &quot;All my scores&quot; in the mail points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to all scores:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes possible for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me of disputes waiting over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the built-in Russian and English templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy built-in templates there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own templates folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but mail cannot be sent yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data: empty values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation %1 of ticket %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1
Template: %2
Filled with: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own templates folder: name a folder first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 template file(s) copied to %2; edit them and press Preview. Save to use them.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Switch w&amp;orkspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain (%1); QA Desk will ask for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score&amp;cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and roles…</source>
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
    <message>
        <source>&amp;Dispute this score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(trainer: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n evaluation(s) under dispute</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::ui::NotificationsPage</name>
    <message>
        <source>Mark &amp;read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Notifications&lt;/b&gt; — Enter opens the dispute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::OpenDisputeForm</name>
    <message>
        <source>&amp;Open dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dispute the evaluation of ticket %1&lt;/h3&gt;%2 · %3 · trainer %4 · score &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;Tick the questions you disagree with and say why; propose the answer you think right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the answer is wrong (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed answer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already arbitrated; it cannot be disputed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::OutboxModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::OutboxPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention (failed, maybe sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message(s) shown; %2 waiting to be sent, %3 need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3
State: %4, tries: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::PeopleAdminPage</name>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams this trainer may evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team id, e.g. second-line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While no trainer has teams ticked here, every trainer evaluates every team. Once any has, each trainer evaluates only the teams ticked for them. Admins evaluate every team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;People and roles&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::PeopleModel</name>
    <message>
        <source>every team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates</source>
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
    <name>qadesk::ui::QuestionStatsModel</name>
    <message>
        <source>Yes %1, Partly %2, No %3, N/A %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::ScorecardDocument</name>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::ScorecardEditor</name>
    <message>
        <source>&amp;Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any (comma-separated list to limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit for Partly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to reorder, or Ctrl+Up / Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-score a period&apos;s evaluations under this draft before saving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a section or a question to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What trainers should look for (shown next to the question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own credit for Partly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own comment rule; a comment is needed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: failing it caps the whole score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for trainers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit section &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section carries %1 % of the total score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %1 in section &quot;%2&quot; (weight %3): this question carries %4 % of the total score when every question is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card cannot be saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1. Evaluations already made keep their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: this content is version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards (*.json)</source>
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
    <name>qadesk::ui::ScorecardTreeModel</name>
    <message>
        <source>%1 (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section / question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of score</source>
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
    <name>qadesk::ui::ScorecardsPage</name>
    <message>
        <source>teams: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which card a ticket gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number in the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about the cards&apos; applies_to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved. Drop them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved yet; Edit on it goes back to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is offered for new evaluations again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived: no new evaluations use it; its scores stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 · %2 · %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has one version so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different versions to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 (team %2, channel %3) fits no card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 (team %2, channel %3) gets &quot;%4&quot;%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it would also fit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket %1 in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ticket in the workspace fits exactly one best card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::SourceDialog</name>
    <message>
        <source>%1, line %2: expected &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent@helpdesk = engineer@company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group = team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a date such as 2026-10-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: keep the token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: keep reading it from $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all; e.g. solved, closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all; e.g. First line, VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any; a ticket needs one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line: agent@helpdesk.example = engineer@company.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line: Helpdesk group = team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statuses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which tickets to pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents → &amp;engineers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups → tea&amp;ms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents of several sources mapped to one email are one engineer. Unmapped agents keep their own email; unmapped groups are teams of their own. Changes apply to tickets synced from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a source needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved to: is before Solved from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
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
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync of %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; changed. Warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to QA Desk&lt;/h1&gt;&lt;p&gt;Score your support team&apos;s tickets against your scorecards, give engineers their feedback the same day, and export the monthly KPI table.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five scorecards, 21 people and 150 tickets in Russian and English, to try everything without connecting anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace file on this computer for your evaluations, scorecards and KPI tables. You become its QA admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database your QA team shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;New workspace&lt;/h3&gt;&lt;p&gt;One file holds everything: keep it on a backed-up disk. An existing QA Desk file is opened as it is.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Team database&lt;/h3&gt;&lt;p&gt;Your QA admin gives you these details. The password is kept in the system keychain, never in a file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;About you&lt;/h3&gt;&lt;p&gt;Nobody works in this workspace yet. You become its QA admin and a trainer; you add your team afterwards.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zendesk, Freshdesk, Zammad, Omnidesk or Request Tracker: tickets and their conversations come in with every sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to your work; Settings → Sources connects a helpdesk at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your workspace is ready&lt;/h3&gt;&lt;p&gt;Next, connect the helpdesk your team answers tickets in.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA Desk workspace (*.qadesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file: please choose where the workspace is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file: %1 is a folder; add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file: the folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: please enter the database server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: please enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: &quot;%1&quot; is not a server name or address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadesk::ui::WhatIfView</name>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if &quot;%1&quot; were published as it is in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period and re-score its submitted evaluations under the draft. Nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) of this card re-scored. Everyone&apos;s KPI: %1 → %2 (multiplier %3 → %4). Evaluations of other cards count the same before and after.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New in the draft, so unanswered in these evaluations and left out like N/A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed in the draft, so their answers no longer count: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
