<?php
/**
 * `[conflict_chart type="country-comparison" src="…" date-field="month" …]` for the classic
 * editor, the Shortcode block and themes. Every other attribute is an attribute of the chart,
 * written as in HTML (`date-field`, or `date_field`). JSON values go in single quotes:
 * `colors='{"Mali":"#c1272d"}'`. A shortcode ends at the first `]`, so a JSON array cannot be
 * written in one: dated notes on a timeline are `[cc_annotation date="2020-08-18"]Coup[/cc_annotation]`
 * between `[conflict_chart …]` and `[/conflict_chart]`.
 *
 * @package ConflictCharts
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'conflict_charts_register_shortcodes' );

/**
 * Registers `[conflict_chart]` and `[cc_annotation]`.
 */
function conflict_charts_register_shortcodes() {
	add_shortcode( 'conflict_chart', 'conflict_charts_shortcode' );
	add_shortcode( 'cc_annotation', 'conflict_charts_annotation_shortcode' );
}

/**
 * Renders `[conflict_chart]`.
 *
 * @param array|string $atts    The shortcode's attributes.
 * @param string|null  $content Its content: `[cc_annotation]` notes.
 * @return string
 */
function conflict_charts_shortcode( $atts, $content = null ) {
	$atts = is_array( $atts ) ? $atts : array();
	$tag  = isset( $atts['type'] ) ? strtolower( trim( (string) $atts['type'] ) ) : '';
	if ( ! conflict_charts_is_chart( $tag ) ) {
		return '<!-- conflict-charts: [conflict_chart] needs type="' . esc_html( implode( '|', conflict_charts_chart_tags() ) ) . '" -->';
	}
	unset( $atts['type'] );
	// A bare word (`include-civilians`) is a boolean attribute that is on.
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && is_string( $value ) ) {
			unset( $atts[ $key ] );
			$atts[ $value ] = 'true';
		}
	}
	$post = get_post();
	if ( is_feed() ) {
		return conflict_charts_feed_link( $post );
	}
	$notes = '';
	if ( 'attack-timeline' === $tag && is_string( $content ) && '' !== trim( $content ) ) {
		$notes = conflict_charts_annotations_from_shortcodes( $content );
	}
	return conflict_charts_chart_markup( $tag, $atts, $notes, $post );
}

/**
 * The `<cc-annotation>` elements of `[cc_annotation]` notes; anything else is dropped.
 *
 * @param string $content The enclosed content.
 * @return string
 */
function conflict_charts_annotations_from_shortcodes( $content ) {
	$notes = '';
	if ( preg_match_all( '/' . get_shortcode_regex( array( 'cc_annotation' ) ) . '/s', $content, $matches, PREG_SET_ORDER ) ) {
		foreach ( $matches as $match ) {
			$notes .= conflict_charts_annotation_markup( (array) shortcode_parse_atts( $match[3] ), $match[5] );
		}
	}
	return $notes;
}

/**
 * `[cc_annotation]` outside a chart shortcode: nothing to annotate.
 *
 * @return string
 */
function conflict_charts_annotation_shortcode() {
	return '';
}

/**
 * What feeds show for a chart: a link to the post, since feed readers run no scripts.
 *
 * @param WP_Post|null $post The post.
 * @return string
 */
function conflict_charts_feed_link( $post ) {
	if ( ! $post instanceof WP_Post ) {
		return '';
	}
	return sprintf( '<p><a href="%s">%s</a></p>', esc_url( get_permalink( $post ) ), esc_html__( 'See the chart in the article.', 'conflict-charts' ) );
}
