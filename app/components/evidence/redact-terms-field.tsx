// "Also redact these words": one a line, or a comma-separated list. The words go into the form (`redactTerms`), and
// every evidence item is redacted again with them.
import { useCallback, useEffect, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { TicketInput } from "~/ticket/schema";
import { FIELD_LABELS } from "~/wizard/labels";
import { termsFrom } from "~/wizard/values";
import { Field } from "~/components/wizard/field";

/** Terms from the box: split at line breaks and commas, trimmed, without blanks and repeats. */
export const splitTerms = (text: string): string[] => termsFrom(text);

const NAME = "redactTerms";

/**
 * The box shows text and the form holds a list, so the field is registered with react-hook-form's `register` (already
 * on the first page, unlike `useController`) without the box as its element: the form is given an object that
 * focuses the box (a DOM element would have the list written into it), and events whose value is the list.
 */
function useTermsField() {
  const { register, getValues } = useFormContext<TicketInput>();
  const value = useWatch<TicketInput, typeof NAME>({ name: NAME, exact: true });
  const { onChange, onBlur } = register(NAME);
  const ref = useCallback(
    (box: HTMLTextAreaElement | null) =>
      register(NAME).ref(box && { focus: () => box.focus(), select: () => box.select() }),
    [register],
  );
  return {
    terms: Array.isArray(value) ? value : [],
    ref,
    change: (terms: string[]) => void onChange({ target: { name: NAME, value: terms }, type: "change" }),
    blur: () => void onBlur({ target: { name: NAME, value: getValues(NAME) }, type: "blur" }),
  };
}

export function RedactTermsField() {
  const field = useTermsField();
  const [text, setText] = useState(() => field.terms.join("\n"));
  const joined = field.terms.join("\n");
  useEffect(() => {
    // The value was replaced from outside (draft restored or discarded): show it.
    setText((current) => (splitTerms(current).join("\n") === joined ? current : joined));
  }, [joined]);
  return (
    <Field
      name={NAME}
      label={FIELD_LABELS.redactTerms}
      optional
      hint="One a line, or separated by commas: names, hostnames or numbers that must not appear in the ticket. Every item is redacted again with them."
    >
      {(a11y) => (
        <textarea
          {...a11y}
          name={NAME}
          ref={field.ref}
          rows={3}
          spellCheck={false}
          autoComplete="off"
          className="textarea textarea--mono"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            field.change(splitTerms(event.target.value));
          }}
          onBlur={field.blur}
        />
      )}
    </Field>
  );
}
