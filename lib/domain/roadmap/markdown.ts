// Roadmap checklists as Markdown task lists: exported for people and reports, imported from
// hand-written lists. Writing: markdown-export.ts; reading: markdown-import.ts (document), markdown-item.ts
// (items), markdown-lines.ts (line syntax, shared with writing); normal form: markdown-normal.ts.
//
// Format written (headingLevel 2; 3 when embedded under a report's `## Roadmap`):
//
//   ## Infrastructure                                  one heading per phase
//
//   Phase notes, any number of lines.                  structural lines escaped: `\- x`, `\## x`
//
//   - [ ] **critical** Install PgBouncer (owner: alice)
//     - Problem: Running out of connections at 100 users
//     - Expected impact:                               multi-line values: lines indented 4 columns
//       Auth failures 70% -> 10%
//       Connection errors gone
//     - Notes: ...
//     - Status: in progress                            only when the checkbox does not say it
//     - Verified by run [Run 12](/runs/12)             computed; import skips it
//
// - The item is written as the page shows it (shown-status.ts): `[x]` = done or verified, `[ ]` = todo or
//   in progress, where an item the latest judged run verifies is "verified" whatever people set (the
//   page locks its status): `[x]`, `Status: verified` and the run. A Status sub-bullet is added whenever
//   the checkbox alone would read back a different status, so import gives back the status shown.
// - The priority is always written; null fields are omitted. Owners with parentheses or line breaks go to
//   an `Owner:` sub-bullet. A title that ends like an owner (`(owner: x)`, ` @x`) without being one is
//   written with `\` before that suffix; a heading title ending in `#` gets a closing ` #`.
// - Normal form (what round-trips exactly): titles single-line (line breaks -> spaces) and trimmed, empty
//   -> "Untitled phase" / "Untitled item"; text fields trimmed with "\n" line ends, empty -> null.
//   markdownToRoadmap(roadmapToMarkdown(d)) equals normaliseRoadmapDraft(d) for every draft d.
//
// Import also reads hand-written lists (see markdown-import.ts, markdown-item.ts): `*`/`+`/`1.` markers, ✅ ⏳ ❌, no
// checkbox (todo), `P0`..`P3` and `[high]` priorities, trailing `@name`, any sub-list or code block under
// an item (kept in its notes), and paragraphs between items (phase notes). Input is limited to 1 MiB.
export { roadmapToMarkdown, type RoadmapMarkdownOptions } from './markdown-export';
export { RoadmapImportError } from './markdown-error';
export { MAX_IMPORT_BYTES, markdownToRoadmap } from './markdown-import';
export { normaliseRoadmapDraft } from './markdown-normal';
