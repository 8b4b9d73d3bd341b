import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc';
import type { WorkshopId } from '../../shared/model';
import { backupAllAction, openExportAction, perform, redoAction, reportFailure, undoAction, zoomInAction, zoomOutAction, zoomResetAction } from '../actions';
import { desktop } from '../platform';
import { useUi } from '../state';
import { navigate } from './route';

function isTextField(el: Element | null): boolean {
  return !!el && ((el as HTMLElement).isContentEditable || ['INPUT', 'TEXTAREA'].includes(el.tagName));
}

function openWorkshopId(): WorkshopId | null {
  const scope = useUi.getState().scope;
  return scope.startsWith('workshop:') ? (scope.split('/')[0] as WorkshopId) : null;
}

/** The application menu's commands, carried out as the window's own buttons and keys would. */
export function useMenuCommands(): void {
  useEffect(
    () =>
      desktop.onMenuCommand((command: MenuCommand) => {
        const workshopId = openWorkshopId();
        // A group's view and the shared screen obey no menu command but undo and zoom: the
        // facilitator's controls are not theirs.
        const handedOver = useUi.getState().scope.includes('/as/');
        if (handedOver && !['undo', 'redo', 'zoomIn', 'zoomOut', 'zoomReset'].includes(command)) return;
        switch (command) {
          case 'newWorkshop':
            return navigate({ name: 'new' });
          case 'openWorkshop':
          case 'about':
            return navigate({ name: 'library' });
          case 'undo':
          case 'redo':
            // In a text field, the menu's undo is the field's own, as its keys are.
            if (isTextField(document.activeElement)) return void document.execCommand(command);
            return void perform(command === 'undo' ? undoAction : redoAction, undefined);
          case 'zoomIn':
            return void perform(zoomInAction, undefined);
          case 'zoomOut':
            return void perform(zoomOutAction, undefined);
          case 'zoomReset':
            return void perform(zoomResetAction, undefined);
          case 'exportWorkshop':
            return void perform(openExportAction, undefined);
          case 'backupAll':
            return void perform(backupAllAction, undefined);
          case 'snapshots':
            return useUi.getState().setDialog('snapshots');
          case 'guide':
            return useUi.getState().setSideTab('guide');
          case 'openAudience':
            if (workshopId) desktop.openAudience({ workshopId, displayId: null }).then((s) => useUi.getState().setAudienceOpen(s.open), reportFailure);
            return;
        }
      }),
    [],
  );
}
