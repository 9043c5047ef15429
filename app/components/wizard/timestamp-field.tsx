// A date/time typed as text (ISO 8601 with a zone, or the HTTP Date header form). After the field loses focus it
// shows the value the ticket will store, normalised to ISO 8601 UTC by the same function the schema uses.
import { useState, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import type { TicketInput } from "~/ticket/schema";
import { normaliseTimestamp } from "~/ticket/timestamp";
import type { FieldName } from "~/wizard/values";
import { TextField } from "./field";
import { fieldId } from "./wizard-ui";

interface TimestampFieldProps {
  name: FieldName;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
}

export function TimestampField({ name, label, hint, optional }: TimestampFieldProps) {
  const { getValues } = useFormContext<TicketInput>();
  const [committed, setCommitted] = useState(() => {
    const value = getValues(name);
    return typeof value === "string" ? value : "";
  });
  const result = committed.trim() ? normaliseTimestamp(committed) : null;
  const storedId = `${fieldId(name)}-stored`;
  return (
    <TextField
      name={name}
      label={label}
      hint={hint}
      optional={optional}
      onBlurValue={setCommitted}
      afterId={storedId}
      after={
        <p id={storedId} className="stored-as" aria-live="polite">
          {result?.ok ? (
            <>
              Stored as <code>{result.iso}</code>
            </>
          ) : null}
        </p>
      }
    />
  );
}
