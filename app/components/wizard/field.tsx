// Accessible fields by construction: every input gets its label, its hint and its error list by id, `aria-invalid`
// and `aria-describedby`. Error messages come verbatim from the ticket schema (or the server, which uses the same).
// Values are passed as `defaultValue`/`defaultChecked` too, so the server-rendered page (no JavaScript) shows them.
import { useState, type ReactNode } from "react";
import { get, useFormContext, useFormState, type RegisterOptions } from "react-hook-form";
import type { TicketInput } from "~/ticket/schema";
import type { Choice } from "~/wizard/labels";
import type { FieldName } from "~/wizard/values";
import { FieldPrivacyNote, fieldNoteId, useFieldNotes } from "./field-notes";
import { deferBlur } from "./pointer-guard";
import { fieldId, useWizardUi } from "./wizard-ui";

/**
 * The field's value when it mounted, for `defaultValue`/`defaultChecked` (what the server-rendered page shows).
 * Frozen on purpose: if `defaultChecked` followed the live value, React would rewrite the `checked` attribute on
 * re-render and react-hook-form, re-reading a radio group whose attribute and state disagree, would lose the answer.
 * The wizard remounts its fields when it replaces all values (draft restored or discarded).
 */
function useMountValue(name: FieldName): unknown {
  const { getValues } = useFormContext<TicketInput>();
  const [value] = useState(() => getValues(name));
  return value;
}

/**
 * A field registered with react-hook-form (its blur deferred past a pointer press on a button: pointer-guard.ts) and
 * its value when it mounted.
 */
function useRegistered(name: FieldName, options?: RegisterOptions<TicketInput, FieldName>) {
  const { register } = useFormContext<TicketInput>();
  const registered = register(name, options);
  return { input: { ...registered, onBlur: deferBlur(registered.onBlur) }, value: useMountValue(name) };
}

/** The message for a field: its own error, or the error on a list itself (`examples.root`). */
export function useFieldError(name: FieldName): string | undefined {
  const { errors } = useFormState<TicketInput>({ name: name });
  type ErrorLike = { message?: unknown; root?: { message?: unknown } } | undefined;
  const error = get(errors, name) as ErrorLike;
  // A list of scalars (redactTerms) has an error per entry: show the first.
  const first = Array.isArray(error)
    ? (error.find((e: ErrorLike) => typeof e?.message === "string") as ErrorLike)
    : undefined;
  const message = error?.message ?? error?.root?.message ?? first?.message;
  return typeof message === "string" && message ? message : undefined;
}

/** A field's (or a radio group's) id, error and the ids that describe it. */
function useFieldParts(name: FieldName, hint: ReactNode) {
  const id = fieldId(name);
  const message = useFieldError(name);
  const { autoFocusName } = useWizardUi();
  return {
    id,
    message,
    hintId: hint ? `${id}-hint` : undefined,
    errorId: message ? `${id}-error` : undefined,
    autoFocus: autoFocusName === name,
  };
}

/** The hint under the label (or legend), then the error. */
function HintAndError({ id, hint, message }: { id: string; hint: ReactNode; message?: string }) {
  return (
    <>
      {hint ? (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      ) : null}
      <FieldError id={`${id}-error`} message={message} />
    </>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <div id={id} className="field-error">
      <p>
        <span className="visually-hidden">Error: </span>
        {message}
      </p>
    </div>
  );
}

interface FieldShellProps {
  name: FieldName;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  /** Extra text below the input (e.g. the normalised timestamp), referenced by aria-describedby too. */
  after?: ReactNode;
  afterId?: string;
  className?: string;
  children: (a11y: {
    id: string;
    "aria-invalid": boolean;
    "aria-describedby"?: string;
    autoFocus: boolean;
  }) => ReactNode;
}

/** Label, hint, error list, input (render prop), in that order. */
export function Field({ name, label, hint, optional, after, afterId, className, children }: FieldShellProps) {
  const { id, message, hintId, errorId, autoFocus } = useFieldParts(name, hint);
  const noted = Boolean(useFieldNotes()?.notes[name]);
  const describedBy =
    [hintId, errorId, after ? afterId : undefined, noted ? fieldNoteId(name) : undefined].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div
      className={["field", message ? "field--invalid" : "", noted ? "field--noted" : "", className ?? ""]
        .filter(Boolean)
        .join(" ")}
    >
      <label htmlFor={id} className="field-label">
        {label}
        {optional ? <span className="optional"> (optional)</span> : null}
      </label>
      <HintAndError id={id} hint={hint} message={message} />
      {children({ id, "aria-invalid": Boolean(message), "aria-describedby": describedBy, autoFocus })}
      {after}
      <FieldPrivacyNote name={name} />
    </div>
  );
}

interface TextProps {
  name: FieldName;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  type?: "text" | "url";
  inputMode?: "text" | "url" | "numeric";
  autoComplete?: string;
  spellCheck?: boolean;
  /** "id" sizes the box for a UUID; "short" for a status code. */
  size?: "full" | "id" | "short";
  onBlurValue?: (value: string) => void;
  after?: ReactNode;
  afterId?: string;
}

export function TextField({
  name,
  label,
  hint,
  optional,
  type = "text",
  inputMode,
  autoComplete = "off",
  spellCheck = false,
  size = "full",
  onBlurValue,
  after,
  afterId,
}: TextProps) {
  const { input, value } = useRegistered(name, {
    onBlur: onBlurValue ? (event: { target: { value: string } }) => onBlurValue(event.target.value) : undefined,
  });
  return (
    <Field name={name} label={label} hint={hint} optional={optional} after={after} afterId={afterId}>
      {(a11y) => (
        <input
          {...input}
          {...a11y}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={spellCheck}
          autoCapitalize="off"
          className={`input input--${size}`}
          defaultValue={typeof value === "string" || typeof value === "number" ? String(value) : ""}
        />
      )}
    </Field>
  );
}

interface TextAreaProps {
  name: FieldName;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  rows?: number;
  spellCheck?: boolean;
  monospace?: boolean;
}

export function TextAreaField({
  name,
  label,
  hint,
  optional,
  rows = 5,
  spellCheck = true,
  monospace = false,
}: TextAreaProps) {
  const { input, value } = useRegistered(name);
  return (
    <Field name={name} label={label} hint={hint} optional={optional}>
      {(a11y) => (
        <textarea
          {...input}
          {...a11y}
          rows={rows}
          spellCheck={spellCheck}
          autoComplete="off"
          className={monospace ? "textarea textarea--mono" : "textarea"}
          defaultValue={typeof value === "string" ? value : ""}
        />
      )}
    </Field>
  );
}

interface SelectProps {
  name: FieldName;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  options: ReadonlyArray<Choice>;
  /** Label of the empty first option; omit to have none. */
  emptyLabel?: string;
}

export function SelectField({ name, label, hint, optional, options, emptyLabel }: SelectProps) {
  const { input, value } = useRegistered(name);
  return (
    <Field name={name} label={label} hint={hint} optional={optional}>
      {(a11y) => (
        <select {...input} {...a11y} className="select" defaultValue={typeof value === "string" ? value : ""}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface ChoiceGroupProps {
  name: FieldName;
  legend: ReactNode;
  hint?: ReactNode;
  options: ReadonlyArray<Choice>;
  inline?: boolean;
  onChoose?: (value: string) => void;
}

/**
 * Radio buttons in a fieldset whose legend asks the question. The fieldset is a radiogroup, so it can carry
 * aria-invalid and aria-describedby for the group's error.
 */
export function ChoiceGroup({ name, legend, hint, options, inline = false, onChoose }: ChoiceGroupProps) {
  const { id, message, hintId, errorId, autoFocus } = useFieldParts(name, hint);
  const { input, value } = useRegistered(name, {
    onChange: onChoose ? (event: { target: { value: string } }) => onChoose(event.target.value) : undefined,
  });
  return (
    <fieldset
      id={id}
      role="radiogroup"
      className={["choice-group", inline ? "choice-group--inline" : "", message ? "field--invalid" : ""]
        .filter(Boolean)
        .join(" ")}
      aria-invalid={Boolean(message)}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
    >
      <legend className="field-label">{legend}</legend>
      <HintAndError id={id} hint={hint} message={message} />
      <div className="choices">
        {options.map((o, i) => (
          <div className="choice" key={o.value}>
            <input
              {...input}
              type="radio"
              id={`${id}-${o.value}`}
              value={o.value}
              defaultChecked={value === o.value}
              autoFocus={autoFocus && i === 0}
            />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
