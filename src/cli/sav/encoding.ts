/**
 * The character encoding of a system file's text (names, labels, string values). SPSS 16 and
 * later write its name in the character encoding record (extension subtype 20, e.g. "UTF-8",
 * "windows-1252"); older files give only a Windows code page number in the machine integer info
 * record (subtype 3, `character_code`). Files with neither were written in the writer's code
 * page, which for the SPSS files seen in practice is Windows-1252 (PSPP does the same guess).
 * Node's TextDecoder (full ICU) decodes the code pages SPSS writes: Windows-125x, ISO-8859-x,
 * GBK, Big5, Shift_JIS, EUC-KR, …
 */
import { TextDecoder } from "util"; // not the DOM global: the CLI compiles without the DOM lib
import { SavError } from "./cursor";

/** character_code (subtype 3) → WHATWG encoding label. 2 and 3 are SPSS's "7-/8-bit ASCII". */
const CODE_PAGES: Readonly<Record<number, string>> = {
  2: "windows-1252",
  3: "windows-1252",
  20127: "windows-1252",
  65001: "utf-8",
  28591: "iso-8859-1",
  936: "gbk",
  950: "big5",
  932: "shift_jis",
  949: "euc-kr",
  866: "ibm866",
  874: "windows-874",
};

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/**
 * The decoder for a file's text. Not fatal on bad bytes: SPSS itself cuts labels at a byte limit,
 * sometimes inside a multi-byte character, and refusing such a file would refuse real exports.
 */
export function textDecoder(encodingName: string | undefined, characterCode: number | undefined): { decoder: TextDecoder; name: string } {
  if (encodingName !== undefined && encodingName.trim() !== "") {
    const raw = encodingName.trim();
    // SPSS writes "windows-1252", "UTF-8", "ISO-8859-1"; some writers use "CP1252" or "cp936".
    const cp = /^(?:cp|ibm|windows-?)(\d+)$/i.exec(raw);
    const d = decoderFor(raw) ?? (cp ? decoderFor(CODE_PAGES[Number(cp[1])] ?? `windows-${cp[1]}`) : undefined);
    if (!d) throw new SavError(`the text encoding '${raw}' named in the file is not supported`);
    return { decoder: d, name: raw };
  }
  if (characterCode !== undefined && characterCode > 0) {
    const label =
      CODE_PAGES[characterCode] ??
      (characterCode >= 1250 && characterCode <= 1258
        ? `windows-${characterCode}`
        : characterCode >= 28592 && characterCode <= 28605
          ? `iso-8859-${characterCode - 28590}`
          : undefined);
    const d = label ? decoderFor(label) : undefined;
    if (!d) throw new SavError(`the text encoding (code page ${characterCode}) named in the file is not supported`);
    return { decoder: d, name: label as string };
  }
  return { decoder: new TextDecoder("windows-1252"), name: "windows-1252 (assumed: the file names no encoding)" };
}
