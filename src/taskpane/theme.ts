/**
 * Light or dark: decided from Office's body background colour (Office.context.officeTheme).
 * Dark when the relative luminance Y (sRGB, WCAG 2.x formula) is below 0.18, i.e. CIE L* < 50:
 * the perceptual middle grey. No or unreadable colour → light.
 */
export function prefersDark(bodyBackgroundColor: string | undefined): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec(bodyBackgroundColor?.trim() ?? "");
  if (!m) return false;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
}
