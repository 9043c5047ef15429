// The template's rule for client domains, shown where the user types request data. On the Application step it
// follows the environment radio through CSS alone (`:has(…:checked)`), so it appears without JavaScript too.
import { useWatch } from "react-hook-form";
import { isClientDomain, isEnvironment } from "~/ticket/choices";
import type { TicketInput } from "~/ticket/schema";
import { CLIENT_DOMAIN_REMINDER } from "~/wizard/labels";

function Note({ className }: { className?: string }) {
  return (
    <div role="note" className={["note", "note--warning", className].filter(Boolean).join(" ")}>
      <p>
        <strong>{CLIENT_DOMAIN_REMINDER}</strong>. Describe the calls and quote only the identifiers, status codes and
        error bodies; redact anything else before you paste it.
      </p>
    </div>
  );
}

/** Shown when the environment chosen on the Application step is a client domain. */
export function ClientDomainNote() {
  const environment = useWatch<TicketInput, "application.environment">({ name: "application.environment" });
  return isEnvironment(environment) && isClientDomain(environment) ? <Note /> : null;
}

/** For the Application step itself: always in the markup, made visible by CSS when a client domain is checked. */
export function LiveClientDomainNote() {
  return <Note className="when-client-domain" />;
}
