// The door campaign (issue 10): every workbook of the fixture catalogues, each with the outcome it
// must earn, sent over HTTP (POST /api/submissions and POST /api/structure, then the read routes)
// and through the command line (./doorCli.ts); then every answer, output, log line, receipt and
// stored blob is searched for every planted number in all its forms (./cpr.ts findLeaks).
//
// The catalogues (all made in code by test/fixtures, none by the product's own writer):
//   cprPlaces        a CPR number in one place of the package each (cpr), and controls: ten-digit
//                    numbers a label or a format names as something else (accepted);
//   hostileArchives  archives two zip readers could read differently, or with hidden bytes;
//   hostileContent   formulas that reach out, Excel's limits, more work than the size suggests;
//   hostile          the older hostile files (bombs, macros, links, limits);
//   hostileStructure XML, packages, cells and parts as an attacker or a broken program writes them
//                    (refused with their code, or read as broken but readable files: accepted);
//   hostileMeaning   files whose meaning contradicts itself (foreign namespaces, tables over one
//                    cell, formulas, names and views that lie), refused or accepted as hostileStructure;
//   hostileTwins     two things claiming one role (two values in a cell, two main parts, ...);
//   hostileEncodings text and encoding at the XML level (UTF-16/32, declared 8-bit encodings,
//                    forbidden characters, _xHHHH_ escapes, CP437 zip names) and files that are
//                    something else under an .xlsx name (SpreadsheetML 2003, HTML, CSV, .numbers);
//   hostileModern    modern Excel's parts made to mislead or overload (rich values, spills, LAMBDA,
//                    revision logs, threaded comments, IRM, web extensions, huge sqref lists);
//   hostileTransit   files damaged or changed on their way (cut short, bytes appended, as the mail
//                    held them, packed again, sent as text) and what users send in their place.

import { uploadRoutes } from '../../core/contract';
import type { RefusalCode } from '../../core/codes';
import { REFUSAL_CODES } from '../../core/codes';
import { CPR_PLACE_FIXTURES } from '../../test/fixtures/cprPlaces';
import { ROUND8_PROBES } from '../../test/fixtures/cprRound8';
import { ROUND9_PROBES } from '../../test/fixtures/cprRound9';
import { ROUND10_PROBES } from '../../test/fixtures/cprRound10';
import { ROUND11_PROBES } from '../../test/fixtures/cprRound11';
import { ROUND12_PROBES } from '../../test/fixtures/cprRound12';
import { ROUND13_PROBES } from '../../test/fixtures/cprRound13';
import { ROUND14_PROBES } from '../../test/fixtures/cprRound14';
import { ROUND16_HTTP } from '../../test/fixtures/cprRound16';
import { ROUND17_HTTP } from '../../test/fixtures/cprRound17';
import { ROUND18_HTTP } from '../../test/fixtures/cprRound18';
import { ROUND19_HTTP } from '../../test/fixtures/cprRound19';
import { ROUND20_HTTP } from '../../test/fixtures/cprRound20';
import { ROUND21_HTTP } from '../../test/fixtures/cprRound21';
import { ROUND22_HTTP } from '../../test/fixtures/cprRound22';
import { ROUND23_HTTP } from '../../test/fixtures/cprRound23';
import { ROUND24_HTTP } from '../../test/fixtures/cprRound24';
import { ROUND25_HTTP } from '../../test/fixtures/cprRound25';
import { ROUND26_HTTP } from '../../test/fixtures/cprRound26';
import { ROUND27_HTTP } from '../../test/fixtures/cprRound27';
import { ROUND28_HTTP } from '../../test/fixtures/cprRound28';
import { ROUND29_HTTP } from '../../test/fixtures/cprRound29';
import { HOSTILE_FILES } from '../../test/fixtures/hostile';
import { HOSTILE_ARCHIVES } from '../../test/fixtures/hostileArchives';
import { HOSTILE_CONTENT_FILES } from '../../test/fixtures/hostileContent';
import {
  HOSTILE_ENCODINGS_CPR,
  HOSTILE_ENCODINGS_READ,
  HOSTILE_ENCODINGS_REFUSED,
} from '../../test/fixtures/hostileEncodings';
import { HOSTILE_MEANING_READ, HOSTILE_MEANING_REFUSED } from '../../test/fixtures/hostileMeaning';
import { HOSTILE_MODERN_READ, HOSTILE_MODERN_REFUSED } from '../../test/fixtures/hostileModern';
import { HOSTILE_STRUCTURE_READ, HOSTILE_STRUCTURE_REFUSED } from '../../test/fixtures/hostileStructure';
import { HOSTILE_TRANSIT_DOOR_READ, HOSTILE_TRANSIT_DOOR_REFUSED } from '../../test/fixtures/hostileTransit';
import {
  HOSTILE_TWINS_CPR,
  HOSTILE_TWINS_READ,
  HOSTILE_TWINS_REFUSED,
} from '../../test/fixtures/hostileTwins';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import { bilingual, errorOf, parseJson, type Client, type Reply } from './client';
import { CPR_PLACES, findLeaks, searchableText, type Planted } from './cpr';
import type { StorageView } from './storage';

export type Catalogue =
  | 'cprPlaces'
  | 'hostileArchives'
  | 'hostileContent'
  | 'hostile'
  | 'hostileStructure'
  | 'hostileMeaning'
  | 'hostileTwins'
  | 'hostileEncodings'
  | 'hostileModern'
  | 'hostileTransit';

export type Outcome =
  /** Refused at intake with this code (and its HTTP status), in Danish and English. */
  | { readonly kind: 'refused'; readonly code: RefusalCode }
  /** Read, and refused for a CPR number: one cpr_number issue whose English message names the place. */
  /** One cpr_number issue naming the place; two when a second place holds the number too (alsoPlace). */
  | { readonly kind: 'cpr'; readonly place: RegExp; readonly alsoPlace?: RegExp }
  /** Read without refusal and without any cpr_number issue (a control). */
  | { readonly kind: 'accepted' };

export interface DoorFile {
  /** Unique over all catalogues: `<catalogue>/<name>`. */
  readonly id: string;
  readonly catalogue: Catalogue;
  readonly name: string;
  readonly expect: Outcome;
  /** The number planted in the file (as written), when it carries one. */
  readonly planted: string | null;
  /**
   * The planted number shows only through a number format (a literal in the format completes it):
   * no byte of the file holds it whole, so no search of the bytes can find it there.
   */
  readonly shownOnly?: true;
  readonly bytes: Uint8Array;
}

/**
 * Numbers the hostile catalogues plant without saying so in their entries (found by reading the
 * fixtures): the bytes nothing reads, in hostileArchives' hidden-data files.
 */
const HIDDEN_NUMBERS: Readonly<Record<string, string>> = {
  'hostileArchives/dataBeforeFirstEntry': '0101901234',
  'hostileArchives/gapBetweenEntries': '0101901234',
  'hostileArchives/gapBeforeCentralDirectory': '0101901234',
  'hostileArchives/gapAfterCentralDirectory': '0101901234',
  'hostileArchives/bytesAfterEndRecord': '0101901234',
  'hostileArchives/bytesAfterDeflateStream': '0101901234',
};

/** Every file of every catalogue, generated. */
export function doorCatalogue(): DoorFile[] {
  const out: DoorFile[] = [];
  for (const f of CPR_PLACE_FIXTURES) {
    out.push({
      id: `cprPlaces/${f.id}`,
      catalogue: 'cprPlaces',
      name: f.id,
      expect: f.outcome === 'cpr' ? { kind: 'cpr', place: f.place } : { kind: 'accepted' },
      planted: f.written,
      ...(f.shownOnly ? { shownOnly: true as const } : {}),
      bytes: f.build(),
    });
  }
  // Round 8's to 14's probes (test/fixtures/cprRound8.ts ... cprRound14.ts) and a selection of round
  // 16's, 17's and 18's: the same outcomes, and files refused outright.
  const rounds = [
    ...ROUND8_PROBES.map((f) => ({ round: 'round8', f })),
    ...ROUND9_PROBES.map((f) => ({ round: 'round9', f })),
    ...ROUND10_PROBES.map((f) => ({ round: 'round10', f })),
    ...ROUND11_PROBES.map((f) => ({ round: 'round11', f })),
    ...ROUND12_PROBES.map((f) => ({ round: 'round12', f })),
    ...ROUND13_PROBES.map((f) => ({ round: 'round13', f })),
    ...ROUND14_PROBES.map((f) => ({ round: 'round14', f })),
    ...ROUND16_HTTP.map((f) => ({ round: 'round16', f })),
    ...ROUND17_HTTP.map((f) => ({ round: 'round17', f })),
    ...ROUND18_HTTP.map((f) => ({ round: 'round18', f })),
    ...ROUND19_HTTP.map((f) => ({ round: 'round19', f })),
    ...ROUND20_HTTP.map((f) => ({ round: 'round20', f })),
    ...ROUND21_HTTP.map((f) => ({ round: 'round21', f })),
    ...ROUND22_HTTP.map((f) => ({ round: 'round22', f })),
    ...ROUND23_HTTP.map((f) => ({ round: 'round23', f })),
    ...ROUND24_HTTP.map((f) => ({ round: 'round24', f })),
    ...ROUND25_HTTP.map((f) => ({ round: 'round25', f })),
    ...ROUND26_HTTP.map((f) => ({ round: 'round26', f })),
    ...ROUND27_HTTP.map((f) => ({ round: 'round27', f })),
    ...ROUND28_HTTP.map((f) => ({ round: 'round28', f })),
    ...ROUND29_HTTP.map((f) => ({ round: 'round29', f })),
  ];
  for (const { round, f } of rounds) {
    out.push({
      id: `cprPlaces/${round}.${f.id}`,
      catalogue: 'cprPlaces',
      name: `${round}.${f.id}`,
      expect:
        f.outcome === 'refused'
          ? { kind: 'refused', code: f.code ?? 'part_unreadable' }
          : f.outcome === 'cpr'
            ? { kind: 'cpr', place: f.place, ...alsoPlaceOf(f) }
            : { kind: 'accepted' },
      planted: f.written,
      ...(f.shownOnly ? { shownOnly: true as const } : {}),
      bytes: f.build(),
    });
  }
  const refused = (
    catalogue: Catalogue,
    list: readonly { name: string; make: () => Uint8Array; code: RefusalCode }[],
  ): void => {
    for (const f of list) {
      const id = `${catalogue}/${f.name}`;
      out.push({
        id,
        catalogue,
        name: f.name,
        expect: { kind: 'refused', code: f.code },
        planted: HIDDEN_NUMBERS[id] ?? null,
        bytes: f.make(),
      });
    }
  };
  refused('hostileArchives', HOSTILE_ARCHIVES);
  refused('hostileContent', HOSTILE_CONTENT_FILES);
  refused('hostile', HOSTILE_FILES);
  refused('hostileStructure', HOSTILE_STRUCTURE_REFUSED);
  refused('hostileMeaning', HOSTILE_MEANING_REFUSED);
  refused('hostileTwins', HOSTILE_TWINS_REFUSED);
  refused('hostileEncodings', HOSTILE_ENCODINGS_REFUSED);
  refused('hostileModern', HOSTILE_MODERN_REFUSED);
  refused('hostileTransit', HOSTILE_TRANSIT_DOOR_REFUSED);
  const accepted = (
    catalogue: Catalogue,
    list: readonly { name: string; make: () => Uint8Array }[],
  ): void => {
    for (const f of list) {
      out.push({
        id: `${catalogue}/${f.name}`,
        catalogue,
        name: f.name,
        expect: { kind: 'accepted' },
        planted: null,
        bytes: f.make(),
      });
    }
  };
  accepted('hostileStructure', HOSTILE_STRUCTURE_READ);
  accepted('hostileMeaning', HOSTILE_MEANING_READ);
  accepted('hostileTwins', HOSTILE_TWINS_READ);
  accepted('hostileEncodings', HOSTILE_ENCODINGS_READ);
  accepted('hostileModern', HOSTILE_MODERN_READ);
  accepted('hostileTransit', HOSTILE_TRANSIT_DOOR_READ);
  // Files read that hold a CPR number (a value Excel does not show, a text in _xHHHH_ escapes): refused
  // for it, at the place named.
  const cpr = (
    catalogue: Catalogue,
    list: readonly { name: string; make: () => Uint8Array; place: RegExp; written: string }[],
  ): void => {
    for (const f of list) {
      out.push({
        id: `${catalogue}/${f.name}`,
        catalogue,
        name: f.name,
        expect: { kind: 'cpr', place: f.place },
        planted: f.written,
        bytes: f.make(),
      });
    }
  };
  cpr('hostileTwins', HOSTILE_TWINS_CPR);
  cpr('hostileEncodings', HOSTILE_ENCODINGS_CPR);
  return out;
}

/** A probe's second place, when it names one (round 10's). */
function alsoPlaceOf(f: object): { alsoPlace?: RegExp } {
  const also = (f as { alsoPlace?: unknown }).alsoPlace;
  return also instanceof RegExp ? { alsoPlace: also } : {};
}

/**
 * The CPR numbers the campaign must never find in anything the product wrote: every number a
 * file of the catalogue carries that is a CPR number (not the controls'), and the numbers of the
 * older personal-data campaign (./cpr.ts).
 */
export function forbiddenNumbers(files: readonly DoorFile[]): Planted[] {
  const seen = new Set<string>();
  const out: Planted[] = [];
  const add = (id: string, written: string): void => {
    const digits = written.replace(/\D/g, '').padStart(10, '0');
    if (seen.has(digits)) return;
    seen.add(digits);
    out.push({ id, written });
  };
  for (const f of files) if (f.planted !== null && f.expect.kind !== 'accepted') add(f.id, f.planted);
  for (const p of CPR_PLACES) add(`cpr/${p.id}`, p.written);
  return out;
}

/**
 * The search's own control: the files whose planted number the leak search does not find in the
 * file itself (it should find every one written in the bytes). Files whose number is shown only
 * through a format are left out: the door still refuses them.
 */
export function searchBlindSpots(files: readonly DoorFile[]): { planted: number; missed: string[] } {
  const planted = files.filter((f) => f.planted !== null && f.shownOnly !== true);
  const missed = planted
    .filter(
      (f) =>
        findLeaks([{ where: f.id, text: searchableText(f.bytes) }], [{ id: f.id, written: f.planted ?? '' }])
          .length === 0,
    )
    .map((f) => f.id);
  return { planted: planted.length, missed };
}

/** The controls' numbers: not CPR numbers, so they may appear (and the search must see them). */
export function controlNumbers(files: readonly DoorFile[]): Planted[] {
  return files
    .filter((f) => f.expect.kind === 'accepted' && f.planted !== null)
    .map((f) => ({ id: f.id, written: f.planted ?? '' }));
}

// --- Over HTTP ---------------------------------------------------------------------------------

/** Every route that takes a workbook (the HTTP contract's XLSX bodies): each gets every door file. */
export const DOOR_ROUTES: readonly string[] = uploadRoutes();
export type DoorRoute = string;

export interface HttpOutcome {
  readonly id: string;
  readonly route: DoorRoute;
  readonly status: number;
  /** The error code of the answer, or null (a 200/201, or a body that is no error). */
  readonly code: string | null;
  readonly bilingual: boolean;
  /** English messages of the answer's cpr_number issues. */
  readonly cprMessages: readonly string[];
  readonly ms: number;
  /** Blobs that appeared in any container during the request. */
  readonly stored: readonly string[];
  /** The outcome the file must earn, earned. */
  readonly earned: boolean;
  /** Why not, when not. */
  readonly problem: string | null;
}

interface IssueBody {
  readonly issues?: readonly { code: string; message: { en: string } }[];
}

function cprMessagesOf(reply: Reply): string[] {
  if (!(reply.headers['content-type'] ?? '').includes('json')) return [];
  return (parseJson<IssueBody>(reply).issues ?? [])
    .filter((i) => i.code === 'cpr_number')
    .map((i) => i.message.en);
}

/** Whether an answer is the outcome a file must earn on a route; null when it is, else why not. */
export function judgeHttp(
  expect: Outcome,
  route: DoorRoute,
  a: {
    status: number;
    code: string | null;
    bilingual: boolean;
    cprMessages: readonly string[];
    stored: readonly string[];
  },
): string | null {
  if (expect.kind === 'refused') {
    const status = REFUSAL_CODES[expect.code];
    if (a.status !== status || a.code !== expect.code)
      return `answered ${a.status} ${a.code ?? ''}, not ${status} ${expect.code}`;
    if (!a.bilingual) return 'the refusal is not in Danish and English';
    if (a.stored.length > 0) return `stored ${a.stored.join(', ')}`;
    return null;
  }
  if (expect.kind === 'cpr') {
    if (a.status !== 422 || a.code !== 'cpr_found')
      return `answered ${a.status} ${a.code ?? ''}, not 422 cpr_found`;
    const wanted = expect.alsoPlace === undefined ? 1 : 2;
    if (a.cprMessages.length !== wanted) return `${a.cprMessages.length} cpr_number issues, not ${wanted}`;
    if (!a.cprMessages.some((m) => expect.place.test(m)))
      return `the issue does not name the place: ${a.cprMessages[0] ?? ''}`;
    if (expect.alsoPlace !== undefined && !a.cprMessages.some((m) => expect.alsoPlace!.test(m)))
      return `no issue names the second place: ${a.cprMessages.join(' | ')}`;
    if (a.stored.length > 0) return `stored ${a.stored.join(', ')}`;
    return null;
  }
  // A control: not refused and no CPR number found. It is no complete plan (no municipality), so a
  // submission is answered with its validation errors (422 plan_invalid) and nothing is stored; a
  // structuring is answered with the workbook (200).
  if (a.code === 'cpr_found' || a.cprMessages.length > 0) return 'a CPR number was reported';
  const invalid = a.status === 422 && a.code === 'plan_invalid';
  if (route === '/api/structure')
    return a.status === 200 ? null : `answered ${a.status} ${a.code ?? ''}, not 200`;
  if (route === '/api/submissions')
    return a.status === 201 || invalid
      ? null
      : `answered ${a.status} ${a.code ?? ''}, not 201 or 422 plan_invalid`;
  // Any other workbook route answers with what it makes (200) or the plan's errors.
  return a.status === 200 || invalid
    ? null
    : `answered ${a.status} ${a.code ?? ''}, not 200 or 422 plan_invalid`;
}

export async function sendDoorFile(
  file: DoorFile,
  route: DoorRoute,
  client: Client,
  view: StorageView,
  as = 'coordinator:751',
): Promise<HttpOutcome> {
  return (await sendListed(file, route, client, view, as, new Set(await view.all()))).outcome;
}

/** One file to one route, given the blobs there before; also the blobs there after. */
async function sendListed(
  file: DoorFile,
  route: DoorRoute,
  client: Client,
  view: StorageView,
  as: string,
  before: ReadonlySet<string>,
): Promise<{ outcome: HttpOutcome; after: string[] }> {
  const reply = await client.request('POST', route, {
    token: await client.token(as),
    headers: { 'content-type': XLSX_TYPE },
    body: file.bytes,
  });
  const after = await view.all();
  const stored = after.filter((n) => !before.has(n));
  const answer = {
    status: reply.status,
    code: errorOf(reply)?.code ?? null,
    bilingual: bilingual(reply),
    cprMessages: cprMessagesOf(reply),
    stored,
  };
  const problem = judgeHttp(file.expect, route, answer);
  return {
    outcome: { id: file.id, route, ...answer, ms: reply.ms, earned: problem === null, problem },
    after,
  };
}

/**
 * Every file to every workbook route, one request at a time. No blob is ever deleted (the service
 * only adds), so the listing taken after one request is the listing before the next: one listing of
 * the storage per request, not two (half the campaign's time went to listing). A blob that appeared
 * between two requests is counted against the second, never lost.
 */
export async function runDoorHttp(
  files: readonly DoorFile[],
  client: Client,
  view: StorageView,
): Promise<HttpOutcome[]> {
  const out: HttpOutcome[] = [];
  let before = new Set(await view.all());
  for (const file of files)
    for (const route of DOOR_ROUTES) {
      const sent = await sendListed(file, route, client, view, 'coordinator:751', before);
      out.push(sent.outcome);
      before = new Set(sent.after);
    }
  return out;
}

/**
 * The read routes after the campaign, as a coordinator, a leader and an administrator would call
 * them: the lists, every submission's receipt and plan, and the summary. Their answers land in
 * the client's recorder for the leak search; returns how many were read and any that failed.
 */
export async function readBack(client: Client, period: string): Promise<{ reads: number; failed: string[] }> {
  let reads = 0;
  const failed: string[] = [];
  const get = async (as: string, path: string): Promise<Reply> => {
    const r = await client.get(as, path);
    reads++;
    if (r.status !== 200) failed.push(`${as} GET ${path}: ${r.status}`);
    return r;
  };
  const list = await get('leader', '/api/submissions');
  await get('coordinator:751', '/api/submissions');
  await get('admin', '/api/submissions?municipality=751');
  const ids = new Set<string>();
  if (list.status === 200) {
    const text = list.body.toString('utf8');
    for (const m of text.matchAll(/"submissionId":"([^"]+)"/g)) if (m[1]) ids.add(m[1]);
  }
  for (const id of ids) {
    await get('leader', `/api/submissions/${encodeURIComponent(id)}`);
    await get('leader', `/api/submissions/${encodeURIComponent(id)}/plan`);
  }
  await get('leader', `/api/summary?period=${period}`);
  await get('coordinator:751', '/api/me');
  return { reads, failed };
}
