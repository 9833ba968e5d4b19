// Small, exact edits of an XML part before exceljs reads it: drop elements, change attributes. Parsed
// with saxes (a well-kept, strict XML parser already among the dependencies) and written back token
// by token, so everything not edited stays as it was (namespace declarations included). Only for
// parts that already passed the intake (core/xlsx), which refused DTDs and malformed XML.

import { SaxesParser } from 'saxes';

export interface XmlEdits {
  /**
   * Called for every start tag with its local name (prefix dropped) and its attributes by qualified
   * name. Return 'drop' to leave the element out with everything in it, a new attribute record to
   * write instead, or undefined to keep it as it is.
   */
  element(
    local: string,
    attributes: Readonly<Record<string, string>>,
  ): 'drop' | Record<string, string> | undefined;
  /** Text inside elements that are kept (references decoded). */
  text?(text: string): void;
  /** An end tag of an element that is kept (also for an empty element `<x/>`). */
  close?(local: string): void;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Applies `edits` to `xml`; throws on XML saxes cannot parse. */
export function editXml(xml: string, edits: XmlEdits): string {
  const out: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  /** Depth inside a dropped element (0: not dropping). */
  let dropping = 0;
  let failure: Error | undefined;
  parser.on('error', (err) => {
    failure ??= err;
  });
  parser.on('xmldecl', (decl) => {
    // The text is handed on as UTF-8 whatever the part was written in.
    const standalone = decl.standalone === undefined ? '' : ` standalone="${decl.standalone}"`;
    out.push(`<?xml version="${decl.version ?? '1.0'}" encoding="UTF-8"${standalone}?>`);
  });
  parser.on('processinginstruction', (pi) => {
    if (dropping === 0) out.push(`<?${pi.target} ${pi.body}?>`);
  });
  parser.on('comment', () => {});
  parser.on('doctype', () => {
    failure ??= new Error('DTD');
  });
  parser.on('opentag', (tag) => {
    if (dropping > 0) {
      if (!tag.isSelfClosing) dropping++;
      return;
    }
    const verdict = edits.element(localName(tag.name), tag.attributes);
    if (verdict === 'drop') {
      if (!tag.isSelfClosing) dropping = 1;
      return;
    }
    const attributes = verdict ?? tag.attributes;
    let s = `<${tag.name}`;
    for (const [name, value] of Object.entries(attributes)) s += ` ${name}="${escapeAttr(value)}"`;
    out.push(tag.isSelfClosing ? `${s}/>` : `${s}>`);
  });
  parser.on('closetag', (tag) => {
    if (dropping > 0) {
      if (!tag.isSelfClosing) dropping--;
      return;
    }
    edits.close?.(localName(tag.name));
    if (!tag.isSelfClosing) out.push(`</${tag.name}>`);
  });
  parser.on('text', (text) => {
    if (dropping > 0) return;
    edits.text?.(text);
    out.push(escapeText(text));
  });
  parser.on('cdata', (text) => {
    if (dropping > 0) return;
    edits.text?.(text);
    out.push(escapeText(text));
  });
  parser.write(xml).close();
  if (failure) throw failure;
  return out.join('');
}
