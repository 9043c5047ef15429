// Step 1: the template's developer questions. "Which client?" shows only when the answer is Yes — through CSS
// (`:has(:checked)`), so it works without JavaScript and its value is never unregistered while hidden.
import { FIELD_LABELS, YES_NO } from "~/wizard/labels";
import { ChoiceGroup, TextField } from "./field";

const QUESTIONS = ["opnMember", "healthcareDeveloperTrack", "codeProgramMember", "marketplacePresence"] as const;

export function AboutStep() {
  return (
    <>
      <p className="lead">
        Oracle Health&apos;s support template asks these first: the answers decide who can help you and how fast.
      </p>
      {QUESTIONS.map((q) => (
        <ChoiceGroup key={q} name={`about.${q}`} legend={FIELD_LABELS[`about.${q}`]} options={YES_NO} inline />
      ))}
      <ChoiceGroup
        name="about.onBehalfOfClient"
        legend={FIELD_LABELS["about.onBehalfOfClient"]}
        hint="A health system that runs Oracle Health (Cerner) Millennium and will use your app."
        options={YES_NO}
        inline
      />
      <div className="when-on-behalf conditional">
        <TextField
          name="about.clientName"
          label={FIELD_LABELS["about.clientName"]}
          hint="The health system's name, as Oracle Health knows it."
          autoComplete="organization"
          spellCheck
        />
      </div>
    </>
  );
}
