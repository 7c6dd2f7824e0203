/** Standard normal draw by Box–Muller from two uniforms (the sample survey and the PLS bench use it). */
export function normal(rand: () => number): number {
  const u = 1 - rand(); // (0, 1]
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
