/** English: its Intl locale and its own name (the pack, ui.ts and report.ts take them from here). */
export const META = { id: "en", locale: "en-US", name: "English" } as const;
