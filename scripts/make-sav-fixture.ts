/**
 * Writes test/fixtures/exports/survey.sav — a bytecode-compressed SPSS system file of a seeded,
 * realistic CS survey (200 respondents: store, overall satisfaction, recommend 0–10, a 7-item
 * satisfaction grid and its importance, 3 Kano pairs, a comment, a case weight) — and
 * test/sav/survey.truth.json, the numbers the report must find, computed here from the generated
 * values with plain code.
 *
 * Deliberately independent of the reader (src/cli/sav/): nothing from src/ is imported, and the
 * writer follows PSPP's "System File Format" documentation on its own (header, variable, value
 * label, extension 3/4/13/20 and termination records, then bytecode data whose command blocks
 * run across case boundaries, as SPSS writes them).
 *
 * Also test/sav/survey-big-endian.sav: the same survey in big-endian byte order.
 *
 *   npx ts-node --transpile-only scripts/make-sav-fixture.ts
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { mulberry32 } from "./lib/mulberry32";

const N = 200;
const SYSMIS = -Number.MAX_VALUE;
const ITEMS = ["Waiting time", "Staff friendliness", "Staff knowledge", "Product range", "Store cleanliness", "Checkout speed", "Value for money"];
const KANO = ["Self-service checkout", "Home delivery", "Loyalty discounts"];
const STORES = ["North", "South", "Harbour", "Müllerstraße"];
const SAT_LABELS = ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"];
const KANO_LABELS = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"];
const COMMENTS = [
  "Great staff, thank you",
  "Queues are too long at lunchtime",
  "Très bien — merci !",
  "Prices went up again",
  "Clean and friendly",
  "The app keeps crashing ☹",
  "Parking is a nightmare but the shop is lovely",
];
const DONT_KNOW = 9; // declared user-missing on the 1–5 items ("Don't know")
const REFUSED = 99; // declared user-missing on recommend

// ---------- the variables ----------

interface Var {
  name: string; // long name
  short: string; // 8-byte record name
  label: string;
  width: number; // 0 numeric
  decimals?: number;
  labels?: string; // value label set id
  missing?: number[];
}

const vars: Var[] = [
  { name: "resp_id", short: "RESP_ID", label: "Respondent ID", width: 0 },
  { name: "store", short: "STORE", label: "Store", width: 0, labels: "store" },
  { name: "overall", short: "OVERALL", label: "Overall satisfaction", width: 0, labels: "sat", missing: [DONT_KNOW] },
  { name: "recommend", short: "RECOMMEN", label: "Likelihood to recommend (0-10)", width: 0, labels: "nps", missing: [REFUSED] },
  ...ITEMS.map((it, i) => ({ name: `sat_${i + 1}`, short: `SAT_${i + 1}`, label: `${it} - satisfaction`, width: 0, labels: "sat", missing: [DONT_KNOW] })),
  ...ITEMS.map((it, i) => ({ name: `imp_${i + 1}`, short: `IMP_${i + 1}`, label: `${it} - importance`, width: 0, labels: "imp" })),
  ...KANO.flatMap((f, i) => [
    { name: `kano${i + 1}_f`, short: `KANO${i + 1}_F`, label: `${f} (functional)`, width: 0, labels: "kano" },
    { name: `kano${i + 1}_d`, short: `KANO${i + 1}_D`, label: `${f} (dysfunctional)`, width: 0, labels: "kano" },
  ]),
  { name: "comments", short: "COMMENTS", label: "Any other comments?", width: 60 },
  { name: "weight", short: "WEIGHT", label: "Weight", width: 0, decimals: 3 },
];

const labelSets: Record<string, [number, string][]> = {
  store: STORES.map((s, i) => [i + 1, s]),
  sat: [...SAT_LABELS.map((s, i): [number, string] => [i + 1, s]), [DONT_KNOW, "Don't know"]],
  nps: [
    [0, "Not at all likely"],
    [10, "Extremely likely"],
    [REFUSED, "Refused"],
  ],
  imp: [
    [1, "Not at all important"],
    [5, "Extremely important"],
  ],
  kano: KANO_LABELS.map((s, i) => [i + 1, s]),
};

// ---------- the data ----------

type Value = number | string; // SYSMIS for a numeric blank
const rand = mulberry32(20261202);
const normal = (): number => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, Math.round(x)));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const ITEM_MEANS = [3.1, 4.2, 3.9, 3.6, 4.0, 3.3, 3.0];
const IMPORTANCE = [4.3, 3.8, 3.9, 3.2, 3.5, 4.1, 4.4];
/** Kano answers (f, d) per feature: attractive, must-be, one-dimensional, with noise. */
const KANO_TYPICAL: [number, number][] = [
  [1, 3],
  [3, 5],
  [1, 5],
];

const rows: Value[][] = [];
for (let r = 0; r < N; r++) {
  const mood = normal() * 0.7;
  const store = 1 + Math.floor(rand() * 4);
  const row: Value[] = [1001 + r, store];
  const u = rand();
  row.push(u < 0.03 ? SYSMIS : u < 0.06 ? DONT_KNOW : clamp(3.7 + mood + normal() * 0.6, 1, 5));
  const v = rand();
  row.push(v < 0.03 ? SYSMIS : v < 0.05 ? REFUSED : clamp(7.4 + mood * 2.2 + normal() * 1.4, 0, 10));
  for (let i = 0; i < ITEMS.length; i++) {
    const w = rand();
    row.push(w < 0.04 ? SYSMIS : w < 0.07 ? DONT_KNOW : clamp(ITEM_MEANS[i] + mood + normal() * 0.7, 1, 5));
  }
  for (let i = 0; i < ITEMS.length; i++) row.push(rand() < 0.03 ? SYSMIS : clamp(IMPORTANCE[i] + normal() * 0.8, 1, 5));
  for (let k = 0; k < KANO.length; k++) {
    const [f, d] = KANO_TYPICAL[k];
    const blank = rand() < 0.04;
    row.push(blank ? SYSMIS : rand() < 0.75 ? f : 1 + Math.floor(rand() * 5));
    row.push(blank ? SYSMIS : rand() < 0.75 ? d : 1 + Math.floor(rand() * 5));
  }
  row.push(rand() < 0.55 ? "" : pick(COMMENTS));
  row.push(Math.round((0.5 + rand() * 1.3) * 1000) / 1000);
  rows.push(row);
}

// ---------- the truth, in plain code ----------

const col = (name: string): number => vars.findIndex((v) => v.name === name);
const W = col("weight");
const valid = (x: Value, missing: number[] = []): x is number => typeof x === "number" && x !== SYSMIS && !missing.includes(x);
function weightedMean(j: number): { mean: number; n: number } {
  let sw = 0;
  let swx = 0;
  let n = 0;
  for (const row of rows) {
    const x = row[j];
    if (!valid(x, vars[j].missing)) continue;
    const w = row[W] as number;
    sw += w;
    swx += w * x;
    n++;
  }
  return { mean: swx / sw, n };
}
const satMeans = ITEMS.map((_, i) => weightedMean(col(`sat_${i + 1}`)).mean);
const csi = (100 * satMeans.reduce((s, m) => s + (m - 1) / 4, 0)) / satMeans.length;
let promoters = 0;
let detractors = 0;
let npsBase = 0;
for (const row of rows) {
  const x = row[col("recommend")];
  if (!valid(x, [REFUSED])) continue;
  const w = row[W] as number;
  npsBase += w;
  if (x >= 9) promoters += w;
  if (x <= 6) detractors += w;
}
// Kano evaluation table (Berger et al. 1993): rows functional 1..5, columns dysfunctional 1..5.
const TABLE = ["QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"];
const kano = KANO.map((feature, k) => {
  const counts: Record<string, number> = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
  const unweighted: Record<string, number> = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
  for (const row of rows) {
    const f = row[col(`kano${k + 1}_f`)];
    const d = row[col(`kano${k + 1}_d`)];
    if (!valid(f) || !valid(d)) continue;
    const cat = TABLE[f - 1][d - 1];
    counts[cat] += row[W] as number;
    unweighted[cat]++;
  }
  const category = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  return { feature, category, weightedCounts: counts, counts: unweighted };
});
const truth = {
  note: "Generated by scripts/make-sav-fixture.ts with the data of test/fixtures/exports/survey.sav; means, CSI, NPS and Kano counts are weighted by the weight variable (the file's WEIGHT BY), as the report weights them.",
  n: rows.length,
  sumWeights: rows.reduce((s, r) => s + (r[W] as number), 0),
  items: ITEMS,
  satisfactionMeans: satMeans,
  satisfactionN: ITEMS.map((_, i) => weightedMean(col(`sat_${i + 1}`)).n),
  importanceMeans: ITEMS.map((_, i) => weightedMean(col(`imp_${i + 1}`)).mean),
  overallMean: weightedMean(col("overall")).mean,
  csi,
  nps: { value: (100 * (promoters - detractors)) / npsBase, promoters: (100 * promoters) / npsBase, detractors: (100 * detractors) / npsBase },
  kano,
  firstRows: rows.slice(0, 3).map((r) => r.map((x) => (x === SYSMIS ? null : x))),
};

// ---------- the writer ----------

/** Bytes in the order of the file: little-endian as SPSS on x86 writes, or big-endian (SPARC, PowerPC). */
class Out {
  private parts: Buffer[] = [];
  constructor(readonly bigEndian: boolean) {}
  int32(x: number): this {
    const b = Buffer.alloc(4);
    if (this.bigEndian) b.writeInt32BE(x);
    else b.writeInt32LE(x);
    this.parts.push(b);
    return this;
  }
  float64(x: number): this {
    this.parts.push(this.double(x));
    return this;
  }
  bytes(b: Buffer): this {
    this.parts.push(b);
    return this;
  }
  /** Text padded with `pad` to `len` bytes (cut if longer). */
  text(s: string, len: number, pad = 0x20): this {
    const b = Buffer.alloc(len, pad);
    Buffer.from(s, "utf8").copy(b, 0, 0, len);
    return this.bytes(b);
  }
  double(x: number): Buffer {
    const b = Buffer.alloc(8);
    if (this.bigEndian) b.writeDoubleBE(x);
    else b.writeDoubleLE(x);
    return b;
  }
  buffer(): Buffer {
    return Buffer.concat(this.parts);
  }
}

const slotsOf = (v: Var): number => (v.width === 0 ? 1 : Math.ceil(v.width / 8));
const slotIndex: number[] = []; // 1-based first slot per variable
let slots = 0;
for (const v of vars) {
  slotIndex.push(slots + 1);
  slots += slotsOf(v);
}

function writeSav(bigEndian: boolean): Buffer {
  const o = new Out(bigEndian);
  // File header record (176 bytes).
  o.text("$FL2", 4).text("@(#) SPSS DATA FILE cs-insight scripts/make-sav-fixture.ts", 60);
  o.int32(2).int32(slots).int32(1).int32(slotIndex[W]).int32(N).float64(100);
  o.text("02 Dec 26", 9).text("06:00:00", 8).text("CS Insight test survey", 64).text("", 3, 0);
  // Variable records: one per variable and one per further 8 bytes of a string.
  for (const v of vars) {
    const fmt = v.width === 0 ? (5 << 16) | (8 << 8) | (v.decimals ?? 0) : (1 << 16) | (v.width << 8);
    const label = Buffer.from(v.label, "utf8");
    o.int32(2)
      .int32(v.width)
      .int32(1)
      .int32(v.missing?.length ?? 0)
      .int32(fmt)
      .int32(fmt)
      .text(v.short, 8);
    o.int32(label.length).bytes(Buffer.concat([label, Buffer.alloc((4 - (label.length % 4)) % 4, 0x20)]));
    for (const m of v.missing ?? []) o.float64(m);
    for (let k = 1; k < slotsOf(v); k++) o.int32(2).int32(-1).int32(0).int32(0).int32(0x011d01).int32(0x011d01).text("", 8);
  }
  // Value label records (type 3), each followed by the variables it applies to (type 4).
  for (const [id, entries] of Object.entries(labelSets)) {
    o.int32(3).int32(entries.length);
    for (const [value, label] of entries) {
      const b = Buffer.from(label, "utf8");
      const padded = Buffer.alloc(Math.ceil((b.length + 1) / 8) * 8 - 1, 0x20);
      b.copy(padded);
      o.float64(value)
        .bytes(Buffer.from([b.length]))
        .bytes(padded);
    }
    const users = vars.map((v, j) => (v.labels === id ? slotIndex[j] : 0)).filter((x) => x > 0);
    o.int32(4).int32(users.length);
    for (const u of users) o.int32(u);
  }
  // Machine integer info (subtype 3): version, machine, IEEE floats, compression, little-endian, UTF-8.
  o.int32(7)
    .int32(3)
    .int32(4)
    .int32(8)
    .int32(1)
    .int32(0)
    .int32(0)
    .int32(-1)
    .int32(1)
    .int32(1)
    .int32(bigEndian ? 1 : 2)
    .int32(65001);
  // Machine floating-point info (subtype 4): SYSMIS, HIGHEST, LOWEST.
  o.int32(7).int32(4).int32(8).int32(3).float64(SYSMIS).float64(Number.MAX_VALUE).float64(-1.7976931348623155e308);
  // Long variable names (subtype 13) and the character encoding (subtype 20).
  const longNames = Buffer.from(vars.map((v) => `${v.short}=${v.name}`).join("\t"), "utf8");
  o.int32(7).int32(13).int32(1).int32(longNames.length).bytes(longNames);
  o.int32(7).int32(20).int32(1).int32(5).text("UTF-8", 5);
  o.int32(999).int32(0);

  // Bytecode data: 8 command bytes, then the raw values their 253 codes call for.
  let block: number[] = [];
  let raws: Buffer[] = [];
  const flush = (): void => {
    while (block.length < 8) block.push(0);
    o.bytes(Buffer.from(block));
    for (const r of raws) o.bytes(r);
    block = [];
    raws = [];
  };
  const emit = (code: number, raw?: Buffer): void => {
    block.push(code);
    if (raw) raws.push(raw);
    if (block.length === 8) flush();
  };
  for (const row of rows) {
    vars.forEach((v, j) => {
      const x = row[j];
      if (v.width === 0) {
        const n = x as number;
        if (n === SYSMIS) emit(255);
        else if (Number.isInteger(n) && n >= -99 && n <= 151) emit(n + 100);
        else {
          emit(253, o.double(n));
        }
      } else {
        const b = Buffer.alloc(slotsOf(v) * 8, 0x20);
        Buffer.from(x as string, "utf8").copy(b, 0, 0, v.width);
        for (let k = 0; k < b.length; k += 8) {
          const chunk = b.subarray(k, k + 8);
          if (chunk.every((c) => c === 0x20)) emit(254);
          else emit(253, Buffer.from(chunk));
        }
      }
    });
  }
  emit(252); // end of data (optional in the format; SPSS and PSPP write it)
  if (block.length > 0) flush();
  return o.buffer();
}

const root = join(__dirname, "..");
writeFileSync(join(root, "test/fixtures/exports/survey.sav"), writeSav(false));
// The same file big-endian, for the reader's byte-order detection (no big-endian writer is at hand).
writeFileSync(join(root, "test/sav/survey-big-endian.sav"), writeSav(true));
writeFileSync(join(root, "test/sav/survey.truth.json"), JSON.stringify(truth, null, 2) + "\n");
console.log(`survey.sav: ${N} cases, ${vars.length} variables, ${slots} slots; CSI ${csi.toFixed(3)}, NPS ${truth.nps.value.toFixed(3)}`);
