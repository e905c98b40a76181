import { property } from 'lit/decorators.js';
import { ChartElement } from '../../base/chart-element.js';
import { defineElement } from '../../base/define.js';
import type { MapGroupBy, MapMark, SmallMultiples } from '../../options/values.js';
import type { MapRow } from '../../data/types.js';
import { VERSION } from '../../version.js';

/**
 * Where events happened: a dot per location (area by count or fatalities, colour by event type
 * or actor, hollow where the location is approximate), or countries shaded by their count, on
 * Natural Earth's outlines with an equal-area projection fitted to the data. The map does not
 * zoom or pan; the data table lists every place.
 *
 * ```html
 * <conflict-map src="ucdp_ged_nigeria_2017-2019.csv" group-by="event-type"></conflict-map>
 * <conflict-map src="jnim_claims_cep_2025.csv" mark="countries" date-field="month" value-field="claimed_attacks"></conflict-map>
 * ```
 *
 * Locations: UCDP `where_prec` 1–3 and ACLED `geo_precision` 1–2 are drawn solid, `where_prec`
 * 4–5 and `geo_precision` 3 hollow; events located only to their country (`where_prec` 6–7) or
 * without usable coordinates (empty, out of range, 0,0) have no dot and are counted, with their
 * reason, in `skipped` and the note under the map.
 *
 * Own regions: `boundaries` names a TopoJSON or GeoJSON file (geoBoundaries, OCHA, Natural
 * Earth admin 1) and `mark="regions"` shades its regions by their count, matched by name to the
 * events' region column (`region-field`); regions of the data that match none are listed under
 * the map, never dropped.
 *
 * @summary A map of events: dots per location, or countries or your own regions shaded by their count.
 * @tagname conflict-map
 *
 * @prop {MapRow[]} chartData - The rows drawn: a dot per location `{country, place, latitude, longitude, approximate, group?, value}`, largest first; or a country `{country, iso?, value}`; or a region `{country, region, regionKey?, value}` (`regionKey` absent when no region of `boundaries` has its name) (`iso` the ISO 3166-1 numeric code, absent when the name was not recognised: such countries are listed under the map, not drawn).
 * @fires {CcSelectEvent} cc-select - A dot or country chosen by click or keyboard; `detail` is its `chartData` row.
 */
export class ConflictMap extends ChartElement<MapRow> {
  /**
   * `points` (default): a dot per location; `countries`: each country shaded by its count (no
   * coordinates needed); `regions`: the regions of `boundaries` shaded by their count.
   */
  @property() mark: MapMark = 'points';
  /** Colour the dots by `event-type` or `actor`; `none` (default) draws them in one colour. Countries are shaded by their count alone. */
  @property({ attribute: 'group-by' }) groupBy: MapGroupBy = 'none';
  /**
   * `year`, `quarter` or `month`: one small map per period, on one scale and one extent, the
   * last 12 periods at most; one column under 480 px.
   */
  @property({ attribute: 'small-multiples' }) smallMultiples: SmallMultiples = 'none';
  /**
   * A TopoJSON or GeoJSON file of your own regions (admin 1 or 2, from geoBoundaries or OCHA):
   * its URL, or (as a property) the parsed file. `mark="regions"` shades them by their count;
   * over points or countries their outlines are drawn.
   */
  @property() boundaries?: string | object;
  /** The property of the `boundaries` features that names each region (default: `shapeName`, `ADM2_EN`, `ADM1_EN`, `NAME_2`, `NAME_1` or `name`, the first they have). */
  @property({ attribute: 'boundary-key' }) boundaryKey?: string;
  /** The column naming each event's region (UCDP GED `adm_1`, ACLED `admin1`), matched to the `boundaries` names ignoring case, accents and words such as "state". */
  @property({ attribute: 'region-field' }) regionField?: string;

  protected override loadDefinition() {
    return import('../../charts/conflict-map.js').then((module) => module.conflictMapDefinition);
  }
}

defineElement('conflict-map', ConflictMap, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'conflict-map': ConflictMap;
  }
}
