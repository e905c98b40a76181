// The "Conflict chart" block in the editor: the sidebar (controls.js), a preview that is the real
// chart element (the plugin loads the library into the editor), and the fallback table
// (fallback.js) kept in step with what the preview drew. Plain script on WordPress's globals:
// the plugin has no build step.
(function (wp) {
  const el = wp.element.createElement;
  const { useEffect, useRef } = wp.element;
  const { registerBlockType } = wp.blocks;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { Placeholder } = wp.components;
  const { __, sprintf } = wp.i18n;
  const { fallbackFrom, sameTable, save, deprecated, panels, settings } = window.conflictChartsBlock;

  /** The element's attributes from the block's options: text as is, booleans present or absent. */
  function elementAttributes(chart, options) {
    const attributes = {};
    for (const [name, value] of Object.entries(options || {})) {
      const spec = settings.attributes[name];
      if (!spec || !spec.charts.includes(chart) || value === '' || value == null) continue;
      if (spec.kind === 'boolean') {
        if (value === 'true') attributes[name] = '';
      } else attributes[name] = String(value);
    }
    return attributes;
  }

  /** Today, as the fallback table's caption says it: 2025-08-04. */
  const today = () => new Date().toISOString().slice(0, 10);

  function Edit({ attributes, setAttributes }) {
    const { chart, options } = attributes;
    const preview = useRef(null);
    const blockProps = useBlockProps();
    const latest = useRef(attributes);
    latest.current = attributes;

    // Keep the saved fallback table equal to what the preview last drew.
    useEffect(() => {
      const element = preview.current;
      if (!element) return undefined;
      const onRender = () => {
        const heading = (latest.current.options || {}).heading || settings.charts[chart].title;
        /* translators: 1: the chart's heading, 2: a date (2025-08-04) */
        const caption = sprintf(__('%1$s (data as of %2$s)', 'conflict-charts'), heading, today());
        const next = fallbackFrom(element.chartData, caption);
        if (next && !sameTable(next, latest.current)) setAttributes(next);
      };
      element.addEventListener('cc-render', onRender);
      return () => element.removeEventListener('cc-render', onRender);
    }, [chart, (options || {}).src]);

    const setOption = (name, value) => setAttributes({ options: { ...(latest.current.options || {}), [name]: value } });
    const setMedia = (media) =>
      setAttributes({ mediaId: media.id, options: { ...(latest.current.options || {}), src: media.url } });
    const setChart = (tag) => setAttributes({ chart: tag });

    const sidebar = el(
      InspectorControls,
      { key: 'sidebar' },
      panels({ chart, options: options || {}, setChart, setOption, setMedia }),
    );
    if (!(options || {}).src) {
      return el(
        'div',
        blockProps,
        sidebar,
        el(Placeholder, {
          icon: 'chart-bar',
          label: __('Conflict chart', 'conflict-charts'),
          instructions: settings.canUpload
            ? __('Choose a data file in the block settings: from the Media Library, or by its address.', 'conflict-charts')
            : __('Paste the address of a data file on this site in the block settings.', 'conflict-charts'),
        }),
      );
    }
    return el('div', blockProps, sidebar, el(chart, { key: chart, ref: preview, ...elementAttributes(chart, options) }));
  }

  registerBlockType('conflict-charts/chart', { edit: Edit, save, deprecated });
})(window.wp);
