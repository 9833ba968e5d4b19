// What `npm start` prints about where everything runs and how to reach it: every hint works with
// the port the server was started on (`npm start -- --port 8080`), not only the default.

import { DEFAULT_SERVER } from '../cli/commands/token';

export interface StartPlaces {
  readonly version: string;
  /** The API server's base URL, e.g. http://localhost:7071. */
  readonly baseUrl: string;
  /** Where the web page is served from, or undefined when dist/addin is missing. */
  readonly addinDir?: string;
  readonly addinHttps?: { readonly url: string; readonly caFile: string };
  readonly issuer: { readonly issuer: string; readonly jwksUri: string };
  readonly azurite: { readonly url: string; readonly dataDir: string };
  readonly users: readonly string[];
  readonly missing: readonly string[];
}

/** The lines npm start prints (Danish / English). */
export function startLines(p: StartPlaces): string[] {
  // The command line's default server is http://localhost:7071; on any other address every
  // command it prints names the server.
  const server = p.baseUrl.replace(/\/+$/, '') === DEFAULT_SERVER ? '' : ` --server ${p.baseUrl}`;
  return [
    '',
    `korpsplan ${p.version} kører lokalt / runs locally`,
    `  API            ${p.baseUrl}/api  (health: ${p.baseUrl}/api/health)`,
    `  Webside        ${p.addinDir ? `${p.baseUrl}/  (from dist/addin)` : 'ikke bygget / not built (dist/addin missing)'}`,
    ...(p.addinHttps
      ? [`  Excel-tilføjelse ${p.addinHttps.url}/taskpane.html  (manifest.xml; trust ${p.addinHttps.caFile})`]
      : []),
    `  Lokalt login   ${p.issuer.issuer}  (keys: ${p.issuer.jwksUri})`,
    `  Lager/storage  Azurite ${p.azurite.url}  (data in ${p.azurite.dataDir})`,
    '',
    'Token:',
    ...(server
      ? [`  export KORPSPLAN_SERVER=${p.baseUrl}   # or --server ${p.baseUrl} on each command`]
      : []),
    `  npx korpsplan token --as coordinator:751${server}        # or leader, admin`,
    `  export KORPSPLAN_TOKEN=$(npx korpsplan token --as leader${server})`,
    `  npx korpsplan submit plan.xlsx --as coordinator:751${server}`,
    `  npx korpsplan history --as leader${server}`,
    `  curl -X POST ${p.baseUrl}/local-issuer/token -d '{"as":"admin"}'`,
    '',
    `Demo-brugere / demo users: ${p.users.join(', ')}`,
    `  (${p.missing.join(', ')} forventes, men har ikke indsendt / are expected but have not submitted)`,
    '',
    'Stop: Ctrl+C',
    '',
  ];
}
