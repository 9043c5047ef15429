// The document model as HTML: the review step shows exactly what the Markdown and the PDF will contain, because all
// three render the same TicketDocument. Semantic elements only; the app's stylesheet decides the look.
import type { ReactNode } from "react";
import type { Block, Inline, TicketDocument } from "~/document/model";

type HeadingLevel = 2 | 3 | 4 | 5;

function Heading({ level, id, children }: { level: HeadingLevel; id?: string; children: ReactNode }) {
  const Tag = `h${Math.min(level, 6)}` as "h2" | "h3" | "h4" | "h5" | "h6";
  return <Tag id={id}>{children}</Tag>;
}

function Inlines({ inlines }: { inlines: Inline[] }) {
  return (
    <>
      {inlines.map((inline, i) =>
        inline.style === "code" ? (
          <code key={i} className="wrap">
            {inline.text}
          </code>
        ) : inline.style === "strong" ? (
          <strong key={i}>{inline.text}</strong>
        ) : (
          <span key={i}>{inline.text}</span>
        ),
      )}
    </>
  );
}

function BlockView({ block, level, idPrefix }: { block: Block; level: HeadingLevel; idPrefix: string }) {
  switch (block.type) {
    case "paragraph":
      return (
        <p className="keep-breaks">
          <Inlines inlines={block.inlines} />
        </p>
      );
    case "note":
      return (
        <blockquote className="document-note keep-breaks">
          <Inlines inlines={block.inlines} />
        </blockquote>
      );
    case "fields":
      return (
        <dl className="review-list">
          {block.fields.map((field) => (
            <div className="review-row" key={field.label}>
              <dt>{field.label}</dt>
              <dd>
                <Inlines inlines={field.value} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case "list": {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Inlines inlines={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case "table":
      return (
        <div
          className="table-scroll"
          tabIndex={0}
          role="group"
          aria-label={block.rowLabel ? `${block.rowLabel}s` : "Table"}
        >
          <table>
            <thead>
              <tr>
                {block.columns.map((column) => (
                  <th key={column.header} scope="col" className={`align-${column.align ?? "left"}`}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {block.columns.map((column, c) => (
                    <td key={column.header} data-label={column.header} className={`align-${column.align ?? "left"}`}>
                      <Inlines inlines={row[c] ?? []} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case "code":
      return (
        <pre tabIndex={0} data-language={block.language} className="code-block">
          <code>{block.text}</code>
        </pre>
      );
    case "subheading":
      return (
        <Heading level={(level + 1) as HeadingLevel} id={`${idPrefix}${block.id}`}>
          {block.badge ? <span className={`badge badge--${block.badge.tone}`}>{block.badge.text}: </span> : null}
          {block.text}
        </Heading>
      );
  }
}

export interface DocumentPreviewProps {
  document: TicketDocument;
  /** The level of the section headings (2 on a page of its own, 3 inside the review step). */
  headingLevel?: 2 | 3;
  /** Prefix for element ids, so two previews on a page do not clash. */
  idPrefix?: string;
}

export function DocumentPreview({ document, headingLevel = 2, idPrefix = "doc-" }: DocumentPreviewProps) {
  return (
    <article className="document-preview" aria-labelledby={`${idPrefix}title`}>
      <Heading level={headingLevel} id={`${idPrefix}title`}>
        {document.title}
      </Heading>
      <dl className="review-list">
        {document.facts.map((fact) => (
          <div className="review-row" key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>
              <Inlines inlines={fact.value} />
            </dd>
          </div>
        ))}
      </dl>
      {document.sections.map((section) => (
        <section key={section.id} aria-labelledby={`${idPrefix}${section.id}`}>
          <Heading level={(headingLevel + 1) as HeadingLevel} id={`${idPrefix}${section.id}`}>
            {section.heading}
          </Heading>
          {section.blocks.map((block, i) => (
            <BlockView key={i} block={block} level={(headingLevel + 1) as HeadingLevel} idPrefix={idPrefix} />
          ))}
        </section>
      ))}
    </article>
  );
}
