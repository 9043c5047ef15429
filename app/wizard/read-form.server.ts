// Read a posted form without trusting its size (readBodyBytes: refused past `maxBytes`, so an oversized post costs at
// most that much memory). Errors carry messages safe to show (they never quote the body).
//
// A multipart post (the no-JavaScript Evidence step) may carry files in `evidenceFiles`: they are handed back as bytes
// in memory, in the order posted — never written to disk, never logged — and checked like a file added in the browser
// (see uploads.ts). Its body may be one file's limit larger; its text fields keep the plain form's limit.
import { FormInputError, formDataToObject } from "./form-data";
import { BodyTooLargeError, readBodyBytes } from "~/api/read-body";
import { MAX_FILE_BYTES } from "~/evidence/file-text";
import { megabytes } from "~/ticket/limits";
import { EVIDENCE_FILES_FIELD } from "./files-field";

/** Several evidence items of up to 8 MB each may travel in one post (the no-JavaScript flow carries them all). */
export const MAX_FORM_BYTES = 32 * 1024 * 1024;
/** A multipart post: the form's text and files of up to 50 MB in all. */
export const MAX_MULTIPART_BYTES = MAX_FORM_BYTES + MAX_FILE_BYTES;

export class FormTooLargeError extends FormInputError {
  override name = "FormTooLargeError";
}

/** A file posted with the form: its 1-based position among the files chosen, and its bytes (memory only). */
export interface UploadedFile {
  position: number;
  bytes: Uint8Array;
}

export interface WizardForm {
  fields: Record<string, unknown>;
  files: UploadedFile[];
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await readBodyBytes(request, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw tooLarge(maxBytes);
    throw error;
  }
}

const tooLarge = (maxBytes: number) =>
  new FormTooLargeError(
    `This submission is larger than ${megabytes(maxBytes)}. Keep only the failing exchange in each evidence item (and add large files one at a time) and try again.`,
  );

/** Text fields as pairs; files of the evidence file input aside (none chosen: an empty, unnamed part, skipped). */
async function splitFiles(form: FormData): Promise<{ pairs: Array<[string, unknown]>; files: UploadedFile[] }> {
  const pairs: Array<[string, unknown]> = [];
  const files: UploadedFile[] = [];
  let textBytes = 0;
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") {
      textBytes += value.length;
      if (textBytes > MAX_FORM_BYTES) throw tooLarge(MAX_FORM_BYTES);
      pairs.push([name, value]);
    } else if (name !== EVIDENCE_FILES_FIELD) {
      pairs.push([name, value]); // formDataToObject refuses it with its message
    } else if (value.size > 0 || value.name) {
      files.push({ position: files.length + 1, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
  }
  return { pairs, files };
}

/** The posted form: its fields as a nested object (see formDataToObject) and its evidence files. */
export async function readWizardForm(request: Request, maxBytes?: number): Promise<WizardForm> {
  const contentType = request.headers.get("content-type") ?? "";
  const multipart = /^multipart\/form-data\b/i.test(contentType);
  if (!multipart && !/^application\/x-www-form-urlencoded\b/i.test(contentType)) {
    throw new FormInputError("Send the wizard's form as a form post.");
  }
  const body = await readLimited(request, maxBytes ?? (multipart ? MAX_MULTIPART_BYTES : MAX_FORM_BYTES));
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new FormInputError("The form could not be read. Reload the page and try again.");
  }
  const { pairs, files } = await splitFiles(form);
  return { fields: formDataToObject(pairs), files };
}
