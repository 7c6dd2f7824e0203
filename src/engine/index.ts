/** CS Insight engine: pure statistics, arrays in, numbers out. No Office, React or DOM. */
export * from "./errors";
export * from "./types";
export * from "./describe";
export * from "./csi";
export * from "./levels";
export * from "./nps";
export * from "./kano";
export * from "./gap";
export * from "./ipa";
export * from "./reliability";
export * from "./importance";
export * from "./accumulators";
export * from "./significance";
export * from "./drivers";
export * from "./rake";
export * from "./kanoOptions";
