/** Types of localize.js (plain CommonJS, shared by webpack.config.js and the tests). */

/** One parameter of a custom function in functions.json (Excel's metadata reference). */
export interface ParameterMetadata {
  name: string;
  description?: string;
  type?: "any" | "boolean" | "number" | "string";
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
  repeating?: boolean;
}

/** One custom function in functions.json. */
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: "scalar" | "matrix" };
  options?: Record<string, boolean>;
}

/** functions.json as CustomFunctionsMetadataPlugin writes it. */
export interface FunctionsMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  allowErrorForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

/** The translations of one function: its description and one description per parameter name. */
export interface FunctionTranslation {
  description: string;
  parameters: Record<string, string>;
}

/** A catalogue (zh-CN.json, es.json): function id → translation. */
export type Catalogue = Record<string, FunctionTranslation>;

/** One localized metadata file of the build. */
export interface LocalizedMetadataFile {
  /** The Locale of the manifest's <bt:Override> that selects the file. */
  manifestLocale: string;
  /** The catalogue's file name in src/functions/i18n/. */
  catalogue: string;
  /** The file the build emits next to functions.json. */
  output: string;
}

export const LOCALIZED_METADATA: readonly LocalizedMetadataFile[];

/** Every reason `catalogue` does not translate `metadata` exactly (empty = it does). */
export function catalogueProblems(metadata: FunctionsMetadata, catalogue: unknown): string[];

/** A copy of `metadata` with the catalogue's descriptions; throws when the catalogue does not fit. */
export function localizeMetadata<M extends FunctionsMetadata>(metadata: M, catalogue: Catalogue, label?: string): M;
