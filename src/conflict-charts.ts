// The single file a CMS page names: registers the elements. The counting and drawing code and
// Vega load later, on first draw, from sibling chunks resolved against this file's own URL.
import './components/attack-timeline/attack-timeline.js';
import './components/country-comparison/country-comparison.js';
import './components/actor-breakdown/actor-breakdown.js';
import './components/conflict-map/conflict-map.js';
