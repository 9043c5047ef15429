// "Also redact these words": one a line, or a comma-separated list. The words go into the form (`redactTerms`), and
// every evidence item is redacted again with them.
import { useEffect, useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import type { TicketInput } from "~/ticket/schema";
import { FIELD_LABELS } from "~/wizard/labels";
import { termsFrom } from "~/wizard/values";
import { Field } from "~/components/wizard/field";

/** Terms from the box: split at line breaks and commas, trimmed, without blanks and repeats. */
export const splitTerms = (text: string): string[] => termsFrom(text);

export function RedactTermsField() {
  const { control } = useFormContext<TicketInput>();
  const { field } = useController({ control, name: "redactTerms" });
  const terms = Array.isArray(field.value) ? field.value : [];
  const [text, setText] = useState(() => terms.join("\n"));
  const joined = terms.join("\n");
  useEffect(() => {
    // The value was replaced from outside (draft restored or discarded): show it.
    setText((current) => (splitTerms(current).join("\n") === joined ? current : joined));
  }, [joined]);
  return (
    <Field
      name="redactTerms"
      label={FIELD_LABELS.redactTerms}
      optional
      hint="One a line, or separated by commas: names, hostnames or numbers that must not appear in the ticket. Every item is redacted again with them."
    >
      {(a11y) => (
        <textarea
          {...a11y}
          name={field.name}
          ref={field.ref}
          rows={3}
          spellCheck={false}
          autoComplete="off"
          className="textarea textarea--mono"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            field.onChange(splitTerms(event.target.value));
          }}
          onBlur={field.onBlur}
        />
      )}
    </Field>
  );
}
