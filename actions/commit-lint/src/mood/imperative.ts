import { baseCandidates, type Inflection } from './inflection.ts';
import { BASE_FORMS, IRREGULAR_FORMS, NOUN_FORMS, VERBAL_FORMS } from './word-list.ts';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/**
 * The word lists as sets, built on the first check: a run with a commitlint configuration never
 * checks the mood, and building them is a tenth of a pull request's lint.
 */
let lists: {
  base: Set<string>;
  verbal: Set<string>;
  nouns: Set<string>;
  irregular: Map<string, string>;
};
function lexicon(): typeof lists {
  return (lists ??= {
    base: words(BASE_FORMS),
    verbal: words(VERBAL_FORMS),
    nouns: words(NOUN_FORMS),
    irregular: new Map(
      IRREGULAR_FORMS.split(/\s+/)
        .filter(Boolean)
        .map((pair) => pair.split(':') as [string, string]),
    ),
  });
}

/** Words after which the first word can only be a verb: its object or particle. */
const VERB_CONTEXT = words(
  'a an the this that these those it its them him her his me my us our you your their some any all ' +
    'every each another both several no up out back down off away',
);

export interface MoodProblem {
  /** The first word of the subject, as written. */
  word: string;
  inflection: Inflection;
  /** The imperative form, in the case the word was written in. */
  suggestion: string;
  /**
   * Whether the word can only be that inflection here ("added", "fixed the"), an error; otherwise
   * it may be a noun or an adjective ("calls on clients", "typed arrays"), a warning.
   */
  certain: boolean;
}

const FIRST_WORDS = /^\s*([A-Za-z][a-z]*)\b(?:[\s,]+([A-Za-z]+))?/;

/**
 * Whether a known inflection is one for sure: its main reading is a verb, or the next word makes
 * it one (an object, a particle, nothing). A participle ("fixed", "breaking", or one the lexicon
 * lacks) is an adjective only before a noun that needs no article ("typed arrays"): before a
 * singular ("fixed crash") it is the verb. A word read first as a noun needs a verb's context.
 */
function isCertain(lower: string, inflection: Inflection, next: string | undefined): boolean {
  if (next === undefined || VERB_CONTEXT.has(next.toLowerCase())) return true;
  if (lexicon().verbal.has(lower)) return true;
  return (
    inflection !== 'third-person' &&
    !lexicon().nouns.has(lower) &&
    !(/s$/.test(next) && !/ss$/.test(next))
  );
}

function sameCase(model: string, word: string): string {
  return model[0] === model[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/**
 * Whether a subject starts with a verb in the imperative mood ("add", not "added", "adds" or
 * "adding"). Only a word that is known as an inflection of a known verb is a problem: a base form
 * that looks inflected ("feed", "embed", "proceed", "string") passes, and so does a word we do not
 * know. An inflection that may be a noun or an adjective here is not certain: a warning at most.
 */
export function checkImperative(subject: string): MoodProblem | undefined {
  const [, word, next] = FIRST_WORDS.exec(subject) ?? [];
  if (!word) return undefined;
  const lower = word.toLowerCase();
  const { base: BASE, irregular: IRREGULAR } = lexicon();
  if (BASE.has(lower)) return undefined;
  const irregular = IRREGULAR.get(lower);
  let inflection: Inflection;
  let base: string | undefined;
  if (irregular) {
    inflection =
      /s$/.test(lower) && !/ss$/.test(lower) && lower !== 'was' ? 'third-person' : 'past';
    base = irregular;
  } else {
    const candidates = baseCandidates(lower);
    base = candidates?.bases.find((candidate) => BASE.has(candidate));
    if (!candidates || !base) return undefined;
    inflection = candidates.inflection;
  }
  return {
    word,
    inflection,
    suggestion: sameCase(word, base),
    certain: isCertain(lower, inflection, next),
  };
}

const DESCRIPTION: Record<Inflection, string> = {
  past: 'past tense',
  'third-person': 'third person',
  gerund: '-ing form',
};

export function describeMoodProblem(problem: MoodProblem): string {
  const { suggestion, word, inflection } = problem;
  return problem.certain
    ? `subject must start with a verb in the imperative mood: "${suggestion}", not "${word}" (${DESCRIPTION[inflection]})`
    : `subject may not start with a verb in the imperative mood: if "${word}" is a verb (${DESCRIPTION[inflection]}), write "${suggestion}"`;
}
