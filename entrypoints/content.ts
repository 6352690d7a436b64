export default defineContentScript({
  matches: ['https://*.linkedin.com/*', 'https://github.com/*'],
  main() {},
});
