import { defineElement } from '../../base/define.js';
import { VERSION } from '../../version.js';

// Server-side rendering and plain Node have no HTMLElement; the class is only needed in browsers.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * A dated note on the `<attack-timeline>` it sits in, typed by an editor: a rule on `date`, or a
 * shaded span from `from` to `to`, labelled with the element's text.
 *
 * ```html
 * <attack-timeline src="events.csv">
 *   <cc-annotation date="2020-08-18">Coup in Mali</cc-annotation>
 *   <cc-annotation from="2022-02-17" to="2022-08-15">French withdrawal</cc-annotation>
 * </attack-timeline>
 * ```
 *
 * @summary A dated annotation (a coup, a withdrawal) inside an `<attack-timeline>`.
 * @tagname cc-annotation
 * @attr {string} date - The day of a one-day event, e.g. `2020-08-18`.
 * @attr {string} from - Start of a span.
 * @attr {string} to - End of a span (inclusive).
 */
export class CcAnnotation extends Base {}

defineElement('cc-annotation', CcAnnotation, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'cc-annotation': CcAnnotation;
  }
}
