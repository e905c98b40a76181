<?php
/**
 * Lets every writer keep the chart tags in a post: kses (which filters the posts of users
 * without `unfiltered_html`) keeps the chart tags and `<cc-annotation>` with exactly their
 * documented attributes and the global ones kses allows elsewhere, but not `style` or any
 * event handler. `src` is a URL attribute for kses, so only its allowed protocols survive.
 *
 * @package ConflictCharts
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', 'conflict_charts_allowed_html', 10, 2 );

/**
 * The global attributes kses gives every tag it allows in posts, without `style`: a writer
 * could otherwise lay a chart over the page.
 *
 * @return array
 */
function conflict_charts_global_attributes() {
	return array(
		'aria-describedby' => true,
		'aria-details'     => true,
		'aria-label'       => true,
		'aria-labelledby'  => true,
		'aria-hidden'      => true,
		'class'            => true,
		'data-*'           => true,
		'dir'              => true,
		'id'               => true,
		'lang'             => true,
		'title'            => true,
		'role'             => true,
	);
}

/**
 * The tags this plugin adds to the `post` context, tag => allowed attributes.
 *
 * @return array
 */
function conflict_charts_allowed_tags() {
	$tags = array();
	foreach ( conflict_charts_chart_tags() as $tag ) {
		$tags[ $tag ] = array_merge( conflict_charts_global_attributes(), array_fill_keys( array_keys( conflict_charts_attributes_of( $tag ) ), true ) );
	}
	$tags['cc-annotation'] = array_merge( conflict_charts_global_attributes(), array_fill_keys( conflict_charts_options()['annotation'], true ) );
	return $tags;
}

/**
 * Adds the chart tags to what kses allows in posts.
 *
 * @param array  $allowed Tag => attributes kses allows.
 * @param string $context The kses context.
 * @return array
 */
function conflict_charts_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context || ! is_array( $allowed ) ) {
		return $allowed;
	}
	return array_merge( $allowed, conflict_charts_allowed_tags() );
}
