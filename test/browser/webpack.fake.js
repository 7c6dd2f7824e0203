/**
 * Bundle of the fake Excel runtime for the browser test: test/fake-excel/browser.ts →
 * $CS_FAKE_OUT/cs-fake.js, which sets `window.__csFake` (the test injects it with
 * page.addInitScript before office.js and the task pane run).
 */
const path = require("path");

module.exports = () => {
  const out = process.env.CS_FAKE_OUT;
  if (!out) throw new Error("set CS_FAKE_OUT to the folder the fake bundle goes to");
  return {
    mode: "development",
    devtool: false,
    target: ["web", "es2020"],
    entry: { "cs-fake": path.resolve(__dirname, "../fake-excel/browser.ts") },
    output: { path: path.resolve(out), filename: "[name].js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: false } } },
        },
      ],
    },
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
