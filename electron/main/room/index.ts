export { RoomServer, type RoomServerOptions, type RunningStatus } from './server';
export { listInterfaces, LOOPBACK } from './interfaces';
export { PhoneFilesMissingError } from './phone-files';
export { randomRoomCode } from './room-code';
