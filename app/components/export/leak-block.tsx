// What the leak check blocked, as an alert: a lead sentence, then one line per place to fix (never the value), each
// with a "Go to <field>" button when the place is a form field and the page can take the user there.
import { forwardRef, type ReactNode } from "react";
import { fieldLabel } from "~/wizard/labels";

interface LeakBlockProps {
  reasons: string[];
  /** The form field behind each reason (same order), or null where the place is not a field. */
  fields?: Array<string | null>;
  /** Takes the user to a form field. Without it, the reasons are plain text. */
  onFixField?: (path: string) => void;
  children: ReactNode;
}

export const LeakBlock = forwardRef<HTMLDivElement, LeakBlockProps>(function LeakBlock(
  { reasons, fields, onFixField, children },
  ref,
) {
  return (
    <div role="alert" className="error" tabIndex={-1} ref={ref}>
      <p>{children}</p>
      <ul>
        {reasons.map((reason, i) => {
          const field = fields?.[i];
          return (
            <li key={reason}>
              {reason}
              {field && onFixField ? (
                <>
                  {" "}
                  <button type="button" className="button button--link" onClick={() => onFixField(field)}>
                    Go to {fieldLabel(field)}
                  </button>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
});
