import { describe, expect, test } from 'vitest';
import { neutralizeDoctype } from '../../../scrapers/feeds/doctype.ts';
import { scanXml } from '../../../scrapers/feeds/scan-xml.ts';

describe('scanXml', () => {
  test.each([
    ['<rss><channel><title>a</title></channel></rss>', 'rss', false],
    ['<?xml version="1.0"?><!-- c --><feed xmlns="x"><entry/></feed>', 'feed', false],
    ['<rdf:RDF xmlns:rdf="r"><item></item></rdf:RDF>', 'RDF', false],
    ['<rss><channel><title>a</channel></rss>', 'rss', true],
    ['<rss><channel>', 'rss', true],
    ['<rss><channel><title>1 < 2</title></channel></rss>', 'rss', true],
  ])('%s → root %s, structural error %s', (text, root, broken) => {
    const result = scanXml(text);
    expect(result.rootName).toBe(root);
    expect(result.structuralError !== null).toBe(broken);
  });

  test('salvage cuts before an item left open and closes its ancestors', () => {
    const text = '<rss><channel><item><title>1</title></item><item><title>2';
    const result = scanXml(text);
    expect(result.salvage).not.toBeNull();
    const repaired = text.slice(0, result.salvage?.cutOffset) + (result.salvage?.closingTags ?? '');
    expect(repaired).toBe('<rss><channel><item><title>1</title></item></channel></rss>');
    expect(scanXml(repaired).structuralError).toBeNull();
  });

  test('undefined entities and undeclared prefixes are flagged without being structural', () => {
    expect(scanXml('<rss><title>&eacute;</title></rss>').nonStructuralError).toContain('&eacute;');
    expect(scanXml('<rss><title>&amp; &#233; &#xE9;</title></rss>').nonStructuralError).toBeNull();
    expect(scanXml('<rss><foo:bar/></rss>').nonStructuralError).toContain('foo');
    expect(scanXml('<rss xmlns:foo="u"><foo:bar/></rss>').nonStructuralError).toBeNull();
  });
});

describe('neutralizeDoctype', () => {
  test('removes an internal subset with entity declarations and warns', () => {
    const result = neutralizeDoctype('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "x>y">]><r>&a;</r>');
    expect(result.text).toBe('<?xml version="1.0"?><r>&a;</r>');
    expect(result.warning).toContain('entity declarations ignored');
  });

  test('removes a well-known public DTD silently', () => {
    const result = neutralizeDoctype(
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss/>',
    );
    expect(result).toEqual({ text: '<rss/>', warning: null });
  });

  test('leaves a document without DOCTYPE unchanged', () => {
    expect(neutralizeDoctype('<rss/>')).toEqual({ text: '<rss/>', warning: null });
  });
});

describe('scanXml on large input', () => {
  test('a large document without ampersands scans in linear time', () => {
    const body = `<rss><channel>${'<item><title>plain title</title></item>'.repeat(100_000)}</channel></rss>&amp;`;
    const started = performance.now();
    const result = scanXml(body);
    expect(result.structuralError?.message).toBe('content after the root element');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test('every ampersand of a text node is checked, not only the first', () => {
    expect(scanXml('<rss><title>&amp; then &bogus;</title></rss>').nonStructuralError).toContain('&bogus;');
  });
});

describe('scanXml entity checks across long text nodes', () => {
  test('valid references far into a long text node are not mistaken for bare ampersands', () => {
    const text = `<rss><d>${'&lt;p&gt;Our summary of the &lt;b&gt;hosting&lt;/b&gt; decision.&lt;/p&gt; '.repeat(20)}</d></rss>`;
    expect(scanXml(text).nonStructuralError).toBeNull();
  });
});
