/** How a word may have been inflected from a base form, and the base forms it may come from. */
export type Inflection = 'past' | 'third-person' | 'gerund';

const VOWEL = /[aeiou]/;

/** stopped → stop, planning → plan: an inflection that doubled the final consonant. */
function undouble(stem: string): string[] {
  const last = stem.at(-1);
  return last && last === stem.at(-2) && !VOWEL.test(last) ? [stem.slice(0, -1)] : [];
}

/**
 * Base forms a regular inflection could come from, most likely first ("hoped" → hope before
 * hop, "adding" → adde before add; only forms in the word list count).
 */
export function baseCandidates(
  word: string,
): { inflection: Inflection; bases: string[] } | undefined {
  if (word.length > 4 && word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    const bases = [`${stem}e`, stem, ...undouble(stem)];
    if (stem.endsWith('y')) bases.push(`${stem.slice(0, -1)}ie`); // lying → lie
    return { inflection: 'gerund', bases };
  }
  if (word.length > 3 && word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    const bases = [word.slice(0, -1), stem, ...undouble(stem)];
    if (stem.endsWith('i')) bases.push(`${stem.slice(0, -1)}y`); // copied → copy
    return { inflection: 'past', bases };
  }
  if (word.length > 2 && word.endsWith('s') && !word.endsWith('ss')) {
    const bases = [word.slice(0, -1)];
    if (word.endsWith('es')) bases.push(word.slice(0, -2));
    if (word.endsWith('ies')) bases.push(`${word.slice(0, -3)}y`);
    return { inflection: 'third-person', bases };
  }
  return undefined;
}
