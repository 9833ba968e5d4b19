// docs/reliability.md: the figures of one `npm run prove` run, section by section, and the list of
// promises broken (none, when all is well).

import type { AccessCell, Principal } from './access';
import { PRINCIPALS } from './access';
import type { CprCampaign, Leak } from './cpr';
import type { HttpOutcome } from './door';
import type { CliCommand } from './doorCli';
import { LIVENESS_TARGET_MS, type LivenessFigures } from './liveness';
import type { FaultOutcome } from './faultCampaign';
import { HOSTILE_TARGETS, type HostileResult } from './hostile';
import type { LoadResult } from './load';

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGb: number;
  readonly node: string;
  readonly platform: string;
}

export interface LoadSetup {
  readonly seconds: number;
  readonly municipalities: number;
  readonly leaders: number;
  readonly thinkMs: readonly [number, number];
  readonly leaderThinkMs: readonly [number, number];
  readonly readBackEvery: number;
  /** Leaders reviewing while the municipalities submit. */
  readonly reviewers?: number;
  readonly loadAverage: { readonly before: readonly number[]; readonly after: readonly number[] };
  /** CPU seconds per process during the window (child stacks), and the generator's own. */
  readonly cpu: readonly { readonly name: string; readonly seconds: number }[];
}

export interface LeakSearch {
  readonly replies: number;
  readonly logLines: number;
  readonly storageLogLines: number;
  readonly blobs: number;
  readonly leaks: readonly { readonly place: string; readonly where: string }[];
}

/** One file of the door campaign, as the report lists it. */
export interface DoorFileRow {
  readonly id: string;
  readonly catalogue: string;
  readonly name: string;
  /** 'refused <code>', 'cpr' or 'accepted'. */
  readonly expect: string;
  readonly bytes: number;
}

export interface CliRunRow {
  readonly id: string;
  readonly command: CliCommand;
  readonly exit: number | null;
  readonly ms: number;
  readonly problem: string | null;
}

export interface DoorFigures {
  readonly files: readonly DoorFileRow[];
  readonly http: readonly HttpOutcome[];
  /** What ran as the command line, in words. */
  readonly cliRunner: string;
  readonly cli: readonly CliRunRow[];
  readonly reads: { readonly reads: number; readonly failed: readonly string[] };
  readonly search: {
    /** Texts searched, by kind (responses, log lines, blobs, CLI outputs, written files). */
    readonly texts: Readonly<Record<string, number>>;
    readonly megabytes: number;
    /** CPR numbers searched for. */
    readonly numbers: number;
    readonly leaks: readonly Leak[];
    /** Control: each file's planted number found in the file itself. */
    readonly planted: number;
    readonly missedInFixtures: readonly string[];
    /** Control: the controls' numbers (no CPR numbers) found where the product rightly wrote them. */
    readonly controls: number;
    readonly controlsFound: readonly string[];
    /** Control: the number of a valid stored plan found in the stored blobs. */
    readonly storedControlFound: boolean;
  };
}

export interface LargePlanFigures {
  readonly bytes: number;
  readonly rows: number;
  readonly status: number;
  readonly code: string | null;
  /** The refusal's English message, when refused (a job limit names which: time or memory). */
  readonly message: string | null;
  readonly ms: number;
  /** Growth of the service's peak RSS (MB) over its settled RSS. */
  readonly mb: number | null;
  /** The coordinator's own sheet is in the answer, beside the template. */
  readonly originalKept: boolean;
  readonly memoryLimitMb: number;
  readonly timeLimitMs: number;
}

export interface RunFigures {
  readonly started: Date;
  readonly seconds: number;
  readonly commit: string;
  readonly machine: Machine;
  readonly hostileRuns: number;
  readonly hostile: readonly HostileResult[];
  /** The same files sent to POST /api/structure. */
  readonly hostileStructure: readonly HostileResult[];
  readonly cpr: CprCampaign;
  readonly leaks: LeakSearch;
  readonly access: readonly AccessCell[];
  /** Routes of the service with no row in the matrix (each a broken promise: unproven). */
  readonly accessUncovered: readonly string[];
  readonly loadSetup: LoadSetup;
  readonly load: LoadResult;
  readonly faults: readonly FaultOutcome[];
  readonly door: DoorFigures;
  readonly liveness: LivenessFigures;
  readonly largePlan: LargePlanFigures;
}

/** Every promise broken by the run, in words; empty when all were kept. */
export function brokenPromises(f: RunFigures): string[] {
  const out: string[] = [];
  for (const h of [...f.hostile, ...f.hostileStructure]) {
    if (!h.refused)
      out.push(
        `hostile ${h.name} to ${h.route}: ${h.status} ${h.code ?? '-'} (expected ${h.expectedStatus} ${h.expectedCode})${h.bilingual ? '' : ', not in both languages'}${h.stored.length ? `, stored ${h.stored.join(', ')}` : ''}`,
      );
    if (!h.withinTargets)
      out.push(
        `hostile ${h.name}: ${Math.round(h.ms)} ms, ${h.mb?.toFixed(1) ?? '?'} MB (targets ${HOSTILE_TARGETS.ms} ms, ${HOSTILE_TARGETS.mb} MB)`,
      );
  }
  for (const r of f.cpr.results) {
    if (!r.refused)
      out.push(
        `CPR in ${r.place.id} via ${r.route}: ${r.status} ${r.code ?? '-'}${r.placeNamed ? '' : ', place not named'}${r.stored.length ? ', stored' : ''}`,
      );
  }
  if (!f.cpr.control.ok)
    out.push(
      `CPR control: the clean workbook answered ${f.cpr.control.status}, ${f.cpr.control.stored} blobs stored`,
    );
  if (!f.cpr.searchSensitive.ok)
    out.push(
      `CPR control: the leak search found only ${f.cpr.searchSensitive.found.join(', ')} in what was sent`,
    );
  for (const l of f.leaks.leaks) out.push(`CPR number of ${l.place} found in ${l.where}`);
  for (const r of f.accessUncovered) out.push(`access: the route ${r} has no row in the matrix`);
  for (const c of f.access.filter((x) => !x.pass))
    out.push(`access ${c.route} as ${c.principal}: ${c.problem ?? '?'} (expected ${c.expected})`);
  const L = f.load;
  for (const e of L.errors.slice(0, 20))
    out.push(`load: ${e.route} answered ${e.status} ${e.code ?? ''}`.trim());
  if (L.errors.length > 20) out.push(`load: ${L.errors.length - 20} more errors`);
  for (const x of [
    ...L.lost.map((l) => `lost ${l}`),
    ...L.misattributed,
    ...L.latestWrong,
    ...L.summaryProblems,
    ...L.integrityProblems,
    ...L.reviewProblems,
  ].slice(0, 40))
    out.push(`load: ${x}`);
  if (L.resubmitted < L.municipalities)
    out.push(`load: only ${L.resubmitted} of ${L.municipalities} municipalities resubmitted`);
  if (L.summariesServed === 0) out.push('load: no summary was served');
  if ((f.loadSetup.reviewers ?? 0) > 0 && L.reviewsAccepted === 0) out.push('load: no review was accepted');
  for (const x of f.faults) {
    if (!x.fired) out.push(`fault "${x.scenario}" did not happen (the scenario proves nothing)`);
    for (const p of x.problems) out.push(`fault "${x.scenario}": ${p}`);
  }
  const D = f.door;
  for (const h of D.http.filter((x) => !x.earned))
    out.push(`door ${h.id} to POST ${h.route}: ${h.problem ?? '?'}`);
  for (const r of D.cli.filter((x) => x.problem !== null))
    out.push(`door ${r.id}: korpsplan ${r.command}: ${r.problem ?? '?'}`);
  for (const r of D.reads.failed) out.push(`door read-back: ${r}`);
  for (const l of D.search.leaks) out.push(`CPR number of ${l.place} found in ${l.where}`);
  if (D.search.missedInFixtures.length > 0)
    out.push(
      `door control: the leak search does not see the number in ${D.search.missedInFixtures.join(', ')}`,
    );
  if (D.search.controlsFound.length === 0)
    out.push('door control: the leak search found no control number in the outputs');
  if (!D.search.storedControlFound)
    out.push('door control: the leak search did not find the stored plan’s number in the stored blobs');
  const L2 = f.liveness;
  if (!L2.kept)
    out.push(
      `liveness: crafted file ${L2.status} ${L2.code ?? '-'} after ${ms(L2.refusedMs)} ms; health max ${ms(L2.health.max)} ms over ${L2.health.count} (${L2.health.failed} failed); other coordinator ${L2.other.status}`,
    );
  const P = f.largePlan;
  if (P.status !== 200 || !P.originalKept)
    out.push(
      `large plan: structuring ${kb(P.bytes)} (${P.rows} rows) answered ${P.status} ${P.code ?? ''}${P.message ? ` (${P.message})` : ''}${P.originalKept ? '' : ', its own sheet not kept'}`,
    );
  return out;
}

function ms(n: number): string {
  return Number.isFinite(n) ? `${Math.round(n)}` : '–';
}
const esc = (s: string): string => s.replace(/\|/g, '\\|');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((h) => (/^(ms|MB|p50|p95|max|requests|per s|size|errors|slowest ms|status)/.test(h) ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

export function kb(n: number): string {
  return n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1)} MB`
    : n >= 1024
      ? `${Math.round(n / 1024)} kB`
      : `${n} B`;
}

function when(d: Date): string {
  const copenhagen = new Intl.DateTimeFormat('da-DK', {
    timeZone: 'Europe/Copenhagen',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(d);
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC (${copenhagen}, Copenhagen)`;
}

export function renderReport(f: RunFigures): string {
  const broken = brokenPromises(f);
  const L = f.load;
  const S = f.loadSetup;
  const out: string[] = [];
  out.push('# Reliability: the promises, with figures');
  out.push('');
  out.push(
    'Written by `npm run prove` (scripts/prove/run.ts) from the figures of its last run; do not edit by hand. ' +
      'The service runs as it does under `npm start`: the real handlers behind the local HTTP adapter, local sign-in, ' +
      'Azurite for storage, each in a process of its own on this machine, and every request goes over loopback HTTP.',
  );
  out.push('');
  out.push(`- **Run:** ${when(f.started)}, took ${Math.round(f.seconds)} s, commit \`${f.commit}\``);
  out.push(
    `- **Machine:** ${f.machine.cores} cores (${f.machine.cpu}), ${f.machine.memoryGb.toFixed(1)} GB RAM, Node ${f.machine.node}, ${f.machine.platform}`,
  );
  out.push(
    `- **Verdict:** ${broken.length === 0 ? 'every promise kept' : `**${broken.length} promise${broken.length === 1 ? '' : 's'} broken** (listed at the end)`}`,
  );
  out.push('');

  // 1. Hostile
  const refused = f.hostile.filter((h) => h.refused).length;
  const within = f.hostile.filter((h) => h.withinTargets).length;
  out.push('## 1. Hostile files');
  out.push('');
  out.push(
    'Every kind in `test/fixtures/hostile.ts` (`HOSTILE_FILES`), `test/fixtures/hostileArchives.ts` (`HOSTILE_ARCHIVES`) and ' +
      '`test/fixtures/hostileContent.ts` (`HOSTILE_CONTENT_FILES`), generated into `.data/prove/hostile/` (git-ignored) and sent ' +
      `${f.hostileRuns}× to \`POST /api/submissions\` (section 7 also to \`POST /api/structure\`) as coordinator:751. **ms**: the slowest round trip. **MB**: the largest growth of ` +
      'the service process’s peak resident memory (VmHWM, reset through `/proc/<pid>/clear_refs` after a garbage collection) over its ' +
      'settled resident memory, per request. **stored**: blobs that appeared in any container between before and after. ' +
      `Targets: refused with its own code and both languages, under ${HOSTILE_TARGETS.ms} ms and ${HOSTILE_TARGETS.mb} MB, nothing stored.`,
  );
  out.push('');
  out.push(
    `**${refused} of ${f.hostile.length} refused as promised; ${within} of ${f.hostile.length} within time and memory.**`,
  );
  out.push('');
  out.push(
    table(
      ['kind', 'size', 'code', 'status', 'ms', 'MB', 'stored?', 'kept'],
      f.hostile.map((h) => [
        h.name,
        kb(h.bytes),
        h.code ?? '–',
        String(h.status),
        ms(h.ms),
        h.mb === null ? '–' : h.mb.toFixed(1),
        h.stored.length === 0 ? 'no' : `**yes (${h.stored.length})**`,
        h.refused && h.withinTargets ? '✓' : '**✗**',
      ]),
    ),
  );
  out.push('');

  // 2. CPR
  out.push('## 2. Personal data (CPR numbers)');
  out.push('');
  out.push(
    'A valid plan of Aarhus (751) with one CPR number put into one place, a different number per place, sent to ' +
      '`POST /api/submissions` and `POST /api/structure`. Each must be refused (422, its code) with an issue that names the place, ' +
      'and nothing stored. Then every response (status, headers, body; workbooks unzipped), every line the service wrote ' +
      '(its context.log lines, request lines, stdout and stderr), every line of the storage process and every stored blob are ' +
      'searched for each number in all its forms (10 digits, split by a space, hyphen, dash, dot or slash anywhere, and the 9 digits ' +
      'a number cell keeps when the leading zero is lost).',
  );
  out.push('');
  out.push(
    table(
      ['place', 'written as', 'route', 'status', 'code', 'place named', 'stored?', 'kept'],
      f.cpr.results.map((r) => [
        r.place.label,
        `\`${r.place.written.replace(/\d/g, '#')}\``,
        r.route,
        String(r.status),
        r.code ?? '–',
        r.place.code === 'cpr_found' ? (r.placeNamed ? 'yes' : '**no**') : 'n/a',
        r.stored.length === 0 ? 'no' : '**yes**',
        r.refused ? '✓' : '**✗**',
      ]),
    ),
  );
  out.push('');
  out.push(
    `- **Leaks found: ${f.leaks.leaks.length}** — searched ${f.leaks.replies} responses, ${f.leaks.logLines} service log lines, ` +
      `${f.leaks.storageLogLines} storage log lines${f.leaks.storageLogLines === 0 ? ' (Azurite runs with its logs off)' : ''} and ${f.leaks.blobs} stored blobs.`,
  );
  out.push(
    `- Control: the same search finds ${f.cpr.searchSensitive.found.length} of ${f.cpr.results.length > 0 ? new Set(f.cpr.results.map((r) => r.place.id)).size : 0} numbers in what was sent (${f.cpr.searchSensitive.ok ? 'it can see what it looks for' : '**it is blind to some**'}).`,
  );
  out.push(
    `- Control: the same workbook without the number answered ${f.cpr.control.status} and stored ${f.cpr.control.stored} blobs (${f.cpr.control.ok ? 'the base is valid, and a store is seen' : '**control failed**'}).`,
  );
  out.push('');

  // 3. Access
  const passed = f.access.filter((c) => c.pass).length;
  out.push('## 3. Access');
  out.push('');
  out.push(
    'Every route × every caller. A cell shows the status got (✓ when it is the one expected, and a 2xx answer holds what that ' +
      'caller may see: a coordinator’s list holds their own municipality only). **bad token** is three tokens, each refused: a ' +
      'coordinator’s token whose claims were changed to an administrator’s after signing, a token signed with another key under ' +
      'the real key id, and a string that is no token. Refusals carry a Danish and an English message. Template and health are ' +
      'public by design (they hold no data); the local sign-in routes exist only in local mode and are left out.',
  );
  out.push('');
  out.push(
    `**${passed} of ${f.access.length} cells as expected; ${f.accessUncovered.length === 0 ? 'every route of the service has its row' : `**no row for ${f.accessUncovered.join(', ')}**`}.**`,
  );
  out.push('');
  const routes = [...new Set(f.access.map((c) => c.route))];
  const cell = (route: string, p: Principal): string => {
    const c = f.access.find((x) => x.route === route && x.principal === p);
    if (!c) return '–';
    return c.pass
      ? `✓ ${c.got}`
      : `**✗ ${c.got}** (expected ${c.expected}${c.problem ? `; ${c.problem}` : ''})`;
  };
  out.push(
    table(
      ['route', ...PRINCIPALS.map((p) => (p === 'none' ? 'no token' : p === 'bad' ? 'bad token' : p))],
      routes.map((r) => [r, ...PRINCIPALS.map((p) => cell(r, p))]),
    ),
  );
  out.push('');

  // 4. Load
  out.push('## 4. Load');
  out.push('');
  out.push(
    `For ${S.seconds} s, all ${S.municipalities} municipalities submit and resubmit at once (each resubmission a changed plan: a ` +
      'realistic plan from `test/fixtures/plans.ts` rendered with `writeStructured`, whose first milestone carries a revision number ' +
      `that changes each time), pausing ${S.thinkMs[0] / 1000}–${S.thinkMs[1] / 1000} s between their submissions and reading ` +
      `back one receipt in ${S.readBackEvery}, while ${S.leaders} leaders fetch the summary (pausing ${S.leaderThinkMs[0] / 1000}–${S.leaderThinkMs[1] / 1000} s)` +
      ((S.reviewers ?? 0) > 0
        ? ` and ${S.reviewers} more review in the round: each reads the list of plans awaiting review and approves one or sends it back with a comment (3 in 10), racing each other and the municipalities’ resubmissions. `
        : '. ') +
      'The generator is in the campaign’s process, the service and Azurite in theirs, all on this machine.',
  );
  out.push('');
  out.push(
    `- **Machine:** ${f.machine.cores} cores; load average ${S.loadAverage.before.map((x) => x.toFixed(2)).join(' / ')} before and ` +
      `${S.loadAverage.after.map((x) => x.toFixed(2)).join(' / ')} at its end (1 / 5 / 15 min). CPU used during the window: ` +
      `${S.cpu.map((c) => `${c.name} ${c.seconds.toFixed(1)} s (${Math.round((100 * c.seconds) / L.seconds)}% of a core)`).join(', ')}; ` +
      `together ${Math.round((100 * S.cpu.reduce((n, c) => n + c.seconds, 0)) / (f.machine.cores * L.seconds))}% of the machine.`,
  );
  out.push('');
  out.push(
    table(
      ['route', 'requests', 'per s', 'p50 ms', 'p95 ms', 'max ms', 'errors'],
      L.routes.map((r) => [
        r.route,
        String(r.requests),
        r.perSecond.toFixed(1),
        ms(r.p50),
        ms(r.p95),
        ms(r.max),
        String(r.errors),
      ]),
    ),
  );
  out.push('');
  out.push(
    `The same requests one at a time right after the window, on the data it left (${L.storedSubmissions} submissions stored; ` +
      'what a request costs without a queue): ' +
      L.idle.map((x) => `${x.route} ${x.ms.map((v) => ms(v)).join(', ')} ms`).join('; ') +
      `. The difference to the table above is queueing: on this machine the service, Azurite and the generator share ${f.machine.cores} cores.`,
  );
  out.push('');
  const mark = (n: number): string => (n === 0 ? '0 ✓' : `**${n} ✗**`);
  out.push(
    table(
      ['figure', 'value', 'target'],
      [
        ['submissions accepted', String(L.submissionsAccepted), '–'],
        ['municipalities that resubmitted', `${L.resubmitted} of ${L.municipalities}`, `${L.municipalities}`],
        ['errors (any answer but 201 to a submission, 200 to a read)', mark(L.errors.length), '0'],
        ['acknowledged submissions lost', mark(L.lost.length), '0'],
        ['submissions misattributed (wrong municipality or bytes)', mark(L.misattributed.length), '0'],
        ['municipalities whose latest is not their newest submission', mark(L.latestWrong.length), '0'],
        ['summaries served', String(L.summariesServed), '≥ 1'],
        ...((S.reviewers ?? 0) > 0
          ? [
              ['reviews accepted while municipalities submitted', String(L.reviewsAccepted), '≥ 1'],
              [
                'reviews refused as raced (409: another leader was first / the municipality had submitted again)',
                `${L.reviewsRaced.taken} / ${L.reviewsRaced.superseded}`,
                '–',
              ],
              [
                'accepted reviews not kept as sent, or status list disagreeing',
                mark(L.reviewProblems.length),
                '0',
              ],
            ]
          : []),
        [
          'summaries incomplete (opened with readWorkbook; all 98 accounted for; newest acknowledged shown)',
          mark(new Set(L.summaryProblems.map((p) => p.split(':')[0])).size),
          '0',
        ],
        [
          'storage invariants broken (receipt without its files, latest not committed)',
          mark(L.integrityProblems.length),
          '0',
        ],
      ],
    ),
  );
  out.push('');
  out.push(
    'Latest is checked three ways for every municipality after the window: the `latest` list of `/api/submissions`, the latest ' +
      'record in storage (by sha256), and the revision number in the plan `/api/submissions/{id}/plan` returns for it.',
  );
  out.push('');

  // 5. Faults
  const survived = f.faults.filter((x) => x.fired && x.problems.length === 0).length;
  out.push('## 5. Faults');
  out.push('');
  out.push(
    'Storage made unavailable (the service’s fault injection throws as an unreachable account does), slow (every operation ' +
      'delayed), or failing a conditional write (the ETag condition reported as failed, as when another writer got there first), ' +
      'and a real outage (Azurite stopped, its port closed, then started again on the same port with the same data). Each scenario ' +
      'must: answer every failed call with a clear 503 (`storage_unavailable`, Danish and English, `Retry-After`), show nothing ' +
      'half-submitted (storage invariants, `/api/submissions`), succeed when the caller retries, keep latest the newest, and ' +
      'serve only complete summaries (each opened with `readWorkbook` and checked) or a 503. **fired**: the fault really happened.',
  );
  out.push('');
  out.push(`**${survived} of ${f.faults.length} scenarios survived.**`);
  out.push('');
  out.push(
    table(
      ['during', 'kind', 'scenario', 'answers', 'fired', 'slowest ms', 'survived'],
      f.faults.map((x) => [
        x.during,
        x.kind,
        x.scenario,
        x.answers,
        x.fired ? 'yes' : '**no**',
        ms(x.slowestMs),
        x.fired && x.problems.length === 0 ? '✓' : `**✗** ${x.problems.slice(0, 3).join('; ')}`,
      ]),
    ),
  );
  out.push('');

  // 6. The door
  out.push(...doorSection(f));

  // 7. Worst refusal and liveness
  out.push(...worstSection(f));

  out.push('## Broken promises');
  out.push('');
  out.push(broken.length === 0 ? 'None.' : broken.map((b) => `- ${b}`).join('\n'));
  out.push('');
  return out.join('\n');
}

function count<T>(items: readonly T[], pred: (x: T) => boolean): number {
  return items.filter(pred).length;
}

function doorSection(f: RunFigures): string[] {
  const D = f.door;
  const out: string[] = [];
  const catalogues = [...new Set(D.files.map((x) => x.catalogue))];
  out.push('## 6. The door: every catalogue through the command line and over HTTP');
  out.push('');
  out.push(
    'Every workbook of the fixture catalogues (made in code by `test/fixtures`, none by the product’s own writer), each with the ' +
      'outcome it must earn: **refused** with its code and HTTP status in Danish and English; **cpr**: read, and refused for a ' +
      'CPR number with one issue that names its place (422 `cpr_found`; the CLI exits 1 and `structure` writes nothing); ' +
      '**accepted** (a control: a ten-digit number a label or a format names as something else): no refusal and no CPR number ' +
      'reported. Each is sent as coordinator:751 to `POST /api/submissions` and `POST /api/structure` (every blob of every ' +
      'container listed before and after), and given to `korpsplan ' +
      `${[...new Set(D.cli.map((r) => r.command))].join(' | ')}\` (${D.cliRunner}, a process each, with \`--server\` and ` +
      '`--as` for `submit`). Then the read routes are called (lists, every receipt and plan, the summary).',
  );
  out.push('');
  out.push(
    table(
      ['catalogue', 'files', 'refused', 'cpr', 'accepted', 'HTTP answers earned', 'CLI runs earned'],
      catalogues.map((c) => {
        const ids = new Set(D.files.filter((x) => x.catalogue === c).map((x) => x.id));
        const files = D.files.filter((x) => ids.has(x.id));
        const http = D.http.filter((h) => ids.has(h.id));
        const cli = D.cli.filter((r) => ids.has(r.id));
        return [
          `\`${c}\``,
          String(files.length),
          String(count(files, (x) => x.expect.startsWith('refused'))),
          String(count(files, (x) => x.expect === 'cpr')),
          String(count(files, (x) => x.expect === 'accepted')),
          `${count(http, (h) => h.earned)} of ${http.length}`,
          `${count(cli, (r) => r.problem === null)} of ${cli.length}`,
        ];
      }),
    ),
  );
  out.push('');
  out.push(
    `**${count(D.http, (h) => h.earned)} of ${D.http.length} HTTP answers and ${count(D.cli, (r) => r.problem === null)} of ${D.cli.length} command-line runs as promised; ` +
      `${D.reads.reads} reads afterwards, ${D.reads.failed.length} failed.**`,
  );
  out.push('');
  // Kinds refused, by code.
  const byCode = new Map<string, string[]>();
  for (const x of D.files) {
    if (!x.expect.startsWith('refused ')) continue;
    const code = x.expect.slice('refused '.length);
    byCode.set(code, [...(byCode.get(code) ?? []), x.name]);
  }
  out.push('### Kinds refused, by code');
  out.push('');
  out.push(
    table(
      ['code', 'files', 'kinds'],
      [...byCode.entries()]
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([code, names]) => [`\`${code}\``, String(names.length), names.join(', ')]),
    ),
  );
  out.push('');
  // CPR places covered.
  const places = D.files.filter((x) => x.expect === 'cpr');
  const controls = D.files.filter((x) => x.expect === 'accepted');
  const earnedAll = (id: string): string => {
    const h = D.http.filter((x) => x.id === id);
    const c = D.cli.filter((x) => x.id === id);
    const ok = h.every((x) => x.earned) && c.every((x) => x.problem === null);
    return `${ok ? '✓' : '**✗**'} (${h.length} HTTP, ${c.length} CLI)`;
  };
  out.push(`### CPR places covered: ${places.length}, and ${controls.length} controls`);
  out.push('');
  out.push(
    table(
      ['place (cpr)', 'kept'],
      places.map((x) => [x.name, earnedAll(x.id)]),
    ),
  );
  out.push('');
  out.push(
    table(
      ['control (accepted)', 'kept'],
      controls.map((x) => [x.name.replace(/^control\./, ''), earnedAll(x.id)]),
    ),
  );
  out.push('');
  const S = D.search;
  out.push('### The leak search');
  out.push('');
  out.push(
    `Searched: ${Object.entries(S.texts)
      .map(([k, n]) => `${n} ${k}`)
      .join(
        ', ',
      )} (${S.megabytes.toFixed(1)} MB of text), for ${S.numbers} CPR numbers (every number a catalogue file ` +
      'carries, and the personal-data campaign’s). Each text is searched as it is, with its markup decoded (character references, ' +
      'Excel’s `_xHHHH_` escapes, tags removed so that digits split over runs or elements join), without NUL characters ' +
      '(UTF-16), with its base64 runs and its percent-escapes decoded; workbooks are unzipped, with their raw bytes (comments, ' +
      'names, extra fields) and the text chunks of PNG pictures. A number is found in any of its forms: the ten digits, ' +
      'split anywhere by a space, hyphen, dash, dot, comma, slash or underscore with up to two spaces around it ' +
      '(`###### - ####`), and the nine digits a number cell keeps when the leading zero is lost.',
  );
  out.push('');
  out.push(`- **Leaks found: ${S.leaks.length}.**`);
  out.push(
    `- Control: each file’s planted number is found in the file itself: ${S.planted - S.missedInFixtures.length} of ${S.planted}` +
      `${S.missedInFixtures.length > 0 ? ` (**blind to ${S.missedInFixtures.join(', ')}**)` : ''}.`,
  );
  out.push(
    `- Control: the controls’ numbers (no CPR numbers, so the product may print and return them) are found in the outputs: ` +
      `${S.controlsFound.length} of ${S.controls} (the others sit where the product keeps nothing, such as a chart axis id).`,
  );
  out.push(
    `- Control: a valid plan carrying a labelled P-number, submitted first, is stored, and the search finds its number in the stored blobs: ${S.storedControlFound ? 'yes' : '**no**'}.`,
  );
  out.push('');
  return out;
}

function worstSection(f: RunFigures): string[] {
  const out: string[] = [];
  const all = [...f.hostile, ...f.hostileStructure];
  const slowest = all.reduce<HostileResult | undefined>(
    (a, h) => (a === undefined || h.ms > a.ms ? h : a),
    undefined,
  );
  const largest = all.reduce<HostileResult | undefined>(
    (a, h) => (a === undefined || (h.mb ?? 0) > (a.mb ?? 0) ? h : a),
    undefined,
  );
  const huge = all.filter((h) => h.name === 'hugeInlineString');
  const L = f.liveness;
  const P = f.largePlan;
  const describe = (h: HostileResult | undefined): string =>
    h
      ? `${h.name} (${kb(h.bytes)}, ${h.route}, ${h.code ?? '–'}): ${ms(h.ms)} ms, ${h.mb === null ? '–' : h.mb.toFixed(1)} MB`
      : '–';
  out.push('## 7. Worst refusal, liveness, a large plan');
  out.push('');
  out.push(
    'From section 1 (each file sent 3× to each upload route; MB is the growth of the service process’s peak resident memory, ' +
      'which holds its inspection workers: they are threads of it).',
  );
  out.push('');
  out.push(
    table(
      ['figure', 'value', 'target'],
      [
        ['slowest refusal', describe(slowest), `< ${HOSTILE_TARGETS.ms} ms`],
        ['most memory for a refusal', describe(largest), `< ${HOSTILE_TARGETS.mb} MB`],
        [
          'a 32 MB string in one cell',
          huge
            .map(
              (h) =>
                `${h.route}: ${h.code ?? '–'}, ${ms(h.ms)} ms, ${h.mb === null ? '–' : h.mb.toFixed(1)} MB`,
            )
            .join('; ') || '–',
          `< ${HOSTILE_TARGETS.mb} MB`,
        ],
        [
          `liveness: GET /api/health while a crafted file is inspected (${L.health.count} asks, 100 ms apart)`,
          `p50 ${ms(L.health.p50)} ms, max ${ms(L.health.max)} ms, ${L.health.failed} failed`,
          `each < ${LIVENESS_TARGET_MS} ms`,
        ],
        [
          'liveness: the crafted file',
          `${kb(L.craftedBytes)}: ${L.status} ${L.code ?? '–'} after ${ms(L.refusedMs)} ms, ${L.mb === null ? '–' : L.mb.toFixed(0)} MB`,
          '422 inspection_limit at the time limit',
        ],
        [
          'liveness: another coordinator’s plan sent meanwhile',
          `${L.other.status} in ${ms(L.other.ms)} ms`,
          '201',
        ],
        [
          `a realistic large plan (${P.rows} activities, own layout) structured over HTTP`,
          `${kb(P.bytes)}: ${P.status} ${P.code ?? ''} in ${ms(P.ms)} ms, ${P.mb === null ? '–' : P.mb.toFixed(0)} MB; own sheet kept: ${P.originalKept ? 'yes' : 'no'}${P.message ? ` (“${P.message.split('.')[0] ?? ''}”)` : ''}`,
          `200 within the job limits (${P.memoryLimitMb} MB heap, ${P.timeLimitMs / 1000} s)`,
        ],
      ],
    ),
  );
  out.push('');
  out.push(
    'The crafted file for liveness is one 32,000-character shared string referred to by 300,000 cells (~160 kB). The intake’s ' +
      'work budget refuses it in milliseconds, so it is sent to a stack of its own with the budget lifted: it then runs until the ' +
      'pool’s time limit ends its worker, and the request loop goes on answering meanwhile.',
  );
  out.push('');
  return out;
}
