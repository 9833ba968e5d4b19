// npm start's hints work with the port it was started on (scripts/startHints.ts).

import { startLines, type StartPlaces } from '../../scripts/startHints';

const places = (baseUrl: string): StartPlaces => ({
  version: '0.1.0',
  baseUrl,
  addinDir: '/x/dist/addin',
  issuer: { issuer: `${baseUrl}/local-issuer/v2.0`, jwksUri: `${baseUrl}/local-issuer/discovery/v2.0/keys` },
  azurite: { url: 'http://127.0.0.1:10000', dataDir: '.data/azurite' },
  users: ['coordinator:751', 'leader'],
  missing: ['Odense (461)'],
});

/** The korpsplan command lines among the hints. */
const commands = (lines: string[]): string[] => lines.filter((l) => /npx korpsplan /.test(l));

test('on the default port the hints are the plain commands', () => {
  const lines = startLines(places('http://localhost:7071'));
  expect(commands(lines).length).toBeGreaterThanOrEqual(4);
  for (const l of commands(lines)) expect(l).not.toContain('--server');
  expect(lines.join('\n')).toContain('http://localhost:7071/api');
});

test('on another port every command names that server, and nothing points at 7071', () => {
  const lines = startLines(places('http://localhost:8080'));
  for (const l of commands(lines)) expect(l).toContain('--server http://localhost:8080');
  expect(lines.join('\n')).not.toContain('7071');
  expect(lines.join('\n')).toContain('KORPSPLAN_SERVER=http://localhost:8080');
});
