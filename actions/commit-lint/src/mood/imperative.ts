import { baseCandidates, type Inflection } from './inflection.ts';
import { BASE_FORMS, IRREGULAR_FORMS } from './word-list.ts';

const BASE = new Set(BASE_FORMS.split(/\s+/).filter(Boolean));
const IRREGULAR = new Map(
  IRREGULAR_FORMS.split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':') as [string, string]),
);

export interface MoodProblem {
  /** The first word of the subject, as written. */
  word: string;
  inflection: Inflection;
  /** The imperative form, in the case the word was written in. */
  suggestion: string;
}

const FIRST_WORD = /^\s*([A-Za-z][a-z]*)\b/;

function sameCase(model: string, word: string): string {
  return model[0] === model[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/**
 * Whether a subject starts with a verb in the imperative mood ("add", not "added", "adds" or
 * "adding"). Only a word that is known as an inflection of a known verb is a problem: a base form
 * that looks inflected ("feed", "embed", "proceed", "string") passes, and so does a word we do not
 * know, so the check never fails a subject on a guess.
 */
export function checkImperative(subject: string): MoodProblem | undefined {
  const word = FIRST_WORD.exec(subject)?.[1];
  if (!word) return undefined;
  const lower = word.toLowerCase();
  if (BASE.has(lower)) return undefined;
  const irregular = IRREGULAR.get(lower);
  if (irregular) {
    const inflection: Inflection =
      /s$/.test(lower) && !/ss$/.test(lower) && lower !== 'was' ? 'third-person' : 'past';
    return { word, inflection, suggestion: sameCase(word, irregular) };
  }
  const candidates = baseCandidates(lower);
  const base = candidates?.bases.find((candidate) => BASE.has(candidate));
  if (!candidates || !base) return undefined;
  return { word, inflection: candidates.inflection, suggestion: sameCase(word, base) };
}

const DESCRIPTION: Record<Inflection, string> = {
  past: 'past tense',
  'third-person': 'third person',
  gerund: '-ing form',
};

export function describeMoodProblem(problem: MoodProblem): string {
  return `subject must start with a verb in the imperative mood: "${problem.suggestion}", not "${problem.word}" (${DESCRIPTION[problem.inflection]})`;
}
