// Personal data: a CPR number put into one place of an otherwise valid plan workbook (a cell, a
// number cell that lost its leading zero, a comment, a document property, a sheet name, a hidden
// sheet, and the coordinator's note header), each a different number so that a leak names its
// source; and the leak search that looks for those digits in every form they could take.

import { unzipSync, strFromU8 } from 'fflate';
import type { Plan } from '../../core/schema';
import { isCprDigits } from '../../core/validate/cpr';
import { demoPlan, demoWorkbook } from '../../functions/src/local/demoPlans';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import { errorOf, parseJson, type Client } from './client';
import type { StorageView } from './storage';
import { addComment, addSheet, appendRow, editZip, numberCell, setCoreProperty, textCell } from './zipEdit';
import { PROVE_PERIOD } from './service';

export interface CprPlace {
  readonly id: string;
  /** Where the number is, in the report's words. */
  readonly label: string;
  /** The number as it is written there. */
  readonly written: string;
  /** What the service must answer with. */
  readonly code: 'cpr_found' | 'note_contains_cpr';
  /** What an issue's English message must say about the place (cpr_found only). */
  readonly place?: RegExp;
  /** The sheet an issue must name (cpr_found only; '' for workbook-wide findings). */
  readonly sheet?: string;
}

export const CPR_MUNICIPALITY = '751';

export const CPR_PLACES: readonly CprPlace[] = [
  {
    id: 'cell',
    label: 'a cell (text in an activity’s evaluation)',
    written: '010190-1234',
    code: 'cpr_found',
    place: /^Cell 'Implementeringsplan'!I\d+ contains/,
    sheet: 'Implementeringsplan',
  },
  {
    id: 'number',
    label: 'a number cell (typed as a number, so its leading zero is lost)',
    written: '503821234',
    code: 'cpr_found',
    place: /^The number in cell 'Implementeringsplan'!K60 looks like a CPR number/,
    sheet: 'Implementeringsplan',
  },
  {
    id: 'comment',
    label: 'a comment (note on Forside!B2)',
    written: '120385 5678',
    code: 'cpr_found',
    place: /^The comment in cell 'Forside'!B2 contains/,
    sheet: 'Forside',
  },
  {
    id: 'property',
    label: 'a document property (keywords)',
    written: '2307781234',
    code: 'cpr_found',
    place: /^The document property '[^']+' contains/,
    sheet: '',
  },
  {
    id: 'sheetName',
    label: 'a sheet name',
    written: '140272-2345',
    code: 'cpr_found',
    place: /^The name of the sheet '[^']*\[CPR fjernet\][^']*' contains/,
  },
  {
    id: 'hiddenSheet',
    label: 'a hidden sheet (cell A2 of sheet "Noter")',
    written: '1106834321',
    code: 'cpr_found',
    place: /^Cell 'Noter'!A2 contains .* The sheet is hidden/,
    sheet: 'Noter',
  },
  {
    id: 'note',
    label: 'the coordinator’s note (X-Korpsplan-Note header)',
    written: '311299-1111',
    code: 'note_contains_cpr',
  },
];

/** The ten digits of a number as written (a number cell's nine digits get their zero back). */
export function cprDigits(written: string): string {
  const digits = written.replace(/\D/g, '');
  return digits.padStart(10, '0');
}

/** Every place's number must be a CPR number to the validator; a typo here would prove nothing. */
export function checkPlacesAreCpr(): string[] {
  return CPR_PLACES.filter((p) => !isCprDigits(cprDigits(p.written))).map((p) => p.id);
}

export interface CprCase {
  readonly place: CprPlace;
  readonly bytes: Uint8Array;
  readonly headers: Record<string, string>;
}

function basePlan(): Plan {
  return demoPlan({ municipality: CPR_MUNICIPALITY, period: PROVE_PERIOD, today: '2026-10-01', seed: 4711 });
}

/** The clean workbook every case is made from (valid: the control case submits it). */
export function cleanWorkbook(): Promise<Uint8Array> {
  return demoWorkbook(basePlan());
}

export async function cprCases(): Promise<CprCase[]> {
  const clean = await cleanWorkbook();
  const out: CprCase[] = [];
  for (const place of CPR_PLACES) {
    let bytes: Uint8Array = clean;
    let headers: Record<string, string> = {};
    switch (place.id) {
      case 'cell': {
        const plan = basePlan();
        const activity = plan.activities[2];
        if (!activity) throw new Error('the base plan has fewer than 3 activities');
        activity.status = 'done';
        activity.evaluation = `Borger ${place.written} deltog i forløbet og er nu i uddannelse.`;
        bytes = await demoWorkbook(plan);
        break;
      }
      case 'number':
        bytes = editZip(clean, (e) =>
          appendRow(
            e,
            'Implementeringsplan',
            `<row r="60">${numberCell('K60', Number(place.written))}</row>`,
          ),
        );
        break;
      case 'comment':
        bytes = editZip(clean, (e) =>
          addComment(e, 'Forside', 'B2', 'Sagsbehandler', `Ring til borger ${place.written}`),
        );
        break;
      case 'property':
        bytes = editZip(clean, (e) => setCoreProperty(e, 'cp:keywords', `Sag ${place.written}`));
        break;
      case 'sheetName':
        bytes = editZip(clean, (e) =>
          addSheet(
            e,
            `Borger ${place.written}`,
            `<row r="1">${textCell('A1', 'Noter til opfølgning')}</row>`,
          ),
        );
        break;
      case 'hiddenSheet':
        bytes = editZip(clean, (e) =>
          addSheet(
            e,
            'Noter',
            `<row r="1">${textCell('A1', 'Kontakt')}</row><row r="2">${textCell('A2', `Mor: ${place.written}`)}</row>`,
            'hidden',
          ),
        );
        break;
      case 'note':
        headers = { 'x-korpsplan-note': encodeURIComponent(`Spørg borger ${place.written} om samtykke`) };
        break;
      default:
        throw new Error(`no case for ${place.id}`);
    }
    out.push({ place, bytes, headers });
  }
  return out;
}

// --- The leak search ---------------------------------------------------------------------------------

/** Anything that may stand between two digits of a number written for people. */
const SEP = '[\\s\\u00a0\\-\\u2010-\\u2015\\u2212.,/_]?';

/**
 * A pattern for a number in all its forms: the ten digits together or split by a space, hyphen,
 * dash, dot or slash anywhere (010190-1234, 010190 1234, 01.01.90-1234), and, when it starts with
 * a zero, the nine digits a number cell keeps (101901234, 101.901.234).
 */
export function leakPattern(digits: string): RegExp {
  const forms = [digits.split('').join(SEP)];
  if (digits.startsWith('0')) forms.push(digits.slice(1).split('').join(SEP));
  return new RegExp(forms.join('|'));
}

export interface Leak {
  readonly place: string;
  readonly where: string;
}

/** The searchable text of a body: itself, and for a zip (an .xlsx) every part inside it. */
export function searchableText(body: Uint8Array): string {
  const head = body.length >= 2 && body[0] === 0x50 && body[1] === 0x4b;
  if (!head) return Buffer.from(body).toString('utf8');
  try {
    return Object.values(unzipSync(body))
      .map((d) => strFromU8(d))
      .join('\n');
  } catch {
    // Not a readable zip after all: search its raw bytes.
    return Buffer.from(body).toString('latin1');
  }
}

/** Every occurrence of any place's number in the given texts, named by place and source. */
export function findLeaks(texts: readonly { where: string; text: string }[], places = CPR_PLACES): Leak[] {
  const patterns = places.map((p) => ({ place: p.id, re: leakPattern(cprDigits(p.written)) }));
  const leaks: Leak[] = [];
  for (const t of texts) {
    for (const p of patterns) if (p.re.test(t.text)) leaks.push({ place: p.place, where: t.where });
  }
  return leaks;
}

// --- The campaign ----------------------------------------------------------------------------------------

export interface CprResult {
  readonly place: CprPlace;
  readonly route: string;
  readonly status: number;
  readonly code: string | null;
  /** An issue names the place (sheet and wording), when the answer is cpr_found. */
  readonly placeNamed: boolean;
  readonly stored: readonly string[];
  readonly refused: boolean;
}

export interface CprCampaign {
  readonly results: CprResult[];
  /** The clean workbook is accepted and stored: the base is valid and the "stored" check sees a store. */
  readonly control: { readonly status: number; readonly stored: number; readonly ok: boolean };
  /** The leak search finds every place's number in what was sent (it can find what it looks for). */
  readonly searchSensitive: { readonly found: readonly string[]; readonly ok: boolean };
}

const ROUTES = [
  { route: 'POST /api/submissions', path: '/api/submissions' },
  { route: 'POST /api/structure', path: '/api/structure' },
] as const;

export async function runCpr(
  cases: readonly CprCase[],
  client: Client,
  view: StorageView,
): Promise<CprCampaign> {
  const results: CprResult[] = [];
  const token = await client.token(`coordinator:${CPR_MUNICIPALITY}`);
  for (const c of cases) {
    for (const r of ROUTES) {
      if (c.place.code === 'note_contains_cpr' && r.path === '/api/structure') continue; // the note is a submission header
      const before = new Set(await view.all());
      const reply = await client.request('POST', r.path, {
        token,
        headers: { 'content-type': XLSX_TYPE, ...c.headers },
        body: c.bytes,
      });
      const stored = (await view.all()).filter((n) => !before.has(n));
      const code = errorOf(reply)?.code ?? null;
      let placeNamed = true;
      if (c.place.code === 'cpr_found') {
        const issues =
          reply.status === 422
            ? (parseJson<{ issues?: { code: string; sheet: string; message: { en: string } }[] }>(reply)
                .issues ?? [])
            : [];
        placeNamed = issues.some(
          (i) =>
            i.code === 'cpr_number' &&
            (c.place.place?.test(i.message.en) ?? false) &&
            (c.place.sheet === undefined || i.sheet === c.place.sheet),
        );
      }
      results.push({
        place: c.place,
        route: r.route,
        status: reply.status,
        code,
        placeNamed,
        stored,
        refused: reply.status === 422 && code === c.place.code && placeNamed && stored.length === 0,
      });
    }
  }
  const before = new Set(await view.all());
  const clean = await client.request('POST', '/api/submissions', {
    token,
    headers: { 'content-type': XLSX_TYPE },
    body: await cleanWorkbook(),
  });
  const storedClean = (await view.all()).filter((n) => !before.has(n)).length;
  const sentTexts = cases.map((c) => ({
    where: c.place.id,
    text: `${searchableText(c.bytes)}\n${decodeURIComponent(Object.values(c.headers).join('\n'))}`,
  }));
  const found = [
    ...new Set(
      findLeaks(sentTexts)
        .filter((l) => l.place === l.where)
        .map((l) => l.place),
    ),
  ];
  return {
    results,
    control: { status: clean.status, stored: storedClean, ok: clean.status === 201 && storedClean > 0 },
    searchSensitive: { found, ok: found.length === CPR_PLACES.length },
  };
}
