import Foundation

/// Rules that correct the tagger's spans with the gazetteers, applied after decoding.
///
/// Each rule is named, so that a test or an error list can say which one fired:
/// - `completeKnownName`: a multi-word gazetteer name the tagger covered only in part
///   (`Ради НАТО` + `Росія` inside `Ради НАТО – Росія`) becomes one span of the gazetteer's type.
/// - `knownNameType`: a span that is exactly a gazetteer organisation or place but was
///   tagged as something else takes the gazetteer's type (`Альянс` as a person, `24 канал`
///   as a quantity). A place the gazetteer knows as an organisation becomes one
///   (`Єврокомісією`), unless it is an acronym, which NER-UK annotates either way (`ЄС`).
///   A one-word person whom the dictionary knows as one person's first name stays a person
///   (`Софія`) when the document gives the full name (`Софії Мірошниченко`), unless a
///   preposition comes before it (`до Софії`), the document names the place elsewhere, or
///   a place is listed with it (`Варна та Софія`).
///   A gazetteer title tagged as a place is a title (`на підпис Президентові`) unless a
///   street word comes before it, and a person that opens its sentence with one is split
///   into the title and the person.
/// - `personWithOrganisation`: a person span that contains a gazetteer organisation
///   (`Ради Альянс`) is dropped: a personal name does not hold one.
/// - `addKnownName`: a multi-word organisation or place from the gazetteer that the tagger
///   missed entirely, beginning with a capital or a digit (`24 канал`), is added, and so is an
///   organisation's acronym (`ПАСЄ`).
/// - `documentConsistency`: a capitalised name (one to three words, by stems) that the
///   tagger labelled somewhere in the document gets the same label where it was missed, and
///   where a minority of its occurrences got another name type (a place after a word for a
///   settlement, `у селі Денеші`, counts twice); the surname of a full
///   person name counts as a person wherever it stands alone, even at a sentence start
///   (`Остін нагадав`). Other names are labelled at a sentence start too when the document
///   gives them twice elsewhere and never writes the word in lower case (a character `Яся`,
///   not `Малий` beside `малий`). A lone word read as a place or body that is the surname
///   of a full name in the document is that person (`Богдан Хмельницький` … `Хмельницький
///   уклав мир`), unless a preposition or a settlement word comes before it.
/// - `foreignText`: a span of Latin-script words with two or more lower-case ones (`Joe
///   Biden and Olaf Scholz met in Berlin`) is dropped: the tagger knows Ukrainian text, and
///   a whole foreign sentence is not one name.
/// - `trailingNumber`: a person or place span that ends in a number right after a word
///   (`Варшаві 3` before `–4 квітня`), or after a word and a dash (`Хмельницької – 12`), loses
///   the number; addresses keep theirs after a comma.
/// - `balancedQuotes`: a span with an opening quotation mark it does not close takes in the
///   closing mark right after it (`ТОВ «Північне Причорномор'я` + `»`), and a span that ends
///   in a closing mark it never opened gives it up (`Дозор ЛТД»`), as NER-UK annotates names
///   in quotation marks. A round bracket left open takes its `)` the same way (`ЦК КП ( б` +
///   `)`): NER-UK's names always close their brackets.
/// - `joinInitials`: a person span of initials only (`Д .`) right before a person span
///   (`Лебедем`) in the same sentence becomes one span with it: `Д . Лебедем`.
/// - `trailingSymbol`: a span that ends in a lone symbol such as `™` or `®` loses it.
/// - `splitCoordination`: two names joined by `та`, `і`, `й`, `чи` or `або` in one span
///   become two spans (`Держаудитслужбу та АМКУ`, `Олег Лебідь і Юрій Кравець`) when the
///   part after the conjunction starts with a capital, a digit or a quotation mark, and the
///   part before is complete: not ending in an adjective that shares the head noun
///   (`Дрогобицький і Надвірнянський НПЗ`), and for a person not a lone first name
///   (`Сергій та Олександр Буряки`).
/// - `abbreviationPoint`: a date or period that ends in `р`, `рр` or `ст` takes in the point
///   after it (`2006-2007 рр.`), as NER-UK annotates them nine times in ten.
/// - `streetName`: a street abbreviation (`вул.`, `пров.`, `пр.`, `просп.`, `бул.`, `пл.`)
///   right before a name span makes one place with it: `пров. Максима Рильського` is a
///   street, not a person.
/// - `addQuantity`: a number, with `тис.`, `млн` or `млрд` or without, followed by a unit of
///   measure (`606 тис. тонн`, `337 квадратів`, `65,8 кв. м`) that the tagger missed is added
///   as `QUANT`, as NER-UK annotates such quantities.
/// - `sharedHead`: capitalised adjectives coordinated before an organisation or place that
///   begins with an adjective of the same ending (`Кременчуцький, Дрогобицький і` +
///   `Надвірнянський НПЗ`) join it: they share its head noun, and NER-UK annotates the whole
///   phrase as one name (17 times in 21). The entity layer still gives each its own mention.
/// - `legalFormWithPerson`: a legal form alone (`ФГ`, `ФОП`, `СФГ`, `ПП`) right before a
///   person makes one organisation with the name: `ФГ Дапринди С. М.` is a farm.
/// - `rangeIsPeriod`: a date that is a range of two dates (`квітні-листопаді 2015 року`,
///   `2006-2010`; see ``NestedDates``) is a period: NER-UK never annotates a range as a date.
/// - `streetWord`: a street, square or avenue word (`вулиці`, `площа`, `проспекту`, `вул.`)
///   before a capitalised name makes one place with the name, whether the tagger saw the
///   name as a person, a place or nothing: `вулиці Грушевського`, `площі Ринок`. NER-UK
///   annotates 122 of 131 such phrases so.
/// - `personAfterPlace`: an organisation span that runs on past a country or region from the
///   gazetteer into two capitalised words (`МЗС Молдови Іон Морару`) gives them up as a
///   person: the place closes the organisation's name, and a first name and surname follow.
/// - `addNumericDate`: a numeric date (`10.09.2010`, with `року` or `р.` after it when
///   written) that no span covers is added as `DATE`.
/// - `latinPerson`: two or three capitalised Latin-script words that begin with a first name
///   from `Resources/latin-first-names.txt` (`Joe Biden`, `Olaf Scholz`) are a person, cut
///   out of any span they were part of (`США Joe Biden` leaves `США`), unless they open a
///   quotation (a title or a brand). NER-UK has almost no Latin-script names to learn from.
/// - `sharedSurname`: two first names joined by `та`, `і` or `й` before one surname
///   (`Микола та Лариса Онули`, `Денису і Володимиру Ященкам`) are one person span, as NER-UK
///   annotates such couples (13 times in 14), when the dictionary knows both as first names.
/// - `surnameBeforeName`: a capitalised word that may be a surname, right before a first
///   name and patronymic (`Ковач` + `Анна Василівна`), joins them: NER-UK annotates the
///   official order surname, name, patronymic as one person 27 times in 28.
/// - `nameParticle`: lower-case particles of a foreign name join the person before them
///   and the capitalised word after (`Урсула фон дер Ляєн`, `Вісенте дель Боске`); a
///   capitalised `Фон` or `Ван` opening a sentence joins the person after it (`Фон дер Ляєн`).
/// - `listedTitle`: a title from `Resources/listed-titles.txt` (`віцепрем'єрка`,
///   `депутатка`), matched by stem, before a person across at most eight tokens of
///   organisations, places, lower-case words and quotes, is `JOB`; a person that opens its
///   sentence with such a title is split into the title and the person (`Адвокатка
///   Гончарук`), and a person that is only such a title, with a person after it, is the title
///   (`Уповноважена у справах … Маргарита Сокоренко`). The list is the rules' own, not a tagger feature.
/// - `settlementHead`: a title `голова` takes in the adjective of its settlement before it
///   (`сільський голова`, `міського голови`), which the tagger leaves out at times, and a
///   title takes in `головний` or `генеральний` (`Головний тренер`, `головна лікарка центру`,
///   `генеральна директорка музею`).
/// - `wordAfterInitials`: a person span that runs on past closing initials into a word the
///   dictionary knows and not as a name (`Прасола А. Є.` + `Зокрема`, where the point ended
///   the sentence) ends after the initials; after a name word a lone letter is the name's
///   last part, and the span ends before the point (`Ван І` + `. Сторони`).
/// - `settlementName`: a capitalised word after a settlement abbreviation (`с.`, `смт`,
///   `м.`) is a place, without the abbreviation (`в с. Іллінка`, `у смт Димер`), as NER-UK
///   annotates 21 of 22 villages after `с.`; a first word that is an adjective takes the next
///   capitalised word with it (`с. Софіївська Борщагівка`). A place inside another name
///   (`ГУ ДФС у м. Києві`) is left alone, and `м.` after a number or `кв.` is a metre.
/// - `vehicleModel`: a make from `Resources/vehicle-makes.txt` followed by its model in Latin
///   letters or digits (`Toyota Land Cruiser 150 Prado`, `ВАЗ 2107`, `Skoda Superb 1,8`) is
///   a product, `ART`, as NER-UK annotates 15 of 17 such cars; a year of make after it
///   (`2012 р.в.`) stays out. A make alone (`концерн BMW`) or a company (`Toyota Motor
///   Europe`) is left to the tagger.
/// - `namedAfter`: an organisation that ends in `ім.` or `імені`, or is followed by them,
///   takes in the name it bears: `Інституту зоології ім. Шмальгаузена`, `Інституту
///   мовознавства ім. О. О. Потебні`.
/// - `headNoun`: an organisation that ends in an adjective (`Хмельницької обласної
///   дитячої`) takes in the lower-case noun right after it (`лікарні`), the head it needs.
/// - `commonAbbreviation`: an organisation or place that is one abbreviation of a common
///   noun from `Resources/common-abbreviations.txt` (`ПДВ`, a tax; `АЗС`, a filling station;
///   `ТОВ` without a name) is dropped: it names a kind of thing, not one organisation.
/// - `weaponName`: an organisation, place or miscellaneous name that is a weapon system from
///   `Resources/weapon-names.txt` (`балістичні «Іскандери»`, `дрони типу «Шахед»`) is a
///   product, `ART`. News since 2022 names them often; NER-UK has none to learn from.
/// - `abbreviationRemit`: an organisation that begins with an abbreviation in capitals and
///   goes on with `з`, `із`, `щодо` or `по` (`ЄС з питань санкцій`, the remit of an envoy's
///   title) ends after the abbreviation; NER-UK never runs such a name on. A branch in a
///   place (`СБУ у Волинській області`) stays whole, as NER-UK annotates it.
/// - `headOfState`: `глава держави` (the head of state, in any case) that no span covers is a
///   title, `JOB`: news calls the president so, and coreference then joins it to him or her.
/// - `initialsPerson`: a place that is initials and one capitalised word (`Б. Хмельницький`)
///   is a person, unless a street word or abbreviation comes before it (`вул. Б.
///   Хмельницького`); in a list of places `placeList` makes it a street again. NER-UK
///   annotates 72 such spans as persons and 2 as places.
/// - `surnameOfPerson`: a one-word place whose stem is the surname of a full name tagged as a
///   person elsewhere in the document (`Чиж-Вишенського` after `Кость Чиж-Вишенський`) is
///   that person, unless the gazetteer knows it as a place (`Хмельницький`). Over the ten
///   folds it makes six places persons, all six rightly. So is a place of two or three
///   capitalised words right after a title whose last word the document names alone as a
///   person (`посол Японії в Україні` + `Кунінорі Мацуда`, later `За словами Мацуди`), and
///   a place that opens with a first name and a surname the document names alone as a
///   person (`Марини Степанської «Тиша»`, later `Степанська`): the two words are the person,
///   a quoted title after them a work. An untagged first name alone that the dictionary
///   knows as one, and that one two-word full name of the document begins with, is that
///   person (`Назара Гончаренка` … `«Назар заслужив`); over ten folds it changes nothing,
///   as the tagger finds such names itself.
/// - `placeList`: in a list of three or more names joined by commas and `і`/`та`/`й` whose
///   majority are places, a surname alone or after initials is a place too: in `вулиць
///   Різдвяна, Леніна, Пушкіна та Садова` the streets bear people's names. Two names are
///   enough when the list begins with a street word or follows one in the plural
///   (`перехресті вулиць Енгельса та Артема`). After the plural, with or without a colon,
///   full names are streets too, and the list goes on past a name or two the tagger left out
///   (`ремонт вулиць: Івана Франка, б-р Шевченка, Ярослава Галана`).
/// - `landmarkNoun`: capitalised adjectives with the common noun of a kind of place after
///   them (`Високий замок`, `Гостинного двору`, `Столичного шосе`, `Мертвого моря`) are one
///   place, `LOC`, though the tagger took the adjectives alone, or as a person, an
///   organisation or `MISC` (`Північний міст`). In NER-UK such a noun after a capitalised adjective is inside the place
///   every time it follows one (`замку` 7 times, `площі` 5, `узвіз` 4, …). Such a place that
///   runs on past `у`/`в` into a capitalised name is two places (`Столичного шосе у
///   Голосіївському районі`). A church takes in its dedication (`Гарнізонному храмі святих
///   апостолів Петра і Павла`).
/// - `afterPlaceKind`: a person or an organisation right after a lower-case word for a kind
///   of settlement or natural place (`села Мала Костромка`, `гора Нітані`, `урочищі Горохова
///   Діброва`) is a place. In NER-UK the names after such words are places 61 times in 62.
///   So is a name of any type in quotes after a word for a protected area, deposit,
///   cemetery or metro station (`заказника «Острів Жуків»`, `метро «Кловська»`), while a
///   place or person in quotes after a word for a company is an organisation (`фірма
///   «Київ»`, `готелі «Бориспіль»`).
/// - `holidayName`: a name that begins with a capitalised `День` and a capitalised word
///   (`День Києва`, `Дня Незалежності`) is a holiday, `MISC`, as NER-UK annotates such names;
///   the tagger reads the place inside and calls it `LOC`.
/// - `prizeName`: a name that begins with a capitalised `Премія`, `Нагорода` or `Відзнака`
///   (`Премії Європейського Союзу з літератури`) is an award, `MISC`, as NER-UK annotates
///   prizes; the tagger reads the body that gives it and calls the whole `ORG`. So is a
///   quoted name won (`здобула «Золотого Дюка»`).
/// - `neuterSubject`: a one-word person that the dictionary also reads as a thing in the
///   nominative, right before a verb in the neuter past (`Журі відзначило`, where `Журі` is
///   also the dative of the surname `Жура`), is that thing: no one is the subject of a neuter
///   verb. A name in another case stays (`Антону стало краще`).
/// - `buildingName`: a capitalised `Будинок` or `Палац` that the tagger took alone takes the
///   lower-case noun after it, its name (`Будинку профспілок`, `Будинку офіцерів`), and a
///   residential complex (`ЖК «Печерський бастіон»`) is a place, as NER-UK annotates them.
/// - `knownPlace`: a name from `Resources/place-names.txt` (`ДНР`, `СРСР`, `Кремль`,
///   `Хрещатик`), matched by stem, is a place: a span of another type with its words becomes
///   one, and a capitalised name the tagger left out is added. NER-UK annotates these as
///   places where they act (`керівникам ДНР`), and the tagger, reading the context, calls
///   them organisations. So is a country of the gazetteer that the tagger called an
///   organisation, unless quoted (`міністром оборони Великої Британії`).
/// - `districtOfRegion`: a district with its region after it (`Мар'їнського району Донецької
///   області`) is two places, as NER-UK annotates them five times in six, and so is a place
///   that runs on past `у`/`в` into another (`Петриківка в Дніпропетровській області`),
///   which NER-UK never annotates as one.
/// - `workTitle`: the quoted title of a work or app read whole as a name is dropped
///   (`застосунок «Приват24»`, `фільм «Межа очікування»`), and of a programme or project
///   when read as a person or place (`програма «Схеми»`): NER-UK tags none of the 27 such
///   titles it has. A name inside a longer title stays (`«20 днів у Маріуполі»`). The quoted
///   name of a festival, forum, tournament or contest is an event's, `MISC` (`фестиваль
///   «Червене вино»`), and that of a band or ensemble an organisation's (`гурт «Сині гори»`).
/// - `coordinatedPlace`: a one-word person joined by `та`, `і`, `й` to a place after a
///   preposition, in the same ending, is a place (`у Ліоні та Марселі`, where `Марсель` is
///   also a first name).
/// - `numberedItem`: a place that is one capitalised word and a number after `№` (`Ролик
///   № 2`, `Принцип № 3`) is dropped: it numbers an item of a list, and NER-UK never
///   annotates one as a place. A building keeps its number (`Будинок № 14`).
/// - `eventName`: a name from `Resources/event-names.txt` (`Великдень`, `Сповідь`,
///   `Голокост`, `Олімпіада`), matched by stem, that the tagger typed otherwise is `MISC`, as
///   NER-UK annotates feasts, rites, events and tournaments. So is an organisation or place
///   headed by a lower-case word for a contest (`Міжнародній хімічній олімпіаді`).
/// - `titleTail`: a name of another kind that ends in a capitalised word and runs on into a
///   lower-case gazetteer title right before a person (`премію імені Тараса Шевченка` +
///   `письменниці` + `Оксані Забужко`) ends before it, and the title is a title.
/// - `companyName`: a name in quotation marks right after a word for a company
///   (`компанія «Нова пошта»`, `підприємства «Укрбурштин»`, `холдингу «…»`) is an
///   organisation, as NER-UK annotates it (81 of 81 after `компанія`); a city's adjective
///   before a quoted organisation is no part of it (`Донецький` + `«Шахтар»`); a company's
///   formal name that ends in its kind takes in the quoted name after it (`Національна
///   енергетична компанія «Укренерго»`, `Дочірнє підприємство «Кіровоградський облавтодор»`).
/// - `remitList`: an organisation or a title whose remit goes on in a list after a comma
///   (`Міністерство розвитку громад` + `, територій та інфраструктури України`) takes in the
///   list, lower-case genitive nouns with their adjectives, the last after `та`, `і` or `й`,
///   and a place right after it; an organisation or place that ends in an institution takes in
///   its field (`Одеському театрі` + `опери та балету`), and a remit opened by `з питань`
///   goes on after `та`, `і` or `й` (`Комітет з питань нагляду` + `та регулювання діяльності
///   банків`), and a school whom it is for (`Тернопільського обласного ліцею` + `для
///   обдарованих дітей`) (needs morphology).
/// - `titleAfterTitle`: a title that runs on into a second gazetteer title which cannot be
///   its genitive complement (`директорки департаменту` + `міський голова` + `призначив`) is
///   two titles (needs morphology).
/// - `regionalOffice`: an office (`Головне управління Національної поліції`, `Управління СБУ`,
///   `Департамент …`, `ГУ ДСНС`, `Державна інспекція …`) followed by `у`/`в` and a place takes
///   the place in (`… в Сумській області`), as NER-UK annotates it.
/// - `knownOrganisation`: a name from `Resources/organisation-names.txt` (`Сили оборони`,
///   `Повітряні сили`) that opens with a capital is one organisation, taking in the spans
///   inside it (`Сили` read as a person). A person span that opens with a one-word
///   parliament (`Сейму Влодзімєжем Чажастим`) is the parliament and the person.
/// - `placeTail`: a place that runs on into a lower-case word that no place ends in loses
///   it: a conjunction (`Лонського або`), or a common noun after a capitalised noun
///   (`Хрещатику люд`, `Петриківки туристів`). Place nouns (`Гостинного двору`), areas
///   (`Київської області`) and buildings (`Будинку профспілок`) stay. An organisation of a
///   capitalised noun and a word for a nationality loses that word, and after `в`/`у` and an
///   adjective in the locative is a town (`в новозеландському Окленді американку`); so is a
///   one-word person after `в`/`у` and a place adjective (`в італійському Мілані`).
/// - `addTitle`: a job title from the gazetteer right before a person, or before an
///   organisation or place (`генсек Альянсу`, `президентом Франції`), that the tagger
///   missed, is added as `JOB`.
/// - `parentAcronym`: an organisation right before the acronym of the body it belongs to
///   (`Повітряні сили` + `ЗСУ`, `АТЦ` + `СБУ`) is one organisation with it, as NER-UK
///   annotates units with their parent (`Інститут української мови НАН України`).
/// - `remitContinuation`: a lower-case title right after `і`, `та` or `й` that goes on a
///   remit opened by `з`/`із`/`зі` with no verb between (`із закордонних справ і` +
///   `політики безпеки`) is no title: it is the remit's second item, where `політики` reads
///   as politicians (needs morphology).
/// - `duration`: a number and a unit of time that the tagger left untagged (`кілька днів`,
///   `37 років`, `10 робочих днів`) is a period, as NER-UK annotates most of them; a number of
///   four digits before `рік` is a year, `… тому` is a date, and a phrase inside another
///   name stays as it is; `5 років 3 місяці` is one period.
///   Over ten folds 51 such phrases are gold periods the tagger missed and 39 are not
///   annotated: a period added this way is right more often than F1 needs.
/// - `genericAdjective`: a one-word name that is a capitalised adjective no place or body is
///   named by alone (`Всесвітній`, `Міжнародний`, `Світовий`) takes in the lower-case words of
///   its name up to the noun: an event (`Всесвітній шаховій олімпіаді`) is `MISC`, a body
///   (`Міжнародний благодійний фонд`) an organisation; with no such noun it is no name.
/// - `countryRemit`: an organisation that ends with `України` or an international body's acronym
///   and runs on in lower case after `з`/`із`/`зі` takes in that remit, as official names go
///   (`Державному агентстві України` + `з управління зоною відчуження`, `Ради ООН` + `з прав
///   людини`):
///   nouns and adjectives only, up to a punctuation mark, a verb or another preposition; only
///   for bodies of the kinds that carry one (`агентство`, `служба`, `міністерство`, …).
/// - `cityOfNationalBody`: an organisation whose name ends in `України` and runs on into `в`/`у`
///   and a capitalised place (`Національному музею історії України в Києві`) ends at
///   `України`; the place is where it stands, a place of its own. A body that represents a
///   country abroad keeps it (`Посольство України в Польщі`).
/// - `latinBodyName`: capitalised Latin-script words right after a lower-case word for a kind
///   of body (`фонд Horizon Ventures`, `асоціації IT Ukraine`, `компанія Lumina AI`) are that
///   body's name, an organisation; so is it where the tagger read the kind word and what comes
///   before it into the name (`Львівська компанія Lumina AI`).
/// - `honoraryTitle`: `Героя України` read as one name is the title `Героя` and the place
///   `України`, as other titles with their country are (`посла Японії`); NER-UK leaves its
///   one occurrence unannotated.
/// - `adjectiveBeforePerson`: a person that opens with a capitalised adjective no name is
///   read as, then a first name (`Блаженніший Святослав`, `Римський Лев XIV` after `Папа`),
///   is the person from the first name; the adjective is a title, or the end of the title
///   before it (`Папа Римський`).
/// - `budgetName`: a budget read as an organisation (`Державного бюджету`, `Державного бюджету
///   України`) is `MISC`, as NER-UK annotates `Державний бюджет України` in a law's title.
/// - `bodyComplement`: an organisation that ends with a lower-case noun for a body (`фонду`,
///   `центру`, `агентства`) takes in one to three genitive adjectives and the genitive noun
///   after them that the tagger left out (`Європейського фонду` + `флагманських інвестицій`),
///   unless `не` or a verb follows, which makes them an object (`фонду нових прогнозів не дали`).
/// - `embassyName`: a capitalised embassy, consulate or mission noun, the country it represents
///   and where it stands (`Посольство Фінляндії в Україні`, `Генеральному консульству України в
///   Гамбурзі`) is one organisation, as `cityOfNationalBody` keeps it, where the tagger read the
///   words as places. NER-UK has no embassy to learn them from; a lower-case one
///   (`посольством України у Франції`) is no name and is left alone.
/// - `militaryUnit`: a military unit with its code (`військової частини А4125`) is one
///   organisation, as NER-UK annotates it (`військова частина 3078`), not the code alone; a
///   number with a word after it counts things (`військовій частині 25 пікапів`). So is a
///   numbered brigade, regiment or battalion the tagger left out (`36-ї окремої бригади
///   морської піхоти`, as NER-UK annotates `80-ї аеромобільної бригади`).
/// - `commonNounOpening`: a one-word person that opens its sentence and that the dictionary
///   knows as a common noun, and not as a first name (`Зловмисниці повідомили про підозру`,
///   `Грант у 20 тисяч євро`), is no name, unless the document capitalises that word inside a
///   sentence too, a full name begins like it (`Ігоря Табурця` … `Табурець очолював`), it may
///   be a surname and a verb follows (`Коваль прийшов`), or it is `Бог` or `Господь` (NER-UK
///   annotates them as persons).
/// - `weekdayName`: a weekday in lower case read as a place, a person or an organisation (`у
///   вівторок`) is no name; the date stage reads weekdays. A capitalised one may be a name
///   (`П'ятниця`, a newspaper `Субота`).
/// - `titleReadAsBody`: an organisation that opens with a capitalised title of a person
///   (`Міністр`, `Президенту`, `Начальник`) and goes on in lower case or with a country
///   (`Міністр оборони України`, `Президенту України`) is that title, `JOB`. So is an
///   organisation that is a job title of two or more lower-case words
///   from the gazetteer, with only adjectives before it (`Харківський міський голова`), is that
///   title, `JOB`: a person, not a body; a noun before it makes it the title-holder's body
///   (`Колегії генерального прокурора`) (needs morphology).
/// - `adjacentPersons`: a person of three or more capitalised words in which a first name
///   shares no case and gender with the word before it (`Дмитра Левицького` + `Лідія Левицька`,
///   `Кравця` + `Людмили Біцюк`), but with the word after it, is two persons, split before
///   that first name (needs morphology).
/// - `coordinatedRemit`: an organisation that ends with its lower-case genitive remit takes in
///   the rest of a remit joined by `і`, `та` or commas (`Міністерства енергетики` + `та
///   вуглепрому`, `Міністерства будівництва, архітектури і ЖКГ`), as NER-UK annotates them; not
///   after the body noun itself (`обласної ради` + `і договору`), and not people
///   (`Міністерства оборони` + `та волонтерів`), other bodies (`та консульства`) or money
///   (`і коштів`) (needs morphology).
/// - `parentBody`: such an organisation right before a capitalised genitive one is a unit of
///   that body, one name (`Департамент економіки` + `Черкаської міськради`), unless a region
///   ends the unit (`в Чернігівській області` + `Нацполіції`) or the body is one no unit
///   belongs to by name (`Верховного Суду`, `Кабміну`) (needs morphology).
/// - `quantityRange`: a quantity takes the unit of time after a slash (`12 м` + `/ с`) and the
///   number and dash of a range before it (`15-` + `20 м`), as NER-UK annotates speeds and
///   ranges whole.
/// - `parenthesisedName`: an organisation or place read across a bracket before a capitalised
///   name (`Міжнародна електротехнічна комісія ( International Electrotechnical Commission`) is
///   two names, as NER-UK annotates a name and its other name or acronym in brackets; not a
///   party's letter (`КП ( б )`).
/// - `quotedNickname`: a first name, a capitalised nickname of one or two words in quotation
///   marks and a surname (`Дмитро « Бобін » Олександров`) are one person, as NER-UK
///   annotates them, not two persons and a body.
/// - `personalNamePlace`: a one-word place that the dictionary reads only as a first name,
///   surname or patronymic (`над Гітлером`, `Смірновим`) is a person, unless `імені` or an
///   abbreviation's point comes before it, a street word up to eight words before it
///   (`вулиці Міцкевича`, `вулицях Чорновола, Стуса`), or a preposition, but for one before
///   the instrumental (`з Міцкевичем`; not `до Грушевського`, `по Гагаріна`). The dictionary
///   marks no word as a place, so a word it knows only as a name is a person's.
/// - `latinLegalForm`: a company's name that ends in a legal form of two Latin initials
///   (`MAKO Holding B` + `. V .`, `Leman Commodities S . A` + `.`) takes in the rest of it, and
///   its final point, which the sentence splitter read as the sentence's end.
/// - `lawTitle`: a law, decree or resolution with its quoted title (`Закону України « Про
///   місцеве самоврядування в Україні »`) is a document, `DOC`, the title taken in up to its
///   closing mark where the tagger stopped inside it.
/// - `commonWordPerson`: a one-word person inside a sentence that the dictionary reads only as a
///   common word for a thing (`читав Біблію`, `проповідувати про Освячення`, `Руїни Акрополя`)
///   is no person, unless the document names it so three times or more (a character called
///   `Доля`), it is also a word of a full name in the document (`Анна Криниця` … `Криниця`),
///   or a title comes right before it (`міністр Свічка`). Living beings (`Бог`) and
///   possessive adjectives (`Ірмина`) are persons.
/// - `accordingToTitle`: a job title from the gazetteer right after `за словами` that ends
///   its phrase (`За словами прем'єра,`) is `JOB`: a mention of the person who holds it, as
///   NER-UK annotates titles there.
enum SpanRepair {
    /// A rule.
    enum Rule: String, CaseIterable, Sendable {
        case completeKnownName, knownNameType, personWithOrganisation, addKnownName, addTitle
        case documentConsistency, foreignText, trailingNumber, balancedQuotes, joinInitials, trailingSymbol
        case splitCoordination, abbreviationPoint, streetName, addQuantity, sharedHead, legalFormWithPerson, rangeIsPeriod, addNumericDate, streetWord, personAfterPlace
        case latinPerson, sharedSurname, surnameBeforeName, wordAfterInitials, settlementName, vehicleModel, placeList, commonAbbreviation, namedAfter, headNoun
        case weaponName, abbreviationRemit, headOfState, initialsPerson, surnameOfPerson, landmarkNoun, afterPlaceKind, holidayName, prizeName, neuterSubject, buildingName, knownPlace, districtOfRegion, numberedItem, eventName, placeTail
        case titleTail, companyName, remitList, titleAfterTitle, knownOrganisation, regionalOffice
        case nameParticle, listedTitle, settlementHead, workTitle, coordinatedPlace, accordingToTitle, parentAcronym, remitContinuation, duration, genericAdjective, countryRemit, latinBodyName, commonNounOpening
        case cityOfNationalBody, honoraryTitle, militaryUnit, bodyComplement, adjectiveBeforePerson, budgetName, embassyName
        case weekdayName, titleReadAsBody, adjacentPersons, coordinatedRemit, parentBody, quantityRange, parenthesisedName, quotedNickname
        case personalNamePlace, latinLegalForm, lawTitle, commonWordPerson
    }

    private static func scalars(_ words: [String]) -> Set<[UInt32]> { Set(words.map { $0.unicodeScalars.map(\.value) }) }
    /// The lemma atoms (``MorphAtoms/lemma``) of `lemmas`, to test a token's lemma against.
    private static func lemmaAtoms(_ lemmas: [String]) -> Set<UInt64> { Set(lemmas.map { ScalarText.hash("l:" + $0) }) }
    /// Units of measure, lower case, as single tokens.
    private static let units = scalars([
        "т", "тонн", "тонна", "тонни", "тонну", "га", "гектар", "гектара", "гектари", "гектарів", "м", "метр", "метра",
        "метри", "метрів", "км", "кілометр", "кілометра", "кілометри", "кілометрів", "кг", "кілограм", "кілограма",
        "кілограми", "кілограмів", "квадрат", "квадрата", "квадрати", "квадратів", "л", "літр", "літра", "літри", "літрів",
        "кубометр", "кубометра", "кубометри", "кубометрів", "мвт", "квт", "гкал", "соток", "сотки", "сотку",
    ])
    /// Whether token `t` is digits, perhaps with a decimal comma or point inside (`65,8` as
    /// one token).
    private static func isNumber(_ t: Int, input: TaggingInput) -> Bool {
        let w = word(t, input)
        guard let first = w.first, let last = w.last, ScalarText.isDigit(first), ScalarText.isDigit(last) else { return false }
        return w.allSatisfy { ScalarText.isDigit($0) || $0 == 0x2C || $0 == 0x2E }
    }

    /// Units of time after a slash, as in speeds (`м / с`, `км / год`).
    private static let perTimeUnits = scalars(["с", "сек", "год", "хв"])

    /// Applies `quantityRange` to `spans`; true when something changed.
    static func completeQuantities(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        func isNumber(_ t: Int) -> Bool { SpanRepair.isNumber(t, input: input) }
        var changed = false
        var drop: [Int] = []
        for i in spans.indices where spans[i].1 == .quantity && !drop.contains(i) {
            let r = spans[i].0
            let sentence = input.sentence(containing: r.lowerBound)
            var upper = r.upperBound
            // A speed: the unit of time after a slash.
            if upper + 1 < sentence.upperBound, word(upper, input) == [0x2F], perTimeUnits.contains(word(upper + 1, input).map { ScalarText.fold($0) }) {
                upper += 2
            }
            var lower = r.lowerBound
            // A range: the number and dash before the number (`15 - 20 м`), alone or read as a
            // quantity of its own.
            if isNumber(lower), lower - 2 >= sentence.lowerBound, isDash(lower - 1, input: input), isNumber(lower - 2),
                Int(input.starts[lower]) == Int(input.ends[lower - 1]), Int(input.starts[lower - 1]) == Int(input.ends[lower - 2])
            {
                let before = spans.indices.filter { spans[$0].0.overlaps((lower - 2)..<lower) }
                if before.allSatisfy({ spans[$0].1 == .quantity && spans[$0].0.lowerBound >= lower - 2 }) {
                    drop += before
                    lower -= 2
                }
            }
            guard lower != r.lowerBound || upper != r.upperBound else { continue }
            spans[i].0 = lower..<upper
            changed = true
        }
        for i in Set(drop).sorted().reversed() { spans.remove(at: i) }
        return changed
    }

    /// Applies `parenthesisedName` to `spans`; true when something changed.
    static func splitParenthesisedNames(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var added: [(Range<Int>, EntityType)] = []
        for i in spans.indices where spans[i].1 == .organization || spans[i].1 == .location {
            let r = spans[i].0
            // The name before it and the one in brackets: two names (`Міжнародна
            // електротехнічна комісія` + `International Electrotechnical Commission`); not a
            // party's letter (`КП ( б )`).
            guard let open = r.dropFirst().first(where: { word($0, input) == [0x28] }), open + 1 < r.upperBound,
                isCapitalised(open + 1, input: input), Int(input.ends[open + 1]) - Int(input.starts[open + 1]) > 1
            else { continue }
            let close = (open + 1..<r.upperBound).first { word($0, input) == [0x29] }
            if let close, close + 1 < r.upperBound { continue }
            spans[i].0 = r.lowerBound..<open
            added.append(((open + 1)..<(close ?? r.upperBound), spans[i].1))
        }
        spans += added
        return !added.isEmpty
    }

    /// Multipliers between a number and its unit.
    private static let multipliers = scalars(["тис", "млн", "млрд", "тисяч", "тисячі", "мільйон", "мільйона", "мільйонів"])
    /// First words of two-word units written with a point: `кв. м`, `куб. м`.
    private static let unitPrefixes = scalars(["кв", "куб"])

    /// The quantity that starts at token `i`, if any: its end (exclusive).
    private static func quantity(at i: Int, in sentence: Range<Int>, input: TaggingInput) -> Int? {
        func folded(_ t: Int) -> [UInt32] { word(t, input).map { ScalarText.fold($0) } }
        func isNumber(_ t: Int) -> Bool { SpanRepair.isNumber(t, input: input) }
        guard isNumber(i) else { return nil }
        var t = i + 1
        // A decimal part: `65 , 8` as tokens.
        if t + 1 < sentence.upperBound, word(t, input) == [0x2C], isNumber(t + 1),
            Int(input.starts[t]) == Int(input.ends[t - 1])
        {
            t += 2
        }
        if t < sentence.upperBound, multipliers.contains(folded(t)) {
            t += 1
            if t < sentence.upperBound, word(t, input) == [0x2E] { t += 1 }
        }
        guard t < sentence.upperBound else { return nil }
        if units.contains(folded(t)) { return t + 1 }
        if unitPrefixes.contains(folded(t)), t + 2 < sentence.upperBound, word(t + 1, input) == [0x2E],
            folded(t + 2) == [0x43C]
        {
            return t + 3
        }
        return nil
    }

    /// Applies `addQuantity` to `spans`; true when something changed.
    static func addQuantities(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        let covered = coveredTokens(spans, count: input.tokenCount)
        var changed = false
        for s in 0..<input.sentenceCount {
            let sentence = input.sentence(s)
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                // Only a token that starts with a digit is looked at further.
                if !covered[i], ScalarText.isDigit(input.scalars[Int(input.starts[i])]), i == sentence.lowerBound || !covered[i - 1],
                    let end = quantity(at: i, in: sentence, input: input), !(i..<end).contains(where: { covered[$0] })
                {
                    spans.append((i..<end, .quantity))
                    changed = true
                    i = end
                } else {
                    i += 1
                }
            }
        }
        return changed
    }

    /// Whether token `t` is a date written `dd.mm.yyyy`, with a day and month in range.
    private static func isNumericDate(_ t: Int, input: TaggingInput) -> Bool {
        // Cheap tests first: this runs on every token.
        let start = Int(input.starts[t])
        guard Int(input.ends[t]) - start == 10, input.scalars[start + 2] == 0x2E, ScalarText.isDigit(input.scalars[start]) else {
            return false
        }
        let w = word(t, input)
        guard NestedDates.isNumericDate(w) else { return false }
        let day = Int(w[0] - 0x30) * 10 + Int(w[1] - 0x30)
        let month = Int(w[3] - 0x30) * 10 + Int(w[4] - 0x30)
        return (1...31).contains(day) && (1...12).contains(month)
    }

    private static let yearWords = scalars(["року", "р"])

    /// Applies `addNumericDate` to `spans`; true when something changed.
    static func addNumericDates(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        let covered = coveredTokens(spans, count: input.tokenCount)
        var changed = false
        for t in 0..<input.tokenCount where !covered[t] && isNumericDate(t, input: input) {
            let sentence = input.sentence(containing: t)
            var end = t + 1
            if end < sentence.upperBound, !covered[end], yearWords.contains(word(end, input).map { ScalarText.fold($0) }) {
                end += 1
                if word(end - 1, input) == [0x440], end < sentence.upperBound, word(end, input) == [0x2E], end + 1 < sentence.upperBound {
                    end += 1
                }
            }
            spans.append((t..<end, .date))
            changed = true
        }
        return changed
    }

    /// The text of token `t`.
    private static func word(_ t: Int, _ input: TaggingInput) -> [UInt32] {
        Array(input.scalars[Int(input.starts[t])..<Int(input.ends[t])])
    }

    private static let yearAbbreviations: Set<[UInt32]> = Set(["р", "рр", "ст"].map { $0.unicodeScalars.map(\.value) })
    private static let streetAbbreviations: Set<[UInt32]> = Set(
        ["вул", "пров", "пр", "просп", "бул", "пл"].map { $0.unicodeScalars.map(\.value) })

    /// Applies `abbreviationPoint` and `streetName` to `spans`; true when something changed.
    static func abbreviations(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, rules: Set<Rule>) -> Bool {
        var changed = false
        let point: [UInt32] = [0x2E]
        var covered = Set<Int>()
        for (r, _) in spans { covered.formUnion(r) }
        if rules.contains(.abbreviationPoint) {
            for i in spans.indices where spans[i].1 == .date || spans[i].1 == .period {
                let r = spans[i].0
                let next = r.upperBound
                guard next < input.tokenCount, !covered.contains(next), word(next, input) == point,
                    yearAbbreviations.contains(word(r.upperBound - 1, input)),
                    input.sentence(containing: r.lowerBound).contains(next)
                else { continue }
                spans[i].0 = r.lowerBound..<(next + 1)
                covered.insert(next)
                changed = true
            }
        }
        if rules.contains(.streetName) {
            spans.sort { $0.0.lowerBound < $1.0.lowerBound }
            var i = 0
            while i < spans.count {
                let r = spans[i].0
                let name = spans[i].1 == .person || spans[i].1 == .location || spans[i].1 == .organization
                if name, r.lowerBound >= 2, word(r.lowerBound - 1, input) == point,
                    streetAbbreviations.contains(word(r.lowerBound - 2, input).map { ScalarText.fold($0) })
                {
                    let abbreviation = r.lowerBound - 2
                    if i > 0, spans[i - 1].0.lowerBound == abbreviation, spans[i - 1].0.upperBound == r.lowerBound {
                        // `пр.` tagged alone before `Гагаріна, 201`: one place.
                        spans[i - 1] = (abbreviation..<r.upperBound, .location)
                        spans.remove(at: i)
                        changed = true
                        continue
                    }
                    if !covered.contains(abbreviation) && !covered.contains(abbreviation + 1) {
                        spans[i] = (abbreviation..<r.upperBound, .location)
                        changed = true
                    }
                }
                i += 1
            }
        }
        if rules.contains(.streetWord) && streetWords(&spans, input: input) { changed = true }
        return changed
    }

    /// Abbreviations of a settlement kind: village, urban-type settlement, city.
    private static let settlementAbbreviations = scalars(["с", "смт", "м"])

    /// Applies `settlementName` to `spans`; true when something changed.
    static func settlements(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        let point: [UInt32] = [0x2E]
        for t in 0..<input.tokenCount {
            // Cheap tests first: this runs on every token. The abbreviations start with с or м.
            let start = Int(input.starts[t])
            let first = input.scalars[start]
            guard Int(input.ends[t]) - start <= 3, first == 0x441 || first == 0x43C,
                settlementAbbreviations.contains(word(t, input))
            else { continue }
            let isCity = Int(input.ends[t]) - start == 1 && first == 0x43C
            var name = t + 1
            if name < input.tokenCount && word(name, input) == point {
                name += 1
            } else if Int(input.ends[t]) - start == 1 {
                continue  // `с` and `м` are abbreviations only with their point
            }
            guard name < input.tokenCount, isCapitalised(name, input: input),
                ScalarText.isCyrillic(input.scalars[Int(input.starts[name])])
            else { continue }
            if isCity && t > 0 {
                // `50 кв. м. Далі`, `100 м. Потім`: a metre.
                let before = input.scalars[Int(input.starts[t - 1])]
                if ScalarText.isDigit(before) || word(t - 1, input) == point { continue }
            }
            var end = name + 1
            let sentence = input.sentence(containing: name)
            if isAdjective(name, input: input), end < sentence.upperBound, isCapitalised(end, input: input) { end += 1 }
            let hits = spans.indices.filter { spans[$0].0.overlaps(t..<end) }
            if hits.isEmpty {
                spans.append((name..<end, .location))
                changed = true
            } else if hits.count == 1, spans[hits[0]].1 == .location, spans[hits[0]].0.lowerBound < name,
                spans[hits[0]].0.lowerBound >= t
            {
                // `с. Рашків` tagged with its abbreviation (or the abbreviation alone).
                spans[hits[0]].0 = name..<max(end, spans[hits[0]].0.upperBound)
                changed = true
            } else if hits.count == 1, spans[hits[0]].1 == .person, spans[hits[0]].0.lowerBound == name,
                spans[hits[0]].0.upperBound <= end
            {
                spans[hits[0]].1 = .location
                changed = true
            }
        }
        return changed
    }

    /// The nominative street and landmark words, and the case atom of a word that can only be
    /// nominative.
    private static let streetNominatives = scalars(["вулиця", "проспект", "провулок", "бульвар", "площа", "узвіз", "парк", "сквер", "майдан"])
    private static let nominativeOnly = ScalarText.hash("c:nomn")

    /// Street words in the plural, lower case, that come before a list of streets.
    private static let streetPlurals = scalars(["вулиць", "вулиці", "вулицями", "вулицях", "вулицям", "провулків", "проспектів"])

    /// Street words in the singular, lower case.
    private static let streetWordForms = scalars([
        "вулиця", "вулиці", "вулицю", "вулицею", "проспект", "проспекту", "проспекті", "проспектом", "провулок", "провулку",
        "провулка", "провулком", "бульвар", "бульвару", "бульварі", "бульваром", "площа", "площі", "площу", "площею", "узвіз",
        "узвозу", "узвозі", "узвозом",
    ])

    /// Words for squares, parks and bridges that NER-UK names with their word too, as
    /// streets (`парку Герхта`, `мосту Кирпи`), but only before a person's or a place's name:
    /// `парк МВС` is a fleet. `міст` only capitalised: it is also the plural genitive of `місто`.
    private static let landmarkWordForms = scalars([
        "парк", "парку", "парком", "сквер", "скверу", "сквері", "сквером", "майдан", "майдану", "майдані", "майданом", "мосту",
        "мості", "мостом",
    ])

    /// `міст` capitalised: a bridge's name opening a sentence (`Міст Патона сполучає`); in
    /// lower case it may be the plural genitive of `місто`.
    private static let bridgeNominative = "міст".unicodeScalars.map(\.value)

    /// Applies `streetWord` to `spans`; true when something changed.
    static func streetWords(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var owner = [Int: Int]()  // token → span index
        for (k, span) in spans.enumerated() { for t in span.0 { owner[t] = k } }
        var changed = false
        var removed = Set<Int>()
        for t in 0..<input.tokenCount {
            // Cheap tests first: this runs on every token. Street and landmark words start with
            // в, п, б, у, м or с.
            let start = Int(input.starts[t])
            let length = Int(input.ends[t]) - start
            let first = ScalarText.fold(input.scalars[start])
            guard (2...9).contains(length),
                first == 0x432 || first == 0x43F || first == 0x431 || first == 0x443 || first == 0x43C || first == 0x441
            else { continue }
            let folded = word(t, input).map { ScalarText.fold($0) }
            var name = t + 1
            var isLandmark = false
            if streetWordForms.contains(folded) {
                // the word itself
            } else if landmarkWordForms.contains(folded) || (folded == bridgeNominative && isCapitalised(t, input: input)) {
                isLandmark = true
            } else if streetAbbreviations.contains(folded), t + 1 < input.tokenCount, word(t + 1, input) == [0x2E] {
                name = t + 2
            } else {
                continue
            }
            // A spaced point (`вул . Франка`) may have ended the sentence: the name's sentence counts.
            guard name < input.tokenCount, isCapitalised(name, input: input) else { continue }
            // A first name in the nominative after a street word in another case is the
            // sentence's subject: `перебігла узвозом Наталочка`.
            if name == t + 1, !streetNominatives.contains(folded), input.morphology.count == input.tokenCount,
                input.morphology[name].canBeFirstName, input.morphology[name].grammaticalCase == nominativeOnly
            {
                continue
            }
            if isLandmark {
                guard !isAcronym(name, input: input), owner[name].map({ spans[$0].1 != .organization }) ?? true else { continue }
            }
            let sentence = input.sentence(containing: name)
            // The street word alone as a span (`вул .` before an untagged `Франка`) is taken over.
            if let k = owner[t] {
                guard spans[k].0.lowerBound == t, spans[k].0.upperBound <= name, !removed.contains(k) else { continue }
                removed.insert(k)
                for u in spans[k].0 { owner[u] = nil }
            }
            var end: Int
            if let k = owner[name] {
                let (range, type) = spans[k]
                guard range.lowerBound == name, type == .person || type == .location || type == .organization else { continue }
                end = range.upperBound
                removed.insert(k)
            } else {
                // A capitalised run, with initials: `Б . Хмельницького`.
                end = name
                while end < sentence.upperBound, end - name < 5, owner[end] == nil {
                    let isInitialPoint = word(end, input) == [0x2E] && end > name && Int(input.ends[end - 1]) - Int(input.starts[end - 1]) == 1
                    guard isCapitalised(end, input: input) || isInitialPoint else { break }
                    end += 1
                }
                if end > name, word(end - 1, input) == [0x2E] { end -= 1 }
            }
            guard end > name else { continue }
            spans.append((t..<end, .location))
            for u in t..<end { owner[u] = spans.count - 1 }
            changed = true
        }
        if !removed.isEmpty { spans = spans.enumerated().filter { !removed.contains($0.offset) }.map(\.element) }
        // A range of house numbers written without spaces (`2-6`, `12-14`, `1-А`) belongs to
        // the address.
        for k in spans.indices where spans[k].1 == .location {
            let last = spans[k].0.upperBound - 1
            let dash = last + 1
            let next = last + 2
            guard next < input.tokenCount, (Int(input.starts[last])..<Int(input.ends[last])).allSatisfy({ ScalarText.isDigit(input.scalars[$0]) }),
                input.starts[dash] == input.ends[last], input.starts[next] == input.ends[dash],
                word(dash, input) == [0x2D] || word(dash, input) == [0x2013], owner[dash] == nil, owner[next] == nil
            else { continue }
            let v = input.scalars[Int(input.starts[next])]
            let length = Int(input.ends[next]) - Int(input.starts[next])
            guard ScalarText.isDigit(v) || (length == 1 && ScalarText.isLetter(v)) else { continue }
            spans[k].0 = spans[k].0.lowerBound..<(next + 1)
            changed = true
        }
        // A house number's letter written against it (`1а`, `15д`) belongs to the address.
        for k in spans.indices where spans[k].1 == .location {
            let last = spans[k].0.upperBound - 1
            let next = last + 1
            guard next < input.tokenCount, ScalarText.isDigit(input.scalars[Int(input.ends[last]) - 1]),
                input.starts[next] == input.ends[last], input.ends[next] - input.starts[next] == 1,
                ScalarText.isLetter(input.scalars[Int(input.starts[next])]), owner[next] == nil
            else { continue }
            spans[k].0 = spans[k].0.lowerBound..<(next + 1)
            changed = true
        }
        return changed
    }

    /// The conjunctions that join two names.
    private static let conjunctions: Set<[UInt32]> = Set(["та", "і", "й", "чи", "або"].map { $0.unicodeScalars.map(\.value) })

    /// Whether token `t` is one of ``conjunctions``.
    private static func isConjunction(_ t: Int, input: TaggingInput) -> Bool {
        let r = Int(input.starts[t])..<Int(input.ends[t])
        guard r.count <= 3 else { return false }
        return conjunctions.contains(r.map { input.scalars[$0] })
    }

    /// Applies `sharedSurname` to `spans`; true when something changed.
    static func joinSharedSurnames(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        var changed = false
        for i in spans.indices where spans[i].1 == .person && spans[i].0.count >= 2 {
            let right = spans[i].0
            let conjunction = right.lowerBound - 1
            let first = right.lowerBound - 2
            guard first >= 0, input.sentence(containing: first).contains(right.lowerBound),
                input.morphology[first].canBeFirstName, input.morphology[right.lowerBound].canBeFirstName,
                isCapitalised(first, input: input), isConjunction(conjunction, input: input)
            else { continue }
            let conjunctionText = (Int(input.starts[conjunction])..<Int(input.ends[conjunction])).map { input.scalars[$0] }
            guard conjunctionText.count == 1 || conjunctionText == Array("та".unicodeScalars.map(\.value)) else { continue }
            // The first name alone, or in a one-word person span of its own.
            let left = spans.indices.first { spans[$0].0.contains(first) || spans[$0].0.contains(conjunction) }
            if let left, !(spans[left].1 == .person && spans[left].0 == first..<(first + 1)) { continue }
            spans[i].0 = first..<right.upperBound
            if let left { spans.remove(at: left) }
            changed = true
            return joinSharedSurnames(&spans, input: input) || changed
        }
        return changed
    }

    /// Patronymic endings, folded.
    private static let patronymicEndings: [[UInt32]] = ["ович", "евич", "євич", "івна", "ївна", "овна", "ична"].map {
        $0.unicodeScalars.map(\.value)
    }

    /// Whether token `t` ends like a patronymic (`Василівна`, `Андрійович`).
    private static func looksLikePatronymic(_ t: Int, input: TaggingInput) -> Bool {
        let r = Int(input.starts[t])..<Int(input.ends[t])
        let folded = r.map { ScalarText.fold(input.scalars[$0]) }
        return isCapitalised(t, input: input) && patronymicEndings.contains { folded.count > $0.count + 2 && folded.suffix($0.count).elementsEqual($0) }
    }

    /// Applies `wordAfterInitials` to `spans`; true when something changed.
    static func cutWordsAfterInitials(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        var changed = false
        for i in spans.indices where spans[i].1 == .person && spans[i].0.count >= 4 {
            let r = spans[i].0
            // `X .` right before a later token of the span, and a name word before them.
            for t in (r.lowerBound + 3)..<r.upperBound {
                let point = t - 1
                let letter = t - 2
                guard input.scalars[Int(input.starts[point])] == 0x2E, input.ends[point] - input.starts[point] == 1,
                    isInitialPart(letter, input: input), input.scalars[Int(input.starts[letter])] != 0x2E,
                    isCapitalised(t, input: input), input.ends[t] - input.starts[t] > 1,
                    input.morphology[t].pos != 0, !input.morphology[t].canBeFirstName, !input.morphology[t].canBeSurname,
                    // Closing initials follow a name word; opening ones precede the surname
                    // (`В. І. Критської`, which the dictionary reads as an adjective).
                    (r.lowerBound..<letter).contains(where: { w in
                        input.ends[w] - input.starts[w] >= 2 && isCapitalised(w, input: input) && ScalarText.isLetter(input.scalars[Int(input.starts[w])])
                    })
                else { continue }
                // After a name word, the letter is the name's last part and the point ends the
                // sentence (`Ван І. Сторони обговорили`).
                let afterName = letter - 1 >= r.lowerBound && input.ends[letter - 1] - input.starts[letter - 1] >= 2
                    && isCapitalised(letter - 1, input: input) && ScalarText.isLetter(input.scalars[Int(input.starts[letter - 1])])
                spans[i].0 = r.lowerBound..<(afterName ? point : t)
                changed = true
                break
            }
        }
        return changed
    }

    /// Applies `surnameBeforeName` to `spans`; true when something changed.
    static func joinSurnamesBeforeNames(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        var changed = false
        for i in spans.indices where spans[i].1 == .person && spans[i].0.count == 2 {
            let name = spans[i].0.lowerBound
            let surname = name - 1
            guard surname >= 0, input.sentence(containing: name).contains(surname),
                input.morphology[name].canBeFirstName, looksLikePatronymic(name + 1, input: input),
                isCapitalised(surname, input: input), input.morphology[surname].canBeSurname,
                (Int(input.starts[surname])..<Int(input.ends[surname])).allSatisfy({ ScalarText.isLetter(input.scalars[$0]) })
            else { continue }
            // The surname alone, or a one-word person span of its own.
            let other = spans.indices.first { spans[$0].0.contains(surname) }
            if let other, !(spans[other].1 == .person && spans[other].0.count == 1) { continue }
            spans[i].0 = surname..<spans[i].0.upperBound
            if let other { spans.remove(at: other) }
            changed = true
            return joinSurnamesBeforeNames(&spans, input: input) || changed
        }
        return changed
    }

    /// Particles inside foreign personal names, lower case.
    static let nameParticleWords: Set<String> = [
        "фон", "дер", "ван", "де", "да", "ді", "дель", "делла", "ла", "ле", "дю", "бен", "ібн", "бін", "аль", "ель", "ду", "дос", "душ", "цу", "тер",
    ]
    private static let nameParticles = scalars(Array(nameParticleWords))
    /// The particles that may open a name at the start of a sentence; not `де` (`where`).
    private static let openingParticles = scalars(["фон", "ван"])

    /// Applies `nameParticle` to `spans`; true when something changed.
    static func joinNameParticles(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        func folded(_ t: Int) -> [UInt32] { word(t, input).map { ScalarText.fold($0) } }
        func isParticle(_ t: Int) -> Bool { isLowerCaseWord(t, input: input) && nameParticles.contains(folded(t)) }
        var changed = false
        // A person, particles, then a capitalised word untagged or a person of its own.
        var i = 0
        while i < spans.count {
            defer { i += 1 }
            guard spans[i].1 == .person else { continue }
            let sentence = input.sentence(containing: spans[i].0.lowerBound)
            var t = spans[i].0.upperBound
            while t < sentence.upperBound, t - spans[i].0.upperBound < 2, isParticle(t) { t += 1 }
            guard t > spans[i].0.upperBound, t < sentence.upperBound, isCapitalised(t, input: input) else { continue }
            let other = spans.indices.first { spans[$0].0.contains(t) }
            if let other, !(spans[other].1 == .person && spans[other].0.lowerBound == t) { continue }
            spans[i].0 = spans[i].0.lowerBound..<(other.map { spans[$0].0.upperBound } ?? t + 1)
            if let other {
                spans.remove(at: other)
                if other < i { i -= 1 }
            }
            changed = true
        }
        // `Фон дер Ляєн нагадала`: a capitalised particle opens the sentence.
        for i in spans.indices where spans[i].1 == .person {
            let sentence = input.sentence(containing: spans[i].0.lowerBound)
            var t = spans[i].0.lowerBound
            while t > sentence.lowerBound, spans[i].0.lowerBound - t < 2, isParticle(t - 1) { t -= 1 }
            guard t - 1 == sentence.lowerBound, isCapitalised(t - 1, input: input), openingParticles.contains(folded(t - 1)),
                !spans.contains(where: { $0.0.contains(t - 1) })
            else { continue }
            spans[i].0 = (t - 1)..<spans[i].0.upperBound
            changed = true
        }
        return changed
    }

    /// Whether token `t` reads as an adjective: by morphology when it ran, else by its ending.
    private static func isAdjective(_ t: Int, input: TaggingInput) -> Bool {
        if input.morphology.count == input.tokenCount { return input.morphology[t].isAdjective }
        let r = Int(input.starts[t])..<Int(input.ends[t])
        let word = String(String.UnicodeScalarView(r.compactMap { Unicode.Scalar(input.scalars[$0]) })).lowercased()
        return ["ий", "ій", "ого", "ому", "ої", "им", "их", "ім", "ська", "цька", "ську", "цьку", "ське", "цьке"]
            .contains { word.hasSuffix($0) }
    }

    /// Applies `splitCoordination` to `spans`; true when something changed.
    static func splitCoordination(
        _ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, keeping known: Set<Range<Int>> = []
    ) -> Bool {
        var changed = false
        var result: [(Range<Int>, EntityType)] = []
        for (range, type) in spans {
            guard type == .person || type == .organization || type == .location, range.count >= 3, !known.contains(range) else {
                result.append((range, type))
                continue
            }
            var start = range.lowerBound
            for c in (range.lowerBound + 1)..<(range.upperBound - 1) where c > start && isConjunction(c, input: input) {
                let next = input.scalars[Int(input.starts[c + 1])]
                let nameNext = ScalarText.isUpper(next) || ScalarText.isDigit(next) || quoteDirection(c + 1, input: input) > 0
                let leftComplete = type == .person ? c - start >= 2 : !isAdjective(c - 1, input: input)
                guard nameNext && leftComplete else { continue }
                result.append((start..<c, type))
                start = c + 1
                changed = true
            }
            result.append((start..<range.upperBound, type))
        }
        spans = result
        return changed
    }

    /// Legal forms that precede an owner's name, lower case.
    private static let legalForms = scalars(["фг", "сфг", "фоп", "пп", "спд", "фо-п"])

    /// The last two letters of token `t`, lower case: the ending adjectives agree in.
    private static func ending(_ t: Int, input: TaggingInput) -> [UInt32] {
        let r = max(Int(input.starts[t]), Int(input.ends[t]) - 2)..<Int(input.ends[t])
        return r.map { ScalarText.fold(input.scalars[$0]) }
    }

    /// Applies `namedAfter` to `spans`; true when something changed.
    static func namesBorne(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        let short: [UInt32] = "ім".unicodeScalars.map(\.value)
        let full: [UInt32] = "імені".unicodeScalars.map(\.value)
        let point: [UInt32] = [0x2E]
        var absorbed: [Range<Int>] = []
        for i in spans.indices where spans[i].1 == .organization {
            let r = spans[i].0
            let sentence = input.sentence(containing: r.lowerBound)
            func isWord(_ t: Int, _ w: [UInt32]) -> Bool { sentence.contains(t) && word(t, input) == w }
            func isFree(_ t: Int) -> Bool { !spans.contains { $0.0.contains(t) } }
            let end = r.upperBound
            var nameStart: Int
            if r.count >= 3, isWord(end - 2, short), isWord(end - 1, point) {
                nameStart = end
            } else if r.count >= 2, isWord(end - 1, full) {
                nameStart = end
            } else if isWord(end, short), isWord(end + 1, point), isFree(end) {
                nameStart = end + 2
            } else if isWord(end, full), isFree(end) {
                nameStart = end + 1
            } else {
                continue
            }
            // Initials and at most two capitalised words (`Івана Огієнка`, not the person
            // named after it), ending in a word. (Text with a space before the point, `ім .`,
            // gets a sentence break there: the name is read in its own sentence.)
            guard nameStart < input.tokenCount else { continue }
            let nameSentence = input.sentence(containing: nameStart)
            var last = -1
            var words = 0
            var k = nameStart
            var initials = false
            // After initials the surname ends the name (`імені В. Н. Каразіна Олена …`).
            while nameSentence.contains(k), words < 2, !(initials && words == 1), isInitialPart(k, input: input) || isCapitalised(k, input: input) {
                if Int(input.ends[k]) - Int(input.starts[k]) >= 2 {
                    last = k
                    words += 1
                } else if isCapitalised(k, input: input) {
                    initials = true
                }
                k += 1
            }
            // Spans inside the name (the bearer, tagged as a person or as anything else) are
            // absorbed; one that runs on past it stops the rule, unless it is a person whose
            // full name follows (`імені В. Н. Каразіна` + `Олена Мирошниченко`): it keeps that.
            guard last >= nameStart else { continue }
            let name = nameStart..<(last + 1)
            for j in spans.indices where j != i && spans[j].1 == .person && spans[j].0.lowerBound >= nameStart
                && spans[j].0.lowerBound < name.upperBound && spans[j].0.upperBound >= name.upperBound + 2
                && (name.upperBound..<spans[j].0.upperBound).allSatisfy({ isCapitalised($0, input: input) })
            {
                spans[j].0 = name.upperBound..<spans[j].0.upperBound
            }
            guard
                spans.indices.allSatisfy({ j in
                    j == i || !spans[j].0.overlaps(name) || (spans[j].0.lowerBound >= nameStart && spans[j].0.upperBound <= name.upperBound)
                })
            else { continue }
            spans[i].0 = r.lowerBound..<name.upperBound
            absorbed.append(name)
        }
        guard !absorbed.isEmpty else { return false }
        spans.removeAll { span in absorbed.contains { $0.lowerBound <= span.0.lowerBound && span.0.upperBound <= $0.upperBound } }
        return true
    }

    /// Applies `headNoun` to `spans` (needs morphology); true when something changed.
    static func headNouns(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        var covered = Set<Int>()
        for (r, _) in spans { covered.formUnion(r) }
        var changed = false
        for i in spans.indices where spans[i].1 == .organization {
            let r = spans[i].0
            let last = r.upperBound - 1
            let next = r.upperBound
            guard next < input.tokenCount, input.sentence(containing: r.lowerBound).contains(next), !covered.contains(next),
                input.morphology[last].isAdjective, ScalarText.isLetter(input.scalars[Int(input.starts[last])]),
                !input.morphology[next].isAdjective, input.morphology[next].isNoun,
                ScalarText.isLetter(input.scalars[Int(input.starts[next])]), !isCapitalised(next, input: input)
            else { continue }
            spans[i].0 = r.lowerBound..<(next + 1)
            covered.insert(next)
            changed = true
        }
        // A capitalised adjective read as a place, then lower-case adjectives and a word for a
        // hospital or a school: the institution, with the city right after it (`Першому` +
        // `медичному об'єднанні` + `Львова`, `Хмельницькій обласній лікарні`).
        var absorbed = Set<Int>()
        for i in spans.indices where spans[i].1 == .location && spans[i].0.count == 1 {
            let first = spans[i].0.lowerBound
            let sentence = input.sentence(containing: first)
            // `Першому` reads first as a noun (`перше`, the first course): its ending will do.
            let folded = word(first, input).map { ScalarText.fold($0) }
            guard isCapitalised(first, input: input),
                input.morphology[first].isAdjective || adjectiveEndings.contains(where: { folded.count > $0.count + 2 && folded.suffix($0.count).elementsEqual($0) })
            else { continue }
            var end = first + 1
            while end < sentence.upperBound && end - first < 5 && !covered.contains(end) && isLowerCaseWord(end, input: input)
                && input.morphology[end].isAdjective
            {
                end += 1
            }
            guard end < sentence.upperBound, !covered.contains(end), isLowerCaseWord(end, input: input),
                hospitalLemmas.contains(input.morphology[end].lemma) || institutionLemmas.contains(input.morphology[end].lemma)
            else { continue }
            end += 1
            if let city = spans.indices.first(where: { spans[$0].1 == .location && spans[$0].0 == end..<(end + 1) }) {
                absorbed.insert(city)
                end += 1
            }
            spans[i] = (first..<end, .organization)
            changed = true
        }
        if !absorbed.isEmpty { spans = spans.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element) }
        return changed
    }

    /// Lemmas of words for a hospital, a school or a union of them, which a capitalised
    /// adjective before them names (`Першого медичного об'єднання`).
    private static let hospitalLemmas: Set<UInt64> = lemmaAtoms(
        ["об'єднання", "лікарня", "госпіталь", "поліклініка", "клініка", "гімназія", "ліцей", "медоб'єднання"])

    /// Lemmas of common nouns that name a kind of place and take a capitalised adjective
    /// before them as its name (`Високий замок`, `Мертве море`).
    private static let landmarkLemmas: Set<UInt64> = lemmaAtoms(
        [
            "замок", "площа", "острів", "півострів", "узвіз", "море", "океан", "озеро", "лиман", "затока", "річка", "канал",
            "водосховище", "парк", "сквер", "двір", "шосе", "шлях", "тракт", "вокзал", "міст", "ліс", "пуща", "гора",
            "хребет", "долина", "урочище", "узбережжя", "край", "повіт", "губернія", "королівство", "імперія", "собор",
            "лавра", "хутір", "цвинтар", "кладовище", "сміттєзвалище", "набережна", "бульвар", "проспект", "провулок", "алея",
            "автовокзал", "мис", "слобода", "передмістя", "пустир", "капище", "божниця", "твердиня", "монастир", "вал",
            "ворота", "храм", "костел", "каплиця",
        ])

    /// Lemmas of the kinds of church that a dedication follows (`храм святих апостолів …`).
    private static let churchLemmas: Set<UInt64> = lemmaAtoms(["храм", "собор", "костел", "каплиця", "монастир", "церква"])
    /// `святого`, `святої`, `святих`, `преподобного`, folded.
    private static let saintWords = scalars(["святого", "святої", "святих", "преподобного", "преподобної"])

    /// `«` as scalars.
    private static let openingQuote = "«".unicodeScalars.map(\.value)
    /// Stems of nouns for a named work, operation or body before a name (folded).
    private static let namedWorkStems: [[UInt32]] = [
        "операці", "премі", "фільм", "концерт", "корабл", "судн", "фонд", "проєкт", "проект", "фестивал", "конкурс", "програм", "книг",
    ].map { Array($0.unicodeScalars.map(\.value)) }

    /// Forms of `міст` (a bridge), whose lemma the dictionary may read as `місто` (`міст` is
    /// also the plural genitive of `місто`); after a capitalised adjective it is the bridge.
    private static let bridgeForms = scalars(["міст", "моста", "мосту", "мостом", "мості"])

    /// The last two letters of adjectives in the oblique cases, of masculine ones, and of
    /// possessive ones (`Гербуртова`, `Перунове`, `Ясину`).
    private static let adjectiveEndings = scalars(["ий", "ій", "го", "му", "им", "ім", "ої", "ою", "ва", "ве", "ву", "на", "не", "ну"])

    /// Applies `landmarkNoun` to `spans` (needs morphology); true when something changed.
    static func landmarkNouns(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        // The dictionary may read a capitalised adjective as a surname first (`Гостинного`),
        // so an adjective's ending counts too.
        func isCapitalisedAdjective(_ t: Int) -> Bool {
            isCapitalised(t, input: input) && (input.morphology[t].isAdjective || adjectiveEndings.contains(ending(t, input: input)))
        }
        func isLandmark(_ t: Int) -> Bool {
            // A number after it makes the noun a measure: `Луганську площею 2 га` is an area.
            let numberAfter = t + 1 < input.tokenCount && ScalarText.isDigit(input.scalars[Int(input.starts[t + 1])])
            return isLowerCaseWord(t, input: input) && !numberAfter
                && (landmarkLemmas.contains(input.morphology[t].lemma) || bridgeForms.contains(word(t, input)))
        }
        var covered = coveredTokens(spans, count: input.tokenCount)
        var changed = false
        for i in spans.indices where [.person, .location, .organization, .miscellaneous].contains(spans[i].1) {
            let r = spans[i].0
            guard !r.isEmpty else { continue }
            let last = r.upperBound - 1
            // Only a whole name (`Північний міст`) is retyped from `MISC`, which NER-UK never gives a
            // landmark; not one in quotation marks or after a kind of work or operation
            // (`операція «Північний міст»`, `фонд Кримський міст`).
            if spans[i].1 == .miscellaneous {
                guard isLandmark(last), r.count >= 2, r.lowerBound > 0 else { continue }
                let before = word(r.lowerBound - 1, input).map { ScalarText.fold($0) }
                guard before != openingQuote, !namedWorkStems.contains(where: { before.starts(with: $0) }) else { continue }
            }
            // A place that runs on into `у`/`в` and a capitalised name (`Столичного шосе у
            // Голосіївському районі`) is two places.
            if spans[i].1 != .location, let noun = r.dropFirst().first(where: { !isCapitalisedAdjective($0) }), isLandmark(noun),
                noun + 2 < r.upperBound, isInOrAt(noun + 1, input: input), isCapitalised(noun + 2, input: input),
                (r.lowerBound..<noun).allSatisfy(isCapitalisedAdjective)
            {
                spans[i] = (r.lowerBound..<(noun + 1), .location)
                spans.append(((noun + 2)..<r.upperBound, .location))
                changed = true
                continue
            }
            if isLandmark(last) {
                // The tagger took the noun too but gave another type (`Гостинного двору` as ORG).
                guard spans[i].1 != .location, r.count >= 2, r.dropLast().allSatisfy(isCapitalisedAdjective) else { continue }
                spans[i].1 = .location
                changed = true
                continue
            }
            let next = r.upperBound
            guard r.allSatisfy(isCapitalisedAdjective), next < input.tokenCount, !covered[next],
                input.sentence(containing: r.lowerBound).contains(next), isLandmark(next)
            else { continue }
            spans[i] = (r.lowerBound..<(next + 1), .location)
            covered[next] = true
            changed = true
        }
        // A church's dedication belongs to it: `Гарнізонному храмі` + `святих апостолів Петра і
        // Павла`, where the tagger read the saints as persons.
        var grown: [(from: Range<Int>, to: Range<Int>)] = []
        for (r, type) in spans where type == .location {
            guard r.count >= 2, churchLemmas.contains(input.morphology[r.upperBound - 1].lemma) else { continue }
            let sentence = input.sentence(containing: r.lowerBound)
            var k = r.upperBound
            guard k < sentence.upperBound, saintWords.contains(word(k, input).map { ScalarText.fold($0) }) else { continue }
            k += 1
            // Lower-case words for the saint (`апостолів`, `великомученика`), then the names,
            // joined by `і`/`та`.
            while k < sentence.upperBound && k - r.upperBound < 4 && isLowerCaseWord(k, input: input) && !covered[k] { k += 1 }
            var end = k
            while k < sentence.upperBound, isCapitalised(k, input: input) && ScalarText.isLetter(input.scalars[Int(input.starts[k])]) {
                end = k + 1
                k += 1
                if k + 1 < sentence.upperBound, ["і", "та", "й"].map({ $0.unicodeScalars.map(\.value) }).contains(word(k, input)),
                    isCapitalised(k + 1, input: input)
                {
                    k += 1
                }
            }
            guard end > r.upperBound + 1 else { continue }
            grown.append((r, r.lowerBound..<end))
        }
        for (from, to) in grown {
            spans.removeAll { $0.0.lowerBound >= from.upperBound && $0.0.upperBound <= to.upperBound }
            if let j = spans.firstIndex(where: { $0.0 == from }) { spans[j].0 = to }
            changed = true
        }
        // A capitalised adjective tagged as a place of its own before a one-word place is part
        // of it (`Софіївська` + `Борщагівка`, `Печерською` + `Лаврою`); before a region it is
        // a town (`Вишневе` + `Київської області`).
        spans.sort { $0.0.lowerBound < $1.0.lowerBound }
        var k = 0
        while k + 1 < spans.count {
            let (a, b) = (spans[k], spans[k + 1])
            if a.1 == .location, b.1 == .location, a.0.upperBound == b.0.lowerBound, a.0.count == 1, b.0.count == 1,
                isCapitalisedAdjective(a.0.lowerBound), isCapitalised(b.0.lowerBound, input: input)
            {
                spans[k].0 = a.0.lowerBound..<b.0.upperBound
                spans.remove(at: k + 1)
                changed = true
            }
            k += 1
        }
        // Untagged: one capitalised adjective inside a sentence, then the noun (`Турову
        // божницю`). At a sentence's start the capital says nothing (`Старий замок стоїть`).
        for t in 1..<max(1, input.tokenCount - 1) where !covered[t] && !covered[t + 1] {
            guard isLandmark(t + 1), isCapitalisedAdjective(t), !isCapitalised(t - 1, input: input) else { continue }
            let sentence = input.sentence(containing: t)
            guard sentence.lowerBound < t, sentence.contains(t + 1) else { continue }
            spans.append((t..<(t + 2), .location))
            covered[t] = true
            covered[t + 1] = true
            changed = true
        }
        return changed
    }

    /// Lemmas of lower-case words for a kind of settlement or natural place, after which a
    /// name is that place.
    private static let placeKindLemmas: Set<UInt64> = lemmaAtoms(
        ["село", "селище", "містечко", "хутір", "урочище", "гора", "річка", "озеро", "острів", "мис", "смт", "авіабаза", "аеродром", "полігон",
         "база", "космодром"])

    /// Forms of `гора` whose first reading is another word's (`гори` is also `горіти`'s
    /// imperative), so that `схилі гори Піп Іван` is found without the lemma.
    private static let mountainForms = scalars(["гори", "горі", "гору", "горою"])

    /// Lemmas of lower-case words for a kind of protected area, deposit or site whose name
    /// follows in quotes (`заказника «Острів Жуків»`, `родовища «Володимирець Східне»`,
    /// `пункту пропуску «Ягодин – Дорогуськ»`).
    private static let quotedPlaceKindLemmas: Set<UInt64> = lemmaAtoms(
        ["заказник", "заповідник", "родовище", "кладовище", "цвинтар", "метро", "урочище", "болото", "парк", "сквер", "мікрорайон",
         "пропуск"])

    /// `станція`, and the words that tell a text is about the underground.
    private static let stationLemma = ScalarText.hash("l:станція")
    private static let metroLemmas: Set<UInt64> = lemmaAtoms(["метро", "метрополітен"])

    /// Lemmas of lower-case words for a kind of company whose name follows in quotes (`фірма
    /// «Київ»`, `готелі «Бориспіль»`): NER-UK annotates such names as organisations every time.
    private static let quotedOrganisationKindLemmas: Set<UInt64> = lemmaAtoms(
        [
            "компанія", "фірма", "агрофірма", "підприємство", "корпорація", "концерн", "холдинг", "товариство", "офшор",
            "завод", "комбінат", "фабрика", "банк", "готель", "депо", "ресторан", "кафе", "магазин", "супермаркет",
            "видавництво", "агенція", "агентство",
        ])

    /// Applies `afterPlaceKind` to `spans` (needs morphology); true when something changed.
    static func placesAfterKind(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        var changed = false
        // In a text about the underground, a quoted station is a place (`станцію «Університет»`);
        // elsewhere `станції «ОККО»` is a filling station's company.
        let aboutMetro = input.morphology.contains { metroLemmas.contains($0.lemma) }
        for i in spans.indices.sorted(by: { spans[$0].0.lowerBound < spans[$1].0.lowerBound }) {
            let r = spans[i].0
            guard !r.isEmpty, r.lowerBound >= 1 else { continue }
            var before = r.lowerBound - 1
            // The opening quote, inside the span or before it.
            let quoteInside = quoteDirection(r.lowerBound, input: input) == 1 || word(r.lowerBound, input) == [0x22]
            let quoteBefore = quoteDirection(before, input: input) == 1 || word(before, input) == [0x22]
            let isPlace: Bool
            if quoteInside || quoteBefore {
                if quoteBefore { before -= 1 }
                guard before >= 0, isLowerCaseWord(before, input: input) else { continue }
                // A company's name: `фірма «Київ»`, `готелі «Бориспіль»`.
                if spans[i].1 == .location || spans[i].1 == .person,
                    quotedOrganisationKindLemmas.contains(input.morphology[before].lemma)
                {
                    spans[i].1 = .organization
                    changed = true
                    continue
                }
                let lemma = input.morphology[before].lemma
                isPlace = spans[i].1 != .location
                    && (quotedPlaceKindLemmas.contains(lemma) || (aboutMetro && lemma == stationLemma)
                        // The second of two: `станції «Держпром» і «Історичний музей»`.
                        || (aboutMetro && conjunctions.contains(word(before, input)) && before >= 1
                            && quoteDirection(before - 1, input: input) == -1
                            && spans.contains { $0.1 == .location && ($0.0.upperBound == before || $0.0.upperBound == before - 1) }))
            } else if spans[i].1 == .location {
                continue
            } else {
                isPlace = (spans[i].1 == .person || spans[i].1 == .organization) && isCapitalised(r.lowerBound, input: input)
                    && isLowerCaseWord(before, input: input)
                    && (placeKindLemmas.contains(input.morphology[before].lemma)
                        || mountainForms.contains(word(before, input).map { ScalarText.fold($0) }))
            }
            guard isPlace else { continue }
            spans[i].1 = .location
            changed = true
        }
        return changed
    }

    private static let dayLemma = ScalarText.hash("l:день")
    private static let residentialComplex: [UInt32] = "ЖК".unicodeScalars.map(\.value)
    private static let buildingLemmas = lemmaAtoms(["будинок", "палац", "корпус"])
    private static let prizeLemmas = lemmaAtoms(Array(EntityRecognizer.prizeLemmas))

    /// Lemmas of verbs of winning, whose quoted object is a prize (`здобула «Золотого Дюка»`).
    private static let winningLemmas = lemmaAtoms(["здобути", "вибороти", "отримати", "присудити", "вручити"])

    /// Applies `holidayName`, `prizeName` and `buildingName` to `spans` (needs morphology); true when
    /// something changed.
    static func daysAndBuildings(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, rules: Set<Rule>) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        var covered = coveredTokens(spans, count: input.tokenCount)
        var changed = false
        for i in spans.indices {
            let r = spans[i].0
            guard !r.isEmpty, isCapitalised(r.lowerBound, input: input) else { continue }
            let lemma = input.morphology[r.lowerBound].lemma
            if word(r.lowerBound, input) == residentialComplex, r.count >= 2, spans[i].1 != .location, rules.contains(.buildingName) {
                spans[i].1 = .location
                changed = true
            } else if lemma == dayLemma, r.count >= 2, isCapitalised(r.lowerBound + 1, input: input), spans[i].1 != .miscellaneous,
                spans[i].1 != .date, rules.contains(.holidayName)
            {
                spans[i].1 = .miscellaneous
                changed = true
            } else if prizeLemmas.contains(lemma), r.count >= 2, spans[i].1 == .organization || spans[i].1 == .location,
                rules.contains(.prizeName)
            {
                spans[i].1 = .miscellaneous
                changed = true
            } else if spans[i].1 == .organization, rules.contains(.prizeName), r.lowerBound >= 2, r.upperBound < input.tokenCount,
                quoteDirection(r.lowerBound - 1, input: input) == 1, quoteDirection(r.upperBound, input: input) == -1,
                isLowerCaseWord(r.lowerBound - 2, input: input), winningLemmas.contains(input.morphology[r.lowerBound - 2].lemma)
            {
                // `здобула «Золотого Дюка»`: what is won is a prize, not a body.
                spans[i].1 = .miscellaneous
                changed = true
            } else if r.count == 1, buildingLemmas.contains(lemma), rules.contains(.buildingName) {
                let next = r.upperBound
                guard next < input.tokenCount, !covered[next], input.sentence(containing: r.lowerBound).contains(next),
                    isLowerCaseWord(next, input: input), input.morphology[next].isNoun
                else { continue }
                spans[i].0 = r.lowerBound..<(next + 1)
                covered[next] = true
                changed = true
            }
        }
        return changed
    }

    /// Whether `tokens`, a lower-case title, follow `за словами` in their sentence and end
    /// their phrase: the sentence or a punctuation mark comes next, not more of the title.
    private static func isAfterAccordingTo(_ tokens: Range<Int>, input: TaggingInput) -> Bool {
        let sentence = input.sentence(containing: tokens.lowerBound)
        guard tokens.lowerBound - 2 >= sentence.lowerBound, isLowerCaseWord(tokens.lowerBound, input: input) else { return false }
        let za = word(tokens.lowerBound - 2, input).map { ScalarText.fold($0) }
        guard za == accordingToWords.0, word(tokens.lowerBound - 1, input) == accordingToWords.1 else { return false }
        return tokens.upperBound >= sentence.upperBound || !ScalarText.isLetter(input.scalars[Int(input.starts[tokens.upperBound])])
    }

    /// `за` (folded) and `словами`.
    private static let accordingToWords = ("за".unicodeScalars.map { ScalarText.fold($0.value) }, "словами".unicodeScalars.map(\.value))

    /// Applies `neuterSubject` to `spans` (needs morphology); true when something changed.
    static func dropNeuterSubjects(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        let before = spans.count
        spans.removeAll { span in
            let next = span.0.upperBound
            guard span.1 == .person, span.0.count == 1, next < input.tokenCount,
                input.morphology[span.0.lowerBound].canBeThingNominative, input.sentence(containing: span.0.lowerBound).contains(next),
                isLowerCaseWord(next, input: input),
                input.morphology[next].transitionGroup / 2 == 2
            else { return false }
            let w = word(next, input)
            return w.count > 3 && (w.suffix(2) == neuterPast || w.suffix(4) == neuterPastReflexive)
        }
        return spans.count != before
    }

    /// Applies `commonNounOpening` to `spans` (needs morphology); true when something changed.
    static func dropCommonNounsOpeningSentences(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, stems: ContiguousArray<UInt64>) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        // Only a one-word person that opens its sentence is looked at; most documents have none.
        guard spans.contains(where: { $0.1 == .person && $0.0.count == 1 && $0.0.lowerBound == input.sentence(containing: $0.0.lowerBound).lowerBound })
        else { return false }
        // Stems the document capitalises inside a sentence (`Бога`, as a name).
        var named = Set<UInt64>()
        for k in 0..<input.sentenceCount {
            let sentence = input.sentence(k)
            for t in sentence where t > sentence.lowerBound && isCapitalised(t, input: input) { named.insert(stems[t]) }
        }
        // The first four letters of the words of full names: a surname alone that opens a
        // sentence is that person's, whatever its case (`Ігоря Табурця` … `Табурець очолював`).
        var fullNameWords = Set<[UInt32]>()
        for (r, type) in spans where type == .person && r.count >= 2 {
            for t in r { fullNameWords.insert(word(t, input).prefix(4).map { ScalarText.fold($0) }) }
        }
        let before = spans.count
        spans.removeAll { span in
            let t = span.0.lowerBound
            let atoms = input.morphology[t]
            return span.1 == .person && span.0.count == 1 && t == input.sentence(containing: t).lowerBound && !atoms.canBeFirstName
                && atoms.isNoun && atoms.nameKind != 0 && !named.contains(stems[t]) && !deityLemmas.contains(atoms.lemma)
                && !fullNameWords.contains(word(t, input).prefix(4).map { ScalarText.fold($0) })
                // A surname stays as the subject of the verb after it (`Коваль прийшов`).
                && !(atoms.canBeSurname && t + 1 < input.tokenCount && input.morphology[t + 1].transitionGroup / 2 == 2)
        }
        return spans.count != before
    }

    /// `Бог`, `Господь`: common nouns that, capitalised, name a person (NER-UK annotates them so).
    private static let deityLemmas = lemmaAtoms(["бог", "господь"])

    /// The endings of a verb in the neuter past: `-ло`, `-лося`.
    private static let neuterPast: ArraySlice<UInt32> = ArraySlice("ло".unicodeScalars.map(\.value))
    private static let neuterPastReflexive: ArraySlice<UInt32> = ArraySlice("лося".unicodeScalars.map(\.value))

    /// Applies `commonAbbreviation` to `spans`; true when something changed.
    static func dropCommonAbbreviations(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        let before = spans.count
        spans.removeAll { span in
            guard span.1 == .organization || span.1 == .location, span.0.count == 1 else { return false }
            let start = Int(input.starts[span.0.lowerBound])
            return ScalarText.isUpper(input.scalars[start])
                && commonAbbreviations.contains(foldedHash(input.scalars[start..<Int(input.ends[span.0.lowerBound])]))
        }
        return spans.count != before
    }

    /// The forms of the weekdays, folded.
    private static let weekdayForms = scalars([
        "понеділок", "понеділка", "понеділку", "вівторок", "вівторка", "вівторку", "середа", "середу", "середи", "середі",
        "четвер", "четверга", "четвергу", "п'ятниця", "п'ятницю", "п'ятниці", "субота", "суботу", "суботи", "суботі",
        "неділя", "неділю", "неділі",
    ])

    /// Applies `adjacentPersons` to `spans`; true when something changed.
    /// `places` are the tokens of places the gazetteer knows: a place before a name is left to
    /// the rules of places (`президентом Ізраїлю Шимоном Пересом`).
    static func splitAdjacentPersons(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, places: Set<Int>) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        var added: [(Range<Int>, EntityType)] = []
        for i in spans.indices where spans[i].1 == .person && spans[i].0.count >= 3 {
            let r = spans[i].0
            guard r.allSatisfy({ isCapitalised($0, input: input) && word($0, input).allSatisfy(ScalarText.isLetter) }) else { continue }
            let agreement = { (t: Int) in input.morphology[t].nounAgreement }
            // A first name with a word after it, that shares no case and gender with the word
            // before it, while the word after it does; not before a patronymic, which makes one
            // person written surname first, whatever the surname reads as (`Шабля Микита Іванович`).
            guard let split = ((r.lowerBound + 1)..<(r.upperBound - 1)).first(where: { t in
                input.morphology[t].canBeFirstName && agreement(t - 1) != 0 && agreement(t) != 0
                    && agreement(t - 1) & agreement(t) == 0 && (agreement(t + 1) == 0 || agreement(t) & agreement(t + 1) != 0)
                    && !isPatronymic(t + 1, input: input)
            }), !(r.lowerBound..<split).contains(where: places.contains) else { continue }
            spans[i].0 = r.lowerBound..<split
            added.append((split..<r.upperBound, .person))
        }
        spans += added
        return !added.isEmpty
    }

    /// Whether token `t` holds a patronymic suffix in any case (`Іванович`, `Петрівни`, `Кузьмічна`).
    private static func isPatronymic(_ t: Int, input: TaggingInput) -> Bool {
        let folded = word(t, input).map { ScalarText.fold($0) }
        return patronymicSuffixes.contains { suffix in
            folded.count >= suffix.count && (0...(folded.count - suffix.count)).contains { folded[$0..<($0 + suffix.count)].elementsEqual(suffix) }
        }
    }

    private static let patronymicSuffixes = scalars(["ович", "евич", "євич", "івн", "ївн", "ічн"])

    /// Applies `weekdayName` to `spans`; true when something changed.
    static func dropWeekdays(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        let before = spans.count
        spans.removeAll { span in
            guard span.1 == .organization || span.1 == .location || span.1 == .person, span.0.count == 1,
                isLowerCaseWord(span.0.lowerBound, input: input)
            else { return false }
            return weekdayForms.contains(word(span.0.lowerBound, input).map { ScalarText.fold($0) })
        }
        return spans.count != before
    }

    /// The forms of `глава` and of `держави`, folded.
    private static let headForms = scalars(["глава", "глави", "главі", "главу", "главою", "главо"])
    private static let stateForm = scalars(["держави"])

    /// Applies `headOfState` to `spans`; true when something changed.
    static func addHeadsOfState(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        for s in 0..<input.sentenceCount {
            let sentence = input.sentence(s)
            for t in sentence where t + 1 < sentence.upperBound {
                // `г` and five or six letters first, so that other tokens cost no copy.
                let start = Int(input.starts[t])
                let length = Int(input.ends[t]) - start
                guard length == 5 || length == 6, ScalarText.fold(input.scalars[start]) == 0x433,
                    headForms.contains(word(t, input).map { ScalarText.fold($0) }),
                    stateForm.contains(word(t + 1, input).map { ScalarText.fold($0) }),
                    !spans.contains(where: { $0.0.overlaps(t..<(t + 2)) })
                else { continue }
                spans.append((t..<(t + 2), .job))
                changed = true
            }
        }
        return changed
    }

    /// Prepositions that open a remit after an abbreviation, folded.
    private static let remitPrepositions = scalars(["з", "із", "зі", "щодо", "по"])

    /// Applies `abbreviationRemit` to `spans`; true when something changed.
    static func cutRemits(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        for i in spans.indices where spans[i].1 == .organization && spans[i].0.count > 2 {
            let first = spans[i].0.lowerBound
            let letters = word(first, input).filter(ScalarText.isLetter)
            guard letters.count > 1, letters.allSatisfy(ScalarText.isUpper),
                remitPrepositions.contains(word(first + 1, input).map { ScalarText.fold($0) })
            else { continue }
            spans[i].0 = first..<(first + 1)
            changed = true
        }
        return changed
    }

    /// Applies `surnameOfPerson` to `spans`, given every token's stem and the gazetteer's
    /// matches; true when something changed.
    static func surnamesOfPersons(
        _ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, stems: ContiguousArray<UInt64>,
        known: [(tokens: Range<Int>, type: EntityType)]
    ) -> Bool {
        var surnames = Set<UInt64>()
        for (range, type) in spans where type == .person && range.count >= 2 && isCapitalised(range.upperBound - 1, input: input) {
            surnames.insert(stems[range.upperBound - 1])
        }
        var changed = false
        for i in spans.indices where spans[i].1 == .location && spans[i].0.count == 1 {
            let t = spans[i].0.lowerBound
            guard isCapitalised(t, input: input), surnames.contains(stems[t]),
                !known.contains(where: { $0.type == .location && $0.tokens.contains(t) })
            else { continue }
            spans[i].1 = .person
            changed = true
        }
        // A surname alone that the tagger left out, its vowel back in the nominative
        // (`Ігоря Табурця` … `Табурець очолював`), when the full name's last word is its.
        let covered = surnames.isEmpty ? [] : coveredTokens(spans, count: input.tokenCount)
        for t in 0..<(surnames.isEmpty ? 0 : input.tokenCount) where !covered[t] && isCapitalised(t, input: input) {
            guard let stem = fleetingVowelStem(t, input: input), surnames.contains(stem),
                t + 1 >= input.tokenCount || !isCapitalised(t + 1, input: input)
            else { continue }
            spans.append((t..<(t + 1), .person))
            changed = true
        }
        // A first name alone that the tagger left out (`Назара Гончаренка` … `«Назар заслужив`),
        // when one full name of the document begins with it and the dictionary knows it as a
        // first name.
        if input.morphology.count == input.tokenCount {
            var fullNames: [UInt64: Set<UInt64>] = [:]
            for (range, type) in spans where type == .person && range.count == 2 && range.allSatisfy({ isCapitalised($0, input: input) }) {
                fullNames[stems[range.lowerBound], default: []].insert(stems[range.upperBound - 1])
            }
            let tagged = fullNames.isEmpty ? [] : coveredTokens(spans, count: input.tokenCount)
            for t in 0..<(fullNames.isEmpty ? 0 : input.tokenCount) where !tagged[t] && isCapitalised(t, input: input) {
                // Not a first name that is also a thing (`Роман вийшов друком`, `Віра в перемогу`).
                guard fullNames[stems[t]]?.count == 1, input.morphology[t].canBeFirstName, !input.morphology[t].canBeThingNominative,
                    t + 1 >= input.tokenCount || !isCapitalised(t + 1, input: input)
                else { continue }
                spans.append((t..<(t + 1), .person))
                changed = true
            }
        }
        // The other way round: a place of two or three capitalised words right after a title,
        // whose last word the document names alone as a person (`посол Японії в Україні` +
        // `Кунінорі Мацуда`, later `За словами Мацуди`).
        let lone = Set(spans.filter { $0.1 == .person && $0.0.count == 1 }.map { stems[$0.0.lowerBound] })
        // Where a title ends, with the places and organisations of its complement after it
        // (`посол` + `Японії` + `в` + `Україні`).
        let starts = Dictionary(spans.map { ($0.0.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
        var titleEnds = Set<Int>()
        for (r, type) in spans where type == .job {
            var end = r.upperBound
            titleEnds.insert(end)
            while true {
                var next = end
                if next < input.tokenCount, isInOrAt(next, input: input) { next += 1 }
                guard let span = starts[next], span.1 == .location || span.1 == .organization, span.0.count == 1 else { break }
                end = span.0.upperBound
                titleEnds.insert(end)
            }
        }
        for i in spans.indices where spans[i].1 == .location && (2...3).contains(spans[i].0.count) {
            let r = spans[i].0
            guard titleEnds.contains(r.lowerBound), r.allSatisfy({ isCapitalised($0, input: input) }), lone.contains(stems[r.upperBound - 1]),
                !known.contains(where: { $0.type == .location && $0.tokens.overlaps(r) })
            else { continue }
            spans[i].1 = .person
            changed = true
        }
        // A first name and a surname read as a place, with what follows (`режисерки` +
        // `Марини Степанської «Тиша»`), when the document names the surname alone as a person
        // (`Степанська`): the two words are the person, a quoted title after them is a work.
        if input.morphology.count == input.tokenCount {
            var added: [(Range<Int>, EntityType)] = []
            for i in spans.indices where spans[i].1 == .location && spans[i].0.count >= 2 {
                let r = spans[i].0
                let first = r.lowerBound
                guard isCapitalised(first, input: input), input.morphology[first].canBeFirstName, isCapitalised(first + 1, input: input),
                    lone.contains(stems[first + 1]), !known.contains(where: { $0.type == .location && $0.tokens.overlaps(r) })
                else { continue }
                let rest = (first + 2)..<r.upperBound
                spans[i] = (first..<(first + 2), .person)
                if let open = rest.first, quoteDirection(open, input: input) == 1, rest.count >= 2 {
                    var end = rest.upperBound
                    if end < input.tokenCount, quoteDirection(end, input: input) == -1, input.sentence(containing: open).contains(end) { end += 1 }
                    added.append((open..<end, .artifact))
                }
                changed = true
            }
            spans += added
        }
        return changed
    }

    /// The stem hash of token `t` less the vowel that drops out of its last syllable in the
    /// other cases (`Табурець` → the stem of `Табурця`, `Горобець` → of `Горобця`), or nil
    /// when the word has no such vowel.
    private static func fleetingVowelStem(_ t: Int, input: TaggingInput) -> UInt64? {
        let start = Int(input.starts[t])
        let end = input.scalars.withUnsafeBufferPointer { Stemmer.stemEnd($0, start..<Int(input.ends[t])) }
        guard end - start >= 5, [0x435, 0x43E].contains(ScalarText.fold(input.scalars[end - 2])),
            ScalarText.isLetter(input.scalars[end - 1]), !"аеєиіїоуюя".unicodeScalars.contains(where: { $0.value == ScalarText.fold(input.scalars[end - 1]) })
        else { return nil }
        // The stem hash (``Stemmer/stemHash(_:_:)``) of the word without that vowel, built in place.
        var h = ScalarText.step(ScalarText.seed, 2)
        for k in start..<(end - 2) { h = ScalarText.step(h, ScalarText.fold(input.scalars[k])) }
        return ScalarText.finish(ScalarText.step(h, ScalarText.fold(input.scalars[end - 1])))
    }

    /// Applies `initialsPerson` to `spans`; true when something changed.
    static func initialsPersons(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        for i in spans.indices where spans[i].1 == .location && (3...5).contains(spans[i].0.count) {
            let r = spans[i].0
            let initials = r.dropLast()
            // Letter, point, (letter, point,) word.
            guard initials.count % 2 == 0, initials.allSatisfy({ isInitialPart($0, input: input) }),
                initials.enumerated().allSatisfy({ ($0.offset % 2 == 1) == (word($0.element, input) == [0x2E]) }),
                isCapitalised(r.upperBound - 1, input: input)
            else { continue }
            if r.lowerBound > 0 {
                var before = r.lowerBound - 1
                if word(before, input) == [0x2E] && before > 0 { before -= 1 }
                let folded = word(before, input).map { ScalarText.fold($0) }
                if streetWordForms.contains(folded) || streetAbbreviations.contains(folded) { continue }
            }
            spans[i].1 = .person
            changed = true
        }
        return changed
    }

    /// Applies `weaponName` to `spans`, given every token's stem; true when something changed.
    static func weapons(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, stems: ContiguousArray<UInt64>) -> Bool {
        retype(&spans, listedIn: weaponNames, to: .artifact, input: input, stems: stems) {
            [.organization, .location, .miscellaneous].contains($0)
        }
    }

    /// Gives `type` to every span that `isRetyped` accepts and whose words are a name of
    /// `names`; true when something changed.
    private static func retype(
        _ spans: inout [(Range<Int>, EntityType)], listedIn names: ListedNames, to type: EntityType, input: TaggingInput,
        stems: ContiguousArray<UInt64>, when isRetyped: (EntityType) -> Bool
    ) -> Bool {
        var changed = false
        // A span may hold quotes and hyphens besides the words.
        let longest = names.longest + 4
        for i in spans.indices where spans[i].1 != type && isRetyped(spans[i].1) && (1...longest).contains(spans[i].0.count) {
            guard names.contains(nameStems(spans[i].0, input: input, stems: stems)) else { continue }
            spans[i].1 = type
            changed = true
        }
        return changed
    }

    /// The stems of the words (tokens that begin with a letter or digit) of `range`: the key
    /// of ``ListedNames``, so that `«Іскандери»` and `Іскандер` share one.
    static func nameStems(_ range: Range<Int>, input: TaggingInput, stems: ContiguousArray<UInt64>) -> [UInt64] {
        range.filter { t in
            let v = input.scalars[Int(input.starts[t])]
            return ScalarText.isLetter(v) || ScalarText.isDigit(v)
        }.map { stems[$0] }
    }

    /// The names listed in a resource file, as stem keys (``nameStems``), so that every
    /// inflected form matches: `«Іскандери»` and `Іскандер` share one.
    struct ListedNames: Sendable {
        let keys: Set<[UInt64]>
        /// The first stems of the keys, checked before a whole key.
        let firstStems: Set<UInt64>
        /// The most words a name has.
        let longest: Int
        /// Each key's name as the file spells it (the first line with that key).
        let spellings: [[UInt64]: String]

        /// The names of `file` in `Resources`, each tokenised as text is; none when the file is
        /// unreadable.
        init(file: String) {
            var spellings: [[UInt64]: String] = [:]
            for name in listedWords(file) {
                let input = TextSegmentation.input(for: name)
                let key = nameStems(0..<input.tokenCount, input: input, stems: tokenStems(input))
                if spellings[key] == nil { spellings[key] = name }
            }
            self.spellings = spellings
            keys = Set(spellings.keys)
            firstStems = Set(keys.compactMap(\.first))
            longest = keys.map(\.count).max() ?? 0
        }

        /// The listed spelling of the name whose words are `words` (`Сил оборони` → `Сили
        /// оборони`), or nil.
        func spelling(of words: [String]) -> String? {
            let key = words.compactMap { word -> UInt64? in
                let values = ContiguousArray(word.unicodeScalars.map(\.value))
                guard let first = values.first, ScalarText.isLetter(first) || ScalarText.isDigit(first) else { return nil }
                return values.withUnsafeBufferPointer { Stemmer.stemHash($0, 0..<$0.count) }
            }
            return contains(key) ? spellings[key] : nil
        }

        func contains(_ key: [UInt64]) -> Bool {
            guard let first = key.first, firstStems.contains(first) else { return false }
            return keys.contains(key)
        }

        /// The longest listed name of words that starts at token `t` inside `sentence`, using
        /// only tokens that `usable` allows; nil when none does.
        func longestOccurrence(
            at t: Int, in sentence: Range<Int>, input: TaggingInput, stems: ContiguousArray<UInt64>, usable: (Int) -> Bool = { _ in true }
        ) -> Range<Int>? {
            var found: Range<Int>?
            var end = t + 1
            while end <= min(sentence.upperBound, t + longest) {
                if usable(end - 1), contains((t..<end).map { stems[$0] }) { found = t..<end }
                guard end < sentence.upperBound, usable(end), ScalarText.isLetter(input.scalars[Int(input.starts[end])]) else { break }
                end += 1
            }
            return found
        }
    }

    /// Stem keys of weapon systems (`Resources/weapon-names.txt`, tokenised as text is; empty
    /// when unreadable).
    static let weaponNames = ListedNames(file: "weapon-names.txt")

    /// Stem keys of the names in `Resources/place-names.txt` (empty when unreadable).
    static let placeNames = ListedNames(file: "place-names.txt")

    /// Stem keys of the names in `Resources/organisation-names.txt` (empty when unreadable).
    static let organisationNames = ListedNames(file: "organisation-names.txt")

    /// Stems of parliaments named by one word, which the tagger runs into the name of their
    /// speaker after the title (`маршалком Сейму Влодзімєжем Чажастим`).
    static let parliamentStems: Set<UInt64> = Set(
        ["Сейм", "Бундестаг", "Кнесет", "Сенат", "Конгрес", "Стортинг", "Риксдаг", "Меджліс"].map(NameNormalizer.stemHash))

    /// Applies `honoraryTitle`; true when something changed.
    static func splitHonoraryTitles(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        let hero = Array("геро".unicodeScalars.map(\.value))
        let ukraine = scalars(["україни"])
        var changed = false
        let streets = ["вулиц", "проспект", "площ", "бульвар", "провул", "набережн"].map { Array($0.unicodeScalars.map(\.value)) }
        for i in spans.indices where spans[i].0.count == 2 && spans[i].1 != .job && spans[i].1 != .location {
            let r = spans[i].0
            // Not a street's name (`проспекті Героїв України`).
            if r.lowerBound > 0, case let before = word(r.lowerBound - 1, input).map({ ScalarText.fold($0) }), streets.contains(where: { before.starts(with: $0) }) { continue }
            let first = word(r.lowerBound, input).map { ScalarText.fold($0) }
            guard first.starts(with: hero), first.count <= 7, ukraine.contains(word(r.lowerBound + 1, input).map { ScalarText.fold($0) }) else { continue }
            spans[i] = (r.lowerBound..<r.lowerBound + 1, .job)
            spans.append((r.lowerBound + 1..<r.upperBound, .location))
            changed = true
        }
        return changed
    }

    /// Applies `knownOrganisation` to `spans`; true when something changed.
    static func knownOrganisations(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, stems: ContiguousArray<UInt64>) -> Bool {
        // `маршалком Сейму Влодзімєжем Чажастим`: a person span that opens with a parliament
        // and goes on with two capitalised words or more is the parliament and the person.
        var split = false
        for i in spans.indices where spans[i].1 == .person && spans[i].0.count >= 3 {
            let span = spans[i].0
            // The person's first word is a name, not an abbreviation (`Сенаті США Чак Шумер`).
            guard parliamentStems.contains(stems[span.lowerBound]),
                (span.lowerBound + 1..<span.upperBound).allSatisfy({ isCapitalised($0, input: input) }),
                !isAcronym(span.lowerBound + 1, input: input)
            else { continue }
            spans[i] = (span.lowerBound + 1..<span.upperBound, .person)
            spans.append((span.lowerBound..<span.lowerBound + 1, .organization))
            split = true
        }
        return listedOccurrences(&spans, of: organisationNames, as: .organization, input: input, stems: stems) || split
    }

    /// Makes every occurrence of a name from `names` of `minimumWords` words or more that opens
    /// with a capital one span of `type`, taking in the spans inside it; true when something changed.
    static func listedOccurrences(
        _ spans: inout [(Range<Int>, EntityType)], of names: ListedNames, as type: EntityType, minimumWords: Int = 1, input: TaggingInput,
        stems: ContiguousArray<UInt64>
    ) -> Bool {
        guard names.longest > 0 else { return false }
        var changed = false
        var t = 0
        while t < input.tokenCount {
            guard names.firstStems.contains(stems[t]), isCapitalised(t, input: input) else {
                t += 1
                continue
            }
            let found = names.longestOccurrence(at: t, in: input.sentence(containing: t), input: input, stems: stems)
            guard let name = found, name.count >= minimumWords,
                // Not when a span runs across its edge (a longer name that holds it).
                !spans.contains(where: { $0.0.overlaps(name) && ($0.0.lowerBound < name.lowerBound || $0.0.upperBound > name.upperBound) })
            else {
                t += 1
                continue
            }
            if !spans.contains(where: { $0.0 == name && $0.1 == type }) {
                spans.removeAll { $0.0.lowerBound >= name.lowerBound && $0.0.upperBound <= name.upperBound }
                spans.append((name, type))
                changed = true
            }
            t = name.upperBound
        }
        return changed
    }

    /// Stem keys of the titles in `Resources/listed-titles.txt` (empty when unreadable).
    static let listedTitles = ListedNames(file: "listed-titles.txt")

    /// Splits the person span `i` at token `end` into the title before it and the person
    /// after it (`Адвокатка` | `Гончарук`); the person is appended.
    private static func splitTitle(_ spans: inout [(Range<Int>, EntityType)], _ i: Int, at end: Int) {
        let person = end..<spans[i].0.upperBound
        spans[i] = (spans[i].0.lowerBound..<end, .job)
        spans.append((person, .person))
    }

    /// Puts `run` into `spans` as one span of `type`; the spans it overlaps keep their words
    /// outside it, with the type `restType` gives them (their own unless it says otherwise).
    private static func carve(
        _ run: Range<Int>, as type: EntityType, into spans: inout [(Range<Int>, EntityType)],
        restType: (Range<Int>, EntityType) -> EntityType = { $1 }
    ) {
        var kept: [(Range<Int>, EntityType)] = []
        for (r, own) in spans {
            guard r.overlaps(run) else {
                kept.append((r, own))
                continue
            }
            if r.lowerBound < run.lowerBound { kept.append((r.lowerBound..<run.lowerBound, restType(r.lowerBound..<run.lowerBound, own))) }
            if r.upperBound > run.upperBound { kept.append((run.upperBound..<r.upperBound, restType(run.upperBound..<r.upperBound, own))) }
        }
        kept.append((run, type))
        spans = kept
    }

    /// The capitalised titles of `listedTitle`: a listed title of three words or more that a
    /// person or organisation runs into (`Ольгу Стефанішину Надзвичайним і Повноважним Послом
    /// України`) is a title, and the names keep their words outside it.
    static func capitalisedTitles(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, stems: ContiguousArray<UInt64>) -> Bool {
        guard listedTitles.longest > 0 else { return false }
        var changed = false
        var t = 0
        while t < input.tokenCount {
            guard listedTitles.firstStems.contains(stems[t]), isCapitalised(t, input: input),
                let title = listedTitles.longestOccurrence(at: t, in: input.sentence(containing: t), input: input, stems: stems),
                title.count >= 3, spans.contains(where: { $0.0.overlaps(title) && $0.1 != .job })
            else {
                t += 1
                continue
            }
            // What is left of an organisation may be a country (`… Послом` + `України`).
            carve(title, as: .job, into: &spans) { rest, type in
                type == .organization && countryNames.contains(nameStems(rest, input: input, stems: stems)) ? .location : type
            }
            // Or a state and where the envoy serves (`… Посол` + `Французької Республіки в
            // Україні`): the state's name (a place when it is a country's), and the place.
            if let i = spans.firstIndex(where: { $0.0.lowerBound == title.upperBound && $0.1 == .organization }) {
                let rest = spans[i].0
                // Not an acronym (`Посол ЄС в Україні`): NER-UK types those either way.
                if let at = rest.dropFirst().first(where: { inPrepositions.contains(word($0, input)) }), at + 1 < rest.upperBound,
                    (rest.lowerBound..<at).allSatisfy({ isCapitalised($0, input: input) && !isAcronym($0, input: input) }),
                    (at + 1..<rest.upperBound).allSatisfy({ isCapitalised($0, input: input) })
                {
                    let state = rest.lowerBound..<at
                    spans[i] = (state, countryNames.contains(nameStems(state, input: input, stems: stems)) ? .location : .organization)
                    spans.append(((at + 1)..<rest.upperBound, .location))
                }
            }
            changed = true
            t = title.upperBound
        }
        return changed
    }

    /// Applies `listedTitle` to `spans`; true when something changed.
    static func addListedTitles(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, stems: ContiguousArray<UInt64>) -> Bool {
        guard listedTitles.longest > 0 else { return false }
        // A person that opens its sentence with a listed title is the title and a person
        // (`Адвокатка Гончарук Світлана Мороз заявила`).
        var split = false
        for i in spans.indices where spans[i].1 == .person && spans[i].0.count >= 2 {
            let r = spans[i].0
            guard r.lowerBound == input.sentence(containing: r.lowerBound).lowerBound else { continue }
            guard let end = (r.lowerBound + 1..<r.upperBound).last(where: { listedTitles.contains(nameStems(r.lowerBound..<$0, input: input, stems: stems)) })
            else { continue }
            splitTitle(&spans, i, at: end)
            split = true
        }
        // A person that is a listed title and nothing else is the title (`заявила
        // Уповноважена у справах … Маргарита Сокоренко`).
        // Only before a person: `Винара` (also the title `винар`) is a surname in `За словами Винара`.
        for i in spans.indices where spans[i].1 == .person && listedTitles.contains(nameStems(spans[i].0, input: input, stems: stems)) {
            let end = spans[i].0.upperBound
            let sentence = input.sentence(containing: spans[i].0.lowerBound)
            guard spans.contains(where: { $0.1 == .person && $0.0.lowerBound > end && $0.0.lowerBound <= min(sentence.upperBound, end + 9) })
            else { continue }
            spans[i].1 = .job
            split = true
        }
        var covered = [Bool](repeating: false, count: input.tokenCount)
        var name = [EntityType?](repeating: nil, count: input.tokenCount)
        for (r, type) in spans {
            for t in r {
                covered[t] = true
                name[t] = type
            }
        }
        // Whether a person follows `end` across at most eight tokens of organisations, places,
        // lower-case words and quotation marks (`віцепрем'єрка з питань європейської
        // інтеграції Ольга Стефанішина`, `речниця МЗС Катерина Смілянська`).
        func personFollows(_ end: Int, in sentence: Range<Int>) -> Bool {
            var t = end
            while t < min(sentence.upperBound, end + 9) {
                if name[t] == .person { return true }
                let v = input.scalars[Int(input.starts[t])]
                // A comma right after the title sets off the person it names (`депутатки, Ірина`).
                let passable = name[t] == .organization || name[t] == .location
                    || (name[t] == nil && (isLowerCaseWord(t, input: input) || v == 0xAB || v == 0xBB || v == 0x22))
                    || (t == end && v == 0x2C)
                if !passable { return false }
                t += 1
            }
            return false
        }
        var added: [Range<Int>] = []
        var t = 0
        while t < input.tokenCount {
            defer { t += 1 }
            guard !covered[t], listedTitles.firstStems.contains(stems[t]) else { continue }
            let sentence = input.sentence(containing: t)
            var title: Range<Int>?
            var end = t + 1
            while end <= min(sentence.upperBound, t + listedTitles.longest + 2), !covered[end - 1] {
                // A title ends in a word, not in the comma after it (`За словами депутатки,`).
                if ScalarText.isLetter(input.scalars[Int(input.starts[end - 1])]),
                    listedTitles.contains(nameStems(t..<end, input: input, stems: stems))
                {
                    title = t..<end
                }
                end += 1
            }
            // Or after `за словами`, ending its phrase (`За словами депутатки, …`), as
            // `accordingToTitle` reads the gazetteer's titles.
            guard let title, personFollows(title.upperBound, in: sentence) || isAfterAccordingTo(title, input: input) else { continue }
            added.append(title)
            t = title.upperBound - 1
        }
        for title in added { spans.append((title, .job)) }
        return split || !added.isEmpty
    }

    /// Stems of the adjectives of a settlement's head: `міський`, `сільський`, `селищний`, folded.
    private static let settlementAdjectiveStems = ["міськ", "сільськ", "селищн"].map { $0.unicodeScalars.map(\.value) }
    /// `головний` (chief), which the tagger leaves out of a title it does not know (`Головний тренер`).
    private static let chiefStem = "головн".unicodeScalars.map(\.value)
    /// `генеральний` (general), likewise (`генеральна директорка музею`).
    private static let generalStem = "генеральн".unicodeScalars.map(\.value)
    private static let headStem = "голов".unicodeScalars.map(\.value)

    /// Applies `settlementHead` to `spans`; true when something changed.
    static func settlementHeads(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        for i in spans.indices where spans[i].1 == .job {
            let first = spans[i].0.lowerBound
            let before = first - 1
            // The adjective may open the sentence: `Сільський голова … Людмила Ковальчук`.
            guard before >= 0, input.sentence(containing: first).contains(before),
                isLowerCaseWord(before, input: input) || (before == input.sentence(containing: first).lowerBound && ScalarText.isLetter(input.scalars[Int(input.starts[before])])),
                !spans.contains(where: { $0.0.contains(before) })
            else { continue }
            let adjective = word(before, input).map { ScalarText.fold($0) }
            let head = word(first, input).map({ ScalarText.fold($0) }).starts(with: headStem)
            // `головний` before a title (`головна лікарка центру`), a settlement's adjective before `голова`.
            let chief = (adjective.starts(with: chiefStem) || adjective.starts(with: generalStem)) && !head
            guard chief || (head && settlementAdjectiveStems.contains(where: { adjective.starts(with: $0) })) else { continue }
            spans[i].0 = before..<spans[i].0.upperBound
            changed = true
        }
        return changed
    }

    /// Stem keys of the names in `Resources/event-names.txt` (empty when unreadable).
    static let eventNames = ListedNames(file: "event-names.txt")

    /// Stem keys of the countries of the tagger's gazetteer (empty when unreadable).
    static let countryNames = ListedNames(file: "Gazetteers/countries.txt")

    /// Applies `eventName` to `spans`; true when something changed.
    static func events(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, stems: ContiguousArray<UInt64>) -> Bool {
        let retyped = retype(&spans, listedIn: eventNames, to: .miscellaneous, input: input, stems: stems) { _ in true }
        // A name of two words or more the tagger took in part (`Лізі` of `Лізі чемпіонів`, as a person).
        let completed = listedOccurrences(&spans, of: eventNames, as: .miscellaneous, minimumWords: 2, input: input, stems: stems)
        // A name headed by a lower-case word for a contest is the contest's (`Міжнародній
        // хімічній олімпіаді`, `Всеукраїнському турнірі`, `Національного відбору`), not a body's or a place's.
        var contests = false
        let heads = ["олімпіад", "чемпіонат", "турнір", "першіст", "відбір", "відбор", "конкурс"].map { Array($0.unicodeScalars.map(\.value)) }
        for i in spans.indices where (spans[i].1 == .organization || spans[i].1 == .location) && spans[i].0.count >= 2 {
            let last = spans[i].0.upperBound - 1
            let w = word(last, input).map { ScalarText.fold($0) }
            guard isLowerCaseWord(last, input: input), heads.contains(where: { w.starts(with: $0) }) else { continue }
            spans[i].1 = .miscellaneous
            contests = true
        }
        return retyped || completed || contests
    }

    /// Applies `knownPlace` to `spans`; true when something changed.
    static func knownPlaces(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, stems: ContiguousArray<UInt64>) -> Bool {
        var changed = retype(&spans, listedIn: placeNames, to: .location, input: input, stems: stems) { _ in true }
        // A country read as an organisation after a title (`міністром оборони Великої
        // Британії`) is a country: NER-UK makes `України`, `Росії`, `США`, `Польщі` … places
        // 242 times and organisations twice. Not a quoted name (`готель «Україна»`), nor one with a quote beside it.
        for i in spans.indices where spans[i].1 == .organization {
            let r = spans[i].0
            guard !r.contains(where: { quoteDirection($0, input: input) != 0 }),
                r.lowerBound == 0 || quoteDirection(r.lowerBound - 1, input: input) == 0,
                r.upperBound >= input.tokenCount || quoteDirection(r.upperBound, input: input) == 0
            else { continue }
            if countryNames.contains(nameStems(r, input: input, stems: stems)) {
                spans[i].1 = .location
                changed = true
            }
        }
        // A country the tagger took into the name after it (`міністром оборони Фінляндії Антті
        // Хяккяненом` as one person): the country is a place of its own, as NER-UK annotates
        // a country after a title more often than inside it, and the rest the person.
        var split: [(Range<Int>, EntityType)] = []
        for i in spans.indices where spans[i].1 == .person && spans[i].0.count >= 3 {
            let r = spans[i].0
            guard countryNames.contains([stems[r.lowerBound]]), isCapitalised(r.lowerBound + 1, input: input) else { continue }
            spans[i].0 = (r.lowerBound + 1)..<r.upperBound
            split.append((r.lowerBound..<(r.lowerBound + 1), .location))
            changed = true
        }
        spans += split
        var covered = coveredTokens(spans, count: input.tokenCount)
        // Names the tagger left out: words only, each capitalised or the lower-case noun of a
        // listed name (`Софійська площа`), inside one sentence.
        var t = 0
        while t < input.tokenCount {
            guard !covered[t], placeNames.firstStems.contains(stems[t]), isCapitalised(t, input: input) else {
                t += 1
                continue
            }
            let found = placeNames.longestOccurrence(at: t, in: input.sentence(containing: t), input: input, stems: stems) { !covered[$0] }
            if let found {
                spans.append((found, .location))
                for u in found { covered[u] = true }
                changed = true
                t = found.upperBound
            } else {
                t += 1
            }
        }
        return changed
    }

    /// Forms of `район` and `область` (with their abbreviations) that end a district's or a
    /// region's name.
    private static let districtWords = scalars(["району", "районі", "район", "районом", "р-ну", "р-н"])
    private static let regionWords = scalars(["області", "область", "областю", "обл"])

    /// Applies `districtOfRegion` to `spans`; true when something changed.
    static func splitDistricts(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var added: [(Range<Int>, EntityType)] = []
        for i in spans.indices where spans[i].1 == .location && spans[i].0.count >= 4 {
            let r = spans[i].0
            guard regionWords.contains(word(r.upperBound - 1, input).map { ScalarText.fold($0) }),
                let district = r.dropLast().first(where: { districtWords.contains(word($0, input).map { ScalarText.fold($0) }) }),
                district + 2 < r.upperBound, isCapitalised(district + 1, input: input)
            else { continue }
            spans[i].0 = r.lowerBound..<(district + 1)
            added.append(((district + 1)..<r.upperBound, .location))
        }
        // A place never runs on past `у`/`в` into another (`Петриківка в Дніпропетровській
        // області`).
        for i in spans.indices where spans[i].1 == .location && spans[i].0.count >= 3 {
            let r = spans[i].0
            guard let cut = r.dropFirst().dropLast().first(where: { isInOrAt($0, input: input) }),
                isCapitalised(cut + 1, input: input)
            else { continue }
            spans[i].0 = r.lowerBound..<cut
            added.append(((cut + 1)..<r.upperBound, .location))
        }
        spans.append(contentsOf: added)
        return !added.isEmpty
    }

    /// Lemmas of lower-case nouns for areas, which end a place's name (`Київської області`).
    private static let areaLemmas: Set<UInt64> = lemmaAtoms(
        ["область", "район", "округ", "повіт", "губернія", "громада", "сільрада", "регіон", "держава", "республіка", "земля"])

    /// Applies `placeTail` to `spans` (needs morphology); true when something changed.
    static func placeTails(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        // A dateline's place ends before its date: `Вінниця, 15 лютого (Укрінформ)`.
        for i in spans.indices where spans[i].1 == .location && spans[i].0.count >= 4 {
            let r = spans[i].0
            for t in (r.lowerBound + 1)..<(r.upperBound - 2) where word(t, input) == [0x2C] {
                guard ScalarText.isDigit(input.scalars[Int(input.starts[t + 1])]),
                    monthsGenitive.contains(word(t + 2, input).map { ScalarText.fold($0) })
                else { continue }
                spans[i].0 = r.lowerBound..<t
                changed = true
                break
            }
        }
        guard input.morphology.count == input.tokenCount else { return changed }
        for i in spans.indices where spans[i].1 == .location && spans[i].0.count >= 2 {
            let r = spans[i].0
            let last = r.upperBound - 1
            let before = last - 1
            guard isLowerCaseWord(last, input: input), isCapitalised(before, input: input) else { continue }
            let atoms = input.morphology[last]
            let group = atoms.transitionGroup / 2
            let isConjunction = group == 3 || group == 4
            // After an adjective the noun is the head (`Південному мікрорайоні`, `Чорне багно`).
            let afterAdjective = input.morphology[before].isAdjective || adjectiveEndings.contains(ending(before, input: input))
            let isCommonNoun = atoms.isNoun && !afterAdjective && !landmarkLemmas.contains(atoms.lemma)
                && !areaLemmas.contains(atoms.lemma) && !buildingLemmas.contains(input.morphology[r.lowerBound].lemma)
            guard isConjunction || isCommonNoun else { continue }
            spans[i].0 = r.lowerBound..<last
            changed = true
        }
        // `в новозеландському Окленді американку`: a word for a nationality after a capitalised
        // noun is no part of an organisation's name (the object of the verb before); the noun
        // alone, after `в`/`у` and an adjective in the locative, is a town.
        for i in spans.indices where spans[i].1 == .organization && spans[i].0.count == 2 {
            let r = spans[i].0
            let last = r.upperBound - 1
            let tail = word(last, input).map { ScalarText.fold($0) }
            guard isCapitalised(r.lowerBound, input: input), isLowerCaseWord(last, input: input),
                !input.morphology[r.lowerBound].isAdjective, nationalityStems.contains(where: { tail.starts(with: $0) })
            else { continue }
            spans[i].0 = r.lowerBound..<last
            let adjective = r.lowerBound - 1
            if adjective >= 1, isLowerCaseWord(adjective, input: input), inPrepositions.contains(word(adjective - 1, input)),
                locativeAdjectiveEndings.contains(where: { ending in
                    let w = word(adjective, input)
                    return w.count > ending.count + 2 && w.suffix(ending.count).elementsEqual(ending)
                })
            {
                spans[i].1 = .location
            }
            changed = true
        }
        // `в італійському Мілані`: one capitalised word after `в`/`у` and a place adjective in the
        // locative (`-ському`, `-цькому`, `-ській`) is a town, though it may be a first name.
        for i in spans.indices where spans[i].1 == .person && spans[i].0.count == 1 {
            let adjective = spans[i].0.lowerBound - 1
            guard adjective >= 1, isLowerCaseWord(adjective, input: input), inPrepositions.contains(word(adjective - 1, input)),
                placeAdjectiveLocativeEndings.contains(where: { ending in
                    let w = word(adjective, input)
                    return w.count > ending.count + 2 && w.suffix(ending.count).elementsEqual(ending)
                })
            else { continue }
            spans[i].1 = .location
            changed = true
        }
        return changed
    }

    /// Endings of adjectives of places in the locative (`італійському`, `німецькому`, `польській`).
    private static let placeAdjectiveLocativeEndings: [[UInt32]] = ["ському", "цькому", "зькому", "ській", "цькій", "зькій"].map {
        Array($0.unicodeScalars.map(\.value))
    }

    /// Stems of nouns for a woman or man of a nation (folded): `американку`, `француза`.
    private static let nationalityStems: [[UInt32]] = [
        "американ", "француз", "францужен", "німкен", "німц", "німець", "британ", "італій", "італієц", "іспан", "японк", "японц",
        "японец", "канадій", "канадієц", "норвеж", "швед", "фінк", "фінн", "поляк", "польк", "українк", "українц", "українец",
        "чешк", "австрій", "австралій", "китаянк", "китаєц", "китайц", "росіян", "білорус", "румун", "угорк", "угорц", "грузин",
        "литовк", "литовц", "латвійк", "латвійц", "естонк", "естонц", "бельгійк", "бельгійц", "швейцарк", "швейцарц",
        "хорватк", "сербк", "словачк", "словенк", "болгарк", "турчанк", "аргентинк", "бразилійк",
    ].map { Array($0.unicodeScalars.map(\.value)) }

    /// Endings of adjectives in the locative (`новозеландському`, `шведській`).
    private static let locativeAdjectiveEndings: [[UInt32]] = ["ому", "ій"].map { Array($0.unicodeScalars.map(\.value)) }

    /// The months in the genitive, as a date names them (`15 лютого`).
    private static let monthsGenitive = scalars([
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
    ])

    /// Lemmas of institutions named with their field after them (`театр опери та балету`).
    private static let institutionLemmas: Set<UInt64> = lemmaAtoms(
        ["театр", "музей", "інститут", "університет", "академія", "бібліотека", "школа", "консерваторія", "галерея", "коледж"])

    /// Lemmas of schools, which may name whom they are for (`ліцей для обдарованих дітей`).
    private static let schoolLemmas: Set<UInt64> = lemmaAtoms(["ліцей", "школа", "гімназія", "інтернат", "центр", "коледж"])

    /// Applies `remitList` to `spans` (needs morphology); true when something changed.
    static func remitLists(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        let comma: [UInt32] = [0x2C]
        let conjunctions = scalars(["та", "і", "й"])
        // A lower-case noun or adjective that may be genitive, or an abbreviation (`ЖКГ`).
        func isRemitWord(_ t: Int) -> Bool {
            guard ScalarText.isLetter(input.scalars[Int(input.starts[t])]) else { return false }
            if isAcronym(t, input: input) { return true }
            let atoms = input.morphology[t]
            return isLowerCaseWord(t, input: input) && atoms.transitionGroup / 2 <= 1 && atoms.transitionGroup % 2 == 1
        }
        func isNounEnd(_ t: Int) -> Bool { isAcronym(t, input: input) || input.morphology[t].isNoun }
        /// The end of an item of one to four remit words from `t` that ends in a noun, or nil.
        func item(from t: Int, in sentence: Range<Int>) -> Int? {
            var end = t
            while end < sentence.upperBound && end - t < 4 && isRemitWord(end) { end += 1 }
            while end > t && !isNounEnd(end - 1) { end -= 1 }
            return end > t ? end : nil
        }
        var changed = false
        // An institution's field after it: `Одеському театрі` + `опери та балету`, `Київської
        // школи` + `економіки` (lower-case genitives, one `та`/`і` among them); so where the
        // name took in the field's first word (`Одеському театрі опери` + `та балету`).
        for i in spans.indices where spans[i].1 == .organization || spans[i].1 == .location {
            let r = spans[i].0
            var last = r.upperBound - 1
            while last > r.lowerBound + 1, isLowerCaseWord(last, input: input), isRemitWord(last),
                !institutionLemmas.contains(input.morphology[last].lemma)
            {
                last -= 1
            }
            guard r.count >= 2, isLowerCaseWord(last, input: input), institutionLemmas.contains(input.morphology[last].lemma),
                isCapitalised(r.lowerBound, input: input)
            else { continue }
            let sentence = input.sentence(containing: last)
            // An action noun is what is done to the institution, not its field: `університету`
            // + `застосування процедури`.
            if last == r.upperBound - 1, r.upperBound < sentence.upperBound, input.morphology[r.upperBound].isNoun {
                let next = word(r.upperBound, input).map { ScalarText.fold($0) }
                if next.count > 4 && (next.suffix(3) == Array("ння".unicodeScalars.map(\.value)) || next.suffix(3) == Array("ття".unicodeScalars.map(\.value))) {
                    continue
                }
            }
            var end = r.upperBound
            var joined = false
            while end < sentence.upperBound && end - r.upperBound < 5 && spans.allSatisfy({ !$0.0.contains(end) }) {
                let w = word(end, input).map { ScalarText.fold($0) }
                if !joined && conjunctions.contains(w) && end > last + 1 && end + 1 < sentence.upperBound && isRemitWord(end + 1) {
                    joined = true
                    end += 1
                    continue
                }
                guard isRemitWord(end) else { break }
                end += 1
            }
            while end > r.upperBound && !isNounEnd(end - 1) { end -= 1 }
            guard end > r.upperBound, !conjunctions.contains(word(end - 1, input).map { ScalarText.fold($0) }) else { continue }
            spans[i].0 = r.lowerBound..<end
            changed = true
        }
        // Whom a school is for: `Тернопільського обласного ліцею` + `для обдарованих дітей`
        // (one to three lower-case words after `для`, up to a noun).
        let forWhom = scalars(["для"])
        for i in spans.indices where spans[i].1 == .organization {
            let r = spans[i].0
            let last = r.upperBound - 1
            let sentence = input.sentence(containing: last)
            guard r.count >= 2, isLowerCaseWord(last, input: input), schoolLemmas.contains(input.morphology[last].lemma),
                isCapitalised(r.lowerBound, input: input), r.upperBound + 1 < sentence.upperBound,
                forWhom.contains(word(r.upperBound, input).map { ScalarText.fold($0) })
            else { continue }
            var end = r.upperBound + 1
            while end < sentence.upperBound && end - r.upperBound <= 3 && isLowerCaseWord(end, input: input)
                && input.morphology[end].transitionGroup / 2 <= 1 && spans.allSatisfy({ !$0.0.contains(end) })
            {
                end += 1
            }
            while end > r.upperBound + 1 && !input.morphology[end - 1].isNoun { end -= 1 }
            guard end > r.upperBound + 1 else { continue }
            spans[i].0 = r.lowerBound..<end
            changed = true
        }
        // A remit opened by `з питань` goes on after `та`/`і`/`й`: `Комітет з питань нагляду` +
        // `та регулювання діяльності банків`.
        let issues = scalars(["питань"])
        func isActionNoun(_ t: Int) -> Bool {
            let w = word(t, input).map { ScalarText.fold($0) }
            let endings = ["ння", "ття"].map { Array($0.unicodeScalars.map(\.value)) }
            return w.count > 4 && isLowerCaseWord(t, input: input) && endings.contains { w.suffix(3).elementsEqual($0) }
        }
        for i in spans.indices where spans[i].1 == .organization {
            let r = spans[i].0
            let sentence = input.sentence(containing: r.lowerBound)
            guard r.count >= 3, r.upperBound + 1 < sentence.upperBound,
                r.dropLast().contains(where: { issues.contains(word($0, input).map { ScalarText.fold($0) }) }),
                isLowerCaseWord(r.upperBound - 1, input: input), input.morphology[r.upperBound - 1].isNoun,
                conjunctions.contains(word(r.upperBound, input).map { ScalarText.fold($0) }),
                // The next item opens with an action noun (`регулювання`), not another body (`уряду`).
                isActionNoun(r.upperBound + 1),
                var end = item(from: r.upperBound + 1, in: sentence)
            else { continue }
            // It stops before another name (`… банків` + `НБУ`).
            if let next = spans.filter({ $0.0.lowerBound >= r.upperBound && $0.0.lowerBound < end }).map(\.0.lowerBound).min() { end = next }
            guard end > r.upperBound + 1, spans.allSatisfy({ !$0.0.overlaps(r.upperBound..<end) }) else { continue }
            spans[i].0 = r.lowerBound..<end
            changed = true
        }
        for i in spans.indices where spans[i].1 == .organization || spans[i].1 == .job {
            let r = spans[i].0
            let last = r.upperBound - 1
            guard isLowerCaseWord(last, input: input), input.morphology[last].isNoun, input.morphology[last].transitionGroup % 2 == 1 else { continue }
            let sentence = input.sentence(containing: last)
            var k = r.upperBound
            var end: Int?
            while k + 1 < sentence.upperBound, end == nil {
                let separator = word(k, input).map { ScalarText.fold($0) }
                guard separator == comma || (k > r.upperBound && conjunctions.contains(separator)),
                    spans.allSatisfy({ !$0.0.contains(k + 1) }), let itemEnd = item(from: k + 1, in: sentence)
                else { break }
                if conjunctions.contains(separator) { end = itemEnd }
                k = itemEnd
            }
            guard var newEnd = end else { continue }
            // The country or region the body belongs to: `… інфраструктури України`.
            if let place = spans.firstIndex(where: { $0.1 == .location && $0.0.lowerBound == newEnd && $0.0.count <= 2 }) {
                newEnd = spans[place].0.upperBound
            }
            spans[i].0 = r.lowerBound..<newEnd
            changed = true
        }
        if changed {
            // Drop the places taken in.
            let grown = spans.filter { $0.1 == .organization || $0.1 == .job }.map(\.0)
            spans.removeAll { span in span.1 == .location && grown.contains { $0 != span.0 && $0.contains(span.0.lowerBound) && span.0.upperBound <= $0.upperBound } }
        }
        return changed
    }

    /// Folded stems of the words that make an organisation a regional office.
    private static let officeStems = ["управлінн", "департамент", "відділ", "відділенн", "прокуратур", "дпі"].map { $0.unicodeScalars.map(\.value) }
    /// Folded stems of services that read as offices only before a region (`ГУ ДСНС України у
    /// Львівській області`): `ГУ` as a word of its own, not `Гуманітарний`.
    private static let serviceStems = ["гу", "дснс", "держгеокадастр", "інспекці"].map { $0.unicodeScalars.map(\.value) }

    /// Whether an organisation is an office or a service by one of its first two words.
    private enum OfficeKind { case office, service }

    /// What kind of office `r` is by its first two words, if any.
    private static func officeKind(_ r: Range<Int>, input: TaggingInput) -> OfficeKind? {
        var kind: OfficeKind?
        for t in r.prefix(2) {
            let w = word(t, input).map { ScalarText.fold($0) }
            if officeStems.contains(where: { w.starts(with: $0) }) { return .office }
            if serviceStems.contains(where: { w.starts(with: $0) && (w.count == $0.count || $0.count > 2) }) { kind = .service }
        }
        return kind
    }

    /// Applies `regionalOffice` to `spans`; true when something changed.
    static func regionalOffices(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        var absorbed: [Range<Int>] = []
        for i in spans.indices where spans[i].1 == .organization {
            let r = spans[i].0
            guard r.upperBound + 1 < input.tokenCount, isInOrAt(r.upperBound, input: input),
                input.sentence(containing: r.lowerBound).contains(r.upperBound + 1),
                let kind = officeKind(r, input: input),
                let place = spans.first(where: { $0.1 == .location && $0.0.lowerBound == r.upperBound + 1 && $0.0.count <= 4 }),
                // A body named by an acronym only (`ДСНС`, `ГУ …`) takes a region (`у Львівській
                // області`), not a city where something happened; and never one of several
                // places (`у Херсоні та Миколаєві`).
                kind == .office || place.0.count >= 2,
                !(place.0.upperBound + 1 < input.tokenCount && isConjunction(place.0.upperBound, input: input)
                    && spans.contains { $0.1 == .location && $0.0.lowerBound == place.0.upperBound + 1 })
            else { continue }
            spans[i].0 = r.lowerBound..<place.0.upperBound
            absorbed.append(place.0)
            changed = true
        }
        spans.removeAll { span in span.1 == .location && absorbed.contains(span.0) }
        return changed
    }

    /// Lemmas of words for a body that head an organisation's name, never a place's.
    private static let organisationHeadLemmas: Set<UInt64> = lemmaAtoms(
        ["ліга", "палата", "федерація", "асоціація", "спілка", "академія", "університет", "інститут", "клуб", "гімназія", "ліцей", "школа"])

    /// Forms of `ліга` as the last part of a compound (`Прем'єр-лізі`), which the dictionary
    /// does not know whole.
    private static let leagueForms = scalars(["ліга", "ліги", "лізі", "лігу", "лігою"])

    /// Whether token `t` is a capitalised adjective made from a place's name, in any form
    /// (`Львівські`, `Донецького`, `Харківської`).
    private static func isCityAdjective(_ t: Int, input: TaggingInput) -> Bool {
        guard t >= 0, isCapitalised(t, input: input) else { return false }
        let folded = word(t, input).map { ScalarText.fold($0) }
        for stem in cityAdjectiveStems {
            guard let at = folded.lastIndex(of: stem[0]), at + 3 <= folded.count, Array(folded[at..<(at + 3)]) == stem else { continue }
            return adjectiveCaseEndings.contains(Array(folded[(at + 3)...]))
        }
        return false
    }

    /// `ськ`, `цьк`, `зьк`: the suffix of adjectives made from places' names.
    private static let cityAdjectiveStems = ["ськ", "цьк", "зьк"].map { $0.unicodeScalars.map(\.value) }
    /// The endings of an adjective after its stem, in every case, gender and number.
    private static let adjectiveCaseEndings = scalars(["ий", "а", "е", "і", "ого", "ої", "ому", "ій", "у", "ою", "им", "их", "ими", "ім"])

    /// Endings of adjectives made from a city's name (`Донецький`, `київське`, `Львівська`).
    private static let cityAdjectiveEndings = ["ський", "цький", "зький", "ська", "цька", "зька", "ське", "цьке", "івський", "івська", "івське"]
        .map { $0.unicodeScalars.map(\.value) }

    /// Folded stems of words for a company (`компанія`, `держпідприємство`, …), matched as prefixes.
    private static let companyWordStems = [
        "компані", "підприємств", "держпідприємств", "корпораці", "концерн", "холдинг", "видавництв", "агентств", "товариств",
    ].map { $0.unicodeScalars.map(\.value) }

    /// First words of a company's formal name before its kind (`Державне підприємство`,
    /// `Акціонерне товариство`, `Національна … компанія`), folded.
    private static let formalFormWordStems = [
        "державн", "комунальн", "дочірн", "акціонерн", "приватн", "публічн", "казенн", "національн", "спільн",
    ].map { $0.unicodeScalars.map(\.value) }

    /// Applies `companyName` to `spans`; true when something changed.
    static func companies(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        // `Донецький «Шахтар»`: the city's adjective before a quoted name is no part of it.
        for i in spans.indices where spans[i].1 == .organization && spans[i].0.count >= 3 {
            let r = spans[i].0
            guard isCapitalised(r.lowerBound, input: input), quoteDirection(r.lowerBound + 1, input: input) == 1,
                cityAdjectiveEndings.contains(where: { word(r.lowerBound, input).map { ScalarText.fold($0) }.reversed().starts(with: $0.reversed()) })
            else { continue }
            spans[i].0 = (r.lowerBound + 1)..<r.upperBound
            changed = true
        }
        // `Національній енергетичній компанії` + `«Укренерго»`: a company's formal name that
        // ends in its kind takes in the quoted name after it, as NER-UK annotates `Дочірнє
        // підприємство «Кіровоградський облавтодор»`; not a nationality before the kind alone
        // (`Латвійська компанія` + `«…»`).
        spans.sort { $0.0.lowerBound < $1.0.lowerBound }
        var absorbed = Set<Int>()
        for i in spans.indices where spans[i].1 == .organization && spans[i].0.count >= 2 && !absorbed.contains(i) {
            let r = spans[i].0
            let last = word(r.upperBound - 1, input).map { ScalarText.fold($0) }
            let first = word(r.lowerBound, input).map { ScalarText.fold($0) }
            guard isCapitalised(r.lowerBound, input: input), companyWordStems.contains(where: { last.starts(with: $0) }),
                r.count >= 3 || formalFormWordStems.contains(where: { first.starts(with: $0) }),
                r.upperBound < input.tokenCount, quoteDirection(r.upperBound, input: input) == 1,
                input.sentence(containing: r.lowerBound).contains(r.upperBound)
            else { continue }
            let sentence = input.sentence(containing: r.lowerBound)
            // The closing quotation mark, at most eight words on.
            guard let close = (r.upperBound + 1..<min(sentence.upperBound, r.upperBound + 10)).first(where: { quoteDirection($0, input: input) == -1 }),
                close > r.upperBound + 1
            else { continue }
            // Only what lies inside the quotation marks may be taken in.
            let inside = spans.indices.filter { $0 != i && spans[$0].0.overlaps(r.upperBound..<(close + 1)) }
            guard inside.allSatisfy({ spans[$0].0.lowerBound >= r.upperBound && spans[$0].0.upperBound <= close + 1 }) else { continue }
            absorbed.formUnion(inside)
            spans[i].0 = r.lowerBound..<(close + 1)
            changed = true
        }
        if !absorbed.isEmpty { spans = spans.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element) }
        for i in spans.indices where spans[i].1 == .location || spans[i].1 == .person {
            let r = spans[i].0
            // `Львівські «Карпати»`: a quoted name after a city's adjective is a club, not the mountains.
            if r.lowerBound >= 2, r.upperBound < input.tokenCount, quoteDirection(r.lowerBound - 1, input: input) == 1,
                quoteDirection(r.upperBound, input: input) == -1, isCityAdjective(r.lowerBound - 2, input: input)
            {
                spans[i].1 = .organization
                changed = true
                continue
            }
            // `Українській Прем'єр-лізі`, `Апеляційній палаті`: a name whose head is a word for
            // a body is an organisation (NER-UK ends no place in one); not a quoted one-word
            // name (the metro station `«Університет»`).
            if spans[i].1 == .location, r.count >= 2, input.morphology.count == input.tokenCount,
                organisationHeadLemmas.contains(input.morphology[r.upperBound - 1].lemma)
                    || leagueForms.contains(Array(word(r.upperBound - 1, input).map { ScalarText.fold($0) }.split(separator: 0x2D).last ?? []))
            {
                spans[i].1 = .organization
                changed = true
            }
        }
        for i in spans.indices where spans[i].1 != .organization && spans[i].1 != .person && spans[i].1 != .job {
            var quote = spans[i].0.lowerBound
            if quoteDirection(quote, input: input) != 1 { quote -= 1 }
            guard quote >= 1, quoteDirection(quote, input: input) == 1, input.sentence(containing: quote).contains(quote - 1) else { continue }
            let before = word(quote - 1, input).map { ScalarText.fold($0) }
            guard companyWordStems.contains(where: { before.starts(with: $0) }) else { continue }
            spans[i].1 = .organization
            changed = true
        }
        return changed
    }

    /// Applies `titleTail` to `spans`, given the tokens that are one-word gazetteer titles;
    /// true when something changed.
    static func titleTails(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, titles: Set<Int>) -> Bool {
        guard !titles.isEmpty else { return false }
        let personStarts = Set(spans.filter { $0.1 == .person }.map(\.0.lowerBound))
        var added: [(Range<Int>, EntityType)] = []
        // The name left must end in a name of its own (`Тараса Шевченка`), not in a head whose
        // complement the title is (`Секретаріату президента Ющенка`).
        for i in spans.indices where spans[i].1 != .person && spans[i].1 != .job && spans[i].0.count >= 3 {
            let last = spans[i].0.upperBound - 1
            guard titles.contains(last), isLowerCaseWord(last, input: input), isCapitalised(last - 1, input: input),
                personStarts.contains(last + 1),
                input.sentence(containing: last).contains(last + 1)
            else { continue }
            spans[i].0 = spans[i].0.lowerBound..<last
            added.append((last..<last + 1, .job))
        }
        spans += added
        return !added.isEmpty
    }

    /// Word stems of works and apps whose quoted title follows them.
    private static let workStems: [[UInt32]] = [
        "фільм", "стрічк", "кінострічк", "мультфільм", "книга", "книги", "книгу", "книгою", "книзі", "книжк", "роман", "повіст", "пісн", "вистав", "альбом",
        "серіал", "поем", "збірк", "застосун", "додат", "супутник",
    ].map { Array($0.unicodeScalars.map(\.value)) }
    /// Word stems of programmes and projects, whose quoted title may also name an organisation
    /// (`проєкту «Екошкола»`).
    private static let programmeStems: [[UInt32]] = ["програм", "проєкт", "проект"].map { Array($0.unicodeScalars.map(\.value)) }
    /// Stems of the words for a festival or contest whose quoted name is an event's.
    private static let festivalStems: [[UInt32]] = ["фестивал", "форум", "турнір", "марафон", "конкурс"].map { Array($0.unicodeScalars.map(\.value)) }
    /// Stems of the words for a band or ensemble, whose quoted name is an organisation's.
    private static let bandStems: [[UInt32]] = ["гурт", "ансамбл", "оркестр"].map { Array($0.unicodeScalars.map(\.value)) }

    /// Applies `workTitle` to `spans`; true when something changed.
    static func workTitles(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        // The words inside the quotes, and whether the title is a programme's.
        var titles: [(words: Range<Int>, programme: Bool)] = []
        var festivals: [Range<Int>] = []
        var bands: [Range<Int>] = []
        var t = 1
        while t < input.tokenCount {
            defer { t += 1 }
            guard quoteDirection(t, input: input) == 1 else { continue }
            let noun = word(t - 1, input).map { ScalarText.fold($0) }
            let programme = programmeStems.contains { noun.starts(with: $0) }
            let festival = festivalStems.contains { noun.starts(with: $0) }
            let band = bandStems.contains { noun.starts(with: $0) }
            guard programme || festival || band || workStems.contains(where: { noun.starts(with: $0) }) else { continue }
            let sentence = input.sentence(containing: t)
            guard let close = (t + 1..<min(sentence.upperBound, t + 16)).first(where: { quoteDirection($0, input: input) != 0 }),
                quoteDirection(close, input: input) == -1, close > t + 1
            else { continue }
            if festival {
                festivals.append((t + 1)..<close)
            } else if band {
                bands.append((t + 1)..<close)
            } else {
                titles.append(((t + 1)..<close, programme))
            }
            t = close
        }
        // A festival's name is an event's, `MISC`, as written: `фестиваль «Червене вино»`.
        var retyped = false
        for k in spans.indices where spans[k].1 == .location || spans[k].1 == .person || spans[k].1 == .organization {
            if festivals.contains(where: { spans[k].0.lowerBound <= $0.lowerBound && $0.upperBound <= spans[k].0.upperBound && spans[k].0.count <= $0.count + 2 }) {
                spans[k].1 = .miscellaneous
                retyped = true
            }
        }
        // A band's name is an organisation's: `гурт «Сині гори»`.
        for k in spans.indices where spans[k].1 != .organization && spans[k].1 != .job {
            if bands.contains(where: { spans[k].0.lowerBound <= $0.lowerBound && $0.upperBound <= spans[k].0.upperBound && spans[k].0.count <= $0.count + 2 }) {
                spans[k].1 = .organization
                retyped = true
            }
        }
        guard !titles.isEmpty else { return retyped }
        let before = spans.count
        spans.removeAll { span in
            titles.contains { title in
                let types: [EntityType] = title.programme ? [.location, .person] : [.location, .person, .organization]
                return types.contains(span.1) && span.0.lowerBound <= title.words.lowerBound && title.words.upperBound <= span.0.upperBound
                    && span.0.count <= title.words.count + 2
            }
        }
        return spans.count != before || retyped
    }

    /// `у`, `в`, `на`, folded: the prepositions a place in a list follows.
    private static let placePrepositions = scalars(["у", "в", "на"])

    /// Applies `coordinatedPlace` to `spans`; true when something changed.
    static func coordinatedPlaces(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        let places = spans.filter { $0.1 == .location }.map(\.0)
        for i in spans.indices where spans[i].1 == .person && spans[i].0.count == 1 {
            let t = spans[i].0.lowerBound
            guard t >= 3, isConjunction(t - 1, input: input), let place = places.first(where: { $0.upperBound == t - 1 }),
                place.lowerBound > 0, placePrepositions.contains(word(place.lowerBound - 1, input).map { ScalarText.fold($0) }),
                t + 1 >= input.tokenCount || !isCapitalised(t + 1, input: input),
                word(t, input).last == word(place.upperBound - 1, input).last
            else { continue }
            spans[i].1 = .location
            changed = true
        }
        return changed
    }

    /// Applies `latinBodyName` to `spans`; true when something changed.
    static func addLatinBodyNames(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        // Read in place: this runs on every token.
        func isLatinName(_ t: Int) -> Bool {
            let range = Int(input.starts[t])..<Int(input.ends[t])
            guard (0x41...0x5A).contains(input.scalars[range.lowerBound]) else { return false }
            return range.allSatisfy { i in
                let v = input.scalars[i]
                return (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || ScalarText.isDigit(v)
            }
        }
        var changed = false
        for s in 0..<input.sentenceCount {
            let sentence = input.sentence(s)
            for t in sentence.dropLast() where isLatinName(t + 1) {
                // The kind word (`компанія-оператор`), or the part of it after a hyphen
                // (`IT-компанія`, `медіа-компанія`); not after a capitalised word, which makes a
                // name of its own (`Райффайзен-банк Aval`).
                let whole = word(t, input)
                var kinds = [whole]
                if let hyphen = whole.lastIndex(of: 0x2D) {
                    let before = whole[..<hyphen]
                    let titled = before.first.map(ScalarText.isUpper) == true && before.dropFirst().contains { ScalarText.isLetter($0) && !ScalarText.isUpper($0) }
                    if titled { continue }
                    kinds.append(Array(whole[(hyphen + 1)...]))
                }
                guard kinds.contains(where: { kind in
                    guard let first = kind.first, ScalarText.isLetter(first), !ScalarText.isUpper(first) else { return false }
                    let folded = kind.map { ScalarText.fold($0) }
                    return latinBodyStems.contains { folded.starts(with: $0) }
                }) else { continue }
                var end = t + 1
                while end < sentence.upperBound, end - t <= 4, isLatinName(end) { end += 1 }
                let name = (t + 1)..<end
                // An organisation read with its kind word and what comes before (`Львівська
                // компанія Lumina AI`) is the name alone.
                // Only one word before the kind word: more make a name of its own (`Міжнародний
                // валютний фонд IMF`).
                if let k = spans.firstIndex(where: { $0.1 == .organization && $0.0.upperBound == name.upperBound && $0.0.contains(t) }) {
                    guard t - spans[k].0.lowerBound <= 1 else { continue }
                    spans[k].0 = name
                    changed = true
                    continue
                }
                // Spans inside the name give way to it; one that reaches beyond it stays.
                guard !spans.contains(where: { $0.0.overlaps(name) && ($0.0.lowerBound < name.lowerBound || $0.0.upperBound > name.upperBound) })
                else { continue }
                if spans.contains(where: { $0.0 == name && $0.1 == .organization }) { continue }
                spans.removeAll { $0.0.overlaps(name) }
                spans.append((name, .organization))
                changed = true
            }
        }
        return changed
    }

    /// Applies `cityOfNationalBody` to `spans`; true when something changed.
    static func splitCitiesOfNationalBodies(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        var added: [(Range<Int>, EntityType)] = []
        for i in spans.indices where spans[i].1 == .organization && spans[i].0.count >= 4 {
            let r = spans[i].0
            // The place: one or two capitalised Cyrillic words at the end (`Кривому Розі`).
            var place = r.upperBound - 1
            if place - 1 > r.lowerBound, isCapitalised(place - 1, input: input), !inPrepositions.contains(word(place - 1, input)) { place -= 1 }
            let preposition = place - 1
            guard preposition - 1 > r.lowerBound, inPrepositions.contains(word(preposition, input)),
                word(preposition - 1, input).starts(with: ukraineStem),
                (place..<r.upperBound).allSatisfy({ isCapitalised($0, input: input) && ScalarText.isCyrillic(input.scalars[Int(input.starts[$0])]) })
            else { continue }
            let head = word(r.lowerBound, input).map { ScalarText.fold($0) }
            guard !abroadBodyStems.contains(where: { head.starts(with: $0) }) else { continue }
            spans[i].0 = r.lowerBound..<preposition
            added.append((place..<r.upperBound, .location))
            changed = true
        }
        spans += added
        return changed
    }

    /// Applies `embassyName` to `spans`; true when something changed.
    static func addEmbassyNames(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        func spanStarts() -> [Int: Int] { Dictionary(spans.enumerated().map { ($1.0.lowerBound, $0) }, uniquingKeysWith: { first, _ in first }) }
        var starts = spanStarts()
        var t = 0
        while t + 1 < input.tokenCount {
            defer { t += 1 }
            let head = word(t, input).map { ScalarText.fold($0) }
            guard embassyStems.contains(where: { head.starts(with: $0) }) else { continue }
            let sentence = input.sentence(containing: t)
            // `Генеральне консульство`: the capitalised adjective before it.
            var first = t
            if t > sentence.lowerBound, isCapitalised(t - 1, input: input), word(t - 1, input).map({ ScalarText.fold($0) }).starts(with: generalStem) {
                first = t - 1
            }
            guard isCapitalised(first, input: input) else { continue }
            // The country: a place right after the noun, or an organisation the tagger found
            // from the noun on (`Посольство України`).
            var end: Int
            if let body = starts[first], spans[body].1 == .organization, spans[body].0.upperBound > t + 1 {
                end = spans[body].0.upperBound
            } else if let country = starts[t + 1], spans[country].1 == .location {
                end = spans[country].0.upperBound
            } else {
                continue
            }
            // Where it stands: `в Україні`, `у Гамбурзі`.
            var placed = false
            if end + 1 < input.sentence(containing: end - 1).upperBound, inPrepositions.contains(word(end, input)), let place = starts[end + 1],
                spans[place].1 == .location
            {
                end = spans[place].0.upperBound
                placed = true
            }
            // `Представництво` is also a share of seats (`Представництво Львівщини у Верховній
            // Раді`) or a team (`Представництво України на Олімпіаді`): a body only with its place.
            if head.starts(with: representationStem) && !placed { continue }
            let name = first..<end
            // Not what the tagger found whole, nor a part of a longer name.
            guard !spans.contains(where: { $0.0.lowerBound <= name.lowerBound && name.upperBound <= $0.0.upperBound && $0.1 == .organization }) else { continue }
            carve(name, as: .organization, into: &spans)
            starts = spanStarts()
            changed = true
            t = end - 1
        }
        return changed
    }

    /// The stem of `представництво` (folded).
    private static let representationStem = Array("представництв".unicodeScalars.map(\.value))
    /// Stems of capitalised nouns that name a country's body abroad (folded): not `місія` or
    /// `делегація`, which open sentences as common nouns (`Делегація України прибула`).
    private static let embassyStems: [[UInt32]] = ["посольств", "консульств", "представництв", "торгпредств"]
        .map { Array($0.unicodeScalars.map(\.value)) }

    /// `в` and `у`, before the place a body stands in.
    private static let inPrepositions = scalars(["в", "у"])

    /// Stems of words for a body that represents a country abroad (folded).
    private static let abroadBodyStems: [[UInt32]] = ["посольств", "представництв", "консульств", "місі", "делегаці", "торгпредств"]
        .map { Array($0.unicodeScalars.map(\.value)) }

    /// Stems of lower-case words for a kind of body before a Latin-script name (folded).
    private static let latinBodyStems: [[UInt32]] = [
        "фонд", "компані", "асоціаці", "банк", "корпораці", "концерн", "холдинг", "стартап", "агенці", "агентств", "організаці",
        "платформ", "сервіс", "біржа", "біржі", "інвестор",
    ].map { Array($0.unicodeScalars.map(\.value)) }

    /// Applies `countryRemit` to `spans` (needs morphology); true when something changed.
    static func addCountryRemits(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        var covered = coveredTokens(spans, count: input.tokenCount)
        var changed = false
        for i in spans.indices where spans[i].1 == .organization && spans[i].0.count >= 2 {
            let last = spans[i].0.upperBound - 1
            let sentence = input.sentence(containing: last)
            guard word(last, input).starts(with: ukraineStem) || internationalBodies.contains(word(last, input)), last + 2 < sentence.upperBound,
                !covered[last + 1],
                withPrepositions.contains(word(last + 1, input)),
                spans[i].0.contains(where: { t in
                    let w = word(t, input).map { ScalarText.fold($0) }
                    return remitBodyStems.contains { w.starts(with: $0) }
                }),
                !remitStopWords.contains(word(last + 2, input).map { ScalarText.fold($0) }),
                // A remit is in the genitive (`з питань`); `з місцевими органами` is company kept.
                input.morphology[last + 2].transitionGroup % 2 == 1
            else { continue }
            // Nouns and adjectives in lower case; a noun must end the remit.
            var end = last + 2
            var lastNoun: Int?
            while end < sentence.upperBound, end - last <= 7, !covered[end], isLowerCaseWord(end, input: input) {
                let m = input.morphology[end]
                let group = m.transitionGroup / 2
                guard group == 0 || group == 1 || (group == 4 && end + 1 < sentence.upperBound && isLowerCaseWord(end + 1, input: input)) else { break }
                if group == 0 { lastNoun = end }
                end += 1
            }
            guard let lastNoun else { continue }
            spans[i].0 = spans[i].0.lowerBound..<(lastNoun + 1)
            for t in spans[i].0 { covered[t] = true }
            changed = true
        }
        // A state body the tagger left out, named by its capitalised head and lower-case
        // genitives up to `України` (`Адміністрація морських портів України`): the place alone
        // was found.
        for i in spans.indices where spans[i].1 == .location && spans[i].0.count == 1 && word(spans[i].0.lowerBound, input).starts(with: ukraineStem) {
            let place = spans[i].0.lowerBound
            let sentence = input.sentence(containing: place)
            var head = place - 1
            while head > sentence.lowerBound, place - head <= 4, !covered[head], isLowerCaseWord(head, input: input),
                input.morphology[head].transitionGroup % 2 == 1, input.morphology[head].transitionGroup / 2 <= 1
            {
                head -= 1
            }
            guard head < place - 1, head >= sentence.lowerBound, !covered[head], isCapitalised(head, input: input),
                input.morphology[head].isNoun
            else { continue }
            let first = word(head, input).map { ScalarText.fold($0) }
            guard remitBodyStems.contains(where: { first.starts(with: $0) }) else { continue }
            spans[i] = (head..<(place + 1), .organization)
            for t in spans[i].0 { covered[t] = true }
            changed = true
        }
        return changed
    }

    /// Stems of the nouns of bodies whose official names carry a remit after the country or
    /// acronym: `агентство`, `служба`, `міністерство`, `рада`, … (folded; not `суд`: `у Вищому
    /// господарському суді України з цієї нагоди` has none).
    private static let remitBodyStems: [[UInt32]] = [
        "агентств", "служб", "міністерств", "комітет", "інспекці", "фонд", "комісі", "центр", "управлінн", "департамент",
        "відомств", "адміністраці", "рад", "уповноважен", "федераці", "асоціаці", "спілка", "спілки", "спілці", "спілкою",
    ].map { Array($0.unicodeScalars.map(\.value)) }
    /// Words that open a circumstance, not a remit, after `з`: `з цієї нагоди`, `з свого боку`.
    private static let remitStopWords = scalars([
        "цієї", "цього", "цих", "того", "тієї", "тих", "свого", "своєї", "своїх", "його", "її", "їхнього", "їхньої", "нашого", "нашої",
        "якого", "якої", "яких", "кожного", "кожної", "усіх", "всіх", "одного", "одної", "початку", "огляду", "метою", "нагоди",
    ])

    /// Whether token `t` is an acronym in Cyrillic capitals (`ООН`, `ЗСУ`).
    private static func isCyrillicAcronym(_ t: Int, input: TaggingInput) -> Bool {
        let range = Int(input.starts[t])..<Int(input.ends[t])
        return range.count >= 2 && range.allSatisfy { ScalarText.isUpper(input.scalars[$0]) && ScalarText.isCyrillic(input.scalars[$0]) }
    }

    /// International bodies whose councils and committees carry a remit after the acronym
    /// (`Рада ООН з прав людини`); a city's department before its remit-less acronym (`КМДА з
    /// закупівлі памперсів`, a tender's subject) is not one.
    private static let internationalBodies = scalars(["ООН", "ЄС", "ОБСЄ", "НАТО", "ЮНЕСКО", "МАГАТЕ"])

    /// `Україн`: the stem of `Україна` as a name's last word (`України`).
    private static let ukraineStem = "Україн".unicodeScalars.map(\.value)

    /// Applies `genericAdjective` to `spans` (needs morphology); true when something changed.
    static func completeGenericAdjectives(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        let covered = coveredTokens(spans, count: input.tokenCount)
        var changed = false
        var drop: [Int] = []
        for i in spans.indices where spans[i].0.count == 1 && spans[i].1 != .miscellaneous {
            let t = spans[i].0.lowerBound
            guard genericAdjectiveLemmas.contains(input.morphology[t].lemma), isCapitalised(t, input: input) else { continue }
            let sentence = input.sentence(containing: t)
            // Lower-case adjectives, then the noun.
            var end = t + 1
            while end < sentence.upperBound, end - t <= 3, !covered[end], isLowerCaseWord(end, input: input), input.morphology[end].isAdjective {
                end += 1
            }
            let noun = end < sentence.upperBound && !covered[end] && isLowerCaseWord(end, input: input) ? input.morphology[end].lemma : nil
            if let noun, genericEventLemmas.contains(noun) {
                spans[i] = (t..<(end + 1), .miscellaneous)
            } else if let noun, genericBodyLemmas.contains(noun) {
                spans[i] = (t..<(end + 1), .organization)
            } else {
                drop.append(i)
            }
            changed = true
        }
        for i in drop.reversed() { spans.remove(at: i) }
        return changed
    }

    /// Applies `bodyComplement` to `spans`; true when something changed.
    static func completeBodyComplements(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        let covered = coveredTokens(spans, count: input.tokenCount)
        func isGenitive(_ t: Int, group: UInt8) -> Bool {
            isLowerCaseWord(t, input: input) && !covered[t] && input.morphology[t].transitionGroup == group * 2 + 1
        }
        var changed = false
        for i in spans.indices where spans[i].1 == .organization && spans[i].0.count >= 2 {
            let last = spans[i].0.upperBound - 1
            guard isLowerCaseWord(last, input: input), genericBodyLemmas.contains(input.morphology[last].lemma) else { continue }
            let sentence = input.sentence(containing: last)
            var end = last + 1
            while end < sentence.upperBound, end - last <= 3, isGenitive(end, group: 1) { end += 1 }
            guard end > last + 1, end < sentence.upperBound, isGenitive(end, group: 0) else { continue }
            // Not the object of what follows (`фонду нових прогнозів не дали`).
            if end + 1 < sentence.upperBound, word(end + 1, input) == notWord || input.morphology[end + 1].transitionGroup / 2 == 2 { continue }
            spans[i].0 = spans[i].0.lowerBound..<(end + 1)
            changed = true
        }
        return changed
    }

    /// Titles of a person that a capital may open where the tagger reads the body they head
    /// (`Міністр оборони України`); not `прем'єр`, also a company's name (`Прем'єр Лізинг`).
    private static let capitalisedTitleLemmas = lemmaAtoms([
        "міністр", "президент", "начальник", "директор", "посол", "прокурор", "генпрокурор", "секретар", "уповноважений",
        "командувач", "керівник", "заступник", "голова",
    ])

    /// Applies `personalNamePlace` to `spans`; true when something changed.
    static func personalNamePlaces(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        var changed = false
        for i in spans.indices where spans[i].1 == .location && spans[i].0.count == 1 {
            let t = spans[i].0.lowerBound
            guard isCapitalised(t, input: input), input.morphology[t].isOnlyPersonalName else { continue }
            // A street, square or body named after the person (`вулиці Міцкевича`, `ім.
            // Франка`, `вул. Франка`), also in a list of streets (`на вулицях Чорновола, Стуса
            // і Петлюри`).
            let sentence = input.sentence(containing: t)
            let nearStreet = (max(sentence.lowerBound, t - 8)..<t).contains { k in
                let w = word(k, input).map { ScalarText.fold($0) }
                return streetWordForms.contains(w) || streetPlurals.contains(w) || landmarkWordForms.contains(w)
            }
            if nearStreet { continue }
            if t > 0 {
                let before = word(t - 1, input).map { ScalarText.fold($0) }
                if namedAfterWords.contains(before) || before == [0x2E] { continue }
                // After a preposition, only a person in the instrumental (`з Гітлером`, `над
                // Смірновим`): `до Грушевського`, `по Гагаріна` are where one goes.
                if input.morphology[t - 1].transitionGroup / 2 == 3 || routePrepositions.contains(before) {
                    let agreement = input.morphology[t].nounAgreement
                    guard agreement & instrumentalBits != 0, agreement & genitiveBits == 0 else { continue }
                }
            }
            spans[i].1 = .person
            changed = true
        }
        return changed
    }

    /// Applies `commonWordPerson` to `spans`; true when something changed.
    static func dropCommonWordPersons(
        _ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, stems: ContiguousArray<UInt64>
    ) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        func isCandidate(_ span: (Range<Int>, EntityType)) -> Bool {
            guard span.1 == .person, span.0.count == 1 else { return false }
            let t = span.0.lowerBound
            return t > input.sentence(containing: t).lowerBound && isCapitalised(t, input: input) && input.morphology[t].isOnlyCommonWord
        }
        guard spans.contains(where: isCandidate) else { return false }
        // A character named by a common word (`Доля`, `Амфібрахій`) is named again and again.
        var personLemmas: [UInt64: Int] = [:]
        // A surname that is a common word (`Анна Криниця` … `Криниця`) is one of a full name's.
        var fullNameStems = Set<UInt64>()
        // A person right after a title (`міністр Свічка`) is one.
        var afterTitle = Set<Int>()
        for span in spans {
            if span.1 == .person && span.0.count == 1 { personLemmas[input.morphology[span.0.lowerBound].lemma, default: 0] += 1 }
            if span.1 == .person && span.0.count >= 2 { for t in span.0 { fullNameStems.insert(stems[t]) } }
            if span.1 == .job { afterTitle.insert(span.0.upperBound) }
        }
        let before = spans.count
        spans.removeAll { span in
            guard isCandidate(span) else { return false }
            let t = span.0.lowerBound
            return personLemmas[input.morphology[t].lemma, default: 0] < 3 && !afterTitle.contains(t) && !fullNameStems.contains(stems[t])
        }
        return spans.count != before
    }

    /// Applies `latinLegalForm` to `spans`; true when something changed.
    static func completeLatinLegalForms(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        func isLetter(_ t: Int) -> Bool {
            guard t < input.tokenCount, Int(input.ends[t]) - Int(input.starts[t]) == 1 else { return false }
            let c = input.scalars[Int(input.starts[t])]
            return c >= 0x41 && c <= 0x5A
        }
        func isPoint(_ t: Int) -> Bool { t < input.tokenCount && word(t, input) == [0x2E] }
        let covered = coveredTokens(spans, count: input.tokenCount)
        var changed = false
        for i in spans.indices where spans[i].1 == .organization {
            let r = spans[i].0
            let last = r.upperBound - 1
            guard isLetter(last), r.count >= 2 else { continue }
            var end = r.upperBound
            if r.count >= 3, isPoint(last - 1), isLetter(last - 2), isPoint(end) {
                end += 1  // `S . A` + `.`
            } else if isPoint(end), isLetter(end + 1), isPoint(end + 2) {
                end += 3  // `B` + `. V .`
            }
            guard end > r.upperBound, !(r.upperBound..<end).contains(where: { covered[$0] }) else { continue }
            spans[i].0 = r.lowerBound..<end
            changed = true
        }
        return changed
    }

    /// Applies `lawTitle` to `spans`; true when something changed.
    static func completeLawTitles(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        var drop: [Int] = []
        for i in spans.indices where spans[i].1 == .miscellaneous || spans[i].1 == .document {
            let r = spans[i].0
            guard isLawWord(r.lowerBound, input: input),
                let open = r.first(where: { quoteDirection($0, input: input) == 1 }), open - r.lowerBound <= 4
            else { continue }
            // Marks opened and not yet closed: a title may quote another (`«Про внесення змін
            // до Закону «Про освіту»»`), and the tagger may stop inside either.
            var depth = (open..<r.upperBound).reduce(0) { $0 + quoteDirection($1, input: input) }
            var end = r.upperBound
            if depth > 0 {
                // The title runs on past where the tagger stopped: up to its closing mark.
                let sentence = input.sentence(containing: r.lowerBound)
                while end < sentence.upperBound, end - r.upperBound < 30, depth > 0 {
                    depth += quoteDirection(end, input: input)
                    end += 1
                }
                guard depth == 0 else { continue }
            }
            for (k, other) in spans.enumerated() where k != i && other.0.lowerBound >= r.lowerBound && other.0.upperBound <= end {
                drop.append(k)
            }
            if end != r.upperBound || spans[i].1 != .document {
                spans[i] = (r.lowerBound..<end, .document)
                changed = true
            }
        }
        for k in Set(drop).sorted().reversed() { spans.remove(at: k) }
        return changed
    }

    /// Whether token `t` names a kind of legal act (`Закону`, `Указ`, `постанови`, `ЗУ`).
    private static func isLawWord(_ t: Int, input: TaggingInput) -> Bool {
        let w = word(t, input).map { ScalarText.fold($0) }
        if w == lawAbbreviation { return true }
        guard input.morphology.count == input.tokenCount else { return false }
        return lawLemmas.contains(input.morphology[t].lemma)
    }

    /// Legal acts that NER-UK annotates as documents with their quoted titles.
    private static let lawLemmas = lemmaAtoms(["закон", "указ", "постанова", "розпорядження", "наказ"])
    /// `ЗУ`, folded: a law of Ukraine.
    private static let lawAbbreviation = "зу".unicodeScalars.map(\.value)

    /// Prepositions of where something is or goes, lower case; `до` is listed as the
    /// dictionary reads it first as a noun (a musical note).
    private static let routePrepositions = scalars([
        "у", "в", "на", "до", "від", "з", "із", "зі", "по", "біля", "через", "повз", "під", "за", "між", "перед", "над", "коло",
    ])

    /// The bits of ``MorphAtoms/nounAgreement`` for the instrumental and the genitive (cases 4
    /// and 1 of `Grammeme.cases`, three genders each).
    private static let instrumentalBits: UInt32 = 0b111 << 12
    private static let genitiveBits: UInt32 = 0b111 << 3

    /// `імені` and `ім`, before the name a body or a street bears.
    private static let namedAfterWords = scalars(["імені", "ім"])

    /// Applies `coordinatedRemit` to `spans`; true when something changed.
    static func completeCoordinatedRemits(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        let covered = coveredTokens(spans, count: input.tokenCount)
        // An acronym the tagger read as an organisation of its own may end the list (`ЖКГ`).
        var acronymSpans: [Int: Int] = [:]
        for (i, span) in spans.enumerated() where span.1 == .organization && span.0.count == 1 { acronymSpans[span.0.lowerBound] = i }
        func isGenitive(_ t: Int, group: UInt8) -> Bool {
            isLowerCaseWord(t, input: input) && !covered[t] && input.morphology[t].transitionGroup == group * 2 + 1
        }
        /// The end of a genitive phrase from `t`: up to two adjectives, then a noun or an acronym.
        func phraseEnd(from t: Int, in sentence: Range<Int>) -> Int? {
            var end = t
            while end < sentence.upperBound, end - t < 2, isGenitive(end, group: 1) { end += 1 }
            guard end < sentence.upperBound else { return nil }
            if isCyrillicAcronym(end, input: input), !covered[end] || acronymSpans[end] != nil { return end + 1 }
            // Things, not people (`та волонтерів`), another body (`та посольства`), money (`і
            // коштів`), or a preposition read as a noun (`до`, a note).
            guard isGenitive(end, group: 0), !input.morphology[end].isLivingGenitive, !possessivePronouns.contains(word(end, input)),
                !remitStopLemmas.contains(input.morphology[end].lemma), Int(input.ends[end]) - Int(input.starts[end]) > 2
            else { return nil }
            // A genitive noun of its own may follow (`медицини` + `катастроф`).
            end += 1
            if end < sentence.upperBound, isGenitive(end, group: 0), !possessivePronouns.contains(word(end, input)) { end += 1 }
            return end
        }
        var changed = false
        var drop: [Int] = []
        for i in spans.indices where spans[i].1 == .organization && spans[i].0.count >= 2 {
            let last = spans[i].0.upperBound - 1
            guard isLowerCaseWord(last, input: input), input.morphology[last].transitionGroup == 1 else { continue }
            // The remit of a head noun before it (`Міністерства енергетики`), not the head
            // itself (`Київської обласної ради` + `і договору`).
            guard (spans[i].0.lowerBound..<last).contains(where: { input.morphology[$0].isNoun || isAcronym($0, input: input) }) else { continue }
            let sentence = input.sentence(containing: last)
            var end = last + 1
            // Commas between the items of a list, then the conjunction before the last one.
            while end + 1 < sentence.upperBound, word(end, input) == commaWord, let next = phraseEnd(from: end + 1, in: sentence) { end = next }
            guard end + 1 < sentence.upperBound, isConjunction(end, input: input), let next = phraseEnd(from: end + 1, in: sentence) else { continue }
            // Not the object of what follows.
            if next < sentence.upperBound, word(next, input) == notWord || input.morphology[next].transitionGroup / 2 == 2 { continue }
            spans[i].0 = spans[i].0.lowerBound..<next
            if let absorbed = acronymSpans[next - 1] { drop.append(absorbed) }
            changed = true
        }
        for i in drop.sorted().reversed() { spans.remove(at: i) }
        return changed
    }

    /// Applies `parentBody` to `spans`; true when something changed.
    static func joinParentBodies(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        var changed = false
        spans.sort { $0.0.lowerBound < $1.0.lowerBound }
        var i = 0
        while i + 1 < spans.count {
            let (unit, type) = spans[i]
            let (parent, parentType) = spans[i + 1]
            let last = unit.upperBound - 1
            if type == .organization, parentType == .organization, parent.lowerBound == unit.upperBound, unit.count >= 2,
                isCapitalised(unit.lowerBound, input: input), isLowerCaseWord(last, input: input), input.morphology[last].transitionGroup == 1,
                isCapitalised(parent.lowerBound, input: input), input.morphology[parent.lowerBound].transitionGroup % 2 == 1,
                // Not a person's business (`ФОП Петренко`), a body no unit belongs to by name
                // (`Верховного Суду`), nor after where a unit stands (`в Чернігівській області` +
                // `Нацполіції`).
                !legalForms.contains(word(parent.lowerBound, input).map { ScalarText.fold($0) }),
                !topBodyStems.contains(where: { word(parent.lowerBound, input).map { ScalarText.fold($0) }.starts(with: $0) }),
                !regionKindLemmas.contains(input.morphology[last].lemma)
            {
                spans[i].0 = unit.lowerBound..<parent.upperBound
                spans.remove(at: i + 1)
                changed = true
                continue
            }
            i += 1
        }
        return changed
    }

    /// The lemmas of the kinds of region that end where a unit stands (`в Чернігівській області`).
    private static let regionKindLemmas = lemmaAtoms(["область", "район", "місто", "край", "округ", "село", "селище"])
    /// Nouns that are no remit after a body's own: other bodies, and money.
    private static let remitStopLemmas = lemmaAtoms([
        "посольство", "консульство", "представництво", "суд", "банк", "компанія", "школа", "лікарня", "театр", "відомство",
        "міністерство", "служба", "прокуратура", "поліція", "адміністрація", "рада", "кошт", "кошти", "гроші", "фонд", "комітет",
    ])
    /// Bodies that no unit belongs to by name (`Міністерства юстиції` + `Верховного Суду`).
    private static let topBodyStems = ["верховн", "конституційн", "кабінет", "кабмін", "президент", "нбу"].map { $0.unicodeScalars.map(\.value) }
    /// `,`.
    private static let commaWord: [UInt32] = [0x2C]
    /// Pronouns that read as genitive nouns (`її`, `його`, `їх`) and never end a remit.
    private static let possessivePronouns = scalars(["її", "його", "їх", "їхніх", "їхнього", "їхньої"])

    /// Capitalised adjectives that open a name and never name a place or body alone.
    private static let genericAdjectiveLemmas = lemmaAtoms(["всесвітній", "світовий", "міжнародний"])
    /// Nouns of events that such a name ends with.
    private static let genericEventLemmas = lemmaAtoms([
        "олімпіада", "чемпіонат", "форум", "фестиваль", "конгрес", "саміт", "турнір", "ігри", "день", "виставка", "ярмарок",
    ])
    /// Nouns of bodies that such a name ends with.
    private static let genericBodyLemmas = lemmaAtoms([
        "фонд", "комітет", "організація", "центр", "банк", "федерація", "асоціація", "союз", "суд", "трибунал", "агентство",
        "аеропорт", "інститут", "університет", "рада", "комісія",
    ])

    /// Applies `duration` to `spans`; true when something changed.
    static func addDurations(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var covered = coveredTokens(spans, count: input.tokenCount)
        func folded(_ t: Int) -> [UInt32] { word(t, input).map { ScalarText.fold($0) } }
        // Read in place first: this runs on every token, and few are numbers.
        func isCount(_ t: Int) -> Bool {
            let range = Int(input.starts[t])..<Int(input.ends[t])
            let first = input.scalars[range.lowerBound]
            if ScalarText.isDigit(first) { return range.count <= 3 && range.allSatisfy { ScalarText.isDigit(input.scalars[$0]) } }
            guard range.count <= 13, durationCountInitials.contains(ScalarText.fold(first)) else { return false }
            return durationCounts.contains(folded(t))
        }
        var changed = false
        for s in 0..<input.sentenceCount {
            let sentence = input.sentence(s)
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                defer { i += 1 }
                guard !covered[i], isCount(i), i == sentence.lowerBound || !isCount(i - 1) else { continue }
                var t = i + 1
                // `тридцять три роки`: a compound number.
                if t < sentence.upperBound, !covered[t], isCount(t) { t += 1 }
                if t < sentence.upperBound, !covered[t], durationQualifiers.contains(folded(t)) { t += 1 }
                guard t < sentence.upperBound, !covered[t], durationUnits.contains(folded(t)) else { continue }
                // `5 років 3 місяці`: one period.
                while t + 2 < sentence.upperBound, !covered[t + 1], !covered[t + 2], isCount(t + 1), durationUnits.contains(folded(t + 2)) {
                    t += 2
                }
                // Not a part of a name, nor a date: `2 дні тому`.
                if t + 1 < sentence.upperBound, covered[t + 1] || isCount(t + 1) || folded(t + 1) == durationAgo { continue }
                spans.append((i..<(t + 1), .period))
                for k in i...t { covered[k] = true }
                changed = true
            }
        }
        return changed
    }

    /// Numbers in words that count units of time (folded).
    private static let durationCounts = scalars([
        "один", "одна", "одну", "одного", "два", "дві", "двох", "три", "трьох", "чотири", "чотирьох", "п'ять", "п'яти", "шість",
        "шести", "сім", "семи", "вісім", "восьми", "дев'ять", "дев'яти", "десять", "десяти", "двадцять", "тридцять", "сорок",
        "п'ятдесят", "сто", "кілька", "кількох", "декілька", "декількох", "кільканадцять", "півтора", "півтори",
    ])
    /// The first letters of ``durationCounts``, folded.
    private static let durationCountInitials = Set(durationCounts.compactMap(\.first))
    /// Words between a number and its unit of time (`10 робочих днів`).
    private static let durationQualifiers = scalars(["робочих", "календарних", "останніх", "наступних"])
    /// Units of time after a number (folded).
    private static let durationUnits = scalars([
        "день", "дні", "днів", "доба", "доби", "діб", "тиждень", "тижні", "тижнів", "місяць", "місяці", "місяців", "рік", "роки",
        "років", "годину", "години", "годин", "хвилину", "хвилини", "хвилин", "секунду", "секунди", "секунд", "десятиліття",
        "десятиліть", "століття", "століть",
    ])
    /// `тому` (ago): `два дні тому` is a date.
    private static let durationAgo = "тому".unicodeScalars.map(\.value)

    /// Applies `remitContinuation` to `spans`; true when something changed.
    static func dropRemitContinuations(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        let before = spans.count
        spans.removeAll { span in
            let first = span.0.lowerBound
            let sentence = input.sentence(containing: first)
            guard span.1 == .job, isLowerCaseWord(first, input: input),
                first - 2 >= sentence.lowerBound, isConjunction(first - 1, input: input), isLowerCaseWord(first - 2, input: input)
            else { return false }
            // `з`/`із`/`зі` opens the remit within four lower-case words before the conjunction,
            // none of them a verb (`з країни зник і екс-голова` is no remit).
            var t = first - 2
            while t >= max(sentence.lowerBound, first - 6), isLowerCaseWord(t, input: input), input.morphology[t].transitionGroup / 2 != 2 {
                if withPrepositions.contains(word(t, input)) { return true }
                t -= 1
            }
            return false
        }
        return spans.count != before
    }

    /// `з`, `із`, `зі`: the prepositions that open a title's remit.
    private static let withPrepositions = scalars(["з", "із", "зі"])

    /// Applies `parentAcronym` to `spans`; true when something changed.
    static func joinParentAcronyms(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        var i = 0
        while i < spans.count {
            if spans[i].1 == .organization,
                let j = spans.firstIndex(where: { $0.1 == .organization && $0.0.count == 1 && $0.0.lowerBound == spans[i].0.upperBound }),
                isCyrillicAcronym(spans[j].0.lowerBound, input: input)
            {
                spans[i].0 = spans[i].0.lowerBound..<spans[j].0.upperBound
                spans.remove(at: j)
                changed = true
                if j < i { i -= 1 }
                continue
            }
            i += 1
        }
        return changed
    }

    /// Applies `numberedItem` to `spans`; true when something changed.
    static func dropNumberedItems(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        let before = spans.count
        spans.removeAll { span in
            let r = span.0
            guard span.1 == .location, (3...4).contains(r.count), isCapitalised(r.lowerBound, input: input),
                ScalarText.isLetter(input.scalars[Int(input.starts[r.lowerBound])]), word(r.lowerBound + 1, input) == [0x2116],
                input.morphology.count != input.tokenCount || !buildingLemmas.contains(input.morphology[r.lowerBound].lemma)
            else { return false }
            return (r.lowerBound + 2..<r.upperBound).allSatisfy { ScalarText.isDigit(input.scalars[Int(input.starts[$0])]) }
        }
        return spans.count != before
    }

    /// Applies `adjectiveBeforePerson` to `spans`; true when something changed.
    static func splitAdjectivesBeforePersons(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        var changed = false
        for i in spans.indices where spans[i].1 == .person && spans[i].0.count >= 2 {
            let t = spans[i].0.lowerBound
            let atoms = input.morphology[t]
            guard isCapitalised(t, input: input), atoms.isAdjective, !atoms.canBeFirstName, !atoms.canBeSurname,
                // The rest opens with a first name (not `Великий Чапельський`, `Небесний Отець`).
                isCapitalised(t + 1, input: input), input.morphology[t + 1].canBeFirstName
            else { continue }
            spans[i].0 = (t + 1)..<spans[i].0.upperBound
            if let title = spans.indices.first(where: { spans[$0].1 == .job && spans[$0].0.upperBound == t }) {
                spans[title].0 = spans[title].0.lowerBound..<(t + 1)
            } else {
                spans.append((t..<(t + 1), .job))
            }
            changed = true
        }
        return changed
    }

    /// Applies `budgetName` to `spans`; true when something changed.
    static func retypeBudgets(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        guard input.morphology.count == input.tokenCount else { return false }
        var changed = false
        for i in spans.indices where spans[i].1 == .organization && (2...3).contains(spans[i].0.count) {
            let r = spans[i].0
            guard input.morphology[r.lowerBound].isAdjective, input.morphology[r.lowerBound + 1].lemma == budgetLemma,
                r.count == 2 || word(r.lowerBound + 2, input) == ukraineGenitive
            else { continue }
            spans[i].1 = .miscellaneous
            changed = true
        }
        return changed
    }

    /// The lemma atom of `бюджет`, and `України` as written.
    private static let budgetLemma = ScalarText.hash("l:бюджет")
    private static let ukraineGenitive = "України".unicodeScalars.map(\.value)

    /// Applies `militaryUnit` to `spans`; true when something changed.
    static func addMilitaryUnits(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        var t = 0
        while t + 2 < input.tokenCount {
            defer { t += 1 }
            let unit = t..<(t + 3)
            guard word(t, input).map({ ScalarText.fold($0) }).starts(with: militaryStem),
                word(t + 1, input).map({ ScalarText.fold($0) }).starts(with: unitStem),
                input.sentence(containing: t).contains(t + 2), word(t + 2, input).contains(where: ScalarText.isDigit),
                word(t + 2, input).allSatisfy({ ScalarText.isDigit($0) || ScalarText.isLetter($0) }),
                // A number alone is a code only when no word it counts follows (`частині 25 пікапів`).
                word(t + 2, input).contains(where: ScalarText.isLetter) || t + 3 >= input.tokenCount || !isLowerCaseWord(t + 3, input: input),
                !spans.contains(where: { $0.0.lowerBound <= unit.lowerBound && unit.upperBound <= $0.0.upperBound && $0.0 != unit })
            else { continue }
            if spans.contains(where: { $0.0 == unit && $0.1 == .organization }) { continue }
            carve(unit, as: .organization, into: &spans)
            changed = true
            t += 2
        }
        // A numbered brigade or regiment: `36-ї окремої бригади морської піхоти`.
        guard input.morphology.count == input.tokenCount else { return changed }
        var covered = coveredTokens(spans, count: input.tokenCount)
        t = 0
        while t + 1 < input.tokenCount {
            defer { t += 1 }
            let number = word(t, input)
            guard !covered[t], let dash = number.firstIndex(of: 0x2D), dash > 0, number[..<dash].allSatisfy(ScalarText.isDigit),
                number[(dash + 1)...].allSatisfy(ScalarText.isLetter), number.count - dash <= 4
            else { continue }
            let sentence = input.sentence(containing: t)
            var head = t + 1
            while head < sentence.upperBound, head - t <= 4, !covered[head], isLowerCaseWord(head, input: input), input.morphology[head].isAdjective {
                head += 1
            }
            guard head < sentence.upperBound, !covered[head], isLowerCaseWord(head, input: input),
                militaryUnitStems.contains(where: { word(head, input).map { ScalarText.fold($0) }.starts(with: $0) })
            else { continue }
            // Its genitive complement: `морської піхоти`, `тероборони`.
            var end = head + 1
            var k = end
            while k < sentence.upperBound, k - end < 2, !covered[k], isLowerCaseWord(k, input: input), input.morphology[k].transitionGroup == 3 { k += 1 }
            if k < sentence.upperBound, k - end <= 2, !covered[k], isLowerCaseWord(k, input: input), input.morphology[k].transitionGroup == 1 { end = k + 1 }
            spans.append((t..<end, .organization))
            for i in t..<end { covered[i] = true }
            changed = true
            t = end - 1
        }
        return changed
    }

    /// Stems of the words for a numbered military unit (`бригади`, `полку`), folded.
    private static let militaryUnitStems = ["бригад", "полк", "батальйон", "дивізі", "корпус"].map { $0.unicodeScalars.map(\.value) }

    /// `не`, as written in lower case.
    private static let notWord = "не".unicodeScalars.map(\.value)

    /// `військов…` (military) and `частин…` (unit), folded.
    private static let militaryStem = "військов".unicodeScalars.map(\.value)
    private static let unitStem = "частин".unicodeScalars.map(\.value)

    /// The last letters of a declined surname's forms: vowels and `й` (`Хмельницький`,
    /// `Хмельницького`, `Покровська`).
    private static let surnameEndings: Set<UInt32> = Set("аеєиіїоуюяй".unicodeScalars.map(\.value))

    /// Whether token `t` is joined by a conjunction or comma to a place on either side
    /// (`Софія та Бухарест`, `Варна та Софія`).
    private static func isListedWithPlace(_ t: Int, spans: [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        func isJoiner(_ k: Int) -> Bool { k >= 0 && k < input.tokenCount && (isConjunction(k, input: input) || word(k, input) == [0x2C]) }
        return spans.contains { span in
            span.1 == .location && ((isJoiner(t + 1) && span.0.lowerBound == t + 2) || (isJoiner(t - 1) && span.0.upperBound == t - 1))
        }
    }

    /// Prepositions of place that may repeat inside a list of places, lower case.
    private static let listPrepositions = scalars(["у", "в", "на", "до", "з", "із", "біля"])

    /// Applies `placeList` to `spans`; true when something changed.
    static func placeLists(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        spans.sort { $0.0.lowerBound < $1.0.lowerBound }
        var changed = false
        var first = 0
        var streetsUntil = 0
        while first < spans.count {
            // The longest chain of spans from `first` joined by one comma or conjunction each.
            var last = first
            let sentence = input.sentence(containing: spans[first].0.lowerBound)
            while last + 1 < spans.count {
                let joiner = spans[last].0.upperBound
                // A preposition may repeat after the joiner: `у Коростені, Малині та на вулиці Шевченка`.
                let gap = spans[last + 1].0.lowerBound - joiner
                guard gap == 1 || gap == 2 && listPrepositions.contains(word(joiner + 1, input)),
                    sentence.contains(spans[last + 1].0.lowerBound),
                    word(joiner, input) == [0x2C] || isConjunction(joiner, input: input)
                else { break }
                last += 1
            }
            let items = first...last
            let places = items.filter { spans[$0].1 == .location }.count
            // A list of streets: it begins with a street word (`вулиці Городоцьку, Коперника та
            // Б. Хмельницького`) or comes after one in the plural (`вулиць Енгельса та Артема`).
            // After the plural, with or without a colon (`ремонт вулиць: В. Чорновола, Івана
            // Франка, …`), every name is a street, full names too.
            let start = spans[first].0.lowerBound
            let opening = word(start, input).map { ScalarText.fold($0) }
            var before = start - 1
            if before > 0 && word(before, input) == [0x3A] { before -= 1 }
            // A list after the plural goes on past a name or two the tagger left out (`б-р
            // Шевченка`): short words, capitalised ones and numbers, within its sentence.
            let continues = streetsUntil > 0 && sentence.contains(streetsUntil) && streetsUntil <= start
                && (streetsUntil..<start).allSatisfy { t in
                    let length = Int(input.ends[t]) - Int(input.starts[t])
                    return length <= 3 || isCapitalised(t, input: input) || ScalarText.isDigit(input.scalars[Int(input.starts[t])])
                }
            let afterPlural = before >= 0 && streetPlurals.contains(word(before, input).map { ScalarText.fold($0) }) || continues
            streetsUntil = afterPlural ? spans[last].0.upperBound : 0
            let ofStreets = afterPlural
                || spans[first].1 == .location && (streetWordForms.contains(opening) || streetAbbreviations.contains(opening))
            if items.count >= 3 && places * 2 > items.count || items.count >= 2 && ofStreets {
                // A surname alone or after initials (`Б. Хмельницького`); a full name
                // (`Петро Шевченко`) is a person even among places.
                for k in items where spans[k].1 == .person
                    && (afterPlural || spans[k].0.dropLast().allSatisfy({ isInitialPart($0, input: input) }))
                {
                    spans[k].1 = .location
                    changed = true
                }
            }
            first = last + 1
        }
        return changed
    }

    /// Applies `sharedHead` and `legalFormWithPerson` to `spans`; true when something changed.
    static func joinNeighbours(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, rules: Set<Rule>) -> Bool {
        var changed = false
        spans.sort { $0.0.lowerBound < $1.0.lowerBound }
        if rules.contains(.legalFormWithPerson) {
            var i = 0
            while i + 1 < spans.count {
                let (form, type) = spans[i]
                let (name, nameType) = spans[i + 1]
                if type == .organization, form.count == 1, nameType == .person, name.lowerBound == form.upperBound,
                    legalForms.contains(word(form.lowerBound, input).map { ScalarText.fold($0) })
                {
                    spans[i] = (form.lowerBound..<name.upperBound, .organization)
                    spans.remove(at: i + 1)
                    changed = true
                }
                i += 1
            }
        }
        if rules.contains(.sharedHead) {
            var covered = [Int: Int]()  // token → span index
            for (k, span) in spans.enumerated() { for t in span.0 { covered[t] = k } }
            var absorbed = Set<Int>()
            for k in spans.indices where spans[k].1 == .organization || spans[k].1 == .location {
                let head = spans[k].0.lowerBound
                guard spans[k].0.count >= 2, isCapitalised(head, input: input), isAdjective(head, input: input) else { continue }
                let sentence = input.sentence(containing: head)
                let agreement = ending(head, input: input)
                var start = head
                var joiner = head - 1
                // Walk back over `A ,` / `A і` pairs while the adjective stands alone.
                while joiner - 1 >= sentence.lowerBound {
                    let isJoiner = isConjunction(joiner, input: input) || word(joiner, input) == [0x2C]
                    let a = joiner - 1
                    let alone = covered[a].map { spans[$0].0.count == 1 } ?? true
                    guard isJoiner, covered[joiner] == nil, alone, isCapitalised(a, input: input), isAdjective(a, input: input),
                        ending(a, input: input) == agreement
                    else { break }
                    start = a
                    joiner = a - 1
                }
                guard start < head else { continue }
                for t in start..<head { if let j = covered[t] { absorbed.insert(j) } }
                spans[k].0 = start..<spans[k].0.upperBound
                changed = true
            }
            spans = spans.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element)
        }
        return changed
    }

    /// Whether token `t` is two or more letters that begin with two capitals (`ЄС`, `УЄФА`).
    private static func isAcronym(_ t: Int, input: TaggingInput) -> Bool {
        let start = Int(input.starts[t])
        return Int(input.ends[t]) - start >= 2 && ScalarText.isUpper(input.scalars[start]) && ScalarText.isUpper(input.scalars[start + 1])
    }

    /// Whether token `t` is an acronym of two to six characters with no lower-case letter
    /// (`ПАСЄ`, `ISO`; not `ЕСПРЕСО`, a name in capitals, nor `НАТОвський`).
    private static func isShortAcronym(_ t: Int, input: TaggingInput) -> Bool {
        let range = Int(input.starts[t])..<Int(input.ends[t])
        return range.count <= 6 && isAcronym(t, input: input)
            && range.allSatisfy { !ScalarText.isLetter(input.scalars[$0]) || ScalarText.isUpper(input.scalars[$0]) }
    }

    /// Whether token `t` is a word that begins with a lower-case letter.
    private static func isLowerCaseWord(_ t: Int, input: TaggingInput) -> Bool {
        ScalarText.isLetter(input.scalars[Int(input.starts[t])]) && !isCapitalised(t, input: input)
    }

    /// Which of `count` tokens lie inside one of `spans`: the rules that add names leave those alone.
    private static func coveredTokens(_ spans: [(Range<Int>, EntityType)], count: Int) -> ContiguousArray<Bool> {
        var covered = ContiguousArray<Bool>(repeating: false, count: count)
        for (r, _) in spans { for t in r { covered[t] = true } }
        return covered
    }

    /// Whether token `t` is the preposition `у` or `в`.
    private static func isInOrAt(_ t: Int, input: TaggingInput) -> Bool {
        let w = word(t, input)
        return w == [0x443] || w == [0x432]
    }

    /// Whether token `t` is a hyphen or a dash.
    private static func isDash(_ t: Int, input: TaggingInput) -> Bool {
        let w = word(t, input)
        return w == [0x2D] || w == [0x2013] || w == [0x2014]
    }

    /// Whether token `t` begins with a capital letter.
    private static func isCapitalised(_ t: Int, input: TaggingInput) -> Bool {
        ScalarText.isUpper(input.scalars[Int(input.starts[t])])
    }

    /// Whether token `t` is one capital letter or a full stop: the stuff of initials.
    private static func isInitialPart(_ t: Int, input: TaggingInput) -> Bool {
        let start = Int(input.starts[t])
        guard Int(input.ends[t]) - start == 1 else { return false }
        let v = input.scalars[start]
        return v == 0x2E || ScalarText.isUpper(v)
    }

    /// Applies `joinInitials` and `trailingSymbol` to `spans`; true when something changed.
    static func tidyEdges(
        _ spans: inout [(Range<Int>, EntityType)], input: TaggingInput, rules: Set<Rule>
    ) -> Bool {
        var changed = false
        if rules.contains(.trailingSymbol) {
            for i in spans.indices where spans[i].0.count >= 2 {
                let last = spans[i].0.upperBound - 1
                let start = Int(input.starts[last])
                guard Int(input.ends[last]) - start == 1 else { continue }
                let v = input.scalars[start]
                if v == 0x2122 || v == 0xAE || v == 0xA9 {
                    spans[i].0 = spans[i].0.lowerBound..<last
                    changed = true
                }
            }
        }
        if rules.contains(.joinInitials) {
            spans.sort { $0.0.lowerBound < $1.0.lowerBound }
            var i = 0
            while i + 1 < spans.count {
                let (a, ta) = spans[i]
                let (b, tb) = spans[i + 1]
                let initials = a.allSatisfy { isInitialPart($0, input: input) }
                    && input.scalars[Int(input.starts[a.upperBound - 1])] == 0x2E
                if ta == .person, tb == .person, a.upperBound == b.lowerBound, initials,
                    input.sentence(containing: a.lowerBound).contains(b.upperBound - 1)
                {
                    spans[i].0 = a.lowerBound..<b.upperBound
                    spans.remove(at: i + 1)
                    changed = true
                } else {
                    i += 1
                }
            }
        }
        return changed
    }

    /// First names in Latin script, folded (`Resources/latin-first-names.txt`; empty when
    /// the file is unreadable).
    static let latinFirstNames = Set(listedWords("latin-first-names.txt").map { $0.unicodeScalars.map { ScalarText.fold($0.value) } })

    /// Hashes of the makes of vehicles, folded (`Resources/vehicle-makes.txt`; empty when the
    /// file is unreadable).
    static let vehicleMakes = Set(listedWords("vehicle-makes.txt").map { foldedHash($0.unicodeScalars.map(\.value)) })

    /// Hashes of abbreviations of common nouns, folded (`Resources/common-abbreviations.txt`;
    /// empty when the file is unreadable).
    static let commonAbbreviations = Set(listedWords("common-abbreviations.txt").map { foldedHash($0.unicodeScalars.map(\.value)) })

    /// The lines of a word list in `Resources`, without comments and blank lines (none when
    /// the file is unreadable).
    private static func listedWords(_ file: String) -> [String] {
        guard let url = ResourceFiles.url(file), let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Hash of a word's folded scalars, the key of ``vehicleMakes`` and ``commonAbbreviations``.
    private static func foldedHash(_ scalars: some Collection<UInt32>) -> UInt64 {
        var h = ScalarText.seed
        for v in scalars { h = ScalarText.step(h, ScalarText.fold(v)) }
        return ScalarText.finish(h)
    }

    /// Words after a make that name the company, not a model (`Toyota Motor Europe`), folded.
    private static let companyWords = scalars([
        "motor", "motors", "group", "corporation", "corp", "company", "ag", "inc", "ltd", "llc", "gmbh", "sa", "europe",
        "ukraine", "international", "holding", "automotive", "bank", "financial", "finance", "trucks", "cars",
    ])

    /// Whether token `t` can be part of a vehicle model: Latin letters and digits, with a
    /// decimal point or comma inside (`Q7`, `Prado`, `1,8`, `TSI`).
    private static func isModelPart(_ t: Int, input: TaggingInput) -> Bool {
        let r = Int(input.starts[t])..<Int(input.ends[t])
        let first = input.scalars[r.lowerBound]
        guard ScalarText.isDigit(first) || (ScalarText.isLetter(first) && !ScalarText.isCyrillic(first)) else { return false }
        return r.allSatisfy { i in
            let v = input.scalars[i]
            return ScalarText.isDigit(v) || v == 0x2C || v == 0x2E || (ScalarText.isLetter(v) && !ScalarText.isCyrillic(v))
        }
    }

    /// Whether token `t` is a year of make: four digits from 1900, before a word in `р`
    /// (`2012 р.в.`, `2013 року випуску`).
    private static func isYearOfMake(_ t: Int, input: TaggingInput) -> Bool {
        let w = word(t, input)
        guard w.count == 4, w.allSatisfy(ScalarText.isDigit), w[0] == 0x31 || w[0] == 0x32, t + 1 < input.tokenCount else { return false }
        return ScalarText.fold(input.scalars[Int(input.starts[t + 1])]) == 0x440
    }

    /// Applies `vehicleModel` to `spans`; true when something changed.
    static func vehicleModels(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        let makes = vehicleMakes
        guard !makes.isEmpty else { return false }
        var changed = false
        for s in 0..<input.sentenceCount {
            let sentence = input.sentence(s)
            var t = sentence.lowerBound
            while t < sentence.upperBound {
                defer { t += 1 }
                let start = Int(input.starts[t])
                guard Int(input.ends[t]) - start >= 2, ScalarText.isUpper(input.scalars[start]),
                    makes.contains(foldedHash(input.scalars[start..<Int(input.ends[t])]))
                else { continue }
                var end = t + 1
                while end < sentence.upperBound, end - t <= 6, isModelPart(end, input: input), !isYearOfMake(end, input: input) {
                    end += 1
                }
                guard end > t + 1, !((t + 1)..<end).contains(where: { companyWords.contains(word($0, input).map { ScalarText.fold($0) }) })
                else { continue }
                let run = t..<end
                if spans.contains(where: { $0.0 == run && $0.1 == .artifact }) { continue }
                // Only spans that the car covers whole give way; a longer name keeps it.
                guard !spans.contains(where: { $0.0.overlaps(run) && ($0.0.lowerBound < run.lowerBound || $0.0.upperBound > run.upperBound) })
                else { continue }
                spans.removeAll { $0.0.overlaps(run) }
                spans.append((run, .artifact))
                changed = true
                t = end - 1
            }
        }
        return changed
    }

    /// Whether token `t` is a Latin-script word with a capital and then lower-case letters.
    private static func isLatinTitleWord(_ t: Int, input: TaggingInput) -> Bool {
        let r = Int(input.starts[t])..<Int(input.ends[t])
        guard r.count >= 2 else { return false }
        let first = input.scalars[r.lowerBound]
        guard first >= 0x41 && first <= 0x5A else { return false }
        return r.dropFirst().allSatisfy { i in
            let v = input.scalars[i]
            return (v >= 0x61 && v <= 0x7A) || (v >= 0xDF && v <= 0x24F && ScalarText.isLetter(v) && !ScalarText.isUpper(v))
        }
    }

    /// Applies `latinPerson` to `spans`; true when something changed.
    static func latinPersons(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        let names = latinFirstNames
        guard !names.isEmpty else { return false }
        var changed = false
        for s in 0..<input.sentenceCount {
            let sentence = input.sentence(s)
            var t = sentence.lowerBound
            while t < sentence.upperBound {
                guard isLatinTitleWord(t, input: input),
                    names.contains((Int(input.starts[t])..<Int(input.ends[t])).map { ScalarText.fold(input.scalars[$0]) })
                else {
                    t += 1
                    continue
                }
                var end = t + 1
                while end < sentence.upperBound && end - t < 3 && isLatinTitleWord(end, input: input) { end += 1 }
                let quoted = t > sentence.lowerBound && quoteDirection(t - 1, input: input) == 1
                guard end - t >= 2, !quoted else {
                    t = end
                    continue
                }
                let run = t..<end
                if !spans.contains(where: { $0.0 == run && $0.1 == .person }) {
                    carve(run, as: .person, into: &spans)
                    changed = true
                }
                t = end
            }
        }
        return changed
    }

    /// Whether token `t` is a lone opening (+1) or closing (−1) quotation mark, or neither (0).
    private static func quoteDirection(_ t: Int, input: TaggingInput) -> Int {
        let start = Int(input.starts[t])
        guard Int(input.ends[t]) - start == 1 else { return 0 }
        switch input.scalars[start] {
        case 0xAB, 0x201C, 0x201E: return 1
        case 0xBB, 0x201D: return -1
        default: return 0
        }
    }

    /// Applies `quotedNickname` to `spans`; true when something changed.
    static func joinQuotedNicknames(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        spans.sort { $0.0.lowerBound < $1.0.lowerBound }
        var i = 0
        while i < spans.count {
            let first = spans[i].0
            // A first name, a capitalised nickname of one or two words in quotation marks, a
            // surname: `Дмитро « Бобін » Олександров`.
            let open = first.upperBound
            guard spans[i].1 == .person, open + 3 < input.tokenCount, quoteDirection(open, input: input) == 1,
                let close = (open + 2...min(open + 3, input.tokenCount - 1)).first(where: { quoteDirection($0, input: input) == -1 }),
                isCapitalised(open + 1, input: input),
                let j = spans.firstIndex(where: { $0.1 == .person && $0.0.lowerBound == close + 1 }),
                input.sentence(containing: first.lowerBound).contains(close + 1)
            else {
                i += 1
                continue
            }
            let whole = first.lowerBound..<spans[j].0.upperBound
            spans[i].0 = whole
            spans.removeAll { span in span.0.lowerBound > first.lowerBound && span.0.upperBound <= whole.upperBound }
            changed = true
            i += 1
        }
        return changed
    }

    /// Applies `balancedQuotes` to `spans`; true when something changed.
    static func balanceQuotes(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var changed = false
        for i in spans.indices {
            let r = spans[i].0
            var opened = 0
            var closed = 0
            for t in r {
                let d = quoteDirection(t, input: input)
                if d > 0 { opened += 1 } else if d < 0 { closed += 1 }
            }
            let next = r.upperBound
            // The scan over all spans runs only for an unclosed quotation (rare), so that a
            // document with thousands of names stays linear.
            if opened > closed, next < input.tokenCount, quoteDirection(next, input: input) < 0,
                input.sentence(containing: r.lowerBound).contains(next), !spans.contains(where: { $0.0.contains(next) })
            {
                spans[i].0 = r.lowerBound..<(next + 1)
                changed = true
            } else if opened == 0, closed > 0, r.count >= 2, quoteDirection(r.upperBound - 1, input: input) < 0 {
                spans[i].0 = r.lowerBound..<(r.upperBound - 1)
                changed = true
            } else if next < input.tokenCount, word(next, input) == [0x29], bracketDepth(r, input: input) > 0,
                input.sentence(containing: r.lowerBound).contains(next), !spans.contains(where: { $0.0.contains(next) })
            {
                spans[i].0 = r.lowerBound..<(next + 1)
                changed = true
            }
        }
        return changed
    }

    /// Round brackets opened and not closed within tokens `r`.
    private static func bracketDepth(_ r: Range<Int>, input: TaggingInput) -> Int {
        var depth = 0
        for t in r where Int(input.ends[t]) - Int(input.starts[t]) == 1 {
            let v = input.scalars[Int(input.starts[t])]
            if v == 0x28 { depth += 1 } else if v == 0x29 { depth -= 1 }
        }
        return depth
    }

    /// Forms of the words for a settlement (`село`, `селище`, `місто`), folded.
    private static let settlementNouns = scalars([
        "село", "села", "селу", "селі", "селом", "селище", "селища", "селищу", "селищі", "селищем", "місто", "міста", "місту",
        "місті", "містом", "с", "смт", "м",
    ])

    /// Applies `documentConsistency` to `spans`; true when something changed.
    static func consistency(_ spans: inout [(Range<Int>, EntityType)], input: TaggingInput) -> Bool {
        var stems = ContiguousArray<UInt64>(repeating: 0, count: input.tokenCount)
        var capitalised = ContiguousArray<Bool>(repeating: false, count: input.tokenCount)
        input.scalars.withUnsafeBufferPointer { text in
            for i in 0..<input.tokenCount {
                let r = Int(input.starts[i])..<Int(input.ends[i])
                stems[i] = Stemmer.stemHash(text, r)
                capitalised[i] = ScalarText.isUpper(text[r.lowerBound]) && r.count > 1
            }
        }
        func key(_ r: Range<Int>) -> [UInt64] { r.map { stems[$0] } }
        let names: Set<EntityType> = [.person, .organization, .location]
        var votes: [[UInt64]: [EntityType: Int]] = [:]
        for (r, t) in spans where names.contains(t) && r.count <= 3 && r.allSatisfy({ capitalised[$0] }) {
            // A place named after a word for a settlement (`у селі Денеші`) is surely one: it
            // counts twice.
            let named = t == .location && r.lowerBound > 0 && settlementNouns.contains(word(r.lowerBound - 1, input).map { ScalarText.fold($0) })
            votes[key(r), default: [:]][t, default: 0] += named ? 2 : 1
        }
        guard !votes.isEmpty else { return false }
        var changed = false
        func majority(_ k: [UInt64]) -> (EntityType, Int, Int)? {
            guard let v = votes[k] else { return nil }
            let total = v.values.reduce(0, +)
            guard let best = v.max(by: { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }) else { return nil }
            return (best.key, best.value, total)
        }
        // Retype minority labels.
        for i in spans.indices where names.contains(spans[i].1) {
            if let (t, n, total) = majority(key(spans[i].0)), t != spans[i].1, n * 3 >= total * 2 {
                spans[i].1 = t
                changed = true
            }
        }
        // A lone word read as a place or body that is the surname of a full name in the
        // document is that person (`Хмельницький напав` after `Богдан Хмельницький`), unless a
        // preposition or a settlement word makes it a place (`у Хмельницькому`).
        var fullNameSurnames = Set<UInt64>()
        // Ended by a word that may be a surname, not a common noun (`Православна Церква`).
        for (r, t) in spans where input.morphology.count == input.tokenCount && t == .person && r.count >= 2
            && r.allSatisfy({ capitalised[$0] || isInitialPart($0, input: input) }) && input.morphology[r.upperBound - 1].canBeSurname
        {
            fullNameSurnames.insert(stems[r.upperBound - 1])
        }
        // Where the document also names the place after a preposition, the word is the place
        // there too (`приїхав до Хмельницького` … `Хмельницький отримав автобуси`).
        func isAfterPlaceWord(_ t: Int) -> Bool {
            guard t > 0 else { return false }
            let before = word(t - 1, input).map { ScalarText.fold($0) }
            return listPrepositions.contains(before) || settlementNouns.contains(before)
        }
        let placeStems = Set(spans.filter { $0.1 == .location && isAfterPlaceWord($0.0.lowerBound) }.map { stems[$0.0.lowerBound] })
        for i in spans.indices where (spans[i].1 == .location || spans[i].1 == .organization) && spans[i].0.count == 1 {
            let t = spans[i].0.lowerBound
            guard capitalised[t], fullNameSurnames.contains(stems[t]), !placeStems.contains(stems[t]), !isAcronym(t, input: input),
                !isAfterPlaceWord(t),
                // A declined surname ends in a vowel or `й`; a town's own name may not
                // (`Луцьк` beside `Олександр Луцький`).
                let last = word(t, input).last, surnameEndings.contains(ScalarText.fold(last))
            else { continue }
            spans[i].1 = .person
            changed = true
        }
        // Label missed occurrences (not at a sentence start, where capitals say little).
        var covered = coveredTokens(spans, count: input.tokenCount)
        // Surnames of full names: a lone capitalised word with that stem is the person, even
        // first in a sentence, unless the document also uses the word as another name type.
        var surnames = Set<UInt64>()
        for (r, t) in spans where t == .person && r.count >= 2 && r.allSatisfy({ capitalised[$0] }) {
            surnames.insert(stems[r.upperBound - 1])
        }
        for (key, v) in votes where key.count == 1 && v.keys.contains(where: { $0 != .person }) { surnames.remove(key[0]) }
        for s in 0..<input.sentenceCount where !surnames.isEmpty {
            let sentence = input.sentence(s)
            for t in sentence where capitalised[t] && !covered[t] && surnames.contains(stems[t]) {
                // A lone capitalised word, not part of a longer capitalised run.
                if t + 1 < sentence.upperBound && capitalised[t + 1] { continue }
                if t > sentence.lowerBound + 1 && capitalised[t - 1] { continue }
                spans.append((t..<(t + 1), .person))
                covered[t] = true
                changed = true
            }
        }
        let lengths = Set(votes.keys.map(\.count)).sorted(by: >)
        // Stems the document also writes in lower case: a common word at a sentence start.
        var lowerCaseStems = Set<UInt64>()
        for t in 0..<input.tokenCount where !capitalised[t] && isLowerCaseWord(t, input: input) { lowerCaseStems.insert(stems[t]) }
        for s in 0..<input.sentenceCount {
            let sentence = input.sentence(s)
            var i = sentence.lowerBound
            while i < sentence.upperBound {
                var step = 1
                for n in lengths where i + n <= sentence.upperBound {
                    let r = i..<(i + n)
                    guard r.allSatisfy({ capitalised[$0] && !covered[$0] }) else { continue }
                    // Only a whole capitalised run: not the start of a longer name.
                    if r.upperBound < sentence.upperBound && capitalised[r.upperBound] { continue }
                    if r.lowerBound - 1 > sentence.lowerBound && capitalised[r.lowerBound - 1] { continue }
                    guard let (t, n, total) = majority(key(r)), n * 3 >= total * 2 else { continue }
                    // At a sentence start, only a name the document gives twice elsewhere and
                    // never writes in lower case (`Яся`, not `Малий` beside `малий`), and not a
                    // word that may be an adjective before a lower-case noun of its case and
                    // gender (`Лютий мороз`).
                    if i == sentence.lowerBound {
                        if n < 2 || r.contains(where: { lowerCaseStems.contains(stems[$0]) }) { continue }
                        let next = r.upperBound
                        if next < sentence.upperBound, input.morphology.count == input.tokenCount, input.morphology[r.upperBound - 1].canBeAdjective,
                            isLowerCaseWord(next, input: input),
                            input.morphology[r.upperBound - 1].nounAgreement & input.morphology[next].nounAgreement != 0
                        {
                            continue
                        }
                    }
                    spans.append((r, t))
                    for t in r { covered[t] = true }
                    changed = true
                    step = r.count
                    break
                }
                i += step
            }
        }
        return changed
    }

    /// The gazetteer matches of every sentence: longest first, not overlapping.
    static func matches(_ input: TaggingInput, gazetteer: Gazetteer) -> [(tokens: Range<Int>, type: EntityType)] {
        matches(input, stems: tokenStems(input), gazetteer: gazetteer)
    }

    /// The stem hash of every token. Shape: `[tokenCount]`.
    static func tokenStems(_ input: TaggingInput) -> ContiguousArray<UInt64> {
        var stems = ContiguousArray<UInt64>(repeating: 0, count: input.tokenCount)
        input.scalars.withUnsafeBufferPointer { text in
            for i in 0..<input.tokenCount { stems[i] = Stemmer.stemHash(text, Int(input.starts[i])..<Int(input.ends[i])) }
        }
        return stems
    }

    /// ``matches(_:gazetteer:)`` with the stem of every token already made.
    static func matches(
        _ input: TaggingInput, stems: ContiguousArray<UInt64>, gazetteer: Gazetteer
    ) -> [(tokens: Range<Int>, type: EntityType)] {
        var result: [(Range<Int>, EntityType)] = []
        let lemmaStems = input.lemmaStems
        stems.withUnsafeBufferPointer { stems in
            for s in 0..<input.sentenceCount {
                let sentence = input.sentence(s)
                var i = sentence.lowerBound
                while i < sentence.upperBound {
                    if let entry = gazetteer.longestMatch(stems, lemmaStems: lemmaStems, at: i, limit: sentence.upperBound, alternation: true),
                        let type = EntityType(rawValue: entry.type)
                    {
                        result.append((i..<(i + entry.stems.count), type))
                        i += entry.stems.count
                    } else {
                        i += 1
                    }
                }
            }
        }
        return result
    }

    /// Applies the rules to `labels` in place.
    static func apply(
        _ labels: inout ContiguousArray<UInt8>, input: TaggingInput, gazetteer: Gazetteer,
        rules: Set<Rule> = Set(Rule.allCases)
    ) {
        let stems = tokenStems(input)
        let found = matches(input, stems: stems, gazetteer: gazetteer)
        var spans = BIOLabels.spans(labels)
        func overlapping(_ r: Range<Int>) -> [Int] { spans.indices.filter { spans[$0].0.overlaps(r) } }
        func isCapitalOrDigit(_ t: Int) -> Bool {
            let v = input.scalars[Int(input.starts[t])]
            return ScalarText.isUpper(v) || ScalarText.isDigit(v)
        }
        var changed = false
        for (tokens, type) in found {
            let hits = overlapping(tokens)
            let nameType = type == .organization || type == .location
            if nameType && tokens.count >= 2 && !hits.isEmpty && rules.contains(.completeKnownName) {
                let inside = hits.allSatisfy { tokens.contains(spans[$0].0.lowerBound) && spans[$0].0.upperBound <= tokens.upperBound }
                let startsTogether = hits.contains { spans[$0].0.lowerBound == tokens.lowerBound }
                if inside && startsTogether && !(hits.count == 1 && spans[hits[0]].0 == tokens) {
                    for h in hits.sorted(by: >) { spans.remove(at: h) }
                    spans.append((tokens, type))
                    changed = true
                    continue
                }
            }
            // A place the gazetteer knows only as an organisation is one (`Єврокомісією`); not an
            // acronym, which NER-UK annotates either way (`ЄС`: 3 places, 1 organisation).
            let placeOfOrganisation = type == .organization && hits.count == 1 && spans[hits[0]].1 == .location
                && !isAcronym(tokens.lowerBound, input: input)
            // A one-word person whom the dictionary knows by that first name stays one (`Софія`,
            // a woman and a capital) where the document gives the full name (`Софії
            // Мірошниченко`): alone, `Софія підтримала санкції` is Bulgaria's government. Not
            // after a preposition (`у Миколаєві`), where the document names the place elsewhere
            // (`Потяг на Софію`), or beside a place (`Варна та Софія`). Surnames are left to the
            // gazetteer: `Вашингтон` stands for a capital more often.
            let knownPerson = hits.count == 1 && spans[hits[0]].1 == .person && tokens.count == 1
                && input.morphology.count == input.tokenCount && input.morphology[tokens.lowerBound].isSingularFirstName
                && (tokens.lowerBound == 0 || !listPrepositions.contains(word(tokens.lowerBound - 1, input).map { ScalarText.fold($0) }))
                && spans.contains { $0.1 == .person && $0.0.count >= 2 && stems[$0.0.lowerBound] == stems[tokens.lowerBound] }
                && !spans.contains { $0.1 == .location && $0.0.count == 1 && stems[$0.0.lowerBound] == stems[tokens.lowerBound] }
                && !isListedWithPlace(tokens.lowerBound, spans: spans, input: input)
            if nameType && hits.count == 1 && spans[hits[0]].0 == tokens && !knownPerson
                && (spans[hits[0]].1 != .organization && spans[hits[0]].1 != .location || placeOfOrganisation)
                && rules.contains(.knownNameType)
            {
                spans[hits[0]].1 = type
                changed = true
                continue
            }
            if type == .organization && hits.count == 1 && spans[hits[0]].1 == .person && spans[hits[0]].0.count > tokens.count
                && rules.contains(.personWithOrganisation)
            {
                spans.remove(at: hits[0])
                changed = true
                continue
            }
            // One word only as an organisation's acronym (`ПАСЄ`, `УЄФА`): a one-word place or
            // body written as a word is a common noun as often (`Альянс`, `Суми`), and a word in
            // capitals longer than an acronym is a name shouted (`ЕСПРЕСО`).
            let knownAcronym = type == .organization && tokens.count == 1 && isShortAcronym(tokens.lowerBound, input: input)
            if nameType && (tokens.count >= 2 || knownAcronym) && hits.isEmpty && isCapitalOrDigit(tokens.lowerBound)
                && rules.contains(.addKnownName)
            {
                spans.append((tokens, type))
                changed = true
                continue
            }
            // A person that opens a sentence with a title is a title and a person: `Адвокатка
            // Гончарук Світлана Мороз заявила`. (Inside a sentence a capitalised title before a
            // name is a street's name often enough: `вулиць …, Сержанта Смірнова`.)
            // Inside a sentence only before a full name: `повідомив Президент Володимир
            // Зеленський`, but not the street `Сержанта Смірнова`.
            if type == .job && hits.count == 1 && spans[hits[0]].1 == .person && spans[hits[0]].0.lowerBound == tokens.lowerBound
                && spans[hits[0]].0.upperBound > tokens.upperBound
                && (tokens.lowerBound == input.sentence(containing: tokens.lowerBound).lowerBound || spans[hits[0]].0.upperBound - tokens.upperBound >= 2)
                && rules.contains(.knownNameType)
            {
                splitTitle(&spans, hits[0], at: tokens.upperBound)
                changed = true
                continue
            }
            // A title tagged as a place is a title: `на підпис Президентові` is no place. (As an
            // organisation or a person it is a nickname or a team often enough: `Тренери`.)
            // A street named after them stays: `вулиць Космонавтів`.
            func folded(_ t: Int) -> [UInt32] { t >= 0 ? word(t, input).map { ScalarText.fold($0) } : [] }
            let before = tokens.lowerBound - 1
            let afterStreetWord = streetWordForms.contains(folded(before)) || streetPlurals.contains(folded(before))
                || (folded(before) == [0x2E] && streetAbbreviations.contains(folded(before - 1)))
            if type == .job && hits.count == 1 && spans[hits[0]].0 == tokens && spans[hits[0]].1 == .location && !afterStreetWord
                && rules.contains(.knownNameType)
            {
                spans[hits[0]].1 = .job
                changed = true
                continue
            }
            if type == .job && hits.isEmpty && rules.contains(.accordingToTitle) && isAfterAccordingTo(tokens, input: input) {
                spans.append((tokens, .job))
                changed = true
                continue
            }
            if type == .job && rules.contains(.addTitle) {
                let next = spans.first { $0.0.lowerBound == tokens.upperBound }
                // Organisations or places wholly inside the title belong to it (`голова
                // Верховної Ради` before a name), as NER-UK annotates titles.
                let inside = hits.allSatisfy { h in
                    (spans[h].1 == .organization || spans[h].1 == .location) && tokens.contains(spans[h].0.lowerBound)
                        && spans[h].0.upperBound <= tokens.upperBound && spans[h].0.lowerBound > tokens.lowerBound
                }
                let nameNext = next.map { $0.1 == .person || $0.1 == .organization || $0.1 == .location } ?? false
                if inside, let next, hits.isEmpty ? nameNext : next.1 == .person {
                    for h in hits.sorted(by: >) { spans.remove(at: h) }
                    spans.append((tokens, .job))
                    changed = true
                }
            }
        }
        if rules.contains(.latinPerson) && latinPersons(&spans, input: input) { changed = true }
        if rules.contains(.adjacentPersons) {
            let places = Set(found.filter { $0.type == .location }.flatMap { Array($0.tokens) })
            if splitAdjacentPersons(&spans, input: input, places: places) { changed = true }
        }
        if rules.contains(.documentConsistency) && consistency(&spans, input: input) { changed = true }
        if rules.contains(.trailingNumber) {
            for i in spans.indices where spans[i].1 == .person || spans[i].1 == .location {
                let r = spans[i].0
                guard r.count >= 2 else { continue }
                let last = r.upperBound - 1
                let lastIsNumber = (Int(input.starts[last])..<Int(input.ends[last])).allSatisfy {
                    ScalarText.isDigit(input.scalars[$0])
                }
                let previousIsWord = ScalarText.isLetter(input.scalars[Int(input.starts[last - 1])])
                if lastIsNumber && previousIsWord {
                    spans[i].0 = r.lowerBound..<last
                    changed = true
                } else if lastIsNumber, r.count >= 3, isDash(last - 1, input: input),
                    ScalarText.isLetter(input.scalars[Int(input.starts[last - 2])])
                {
                    // A count after a dash is no part of the name: `з Хмельницької – 12`.
                    spans[i].0 = r.lowerBound..<(last - 1)
                    changed = true
                }
            }
        }
        if rules.contains(.balancedQuotes) && balanceQuotes(&spans, input: input) { changed = true }
        if tidyEdges(&spans, input: input, rules: rules) { changed = true }
        if rules.contains(.personAfterPlace) {
            let placeEnds = Set(found.filter { $0.type == .location }.map(\.tokens.upperBound))
            let known = Set(found.flatMap { Array($0.tokens) })
            for i in spans.indices where spans[i].1 == .organization && spans[i].0.count >= 4 {
                let r = spans[i].0
                let cut = r.upperBound - 2
                guard placeEnds.contains(cut), !known.contains(cut), !known.contains(cut + 1),
                    (cut..<r.upperBound).allSatisfy({ isCapitalised($0, input: input) && ScalarText.isLetter(input.scalars[Int(input.starts[$0])]) }),
                    !r.contains(where: { quoteDirection($0, input: input) != 0 })
                else { continue }
                spans[i].0 = r.lowerBound..<cut
                spans.append((cut..<r.upperBound, .person))
                changed = true
            }
        }
        if rules.contains(.splitCoordination) {
            // A gazetteer name with a conjunction in it (`Боснія і Герцеговина`) is one name.
            let known = Set(found.filter { $0.type == .location || $0.type == .organization }.map(\.tokens))
            if splitCoordination(&spans, input: input, keeping: known) { changed = true }
        }
        if rules.contains(.sharedSurname) && joinSharedSurnames(&spans, input: input) { changed = true }
        if rules.contains(.surnameBeforeName) && joinSurnamesBeforeNames(&spans, input: input) { changed = true }
        if rules.contains(.nameParticle) && joinNameParticles(&spans, input: input) { changed = true }
        if rules.contains(.wordAfterInitials) && cutWordsAfterInitials(&spans, input: input) { changed = true }
        if joinNeighbours(&spans, input: input, rules: rules) { changed = true }
        if rules.contains(.rangeIsPeriod) {
            for i in spans.indices where spans[i].1 == .date && !NestedDates.dates(inPeriod: spans[i].0, input: input).isEmpty {
                spans[i].1 = .period
                changed = true
            }
        }
        if abbreviations(&spans, input: input, rules: rules) { changed = true }
        if rules.contains(.settlementName) && settlements(&spans, input: input) { changed = true }
        if rules.contains(.vehicleModel) && vehicleModels(&spans, input: input) { changed = true }
        if rules.contains(.initialsPerson) && initialsPersons(&spans, input: input) { changed = true }
        if rules.contains(.surnameOfPerson) && surnamesOfPersons(&spans, input: input, stems: stems, known: found) { changed = true }
        if rules.contains(.personalNamePlace) && personalNamePlaces(&spans, input: input) { changed = true }
        if rules.contains(.placeList) && placeLists(&spans, input: input) { changed = true }
        if rules.contains(.namedAfter) && namesBorne(&spans, input: input) { changed = true }
        if rules.contains(.headNoun) && headNouns(&spans, input: input) { changed = true }
        if rules.contains(.landmarkNoun) && landmarkNouns(&spans, input: input) { changed = true }
        if rules.contains(.afterPlaceKind) && placesAfterKind(&spans, input: input) { changed = true }
        if rules.contains(.knownPlace) && knownPlaces(&spans, input: input, stems: stems) { changed = true }
        if rules.contains(.districtOfRegion) && splitDistricts(&spans, input: input) { changed = true }
        if rules.contains(.eventName) && events(&spans, input: input, stems: stems) { changed = true }
        if rules.contains(.placeTail) && placeTails(&spans, input: input) { changed = true }
        if rules.contains(.companyName) && companies(&spans, input: input) { changed = true }
        if rules.contains(.regionalOffice) && regionalOffices(&spans, input: input) { changed = true }
        if rules.contains(.knownOrganisation) && knownOrganisations(&spans, input: input, stems: stems) { changed = true }
        if rules.contains(.remitList) && remitLists(&spans, input: input) { changed = true }
        if rules.contains(.titleAfterTitle) && input.morphology.count == input.tokenCount {
            let titles = found.filter { $0.type == .job }.map(\.tokens)
            var added: [(Range<Int>, EntityType)] = []
            for i in spans.indices where spans[i].1 == .job {
                let r = spans[i].0
                // The first inner title whose first word cannot be a genitive: a new subject.
                guard let inner = titles.first(where: { t in
                    t.lowerBound > r.lowerBound + 1 && t.upperBound <= r.upperBound && isLowerCaseWord(t.lowerBound, input: input)
                        && input.morphology[t.lowerBound].transitionGroup % 2 == 0 && input.morphology[t.lowerBound].transitionGroup / 2 <= 1
                }) else { continue }
                spans[i].0 = r.lowerBound..<inner.lowerBound
                added.append((inner.lowerBound..<r.upperBound, .job))
            }
            if !added.isEmpty {
                spans += added
                changed = true
            }
        }
        if rules.contains(.titleReadAsBody) && input.morphology.count == input.tokenCount {
            // A capitalised title with its remit or country is a title (`Міністр оборони
            // України`, `Президенту України`), not the body it heads.
            let places = Set(found.filter { $0.type == .location }.flatMap { Array($0.tokens) })
            for i in spans.indices where spans[i].1 == .organization && spans[i].0.count >= 2 {
                let r = spans[i].0
                let second = r.lowerBound + 1
                guard isCapitalised(r.lowerBound, input: input), !isAcronym(r.lowerBound, input: input),
                    capitalisedTitleLemmas.contains(input.morphology[r.lowerBound].lemma),
                    isLowerCaseWord(second, input: input) || (r.count == 2 && places.contains(second))
                else { continue }
                spans[i].1 = .job
                changed = true
            }
        }
        if rules.contains(.titleReadAsBody) {
            // Titles of two or more lower-case words only: one word matched by its stem may be
            // a body's own (`мерії` for `мер`, `Секретаріату президента`).
            // Only adjectives may stand before the title (`Харківський`): a noun makes it a body
            // of the title-holder (`Колегії генерального прокурора`, `Виконком … міського голови`).
            let titleStarts = Dictionary(found.filter { title in
                title.type == .job && title.tokens.count >= 2 && title.tokens.allSatisfy { isLowerCaseWord($0, input: input) }
            }.map { ($0.tokens.upperBound, $0.tokens.lowerBound) }, uniquingKeysWith: { min($0, $1) })
            if input.morphology.count == input.tokenCount {
                for i in spans.indices where spans[i].1 == .organization {
                    guard let start = titleStarts[spans[i].0.upperBound], start >= spans[i].0.lowerBound,
                        (spans[i].0.lowerBound..<start).allSatisfy({ input.morphology[$0].isAdjective })
                    else { continue }
                    spans[i].1 = .job
                    changed = true
                }
            }
        }
        if rules.contains(.weekdayName) && dropWeekdays(&spans, input: input) { changed = true }
        if rules.contains(.titleTail) {
            let titles = Set(found.filter { $0.type == .job && $0.tokens.count == 1 }.map(\.tokens.lowerBound))
            if titleTails(&spans, input: input, titles: titles) { changed = true }
        }
        if rules.contains(.numberedItem) && dropNumberedItems(&spans, input: input) { changed = true }
        if rules.contains(.workTitle) && workTitles(&spans, input: input) { changed = true }
        if rules.contains(.coordinatedPlace) && coordinatedPlaces(&spans, input: input) { changed = true }
        // After the place rules, which read a person in a list of places as a place.
        if rules.contains(.commonWordPerson) && dropCommonWordPersons(&spans, input: input, stems: stems) { changed = true }
        if (rules.contains(.holidayName) || rules.contains(.prizeName) || rules.contains(.buildingName)) && daysAndBuildings(&spans, input: input, rules: rules) {
            changed = true
        }
        if rules.contains(.commonAbbreviation) && dropCommonAbbreviations(&spans, input: input) { changed = true }
        if rules.contains(.neuterSubject) && dropNeuterSubjects(&spans, input: input) { changed = true }
        if rules.contains(.commonNounOpening) && dropCommonNounsOpeningSentences(&spans, input: input, stems: stems) { changed = true }
        if rules.contains(.weaponName) && weapons(&spans, input: input, stems: stems) { changed = true }
        if rules.contains(.listedTitle) && addListedTitles(&spans, input: input, stems: stems) { changed = true }
        if rules.contains(.listedTitle) && capitalisedTitles(&spans, input: input, stems: stems) {
            changed = true
            // What a title was cut from may be a listed place (`Посол` + `Французької Республіки`).
            if rules.contains(.knownPlace) { _ = knownPlaces(&spans, input: input, stems: stems) }
        }
        if rules.contains(.adjectiveBeforePerson) && splitAdjectivesBeforePersons(&spans, input: input) { changed = true }
        if rules.contains(.settlementHead) && settlementHeads(&spans, input: input) { changed = true }
        if rules.contains(.abbreviationRemit) && cutRemits(&spans, input: input) { changed = true }
        if rules.contains(.headOfState) && addHeadsOfState(&spans, input: input) { changed = true }
        if rules.contains(.addQuantity) && addQuantities(&spans, input: input) { changed = true }
        if rules.contains(.quantityRange) && completeQuantities(&spans, input: input) { changed = true }
        if rules.contains(.addNumericDate) && addNumericDates(&spans, input: input) { changed = true }
        if rules.contains(.latinLegalForm) && completeLatinLegalForms(&spans, input: input) { changed = true }
        if rules.contains(.lawTitle) && completeLawTitles(&spans, input: input) { changed = true }
        if rules.contains(.coordinatedRemit) && completeCoordinatedRemits(&spans, input: input) { changed = true }
        if rules.contains(.parenthesisedName) && splitParenthesisedNames(&spans, input: input) { changed = true }
        if rules.contains(.quotedNickname) && joinQuotedNicknames(&spans, input: input) { changed = true }
        if rules.contains(.parentAcronym) && joinParentAcronyms(&spans, input: input) { changed = true }
        if rules.contains(.parentBody) && joinParentBodies(&spans, input: input) { changed = true }
        if rules.contains(.duration) && addDurations(&spans, input: input) { changed = true }
        if rules.contains(.genericAdjective) && completeGenericAdjectives(&spans, input: input) { changed = true }
        if rules.contains(.countryRemit) && addCountryRemits(&spans, input: input) { changed = true }
        if rules.contains(.latinBodyName) && addLatinBodyNames(&spans, input: input) { changed = true }
        if rules.contains(.cityOfNationalBody) && splitCitiesOfNationalBodies(&spans, input: input) { changed = true }
        if rules.contains(.embassyName) && addEmbassyNames(&spans, input: input) { changed = true }
        if rules.contains(.honoraryTitle) && splitHonoraryTitles(&spans, input: input) { changed = true }
        if rules.contains(.militaryUnit) && addMilitaryUnits(&spans, input: input) { changed = true }
        if rules.contains(.bodyComplement) && completeBodyComplements(&spans, input: input) { changed = true }
        if rules.contains(.budgetName) && retypeBudgets(&spans, input: input) { changed = true }
        if rules.contains(.remitContinuation) && dropRemitContinuations(&spans, input: input) { changed = true }
        if rules.contains(.foreignText) {
            let before = spans.count
            spans.removeAll { span in
                var latinLower = 0
                for t in span.0 {
                    let first = input.scalars[Int(input.starts[t])]
                    let isLetter = ScalarText.isLetter(first)
                    if isLetter && ScalarText.isCyrillic(first) { return false }
                    if isLetter && !ScalarText.isUpper(first) { latinLower += 1 }
                }
                return latinLower >= 2
            }
            if spans.count != before { changed = true }
        }
        // A name never ends in a conjunction (`Міністерства юстиції та` + `Міністерства …`,
        // where a rule took `та` for the pronoun `та`).
        for i in spans.indices where spans[i].0.count >= 2 && isConjunction(spans[i].0.upperBound - 1, input: input) {
            spans[i].0 = spans[i].0.lowerBound..<(spans[i].0.upperBound - 1)
            changed = true
        }
        guard changed else { return }
        for i in labels.indices { labels[i] = 0 }
        // Where two rules left overlapping spans, the one that starts first (the longer on a
        // tie) is kept whole, so that the labels stay valid BIO.
        var free = 0
        for (range, type) in spans.sorted(by: { ($0.0.lowerBound, -$0.0.count) < ($1.0.lowerBound, -$1.0.count) }) {
            guard range.lowerBound >= free, !range.isEmpty else { continue }
            let b = BIOLabels.begin(type)
            for t in range { labels[t] = t == range.lowerBound ? b : b + 1 }
            free = range.upperBound
        }
    }
}
