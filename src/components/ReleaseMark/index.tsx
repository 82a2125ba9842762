/**
 * The line under the title of a page whose subject a later release brought, in the page's
 * language: "Added on 10 February 2026.", the date linked to that release's notes.
 * plugins/remark-release-mark.ts writes it into the page at build, from the release notes.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { releaseDay } from '../ReleaseNotes/releaseDay';

interface Props {
  /** The release's day, `2026-02-10`. */
  date: string;
  /** Its notes: the release notes page at the release's anchor. */
  notes: string;
}

export default function ReleaseMark({ date, notes }: Props): React.JSX.Element {
  const { i18n } = useDocusaurusContext();
  const day = releaseDay(date, i18n.currentLocale);
  return (
    <p>
      <Translate id="callbell.releaseMark.addedOn" description="Under the title of a page whose subject a later release brought; {date} is the release's day, linked to its notes" values={{ date: <Link to={notes}>{day}</Link> }}>
        {'Added on {date}.'}
      </Translate>
    </p>
  );
}
