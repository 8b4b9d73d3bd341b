// Loaded first (`node --import`) into a tool that would otherwise reach the internet: every
// outgoing connection and name lookup through Node's net, tls, http(s), fetch and dns.lookup fails
// at once, as on a machine with no network, and each attempt is reported on stderr.
// Electronegativity, for one, tries to download translations and Electron's release list on every
// run; the audit must neither depend on the network nor tell anyone that it ran.
import dns from 'node:dns';
import net from 'node:net';

function refuse(what) {
  const error = new Error(`offline-guard: refused ${what} (this check runs offline)`);
  // A code of its own: HTTP clients retry ECONNREFUSED and the like, with back-off, which only costs time.
  error.code = 'ERR_OFFLINE_GUARD';
  process.stderr.write(`${error.message}\n`);
  return error;
}

/** Where a `socket.connect(...)` call was going: (options), (port, host), (path) or net's normalised [options, callback]. */
function describeTarget(args) {
  const [first, second] = Array.isArray(args[0]) ? args[0] : args;
  if (first && typeof first === 'object') return first.path ?? `${first.host ?? 'localhost'}:${first.port ?? ''}`;
  return typeof first === 'string' && typeof second !== 'string' ? first : `${second ?? 'localhost'}:${first}`;
}

net.Socket.prototype.connect = function connect(...args) {
  const error = refuse(`a connection to ${describeTarget(args)}`);
  process.nextTick(() => this.destroy(error));
  return this;
};

dns.lookup = function lookup(hostname, ...rest) {
  const callback = rest.at(-1);
  const error = refuse(`a name lookup of ${hostname}`);
  if (typeof callback === 'function') process.nextTick(() => callback(error));
};

dns.promises.lookup = async (hostname) => {
  throw refuse(`a name lookup of ${hostname}`);
};
