import { useEffect, useId, useState } from 'react';
import { LOOPBACK_ADDRESS } from '../../../shared/room/constants';
import type { RoomInterface } from '../../../shared/room';
import type { WorkshopId } from '../../../shared/model';
import { useT } from '../../i18n';
import { desktop } from '../../platform';
import { useUi } from '../../state';
import { QrCode } from '../../ui/QrCode';

/**
 * Room join, for the facilitator: choose the network, whether phones give names, turn it on;
 * then the address, the room code and the QR code to read out or show, and how many phones are
 * in. Turning it off closes every phone's session at once.
 */
export function RoomJoinPanel({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useT();
  const id = useId();
  const status = useUi((s) => s.roomStatus);
  const host = useUi((s) => s.roomHost);
  const [interfaces, setInterfaces] = useState<RoomInterface[] | null>(null);
  const [address, setAddress] = useState('');
  const [askNames, setAskNames] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [browser, setBrowser] = useState(false);

  useEffect(() => {
    void desktop.getAppInfo().then((info) => setBrowser(info.shell === 'browser'));
    desktop.roomInterfaces().then(
      (found) => {
        setInterfaces(found);
        setAddress((current) => current || found[0]?.address || '');
      },
      (error: unknown) => {
        setInterfaces([]);
        setProblem(error instanceof Error ? error.message : String(error));
      },
    );
  }, []);

  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      useUi.getState().setRoomHost({ workshopId, askNames });
      useUi.getState().setRoomStatus(await desktop.startRoom({ address }));
    } catch (error) {
      useUi.getState().setRoomHost(null);
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const stop = async () => {
    setBusy(true);
    try {
      useUi.getState().setRoomStatus(await desktop.stopRoom());
    } finally {
      setBusy(false);
    }
  };

  const running = status.running;
  const here = running && host?.workshopId === workshopId;
  return (
    <section className="room-join" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('room.title')}</h3>
      <p className="field-hint">{t('room.explained')}</p>
      {browser && <p className="field-hint">{t('room.keepTabOpen')}</p>}
      {!running && (
        <>
          <label className="field">
            <span className="field-label">{t('room.network')}</span>
            <select value={address} onChange={(e) => setAddress(e.target.value)} disabled={!interfaces?.length}>
              {(interfaces ?? []).map((i) =>
                // The loopback is named in the facilitator's language; the others by the system.
                i.address === LOOPBACK_ADDRESS ? (
                  <option key={i.address} value={i.address}>
                    {t('room.thisComputer', { address: i.address })}
                  </option>
                ) : (
                  <option key={i.address} value={i.address} dir="auto">
                    {i.name}
                  </option>
                ),
              )}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={askNames} onChange={(e) => setAskNames(e.target.checked)} /> {t('room.askNames')}
          </label>
          <button type="button" className="primary" disabled={busy || !address} onClick={() => void start()}>
            {t('room.start')}
          </button>
        </>
      )}
      {running && !here && <p role="status">{t('room.elsewhere')}</p>}
      {running && here && (
        <div className="room-join-on" role="status">
          <p>{t('room.phones', { count: status.phones })}</p>
          <p>
            {t('room.address')} <code className="room-url" dir="auto">{status.url}</code>
          </p>
          <p>
            {t('room.code')} <strong className="room-code" dir="auto">{status.code}</strong>
          </p>
          <QrCode text={`${status.url}#${status.code}`} size={168} label={t('room.qrLabel', { url: status.url })} />
        </div>
      )}
      {running && (
        <button type="button" disabled={busy} onClick={() => void stop()}>
          {t('room.stop')}
        </button>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {t('room.failed', { reason: problem })}
        </p>
      )}
    </section>
  );
}
