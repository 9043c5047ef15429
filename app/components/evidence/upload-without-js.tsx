// Adding files without JavaScript: a plain file input inside <noscript>, posted with the wizard's multipart form to the
// server, which reads the files in memory, checks them like the browser does, and redacts them like pasted text. With
// JavaScript this markup is inert (the drop zone reads files in the browser instead, and nothing is uploaded).
import { EVIDENCE_FILES_FIELD } from "~/wizard/files-field";
import { intentValue } from "~/wizard/intent";

const INPUT_ID = "evidence-files";
const HINT_ID = "evidence-files-hint";

export function UploadWithoutJs() {
  return (
    <noscript>
      <div className="ev-drop ev-drop--plain">
        <div className="ev-drop-body">
          <label htmlFor={INPUT_ID} className="ev-drop-title">
            Add files
          </label>
          <input
            id={INPUT_ID}
            type="file"
            name={EVIDENCE_FILES_FIELD}
            multiple
            className="ev-file-plain"
            aria-describedby={HINT_ID}
          />
          <button
            type="submit"
            name="intent"
            value={intentValue.uploadEvidence}
            className="button button--secondary ev-file-button"
          >
            Add the chosen files
          </button>
          <p id={HINT_ID} className="hint ev-drop-hint">
            HAR exports, logs, JSON or saved HTTP text, up to 50 MB each. Without JavaScript they are sent to this
            server to be redacted there, in memory only: nothing is stored or logged.
          </p>
        </div>
      </div>
    </noscript>
  );
}
