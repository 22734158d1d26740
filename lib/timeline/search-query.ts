// Turns what an analyst types into a safe SQLite FTS5 expression.
// Every term and phrase is re-emitted inside double quotes, built only from letters and digits, so no
// input can reach FTS5 as syntax: AND, NEAR, -, :, ( and * are either dropped or become plain words.

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
// Prefix terms shorter than this would expand to a large part of the vocabulary: the last bare word,
// still being typed, is then searched as a whole word.
const MIN_PREFIX = 2;
// A prefix asked for with a star needs one letter more (searchCostProblem refuses a shorter one): the
// typed word's prefix is one, but sixteen starred two-letter prefixes stalled the server.
const MIN_STARRED = 3;
const MAX_PARTS = 16;
/**
 * What one search may ask of the full-text index (issue 12): each prefix merges the doclists of every
 * word it begins, and a phrase of common words walks their positions; at a million events sixteen short
 * prefixes took 5–12 s, a 60-word phrase of one common word 7–8 s, holding the database all along.
 */
export const SEARCH_LIMITS = { prefixes: 3, starredLetters: MIN_STARRED, phraseWords: 8, terms: MAX_PARTS } as const;

type Part = { words: string[]; prefix: boolean; starred?: boolean };

function words(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

function partsOf(input: string): Part[] | null {
  return partsOfAll(input)?.slice(0, MAX_PARTS) ?? null;
}

/** Every part of a search, none cut off. */
function partsOfAll(input: string): Part[] | null {
  const parts: Part[] = [];
  // Split on double quotes: odd-numbered pieces were inside quotes (an unclosed quote runs to the end).
  const pieces = input.split('"');
  pieces.forEach((piece, i) => {
    if (i % 2 === 1) {
      const phrase = words(piece);
      if (phrase.length) parts.push({ words: phrase, prefix: false });
      return;
    }
    for (const token of piece.split(/\s+/)) {
      const tokenWords = words(token);
      if (!tokenWords.length) continue;
      const starred = token.endsWith('*');
      // "f-35" or "U.S." tokenise to several words in FTS5; keep them together as a phrase.
      parts.push({ words: tokenWords, prefix: starred, starred });
    }
  });
  if (!parts.length) return null;
  const lastPiece = pieces[pieces.length - 1]!;
  const endsBare = pieces.length % 2 === 1 && /[\p{L}\p{N}\p{M}*]$/u.test(lastPiece);
  const last = parts[parts.length - 1]!;
  if (endsBare && !lastPiece.trimEnd().endsWith('"')) last.prefix = true;
  return parts;
}

/**
 * Why a search would cost too much, in words naming the limit, or null when it is within the limits. A
 * starred prefix of fewer than 3 letters, more than 3 prefixes, a phrase of more than 8 words or more than
 * 16 terms are refused rather than quietly cut, so that the analyst sees what was searched.
 */
export function searchCostProblem(input: string): string | null {
  const parts = partsOfAll(input);
  if (!parts) return null;
  const short = parts.find((p) => p.starred && [...p.words[p.words.length - 1]!].length < MIN_STARRED);
  if (short) return `A prefix with * needs at least ${MIN_STARRED} letters: ${short.words.join(' ')}* matches too many words`;
  const prefixes = parts.filter((p) => p.prefix && [...p.words[p.words.length - 1]!].length >= MIN_PREFIX).length;
  if (prefixes > SEARCH_LIMITS.prefixes)
    return `At most ${SEARCH_LIMITS.prefixes} prefixes (words ending in *, and the last word) in one search; this has ${prefixes}`;
  const long = parts.find((p) => p.words.length > SEARCH_LIMITS.phraseWords);
  if (long) return `A phrase has at most ${SEARCH_LIMITS.phraseWords} words; this one has ${long.words.length}`;
  if (parts.length > MAX_PARTS) return `At most ${MAX_PARTS} words and phrases in one search; this has ${parts.length}`;
  return null;
}

/** Every distinct word of a search (its phrases' words one by one), or none when nothing is searchable. */
export function searchWords(input: string): string[] {
  return [...new Set((partsOf(input) ?? []).flatMap((p) => p.words))];
}

/** Whether the search holds a prefix (a starred word, or its last bare word), which matches more than its whole words. */
export function hasPrefix(input: string): boolean {
  return (partsOf(input) ?? []).some((p) => p.prefix && [...p.words[p.words.length - 1]!].length >= MIN_PREFIX);
}

function render(p: Part, token: (word: string) => string = (w) => w): string {
  const text = `"${p.words.map(token).join(' ')}"`;
  const tail = p.words[p.words.length - 1]!;
  return p.prefix && [...tail].length >= MIN_PREFIX ? `${text}*` : text;
}

/**
 * `"honolulu summit" nav* defence` → `"honolulu summit" "nav"* "defence"*`.
 * Quoted text is a phrase; a word ending in `*` is a prefix; the last bare word is a prefix too, so
 * results appear while a word is still being typed. Terms are ANDed. Null when nothing is searchable.
 */
export function toSearchExpression(input: string): string | null {
  const parts = partsOf(input);
  return parts ? parts.map((p) => render(p)).join(' ') : null;
}

// The columns of events_fts that every reader searches: the event's own text and the team's annotations.
const SHARED_COLUMNS = '{title summary location people sources notes}';

/**
 * A private annotation's words are indexed in the `private` column as `u<author>x<word>`, so that only a
 * search that asks for that author's tokens can meet them: the author's own. Every other part of a search
 * is held to the shared columns, so no input can reach another analyst's private words.
 */
export function privateToken(authorId: number, word: string): string {
  return `u${authorId}x${word}`;
}

/** A private annotation's text as the tokens of its author (see privateToken). */
export function privateDocument(authorId: number, text: string): string {
  return words(text)
    .map((w) => privateToken(authorId, w))
    .join(' ');
}

/**
 * The search as the reader may run it: each term in the shared columns, or (for a signed-in reader) in
 * their own private annotations. Null when nothing is searchable. `whole` drops the prefixes.
 */
export function toReaderSearchExpression(input: string, readerId: number | null, { whole = false }: { whole?: boolean } = {}): string | null {
  const parts = partsOf(input);
  if (!parts) return null;
  // Whole words only: it matches a subset of the search's events, and FTS5 need not merge the doclist of
  // every word a prefix begins, so counting it is a cheap lower bound of the search's count.
  if (whole) for (const p of parts) p.prefix = false;
  if (readerId === null) return `${SHARED_COLUMNS} : (${parts.map((p) => render(p)).join(' ')})`;
  return parts.map((p) => `(${SHARED_COLUMNS} : ${render(p)} OR private : ${render(p, (w) => privateToken(readerId, w))})`).join(' AND ');
}
