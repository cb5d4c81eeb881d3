<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>--url &quot;%1&quot;: expected https://your-helpdesk.example</source>
        <translation>--url «%1»: ожидается https://your-helpdesk.example</translation>
    </message>
    <message>
        <source>%1 uses plain HTTP: the API token and the tickets travel unencrypted. Use it only for a helpdesk on a network you trust.</source>
        <translation>%1 использует незащищённый HTTP: API-токен и тикеты передаются без шифрования. Используйте такой адрес только для хелпдеска в доверенной сети.</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; has no token; add it again with --token-env VAR</source>
        <translation>у источника «%1» нет токена; добавьте источник заново с параметром --token-env VAR</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; reads its API token from $%2, which is not set</source>
        <translation>источник «%1» берёт API-токен из переменной $%2, но она не задана</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: syncing from %2 is not available yet (available: %3)</source>
        <translation>источник «%1»: синхронизация из %2 пока недоступна (доступно: %3)</translation>
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
        <source>import qadesk.evaluations/1, all or nothing</source>
        <translation>импортировать qadesk.evaluations/1 целиком или ничего</translation>
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
    <name>PeopleStore</name>
    <message>
        <source>a person needs an email</source>
        <translation>у сотрудника должен быть адрес электронной почты</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the system keychain could not %1: %2</source>
        <translation>системному хранилищу паролей не удалось %1: %2</translation>
    </message>
    <message>
        <source>no API token for source &quot;%1&quot; in the system keychain; enter it in Settings -&gt; Sources</source>
        <translation>в системном хранилище паролей нет API-токена источника «%1»; введите его в разделе Настройки -&gt; Источники</translation>
    </message>
    <message>
        <source>read the API token</source>
        <translation>прочитать API-токен</translation>
    </message>
    <message>
        <source>store the API token</source>
        <translation>сохранить API-токен</translation>
    </message>
    <message>
        <source>remove the API token</source>
        <translation>удалить API-токен</translation>
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
        <source>scorecards needs one of: import, list, export</source>
        <translation>для scorecards нужна одна из подкоманд: import, list, export</translation>
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
        <source>add cards, or new versions of cards already here</source>
        <translation>добавить чек-листы или новые версии уже имеющихся</translation>
    </message>
    <message>
        <source>the cards with their current versions</source>
        <translation>чек-листы с их текущими версиями</translation>
    </message>
    <message>
        <source>a card as qadesk.scorecard/1 JSON</source>
        <translation>чек-лист в формате qadesk.scorecard/1 (JSON)</translation>
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
</context>
<context>
    <name>SourcesCommand</name>
    <message>
        <source>add a helpdesk to sync from (KIND: zendesk, freshdesk, zammad, omnidesk, rt)</source>
        <translation>добавить хелпдеск для синхронизации (KIND: zendesk, freshdesk, zammad, omnidesk, rt)</translation>
    </message>
    <message>
        <source>the helpdesks of the workspace and where their sync stands</source>
        <translation>хелпдески рабочего пространства и состояние их синхронизации</translation>
    </message>
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
        <source>--token-env: is required (the variable that holds the API token)</source>
        <translation>--token-env: обязательный параметр (переменная, в которой хранится API-токен)</translation>
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
        <source>Syncing from %1 is not available yet in this version.</source>
        <translation>Синхронизация из %1 в этой версии пока недоступна.</translation>
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
        <source>sources test needs exactly one source name</source>
        <translation>для sources test нужно ровно одно имя источника</translation>
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
        <source>sources needs one of: add, list, test</source>
        <translation>для sources нужна одна из подкоманд: add, list, test</translation>
    </message>
    <message>
        <source>--user: is required for omnidesk (the staff member&apos;s email)</source>
        <translation>--user: обязательный параметр для omnidesk (email сотрудника)</translation>
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
        <source>%1: %2 page(s), %3 ticket(s), %4 message(s)</source>
        <translation>%1: страниц: %2, тикетов: %3, сообщений: %4</translation>
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
    <message numerus="yes">
        <source>Cancelled. %n page(s) with %1 ticket(s) were stored and are kept; the next sync goes on from there.</source>
        <translation>
            <numerusform>Отменено. Сохранённая %n страница (тикетов: %1) остаётся в базе; следующая синхронизация продолжится с этого места.</numerusform>
            <numerusform>Отменено. Сохранённые %n страницы (тикетов: %1) остаются в базе; следующая синхронизация продолжится с этого места.</numerusform>
            <numerusform>Отменено. Сохранённые %n страниц (тикетов: %1) остаются в базе; следующая синхронизация продолжится с этого места.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. What was stored before is kept (%n page(s), %2 ticket(s)); the next sync goes on from there.</source>
        <translation>
            <numerusform>%1. Всё, что было сохранено до этого, остаётся в базе (%n страница, тикетов: %2); следующая синхронизация продолжится с этого места.</numerusform>
            <numerusform>%1. Всё, что было сохранено до этого, остаётся в базе (%n страницы, тикетов: %2); следующая синхронизация продолжится с этого места.</numerusform>
            <numerusform>%1. Всё, что было сохранено до этого, остаётся в базе (%n страниц, тикетов: %2); следующая синхронизация продолжится с этого места.</numerusform>
        </translation>
    </message>
    <message>
        <source>storing a page failed: %1</source>
        <translation>не удалось сохранить страницу: %1</translation>
    </message>
    <message numerus="yes">
        <source>page %1: %n ticket(s) stored</source>
        <translation>
            <numerusform>страница %1: сохранён %n тикет</numerusform>
            <numerusform>страница %1: сохранено %n тикета</numerusform>
            <numerusform>страница %1: сохранено %n тикетов</numerusform>
        </translation>
    </message>
    <message>
        <source>the helpdesk did not say where the next page starts; what was stored is kept</source>
        <translation>хелпдеск не сообщил, откуда начинается следующая страница; всё уже сохранённое остаётся в базе</translation>
    </message>
    <message>
        <source>%1 is up to date: %2 ticket(s) with %3 message(s) in %4 page(s), %5 s.</source>
        <translation>%1 актуален: тикетов — %2, сообщений — %3, страниц — %4, время — %5 с.</translation>
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
        <source>About QA Desk</source>
        <translation>О программе QA Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;Score support tickets against weighted scorecards.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QA Desk %1&lt;/h3&gt;&lt;p&gt;Оценка тикетов поддержки по взвешенным чек-листам.&lt;/p&gt;&lt;p&gt;Лицензия: GNU General Public License версии 3 или более поздней.&lt;/p&gt;&lt;p&gt;Рабочее пространство: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
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
        <source>This workspace has no people yet.</source>
        <translation>В этом рабочем пространстве пока нет сотрудников.</translation>
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
        <source>%1 page(s), %2 ticket(s), %3 message(s)</source>
        <translation>страниц: %1, тикетов: %2, сообщений: %3</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; removed.</source>
        <translation>Источник «%1» удалён.</translation>
    </message>
</context>
</TS>
