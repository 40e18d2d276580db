import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kkExtraStems, kkSearchQuery, kkStem } from '../../src/lib/search/kk-stem.ts';
import { pagefindQuery } from '../../src/lib/search/query.ts';

const kkText = fs.readFileSync(path.resolve(import.meta.dirname, '../../content/articles/bloggers-and-the-state/kk.mdx'), 'utf8').toLowerCase();
const words = new Set(kkText.match(/[\p{L}]+/gu));

/** Inflections of one word, every one of them written in the kk edition of the article. */
const FAMILIES = [
  ['блогерлер', 'блогерлердің', 'блогердің'],
  ['желілер', 'желілердің', 'желілерде', 'желілердегі', 'желілерден', 'желілерге', 'желілермен', 'желіде', 'желінің'],
  ['қолданушы', 'қолданушылар', 'қолданушылардың', 'қолданушыларының', 'қолданушысы', 'қолданушыларға'],
  ['мекемелер', 'мекемелердің', 'мекемелерінен', 'мекемелерінде', 'мекеменің'],
  ['институт', 'институттар', 'институттардан', 'институттардың', 'институттары'],
  ['парақша', 'парақшалары', 'парақшаларында', 'парақшасы', 'парақшасында'],
  ['қызмет', 'қызметі', 'қызметін', 'қызметінен', 'қызметтері', 'қызметтерінде'],
  ['интернет', 'интернетке', 'интернетте', 'интернетті'],
  ['статистика', 'статистикасы', 'статистикасына', 'статистикаға'],
];

describe('the Kazakh search stemmer', () => {
  it('is tested on words that really occur in the kk edition', () => {
    const missing = FAMILIES.flat().filter((w) => !words.has(w));
    expect(missing).toEqual([]);
  });

  it('lets блогерлердің find блогерлер and желілердің find желілерде through prefix matching', () => {
    expect(kkStem('блогерлердің')).toBe('блогер');
    expect('блогерлер'.startsWith(kkStem('блогерлердің'))).toBe(true);
    expect('желілерде'.startsWith(kkStem('желілердің'))).toBe(true);
  });

  it('reaches every inflection of a word from every other inflection of it', () => {
    const misses: string[] = [];
    for (const family of FAMILIES) {
      for (const query of family) {
        for (const written of family) if (!written.startsWith(kkStem(query))) misses.push(`${query} ↛ ${written}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('keeps roots whole: Қазақстан before -да, -ның, and short roots and derived words', () => {
    expect(kkStem('Қазақстанда')).toBe('қазақстан');
    expect(kkStem('Қазақстанның')).toBe('қазақстан');
    expect(kkStem('ел')).toBe('ел');
    expect(kkStem('мемлекеттік')).toBe('мемлекеттік');
    expect(kkStem('және')).toBe('және');
  });

  it('only cuts suffixes that agree with the stem in vowel harmony', () => {
    // -лер is front, so it is not cut from a back-vowel word, and -лар is not cut from a front one.
    expect(kkStem('аккаунттарды')).toBe('аккаунт');
    expect(kkStem('деректермен')).toBe('дерек');
    expect(kkStem('балалер')).toBe('балалер');
  });

  it('restores the voiceless final consonant that turns voiced before a vowel', () => {
    expect(kkStem('кітабы')).toBe('кітап');
    expect(kkStem('жүрегі')).toBe('жүрек');
    expect(kkStem('құлағы')).toBe('құлақ');
    // not after a consonant: негізгі is негіз + гі, not *негізк
    expect(kkStem('негізгі')).not.toMatch(/к$/);
  });

  it('adds index stems only for words whose stem is not a prefix of the written form', () => {
    expect(kkExtraStems('кітабы мен кітаптар, блогерлердің')).toEqual(['кітап']);
    expect(kkExtraStems('Facebook-та 160 мың')).toEqual([]);
    const fromArticle = kkExtraStems(kkText);
    expect(fromArticle).toContain('себеп'); // себебі in the kk edition
    for (const s of fromArticle) expect(s.length).toBeGreaterThanOrEqual(3);
  });

  it('rewrites only Kazakh queries, word by word, and leaves Latin words alone', () => {
    expect(kkSearchQuery('  Блогерлердің   күші ')).toBe('блогер күш');
    expect(kkSearchQuery('Facebook қолданушылары')).toBe('facebook қолданушы');
    expect(pagefindQuery('kk', 'желілердің')).toBe('желі');
    expect(pagefindQuery('ru', 'блогерами')).toBe('блогерами');
    expect(pagefindQuery('en', ' bloggers  state ')).toBe('bloggers state');
  });
});
