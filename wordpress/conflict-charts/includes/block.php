<?php
/**
 * The "Conflict chart" block: its editor scripts (plain scripts on WordPress's globals, no
 * build step), the data the sidebar is built from, and the block itself (blocks/chart/).
 *
 * @package ConflictCharts
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'conflict_charts_register_block' );
add_action( 'enqueue_block_editor_assets', 'conflict_charts_editor_assets' );

/**
 * The editor's scripts, handle => [file, dependencies], in load order.
 *
 * @return array
 */
function conflict_charts_editor_scripts() {
	return array(
		'conflict-charts-block-fallback' => array( 'fallback.js', array( 'wp-element' ) ),
		'conflict-charts-block-controls' => array( 'controls.js', array( 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ) ),
		'conflict-charts-block-editor'   => array(
			'editor.js',
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-i18n', 'conflict-charts-block-fallback', 'conflict-charts-block-controls' ),
		),
	);
}

/**
 * Registers the editor scripts, their translations and the block.
 */
function conflict_charts_register_block() {
	foreach ( conflict_charts_editor_scripts() as $handle => $script ) {
		wp_register_script( $handle, plugins_url( 'blocks/chart/' . $script[0], CONFLICT_CHARTS_FILE ), $script[1], CONFLICT_CHARTS_VERSION, true );
		wp_set_script_translations( $handle, 'conflict-charts', CONFLICT_CHARTS_DIR . '/languages' );
	}
	register_block_type( CONFLICT_CHARTS_DIR . '/blocks/chart' );
}

/**
 * What the editor needs to know: the charts and attributes of the options table, and what the
 * user may do.
 *
 * @return array
 */
function conflict_charts_editor_settings() {
	$options = conflict_charts_options();
	return array(
		'charts'       => $options['charts'],
		'attributes'   => $options['attributes'],
		'canUpload'    => current_user_can( 'upload_files' ),
		'canUseRemote' => current_user_can( 'unfiltered_html' ),
		'localHosts'   => conflict_charts_local_hosts(),
	);
}

/**
 * Loads the library into the editor, so the block previews the real chart, and hands the
 * editor its settings.
 */
function conflict_charts_editor_assets() {
	conflict_charts_enqueue_library();
	wp_add_inline_script(
		'conflict-charts-block-controls',
		'window.conflictChartsEditor = ' . wp_json_encode( conflict_charts_editor_settings() ) . ';',
		'before'
	);
}
