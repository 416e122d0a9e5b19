/** A problem with the file the user gave us; the message is safe to show as is. */
export class InteropError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InteropError";
  }
}
