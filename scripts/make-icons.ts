/**
 * Add-in icons: a teal rounded square with a white three-bar chart rising to the right.
 *
 *   npx ts-node --transpile-only scripts/make-icons.ts   → assets/icon-{16,32,64,80,128}.png
 *
 * Shapes are defined in unit coordinates (0..1) and rendered with 8×8 supersampling per pixel, so
 * every size is drawn from the same geometry with anti-aliased edges; the output is deterministic.
 */
import * as fs from "fs";
import * as path from "path";
import { PNG } from "pngjs";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** Brand teal (#0E7C86) and white. */
const TEAL: readonly [number, number, number] = [0x0e, 0x7c, 0x86];
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  r: number; // corner radius
}

/** Inside test for a rounded rectangle (signed distance to the corner circles). */
function inRoundedBox(x: number, y: number, b: Box): boolean {
  if (x < b.x0 || x > b.x1 || y < b.y0 || y > b.y1) return false;
  const cx = Math.min(Math.max(x, b.x0 + b.r), b.x1 - b.r);
  const cy = Math.min(Math.max(y, b.y0 + b.r), b.y1 - b.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= b.r ** 2;
}

const BACKGROUND: Box = { x0: 0.03, y0: 0.03, x1: 0.97, y1: 0.97, r: 0.2 };
const BASELINE = 0.78;
const BARS: readonly Box[] = [
  { x0: 0.2, y0: 0.56, x1: 0.34, y1: BASELINE, r: 0.025 },
  { x0: 0.43, y0: 0.41, x1: 0.57, y1: BASELINE, r: 0.025 },
  { x0: 0.66, y0: 0.22, x1: 0.8, y1: BASELINE, r: 0.025 },
];

/** RGBA pixels of one icon. */
export function renderIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const ss = 8;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (!inRoundedBox(x, y, BACKGROUND)) continue;
          cover++;
          if (BARS.some((b) => inRoundedBox(x, y, b))) white++;
        }
      }
      const i = (py * size + px) * 4;
      const t = cover ? white / cover : 0; // share of the covered area that is white
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(TEAL[c] + (WHITE[c] - TEAL[c]) * t);
      png.data[i + 3] = Math.round((255 * cover) / (ss * ss));
    }
  }
  return png;
}

export function writeIcons(outDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, PNG.sync.write(renderIcon(size), { colorType: 6 }));
    return file;
  });
}

if (require.main === module) {
  const outDir = process.argv[2] ?? path.join(__dirname, "..", "assets");
  for (const file of writeIcons(outDir)) console.log(`wrote ${file}`);
}
