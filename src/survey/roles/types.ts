/** What a proposed role rests on: the column's header, its answers (`labels`: answer labels such as "Very satisfied"), or an export's question text. */
export interface RoleEvidence {
  from: "header" | "values" | "question";
  labels?: boolean;
}

/** The column roles (the ColumnProposal contract itself stays in roles.ts). */
export type ColumnRole =
  | "id"
  | "segment"
  | "period"
  | "weight"
  | "overall"
  | "recommend"
  | "rating"
  | "importance"
  | "expectation"
  | "perception"
  | "kano_functional"
  | "kano_dysfunctional"
  | "competitor"
  | "ignore";

/** Roles whose columns belong to an attribute (and carry `attribute`). */
export const ATTRIBUTE_ROLES: readonly ColumnRole[] = [
  "rating",
  "importance",
  "expectation",
  "perception",
  "kano_functional",
  "kano_dysfunctional",
  "competitor",
];

/** Every role, in the order the pane lists them (the attribute roles between the respondent's and "ignore"). */
export const COLUMN_ROLES: readonly ColumnRole[] = ["id", "segment", "period", "weight", "overall", "recommend", ...ATTRIBUTE_ROLES, "ignore"];
