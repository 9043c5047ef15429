// Read a posted form without trusting its size (readBodyBytes: refused past `maxBytes`, so an oversized post costs at
// most that much memory). Errors carry messages safe to show (they never quote the body).
import { FormInputError, formDataToObject } from "./form-data";
import { BodyTooLargeError, readBodyBytes } from "~/api/read-body";

/** Several evidence items of up to 8 MB each may travel in one post (the no-JavaScript flow carries them all). */
export const MAX_FORM_BYTES = 32 * 1024 * 1024;

export class FormTooLargeError extends FormInputError {
  override name = "FormTooLargeError";
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
    `This submission is larger than ${Math.round(
      maxBytes / 1024 / 1024,
    )} MB. Keep only the failing exchange in each evidence item and try again.`,
  );

/** The posted form as a nested object (see formDataToObject). Throws FormInputError with a user-safe message. */
export async function readWizardForm(request: Request, maxBytes = MAX_FORM_BYTES): Promise<Record<string, unknown>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(contentType)) {
    throw new FormInputError("Send the wizard's form as a form post.");
  }
  const body = await readLimited(request, maxBytes);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new FormInputError("The form could not be read. Reload the page and try again.");
  }
  return formDataToObject(form.entries());
}
