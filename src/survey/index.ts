/** Survey parsing: cells → answers (parse, labels, scale) and column roles → a typed Survey. */
export * from "./types";
export * from "./labels";
export * from "./labels/context";
export { ANSWER_SETS, type AnswerKind, type AnswerPointWordings, type AnswerSetDefinition } from "./labels/platformSets";
export * from "./parse";
export * from "./scale";
export * from "./roles";
export * from "./survey";
