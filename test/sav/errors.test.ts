/**
 * Bad input: a clear CsError naming the file and what is wrong, never a crash, a hang or a
 * partly read table. Damaged variants are made from the PSPP-written files in test/sav/pspp/.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CsError } from "../../src/engine/errors";
import { readSavFile, savTable } from "../../src/cli/readSav";
import { SavError } from "../../src/cli/sav/cursor";
import { readDictionary } from "../../src/cli/sav/dictionary";
import { mulberry32 } from "../../scripts/lib/mulberry32";

const dir = mkdtempSync(join(tmpdir(), "cs-sav-"));
const bytecode = readFileSync(join(__dirname, "pspp", "pspp-bytecode.sav"));
const zlib = readFileSync(join(__dirname, "pspp", "pspp-zlib.zsav"));

function file(name: string, content: Buffer | string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function failure(p: string): Promise<CsError> {
  const e = await readSavFile(p).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CsError);
  expect((e as CsError).code).toBe("value");
  return e as CsError;
}

it("an empty file", async () => {
  expect((await failure(file("empty.sav", ""))).message).toBe("empty.sav: the file is empty (0 bytes)");
});

it("a CSV renamed .sav, and a zip", async () => {
  expect((await failure(file("survey.sav", "Store,Overall\nNorth,5\n"))).message).toBe('survey.sav: not an SPSS .sav file: it starts with "Store,Ov", not "$FL2" or "$FL3"');
  expect((await failure(file("book.sav", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])))).message).toMatch(/^book\.sav: not an SPSS \.sav file/);
});

it("a file that does not exist", async () => {
  expect((await failure(join(dir, "nope.sav"))).message).toBe(`${join(dir, "nope.sav")}: file not found`);
});

it("truncated in the header, the dictionary and the data: each says where", async () => {
  expect((await failure(file("h.sav", bytecode.subarray(0, 100)))).message).toMatch(/^h\.sav: the file is truncated: it ends in the file header/);
  expect((await failure(file("d.sav", bytecode.subarray(0, 300)))).message).toMatch(/^d\.sav: the file is truncated: it ends in variable record \d+/);
  const data = await failure(file("c.sav", bytecode.subarray(0, bytecode.length - 40)));
  expect(data.message).toMatch(/^c\.sav: the file is truncated: case [45] ends early, at variable \w+ \(the header declares 5 cases\)/);
});

it("every cut of a bytecode and a zlib file is an error, never a crash or a short table", () => {
  for (const [name, buf] of [["b.sav", bytecode], ["z.zsav", zlib]] as const) {
    for (let n = 0; n < buf.length; n++) {
      let err: unknown;
      try {
        savTable(buf.subarray(0, n), name);
      } catch (e) {
        err = e;
      }
      if (!(err instanceof SavError)) throw new Error(`${name} cut at ${n} bytes: ${err === undefined ? "no error" : String(err)}`);
    }
  }
});

it("unsupported compression code and a damaged zlib block", async () => {
  const odd = Buffer.from(bytecode);
  odd.writeInt32LE(7, 72);
  expect((await failure(file("odd.sav", odd))).message).toBe("odd.sav: unsupported compression (code 7 in the header; known: 0 none, 1 bytecode, 2 zlib)");
  const z = Buffer.from(zlib);
  const t = savTable(zlib, "z.zsav"); // sanity: the undamaged file reads
  expect(t.rows).toHaveLength(5);
  // The zlib header (after the dictionary) gives the trailer's offset; its first block entry the
  // block's offset (PSPP "System File Format": ZLIB data). Spoil the block's first bytes.
  const ztrailer = Number(z.readBigInt64LE(readDictionary(zlib).dataOffset + 8));
  const block = Number(z.readBigInt64LE(ztrailer + 24 + 8));
  z[block] ^= 0xff;
  z[block + 1] ^= 0xff;
  expect((await failure(file("bad.zsav", z))).message).toMatch(/^bad\.zsav: zlib block 1 does not decompress/);
});

it("random damage (seeded byte flips) gives a table or a SavError, never another exception", () => {
  const rand = mulberry32(8);
  let errors = 0;
  for (const base of [bytecode, zlib]) {
    for (let trial = 0; trial < 400; trial++) {
      const b = Buffer.from(base);
      const flips = 1 + Math.floor(rand() * 4);
      for (let f = 0; f < flips; f++) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
      try {
        savTable(b, "f.sav");
      } catch (e) {
        if (!(e instanceof SavError)) throw new Error(`trial ${trial}: ${(e as Error).stack}`);
        errors++;
      }
    }
  }
  expect(errors).toBeGreaterThan(0);
});
