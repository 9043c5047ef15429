// The document: one stylesheet from our own origin, no external fonts, scripts or analytics; Remix's inline scripts
// carry the response's CSP nonce.
import type { LinksFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import type { ReactNode } from "react";
import styles from "~/styles/app.css";
import evidenceStyles from "~/styles/evidence.css";
import { useNonce } from "~/nonce";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  // The Evidence step's styles, which the share page uses too: here rather than in both routes' `links`, where the
  // stylesheet's URL was a script of its own on the first page.
  { rel: "stylesheet", href: evidenceStyles },
  // Icons and the web app manifest are static files from public/, served by our own origin.
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "icon", href: "/favicon.ico", sizes: "48x48" },
  { rel: "apple-touch-icon", href: "/icon-192.png" },
  { rel: "manifest", href: "/manifest.webmanifest" },
];

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="theme-color" content="#0b57a4" />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <header className="site-header">
          <p className="brand">
            <span aria-hidden="true" className="brand-mark">
              ◆
            </span>{" "}
            Oracle Health ticket helper
          </p>
        </header>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

/** A friendly page for anything unexpected. It never shows the error's message: that could quote what was typed. */
export function ErrorBoundary() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main" tabIndex={-1} className="page">
      <div className="intro">
        <h1>{notFound ? "Page not found" : "Something went wrong"}</h1>
        {notFound ? (
          <p>There is nothing at this address.</p>
        ) : (
          <p>
            The page hit an unexpected problem and stopped. Nothing you typed was sent anywhere else. If you used the
            form with JavaScript, your draft is still saved in this browser.
          </p>
        )}
        <p>
          <a href="/">Back to the ticket form</a>
        </p>
      </div>
    </main>
  );
}
