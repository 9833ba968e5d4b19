// The service's two sinks (functions/src/http.ts): every JSON answer made with json() and every log
// line written with log() pass the CPR mask, whatever a handler put in them — also the answer and
// the log of a failure nobody foresaw.

import { HttpRequest, InvocationContext } from '@azure/functions';
import { handle, json, log } from '../../functions/src/http';
import { toResult } from './harness';
import { leaks } from '../cli/helpers';

function context(logs: string[]): InvocationContext {
  return new InvocationContext({
    functionName: 'test',
    invocationId: 'inv-1',
    logHandler: (_level, ...args) => logs.push(args.map((a) => String(a)).join(' ')),
  });
}

const request = new HttpRequest({ url: 'http://localhost/api/test', method: 'GET' });

test('control: the search finds the numbers as planted', () => {
  expect(leaks('0101901234', 'Plan 010190-1234')).toBe(true);
  expect(leaks('0202902345', 'x 202902345')).toBe(true);
});

test('json(): strings, keys and numbers of the body are masked; the body is still JSON', async () => {
  const logs: string[] = [];
  const handler = handle('test', () =>
    Promise.resolve(
      json(422, {
        error: { code: 'x', message: { da: "Arket 'Plan 010190-1234'", en: "The sheet 'Plan 010190-1234'" } },
        unmapped: [{ sheet: 'Plan 010190-1234', cell: 'H11', value: '202902345' }],
        count: 202902345,
      }),
    ),
  );
  const res = await toResult(await handler(request, context(logs)));
  expect(res.status).toBe(422);
  expect(res.json()).toMatchObject({ unmapped: [{ sheet: 'Plan [CPR fjernet]', value: '[CPR fjernet]' }] });
  expect(leaks('0101901234', res.text)).toBe(false);
  expect(leaks('0202902345', res.text)).toBe(false);
});

test('log(): every field of a log line is masked', () => {
  const logs: string[] = [];
  log(context(logs), 'warn', 'upload', { sheet: 'Plan 030390-3456', cases: 303903456, size: 2048 });
  expect(logs).toHaveLength(1);
  expect(JSON.parse(logs[0]!)).toEqual({
    event: 'upload',
    sheet: 'Plan [CPR fjernet]',
    cases: '[CPR fjernet]',
    size: 2048,
  });
  expect(leaks('0303903456', ...logs)).toBe(false);
});

test('an unforeseen failure: neither the answer nor the log line carries the number', async () => {
  const logs: string[] = [];
  const handler = handle('test', () => Promise.reject(new Error('kunne ikke læse 040490-4567 / 404904567')));
  const res = await toResult(await handler(request, context(logs)));
  expect(res.status).toBe(500);
  expect(logs.join('\n')).toContain('test_failed');
  expect(leaks('0404904567', res.text, ...logs)).toBe(false);
});
