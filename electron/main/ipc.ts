import type { App, IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { AppInfoSchema, IPC_CHANNELS, type AppInfo, type IpcChannel } from '../../shared/ipc';
import { isAppUrl } from './app-origin';

/** Thrown (and so rejected in the renderer) when a frame outside the app calls a channel. */
export class ForeignSenderError extends Error {
  override name = 'ForeignSenderError';
}

type Sender = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Only the app's own page, loaded from app://outmodel/, may call the main process. */
export function assertAppSender(event: Sender, channel: IpcChannel): void {
  const url = event.senderFrame?.url;
  if (!isAppUrl(url)) {
    throw new ForeignSenderError(`Refused '${channel}': it was not called from an Outmodel window (${url || 'no frame'}).`);
  }
}

interface ChannelContract<Args extends z.ZodType<unknown[]>, Reply extends z.ZodType> {
  channel: IpcChannel;
  args: Args;
  reply: Reply;
}

/** Registers one channel: check the sender, validate the arguments, validate the reply. */
function handleFromApp<Args extends z.ZodType<unknown[]>, Reply extends z.ZodType>(
  ipcMain: Pick<IpcMain, 'handle'>,
  contract: ChannelContract<Args, Reply>,
  perform: (args: z.output<Args>) => z.input<Reply> | Promise<z.input<Reply>>,
): void {
  ipcMain.handle(contract.channel, async (event: Sender, ...rawArgs: unknown[]) => {
    assertAppSender(event, contract.channel);
    const args = contract.args.parse(rawArgs);
    return contract.reply.parse(await perform(args));
  });
}

export interface IpcDependencies {
  ipcMain: Pick<IpcMain, 'handle'>;
  app: Pick<App, 'getVersion'>;
  platform?: NodeJS.Platform;
}

export function registerIpcHandlers({ ipcMain, app, platform = process.platform }: IpcDependencies): void {
  handleFromApp(
    ipcMain,
    { channel: IPC_CHANNELS.getAppInfo, args: z.tuple([]), reply: AppInfoSchema },
    (): AppInfo => ({ name: 'Outmodel', version: app.getVersion(), shell: 'electron', os: platform }),
  );
}
