// "Try it with a sample": the seed case with real-looking IDs, in the shape of a ticket file. Its evidence is already
// redacted. A module of its own so the browser fetches the sample only when it is asked for.
import sample from "./sample-ticket.json";
import { sanitiseValues, type WizardValues } from "./values";

export function sampleValues(): WizardValues {
  return sanitiseValues(structuredClone(sample));
}
