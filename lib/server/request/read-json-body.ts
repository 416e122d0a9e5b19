import "server-only";
import { AppError, invalid } from "../errors";

/** Route handlers' default body cap; a route that needs more (or less) says so in defineRoute's `maxBodyBytes`. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

function tooLarge(limit: number): AppError {
  return new AppError(413, `The request body is larger than ${Math.round(limit / 1024)} KB.`);
}

/**
 * Reads a JSON body without ever holding more than `limit` bytes: a declared Content-Length over the limit is
 * refused unread, and a chunked body is counted while it streams and abandoned the moment it passes the limit.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw invalid("The request body must be UTF-8 JSON.");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw invalid("The request body must be JSON.");
  }
}
