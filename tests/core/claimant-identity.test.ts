// One claimant across languages (text/claimant-identity.ts, claims/merge.ts): a speaker named in three scripts, with
// or without a title and a given name, is one claimant; two people who share a surname are two when their given names
// or sides contradict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeClaims } from '../../src/core/claims/merge.ts';
import type { ClaimFeature } from '../../src/core/schema.ts';
import { claimantIdentity, claimantReadings, claimantsAgree, sameClaimant } from '../../src/core/text/claimant-identity.ts';
import { areaHeld } from './area-claim.ts';

const same = (a: string, b: string): boolean => sameClaimant(claimantIdentity(a), claimantIdentity(b));

/** Given names in their Latin, Ukrainian and Russian spellings. */
const GIVEN: readonly (readonly string[])[] = [
  ['Oleksandr', 'Олександр', 'Александр', 'Aleksandr'],
  ['Volodymyr', 'Володимир', 'Владимир', 'Vladimir'],
  ['Serhiy', 'Сергій', 'Сергей', 'Sergei'],
  ['Mykhailo', 'Михайло', 'Михаил', 'Mikhail'],
  ['Oleksii', 'Олексій', 'Алексей', 'Aleksei'],
  ['Yurii', 'Юрій', 'Юрий', 'Yuri'],
];
const SURNAMES: readonly (readonly string[])[] = [
  ['Syrskyi', 'Сирський', 'Сырский', 'Syrsky', 'Syrskii'],
  ['Zelensky', 'Зеленський', 'Зеленский', 'Zelenskyy', 'Zelenskiy'],
  ['Gerasimov', 'Герасимов', 'Herasymov'],
  ['Shoigu', 'Шойгу'],
];
const spelling = (forms: readonly (readonly string[])[]) =>
  fc.integer({ min: 0, max: forms.length - 1 }).chain((i) => fc.tuple(fc.constant(i), fc.constantFrom(...forms[i]!)));

describe('claimantIdentity', () => {
  it('reads one speaker through script, spelling, title and given name', () => {
    const forms = [
      'Syrskyi',
      'Сирський',
      'Сырский',
      'Oleksandr Syrskyi',
      'Олександр Сирський',
      "Ukraine's commander-in-chief Oleksandr Syrskyi",
      'Главнокомандующий ВСУ Александр Сырский',
      'Commander Syrsky',
      'O. Syrskyi',
    ];
    for (const a of forms) for (const b of forms) expect(same(a, b), `${a} / ${b}`).toBe(true);
  });

  it('reads a surname left in an oblique case as its speaker', () => {
    expect(same('Путіна', 'Путин')).toBe(true);
    expect(same('Герасимова', 'Валерий Герасимов')).toBe(true);
    // a surname of the adjective's form keeps its stem through the cases
    expect(same('Олександра Сирського', 'Олександр Сирський')).toBe(true);
    expect(same('Сырскому', 'Александр Сырский')).toBe(true);
    expect(same('Володимира Зеленського', 'Зеленський')).toBe(true);
    expect(same('Сирського', 'Зеленського')).toBe(false);
  });

  it('reads a body named in another case or after a preposition as one body', () => {
    expect(same('В Минобороны РФ', 'Минобороны РФ')).toBe(true);
    expect(same('У Генштабі ЗСУ', 'Генштаб ЗСУ')).toBe(true);
    expect(same('Силах оборони Півдня', 'Сили оборони півдня')).toBe(true);
    expect(same('Сили оборони Півдня України', 'Сил оборони Півдня')).toBe(true);
    expect(same('Министерстве обороны России', 'Міноборони РФ')).toBe(true);
  });

  it('is stable under case and script: a headline in capitals, a title in any case', () => {
    const title = fc.constantFrom('commander-in-chief', 'President', 'Defence Minister', '');
    const recase = fc.constantFrom(
      (w: string) => w,
      (w: string) => w.toUpperCase(),
      (w: string) => w.toLowerCase(),
    );
    fc.assert(
      fc.property(spelling(SURNAMES), spelling(SURNAMES), title, recase, fc.boolean(), ([i, a], [j, b], t, r, caps) => {
        const headline = caps ? a.toUpperCase() : a;
        expect(same(`${r(t)} ${headline}`.trim(), b)).toBe(i === j);
      }),
    );
  });

  it('never merges two different given names, in any script', () => {
    fc.assert(
      fc.property(
        spelling(GIVEN),
        spelling(GIVEN),
        fc.constantFrom(...SURNAMES[0]!),
        fc.constantFrom(...SURNAMES[0]!),
        ([i, a], [j, b], s, t) => {
          expect(same(`${a} ${s}`, `${b} ${t}`)).toBe(i === j);
        },
      ),
    );
  });

  it('keeps one surname on two sides apart', () => {
    expect(same('Russian General Staff', "Ukraine's General Staff")).toBe(false);
    expect(same('Russia', 'Ukraine')).toBe(false);
    expect(same('ЗСУ', 'Russian Armed Forces')).toBe(false);
  });

  it('reads a staff as a body and the armed forces after a body as whose it is', () => {
    const staff = ['the General Staff of Ukraine', "Ukraine's General Staff", 'General Staff of the Armed Forces of Ukraine'];
    for (const a of staff) for (const b of staff) expect(same(a, b), `${a} / ${b}`).toBe(true);
    expect(same('Генеральний штаб Збройних сил України', 'Генштаб ЗСУ')).toBe(true);
    expect(same('Генеральный штаб Вооруженных сил Украины', 'Генштаб ВСУ')).toBe(true);
  });

  it('reads a side named alone as the side speaking', () => {
    expect(same('Russia', 'Russia')).toBe(true);
    expect(same('Moscow', 'Russia')).toBe(true);
    expect(same('ЗСУ', 'AFU')).toBe(true);
    expect(same('Armed Forces of Ukraine', 'ВСУ')).toBe(true);
    expect(same('the Armed Forces', 'Armed Forces of Ukraine')).toBe(true);
    expect(same('ЗСУ', 'Ukraine')).toBe(false); // the forces, not the country
    expect(same('Russia', "Russia's Defence Ministry")).toBe(false);
  });

  it('reads a lone word as a surname or a one-word body by its letters', () => {
    expect(same('Минобороны', 'Минобороны России')).toBe(true);
    expect(same('Генштабі', 'Генштаб ЗСУ')).toBe(true);
    expect(same('Syrskyi', 'Oleksandr Syrskyi')).toBe(true);
    expect(same('Минобороны', 'Генштаб ЗСУ')).toBe(false);
  });

  it('reads a body in one order and a Cyrillic stump compound as its words', () => {
    expect(same("Russia's Defence Ministry", 'the Russian Ministry of Defense')).toBe(true);
    expect(same('Министерство обороны РФ', 'Минобороны России')).toBe(true);
    expect(same('Минобороны России', 'Міноборони РФ')).toBe(true);
    expect(same('Генштаб ЗСУ', 'Генерального штабу ЗСУ')).toBe(true);
    expect(same('Минобороны России', 'Міноборони України')).toBe(false);
  });
});

const said = (id: string, article: string, who: string): ClaimFeature => {
  const f = areaHeld(id, '2024-08-12', '2024-08-12', 1000);
  const source = { ...f.properties.sources[0]!, article };
  return { ...f, properties: { ...f.properties, article, attributedTo: who, sources: [source] } } as ClaimFeature;
};

describe('mergeClaims across languages', () => {
  it('merges one statement syndicated in three languages into one claim with three sources', () => {
    const merged = mergeClaims([
      said('a', 'uk.txt', 'Олександр Сирський'),
      said('b', 'ru.txt', 'Сырский'),
      said('c', 'en.txt', "Ukraine's Commander-in-Chief Oleksandr Syrskyi"),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.properties.sources.map((s) => s.article)).toEqual(['uk.txt', 'ru.txt', 'en.txt']);
  });

  it('keeps two people with one surname and two given names apart, whichever comes first', () => {
    const a = said('a', 'a.txt', 'Oleksandr Syrskyi');
    const b = said('b', 'b.txt', 'Syrskyi');
    const c = said('c', 'c.txt', 'Ivan Syrskyi');
    expect(mergeClaims([a, b, c])).toHaveLength(2);
    expect(mergeClaims([b, a, c])).toHaveLength(2);
  });

  it('leaves no attributionCarried key on a group whose sources are all its own', () => {
    const merged = mergeClaims([said('a', 'a.txt', 'Syrskyi'), said('b', 'b.txt', 'Сирський')]);
    expect(merged).toHaveLength(1);
    expect('attributionCarried' in merged[0]!.properties).toBe(false);
  });

  it('keeps one figure cited from two different documents as two claims (a document source is its own)', () => {
    const merged = mergeClaims([said('a', 'a.txt', 'Генштабу ЗСУ'), said('b', 'b.txt', 'ISW')]);
    expect(merged).toHaveLength(2);
  });
});

describe('claimantsAgree (the held-out events scorer)', () => {
  it('reads a bracketed body as a second reading of the name', () => {
    expect(claimantReadings('Valery Gerasimov (Russian General Staff)')).toEqual(['Valery Gerasimov', 'Russian General Staff']);
    expect(claimantReadings('Минобороны России')).toEqual(['Минобороны России']);
    expect(claimantsAgree('Valery Gerasimov (Russian General Staff)', 'Герасимов')).toBe(true);
    expect(claimantsAgree('Valery Gerasimov (Russian General Staff)', "Russia's General Staff")).toBe(true);
    expect(claimantsAgree('Valery Gerasimov (Russian General Staff)', 'Ramstein')).toBe(false);
  });

  it("reads each source of a slash form, a figure relayed or counted by two ('AFP/ISW'), as a reading", () => {
    expect(claimantReadings('AFP/ISW')).toEqual(['AFP', 'ISW']);
    expect(claimantReadings('Valery Gerasimov (Russian General Staff)/Putin')).toEqual([
      'Valery Gerasimov',
      'Russian General Staff',
      'Putin',
    ]);
    expect(claimantReadings('1/2')).toEqual(['1/2']);
    expect(claimantsAgree('AFP/ISW', 'AFP')).toBe(true);
    expect(claimantsAgree('AFP/ISW', 'ISW')).toBe(true);
    expect(claimantsAgree('Би-би-си/Медиазона', 'Медиазона')).toBe(true);
    expect(claimantsAgree('AFP/ISW', 'DeepState')).toBe(false);
  });

  it('agrees when both name none, never when only one does, and is symmetric', () => {
    expect(claimantsAgree(null, null)).toBe(true);
    expect(claimantsAgree(null, ' ')).toBe(true);
    fc.assert(
      fc.property(
        fc.constantFrom('Сирський', 'Oleksandr Syrskyi', 'Минобороны России (Russian MoD)', 'Однако'),
        fc.constantFrom('Сырский', 'Ivan Syrskyi', 'Міноборони РФ'),
        (a, b) => {
          expect(claimantsAgree(a, null)).toBe(false);
          expect(claimantsAgree(a, b)).toBe(claimantsAgree(b, a));
        },
      ),
    );
  });
});
