/**
 * The webhook events the API documents, by name: what a subscriber may ask for and what the
 * sandbox sends. Each event's payload schema and example live beside its name.
 */
export const webhookEventNames = [
  'message_created',
  'message_status_updated',
  'contact_created',
  'contact_updated',
  'contact_deleted',
  'agent_status_updated',
  'agent_session_updated',
  'conversation_opened',
  'conversation_closed',
  'team_membership_updated',
] as const;

export type WebhookEventName = (typeof webhookEventNames)[number];
