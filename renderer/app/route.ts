import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './parse-route';

export { parseRoute, type Route } from './parse-route';

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'new':
      return '#/new';
    case 'workshop':
      return `#/workshop/${encodeURIComponent(route.id)}`;
    case 'details':
      return `#/workshop/${encodeURIComponent(route.id)}/details`;
    case 'group':
      return `#/workshop/${encodeURIComponent(route.id)}/as/${encodeURIComponent(route.groupId)}`;
    case 'capture':
      return `#/workshop/${encodeURIComponent(route.id)}/capture`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
