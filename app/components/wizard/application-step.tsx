// Step 2: which app, registered how, failing where. Choosing the public sandbox fills in its tenant when the tenant
// is still empty, and switching to a client domain empties it again when it still holds the sandbox's (the server
// does the same without JavaScript); a client domain shows the template's reminder.
import { useFormContext } from "react-hook-form";
import { SANDBOX_TENANT } from "~/ticket/choices";
import type { TicketInput } from "~/ticket/schema";
import { APP_TYPE_CHOICES, ENVIRONMENT_CHOICES, FIELD_LABELS, SMART_VERSION_CHOICES } from "~/wizard/labels";
import { LiveClientDomainNote } from "./client-domain-note";
import { CaptureHelp } from "./capture-help";
import { ChoiceGroup, TextAreaField, TextField } from "./field";
import { TimestampField } from "./timestamp-field";

const L = FIELD_LABELS;

export function ApplicationStep() {
  const { getValues, setValue } = useFormContext<TicketInput>();
  const onEnvironment = (value: string) => {
    const tenant = (getValues("application.tenantId") ?? "").trim();
    if (value === "sandbox" && !tenant) {
      setValue("application.tenantId", SANDBOX_TENANT, { shouldDirty: true });
    } else if (value !== "sandbox" && tenant === SANDBOX_TENANT) {
      // The sandbox's tenant is never a client domain's: leave the field for the real one.
      setValue("application.tenantId", "", { shouldDirty: true });
    }
  };
  return (
    <>
      <p className="lead">
        Copy these from Code Console. None of them is a secret: never paste the client secret or a token.
      </p>
      <TextField
        name="application.appId"
        label={L["application.appId"]}
        hint="Code Console → My Applications → your app. A UUID such as c388f6bf-1c33-4566-a5bc-249e990ea2bf."
        size="id"
        after={<CaptureHelp id="appId" />}
      />
      <TextField
        name="application.clientId"
        label={L["application.clientId"]}
        hint="The app's system account ID, also a UUID. It is public by design, unlike the client secret."
        size="id"
        after={<CaptureHelp id="clientId" />}
      />
      <ChoiceGroup
        name="application.appType"
        legend={L["application.appType"]}
        hint="As registered in Code Console."
        options={APP_TYPE_CHOICES}
        inline
      />
      <ChoiceGroup
        name="application.smartVersion"
        legend={L["application.smartVersion"]}
        hint="A v2 app that requests v1 scopes (or the reverse) has them dropped silently."
        options={SMART_VERSION_CHOICES}
      />
      <ChoiceGroup
        name="application.environment"
        legend={L["application.environment"]}
        hint="A client domain is a health system's own tenant; the public sandbox is Oracle's shared test tenant."
        options={ENVIRONMENT_CHOICES}
        onChoose={onEnvironment}
      />
      <LiveClientDomainNote />
      <TextField
        name="application.tenantId"
        label={L["application.tenantId"]}
        hint={`The UUID after /r4/ in the FHIR URL. Filled in for the public sandbox (${SANDBOX_TENANT}).`}
        size="id"
        after={<CaptureHelp id="tenantId" />}
      />
      <TextField
        name="application.fhirBaseUrl"
        label={L["application.fhirBaseUrl"]}
        optional
        type="url"
        inputMode="url"
        hint="Up to the tenant, e.g. https://fhir-ehr-code.cerner.com/r4/<tenant>. It tells support which server you call: open, secure provider/system, patient, or production."
      />
      <TextAreaField
        name="application.requestedScopes"
        label={L["application.requestedScopes"]}
        optional
        rows={3}
        spellCheck={false}
        monospace
        hint="The scope parameter of your token request, e.g. system/Specimen.read system/Patient.read. Support compares it with what was granted."
      />
      <TextAreaField
        name="application.grantedScopes"
        label={L["application.grantedScopes"]}
        optional
        rows={3}
        spellCheck={false}
        monospace
        hint="The scope field of the token response (not the token itself). A scope missing here was dropped when the token was issued, before any FHIR call."
      />
      <TimestampField
        name="application.scopesChangedAt"
        label={L["application.scopesChangedAt"]}
        optional
        hint="Code Console changes take effect after about 15 minutes, and a token issued before the change keeps its old scopes. ISO 8601 with a zone (2025-07-28T15:21:14Z) or an HTTP date."
      />
    </>
  );
}
