import { InteropError } from "./interop-error";

/** Field number → values (varints as numbers, length-delimited as bytes); enough to read Anki's config blobs. */
export type ProtoFields = Map<number, (number | Uint8Array)[]>;

/** Minimal protobuf wire-format reader: Anki 2.1.50+ stores note type and template settings this way. */
export function readProtobuf(bytes: Uint8Array): ProtoFields {
  const fields: ProtoFields = new Map();
  let at = 0;
  const varint = (): number => {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (at >= bytes.length) throw new InteropError("A note type's settings are truncated.");
      const b = bytes[at++]!;
      result += (b & 0x7f) * scale;
      if (b < 0x80) return result;
      scale *= 128;
    }
    throw new InteropError("A note type's settings are malformed.");
  };
  while (at < bytes.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    const wire = key % 8;
    let value: number | Uint8Array;
    if (wire === 0) value = varint();
    else if (wire === 2) {
      const length = varint();
      if (at + length > bytes.length) throw new InteropError("A note type's settings are truncated.");
      value = bytes.subarray(at, at + length);
      at += length;
    } else if (wire === 1) {
      at += 8;
      value = 0;
    } else if (wire === 5) {
      at += 4;
      value = 0;
    } else throw new InteropError("A note type's settings are malformed.");
    if (at > bytes.length) throw new InteropError("A note type's settings are truncated.");
    const list = fields.get(field) ?? [];
    list.push(value);
    fields.set(field, list);
  }
  return fields;
}

const decoder = new TextDecoder();

export function protoString(fields: ProtoFields, field: number): string {
  const value = fields.get(field)?.[0];
  return value instanceof Uint8Array ? decoder.decode(value) : "";
}

export function protoNumber(fields: ProtoFields, field: number): number {
  const value = fields.get(field)?.[0];
  return typeof value === "number" ? value : 0;
}
