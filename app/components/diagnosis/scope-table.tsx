// The scope matrix as a table with row and column headers (Review and the finished ticket give it to DiagnosisPanel;
// the live panel beside steps 2–4 shows the compact list instead and never loads this).
import type { ScopeRow } from "~/diagnosis/types";

const mark = (v: boolean | null) => (v === null ? "unknown" : v ? "yes" : "no");

export function ScopeTable({ rows, captionId }: { rows: ScopeRow[]; captionId: string }) {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-labelledby={captionId}>
      <table className="diagnosis-scopes" aria-describedby={captionId}>
        <caption id={captionId}>
          Scopes: requested by the app, granted in the token, needed by the refused requests, supported by the tenant
        </caption>
        <thead>
          <tr>
            <th scope="col">Scope</th>
            <th scope="col">Requested</th>
            <th scope="col">Granted</th>
            <th scope="col">Needed</th>
            <th scope="col">Supported</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.scope} className={r.needed && !r.granted ? "diagnosis-scopes__row--missing" : undefined}>
              <th scope="row">
                <code>{r.scope}</code>
              </th>
              <td data-value={mark(r.requested)}>{mark(r.requested)}</td>
              <td data-value={mark(r.granted)}>{mark(r.granted)}</td>
              <td data-value={mark(r.needed)}>{mark(r.needed)}</td>
              <td data-value={mark(r.supported)}>{mark(r.supported)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
