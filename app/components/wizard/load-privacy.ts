// The typed-field privacy code — the ticket's boundary over the redaction engine — is loaded the first time the
// wizard has typed text to check or a draft to save (never on a blank first page), then kept.
import type * as FieldPrivacy from "~/privacy/field-notes";

let loading: Promise<typeof FieldPrivacy> | null = null;

export const loadFieldPrivacy = (): Promise<typeof FieldPrivacy> => (loading ??= import("~/privacy/field-notes"));
