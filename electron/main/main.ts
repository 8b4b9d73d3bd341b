import path from 'node:path';
import { app, dialog } from 'electron';
import { startOutmodel } from './lifecycle';
import { mainText } from './messages';

// Built to dist-electron/main.cjs: CommonJS, so __dirname is dist-electron/ at run time.
startOutmodel({
  rendererDir: path.join(__dirname, '../dist-renderer'),
  preloadPath: path.join(__dirname, 'preload.cjs'),
}).catch((error: unknown) => {
  dialog.showErrorBox(mainText('desktop.startFailedTitle'), mainText('desktop.startFailed', { reason: error instanceof Error ? error.message : String(error) }));
  app.quit();
});
