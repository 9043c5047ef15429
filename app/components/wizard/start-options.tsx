// Above the wizard: "Try it with a sample" (the seed case, to see the whole flow) and "Open ticket file" (a ticket
// saved earlier with "Save ticket file"). The sample button is a submit button of the wizard form, so it works without
// JavaScript too (the server answers with the sample at Review); opening a file needs JavaScript (read in the browser,
// nothing is uploaded; the file reader, open-ticket-file.ts, loads when a file is chosen).
import { useRef, useState, type ChangeEvent } from "react";
import { intentValue } from "~/wizard/intent";
import type { WizardValues } from "~/wizard/values";
import { WIZARD_FORM_ID } from "./wizard-ui";

interface StartOptionsProps {
  hydrated: boolean;
  onOpen: (values: WizardValues) => void;
}

export function StartOptions({ hydrated, onOpen }: StartOptionsProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    // The reader loads when a file is chosen, not with the first page.
    const result = await (await import("./open-ticket-file")).openTicketFile(file);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setProblem(null);
    onOpen(result.values);
  }

  return (
    <div className="start-options">
      <button
        type="submit"
        form={WIZARD_FORM_ID}
        name="intent"
        value={intentValue.sample}
        className="button button--secondary"
        formNoValidate
      >
        Try it with a sample
      </button>
      {hydrated ? (
        <>
          <button type="button" className="button button--secondary" onClick={() => input.current?.click()}>
            Open ticket file…
          </button>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => void onFile(event)}
          />
        </>
      ) : null}
      <p className="muted start-options-note">
        The sample is a real forum ticket (a 403 on Specimen) with made-up IDs. A ticket file is one you saved from a
        finished ticket; it holds redacted evidence only and opens in this browser, nothing is uploaded.
      </p>
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
