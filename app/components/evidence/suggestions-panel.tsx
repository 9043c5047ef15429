// "Found in your evidence": IDs, time, request and application facts read from the raw evidence, each with where it
// was found and a one-click button. An empty field takes the value ("Use"); a field with another value needs an
// explicit "Replace <old> with <new>"; a field with the same value says so. Nothing is ever overwritten silently.
import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { Suggestions } from "~/evidence/extract";
import type { SourceRef } from "~/evidence/model";
import type { TicketInput } from "~/ticket/schema";
import { emptyExample, type FieldName } from "~/wizard/values";
import { applicationRows, examplePlans, type ExamplePlan, type SuggestionRow } from "./suggestion-plan";

interface SuggestionsPanelProps {
  suggestions: Suggestions;
  pins: Readonly<Record<string, number>>;
  onPin(key: string, exampleIndex: number): void;
  /** "Evidence 2 (Token response)" for an item id. */
  describeItem(itemId: string): string | null;
}

const MAX_EXAMPLES = 20;

export function SuggestionsPanel({ suggestions, pins, onPin, describeItem }: SuggestionsPanelProps) {
  const { getValues, setValue, getFieldState } = useFormContext<TicketInput>();
  const [application, examples] = useWatch<TicketInput, ["application", "examples"]>({
    name: ["application", "examples"],
  });
  const [announcement, setAnnouncement] = useState("");
  const appRows = applicationRows(suggestions, application);
  const plans = examplePlans(suggestions, examples ?? [], pins).filter((p) => !p.isNew || p.target < MAX_EXAMPLES);
  if (appRows.length === 0 && plans.length === 0) return null;

  const where = (source: SourceRef) => {
    const item = describeItem(source.itemId);
    return item ? `${item}, ${source.location}` : source.location;
  };

  const set = (name: FieldName, value: string) => {
    const invalid = getFieldState(name).invalid;
    setValue(name, value, { shouldDirty: true, shouldTouch: true, shouldValidate: invalid });
  };

  const ensureExample = (plan: ExamplePlan) => {
    if (!plan.isNew) return;
    const list = [...(getValues("examples") ?? [])];
    while (list.length <= plan.target) list.push(emptyExample());
    setValue("examples", list, { shouldDirty: true });
  };

  const acceptRow = (row: SuggestionRow, plan?: ExamplePlan) => {
    if (plan) {
      ensureExample(plan);
      onPin(plan.key, plan.target);
    }
    set(row.name, row.value);
    const place = plan ? `example ${plan.target + 1}` : "the Application step";
    setAnnouncement(`${row.label} ${row.state === "different" ? "replaced" : "set"} in ${place}.`);
  };

  const acceptAll = (plan: ExamplePlan) => {
    const empty = plan.rows.filter((r) => r.state === "empty");
    if (!empty.length) return;
    ensureExample(plan);
    onPin(plan.key, plan.target);
    for (const row of empty) set(row.name, row.value);
    setAnnouncement(`${empty.length} values set in example ${plan.target + 1}.`);
  };

  return (
    <section className="ev-suggestions" aria-labelledby="ev-suggestions-title">
      <h3 id="ev-suggestions-title">Found in your evidence</h3>
      <p className="hint">
        Read from the original evidence in this browser. Use a value with one click; a value you typed is only replaced
        when you press its Replace button.
      </p>
      {appRows.length > 0 ? (
        <div className="ev-sugg-group">
          <h4 className="ev-sugg-title">Application</h4>
          <ul className="ev-sugg-list">
            {appRows.map((row) => (
              <SuggestionItem
                key={row.name}
                row={row}
                where={where(row.source)}
                place="on the Application step"
                onUse={() => acceptRow(row)}
              />
            ))}
          </ul>
        </div>
      ) : null}
      {plans.map((plan) => {
        const empties = plan.rows.filter((r) => r.state === "empty").length;
        const title = `Example ${plan.target + 1}${plan.isNew ? " (new)" : ""}`;
        return (
          <div className="ev-sugg-group" key={plan.key}>
            <div className="ev-sugg-head">
              <h4 className="ev-sugg-title">{title}</h4>
              {empties > 1 ? (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => acceptAll(plan)}
                >
                  Use all {empties} for example {plan.target + 1}
                </button>
              ) : null}
            </div>
            <ul className="ev-sugg-list">
              {plan.rows.map((row) => (
                <SuggestionItem
                  key={row.name}
                  row={row}
                  where={where(row.source)}
                  place={`in example ${plan.target + 1}`}
                  onUse={() => acceptRow(row, plan)}
                />
              ))}
            </ul>
          </div>
        );
      })}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

function SuggestionItem({
  row,
  where,
  place,
  onUse,
}: {
  row: SuggestionRow;
  where: string;
  place: string;
  onUse(): void;
}) {
  return (
    <li className={`ev-sugg ev-sugg--${row.state}`}>
      <div className="ev-sugg-main">
        <span className="ev-sugg-label">{row.label}</span>
        <code className="ev-sugg-value">{row.value}</code>
        <span className="ev-sugg-source">Found in {where}</span>
      </div>
      <div className="ev-sugg-action">
        {row.state === "empty" ? (
          <button type="button" className="button button--secondary button--small" onClick={onUse}>
            Use{" "}
            <span className="visually-hidden">
              {row.label} {place}
            </span>
          </button>
        ) : row.state === "same" ? (
          <span className="ev-sugg-same">
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M3 8.5 6.5 12 13 4.5" />
            </svg>
            already in the form
          </span>
        ) : (
          <button type="button" className="button button--secondary button--small ev-sugg-replace" onClick={onUse}>
            Replace <code>{row.current}</code> with <code>{row.value}</code>{" "}
            <span className="visually-hidden">
              ({row.label} {place})
            </span>
          </button>
        )}
      </div>
    </li>
  );
}
