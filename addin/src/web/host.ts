// The web page's WorkbookHost: a file dropped on the page, read in the browser with core/xlsx (the
// same intake and reader the service uses). Structuring asks the service for the structured workbook
// (POST /api/structure) and downloads it; from then on that workbook is the one the page shows and
// submits, as in Excel where the template sheets are written into the open workbook.

import type { Grid } from '../../../core/grid';
import { redactText } from '../../../core/redact';
import type { Receipt } from '../../../core/receipt';
import { readWorkbook } from '../../../core/xlsx';
import type { KorpsplanApi } from '../api';
import { downloadBytes } from '../common/bytes';
import {
  FileTooLargeError,
  type CellWrite,
  type HostCapabilities,
  type OpenedHow,
  type StructureOutcome,
  type StructureRequest,
  type WorkbookHost,
} from '../host';
import { templateSheetNames } from '../common/template';

const CAPABILITIES: HostCapabilities = {
  selectCell: false,
  liveChanges: false,
  structureInPlace: false,
  recordReceipt: false,
  writeCells: false,
};

export class NoFileError extends Error {
  constructor() {
    super('No workbook has been chosen');
    this.name = 'NoFileError';
  }
}

export type Download = (bytes: Uint8Array, fileName: string) => void;

/** "Plan 2026.xlsx" → "Plan 2026 (struktureret).xlsx" */
export function structuredFileName(name: string, lang: 'da' | 'en'): string {
  const base = name.replace(/\.xlsx$/i, '').replace(/ \((struktureret|structured)\)$/, '');
  return `${base} (${lang === 'da' ? 'struktureret' : 'structured'}).xlsx`;
}

export class WebWorkbookHost implements WorkbookHost {
  readonly kind = 'web' as const;
  readonly capabilities = CAPABILITIES;
  private file: { name: string; bytes: Uint8Array } | undefined;

  constructor(
    private readonly api: KorpsplanApi,
    private readonly download: Download = downloadBytes,
  ) {}

  /**
   * The workbook the coordinator dropped on the page. Its name is kept with any CPR number in it
   * masked ("Borger [CPR fjernet].xlsx"): the page shows it, and the structured file is named after it.
   */
  setFile(name: string, bytes: Uint8Array): void {
    this.file = { name: redactText(name), bytes };
  }

  /** The workbook the page works on now (after structuring: the structured one), for the page to show. */
  fileInfo(): { readonly name: string; readonly size: number } | undefined {
    return this.file ? { name: this.file.name, size: this.file.bytes.length } : undefined;
  }

  private current(): { name: string; bytes: Uint8Array } {
    if (!this.file) throw new NoFileError();
    return this.file;
  }

  workbookName(): string | undefined {
    return this.file?.name;
  }

  async readGrid(): Promise<Grid> {
    // RefusalError (too large, not a workbook, macros, ...) carries its Danish and English message.
    await Promise.resolve();
    return readWorkbook(this.current().bytes);
  }

  async applyStructure(request: StructureRequest): Promise<StructureOutcome> {
    const file = this.current();
    const bytes = await this.api.structure(file.bytes, request.lang, request.corrections, file.name);
    const name = structuredFileName(file.name, request.lang);
    this.download(bytes, name);
    this.file = { name, bytes };
    return { sheets: templateSheetNames(request.lang), renamed: [], downloaded: name };
  }

  async readFile(maxBytes: number): Promise<Uint8Array> {
    await Promise.resolve();
    const { bytes } = this.current();
    if (bytes.length > maxBytes) throw new FileTooLargeError(bytes.length, maxBytes);
    return bytes;
  }

  /** The web page holds corrections in the page: nothing is written into the file. */
  writeCells(writes: readonly CellWrite[]): Promise<boolean[]> {
    return Promise.resolve(writes.map(() => false));
  }

  selectCell(): Promise<void> {
    return Promise.resolve();
  }

  watch(): Promise<() => Promise<void>> {
    return Promise.resolve(() => Promise.resolve());
  }

  recordReceipt(_receipt: Receipt): Promise<boolean> {
    return Promise.resolve(false);
  }

  openWorkbook(bytes: Uint8Array, fileName: string): Promise<OpenedHow> {
    this.download(bytes, fileName);
    return Promise.resolve('downloaded');
  }
}
