import { describe, expect, it } from 'vitest';
import { exampleValues, getRequest } from '../requests';
import { recipeStep } from '.';
import { withAnswers } from './bindings';
import { recipe, step } from './define';

describe('a step that takes a value of an earlier answer', () => {
  const status = recipeStep('getting_started', 'status');
  const example = exampleValues(getRequest('messages_api', 'get_message_status'), 'sent_message');

  it('keeps its example value until that answer is known', () => {
    expect(withAnswers(example, status.takes, {})).toEqual(example);
  });

  it('takes the field of the answer once it is, and leaves the rest as it was', () => {
    const answers = { send: { message: { uuid: 'f00dfeedf00dfeedf00dfeedf00dfeed', status: 'enqueued' } } };
    const bound = withAnswers(example, status.takes, answers);
    expect(bound).toEqual({ ...example, path: { uuid: 'f00dfeedf00dfeedf00dfeedf00dfeed' } });
    expect(example.path.uuid).not.toBe('f00dfeedf00dfeedf00dfeedf00dfeed');
  });

  it('keeps its value when the answer lacks the field (an error answer)', () => {
    expect(withAnswers(example, status.takes, { send: { error: { message: 'No such message' } } })).toEqual(example);
  });

  it('fills a nested body value, creating the objects on the way', () => {
    const reply = step('reply', 'messages_api', 'post_send_messages', 'text', { 'body.content.text': { step: 'in', field: 'text' } });
    const values = exampleValues(getRequest('messages_api', 'post_send_messages'), 'text');
    expect(withAnswers(values, reply.takes, { in: { text: 'Hi there' } }).body).toEqual({ ...values.body, content: { text: 'Hi there' } });
  });
});

describe('a recipe', () => {
  it('refuses a step taking a value from a step that does not come before it', () => {
    const late = step('late', 'auth_api', 'me', 'token');
    const early = step('early', 'messages_api', 'get_message_status', 'sent_message', { 'path.uuid': { step: 'late', field: 'uuid' } });
    expect(() => recipe('wrong_order', [early, late])).toThrow('step early takes uuid of step late, which does not come before it');
  });
});
