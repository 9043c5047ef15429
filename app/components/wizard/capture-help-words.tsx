// The words of "How to capture this", per ID (capture-help.tsx shows them in its disclosure): where the value is and
// how to get it — the browser's Network tab, `curl -v`, or Code Console — with the exact header name to look for. Its
// own chunk: the browser loads it when a disclosure is first about to open; the server renders it in place.
import type { ReactNode } from "react";
import type { CapturedId } from "./capture-help";

function Header({ name, where }: { name: string; where: string }) {
  return (
    <>
      <li>
        <strong>Browser:</strong> open the developer tools (F12), <em>Network</em> tab, repeat the call, select the{" "}
        {where} request, then <em>Headers → Response Headers</em> and copy <code>{name}</code>.
      </li>
      <li>
        <strong>Command line:</strong> run the call with <code>curl -v</code>; the response headers are the lines
        starting with <code>&lt;</code>, e.g. <code>&lt; {name}: …</code>.
      </li>
      <li>
        <strong>From a HAR or a log:</strong> paste it in the Evidence step; the ID is found and offered for this field.
      </li>
    </>
  );
}

const HELP: Record<CapturedId, ReactNode> = {
  xRequestId: <Header name="X-Request-Id" where="failing FHIR" />,
  opcRequestId: <Header name="opc-request-id" where="failing FHIR" />,
  cernerCorrelationId: (
    <>
      <Header name="Cerner-Correlation-Id" where="token (authorization server)" />
      <li>
        <strong>Token error:</strong> it is also the <code>/instances/&lt;uuid&gt;</code> part of the response&apos;s{" "}
        <code>error_uri</code>.
      </li>
    </>
  ),
  appId: (
    <li>
      <strong>Code Console</strong> → <em>My Applications</em> → your app: the <em>Application ID</em> on its details
      page. It is in no response header.
    </li>
  ),
  clientId: (
    <li>
      <strong>Code Console</strong> → <em>My Applications</em> → your app: the <em>Client ID</em> (the system account).
      Also the <code>client_id</code> of your token request, and <code>azp</code> in the token&apos;s claims — never
      paste the client secret.
    </li>
  ),
  tenantId: (
    <li>
      The segment after <code>/r4/</code> in the FHIR base URL, or after <code>/tenants/</code> in the token endpoint;
      the hospital&apos;s analyst can confirm it for a client domain.
    </li>
  ),
};

/** The list items of one ID's help. */
export function CaptureHelpWords({ id }: { id: CapturedId }) {
  return <>{HELP[id]}</>;
}
