import { defineConfig } from 'wxt';
import { localeAssets } from './scripts/locales';

// Host access is Upwork only; the other marketplaces are optional and asked for
// at the moment the user switches them on in the options page.
const OPTIONAL_HOSTS = [
  'https://*.fiverr.com/*',
  'https://*.freelancer.com/*',
  'https://*.peopleperhour.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    ...(browser === 'firefox'
      ? {
          optional_permissions: OPTIONAL_HOSTS,
          browser_specific_settings: {
            gecko: {
              id: 'onside@onside.example',
              // 140: CSS Custom Highlight API and data_collection_permissions.
              strict_min_version: '140.0',
              // Onside collects nothing: no message text, finding or setting leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          optional_host_permissions: OPTIONAL_HOSTS,
          storage: { managed_schema: 'managed_schema.json' },
        }),
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...localeAssets());
    },
  },
});
