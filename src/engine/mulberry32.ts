/**
 * Mulberry32: a 32-bit seeded PRNG (Tommy Ettinger, public domain); the same seed gives the same
 * sequence (the bootstrap's fixed seed makes its intervals stable). Example values: an
 * independent transcription of the C reference in uint32 arithmetic.
 * @param seed any number, taken as an unsigned 32-bit integer
 * @returns a function giving the next float in [0, 1) at each call
 * @example
 * const next = mulberry32(1);
 * [next(), next(), next()]; // → [0.627073940588, 0.002735721180, 0.527447039960]
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
