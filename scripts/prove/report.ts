// docs/reliability.md: the figures of one `npm run prove` run, section by section, and the list of
// promises broken (none, when all is well).

import type { AccessCell, Principal } from './access';
import { PRINCIPALS } from './access';
import type { CprCampaign } from './cpr';
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
  ].slice(0, 40))
    out.push(`load: ${x}`);
  if (L.resubmitted < L.municipalities)
    out.push(`load: only ${L.resubmitted} of ${L.municipalities} municipalities resubmitted`);
  if (L.summariesServed === 0) out.push('load: no summary was served');
  for (const x of f.faults) {
    if (!x.fired) out.push(`fault "${x.scenario}" did not happen (the scenario proves nothing)`);
    for (const p of x.problems) out.push(`fault "${x.scenario}": ${p}`);
  }
  return out;
}

const ms = (n: number): string => (Number.isFinite(n) ? `${Math.round(n)}` : '–');
const esc = (s: string): string => s.replace(/\|/g, '\\|');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((h) => (/^(ms|MB|p50|p95|max|requests|per s|size|errors|slowest ms|status)/.test(h) ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

function kb(n: number): string {
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
    `Every kind in \`test/fixtures/hostile.ts\` (\`HOSTILE_FILES\`), generated into \`.data/prove/hostile/\` (git-ignored) and sent ` +
      `${f.hostileRuns}× to \`POST /api/submissions\` as coordinator:751. **ms**: the slowest round trip. **MB**: the largest growth of ` +
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
      `back one receipt in ${S.readBackEvery}, while ${S.leaders} leaders fetch the summary (pausing ${S.leaderThinkMs[0] / 1000}–${S.leaderThinkMs[1] / 1000} s). ` +
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

  out.push('## Broken promises');
  out.push('');
  out.push(broken.length === 0 ? 'None.' : broken.map((b) => `- ${b}`).join('\n'));
  out.push('');
  return out.join('\n');
}
