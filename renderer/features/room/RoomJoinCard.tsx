import { useT } from '../../i18n';
import { useUi } from '../../state';
import { QrCode } from '../../ui/QrCode';

/** On the room's screen while room join is on: the QR code, the short address and the code, big. */
export function RoomJoinCard() {
  const { t } = useT();
  const status = useUi((s) => s.roomStatus);
  if (!status.running) return null;
  return (
    <aside className="room-join-card" aria-label={t('room.cardLabel')}>
      <p className="room-join-card-title">{t('room.cardTitle')}</p>
      <QrCode text={`${status.url}#${status.code}`} size={220} label={t('room.qrLabel', { url: status.url })} />
      <p className="room-join-card-url" dir="auto">{status.url.replace(/^http:\/\//, '').replace(/\/$/, '')}</p>
      <p className="room-join-card-code">
        {t('room.code')} <strong dir="auto">{status.code}</strong>
      </p>
    </aside>
  );
}
