/** WCAG 2.x contrast of CSS colours, for the browser tests' checks of what axe cannot see (popup edges). */

export type Rgb = [number, number, number];

/** "rgb(r, g, b)" / "rgba(r, g, b, a)" as getComputedStyle gives it, or "#rrggbb"; alpha is refused (it needs a backdrop). */
export function parseCssColor(css: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)) as Rgb;
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(css.trim());
  if (!m) throw new Error(`not a CSS colour: '${css}'`);
  if (m[4] !== undefined && m[4] !== "1" && m[4] !== "100%") throw new Error(`a translucent colour has no contrast of its own: '${css}'`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Relative luminance (WCAG 2.x: sRGB channels linearised, weighted 0.2126/0.7152/0.0722). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const [lr, lg, lb] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** (L_lighter + 0.05) / (L_darker + 0.05): 1 for equal colours, 21 for black on white. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
