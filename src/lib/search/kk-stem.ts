/**
 * A small Kazakh stemmer for search. Pagefind has no Kazakh stemmer, but it matches every
 * query word as a prefix of indexed words. So the query side only needs to cut the inflection
 * off (`блогерлердің` → `блогер`, which then prefix-matches `блогерлер`, `блогердің`…); the
 * index side only needs help where the stem is *not* a prefix of the written form, which in
 * Kazakh happens when a final voiceless consonant becomes voiced before a vowel (`кітап` →
 * `кітабы`, `жүрек` → `жүрегі`, `құлақ` → `құлағы`).
 *
 * Only nominal inflection is stripped, right to left in the order Kazakh stacks it:
 * case (with the attributive `-дағы`), possessive, plural. A suffix is cut only when its vowel
 * agrees with the last vowel of what remains (vowel harmony) and at least three letters with a
 * vowel remain, which keeps roots like `ел`, `жер` and loanwords intact. Derivational suffixes
 * (`-лық`, `-шы`) and verb forms are left alone: merging `мемлекет` with `мемлекеттік` would
 * cost precision for little recall.
 */

const BACK = 'аоұыя';
const FRONT = 'әөүіеэю';
const VOWELS = `${BACK}${FRONT}иуё`;

/** Case endings (and the attributive locative), longest first within the slot. */
const CASE = [
  'ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі',
  'менен', 'бенен', 'пенен',
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
  'нан', 'нен', 'дан', 'ден', 'тан', 'тен',
  'нда', 'нде', 'мен', 'бен', 'пен',
  'ға', 'ге', 'қа', 'ке', 'на', 'не',
  'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
  'да', 'де', 'та', 'те',
  'н',
];
const AFTER_POSSESSIVE = new Set(['ндағы', 'ндегі', 'нан', 'нен', 'нда', 'нде', 'на', 'не', 'н']);
const AFTER_VOWEL = new Set(['ны', 'ні']);
const GENITIVE_N = new Set(['ның', 'нің']);
/** Possessive endings. */
const POSSESSIVE = ['ымыз', 'іміз', 'ыңыз', 'іңіз', 'мыз', 'міз', 'ңыз', 'ңіз', 'ым', 'ім', 'ың', 'ің', 'сы', 'сі', 'ы', 'і'];
/** Plural endings. */
const PLURAL = ['лар', 'лер', 'дар', 'дер', 'тар', 'тер'];

/** Voiced consonants that stand for a voiceless one at the end of a stem, before a vowel. */
const DEVOICE: Record<string, string> = { б: 'п', г: 'к', ғ: 'қ' };

const MIN_STEM = 3;

function lastVowel(s: string): string | undefined {
  for (let i = s.length - 1; i >= 0; i--) if (VOWELS.includes(s[i]!)) return s[i];
  return undefined;
}

/** True when `suffix` may follow `stem` under vowel harmony (suffixes without a vowel always may). */
function harmonises(stem: string, suffix: string): boolean {
  const sv = lastVowel(suffix);
  if (!sv) return true;
  const v = lastVowel(stem);
  if (!v) return false;
  if (BACK.includes(sv)) return !FRONT.includes(v);
  return !BACK.includes(v);
}

/** Cuts at most one suffix of `slot` off `word`; returns the rest and the suffix cut. */
function cut(word: string, slot: readonly string[]): { rest: string; suffix: string } {
  for (const suffix of slot) {
    if (!word.endsWith(suffix)) continue;
    const rest = word.slice(0, -suffix.length);
    if (rest.length < MIN_STEM || !lastVowel(rest) || !harmonises(rest, suffix)) continue;
    // n-initial variants follow a vowel: the locative, ablative, dative and bare accusative
    // ones only the possessive -ы/-і (парақша-сы-нда, қызмет-і-н), the genitive and accusative
    // any vowel (мекеме-нің, желі-ні), the genitive also м, н, ң (Қазақстан-ның). Otherwise Қазақстан-да would lose its н.
    if (AFTER_POSSESSIVE.has(suffix) && !/[ыі]$/.test(rest)) continue;
    if (AFTER_VOWEL.has(suffix) && !VOWELS.includes(rest[rest.length - 1]!)) continue;
    if (GENITIVE_N.has(suffix) && !`${VOWELS}мнң`.includes(rest[rest.length - 1]!)) continue;
    return { rest, suffix };
  }
  return { rest: word, suffix: '' };
}

/**
 * The search stem of one Kazakh word, lower-cased.
 * @example kkStem('блогерлердің') === 'блогер'
 * @example kkStem('желілерде') === 'желі'
 * @example kkStem('кітабы') === 'кітап'
 */
export function kkStem(word: string): string {
  const lower = word.toLowerCase();
  if (!/^[а-яёәіңғүұқөһ]+$/.test(lower)) return lower;
  let stem = lower;
  let last = '';
  for (const slot of [CASE, POSSESSIVE, PLURAL]) {
    const r = cut(stem, slot);
    if (r.suffix) {
      stem = r.rest;
      last = r.suffix;
    }
  }
  // The stripped suffix started with a vowel: a voiced final consonant was voiceless in the root.
  // Only between vowels (кітабы, жүрегі), not after a consonant (негізгі, жылғы).
  const final = stem[stem.length - 1]!;
  if (last && VOWELS.includes(last[0]!) && DEVOICE[final] && VOWELS.includes(stem[stem.length - 2] ?? '')) {
    stem = stem.slice(0, -1) + DEVOICE[final];
  }
  return stem;
}

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * A Kazakh query rewritten for Pagefind: every word replaced by its stem, so that Pagefind's
 * prefix matching finds the other inflections. Words that are not Kazakh Cyrillic are kept.
 * @example kkSearchQuery('Блогерлердің күші') === 'блогер күш'
 */
export function kkSearchQuery(query: string): string {
  return query.replace(WORD, (w) => kkStem(w)).replace(/\s+/g, ' ').trim();
}

/**
 * The stems Pagefind cannot reach by prefix from the words of `text` (those whose final
 * consonant alternates), deduplicated in order of appearance. The indexer adds them as
 * extra words next to the text they come from.
 * @example kkExtraStems('кітабы мен кітаптар') → ['кітап']
 */
export function kkExtraStems(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    const stem = kkStem(lower);
    if (!lower.startsWith(stem)) out.add(stem);
  }
  return [...out];
}
