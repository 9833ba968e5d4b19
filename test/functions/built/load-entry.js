// Loads the built Functions entry in a plain Node process, the way the Functions worker does
// (CommonJS require, so jose v6 comes in through require(esm)), with app.http replaced by a
// recorder. Prints the registrations and the answer of a registered handler as JSON.
//
//   node load-entry.js ENTRY            probe: GET api/submissions with a malformed token
//   node load-entry.js ENTRY --local    AUTH_MODE=local: mint a token with the local issuer's
//                                       handler, serve its key set over loopback, and call
//                                       GET api/submissions with the token
//   ... --local --post ROUTE=FILE       also send FILE to the route (submit, structure) as the
//                                       administrator: the inspection pool's worker runs in the
//                                       built package (inspect-worker.js beside the entry)
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const entry = process.argv[2];
const local = process.argv.includes('--local');
const posts = process.argv
  .map((arg, i) => (arg === '--post' ? process.argv[i + 1] : null))
  .filter((x) => x)
  .map((spec) => ({ route: spec.split('=')[0], file: spec.slice(spec.indexOf('=') + 1) }));
const functions = require(require.resolve('@azure/functions', { paths: [path.dirname(entry)] }));

async function main() {
  let keyServer = null;
  let handlers = new Map();
  if (local) {
    // The verifier fetches the key set from LOCAL_BASE_URL, so serve it before loading the entry.
    keyServer = http.createServer(async (req, res) => {
      const route = req.url === '/local-issuer/discovery/v2.0/keys' ? 'localKeys' : null;
      if (!route) {
        res.writeHead(404).end();
        return;
      }
      const response = await call(route, 'GET', `http://localhost${req.url}`);
      res.writeHead(response.status, { 'content-type': 'application/json' }).end(await response.text());
    });
    await new Promise((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
    process.env.AUTH_MODE = 'local';
    process.env.LOCAL_BASE_URL = `http://localhost:${keyServer.address().port}`;
  }

  const registered = [];
  let setup = null;
  functions.app.http = (name, options) => registered.push({ name, options });
  Object.defineProperty(functions.app, 'setup', {
    value: (options) => (setup = options),
    configurable: true,
  });
  require(entry);
  handlers = new Map(registered.map((r) => [r.name, r.options.handler]));

  async function call(name, method, url, headers = {}, body) {
    const request = new functions.HttpRequest({
      method,
      url,
      headers,
      ...(body ? { body: typeof body === 'string' ? { string: body } : { bytes: body } } : {}),
    });
    const context = new functions.InvocationContext({ functionName: name, logHandler: () => {} });
    return new functions.HttpResponse(await handlers.get(name)(request, context));
  }

  let authorization = 'Bearer not.a.jwt';
  if (local) {
    const minted = await call(
      'localToken',
      'POST',
      'http://localhost/local-issuer/token',
      {},
      '{"as":"admin"}',
    );
    authorization = `Bearer ${(await minted.json()).access_token}`;
  }
  const response = await call('history', 'GET', 'http://localhost/api/submissions', { authorization });
  const uploads = [];
  for (const { route, file } of posts) {
    const url = route === 'structure' ? 'http://localhost/api/structure' : 'http://localhost/api/submissions';
    const answer = await call(
      route,
      'POST',
      url,
      { authorization, 'content-type': 'application/octet-stream' },
      new Uint8Array(fs.readFileSync(file)),
    );
    const bytes = Buffer.from(await answer.arrayBuffer());
    const type = answer.headers.get('content-type') ?? '';
    uploads.push({
      route,
      status: answer.status,
      code: type.includes('json') ? (JSON.parse(bytes.toString('utf8')).error?.code ?? null) : null,
      zip: bytes.subarray(0, 2).toString('latin1') === 'PK',
    });
  }
  const result = {
    setup,
    routes: registered.map((r) => ({
      name: r.name,
      methods: r.options.methods,
      route: r.options.route,
      authLevel: r.options.authLevel,
    })),
    probe: {
      status: response.status,
      body: await response.json(),
      wwwAuthenticate: response.headers.get('www-authenticate'),
    },
    uploads,
  };
  if (keyServer) keyServer.close();
  process.stdout.write(JSON.stringify(result));
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err));
  process.exit(1);
});
