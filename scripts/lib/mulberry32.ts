/** Mulberry32 lives in src/sample/ (the task pane's sample survey uses it too); the scripts import it from here. */
export { mulberry32 } from "../../src/engine/mulberry32";
