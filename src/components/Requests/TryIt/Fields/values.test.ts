import { describe, expect, it } from 'vitest';
import { getRequest } from '@site/src/requests';
import { objectOrNothing, switchCase, withField } from './values';

const shape = getRequest('messages_api', 'post_send_messages').params.body;

describe('editing one object of the form', () => {
  it('sets and clears a field, keeping the order of the others', () => {
    expect(Object.keys(withField({ a: 1, b: 2 }, 'a', 3))).toEqual(['a', 'b']);
    expect(withField({ a: 1, b: 2 }, 'a', undefined)).toEqual({ b: 2 });
  });

  it('leaves out an emptied optional object, and keeps an emptied required one', () => {
    expect(objectOrNothing({}, false)).toBeUndefined();
    expect(objectOrNothing({}, true)).toEqual({});
  });
});

describe('switching the type of a message', () => {
  const text = { to: '+31612345678', from: 'whatsapp', type: 'text', content: { text: 'Hello!' } };

  it('keeps the shared fields and what the new type also has', () => {
    const { value } = switchCase(shape, text, 'image', {});
    expect(value).toEqual({ to: '+31612345678', from: 'whatsapp', type: 'image', content: { text: 'Hello!' } });
  });

  it("sets aside what the new type has no place for, and brings it back on switching back", () => {
    const image = { ...text, type: 'image', content: { url: 'https://example.com/a.jpeg', text: 'caption' } };
    const toText = switchCase(shape, image, 'text', {});
    expect(toText.value).toEqual({ ...text, content: { text: 'caption' } });
    expect(toText.setAside).toEqual({ image: { content: { url: 'https://example.com/a.jpeg' } } });
    const back = switchCase(shape, toText.value, 'image', toText.setAside);
    expect(back.value).toEqual(image);
    expect(back.setAside).toEqual({});
  });

  it('prefers what was typed since over what was set aside', () => {
    const setAside = { image: { content: { url: 'https://example.com/old.jpeg', text: 'old' } } };
    const { value } = switchCase(shape, { ...text, content: { text: 'new' } }, 'image', setAside);
    expect(value.content).toEqual({ url: 'https://example.com/old.jpeg', text: 'new' });
  });
});
