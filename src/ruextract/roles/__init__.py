"""Roles: the posts people hold and where ("президент России Владимир Путин").

Reads ``doc.ents`` (PER spans with ``span._.key`` from ``ruextract_people``; ORG and LOC),
``doc.spans["countries"]`` (``span._.country``), the tokens' ``pos_``, ``morph`` and ``lemma_``
and razdel's sentences; writes ``doc.spans["roles"]``: one span per post held by a person
(the role phrase as written), each with ``span._.role`` (:class:`~ruextract.records.Role`:
the person's key, the post in the nominative, the org or country, the status).

A role phrase is a role noun (``data/role_nouns.tsv``: the heads of NEREL train PROFESSION
spans, adjectives and participles used as nouns among them: "ведущий", "управляющий", with no
noun of their case after them; compound abbreviations such as "генсек" are spelt out by
``data/role_abbreviations.tsv``; a woman's noun made from one by a feminine suffix counts too:
"поэтесса", "учительница"; so does a lower-case animate noun (capitalised only at a
sentence's start) of neither this list nor ``data/non_role_nouns.tsv`` (the animate nouns train
seldom marks: "сын", "автор") whose navec neighbours are role nouns rather than non-role ones:
"хореограф", not "колумбиец"; with an agent's suffix (-тель, -ник, -ист, -лог, -ер, -ор, -ант, -ик)
a smaller margin suffices, or no vector at all: "реставратор", "таксидермист"; a noun whose stem
names a country's people is none: "бразилец"; a compound of a stem and a role noun is one:
"медиамагнат", "госкомиссар", "соведущий"; a capitalised animate common noun the tagger
reads as a name opening a sentence is a noun: "Кардиологу Мюррею"; so is a word the tagger
reads as an adjective that pymorphy3 reads only as a noun: "пилота-инструктора"; a place span
the tagger made of an animate noun and a country is a post: "Эмир Катара"; a name after an
adjective used as a noun is no noun it modifies: "Ведущая Эрин Эндрюс")
with the adjectives before it that agree with it and the genitive words after it ("министр
иностранных дел России"), a name in quotes among them ("соавтора видеоблога «Немагия»").
Its first ORG, LOC or country mention is where the post is held; a role noun among the
genitive words makes the rest a post ("пресс-секретарь президента России": org "президент
России"); with no mention there, an org noun (``data/org_nouns.tsv``:
heads of lower-case NEREL train ORGANIZATION spans) starts the org ("судья федерального
апелляционного суда"). "бывший", "экс-" make the status ``former``; "исполняющий
обязанности", "и.о.", "врио" make it ``acting``; else it is ``current``.

A phrase belongs to a person when

- it stands right before the name ("глава МИД Сергей Лавров"), or is one of a list of posts
  that does ("режиссёр и сценарист Иван Дыховичный"); a plural post before a list of names
  belongs to each of them ("актрисы Гвинет Пэлтроу, Анджелина Джоли": one span per holder,
  told apart by ``span.id_``; a hyphenated plural the tagger reads as singular is plural by
  pymorphy3: "летчики-космонавты"); posts of a list share a case ("наставник патриарха Кирилла" is
  none); of two names side by side after it, the second holds it ("Врач Хиллари Клинтон Лиза
  Бардек"); a name whose verb shows the other gender does not ("Представитель Лопес
  сообщил"); a name the tagger reads as genitive holds a dative or locative post when it is
  spelt the same in that case ("министре юстиции Марии Бенешовой");
- it follows the name after a comma, dash or bracket ("Аркадий Волож, гендиректор «Яндекса»";
  in the name's case, unless it is all its bracket holds: "у Фредди Гуарина (полузащитник
  «Шанхая»)");
- descriptions of the same person stand between it and the name, in one clause (no finite
  verb, conjunction of subordination or pronoun between): "спортсменка из Южной Кореи Ким Ю
  На", "певца из Омска Егора Летова" (an oblique post: the name in its case, no noun or verb
  between), "Ричард Бёртон (Richard Burton) — британский актёр", "Николас Арнонкур, один из
  величайших дирижёров"; a post and a name in different cases are not one phrase, but a name
  in another case may be a description's complement, the holder after it ("депутат от партии
  Владимира Жириновского Игорь Лебедев"; not past a comma after that name);
- a copula or appointment verb links it to the nearest name before it in its sentence
  ("Лавров был министром", "назначил Иванова на пост губернатора", "Он был министром" for the
  last name before; an appointed object past its descriptions: "назначил старшего советника
  Белого дома Пита Рауса временным главой"), or a name after it ("Президентом становится
  Джеральд Форд", "Лучшим актёром в драматическом сериале стал …"; first when the copula
  stands right after the post: "..., новым главой министерства стала Анастасия Кузнецова");
  not a plural post outside "один из", nor the agent of a short passive participle ("был
  арестован сотрудником полиции"), nor a post an infinitive copula gives after "мочь" ("может
  стать сенатором": not held);
- a copula left out after "а" or "и" gives an instrumental post to the name after the dash
  ("..., а продюсером — Вадим Ульянкин"), or to nobody when no name stands there;
- a verb of heading an org makes its subject the org's head ("Лавров, который возглавляет
  МИД": role "глава");
- a copula or a verb of playing a part links it ("играл полузащитником", "в качестве главы",
  "является одним из лидеров"), but not an instrumental after a preposition ("с
  полузащитником");
- it is the same post as one exactly one person of the article holds ("глава государства"
  for the article's president); a head of state or government that nobody holds yet in the
  article goes to its most mentioned person, in the country the article names most often
  where nobody else holds that post;
- it is a singular nominative post opening a sentence that names nobody ("Живописец скончался
  …"): the article's most mentioned person, named in the three sentences before; or the subject
  of a verb there ("А 30 октября актёр попытался"): that person named in the two sentences
  before, of the verb's gender;
- it is a singular dative or accusative post alone, with no complement ("выстрелил в спину
  политику"), in a sentence that names nobody and has no pronoun of the third person: the
  article's most mentioned person, named in the sentence before (not a head of state; not a
  man for a feminine post; a genitive post is often a kind's: "День учителя");
- a copula with no subject of its own ("Зыкина родилась в Москве. В войну работала токарем")
  or a biography's dated line ("С марта 2004 года — заместитель …"; "Сейчас он — профессор":
  the person the pronoun stands for) belongs to the last name before, nominative and of the
  verb's gender (a name in another case ends the chain; with
  no name in the six sentences before, the article's most mentioned person, of that gender);
- an active verb of appointment gives the post to its object ("Янукович назначил начальником
  Генштаба генерал-лейтенанта Григория Педченко"), a passive one to its subject;
- a plural post belongs to each name listed after it ("учёные из США A, B и C", "такие
  исполнители, как A и B", "два эмира движения, A и B") or before "и других" ("Пикассо, Дали
  и других художников");
- a copula whose subject is a post of one person gives its post to that person ("Наследный
  принц ... а также является главой Олимпийского комитета"); a noun of appointment gives it to
  its genitive object right after it ("о назначении Тома Донилона своим советником"); an
  abbreviated acting post is a copula's predicate ("назначен и. о. министра"); a name in
  quotes after a noun or a preposition is an object, no copula's subject ("возглавлял
  компанию «АрмРосГазпром», а ... был мэром"); a singular post right after "как" (not after
  an adjective: "известный как") belongs to the name before it in its clause and case
  ("Бориса Дубровского характеризуют как эффективного менеджера"); a plural post after "в
  числе" or "среди" is one member's, as after "один из" ("Иванов был в числе генералов");
- an oblique post reaches its name past genitive complements and animate nouns of its case,
  the name then wholly in that case ("генеральному директору компании, арендатору теплохода
  Светлане Инякиной"); a list of names goes on past the places they come from ("сенаторы
  Рэнд Пол из Кентукки и Марко Рубио из Флориды") and past a genitive place before a name,
  where that holder holds the post ("губернаторы регионов — Приморского края С.Дарькин,
  Саратовской области Павел Ипатов");
- an accusative post reaches a name the tagger reads as genitive, past the holder's age
  ("приговорил оппозиционного активиста 26-летнего Рашида Салеха аль-Энези"); two posts with a
  bracket between are one holder's when the bracket holds the second ("Министром финансов
  (канцлером казначейства) должен стать") or a few words closing right before it ("начальника
  войск РЭБ (РЭБ) генерал-майора Олега Иванова"); "бывший" in another case than an
  instrumental post is its copula ("Амари, в 2006—2008 гг. бывший министром экономики"); an
  object pronoun after a verb of appointment stands for the last name of its gender that may
  be a subject, past the verb's own ("президент Джордж Буш назначил его послом"); a copula's
  subject is reached past an apposition after a dash and a bracket ("Ю.Пономарев (1962 года
  рождения) - государственный советник ..., работал заместителем прокурора") and a genitive
  name in it ("Грызлов — чиновник из «команды» Путина, занимавший"), a participle's is the
  name of its case right before its comma ("сестра Таксина Чинавата, занимавшего пост"), a
  post word may stand before its place and a dash ("занимавший высшие должности в России —
  Министр внутренних дел"), and posts with their years in brackets form a list ("Министр
  внутренних дел (2001—2003), Председатель Государственной думы"); a post right before a
  copula is instrumental when pymorphy3 can read it so, whatever the tagger's case ("новой
  ведущей \"This Week\" стала журналистка Кристиана Аманпур"); a nominative post reaches its
  name past a clause about its place ("Руководитель пресс-службы «Новой газеты», где работала
  Политковская, Надежда Прусенкова"); a post word or preposition is found past the
  participles the phrase left out ("играл на позиции атакующего защитника"), and a genitive
  name closing an apposition is no holder of the post after it ("Мелендес, одна из ближайших
  соратниц Чавеса, получила звание адмирала"); a singular oblique post reaches the name right
  after a dash when it is readable in the post's case ("женился на бывшей бортпроводнице —
  Любови Жарковой"; not after a noun of kinship); a post reaches the name after an
  abbreviation in brackets ("председатель Российского союза ... (РОСХВЕ) Алексей Смирнов"); a
  plural post after "одним из" takes the name after its copula ("одним из двух сановников,
  сосланных в лагеря, стал Ким Ён Чхоль");
- a nominative post of no holder that opens a later clause of its sentence (after a comma or a
  conjunction) as the subject of a finite verb stands for the one person the
  sentence names before it ("Каддафи попытался покинуть город, но ... и полковник получил
  ранения"); not after "а" or a dash, with a plural verb, a verb of the other gender, two
  people named, or after "что" or ":" when that person may be the speaker.

A post named as an office is nobody's: before a dash and a post word ("Председатель
Государственного совета Кубы — высшая государственная должность"), the subject of a
present-tense verb of filling it ("Генеральный секретарь ООН назначается"), or a genitive after
"выборы" with no name after it ("на выборах генерального секретаря ООН").

A post a verb gives its new holder was held before by the one named after "вместо" or
"сменив" in its clause (or after "вместо" right before the post: "Вместо Акселя Вебера
главой Bundesbank станет ..."), past the holder a copula names after the post ("назначен министром
обороны вместо Роберта Гейтса", "Новым премьером стал Дэвид Кэмерон вместо ... Гордона
Брауна": status ``former``). A post its holder leaves is ``former`` ("ушёл с поста главы
партии", "освобождён от должности", "покинул пост"). "Этот пост" points back at the last
post given (a copula's, one after "пост") or held by nobody, in its sentence or the one
before, for the name its clause's verb gives it ("на этот пост был назначен Джеральд Форд",
"Сейчас этот пост занимает Кириакос Мицотакис"), or for the one a verb of succession names
("сменив на этом посту Чака Хейгела": ``former``). A verb of succession around "на посту"
gives the post to its subject, its object held it ("Джина Хаспел сменила на посту главы ЦРУ
Майка Помпео", "На посту генерального директора Apple его сменит Тим Кук").

A post named again goes to its holder only when that holder was named in the sentence before
(two for the article's main person); named with "новый" or "будущий", only to one a verb gave
it ("избран премьер-министром ... Новый премьер-министр"), not to the one it held. A post
with no place takes the place of the same person's same post in the article, and a head of
state's the one country named before it in its sentence. A name written as its person's
nominative name reads as nominative whatever the tagger says ("Лолла Каримова" after a
genitive is no genitive).

A post named again by its noun alone goes to the one person named before with a post of that
noun, named in the two sentences before ("актёр театра и кино Владимир Зельдин ... актёра"; not
a post all its quotes hold: "в номинации «Лучший режиссёр»"); a plural one with no modifier to
the last group given a plural post of that noun ("музыканты A, B и C ... Музыканты сыграли");
a genitive one alone to the article's person named in the two sentences before, when akin in
navec to a post the article gives that person ("певец и композитор Леонард Коэн ... смерти
поэта"; not "у психотерапевта"). A genitive post right after a noun of kinship is the
relative's, named after it ("внучка императора Японии Акихито"; "мать спортсменки Даниела
Липницкая" holds none). A verb of heading that opens its sentence belongs to the biography's
subject; a biography's chain passes over a name an org is named after ("имени А. С. Пушкина")
and a name after an opening possessive ("Его учитель — академик …").

A singular post alone in any case but the locative and instrumental ("раскрыл свою мысль
постановщик", "Критики хвалят постановщика"), in a sentence that names nobody, goes to the
article's person when that person is the last named, within the two sentences before, and the
post is akin in navec to a post the article gives them (not a head of state's, a new holder's,
someone's, or a woman's post for a man; a person named in its sentence blocks it unless given a
post of their own there, before it, or is the article's person); a pronoun after an oblique
post alone, singular and of the post noun's gender, stands for its holder ("у футболиста
сохранялись боли, и ему …"). A post named again or alone is nobody's named elsewhere when a
name of its case follows it in its clause ("заявления актера из сериала «Звёздный путь» Энтони
Рэппа"), and a masculine one is no woman's while its sentence names a man ("после избрания
Маркоса президентом"). A plural post in a sentence that names nobody goes to each person the
next sentence lists (commas and "и" between) after a plural pronoun opening it, none given a
post there ("запретила въезд российским артистам. Среди них Александр Розенбаум, Николай
Расторгуев и Олег Табаков"). A headline's post tied to nobody (the first sentence, ended by a
line break, naming nobody) goes to the one person the body names with that post or its noun, in
the same place where both name one, both former or both not, not a new holder ("Глава МВФ
арестован" … "Глава МВФ Доминик Стросс-Кан"), or with no holder there to the article's main
person when the lead (the body's first sentence) names them first ("Российский магнат устроил
свадьбу" … "Михаил Гуцериев выдал замуж дочь"); not a copula's predicate, a bare genitive
("выборы президента"), a post after a kinship noun or someone's post
(:mod:`~ruextract.roles.headlines`).

Posts named again by the article's evidence (:mod:`~ruextract.roles.referents`, session 10): a
singular post tied to nobody whose words mark a referent already named, an age adjective or a
demonstrative ("47-летнего журналиста", "этого актёра", "сам продюсер"; not "самому ценному"),
goes to the last person named before it within two sentences, of the gender its marker shows
(people of the other gender passed over), or to the article's main person when that name is
only a complement (genitive, bracketed, a title's word: "роль босса мафии Тони Сопрано"); a
singular post alone in a sentence that names nobody goes to the main person when last named,
within ten sentences, nobody named since, and the article gives them an akin post anywhere
("... Кернес ... В 12:30 мск мэр был доставлен в больницу"; not a plural subject's, a head of
state's, a count: "101 депутат"); the last singular post of a sentence goes to the
name the next sentence gives after an opening "Им"/"Ею" and a copula ("актёр на роль джина. Им
будет Уилл Смит"); a nominative post named before anyone in the article goes to the main person
when the article names them first, within two sentences ("58-летний программист готовится к
полёту. Чарльз Симони ..."; not in a first sentence that is no headline, not a post the article
gives another holder or place, not one of a group joined by "и", nor against its verb's gender
or number). A
post named so is nobody's when an indefinite word leaves its holder unnamed ("некий
журналист"), nor an office's (:mod:`~ruextract.roles.offices`).

Posts ranked (:mod:`~ruextract.roles.holders`, session 11; on by default since session 12,
the component's config ``rank_holders = false`` turns it off): a singular post the rules leave to
nobody (not an office's, nor someone unnamed's) goes to the person a logistic regression fitted
on NEREL train's WORKS_AS scores highest among the people named in its sentence, the three
before and the one after (not a name after it in its sentence with no verb between: an
apposition the rules judged), when the score clears the model's threshold, chosen out of fold
(``data/role_holders.json``, ``tools/train_role_holders.py``): "Умер Иван Петров ... В театре
с грустью вспоминают роли актёра". Its features are the article's evidence (distances, people
named between, the main person, posts already given, gender and case, a verb between), never
a word of train. Only a post some candidate of which may clear the threshold has the
features dear to read (a mention's readings, navec) read.

No row (``data/gold/roles.md``): an academic degree ("доктор филологических наук"); a part in a
work where no org is named ("соавтором сценария"); a genitive post after a noun of kinship for
the kin ("супруга музыканта Эльжбета Пендерецкая", "Алсу, внучка бывшего вице-президента
Лукойла": the relative's post; a name that may be genitive holds it: "внучка императора
Акихито"); a post the article writes in quotes with a person's name as one title, before that
person anywhere ("«Доктор Лиза»", then "Доктора Лизы"); a capitalised post word alone inside a
sentence before a person the article gives no first name ("режиссёра Эмира Кустурицу"); a man's
lone surname the article declines ("Адвокат Маркива" where it writes "Виталия Маркива"); a post
whose next name comes after "и" ("Режиссёр и Рэнди Хиллер"); a name after "им"/"имени" past the
post ("Студент РГУ им Косыгина"); a plural post before one name that starts no list ("Адвокаты
Эндрюс настаивали").

Fields: a common noun naming an org's kind after a post is where it is held, not the post:
the named org right after it ("музыкант группы «СВ»" -> СВ), else the kind with the words
and place after it ("глава департамента здравоохранения Москвы", "президент института
Пушкина": a name read as a person's is no org), a kind alone where the article gives the
holder's post no org elsewhere ("директор театра" -> театр), a work none ("режиссёр
картины"); an abbreviation is the org as written ("глава МВД" -> МВД); a national adjective
places only a post a state gives, its space flights and forces ("российский президент",
"российский дипломат"), not an occupation nor politics ("украинский боец", "сербский
политик": nationality); a
hyphenated profession of two posts stays whole ("врач-реаниматолог"); "по образованию" ends
a complement.

Fields (session 9, :mod:`~ruextract.roles.places`, :mod:`~ruextract.roles.status`): a place
adjective that describes a named org is not where the post is held ("тренер испанского клуба
«Барселона»" -> Барселона; a state's before common words names the state: "глава российского
правительства" -> Россия); a person is where a post is held when named in the genitive right
after a singular post that is not the holder's ("Адвокат Гаева Александр Аснис") or meant by an
opening "его"/"её" ("его защитники"); a deputy's superior with an org or place after it is the
org ("заместитель начальника управления …" -> заместитель / начальник управления …;
"замначальника отдела … «АРНИ»"); "партия", "администрация", "министерство" are org kinds; a
city's or region's noun ("мэр города", "министр экономики области") and "страны" leave the role
and name the one such place named before; a kind alone names the one org of that kind named
before ("президент клуба" -> Арарат); of two posts joined by "и" the first takes the second's
place, and a rank right after a post with a place is held there ("командующий войсками
Сибирского военного округа генерал-полковник"); a state post's place follows "из" ("сенатор из
Флориды"); a post a state sends is held at the org after "при"/"в" ("постпред России при ООН" ->
ООН), and any post at an org after "из" ("математик из Кембриджского университета"); a
predicate post with no org takes the org its clause names after "в" ("работала в Google
инженером"), a post right before its holder's name the org after "из" past the name; an
active participle right before a post stays in it ("ведущий солист"). Status is
``former`` also when the text says the holder left the post: "ранее" before an instrumental
post, a past verb of leaving or dismissal over "пост"/"должность" or "в отставку" before it, or
the holder's own leaving after it in its clause ("освобожден от должности", "подал в
отставку"; not a future or an infinitive).

Fields (session 10): the adjectives of a post's name stay in the role ("главный тренер",
"специальный корреспондент", :mod:`~ruextract.roles.ranks`; an ordinal before a deputy's or
secretary's post: "первый заместитель", not "первый президент"), a place's adjective does not
("Калининградский министр", "главы Калининградской области"); a post named again is matched
without those words. "временный" makes a post ``acting`` and leaves the role; "глава страны"
keeps "страны"; a place's kind before its name leaves it ("мэром города Камник"). An org's
name is the one the text gives ("Госдума РФ"), with the org or place mentions right after it
that it belongs to ("Медицинского центра Университета Рочестера"); "движение", "инициатива"
are kinds of org; a place after "в" right after an occupation is none ("актер в
Великобритании"); a state post's holder named after it, or listed after a plural one, is held
at the place after "из" past the name ("сенаторы Рэнд Пол из Кентукки и Марко Рубио из
Флориды"). Status is ``former`` also for the clause's time before ("До этого он был
губернатором …, начальником …", "ранее возглавлял"), a past dismissal of an accusative post
("уволил главу РЖД"), an abdicating participle ("отрекшийся от престола Папа"), "бывший" before
the first of two posts joined by "и", and a closed period with months; a verb of heading in
the past and a leaving only announced ("заявил об уходе с поста") are ``current``
(:mod:`~ruextract.roles.status`).

Session 11 (rules within a sentence, posts given to the wrong person): a biography's chain
passes over a name inside a bracket ("Михаил Светин (при рождении Михаил Гольцман)"); two posts
joined by "и" before one name whose verb is plural are two people's ("Президент и первая леди
Мишель Обама задержались"); a copula passes over a name of the other gender than its past verb
("мать — Зоя Суркова работал учителем") and gives nobody the post whose subject is "кто" ("Кто
будет новым мэром, неизвестно"); a name readable as nominative after an instrumental, dative or
locative post, right before a finite verb of its gender, is that verb's subject, no holder ("До
встречи с футболистом Родригес работала"); a copula passes over a preposition's object that
cannot be nominative ("играл с Игги Попом, был продюсером"; not past "который" after it); the
one a new holder (a post given by "назначить", "избрать", "стать" or their nouns) succeeds is
named by the holder's verb of succession in the three sentences after ("назначение Джона
Хантсмана послом в России. Он сменит Джона Теффта": ``former``), or right after "после" in the
post's clause ("станет главой ФИФА после Зеппа Блаттера"); a plural post after "в числе" or
"среди" (past at most three words) and right before a copula is each listed name's after it ("В
числе развлекавших гостей артистов были Дженнифер Лопес, Стинг и Энрике Иглесиас"); a
biography's line on one's training ("По образованию — преподаватель ...") and a line opening
with a nominative post with no verb, name or pronoun ("Дизайнер по профессии, основатель ...",
not an article's first sentence) are the biography subject's. A verb of heading in the
infinitive after a phase verb has the phase verb's subject ("перестали возглавлять Google":
``former`` after "перестать"), and a plural verb of heading every name joined right before it
("Ларри Пейдж и Сергей Брин перестали возглавлять Google"). A post alone with "новый" is not the
article's main person's when that person holds the post by no verb of appointment ("Эмир Катара
Хамад ... отрёкся ... Новый эмир": the one it passes from). A genitive post reaches its name
past its field in a preposition's phrase right after it ("лидера движения за гражданские права
Мартина Лютера Кинга"; not "с" of another party unless the phrase opened the field: "по вопросам
сотрудничества с государствами СНГ"), the name then wholly in the post's case. A span of years
the tagger reads as an adjective ("(2003—2011)") joins posts listed with their years as a number
does. A post after "карьера" ("закончил карьеру шахматиста") or after "с себя полномочия"
("сложить с себя полномочия премьер-министра", not "о прекращении полномочий мэра") is the
clause subject's, as one after "пост". "Этот пост" points back at an instrumental post whoever
it went to ("президентом Ирана ... избран Х.Рухани. Махмуд Ахмадинеджад занимал этот пост"). A
headline's post still tied to nobody goes to the one person the body gives that post or its noun
by any rule but the main person's by default (a post alone in a sentence naming nobody), a
post named again or before anyone included ("задержан российский программист" …
"31-летний Станислав Лисов"). A hyphenated compound of a role noun and a person's noun names a
person even where the tagger reads it as inanimate ("политиков-республиканцев",
"тренер-победитель").

Fields (session 11, :mod:`~ruextract.roles.fields`, set on each row once its holder is known):
a genitive that names the post with its noun stays in the role ("начальник штаба", "генерал
армии": no org; "глава правительства" keeps its org, as NEREL train tags it); a post's domain
after "по" that took a common noun or a country's adjective for the org keeps it in the role
("советник президента по интернету", org none), not a named org ("… сервисов Яндекса"); a
possessive left at the role's end goes ("глава своей администрации" -> "глава"); a city's
adjective and the singular noun it agrees with name the org ("Директор ростовского цирка" ->
"ростовский цирк"); an org's common noun and its adjectives before the place taken as the org
join it ("начальник генштаба армии Китая" -> org "армия Китая", "окружной суд Далласа"); a
lone org noun is the one org named before by that noun ("председатель совета" -> "Конституционный
совет"); a commander's post closing the role with its troops and place after it is the org
("первым заместителем командующего войсками … военного округа"); an org's name goes on after
"и" with lower-case genitives ("Союз издателей и распространителей печатной продукции"); the
adjectives of a post taken as the org are its own ("заместитель генерального прокурора РФ" ->
org "генеральный прокурор РФ"); an adjective after the post's noun that the next noun agrees
with is that noun's ("главы коптской церкви" -> "глава", org "коптская церковь"); "команда",
"церковь" are kinds of org. Status is ``former`` also
for a verb of leaving in the present
("покидает пост") and "уволен в запас" before the post; "ранее" beside a participle past the
copula is the participle's time ("Занимавший ранее эту должность … стал начальником": current).

Session 12 (lists12): a post in the genitive of a noun of kinship or close relation
(:mod:`~ruextract.roles.kin`: "дочь", "подруга", "наследник" …), reached past the adjectives
and participles the phrase leaves out and the posts listed before it ("дочь действующего
президента", "дочь знаменитого писателя, актера и режиссера"), is never the post of the one
the kinship noun describes (a name after it that cannot be genitive, or in the kinship noun's
case and gender: "подруга премьер-министра Кэрри Симондс"); it is the genitive name's after it,
else the one other person of the article of the described one's surname ("… Мария Шукшина":
Василий Шукшин), else the one person holding that post elsewhere in the article, of its status
and place, when no other name follows it; else nobody's. A plural post (or two joined by "и")
before "среди которых" or "в числе которых" is each name's listed after it, past a member's
copula or "такие …, как" ("писатели и критики, среди которых — Павел Басинский и Михаил
Павлов"; not after "не" or another verb); a plural post after a comma, a dash or a bracket
right after two names or more joined by "и" or commas, perhaps after "оба" and a copula, is
each name's ("Иван Петров и Олег Смирнов, депутаты Госдумы", "Иванку Трамп и её мужа Джареда
Кушнера (оба являются советниками Белого дома)"; the last name in the post's case unless a
copula governs it; not a post right before a finite verb, a new clause's subject). A plural
post whose own place opens a list of places right before as many names holds each name's post
at the place of its rank ("министры иностранных дел России и Китая Сергей Лавров и Ван И":
Россия, Китай). A group's members after "среди" or "в числе" (also past the group's
relative clause: "Среди других политиков-республиканцев, от которых ожидают заявлений, —")
are listed past each member's own description and ", а также" ("бывший губернатор Флориды
Джеб Буш, губернатор Висконсина Скотт Уокер, а также сенатор …"; no verb, pronoun or
conjunction in it, an adjective read as a name no member). A plural post after "один из"
is each name's a bracket later in its sentence lists as the others ("Один из четырёх
футболистов, забивавших голы … (другие — Куман, Роналдо, Джеррард)").

Session 12 (again12): a candidate's post is one ("кандидат в президенты", "кандидатом на пост мэра",
"кандидатов на президентский пост": role "кандидат в" and the post's plural; the degree
"кандидат наук" and the noun alone are none, :mod:`~ruextract.roles.candidates`); a singular
post tied to nobody whose noun is the noun of a post the article gives the last person named
before it, within two sentences, is that person's ("Актёр Пётр Сидоров ... встретили актёра";
not in the locative, with "свой", with a new holder's word, or an instrumental with a praising
adjective: "назвал великим лидером"); a candidate's post "на пост" is one only for a post won
in elections ("кандидат на пост главы ФБР" is sought, none); a dative name with its age
("Джеймсу Коми 52 года") is a biography's subject; an instrumental post right after "работа"
is the possessor's ("В его послужном списке работа послом": "его" for the last name of its
gender that complements no noun: not "в администрации Рональда Рейгана").

No syntax parse is needed: agreement comes from the morphology the pipeline already has.
Most words are passed over by the ids of their lemma, spelling, part of speech and
morphology once one of them is known to name no post (``words.post_word``).

The parts: :mod:`~ruextract.roles.words` (word lists and morphology),
:mod:`~ruextract.roles.phrases` (role phrases; their edges in
:mod:`~ruextract.roles.edges`, names in quotes in :mod:`~ruextract.roles.quotes`, an org's
kind and a state's posts in :mod:`~ruextract.roles.org_kinds`),
:mod:`~ruextract.roles.candidates` (a candidate's post: "кандидат в президенты"),
:mod:`~ruextract.roles.ranks` (adjectives of a post's name), :mod:`~ruextract.roles.agreement`
(case,
gender and number of posts and names; clause edges), :mod:`~ruextract.roles.linking` (whose
post: the names near a phrase; names ahead of it in its clause in
:mod:`~ruextract.roles.ahead`), :mod:`~ruextract.roles.lists` (posts and names listed together),
:mod:`~ruextract.roles.kin` (a relative's posts),
:mod:`~ruextract.roles.copulas` (posts given by verbs),
:mod:`~ruextract.roles.subjects` (subjects of copulas, biographies),
:mod:`~ruextract.roles.copula_after` (a copula after its post),
:mod:`~ruextract.roles.succession` (who is succeeded),
:mod:`~ruextract.roles.anaphora` (posts named again or alone, and their places),
:mod:`~ruextract.roles.groups` (people named together, whom a plural post may stand for),
:mod:`~ruextract.roles.headlines` (a headline's post, a post named before anyone),
:mod:`~ruextract.roles.referents` (posts named again by the article's evidence),
:mod:`~ruextract.roles.places` (where a post is held: places, orgs of a kind, a deputy's
superior, shared places), :mod:`~ruextract.roles.status` (a holder's leaving),
:mod:`~ruextract.roles.clause_posts` (holders found through a post's clause once the rest are
linked: a copula's subject that is a post, "этот пост", successions),
:mod:`~ruextract.roles.clause_subjects` (a post named again as a later clause's subject),
:mod:`~ruextract.roles.offices` (a post named as an office),
:mod:`~ruextract.roles.appositions` (where a post's clause ends before a name, a post's field),
:mod:`~ruextract.roles.fields` (the words of a row's post and org),
:mod:`~ruextract.roles.holders` (a learned ranker's holder for a post tied to nobody).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from ruextract import views
from ruextract.records import Role
from ruextract.roles.agreement import where_held
from ruextract.roles.anaphora import resolve_again
from ruextract.roles.clause_posts import (
    pointed_posts,
    subject_posts,
    successors,
)
from ruextract.roles.clause_subjects import clause_subjects
from ruextract.roles.fields import post_fields
from ruextract.roles.headlines import headline_posts
from ruextract.roles.holders import give_holders
from ruextract.roles.link_memo import forget_memo, fresh_memo
from ruextract.roles.linking import RECALLED, attach, kind_place, unnamed
from ruextract.roles.offices import office_named
from ruextract.roles.phrases import Entities, Phrase, find_phrases
from ruextract.roles.places import share_coordinated
from ruextract.roles.referents import named_again
from ruextract.roles.shared_places import share_places
from ruextract.roles.span_values import span_value
from ruextract.roles.status import left_post
from ruextract.roles.words import (
    abbreviations,
    compound_role,
    org_nouns,
    role_adjectives,
    role_nouns,
)

SPAN_KEY = "roles"

__all__ = [
    "SPAN_KEY",
    "Entities",
    "Phrase",
    "RoleFinder",
    "abbreviations",
    "compound_role",
    "find_phrases",
    "find_roles",
    "org_nouns",
    "role_adjectives",
    "role_nouns",
    "role_span",
]


def find_roles(doc: Doc, rank_holders: bool = True) -> list[tuple[Phrase, Span]]:
    """Every role phrase of a document with the person it belongs to; ``rank_holders`` lets the
    learned ranker (:mod:`~ruextract.roles.holders`) give a holder to posts the rules leave to
    nobody."""
    fresh_memo(doc)  # the linking rules' memos (``link_memo``) for this call only
    try:
        return _find_roles(doc, rank_holders)
    finally:
        forget_memo(doc)  # not kept with the processed document


def _find_roles(doc: Doc, rank_holders: bool) -> list[tuple[Phrase, Span]]:
    """:func:`find_roles` with the call's memos made."""
    ents = Entities.of(doc)
    if not ents.per:
        return []
    phrases = find_phrases(doc, ents)
    attached = [
        (where_held(doc, phrase, person, ents), person)
        for phrase, person in resolve_again(doc, attach(doc, phrases, ents), ents)
    ]
    attached = headline_posts(doc, named_again(doc, attached, ents), ents)
    attached = pointed_posts(doc, subject_posts(doc, attached, ents), ents)
    attached = clause_subjects(doc, successors(doc, attached, ents), ents)
    if rank_holders:
        attached = give_holders(doc, attached, ents)
    attached = share_places(doc, share_coordinated(doc, attached, ents), ents)
    return [
        (post_fields(doc, left_post(doc, kind_place(phrase), ents), ents), person)
        for phrase, person in attached
        if person is not None
        and not (phrase.how in RECALLED and unnamed(doc, phrase))
        and not office_named(doc, phrase)
    ]


def role_span(doc: Doc, phrase: Phrase, person: Span, holder: int = 0) -> Span:
    """The span of a role phrase carrying its :class:`Role` record; ``holder`` numbers the
    people one plural post belongs to ("актрисы Гвинет Пэлтроу, Анджелина Джоли"), whose
    spans share their offsets and differ by ``span.id_``."""
    span = doc[phrase.start : phrase.end]
    span.label_ = "ROLE"
    if holder:
        span.id_ = str(holder)
    start, stop = span.start_char, span.end_char
    role = Role(
        start=start,
        stop=stop,
        text=views.text(doc)[start:stop],  # ``span.text``, cut from the text built once
        key=span_value(person, "key") or person.text,
        role=phrase.role,
        org=phrase.org,
        org_label=phrase.org_label,
        org_key=phrase.org_key,
        status=phrase.status,
        person_start=person.start_char,
        person_stop=person.end_char,
        org_start=phrase.org_start,
        org_stop=phrase.org_stop,
    )
    # ``span._.role = role`` calls the extension's setter (``ruextract.extensions``: keyed by
    # the span's offsets and id); called here without an ``Underscore`` made per span
    set_role = Span.get_extension("role")[3]
    set_role(span, role)
    return span


class RoleFinder:
    """Posts held by people (see module docstring); ``rank_holders`` (on by default) lets the
    learned ranker give a holder to posts the rules leave to nobody."""

    def __init__(self, rank_holders: bool = True) -> None:
        self.rank_holders = rank_holders

    def __call__(self, doc: Doc) -> Doc:
        holders: Counter[tuple[int, int]] = Counter()
        spans = []
        for phrase, person in find_roles(doc, self.rank_holders):
            spans.append(role_span(doc, phrase, person, holders[phrase.start, phrase.end]))
            holders[phrase.start, phrase.end] += 1
        doc.spans[SPAN_KEY] = spans
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(
    "ruextract_roles",
    default_config={"rank_holders": True},
    requires=["doc.ents", "token.pos", "token.morph", "token.lemma"],
    assigns=["doc.spans", "span._.role"],
)
def create_roles(nlp: Language, name: str, rank_holders: bool) -> RoleFinder:
    """Posts held by people, with where and status (see module docstring); ``rank_holders``
    (on by default: +0.3 point of NEREL train recall out of fold for about half a point of
    the pipeline's time; ``benchmarks/ranker_cost.py``) lets the learned ranker give a holder
    to posts the rules leave to nobody."""
    return RoleFinder(rank_holders)
