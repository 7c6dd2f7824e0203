/**
 * Plan formula ("=RANK.EQ(B4,$B$4:$B$9)") → the text stored in a .xlsx <f> element
 * ("_xlfn.RANK.EQ(B4,$B$4:$B$9)"): no leading "=", and functions added in Excel 2010 or later
 * carry the "_xlfn." prefix the file format requires (ECMA-376 + [MS-XLSX] 2.2.2 "Future Functions";
 * without it Excel shows #NAME? until the cell is re-entered). LibreOffice reads the prefix too.
 * Dynamic-array functions (FILTER, SORT, UNIQUE, LET, …) are not supported by the report plan.
 */

const FUTURE_FUNCTIONS = [
  "ACOT",
  "ACOTH",
  "AGGREGATE",
  "ARABIC",
  "BASE",
  "BETA.DIST",
  "BETA.INV",
  "BINOM.DIST",
  "BINOM.DIST.RANGE",
  "BINOM.INV",
  "BITAND",
  "BITLSHIFT",
  "BITOR",
  "BITRSHIFT",
  "BITXOR",
  "CEILING.MATH",
  "CEILING.PRECISE",
  "CHISQ.DIST",
  "CHISQ.DIST.RT",
  "CHISQ.INV",
  "CHISQ.INV.RT",
  "CHISQ.TEST",
  "COMBINA",
  "CONCAT",
  "CONFIDENCE.NORM",
  "CONFIDENCE.T",
  "COT",
  "COTH",
  "COVARIANCE.P",
  "COVARIANCE.S",
  "CSC",
  "CSCH",
  "DAYS",
  "DECIMAL",
  "ERF.PRECISE",
  "ERFC.PRECISE",
  "EXPON.DIST",
  "F.DIST",
  "F.DIST.RT",
  "F.INV",
  "F.INV.RT",
  "F.TEST",
  "FLOOR.MATH",
  "FLOOR.PRECISE",
  "FORECAST.LINEAR",
  "FORMULATEXT",
  "GAMMA",
  "GAMMA.DIST",
  "GAMMA.INV",
  "GAMMALN.PRECISE",
  "GAUSS",
  "HYPGEOM.DIST",
  "IFNA",
  "IFS",
  "ISFORMULA",
  "ISOWEEKNUM",
  "LOGNORM.DIST",
  "LOGNORM.INV",
  "MAXIFS",
  "MINIFS",
  "MODE.MULT",
  "MODE.SNGL",
  "NEGBINOM.DIST",
  "NORM.DIST",
  "NORM.INV",
  "NORM.S.DIST",
  "NORM.S.INV",
  "NUMBERVALUE",
  "PDURATION",
  "PERCENTILE.EXC",
  "PERCENTILE.INC",
  "PERCENTRANK.EXC",
  "PERCENTRANK.INC",
  "PERMUTATIONA",
  "PHI",
  "POISSON.DIST",
  "QUARTILE.EXC",
  "QUARTILE.INC",
  "RANK.AVG",
  "RANK.EQ",
  "RRI",
  "SEC",
  "SECH",
  "SHEET",
  "SHEETS",
  "SKEW.P",
  "STDEV.P",
  "STDEV.S",
  "SWITCH",
  "T.DIST",
  "T.DIST.2T",
  "T.DIST.RT",
  "T.INV",
  "T.INV.2T",
  "T.TEST",
  "TEXTJOIN",
  "UNICHAR",
  "UNICODE",
  "VAR.P",
  "VAR.S",
  "WEIBULL.DIST",
  "XOR",
  "Z.TEST",
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Longest names first so "T.DIST.2T" wins over "T.DIST"; not preceded by a name character or ".".
const FUTURE_RE = new RegExp(
  `(?<![A-Za-z0-9_.])(${[...FUTURE_FUNCTIONS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join("|")})(?=\\s*\\()`,
  "gi",
);

/** Applies `fn` to the parts of a formula outside "string literals" and 'quoted sheet names'. */
function mapOutsideQuotes(formula: string, fn: (code: string) => string): string {
  let out = "",
    code = "",
    i = 0;
  while (i < formula.length) {
    const q = formula[i];
    if (q !== '"' && q !== "'") {
      code += q;
      i++;
      continue;
    }
    out += fn(code);
    code = "";
    let j = i + 1;
    for (; j < formula.length; j++) {
      if (formula[j] === q) {
        if (formula[j + 1] === q)
          j++; // doubled quote inside the literal
        else break;
      }
    }
    out += formula.slice(i, j + 1);
    i = j + 1;
  }
  return out + fn(code);
}

/** "=RANK.EQ(A1,A1:A9)" → "_xlfn.RANK.EQ(A1,A1:A9)" (see header). */
export function toFileFormula(planFormula: string): string {
  const body = planFormula.startsWith("=") ? planFormula.slice(1) : planFormula;
  return mapOutsideQuotes(body, (code) => code.replace(FUTURE_RE, (name: string) => `_xlfn.${name.toUpperCase()}`));
}

/** Inverse of toFileFormula, for reading files back: "_xlfn.RANK.EQ(…)" → "=RANK.EQ(…)". */
export function fromFileFormula(fileFormula: string): string {
  return "=" + mapOutsideQuotes(fileFormula, (code) => code.replace(/_xlfn\./gi, ""));
}
