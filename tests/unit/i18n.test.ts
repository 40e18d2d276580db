import { describe, expect, it } from 'vitest';
import { dictionaries, formatters, useTranslations } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/i18n/locales.ts';

describe('UI dictionaries', () => {
  it('have exactly the same keys in en, kk and ru', () => {
    const en = Object.keys(dictionaries.en).sort();
    for (const lang of LANGS) {
      const keys = Object.keys(dictionaries[lang]).sort();
      expect({ lang, missing: en.filter((k) => !keys.includes(k)), extra: keys.filter((k) => !en.includes(k)) }).toEqual({ lang, missing: [], extra: [] });
    }
  });

  it('have no empty strings and keep every interpolation placeholder of the English', () => {
    for (const [key, value] of Object.entries(dictionaries.en)) {
      const placeholders = (value.match(/\{\{\w+\}\}/g) ?? []).sort();
      for (const lang of LANGS) {
        const v = dictionaries[lang][key]!;
        expect(v.trim(), `${lang} ${key}`).not.toBe('');
        expect((v.match(/\{\{\w+\}\}/g) ?? []).sort(), `${lang} ${key}`).toEqual(placeholders);
      }
    }
  });

  it('stops with the dictionary file named when a key is missing', () => {
    const t = useTranslations('kk');
    expect(() => t('no.such.key' as never)).toThrow(/src\/i18n\/locales\/kk\.json: missing UI string "no\.such\.key"/);
  });

  it('translates with interpolation in the requested language', () => {
    expect(useTranslations('ru')('figure.label', { number: 2 })).toBe('Рисунок 2');
    expect(useTranslations('kk')('figure.label', { number: 2 })).toBe('2-сурет');
  });
});

describe('Intl formatters', () => {
  it('write Kazakh and Russian numbers with a decimal comma and spaced thousands', () => {
    for (const lang of ['kk', 'ru'] as const) {
      const s = formatters(lang).number(50130577.5);
      expect(s.replace(/[\u00a0\u202f]/g, ' ')).toBe('50 130 577,5');
    }
    expect(formatters('en').number(50130577.5)).toBe('50,130,577.5');
  });

  it('format ISO dates at their own precision in the page language', () => {
    expect(formatters('ru').date('2021-12-05')).toBe('5 декабря 2021 г.');
    expect(formatters('en').date('2021-12-05')).toBe('5 December 2021');
    expect(formatters('kk').date('2021-12-05')).toMatch(/желтоқсан/);
    expect(formatters('en').date('2022')).toBe('2022');
  });
});
