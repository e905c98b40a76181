// The single file a CMS page names: registers all three elements. Vega loads later, on
// first draw, from a sibling chunk resolved against this file's own URL.
import './index.js';
