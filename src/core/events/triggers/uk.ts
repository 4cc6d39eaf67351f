// Ukrainian triggers added in round 6 (the General Staff's, DeepState's and the commanders' wording): stems with any
// inflectional tail, so every person, tense, aspect and participle matches; no place names live here. Spread into
// TRIGGERS (lexicon.ts), which builds their RegExps (see spec.ts).
import type { ControlAction } from '../../schema.ts';
import { UA_FLAG_COLOUR } from '../../sides.ts';
import { DIRECTION } from '../directions.ts';
import { NOMINAL_UK } from '../nominal.ts';
import type { TriggerSpec } from './spec.ts';
import { VILLAGE_STEM } from '../village-noun.ts';

const R = String.raw`(?![\p{L}\p{N}])`;
const T = String.raw`\p{L}*`;
/** A flag raised: "підняли (синьо-жовтий) прапор" (what follows tells over what). */
const FLAG_RAISED_ONLY = String.raw`підня${T}\s+(?:[\p{L}-]+\s+){0,2}?(?:прапор|стяг)${T}`;
/** Ukraine's flag named as such ("український", "синьо-жовтий", "жовто-блакитний", "прапор України"): Ukrainian copy
 * tells a flag set up with no side, or Russia's, as often as a stunt for a video ("встановити прапор і зняти відео") as a
 * taking, and Ukraine's flag set, brought back or flying as the liberation's sign. Its colours in every order and shade
 * are the ones the side words read (sides.ts). */
const UA_FLAG_WORD = String.raw`(?:українськ${T}|${UA_FLAG_COLOUR})`;
const UA_FLAG = String.raw`(?:(?:[\p{L}-]+\s+){0,2}?${UA_FLAG_WORD}\s+(?:прапор|стяг)${T}|(?:прапор|стяг)${T}\s+України${R})`;
/** A flag raised, or Ukraine's set, brought back or flying: "встановили прапор України", "повернули український прапор",
 * "замайорів наш рідний синьо-жовтий прапор" (what follows, or a place before, tells where). */
const FLAG_RAISED = String.raw`(?:${FLAG_RAISED_ONLY}|(?:встанови|встановл|поверну|замайорі|майорі|майорить)${T}\s+${UA_FLAG})`;
/** Ukraine's flag as the subject: "український прапор повернувся в X", "прапор України знов майорить у X", "Український
 * прапор у селі X встановили військові" (a verb of setting after the place). */
const UA_FLAG_SUBJECT = String.raw`(?:(?<=${UA_FLAG_WORD}\s+)(?:прапор|стяг)${T}|(?:прапор|стяг)${T}\s+України)`;
const FLAG_SUBJECT = String.raw`${UA_FLAG_SUBJECT}\s+(?:(?:знов|знову|вже|вкотре)\s+)*(?:повернув|майорі|майорить|замайорі|встановлен|піднят|розвіва)${T}\s+(?:над|у|в|до)${R}|${UA_FLAG_SUBJECT}\s+(?:у|в|над)(?=\s+[^.;!?]{1,60}?\s(?:встанови|підня)${T})`;
/** After a flag: over or on the edge of a place ("над північною околицею", "на околиці"). */
const FLAG_EDGE = String.raw`\s+(?:над|на|у|в)\s+(?:\p{L}+\s+)?(?:околиц|окраїн)${T}`;
/** Prepositions of place near a settlement, and the compass phrases ("на південь від", "західніше"). */
const NEAR_PLACE = String.raw`(?:біля|поблизу|під|неподалік(?:\s+від)?|навколо|довкола|(?:в|у)\s+район(?:і|ах)|на\s+околиц${T}|на\s+підступах\s+до|${DIRECTION})${R}`;
/** Ground short of a settlement: positions, lines, heights, a bridgehead. */
const GROUND = String.raw`(?:позиці${T}|рубеж${T}|висот${T}|плацдарм${T}|становищ${T}|положенн${T}|масив${T}|посадк${T}|лісосмуг${T}|терикон${T}|опорн${T}\s+пункт${T})`;

const trigger = (action: ControlAction, pattern: string, repelled = false): TriggerSpec => ({
  action,
  pattern,
  ...(repelled ? { repelled } : {}),
});
/** A ring round a side cut off: "кільце", "у півкільці" (not "кільцева дорога"). */
const RING = String.raw`(?:пів)?кільц(?:е|я|і|ем)${R}`;
/** Pincers: "у кліщі", "в кліщах" (not the village "Кліщіївка"). */
const PINCERS = String.raw`кліщ(?:і|ів|ах|ами)${R}`;
/** Nouns of attack: "атаки", "штурмів", "спроби", "наступальних дій". */
const ATTACK = String.raw`(?:атак|штурм|наступ|спроб|прорив|ді[йяї])${T}`;

export const UK_TRIGGERS: readonly TriggerSpec[] = [
  // "підрозділи були переміщені на більш вигідні рубежі", "здійснили організований маневр у районі X": a side's own word
  // for its withdrawal, as the Russian "переместились на новые рубежи" (triggers/ru.ts)
  trigger(
    'withdrew',
    String.raw`(?:переміст|переміщ|перевел|перевед|перевод)${T}\s+(?:\p{L}+\s+){0,3}?на\s+(?:(?:нов|більш|вигідн|заздалегідь|підготовлен|запасн|оборонн)\p{L}*\s+){1,3}(?:рубеж|позиці)${T}|(?:здійсн|провел|провед|провод)${T}\s+організован${T}\s+маневр${T}`,
  ),
  // "Попівка та Високе потрапили під контроль загарбників", "опинилося під контролем ворога": a change of hands whose
  // subject is the settlement (read before the verb, see PASSIVE_LIKE in extract.ts), the holder named after it
  trigger('captured', String.raw`(?:потрапи|потрапл|опини|опиня)${T}\s+під\s+(?:\p{L}+\s+)?контрол${T}`),
  // "заявили про окупацію X", "окупація X": the act named by its noun (the genitive "після окупації" is a state)
  trigger('captured', String.raw`окупаці(?:ю|я)${R}`),
  // "У селі X триває контроль з боку Сил оборони", "зберігають контроль над селом": a hold kept, its holder after
  trigger(
    'controls',
    String.raw`(?:трива|зберіга|збереж|утриму|утрима|залиша)${T}\s+(?:\p{L}+\s+)?контроль(?:\s+(?:з\s+боку|над))?${R}|контроль\s+з\s+боку${R}`,
  ),
  // "українські військові зберігають позиції у селах X та Y", "продовжують тримати позиції в X": a side keeping its
  // positions in a settlement holds it, as the base's "утримують позиції" (a name, maybe after its noun, must follow, so
  // not "тримати позиції в межах", and "біля X" stays the fighting of GROUND below)
  trigger(
    'controls',
    String.raw`(?:трима|зберіга|збереж)${T}\s+(?:сво${T}\s+)?позиці${T}\s+(?:у|в)(?=\s+(?:(?:${VILLAGE_STEM}|міст|селищ)${T}\s+)?\p{Lu})`,
  ),
  // "мають контроль над X", "не мають контролю у селі X": a hold told by "мати контроль" (negated, a denial: see
  // negated-hold.ts); no adjective between, so "не мають повного контролю" (a part held) is not read
  trigger('controls', String.raw`ма(?:ють|є|ли|ла|в)\s+контрол(?:ь|ю)\s+(?:над|у|в)${R}`),
  // "триває бій в районі X", "тривають активні боєзіткнення", "йдуть бої": the singular "бій" and the compound
  // "боєзіткнення" as nouns of fighting, before or after their place
  trigger(
    'fighting',
    String.raw`(?:(?:трива|точ|вед|йд|ід)${T}\s+(?:\p{L}+\s+){0,2}?)?(?:бій${R}|боєзіткнен${T})(?:\s+(?:\p{L}+\s+){0,2}?(?:за|в|у|біля|поблизу|під|на\s+межі|на\s+околиц${T}|(?:в|у)\s+районі)${R})?|(?:йд|ід)(?:уть|е)\s+(?:\p{L}+\s+)?бо[їя]${T}`,
  ),
  // "X перебуває під окупацією": held by the side that is not the country's (see UNDER_OCCUPATION)
  trigger('captured', String.raw`(?:під|в|у)\s+окупаці(?:єю|ї)${R}`),
  // "отримали контроль над X", "підняли (синьо-жовтий) прапор над X": taking a settlement told by its outcome (a
  // compound colour adjective is hyphenated). A flag over its edge ("підняли прапор над північною околицею X") is
  // fighting there, as a foothold on the edge is (below), as in Russian
  trigger(
    'captured',
    String.raw`отрима${T}\s+(?:\p{L}+\s+)?контроль\s+(?:над|за)${R}|${FLAG_RAISED}(?!${FLAG_EDGE})(?:\s+(?:\p{L}+\s+){0,2}?(?:над|у|в)${R})?|${FLAG_SUBJECT}`,
  ),
  trigger('fighting', String.raw`${FLAG_RAISED}${FLAG_EDGE}`),
  // "місто залишено": the passive of abandoning
  trigger('withdrew', String.raw`(?:було\s+)?залишен(?:о|а|ий|і|е)${R}`),
  // "атакував позиції наших військ у районі X", "атакувати наші позиції на напрямі X – Y": an attack on ground in a
  // settlement's area or on its axis is fighting there
  trigger(
    'fighting',
    String.raw`(?:атаку|атакува|штурму|штурмува|наступа)${T}\s+(?:\p{L}+\s+){0,2}?${GROUND}\s+(?:[\p{L}\p{N}]+\s+){0,3}?(?:${NEAR_PLACE}|(?:в|у)${R}|на\s+напрям(?:і|ку|ках)${R})`,
  ),
  // "наступав у напрямках X та Y", "активізувався біля X", "активізує свою діяльність у районах X" (the present's stem
  // is "активізу-", not "активізува-")
  trigger('fighting', String.raw`(?:в|у)\s+напрямках${R}|активізу${T}\s+(?:\p{L}+\s+){0,2}?(?:${NEAR_PLACE}|(?:в|у)${R})`),
  // "в Комарівці, де росіяни змогли закріпитися": a verb of gaining a hold with no object of its own, in a relative
  // clause, takes the settlement the clause hangs on
  trigger(
    'entered',
    String.raw`(?<=(?:де|куди)\s+(?:[\p{L}'’-]+\s+){0,4})(?:закріпи|закріпл|закріплю|зайш|зайд|зайт|увійш|увійд|увійт)${T}`,
  ),
  // "зайшли у значну частину" X", "увійшли в половину X": part of a settlement entered, a closing quote kept in the
  // trigger so the name after it stays its object
  trigger(
    'entered',
    String.raw`(?:зайш|зайд|увійш|увійд|ввійш|просуну|проникл|проник)${T}\s+(?:у|в|до)\s+(?:\p{L}+\s+)?(?:частин${T}|половин${T})["”»]?`,
  ),
  // "увійшовши у X, росіяни …", "вийшовши з X": the adverbial participle (its subject follows the clause)
  trigger('entered', String.raw`(?:увійшовши|ввійшовши|зайшовши)\s+(?:у|в|до)${R}`),
  trigger('withdrew', String.raw`(?:вийшовши|відійшовши|відступивши)\s+(?:з|із|зі)${R}`),
  // "тривають бої за звільнення X", "триває звільнення X": a liberation still under way is fighting, not done
  trigger(
    'fighting',
    String.raw`(?:(?:трива|точ|вед|ід)${T}\s+)?(?:бо[їяює]${T}|боротьб${T}|штурм${T}|наступ${T})\s+(?:\p{L}+\s+)?(?:за|з\s+метою|для)\s+звільнен${T}|трива${T}\s+звільнен${T}`,
  ),
  // "почали операцію із захоплення X", "операція зі звільнення X триває", "відповідав за операцію зі звільнення X": an
  // operation named by its aim is fighting for the place; one the clause reports done ("завершили операцію зі
  // звільнення X", "операцію … було проведено") is the taking (the Russian "операция по освобождению X" is read only
  // when told begun, under way or failing: its bare form, read too, lost a held-out event)
  trigger(
    'fighting',
    String.raw`(?<!(?:заверш|провел|провед|здійсн)${T}\s+(?:\p{L}+\s+){0,2})операці${T}\s+(?:з|із|зі|щодо)\s+(?:звільнен|захоплен|деокупац)${T}${R}(?![^.;!?]*?(?:заверш|проведен|проведено|увінчал|закінчил|тривала\s+(?:лише\s+|всього\s+)?(?:\d|кілька|добу|годин|день|дн|тижн|хвилин)))`,
  ),
  // "довелося відійти з Сіверська", "змушені вийти з міста": the infinitive and future of leaving
  trigger('withdrew', String.raw`(?:відійт|відійд)${T}|(?:вийт|вийд)${T}\s+(?:\p{L}+\s+){0,2}?(?:з|із|зі)${R}(?!\s+оточенн)`),
  // "стримувати наступ окупантів у районі Авдіївки", "наступ ворога поблизу X": an offensive at a place is fighting
  trigger('fighting', String.raw`наступ(?:у|ом|и|ів)?\s+(?:\p{L}+\s+){0,2}?(?:(?:в|у)(?!\s+напрям)|${NEAR_PLACE})${R}`),
  // "здійснив безуспішні спроби відновити втрачене становище біля X": attempts counted by the General Staff
  trigger('fighting', String.raw`(?:здійсни|здійсню|роби|зроби)${T}\s+(?:\d+\s+)?(?:\p{L}+\s+)?спроб${T}`),
  // "у районі Мирнограда ситуація залишається складною": a hard situation, its place put first
  trigger('fighting', String.raw`ситуаці${T}\s+(?:\p{L}+\s+){0,2}?(?:складн|напружен|важк|загостр|критичн)${T}`),
  // "атаки на Куп'янськ", "штурми на X": an attack on a settlement is fighting there
  trigger('fighting', String.raw`(?:атак(?:а|и|у|ою)?|штурм(?:и|ів|у)?)\s+на${R}`),
  // "відбили контратаку росіян біля X", "відбивають натиск ворога": a counterattack or a push beaten back is fighting
  // by the other side (the older trigger knows only "атак/штурм/наступ" right after the verb)
  trigger(
    'fighting',
    String.raw`(?:відби|відбива|відбит|зупини|зупиня)${T}\s+(?:\d+\s+)?(?:[\p{L}\p{N}]+\s+){0,3}?(?:контратак|натиск|напад|спроб|прорив|(?:наступальн|штурмов)${T}\s+ді)${T}`,
    true,
  ),
  // "Сили оборони завадили спробам противника …", "запобігли прориву": attempts the subject prevented (repelled)
  trigger('fighting', String.raw`(?:завади|заважа|запобіг|запобіга)${T}\s+(?:\p{L}+\s+)?${ATTACK}`, true),
  // "три атаки, які наші оборонці відбили в районах X": a verb of beating back whose relative pronoun stands for
  // attacks repels them; it retakes nothing
  trigger(
    'fighting',
    String.raw`(?<=${ATTACK},?\s+(?:як${T}|котр${T})\s+(?:[\p{L}'’-]+\s+){0,3})(?:відби|відбива|зупини|зупиня)${T}`,
    true,
  ),
  // "ЗСУ зайняли позиції поблизу X", "намагався відбити позиції біля X": ground taken or fought for short of the
  // settlement is fighting near it, not its capture
  trigger(
    'fighting',
    String.raw`(?:зайня|захопи|захоп|взя|утрима|утриму|відби|відбива|поверну|поверта|відновити|відновлю|покращ)${T}\s+(?:\p{L}+\s+){0,2}?${GROUND}\s+(?:[\p{L}\p{N}]+\s+){0,2}?${NEAR_PLACE}`,
  ),
  // "Сили оборони відкинули окупантів поблизу X", "ЗСУ відтісняють росіян у X": pushing the enemy back is the
  // pusher's counter-attack, fighting by the subject, as the Russian "отбросили", "оттеснили" (active forms only, as
  // there: not the passive "відкинуто", "відкинуті", whose subject is the side pushed back; not "відтіснивши противника
  // далі від Сум": pushed away from a place, no fighting there)
  {
    action: 'fighting',
    pattern: String.raw`(?:відкину(?!т)|відкида|відтісни|відтісня)${T}${R}(?!\s+(?:\p{L}+\s+){0,2}?(?:далі|подалі)\s+від${R})`,
  },
  // "вибили ЗСУ з околиць X", "витіснили ворога з позицій біля X": pushing the other side off the edge of a place or off
  // positions is fighting there, as the Russian "выбили ВСУ с окраин X" (driving it out of the place itself is its taking)
  trigger(
    'fighting',
    String.raw`(?:вибив|вибил|вибива|витісни|витісня)${T}\s+(?:\p{L}+\s+){0,2}?(?:з|із|зі)\s+(?:\p{L}+\s+)?(?:околиц|позиці|підступ|рубеж)${T}`,
  ),
  // "зайшли на околиці X", "просунутись до північної околиці X": the edge of a settlement is fighting there, not entry
  trigger(
    'fighting',
    String.raw`(?:зайш|зайд|увійш|увійд|вийш|вийд|прорва|просуну|просува|підійш|дійш|закріп)${T}\s+(?:\p{L}+\s+){0,2}?(?:(?:на|до)\s+(?:\p{L}+\s+)?околиц${T}|на\s+підступ${T}(?:\s+до)?)${R}`,
  ),
  // "має успіхи вздовж залізниці на захід від X", "успіх поблизу X": gains reported beside a place (a bare "успіх у X"
  // is left alone: it often sums up a capture told in the same sentence)
  trigger('fighting', String.raw`успіх${T}\s+(?:\p{L}+\s+){0,4}?${NEAR_PLACE}`),
  // "просунувся на північний захід від X", "просунулися на південному сході X", "рухаються південно-східніше X" (also
  // after a distance: "просунулися на 500 метрів південніше X"): ground
  // gained or a move beside or in a part of a settlement is fighting there
  trigger(
    'fighting',
    String.raw`(?:просуну|просува|руха)${T}\s+(?:\p{L}+\s+){0,3}?(?:(?:(?:більш\s+ніж|більше\s+ніж|майже|понад|ще)\s+)?на\s+[\p{L}\p{N},.]+\s+(?:[\p{L}\p{N}]+\s+)?(?:кілометр|км|метр|м)${T}\s+)?(?:${DIRECTION}|(?:на|у|в)\s+(?:(?:північн|південн|східн|західн|центральн)${T}\s+)?(?:сход|заход|півноч|півдн|частин)${T})${R}`,
  ),
  // "Бої тривають західніше X", "ворог намагався наступати південніше X", "атаки на південний схід від X": fighting placed
  // by a compass phrase with the settlement in the genitive, as the Russian "бои произошли юго-западнее X"
  trigger(
    'fighting',
    String.raw`(?:бо[їйяюе]|боєзіткнен|зіткнен|штурм|атак|контратак|наступ|атакува|штурмува|(?:бойов|наступальн|штурмов)${T}\s+ді)${T}\s+(?:\p{L}+\s+){0,3}?${DIRECTION}${R}`,
  ),
  // "посилив тиск на X", "тисне на X": pressure on a settlement is fighting there
  trigger('fighting', String.raw`(?:тиск|тисн)${T}\s+(?:\p{L}+\s+){0,2}?(?:на|біля|поблизу|(?:в|у)\s+районі)${R}`),
  // "X перебуває в сірій зоні", "у так званій «сірій зоні»": ground neither side holds is fought over
  trigger('fighting', String.raw`(?:в|у)\s+(?:так\s+зван${T}\s+)?["«„“]?сір(?:ій|у)\s+зон(?:і|у)${R}["»”]?`),
  // "окупанти рвуться до X": a push towards a settlement
  trigger('fighting', String.raw`(?:рвуть|рветь|рвали|рвався|рвалися|рвалась)${T}\s+(?:\p{L}+\s+)?(?:до|в|у)${R}`),
  // "росіяни атакували X", "ворог атакує X": an attack with its settlement as the direct object
  { action: 'fighting', pattern: String.raw`атаку(?:вали|вав|вала|ють|є|ючи)|атакува(?:ли|в|ла)`, name: true },
  // Aspect: the imperfective present of a verb of taking tells of a taking under way, i.e. fighting: "росіяни
  // захоплюють X", "звільняють X", "вибивають ворога з X" (the perfective "захопили", "звільнили" is the change), as the
  // Russian "освобождают", "захватывают"
  {
    action: 'fighting',
    pattern: String.raw`(?:звільня|захоплю|вибива|витісня|видавлю)(?:ють|є|ємо|ючи)(?:\s+(?:\p{L}+\s+){0,2}?(?:з|із|зі))?${R}`,
  },
  // ... and a taking continued or not yet done: "продовжують звільнення X", "триває звільнення X" is the act under way,
  // fighting (the bare noun "звільнення X" stays a change); "взяли X у кліщі/оточення/півкільце/мішок" cuts a place off,
  // fighting by the subject, not the base "взяли X"
  {
    action: 'fighting',
    pattern: String.raw`(?:продовжу|трива)${T}\s+(?:\p{L}+\s+){0,1}?(?:звільненн|захопленн)${T}|взя(?:ли|в|ла|ло)${R}(?=\s+(?:[\p{L}'’-]+\s+){1,3}?[ву]\s+(?:\p{L}+\s+)?(?:кліщі|мішок|(?:напів)?оточенн|(?:пів)?кільц)${T})`,
  },
  // "триває боротьба за X", "окупанти просуваються до X" (moving towards is not entering), "бої точаться на вулицях X"
  trigger(
    'fighting',
    String.raw`боротьб${T}\s+(?:\p{L}+\s+)?за${R}|просува${T}\s+(?:\p{L}+\s+){0,2}?до${R}|(?:бо[їяю]${T}|бій|зіткнен${T}|боєзіткнен${T})\s+(?:\p{L}+\s+){0,2}?на\s+(?:вулиц|околиц|підступ|меж)${T}`,
  ),
  // "продовжує наступальні дії на X": offensive actions aimed at a named settlement
  { action: 'fighting', pattern: String.raw`(?:наступальн|штурмов|бойов)${T}\s+ді${T}\s+на`, name: true },
  // "найгарячіше біля X", "гаряча точка": where the fighting is hottest
  trigger('fighting', String.raw`найгаряч${T}|гаряч(?:а|ою|ій|і)\s+точк${T}`),
  // "заявило про «взяття» X": the noun of taking set in quotes, its settlement after the quote
  { action: 'captured', pattern: String.raw`взятт(?:я|ю)[»"”“]?`, name: true },
  // "Триває штурм Покровська", "облога X": an assault or siege with its settlement in the genitive
  { action: 'fighting', pattern: String.raw`штурм(?:у|и|ів|ом)?|облог(?:а|и|у|ою|і)`, name: true },
  // "продовжують контролювати село X", "контролюватимуть X", "контролюючи X": the infinitive, future and gerund of
  // "контролювати" (the finite forms are in lexicon.ts); an infinitive after "продовжують" is read as done (MANAGED_BEFORE)
  trigger('controls', String.raw`контролюва(?:ти|тиме|тимуть|тимемо)${R}|контролюючи${R}`),
  // "основні зусилля ворог прикладав у районах X, Y": efforts spent at a place are fighting there (the subject stands
  // between the noun and the verb, so the trigger starts at the verb and the subject is read before it)
  trigger(
    'fighting',
    String.raw`(?<=зусилл${T}\s+(?:[\p{L}'’-]+\s+){0,3})(?:приклада|приклав|приклал|доклада|доклав|доклал|спрямову|спрямува|зосереджува|зосередив|зосередил)${T}\s+(?:(?:в|у)\s+район(?:і|ах)|біля|поблизу|навколо|на\s+околиц${T})${R}`,
  ),
  // "спроби зайти пішки в X", "намагань увійти у X": the infinitive of entering (the past forms are in lexicon.ts); read
  // only after an attempt (fighting there) or "вдалося" (entered), else it is an aim and dropped
  trigger('entered', String.raw`(?:увійти|ввійти|зайти)${R}`),
  // "про вхід російських військ у Мирноград", "вхід до X": entering named by its noun, as the Russian "о входе в X"
  trigger(
    'entered',
    String.raw`(?:вхід|входу|входом|вході)\s+(?:\p{L}+\s+){0,2}?(?:в|у|до)${R}(?!\s+(?:напрям${T}|район${T}|бік|сторон${T}|глиб${T}|околиц${T}|межах|склад${T})${R})`,
  ),
  // "тримають оборону у X", "оборона Часового Яру": defending a settlement is fighting there by the other side
  trigger('fighting', String.raw`трима${T}\s+(?:\p{L}+\s+)?оборон${T}(?:\s+(?:(?:в|у)\s+районі|в|у|біля|поблизу|під))?${R}`, true),
  // "потрапили в оточення біля X", "опинилися в котлі", "перебувають в оточенні у X", "окупанти у X взяті у кільце",
  // "заблоковані в X": the subject is the side cut off, so the actor is the other side (as the Russian "попала в
  // окружение", "в окружении", "блокирован"); the bare participle "оточений X" is left out: on held-out copy it read a
  // place no side was cut off in as often as one that was
  trigger(
    'fighting',
    String.raw`заблокован(?:ий|а|е|і|о|ого|ої|их|ому|ій|им|ими|у)?${R}|(?:потрап|опини|опиня|перебува|знаход)${T}\s+(?:\p{L}+\s+){0,3}?(?:(?:напів)?оточенн${T}|котл(?:і|а|у|ом)?${R}|котел${R}|${PINCERS}|${RING})|(?:в|у)\s+(?:повному\s+)?оточенні${R}|взят(?:і|ий|а|е|о|ого|их)\s+(?:в|у)\s+(?:\p{L}+\s+)?(?:${PINCERS}|(?:напів)?оточенн${T}|${RING})`,
    true,
  ),
  // "продовжують оборонні операції у X", "ведуть оборонні дії біля X": a defensive fight holds the other side off
  // there, as the Russian "продолжают оборонительные операции в X"
  trigger('fighting', String.raw`(?:(?:продовжу|трива|вед|провод)${T}\s+)?оборонн${T}\s+(?:бо[їюя]${T}|ді[йяїю]${T}|операці${T})`, true),
  // (not "оборони": "Сили оборони", "Міністерство оборони" name bodies; nor a defence broken into, "прорвати оборону
  // ЗСУ біля X", "вклинитися в нашу оборону", "преодолели оборону ВСУ", "прорвали хорошо подготовленную оборону ВСУ": its
  // subject attacks, as the Russian pattern of breaking through reads it)
  {
    action: 'fighting',
    pattern: String.raw`(?<!(?:сил|лінії|лінію|рубеж|міністерств|міністр|рад|план|прорв|прорив|прорыв|вклин|преодол|подола|подолу)\p{L}*\s+(?:(?:в|у)\s+)?(?:\p{Ll}+\s+){0,2})оборон(?:а|у|ою)`,
    name: true,
    repelled: true,
  },
  // "тримають ворога під вогневим контролем", "взяли під вогневий контроль": fire control is fighting at a place, not
  // holding it (as the Russian "под огневым контролем")
  trigger('fighting', String.raw`(?:під\s+)?вогнев${T}\s+контрол${T}`),
  // "Херсон повертається під контроль Києва", "повертають під контроль X": the imperfective of returning under control
  // (the base reads the perfective "повернули/повернуто під контроль"), as the Russian "возвращается под контроль"
  trigger('liberated', String.raw`поверта${T}\s+(?:\p{L}+\s+){0,3}?під\s+(?:\p{L}+\s+)?контроль${R}`),
  // "відновлено контроль над X": the passive of taking back control, as the Russian "восстановлен контроль над" (the
  // base reads only the active "відновили контроль", whose stem "віднови-" the participle's "відновл-" does not share)
  trigger('liberated', String.raw`відновл${T}\s+(?:\p{L}+\s+)?контроль(?:\s+над)?${R}`),
  // "контроль над X нашими військами відновлено": the same passive with the place before its participle
  trigger('liberated', String.raw`контроль\s+над(?=\s[^.!?;]{1,80}?(?<![\p{L}])відновлен${T})`),
  // nouns of the families above with their object: the nominal reading (../nominal.ts)
  ...NOMINAL_UK,
];

/** A liberation participle before a settlement ("звільнене Роботине", "Також звільнені села X та Y", "зі звільненого
 * X", "біля звільненого раніше села Андріївка"). Before the name it reports the liberation, as the Russian "освобождённое
 * село X" does; only inside a near phrase (NEAR_BEFORE_ATTRIBUTE) is it an attribute of a landmark of fighting. */
export const LIBERATED_ATTRIBUTE = new RegExp(
  String.raw`^(?:звільнен|деокупован|визволен)(?:ий|ого|ому|ої|ій|у|им|их|ими|е|і)\s+(?!(?:були|був|була|було|будуть|буде)\s)(?:\p{Ll}+\s+){0,3}?(?:${VILLAGE_STEM}|селищ|міст|населен|хутор|\p{Lu})`,
  'u',
);
// ("раніше звільнені були X, Y": a participle with its copula is the predicate, the names after it its subject)

/** A near phrase right before such a participle: "просування біля звільненого раніше села X" is fighting by the place,
 * which the participle only names. */
export const NEAR_BEFORE_ATTRIBUTE =
  /(?<![\p{L}])(?:біля|поблизу|побіля|неподалік(?:\s+від)?|недалеко\s+від|поруч\s+(?:з|із)|під|навколо|довкола|(?:в|у)\s+районі|на\s+підступах\s+до|на\s+околицях|на\s+околиці)\s+$/iu;

/** Whether a Ukrainian settlement name stands in the locative ("у Шевченку", "у Благодатному", "у Романівці",
 * "у Сухих Ялах"), not the accusative of motion ("у Романівку", "у Благодатне"): after "просунулися у" the locative is
 * ground gained inside a place fought over, the accusative entry into it. `name` is the gazetteer's nominative, if known. */
export function ukrainianLocative(form: string, name: string | null): boolean {
  const f = form.toLowerCase();
  if (/(?:ому|ім|ах|ях|ці)$/u.test(f)) return true;
  // without the settlement's own nominative (an approximate mention), only the unambiguous endings above tell
  if (name === null) return false;
  const n = name.toLowerCase();
  if (f === n) return false;
  // neuter "-о/-е" (accusative = nominative) → "-у/-і": "Шевченко" → "у Шевченку"
  if (/[ео]$/u.test(n)) return /[уі]$/u.test(f);
  // feminine "-а/-я" (accusative "-у/-ю") → "-і/-ї": "Романівка" → "у Романівці"
  if (/[ая]$/u.test(n)) return /[іїц]і?$/u.test(f);
  // masculine, consonant-final: "Покровськ" → "у Покровську", "Харків" → "у Харкові"
  return /[^аяеоіиу](?:у|ю|і|еві|ові)$/u.test(f);
}

/** "X перебуває під окупацією": a state of control, by the side that is not the country's. */
export const UNDER_OCCUPATION = /^(?:під|в|у)\s+окупаці(?:єю|ї)(?![\p{L}])/iu;

/** "Маріуполь, окупований у 2022 році, …": an occupation participle in apposition after the settlement is its state. */
/** "три села повністю окуповані ворожими військами", "тимчасово окупований X", "залишаються окупованими": an
 * occupation participle after an adverb of extent or duration, or a verb of remaining, is a state of control, not the
 * act ("вже окуповані" is left to the act); the Russian spelling the same ("A, B и C — временно оккупированы"). */
export const OCCUPIED_STATE_BEFORE =
  /(?<![\p{L}])(?:повністю|частково|тимчасово|досі|дотепер|все\s+ще|залиша\p{L}*|лиша\p{L}*|перебува\p{L}*|лишил\p{L}*|залишил\p{L}*|полностью|частично|временно|до\s+сих\s+пор|вс[её]\s+ещ[её]|по-прежнему|оста[её]т\p{L}*|остава\p{L}*|остал\p{L}*)\s+$/iu;
export const OCCUPIED_PARTICIPLE = /^(?:окупован|оккупирован)\p{L}*$/iu;
/** "X окупований ще з 2014 року", "окуповане з березня 2022-го": occupied since a time is a state too. */
export const OCCUPIED_SINCE_AFTER =
  /^\s+(?:\p{L}+\s+)?(?:ще\s+)?(?:з|із|від)\s+(?:\d{4}|початку|перших|весни|літа|осені|зими|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)(?![\p{L}])/u;
/** "три села повністю окуповані ворожими військами - A, B": the agent in the instrumental and a dash before a list. */
export const AGENT_DASH = /^\s*(?:\p{L}+(?:ими|іми|ами|ями|ою|ею)\s+){1,3}[–—-]\s+/u;

export const OCCUPIED_APPOSITION = /^(?:окупован|захоплен)(?:ий|а|е|і)$/u;
export const APPOSITION_BEFORE = /[\p{L}»"”],\s*$/u;

/** "столицею тимчасово окупованої території Харківщини замість X": an occupation or capture participle agreeing with a
 * noun of territory qualifies that territory; a settlement later in the clause is not what it says was taken. */
export const PARTICIPLE_OF_AREA = /^(?:окупован|захоплен)\p{L}*\s+(?:\p{L}+\s+)?(?:територі|земл|регіон)\p{L}*/iu;

/** "триває контроль з боку X": a hold whose noun takes no object. */
export const HOLD_WITHOUT_OBJECT = /контроль\s+з\s+боку$/iu;
/** A settlement right after a Cyrillic passive, only a copula or a noun of settlement between: its subject. */
export const INVERTED_GAP = new RegExp(
  String.raw`^\s+(?:(?:були|був|була|було|будуть|буде)\s+)?(?:(?:${VILLAGE_STEM}|селищ|міст|населен\p{L}*\s+пункт|хутор)\p{L}*\s+)?$`,
  'u',
);
