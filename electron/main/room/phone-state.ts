import { voterKey } from '../../../shared/facilitation/voting';
import type { PhoneIdentity, PhoneView, RoomViews } from '../../../shared/room';

/**
 * What one phone may read of what the window published: its own group's view and its own dots.
 * Serialised once per publish and per group, since every phone of a group reads the same view.
 */

/** The voter a phone votes as: itself when the round gives each person dots and it is a person, else its group. */
export function ballotKey(view: PhoneView, identity: PhoneIdentity): string {
  if (view.round?.perPerson && identity.participantId) return voterKey({ kind: 'participant', id: identity.participantId });
  return voterKey({ kind: 'group', id: identity.groupId });
}

/** A PhoneState in serialised parts: a phone's live stream skips a state whose parts did not change. */
export interface StateParts {
  view: string;
  ballot: string;
  name: string;
}

export function stateJsonOf(parts: StateParts): string {
  return `{"view":${parts.view},"ballot":${parts.ballot},"name":${parts.name}}`;
}

export interface RoomSummary {
  title: string;
  language: string;
  askNames: boolean;
  groups: RoomViews['groups'];
}

export class PublishedViews {
  #views: RoomViews | null = null;
  #viewJson = new Map<string, string>();

  get ready(): boolean {
    return this.#views !== null;
  }

  set(views: RoomViews): void {
    this.#views = views;
    this.#viewJson = new Map();
  }

  /** What the lobby shows before a phone joins: the workshop's title and language, the groups. */
  summary(): RoomSummary | null {
    const views = this.#views;
    if (!views) return null;
    const any = Object.values(views.views)[0];
    return { title: any?.workshopTitle ?? '', language: any?.language ?? 'en', askNames: views.askNames, groups: views.groups };
  }

  /** Whether a phone may join `groupId`: the group is published, with a view. */
  hasGroup(groupId: string): boolean {
    const views = this.#views;
    return views !== null && views.groups.some((g) => g.id === groupId) && Object.hasOwn(views.views, groupId);
  }

  get askNames(): boolean {
    return this.#views?.askNames ?? false;
  }

  /** The PhoneState of `identity` as JSON, or null when its group has no published view. */
  stateJson(identity: PhoneIdentity): string | null {
    const parts = this.stateParts(identity);
    return parts && stateJsonOf(parts);
  }

  stateParts(identity: PhoneIdentity): StateParts | null {
    const views = this.#views;
    if (!views || !Object.hasOwn(views.views, identity.groupId)) return null;
    const view = views.views[identity.groupId] as PhoneView;
    let viewJson = this.#viewJson.get(identity.groupId);
    if (viewJson === undefined) {
      viewJson = JSON.stringify(view);
      this.#viewJson.set(identity.groupId, viewJson);
    }
    const key = ballotKey(view, identity);
    const ballot = Object.hasOwn(views.ballots, key) ? views.ballots[key] : {};
    return { view: viewJson, ballot: JSON.stringify(ballot ?? {}), name: JSON.stringify(identity.name) };
  }
}
