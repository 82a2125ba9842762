/** The Funnels API in the sandbox: the account's funnel stages, kept as records (the dashboard makes them; the API only reads them). */
import { demoFunnels, type Funnel } from '../../../src/requests/funnels_api/objects';
import type { SandboxGroup } from './group';

declare module '../store' {
  interface RecordTypes {
    funnel: Funnel;
  }
}

export const funnelsApi: SandboxGroup<'funnels_api'> = {
  handlers: {
    get_funnels: ({ store }) => ({ funnels: store.records('funnel').list() }),
  },
  seed: () => ({ funnel: demoFunnels.map((funnel) => [funnel.uuid, funnel]) }),
};
