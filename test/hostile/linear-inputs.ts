// Adversarial texts for the linear-time table (linear-regex.test.ts): each one aims at the weak spot of
// a regular expression (or scan) applied to uploaded text: long runs of what a quantifier repeats, with
// nothing after them that lets the match succeed. Sizes in UTF-16 code units (ASCII: bytes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXAMPLES = join(import.meta.dirname, '../../fixtures/locust-examples');
const example = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');

/** `unit` repeated to at least `size` characters. */
export const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

export const STATS_HEADER = example('v1.2-2.43.3__stats.csv').split('\n')[0]!.trimEnd();
const STATS_ROW = 'GET,/,10,0,17,27,7,55,330,1.1,0.0,17,47,48,48,49,50,53,56,56,56,56';
const HAND_BUILT_HEADER = example('v1.0b1-1.0.3__stats.csv').split('\n')[0]!.trimEnd();
const FAILURES_HEADER = 'Method,Name,Error,Occurrences';
const HISTORY_HEADER = example('v1.2-2.46.3__stats_history.csv').split('\n')[0]!.trimEnd();

/** Stats CSVs: line-end runs, quotes, commas, digit runs (a `_stats.csv` header first). */
export const CSV_TEXTS: Record<string, (size: number) => string> = {
  'CR run after the header (issue 17: 400 KB took 79 s)': (n) => `${STATS_HEADER}\n${fill('\r', n)}x\n`,
  'CR run, then a row': (n) => `${STATS_HEADER}\n${fill('\r', n)}${STATS_ROW}\n`,
  'CR run at the end': (n) => `${STATS_HEADER}\n${STATS_ROW}\n${fill('\r', n)}`,
  'CR runs between rows': (n) => `${STATS_HEADER}\n${fill(`${fill('\r', 999)}x`, n)}\n`,
  'CR CR LF line ends': (n) => `${STATS_HEADER}\r\r\n${fill(`${STATS_ROW}\r\r\n`, n)}`,
  'quote run': (n) => `${STATS_HEADER}\n${fill('"', n)}\n`,
  'quote pairs': (n) => `${STATS_HEADER}\nGET,"${fill('""', n)}x\n`,
  // PapaParse rereads the spaces after every malformed closing quote (160 KB: 6 s): rfc-parse.ts
  'malformed closing quotes, then spaces': (n) => `${STATS_HEADER}\nGET,"${fill('"x', n / 2)}${fill(' ', n / 2)},1\n`,
  'a quoted cell with a line break every 1,000 characters': (n) =>
    `${STATS_HEADER}\nGET,"${fill(`${'a'.repeat(999)}\n`, n)}",1\n`,
  'comma run': (n) => `${STATS_HEADER}\n${fill(',', n)}\n`,
  'digit run in a count': (n) => `${STATS_HEADER}\nGET,/,${fill('1', n)}x,0\n`,
  'digit run in a time': (n) => `${STATS_HEADER}\nGET,/,10,0,${fill('1', n)}.5e\n`,
  'spaces in a number cell': (n) => `${STATS_HEADER}\nGET,/,10,0, ${fill(' ', n)}x\n`,
  'hand-built: digit run in a tail cell': (n) => `${HAND_BUILT_HEADER}\n"GET","/",${fill('1', n)}x\n`,
  'hand-built: quote run': (n) => `${HAND_BUILT_HEADER}\n${fill('"', n)}\n`,
  'hand-built: "," run': (n) => `${HAND_BUILT_HEADER}\n"${fill('","', n)}\n`,
  'hand-built: a record of lines without commas': (n) => `${HAND_BUILT_HEADER}\n"GET","${fill('a\n', n)}`,
  'failures: one long error': (n) => `${FAILURES_HEADER}\nGET,/,"${fill('status ', n)}",1\n`,
  'history: digit run in a timestamp': (n) => `${HISTORY_HEADER}\n${fill('1', n)}x\n`,
};

const LEGACY_L3 = example('v2.10.2-2.15.0__report.html');
const LEGACY_L1 = example('v1.2-1.4.1__report.html');
const REACT = example('v2.21.0-2.27.x__report-modern.html');

/** `payload` at the start of a real report, so every search of the report reads through it first. */
const before = (doc: string, payload: string) => `<html>${payload}${doc}`;
/** `payload` in the first cell of the report's first table. */
const inCell = (doc: string, payload: string) => doc.replace('<td>', `<td>${payload}`);

/** HTML reports: tag openings without their `>`, headings without their text, unclosed info lines. */
export const HTML_TEXTS: Record<string, (size: number) => string> = {
  '<h2 repeated (issue 17: 450 KB took 29 s)': (n) => fill('<h2', n),
  '<h2 repeated before a legacy report': (n) => before(LEGACY_L3, fill('<h2', n)),
  '<h2 and 1 MB of spaces': (n) => `<h2 ${fill(' ', n)}`,
  '<h2> and spaces, repeated': (n) => fill(`<h2>${' '.repeat(64)}`, n),
  '<h2 repeated, then one > and spaces': (n) => `${fill('<h2', n / 2)}>${fill(' ', n / 2)}`,
  '<h1 repeated': (n) => fill('<h1', n),
  '<table repeated after the heading': (n) => before(LEGACY_L3, `<h2>Request Statistics</h2>${fill('<table ', n)}`),
  '<tr repeated in a table': (n) => inCell(LEGACY_L3, fill('<tr ', n)),
  '<td repeated in a table': (n) => inCell(LEGACY_L3, fill('<td ', n)),
  '<th class=" repeated': (n) => before(LEGACY_L3, fill('<th class="', n)),
  '<th repeated': (n) => before(LEGACY_L1, fill('<th ', n)),
  '<p> repeated': (n) => before(LEGACY_L3, fill('<p>', n)),
  '<p>During: and spaces': (n) => before(LEGACY_L3, `<p>During:${fill(' ', n)}`),
  '<p>Target Host: <span repeated': (n) => before(LEGACY_L3, `<p>Target Host: ${fill('<span', n)}</p>`),
  '< repeated in the host line': (n) => before(LEGACY_L3, `<p>Target Host: <span>${fill('<', n)}</span></p>`),
  '< repeated': (n) => before(LEGACY_L3, fill('<', n)),
  'entity starts': (n) => inCell(LEGACY_L3, fill('&#1', n)),
  'window.templateArgs = { repeated': (n) => before(REACT, fill('window.templateArgs = {', n)),
  'window.templateArgs = and spaces': (n) => before(REACT, `window.templateArgs =${fill(' ', n)}`),
  'percentile keys repeated': (n) =>
    `<h1>Locust Test Report</h1><script>var stats_history = {${fill('"response_time_percentile_1": [', n)}`,
  'distinct percentile keys': (n) => {
    const keys = Array.from({ length: Math.ceil(n / 40) }, (_, i) => `"response_time_percentile_0.${i}": [`);
    return `<h1>Locust Test Report</h1><script>var stats_history = {${keys.join('')}`;
  },
  'var stats_history and spaces': (n) => `<h1>Locust Test Report</h1>var stats_history${fill(' ', n)}`,
  'chart data: repeated': (n) => before(LEGACY_L1, `rpsChart.chart.setOption({${fill('data: [', n)}`),
  'trailing commas and NaN': (n) => before(LEGACY_L1, `rpsChart.chart.setOption({data: [${fill(', NaN', n)}]`),
};

/** JSON outputs: keys followed by runs of spaces, lone brackets. */
export const JSON_TEXTS: Record<string, (size: number) => string> = {
  '"stats" and spaces': (n) => `{"stats"${fill(' ', n)}`,
  '"stats": [ repeated': (n) => `{${fill('"stats": [', n)}`,
  'lines of [': (n) => `x\n${fill('[ \t', n)}`,
  '"num_requests" and spaces': (n) => `[{"num_requests"${fill(' ', n)}`,
  'Type and spaces': (n) => `[\n{}]\nType${fill(' \n', n)}`,
};

/** Failure texts (and endpoint names): words followed by spaces, long tokens, long paths. */
export const FAILURE_TEXTS: Record<string, (size: number) => string> = {
  'status and spaces': (n) => `status${fill(' ', n)}x`,
  'response code and spaces': (n) => `response code${fill(' ', n)}x`,
  'HTTP and spaces': (n) => `HTTP${fill(' ', n)}x`,
  'letter run (a URL scheme without ://)': (n) => fill('a', n),
  'digits then letters': (n) => `${fill('1', n)}a`,
  'scheme characters': (n) => fill('a1+.-', n),
  'slash run': (n) => fill('/', n),
  'path of id-like segments': (n) => fill('/a1b2c3d4', n),
  'hex run': (n) => `0x${fill('f', n)}`,
  'check exception and colons': (n) => `CatchResponseError('${fill(': ', n)}x')`,
  'repr and quotes': (n) => `"HTTPError('${fill("\\'", n)}')"`,
  'csrf and words': (n) => fill('csrf ', n),
  'connection and spaces': (n) => `connection${fill(' ', n)}`,
};

/** Roadmap Markdown (at most 1 MiB): structure characters in runs. */
export const MARKDOWN_TEXTS: Record<string, (size: number) => string> = {
  'item and spaces': (n) => `- [ ] ${fill(' ', n)}x`,
  hashes: (n) => fill('#', n),
  'heading and closing hashes': (n) => `# x${fill(' #', n)}x`,
  'rule characters': (n) => fill('- ', n),
  backticks: (n) => fill('`', n),
  'tildes then a backtick': (n) => `${fill('~', n)}\``,
  stars: (n) => `- [ ] ${fill('*', n)}`,
  'owner and spaces': (n) => `- [ ] title (owner:${fill(' ', n)}`,
  'at signs': (n) => `- [ ] title ${fill('@a', n)}`,
  backslashes: (n) => fill('\\', n),
  'field with stars': (n) => `- [ ] x\n  - **problem${fill('*', n)}`,
  'priority token and spaces': (n) => `- [ ] **high**${fill(' ', n)}x`,
  'spaces and tabs, then a letter': (n) => `- [ ] x\n${fill(' \t', n)}x`,
};

/** Notes shown on the roadmap page (lib/view/roadmap): fences and marks. */
export const NOTES_TEXTS: Record<string, (size: number) => string> = {
  'fence and a word run': (n) => `\`\`\`${fill('a', n)}\``,
  'fence and spaces': (n) => `\`\`\`${fill(' ', n)}\``,
  'tilde run then a backtick': (n) => `${fill('~', n)}a\``,
  'unclosed bold': (n) => fill(`**${'a '.repeat(500)}\n`, n),
  'unclosed code spans': (n) => fill(`\`${'a'.repeat(999)}\n`, n),
  'a fence of short indented lines': (n) => `  \`\`\`\n${fill('   a\n', n)}`,
};
