// The one error redaction throws: it fails closed (no text is returned) and its message never quotes the evidence.

export class RedactionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RedactionError";
  }
}
