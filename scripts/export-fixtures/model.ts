/**
 * The one survey behind every platform export fixture: 200 respondents of a retail store
 * customer-satisfaction survey, drawn from a seeded PRNG (mulberry32, seed SEED), so every
 * regeneration gives the same respondents and byte-identical files.
 *
 * Answers are stored as the true scale values (never as any platform's code or label):
 * - store: 0..3 (STORES)
 * - overall satisfaction, the 7 satisfaction items and the 7 importance items: 1..5, where
 *   5 = most satisfied / most important
 * - likelihood to recommend: 1..10 — nobody answered 0 (on purpose: a 0–10 scale whose observed
 *   minimum is 1 must still be read as 0–10); `npsNoExtremes` also maps 10 to 9 (observed 1..9)
 * - Kano functional / dysfunctional: 1..5 = like, must-be (expect), neutral, live-with, dislike
 * - null = no answer (skipped item, or a partial response that stopped early)
 *
 * Model (realistic correlations, not required): satisfaction = item base + store effect + a
 * respondent halo + noise; overall follows the item mean and the halo; recommend follows overall;
 * importance = item base + a respondent tendency + noise; Kano pairs from per-feature category
 * mixes (KANO_PROFILES). Seven respondents are partial (stopped after the satisfaction grid).
 */
import { mulberry32 } from "../lib/mulberry32";

export const SEED = 20261202;
export const N_RESPONDENTS = 200;

export const STORES = ["Downtown", "Airport", "Mall", "Harbour"] as const;
export const ITEMS = ["Staff friendliness", "Waiting time", "Cleanliness", "Product range", "Price", "Checkout speed", "Parking"] as const;
export const FEATURES = ["Mobile app", "Self-checkout", "Home delivery"] as const;
/** Lower-case feature wording for the Kano question text ("If the store offered a mobile app, …"). */
export const FEATURE_PHRASES = ["a mobile app", "self-checkout tills", "home delivery"] as const;

export type Answer = number | null;

export interface Respondent {
  /** 1-based respondent number (order of submission). */
  seq: number;
  store: number;
  /** Start of the response, wall-clock time of the survey's time zone, as epoch ms read with UTC getters. */
  startMs: number;
  durationSec: number;
  finished: boolean;
  /** Qualtrics-style progress in percent (100 when finished). */
  progress: number;
  overall: Answer;
  nps: Answer;
  sat: Answer[];
  imp: Answer[];
  kanoF: Answer[];
  kanoD: Answer[];
  comment: string;
  firstName: string;
  lastName: string;
  email: string;
  ip: string;
  latitude: string;
  longitude: string;
  /** Qualtrics ResponseId, R_ + 15 characters. */
  responseId: string;
  /** SurveyMonkey respondent id (11 digits). */
  smId: string;
  /** LimeSurvey seed column (random number the platform stores per response). */
  lsSeed: number;
}

const STORE_SHARE = [0.32, 0.22, 0.28, 0.18];
const STORE_EFFECT = [0, -0.35, 0.1, 0.3];
const SAT_BASE = [4.2, 3.1, 4.0, 3.6, 3.0, 3.4, 2.8];
const IMP_BASE = [3.9, 4.3, 4.1, 3.5, 4.4, 3.8, 3.0];

/** Category mix per feature: A, O, M, I, R, Q shares (Self-checkout is a close O/M call). */
const KANO_PROFILES: readonly (readonly number[])[] = [
  [0.42, 0.18, 0.08, 0.26, 0.03, 0.03],
  [0.12, 0.33, 0.31, 0.18, 0.03, 0.03],
  [0.25, 0.1, 0.08, 0.45, 0.09, 0.03],
];

const FIRST_NAMES = [
  "Olivia",
  "Liam",
  "Emma",
  "Noah",
  "Ava",
  "Lucas",
  "Mia",
  "Ethan",
  "Sofia",
  "Mateo",
  "Chloe",
  "Aiden",
  "Zoë",
  "Hannah",
  "José",
  "Wei",
  "Priya",
  "Omar",
  "Léa",
  "Siobhán",
  "Björn",
  "Amara",
  "Kenji",
  "Fatima",
  "Grace",
  "Daniel",
  "Yuki",
  "Carmen",
  "Tomás",
  "Ingrid",
];
const LAST_NAMES = [
  "Smith",
  "Johnson",
  "Brown",
  "García",
  "Miller",
  "Davis",
  "Martínez",
  "Wilson",
  "Anderson",
  "Taylor",
  "Thomas",
  "Moore",
  "Chen",
  "Nguyen",
  "Patel",
  "O'Brien",
  "Müller",
  "Kowalski",
  "Rossi",
  "Dubois",
  "Haddad",
  "Okafor",
  "Sato",
  "Lindqvist",
  "Fernández",
  "Murphy",
];
const COMMENTS = [
  "Friendly staff, but the queue at the tills was long.",
  "Parking is a nightmare on Saturdays.",
  "Great selection of products, prices are a bit high.",
  "Clean and bright store. Will come back!",
  "Checkout took forever, only two tills open",
  "The new self-checkout machines keep freezing.",
  "I'd love home delivery for heavy items.",
  "Staff were helpful when I couldn't find the gluten-free aisle.",
  "Prices went up again; I compare with the online shop now.",
  "Nothing to add.",
  "n/a",
  'The "members only" discount wasn\'t applied at the till.',
  "Waited 20 minutes, then the card reader failed.\nSecond visit was fine though.",
  "Café corner was great — thanks!",
  "Good, quick visit",
  "Please add more parking spaces for disabled drivers.",
  "Loved the Harbour store's new layout, but it is hard to find things.",
  "Too crowded at lunchtime",
];

/** One standard normal draw (Box–Muller), consuming two uniforms. */
function normal(rng: () => number): number {
  const u = Math.max(rng(), 1e-12);
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function clampRound(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.round(x)));
}

function pick<T>(rng: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)];
}

function draw(rng: () => number, shares: readonly number[]): number {
  const u = rng();
  let acc = 0;
  for (let i = 0; i < shares.length; i++) {
    acc += shares[i];
    if (u < acc) return i;
  }
  return shares.length - 1;
}

/** A Kano answer pair (functional, dysfunctional) that the DESIGN §4.2 table classifies as category c. */
function kanoPair(rng: () => number, c: number): [number, number] {
  const mid = () => 2 + Math.floor(rng() * 3); // must-be, neutral or live-with
  switch (c) {
    case 0:
      return [1, mid()]; // A: like / (must-be|neutral|live-with)
    case 1:
      return [1, 5]; // O: like / dislike
    case 2:
      return [mid(), 5]; // M: (must-be|neutral|live-with) / dislike
    case 3:
      return [mid(), mid()]; // I
    case 4:
      return rng() < 0.5 ? [5, 1 + Math.floor(rng() * 4)] : [mid(), 1]; // R
    default:
      return rng() < 0.5 ? [1, 1] : [5, 5]; // Q
  }
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function token(rng: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += ALNUM[Math.floor(rng() * ALNUM.length)];
  return s;
}

/** Survey field period: 5 Oct 2026 08:00 to 25 Oct 2026 20:00 (survey time zone). */
const FIELD_START = Date.UTC(2026, 9, 5, 8, 0, 0);
const FIELD_SPAN_MS = 20 * 24 * 3600 * 1000 + 12 * 3600 * 1000;

export function generateRespondents(seed = SEED, n = N_RESPONDENTS): Respondent[] {
  const rng = mulberry32(seed);
  const starts: number[] = [];
  for (let i = 0; i < n; i++) starts.push(FIELD_START + Math.floor((rng() * FIELD_SPAN_MS) / 1000) * 1000);
  starts.sort((a, b) => a - b);
  const partial = new Set<number>();
  while (partial.size < 7) partial.add(Math.floor(rng() * n));
  const out: Respondent[] = [];
  for (let i = 0; i < n; i++) {
    const store = draw(rng, STORE_SHARE);
    const halo = normal(rng);
    const finished = !partial.has(i);
    const sat = SAT_BASE.map((b) => {
      const v = clampRound(b + STORE_EFFECT[store] + 0.6 * halo + 0.7 * normal(rng), 1, 5);
      return rng() < 0.03 ? null : v;
    });
    const answered = sat.filter((x): x is number => x !== null);
    const satMean = answered.length ? answered.reduce((s, x) => s + x, 0) / answered.length : 3.5;
    let overall: Answer = clampRound(satMean + 0.3 * halo + 0.5 * normal(rng) + 0.2, 1, 5);
    if (rng() < 0.015) overall = null;
    let nps: Answer = clampRound(2 * (overall ?? 4) + 0.3 + 1.2 * normal(rng), 1, 10);
    if (rng() < 0.02) nps = null;
    const tendency = 0.5 * normal(rng);
    let imp: Answer[] = IMP_BASE.map((b) => {
      const v = clampRound(b + tendency + 0.8 * normal(rng), 1, 5);
      return rng() < 0.03 ? null : v;
    });
    let kanoF: Answer[] = [];
    let kanoD: Answer[] = [];
    for (let f = 0; f < FEATURES.length; f++) {
      const [a, d] = kanoPair(rng, draw(rng, KANO_PROFILES[f]));
      const skip = rng() < 0.02;
      kanoF.push(skip ? null : a);
      kanoD.push(skip ? null : d);
    }
    let comment = rng() < 0.45 ? pick(rng, COMMENTS) : "";
    const firstName = pick(rng, FIRST_NAMES);
    const lastName = pick(rng, LAST_NAMES);
    const ascii = (s: string) =>
      s
        .normalize("NFD")
        .replace(/[^A-Za-z]/g, "")
        .toLowerCase();
    const email = `${ascii(firstName)}.${ascii(lastName)}${Math.floor(rng() * 90) + 10}@example.com`;
    const ip = `${pick(rng, ["73", "98", "174", "24", "67"])}.${Math.floor(rng() * 256)}.${Math.floor(rng() * 256)}.${1 + Math.floor(rng() * 254)}`;
    const latitude = (39.5 + rng() * 1.2).toFixed(10).replace(/0+$/, "");
    const longitude = (-105.4 + rng() * 0.9).toFixed(10).replace(/0+$/, "");
    let durationSec = 140 + Math.floor(rng() * 600);
    let progress = 100;
    if (!finished) {
      // Stopped after the satisfaction grid: no importance, Kano or comment.
      imp = imp.map(() => null);
      kanoF = kanoF.map(() => null);
      kanoD = kanoD.map(() => null);
      comment = "";
      progress = 41 + Math.floor(rng() * 10);
      durationSec = 60 + Math.floor(rng() * 120);
    }
    out.push({
      seq: i + 1,
      store,
      startMs: starts[i],
      durationSec,
      finished,
      progress,
      overall,
      nps,
      sat,
      imp,
      kanoF,
      kanoD,
      comment,
      firstName,
      lastName,
      email,
      ip,
      latitude,
      longitude,
      responseId: `R_${token(rng, 15)}`,
      smId: String(11800000000 + Math.floor(rng() * 900000) * 100 + i),
      lsSeed: 100000000 + Math.floor(rng() * 1900000000),
    });
  }
  return out;
}

/** Options of "Which departments did you visit today?" (multiple answers; not analysed). */
export const DEPARTMENTS = ["Grocery", "Bakery", "Electronics", "Home & garden", "Toys, games & books", "Pharmacy"] as const;

/** Departments a respondent visited (indexes into DEPARTMENTS): its own seeded stream, by respondent. */
export function departments(r: Respondent): number[] {
  const rng = mulberry32(SEED * 31 + r.seq);
  const picked = DEPARTMENTS.map((_, i) => i).filter(() => rng() < 0.35);
  return picked.length ? picked : [0];
}

/** The recommend answer of the "no 0 and no 10" variant: 10 becomes 9 (promoter either way). */
export function npsNoExtremes(x: Answer): Answer {
  return x === 10 ? 9 : x;
}

/** Wall-clock parts of an epoch-ms time (read with UTC getters: the times carry no zone). */
export function parts(ms: number): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const t = new Date(ms);
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
    s: t.getUTCSeconds(),
  };
}

export const pad2 = (n: number): string => String(n).padStart(2, "0");
