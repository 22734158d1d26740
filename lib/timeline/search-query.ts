// Turns what an analyst types into a safe SQLite FTS5 expression.
// Every term and phrase is re-emitted inside double quotes, built only from letters and digits, so no
// input can reach FTS5 as syntax: AND, NEAR, -, :, ( and * are either dropped or become plain words.

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
// Prefix terms shorter than this would expand to a large part of the vocabulary.
const MIN_PREFIX = 2;
const MAX_PARTS = 16;

type Part = { words: string[]; prefix: boolean };

function words(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/**
 * `"honolulu summit" nav* defence` → `"honolulu summit" "nav"* "defence"*`.
 * Quoted text is a phrase; a word ending in `*` is a prefix; the last bare word is a prefix too, so
 * results appear while a word is still being typed. Terms are ANDed. Null when nothing is searchable.
 */
export function toSearchExpression(input: string): string | null {
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
      parts.push({ words: tokenWords, prefix: starred });
    }
  });
  if (!parts.length) return null;
  const lastPiece = pieces[pieces.length - 1]!;
  const endsBare = pieces.length % 2 === 1 && /[\p{L}\p{N}\p{M}*]$/u.test(lastPiece);
  const last = parts[parts.length - 1]!;
  if (endsBare && !lastPiece.trimEnd().endsWith('"')) last.prefix = true;

  return parts
    .slice(0, MAX_PARTS)
    .map((p) => {
      const text = `"${p.words.join(' ')}"`;
      const tail = p.words[p.words.length - 1]!;
      return p.prefix && [...tail].length >= MIN_PREFIX ? `${text}*` : text;
    })
    .join(' ');
}
