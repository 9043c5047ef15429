// This response's CSP nonce, for the components that render inline scripts (Scripts, ScrollRestoration in root.tsx).
// Set by entry.server; empty in the browser, where the nonce is not needed after the page has loaded.
import { createContext, useContext } from "react";

export const NonceContext = createContext("");
export const useNonce = () => useContext(NonceContext);
