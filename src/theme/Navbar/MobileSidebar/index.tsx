/**
 * Docusaurus's phone menu, wrapped: drawn the first time the reader opens it, not as soon as the
 * page is live.
 *
 * The theme draws the closed drawer, with the whole sidebar in it, right after hydration on every
 * narrow screen. Its links sit just off screen, and the browser reports them as intersecting the
 * viewport, so each one prefetched its page's scripts: a few hundred `<link rel=prefetch>` and the
 * longest task of a phone's page load, for a menu most readers never open. Drawn on first open,
 * it prefetches what the reader can see, then stays drawn so closing and reopening slide as before.
 */
import React, { useState } from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import type MobileSidebarType from '@theme/Navbar/MobileSidebar';
import type { WrapperProps } from '@docusaurus/types';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';

type Props = WrapperProps<typeof MobileSidebarType>;

export default function MobileSidebarWrapper(props: Props): React.JSX.Element | null {
  const { shown } = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(shown);
  if (shown && !opened) setOpened(true);
  return opened ? <MobileSidebar {...props} /> : null;
}
