// A date/time typed as text, in any form the ticket's date reader knows (app/ticket/timestamp.ts). After the field
// loses focus it shows the value the ticket will store, in ISO 8601 UTC, read by that same reader (stored-as.tsx).
import { useState, type ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import type { TicketInput } from "~/ticket/schema";
import type { FieldName } from "~/wizard/values";
import { TextField } from "./field";
import { StoredAs } from "./stored-as";
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
          <StoredAs value={committed} />
        </p>
      }
    />
  );
}
