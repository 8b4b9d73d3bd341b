import path from 'node:path';
import { app, dialog } from 'electron';
import { startOutmodel } from './lifecycle';

// Built to dist-electron/main.cjs: CommonJS, so __dirname is dist-electron/ at run time.
startOutmodel({
  rendererDir: path.join(__dirname, '../dist-renderer'),
  preloadPath: path.join(__dirname, 'preload.cjs'),
}).catch((error: unknown) => {
  dialog.showErrorBox(
    'Outmodel could not start',
    `${error instanceof Error ? error.message : String(error)}\n\nClose Outmodel and open it again. ` +
      'If this keeps happening, reinstall Outmodel.',
  );
  app.quit();
});
