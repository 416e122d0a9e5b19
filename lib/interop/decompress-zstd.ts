import { Decompress } from "fzstd";
import { InteropError } from "./interop-error";
import { formatBytes } from "./limits";

const MAGIC = 0xfd2fb528;
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;

/**
 * Walks the frame and block headers (no decoding) so a frame that declares a window or content size over the
 * cap is refused before the decoder allocates for it.
 */
function checkFrames(data: Uint8Array, cap: number): void {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let at = 0;
  while (at < data.length) {
    if (at + 4 > data.length) throw new InteropError("The compressed collection is truncated.");
    const magic = view.getUint32(at, true);
    if ((magic & SKIPPABLE_MASK) === SKIPPABLE_MAGIC) {
      if (at + 8 > data.length) throw new InteropError("The compressed collection is truncated.");
      at += 8 + view.getUint32(at + 4, true);
      continue;
    }
    if (magic !== MAGIC) throw new InteropError("The collection is not zstd-compressed as an Anki 2.1.50+ package should be.");
    const descriptor = data[at + 4]!;
    const singleSegment = (descriptor >> 5) & 1;
    const contentSizeFlag = descriptor >> 6;
    const dictionaryBytes = [0, 1, 2, 4][descriptor & 3]!;
    let p = at + 5;
    let window = 0;
    if (!singleSegment) {
      const w = data[p++]!;
      const base = 2 ** (10 + (w >> 3));
      window = base + (base / 8) * (w & 7);
    }
    p += dictionaryBytes;
    const sizeBytes = contentSizeFlag ? 1 << contentSizeFlag : singleSegment;
    let contentSize = 0;
    for (let i = 0; i < sizeBytes; i++) contentSize += data[p + i]! * 2 ** (8 * i);
    if (sizeBytes === 2) contentSize += 256;
    p += sizeBytes;
    if (Math.max(window, contentSize) > cap) {
      throw new InteropError(`The collection unpacks to more than ${formatBytes(cap)}; it is refused (too large, or a zip bomb).`);
    }
    for (;;) {
      if (p + 3 > data.length) throw new InteropError("The compressed collection is truncated.");
      const header = data[p]! | (data[p + 1]! << 8) | (data[p + 2]! << 16);
      const last = header & 1;
      const type = (header >> 1) & 3;
      const size = header >>> 3;
      p += 3 + (type === 1 ? 1 : size);
      if (last) break;
    }
    if ((descriptor >> 2) & 1) p += 4; // content checksum
    at = p;
  }
}

/** Decompresses an Anki 2.1.50+ collection, stopping as soon as the output passes `cap` bytes. */
export function decompressZstd(data: Uint8Array, cap: number): Uint8Array {
  checkFrames(data, cap);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = new Decompress((chunk) => {
    total += chunk.length;
    if (total > cap) throw new InteropError(`The collection unpacks to more than ${formatBytes(cap)}; it is refused (too large, or a zip bomb).`);
    chunks.push(chunk);
  });
  try {
    const step = 1 << 16;
    for (let i = 0; i < data.length; i += step) stream.push(data.subarray(i, Math.min(i + step, data.length)), i + step >= data.length);
    if (data.length === 0) stream.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof InteropError) throw error;
    throw new InteropError("The compressed collection is corrupt.");
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
