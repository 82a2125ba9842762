import { describe, expect, it } from 'vitest';
import { exampleValues, getRequest } from '@site/src/requests';
import { checkValues } from '@site/src/requests/check';
import { unshownBodyProblems } from './unshown';

const send = getRequest('messages_api', 'post_send_messages');
const patch = getRequest('contacts_api', 'patch_contacts');

describe('problems the form has no field for', () => {
  it('are those of unknown parameters and of fields another variant has', () => {
    const body = { ...exampleValues(send).body, nmae: 'x', content: { text: 'Hi', url: 'https://example.com/a.jpeg', colour: 'red' } };
    const problems = checkValues(send, { path: {}, query: {}, body });
    expect(unshownBodyProblems(problems, send.params.body, body).sort()).toEqual([
      'content.colour is not a field of content',
      'content.url is only sent when type is image, document, audio or video',
      'nmae is not a parameter of this request',
    ]);
  });

  it('leave out what a field shows: its own problem, and its items\' in lists and free objects', () => {
    const body = { to: '', from: 'whatsapp', type: 'text', content: {}, template_values: ['a', 3], metadata: { ['k'.repeat(51)]: 'v' } };
    const problems = checkValues(send, { path: {}, query: {}, body });
    expect(Object.keys(problems).sort()).toEqual(['body.content.text', `body.metadata.${'k'.repeat(51)}`, 'body.template_values[1]', 'body.to']);
    expect(unshownBodyProblems(problems, send.params.body, body)).toEqual([]);
    const flat = { name: 5 };
    expect(unshownBodyProblems(checkValues(patch, { path: { uuid: 'x' }, query: {}, body: flat }), patch.params.body!, flat)).toEqual([]);
  });
});
