// The XML tokenizer every workbook part goes through: strict about well-formedness, deaf to DTDs,
// and indifferent to where the text is cut into chunks.

import fc from 'fast-check';
import { RefusalError } from '../../../core/codes';
import { XmlScanner, type XmlHandler } from '../../../core/xlsx/xml';

type Event = readonly [string, ...string[]];

/** Records events; adjacent text pieces are joined (a text node may arrive in several pieces). */
class Recorder implements XmlHandler {
  readonly events: Event[] = [];
  constructor(private readonly attrs: readonly string[] = []) {}
  open(name: string, x: XmlScanner): void {
    const values = this.attrs.map(
      (a) => `${a}=${(a.includes(':') ? x.attrNs(a.split(':')[1]!) : x.attr(a)) ?? '-'}`,
    );
    this.events.push(['open', name, ...values]);
  }
  close(name: string): void {
    this.events.push(['close', name]);
  }
  text(text: string): void {
    const last = this.events.at(-1);
    if (last?.[0] === 'text') this.events[this.events.length - 1] = ['text', last[1]! + text];
    else this.events.push(['text', text]);
  }
}

/** A Recorder that takes plain text runs by position (XmlHandler.textAt); marks them 'at'. */
class PositionRecorder extends Recorder {
  readonly plain: string[] = [];
  textAt(s: string, from: number, to: number): void {
    this.plain.push(s.slice(from, to));
    this.text(s.slice(from, to));
  }
}

function scan(
  xml: string | readonly string[],
  attrs: readonly string[] = [],
  recorder: Recorder = new Recorder(attrs),
): Event[] {
  const scanner = new XmlScanner('test.xml', recorder);
  for (const chunk of typeof xml === 'string' ? [xml] : xml) scanner.feed(chunk);
  scanner.end();
  return recorder.events;
}

function refusal(xml: string): string {
  try {
    scan(xml);
  } catch (err) {
    if (err instanceof RefusalError) return err.code;
    throw err;
  }
  return 'accepted';
}

describe('tokens', () => {
  test('elements, attributes, text and self-closing tags; prefixes dropped from names', () => {
    expect(
      scan(
        '<?xml version="1.0" encoding="UTF-8"?>\n<x:root xmlns:x="u" a="1" r:id=\'rId7\'><x:c a="2"/>tekst<d>æøå</d></x:root>',
        ['a', 'r:id'],
      ),
    ).toEqual([
      ['open', 'root', 'a=1', 'r:id=rId7'],
      ['open', 'c', 'a=2', 'r:id=-'],
      ['close', 'c'],
      ['text', 'tekst'],
      ['open', 'd', 'a=-', 'r:id=-'],
      ['text', 'æøå'],
      ['close', 'd'],
      ['close', 'root'],
    ]);
  });

  test('the five entities and numeric references are decoded, in text and in attributes', () => {
    expect(scan('<a v="&lt;&amp;&gt;&quot;&apos;&#248;&#xE6;">&lt;b&gt; &amp; &#x1F600;</a>', ['v'])).toEqual(
      [
        ['open', 'a', 'v=<&>"\'øæ'],
        ['text', '<b> & 😀'],
        ['close', 'a'],
      ],
    );
  });

  test('an ampersand that starts no reference is the character & (as R openxlsx writes a sheet name), counted', () => {
    const recorder = new Recorder(['name']);
    const scanner = new XmlScanner('test.xml', recorder);
    scanner.feed('<a name="Arbejdsproces & kultur">R&D &amp; 5 &gt; 4 &</a>');
    scanner.end();
    expect(recorder.events).toEqual([
      ['open', 'a', 'name=Arbejdsproces & kultur'],
      ['text', 'R&D & 5 > 4 &'],
      ['close', 'a'],
    ]);
    expect(scanner.bareAmpersands).toBe(3);
  });

  test('line ends become \\n; white space in attribute values becomes spaces', () => {
    expect(scan('<a v="x\ty\nz">1\r\n2\r3</a>', ['v'])).toEqual([
      ['open', 'a', 'v=x y z'],
      ['text', '1\n2\n3'],
      ['close', 'a'],
    ]);
    // A line end in an attribute is one space, CR LF too (it is a line end before it is white space).
    expect(scan('<a v="x\r\ny\rz"/>', ['v'])).toEqual([
      ['open', 'a', 'v=x y z'],
      ['close', 'a'],
    ]);
  });

  test('CDATA is text; comments and processing instructions are skipped; a BOM is dropped', () => {
    expect(
      scan('\uFEFF<!-- før --><a><![CDATA[<ikke et mærke> & ]]><?pi data?><!-- midt --></a><!-- efter -->'),
    ).toEqual([
      ['open', 'a'],
      ['text', '<ikke et mærke> & '],
      ['close', 'a'],
    ]);
  });

  test('white space between elements is text (xml:space="preserve" content is never trimmed)', () => {
    expect(scan('<t xml:space="preserve">  to  </t>')).toEqual([
      ['open', 't'],
      ['text', '  to  '],
      ['close', 't'],
    ]);
  });

  test('however the text is cut into chunks, the tokens are the same', () => {
    const doc =
      '<?xml version="1.0"?>\n<sst xmlns="u" count="3"><si><t xml:space="preserve"> Ærø &amp; Fanø </t></si>' +
      '<!-- note --><si><r><rPr><b/></rPr><t>fed</t></r><r><t>&#248;vrig</t></r></si><si><t><![CDATA[a<b]]></t></si>\r\n</sst>';
    const whole = scan(doc, ['count', 'xml:space']);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: doc.length - 1 }), { maxLength: 30 }), (cuts) => {
        const points = [0, ...[...cuts].sort((a, b) => a - b), doc.length];
        const chunks = points.slice(1).map((end, i) => doc.slice(points[i], end));
        expect(scan(chunks, ['count', 'xml:space'])).toEqual(whole);
      }),
      { seed: 20260101, numRuns: 300 },
    );
  });

  test('a handler with textAt gets plain runs by position, and the same text in all', () => {
    const doc =
      '<sst count="3"><si><t> Ærø </t></si><si><t>a &amp; b</t></si><si><t>x<!-- c -->y<![CDATA[z]]></t></si>\r\n</sst>';
    const byString = scan(doc, ['count']);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: doc.length - 1 }), { maxLength: 20 }), (cuts) => {
        const points = [0, ...[...cuts].sort((a, b) => a - b), doc.length];
        const chunks = points.slice(1).map((end, i) => doc.slice(points[i], end));
        const recorder = new PositionRecorder(['count']);
        expect(scan(chunks, ['count'], recorder)).toEqual(byString);
        // Runs with references or a carriage return are decoded and come through text().
        expect(recorder.plain).toEqual([' Ærø ', 'x', 'y']);
      }),
      { seed: 20260102, numRuns: 200 },
    );
  });

  test('holdsLittle: only while nothing long is unfinished may a piece be cut before it is fed', () => {
    const scanner = new XmlScanner('test.xml', new Recorder());
    scanner.feed('<a><b v="12');
    expect(scanner.holdsLittle(100)).toBe(true);
    // What could be left unfinished would pass RESCAN_GRACE (64 Ki characters).
    expect(scanner.holdsLittle(64 * 1024)).toBe(false);
    // A long unfinished token: the tokenizer now waits for more text before it looks again.
    scanner.feed('x'.repeat(70_000));
    expect(scanner.holdsLittle(1)).toBe(false);
    scanner.feed('"/></a>');
    scanner.end();
  });

  test('a long text node fed in small chunks arrives whole', () => {
    const long = 'æ'.repeat(300_000);
    const doc = `<a>${long}</a>`;
    const chunks: string[] = [];
    for (let i = 0; i < doc.length; i += 1000) chunks.push(doc.slice(i, i + 1000));
    expect(scan(chunks)).toEqual([
      ['open', 'a'],
      ['text', long],
      ['close', 'a'],
    ]);
  });
});

describe('refusals', () => {
  test.each([
    ['<!DOCTYPE a><a/>', 'a DOCTYPE'],
    ['<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'an internal entity'],
    ['<!DOCTYPE a SYSTEM "http://attacker.example/a.dtd"><a/>', 'an external DTD'],
    ['<a><!ENTITY x "y"></a>', 'an entity declaration inside content'],
    ['<a><!doctype b></a>', 'a lower-case doctype'],
  ])('%s (%s) is xml_dtd', (xml) => {
    expect(refusal(xml)).toBe('xml_dtd');
  });

  test.each([
    ['<a><b></a></b>', 'crossed tags'],
    ['<a>', 'an unclosed root'],
    ['<a/><b/>', 'two roots'],
    ['tekst<a/>', 'text before the root'],
    ['<a/>tekst', 'text after the root'],
    ['', 'nothing at all'],
    ['<a v=1/>', 'an unquoted attribute'],
    ['<a v="1" v="2"/>', 'a duplicate attribute'],
    ['<a v="<"/>', 'a < in an attribute'],
    ['<a v="1"w="2"/>', 'attributes without space between'],
    ['<a>&nbsp;</a>', 'an undeclared entity'],
    ['<a>&#0;</a>', 'a reference to NUL'],
    ['<a>&#xD800;</a>', 'a reference to a lone surrogate'],
    ['<a><b', 'a tag cut off'],
    ['<a><!-- no end</a>', 'an unterminated comment'],
    ['<a/><?xml version="1.0"?>', 'an XML declaration not first'],
    ['<1a/>', 'a name starting with a digit'],
    ['<a\u0001/>', 'a control character in a tag'],
  ])('%s (%s) is xml_invalid', (xml) => {
    expect(refusal(xml)).toBe('xml_invalid');
  });

  test('a tag with tens of thousands of attributes is read in linear time; a repeat among them is refused', () => {
    // 40,000 attributes in a 0.4 MB tag (a 60 kB zip entry): comparing each name with every name
    // before it took seconds; a file of such tags would hold the intake for minutes.
    const names = Array.from({ length: 40_000 }, (_, i) => `a${i}`);
    const tag = (extra: string): string => `<r ${names.map((n) => `${n}="1"`).join(' ')}${extra}/>`;
    const started = Date.now();
    expect(refusal(tag(''))).toBe('accepted');
    expect(refusal(tag(' a39999="2"'))).toBe('xml_invalid');
    expect(
      refusal(
        `<r ${names
          .slice(0, 20)
          .map((n) => `${n}="1"`)
          .join(' ')} a3="x"/>`,
      ),
    ).toBe('xml_invalid');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  test('a part of 300,000 distinct tag names is read without interning each (seconds of CPU before)', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 26;
    const name = (): string =>
      `a${Array.from({ length: 6 }, () => String.fromCharCode(97 + next())).join('')}`;
    const names = Array.from({ length: 300_000 }, name);
    const xml = `<r>${names.map((n) => `<${n}/>`).join('')}</r>`;
    const opened: string[] = [];
    const handler: XmlHandler = { open: (n) => void opened.push(n), close() {}, text() {} };
    const started = process.cpuUsage();
    const scanner = new XmlScanner('x.xml', handler);
    scanner.feed(xml);
    scanner.end();
    const used = process.cpuUsage(started);
    // Every name is still read as it is written.
    expect(opened).toEqual(['r', ...names]);
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });

  test('messages name the part, in Danish and English', () => {
    try {
      scan('<a><b></a>');
      throw new Error('accepted');
    } catch (err) {
      if (!(err instanceof RefusalError)) throw err;
      expect(err.userMessage.da).toMatch(/test\.xml/);
      expect(err.userMessage.en).toMatch(/test\.xml/);
    }
  });

  test('prolog-only mode stops at the root element, having checked the prolog', () => {
    const quiet: XmlHandler = { open: () => undefined, close: () => undefined, text: () => undefined };
    const ok = new XmlScanner('p.xml', quiet, true);
    ok.feed('<?xml version="1.0"?><!-- x --><root><unclosed>');
    expect(ok.done).toBe(true);
    const bad = new XmlScanner('p.xml', quiet, true);
    expect(() => bad.feed('<?xml version="1.0"?><!DOCTYPE root><root/>')).toThrow(/DTD/);
  });
});
