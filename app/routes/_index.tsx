// The wizard at "/". The action serves the no-JavaScript flow (one post per step) and the final submit with
// JavaScript; both go through handleWizardPost, which validates with the ticket schema and redacts evidence first.
// Never logs form values; odd input answers 400 with a message, an oversized post 413.
import { json, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { Wizard } from "~/components/wizard/wizard";
import { WorkerScriptMeta } from "~/components/worker-script-meta";
import { newDraft } from "~/wizard/draft";
import { FormInputError } from "~/wizard/form-data";
import { FormTooLargeError, readWizardForm, type WizardForm } from "~/wizard/read-form.server";
import { handleWizardPost, type WizardResponse } from "~/wizard/submission";

export const meta: MetaFunction = () => [
  { title: "File a SMART on FHIR support ticket for Oracle Health" },
  {
    name: "description",
    content:
      "A guided form for Oracle Health (Cerner) SMART on FHIR authorization problems: checks IDs, redacts evidence.",
  },
];

const NO_STORE = { "Cache-Control": "no-store" };

export async function action({ request }: ActionFunctionArgs) {
  let input: WizardForm;
  try {
    input = await readWizardForm(request);
  } catch (error) {
    const tooLarge = error instanceof FormTooLargeError;
    const reason = error instanceof FormInputError ? error.message : "The form could not be read.";
    const body: WizardResponse = {
      kind: "step",
      step: "about",
      draft: newDraft(),
      errors: {},
      message: `${reason} Use your browser's Back button to return to your answers.`,
    };
    return json(body, { status: tooLarge ? 413 : 400, headers: NO_STORE });
  }
  const { status, body } = handleWizardPost(input.fields, undefined, input.files);
  return json(body, { status, headers: NO_STORE });
}

export default function Index() {
  const result = useActionData<typeof action>();
  return (
    <main id="main" tabIndex={-1} className="page">
      <div className="intro">
        <h1>File a SMART on FHIR support ticket</h1>
        <p>
          For developers asking Oracle Health (Cerner) support about an authorization problem, such as a 403{" "}
          <code>insufficient_scope</code>. The form follows the forum&apos;s template, checks every ID support will
          search for, and redacts tokens, secrets and patient data from your evidence.
        </p>
      </div>
      <Wizard result={result} />
      <WorkerScriptMeta />
    </main>
  );
}
