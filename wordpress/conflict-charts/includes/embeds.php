<?php
/**
 * This site's chart page (the plugin's `dist/embed.html?chart=…`) as an embed: pasted into the
 * Embed block or on its own line in the classic editor, by any role, it becomes an iframe that
 * the resize listener (assets/resize.js, enqueued with it) fits to the chart's height.
 *
 * @package ConflictCharts
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'conflict_charts_register_embed' );

/**
 * The chart page's address, without scheme: `//example.org/wp-content/plugins/conflict-charts/dist/embed.html`.
 *
 * @return string
 */
function conflict_charts_embed_page_url() {
	return preg_replace( '#^https?:#i', '', plugins_url( 'dist/embed.html', CONFLICT_CHARTS_FILE ) );
}

/**
 * Registers the embed handler for the chart page's addresses (http or https).
 */
function conflict_charts_register_embed() {
	$regex = '#^https?:' . preg_quote( conflict_charts_embed_page_url(), '#' ) . '\?\S+$#i';
	wp_embed_register_handler( 'conflict-charts', $regex, 'conflict_charts_embed_html' );
}

/**
 * The iframe for one chart page address.
 *
 * @param array  $matches The regex's matches.
 * @param array  $attr    Embed attributes (width, height).
 * @param string $url     The address.
 * @return string
 */
function conflict_charts_embed_html( $matches, $attr, $url ) {
	$post  = get_post();
	$query = array();
	wp_parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
	if ( isset( $query['src'] ) && '' === conflict_charts_embed_src( (string) $query['src'], $post ) ) {
		unset( $query['src'] );
	}
	$page  = strtok( $url, '?' );
	$src   = $page . '?' . http_build_query( $query, '', '&', PHP_QUERY_RFC3986 );
	$title = isset( $query['heading'] ) && is_string( $query['heading'] ) && '' !== trim( $query['heading'] ) ? $query['heading'] : __( 'Chart', 'conflict-charts' );
	if ( is_feed() ) {
		return sprintf( '<p><a href="%s">%s</a></p>', esc_url( $src ), esc_html( $title ) );
	}
	conflict_charts_enqueue_resize();
	return sprintf(
		'<iframe class="conflict-charts-embed" src="%s" title="%s" width="100%%" height="%d" style="width:100%%;border:0" scrolling="no" loading="lazy"></iframe>',
		esc_url( $src, array( 'http', 'https' ) ),
		esc_attr( $title ),
		360
	);
}

/**
 * The `src` parameter of a chart page address under the source policy. A relative address is
 * read from beside the chart page, on this site.
 *
 * @param string       $src  The parameter.
 * @param WP_Post|null $post The post the embed is in.
 * @return string '' when refused.
 */
function conflict_charts_embed_src( $src, $post ) {
	return conflict_charts_allowed_src( $src, $post );
}
