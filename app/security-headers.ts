// The security headers every response carries (documents, API answers, files, /build assets): a Content-Security-
// Policy that lets a page load nothing from another origin and run only scripts from this origin or carrying this
// response's nonce (Remix's inline hydration scripts get it; no 'unsafe-inline'), no inline styles, no MIME sniffing.
// Set by the server for every response (server/security.ts) and by entry.server for documents, with the same nonce.

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

export function securityHeaders(nonce: string): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce),
    "X-Content-Type-Options": "nosniff",
    // same-origin, not no-referrer: with no-referrer Chrome sends `Origin: null` on form posts.
    "Referrer-Policy": "same-origin",
  };
}

/** A fresh nonce: 128 random bits, base64. Web Crypto, so it works in Node and in tests alike. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
