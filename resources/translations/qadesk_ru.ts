<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActingPerson</name>
    <message>
        <source>Act as this person (email); their roles decide what is allowed.</source>
        <translation>Действовать от имени этого сотрудника (email); что разрешено, определяют его роли.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>--as: nobody with the email &quot;%1&quot; in this workspace</source>
        <translation>--as: в этом рабочем пространстве нет сотрудника с email «%1»</translation>
    </message>
    <message>
        <source>%1: this workspace has a QA admin; say who imports with --as EMAIL (a QA admin)</source>
        <translation>%1: в этом рабочем пространстве есть QA-администратор; укажите, кто импортирует, через --as EMAIL (QA-администратор)</translation>
    </message>
</context>
<context>
    <name>AnswerSheet</name>
    <message>
        <source>must be an object of criterion id -&gt; answer</source>
        <translation>должно быть объектом вида id критерия -&gt; ответ</translation>
    </message>
    <message>
        <source>must be an object with &quot;value&quot; and optional &quot;comment&quot;</source>
        <translation>должно быть объектом с полем &quot;value&quot; и необязательным полем &quot;comment&quot;</translation>
    </message>
    <message>
        <source>must be one of yes, partly, no, na</source>
        <translation>должно быть одним из значений: yes, partly, no, na</translation>
    </message>
    <message>
        <source>no such criterion in scorecard &quot;%1&quot;</source>
        <translation>такого критерия нет в чек-листе «%1»</translation>
    </message>
    <message>
        <source>N/A is not allowed for this criterion</source>
        <translation>для этого критерия ответ Н/П не допускается</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
</context>
<context>
    <name>AnswerValue</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
</context>
<context>
    <name>AssignmentDraw</name>
    <message>
        <source>seed: not an unsigned 64-bit number</source>
        <translation>seed: не является беззнаковым 64-битным числом</translation>
    </message>
</context>
<context>
    <name>AssignmentService</name>
    <message>
        <source>nobody with the email &quot;%1&quot;</source>
        <translation>нет сотрудника с email «%1»</translation>
    </message>
    <message>
        <source>only an admin may %1; say who is acting (--as EMAIL)</source>
        <translation>только администратор может %1; укажите, от чьего имени выполняется действие (--as EMAIL)</translation>
    </message>
    <message>
        <source>%1 is not an admin: only an admin may %2</source>
        <translation>%1 не является администратором: только администратор может %2</translation>
    </message>
    <message>
        <source>change assignment plans</source>
        <translation>изменять планы заданий</translation>
    </message>
    <message>
        <source>%1 is not a trainer</source>
        <translation>%1 не является тренером</translation>
    </message>
    <message>
        <source>per week: %1 is not between 0 and 500</source>
        <translation>per week: %1 — не в диапазоне от 0 до 500</translation>
    </message>
    <message>
        <source>teams: no team &quot;%1&quot;</source>
        <translation>teams: нет команды «%1»</translation>
    </message>
    <message>
        <source>draw assignments</source>
        <translation>проводить жеребьёвку заданий</translation>
    </message>
    <message>
        <source>week: which week? (like 2026-W47)</source>
        <translation>week: какая неделя? (например, 2026-W47)</translation>
    </message>
    <message>
        <source>trainer: %1 is not a trainer of this workspace</source>
        <translation>trainer: %1 не является тренером этого рабочего пространства</translation>
    </message>
    <message>
        <source>week %1 has been drawn already for %2; reassign or replace single tasks instead</source>
        <translation>жеребьёвка недели %1 для %2 уже проведена; вместо этого передайте или замените отдельные задания</translation>
    </message>
    <message>
        <source>no draw %1</source>
        <translation>нет жеребьёвки %1</translation>
    </message>
    <message>
        <source>reassign tasks</source>
        <translation>передавать задания другим тренерам</translation>
    </message>
    <message>
        <source>reason: say why the task moves to another trainer</source>
        <translation>reason: укажите, почему задание передаётся другому тренеру</translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation>нет задания %1</translation>
    </message>
    <message>
        <source>task %1 is done or replaced already</source>
        <translation>задание %1 уже выполнено или заменено</translation>
    </message>
    <message>
        <source>task %1 is %2&apos;s already</source>
        <translation>задание %1 уже у %2</translation>
    </message>
    <message>
        <source>%1 worked on ticket %2 and cannot evaluate it</source>
        <translation>%1 работал(а) над тикетом %2 и не может его оценивать</translation>
    </message>
    <message>
        <source>replace tasks</source>
        <translation>заменять задания</translation>
    </message>
    <message>
        <source>reason: say why the ticket is replaced</source>
        <translation>reason: укажите, почему тикет заменяется</translation>
    </message>
    <message>
        <source>ticket: no ticket &quot;%1&quot;</source>
        <translation>ticket: нет тикета «%1»</translation>
    </message>
    <message>
        <source>ticket: &quot;%1&quot; exists in several sources; write SOURCE:ID</source>
        <translation>ticket: «%1» есть в нескольких источниках; укажите SOURCE:ID</translation>
    </message>
    <message>
        <source>ticket %1 cannot be assigned: it is not solved, has no engineer, is evaluated already or another task holds it</source>
        <translation>тикет %1 нельзя назначить: он не решён, у него нет инженера, он уже оценён или занят другим заданием</translation>
    </message>
    <message>
        <source>%1 may not evaluate ticket %2</source>
        <translation>%1 не может оценивать тикет %2</translation>
    </message>
    <message>
        <source>no other ticket of %1 fits %2&apos;s plan; name one with --ticket</source>
        <translation>нет другого тикета за %1, подходящего под план %2; укажите тикет через --ticket</translation>
    </message>
    <message>
        <source>trainer: choose the trainer the plan is for</source>
        <translation>trainer: выберите тренера, для которого составляется план</translation>
    </message>
    <message>
        <source>trainer: nobody with the email &quot;%1&quot;</source>
        <translation>trainer: нет сотрудника с адресом «%1»</translation>
    </message>
    <message>
        <source>trainer: %1 is not a trainer</source>
        <translation>trainer: %1 не является тренером</translation>
    </message>
    <message>
        <source>teams: %1 may not evaluate team &quot;%2&quot; (see People and roles)</source>
        <translation>teams: %1 не может оценивать команду «%2» (см. «Сотрудники и роли»)</translation>
    </message>
    <message>
        <source>scorecards: no scorecard &quot;%1&quot;</source>
        <translation>scorecards: нет чек-листа «%1»</translation>
    </message>
    <message>
        <source>tags: an empty tag (two commas in a row?)</source>
        <translation>tags: пустой тег (две запятые подряд?)</translation>
    </message>
    <message>
        <source>channels: an empty channel (two commas in a row?)</source>
        <translation>channels: пустой канал (две запятые подряд?)</translation>
    </message>
</context>
<context>
    <name>AssignmentsCommand</name>
    <message>
        <source>--seed: &quot;%1&quot; is not a number from 0 to 18446744073709551615</source>
        <translation>--seed: «%1» — не число от 0 до 18446744073709551615</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>ЗАДАНИЕ</translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation>НЕДЕЛЯ</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>СРОК</translation>
    </message>
    <message>
        <source>TRAINER</source>
        <translation>ТРЕНЕР</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>ТИКЕТ</translation>
    </message>
    <message>
        <source>ENGINEER</source>
        <translation>ИНЖЕНЕР</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>replaced by %1</source>
        <translation>заменено на %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>к выполнению</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Заданий нет.</translation>
    </message>
    <message>
        <source>draw the week&apos;s tasks from tickets solved the week before</source>
        <translation>провести жеребьёвку заданий на неделю из тикетов, решённых на предыдущей неделе</translation>
    </message>
    <message>
        <source>tasks (--all: with replaced ones)</source>
        <translation>задания (--all: включая заменённые)</translation>
    </message>
    <message>
        <source>assigned / done / overdue per trainer</source>
        <translation>назначено / выполнено / просрочено по тренерам</translation>
    </message>
    <message>
        <source>each trainer&apos;s plan</source>
        <translation>план каждого тренера</translation>
    </message>
    <message>
        <source>set a trainer&apos;s plan</source>
        <translation>задать план тренера</translation>
    </message>
    <message>
        <source>give a task to another trainer</source>
        <translation>передать задание другому тренеру</translation>
    </message>
    <message>
        <source>another ticket for a task (drawn unless named)</source>
        <translation>другой тикет для задания (выбирается жеребьёвкой, если не указан)</translation>
    </message>
    <message>
        <source>re-run a recorded draw and compare</source>
        <translation>повторить записанную жеребьёвку и сравнить результат</translation>
    </message>
    <message>
        <source>An ISO week, like 2026-W47.</source>
        <translation>Неделя ISO, например 2026-W47.</translation>
    </message>
    <message>
        <source>week</source>
        <translation>неделя</translation>
    </message>
    <message>
        <source>The draw&apos;s seed (a random one is chosen and recorded otherwise).</source>
        <translation>Зерно жеребьёвки (если не указано, выбирается и записывается случайное).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Only this trainer.</source>
        <translation>Только этот тренер.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>Show the draw without storing it.</source>
        <translation>Показать результат жеребьёвки, не сохраняя его.</translation>
    </message>
    <message>
        <source>Include replaced tasks.</source>
        <translation>Включить заменённые задания.</translation>
    </message>
    <message>
        <source>Tickets a week (default 10).</source>
        <translation>Тикетов в неделю (по умолчанию 10).</translation>
    </message>
    <message>
        <source>Only these teams (comma-separated).</source>
        <translation>Только эти команды (через запятую).</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>команды</translation>
    </message>
    <message>
        <source>Only tickets with one of these tags.</source>
        <translation>Только тикеты с одним из этих тегов.</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>теги</translation>
    </message>
    <message>
        <source>Only these channels.</source>
        <translation>Только эти каналы.</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>каналы</translation>
    </message>
    <message>
        <source>Only tickets these cards fit best.</source>
        <translation>Только тикеты, которым эти чек-листы подходят лучше всего.</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>чек-листы</translation>
    </message>
    <message>
        <source>The trainer gets no tasks for now.</source>
        <translation>Пока не давать тренеру заданий.</translation>
    </message>
    <message>
        <source>The trainer who takes the task.</source>
        <translation>Тренер, который берёт задание.</translation>
    </message>
    <message>
        <source>Why (kept in the audit log).</source>
        <translation>Причина (сохраняется в журнале аудита).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>The replacement ticket, [SOURCE:]ID.</source>
        <translation>Тикет на замену, [SOURCE:]ID.</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>тикет</translation>
    </message>
    <message>
        <source>assignments needs one of: %1</source>
        <translation>для assignments нужна одна из подкоманд: %1</translation>
    </message>
    <message>
        <source>assignments draw needs --week, like --week 2026-W47</source>
        <translation>для assignments draw нужен параметр --week, например --week 2026-W47</translation>
    </message>
    <message numerus="yes">
        <source>Week %1, seed %2: %n task(s) from %3 ticket(s) solved %4 to %5, due %6.</source>
        <translation>
            <numerusform>Неделя %1, зерно %2: %n задание из тикетов, решённых с %4 по %5 (всего %3); срок — %6.</numerusform>
            <numerusform>Неделя %1, зерно %2: %n задания из тикетов, решённых с %4 по %5 (всего %3); срок — %6.</numerusform>
            <numerusform>Неделя %1, зерно %2: %n заданий из тикетов, решённых с %4 по %5 (всего %3); срок — %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s) short, not enough eligible tickets.</source>
        <translation>
            <numerusform>%1: на %n задание меньше — не хватает подходящих тикетов.</numerusform>
            <numerusform>%1: на %n задания меньше — не хватает подходящих тикетов.</numerusform>
            <numerusform>%1: на %n заданий меньше — не хватает подходящих тикетов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawn already: %1.</source>
        <translation>Жеребьёвка уже проведена: %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing stored.</source>
        <translation>Пробный запуск: ничего не сохранено.</translation>
    </message>
    <message>
        <source>ASSIGNED</source>
        <translation>НАЗНАЧЕНО</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>ВЫПОЛНЕНО</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>PER WEEK</source>
        <translation>В НЕДЕЛЮ</translation>
    </message>
    <message>
        <source>TEAMS</source>
        <translation>КОМАНДЫ</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>ТЕГИ</translation>
    </message>
    <message>
        <source>CHANNELS</source>
        <translation>КАНАЛЫ</translation>
    </message>
    <message>
        <source>SCORECARDS</source>
        <translation>ЧЕК-ЛИСТЫ</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>АКТИВЕН</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No trainers.</source>
        <translation>Тренеров нет.</translation>
    </message>
    <message>
        <source>assignments plan needs the trainer&apos;s email</source>
        <translation>для assignments plan нужен email тренера</translation>
    </message>
    <message>
        <source>--per-week: &quot;%1&quot; is not a number</source>
        <translation>--per-week: «%1» — не число</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %1: %n ticket(s) a week.</source>
        <translation>
            <numerusform>План для %1: %n тикет в неделю.</numerusform>
            <numerusform>План для %1: %n тикета в неделю.</numerusform>
            <numerusform>План для %1: %n тикетов в неделю.</numerusform>
        </translation>
    </message>
    <message>
        <source>assignments verify needs a draw number</source>
        <translation>для assignments verify нужен номер жеребьёвки</translation>
    </message>
    <message numerus="yes">
        <source>Draw %1: re-running it from its recorded seed and inputs gives the same %n ticket(s).</source>
        <translation>
            <numerusform>Жеребьёвка %1: повторный запуск с записанным зерном и входными данными даёт тот же результат — %n тикет.</numerusform>
            <numerusform>Жеребьёвка %1: повторный запуск с записанным зерном и входными данными даёт тот же результат — %n тикета.</numerusform>
            <numerusform>Жеребьёвка %1: повторный запуск с записанным зерном и входными данными даёт тот же результат — %n тикетов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw %1: re-running it gives different tickets than recorded.</source>
        <translation>Жеребьёвка %1: повторный запуск даёт не те тикеты, что записаны.</translation>
    </message>
    <message>
        <source>assignments %1 needs a task number</source>
        <translation>для assignments %1 нужен номер задания</translation>
    </message>
    <message>
        <source>assignments reassign needs --to EMAIL</source>
        <translation>для assignments reassign нужен параметр --to EMAIL</translation>
    </message>
    <message>
        <source>Task %1 is %2&apos;s now.</source>
        <translation>Задание %1 теперь у %2.</translation>
    </message>
    <message>
        <source>Task %1 replaced by task %2 (ticket %3).</source>
        <translation>Задание %1 заменено заданием %2 (тикет %3).</translation>
    </message>
</context>
<context>
    <name>BonusTable</name>
    <message>
        <source>built-in default</source>
        <translation>встроенная по умолчанию</translation>
    </message>
    <message>
        <source>bonus table point %1 &quot;%2&quot;: expected KPI:multiplier, e.g. 80:0.8</source>
        <translation>таблица бонусов, точка %1 «%2»: ожидается KPI:коэффициент, например 80:0.8</translation>
    </message>
    <message>
        <source>bonus table: at least one KPI:multiplier point is needed</source>
        <translation>таблица бонусов: нужна хотя бы одна точка KPI:коэффициент</translation>
    </message>
    <message>
        <source>bonus table point %1: KPI %2 must lie in [0, 100]</source>
        <translation>таблица бонусов, точка %1: KPI %2 должен быть в диапазоне [0, 100]</translation>
    </message>
    <message>
        <source>bonus table point %1: multiplier %2 must lie in [0, 1.2]</source>
        <translation>таблица бонусов, точка %1: коэффициент %2 должен быть в диапазоне [0, 1.2]</translation>
    </message>
    <message>
        <source>bonus table point %1: KPI %2 must be greater than the previous point&apos;s</source>
        <translation>таблица бонусов, точка %1: KPI %2 должен быть больше, чем в предыдущей точке</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Try &apos;qadesk --help&apos;.</source>
        <translation>Справка: &apos;qadesk --help&apos;.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: qadesk [--db URL] [COMMAND ...]

Without a command QA Desk starts its window.

Commands:
</source>
        <translation>Использование: qadesk [--db URL] [COMMAND ...]

Без команды QA Desk открывает своё окно.

Команды:
</translation>
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
        <translation>
Параметры для всех команд:
  --db URL     sqlite:/path/file.qadesk или postgresql://user@host:port/db
               (по умолчанию: $QADESK_DB, иначе демонстрационное рабочее пространство
               в папке данных)
  --json       вывести JSON вместо таблицы
  --version    вывести версию
  -h, --help   эта справка; &apos;qadesk COMMAND --help&apos; — справка по одной команде

Коды выхода: 0 — успех, 2 — неверные входные данные, 1 — любая другая ошибка.
</translation>
    </message>
    <message>
        <source>qadesk: unknown command &quot;%1&quot;</source>
        <translation>qadesk: неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>The workspace database URL.</source>
        <translation>URL базы данных рабочего пространства.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Вывести JSON.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Использование:</translation>
    </message>
    <message>
        <source>qadesk: unknown option &quot;%1&quot;</source>
        <translation>qadesk: неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>qadesk: which command?</source>
        <translation>qadesk: какую команду выполнить?</translation>
    </message>
</context>
<context>
    <name>ConnectorFactory</name>
    <message>
        <source>%1 uses plain HTTP: the API token and the tickets travel unencrypted. Use it only for a helpdesk on a network you trust.</source>
        <translation>%1 использует незащищённый HTTP: API-токен и тикеты передаются без шифрования. Используйте такой адрес только для хелпдеска в доверенной сети.</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; reads its API token from $%2, which is not set</source>
        <translation>источник «%1» берёт API-токен из переменной $%2, но она не задана</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: syncing from %2 is not available yet (available: %3)</source>
        <translation>источник «%1»: синхронизация из %2 пока недоступна (доступно: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a helpdesk address; expected https://your-helpdesk.example</source>
        <translation>«%1» — не адрес хелпдеска; ожидается https://your-helpdesk.example</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; has no API token variable; give it one with &apos;qadesk sources edit %1 --token-env VAR&apos; or store the token in the system keychain with --token-stdin</source>
        <translation>у источника «%1» не задана переменная с API-токеном; задайте её командой &apos;qadesk sources edit %1 --token-env VAR&apos; или сохраните токен в системном хранилище паролей с помощью --token-stdin</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian package %2)</source>
        <translation>драйвер Qt SQL %1 не установлен (пакет Debian %2)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: не удаётся создать папку</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>не удаётся открыть базу данных %1: %2</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>cannot prepare a statement: %1</source>
        <translation>не удаётся подготовить SQL-запрос: %1</translation>
    </message>
    <message>
        <source>an insert returned no id</source>
        <translation>вставка записи не вернула id</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>не удаётся начать транзакцию: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>не удаётся зафиксировать транзакцию: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>database URL &quot;%1&quot;: the SQLite file path is missing</source>
        <translation>URL базы данных «%1»: не указан путь к файлу SQLite</translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: expected postgresql://user@host:port/database</source>
        <translation>URL базы данных «%1»: ожидается postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: the database name is missing</source>
        <translation>URL базы данных «%1»: не указано имя базы данных</translation>
    </message>
    <message>
        <source>database URL &quot;%1&quot;: must start with sqlite: or postgresql://</source>
        <translation>URL базы данных «%1»: должен начинаться с sqlite: или postgresql://</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>demo needs: init</source>
        <translation>для demo нужна подкоманда: init</translation>
    </message>
    <message>
        <source>%1 already holds the demo workspace.</source>
        <translation>%1 уже содержит демонстрационное рабочее пространство.</translation>
    </message>
    <message>
        <source>seed the workspace with the demo data</source>
        <translation>заполнить рабочее пространство демо-данными</translation>
    </message>
    <message>
        <source>Demo workspace ready in %1.</source>
        <translation>Демо-пространство готово: %1.</translation>
    </message>
    <message>
        <source>Scorecards: %1, people: %2, tickets: %3, evaluations: %4.</source>
        <translation>Чек-листов: %1, сотрудников: %2, тикетов: %3, оценок: %4.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>demo resource %1 is missing</source>
        <translation>отсутствует демонстрационный ресурс %1</translation>
    </message>
</context>
<context>
    <name>Dispute</name>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Accepted, waiting for an arbiter</source>
        <translation>Принят, ожидает арбитра</translation>
    </message>
    <message>
        <source>In arbitration</source>
        <translation>На арбитраже</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Оценка оставлена в силе</translation>
    </message>
    <message>
        <source>Partially overturned</source>
        <translation>Оценка частично пересмотрена</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Оценка пересмотрена</translation>
    </message>
</context>
<context>
    <name>DisputeArbitration</name>
    <message>
        <source>%1: not a disputed question of dispute %2</source>
        <translation>%1: не является оспариваемым вопросом спора %2</translation>
    </message>
    <message>
        <source>%1: decided twice</source>
        <translation>%1: решение принято дважды</translation>
    </message>
    <message>
        <source>%1: no decision</source>
        <translation>%1: нет решения</translation>
    </message>
    <message>
        <source>%1: the decision needs a comment</source>
        <translation>%1: решение требует комментария</translation>
    </message>
    <message>
        <source>%1: the engineer proposed no answer to accept</source>
        <translation>%1: инженер не предложил ответа, который можно принять</translation>
    </message>
    <message>
        <source>%1: which answer instead?</source>
        <translation>%1: какой ответ поставить вместо этого?</translation>
    </message>
    <message>
        <source>%1: N/A is not allowed for this question</source>
        <translation>%1: для этого вопроса ответ Н/П не допускается</translation>
    </message>
</context>
<context>
    <name>DisputeService</name>
    <message>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <source>assigned to an arbiter</source>
        <translation>передан арбитру</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решён</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>only a QA admin can change the dispute window</source>
        <translation>изменить срок оспаривания может только QA-администратор</translation>
    </message>
    <message>
        <source>the dispute window must be 1 to 365 days, not %1</source>
        <translation>срок оспаривания должен быть от 1 до 365 дней, а не %1</translation>
    </message>
    <message>
        <source>only %1 or a team lead of theirs can dispute evaluation %2</source>
        <translation>оспорить оценку %2 может только %1 или тимлид этого сотрудника</translation>
    </message>
    <message>
        <source>evaluation %1 is not submitted; only a submitted evaluation can be disputed</source>
        <translation>оценка %1 не отправлена; оспорить можно только отправленную оценку</translation>
    </message>
    <message>
        <source>evaluation %1 is a calibration and does not count; it cannot be disputed</source>
        <translation>оценка %1 — калибровочная и не учитывается; её нельзя оспорить</translation>
    </message>
    <message numerus="yes">
        <source>the %n-day window to dispute evaluation %1 closed on %2</source>
        <translation>
            <numerusform>срок оспаривания оценки %1 (%n день) истёк %2</numerusform>
            <numerusform>срок оспаривания оценки %1 (%n дня) истёк %2</numerusform>
            <numerusform>срок оспаривания оценки %1 (%n дней) истёк %2</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluation %1 already has dispute %2 (%3); wait for it or withdraw it</source>
        <translation>по оценке %1 уже есть спор %2 (%3); дождитесь его решения или отзовите его</translation>
    </message>
    <message>
        <source>no evaluation %1</source>
        <translation>нет оценки %1</translation>
    </message>
    <message>
        <source>no person with id %1</source>
        <translation>нет сотрудника с id %1</translation>
    </message>
    <message>
        <source>a dispute needs at least one question</source>
        <translation>в споре должен быть хотя бы один вопрос</translation>
    </message>
    <message>
        <source>%1: no such question on scorecard %2</source>
        <translation>%1: такого вопроса нет в чек-листе %2</translation>
    </message>
    <message>
        <source>%1: disputed twice</source>
        <translation>%1: оспорен дважды</translation>
    </message>
    <message>
        <source>%1: already arbitrated; it cannot be disputed again</source>
        <translation>%1: уже рассмотрен в арбитраже; оспорить его повторно нельзя</translation>
    </message>
    <message>
        <source>%1: the trainer gave no answer to dispute</source>
        <translation>%1: тренер не дал ответа, который можно оспорить</translation>
    </message>
    <message>
        <source>%1: a reason is required</source>
        <translation>%1: нужно указать причину</translation>
    </message>
    <message>
        <source>%1: the proposed answer is the trainer&apos;s answer (%2)</source>
        <translation>%1: предложенный ответ совпадает с ответом тренера (%2)</translation>
    </message>
    <message>
        <source>%1: N/A is not allowed for this question</source>
        <translation>%1: для этого вопроса ответ Н/П не допускается</translation>
    </message>
    <message>
        <source>dispute %1 vanished</source>
        <translation>спор %1 исчез</translation>
    </message>
    <message>
        <source>no dispute %1</source>
        <translation>нет спора %1</translation>
    </message>
    <message>
        <source>only an open dispute can be %1</source>
        <translation>только открытый спор может быть %1</translation>
    </message>
    <message>
        <source>only an accepted dispute can be assigned to an arbiter</source>
        <translation>передать арбитру можно только принятый спор</translation>
    </message>
    <message>
        <source>only a dispute in arbitration can be resolved</source>
        <translation>решить можно только спор, находящийся на арбитраже</translation>
    </message>
    <message>
        <source>only an open, accepted or in-arbitration dispute can be withdrawn</source>
        <translation>отозвать можно только открытый, принятый или находящийся на арбитраже спор</translation>
    </message>
    <message>
        <source>dispute %1 is %2: %3</source>
        <translation>спор %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 gave the disputed evaluation and cannot triage the dispute about it</source>
        <translation>%1 поставил(а) оспариваемую оценку и не может рассматривать спор по ней</translation>
    </message>
    <message>
        <source>%1 is the engineer of dispute %2 and cannot triage it</source>
        <translation>%1 — инженер в споре %2 и не может его рассматривать</translation>
    </message>
    <message>
        <source>only a team lead of %1 or a QA admin can triage dispute %2</source>
        <translation>рассмотреть спор %2 может только тимлид сотрудника %1 или QA-администратор</translation>
    </message>
    <message>
        <source>only a QA admin assigns arbiters</source>
        <translation>назначать арбитров может только QA-администратор</translation>
    </message>
    <message>
        <source>only %1, the arbiter assigned to dispute %2, can resolve it</source>
        <translation>решить спор %2 может только назначенный на него арбитр (%1)</translation>
    </message>
    <message>
        <source>the arbiter</source>
        <translation>арбитр</translation>
    </message>
    <message>
        <source>only %1, who opened dispute %2, can withdraw it</source>
        <translation>отозвать спор %2 может только его автор — %1</translation>
    </message>
    <message>
        <source>declining a dispute needs a reason</source>
        <translation>для отклонения спора нужно указать причину</translation>
    </message>
    <message>
        <source>%1 is not an arbiter</source>
        <translation>%1 не является арбитром</translation>
    </message>
    <message>
        <source>%1 gave the disputed evaluation and cannot arbitrate it</source>
        <translation>%1 поставил(а) оспариваемую оценку и не может быть арбитром по ней</translation>
    </message>
    <message>
        <source>%1 is the disputing engineer and cannot arbitrate</source>
        <translation>%1 — инженер, открывший спор, и не может быть арбитром</translation>
    </message>
    <message>
        <source>%1 opened the dispute and cannot arbitrate it</source>
        <translation>%1 открыл(а) этот спор и не может быть арбитром по нему</translation>
    </message>
    <message>
        <source>%1 is already the arbiter of dispute %2</source>
        <translation>%1 уже является арбитром спора %2</translation>
    </message>
    <message>
        <source>no arbiter can take dispute %1: the workspace has no arbiter who is neither the trainer, the engineer nor the opener</source>
        <translation>никто не может быть арбитром спора %1: в рабочем пространстве нет арбитра, который не был бы тренером, инженером или автором спора</translation>
    </message>
    <message>
        <source>evaluation %1 was reopened and is not submitted; it cannot be arbitrated now</source>
        <translation>оценка %1 переоткрыта и не отправлена; сейчас по ней нельзя провести арбитраж</translation>
    </message>
    <message>
        <source>dispute %1: %2</source>
        <translation>спор %1: %2</translation>
    </message>
</context>
<context>
    <name>DisputeStore</name>
    <message>
        <source>dispute %1 was changed by someone else meanwhile; look at it again</source>
        <translation>спор %1 тем временем изменил кто-то другой; просмотрите его ещё раз</translation>
    </message>
</context>
<context>
    <name>DisputesCommand</name>
    <message>
        <source>no person with email %1</source>
        <translation>нет сотрудника с email %1</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;</source>
        <translation>%1 должно быть числом, а не «%2»</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an answer (yes, partly, no, na)</source>
        <translation>%1: «%2» — не ответ (yes, partly, no, na)</translation>
    </message>
    <message>
        <source>--%1 must follow the --question it is about</source>
        <translation>--%1 должен следовать за --question, к которому относится</translation>
    </message>
    <message>
        <source>question %1 has two --reason</source>
        <translation>у вопроса %1 два параметра --reason</translation>
    </message>
    <message>
        <source>question %1 has two --proposed</source>
        <translation>у вопроса %1 два параметра --proposed</translation>
    </message>
    <message>
        <source>name the disputed questions with --question ID --reason TEXT</source>
        <translation>укажите оспариваемые вопросы: --question ID --reason TEXT</translation>
    </message>
    <message>
        <source>--%1 takes QUESTION=VALUE, not &quot;%2&quot;</source>
        <translation>--%1 принимает QUESTION=VALUE, а не «%2»</translation>
    </message>
    <message>
        <source>--%1 is given twice for %2</source>
        <translation>--%1 указан дважды для %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a decision (keep, accept, yes, partly, no, na)</source>
        <translation>%1: «%2» — не решение (keep, accept, yes, partly, no, na)</translation>
    </message>
    <message>
        <source>--comment for %1 without a --decision</source>
        <translation>--comment для %1 без --decision</translation>
    </message>
    <message>
        <source>give a --decision QUESTION=keep|accept|ANSWER and a --comment QUESTION=TEXT for every disputed question</source>
        <translation>для каждого оспариваемого вопроса укажите --decision QUESTION=keep|accept|ANSWER и --comment QUESTION=TEXT</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>без балла</translation>
    </message>
    <message>
        <source>Dispute %1 — %2</source>
        <translation>Спор %1 — %2</translation>
    </message>
    <message>
        <source>Evaluation %1 of ticket %2: engineer %3, trainer %4</source>
        <translation>Оценка %1 тикета %2: инженер %3, тренер %4</translation>
    </message>
    <message>
        <source>Opened by %1 on %2</source>
        <translation>Открыл(а) %1, %2</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Отклонён: %1</translation>
    </message>
    <message>
        <source>Arbiter: %1</source>
        <translation>Арбитр: %1</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Балл: %1</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>ВОПРОС</translation>
    </message>
    <message>
        <source>TRAINER</source>
        <translation>ТРЕНЕР</translation>
    </message>
    <message>
        <source>PROPOSED</source>
        <translation>ПРЕДЛОЖЕНО</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>ПРИЧИНА</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>РЕШЕНИЕ</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>КОММЕНТАРИЙ</translation>
    </message>
    <message>
        <source>Arbiter&apos;s summary: %1</source>
        <translation>Итог арбитра: %1</translation>
    </message>
    <message>
        <source>dispute questions of an evaluation (engineer or team lead; --as EMAIL)</source>
        <translation>оспорить вопросы оценки (инженер или тимлид; --as EMAIL)</translation>
    </message>
    <message>
        <source>accept a dispute for arbitration (team lead or admin)</source>
        <translation>принять спор в арбитраж (тимлид или администратор)</translation>
    </message>
    <message>
        <source>decline a dispute (team lead or admin)</source>
        <translation>отклонить спор (тимлид или администратор)</translation>
    </message>
    <message>
        <source>assign an arbiter, or the next in turn (admin)</source>
        <translation>назначить арбитра или следующего по очереди (администратор)</translation>
    </message>
    <message>
        <source>decide each question: D is keep, accept or an answer; [--summary TEXT] (the arbiter; --as EMAIL)</source>
        <translation>вынести решение по каждому вопросу: D — keep, accept или ответ; [--summary TEXT] (арбитр; --as EMAIL)</translation>
    </message>
    <message>
        <source>withdraw a dispute (whoever opened it)</source>
        <translation>отозвать спор (может тот, кто его открыл)</translation>
    </message>
    <message>
        <source>disputes, newest first (those EMAIL may see)</source>
        <translation>споры, сначала новые (те, что доступны EMAIL)</translation>
    </message>
    <message>
        <source>one dispute with its questions and decisions</source>
        <translation>один спор с вопросами и решениями</translation>
    </message>
    <message>
        <source>show or (admin) set the days to open a dispute after submission</source>
        <translation>показать или (администратор) задать, сколько дней после отправки оценки можно открыть спор</translation>
    </message>
    <message>
        <source>The person acting (email).</source>
        <translation>Сотрудник, выполняющий действие (email).</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>A disputed question&apos;s id (repeatable; --reason and --proposed follow it).</source>
        <translation>id оспариваемого вопроса (можно повторять; за ним следуют --reason и --proposed).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Why the question is disputed, or why the dispute is declined.</source>
        <translation>Почему вопрос оспаривается или почему спор отклонён.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>The answer the engineer thinks right: yes, partly, no or na.</source>
        <translation>Ответ, который инженер считает верным: yes, partly, no или na.</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>The arbiter to assign (email).</source>
        <translation>Назначаемый арбитр (email).</translation>
    </message>
    <message>
        <source>Assign the next arbiter in turn.</source>
        <translation>Назначить следующего по очереди арбитра.</translation>
    </message>
    <message>
        <source>QUESTION=keep, accept (the proposal) or an answer (repeatable).</source>
        <translation>QUESTION=keep, accept (принять предложение) или ответ (можно повторять).</translation>
    </message>
    <message>
        <source>id=decision</source>
        <translation>id=решение</translation>
    </message>
    <message>
        <source>QUESTION=the arbiter&apos;s comment (required per question).</source>
        <translation>QUESTION=комментарий арбитра (обязателен для каждого вопроса).</translation>
    </message>
    <message>
        <source>id=text</source>
        <translation>id=текст</translation>
    </message>
    <message>
        <source>The arbiter&apos;s overall comment.</source>
        <translation>Общий комментарий арбитра.</translation>
    </message>
    <message>
        <source>List only disputes in this status (open, accepted, in_arbitration, resolved, declined, withdrawn, active).</source>
        <translation>Показать только споры в этом статусе (open, accepted, in_arbitration, resolved, declined, withdrawn, active).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>disputes needs one of: %1</source>
        <translation>для disputes нужна одна из подкоманд: %1</translation>
    </message>
    <message>
        <source>disputes %1 needs exactly one %2</source>
        <translation>для disputes %1 нужен ровно один аргумент: %2</translation>
    </message>
    <message>
        <source>evaluation id</source>
        <translation>id оценки</translation>
    </message>
    <message>
        <source>dispute id</source>
        <translation>id спора</translation>
    </message>
    <message>
        <source>too many arguments for disputes %1</source>
        <translation>слишком много аргументов для disputes %1</translation>
    </message>
    <message>
        <source>say who is acting with --as EMAIL</source>
        <translation>укажите, от чьего имени действовать: --as EMAIL</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not a dispute status</source>
        <translation>--status: «%1» — не статус спора</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OPENED</source>
        <translation>ОТКРЫТ</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>ТИКЕТ</translation>
    </message>
    <message>
        <source>ENGINEER</source>
        <translation>ИНЖЕНЕР</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>QUESTIONS</source>
        <translation>ВОПРОСЫ</translation>
    </message>
    <message>
        <source>ARBITER</source>
        <translation>АРБИТР</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>БАЛЛ</translation>
    </message>
    <message>
        <source>No disputes.</source>
        <translation>Споров нет.</translation>
    </message>
    <message>
        <source>DAYS must be a number, not &quot;%1&quot;</source>
        <translation>DAYS должно быть числом, а не «%1»</translation>
    </message>
    <message numerus="yes">
        <source>A dispute can be opened up to %n day(s) after the evaluation&apos;s submission.</source>
        <translation>
            <numerusform>Спор можно открыть в течение %n дня после отправки оценки.</numerusform>
            <numerusform>Спор можно открыть в течение %n дней после отправки оценки.</numerusform>
            <numerusform>Спор можно открыть в течение %n дней после отправки оценки.</numerusform>
        </translation>
    </message>
    <message>
        <source>EVALUATION</source>
        <translation>ОЦЕНКА</translation>
    </message>
    <message>
        <source>DISPUTE</source>
        <translation>СПОР</translation>
    </message>
    <message>
        <source>%1 may not see dispute %2</source>
        <translation>%1 не может просматривать спор %2</translation>
    </message>
    <message>
        <source>give either --arbiter EMAIL or --auto</source>
        <translation>укажите либо --arbiter EMAIL, либо --auto</translation>
    </message>
    <message>
        <source>--arbiter needs an email</source>
        <translation>для --arbiter нужен email</translation>
    </message>
</context>
<context>
    <name>EvaluationDraftStore</name>
    <message>
        <source>evaluation %1 has no draft</source>
        <translation>у оценки %1 нет черновика</translation>
    </message>
    <message>
        <source>this draft was changed elsewhere (another window or person) since it was opened; reload it to see the newer version</source>
        <translation>с момента открытия этот черновик был изменён в другом месте (в другом окне или другим человеком); перезагрузите его, чтобы увидеть новую версию</translation>
    </message>
    <message>
        <source>this draft was changed elsewhere since it was opened; reload it before submitting</source>
        <translation>с момента открытия этот черновик был изменён в другом месте; перезагрузите его перед отправкой</translation>
    </message>
    <message>
        <source>evaluation %1 is not submitted</source>
        <translation>оценка %1 не отправлена</translation>
    </message>
</context>
<context>
    <name>EvaluationImporter</name>
    <message>
        <source>must be an email address</source>
        <translation>должно быть адресом электронной почты</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>must be an ISO-8601 time such as 2026-10-01T09:30:00Z</source>
        <translation>должно быть временем в формате ISO-8601, например 2026-10-01T09:30:00Z</translation>
    </message>
    <message>
        <source>must be &quot;normal&quot; or &quot;calibration&quot;</source>
        <translation>должно быть &quot;normal&quot; или &quot;calibration&quot;</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <source>no scorecard &quot;%1&quot; in this workspace (import it first)</source>
        <translation>в этом рабочем пространстве нет чек-листа «%1» (сначала импортируйте его)</translation>
    </message>
    <message>
        <source>no answer for %1</source>
        <translation>нет ответа: %1</translation>
    </message>
    <message>
        <source>no comment for %1</source>
        <translation>нет комментария: %1</translation>
    </message>
    <message>
        <source>incomplete under scorecard &quot;%1&quot;: %2 (use --allow-incomplete to import it flagged)</source>
        <translation>оценка по чек-листу «%1» неполная: %2 (чтобы импортировать её с пометкой «неполная», используйте --allow-incomplete)</translation>
    </message>
    <message>
        <source>the same evaluation appears twice in the file</source>
        <translation>одна и та же оценка встречается в файле дважды</translation>
    </message>
    <message>
        <source>already imported (same ticket, trainer and submission time)</source>
        <translation>уже импортирована (тот же тикет, тренер и время отправки)</translation>
    </message>
    <message>
        <source>the trainer and the engineer must be different people</source>
        <translation>тренер и инженер должны быть разными людьми</translation>
    </message>
    <message>
        <source>%1 is not a QA admin and cannot import evaluations</source>
        <translation>%1 не является QA-администратором и не может импортировать оценки</translation>
    </message>
</context>
<context>
    <name>EvaluationService</name>
    <message>
        <source>no person with id %1</source>
        <translation>нет сотрудника с id %1</translation>
    </message>
    <message>
        <source>%1 is not a trainer and cannot evaluate tickets</source>
        <translation>%1 не является тренером и не может оценивать тикеты</translation>
    </message>
    <message>
        <source>no ticket with id %1</source>
        <translation>нет тикета с id %1</translation>
    </message>
    <message>
        <source>ticket %1 has no engineer to evaluate</source>
        <translation>у тикета %1 нет инженера, которого можно оценить</translation>
    </message>
    <message>
        <source>%1 worked on ticket %2 and cannot evaluate it</source>
        <translation>%1 работал(а) над тикетом %2 и не может его оценивать</translation>
    </message>
    <message>
        <source>ticket %1 has already been evaluated by %2</source>
        <translation>тикет %1 уже оценил(а) %2</translation>
    </message>
    <message>
        <source>no evaluation %1</source>
        <translation>нет оценки %1</translation>
    </message>
    <message>
        <source>evaluation %1 is submitted and locked; it changes only through arbitration or an admin&apos;s reopen</source>
        <translation>оценка %1 отправлена и заблокирована; изменить её можно только через арбитраж или после переоткрытия администратором</translation>
    </message>
    <message>
        <source>only %1, who started this evaluation, can change it</source>
        <translation>изменять эту оценку может только её автор — %1</translation>
    </message>
    <message>
        <source>no answer for: %1</source>
        <translation>нет ответа: %1</translation>
    </message>
    <message>
        <source>no comment for: %1</source>
        <translation>нет комментария: %1</translation>
    </message>
    <message>
        <source>the evaluation is not complete: %1</source>
        <translation>оценка не завершена: %1</translation>
    </message>
    <message>
        <source>only a QA admin can reopen a submitted evaluation</source>
        <translation>переоткрыть отправленную оценку может только QA-администратор</translation>
    </message>
    <message>
        <source>reopening an evaluation needs a reason</source>
        <translation>для переоткрытия оценки нужно указать причину</translation>
    </message>
    <message>
        <source>evaluation %1 has an open dispute; it can be reopened once the dispute is resolved, declined or withdrawn</source>
        <translation>по оценке %1 есть открытый спор; её можно будет переоткрыть, когда спор будет решён, отклонён или отозван</translation>
    </message>
</context>
<context>
    <name>EvaluationsCommand</name>
    <message>
        <source>Import evaluations that miss answers or comments, flagged as incomplete.</source>
        <translation>Импортировать оценки, в которых не хватает ответов или комментариев, с пометкой «неполная».</translation>
    </message>
    <message>
        <source>evaluations import needs exactly one file</source>
        <translation>для evaluations import нужен ровно один файл</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) not in the workspace yet were created as stubs; a sync fills them in.</source>
        <translation>
            <numerusform>%n тикет, которого ещё не было в рабочем пространстве, создан как заготовка; синхронизация заполнит его.</numerusform>
            <numerusform>%n тикета, которых ещё не было в рабочем пространстве, созданы как заготовки; синхронизация заполнит их.</numerusform>
            <numerusform>%n тикетов, которых ещё не было в рабочем пространстве, созданы как заготовки; синхронизация заполнит их.</numerusform>
        </translation>
    </message>
    <message>
        <source>evaluations list takes no arguments</source>
        <translation>evaluations list не принимает аргументов</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SUBMITTED</source>
        <translation>ОТПРАВЛЕНА</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>ТИКЕТ</translation>
    </message>
    <message>
        <source>ENGINEER</source>
        <translation>ИНЖЕНЕР</translation>
    </message>
    <message>
        <source>TRAINER</source>
        <translation>ТРЕНЕР</translation>
    </message>
    <message>
        <source>SCORECARD</source>
        <translation>ЧЕК-ЛИСТ</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>БАЛЛ</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>ПРИМЕЧАНИЕ</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>калибровка</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>неполная</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>без балла</translation>
    </message>
    <message>
        <source>No evaluations yet.</source>
        <translation>Оценок пока нет.</translation>
    </message>
    <message>
        <source>evaluations needs one of: import, list</source>
        <translation>для evaluations нужна одна из подкоманд: import, list</translation>
    </message>
    <message>
        <source>every evaluation, newest first</source>
        <translation>все оценки, сначала новые</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n evaluation(s).</source>
        <translation>
            <numerusform>Импортирована %n оценка.</numerusform>
            <numerusform>Импортировано %n оценки.</numerusform>
            <numerusform>Импортировано %n оценок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them flagged incomplete.</source>
        <translation>
            <numerusform>%n из них помечена как неполная.</numerusform>
            <numerusform>%n из них помечены как неполные.</numerusform>
            <numerusform>%n из них помечены как неполные.</numerusform>
        </translation>
    </message>
    <message>
        <source>critical question failed (%1 before the cap)</source>
        <translation>провален критичный вопрос (%1 до обнуления)</translation>
    </message>
    <message>
        <source>import qadesk.evaluations/1, all or nothing (--as a QA admin once the workspace has one)</source>
        <translation>импорт qadesk.evaluations/1, всё или ничего (--as QA-администратор, когда он есть в рабочем пространстве)</translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: файл не найден</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: это папка, а не файл</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: не удаётся прочитать: %2</translation>
    </message>
</context>
<context>
    <name>FreshdeskMapping</name>
    <message>
        <source>must be an ISO-8601 time</source>
        <translation>должно быть временем в формате ISO-8601</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>The workspace database URL.</source>
        <translation>URL базы данных рабочего пространства.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the workspace is open, then quit.</source>
        <translation>Сохранить снимок окна после открытия рабочего пространства и завершить работу.</translation>
    </message>
    <message>
        <source>Work as this person (email) instead of asking.</source>
        <translation>Работать от имени этого сотрудника (email), не спрашивая при запуске.</translation>
    </message>
</context>
<context>
    <name>IsoWeek</name>
    <message>
        <source>week: &quot;%1&quot; is not an ISO week like 2026-W47</source>
        <translation>week: «%1» — не неделя ISO вида 2026-W47</translation>
    </message>
    <message>
        <source>week: %1 has no week %2</source>
        <translation>week: в %1 году нет недели %2</translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>должно быть строкой</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не должно быть пустым</translation>
    </message>
    <message>
        <source>must match [a-z0-9][a-z0-9._-]*</source>
        <translation>должно соответствовать [a-z0-9][a-z0-9._-]*</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>должно быть конечным числом</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>должно быть массивом</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>должно быть непустой строкой</translation>
    </message>
    <message>
        <source>duplicate value &quot;%1&quot;</source>
        <translation>повторяющееся значение «%1»</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>документ должен быть JSON-объектом</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>должно быть &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>KpiAdministration</name>
    <message>
        <source>only a QA admin may %1; %2 is not one</source>
        <translation>только QA-администратор может %1; %2 им не является</translation>
    </message>
    <message>
        <source>month &quot;%1&quot;: expected yyyy-MM, e.g. 2026-10</source>
        <translation>месяц «%1»: ожидается формат yyyy-MM, например 2026-10</translation>
    </message>
    <message>
        <source>change the bonus multiplier table</source>
        <translation>изменить таблицу бонусных коэффициентов</translation>
    </message>
    <message>
        <source>close a month</source>
        <translation>закрыть месяц</translation>
    </message>
    <message>
        <source>%1 is already closed (by %2); reopen it first</source>
        <translation>%1 уже закрыт (закрыл(а) %2); сначала переоткройте его</translation>
    </message>
    <message>
        <source>reopen a closed month</source>
        <translation>переоткрыть закрытый месяц</translation>
    </message>
    <message>
        <source>reason: reopening a closed month needs a reason</source>
        <translation>reason: для переоткрытия закрытого месяца нужно указать причину</translation>
    </message>
    <message>
        <source>%1 is not closed</source>
        <translation>%1 не закрыт</translation>
    </message>
</context>
<context>
    <name>KpiCommand</name>
    <message>
        <source>--as EMAIL: say who is acting (a QA admin)</source>
        <translation>--as EMAIL: укажите, кто выполняет действие (QA-администратор)</translation>
    </message>
    <message>
        <source>--as: nobody in the workspace has the email %1</source>
        <translation>--as: в рабочем пространстве нет никого с адресом %1</translation>
    </message>
    <message>
        <source>the KPI table of a period (a closed month: its snapshot)</source>
        <translation>таблица KPI за период (для закрытого месяца — его снимок)</translation>
    </message>
    <message>
        <source>freeze a month&apos;s KPI tables (QA admin)</source>
        <translation>зафиксировать таблицы KPI за месяц (QA-администратор)</translation>
    </message>
    <message>
        <source>reopen a closed month (QA admin)</source>
        <translation>переоткрыть закрытый месяц (QA-администратор)</translation>
    </message>
    <message>
        <source>show or change the KPI -&gt; bonus multiplier table</source>
        <translation>показать или изменить таблицу KPI -&gt; бонусный коэффициент</translation>
    </message>
    <message>
        <source>First day of the period (yyyy-MM-dd).</source>
        <translation>Первый день периода (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>Last day of the period, included (yyyy-MM-dd).</source>
        <translation>Последний день периода включительно (yyyy-MM-dd).</translation>
    </message>
    <message>
        <source>Rows per engineer (default), team, scorecard or trainer.</source>
        <translation>Строки по инженерам (по умолчанию), командам, чек-листам или тренерам.</translation>
    </message>
    <message>
        <source>grouping</source>
        <translation>группировка</translation>
    </message>
    <message>
        <source>table (default), json, csv, xlsx or pdf.</source>
        <translation>table (по умолчанию), json, csv, xlsx или pdf.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>Put evaluations in the period by their submission time (submitted, default) or their ticket&apos;s solved time (solved).</source>
        <translation>Относить оценки к периоду по времени отправки (submitted, по умолчанию) или по времени решения тикета (solved).</translation>
    </message>
    <message>
        <source>basis</source>
        <translation>основа</translation>
    </message>
    <message>
        <source>Evaluations a month an engineer needs for a fair KPI (default 4).</source>
        <translation>Сколько оценок в месяц нужно инженеру для объективного KPI (по умолчанию 4).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Start CSV with a UTF-8 byte order mark (for Excel).</source>
        <translation>Начинать CSV с метки порядка байтов UTF-8 (для Excel).</translation>
    </message>
    <message>
        <source>Compute from the evaluations even for a closed month.</source>
        <translation>Считать по оценкам даже для закрытого месяца.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Записать в этот файл вместо стандартного вывода.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The acting person&apos;s email.</source>
        <translation>Email сотрудника, выполняющего действие.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>Why a closed month is reopened or the bonus table changed.</source>
        <translation>Причина переоткрытия закрытого месяца или изменения таблицы бонусов.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>kpi: unknown action &quot;%1&quot;</source>
        <translation>kpi: неизвестное действие «%1»</translation>
    </message>
    <message>
        <source>--from: expected a day as yyyy-MM-dd, got &quot;%1&quot;</source>
        <translation>--from: ожидается день в формате yyyy-MM-dd, получено «%1»</translation>
    </message>
    <message>
        <source>--to: expected a day as yyyy-MM-dd, got &quot;%1&quot;</source>
        <translation>--to: ожидается день в формате yyyy-MM-dd, получено «%1»</translation>
    </message>
    <message>
        <source>--to: the last day is before the first</source>
        <translation>--to: последний день раньше первого</translation>
    </message>
    <message>
        <source>--by: expected engineer, team, scorecard or trainer, got &quot;%1&quot;</source>
        <translation>--by: ожидается engineer, team, scorecard или trainer, получено «%1»</translation>
    </message>
    <message>
        <source>--basis: expected submitted or solved, got &quot;%1&quot;</source>
        <translation>--basis: ожидается submitted или solved, получено «%1»</translation>
    </message>
    <message>
        <source>--min-evaluations: expected a whole number ≥ 0</source>
        <translation>--min-evaluations: ожидается целое число ≥ 0</translation>
    </message>
    <message>
        <source>--format: expected table, json, csv, xlsx or pdf, got &quot;%1&quot;</source>
        <translation>--format: ожидается table, json, csv, xlsx или pdf, получено «%1»</translation>
    </message>
    <message>
        <source>--format %1 writes a file: give it with -o FILE</source>
        <translation>--format %1 записывает файл: укажите его через -o FILE</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Записано: %1 (%2).</translation>
    </message>
    <message>
        <source>Evals</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <source>Crit</source>
        <translation>Крит.</translation>
    </message>
    <message>
        <source>Open disp.</source>
        <translation>Откр. споры</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Коэфф.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>KPI %1</source>
        <translation>KPI %1</translation>
    </message>
    <message>
        <source>Nobody to list.</source>
        <translation>Список пуст.</translation>
    </message>
    <message>
        <source>All: %1 evaluations, KPI %2. * fewer than %3 evaluations.</source>
        <translation>Всего: оценок — %1, KPI %2. * — меньше %3 оценок.</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: не удаётся записать файл: %2</translation>
    </message>
    <message>
        <source>kpi %1 needs the month, e.g. 2026-10</source>
        <translation>для kpi %1 нужен месяц, например 2026-10</translation>
    </message>
    <message>
        <source>--basis: expected submitted or solved</source>
        <translation>--basis: ожидается submitted или solved</translation>
    </message>
    <message>
        <source>Closed %1: snapshot #%2.</source>
        <translation>Месяц %1 закрыт: снимок №%2.</translation>
    </message>
    <message>
        <source>Reopened %1.</source>
        <translation>Месяц %1 переоткрыт.</translation>
    </message>
    <message>
        <source>kpi bonus-table set needs the points, e.g. &quot;0:0, 70:0, 80:0.8, 90:1, 100:1.2&quot;</source>
        <translation>для kpi bonus-table set нужны точки, например &quot;0:0, 70:0, 80:0.8, 90:1, 100:1.2&quot;</translation>
    </message>
    <message>
        <source>Bonus table version %1: %2</source>
        <translation>Таблица бонусов, версия %1: %2</translation>
    </message>
    <message>
        <source>kpi bonus-table takes no arguments, or set POINTS</source>
        <translation>kpi bonus-table не принимает аргументов, кроме set POINTS</translation>
    </message>
    <message>
        <source>Version %1 by %2: %3</source>
        <translation>Версия %1, автор %2: %3</translation>
    </message>
    <message>
        <source>Default table: %1</source>
        <translation>Таблица по умолчанию: %1</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
<context>
    <name>KpiExportData</name>
    <message>
        <source>%1 – %2 (%3, by %4)</source>
        <translation>%1 – %2 (%3, группировка: %4)</translation>
    </message>
    <message>
        <source>ticket solved time</source>
        <translation>время решения тикета</translation>
    </message>
    <message>
        <source>submission time</source>
        <translation>время отправки</translation>
    </message>
    <message>
        <source>bonus table version %1 (%2)</source>
        <translation>таблица бонусов версии %1 (%2)</translation>
    </message>
    <message>
        <source>the default bonus table</source>
        <translation>таблица бонусов по умолчанию</translation>
    </message>
    <message>
        <source>Closed month %1: snapshot #%2 of %3 by %4; %5</source>
        <translation>Закрытый месяц %1: снимок №%2 от %3, автор %4; %5</translation>
    </message>
    <message>
        <source>Live figures computed %1; %2</source>
        <translation>Текущие данные, рассчитаны %1; %2</translation>
    </message>
</context>
<context>
    <name>KpiPdfExport</name>
    <message>
        <source>PDF export needs the graphical application object</source>
        <translation>для экспорта в PDF нужен объект графического приложения</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: не удаётся записать файл: %2</translation>
    </message>
    <message>
        <source>QA Desk KPI report %1</source>
        <translation>Отчёт QA Desk по KPI %1</translation>
    </message>
    <message>
        <source>KPI report</source>
        <translation>Отчёт по KPI</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>%1 evaluations, KPI %2 (previous period %3), %4 critical fails, %5 open and %6 overturned disputes; %7 engineers below %8 evaluations.</source>
        <translation>Оценок: %1, KPI %2 (в прошлом периоде %3), провалов критических вопросов: %4, споров открыто: %5, с пересмотром оценки: %6; инженеров с числом оценок меньше %8: %7.</translation>
    </message>
    <message>
        <source>KPI by %1</source>
        <translation>KPI в разрезе: %1</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критические</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Споры</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Коэффициент</translation>
    </message>
    <message numerus="yes">
        <source>* fewer than %n evaluation(s): the KPI is not a fair number yet.</source>
        <translation>
            <numerusform>* меньше %n оценки: KPI пока не показателен.</numerusform>
            <numerusform>* меньше %n оценок: KPI пока не показателен.</numerusform>
            <numerusform>* меньше %n оценок: KPI пока не показателен.</numerusform>
        </translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>Распределение баллов</translation>
    </message>
    <message>
        <source>KPI trend</source>
        <translation>Динамика KPI</translation>
    </message>
    <message>
        <source>Top failing questions</source>
        <translation>Чаще всего проваливаемые вопросы</translation>
    </message>
    <message>
        <source>No question was answered No or Partly in this period.</source>
        <translation>В этом периоде ни на один вопрос не ответили «Нет» или «Частично».</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Открытые споры</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Тикет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>No dispute of this period is open.</source>
        <translation>Открытых споров за этот период нет.</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Average given</source>
        <translation>Средний выставленный балл</translation>
    </message>
    <message>
        <source>Others&apos; average</source>
        <translation>Средний балл у других тренеров</translation>
    </message>
    <message>
        <source>Tasks: assignments due in the period; done: the trainer has evaluated the ticket.</source>
        <translation>Задания: задания со сроком в этом периоде; выполнено: тренер оценил тикет.</translation>
    </message>
</context>
<context>
    <name>KpiPeriodPreset</name>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Произвольный период…</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
</context>
<context>
    <name>KpiReportBuilder</name>
    <message>
        <source>the period must have a start and an end day, the end not before the start</source>
        <translation>у периода должны быть начальный и конечный день, причём конец не раньше начала</translation>
    </message>
    <message>
        <source>All evaluations</source>
        <translation>Все оценки</translation>
    </message>
</context>
<context>
    <name>KpiXlsxExport</name>
    <message>
        <source>%1: cannot create the workbook</source>
        <translation>%1: не удаётся создать рабочую книгу</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>QA Desk KPI report</source>
        <translation>Отчёт QA Desk по KPI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Bonus table</source>
        <translation>Таблица бонусов</translation>
    </message>
    <message>
        <source>Fair KPI needs</source>
        <translation>Для объективного KPI нужно</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) in the period</source>
        <translation>
            <numerusform>%n оценка за период</numerusform>
            <numerusform>%n оценки за период</numerusform>
            <numerusform>%n оценок за период</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI by %1</source>
        <translation>KPI (%1)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Critical fails</source>
        <translation>Провалы критических вопросов</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Открытые споры</translation>
    </message>
    <message>
        <source>Overturned disputes</source>
        <translation>Удовлетворённые споры</translation>
    </message>
    <message>
        <source>Previous KPI</source>
        <translation>Предыдущий KPI</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Bonus multiplier</source>
        <translation>Бонусный коэффициент</translation>
    </message>
    <message>
        <source>Too few evaluations</source>
        <translation>Слишком мало оценок</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <source>No share</source>
        <translation>Доля «Нет»</translation>
    </message>
    <message>
        <source>Partly share</source>
        <translation>Доля «Частично»</translation>
    </message>
    <message>
        <source>N/A share</source>
        <translation>Доля «Н/П»</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Тикет</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>Отправлена (UTC)</translation>
    </message>
    <message>
        <source>Solved (UTC)</source>
        <translation>Решён (UTC)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Uncapped</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>Critical fail</source>
        <translation>Провал критического вопроса</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>%1 comment</source>
        <translation>Комментарий к %1</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Споры</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Спор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Арбитр</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Открыт (UTC)</translation>
    </message>
    <message>
        <source>Resolved (UTC)</source>
        <translation>Решён (UTC)</translation>
    </message>
    <message>
        <source>Original score</source>
        <translation>Исходный балл</translation>
    </message>
    <message>
        <source>Resolved score</source>
        <translation>Балл после арбитража</translation>
    </message>
    <message>
        <source>Score now</source>
        <translation>Текущий балл</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: не удаётся записать рабочую книгу: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1: не удаётся записать файл</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Evaluations done</source>
        <translation>Выполнено оценок</translation>
    </message>
    <message>
        <source>Tasks assigned</source>
        <translation>Назначено заданий</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Выполнено заданий</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Просрочено заданий</translation>
    </message>
    <message>
        <source>Average score given</source>
        <translation>Средний выставленный балл</translation>
    </message>
    <message>
        <source>Others on the same teams</source>
        <translation>Остальные в тех же командах</translation>
    </message>
    <message>
        <source>Their evaluations</source>
        <translation>Их оценки</translation>
    </message>
</context>
<context>
    <name>MailCommand</name>
    <message>
        <source>--as: name the QA admin acting (an email)</source>
        <translation>--as: укажите QA-администратора, от чьего имени выполняется действие (email)</translation>
    </message>
    <message>
        <source>--as: no person %1</source>
        <translation>--as: нет сотрудника %1</translation>
    </message>
    <message>
        <source>print the message the engineer gets for an evaluation</source>
        <translation>вывести письмо, которое инженер получает по оценке</translation>
    </message>
    <message>
        <source>send the queued mail that is due (for a scheduled job)</source>
        <translation>отправить письма из очереди, срок отправки которых наступил (для запуска по расписанию)</translation>
    </message>
    <message>
        <source>the outbox: queued, failed and sent messages (QA admin)</source>
        <translation>очередь исходящих: письма в очереди, неотправленные и отправленные (QA-администратор)</translation>
    </message>
    <message>
        <source>send a failed message again, or drop a queued one (QA admin)</source>
        <translation>повторно отправить неотправленное письмо или отменить письмо из очереди (QA-администратор)</translation>
    </message>
    <message>
        <source>The acting person (email).</source>
        <translation>Сотрудник, от чьего имени выполняется действие (email).</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>Print the message as it goes over SMTP.</source>
        <translation>Вывести письмо в том виде, в каком оно передаётся по SMTP.</translation>
    </message>
    <message>
        <source>Only messages in this state (queued, sending, sent, failed, uncertain, cancelled, held, digested).</source>
        <translation>Только письма в этом состоянии (queued, sending, sent, failed, uncertain, cancelled, held, digested).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>The person whose mail preference changes.</source>
        <translation>Сотрудник, чьи настройки почты меняются.</translation>
    </message>
    <message>
        <source>The team whose mail preference changes.</source>
        <translation>Команда, чьи настройки почты меняются.</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>slug</translation>
    </message>
    <message>
        <source>The digest hour, 0-23 (local time; default 17).</source>
        <translation>Час отправки сводки, 0-23 (местное время; по умолчанию 17).</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>час</translation>
    </message>
    <message>
        <source>One message per evaluation again (no digest).</source>
        <translation>Снова одно письмо на каждую оценку (без сводки).</translation>
    </message>
    <message>
        <source>A team lead also gets the team&apos;s KPI every Monday.</source>
        <translation>Тимлид также получает KPI команды каждый понедельник.</translation>
    </message>
    <message>
        <source>The environment variable with the SMTP password (default: the one named in the mail settings).</source>
        <translation>Переменная окружения с паролем SMTP (по умолчанию — указанная в настройках почты).</translation>
    </message>
    <message>
        <source>var</source>
        <translation>переменная</translation>
    </message>
    <message>
        <source>mail needs one of: preview, send-pending, list, retry, cancel</source>
        <translation>для mail нужна одна из подкоманд: preview, send-pending, list, retry, cancel</translation>
    </message>
    <message>
        <source>mail preview needs one evaluation id</source>
        <translation>для mail preview нужен один id оценки</translation>
    </message>
    <message>
        <source>EVALUATION: expected an evaluation id, not &quot;%1&quot;</source>
        <translation>EVALUATION: ожидается id оценки, а не «%1»</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>Кому: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>mail list takes options only</source>
        <translation>mail list принимает только параметры</translation>
    </message>
    <message>
        <source>--status: unknown state &quot;%1&quot;</source>
        <translation>--status: неизвестное состояние «%1»</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>QUEUED</source>
        <translation>В ОЧЕРЕДИ С</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>КОМУ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>TRIES</source>
        <translation>ПОПЫТКИ</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ТЕМА</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>ПОСЛЕДНЯЯ ОШИБКА</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Очередь исходящих пуста.</translation>
    </message>
    <message>
        <source>mail %1 needs one message id</source>
        <translation>для mail %1 нужен один id письма</translation>
    </message>
    <message>
        <source>ID: expected a message id, not &quot;%1&quot;</source>
        <translation>ID: ожидается id письма, а не «%1»</translation>
    </message>
    <message>
        <source>Message %1 is queued again.</source>
        <translation>Письмо %1 снова поставлено в очередь.</translation>
    </message>
    <message>
        <source>Message %1 is cancelled.</source>
        <translation>Письмо %1 отменено.</translation>
    </message>
    <message>
        <source>mail send-pending takes options only</source>
        <translation>mail send-pending принимает только параметры</translation>
    </message>
    <message>
        <source>no SMTP password: set %1 or store it in Settings -&gt; Mail (%2)</source>
        <translation>нет пароля SMTP: задайте %1 или сохраните его в разделе Настройки -&gt; Почта (%2)</translation>
    </message>
    <message>
        <source>sent %1 to %2</source>
        <translation>отправлено письмо %1 на %2</translation>
    </message>
    <message>
        <source>message %1 to %2: %3</source>
        <translation>письмо %1 на %2: %3</translation>
    </message>
    <message>
        <source>Sent %1, to retry later %2, failed %3.</source>
        <translation>Отправлено: %1, повторить позже: %2, не отправлено: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were being sent when a sender stopped; see &apos;qadesk mail list --status uncertain&apos;.</source>
        <translation>
            <numerusform>%n письмо отправлялось, когда отправитель остановился; см. &apos;qadesk mail list --status uncertain&apos;.</numerusform>
            <numerusform>%n письма отправлялись, когда отправитель остановился; см. &apos;qadesk mail list --status uncertain&apos;.</numerusform>
            <numerusform>%n писем отправлялись, когда отправитель остановился; см. &apos;qadesk mail list --status uncertain&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>mail digest takes options only</source>
        <translation>mail digest принимает только параметры</translation>
    </message>
    <message>
        <source>mail digest needs either --person EMAIL or --team SLUG</source>
        <translation>для mail digest нужен либо --person EMAIL, либо --team SLUG</translation>
    </message>
    <message>
        <source>--hour: expected 0 to 23, not &quot;%1&quot;</source>
        <translation>--hour: ожидается число от 0 до 23, а не «%1»</translation>
    </message>
    <message>
        <source>--person: no person %1</source>
        <translation>--person: нет сотрудника %1</translation>
    </message>
    <message>
        <source>--team: no team %1</source>
        <translation>--team: нет команды %1</translation>
    </message>
    <message>
        <source>A daily digest at %1:00 from now on.</source>
        <translation>Теперь ежедневная сводка в %1:00.</translation>
    </message>
    <message>
        <source>One message per evaluation from now on.</source>
        <translation>Теперь одно письмо на каждую оценку.</translation>
    </message>
    <message>
        <source>one message a day at hour H instead of one per evaluation; team leads&apos; weekly KPI mail; --inherit drops the choice (a person follows their team again)</source>
        <translation>одно письмо в день в час H вместо письма на каждую оценку; еженедельное письмо тимлидам с KPI; --inherit сбрасывает выбор (сотрудник снова следует настройке своей команды)</translation>
    </message>
    <message>
        <source>Drop the person&apos;s (or team&apos;s) own choice: the team&apos;s (or the default) applies again.</source>
        <translation>Сбросить собственную настройку сотрудника (или команды): снова действует настройка команды (или настройка по умолчанию).</translation>
    </message>
    <message>
        <source>Their team&apos;s choice (or the default) applies from now on.</source>
        <translation>Теперь действует настройка команды сотрудника (или настройка по умолчанию).</translation>
    </message>
    <message>
        <source>The default applies to the team from now on.</source>
        <translation>Теперь для команды действует настройка по умолчанию.</translation>
    </message>
</context>
<context>
    <name>MailComposer</name>
    <message>
        <source>no evaluation %1</source>
        <translation>нет оценки %1</translation>
    </message>
    <message>
        <source>evaluation %1 is a draft; only submitted evaluations are mailed</source>
        <translation>оценка %1 — черновик; письма рассылаются только по отправленным оценкам</translation>
    </message>
    <message>
        <source>no person %1</source>
        <translation>нет сотрудника %1</translation>
    </message>
    <message>
        <source>no dispute %1</source>
        <translation>нет спора %1</translation>
    </message>
    <message>
        <source>dispute %1 is not resolved</source>
        <translation>спор %1 не решён</translation>
    </message>
    <message>
        <source>a digest needs messages to one person</source>
        <translation>для сводки нужны сообщения одному получателю</translation>
    </message>
</context>
<context>
    <name>MailDispatcher</name>
    <message>
        <source>the sender stopped while sending this message; it may have arrived. Retry only if the recipient did not get it.</source>
        <translation>отправка прервалась во время передачи этого сообщения; возможно, оно дошло. Повторяйте отправку, только если получатель его не получил.</translation>
    </message>
    <message>
        <source>mail cannot be sent until the settings are complete:
%1</source>
        <translation>почту нельзя отправлять, пока не заполнены настройки:
%1</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>отправка прекращена после %n попытки: %1</numerusform>
            <numerusform>отправка прекращена после %n попыток: %1</numerusform>
            <numerusform>отправка прекращена после %n попыток: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>message %1 to %2: %3</source>
        <translation>сообщение %1 для %2: %3</translation>
    </message>
</context>
<context>
    <name>MailOutbox</name>
    <message>
        <source>no person with id %1</source>
        <translation>нет сотрудника с id %1</translation>
    </message>
    <message>
        <source>only a QA admin can %1</source>
        <translation>только QA-администратор может %1</translation>
    </message>
    <message>
        <source>see the mail outbox</source>
        <translation>просматривать очередь исходящих</translation>
    </message>
    <message>
        <source>retry a message</source>
        <translation>повторить отправку письма</translation>
    </message>
    <message>
        <source>cancel a message</source>
        <translation>отменить отправку письма</translation>
    </message>
    <message>
        <source>change the mail settings</source>
        <translation>изменить настройки почты</translation>
    </message>
    <message>
        <source>see another person&apos;s mail preferences</source>
        <translation>просматривать почтовые настройки другого сотрудника</translation>
    </message>
    <message>
        <source>digest hour: expected 0 to 23, not %1</source>
        <translation>час отправки сводки: ожидается от 0 до 23, а не %1</translation>
    </message>
    <message>
        <source>scope: expected person or team, not &quot;%1&quot;</source>
        <translation>scope: ожидается person или team, а не «%1»</translation>
    </message>
    <message>
        <source>only the person, their team lead or a QA admin can change these preferences</source>
        <translation>изменить эти настройки может только сам сотрудник, его тимлид или QA-администратор</translation>
    </message>
</context>
<context>
    <name>MailOutboxStore</name>
    <message>
        <source>message %1 is no longer claimed by this sender (its lease ran out)</source>
        <translation>сообщение %1 больше не закреплено за этим отправителем (срок аренды истёк)</translation>
    </message>
    <message>
        <source>no message %1 in the outbox</source>
        <translation>в очереди исходящих нет сообщения %1</translation>
    </message>
    <message>
        <source>message %1 is %2 now; nothing was changed</source>
        <translation>сообщение %1 теперь в состоянии %2; ничего не изменено</translation>
    </message>
    <message>
        <source>message %1 is no longer waiting for a digest</source>
        <translation>сообщение %1 больше не ожидает сводки</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>%1: expected a whole number from %2 to %3</source>
        <translation>%1: ожидается целое число от %2 до %3</translation>
    </message>
    <message>
        <source>security: expected starttls, tls or none</source>
        <translation>security: ожидается starttls, tls или none</translation>
    </message>
    <message>
        <source>server: no SMTP server is set</source>
        <translation>server: не задан SMTP-сервер</translation>
    </message>
    <message>
        <source>sender: &quot;%1&quot; is not an email address</source>
        <translation>sender: «%1» не является адресом электронной почты</translation>
    </message>
    <message>
        <source>security: unencrypted SMTP is allowed only to this computer (localhost); choose STARTTLS or TLS for %1</source>
        <translation>security: SMTP без шифрования разрешён только для этого компьютера (localhost); для %1 выберите STARTTLS или TLS</translation>
    </message>
</context>
<context>
    <name>MailTemplate</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>&quot;{{&quot; is not closed with &quot;}}&quot;</source>
        <translation>«{{» не закрыто парой «}}»</translation>
    </message>
    <message>
        <source>&quot;{{%1}}&quot; is not a value name (letters, digits, _ and dots)</source>
        <translation>«{{%1}}» — не имя значения (допустимы буквы, цифры, _ и точки)</translation>
    </message>
    <message>
        <source>&quot;{{/%1}}&quot; closes nothing</source>
        <translation>«{{/%1}}» ничего не закрывает</translation>
    </message>
    <message>
        <source>&quot;{{/%1}}&quot; closes &quot;%2&quot; opened on line %3</source>
        <translation>«{{/%1}}» закрывает «%2» из строки %3</translation>
    </message>
    <message>
        <source>&quot;{{#%1}}&quot; is never closed</source>
        <translation>«{{#%1}}» нигде не закрыт</translation>
    </message>
</context>
<context>
    <name>MailTemplateSet</name>
    <message>
        <source>%1: cannot read the template: %2</source>
        <translation>%1: не удаётся прочитать шаблон: %2</translation>
    </message>
    <message>
        <source>%1, line 1: the first line must be &quot;Subject: …&quot;</source>
        <translation>%1, строка 1: первая строка должна иметь вид &quot;Subject: …&quot;</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: не удаётся создать папку</translation>
    </message>
    <message>
        <source>%1: cannot write the template</source>
        <translation>%1: не удаётся записать шаблон</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>the database %1 has schema version %2, newer than this QA Desk knows (%3); update QA Desk to open it</source>
        <translation>версия схемы базы данных %1 — %2, она новее известной этой версии QA Desk (%3); чтобы открыть базу, обновите QA Desk</translation>
    </message>
    <message>
        <source>migration %1 is missing from the build</source>
        <translation>миграция %1 отсутствует в сборке</translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation>миграция %1</translation>
    </message>
</context>
<context>
    <name>MimeMessage</name>
    <message>
        <source>sender: &quot;%1&quot; is not an email address</source>
        <translation>отправитель: «%1» не является адресом электронной почты</translation>
    </message>
    <message>
        <source>recipient: &quot;%1&quot; is not an email address</source>
        <translation>получатель: «%1» не является адресом электронной почты</translation>
    </message>
    <message>
        <source>message id: &quot;%1&quot; is not valid</source>
        <translation>id сообщения: «%1» недопустим</translation>
    </message>
</context>
<context>
    <name>NotificationStore</name>
    <message>
        <source>no notification %1 for this person</source>
        <translation>у этого сотрудника нет уведомления %1</translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>unscored</source>
        <translation>без балла</translation>
    </message>
    <message numerus="yes">
        <source>%1 disputes %n question(s) of %2&apos;s evaluation of ticket %3; it waits for triage</source>
        <translation>
            <numerusform>%1 оспаривает %n вопрос в оценке тикета %3 (тренер: %2); спор ожидает рассмотрения</numerusform>
            <numerusform>%1 оспаривает %n вопроса в оценке тикета %3 (тренер: %2); спор ожидает рассмотрения</numerusform>
            <numerusform>%1 оспаривает %n вопросов в оценке тикета %3 (тренер: %2); спор ожидает рассмотрения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 opened dispute %2 on the evaluation of ticket %3 (%n question(s))</source>
        <translation>
            <numerusform>%1 открыл(а) спор %2 по оценке тикета %3 (%n вопрос)</numerusform>
            <numerusform>%1 открыл(а) спор %2 по оценке тикета %3 (%n вопроса)</numerusform>
            <numerusform>%1 открыл(а) спор %2 по оценке тикета %3 (%n вопросов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispute %1 on ticket %2 was accepted and needs an arbiter</source>
        <translation>Спор %1 по тикету %2 принят, нужен арбитр</translation>
    </message>
    <message>
        <source>%1 accepted dispute %2 on ticket %3 for arbitration</source>
        <translation>%1 принял(а) спор %2 по тикету %3 к арбитражу</translation>
    </message>
    <message>
        <source>%1 declined dispute %2 on ticket %3: %4</source>
        <translation>%1 отклонил(а) спор %2 по тикету %3: %4</translation>
    </message>
    <message>
        <source>You are the arbiter of dispute %1 on %2&apos;s evaluation of ticket %3</source>
        <translation>Вы назначены арбитром спора %1 по оценке тикета %3 (тренер: %2)</translation>
    </message>
    <message>
        <source>Dispute %1 was given to another arbiter</source>
        <translation>Спор %1 передан другому арбитру</translation>
    </message>
    <message>
        <source>%1 arbitrates dispute %2 on ticket %3</source>
        <translation>%1 — арбитр спора %2 по тикету %3</translation>
    </message>
    <message>
        <source>Dispute %1 on ticket %2 is resolved: %3; score %4 → %5</source>
        <translation>Спор %1 по тикету %2 решён: %3; балл %4 → %5</translation>
    </message>
    <message>
        <source>%1 withdrew dispute %2 on ticket %3</source>
        <translation>%1 отозвал(а) спор %2 по тикету %3</translation>
    </message>
</context>
<context>
    <name>OmnideskMapping</name>
    <message>
        <source>must be a time like &quot;Mon, 05 May 2014 00:15:17 +0300&quot;</source>
        <translation>должно быть временем вида &quot;Mon, 05 May 2014 00:15:17 +0300&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected an object {&quot;%2&quot;: {…}}</source>
        <translation>&quot;%1&quot;: ожидается объект {&quot;%2&quot;: {…}}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <source>Omnidesk rule</source>
        <translation>Правило Omnidesk</translation>
    </message>
    <message>
        <source>staff member %1</source>
        <translation>сотрудник %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>waiting for the digest</source>
        <translation>ждёт сводки</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>maybe sent (interrupted)</source>
        <translation>возможно, отправлено (прервано)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>sent in a digest</source>
        <translation>отправлено в сводке</translation>
    </message>
</context>
<context>
    <name>PeopleCommand</name>
    <message>
        <source>roles: &quot;%1&quot; is not a role (one of %2)</source>
        <translation>roles: «%1» — не роль (допустимые роли: %2)</translation>
    </message>
    <message>
        <source>people with their roles, teams and the teams they evaluate</source>
        <translation>сотрудники с их ролями, командами и командами, которые они оценивают</translation>
    </message>
    <message>
        <source>the teams</source>
        <translation>команды</translation>
    </message>
    <message>
        <source>add a person</source>
        <translation>добавить сотрудника</translation>
    </message>
    <message>
        <source>change a person; each list given replaces the old one (&quot;&quot; empties it)</source>
        <translation>изменить данные сотрудника; каждый указанный список заменяет прежний (&quot;&quot; очищает его)</translation>
    </message>
    <message>
        <source>roles: admin, trainer, arbiter, engineer, team_lead</source>
        <translation>роли: admin, trainer, arbiter, engineer, team_lead</translation>
    </message>
    <message>
        <source>add a team</source>
        <translation>добавить команду</translation>
    </message>
    <message>
        <source>The shown name.</source>
        <translation>Отображаемое имя.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>ru or en.</source>
        <translation>ru или en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Roles, comma-separated.</source>
        <translation>Роли через запятую.</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>роли</translation>
    </message>
    <message>
        <source>Teams the person belongs to (ids, comma-separated).</source>
        <translation>Команды, в которые входит сотрудник (id через запятую).</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>команды</translation>
    </message>
    <message>
        <source>Teams this trainer may evaluate (ids, comma-separated).</source>
        <translation>Команды, которые этот тренер может оценивать (id через запятую).</translation>
    </message>
    <message>
        <source>people needs one of: %1</source>
        <translation>для people нужна одна из подкоманд: %1</translation>
    </message>
    <message>
        <source>people list takes no arguments</source>
        <translation>people list не принимает аргументов</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>РОЛИ</translation>
    </message>
    <message>
        <source>TEAMS</source>
        <translation>КОМАНДЫ</translation>
    </message>
    <message>
        <source>EVALUATES</source>
        <translation>ОЦЕНИВАЕТ</translation>
    </message>
    <message>
        <source>every team</source>
        <translation>все команды</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>без команды</translation>
    </message>
    <message>
        <source>No people yet.</source>
        <translation>Сотрудников пока нет.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>No teams yet.</source>
        <translation>Команд пока нет.</translation>
    </message>
    <message>
        <source>people add-team needs the team&apos;s id</source>
        <translation>для people add-team нужен id команды</translation>
    </message>
    <message>
        <source>Team %1 added.</source>
        <translation>Команда %1 добавлена.</translation>
    </message>
    <message>
        <source>people set-roles needs an email and a comma-separated list of roles</source>
        <translation>для people set-roles нужны email и список ролей через запятую</translation>
    </message>
    <message>
        <source>people %1 needs exactly one email</source>
        <translation>для people %1 нужен ровно один email</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Добавлен(а) %1 (%2).</translation>
    </message>
    <message>
        <source>Changed %1 (%2).</source>
        <translation>Изменены данные: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>PeopleImporter</name>
    <message>
        <source>must be an email address</source>
        <translation>должно быть адресом электронной почты</translation>
    </message>
    <message>
        <source>must be &quot;ru&quot; or &quot;en&quot;</source>
        <translation>должно быть &quot;ru&quot; или &quot;en&quot;</translation>
    </message>
    <message>
        <source>must be one of admin, trainer, arbiter, engineer, team_lead</source>
        <translation>должно быть одним из значений: admin, trainer, arbiter, engineer, team_lead</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <source>--as: nobody with the email &quot;%1&quot; in this workspace</source>
        <translation>--as: в этом рабочем пространстве нет сотрудника с email «%1»</translation>
    </message>
    <message>
        <source>%1 is not an admin: only an admin may %2</source>
        <translation>%1 не является администратором: только администратор может %2</translation>
    </message>
    <message>
        <source>only an admin may %1; say who is acting (--as EMAIL)</source>
        <translation>только администратор может %1; укажите, от чьего имени выполняется действие (--as EMAIL)</translation>
    </message>
    <message>
        <source>add people</source>
        <translation>добавлять сотрудников</translation>
    </message>
    <message>
        <source>email: &quot;%1&quot; is not an email address</source>
        <translation>email: «%1» не является адресом электронной почты</translation>
    </message>
    <message>
        <source>%1 exists already; change them instead</source>
        <translation>%1 уже существует; вместо этого измените данные сотрудника</translation>
    </message>
    <message>
        <source>change people</source>
        <translation>изменять данные сотрудников</translation>
    </message>
    <message>
        <source>nobody with the email &quot;%1&quot;</source>
        <translation>нет сотрудника с email «%1»</translation>
    </message>
    <message>
        <source>no person with id %1</source>
        <translation>нет сотрудника с id %1</translation>
    </message>
    <message>
        <source>language: &quot;%1&quot; is not one of ru, en</source>
        <translation>language: «%1» не входит в список ru, en</translation>
    </message>
    <message>
        <source>%1 is the last admin: make someone else an admin first</source>
        <translation>%1 — последний администратор: сначала назначьте администратором кого-то другого</translation>
    </message>
    <message>
        <source>teams: no team &quot;%1&quot; (add it first)</source>
        <translation>teams: нет команды «%1» (сначала добавьте её)</translation>
    </message>
    <message>
        <source>evaluable teams: %1 is not a trainer</source>
        <translation>evaluable teams: %1 не является тренером</translation>
    </message>
    <message>
        <source>add teams</source>
        <translation>добавлять команды</translation>
    </message>
    <message>
        <source>team id: &quot;%1&quot; must be lower-case letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>team id: «%1» должен состоять из строчных латинских букв, цифр, &apos;-&apos; или &apos;_&apos;</translation>
    </message>
    <message>
        <source>team &quot;%1&quot; exists already</source>
        <translation>команда «%1» уже существует</translation>
    </message>
</context>
<context>
    <name>PeopleStore</name>
    <message>
        <source>a person needs an email</source>
        <translation>у сотрудника должен быть адрес электронной почты</translation>
    </message>
    <message>
        <source>no team &quot;%1&quot;</source>
        <translation>нет команды «%1»</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>QA admin</source>
        <translation>QA-администратор</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Арбитр</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Тимлид</translation>
    </message>
</context>
<context>
    <name>RtMapping</name>
    <message>
        <source>must be an ISO-8601 time</source>
        <translation>должно быть временем в формате ISO-8601</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>must be base64</source>
        <translation>должно быть в base64</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>вложение %1</translation>
    </message>
</context>
<context>
    <name>ScoreCommand</name>
    <message>
        <source>The scorecard file (qadesk.scorecard/1).</source>
        <translation>Файл чек-листа (qadesk.scorecard/1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The answers file (qadesk.answers/1).</source>
        <translation>Файл ответов (qadesk.answers/1).</translation>
    </message>
    <message>
        <source>score takes no arguments, only --scorecard and --answers</source>
        <translation>score не принимает аргументов, только --scorecard и --answers</translation>
    </message>
    <message>
        <source>score needs --scorecard FILE and --answers FILE</source>
        <translation>для score нужны --scorecard FILE и --answers FILE</translation>
    </message>
    <message>
        <source>the answers are for &quot;%1&quot;, not for &quot;%2&quot;</source>
        <translation>ответы относятся к чек-листу «%1», а не «%2»</translation>
    </message>
    <message>
        <source>score answers against a card, print the result as JSON</source>
        <translation>оценить ответы по чек-листу и вывести результат в JSON</translation>
    </message>
</context>
<context>
    <name>ScorecardAdminService</name>
    <message>
        <source>%1 is not a QA admin and cannot %2</source>
        <translation>%1 не является QA-администратором и не может %2</translation>
    </message>
    <message>
        <source>no person with id %1</source>
        <translation>нет сотрудника с id %1</translation>
    </message>
    <message>
        <source>change scorecards</source>
        <translation>изменять чек-листы</translation>
    </message>
    <message>
        <source>new scorecard</source>
        <translation>создавать чек-листы</translation>
    </message>
    <message>
        <source>id: a scorecard &quot;%1&quot; already exists</source>
        <translation>id: чек-лист «%1» уже существует</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>archive scorecards</source>
        <translation>архивировать чек-листы</translation>
    </message>
    <message>
        <source>restore scorecards</source>
        <translation>восстанавливать чек-листы</translation>
    </message>
</context>
<context>
    <name>ScorecardChange</name>
    <message>
        <source>Title changed from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Название изменено с «%1» на «%2»</translation>
    </message>
    <message>
        <source>Card rule %1 changed from %2 to %3</source>
        <translation>Правило чек-листа %1 изменено с %2 на %3</translation>
    </message>
    <message>
        <source>Applies to %1: %2 → %3</source>
        <translation>Применяется к (%1): %2 → %3</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любые</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; added: %2</source>
        <translation>Раздел «%1» добавлен: %2</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; removed: %2</source>
        <translation>Раздел «%1» удалён: %2</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; renamed from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>Раздел «%1» переименован из «%2» в «%3»</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot;: weight %2 → %3</source>
        <translation>Раздел «%1»: вес %2 → %3</translation>
    </message>
    <message>
        <source>Sections reordered: %1 → %2</source>
        <translation>Порядок разделов изменён: %1 → %2</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; added in section &quot;%2&quot;: %3</source>
        <translation>Вопрос «%1» добавлен в раздел «%2»: %3</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; removed from section &quot;%2&quot;: %3</source>
        <translation>Вопрос «%1» удалён из раздела «%2»: %3</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; reworded from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>Формулировка вопроса «%1» изменена с «%2» на «%3»</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: help text for trainers changed</source>
        <translation>Вопрос «%1»: изменена подсказка для тренеров</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: weight %2 → %3</source>
        <translation>Вопрос «%1»: вес %2 → %3</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; moved from section &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>Вопрос «%1» перемещён из раздела «%2» в «%3»</translation>
    </message>
    <message>
        <source>Questions of section &quot;%1&quot; reordered: %2 → %3</source>
        <translation>Порядок вопросов раздела «%1» изменён: %2 → %3</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: %2 %3 → %4</source>
        <translation>Вопрос «%1»: %2 %3 → %4</translation>
    </message>
</context>
<context>
    <name>ScorecardCoverage</name>
    <message numerus="yes">
        <source>Cards &quot;%1&quot; and &quot;%2&quot; fit the same %n ticket(s) equally well (for example %3); narrow one card&apos;s applies_to.</source>
        <translation>
            <numerusform>Тикетов, одинаково подходящих под чек-листы «%1» и «%2»: %n (например, %3); сузьте applies_to одного из них.</numerusform>
            <numerusform>Тикетов, одинаково подходящих под чек-листы «%1» и «%2»: %n (например, %3); сузьте applies_to одного из них.</numerusform>
            <numerusform>Тикетов, одинаково подходящих под чек-листы «%1» и «%2»: %n (например, %3); сузьте applies_to одного из них.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) fit no card: %1</source>
        <translation>
            <numerusform>%n тикет не подходит ни к одному чек-листу: %1</numerusform>
            <numerusform>%n тикета не подходят ни к одному чек-листу: %1</numerusform>
            <numerusform>%n тикетов не подходят ни к одному чек-листу: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardParser</name>
    <message>
        <source>must be one of yes, partly, no, na</source>
        <translation>должно быть одним из значений: yes, partly, no, na</translation>
    </message>
    <message>
        <source>must be &gt; 0</source>
        <translation>должно быть &gt; 0</translation>
    </message>
    <message>
        <source>must be between 0 and 1</source>
        <translation>должно быть от 0 до 1</translation>
    </message>
    <message>
        <source>a section needs at least one criterion</source>
        <translation>в разделе должен быть хотя бы один критерий</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
    <message>
        <source>duplicate criterion id &quot;%1&quot;</source>
        <translation>повторяющийся id критерия «%1»</translation>
    </message>
    <message>
        <source>a scorecard needs at least one section</source>
        <translation>в чек-листе должен быть хотя бы один раздел</translation>
    </message>
    <message>
        <source>duplicate section id &quot;%1&quot;</source>
        <translation>повторяющийся id раздела «%1»</translation>
    </message>
</context>
<context>
    <name>ScorecardStore</name>
    <message>
        <source>stored scorecard version %1 is damaged: %2</source>
        <translation>сохранённая версия чек-листа %1 повреждена: %2</translation>
    </message>
    <message>
        <source>no scorecard &quot;%1&quot;</source>
        <translation>нет чек-листа «%1»</translation>
    </message>
    <message>
        <source>version &quot;%1&quot;: give at least 6 characters of it</source>
        <translation>версия «%1»: укажите не менее 6 символов</translation>
    </message>
    <message>
        <source>scorecard &quot;%1&quot; has no version %2</source>
        <translation>у чек-листа «%1» нет версии %2</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; matches %2 versions; give more characters</source>
        <translation>версия «%1» неоднозначна (подходящих версий: %2); укажите больше символов</translation>
    </message>
    <message>
        <source>no scorecard version with id %1</source>
        <translation>нет версии чек-листа с id %1</translation>
    </message>
</context>
<context>
    <name>ScorecardsCommand</name>
    <message>
        <source>A version (content hash or a prefix of at least 6 characters).</source>
        <translation>Версия (хеш содержимого или его префикс не короче 6 символов).</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>хеш</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Записать в этот файл вместо стандартного вывода.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>scorecards import needs at least one file</source>
        <translation>для scorecards import нужен хотя бы один файл</translation>
    </message>
    <message>
        <source>new card</source>
        <translation>новый чек-лист</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>новая версия</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>QUESTIONS</source>
        <translation>ВОПРОСЫ</translation>
    </message>
    <message>
        <source>VERSIONS</source>
        <translation>ВЕРСИИ</translation>
    </message>
    <message>
        <source>CURRENT VERSION</source>
        <translation>ТЕКУЩАЯ ВЕРСИЯ</translation>
    </message>
    <message>
        <source>No scorecards yet: add one with &apos;qadesk scorecards import FILE&apos;.</source>
        <translation>Чек-листов пока нет: добавьте чек-лист командой &apos;qadesk scorecards import FILE&apos;.</translation>
    </message>
    <message>
        <source>scorecards export needs exactly one card id</source>
        <translation>для scorecards export нужен ровно один id чек-листа</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: не удаётся записать: %2</translation>
    </message>
    <message>
        <source>the cards with their current versions</source>
        <translation>чек-листы с их текущими версиями</translation>
    </message>
    <message>
        <source>a card as qadesk.scorecard/1 JSON</source>
        <translation>чек-лист в формате qadesk.scorecard/1 (JSON)</translation>
    </message>
    <message>
        <source>what changed between two versions of a card</source>
        <translation>что изменилось между двумя версиями чек-листа</translation>
    </message>
    <message>
        <source>KPI per engineer and team if the draft card had been used in the period</source>
        <translation>KPI по инженерам и командам, если бы в периоде использовался черновик чек-листа</translation>
    </message>
    <message>
        <source>copy a card under a new id (QA admin)</source>
        <translation>скопировать чек-лист под новым id (QA-администратор)</translation>
    </message>
    <message>
        <source>offer a card for no new evaluation, or again (QA admin)</source>
        <translation>перестать предлагать чек-лист для новых оценок или вернуть его (QA-администратор)</translation>
    </message>
    <message>
        <source>diff: the older version (hash prefix); whatif: the first day (YYYY-MM-DD).</source>
        <translation>diff: более старая версия (начало хеша); whatif: первый день (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>diff: the newer version (hash prefix, default the current one); whatif: the last day.</source>
        <translation>diff: более новая версия (начало хеша, по умолчанию текущая); whatif: последний день.</translation>
    </message>
    <message>
        <source>The acting person (email); changing cards needs a QA admin.</source>
        <translation>Сотрудник, выполняющий действие (email); изменять чек-листы может только QA-администратор.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>duplicate: the new card&apos;s title.</source>
        <translation>duplicate: название нового чек-листа.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>archive: bring an archived card back.</source>
        <translation>archive: вернуть чек-лист из архива.</translation>
    </message>
    <message>
        <source>--as: say who is acting (a QA admin&apos;s email)</source>
        <translation>--as: укажите, кто выполняет действие (email QA-администратора)</translation>
    </message>
    <message>
        <source>--as: no person with email %1</source>
        <translation>--as: нет сотрудника с email %1</translation>
    </message>
    <message>
        <source>scorecards needs one of: %1</source>
        <translation>для scorecards нужна одна из подкоманд: %1</translation>
    </message>
    <message>
        <source>scorecards diff needs exactly one card id</source>
        <translation>для scorecards diff нужен ровно один id чек-листа</translation>
    </message>
    <message>
        <source>scorecards diff needs --from VERSION</source>
        <translation>для scorecards diff нужен --from VERSION</translation>
    </message>
    <message>
        <source>%1: version %2 → %3</source>
        <translation>%1: версия %2 → %3</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Изменений нет.</translation>
    </message>
    <message>
        <source>scorecards whatif needs exactly one draft card file</source>
        <translation>для scorecards whatif нужен ровно один файл черновика чек-листа</translation>
    </message>
    <message>
        <source>--from and --to: give the period&apos;s first and last day as YYYY-MM-DD</source>
        <translation>--from и --to: укажите первый и последний день периода в формате YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--to: the last day is before the first</source>
        <translation>--to: последний день раньше первого</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n evaluation(s) re-scored under the draft (%2 to %3)</source>
        <translation>
            <numerusform>%1: %n оценка пересчитана по черновику (с %2 по %3)</numerusform>
            <numerusform>%1: %n оценки пересчитаны по черновику (с %2 по %3)</numerusform>
            <numerusform>%1: %n оценок пересчитано по черновику (с %2 по %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>New questions, unanswered in old evaluations and left out like N/A: %1</source>
        <translation>Новые вопросы: в старых оценках на них нет ответов, и они не учитываются, как Н/П: %1</translation>
    </message>
    <message>
        <source>Answers to questions the draft removes are not counted: %1</source>
        <translation>Ответы на вопросы, удалённые в черновике, не учитываются: %1</translation>
    </message>
    <message>
        <source>ENGINEER</source>
        <translation>ИНЖЕНЕР</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <source>EVALUATIONS</source>
        <translation>ОЦЕНКИ</translation>
    </message>
    <message>
        <source>RE-SCORED</source>
        <translation>ПЕРЕСЧИТАНО</translation>
    </message>
    <message>
        <source>KPI BEFORE</source>
        <translation>KPI ДО</translation>
    </message>
    <message>
        <source>KPI AFTER</source>
        <translation>KPI ПОСЛЕ</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ИЗМЕНЕНИЕ</translation>
    </message>
    <message>
        <source>No submitted evaluations in the period.</source>
        <translation>В периоде нет отправленных оценок.</translation>
    </message>
    <message>
        <source>scorecards duplicate needs a card id and a new id</source>
        <translation>для scorecards duplicate нужны id чек-листа и новый id</translation>
    </message>
    <message>
        <source>scorecards archive needs exactly one card id</source>
        <translation>для scorecards archive нужен ровно один id чек-листа</translation>
    </message>
    <message>
        <source>%1: copied to %2, version %3</source>
        <translation>%1: скопирован в %2, версия %3</translation>
    </message>
    <message>
        <source>%1: archived</source>
        <translation>%1: перемещён в архив</translation>
    </message>
    <message>
        <source>%1: restored</source>
        <translation>%1: восстановлен</translation>
    </message>
    <message>
        <source>add cards, or new versions of cards already here (--as a QA admin once the workspace has one)</source>
        <translation>добавить чек-листы или новые версии уже имеющихся (--as QA-администратор, когда он есть в рабочем пространстве)</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>libcurl could not start</source>
        <translation>не удалось запустить libcurl</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>%1 refused the login of &quot;%2&quot; (%3)</source>
        <translation>%1 отклонил вход пользователя «%2» (%3)</translation>
    </message>
    <message>
        <source>%1: secure connection failed: %2</source>
        <translation>%1: не удалось установить защищённое соединение: %2</translation>
    </message>
    <message>
        <source>%1 refused the message (%2): %3</source>
        <translation>%1 отклонил письмо (%2): %3</translation>
    </message>
    <message>
        <source>%1 asked to try later (%2): %3</source>
        <translation>%1 просит повторить попытку позже (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SourceSettings</name>
    <message>
        <source>%1: &quot;%2&quot; must be a list of texts</source>
        <translation>%1: &quot;%2&quot; должно быть списком строк</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must map texts to texts</source>
        <translation>%1: &quot;%2&quot; должно сопоставлять строки строкам</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; -&gt; &quot;%3&quot; needs a non-empty text</source>
        <translation>%1: для &quot;%2&quot; -&gt; &quot;%3&quot; нужна непустая строка</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a date such as 2026-10-01</source>
        <translation>%1: &quot;%2&quot; должно быть датой вида 2026-10-01</translation>
    </message>
    <message>
        <source>%1: solved_to is before solved_from</source>
        <translation>%1: solved_to раньше solved_from</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not one of %2</source>
        <translation>статус «%1» не входит в список %2</translation>
    </message>
    <message>
        <source>not solved</source>
        <translation>не решён</translation>
    </message>
    <message>
        <source>solved before %1</source>
        <translation>решён до %1</translation>
    </message>
    <message>
        <source>solved after %1</source>
        <translation>решён после %1</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>без группы</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; is not pulled</source>
        <translation>группа «%1» не загружается</translation>
    </message>
    <message>
        <source>none of the tags %1</source>
        <translation>нет ни одного из тегов %1</translation>
    </message>
</context>
<context>
    <name>SourceStore</name>
    <message>
        <source>a source needs a name</source>
        <translation>у источника должно быть имя</translation>
    </message>
    <message>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>источник с именем «%1» уже существует</translation>
    </message>
    <message>
        <source>no source named &quot;%1&quot;</source>
        <translation>нет источника с именем «%1»</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; has %2 ticket(s) in this workspace and is kept; evaluations refer to them</source>
        <translation>источник «%1» не удалён: в этом рабочем пространстве у него есть тикеты (%2), и на них ссылаются оценки</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;</source>
        <translation>источник «%1»</translation>
    </message>
</context>
<context>
    <name>SourcesCommand</name>
    <message>
        <source>check that the helpdesk answers and accepts the token</source>
        <translation>проверить, что хелпдеск отвечает и принимает токен</translation>
    </message>
    <message>
        <source>The helpdesk: zendesk, freshdesk, zammad, omnidesk or rt.</source>
        <translation>Хелпдеск: zendesk, freshdesk, zammad, omnidesk или rt.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>A name for this source, e.g. support-main.</source>
        <translation>Имя этого источника, например support-main.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address, e.g. https://example.zendesk.com.</source>
        <translation>Адрес хелпдеска, например https://example.zendesk.com.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The API user (Zendesk: the agent&apos;s email).</source>
        <translation>Пользователь API (в Zendesk — email агента).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <source>The environment variable that holds the API token.</source>
        <translation>Переменная окружения, в которой хранится API-токен.</translation>
    </message>
    <message>
        <source>var</source>
        <translation>переменная</translation>
    </message>
    <message>
        <source>sources add takes options only</source>
        <translation>sources add принимает только параметры</translation>
    </message>
    <message>
        <source>--kind: must be one of %1</source>
        <translation>--kind: должно быть одним из значений: %1</translation>
    </message>
    <message>
        <source>--name: is required</source>
        <translation>--name: обязательный параметр</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>предупреждение: %1</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added (%2, %3).</source>
        <translation>Источник «%1» добавлен (%2, %3).</translation>
    </message>
    <message>
        <source>sources list takes no arguments</source>
        <translation>sources list не принимает аргументов</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ПОЛЬЗОВАТЕЛЬ</translation>
    </message>
    <message>
        <source>TOKEN FROM</source>
        <translation>ПЕРЕМЕННАЯ ТОКЕНА</translation>
    </message>
    <message>
        <source>SYNCED</source>
        <translation>СИНХРОНИЗИРОВАН</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ни разу</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>No sources yet: add one with &apos;qadesk sources add&apos;.</source>
        <translation>Источников пока нет: добавьте источник командой &apos;qadesk sources add&apos;.</translation>
    </message>
    <message>
        <source>no source named &quot;%1&quot;</source>
        <translation>нет источника с именем «%1»</translation>
    </message>
    <message>
        <source>%1 answers and accepts the token.</source>
        <translation>%1 отвечает и принимает токен.</translation>
    </message>
    <message>
        <source>--user: is required for omnidesk (the staff member&apos;s email)</source>
        <translation>--user: обязательный параметр для omnidesk (email сотрудника)</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>системное хранилище паролей</translation>
    </message>
    <message>
        <source>add a helpdesk to sync from (KIND: zendesk, freshdesk, zammad, omnidesk, rt); --token-stdin keeps the token in the system keychain</source>
        <translation>добавить хелпдеск для синхронизации (KIND: zendesk, freshdesk, zammad, omnidesk, rt); с --token-stdin токен хранится в системном хранилище паролей</translation>
    </message>
    <message>
        <source>change a source; SETTINGS: --statuses solved,closed --solved-from DATE --solved-to DATE --groups G1,G2 --tags T1,T2 (an empty value removes the limit), --agent HELPDESK_EMAIL=ENGINEER_EMAIL, --group-team GROUP=TEAM (repeatable; an empty right side removes the mapping)</source>
        <translation>изменить источник; SETTINGS: --statuses solved,closed --solved-from DATE --solved-to DATE --groups G1,G2 --tags T1,T2 (пустое значение снимает ограничение), --agent HELPDESK_EMAIL=ENGINEER_EMAIL, --group-team GROUP=TEAM (можно повторять; пустая правая часть удаляет сопоставление)</translation>
    </message>
    <message>
        <source>the helpdesks of the workspace, their settings and where their sync stands</source>
        <translation>хелпдески рабочего пространства, их настройки и состояние синхронизации</translation>
    </message>
    <message>
        <source>remove a source that has no tickets yet, and its token in the keychain</source>
        <translation>удалить источник, у которого ещё нет тикетов, и его токен из системного хранилища паролей</translation>
    </message>
    <message>
        <source>Read the API token from standard input and keep it in the system keychain.</source>
        <translation>Прочитать API-токен со стандартного ввода и сохранить его в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Pull only tickets in these statuses (comma-separated).</source>
        <translation>Загружать только тикеты в этих статусах (через запятую).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>Pull only tickets solved on or after this day (YYYY-MM-DD).</source>
        <translation>Загружать только тикеты, решённые в этот день или позже (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Pull only tickets solved on or before this day (YYYY-MM-DD).</source>
        <translation>Загружать только тикеты, решённые в этот день или раньше (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Pull only tickets of these helpdesk groups (comma-separated).</source>
        <translation>Загружать только тикеты этих групп хелпдеска (через запятую).</translation>
    </message>
    <message>
        <source>Pull only tickets with one of these tags (comma-separated).</source>
        <translation>Загружать только тикеты с одним из этих тегов (через запятую).</translation>
    </message>
    <message>
        <source>Map a helpdesk agent&apos;s email to an engineer&apos;s email.</source>
        <translation>Сопоставить email агента хелпдеска с email инженера.</translation>
    </message>
    <message>
        <source>from=to</source>
        <translation>откуда=куда</translation>
    </message>
    <message>
        <source>Map a helpdesk group to a team of the workspace.</source>
        <translation>Сопоставить группу хелпдеска с командой рабочего пространства.</translation>
    </message>
    <message>
        <source>group=team</source>
        <translation>группа=команда</translation>
    </message>
    <message>
        <source>sources %1 needs exactly one source name</source>
        <translation>для sources %1 нужно ровно одно имя источника</translation>
    </message>
    <message>
        <source>sources needs one of: add, edit, list, test, remove</source>
        <translation>для sources нужна одна из подкоманд: add, edit, list, test, remove</translation>
    </message>
    <message>
        <source>--token-stdin: cannot read standard input</source>
        <translation>--token-stdin: не удаётся прочитать стандартный ввод</translation>
    </message>
    <message>
        <source>--token-stdin: standard input holds no token</source>
        <translation>--token-stdin: на стандартном вводе нет токена</translation>
    </message>
    <message>
        <source>--%1: expected a date such as 2026-10-01</source>
        <translation>--%1: ожидается дата, например 2026-10-01</translation>
    </message>
    <message>
        <source>--solved-to: is before --solved-from</source>
        <translation>--solved-to: раньше, чем --solved-from</translation>
    </message>
    <message>
        <source>--agent &quot;%1&quot;: expected HELPDESK_EMAIL=ENGINEER_EMAIL</source>
        <translation>--agent «%1»: ожидается HELPDESK_EMAIL=ENGINEER_EMAIL</translation>
    </message>
    <message>
        <source>--group-team &quot;%1&quot;: expected GROUP=TEAM</source>
        <translation>--group-team «%1»: ожидается GROUP=TEAM</translation>
    </message>
    <message>
        <source>--token-env or --token-stdin: give exactly one (the variable that holds the API token, or the token on standard input for the system keychain)</source>
        <translation>--token-env или --token-stdin: укажите ровно один из параметров (переменную с API-токеном или токен на стандартном вводе для системного хранилища паролей)</translation>
    </message>
    <message>
        <source>a source named &quot;%1&quot; already exists</source>
        <translation>источник с именем «%1» уже существует</translation>
    </message>
    <message>
        <source>--token-stdin</source>
        <translation>--token-stdin</translation>
    </message>
    <message>
        <source>The API token is in the system keychain.</source>
        <translation>API-токен хранится в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>--kind: a source&apos;s helpdesk cannot change; add a new source</source>
        <translation>--kind: хелпдеск источника изменить нельзя; добавьте новый источник</translation>
    </message>
    <message>
        <source>--token-env or --token-stdin: give at most one</source>
        <translation>--token-env или --token-stdin: укажите не более одного</translation>
    </message>
    <message>
        <source>moving the API token to the new name</source>
        <translation>перенос API-токена под новое имя</translation>
    </message>
    <message>
        <source>storing the API token</source>
        <translation>сохранение API-токена</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; changed.</source>
        <translation>Источник «%1» изменён.</translation>
    </message>
    <message>
        <source>PULLS</source>
        <translation>ЗАГРУЖАЕТ</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>с фильтрами</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; removed.</source>
        <translation>Источник «%1» удалён.</translation>
    </message>
    <message>
        <source>warning: the API token may still be in the system keychain: %1</source>
        <translation>предупреждение: API-токен, возможно, остался в системном хранилище паролей: %1</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>pull changed tickets from the helpdesks (exit 0 only when done)</source>
        <translation>загрузить изменённые тикеты из хелпдесков (код выхода 0 — только если синхронизация завершена)</translation>
    </message>
    <message>
        <source>Sync only this source.</source>
        <translation>Синхронизировать только этот источник.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>On a first sync, start from this date (YYYY-MM-DD).</source>
        <translation>При первой синхронизации начать с этой даты (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>sync takes options only</source>
        <translation>sync принимает только параметры</translation>
    </message>
    <message>
        <source>--since: expected a date such as 2026-10-01</source>
        <translation>--since: ожидается дата, например 2026-10-01</translation>
    </message>
    <message>
        <source>no source named &quot;%1&quot;</source>
        <translation>нет источника с именем «%1»</translation>
    </message>
    <message>
        <source>no source to sync; add one with &apos;qadesk sources add&apos;</source>
        <translation>нет источников для синхронизации; добавьте источник командой &apos;qadesk sources add&apos;</translation>
    </message>
    <message>
        <source>retrying %1 (attempt %2 in %3 s): %4</source>
        <translation>повторный запрос к %1 (попытка %2 через %3 с): %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SyncPageWriter</name>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>TeamAccess</name>
    <message>
        <source>%1 may not evaluate team &quot;%2&quot; (an admin sets which teams each trainer evaluates)</source>
        <translation>%1 не может оценивать команду «%2» (какие команды оценивает каждый тренер, задаёт администратор)</translation>
    </message>
</context>
<context>
    <name>TicketStore</name>
    <message>
        <source>a ticket needs an external id</source>
        <translation>у тикета должен быть внешний id</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>тикет %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>TicketsCommand</name>
    <message>
        <source>tickets list takes no arguments</source>
        <translation>tickets list не принимает аргументов</translation>
    </message>
    <message>
        <source>tickets show needs exactly one ticket id</source>
        <translation>для tickets show нужен ровно один id тикета</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ИСТОЧНИК</translation>
    </message>
    <message>
        <source>EXTERNAL</source>
        <translation>ВНЕШНИЙ ID</translation>
    </message>
    <message>
        <source>SOLVED</source>
        <translation>РЕШЁН</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <source>ASSIGNEE</source>
        <translation>ИСПОЛНИТЕЛЬ</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>СООБЩЕНИЯ</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ТЕМА</translation>
    </message>
    <message>
        <source>(not synced yet)</source>
        <translation>(ещё не синхронизирован)</translation>
    </message>
    <message>
        <source>No tickets yet.</source>
        <translation>Тикетов пока нет.</translation>
    </message>
    <message>
        <source>no ticket &quot;%1&quot;</source>
        <translation>нет тикета «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names tickets in several sources; write SOURCE:ID</source>
        <translation>«%1» соответствует тикетам в нескольких источниках; укажите SOURCE:ID</translation>
    </message>
    <message>
        <source>no ticket with id %1</source>
        <translation>нет тикета с id %1</translation>
    </message>
    <message>
        <source>Source: %1 %2, status %3, channel %4, team %5, engineer %6</source>
        <translation>Источник: %1 %2, статус %3, канал %4, команда %5, инженер %6</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>внутренняя заметка</translation>
    </message>
    <message>
        <source>the tickets of the workspace, newest first</source>
        <translation>тикеты рабочего пространства, сначала новые</translation>
    </message>
    <message>
        <source>one ticket with its conversation (ID: workspace id, helpdesk id or SOURCE:ID)</source>
        <translation>один тикет с перепиской (ID: номер в пространстве, номер в хелпдеске или SOURCE:ID)</translation>
    </message>
    <message>
        <source>import a helpdesk export saved as JSON (Zendesk export shape)</source>
        <translation>импортировать выгрузку хелпдеска в JSON (в формате выгрузки Zendesk)</translation>
    </message>
    <message>
        <source>The source the imported tickets belong to.</source>
        <translation>Источник, к которому относятся импортируемые тикеты.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address, for links back to its tickets.</source>
        <translation>Адрес хелпдеска для ссылок на его тикеты.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>tickets import needs exactly one file</source>
        <translation>для tickets import нужен ровно один файл</translation>
    </message>
    <message>
        <source>--source: is required (the name the tickets are kept under)</source>
        <translation>--source: обязателен (имя, под которым хранятся тикеты)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n ticket(s) into source &quot;%1&quot;.</source>
        <translation>
            <numerusform>Импортирован %n тикет в источник «%1».</numerusform>
            <numerusform>Импортировано %n тикета в источник «%1».</numerusform>
            <numerusform>Импортировано %n тикетов в источник «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>tickets needs one of: import, list, show</source>
        <translation>для tickets нужна одна из команд: import, list, show</translation>
    </message>
</context>
<context>
    <name>TokenLookup</name>
    <message numerus="yes">
        <source>the system keychain did not answer within %n s (is a keychain service running in this session?)</source>
        <translation>
            <numerusform>системное хранилище паролей не ответило в течение %n с (запущена ли служба хранилища паролей в этом сеансе?)</numerusform>
            <numerusform>системное хранилище паролей не ответило в течение %n с (запущена ли служба хранилища паролей в этом сеансе?)</numerusform>
            <numerusform>системное хранилище паролей не ответило в течение %n с (запущена ли служба хранилища паролей в этом сеансе?)</numerusform>
        </translation>
    </message>
    <message>
        <source>source &quot;%1&quot;</source>
        <translation>источник «%1»</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: the API token in the system keychain is empty; store it again with &apos;qadesk sources edit %1 --token-stdin&apos;</source>
        <translation>источник «%1»: API-токен в системном хранилище паролей пуст; сохраните его снова командой &apos;qadesk sources edit %1 --token-stdin&apos;</translation>
    </message>
</context>
<context>
    <name>TrainerInbox</name>
    <message>
        <source>to evaluate</source>
        <translation>к оценке</translation>
    </message>
    <message>
        <source>my draft</source>
        <translation>мой черновик</translation>
    </message>
    <message>
        <source>submitted by me</source>
        <translation>отправлена мной</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>оценён</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>оценивается</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>WhatIfAnalysis</name>
    <message>
        <source>questions new in the draft have no answer in old evaluations and are left out like N/A</source>
        <translation>вопросы, новые в черновике, не имеют ответов в старых оценках и не учитываются, как Н/П</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(без команды)</translation>
    </message>
</context>
<context>
    <name>WorkspaceSetup</name>
    <message>
        <source>name: please enter your name</source>
        <translation>name: введите своё имя</translation>
    </message>
    <message>
        <source>email: &quot;%1&quot; is not an email address</source>
        <translation>email: «%1» не является адресом электронной почты</translation>
    </message>
    <message>
        <source>this workspace already has people; ask its QA admin to add you</source>
        <translation>в этом рабочем пространстве уже есть сотрудники; попросите его QA-администратора добавить вас</translation>
    </message>
    <message>
        <source>the new person could not be read back</source>
        <translation>не удалось прочитать данные нового сотрудника после сохранения</translation>
    </message>
</context>
<context>
    <name>ZammadMapping</name>
    <message>
        <source>must be an ISO-8601 time</source>
        <translation>должно быть временем в формате ISO-8601</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
</context>
<context>
    <name>ZendeskExportParser</name>
    <message>
        <source>must be an array of Zendesk tickets</source>
        <translation>должно быть массивом тикетов Zendesk</translation>
    </message>
</context>
<context>
    <name>ZendeskMapping</name>
    <message>
        <source>must be an ISO-8601 time</source>
        <translation>должно быть временем в формате ISO-8601</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
</context>
<context>
    <name>qadesk::FreshdeskConnector</name>
    <message>
        <source>not a JSON array</source>
        <translation>не JSON-массив</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>проверка подключения</translation>
    </message>
    <message>
        <source>the stored checkpoint &quot;%1&quot; is not a Freshdesk checkpoint (since:TIME|page:N)</source>
        <translation>сохранённая точка продолжения «%1» не является точкой продолжения Freshdesk (since:TIME|page:N)</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>группы</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>агенты</translation>
    </message>
    <message>
        <source>%1: the answer is not the expected JSON (%2)</source>
        <translation>%1: ответ не является ожидаемым JSON (%2)</translation>
    </message>
    <message>
        <source>%1: the next page is on another server (%2); not followed</source>
        <translation>%1: следующая страница находится на другом сервере (%2); переход по ней не выполнен</translation>
    </message>
    <message>
        <source>ticket list</source>
        <translation>список тикетов</translation>
    </message>
    <message>
        <source>ticket list: the answer is not the expected JSON (%1)</source>
        <translation>список тикетов: ответ не является ожидаемым JSON (%1)</translation>
    </message>
    <message>
        <source>ticket list: more than %1 tickets were changed in the same second (%2) and Freshdesk lists at most %3 pages</source>
        <translation>список тикетов: в одну и ту же секунду (%2) изменено больше %1 тикетов, а Freshdesk выдаёт не больше %3 страниц</translation>
    </message>
    <message>
        <source>conversations of ticket %1</source>
        <translation>переписка тикета %1</translation>
    </message>
    <message>
        <source>conversations of ticket %1: the answer is not the expected JSON (%2)</source>
        <translation>переписка тикета %1: ответ не является ожидаемым JSON (%2)</translation>
    </message>
    <message>
        <source>conversations of ticket %1: the next page is on another server (%2); not followed</source>
        <translation>переписка тикета %1: следующая страница находится на другом сервере (%2); переход по ней не выполнен</translation>
    </message>
    <message>
        <source>check the API key and that its agent may see tickets, agents and groups</source>
        <translation>проверьте API-ключ и что его агенту доступны тикеты, агенты и группы</translation>
    </message>
</context>
<context>
    <name>qadesk::HelpdeskConnector</name>
    <message>
        <source>%1: the helpdesk refused the credentials (HTTP %2); %3</source>
        <translation>%1: хелпдеск отклонил учётные данные (HTTP %2); %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>qadesk::HttpClient</name>
    <message>
        <source>%1 asks to wait %2 s before the next request (rate limit); stopped</source>
        <translation>%1 просит подождать %2 с до следующего запроса (лимит запросов); запросы прекращены</translation>
    </message>
    <message>
        <source>rate limited (429)</source>
        <translation>превышен лимит запросов (429)</translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation>ошибка сервера %1</translation>
    </message>
    <message>
        <source>%1 answered %2 %3 for %4</source>
        <translation>%1 ответил %2 %3 на запрос %4</translation>
    </message>
    <message>
        <source>%1 failed after %2 attempts: %3</source>
        <translation>%1: запрос не удался после %2 попыток: %3</translation>
    </message>
</context>
<context>
    <name>qadesk::KeychainTokenVault</name>
    <message>
        <source>the system keychain could not %1: %2</source>
        <translation>системному хранилищу паролей не удалось %1: %2</translation>
    </message>
    <message>
        <source>no mail server password in the system keychain; enter it in Settings -&gt; Mail</source>
        <translation>в системном хранилище паролей нет пароля почтового сервера; введите его в разделе Настройки -&gt; Почта</translation>
    </message>
    <message>
        <source>no password for the team database %1 in the system keychain; open the workspace from the welcome page to enter it</source>
        <translation>в системном хранилище паролей нет пароля командной базы данных %1; откройте рабочее пространство со стартовой страницы, чтобы ввести его</translation>
    </message>
    <message>
        <source>no API token for source &quot;%1&quot; in the system keychain; enter it in Settings -&gt; Sources</source>
        <translation>в системном хранилище паролей нет API-токена источника «%1»; введите его в разделе Настройки -&gt; Источники</translation>
    </message>
    <message>
        <source>read the saved password or token</source>
        <translation>прочитать сохранённый пароль или токен</translation>
    </message>
    <message>
        <source>store the password or token</source>
        <translation>сохранить пароль или токен</translation>
    </message>
    <message>
        <source>remove the saved password or token</source>
        <translation>удалить сохранённый пароль или токен</translation>
    </message>
</context>
<context>
    <name>qadesk::MailSendWorker</name>
    <message>
        <source>Sent %1, to retry later %2, failed %3.</source>
        <translation>Отправлено: %1, к повторной отправке: %2, с ошибкой: %3.</translation>
    </message>
    <message>
        <source>QA Desk: test message</source>
        <translation>QA Desk: тестовое письмо</translation>
    </message>
    <message>
        <source>This message confirms that QA Desk can send mail through %1.</source>
        <translation>Это письмо подтверждает, что QA Desk может отправлять почту через %1.</translation>
    </message>
    <message>
        <source>The test message to %1 was accepted by %2.</source>
        <translation>Тестовое письмо для %1 принято сервером %2.</translation>
    </message>
</context>
<context>
    <name>qadesk::OmnideskConnector</name>
    <message>
        <source>%1: the answer is not the expected JSON (%2)</source>
        <translation>%1: ответ не является ожидаемым JSON (%2)</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>проверка подключения</translation>
    </message>
    <message>
        <source>the stored sync position &quot;%1&quot; is not an Omnidesk one; remove the source and add it again to sync from the start</source>
        <translation>сохранённая точка продолжения «%1» не относится к Omnidesk; удалите источник и добавьте его заново, чтобы синхронизировать с самого начала</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>метки</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>группы</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>сотрудники</translation>
    </message>
    <message>
        <source>case list</source>
        <translation>список обращений</translation>
    </message>
    <message>
        <source>case list: more than %1 cases share the update time %2, more than Omnidesk can list page by page</source>
        <translation>список обращений: больше %1 обращений имеют одно и то же время обновления %2 — больше, чем Omnidesk может выдать постранично</translation>
    </message>
    <message>
        <source>messages of case %1</source>
        <translation>сообщения обращения %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <source>no &quot;user&quot; object</source>
        <translation>нет объекта &quot;user&quot;</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>обращение %1</translation>
    </message>
    <message>
        <source>check the staff email and the API key (Settings → API in Omnidesk)</source>
        <translation>проверьте email сотрудника и API-ключ (Настройки → API в Omnidesk)</translation>
    </message>
</context>
<context>
    <name>qadesk::RtConnector</name>
    <message>
        <source>check the RT auth token and that its user may see the queue&apos;s tickets, comments and users</source>
        <translation>проверьте токен RT и что его пользователю доступны тикеты очереди, комментарии и пользователи</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>проверка подключения</translation>
    </message>
    <message>
        <source>connection test: the server does not answer like Request Tracker&apos;s REST 2.0 API</source>
        <translation>проверка подключения: сервер отвечает не так, как REST 2.0 API Request Tracker</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 в байте %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>не объект</translation>
    </message>
    <message>
        <source>%1: the answer is not the expected JSON (%2)</source>
        <translation>%1: ответ — не ожидаемый JSON (%2)</translation>
    </message>
    <message>
        <source>%1: the next page is on another server (%2); not followed</source>
        <translation>%1: следующая страница на другом сервере (%2); переход не выполнен</translation>
    </message>
    <message>
        <source>the stored sync position &quot;%1&quot; is not one of a Request Tracker source (since:TIME|page:N)</source>
        <translation>сохранённая точка продолжения «%1» не относится к источнику Request Tracker (since:TIME|page:N)</translation>
    </message>
    <message>
        <source>ticket search</source>
        <translation>поиск тикетов</translation>
    </message>
    <message>
        <source>ticket search: the answer is not the expected JSON (%1)</source>
        <translation>поиск тикетов: ответ — не ожидаемый JSON (%1)</translation>
    </message>
    <message>
        <source>history of ticket %1</source>
        <translation>история тикета %1</translation>
    </message>
    <message>
        <source>attachments of transaction %1</source>
        <translation>вложения транзакции %1</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>вложение %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>очередь %1</translation>
    </message>
</context>
<context>
    <name>qadesk::SyncEngine</name>
    <message>
        <source>%1: first sync</source>
        <translation>%1: первая синхронизация</translation>
    </message>
    <message>
        <source>%1: resuming after the last stored page</source>
        <translation>%1: продолжение после последней сохранённой страницы</translation>
    </message>
    <message>
        <source>the helpdesk did not say where the next page starts; what was stored is kept</source>
        <translation>хелпдеск не сообщил, откуда начинается следующая страница; всё уже сохранённое остаётся в базе</translation>
    </message>
    <message>
        <source>%1 is up to date: %2 ticket(s) with %3 message(s) in %4 page(s), %5 s.</source>
        <translation>%1 актуален: тикетов — %2, сообщений — %3, страниц — %4, время — %5 с.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) with %1 ticket(s) were stored and are kept; the next sync goes on from there.</source>
        <translation>
            <numerusform>Сохранена %n страница (тикетов: %1) — она не пропадёт; следующая синхронизация продолжит с этого места.</numerusform>
            <numerusform>Сохранены %n страницы (тикетов: %1) — они не пропадут; следующая синхронизация продолжит с этого места.</numerusform>
            <numerusform>Сохранено %n страниц (тикетов: %1) — они не пропадут; следующая синхронизация продолжит с этого места.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Отменено. %1</translation>
    </message>
    <message>
        <source>%1. What was stored before is kept (%2)</source>
        <translation>%1. Ранее сохранённые данные не потеряны (%2)</translation>
    </message>
    <message>
        <source>storing a page failed: %1. %2</source>
        <translation>не удалось сохранить страницу: %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n ticket(s) with %2 message(s) stored</source>
        <translation>
            <numerusform>страница %1: сохранён %n тикет (сообщений: %2)</numerusform>
            <numerusform>страница %1: сохранено %n тикета (сообщений: %2)</numerusform>
            <numerusform>страница %1: сохранено %n тикетов (сообщений: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n ticket(s) skipped: %2</source>
        <translation>
            <numerusform>страница %1: пропущен %n тикет: %2</numerusform>
            <numerusform>страница %1: пропущено %n тикета: %2</numerusform>
            <numerusform>страница %1: пропущено %n тикетов: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n ticket(s) left out by the source&apos;s settings.</source>
        <translation>
            <numerusform> %n тикет исключён настройками источника.</numerusform>
            <numerusform> %n тикета исключены настройками источника.</numerusform>
            <numerusform> %n тикетов исключено настройками источника.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 ticket(s), %2 message(s)</source>
        <translation>
            <numerusform>%n страница, тикетов: %1, сообщений: %2</numerusform>
            <numerusform>%n страницы, тикетов: %1, сообщений: %2</numerusform>
            <numerusform>%n страниц, тикетов: %1, сообщений: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, пропущено: %1</translation>
    </message>
    <message>
        <source>, %1 %</source>
        <translation>, %1 %</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, осталось около %1</translation>
    </message>
</context>
<context>
    <name>qadesk::ZammadConnector</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 (байт %2)</translation>
    </message>
    <message>
        <source>%1: the answer is not the expected JSON (%2)</source>
        <translation>%1: ответ не является ожидаемым JSON (%2)</translation>
    </message>
    <message>
        <source>connection test</source>
        <translation>проверка подключения</translation>
    </message>
    <message>
        <source>the stored sync position &quot;%1&quot; is not one of a Zammad source</source>
        <translation>сохранённая точка продолжения «%1» не относится к источнику Zammad</translation>
    </message>
    <message>
        <source>not a list of states</source>
        <translation>не список статусов</translation>
    </message>
    <message>
        <source>ticket states</source>
        <translation>статусы тикетов</translation>
    </message>
    <message>
        <source>ticket search</source>
        <translation>поиск тикетов</translation>
    </message>
    <message>
        <source>not a list of tickets</source>
        <translation>не список тикетов</translation>
    </message>
    <message>
        <source>ticket %1 has no id or updated_at</source>
        <translation>у тикета %1 нет id или updated_at</translation>
    </message>
    <message>
        <source>articles of ticket %1</source>
        <translation>сообщения тикета %1</translation>
    </message>
    <message>
        <source>not a list of articles</source>
        <translation>не список сообщений</translation>
    </message>
    <message>
        <source>tags of ticket %1</source>
        <translation>теги тикета %1</translation>
    </message>
    <message>
        <source>no &quot;tags&quot; object</source>
        <translation>нет объекта &quot;tags&quot;</translation>
    </message>
    <message>
        <source>not a user</source>
        <translation>не объект пользователя</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>пользователь %1</translation>
    </message>
    <message>
        <source>check the access token and that it has the ticket.agent permission</source>
        <translation>проверьте токен доступа и что у него есть право ticket.agent</translation>
    </message>
</context>
<context>
    <name>qadesk::ZendeskConnector</name>
    <message>
        <source>connection test</source>
        <translation>проверка подключения</translation>
    </message>
    <message>
        <source>ticket export</source>
        <translation>экспорт тикетов</translation>
    </message>
    <message>
        <source>ticket export: the answer is not the expected JSON (%1)</source>
        <translation>экспорт тикетов: ответ не является ожидаемым JSON (%1)</translation>
    </message>
    <message>
        <source>no &quot;tickets&quot; array</source>
        <translation>нет массива &quot;tickets&quot;</translation>
    </message>
    <message>
        <source>comments of ticket %1</source>
        <translation>комментарии тикета %1</translation>
    </message>
    <message>
        <source>comments of ticket %1: the answer is not the expected JSON</source>
        <translation>комментарии тикета %1: ответ не является ожидаемым JSON</translation>
    </message>
    <message>
        <source>check the user and the API token</source>
        <translation>проверьте пользователя и API-токен</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::AboutDialog</name>
    <message>
        <source>About QA Desk</source>
        <translation>О программе QA Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;QA Desk %1&lt;/h2&gt;&lt;p&gt;Score support tickets against weighted scorecards.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QA Desk %1&lt;/h2&gt;&lt;p&gt;Оценка тикетов поддержки по взвешенным чек-листам.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>не открыто</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;Open its folder&lt;/a&gt;</source>
        <translation>%1&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;Открыть папку&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or any later version (GPL-3.0-or-later). QA Desk comes with no warranty.</source>
        <translation>GNU General Public License версии 3 или любой более поздней версии (GPL-3.0-or-later). QA Desk поставляется без каких-либо гарантий.</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Рабочее пространство:</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Настройки:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Лицензия</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::AssignmentPlanDialog</name>
    <message>
        <source>Draw tickets for this trainer every week</source>
        <translation>Проводить еженедельную жеребьёвку тикетов для этого тренера</translation>
    </message>
    <message>
        <source>New assignment plan</source>
        <translation>Новый план заданий</translation>
    </message>
    <message>
        <source>Edit assignment plan</source>
        <translation>Изменить план заданий</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Tickets a week</source>
        <translation>Тикетов в неделю</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>any tag; or: vip, billing</source>
        <translation>любой тег; или: vip, billing</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>any channel; or: email, chat</source>
        <translation>любой канал; или: email, chat</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>&amp;Тренер:</translation>
    </message>
    <message>
        <source>Tickets a &amp;week:</source>
        <translation>Тикетов в &amp;неделю:</translation>
    </message>
    <message>
        <source>0 pauses the draw without losing the filters.</source>
        <translation>0 приостанавливает жеребьёвку, фильтры при этом сохраняются.</translation>
    </message>
    <message>
        <source>T&amp;eams:</source>
        <translation>Ко&amp;манды:</translation>
    </message>
    <message>
        <source>None ticked: every team the trainer may evaluate. Space ticks.</source>
        <translation>Ничего не отмечено — все команды, которые тренер может оценивать. Пробел ставит отметку.</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Т&amp;еги:</translation>
    </message>
    <message>
        <source>Comma-separated; a ticket qualifies with any of them.</source>
        <translation>Через запятую; тикет подходит, если совпадает хотя бы одно значение.</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>&amp;Каналы:</translation>
    </message>
    <message>
        <source>&amp;Scorecards:</source>
        <translation>&amp;Чек-листы:</translation>
    </message>
    <message>
        <source>None ticked: tickets of any scorecard.</source>
        <translation>Ничего не отмечено — тикеты по любому чек-листу.</translation>
    </message>
    <message>
        <source>Choose a trainer</source>
        <translation>Выберите тренера</translation>
    </message>
    <message>
        <source>%1 (no such team)</source>
        <translation>%1 (нет такой команды)</translation>
    </message>
    <message>
        <source>%1 — not permitted for this trainer</source>
        <translation>%1 — не разрешено для этого тренера</translation>
    </message>
    <message>
        <source>%1 (no such scorecard)</source>
        <translation>%1 (нет такого чек-листа)</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::AssignmentPlanModel</name>
    <message>
        <source>any</source>
        <translation>любые</translation>
    </message>
    <message>
        <source>any they may evaluate</source>
        <translation>любые, доступные для оценки</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>default (not saved)</source>
        <translation>по умолчанию (не сохранён)</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Tickets a week</source>
        <translation>Тикетов в неделю</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::AssignmentPlansPanel</name>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Новый план…</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>&amp;Изменить план…</translation>
    </message>
    <message>
        <source>Pa&amp;use plan</source>
        <translation>&amp;Приостановить план</translation>
    </message>
    <message>
        <source>Assignment plans per trainer</source>
        <translation>Планы заданий по тренерам</translation>
    </message>
    <message numerus="yes">
        <source>Each trainer&apos;s weekly draw: how many tickets and which ones qualify. A trainer without a saved plan gets %n ticket(s) a week from any team they may evaluate.</source>
        <translation>
            <numerusform>Еженедельная жеребьёвка каждого тренера: сколько тикетов и какие из них подходят. Тренер без сохранённого плана получает %n тикет в неделю из любой команды, которую может оценивать.</numerusform>
            <numerusform>Еженедельная жеребьёвка каждого тренера: сколько тикетов и какие из них подходят. Тренер без сохранённого плана получает %n тикета в неделю из любой команды, которую может оценивать.</numerusform>
            <numerusform>Еженедельная жеребьёвка каждого тренера: сколько тикетов и какие из них подходят. Тренер без сохранённого плана получает %n тикетов в неделю из любой команды, которую может оценивать.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plans could not be read: %1</source>
        <translation>Не удалось прочитать планы: %1</translation>
    </message>
    <message>
        <source>Res&amp;ume plan</source>
        <translation>&amp;Возобновить план</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %1 saved: %n ticket(s) a week.</source>
        <translation>
            <numerusform>План для %1 сохранён: %n тикет в неделю.</numerusform>
            <numerusform>План для %1 сохранён: %n тикета в неделю.</numerusform>
            <numerusform>План для %1 сохранён: %n тикетов в неделю.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan of %1 resumed: the next draws include them again.</source>
        <translation>План для %1 возобновлён: следующие жеребьёвки снова его учитывают.</translation>
    </message>
    <message>
        <source>Plan of %1 paused: the next draws skip them; the filters are kept.</source>
        <translation>План для %1 приостановлен: следующие жеребьёвки его пропускают; фильтры сохранены.</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::AssignmentProgressModel</name>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::AssignmentTaskModel</name>
    <message>
        <source>replaced by task %1</source>
        <translation>заменено заданием %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>не начато</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Тикет</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::AssignmentsPage</name>
    <message>
        <source>&amp;Draw the week</source>
        <translation>Провести &amp;жеребьёвку недели</translation>
    </message>
    <message>
        <source>Progress per trainer</source>
        <translation>Прогресс по тренерам</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Re&amp;assign</source>
        <translation>&amp;Переназначить</translation>
    </message>
    <message>
        <source>Re&amp;place ticket</source>
        <translation>&amp;Заменить тикет</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>2026-W47</source>
        <translation>2026-W47</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Зерно</translation>
    </message>
    <message>
        <source>random (recorded)</source>
        <translation>случайное (сохраняется)</translation>
    </message>
    <message>
        <source>Trainer who takes the task</source>
        <translation>Тренер, который возьмёт задание</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log)</source>
        <translation>Причина (сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Неделя:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Зерно:</translation>
    </message>
    <message>
        <source>Selected task:</source>
        <translation>Выбранное задание:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Assignments&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Задания&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>The assignments could not be read: %1</source>
        <translation>Не удалось прочитать задания: %1</translation>
    </message>
    <message>
        <source>Seed: &quot;%1&quot; is not a whole number from 0 to 18446744073709551615</source>
        <translation>Зерно: «%1» — не целое число от 0 до 18446744073709551615</translation>
    </message>
    <message numerus="yes">
        <source>Drew %n task(s) for %1 with seed %2 from %3 ticket(s) solved %4–%5; due %6.</source>
        <translation>
            <numerusform>Разыграно %n задание на %1 (зерно %2) из тикетов, решённых %4–%5 (всего: %3); срок — %6.</numerusform>
            <numerusform>Разыграно %n задания на %1 (зерно %2) из тикетов, решённых %4–%5 (всего: %3); срок — %6.</numerusform>
            <numerusform>Разыграно %n заданий на %1 (зерно %2) из тикетов, решённых %4–%5 (всего: %3); срок — %6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) could not be filled: not enough eligible tickets.</source>
        <translation>
            <numerusform>%n задание не удалось заполнить: не хватает подходящих тикетов.</numerusform>
            <numerusform>%n задания не удалось заполнить: не хватает подходящих тикетов.</numerusform>
            <numerusform>%n заданий не удалось заполнить: не хватает подходящих тикетов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Task %1 now belongs to %2.</source>
        <translation>Задание %1 теперь выполняет %2.</translation>
    </message>
    <message>
        <source>Task %1 replaced by task %2: ticket %3.</source>
        <translation>Задание %1 заменено заданием %2: тикет %3.</translation>
    </message>
    <message>
        <source>&amp;Week and tasks</source>
        <translation>&amp;Неделя и задания</translation>
    </message>
    <message>
        <source>P&amp;lans</source>
        <translation>&amp;Планы</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::ConversationView</name>
    <message>
        <source>customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>engineer</source>
        <translation>инженер</translation>
    </message>
    <message>
        <source>system</source>
        <translation>система</translation>
    </message>
    <message>
        <source>Ticket %1 in %2</source>
        <translation>Тикет %1 в %2</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>статус %1</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>команда %1</translation>
    </message>
    <message>
        <source>engineer %1</source>
        <translation>инженер %1</translation>
    </message>
    <message>
        <source>channel %1</source>
        <translation>канал %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Теги: %1</translation>
    </message>
    <message>
        <source>CSAT: %1</source>
        <translation>CSAT: %1</translation>
    </message>
    <message>
        <source>Open in the helpdesk</source>
        <translation>Открыть в хелпдеске</translation>
    </message>
    <message>
        <source>This ticket has not been synced from the helpdesk yet.</source>
        <translation>Этот тикет ещё не синхронизирован из хелпдеска.</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Нет сообщений.</translation>
    </message>
    <message>
        <source>INTERNAL NOTE</source>
        <translation>ВНУТРЕННЯЯ ЗАМЕТКА</translation>
    </message>
    <message>
        <source>Shortened for display: the message has %1 characters. The whole text is in the helpdesk.</source>
        <translation>Сокращено для показа: в сообщении %1 символов. Полный текст — в хелпдеске.</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::DashboardPage</name>
    <message>
        <source>Why is the month reopened? (kept in the audit log)</source>
        <translation>Почему месяц открывается повторно? (сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <source>by submission time</source>
        <translation>по времени отправки</translation>
    </message>
    <message>
        <source>by ticket solved time</source>
        <translation>по времени решения тикета</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Группировка: %1</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export the report of this period</source>
        <translation>Экспортировать отчёт за этот период</translation>
    </message>
    <message>
        <source>Double-click a row to see the evaluations behind its numbers.</source>
        <translation>Дважды щёлкните строку, чтобы увидеть оценки, на которых основаны её показатели.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Тикет</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлена</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Evaluations done</source>
        <translation>Выполнено оценок</translation>
    </message>
    <message>
        <source>Average score given</source>
        <translation>Средний выставленный балл</translation>
    </message>
    <message>
        <source>Others on the same teams</source>
        <translation>Остальные в тех же командах</translation>
    </message>
    <message>
        <source>Their evaluations</source>
        <translation>Их оценки</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Тренеры</translation>
    </message>
    <message>
        <source>Reopen %1…</source>
        <translation>Переоткрыть %1…</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Закрыть месяц</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Закрыть %1</translation>
    </message>
    <message>
        <source>Choose a whole calendar month to close it</source>
        <translation>Чтобы закрыть месяц, выберите целый календарный месяц</translation>
    </message>
    <message numerus="yes">
        <source>%1 · version %2 · %n evaluation(s)</source>
        <translation>
            <numerusform>%1 · версия %2 · %n оценка</numerusform>
            <numerusform>%1 · версия %2 · %n оценки</numerusform>
            <numerusform>%1 · версия %2 · %n оценок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) behind %1</source>
        <translation>
            <numerusform>%1: %n оценка</numerusform>
            <numerusform>%1: %n оценки</numerusform>
            <numerusform>%1: %n оценок</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Failure rate per question</source>
        <translation>Доля провалов по вопросам</translation>
    </message>
    <message>
        <source>Failure rate per question: No and Partly (%)</source>
        <translation>Доля провалов по вопросам: Нет и Частично (%)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message>
        <source>KPI per month: %1</source>
        <translation>KPI по месяцам: %1</translation>
    </message>
    <message>
        <source>KPI per week: %1</source>
        <translation>KPI по неделям: %1</translation>
    </message>
    <message>
        <source>Score distribution: %1</source>
        <translation>Распределение баллов: %1</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the KPI report</source>
        <translation>Экспорт отчёта KPI</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: не удаётся записать файл: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Переоткрыть %1</translation>
    </message>
    <message>
        <source>%1 reopened</source>
        <translation>%1 переоткрыт</translation>
    </message>
    <message>
        <source>%1 closed: snapshot #%2</source>
        <translation>%1 закрыт: снимок №%2</translation>
    </message>
    <message>
        <source>Tasks assigned</source>
        <translation>Назначено заданий</translation>
    </message>
    <message>
        <source>Done of assigned</source>
        <translation>Выполнено из назначенных</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Assigned tasks due in the period</source>
        <translation>Назначенные задания со сроком в этом периоде</translation>
    </message>
    <message>
        <source>Assigned tasks whose ticket the trainer has evaluated, and their share</source>
        <translation>Назначенные задания, тикет которых тренер уже оценил, и их доля</translation>
    </message>
    <message>
        <source>Assigned tasks not done and past their due day</source>
        <translation>Невыполненные назначенные задания с истёкшим сроком</translation>
    </message>
    <message>
        <source>The average score other trainers gave engineers of the teams this trainer evaluated</source>
        <translation>Средний балл, который другие тренеры ставили инженерам команд, оценённых этим тренером</translation>
    </message>
    <message>
        <source>Tasks are the evaluation assignments due in the period; one is done once the trainer has submitted an evaluation of its ticket, overdue when it is not done after its due day. Averages are of the counted evaluations of the period.</source>
        <translation>Задания — это назначения на оценку со сроком в этом периоде; задание выполнено, когда тренер отправил оценку его тикета, и просрочено, если оно не выполнено после дня срока. Средние значения рассчитаны по учтённым оценкам периода.</translation>
    </message>
    <message>
        <source>Computing the KPI of %1 – %2…</source>
        <translation>Расчёт KPI за %1 – %2…</translation>
    </message>
    <message>
        <source>Freezing the month…</source>
        <translation>Фиксация месяца…</translation>
    </message>
    <message>
        <source>Writing the report file…</source>
        <translation>Запись файла отчёта…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>The KPI could not be computed: %1</source>
        <translation>Не удалось рассчитать KPI: %1</translation>
    </message>
    <message>
        <source>Loading the evaluations behind %1…</source>
        <translation>Загрузка оценок, из которых складывается %1…</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 %</source>
        <translation>%1 из %2 · %3 %</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::DisputeItemWidget</name>
    <message>
        <source>Trainer&apos;s answer: %1</source>
        <translation>Ответ тренера: %1</translation>
    </message>
    <message>
        <source>Engineer&apos;s reason: %1</source>
        <translation>Обоснование инженера: %1</translation>
    </message>
    <message>
        <source>Proposes: %1</source>
        <translation>Предлагает: %1</translation>
    </message>
    <message>
        <source>No answer proposed</source>
        <translation>Ответ не предложен</translation>
    </message>
    <message>
        <source>Kept %1</source>
        <translation>Оставлено: %1</translation>
    </message>
    <message>
        <source>Proposal accepted: %1</source>
        <translation>Предложение принято: %1</translation>
    </message>
    <message>
        <source>Changed to %1</source>
        <translation>Изменено на %1</translation>
    </message>
    <message>
        <source>Arbiter: %1</source>
        <translation>Арбитр: %1</translation>
    </message>
    <message>
        <source>&amp;Keep %1</source>
        <translation>&amp;Оставить %1</translation>
    </message>
    <message>
        <source>&amp;Accept %1</source>
        <translation>&amp;Принять %1</translation>
    </message>
    <message>
        <source>&amp;Accept proposal</source>
        <translation>&amp;Принять предложение</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>&amp;Другой:</translation>
    </message>
    <message>
        <source>Other answer</source>
        <translation>Другой ответ</translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation>Обоснование (обязательно)</translation>
    </message>
    <message>
        <source>Decision comment for %1</source>
        <translation>Комментарий к решению по %1</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::DisputeListModel</name>
    <message>
        <source>unscored</source>
        <translation>без балла</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Тикет</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Арбитр</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::DisputeOversightPage</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Возраст (дни)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Тикет</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Arbitrated</source>
        <translation>Рассмотрено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Days to open a dispute after submission</source>
        <translation>Сколько дней после отправки оценки можно открыть спор</translation>
    </message>
    <message>
        <source>A dispute can be opened up to</source>
        <translation>Спор можно открыть в течение</translation>
    </message>
    <message>
        <source>after submission.</source>
        <translation>после отправки оценки.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open disputes, oldest first&lt;/b&gt;</source>
        <translation>&lt;b&gt;Открытые споры, сначала старые&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overturn rate by trainer&lt;/b&gt; (often overturned: calibrate)</source>
        <translation>&lt;b&gt;Доля отменённых ответов по тренерам&lt;/b&gt; (часто отменяют — нужна калибровка)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overturn rate by question&lt;/b&gt; (often overturned: ambiguous)</source>
        <translation>&lt;b&gt;Доля отменённых ответов по вопросам&lt;/b&gt; (часто отменяют — вопрос неоднозначен)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Disputes&lt;/h3&gt;%1 open · %2 resolved · %3 declined · %4 withdrawn · time to resolution: median %5 days, mean %6 days</source>
        <translation>&lt;h3&gt;Споры&lt;/h3&gt;открыто: %1 · решено: %2 · отклонено: %3 · отозвано: %4 · время до решения: медиана %5 дн., среднее %6 дн.</translation>
    </message>
    <message numerus="yes">
        <source>Disputes can now be opened up to %n day(s) after submission.</source>
        <translation>
            <numerusform>Теперь спор можно открыть в течение %n дня после отправки оценки.</numerusform>
            <numerusform>Теперь спор можно открыть в течение %n дней после отправки оценки.</numerusform>
            <numerusform>Теперь спор можно открыть в течение %n дней после отправки оценки.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::ui::DisputeView</name>
    <message>
        <source>unscored</source>
        <translation>без балла</translation>
    </message>
    <message>
        <source>Acc&amp;ept for arbitration</source>
        <translation>&amp;Принять к арбитражу</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <source>Assign &amp;next in turn</source>
        <translation>Назначить &amp;следующего по очереди</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Отоз&amp;вать</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Решить</translation>
    </message>
    <message>
        <source>Reason to decline (required)</source>
        <translation>Причина отклонения (обязательно)</translation>
    </message>
    <message>
        <source>Reason to decline</source>
        <translation>Причина отклонения</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>Арбитр</translation>
    </message>
    <message>
        <source>Overall comment (optional)</source>
        <translation>Общий комментарий (необязательно)</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Общий комментарий</translation>
    </message>
    <message>
        <source>Disputed questions</source>
        <translation>Оспариваемые вопросы</translation>
    </message>
    <message>
        <source>Whole evaluation</source>
        <translation>Оценка целиком</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dispute %1 — %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Спор %1 — %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Ticket &lt;b&gt;%1&lt;/b&gt; %2 · engineer &lt;b&gt;%3&lt;/b&gt; · trainer &lt;b&gt;%4&lt;/b&gt; · opened by %5 on %6</source>
        <translation>Тикет &lt;b&gt;%1&lt;/b&gt; %2 · инженер &lt;b&gt;%3&lt;/b&gt; · тренер &lt;b&gt;%4&lt;/b&gt; · открыл(а) %5, %6</translation>
    </message>
    <message>
        <source> · arbiter &lt;b&gt;%1&lt;/b&gt;</source>
        <translation> · арбитр &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Trainer&apos;s score: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Балл тренера: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> (a critical question failed; %1 before the cap)</source>
        <translation> (провален критический вопрос; %1 до ограничения)</translation>
    </message>
    <message>
        <source>%1: arbitrated score &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: балл после арбитража &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Arbiter&apos;s summary: %1</source>
        <translation>Заключение арбитра: %1</translation>
    </message>
    <message>
        <source>Declined by %1: %2</source>
        <translation>Отклонил(а) %1: %2</translation>
    </message>
    <message>
        <source>The ticket could not be read.</source>
        <translation>Не удалось прочитать тикет.</translation>
    </message>
    <message>
        <source>%1 · evaluation score %2 → %3</source>
        <translation>%1 · балл оценки %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Decide %n more question(s).</source>
        <translation>
            <numerusform>Осталось решить %n вопрос.</numerusform>
            <numerusform>Осталось решить %n вопроса.</numerusform>
            <numerusform>Осталось решить %n вопросов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: score &lt;b&gt;%2&lt;/b&gt; → &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1: балл &lt;b&gt;%2&lt;/b&gt; → &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dispute %1 accepted for arbitration.</source>
        <translation>Спор %1 принят к арбитражу.</translation>
    </message>
    <message>
        <source>Dispute %1 declined.</source>
        <translation>Спор %1 отклонён.</translation>
    </message>
    <message>
        <source>Arbiter assigned to dispute %1.</source>
        <translation>Спору %1 назначен арбитр.</translation>
    </message>
    <message>
        <source>Dispute %1 resolved: %2, score %3 → %4</source>
        <translation>Спор %1 решён: %2, балл %3 → %4</translation>
    </message>
    <message>
        <source>Dispute %1 withdrawn.</source>
        <translation>Спор %1 отозван.</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::DisputesFeature</name>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Уведомления (%1)</translation>
    </message>
    <message>
        <source>&amp;Disputes</source>
        <translation>&amp;Споры</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Уведомления</translation>
    </message>
    <message>
        <source>&amp;Oversight</source>
        <translation>&amp;Контроль</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::DisputesPage</name>
    <message>
        <source>Dispute…</source>
        <translation>Оспорить…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Ждут меня</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>Незакрытые</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Evaluation to dispute for an engineer of your team</source>
        <translation>Оценка инженера вашей команды, которую нужно оспорить</translation>
    </message>
    <message>
        <source>Dispute %1 opened; your team lead decides whether it goes to arbitration.</source>
        <translation>Спор %1 открыт; тимлид решит, передавать ли его в арбитраж.</translation>
    </message>
    <message>
        <source>%1 · ticket %2 · %3</source>
        <translation>%1 · тикет %2 · %3</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>без балла</translation>
    </message>
    <message>
        <source>No disputes here.</source>
        <translation>Споров нет.</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::EvaluationPage</name>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>Этого тикета больше нет.</translation>
    </message>
    <message>
        <source>The ticket could not be read: %1</source>
        <translation>Не удалось прочитать тикет: %1</translation>
    </message>
    <message>
        <source>No scorecard in this workspace yet. Import one with &apos;qadesk scorecards import FILE&apos;.</source>
        <translation>В этом рабочем пространстве пока нет чек-листов. Импортируйте чек-лист командой &apos;qadesk scorecards import FILE&apos;.</translation>
    </message>
    <message>
        <source>%1 — not meant for this ticket</source>
        <translation>%1 — не предназначен для этого тикета</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Start evaluation</source>
        <translation>Начать оценку</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Переоткрыть…</translation>
    </message>
    <message>
        <source>Reopen the evaluation</source>
        <translation>Переоткрыть оценку</translation>
    </message>
    <message>
        <source>Why is it reopened? (kept in the audit log)</source>
        <translation>Почему оценка переоткрывается? (причина сохраняется в журнале аудита)</translation>
    </message>
    <message>
        <source>← My work</source>
        <translation>← Моя работа</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Вернуться к списку (Esc)</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Черновик сохранён.</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>&amp;Scorecard:</source>
        <translation>&amp;Чек-лист:</translation>
    </message>
    <message>
        <source>Evaluation submitted: %1 of 100.</source>
        <translation>Оценка отправлена: %1 из 100.</translation>
    </message>
    <message>
        <source>Evaluation submitted (unscored).</source>
        <translation>Оценка отправлена (без балла).</translation>
    </message>
    <message>
        <source>The evaluation is open for changes again.</source>
        <translation>Оценка снова открыта для изменений.</translation>
    </message>
    <message>
        <source>Find in the conversation</source>
        <translation>Поиск в переписке</translation>
    </message>
    <message>
        <source>Find in the conversation (Enter: next, Shift+Enter: previous, Esc: close)</source>
        <translation>Поиск в переписке (Enter — следующее, Shift+Enter — предыдущее, Esc — закрыть)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::IdentityPage</name>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Who are you?&lt;/h2&gt;&lt;p&gt;QA Desk shows your work and applies the rules of your roles. You can switch later in the File menu.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Кто вы?&lt;/h2&gt;&lt;p&gt;QA Desk показывает вашу работу и применяет правила ваших ролей. Сменить сотрудника можно позже в меню «Файл».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::InboxModel</name>
    <message>
        <source>Start evaluation</source>
        <translation>Начать оценку</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>(not synced yet)</source>
        <translation>(ещё не синхронизирован)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Тикет</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, просрочено</translation>
    </message>
    <message>
        <source>Assigned to you by the QA admin; due %1</source>
        <translation>Назначено вам QA-администратором; срок — %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::InboxPage</name>
    <message>
        <source>Which tickets</source>
        <translation>Какие тикеты показывать</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <source>To evaluate</source>
        <translation>К оценке</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Мои черновики</translation>
    </message>
    <message>
        <source>Submitted by me</source>
        <translation>Отправленные мной</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Все тикеты</translation>
    </message>
    <message>
        <source>Solved any time</source>
        <translation>Решённые за всё время</translation>
    </message>
    <message>
        <source>Solved in the last 7 days</source>
        <translation>Решённые за последние 7 дней</translation>
    </message>
    <message>
        <source>Solved this month</source>
        <translation>Решённые в этом месяце</translation>
    </message>
    <message>
        <source>Solved in the last 30 days</source>
        <translation>Решённые за последние 30 дней</translation>
    </message>
    <message>
        <source>Solved in the last 90 days</source>
        <translation>Решённые за последние 90 дней</translation>
    </message>
    <message>
        <source>Search by ticket id or subject</source>
        <translation>Поиск по ID или теме тикета</translation>
    </message>
    <message>
        <source>Ticket id or subject (Ctrl+F)</source>
        <translation>ID или тема тикета (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Тикеты</translation>
    </message>
    <message>
        <source>The tickets could not be read: %1</source>
        <translation>Не удалось прочитать тикеты: %1</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <source>All engineers</source>
        <translation>Все инженеры</translation>
    </message>
    <message>
        <source>All scorecards</source>
        <translation>Все чек-листы</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ticket(s)</source>
        <translation>
            <numerusform>%1 из %n тикета</numerusform>
            <numerusform>%1 из %n тикетов</numerusform>
            <numerusform>%1 из %n тикетов</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Назначено мне</translation>
    </message>
    <message>
        <source>Assigned to me (%1 open, %2 overdue)</source>
        <translation>Назначено мне (открыто: %1, просрочено: %2)</translation>
    </message>
    <message>
        <source>Assigned to me (%1 open)</source>
        <translation>Назначено мне (открыто: %1)</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::KpiTableModel</name>
    <message>
        <source>Too few evaluations for a fair KPI (%1).</source>
        <translation>Слишком мало оценок для показательного KPI (%1).</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Прошлый период: %1</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Максимум</translation>
    </message>
    <message>
        <source>Critical fails</source>
        <translation>Провалы критических</translation>
    </message>
    <message>
        <source>Open disputes</source>
        <translation>Открытые споры</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Пересмотрено</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Коэффициент</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::MailDeliveryPage</name>
    <message>
        <source>Send the team&apos;s &amp;KPI every Monday (to team leads)</source>
        <translation>Отправлять KPI команды &amp;каждый понедельник (тимлидам)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Mail delivery per team and person</source>
        <translation>Доставка писем по командам и сотрудникам</translation>
    </message>
    <message>
        <source>Evaluation mail</source>
        <translation>Письма об оценках</translation>
    </message>
    <message>
        <source>One message per evaluation</source>
        <translation>Отдельное письмо на каждую оценку</translation>
    </message>
    <message>
        <source>A daily digest</source>
        <translation>Ежедневная сводка</translation>
    </message>
    <message>
        <source>Digest hour</source>
        <translation>Час отправки сводки</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>A digest collects the day&apos;s evaluations into one message at the chosen hour (this computer&apos;s time). A person&apos;s own choice wins over their team&apos;s.</source>
        <translation>Сводка собирает оценки за день в одно письмо и отправляет его в выбранный час (по времени этого компьютера). Собственный выбор сотрудника важнее выбора его команды.</translation>
    </message>
    <message>
        <source>at &amp;hour:</source>
        <translation>в &amp;час:</translation>
    </message>
    <message>
        <source>Editing:</source>
        <translation>Редактирование:</translation>
    </message>
    <message>
        <source>Evaluation &amp;mail:</source>
        <translation>Письма об &amp;оценках:</translation>
    </message>
    <message>
        <source>The mail choices could not be read: %1</source>
        <translation>Не удалось прочитать настройки рассылки: %1</translation>
    </message>
    <message>
        <source>(choose a team or a person above)</source>
        <translation>(выберите команду или сотрудника выше)</translation>
    </message>
    <message>
        <source>team %1 (everyone in it without their own choice)</source>
        <translation>команда %1 (все её участники без собственного выбора)</translation>
    </message>
    <message>
        <source>Not set: the default (one message per evaluation)</source>
        <translation>Не задано: по умолчанию (отдельное письмо на каждую оценку)</translation>
    </message>
    <message>
        <source>Not set: their team&apos;s choice, else one message per evaluation</source>
        <translation>Не задано: выбор команды, иначе отдельное письмо на каждую оценку</translation>
    </message>
    <message>
        <source>%1: the default applies again.</source>
        <translation>%1: снова действует значение по умолчанию.</translation>
    </message>
    <message>
        <source>%1: their team&apos;s choice (or the default) applies again.</source>
        <translation>%1: снова действует выбор команды (или значение по умолчанию).</translation>
    </message>
    <message>
        <source>%1: %2; weekly KPI mail: %3.</source>
        <translation>%1: %2; еженедельное письмо с KPI: %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::MailPage</name>
    <message>
        <source>Server and templates</source>
        <translation>Сервер и шаблоны</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Очередь исходящих</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::MailPreferenceModel</name>
    <message>
        <source>One message per evaluation</source>
        <translation>Отдельное письмо на каждую оценку</translation>
    </message>
    <message>
        <source>Daily digest at %1</source>
        <translation>Ежедневная сводка в %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Тимлид</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>the team&apos;s choice</source>
        <translation>выбор команды</translation>
    </message>
    <message>
        <source>their own choice</source>
        <translation>собственный выбор</translation>
    </message>
    <message>
        <source>from team %1</source>
        <translation>от команды %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>Team or person</source>
        <translation>Команда или сотрудник</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Evaluation mail</source>
        <translation>Письма об оценках</translation>
    </message>
    <message>
        <source>Weekly KPI</source>
        <translation>Еженедельный KPI</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Кем задано</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::MailSettingsPage</name>
    <message>
        <source>Send &amp;test message</source>
        <translation>Отправить &amp;тестовое письмо</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (порт 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (порт 465)</translation>
    </message>
    <message>
        <source>None (only to this computer)</source>
        <translation>Нет (только на этот компьютер)</translation>
    </message>
    <message>
        <source>empty when the server needs no login</source>
        <translation>оставьте пустым, если сервер не требует входа</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty keeps the stored one</source>
        <translation>хранится в системном хранилище паролей; если оставить пустым, сохранится прежний</translation>
    </message>
    <message>
        <source>optional: where &quot;All my scores&quot; in the mail points</source>
        <translation>необязательно: куда ведёт ссылка «Все мои оценки» в письме</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Защита:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Адрес отправителя:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Имя отправителя:</translation>
    </message>
    <message>
        <source>Link to all scores:</source>
        <translation>Ссылка на все оценки:</translation>
    </message>
    <message>
        <source>Disputes possible for:</source>
        <translation>Оспорить можно в течение:</translation>
    </message>
    <message>
        <source>Tell me of disputes waiting over:</source>
        <translation>Сообщать о спорах, ожидающих дольше:</translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation>Тестовое письмо на:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Исходящая почта (SMTP)</translation>
    </message>
    <message>
        <source>empty: the built-in Russian and English templates</source>
        <translation>пусто: встроенные русские и английские шаблоны</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>&amp;Copy built-in templates there</source>
        <translation>&amp;Копировать туда встроенные шаблоны</translation>
    </message>
    <message>
        <source>Own templates folder:</source>
        <translation>Папка своих шаблонов:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Saved, but mail cannot be sent yet: %1</source>
        <translation>Сохранено, но отправлять почту пока нельзя: %1</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Отправка тестового письма на %1…</translation>
    </message>
    <message>
        <source>no data: empty values</source>
        <translation>нет данных: пустые значения</translation>
    </message>
    <message>
        <source>evaluation %1 of ticket %2</source>
        <translation>оценка %1 тикета %2</translation>
    </message>
    <message>
        <source>Subject: %1
Template: %2
Filled with: %3</source>
        <translation>Тема: %1
Шаблон: %2
Данные: %3</translation>
    </message>
    <message>
        <source>Own templates folder: name a folder first</source>
        <translation>Папка своих шаблонов: сначала укажите папку</translation>
    </message>
    <message>
        <source>%1 template file(s) copied to %2; edit them and press Preview. Save to use them.</source>
        <translation>Скопировано файлов шаблонов в %2: %1. Отредактируйте их и нажмите «Просмотр». Чтобы использовать их, сохраните настройки.</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::MainWindow</name>
    <message>
        <source>QA Desk</source>
        <translation>QA Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About QA Desk</source>
        <translation>&amp;О программе QA Desk</translation>
    </message>
    <message>
        <source>Preparing the demo workspace…</source>
        <translation>Подготовка демонстрационного рабочего пространства…</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Открытие рабочего пространства…</translation>
    </message>
    <message>
        <source>The workspace could not be opened.

%1</source>
        <translation>Не удалось открыть рабочее пространство.

%1</translation>
    </message>
    <message>
        <source>QA Desk — %1</source>
        <translation>QA Desk — %1</translation>
    </message>
    <message>
        <source>Demo workspace created.</source>
        <translation>Демонстрационное рабочее пространство создано.</translation>
    </message>
    <message>
        <source>My &amp;work</source>
        <translation>Моя &amp;работа</translation>
    </message>
    <message>
        <source>My &amp;scores</source>
        <translation>Мои &amp;оценки</translation>
    </message>
    <message>
        <source>Switch &amp;person…</source>
        <translation>Сменить &amp;сотрудника…</translation>
    </message>
    <message>
        <source>People could not be read: %1</source>
        <translation>Не удалось прочитать список сотрудников: %1</translation>
    </message>
    <message>
        <source>This is the last ticket of the list.</source>
        <translation>Это последний тикет в списке.</translation>
    </message>
    <message>
        <source>This is the first ticket of the list.</source>
        <translation>Это первый тикет в списке.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>The language changes when QA Desk starts again.</source>
        <translation>Язык сменится при следующем запуске QA Desk.</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;Источники…</translation>
    </message>
    <message>
        <source>Switch w&amp;orkspace…</source>
        <translation>Сменить &amp;рабочее пространство…</translation>
    </message>
    <message>
        <source>The workspace could not be opened: %1</source>
        <translation>Не удалось открыть рабочее пространство: %1</translation>
    </message>
    <message>
        <source>The password could not be kept in the system keychain (%1); QA Desk will ask for it next time.</source>
        <translation>Не удалось сохранить пароль в системном хранилище паролей (%1); QA Desk запросит его в следующий раз.</translation>
    </message>
    <message>
        <source>KPI &amp;dashboard</source>
        <translation>&amp;Панель KPI</translation>
    </message>
    <message>
        <source>&amp;Mail…</source>
        <translation>П&amp;очта…</translation>
    </message>
    <message>
        <source>Mail: %1</source>
        <translation>Почта: %1</translation>
    </message>
    <message>
        <source>Score&amp;cards…</source>
        <translation>&amp;Чек-листы…</translation>
    </message>
    <message>
        <source>&amp;Assignments…</source>
        <translation>&amp;Задания…</translation>
    </message>
    <message>
        <source>&amp;People and roles…</source>
        <translation>&amp;Сотрудники и роли…</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::MyScoresPage</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation>Последние три месяца</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>My evaluations</source>
        <translation>Мои оценки</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Отправлена</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Тикет</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message numerus="yes">
        <source>KPI %1 — %2: &lt;b&gt;%3&lt;/b&gt; from %n evaluation(s); bonus multiplier %4</source>
        <translation>
            <numerusform>KPI за %1 — %2: &lt;b&gt;%3&lt;/b&gt; по %n оценке; бонусный коэффициент %4</numerusform>
            <numerusform>KPI за %1 — %2: &lt;b&gt;%3&lt;/b&gt; по %n оценкам; бонусный коэффициент %4</numerusform>
            <numerusform>KPI за %1 — %2: &lt;b&gt;%3&lt;/b&gt; по %n оценкам; бонусный коэффициент %4</numerusform>
        </translation>
    </message>
    <message>
        <source>KPI %1 — %2: no evaluations in this period yet</source>
        <translation>KPI за %1 — %2: за этот период оценок пока нет</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>без балла</translation>
    </message>
    <message>
        <source>A critical question failed</source>
        <translation>Провален критичный вопрос</translation>
    </message>
    <message>
        <source>No evaluations of your tickets yet.</source>
        <translation>Ваши тикеты пока не оценивались.</translation>
    </message>
    <message>
        <source>&amp;Dispute this score…</source>
        <translation>&amp;Оспорить эту оценку…</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Спор</translation>
    </message>
    <message>
        <source>(trainer: %1)</source>
        <translation>(тренер: %1)</translation>
    </message>
    <message numerus="yes">
        <source> · %n evaluation(s) under dispute</source>
        <translation>
            <numerusform> · %n оценка оспаривается</numerusform>
            <numerusform> · %n оценки оспариваются</numerusform>
            <numerusform> · %n оценок оспариваются</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qadesk::ui::NotificationsPage</name>
    <message>
        <source>Mark &amp;read</source>
        <translation>Отметить как &amp;прочитанное</translation>
    </message>
    <message>
        <source>Mark &amp;all read</source>
        <translation>Отметить &amp;все как прочитанные</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notifications&lt;/b&gt; — Enter opens the dispute</source>
        <translation>&lt;b&gt;Уведомления&lt;/b&gt; — Enter открывает спор</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::OpenDisputeForm</name>
    <message>
        <source>&amp;Open dispute</source>
        <translation>&amp;Открыть спор</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>No evaluation %1.</source>
        <translation>Оценка %1 не найдена.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dispute the evaluation of ticket %1&lt;/h3&gt;%2 · %3 · trainer %4 · score &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;Tick the questions you disagree with and say why; propose the answer you think right.</source>
        <translation>&lt;h3&gt;Спор по оценке тикета %1&lt;/h3&gt;%2 · %3 · тренер %4 · балл &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;Отметьте вопросы, с которыми вы не согласны, и объясните почему; предложите ответ, который считаете верным.</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>без балла</translation>
    </message>
    <message>
        <source>Why the answer is wrong (required)</source>
        <translation>Почему ответ неверен (обязательно)</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>Обоснование для %1</translation>
    </message>
    <message>
        <source>Proposed answer for %1</source>
        <translation>Предлагаемый ответ для %1</translation>
    </message>
    <message>
        <source>No proposal</source>
        <translation>Без предложения</translation>
    </message>
    <message>
        <source>Already arbitrated; it cannot be disputed again.</source>
        <translation>Уже рассмотрено в арбитраже; повторно оспорить нельзя.</translation>
    </message>
    <message>
        <source>Tick at least one question.</source>
        <translation>Отметьте хотя бы один вопрос.</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::OutboxModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди с</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::OutboxPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Ca&amp;ncel message</source>
        <translation>&amp;Отменить сообщение</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Очередь исходящих</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Все сообщения</translation>
    </message>
    <message>
        <source>Needs attention (failed, maybe sent)</source>
        <translation>Требуют внимания (ошибка, возможно отправлены)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Отправить &amp;сейчас</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>%1 message(s) shown; %2 waiting to be sent, %3 need attention.</source>
        <translation>Показано сообщений: %1; ожидают отправки: %2, требуют внимания: %3.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;
Subject: %3
State: %4, tries: %5
</source>
        <translation>Кому: %1 &lt;%2&gt;
Тема: %3
Состояние: %4, попыток: %5
</translation>
    </message>
    <message>
        <source>Last error: %1
</source>
        <translation>Последняя ошибка: %1
</translation>
    </message>
    <message>
        <source>Message %1 is queued again.</source>
        <translation>Сообщение %1 снова поставлено в очередь.</translation>
    </message>
    <message>
        <source>Message %1 is cancelled.</source>
        <translation>Сообщение %1 отменено.</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::PeopleAdminPage</name>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Teams this trainer may evaluate</source>
        <translation>Команды, которые может оценивать этот тренер</translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation>&amp;Новый сотрудник</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Add &amp;team</source>
        <translation>Добавить &amp;команду</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>team id, e.g. second-line</source>
        <translation>id команды, например second-line</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Роли:</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Evaluates:</source>
        <translation>Оценивает:</translation>
    </message>
    <message>
        <source>While no trainer has teams ticked here, every trainer evaluates every team. Once any has, each trainer evaluates only the teams ticked for them. Admins evaluate every team.</source>
        <translation>Пока ни у одного тренера здесь не отмечены команды, каждый тренер оценивает все команды. Как только команды отмечены хотя бы у одного, каждый тренер оценивает только отмеченные для него команды. Администраторы оценивают все команды.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;People and roles&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Сотрудники и роли&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>People could not be read: %1</source>
        <translation>Не удалось прочитать список сотрудников: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Сотрудник %1 сохранён.</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>Сотрудник %1 добавлен.</translation>
    </message>
    <message>
        <source>Team %1 added.</source>
        <translation>Команда %1 добавлена.</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::PeopleModel</name>
    <message>
        <source>every team</source>
        <translation>все команды</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>без команды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <source>Evaluates</source>
        <translation>Оценивает</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::QuestionRow</name>
    <message>
        <source>critical</source>
        <translation>критичный</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (клавиша %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comment on: %1</source>
        <translation>Комментарий к вопросу: %1</translation>
    </message>
    <message>
        <source>Comment for the engineer</source>
        <translation>Комментарий для инженера</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>comment required</source>
        <translation>нужен комментарий</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::QuestionStatsModel</name>
    <message>
        <source>Yes %1, Partly %2, No %3, N/A %4</source>
        <translation>Да %1, Частично %2, Нет %3, Н/П %4</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::ScorecardDocument</name>
    <message>
        <source>New section</source>
        <translation>Новый раздел</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Новый вопрос</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Добавить раздел</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Удалить раздел</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Переместить раздел</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Переместить вопрос</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::ScorecardEditor</name>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Сохранить как новую версию</translation>
    </message>
    <message>
        <source>any (comma-separated list to limit)</source>
        <translation>любые (чтобы ограничить, перечислите через запятую)</translation>
    </message>
    <message>
        <source>Card ID:</source>
        <translation>ID чек-листа:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Credit for Partly:</source>
        <translation>Доля балла за «Частично»:</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Теги:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Каналы:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Применяется к:</translation>
    </message>
    <message>
        <source>Drag to reorder, or Ctrl+Up / Ctrl+Down</source>
        <translation>Перетащите, чтобы изменить порядок, или нажмите Ctrl+Up / Ctrl+Down</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Добавить &amp;раздел</translation>
    </message>
    <message>
        <source>Add &amp;question</source>
        <translation>Добавить &amp;вопрос</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вв&amp;ерх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Вн&amp;из</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;What if…</source>
        <translation>&amp;Что если…</translation>
    </message>
    <message>
        <source>Re-score a period&apos;s evaluations under this draft before saving it</source>
        <translation>Пересчитать оценки за период по этому черновику до его сохранения</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Назад к списку</translation>
    </message>
    <message>
        <source>Choose a section or a question to edit it.</source>
        <translation>Выберите раздел или вопрос, чтобы изменить его.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Вес:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>What trainers should look for (shown next to the question)</source>
        <translation>На что тренерам обращать внимание (показывается рядом с вопросом)</translation>
    </message>
    <message>
        <source>Own credit for Partly:</source>
        <translation>Своя доля балла за «Частично»:</translation>
    </message>
    <message>
        <source>Own comment rule; a comment is needed on:</source>
        <translation>Своё правило комментариев; комментарий нужен при ответе:</translation>
    </message>
    <message>
        <source>Critical: failing it caps the whole score</source>
        <translation>Критический: провал ограничивает итоговый балл</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>Допускается Н/П</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Вопрос:</translation>
    </message>
    <message>
        <source>Help for trainers:</source>
        <translation>Подсказка для тренеров:</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Редактирование чек-листа</translation>
    </message>
    <message>
        <source>Edit section &quot;%1&quot;</source>
        <translation>Редактирование раздела «%1»</translation>
    </message>
    <message>
        <source>Edit question &quot;%1&quot;</source>
        <translation>Редактирование вопроса «%1»</translation>
    </message>
    <message>
        <source>This section carries %1 % of the total score.</source>
        <translation>На этот раздел приходится %1 % итогового балла.</translation>
    </message>
    <message>
        <source>Weight %1 in section &quot;%2&quot; (weight %3): this question carries %4 % of the total score when every question is answered.</source>
        <translation>Вес %1 в разделе «%2» (вес %3): если даны ответы на все вопросы, на этот вопрос приходится %4 % итогового балла.</translation>
    </message>
    <message>
        <source>This card cannot be saved yet:</source>
        <translation>Этот чек-лист пока нельзя сохранить:</translation>
    </message>
    <message>
        <source>Saved as version %1. Evaluations already made keep their version.</source>
        <translation>Сохранено как версия %1. Уже выполненные оценки остаются на своей версии.</translation>
    </message>
    <message>
        <source>Nothing changed: this content is version %1.</source>
        <translation>Изменений нет: это содержимое совпадает с версией %1.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: не удаётся записать: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation>Экспорт чек-листа</translation>
    </message>
    <message>
        <source>Scorecards (*.json)</source>
        <translation>Чек-листы (*.json)</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::ScorecardForm</name>
    <message>
        <source>Submit (Ctrl+Enter)</source>
        <translation>Отправить (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Score and how it is reached</source>
        <translation>Балл и как он получен</translation>
    </message>
    <message>
        <source>What is missing before submitting</source>
        <translation>Что осталось заполнить перед отправкой</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Общий комментарий</translation>
    </message>
    <message>
        <source>Overall comment for the engineer (optional)</source>
        <translation>Общий комментарий для инженера (необязательно)</translation>
    </message>
    <message>
        <source>%1 — weight %2</source>
        <translation>%1 — вес %2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; of 100</source>
        <translation>&lt;span style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; из 100</translation>
    </message>
    <message>
        <source>Critical question failed (%1): the score is 0, %2 before the cap</source>
        <translation>Провален критичный вопрос (%1): балл равен 0, %2 до обнуления</translation>
    </message>
    <message>
        <source>&lt;b&gt;No score yet&lt;/b&gt;: answer a question (N/A everywhere leaves it unscored).</source>
        <translation>&lt;b&gt;Балла пока нет&lt;/b&gt;: ответьте на вопрос (если везде Н/П, оценка останется без балла).</translation>
    </message>
    <message>
        <source>%1 % × weight %2</source>
        <translation>%1 % × вес %2</translation>
    </message>
    <message>
        <source>left out (nothing counted yet or all N/A)</source>
        <translation>не учитывается (пока нечего учитывать или все Н/П)</translation>
    </message>
    <message>
        <source>; N/A removed weight %1</source>
        <translation>; из-за Н/П исключён вес %1</translation>
    </message>
    <message>
        <source>Answered %1 of %2</source>
        <translation>Отвечено: %1 из %2</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Нет ответа: %1</translation>
    </message>
    <message>
        <source>Comment required: %1</source>
        <translation>Нужен комментарий: %1</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::ScorecardTreeModel</name>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (критический)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Section / question</source>
        <translation>Раздел / вопрос</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Share of score</source>
        <translation>Доля в балле</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::ScorecardView</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Unscored&lt;/b&gt;: every question was N/A.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Без балла&lt;/b&gt;: на все вопросы дан ответ Н/П.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — weight %2</source>
        <translation>%1 — вес %2</translation>
    </message>
    <message>
        <source> — %1 %</source>
        <translation> — %1 %</translation>
    </message>
    <message>
        <source> — left out (all N/A)</source>
        <translation> — не учитывается (все Н/П)</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>критичный</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:18pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; of 100</source>
        <translation>&lt;span style=&apos;font-size:18pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; из 100</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c62828&apos;&gt;A critical question failed&lt;/b&gt;: %1 before the cap</source>
        <translation>&lt;b style=&apos;color:#c62828&apos;&gt;Провален критичный вопрос&lt;/b&gt;: %1 до обнуления</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#8a8f94&apos;&gt;Evaluated by %1 on %2 · scorecard version %3&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#8a8f94&apos;&gt;Оценил(а) %1, %2 · версия чек-листа %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#8a8f94&apos;&gt;Not evaluated yet. The share beside each question is its part of the total score.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#8a8f94&apos;&gt;Ещё не оценён. Доля рядом с вопросом — его вклад в итоговый балл.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::ScorecardsPage</name>
    <message>
        <source>teams: %1</source>
        <translation>команды: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>теги: %1</translation>
    </message>
    <message>
        <source>channels: %1</source>
        <translation>каналы: %1</translation>
    </message>
    <message>
        <source>every ticket</source>
        <translation>все тикеты</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Архивировать</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Применяется к</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <translation>&amp;Новый чек-лист</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>И&amp;мпорт…</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>История версий</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Which card a ticket gets</source>
        <translation>Какой чек-лист получит тикет</translation>
    </message>
    <message>
        <source>Ticket number in the helpdesk</source>
        <translation>Номер тикета в хелпдеске</translation>
    </message>
    <message>
        <source>Warnings about the cards&apos; applies_to:</source>
        <translation>Предупреждения о полях applies_to чек-листов:</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>используется</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved. Drop them?</source>
        <translation>Изменения в «%1» не сохранены. Отменить их?</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved yet; Edit on it goes back to them.</source>
        <translation>Изменения в «%1» ещё не сохранены; «Изменить» для этого чек-листа вернёт к ним.</translation>
    </message>
    <message>
        <source>New scorecard</source>
        <translation>Новый чек-лист</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Новый вопрос</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>«%1» скопирован в «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is offered for new evaluations again.</source>
        <translation>«%1» снова предлагается для новых оценок.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived: no new evaluations use it; its scores stay.</source>
        <translation>«%1» в архиве: новые оценки его не используют; выставленные баллы сохраняются.</translation>
    </message>
    <message>
        <source>Import scorecard</source>
        <translation>Импорт чек-листа</translation>
    </message>
    <message>
        <source>Scorecards (*.json)</source>
        <translation>Чек-листы (*.json)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3%4</source>
        <translation>v%1 · %2 · %3%4</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (текущая)</translation>
    </message>
    <message>
        <source>This card has one version so far.</source>
        <translation>У этого чек-листа пока одна версия.</translation>
    </message>
    <message>
        <source>Choose two different versions to compare.</source>
        <translation>Выберите две разные версии для сравнения.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Изменений нет.</translation>
    </message>
    <message>
        <source>Ticket %1 (team %2, channel %3) fits no card.</source>
        <translation>Тикету %1 (команда %2, канал %3) не подходит ни один чек-лист.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Ticket %1 (team %2, channel %3) gets &quot;%4&quot;%5.</source>
        <translation>Тикет %1 (команда %2, канал %3) получает «%4»%5.</translation>
    </message>
    <message>
        <source>; it would also fit %1</source>
        <translation>; ему также подошёл бы %1</translation>
    </message>
    <message>
        <source>No ticket %1 in the workspace.</source>
        <translation>В рабочем пространстве нет тикета %1.</translation>
    </message>
    <message>
        <source>Every ticket in the workspace fits exactly one best card.</source>
        <translation>Каждому тикету в рабочем пространстве подходит ровно один наилучший чек-лист.</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::SourceDialog</name>
    <message>
        <source>%1, line %2: expected &quot;%3&quot;</source>
        <translation>%1, строка %2: ожидается «%3»</translation>
    </message>
    <message>
        <source>agent@helpdesk = engineer@company</source>
        <translation>agent@helpdesk = engineer@company</translation>
    </message>
    <message>
        <source>Group = team</source>
        <translation>Группа = команда</translation>
    </message>
    <message>
        <source>%1: expected a date such as 2026-10-01</source>
        <translation>%1: ожидается дата, например 2026-10-01</translation>
    </message>
    <message>
        <source>Source %1 (%2)</source>
        <translation>Источник %1 (%2)</translation>
    </message>
    <message>
        <source>empty: keep the token in the system keychain</source>
        <translation>пусто: оставить токен в системном хранилище паролей</translation>
    </message>
    <message>
        <source>empty: keep reading it from $%1</source>
        <translation>пусто: по-прежнему читать его из $%1</translation>
    </message>
    <message>
        <source>all; e.g. solved, closed</source>
        <translation>все; например, solved, closed</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty: no limit</source>
        <translation>YYYY-MM-DD, пусто: без ограничения</translation>
    </message>
    <message>
        <source>all; e.g. First line, VIP</source>
        <translation>все; например, Первая линия, VIP</translation>
    </message>
    <message>
        <source>any; a ticket needs one of them</source>
        <translation>любые; у тикета должен быть хотя бы один из них</translation>
    </message>
    <message>
        <source>one per line: agent@helpdesk.example = engineer@company.example</source>
        <translation>по одному в строке: agent@helpdesk.example = engineer@company.example</translation>
    </message>
    <message>
        <source>one per line: Helpdesk group = team</source>
        <translation>по одному в строке: Группа хелпдеска = команда</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>New API &amp;token:</source>
        <translation>Новый API-&amp;токен:</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>&amp;Statuses:</source>
        <translation>&amp;Статусы:</translation>
    </message>
    <message>
        <source>Solved &amp;from:</source>
        <translation>Ре&amp;шён с:</translation>
    </message>
    <message>
        <source>Solved t&amp;o:</source>
        <translation>Решён п&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Группы:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Т&amp;еги:</translation>
    </message>
    <message>
        <source>Which tickets to pull</source>
        <translation>Какие тикеты загружать</translation>
    </message>
    <message>
        <source>Agents → &amp;engineers:</source>
        <translation>Агенты → &amp;инженеры:</translation>
    </message>
    <message>
        <source>Groups → tea&amp;ms:</source>
        <translation>Группы → &amp;команды:</translation>
    </message>
    <message>
        <source>People and teams</source>
        <translation>Сотрудники и команды</translation>
    </message>
    <message>
        <source>Agents of several sources mapped to one email are one engineer. Unmapped agents keep their own email; unmapped groups are teams of their own. Changes apply to tickets synced from now on.</source>
        <translation>Агенты из разных источников, сопоставленные с одним email, считаются одним инженером. Несопоставленные агенты сохраняют собственный email; несопоставленные группы становятся отдельными командами. Изменения применяются к тикетам, синхронизированным после этого.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>Name: a source needs a name</source>
        <translation>Название: у источника должно быть название</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <source>Solved from</source>
        <translation>Решён с</translation>
    </message>
    <message>
        <source>Solved to</source>
        <translation>Решён по</translation>
    </message>
    <message>
        <source>Solved to: is before Solved from</source>
        <translation>Решён по: дата раньше, чем в поле «Решён с»</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Агенты</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::SourcesPage</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Син&amp;хронизировать сейчас</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Отменить синхронизацию</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Хелпдеск</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Синхронизирован</translation>
    </message>
    <message>
        <source>the API user&apos;s email</source>
        <translation>email пользователя API</translation>
    </message>
    <message>
        <source>kept in the system keychain, never in the workspace</source>
        <translation>хранится в системном хранилище паролей, а не в рабочем пространстве</translation>
    </message>
    <message>
        <source>&amp;Add source</source>
        <translation>&amp;Добавить источник</translation>
    </message>
    <message>
        <source>Helpdesk:</source>
        <translation>Хелпдеск:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-токен:</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <source>retrying %1 (attempt %2 in %3 s): %4</source>
        <translation>повторный запрос к %1 (попытка %2 через %3 с): %4</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sources&lt;/h3&gt;&lt;p&gt;The helpdesks this workspace pulls tickets from.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Источники&lt;/h3&gt;&lt;p&gt;Хелпдески, из которых это рабочее пространство загружает тикеты.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ни разу</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Укажите имя источника.</translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation>Введите API-токен.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added.</source>
        <translation>Источник «%1» добавлен.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added. Warning: %2</source>
        <translation>Источник «%1» добавлен. Предупреждение: %2</translation>
    </message>
    <message>
        <source>source %1 added (%2)</source>
        <translation>добавлен источник %1 (%2)</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Проверка подключения к %1…</translation>
    </message>
    <message>
        <source>%1 answers and accepts the token.</source>
        <translation>%1 отвечает и принимает токен.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; removed.</source>
        <translation>Источник «%1» удалён.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Pulls</source>
        <translation>Загружает</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>с фильтром</translation>
    </message>
    <message>
        <source>all tickets</source>
        <translation>все тикеты</translation>
    </message>
    <message>
        <source>sync of %1 started</source>
        <translation>синхронизация %1 запущена</translation>
    </message>
    <message>
        <source>A source named &quot;%1&quot; already exists.</source>
        <translation>Источник с названием «%1» уже существует.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; was not changed: %2</source>
        <translation>Источник «%1» не изменён: %2</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; changed.</source>
        <translation>Источник «%1» изменён.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; changed. Warning: %2</source>
        <translation>Источник «%1» изменён. Предупреждение: %2</translation>
    </message>
    <message>
        <source>source %1 changed</source>
        <translation>источник %1 изменён</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to QA Desk&lt;/h1&gt;&lt;p&gt;Score your support team&apos;s tickets against your scorecards, give engineers their feedback the same day, and export the monthly KPI table.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Добро пожаловать в QA Desk&lt;/h1&gt;&lt;p&gt;Оценивайте тикеты службы поддержки по своим чек-листам, давайте инженерам обратную связь в тот же день и выгружайте ежемесячную таблицу KPI.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Explore the demo workspace</source>
        <translation>Открыть демонстрационное рабочее пространство</translation>
    </message>
    <message>
        <source>Five scorecards, 21 people and 150 tickets in Russian and English, to try everything without connecting anything.</source>
        <translation>Пять чек-листов, 21 сотрудник и 150 тикетов на русском и английском — чтобы всё попробовать, ничего не подключая.</translation>
    </message>
    <message>
        <source>Create a new workspace</source>
        <translation>Создать рабочее пространство</translation>
    </message>
    <message>
        <source>A workspace file on this computer for your evaluations, scorecards and KPI tables. You become its QA admin.</source>
        <translation>Файл рабочего пространства на этом компьютере для ваших оценок, чек-листов и таблиц KPI. Вы станете его QA-администратором.</translation>
    </message>
    <message>
        <source>Connect to a team database</source>
        <translation>Подключиться к базе данных команды</translation>
    </message>
    <message>
        <source>The PostgreSQL database your QA team shares.</source>
        <translation>База данных PostgreSQL, общая для вашей QA-команды.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Создать рабочее пространство</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Workspace &amp;file:</source>
        <translation>&amp;Файл рабочего пространства:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;New workspace&lt;/h3&gt;&lt;p&gt;One file holds everything: keep it on a backed-up disk. An existing QA Desk file is opened as it is.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Новое рабочее пространство&lt;/h3&gt;&lt;p&gt;Всё хранится в одном файле: держите его на диске, с которого делаются резервные копии. Существующий файл QA Desk откроется как есть.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>хранится в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Team database&lt;/h3&gt;&lt;p&gt;Your QA admin gives you these details. The password is kept in the system keychain, never in a file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;База данных команды&lt;/h3&gt;&lt;p&gt;Эти данные вам сообщит QA-администратор. Пароль хранится в системном хранилище паролей, а не в файле.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Your &amp;email:</source>
        <translation>Ваш адрес &amp;эл. почты:</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About you&lt;/h3&gt;&lt;p&gt;Nobody works in this workspace yet. You become its QA admin and a trainer; you add your team afterwards.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;О вас&lt;/h3&gt;&lt;p&gt;В этом рабочем пространстве пока никто не работает. Вы станете его QA-администратором и тренером, а свою команду добавите потом.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect your helpdesk</source>
        <translation>Подключить хелпдеск</translation>
    </message>
    <message>
        <source>Zendesk, Freshdesk, Zammad, Omnidesk or Request Tracker: tickets and their conversations come in with every sync.</source>
        <translation>Zendesk, Freshdesk, Zammad, Omnidesk или Request Tracker: тикеты и переписка по ним поступают при каждой синхронизации.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Go to your work; Settings → Sources connects a helpdesk at any time.</source>
        <translation>Перейти к работе; подключить хелпдеск можно в любой момент в разделе Настройки → Источники.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your workspace is ready&lt;/h3&gt;&lt;p&gt;Next, connect the helpdesk your team answers tickets in.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Рабочее пространство готово&lt;/h3&gt;&lt;p&gt;Теперь подключите хелпдеск, в котором ваша команда отвечает на тикеты.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Файл рабочего пространства</translation>
    </message>
    <message>
        <source>QA Desk workspace (*.qadesk)</source>
        <translation>Рабочее пространство QA Desk (*.qadesk)</translation>
    </message>
    <message>
        <source>Workspace file: please choose where the workspace is kept.</source>
        <translation>Файл рабочего пространства: выберите, где хранить рабочее пространство.</translation>
    </message>
    <message>
        <source>Workspace file: %1 is a folder; add a file name.</source>
        <translation>Файл рабочего пространства: %1 — это папка; добавьте имя файла.</translation>
    </message>
    <message>
        <source>Workspace file: the folder %1 cannot be created.</source>
        <translation>Файл рабочего пространства: не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Server: please enter the database server&apos;s name or address.</source>
        <translation>Сервер: введите имя или адрес сервера базы данных.</translation>
    </message>
    <message>
        <source>Database: please enter the database name.</source>
        <translation>База данных: введите имя базы данных.</translation>
    </message>
    <message>
        <source>Server: &quot;%1&quot; is not a server name or address.</source>
        <translation>Сервер: «%1» не является именем или адресом сервера.</translation>
    </message>
</context>
<context>
    <name>qadesk::ui::WhatIfView</name>
    <message>
        <source>Evaluations</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Re-scored</source>
        <translation>Пересчитано</translation>
    </message>
    <message>
        <source>KPI before</source>
        <translation>KPI до</translation>
    </message>
    <message>
        <source>KPI after</source>
        <translation>KPI после</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>&amp;Re-score</source>
        <translation>&amp;Пересчитать</translation>
    </message>
    <message>
        <source>&amp;Back to the editor</source>
        <translation>&amp;Вернуться в редактор</translation>
    </message>
    <message>
        <source>Submitted from</source>
        <translation>Отправлены с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>What if &quot;%1&quot; were published as it is in the editor</source>
        <translation>Что если опубликовать «%1» в том виде, в каком он сейчас в редакторе</translation>
    </message>
    <message>
        <source>Choose a period and re-score its submitted evaluations under the draft. Nothing is saved.</source>
        <translation>Выберите период и пересчитайте отправленные за него оценки по черновику. Ничего не сохраняется.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) of this card re-scored. Everyone&apos;s KPI: %1 → %2 (multiplier %3 → %4). Evaluations of other cards count the same before and after.</source>
        <translation>
            <numerusform>Пересчитана %n оценка по этому чек-листу. KPI по всем: %1 → %2 (коэффициент %3 → %4). Оценки по другим чек-листам учитываются до и после одинаково.</numerusform>
            <numerusform>Пересчитаны %n оценки по этому чек-листу. KPI по всем: %1 → %2 (коэффициент %3 → %4). Оценки по другим чек-листам учитываются до и после одинаково.</numerusform>
            <numerusform>Пересчитано %n оценок по этому чек-листу. KPI по всем: %1 → %2 (коэффициент %3 → %4). Оценки по другим чек-листам учитываются до и после одинаково.</numerusform>
        </translation>
    </message>
    <message>
        <source>New in the draft, so unanswered in these evaluations and left out like N/A: %1</source>
        <translation>Новые в черновике, поэтому в этих оценках остались без ответа и не учитываются, как Н/П: %1</translation>
    </message>
    <message>
        <source>Removed in the draft, so their answers no longer count: %1</source>
        <translation>Удалены в черновике, поэтому их ответы больше не учитываются: %1</translation>
    </message>
</context>
</TS>
