import { AppError } from "@/server/errors";

/**
 * Bytes that claim to be text, as a string. Refuses binary content (NUL bytes, or many control
 * bytes) whatever the file's name says, and invalid UTF-8 rather than guessing at mojibake.
 */
export function decodeText(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) throw new AppError("NOT_TEXT");
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) throw new AppError("NOT_TEXT");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("INVALID_UTF8");
  }
}
