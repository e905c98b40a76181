<?php
/**
 * The library's module script and the embeds' resize listener: registered on every page,
 * enqueued only by what draws a chart or an embed, so a page without one loads neither.
 *
 * @package ConflictCharts
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'conflict_charts_register_assets' );
add_action( 'wp_enqueue_scripts', 'conflict_charts_enqueue_placeholder_style' );
add_filter( 'script_loader_tag', 'conflict_charts_module_tag', 10, 2 );

/**
 * Registers the scripts. The library's version is null on purpose: the chunks it loads import
 * `./conflict-charts.js` by that bare name, and the same file under `?ver=…` would be a second
 * module, run twice.
 */
function conflict_charts_register_assets() {
	// phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- see the comment above.
	wp_register_script( 'conflict-charts', plugins_url( 'dist/conflict-charts.js', CONFLICT_CHARTS_FILE ), array(), null, true );
	wp_register_script( 'conflict-charts-resize', plugins_url( 'assets/resize.js', CONFLICT_CHARTS_FILE ), array(), CONFLICT_CHARTS_VERSION, true );
	wp_register_style( 'conflict-charts', plugins_url( 'dist/conflict-charts.css', CONFLICT_CHARTS_FILE ), array(), CONFLICT_CHARTS_VERSION );
}

/**
 * Links the stylesheet that keeps each chart's place (dist/conflict-charts.css, a few lines)
 * in the head of a page whose posts hold a chart, so the text under a chart does not jump down
 * when the footer's script draws it. The head is printed before the content, so the posts'
 * text is looked at: a chart tag, the block or the shortcode.
 */
function conflict_charts_enqueue_placeholder_style() {
	global $wp_query;
	if ( ! $wp_query instanceof WP_Query || empty( $wp_query->posts ) ) {
		return;
	}
	$tags    = implode( '|', array_map( 'preg_quote', conflict_charts_chart_tags() ) );
	$pattern = '#<(' . $tags . ')\b|<!-- wp:conflict-charts/chart\b|\[conflict_chart\b#i';
	foreach ( $wp_query->posts as $post ) {
		$content = $post instanceof WP_Post ? $post->post_content : '';
		if ( preg_match( $pattern, $content ) ) {
			wp_enqueue_style( 'conflict-charts' );
			return;
		}
	}
}

/**
 * Enqueues the library for a chart about to be printed (in the footer, which every theme has).
 */
function conflict_charts_enqueue_library() {
	wp_enqueue_script( 'conflict-charts' );
}

/**
 * Enqueues the listener that fits embed iframes to their chart's height.
 */
function conflict_charts_enqueue_resize() {
	wp_enqueue_script( 'conflict-charts-resize' );
}

/**
 * Loads the library as a module: `<script type="module">` (WordPress 6.1 has no module API).
 *
 * @param string $tag    The script tags printed for the handle.
 * @param string $handle The handle.
 * @return string
 */
function conflict_charts_module_tag( $tag, $handle ) {
	if ( 'conflict-charts' !== $handle ) {
		return $tag;
	}
	return preg_replace_callback(
		'#<script\b[^>]*>#',
		static function ( $match ) {
			if ( ! preg_match( '#\sid=([\'"])conflict-charts-js\1#', $match[0] ) ) {
				return $match[0];
			}
			$without_type = preg_replace( '#\stype=([\'"])[^\'"]*\1#', '', $match[0] );
			return preg_replace( '#^<script\b#', '<script type="module"', $without_type );
		},
		$tag
	);
}
