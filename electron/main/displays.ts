import type { Display, Rectangle } from 'electron';
import type { DisplayInfo } from '../../shared/ipc';

/** Text from the catalogs; main passes `mainText`, tests a plain function. */
export type Translate = (key: string, values?: Record<string, string>) => string;

/** The displays in the order people count them: the primary first, then as the system lists them. */
export function orderDisplays(displays: readonly Display[], primaryId: number): Display[] {
  const primary = displays.filter((display) => display.id === primaryId);
  return [...primary, ...displays.filter((display) => display.id !== primaryId)];
}

/** What the facilitator chooses from: "Display 2 (1920 × 1080)", with the system's name when it has one. */
export function describeDisplays(displays: readonly Display[], primaryId: number, text: Translate): DisplayInfo[] {
  return orderDisplays(displays, primaryId).map((display, index) => {
    const values = {
      number: String(index + 1),
      width: String(Math.round(display.size.width)),
      height: String(Math.round(display.size.height)),
    };
    const name = display.label.trim();
    const label = name
      ? text('desktop.menu.displayNamed', { ...values, name })
      : text('desktop.menu.display', values);
    return {
      id: display.id,
      label: label.slice(0, 200),
      primary: display.id === primaryId,
      width: Math.round(display.size.width),
      height: Math.round(display.size.height),
    };
  });
}

/**
 * Names a set of displays: the same monitors at the same sizes give the same key, whatever
 * order the system lists them in, so a choice made for "laptop + projector" is found again the
 * next time that projector is plugged in.
 */
export function displaySetKey(displays: readonly Display[]): string {
  return [...displays]
    .sort((a, b) => a.id - b.id)
    .map((display) => `${display.id}:${Math.round(display.size.width)}x${Math.round(display.size.height)}`)
    .join('|');
}

export interface DisplayChoice {
  display: Display;
  /** Full screen on any display but the primary; a normal window on the facilitator's own screen. */
  fullScreen: boolean;
  /** Why this display: asked for by the facilitator, remembered for this set, or the default. */
  source: 'requested' | 'remembered' | 'default';
}

export interface ChoiceInput {
  displays: readonly Display[];
  primaryId: number;
  /** The display the facilitator asked for, if any (an unplugged one counts as none). */
  requested: number | null;
  /** The display chosen the last time this set of displays was connected. */
  remembered: number | undefined;
}

/**
 * Where the room's window goes: the display asked for, else the one remembered for this set of
 * displays, else the first display that is not the primary; with a single display, the primary.
 */
export function chooseAudienceDisplay({ displays, primaryId, requested, remembered }: ChoiceInput): DisplayChoice {
  const ordered = orderDisplays(displays, primaryId);
  const find = (id: number | null | undefined) => (id === null || id === undefined ? undefined : ordered.find((display) => display.id === id));
  const primary = find(primaryId) ?? ordered[0];
  if (!primary) throw new Error('The system reports no display at all.');

  const pick = (display: Display, source: DisplayChoice['source']): DisplayChoice => ({
    display,
    fullScreen: display.id !== primary.id,
    source,
  });
  const asked = find(requested);
  if (asked) return pick(asked, 'requested');
  const known = find(remembered);
  if (known) return pick(known, 'remembered');
  return pick(ordered.find((display) => display.id !== primary.id) ?? primary, 'default');
}

/** A normal window's place on a display: 1280 × 800 at most, centred in the work area, never off it. */
export function windowedBounds(display: Display): Rectangle {
  const area = display.workArea;
  const width = Math.min(1280, Math.round(area.width * 0.9));
  const height = Math.min(800, Math.round(area.height * 0.9));
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}
