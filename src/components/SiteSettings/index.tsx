/** Addresses a build was given (src/site-settings.ts), for pages to name. */
import React from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** A link to the site's repository (REPOSITORY_URL). */
export function RepositoryLink({ children }: { children: React.ReactNode }): React.JSX.Element {
  const { repositoryUrl } = useDocusaurusContext().siteConfig.customFields as { repositoryUrl: string };
  return <Link href={repositoryUrl}>{children}</Link>;
}

/** The published site's address (SITE_URL), as code. */
export function SiteAddress(): React.JSX.Element {
  return <code>{useDocusaurusContext().siteConfig.url}</code>;
}
