import "server-only";
import { AppError } from "@/lib/server/errors";
import { formatBytes } from "@/lib/interop/limits";

/**
 * The request body as bytes, refused with 413 as soon as it passes `max`: first by its declared length,
 * then while streaming (a chunked upload has none), so an oversized upload is never held whole.
 */
export async function readRequestBytes(request: Request, max: number): Promise<Buffer> {
  const tooLarge = () => new AppError(413, `The file is larger than ${formatBytes(max)}; it was not imported.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > max) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
