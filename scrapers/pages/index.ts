export { parseArticlePage } from './article-page.ts';
export { type DecodedHtmlBody, decodeHtmlBody, prescanMetaCharset } from './decode-html.ts';
export { extractListingLinks, PageParseError } from './listing-links.ts';
export { SHORT_SUMMARY_CHARACTERS, shouldFetchArticlePage } from './should-fetch-article.ts';
