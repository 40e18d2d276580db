/**
 * Number and time locales for Vega (d3-format / d3-time-format definitions), per site
 * language. Russian and Kazakh write a decimal comma and a no-break space between thousands;
 * d3 ships no Kazakh locale, so it is defined here. Used by the build (per-view locale) and
 * embedded into the compiled Vega spec, so the interactive chart formats exactly like the
 * static one. The browser bundle includes this file, so the tables are data (d3's JSON and our
 * Kazakh table) rather than read from the browser's Intl; a unit test checks them against Intl (CLDR).
 */
import enNumber from 'd3-format/locale/en-GB' with { type: 'json' };
import ruNumber from 'd3-format/locale/ru-RU' with { type: 'json' };
import enTime from 'd3-time-format/locale/en-GB' with { type: 'json' };
import ruTime from 'd3-time-format/locale/ru-RU' with { type: 'json' };
import type { Lang } from '../../i18n/locales.ts';

export interface NumberLocale {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  minus?: string;
}

export interface TimeLocale {
  dateTime: string;
  date: string;
  time: string;
  periods: [string, string];
  days: string[];
  shortDays: string[];
  months: string[];
  shortMonths: string[];
}

export interface FigureLocale {
  number: NumberLocale;
  time: TimeLocale;
}

const NBSP = '\u00a0';

/**
 * English and Russian are d3's own published locales (d3-format and d3-time-format), with the
 * journal's currency, the tenge, instead of the pound and the rouble.
 */
const TENGE = { en: ['₸', ''], ru: ['', `${NBSP}₸`] } as const;
const en: FigureLocale = { number: { ...enNumber, currency: [...TENGE.en] }, time: enTime as TimeLocale };
const ru: FigureLocale = {
  number: { ...ruNumber, currency: [...TENGE.ru] },
  time: {
    ...(ruTime as TimeLocale),
    // Nominative (standalone) names: an axis label "март" stands alone. d3's ru locale has the
    // genitive ("марта"), right only inside a full date, which the table writes with Intl and
    // charts write as numbers (%x), since d3-time-format has no standalone form.
    months: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  },
};

/** Kazakh (Cyrillic): CLDR's separators and month and day names; d3 has none. */
const kk: FigureLocale = {
  number: { decimal: ',', thousands: NBSP, grouping: [3], currency: ['', `${NBSP}₸`] },
  time: {
    dateTime: '%Y ж. %e %B, %A, %X',
    date: '%d.%m.%Y',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'],
    shortDays: ['жс', 'дс', 'сс', 'ср', 'бс', 'жм', 'сб'],
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    shortMonths: ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'],
  },
};

export const FIGURE_LOCALES: Record<Lang, FigureLocale> = { en, kk, ru };
