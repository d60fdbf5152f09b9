/**
 * The caps on what may be ingested, checked where input enters (a file, an NDJSON line, a
 * page, an API submission) and refused with an error that names the cap. Every figure is in
 * the README's table; past these sizes an input is an accident or an attack, not an article.
 */
export const INGEST_LIMITS = {
  /** Characters of article text: about 900,000 words; extraction stays linear up to it. */
  articleChars: 5 * 1024 * 1024,
  /** Bytes of an HTML page before parsing: pages with their furniture run to a few hundred KB. */
  htmlBytes: 10 * 1024 * 1024,
  /**
   * Elements open inside one another in a page. News pages nest 20 to 40 deep; parsing and
   * Readability recurse, and 10,000 levels overflowed the stack (50,000 ran for minutes).
   */
  htmlDepth: 128,
  /**
   * Elements in one page: a long article page has a few thousand. Readability's time grows
   * with their square: 20,000 take about 2 s, 40,000 over 6 s.
   */
  htmlElements: 20_000,
  /** Bytes of one .txt file: an article at its cap, every character in 4 UTF-8 bytes. */
  textFileBytes: 4 * 5 * 1024 * 1024 + 64 * 1024,
  /** Bytes of one .ndjson batch file, read whole. */
  batchBytes: 512 * 1024 * 1024,
  titleChars: 1000,
  urlChars: 2048,
  sourceChars: 200,
  /** An explicit article id (`id:` header, NDJSON `id`, the API's `input.id`). */
  idChars: 200,
  /**
   * The path an article was read from, as the API's `input.file` gives it: the longest path
   * Linux opens (PATH_MAX), so that a path `npm run ingest` read is kept whole.
   */
  fileChars: 4096,
} as const;
