// A certificate a service uses cannot be deleted: TrueNAS fails the delete job with
// "Certificate is being used by following service(s):\n1) FTP Service\n"
// (plugins/crypto_/dependencies.py check_cert_deps). The provider says what to do about it.
import { TrueNASJobError } from '../../../clients/truenas/errors.js'; // not the index: the client loads lazily

export async function inUseAdvice<T>(call: Promise<T>, name: string): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TrueNASJobError && error.message.includes('Certificate is being used by following service(s)')) {
      const services = error.message.slice(error.message.indexOf('service(s):') + 'service(s):'.length).trim();
      throw new Error(
        `certificate "${name}" is in use and TrueNAS refuses to delete it; used by: ${services.replace(/\n/g, '; ')}. Point those services at another certificate first.`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}
