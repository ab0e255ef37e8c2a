export type { RawFeedFields, RawItemFields } from './adapters.ts';
export { type ParsedFeedDate, parseFeedDate } from './dates.ts';
export { type CharsetSource, type DecodedFeedBody, decodeFeedBody, parseCharsetParameter } from './decode.ts';
export { neutralizeDoctype } from './doctype.ts';
export { FeedParseError, type FeedParseErrorKind } from './errors.ts';
export { isNewsSearchFeed, splitPublisherSuffix } from './news-search.ts';
export { type ParseFeedOptions, parseFeed } from './parse-feed.ts';
export { scanXml, type XmlScanResult } from './scan-xml.ts';
