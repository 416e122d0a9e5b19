// npm run --silent deck:import -- FILE --owner EMAIL [--format apkg|tsv|csv] [--title "…"]
// Creates a private deck owned by EMAIL and prints { deckId, questions, skipped: [{ item, reason }] }.
// Any failure prints one line on stderr, exits 1 and writes nothing (the import is one transaction).
import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { guessImportFormat, readImportFile } from "@/lib/interop/read-import-file";
import { InteropError } from "@/lib/interop/interop-error";
import { DEFAULT_IMPORT_LIMITS, formatBytes } from "@/lib/interop/limits";
import { loadViewerByUserId } from "@/lib/server/auth/load-viewer";
import { AppError } from "@/lib/server/errors";
import { findUserIdByEmail } from "@/lib/server/interop/find-user-id-by-email";
import { importDeck } from "@/lib/server/interop/import-deck";

const schema = z.object({
  file: z.string({ error: "give the file to import: deck:import FILE --owner EMAIL" }).min(1),
  owner: z.email({ error: "--owner must be the email address of an existing account" }),
  format: z.enum(["apkg", "tsv", "csv"], { error: "--format must be apkg, tsv or csv" }).optional(),
  title: z.string().trim().min(1).max(200).optional(),
});

function fail(message: string): never {
  console.error(`deck:import: ${message.split("\n")[0]}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let input: z.infer<typeof schema>;
  try {
    const { values, positionals } = parseArgs({
      options: { owner: { type: "string" }, format: { type: "string" }, title: { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 1) fail("give exactly one file");
    const parsed = schema.safeParse({ ...values, file: positionals[0] });
    if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join("; "));
    input = parsed.data;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  try {
    let size: number;
    try {
      size = statSync(input.file).size;
    } catch {
      fail(`cannot read ${input.file}`);
    }
    // Checked before reading, so an over-size file is never loaded into memory.
    if (size > DEFAULT_IMPORT_LIMITS.maxFileBytes) fail(`the file is ${formatBytes(size)}; at most ${formatBytes(DEFAULT_IMPORT_LIMITS.maxFileBytes)} are accepted`);
    const ownerId = await findUserIdByEmail(input.owner);
    const viewer = ownerId ? await loadViewerByUserId(ownerId) : null;
    if (!viewer) fail(`no active account has the email ${input.owner}`);
    const bytes = readFileSync(input.file);
    const format = input.format ?? guessImportFormat(bytes, input.file);
    const parsed = await readImportFile(bytes, format);
    const result = await importDeck(viewer, parsed, { title: input.title });
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  } catch (error) {
    if (error instanceof InteropError || error instanceof AppError) fail(error.message);
    fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

void main();
