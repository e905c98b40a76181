<?php
/**
 * Plugin Name:       Conflict Charts
 * Description:       Charts of armed-conflict events (ACLED, UCDP GED or any table) for every writer: a "Conflict chart" block, a [conflict_chart] shortcode, the chart tags in posts, and embeds of the chart page.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            conflict-charts contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       conflict-charts
 * Domain Path:       /languages
 *
 * @package ConflictCharts
 */

defined( 'ABSPATH' ) || exit;

define( 'CONFLICT_CHARTS_VERSION', '0.1.0' );
define( 'CONFLICT_CHARTS_FILE', __FILE__ );
define( 'CONFLICT_CHARTS_DIR', __DIR__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/sources.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/allowed-html.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/content.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/embeds.php';
require_once __DIR__ . '/includes/uploads.php';
require_once __DIR__ . '/includes/block.php';

add_action( 'init', 'conflict_charts_load_textdomain', 1 );

/**
 * Loads the plugin's translations from its own languages/ folder.
 */
function conflict_charts_load_textdomain() {
	load_plugin_textdomain( 'conflict-charts', false, dirname( plugin_basename( CONFLICT_CHARTS_FILE ) ) . '/languages' );
}
