// Storybook for the three chart elements. Stories import the TypeScript source (../src), which
// uses legacy decorators: esbuild is told so explicitly, whatever tsconfig it finds.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // The real data files, at /data/… beside iframe.html in dev and in the static build.
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // No "Get started" onboarding checklist in the sidebar: this Storybook documents a library.
  features: { sidebarOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Vega alone is over 500 kB minified: no warning for a chunk we cannot split.
      build: { chunkSizeWarningLimit: 2000 },
      esbuild: {
        target: 'es2022',
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      },
    });
  },
};

export default config;
