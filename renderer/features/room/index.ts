export { RoomHost, useRoomStatus } from './RoomHost';
export { RoomJoinPanel } from './RoomJoinPanel';
export { RoomJoinCard } from './RoomJoinCard';
