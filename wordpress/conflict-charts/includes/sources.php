<?php
/**
 * Where a chart may read its data from.
 *
 * Policy: a chart reads only http(s) or relative URLs. In posts whose author cannot post
 * unfiltered HTML (authors and contributors on a single site, everyone but Super Admins on
 * Multisite), it reads only files on this site: the reader's browser requests the file, so a
 * file on another host would send every reader's IP address to that host, and its figures
 * could change after an editor approved the post. Administrators and editors may use any
 * http(s) URL. Sites that keep data on another host of their own add it with the
 * `conflict_charts_local_hosts` filter.
 *
 * @package ConflictCharts
 */

defined( 'ABSPATH' ) || exit;

/**
 * The hosts that count as this site: home, site and uploads URLs, and what the filter adds.
 *
 * @return string[] Lower-case host names.
 */
function conflict_charts_local_hosts() {
	$uploads = wp_upload_dir( null, false );
	$hosts   = array();
	foreach ( array( home_url(), site_url(), $uploads['baseurl'] ) as $url ) {
		$host = wp_parse_url( $url, PHP_URL_HOST );
		if ( $host ) {
			$hosts[] = strtolower( $host );
		}
	}
	/**
	 * Filters the hosts whose files every writer's charts may read.
	 *
	 * @param string[] $hosts Host names (home, site and uploads URLs by default).
	 */
	$hosts = (array) apply_filters( 'conflict_charts_local_hosts', $hosts );
	return array_values( array_unique( array_map( 'strtolower', $hosts ) ) );
}

/**
 * `$url` cleaned when it is an http(s) or relative URL, else ''. Decodes entities first, so
 * `&#106;avascript:` is seen as what a browser would read. Escape it for its attribute on output.
 *
 * @param string $url The URL as written.
 * @return string
 */
function conflict_charts_clean_url( $url ) {
	$url = trim( html_entity_decode( (string) $url, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	// A scheme hidden by spaces or control characters is still a scheme.
	$compact = preg_replace( '/[\x00-\x20\x7f]+/', '', $url );
	if ( '' === $compact ) {
		return '';
	}
	if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $compact, $scheme ) ) {
		return in_array( strtolower( $scheme[1] ), array( 'http', 'https' ), true ) ? esc_url_raw( $url, array( 'http', 'https' ) ) : '';
	}
	// Relative (`/wp-content/…`, `data/claims.csv`, `//host/…`): esc_url would read
	// `data/claims.csv` as a host name, so keep it, without what no URL holds.
	return preg_replace( '|[^a-z0-9\-~+_.?#=!&;,/:%@$\|*\'()\[\]\x80-\xff]|i', '', str_replace( ' ', '%20', $url ) );
}

/**
 * Whether `$url` is relative or on one of this site's hosts.
 *
 * @param string $url A cleaned URL.
 * @return bool
 */
function conflict_charts_is_local_url( $url ) {
	if ( '' === $url ) {
		return false;
	}
	if ( 0 === strpos( $url, '//' ) ) {
		$url = 'https:' . $url;
	}
	$host = wp_parse_url( $url, PHP_URL_HOST );
	if ( null === $host || false === $host ) {
		return ! preg_match( '/^[a-z][a-z0-9+.\-]*:/i', $url );
	}
	return in_array( strtolower( $host ), conflict_charts_local_hosts(), true );
}

/**
 * Whether the author of `$post` may have charts read from other sites.
 *
 * @param WP_Post|null $post The post the chart is in, or null outside a post.
 * @return bool
 */
function conflict_charts_author_may_use_remote( $post ) {
	return $post instanceof WP_Post && $post->post_author && user_can( (int) $post->post_author, 'unfiltered_html' );
}

/**
 * `$url` as a chart in `$post` may read it, or '' when it may not.
 *
 * @param string       $url  The URL as written.
 * @param WP_Post|null $post The post the chart is in.
 * @return string
 */
function conflict_charts_allowed_src( $url, $post ) {
	$clean = conflict_charts_clean_url( $url );
	if ( '' === $clean ) {
		return '';
	}
	return ( conflict_charts_is_local_url( $clean ) || conflict_charts_author_may_use_remote( $post ) ) ? $clean : '';
}
