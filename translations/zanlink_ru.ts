<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CaseLabels</name>
    <message>
        <source>Removal request</source>
        <translation>Запрос об удалении</translation>
    </message>
    <message>
        <source>Restriction of access</source>
        <translation>Ограничение доступа</translation>
    </message>
    <message>
        <source>Cyberbullying of a child</source>
        <translation>Кибербуллинг в отношении ребёнка</translation>
    </message>
    <message>
        <source>Appeal / objection</source>
        <translation>Обжалование / возражение</translation>
    </message>
    <message>
        <source>Restoration of access</source>
        <translation>Восстановление доступа</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>В ожидании</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Platform&apos;s legal representative</source>
        <translation>Законный представитель платформы</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иной участник</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Notice received</source>
        <translation>Получено уведомление</translation>
    </message>
    <message>
        <source>Order issued</source>
        <translation>Вынесено предписание</translation>
    </message>
    <message>
        <source>Content removed</source>
        <translation>Контент удалён</translation>
    </message>
    <message>
        <source>Access restricted</source>
        <translation>Доступ ограничен</translation>
    </message>
    <message>
        <source>Blocked with no order received</source>
        <translation>Заблокировано без полученного предписания</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>Решение обжаловано</translation>
    </message>
    <message>
        <source>Access restored</source>
        <translation>Доступ восстановлен</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Направлен запрос</translation>
    </message>
    <message>
        <source>Complaint filed</source>
        <translation>Подана жалоба</translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation>Получено решение</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Другое событие</translation>
    </message>
</context>
<context>
    <name>CaseParts</name>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Физическое лицо или организация</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя / наименование</translation>
    </message>
    <message>
        <source>Address, contacts, registration</source>
        <translation>Адрес, контакты, регистрационные данные</translation>
    </message>
    <message>
        <source>A child (under 18)</source>
        <translation>Ребёнок (до 18 лет)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Confidential (left out of exports)</source>
        <translation>Конфиденциально (не включается в экспорт)</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Kind of content</source>
        <translation>Вид контента</translation>
    </message>
    <message>
        <source>Language of the content</source>
        <translation>Язык контента</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>Когда (местное время)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Content item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Due (local time)</source>
        <translation>Истекает (местное время)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>(child)</source>
        <translation>(ребёнок)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Edit the party</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <source>Add a content item</source>
        <translation>Добавить материал</translation>
    </message>
    <message>
        <source>Edit the content item</source>
        <translation>Изменить материал</translation>
    </message>
    <message>
        <source>Add an event to the timeline</source>
        <translation>Добавить событие в хронологию</translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation>Изменить событие</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Добавить срок</translation>
    </message>
    <message>
        <source>Edit the deadline</source>
        <translation>Изменить срок</translation>
    </message>
</context>
<context>
    <name>ProvisionHtml</name>
    <message>
        <source>changed in this edition</source>
        <translation>изменено в этой редакции</translation>
    </message>
    <message>
        <source>new in this edition</source>
        <translation>новое в этой редакции</translation>
    </message>
    <message>
        <source>cite</source>
        <translation>цитировать</translation>
    </message>
    <message>
        <source>official text</source>
        <translation>официальный текст</translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation>неофициальный перевод</translation>
    </message>
    <message>
        <source>Not imported in %1; shown in %2.</source>
        <translation>Текст на языке «%1» не импортирован; показан «%2».</translation>
    </message>
    <message>
        <source>Not imported in this language.</source>
        <translation>На этом языке не импортирован.</translation>
    </message>
    <message>
        <source>Edition as of %1</source>
        <translation>Редакция по состоянию на %1</translation>
    </message>
    <message>
        <source>Edition date unknown; imported on %1</source>
        <translation>Дата редакции неизвестна; импортирован %1</translation>
    </message>
    <message>
        <source>Official source:</source>
        <translation>Официальный источник:</translation>
    </message>
    <message>
        <source>Imported from the %1.</source>
        <translation>Импортировано из: %1.</translation>
    </message>
    <message>
        <source>— not in this language —</source>
        <translation>— нет на этом языке —</translation>
    </message>
    <message>
        <source>This act is not in the library yet.</source>
        <translation>Этого акта ещё нет в библиотеке.</translation>
    </message>
    <message>
        <source>Download it with File ▸ Download from Adilet, or open its page in a browser, save it (Ctrl+S) and import the saved file with File ▸ Import file.</source>
        <translation>Скачайте его через Файл ▸ Скачать с Әділет или откройте его страницу в браузере, сохраните (Ctrl+S) и импортируйте сохранённый файл через Файл ▸ Импорт файла.</translation>
    </message>
    <message>
        <source>The law library of Kazakh media law, offline, in Kazakh, Russian and English.</source>
        <translation>Библиотека медийного права Казахстана — без интернета, на казахском, русском и английском языках.</translation>
    </message>
    <message>
        <source>Choose an act on the left. Acts in grey are known but not imported yet: import a saved Adilet page (Ctrl+O) or download it (Ctrl+D).</source>
        <translation>Выберите акт слева. Серым показаны известные, но ещё не импортированные акты: импортируйте сохранённую страницу Әділет (Ctrl+O) или скачайте её (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>zanlink::ActTree</name>
    <message>
        <source>Changed in this edition</source>
        <translation>Изменено в этой редакции</translation>
    </message>
    <message>
        <source>Open in new &amp;tab</source>
        <translation>Открыть в новой &amp;вкладке</translation>
    </message>
</context>
<context>
    <name>zanlink::AdiletFetcher</name>
    <message>
        <source>Another download is running; wait for it to finish.</source>
        <translation>Уже идёт другая загрузка; дождитесь её окончания.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Adilet document id (like Z040000567_).</source>
        <translation>«%1» — не идентификатор документа Әділет (вида Z040000567_).</translation>
    </message>
    <message>
        <source>Only HTTPS addresses are used: %1</source>
        <translation>Используются только адреса HTTPS: %1</translation>
    </message>
    <message>
        <source>The site&apos;s robots.txt does not allow %1 to be downloaded.</source>
        <translation>Файл robots.txt сайта не разрешает загружать %1.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Загрузка отменена.</translation>
    </message>
    <message>
        <source>Adilet did not answer within %1 seconds. Try again later, or save the page in a browser and import the file.</source>
        <translation>Әділет не ответил за %1 с. Повторите позже или сохраните страницу в браузере и импортируйте файл.</translation>
    </message>
    <message>
        <source>Adilet cannot be reached (%1). Check the internet connection, or save the page in a browser and import the file.</source>
        <translation>Әділет недоступен (%1). Проверьте подключение к интернету или сохраните страницу в браузере и импортируйте файл.</translation>
    </message>
    <message>
        <source>Adilet has no page at %1 (404). Check the act&apos;s id and language.</source>
        <translation>На Әділет нет страницы %1 (404). Проверьте идентификатор акта и язык.</translation>
    </message>
    <message>
        <source>Adilet answered %1 for %2.</source>
        <translation>Әділет ответил %1 на запрос %2.</translation>
    </message>
    <message>
        <source>Adilet answered with the new site&apos;s script-only page, which carries no text. Open the act in a browser, wait until the text is shown, save it with Ctrl+S (&quot;Web page, complete&quot; or &quot;HTML only&quot;) and import the saved file with File ▸ Import.</source>
        <translation>Әділет вернул страницу нового сайта, состоящую только из скриптов, без текста. Откройте акт в браузере, дождитесь появления текста, сохраните страницу через Ctrl+S («Веб-страница полностью» или «Только HTML») и импортируйте сохранённый файл через Файл ▸ Импорт.</translation>
    </message>
    <message>
        <source>Adilet sent the download on to another address (%1), which ZanLink does not follow. Save the page in a browser and import the file.</source>
        <translation>Әділет перенаправил загрузку на другой адрес (%1), по которому ZanLink не переходит. Сохраните страницу в браузере и импортируйте файл.</translation>
    </message>
    <message>
        <source>Adilet sent the download on to its programming interface (%1), which ZanLink does not use. Save the page in a browser and import the file.</source>
        <translation>Әділет перенаправил загрузку на свой программный интерфейс (%1), которым ZanLink не пользуется. Сохраните страницу в браузере и импортируйте файл.</translation>
    </message>
    <message>
        <source>Adilet sent the download on to %1, which the site&apos;s robots.txt does not allow.</source>
        <translation>Әділет перенаправил загрузку на %1, что запрещено файлом robots.txt сайта.</translation>
    </message>
    <message>
        <source>The site answered %1 for its robots.txt, so nothing is downloaded from it now. Try again later.</source>
        <translation>Сайт ответил %1 на запрос robots.txt, поэтому сейчас с него ничего не загружается. Повторите позже.</translation>
    </message>
    <message>
        <source>Adilet answered with an empty page for %1.</source>
        <translation>Әділет вернул пустую страницу для %1.</translation>
    </message>
</context>
<context>
    <name>zanlink::CaseDraftsPanel</name>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранен</translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>Draft a request from this case (Ctrl+Shift+D)</source>
        <translation>Составить обращение по этому делу (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>&amp;Следующий шаг</translation>
    </message>
    <message>
        <source>A new draft following the chosen one, reusing its facts, parties and evidence</source>
        <translation>Новый проект вслед за выбранным, с его обстоятельствами, сторонами и доказательствами</translation>
    </message>
    <message>
        <source>Save as &amp;document…</source>
        <translation>Сохранить как &amp;документ…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Проект %1</translation>
    </message>
    <message>
        <source>final</source>
        <translation>окончательный</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>Save a draft</source>
        <translation>Сохранение проекта</translation>
    </message>
    <message>
        <source>Change a draft</source>
        <translation>Изменение проекта</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The draft could not be rendered: %1</source>
        <translation>Не удалось сформировать документ: %1</translation>
    </message>
    <message>
        <source>Delete a draft</source>
        <translation>Удаление проекта</translation>
    </message>
</context>
<context>
    <name>zanlink::CaseFileLock</name>
    <message>
        <source>Wrong passphrase. Try again: capital letters and the keyboard layout matter.</source>
        <translation>Неверная парольная фраза. Попробуйте ещё раз: важны заглавные буквы и раскладка клавиатуры.</translation>
    </message>
    <message>
        <source>The case file cannot be opened</source>
        <translation>Файл дел не открывается</translation>
    </message>
    <message>
        <source>The law library works; cases are not available.</source>
        <translation>Библиотека законов работает; дела недоступны.</translation>
    </message>
    <message>
        <source>The case file was not locked</source>
        <translation>Файл дел не заблокирован</translation>
    </message>
    <message>
        <source>Protect the case file with a passphrase…</source>
        <translation>Защитить файл дел парольной фразой…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>Remove protection…</source>
        <translation>Снять защиту…</translation>
    </message>
    <message>
        <source>Lock the case file</source>
        <translation>Заблокировать файл дел</translation>
    </message>
    <message>
        <source>Lock the case file when idle</source>
        <translation>Блокировать файл дел при бездействии</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>Через %n минуту</numerusform>
            <numerusform>Через %n минуты</numerusform>
            <numerusform>Через %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>The case file was not protected</source>
        <translation>Файл дел не защищён</translation>
    </message>
    <message>
        <source>The case file is protected</source>
        <translation>Файл дел защищён</translation>
    </message>
    <message>
        <source>The case database is now encrypted on disk and opens only with the passphrase. Evidence files (in the evidence folder beside it) and exported case bundles are not encrypted yet. Copies of the unprotected file may remain on the disk and in older backups.</source>
        <translation>База дел теперь зашифрована на диске и открывается только с парольной фразой. Файлы доказательств (в папке evidence рядом с ней) и выгруженные пакеты дел пока не шифруются. Копии незащищённого файла могут остаться на диске и в прежних резервных копиях.</translation>
    </message>
    <message>
        <source>The passphrase was not changed</source>
        <translation>Парольная фраза не изменена</translation>
    </message>
    <message>
        <source>The passphrase was changed</source>
        <translation>Парольная фраза изменена</translation>
    </message>
    <message>
        <source>From now on the case file opens with the new passphrase. Backups made before still open with the old one.</source>
        <translation>Теперь файл дел открывается новой парольной фразой. Резервные копии, сделанные раньше, открываются прежней.</translation>
    </message>
    <message>
        <source>Without protection the case file is kept on disk unencrypted, readable by anyone who has the computer. Enter the passphrase to remove the protection.</source>
        <translation>Без защиты файл дел хранится на диске незашифрованным, и его может прочитать любой, у кого есть доступ к компьютеру. Введите парольную фразу, чтобы снять защиту.</translation>
    </message>
    <message>
        <source>Remove protection</source>
        <translation>Снять защиту</translation>
    </message>
    <message>
        <source>The protection was not removed</source>
        <translation>Защита не снята</translation>
    </message>
    <message>
        <source>The passphrase was not remembered</source>
        <translation>Парольная фраза не сохранена</translation>
    </message>
    <message>
        <source>The case file is open, but the system keychain did not keep the passphrase: %1</source>
        <translation>Файл дел открыт, но системное хранилище паролей не сохранило парольную фразу: %1</translation>
    </message>
    <message>
        <source>The passphrase was not forgotten</source>
        <translation>Парольная фраза не забыта</translation>
    </message>
    <message>
        <source>The system keychain did not remove the passphrase of the case file: %1</source>
        <translation>Системное хранилище паролей не удалило парольную фразу файла дел: %1</translation>
    </message>
    <message>
        <source>Forget the remembered passphrase</source>
        <translation>Забыть сохранённую парольную фразу</translation>
    </message>
    <message>
        <source>Removes the case file&apos;s passphrase from the system keychain: it is asked at every start again.</source>
        <translation>Удаляет парольную фразу файла дел из системного хранилища паролей: она снова будет запрашиваться при каждом запуске.</translation>
    </message>
    <message>
        <source>The system keychain did not keep the new passphrase (%1); it will be asked at the next start.</source>
        <translation>Системное хранилище паролей не сохранило новую парольную фразу (%1); она будет запрошена при следующем запуске.</translation>
    </message>
    <message>
        <source>The passphrase remembered in the system keychain no longer opens the case file and was forgotten. Enter the passphrase.</source>
        <translation>Парольная фраза, сохранённая в системном хранилище паролей, больше не открывает файл дел, поэтому она забыта. Введите парольную фразу.</translation>
    </message>
</context>
<context>
    <name>zanlink::CaseNotesPanel</name>
    <message>
        <source>(empty note)</source>
        <translation>(пустая заметка)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>Cite a provision…</source>
        <translation>Сослаться на норму…</translation>
    </message>
    <message>
        <source>Pick a provision (as with Ctrl+K) and add it to the note&apos;s citations</source>
        <translation>Выбрать норму (как по Ctrl+K) и добавить её в ссылки заметки</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <source>Write here; the note saves itself. Citations such as «п. 1-2 ст. 41-1 Закона «О связи»» are found as you write.</source>
        <translation>Пишите здесь; заметка сохраняется сама. Ссылки вида «п. 1-2 ст. 41-1 Закона «О связи»» распознаются по ходу ввода.</translation>
    </message>
    <message>
        <source>Cites</source>
        <translation>Ссылается на</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как добавлена</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>New note: it is saved as soon as you type</source>
        <translation>Новая заметка: она сохранится, как только вы начнёте печатать</translation>
    </message>
    <message>
        <source>Delete this note? This cannot be undone.</source>
        <translation>Удалить эту заметку? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Note not deleted</source>
        <translation>Заметка не удалена</translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation>нет в библиотеке</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>добавлена вручную</translation>
    </message>
    <message>
        <source>found in the text</source>
        <translation>найдена в тексте</translation>
    </message>
</context>
<context>
    <name>zanlink::CasePage</name>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Kind, status:</source>
        <translation>Вид, статус:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. TikTok, blogger, Almaty</source>
        <translation>через запятую, например: TikTok, блогер, Алматы</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>A confidential case is left out of exports unless you include it</source>
        <translation>Конфиденциальное дело не включается в экспорт, если вы не добавите его явно</translation>
    </message>
    <message>
        <source>Choose a case on the left, or create one with Ctrl+N.</source>
        <translation>Выберите дело слева или создайте новое (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;Content and evidence</source>
        <translation>&amp;Контент и доказательства</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>Ср&amp;оки</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>P&amp;rovisions cited</source>
        <translation>&amp;Цитируемые нормы</translation>
    </message>
    <message>
        <source>Deadline set by law…</source>
        <translation>Срок, установленный законом…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Notes citing it</source>
        <translation>Заметки со ссылкой</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>У дела должно быть название.</translation>
    </message>
    <message>
        <source>Edit the case</source>
        <translation>Изменить дело</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Добавить срок</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Статус: %1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Сроки:</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Журнал изменений</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Dra&amp;fts</source>
        <translation>&amp;Проекты документов</translation>
    </message>
    <message>
        <source>Drafts citing it</source>
        <translation>Ссылки в проектах</translation>
    </message>
</context>
<context>
    <name>zanlink::CasesCitingPanel</name>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Cites</source>
        <translation>Ссылается на</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Open a provision to see the cases that cite it.</source>
        <translation>Откройте норму, чтобы увидеть дела, в которых на неё ссылаются.</translation>
    </message>
    <message>
        <source>The case file is not open.</source>
        <translation>Файл дел не открыт.</translation>
    </message>
    <message>
        <source>the act</source>
        <translation>акт в целом</translation>
    </message>
    <message>
        <source>No case cites this provision.</source>
        <translation>Ни одно дело не ссылается на эту норму.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>draft: %1</source>
        <translation>проект: %1</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message numerus="yes">
        <source>Cited in the notes or drafts of %n case(s):</source>
        <translation>
            <numerusform>Упоминается в заметках или проектах %n дела:</numerusform>
            <numerusform>Упоминается в заметках или проектах %n дел:</numerusform>
            <numerusform>Упоминается в заметках или проектах %n дел:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zanlink::CasesView</name>
    <message>
        <source>Find a case: title, tag, party</source>
        <translation>Поиск дела: название, тег, участник</translation>
    </message>
    <message>
        <source>Platform, e.g. TikTok</source>
        <translation>Платформа, например TikTok</translation>
    </message>
    <message>
        <source>Only with open deadlines</source>
        <translation>Только с открытыми сроками</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Новое дело (Ctrl+N)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>New case %1</source>
        <translation>Новое дело %1</translation>
    </message>
    <message>
        <source>No case created</source>
        <translation>Дело не создано</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <source>Delete the case &quot;%1&quot; with its parties, evidence and notes? This cannot be undone; export it first to keep a copy.</source>
        <translation>Удалить дело «%1» вместе с участниками, доказательствами и заметками? Это действие нельзя отменить; чтобы сохранить копию, сначала экспортируйте дело.</translation>
    </message>
    <message>
        <source>Case not deleted</source>
        <translation>Дело не удалено</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>One file with the case, its evidence and the provisions it cites, for another computer</source>
        <translation>Один файл с делом, его доказательствами и цитируемыми нормами — для другого компьютера</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Add a case exported on another computer (never overwrites one of yours)</source>
        <translation>Добавить дело, экспортированное на другом компьютере (ваши дела не перезаписываются)</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>Экспорт дела</translation>
    </message>
    <message>
        <source>ZanLink case (*.zlcase)</source>
        <translation>Дело ZanLink (*.zlcase)</translation>
    </message>
    <message>
        <source>Confidential data</source>
        <translation>Конфиденциальные данные</translation>
    </message>
    <message>
        <source>Include children&apos;s and other confidential data in the file? Answer No to leave it out (recommended unless the receiver needs it).</source>
        <translation>Включить в файл данные детей и другие конфиденциальные данные? Ответьте «Нет», чтобы исключить их (рекомендуется, если получателю они не нужны).</translation>
    </message>
    <message>
        <source>Case not exported</source>
        <translation>Дело не экспортировано</translation>
    </message>
    <message>
        <source>Case exported</source>
        <translation>Дело экспортировано</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Import case</source>
        <translation>Импорт дела</translation>
    </message>
    <message>
        <source>ZanLink case (*.zlcase);;All files (*)</source>
        <translation>Дело ZanLink (*.zlcase);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Case not imported</source>
        <translation>Дело не импортировано</translation>
    </message>
    <message>
        <source>%1

Nothing was added.</source>
        <translation>%1

Ничего не добавлено.</translation>
    </message>
</context>
<context>
    <name>zanlink::CitedByPanel</name>
    <message>
        <source>Open a provision to see where it is cited.</source>
        <translation>Откройте норму, чтобы увидеть, где она цитируется.</translation>
    </message>
    <message>
        <source>This act</source>
        <translation>Этот акт</translation>
    </message>
    <message>
        <source>this act</source>
        <translation>этот акт</translation>
    </message>
    <message>
        <source>Nothing in the library cites %1.</source>
        <translation>В библиотеке нет ссылок на %1.</translation>
    </message>
    <message numerus="yes">
        <source>Cited in %n place(s):</source>
        <translation>
            <numerusform>Цитируется в %n месте:</numerusform>
            <numerusform>Цитируется в %n местах:</numerusform>
            <numerusform>Цитируется в %n местах:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zanlink::DeadlineRuleDialog</name>
    <message>
        <source>Deadline set by law</source>
        <translation>Срок, установленный законом</translation>
    </message>
    <message>
        <source>A moment given below</source>
        <translation>Момент, указанный ниже</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Правило:</translation>
    </message>
    <message>
        <source>Runs from:</source>
        <translation>Начало течения срока:</translation>
    </message>
    <message>
        <source>Start (local time):</source>
        <translation>Начало (местное время):</translation>
    </message>
    <message>
        <source>Add deadline</source>
        <translation>Добавить срок</translation>
    </message>
    <message>
        <source>Due: %1 (local time)</source>
        <translation>Истекает: %1 (местное время)</translation>
    </message>
    <message>
        <source>The calendar of public holidays and transfers is incomplete for this period; check the date by hand.</source>
        <translation>Календарь праздничных дней и переносов выходных за этот период неполон; проверьте дату вручную.</translation>
    </message>
    <message>
        <source>Runs from: %1. Basis: %2 %3.</source>
        <translation>Начало течения срока: %1. Основание: %2 %3.</translation>
    </message>
</context>
<context>
    <name>zanlink::DownloadDialog</name>
    <message>
        <source>Download from Adilet</source>
        <translation>Скачать с Әділет</translation>
    </message>
    <message>
        <source>The act&apos;s page is downloaded from the legacy Adilet site (old.adilet.zan.kz) over HTTPS, one request at a time. Nothing else leaves this computer.</source>
        <translation>Страница акта загружается со старого сайта Әділет (old.adilet.zan.kz) по HTTPS, по одному запросу за раз. Больше ничего не покидает этот компьютер.</translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation>&amp;Акт:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Скачать</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftCheckPage</name>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <source>&amp;Final version (ready to sign)</source>
        <translation>&amp;Окончательная редакция (к подписи)</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Всё заполнено.</translation>
    </message>
    <message>
        <source>The request can be saved as the final version.</source>
        <translation>Обращение можно сохранить как окончательную редакцию.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) missing.</source>
        <translation>
            <numerusform>Не хватает %n сведения.</numerusform>
            <numerusform>Не хватает %n сведений.</numerusform>
            <numerusform>Не хватает %n сведений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to fill them in, or save it as a draft and finish later.</source>
        <translation>Вернитесь и заполните их или сохраните черновик и закончите позже.</translation>
    </message>
    <message>
        <source>A final version needs everything listed here.</source>
        <translation>Для окончательной редакции нужно всё, что здесь перечислено.</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftCitationsPage</name>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>The provisions the request cites, each pinned to the edition it was read in.</source>
        <translation>Нормы, на которые ссылается обращение, каждая — в той редакции, по которой она прочитана.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>As cited in the draft</source>
        <translation>Как указано в документе</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитировать</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Add a provision: e.g. связь 41-1 1-2 · Art. 9 of the online platforms law</source>
        <translation>Добавить норму: например, связь 41-1 1-2 · ст. 9 закона об онлайн-платформах</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>Use the &amp;newest editions</source>
        <translation>&amp;Новейшие редакции</translation>
    </message>
    <message>
        <source>Pin every provision to the newest edition the library holds in its language</source>
        <translation>Привязать каждую норму к новейшей редакции на её языке, имеющейся в библиотеке</translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation>нет в библиотеке</translation>
    </message>
    <message>
        <source>present</source>
        <translation>есть</translation>
    </message>
    <message>
        <source>no such provision in this edition</source>
        <translation>в этой редакции такой нормы нет</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>не привязана</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no provision: give the act and the article, e.g. связь 41-1 1-2.</source>
        <translation>«%1» не указывает норму: назовите акт и статью, например: связь 41-1 1-2.</translation>
    </message>
    <message>
        <source>The draft already cites it.</source>
        <translation>Документ уже ссылается на неё.</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftExport</name>
    <message>
        <source>Save the draft</source>
        <translation>Сохранить проект документа</translation>
    </message>
    <message>
        <source>Word document (*.docx);;OpenDocument text (*.odt);;PDF (*.pdf)</source>
        <translation>Документ Word (*.docx);;Текст OpenDocument (*.odt);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 не записан: %2</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftFieldsPage</name>
    <message>
        <source>Issued by</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>In the capacity of</source>
        <translation>В качестве</translation>
    </message>
    <message>
        <source>Issuer&apos;s address, contacts</source>
        <translation>Адрес и контакты заявителя</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Addressee&apos;s address</source>
        <translation>Адрес адресата</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>В чьих интересах</translation>
    </message>
    <message>
        <source>Facts and reasons (a paragraph per line)</source>
        <translation>Обстоятельства и доводы (абзац на строку)</translation>
    </message>
    <message>
        <source>Exact URLs or accounts (one per line)</source>
        <translation>Точные URL или аккаунты (по одному на строку)</translation>
    </message>
    <message>
        <source>The client asks for a whole site or platform</source>
        <translation>Доверитель просит о сайте или платформе целиком</translation>
    </message>
    <message>
        <source>Action asked for</source>
        <translation>О чём просим</translation>
    </message>
    <message>
        <source>Territorial scope</source>
        <translation>Территория действия</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Deadline runs from</source>
        <translation>Срок исчисляется с</translation>
    </message>
    <message>
        <source>Deadline falls on</source>
        <translation>Срок истекает</translation>
    </message>
    <message>
        <source>Order referred to</source>
        <translation>Обжалуемое предписание</translation>
    </message>
    <message>
        <source>How to seek redress</source>
        <translation>Порядок обжалования</translation>
    </message>
    <message>
        <source>Attachments (one per line)</source>
        <translation>Приложения (по одному на строку)</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Filled from the case; change anything. Empty fields are listed in the check.</source>
        <translation>Заполнено по делу; всё можно изменить. Пустые поля будут перечислены при проверке.</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>&amp;Wording in:</source>
        <translation>&amp;Текст на языке:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Click ¶ before a paragraph to see why it is there.</source>
        <translation>Нажмите ¶ перед абзацем, чтобы увидеть, откуда он взялся.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Write the document as DOCX, ODT or PDF</source>
        <translation>Записать документ в DOCX, ODT или PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>The draft could not be rendered: %1</source>
        <translation>Не удалось сформировать документ: %1</translation>
    </message>
    <message>
        <source>Click ¶ before a paragraph of the draft.</source>
        <translation>Нажмите ¶ перед абзацем документа.</translation>
    </message>
    <message>
        <source>Why is this here</source>
        <translation>Откуда этот абзац</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>part</source>
        <translation>часть</translation>
    </message>
    <message>
        <source>Fields used:</source>
        <translation>Использованные поля:</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>Provisions cited:</source>
        <translation>Нормы, на которые ссылается:</translation>
    </message>
    <message>
        <source>edition of %1 (not in the library)</source>
        <translation>редакция от %1 (нет в библиотеке)</translation>
    </message>
    <message>
        <source>not pinned to an edition</source>
        <translation>не привязана к редакции</translation>
    </message>
    <message>
        <source>Fixed wording of the template; no field or provision.</source>
        <translation>Постоянный текст шаблона; без полей и норм.</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Предвари&amp;тельный просмотр…</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftRequestPage</name>
    <message>
        <source>Request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Choose what to write and in which language. The fields are filled from the case.</source>
        <translation>Выберите вид документа и язык. Поля заполняются по делу.</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
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
        <source>Kazakh and Russian, in two columns</source>
        <translation>Казахский и русский, в две колонки</translation>
    </message>
    <message>
        <source>as the case&apos;s list of drafts shows it</source>
        <translation>как его показывать в списке проектов дела</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Output language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>&amp;Follows:</source>
        <translation>&amp;Следует за:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>— nothing: the first of its chain —</source>
        <translation>— ничем: первый в цепочке —</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>Проект %1</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftWizard</name>
    <message>
        <source>The saved draft could not be read (%1); it is filled from the case again.</source>
        <translation>Сохранённый проект не прочитан (%1); он заново заполнен по делу.</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Проект: %1</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Save to the &amp;case</source>
        <translation>Сохранить в &amp;деле</translation>
    </message>
</context>
<context>
    <name>zanlink::EvidenceTable</name>
    <message>
        <source>Attach files…</source>
        <translation>Приложить файлы…</translation>
    </message>
    <message>
        <source>Or drop files here. The original is kept untouched, with its SHA-256.</source>
        <translation>Или перетащите файлы сюда. Оригинал хранится в неизменном виде вместе с его SHA-256.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>Проверить целостность</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Captured (local time)</source>
        <translation>Зафиксировано (местное время)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Приложить доказательство</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>файл приложен</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Некоторые файлы не приложены</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Удалить доказательство</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the case? The stored original is deleted when no other evidence uses it; this cannot be undone.</source>
        <translation>Удалить «%1» из дела? Сохранённый оригинал удаляется, если его не использует другое доказательство; это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Evidence not removed</source>
        <translation>Доказательство не удалено</translation>
    </message>
    <message>
        <source>Evidence checked</source>
        <translation>Доказательства проверены</translation>
    </message>
    <message>
        <source>All %1 files match their SHA-256.</source>
        <translation>Все файлы (%1) соответствуют своим SHA-256.</translation>
    </message>
    <message>
        <source>Evidence changed or missing</source>
        <translation>Доказательства изменены или отсутствуют</translation>
    </message>
    <message>
        <source>Content item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>Кем зафиксировано</translation>
    </message>
    <message>
        <source>How it was captured</source>
        <translation>Способ фиксации</translation>
    </message>
    <message>
        <source>Network measurement id (e.g. OONI)</source>
        <translation>Идентификатор сетевого измерения (например, OONI)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Доказательство: %1</translation>
    </message>
    <message>
        <source>Evidence not saved</source>
        <translation>Доказательство не сохранено</translation>
    </message>
</context>
<context>
    <name>zanlink::ImportOptionsDialog</name>
    <message>
        <source>Import an act</source>
        <translation>Импорт акта</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>&amp;Language of the text:</source>
        <translation>&amp;Язык текста:</translation>
    </message>
    <message>
        <source>As the page says (%1)</source>
        <translation>Как указано на странице (%1)</translation>
    </message>
    <message>
        <source>The act, when the file does not name it: choose one or type its Adilet id.</source>
        <translation>Акт, если файл его не называет: выберите из списка или введите идентификатор Әділет.</translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation>&amp;Акт:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
</context>
<context>
    <name>zanlink::MainWindow</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>Не удаётся открыть библиотеку</translation>
    </message>
    <message>
        <source>ZanLink — law library</source>
        <translation>ZanLink — правовая библиотека</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Импорт файла…</translation>
    </message>
    <message>
        <source>Import a saved Adilet page, an Adilet DOCX, copied text or the AdiletCodex dataset</source>
        <translation>Импорт сохранённой страницы Әділет, DOCX с Әділет, скопированного текста или набора данных AdiletCodex</translation>
    </message>
    <message>
        <source>&amp;Download from Adilet…</source>
        <translation>&amp;Скачать с Әділет…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>&amp;Копировать ссылку</translation>
    </message>
    <message>
        <source>&amp;About ZanLink</source>
        <translation>&amp;О программе ZanLink</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
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
        <source>kk | ru | en</source>
        <translation>kk | ru | en</translation>
    </message>
    <message>
        <source>The three languages side by side</source>
        <translation>Три языка рядом</translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>Библиотека не открыта</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Библиотека: %1</translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation>%1: не импортирован</translation>
    </message>
    <message>
        <source>%1: edition of %2</source>
        <translation>%1: редакция от %2</translation>
    </message>
    <message>
        <source>%1: edition date unknown</source>
        <translation>%1: дата редакции неизвестна</translation>
    </message>
    <message>
        <source>Citation copied: %1</source>
        <translation>Ссылка скопирована: %1</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>Ссылка скопирована</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не выполнен</translation>
    </message>
    <message>
        <source>%1

The library is unchanged.</source>
        <translation>%1

Библиотека не изменена.</translation>
    </message>
    <message>
        <source>%1 (%2): already in the library</source>
        <translation>%1 (%2): уже в библиотеке</translation>
    </message>
    <message>
        <source>%1 (%2): %3 provisions</source>
        <translation>%1 (%2): положений — %3</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Импортировано: %1</translation>
    </message>
    <message>
        <source>Import an act</source>
        <translation>Импорт акта</translation>
    </message>
    <message>
        <source>Adilet pages and documents (*.html *.htm *.docx *.txt *.jsonl);;All files (*)</source>
        <translation>Страницы и документы Әділет (*.html *.htm *.docx *.txt *.jsonl);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Downloading %1 (%2) from Adilet…</source>
        <translation>Загрузка %1 (%2) с Әділет…</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Загрузка не выполнена</translation>
    </message>
    <message>
        <source>Downloaded and imported %1 (%2)</source>
        <translation>Скачано и импортировано: %1 (%2)</translation>
    </message>
    <message>
        <source>About ZanLink</source>
        <translation>О программе ZanLink</translation>
    </message>
    <message>
        <source>ZanLink %1

The law library of Kazakh media law — online platforms, communications, protection of children — offline, in Kazakh, Russian and English.

Texts come from the official source, adilet.zan.kz. Texts imported from the AdiletCodex dataset: %2.

Nothing leaves this computer unless you ask for a download.</source>
        <translation>ZanLink %1

Библиотека медийного права Казахстана — онлайн-платформы, связь, защита детей — без интернета, на казахском, русском и английском языках.

Тексты берутся из официального источника adilet.zan.kz. Тексты, импортированные из набора данных AdiletCodex: %2.

Ничто не покидает этот компьютер, пока вы сами не запросите загрузку.</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1 (новейшая)</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Редакция:</translation>
    </message>
    <message>
        <source>Which edition to read; older editions are kept when a newer one is imported</source>
        <translation>Какую редакцию читать; при импорте новой редакции старые сохраняются</translation>
    </message>
    <message>
        <source>This is an older edition; a newer one is in the library.</source>
        <translation>Это более старая редакция; в библиотеке есть более новая.</translation>
    </message>
    <message>
        <source>%1 — not in the library yet</source>
        <translation>%1 — пока нет в библиотеке</translation>
    </message>
    <message>
        <source>%1 — not found in the library&apos;s text</source>
        <translation>%1 — не найдено в тексте библиотеки</translation>
    </message>
    <message>
        <source>Go to &amp;provision…</source>
        <translation>Перейти к &amp;норме…</translation>
    </message>
    <message>
        <source>Type an act and numbers, e.g. связь 41-1 1-2, and jump there</source>
        <translation>Введите акт и номера, например связь 41-1 1-2, и перейдите туда</translation>
    </message>
    <message>
        <source>&amp;Search the law</source>
        <translation>&amp;Поиск по законам</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Where cited</source>
        <translation>Где цитируется</translation>
    </message>
    <message>
        <source>Find citations in a &amp;text…</source>
        <translation>Найти ссылки в &amp;тексте…</translation>
    </message>
    <message>
        <source>Paste a news item or a decision and list the acts and provisions it mentions</source>
        <translation>Вставьте новость или решение — и увидите акты и нормы, которые в них упомянуты</translation>
    </message>
    <message>
        <source>The case file cannot be opened</source>
        <translation>Не удаётся открыть файл дел</translation>
    </message>
    <message>
        <source>The law library works; cases are not available.</source>
        <translation>Правовая библиотека работает; дела недоступны.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>П&amp;равка</translation>
    </message>
    <message>
        <source>&amp;Law library</source>
        <translation>&amp;Правовая библиотека</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Дела</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>Law library</source>
        <translation>Правовая библиотека</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Choose a case first: a draft is written from a case.</source>
        <translation>Сначала выберите дело: документ составляется по делу.</translation>
    </message>
    <message>
        <source>New &amp;draft from the case…</source>
        <translation>Новый &amp;проект документа по делу…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the provision shown, under its full citation</source>
        <translation>Напечатать открытую норму с её полной ссылкой в заголовке</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Предвари&amp;тельный просмотр…</translation>
    </message>
</context>
<context>
    <name>zanlink::NewPassphraseDialog</name>
    <message>
        <source>Protect the case file</source>
        <translation>Защита файла дел</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>The case database (cases, parties, notes, drafts, the audit log) will be kept encrypted on disk and opened only with this passphrase. Evidence files and exported case bundles are not encrypted yet.</source>
        <translation>База дел (дела, стороны, заметки, проекты документов, журнал действий) будет храниться на диске зашифрованной и открываться только с этой парольной фразой. Файлы доказательств и выгруженные пакеты дел пока не шифруются.</translation>
    </message>
    <message>
        <source>The case file will be encrypted again under the new passphrase.</source>
        <translation>Файл дел будет заново зашифрован новой парольной фразой.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A forgotten passphrase cannot be recovered&lt;/b&gt;: nobody, not even the makers of ZanLink, can open the case file without it. Write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;Забытую парольную фразу восстановить нельзя&lt;/b&gt;: без неё никто, даже создатели ZanLink, не откроет файл дел. Запишите её и храните в надёжном месте.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters; a few unrelated words are best.</source>
        <translation>Слишком коротко: не меньше %1 символов; лучше всего несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <source>Fair: a longer passphrase, or one more word, is better.</source>
        <translation>Средняя: лучше длиннее или ещё одно слово.</translation>
    </message>
    <message>
        <source>Weak: add a word or two.</source>
        <translation>Слабая: добавьте одно-два слова.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Введённые фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>zanlink::PackExportDialog</name>
    <message>
        <source>Export workshop pack</source>
        <translation>Выгрузка учебного пакета</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Тренер:</translation>
    </message>
    <message>
        <source>Acts and articles to present</source>
        <translation>Акты и статьи для показа</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>Include the trainer&apos;s notes on these provisions</source>
        <translation>Включить заметки тренера к этим нормам</translation>
    </message>
    <message>
        <source>Exercise cases travel without confidential parties (children among them), the notes naming them, evidence and drafts.</source>
        <translation>Учебные дела передаются без конфиденциальных сторон (в том числе детей), заметок, где они названы, доказательств и проектов документов.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <source>Exercise cases:</source>
        <translation>Учебные дела:</translation>
    </message>
</context>
<context>
    <name>zanlink::PackImportDialog</name>
    <message>
        <source>Import workshop pack</source>
        <translation>Загрузка учебного пакета</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>Подготовил(а) %1, %2</translation>
    </message>
    <message>
        <source>an unnamed trainer</source>
        <translation>тренер без имени</translation>
    </message>
    <message>
        <source>This pack was imported before: only what is not there yet is added.</source>
        <translation>Этот пакет уже загружался: добавится только то, чего ещё нет.</translation>
    </message>
    <message>
        <source>Law texts: %1 new editions, %2 already in the library (skipped, never replaced)</source>
        <translation>Тексты законов: новых редакций %1, уже есть в библиотеке %2 (пропускаются, не заменяются)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>уже есть</translation>
    </message>
    <message numerus="yes">
        <source>new, %n provisions</source>
        <translation>
            <numerusform>новая, %n норма</numerusform>
            <numerusform>новая, %n нормы</numerusform>
            <numerusform>новая, %n норм</numerusform>
        </translation>
    </message>
    <message>
        <source>Acts new to the library: %1</source>
        <translation>Новые для библиотеки акты: %1</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes: %1 new, %2 already there</source>
        <translation>Заметки тренера: новых %1, уже есть %2</translation>
    </message>
    <message>
        <source>Provisions to present: %1</source>
        <translation>Нормы для показа: %1</translation>
    </message>
    <message>
        <source>Exercise cases, added as new cases (your own cases are never changed): %1</source>
        <translation>Учебные дела, добавляются как новые (ваши дела не меняются): %1</translation>
    </message>
    <message>
        <source>Left out by the trainer: %1</source>
        <translation>Не включено тренером: %1</translation>
    </message>
</context>
<context>
    <name>zanlink::PartForm</name>
    <message>
        <source>not known</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Поле «%1» обязательно для заполнения.</translation>
    </message>
</context>
<context>
    <name>zanlink::PartTable</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Add (Insert)</source>
        <translation>Добавить (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove (Delete); Ctrl+Z undoes it</source>
        <translation>Удалить (Delete); Ctrl+Z отменяет удаление</translation>
    </message>
</context>
<context>
    <name>zanlink::PassphraseDialog</name>
    <message>
        <source>Protected case file</source>
        <translation>Защищённый файл дел</translation>
    </message>
    <message>
        <source>The case file %1 is protected with a passphrase. Enter the passphrase to open it.</source>
        <translation>Файл дел %1 защищён парольной фразой. Введите её, чтобы открыть.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Запомнить в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Anyone who can log in as this user can then open the case file.</source>
        <translation>Тогда файл дел сможет открыть любой, кто может войти в систему под этим пользователем.</translation>
    </message>
    <message>
        <source>ZanLink keeps the passphrase in the system keychain of this user account and opens the case file at start-up without asking. After the case file locks itself (or is locked), the passphrase is still typed.</source>
        <translation>ZanLink хранит парольную фразу в системном хранилище паролей этой учётной записи и открывает файл дел при запуске без запроса. После того как файл дел заблокируется сам (или его заблокируют), парольную фразу всё равно нужно вводить.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation>Системное хранилище паролей нельзя использовать: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Системное хранилище паролей недоступно: %1</translation>
    </message>
</context>
<context>
    <name>zanlink::PassphraseStore</name>
    <message>
        <source>no keychain service (such as GNOME Keyring or KWallet) is running for this user.</source>
        <translation>для этого пользователя не запущена служба хранения паролей (например, GNOME Keyring или KWallet).</translation>
    </message>
    <message>
        <source>the keychain did not answer.</source>
        <translation>хранилище паролей не ответило.</translation>
    </message>
    <message>
        <source>access to the keychain was refused.</source>
        <translation>в доступе к хранилищу паролей отказано.</translation>
    </message>
</context>
<context>
    <name>zanlink::PresentationView</name>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Presentation: %1</source>
        <translation>Презентация: %1</translation>
    </message>
    <message>
        <source>Nothing to present: the list is empty.</source>
        <translation>Показывать нечего: список пуст.</translation>
    </message>
    <message>
        <source>%1 %2: not in the library in %3</source>
        <translation>%1 %2: нет в библиотеке на языке «%3»</translation>
    </message>
    <message>
        <source>%1 · %2 · edition of %3</source>
        <translation>%1 · %2 · редакция от %3</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 из %3</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes (N hides them)</source>
        <translation>Заметки тренера (N — скрыть)</translation>
    </message>
    <message>
        <source>No trainer&apos;s note on this provision.</source>
        <translation>К этой норме нет заметок тренера.</translation>
    </message>
    <message>
        <source>from the pack %1</source>
        <translation>из пакета %1</translation>
    </message>
</context>
<context>
    <name>zanlink::PrintSupport</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Предварительный просмотр — %1</translation>
    </message>
</context>
<context>
    <name>zanlink::QuickOpenDialog</name>
    <message>
        <source>Go to provision</source>
        <translation>Перейти к норме</translation>
    </message>
    <message>
        <source>e.g. связь 41-1 1-2 · 41-1-бап · Art. 9 · ст. 41-1 п. 1-2</source>
        <translation>например: связь 41-1 1-2 · 41-1-бап · Art. 9 · ст. 41-1 п. 1-2</translation>
    </message>
    <message>
        <source>An act (name, number or id) and the numbers of article, paragraph, subparagraph.</source>
        <translation>Акт (название, номер или идентификатор) и номера статьи, пункта, подпункта.</translation>
    </message>
    <message>
        <source>No provision is named by these words.</source>
        <translation>Эти слова не называют ни одной нормы.</translation>
    </message>
    <message>
        <source>Name the act too: no act is open.</source>
        <translation>Назовите и акт: ни один акт не открыт.</translation>
    </message>
    <message>
        <source>%1 — the act is not in the library; Enter shows how to get it.</source>
        <translation>%1 — акта нет в библиотеке; Enter покажет, как его получить.</translation>
    </message>
    <message>
        <source>%1 — no such provision in the library&apos;s text.</source>
        <translation>%1 — такой нормы нет в тексте библиотеки.</translation>
    </message>
    <message>
        <source>Enter: open %1</source>
        <translation>Enter: открыть %1</translation>
    </message>
</context>
<context>
    <name>zanlink::ReaderPrint</name>
    <message>
        <source>Printed from ZanLink on %1</source>
        <translation>Напечатано в ZanLink %1</translation>
    </message>
</context>
<context>
    <name>zanlink::ReaderTabs</name>
    <message>
        <source>New &amp;tab</source>
        <translation>Новая &amp;вкладка</translation>
    </message>
    <message>
        <source>Open the place shown in another tab</source>
        <translation>Открыть показанное место в другой вкладке</translation>
    </message>
    <message>
        <source>Close ta&amp;b</source>
        <translation>&amp;Закрыть вкладку</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>С&amp;ледующая вкладка</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Пре&amp;дыдущая вкладка</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
</context>
<context>
    <name>zanlink::SearchPanel</name>
    <message>
        <source>Search the law (Ctrl+F): words, &quot;a phrase&quot;, қазақша or kazakhsha</source>
        <translation>Поиск по законам (Ctrl+F): слова, «фраза», қазақша или kazakhsha</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>All acts</source>
        <translation>Все акты</translation>
    </message>
    <message>
        <source>Nothing found. Kazakh may be typed with Russian letters (казакстан) or in Latin (qazaqstan).</source>
        <translation>Ничего не найдено. Казахский можно набирать русскими буквами (казакстан) или латиницей (qazaqstan).</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zanlink::SearchQuery</name>
    <message>
        <source>The search could not use this query; try plain words.</source>
        <translation>Поиск не смог обработать этот запрос; попробуйте простые слова.</translation>
    </message>
    <message>
        <source>The search text was shortened to its first %1 characters.</source>
        <translation>Текст поиска сокращён до первых %1 символов.</translation>
    </message>
    <message>
        <source>Only the first %1 words are searched for.</source>
        <translation>Ищутся только первые %1 слов.</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>Введите слово для поиска.</translation>
    </message>
    <message>
        <source>Nothing to search for: type letters or numbers.</source>
        <translation>Нечего искать: введите буквы или цифры.</translation>
    </message>
    <message>
        <source>These words are in very many provisions: the best of the first %1 are shown. Add a word to narrow the search.</source>
        <translation>Эти слова есть в очень многих нормах: показаны лучшие из первых %1. Добавьте слово, чтобы сузить поиск.</translation>
    </message>
</context>
<context>
    <name>zanlink::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Next or previous paragraph in the presentation</source>
        <translation>Следующий или предыдущий пункт в презентации</translation>
    </message>
    <message>
        <source>→ / ←, Space, Page Down / Page Up, Home / End</source>
        <translation>→ / ←, Пробел, Page Down / Page Up, Home / End</translation>
    </message>
</context>
<context>
    <name>zanlink::SpellField</name>
    <message>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
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
        <source>Check spelling as you type</source>
        <translation>Проверять орфографию при вводе</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(нет вариантов)</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Добавить в словарь</translation>
    </message>
    <message>
        <source>Add «%1» to your own %2 words</source>
        <translation>Добавить «%1» в свой словарь (%2)</translation>
    </message>
    <message>
        <source>The word was not added: %1</source>
        <translation>Слово не добавлено: %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Accept «%1» everywhere until ZanLink closes</source>
        <translation>Считать «%1» правильным везде до закрытия ZanLink</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Язык проверки орфографии</translation>
    </message>
    <message>
        <source>%1 (no dictionary)</source>
        <translation>%1 (нет словаря)</translation>
    </message>
    <message>
        <source>Spell-check is off for %1: its dictionary %2 is not installed (Debian package %3).</source>
        <translation>%1: проверка орфографии отключена — словарь %2 не установлен (пакет Debian %3).</translation>
    </message>
    <message>
        <source>Spell-check is off for %1: %2</source>
        <translation>%1: проверка орфографии отключена — %2</translation>
    </message>
</context>
<context>
    <name>zanlink::StartupRecovery</name>
    <message>
        <source>Damaged file</source>
        <translation>Повреждённый файл</translation>
    </message>
    <message>
        <source>The backup was not put back</source>
        <translation>Резервная копия не восстановлена</translation>
    </message>
    <message>
        <source>The library %1</source>
        <translation>Библиотека %1</translation>
    </message>
    <message>
        <source>The case file %1</source>
        <translation>Файл дел %1</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2

Put back the backup of %3? The damaged file is kept beside it.</source>
        <translation>%1 невозможно использовать: %2

Восстановить резервную копию от %3? Повреждённый файл будет сохранён рядом.</translation>
    </message>
</context>
<context>
    <name>zanlink::TextCitationsDialog</name>
    <message>
        <source>in the library</source>
        <translation>в библиотеке</translation>
    </message>
    <message>
        <source>not found in the library&apos;s text</source>
        <translation>не найдено в тексте библиотеки</translation>
    </message>
    <message>
        <source>act not imported yet</source>
        <translation>акт ещё не импортирован</translation>
    </message>
    <message>
        <source>act not identified</source>
        <translation>акт не определён</translation>
    </message>
    <message>
        <source>Find citations in a text</source>
        <translation>Найти ссылки в тексте</translation>
    </message>
    <message>
        <source>Paste a news item, a court decision or a letter: the acts and provisions it mentions are listed below (e.g. «статья 41-1 закона о связи»).</source>
        <translation>Вставьте новость, судебное решение или письмо: ниже будут перечислены упомянутые акты и нормы (например, «статья 41-1 закона о связи»).</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>В тексте</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Ссылается на</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>В библиотеке</translation>
    </message>
    <message>
        <source>Nothing pasted yet.</source>
        <translation>Текст ещё не вставлен.</translation>
    </message>
    <message>
        <source>No acts or provisions found.</source>
        <translation>Акты и нормы не найдены.</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s) found; Enter or double-click opens one.</source>
        <translation>
            <numerusform>Найдена %n ссылка; Enter или двойной щелчок открывает её.</numerusform>
            <numerusform>Найдено %n ссылки; Enter или двойной щелчок открывает ссылку.</numerusform>
            <numerusform>Найдено %n ссылок; Enter или двойной щелчок открывает ссылку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zanlink::ThemeActions</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системная</translation>
    </message>
    <message>
        <source>Colours of the desktop</source>
        <translation>Цвета рабочего стола</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>С&amp;ветлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
</context>
<context>
    <name>zanlink::TrainerNotesPanel</name>
    <message>
        <source>Undo: %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Повторить: %1</translation>
    </message>
    <message>
        <source>The workshop file could not be opened: trainers&apos; notes cannot be kept.</source>
        <translation>Не удалось открыть файл учебных материалов: заметки тренера сохранять невозможно.</translation>
    </message>
    <message>
        <source>Notes on the provision shown</source>
        <translation>Заметки к открытой норме</translation>
    </message>
    <message>
        <source>Notes on the act shown</source>
        <translation>Заметки к открытому акту</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Все заметки</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Удалить заметку</translation>
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
        <source>Use the provision shown</source>
        <translation>Взять открытую норму</translation>
    </message>
    <message>
        <source>Put this note on the provision the reader shows</source>
        <translation>Привязать эту заметку к норме, открытой в окне чтения</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Put this note on another provision (as with Ctrl+K)</source>
        <translation>Привязать эту заметку к другой норме (как по Ctrl+K)</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>What to say or ask when this provision is on the screen. The note saves itself; it goes into the workshop packs you export.</source>
        <translation>Что сказать или спросить, когда эта норма на экране. Заметка сохраняется сама; она попадает в выгружаемые вами учебные пакеты.</translation>
    </message>
    <message>
        <source>No provision shown</source>
        <translation>Норма не открыта</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Открытая норма: %1</translation>
    </message>
    <message>
        <source>The note is on no provision yet: open one in the reader</source>
        <translation>Заметка пока не привязана к норме: откройте норму в окне чтения</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Норма заметки: %1</translation>
    </message>
    <message>
        <source>the whole act</source>
        <translation>весь акт</translation>
    </message>
    <message>
        <source>(pack)</source>
        <translation>(пакет)</translation>
    </message>
    <message>
        <source>From the workshop pack %1</source>
        <translation>Из учебного пакета %1</translation>
    </message>
    <message>
        <source>New note: it is saved as soon as you type</source>
        <translation>Новая заметка: она сохранится, как только вы начнёте печатать</translation>
    </message>
    <message>
        <source>An empty note is not saved; Delete note removes it.</source>
        <translation>Пустая заметка не сохраняется; «Удалить заметку» убирает её.</translation>
    </message>
    <message>
        <source>Not saved yet: open the provision the note is on, then Use the provision shown.</source>
        <translation>Пока не сохранено: откройте норму, к которой относится заметка, затем нажмите «Взять открытую норму».</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Изменение заметки</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Добавление заметки</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Удаление заметки</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Не удалено: %1</translation>
    </message>
    <message>
        <source>Note deleted (Undo brings it back)</source>
        <translation>Заметка удалена («Отменить» вернёт её)</translation>
    </message>
</context>
<context>
    <name>zanlink::WelcomeActions</name>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Добро пожаловать…</translation>
    </message>
    <message>
        <source>Choose the interface language and add the laws to the library.</source>
        <translation>Выбрать язык интерфейса и добавить законы в библиотеку.</translation>
    </message>
</context>
<context>
    <name>zanlink::WelcomeDialog</name>
    <message>
        <source>Welcome to ZanLink</source>
        <translation>Добро пожаловать в ZanLink</translation>
    </message>
    <message>
        <source>ZanLink is a library of Kazakhstan&apos;s media law in Kazakh, Russian and English that works offline. First choose the language of its menus and windows; it changes at once, and View ▸ Interface language changes it later.</source>
        <translation>ZanLink — библиотека медийного права Казахстана на казахском, русском и английском языках, работающая без интернета. Сначала выберите язык меню и окон; он меняется сразу, а позже его можно сменить через Вид ▸ Язык интерфейса.</translation>
    </message>
    <message>
        <source>&amp;Continue &gt;</source>
        <translation>&amp;Продолжить &gt;</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>С чего вы хотите начать?</translation>
    </message>
    <message>
        <source>ZanLink reads the laws from its own library on this computer. Add them in one of these ways; each of them is also in the File menu, and Help ▸ Welcome brings this window back.</source>
        <translation>ZanLink читает законы из собственной библиотеки на этом компьютере. Добавьте их одним из этих способов; каждый из них есть и в меню «Файл», а Справка ▸ Добро пожаловать снова открывает это окно.</translation>
    </message>
    <message>
        <source>&amp;Download the three laws from Adilet</source>
        <translation>&amp;Скачать три закона с Әділет</translation>
    </message>
    <message>
        <source>%1, %2 and %3, each in Kazakh, Russian and English: nine pages from the official legal information system, one at a time. Needs the internet; you start it on the next page.</source>
        <translation>%1, %2 и %3, каждый на казахском, русском и английском: девять страниц из официальной информационно-правовой системы, по одной за раз. Нужен интернет; загрузку вы запустите на следующей странице.</translation>
    </message>
    <message>
        <source>&amp;Import saved pages…</source>
        <translation>&amp;Импортировать сохранённые страницы…</translation>
    </message>
    <message>
        <source>Act pages saved from Adilet in a browser, Adilet&apos;s DOCX files, copied text or the AdiletCodex dataset. Works without the internet.</source>
        <translation>Страницы актов, сохранённые с Әділет в браузере, файлы DOCX с Әділет, скопированный текст или набор данных AdiletCodex. Работает без интернета.</translation>
    </message>
    <message>
        <source>Open a &amp;workshop pack…</source>
        <translation>Открыть &amp;учебный пакет…</translation>
    </message>
    <message>
        <source>A .zlpack file from a trainer: the acts of a workshop, the provisions to present and exercise cases.</source>
        <translation>Файл .zlpack от тренера: акты семинара, нормы для показа и учебные дела.</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>Пока &amp;пропустить</translation>
    </message>
    <message>
        <source>Start with an empty library.</source>
        <translation>Начать с пустой библиотеки.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
</context>
<context>
    <name>zanlink::WelcomeDownloadPage</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
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
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Download the three laws from Adilet</source>
        <translation>Скачать три закона с Әділет</translation>
    </message>
    <message>
        <source>ZanLink downloads these nine pages from %1, one at a time, and imports each into the library on this computer. Only the pages&apos; addresses are sent. The Kazakh and Russian texts are official; the English ones are unofficial translations.</source>
        <translation>ZanLink скачивает эти девять страниц с %1 по одной и импортирует каждую в библиотеку на этом компьютере. Передаются только адреса страниц. Тексты на казахском и русском языках официальные; английские — неофициальные переводы.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>&amp;Отменить загрузку</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>Документов: %1</translation>
    </message>
    <message>
        <source>Nothing is downloaded until you press Download.</source>
        <translation>Пока вы не нажмёте «Скачать», ничего не скачивается.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Загрузка… %1</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n provisions</source>
        <translation>
            <numerusform>Импортировано: %n норма</numerusform>
            <numerusform>Импортировано: %n нормы</numerusform>
            <numerusform>Импортировано: %n норм</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Уже в библиотеке</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <translation>Документ %1 из %2</translation>
    </message>
    <message>
        <source>Downloading %1: %2 received…</source>
        <translation>Загрузка %1: получено %2…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n импортирован</numerusform>
            <numerusform>%n импортировано</numerusform>
            <numerusform>%n импортировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n уже в библиотеке</numerusform>
            <numerusform>%n уже в библиотеке</numerusform>
            <numerusform>%n уже в библиотеке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not downloaded</source>
        <translation>
            <numerusform>%n не скачан</numerusform>
            <numerusform>%n не скачано</numerusform>
            <numerusform>%n не скачано</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 documents in the library</source>
        <translation>В библиотеке %1 из %2 документов</translation>
    </message>
    <message>
        <source>Cancelled: %1. The documents finished before stay in the library.</source>
        <translation>Отменено: %1. Документы, загруженные до отмены, остаются в библиотеке.</translation>
    </message>
    <message>
        <source>Finished with errors: %1. What went wrong is listed below.</source>
        <translation>Завершено с ошибками: %1. Что не получилось, перечислено ниже.</translation>
    </message>
    <message>
        <source>Finished: %1. Choose a law on the left of the main window to read it.</source>
        <translation>Готово: %1. Чтобы прочитать закон, выберите его слева в главном окне.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Не импортированы:</translation>
    </message>
    <message>
        <source>Try again later, or open the page in a browser, save it, and import the saved page with File ▸ Import.</source>
        <translation>Повторите позже или откройте страницу в браузере, сохраните её и импортируйте сохранённую страницу через Файл ▸ Импорт.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Скачать</translation>
    </message>
</context>
<context>
    <name>zanlink::WorkshopActions</name>
    <message>
        <source>Presentation…</source>
        <translation>Презентация…</translation>
    </message>
    <message>
        <source>Export workshop pack…</source>
        <translation>Выгрузить учебный пакет…</translation>
    </message>
    <message>
        <source>Import workshop pack…</source>
        <translation>Загрузить учебный пакет…</translation>
    </message>
    <message>
        <source>The workshop file cannot be opened</source>
        <translation>Файл учебных материалов не открывается</translation>
    </message>
    <message>
        <source>Workshop pack: %1</source>
        <translation>Учебный пакет: %1</translation>
    </message>
    <message>
        <source>Provisions cited by the case: %1</source>
        <translation>Нормы, на которые ссылается дело: %1</translation>
    </message>
    <message>
        <source>Articles of the act shown: %1</source>
        <translation>Статьи открытого акта: %1</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Nothing to present yet: open an act, a case citing provisions, or import a workshop pack.</source>
        <translation>Показывать пока нечего: откройте акт, дело со ссылками на нормы или загрузите учебный пакет.</translation>
    </message>
    <message>
        <source>Present which provisions?</source>
        <translation>Какие нормы показать?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n provisions)</source>
        <translation>
            <numerusform>%1 (%n норма)</numerusform>
            <numerusform>%1 (%n нормы)</numerusform>
            <numerusform>%1 (%n норм)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export workshop pack</source>
        <translation>Выгрузка учебного пакета</translation>
    </message>
    <message>
        <source>Workshop packs (*.zlpack)</source>
        <translation>Учебные пакеты (*.zlpack)</translation>
    </message>
    <message>
        <source>The workshop pack was not exported</source>
        <translation>Учебный пакет не выгружен</translation>
    </message>
    <message>
        <source>Workshop pack exported</source>
        <translation>Учебный пакет выгружен</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Import workshop pack</source>
        <translation>Загрузка учебного пакета</translation>
    </message>
    <message>
        <source>The workshop pack cannot be imported</source>
        <translation>Учебный пакет не загружается</translation>
    </message>
    <message>
        <source>Importing the workshop pack…</source>
        <translation>Загрузка учебного пакета…</translation>
    </message>
    <message>
        <source>The workshop pack was not imported</source>
        <translation>Учебный пакет не загружен</translation>
    </message>
    <message>
        <source>Workshop pack imported</source>
        <translation>Учебный пакет загружен</translation>
    </message>
    <message>
        <source>%1 new editions (%2 already there), %3 notes, %4 exercise cases added as new cases.</source>
        <translation>Новых редакций: %1 (уже было %2), заметок: %3, учебных дел добавлено как новые: %4.</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation>Заметки тренера</translation>
    </message>
    <message>
        <source>Trainer&apos;s note on the provision shown</source>
        <translation>Заметка тренера к открытой норме</translation>
    </message>
    <message>
        <source>Trainer&apos;s note not saved</source>
        <translation>Заметка тренера не сохранена</translation>
    </message>
    <message>
        <source>The trainer&apos;s note could not be saved: %1
Close anyway and lose it?</source>
        <translation>Не удалось сохранить заметку тренера: %1
Всё равно закрыть и потерять её?</translation>
    </message>
</context>
</TS>
