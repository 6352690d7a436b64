import { describe, expect, it } from 'vitest';
import { emailProvider } from '../../../lib/normalize/email-provider';

describe('emailProvider', () => {
  it.each([
    ['jo@gmail.com', 'Gmail'],
    ['jo@googlemail.com', 'Gmail'],
    ['jo@hotmail.co.uk', 'Outlook'],
    ['jo@live.fr', 'Outlook'],
    ['jo@msn.com', 'Outlook'],
    ['jo@yahoo.co.jp', 'Yahoo'],
    ['jo@me.com', 'iCloud'],
    ['jo@proton.me', 'Proton'],
    ['jo@gmx.de', 'GMX'],
    ['jo@zoho.com', 'Zoho'],
    ['jo@yandex.ru', 'Yandex'],
    ['jo@aol.com', 'AOL'],
    ['jo@fastmail.com', 'Fastmail'],
    ['jo@mail.ru', 'Mail.ru'],
    ['Jo@GMAIL.COM', 'Gmail'],
  ])('names the provider of %s: %s', (address, provider) => {
    expect(emailProvider(address)).toBe(provider);
  });

  it('gives nothing for a company or personal domain', () => {
    expect(emailProvider('tomasz.w@example.com')).toBeUndefined();
    expect(emailProvider('kwabena@fieldnotes.example.net')).toBeUndefined();
    expect(emailProvider('jo@mail.acme.example')).toBeUndefined();
  });

  it('gives nothing for text that is not an address', () => {
    expect(emailProvider('gmail.com')).toBeUndefined();
  });
});
