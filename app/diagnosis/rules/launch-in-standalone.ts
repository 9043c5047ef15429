// LAUNCH_IN_STANDALONE: a standalone launch that sends a launch parameter. Only an EHR launch has a launch code (the
// EHR passes it to the app); a standalone app asks for context with launch/patient instead. A made-up launch value
// is refused at the authorize step (invalid launch code).
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, errorExcerpt, finding } from "../finding";

export function launchInStandalone(f: Facts): Finding[] {
  const standalone = f.launch.standalone;
  if (!standalone || !f.launch.launchParams.length) return [];
  const errors = f.errors.filter((e) => /launch/.test(e.error.urn ?? ""));
  return [
    finding({
      code: "LAUNCH_IN_STANDALONE",
      severity: "error",
      basis: "documented",
      title: "A standalone launch sends a launch parameter",
      explanation:
        "In a standalone launch there is no launch code: the launch parameter exists only in an EHR launch, where the EHR hands the app its value (SMART App Launch). A value the app makes up is not a launch code the server issued, so the authorize step refuses it (invalid launch code).",
      evidence: [
        ev(standalone, "standalone launch"),
        ...f.launch.launchParams.map((r) => ev(r, "launch=…")),
        ...errors.map((e) => ev(e.source, errorExcerpt(e.error))),
      ],
      nextSteps: [
        "Remove the launch parameter from the authorize request of the standalone launch.",
        "Request launch/patient (patient context chosen at sign-in) instead of launch, with aud = the FHIR base URL.",
      ],
    }),
  ];
}
