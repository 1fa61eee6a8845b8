<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>CaseLabels</name>
    <message>
        <source>Removal request</source>
        <translation>Жою туралы өтініш</translation>
    </message>
    <message>
        <source>Restriction of access</source>
        <translation>Қолжетімділікті шектеу</translation>
    </message>
    <message>
        <source>Cyberbullying of a child</source>
        <translation>Балаға қатысты кибербуллинг</translation>
    </message>
    <message>
        <source>Appeal / objection</source>
        <translation>Шағымдану / қарсылық</translation>
    </message>
    <message>
        <source>Restoration of access</source>
        <translation>Қолжетімділікті қалпына келтіру</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Кеңес беру</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Platform&apos;s legal representative</source>
        <translation>Платформаның заңды өкілі</translation>
    </message>
    <message>
        <source>State body</source>
        <translation>Мемлекеттік орган</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Заңгер</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа қатысушы</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Notice received</source>
        <translation>Хабарлама алынды</translation>
    </message>
    <message>
        <source>Order issued</source>
        <translation>Нұсқама шығарылды</translation>
    </message>
    <message>
        <source>Content removed</source>
        <translation>Контент жойылды</translation>
    </message>
    <message>
        <source>Access restricted</source>
        <translation>Қолжетімділік шектелді</translation>
    </message>
    <message>
        <source>Blocked with no order received</source>
        <translation>Нұсқамасыз бұғатталды</translation>
    </message>
    <message>
        <source>Appeal filed</source>
        <translation>Шешімге шағымданылды</translation>
    </message>
    <message>
        <source>Access restored</source>
        <translation>Қолжетімділік қалпына келтірілді</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Сұрау жіберілді</translation>
    </message>
    <message>
        <source>Complaint filed</source>
        <translation>Шағым берілді</translation>
    </message>
    <message>
        <source>Decision received</source>
        <translation>Шешім алынды</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Басқа оқиға</translation>
    </message>
</context>
<context>
    <name>CaseParts</name>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Жеке тұлға немесе ұйым</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты / атауы</translation>
    </message>
    <message>
        <source>Address, contacts, registration</source>
        <translation>Мекенжай, байланыс деректері, тіркеу деректері</translation>
    </message>
    <message>
        <source>A child (under 18)</source>
        <translation>Бала (18 жасқа дейін)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Confidential (left out of exports)</source>
        <translation>Құпия (экспортқа енгізілмейді)</translation>
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
        <translation>Контент түрі</translation>
    </message>
    <message>
        <source>Language of the content</source>
        <translation>Контент тілі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>Қашан (жергілікті уақыт)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Content item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Due (local time)</source>
        <translation>Соңғы мерзім (жергілікті уақыт)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Соңғы мерзім</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>(child)</source>
        <translation>(бала)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>Қатысушы қосу</translation>
    </message>
    <message>
        <source>Edit the party</source>
        <translation>Қатысушыны өзгерту</translation>
    </message>
    <message>
        <source>Add a content item</source>
        <translation>Материал қосу</translation>
    </message>
    <message>
        <source>Edit the content item</source>
        <translation>Материалды өзгерту</translation>
    </message>
    <message>
        <source>Add an event to the timeline</source>
        <translation>Хронологияға оқиға қосу</translation>
    </message>
    <message>
        <source>Edit the event</source>
        <translation>Оқиғаны өзгерту</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Мерзім қосу</translation>
    </message>
    <message>
        <source>Edit the deadline</source>
        <translation>Мерзімді өзгерту</translation>
    </message>
</context>
<context>
    <name>ProvisionHtml</name>
    <message>
        <source>changed in this edition</source>
        <translation>осы редакцияда өзгертілген</translation>
    </message>
    <message>
        <source>new in this edition</source>
        <translation>осы редакцияда жаңа</translation>
    </message>
    <message>
        <source>cite</source>
        <translation>дәйексөз</translation>
    </message>
    <message>
        <source>official text</source>
        <translation>ресми мәтін</translation>
    </message>
    <message>
        <source>unofficial translation</source>
        <translation>бейресми аударма</translation>
    </message>
    <message>
        <source>Not imported in %1; shown in %2.</source>
        <translation>«%1» тіліндегі мәтін импортталмаған; «%2» көрсетілді.</translation>
    </message>
    <message>
        <source>Not imported in this language.</source>
        <translation>Бұл тілде импортталмаған.</translation>
    </message>
    <message>
        <source>Edition as of %1</source>
        <translation>%1 жағдай бойынша редакция</translation>
    </message>
    <message>
        <source>Edition date unknown; imported on %1</source>
        <translation>Редакция күні белгісіз; %1 импортталған</translation>
    </message>
    <message>
        <source>Official source:</source>
        <translation>Ресми дереккөз:</translation>
    </message>
    <message>
        <source>Imported from the %1.</source>
        <translation>Импортталған дереккөз: %1.</translation>
    </message>
    <message>
        <source>— not in this language —</source>
        <translation>— бұл тілде жоқ —</translation>
    </message>
    <message>
        <source>This act is not in the library yet.</source>
        <translation>Бұл акт кітапханада әлі жоқ.</translation>
    </message>
    <message>
        <source>Download it with File ▸ Download from Adilet, or open its page in a browser, save it (Ctrl+S) and import the saved file with File ▸ Import file.</source>
        <translation>Оны Файл ▸ Әділеттен жүктеу арқылы жүктеңіз немесе оның бетін браузерде ашып, сақтаңыз (Ctrl+S) және сақталған файлды Файл ▸ Файлды импорттау арқылы импорттаңыз.</translation>
    </message>
    <message>
        <source>The law library of Kazakh media law, offline, in Kazakh, Russian and English.</source>
        <translation>Қазақстанның медиа құқығы кітапханасы — интернетсіз, қазақ, орыс және ағылшын тілдерінде.</translation>
    </message>
    <message>
        <source>Choose an act on the left. Acts in grey are known but not imported yet: import a saved Adilet page (Ctrl+O) or download it (Ctrl+D).</source>
        <translation>Сол жақтан актіні таңдаңыз. Сұр түспен белгілі, бірақ әлі импортталмаған актілер көрсетілген: сақталған Әділет бетін импорттаңыз (Ctrl+O) немесе жүктеңіз (Ctrl+D).</translation>
    </message>
</context>
<context>
    <name>zanlink::ActTree</name>
    <message>
        <source>Changed in this edition</source>
        <translation>Осы редакцияда өзгертілген</translation>
    </message>
    <message>
        <source>Open in new &amp;tab</source>
        <translation>Жаңа &amp;қойындыда ашу</translation>
    </message>
</context>
<context>
    <name>zanlink::AdiletFetcher</name>
    <message>
        <source>Another download is running; wait for it to finish.</source>
        <translation>Басқа жүктеу жүріп жатыр; оның аяқталуын күтіңіз.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Adilet document id (like Z040000567_).</source>
        <translation>«%1» — Әділет құжатының сәйкестендіргіші емес (Z040000567_ сияқты).</translation>
    </message>
    <message>
        <source>Only HTTPS addresses are used: %1</source>
        <translation>Тек HTTPS мекенжайлары қолданылады: %1</translation>
    </message>
    <message>
        <source>The site&apos;s robots.txt does not allow %1 to be downloaded.</source>
        <translation>Сайттың robots.txt файлы %1 жүктеуге рұқсат бермейді.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Жүктеу тоқтатылды.</translation>
    </message>
    <message>
        <source>Adilet did not answer within %1 seconds. Try again later, or save the page in a browser and import the file.</source>
        <translation>Әділет %1 секунд ішінде жауап бермеді. Кейінірек қайталаңыз немесе бетті браузерде сақтап, файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>Adilet cannot be reached (%1). Check the internet connection, or save the page in a browser and import the file.</source>
        <translation>Әділетке қосылу мүмкін емес (%1). Интернет байланысын тексеріңіз немесе бетті браузерде сақтап, файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>Adilet has no page at %1 (404). Check the act&apos;s id and language.</source>
        <translation>Әділетте %1 беті жоқ (404). Актінің сәйкестендіргіші мен тілін тексеріңіз.</translation>
    </message>
    <message>
        <source>Adilet answered %1 for %2.</source>
        <translation>Әділет %2 сұрауына %1 деп жауап берді.</translation>
    </message>
    <message>
        <source>Adilet answered with the new site&apos;s script-only page, which carries no text. Open the act in a browser, wait until the text is shown, save it with Ctrl+S (&quot;Web page, complete&quot; or &quot;HTML only&quot;) and import the saved file with File ▸ Import.</source>
        <translation>Әділет жаңа сайттың мәтінсіз, тек скрипттерден тұратын бетін қайтарды. Актіні браузерде ашып, мәтін шыққанша күтіңіз, бетті Ctrl+S арқылы сақтаңыз («Веб-бет толығымен» немесе «Тек HTML») және сақталған файлды Файл ▸ Импорттау арқылы импорттаңыз.</translation>
    </message>
    <message>
        <source>Adilet sent the download on to another address (%1), which ZanLink does not follow. Save the page in a browser and import the file.</source>
        <translation>Әділет жүктеуді басқа мекенжайға (%1) бағыттады, ZanLink оған өтпейді. Бетті браузерде сақтап, файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>Adilet sent the download on to its programming interface (%1), which ZanLink does not use. Save the page in a browser and import the file.</source>
        <translation>Әділет жүктеуді өзінің бағдарламалық интерфейсіне (%1) бағыттады, ZanLink оны пайдаланбайды. Бетті браузерде сақтап, файлды импорттаңыз.</translation>
    </message>
    <message>
        <source>Adilet sent the download on to %1, which the site&apos;s robots.txt does not allow.</source>
        <translation>Әділет жүктеуді %1 мекенжайына бағыттады, оған сайттың robots.txt файлы рұқсат бермейді.</translation>
    </message>
    <message>
        <source>The site answered %1 for its robots.txt, so nothing is downloaded from it now. Try again later.</source>
        <translation>Сайт robots.txt сұрауына %1 деп жауап берді, сондықтан қазір одан ештеңе жүктелмейді. Кейінірек қайталаңыз.</translation>
    </message>
    <message>
        <source>Adilet answered with an empty page for %1.</source>
        <translation>Әділет %1 үшін бос бет қайтарды.</translation>
    </message>
</context>
<context>
    <name>zanlink::CaseDraftsPanel</name>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталған</translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation>&amp;Жаңа жоба…</translation>
    </message>
    <message>
        <source>Draft a request from this case (Ctrl+Shift+D)</source>
        <translation>Осы іс бойынша өтініш жасау (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>&amp;Келесі қадам</translation>
    </message>
    <message>
        <source>A new draft following the chosen one, reusing its facts, parties and evidence</source>
        <translation>Таңдалғанның жалғасы болатын жаңа жоба: оның мән-жайлары, тараптары мен дәлелдемелері қайта пайдаланылады</translation>
    </message>
    <message>
        <source>Save as &amp;document…</source>
        <translation>&amp;Құжат ретінде сақтау…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ж&amp;ою</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>%1-жоба</translation>
    </message>
    <message>
        <source>final</source>
        <translation>түпкілікті</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>Save a draft</source>
        <translation>Жобаны сақтау</translation>
    </message>
    <message>
        <source>Change a draft</source>
        <translation>Жобаны өзгерту</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>The draft could not be rendered: %1</source>
        <translation>Құжатты жасау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Delete a draft</source>
        <translation>Жобаны жою</translation>
    </message>
</context>
<context>
    <name>zanlink::CaseFileLock</name>
    <message>
        <source>Wrong passphrase. Try again: capital letters and the keyboard layout matter.</source>
        <translation>Құпия фраза қате. Қайталап көріңіз: бас әріптер мен пернетақта тілі маңызды.</translation>
    </message>
    <message>
        <source>The case file cannot be opened</source>
        <translation>Істер файлы ашылмайды</translation>
    </message>
    <message>
        <source>The law library works; cases are not available.</source>
        <translation>Заңдар кітапханасы жұмыс істейді; істер қолжетімсіз.</translation>
    </message>
    <message>
        <source>The case file was not locked</source>
        <translation>Істер файлы құлыпталмады</translation>
    </message>
    <message>
        <source>Protect the case file with a passphrase…</source>
        <translation>Істер файлын құпия фразамен қорғау…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Құпия фразаны өзгерту…</translation>
    </message>
    <message>
        <source>Remove protection…</source>
        <translation>Қорғауды алу…</translation>
    </message>
    <message>
        <source>Lock the case file</source>
        <translation>Істер файлын құлыптау</translation>
    </message>
    <message>
        <source>Lock the case file when idle</source>
        <translation>Әрекетсіз тұрғанда істер файлын құлыптау</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ешқашан</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>%n минуттан кейін</numerusform>
            <numerusform>%n минуттан кейін</numerusform>
        </translation>
    </message>
    <message>
        <source>The case file was not protected</source>
        <translation>Істер файлы қорғалмады</translation>
    </message>
    <message>
        <source>The case file is protected</source>
        <translation>Істер файлы қорғалған</translation>
    </message>
    <message>
        <source>The case database is now encrypted on disk and opens only with the passphrase. Evidence files (in the evidence folder beside it) and exported case bundles are not encrypted yet. Copies of the unprotected file may remain on the disk and in older backups.</source>
        <translation>Істер базасы енді дискіде шифрланған және тек құпия фразамен ашылады. Дәлелдеме файлдары (қасындағы evidence қалтасында) және шығарылған іс пакеттері әзірге шифрланбайды. Қорғалмаған файлдың көшірмелері дискіде және бұрынғы сақтық көшірмелерде қалуы мүмкін.</translation>
    </message>
    <message>
        <source>The passphrase was not changed</source>
        <translation>Құпия фраза өзгертілмеді</translation>
    </message>
    <message>
        <source>The passphrase was changed</source>
        <translation>Құпия фраза өзгертілді</translation>
    </message>
    <message>
        <source>From now on the case file opens with the new passphrase. Backups made before still open with the old one.</source>
        <translation>Енді істер файлы жаңа құпия фразамен ашылады. Бұрын жасалған сақтық көшірмелер ескі фразамен ашылады.</translation>
    </message>
    <message>
        <source>Without protection the case file is kept on disk unencrypted, readable by anyone who has the computer. Enter the passphrase to remove the protection.</source>
        <translation>Қорғаусыз істер файлы дискіде шифрланбай сақталады, оны компьютерге қолы жеткен кез келген адам оқи алады. Қорғауды алу үшін құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <source>Remove protection</source>
        <translation>Қорғауды алу</translation>
    </message>
    <message>
        <source>The protection was not removed</source>
        <translation>Қорғау алынбады</translation>
    </message>
    <message>
        <source>The passphrase was not remembered</source>
        <translation>Құпия фраза есте сақталмады</translation>
    </message>
    <message>
        <source>The case file is open, but the system keychain did not keep the passphrase: %1</source>
        <translation>Істер файлы ашық, бірақ жүйелік құпиясөздер қоймасы құпия фразаны сақтамады: %1</translation>
    </message>
    <message>
        <source>The passphrase was not forgotten</source>
        <translation>Құпия фраза ұмытылмады</translation>
    </message>
    <message>
        <source>The system keychain did not remove the passphrase of the case file: %1</source>
        <translation>Жүйелік құпиясөздер қоймасы істер файлының құпия фразасын өшірмеді: %1</translation>
    </message>
    <message>
        <source>Forget the remembered passphrase</source>
        <translation>Есте сақталған құпия фразаны ұмыту</translation>
    </message>
    <message>
        <source>Removes the case file&apos;s passphrase from the system keychain: it is asked at every start again.</source>
        <translation>Істер файлының құпия фразасын жүйелік құпиясөздер қоймасынан өшіреді: ол әр іске қосылған сайын қайтадан сұралады.</translation>
    </message>
    <message>
        <source>The system keychain did not keep the new passphrase (%1); it will be asked at the next start.</source>
        <translation>Жүйелік құпиясөздер қоймасы жаңа құпия фразаны сақтамады (%1); ол келесі іске қосылғанда сұралады.</translation>
    </message>
    <message>
        <source>The passphrase remembered in the system keychain no longer opens the case file and was forgotten. Enter the passphrase.</source>
        <translation>Жүйелік құпиясөздер қоймасында есте сақталған құпия фраза істер файлын енді ашпайды, сондықтан ол ұмытылды. Құпия фразаны енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>zanlink::CaseNotesPanel</name>
    <message>
        <source>(empty note)</source>
        <translation>(бос жазба)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>Cite a provision…</source>
        <translation>Нормаға сілтеме жасау…</translation>
    </message>
    <message>
        <source>Pick a provision (as with Ctrl+K) and add it to the note&apos;s citations</source>
        <translation>Норманы таңдап (Ctrl+K сияқты), оны жазбаның сілтемелеріне қосу</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <source>Write here; the note saves itself. Citations such as «п. 1-2 ст. 41-1 Закона «О связи»» are found as you write.</source>
        <translation>Осында жазыңыз; жазба өздігінен сақталады. «Байланыс туралы» Заңның 41-1-бабының 1-2-тармағы сияқты сілтемелер жазу барысында табылады.</translation>
    </message>
    <message>
        <source>Cites</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Қалай қосылды</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 сақталды</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>New note: it is saved as soon as you type</source>
        <translation>Жаңа жазба: мәтін терген бойда сақталады</translation>
    </message>
    <message>
        <source>Delete this note? This cannot be undone.</source>
        <translation>Бұл жазба жойылсын ба? Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Note not deleted</source>
        <translation>Жазба жойылмады</translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation>кітапханада жоқ</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>қолмен қосылған</translation>
    </message>
    <message>
        <source>found in the text</source>
        <translation>мәтіннен табылған</translation>
    </message>
</context>
<context>
    <name>zanlink::CasePage</name>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Ата&amp;уы:</translation>
    </message>
    <message>
        <source>Kind, status:</source>
        <translation>Түрі, мәртебесі:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Те&amp;гтер:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. TikTok, blogger, Almaty</source>
        <translation>үтір арқылы, мысалы: TikTok, блогер, Алматы</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <source>A confidential case is left out of exports unless you include it</source>
        <translation>Құпия іс, оны өзіңіз қоспасаңыз, экспортқа енгізілмейді</translation>
    </message>
    <message>
        <source>Choose a case on the left, or create one with Ctrl+N.</source>
        <translation>Сол жақтан істі таңдаңыз немесе Ctrl+N арқылы жаңасын жасаңыз.</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Қатысушылар</translation>
    </message>
    <message>
        <source>&amp;Content and evidence</source>
        <translation>Контент және &amp;дәлелдемелер</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Мерзімдер</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Жазбалар</translation>
    </message>
    <message>
        <source>P&amp;rovisions cited</source>
        <translation>&amp;Сілтеме жасалған нормалар</translation>
    </message>
    <message>
        <source>Deadline set by law…</source>
        <translation>Заңда белгіленген мерзім…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Notes citing it</source>
        <translation>Сілтеме жасаған жазбалар</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Істің атауы болуы керек.</translation>
    </message>
    <message>
        <source>Edit the case</source>
        <translation>Істі өзгерту</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Мерзім қосу</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Мәртебе: %1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Жазба: %1</translation>
    </message>
    <message>
        <source>Deadlines:</source>
        <translation>Мерзімдер:</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Өзгерістер &amp;журналы</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <source>Dra&amp;fts</source>
        <translation>Құжат &amp;жобалары</translation>
    </message>
    <message>
        <source>Drafts citing it</source>
        <translation>Жобалардағы сілтемелер</translation>
    </message>
</context>
<context>
    <name>zanlink::CasesCitingPanel</name>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Cites</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Open a provision to see the cases that cite it.</source>
        <translation>Сілтеме жасаған істерді көру үшін норманы ашыңыз.</translation>
    </message>
    <message>
        <source>The case file is not open.</source>
        <translation>Істер файлы ашылмаған.</translation>
    </message>
    <message>
        <source>the act</source>
        <translation>акт тұтастай</translation>
    </message>
    <message>
        <source>No case cites this provision.</source>
        <translation>Бұл нормаға ешбір іс сілтеме жасамайды.</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>draft: %1</source>
        <translation>жоба: %1</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>жазбалар</translation>
    </message>
    <message numerus="yes">
        <source>Cited in the notes or drafts of %n case(s):</source>
        <translation>
            <numerusform>%n істің жазбаларында немесе жобаларында аталады:</numerusform>
            <numerusform>%n істің жазбаларында немесе жобаларында аталады:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zanlink::CasesView</name>
    <message>
        <source>Find a case: title, tag, party</source>
        <translation>Істі іздеу: атауы, тег, қатысушы</translation>
    </message>
    <message>
        <source>Platform, e.g. TikTok</source>
        <translation>Платформа, мысалы TikTok</translation>
    </message>
    <message>
        <source>Only with open deadlines</source>
        <translation>Тек орындалмаған мерзімдері барлар</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Жаңа іс (Ctrl+N)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Жақын мерзім</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Кез келген түр</translation>
    </message>
    <message>
        <source>New case %1</source>
        <translation>Жаңа іс %1</translation>
    </message>
    <message>
        <source>No case created</source>
        <translation>Іс құрылмады</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Істі жою</translation>
    </message>
    <message>
        <source>Delete the case &quot;%1&quot; with its parties, evidence and notes? This cannot be undone; export it first to keep a copy.</source>
        <translation>«%1» ісі қатысушыларымен, дәлелдемелерімен және жазбаларымен бірге жойылсын ба? Бұл әрекетті қайтару мүмкін емес; көшірмесін сақтау үшін алдымен істі экспорттаңыз.</translation>
    </message>
    <message>
        <source>Case not deleted</source>
        <translation>Іс жойылмады</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>One file with the case, its evidence and the provisions it cites, for another computer</source>
        <translation>Іс, оның дәлелдемелері мен сілтеме жасалған нормалары бар бір файл — басқа компьютер үшін</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Add a case exported on another computer (never overwrites one of yours)</source>
        <translation>Басқа компьютерде экспортталған істі қосу (сіздің істеріңіз қайта жазылмайды)</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>Істі экспорттау</translation>
    </message>
    <message>
        <source>ZanLink case (*.zlcase)</source>
        <translation>ZanLink ісі (*.zlcase)</translation>
    </message>
    <message>
        <source>Confidential data</source>
        <translation>Құпия деректер</translation>
    </message>
    <message>
        <source>Include children&apos;s and other confidential data in the file? Answer No to leave it out (recommended unless the receiver needs it).</source>
        <translation>Балалардың деректері мен басқа құпия деректерді файлға қосу керек пе? Оларды шығарып тастау үшін «Жоқ» деп жауап беріңіз (алушыға қажет болмаса, ұсынылады).</translation>
    </message>
    <message>
        <source>Case not exported</source>
        <translation>Іс экспортталмады</translation>
    </message>
    <message>
        <source>Case exported</source>
        <translation>Іс экспортталды</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 ішіне сақталды.</translation>
    </message>
    <message>
        <source>Import case</source>
        <translation>Істі импорттау</translation>
    </message>
    <message>
        <source>ZanLink case (*.zlcase);;All files (*)</source>
        <translation>ZanLink ісі (*.zlcase);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Case not imported</source>
        <translation>Іс импортталмады</translation>
    </message>
    <message>
        <source>%1

Nothing was added.</source>
        <translation>%1

Ештеңе қосылмады.</translation>
    </message>
</context>
<context>
    <name>zanlink::CitedByPanel</name>
    <message>
        <source>Open a provision to see where it is cited.</source>
        <translation>Норманың қай жерде сілтеме жасалғанын көру үшін оны ашыңыз.</translation>
    </message>
    <message>
        <source>This act</source>
        <translation>Осы акт</translation>
    </message>
    <message>
        <source>this act</source>
        <translation>осы акт</translation>
    </message>
    <message>
        <source>Nothing in the library cites %1.</source>
        <translation>Кітапханада %1 сілтемесі жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Cited in %n place(s):</source>
        <translation>
            <numerusform>%n жерде сілтеме бар:</numerusform>
            <numerusform>%n жерде сілтеме бар:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zanlink::DeadlineRuleDialog</name>
    <message>
        <source>Deadline set by law</source>
        <translation>Заңда белгіленген мерзім</translation>
    </message>
    <message>
        <source>A moment given below</source>
        <translation>Төменде көрсетілген сәт</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Ереже:</translation>
    </message>
    <message>
        <source>Runs from:</source>
        <translation>Мерзімнің басталуы:</translation>
    </message>
    <message>
        <source>Start (local time):</source>
        <translation>Басталуы (жергілікті уақыт):</translation>
    </message>
    <message>
        <source>Add deadline</source>
        <translation>Мерзім қосу</translation>
    </message>
    <message>
        <source>Due: %1 (local time)</source>
        <translation>Соңғы мерзім: %1 (жергілікті уақыт)</translation>
    </message>
    <message>
        <source>The calendar of public holidays and transfers is incomplete for this period; check the date by hand.</source>
        <translation>Бұл кезеңге мереке күндері мен демалыс күндерін ауыстыру күнтізбесі толық емес; күнді қолмен тексеріңіз.</translation>
    </message>
    <message>
        <source>Runs from: %1. Basis: %2 %3.</source>
        <translation>Мерзімнің басталуы: %1. Негіздеме: %3, %2.</translation>
    </message>
</context>
<context>
    <name>zanlink::DownloadDialog</name>
    <message>
        <source>Download from Adilet</source>
        <translation>Әділеттен жүктеу</translation>
    </message>
    <message>
        <source>The act&apos;s page is downloaded from the legacy Adilet site (old.adilet.zan.kz) over HTTPS, one request at a time. Nothing else leaves this computer.</source>
        <translation>Актінің беті Әділеттің ескі сайтынан (old.adilet.zan.kz) HTTPS арқылы, бір уақытта бір сұраумен жүктеледі. Бұл компьютерден басқа ештеңе шықпайды.</translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation>&amp;Акт:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Жүктеу</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftCheckPage</name>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Не жетпейді</translation>
    </message>
    <message>
        <source>&amp;Final version (ready to sign)</source>
        <translation>&amp;Түпкілікті нұсқа (қол қоюға дайын)</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Бәрі толтырылған.</translation>
    </message>
    <message>
        <source>The request can be saved as the final version.</source>
        <translation>Өтінішті түпкілікті нұсқа ретінде сақтауға болады.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) missing.</source>
        <translation>
            <numerusform>%n мәлімет жетпейді.</numerusform>
            <numerusform>%n мәлімет жетпейді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to fill them in, or save it as a draft and finish later.</source>
        <translation>Артқа қайтып толтырыңыз немесе жоба ретінде сақтап, кейін аяқтаңыз.</translation>
    </message>
    <message>
        <source>A final version needs everything listed here.</source>
        <translation>Түпкілікті нұсқаға мұнда аталғанның бәрі керек.</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftCitationsPage</name>
    <message>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <source>The provisions the request cites, each pinned to the edition it was read in.</source>
        <translation>Өтініш сілтеме жасайтын нормалар, әрқайсысы оқылған редакциясымен.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>As cited in the draft</source>
        <translation>Құжатта қалай аталады</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Дәйексөз</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <source>Add a provision: e.g. связь 41-1 1-2 · Art. 9 of the online platforms law</source>
        <translation>Норма қосу: мысалы, байланыс 41-1 1-2 · онлайн-платформалар туралы заңның 9-бабы</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Жоғары</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Төмен</translation>
    </message>
    <message>
        <source>Use the &amp;newest editions</source>
        <translation>Ең &amp;жаңа редакциялар</translation>
    </message>
    <message>
        <source>Pin every provision to the newest edition the library holds in its language</source>
        <translation>Әр норманы кітапханадағы өз тіліндегі ең жаңа редакцияға байлау</translation>
    </message>
    <message>
        <source>not in the library</source>
        <translation>кітапханада жоқ</translation>
    </message>
    <message>
        <source>present</source>
        <translation>бар</translation>
    </message>
    <message>
        <source>no such provision in this edition</source>
        <translation>бұл редакцияда мұндай норма жоқ</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>байланбаған</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no provision: give the act and the article, e.g. связь 41-1 1-2.</source>
        <translation>«%1» ешбір норманы атамайды: актіні және бапты көрсетіңіз, мысалы: байланыс 41-1 1-2.</translation>
    </message>
    <message>
        <source>The draft already cites it.</source>
        <translation>Құжат оған сілтеме жасап қойған.</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftExport</name>
    <message>
        <source>Save the draft</source>
        <translation>Құжат жобасын сақтау</translation>
    </message>
    <message>
        <source>Word document (*.docx);;OpenDocument text (*.odt);;PDF (*.pdf)</source>
        <translation>Word құжаты (*.docx);;OpenDocument мәтіні (*.odt);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 жазылмады: %2</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftFieldsPage</name>
    <message>
        <source>Issued by</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>In the capacity of</source>
        <translation>Қандай ретте</translation>
    </message>
    <message>
        <source>Issuer&apos;s address, contacts</source>
        <translation>Өтініш берушінің мекенжайы, байланыс деректері</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Addressee&apos;s address</source>
        <translation>Алушының мекенжайы</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Кімнің мүддесінде</translation>
    </message>
    <message>
        <source>Facts and reasons (a paragraph per line)</source>
        <translation>Мән-жайлар мен уәждер (әр жолға бір абзац)</translation>
    </message>
    <message>
        <source>Exact URLs or accounts (one per line)</source>
        <translation>Нақты URL немесе аккаунттар (әр жолға біреу)</translation>
    </message>
    <message>
        <source>The client asks for a whole site or platform</source>
        <translation>Сенім білдіруші сайтты не платформаны тұтас сұрайды</translation>
    </message>
    <message>
        <source>Action asked for</source>
        <translation>Не сұралады</translation>
    </message>
    <message>
        <source>Territorial scope</source>
        <translation>Қолданылу аумағы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Deadline runs from</source>
        <translation>Мерзім басталатын оқиға</translation>
    </message>
    <message>
        <source>Deadline falls on</source>
        <translation>Мерзімнің өтетін күні</translation>
    </message>
    <message>
        <source>Order referred to</source>
        <translation>Шағымданылатын нұсқама</translation>
    </message>
    <message>
        <source>How to seek redress</source>
        <translation>Шағымдану тәртібі</translation>
    </message>
    <message>
        <source>Attachments (one per line)</source>
        <translation>Қосымшалар (әр жолға біреу)</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Құжаттың күні</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <source>Filled from the case; change anything. Empty fields are listed in the check.</source>
        <translation>Іс бойынша толтырылды; бәрін өзгертуге болады. Бос өрістер тексеруде көрсетіледі.</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>&amp;Wording in:</source>
        <translation>&amp;Мәтін тілі:</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>берілмеген</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Click ¶ before a paragraph to see why it is there.</source>
        <translation>Абзацтың неге тұрғанын көру үшін оның алдындағы ¶ белгісін басыңыз.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Басқаша сақтау…</translation>
    </message>
    <message>
        <source>Write the document as DOCX, ODT or PDF</source>
        <translation>Құжатты DOCX, ODT немесе PDF түрінде жазу</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>The draft could not be rendered: %1</source>
        <translation>Құжатты жасау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Click ¶ before a paragraph of the draft.</source>
        <translation>Құжат абзацының алдындағы ¶ белгісін басыңыз.</translation>
    </message>
    <message>
        <source>Why is this here</source>
        <translation>Бұл абзац неге тұр</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Үлгі:</translation>
    </message>
    <message>
        <source>part</source>
        <translation>бөлігі</translation>
    </message>
    <message>
        <source>Fields used:</source>
        <translation>Пайдаланылған өрістер:</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>Provisions cited:</source>
        <translation>Сілтеме жасалған нормалар:</translation>
    </message>
    <message>
        <source>edition of %1 (not in the library)</source>
        <translation>%1 редакциясы (кітапханада жоқ)</translation>
    </message>
    <message>
        <source>not pinned to an edition</source>
        <translation>редакцияға байланбаған</translation>
    </message>
    <message>
        <source>Fixed wording of the template; no field or provision.</source>
        <translation>Үлгінің тұрақты мәтіні; өріс те, норма да жоқ.</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Басып шығару алдында &amp;көру…</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftRequestPage</name>
    <message>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Choose what to write and in which language. The fields are filled from the case.</source>
        <translation>Құжат түрі мен тілін таңдаңыз. Өрістер іс бойынша толтырылады.</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>Kazakh and Russian, in two columns</source>
        <translation>Қазақ және орыс тілінде, екі бағанмен</translation>
    </message>
    <message>
        <source>as the case&apos;s list of drafts shows it</source>
        <translation>істің жобалар тізімінде осылай көрсетіледі</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Output language:</source>
        <translation>Құжат &amp;тілі:</translation>
    </message>
    <message>
        <source>&amp;Follows:</source>
        <translation>&amp;Алдыңғысы:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>— nothing: the first of its chain —</source>
        <translation>— жоқ: тізбектің біріншісі —</translation>
    </message>
    <message>
        <source>Draft %1</source>
        <translation>%1-жоба</translation>
    </message>
</context>
<context>
    <name>zanlink::DraftWizard</name>
    <message>
        <source>The saved draft could not be read (%1); it is filled from the case again.</source>
        <translation>Сақталған жоба оқылмады (%1); ол іс бойынша қайта толтырылды.</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Жоба: %1</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Жаңа жоба</translation>
    </message>
    <message>
        <source>Save to the &amp;case</source>
        <translation>&amp;Іске сақтау</translation>
    </message>
</context>
<context>
    <name>zanlink::EvidenceTable</name>
    <message>
        <source>Attach files…</source>
        <translation>Файлдарды қосу…</translation>
    </message>
    <message>
        <source>Or drop files here. The original is kept untouched, with its SHA-256.</source>
        <translation>Немесе файлдарды осында сүйреп әкеліңіз. Түпнұсқа SHA-256 хэшімен бірге өзгеріссіз сақталады.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Check integrity</source>
        <translation>Тұтастығын тексеру</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Captured (local time)</source>
        <translation>Тіркелді (жергілікті уақыт)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім тіркеді</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Дәлелдеме қосу</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>файл қосылды</translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>Кейбір файлдар қосылмады</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Дәлелдемені жою</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the case? The stored original is deleted when no other evidence uses it; this cannot be undone.</source>
        <translation>«%1» істен жойылсын ба? Сақталған түпнұсқа басқа дәлелдемеде пайдаланылмаса, ол да жойылады; бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <source>Evidence not removed</source>
        <translation>Дәлелдеме жойылмады</translation>
    </message>
    <message>
        <source>Evidence checked</source>
        <translation>Дәлелдемелер тексерілді</translation>
    </message>
    <message>
        <source>All %1 files match their SHA-256.</source>
        <translation>Барлық %1 файл өз SHA-256 мәніне сәйкес келеді.</translation>
    </message>
    <message>
        <source>Evidence changed or missing</source>
        <translation>Дәлелдемелер өзгертілген немесе жоқ</translation>
    </message>
    <message>
        <source>Content item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>Кім тіркеді</translation>
    </message>
    <message>
        <source>How it was captured</source>
        <translation>Тіркеу тәсілі</translation>
    </message>
    <message>
        <source>Network measurement id (e.g. OONI)</source>
        <translation>Желілік өлшеу сәйкестендіргіші (мысалы, OONI)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Дәлелдеме: %1</translation>
    </message>
    <message>
        <source>Evidence not saved</source>
        <translation>Дәлелдеме сақталмады</translation>
    </message>
</context>
<context>
    <name>zanlink::ImportOptionsDialog</name>
    <message>
        <source>Import an act</source>
        <translation>Актіні импорттау</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>&amp;Language of the text:</source>
        <translation>Мәтіннің &amp;тілі:</translation>
    </message>
    <message>
        <source>As the page says (%1)</source>
        <translation>Беттегідей (%1)</translation>
    </message>
    <message>
        <source>The act, when the file does not name it: choose one or type its Adilet id.</source>
        <translation>Файлда аталмаса, акт: тізімнен таңдаңыз немесе Әділет сәйкестендіргішін енгізіңіз.</translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation>&amp;Акт:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
</context>
<context>
    <name>zanlink::MainWindow</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>Кітапхананы ашу мүмкін емес</translation>
    </message>
    <message>
        <source>ZanLink — law library</source>
        <translation>ZanLink — құқықтық кітапхана</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>Интерфейс &amp;тілі</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>Файлды &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import a saved Adilet page, an Adilet DOCX, copied text or the AdiletCodex dataset</source>
        <translation>Сақталған Әділет бетін, Әділет DOCX файлын, көшірілген мәтінді немесе AdiletCodex деректер жинағын импорттау</translation>
    </message>
    <message>
        <source>&amp;Download from Adilet…</source>
        <translation>Әділеттен &amp;жүктеу…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Алға</translation>
    </message>
    <message>
        <source>&amp;Copy citation</source>
        <translation>Сілтемені &amp;көшіру</translation>
    </message>
    <message>
        <source>&amp;About ZanLink</source>
        <translation>ZanLink &amp;туралы</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>kk | ru | en</source>
        <translation>kk | ru | en</translation>
    </message>
    <message>
        <source>The three languages side by side</source>
        <translation>Үш тіл қатар</translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>Кітапхана ашылмаған</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Кітапхана: %1</translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation>%1: импортталмаған</translation>
    </message>
    <message>
        <source>%1: edition of %2</source>
        <translation>%1: %2 редакциясы</translation>
    </message>
    <message>
        <source>%1: edition date unknown</source>
        <translation>%1: редакция күні белгісіз</translation>
    </message>
    <message>
        <source>Citation copied: %1</source>
        <translation>Сілтеме көшірілді: %1</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>Сілтеме көшірілді</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорттау орындалмады</translation>
    </message>
    <message>
        <source>%1

The library is unchanged.</source>
        <translation>%1

Кітапхана өзгерген жоқ.</translation>
    </message>
    <message>
        <source>%1 (%2): already in the library</source>
        <translation>%1 (%2): кітапханада бар</translation>
    </message>
    <message>
        <source>%1 (%2): %3 provisions</source>
        <translation>%1 (%2): %3 ереже</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Импортталды: %1</translation>
    </message>
    <message>
        <source>Import an act</source>
        <translation>Актіні импорттау</translation>
    </message>
    <message>
        <source>Adilet pages and documents (*.html *.htm *.docx *.txt *.jsonl);;All files (*)</source>
        <translation>Әділет беттері мен құжаттары (*.html *.htm *.docx *.txt *.jsonl);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Downloading %1 (%2) from Adilet…</source>
        <translation>%1 (%2) Әділеттен жүктелуде…</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Жүктеу орындалмады</translation>
    </message>
    <message>
        <source>Downloaded and imported %1 (%2)</source>
        <translation>Жүктелді және импортталды: %1 (%2)</translation>
    </message>
    <message>
        <source>About ZanLink</source>
        <translation>ZanLink туралы</translation>
    </message>
    <message>
        <source>ZanLink %1

The law library of Kazakh media law — online platforms, communications, protection of children — offline, in Kazakh, Russian and English.

Texts come from the official source, adilet.zan.kz. Texts imported from the AdiletCodex dataset: %2.

Nothing leaves this computer unless you ask for a download.</source>
        <translation>ZanLink %1

Қазақстанның медиа құқығы кітапханасы — онлайн-платформалар, байланыс, балаларды қорғау — интернетсіз, қазақ, орыс және ағылшын тілдерінде.

Мәтіндер ресми дереккөзден, adilet.zan.kz сайтынан алынады. AdiletCodex деректер жинағынан импортталған мәтіндер: %2.

Сіз жүктеуді сұрамайынша, бұл компьютерден ештеңе шықпайды.</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1 (ең жаңасы)</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Редакция:</translation>
    </message>
    <message>
        <source>Which edition to read; older editions are kept when a newer one is imported</source>
        <translation>Қай редакцияны оқу керек; жаңа редакция импортталғанда ескілері сақталады</translation>
    </message>
    <message>
        <source>This is an older edition; a newer one is in the library.</source>
        <translation>Бұл ескі редакция; кітапханада жаңарағы бар.</translation>
    </message>
    <message>
        <source>%1 — not in the library yet</source>
        <translation>%1 — кітапханада әзірге жоқ</translation>
    </message>
    <message>
        <source>%1 — not found in the library&apos;s text</source>
        <translation>%1 — кітапхана мәтінінде табылмады</translation>
    </message>
    <message>
        <source>Go to &amp;provision…</source>
        <translation>&amp;Нормаға өту…</translation>
    </message>
    <message>
        <source>Type an act and numbers, e.g. связь 41-1 1-2, and jump there</source>
        <translation>Акт пен нөмірлерді енгізіңіз, мысалы байланыс 41-1 1-2, және сонда өтіңіз</translation>
    </message>
    <message>
        <source>&amp;Search the law</source>
        <translation>Заңдардан &amp;іздеу</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Where cited</source>
        <translation>Қай жерде сілтеме бар</translation>
    </message>
    <message>
        <source>Find citations in a &amp;text…</source>
        <translation>&amp;Мәтіннен сілтемелерді табу…</translation>
    </message>
    <message>
        <source>Paste a news item or a decision and list the acts and provisions it mentions</source>
        <translation>Жаңалықты немесе шешімді қойыңыз — онда аталған актілер мен нормалар тізімі шығады</translation>
    </message>
    <message>
        <source>The case file cannot be opened</source>
        <translation>Істер файлын ашу мүмкін емес</translation>
    </message>
    <message>
        <source>The law library works; cases are not available.</source>
        <translation>Құқықтық кітапхана жұмыс істейді; істер қолжетімсіз.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Өңдеу</translation>
    </message>
    <message>
        <source>&amp;Law library</source>
        <translation>&amp;Құқықтық кітапхана</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Істер</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>Жаңа &amp;іс</translation>
    </message>
    <message>
        <source>Law library</source>
        <translation>Құқықтық кітапхана</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Жаңа жоба</translation>
    </message>
    <message>
        <source>Choose a case first: a draft is written from a case.</source>
        <translation>Алдымен істі таңдаңыз: құжат іс бойынша жасалады.</translation>
    </message>
    <message>
        <source>New &amp;draft from the case…</source>
        <translation>Іс бойынша жаңа құжат &amp;жобасы…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Print the provision shown, under its full citation</source>
        <translation>Ашық тұрған норманы басына толық сілтемесін қойып басып шығару</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Басып шығару алдында &amp;көру…</translation>
    </message>
</context>
<context>
    <name>zanlink::NewPassphraseDialog</name>
    <message>
        <source>Protect the case file</source>
        <translation>Істер файлын қорғау</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <source>The case database (cases, parties, notes, drafts, the audit log) will be kept encrypted on disk and opened only with this passphrase. Evidence files and exported case bundles are not encrypted yet.</source>
        <translation>Істер базасы (істер, тараптар, жазбалар, құжат жобалары, әрекеттер журналы) дискіде шифрланып сақталады және тек осы құпия фразамен ашылады. Дәлелдеме файлдары мен шығарылған іс пакеттері әзірге шифрланбайды.</translation>
    </message>
    <message>
        <source>The case file will be encrypted again under the new passphrase.</source>
        <translation>Істер файлы жаңа құпия фразамен қайта шифрланады.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A forgotten passphrase cannot be recovered&lt;/b&gt;: nobody, not even the makers of ZanLink, can open the case file without it. Write it down and keep it somewhere safe.</source>
        <translation>&lt;b&gt;Ұмытылған құпия фразаны қалпына келтіру мүмкін емес&lt;/b&gt;: онсыз істер файлын ешкім, тіпті ZanLink жасаушылары да аша алмайды. Оны жазып алып, қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Қазіргі құпия фраза:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Жаңа құпия фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Қайталаңыз:</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters; a few unrelated words are best.</source>
        <translation>Тым қысқа: кемінде %1 таңба болсын; өзара байланыссыз бірнеше сөз ең жақсысы.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Берік.</translation>
    </message>
    <message>
        <source>Fair: a longer passphrase, or one more word, is better.</source>
        <translation>Орташа: ұзағырақ немесе тағы бір сөз қосылған жақсы.</translation>
    </message>
    <message>
        <source>Weak: add a word or two.</source>
        <translation>Әлсіз: бір-екі сөз қосыңыз.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Екі енгізілген фраза сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>zanlink::PackExportDialog</name>
    <message>
        <source>Export workshop pack</source>
        <translation>Оқу пакетін шығару</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Trainer:</source>
        <translation>Тренер:</translation>
    </message>
    <message>
        <source>Acts and articles to present</source>
        <translation>Көрсетілетін актілер мен баптар</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Тілдер:</translation>
    </message>
    <message>
        <source>Include the trainer&apos;s notes on these provisions</source>
        <translation>Осы нормаларға тренер жазбаларын қосу</translation>
    </message>
    <message>
        <source>Exercise cases travel without confidential parties (children among them), the notes naming them, evidence and drafts.</source>
        <translation>Оқу істері құпия тараптарсыз (олардың ішінде балалар), оларды атайтын жазбаларсыз, дәлелдемелерсіз және құжат жобаларынсыз беріледі.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Шығару…</translation>
    </message>
    <message>
        <source>Exercise cases:</source>
        <translation>Оқу істері:</translation>
    </message>
</context>
<context>
    <name>zanlink::PackImportDialog</name>
    <message>
        <source>Import workshop pack</source>
        <translation>Оқу пакетін жүктеу</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Жүктеу</translation>
    </message>
    <message>
        <source>Prepared by %1 on %2</source>
        <translation>Дайындаған: %1, %2</translation>
    </message>
    <message>
        <source>an unnamed trainer</source>
        <translation>аты көрсетілмеген тренер</translation>
    </message>
    <message>
        <source>This pack was imported before: only what is not there yet is added.</source>
        <translation>Бұл пакет бұрын жүктелген: тек әлі жоғы ғана қосылады.</translation>
    </message>
    <message>
        <source>Law texts: %1 new editions, %2 already in the library (skipped, never replaced)</source>
        <translation>Заң мәтіндері: жаңа редакциялар %1, кітапханада бар %2 (өткізіледі, ауыстырылмайды)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>күні жоқ</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>бар</translation>
    </message>
    <message numerus="yes">
        <source>new, %n provisions</source>
        <translation>
            <numerusform>жаңа, %n норма</numerusform>
            <numerusform>жаңа, %n норма</numerusform>
        </translation>
    </message>
    <message>
        <source>Acts new to the library: %1</source>
        <translation>Кітапханаға жаңа актілер: %1</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes: %1 new, %2 already there</source>
        <translation>Тренер жазбалары: жаңасы %1, бары %2</translation>
    </message>
    <message>
        <source>Provisions to present: %1</source>
        <translation>Көрсетілетін нормалар: %1</translation>
    </message>
    <message>
        <source>Exercise cases, added as new cases (your own cases are never changed): %1</source>
        <translation>Оқу істері, жаңа іс ретінде қосылады (өз істеріңіз өзгермейді): %1</translation>
    </message>
    <message>
        <source>Left out by the trainer: %1</source>
        <translation>Тренер қоспағандар: %1</translation>
    </message>
</context>
<context>
    <name>zanlink::PartForm</name>
    <message>
        <source>not known</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>«%1» өрісін толтыру міндетті.</translation>
    </message>
</context>
<context>
    <name>zanlink::PartTable</name>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Add (Insert)</source>
        <translation>Қосу (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Remove (Delete); Ctrl+Z undoes it</source>
        <translation>Жою (Delete); Ctrl+Z арқылы қайтаруға болады</translation>
    </message>
</context>
<context>
    <name>zanlink::PassphraseDialog</name>
    <message>
        <source>Protected case file</source>
        <translation>Қорғалған істер файлы</translation>
    </message>
    <message>
        <source>The case file %1 is protected with a passphrase. Enter the passphrase to open it.</source>
        <translation>%1 істер файлы құпия фразамен қорғалған. Ашу үшін құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Жүйелік құпиясөздер қоймасында есте сақтау</translation>
    </message>
    <message>
        <source>Anyone who can log in as this user can then open the case file.</source>
        <translation>Сонда осы пайдаланушы ретінде жүйеге кіре алатын кез келген адам істер файлын аша алады.</translation>
    </message>
    <message>
        <source>ZanLink keeps the passphrase in the system keychain of this user account and opens the case file at start-up without asking. After the case file locks itself (or is locked), the passphrase is still typed.</source>
        <translation>ZanLink құпия фразаны осы пайдаланушы тіркелгісінің жүйелік құпиясөздер қоймасында сақтайды және іске қосылғанда істер файлын сұрамай ашады. Істер файлы өздігінен құлыпталғаннан (немесе оны құлыптағаннан) кейін құпия фраза бәрібір қолмен енгізіледі.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used: %1</source>
        <translation>Жүйелік құпиясөздер қоймасын пайдалану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Жүйелік құпиясөздер қоймасы қолжетімсіз: %1</translation>
    </message>
</context>
<context>
    <name>zanlink::PassphraseStore</name>
    <message>
        <source>no keychain service (such as GNOME Keyring or KWallet) is running for this user.</source>
        <translation>бұл пайдаланушы үшін құпиясөздер қоймасының қызметі (мысалы, GNOME Keyring немесе KWallet) іске қосылмаған.</translation>
    </message>
    <message>
        <source>the keychain did not answer.</source>
        <translation>құпиясөздер қоймасы жауап бермеді.</translation>
    </message>
    <message>
        <source>access to the keychain was refused.</source>
        <translation>құпиясөздер қоймасына кіруге рұқсат берілмеді.</translation>
    </message>
</context>
<context>
    <name>zanlink::PresentationView</name>
    <message>
        <source>Presentation</source>
        <translation>Көрсетілім</translation>
    </message>
    <message>
        <source>Presentation: %1</source>
        <translation>Көрсетілім: %1</translation>
    </message>
    <message>
        <source>Nothing to present: the list is empty.</source>
        <translation>Көрсететін ештеңе жоқ: тізім бос.</translation>
    </message>
    <message>
        <source>%1 %2: not in the library in %3</source>
        <translation>%1 %2: кітапханада «%3» тілінде жоқ</translation>
    </message>
    <message>
        <source>%1 · %2 · edition of %3</source>
        <translation>%1 · %2 · %3 редакциясы</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %3 ішінен %2</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes (N hides them)</source>
        <translation>Тренер жазбалары (N — жасыру)</translation>
    </message>
    <message>
        <source>No trainer&apos;s note on this provision.</source>
        <translation>Бұл нормаға тренер жазбасы жоқ.</translation>
    </message>
    <message>
        <source>from the pack %1</source>
        <translation>%1 пакетінен</translation>
    </message>
</context>
<context>
    <name>zanlink::PrintSupport</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Басып шығару алдында көру — %1</translation>
    </message>
</context>
<context>
    <name>zanlink::QuickOpenDialog</name>
    <message>
        <source>Go to provision</source>
        <translation>Нормаға өту</translation>
    </message>
    <message>
        <source>e.g. связь 41-1 1-2 · 41-1-бап · Art. 9 · ст. 41-1 п. 1-2</source>
        <translation>мысалы: байланыс 41-1 1-2 · 41-1-бап · Art. 9 · ст. 41-1 п. 1-2</translation>
    </message>
    <message>
        <source>An act (name, number or id) and the numbers of article, paragraph, subparagraph.</source>
        <translation>Акт (атауы, нөмірі немесе сәйкестендіргіші) және баптың, тармақтың, тармақшаның нөмірлері.</translation>
    </message>
    <message>
        <source>No provision is named by these words.</source>
        <translation>Бұл сөздер ешбір норманы атамайды.</translation>
    </message>
    <message>
        <source>Name the act too: no act is open.</source>
        <translation>Актіні де атаңыз: ешбір акт ашылмаған.</translation>
    </message>
    <message>
        <source>%1 — the act is not in the library; Enter shows how to get it.</source>
        <translation>%1 — акт кітапханада жоқ; Enter оны қалай алуға болатынын көрсетеді.</translation>
    </message>
    <message>
        <source>%1 — no such provision in the library&apos;s text.</source>
        <translation>%1 — кітапхана мәтінінде мұндай норма жоқ.</translation>
    </message>
    <message>
        <source>Enter: open %1</source>
        <translation>Enter: %1 ашу</translation>
    </message>
</context>
<context>
    <name>zanlink::ReaderPrint</name>
    <message>
        <source>Printed from ZanLink on %1</source>
        <translation>%1 күні ZanLink бағдарламасынан басып шығарылды</translation>
    </message>
</context>
<context>
    <name>zanlink::ReaderTabs</name>
    <message>
        <source>New &amp;tab</source>
        <translation>Жаңа &amp;қойынды</translation>
    </message>
    <message>
        <source>Open the place shown in another tab</source>
        <translation>Ашық тұрған орынды басқа қойындыда ашу</translation>
    </message>
    <message>
        <source>Close ta&amp;b</source>
        <translation>Қойындыны ж&amp;абу</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>Ке&amp;лесі қойынды</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Алд&amp;ыңғы қойынды</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басты бет</translation>
    </message>
</context>
<context>
    <name>zanlink::SearchPanel</name>
    <message>
        <source>Search the law (Ctrl+F): words, &quot;a phrase&quot;, қазақша or kazakhsha</source>
        <translation>Заңдардан іздеу (Ctrl+F): сөздер, «тіркес», қазақша немесе kazakhsha</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Барлық тілдер</translation>
    </message>
    <message>
        <source>All acts</source>
        <translation>Барлық актілер</translation>
    </message>
    <message>
        <source>Nothing found. Kazakh may be typed with Russian letters (казакстан) or in Latin (qazaqstan).</source>
        <translation>Ештеңе табылмады. Қазақша орыс әріптерімен (казакстан) немесе латынша (qazaqstan) теруге болады.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n нәтиже</numerusform>
            <numerusform>%n нәтиже</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zanlink::SearchQuery</name>
    <message>
        <source>The search could not use this query; try plain words.</source>
        <translation>Іздеу бұл сұрауды өңдей алмады; қарапайым сөздермен көріңіз.</translation>
    </message>
    <message>
        <source>The search text was shortened to its first %1 characters.</source>
        <translation>Іздеу мәтіні алғашқы %1 таңбаға дейін қысқартылды.</translation>
    </message>
    <message>
        <source>Only the first %1 words are searched for.</source>
        <translation>Тек алғашқы %1 сөз ізделеді.</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>Іздеу үшін сөз енгізіңіз.</translation>
    </message>
    <message>
        <source>Nothing to search for: type letters or numbers.</source>
        <translation>Іздейтін ештеңе жоқ: әріптер немесе сандар енгізіңіз.</translation>
    </message>
    <message>
        <source>These words are in very many provisions: the best of the first %1 are shown. Add a word to narrow the search.</source>
        <translation>Бұл сөздер өте көп нормада бар: алғашқы %1 ішінен ең жақсылары көрсетілді. Іздеуді тарылту үшін тағы бір сөз қосыңыз.</translation>
    </message>
</context>
<context>
    <name>zanlink::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Next or previous paragraph in the presentation</source>
        <translation>Көрсетілімдегі келесі немесе алдыңғы тармақ</translation>
    </message>
    <message>
        <source>→ / ←, Space, Page Down / Page Up, Home / End</source>
        <translation>→ / ←, Бос орын, Page Down / Page Up, Home / End</translation>
    </message>
</context>
<context>
    <name>zanlink::SpellField</name>
    <message>
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>Check spelling as you type</source>
        <translation>Теру кезінде емлені тексеру</translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation>(ұсыныс жоқ)</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Сөздікке қосу</translation>
    </message>
    <message>
        <source>Add «%1» to your own %2 words</source>
        <translation>«%1» сөзін өз сөздігіңізге қосу (%2)</translation>
    </message>
    <message>
        <source>The word was not added: %1</source>
        <translation>Сөз қосылмады: %1</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>Accept «%1» everywhere until ZanLink closes</source>
        <translation>ZanLink жабылғанша «%1» сөзін барлық жерде дұрыс деп санау</translation>
    </message>
    <message>
        <source>Spelling language</source>
        <translation>Емле тексеру тілі</translation>
    </message>
    <message>
        <source>%1 (no dictionary)</source>
        <translation>%1 (сөздік жоқ)</translation>
    </message>
    <message>
        <source>Spell-check is off for %1: its dictionary %2 is not installed (Debian package %3).</source>
        <translation>%1: емле тексеру өшірулі — %2 сөздігі орнатылмаған (Debian пакеті: %3).</translation>
    </message>
    <message>
        <source>Spell-check is off for %1: %2</source>
        <translation>%1: емле тексеру өшірулі — %2</translation>
    </message>
</context>
<context>
    <name>zanlink::StartupRecovery</name>
    <message>
        <source>Damaged file</source>
        <translation>Зақымдалған файл</translation>
    </message>
    <message>
        <source>The backup was not put back</source>
        <translation>Сақтық көшірме қалпына келтірілмеді</translation>
    </message>
    <message>
        <source>The library %1</source>
        <translation>%1 кітапханасы</translation>
    </message>
    <message>
        <source>The case file %1</source>
        <translation>%1 істер файлы</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2

Put back the backup of %3? The damaged file is kept beside it.</source>
        <translation>%1 пайдалану мүмкін емес: %2

%3 кезіндегі сақтық көшірмені қалпына келтіру керек пе? Зақымдалған файл қасында сақталады.</translation>
    </message>
</context>
<context>
    <name>zanlink::TextCitationsDialog</name>
    <message>
        <source>in the library</source>
        <translation>кітапханада бар</translation>
    </message>
    <message>
        <source>not found in the library&apos;s text</source>
        <translation>кітапхана мәтінінде табылмады</translation>
    </message>
    <message>
        <source>act not imported yet</source>
        <translation>акт әлі импортталмаған</translation>
    </message>
    <message>
        <source>act not identified</source>
        <translation>акт анықталмады</translation>
    </message>
    <message>
        <source>Find citations in a text</source>
        <translation>Мәтіннен сілтемелерді табу</translation>
    </message>
    <message>
        <source>Paste a news item, a court decision or a letter: the acts and provisions it mentions are listed below (e.g. «статья 41-1 закона о связи»).</source>
        <translation>Жаңалықты, сот шешімін немесе хатты қойыңыз: онда аталған актілер мен нормалар төменде көрсетіледі (мысалы, «Байланыс туралы» Заңның 41-1-бабы).</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>Мәтінде</translation>
    </message>
    <message>
        <source>Refers to</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>Кітапханада</translation>
    </message>
    <message>
        <source>Nothing pasted yet.</source>
        <translation>Мәтін әлі қойылмаған.</translation>
    </message>
    <message>
        <source>No acts or provisions found.</source>
        <translation>Актілер мен нормалар табылмады.</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s) found; Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n сілтеме табылды; Enter немесе екі рет шерту оны ашады.</numerusform>
            <numerusform>%n сілтеме табылды; Enter немесе екі рет шерту оны ашады.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zanlink::ThemeActions</name>
    <message>
        <source>&amp;Theme</source>
        <translation>Т&amp;ақырып</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Жүйелік</translation>
    </message>
    <message>
        <source>Colours of the desktop</source>
        <translation>Жұмыс үстелінің түстері</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ашық</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Қараңғы</translation>
    </message>
</context>
<context>
    <name>zanlink::TrainerNotesPanel</name>
    <message>
        <source>Undo: %1</source>
        <translation>Қайтару: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Қайталау: %1</translation>
    </message>
    <message>
        <source>The workshop file could not be opened: trainers&apos; notes cannot be kept.</source>
        <translation>Оқу материалдарының файлы ашылмады: тренер жазбаларын сақтау мүмкін емес.</translation>
    </message>
    <message>
        <source>Notes on the provision shown</source>
        <translation>Ашық тұрған нормаға жазбалар</translation>
    </message>
    <message>
        <source>Notes on the act shown</source>
        <translation>Ашық тұрған актіге жазбалар</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Use the provision shown</source>
        <translation>Ашық тұрған норманы алу</translation>
    </message>
    <message>
        <source>Put this note on the provision the reader shows</source>
        <translation>Бұл жазбаны оқу терезесінде ашық тұрған нормаға бекіту</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Put this note on another provision (as with Ctrl+K)</source>
        <translation>Бұл жазбаны басқа нормаға бекіту (Ctrl+K сияқты)</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>What to say or ask when this provision is on the screen. The note saves itself; it goes into the workshop packs you export.</source>
        <translation>Бұл норма экранда тұрғанда не айту немесе не сұрау керек. Жазба өздігінен сақталады; ол сіз шығаратын оқу пакеттеріне енеді.</translation>
    </message>
    <message>
        <source>No provision shown</source>
        <translation>Ашық тұрған норма жоқ</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Ашық тұрған норма: %1</translation>
    </message>
    <message>
        <source>The note is on no provision yet: open one in the reader</source>
        <translation>Жазба әлі ешбір нормаға бекітілмеген: оқу терезесінде норманы ашыңыз</translation>
    </message>
    <message>
        <source>On: %1</source>
        <translation>Жазбаның нормасы: %1</translation>
    </message>
    <message>
        <source>the whole act</source>
        <translation>бүкіл акт</translation>
    </message>
    <message>
        <source>(pack)</source>
        <translation>(пакет)</translation>
    </message>
    <message>
        <source>From the workshop pack %1</source>
        <translation>%1 оқу пакетінен</translation>
    </message>
    <message>
        <source>New note: it is saved as soon as you type</source>
        <translation>Жаңа жазба: мәтін терген бойда сақталады</translation>
    </message>
    <message>
        <source>An empty note is not saved; Delete note removes it.</source>
        <translation>Бос жазба сақталмайды; «Жазбаны жою» оны өшіреді.</translation>
    </message>
    <message>
        <source>Not saved yet: open the provision the note is on, then Use the provision shown.</source>
        <translation>Әлі сақталмады: жазба бекітілетін норманы ашып, «Ашық тұрған норманы алу» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Жазбаны өңдеу</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 сақталды</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Жойылмады: %1</translation>
    </message>
    <message>
        <source>Note deleted (Undo brings it back)</source>
        <translation>Жазба жойылды (Қайтару оны қалпына келтіреді)</translation>
    </message>
</context>
<context>
    <name>zanlink::WelcomeActions</name>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Қош келдіңіз…</translation>
    </message>
    <message>
        <source>Choose the interface language and add the laws to the library.</source>
        <translation>Интерфейс тілін таңдап, заңдарды кітапханаға қосу.</translation>
    </message>
</context>
<context>
    <name>zanlink::WelcomeDialog</name>
    <message>
        <source>Welcome to ZanLink</source>
        <translation>ZanLink бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>ZanLink is a library of Kazakhstan&apos;s media law in Kazakh, Russian and English that works offline. First choose the language of its menus and windows; it changes at once, and View ▸ Interface language changes it later.</source>
        <translation>ZanLink — Қазақстанның медиа құқығы кітапханасы: қазақ, орыс және ағылшын тілдерінде, интернетсіз жұмыс істейді. Алдымен оның мәзірлері мен терезелерінің тілін таңдаңыз; тіл бірден ауысады, кейін оны Көрініс ▸ Интерфейс тілі арқылы өзгертуге болады.</translation>
    </message>
    <message>
        <source>&amp;Continue &gt;</source>
        <translation>&amp;Жалғастыру &gt;</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Неден бастағыңыз келеді?</translation>
    </message>
    <message>
        <source>ZanLink reads the laws from its own library on this computer. Add them in one of these ways; each of them is also in the File menu, and Help ▸ Welcome brings this window back.</source>
        <translation>ZanLink заңдарды осы компьютердегі өз кітапханасынан оқиды. Оларды төмендегі тәсілдердің бірімен қосыңыз; әрқайсысы Файл мәзірінде де бар, ал Анықтама ▸ Қош келдіңіз бұл терезені қайта ашады.</translation>
    </message>
    <message>
        <source>&amp;Download the three laws from Adilet</source>
        <translation>Үш заңды Әділеттен &amp;жүктеу</translation>
    </message>
    <message>
        <source>%1, %2 and %3, each in Kazakh, Russian and English: nine pages from the official legal information system, one at a time. Needs the internet; you start it on the next page.</source>
        <translation>%1, %2 және %3 — әрқайсысы қазақ, орыс және ағылшын тілдерінде: ресми ақпараттық-құқықтық жүйеден бір-бірлеп жүктелетін тоғыз бет. Интернет қажет; жүктеуді келесі бетте бастайсыз.</translation>
    </message>
    <message>
        <source>&amp;Import saved pages…</source>
        <translation>Сақталған беттерді &amp;импорттау…</translation>
    </message>
    <message>
        <source>Act pages saved from Adilet in a browser, Adilet&apos;s DOCX files, copied text or the AdiletCodex dataset. Works without the internet.</source>
        <translation>Браузерде Әділеттен сақталған акт беттері, Әділеттің DOCX файлдары, көшірілген мәтін немесе AdiletCodex деректер жинағы. Интернетсіз жұмыс істейді.</translation>
    </message>
    <message>
        <source>Open a &amp;workshop pack…</source>
        <translation>Оқу &amp;пакетін ашу…</translation>
    </message>
    <message>
        <source>A .zlpack file from a trainer: the acts of a workshop, the provisions to present and exercise cases.</source>
        <translation>Тренер берген .zlpack файлы: семинар актілері, көрсетілетін нормалар және оқу істері.</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Әзірге өткізіп жіберу</translation>
    </message>
    <message>
        <source>Start with an empty library.</source>
        <translation>Бос кітапханадан бастау.</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
</context>
<context>
    <name>zanlink::WelcomeDownloadPage</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақша</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орысша</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшынша</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Download the three laws from Adilet</source>
        <translation>Үш заңды Әділеттен жүктеу</translation>
    </message>
    <message>
        <source>ZanLink downloads these nine pages from %1, one at a time, and imports each into the library on this computer. Only the pages&apos; addresses are sent. The Kazakh and Russian texts are official; the English ones are unofficial translations.</source>
        <translation>ZanLink осы тоғыз бетті %1 сайтынан бір-бірлеп жүктеп, әрқайсысын осы компьютердегі кітапханаға импорттайды. Тек беттердің мекенжайлары жіберіледі. Қазақ және орыс тіліндегі мәтіндер ресми; ағылшын тіліндегілері — ресми емес аудармалар.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>Жүктеуді &amp;тоқтату</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Жа&amp;бу</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 құжат</translation>
    </message>
    <message>
        <source>Nothing is downloaded until you press Download.</source>
        <translation>«Жүктеу» батырмасын баспайынша ештеңе жүктелмейді.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>Downloading… %1</source>
        <translation>Жүктелуде… %1</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n provisions</source>
        <translation>
            <numerusform>Импортталды: %n норма</numerusform>
            <numerusform>Импортталды: %n норма</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library</source>
        <translation>Кітапханада бар</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Қате: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>Document %1 of %2</source>
        <translation>Құжат: %1 / %2</translation>
    </message>
    <message>
        <source>Downloading %1: %2 received…</source>
        <translation>%1 жүктелуде: %2 алынды…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 жүктелуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n импортталды</numerusform>
            <numerusform>%n импортталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n кітапханада бұрыннан бар</numerusform>
            <numerusform>%n кітапханада бұрыннан бар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n сәтсіз аяқталды</numerusform>
            <numerusform>%n сәтсіз аяқталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not downloaded</source>
        <translation>
            <numerusform>%n жүктелмеді</numerusform>
            <numerusform>%n жүктелмеді</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 documents in the library</source>
        <translation>Кітапханадағы құжаттар: %1 / %2</translation>
    </message>
    <message>
        <source>Cancelled: %1. The documents finished before stay in the library.</source>
        <translation>Тоқтатылды: %1. Бұған дейін аяқталған құжаттар кітапханада қалады.</translation>
    </message>
    <message>
        <source>Finished with errors: %1. What went wrong is listed below.</source>
        <translation>Қателермен аяқталды: %1. Не болғаны төменде көрсетілген.</translation>
    </message>
    <message>
        <source>Finished: %1. Choose a law on the left of the main window to read it.</source>
        <translation>Аяқталды: %1. Заңды оқу үшін оны негізгі терезенің сол жағынан таңдаңыз.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Импортталмағандар:</translation>
    </message>
    <message>
        <source>Try again later, or open the page in a browser, save it, and import the saved page with File ▸ Import.</source>
        <translation>Кейінірек қайталаңыз немесе бетті браузерде ашып, сақтаңыз да, сақталған бетті Файл ▸ Импорттау арқылы импорттаңыз.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Жүктеу</translation>
    </message>
</context>
<context>
    <name>zanlink::WorkshopActions</name>
    <message>
        <source>Presentation…</source>
        <translation>Көрсетілім…</translation>
    </message>
    <message>
        <source>Export workshop pack…</source>
        <translation>Оқу пакетін шығару…</translation>
    </message>
    <message>
        <source>Import workshop pack…</source>
        <translation>Оқу пакетін жүктеу…</translation>
    </message>
    <message>
        <source>The workshop file cannot be opened</source>
        <translation>Оқу материалдарының файлы ашылмайды</translation>
    </message>
    <message>
        <source>Workshop pack: %1</source>
        <translation>Оқу пакеті: %1</translation>
    </message>
    <message>
        <source>Provisions cited by the case: %1</source>
        <translation>Іс сілтеме жасайтын нормалар: %1</translation>
    </message>
    <message>
        <source>Articles of the act shown: %1</source>
        <translation>Ашық тұрған актінің баптары: %1</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Көрсетілім</translation>
    </message>
    <message>
        <source>Nothing to present yet: open an act, a case citing provisions, or import a workshop pack.</source>
        <translation>Әзірге көрсететін ештеңе жоқ: актіні, нормаларға сілтеме жасайтын істі ашыңыз немесе оқу пакетін жүктеңіз.</translation>
    </message>
    <message>
        <source>Present which provisions?</source>
        <translation>Қай нормаларды көрсету керек?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n provisions)</source>
        <translation>
            <numerusform>%1 (%n норма)</numerusform>
            <numerusform>%1 (%n норма)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export workshop pack</source>
        <translation>Оқу пакетін шығару</translation>
    </message>
    <message>
        <source>Workshop packs (*.zlpack)</source>
        <translation>Оқу пакеттері (*.zlpack)</translation>
    </message>
    <message>
        <source>The workshop pack was not exported</source>
        <translation>Оқу пакеті шығарылмады</translation>
    </message>
    <message>
        <source>Workshop pack exported</source>
        <translation>Оқу пакеті шығарылды</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 ішіне сақталды</translation>
    </message>
    <message>
        <source>Import workshop pack</source>
        <translation>Оқу пакетін жүктеу</translation>
    </message>
    <message>
        <source>The workshop pack cannot be imported</source>
        <translation>Оқу пакетін жүктеу мүмкін емес</translation>
    </message>
    <message>
        <source>Importing the workshop pack…</source>
        <translation>Оқу пакеті жүктелуде…</translation>
    </message>
    <message>
        <source>The workshop pack was not imported</source>
        <translation>Оқу пакеті жүктелмеді</translation>
    </message>
    <message>
        <source>Workshop pack imported</source>
        <translation>Оқу пакеті жүктелді</translation>
    </message>
    <message>
        <source>%1 new editions (%2 already there), %3 notes, %4 exercise cases added as new cases.</source>
        <translation>Жаңа редакциялар: %1 (бары %2), жазбалар: %3, жаңа іс ретінде қосылған оқу істері: %4.</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation>Тренер жазбалары</translation>
    </message>
    <message>
        <source>Trainer&apos;s note on the provision shown</source>
        <translation>Ашық тұрған нормаға тренер жазбасы</translation>
    </message>
    <message>
        <source>Trainer&apos;s note not saved</source>
        <translation>Тренер жазбасы сақталмады</translation>
    </message>
    <message>
        <source>The trainer&apos;s note could not be saved: %1
Close anyway and lose it?</source>
        <translation>Тренер жазбасын сақтау мүмкін болмады: %1
Сонда да жауып, оны жоғалту керек пе?</translation>
    </message>
</context>
</TS>
