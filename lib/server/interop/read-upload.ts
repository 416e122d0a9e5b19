import "server-only";
import { z } from "zod";
import { invalid } from "@/lib/server/errors";
import { InteropError } from "@/lib/interop/interop-error";
import type { ImportParseResult } from "@/lib/interop/imported-item";
import { DEFAULT_IMPORT_LIMITS } from "@/lib/interop/limits";
import { guessImportFormat, IMPORT_FORMATS, readImportFile } from "@/lib/interop/read-import-file";
import { readRequestBytes } from "./read-request-bytes";

const separator = z.string().min(1).max(10);

/** The query string of both import routes: the file itself is the request body. */
export const uploadQuerySchema = z.object({
  format: z.enum(IMPORT_FORMATS).optional(),
  fileName: z.string().max(255).optional(),
  field: z.union([z.literal("auto"), separator]).optional(),
  row: z.union([z.literal("auto"), separator]).optional(),
  title: z.string().trim().max(200).optional(),
});

export type UploadQuery = z.infer<typeof uploadQuerySchema>;

/** Reads and parses an uploaded deck file (capped while reading); a bad file is a 422 with the reader's message. */
export async function readUpload(request: Request, query: UploadQuery): Promise<ImportParseResult> {
  const bytes = await readRequestBytes(request, DEFAULT_IMPORT_LIMITS.maxFileBytes);
  if (bytes.length === 0) throw invalid("Choose a file or paste some text first.");
  const format = query.format ?? guessImportFormat(bytes, query.fileName);
  try {
    return await readImportFile(bytes, format, { field: query.field, row: query.row, title: query.title || undefined });
  } catch (error) {
    if (error instanceof InteropError) throw invalid(error.message);
    throw error;
  }
}
