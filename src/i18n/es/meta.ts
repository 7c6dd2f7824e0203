/** Spanish: its Intl locale and its own name (the pack, ui.ts and report.ts take them from here). */
export const META = { id: "es", locale: "es-ES", name: "Español" } as const;
