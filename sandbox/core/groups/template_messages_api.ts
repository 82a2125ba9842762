/** The Templates API in the sandbox: each request's handler over the rules of templates.ts. */
import { demoTemplates } from '../../../src/requests/template_messages_api/objects';
import { getTemplate, listTemplates, retitleTemplate } from '../templates';
import type { SandboxGroup } from './group';

export const templateMessagesApi: SandboxGroup<'template_messages_api'> = {
  handlers: {
    get_templates: ({ store }, { query }) => listTemplates(store, query.page),
    get_template: ({ store }, { path }) => ({ template: getTemplate(store, path.uuid) }),
    patch_templates: ({ store }, { path, body }) => ({ template: retitleTemplate(store, path.uuid, body?.title) }),
  },
  seed: () => ({ template: demoTemplates.map((template) => [template.uuid, template]) }),
};
