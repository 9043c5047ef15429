// How a confidential client's credentials go into the token request's Authorization header — said by the invalid_client
// advice and by the refusal that names a missing client authentication, so both say it the same way.

export const BASIC_CREDENTIALS =
  "a confidential client sends Authorization: Basic base64(client_id:client_secret) — the scheme Basic, not Bearer, and the two values exactly as registered: not URL-encoded first (RFC 6749 §2.3.1 suggests it, and servers that do not undo it — Epic's among them — then see another secret whenever it holds symbols), with no space or line break. A public client sends no secret, only client_id in the form body.";
