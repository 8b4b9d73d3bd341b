import { PhoneApp } from './app';

// The phone page's entry: the real browser's fetch, EventSource and sessionStorage.
function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

const root = document.getElementById('phone');
if (root) {
  new PhoneApp({
    root,
    fetch: (url, init) => window.fetch(url, init),
    openEvents: (url) => new EventSource(url),
    storage: sessionStore(),
    hash: window.location.hash,
    languages: navigator.languages?.length ? navigator.languages : [navigator.language],
  }).start();
}
