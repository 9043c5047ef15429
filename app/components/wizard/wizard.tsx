// The guided ticket wizard. One markup, two ways of working:
// - without JavaScript, every button is a submit button of a plain form (`name="intent"`); the Remix action validates
//   the step with the ticket schema and renders the next page, carrying progress in the hidden `draft` input;
// - with JavaScript, react-hook-form (zodResolver over the same schema) validates each step in the browser, Next/Back
//   never reach the server, and only the final submit posts the whole ticket. Values autosave to localStorage.
import { zodResolver } from "@hookform/resolvers/zod";
import { Form, useLocation, useNavigate, useNavigation, useNavigationType, useSubmit } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import {
  FormProvider,
  useForm,
  useFormState,
  useWatch,
  type DefaultValues,
  type FieldErrors as RhfFieldErrors,
  type Path,
} from "react-hook-form";
import { ticketSchema, type FieldErrors, type Ticket, type TicketInput } from "~/ticket/schema";
import { STEPS, isStepId, stepIndex, type StepId } from "~/ticket/steps";
import {
  DRAFT_STORAGE_KEY,
  DRAFT_VERSION,
  draftForStorage,
  newDraft,
  parseDraft,
  serialiseDraft,
  withVisited,
  type WizardDraft,
} from "~/wizard/draft";
import { firstInvalidField, flattenErrors, toNestedErrors } from "~/wizard/errors";
import { intentValue, parseIntent, type Intent } from "~/wizard/intent";
import { stepOfField } from "~/wizard/step-status";
import type { WizardResponse } from "~/wizard/submission";
import { sampleValues } from "~/wizard/ticket-file";
import { emptyValues, sanitiseValues, type WizardValues } from "~/wizard/values";
import { focusEvidenceTarget } from "~/components/diagnosis/focus-target";
import { isVouchedRedacted } from "~/components/evidence/redacted-texts";
import { AboutStep } from "./about-step";
import { ApplicationStep } from "./application-step";
import { ClientDomainNote } from "./client-domain-note";
import { DraftStatus, type DraftState } from "./draft-status";
import { ErrorSummary } from "./error-summary";
import { ExamplesStep } from "./examples-step";
import { ProblemStep } from "./problem-step";
import { Progress } from "./progress";
import { StartOptions } from "./start-options";
import { StepNav } from "./step-nav";
import {
  EvidenceFields,
  ForumMode,
  ReviewStep,
  ShareLink,
  TicketDownloads,
  TicketReady,
  WizardDiagnosis,
  partLoaded,
  reviewLoaded,
  usePreloadLaterSteps,
} from "./parts";
import { WIZARD_FORM_ID, WizardUiContext, fieldId } from "./wizard-ui";
import { FieldNotesContext, useFieldNotesState } from "./field-notes";
import { knownEvidenceValues } from "~/components/evidence/session-registry";
import { policyInputs } from "~/components/evidence/policy-inputs";
import { loadFieldPrivacy } from "./load-privacy";

type Nav = Pick<WizardDraft, "step" | "visited" | "attempted">;
type Complete = Extract<WizardResponse, { kind: "complete" }>;
/** Where the focus goes after a change of step: the heading, the first invalid field, or a named place (`target`). */
type FocusKind = "heading" | "error" | "target" | "field";

const ALL_STEPS = STEPS.map((s) => s.id);
const AUTOSAVE_DELAY_MS = 400;
/** The steps beside which the live diagnosis is shown (Review shows it in full; About has nothing to diagnose). */
const DIAGNOSED_STEPS: ReadonlySet<StepId> = new Set(["application", "problem", "examples", "evidence"]);
/** From this width the diagnosis sits beside the step, open; below it, it is a closed disclosure under the step. */
const WIDE_LAYOUT = "(min-width: 80rem)";

const asDefaults = (values: WizardValues) => values as unknown as DefaultValues<TicketInput>;

/** The step named in the address (`?step=examples`), if it is one. */
function stepInUrl(search: string): StepId | undefined {
  const value = new URLSearchParams(search).get("step");
  return isStepId(value) ? value : undefined;
}

/** The first step (in wizard order) that has an error. */
function firstStepWithErrors(errors: FieldErrors): StepId | undefined {
  const steps = new Set(Object.keys(errors).map(stepOfField));
  return ALL_STEPS.find((s) => steps.has(s));
}

function initialState(result: WizardResponse | undefined) {
  const draft = result?.draft ?? newDraft();
  const errors = result?.kind === "step" ? result.errors : {};
  const step = result?.kind === "step" ? result.step : draft.step;
  return {
    draft,
    nav: { step, visited: draft.visited, attempted: draft.attempted } satisfies Nav,
    rhfErrors: toNestedErrors(errors) as unknown as RhfFieldErrors<TicketInput>,
    autoFocusName: result?.kind === "step" ? firstInvalidField(step, draft.values, errors) : undefined,
    complete: result?.kind === "complete" ? result : null,
    draftJson: serialiseDraft({ ...draft, step }),
    message: result?.kind === "step" ? result.message : undefined,
  };
}

/** Focus the first field marked invalid (for a radio group: its checked or first radio). */
function focusFirstInvalid(root: HTMLElement | null) {
  const invalid = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target =
    invalid?.tagName === "FIELDSET"
      ? (invalid.querySelector<HTMLElement>("input:checked") ?? invalid.querySelector<HTMLElement>("input"))
      : (invalid ?? root?.querySelector<HTMLElement>(".error-summary a, .field-error"));
  target?.focus();
}

export function Wizard({ result }: { result?: WizardResponse }) {
  const [initial] = useState(() => initialState(result));
  const form = useForm<TicketInput, unknown, Ticket>({
    resolver: zodResolver(ticketSchema),
    mode: "onTouched",
    shouldUnregister: false,
    shouldFocusError: false,
    defaultValues: asDefaults(initial.draft.values),
    errors: initial.rhfErrors,
  });
  const submit = useSubmit();
  const navigation = useNavigation();
  const [nav, setNav] = useState<Nav>(initial.nav);
  const [complete, setComplete] = useState<Complete | null>(initial.complete);
  const [draftState, setDraftState] = useState<DraftState>("none");
  const [termsNotKept, setTermsNotKept] = useState(0);
  const [message, setMessage] = useState(initial.message);
  const [formKey, setFormKey] = useState(0);
  const [focus, setFocus] = useState<{ kind: FocusKind; n: number; target?: string } | null>(null);
  const [diagnosisOpen, setDiagnosisOpen] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const navRef = useRef(nav);
  navRef.current = nav;
  /** Evidence text known to be redacted (returned by the server), by item id: only such text may be autosaved. */
  const redacted = useRef(new Map<string, string>(initial.draft.values.evidence.map((e) => [e.id, e.text])));
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const userActed = useRef(false);
  const applied = useRef(result);
  const restoreChecked = useRef(false);

  useEffect(() => setHydrated(true), []);
  /** What the Evidence step removed from the raw evidence (memory only): the privacy boundary's knowledge. */
  const evidenceKnown = useCallback(() => knownEvidenceValues(form), [form]);
  const fieldNotesApi = useFieldNotesState(form, evidenceKnown);

  useEffect(() => {
    // Wide screens have room to show the findings beside the step from the start.
    if (window.matchMedia?.(WIDE_LAYOUT).matches) setDiagnosisOpen(true);
  }, []);

  const requestFocus = useCallback(
    (kind: FocusKind, target?: string) => setFocus((f) => ({ kind, target, n: (f?.n ?? 0) + 1 })),
    [],
  );

  useEffect(() => {
    if (!focus) return;
    const frame = requestAnimationFrame(() => {
      if (focus.kind === "error") return focusFirstInvalid(formRef.current);
      const field = focus.kind === "field" && focus.target ? document.getElementById(fieldId(focus.target)) : null;
      if (field) return field.focus();
      if (focus.kind === "target" && focus.target && !complete) {
        const ids = (form.getValues("evidence") ?? []).map((item) => item?.id);
        if (focusEvidenceTarget(focus.target, ids)) return;
      }
      document.getElementById(complete ? "ticket-ready-heading" : "step-heading")?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, complete, form]);

  // ─── drafts ────────────────────────────────────────────────────────────────────────────────────────────────────
  const saveNow = useCallback(() => {
    // Fail closed: no draft is written until the privacy code that redacts typed answers is there.
    void loadFieldPrivacy().then(({ typedFieldsForStorage }) => {
      const values = sanitiseValues(form.getValues());
      const policy = policyInputs(values.application.environment, values.redactTerms, values.notPersonalData);
      const draft = draftForStorage(
        { version: DRAFT_VERSION, ...navRef.current, values },
        (item) => redacted.current.get(item.id) === item.text || isVouchedRedacted(form.control, item),
        // A secret, a patient's detail or one of the user's words typed in an answer is stored as its placeholder.
        (safe) => typedFieldsForStorage(safe, policy, { evidenceKnown: knownEvidenceValues(form) }),
      );
      try {
        window.localStorage.setItem(DRAFT_STORAGE_KEY, serialiseDraft(draft));
      } catch {
        setDraftState("unavailable");
      }
    });
  }, [form]);

  const scheduleSave = useCallback(() => {
    userActed.current = true;
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(saveNow, AUTOSAVE_DELAY_MS);
  }, [saveNow]);

  useEffect(() => {
    const subscription = form.watch((_values, info) => {
      if (info.name) scheduleSave();
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(saveTimer.current);
    };
  }, [form, scheduleSave]);

  useEffect(() => {
    if (userActed.current) scheduleSave();
  }, [nav, scheduleSave]);

  useEffect(() => {
    // Restore once, on a fresh page (not on a page the server rendered after a post).
    if (restoreChecked.current) return;
    restoreChecked.current = true;
    if (result) return;
    let stored: WizardDraft | null = null;
    try {
      stored = parseDraft(window.localStorage.getItem(DRAFT_STORAGE_KEY));
    } catch {
      setDraftState("unavailable");
      return;
    }
    if (!stored) return;
    for (const item of stored.values.evidence) redacted.current.set(item.id, item.text);
    form.reset(asDefaults(stored.values));
    setFormKey((k) => k + 1);
    // A reload keeps the step in the address (the draft is saved a moment after each change).
    const inUrl = stepInUrl(window.location.search);
    const step = inUrl && stored.visited.includes(inUrl) ? inUrl : stored.step;
    const { visited, attempted } = stored;
    // A draft reopened at a step loaded on demand (Review, Evidence) shows it once its code is there.
    void partLoaded(step).then(() => setNav({ step, visited, attempted }));
    setTermsNotKept(stored.termsNotKept ?? 0);
    setDraftState("restored");
  }, [form, result]);

  /** What Discard removed, kept in memory (never stored) so Undo can put it back. */
  const discarded = useRef<{ values: WizardValues; nav: Nav; redacted: Map<string, string> } | null>(null);

  const discard = useCallback(() => {
    discarded.current = {
      values: sanitiseValues(form.getValues()),
      nav: navRef.current,
      redacted: new Map(redacted.current),
    };
    clearTimeout(saveTimer.current);
    userActed.current = false;
    try {
      window.localStorage.removeItem(DRAFT_STORAGE_KEY);
    } catch {
      // Nothing stored, nothing to remove.
    }
    redacted.current.clear();
    form.reset(asDefaults(emptyValues()));
    setFormKey((k) => k + 1);
    setNav({ step: "about", visited: ["about"], attempted: [] });
    setComplete(null);
    setMessage(undefined);
    setDraftState("discarded");
    requestFocus("heading");
  }, [form, requestFocus]);

  const undoDiscard = useCallback(() => {
    const snapshot = discarded.current;
    if (!snapshot) return;
    discarded.current = null;
    redacted.current = snapshot.redacted;
    form.reset(asDefaults(snapshot.values));
    setFormKey((k) => k + 1);
    setNav(snapshot.nav);
    setDraftState("restored");
    userActed.current = true;
    saveNow();
    requestFocus("heading");
  }, [form, requestFocus, saveNow]);

  // ─── navigation ────────────────────────────────────────────────────────────────────────────────────────────────
  const go = useCallback(
    (target: StepId, focusOn: FocusKind = "heading", attempted: StepId[] = [], focusTarget?: string) => {
      setNav((n) => {
        const next = withVisited({ version: DRAFT_VERSION, ...n, step: target, values: emptyValues() }, [target]);
        return { step: target, visited: next.visited, attempted: [...new Set([...n.attempted, ...attempted])] };
      });
      setMessage(undefined);
      requestFocus(focusOn, focusTarget);
    },
    [requestFocus],
  );

  /** From a blocked export or a privacy note on the finished ticket: back to the step, onto the field. */
  const fixField = useCallback(
    (path: string) => {
      setComplete(null);
      go(stepOfField(path), "field", [], path);
    },
    [go],
  );

  /** Replace the whole form (a sample or an opened ticket file) and show it at Review. */
  const loadValues = useCallback(
    (values: WizardValues, evidenceIsRedacted: boolean) => {
      clearTimeout(saveTimer.current);
      redacted.current.clear();
      if (evidenceIsRedacted) for (const item of values.evidence) redacted.current.set(item.id, item.text);
      form.reset(asDefaults(values));
      setFormKey((k) => k + 1);
      setNav({ step: "review", visited: ALL_STEPS, attempted: [] });
      setComplete(null);
      setMessage(undefined);
      setDraftState("none");
      userActed.current = true;
      scheduleSave();
      requestFocus("heading");
    },
    [form, requestFocus, scheduleSave],
  );

  // ─── browser history: each step is an entry (?step=…), so Back and Forward move between steps ────────────────────
  const navigate = useNavigate();
  const location = useLocation();
  const navigationType = useNavigationType();
  const firstSync = useRef(true);
  useEffect(() => {
    if (!hydrated) return;
    if (stepInUrl(location.search) === nav.step && !complete) {
      firstSync.current = false;
      return;
    }
    if (complete) return;
    navigate(`?step=${nav.step}`, { replace: firstSync.current, preventScrollReset: true });
    firstSync.current = false;
    // Only a change of step (or the first render) writes the address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, nav.step, complete]);
  useEffect(() => {
    if (!hydrated || navigationType !== "POP") return;
    const target = stepInUrl(location.search);
    if (!target || !navRef.current.visited.includes(target)) return;
    if (complete) setComplete(null);
    if (target !== navRef.current.step || complete) go(target);
    // Only Back / Forward (a POP of the address) moves the wizard.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key]);

  const busyRef = useRef(false);
  busyRef.current = navigation.state !== "idle";

  const submitTicket = useCallback(
    () =>
      busyRef.current
        ? undefined
        : form.handleSubmit(
            () => {
              setNav((n) => ({ ...n, attempted: ALL_STEPS }));
              const data = new FormData();
              data.set("intent", intentValue.submit);
              data.set("step", "review");
              data.set(
                "draft",
                serialiseDraft({
                  version: DRAFT_VERSION,
                  ...navRef.current,
                  step: "review",
                  values: sanitiseValues(form.getValues()),
                }),
              );
              submit(data, { method: "post" });
            },
            (errors) => {
              const target = firstStepWithErrors(flattenErrors(errors)) ?? "review";
              go(target, "error", ALL_STEPS);
            },
          )(),
    [form, go, submit],
  );

  const handleIntent = useCallback(
    async (intent: Intent, focusTarget?: string) => {
      const { step, visited } = navRef.current;
      const index = stepIndex(step);
      switch (intent.type) {
        case "next": {
          if (step === "review") return submitTicket();
          const names = STEPS[index].fields as unknown as Path<TicketInput>[];
          const valid = await form.trigger(names);
          if (!valid) {
            setNav((n) => ({ ...n, attempted: [...new Set([...n.attempted, step])] }));
            requestFocus("error");
            return;
          }
          return go(STEPS[index + 1].id, "heading", [step]);
        }
        case "back":
          return go(STEPS[Math.max(0, index - 1)].id);
        case "goto":
          // A link from the diagnosis names the field or evidence item to focus once there.
          if (visited.includes(intent.step)) go(intent.step, focusTarget ? "target" : "heading", [], focusTarget);
          return;
        case "submit":
          return submitTicket();
        case "sample":
          await reviewLoaded();
          return loadValues(sampleValues(), true);
        default:
          // Add/remove buttons act in their own click handlers; nothing to do here.
          return;
      }
    },
    [form, go, requestFocus, submitTicket, loadValues],
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent = parseIntent(submitter?.value);
    if (intent) void handleIntent(intent, submitter?.dataset.focusTarget);
  };

  // ─── server answers (final submit with JavaScript) ─────────────────────────────────────────────────────────────
  useEffect(() => {
    if (!result || result === applied.current) return;
    applied.current = result;
    if (result.kind === "complete") {
      for (const item of result.draft.values.evidence) redacted.current.set(item.id, item.text);
      form.reset(asDefaults(result.draft.values));
      setFormKey((k) => k + 1);
      setNav({ step: "review", visited: ALL_STEPS, attempted: ALL_STEPS });
      setComplete(result);
      setMessage(undefined);
      userActed.current = true;
      scheduleSave();
      requestFocus("heading");
      return;
    }
    for (const [name, text] of Object.entries(result.errors))
      form.setError(name as Path<TicketInput>, { type: "server", message: text });
    setMessage(result.message);
    const target = firstStepWithErrors(result.errors);
    if (target) go(target, "error", ALL_STEPS);
  }, [result, form, go, requestFocus, scheduleSave]);

  const busy = navigation.state !== "idle";
  const index = stepIndex(nav.step);
  const showDiagnosis = DIAGNOSED_STEPS.has(nav.step);

  return (
    <FormProvider {...form}>
      <FieldNotesContext.Provider value={fieldNotesApi}>
        <WizardUiContext.Provider
          value={{ autoFocusName: formKey === 0 && !focus ? initial.autoFocusName : undefined }}
        >
          {nav.step === "about" && !complete ? (
            <StartOptions
              hydrated={hydrated}
              onOpen={(values) => void reviewLoaded().then(() => loadValues(values, false))}
            />
          ) : null}
          <DraftStatus
            state={draftState}
            onDiscard={discard}
            onUndo={undoDiscard}
            evidenceCount={form.getValues("evidence")?.length ?? 0}
            termsNotKept={termsNotKept}
          />
          {complete ? (
            <TicketReady
              ticket={complete.ticket}
              redaction={complete.redaction}
              evidenceKnown={evidenceKnown()}
              actions={
                <>
                  <TicketDownloads ticket={complete.ticket} evidenceKnown={evidenceKnown} onFixField={fixField} />
                  <ShareLink ticket={complete.ticket} evidenceKnown={evidenceKnown} />
                  <ForumMode ticket={complete.ticket} evidenceKnown={evidenceKnown} />
                </>
              }
            >
              <Form
                method="post"
                className="ticket-ready-nav"
                onSubmit={(event) => {
                  event.preventDefault();
                  setComplete(null);
                  go("review");
                }}
              >
                <input type="hidden" name="step" value="review" />
                <input type="hidden" name="draft" value={initial.draftJson} />
                <button
                  type="submit"
                  name="intent"
                  value={intentValue.goto("review")}
                  className="button button--secondary"
                >
                  Edit the ticket
                </button>
              </Form>
            </TicketReady>
          ) : (
            <div className={`wizard-frame${showDiagnosis ? " wizard-frame--diagnosis" : ""}`}>
              <Form
                method="post"
                encType="multipart/form-data"
                noValidate
                onSubmit={onSubmit}
                id={WIZARD_FORM_ID}
                className="wizard"
                aria-labelledby="step-heading"
                ref={formRef}
                data-hydrated={hydrated || undefined}
              >
                {/* The first submit button is the one Enter in a text field presses: make it Next, not a progress link. */}
                <button
                  type="submit"
                  name="intent"
                  value={nav.step === "review" ? intentValue.submit : intentValue.next}
                  className="default-submit"
                  tabIndex={-1}
                  aria-hidden="true"
                >
                  Next
                </button>
                <input type="hidden" name="step" value={nav.step} />
                <input type="hidden" name="draft" value={initial.draftJson} />
                <Progress step={nav.step} visited={nav.visited} attempted={nav.attempted} />
                <div className="step" key={`${nav.step}-${formKey}`}>
                  <h2 id="step-heading" tabIndex={-1}>
                    <span className="step-count">
                      Step {index + 1} of {STEPS.length}
                    </span>{" "}
                    {STEPS[index].title}
                  </h2>
                  {message ? (
                    <div className="note" role="status">
                      <p>{message}</p>
                    </div>
                  ) : null}
                  {nav.step !== "review" && nav.attempted.includes(nav.step) ? (
                    <StepErrorSummary step={nav.step} />
                  ) : null}
                  <StepFields step={nav.step} visited={nav.visited} />
                  <StepNav step={nav.step} busy={busy} />
                </div>
              </Form>
              {showDiagnosis ? (
                <WizardDiagnosis
                  visited={nav.visited}
                  formId={WIZARD_FORM_ID}
                  open={diagnosisOpen}
                  onOpenChange={setDiagnosisOpen}
                />
              ) : null}
            </div>
          )}
        </WizardUiContext.Provider>
      </FieldNotesContext.Provider>
    </FormProvider>
  );
}

function StepFields({ step, visited }: { step: StepId; visited: StepId[] }) {
  usePreloadLaterSteps(step);
  switch (step) {
    case "about":
      return <AboutStep />;
    case "application":
      return <ApplicationStep />;
    case "problem":
      return <ProblemStep />;
    case "examples":
      return <ExamplesStep />;
    case "evidence":
      return (
        <>
          <ClientDomainNote />
          <EvidenceFields />
        </>
      );
    case "review":
      return <ReviewStep visited={visited} />;
  }
}

function StepErrorSummary({ step }: { step: StepId }) {
  const { errors } = useFormState<TicketInput>();
  const values = sanitiseValues(useWatch<TicketInput>());
  return <ErrorSummary step={step} values={values} errors={flattenErrors(errors)} />;
}
