import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { FacilitatorApp } from './app/FacilitatorApp';
import { ensureSampleSeeded } from './db';
import './styles/base.css';

// The CSP forbids eval; without this zod probes `new Function` and logs a violation.
z.config({ jitless: true });

const root = createRoot(document.getElementById('root')!);

function showStartupError(error: unknown) {
  const box = document.createElement('div');
  box.className = 'startup-error';
  box.setAttribute('role', 'alert');
  box.textContent = `Outmodel could not open its storage: ${error instanceof Error ? error.message : String(error)}. Close other Outmodel windows and start it again.`;
  document.body.replaceChildren(box);
}

ensureSampleSeeded('en')
  .then(() =>
    root.render(
      <StrictMode>
        <FacilitatorApp />
      </StrictMode>,
    ),
  )
  .catch(showStartupError);
