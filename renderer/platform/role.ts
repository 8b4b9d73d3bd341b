// Apart from the platform's services: the window's first script reads the role too.

/** This window's role, from its address: the facilitator's window, or the room's. */
export function windowRole(): 'facilitator' | 'audience' {
  return new URLSearchParams(window.location.search).get('role') === 'audience' ? 'audience' : 'facilitator';
}
