/**
 * The Template object the Templates API returns, and the templates of the demo account: the two
 * the API's own examples show, and the one the send-message examples send.
 */
import type { JsonSchema } from '../schema';

export const templateTypes = ['text', 'image', 'video', 'document'] as const;
export const templateCategories = ['MARKETING', 'UTILITY'] as const;
/** Where a template stands in WhatsApp's review, as the API reports it. */
export const templateStatuses = [
  'failed', 'paused', 'pending', 'deactivated', 'deleted', 'rejected', 'approved', 'disabled', 'in_appeal', 'limit_exceeded', 'pending_deletion',
] as const;

export interface Template {
  uuid: string;
  title: string;
  text: string;
  templateType: (typeof templateTypes)[number];
  category: (typeof templateCategories)[number];
  status: (typeof templateStatuses)[number];
  createdAt: string;
}

export const templateSchema: JsonSchema = {
  type: 'object',
  description: 'A message text approved in advance by WhatsApp, with numbered variables to fill in when it is sent.',
  properties: {
    uuid: { type: 'string', description: 'The identifier Callbell gave the template: send it as `template_uuid`.' },
    title: { type: 'string', description: 'The name the template goes by in Callbell; you can change it.' },
    text: { type: 'string', description: 'What the template says, with its variables written `{{1}}`, `{{2}}`, …' },
    templateType: { type: 'string', enum: templateTypes, description: 'What the template carries besides its text: nothing (`text`), or an image, a video or a document.' },
    category: { since: '2025-01-06', type: 'string', enum: templateCategories, description: 'The purpose WhatsApp approved it for: promotion (`MARKETING`) or a service message (`UTILITY`).' },
    status: {
      since: '2025-01-06',
      type: 'string',
      enum: templateStatuses,
      description: 'Where the template stands with WhatsApp: only an `approved` one can be sent.',
    },
    createdAt: { type: 'string', format: 'date-time', description: 'When the template was created, as an ISO 8601 date.' },
  },
  required: ['uuid', 'title', 'text', 'templateType', 'category', 'status', 'createdAt'],
  additionalProperties: false,
};

/** The approved template the send-message examples send (`template_uuid`). */
export const welcomeTemplate: Template = {
  uuid: 'd980fb66fd5043d3ace1aa06ba044342',
  title: 'welcome',
  text: 'Hello {{1}}, this is a template message example',
  templateType: 'text',
  category: 'UTILITY',
  status: 'approved',
  createdAt: '2023-01-17T10:00:00Z',
};

/** The API's own examples: one template WhatsApp approved, and one it rejected. */
export const approvedTemplate: Template = {
  uuid: 'ad42a09715814e6483b1c5debd6a2dbc',
  title: 'Template title',
  text: 'Message text',
  templateType: 'text',
  category: 'MARKETING',
  status: 'approved',
  createdAt: '2020-11-13T21:08:53Z',
};

export const rejectedTemplate: Template = {
  uuid: '47aad5f9b4ca423c9d630f06ab93fe1f',
  title: 'Another Template title',
  text: 'Another Message text',
  templateType: 'text',
  category: 'MARKETING',
  status: 'rejected',
  createdAt: '2020-11-13T21:10:33Z',
};

/** The templates of the demo account, oldest first. */
export const demoTemplates: readonly Template[] = [approvedTemplate, rejectedTemplate, welcomeTemplate];
