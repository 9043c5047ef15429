// /share#… — the read-only view of a shared ticket. The ticket is in the fragment, which the browser never sends to
// the server: this route's server render is an empty shell, and everything happens in the browser (decode, decrypt
// with the passphrase, validate with the ticket schema, redact again, show). "Edit a copy" puts the ticket into this
// browser's draft and opens it in the wizard at Review.
import type { MetaFunction } from "@remix-run/node";
import { ShareView } from "~/components/export/share-view";

export const meta: MetaFunction = () => [
  { title: "Shared SMART on FHIR support ticket (read-only)" },
  { name: "referrer", content: "no-referrer" },
];

export default function Share() {
  return (
    <main id="main" tabIndex={-1} className="page">
      <noscript>
        <p className="note">
          This page needs JavaScript: the ticket is in the link after the <code>#</code>, which never reaches a server.
          Ask for the ticket file instead.
        </p>
      </noscript>
      <ShareView />
    </main>
  );
}
