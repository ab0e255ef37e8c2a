/**
 * A generated RSS 2.0 feed of `itemCount` items padded to about `targetBytes`, for the parse benchmark (issue 3:
 * "one 12 MB feed of 5,000 items"). Our own text; every item has markup, entities, a relative link and a date.
 */
export function generateBigFeed(itemCount = 5000, targetBytes = 12 * 1024 * 1024): Buffer {
  const itemOverhead = 520;
  const paddingLength = Math.max(0, Math.floor(targetBytes / itemCount) - itemOverhead);
  const paragraph =
    'Our generated sentence about a platform decision, with an accent é and a quote “like this”. ';
  const padding = paragraph.repeat(Math.ceil(paddingLength / paragraph.length)).slice(0, paddingLength);
  const parts: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Bench &amp; feed</title><link>https://bench.example/</link>\n',
  ];
  for (let index = 0; index < itemCount; index++) {
    const minute = String(index % 60).padStart(2, '0');
    parts.push(
      `<item><title>Item ${index}: service suspends account &amp; more</title><link>/news/${index}?utm_source=rss</link>` +
        `<guid isPermaLink="false">bench-${index}</guid><pubDate>Mon, 06 Jan 2025 10:${minute}:00 +0100</pubDate>` +
        `<description>&lt;p&gt;Summary ${index} with &lt;b&gt;markup&lt;/b&gt; &amp;amp; an entity &amp;eacute;.&lt;/p&gt;</description>` +
        `<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>${padding}</p>]]></content:encoded></item>\n`,
    );
  }
  parts.push('</channel></rss>\n');
  return Buffer.from(parts.join(''), 'utf8');
}
