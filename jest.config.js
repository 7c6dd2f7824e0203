/** Jest: TypeScript through ts-jest, file by file (tsconfig isolatedModules: the type check is done once by `npm run typecheck`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  maxWorkers: 2,
  // Many tests build a whole report over the fake Excel (about 1 s each on an idle 2-core machine);
  // jest's 5 s default failed them when the machine was shared. Speed is measured by `npm run bench`, not here.
  testTimeout: 30_000,
};
