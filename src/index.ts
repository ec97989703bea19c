/**
 * zoek: Dutch-aware full-text search at sentence level.
 *
 * @packageDocumentation
 */

export { analyze, createAnalyzer, defaultAnalyzer } from './analysis/analyzer.js'
export type { Analyzer, AnalyzerConfig, AnalyzerIdentity, AnalyzerOptions, Token } from './analysis/analyzer.js'
export { foldDiacritics, normalizeApostrophes, normalizeWord } from './analysis/normalize.js'
export { stem, stemAlgorithms } from './analysis/stem/index.js'
export type { StemAlgorithm } from './analysis/stem/index.js'
export { dutchStopWords } from './analysis/stopwords.js'
export { tokenize } from './analysis/tokenize.js'
export type { RawToken, TokenKind } from './analysis/tokenize.js'
export { createIndex, loadIndex } from './create.js'
export type { IndexOptions } from './create.js'
export {
  AnalyzerMismatchError,
  DocumentNotFoundError,
  DuplicateIdError,
  IndexFormatError,
  InvalidDocumentError,
  InvalidOptionError,
  QuerySyntaxError,
  SegmenterMissingError,
  ZoekError,
} from './errors.js'
export type { ZoekErrorCode } from './errors.js'
export { filterFields } from './query/ast.js'
export type { BooleanNode, FieldNode, FilterField, FuzzyNode, NotNode, PhraseNode, PrefixNode, QueryNode, RequiredNode, TermNode } from './query/ast.js'
export { MAX_FUZZY_DISTANCE, parseQuery } from './query/parser.js'
export type { DefaultOperator, ParseOptions } from './query/parser.js'
export { highlight } from './search/highlight.js'
export type { HighlightOptions, Span } from './search/highlight.js'
export type { IndexSource } from './search/load.js'
export { SentenceIndex } from './search/sentence-index.js'
export type { AddAllOptions, SearchOptions, Segmenter, SuggestOptions } from './search/sentence-index.js'
export type { Posting, SentenceColumns, SerializedDocument, SerializedIndex, TermData } from './search/format.js'
export { INDEX_FORMAT, INDEX_FORMAT_VERSION, READABLE_FORMAT_VERSIONS } from './search/serialize.js'
export type { IndexSnapshot, SegmentColumns, SerializedAnalyzer, SnapshotDocument } from './search/serialize.js'
export { roles } from './search/types.js'
export type { ContextSentence, DocumentId, DocumentInput, Explanation, HitInfo, JsonValue, Role, SearchHit, SearchResults, SegmentInput, Suggestion } from './search/types.js'
export { segmentInterview, SHORT_LINE_WORDS } from './segment/interview.js'
export type { InterviewOptions, InterviewSegment } from './segment/interview.js'
export type { ParagraphMode } from './segment/paragraphs.js'
export { MAX_SEGMENT_LENGTH, segment } from './segment/sentences.js'
export type { Segment, SegmentOptions } from './segment/sentences.js'
export { version } from './version.js'
