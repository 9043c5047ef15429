// The guided ticket wizard. One markup, two ways of working:
// - without JavaScript, every button is a submit button of a plain form (`name="intent"`); the Remix action validates
//   the step with the ticket schema and renders the next page, carrying progress in the hidden `draft` input;
// - with JavaScript, react-hook-form validates each step in the browser with the same schema (asked of the checks'
//   worker, load-validation.ts), Next/Back never reach the server, and only the final submit posts the whole ticket. Values autosave to localStorage.
import { Form, useNavigation, useSubmit } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { FormProvider, useForm, useFormState, useWatch } from "react-hook-form";
import type { FieldErrors, Ticket, TicketInput } from "~/ticket/schema";
import { STEPS, stepIndex, type StepId } from "~/ticket/steps";
import {
  DRAFT_STORAGE_KEY,
  DRAFT_VERSION,
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
import { emptyValues, isFieldName, sanitiseValues, type WizardValues } from "~/wizard/values";
import { AboutStep } from "./about-step";
import { ClientDomainNote } from "./client-domain-note";
import { DraftStatus, type DraftState } from "./draft-status";
import { ErrorSummary } from "./error-summary";
import { Progress } from "./progress";
import { askStepValidity, lazyResolver, warmValidation } from "./load-validation";
import { createStepValidity } from "./step-validity";
import { ApplicationStep, ExamplesStep, ProblemStep, earlyStepsLoaded } from "./step-parts";
import { StartOptions } from "./start-options";
import { StepNav } from "./step-nav";
import { EvidenceFields, FinishedTicket, ReviewStep, WizardDiagnosis, partLoaded, usePreloadLaterSteps } from "./parts";
import { WIZARD_FORM_ID, WizardUiContext } from "./wizard-ui";
import { useAutosave } from "./use-autosave";
import { useStepFocus, type FocusKind } from "./use-step-focus";
import { stepInUrl, useStepHistory } from "./use-step-history";
import { FieldNotesContext, useFieldNotesState } from "./field-notes";
import { knownEvidenceValues } from "~/evidence/step/session-registry";
import { useHydrated } from "~/components/use-hydrated";

type Nav = Pick<WizardDraft, "step" | "visited" | "attempted">;
type Complete = Extract<WizardResponse, { kind: "complete" }>;
const ALL_STEPS = STEPS.map((s) => s.id);
/** The steps beside which the live diagnosis is shown (Review shows it in full; About has nothing to diagnose). */
const DIAGNOSED_STEPS: ReadonlySet<StepId> = new Set(["application", "problem", "examples", "evidence"]);
/** From this width the diagnosis sits beside the step, open; below it, it is a closed disclosure under the step. */
const WIDE_LAYOUT = "(min-width: 80rem)";

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
    rhfErrors: toNestedErrors(errors),
    autoFocusName: result?.kind === "step" ? firstInvalidField(step, draft.values, errors) : undefined,
    complete: result?.kind === "complete" ? result : null,
    draftJson: serialiseDraft({ ...draft, step }),
    message: result?.kind === "step" ? result.message : undefined,
  };
}

export function Wizard({ result }: { result?: WizardResponse }) {
  const [initial] = useState(() => initialState(result));
  const form = useForm<TicketInput, unknown, Ticket>({
    resolver: lazyResolver,
    mode: "onTouched",
    shouldUnregister: false,
    shouldFocusError: false,
    defaultValues: initial.draft.values,
    errors: initial.rhfErrors,
  });
  const submit = useSubmit();
  const navigation = useNavigation();
  const [validity] = useState(() => createStepValidity(askStepValidity));
  const [nav, setNav] = useState<Nav>(initial.nav);
  const [complete, setComplete] = useState<Complete | null>(initial.complete);
  const [draftState, setDraftState] = useState<DraftState>("none");
  const [termsNotKept, setTermsNotKept] = useState(0);
  const [message, setMessage] = useState(initial.message);
  const [formKey, setFormKey] = useState(0);
  const [diagnosisOpen, setDiagnosisOpen] = useState(false);
  const hydrated = useHydrated();
  const formRef = useRef<HTMLFormElement>(null);
  const navRef = useRef(nav);
  navRef.current = nav;
  /** Evidence text known to be redacted (returned by the server), by item id: only such text may be autosaved. */
  const redacted = useRef(new Map<string, string>(initial.draft.values.evidence.map((e) => [e.id, e.text])));
  const applied = useRef(result);
  const restoreChecked = useRef(false);

  /** Before showing a step: its statuses known for the values it shows (the form's now), and the step's code loaded. */
  const stepReady = useCallback(
    (step: StepId, values: unknown = form.getValues()): Promise<void> =>
      Promise.all([validity.request(values), partLoaded(step), earlyStepsLoaded()]).then(() => undefined),
    [form, validity],
  );
  const { focusRequested, requestFocus } = useStepFocus(form, formRef, Boolean(complete));
  /** What the Evidence step removed from the raw evidence (memory only): the privacy boundary's knowledge. */
  const evidenceKnown = useCallback(() => knownEvidenceValues(form), [form]);
  const fieldNotesApi = useFieldNotesState(form, evidenceKnown);

  useEffect(() => {
    // Wide screens have room to show the findings beside the step from the start.
    if (window.matchMedia?.(WIDE_LAYOUT).matches) setDiagnosisOpen(true);
  }, []);

  // ─── drafts ────────────────────────────────────────────────────────────────────────────────────────────────────
  const { saveNow, scheduleSave, cancelSave, userActed } = useAutosave(form, navRef, nav, redacted, setDraftState);

  useEffect(() => {
    // Restore once, on a fresh page (not on a page the server rendered after a post).
    if (restoreChecked.current) return;
    restoreChecked.current = true;
    // A page the server rendered after a post may have reached later steps: their code, for going back to them.
    if (result) return void (initial.nav.visited.length > 1 && stepReady(initial.nav.step));
    let stored: WizardDraft | null = null;
    try {
      stored = parseDraft(window.localStorage.getItem(DRAFT_STORAGE_KEY));
    } catch {
      setDraftState("unavailable");
      return;
    }
    if (!stored) return;
    for (const item of stored.values.evidence) redacted.current.set(item.id, item.text);
    form.reset(stored.values);
    setFormKey((k) => k + 1);
    // A reload keeps the step in the address (the draft is saved a moment after each change).
    const inUrl = stepInUrl(window.location.search);
    const step = inUrl && stored.visited.includes(inUrl) ? inUrl : stored.step;
    const { visited, attempted } = stored;
    // A draft reopened at a step shows it once its steps' statuses are known and a step loaded on demand (Review,
    // Evidence) has its code.
    void stepReady(step).then(() => setNav({ step, visited, attempted }));
    setTermsNotKept(stored.termsNotKept ?? 0);
    setDraftState("restored");
  }, [form, result, initial, stepReady]);

  /** What Discard removed, kept in memory (never stored) so Undo can put it back. */
  const discarded = useRef<{ values: WizardValues; nav: Nav; redacted: Map<string, string> } | null>(null);

  const discard = useCallback(() => {
    discarded.current = {
      values: sanitiseValues(form.getValues()),
      nav: navRef.current,
      redacted: new Map(redacted.current),
    };
    cancelSave();
    userActed.current = false;
    try {
      window.localStorage.removeItem(DRAFT_STORAGE_KEY);
    } catch {
      // Nothing stored, nothing to remove.
    }
    redacted.current.clear();
    form.reset(emptyValues());
    setFormKey((k) => k + 1);
    setNav({ step: "about", visited: ["about"], attempted: [] });
    setComplete(null);
    setMessage(undefined);
    setDraftState("discarded");
    requestFocus("heading");
  }, [form, requestFocus, cancelSave, userActed]);

  const undoDiscard = useCallback(() => {
    const snapshot = discarded.current;
    if (!snapshot) return;
    discarded.current = null;
    redacted.current = snapshot.redacted;
    form.reset(snapshot.values);
    setFormKey((k) => k + 1);
    setNav(snapshot.nav);
    setDraftState("restored");
    userActed.current = true;
    saveNow();
    requestFocus("heading");
  }, [form, requestFocus, saveNow, userActed]);

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
      cancelSave();
      redacted.current.clear();
      if (evidenceIsRedacted) for (const item of values.evidence) redacted.current.set(item.id, item.text);
      form.reset(values);
      setFormKey((k) => k + 1);
      setNav({ step: "review", visited: ALL_STEPS, attempted: [] });
      setComplete(null);
      setMessage(undefined);
      setDraftState("none");
      userActed.current = true;
      scheduleSave();
      requestFocus("heading");
    },
    [form, requestFocus, scheduleSave, cancelSave, userActed],
  );

  // Each step is a browser history entry (?step=…), so Back and Forward move between steps.
  const historyStep = useStepHistory(hydrated, nav.step, Boolean(complete), (target) => {
    if (!navRef.current.visited.includes(target)) return;
    if (complete) setComplete(null);
    if (target !== navRef.current.step || complete) go(target);
  });

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
          // The next step's code (if loaded on demand) loads while this one is checked; it is shown once both are done.
          const ready = stepReady(STEPS[index + 1].id);
          const valid = await form.trigger(STEPS[index].fields);
          if (!valid) {
            setNav((n) => ({ ...n, attempted: [...new Set([...n.attempted, step])] }));
            requestFocus("error");
            return;
          }
          await ready;
          return go(STEPS[index + 1].id, "heading", [step]);
        }
        case "back":
          return go(STEPS[Math.max(0, index - 1)].id);
        case "goto":
          // A link from the diagnosis names the field or evidence item to focus once there.
          if (!visited.includes(intent.step)) return;
          await stepReady(intent.step);
          return go(intent.step, focusTarget ? "target" : "heading", [], focusTarget);
        case "submit":
          return submitTicket();
        case "sample": {
          // The sample is fetched only when asked for, together with the Review step it opens.
          void partLoaded("review");
          const values = (await import("~/wizard/sample")).sampleValues();
          await stepReady("review", values);
          return loadValues(values, true);
        }
        default:
          // Add/remove buttons act in their own click handlers; nothing to do here.
          return;
      }
    },
    [form, go, requestFocus, submitTicket, loadValues, stepReady],
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
      form.reset(result.draft.values);
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
      form.setError(isFieldName(name) ? name : `root.${name}`, { type: "server", message: text });
    setMessage(result.message);
    const target = firstStepWithErrors(result.errors);
    if (target) go(target, "error", ALL_STEPS);
  }, [result, form, go, requestFocus, scheduleSave, userActed]);

  const busy = navigation.state !== "idle";
  const index = stepIndex(nav.step);
  const showDiagnosis = DIAGNOSED_STEPS.has(nav.step);

  return (
    <FormProvider {...form}>
      <FieldNotesContext.Provider value={fieldNotesApi}>
        <WizardUiContext.Provider
          value={{ autoFocusName: formKey === 0 && !focusRequested ? initial.autoFocusName : undefined }}
        >
          {nav.step === "about" && !complete ? (
            <StartOptions
              hydrated={hydrated}
              onOpen={(values) => void stepReady("review", values).then(() => loadValues(values, false))}
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
            <FinishedTicket
              complete={complete}
              evidenceKnown={evidenceKnown}
              onFixField={fixField}
              onEdit={() => {
                setComplete(null);
                go("review");
              }}
              draftJson={initial.draftJson}
            />
          ) : (
            <div className={`wizard-frame${showDiagnosis ? " wizard-frame--diagnosis" : ""}`}>
              <Form
                method="post"
                encType="multipart/form-data"
                // Its action is this page's route, already in the page's route manifest: nothing to discover.
                discover="none"
                noValidate
                onSubmit={onSubmit}
                id={WIZARD_FORM_ID}
                className="wizard"
                aria-labelledby="step-heading"
                ref={formRef}
                data-hydrated={hydrated || undefined}
                data-history-step={historyStep}
                onFocus={preloadValidation}
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
                <Progress validity={validity} step={nav.step} visited={nav.visited} attempted={nav.attempted} />
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

/** Someone is answering: the worker that validates starts, and steps 2–4 load, ahead of the first validation and Next. */
const preloadValidation = () => {
  warmValidation();
  void earlyStepsLoaded();
};

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
