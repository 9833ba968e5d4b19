// Personal data: a CPR number put into one place of an otherwise valid plan workbook (a cell, a
// number cell that lost its leading zero, a comment, a document property, a sheet name, a hidden
// sheet, and the coordinator's note header), each a different number so that a leak names its
// source; and the leak search that looks for those digits in every form they could take.

import { uploadRoutes } from '../../core/contract';
import { strFromU8, unzipSync, unzlibSync } from 'fflate';
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

/**
 * Anything that may stand between two digits of a number written for people: a space, a hyphen,
 * a dash, a dot (also the ideographic full stop 。), a comma, a slash or an underscore, with up to two spaces around it
 * ("010190 - 1234"), or up to two spaces alone.
 */
const SEP =
  '(?:[\\s\\u00a0]{0,2}[\\-\\u2010-\\u2015\\u2212.,/_\\u3002\\uff61][\\s\\u00a0]{0,2}|[\\s\\u00a0]{1,2})?';

/**
 * A pattern for a number in all its forms: the ten digits together or split by a separator
 * anywhere (010190-1234, 010190 1234, 010190 - 1234, 01.01.90-1234), and, when it starts with a
 * zero, the nine digits a number cell keeps (101901234, 101.901.234). Used on each decoded view
 * of a text (see searchViews).
 */
export function leakPattern(digits: string): RegExp {
  const forms = [digits.split('').join(SEP)];
  if (digits.startsWith('0')) forms.push(digits.slice(1).split('').join(SEP));
  return new RegExp(forms.join('|'));
}

/** A run of digits with separators between them, as leakPattern allows them (one pass per text). */
const DIGIT_RUN = new RegExp(`\\d(?:${SEP}\\d)*`, 'g');

export interface Leak {
  readonly place: string;
  readonly where: string;
}

/** A number planted somewhere: its id (named in a leak) and the number as written. */
export interface Planted {
  readonly id: string;
  readonly written: string;
}

function decodeCharRefs(text: string): string {
  return text.replace(/&#(?:x([0-9a-fA-F]{1,6})|(\d{1,7}));/g, (whole, hex?: string, dec?: string) => {
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The views of a text a number could hide in, each searched: the text itself; its markup decoded
 * (character references such as &#48;, Excel's _x0030_ escapes, and tags removed, so that digits
 * split over rich-text runs or XML elements join again); without NUL characters (UTF-16 text read
 * as bytes); the bytes of every base64 run in it; and its percent-escapes decoded (a URL).
 */
export function searchViews(text: string): string[] {
  const views = [text];
  const markup = decodeCharRefs(text)
    .replace(/_x([0-9a-fA-F]{4})_/g, (_w, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/<[^>]*>/g, '');
  if (markup !== text) views.push(markup);
  if (text.includes('\u0000')) views.push(text.replace(/\u0000/g, ''));
  const base64 = text.match(/[A-Za-z0-9+/]{16,}={0,2}/g);
  if (base64) {
    const decoded = base64.map((run) => Buffer.from(run, 'base64').toString('latin1')).join('\n');
    views.push(decoded, decoded.replace(/\u0000/g, ''));
  }
  if (/%[0-9a-fA-F]{2}/.test(text))
    views.push(
      text.replace(/%([0-9a-fA-F]{2})/g, (_w, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    );
  return views;
}

/** The text chunks of a PNG (tEXt as is; zTXt and compressed iTXt inflated). */
function pngTexts(data: Uint8Array): string[] {
  const out: string[] = [];
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let at = 8; at + 12 <= data.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...data.subarray(at + 4, at + 8));
    const body = data.subarray(at + 8, Math.min(data.length, at + 8 + length));
    at += 12 + length;
    const nul = body.indexOf(0);
    if (nul < 0) continue;
    try {
      if (type === 'tEXt') out.push(Buffer.from(body).toString('latin1'));
      else if (type === 'zTXt') out.push(Buffer.from(unzlibSync(body.subarray(nul + 2))).toString('latin1'));
      else if (type === 'iTXt') {
        const compressed = body[nul + 1] === 1;
        let rest = body.subarray(nul + 3);
        for (let skip = 0; skip < 2; skip++) rest = rest.subarray(rest.indexOf(0) + 1); // language, keyword
        out.push(strFromU8(compressed ? unzlibSync(rest) : rest));
      }
    } catch {
      // A chunk that does not inflate holds no text to search (the product refuses such a picture).
      out.push(Buffer.from(body).toString('latin1'));
    }
  }
  return out;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

/**
 * The searchable text of a body: itself; for a zip (an .xlsx) also its raw bytes (the archive and
 * entry comments, extra fields, names), every entry's name and every part inside it, with the text
 * chunks of a PNG picture inflated.
 */
export function searchableText(body: Uint8Array): string {
  const zip = body.length >= 2 && body[0] === 0x50 && body[1] === 0x4b;
  const raw = Buffer.from(body).toString(zip ? 'latin1' : 'utf8');
  if (!zip) return raw;
  try {
    const parts = Object.entries(unzipSync(body)).map(([name, data]) => {
      const png = PNG_SIGNATURE.every((b, i) => data[i] === b);
      return [name, strFromU8(data), ...(png ? pngTexts(data) : [])].join('\n');
    });
    return [raw, ...parts].join('\n');
  } catch {
    // Not a readable zip after all: its raw bytes are what there is to search.
    return raw;
  }
}

/** The digit strings a planted number may leave (the ten digits, and the nine when the first is 0). */
function targetsOf(written: string): string[] {
  const d = cprDigits(written);
  return d.startsWith('0') ? [d, d.slice(1)] : [d];
}

/**
 * Every occurrence of any planted number in the given texts, named by its id and source. Each
 * text is searched in every view (searchViews); within a view, every run of digits with
 * separators between them is joined to its digits and looked into for each number (the same
 * forms as leakPattern, in one pass over the text rather than one per number).
 */
export function findLeaks(
  texts: readonly { where: string; text: string }[],
  places: readonly Planted[] = CPR_PLACES,
): Leak[] {
  const targets = places.map((p) => ({ place: p.id, digits: targetsOf(p.written) }));
  const leaks: Leak[] = [];
  for (const t of texts) {
    const found = new Set<string>();
    for (const view of searchViews(t.text)) {
      for (const m of view.matchAll(DIGIT_RUN)) {
        if (m[0].length < 9) continue;
        const digits = m[0].replace(/\D/g, '');
        if (digits.length < 9) continue;
        for (const target of targets)
          if (!found.has(target.place) && target.digits.some((d) => digits.includes(d)))
            found.add(target.place);
      }
    }
    for (const place of found) leaks.push({ place, where: t.where });
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

/** Every route that takes a workbook (from the HTTP contract). */
const ROUTES = uploadRoutes().map((path) => ({ route: `POST ${path}`, path }));

export async function runCpr(
  cases: readonly CprCase[],
  client: Client,
  view: StorageView,
): Promise<CprCampaign> {
  const results: CprResult[] = [];
  const token = await client.token(`coordinator:${CPR_MUNICIPALITY}`);
  for (const c of cases) {
    for (const r of ROUTES) {
      if (c.place.code === 'note_contains_cpr' && r.path !== '/api/submissions') continue; // the note is a submission header
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
