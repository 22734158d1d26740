// Deterministic randomness and vocabulary for the synthetic database: a seeded generator, Zipf-skewed
// picks, and a word list of a few real defence words followed by a long tail of made-up ones, so that
// full-text terms range from very common to rare as in real text.

export type Rng = () => number;

/** mulberry32: small, fast and good enough to make test data repeatable. */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks items with probability proportional to 1 / rank^s (rank 1 = first item). */
export function zipf<T>(items: readonly T[], s: number, rng: Rng): () => T {
  const cdf = new Float64Array(items.length);
  let total = 0;
  items.forEach((_, i) => {
    total += 1 / Math.pow(i + 1, s);
    cdf[i] = total;
  });
  return () => {
    const x = rng() * total;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

export const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

const COMMON = `defence ministry minister security cooperation agreement regional maritime navy army air force
exercise joint partners partnership strategic capability capabilities industrial supply chain production
talks dialogue summit bilateral trilateral multilateral forces deployment patrol submarine frigate
destroyer aircraft missile missiles radar cyber space intelligence sharing framework memorandum
understanding budget spending increase billion programme procurement acquisition modernisation
review white paper policy statement announced signed agreed discussed reaffirmed commitment indo pacific
pacific ocean southern sea strait island islands coast guard training interoperability logistics
sustainment maintenance repair shipbuilding munitions artillery drones unmanned autonomous systems
technology research development innovation quantum hypersonic electronic warfare undersea domain
awareness humanitarian assistance disaster relief peacekeeping counterterrorism border incident
collision intercept vessel fishing exclusive economic zone sovereignty dispute claims law rules based
order stability deterrence alliance treaty ally allies observer member membership accession working
group workstream principles endorsed launched inaugural annual meeting ministers leaders officials
delegation visit port call defence attaché embassy parliament committee report inquiry auditor`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = ['ka', 'ro', 'mi', 'ta', 'ne', 'su', 'lo', 'va', 'ri', 'do', 'pe', 'ha', 'zu', 'ki', 'mo', 'le', 'sa', 'tu', 'bi', 'gan'];

function madeUp(count: number, rng: Rng, minSyllables = 2, maxSyllables = 4): string[] {
  const out = new Set<string>();
  while (out.size < count) {
    let w = '';
    for (let i = int(rng, minSyllables, maxSyllables); i > 0; i--) w += SYLLABLES[int(rng, 0, SYLLABLES.length - 1)];
    out.add(w);
  }
  return [...out];
}

export function vocabulary(rng: Rng) {
  const tail = madeUp(20_000, rng, 3, 5);
  const cities = madeUp(800, rng).map((w) => w[0]!.toUpperCase() + w.slice(1));
  const firstNames = madeUp(400, rng).map((w) => w[0]!.toUpperCase() + w.slice(1));
  const lastNames = madeUp(2000, rng, 2, 3).map((w) => w[0]!.toUpperCase() + w.slice(1));
  const tags = madeUp(400, rng, 2, 3);
  return { words: [...COMMON, ...tail], cities, firstNames, lastNames, tags };
}
