// The one interface between the app and the workbook it works on. Two hosts implement it: the Office
// layer (the workbook open in Excel, through Office.js) and the web host (a file dropped on the web
// page, read in the browser with core/xlsx). The React app and the submit pipeline see only this.

import type { Grid } from '../../core/grid';
import type { Corrections } from '../../core/corrections';
import type { ColumnOverride, StructureResult } from '../../core/draft';
import type { Receipt } from '../../core/receipt';
import type { Lang } from '../../core/spec';

/** What a host can do beyond reading; the app hides what a host cannot do. */
export interface HostCapabilities {
  /** Clicking an issue selects its cell in the workbook. */
  readonly selectCell: boolean;
  /** The workbook changes while the app is open (Excel), so the plan is re-validated on change. */
  readonly liveChanges: boolean;
  /** Structuring writes the template sheets into the open workbook (Excel) instead of producing a file to download (web). */
  readonly structureInPlace: boolean;
  /** The receipt can be written into the workbook's cover sheet. */
  readonly recordReceipt: boolean;
  /** A correction is written into its cell (Excel); on the web page corrections are held in the page. */
  readonly writeCells: boolean;
}

/** A value written into one cell: text stays text (never a formula), null empties the cell. */
export interface CellWrite {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  readonly value: string | number | null;
}

export interface StructureRequest {
  readonly lang: Lang;
  /** The grid the result was built from. */
  readonly grid: Grid;
  /** Structuring with the coordinator's column corrections already applied. */
  readonly result: StructureResult;
  /** The column corrections (also in `corrections.columns`). */
  readonly columnOverrides: readonly ColumnOverride[];
  /** All the coordinator's corrections (the web host sends them to the service, which structures again). */
  readonly corrections: Corrections;
}

export interface StructureOutcome {
  /** Template sheets written (Excel) or present in the downloaded file (web). */
  readonly sheets: readonly string[];
  /** Original sheets renamed because a template sheet needed their name (Excel only). */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  /** Web: the structured workbook was downloaded under this file name. */
  readonly downloaded?: string;
}

export type OpenedHow = 'opened' | 'downloaded';

export interface WorkbookHost {
  readonly kind: 'office' | 'web';
  readonly capabilities: HostCapabilities;
  /** A short name of the workbook for the UI (file name), when known. */
  workbookName(): string | undefined;
  /** Reads every sheet into the neutral grid (the same grid core/xlsx makes from the file's bytes). */
  readGrid(): Promise<Grid>;
  /** Puts the plan into the template layout: Excel writes the sheets, the web host downloads the structured file. */
  applyStructure(request: StructureRequest): Promise<StructureOutcome>;
  /** The whole workbook file as it would be saved; refuses (FileTooLargeError) a file over maxBytes before it is uploaded. */
  readFile(maxBytes: number): Promise<Uint8Array>;
  /** Writes corrections into their cells; for each, whether it was written (false: no such sheet, or the host cannot). */
  writeCells(writes: readonly CellWrite[]): Promise<boolean[]>;
  /** Selects a cell so the coordinator can fix it. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Calls onChange (debounced by the caller) whenever the workbook's contents change; resolves to a function that stops watching. */
  watch(onChange: () => void): Promise<() => Promise<void>>;
  /** Writes "Sidst indsendt" and the receipt id into the cover sheet; false when the host cannot. */
  recordReceipt(receipt: Receipt, lang: Lang): Promise<boolean>;
  /** Opens a workbook (the leaders' summary) as a new workbook, or downloads it where that is not possible. */
  openWorkbook(bytes: Uint8Array, fileName: string): Promise<OpenedHow>;
}

/** The file is over the size limit; nothing was uploaded. */
export class FileTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`The workbook is ${size} bytes, over the limit of ${limit} bytes`);
    this.name = 'FileTooLargeError';
  }
}

/** The host failed to read the file (Office's getFileAsync or the browser's File API). */
export class FileReadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FileReadError';
  }
}
