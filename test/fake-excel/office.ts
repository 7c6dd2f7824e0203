/**
 * `createFakeOffice(options)`: the parts of the `Office` namespace the task pane uses —
 * `onReady` (resolves { host: "Excel", platform }), `context.requirements.isSetSupported`,
 * `context.displayLanguage`/`contentLanguage`, `context.officeTheme`, `HostType`, `PlatformType`.
 */

export interface FakeOfficeOptions {
  /** Requirement sets and their highest version, e.g. { ExcelApi: "1.12", SharedRuntime: "1.1" }. */
  supportedSets?: Record<string, string>;
  displayLanguage?: string;
  theme?: Partial<Omit<Office.OfficeTheme, "themeId">>;
  platform?: "PC" | "OfficeOnline" | "Mac";
}

/** Compares dotted versions numerically: "1.10" > "1.9". */
function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number),
    b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

const HostType = { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" };
const PlatformType = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" };
// office-js types these enums as numeric but office.js defines them with string values; check the keys.
HostType satisfies { [K in keyof typeof Office.HostType]: string };
PlatformType satisfies { [K in keyof typeof Office.PlatformType]: string };

export type ReadyInfo = { host: Office.HostType; platform: Office.PlatformType };

export interface FakeOfficeNamespace {
  HostType: typeof HostType;
  PlatformType: typeof PlatformType;
  onReady: typeof Office.onReady;
  context: Pick<Office.Context, "displayLanguage" | "contentLanguage" | "requirements" | "officeTheme">;
}

export function createFakeOffice(options: FakeOfficeOptions = {}): FakeOfficeNamespace {
  const sets = Object.fromEntries(Object.entries(options.supportedSets ?? { ExcelApi: "1.12" }).map(([k, v]) => [k.toLowerCase(), v]));
  const info = { host: "Excel", platform: options.platform ?? "PC" } as unknown as ReadyInfo; // string values at run time, as office.js
  const language = options.displayLanguage ?? "en-US";
  const theme: Office.OfficeTheme = {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#000000",
    isDarkTheme: false,
    themeId: 0 as Office.ThemeId,
    ...options.theme,
  };
  return {
    HostType,
    PlatformType,
    onReady: (callback?: (i: ReadyInfo) => unknown) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: language,
      contentLanguage: language,
      officeTheme: theme,
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number): boolean => {
          const have = sets[name.toLowerCase()];
          return have !== undefined && (minVersion === undefined || versionAtLeast(have, String(minVersion)));
        },
      },
    },
  };
}
