/** The Channels API in the sandbox: each request's handler over the rules of channels.ts. */
import { demoChannels } from '../../../src/requests/channels_api/objects';
import { getChannel, listChannels, retitleChannel } from '../channels';
import type { SandboxGroup } from './group';

export const channelsApi: SandboxGroup<'channels_api'> = {
  handlers: {
    get_channels: ({ store }, { query }) => listChannels(store, query),
    get_channel: ({ store }, { path }) => ({ channel: getChannel(store, path.uuid) }),
    patch_channel: ({ store }, { path, body }) => ({ channel: retitleChannel(store, path.uuid, body?.title) }),
  },
  seed: () => ({ channel: demoChannels.map((channel) => [channel.uuid, channel]) }),
};
