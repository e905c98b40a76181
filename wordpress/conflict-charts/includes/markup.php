<?php
/**
 * The chart tag as the server writes it for the block and the shortcode. Server output is not
 * filtered by kses, so this is where names are checked against the options table, every value
 * is escaped, choices are checked against their words and `src` against the source policy.
 *
 * @package ConflictCharts
 */

defined( 'ABSPATH' ) || exit;

/**
 * One attribute value as the element may receive it, or null to leave the attribute out.
 *
 * @param string $tag   The chart tag.
 * @param string $name  The attribute.
 * @param array  $spec  Its entry in the options table.
 * @param mixed  $value The value as written.
 * @return string|null
 */
function conflict_charts_attribute_value( $tag, $name, $spec, $value ) {
	if ( is_bool( $value ) ) {
		$value = $value ? 'true' : '';
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	switch ( $spec['kind'] ) {
		case 'boolean':
			return in_array( strtolower( $value ), array( 'true', '1', 'yes', 'on', $name ), true ) ? '' : null;
		case 'choice':
			return in_array( $value, $spec['values'][ $tag ], true ) ? $value : null;
		case 'number':
			return preg_match( '/^\d{1,9}(\.\d+)?$/', $value ) ? $value : null;
		default:
			return '' === $value ? null : $value;
	}
}

/**
 * Normalises an attribute name written in a shortcode or block (`date_field` → `date-field`).
 *
 * @param string $name The name as written.
 * @return string
 */
function conflict_charts_attribute_name( $name ) {
	return str_replace( '_', '-', strtolower( trim( (string) $name ) ) );
}

/**
 * The chart element, escaped, for `$tag` with `$attributes` (name => value); '' for an unknown
 * tag. `$inner_html` must already be safe (the block's saved fallback, escaped annotations).
 *
 * @param string       $tag        A chart tag.
 * @param array        $attributes Attribute name => value.
 * @param string       $inner_html Children of the element.
 * @param WP_Post|null $post       The post the chart is in (for the source policy).
 * @return string
 */
function conflict_charts_chart_markup( $tag, $attributes, $inner_html = '', $post = null ) {
	if ( ! conflict_charts_is_chart( $tag ) ) {
		return '';
	}
	$allowed = conflict_charts_attributes_of( $tag );
	$parts   = array();
	$refused = false;
	foreach ( (array) $attributes as $raw_name => $raw_value ) {
		$name = conflict_charts_attribute_name( $raw_name );
		if ( ! isset( $allowed[ $name ] ) || isset( $parts[ $name ] ) ) {
			continue;
		}
		if ( 'url' === $allowed[ $name ]['kind'] ) {
			$url = conflict_charts_allowed_src( $raw_value, $post );
			if ( '' === $url ) {
				$refused = $refused || '' !== trim( (string) $raw_value );
				continue;
			}
			$parts[ $name ] = sprintf( '%s="%s"', $name, esc_attr( $url ) );
			continue;
		}
		$value = conflict_charts_attribute_value( $tag, $name, $allowed[ $name ], $raw_value );
		if ( null === $value ) {
			continue;
		}
		$parts[ $name ] = '' === $value && 'boolean' === $allowed[ $name ]['kind'] ? $name : sprintf( '%s="%s"', $name, esc_attr( $value ) );
	}
	conflict_charts_enqueue_library();
	$note = $refused ? '<!-- conflict-charts: src refused (an http(s) file on this site is needed; see the plugin readme) -->' : '';
	return $note . '<' . $tag . ( $parts ? ' ' . implode( ' ', $parts ) : '' ) . '>' . $inner_html . '</' . $tag . '>';
}

/**
 * A `<cc-annotation>`, escaped: a dated note inside an attack timeline.
 *
 * @param array  $attributes `date`, or `from` and `to`.
 * @param string $label      The note's text.
 * @return string
 */
function conflict_charts_annotation_markup( $attributes, $label ) {
	$parts = array();
	foreach ( conflict_charts_options()['annotation'] as $name ) {
		if ( isset( $attributes[ $name ] ) && is_scalar( $attributes[ $name ] ) && '' !== trim( (string) $attributes[ $name ] ) ) {
			$parts[] = sprintf( '%s="%s"', $name, esc_attr( trim( (string) $attributes[ $name ] ) ) );
		}
	}
	return '<cc-annotation' . ( $parts ? ' ' . implode( ' ', $parts ) : '' ) . '>' . esc_html( wp_strip_all_tags( (string) $label ) ) . '</cc-annotation>';
}
