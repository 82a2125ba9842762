/** The Plan API in the sandbox: the plan of the demo account, with its users and teams counted as they are. */
import { demoPlan } from '../../../src/requests/plan_api/objects';
import { currentPlan, PLAN_ID } from '../plan';
import type { SandboxGroup } from './group';

export const planApi: SandboxGroup<'plan_api'> = {
  handlers: {
    get_plan: ({ store }) => currentPlan(store),
  },
  seed: () => ({ plan: [[PLAN_ID, demoPlan]] }),
};
