// The Office layer's WorkbookHost: the workbook open in Excel. The only module of the app (with the
// rest of addin/src/office/) that touches Office.js.

import type { Grid } from '../../../core/grid';
import { planWorkbookLayout } from '../../../core/layout';
import type { Receipt } from '../../../core/receipt';
import type { Lang } from '../../../core/spec';
import { downloadBytes, toBase64 } from '../common/bytes';
import type {
  CellWrite,
  HostCapabilities,
  OpenedHow,
  StructureOutcome,
  StructureRequest,
  WorkbookHost,
} from '../host';
import { writeCellsToExcel } from './cells';
import { readDocumentFile } from './file';
import { readGridFromExcel } from './read';
import { writeReceiptToExcel } from './receipt';
import { renderLayoutToExcel } from './render';
import { logError } from '../log';

const CAPABILITIES: HostCapabilities = {
  selectCell: true,
  liveChanges: true,
  structureInPlace: true,
  recordReceipt: true,
  writeCells: true,
};

function supports(set: string, version: string): boolean {
  return Office.context.requirements.isSetSupported(set, version);
}

export class OfficeWorkbookHost implements WorkbookHost {
  readonly kind = 'office' as const;
  readonly capabilities = CAPABILITIES;

  workbookName(): string | undefined {
    return documentName(Office.context.document.url);
  }

  readGrid(): Promise<Grid> {
    return Excel.run((context) => readGridFromExcel(context, { supports }));
  }

  applyStructure(request: StructureRequest): Promise<StructureOutcome> {
    const layout = planWorkbookLayout(request.lang, {
      draft: request.result.draft,
      grid: request.grid,
      notCarried: request.result.notCarried,
    });
    return Excel.run((context) => renderLayoutToExcel(context, layout, request.grid, { supports }));
  }

  readFile(maxBytes: number): Promise<Uint8Array> {
    return readDocumentFile(Office.context.document, maxBytes);
  }

  writeCells(writes: readonly CellWrite[]): Promise<boolean[]> {
    return Excel.run((context) => writeCellsToExcel(context, writes));
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  async watch(onChange: () => void): Promise<() => Promise<void>> {
    const handlers = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const list = [
        sheets.onChanged.add(() => Promise.resolve(onChange())),
        sheets.onAdded.add(() => Promise.resolve(onChange())),
        sheets.onDeleted.add(() => Promise.resolve(onChange())),
      ];
      await context.sync();
      return list;
    });
    return async () => {
      const first = handlers[0];
      if (!first) return;
      await Excel.run(first.context, async (context) => {
        for (const h of handlers) h.remove();
        await context.sync();
      });
    };
  }

  recordReceipt(receipt: Receipt, lang: Lang): Promise<boolean> {
    return Excel.run((context) => writeReceiptToExcel(context, receipt, lang));
  }

  async openWorkbook(bytes: Uint8Array, fileName: string): Promise<OpenedHow> {
    if (supports('ExcelApi', '1.8')) {
      try {
        await Excel.createWorkbook(toBase64(bytes));
        return 'opened';
      } catch (err) {
        // Some hosts list the API but refuse it (e.g. a blocked new window): the download still works.
        logError('korpsplan: Excel.createWorkbook failed, downloading instead', err);
      }
    }
    downloadBytes(bytes, fileName);
    return 'downloaded';
  }
}

/**
 * The file's name from Office's document URL: a path on disk ("C:\\Users\\mk\\Plan Aarhus.xlsx", as
 * written) or an address on SharePoint or OneDrive, URL-encoded, with its query and fragment
 * ("…/Plan%20Aarhus.xlsx?web=1"). Undefined for a new, unsaved workbook.
 */
export function documentName(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const address = /^[a-z][a-z0-9+.-]*:\/\//iu.test(url);
  // Excel for the web may open a file through SharePoint's Doc.aspx, the name in its "file" parameter.
  const named = address ? /[?&]file=([^&#]+)/iu.exec(url)?.[1] : undefined;
  if (named !== undefined) return isEncoded(named) ? decodeURIComponent(named.replace(/\+/gu, ' ')) : named;
  const last = (address ? (url.split(/[?#]/u)[0] ?? '') : url).split(/[\\/]/u).pop();
  if (!last) return undefined;
  // An address whose last part is not URL-encoded as it should be keeps its name as written.
  return address && isEncoded(last) ? decodeURIComponent(last) : last;
}

function isEncoded(text: string): boolean {
  return !/%(?![0-9a-f]{2})/iu.test(text);
}
