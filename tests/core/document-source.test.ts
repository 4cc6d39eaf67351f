// The owner of a document cited with an impersonal verb ("— ідеться в повідомленні DeepState"), and its walk over a
// long line without stops (no quadratic scan).
import { describe, expect, it } from 'vitest';
import { citesDocument, documentSourceIn, PLATFORM, PLATFORM_BEFORE_QUOTE } from '../../src/core/events/document-source.ts';

describe('documentSourceIn', () => {
  it('reads the owner after the document noun, in either order', () => {
    expect(documentSourceIn('«Ворог просунувся», — ідеться в повідомленні DeepState.')).toBe('DeepState');
    expect(documentSourceIn('Бойцы освободили село, говорится в сообщении Министерства обороны России.')).toBe(
      'Министерства обороны России',
    );
    expect(documentSourceIn('В сводке Генштаба ВСУ говорится, что бои продолжаются.')).toBe('Генштаба ВСУ');
    expect(documentSourceIn('– йдеться у повідомленні пресслужби Генштабу ЗСУ у Telegram.')).toBe('Генштабу ЗСУ');
    expect(documentSourceIn('говорится в отчете Института изучения войны.')).toBe('Института изучения войны');
    expect(documentSourceIn('говорится в сообщении главкома ВСУ Александра Сырского.')).toBe('Александра Сырского');
  });
  it('names no owner for what the document is about, a platform, or none', () => {
    expect(documentSourceIn('В сообщении о взятии Новогродовки говорится, что бои продолжаются.')).toBeNull();
    expect(documentSourceIn('– йдеться у повідомленні в Telegram.')).toBeNull();
    expect(documentSourceIn('«Ворог просунувся», – йдеться у повідомленні.')).toBeNull();
    expect(citesDocument('«Ворог просунувся», – йдеться у повідомленні.')).toBe(true);
  });
  it('takes a platform in its locative and channel forms for a platform, not a name', () => {
    for (const w of ['Telegram', 'Фейсбук', 'Фейсбуці', 'Телеграмі', 'Telegram-канал', 'Telegram-канале', 'телеграм-каналі'])
      expect(PLATFORM.test(w), w).toBe(true);
    for (const w of ['DeepState', 'Фейс', 'Telegram-канал «Рыбарь»']) expect(PLATFORM.test(w), w).toBe(false);
    expect('Telegram-канал «Военкоры Русской Весны»'.replace(PLATFORM_BEFORE_QUOTE, '')).toBe('«Военкоры Русской Весны»');
  });
  it('walks a long line without stops in linear time', () => {
    const line = `${'В сообщении слово слово слово слово '.repeat(20000)}x`;
    const t = performance.now();
    expect(documentSourceIn(line)).toBeNull();
    expect(documentSourceIn(`${'говорится в сообщении '.repeat(20000)}x`)).toBeNull();
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
