// Whether refusal words on a line are told as what happened to this request — not a belief proved wrong ("I thought
// aud was invalid"), a guess ("Maybe the kid is invalid?"), a rule quoted from documentation ("Per the docs, a missing
// Accept header returns 406") or a failure told as fixed ("Solution: …", "then the 415 went away"). Every look is a
// bounded slice around the words, so the check is constant-time per mention.
import { DOCS_BEFORE, happeningAt } from "./statements";

/** Believed once and found wrong: "I thought aud was invalid", "… but it turned out fine". */
const THOUGHT_BEFORE = /\b(?:thought|assumed|suspected|guessed|believed)\b[^.;!?]{0,40}$/i;
const FINE_AFTER =
  /^[^.;!?]{0,60}\b(?:turned\s+out\s+(?:to\s+be\s+)?(?:fine|ok(?:ay)?|correct|right|valid)|(?:fine|ok(?:ay)?|correct)\s+after\s+all)\b/i;
/**
 * A rule said as a general one: "after the token expires …", "when the kid is unknown …" (quoted from the docs: see
 * DOCS_BEFORE). "After an hour" tells when something happened, not a rule; so does "after" with an event named in up to
 * four words, a comma and a new subject ("After the EHR launch, the token endpoint …", "after upgrading the library, it
 * …"; without the comma only "after the launch the …"): the event has no verb of its own. A word ending in -s or -ed, or a pronoun or auxiliary, is read as that
 * verb ("after the token expires, …" stays a rule).
 */
const EVENT_WORD = String.raw`(?:the|our|my|this|its|an?|their|your|(?!(?:is|are|was|were|has|have|had|do|does|did|it|we|i|they|he|she|you|when|if)\b)[\w-]*[a-rt-z0-9_-](?<!ed))`;
const TOLD_AFTER = String.raw`after(?!\s+(?:an?\s+|\d{1,4}\s*|some\s+|a\s+few\s+|several\s+)?(?:hours?|min(?:ute)?s?|sec(?:ond)?s?|days?|while)\b)(?!\s+(?:(?:the|our|my|this|that)\s+[\w-]+,?|${EVENT_WORD}(?:\s+${EVENT_WORD}){0,3},)\s+(?:the|our|my|its|it|we|i|they)\b)`;
const RULE_BEFORE = new RegExp(String.raw`\b(?:when|${TOLD_AFTER}|once|whenever)\b[^.;!?]{0,60}$`, "i");
/** A guess: "Maybe the kid is invalid", "perhaps a role is missing", "not sure whether …". */
const GUESS_BEFORE =
  /\b(?:maybe|perhaps|possibly|probably|wonder(?:ing)?\s+(?:if|whether)|not\s+sure\s+(?:if|whether))\b[^.;!?]{0,60}$/i;
/** A consequence supposed, not seen: "without a launch context, patient/ scopes would not work". */
const WOULD_AFTER = /^[^.;!?]{0,60}\bwould(?:n't)?\b/i;
/** The words end a question ("… the kid is invalid?"); a "?" of a URL's query is followed by no space. */
const QUESTION_AFTER = /^[^.;!?\n]{0,80}\?(?:\s|$)/;
/** Said to be over, or told as the fix: "now reachable", "and now it works", "made the login succeed", "Solution:". */
export const WORKS_NOW =
  /\bnow\s+(?:it\s+)?(?:works|reachable|succeeds)\b|\bworks\s+now\b|\bmade\s+(?:it|the\s+\w+)\s+(?:succeed|work)\b|\b(?:solution|fix|workaround)\s*:|\bwent\s+away\b/i;
/** How far around the words a fix or its success is looked for. */
const WINDOW = 160;

/** Whether the words at [at, end) are told as what happened, not as a belief proved wrong, a guess or a rule quoted. */
export function believed(line: string, at: number, end: number): boolean {
  const before = line.slice(Math.max(0, at - 80), at);
  const after = line.slice(end, end + 82);
  return (
    !THOUGHT_BEFORE.test(before) &&
    !DOCS_BEFORE.test(before) &&
    !RULE_BEFORE.test(before) &&
    !GUESS_BEFORE.test(before) &&
    !FINE_AFTER.test(after) &&
    !WOULD_AFTER.test(after) &&
    !QUESTION_AFTER.test(after)
  );
}

/** Whether the words at [at, end) are told as happening to this request, believed, and not said to be fixed. */
export function toldAsFact(line: string, at: number, end: number): boolean {
  return (
    happeningAt(line, at, end) &&
    believed(line, at, end) &&
    !WORKS_NOW.test(line.slice(Math.max(0, at - WINDOW), end + WINDOW))
  );
}

/** The pattern's first match on the line, when it is told as a fact (see toldAsFact); null otherwise. */
export function toldMatch(re: RegExp, line: string): RegExpExecArray | null {
  const m = re.exec(line);
  return m && toldAsFact(line, m.index, m.index + m[0].length) ? m : null;
}
