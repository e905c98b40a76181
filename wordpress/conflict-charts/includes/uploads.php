<?php
/**
 * Data files in the Media Library: CSV (which WordPress accepts already), TSV and JSON, and a
 * map's own boundaries as GeoJSON or TopoJSON. File contents are checked as WordPress checks
 * every upload; a JSON, GeoJSON or TopoJSON file must parse. On Multisite the network's "Upload
 * file types" setting must list csv, tsv, json, geojson and topojson as well.
 *
 * @package ConflictCharts
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'upload_mimes', 'conflict_charts_upload_mimes' );
add_filter( 'wp_check_filetype_and_ext', 'conflict_charts_check_data_file', 10, 4 );

/**
 * The data types, extension => MIME type.
 *
 * @return array
 */
function conflict_charts_data_mimes() {
	return array(
		'csv'      => 'text/csv',
		'tsv'      => 'text/tab-separated-values',
		'json'     => 'application/json',
		'geojson'  => 'application/geo+json',
		'topojson' => 'application/json',
	);
}

/**
 * Adds the data types to the types users may upload.
 *
 * @param array $mimes Extension regex => MIME type.
 * @return array
 */
function conflict_charts_upload_mimes( $mimes ) {
	foreach ( conflict_charts_data_mimes() as $ext => $type ) {
		$known = false;
		foreach ( array_keys( $mimes ) as $pattern ) {
			$known = $known || in_array( $ext, explode( '|', $pattern ), true );
		}
		if ( ! $known ) {
			$mimes[ $ext ] = $type;
		}
	}
	return $mimes;
}

/**
 * Accepts a data file that file information reads as plain text (a TSV, a JSON file), which
 * WordPress refuses for types other than text/plain and CSV.
 *
 * @param array        $checked  ext, type and proper_filename as WordPress found them.
 * @param string       $file     The uploaded file's path.
 * @param string       $filename Its name.
 * @param string[]|null $mimes   The allowed types, or none for the site's.
 * @return array
 */
function conflict_charts_check_data_file( $checked, $file, $filename, $mimes ) {
	if ( ! empty( $checked['ext'] ) || ! is_string( $filename ) ) {
		return $checked;
	}
	$ext   = strtolower( pathinfo( $filename, PATHINFO_EXTENSION ) );
	$types = conflict_charts_data_mimes();
	// Uploads pass no list of types: the allowed ones apply.
	$mimes = empty( $mimes ) ? get_allowed_mime_types() : $mimes;
	if ( ! isset( $types[ $ext ] ) || ! in_array( $types[ $ext ], (array) $mimes, true ) || ! is_readable( $file ) ) {
		return $checked;
	}
	$real = function_exists( 'finfo_open' ) ? finfo_file( finfo_open( FILEINFO_MIME_TYPE ), $file ) : false;
	if ( ! in_array( $real, array( 'text/plain', 'text/csv', 'application/csv', 'application/json', 'application/geo+json', 'text/tab-separated-values' ), true ) ) {
		return $checked;
	}
	if ( in_array( $ext, array( 'json', 'geojson', 'topojson' ), true ) ) {
		json_decode( (string) file_get_contents( $file ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local upload.
		if ( JSON_ERROR_NONE !== json_last_error() ) {
			return $checked;
		}
	}
	return array(
		'ext'             => $ext,
		'type'            => $types[ $ext ],
		'proper_filename' => $checked['proper_filename'] ?? false,
	);
}
