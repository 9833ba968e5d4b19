// Writes docs/api.md from the HTTP contract (core/contract.ts): one table row per route with its
// method, path, who may call it, what it reads and what it answers. `npm run api-doc`; a test keeps
// the file in step with the contract.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  CONTRACT,
  HEADERS,
  LIMITS,
  ROUTE_NAMES,
  XLSX,
  type Answer,
  type RouteContract,
} from '../core/contract';

function shape(answer: Answer | undefined): string {
  if (answer === undefined) return '–';
  if (answer === XLSX) return 'workbook (.xlsx)';
  const json = z.toJSONSchema(answer, { unrepresentable: 'any', io: 'input' }) as {
    type?: string;
    properties?: Record<string, unknown>;
  };
  if (json.type === 'object' && json.properties) return `JSON { ${Object.keys(json.properties).join(', ')} }`;
  return `JSON ${json.type ?? ''}`.trim();
}

function query(c: RouteContract): string {
  return c.query
    ? Object.keys(c.query.shape)
        .map((k) => `\`${k}\``)
        .join(', ')
    : '–';
}

export function apiDoc(): string {
  const rows = ROUTE_NAMES.map((name) => {
    const c: RouteContract = CONTRACT[name];
    const who =
      c.roles === 'public' ? 'anyone' : c.roles.join(', ') + (c.ownMunicipality ? ' (own municipality)' : '');
    const ok = Object.entries(c.ok)
      .map(([status, a]) => `${status}: ${shape(a)}`)
      .join('; ');
    const reads = [
      c.body ? `body: ${shape(c.body)}` : '',
      c.headers?.length ? `headers: ${c.headers.map((h) => `\`${h}\``).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return `| \`${name}\` | ${c.method} | \`/${c.path}\`${c.localOnly ? ' (local sign-in only)' : ''} | ${who} | ${query(c)} | ${reads || '–'} | ${ok} | ${c.errors.join(', ') || '–'} | ${c.summary} |`;
  });
  return [
    '# The korpsplan HTTP API',
    '',
    'Generated from `core/contract.ts` by `npm run api-doc`; do not edit by hand (a test compares).',
    'The service registers exactly these routes and lets through only the roles named; the add-in, the',
    'command line and the reliability campaign call them through the same module.',
    '',
    '| route | method | path | who | query | reads | answers | failures | what |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'Every failure answers `{ "error": { "code", "message": { "da", "en" } } }`; a refused plan (422) adds',
    '`"issues"`. A 503 carries `Retry-After`.',
    '',
    `Headers: ${Object.entries(HEADERS)
      .map(([k, v]) => `\`${v}\` (${k})`)
      .join(', ')}.`,
    '',
    `Limits: a note of at most ${LIMITS.noteCharacters} characters; an idempotency key of 8–200 of A–Z a–z 0–9 . _ : -; ` +
      `corrections in a header of at most ${LIMITS.correctionsHeaderCharacters} characters; remembered corrections ` +
      `of at most ${LIMITS.correctionsBodyBytes / 1024} KiB; JSON bodies of the rounds and review routes of at most ` +
      `${LIMITS.jsonBodyBytes / 1024} KiB; uploads of at most ${LIMITS.defaultUploadBytes / 1024 / 1024} MiB unless MAX_UPLOAD_BYTES says otherwise.`,
    '',
  ].join('\n');
}

if (require.main === module) {
  const out = join(__dirname, '..', 'docs', 'api.md');
  writeFileSync(out, apiDoc());
  console.log(`wrote ${out}`);
}
