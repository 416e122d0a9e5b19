import yauzl from "yauzl";
import { InteropError } from "./interop-error";
import { formatBytes, type ImportLimits } from "./limits";

type ZipLimits = Pick<ImportLimits, "maxZipEntries" | "maxDecompressedBytes">;

/**
 * Reads the named entries of a zip held in memory. Limits are checked from the central directory before
 * inflating (entry count, declared sizes) and again while inflating (yauzl refuses a stream that outgrows its
 * declared size, and the running total is capped), so a bomb stops at the cap. Nothing is written to disk:
 * entry names are only compared with `wanted`, never used as paths.
 */
export function readZipEntries(zip: Buffer, wanted: ReadonlySet<string>, limits: ZipLimits): Promise<{ entries: Map<string, Buffer>; names: string[] }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true }, (openError, zipfile) => {
      if (openError || !zipfile) {
        reject(new InteropError("The file is not a readable zip archive (it may be truncated or corrupt)."));
        return;
      }
      if (zipfile.entryCount > limits.maxZipEntries) {
        zipfile.close();
        reject(new InteropError(`The package holds ${zipfile.entryCount} files; at most ${limits.maxZipEntries} are accepted.`));
        return;
      }
      const entries = new Map<string, Buffer>();
      const names: string[] = [];
      let inflated = 0;
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        zipfile.close();
        reject(error);
      };
      const overCap = () =>
        new InteropError(`The package unpacks to more than ${formatBytes(limits.maxDecompressedBytes)}; it is refused (too large, or a zip bomb).`);
      zipfile.on("error", () => fail(new InteropError("The zip archive is corrupt or truncated.")));
      zipfile.on("end", () => {
        if (settled) return;
        settled = true;
        resolve({ entries, names });
      });
      zipfile.on("entry", (entry: yauzl.Entry) => {
        if (settled) return;
        names.push(entry.fileName);
        if (!wanted.has(entry.fileName)) {
          zipfile.readEntry();
          return;
        }
        if (inflated + entry.uncompressedSize > limits.maxDecompressedBytes) {
          fail(overCap());
          return;
        }
        zipfile.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            fail(new InteropError(`The package entry "${entry.fileName}" cannot be read (corrupt or unsupported compression).`));
            return;
          }
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => {
            inflated += chunk.length;
            if (inflated > limits.maxDecompressedBytes) {
              stream.destroy();
              fail(overCap());
              return;
            }
            chunks.push(chunk);
          });
          stream.on("error", () => fail(new InteropError(`The package entry "${entry.fileName}" is corrupt or truncated.`)));
          stream.on("end", () => {
            if (settled) return;
            entries.set(entry.fileName, Buffer.concat(chunks));
            zipfile.readEntry();
          });
        });
      });
      zipfile.readEntry();
    });
  });
}
