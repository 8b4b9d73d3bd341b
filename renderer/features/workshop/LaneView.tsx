import type { Group, Lane, Sticky } from '../../../shared/model';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { laneTitle } from './laneTitle';

const TYPE_LABELS = { 'do-more': 'Do more', 'do-less': 'Do less or stop', 'keep-doing': 'Keep doing' } as const;

/** One lane of the mirror with its stickies, in the author group's colour and mark. */
export function LaneView({ lane, stickies, groups }: { lane: Lane; stickies: readonly Sticky[]; groups: ReadonlyMap<string, Group> }) {
  const author = lane.authorGroupId ? groups.get(lane.authorGroupId) : undefined;
  const { title, kindLabel } = laneTitle(lane, groups);
  const headingId = `lane-${lane.key}`;
  return (
    <section className={`lane lane-${lane.kind}`} aria-labelledby={headingId} style={author ? { borderTopColor: author.colour } : undefined}>
      <header className="lane-header">
        {author && <GroupMark mark={author.mark} colour={author.colour} size={22} />}
        <h3 id={headingId}>
          <UserText>{title}</UserText>
        </h3>
        <span className="lane-kind">{kindLabel}</span>
        <span className="lane-count" aria-label={`${stickies.length} ${stickies.length === 1 ? 'sticky' : 'stickies'}`}>
          {stickies.length}
        </span>
      </header>
      {stickies.length === 0 ? (
        <p className="lane-empty">Nothing here yet.</p>
      ) : (
        <ul className="stickies">
          {stickies.map((s) => {
            const by = lane.kind === 'parking' ? groups.get(s.authorGroupId) : undefined;
            return (
              <li key={s.id} className="sticky" data-sticky-id={s.id}>
                <UserText as="p" className="sticky-text">
                  {s.text}
                </UserText>
                {(s.requirementType || s.lens || by) && (
                  <p className="sticky-tags">
                    {by && (
                      <span className="tag">
                        <GroupMark mark={by.mark} colour={by.colour} size={12} /> <UserText>{by.name}</UserText>
                      </span>
                    )}
                    {s.requirementType && <span className="tag">{TYPE_LABELS[s.requirementType]}</span>}
                    {s.lens && <span className="tag">{s.lens}</span>}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
