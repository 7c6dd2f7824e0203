// placeholder: replaced by the functions helper
/* The shared runtime loads this file in the task pane page; CustomFunctionsMetadataPlugin generates
   functions.json from the JSDoc tags below and appends the CustomFunctions.associate() calls. */

/**
 * Customer satisfaction index (0–100) of a ratings range (placeholder: always 0).
 * @customfunction
 * @param ratings Ratings, one row per respondent and one column per attribute.
 * @returns The index, 0–100.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function CSI(ratings: any[][]): number {
  void ratings;
  return 0;
}
