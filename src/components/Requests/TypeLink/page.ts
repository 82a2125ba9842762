import type { ObjectTypeName } from '../../../requests/object-types';

/** The page of an object type: `MessageSendRequest` → `/api_reference/object_types/message_send_request`. */
export function objectTypePage(name: ObjectTypeName): string {
  return `/api_reference/object_types/${name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_').toLowerCase()}`;
}
