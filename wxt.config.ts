import { defineConfig } from 'wxt';
import { trimCityTable } from './build/trim-city-table';

/**
 * The public half of the extension's signing key (base64 DER). It fixes the Chrome extension
 * id to `hcmbihkilhieolfcldkcoijndikjgdgn` wherever the build is loaded, so an admin policy
 * can name it (managed storage). The private key is not in the repository and not needed
 * to build; the Chrome Web Store signs with its own.
 */
const CHROME_PUBLIC_KEY = [
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAttL9isKeohqeSWmVX5Zs1oMJnrMtgTsNDEGpQGaPXFEL',
  'M6dSiUVQpbQjEnGu9uHQetwmRlTB5qphyKLKR19PUXQ7QkArCQBjgwcbyYY8oHxIPRQFJ4nzvviPNL5/PDRzZxqr',
  'nIcaMNHNwOgvApUXJ2OKXj9cYmEfGANGMXSCxBCPyNK5+g5mOSdoA6EF8e9sijMwNrnVSCmgWNB61ncRzpWBCufV',
  '09BI8OiiRbawfG+1Wb0q7iLO8sEljIIzo9/vtFtRZ5CVrbSRTk3lQ1XDclsbOzFfHwApKtZg6Hg4MUvr2A4RN4rD',
  '6SsqH3C4paKIeoi5KfjVgWglyi/UGrTj0wIDAQAB',
].join('');

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
      // The background's script is about 1.2 MB (the phone metadata, the country and region
      // tables, and the compact city list of build/trim-city-table.ts, for the proposals it
      // computes for the popup): known and accepted, so it need not warn every build.
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
    // Settings an administrator may set for a fleet (read through `storage.managed`).
    // Firefox has no managed schema (its policies name the values directly).
    ...(browser === 'firefox'
      ? {}
      : { key: CHROME_PUBLIC_KEY, storage: { managed_schema: 'managed-schema.json' } }),
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
