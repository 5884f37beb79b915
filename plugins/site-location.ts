// Where the site is published: `SITE_URL` and `BASE_URL` decide it, so a fork deploys
// anywhere without editing files. The GitHub Pages workflow derives both from the repository.

export interface SiteLocation {
  url: string;
  baseUrl: string;
}

export function normalizeBaseUrl(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (/^[a-z]+:\/\//i.test(trimmed)) {
    throw new Error(
      `BASE_URL must be a path such as /my-course/, not a full URL ("${trimmed}"). Put the origin in SITE_URL.`,
    );
  }
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

export function normalizeSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || 'http://localhost:3000';
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://you.github.io ("${value}" is not).`);
  }
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    throw new Error(
      `SITE_URL must be an origin only, such as https://you.github.io ("${value}" has a path). Put the path in BASE_URL.`,
    );
  }
  return parsed.origin;
}

export function siteLocation(env: Record<string, string | undefined>): SiteLocation {
  return { url: normalizeSiteUrl(env.SITE_URL), baseUrl: normalizeBaseUrl(env.BASE_URL) };
}
