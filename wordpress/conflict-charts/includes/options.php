<?php
/**
 * The charts and their attributes, as the library documents them: read from
 * generated-options.php, which the build writes from the library's options table.
 *
 * @package ConflictCharts
 */

defined( 'ABSPATH' ) || exit;

/**
 * The generated table: charts, attributes (kind, values, default, charts, doc), the
 * `<cc-annotation>` attributes and every tag the plugin knows.
 *
 * @return array
 */
function conflict_charts_options() {
	static $options = null;
	if ( null === $options ) {
		$options = require __DIR__ . '/generated-options.php';
	}
	return $options;
}

/**
 * The chart tags: attack-timeline, country-comparison, actor-breakdown, conflict-map.
 *
 * @return string[]
 */
function conflict_charts_chart_tags() {
	return array_keys( conflict_charts_options()['charts'] );
}

/**
 * Whether `$tag` is one of the chart tags.
 *
 * @param mixed $tag A tag name.
 * @return bool
 */
function conflict_charts_is_chart( $tag ) {
	return is_string( $tag ) && in_array( $tag, conflict_charts_chart_tags(), true );
}

/**
 * The attributes one chart has, name => spec, in the table's order.
 *
 * @param string $tag A chart tag.
 * @return array
 */
function conflict_charts_attributes_of( $tag ) {
	$own = array();
	foreach ( conflict_charts_options()['attributes'] as $name => $spec ) {
		if ( in_array( $tag, $spec['charts'], true ) ) {
			$own[ $name ] = $spec;
		}
	}
	return $own;
}
