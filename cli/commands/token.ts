// Talking to the korpsplan service: the server address, the access token, and `korpsplan token`.
//
// The token comes from --token, else KORPSPLAN_TOKEN, else (against a local server started with
// `npm start`) is minted by the local sign-in for --as coordinator:751 / leader / admin.

import { Option, type Command } from 'commander';
import {
  CONTRACT,
  errorBodySchema,
  okSchema,
  pathOf,
  type OkAnswer,
  type PathParams,
  type RouteName,
} from '../../core/contract';
import type { Message } from '../../core/schema';
import type { Register } from '../main';
import { parseLang, type Output } from '../output';
import type { Lang } from '../../core/spec';

export const DEFAULT_SERVER = 'http://localhost:7071';

export interface ServerOptions {
  server?: string;
  token?: string;
  as?: string;
  json?: boolean;
  lang: Lang;
}

/** A failure talking to the service, with the service's (or our own) message in both languages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly userMessage: Message,
    readonly body?: unknown,
  ) {
    super(`${status} ${code}: ${userMessage.en}`);
    this.name = 'ApiError';
  }

  toJSON(): { code: string; message: Message } {
    return { code: this.code, message: this.userMessage };
  }
}

/** Adds --server, --token, --as, --json and --lang to a command that calls the service. */
export function serverOptions(command: Command): Command {
  return command
    .option('--server <url>', `the korpsplan service (default: KORPSPLAN_SERVER or ${DEFAULT_SERVER})`)
    .option('--token <token>', 'access token (default: KORPSPLAN_TOKEN)')
    .option('--as <user>', 'local server only: sign in as coordinator:<kode>, leader or admin')
    .option('--json', 'print the service’s answer as JSON')
    .addOption(new Option('--lang <lang>', 'da (default) or en').default('da').argParser(parseLang));
}

export function serverUrl(opts: ServerOptions): string {
  return (opts.server ?? process.env.KORPSPLAN_SERVER ?? DEFAULT_SERVER).replace(/\/+$/, '');
}

/** fetch with a clear bilingual error when the server cannot be reached. */
export async function call(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    const origin = new URL(url).origin;
    throw new ApiError(
      0,
      'server_unreachable',
      {
        da: `Kan ikke nå korpsplan-tjenesten på ${origin}. Kører den (npm start), og er adressen rigtig (--server)?`,
        en: `Cannot reach the korpsplan service at ${origin}. Is it running (npm start), and is the address right (--server)?`,
      },
      err instanceof Error ? err.message : undefined,
    );
  }
}

/** The service's error answer as an ApiError (or a generic one when the body is not ours). */
export async function apiError(response: Response): Promise<ApiError> {
  const text = await response.text();
  let raw: unknown = null;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = null;
  }
  const parsed = errorBodySchema.safeParse(raw);
  if (parsed.success)
    return new ApiError(response.status, parsed.data.error.code, parsed.data.error.message, raw);
  return new ApiError(
    response.status,
    `http_${response.status}`,
    {
      da: `Tjenesten svarede ${response.status} ${response.statusText}.`,
      en: `The service answered ${response.status} ${response.statusText}.`,
    },
    raw,
  );
}

/** A token from the local sign-in of a local server (only there: Entra ID issues real ones). */
export async function mintLocal(server: string, as: string): Promise<string> {
  const response = await call(`${server}${pathOf('localToken', {})}`, {
    method: CONTRACT.localToken.method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ as }),
  });
  if (response.status === 404) {
    throw new ApiError(404, 'local_signin_unavailable', {
      da: `${server} har ikke lokalt login (--as virker kun mod en lokal server startet med npm start). Brug --token eller KORPSPLAN_TOKEN.`,
      en: `${server} has no local sign-in (--as works only against a local server started with npm start). Use --token or KORPSPLAN_TOKEN.`,
    });
  }
  if (!response.ok) throw await apiError(response);
  return CONTRACT.localToken.ok[200].parse(await response.json()).access_token;
}

export async function resolveToken(opts: ServerOptions): Promise<string> {
  if (opts.token) return opts.token;
  if (opts.as) return mintLocal(serverUrl(opts), opts.as);
  const env = process.env.KORPSPLAN_TOKEN;
  if (env) return env;
  throw new ApiError(0, 'token_missing', {
    da: 'Intet adgangstoken. Angiv --token, sæt KORPSPLAN_TOKEN, eller brug --as coordinator:751 mod en lokal server.',
    en: 'No access token. Give --token, set KORPSPLAN_TOKEN, or use --as coordinator:751 against a local server.',
  });
}

export interface RouteCall {
  readonly query?: Record<string, string | undefined>;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/**
 * Calls a route of the HTTP contract (core/contract.ts) with the caller's token; the JSON answer is
 * checked against the contract's schema for the status it came with, a failure becomes an ApiError.
 */
export async function callRoute<N extends RouteName>(
  opts: ServerOptions,
  name: N,
  params: PathParams<N>,
  init: RouteCall = {},
): Promise<OkAnswer<N>> {
  const token = await resolveToken(opts);
  const response = await call(`${serverUrl(opts)}${pathOf(name, params, init.query)}`, {
    method: CONTRACT[name].method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  if (!response.ok) throw await apiError(response);
  const status = response.status === 201 ? 201 : 200;
  return okSchema(name, status).parse(await response.json()) as OkAnswer<N>;
}

/** Runs a command body; ApiErrors become the usual refusal output (exit 2). */
export async function guarded(out: Output, opts: ServerOptions, body: () => Promise<void>): Promise<void> {
  out.json = opts.json === true;
  out.lang = opts.lang;
  try {
    await body();
  } catch (err) {
    if (err instanceof ApiError) {
      out.fail(err.toJSON());
      return;
    }
    throw err;
  }
}

export const registerToken: Register = (program, out) => {
  program
    .command('token')
    .description(
      'Udskriv et adgangstoken fra den lokale server / print an access token from the local server (npm start)',
    )
    .requiredOption('--as <user>', 'coordinator:<kommunekode>, leader or admin')
    .option('--server <url>', `the local server (default: KORPSPLAN_SERVER or ${DEFAULT_SERVER})`)
    .addOption(new Option('--lang <lang>', 'da (default) or en').default('da').argParser(parseLang))
    .action(async (opts: ServerOptions & { as: string }) => {
      await guarded(out, opts, async () => {
        out.line(await mintLocal(serverUrl(opts), opts.as));
      });
    });
};
