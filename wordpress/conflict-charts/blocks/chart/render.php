<?php
/**
 * The "Conflict chart" block on the page: the chart element, written from the block's
 * attributes by conflict_charts_chart_markup() (allowed names only, every value escaped, `src`
 * under the source policy), around the fallback table the editor saved, which readers see
 * until the chart is drawn and without JavaScript. Feeds get the table and a link.
 *
 * @package ConflictCharts
 *
 * @var array    $attributes The block's attributes.
 * @var string   $content    The saved fallback (post content, filtered as such when saved).
 * @var WP_Block $block      The block.
 */

defined( 'ABSPATH' ) || exit;

$conflict_charts_tag  = isset( $attributes['chart'] ) ? $attributes['chart'] : '';
$conflict_charts_post = get_post();

if ( ! conflict_charts_is_chart( $conflict_charts_tag ) ) {
	echo $content; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- post content.
	return;
}
if ( is_feed() ) {
	echo $content . conflict_charts_feed_link( $conflict_charts_post ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- post content and an escaped link.
	return;
}

$conflict_charts_options = isset( $attributes['options'] ) && is_array( $attributes['options'] ) ? $attributes['options'] : array();

printf(
	'<div %s>%s</div>',
	get_block_wrapper_attributes(), // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress.
	conflict_charts_chart_markup( $conflict_charts_tag, $conflict_charts_options, $content, $conflict_charts_post ) // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped attribute by attribute.
);
