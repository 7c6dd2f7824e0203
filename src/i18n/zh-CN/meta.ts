/** Simplified Chinese: its Intl locale and its own name (the pack, ui.ts and report.ts take them from here). */
export const META = { id: "zh-CN", locale: "zh-CN", name: "简体中文" } as const;
