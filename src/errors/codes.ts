import type { Interval } from '../options/values.js';

type NoParams = Record<string, never>;

/** A file or a table: the name a reader recognises. */
interface Named {
  name: string;
}

/**
 * The first columns of the data, comma-separated (empty when there are none), and how many
 * more there are.
 */
interface ColumnList {
  columns: string;
  more: number;
}

/**
 * What each {@link DataErrorCode} says, with the values its sentence needs. A code whose
 * message wraps another error (`inFile`) gets that error as its `cause`; the locale's
 * function receives the cause's message, already translated, as its second argument.
 */
export interface DataErrorParams {
  fileEmpty: NoParams;
  htmlPage: NoParams;
  /** `detail`: the JSON parser's own message. */
  jsonUnreadable: { detail: string };
  jsonRowsNotObjects: NoParams;
  jsonNoRows: NoParams;
  /** `keys`: the first keys of the object found, comma-separated; empty when it has none. */
  jsonNoRowsKeys: { keys: string };
  requestFailed: Named;
  /** The request to another origin failed: unreachable, or no CORS headers. */
  requestBlocked: Named;
  httpStatus: Named & { status: number; statusText: string };
  loadInterrupted: Named;
  loadTimeout: Named & { seconds: number };
  /** `name: <the cause's message>`. */
  inFile: Named;
  notRowArray: NoParams;
  /** `from` and `to`: the first and last bins, `YYYY-MM-DD`. */
  tooManyPeriods: { limit: number; from: string; to: string };
  countedByMonth: { interval: Interval };
  countedByYear: { interval: Interval };
  /** `attribute`: the `*-field` attribute that names `column`. */
  columnNotFound: ColumnList & { column: string; attribute: string };
  noDateColumn: ColumnList;
  noAcledDate: ColumnList;
  noUcdpDate: ColumnList;
  /** A points map of data without latitude and longitude columns. */
  noCoordinates: NoParams;
  /** `mark="regions"` without a `boundaries` file. */
  noBoundaries: NoParams;
  /** A map of regions of data without a region column. */
  noRegionColumn: NoParams;
  /** The `boundaries` file has no TopoJSON or GeoJSON features. */
  boundariesNotGeo: Named;
  /** `key`: the `boundary-key` given ('' when none); `properties`: those the features have, comma-separated. */
  boundaryKeyMissing: Named & { key: string; properties: string };
  /** `allowed`: the accepted values, comma-separated. */
  notOneOf: { attribute: string; value: string; allowed: string };
  notADate: { attribute: string; value: string };
  /** `detail`: the JSON parser's own message. */
  attributeNotJson: { attribute: string; detail: string };
  /** The `spec-patch` JSON is not an object. */
  specPatchNotObject: NoParams;
  /** `path`: where the patch has a `url` or `href` key (`data.url`). */
  specPatchLoads: { path: string };
  annotationDate: { value: string };
  annotationsNotList: NoParams;
  annotationNeedsDate: { label: string };
  /** `kinds`: the chart kinds, comma-separated. */
  unknownChart: { kind: string; kinds: string };
  noData: NoParams;
  /** `columns`: the first eight column names, comma-separated; empty when none are known. */
  noRows: { columns: string };
  tooManyRows: { rows: number; limit: number };
  /** The command line's `--max-rows` version of `tooManyRows`. */
  tooManyRowsFlag: { rows: number; limit: number };
  /** The Node API was given none of a file, its text and rows. */
  noSource: NoParams;
  /** The Node API was given more than one of a file, its text and rows. */
  manySources: NoParams;
  fileNotFound: Named & { path: string };
  isFolder: Named & { path: string };
  permissionDenied: Named;
  /** `detail`: the operating system's own message. */
  readFailed: Named & { detail: string };
  /** `detail`: the network library's own message. */
  requestError: Named & { detail: string };
  /** `detail`: the operating system's own message. */
  writeFailed: { path: string; detail: string };
}

/** The stable name of each kind of {@link DataError}, the same in every language and version. */
export type DataErrorCode = keyof DataErrorParams;

/**
 * Codes of a map's own boundaries, whose sentences (English and French) come with the map's code
 * (errors/map-messages.ts) rather than with every page: only a map can meet them.
 */
export type LateErrorCode = 'noBoundaries' | 'noRegionColumn' | 'boundariesNotGeo' | 'boundaryKeyMissing';

/** The sentence of one code: its `params`, and the translated message of the cause (or ''). */
export type DataErrorMessage<C extends DataErrorCode> = (params: DataErrorParams[C], cause: string) => string;

/** A locale's sentence for each code a page can meet before a map's code loads. */
export type DataErrorMessages = {
  [C in Exclude<DataErrorCode, LateErrorCode>]: DataErrorMessage<C>;
} & { [C in LateErrorCode]?: DataErrorMessage<C> };

/** The sentences of the codes that come with a feature's own code. */
export type LateErrorMessages = { [C in LateErrorCode]: DataErrorMessage<C> };

/** The constructor's arguments after the code: params (optional when the code takes none), then options. */
export type DataErrorArgs<C extends DataErrorCode> = NoParams extends DataErrorParams[C]
  ? [params?: DataErrorParams[C], options?: ErrorOptions]
  : [params: DataErrorParams[C], options?: ErrorOptions];
