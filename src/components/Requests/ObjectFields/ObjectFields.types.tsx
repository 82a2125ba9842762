/**
 * Compile-time tests, checked by `tsc --noEmit`: each `@ts-expect-error` line must fail to
 * type-check, so a page written in TSX cannot name an object type the registry lacks (MDX
 * pages are checked at build time by plugins/remark-request-guard.ts).
 */
import React from 'react';
import ObjectFields from '.';
import TypeLink from '../TypeLink';
import { objectTypePage } from '../TypeLink/page';

export const knownType = <ObjectFields type="MessageSendRequest" />;

// @ts-expect-error: no object type is named "MessageSendRequst"
export const unknownType = <ObjectFields type="MessageSendRequst" />;

export const contentPage: string = objectTypePage('MessageContent');

// @ts-expect-error: only a registered object type has a page to link to
export const noPage: string = objectTypePage('Sticker');

// A typeName from the registry is a plain string: the link is made only when it is registered.
export const plainName = <TypeLink name="Sticker" />;
