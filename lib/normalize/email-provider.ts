import { parse } from 'tldts';

/**
 * Providers that serve one brand under many country domains (`hotmail.co.uk`, `yahoo.fr`),
 * by the domain name without its public suffix.
 */
const PROVIDER_BY_BRAND: Record<string, string> = {
  gmail: 'Gmail',
  googlemail: 'Gmail',
  outlook: 'Outlook',
  hotmail: 'Outlook',
  live: 'Outlook',
  yahoo: 'Yahoo',
  gmx: 'GMX',
  yandex: 'Yandex',
  aol: 'AOL',
};

/** Providers known by their exact domains; their names alone could be a company's. */
const PROVIDER_BY_DOMAIN: Record<string, string> = {
  'msn.com': 'Outlook',
  'ymail.com': 'Yahoo',
  'rocketmail.com': 'Yahoo',
  'icloud.com': 'iCloud',
  'me.com': 'iCloud',
  'mac.com': 'iCloud',
  'proton.me': 'Proton',
  'protonmail.com': 'Proton',
  'protonmail.ch': 'Proton',
  'pm.me': 'Proton',
  'zoho.com': 'Zoho',
  'zohomail.com': 'Zoho',
  'zohomail.eu': 'Zoho',
  'ya.ru': 'Yandex',
  'fastmail.com': 'Fastmail',
  'fastmail.fm': 'Fastmail',
  'tutanota.com': 'Tuta',
  'tuta.io': 'Tuta',
  'mail.ru': 'Mail.ru',
  'inbox.ru': 'Mail.ru',
  'list.ru': 'Mail.ru',
  'bk.ru': 'Mail.ru',
  'web.de': 'WEB.DE',
  'hey.com': 'HEY',
  'qq.com': 'QQ Mail',
  '163.com': 'NetEase',
  'naver.com': 'Naver',
};

/**
 * The mail provider of an address (`Gmail`, `Outlook`, …); a company's or a person's own
 * domain gives `undefined`, since it says nothing about who hosts the mailbox.
 */
export function emailProvider(address: string): string | undefined {
  const host = address.trim().split('@').at(-1)?.toLowerCase() ?? '';
  const { domain, domainWithoutSuffix } = parse(host);
  if (!domain || !address.includes('@')) return undefined;

  return PROVIDER_BY_DOMAIN[domain] ?? PROVIDER_BY_BRAND[domainWithoutSuffix ?? ''];
}
