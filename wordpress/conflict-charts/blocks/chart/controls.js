// The block's sidebar, built from the library's options table (handed over by the plugin as
// window.conflictChartsEditor): one control per attribute of the chosen chart, by its kind,
// in four panels. The labels are the attribute names, as in the shortcode and the docs.
(function (wp) {
  const el = wp.element.createElement;
  const { PanelBody, SelectControl, TextControl, TextareaControl, ToggleControl, Button } = wp.components;
  const { MediaUpload, MediaUploadCheck } = wp.blockEditor;
  const { __ } = wp.i18n;
  const settings = window.conflictChartsEditor;

  /** The panel an attribute belongs in. */
  function panelOf(name, spec) {
    if (name === 'src') return 'source';
    if (spec.affects === 'source' || spec.affects === 'reading') return 'data';
    if (spec.affects === 'counting') return 'filters';
    return ['text', 'long-text', 'date'].includes(spec.kind) ? 'text' : 'display';
  }

  /** "(default) points": the word the chart uses when the attribute is left unset. */
  function defaultLabel(chart, spec) {
    const word = spec.defaults ? spec.defaults[chart] : spec.default;
    return __('(default)', 'conflict-charts') + (word === undefined ? '' : ' ' + word);
  }

  /** The control for one attribute. `value` is its text ('' when unset). */
  function control(chart, name, spec, value, set) {
    const common = { key: name, label: name, help: spec.doc, __nextHasNoMarginBottom: true };
    switch (spec.kind) {
      case 'choice':
        return el(SelectControl, {
          ...common,
          value,
          options: [{ label: defaultLabel(chart, spec), value: '' }].concat(
            spec.values[chart].map((word) => ({ label: word, value: word })),
          ),
          onChange: set,
        });
      case 'boolean':
        return el(ToggleControl, { ...common, checked: value === 'true', onChange: (on) => set(on ? 'true' : '') });
      case 'long-text':
      case 'json':
        return el(TextareaControl, { ...common, value, onChange: set });
      case 'number':
        return el(TextControl, { ...common, type: 'number', min: 0, value, onChange: set });
      default:
        return el(TextControl, { ...common, value, onChange: set });
    }
  }

  /** Where the data comes from: the Media Library (for those who may upload) or an address. */
  function sourceControls(options, setOption, setMedia) {
    const src = options.src || '';
    const help = settings.canUpload
      ? __('A CSV, TSV or JSON file: choose one from the Media Library, or paste its address.', 'conflict-charts')
      : __(
          'Your role cannot upload files: paste the address of a data file already in the Media Library or elsewhere on this site.',
          'conflict-charts',
        );
    const parts = [];
    if (settings.canUpload) {
      parts.push(
        el(
          MediaUploadCheck,
          { key: 'media' },
          el(MediaUpload, {
            allowedTypes: ['text/csv', 'text/tab-separated-values', 'application/json', 'text/plain'],
            onSelect: setMedia,
            render: ({ open }) =>
              el(Button, { variant: 'secondary', onClick: open }, __('Choose a data file', 'conflict-charts')),
          }),
        ),
      );
    }
    parts.push(
      el(TextControl, { key: 'src', label: 'src', help, type: 'url', value: src, onChange: (v) => setOption('src', v) }),
    );
    if (!settings.canUseRemote) {
      parts.push(
        el(
          'p',
          { key: 'policy', className: 'components-base-control__help' },
          __('Charts in your posts read files on this site only; files on other sites are not loaded.', 'conflict-charts'),
        ),
      );
    }
    return parts;
  }

  /** Every panel of the sidebar for `chart` with `options` (attribute name → text). */
  function panels({ chart, options, setChart, setOption, setMedia }) {
    const groups = { data: [], filters: [], text: [], display: [] };
    for (const [name, spec] of Object.entries(settings.attributes)) {
      if (!spec.charts.includes(chart) || name === 'src') continue;
      groups[panelOf(name, spec)].push(control(chart, name, spec, options[name] || '', (v) => setOption(name, v)));
    }
    const chartChoices = Object.entries(settings.charts).map(([tag, chartInfo]) => ({ label: chartInfo.title, value: tag }));
    return [
      el(
        PanelBody,
        { key: 'chart', title: __('Chart and data', 'conflict-charts') },
        el(SelectControl, {
          label: __('Chart', 'conflict-charts'),
          value: chart,
          options: chartChoices,
          onChange: setChart,
          __nextHasNoMarginBottom: true,
        }),
        sourceControls(options, setOption, setMedia),
      ),
      el(PanelBody, { key: 'data', title: __('Columns and reading', 'conflict-charts'), initialOpen: false }, groups.data),
      el(PanelBody, { key: 'filters', title: __('Filters and counting', 'conflict-charts'), initialOpen: false }, groups.filters),
      el(PanelBody, { key: 'text', title: __('Heading, note and source', 'conflict-charts'), initialOpen: false }, groups.text),
      el(PanelBody, { key: 'display', title: __('Display', 'conflict-charts'), initialOpen: false }, groups.display),
    ];
  }

  window.conflictChartsBlock = Object.assign(window.conflictChartsBlock || {}, { panels, settings });
})(window.wp);
