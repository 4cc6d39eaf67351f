// The clause reading's parts: the segmenter's breaks and the verb families' voice by form.
import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../src/core/events/clause/segment.ts';
import { voiceOf } from '../../src/core/events/clause/families.ts';

const clauses = (text: string): string[] => clausesOf(text, 0).map((c) => text.slice(c.start, c.end).trim());

describe('clausesOf', () => {
  it('keeps a list of names in one clause', () => {
    expect(clauses('Бои идут в районах Гришино, Шахово и Торецкого.')).toEqual(['Бои идут в районах Гришино, Шахово и Торецкого.']);
  });
  it('breaks at a relative pronoun, a conjunction and a participle after a comma', () => {
    expect(clauses('Войска заняли Суджу, которую ВСУ удерживали полгода')).toEqual([
      'Войска заняли Суджу',
      'которую ВСУ удерживали полгода',
    ]);
    expect(clauses('Росіяни просунулися біля Сум, але їх відкинули')).toEqual(['Росіяни просунулися біля Сум', 'але їх відкинули']);
    expect(clauses('Troops entered Sudzha, pushing toward Kursk')).toEqual(['Troops entered Sudzha', 'pushing toward Kursk']);
  });
  it('breaks at a colon, a semicolon and a spaced dash', () => {
    expect(clauses('Звільнено: Мала Локня; бої – біля Суджі')).toEqual(['Звільнено', 'Мала Локня', 'бої', 'біля Суджі']);
  });
});

describe('voiceOf', () => {
  it('reads short passives, infinitives and attributes from the ending', () => {
    expect(voiceOf('освобождены', '')).toBe('passive');
    expect(voiceOf('звільнено', '')).toBe('passive');
    expect(voiceOf('захватить', 'пытались ')).toBe('infinitive');
    expect(voiceOf('штурмовую', '')).toBe('attributive');
    expect(voiceOf('захватили', '')).toBe('active');
  });
  it('reads English passives after a copula and participles before their noun', () => {
    expect(voiceOf('captured', 'was ')).toBe('passive');
    expect(voiceOf('occupied', 'the ')).toBe('attributive');
    expect(voiceOf('captured', 'forces ')).toBe('active');
    expect(voiceOf('capture', 'to ')).toBe('infinitive');
  });
});
