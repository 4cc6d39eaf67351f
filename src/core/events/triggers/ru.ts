// Russian words for changes of control and fighting that the base lexicon (../lexicon.ts) lacks, as stems so every
// tense, aspect, gender, number and participle form matches. Plain pattern strings, turned into triggers by
// lexicon.ts (which this file must not import: it spreads these into TRIGGERS while it is being built). Listed before
// the base triggers, so where one of these and a base trigger cover the same words, this one is read.
import { DIRECTION } from '../directions.ts';
import { NO_SECOND_VERB } from './gaps.ts';
import { NOMINAL_RU } from '../nominal.ts';
import type { TriggerSpec } from './spec.ts';

/** Any inflectional tail. */
const T = String.raw`\p{L}*`;
/** ... and no letter right after a whole word. */
const R = String.raw`(?![\p{L}\p{N}])`;
/** A flag raised or set up: "водрузили флаг", "подняли российский триколор", "установили флаг" (what follows tells over
 * what). */
const FLAG_RAISED = String.raw`(?:водрузи|водружа|подня|поднима|подним|установи|устанавлива)${T}\s+(?:[\p{L}-]+\s+){0,3}?(?:флаг|триколор|знам[яе]н?|стяг)${T}`;
/** A flag or the Russian tricolour, as a noun. */
const FLAG = String.raw`(?:флаг|триколор|знам[яе]|стяг)${T}`;
/** "был", "уже" between a flag and its verb. */
const FLAG_ADVERBS = String.raw`(?:(?:был|была|было|уже)\s+)*`;
/** A flag raised, set or back ("поднят", "установлен", "взвился", "вернулся"), or flying again ("снова развевается",
 * "вновь реет"): the act is done, the place taken. */
const FLAG_TAKEN = String.raw`${FLAG_ADVERBS}(?:(?:(?:снова|вновь|опять)\s+(?:уже\s+)?)?(?:поднят|водруж[её]н|установлен|взвил|взвива|вернул(?:ся|ась|ись|ось))\p{L}*|(?:снова|вновь|опять)\s+(?:уже\s+)?(?:развева(?:ет|ют)ся|ре(?:ет|ют)))`;
/** A flag flying, with no act told ("над X развевается флаг Украины"): the side holds the place (the gold's hold). */
const FLAG_FLYING = String.raw`${FLAG_ADVERBS}(?:развева(?:ет|ют)ся|ре(?:ет|ют))${R}`;
/** A clause that opens with the place a flag is over or back in: "над X", "в село X" (no clause break up to the flag). */
// (the phrase opens the clause and holds no other preposition: "на митинге в X развеваются флаги", "над X в День флага"
// are no flag over a place)
const PLACE_FIRST = String.raw`(?:^|[.,;:!?—–(«"]\s*|(?<![\p{L}])(?:а|и|но|вот)\s+)(?:над|в|во)\s+(?:(?!(?:в|во|на|у|с|из|от|для|по|при|о|об)\s)[^\s.;:!?,]+\s+){1,4}`;
/** Whose flag, after it: "флаг Украины", "флаг России", "флаг РФ". */
const FLAG_OWNER = String.raw`(?:\s+(?:Украин|Росси|РФ)\p{L}*)?`;
/** After a flag: over or on the edge of a place ("над северными окраинами", "на окраине"). */
const FLAG_EDGE = String.raw`\s+(?:над|на|в|во)\s+(?:\p{L}+\s+)?(?:окраин|околиц)${T}`;
/** A distance gained before a compass adverb: "более чем на один километр", "на 500 метров", "почти на 2 км". */
const DISTANCE = String.raw`(?:(?:более\s+чем|больше\s+чем|почти|около|свыше|еще|ещё)\s+)?на\s+[\p{L}\p{N},.]+\s+(?:[\p{L}\p{N}]+\s+)?(?:километр|км|метр|м)${T}\s+`;
/** Words for attacks and advances, the object of a verb of holding off. */
const ATTACK = String.raw`(?:атак|контратак|штурм|наступлени|продвижени|натиск|попыт|(?:штурмов|наступательн|боев)${T}\s+действи)${T}`;

/** A flag as the subject of `verb` over a place after it, or after a place that opens the clause, in either order. */
function flagOverPlace(verb: string): string {
  return String.raw`${FLAG}\s+${verb}\s+(?:над|в|во)${R}|(?<=${PLACE_FIRST})(?:${FLAG}\s+${verb}|${verb}\s+(?:[\p{L}-]+\s+){0,2}?${FLAG}${FLAG_OWNER})(?=\s*[.,;:!?—–"»]|\s*$)`;
}

export const RU_TRIGGERS: readonly TriggerSpec[] = [
  // "подразделения переместились на новые рубежи западнее X", "личный состав был перемещен на более выгодные рубежи",
  // "осуществили организованный маневр в районе X": a side's own word for its withdrawal, a move of its troops to new or
  // better lines (not "вышли на новые рубежи", "заняли новые рубежи": an advance). Dev: ru-183, ru-51, ru-336, uk-323
  {
    action: 'withdrew',
    pattern: String.raw`(?:перемест|перемещ|переве[дл]|перевод)${T}\s+(?:\p{L}+\s+){0,3}?на\s+(?:(?:нов|более|заранее|подготовленн|выгодн|запасн|оборонн)\p{L}*\s+){1,3}(?:рубеж|позици)${T}|(?:осуществ|провед|провел|соверш)${T}\s+организованн${T}\s+ман[её]вр${T}`,
  },
  // "деоккупированную на этой неделе Балаклею", "деоккупация Херсона", "отвоевали X", "удалось вернуть под свой
  // контроль X", "о полном возвращении Суджи под контроль российских войск": a side taking back its own ground
  {
    action: 'liberated',
    pattern: String.raw`деоккупир${T}|деоккупац${T}|отво[её]ва${T}|верну${T}\s+под\s+(?:свой\s+|наш\s+)?контроль|возвращени${T}(?=\s+(?:\p{L}+\s+){1,4}?под\s+(?:\p{L}+\s+)?контроль)`,
  },
  { action: 'liberated', pattern: String.raw`верну(?:ли|л|ла|ло|ть)${R}`, name: true },
  // "ВСУ уволили село X", "уволили Калиновку, Бобровый Кут и Y": the Russian copy of Ukrainian outlets, machine-translated,
  // renders "звільнили" (liberated, and also dismissed from a post) as "уволили"; with a settlement's name after it, it is
  // the liberation ("уволили командира" names none). Dev: ru-166 (Investigator), ru-210 (НикВести), ru-244 (УНИАН),
  // ru-246 (Новини.LIVE), claims 212_ukrainatoday_ru ("уволено более 20 населенных пунктов")
  { action: 'liberated', pattern: String.raw`(?:уволи|уволен|увольня)${T}`, name: true },
  // "водрузили флаг в центре Авдеевки", "подняли российский триколор над X", "над X поднят флаг": a flag raised over a place is its taking (the side is the
  // flag's; the lexicon's normalisation makes a side's own place liberated). Over its edge ("водрузили флаг над
  // северными окраинами X") it is fighting there, as a foothold on the edge is (below), not the place's taking
  {
    action: 'captured',
    pattern: String.raw`${FLAG_RAISED}(?!${FLAG_EDGE})`,
  },
  {
    action: 'fighting',
    pattern: String.raw`${FLAG_RAISED}${FLAG_EDGE}`,
  },
  // "Российский флаг был поднят над X", "флаг установлен в X", "украинский флаг взвился в X", "флаг вернулся в X", "флаг
  // вновь развевается над X": the flag as the subject, raised, back or flying again over a place. The place may come
  // first, as Russian copy often has it ("над X подняли флаг", "над X снова развевается флаг Украины"): after "над" or
  // "в" and a place opening the clause, the verb and the flag in either order (the side is the flag's, as above)
  { action: 'captured', pattern: flagOverPlace(FLAG_TAKEN) },
  // "над X развевается флаг Украины", "флаг реет над X": flying with no act told is the flag side's hold
  { action: 'controls', pattern: flagOverPlace(FLAG_FLYING) },
  // "начали штурмовать Часов Яр", "атакуют Покровск", "штурм Суджи", "окружение Покровска", "наступление ВСУ на X"
  {
    action: 'fighting',
    pattern: String.raw`(?:атакова|штурмова)${T}|атаку(?:ет|ют|я)${R}|(?:штурм|осад|окружени|блокад)(?:а|у|ом|е|ы)?${R}`,
    name: true,
  },
  { action: 'fighting', pattern: String.raw`наступлени${T}\s+\p{L}+\s+на${R}` },
  // "населённые пункты X и Y находятся в так называемой «серой зоне»": ground neither side holds is fought over (the
  // settlement is the subject before, as in the Ukrainian "перебуває в сірій зоні")
  { action: 'fighting', pattern: String.raw`(?:в|во)\s+(?:так\s+называем${T}\s+)?["«„“]?сер(?:ой|ую)\s+зон(?:е|у)${R}["»”]?` },
  // "захватчики прорвались в село X": breaking into a place is entering it; "прорвались к X", "в район X" stay fighting
  {
    action: 'entered',
    pattern: String.raw`(?:прорва|прорыва|ворва|врыва)${T}\s+${NO_SECOND_VERB}(?:в|во)${R}(?!\s+(?:направлени${T}|район${T}|сторон${T}|глуб${T}|окраин${T}|пределах|оборон${T}|тыл${T})${R})`,
  },
  // "остановили 47 штурмовых действий агрессора в районах", "сдерживают продвижение врага": the subject holds the other
  // side off, which fights at the place
  {
    action: 'fighting',
    pattern: String.raw`(?:останови|остановлен|сдержа|сдержива)${T}\s+(?:\d+\s+)?(?:\p{L}+\s+){0,3}?${ATTACK}`,
    repelled: true,
  },
  // "Силы обороны отбросили российские войска возле X": pushing the enemy back is the pusher's counter-attack, fighting
  // by the subject (the gold's convention, round 22; "отразили атаку" stays the attacker's)
  // ("оттеснив противника дальше от Сум" pushes it away from a place, no fighting there)
  {
    action: 'fighting',
    pattern: String.raw`(?:отброси|отбрасыва|оттесни|оттесня)${T}${R}(?!\s+(?:\p{L}+\s+){0,2}?(?:дальше|подальше)\s+от${R})`,
  },
  // "о входе российских войск в Мирноград", "вход в X": entering named by its noun, as "о выводе войск из X" names a
  // withdrawal (not "в районе", "в направлении": ground near a place)
  {
    action: 'entered',
    pattern: String.raw`вход(?:а|е|ом)?\s+(?:\p{L}+\s+){0,2}?(?:в|во)${R}(?!\s+(?:направлени${T}|район${T}|сторон${T}|глуб${T}|окраин${T}|пределах|состав${T})${R})`,
  },
  // "продолжаются оборонительные бои в районах X": who fights a defensive battle holds the other side off
  {
    action: 'fighting',
    pattern: String.raw`(?:(?:продолжа|ид|вед)${T}\s+)?(?:оборонительн|оборонн)${T}\s+(?:бо[иеёй]${T}|действи${T}|операци${T})`,
    repelled: true,
  },
  // "пытаются прорвать оборону возле Киева", "прорыв обороны у X": breaking through defences is fighting there, as is
  // overcoming or wedging into them ("преодолели оборону ВСУ к северу от X", "вклинились в глубину обороны противника
  // северо-западнее X", "продвинулись в глубину обороны противника в районах X"), by the subject
  {
    action: 'fighting',
    pattern: String.raw`(?:прорв|прорыв|преодоле|преодолева|вклини|вклинива|продвину|продвига)${T}\s+(?:\p{L}+\s+){0,2}?(?:(?:в|во)\s+)?(?:глубин${T}\s+)?оборон${T}`,
  },
  // "продвинулись в центральной части Торецка", "продвинулись к Покровску": advancing within part of a place or towards
  // it is fighting there, not entering it (read before the lexicon's "продвинулись в/к" of entering)
  {
    action: 'fighting',
    pattern: String.raw`(?:продвину|продвига)${T}\s+(?:\p{L}+\s+){0,2}?(?:(?:в|на)\s+(?:\p{L}+\s+)?(?:част|окраин|квартал|окрестност)${T}|к|ко)${R}`,
  },
  // "атаковали к северо-востоку от Торецка", "бои продолжаются к югу от X": fighting off one side of a place
  {
    action: 'fighting',
    pattern: String.raw`(?:атакова|контратакова|наступа|продвига|продвину|бо[иейя]|сражени|боев${T}\s+действи)${T}\s+(?:\p{L}+\s+){0,2}?(?:к|на)\s+(?:север|юг|запад|восток|северо-запад|северо-восток|юго-запад|юго-восток)${T}\s+от${R}`,
  },
  // "блокировали населенный пункт X с юга", "окружили X": cutting a place off is fighting there, by the subject
  { action: 'fighting', pattern: String.raw`(?:блокирова|блокиру|окружи|окружа(?!ющ))${T}` },
  // "гарнизон ВСУ в X окружен", "попала в полное окружение", "X попал в серьезные клещи", "войска в X взяты в кольцо",
  // "оказался в тяжелом положении в X": the subject is the side cut off or pressed, so the actor is the other side
  {
    action: 'fighting',
    pattern: String.raw`(?:блокирован|окруж[её]н)(?:а|о|ы|ный|ная|ной|ного|ных|ную|ном|ному|ным|ные|ными)?${R}|(?:попа|оказа|наход)${T}\s+(?:\p{L}+\s+){0,3}?(?:окружени|котл|кот[её]л|клещ|(?:полу)?кольц)${T}|в\s+(?:полном\s+)?окружении${R}|взят(?:ы|а|о)?\s+во?\s+(?:\p{L}+\s+)?(?:клещи|(?:полу)?окружени|(?:полу)?кольц)${T}|(?:тяж[её]л|сложн|критическ|катастрофическ|затруднительн|безвыходн)${T}\s+положени${T}`,
    repelled: true,
  },
  // "удалось стабилизировать ситуацию в X": the subject held the other side's attack there
  {
    action: 'fighting',
    pattern: String.raw`стабилизир${T}\s+(?:\p{L}+\s+){0,1}?(?:ситуаци|обстановк|положени|фронт)${T}`,
    repelled: true,
  },
  // "осталось несколько километров до X": a side closing in on a place fights for it
  {
    action: 'fighting',
    pattern: String.raw`оста(?:лось|ется|ётся|валось|нется)\s+(?:\p{L}+\s+){0,2}?(?:километр|км|метр)${T}(?:\s+до)?${R}`,
  },
  // "закрепились на северо-западной окраине X", "вышли на окраины X": a foothold on the
  // edge of a place is fighting for it, not its entry
  {
    action: 'fighting',
    pattern: String.raw`(?:закрепи|закрепля|вклини|вклинива|зацепи|вышл|вышед|выход|зашл|заш[её]л|вошл|вош[её]л|ворва)${T}\s+(?:\p{L}+\s+){0,2}?(?:на|к)\s+(?:\p{L}+\s+)?(?:окраин|подступ|околиц)${T}`,
  },
  // "противник атакует в районе X", "атакуют позиции у X", "продолжает штурмовать позиции вблизи X": the present tense
  // the base list lacks, and the verb of storming in every form
  {
    action: 'fighting',
    pattern: String.raw`(?:(?:атаку|контратаку|штурму)(?:ет|ют|ем|я)|(?:штурмова|контратакова)${T})\s+(?:[\p{L}\p{N}]+,?\s+){0,5}?(?:в\s+район${T}|около|возле|вблизи|неподалеку(?:\s+от)?|вокруг|у|под|на\s+окраин${T})${R}`,
  },
  // "выбили ВСУ с окраин X", "вытеснили противника с позиций у X": pushing the other side off the edge of a place or
  // off positions is fighting there (driving it out of the place itself is its taking)
  {
    action: 'fighting',
    pattern: String.raw`(?:выби|вытесни|вытесня)${T}\s+(?:\p{L}+\s+){0,2}?со?\s+(?:\p{L}+\s+)?(?:окраин|позици|подступ|рубеж)${T}`,
  },
  // "улучшили свое положение в районах A, B", "заняли позиции вблизи X": ground taken or improved short of a settlement
  // is fighting near it, not its capture (a hold, "удерживают позиции у X", stays the base list's control)
  {
    action: 'fighting',
    pattern: String.raw`(?:заня|захвати|захват|взя|отби|отбива|верну|возвраща|восстанови|улучши|улучша)${T}\s+(?:\p{L}+\s+){0,2}?(?:позици|рубеж|высот|плацдарм|положени|опорн${T}\s+пункт)${T}\s+(?:[\p{L}\p{N}]+\s+){0,2}?(?:(?:в|во)\s+район(?:е|ах)|около|возле|вблизи|неподалеку(?:\s+от)?|вокруг|под|у|на\s+окраин${T}|на\s+подступах\s+к|${DIRECTION})${R}`,
  },
  // "усилил давление на X", "натиск на X", "продвигаются в сторону X": pressure or a move towards a place is fighting
  { action: 'fighting', pattern: String.raw`(?:давлени|натиск|нажим)${T}\s+на${R}` },
  {
    action: 'fighting',
    pattern: String.raw`(?:продвига|продвину|наступа|двига|выдвига|движ)${T}\s+(?:\p{L}+\s+){0,2}?в\s+сторону${R}`,
  },
  // "Торецк перешел под контроль ВС РФ" (the base list spells "перешёл" with ё only)
  { action: 'captured', pattern: String.raw`перешел\s+под\s+(?:\p{L}+\s+)?контроль${R}` },
  // "в X продолжаются «тяжёлые бои»", "проходили бои", "завязались бои": fighting, the battle noun maybe in quotes
  {
    action: 'fighting',
    pattern: String.raw`(?:ид[уё]т|вед[уё]тся|продолжа${T}|проход${T}|прош${T}|развернул${T}|завязал${T}|разгорел${T}|вспыхнул${T})\s+[«"“]?(?:\p{L}+\s+){0,2}?(?:бо[иёй]|сражени|столкновени|боестолкновени)${T}`,
  },
  // "восстановлен контроль над X": the passive of taking back control
  { action: 'liberated', pattern: String.raw`восстановл${T}\s+(?:\p{L}+\s+)?контроль(?:\s+над)?${R}` },
  // "контроль над X нашими бойцами восстановлен": the same passive with the place before its participle
  { action: 'liberated', pattern: String.raw`контроль\s+над(?=\s[^.!?;]{1,80}?(?<![\p{L}])восстановл[её]н${R})` },
  // "проводят мероприятия зачистки на северной окраине X": clearing part of a place is holding the other side off there
  // (the word between may not be a name: in "зачистили Лесовку в пригороде Y" the name is the place cleared, whole)
  {
    action: 'fighting',
    pattern: String.raw`(?:зачист|зачищ)${T}\s+(?:(?!\p{Lu})\p{L}+\s+){0,1}?(?:на|в|во)\s+(?:\p{L}+\s+)?(?:окраин|част|квартал|район|пригород)${T}`,
    repelled: true,
  },
  // "нанесены потери живой силе … в районах X", "нанесли потери противнику": losses inflicted are fighting there
  {
    action: 'fighting',
    pattern: String.raw`нанес${T}\s+(?:\p{L}+\s+){0,1}?потер${T}|нанесен${T}\s+(?:\p{L}+\s+){0,1}?(?:поражени|потер)${T}`,
  },
  // "бои произошли юго-западнее X", "ведут наступательные действия южнее и севернее города X", "наступательные действия
  // в районах юго-восточнее X": fighting placed by a compass adverb with the settlement in the genitive, also after a
  // distance ("продвинулись более чем на один километр южнее X", "вклинились на 500 метров северо-западнее X")
  {
    action: 'fighting',
    pattern: String.raw`(?:бо[иёяе]|столкновени|боестолкновени|сражени|(?:боев|штурмов|наступательн|активн)${T}\s+действи|атак|контратак|штурм|наступлени|наступа|атакова|штурмова|продвига|продвину|продвижени|вклини|вклинива)${T}\s+(?:\p{L}+\s+){0,3}?(?:${DISTANCE})?${DIRECTION}(?:\s+(?:и|или)\s+${DIRECTION})?${R}`,
  },
  // "украинские военные сохраняют позиции в X", "продолжают держать позиции в селе Y": a side keeping its positions in a
  // settlement holds it, as the base's "удерживают позиции" (a name, maybe after its noun, must follow; "держат оборону"
  // below is the defence fought at)
  {
    action: 'controls',
    pattern: String.raw`(?:держ|сохраня|сохрани)${T}\s+(?:сво${T}\s+)?позици${T}\s+(?:в|во)(?=\s+(?:(?:сел|сёл|город|пос[её]л)${T}\s+)?\p{Lu})`,
  },
  // "держат оборону в X", "удерживают оборону у X": defending a settlement is fighting there by the other side, as the
  // Ukrainian "тримають оборону у X"
  {
    action: 'fighting',
    pattern: String.raw`(?:держ|удержива)${T}\s+(?:\p{L}+\s+)?оборон${T}(?:\s+(?:в\s+районе|в|во|у|возле|около|вблизи|под))?${R}`,
    repelled: true,
  },
  // "Продолжение обороны Лисичанска", "руководил обороной X": the defence of a settlement is fighting there (the forms
  // the Ukrainian "оборона/оборону" pattern lacks; not "Силы обороны", "Министерство обороны", "линии обороны"). No
  // subject defends in the phrase, so the attacker is the side that fights at the place, as for "идут бои в X"
  {
    action: 'fighting',
    pattern: String.raw`(?<!(?:сил|сила|линии|линию|рубеж|министерств|министр|план|прорв|прорыв|совет|комитет)${T}\s+)оборон(?:ы|ой)`,
    name: true,
  },
  // Aspect: the imperfective present of a verb of taking tells of a taking under way, i.e. fighting: "освобождают Часов
  // Яр дом за домом", "выбивают ВСУ из X", "берут X в клещи" (the perfective "освободили", "выбили" is the change)
  {
    action: 'fighting',
    pattern: String.raw`(?:(?:освобожда|захватыва|выбива|вытесня|выдавлива)(?:ют|ет|ем|ете|я)|бер(?:ут|ёт|ет|ем))(?:\s+(?:\p{L}+\s+){0,2}?изо?)?${R}`,
  },
  // ... and the same for a taking continued or not yet done: "продолжают освобождение Торецка", "продолжается
  // освобождение X" is the act under way, fighting (the bare noun "освобождение X" stays a change); "взяли Угледар в
  // клещи/полукольцо/окружение/огневой мешок" cuts a place off, fighting by the subject (as "берут X в клещи", and "взят в клещи"
  // is no taking above), not the base "взяли X"; the ring may come first ("взяли в тактическое окружение группировку
  // ВСУ в населенном пункте X")
  {
    action: 'fighting',
    pattern: String.raw`продолжа${T}\s+(?:\p{L}+\s+){0,1}?(?:освобождени|захват)${T}|взя(?:ли|л|ла|ло)${R}(?=\s+(?:[\p{L}-]+\s+){0,3}?во?\s+(?:\p{L}+\s+)?(?:клещи|(?:полу)?окружени|(?:полу)?кольц|мешок)${T})`,
  },
  // "начали бои за освобождение X", "идут бои за освобождение X": a liberation still fought for is fighting, not done
  // (the Russian form of the Ukrainian "бої за звільнення X")
  {
    action: 'fighting',
    pattern: String.raw`(?:(?:ид|вед|продолжа)${T}\s+)?(?:бо[иёяюй]${T}|борьб${T}|штурм${T}|наступлени${T})\s+(?:\p{L}+\s+)?(?:за|с\s+целью|для)\s+освобождени${T}`,
  },
  // "о начале операции по занятию X", "операция по освобождению X продолжается", "в ходе операции по освобождению X":
  // an operation named by its aim that the clause tells begun, under way or failing is fighting for the place (one it
  // reports done, "завершили операцию по освобождению X", or tells nothing of, is read by the base as the taking)
  {
    action: 'fighting',
    pattern: String.raw`(?:(?:начал|начат|нача|старт|продолжа|ид[её]т|идущ|вед[уёе]т|провод(?:ит|ят|имой|имая|имую)|в\s+ходе|в\s+рамках|готов|подготовк)${T}\s+(?:\p{L}+\s+){0,1}?)операци${T}\s+по\s+(?:освобождени|заняти|захват|взяти)${T}${R}|операци${T}\s+по\s+(?:освобождени|заняти|захват|взяти)${T}${R}(?=[^.;!?]*?(?:продолжа|ид[её]т\s|началась|начата|стартовал|провалил|сорван|не\s+удал|затягива|буксу)[^.;!?]*)(?![^.;!?]*?(?:заверш|проведен|увенчал|закончил))`,
  },
  // "отбивают атаки в районе X": the imperfective of beating back (the base "отби…" reads it as retaking)
  {
    action: 'fighting',
    pattern: String.raw`отбива${T}\s+(?:\d+\s+)?(?:\p{L}+\s+){0,2}?(?:атак|контратак|штурм|наступлени|попыт)${T}`,
    repelled: true,
  },
  // Voice and family completions of the base list: the passive "установлен (полный) контроль над X" (the base reads
  // "установили", "установление"); "возвращены/возвращен под контроль" (the base reads "вернули"); "взяли штурмом X",
  // "взят с боем" (the manner adverbial between the verb and its object)
  {
    action: 'captured',
    pattern: String.raw`установлен${T}\s+(?:\p{L}+\s+){0,3}?контрол${T}(?:\s+(?:\p{L}+\s+){0,3}?над)?|взя${T}\s+(?:штурмом|с\s+бо[её]м)${R}`,
  },
  { action: 'liberated', pattern: String.raw`возвра(?:щ|т)${T}\s+(?:\p{L}+\s+){0,3}?под\s+(?:\p{L}+\s+)?контроль${R}` },
  // "выдавили ВСУ из X", "противник выдавлен из Y": the verb of driving out the base list lacks (as "выбили … из")
  { action: 'liberated', pattern: String.raw`(?:выдави${T}|выдавлен${T})\s+(?:\p{L}+\s+){0,2}?изо?${R}` },
  // "вышли к Покровску", "выход к X": reaching towards a named place is fighting for it (the base reads "подошли к")
  { action: 'fighting', pattern: String.raw`(?:выш(?:ли|ел|ла)|выход${T}|выйти)\s+(?:\p{L}+\s+){0,1}?(?:к|ко)`, name: true },
  // "Курахово взято", "город взят": the short passive after its subject (a capital after it is the base's "взяли X");
  // not "взяты в плен", "взят в окружение/клещи", "взят курс"
  {
    action: 'captured',
    pattern: String.raw`взят(?:а|о|ы)?${R}(?!\s+(?:(?:в|во)\s+(?:плен|окружени${T}|полуокружени${T}|кольц${T}|клещи|(?:\p{L}+\s+)?мешок|оборот|расч[её]т)|курс|на\s+вооружени${T}|под\s+огнев${T})${R})`,
  },
  // "атаки на Купянск", "атаку на X": an attack on a named place (the base reads "атаки у/в/под X")
  { action: 'fighting', pattern: String.raw`(?:атак|контратак)${T}\s+(?:\p{L}+\s+){0,2}?на`, name: true },
  // "продолжают контролировать село X": the infinitive of "контролировать" (the base reads the finite "контролиру-"), as
  // the Ukrainian "контролювати"; "стали контролировать X" (began to hold) is the taking
  { action: 'captured', pattern: String.raw`стал${T}\s+контролировать${R}` },
  { action: 'controls', pattern: String.raw`контролировать${R}` },
  // "имеют контроль над X", "не имеют контроля в X": a hold told by "иметь контроль", as the Ukrainian "мати контроль"
  { action: 'controls', pattern: String.raw`име(?:ют|ет|ли|ла|л)\s+контрол(?:ь|я)\s+(?:над|в)${R}` },
  // "под огневым контролем", "взяли под огневой контроль": fire control is fighting at a place, not holding it
  { action: 'fighting', pattern: String.raw`(?:под\s+)?огнев${T}\s+контрол${T}` },
  // "в районе X ситуация остается сложной": the situation word before its adjective (the base lexicon has it after)
  {
    action: 'fighting',
    pattern: String.raw`(?:ситуаци|обстановк)${T}\s+(?:(?:остается|остаётся|оставалась|остава${T}|была|является|стала)\s+)?(?:крайне\s+|очень\s+|по-прежнему\s+)?(?:сложн|напряж[её]нн|тяж[её]л|критическ|обостри)${T}`,
  },
  // nouns of the families above with their object: the nominal reading (../nominal.ts)
  ...NOMINAL_RU,
];

/** Whether a Russian settlement name stands in the locative ("в Купянске", "в Судже", "в Сухих Ялах", "в Новом"), not
 * the accusative of motion ("в Купянск", "в Суджу", "в Новое"): after "продвинулись в" the locative is ground gained
 * inside a place fought over, the accusative entry into it. `name` is the gazetteer's nominative, if known. */
export function russianLocative(form: string, name: string | null): boolean {
  const f = form.toLowerCase().split(/\s+/u).at(-1)!;
  if (/(?:ах|ях)$/u.test(f)) return true;
  // without the settlement's own nominative, only the plural ending above is unambiguous
  if (name === null) return false;
  const n = name.toLowerCase().split(/\s+/u).at(-1)!;
  if (f === n) return false;
  // adjectival names: "Новое" → "в Новом", "Красный" → "в Красном", "Великая" → "в Великой"
  if (/(?:ое|ее|ый|ий|ой|ая|яя)$/u.test(n)) return /(?:ом|ем|ой|ей)$/u.test(f);
  // feminine "-а/-я" (accusative "-у/-ю") → "-е/-и": "Суджа" → "в Судже", "Андреевка" → "в Андреевке"
  if (/[ая]$/u.test(n)) return /[еи]$/u.test(f);
  // masculine, consonant-final or "-ь": "Купянск" → "в Купянске", "Часов Яр" → "в Часовом Яре"
  if (/[^аяеоиыуюэё]$/u.test(n)) return /[еи]$/u.test(f);
  return false;
}
