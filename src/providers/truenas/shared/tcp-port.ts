// The checks of a port number attribute: the TrueNAS API models type ports as `TcpPort`
// (api/base/types/network.py:65 @TS-25.10.6: an int from 1 to 65535). One list, so every port
// attribute refuses, and documents, the same range as the server.
import { validators } from '../../../framework/validators.js';

export const tcpPortValidators = [validators.integer(), validators.between(1, 65535)] as const;
