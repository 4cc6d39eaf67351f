// "Украина бросила на захват X большое число военных", "резерви ворога спрямовані на захоплення X", "основная цель
// врага – захват X", "вживають заходів щодо стабілізації … та повернення під контроль X": a Cyrillic noun of taking
// named as the aim of a force, a goal or measures is the taking sought, not done. It is fighting at X by the side
// aiming, as an attempt is ("спроби захопити X") and as an operation named by its aim is (tests/eval README).

/** The Cyrillic nouns of taking (the stem of the trigger's first word): a verb is no aim noun. */
const TAKING_NOUN =
  /^(?:захват(?:а|у|ом|е)?|взяти(?:е|я|ю|ем)|овладени(?:е|я|ю|ем)|освобождени(?:е|я|ю|ем)|возвращени(?:е|я|ю|ем)|захопленн(?:я|ю|ям)|взятт(?:я|ю|ям)|звільненн(?:я|ю|ям)|поверненн(?:я|ю|ям)|оволодінн(?:я|ю|ям))$/iu;

/** What governs the noun as an aim, right before it:
 * - "на" after anything but a response ("в ответ на захват X" tells of a taking done);
 * - a purpose preposition ("для захвата", "с целью захвата", "з метою захоплення", "із метою захоплення");
 * - a goal named with a dash ("цель – захват", "мета — захоплення");
 * - measures or efforts towards it, perhaps after a coordinated first aim ("заходів щодо стабілізації … та"). */
const AIM_BEFORE = new RegExp(
  [
    String.raw`(?<!(?:ответ|відповідь)\s+)(?<![\p{L}])на\s+$`,
    // (Ukrainian "з" takes its euphonic "із" after a consonant, for either noun: "наступ із метою захоплення X")
    String.raw`(?<![\p{L}])(?:для|с\s+целью|і?з\s+метою|с\s+задачей|і?з\s+завданням)\s+$`,
    String.raw`(?<![\p{L}])(?:цел|мет)[\p{L}]*\s+(?:[\p{L}]+\s+){0,2}?[–—-]\s+$`,
    String.raw`(?<![\p{L}])(?:заход|мер|зусил|усили)[\p{L}]*\s+(?:по|щодо|з|із|зі)\s+(?:[^.;:!?]{0,60}?\s(?:та|і|й|и)\s+)?$`,
  ].join('|'),
  'iu',
);

/** Time or means spent on the taking, later in its clause: "на освобождение X ушло три месяца", "на звільнення X
 * знадобилося два тижні" tell of a taking done, the "на" is no aim. */
const SPENT_AFTER =
  /^[^.;!?]*?(?<![\p{L}])(?:ушл|ушло|ушёл|ушел|пошл|пошло|пішл|пішло|потребовал|потребувал|понадобил|знадобил|потратил|витратил)/iu;

/** Whether a trigger is a Cyrillic noun of taking that the words before it name as an aim (after: the rest of its
 * sentence). */
export function aimedTaking(trigger: string, before: string, after: string): boolean {
  return (
    TAKING_NOUN.test(trigger.split(/\s/u)[0]!) &&
    AIM_BEFORE.test(before) &&
    !(/(?<![\p{L}])на\s+$/iu.test(before) && SPENT_AFTER.test(after))
  );
}
