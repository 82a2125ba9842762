/** The plan of the demo account: what it includes, as the API's own example shows it. */

/** What a plan includes; the rest of the answer (users, teams) is counted from the account. */
export interface Plan {
  plan: string;
  includedChannels: number;
  licenses: number;
}

export const demoPlan: Plan = { plan: 'business_plus', includedChannels: 3, licenses: 5 };
