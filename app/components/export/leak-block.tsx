// What the leak check blocked, as an alert: a lead sentence, then one line per place to fix (never the value).
import { forwardRef, type ReactNode } from "react";

export const LeakBlock = forwardRef<HTMLDivElement, { reasons: string[]; children: ReactNode }>(function LeakBlock(
  { reasons, children },
  ref,
) {
  return (
    <div role="alert" className="error" tabIndex={-1} ref={ref}>
      <p>{children}</p>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
});
