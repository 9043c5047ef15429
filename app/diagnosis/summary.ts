// One short paragraph in plain words: what happened and where the fault sits.
import type { Finding } from "./types";
import type { Facts } from "./facts-model";
import { coveredFailures, missingNeeds } from "./analysis";
import { SANDBOX_TENANT } from "~/ticket/choices";
import { list } from "./finding";

const lowerFirst = (s: string) => (/^[A-Z][A-Z]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

export function summarise(f: Facts, findings: Finding[]): string {
  const codes = new Set(findings.map((x) => x.code));
  const sentences: string[] = [];
  const sandbox = f.tenant === SANDBOX_TENANT || (!f.tenant && f.environment === "sandbox");
  const missing = missingNeeds(f);
  const dropped = [...new Set(missing.filter((m) => m.requested).map((m) => m.scope))];
  const notRequested = [
    ...new Set(missing.filter((m) => !m.requested && !m.requestedInOtherVersion).map((m) => m.scope)),
  ];
  const otherVersion = missing.filter((m) => !m.requested && m.requestedInOtherVersion);
  const top = findings.find((x) => x.severity === "error");
  if (codes.has("TOKEN_PREDATES_CHANGE") && (dropped.length || codes.has("SCOPE_NOT_GRANTED"))) {
    sentences.push(
      "The token was issued before the scope change in Code Console took effect, so it cannot carry the new scope: wait 15 minutes after the change and request a new token.",
    );
  } else if (dropped.length) {
    const status = missing.find((m) => m.requested)?.request.status ?? 403;
    const cause = codes.has("RESOURCE_NOT_SUPPORTED")
      ? "this tenant does not offer it"
      : sandbox
        ? "the app's registration in Code Console or the 15-minute wait after a change, not your request"
        : "registration or this tenant's provisioning, not your request";
    sentences.push(
      `The token was issued without ${list(dropped)}, so the FHIR server's ${status} is correct; the scope was dropped at issuance — ${cause}.`,
    );
  } else if (!missing.length && findings.some((x) => x.code === "SCOPE_NOT_GRANTED" && x.severity === "error")) {
    const scopes = findings
      .filter((x) => x.code === "SCOPE_NOT_GRANTED" && x.severity === "error")
      .flatMap((x) => x.scopes ?? []);
    // A 403 seen (an error or a status told in words), or only a scope the text says the token lacks.
    const refused =
      f.errors.some((e) => e.error.error === "insufficient_scope" || e.error.status === 403) ||
      f.statements.some((s) => s.status === 403);
    sentences.push(
      `The token was issued without ${list(scopes)}${refused ? ", and the FHIR server answered 403 insufficient_scope" : ""}: the scope was dropped at issuance — ${sandbox ? "the app's registration in Code Console or the 15-minute wait after a change" : "registration or this tenant's provisioning"}, not your request.`,
    );
  } else if (otherVersion.length) {
    sentences.push(
      `The request asked for ${otherVersion[0].requestedInOtherVersion}, the other SMART version's form: the app needs ${otherVersion[0].scope}.`,
    );
  } else if (notRequested.length) {
    // With no token request in the form or the evidence, what it asked for is unknown, not "not asked for".
    sentences.push(
      f.requested.length
        ? `The refused request needs ${list(notRequested)}, which the token request did not ask for: add it to the scope parameter (and to the app's registration in Code Console).`
        : `The refused request needs ${list(notRequested)}, which the token does not hold. Whether the token request asked for it is unknown until you add the requested scopes (the token request's scope parameter).`,
    );
  } else if (top) {
    const lead: Partial<Record<Finding["code"], string>> = {
      EMPTY_SCOPES:
        "No token was issued: none of the requested scopes is authorized for this client — compare the request with the scopes registered in Code Console.",
      CLIENT_NOT_ON_TENANT:
        "The client is not authorized for this tenant: a provisioning problem, not a scope problem.",
      TOKEN_EXPIRED:
        "The token had expired when the request was sent (Oracle Health tokens live 570 seconds): request a new one.",
      INVALID_TOKEN: "The FHIR server rejected the token itself (401), so scopes never came into play.",
    };
    sentences.push(lead[top.code] ?? `${top.title}.`);
  }
  const covered = coveredFailures(f);
  if (!sentences.length && covered.length && !top) {
    sentences.push(
      `The token holds the scope the refused ${covered[0].interaction.describe.split("?")[0]} request needs, so the ${covered[0].status ?? 403} is not about scopes: Millennium security filtering (persona, privileges, organization) or the tenant's provisioning may refuse it — ask Oracle Health support with the request's IDs.`,
    );
  }
  const empty = !f.evidenceCount && !f.requested.length && !f.granted.length && !f.requests.length;
  if (empty && !sentences.length) {
    const others = findings.filter((x) => x.code !== "MISSING_EVIDENCE");
    return `Nothing to diagnose yet: paste the failing request and the token response.${others.length ? ` Meanwhile: ${list(others.slice(0, 3).map((x) => lowerFirst(x.title)))}.` : ""}`;
  }
  const errors = findings.filter((x) => x.severity === "error").length;
  const warnings = findings.filter((x) => x.severity === "warning").length;
  const unexplained = findings.find((x) => x.code === "FAILURE_UNEXPLAINED");
  const profile = findings.find((x) => x.code === "PROFILE_VERSION_MISMATCH");
  if (!sentences.length && profile) {
    // An inference, but the failure's likely cause: lead with it rather than "no blocking problem".
    sentences.push(
      `Most likely (our inference): ${lowerFirst(profile.title)}; compare it with the endpoints the tenant's .well-known/smart-configuration lists.`,
    );
  }
  if (!sentences.length && unexplained) {
    // Never "no problem found" when the evidence reports a failure: say so, and give the likely cause as ours.
    const likely = /Most likely \(our inference\): (.*)$/.exec(unexplained.explanation)?.[1];
    sentences.push(
      `A failure is reported that the evidence read so far does not explain.${likely ? ` Most likely (our inference): ${likely}` : ""}`,
    );
  } else if (!sentences.length) {
    if (!findings.length) {
      if (f.requested.length || f.granted.length)
        return "No problem found in the evidence: the scopes requested, granted and needed agree.";
      return f.evidenceCount || f.requests.length
        ? "No scope problem shows in the evidence so far: add the failing request and the token response."
        : "Nothing to diagnose yet: paste the failing request and the token response.";
    }
    if (warnings)
      sentences.push(
        `No blocking problem found; ${warnings === 1 ? "one thing" : `${warnings} things`} to check: ${list(
          findings
            .filter((x) => x.severity === "warning")
            .slice(0, 3)
            .map((x) => lowerFirst(x.title)),
        )}.`,
      );
    else {
      const notes = findings.filter((x) => x.code !== "MISSING_EVIDENCE");
      sentences.push(
        notes.length
          ? `No blocking problem found. Note: ${list(notes.slice(0, 3).map((x) => lowerFirst(x.title)))}.`
          : "No problem found in the evidence so far.",
      );
    }
  } else if (errors > 1 || (errors === 1 && !top)) {
    const others = findings.filter(
      (x) =>
        x.severity === "error" &&
        !x.code.startsWith("SCOPE_NOT_GRANTED") &&
        !x.code.startsWith("SCOPE_REQUIRED_MISSING") &&
        x !== top,
    );
    if (others.length && sentences[0] && !sentences[0].startsWith(others[0].title))
      sentences.push(`Also: ${lowerFirst(others[0].title)}.`);
  }
  const ask = findings.find((x) => x.code === "MISSING_EVIDENCE");
  if (ask && ask.nextSteps[0]) sentences.push(`To conclude: ${lowerFirst(ask.nextSteps[0].replace(/\.$/, ""))}.`);
  return sentences.join(" ");
}
