// xl/connections.xml: the workbook's data connections. A Power Query query loaded to a table keeps a
// connection through the Mashup OLE DB provider (`Provider=Microsoft.Mashup.OleDb.1; Data
// Source=$Workbook$; Location=<query>`): named by its query, so that the refusal can say which query
// to delete rather than which link to break.

import type { XmlHandler, XmlScanner } from './xml';

export class ConnectionsHandler implements XmlHandler {
  /** Every connection. */
  count = 0;
  /** The queries of the Power Query connections, by their Location. */
  readonly queries: string[] = [];

  open(name: string, x: XmlScanner): void {
    if (name === 'connection') this.count++;
    else if (name === 'dbPr') {
      const connection = x.attr('connection') ?? '';
      if (!/Provider=Microsoft\.Mashup\.OleDb/i.test(connection)) return;
      const location = /Location=("?)([^";]*)\1/i.exec(connection)?.[2]?.trim();
      this.queries.push(location ? location : 'Power Query');
    }
  }

  close(): void {}
  text(): void {}
}
