// Add files by dropping them here or choosing them: a visible zone with a real file input (keyboard: Tab to it, then
// Enter or Space opens the file chooser). Files are read in the browser; nothing is uploaded.
import { useId, useState, type DragEvent } from "react";

interface DropZoneProps {
  onFiles(files: File[]): void;
}

export function DropZone({ onFiles }: DropZoneProps) {
  const [over, setOver] = useState(false);
  const id = useId();
  const inputId = `${id}-files`;
  const hintId = `${id}-hint`;
  const accept = (event: DragEvent) => {
    if (!Array.from(event.dataTransfer?.types ?? []).includes("Files")) return;
    event.preventDefault();
    setOver(true);
  };
  return (
    <div
      className={over ? "ev-drop ev-drop--over" : "ev-drop"}
      onDragEnter={accept}
      onDragOver={accept}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const files = Array.from(event.dataTransfer?.files ?? []);
        if (files.length) onFiles(files);
      }}
    >
      <svg className="ev-drop-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 3v12m0-12-4.5 4.5M12 3l4.5 4.5M4 15v3a3 3 0 0 0 3 3h10a3 3 0 0 0 3-3v-3" />
      </svg>
      <div className="ev-drop-body">
        <p className="ev-drop-title">Drop files here, or</p>
        <input
          id={inputId}
          type="file"
          multiple
          className="ev-file-input"
          aria-describedby={hintId}
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = "";
            if (files.length) onFiles(files);
          }}
        />
        <label htmlFor={inputId} className="button button--secondary ev-file-button">
          Choose files
        </label>
        <p id={hintId} className="hint ev-drop-hint">
          HAR exports, logs, JSON or saved HTTP text, up to 50 MB each. They are read in this browser; nothing is
          uploaded.
        </p>
      </div>
    </div>
  );
}
