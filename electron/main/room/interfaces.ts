import os from 'node:os';
import { LOOPBACK_ADDRESS, type RoomInterface } from '../../../shared/room';

export const LOOPBACK: RoomInterface = { name: `This computer only (${LOOPBACK_ADDRESS})`, address: LOOPBACK_ADDRESS };

type NetworkInterfaces = ReturnType<typeof os.networkInterfaces>;

/**
 * The addresses room join can listen on: every IPv4 address of a network interface (Wi-Fi,
 * Ethernet, the laptop's hotspot), named so the facilitator recognises it, then this computer only.
 */
export function listInterfaces(interfaces: NetworkInterfaces = os.networkInterfaces()): RoomInterface[] {
  const found: RoomInterface[] = [];
  for (const [name, addresses] of Object.entries(interfaces)) {
    for (const info of addresses ?? []) {
      // Node 18.0–18.3 reported the family as a number.
      const ipv4 = info.family === 'IPv4' || (info.family as unknown) === 4;
      if (ipv4 && !info.internal && !found.some((f) => f.address === info.address)) found.push({ name: `${name} (${info.address})`, address: info.address });
    }
  }
  return [...found, LOOPBACK];
}
