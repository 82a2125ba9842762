/** The Teams API's object types: a team, a member of one, and the custom status a member shows. */
import type { ObjectTypeSpec } from '../object-type';
import { teamSchema } from '../contacts_api/objects';
import { vacationing } from '../custom_status_api/objects';
import { generalTeam, johnTwo, teamMember, teamMemberSchema, userCustomStatus, userCustomStatusSchema } from './objects';

export const teamsObjectTypes = {
  Team: { kind: 'schema', schema: teamSchema, example: generalTeam },
  TeamMember: { kind: 'schema', schema: teamMemberSchema, example: teamMember(johnTwo, vacationing) },
  UserCustomStatus: { kind: 'schema', schema: userCustomStatusSchema, example: userCustomStatus(johnTwo, vacationing) },
} as const satisfies Record<string, ObjectTypeSpec>;
