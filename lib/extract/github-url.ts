/** GitHub account addresses: `github.com/<login>` for users and organizations alike. */

/** GitHub's rule for logins: letters, digits and single inner hyphens, at most 39. */
export const GITHUB_LOGIN = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;

/** The one path segment of an account address, e.g. `lumen-harbor-oss`. */
export function readGithubLoginFromUrl(url: URL): string | undefined {
  const isGithub = ['github.com', 'www.github.com'].includes(url.hostname.toLowerCase());
  const segments = url.pathname.split('/').filter(Boolean);
  const [login] = segments;

  return isGithub && segments.length === 1 && login && GITHUB_LOGIN.test(login) ? login : undefined;
}
