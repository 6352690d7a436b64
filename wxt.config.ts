import { defineConfig } from 'wxt';
import { trimCityTable } from './build/trim-city-table';

/** The Track API's production host: the only host permission the extension holds up front. */
const TRACK_API_ORIGIN = 'https://api.app.thrivestack.ai/*';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Our own scripts launch the browser (scripts/start.ts, the e2e tests); WXT's runner needs
  // a display and would fail on a headless machine.
  webExt: { disabled: true },
  vite: () => ({
    plugins: [trimCityTable()],
    build: {
      // The popup bundles the city list that names time zones (about 2 MB, read from the
      // extension's own files); it is known and accepted, so it need not warn every build.
      // The build keeps it compact, decoded when first needed (build/trim-city-table.ts).
      chunkSizeWarningLimit: 3000,
      rollupOptions: {
        onwarn(warning, warn) {
          // zod 4.6 ships a `@__PURE__` comment Rollup cannot place; harmless, and it would
          // bury real warnings in every build's output.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
          warn(warning);
        },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Enrichment Capture',
    description: 'Capture profile pages as Track API enrichment events, offline-first.',
    // `unlimitedStorage`: an offline queue must not hit the default origin quota.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab', 'scripting'],
    host_permissions: [TRACK_API_ORIGIN],
    // Another https endpoint is requested at run time when the user saves it.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: 'Capture this profile' },
    // A shortcut opens the capture for the current tab, as the toolbar button does.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Capture the profile in this tab',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'enrichment-capture@example.org',
              // Captured profiles (names, phones, handles) go to the endpoint the user sets.
              data_collection_permissions: { required: ['personallyIdentifyingInfo'] },
            },
          }
        : undefined,
  }),
});
