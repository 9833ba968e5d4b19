// The command line's Danish reports show times in Danish time and Danish format (the service stores
// UTC): history, the round's status list, the receipt.

import { formatTimestamp } from '../../cli/report';

test('winter time (CET, UTC+1) in Danish format', () => {
  expect(formatTimestamp('2026-12-02T09:46:25.414Z', 'da')).toBe('02.12.2026 kl. 10.46');
});

test('summer time (CEST, UTC+2), also across midnight', () => {
  expect(formatTimestamp('2026-06-30T22:30:00Z', 'da')).toBe('01.07.2026 kl. 00.30');
});

test('in English: the same Danish time, ISO order', () => {
  expect(formatTimestamp('2026-06-30T22:30:00Z', 'en')).toBe('2026-07-01 00:30');
});

test('what is not a time is shown as given', () => {
  expect(formatTimestamp('ukendt', 'da')).toBe('ukendt');
});
