import { inlineMarks } from '@/lib/view/roadmap/inline-marks';
import { splitCodeBlocks } from '@/lib/view/roadmap/text-blocks';

/** One line of text with its `code` and **bold** marks as elements (never HTML). */
export function InlineText({ text }: { text: string }) {
  return inlineMarks(text).map((s, i) =>
    s.kind === 'code' ? (
      <code key={i} className="rounded bg-slate-100 px-1 py-px font-mono text-[0.85em] text-slate-800">
        {s.text}
      </code>
    ) : s.kind === 'bold' ? (
      <strong key={i} className="font-semibold">
        {s.text}
      </strong>
    ) : (
      s.text
    ),
  );
}

/** Free text with its line breaks; fenced code blocks as preformatted text. Never rendered as HTML. */
export function NotesText({ text }: { text: string }) {
  return (
    <div className="space-y-2">
      {splitCodeBlocks(text).map((block, i) =>
        block.kind === 'code' ? (
          <pre
            key={i}
            className={[
              'overflow-x-auto rounded-lg bg-slate-900 px-3 py-2',
              'font-mono text-xs leading-relaxed text-slate-100',
            ].join(' ')}
          >
            <code data-lang={block.lang ?? undefined}>{block.text}</code>
          </pre>
        ) : (
          <p key={i} className="break-words whitespace-pre-wrap">
            <InlineText text={block.text} />
          </p>
        ),
      )}
    </div>
  );
}
