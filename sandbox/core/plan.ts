/**
 * The Plan API's rules: the account's plan as it was sold (kept as a record), with what is
 * counted from the account each time it is read: its users and its teams.
 */
import type { Plan } from '../../src/requests/plan_api/objects';
import type { Team } from '../../src/requests/contacts_api/objects';
import type { Store } from './store';
import { accountUsers } from './users';

declare module './store' {
  interface RecordTypes {
    plan: Plan;
  }
}

/** The id of the account's one plan record. */
export const PLAN_ID = 'current';

export interface PlanAnswer extends Plan {
  activeUsers: number;
  teams: Team[];
}

export function currentPlan(store: Store): PlanAnswer {
  return {
    ...store.records('plan').get(PLAN_ID)!,
    activeUsers: accountUsers(store).length,
    teams: store.records('team').list(),
  };
}
