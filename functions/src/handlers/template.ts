// GET /api/template?lang=da|en: the current template workbook. Public: it holds no data.

import type { Lang } from '../../../core/spec';
import { TEMPLATE_FILES } from '../../../workbook/template';
import type { Deps } from '../deps';
import { handle, queryParam, type Handler } from '../http';
import { XLSX_TYPE } from '../storage/submissions';

export function templateHandler(deps: Deps): Handler {
  const cache = new Map<Lang, Promise<Uint8Array>>();
  return handle('template', async (request) => {
    const lang =
      queryParam(request, 'lang', (v) => (v === 'da' || v === 'en' ? v : undefined), {
        da: 'da eller en',
        en: 'da or en',
      }) ?? 'da';
    let bytes = cache.get(lang);
    if (!bytes) {
      bytes = deps.template(lang);
      cache.set(lang, bytes);
      bytes.catch(() => cache.delete(lang));
    }
    const file = TEMPLATE_FILES[lang].split('/').pop() ?? 'template.xlsx';
    return {
      status: 200,
      body: await bytes,
      headers: {
        'Content-Type': XLSX_TYPE,
        'Content-Disposition': `attachment; filename="${file}"`,
        'Cache-Control': 'public, max-age=300',
        'X-Content-Type-Options': 'nosniff',
      },
    };
  });
}
