// Linked data types (Data › Data Types: Geography, Organisation, People, Stocks) and other rich
// values. Excel 365 saves such a cell as the error #VALUE! with vm= (value metadata, 1-based) and
// keeps what the cell shows only in the rich value: xl/metadata.xml maps each vm to a rich value
// (valueMetadata → futureMetadata XLRICHVALUE → xlrd:rvb i), xl/richData/rdrichvalue.xml holds the
// values by position, and rdrichvaluestructure.xml names each position's key (the shown text is
// `_DisplayString`). Read here so that the cell is the text it shows, as a coordinator sees it.

import type { XmlHandler, XmlScanner } from './xml';

/** xl/metadata.xml: for each vm (0-based here), the index of its rich value (or -1). */
export class ValueMetadataHandler implements XmlHandler {
  /** The metadata type's 1-based index that is XLRICHVALUE (t of each rc). */
  private richType = -1;
  private types = 0;
  private inRichFuture = false;
  /** futureMetadata XLRICHVALUE's blocks: each block's rich value index. */
  private readonly futureRv: number[] = [];
  private inValueMetadata = false;
  /** valueMetadata's blocks: [t, v] of each block's first rc. */
  private readonly valueRc: [number, number][] = [];
  private blockOpen = false;

  open(name: string, x: XmlScanner): void {
    const local = name.slice(name.indexOf(':') + 1);
    if (local === 'metadataType') {
      this.types++;
      if (x.attr('name') === 'XLRICHVALUE') this.richType = this.types;
    } else if (local === 'futureMetadata') {
      this.inRichFuture = x.attr('name') === 'XLRICHVALUE';
    } else if (local === 'rvb' && this.inRichFuture) {
      this.futureRv.push(Number(x.attr('i') ?? -1));
    } else if (local === 'valueMetadata') {
      this.inValueMetadata = true;
    } else if (local === 'bk' && this.inValueMetadata) {
      this.blockOpen = true;
    } else if (local === 'rc' && this.inValueMetadata && this.blockOpen) {
      this.valueRc.push([Number(x.attr('t') ?? -1), Number(x.attr('v') ?? -1)]);
      this.blockOpen = false;
    }
  }

  close(name: string): void {
    const local = name.slice(name.indexOf(':') + 1);
    if (local === 'futureMetadata') this.inRichFuture = false;
    else if (local === 'valueMetadata') this.inValueMetadata = false;
  }

  text(): void {}

  /** vm (1-based) → the rich value's index, for the blocks that are rich values. */
  richIndexes(): (number | undefined)[] {
    return this.valueRc.map(([t, v]) => (t === this.richType ? this.futureRv[v] : undefined));
  }
}

/** xl/richData/rdrichvaluestructure.xml: each structure's key names, in order. */
export class RichStructuresHandler implements XmlHandler {
  readonly structures: string[][] = [];

  open(name: string, x: XmlScanner): void {
    const local = name.slice(name.indexOf(':') + 1);
    if (local === 's') this.structures.push([]);
    else if (local === 'k') this.structures[this.structures.length - 1]?.push(x.attr('n') ?? '');
  }

  close(): void {}
  text(): void {}
}

/** xl/richData/rdrichvalue.xml: each rich value's structure and values by position. */
export class RichValuesHandler implements XmlHandler {
  readonly values: { s: number; v: string[] }[] = [];
  private inValue = false;

  open(name: string, x: XmlScanner): void {
    const local = name.slice(name.indexOf(':') + 1);
    if (local === 'rv') this.values.push({ s: Number(x.attr('s') ?? -1), v: [] });
    else if (local === 'v') {
      this.inValue = true;
      this.values[this.values.length - 1]?.v.push('');
    }
  }

  close(name: string): void {
    if (name.slice(name.indexOf(':') + 1) === 'v') this.inValue = false;
  }

  text(text: string): void {
    if (!this.inValue) return;
    const rv = this.values[this.values.length - 1];
    if (rv && rv.v.length > 0) rv.v[rv.v.length - 1] += text;
  }
}

/**
 * The text each vm (1-based, index 0 unused) shows: the rich value's _DisplayString, where the
 * metadata, the value and its structure all give one.
 */
export function richTexts(
  indexes: readonly (number | undefined)[],
  values: readonly { s: number; v: readonly string[] }[],
  structures: readonly (readonly string[])[],
): (string | undefined)[] {
  return [
    undefined,
    ...indexes.map((i) => {
      const rv = i === undefined ? undefined : values[i];
      const keys = rv === undefined ? undefined : structures[rv.s];
      const at = keys?.indexOf('_DisplayString') ?? -1;
      const text = at === -1 ? undefined : rv?.v[at]?.trim();
      return text ? text : undefined;
    }),
  ];
}
