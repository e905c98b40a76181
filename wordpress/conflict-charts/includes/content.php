<?php
/**
 * Chart tags written into a post by hand (Custom HTML block, classic editor):
 * - kept whole through `wpautop`, which would otherwise wrap an element in `<p>` and let the
 *   browser close that `<p>` at the element's fallback `<table>`, leaving the table outside
 *   the chart: each element is swapped for a placeholder before `wpautop` (priority 10) and
 *   put back after it;
 * - held to the source policy (includes/sources.php) in posts whose author lacks
 *   `unfiltered_html`;
 * - the reason the library script is enqueued, as iframes of the embed page are for the
 *   resize listener.
 *
 * @package ConflictCharts
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'the_content', 'conflict_charts_protect_tags', 8 );
add_filter( 'the_content', 'conflict_charts_restore_tags', 11 );

/**
 * One whole chart element: its start tag (attribute values may hold `>`), its children and its
 * end tag.
 *
 * @return string
 */
function conflict_charts_element_pattern() {
	$tags = implode( '|', array_map( 'preg_quote', conflict_charts_chart_tags() ) );
	return '#<(' . $tags . ')((?:\s+(?:[^\s"\'>/=]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s"\'>]+))?|/))*)\s*>(.*?)</\1\s*>#is';
}

/**
 * The placeholders of this request: token => element.
 *
 * @param array|null $add Token => element to remember.
 * @return array
 */
function conflict_charts_placeholders( $add = null ) {
	static $saved = array();
	if ( null !== $add ) {
		$saved = array_merge( $saved, $add );
	}
	return $saved;
}

/**
 * The `$n`th placeholder of this request: letters and digits only, which neither `wpautop` nor
 * `wptexturize` changes, and unguessable, so a post cannot write one.
 *
 * @param int $n The placeholder's number.
 * @return string
 */
function conflict_charts_placeholder_token( $n ) {
	static $secret = null;
	if ( null === $secret ) {
		$secret = wp_generate_password( 16, false );
	}
	return 'conflictcharts' . $secret . 'n' . $n;
}

/**
 * Swaps each chart element for a placeholder paragraph, after applying the source policy.
 *
 * @param string $content The post content.
 * @return string
 */
function conflict_charts_protect_tags( $content ) {
	if ( ! is_string( $content ) ) {
		return $content;
	}
	if ( false !== strpos( $content, conflict_charts_embed_page_url() ) ) {
		conflict_charts_enqueue_resize();
	}
	if ( ! preg_match( conflict_charts_element_pattern(), $content ) ) {
		return $content;
	}
	conflict_charts_enqueue_library();
	$post    = get_post();
	$saved   = array();
	$content = preg_replace_callback(
		conflict_charts_element_pattern(),
		static function ( $match ) use ( $post, &$saved ) {
			$token           = conflict_charts_placeholder_token( count( conflict_charts_placeholders() ) + count( $saved ) );
			$saved[ $token ] = conflict_charts_apply_source_policy( $match, $post );
			return "\n\n" . $token . "\n\n";
		},
		$content
	);
	conflict_charts_placeholders( $saved );
	return $content;
}

/**
 * Puts the elements back, with the `<p>` that `wpautop` put around their placeholders removed.
 *
 * @param string $content The filtered content.
 * @return string
 */
function conflict_charts_restore_tags( $content ) {
	if ( ! is_string( $content ) ) {
		return $content;
	}
	foreach ( conflict_charts_placeholders() as $token => $element ) {
		if ( false === strpos( $content, $token ) ) {
			continue;
		}
		$content = preg_replace( '#<p>\s*' . $token . '\s*</p>\n?#', $element, $content, 1, $count );
		if ( ! $count ) {
			$content = str_replace( $token, $element, $content );
		}
	}
	return $content;
}

/**
 * The element of `$match` with its `src` removed when the post's author may not read from
 * where it points. Elements in other posts are returned as written.
 *
 * @param array        $match The element, its tag, its attributes and its children.
 * @param WP_Post|null $post  The post.
 * @return string
 */
function conflict_charts_apply_source_policy( $match, $post ) {
	if ( conflict_charts_author_may_use_remote( $post ) ) {
		return $match[0];
	}
	$attributes = wp_kses_hair( $match[2], wp_allowed_protocols() );
	$kept       = array();
	$refused    = false;
	foreach ( $attributes as $attribute ) {
		if ( 'src' === strtolower( $attribute['name'] ) ) {
			$url = conflict_charts_allowed_src( $attribute['value'], $post );
			if ( '' === $url ) {
				$refused = true;
				continue;
			}
			$kept[] = sprintf( 'src="%s"', esc_attr( $url ) );
			continue;
		}
		$kept[] = $attribute['whole'];
	}
	if ( ! $refused ) {
		return $match[0];
	}
	$start = '<' . $match[1] . ( $kept ? ' ' . implode( ' ', $kept ) : '' ) . '>';
	return '<!-- conflict-charts: src refused (an http(s) file on this site is needed; see the plugin readme) -->' . $start . $match[3] . '</' . $match[1] . '>';
}
