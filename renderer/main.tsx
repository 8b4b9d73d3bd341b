import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans-hebrew/hebrew-400.css';
import '@fontsource/noto-sans-hebrew/hebrew-700.css';
import { FacilitatorApp } from './app/FacilitatorApp';
import { AudienceApp } from './app/AudienceApp';
import { windowRole } from './platform';
import { ensureSampleSeeded, readSettings } from './db';
import { initI18n, resolveLanguage, translate } from './i18n';
import './styles/base.css';

// The CSP forbids eval; without this zod probes `new Function` and logs a violation.
z.config({ jitless: true });

function showStartupError(error: unknown) {
  const box = document.createElement('div');
  box.className = 'startup-error';
  box.setAttribute('role', 'alert');
  // Text only: the reason may quote anything.
  box.textContent = translate('app.startupError', { reason: error instanceof Error ? error.message : String(error) });
  document.body.replaceChildren(box);
}

async function start() {
  let language = resolveLanguage(undefined);
  try {
    language = resolveLanguage((await readSettings()).language);
    await initI18n(language);
    await ensureSampleSeeded(language);
  } catch (error) {
    await initI18n(language);
    showStartupError(error);
    return;
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {windowRole() === 'audience' ? <AudienceApp /> : <FacilitatorApp />}
    </StrictMode>,
  );
}

void start();
