/**
 * What a `message_created` event may carry beside the text: a shared contact card, the message
 * it replies to, a forwarded flag, an interactive list, a location, reply buttons. Each is an
 * object type with a page of its own; the examples are the API's own `message_created` example.
 */
import type { JsonSchema } from '../schema';
import { contactMessageExample } from '../messages_api/message';

const text = (description: string) => ({ type: 'string', description }) as const;

export const messageContactCardSchema: JsonSchema = {
  since: '2024-11-18',
  type: 'object',
  description: 'Contact cards the customer shared in the message.',
  properties: {
    contactsInfo: {
      type: 'array',
      description: 'One entry per shared contact.',
      items: {
        type: 'object',
        properties: {
          name: text('The name on the card.'),
          phones: {
            type: 'array',
            description: 'The phone numbers on the card.',
            items: {
              type: 'object',
              properties: {
                phone: text('The number, as written on the card.'),
                wa_id: text('The WhatsApp identifier of that number, when WhatsApp knows it; otherwise empty.'),
                type: text('What kind of number it is, as the phone labelled it: `MOBILE`, `HOME`, `WORK`…'),
              },
              required: ['phone'],
            },
          },
        },
        required: ['name', 'phones'],
      },
    },
  },
  required: ['contactsInfo'],
};

export const messageContactCardExample = {
  contactsInfo: [{ name: 'Peter Parker', phones: [{ phone: '3331122336699', wa_id: '', type: 'MOBILE' }] }],
};

export const messageContextSchema: JsonSchema = {
  since: '2024-11-21',
  type: 'object',
  description: 'The message this one answers, when the customer used "reply".',
  properties: {
    target: { type: 'object', description: 'The message replied to. The API does not list its fields.' },
    text: text('The text of the message replied to.'),
    createdAt: { type: 'string', format: 'date-time', description: 'When the message replied to was written, as an ISO 8601 date.' },
    status: { type: 'string', enum: ['sent', 'received'], description: '`sent` when the message replied to came from you, `received` when it came from the customer.' },
  },
};

/**
 * The API publishes no example of a reply: this one replies to the account's message of the
 * Message example, with that message's own values.
 */
export const messageContextExample = {
  target: contactMessageExample,
  text: contactMessageExample.text,
  createdAt: contactMessageExample.createdAt,
  status: contactMessageExample.status,
};

export const messageForwardSchema: JsonSchema = {
  since: '2024-11-21',
  type: 'object',
  description: 'Whether the customer forwarded the message from another conversation.',
  properties: { forwarded: { type: 'boolean', description: '`true` when the message was forwarded.' } },
  required: ['forwarded'],
};

export const messageForwardExample = { forwarded: true };

/** An interactive list: a menu the customer picks one item from. */
const interactiveListContent: JsonSchema = {
  type: 'object',
  description: 'What the list shows.',
  properties: {
    header: text('The title above the list.'),
    body: text('The text under the title.'),
    buttons: {
      type: 'array',
      description: 'The button that opens the list.',
      items: { type: 'object', properties: { title: text('The label of the button.') } },
    },
    sections: {
      type: 'array',
      description: 'The groups of items.',
      items: {
        type: 'object',
        properties: {
          title: text('The name of the group.'),
          subtitle: { anyOf: [{ type: 'string' }, { type: 'null' }], description: 'A line under the name, or `null`.' },
          items: {
            type: 'array',
            description: 'The items to choose from.',
            items: {
              type: 'object',
              properties: {
                header: text('The name of the item.'),
                description: { anyOf: [{ type: 'string' }, { type: 'null' }], description: 'A line about the item, or `null`.' },
              },
            },
          },
        },
      },
    },
  },
};

export const messageInteractiveListSchema: JsonSchema = {
  since: '2024-11-19',
  type: 'object',
  description: 'An interactive list: a menu from which the customer picks one item.',
  properties: {
    metadata: {
      anyOf: [interactiveListContent, { type: 'string' }],
      description: "The list's content. It may arrive encoded as JSON text (the API's own example sends it so): decode it when it is a string.",
    },
  },
  required: ['metadata'],
};

/** The list of the API's example, decoded (the example sends it as JSON text). */
export const messageInteractiveListExample = {
  metadata: {
    header: 'Welcome to our restaurant',
    body: 'Have a look at our menu',
    buttons: [{ title: 'click here' }],
    sections: [{ title: 'Breakfast', subtitle: null, items: [{ header: 'Yogurt', description: null }, { header: 'Pancakes', description: null }] }],
  },
};

export const messageLocationSchema: JsonSchema = {
  since: '2024-11-18',
  type: 'object',
  description: 'A place the customer shared.',
  properties: {
    coordinates: {
      type: 'object',
      description: 'Where the place is.',
      properties: {
        x: { type: 'number', description: 'The latitude, in degrees.' },
        y: { type: 'number', description: 'The longitude, in degrees.' },
      },
      required: ['x', 'y'],
    },
    googleMapsLocation: { type: 'string', format: 'uri', description: 'A Google Maps picture of the place, with a marker on it.' },
  },
  required: ['coordinates'],
};

const latitude = -23.605403621614;
const longitude = -46.637346962613;

/** The API's example, with the map's marker on the coordinates (the published marker was a degree off). */
export const messageLocationExample = {
  coordinates: { x: latitude, y: longitude },
  googleMapsLocation:
    `https://maps.googleapis.com/maps/api/staticmap?zoom=15&size=270x200&scale=2&maptype=roadmap&markers=color:red%7C${latitude},${longitude}` +
    '&key=AIzaSyByh_wmPx1e3qOzsUTa-xjKHFSEDvpzT0Y&signature=e8lZQ-eMXUwBwqmA1FAXksGtiR8=',
};

export const messageReplyButtonSchema: JsonSchema = {
  since: '2024-11-19',
  type: 'object',
  description: 'A message with buttons the customer can answer with.',
  properties: {
    metadata: {
      type: 'object',
      description: 'The message and its buttons.',
      properties: {
        type: text('The kind of buttons: `quick_reply` for buttons that answer with their title.'),
        content: {
          type: 'object',
          description: 'What the message shows above its buttons.',
          properties: {
            url: { type: 'string', format: 'uri', description: 'The address of its attachment.' },
            text: text('Its text.'),
            header: text('The line above the text.'),
            caption: text("The attachment's caption."),
            filename: text("The attachment's file name."),
            contentType: text('The kind of attachment: `image`, `video`, `document`…'),
          },
        },
        options: {
          type: 'array',
          description: 'The buttons, in order.',
          items: {
            type: 'object',
            properties: {
              type: text('The kind of button: `text`.'),
              title: text('The label of the button.'),
              postback_url: text('An address called when the button is pressed; empty when none.'),
              postback_text: text('The text sent back when the button is pressed; empty when it is the title.'),
            },
            required: ['title'],
          },
        },
      },
      required: ['type', 'options'],
    },
  },
  required: ['metadata'],
};

const option = (title: string) => ({ type: 'text', title, postback_url: '', postback_text: '' });

export const messageReplyButtonExample = {
  metadata: {
    type: 'quick_reply',
    content: {
      url: 'https://url.com/uploads/conversation_attachment/url/12389/file.png',
      text: 'hello text',
      header: 'header',
      caption: 'caption',
      filename: 'file.png',
      contentType: 'image',
    },
    options: [option('Yes'), option('No'), option('Maybe')],
  },
};
