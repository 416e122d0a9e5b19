import "server-only";
import { randomInt } from "node:crypto";

// No 0/O, 1/I/L, so a code read aloud or off a projector is typed right the first time.
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

/** A random 8-character join code (31^8 ≈ 8.5e11 possibilities). */
export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}
