import React from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** A link to the site's repository, at the address the build was given (REPOSITORY_URL). */
export default function RepositoryLink({ children }: { children: React.ReactNode }): React.JSX.Element {
  const { repositoryUrl } = useDocusaurusContext().siteConfig.customFields as { repositoryUrl: string };
  return <Link href={repositoryUrl}>{children}</Link>;
}
