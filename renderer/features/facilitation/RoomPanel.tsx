import { useState } from 'react';
import { byOrder } from '../../../shared/lib/order';
import { message } from '../../../shared/i18n';
import type { WorkshopBundle } from '../../../shared/model';
import { perform, revealAction, saveTemplateAction, setPresentAction } from '../../actions';
import { navigate } from '../../app/route';
import { useT } from '../../i18n';
import { GroupMark } from '../../ui/GroupMark';
import { UserText } from '../../ui/UserText';
import { StartCapture } from '../capture';
import { RoomJoinPanel } from '../room/RoomJoinPanel';

/** Who is in the room, whose writing it may see, and handing the screen to a group. */
export function RoomPanel({ bundle }: { bundle: WorkshopBundle }) {
  const { t } = useT();
  const { workshop } = bundle;
  const groups = byOrder(bundle.groups);
  const revealed = new Set<string>(workshop.facilitation.revealedGroupIds);
  const [templateName, setTemplateName] = useState('');
  const allIds = groups.map((g) => g.id);
  return (
    <div className="room-panel">
      <section aria-labelledby="reveal-title">
        <h3 id="reveal-title">{t('reveal.title')}</h3>
        <p className="field-hint">{t('reveal.explained')}</p>
        <ul className="reveal-list">
          {groups.map((g) => {
            const open = revealed.has(g.id);
            return (
              <li key={g.id}>
                <GroupMark mark={g.mark} colour={g.colour} />
                <UserText>{g.name}</UserText>
                <span className={open ? 'badge revealed' : 'badge private'}>{open ? t('reveal.revealed') : t('reveal.private')}</span>
                <button
                  type="button"
                  onClick={() =>
                    void perform(revealAction, {
                      workshopId: workshop.id,
                      groupIds: [g.id],
                      revealed: !open,
                      label: message(open ? 'undo.hide' : 'undo.reveal', { group: g.name }),
                    })
                  }
                >
                  {open ? t('reveal.hideGroup', { group: g.name }) : t('reveal.revealGroup', { group: g.name })}
                </button>
              </li>
            );
          })}
        </ul>
        <div className="button-row">
          <button type="button" onClick={() => void perform(revealAction, { workshopId: workshop.id, groupIds: allIds, revealed: true, label: message('undo.revealAll') })}>
            {t('reveal.revealAll')}
          </button>
          <button type="button" onClick={() => void perform(revealAction, { workshopId: workshop.id, groupIds: allIds, revealed: false, label: message('undo.hideAll') })}>
            {t('reveal.hideAll')}
          </button>
        </div>
      </section>

      <section aria-labelledby="group-view-title">
        <h3 id="group-view-title">{t('groupView.title')}</h3>
        <p className="field-hint">{t('groupView.explained')}</p>
        <div className="button-row">
          {groups.map((g) => (
            <button key={g.id} type="button" onClick={() => navigate({ name: 'group', id: workshop.id, groupId: g.id })}>
              <GroupMark mark={g.mark} colour={g.colour} /> {t('groupView.showAs', { group: g.name })}
            </button>
          ))}
        </div>
      </section>
      <StartCapture workshopId={workshop.id} />

      <section aria-labelledby="attendance-title">
        <h3 id="attendance-title">{t('attendance.title')}</h3>
        {groups.map((g) => {
          const people = byOrder(bundle.participants.filter((p) => p.groupId === g.id));
          return (
            <fieldset key={g.id} className="attendance-group">
              <legend>
                <GroupMark mark={g.mark} colour={g.colour} /> <UserText>{g.name}</UserText>
              </legend>
              {people.length === 0 && <p className="field-hint">{t('attendance.none')}</p>}
              {people.map((p) => (
                <label key={p.id} className="attendance-person">
                  <input type="checkbox" checked={p.present} onChange={(e) => void perform(setPresentAction, { participantId: p.id, name: p.name, present: e.target.checked })} />
                  <UserText>{p.name}</UserText>
                  {p.role && (
                    <span className="attendance-role">
                      <UserText>{p.role}</UserText>
                    </span>
                  )}
                  <span className="attendance-state">{p.present ? t('attendance.present') : t('attendance.absent')}</span>
                </label>
              ))}
            </fieldset>
          );
        })}
      </section>

      <section aria-labelledby="template-title">
        <h3 id="template-title">{t('templates.saveTitle')}</h3>
        <form
          className="inline-form"
          onSubmit={async (e) => {
            e.preventDefault();
            const sent = templateName;
            const saved = await perform(saveTemplateAction, { workshopId: workshop.id, name: sent });
            // A name typed while it was saved (the next template's) stays.
            if (saved) setTemplateName((now) => (now === sent ? '' : now));
          }}
        >
          <label htmlFor="template-name">{t('templates.name')}</label>
          <input id="template-name" dir="auto" value={templateName} onChange={(e) => setTemplateName(e.target.value)} />
          <button type="submit">{t('templates.save')}</button>
        </form>
      </section>
      <RoomJoinPanel workshopId={workshop.id} />
    </div>
  );
}
