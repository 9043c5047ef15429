// The redaction policy's inputs as the form holds them (environment, extra words, values kept as not personal data).
// Its own small module: the wizard's field notes need it from the first step, long before the Evidence step's code.
import { MAX_TERM_LENGTH } from "~/ticket/limits";
import { isEnvironment, type Environment } from "~/ticket/choices";

export interface PolicyInputs {
  environment: Environment;
  /** Whether the environment was chosen (else the strictest rules apply). */
  environmentChosen: boolean;
  terms: string[];
  /** The form's `notPersonalData`: values the user restored, kept by the server's redaction and the export too. */
  keep: string[];
}

/** The redaction policy's inputs from the form: until the environment is chosen, the strictest (client production). */
export function policyInputs(environment: unknown, terms: unknown, keep: unknown = []): PolicyInputs {
  const strings = (value: unknown) => [
    ...new Set(
      (Array.isArray(value) ? value : [])
        .filter((t): t is string => typeof t === "string")
        .map((t) => t.trim())
        .filter((t) => t && t.length <= MAX_TERM_LENGTH),
    ),
  ];
  return {
    environment: isEnvironment(environment) ? environment : "client-prod",
    environmentChosen: isEnvironment(environment),
    terms: strings(terms),
    keep: strings(keep),
  };
}
