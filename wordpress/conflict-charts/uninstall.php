<?php
/**
 * Runs when the plugin is deleted. The plugin keeps no options, tables, files or user data:
 * everything it needs is in the posts themselves. Posts keep their charts' markup, so a block
 * still shows its saved fallback table and a raw chart tag its children; nothing is removed
 * from them here, since deleting a plugin must not rewrite what writers published.
 *
 * @package ConflictCharts
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
