// Dates and times as the coordinator reads them.

import type { Lang } from '../../../core/spec';

/** The receipt's time as the coordinator reads it, in Danish time. */
export function formatSubmittedAt(iso: string, lang: Lang): string {
  const d = new Date(iso);
  const date = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: 'Europe/Copenhagen',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d);
  const time = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: 'Europe/Copenhagen',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
  return lang === 'da' ? `${date.replace(/\./g, '-')} kl. ${time.replace('.', ':')}` : `${date} ${time}`;
}
