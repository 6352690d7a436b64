/**
 * The few `chrome.*` calls the e2e tests make inside extension pages (`page.evaluate`); the
 * project does not depend on the full Chrome typings for them.
 */
declare const chrome: {
  runtime: {
    getManifest(): { version: string };
  };
  tabs: {
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<[number, number, number, number]>;
  };
};
