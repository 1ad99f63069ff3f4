// Loaded with `node --require` before the Agents Playground: every server it starts listens on
// 127.0.0.1 only (it binds all interfaces by default), so a test never exposes it to the network.
'use strict';
const net = require('net');
const original = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const first = args[0];
  if (first !== null && typeof first === 'object' && !Array.isArray(first) && ('port' in first || !('path' in first || 'fd' in first || '_handle' in first))) {
    args[0] = Object.assign({}, first, { host: '127.0.0.1' });
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    const rest = args.slice(1);
    if (typeof rest[0] === 'string' || rest[0] === undefined || rest[0] === null) {
      rest.shift();
    }
    args = [Number(first), '127.0.0.1', ...rest];
  }
  return original.apply(this, args);
};
