import { AudienceScreen } from '../features/audience';
import { useT } from '../i18n';
import { useRoute } from './route';
import { useAppLanguage } from './useAppLanguage';
import { useRoomStatus } from '../features/room/RoomHost';

/** The room's window: nothing to edit, only the workshop its address names. */
export function AudienceApp() {
  const route = useRoute();
  const { t } = useT();
  useAppLanguage();
  useRoomStatus();
  if (route.name !== 'workshop' && route.name !== 'group') return <p className="empty">{t('audience.noWorkshop')}</p>;
  return <AudienceScreen id={route.id} key={route.id} />;
}
